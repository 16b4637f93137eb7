#include "ldapconnection.h"

#include "certificateprobe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>
#include <QUrl>

#include <ldap.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace attest {

namespace {

// NULL-terminated attribute list for libldap, kept alive with the QByteArrays behind it.
struct AttributeList
{
    explicit AttributeList(const QStringList& names)
    {
        for (const QString& name : names)
            storage.push_back(name.toUtf8());
        for (QByteArray& bytes : storage)
            pointers.push_back(bytes.data());
        pointers.push_back(nullptr);
    }
    char** get() { return pointers.data(); }
    std::vector<QByteArray> storage;
    std::vector<char*> pointers;
};

// Lower-case attribute names already seen in a search, shared by its entries: a directory sends
// the same dozen names with each of 100,000 entries, and one allocation each adds up.
class AttributeNames
{
public:
    QByteArray lowerCase(const char* name, std::size_t size)
    {
        for (const QByteArray& known : m_names) {
            if (std::size_t(known.size()) == size && qstrnicmp(known.constData(), name, qsizetype(size)) == 0)
                return known;
        }
        QByteArray lower = QByteArray(name, qsizetype(size)).toLower();
        if (m_names.size() < 64)
            m_names.push_back(lower);
        return lower;
    }

private:
    std::vector<QByteArray> m_names;
};

LdapEntry readEntryFrom(LDAP* ld, LDAPMessage* message, AttributeNames& names)
{
    // One pass over the entry's BER: the DN, names and values point into the message, so each
    // value is copied once, into its QByteArray. (ldap_get_values_len would rescan the entry for
    // every attribute and copy every value twice: a big share of a sync's client time.)
    LdapEntry entry;
    BerElement* ber = nullptr;
    berval dn{};
    if (ldap_get_dn_ber(ld, message, &ber, &dn) != LDAP_SUCCESS) {
        if (ber)
            ber_free(ber, 0);
        return entry;
    }
    entry.dn = QString::fromUtf8(dn.bv_val, qsizetype(dn.bv_len));
    entry.attributes.reserve(24);
    berval name{};
    BerVarray values = nullptr;
    while (ldap_get_attribute_ber(ld, message, ber, &name, &values) == LDAP_SUCCESS && name.bv_val) {
        LdapEntry::Attribute attribute;
        attribute.name = names.lowerCase(name.bv_val, name.bv_len);
        if (values) {
            qsizetype count = 0;
            while (values[count].bv_val)
                ++count;
            attribute.values.reserve(count);
            for (qsizetype i = 0; i < count; ++i)
                attribute.values.append(QByteArray(values[i].bv_val, qsizetype(values[i].bv_len)));
            ber_memfree(values);
            values = nullptr;
        }
        entry.attributes.push_back(std::move(attribute));
    }
    if (values)
        ber_memfree(values);
    ber_free(ber, 0);
    return entry;
}

} // namespace

LdapConnection::LdapConnection()
{
#ifndef _WIN32
    // Writing to a server that went away (an unbind, a TLS alert) raises SIGPIPE, whose default
    // is to end the process. Attest reports a lost connection as an error instead.
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
#endif
}

LdapConnection::~LdapConnection()
{
    close();
}

void LdapConnection::close()
{
    if (m_ld) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
    m_encrypted = false;
}

QString LdapConnection::describe(int code, const QString& what) const
{
    QString diagnostic;
    if (m_ld) {
        char* message = nullptr;
        if (ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) == LDAP_OPT_SUCCESS && message) {
            diagnostic = QString::fromUtf8(message);
            ldap_memfree(message);
        }
    }
    QString plain;
    switch (code) {
    case LDAP_INVALID_CREDENTIALS:
        plain = QCoreApplication::translate(
            "LdapConnection", "the directory refused the bind: wrong bind DN or password, or the account is locked");
        break;
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        plain = QCoreApplication::translate("LdapConnection", "cannot connect to %1").arg(m_settings.url);
        break;
    case LDAP_TIMEOUT:
        plain = QCoreApplication::translate("LdapConnection", "the directory did not answer within %1 seconds")
                    .arg(m_settings.timeoutSeconds);
        break;
    case LDAP_NO_SUCH_OBJECT:
        plain = QCoreApplication::translate("LdapConnection", "the entry does not exist");
        break;
    case LDAP_INSUFFICIENT_ACCESS:
        plain = QCoreApplication::translate("LdapConnection",
                                            "the bind identity is not allowed to do this (insufficient access)");
        break;
    case LDAP_SIZELIMIT_EXCEEDED:
        plain = QCoreApplication::translate(
            "LdapConnection",
            "the server's size limit cut the result short; ask for an unlimited limit for this reader");
        break;
    case LDAP_TIMELIMIT_EXCEEDED:
        plain = QCoreApplication::translate("LdapConnection", "the server's time limit cut the result short");
        break;
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        plain =
            QCoreApplication::translate("LdapConnection", "the server requires an encrypted connection for this bind");
        break;
    case LDAP_UNWILLING_TO_PERFORM:
        plain = QCoreApplication::translate("LdapConnection", "the server is unwilling to perform this");
        break;
    case LDAP_CONSTRAINT_VIOLATION:
        plain = QCoreApplication::translate("LdapConnection",
                                            "the directory refused the value (a constraint or the password policy)");
        break;
    case LDAP_NO_SUCH_ATTRIBUTE:
        plain = QCoreApplication::translate("LdapConnection", "the value to remove is not there");
        break;
    case LDAP_TYPE_OR_VALUE_EXISTS:
        plain = QCoreApplication::translate("LdapConnection", "the value is already there");
        break;
    case LDAP_OBJECT_CLASS_VIOLATION:
        plain = QCoreApplication::translate("LdapConnection", "the entry's object class does not allow this");
        break;
    default:
        plain = QString::fromUtf8(ldap_err2string(code));
    }
    QString message = QStringLiteral("%1: %2").arg(what, plain);
    if (!diagnostic.isEmpty() && !plain.contains(diagnostic))
        message += QStringLiteral(" (%1)").arg(diagnostic);
    return message;
}

bool LdapConnection::open(const LdapSettings& settings, const QByteArray& password, QString* error)
{
    close();
    m_settings = settings;
    const QUrl url(settings.url);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")) ||
        url.host().isEmpty()) {
        *error = QCoreApplication::translate("LdapConnection",
                                             "\"%1\" is not an LDAP URL such as ldaps://directory.example.com")
                     .arg(settings.url);
        return false;
    }
    const bool ldaps = scheme == QLatin1String("ldaps");
    const bool plaintext = !ldaps && !settings.startTls;
    if (plaintext && !settings.allowPlaintext && !settings.bindDn.isEmpty()) {
        *error = QCoreApplication::translate(
                     "LdapConnection",
                     "refusing to send the password for %1 over plain ldap:// without StartTLS; use ldaps:// or "
                     "StartTLS, or allow plaintext explicitly for this connection")
                     .arg(settings.url);
        return false;
    }

    if (int rc = ldap_initialize(&m_ld, settings.url.toUtf8().constData()); rc != LDAP_SUCCESS) {
        *error = describe(rc, QCoreApplication::translate("LdapConnection", "Connecting to %1").arg(settings.url));
        m_ld = nullptr;
        return false;
    }
    const int version = LDAP_VERSION3;
    ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    // The connection's timeout bounds every step: the TCP connect (NETWORK_TIMEOUT), each wait for
    // an answer (TIMEOUT), and every read and write of the socket, the TLS handshake included,
    // which libldap itself does not bound (LdapSocketDeadline says why).
    timeval timeout{settings.timeoutSeconds, 0};
    ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &timeout);
    if (!m_deadline.install(m_ld, settings.timeoutSeconds)) {
        *error = QCoreApplication::translate("LdapConnection", "Connecting to %1: the LDAP library refused a setting")
                     .arg(settings.url);
        close();
        return false;
    }
    const auto disarm = qScopeGuard([this] { m_deadline.disarm(); });

    // TLS: always verify the certificate and the host name; the CA file is the only trust added.
    // A pinned certificate (an explicit, recorded decision) is instead compared byte for byte
    // below, before any password is sent.
    const QByteArray pinned = QByteArray::fromHex(settings.trustedCertificateSha256.toLatin1());
    const int requireCertificate = pinned.isEmpty() ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_ALLOW;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &requireCertificate);
    if (!settings.caFile.isEmpty())
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, settings.caFile.toUtf8().constData());
    const int newContext = 0;
    ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &newContext);

    if (!ldaps && settings.startTls) {
        // The request and the handshake apart (ldap_start_tls_s does both), so that a failure says
        // which of them did not answer.
        m_deadline.arm();
        char* responseName = nullptr;
        berval* responseData = nullptr;
        int rc = ldap_extended_operation_s(m_ld, LDAP_EXOP_START_TLS, nullptr, nullptr, nullptr, &responseName,
                                           &responseData);
        const int connectErrno = errno;
        if (responseName)
            ldap_memfree(responseName);
        if (responseData)
            ber_bvfree(responseData);
        if (rc == LDAP_SUCCESS) {
            m_deadline.arm();
            rc = ldap_install_tls(m_ld);
            if (rc != LDAP_SUCCESS) {
                *error = openFailure(
                    rc, NetworkStep::TlsHandshake, connectErrno,
                    QCoreApplication::translate(
                        "LdapConnection", "StartTLS with %1 (is the certificate trusted and issued for this host?)")
                        .arg(settings.url));
                close();
                return false;
            }
        } else {
            *error = openFailure(
                rc, NetworkStep::StartTls, connectErrno,
                QCoreApplication::translate("LdapConnection", "StartTLS with %1 (does the server offer StartTLS?)")
                    .arg(settings.url));
            close();
            return false;
        }
    } else if (ldaps) {
        // Connect (and handshake) now, so a pinned certificate is checked before the bind.
        m_deadline.arm();
        if (int rc = ldap_connect(m_ld); rc != LDAP_SUCCESS) {
            const int connectErrno = errno;
            *error = openFailure(rc, NetworkStep::TlsHandshake, connectErrno,
                                 QCoreApplication::translate("LdapConnection",
                                                             "Connecting to %1 over TLS (is the certificate trusted "
                                                             "and issued for this host?)")
                                     .arg(settings.url));
            close();
            return false;
        }
    }
    m_encrypted = ldaps || settings.startTls;
    if (!pinned.isEmpty()) {
        berval certificate{};
        if (ldap_get_option(m_ld, LDAP_OPT_X_TLS_PEERCERT, &certificate) != LDAP_OPT_SUCCESS || !certificate.bv_val) {
            *error =
                QCoreApplication::translate("LdapConnection", "%1 sent no certificate to compare with the trusted one")
                    .arg(settings.url);
            close();
            return false;
        }
        const QByteArray der(certificate.bv_val, qsizetype(certificate.bv_len));
        ber_memfree(certificate.bv_val);
        if (QCryptographicHash::hash(der, QCryptographicHash::Sha256) != pinned) {
            *error = QCoreApplication::translate(
                         "LdapConnection",
                         "the certificate of %1 is not the one trusted for this connection (it changed, or another "
                         "server answered); check it and trust it again if that is expected")
                         .arg(settings.url);
            close();
            return false;
        }
    }

    berval credentials{};
    QByteArray secret = password;
    credentials.bv_val = secret.data();
    credentials.bv_len = ber_len_t(secret.size());
    const QByteArray bindDn = settings.bindDn.toUtf8();
    m_deadline.arm();
    const int rc = ldap_sasl_bind_s(m_ld, bindDn.isEmpty() ? nullptr : bindDn.constData(), LDAP_SASL_SIMPLE,
                                    &credentials, nullptr, nullptr, nullptr);
    const int connectErrno = errno;
    secret.fill('\0');
    if (rc != LDAP_SUCCESS) {
        const QString who =
            settings.bindDn.isEmpty() ? QCoreApplication::translate("LdapConnection", "anonymous") : settings.bindDn;
        *error =
            openFailure(rc, NetworkStep::Bind, connectErrno,
                        QCoreApplication::translate("LdapConnection", "Binding to %1 as %2").arg(settings.url, who));
        close();
        return false;
    }
    return true;
}

QString LdapConnection::openFailure(int code, NetworkStep step, int connectErrno, const QString& what) const
{
    const QString where = ldapEndpoint(m_settings.url);
    if (!m_deadline.connected()) {
        // The TCP connection itself was not made: refused, unreachable, or no answer in time.
        if (connectErrno == ETIMEDOUT || code == LDAP_TIMEOUT || m_deadline.expired())
            return describeNetworkTimeout(NetworkStep::Connect, where, m_settings.timeoutSeconds);
        return describe(code, what);
    }
    if (code == LDAP_TIMEOUT || m_deadline.expired())
        return describeNetworkTimeout(step, where, m_settings.timeoutSeconds);
    if (step == NetworkStep::TlsHandshake) {
        // libldap says little more than "connect error" about a certificate: look at it and say what
        // is wrong with it, in the words of the connection test.
        QString probeError;
        const auto certificate = probeServerCertificate(m_settings, &probeError);
        if (certificate && !certificate->verified)
            return QCoreApplication::translate("LdapConnection", "TLS with %1: %2")
                .arg(m_settings.url, describeUntrustedCertificate(*certificate));
    }
    return describe(code, what);
}

QString LdapConnection::operationFailure(int code, NetworkStep step, const QString& subject, const QString& what)
{
    const bool timedOut = code == LDAP_TIMEOUT || m_deadline.expired();
    const QString message =
        timedOut ? describeNetworkTimeout(step, ldapEndpoint(m_settings.url), m_settings.timeoutSeconds, subject)
                 : describe(code, what);
    // A server that stopped answering, or went away, is given up: later calls fail at once instead
    // of each waiting out the timeout again.
    if (timedOut || code == LDAP_SERVER_DOWN)
        close();
    return message;
}

bool LdapConnection::search(const QString& base, const QString& filter, const QStringList& attributes,
                            const EntryFn& onEntry, const ProgressFn& progress, const QString& stage, QString* error)
{
    if (!m_ld) {
        *error = QCoreApplication::translate("LdapConnection", "not connected");
        return false;
    }
    AttributeList attrs(attributes);
    const QByteArray baseBytes = base.toUtf8();
    const QByteArray filterBytes = filter.toUtf8();
    berval* cookie = nullptr;
    AttributeNames names;
    qint64 count = 0;
    bool ok = true;
    timeval timeout{m_settings.timeoutSeconds, 0};
    // Each wait for the server, for a page or for the next entry, gets the whole timeout.
    const auto disarm = qScopeGuard([this] { m_deadline.disarm(); });
    do {
        LDAPControl* pageControl = nullptr;
        if (int rc = ldap_create_page_control(m_ld, ber_int_t(m_settings.pageSize), cookie, 1, &pageControl);
            rc != LDAP_SUCCESS) {
            *error = describe(rc, QCoreApplication::translate("LdapConnection", "Preparing a paged search"));
            ok = false;
            break;
        }
        LDAPControl* serverControls[] = {pageControl, nullptr};
        // Asynchronous: entries are handled as they arrive while the server prepares the next
        // ones, instead of waiting for a whole page.
        int messageId = 0;
        m_deadline.arm();
        const int rc = ldap_search_ext(m_ld, baseBytes.constData(), LDAP_SCOPE_SUBTREE, filterBytes.constData(),
                                       attrs.get(), 0, serverControls, nullptr, &timeout, 0, &messageId);
        ldap_control_free(pageControl);
        if (cookie) {
            ber_bvfree(cookie);
            cookie = nullptr;
        }
        if (rc != LDAP_SUCCESS) {
            *error = operationFailure(rc, NetworkStep::Search, base,
                                      QCoreApplication::translate("LdapConnection", "Searching %1").arg(base));
            ok = false;
            break;
        }
        LDAPMessage* result = nullptr;
        while (ok) {
            LDAPMessage* message = nullptr;
            m_deadline.arm();
            const int type = ldap_result(m_ld, messageId, LDAP_MSG_ONE, &timeout, &message);
            if (type <= 0) {
                int code = LDAP_TIMEOUT;
                if (type < 0)
                    ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &code);
                if (message)
                    ldap_msgfree(message);
                *error = operationFailure(code, NetworkStep::Search, base,
                                          QCoreApplication::translate("LdapConnection", "Searching %1").arg(base));
                ok = false;
                break;
            }
            if (type == LDAP_RES_SEARCH_ENTRY) {
                ++count;
                const bool more = onEntry(readEntryFrom(m_ld, message, names));
                ldap_msgfree(message);
                if (!more) {
                    *error = QCoreApplication::translate("LdapConnection", "cancelled");
                    ldap_abandon_ext(m_ld, messageId, nullptr, nullptr);
                    ok = false;
                }
            } else if (type == LDAP_RES_SEARCH_REFERENCE) {
                ++m_referrals; // not followed: reported by the caller
                ldap_msgfree(message);
            } else {
                result = message; // LDAP_RES_SEARCH_RESULT ends this page
                break;
            }
        }
        if (!ok)
            break;
        // The page response control carries the cookie for the next page; an empty one ends it.
        int resultCode = LDAP_SUCCESS;
        LDAPControl** responseControls = nullptr;
        char* matched = nullptr;
        char* text = nullptr;
        const int parsed = ldap_parse_result(m_ld, result, &resultCode, &matched, &text, nullptr, &responseControls, 1);
        if (matched)
            ldap_memfree(matched);
        if (text)
            ldap_memfree(text);
        if (parsed != LDAP_SUCCESS || resultCode != LDAP_SUCCESS) {
            *error = describe(parsed != LDAP_SUCCESS ? parsed : resultCode,
                              QCoreApplication::translate("LdapConnection", "Searching %1").arg(base));
            if (responseControls)
                ldap_controls_free(responseControls);
            ok = false;
            break;
        }
        if (responseControls) {
            LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, responseControls, nullptr);
            if (response) {
                ber_int_t estimate = 0;
                berval next{};
                if (ldap_parse_pageresponse_control(m_ld, response, &estimate, &next) == LDAP_SUCCESS &&
                    next.bv_len > 0) {
                    cookie = ber_bvdup(&next);
                }
                if (next.bv_val)
                    ber_memfree(next.bv_val);
            }
            ldap_controls_free(responseControls);
        }
        if (!reportProgress(progress, count, -1, stage)) {
            *error = QCoreApplication::translate("LdapConnection", "cancelled");
            ok = false;
            break;
        }
    } while (cookie);
    if (cookie)
        ber_bvfree(cookie);
    return ok;
}

bool LdapConnection::modify(const QString& dn, const std::vector<Modification>& modifications, int* resultCode,
                            QString* error)
{
    return modifyWithControls(dn, modifications, false, resultCode, error);
}

bool LdapConnection::checkModify(const QString& dn, const std::vector<Modification>& modifications, int* resultCode,
                                 QString* error)
{
    return modifyWithControls(dn, modifications, true, resultCode, error);
}

bool LdapConnection::modifyWithControls(const QString& dn, const std::vector<Modification>& modifications, bool noOp,
                                        int* resultCode, QString* error)
{
    *resultCode = LDAP_OTHER;
    if (!m_ld) {
        *error = QCoreApplication::translate("LdapConnection", "not connected");
        return false;
    }
    // libldap wants NULL-terminated arrays of LDAPMod with berval value arrays; keep them alive here.
    std::vector<QByteArray> names;
    std::vector<std::vector<berval>> values(modifications.size());
    std::vector<std::vector<berval*>> valuePointers(modifications.size());
    std::vector<LDAPMod> mods(modifications.size());
    std::vector<LDAPMod*> modPointers;
    names.reserve(modifications.size());
    for (std::size_t i = 0; i < modifications.size(); ++i) {
        const Modification& m = modifications[i];
        names.push_back(m.attribute.toUtf8());
        for (const QByteArray& value : m.values)
            values[i].push_back({ber_len_t(value.size()), const_cast<char*>(value.constData())});
        for (berval& value : values[i])
            valuePointers[i].push_back(&value);
        valuePointers[i].push_back(nullptr);
        const int operation = m.operation == Modification::Operation::Add      ? LDAP_MOD_ADD
                              : m.operation == Modification::Operation::Delete ? LDAP_MOD_DELETE
                                                                               : LDAP_MOD_REPLACE;
        mods[i].mod_op = operation | LDAP_MOD_BVALUES;
        mods[i].mod_type = names.back().data();
        mods[i].mod_bvalues = m.values.isEmpty() ? nullptr : valuePointers[i].data();
        modPointers.push_back(&mods[i]);
    }
    modPointers.push_back(nullptr);
    // No-Op (OpenLDAP): the server runs every check, access control included, and then answers
    // "no operation" instead of writing.
    char noOpOid[] = LDAP_CONTROL_NOOP;
    LDAPControl noOpControl{noOpOid, {0, nullptr}, 1};
    LDAPControl* controls[] = {&noOpControl, nullptr};
    m_deadline.arm();
    const auto disarm = qScopeGuard([this] { m_deadline.disarm(); });
    int rc = ldap_modify_ext_s(m_ld, dn.toUtf8().constData(), modPointers.data(), noOp ? controls : nullptr, nullptr);
    if (noOp && rc == LDAP_X_NO_OPERATION)
        rc = LDAP_SUCCESS;
    *resultCode = rc;
    if (rc != LDAP_SUCCESS) {
        *error = operationFailure(rc, NetworkStep::Change, dn,
                                  QCoreApplication::translate("LdapConnection", "Changing %1").arg(dn));
        return false;
    }
    return true;
}

bool LdapConnection::passwordModify(const QString& dn, const QByteArray& newPassword, QString* error)
{
    if (!m_ld) {
        *error = QCoreApplication::translate("LdapConnection", "not connected");
        return false;
    }
    QByteArray user = dn.toUtf8();
    QByteArray secret = newPassword;
    berval userValue{ber_len_t(user.size()), user.data()};
    berval newValue{ber_len_t(secret.size()), secret.data()};
    berval generated{};
    m_deadline.arm();
    const auto disarm = qScopeGuard([this] { m_deadline.disarm(); });
    const int rc = ldap_passwd_s(m_ld, &userValue, nullptr, &newValue, &generated, nullptr, nullptr);
    secret.fill('\0');
    if (generated.bv_val) {
        std::fill(generated.bv_val, generated.bv_val + generated.bv_len, '\0');
        ber_memfree(generated.bv_val);
    }
    if (rc != LDAP_SUCCESS) {
        *error = operationFailure(rc, NetworkStep::PasswordChange, dn,
                                  QCoreApplication::translate("LdapConnection", "Setting the password of %1").arg(dn));
        return false;
    }
    return true;
}

bool LdapConnection::findFirst(const QString& base, const QString& filter, const QStringList& attributes,
                               LdapEntry* entry, QString* error)
{
    error->clear();
    if (!m_ld) {
        *error = QCoreApplication::translate("LdapConnection", "not connected");
        return false;
    }
    AttributeList attrs(attributes);
    LDAPMessage* result = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    m_deadline.arm();
    const auto disarm = qScopeGuard([this] { m_deadline.disarm(); });
    const int rc = ldap_search_ext_s(m_ld, base.toUtf8().constData(), LDAP_SCOPE_SUBTREE, filter.toUtf8().constData(),
                                     attrs.get(), 0, nullptr, nullptr, &timeout, 1, &result);
    LDAPMessage* first = result ? ldap_first_entry(m_ld, result) : nullptr;
    AttributeNames names;
    if (first)
        *entry = readEntryFrom(m_ld, first, names);
    else if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED)
        *error = operationFailure(rc, NetworkStep::Search, base,
                                  QCoreApplication::translate("LdapConnection", "Searching %1").arg(base));
    if (result)
        ldap_msgfree(result);
    return first != nullptr;
}

bool LdapConnection::readEntry(const QString& dn, const QStringList& attributes, LdapEntry* entry, QString* error)
{
    if (!m_ld) {
        *error = QCoreApplication::translate("LdapConnection", "not connected");
        return false;
    }
    AttributeList attrs(attributes);
    LDAPMessage* result = nullptr;
    timeval timeout{m_settings.timeoutSeconds, 0};
    m_deadline.arm();
    const auto disarm = qScopeGuard([this] { m_deadline.disarm(); });
    const int rc = ldap_search_ext_s(m_ld, dn.toUtf8().constData(), LDAP_SCOPE_BASE, "(objectClass=*)", attrs.get(), 0,
                                     nullptr, nullptr, &timeout, 1, &result);
    if (rc != LDAP_SUCCESS) {
        *error = operationFailure(rc, NetworkStep::Read, dn,
                                  QCoreApplication::translate("LdapConnection", "Reading %1").arg(dn));
        if (result)
            ldap_msgfree(result);
        return false;
    }
    LDAPMessage* first = ldap_first_entry(m_ld, result);
    if (!first) {
        ldap_msgfree(result);
        *error = QCoreApplication::translate("LdapConnection", "Reading %1: no such entry").arg(dn);
        return false;
    }
    AttributeNames names;
    *entry = readEntryFrom(m_ld, first, names);
    ldap_msgfree(result);
    return true;
}

} // namespace attest
