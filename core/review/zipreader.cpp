#include "zipreader.h"

#include <QCoreApplication>

#include <zlib.h>

namespace attest {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kEndSize = 22;

// Little-endian reads; callers check the bounds first.
quint16 u16(const QByteArray& b, qint64 at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

quint32 u32(const QByteArray& b, qint64 at)
{
    return quint32(u16(b, at)) | (quint32(u16(b, at + 2)) << 16);
}

bool fits(const QByteArray& b, qint64 at, qint64 length)
{
    return at >= 0 && length >= 0 && at <= b.size() && length <= b.size() - at;
}

} // namespace

std::optional<ZipReader> ZipReader::open(const QByteArray& archive, QString* error)
{
    const auto fail = [error](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    if (archive.size() < kEndSize)
        return fail(tr("not a ZIP archive (too short)"));
    // The end record sits at the end, followed only by a comment of at most 65535 bytes.
    qint64 end = -1;
    const qint64 lowest = std::max<qint64>(0, archive.size() - kEndSize - 0xFFFF);
    for (qint64 at = archive.size() - kEndSize; at >= lowest; --at) {
        if (u32(archive, at) == kEndSignature && at + kEndSize + u16(archive, at + 20) == archive.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("not a ZIP archive, or a truncated one (no end of central directory)"));
    const quint16 disk = u16(archive, end + 4);
    const quint16 centralDisk = u16(archive, end + 6);
    const quint16 entriesHere = u16(archive, end + 8);
    const quint16 entries = u16(archive, end + 10);
    const quint32 centralSize = u32(archive, end + 12);
    const quint32 centralOffset = u32(archive, end + 16);
    if (entries == 0xFFFF || centralSize == 0xFFFFFFFFu || centralOffset == 0xFFFFFFFFu)
        return fail(tr("ZIP64 archives are not supported"));
    if (disk != 0 || centralDisk != 0 || entriesHere != entries)
        return fail(tr("split ZIP archives are not supported"));
    if (entries > kMaxEntries)
        return fail(tr("the archive has more than %1 entries").arg(kMaxEntries));
    if (qint64(centralOffset) + qint64(centralSize) > end)
        return fail(tr("the central directory lies outside the archive (truncated file?)"));

    ZipReader zip(archive);
    zip.m_centralOffset = centralOffset;
    qint64 at = centralOffset;
    const qint64 centralEnd = qint64(centralOffset) + qint64(centralSize);
    for (int i = 0; i < entries; ++i) {
        if (!fits(archive, at, kCentralHeaderSize) || at + kCentralHeaderSize > centralEnd ||
            u32(archive, at) != kCentralSignature)
            return fail(tr("central directory entry %1 is damaged").arg(i + 1));
        Entry e;
        const quint16 flags = u16(archive, at + 8);
        e.method = u16(archive, at + 10);
        e.crc = u32(archive, at + 16);
        e.compressedSize = u32(archive, at + 20);
        e.size = u32(archive, at + 24);
        const quint16 nameLength = u16(archive, at + 28);
        const quint16 extraLength = u16(archive, at + 30);
        const quint16 commentLength = u16(archive, at + 32);
        e.localOffset = u32(archive, at + 42);
        const qint64 next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > centralEnd || nameLength == 0)
            return fail(tr("central directory entry %1 is damaged").arg(i + 1));
        e.rawName = archive.mid(at + kCentralHeaderSize, nameLength);
        const QString name = QString::fromUtf8(e.rawName);
        if (flags & 0x1)
            return fail(tr("%1 is encrypted").arg(name));
        if (e.compressedSize == 0xFFFFFFFFu || e.size == 0xFFFFFFFFu || e.localOffset == 0xFFFFFFFFu)
            return fail(tr("ZIP64 archives are not supported"));
        if (zip.m_entries.contains(name))
            return fail(tr("%1 appears twice in the archive").arg(name));
        zip.m_entries.insert(name, e);
        zip.m_order << name;
        at = next;
    }
    return zip;
}

std::optional<QByteArray> ZipReader::read(const QString& name, QString* error)
{
    const auto fail = [error, &name](const QString& message) {
        *error = QStringLiteral("%1: %2").arg(name, message);
        return std::nullopt;
    };
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return fail(tr("missing from the archive"));
    const Entry& e = *it;
    if (e.method != 0 && e.method != 8)
        return fail(tr("compressed with an unsupported method (%1)").arg(e.method));
    if (e.size > kMaxEntryBytes || m_inflated + e.size > kMaxTotalBytes)
        return fail(tr("too large (over %1 MB unpacked)").arg(kMaxEntryBytes / (1024 * 1024)));
    const qint64 local = e.localOffset;
    if (!fits(m_archive, local, kLocalHeaderSize) || local + kLocalHeaderSize > m_centralOffset ||
        u32(m_archive, local) != kLocalSignature)
        return fail(tr("its local header is damaged"));
    const quint16 nameLength = u16(m_archive, local + 26);
    const quint16 extraLength = u16(m_archive, local + 28);
    const qint64 data = local + kLocalHeaderSize + nameLength + extraLength;
    if (m_archive.mid(local + kLocalHeaderSize, nameLength) != e.rawName)
        return fail(tr("its local header names another entry"));
    if (data + qint64(e.compressedSize) > m_centralOffset)
        return fail(tr("its data runs past the end (truncated file?)"));

    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return fail(tr("stored with inconsistent sizes"));
        out = m_archive.mid(data, e.size);
    } else {
        out.resize(qsizetype(e.size));
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return fail(tr("cannot start decompression"));
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_archive.constData() + data));
        z.avail_in = e.compressedSize;
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = e.size;
        // All output space is the declared size: a stream that wants more is refused, never grown.
        int status = inflate(&z, Z_FINISH);
        if (status == Z_BUF_ERROR && z.avail_out == 0 && e.size == 0) {
            // An empty entry: the deflate stream must still end without producing anything.
            unsigned char probe = 0;
            z.next_out = &probe;
            z.avail_out = 1;
            status = inflate(&z, Z_FINISH);
            if (z.avail_out == 0)
                status = Z_DATA_ERROR;
        }
        const uLong produced = z.total_out;
        inflateEnd(&z);
        if (status != Z_STREAM_END) {
            if (z.avail_out == 0 && (status == Z_BUF_ERROR || status == Z_OK))
                return fail(tr("unpacks to more than its declared size"));
            return fail(tr("its compressed data is damaged"));
        }
        if (produced != e.size)
            return fail(tr("unpacks to a size other than declared"));
    }
    if (crc32(0L, reinterpret_cast<const Bytef*>(out.constData()), uInt(out.size())) != e.crc)
        return fail(tr("its checksum does not match (damaged file)"));
    m_inflated += out.size();
    return out;
}

} // namespace attest
