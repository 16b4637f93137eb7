#include "zipreader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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

qint64 ZipReader::declaredSize(const QString& name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.cend() ? -1 : qint64(it->size);
}

std::unique_ptr<ZipEntryDevice> ZipReader::openEntry(const QString& name, qint64 maxBytes, QString* error)
{
    const auto fail = [error, &name](const QString& message) {
        *error = QStringLiteral("%1: %2").arg(name, message);
        return nullptr;
    };
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return fail(tr("missing from the archive"));
    const Entry& e = *it;
    if (e.method != 0 && e.method != 8)
        return fail(tr("compressed with an unsupported method (%1)").arg(e.method));
    const qint64 limit = std::min({maxBytes, kMaxEntryBytes, kMaxTotalBytes - m_inflated});
    if (qint64(e.size) > limit)
        return fail(
            tr("unpacks to %1, over the limit of %2")
                .arg(QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat),
                     QLocale().formattedDataSize(std::max<qint64>(limit, 0), 1, QLocale::DataSizeTraditionalFormat)));
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
    if (e.method == 0 && e.compressedSize != e.size)
        return fail(tr("stored with inconsistent sizes"));
    // Charged at its declared size, which the device never exceeds.
    m_inflated += e.size;
    auto device = std::make_unique<ZipEntryDevice>(m_archive, data, e.compressedSize, e.method, e.size, e.crc, name);
    if (device->failed()) {
        *error = device->errorString();
        return nullptr;
    }
    return device;
}

std::optional<QByteArray> ZipReader::read(const QString& name, QString* error, qint64 maxBytes)
{
    auto device = openEntry(name, maxBytes, error);
    if (!device)
        return std::nullopt;
    // Room for the declared size only: the device refuses to produce more.
    QByteArray out(qsizetype(declaredSize(name)), Qt::Uninitialized);
    qint64 got = 0;
    while (got < out.size()) {
        const qint64 n = device->read(out.data() + got, out.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (!device->finish(error))
        return std::nullopt;
    return out;
}

} // namespace attest
