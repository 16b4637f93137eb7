#pragma once

#include "demomodel.h"
#include "demorandom.h"

namespace attest::demo {

// Fills Model::entitlements and Model::memberships: organisation groups, application groups,
// roles, the privileged tier and hygiene cases, and who holds what since when.
//
// Nesting (a group is a member of the group to its right):
//   depth 4: "<team> Team" → department → "Technology Division" → "GitLab Users" → "VPN Users"
//            (and the same through "Commercial Division" → "Salesforce Users" → "VPN Users");
//            nothing is nested into a team, and "VPN Users" is nested into nothing.
//   the one cycle: "Jira Users" ↔ "Confluence Users" (each is a member of the other), reached
//            only from roles and from the Engineering and Product department groups, so no path
//            through it is longer than 3.
class AccessBuilder final
{
public:
    explicit AccessBuilder(Model* model);

    void build();

private:
    quint32 addEntitlement(const QString& name, EntitlementKind kind, const QString& application, int ownerPerson,
                           const QString& description, bool privilegedTag = false);
    quint32 id(const char* name) const;
    void nest(quint32 member, quint32 group, Timestamp added);
    void grant(int account, quint32 group, Timestamp added);
    void buildEntitlements();
    void buildNesting();
    void grantPeople();
    void grantAdmins();
    void grantServices();
    void grantHygieneCases();
    Timestamp afterCreation(int account, qint64 maxDelayMs);

    Model* m_model;
    DemoRandom m_rng;
    Timestamp m_structural = kNoTime; // long before the oldest snapshot
    bool m_checkDuplicates = false;
    quint32 m_allStaff = 0;
    std::vector<quint32> m_divisionGroups;
    std::vector<quint32> m_departmentGroups;
    std::vector<std::vector<quint32>> m_teamGroups;
    std::vector<quint32> m_locationGroups;
    std::vector<quint32> m_appUsers;
    std::vector<quint32> m_appAdmins;
};

} // namespace attest::demo
