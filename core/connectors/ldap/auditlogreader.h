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

class Workspace;
struct LdapSettings;

// Reads what is new in the directory's audit log since the last sync (the position is kept in the
// workspace per source) and stores it. Returns the number of new events, or -1 with *error when
// the log could not be read or stored — a warning for the caller, since the snapshot stands.
qint64 importAuditLog(Workspace& workspace, qint64 sourceId, LdapConnection& directory, QString* error);

} // namespace attest
