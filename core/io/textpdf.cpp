#include "textpdf.h"

#include "pdffontset.h"
#include "pdfstream.h"

#include <algorithm>
#include <vector>

namespace attest {

namespace {

constexpr int kPageWidth = 595; // A4 in points
constexpr int kPageHeight = 842;
constexpr int kMargin = 50;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;

// Composed characters: a name typed as "n" + combining acute prints and searches as "ń".
QString composed(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 1);
}

// Wraps at spaces to the text width, measured with the glyphs that will show the text; a word
// longer than a line (a long DN, CJK text without spaces) is cut where it reaches the edge.
// Continuation lines are indented. Linear in the text: each line measures only what it holds (a
// conflict line of an evidence pack can list thousands of items).
QStringList wrap(const QString& text, int size, bool bold)
{
    const QString indent = QStringLiteral("    ");
    const double indentWidth = PdfFontSet::width(indent, bold, size);
    QStringList lines;
    const QStringView all(text);
    qsizetype start = 0;
    bool first = true;
    while (true) {
        const QStringView rest = all.mid(start);
        const double room = kTextWidth - (first ? 0.0 : indentWidth);
        const QString prefix = first ? QString() : indent;
        const qsizetype fits = std::max<qsizetype>(PdfFontSet::fit(rest, bold, size, room), 1);
        if (fits >= rest.size()) {
            lines << prefix + rest.toString();
            return lines;
        }
        qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), fits);
        if (cut <= 0)
            cut = rest[fits - 1].isHighSurrogate() ? fits + 1 : fits;
        lines << prefix + rest.left(cut).toString();
        start += cut;
        while (start < all.size() && all[start].isSpace())
            ++start;
        if (start >= all.size())
            return lines;
        first = false;
    }
}

// The text cut to maxWidth points with an ellipsis where it was cut.
QString elide(const QString& text, int size, bool bold, double maxWidth)
{
    if (PdfFontSet::width(text, bold, size) <= maxWidth)
        return text;
    const QString ellipsis(QChar(0x2026));
    return text.left(PdfFontSet::fit(text, bold, size, maxWidth - PdfFontSet::width(ellipsis, bold, size))) + ellipsis;
}

} // namespace

void TextPdf::title(const QString& text)
{
    m_lines.push_back({composed(text), 16, true, -1, {}, false});
}

void TextPdf::heading(const QString& text)
{
    m_lines.push_back({QString(), 10, false, -1, {}, false});
    m_lines.push_back({composed(text), 12, true, -1, {}, false});
}

void TextPdf::line(const QString& text)
{
    m_lines.push_back({composed(text), 10, false, -1, {}, false});
}

void TextPdf::bar(const QString& label, double fraction, const QString& value, bool flagged)
{
    m_lines.push_back({composed(label), 9, false, std::clamp(fraction, 0.0, 1.0), composed(value), flagged});
}

QByteArray TextPdf::render() const
{
    PdfFontSet fonts;
    const auto text = [&fonts](double x, double y, const QString& s, int size, bool bold) -> QByteArray {
        return "BT " + number(x) + ' ' + number(y) + " Td\n" + fonts.show(s, bold, size) + "ET\n";
    };

    // Lay out pages: each a content stream.
    std::vector<QByteArray> pages;
    QByteArray content;
    int y = 0;
    int pageNumber = 0;
    const QString header = elide(composed(m_header), 9, true, kTextWidth);
    const auto startPage = [&] {
        ++pageNumber;
        content = text(kMargin, kPageHeight - 30, header, 9, true);
        const QString folio = QStringLiteral("page %1").arg(pageNumber);
        content += text(kPageWidth - kMargin - PdfFontSet::width(folio, false, 8), 25, folio, 8, false);
        y = kPageHeight - 60;
    };
    startPage();
    for (const Line& l : m_lines) {
        if (l.bar >= 0) {
            // Label in the left 200 points (cut to fit), the bar in the next 200, the value after.
            if (y < kMargin + 14) {
                pages.push_back(content);
                startPage();
            }
            y -= 14;
            content += text(kMargin, y, elide(l.text, l.size, false, 200), l.size, false);
            const double width = std::max(0.5, 200.0 * l.bar);
            content += QByteArray(l.flagged ? "0.80 0.20 0.20 rg " : "0.30 0.45 0.70 rg ") +
                       QByteArray::number(kMargin + 205) + ' ' + QByteArray::number(y - 1) + ' ' + number(width) +
                       " 9 re f 0 g\n";
            content += text(kMargin + 210 + width, y, l.value, l.size, false);
            continue;
        }
        for (const QString& part : wrap(l.text, l.size, l.bold)) {
            if (y < kMargin + l.size) {
                pages.push_back(content);
                startPage();
            }
            y -= l.size + 4;
            content += text(kMargin, y, part, l.size, l.bold);
        }
    }
    pages.push_back(content);

    // Objects: 1 catalog, 2 pages, then a page object and its content per page, then the fonts.
    const int fontsFirst = 3 + 2 * int(pages.size());
    const QByteArray resources = "/Resources << /Font " + fonts.resources(fontsFirst) + " >>";
    std::vector<QByteArray> objects;
    QByteArray kids;
    for (std::size_t i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(3 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kPageWidth) + ' ' +
                          QByteArray::number(kPageHeight) + "] " + resources + " /Contents " +
                          QByteArray::number(4 + 2 * i) + " 0 R >>");
        objects.push_back(pdfFlateStream(pages[i]));
    }
    for (QByteArray& font : fonts.objects(fontsFirst))
        objects.push_back(std::move(font));

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace attest
