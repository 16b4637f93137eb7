#pragma once

#include <chrono>
#include <memory>

// libldap's handle and connection-callback record, declared here so callers need not include <ldap.h>.
typedef struct ldap LDAP;
struct ldap_conncb;

namespace attest {

// Puts a bound on every read and write libldap makes on one connection's socket. libldap bounds
// the TCP connect (LDAP_OPT_NETWORK_TIMEOUT) and the wait for each response (LDAP_OPT_TIMEOUT), but
// not the TLS handshake: with a network timeout set it makes the socket non-blocking and, built
// with GnuTLS (Debian, Ubuntu), calls the handshake again at once on every "try again", so a server
// that takes the connection and says nothing keeps it spinning at full CPU for ever. This adds a
// layer under TLS to the connection's socket that waits (poll) for the socket before each read and
// write and gives up, as a failed read or write, when the deadline passes.
// Part of the libldap backend, like LdapConnection; used on that connection's thread only.
class LdapSocketDeadline final
{
public:
    LdapSocketDeadline();
    ~LdapSocketDeadline();
    LdapSocketDeadline(const LdapSocketDeadline&) = delete;
    LdapSocketDeadline& operator=(const LdapSocketDeadline&) = delete;

    // Adds the layer to each connection `ld` makes from now on. This object must outlive `ld`.
    bool install(LDAP* ld, int timeoutSeconds);

    // Starts a step: its reads and writes must be done within the timeout from now. When the TCP
    // connection is made during the step, the TLS handshake gets the whole timeout of its own.
    void arm();
    // Between steps each wait gets the timeout (an unbind, for instance).
    void disarm();

    bool expired() const { return m_expired; }     // a read or write gave up since arm()
    bool connected() const { return m_connected; } // the TCP connection was made

private:
    friend struct LdapSocketDeadlineIo;
    int waitMs() const; // how long the next wait may take; <= 0 when the deadline has passed

    std::unique_ptr<ldap_conncb> m_callback;
    std::chrono::seconds m_timeout{30};
    std::chrono::steady_clock::time_point m_deadline;
    bool m_armed = false;
    bool m_expired = false;
    bool m_connected = false;
};

} // namespace attest
