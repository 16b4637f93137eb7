#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace attest::test {

// A throw-away OpenLDAP slapd on 127.0.0.1 for integration tests: its own CA and server
// certificate, an unrelated "other" CA, an accesslog database, the memberof, refint and ppolicy
// overlays, and three ACL-checked service accounts (reader, helpdesk, admin). Everything lives in
// a temporary folder; the destructor always stops slapd (SIGTERM, up to 5 s, then SIGKILL).
// Requires the slapd, ldap-utils and openssl packages (scripts/setup.sh installs them).
class SlapdFixture
{
public:
    enum class Role
    {
        Reader,
        Helpdesk,
        Admin,
    };

    struct ToolResult
    {
        int exitCode = -1; // -1 when the tool could not run, crashed or timed out
        QByteArray out;
        QByteArray err;
    };

    SlapdFixture();
    ~SlapdFixture();
    SlapdFixture(const SlapdFixture&) = delete;
    SlapdFixture& operator=(const SlapdFixture&) = delete;

    // Creates certificates and configuration, loads `ldif` (for slapadd: memberOf values and
    // pre-hashed passwords included) plus the fixture's own entries, starts slapd and waits until
    // it answers. The base DN is the LDIF's first DN (dc=example,dc=com for an empty LDIF).
    bool start(const QByteArray& ldif, QString* error);
    // SIGTERM, wait up to 5 s, then SIGKILL. True when slapd ended on SIGTERM (or was not running).
    bool stop();
    // SIGKILL at once, for "server went away" tests.
    void kill();
    bool isRunning() const;

    QString ldapUrl() const { return m_ldapUrl; }
    QString ldapsUrl() const { return m_ldapsUrl; }
    QString baseDn() const { return m_baseDn; }
    QString caFile() const { return m_caFile; }
    QString otherCaFile() const { return m_otherCaFile; }
    QString logFile() const { return m_logFile; }
    QString directory() const; // the temporary folder, empty before start()
    qint64 pid() const { return m_pid; }

    QString readerDn() const { return dn(Role::Reader); }
    QString helpdeskDn() const { return dn(Role::Helpdesk); }
    QString adminDn() const { return dn(Role::Admin); }
    QString dn(Role role) const;
    static QString password(Role role);
    QString rootDn() const { return QStringLiteral("cn=root,") + m_baseDn; }
    static QString rootPassword() { return QStringLiteral("Root-Secret-1"); }
    QString policyDn() const { return QStringLiteral("cn=default,ou=Policies,") + m_baseDn; }

    // Runs ldapsearch over LDAPS as the reader (LDAPTLS_CACERT = caFile(), unwrapped LDIF, -LLL)
    // with `extraArgs` appended (e.g. -b, filter, attributes). Returns stdout; on failure an empty
    // array and `error` set.
    QByteArray ldapsearch(const QStringList& extraArgs, QString* error) const;

    // Runs an OpenLDAP client tool (ldapsearch, ldapmodify, ldappasswd, ldapwhoami, …) with the
    // machine's ldap.conf ignored and LDAPTLS_CACERT set to `caFile` when given.
    static ToolResult runTool(const QString& tool, const QStringList& arguments, const QString& caFile = {},
                              const QByteArray& input = {}, int timeoutMs = 60000);

    // Last lines of the slapd log, for failure messages.
    QByteArray logTail(qsizetype bytes = 4000) const;

    // Passwords of the users in smallDirectoryLdif() (all the same, stored as {SSHA}).
    static QString userPassword() { return QStringLiteral("User-Secret-1"); }
    // A small hand-written directory: 6 inetOrgPerson users (one with a non-ASCII cn, one with an
    // escaped comma in its DN), nested groups, a two-group cycle, a groupOfUniqueNames with a
    // #'0101'B member, a posixGroup and a group with a dangling member.
    static QByteArray smallDirectoryLdif(const QString& base = QStringLiteral("dc=example,dc=com"));

    // True when slapd, slapadd, slappasswd, the LDAP client tools and openssl are installed;
    // otherwise `missing` names the first one not found.
    static bool toolsAvailable(QString* missing);

    // Before start(): serve a server certificate from the fixture's own CA whose validity ended
    // in 2020, for "expired certificate" tests.
    void setServerCertificateExpired(bool expired) { m_expired = expired; }

private:
    bool prepare(const QByteArray& ldif, QString* error);
    bool makeCertificates(QString* error);
    bool writeConfig(QString* error);
    bool load(const QByteArray& ldif, QString* error);
    bool launch(QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_baseDn;
    QString m_ldapUrl;
    QString m_ldapsUrl;
    QString m_caFile;
    QString m_otherCaFile;
    QString m_certFile;
    QString m_keyFile;
    QString m_confFile;
    QString m_logFile;
    qint64 m_pid = 0;
    bool m_expired = false;
};

} // namespace attest::test
