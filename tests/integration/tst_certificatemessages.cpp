#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/certificateprobe.h"
#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/ldapconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// A certificate that does not verify is named the same way wherever a connection fails on it —
// sync, changes, the connection test: what is wrong with it, its SHA-256 fingerprint, and what to
// do (--ca-file, --trust-certificate). It used to be "Connect error (unknown error code)" outside
// the connection test.
class TestCertificateMessages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;

    static QString fingerprintOf(const SlapdFixture& slapd)
    {
        const auto certificates = QSslCertificate::fromPath(slapd.directory() + QStringLiteral("/server.crt"));
        if (certificates.size() != 1)
            return {};
        return QString::fromLatin1(
            QCryptographicHash::hash(certificates.first().toDer(), QCryptographicHash::Sha256).toHex(':').toUpper());
    }

    static LdapSettings readerSettings(const SlapdFixture& slapd, bool startTls)
    {
        LdapSettings settings;
        settings.url = startTls ? slapd.ldapUrl() : slapd.ldapsUrl();
        settings.baseDn = slapd.baseDn();
        settings.bindDn = slapd.readerDn();
        settings.caFile = slapd.caFile();
        settings.timeoutSeconds = 10;
        return settings;
    }

    static QString certificateDetail(const ConnectionTestReport& report)
    {
        for (const ConnectionCheck& check : report.checks) {
            if (check.title == QLatin1String("Certificate"))
                return check.detail;
        }
        return {};
    }

    // The message names the problem and the certificate, says what to do, and is the connection
    // test's own description of it.
    static void verifyNamed(const QString& error, const LdapSettings& settings, const QString& fingerprint,
                            const QString& problem)
    {
        QVERIFY2(error.contains(QStringLiteral("certificate is not trusted")), qPrintable(error));
        QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(!fingerprint.isEmpty() && error.contains(fingerprint), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--ca-file")) && error.contains(QStringLiteral("--trust-certificate")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("unknown error")), qPrintable(error));
        const QString detail = certificateDetail(testLdapConnection(settings, "unused"));
        QVERIFY2(!detail.isEmpty() && error.contains(detail), qPrintable(detail + u'\n' + error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start({}, &error), qPrintable(error));
    }

    void untrustedCaIsNamed_data()
    {
        QTest::addColumn<bool>("startTls");
        QTest::newRow("ldaps") << false;
        QTest::newRow("starttls") << true;
    }

    void untrustedCaIsNamed()
    {
        QFETCH(bool, startTls);
        LdapSettings settings = readerSettings(*m_slapd, startTls);
        settings.caFile = m_slapd->otherCaFile();
        LdapConnection connection;
        QString error;
        QVERIFY(!connection.open(settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), &error));
        verifyNamed(error, settings, fingerprintOf(*m_slapd), QStringLiteral("self-signed"));
    }

    void hostNameMismatchIsNamed()
    {
        // The certificate names 127.0.0.1 only; "localhost" reaches the same server.
        LdapSettings settings = readerSettings(*m_slapd, false);
        settings.url.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
        LdapConnection connection;
        QString error;
        QVERIFY(!connection.open(settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), &error));
        verifyNamed(error, settings, fingerprintOf(*m_slapd), QStringLiteral("host name"));
    }

    void expiredCertificateIsNamed()
    {
        SlapdFixture expired;
        expired.setServerCertificateExpired(true);
        QString error;
        QVERIFY2(expired.start({}, &error), qPrintable(error));
        for (const bool startTls : {false, true}) {
            const LdapSettings settings = readerSettings(expired, startTls);
            LdapConnection connection;
            QVERIFY(!connection.open(settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), &error));
            verifyNamed(error, settings, fingerprintOf(expired), QStringLiteral("expired"));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // What the user of `attest sync` sees, in place of "(unknown error code)".
    void commandLineSyncNamesTheProblem()
    {
        const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8() + '\n');
        file.close();
        QProcess process;
        process.start(QStringLiteral(ATTEST_BINARY),
                      {QStringLiteral("sync"), QStringLiteral("--workspace"),
                       m_dir.filePath(QStringLiteral("untrusted.attest")), QStringLiteral("--url"), m_slapd->ldapsUrl(),
                       QStringLiteral("--base"), m_slapd->baseDn(), QStringLiteral("--bind-dn"), m_slapd->readerDn(),
                       QStringLiteral("--ca-file"), m_slapd->otherCaFile(), QStringLiteral("--password-file"),
                       passwordFile, QStringLiteral("--timeout"), QStringLiteral("10")});
        QVERIFY2(process.waitForFinished(60000), "attest sync still running after 60 s");
        QCOMPARE(process.exitCode(), 1);
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        LdapSettings settings = readerSettings(*m_slapd, false);
        settings.caFile = m_slapd->otherCaFile();
        verifyNamed(output, settings, fingerprintOf(*m_slapd), QStringLiteral("self-signed"));
    }
};

ATTEST_REGISTER_TEST(TestCertificateMessages, "certificatemessages")
#include "tst_certificatemessages.moc"
