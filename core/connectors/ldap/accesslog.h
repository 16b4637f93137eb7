#pragma once

#include "ldapentry.h"

#include "domain/auditevent.h"
#include "domain/progress.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace attest {

class LdapConnection;

// Reads OpenLDAP's accesslog into audit events, oldest first, only entries whose reqStart is
// after sinceReqStart (exclusive; empty reads everything). *newestReqStart gets the newest
// reqStart seen (sinceReqStart when nothing is new). Password values never leave this function.
// A bind identity that may not read the log gets std::nullopt and a plain *error.
// Thin entry point over AuditLogReader, which does the paging and the mapping.
std::optional<std::vector<AuditEvent>> readAccessLog(LdapConnection& connection, const QString& accessLogBase,
                                                     const QByteArray& sinceReqStart, const ProgressFn& progress,
                                                     QByteArray* newestReqStart, QString* error);

// Pure mapping of one accesslog entry (reqStart, reqType, reqDN, reqAuthzID, reqResult, reqMod).
AuditEvent accessLogEntryToEvent(const LdapEntry& entry);
// reqMod lines ("attr:op value") joined with "; ", secret values replaced by "(value removed)".
QString scrubAccessLogModifications(const QList<QByteArray>& reqMod);

} // namespace attest
