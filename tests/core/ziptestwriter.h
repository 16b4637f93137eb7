#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <zlib.h>

// Builds ZIP archives in tests: a workbook rewritten as a spreadsheet program would save it, or
// broken on purpose (a size that lies, an encryption flag, a zip bomb). Deliberately small; not for
// shipping.
namespace attest::test {

struct ZipTestEntry
{
    QString name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; // -1: the real size
    quint16 flags = 0;
    bool precompressed = false; // data is already deflated; crc and declaredSize describe it unpacked
    quint32 crc = 0;
};

inline void putU16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

inline void putU32(QByteArray& out, quint32 v)
{
    putU16(out, quint16(v & 0xFFFF));
    putU16(out, quint16(v >> 16));
}

inline QByteArray rawDeflate(const QByteArray& data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// An entry of head, then filler `repeat` times, then tail, deflated as it is made, so a test can
// build an entry that unpacks to hundreds of megabytes without holding them: a zip bomb.
inline ZipTestEntry repeatedEntry(const QString& name, const QByteArray& head, const QByteArray& filler, qint64 repeat,
                                  const QByteArray& tail)
{
    ZipTestEntry e;
    e.name = name;
    e.precompressed = true;
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 size = 0;
    QByteArray chunk(64 * 1024, '\0');
    const auto feed = [&](const QByteArray& in, int flush) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
        z.avail_in = uInt(in.size());
        crc = crc32(crc, reinterpret_cast<const Bytef*>(in.constData()), uInt(in.size()));
        size += in.size();
        do {
            z.next_out = reinterpret_cast<Bytef*>(chunk.data());
            z.avail_out = uInt(chunk.size());
            deflate(&z, flush);
            e.data.append(chunk.constData(), chunk.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    };
    feed(head, Z_NO_FLUSH);
    for (qint64 i = 0; i < repeat; ++i)
        feed(filler, Z_NO_FLUSH);
    feed(tail, Z_FINISH);
    deflateEnd(&z);
    e.crc = quint32(crc);
    e.declaredSize = size;
    return e;
}

// Turns a workbook's parts into a zip bomb of the shape seen in the wild: the sheet padded with
// `bytes` of white space after its data, and `bytes` more of tiny unused shared strings; the
// archive stays under a megabyte for 2 × 250 MB. Still a valid workbook with the same rows.
inline void makeXlsxBomb(QList<ZipTestEntry>& parts, qint64 bytes)
{
    const QByteArray sheetName("xl/worksheets/sheet1.xml");
    const QByteArray stringsName("xl/sharedStrings.xml");
    QByteArray strings("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"></sst>");
    for (const ZipTestEntry& e : parts) {
        if (e.name == QLatin1String(stringsName))
            strings = e.data;
    }
    parts.removeIf([&](const ZipTestEntry& e) { return e.name == QLatin1String(stringsName); });
    const QByteArray blank(64 * 1024, ' ');
    const QByteArray tiny("<si><t>x</t></si>");
    for (ZipTestEntry& e : parts) {
        if (e.name != QLatin1String(sheetName))
            continue;
        const qsizetype split = e.data.indexOf("</sheetData>") + qsizetype(sizeof "</sheetData>") - 1;
        e = repeatedEntry(e.name, e.data.left(split), blank, bytes / blank.size(), e.data.mid(split));
    }
    const qsizetype end = strings.lastIndexOf("</sst>");
    parts.append(repeatedEntry(QString::fromLatin1(stringsName), strings.left(end), tiny, bytes / tiny.size(),
                               strings.mid(end)));
}

inline QByteArray zipArchive(const QList<ZipTestEntry>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipTestEntry& e : entries) {
        const QByteArray name = e.name.toUtf8();
        const bool deflated = e.deflate || e.precompressed;
        const QByteArray body = e.precompressed ? e.data : e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc =
            e.precompressed
                ? e.crc
                : quint32(crc32(0L, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 offset = quint32(out.size());
        putU32(out, 0x04034b50);
        putU16(out, 20);
        putU16(out, e.flags);
        putU16(out, deflated ? 8 : 0);
        putU32(out, 0); // time, date
        putU32(out, crc);
        putU32(out, quint32(body.size()));
        putU32(out, size);
        putU16(out, quint16(name.size()));
        putU16(out, 0);
        out.append(name);
        out.append(body);
        putU32(central, 0x02014b50);
        putU16(central, 20);
        putU16(central, 20);
        putU16(central, e.flags);
        putU16(central, deflated ? 8 : 0);
        putU32(central, 0);
        putU32(central, crc);
        putU32(central, quint32(body.size()));
        putU32(central, size);
        putU16(central, quint16(name.size()));
        putU16(central, 0); // extra
        putU16(central, 0); // comment
        putU16(central, 0); // disk
        putU16(central, 0); // internal attributes
        putU32(central, 0); // external attributes
        putU32(central, offset);
        central.append(name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    putU32(out, 0x06054b50);
    putU16(out, 0);
    putU16(out, 0);
    putU16(out, quint16(entries.size()));
    putU16(out, quint16(entries.size()));
    putU32(out, quint32(central.size()));
    putU32(out, centralOffset);
    putU16(out, 0);
    return out;
}

} // namespace attest::test
