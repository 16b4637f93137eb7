#include "testregistry.h"

#include "crashsafetysupport.h"

#include "review/campaignstate.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <utility>

using namespace attest;
using attest::test::Attempt;
using attest::test::Lane;
using attest::test::Place;
using attest::test::Run;

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kOwner = QStringLiteral("100001"); // the demo organisation's first person (its chief executive)
const QString kAccepted = QStringLiteral("accepted the recommendation");
constexpr qsizetype kDemoSnapshots = 4;

// A decision that a command reported as recorded (it exited 0): no later crash may lose it, and
// nothing but a later decision may replace it.
struct Expected
{
    quint32 item = 0; // 0-based
    Decision decision = Decision::None;
    QString by;
    QString justification;
};

// What the commands that ended well reported.
struct Reported
{
    QList<qint64> campaigns;
    std::vector<Expected> decisions; // in campaign 1
    qint64 remediatedChanges = -1;   // of campaign 1, once a remediation said so
};

qint64 campaignOf(const JournalRecord& record)
{
    return QJsonDocument::fromJson(record.parameters.toUtf8()).object().value(arg("campaign")).toInteger();
}

QStringList demoArguments(const Place& place)
{
    return {arg("demo"),   arg("--workspace"), place.workspace(), arg("--identities"), arg("300"),
            arg("--seed"), arg("7"),           arg("--as-of"),    arg("2026-01-01")};
}

QStringList createArguments(const Place& place, const QString& name)
{
    QStringList arguments{arg("review"), arg("create"), arg("--workspace"), place.workspace(), arg("--name"), name};
    arguments << arg("--owner") << kOwner << arg("--fallback-reviewer") << arg("100002") << arg("--no-response")
              << arg("follow-recommendation");
    return arguments;
}

// attest review COMMAND --workspace W --campaign 1 REST…
QStringList reviewArguments(const Place& place, const char* command, const QStringList& rest)
{
    return QStringList{arg("review"),     arg(command),      arg("--workspace"),
                       place.workspace(), arg("--campaign"), arg("1")} +
           rest;
}

QString decisionWord(Decision d)
{
    return d == Decision::Approve ? arg("approve") : arg("revoke");
}

// The decision a reviewer would not take by just following the recommendation: an overwrite
// by accept-recommendations then shows in the value, not only in the history.
Decision againstRecommendation(const CampaignState& state, quint32 item)
{
    return state.items().recommendation(item) == Recommendation::Approve ? Decision::Revoke : Decision::Approve;
}

std::optional<review::Loaded> loadCampaign(const Place& place, QString* error)
{
    auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, error);
    return ws ? review::load(*ws, 1, error) : std::nullopt;
}

qint64 countDecisions(const review::Loaded& loaded, const std::function<bool(const DecisionRecord&)>& matches)
{
    return std::count_if(loaded.history.cbegin(), loaded.history.cend(), [&](const DecisionRecord& r) {
        return r.kind == DecisionRecord::Kind::Decision && matches(r);
    });
}

qint64 numberAfter(const QByteArray& output, const char* pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(arg(pattern)).match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

// Issue 11, "nothing lost": every writing command killed with SIGKILL at many points leaves a
// workspace that opens, passes its integrity check and journal verification, holds every decision
// a finished command reported, and holds each campaign, close and remediation whole or not at
// all. Then several commands at once on one workspace: nothing lost, nothing twice, no decision
// overwritten by accept-recommendations.
class CrashSafetyTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_places = 0;
    Place m_demo;        // the demo organisation (300 people), no journal yet
    Place m_campaign;    // and campaign 1 (every grant), six items decided by its owner
    Place m_closed;      // and campaign 1 closed with the no-response policy
    Reported m_reported; // of m_campaign
    qint64 m_demoMs = 0;
    qint64 m_auditEvents = 0;
    // Reviewers of campaign 1 with at least 8 undecided items that have a recommendation, and those
    // items; the first one's items include the owner's six decisions.
    QStringList m_reviewers;
    std::map<QString, std::vector<quint32>> m_openItems;

    Place newPlace()
    {
        Place place{m_dir.filePath(QStringLiteral("p%1").arg(++m_places))};
        QDir().mkpath(place.root);
        return place;
    }

    void checkNothingLost(const Place& place, const Reported& reported, const QString& when)
    {
        QString error;
        std::optional<std::vector<JournalRecord>> journal;
        {
            auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(when + QStringLiteral(": ") + error));
            QVERIFY2(ws->checkIntegrity(&error), qPrintable(when + QStringLiteral(": ") + error));
            journal = ws->journalRecords(&error);
            QVERIFY2(journal, qPrintable(when + QStringLiteral(": ") + error));
            const auto read = ws->campaigns(&error);
            QVERIFY2(read, qPrintable(when + QStringLiteral(": ") + error));
            const QList<Campaign> campaigns = *read;
            for (const qint64 id : reported.campaigns) {
                QVERIFY2(
                    std::any_of(campaigns.cbegin(), campaigns.cend(), [id](const Campaign& c) { return c.id == id; }),
                    qPrintable(QStringLiteral("%1: campaign %2 was reported created and is gone").arg(when).arg(id)));
            }
            for (const Campaign& campaign : campaigns) {
                checkCampaign(*ws, campaign, *journal, reported, when);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        const Run verify = place.run({arg("journal"), arg("verify"), arg("--workspace"), place.workspace()});
        QVERIFY2(verify.exitCode == 0,
                 qPrintable(when + QStringLiteral(": ") + QString::fromUtf8(verify.out + verify.err)));
        QVERIFY2(verify.out.contains("journal intact: " + QByteArray::number(qint64(journal->size())) + " records"),
                 verify.out.constData());
        // The demo source's changes commit with their journal records: no kill leaves an intent open.
        QVERIFY2(!verify.out.contains("was about to be sent"), verify.out.constData());
        if (!journal->empty())
            QVERIFY2(!verify.out.contains("own key only"), verify.out.constData());
    }

    // Created whole; closed whole (verdicts, plan, state and journal record) or not at all;
    // remediated whole (snapshot, journal records, rows) or not at all; reported decisions there.
    void checkCampaign(const Workspace& ws, const Campaign& campaign, const std::vector<JournalRecord>& journal,
                       const Reported& reported, const QString& when)
    {
        const QString what = QStringLiteral("%1, campaign %2").arg(when).arg(campaign.id);
        QString error;
        const auto loaded = review::load(ws, campaign.id, &error);
        QVERIFY2(loaded, qPrintable(what + QStringLiteral(": ") + error));
        const CampaignState& state = loaded->state;
        QVERIFY2(qint64(state.size()) == campaign.itemCount && campaign.itemCount > 0, qPrintable(what));
        const auto journaled = [&](const QString& action) {
            std::vector<JournalRecord> found;
            std::copy_if(journal.cbegin(), journal.cend(), std::back_inserter(found), [&](const JournalRecord& r) {
                return r.action == action && (action == QLatin1String("review.create")
                                                  ? r.target == QStringLiteral("campaign %1").arg(campaign.id)
                                                  : campaignOf(r) == campaign.id);
            });
            return found;
        };
        QVERIFY2(journaled(arg("review.create")).size() == 1,
                 qPrintable(what + QStringLiteral(": create journaled once")));

        const auto closes = journaled(arg("review.close"));
        const qint64 verdicts =
            std::count_if(loaded->history.cbegin(), loaded->history.cend(),
                          [](const DecisionRecord& r) { return r.kind == DecisionRecord::Kind::NoResponse; });
        const auto rows = ws.remediation(campaign.id, &error);
        QVERIFY2(rows, qPrintable(what + QStringLiteral(": ") + error));
        if (campaign.status == CampaignStatus::Closed) {
            QVERIFY2(closes.size() == 1, qPrintable(what + QStringLiteral(": closed, and the close journaled once")));
            const QJsonObject close = QJsonDocument::fromJson(closes.front().parameters.toUtf8()).object();
            QVERIFY2(verdicts == close.value(arg("noResponse")).toInteger(),
                     qPrintable(what + QStringLiteral(": the no-response verdicts are the close's")));
            for (std::size_t i = 0; i < state.size(); ++i)
                QVERIFY2(isDecided(state.state(i).decision),
                         qPrintable(what + QStringLiteral(": closed, undecided item")));
            QVERIFY2(rows->empty() == (close.value(arg("plannedChanges")).toInteger() == 0),
                     qPrintable(what + QStringLiteral(": the plan is recorded with the close")));
        } else {
            QVERIFY2(closes.empty() && verdicts == 0 && rows->empty(),
                     qPrintable(what + QStringLiteral(": open, yet with a close's journal record, verdicts or plan")));
        }

        const qint64 applied = std::count_if(rows->cbegin(), rows->cend(), [](const Workspace::RemediationRow& r) {
            return r.status == QLatin1String("applied");
        });
        const qint64 planned = std::count_if(rows->cbegin(), rows->cend(), [](const Workspace::RemediationRow& r) {
            return r.status == QLatin1String("planned");
        });
        const qint64 remediations = qint64(journaled(arg("review.remediate")).size());
        const qsizetype snapshots = ws.snapshots().size();
        if (applied == 0) {
            QVERIFY2(remediations == 0 && snapshots == kDemoSnapshots,
                     qPrintable(what + QStringLiteral(": nothing applied, yet a remediation snapshot or record")));
        } else {
            QVERIFY2(planned == 0 && snapshots == kDemoSnapshots + 1 && remediations > 0,
                     qPrintable(what + QStringLiteral(": partly remediated (%1 applied, %2 planned, %3 snapshots, "
                                                      "%4 journal records)")
                                           .arg(applied)
                                           .arg(planned)
                                           .arg(snapshots)
                                           .arg(remediations)));
            if (reported.remediatedChanges >= 0)
                QCOMPARE(remediations, reported.remediatedChanges);
        }

        if (campaign.id != 1)
            return;
        for (const Expected& e : reported.decisions) {
            const QString item =
                QStringLiteral("%1: item %2 (%3 by %4)").arg(what).arg(e.item + 1).arg(decisionWord(e.decision), e.by);
            const qint64 found = countDecisions(*loaded, [&e](const DecisionRecord& r) {
                return r.item == e.item && r.decision == e.decision && r.by == e.by &&
                       r.justification == e.justification;
            });
            QVERIFY2(found == 1, qPrintable(item + QStringLiteral(": recorded %1 times").arg(found)));
            const CampaignState::ItemState& now = state.state(e.item);
            QVERIFY2(now.decision == e.decision && state.decidedByOf(e.item) == e.by &&
                         state.justificationOf(e.item) == e.justification,
                     qPrintable(item + QStringLiteral(": replaced by %1 by %2")
                                           .arg(decisionWord(now.decision), state.decidedByOf(e.item))));
        }
    }

    // Runs a command on a fresh copy of base and returns how long it took (its usual duration).
    qint64 calibrate(const Place& base, const QStringList& arguments)
    {
        const Place scratch = newPlace();
        if (!attest::test::copyPlace(base, scratch))
            return -1;
        QStringList adjusted = arguments;
        adjusted.replaceInStrings(base.workspace(), scratch.workspace());
        QElapsedTimer clock;
        clock.start();
        const Run run = scratch.run(adjusted);
        return run.exitCode == 0 ? clock.elapsed() : -1;
    }

    // Where to kill a command: spread over its usual duration, and once during its first write.
    static QList<std::pair<int, bool>> killPoints(qint64 durationMs, int points)
    {
        QList<std::pair<int, bool>> result{{0, true}};
        for (const int delay : attest::test::killDelays(durationMs, points))
            result.append({delay, false});
        return result;
    }
    static QString describe(const char* command, const std::pair<int, bool>& point)
    {
        return point.second ? QStringLiteral("%1 killed during its first write").arg(arg(command))
                            : QStringLiteral("%1 killed after %2 ms").arg(arg(command)).arg(point.first);
    }

private Q_SLOTS:
    void initTestCase();
    void demoMakesAWholeWorkspaceOrNone();
    void createMakesWholeCampaigns();
    void decisionsSurviveKills();
    void acceptRecommendationsIsAllOrNothing();
    void worksheetImportIsAllOrNothing();
    void closeIsAllOrNothing();
    void remediationIsAllOrNothing();
    void concurrentCommandsLoseNothing();
    void firstJournalRecordsAtOnceShareOneKey();
};

void CrashSafetyTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = newPlace();
    QElapsedTimer clock;
    clock.start();
    Run run = m_demo.run(demoArguments(m_demo));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_demoMs = clock.elapsed();
    QString error;
    {
        auto ws = Workspace::open(m_demo.workspace(), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshots().size(), kDemoSnapshots);
        m_auditEvents = ws->auditEventCount();
        QVERIFY(m_auditEvents > 0);
    }

    m_campaign = newPlace();
    QVERIFY(attest::test::copyPlace(m_demo, m_campaign));
    run = m_campaign.run(createArguments(m_campaign, arg("Q1")));
    QVERIFY2(run.exitCode == 0 && run.out.startsWith("campaign 1\n"), (run.out + run.err).constData());
    m_reported.campaigns << 1;
    auto loaded = loadCampaign(m_campaign, &error);
    QVERIFY2(loaded, qPrintable(error));
    for (quint32 i = 0; i < loaded->state.size(); ++i) {
        if (loaded->items->recommendation(i) != Recommendation::None)
            m_openItems[loaded->state.reviewerOf(i)].push_back(i);
    }
    std::erase_if(m_openItems, [](const auto& entry) { return entry.second.size() < 8; });
    for (const auto& entry : m_openItems)
        m_reviewers << entry.first;
    QVERIFY2(m_reviewers.size() >= 8, qPrintable(m_reviewers.join(QLatin1Char(' '))));

    // The owner decides six items of the first reviewer, against the recommendation.
    std::vector<quint32>& first = m_openItems[m_reviewers.front()];
    for (const Decision d : {Decision::Approve, Decision::Revoke}) {
        QStringList numbers;
        const QString justification = QStringLiteral("the owner's %1").arg(decisionWord(d));
        for (std::size_t i = 0; i < 6; ++i) {
            if (againstRecommendation(loaded->state, first[i]) != d)
                continue;
            numbers << QString::number(first[i] + 1);
            m_reported.decisions.push_back({first[i], d, kOwner, justification});
        }
        if (numbers.isEmpty())
            continue;
        run = m_campaign.run(
            reviewArguments(m_campaign, "decide",
                            {arg("--item"), numbers.join(QLatin1Char(',')), arg("--decision"), decisionWord(d),
                             arg("--reviewer"), kOwner, arg("--justification"), justification}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    first.erase(first.begin(), first.begin() + 6);
    checkNothingLost(m_campaign, m_reported, arg("the prepared campaign"));
    if (QTest::currentTestFailed())
        return;

    m_closed = newPlace();
    QVERIFY(attest::test::copyPlace(m_campaign, m_closed));
    run = m_closed.run(reviewArguments(m_closed, "close", {arg("--by"), kOwner, arg("--apply-no-response-policy")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void CrashSafetyTest::demoMakesAWholeWorkspaceOrNone()
{
    int killed = 0;
    int whileWriting = 0;
    for (const int delay : attest::test::killDelays(m_demoMs, 6)) {
        const Place place = newPlace();
        const Attempt attempt = attest::test::runAndKill(place, demoArguments(place), delay);
        const QString when = QStringLiteral("demo killed after %1 ms").arg(delay);
        if (!attempt.killed)
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
        killed += attempt.killed ? 1 : 0;
        whileWriting += attempt.killed && !QDir(place.root).entryList(QDir::Files | QDir::Hidden).isEmpty() ? 1 : 0;
        if (!QFileInfo::exists(place.workspace())) {
            // Nothing made, nothing in the way: the same command makes it.
            const Run again = place.run(demoArguments(place));
            QVERIFY2(again.exitCode == 0, qPrintable(when + QStringLiteral(", then: ") + QString::fromUtf8(again.err)));
        }
        QString error;
        {
            auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(when + QStringLiteral(": ") + error));
            QVERIFY2(ws->snapshots().size() == kDemoSnapshots && ws->auditEventCount() == m_auditEvents,
                     qPrintable(when + QStringLiteral(": a half-made workspace (%1 snapshots, %2 audit events)")
                                           .arg(ws->snapshots().size())
                                           .arg(ws->auditEventCount())));
        }
        checkNothingLost(place, {}, when);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(killed > 0, "every demo ended before it was killed");
    qInfo("demo: %d of 6 runs killed, %d of them while writing", killed, whileWriting);
}

void CrashSafetyTest::createMakesWholeCampaigns()
{
    const Place place = newPlace();
    QVERIFY(attest::test::copyPlace(m_demo, place));
    const qint64 duration = calibrate(m_demo, createArguments(m_demo, arg("calibration")));
    QVERIFY(duration > 0);
    Reported reported;
    int killed = 0;
    int n = 0;
    // The first point is the first write of all: the workspace's id and journal key are made.
    for (const auto& point : killPoints(duration, 5)) {
        const Attempt attempt = attest::test::runAndKill(place, createArguments(place, QStringLiteral("C%1").arg(++n)),
                                                         point.first, point.second);
        killed += attempt.killed ? 1 : 0;
        if (!attempt.killed) {
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
            reported.campaigns << numberAfter(attempt.run.out, "campaign (\\d+)");
        }
        checkNothingLost(place, reported, describe("review create", point));
        if (QTest::currentTestFailed())
            return;
    }
    const Run last = place.run(createArguments(place, arg("after the crashes")));
    QVERIFY2(last.exitCode == 0, last.err.constData());
    reported.campaigns << numberAfter(last.out, "campaign (\\d+)");
    checkNothingLost(place, reported, arg("review create after the crashes"));
    QVERIFY2(killed > 0, "every review create ended before it was killed");
    qInfo("review create: %d of %lld runs killed", killed, qint64(n));
}

void CrashSafetyTest::decisionsSurviveKills()
{
    const Place place = newPlace();
    QVERIFY(attest::test::copyPlace(m_campaign, place));
    const QStringList probe{arg("--item"), arg("1"), arg("--decision"), arg("approve"), arg("--reviewer"), kOwner};
    const qint64 duration = calibrate(m_campaign, reviewArguments(m_campaign, "decide", probe));
    QVERIFY(duration > 0);
    QString error;
    const auto before = loadCampaign(place, &error);
    QVERIFY2(before, qPrintable(error));
    // Ten undecided items a run, decided by the owner on the reviewers' behalf.
    std::vector<quint32> pool;
    for (const QString& reviewer : m_reviewers.mid(1))
        pool.insert(pool.end(), m_openItems.at(reviewer).cbegin(), m_openItems.at(reviewer).cend());
    Reported reported = m_reported;
    int killed = 0;
    std::size_t next = 0;
    for (const auto& point : killPoints(duration, 7)) {
        const QString justification = QStringLiteral("decided in run %1").arg(next / 10 + 1);
        const Decision decision = (next / 10) % 2 ? Decision::Revoke : Decision::Approve;
        QStringList numbers;
        std::vector<Expected> expected;
        for (std::size_t i = 0; i < 10 && next < pool.size(); ++i, ++next) {
            numbers << QString::number(pool[next] + 1);
            expected.push_back({pool[next], decision, kOwner, justification});
        }
        QCOMPARE(expected.size(), std::size_t(10));
        const Attempt attempt = attest::test::runAndKill(
            place,
            reviewArguments(place, "decide",
                            {arg("--item"), numbers.join(QLatin1Char(',')), arg("--decision"), decisionWord(decision),
                             arg("--reviewer"), kOwner, arg("--justification"), justification}),
            point.first, point.second);
        killed += attempt.killed ? 1 : 0;
        const auto after = loadCampaign(place, &error);
        QVERIFY2(after, qPrintable(error));
        const qint64 recorded =
            countDecisions(*after, [&](const DecisionRecord& r) { return r.justification == justification; });
        QVERIFY2(recorded == 0 || recorded == 10,
                 qPrintable(describe("review decide", point) + QStringLiteral(": %1 of 10 items").arg(recorded)));
        if (!attempt.killed) {
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
            reported.decisions.insert(reported.decisions.end(), expected.cbegin(), expected.cend());
        }
        checkNothingLost(place, reported, describe("review decide", point));
        if (QTest::currentTestFailed())
            return;
    }
    // After the crashes, the command works as ever.
    const QString justification = arg("decided after the crashes");
    const Run last =
        place.run(reviewArguments(place, "decide",
                                  {arg("--item"), QString::number(pool[next] + 1), arg("--decision"), arg("approve"),
                                   arg("--reviewer"), kOwner, arg("--justification"), justification}));
    QVERIFY2(last.exitCode == 0, last.err.constData());
    reported.decisions.push_back({pool[next], Decision::Approve, kOwner, justification});
    checkNothingLost(place, reported, arg("review decide after the crashes"));
    QVERIFY2(killed > 0, "every review decide ended before it was killed");
    qInfo("review decide: %d of 8 runs killed", killed);
}

void CrashSafetyTest::acceptRecommendationsIsAllOrNothing()
{
    const Place place = newPlace();
    QVERIFY(attest::test::copyPlace(m_campaign, place));
    const auto acceptArguments = [](const Place& p, const QString& reviewer) {
        return reviewArguments(p, "accept-recommendations",
                               {arg("--reviewer"), kOwner, arg("--only-reviewer"), reviewer});
    };
    const qint64 duration = calibrate(m_campaign, acceptArguments(m_campaign, m_reviewers.front()));
    QVERIFY(duration > 0);
    QString error;
    int killed = 0;
    int n = 0;
    // The first reviewer's items include the owner's decisions, which must stay as they are.
    for (const auto& point : killPoints(duration, 6)) {
        const QString reviewer = m_reviewers[n++ % m_reviewers.size()];
        const auto isAccepted = [&](const review::Loaded& l, const DecisionRecord& r) {
            return l.state.reviewerOf(r.item) == reviewer && r.justification.startsWith(kAccepted);
        };
        const auto before = loadCampaign(place, &error);
        QVERIFY2(before, qPrintable(error));
        qint64 open = 0;
        for (std::size_t i = 0; i < before->state.size(); ++i)
            open += before->state.reviewerOf(i) == reviewer && before->state.state(i).decision == Decision::None &&
                            before->items->recommendation(i) != Recommendation::None
                        ? 1
                        : 0;
        const qint64 acceptedBefore =
            countDecisions(*before, [&](const DecisionRecord& r) { return isAccepted(*before, r); });
        const Attempt attempt =
            attest::test::runAndKill(place, acceptArguments(place, reviewer), point.first, point.second);
        killed += attempt.killed ? 1 : 0;
        const auto after = loadCampaign(place, &error);
        QVERIFY2(after, qPrintable(error));
        const qint64 accepted =
            countDecisions(*after, [&](const DecisionRecord& r) { return isAccepted(*after, r); }) - acceptedBefore;
        QVERIFY2(accepted == 0 || accepted == open,
                 qPrintable(describe("review accept-recommendations", point) +
                            QStringLiteral(": %1 of %2 items").arg(accepted).arg(open)));
        if (!attempt.killed) {
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
            QCOMPARE(numberAfter(attempt.run.out, "recommendation on (\\d+) undecided"), open);
        }
        checkNothingLost(place, m_reported, describe("review accept-recommendations", point));
        if (QTest::currentTestFailed())
            return;
    }
    const Run last = place.run(reviewArguments(place, "accept-recommendations", {arg("--reviewer"), kOwner}));
    QVERIFY2(last.exitCode == 0 && numberAfter(last.out, "recommendation on (\\d+) undecided") > 0,
             (last.out + last.err).constData());
    checkNothingLost(place, m_reported, arg("review accept-recommendations after the crashes"));
    QVERIFY2(killed > 0, "every review accept-recommendations ended before it was killed");
    qInfo("review accept-recommendations: %d of %d runs killed", killed, n);
}

void CrashSafetyTest::worksheetImportIsAllOrNothing()
{
    const Place place = newPlace();
    QVERIFY(attest::test::copyPlace(m_campaign, place));
    // A reviewer's worksheet, every row filled in (alternately approve and revoke).
    const auto filledWorksheet = [&](const QString& reviewer, std::vector<Expected>* expected) {
        const QString exported = place.root + QStringLiteral("/%1.csv").arg(reviewer);
        const Run run = place.run(
            reviewArguments(place, "export-worksheet", {arg("--reviewer"), reviewer, arg("--output"), exported}));
        QFile file(exported);
        if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return QString();
        QList<QStringList> rows = attest::test::parseCsv(file.readAll());
        const QStringList header = rows.value(0);
        const qsizetype item = header.indexOf(arg("item"));
        const qsizetype decision = header.indexOf(arg("decision"));
        const qsizetype justification = header.indexOf(arg("justification"));
        if (item < 0 || decision < 0 || justification < 0)
            return QString();
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const Decision d = r % 2 ? Decision::Approve : Decision::Revoke;
            rows[r][decision] = decisionWord(d);
            rows[r][justification] = QStringLiteral("worksheet of %1").arg(reviewer);
            expected->push_back({quint32(rows[r][item].toUInt() - 1), d, reviewer, rows[r][justification]});
        }
        QFile filled(place.root + QStringLiteral("/%1-filled.csv").arg(reviewer));
        if (!filled.open(QIODevice::WriteOnly) || filled.write(attest::test::writeCsv(rows)) < 0)
            return QString();
        return filled.fileName();
    };
    const QString calibration = m_reviewers.back();
    std::vector<Expected> ignored;
    const QString calibrationSheet = filledWorksheet(calibration, &ignored);
    QVERIFY(!calibrationSheet.isEmpty());
    const qint64 duration =
        calibrate(m_campaign, reviewArguments(m_campaign, "import-worksheet",
                                              {arg("--reviewer"), calibration, arg("--input"), calibrationSheet}));
    QVERIFY(duration > 0);
    Reported reported = m_reported;
    QString error;
    int killed = 0;
    int n = 0;
    for (const auto& point : killPoints(duration, 5)) {
        const QString reviewer = m_reviewers[++n]; // not the first: the owner decided some of its items
        std::vector<Expected> expected;
        const QString sheet = filledWorksheet(reviewer, &expected);
        QVERIFY(!sheet.isEmpty() && !expected.empty());
        const Attempt attempt = attest::test::runAndKill(
            place, reviewArguments(place, "import-worksheet", {arg("--reviewer"), reviewer, arg("--input"), sheet}),
            point.first, point.second);
        killed += attempt.killed ? 1 : 0;
        const auto after = loadCampaign(place, &error);
        QVERIFY2(after, qPrintable(error));
        const qint64 imported = countDecisions(
            *after, [&](const DecisionRecord& r) { return r.justification == expected.front().justification; });
        QVERIFY2(imported == 0 || imported == qint64(expected.size()),
                 qPrintable(describe("review import-worksheet", point) +
                            QStringLiteral(": %1 of %2 rows").arg(imported).arg(expected.size())));
        if (!attempt.killed) {
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
            QCOMPARE(numberAfter(attempt.run.out, "imported (\\d+) decisions"), qint64(expected.size()));
            reported.decisions.insert(reported.decisions.end(), expected.cbegin(), expected.cend());
        }
        checkNothingLost(place, reported, describe("review import-worksheet", point));
        if (QTest::currentTestFailed())
            return;
    }
    std::vector<Expected> expected;
    const QString sheet = filledWorksheet(m_reviewers[++n], &expected);
    QVERIFY(!sheet.isEmpty());
    const Run last = place.run(
        reviewArguments(place, "import-worksheet", {arg("--reviewer"), m_reviewers[n], arg("--input"), sheet}));
    QVERIFY2(last.exitCode == 0, last.err.constData());
    reported.decisions.insert(reported.decisions.end(), expected.cbegin(), expected.cend());
    checkNothingLost(place, reported, arg("review import-worksheet after the crashes"));
    QVERIFY2(killed > 0, "every review import-worksheet ended before it was killed");
    qInfo("review import-worksheet: %d of %d runs killed", killed, n);
}

void CrashSafetyTest::closeIsAllOrNothing()
{
    const QStringList close{arg("--by"), kOwner, arg("--apply-no-response-policy")};
    const qint64 duration = calibrate(m_campaign, reviewArguments(m_campaign, "close", close));
    QVERIFY(duration > 0);
    QString error;
    int killed = 0;
    int killedClosed = 0;
    const auto points = killPoints(duration, 6);
    for (const auto& point : points) {
        const Place place = newPlace();
        QVERIFY(attest::test::copyPlace(m_campaign, place));
        const Attempt attempt =
            attest::test::runAndKill(place, reviewArguments(place, "close", close), point.first, point.second);
        if (!attempt.killed)
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
        checkNothingLost(place, m_reported, describe("review close", point));
        if (QTest::currentTestFailed())
            return;
        const auto loaded = loadCampaign(place, &error);
        QVERIFY2(loaded, qPrintable(error));
        const bool closed = loaded->campaign.status == CampaignStatus::Closed;
        killed += attempt.killed ? 1 : 0;
        killedClosed += attempt.killed && closed ? 1 : 0;
        // Closing again after the crash: it closes, or says it already is.
        const Run again = place.run(reviewArguments(place, "close", close));
        if (closed)
            QVERIFY2(again.exitCode == 1 && again.err.contains("already closed"), again.err.constData());
        else
            QVERIFY2(again.exitCode == 0, again.err.constData());
        checkNothingLost(place, m_reported, describe("review close", point) + arg(", then closed"));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(killed > 0, "every review close ended before it was killed");
    qInfo("review close: %d of %lld runs killed, %d of them after the close was committed", killed,
          qint64(points.size()), killedClosed);
}

void CrashSafetyTest::remediationIsAllOrNothing()
{
    const QStringList remediate{arg("--by"), kOwner};
    const Place reference = newPlace();
    QVERIFY(attest::test::copyPlace(m_closed, reference));
    QElapsedTimer clock;
    clock.start();
    const Run clean = reference.run(reviewArguments(reference, "remediate", remediate));
    const qint64 duration = clock.elapsed();
    QVERIFY2(clean.exitCode == 0 && clean.out.contains("failed 0"), (clean.out + clean.err).constData());
    Reported reported = m_reported;
    reported.remediatedChanges = numberAfter(clean.out, "applied (\\d+),");
    QVERIFY(reported.remediatedChanges > 0);
    checkNothingLost(reference, reported, arg("review remediate"));
    if (QTest::currentTestFailed())
        return;

    int killed = 0;
    int killedApplied = 0;
    const auto points = killPoints(duration, 5);
    for (const auto& point : points) {
        const Place place = newPlace();
        QVERIFY(attest::test::copyPlace(m_closed, place));
        const Attempt attempt =
            attest::test::runAndKill(place, reviewArguments(place, "remediate", remediate), point.first, point.second);
        killed += attempt.killed ? 1 : 0;
        if (!attempt.killed)
            QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
        checkNothingLost(place, reported, describe("review remediate", point));
        if (QTest::currentTestFailed())
            return;
        if (attempt.killed) {
            QString error;
            auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(error));
            killedApplied += ws->snapshots().size() > kDemoSnapshots ? 1 : 0;
        }
        // Again after the crash: what was applied is not applied twice, the rest is.
        const Run again = place.run(reviewArguments(place, "remediate", remediate));
        QVERIFY2(again.exitCode == 0 && again.out.contains("failed 0"), (again.out + again.err).constData());
        const qint64 appliedAgain = numberAfter(again.out, "applied (\\d+),");
        QVERIFY2(appliedAgain == 0 || appliedAgain == reported.remediatedChanges, again.out.constData());
        checkNothingLost(place, reported, describe("review remediate", point) + arg(", then remediated"));
        if (QTest::currentTestFailed())
            return;
        QString error;
        auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshots().size(), kDemoSnapshots + 1);
    }
    QVERIFY2(killed > 0, "every review remediate ended before it was killed");
    qInfo("review remediate (%lld changes, %lld ms): %d of %lld runs killed, %d of them after it was committed",
          reported.remediatedChanges, duration, killed, qint64(points.size()), killedApplied);
}

void CrashSafetyTest::concurrentCommandsLoseNothing()
{
    const Place place = newPlace();
    QVERIFY(attest::test::copyPlace(m_campaign, place));
    QString error;
    const auto before = loadCampaign(place, &error);
    QVERIFY2(before, qPrintable(error));

    // Three decide loops on three reviewers' items: two by the reviewers themselves, one by the
    // owner on the reviewer's behalf; each decision against the recommendation.
    QList<Lane> lanes;
    std::vector<std::vector<Expected>> planned;
    for (int l = 0; l < 3; ++l) {
        const QString reviewer = m_reviewers[l + 1];
        const QString by = l == 2 ? kOwner : reviewer;
        Lane lane;
        std::vector<Expected> expected;
        const std::vector<quint32>& items = m_openItems.at(reviewer);
        for (std::size_t i = 0; i < 8; ++i) {
            const Decision d = againstRecommendation(before->state, items[i]);
            const QString justification = QStringLiteral("lane %1, step %2").arg(l + 1).arg(i + 1);
            lane.steps.append({{arg("review"), arg("decide"), arg("--workspace"), place.workspace(), arg("--campaign"),
                                arg("1"), arg("--item"), QString::number(items[i] + 1), arg("--decision"),
                                decisionWord(d), arg("--reviewer"), by, arg("--justification"), justification}});
            expected.push_back({items[i], d, by, justification});
        }
        lanes << lane;
        planned.push_back(std::move(expected));
    }
    // accept-recommendations for the same reviewers (and the one with the owner's decisions) while
    // they decide, then for everyone.
    Lane accept;
    int at = 0;
    for (const QString& reviewer : {m_reviewers[1], m_reviewers[2], m_reviewers[3], m_reviewers[0], QString()}) {
        QStringList arguments = reviewArguments(place, "accept-recommendations", {arg("--reviewer"), kOwner});
        if (!reviewer.isEmpty())
            arguments << arg("--only-reviewer") << reviewer;
        accept.steps.append({arguments, at});
        at += 250;
    }
    lanes << accept;
    Lane readers;
    const QString workspace = place.workspace();
    for (int i = 0; i < 3; ++i) {
        readers.steps.append({reviewArguments(place, "status", {arg("--format"), arg("json")})});
        readers.steps.append(
            {{arg("export"), arg("grants"), arg("--workspace"), workspace, arg("--format"), arg("csv")}});
    }
    lanes << readers;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(attest::test::runLanes(place, lanes), "the commands did not finish within two minutes");
    const qint64 elapsed = clock.elapsed();

    const auto after = loadCampaign(place, &error);
    QVERIFY2(after, qPrintable(error));
    Reported reported = m_reported;
    for (int l = 0; l < 3; ++l) {
        for (qsizetype i = 0; i < lanes[l].results.size(); ++i) {
            const Run& run = lanes[l].results[i];
            // A decision made is a decision recorded: a busy workspace is waited for, not refused.
            QVERIFY2(run.exitCode == 0,
                     qPrintable(
                         QStringLiteral("lane %1, step %2: %3").arg(l + 1).arg(i + 1).arg(QString::fromUtf8(run.err))));
            reported.decisions.push_back(planned[std::size_t(l)][std::size_t(i)]);
        }
    }
    qint64 acceptedReported = 0;
    for (const Run& run : std::as_const(lanes[3].results)) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        acceptedReported += numberAfter(run.out, "recommendation on (\\d+) undecided");
    }
    for (const Run& run : std::as_const(lanes[4].results))
        QVERIFY2(run.exitCode == 0 && run.out.size() > 100, run.err.constData());

    // Accepted exactly as often as reported, and never after an explicit decision on the item.
    const qint64 accepted =
        countDecisions(*after, [](const DecisionRecord& r) { return r.justification.startsWith(kAccepted); });
    QCOMPARE(accepted, acceptedReported);
    QSet<quint32> explicitlyDecided;
    for (const DecisionRecord& r : after->history) {
        if (r.kind != DecisionRecord::Kind::Decision)
            continue;
        if (!r.justification.startsWith(kAccepted))
            explicitlyDecided.insert(r.item);
        else
            QVERIFY2(
                !explicitlyDecided.contains(r.item),
                qPrintable(QStringLiteral("item %1: accept-recommendations overwrote a decision").arg(r.item + 1)));
    }
    checkNothingLost(place, reported, arg("several commands at once"));
    qInfo("%d commands at once in %lld ms; accept-recommendations decided %lld items",
          int(std::accumulate(lanes.cbegin(), lanes.cend(), qsizetype(0),
                              [](qsizetype sum, const Lane& lane) { return sum + lane.steps.size(); })),
          elapsed, accepted);
}

void CrashSafetyTest::firstJournalRecordsAtOnceShareOneKey()
{
    // Three campaigns created at once on a workspace that has no journal yet: one workspace id,
    // one journal key, every record signed by it.
    for (int round = 1; round <= 3; ++round) {
        const Place place = newPlace();
        QVERIFY(attest::test::copyPlace(m_demo, place));
        QList<Lane> lanes;
        for (int i = 1; i <= 3; ++i)
            lanes.append(Lane{{{createArguments(place, QStringLiteral("Parallel %1").arg(i))}}, {}});
        QVERIFY(attest::test::runLanes(place, lanes));
        Reported reported;
        for (const Lane& lane : std::as_const(lanes)) {
            const Run& run = lane.results.front();
            QVERIFY2(run.exitCode == 0,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(run.err))));
            reported.campaigns << numberAfter(run.out, "campaign (\\d+)");
        }
        checkNothingLost(place, reported, QStringLiteral("three creates at once, round %1").arg(round));
        if (QTest::currentTestFailed())
            return;
        const QStringList keys = QDir(place.keyFolder()).entryList({arg("*.pem")}, QDir::Files);
        QVERIFY2(keys.size() == 1, qPrintable(keys.join(QLatin1Char(' '))));
    }
}

ATTEST_REGISTER_TEST(CrashSafetyTest, "crashsafety")
#include "tst_crashsafety.moc"
