#pragma once

#include "ldapsettings.h"

#include "domain/journalrecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace attest {

class LdapConnection;

// The pwdAccountLockedTime value that disables an OpenLDAP account (rather than a lockout's time).
inline constexpr char kDisabledLockTime[] = "000001010000Z";

// One change Attest makes to a directory for a review or the help desk. Never holds a password:
// a new one is passed to apply() and forgotten there.
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

    Kind kind = Kind::AddMember;
    QString target;                 // the account's DN
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
    // An OpenLDAP client command doing the same, without secrets, for people to read and copy.
    QString equivalentCommand(const LdapSettings& settings) const;
};

// What happened: executed (the server accepted it), verified (re-reading the entry shows the
// intended state), in plain words.
struct ChangeOutcome
{
    bool executed = false;
    bool verified = false;
    QString message;
    QString verification;
};

// Preview → execute → read back → verify, on an open connection. newPassword is used for
// ResetPassword only and wiped by the caller.
ChangeOutcome applyDirectoryChange(LdapConnection& connection, const DirectoryChange& change,
                                   const QByteArray& newPassword = {});

// The journal record for a change and its outcome (the journal adds chain and signature).
JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome,
                               const LdapSettings& settings);

} // namespace attest
