#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/certificateprobe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

class TestCertificateProbe : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QByteArray m_expectedSha256;

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start({}, &error), qPrintable(error));
        const auto certificates = QSslCertificate::fromPath(m_slapd->directory() + QStringLiteral("/server.crt"));
        QCOMPARE(certificates.size(), 1);
        m_expectedSha256 = QCryptographicHash::hash(certificates.first().toDer(), QCryptographicHash::Sha256);
    }

    void trustedCertificateVerifies_data()
    {
        QTest::addColumn<bool>("startTls");
        QTest::newRow("ldaps") << false;
        QTest::newRow("starttls") << true;
    }

    void trustedCertificateVerifies()
    {
        QFETCH(bool, startTls);
        LdapSettings settings;
        settings.url = startTls ? m_slapd->ldapUrl() : m_slapd->ldapsUrl();
        settings.caFile = m_slapd->caFile();
        QString error;
        const auto info = probeServerCertificate(settings, &error);
        QVERIFY2(info, qPrintable(error));
        QVERIFY2(info->verified, qPrintable(info->errors.join(QStringLiteral("; "))));
        QCOMPARE(info->sha256, m_expectedSha256);
        QCOMPARE(info->fingerprint().count(QLatin1Char(':')), 31);
        QVERIFY(info->notAfter > QDateTime::currentDateTimeUtc());
    }

    void untrustedCertificateIsDescribedNotAccepted()
    {
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.caFile = m_slapd->otherCaFile();
        QString error;
        const auto info = probeServerCertificate(settings, &error);
        QVERIFY2(info, qPrintable(error));
        QVERIFY(!info->verified);
        QVERIFY(!info->errors.isEmpty());
        // The user sees exactly which certificate they would be trusting.
        QCOMPARE(info->sha256, m_expectedSha256);
        QVERIFY(!info->subject.isEmpty() || !info->subjectAlternativeNames.isEmpty());
        QVERIFY(!info->issuer.isEmpty());
    }

    void unreachableServerGivesAClearError()
    {
        LdapSettings settings;
        settings.url = QStringLiteral("ldaps://127.0.0.1:1");
        settings.timeoutSeconds = 5;
        QString error;
        QVERIFY(!probeServerCertificate(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error));
    }
};

ATTEST_REGISTER_TEST(TestCertificateProbe, "certificateprobe")
#include "tst_certificateprobe.moc"
