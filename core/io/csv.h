#pragma once

#include <QByteArray>
#include <QString>

namespace attest::csv {

// True when a spreadsheet would read text starting with c as a formula (= + - @, tab, CR).
bool isFormulaStart(QChar c);

// Appends one RFC 4180 cell: quoted when it holds a comma, semicolon, quote, line break or
// leading/trailing space, quotes doubled. With guardFormula, text a spreadsheet would run as a
// formula is prefixed with ' (the one guard every CSV Attest writes uses).
void appendCell(QByteArray& out, const QString& text, bool guardFormula);

// Undoes appendCell's guard, so a value like "-" read back from a worksheet is what was written.
QString unguard(const QString& cell);

} // namespace attest::csv
