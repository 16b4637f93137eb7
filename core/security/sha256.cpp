#include "sha256.h"

#include <openssl/evp.h>

namespace attest {

void Sha256::Deleter::operator()(evp_md_ctx_st* context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    m_ok = m_context && EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) == 1;
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (m_ok && m_result.isEmpty() && !data.isEmpty())
        m_ok = EVP_DigestUpdate(m_context.get(), data.data(), std::size_t(data.size())) == 1;
}

QByteArray Sha256::result()
{
    if (m_ok && m_result.isEmpty()) {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int size = 0;
        m_ok = EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char*>(digest.data()), &size) == 1;
        if (m_ok)
            m_result = digest.left(qsizetype(size));
    }
    return m_ok ? m_result : QByteArray();
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace attest
