#include "ldapsocketdeadline.h"

#include <ldap.h>

#include <algorithm>
#include <cerrno>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <poll.h>
#endif

namespace attest {

// The Sockbuf layer: libldap's C callbacks, which reach the LdapSocketDeadline through the
// layer's private pointer.
struct LdapSocketDeadlineIo
{
    // Waits until the socket is ready for `events` or the deadline passes (errno ETIMEDOUT then).
    static bool waitFor(Sockbuf_IO_Desc* sbiod, short events)
    {
        auto* self = static_cast<LdapSocketDeadline*>(sbiod->sbiod_pvt);
        auto fd = ber_socket_t(-1);
        if (ber_sockbuf_ctrl(sbiod->sbiod_sb, LBER_SB_OPT_GET_FD, &fd) < 0 || fd == ber_socket_t(-1))
            return true; // no socket: let the next layer report it
        while (true) {
            const int ms = self->waitMs();
            int ready = 0;
            if (ms > 0) {
                pollfd descriptor{};
                descriptor.fd = fd;
                descriptor.events = events;
#ifdef _WIN32
                ready = WSAPoll(&descriptor, 1, ms);
#else
                ready = ::poll(&descriptor, 1, ms);
#endif
            }
            if (ready > 0)
                return true; // readable, writable, or an error the read or write will report
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0) {
                self->m_expired = true;
#ifdef _WIN32
                WSASetLastError(WSAETIMEDOUT);
#endif
                errno = ETIMEDOUT; // a hard error: libldap and the TLS library give up, no retry
            }
            return false;
        }
    }

    static int setup(Sockbuf_IO_Desc* sbiod, void* arg)
    {
        sbiod->sbiod_pvt = arg;
        return 0;
    }
    static int remove(Sockbuf_IO_Desc*)
    {
        return 0;
    }
    static int control(Sockbuf_IO_Desc* sbiod, int option, void* arg)
    {
        return LBER_SBIOD_CTRL_NEXT(sbiod, option, arg);
    }
    static ber_slen_t read(Sockbuf_IO_Desc* sbiod, void* buffer, ber_len_t length)
    {
        if (!waitFor(sbiod, POLLIN))
            return -1;
        return LBER_SBIOD_READ_NEXT(sbiod, buffer, length);
    }
    static ber_slen_t write(Sockbuf_IO_Desc* sbiod, void* buffer, ber_len_t length)
    {
        if (!waitFor(sbiod, POLLOUT))
            return -1;
        return LBER_SBIOD_WRITE_NEXT(sbiod, buffer, length);
    }

    // Called by libldap right after the TCP connection is made and before any TLS.
    static int connected(LDAP*, Sockbuf* sb, LDAPURLDesc*, struct sockaddr*, ldap_conncb* callback)
    {
        auto* self = static_cast<LdapSocketDeadline*>(callback->lc_arg);
        self->m_connected = true;
        if (self->m_armed)
            self->m_deadline = std::chrono::steady_clock::now() + self->m_timeout;
        // Just above the socket itself and below TLS, so every byte of the handshake passes here.
        return ber_sockbuf_add_io(sb, &io, LBER_SBIOD_LEVEL_PROVIDER + 1, self) == 0 ? 0 : -1;
    }
    static void disconnected(LDAP*, Sockbuf*, ldap_conncb*) {}

    static Sockbuf_IO io;
};

Sockbuf_IO LdapSocketDeadlineIo::io = {&LdapSocketDeadlineIo::setup,   &LdapSocketDeadlineIo::remove,
                                       &LdapSocketDeadlineIo::control, &LdapSocketDeadlineIo::read,
                                       &LdapSocketDeadlineIo::write,   nullptr};

LdapSocketDeadline::LdapSocketDeadline()
    : m_callback(std::make_unique<ldap_conncb>())
{
    m_callback->lc_add = &LdapSocketDeadlineIo::connected;
    m_callback->lc_del = &LdapSocketDeadlineIo::disconnected;
    m_callback->lc_arg = this;
}

LdapSocketDeadline::~LdapSocketDeadline() = default;

bool LdapSocketDeadline::install(LDAP* ld, int timeoutSeconds)
{
    m_timeout = std::chrono::seconds(timeoutSeconds);
    m_armed = false;
    m_expired = false;
    m_connected = false;
    // libldap keeps the pointer: the callback record lives as long as this object.
    return ldap_set_option(ld, LDAP_OPT_CONNECT_CB, m_callback.get()) == LDAP_OPT_SUCCESS;
}

void LdapSocketDeadline::arm()
{
    m_deadline = std::chrono::steady_clock::now() + m_timeout;
    m_armed = true;
    m_expired = false;
}

void LdapSocketDeadline::disarm()
{
    m_armed = false;
}

int LdapSocketDeadline::waitMs() const
{
    if (!m_armed)
        return int(std::chrono::duration_cast<std::chrono::milliseconds>(m_timeout).count());
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - std::chrono::steady_clock::now());
    return left.count() > 0 ? int(std::max<std::chrono::milliseconds::rep>(1, left.count())) : 0;
}

} // namespace attest
