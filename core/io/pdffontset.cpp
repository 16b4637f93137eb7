#include "pdffontset.h"

#include "pdfembeddedfont.h"
#include "truetypefont.h"

#include <atomic>

namespace attest {

namespace {

// The character at i, moving i past it. Control characters become spaces (a line of a PDF holds
// no line breaks or tabs) and a lone surrogate becomes U+FFFD.
char32_t nextCodePoint(QStringView text, qsizetype& i)
{
    const QChar c = text[i++];
    if (c.isHighSurrogate() && i < text.size() && text[i].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i++]);
    if (c.isSurrogate())
        return 0xFFFD;
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u < 0xA0) ? U' ' : char32_t(u);
}

// A character as shown: its glyph and its advance in thousandths of the text size, rounded as the
// PDF's width array holds it, so measuring and showing agree.
struct Shaped
{
    BundledFonts::Glyph glyph;
    int units = 0;
};

Shaped shapeUncached(char32_t codePoint, bool bold)
{
    Shaped shaped{BundledFonts::glyphFor(codePoint, bold), 0};
    if (const TrueTypeFont* font = BundledFonts::font(shaped.glyph.face))
        shaped.units = qRound(font->advance(shaped.glyph.glyph) * 1000.0 / font->metrics().unitsPerEm);
    return shaped;
}

// Every report measures the same few hundred characters millions of times (a wrapped line is
// measured as it is cut): the Basic Multilingual Plane is looked up in the fonts once per style.
// One word per character and style, written once with what every writer would write (the fonts
// are fixed), so threads share it without a lock.
Shaped shape(char32_t codePoint, bool bold)
{
    static std::atomic<quint64> cache[2 * 0x10000];
    if (codePoint >= 0x10000)
        return shapeUncached(codePoint, bold);
    std::atomic<quint64>& slot = cache[(bold ? 0x10000 : 0) + codePoint];
    constexpr quint64 kKnown = quint64(1) << 63;
    if (const quint64 word = slot.load(std::memory_order_relaxed)) {
        Shaped shaped;
        shaped.glyph.glyph = quint16(word & 0xFFFF);
        shaped.units = int((word >> 16) & 0xFFFF);
        shaped.glyph.face = BundledFonts::Face((word >> 32) & 0xFF);
        shaped.glyph.syntheticBold = (word >> 40) & 1;
        return shaped;
    }
    const Shaped shaped = shapeUncached(codePoint, bold);
    if (shaped.units >= 0 && shaped.units <= 0xFFFF)
        slot.store(kKnown | quint64(shaped.glyph.glyph) | (quint64(shaped.units) << 16) |
                       (quint64(quint8(shaped.glyph.face)) << 32) | (quint64(shaped.glyph.syntheticBold) << 40),
                   std::memory_order_relaxed);
    return shaped;
}

double advance(char32_t codePoint, bool bold, double size)
{
    return shape(codePoint, bold).units * size / 1000.0;
}

QByteArray number(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

} // namespace

PdfFontSet::PdfFontSet() = default;
PdfFontSet::~PdfFontSet() = default;

double PdfFontSet::width(QStringView text, bool bold, double size)
{
    double total = 0;
    for (qsizetype i = 0; i < text.size();)
        total += advance(nextCodePoint(text, i), bold, size);
    return total;
}

qsizetype PdfFontSet::fit(QStringView text, bool bold, double size, double maxWidth)
{
    double total = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        total += advance(nextCodePoint(text, i), bold, size);
        if (total > maxWidth + 1e-6)
            return start;
    }
    return text.size();
}

QByteArray PdfFontSet::show(QStringView text, bool bold, double size)
{
    QByteArray out;
    QByteArray run;
    int face = -1;
    bool synthetic = false;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        out += "/F" + QByteArray::number(face + 1) + ' ' + number(size) + " Tf ";
        // Synthetic bold: fill and stroke the outlines with a thin line.
        if (synthetic)
            out += "2 Tr " + number(size / 30) + " w ";
        out += '<' + run + "> Tj";
        out += synthetic ? " 0 Tr\n" : "\n";
        run.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const char32_t codePoint = nextCodePoint(text, i);
        const BundledFonts::Glyph g = shape(codePoint, bold).glyph;
        const TrueTypeFont* font = BundledFonts::font(g.face);
        if (!font)
            continue;
        if (int(g.face) != face || g.syntheticBold != synthetic) {
            flush();
            face = int(g.face);
            synthetic = g.syntheticBold;
        }
        auto& embedded = m_fonts[std::size_t(face)];
        if (!embedded)
            embedded = std::make_unique<PdfEmbeddedFont>(*font);
        const quint16 code = embedded->code(codePoint, g.glyph);
        static constexpr char kHex[] = "0123456789ABCDEF";
        const char hex[4] = {kHex[(code >> 12) & 0xF], kHex[(code >> 8) & 0xF], kHex[(code >> 4) & 0xF],
                             kHex[code & 0xF]};
        run.append(hex, 4);
    }
    flush();
    return out;
}

std::vector<QByteArray> PdfFontSet::objects(int first) const
{
    std::vector<QByteArray> all;
    for (const auto& font : m_fonts) {
        if (font && font->isUsed()) {
            for (QByteArray& object : font->objects(first + int(all.size())))
                all.push_back(std::move(object));
        }
    }
    return all;
}

QByteArray PdfFontSet::resources(int first) const
{
    QByteArray out = "<<";
    int next = first;
    for (std::size_t face = 0; face < m_fonts.size(); ++face) {
        if (m_fonts[face] && m_fonts[face]->isUsed()) {
            out += " /F" + QByteArray::number(quint64(face + 1)) + ' ' + QByteArray::number(next) + " 0 R";
            next += PdfEmbeddedFont::kObjectCount;
        }
    }
    return out + " >>";
}

} // namespace attest
