#pragma once

#include "timestamp.h"

#include <QString>

namespace attest {

enum class AuditOrigin : quint8
{
    Directory, // read from the source's own audit log
    Journal,   // written by Attest itself
};

QString auditOriginName(AuditOrigin origin); // "directory", "journal"

// One recorded event: something someone did to something, and how it ended.
struct AuditEvent
{
    qint64 id = 0; // workspace row id, 0 before it is stored
    qint64 sourceId = 0;
    Timestamp time = kNoTime;
    QString actor;
    QString action;
    QString target;
    QString result;  // "success", "failure: …"
    QString details; // plain text; never secrets
    QString command; // for journal events: the equivalent command line, to read and copy
    AuditOrigin origin = AuditOrigin::Directory;
};

} // namespace attest
