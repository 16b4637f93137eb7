#pragma once

#include "ldapsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace attest {

// What a directory's TLS certificate says about itself, for the connection dialog: shown to the
// user when it does not verify, so they can decide (and record) to trust that exact certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // of the DER certificate, raw bytes
    QByteArray der;
    bool verified = false; // against the settings' CA file (or the system's CAs) and the host
    QStringList errors;    // why it did not verify, in the TLS library's words

    QString fingerprint() const; // "AB:CD:…", upper-case hex
};

// Connects to the server (LDAPS, or ldap:// with StartTLS), completes the TLS handshake without
// sending anything else, and describes the certificate. Blocking; call it off the GUI thread.
// nullopt with *error when there is no certificate to show (unreachable, no TLS).
// Bounded by the settings' timeout at each step, like LdapConnection.
std::optional<CertificateInfo> probeServerCertificate(const LdapSettings& settings, QString* error);

// What is wrong with a certificate that does not verify, which one it is (SHA-256) and what the
// user can do: the one description of an untrusted certificate, for the connection test's
// Certificate step and for the error of every LDAP connection that fails on it (sync, changes).
QString describeUntrustedCertificate(const CertificateInfo& certificate);

} // namespace attest
