#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <zlib.h>

// Builds ZIP archives in tests: a workbook rewritten as a spreadsheet program would save it, or
// broken on purpose (a size that lies, an encryption flag). Deliberately small; not for shipping.
namespace attest::test {

struct ZipTestEntry
{
    QString name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; // -1: the real size
    quint16 flags = 0;
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

inline QByteArray zipArchive(const QList<ZipTestEntry>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipTestEntry& e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray body = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 offset = quint32(out.size());
        putU32(out, 0x04034b50);
        putU16(out, 20);
        putU16(out, e.flags);
        putU16(out, e.deflate ? 8 : 0);
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
        putU16(central, e.deflate ? 8 : 0);
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
