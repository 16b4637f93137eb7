#pragma once

#include "certificateprobe.h"
#include "ldapsettings.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace attest {

// What the bind identity of a connection may change, found by asking the server to check each
// kind of change without doing it (the No-Op control, which OpenLDAP honours). Unknown when the
// server cannot say; the change is then tried and its own error shown.
struct DirectoryCapabilities
{
    enum class Access
    {
        Unknown,
        Allowed,
        Denied,
    };
    Access groupMembers = Access::Unknown;  // add or remove members of groups
    Access accountStatus = Access::Unknown; // disable, enable, unlock (ppolicy attributes)
    Access passwords = Access::Unknown;     // reset a password
    Access auditLog = Access::Unknown;      // read cn=accesslog
    QString groupMembersReason, accountStatusReason, passwordsReason, auditLogReason;

    QString toJson() const;
    static DirectoryCapabilities fromJson(const QString& json);
    // The workspace setting that keeps what the last test found for a connection (source).
    static QString settingKey(qint64 sourceId) { return QStringLiteral("capabilities.%1").arg(sourceId); }
};

// One line of a connection test, in the order the steps happen.
struct ConnectionCheck
{
    enum class State
    {
        Passed,
        Warning, // works, with something the user should know
        Failed,
        Skipped, // not tried because an earlier step failed
    };
    State state = State::Skipped;
    QString title;  // "Reachable", "TLS", "Certificate", "Bind", "Base DN", "Entries", "Attributes", "Rights"
    QString detail; // what was found, or why it failed, in plain words
};

struct ConnectionTestReport
{
    QList<ConnectionCheck> checks;
    std::optional<CertificateInfo> certificate; // when the server spoke TLS
    bool certificateNeedsDecision = false;      // it did not verify and is not the trusted one
    qint64 entries = -1;                        // under the base, -1 when not counted
    DirectoryCapabilities capabilities;
    bool ok() const; // every step passed (warnings allowed)
};

// Tests a connection step by step: reachable, TLS and certificate, bind, base DN, roughly how many
// entries, and what the bind identity may change. Stops at the first step that fails and marks
// the rest skipped. Blocking: call it off the GUI thread. `cancelled` is polled between steps.
ConnectionTestReport testLdapConnection(const LdapSettings& settings, const QByteArray& password,
                                        const std::function<bool()>& cancelled = {});

// What the bind identity may change, using an open, bound connection: each kind of change is
// checked by the server on a sample group and account under the base; nothing is changed.
class LdapConnection;
DirectoryCapabilities probeCapabilities(LdapConnection& connection, const QString& baseDn);

} // namespace attest
