#pragma once

#include <QString>

#include <optional>

namespace attest {

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

    // As stored with a source in the workspace (never a password).
    QString toJson() const;
    static std::optional<LdapSettings> fromJson(const QString& json, QString* error);
};

} // namespace attest
