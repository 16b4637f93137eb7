#include "slapdfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace attest::test {

namespace {

const QString kDefaultBase = QStringLiteral("dc=example,dc=com");

// Full path of a tool: the usual Debian location first, then PATH.
QString tool(const QString& name)
{
    for (const QString& dir : {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}) {
        const QString path = dir + u'/' + name;
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool runChecked(const QString& name, const QStringList& arguments, QString* error, QByteArray* out = nullptr,
                const QByteArray& input = {})
{
    const QString program = tool(name);
    if (program.isEmpty()) {
        *error = QStringLiteral("%1 is not installed: run scripts/setup.sh").arg(name);
        return false;
    }
    const SlapdFixture::ToolResult result = SlapdFixture::runTool(program, arguments, {}, input, 120000);
    if (result.exitCode != 0) {
        *error = QStringLiteral("%1 %2 failed (%3): %4")
                     .arg(name, arguments.join(u' '), QString::number(result.exitCode),
                          QString::fromUtf8(result.err.right(4000)));
        return false;
    }
    if (out)
        *out = result.out;
    return true;
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

// The first DN of an LDIF (unfolded, base64 decoded), or an empty string.
QString firstDn(const QByteArray& ldif)
{
    QByteArray text = ldif;
    text.replace("\r\n", "\n");
    text.replace("\n ", "");
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith("dn:: "))
            return QString::fromUtf8(QByteArray::fromBase64(line.mid(5).trimmed()));
        if (line.startsWith("dn:"))
            return QString::fromUtf8(line.mid(3).trimmed());
    }
    return {};
}

QString roleName(SlapdFixture::Role role)
{
    switch (role) {
    case SlapdFixture::Role::Reader:
        return QStringLiteral("reader");
    case SlapdFixture::Role::Helpdesk:
        return QStringLiteral("helpdesk");
    case SlapdFixture::Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

} // namespace

SlapdFixture::SlapdFixture() = default;

SlapdFixture::~SlapdFixture()
{
    stop();
}

QString SlapdFixture::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString SlapdFixture::dn(Role role) const
{
    return QStringLiteral("cn=%1,%2").arg(roleName(role), m_baseDn);
}

QString SlapdFixture::password(Role role)
{
    switch (role) {
    case Role::Reader:
        return QStringLiteral("Reader-Secret-1");
    case Role::Helpdesk:
        return QStringLiteral("Helpdesk-Secret-1");
    case Role::Admin:
        return QStringLiteral("Admin-Secret-1");
    }
    return {};
}

bool SlapdFixture::toolsAvailable(QString* missing)
{
    for (const QString& name :
         {QStringLiteral("slapd"), QStringLiteral("slapadd"), QStringLiteral("slappasswd"), QStringLiteral("openssl"),
          QStringLiteral("ldapsearch"), QStringLiteral("ldapmodify"), QStringLiteral("ldappasswd")}) {
        if (tool(name).isEmpty()) {
            if (missing)
                *missing = name;
            return false;
        }
    }
    if (!QFileInfo(QStringLiteral("/usr/lib/ldap/back_mdb.so")).exists()) {
        if (missing)
            *missing = QStringLiteral("/usr/lib/ldap/back_mdb.so");
        return false;
    }
    return true;
}

SlapdFixture::ToolResult SlapdFixture::runTool(const QString& program, const QStringList& arguments,
                                               const QString& caFile, const QByteArray& input, int timeoutMs)
{
    ToolResult result;
    const QString path = program.contains(u'/') ? program : tool(program);
    if (path.isEmpty()) {
        result.err = program.toUtf8() + " is not installed: run scripts/setup.sh";
        return result;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the machine's ldap.conf and the user's ldaprc out; LDAPNOINIT would also ignore LDAPTLS_CACERT.
    env.remove(QStringLiteral("LDAPNOINIT"));
    env.insert(QStringLiteral("LDAPCONF"), QProcess::nullDevice());
    env.insert(QStringLiteral("LDAPRC"), QStringLiteral("attest-no-such-ldaprc"));
    env.remove(QStringLiteral("LDAPTLS_CACERT"));
    env.remove(QStringLiteral("LDAPTLS_REQCERT"));
    if (!caFile.isEmpty())
        env.insert(QStringLiteral("LDAPTLS_CACERT"), caFile);
    process.setProcessEnvironment(env);
    process.start(path, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
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

bool SlapdFixture::start(const QByteArray& ldif, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (isRunning()) {
        *error = QStringLiteral("slapd is already running");
        return false;
    }
    QString missing;
    if (!toolsAvailable(&missing)) {
        *error =
            QStringLiteral("%1 is missing: run scripts/setup.sh (packages slapd, ldap-utils, openssl)").arg(missing);
        return false;
    }
    return prepare(ldif, error) && makeCertificates(error) && writeConfig(error) && load(ldif, error) && launch(error);
}

bool SlapdFixture::prepare(const QByteArray& ldif, QString* error)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/attest-slapd-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    // For debugging a failing test: ATTEST_KEEP_SLAPD_DIR=1 keeps the folder (and its log).
    if (qEnvironmentVariableIntValue("ATTEST_KEEP_SLAPD_DIR") != 0)
        m_dir->setAutoRemove(false);
    m_baseDn = firstDn(ldif);
    if (m_baseDn.isEmpty())
        m_baseDn = kDefaultBase;
    const QDir dir(m_dir->path());
    if (!dir.mkpath(QStringLiteral("data")) || !dir.mkpath(QStringLiteral("accesslog"))) {
        *error = QStringLiteral("cannot create database folders in %1").arg(m_dir->path());
        return false;
    }
    m_caFile = m_dir->filePath(QStringLiteral("ca.crt"));
    m_otherCaFile = m_dir->filePath(QStringLiteral("other-ca.crt"));
    m_certFile = m_dir->filePath(QStringLiteral("server.crt"));
    m_keyFile = m_dir->filePath(QStringLiteral("server.key"));
    m_confFile = m_dir->filePath(QStringLiteral("slapd.conf"));
    m_logFile = m_dir->filePath(QStringLiteral("slapd.log"));
    return true;
}

bool SlapdFixture::makeCertificates(QString* error)
{
    const QString cnf = m_dir->filePath(QStringLiteral("openssl.cnf"));
    if (!writeFile(cnf,
                   "[req]\n"
                   "distinguished_name = dn\n"
                   "prompt = no\n"
                   "[dn]\n"
                   "CN = unused\n"
                   "[ca_ext]\n"
                   "basicConstraints = critical,CA:TRUE\n"
                   "keyUsage = critical,keyCertSign,cRLSign\n"
                   "subjectKeyIdentifier = hash\n"
                   "[server_ext]\n"
                   "basicConstraints = critical,CA:FALSE\n"
                   "keyUsage = critical,digitalSignature,keyEncipherment\n"
                   "extendedKeyUsage = serverAuth\n"
                   "subjectAltName = IP:127.0.0.1\n"
                   "subjectKeyIdentifier = hash\n"
                   "authorityKeyIdentifier = keyid\n",
                   error))
        return false;

    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const auto makeCa = [&](const QString& name, const QString& subject) {
        return runChecked(QStringLiteral("openssl"),
                          QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf,
                                      QStringLiteral("-extensions"), QStringLiteral("ca_ext")} +
                              ecKey +
                              QStringList{QStringLiteral("-keyout"), m_dir->filePath(name + QStringLiteral(".key")),
                                          QStringLiteral("-out"), m_dir->filePath(name + QStringLiteral(".crt")),
                                          QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                          subject},
                          error);
    };
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("/O=Attest Tests/CN=Attest Test CA")) ||
        !makeCa(QStringLiteral("other-ca"), QStringLiteral("/O=Somebody Else/CN=Unrelated Test CA")))
        return false;

    const QString csr = m_dir->filePath(QStringLiteral("server.csr"));
    if (!runChecked(QStringLiteral("openssl"),
                    QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), cnf} + ecKey +
                        QStringList{QStringLiteral("-keyout"), m_keyFile, QStringLiteral("-out"), csr,
                                    QStringLiteral("-subj"), QStringLiteral("/O=Attest Tests/CN=127.0.0.1")},
                    error))
        return false;
    if (m_expired) {
        // `openssl x509` cannot date a certificate in the past; `openssl ca` can.
        const QString caCnf = m_dir->filePath(QStringLiteral("ca.cnf"));
        const QString index = m_dir->filePath(QStringLiteral("index.txt"));
        if (!writeFile(index, QByteArray(), error) ||
            !writeFile(caCnf,
                       QStringLiteral("[ca]\ndefault_ca = test_ca\n"
                                      "[test_ca]\ndatabase = %1\nnew_certs_dir = %2\nserial = %3\n"
                                      "default_md = sha256\npolicy = any\ncopy_extensions = none\n"
                                      "[any]\ncommonName = supplied\norganizationName = optional\n")
                           .arg(index, m_dir->path(), m_dir->filePath(QStringLiteral("ca.serial")))
                           .toUtf8(),
                       error) ||
            !writeFile(m_dir->filePath(QStringLiteral("ca.serial")), "1000\n", error))
            return false;
        return runChecked(QStringLiteral("openssl"),
                          {QStringLiteral("ca"),
                           QStringLiteral("-batch"),
                           QStringLiteral("-notext"),
                           QStringLiteral("-config"),
                           caCnf,
                           QStringLiteral("-in"),
                           csr,
                           QStringLiteral("-cert"),
                           m_caFile,
                           QStringLiteral("-keyfile"),
                           m_dir->filePath(QStringLiteral("ca.key")),
                           QStringLiteral("-startdate"),
                           QStringLiteral("20200101000000Z"),
                           QStringLiteral("-enddate"),
                           QStringLiteral("20200201000000Z"),
                           QStringLiteral("-extfile"),
                           cnf,
                           QStringLiteral("-extensions"),
                           QStringLiteral("server_ext"),
                           QStringLiteral("-out"),
                           m_certFile},
                          error);
    }
    return runChecked(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                       QStringLiteral("-CA"), m_caFile, QStringLiteral("-CAkey"),
                       m_dir->filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-CAserial"), m_dir->filePath(QStringLiteral("ca.srl")), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-extfile"), cnf, QStringLiteral("-extensions"),
                       QStringLiteral("server_ext"), QStringLiteral("-out"), m_certFile},
                      error);
}

bool SlapdFixture::writeConfig(QString* error)
{
    const QString dir = m_dir->path();
    const QString reader = readerDn();
    const QString helpdesk = helpdeskDn();
    const QString admin = adminDn();
    // Values in quotes: DNs may contain spaces, and backslashes must reach slapd unchanged.
    const auto q = [](QString value) {
        value.replace(u'\\', QStringLiteral("\\\\"));
        value.replace(u'"', QStringLiteral("\\\""));
        return u'"' + value + u'"';
    };

    QString conf;
    conf += QStringLiteral("modulepath /usr/lib/ldap\n"
                           "moduleload back_mdb\n"
                           "moduleload memberof\n"
                           "moduleload refint\n"
                           "moduleload ppolicy\n"
                           "moduleload accesslog\n"
                           "include /etc/ldap/schema/core.schema\n"
                           "include /etc/ldap/schema/cosine.schema\n"
                           "include /etc/ldap/schema/inetorgperson.schema\n"
                           "include /etc/ldap/schema/nis.schema\n");
    conf += QStringLiteral("pidfile %1\nargsfile %2\n")
                .arg(q(dir + QStringLiteral("/slapd.pid")), q(dir + QStringLiteral("/slapd.args")));
    conf += QStringLiteral("TLSCACertificateFile %1\nTLSCertificateFile %2\nTLSCertificateKeyFile %3\n")
                .arg(q(m_caFile), q(m_certFile), q(m_keyFile));

    // The accesslog database: readable by the reader and the admin only.
    conf += QStringLiteral("\ndatabase mdb\n"
                           "maxsize 268435456\n"
                           "suffix \"cn=accesslog\"\n"
                           "rootdn \"cn=accesslog\"\n"
                           "directory %1\n"
                           "sizelimit unlimited\n"
                           "index reqStart eq\n"
                           "access to *\n"
                           "    by dn.exact=%2 read\n"
                           "    by dn.exact=%3 read\n"
                           "    by * none\n")
                .arg(q(dir + QStringLiteral("/accesslog")), q(reader), q(admin));

    // The data database.
    conf += QStringLiteral("\ndatabase mdb\n"
                           "maxsize 1073741824\n"
                           "suffix %1\n"
                           "rootdn %2\n"
                           "rootpw %3\n"
                           "directory %4\n"
                           "sizelimit unlimited\n"
                           "index objectClass eq\n"
                           "index uid,cn eq\n"
                           "index member,uniqueMember,memberOf eq\n")
                .arg(q(m_baseDn), q(rootDn()), q(rootPassword()), q(dir + QStringLiteral("/data")));
    for (const QString& account : {reader, helpdesk, admin})
        conf += QStringLiteral("limits dn.exact=%1 size=unlimited time=unlimited\n").arg(q(account));

    conf += QStringLiteral("overlay accesslog\n"
                           "logdb \"cn=accesslog\"\n"
                           "logops writes\n"
                           "logold (objectClass=inetOrgPerson)\n"
                           "overlay memberof\n"
                           "memberof-refint TRUE\n"
                           "overlay refint\n"
                           "refint_attributes member manager\n"
                           "refint_nothing %1\n"
                           "overlay ppolicy\n"
                           "ppolicy_default %2\n"
                           "ppolicy_use_lockout\n"
                           "ppolicy_hash_cleartext\n")
                .arg(q(QString()), q(policyDn()));

    conf += QStringLiteral("access to attrs=userPassword\n"
                           "    by dn.exact=%1 manage\n"
                           "    by dn.exact=%2 write\n"
                           "    by dn.exact=%3 read\n"
                           "    by self write\n"
                           "    by anonymous auth\n"
                           "    by * none\n"
                           "access to attrs=pwdAccountLockedTime,pwdReset\n"
                           "    by dn.exact=%1 manage\n"
                           "    by dn.exact=%2 write\n"
                           "    by dn.exact=%3 read\n"
                           "    by * none\n"
                           "access to *\n"
                           "    by dn.exact=%2 write\n"
                           "    by dn.exact=%1 read\n"
                           "    by dn.exact=%3 read\n"
                           "    by self read\n"
                           "    by * none\n")
                .arg(q(helpdesk), q(admin), q(reader));
    return writeFile(m_confFile, conf.toUtf8(), error);
}

bool SlapdFixture::load(const QByteArray& ldif, QString* error)
{
    QByteArray all = ldif.trimmed();
    const QByteArray base = m_baseDn.toUtf8();
    if (all.isEmpty()) {
        const QByteArray dc = m_baseDn.section(u',', 0, 0).section(u'=', 1).toUtf8();
        all = "dn: " + base + "\nobjectClass: top\nobjectClass: dcObject\nobjectClass: organization\ndc: " + dc +
              "\no: " + dc;
    }
    all += "\n\ndn: ou=Policies," + base +
           "\n"
           "objectClass: organizationalUnit\n"
           "ou: Policies\n"
           "\n"
           "dn: cn=default,ou=Policies," +
           base +
           "\n"
           "objectClass: device\n"
           "objectClass: pwdPolicy\n"
           "cn: default\n"
           "pwdAttribute: userPassword\n"
           "pwdLockout: TRUE\n"
           "pwdMaxFailure: 3\n"
           "pwdLockoutDuration: 0\n"
           "pwdFailureCountInterval: 0\n"
           // Needed, besides manage on userPassword, for a help-desk reset to set pwdReset: TRUE.
           "pwdMustChange: TRUE\n"
           "pwdAllowUserChange: TRUE\n";
    for (const Role role : {Role::Reader, Role::Helpdesk, Role::Admin}) {
        QByteArray hash;
        if (!runChecked(QStringLiteral("slappasswd"), {QStringLiteral("-s"), password(role)}, error, &hash))
            return false;
        all += "\ndn: " + dn(role).toUtf8() +
               "\n"
               "objectClass: organizationalRole\n"
               "objectClass: simpleSecurityObject\n"
               "cn: " +
               roleName(role).toUtf8() + "\nuserPassword: " + hash.trimmed() + "\ndescription: Attest test " +
               roleName(role).toUtf8() + " account\n";
    }
    const QString path = m_dir->filePath(QStringLiteral("load.ldif"));
    if (!writeFile(path, all, error))
        return false;
    return runChecked(QStringLiteral("slapadd"),
                      {QStringLiteral("-q"), QStringLiteral("-f"), m_confFile, QStringLiteral("-b"), m_baseDn,
                       QStringLiteral("-l"), path},
                      error);
}

bool SlapdFixture::launch(QString* error)
{
    const QString slapd = tool(QStringLiteral("slapd"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freePort();
        quint16 tlsPort = freePort();
        while (tlsPort == port)
            tlsPort = freePort();
        if (port == 0 || tlsPort == 0) {
            *error = QStringLiteral("no free TCP port on 127.0.0.1");
            return false;
        }
        m_ldapUrl = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
        m_ldapsUrl = QStringLiteral("ldaps://127.0.0.1:%1").arg(tlsPort);

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_logFile, QIODevice::Append);
        m_process->setStandardInputFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
        m_process->setProcessEnvironment(env);
#ifdef Q_OS_LINUX
        // If the test process dies without running destructors (a crash, an abort), slapd goes too
        // instead of lingering on its ports.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process->start(slapd, {QStringLiteral("-f"), m_confFile, QStringLiteral("-h"),
                                 m_ldapUrl + QStringLiteral("/ ") + m_ldapsUrl + u'/', QStringLiteral("-d"),
                                 QStringLiteral("stats")});
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("cannot start slapd: %1").arg(m_process->errorString());
            m_process.reset();
            return false;
        }
        m_pid = m_process->processId();

        // Ready when a base search of the root DSE answers; poll for up to 10 s.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const ToolResult probe =
                runTool(QStringLiteral("ldapsearch"),
                        {QStringLiteral("-x"), QStringLiteral("-H"), m_ldapUrl, QStringLiteral("-b"), QString(),
                         QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("-o"),
                         QStringLiteral("nettimeout=2"), QStringLiteral("1.1")},
                        {}, {}, 5000);
            if (probe.exitCode == 0)
                return true;
            if (m_process->waitForFinished(100))
                break;
        }
        const bool exited = m_process->state() == QProcess::NotRunning;
        const QByteArray log = logTail();
        if (!exited) {
            stop();
            *error = QStringLiteral("slapd did not answer within 10 s; log:\n%1").arg(QString::fromUtf8(log));
            return false;
        }
        m_process.reset();
        m_pid = 0;
        // Another process took one of the ports between probing and binding: try new ones.
        if (log.contains("Address already in use") || log.contains("bind(") || log.contains("slap_open_listener"))
            continue;
        *error = QStringLiteral("slapd exited at start; log:\n%1").arg(QString::fromUtf8(log));
        return false;
    }
    *error =
        QStringLiteral("slapd could not bind its ports after 5 attempts; log:\n%1").arg(QString::fromUtf8(logTail()));
    return false;
}

bool SlapdFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool SlapdFixture::stop()
{
    if (!m_process)
        return true;
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGTERM);
        if (!m_process->waitForFinished(5000)) {
            clean = false;
            if (m_pid > 0)
                ::kill(pid_t(m_pid), SIGKILL);
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    return clean;
}

void SlapdFixture::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGKILL);
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QByteArray SlapdFixture::logTail(qsizetype bytes) const
{
    QFile file(m_logFile);
    if (m_logFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > bytes)
        file.seek(file.size() - bytes);
    return file.readAll();
}

QByteArray SlapdFixture::ldapsearch(const QStringList& extraArgs, QString* error) const
{
    const ToolResult result =
        runTool(QStringLiteral("ldapsearch"),
                QStringList{QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-o"),
                            QStringLiteral("ldif-wrap=no"), QStringLiteral("-H"), m_ldapsUrl, QStringLiteral("-D"),
                            readerDn(), QStringLiteral("-w"), password(Role::Reader)} +
                    extraArgs,
                m_caFile);
    if (result.exitCode != 0) {
        if (error)
            *error = QStringLiteral("ldapsearch failed (%1): %2")
                         .arg(QString::number(result.exitCode), QString::fromUtf8(result.err.trimmed()));
        return {};
    }
    if (error)
        error->clear();
    return result.out;
}

QByteArray SlapdFixture::smallDirectoryLdif(const QString& baseDn)
{
    const QByteArray base = baseDn.toUtf8();
    const QByteArray dc = baseDn.section(u',', 0, 0).section(u'=', 1).toUtf8();
    const QByteArray people = "ou=People," + base;
    const QByteArray groups = "ou=Groups," + base;
    // slappasswd -s User-Secret-1 (slapadd runs no overlays, so the hash is stored as given).
    const QByteArray hash = "{SSHA}wdxJ/lQcYqy1I/lC+gCKOjj+fzKXtAK6";

    QByteArray ldif = "dn: " + base +
                      "\nobjectClass: top\nobjectClass: dcObject\nobjectClass: organization\ndc: " + dc +
                      "\no: Example Corporation\n\n";
    ldif += "dn: " + people + "\nobjectClass: organizationalUnit\nou: People\n\n";
    ldif += "dn: " + groups + "\nobjectClass: organizationalUnit\nou: Groups\n\n";

    struct User
    {
        QByteArray rdn;
        QByteArray uid;
        QByteArray cn; // UTF-8
        QByteArray sn;
        QByteArray givenName;
        QList<QByteArray> memberOf; // group cns
    };
    const QList<User> users{
        {"uid=alice", "alice", "Alice Archer", "Archer", "Alice", {"Engineering", "Former Staff"}},
        {"uid=bob", "bob", "Bob Baker", "Baker", "Bob", {"Platform Team"}},
        {"uid=carol", "carol", "Carol Clark", "Clark", "Carol", {"Cycle A"}},
        {"uid=dave", "dave", "Dave Dunn", "Dunn", "Dave", {}},
        {"uid=jose", "jose", "Jos\xc3\xa9 M\xc3\xbcller", "M\xc3\xbcller", "Jos\xc3\xa9", {}},
        {"cn=Doe\\, Jane", "jdoe", "Doe, Jane", "Doe", "Jane", {"Platform Team"}},
    };
    const auto isAscii = [](const QByteArray& value) {
        for (const char c : value) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return false;
        }
        return true;
    };
    const auto attr = [&](const QByteArray& name, const QByteArray& value) -> QByteArray {
        if (isAscii(value))
            return name + ": " + value + '\n';
        return name + ":: " + value.toBase64() + '\n';
    };
    for (const User& user : users) {
        ldif += "dn: " + user.rdn + ',' + people + "\nobjectClass: inetOrgPerson\n";
        ldif += attr("cn", user.cn) + attr("sn", user.sn) + attr("givenName", user.givenName) +
                attr("displayName", user.cn);
        ldif += "uid: " + user.uid + "\nmail: " + user.uid + "@example.com\nuserPassword: " + hash + '\n';
        for (const QByteArray& group : user.memberOf)
            ldif += "memberOf: cn=" + group + ',' + groups + '\n';
        ldif += '\n';
    }

    const QByteArray alice = "uid=alice," + people;
    const QByteArray bob = "uid=bob," + people;
    const QByteArray carol = "uid=carol," + people;
    const QByteArray dave = "uid=dave," + people;
    const QByteArray jane = "cn=Doe\\, Jane," + people;
    // Engineering nests Platform Team.
    ldif += "dn: cn=Engineering," + groups + "\nobjectClass: groupOfNames\ncn: Engineering\nmember: cn=Platform Team," +
            groups + "\nmember: " + alice + "\n\n";
    ldif += "dn: cn=Platform Team," + groups + "\nobjectClass: groupOfNames\ncn: Platform Team\nmember: " + bob +
            "\nmember: " + jane + "\nmemberOf: cn=Engineering," + groups + "\n\n";
    // A cycle: Cycle A contains Cycle B, which contains Cycle A.
    ldif += "dn: cn=Cycle A," + groups + "\nobjectClass: groupOfNames\ncn: Cycle A\nmember: cn=Cycle B," + groups +
            "\nmember: " + carol + "\nmemberOf: cn=Cycle B," + groups + "\n\n";
    ldif += "dn: cn=Cycle B," + groups + "\nobjectClass: groupOfNames\ncn: Cycle B\nmember: cn=Cycle A," + groups +
            "\nmemberOf: cn=Cycle A," + groups + "\n\n";
    // uniqueMember with the optional bit-string suffix.
    ldif += "dn: cn=Auditors," + groups + "\nobjectClass: groupOfUniqueNames\ncn: Auditors\nuniqueMember: " + dave +
            "#'0101'B\nuniqueMember: " + alice + "\n\n";
    ldif += "dn: cn=developers," + groups +
            "\nobjectClass: posixGroup\ncn: developers\ngidNumber: 5000\nmemberUid: alice\nmemberUid: bob\n"
            "memberUid: jdoe\n\n";
    // A member whose entry does not exist (slapadd does not check, refint only acts on changes).
    ldif += "dn: cn=Former Staff," + groups + "\nobjectClass: groupOfNames\ncn: Former Staff\nmember: " + alice +
            "\nmember: uid=ghost," + people + "\n\n";
    return ldif;
}

} // namespace attest::test
