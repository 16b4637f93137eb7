#include "demoaccessbuilder.h"

#include "demotables.h"

#include <algorithm>

namespace attest::demo {

namespace {

constexpr quint64 kAccessStream = 0x616363657373ULL;
constexpr qint64 kMsPerHour = 60LL * 60 * 1000;

int vpOf(const Model& m, int department)
{
    return department >= 0 ? m.departmentVp[std::size_t(department)] : -1;
}

} // namespace

AccessBuilder::AccessBuilder(Model* model)
    : m_model(model)
    , m_rng(model->parameters.seed ^ kAccessStream)
    , m_structural(model->asOf - 3000 * kMsPerDay)
{}

quint32 AccessBuilder::addEntitlement(const QString& name, EntitlementKind kind, const QString& application,
                                      int ownerPerson, const QString& description, bool privilegedTag)
{
    Model& m = *m_model;
    Entitlement e;
    e.name = name;
    e.kind = kind;
    e.dn = QStringLiteral("cn=") + escapeRdnValue(name) +
           (kind == EntitlementKind::Role ? QStringLiteral(",ou=Roles,") : QStringLiteral(",ou=Groups,")) +
           m.parameters.baseDn;
    e.key = e.dn;
    e.application = application;
    e.ownerKey = m.personKey(ownerPerson);
    e.description = description;
    e.privilegedTag = privilegedTag;
    const auto index = quint32(m.entitlements.size());
    m.entitlements.push_back(std::move(e));
    m.entitlementByName.insert(name, index);
    return index;
}

quint32 AccessBuilder::id(const char* name) const
{
    const auto it = m_model->entitlementByName.constFind(utf8(name));
    Q_ASSERT(it != m_model->entitlementByName.cend());
    return it.value();
}

void AccessBuilder::nest(quint32 member, quint32 group, Timestamp added)
{
    m_model->memberships.push_back({{group, member, MemberKind::Entitlement}, added});
}

void AccessBuilder::grant(int account, quint32 group, Timestamp added)
{
    const Membership membership{group, quint32(account), MemberKind::Account};
    // Regular grants are unique by construction; the few hygiene cases may repeat one.
    if (m_checkDuplicates) {
        for (const TimedMembership& tm : m_model->memberships) {
            if (tm.membership == membership)
                return;
        }
    }
    m_model->memberships.push_back({membership, added});
}

Timestamp AccessBuilder::afterCreation(int account, qint64 maxDelayMs)
{
    const Timestamp created = m_model->accounts[std::size_t(account)].created;
    return std::min(m_model->asOf - kMsPerHour, created + m_rng.range(kMsPerHour / 6, maxDelayMs));
}

void AccessBuilder::build()
{
    buildEntitlements();
    buildNesting();
    grantPeople();
    grantAdmins();
    grantServices();
    grantHygieneCases();
}

void AccessBuilder::buildEntitlements()
{
    Model& m = *m_model;
    const auto& depts = departments();
    m.entitlements.reserve(256 + m.people.size() / 20);

    m_allStaff = addEntitlement(QStringLiteral("All Staff"), EntitlementKind::Group, {}, vpOf(m, HumanResources),
                                QStringLiteral("Everyone employed by the company"));
    for (int d = 0; d < DivisionCount; ++d) {
        // The corporate division's group lost its owner in a reorganisation.
        const int owner = d == TechnologyDivision   ? vpOf(m, ItOperations)
                          : d == CommercialDivision ? vpOf(m, Sales)
                                                    : -1;
        m_divisionGroups.push_back(addEntitlement(utf8(divisionName(Division(d))), EntitlementKind::Group, {}, owner,
                                                  QStringLiteral("Departments of the division")));
    }
    m_teamGroups.resize(depts.size());
    for (std::size_t d = 0; d < depts.size(); ++d) {
        m_departmentGroups.push_back(addEntitlement(utf8(depts[d].name), EntitlementKind::Group, {}, vpOf(m, int(d)),
                                                    QStringLiteral("Members of the department")));
    }
    // A team is owned by its first manager.
    std::vector<std::vector<int>> teamManager(depts.size());
    for (std::size_t d = 0; d < depts.size(); ++d)
        teamManager[d].assign(std::size_t(m.departmentTeams[d]), -1);
    for (std::size_t p = 0; p < m.people.size(); ++p) {
        const PersonInfo& info = m.people[p];
        if (info.level == Level::Manager && teamManager[std::size_t(info.department)][std::size_t(info.team)] < 0)
            teamManager[std::size_t(info.department)][std::size_t(info.team)] = int(p);
    }
    for (std::size_t d = 0; d < depts.size(); ++d) {
        const std::size_t named = depts[d].teams.size();
        for (std::size_t t = 0; t < std::size_t(m.departmentTeams[d]); ++t) {
            QString name = utf8(depts[d].teams[t % named]) + QStringLiteral(" Team");
            if (t >= named)
                name += u' ' + QString::number(t / named + 1);
            m_teamGroups[d].push_back(addEntitlement(name, EntitlementKind::Group, {}, teamManager[d][t],
                                                     QStringLiteral("Team in ") + utf8(depts[d].name)));
        }
    }
    for (std::size_t l = 0; l < locations().size(); ++l) {
        m_locationGroups.push_back(addEntitlement(utf8(locations()[l].name) + QStringLiteral(" Office"),
                                                  EntitlementKind::Group, {}, l % 4 == 3 ? -1 : vpOf(m, Facilities),
                                                  QStringLiteral("People based in the office")));
    }
    for (const ApplicationSpec& app : applications()) {
        const QString name = utf8(app.name);
        const int owner = vpOf(m, app.ownerDepartment);
        m_appUsers.push_back(addEntitlement(name + QStringLiteral(" Users"), EntitlementKind::Group, name, owner,
                                            QStringLiteral("Can use ") + name));
        m_appAdmins.push_back(addEntitlement(name + QStringLiteral(" Admins"), EntitlementKind::Group, name, owner,
                                             QStringLiteral("Administers ") + name, app.adminsPrivileged));
    }
    // Active Directory's protected groups, named exactly as AD names them so the built-in
    // privileged rules recognise them; the source does not tag them itself.
    const int ciso = vpOf(m, Security);
    for (std::size_t g = 0; g < protectedGroups().size(); ++g) {
        addEntitlement(utf8(protectedGroups()[g]), EntitlementKind::Group, QStringLiteral("Directory"),
                       g < 4 ? ciso : -1, QStringLiteral("Built-in privileged group"));
    }
    addEntitlement(QStringLiteral("IT Admins"), EntitlementKind::Group, QStringLiteral("Directory"),
                   vpOf(m, ItOperations), QStringLiteral("Administrators of the IT department"));
    for (const RoleSpec& role : roles()) {
        addEntitlement(utf8(role.name), EntitlementKind::Role, {}, vpOf(m, role.ownerDepartment),
                       utf8(role.description));
    }
    // Hygiene cases: empty groups and groups with a single member.
    addEntitlement(QStringLiteral("Project Phoenix"), EntitlementKind::Group, {}, -1,
                   QStringLiteral("Project closed in 2022"));
    addEntitlement(QStringLiteral("Legacy Intranet Editors"), EntitlementKind::Group, QStringLiteral("Intranet"), -1,
                   QStringLiteral("The old intranet was switched off"));
    addEntitlement(QStringLiteral("Office Move 2023"), EntitlementKind::Group, {}, vpOf(m, Facilities),
                   QStringLiteral("Temporary group for the office move"));
    addEntitlement(QStringLiteral("Board Portal"), EntitlementKind::Group, QStringLiteral("Board Portal"), 0,
                   QStringLiteral("Board papers"));
    addEntitlement(QStringLiteral("Release Managers"), EntitlementKind::Group, QStringLiteral("GitLab"),
                   vpOf(m, Engineering), QStringLiteral("May tag releases"));
}

void AccessBuilder::buildNesting()
{
    const auto& depts = departments();
    for (std::size_t d = 0; d < depts.size(); ++d) {
        for (quint32 team : m_teamGroups[d])
            nest(team, m_departmentGroups[d], m_structural);
        nest(m_departmentGroups[d], m_allStaff, m_structural);
        nest(m_departmentGroups[d], m_divisionGroups[std::size_t(depts[d].division)], m_structural);
    }
    nest(m_allStaff, id("Office 365 Users"), m_structural);
    nest(m_allStaff, id("Slack Users"), m_structural);
    // Division → application → VPN makes the depth-4 chains described in the header.
    nest(m_divisionGroups[TechnologyDivision], id("GitLab Users"), m_structural);
    nest(m_divisionGroups[CommercialDivision], id("Salesforce Users"), m_structural);
    nest(m_divisionGroups[CorporateDivision], id("DocuSign Users"), m_structural);
    nest(id("GitLab Users"), id("VPN Users"), m_structural);
    nest(id("Salesforce Users"), id("VPN Users"), m_structural);
    nest(m_departmentGroups[Engineering], id("Jira Users"), m_structural);
    nest(m_departmentGroups[Product], id("Jira Users"), m_structural);
    // The one nesting cycle: someone "shared" the two wikis' audiences both ways.
    nest(id("Jira Users"), id("Confluence Users"), m_structural);
    nest(id("Confluence Users"), id("Jira Users"), m_model->asOf - 500 * kMsPerDay);
    // As in Active Directory: Domain Admins and Enterprise Admins are Administrators.
    nest(id("Domain Admins"), id("Administrators"), m_structural);
    nest(id("Enterprise Admins"), id("Administrators"), m_structural);
    nest(id("IT Admins"), id("Domain Admins"), m_structural);
    for (const RoleSpec& role : roles()) {
        for (const char* group : role.groups)
            nest(id(role.name), id(group), m_structural);
    }
}

void AccessBuilder::grantPeople()
{
    Model& m = *m_model;
    const auto& depts = departments();
    std::vector<std::vector<qint64>> roleOf(depts.size());
    std::vector<std::vector<quint32>> appsOf(depts.size());
    for (std::size_t d = 0; d < depts.size(); ++d) {
        for (const char* role : depts[d].staffRoles)
            roleOf[d].push_back(role ? qint64(id(role)) : -1);
        for (const char* app : depts[d].applications)
            appsOf[d].push_back(m.entitlementByName.value(utf8(app) + QStringLiteral(" Users")));
    }
    const quint32 workday = id("Workday Users");
    const quint32 expensify = id("Expensify Users");
    const quint32 vpn = id("VPN Users");
    m.memberships.reserve(m.people.size() * 12 + 4096);
    std::vector<quint32> held;
    for (std::size_t p = 0; p < m.people.size(); ++p) {
        const PersonInfo& info = m.people[p];
        const int account = m.userAccountOf[p];
        const Timestamp created = m.accounts[std::size_t(account)].created;
        held.clear();
        const auto give = [&](quint32 group, Timestamp added) {
            if (std::find(held.begin(), held.end(), group) != held.end())
                return false;
            held.push_back(group);
            grant(account, group, added);
            return true;
        };
        const Timestamp onboarding = afterCreation(account, 10 * kMsPerHour);
        if (info.level == Level::Ceo) {
            give(m_allStaff, onboarding);
        } else if (info.team >= 0) {
            give(m_teamGroups[std::size_t(info.department)][std::size_t(info.team)], onboarding);
        } else {
            give(m_departmentGroups[std::size_t(info.department)], onboarding);
        }
        give(m_locationGroups[std::size_t(info.location)], onboarding);
        give(workday, onboarding);
        give(expensify, onboarding);
        // Remote access is requested person by person, even where a group already grants it.
        if (m_rng.chance(0.4))
            give(vpn, afterCreation(account, 20 * kMsPerDay));
        if (info.department >= 0) {
            for (quint32 app : appsOf[std::size_t(info.department)])
                give(app, afterCreation(account, 3 * kMsPerDay));
            if (info.level == Level::Staff || info.level == Level::Senior) {
                const qint64 role = roleOf[std::size_t(info.department)][std::size_t(info.titleVariant)];
                if (role >= 0)
                    give(quint32(role), afterCreation(account, 5 * kMsPerDay));
            }
        }
        // Sprawl: ad-hoc application grants collected over the last year, never taken away.
        const Timestamp sprawlFrom = std::max(created + kMsPerHour, m.asOf - 365 * kMsPerDay);
        const double r = m_rng.unit();
        const int extras = r < 0.2 ? 0 : r < 0.45 ? 1 : r < 0.75 ? 2 : r < 0.92 ? 3 : 4;
        // Draws go into named locals: the order in which function arguments are evaluated is
        // unspecified, and a different order on another compiler would change the organisation.
        for (int e = 0; e < extras; ++e) {
            const quint32 group = m_appUsers[m_rng.index(m_appUsers.size())];
            give(group, m_rng.range(sprawlFrom, m.asOf - kMsPerHour));
        }
        if (m_rng.chance(0.003)) {
            const quint32 group = m_appAdmins[m_rng.index(m_appAdmins.size())];
            give(group, m_rng.range(sprawlFrom, m.asOf - kMsPerHour));
        }
    }
}

void AccessBuilder::grantAdmins()
{
    Model& m = *m_model;
    const char* const adminRoles[] = {"Identity Administrator", "Cloud Administrator", "Security Administrator"};
    // The first few admin accounts sit directly in the protected groups; the rest get there
    // through IT Admins, which hides them from a look at Domain Admins' direct members.
    const char* const direct[] = {"Domain Admins",  "Domain Admins",    "Enterprise Admins", "Schema Admins",
                                  "Administrators", "Server Operators", "Server Operators",  "Account Operators"};
    int n = 0;
    for (std::size_t a = 0; a < m.accounts.size(); ++a) {
        if (m.accounts[a].kind != AccountKind::Admin)
            continue;
        const int account = int(a);
        const std::size_t slot = std::size_t(n);
        grant(account, id(slot < std::size(direct) ? direct[slot] : "IT Admins"), afterCreation(account, kMsPerDay));
        grant(account, id(adminRoles[n % 3]), afterCreation(account, 2 * kMsPerDay));
        const quint32 application = m_appAdmins[m_rng.index(m_appAdmins.size())];
        grant(account, application, afterCreation(account, 20 * kMsPerDay));
        ++n;
    }
}

void AccessBuilder::grantServices()
{
    Model& m = *m_model;
    const auto& specs = serviceAccounts();
    std::size_t n = 0;
    for (std::size_t a = 0; a < m.accounts.size(); ++a) {
        if (m.accounts[a].kind != AccountKind::Service)
            continue;
        const int account = int(a);
        if (n < specs.size()) {
            for (const char* group : specs[n].groups)
                grant(account, id(group), afterCreation(account, 2 * kMsPerDay));
        } else {
            const quint32 application = m_appUsers[m_rng.index(m_appUsers.size())];
            grant(account, application, afterCreation(account, 2 * kMsPerDay));
        }
        ++n;
    }
}

void AccessBuilder::grantHygieneCases()
{
    Model& m = *m_model;
    m_checkDuplicates = true;
    const auto userOf = [&](int person) { return person >= 0 ? m.userAccountOf[std::size_t(person)] : -1; };
    if (!m.people.empty())
        grant(userOf(0), id("Board Portal"), afterCreation(userOf(0), 30 * kMsPerDay));
    if (const int lead = userOf(m.departmentLead[Engineering]); lead >= 0)
        grant(lead, id("Release Managers"), afterCreation(lead, 30 * kMsPerDay));

    // People who should not be in the privileged tier, added at different times so that the
    // privileged population grows from quarter to quarter.
    const auto findPerson = [&](int department, IdentityStatus status, bool enabledLeaver) {
        for (std::size_t p = 0; p < m.people.size(); ++p) {
            const PersonInfo& info = m.people[p];
            if (info.department == department && m.identities[p].status == status &&
                info.enabledLeaver == enabledLeaver && (info.level == Level::Staff || info.level == Level::Senior) &&
                m.identities[p].hired < m.asOf - 365 * kMsPerDay)
                return int(p);
        }
        return -1;
    };
    if (const int marketing = userOf(findPerson(Marketing, IdentityStatus::Active, false)); marketing >= 0)
        grant(marketing, id("Domain Admins"), m.asOf - 40 * kMsPerDay - 14 * kMsPerHour);
    if (const int sales = userOf(findPerson(Sales, IdentityStatus::Active, false)); sales >= 0)
        grant(sales, id("AWS Production Admins"), m.asOf - 100 * kMsPerDay - 10 * kMsPerHour);
    for (std::size_t p = 0; p < m.people.size(); ++p) {
        if (m.people[p].enabledLeaver) {
            const int account = userOf(int(p));
            const Timestamp created = m.accounts[std::size_t(account)].created;
            grant(account, id("Server Operators"), std::max(created + kMsPerDay, m.asOf - 200 * kMsPerDay));
            break;
        }
    }
}

} // namespace attest::demo
