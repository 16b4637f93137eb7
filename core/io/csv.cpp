#include "csv.h"

namespace attest::csv {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

void appendCell(QByteArray& out, const QString& text, bool guardFormula)
{
    const bool guard = guardFormula && !text.isEmpty() && isFormulaStart(text.front());
    bool quote = text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    bool ascii = true;
    for (qsizetype i = 0; !quote && i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        quote = c == u',' || c == u'"' || c == u';' || c == u'\n' || c == u'\r';
        ascii = ascii && c < 0x80;
    }
    // The common cell (plain ASCII, nothing to quote) is copied byte by byte: exports write
    // millions of them, and a UTF-8 conversion each is most of the time an export takes.
    if (!quote && !guard && ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char* to = out.data() + at;
        for (const QChar c : text)
            *to++ = char(c.unicode());
        return;
    }
    if (quote)
        out.append('"');
    if (guard)
        out.append('\'');
    if (quote)
        out.append(text.toUtf8().replace('"', "\"\""));
    else
        out.append(text.toUtf8());
    if (quote)
        out.append('"');
}

QString unguard(const QString& cell)
{
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') && isFormulaStart(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace attest::csv
