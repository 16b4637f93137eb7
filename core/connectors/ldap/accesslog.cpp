#include "accesslog.h"

#include "auditlogreader.h"
#include "ldapconnection.h"

#include <QCoreApplication>

namespace attest {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AccessLog", text);
}

} // namespace

AuditEvent accessLogEntryToEvent(const LdapEntry& entry)
{
    return AuditLogReader::toEvent(entry);
}

QString scrubAccessLogModifications(const QList<QByteArray>& reqMod)
{
    return AuditLogReader::scrubModifications(reqMod);
}

std::optional<std::vector<AuditEvent>> readAccessLog(LdapConnection& connection, const QString& accessLogBase,
                                                     const QByteArray& sinceReqStart, const ProgressFn& progress,
                                                     QByteArray* newestReqStart, QString* error)
{
    const QString base = accessLogBase.isEmpty() ? QStringLiteral("cn=accesslog") : accessLogBase;
    if (newestReqStart)
        *newestReqStart = sinceReqStart;
    // OpenLDAP answers "no such object" for a base the ACLs hide, so a missing log and a log the
    // bind identity may not read look the same from here: say both.
    LdapEntry top;
    QString detail;
    if (!connection.readEntry(base, {QStringLiteral("1.1")}, &top, &detail)) {
        *error = tr("cannot read the audit log %1 (it does not exist or the bind identity may not read it)").arg(base);
        if (!detail.isEmpty())
            *error += QStringLiteral(": ") + detail;
        return std::nullopt;
    }
    auto result = AuditLogReader::read(connection, sinceReqStart, progress, error, base);
    if (!result)
        return std::nullopt;
    if (newestReqStart)
        *newestReqStart = result->newestReqStart;
    return std::move(result->events);
}

} // namespace attest
