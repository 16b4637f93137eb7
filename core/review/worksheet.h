#pragma once

#include "campaignstate.h"
#include "domain/review.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

class Workspace;

// Offline review: one reviewer's items as a CSV worksheet, and its decisions read back. Reading
// validates the whole file before anything is recorded, so a file with any problem imports
// nothing. Shared by the command line and the GUI.
namespace worksheet {

// The columns, in the order written: campaign, populationSha256, item (1-based), identity,
// title, department, account, entitlement, accessPath, privileged, lastLogon, peerPercent,
// recommendation, reason, decision, justification.
const QStringList& columns();

// RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a BOM so spreadsheets read it as UTF-8.
// Text starting with = + - @ tab or CR is prefixed with ' against spreadsheet formulas.
QByteArray write(const CampaignState& state, const QString& reviewer);
// One item's cells in the order of columns(), unguarded (shared by the CSV and XLSX writers).
QStringList rowCells(const CampaignState& state, std::size_t item);

// What reading one worksheet may cost. A worksheet comes back from outside (mail, a shared drive),
// so it is hostile input: over any limit, nothing is imported and the message names the limit
// and the line, row or cell.
inline constexpr qint64 kMaxBytes = 64LL * 1024 * 1024; // the file, and a workbook's XML unpacked
inline constexpr qint64 kMaxRows = 1'048'576;           // Excel's limit, header included
inline constexpr qsizetype kMaxCellChars = 32'767;      // one cell: what an Excel cell holds
inline constexpr qsizetype kMaxCells = 64;              // one row: the 16 columns and room for notes
// The worksheet's text (a CSV file, or each XML part of a workbook) may take 1 MB and 64 KB for
// each row it can hold: an exported row takes under 2 KB, one with a 4,000-character
// justification under 25 KB.
inline constexpr qint64 kTextBytes = 1024 * 1024;
inline constexpr qint64 kTextBytesPerRow = 64 * 1024;

struct Limits
{
    qint64 maxRecords = kMaxRows; // rows with text, the header included
    qint64 maxTextBytes = kMaxBytes;
};
// The limits for `reviewer`'s worksheet: no more rows than their items and a header, and the text
// budget of that many rows (at most kMaxBytes).
Limits limitsFor(const CampaignState& state, const QString& reviewer);

// The messages of those limits, shared by the CSV and XLSX readers. `where` says where in the
// file: "line 7", "row 7", "line 7: cell 16 (justification)".
QString tooManyRows(const QString& where, const Limits& limits);
QString tooManyCells(const QString& where);
QString cellTooLong(const QString& where);

// A CSV record and the line it starts on (1-based; a quoted cell may span lines).
struct CsvRecord
{
    qint64 line = 0;
    QStringList cells;
};
// Reads RFC 4180 text: quoted cells with commas, quotes and line breaks, CRLF or LF, a UTF-8 BOM,
// blank lines skipped. The separator is the comma, or ';' or tab when the header uses one (as
// spreadsheets in some locales save). false with *error (naming the line) for malformed input and
// for more records, more cells in a record or longer cells than the limits allow.
bool readCsv(const QByteArray& bytes, std::vector<CsvRecord>* records, QString* error, const Limits& limits = {});

struct Problem
{
    qint64 line = 0; // 0: the file as a whole
    QString message;
};

struct Entry
{
    qint64 line = 0;
    quint32 item = 0; // 0-based
    Decision decision = Decision::None;
    QString justification;
};

struct Validation
{
    std::vector<Entry> entries; // decisions to record: new or changed
    QList<Problem> problems;
    qint64 rows = 0;
    qint64 empty = 0;     // rows without a decision (skipped)
    qint64 unchanged = 0; // rows repeating the item's current decision and justification
    bool ok() const { return problems.isEmpty(); }
};

// Checks every row of a worksheet (CSV, or XLSX when the bytes are a ZIP archive; its rows' numbers
// stand for lines) for `reviewer` against the campaign: the campaign id and
// population hash, known items of that reviewer (once each), the account and entitlement
// matching the item, decision words, justifications the campaign requires (and their length).
// Files over limitsFor(state, reviewer) are refused.
Validation validate(const QByteArray& bytes, const CampaignState& state, const QString& reviewer);

// Records a clean validation's decisions by `reviewer` in one transaction (all or none).
// Returns how many were recorded.
std::optional<qint64> import(Workspace& workspace, CampaignState& state, const Validation& validation,
                             const QString& reviewer, QString* error);

} // namespace worksheet

} // namespace attest
