#include "testregistry.h"

#include "../integration/slapdfixture.h"

#include "audit/journal.h"
#include "common/intentresolutionbar.h"
#include "connections/connectionsecrets.h"
#include "connectors/ldap/directorychange.h"
#include "connectors/ldap/intentresolution.h"
#include "connectors/ldap/ldapconnection.h"
#include "connectors/ldap/ldapsettings.h"
#include "mainwindow.h"
#include "store/workspace.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// Issue 11 §2 in the console: a workspace whose journal holds changes with an intent and no
// outcome opens with a bar listing them; Resolve reads each target through the saved connection
// (off the GUI thread) and journals what happened, after which the journal has nothing open.
class TestIntentResolution : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;

    static QString screenshotDir()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    QString people(const char* uid) const
    {
        return QStringLiteral("uid=%1,ou=People,%2").arg(QLatin1String(uid), m_slapd->baseDn());
    }

    LdapSettings adminSettings() const
    {
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        return settings;
    }

    // The intent of a change as a journaled change records it, then (when sent) the change itself
    // without its outcome: what a crash between the two leaves.
    static bool intend(Workspace& ws, LdapConnection* connection, const DirectoryChange& change,
                       const LdapSettings& settings, QString* error)
    {
        const auto key = Journal::loadOrCreateKey(ws, error);
        if (!key)
            return false;
        JournalRecord intent = journalRecordFor(change, ChangeOutcome(), settings);
        intent.action += Journal::kIntentSuffix;
        intent.result = QStringLiteral("about to be sent");
        if (!Journal::append(ws, *key, intent, error))
            return false;
        return !connection || applyDirectoryChange(*connection, change, "Crash-Secret-9").executed;
    }

    static bool open(MainWindow& window, const QString& path)
    {
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        return loaded.wait(30000);
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

    void openIntentsAreListedAndResolved()
    {
        const QString path = m_dir.filePath(QStringLiteral("crashed.attest"));
        QString error;
        qint64 sourceId = 0;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            const auto source =
                ws->addSource(QStringLiteral("corp"), QStringLiteral("ldap"), adminSettings().toJson(), &error);
            QVERIFY2(source, qPrintable(error));
            sourceId = *source;
            LdapConnection connection;
            QVERIFY2(
                connection.open(adminSettings(), SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(), &error),
                qPrintable(error));
            DirectoryChange removal;
            removal.kind = DirectoryChange::Kind::RemoveMember;
            removal.target = people("bob");
            removal.group = QStringLiteral("cn=Platform Team,ou=Groups,") + m_slapd->baseDn();
            QVERIFY2(intend(*ws, &connection, removal, adminSettings(), &error), qPrintable(error)); // sent
            DirectoryChange disable;
            disable.kind = DirectoryChange::Kind::Disable;
            disable.target = people("dave");
            QVERIFY2(intend(*ws, nullptr, disable, adminSettings(), &error), qPrintable(error)); // never sent
            DirectoryChange reset;
            reset.kind = DirectoryChange::Kind::ResetPassword;
            reset.target = people("carol");
            QVERIFY2(intend(*ws, &connection, reset, adminSettings(), &error), qPrintable(error));
        }

        MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(open(window, path));
        IntentResolutionBar* bar = window.intentResolutionBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->openIntents().size(), std::size_t(3));
        QVERIFY2(bar->text().contains(QStringLiteral("Record 1: group.remove-member on ") + people("bob")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("account.disable")), qPrintable(bar->text()));
        auto* resolve = bar->findChild<QPushButton*>(QStringLiteral("resolveIntentsButton"));
        QVERIFY(resolve && resolve->isVisible() && resolve->isEnabled());
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("journal-open-intents.png")));

        // The session knows the saved connection's password: no dialog.
        window.connectionSecrets()->remember(sourceId, SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(),
                                             false);
        QSignalSpy finished(bar, &IntentResolutionBar::resolutionFinished);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const QStringList lines = finished.front().at(0).toStringList();
        QCOMPARE(finished.front().at(1).toInt(), 0);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QStringLiteral(": applied (")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.at(1).contains(QStringLiteral(": not applied (")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.at(2).contains(QStringLiteral("unknown: the password may or may not have been changed; reset "
                                                     "it again")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(bar->isVisible() && !resolve->isVisible()); // the results stay readable; nothing left to resolve
        QVERIFY2(bar->text().contains(QStringLiteral("not applied")), qPrintable(bar->text()));
        QCoreApplication::sendPostedEvents(); // the bar's new height
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("journal-intents-resolved.png")));

        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const auto verification = Journal::verify(*ws, &error);
        QVERIFY2(verification && verification->intact(), qPrintable(error));
        QVERIFY(verification->unresolvedIntents.empty());
        QCOMPARE(verification->records, qint64(6));

        // Opened again, the workspace shows no bar.
        QVERIFY(open(window, path));
        QVERIFY(!bar->isVisible());
    }

    void anIntentWithoutASavedConnectionSaysWhatToDo()
    {
        const QString path = m_dir.filePath(QStringLiteral("elsewhere.attest"));
        QString error;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            LdapSettings elsewhere = adminSettings();
            elsewhere.url = QStringLiteral("ldaps://127.0.0.1:1");
            DirectoryChange unlock;
            unlock.kind = DirectoryChange::Kind::Unlock;
            unlock.target = people("dave");
            QVERIFY2(intend(*ws, nullptr, unlock, elsewhere, &error), qPrintable(error));
        }
        MainWindow window;
        window.show();
        QVERIFY(open(window, path));
        IntentResolutionBar* bar = window.intentResolutionBar();
        QTRY_VERIFY(bar->isVisible());
        bar->resolve();
        QVERIFY2(bar->text().contains(QStringLiteral("No saved connection reaches")), qPrintable(bar->text()));
        QCOMPARE(bar->openIntents().size(), std::size_t(1));
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QCOMPARE(ws->journalRecords(&error)->size(), std::size_t(1)); // nothing written
    }

    void cleanupTestCase() { m_slapd.reset(); }
};

ATTEST_REGISTER_TEST(TestIntentResolution, "intentresolution")
#include "tst_intentresolution.moc"
