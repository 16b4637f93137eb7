#include "ed25519key.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace attest {

namespace {

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdContextDeleter
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

} // namespace

void Ed25519Key::Deleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

Ed25519Key::Ed25519Key() = default;
Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key&&) noexcept = default;
Ed25519Key& Ed25519Key::operator=(Ed25519Key&&) noexcept = default;

Ed25519Key::Ed25519Key(evp_pkey_st* key)
    : m_keyOwner(key)
    , m_key(key)
{}

Ed25519Key Ed25519Key::generate(QString* error)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        *error = QCoreApplication::translate("Ed25519Key", "could not generate an Ed25519 key");
    return Ed25519Key(key);
}

Ed25519Key Ed25519Key::loadPrivate(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Ed25519Key", "cannot read the journal key %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    return fromPem(file.readAll(), path, error);
}

Ed25519Key Ed25519Key::fromPem(const QByteArray& pem, const QString& what, QString* error)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        *error = QCoreApplication::translate("Ed25519Key", "%1 is not an Ed25519 private key").arg(what);
        return {};
    }
    return Ed25519Key(key);
}

QByteArray Ed25519Key::toPem(QString* error) const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio || PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = QCoreApplication::translate("Ed25519Key", "could not encode the journal key");
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

bool Ed25519Key::savePrivate(const QString& path, QString* error) const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio || PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = QCoreApplication::translate("Ed25519Key", "could not encode the journal key");
        return false;
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Ed25519Key", "cannot write the journal key %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // Owner only, before the secret is in the file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data, size);
    if (!file.commit()) {
        *error = QCoreApplication::translate("Ed25519Key", "cannot write the journal key %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QByteArray Ed25519Key::publicKey() const
{
    if (!m_key)
        return {};
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1)
        return {};
    raw.resize(qsizetype(length));
    return raw;
}

QByteArray Ed25519Key::sign(const QByteArray& message, QString* error) const
{
    MdContext context(EVP_MD_CTX_new());
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    if (!m_key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) != 1) {
        *error = QCoreApplication::translate("Ed25519Key", "could not sign the journal record");
        return {};
    }
    signature.resize(qsizetype(length));
    return signature;
}

bool Ed25519Key::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                                size_t(publicKey.size()));
    if (!key)
        return false;
    std::unique_ptr<EVP_PKEY, Deleter> owner(key);
    MdContext context(EVP_MD_CTX_new());
    return context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key) == 1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace attest
