#pragma once

#include "demoorganisation.h"

#include <QHash>
#include <QString>

#include <vector>

namespace attest::demo {

enum class Level : quint8
{
    Staff,
    Senior,
    Manager,
    Director,
    Vp,
    Ceo
};

// What the generator knows about a person beyond the Identity row.
struct PersonInfo
{
    int department = -1;  // -1: the CEO, who belongs to no department
    int team = -1;        // index into the department's teams, -1 for directors and above
    int titleVariant = 0; // index into the department's staff titles
    int location = 0;
    Level level = Level::Staff;
    bool enabledLeaver = false; // a leaver whose account nobody disabled
};

// A membership with the time it was granted; a snapshot holds those granted by its takenAt.
struct TimedMembership
{
    Membership membership;
    Timestamp added = kNoTime;
};

// The whole organisation as of the newest snapshot, with enough history (hire, leave and grant
// times) to derive the older snapshots. The builders fill it in order: people, accounts, access.
struct Model
{
    DemoParameters parameters;
    Timestamp asOf = kNoTime;
    QString mailDomain;

    std::vector<Identity> identities;
    std::vector<PersonInfo> people;
    std::vector<int> departmentVp;    // person index per department, -1 when the department is empty
    std::vector<int> departmentLead;  // first manager (or director, VP) per department, -1 if none
    std::vector<int> departmentTeams; // number of team groups per department (grows with its size)

    std::vector<Account> accounts;
    std::vector<int> accountPerson; // person index per account, -1 for unowned service accounts
    std::vector<int> userAccountOf; // user account index per person

    std::vector<Entitlement> entitlements;
    QHash<QString, quint32> entitlementByName;
    std::vector<TimedMembership> memberships;

    QString personKey(int person) const { return person >= 0 ? identities[std::size_t(person)].key : QString(); }
};

// Escapes an attribute value for use in an RDN (RFC 4514).
QString escapeRdnValue(const QString& value);

// "José Ødegård" → "jose.odegard": logins and mail local parts stay ASCII.
QString asciiFold(const QString& text);

inline QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace attest::demo
