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
    for (qsizetype i = 0; !quote && i < text.size(); ++i) {
        const QChar c = text.at(i);
        quote = c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char(';') || c == QLatin1Char('\n') ||
                c == QLatin1Char('\r');
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
