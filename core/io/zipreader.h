#pragma once

#include "zipentrydevice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace attest {

// Reads named entries of a ZIP archive held in memory (an .xlsx file is one). Written for hostile
// input: every offset and size is checked against the buffer, encrypted, ZIP64 and multi-disk
// archives are refused, only stored and deflated entries are read, the inflated size may not
// exceed the declared one nor the limits below (against zip bombs: an entry over a limit is refused
// by its declared size, before anything is inflated), and each entry's CRC-32 is checked. Errors
// name the entry.
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(attest::ZipReader)

public:
    static constexpr int kMaxEntries = 4096;
    // What a worksheet's workbook may unpack to: a few parts of XML, far below this when genuine.
    static constexpr qint64 kMaxEntryBytes = 64LL * 1024 * 1024; // inflated, one entry
    static constexpr qint64 kMaxTotalBytes = 64LL * 1024 * 1024; // inflated, all reads together

    // Parses the central directory; nothing is inflated yet. nullopt with *error when the
    // archive is malformed.
    static std::optional<ZipReader> open(const QByteArray& archive, QString* error);

    QStringList names() const { return m_order; }
    bool contains(const QString& name) const { return m_entries.contains(name); }
    // The size the archive declares for an entry once inflated (-1 when it is missing).
    qint64 declaredSize(const QString& name) const;
    // The entry to read as it inflates, refused (nullptr with *error) when it would unpack to more
    // than maxBytes, or than is left of kMaxTotalBytes. Call finish() on it to have the checksum
    // checked when a parser stops before the end.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString& name, qint64 maxBytes, QString* error);
    // The entry's bytes, checked against its CRC-32. nullopt with *error.
    std::optional<QByteArray> read(const QString& name, QString* error, qint64 maxBytes = kMaxEntryBytes);

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
        QByteArray rawName;
    };
    explicit ZipReader(const QByteArray& archive)
        : m_archive(archive)
    {}

    QByteArray m_archive;
    qint64 m_centralOffset = 0;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    qint64 m_inflated = 0;
};

} // namespace attest
