#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace attest {

// SHA-256 over data given in pieces, through OpenSSL (which uses the processor's SHA instructions
// where it has them: several times QCryptographicHash's speed on the half a gigabyte of an
// evidence pack's items.csv).
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // 32 bytes, the same each time asked (nothing more is added after it); empty when OpenSSL
    // failed, which the caller must treat as an error, never as a hash.
    QByteArray result();

    static QByteArray hash(QByteArrayView data); // empty on failure, as result()

private:
    struct Deleter
    {
        void operator()(evp_md_ctx_st* context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Deleter> m_context;
    QByteArray m_result;
    bool m_ok = false;
};

} // namespace attest
