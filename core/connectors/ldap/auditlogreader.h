#pragma once

#include "ldapentry.h"

#include "domain/auditevent.h"
#include "domain/progress.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace attest {

class LdapConnection;

// Reads OpenLDAP's accesslog (cn=accesslog) into audit events, incrementally: only entries whose
// reqStart is after the newest one already seen. Password values in reqMod (userPassword,
// pwdHistory, unicodePwd, authPassword, sambaNTPassword) are replaced before anything is kept.
class AuditLogReader final
{
public:
    struct Result
    {
        std::vector<AuditEvent> events; // oldest first, sourceId left 0
        QByteArray newestReqStart;      // give it back next time; unchanged when nothing is new
    };

    static std::optional<Result> read(LdapConnection& connection, const QByteArray& sinceReqStart,
                                      const ProgressFn& progress, QString* error,
                                      const QString& accessLogBase = QStringLiteral("cn=accesslog"));

    // Pure mapping of one accesslog entry, for tests.
    static AuditEvent toEvent(const LdapEntry& entry);
    // "attr:op value" lines of reqMod with secret values removed.
    static QString scrubModifications(const QList<QByteArray>& reqMod);
};

} // namespace attest
