#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/ldapconnection.h"
#include "connectors/ldap/ldapschema.h"
#include "connectors/ldap/ldapsync.h"

#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// A per-connection attribute mapping: checked against the server's own schema, applied by the
// sync, and a mapping that names an attribute the server lacks refused with a clear message.
class TestAttributeMapping : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;

    LdapSettings settings() const
    {
        LdapSettings s;
        s.url = m_slapd->ldapsUrl();
        s.baseDn = m_slapd->baseDn();
        s.bindDn = m_slapd->readerDn();
        s.caFile = m_slapd->caFile();
        return s;
    }
    static QByteArray password() { return SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
    }

    void schemaDefinitionsGiveEveryName()
    {
        QCOMPARE(schemaDefinitionNames("( 2.5.4.3 NAME ( 'cn' 'commonName' ) DESC 'x' SUP name )"),
                 (QStringList{QStringLiteral("cn"), QStringLiteral("commonname")}));
        QCOMPARE(schemaDefinitionNames("( 0.9.2342.19200300.100.1.1 NAME 'uid' EQUALITY caseIgnoreMatch )"),
                 QStringList{QStringLiteral("uid")});
        QVERIFY(schemaDefinitionNames("( 1.2.3 DESC 'no name' )").isEmpty());
    }

    void theServersSchemaIsRead()
    {
        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(settings(), password(), &error), qPrintable(error));
        const auto schema = readSchemaNames(connection, &error);
        QVERIFY2(schema, qPrintable(error));
        for (const char* name : {"uid", "cn", "commonname", "departmentnumber", "pwdaccountlockedtime", "member"})
            QVERIFY2(schema->attributeTypes.contains(QLatin1String(name)), name);
        QVERIFY(schema->objectClasses.contains(QStringLiteral("inetorgperson")));
        QVERIFY(unknownMappedAttributes(*schema, LdapAttributeMapping()).isEmpty());
    }

    void aMappingIsAppliedBySync()
    {
        LdapSettings s = settings();
        s.mapping.department = QStringLiteral("sn"); // this directory keeps no departments: use surnames
        s.mapping.title = QStringLiteral("givenName");
        QStringList warnings;
        QString error;
        const auto data = readOpenLdapSnapshot(s, password(), {}, &warnings, &error);
        QVERIFY2(data, qPrintable(error));
        bool found = false;
        for (const Identity& identity : data->identities) {
            if (identity.displayName == QStringLiteral("Alice Archer")) {
                found = true;
                QCOMPARE(identity.department, QStringLiteral("Archer"));
            }
        }
        QVERIFY(found);
        // Stored with the connection and read back.
        const auto back = LdapSettings::fromJson(s.toJson(), &error);
        QVERIFY(back);
        QCOMPARE(back->mapping.department, QStringLiteral("sn"));
        QVERIFY(back->mapping == s.mapping);
        QVERIFY(!s.toJson().contains(QStringLiteral("mapping")) == s.mapping.isDefault());
    }

    void anAttributeTheServerLacksIsNamed()
    {
        LdapSettings s = settings();
        s.mapping.department = QStringLiteral("deptNoSuchAttribute");
        s.mapping.accountObjectClass = QStringLiteral("personWhoIsNot");
        QStringList warnings;
        QString error;
        QVERIFY(!readOpenLdapSnapshot(s, password(), {}, &warnings, &error));
        QVERIFY2(error.contains(QStringLiteral("Department: deptNoSuchAttribute")) &&
                     error.contains(QStringLiteral("personWhoIsNot")),
                 qPrintable(error));

        const auto report = testLdapConnection(s, password());
        QVERIFY(!report.ok());
        bool named = false;
        for (const ConnectionCheck& check : report.checks) {
            if (check.title == QStringLiteral("Attributes")) {
                QCOMPARE(check.state, ConnectionCheck::State::Failed);
                named = check.detail.contains(QStringLiteral("deptNoSuchAttribute"));
            }
        }
        QVERIFY(named);
    }
};

ATTEST_REGISTER_TEST(TestAttributeMapping, "attributemapping")
#include "tst_attributemapping.moc"
