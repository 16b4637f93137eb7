#include "textpdf.h"

#include <algorithm>
#include <vector>

namespace attest {

namespace {

constexpr int kPageWidth = 595; // A4 in points
constexpr int kPageHeight = 842;
constexpr int kMargin = 50;

// WinAnsiEncoding (code page 1252): Latin-1 plus the typographic characters people write.
QByteArray winAnsi(char16_t u)
{
    if (u < 32)
        return " ";
    if (u < 128 || (u >= 160 && u < 256))
        return QByteArray(1, char(u));
    switch (u) {
    case 0x2014:
        return QByteArray(1, char(0x97)); // em dash
    case 0x2013:
        return QByteArray(1, char(0x96)); // en dash
    case 0x2026:
        return QByteArray(1, char(0x85)); // ellipsis
    case 0x2018:
        return QByteArray(1, char(0x91));
    case 0x2019:
        return QByteArray(1, char(0x92));
    case 0x201C:
        return QByteArray(1, char(0x93));
    case 0x201D:
        return QByteArray(1, char(0x94));
    case 0x2022:
        return QByteArray(1, char(0x95)); // bullet
    case 0x20AC:
        return QByteArray(1, char(0x80)); // euro
    case 0x2192:
        return "->";
    case 0x2190:
        return "<-";
    default:
        return "?";
    }
}

QByteArray pdfString(const QString& text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const QByteArray encoded = winAnsi(c.unicode());
        if (encoded == "(" || encoded == ")" || encoded == "\\")
            out += '\\';
        out += encoded;
    }
    out += ')';
    return out;
}

// Wraps at word boundaries to roughly fit the page at the given size (Helvetica averages about
// half an em per character).
QStringList wrap(const QString& text, int size)
{
    const int width = int((kPageWidth - 2 * kMargin) / (size * 0.5));
    QStringList lines;
    QString rest = text;
    while (rest.size() > width) {
        int cut = int(rest.lastIndexOf(QLatin1Char(' '), width));
        if (cut <= 0)
            cut = width;
        lines << rest.left(cut);
        rest = rest.mid(cut).trimmed();
        rest.prepend(QStringLiteral("    "));
    }
    lines << rest;
    return lines;
}

} // namespace

void TextPdf::title(const QString& text)
{
    m_lines.push_back({text, 16, true, -1, {}, false});
}

void TextPdf::heading(const QString& text)
{
    m_lines.push_back({QString(), 10, false, -1, {}, false});
    m_lines.push_back({text, 12, true, -1, {}, false});
}

void TextPdf::line(const QString& text)
{
    m_lines.push_back({text, 10, false, -1, {}, false});
}

void TextPdf::bar(const QString& label, double fraction, const QString& value, bool flagged)
{
    m_lines.push_back({label, 9, false, std::clamp(fraction, 0.0, 1.0), value, flagged});
}

QByteArray TextPdf::render() const
{
    // Lay out pages: each a content stream.
    std::vector<QByteArray> pages;
    QByteArray content;
    int y = 0;
    int pageNumber = 0;
    const auto startPage = [&] {
        ++pageNumber;
        content = "BT /F2 9 Tf " + QByteArray::number(kMargin) + ' ' + QByteArray::number(kPageHeight - 30) + " Td " +
                  pdfString(m_header) + " Tj ET\n";
        content += "BT /F1 8 Tf " + QByteArray::number(kPageWidth - kMargin - 40) + " 25 Td " +
                   pdfString(QStringLiteral("page %1").arg(pageNumber)) + " Tj ET\n";
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
            const int maxChars = int(200 / (l.size * 0.5));
            const QString label = l.text.size() > maxChars ? l.text.left(maxChars - 1) + QChar(0x2026) : l.text;
            content += "BT /F1 " + QByteArray::number(l.size) + " Tf " + QByteArray::number(kMargin) + ' ' +
                       QByteArray::number(y) + " Td " + pdfString(label) + " Tj ET\n";
            const double width = std::max(0.5, 200.0 * l.bar);
            content += QByteArray(l.flagged ? "0.80 0.20 0.20 rg " : "0.30 0.45 0.70 rg ") +
                       QByteArray::number(kMargin + 205) + ' ' + QByteArray::number(y - 1) + ' ' +
                       QByteArray::number(width, 'f', 1) + " 9 re f 0 g\n";
            content += "BT /F1 " + QByteArray::number(l.size) + " Tf " +
                       QByteArray::number(kMargin + 210 + width, 'f', 1) + ' ' + QByteArray::number(y) + " Td " +
                       pdfString(l.value) + " Tj ET\n";
            continue;
        }
        for (const QString& part : wrap(l.text, l.size)) {
            if (y < kMargin + l.size) {
                pages.push_back(content);
                startPage();
            }
            y -= l.size + 4;
            content += "BT /" + QByteArray(l.bold ? "F2 " : "F1 ") + QByteArray::number(l.size) + " Tf " +
                       QByteArray::number(kMargin) + ' ' + QByteArray::number(y) + " Td " + pdfString(part) +
                       " Tj ET\n";
        }
    }
    pages.push_back(content);

    // Objects: 1 catalog, 2 pages, 3 font, 4 bold font, then per page: page object + content.
    std::vector<QByteArray> objects;
    QByteArray kids;
    for (std::size_t i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kPageWidth) + ' ' +
                          QByteArray::number(kPageHeight) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> " +
                          "/Contents " + QByteArray::number(6 + 2 * i) + " 0 R >>");
        objects.push_back("<< /Length " + QByteArray::number(pages[i].size()) + " >>\nstream\n" + pages[i] +
                          "endstream");
    }
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
