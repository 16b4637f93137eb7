#include "testregistry.h"

#include "slapdfixture.h"

#include "app/connectorregistry.h"
#include "app/directorychanges.h"
#include "audit/journal.h"
#include "connectors/journaledchange.h"
#include "connectors/ldap/directorychange.h"
#include "connectors/ldap/intentresolution.h"
#include "connectors/ldap/ldapconnection.h"
#include "connectors/ldap/ldapconnector.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace attest;
using attest::test::SlapdFixture;

class TestDirectoryChanges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    QString m_workspace;

    QString people(const char* uid) const
    {
        return QStringLiteral("uid=%1,ou=People,").arg(QLatin1String(uid)) + m_slapd->baseDn();
    }
    QString group(const char* cn) const
    {
        return QStringLiteral("cn=%1,ou=Groups,").arg(QLatin1String(cn)) + m_slapd->baseDn();
    }

    QString passwordFile(SlapdFixture::Role role)
    {
        const QString path = m_dir.filePath(QStringLiteral("password-%1").arg(int(role)));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(SlapdFixture::password(role).toUtf8());
        return path;
    }

    // Runs attest bound as role; returns exit code and stdout+stderr (stdout alone in *stdoutOnly).
    std::pair<int, QByteArray> attest(SlapdFixture::Role role, const QStringList& arguments,
                                      QByteArray* stdoutOnly = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(ATTEST_BINARY),
                      arguments + QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--url"),
                                              m_slapd->ldapsUrl(), QStringLiteral("--base"), m_slapd->baseDn(),
                                              QStringLiteral("--ca-file"), m_slapd->caFile(),
                                              QStringLiteral("--bind-dn"), m_slapd->dn(role),
                                              QStringLiteral("--password-file"), passwordFile(role)});
        process.waitForFinished(60000);
        const QByteArray out = process.readAllStandardOutput();
        if (stdoutOnly)
            *stdoutOnly = out;
        return {process.exitCode(), out + process.readAllStandardError()};
    }

    bool canBind(const QString& dn, const QString& password)
    {
        const auto result = SlapdFixture::runTool(QStringLiteral("ldapwhoami"),
                                                  {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),
                                                   QStringLiteral("-D"), dn, QStringLiteral("-w"), password},
                                                  m_slapd->caFile());
        return result.exitCode == 0;
    }

    QByteArray readAsAdmin(const QString& dn, const QString& attribute)
    {
        const auto result = SlapdFixture::runTool(
            QStringLiteral("ldapsearch"),
            {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
             QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"), m_slapd->adminDn(), QStringLiteral("-w"),
             SlapdFixture::password(SlapdFixture::Role::Admin), QStringLiteral("-b"), dn, QStringLiteral("-s"),
             QStringLiteral("base"), attribute},
            m_slapd->caFile());
        return result.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("changes.attest"));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
    }

    void groupMembershipChangesAreVerified()
    {
        const QStringList add{QStringLiteral("group"),    QStringLiteral("add-member"), QStringLiteral("--group"),
                              group("Engineering"),       QStringLiteral("--account"),  people("carol"),
                              QStringLiteral("--ticket"), QStringLiteral("CHG-1")};
        auto [code, out] = attest(SlapdFixture::Role::Admin, add);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(out.contains("verified"));
        QVERIFY(readAsAdmin(group("Engineering"), QStringLiteral("member")).contains("uid=carol"));

        QStringList remove = add;
        remove[1] = QStringLiteral("remove-member");
        std::tie(code, out) = attest(SlapdFixture::Role::Admin, remove);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(!readAsAdmin(group("Engineering"), QStringLiteral("member")).contains("uid=carol"));
        std::tie(code, out) = attest(SlapdFixture::Role::Admin, remove);
        QVERIFY2(code == 0 && out.contains("was not a member"), out.constData());
    }

    void readerMayNotChangeAnything()
    {
        auto [code, out] = attest(SlapdFixture::Role::Reader,
                                  {QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("--group"),
                                   group("Engineering"), QStringLiteral("--account"), people("carol")});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("insufficient access"), out.constData());
    }

    void missingEntriesAreNamed()
    {
        auto [code, out] = attest(SlapdFixture::Role::Admin, {QStringLiteral("account"), QStringLiteral("disable"),
                                                              QStringLiteral("--account"), people("nobody")});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("does not exist"), out.constData());
    }

    void disableAndEnable()
    {
        const QString bob = people("bob");
        QVERIFY(canBind(bob, SlapdFixture::userPassword()));
        auto [code, out] = attest(SlapdFixture::Role::Admin, {QStringLiteral("account"), QStringLiteral("disable"),
                                                              QStringLiteral("--account"), bob});
        QVERIFY2(code == 0, out.constData());
        QVERIFY(!canBind(bob, SlapdFixture::userPassword()));
        // Unlocking a disabled account is refused: it would be an enable in disguise.
        std::tie(code, out) = attest(SlapdFixture::Role::Helpdesk, {QStringLiteral("account"), QStringLiteral("unlock"),
                                                                    QStringLiteral("--account"), bob});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("disabled, not locked"), out.constData());
        std::tie(code, out) = attest(SlapdFixture::Role::Admin, {QStringLiteral("account"), QStringLiteral("enable"),
                                                                 QStringLiteral("--account"), bob});
        QVERIFY2(code == 0, out.constData());
        QVERIFY(canBind(bob, SlapdFixture::userPassword()));
    }

    // The command line and the help desk go through one use case: their journal records have the
    // same shape (an intent, then an outcome naming it, with the same fields and parameters).
    void commandLineAndHelpdeskJournalAlike()
    {
        const QString bob = people("bob");
        auto [code, out] = attest(SlapdFixture::Role::Admin,
                                  {QStringLiteral("account"), QStringLiteral("disable"), QStringLiteral("--account"),
                                   bob, QStringLiteral("--ticket"), QStringLiteral("INC-7")});
        QVERIFY2(code == 0, out.constData());
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto afterCli = ws->journalRecords(&error);
        QVERIFY2(afterCli && afterCli->size() >= 2, qPrintable(error));
        const JournalRecord cliIntent = afterCli->at(afterCli->size() - 2);
        const JournalRecord cliOutcome = afterCli->back();

        // The help desk: the saved source's connector, as the console's help desk runs it (in a
        // workspace of this process, whose journal key is this process's).
        ws = Workspace::open(m_dir.filePath(QStringLiteral("helpdesk.attest")), Workspace::OpenMode::CreateIfMissing,
                             &error);
        QVERIFY2(ws, qPrintable(error));
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        const auto source = ws->addSource(QStringLiteral("helpdesk"), app::ConnectorRegistry::directoryKind(),
                                          settings.toJson(), &error);
        QVERIFY2(source, qPrintable(error));
        app::DirectoryChangesRequest request;
        request.sourceId = *source;
        request.secret = SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8();
        DirectoryChange enable;
        enable.kind = DirectoryChange::Kind::Enable;
        enable.target = bob;
        enable.ticket = QStringLiteral("INC-7");
        request.changes = {enable};
        const app::DirectoryChangesResult result = app::applyDirectoryChanges(*ws, std::move(request));
        QVERIFY2(result.ok && result.allVerified(), qPrintable(result.error));
        QVERIFY(canBind(bob, SlapdFixture::userPassword()));
        const JournalRecord& deskIntent = *result.runs.front().intent;
        const JournalRecord& deskOutcome = *result.runs.front().record;

        const auto shape = [](const JournalRecord& record) {
            QStringList fields = QJsonDocument::fromJson(record.parameters.toUtf8()).object().keys();
            fields << QStringLiteral("action:%1")
                          .arg(record.action.section(QLatin1Char('.'), -1) == QLatin1String("intent"));
            fields << QStringLiteral("result:%1").arg(record.result.section(QLatin1Char(':'), 0, 0));
            fields << QStringLiteral("verification:%1").arg(!record.verification.isEmpty());
            fields << QStringLiteral("bind:%1").arg(record.bindIdentity);
            fields << QStringLiteral("operator:%1").arg(!record.operatorName.isEmpty());
            fields << QStringLiteral("ticket:%1").arg(record.ticket);
            return fields;
        };
        QCOMPARE(shape(deskIntent), shape(cliIntent));
        QCOMPARE(shape(deskOutcome), shape(cliOutcome));
        QCOMPARE(QJsonDocument::fromJson(cliOutcome.parameters.toUtf8())
                     .object()
                     .value(Journal::kIntentParameter)
                     .toInteger(),
                 cliIntent.sequence);
        QCOMPARE(QJsonDocument::fromJson(deskOutcome.parameters.toUtf8())
                     .object()
                     .value(Journal::kIntentParameter)
                     .toInteger(),
                 deskIntent.sequence);
    }

    void lockoutThenUnlock()
    {
        const QString dave = people("dave");
        for (int i = 0; i < 3; ++i)
            QVERIFY(!canBind(dave, QStringLiteral("wrong password")));
        QVERIFY(!canBind(dave, SlapdFixture::userPassword())); // locked now
        QVERIFY(readAsAdmin(dave, QStringLiteral("pwdAccountLockedTime")).contains("pwdAccountLockedTime"));
        // By login, as the help desk hears it on the phone.
        auto [code, out] =
            attest(SlapdFixture::Role::Helpdesk,
                   {QStringLiteral("account"), QStringLiteral("unlock"), QStringLiteral("--account"),
                    QStringLiteral("dave"), QStringLiteral("--reason"), QStringLiteral("caller verified")});
        QVERIFY2(code == 0, out.constData());
        QVERIFY(canBind(dave, SlapdFixture::userPassword()));
        // An unknown login is named, and nothing is done.
        std::tie(code, out) =
            attest(SlapdFixture::Role::Helpdesk, {QStringLiteral("account"), QStringLiteral("unlock"),
                                                  QStringLiteral("--account"), QStringLiteral("nobody-by-this-name")});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("no account with the login"), out.constData());
    }

    void passwordResetRequiresAChangeAndIsNeverRecorded()
    {
        const QString alice = people("alice");
        QByteArray stdoutOnly;
        auto [code, out] =
            attest(SlapdFixture::Role::Helpdesk,
                   {QStringLiteral("account"), QStringLiteral("reset-password"), QStringLiteral("--account"), alice,
                    QStringLiteral("--generate"), QStringLiteral("--ticket"), QStringLiteral("INC-7")},
                   &stdoutOnly);
        QVERIFY2(code == 0, out.constData());
        // The new password is the last line of stdout, printed once.
        const QList<QByteArray> lines = stdoutOnly.trimmed().split('\n');
        const QByteArray password = lines.last().trimmed();
        QVERIFY2(password.size() == 16, stdoutOnly.constData());
        QVERIFY(readAsAdmin(alice, QStringLiteral("pwdReset")).contains("pwdReset: TRUE"));
        // The old password no longer works.
        QVERIFY(!canBind(alice, SlapdFixture::userPassword()));
        // Nowhere in the workspace.
        QFile file(m_workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password));
        QFile wal(m_workspace + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(password));
    }

    // A full disk: the intent cannot be journaled, so the change is never sent — the directory
    // is as it was and the journal holds nothing it does not know. An intent whose outcome never
    // made it is listed by the check until someone resolves it.
    void noRecordNoChange()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("full.attest"));
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto key = Journal::loadOrCreateKey(*ws, &error);
        QVERIFY2(key, qPrintable(error));
        const std::size_t before = ws->journalRecords(&error)->size();
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        LdapConnector connector(QStringLiteral("full"), settings,
                                SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8());
        QVERIFY2(connector.bound(&error), qPrintable(error));
        DirectoryChange change;
        change.kind = DirectoryChange::Kind::AddMember;
        change.target = people("dave");
        change.group = group("Engineering");
        change.reason = QStringLiteral("disk full test");
        const QByteArray membersBefore = readAsAdmin(group("Engineering"), QStringLiteral("member"));
        // No room for another page: every write fails as on a full disk.
        QVERIFY(ws->setMaxPageCountForTesting(1));
        DirectoryChange big = change; // a record that needs new pages, so the full file refuses it
        big.reason = QString(40000, QLatin1Char('x'));
        const auto refused = applyJournaledChange(*ws, *key, connector, big, {}, QString(), &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QStringLiteral("nothing was changed")), qPrintable(error));
        QCOMPARE(readAsAdmin(group("Engineering"), QStringLiteral("member")), membersBefore);
        ws.reset();

        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QCOMPARE(ws->journalRecords(&error)->size(), before);
        // An intent with no outcome (a crash between the two) is listed, and the chain is intact.
        JournalRecord intent = journalRecordFor(change, ChangeOutcome(), settings);
        intent.action += Journal::kIntentSuffix;
        QVERIFY(Journal::append(*ws, *key, intent, &error));
        const auto verification = Journal::verify(*ws, &error);
        QVERIFY(verification && verification->intact());
        QCOMPARE(verification->unresolvedIntents.size(), std::size_t(1));
        QCOMPARE(verification->unresolvedIntents.front().target, people("dave"));
        // A journaled change resolves its own intent.
        const auto done = applyJournaledChange(*ws, *key, connector, change, {}, QString(), &error);
        QVERIFY2(done && done->record, qPrintable(error));
        QCOMPARE(Journal::verify(*ws, &error)->unresolvedIntents.size(), std::size_t(1)); // the crashed one stays
    }

    void everyChangeIsInAnIntactJournal()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto records = ws->journalRecords(&error);
        QVERIFY(records);
        QStringList actions;
        for (const JournalRecord& r : *records)
            actions << r.action;
        QVERIFY(actions.contains(QStringLiteral("group.add-member")));
        QVERIFY(actions.contains(QStringLiteral("account.disable")));
        QVERIFY(actions.contains(QStringLiteral("account.unlock")));
        QVERIFY(actions.contains(QStringLiteral("account.reset-password")));
        // Failures are recorded too, with the reason in plain words.
        bool failureRecorded = false;
        for (const JournalRecord& r : *records)
            failureRecorded = failureRecorded || r.result.contains(QStringLiteral("insufficient access"));
        QVERIFY(failureRecorded);
        const auto verification = Journal::verify(*ws, &error);
        QVERIFY2(verification && verification->intact(), qPrintable(error));
    }

    // Issue 11 §2: an intent with no outcome is resolved by reading the target. Each kind of change,
    // sent or not before the "crash", is recorded as what the directory shows; a password reset as
    // unknown; an intent for another directory stays open; nothing is resolved twice.
    void openIntentsAreResolvedByReadingTheTarget()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("intents.attest"));
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto key = Journal::loadOrCreateKey(*ws, &error);
        QVERIFY2(key, qPrintable(error));
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8();
        LdapConnection connection;
        QVERIFY2(connection.open(settings, password, &error), qPrintable(error));

        // Intents written exactly as a journaled change writes them, then the crash: some changes
        // reached the directory (sent here without a journal), some did not.
        const auto intend = [&](DirectoryChange::Kind kind, const QString& target, const QString& groupDn,
                                const LdapSettings& where = {}) {
            DirectoryChange change;
            change.kind = kind;
            change.target = target;
            change.group = groupDn;
            JournalRecord intent = journalRecordFor(change, ChangeOutcome(), where.url.isEmpty() ? settings : where);
            intent.action += Journal::kIntentSuffix;
            intent.result = QStringLiteral("about to be sent");
            const auto written = Journal::append(*ws, *key, intent, &error);
            return std::make_pair(change, written ? written->sequence : 0);
        };
        const auto send = [&](const DirectoryChange& change) {
            return applyDirectoryChange(connection, change, "Crash-Secret-9").executed;
        };
        using Kind = DirectoryChange::Kind;
        using Outcome = IntentResolution::Outcome;
        std::map<qint64, Outcome> expected;
        const auto [addSent, addSentSeq] = intend(Kind::AddMember, people("dave"), group("Platform Team"));
        QVERIFY(send(addSent));
        expected[addSentSeq] = Outcome::Applied;
        const auto [addLost, addLostSeq] = intend(Kind::AddMember, people("carol"), group("Platform Team"));
        expected[addLostSeq] = Outcome::NotApplied;
        const auto [removeSent, removeSentSeq] = intend(Kind::RemoveMember, people("bob"), group("Platform Team"));
        QVERIFY(send(removeSent));
        expected[removeSentSeq] = Outcome::Applied;
        const auto [disableSent, disableSentSeq] = intend(Kind::Disable, people("carol"), {});
        QVERIFY(send(disableSent));
        expected[disableSentSeq] = Outcome::Applied;
        const auto [enableLost, enableLostSeq] = intend(Kind::Enable, people("carol"), {});
        expected[enableLostSeq] = Outcome::NotApplied; // still disabled
        const auto [unlockSent, unlockSentSeq] = intend(Kind::Unlock, people("dave"), {});
        QVERIFY(send(unlockSent));
        expected[unlockSentSeq] = Outcome::Applied;
        const auto [reset, resetSeq] = intend(Kind::ResetPassword, people("dave"), {});
        QVERIFY(send(reset));
        expected[resetSeq] = Outcome::Unknown;
        LdapSettings elsewhere = settings;
        elsewhere.url = QStringLiteral("ldaps://127.0.0.1:1");
        const auto [foreign, foreignSeq] = intend(Kind::Disable, people("dave"), {}, elsewhere);
        QVERIFY(addSentSeq > 0 && addLostSeq > 0 && removeSentSeq > 0 && disableSentSeq > 0 && enableLostSeq > 0 &&
                unlockSentSeq > 0 && resetSeq > 0 && foreignSeq > 0);
        QCOMPARE(Journal::verify(*ws, &error)->unresolvedIntents.size(), expected.size() + 1);

        const auto results = resolveOpenIntents(*ws, settings, password, &error);
        QVERIFY2(results, qPrintable(error));
        QCOMPARE(results->size(), expected.size() + 1);
        for (const IntentResolution& r : *results) {
            if (r.intent.sequence == foreignSeq) {
                QVERIFY2(!r.resolved && !r.record && r.finding.contains(QStringLiteral("ldaps://127.0.0.1:1")),
                         qPrintable(r.description()));
                continue;
            }
            QVERIFY2(r.resolved && r.record, qPrintable(r.description()));
            QVERIFY2(r.outcome == expected.at(r.intent.sequence), qPrintable(r.description()));
            QCOMPARE(QJsonDocument::fromJson(r.record->parameters.toUtf8())
                         .object()
                         .value(Journal::kIntentParameter)
                         .toInteger(),
                     r.intent.sequence);
            QVERIFY(r.record->action.endsWith(Journal::kResolutionSuffix));
            QVERIFY2(r.record->reason.startsWith(QStringLiteral("resolved by read-back at ")) &&
                         r.record->reason.endsWith(QStringLiteral(" by ") + Journal::currentOperator()),
                     qPrintable(r.record->reason));
            QCOMPARE(r.record->result, intentOutcomeText(r.outcome));
        }
        const auto resetResult = std::find_if(results->cbegin(), results->cend(),
                                              [&](const IntentResolution& r) { return r.intent.sequence == resetSeq; });
        QVERIFY(resetResult->record->result.startsWith(
            QStringLiteral("unknown: the password may or may not have been changed; reset it again")));

        // Only the foreign one is left, the journal verifies, and resolving again writes nothing.
        const auto verification = Journal::verify(*ws, &error);
        QVERIFY2(verification && verification->intact(), qPrintable(error));
        QCOMPARE(verification->unresolvedIntents.size(), std::size_t(1));
        QCOMPARE(verification->unresolvedIntents.front().sequence, foreignSeq);
        const std::size_t records = ws->journalRecords(&error)->size();
        const auto again = resolveOpenIntents(*ws, settings, password, &error);
        QVERIFY2(again && again->size() == 1 && !again->front().resolved, qPrintable(error));
        QCOMPARE(ws->journalRecords(&error)->size(), records);
        // An intent resolved meanwhile by someone else (here: listed before, resolved since) is left.
        const auto stale = resolveIntents(*ws, *key, connection, settings, {results->front().intent});
        QVERIFY(stale.size() == 1 && stale.front().resolved && !stale.front().record);
        QCOMPARE(ws->journalRecords(&error)->size(), records);
    }
};

ATTEST_REGISTER_TEST(TestDirectoryChanges, "directorychanges")
#include "tst_directorychanges.moc"
