#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace attest {

// A plain PDF of text lines on A4 pages, written without a GUI library (the command line runs
// headless): a header line repeated on every page, long lines wrapped, page numbers. The text is
// set in the bundled fonts, embedded as subsets (BundledFonts: Latin, Greek, Cyrillic and CJK),
// so every name prints as written and can be searched and copied from the file.
class TextPdf final
{
public:
    explicit TextPdf(QString pageHeader)
        : m_header(std::move(pageHeader))
    {}

    void title(const QString& text);   // large, bold
    void heading(const QString& text); // bold
    void line(const QString& text = {});
    // A horizontal bar chart row: the label, a bar as long as fraction (0–1) of the bar area, and
    // the value written after it. flagged draws the bar in red instead of grey-blue.
    void bar(const QString& label, double fraction, const QString& value, bool flagged = false);
    QByteArray render() const;

private:
    struct Line
    {
        QString text;
        int size;
        bool bold;
        double bar = -1; // >= 0: a bar chart row
        QString value;
        bool flagged = false;
    };
    QString m_header;
    std::vector<Line> m_lines;
};

} // namespace attest
