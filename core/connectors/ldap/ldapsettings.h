#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace attest {

// Which directory attributes hold what Attest reads about an account. The defaults are
// OpenLDAP's inetOrgPerson; a directory that keeps, say, the department in "ou" or the login in
// "cn" changes them per connection.
struct LdapAttributeMapping
{
    QString accountObjectClass = QStringLiteral("inetOrgPerson");
    QString login = QStringLiteral("uid");
    QString name = QStringLiteral("cn");
    QString mail = QStringLiteral("mail");
    QString title = QStringLiteral("title");
    QString department = QStringLiteral("departmentNumber");
    QString manager = QStringLiteral("manager");
    QString employeeNumber = QStringLiteral("employeeNumber");
    QString employeeType = QStringLiteral("employeeType");

    struct Field
    {
        const char* key;   // "login", as in JSON and on the command line (--map login=cn)
        const char* label; // "Login", for people (translated in the "LdapAttributeMapping" context)
        QString LdapAttributeMapping::*attribute;
    };
    static const std::vector<Field>& fields();
    bool isDefault() const;
    bool operator==(const LdapAttributeMapping&) const = default;
};

// How to reach and read one LDAP directory. Never holds the password: that comes from the OS
// keychain or the user, per call.
struct LdapSettings
{
    QString url; // ldaps://host:636 or ldap://host:389
    QString baseDn;
    QString bindDn;              // empty: anonymous
    QString caFile;              // empty: the system's CAs
    bool startTls = true;        // for ldap:// URLs; required unless allowPlaintext
    bool allowPlaintext = false; // an explicit, recorded decision to send the password in clear
    int pageSize = 1000;         // RFC 2696 paged results
    int timeoutSeconds = 30;     // network and operation timeout
    // SHA-256 of a server certificate the user explicitly chose to trust although it does not
    // verify (hex). Only that exact certificate is then accepted; nothing else is relaxed.
    QString trustedCertificateSha256;
    // Who decided to trust it, when, and what the certificate said: the recorded decision.
    QString trustDecision;
    LdapAttributeMapping mapping;
    // A help-desk connection: Attest opens in help-desk mode on it (find, card, reset, unlock).
    bool helpdeskRole = false;

    // As stored with a source in the workspace (never a password).
    QString toJson() const;
    static std::optional<LdapSettings> fromJson(const QString& json, QString* error);
};

} // namespace attest
