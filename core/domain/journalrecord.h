#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QString>

namespace attest {

// One entry of the console's own append-only journal: something Attest did to a backend or to
// review data, who did it, why, and how it ended. Never holds a secret. Each record carries the
// hash of the one before it and a signature by the workspace's journal key.
struct JournalRecord
{
    qint64 sequence = 0;      // 1, 2, 3, … in the order written
    Timestamp time = kNoTime; // UTC
    QString operatorName;     // the OS user at the console
    QString bindIdentity;     // who Attest was bound as on the backend
    QString action;           // e.g. "group.add-member", "account.reset-password"
    QString target;           // DN or key
    QString parameters;       // JSON, never secrets
    QString result;           // "success" or "failure: …"
    QString verification;     // what re-reading the target showed
    QString ticket;
    QString reason;
    QByteArray previousHash; // SHA-256 of the previous record (32 zero bytes for the first)
    QByteArray hash;         // SHA-256 over previousHash and every field above
    QByteArray signature;    // Ed25519 over hash
    QByteArray keyId;        // SHA-256 of the signing public key, for messages
};

} // namespace attest
