#pragma once

#include "ldapentry.h"

#include "ldapsettings.h"

#include "domain/snapshot.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace attest {

// Turns OpenLDAP entries into a snapshot. Accounts are inetOrgPerson entries. A service account
// (svc-…/app-… logins, or one under an OU for service or system accounts) without an
// employeeNumber is owned by its manager; every other entry is a person's, whose identity is keyed
// by employeeNumber (or by uid when there is none), an adm-/admin- login marking the
// administrative account. Groups are
// groupOfNames (member), groupOfUniqueNames (uniqueMember, with the optional #'…'B suffix
// removed) and posixGroup (memberUid, matched by uid); "businessCategory: role" marks a role.
// Membership comes from the groups themselves, never from memberOf. ppolicy attributes give
// the account state: pwdAccountLockedTime 000001010000Z is disabled, any other value locked.
class OpenLdapProfile final
{
public:
    explicit OpenLdapProfile(const LdapAttributeMapping& mapping = {});

    static QString accountFilter(const LdapAttributeMapping& mapping = {})
    {
        return QStringLiteral("(objectClass=%1)").arg(mapping.accountObjectClass);
    }
    static QString groupFilter()
    {
        return QStringLiteral("(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))");
    }
    static QStringList accountAttributes(const LdapAttributeMapping& mapping = {});
    static QStringList groupAttributes();

    void addAccount(const LdapEntry& entry);
    void addGroup(const LdapEntry& entry);

    // Resolves members and managers and returns the snapshot; warnings list what could not be
    // resolved (dangling member DNs, unknown memberUids) with a count each.
    SnapshotData finish(QStringList* warnings);
    // finish() in two steps, for a sync that stores the accounts while it reads the groups:
    // identities and accounts once every account is read (before any addGroup), then
    // entitlements and memberships (account indexes as in the first step's accounts).
    void finishAccounts(SnapshotData* data);
    void finishGroups(SnapshotData* data, QStringList* warnings);

    // DN comparison key: lower case, no spaces around separators. Good enough for the DNs one
    // server writes about itself; escaped characters are kept as they are.
    static QString normalizeDn(const QString& dn);

private:
    struct GroupRow
    {
        Entitlement entitlement;
        std::vector<quint32> memberDns; // ids from dnId()
        QStringList memberUids;
    };
    struct AccountRow
    {
        Account account;
        QString employeeNumber;
        QString managerDn;
        QString department;
        QString title;
        QString givenName;
        QString surname;
        QString employeeType;
        QString location;
    };

    // Every DN seen (own DNs and member values) gets a small id once, so a million member values
    // cost a million integers instead of a million strings.
    quint32 dnId(const QString& dn);
    quint32 dnIdOfUtf8(const QByteArray& dn);      // a member value as the server sent it
    quint32 idOfKey(const QByteArray& key);        // key: a normalised DN in UTF-8
    QString identityOfDn(const QString& dn) const; // the employeeNumber of the account at dn

    // The mapped attribute names, lower case, as LdapEntry keeps them.
    QByteArray m_login, m_name, m_mail, m_title, m_department, m_manager, m_employeeNumber, m_employeeType;
    std::vector<AccountRow> m_accounts;
    std::vector<GroupRow> m_groups;
    QHash<QByteArray, quint32> m_dnIds;
    std::vector<quint32> m_accountDnIds;
    std::vector<quint32> m_groupDnIds;
    static constexpr quint32 kNoAccount = 0xffffffffu;
    std::vector<quint32> m_accountOfDnId; // account index by DN id, for manager and owner values
    QHash<QString, quint32> m_accountByUid;
};

} // namespace attest
