#include "demopeoplebuilder.h"

#include "demorandom.h"
#include "demotables.h"

#include <algorithm>

namespace attest::demo {

namespace {

constexpr quint64 kPeopleStream = 0x70656f706c65ULL;
constexpr qint64 kMsPerHour = 60LL * 60 * 1000;

// Largest-remainder split of total over the department weights, so sizes always add up.
std::vector<int> departmentSizes(int total)
{
    const auto& table = departments();
    int weightSum = 0;
    for (const auto& d : table)
        weightSum += d.weight;
    std::vector<int> sizes(table.size(), 0);
    std::vector<std::pair<qint64, std::size_t>> remainders;
    int assigned = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const qint64 exact = qint64(total) * table[i].weight;
        sizes[i] = int(exact / weightSum);
        assigned += sizes[i];
        remainders.emplace_back(exact % weightSum, i);
    }
    // Ties go to the earlier (larger) department: deterministic and stable.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; assigned < total; ++i, ++assigned)
        ++sizes[remainders[i % remainders.size()].second];
    return sizes;
}

} // namespace

QString PeopleBuilder::uniqueLogin(const QString& given, const QString& surname)
{
    const QString base = asciiFold(given) + u'.' + asciiFold(surname);
    const int n = ++m_loginCounts[base];
    return n == 1 ? base : base + QString::number(n);
}

int PeopleBuilder::addPerson(int department, Level level, int managerPerson, Timestamp hired)
{
    Model& m = *m_model;
    const int index = int(m.identities.size());
    Identity identity;
    identity.key = QString::number(100001 + index); // employee number
    identity.managerKey = m.personKey(managerPerson);
    identity.hired = hired;
    identity.department =
        department >= 0 ? utf8(departments()[std::size_t(department)].name) : QStringLiteral("Executive Office");
    m.identities.push_back(std::move(identity));
    PersonInfo info;
    info.department = department;
    info.level = level;
    m.people.push_back(info);
    return index;
}

void PeopleBuilder::build()
{
    Model& m = *m_model;
    DemoRandom rng(m.parameters.seed ^ kPeopleStream);
    const int total = m.parameters.identities;
    const auto& depts = departments();
    m.identities.reserve(std::size_t(total));
    m.people.reserve(std::size_t(total));
    m.departmentVp.assign(depts.size(), -1);
    m.departmentLead.assign(depts.size(), -1);
    m.departmentTeams.assign(depts.size(), 0);
    for (std::size_t d = 0; d < depts.size(); ++d)
        m.departmentTeams[d] = int(depts[d].teams.size());

    // Times of day keep events off midnight; asOf itself is midnight, so "d days ago" is the
    // previous day's working hours and never after asOf.
    const auto daysAgo = [&](qint64 days) { return m.asOf - days * kMsPerDay - 15 * kMsPerHour; };

    const int ceo = addPerson(-1, Level::Ceo, -1, daysAgo(4380));
    const std::vector<int> sizes = departmentSizes(total - 1);
    for (std::size_t d = 0; d < depts.size(); ++d) {
        const int size = sizes[d];
        if (size <= 0)
            continue;
        const int dept = int(d);
        const int vp = addPerson(dept, Level::Vp, ceo, daysAgo(rng.range(1100, 5000)));
        m.departmentVp[d] = vp;
        const int rest = size - 1;
        const int directorCount = rest > 0 ? std::max(1, rest / 60) : 0;
        const int managerCount = rest - directorCount > 0 ? std::max(1, (rest - directorCount) / 8) : 0;
        const int staffCount = rest - directorCount - managerCount;
        std::vector<int> directors;
        directors.reserve(std::size_t(directorCount));
        for (int i = 0; i < directorCount; ++i)
            directors.push_back(addPerson(dept, Level::Director, vp, daysAgo(rng.range(500, 4000))));
        std::vector<int> managers;
        managers.reserve(std::size_t(managerCount));
        // Large departments split the named teams ("Platform Team 2", …): about four managers a team.
        const int teamCount = std::max(int(depts[d].teams.size()), (managerCount + 3) / 4);
        m.departmentTeams[d] = teamCount;
        for (int i = 0; i < managerCount; ++i) {
            const int manager = addPerson(dept, Level::Manager, directors[std::size_t(i % directorCount)],
                                          daysAgo(rng.range(400, 3500)));
            m.people[std::size_t(manager)].team = i % teamCount;
            managers.push_back(manager);
        }
        m.departmentLead[d] = !managers.empty() ? managers.front() : !directors.empty() ? directors.front() : vp;
        for (int i = 0; i < staffCount; ++i) {
            // About 9% joined within the last three quarters, which makes the population grow
            // from snapshot to snapshot; the rest skew towards shorter tenure.
            qint64 tenure = 0;
            if (rng.chance(0.09)) {
                tenure = rng.range(0, 272);
            } else {
                const qint64 first = rng.range(280, 3650); // the minimum of two draws favours short tenure
                tenure = std::min(first, rng.range(280, 3650));
            }
            const int manager = managers[rng.index(managers.size())];
            const int person =
                addPerson(dept, rng.chance(0.3) ? Level::Senior : Level::Staff, manager, daysAgo(tenure));
            PersonInfo& info = m.people[std::size_t(person)];
            info.team = m.people[std::size_t(manager)].team;
            info.titleVariant = int(rng.index(depts[d].staffTitles.size()));
        }
    }

    // Names, titles, logins and locations, in person order so logins number deterministically.
    int locationWeightSum = 0;
    for (const auto& l : locations())
        locationWeightSum += l.weight;
    const auto& given = firstNames();
    const auto& family = surnames();
    for (std::size_t i = 0; i < m.identities.size(); ++i) {
        Identity& id = m.identities[i];
        PersonInfo& info = m.people[i];
        id.givenName = utf8(given[rng.index(given.size())]);
        id.surname = utf8(family[rng.index(family.size())]);
        id.displayName = id.givenName + u' ' + id.surname;
        id.email = uniqueLogin(id.givenName, id.surname) + u'@' + m.mailDomain;
        qint64 pick = rng.range(0, locationWeightSum - 1);
        for (std::size_t l = 0; l < locations().size(); ++l) {
            pick -= locations()[l].weight;
            if (pick < 0) {
                info.location = int(l);
                break;
            }
        }
        id.location = utf8(locations()[std::size_t(info.location)].name);
        const bool staff = info.level == Level::Staff || info.level == Level::Senior;
        id.employeeType = staff && rng.chance(0.08) ? QStringLiteral("Contractor") : QStringLiteral("Employee");
        if (info.level == Level::Ceo) {
            id.title = QStringLiteral("Chief Executive Officer");
            continue;
        }
        const DepartmentSpec& dept = depts[std::size_t(info.department)];
        switch (info.level) {
        case Level::Staff:
            id.title = utf8(dept.staffTitles[std::size_t(info.titleVariant)]);
            break;
        case Level::Senior:
            id.title = QStringLiteral("Senior ") + utf8(dept.staffTitles[std::size_t(info.titleVariant)]);
            break;
        case Level::Manager:
            id.title = utf8(dept.managerTitle);
            break;
        case Level::Director:
            id.title = utf8(dept.directorTitle);
            break;
        case Level::Vp:
        case Level::Ceo:
            id.title = utf8(dept.vpTitle);
            break;
        }
    }

    // Leavers and people on leave come from long-serving staff, so nobody who manages anyone
    // leaves and every manager key stays valid in every snapshot.
    const int n = int(m.identities.size());
    std::vector<int> candidates;
    for (int i = 0; i < n; ++i) {
        const PersonInfo& info = m.people[std::size_t(i)];
        if ((info.level == Level::Staff || info.level == Level::Senior) &&
            m.identities[std::size_t(i)].hired < m.asOf - 365 * kMsPerDay)
            candidates.push_back(i);
    }
    const int leaverCount = std::min(int(candidates.size()), n >= 50 ? std::max(6, (n + 50) / 100) : n / 10);
    const int onLeaveCount = std::min(int(candidates.size()) - leaverCount, n * 15 / 1000);
    // Partial Fisher-Yates: the first picks are leavers, the next ones on leave.
    for (int i = 0; i < leaverCount + onLeaveCount; ++i) {
        const std::size_t j = std::size_t(i) + rng.index(candidates.size() - std::size_t(i));
        std::swap(candidates[std::size_t(i)], candidates[j]);
        Identity& id = m.identities[std::size_t(candidates[std::size_t(i)])];
        if (i < leaverCount) {
            id.status = IdentityStatus::Left;
            id.left = daysAgo(rng.range(3, 350));
            // Half the leavers kept an enabled account: the finding the demo must show.
            m.people[std::size_t(candidates[std::size_t(i)])].enabledLeaver = i % 2 == 0;
        } else {
            id.status = IdentityStatus::OnLeave;
        }
    }
}

} // namespace attest::demo
