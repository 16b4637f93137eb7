#pragma once

#include "timestamp.h"

#include <QString>

namespace attest {

// One connected system: a directory, a SCIM service, an imported file or the demo organisation.
struct SourceInfo
{
    qint64 id = 0;
    QString name;
    QString kind;         // "demo", "ldap", "scim", "file"
    QString settingsJson; // connection settings, never secrets
    Timestamp created = kNoTime;
};

} // namespace attest
