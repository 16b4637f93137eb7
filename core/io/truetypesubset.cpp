#include "truetypesubset.h"

#include "truetypefont.h"

#include <algorithm>

namespace attest {

namespace {

void put16(QByteArray& out, quint16 value)
{
    out += char(value >> 8);
    out += char(value & 0xFF);
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, quint16(value >> 16));
    put16(out, quint16(value & 0xFFFF));
}

void set16(QByteArray& out, qsizetype at, quint16 value)
{
    if (at + 2 <= out.size()) {
        out[at] = char(value >> 8);
        out[at + 1] = char(value & 0xFF);
    }
}

void set32(QByteArray& out, qsizetype at, quint32 value)
{
    set16(out, at, quint16(value >> 16));
    set16(out, at + 2, quint16(value & 0xFFFF));
}

void padTo4(QByteArray& out)
{
    while (out.size() % 4)
        out += '\0';
}

quint32 checksum(const QByteArray& data)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (qsizetype j = 0; j < 4; ++j)
            word = (word << 8) | (i + j < data.size() ? uchar(data[i + j]) : 0u);
        sum += word;
    }
    return sum;
}

// A name table with the copyright notice (the fonts' licences ask that it travel with every copy)
// and the PostScript name, as Windows Unicode records.
QByteArray nameTable(const TrueTypeFont& font)
{
    const std::vector<std::pair<int, QString>> names{{0, font.copyright()},
                                                     {6, QString::fromLatin1(font.postScriptName())}};
    QByteArray records, strings;
    for (const auto& [id, text] : names) {
        QByteArray encoded;
        for (const QChar c : text)
            put16(encoded, c.unicode());
        encoded.truncate(0xFFFE);
        put16(records, 3);      // Windows
        put16(records, 1);      // Unicode BMP
        put16(records, 0x0409); // English
        put16(records, quint16(id));
        put16(records, quint16(encoded.size()));
        put16(records, quint16(strings.size()));
        strings += encoded;
    }
    QByteArray table;
    put16(table, 0);
    put16(table, quint16(names.size()));
    put16(table, quint16(6 + records.size()));
    return table + records + strings;
}

} // namespace

QByteArray subsetTrueType(const TrueTypeFont& font, std::vector<quint16> glyphs)
{
    // New index of each font glyph; composites pull in their components (once each, so a cycle
    // in a damaged font ends).
    const int count = font.glyphCount();
    std::vector<int> newIndex(std::size_t(count), -1);
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (glyphs[i] >= count)
            glyphs[i] = 0;
        if (newIndex[glyphs[i]] < 0)
            newIndex[glyphs[i]] = int(i);
    }
    for (std::size_t i = 0; i < glyphs.size() && glyphs.size() < 0xFFFF; ++i) {
        for (const TrueTypeFont::Component& part : font.components(glyphs[i])) {
            if (part.glyph < count && newIndex[part.glyph] < 0) {
                newIndex[part.glyph] = int(glyphs.size());
                glyphs.push_back(part.glyph);
            }
        }
    }

    QByteArray glyf, loca, hmtx;
    for (const quint16 glyph : glyphs) {
        put32(loca, quint32(glyf.size()));
        QByteArray data = font.glyphData(glyph).toByteArray();
        for (const TrueTypeFont::Component& part : font.components(glyph)) {
            const int index = part.glyph < count ? newIndex[part.glyph] : 0;
            set16(data, part.offset, quint16(std::max(index, 0)));
        }
        glyf += data;
        padTo4(glyf);
        put16(hmtx, quint16(font.advance(glyph)));
        put16(hmtx, quint16(font.leftSideBearing(glyph)));
    }
    put32(loca, quint32(glyf.size()));
    if (glyf.isEmpty())
        glyf = QByteArray(4, '\0'); // only blank glyphs: readers still expect a glyf table with data

    const auto n = quint16(glyphs.size());
    QByteArray head = font.table("head").toByteArray();
    set32(head, 8, 0);  // checkSumAdjustment, set below
    set16(head, 50, 1); // long loca offsets
    QByteArray hhea = font.table("hhea").toByteArray();
    set16(hhea, 34, n); // every glyph has its own metric
    QByteArray maxp = font.table("maxp").toByteArray();
    set16(maxp, 4, n);
    // post version 3: no glyph names.
    QByteArray post = font.table("post").first(std::min<qsizetype>(32, font.table("post").size())).toByteArray();
    post += QByteArray(32 - post.size(), '\0');
    set32(post, 0, 0x00030000);

    std::vector<std::pair<QByteArray, QByteArray>> tables{{"glyf", glyf},
                                                          {"head", head},
                                                          {"hhea", hhea},
                                                          {"hmtx", hmtx},
                                                          {"loca", loca},
                                                          {"maxp", maxp},
                                                          {"name", nameTable(font)},
                                                          {"post", post}};
    // The hinting programs, as they are: the glyphs' instructions call them.
    for (const char* tag : {"cvt ", "fpgm", "prep"}) {
        if (!font.table(tag).isEmpty())
            tables.emplace_back(QByteArray(tag, 4), font.table(tag).toByteArray());
    }
    std::sort(tables.begin(), tables.end());

    const auto tableCount = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= tableCount) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    put32(out, 0x00010000);
    put16(out, tableCount);
    put16(out, quint16(power * 16));
    put16(out, log2);
    put16(out, quint16(tableCount * 16 - power * 16));
    qsizetype offset = 12 + 16 * qsizetype(tableCount);
    qsizetype headOffset = -1;
    for (const auto& [tag, data] : tables) {
        out += tag;
        put32(out, checksum(data));
        put32(out, quint32(offset));
        put32(out, quint32(data.size()));
        if (tag == "head")
            headOffset = offset;
        offset += (data.size() + 3) / 4 * 4;
    }
    for (const auto& table : tables) {
        out += table.second;
        padTo4(out);
    }
    set32(out, headOffset + 8, 0xB1B0AFBA - checksum(out));
    return out;
}

} // namespace attest
