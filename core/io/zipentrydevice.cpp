#include "zipentrydevice.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace attest {

// Messages use ZipReader's translation context: to a reader they are the archive's problems.

ZipEntryDevice::ZipEntryDevice(const QByteArray& archive, qint64 data, qint64 compressedSize, quint16 method,
                               qint64 size, quint32 crc, const QString& name)
    : m_archive(archive)
    , m_data(data)
    , m_compressedSize(compressedSize)
    , m_method(method)
    , m_size(size)
    , m_crc(crc)
    , m_name(name)
    , m_z(std::make_unique<z_stream_s>())
{
    m_runningCrc = quint32(crc32(0L, Z_NULL, 0));
    if (m_method == 8) {
        m_z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_archive.constData() + m_data));
        m_z->avail_in = uInt(m_compressedSize);
        m_zReady = inflateInit2(m_z.get(), -MAX_WBITS) == Z_OK;
    }
    // Unbuffered: the parser's reads go straight to readData, with no second copy in between.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (m_method == 8 && !m_zReady)
        fail(QCoreApplication::translate("attest::ZipReader", "cannot start decompression"));
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (m_zReady)
        inflateEnd(m_z.get());
}

bool ZipEntryDevice::atEnd() const
{
    return m_ended || m_failed;
}

bool ZipEntryDevice::finish(QString* error)
{
    char scratch[16 * 1024];
    while (!atEnd() && read(scratch, sizeof scratch) > 0) {
    }
    if (m_failed || !m_ended) {
        *error = m_failed
                     ? errorString()
                     : QStringLiteral("%1: %2").arg(
                           m_name, QCoreApplication::translate("attest::ZipReader", "its compressed data is damaged"));
        return false;
    }
    return true;
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed || m_ended)
        return -1;
    if (maxSize <= 0)
        return 0;
    if (m_method == 0) {
        const qint64 n = std::min(maxSize, m_size - m_produced);
        if (n == 0)
            return end();
        std::copy_n(m_archive.constData() + m_data + m_produced, n, data);
        m_runningCrc = quint32(crc32(m_runningCrc, reinterpret_cast<const Bytef*>(data), uInt(n)));
        m_produced += n;
        return n;
    }
    for (;;) {
        // Room for what is still declared; past it, one probe byte to tell a stream that ends
        // from one that wants to grow.
        const qint64 remaining = m_size - m_produced;
        unsigned char probe = 0;
        Bytef* out = remaining > 0 ? reinterpret_cast<Bytef*>(data) : &probe;
        const uInt room = remaining > 0 ? uInt(std::min<qint64>({maxSize, remaining, qint64(UINT_MAX)})) : 1;
        const uInt inBefore = m_z->avail_in;
        m_z->next_out = out;
        m_z->avail_out = room;
        const int status = inflate(m_z.get(), Z_SYNC_FLUSH);
        const uInt produced = room - m_z->avail_out;
        if (remaining == 0 && produced > 0)
            return fail(QCoreApplication::translate("attest::ZipReader", "unpacks to more than its declared size"));
        if (produced > 0) {
            m_runningCrc = quint32(crc32(m_runningCrc, out, produced));
            m_produced += produced;
        }
        if (status == Z_STREAM_END) {
            const qint64 result = end();
            return produced > 0 && !m_failed ? qint64(produced) : result;
        }
        if (status != Z_OK || (produced == 0 && m_z->avail_in == inBefore))
            return fail(QCoreApplication::translate("attest::ZipReader", "its compressed data is damaged"));
        if (produced > 0)
            return produced;
    }
}

qint64 ZipEntryDevice::writeData(const char*, qint64)
{
    return -1;
}

qint64 ZipEntryDevice::fail(const QString& message)
{
    m_failed = true;
    setErrorString(QStringLiteral("%1: %2").arg(m_name, message));
    return -1;
}

qint64 ZipEntryDevice::end()
{
    if (m_produced != m_size)
        return fail(QCoreApplication::translate("attest::ZipReader", "unpacks to a size other than declared"));
    if (m_runningCrc != m_crc)
        return fail(QCoreApplication::translate("attest::ZipReader", "its checksum does not match (damaged file)"));
    m_ended = true;
    return -1;
}

} // namespace attest
