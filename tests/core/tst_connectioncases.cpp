#include "testregistry.h"

#include "app/connectioncases.h"
#include "audit/journal.h"
#include "connectors/ldap/connectiontest.h"
#include "store/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

// Saving a connection as the Connections dialog and `attest connection add` do: the settings, what
// the connection test found and the journal record of a security decision are written together,
// or nothing is.
class TestConnectionCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static LdapSettings settings()
    {
        LdapSettings s;
        s.url = QStringLiteral("ldaps://directory.example.com");
        s.baseDn = QStringLiteral("dc=example,dc=com");
        s.bindDn = QStringLiteral("cn=reader,dc=example,dc=com");
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savesSettingsDecisionAndRightsTogether()
    {
        QString error;
        auto ws =
            Workspace::open(m_dir.filePath(QStringLiteral("a.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        app::SaveConnectionRequest request;
        request.name = QStringLiteral("Corp");
        request.settings = settings();
        request.settings.trustedCertificateSha256 = QStringLiteral("ab").repeated(32);
        request.settings.trustDecision = QStringLiteral("checked with the directory team");
        request.testedCapabilitiesJson = QStringLiteral("{\"resetPassword\":true}");
        const app::SaveConnectionResult saved = app::saveConnection(*ws, request);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QVERIFY(saved.sourceId > 0);
        bool found = false;
        for (const SourceInfo& source : ws->sources())
            found = found || (source.id == saved.sourceId && source.settingsJson.contains(QLatin1String("directory")));
        QVERIFY(found);
        QCOMPARE(ws->setting(DirectoryCapabilities::settingKey(saved.sourceId)), request.testedCapabilitiesJson);
        const auto journal = ws->journalRecords(&error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->size(), std::size_t(1));
        QCOMPARE(journal->front().action, QStringLiteral("connection.trust-certificate"));

        // The same name again is refused, and nothing more is written.
        const app::SaveConnectionResult again = app::saveConnection(*ws, request);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QLatin1String("already exists")), qPrintable(again.error));
        QCOMPARE(ws->sources().size(), qsizetype(1));
        QCOMPARE(ws->journalRecords(&error)->size(), std::size_t(1));

        // Removed: the source stays as history, its settings go.
        QVERIFY(app::removeConnection(*ws, saved.sourceId).ok);
        QVERIFY(ws->sources().constFirst().settingsJson.isEmpty());
    }

    void aNamelessConnectionIsRefused()
    {
        QString error;
        auto ws =
            Workspace::open(m_dir.filePath(QStringLiteral("b.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        app::SaveConnectionRequest request;
        request.name = QStringLiteral("  ");
        request.settings = settings();
        const app::SaveConnectionResult saved = app::saveConnection(*ws, request);
        QVERIFY(!saved.ok);
        QVERIFY(!saved.error.isEmpty());
        QVERIFY(ws->sources().isEmpty());
    }
};

ATTEST_REGISTER_TEST(TestConnectionCases, "connectioncases")
#include "tst_connectioncases.moc"
