#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace attest {

// An Ed25519 key pair behind a small RAII wrapper around OpenSSL's EVP_PKEY: generate, keep in a
// PEM file readable only by its owner, sign and verify.
class Ed25519Key final
{
public:
    Ed25519Key();
    ~Ed25519Key();
    Ed25519Key(Ed25519Key&&) noexcept;
    Ed25519Key& operator=(Ed25519Key&&) noexcept;

    static Ed25519Key generate(QString* error);
    static Ed25519Key loadPrivate(const QString& path, QString* error);
    bool savePrivate(const QString& path, QString* error) const; // mode 0600 where the platform has modes
    // The private key as PEM (for the OS keychain) and back; `what` names it in messages.
    QByteArray toPem(QString* error) const;
    static Ed25519Key fromPem(const QByteArray& pem, const QString& what, QString* error);

    bool isValid() const { return m_key != nullptr; }
    QByteArray publicKey() const;                                     // 32 raw bytes
    QByteArray sign(const QByteArray& message, QString* error) const; // 64 bytes, empty on failure

    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

private:
    struct Deleter
    {
        void operator()(evp_pkey_st* key) const;
    };
    explicit Ed25519Key(evp_pkey_st* key);
    std::unique_ptr<evp_pkey_st, Deleter> m_keyOwner;
    evp_pkey_st* m_key = nullptr;
};

} // namespace attest
