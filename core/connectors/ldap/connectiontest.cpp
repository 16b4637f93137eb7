#include "connectiontest.h"

#include "ldapconnection.h"
#include "ldapschema.h"
#include "networktimeout.h"

#include "security/passwordgenerator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

#include <ldap.h>

namespace attest {

namespace {

using Access = DirectoryCapabilities::Access;

QString accessName(Access access)
{
    switch (access) {
    case Access::Allowed:
        return QStringLiteral("allowed");
    case Access::Denied:
        return QStringLiteral("denied");
    case Access::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Access accessFromName(const QString& name)
{
    if (name == QLatin1String("allowed"))
        return Access::Allowed;
    if (name == QLatin1String("denied"))
        return Access::Denied;
    return Access::Unknown;
}

// The server's verdict on a change it was asked to check but not make.
Access verdict(LdapConnection& connection, const QString& dn, const std::vector<LdapConnection::Modification>& mods,
               QString* reason)
{
    int code = LDAP_OTHER;
    QString error;
    if (connection.checkModify(dn, mods, &code, &error))
        return Access::Allowed;
    switch (code) {
    case LDAP_TYPE_OR_VALUE_EXISTS:
    case LDAP_NO_SUCH_ATTRIBUTE:
        return Access::Allowed; // access control is checked before the values
    case LDAP_INSUFFICIENT_ACCESS:
    case LDAP_UNWILLING_TO_PERFORM:
    case LDAP_UNDEFINED_TYPE:
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        *reason = error;
        return Access::Denied;
    case LDAP_UNAVAILABLE_CRITICAL_EXTENSION:
        *reason = QCoreApplication::translate("ConnectionTest",
                                              "the server cannot check a change without making it (no No-Op "
                                              "control); changes are tried and their errors shown");
        return Access::Unknown;
    default:
        *reason = error;
        return Access::Unknown;
    }
}

void add(ConnectionTestReport& report, ConnectionCheck::State state, const QString& title, const QString& detail)
{
    report.checks.append({state, title, detail});
}

QString title(const char* text)
{
    return QCoreApplication::translate("ConnectionTest", text);
}

// Marks the steps after a failure as skipped, so the list always shows every step.
void skipRest(ConnectionTestReport& report)
{
    static const char* const kAll[] = {
        QT_TRANSLATE_NOOP("ConnectionTest", "Reachable"),   QT_TRANSLATE_NOOP("ConnectionTest", "TLS"),
        QT_TRANSLATE_NOOP("ConnectionTest", "Certificate"), QT_TRANSLATE_NOOP("ConnectionTest", "Bind"),
        QT_TRANSLATE_NOOP("ConnectionTest", "Base DN"),     QT_TRANSLATE_NOOP("ConnectionTest", "Entries"),
        QT_TRANSLATE_NOOP("ConnectionTest", "Attributes"),  QT_TRANSLATE_NOOP("ConnectionTest", "Rights")};
    bool plaintext = false; // then there is no certificate step at all
    for (const ConnectionCheck& check : report.checks)
        plaintext = plaintext || (check.title == title("TLS") && check.state == ConnectionCheck::State::Warning);
    for (const char* name : kAll) {
        const QString step = title(name);
        bool present = plaintext && step == title("Certificate");
        for (const ConnectionCheck& check : report.checks)
            present = present || check.title == step;
        if (!present)
            add(report, ConnectionCheck::State::Skipped, step,
                QCoreApplication::translate("ConnectionTest", "not tried: an earlier step failed"));
    }
}

} // namespace

QString DirectoryCapabilities::toJson() const
{
    QJsonObject object;
    auto put = [&object](const char* key, Access access, const QString& reason) {
        object.insert(QLatin1String(key),
                      QJsonObject{{QStringLiteral("access"), accessName(access)}, {QStringLiteral("reason"), reason}});
    };
    put("groupMembers", groupMembers, groupMembersReason);
    put("accountStatus", accountStatus, accountStatusReason);
    put("passwords", passwords, passwordsReason);
    put("auditLog", auditLog, auditLogReason);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

DirectoryCapabilities DirectoryCapabilities::fromJson(const QString& json)
{
    DirectoryCapabilities capabilities;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    auto get = [&object](const char* key, Access* access, QString* reason) {
        const QJsonObject item = object.value(QLatin1String(key)).toObject();
        *access = accessFromName(item.value(QStringLiteral("access")).toString());
        *reason = item.value(QStringLiteral("reason")).toString();
    };
    get("groupMembers", &capabilities.groupMembers, &capabilities.groupMembersReason);
    get("accountStatus", &capabilities.accountStatus, &capabilities.accountStatusReason);
    get("passwords", &capabilities.passwords, &capabilities.passwordsReason);
    get("auditLog", &capabilities.auditLog, &capabilities.auditLogReason);
    return capabilities;
}

bool ConnectionTestReport::ok() const
{
    for (const ConnectionCheck& check : checks) {
        if (check.state == ConnectionCheck::State::Failed || check.state == ConnectionCheck::State::Skipped)
            return false;
    }
    return !checks.isEmpty();
}

DirectoryCapabilities probeCapabilities(LdapConnection& connection, const QString& baseDn)
{
    DirectoryCapabilities capabilities;
    using Modification = LdapConnection::Modification;
    QString error;
    LdapEntry account;
    const bool haveAccount = connection.findFirst(baseDn, QStringLiteral("(objectClass=inetOrgPerson)"),
                                                  {QStringLiteral("1.1")}, &account, &error);
    const QString noAccount =
        error.isEmpty() ? QCoreApplication::translate("ConnectionTest", "no account under the base to check on")
                        : error;

    LdapEntry group;
    if (connection.findFirst(baseDn, QStringLiteral("(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))"),
                             {QStringLiteral("objectClass")}, &group, &error)) {
        bool unique = false;
        for (const QByteArray& objectClass : group.values("objectclass"))
            unique = unique || objectClass.compare("groupOfUniqueNames", Qt::CaseInsensitive) == 0;
        const QString member = haveAccount ? account.dn : connection.bindDn();
        capabilities.groupMembers =
            verdict(connection, group.dn,
                    {Modification{Modification::Operation::Add,
                                  unique ? QStringLiteral("uniqueMember") : QStringLiteral("member"),
                                  {member.toUtf8()}}},
                    &capabilities.groupMembersReason);
    } else {
        capabilities.groupMembersReason =
            error.isEmpty() ? QCoreApplication::translate("ConnectionTest", "no group under the base to check on")
                            : error;
    }

    if (haveAccount) {
        capabilities.accountStatus = verdict(connection, account.dn,
                                             {Modification{Modification::Operation::Replace,
                                                           QStringLiteral("pwdAccountLockedTime"),
                                                           {QByteArrayLiteral("000001010000Z")}}},
                                             &capabilities.accountStatusReason);
        // A strong throw-away value, so a password-quality check cannot answer in place of the
        // access check. The server discards it (No-Op).
        PasswordPolicy policy;
        policy.length = 24;
        QString generateError;
        const QByteArray probe = PasswordGenerator::generate(policy, &generateError).value_or(QString()).toUtf8();
        capabilities.passwords =
            verdict(connection, account.dn,
                    {Modification{Modification::Operation::Replace, QStringLiteral("userPassword"), {probe}}},
                    &capabilities.passwordsReason);
    } else {
        capabilities.accountStatusReason = noAccount;
        capabilities.passwordsReason = noAccount;
    }

    LdapEntry logEntry;
    if (connection.findFirst(QStringLiteral("cn=accesslog"), QStringLiteral("(objectClass=*)"), {QStringLiteral("1.1")},
                             &logEntry, &error)) {
        capabilities.auditLog = Access::Allowed;
    } else {
        capabilities.auditLog = Access::Denied;
        capabilities.auditLogReason =
            error.isEmpty() ? QCoreApplication::translate("ConnectionTest", "cn=accesslog shows no entries") : error;
    }
    return capabilities;
}

ConnectionTestReport testLdapConnection(const LdapSettings& settings, const QByteArray& password,
                                        const std::function<bool()>& cancelled)
{
    using State = ConnectionCheck::State;
    ConnectionTestReport report;
    auto stop = [&cancelled]() { return cancelled && cancelled(); };
    const QUrl url(settings.url);
    const bool ldaps = url.scheme().compare(QLatin1String("ldaps"), Qt::CaseInsensitive) == 0;
    const bool tls = ldaps || settings.startTls;
    const QString where = ldapEndpoint(settings.url);

    QString error;
    if (tls) {
        report.certificate = probeServerCertificate(settings, &error);
        if (!report.certificate) {
            add(report, State::Failed, title("Reachable"), error);
            skipRest(report);
            return report;
        }
        add(report, State::Passed, title("Reachable"),
            QCoreApplication::translate("ConnectionTest", "%1 answered").arg(where));
        add(report, State::Passed, title("TLS"),
            ldaps ? QCoreApplication::translate("ConnectionTest", "LDAPS: the TLS handshake completed")
                  : QCoreApplication::translate("ConnectionTest", "StartTLS accepted and the TLS handshake completed"));
        const CertificateInfo& certificate = *report.certificate;
        const bool pinned = !settings.trustedCertificateSha256.isEmpty() &&
                            certificate.sha256.toHex() == settings.trustedCertificateSha256.toLatin1().toLower();
        if (certificate.verified) {
            add(report, State::Passed, title("Certificate"),
                QCoreApplication::translate("ConnectionTest", "trusted: %1, issued by %2, valid until %3")
                    .arg(certificate.subject, certificate.issuer, certificate.notAfter.toUTC().toString(Qt::ISODate)));
        } else if (pinned) {
            add(report, State::Warning, title("Certificate"),
                QCoreApplication::translate("ConnectionTest",
                                            "does not verify (%1) but is the certificate you trusted for this "
                                            "connection (SHA-256 %2)")
                    .arg(certificate.errors.join(QStringLiteral("; ")), certificate.fingerprint()));
        } else {
            report.certificateNeedsDecision = true;
            add(report, State::Failed, title("Certificate"), describeUntrustedCertificate(certificate));
            skipRest(report);
            return report;
        }
    } else if (settings.allowPlaintext || settings.bindDn.isEmpty()) {
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port(389)));
        if (!socket.waitForConnected(settings.timeoutSeconds * 1000)) {
            add(report, State::Failed, title("Reachable"),
                socket.error() == QAbstractSocket::SocketTimeoutError
                    ? describeNetworkTimeout(NetworkStep::Connect, where, settings.timeoutSeconds)
                    : QCoreApplication::translate("ConnectionTest", "cannot connect to %1: %2")
                          .arg(where, socket.errorString()));
            skipRest(report);
            return report;
        }
        socket.abort();
        add(report, State::Passed, title("Reachable"),
            QCoreApplication::translate("ConnectionTest", "%1 answered").arg(where));
        add(report, State::Warning, title("TLS"),
            QCoreApplication::translate("ConnectionTest",
                                        "none: everything, the password included, crosses the network unencrypted "
                                        "(plaintext was allowed for this connection)"));
    } else {
        add(report, State::Failed, title("TLS"),
            QCoreApplication::translate("ConnectionTest",
                                        "none: a password is never sent over plain ldap:// unless plaintext is "
                                        "allowed for this connection; use ldaps:// or StartTLS"));
        skipRest(report);
        return report;
    }
    if (stop()) {
        skipRest(report);
        return report;
    }

    LdapConnection connection;
    if (!connection.open(settings, password, &error)) {
        add(report, State::Failed, title("Bind"), error);
        skipRest(report);
        return report;
    }
    add(report, State::Passed, title("Bind"),
        settings.bindDn.isEmpty() ? QCoreApplication::translate("ConnectionTest", "anonymous bind accepted")
                                  : QCoreApplication::translate("ConnectionTest", "bound as %1").arg(settings.bindDn));

    LdapEntry base;
    if (!connection.readEntry(settings.baseDn, {QStringLiteral("1.1")}, &base, &error)) {
        add(report, State::Failed, title("Base DN"), error);
        skipRest(report);
        return report;
    }
    add(report, State::Passed, title("Base DN"),
        QCoreApplication::translate("ConnectionTest", "%1 found").arg(settings.baseDn));
    if (stop()) {
        skipRest(report);
        return report;
    }

    qint64 entries = 0;
    const bool counted = connection.search(
        settings.baseDn, QStringLiteral("(objectClass=*)"), {QStringLiteral("1.1")},
        [&entries, &stop](LdapEntry&&) {
            ++entries;
            return !stop();
        },
        {}, QString(), &error);
    if (!counted) {
        add(report, stop() ? State::Skipped : State::Failed, title("Entries"), error);
        skipRest(report);
        return report;
    }
    report.entries = entries;
    add(report, State::Passed, title("Entries"),
        QCoreApplication::translate("ConnectionTest", "about %L1 entries under the base").arg(entries));

    QString schemaError;
    if (const auto schema = readSchemaNames(connection, &schemaError)) {
        const QStringList unknown = unknownMappedAttributes(*schema, settings.mapping);
        if (!unknown.isEmpty()) {
            add(report, State::Failed, title("Attributes"),
                QCoreApplication::translate("ConnectionTest", "the schema does not define %1: correct the mapping")
                    .arg(unknown.join(QStringLiteral(", "))));
            skipRest(report);
            return report;
        }
        add(report, State::Passed, title("Attributes"),
            settings.mapping.isDefault()
                ? QCoreApplication::translate("ConnectionTest", "the schema defines every attribute read (defaults)")
                : QCoreApplication::translate("ConnectionTest", "the schema defines every mapped attribute"));
    } else {
        add(report, State::Warning, title("Attributes"),
            QCoreApplication::translate("ConnectionTest",
                                        "the schema is not readable, so the mapping is not checked: %1")
                .arg(schemaError));
    }

    report.capabilities = probeCapabilities(connection, settings.baseDn);
    const DirectoryCapabilities& c = report.capabilities;
    QStringList rights;
    auto describe = [&rights](Access access, const QString& allowed, const QString& denied, const QString& unknown) {
        rights.append(access == Access::Allowed ? allowed : access == Access::Denied ? denied : unknown);
    };
    describe(c.groupMembers, QCoreApplication::translate("ConnectionTest", "may change group members"),
             QCoreApplication::translate("ConnectionTest", "may not change group members"),
             QCoreApplication::translate("ConnectionTest", "group changes not checked"));
    describe(c.accountStatus, QCoreApplication::translate("ConnectionTest", "may disable, enable and unlock accounts"),
             QCoreApplication::translate("ConnectionTest", "may not disable, enable or unlock accounts"),
             QCoreApplication::translate("ConnectionTest", "account changes not checked"));
    describe(c.passwords, QCoreApplication::translate("ConnectionTest", "may reset passwords"),
             QCoreApplication::translate("ConnectionTest", "may not reset passwords"),
             QCoreApplication::translate("ConnectionTest", "password resets not checked"));
    describe(c.auditLog, QCoreApplication::translate("ConnectionTest", "may read the audit log"),
             QCoreApplication::translate("ConnectionTest", "may not read the audit log"),
             QCoreApplication::translate("ConnectionTest", "audit log not checked"));
    add(report, State::Passed, title("Rights"), rights.join(QStringLiteral("; ")));
    return report;
}

} // namespace attest
