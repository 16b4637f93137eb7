#include "pdfembeddedfont.h"

#include "pdfstream.h"
#include "truetypefont.h"
#include "truetypesubset.h"

#include <QCryptographicHash>

namespace attest {

namespace {

QByteArray hex16(quint32 value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

// A character as UTF-16 hex digits, a surrogate pair beyond the Basic Multilingual Plane.
QByteArray utf16Hex(char32_t codePoint)
{
    if (codePoint < 0x10000)
        return hex16(codePoint);
    const char32_t v = codePoint - 0x10000;
    return hex16(0xD800 + (v >> 10)) + hex16(0xDC00 + (v & 0x3FF));
}

} // namespace

quint16 PdfEmbeddedFont::code(char32_t codePoint, quint16 glyph)
{
    const auto known = m_codeOf.find(codePoint);
    if (known != m_codeOf.end())
        return known->second;
    if (m_codeGlyph.size() >= 0xFFFF)
        return 0; // 65,535 different characters in one document: the rest show as .notdef
    auto [slot, added] = m_subsetIndex.try_emplace(glyph, quint16(m_subsetGlyphs.size()));
    if (added)
        m_subsetGlyphs.push_back(glyph);
    const auto code = quint16(m_codeGlyph.size());
    m_codeGlyph.push_back(slot->second);
    m_codeText.push_back(codePoint);
    m_codeOf.emplace(codePoint, code);
    return code;
}

QByteArray PdfEmbeddedFont::subsetName() const
{
    // Six capital letters that name this subset (PDF's convention for subset fonts), derived from
    // its contents so that the same text gives the same file.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_font.postScriptName());
    for (const quint16 glyph : m_subsetGlyphs)
        hash.addData(hex16(glyph));
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + uchar(digest[i]) % 26);
    return tag + '+' + m_font.postScriptName();
}

QByteArray PdfEmbeddedFont::widths() const
{
    // One run from code 1: [1 [w1 w2 …]] in thousandths of the font size.
    const double scale = 1000.0 / m_font.metrics().unitsPerEm;
    QByteArray out = "[1 [";
    for (std::size_t code = 1; code < m_codeGlyph.size(); ++code) {
        out += QByteArray::number(qRound(m_font.advance(m_subsetGlyphs[m_codeGlyph[code]]) * scale));
        out += code % 16 == 0 ? '\n' : ' ';
    }
    return out + "]]";
}

QByteArray PdfEmbeddedFont::toUnicode() const
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // At most 100 entries a block.
    for (std::size_t first = 1; first < m_codeText.size(); first += 100) {
        const std::size_t last = std::min(m_codeText.size(), first + 100);
        out += QByteArray::number(quint64(last - first)) + " beginbfchar\n";
        for (std::size_t code = first; code < last; ++code)
            out += '<' + hex16(quint32(code)) + "> <" + utf16Hex(m_codeText[code]) + ">\n";
        out += "endbfchar\n";
    }
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

std::vector<QByteArray> PdfEmbeddedFont::objects(int first) const
{
    const auto ref = [first](int offset) { return QByteArray::number(first + offset) + " 0 R"; };
    const TrueTypeFont::Metrics& m = m_font.metrics();
    const auto scaled = [&m](int value) { return QByteArray::number(qRound(value * 1000.0 / m.unitsPerEm)); };
    const QByteArray name = '/' + subsetName();

    // Symbolic (4): glyphs are reached by code, not through a standard Latin encoding.
    const int flags = 4 | (m.fixedPitch ? 1 : 0) | (m.italicAngle != 0 ? 64 : 0);
    // PDF wants the dominant vertical stem width; TrueType does not record it, so estimate it
    // from the weight class as other writers do.
    const int stemV = 50 + int(m.weightClass * m.weightClass / (65.0 * 65.0));

    QByteArray cidToGid;
    for (const quint16 glyph : m_codeGlyph) {
        cidToGid += char(glyph >> 8);
        cidToGid += char(glyph & 0xFF);
    }
    const QByteArray fontFile = subsetTrueType(m_font, m_subsetGlyphs);

    return {
        "<< /Type /Font /Subtype /Type0 /BaseFont " + name + " /Encoding /Identity-H /DescendantFonts [" + ref(1) +
            "] /ToUnicode " + ref(4) + " >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name +
            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + ref(2) +
            " /DW 1000 /W " + widths() + " /CIDToGIDMap " + ref(5) + " >>",
        "<< /Type /FontDescriptor /FontName " + name + " /Flags " + QByteArray::number(flags) + " /FontBBox [" +
            scaled(m.xMin) + ' ' + scaled(m.yMin) + ' ' + scaled(m.xMax) + ' ' + scaled(m.yMax) + "] /ItalicAngle " +
            QByteArray::number(m.italicAngle, 'f', 1) + " /Ascent " + scaled(m.ascent) + " /Descent " +
            scaled(m.descent) + " /CapHeight " + scaled(m.capHeight) + " /StemV " + QByteArray::number(stemV) +
            " /FontFile2 " + ref(3) + " >>",
        pdfFlateStream(fontFile, " /Length1 " + QByteArray::number(fontFile.size())),
        pdfFlateStream(toUnicode()),
        pdfFlateStream(cidToGid),
    };
}

} // namespace attest
