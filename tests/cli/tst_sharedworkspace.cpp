#include "testregistry.h"

#include "clitestsupport.h"

#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
};

ATTEST_REGISTER_TEST(SharedWorkspaceTest, "sharedworkspace")
#include "tst_sharedworkspace.moc"
