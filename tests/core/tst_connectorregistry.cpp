#include "testregistry.h"

#include "app/connectorregistry.h"
#include "connectors/ldap/ldapsettings.h"

#include <QTest>

using namespace attest;

// The registry makes the connector a source's stored kind names, and refuses any other kind with
// a message naming the source and the kind.
class TestConnectorRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownKindIsAClearError()
    {
        SourceInfo source;
        source.name = QStringLiteral("HR export");
        source.kind = QStringLiteral("scim");
        QString error;
        QVERIFY(!app::ConnectorRegistry::create(source, {}, &error));
        QVERIFY2(error.contains(QLatin1String("HR export")) && error.contains(QLatin1String("\"scim\"")),
                 qPrintable(error));
        const ConnectorCapabilities none = app::ConnectorRegistry::capabilities(source);
        QVERIFY(!none.canRead && none.changes.isEmpty());
        QVERIFY(!none.unsupportedReason.isEmpty());
    }

    void directoryKindMakesAnLdapConnector()
    {
        LdapSettings settings;
        settings.url = QStringLiteral("ldap://127.0.0.1:1");
        settings.baseDn = QStringLiteral("dc=example,dc=org");
        SourceInfo source;
        source.name = QStringLiteral("Corp");
        source.kind = app::ConnectorRegistry::directoryKind();
        source.settingsJson = settings.toJson();
        QVERIFY(app::ConnectorRegistry::hasSavedConnection(source));
        QString error;
        const auto connector = app::ConnectorRegistry::create(source, QByteArrayLiteral("secret"), &error);
        QVERIFY2(connector, qPrintable(error));
        QCOMPARE(connector->kind(), source.kind);
        QCOMPARE(connector->displayName(), source.name);
        const ConnectorCapabilities capabilities = connector->capabilities();
        QVERIFY(capabilities.canRead && capabilities.canReadBack && capabilities.canTest);
        QVERIFY(capabilities.canApply(DirectoryChange::Kind::ResetPassword));
    }

    void damagedSettingsAreAClearError()
    {
        SourceInfo source;
        source.name = QStringLiteral("Corp");
        source.kind = app::ConnectorRegistry::directoryKind();
        source.settingsJson = QStringLiteral("{not json");
        QString error;
        QVERIFY(!app::ConnectorRegistry::create(source, {}, &error));
        QVERIFY2(error.contains(QLatin1String("Corp")), qPrintable(error));
    }

    void demoOffersEveryChangeAsSnapshots()
    {
        SourceInfo demo;
        demo.name = QStringLiteral("Demo");
        demo.kind = QStringLiteral("demo");
        QString error;
        const auto connector = app::ConnectorRegistry::create(demo, {}, &error);
        QVERIFY2(connector, qPrintable(error));
        const ConnectorCapabilities capabilities = connector->capabilities();
        QVERIFY(capabilities.changesAsSnapshots);
        QVERIFY(capabilities.canApply(DirectoryChange::Kind::Unlock));
        QVERIFY(capabilities.canApply(DirectoryChange::Kind::ResetPassword));
        QCOMPARE(app::ConnectorRegistry::capabilities(demo).changes, capabilities.changes);
        // Without the workspace it lives in, nothing is changed and it says why.
        DirectoryChange unlock;
        unlock.kind = DirectoryChange::Kind::Unlock;
        unlock.target = QStringLiteral("jdoe");
        const ChangeOutcome outcome = connector->apply(unlock, {});
        QVERIFY(!outcome.executed);
        QVERIFY(!outcome.message.isEmpty());
    }
};

ATTEST_REGISTER_TEST(TestConnectorRegistry, "connectorregistry")
#include "tst_connectorregistry.moc"
