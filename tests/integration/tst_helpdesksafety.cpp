#include "testregistry.h"

#include "slapdfixture.h"

#include "audit/journal.h"
#include "connectors/ldap/directorychange.h"
#include "connectors/ldap/ldapconnection.h"
#include "store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// The help desk's failure paths against a real slapd (issue 4, §4 and "Bad input"): a dropped
// connection, missing rights and a missing journal key each stop or fail the action in plain words
// and leave a truthful journal; new passwords end up in no file Attest writes.
class TestHelpdeskSafety : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    QString m_workspace; // alone in its folder, so every file there can be searched
    QString m_home;      // HOME and XDG folders of the attest processes

    QString people(const char* uid) const
    {
        return QStringLiteral("uid=%1,ou=People,").arg(QLatin1String(uid)) + m_slapd->baseDn();
    }
    QString group(const char* cn) const
    {
        return QStringLiteral("cn=%1,ou=Groups,").arg(QLatin1String(cn)) + m_slapd->baseDn();
    }

    QString secretFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("secrets/") + name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray all() const { return out + err; }
    };

    // Runs attest with its own HOME and XDG folders (so the journal key and anything else it
    // writes stays where the test can look), bound to `fixture` as `role`.
    Run attest(const SlapdFixture& fixture, SlapdFixture::Role role, const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/state"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATTEST_BINARY),
                      arguments + QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--url"),
                                              fixture.ldapsUrl(), QStringLiteral("--base"), fixture.baseDn(),
                                              QStringLiteral("--ca-file"), fixture.caFile(),
                                              QStringLiteral("--bind-dn"), fixture.dn(role),
                                              QStringLiteral("--password-file"),
                                              secretFile(QStringLiteral("bind-%1").arg(int(role)),
                                                         SlapdFixture::password(role).toUtf8())});
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    Run attest(SlapdFixture::Role role, const QStringList& arguments) { return attest(*m_slapd, role, arguments); }

    Run attestOffline(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATTEST_BINARY), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
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

    std::vector<JournalRecord> journal()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        if (!ws) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        auto records = ws->journalRecords(&error);
        return records ? *records : std::vector<JournalRecord>{};
    }

    // Where the attest processes keep this workspace's journal key.
    QString childKeyPath()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        if (!ws)
            return {};
        const QString name = ws->workspaceId(&error) + QStringLiteral(".pem");
        QDirIterator it(m_home + QStringLiteral("/data"), {name}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    void lockOut(const QString& dn)
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!canBind(dn, QStringLiteral("wrong password")));
        QVERIFY(readAsAdmin(dn, QStringLiteral("pwdAccountLockedTime")).contains("pwdAccountLockedTime"));
    }

    // Every file below `folder` whose bytes hold `secret` (as UTF-8 or UTF-16).
    static QStringList filesContaining(const QString& folder, const QByteArray& secret)
    {
        const QString text = QString::fromUtf8(secret);
        const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            if (bytes.contains(secret) || bytes.contains(utf16))
                found << file.fileName();
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const char* folder : {"workspace", "secrets", "home"})
            QVERIFY(QDir(m_dir.path()).mkpath(QLatin1String(folder)));
        m_workspace = m_dir.filePath(QStringLiteral("workspace/helpdesk.attest"));
        m_home = m_dir.filePath(QStringLiteral("home"));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
    }

    void helpdeskWithoutRightsIsRefusedInPlainWords()
    {
        const QString before = QString::fromUtf8(readAsAdmin(group("Engineering"), QStringLiteral("member")));
        const Run run = attest(SlapdFixture::Role::Helpdesk,
                               {QStringLiteral("group"), QStringLiteral("add-member"), QStringLiteral("--group"),
                                group("Engineering"), QStringLiteral("--account"), people("carol"),
                                QStringLiteral("--ticket"), QStringLiteral("INC-9")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.all().contains("the bind identity is not allowed to do this"), run.all().constData());
        QVERIFY(!run.all().contains("Done"));
        QCOMPARE(QString::fromUtf8(readAsAdmin(group("Engineering"), QStringLiteral("member"))), before);

        // The intent, recorded before anything was sent, and the outcome naming it.
        const auto records = journal();
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records.front().action, QStringLiteral("group.add-member.intent"));
        QVERIFY(
            records.back().parameters.contains(QStringLiteral("\"intentRecord\":%1").arg(records.front().sequence)));
        const JournalRecord& r = records.back();
        QCOMPARE(r.action, QStringLiteral("group.add-member"));
        QCOMPARE(r.bindIdentity, m_slapd->helpdeskDn());
        QCOMPARE(r.target, people("carol"));
        QCOMPARE(r.ticket, QStringLiteral("INC-9"));
        QVERIFY2(r.result.startsWith(QStringLiteral("failure: ")), qPrintable(r.result));
        QVERIFY2(r.result.contains(QStringLiteral("not allowed")), qPrintable(r.result));
        QVERIFY(r.verification.isEmpty());
    }

    void aMissingOrUnreadableJournalKeyStopsTheUnlock()
    {
        const QString dave = people("dave");
        lockOut(dave);
        const QString keyPath = childKeyPath();
        QVERIFY2(!keyPath.isEmpty(), "the first attest run should have created the journal key");
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray key = keyFile.readAll();
        keyFile.close();
        const std::size_t recordsBefore = journal().size();
        const QStringList unlock{QStringLiteral("account"),   QStringLiteral("unlock"),
                                 QStringLiteral("--account"), dave,
                                 QStringLiteral("--reason"),  QStringLiteral("caller verified")};

        // Missing: the workspace names a key this computer does not have.
        QVERIFY(QFile::remove(keyPath));
        Run run = attest(SlapdFixture::Role::Helpdesk, unlock);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot record changes in this workspace's journal"), run.err.constData());
        QVERIFY2(run.err.contains("not on this computer"), run.err.constData());
        QVERIFY(!run.out.contains("Done"));
        QVERIFY2(!QFile::exists(keyPath), "a second key must not be made silently");

        // Unreadable: a damaged file, then a folder where the file should be (root reads any file,
        // so permissions alone cannot make it unreadable here).
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        keyFile.close();
        run = attest(SlapdFixture::Role::Helpdesk, unlock);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot record changes in this workspace's journal"), run.err.constData());
        QVERIFY(QFile::remove(keyPath));
        QVERIFY(QDir().mkpath(keyPath));
        run = attest(SlapdFixture::Role::Helpdesk, unlock);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot record changes in this workspace's journal"), run.err.constData());
        QVERIFY(QDir(keyPath).removeRecursively());

        // Nothing was done and nothing was recorded.
        QVERIFY(readAsAdmin(dave, QStringLiteral("pwdAccountLockedTime")).contains("pwdAccountLockedTime"));
        QVERIFY(!canBind(dave, SlapdFixture::userPassword()));
        QCOMPARE(journal().size(), recordsBefore);

        // With the key back the same command works, and the journal is still intact.
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(key);
        keyFile.close();
        run = attest(SlapdFixture::Role::Helpdesk, unlock);
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY(canBind(dave, SlapdFixture::userPassword()));
        QCOMPARE(journal().size(), recordsBefore + 2); // intent and outcome
        const Run verify = attestOffline(
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    void newPasswordsAreInNoFile()
    {
        const QString alice = people("alice");
        const QString bob = people("bob");
        Run generated =
            attest(SlapdFixture::Role::Helpdesk,
                   {QStringLiteral("account"), QStringLiteral("reset-password"), QStringLiteral("--account"), alice,
                    QStringLiteral("--generate"), QStringLiteral("--no-must-change"), QStringLiteral("--ticket"),
                    QStringLiteral("INC-11")});
        QVERIFY2(generated.exitCode == 0, generated.all().constData());
        const QByteArray first = generated.out.trimmed().split('\n').last().trimmed();
        QCOMPARE(first.size(), 16);
        QCOMPARE(generated.out.count(first), 1); // printed once
        QVERIFY(!generated.err.contains(first));

        const QByteArray second = "Typed-Leak-Canary-7q";
        const Run typed =
            attest(SlapdFixture::Role::Helpdesk,
                   {QStringLiteral("account"), QStringLiteral("reset-password"), QStringLiteral("--account"), bob,
                    QStringLiteral("--new-password-file"), secretFile(QStringLiteral("new-password"), second + "\n"),
                    QStringLiteral("--no-must-change")});
        QVERIFY2(typed.exitCode == 0, typed.all().constData());
        QVERIFY(!typed.all().contains(second));

        // Both passwords are real: the accounts bind with them.
        QVERIFY(canBind(alice, QString::fromUtf8(first)));
        QVERIFY(canBind(bob, QString::fromUtf8(second)));

        // The journal and its exports hold neither (but do record both resets).
        QStringList exports;
        for (const char* format : {"json", "csv"}) {
            const Run run =
                attestOffline({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--format"), QString::fromLatin1(format)});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(run.out.count("account.reset-password.intent"), 2);
            QCOMPARE(run.out.count("account.reset-password"), 4); // each intent and its outcome
            QVERIFY(!run.out.contains(first));
            QVERIFY(!run.out.contains(second));
        }
        const Run audit =
            attestOffline({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--workspace"),
                           m_workspace, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!audit.out.contains(first) && !audit.out.contains(second));

        // No file of the workspace (with -wal and -shm, while a connection holds them open), no file
        // in the attest processes' home, settings, data and cache folders, and none in this test's
        // own (test-mode) settings, data and journal-key folders.
        QString error;
        auto open = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(open, qPrintable(error));
        QVERIFY(journal().size() >= 2);
        QStringList folders{QFileInfo(m_workspace).path(), m_home};
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                    QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation}) {
            const QString folder = QStandardPaths::writableLocation(location);
            if (QFileInfo::exists(folder))
                folders << folder;
        }
        QVERIFY(QFileInfo::exists(m_workspace));
        for (const QString& folder : folders) {
            for (const QByteArray& password : {first, second}) {
                const QStringList found = filesContaining(folder, password);
                QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
            }
        }
        // The canary is found where it is (the file it was read from), so the search itself works.
        QCOMPARE(filesContaining(m_dir.filePath(QStringLiteral("secrets")), second).size(), 1);
    }

    void aConnectionDroppedMidResetIsJournaledAsAFailure()
    {
        // A directory of its own, killed while Attest is bound to it.
        SlapdFixture dying;
        QString error;
        QVERIFY2(dying.start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        LdapSettings settings;
        settings.url = dying.ldapsUrl();
        settings.baseDn = dying.baseDn();
        settings.bindDn = dying.helpdeskDn();
        settings.caFile = dying.caFile();
        settings.timeoutSeconds = 10;
        LdapConnection connection;
        QVERIFY2(connection.open(settings, SlapdFixture::password(SlapdFixture::Role::Helpdesk).toUtf8(), &error),
                 qPrintable(error));
        const QString carol = QStringLiteral("uid=carol,ou=People,") + dying.baseDn();
        LdapEntry entry;
        QVERIFY2(connection.readEntry(carol, {QStringLiteral("pwdReset")}, &entry, &error), qPrintable(error));

        dying.kill();
        DirectoryChange change;
        change.kind = DirectoryChange::Kind::ResetPassword;
        change.target = carol;
        change.ticket = QStringLiteral("INC-12");
        const ChangeOutcome outcome = applyDirectoryChange(connection, change, QByteArrayLiteral("Dropped-Reset-9x"));
        QVERIFY(!outcome.executed);
        QVERIFY(!outcome.verified);
        QVERIFY2(outcome.message.contains(QStringLiteral("cannot connect")), qPrintable(outcome.message));

        const JournalRecord record = journalRecordFor(change, outcome, settings);
        QVERIFY2(record.result.startsWith(QStringLiteral("failure: ")), qPrintable(record.result));
        QVERIFY(record.result.contains(QStringLiteral("cannot connect")));
        QVERIFY(record.verification.isEmpty());
        QVERIFY(!record.parameters.contains(QStringLiteral("Dropped-Reset-9x")));

        // The command line says the same, prints no password, and journals the failure.
        const std::size_t before = journal().size();
        const Run run =
            attest(dying, SlapdFixture::Role::Helpdesk,
                   {QStringLiteral("account"), QStringLiteral("reset-password"), QStringLiteral("--account"), carol,
                    QStringLiteral("--generate"), QStringLiteral("--ticket"), QStringLiteral("INC-12")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.all().contains("cannot connect"), run.all().constData());
        QCOMPARE(run.out.trimmed().split('\n').size(), 1); // the failure line only, no password after it
        QVERIFY(!run.out.contains("Done"));
        const auto records = journal();
        QCOMPARE(records.size(), before + 1);
        const JournalRecord& written = records.back();
        QCOMPARE(written.action, QStringLiteral("account.reset-password"));
        QCOMPARE(written.target, carol);
        QVERIFY2(written.result.startsWith(QStringLiteral("failure: ")), qPrintable(written.result));
        QVERIFY(written.verification.isEmpty());
    }
};

ATTEST_REGISTER_TEST(TestHelpdeskSafety, "helpdesksafety")
#include "tst_helpdesksafety.moc"
