#include "testregistry.h"

#include "analysis/exceptions.h"
#include "analysis/sodpolicy.h"
#include "app/analysiscases.h"
#include "audit/journal.h"
#include "domain/personresolver.h"
#include "domain/snapshot.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

// The dashboard's use cases as the console and the command line call them: a valid request is
// written with its journal record, an invalid one is refused with a clear error naming the field
// and writes nothing, and when the journal record cannot be written the change is not made either.
class TestAnalysisCases : public QObject
{
    Q_OBJECT

private:
    static constexpr Timestamp kDay = 24 * 3600 * 1000LL;
    QTemporaryDir m_dir;
    std::vector<Identity> m_identities;
    std::vector<Account> m_accounts;
    std::unique_ptr<PersonResolver> m_people;

    std::unique_ptr<Workspace> newWorkspace(const QString& name)
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing, &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        return ws;
    }
    static qsizetype journalSize(const Workspace& ws)
    {
        QString error;
        const auto records = ws.journalRecords(&error);
        return records ? qsizetype(records->size()) : -1;
    }
    app::AcceptExceptionsRequest validRequest() const
    {
        app::AcceptExceptionsRequest request;
        request.sourceId = 1;
        request.measureId = QStringLiteral("orphans.accounts");
        request.findings = {{QStringLiteral("uid=svc"), QStringLiteral("svc")},
                            {QStringLiteral("uid=batch"), QStringLiteral("batch")}};
        request.reason = QStringLiteral("vendor accounts until the migration");
        request.approver = QStringLiteral("ciso@example.org");
        request.expires = QDateTime::currentMSecsSinceEpoch() + 30 * kDay;
        return request;
    }
    // Makes every later journal append fail: the workspace's journal key is replaced by garbage.
    static bool breakJournalKey(Workspace& ws)
    {
        QString error;
        const QString path = Journal::keyPath(ws, &error);
        QFile file(path);
        return !path.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write("not a key") > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Identity ciso;
        ciso.key = QStringLiteral("ciso");
        ciso.displayName = QStringLiteral("Chief Information Security Officer");
        ciso.email = QStringLiteral("ciso@example.org");
        Identity p1;
        p1.key = QStringLiteral("priya1");
        p1.displayName = QStringLiteral("Priya Müller");
        Identity p2 = p1;
        p2.key = QStringLiteral("priya2");
        m_identities = {ciso, p1, p2};
        m_people = std::make_unique<PersonResolver>(m_identities, m_accounts);
    }

    void acceptExceptionsWritesThemWithTheirJournalRecords()
    {
        auto ws = newWorkspace(QStringLiteral("accept.attest"));
        QVERIFY(ws);
        const app::AcceptExceptionsResult result = app::acceptExceptions(*ws, *m_people, validRequest());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.accepted, qint64(2));
        QString error;
        const auto stored = analysis::loadExceptions(*ws, &error);
        QCOMPARE(stored.size(), std::size_t(2));
        QCOMPARE(stored.front().approverKey, QStringLiteral("ciso"));
        QCOMPARE(stored.front().approver, QStringLiteral("Chief Information Security Officer"));
        const auto journal = ws->journalRecords(&error);
        QVERIFY(journal);
        QCOMPARE(journal->size(), std::size_t(2));
        QCOMPARE(journal->back().action, QStringLiteral("analysis.exception.accept"));
        QCOMPARE(journal->back().reason, QStringLiteral("vendor accounts until the migration"));
        // Accepting the same finding again replaces it: no duplicate.
        auto again = validRequest();
        again.findings.resize(1);
        QVERIFY(app::acceptExceptions(*ws, *m_people, again).ok);
        QCOMPARE(analysis::loadExceptions(*ws, &error).size(), std::size_t(2));
    }

    void acceptExceptionsRefusesABadEntry_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("approver");
        QTest::addColumn<qint64>("expiresInDays");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no reason") << QString() << QStringLiteral("ciso") << qint64(30)
                                   << int(analysis::ExceptionField::Reason) << QStringLiteral("needs a reason");
        QTest::newRow("blank reason") << QStringLiteral("   ") << QStringLiteral("ciso") << qint64(30)
                                      << int(analysis::ExceptionField::Reason) << QStringLiteral("needs a reason");
        QTest::newRow("reason too long") << QString(analysis::kMaxExceptionReason + 1, QLatin1Char('x'))
                                         << QStringLiteral("ciso") << qint64(30)
                                         << int(analysis::ExceptionField::Reason) << QStringLiteral("at most 2000");
        QTest::newRow("no approver") << QStringLiteral("why") << QString() << qint64(30)
                                     << int(analysis::ExceptionField::Approver) << QStringLiteral("an approver");
        QTest::newRow("unknown approver")
            << QStringLiteral("why") << QStringLiteral("CISO office") << qint64(30)
            << int(analysis::ExceptionField::Approver) << QStringLiteral("No identity matches");
        QTest::newRow("ambiguous approver") << QStringLiteral("why") << QStringLiteral("priya müller") << qint64(30)
                                            << int(analysis::ExceptionField::Approver) << QStringLiteral("priya2");
        QTest::newRow("expired") << QStringLiteral("why") << QStringLiteral("ciso") << qint64(-1)
                                 << int(analysis::ExceptionField::Expiry) << QStringLiteral("not in the future");
    }
    void acceptExceptionsRefusesABadEntry()
    {
        QFETCH(QString, reason);
        QFETCH(QString, approver);
        QFETCH(qint64, expiresInDays);
        QFETCH(int, field);
        QFETCH(QString, message);
        auto ws = newWorkspace(QStringLiteral("refuse-%1.attest").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(ws);
        auto request = validRequest();
        request.reason = reason;
        request.approver = approver;
        request.expires = QDateTime::currentMSecsSinceEpoch() + expiresInDays * kDay;
        // The dialog's check and the use case's refusal are one rule.
        const analysis::ExceptionCheck check = analysis::checkExceptionEntry(
            {request.reason, request.approver, request.expires}, *m_people, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(int(check.field), field);
        const app::AcceptExceptionsResult result = app::acceptExceptions(*ws, *m_people, request);
        QVERIFY(!result.ok);
        QCOMPARE(int(result.field), field);
        QCOMPARE(result.error, check.error);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QString error;
        QVERIFY(analysis::loadExceptions(*ws, &error).empty());
        QCOMPARE(journalSize(*ws), qsizetype(0));
    }

    void acceptExceptionsRefusesAFindingOfAMeasureWithoutList()
    {
        auto ws = newWorkspace(QStringLiteral("measure.attest"));
        QVERIFY(ws);
        auto request = validRequest();
        request.measureId = QStringLiteral("orphans.acounts");
        app::AcceptExceptionsResult result = app::acceptExceptions(*ws, *m_people, request);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("orphans.acounts")), qPrintable(result.error));
        request = validRequest();
        request.findings.clear();
        result = app::acceptExceptions(*ws, *m_people, request);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QString error;
        QVERIFY(analysis::loadExceptions(*ws, &error).empty());
        QCOMPARE(journalSize(*ws), qsizetype(0));
    }

    void withdrawExceptionWritesItsRecordOrNothing()
    {
        auto ws = newWorkspace(QStringLiteral("withdraw.attest"));
        QVERIFY(ws);
        QVERIFY(app::acceptExceptions(*ws, *m_people, validRequest()).ok);
        const app::WithdrawExceptionRequest request{1, QStringLiteral("orphans.accounts"), QStringLiteral("uid=svc")};
        app::WithdrawExceptionResult result = app::withdrawException(*ws, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QString error;
        QCOMPARE(analysis::loadExceptions(*ws, &error).size(), std::size_t(1));
        const auto journal = ws->journalRecords(&error);
        QCOMPARE(journal->size(), std::size_t(3));
        QCOMPARE(journal->back().action, QStringLiteral("analysis.exception.withdraw"));
        // Withdrawing it again is refused with a reason, nothing written.
        result = app::withdrawException(*ws, request);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("no accepted exception")), qPrintable(result.error));
        QCOMPARE(journalSize(*ws), qsizetype(3));
    }

    void saveSodPolicyValidatesAndJournals()
    {
        auto ws = newWorkspace(QStringLiteral("sod.attest"));
        QVERIFY(ws);
        app::SaveSodPolicyRequest request;
        request.policy.rules.push_back(
            {QStringLiteral("Pay and approve"), QString(), {QStringLiteral("Payments"), QStringLiteral("Approvals")}});
        app::SaveSodPolicyResult result = app::saveSodPolicy(*ws, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rules, qint64(1));
        QString error;
        QCOMPARE(analysis::loadSodPolicy(*ws, &error).rules.size(), std::size_t(1));
        QCOMPARE(journalSize(*ws), qsizetype(1));

        // Ill-formed rules are refused, the rule named, and the saved policy stays.
        const std::vector<std::pair<analysis::SodRule, QString>> bad{
            {{QString(), QString(), {QStringLiteral("a"), QStringLiteral("b")}}, QStringLiteral("has no name")},
            {{QStringLiteral("One"), QString(), {QStringLiteral("a"), QStringLiteral("A")}},
             QStringLiteral("two different")},
            {{QStringLiteral("Blank"), QString(), {QStringLiteral("a"), QStringLiteral(" ")}},
             QStringLiteral("empty entitlement")},
            {{QStringLiteral("pay and approve"), QString(), {QStringLiteral("a"), QStringLiteral("b")}},
             QStringLiteral("Two separation-of-duties rules")},
        };
        for (const auto& [rule, message] : bad) {
            app::SaveSodPolicyRequest wrong = request;
            wrong.policy.rules.push_back(rule);
            result = app::saveSodPolicy(*ws, wrong);
            QVERIFY(!result.ok);
            QCOMPARE(result.badRule, 1);
            QVERIFY2(result.error.contains(message), qPrintable(result.error));
            QCOMPARE(analysis::loadSodPolicy(*ws, &error).rules.size(), std::size_t(1));
            QCOMPARE(journalSize(*ws), qsizetype(1));
        }
    }

    void aChangeThatCannotBeJournaledIsNotMade()
    {
        auto ws = newWorkspace(QStringLiteral("nojournal.attest"));
        QVERIFY(ws);
        auto first = validRequest();
        first.findings.resize(1);
        QVERIFY(app::acceptExceptions(*ws, *m_people, first).ok); // creates the journal key
        app::SaveSodPolicyRequest sod;
        sod.policy.rules.push_back(
            {QStringLiteral("Pay and approve"), QString(), {QStringLiteral("Payments"), QStringLiteral("Approvals")}});
        QVERIFY(app::saveSodPolicy(*ws, sod).ok);
        QVERIFY(breakJournalKey(*ws));
        QString error;

        const app::AcceptExceptionsResult accepted = app::acceptExceptions(*ws, *m_people, validRequest());
        QVERIFY(!accepted.ok);
        QVERIFY(!accepted.error.isEmpty());
        QCOMPARE(analysis::loadExceptions(*ws, &error).size(), std::size_t(1)); // the second finding is not there

        const app::WithdrawExceptionResult withdrawn =
            app::withdrawException(*ws, {1, QStringLiteral("orphans.accounts"), QStringLiteral("uid=svc")});
        QVERIFY(!withdrawn.ok);
        QCOMPARE(analysis::loadExceptions(*ws, &error).size(), std::size_t(1)); // still accepted

        app::SaveSodPolicyRequest other;
        other.policy.rules.push_back({QStringLiteral("Other"), QString(), {QStringLiteral("x"), QStringLiteral("y")}});
        const app::SaveSodPolicyResult saved = app::saveSodPolicy(*ws, other);
        QVERIFY(!saved.ok);
        QCOMPARE(analysis::loadSodPolicy(*ws, &error).rules.front().name, QStringLiteral("Pay and approve"));
        QCOMPARE(journalSize(*ws), qsizetype(2));
    }
};

ATTEST_REGISTER_TEST(TestAnalysisCases, "analysiscases")

#include "tst_analysiscases.moc"
