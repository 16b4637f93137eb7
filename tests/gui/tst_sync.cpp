#include "testregistry.h"

#include "../integration/slapdfixture.h"

#include "connectors/ldap/ldapsettings.h"
#include "mainwindow.h"
#include "panes/tablepane.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// The console syncs a saved directory connection off the GUI thread and shows the result.
class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;

    QString workspaceWithConnection(const QString& name, const QString& caFile)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".attest"));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->readerDn();
        settings.caFile = caFile;
        ws->addSource(name, QStringLiteral("ldap"), settings.toJson(), &error);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
    }

    void newWorkspaceOpensEmptyAndSyncFillsIt()
    {
        const QString path = workspaceWithConnection(QStringLiteral("corp"), m_slapd->caFile());
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.pane(MainWindow::IdentitiesPane)->proxy()->rowCount(), 0);

        window.syncSource(window.snapshot()->sources.constFirst().id,
                          SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        QVERIFY(window.isBusy());
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!window.isBusy());
        QVERIFY(window.snapshot()->info.id != 0);
        window.showPane(MainWindow::IdentitiesPane);
        window.pane(MainWindow::IdentitiesPane)->setCurrentModel(1); // accounts
        QCOMPARE(window.pane(MainWindow::IdentitiesPane)->proxy()->rowCount(), 6);
        QTest::qWait(50);
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        QVERIFY(window.grab().save(dir + QStringLiteral("/screenshots/synced-directory.png")));

        // A change made in the directory shows in the Audit trail after the next sync.
        const auto modified = SlapdFixture::runTool(
            QStringLiteral("ldapmodify"),
            {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"), m_slapd->adminDn(),
             QStringLiteral("-w"), SlapdFixture::password(SlapdFixture::Role::Admin)},
            m_slapd->caFile(),
            "dn: cn=Engineering,ou=Groups," + m_slapd->baseDn().toUtf8() +
                "\nchangetype: modify\nreplace: description\ndescription: Changed for the audit trail\n");
        QVERIFY2(modified.exitCode == 0, modified.err.constData());
        window.syncSource(window.snapshot()->sources.constFirst().id,
                          SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!window.isBusy());
        window.showPane(MainWindow::AuditPane);
        auto* audit = window.pane(MainWindow::AuditPane)->proxy();
        bool found = false;
        for (int row = 0; row < audit->rowCount(); ++row) {
            for (int column = 0; column < audit->columnCount(); ++column)
                found = found || audit->index(row, column).data().toString().contains(QStringLiteral("cn=Engineering"));
        }
        QVERIFY2(found, qPrintable(QString::number(audit->rowCount())));
    }

    void failedSyncLeavesTheWorkspaceAlone()
    {
        const QString path = workspaceWithConnection(QStringLiteral("untrusted"), m_slapd->otherCaFile());
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openWorkspace(path);
        QVERIFY(loaded.wait(30000));
        window.syncSource(window.snapshot()->sources.constFirst().id,
                          SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        QVERIFY(failed.wait(60000));
        QVERIFY2(window.errorText().contains(QStringLiteral("unchanged")), qPrintable(window.errorText()));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws->snapshots().isEmpty());
    }
};

ATTEST_REGISTER_TEST(TestSync, "sync")
#include "tst_sync.moc"
