#include "pdffontset.h"

#include "pdfembeddedfont.h"
#include "truetypefont.h"

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

double advance(const BundledFonts::Glyph& g, double size)
{
    const TrueTypeFont* font = BundledFonts::font(g.face);
    if (!font)
        return 0;
    // Rounded to the thousandths the PDF's width array holds, so measuring and showing agree.
    return qRound(font->advance(g.glyph) * 1000.0 / font->metrics().unitsPerEm) * size / 1000.0;
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
        total += advance(BundledFonts::glyphFor(nextCodePoint(text, i), bold), size);
    return total;
}

qsizetype PdfFontSet::fit(QStringView text, bool bold, double size, double maxWidth)
{
    double total = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        total += advance(BundledFonts::glyphFor(nextCodePoint(text, i), bold), size);
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
        const BundledFonts::Glyph g = BundledFonts::glyphFor(codePoint, bold);
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
        run += QByteArray::number(embedded->code(codePoint, g.glyph), 16).toUpper().rightJustified(4, '0');
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
