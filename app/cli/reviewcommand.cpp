#include "reviewcommand.h"

#include "clierror.h"
#include "commandtable.h"

#include "app/campaigncases.h"
#include "app/reviewcases.h"
#include "domain/personresolver.h"
#include "review/campaignstate.h"
#include "review/worksheet.h"
#include "review/xlsxworksheet.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace attest::cli {

namespace {

// "3", "3,5", "3-7" (repeatable): 0-based item indexes, each checked against the campaign.
bool parseItems(const QStringList& values, std::size_t count, std::vector<quint32>* items, QString* error)
{
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList range = part.trimmed().split(QLatin1Char('-'));
            bool ok1 = false;
            bool ok2 = false;
            const uint first = range.value(0).toUInt(&ok1);
            const uint last = range.size() == 2 ? range[1].toUInt(&ok2) : first;
            if (!ok1 || (range.size() == 2 && !ok2) || range.size() > 2 || first < 1 || last < first) {
                *error = QStringLiteral("--item takes numbers from 1, like 3 or 3,5 or 3-7; not %1").arg(part);
                return false;
            }
            if (last > count) {
                *error = QStringLiteral("the campaign has items 1 to %1; there is no item %2").arg(count).arg(last);
                return false;
            }
            for (uint n = first; n <= last; ++n)
                items->push_back(quint32(n - 1));
        }
    }
    if (items->empty()) {
        *error = QStringLiteral("name the items with --item N[,N…]");
        return false;
    }
    return true;
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("-");
}

QString dateOf(Timestamp t)
{
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

int runList(Workspace& ws)
{
    QString error;
    const auto campaigns = ws.campaigns(&error);
    if (!campaigns)
        return fail(kExitFailure, error);
    std::printf("%-5s %-7s %9s %-10s %-10s %s\n", "id", "status", "items", "created", "due", "name");
    for (const Campaign& c : *campaigns) {
        std::printf("%-5lld %-7s %9lld %-10s %-10s %s\n", c.id,
                    c.status == CampaignStatus::Closed ? "closed" : "active", c.itemCount,
                    qPrintable(dateOf(c.created)), qPrintable(dateOf(c.definition.due)),
                    c.definition.name.toUtf8().constData());
    }
    return 0;
}

int runStatus(const review::Loaded& loaded, const QString& format)
{
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    const CampaignState::Progress p = loaded.state.progress(now);
    const Campaign& c = loaded.campaign;
    if (format == QLatin1String("json")) {
        QJsonArray reviewers;
        for (const CampaignState::ReviewerProgress& r : p.reviewers) {
            reviewers.append(
                QJsonObject{{QStringLiteral("reviewer"), r.reviewer},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("total"), r.total},
                            {QStringLiteral("decided"), r.decided},
                            {QStringLiteral("decidedByOwnerOnTheirBehalf"), r.byOwner},
                            {QStringLiteral("dontKnow"), r.dontKnow},
                            {QStringLiteral("approved"), r.approved},
                            {QStringLiteral("revoked"), r.revoked},
                            {QStringLiteral("revokeRate"), r.decided > 0 ? double(r.revoked) / double(r.decided) : 0.0},
                            {QStringLiteral("overdue"), r.overdue},
                            {QStringLiteral("medianSecondsPerDecision"), r.medianSecondsPerDecision},
                            {QStringLiteral("rubberStamp"), r.rubberStamp}});
        }
        const QJsonObject o{{QStringLiteral("campaign"), c.id},
                            {QStringLiteral("name"), c.definition.name},
                            {QStringLiteral("status"),
                             c.status == CampaignStatus::Closed ? QStringLiteral("closed") : QStringLiteral("active")},
                            {QStringLiteral("due"),
                             hasTime(c.definition.due) ? QJsonValue(toIsoString(c.definition.due)) : QJsonValue()},
                            {QStringLiteral("populationSha256"), QString::fromLatin1(c.populationSha256.toHex())},
                            {QStringLiteral("total"), p.total},
                            {QStringLiteral("decided"), p.decided},
                            {QStringLiteral("decidedBy"), QJsonObject{{QStringLiteral("reviewers"), p.byReviewers},
                                                                      {QStringLiteral("delegates"), p.byDelegates},
                                                                      {QStringLiteral("ownerOnBehalf"), p.byOwner},
                                                                      {QStringLiteral("noResponsePolicy"), p.byPolicy},
                                                                      {QStringLiteral("unknown"), p.byUnknown}}},
                            {QStringLiteral("dontKnow"), p.dontKnow},
                            {QStringLiteral("revoked"), p.revoked},
                            {QStringLiteral("revokeRate"), p.decided > 0 ? double(p.revoked) / double(p.decided) : 0.0},
                            {QStringLiteral("overdue"), p.overdue},
                            {QStringLiteral("reviewers"), reviewers}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    std::printf("campaign %lld \"%s\" (%s), due %s\n", c.id, c.definition.name.toUtf8().constData(),
                c.status == CampaignStatus::Closed ? "closed" : "active", qPrintable(dateOf(c.definition.due)));
    std::printf("overall: %lld/%lld decided (%s), revoke rate %s, overdue %lld\n", p.decided, p.total,
                qPrintable(percent(p.decided, p.total)), qPrintable(percent(p.revoked, p.decided)), p.overdue);
    std::printf("decided by: reviewers %lld (delegates %lld), the owner on their behalf %lld, the no-response policy "
                "%lld; don't know %lld\n",
                p.byReviewers, p.byDelegates, p.byOwner, p.byPolicy, p.dontKnow);
    // Padded as text, not bytes, so names outside ASCII line up.
    const auto line = [](const QString& who, const QString& decided, const QString& rate, const QString& overdue,
                         const QString& stamp) {
        std::printf("%s\n",
                    (who.leftJustified(40) + QLatin1Char(' ') + decided.rightJustified(15) + QLatin1Char(' ') +
                     rate.rightJustified(11) + QLatin1Char(' ') + overdue.rightJustified(8) + QLatin1Char(' ') + stamp)
                        .toUtf8()
                        .constData());
    };
    line(QStringLiteral("reviewer"), QStringLiteral("decided/total"), QStringLiteral("revoke rate"),
         QStringLiteral("overdue"), QStringLiteral("rubber stamp"));
    for (const CampaignState::ReviewerProgress& r : p.reviewers) {
        const QString who = r.name == r.reviewer ? r.name : QStringLiteral("%1 (%2)").arg(r.name, r.reviewer);
        line(who, QStringLiteral("%1/%2").arg(r.decided).arg(r.total), percent(r.revoked, r.decided),
             QString::number(r.overdue), r.rubberStamp ? QStringLiteral("YES") : QStringLiteral("no"));
    }
    return 0;
}

int runExportWorksheet(const CampaignState& state, const QString& reviewer, const QString& path, bool xlsx)
{
    if (!app::hasItemsOf(state, reviewer))
        return fail(kExitFailure, QStringLiteral("%1 has no items in campaign %2 (see attest review status)")
                                      .arg(reviewer)
                                      .arg(state.campaign().id));
    QSaveFile file(path);
    QByteArray bytes;
    if (xlsx) {
        QString error;
        const auto workbook = worksheet::writeXlsx(state, reviewer, &error);
        if (!workbook)
            return fail(kExitFailure, QStringLiteral("cannot write %1: %2").arg(path, error));
        bytes = *workbook;
    } else {
        bytes = worksheet::write(state, reviewer);
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(kExitFailure, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    qint64 rows = 0;
    for (std::size_t i = 0; i < state.size(); ++i)
        rows += state.reviewerOf(i) == reviewer ? 1 : 0;
    std::printf("wrote %lld items of %s to %s\n", rows, reviewer.toUtf8().constData(), path.toUtf8().constData());
    return 0;
}

int runImportWorksheet(Workspace& ws, CampaignState& state, const QString& reviewer, const QString& path)
{
    const app::ImportDecisionsResult imported = app::importDecisions(ws, state, {path, reviewer});
    for (const worksheet::Problem& p : imported.problems) {
        if (p.line > 0)
            std::fprintf(stderr, "%s:%lld: %s\n", path.toLocal8Bit().constData(), p.line,
                         p.message.toLocal8Bit().constData());
        else
            std::fprintf(stderr, "%s: %s\n", path.toLocal8Bit().constData(), p.message.toLocal8Bit().constData());
    }
    if (!imported.ok)
        return fail(kExitFailure, imported.error);
    std::printf("imported %lld decisions from %lld rows (%lld unchanged, %lld without a decision)\n", imported.recorded,
                imported.rows, imported.unchanged, imported.empty);
    return 0;
}

} // namespace

int runReview(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QString command = invocation.command.path.at(1);
    // Handles on the options (spelt in the command table); each subcommand reads only its own.
    const auto option = [](const char* name) { return QCommandLineOption(QString::fromLatin1(name)); };
    const QCommandLineOption workspace = option("workspace");
    const QCommandLineOption campaign = option("campaign");
    const QCommandLineOption format = option("format");
    const QCommandLineOption item = option("item");
    const QCommandLineOption decision = option("decision");
    const QCommandLineOption reviewer = option("reviewer");
    const QCommandLineOption justification = option("justification");
    const QCommandLineOption onlyReviewer = option("only-reviewer");
    const QCommandLineOption from = option("from");
    const QCommandLineOption to = option("to");
    const QCommandLineOption by = option("by");
    const QCommandLineOption reason = option("reason");
    const QCommandLineOption output = option("output");
    const QCommandLineOption input = option("input");

    QString error;
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    if (command == QLatin1String("list"))
        return runList(*ws);
    bool ok = false;
    const qint64 campaignId = parser.value(campaign).toLongLong(&ok);
    if (!ok)
        return fail(kExitUsage, QStringLiteral("--campaign needs a campaign id, not %1").arg(parser.value(campaign)));
    auto loaded = review::load(*ws, campaignId, &error);
    if (!loaded)
        return fail(kExitFailure, error);
    CampaignState& state = loaded->state;
    // The people of the campaign's snapshot, loaded when a command names someone: every name given
    // is turned into the one identity it names (or refused), as the console does.
    std::optional<SnapshotData> snapshot;
    std::optional<PersonResolver> people;
    const auto loadPeople = [&]() -> bool {
        if (people)
            return true;
        snapshot = ws->loadSnapshot(state.campaign().definition.snapshotId, {}, &error);
        if (!snapshot) {
            error = QStringLiteral("cannot read the people of the campaign's snapshot %1: %2")
                        .arg(state.campaign().definition.snapshotId)
                        .arg(error);
            return false;
        }
        people.emplace(snapshot->identities, snapshot->accounts);
        return true;
    };
    // The stored reviewer `text` names; empty text stays empty (an optional option not given).
    const auto person = [&](const QString& text, const QCommandLineOption& o) -> std::optional<QString> {
        if (text.trimmed().isEmpty())
            return QString();
        if (!loadPeople())
            return std::nullopt;
        QString why;
        auto key = review::resolveReviewer(state, *people, text, &why);
        if (!key)
            error = QStringLiteral("--%1: %2").arg(o.names().first(), why);
        return key;
    };

    if (command == QLatin1String("status")) {
        const QString f = parser.value(format).isEmpty() ? QStringLiteral("text") : parser.value(format);
        if (f != QLatin1String("text") && f != QLatin1String("json"))
            return fail(kExitUsage, QStringLiteral("--format is text or json, not %1").arg(f));
        return runStatus(*loaded, f);
    }
    if (command == QLatin1String("decide")) {
        Decision d = Decision::None;
        if (!parseDecision(parser.value(decision), &d) || d == Decision::None)
            return fail(
                kExitUsage,
                QStringLiteral("--decision is approve, revoke or dont-know, not %1").arg(parser.value(decision)));
        std::vector<quint32> items;
        if (!parseItems(parser.values(item), state.size(), &items, &error))
            return fail(kExitUsage, error);
        // Who may decide which item is the core's rule (review::planDecisions), as in the console.
        const auto who = person(parser.value(by), by);
        if (!who)
            return fail(kExitFailure, error);
        const app::DecideResult decided = app::decide(*ws, state, {items, d, *who, parser.value(justification)});
        if (!decided.ok)
            return fail(kExitFailure, decided.error);
        std::printf("recorded %s on %zu item(s)\n", qPrintable(decisionName(d)), items.size());
        return 0;
    }
    if (command == QLatin1String("accept-recommendations")) {
        const auto only = person(parser.value(onlyReviewer), onlyReviewer);
        if (!only)
            return fail(kExitFailure, error);
        const auto who = person(parser.value(by), by);
        if (!who)
            return fail(kExitFailure, error);
        const app::AcceptRecommendationsResult accepted = app::acceptRecommendations(*ws, state, {*only, *who});
        if (!accepted.ok)
            return fail(kExitFailure, accepted.error);
        std::printf("accepted the recommendation on %lld undecided item(s); decided items were left as they were\n",
                    accepted.accepted);
        return 0;
    }
    if (command == QLatin1String("reassign")) {
        if (parser.isSet(item) == parser.isSet(from))
            return fail(kExitUsage, QStringLiteral("reassign needs either --item N… or --from KEY"));
        std::vector<quint32> items;
        if (parser.isSet(item) && !parseItems(parser.values(item), state.size(), &items, &error))
            return fail(kExitUsage, error);
        const auto fromKey = person(parser.value(from), from);
        if (!fromKey)
            return fail(kExitFailure, error);
        const auto byKey = person(parser.value(by), by);
        if (!byKey || !loadPeople())
            return fail(kExitFailure, error);
        const app::ReassignResult moved = app::reassign(
            *ws, state, *people, {items, *fromKey, parser.value(to), *byKey, parser.value(reason).trimmed()});
        if (!moved.ok)
            return fail(kExitFailure, QStringLiteral("--to: %1").arg(moved.error));
        const Identity& delegate = people->identity(people->resolve(parser.value(to), &error)); // resolved above
        std::printf("reassigned %lld item(s) to %s (%s)\n", moved.reassigned, delegate.displayName.toUtf8().constData(),
                    delegate.key.toUtf8().constData());
        return 0;
    }
    if (command == QLatin1String("export-worksheet")) {
        QString f = parser.value(format).trimmed().toLower();
        if (f.isEmpty())
            f = parser.value(output).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                                           : QStringLiteral("csv");
        if (f != QLatin1String("csv") && f != QLatin1String("xlsx"))
            return fail(kExitUsage, QStringLiteral("--format is csv or xlsx, not %1").arg(parser.value(format)));
        const auto who = person(parser.value(reviewer), reviewer);
        if (!who)
            return fail(kExitFailure, error);
        return runExportWorksheet(state, *who, parser.value(output), f == QLatin1String("xlsx"));
    }
    if (command == QLatin1String("import-worksheet")) {
        const auto who = person(parser.value(reviewer), reviewer);
        if (!who)
            return fail(kExitFailure, error);
        return runImportWorksheet(*ws, state, *who, parser.value(input));
    }
    return fail(kExitUsage, QStringLiteral("unknown review command \"%1\"").arg(command));
}

} // namespace attest::cli
