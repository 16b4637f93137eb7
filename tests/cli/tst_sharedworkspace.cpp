#include "testregistry.h"

#include "clitestsupport.h"

#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace attest;
using attest::test::Run;
using attest::test::runAttest;

// Several processes on one workspace: the console (two connections in one process, as its
// views and loaders open them) and commands run beside it. Nothing may be lost.
class SharedWorkspaceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consoleAndCommandsLoseNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.attest"));
        QString error;
        auto console = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(console, qPrintable(error));
        QVERIFY2(console->setSetting(QStringLiteral("test.before"), QStringLiteral("1"), &error), qPrintable(error));
        // A second connection of the same process, as a view or loader opens one.
        auto view = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(view, qPrintable(error));

        // A command beside the console: it must not think it is the last user of the file.
        const Run list =
            runAttest({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--workspace"), path});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "the write-ahead log was deleted while the console still had the workspace open");

        QVERIFY2(console->setSetting(QStringLiteral("test.console"), QStringLiteral("2"), &error), qPrintable(error));
        // A command that writes, then the console writes again.
        const Run add = runAttest({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("directory"),
                                   QStringLiteral("--workspace"), path, QStringLiteral("--url"),
                                   QStringLiteral("ldaps://127.0.0.1:1"), QStringLiteral("--base"),
                                   QStringLiteral("dc=example,dc=org")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY2(console->setSetting(QStringLiteral("test.after"), QStringLiteral("3"), &error), qPrintable(error));
        QCOMPARE(view->sources().size(), 1);
        view.reset();
        console.reset();

        auto reopened = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->setting(QStringLiteral("test.before")), QStringLiteral("1"));
        QCOMPARE(reopened->setting(QStringLiteral("test.console")), QStringLiteral("2"));
        QCOMPARE(reopened->setting(QStringLiteral("test.after")), QStringLiteral("3"));
        QCOMPARE(reopened->sources().size(), 1);
        QVERIFY2(reopened->checkIntegrity(&error), qPrintable(error));
    }
    // An auditor's copy this account may not write: every reading command works on it, and a
    // writing one says plainly that the workspace is read-only.
    void aReadOnlyCopyCanBeReadAndVerified()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString home = dir.filePath(QStringLiteral("home"));
        const QString copyDir = dir.filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(home) && QDir().mkpath(copyDir));
        const QString path = copyDir + QStringLiteral("/audit.attest");
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        Run run = runAttest({QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                             QStringLiteral("--identities"), QStringLiteral("120")},
                            env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(copyDir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                                   QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(home, QFile::permissions(home) | QFile::WriteOther | QFile::ReadOther |
                                                QFile::ExeOther));
        // As root the file would still be writable: run as an account that may not write it.
        const bool root = geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv to run as another account");
        const auto asAuditor = [&](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), home);
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home);
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(environment);
            if (root)
                process.start(QStringLiteral("setpriv"),
                              QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                          QStringLiteral("--clear-groups"), QStringLiteral(ATTEST_BINARY)} +
                                  arguments);
            else
                process.start(QStringLiteral(ATTEST_BINARY), arguments);
            process.waitForFinished(60000);
            return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        };
        run = asAuditor({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--workspace"), path});
        QVERIFY2(run.exitCode == 0 && run.out.contains("journal intact"), (run.out + run.err).constData());
        run = asAuditor({QStringLiteral("export"), QStringLiteral("grants"), QStringLiteral("--workspace"), path,
                         QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == 0 && run.out.count('\n') > 100, run.err.constData());
        run = asAuditor({QStringLiteral("metrics"), QStringLiteral("--workspace"), path, QStringLiteral("--format"),
                         QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = asAuditor({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("x"),
                         QStringLiteral("--workspace"), path, QStringLiteral("--url"),
                         QStringLiteral("ldaps://127.0.0.1:1"), QStringLiteral("--base"), QStringLiteral("dc=x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("read-only"), run.err.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::setPermissions(copyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

ATTEST_REGISTER_TEST(SharedWorkspaceTest, "sharedworkspace")
#include "tst_sharedworkspace.moc"
