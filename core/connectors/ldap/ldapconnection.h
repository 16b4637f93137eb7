#pragma once

#include "ldapentry.h"
#include "ldapsettings.h"
#include "ldapsocketdeadline.h"
#include "networktimeout.h"

#include "domain/progress.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace attest {

// One bound connection to an LDAP server through OpenLDAP's libldap, used on one (worker)
// thread. TLS is verified against the configured CA (or the system's); a simple bind over a
// connection without TLS is refused unless the settings explicitly allow plaintext. Every network
// step is bounded by the settings' timeout; a server that stops answering is named in the error
// and the connection is closed.
class LdapConnection final
{
public:
    LdapConnection();
    ~LdapConnection();
    LdapConnection(const LdapConnection&) = delete;
    LdapConnection& operator=(const LdapConnection&) = delete;

    // Connects, secures (LDAPS or StartTLS) and binds. The message on failure says which step
    // failed in plain words: unreachable, no answer in time, the certificate and what is wrong with
    // it, wrong credentials.
    bool open(const LdapSettings& settings, const QByteArray& password, QString* error);
    void close();
    bool isOpen() const { return m_ld != nullptr; }
    bool isEncrypted() const { return m_encrypted; }
    int referralsSkipped() const { return m_referrals; } // search references seen and not followed

    using EntryFn = std::function<bool(LdapEntry&& entry)>; // false stops the search

    // A paged (RFC 2696) subtree search; each entry goes to onEntry as it arrives. progress is
    // called once per page with the entries so far. Referrals are not followed, and reported.
    bool search(const QString& base, const QString& filter, const QStringList& attributes, const EntryFn& onEntry,
                const ProgressFn& progress, const QString& stage, QString* error);

    // One change to one attribute of an entry, for modify().
    struct Modification
    {
        enum class Operation
        {
            Add,
            Delete,
            Replace
        };
        Operation operation = Operation::Replace;
        QString attribute;
        QList<QByteArray> values; // empty with Delete: remove the whole attribute
    };

    // Applies the modifications in one LDAP modify. *resultCode gets the server's result code.
    bool modify(const QString& dn, const std::vector<Modification>& modifications, int* resultCode, QString* error);
    // RFC 3062 Password Modify extended operation: sets dn's password to newPassword.
    bool passwordModify(const QString& dn, const QByteArray& newPassword, QString* error);
    QString bindDn() const { return m_settings.bindDn; }

    // Asks the server whether the modify would succeed without doing it (OpenLDAP's No-Op
    // control). *resultCode gets LDAP_SUCCESS when it would, otherwise the
    // server's refusal; LDAP_UNAVAILABLE_CRITICAL_EXTENSION means the server cannot check.
    bool checkModify(const QString& dn, const std::vector<Modification>& modifications, int* resultCode,
                     QString* error);
    // The first entry under base matching filter (subtree, at most one returned); false with
    // *error empty when there is none, or with *error set when the search failed.
    bool findFirst(const QString& base, const QString& filter, const QStringList& attributes, LdapEntry* entry,
                   QString* error);

    // Reads one entry (base scope); false with *error when it does not exist.
    bool readEntry(const QString& dn, const QStringList& attributes, LdapEntry* entry, QString* error);

private:
    QString describe(int code, const QString& what) const;
    // Why open() failed at `step`: the TCP connect, a step that did not answer in time, the
    // certificate (looked at with the connection test's probe), or the server's answer.
    QString openFailure(int code, NetworkStep step, int connectErrno, const QString& what) const;
    // Why an operation failed; a timeout (or a lost connection) also closes the connection.
    QString operationFailure(int code, NetworkStep step, const QString& subject, const QString& what);
    bool modifyWithControls(const QString& dn, const std::vector<Modification>& modifications, bool noOp,
                            int* resultCode, QString* error);

    LdapSocketDeadline m_deadline; // outlives m_ld: close() unbinds first
    LDAP* m_ld = nullptr;
    LdapSettings m_settings;
    bool m_encrypted = false;
    int m_referrals = 0;
};

} // namespace attest
