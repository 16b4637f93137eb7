#include "testregistry.h"

#include "connectors/demo/demoorganisation.h"
#include "connectors/demo/ldifwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace attest;

namespace {

const QString kBase = QStringLiteral("dc=example,dc=com");
const QString kRootDn = QStringLiteral("cn=admin,dc=example,dc=com");
const QString kRootPassword = QStringLiteral("secret");
const QString kSlapadd = QStringLiteral("/usr/sbin/slapadd");
const QString kSlapd = QStringLiteral("/usr/sbin/slapd");
const QString kLdapsearch = QStringLiteral("/usr/bin/ldapsearch");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a tool to completion; LDAPNOINIT keeps the machine's ldap.conf out of the test.
Run run(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Stops slapd on every path out of the test: SIGTERM, wait, SIGKILL only as a fallback.
class SlapdGuard
{
public:
    explicit SlapdGuard(QProcess* process)
        : m_process(process)
    {}
    ~SlapdGuard() { stop(); }
    SlapdGuard(const SlapdGuard&) = delete;
    SlapdGuard& operator=(const SlapdGuard&) = delete;

    bool stop()
    {
        if (m_process->state() == QProcess::NotRunning)
            return true;
        m_process->terminate();
        if (m_process->waitForFinished(10000))
            return true;
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }

private:
    QProcess* m_process;
};

// Values of one attribute in unwrapped LDIF from ldapsearch, base64 decoded where needed.
QStringList values(const QByteArray& ldif, const QByteArray& attribute)
{
    QStringList result;
    for (const QByteArray& line : ldif.split('\n')) {
        if (line.startsWith(attribute + ":: "))
            result.append(QString::fromUtf8(QByteArray::fromBase64(line.mid(attribute.size() + 3))));
        else if (line.startsWith(attribute + ": "))
            result.append(QString::fromUtf8(line.mid(attribute.size() + 2)));
    }
    return result;
}

} // namespace

class TestLdifSlapadd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString& tool : {kSlapadd, kSlapd, kLdapsearch}) {
            if (!QFileInfo(tool).isExecutable()) {
                QFAIL(
                    qPrintable(QStringLiteral("%1 is missing: run the setup script to install the slapd and ldap-utils "
                                              "packages (this test is not skipped).")
                                   .arg(tool)));
            }
        }
    }

    void demoOrganisationLoadsIntoSlapd()
    {
        DemoParameters parameters;
        parameters.identities = 2000;
        parameters.asOf = QDateTime(QDate(2026, 11, 22), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QString error;
        const auto organisation = DemoGenerator(parameters).generate({}, &error);
        QVERIFY2(organisation, qPrintable(error));
        const SnapshotData& snapshot = organisation->snapshots.back();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ldifPath = dir.filePath(QStringLiteral("demo.ldif"));
        {
            QFile file(ldifPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY2(LdifWriter(kBase).write(snapshot, &file, &error), qPrintable(error));
        }
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("db")));
        const QString confPath = dir.filePath(QStringLiteral("slapd.conf"));
        {
            QFile conf(confPath);
            QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Text));
            const QString text = QStringLiteral("modulepath /usr/lib/ldap\n"
                                                "moduleload back_mdb\n"
                                                "moduleload memberof\n"
                                                "moduleload ppolicy\n"
                                                "include /etc/ldap/schema/core.schema\n"
                                                "include /etc/ldap/schema/cosine.schema\n"
                                                "include /etc/ldap/schema/inetorgperson.schema\n"
                                                "include /etc/ldap/schema/nis.schema\n"
                                                "pidfile %1/slapd.pid\n"
                                                "argsfile %1/slapd.args\n"
                                                "database mdb\n"
                                                "maxsize 1073741824\n"
                                                "suffix \"%2\"\n"
                                                "rootdn \"%3\"\n"
                                                "rootpw %4\n"
                                                "directory %1/db\n"
                                                "sizelimit unlimited\n"
                                                "overlay memberof\n"
                                                "overlay ppolicy\n")
                                     .arg(dir.path(), kBase, kRootDn, kRootPassword);
            QVERIFY(conf.write(text.toUtf8()) > 0);
        }

        QElapsedTimer timer;
        timer.start();
        const Run slapadd =
            run(kSlapadd, {QStringLiteral("-q"), QStringLiteral("-f"), confPath, QStringLiteral("-l"), ldifPath});
        QVERIFY2(slapadd.exitCode == 0, slapadd.err.right(4000).constData());
        qInfo("slapadd -q of %zu accounts and %zu groups took %lld ms", snapshot.accounts.size(),
              snapshot.entitlements.size(), timer.elapsed());

        const quint16 port = freePort();
        QVERIFY(port != 0);
        const QString url = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
        QProcess slapd;
        slapd.setProcessChannelMode(QProcess::MergedChannels);
        SlapdGuard guard(&slapd);
        slapd.start(kSlapd, {QStringLiteral("-f"), confPath, QStringLiteral("-h"), url + u'/', QStringLiteral("-d"),
                             QStringLiteral("stats")});
        QVERIFY2(slapd.waitForStarted(10000), qPrintable(slapd.errorString()));

        // Ready when a base search answers; poll for up to 10 s.
        bool ready = false;
        for (QElapsedTimer wait; !ready && (!wait.isValid() || wait.elapsed() < 10000);) {
            if (!wait.isValid())
                wait.start();
            ready = run(kLdapsearch,
                        {QStringLiteral("-x"), QStringLiteral("-H"), url, QStringLiteral("-b"), kBase,
                         QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("dn")},
                        5000)
                        .exitCode == 0;
            if (!ready) {
                QVERIFY2(slapd.state() != QProcess::NotRunning, slapd.readAll().right(4000).constData());
                QThread::msleep(100);
            }
        }
        QVERIFY2(ready, slapd.readAll().right(4000).constData());

        const QStringList asRoot{QStringLiteral("-x"), QStringLiteral("-LLL"),
                                 QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
                                 QStringLiteral("-H"), url,
                                 QStringLiteral("-D"), kRootDn,
                                 QStringLiteral("-w"), kRootPassword};

        // Every entry arrived.
        const Run all =
            run(kLdapsearch, asRoot + QStringList{QStringLiteral("-b"), kBase, QStringLiteral("-E"),
                                                  QStringLiteral("pr=1000/noprompt"), QStringLiteral("dn")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        const QList<QByteArray> lines = all.out.split('\n');
        const auto entries =
            std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray& line) { return line.startsWith("dn:"); });
        QCOMPARE(qsizetype(entries), qsizetype(1 + LdifWriter::organisationalUnits().size() + snapshot.accounts.size() +
                                               snapshot.entitlements.size()));

        // A nested group knows the group it is nested in.
        const Run team =
            run(kLdapsearch,
                asRoot + QStringList{QStringLiteral("-b"), QStringLiteral("cn=Platform Team,ou=Groups,") + kBase,
                                     QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("memberOf")});
        QVERIFY2(team.exitCode == 0, team.err.constData());
        QVERIFY2(values(team.out, "memberOf")
                     .contains(QStringLiteral("cn=Engineering,ou=Groups,") + kBase, Qt::CaseInsensitive),
                 team.out.constData());

        // A non-ASCII name comes back unchanged, and the account's groups match the snapshot.
        const auto nonAscii = std::find_if(snapshot.accounts.begin(), snapshot.accounts.end(), [](const Account& a) {
            return a.kind == AccountKind::User && a.enabled && !a.locked &&
                   std::any_of(a.displayName.begin(), a.displayName.end(), [](QChar c) { return c.unicode() >= 0x80; });
        });
        QVERIFY(nonAscii != snapshot.accounts.end());
        const Run person =
            run(kLdapsearch,
                asRoot + QStringList{QStringLiteral("-b"), nonAscii->dn, QStringLiteral("-s"), QStringLiteral("base"),
                                     QStringLiteral("displayName"), QStringLiteral("memberOf")});
        QVERIFY2(person.exitCode == 0, person.err.constData());
        QCOMPARE(values(person.out, "displayName"), QStringList{nonAscii->displayName});
        const auto row = quint32(nonAscii - snapshot.accounts.begin());
        const auto direct =
            std::count_if(snapshot.memberships.begin(), snapshot.memberships.end(), [row](const Membership& m) {
                return m.memberKind == MemberKind::Account && m.member == row;
            });
        QCOMPARE(qsizetype(values(person.out, "memberOf").size()), qsizetype(direct));

        // The pre-hashed {SSHA} demo password works for a simple bind.
        const Run bind = run(kLdapsearch, {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), url,
                                           QStringLiteral("-D"), nonAscii->dn, QStringLiteral("-w"),
                                           LdifWriter::demoPassword(), QStringLiteral("-b"), nonAscii->dn,
                                           QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("uid")});
        QVERIFY2(bind.exitCode == 0, bind.err.constData());

        // ppolicy's operational attributes survive: a disabled account carries OpenLDAP's marker.
        const auto disabled = std::find_if(snapshot.accounts.begin(), snapshot.accounts.end(),
                                           [](const Account& a) { return !a.enabled; });
        QVERIFY(disabled != snapshot.accounts.end());
        const Run locked =
            run(kLdapsearch,
                asRoot + QStringList{QStringLiteral("-b"), disabled->dn, QStringLiteral("-s"), QStringLiteral("base"),
                                     QStringLiteral("pwdAccountLockedTime"), QStringLiteral("pwdChangedTime")});
        QVERIFY2(locked.exitCode == 0, locked.err.constData());
        QCOMPARE(values(locked.out, "pwdAccountLockedTime"), QStringList{QStringLiteral("000001010000Z")});
        QCOMPARE(values(locked.out, "pwdChangedTime").size(), 1);

        QVERIFY2(guard.stop(), "slapd did not stop on SIGTERM");
        QCOMPARE(slapd.exitStatus(), QProcess::NormalExit);
    }
};

ATTEST_REGISTER_TEST(TestLdifSlapadd, "ldifslapadd")

#include "tst_ldifslapadd.moc"
