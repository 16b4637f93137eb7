#pragma once

#include "account.h"
#include "identity.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

// Turns what someone typed for a person (an owner, a reviewer, an approver) into exactly one
// identity of a snapshot: by identity key, by account login, by mail (both case-insensitive), or
// by full display name when exactly one identity has it. Anything else is refused with a message
// that says why: nobody matches, or several people do (listed, so the user can pick one).
// The lookups are hashed once (linear in the snapshot), so resolving many names costs a hash
// lookup each, not a scan. Holds pointers into the vectors it was built from: they must outlive it
// and stay unchanged.
class PersonResolver final
{
public:
    static constexpr quint32 kNone = 0xffffffffu;
    // At most this many candidates are named in an ambiguity message; the rest are counted.
    static constexpr int kMaxCandidatesShown = 5;

    PersonResolver() = default;
    PersonResolver(const std::vector<Identity>& identities, const std::vector<Account>& accounts);

    // The identity (an index into the identities) `text` names; kNone with *error otherwise.
    quint32 resolve(const QString& text, QString* error) const;
    // The identity with exactly this key, or kNone.
    quint32 byKey(const QString& key) const;

    std::size_t size() const { return m_identities ? m_identities->size() : 0; }
    const Identity& identity(quint32 index) const { return (*m_identities)[index]; }
    // The login a person is best known by: their first user account's, else their first account's.
    QString loginOf(quint32 index) const;
    // "Name — login — mail" (the parts that are known): how a person is picked from a list.
    QString label(quint32 index) const;
    // The label, the department and the key: how a person is told apart from others of the same name.
    QString describe(quint32 index) const;

private:
    QString ambiguous(const QString& text, const std::vector<quint32>& candidates) const;

    const std::vector<Identity>* m_identities = nullptr;
    const std::vector<Account>* m_accounts = nullptr;
    QHash<QString, quint32> m_byKey;
    // Folded text → identities; a value with more than one identity is ambiguous.
    QHash<QString, std::vector<quint32>> m_byLogin;
    QHash<QString, std::vector<quint32>> m_byMail;
    QHash<QString, std::vector<quint32>> m_byName;
    QHash<QString, std::vector<quint32>> m_byPartOfName; // given name or surname alone
    std::vector<quint32> m_loginAccount;                 // identity → account index, kNone: none
};

} // namespace attest
