#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/ldapconnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <csignal>
#include <future>
#include <thread>

using namespace attest;
using attest::test::SlapdFixture;

namespace {

// A "directory" on 127.0.0.1 that takes TCP connections and then never sends a byte, like a hung
// server or a firewall that lets the connection through; or one that accepts StartTLS and then
// stays silent in the TLS handshake; or one whose queue of connections is full, so that a new
// one is never accepted (the kernel drops its SYNs, as for a host that is down). It runs in a
// thread of its own so a test may block on it.
class SilentServer final : public QThread
{
public:
    enum class Mode
    {
        Silent,
        AcceptStartTlsThenSilent,
        BacklogFull,
    };

    explicit SilentServer(Mode mode)
        : m_mode(mode)
    {
        start();
        m_ready.tryAcquire(1, 10000);
    }
    ~SilentServer() override
    {
        quit();
        wait(10000);
    }

    quint16 port() const { return m_port; }
    QString url(const char* scheme) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(m_port);
    }

protected:
    void run() override
    {
        QTcpServer server;
        QTcpSocket filler;
        if (m_mode == Mode::BacklogFull) {
            server.setListenBacklogSize(0);
            server.setMaxPendingConnections(0); // never accepts: the one queued connection stays
        }
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        if (m_mode == Mode::BacklogFull) {
            filler.connectToHost(QHostAddress::LocalHost, m_port);
            filler.waitForConnected(5000);
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                if (m_mode == Mode::AcceptStartTlsThenSilent)
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { answerStartTls(*socket); });
            }
        });
        m_ready.release();
        exec(); // the sockets are children of the server and close with it
    }

private:
    // Answers the first request, a StartTLS extended request, with success (RFC 4511 §4.14.2) and
    // then reads and ignores everything: the client starts its TLS handshake and hears nothing.
    static void answerStartTls(QTcpSocket& socket)
    {
        const QByteArray request = socket.readAll();
        if (socket.property("answered").toBool() || request.size() < 5 || request.at(0) != 0x30)
            return;
        qsizetype at = 2;
        if (static_cast<unsigned char>(request.at(1)) & 0x80)
            at += request.at(1) & 0x7f;
        if (request.size() < at + 3 || request.at(at) != 0x02)
            return;
        const QByteArray messageId = request.mid(at, 2 + request.at(at + 1)); // INTEGER, as sent
        const QByteArray oid("1.3.6.1.4.1.1466.20037");
        const QByteArray result = QByteArray::fromHex("0a0100040004008a") + char(oid.size()) + oid;
        const QByteArray body = messageId + char(0x78) + char(result.size()) + result;
        socket.write(char(0x30) + QByteArray(1, char(body.size())) + body);
        socket.setProperty("answered", true);
    }

    Mode m_mode;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

} // namespace

// Every network step of an LDAP connection has a bound (STYLE rule 30): a server that accepts the
// connection and then says nothing — in the TLS handshake of ldaps://, after StartTLS, or after
// the bind on a live directory — fails within the connection's timeout with a message naming the
// step, instead of hanging (it used to spin in the TLS handshake for ever at full CPU).
class TestSilentServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SlapdFixture> m_slapd;

    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        qint64 elapsedMs = 0;
        QByteArray output;
    };

    // Runs attest with a bound of its own: a regression fails the test instead of hanging it.
    static Run runAttest(const QStringList& arguments, int boundMs)
    {
        Run run;
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(ATTEST_BINARY), arguments);
        run.finished = process.waitForFinished(boundMs);
        run.elapsedMs = timer.elapsed();
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = process.readAllStandardOutput() + process.readAllStandardError();
        return run;
    }

    // Opens a connection on a thread of its own and waits at most boundMs for it; if it has not
    // finished by then, `release` (which stops the server) makes it end, and the test fails.
    static std::pair<bool, QString> openWithin(const LdapSettings& settings, int boundMs, qint64* elapsedMs,
                                               const std::function<void()>& release)
    {
        std::promise<std::pair<bool, QString>> promise;
        auto outcome = promise.get_future();
        QElapsedTimer timer;
        timer.start();
        std::thread worker([&settings, &promise] {
            LdapConnection connection;
            QString error;
            const bool opened = connection.open(settings, QByteArrayLiteral("secret"), &error);
            promise.set_value({opened, error});
        });
        const bool inTime = outcome.wait_for(std::chrono::milliseconds(boundMs)) == std::future_status::ready;
        *elapsedMs = timer.elapsed();
        if (!inTime)
            release();
        worker.join();
        auto result = outcome.get();
        if (!inTime)
            result = {false, QStringLiteral("still waiting after %1 ms: %2").arg(boundMs).arg(result.second)};
        return result;
    }

    // Stops slapd and waits (at most 5 s) until it is stopped: kill() only sends the signal, and a
    // request sent before it lands would still be answered.
    bool stopDirectory() const
    {
        if (::kill(pid_t(m_slapd->pid()), SIGSTOP) != 0)
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(m_slapd->pid()));
            if (stat.open(QIODevice::ReadOnly)) {
                const QByteArray line = stat.readAll();
                const qsizetype state = line.lastIndexOf(')') + 2; // "pid (name) S …"
                if (state > 1 && state < line.size() && line.at(state) == 'T')
                    return true;
            }
            QThread::msleep(10);
        }
        return false;
    }

    QString passwordFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("password"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("secret\n");
        return path;
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
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
    }

    void commandLineGivesUpOnASilentServer_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("named");
        QTest::newRow("ldaps handshake") << int(SilentServer::Mode::Silent) << QStringLiteral("ldaps")
                                         << QStringLiteral("did not complete the TLS handshake within 3 s");
        QTest::newRow("StartTLS request") << int(SilentServer::Mode::Silent) << QStringLiteral("ldap")
                                          << QStringLiteral("did not answer the StartTLS request within 3 s");
        QTest::newRow("StartTLS handshake")
            << int(SilentServer::Mode::AcceptStartTlsThenSilent) << QStringLiteral("ldap")
            << QStringLiteral("did not complete the TLS handshake within 3 s");
    }

    void commandLineGivesUpOnASilentServer()
    {
        QFETCH(int, mode);
        QFETCH(QString, scheme);
        QFETCH(QString, named);
        SilentServer server{SilentServer::Mode(mode)};
        QVERIFY(server.port() != 0);
        const QString url = server.url(scheme.toLatin1().constData());
        const Run run = runAttest({QStringLiteral("sync"), QStringLiteral("--workspace"),
                                   m_dir.filePath(QStringLiteral("silent.attest")), QStringLiteral("--url"), url,
                                   QStringLiteral("--base"), QStringLiteral("dc=x"), QStringLiteral("--password-file"),
                                   passwordFile(), QStringLiteral("--timeout"), QStringLiteral("3")},
                                  20000);
        QVERIFY2(run.finished,
                 qPrintable(QStringLiteral("attest sync still running after 20 s: ") + QString::fromUtf8(run.output)));
        QCOMPARE(run.exitCode, 1);
        // Within the bound plus the time to start: not the old 30 s default, not for ever.
        QVERIFY2(run.elapsedMs >= 2500 && run.elapsedMs < 12000, qPrintable(QString::number(run.elapsedMs)));
        const QString where = QStringLiteral("127.0.0.1:%1").arg(server.port());
        QVERIFY2(run.output.contains((where + u' ' + named).toUtf8()), run.output.constData());
    }

    void connectionGivesUpOnASilentServer_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("named");
        QTest::newRow("TCP connect") << int(SilentServer::Mode::BacklogFull) << QStringLiteral("ldaps")
                                     << QStringLiteral("did not accept the connection within 2 s");
        QTest::newRow("TCP connect for StartTLS") << int(SilentServer::Mode::BacklogFull) << QStringLiteral("ldap")
                                                  << QStringLiteral("did not accept the connection within 2 s");
        QTest::newRow("ldaps handshake") << int(SilentServer::Mode::Silent) << QStringLiteral("ldaps")
                                         << QStringLiteral("did not complete the TLS handshake within 2 s");
        QTest::newRow("StartTLS request") << int(SilentServer::Mode::Silent) << QStringLiteral("ldap")
                                          << QStringLiteral("did not answer the StartTLS request within 2 s");
        QTest::newRow("StartTLS handshake")
            << int(SilentServer::Mode::AcceptStartTlsThenSilent) << QStringLiteral("ldap")
            << QStringLiteral("did not complete the TLS handshake within 2 s");
    }

    void connectionGivesUpOnASilentServer()
    {
        QFETCH(int, mode);
        QFETCH(QString, scheme);
        QFETCH(QString, named);
        auto server = std::make_unique<SilentServer>(SilentServer::Mode(mode));
        LdapSettings settings;
        settings.url = server->url(scheme.toLatin1().constData());
        settings.baseDn = QStringLiteral("dc=x");
        settings.bindDn = QStringLiteral("cn=reader,dc=x");
        settings.timeoutSeconds = 2;
        const QString where = QStringLiteral("127.0.0.1:%1").arg(server->port());
        qint64 elapsedMs = 0;
        const auto [opened, error] = openWithin(settings, 15000, &elapsedMs, [&server] { server.reset(); });
        QVERIFY(!opened);
        QVERIFY2(elapsedMs >= 1500 && elapsedMs < 8000, qPrintable(QString::number(elapsedMs) + u' ' + error));
        QVERIFY2(error.contains(where + u' ' + named), qPrintable(error));
    }

    // A live directory that stops answering after the bind (slapd stopped with SIGSTOP: the kernel
    // still takes connections, nothing answers): every operation gives up within the timeout and
    // names what did not answer.
    void operationsGiveUpWhenTheDirectoryStopsAnswering()
    {
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        settings.timeoutSeconds = 2;
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8();
        const QString where = QUrl(settings.url).authority();
        const QString account = QStringLiteral("uid=alice,ou=People,") + m_slapd->baseDn();

        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(settings, password, &error), qPrintable(error));
        const auto resume = qScopeGuard([this] { ::kill(pid_t(m_slapd->pid()), SIGCONT); });
        QVERIFY(stopDirectory());

        const auto bounded = [](qint64 ms) { return ms >= 1500 && ms < 8000; };
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!connection.search(
            settings.baseDn, QStringLiteral("(objectClass=*)"), {QStringLiteral("1.1")},
            [](LdapEntry&&) { return true; }, {}, QString(), &error));
        QVERIFY2(bounded(timer.elapsed()), qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(where + QStringLiteral(" did not answer the search of ") + settings.baseDn +
                                QStringLiteral(" within 2 s")),
                 qPrintable(error));

        // The connection that stopped answering is given up: later calls fail at once, plainly.
        int code = 0;
        timer.restart();
        QVERIFY(!connection.modify(
            account,
            {{LdapConnection::Modification::Operation::Replace, QStringLiteral("title"), {QByteArrayLiteral("x")}}},
            &code, &error));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));

        // A new connection to the stopped server: the TLS handshake is bounded too.
        LdapConnection again;
        timer.restart();
        QVERIFY(!again.open(settings, password, &error));
        QVERIFY2(bounded(timer.elapsed()), qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(where + QStringLiteral(" did not complete the TLS handshake within 2 s")),
                 qPrintable(error));
    }

    void changesGiveUpWhenTheDirectoryStopsAnswering_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("modify") << QStringLiteral("modify") << QStringLiteral(" did not answer the change of ");
        QTest::newRow("password modify") << QStringLiteral("password")
                                         << QStringLiteral(" did not answer the password change of ");
        QTest::newRow("read") << QStringLiteral("read") << QStringLiteral(" did not answer the read of ");
    }

    void changesGiveUpWhenTheDirectoryStopsAnswering()
    {
        QFETCH(QString, change);
        QFETCH(QString, named);
        LdapSettings settings;
        settings.url = m_slapd->ldapUrl(); // StartTLS
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        settings.timeoutSeconds = 2;
        const QString where = QUrl(settings.url).authority();
        const QString account = QStringLiteral("uid=alice,ou=People,") + m_slapd->baseDn();
        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(settings, SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(), &error),
                 qPrintable(error));
        const auto resume = qScopeGuard([this] { ::kill(pid_t(m_slapd->pid()), SIGCONT); });
        QVERIFY(stopDirectory());
        QElapsedTimer timer;
        timer.start();
        bool done = true;
        if (change == QLatin1String("modify")) {
            int code = 0;
            done = connection.modify(account,
                                     {{LdapConnection::Modification::Operation::Replace,
                                       QStringLiteral("title"),
                                       {QByteArrayLiteral("Stalled")}}},
                                     &code, &error);
        } else if (change == QLatin1String("password")) {
            done = connection.passwordModify(account, QByteArrayLiteral("Another-Secret-9"), &error);
        } else {
            LdapEntry entry;
            done = connection.readEntry(account, {QStringLiteral("cn")}, &entry, &error);
        }
        QVERIFY(!done);
        QVERIFY2(timer.elapsed() >= 1500 && timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(where + named + account + QStringLiteral(" within 2 s")), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_slapd)
            ::kill(pid_t(m_slapd->pid()), SIGCONT);
    }
};

ATTEST_REGISTER_TEST(TestSilentServer, "silentserver")
#include "tst_silentserver.moc"
