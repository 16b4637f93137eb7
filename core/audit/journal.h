#pragma once

#include "domain/auditevent.h"
#include "domain/journalrecord.h"
#include "security/ed25519key.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

class QJsonObject;

namespace attest {

class Workspace;

// The console's tamper-evident journal: every record carries the SHA-256 of the one before it
// (a hash chain) and an Ed25519 signature by the workspace's journal key. The private key is
// kept outside the workspace, in a file readable only by its owner; the workspace records the
// public key so anyone holding the file can verify it.
class Journal final
{
public:
    struct Problem
    {
        qint64 position = 0; // 1-based position in the stored order
        QString description;
    };
    struct Verification
    {
        qint64 records = 0;
        QList<Problem> problems;
        bool intact() const { return problems.isEmpty(); }
        // Whether the key checked against came from outside the workspace (given, or held on this
        // computer), and in words which key that was.
        bool anchored = false;
        QString trust;
        // Whether this computer's record of the journal's last head was checked too.
        bool anchoredHead = false;
        // Changes whose intent was recorded and whose outcome never was (not tampering).
        std::vector<JournalRecord> unresolvedIntents;
    };

    // Where this workspace's private key lives (one file per workspace id).
    static QString keyPath(Workspace& workspace, QString* error);
    // Loads the workspace's key, creating it (and the workspace id) on first use.
    static std::optional<Ed25519Key> loadOrCreateKey(Workspace& workspace, QString* error);
    // The key this computer holds for the workspace (key file or keychain), never created: an
    // invalid key when there is none, nullopt on an error. *where says where it was found.
    static std::optional<Ed25519Key> loadKey(Workspace& workspace, QString* where, QString* error);
    // A short fingerprint of a public key (the first 8 bytes of its SHA-256, in hex).
    static QString fingerprint(const QByteArray& publicKey);

    // Fills in sequence, previousHash, hash, signature and keyId and appends the record.
    static std::optional<JournalRecord> append(Workspace& workspace, const Ed25519Key& key, JournalRecord record,
                                               QString* error);
    // The same with the workspace's own key, loaded (or created on first use) for this record.
    static bool append(Workspace& workspace, JournalRecord record, QString* error);

    // A directory change's intent (recorded before it is sent) has this action suffix; its outcome
    // record names the intent's sequence under this parameter.
    static inline const QString kIntentSuffix = QStringLiteral(".intent");
    static inline const QString kIntentParameter = QStringLiteral("intentRecord");
    // A record that resolves an intent by reading the target afterwards (it names the intent too).
    static inline const QString kResolutionSuffix = QStringLiteral(".resolution");
    // Intents with no outcome after them: changes that may or may not have reached the target (a
    // crash, a full disk). Someone must read the target to know.
    static std::vector<JournalRecord> unresolvedIntents(const std::vector<JournalRecord>& records);

    // Checks the whole chain: changed, deleted, inserted, reordered or foreign-signed records, the
    // signed head, and this computer's copy of the head. Signatures are checked against
    // trustedPublicKey when given, else the key this computer holds for the workspace, else (and
    // then said so in Verification::trust) the key the workspace records.
    // recordsRead (when given) gets the records checked, for a caller that needs them too.
    static std::optional<Verification> verify(Workspace& workspace, QString* error,
                                              const QByteArray& trustedPublicKey = {},
                                              std::vector<JournalRecord>* recordsRead = nullptr);

    // The journal as audit events (origin Journal) for the Audit trail pane and exports: actor is
    // "operator as bind identity", details hold the verification, ticket, reason and parameters.
    static std::vector<AuditEvent> asAuditEvents(const std::vector<JournalRecord>& records);

    // Who is at the console: the OS account Attest runs as (USER/USERNAME, else the account
    // database), never empty.
    static QString currentOperator();
    // A record stamped now by the current operator, its parameters as compact JSON; the caller
    // adds what else applies (bind identity, verification, ticket) before append().
    static JournalRecord newRecord(const QString& action, const QString& target, const QJsonObject& parameters,
                                   const QString& result, const QString& reason = {});

    // SHA-256 over previousHash and every field, each length-prefixed so fields cannot run together.
    static QByteArray recordHash(const JournalRecord& record);
    // What the head's signature covers: the last record's sequence and hash.
    static QByteArray headDigest(qint64 sequence, const QByteArray& hash);

private:
    // This computer's copy of the journal's head, beside the key (outside the workspace).
    static QString anchorPath(Workspace& workspace, QString* error);
    static void writeAnchor(const QString& path, qint64 sequence, const QByteArray& hash);
};

} // namespace attest
