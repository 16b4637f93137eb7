#pragma once

#include <QString>

namespace attest {

// The network steps of talking to a directory, so that a message can name the one that did not
// answer in time.
enum class NetworkStep
{
    Connect,      // the TCP connection
    StartTls,     // the StartTLS request on ldap://
    TlsHandshake, // LDAPS, or after StartTLS was accepted
    Bind,
    Search,
    Read,           // one entry
    Change,         // a modify
    PasswordChange, // the Password Modify extended operation
};

// "127.0.0.1:636 did not complete the TLS handshake within 5 s": what did not answer, in one
// sentence, for every path that talks to a directory (sync, changes, the connection test).
// `where` is host:port (ldapEndpoint()); `subject` is the DN searched, read or changed.
QString describeNetworkTimeout(NetworkStep step, const QString& where, int seconds, const QString& subject = {});

// host:port of an ldap:// or ldaps:// URL, with the scheme's default port when none is given.
QString ldapEndpoint(const QString& url);

} // namespace attest
