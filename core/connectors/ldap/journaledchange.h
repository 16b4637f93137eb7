#pragma once

#include "directorychange.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace attest {

class Ed25519Key;
class LdapConnection;
class Workspace;

// A directory change as the journal must see it: its intent is recorded before anything is sent
// (no record, no change), then the change is applied and verified, then its outcome is recorded,
// naming the intent. A crash or a full disk between the two leaves an intent without an outcome,
// which `journal verify` and the console's journal check list until someone reads the target.
struct JournaledChange
{
    ChangeOutcome outcome;
    std::optional<JournalRecord> intent; // written before the change was sent
    std::optional<JournalRecord> record; // the outcome, when it could be written
    QString journalError;                // why the outcome could not be written
};

// nullopt with *error when the intent could not be recorded: then nothing was sent.
std::optional<JournaledChange> applyJournaledChange(Workspace& workspace, const Ed25519Key& key,
                                                    LdapConnection& connection, const DirectoryChange& change,
                                                    const LdapSettings& settings, const QByteArray& newPassword,
                                                    QString* error);

} // namespace attest
