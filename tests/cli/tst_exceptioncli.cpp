#include "testregistry.h"

#include "clitestsupport.h"

#include "analysis/analysis.h"
#include "app/analysiscases.h"
#include "audit/journal.h"
#include "domain/personresolver.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using attest::test::Run;
using attest::test::runAttest;
using namespace attest;

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList keysOf(const QString& json)
{
    QStringList keys = QJsonDocument::fromJson(json.toUtf8()).object().keys();
    keys.sort();
    return keys;
}

} // namespace

// `attest exception list|accept|withdraw` and `attest sod show|set` on the demo organisation: the
// command line and the dashboard write through the same use cases (core/app/analysiscases.h), so
// what one writes the other reads, a bad entry is refused with the dashboard's own message and
// writes nothing, and the journal cannot tell them apart but by who ran them.
class TestExceptionCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    std::optional<analysis::Analysis> m_analysis; // the newest snapshot, as the dashboard measures it
    std::unique_ptr<PersonResolver> m_people;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(arg("XDG_DATA_HOME"), m_dir.filePath(arg("data")));
        e.insert(arg("ATTEST_NO_KEYCHAIN"), arg("1"));
        return e;
    }
    Run attest(const QStringList& command, const QStringList& options = {})
    {
        return runAttest(command + QStringList{arg("--workspace"), m_workspace} + options, env());
    }
    std::unique_ptr<Workspace> open()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        return ws;
    }
    qsizetype journalSize()
    {
        QString error;
        const auto records = open()->journalRecords(&error);
        return records ? qsizetype(records->size()) : -1;
    }
    std::optional<JournalRecord> lastRecord()
    {
        QString error;
        const auto records = open()->journalRecords(&error);
        if (!records || records->empty())
            return std::nullopt;
        return records->back();
    }
    const analysis::Measure& measure(analysis::MeasureId id) const { return *m_analysis->metrics.measure(id); }
    QString keyOf(const analysis::Measure& m, std::size_t i) const
    {
        return analysis::subjectKey(*m_analysis->data, m.subjects.at(i));
    }
    // What the dashboard does when its dialog is accepted: the use case, on the measured snapshot.
    app::AcceptExceptionsResult dashboardAccept(const analysis::Measure& m, std::size_t i, const QString& reason,
                                                const QString& approver, Timestamp expires)
    {
        app::AcceptExceptionsRequest request;
        request.sourceId = m_analysis->metrics.snapshot.sourceId;
        request.measureId = m.key();
        request.findings.push_back({keyOf(m, i), analysis::subjectLabel(*m_analysis->data, m.subjects.at(i))});
        request.reason = reason;
        request.approver = approver;
        request.expires = expires;
        return app::acceptExceptions(*open(), *m_people, request);
    }
    static QString nextYear() { return QDate::currentDate().addYears(1).toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(arg("demo.attest"));
        const Run run =
            runAttest({arg("demo"), arg("--workspace"), m_workspace, arg("--identities"), arg("400")}, env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // This process writes to the same journal as the attest processes: it makes the key, and
        // puts it where they look for it (the folder crashsafetysupport.h names too).
        QString error;
        auto ws = open();
        QVERIFY(ws);
        QVERIFY2(Journal::loadOrCreateKey(*ws, &error), qPrintable(error));
        const QString folder = m_dir.filePath(arg("data/Attest/attest/journal-keys"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(
            QFile::copy(Journal::keyPath(*ws, &error), QDir(folder).filePath(ws->workspaceId(&error) + arg(".pem"))));
        m_analysis = analysis::analyse(*ws, {}, {}, &error);
        QVERIFY2(m_analysis, qPrintable(error));
        m_people = std::make_unique<PersonResolver>(m_analysis->data->identities, m_analysis->data->accounts);
        QVERIFY(measure(analysis::MeasureId::StaleAccounts).subjects.size() >= 4);
    }

    void acceptedOnTheCommandLineIsWhatTheDashboardReads()
    {
        const analysis::Measure& stale = measure(analysis::MeasureId::StaleAccounts);
        const QString subject = keyOf(stale, 0);
        const QString approver = m_analysis->data->identities.front().key;
        const Run run = attest({arg("exception"), arg("accept")},
                               {arg("--measure"), stale.key(), arg("--subject"), subject, arg("--approver"), approver,
                                arg("--reason"), arg("Kept for the audit"), arg("--expires"), nextYear()});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        QString error;
        auto ws = open();
        const std::vector<analysis::AcceptedException> list = analysis::loadExceptions(*ws, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&](const analysis::AcceptedException& e) { return e.subjectKey == subject; });
        QVERIFY(it != list.end());
        QCOMPARE(it->measureId, stale.key());
        QCOMPARE(it->sourceId, m_analysis->metrics.snapshot.sourceId);
        QCOMPARE(it->approverKey, approver);
        QCOMPARE(it->reason, arg("Kept for the audit"));
        QCOMPARE(it->subjectLabel, analysis::subjectLabel(*m_analysis->data, stale.subjects.front()));
        QCOMPARE(it->expires, analysis::expiryAtEndOf(QDate::currentDate().addYears(1)));
        // Measured again as the dashboard does, the finding has left the count.
        const auto again = analysis::analyse(*ws, {}, {}, &error);
        QVERIFY2(again, qPrintable(error));
        const analysis::Measure* after = again->metrics.measure(analysis::MeasureId::StaleAccounts);
        QCOMPARE(after->subjects.size(), stale.subjects.size() - 1);
        QCOMPARE(after->excepted.size(), stale.excepted.size() + 1);
    }

    void acceptedInTheDashboardIsListedAndWithdrawnOnTheCommandLine()
    {
        const analysis::Measure& stale = measure(analysis::MeasureId::StaleAccounts);
        const Timestamp expires = analysis::expiryAtEndOf(QDate::currentDate().addDays(30));
        const app::AcceptExceptionsResult accepted =
            dashboardAccept(stale, 1, arg("Migration pending"), m_analysis->data->identities.at(1).key, expires);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));

        const QString subject = keyOf(stale, 1);
        Run run = attest({arg("exception"), arg("list")}, {arg("--format"), arg("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject listed;
        for (const QJsonValue& v : QJsonDocument::fromJson(run.out).array()) {
            if (v.toObject().value(arg("subject")).toString() == subject)
                listed = v.toObject();
        }
        QVERIFY2(!listed.isEmpty(), run.out.constData());
        QCOMPARE(listed.value(arg("measure")).toString(), stale.key());
        QCOMPARE(listed.value(arg("reason")).toString(), arg("Migration pending"));
        QCOMPARE(listed.value(arg("approverKey")).toString(), m_analysis->data->identities.at(1).key);
        QCOMPARE(listed.value(arg("expires")).toString(), toIsoString(expires));
        QVERIFY(listed.value(arg("active")).toBool());

        const qsizetype before = journalSize();
        run = attest({arg("exception"), arg("withdraw")},
                     {arg("--source"), QString::number(listed.value(arg("source")).toInteger()), arg("--measure"),
                      stale.key(), arg("--subject"), subject});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        const auto list = analysis::loadExceptions(*open(), &error);
        QVERIFY(std::none_of(list.begin(), list.end(),
                             [&](const analysis::AcceptedException& e) { return e.subjectKey == subject; }));
        QCOMPARE(journalSize(), before + 1);
        QCOMPARE(lastRecord()->action, arg("analysis.exception.withdraw"));

        // Withdrawing it again is refused with the use case's message.
        run = attest({arg("exception"), arg("withdraw")},
                     {arg("--source"), QString::number(listed.value(arg("source")).toInteger()), arg("--measure"),
                      stale.key(), arg("--subject"), subject});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("There is no accepted exception for that finding."), run.err.constData());
        QCOMPARE(journalSize(), before + 1);
    }

    void badEntryIsRefusedWithTheDialogsMessage_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("approver");
        QTest::addColumn<int>("expiresInDays");
        QTest::newRow("no reason") << QString() << arg("100001") << 30;
        QTest::newRow("approver matching nobody") << arg("why") << arg("nobody-at-all") << 30;
        QTest::newRow("expiry in the past") << arg("why") << arg("100001") << -1;
    }
    void badEntryIsRefusedWithTheDialogsMessage()
    {
        QFETCH(QString, reason);
        QFETCH(QString, approver);
        QFETCH(int, expiresInDays);
        const analysis::Measure& stale = measure(analysis::MeasureId::StaleAccounts);
        const QDate expiry = QDate::currentDate().addDays(expiresInDays);
        // The message the dashboard's dialog shows for this entry.
        const analysis::ExceptionCheck check = analysis::checkExceptionEntry(
            {reason, approver, analysis::expiryAtEndOf(expiry)}, *m_people, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!check.ok());

        QString error;
        const QString storedBefore = open()->setting(arg("analysis.exceptions"));
        const qsizetype journalBefore = journalSize();
        QStringList options{arg("--measure"),  stale.key(), arg("--subject"), keyOf(stale, 2),
                            arg("--approver"), approver,    arg("--expires"), expiry.toString(Qt::ISODate)};
        if (!reason.isEmpty())
            options << arg("--reason") << reason;
        const Run run = attest({arg("exception"), arg("accept")}, options);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err).trimmed(), arg("attest: ") + check.error);
        QCOMPARE(journalSize(), journalBefore);
        QCOMPARE(open()->setting(arg("analysis.exceptions")), storedBefore);
    }

    void aSubjectThatIsNoFindingIsRefused()
    {
        const qsizetype before = journalSize();
        const Run run =
            attest({arg("exception"), arg("accept")},
                   {arg("--measure"), arg("stale.accounts"), arg("--subject"), arg("no-such-account"),
                    arg("--approver"), arg("100001"), arg("--reason"), arg("why"), arg("--expires"), nextYear()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("\"no-such-account\" is not a finding of stale.accounts"), run.err.constData());
        QCOMPARE(journalSize(), before);
    }

    void journalRecordsOfBothPathsHaveTheSameShape()
    {
        const analysis::Measure& stale = measure(analysis::MeasureId::StaleAccounts);
        const Run run =
            attest({arg("exception"), arg("accept")},
                   {arg("--measure"), stale.key(), arg("--subject"), keyOf(stale, 3), arg("--approver"), arg("100001"),
                    arg("--reason"), arg("from the command line"), arg("--expires"), nextYear()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const std::optional<JournalRecord> cli = lastRecord();
        QVERIFY(cli);
        const app::AcceptExceptionsResult accepted =
            dashboardAccept(stale, 2, arg("from the dashboard"), arg("100001"),
                            analysis::expiryAtEndOf(QDate::currentDate().addYears(1)));
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        const std::optional<JournalRecord> dashboard = lastRecord();
        QVERIFY(dashboard);
        QCOMPARE(dashboard->sequence, cli->sequence + 1);
        QCOMPARE(cli->action, arg("analysis.exception.accept"));
        QCOMPARE(dashboard->action, cli->action);
        QCOMPARE(keysOf(dashboard->parameters), keysOf(cli->parameters));
        QCOMPARE(dashboard->result, cli->result);
        QCOMPARE(cli->reason, arg("from the command line"));
        QCOMPARE(dashboard->reason, arg("from the dashboard"));
        QCOMPARE(cli->target,
                 stale.key() + QLatin1Char(' ') + analysis::subjectLabel(*m_analysis->data, stale.subjects.at(3)));
        QCOMPARE(dashboard->target,
                 stale.key() + QLatin1Char(' ') + analysis::subjectLabel(*m_analysis->data, stale.subjects.at(2)));
        // One chain, signed with one key, whichever path wrote it.
        const Run verify = attest({arg("journal"), arg("verify")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
    }

    void sodPolicyWithAnIllFormedRuleIsRefusedNamingIt()
    {
        const QString file = m_dir.filePath(arg("bad-policy.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"rules": [{"name": "Admins and auditors", "entitlements": ["Domain Admins", "Auditors"]},
                               {"name": "Lonely rule", "entitlements": ["Domain Admins", "domain admins"]}]})");
        out.close();
        QString error;
        const QString json = QString::fromUtf8([&] {
            QFile in(file);
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        }());
        const auto policy = analysis::SodPolicy::parseJson(json, &error);
        QVERIFY2(policy, qPrintable(error));
        // What the dashboard's policy dialog is told for the same policy (refused: nothing written).
        const app::SaveSodPolicyResult refused = app::saveSodPolicy(*open(), {*policy});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.badRule, 1);

        const QString storedBefore = open()->setting(arg("analysis.sod"));
        const qsizetype journalBefore = journalSize();
        const Run run = attest({arg("sod"), arg("set")}, {arg("--file"), file});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err).trimmed(), arg("attest: ") + refused.error);
        QVERIFY(refused.error.contains(arg("Lonely rule")));
        QCOMPARE(journalSize(), journalBefore);
        QCOMPARE(open()->setting(arg("analysis.sod")), storedBefore);
    }

    void sodPolicySetOnTheCommandLineIsWhatTheDashboardReads()
    {
        const QString file = m_dir.filePath(arg("policy.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"rules": [{"name": "Admins and auditors", "description": "Four eyes",
                                 "entitlements": ["Domain Admins", "Auditors"]}]})");
        out.close();
        const qsizetype journalBefore = journalSize();
        Run run = attest({arg("sod"), arg("set")}, {arg("--file"), file});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(journalSize(), journalBefore + 1);

        QString error;
        const analysis::SodPolicy stored = analysis::loadSodPolicy(*open(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.rules.size(), std::size_t(1));
        QCOMPARE(stored.rules[0].name, arg("Admins and auditors"));
        QCOMPARE(stored.rules[0].description, arg("Four eyes"));
        QCOMPARE(stored.rules[0].entitlements, QStringList({arg("Domain Admins"), arg("Auditors")}));

        // Saved by the dashboard's use case, shown by the command line, and read back by sod set.
        analysis::SodPolicy next = stored;
        next.rules.push_back({arg("Payroll"), {}, {arg("Payroll Admins"), arg("Payroll Approvers")}});
        const app::SaveSodPolicyResult saved = app::saveSodPolicy(*open(), {next});
        QVERIFY2(saved.ok, qPrintable(saved.error));
        run = attest({arg("sod"), arg("show")}, {arg("--format"), arg("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto shown = analysis::SodPolicy::fromJson(QString::fromUtf8(run.out), &error);
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(shown->rules.size(), std::size_t(2));
        QCOMPARE(shown->rules[1].name, arg("Payroll"));
        QCOMPARE(shown->rules[1].entitlements, next.rules[1].entitlements);
        run = attest({arg("sod"), arg("show")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> rows = attest::test::parseCsv(run.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], QStringList({arg("name"), arg("description"), arg("entitlements")}));
        QCOMPARE(rows[2].value(0), arg("Payroll"));
    }
};

ATTEST_REGISTER_TEST(TestExceptionCli, "exceptioncli")
#include "tst_exceptioncli.moc"
