#pragma once

#include "ldapsettings.h"

#include "domain/journalrecord.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace attest {

class Ed25519Key;
class LdapConnection;
class Workspace;

// What became of a directory change whose intent the journal holds and whose outcome it does not
// (a crash or a full disk between sending and recording): decided by reading the target now.
struct IntentResolution
{
    enum class Outcome
    {
        Applied,    // the target shows the intended state
        NotApplied, // the target does not show it
        Unknown,    // it cannot be read back (a password)
    };

    JournalRecord intent;
    bool resolved = false; // a resolution record names the intent now
    Outcome outcome = Outcome::Unknown;
    QString finding;                     // what reading the target showed, or why it could not be read
    std::optional<JournalRecord> record; // the resolution record written
    QString description() const;         // one line for people: "record 12: group.remove-member on … : …"
};

// The journal's word for an outcome: "applied", "not applied", or for a password reset "unknown: …".
QString intentOutcomeText(IntentResolution::Outcome outcome);

// Reads the target of one intent and says what happened (no write). nullopt with *error when the
// target cannot be read or the record is not a directory change's intent.
std::optional<IntentResolution::Outcome> readIntentOutcome(LdapConnection& connection, const JournalRecord& intent,
                                                           QString* finding, QString* error);

// For each intent: reads its target and journals a resolution record naming it ("resolved by
// read-back at <time> by <operator>"), each in a transaction of its own holding nothing else. An
// intent that an outcome or another resolution named meanwhile is left as it is; one recorded for
// another directory than settings.url, or whose target cannot be read, stays open with the reason.
std::vector<IntentResolution> resolveIntents(Workspace& workspace, const Ed25519Key& key, LdapConnection& connection,
                                             const LdapSettings& settings, const std::vector<JournalRecord>& intents);

// The use case: every unresolved intent of the workspace's journal, those recorded for this
// directory resolved through a connection opened with settings and password (the others come back
// open, naming their directory). nullopt with *error when the journal or its key cannot be used or
// the directory cannot be reached (then nothing is written).
std::optional<std::vector<IntentResolution>> resolveOpenIntents(Workspace& workspace, const LdapSettings& settings,
                                                                const QByteArray& password, QString* error);

// Whether an intent was recorded for the directory at url (same URL, case and a trailing slash aside).
bool intentIsFor(const JournalRecord& intent, const QString& url);

} // namespace attest
