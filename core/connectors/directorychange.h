#pragma once

#include "domain/journalrecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace attest {

// One change Attest makes to a source for a review or the help desk, whatever the source is (each
// connector says through its capabilities which kinds it can apply). Never holds a password: a new
// one is passed to Connector::apply() and forgotten there.
struct DirectoryChange
{
    enum class Kind
    {
        AddMember,
        RemoveMember,
        Disable,
        Enable,
        Unlock,
        ResetPassword
    };
    static constexpr Kind kAllKinds[] = {Kind::AddMember, Kind::RemoveMember, Kind::Disable,
                                         Kind::Enable,    Kind::Unlock,       Kind::ResetPassword};

    Kind kind = Kind::AddMember;
    QString target;                 // the account's DN (or key, for a source without DNs)
    QString group;                  // for AddMember and RemoveMember
    bool mustChangePassword = true; // for ResetPassword: set pwdReset
    QString reason;
    QString ticket;
    // How the help desk verified the caller: the checks that were made (never the answers).
    QStringList callerChecks;

    QString action() const; // stable name for the journal: "group.add-member", "account.disable", …
    // The kind an action() names; nullopt for anything else.
    static std::optional<Kind> kindOfAction(const QString& action);
    QString preview() const; // plain words: "Add uid=… to cn=…"
};

// What happened: executed (the source accepted it), verified (re-reading the target shows the
// intended state), in plain words.
struct ChangeOutcome
{
    bool executed = false;
    bool verified = false;
    QString message;
    QString verification;
};

// One change as a run applied it: what happened and the journal record that says so.
struct ChangeRun
{
    DirectoryChange change;
    ChangeOutcome outcome;
    std::optional<JournalRecord> intent; // written before the change was sent
    std::optional<JournalRecord> record; // the outcome, when it could be written
    QString journalError;                // why the outcome (or the failure) could not be written
};

// The journal record of a change and its outcome, the same shape for every connector: `parameters`
// names the directory and what the connector adds (an equivalent command); the group, the
// must-change flag and the caller checks are added here.
JournalRecord changeJournalRecord(const DirectoryChange& change, const ChangeOutcome& outcome, QJsonObject parameters);

} // namespace attest
