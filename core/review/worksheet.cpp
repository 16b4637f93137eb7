#include "worksheet.h"

#include "xlsxworksheet.h"

#include "io/csv.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace attest::worksheet {

namespace {

void appendRow(QByteArray& out, const QStringList& cells, bool guardFormula)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        csv::appendCell(out, cells[i], guardFormula);
    }
    out.append("\r\n");
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The separator the header line uses most outside quotes: ',' unless ';' or tab win.
QChar detectSeparator(const QString& text)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++counts[0];
        else if (!quoted && c == QLatin1Char(';'))
            ++counts[1];
        else if (!quoted && c == QLatin1Char('\t'))
            ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return QLatin1Char(';');
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

const QStringList& columns()
{
    static const QStringList names{QStringLiteral("campaign"),       QStringLiteral("populationSha256"),
                                   QStringLiteral("item"),           QStringLiteral("identity"),
                                   QStringLiteral("title"),          QStringLiteral("department"),
                                   QStringLiteral("account"),        QStringLiteral("entitlement"),
                                   QStringLiteral("accessPath"),     QStringLiteral("privileged"),
                                   QStringLiteral("lastLogon"),      QStringLiteral("peerPercent"),
                                   QStringLiteral("recommendation"), QStringLiteral("reason"),
                                   QStringLiteral("decision"),       QStringLiteral("justification")};
    return names;
}

QStringList rowCells(const CampaignState& state, std::size_t i)
{
    const ReviewItemTable& items = state.items();
    const CampaignState::ItemState& s = state.state(i);
    const QString identity = items.text(i, ReviewItemTable::IdentityKey).isEmpty()
                                 ? QCoreApplication::translate("Worksheet", "(no identity)")
                                 : items.text(i, ReviewItemTable::IdentityName);
    const int peers = items.peerPercent(i);
    const Recommendation recommendation = items.recommendation(i);
    // Informational text longer than a cell may hold is cut, so the worksheet imports again; what
    // is checked on import (account, entitlement, justification) is never cut.
    const auto fit = [](const QString& text) {
        return text.size() > kMaxCellChars ? text.left(kMaxCellChars - 1) + QChar(0x2026) : text;
    };
    return {QString::number(state.campaign().id),
            QString::fromLatin1(state.campaign().populationSha256.toHex()),
            QString::number(i + 1),
            fit(identity),
            fit(items.text(i, ReviewItemTable::Title)),
            fit(items.text(i, ReviewItemTable::Department)),
            items.text(i, ReviewItemTable::AccountLogin),
            items.text(i, ReviewItemTable::EntitlementName),
            fit(items.text(i, ReviewItemTable::AccessPath)),
            items.privileged(i) ? QStringLiteral("yes") : QStringLiteral("no"),
            hasTime(items.lastLogon(i)) ? toIsoString(items.lastLogon(i))
                                        : QCoreApplication::translate("Worksheet", "never"),
            peers < 0 ? QString() : QString::number(peers),
            recommendation == Recommendation::None ? QString() : recommendationName(recommendation),
            fit(items.text(i, ReviewItemTable::RecommendationReason)),
            decisionName(s.decision),
            state.justificationOf(i)};
}

QByteArray write(const CampaignState& state, const QString& reviewer)
{
    QByteArray out("\xEF\xBB\xBF");
    appendRow(out, columns(), false);
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.reviewerOf(i) == reviewer)
            appendRow(out, rowCells(state, i), true);
    }
    return out;
}

Limits limitsFor(const CampaignState& state, const QString& reviewer)
{
    qint64 items = 0;
    for (std::size_t i = 0; i < state.size(); ++i)
        items += state.reviewerOf(i) == reviewer ? 1 : 0;
    Limits limits;
    limits.maxRecords = std::min(items + 1, kMaxRows);
    limits.maxTextBytes = std::min(kMaxBytes, kTextBytes + kTextBytesPerRow * limits.maxRecords);
    return limits;
}

QString tooManyRows(const QString& where, const Limits& limits)
{
    return QCoreApplication::translate(
               "Worksheet",
               "%1: more than %2 rows (a worksheet holds a row for each of its reviewer's items, and a header)")
        .arg(where)
        .arg(limits.maxRecords);
}

QString tooManyCells(const QString& where)
{
    return QCoreApplication::translate("Worksheet", "%1: more than %2 cells in one row").arg(where).arg(kMaxCells);
}

QString cellTooLong(const QString& where)
{
    return QCoreApplication::translate("Worksheet", "%1 is longer than %2 characters, the most a cell may hold")
        .arg(where)
        .arg(kMaxCellChars);
}

bool readCsv(const QByteArray& bytes, std::vector<CsvRecord>* records, QString* error, const Limits& limits)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QCoreApplication::translate("Worksheet", "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);
    records->clear();
    CsvRecord record;
    QString cell;
    qint64 line = 1;
    record.line = 1;
    bool quoted = false;
    bool wasQuoted = false; // the current cell was quoted and has closed
    qint64 quoteLine = 0;
    // Stops at the first character past the limit, before a hostile cell grows further; named by
    // its header where the header is known.
    const auto cellFits = [&]() {
        if (cell.size() <= kMaxCellChars)
            return true;
        const qsizetype column = record.cells.size();
        const QString name = records->empty() ? QString() : records->front().cells.value(column);
        *error = cellTooLong(
            name.isEmpty() ? QCoreApplication::translate("Worksheet", "line %1: cell %2").arg(line).arg(column + 1)
                           : QCoreApplication::translate("Worksheet", "line %1: cell %2 (%3)")
                                 .arg(line)
                                 .arg(column + 1)
                                 .arg(name));
        return false;
    };
    const auto endCell = [&]() {
        if (!cellFits())
            return false;
        if (record.cells.size() == kMaxCells) {
            *error = tooManyCells(QCoreApplication::translate("Worksheet", "line %1").arg(record.line));
            return false;
        }
        record.cells << cell;
        cell.clear();
        wasQuoted = false;
        return true;
    };
    const auto endRecord = [&]() {
        if (!endCell())
            return false;
        if (!(record.cells.size() == 1 && record.cells.front().isEmpty())) {
            if (qint64(records->size()) == limits.maxRecords) {
                *error = tooManyRows(QCoreApplication::translate("Worksheet", "line %1").arg(record.line), limits);
                return false;
            }
            records->push_back(std::move(record));
        }
        record = CsvRecord();
        record.line = line;
        return true;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!cellFits())
            return false;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                cell += QLatin1Char('\n');
                ++i;
                ++line;
            } else {
                if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    ++line;
                cell += c == QLatin1Char('\r') ? QLatin1Char('\n') : c;
            }
            continue;
        }
        if (c == separator) {
            if (!endCell())
                return false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            if (!endRecord())
                return false;
        } else if (wasQuoted) {
            *error = QCoreApplication::translate(
                         "Worksheet", "line %1: text after a quoted cell (a quote inside a cell must be doubled)")
                         .arg(line);
            return false;
        } else if (c == QLatin1Char('"')) {
            if (!cell.isEmpty()) {
                *error = QCoreApplication::translate("Worksheet", "line %1: a quote inside an unquoted cell").arg(line);
                return false;
            }
            quoted = true;
            quoteLine = line;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        *error = QCoreApplication::translate("Worksheet", "line %1: a quoted cell is never closed").arg(quoteLine);
        return false;
    }
    return endRecord();
}

Validation validate(const QByteArray& bytes, const CampaignState& state, const QString& reviewer)
{
    Validation v;
    const auto problem = [&v](qint64 line, const QString& message) { v.problems.append({line, message}); };
    if (bytes.size() > kMaxBytes) {
        problem(
            0,
            QCoreApplication::translate("Worksheet", "the file is larger than %1 MB").arg(kMaxBytes / (1024 * 1024)));
        return v;
    }
    if (state.campaign().status == CampaignStatus::Closed) {
        problem(0, QCoreApplication::translate("Worksheet", "campaign %1 is closed: nothing can change in it")
                       .arg(state.campaign().id));
        return v;
    }
    std::vector<CsvRecord> records;
    QString error;
    const QString campaignId = QString::number(state.campaign().id);
    const QString hash = QString::fromLatin1(state.campaign().populationSha256.toHex());
    const Limits limits = limitsFor(state, reviewer);
    if (isXlsx(bytes)) {
        XlsxProperties properties;
        if (!readXlsx(bytes, &records, &properties, &error, limits)) {
            problem(0, QCoreApplication::translate("Worksheet", "not a readable worksheet workbook: %1").arg(error));
            return v;
        }
        // The workbook names its campaign and reviewer itself; the rows are checked as well.
        if (!properties.campaign.isEmpty() && properties.campaign != campaignId) {
            problem(0, QCoreApplication::translate("Worksheet", "the workbook is from campaign %1, not campaign %2")
                           .arg(properties.campaign, campaignId));
            return v;
        }
        if (!properties.populationSha256.isEmpty() && properties.populationSha256.toLower() != hash) {
            problem(0,
                    QCoreApplication::translate(
                        "Worksheet", "the workbook's population hash differs from the campaign's: it is from another "
                                     "population"));
            return v;
        }
        if (!properties.reviewer.isEmpty() && properties.reviewer != reviewer) {
            problem(0, QCoreApplication::translate("Worksheet", "the workbook is %1's worksheet, not %2's")
                           .arg(properties.reviewer, reviewer));
            return v;
        }
    } else if (bytes.size() > limits.maxTextBytes) {
        const int items = int(limits.maxRecords - 1); // a name, not an expression: lupdate 6.4 hangs on one there
        problem(0, QCoreApplication::translate("Worksheet",
                                               "the file is %1; a worksheet of %n item(s) may be at most %2 "
                                               "(1 MB and 64 KB a row)",
                                               nullptr, items)
                       .arg(sizeText(bytes.size()), sizeText(limits.maxTextBytes)));
        return v;
    } else if (!readCsv(bytes, &records, &error, limits)) {
        problem(0, error);
        return v;
    }
    if (records.empty()) {
        problem(0, QCoreApplication::translate("Worksheet", "the file is empty"));
        return v;
    }
    QHash<QString, qsizetype> column;
    const CsvRecord& header = records.front();
    for (qsizetype i = 0; i < header.cells.size(); ++i)
        column.insert(header.cells[i].trimmed().toLower(), i);
    const auto indexOf = [&column](const char* name) { return column.value(QString::fromLatin1(name).toLower(), -1); };
    const qsizetype campaignColumn = indexOf("campaign");
    const qsizetype hashColumn = indexOf("populationSha256");
    const qsizetype itemColumn = indexOf("item");
    const qsizetype decisionColumn = indexOf("decision");
    const qsizetype justificationColumn = indexOf("justification");
    const qsizetype accountColumn = indexOf("account");
    const qsizetype entitlementColumn = indexOf("entitlement");
    QStringList missing;
    for (const char* name : {"campaign", "populationSha256", "item", "decision", "justification"}) {
        if (indexOf(name) < 0)
            missing << QString::fromLatin1(name);
    }
    if (!missing.isEmpty()) {
        problem(header.line,
                QCoreApplication::translate(
                    "Worksheet", "the header lacks the column(s) %1; is this a worksheet exported by Attest?")
                    .arg(missing.join(QStringLiteral(", "))));
        return v;
    }

    const ReviewItemTable& items = state.items();
    QHash<quint32, qint64> seen; // item → line
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        const qint64 line = record.line;
        ++v.rows;
        if (record.cells.size() != header.cells.size()) {
            problem(line, QCoreApplication::translate("Worksheet", "%1 cells where the header has %2")
                              .arg(record.cells.size())
                              .arg(header.cells.size()));
            continue;
        }
        const QString campaign = record.cells[campaignColumn].trimmed();
        if (campaign != campaignId) {
            problem(line, QCoreApplication::translate("Worksheet", "the row is from campaign %1, not campaign %2")
                              .arg(campaign, campaignId));
            continue;
        }
        if (record.cells[hashColumn].trimmed().toLower() != hash) {
            problem(line,
                    QCoreApplication::translate(
                        "Worksheet", "the population hash differs from the campaign's: the worksheet is from another "
                                     "population"));
            continue;
        }
        bool ok = false;
        const QString itemText = record.cells[itemColumn].trimmed();
        const quint32 number = itemText.toUInt(&ok);
        if (!ok || number < 1 || number > items.size()) {
            problem(line,
                    QCoreApplication::translate("Worksheet", "unknown item \"%1\" (campaign %2 has items 1 to %3)")
                        .arg(itemText, campaignId)
                        .arg(items.size()));
            continue;
        }
        const quint32 item = number - 1;
        if (state.reviewerOf(item) != reviewer) {
            problem(line, QCoreApplication::translate("Worksheet", "item %1 is reviewed by %2, not %3")
                              .arg(number)
                              .arg(state.reviewerOf(item), reviewer));
            continue;
        }
        if (const auto it = seen.constFind(item); it != seen.cend()) {
            problem(line, QCoreApplication::translate("Worksheet", "item %1 appears again (first on line %2)")
                              .arg(number)
                              .arg(*it));
            continue;
        }
        seen.insert(item, line);
        if (accountColumn >= 0 && entitlementColumn >= 0) {
            const QString account = csv::unguard(record.cells[accountColumn].trimmed());
            const QString entitlement = csv::unguard(record.cells[entitlementColumn].trimmed());
            const QString& login = items.text(item, ReviewItemTable::AccountLogin);
            const QString& name = items.text(item, ReviewItemTable::EntitlementName);
            if (account != login || entitlement != name) {
                problem(line, QCoreApplication::translate("Worksheet", "item %1 is %2 → %3, not %4 → %5")
                                  .arg(QString::number(number), login, name, account, entitlement));
                continue;
            }
        }
        const QString word = csv::unguard(record.cells[decisionColumn].trimmed());
        Decision decision = Decision::None;
        if (!parseDecision(word, &decision)) {
            problem(line,
                    QCoreApplication::translate(
                        "Worksheet", "invalid decision \"%1\": use approve, revoke or dont-know, or leave it empty")
                        .arg(word));
            continue;
        }
        if (decision == Decision::None) {
            ++v.empty;
            continue;
        }
        const QString justification = csv::unguard(record.cells[justificationColumn].trimmed());
        const QString refused = state.checkDecision(decision, justification);
        if (!refused.isEmpty()) {
            problem(line,
                    QCoreApplication::translate("Worksheet", "item %1: %2").arg(QString::number(number), refused));
            continue;
        }
        const CampaignState::ItemState& current = state.state(item);
        if (current.decision == decision && state.justificationOf(item) == justification) {
            ++v.unchanged;
            continue;
        }
        v.entries.push_back({line, item, decision, justification});
    }
    if (v.rows == 0 && v.problems.isEmpty())
        problem(0, QCoreApplication::translate("Worksheet", "the worksheet has no rows"));
    return v;
}

std::optional<qint64> import(Workspace& workspace, CampaignState& state, const Validation& validation,
                             const QString& reviewer, QString* error)
{
    if (!validation.ok()) {
        *error = QCoreApplication::translate("Worksheet", "the worksheet has %n problem(s); nothing was imported",
                                             nullptr, int(validation.problems.size()));
        return std::nullopt;
    }
    if (validation.entries.empty())
        return 0;
    // The worksheet was checked against the state as it was read; what changed since (a decision
    // made in the console meanwhile) wins over the older worksheet and is left alone.
    auto transaction = workspace.transaction(QStringLiteral("import a worksheet"), error);
    std::vector<quint32> touched;
    if (!transaction || !review::catchUp(workspace, state, error, &touched))
        return std::nullopt;
    if (state.campaign().status == CampaignStatus::Closed) {
        *error = QCoreApplication::translate("Worksheet", "campaign %1 is closed: nothing was imported")
                     .arg(state.campaign().id);
        return std::nullopt;
    }
    const QSet<quint32> changedSince(touched.begin(), touched.end());
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::vector<DecisionRecord> records;
    records.reserve(validation.entries.size());
    for (const Entry& entry : validation.entries) {
        if (changedSince.contains(entry.item))
            continue;
        DecisionRecord r;
        r.item = entry.item;
        r.kind = DecisionRecord::Kind::Decision;
        r.decision = entry.decision;
        r.by = reviewer;
        r.time = now;
        r.justification = entry.justification;
        r.recommendationShown = state.items().recommendation(entry.item);
        // As what the reviewer decides it: their own item, or one reassigned to them.
        r.capacity = state.capacityOf(entry.item, reviewer).value_or(DecisionCapacity::Reviewer);
        records.push_back(std::move(r));
    }
    if (!records.empty() && !workspace.appendDecisions(state.campaign().id, &records, error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    state.applyAll(records);
    return qint64(records.size());
}

} // namespace attest::worksheet
