#include "testregistry.h"

#include "slapdfixture.h"

#include "cli/crashsafetysupport.h"

#include "audit/journal.h"
#include "review/campaignstate.h"
#include "review/closing.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <utility>

using namespace attest;
using attest::test::Attempt;
using attest::test::Lane;
using attest::test::Place;
using attest::test::Run;
using attest::test::SlapdFixture;

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kOwner = QStringLiteral("100001"); // a person of the demo organisation (its employee number)

qint64 numberAfter(const QByteArray& output, const char* pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(arg(pattern)).match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QJsonObject parametersOf(const JournalRecord& r)
{
    return QJsonDocument::fromJson(r.parameters.toUtf8()).object();
}

// The size of a snapshot: what "whole" is measured against.
struct Shape
{
    std::size_t accounts = 0;
    std::size_t entitlements = 0;
    std::size_t memberships = 0;
    friend bool operator==(const Shape&, const Shape&) = default;
};

} // namespace

// Issue 11 §1 and §2 against a real slapd holding the demo organisation: `attest sync` killed with
// SIGKILL at spread points leaves either the whole new snapshot or none of it; a sync and decisions
// at once lose nothing; a remediation through LDAP killed part-way and run again neither sends nor
// journals a removal twice, resolves the intent a kill left open by reading the group, and reports
// what was already done.
class TestLdapCrashSafety : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    int m_places = 0;
    Place m_synced;   // the directory synced once
    Place m_campaign; // and campaign 1 over some groups, no-response policy "revoke"
    Place m_closed;   // and campaign 1 closed: every item revoked
    Shape m_shape;
    qint64 m_syncMs = 0;
    std::vector<std::pair<QString, QString>> m_removals; // (account DN, group DN) of the plan
    QString m_passwordFile;

    Place newPlace()
    {
        Place place{m_dir.filePath(QStringLiteral("p%1").arg(++m_places))};
        QDir().mkpath(place.root);
        return place;
    }

    QStringList connection() const
    {
        return {arg("--url"),       m_slapd->ldapsUrl(),    arg("--base"),  m_slapd->baseDn(), arg("--bind-dn"),
                m_slapd->adminDn(), arg("--password-file"), m_passwordFile, arg("--ca-file"),  m_slapd->caFile()};
    }
    QStringList syncArguments(const Place& place) const
    {
        return QStringList{arg("sync"), arg("--workspace"), place.workspace(), arg("--source"), arg("corp")} +
               connection();
    }
    static QStringList reviewArguments(const Place& place, const char* command, const QStringList& rest)
    {
        return QStringList{arg("review"),     arg(command),      arg("--workspace"),
                           place.workspace(), arg("--campaign"), arg("1")} +
               rest;
    }

    static Shape shapeOf(const SnapshotData& data)
    {
        return {data.accounts.size(), data.entitlements.size(), data.memberships.size()};
    }

    // Opens, checks integrity, every snapshot whole, the journal verifying; returns the snapshots.
    qsizetype checkWorkspace(const Place& place, const QString& when)
    {
        QString error;
        auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
        if (!ws) {
            QTest::qFail(qPrintable(when + QStringLiteral(": ") + error), __FILE__, __LINE__);
            return -1;
        }
        if (!ws->checkIntegrity(&error)) {
            QTest::qFail(qPrintable(when + QStringLiteral(": ") + error), __FILE__, __LINE__);
            return -1;
        }
        const QList<SnapshotInfo> snapshots = ws->snapshots();
        for (const SnapshotInfo& info : snapshots) {
            const auto data = ws->loadSnapshot(info.id, {}, &error);
            if (!data || !(shapeOf(*data) == m_shape)) {
                QTest::qFail(
                    qPrintable(QStringLiteral("%1: snapshot %2 is not whole %3").arg(when).arg(info.id).arg(error)),
                    __FILE__, __LINE__);
                return -1;
            }
        }
        const Run verify = place.run({arg("journal"), arg("verify"), arg("--workspace"), place.workspace()});
        if (verify.exitCode != 0 || !verify.out.contains("journal intact")) {
            QTest::qFail(qPrintable(when + QStringLiteral(": ") + QString::fromUtf8(verify.out + verify.err)), __FILE__,
                         __LINE__);
            return -1;
        }
        return snapshots.size();
    }

    // Puts every membership the plan removes back (as the root DN; present ones are skipped).
    bool restoreDirectory(QString* error)
    {
        QByteArray ldif;
        for (const auto& [account, group] : m_removals)
            ldif += "dn: " + group.toUtf8() + "\nchangetype: modify\nadd: member\nmember: " + account.toUtf8() + "\n\n";
        const auto result = SlapdFixture::runTool(arg("ldapmodify"),
                                                  {arg("-x"), arg("-c"), arg("-H"), m_slapd->ldapsUrl(), arg("-D"),
                                                   m_slapd->rootDn(), arg("-w"), SlapdFixture::rootPassword()},
                                                  m_slapd->caFile(), ldif);
        // -c: "already a member" (20) for the ones still there is expected.
        if (result.exitCode != 0 && result.exitCode != 20) {
            *error = QString::fromUtf8(result.err);
            return false;
        }
        return true;
    }

    bool isMember(const QString& account, const QString& group)
    {
        QString error;
        const QByteArray out = m_slapd->ldapsearch({arg("-b"), group, arg("-s"), arg("base"), arg("member")}, &error);
        return QString::fromUtf8(out).contains(QStringLiteral("member: ") + account, Qt::CaseInsensitive);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QVERIFY(m_dir.isValid());
        // The demo organisation (300 people) as LDIF, served by slapd.
        const Place demo = newPlace();
        const QString ldifPath = demo.root + QStringLiteral("/demo.ldif");
        const Run generated =
            demo.run({arg("demo"), arg("--workspace"), demo.workspace(), arg("--identities"), arg("300"), arg("--seed"),
                      arg("7"), arg("--as-of"), arg("2026-01-01"), arg("--ldif"), ldifPath});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QFile ldif(ldifPath);
        QVERIFY(ldif.open(QIODevice::ReadOnly));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(ldif.readAll(), &error), qPrintable(error + QString::fromUtf8(m_slapd->logTail())));
        m_passwordFile = m_dir.filePath(QStringLiteral("admin-password"));
        QFile password(m_passwordFile);
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8());
        password.close();

        m_synced = newPlace();
        QElapsedTimer clock;
        clock.start();
        const Run sync = m_synced.run(syncArguments(m_synced));
        m_syncMs = clock.elapsed();
        QVERIFY2(sync.exitCode == 0, (sync.out + sync.err).constData());
        auto ws = Workspace::open(m_synced.workspace(), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws && ws->snapshots().size() == 1, qPrintable(error));
        const auto data = ws->loadSnapshot(ws->snapshots().constFirst().id, {}, &error);
        QVERIFY2(data, qPrintable(error));
        m_shape = shapeOf(*data);

        // The campaign: groups holding accounts only (no nested groups), about 100 direct
        // memberships in all, every one but one a group revoked by the no-response policy at the close.
        QSet<quint32> holdsGroups;
        std::vector<qint64> accountMembers(data->entitlements.size(), 0);
        std::vector<QString> oneMember(data->entitlements.size());
        for (const Membership& m : data->memberships) {
            if (m.memberKind == MemberKind::Entitlement) {
                holdsGroups.insert(m.entitlement);
            } else {
                ++accountMembers[m.entitlement];
                oneMember[m.entitlement] = data->accounts[m.member].login;
            }
        }
        ws.reset();
        m_campaign = newPlace();
        QVERIFY(attest::test::copyPlace(m_synced, m_campaign));
        QStringList create{arg("review"),
                           arg("create"),
                           arg("--workspace"),
                           m_campaign.workspace(),
                           arg("--name"),
                           arg("LDAP"),
                           arg("--owner"),
                           kOwner,
                           arg("--fallback-reviewer"),
                           arg("100002"),
                           arg("--no-response"),
                           arg("revoke")};
        qint64 chosen = 0;
        for (std::size_t e = 0; e < data->entitlements.size() && chosen < 100; ++e) {
            if (holdsGroups.contains(quint32(e)) || accountMembers[e] < 2 || accountMembers[e] > 40 ||
                data->entitlements[e].dn.isEmpty())
                continue;
            // One member stays: a groupOfNames cannot lose its last member.
            create << arg("--entitlement") << data->entitlements[e].key << arg("--exclude")
                   << QStringLiteral("%1:%2:stays").arg(oneMember[e], data->entitlements[e].key);
            chosen += accountMembers[e] - 1;
        }
        QVERIFY2(chosen >= 50, qPrintable(QString::number(chosen)));
        const Run created = m_campaign.run(create);
        QVERIFY2(created.exitCode == 0, (created.out + created.err).constData());

        m_closed = newPlace();
        QVERIFY(attest::test::copyPlace(m_campaign, m_closed));
        const Run closed =
            m_closed.run(reviewArguments(m_closed, "close", {arg("--by"), kOwner, arg("--apply-no-response-policy")}));
        QVERIFY2(closed.exitCode == 0, (closed.out + closed.err).constData());
        ws = Workspace::open(m_closed.workspace(), Workspace::OpenMode::OpenExisting, &error);
        const auto loaded = review::load(*ws, 1, &error);
        QVERIFY2(loaded, qPrintable(error));
        const auto plan = review::remediationPlan(*ws, loaded->state, &error);
        QVERIFY2(plan, qPrintable(error));
        for (const review::PlannedChange& change : *plan) {
            QVERIFY2(!change.conflict, qPrintable(change.description()));
            m_removals.emplace_back(change.accountDn, change.groupDn);
        }
        QVERIFY2(m_removals.size() >= 50, qPrintable(QString::number(m_removals.size())));
        qInfo("sync of %zu accounts, %zu groups, %zu memberships: %lld ms; %zu removals planned", m_shape.accounts,
              m_shape.entitlements, m_shape.memberships, m_syncMs, m_removals.size());
    }

    void syncKilledLeavesTheWholeSnapshotOrNone()
    {
        int killed = 0;
        int killedCommitted = 0;
        std::vector<std::pair<int, bool>> points;
        for (const int delay : attest::test::killDelays(m_syncMs, 6))
            points.emplace_back(delay, false);
        points.emplace_back(0, true); // as soon as it starts writing
        for (const auto& [delay, walGrows] : points) {
            const Place place = newPlace();
            QVERIFY(attest::test::copyPlace(m_synced, place));
            const QString when = walGrows ? QStringLiteral("sync killed at its first write")
                                          : QStringLiteral("sync killed after %1 ms").arg(delay);
            const Attempt attempt = attest::test::runAndKill(place, syncArguments(place), delay, walGrows);
            if (!attempt.killed)
                QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
            const qsizetype snapshots = checkWorkspace(place, when);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(snapshots == 1 || snapshots == 2, qPrintable(when));
            QVERIFY2(attempt.killed || snapshots == 2, qPrintable(when));
            killed += attempt.killed ? 1 : 0;
            killedCommitted += attempt.killed && snapshots == 2 ? 1 : 0;
            // And it syncs again afterwards.
            const Run again = place.run(syncArguments(place));
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QCOMPARE(checkWorkspace(place, when + QStringLiteral(", then synced")), snapshots + 1);
        }
        QVERIFY2(killed > 0, "every sync ended before it was killed");
        qInfo("sync: %d of %zu runs killed, %d of them after the snapshot was committed", killed, points.size(),
              killedCommitted);
    }

    void syncAndDecisionsAtOnceLoseNothing()
    {
        const Place place = newPlace();
        QVERIFY(attest::test::copyPlace(m_campaign, place));
        QList<Lane> lanes;
        std::map<quint32, std::pair<QString, QString>> expected; // item → (decision, justification)
        for (int l = 0; l < 2; ++l) {
            Lane lane;
            for (int i = 0; i < 8; ++i) {
                const quint32 item = quint32(l * 8 + i);
                const QString decision = i % 2 ? arg("approve") : arg("revoke");
                const QString justification = QStringLiteral("lane %1, step %2").arg(l + 1).arg(i + 1);
                lane.steps.append(
                    {reviewArguments(place, "decide",
                                     {arg("--item"), QString::number(item + 1), arg("--decision"), decision,
                                      arg("--reviewer"), kOwner, arg("--justification"), justification})});
                expected[item] = {decision, justification};
            }
            lanes << lane;
        }
        Lane syncs;
        syncs.steps.append({syncArguments(place)});
        syncs.steps.append({syncArguments(place), 200});
        lanes << syncs;
        QVERIFY2(attest::test::runLanes(place, lanes), "the commands did not finish within two minutes");
        for (const Lane& lane : std::as_const(lanes)) {
            for (const Run& run : lane.results)
                QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        }
        QCOMPARE(checkWorkspace(place, arg("a sync and decisions at once")), qsizetype(3));
        if (QTest::currentTestFailed())
            return;
        QString error;
        auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
        const auto loaded = review::load(*ws, 1, &error);
        QVERIFY2(loaded, qPrintable(error));
        for (const auto& [item, decision] : expected) {
            qint64 found = 0;
            for (const DecisionRecord& r : loaded->history) {
                if (r.item == item && r.kind == DecisionRecord::Kind::Decision && r.justification == decision.second) {
                    ++found;
                    QCOMPARE(r.decision,
                             decision.first == QLatin1String("approve") ? Decision::Approve : Decision::Revoke);
                }
            }
            QVERIFY2(found == 1, qPrintable(QStringLiteral("item %1: %2 records").arg(item + 1).arg(found)));
            QCOMPARE(loaded->state.state(item).decision,
                     decision.first == QLatin1String("approve") ? Decision::Approve : Decision::Revoke);
        }
    }

    void remediationKilledAndRunAgainJournalsEachRemovalOnce()
    {
        const QStringList remediate = QStringList{arg("--by"), kOwner} + connection();
        const auto total = qint64(m_removals.size());
        QString error;
        // A clean run, for its duration.
        QVERIFY2(restoreDirectory(&error), qPrintable(error));
        const Place reference = newPlace();
        QVERIFY(attest::test::copyPlace(m_closed, reference));
        QElapsedTimer clock;
        clock.start();
        const Run clean = reference.run(reviewArguments(reference, "remediate", remediate));
        const qint64 duration = clock.elapsed();
        QVERIFY2(clean.exitCode == 0 && numberAfter(clean.out, "applied (\\d+),") == total,
                 (clean.out + clean.err).right(1500).constData());

        std::vector<std::pair<int, bool>> points;
        for (const int delay : attest::test::killDelays(duration, 6))
            points.emplace_back(delay, false);
        points.emplace_back(0, true);
        int killed = 0;
        int interruptedIntents = 0;
        int reportedDone = 0;
        int n = 0;
        for (const auto& [delay, walGrows] : points) {
            QVERIFY2(restoreDirectory(&error), qPrintable(error));
            const Place place = newPlace();
            QVERIFY(attest::test::copyPlace(m_closed, place));
            const QString when = walGrows ? QStringLiteral("remediate killed at its first write")
                                          : QStringLiteral("remediate killed after %1 ms").arg(delay);
            const Attempt attempt =
                attest::test::runAndKill(place, reviewArguments(place, "remediate", remediate), delay, walGrows);
            killed += attempt.killed ? 1 : 0;
            if (!attempt.killed)
                QVERIFY2(attempt.run.exitCode == 0, attempt.run.err.constData());
            checkWorkspace(place, when);
            if (QTest::currentTestFailed())
                return;
            {
                auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
                const auto verification = Journal::verify(*ws, &error);
                QVERIFY2(verification, qPrintable(error));
                interruptedIntents += int(verification->unresolvedIntents.size());
            }
            // Every other time the open intents are resolved by hand first; else the run does it.
            if (++n % 2 == 0) {
                const Run resolved = place.run(
                    QStringList{arg("journal"), arg("resolve"), arg("--workspace"), place.workspace()} + connection());
                QVERIFY2(resolved.exitCode == 0 && resolved.out.contains(" still open"),
                         (resolved.out + resolved.err).constData());
            }
            const Run again = place.run(reviewArguments(place, "remediate", remediate));
            QVERIFY2(again.exitCode == 0 && again.out.contains("failed 0"), (again.out + again.err).constData());
            const qint64 applied = numberAfter(again.out, "applied (\\d+),");
            const qint64 done = numberAfter(again.out, "already done (\\d+)");
            QVERIFY2(applied + done == total, again.out.constData());
            reportedDone += done > 0 ? 1 : 0;
            checkWorkspace(place, when + QStringLiteral(", then run again"));
            if (QTest::currentTestFailed())
                return;

            // The journal: no intent open, each named once, and exactly one "removed" per change
            // (an outcome that succeeded, or a resolution that read the removal back).
            auto ws = Workspace::open(place.workspace(), Workspace::OpenMode::OpenExisting, &error);
            const auto records = ws->journalRecords(&error);
            QVERIFY2(records, qPrintable(error));
            QVERIFY(Journal::unresolvedIntents(*records).empty());
            std::map<qint64, int> namings;
            std::map<std::pair<QString, QString>, int> removed;
            for (const JournalRecord& r : *records) {
                const QJsonObject parameters = parametersOf(r);
                if (parameters.contains(Journal::kIntentParameter))
                    ++namings[parameters.value(Journal::kIntentParameter).toInteger()];
                const bool outcome =
                    r.action == QLatin1String("group.remove-member") && r.result == QLatin1String("success");
                const bool readBack =
                    r.action == QLatin1String("group.remove-member") + Journal::kResolutionSuffix &&
                    parameters.value(QStringLiteral("outcome")).toString() == QLatin1String("applied");
                if (outcome || readBack)
                    ++removed[{r.target, parameters.value(QStringLiteral("group")).toString()}];
            }
            for (const auto& [intent, count] : namings)
                QVERIFY2(count == 1,
                         qPrintable(QStringLiteral("%1: record %2 named %3 times").arg(when).arg(intent).arg(count)));
            for (const auto& [account, group] : m_removals) {
                const int count = removed[{account, group}];
                QVERIFY2(count == 1, qPrintable(QStringLiteral("%1: %2 from %3 journaled as removed %4 times")
                                                    .arg(when, account, group)
                                                    .arg(count)));
            }
            for (std::size_t i = 0; i < m_removals.size(); i += 17)
                QVERIFY(!isMember(m_removals[i].first, m_removals[i].second));
        }
        QVERIFY2(killed > 0, "every remediation ended before it was killed");
        QVERIFY2(reportedDone > 0, "no run again found work already done");
        qInfo("remediate (%lld removals, %lld ms): %d of %zu runs killed; %d intents left open by the kills", total,
              duration, killed, points.size(), interruptedIntents);
    }

    void cleanupTestCase() { m_slapd.reset(); }
};

ATTEST_REGISTER_TEST(TestLdapCrashSafety, "ldapcrashsafety")
#include "tst_ldapcrashsafety.moc"
