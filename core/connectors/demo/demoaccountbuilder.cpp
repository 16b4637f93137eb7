#include "demoaccountbuilder.h"

#include "demotables.h"

#include <algorithm>
#include <cmath>

namespace attest::demo {

namespace {

constexpr quint64 kAccountStream = 0x6163636f756e74ULL;
constexpr qint64 kMsPerHour = 60LL * 60 * 1000;

} // namespace

AccountBuilder::AccountBuilder(Model* model)
    : m_model(model)
    , m_rng(model->parameters.seed ^ kAccountStream)
{}

Account& AccountBuilder::addAccount(const QString& login, const QString& ou, int person, AccountKind kind)
{
    Model& m = *m_model;
    Account account;
    account.login = login;
    account.dn =
        QStringLiteral("uid=") + escapeRdnValue(login) + QStringLiteral(",ou=") + ou + u',' + m.parameters.baseDn;
    account.key = account.dn;
    account.kind = kind;
    account.identityKey = m.personKey(person);
    m.accounts.push_back(std::move(account));
    m.accountPerson.push_back(person);
    return m.accounts.back();
}

Timestamp AccountBuilder::recentLogon(Timestamp created)
{
    // Most people log on every working day: within the last week, never before creation.
    return std::max(created + kMsPerHour, m_model->asOf - m_rng.range(kMsPerHour, 7 * kMsPerDay));
}

void AccountBuilder::build()
{
    Model& m = *m_model;
    const std::size_t people = m.identities.size();
    m.accounts.reserve(people + people / 50 + 64);
    m.accountPerson.reserve(m.accounts.capacity());
    m.userAccountOf.assign(people, -1);
    for (std::size_t i = 0; i < people; ++i)
        addUserAccount(int(i));
    addAdminAccounts();
    addServiceAccounts();
}

void AccountBuilder::addUserAccount(int person)
{
    Model& m = *m_model;
    const Identity& id = m.identities[std::size_t(person)];
    const PersonInfo& info = m.people[std::size_t(person)];
    m.userAccountOf[std::size_t(person)] = int(m.accounts.size());
    Account& a = addAccount(id.email.section(u'@', 0, 0), QStringLiteral("People"), person, AccountKind::User);
    a.displayName = id.displayName;
    a.email = id.email;
    a.description = id.title + QStringLiteral(", ") + id.department;
    a.created = id.hired;
    const qint64 ageDays = (m.asOf - a.created) / kMsPerDay;
    bool neverChanged = false;

    if (id.status == IdentityStatus::Left) {
        a.enabled = info.enabledLeaver;
        a.lastLogon = std::max(a.created + kMsPerHour, id.left - m_rng.range(0, 3 * kMsPerDay));
        // Two enabled leavers still log on after leaving: someone is using the account.
        if (info.enabledLeaver && m_enabledLeaversSeen++ < 2)
            a.lastLogon = std::min(m.asOf - kMsPerHour, id.left + m_rng.range(5, 30) * kMsPerDay);
    } else if (ageDays < 10) {
        // A new hire who has not logged on yet: recent, so not a finding.
        a.mustChangePassword = true;
        neverChanged = true;
    } else if (id.status == IdentityStatus::OnLeave) {
        a.lastLogon = std::max(a.created + kMsPerHour, m.asOf - m_rng.range(30, 120) * kMsPerDay);
    } else {
        // Executives' accounts are in daily use; the stale and unused ones belong to staff.
        const bool executive = info.level == Level::Ceo || info.level == Level::Vp || info.level == Level::Director;
        const double r = executive ? 1.0 : m_rng.unit();
        if (ageDays > 200 && r < 0.08) {
            a.lastLogon = m.asOf - m_rng.range(91, std::min<qint64>(ageDays - 1, 540)) * kMsPerDay - kMsPerHour * 9;
        } else if (ageDays > 120 && r < 0.10) {
            neverChanged = true; // never logged on: the initial password was never used
        } else {
            a.lastLogon = recentLogon(a.created);
        }
    }

    if (neverChanged || m_rng.chance(0.03)) {
        a.passwordChanged = a.created;
    } else {
        // One draw per statement: operand evaluation order is unspecified in C++.
        const qint64 days = m_rng.range(0, 400);
        const qint64 hours = m_rng.range(0, 20);
        a.passwordChanged = std::max(a.created, m.asOf - days * kMsPerDay - hours * kMsPerHour);
        if (hasTime(a.lastLogon))
            a.passwordChanged = std::min(a.passwordChanged, a.lastLogon);
    }

    const bool active = a.enabled && id.status != IdentityStatus::Left && hasTime(a.lastLogon);
    if (active && m_rng.chance(0.008)) {
        a.locked = true;
        a.failedLogons = 5;
        a.lockedSince = std::max(a.lastLogon, m.asOf - m_rng.range(kMsPerHour, 5 * kMsPerDay));
    } else if (active && m_rng.chance(0.04)) {
        a.failedLogons = quint16(m_rng.range(1, 3));
    }
    if (active && m_rng.chance(0.01)) {
        // A help-desk reset a few days ago that the user has not completed.
        a.mustChangePassword = true;
        a.passwordChanged = std::max(a.created, m.asOf - m_rng.range(1, 4) * kMsPerDay);
    }
}

void AccountBuilder::addAdminAccounts()
{
    Model& m = *m_model;
    std::vector<int> candidates;
    int pool = 0;
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        const PersonInfo& info = m.people[i];
        if (info.department != ItOperations && info.department != Security)
            continue;
        ++pool;
        if (info.level != Level::Director && info.level != Level::Vp &&
            m.identities[i].status == IdentityStatus::Active && m.identities[i].hired < m.asOf - 100 * kMsPerDay)
            candidates.push_back(int(i));
    }
    // A small privileged tier: about the square root of the IT and security staff, at most 60.
    const int count =
        std::min<int>(int(candidates.size()), std::clamp(int(std::lround(std::sqrt(double(pool)))), 2, 60));
    for (int i = 0; i < count; ++i) {
        const std::size_t j = std::size_t(i) + m_rng.index(candidates.size() - std::size_t(i));
        std::swap(candidates[std::size_t(i)], candidates[j]);
    }
    candidates.resize(std::size_t(count));
    std::sort(candidates.begin(), candidates.end()); // person order keeps the rows readable
    for (int person : candidates) {
        const Identity& id = m.identities[std::size_t(person)];
        const Account& user = m.accounts[std::size_t(m.userAccountOf[std::size_t(person)])];
        Account& a =
            addAccount(QStringLiteral("adm-") + user.login, QStringLiteral("Admins"), person, AccountKind::Admin);
        a.displayName = id.displayName + QStringLiteral(" (admin)");
        a.email = id.email;
        a.description = QStringLiteral("Administrative account of ") + id.displayName;
        // Admin accounts appear over the year, so the privileged tier grows between snapshots.
        a.created = id.hired + m_rng.range(30, 1500) * kMsPerDay;
        if (a.created > m.asOf - kMsPerDay)
            a.created = std::max(id.hired + kMsPerDay, m.asOf - m_rng.range(2, 330) * kMsPerDay);
        a.lastLogon = recentLogon(a.created);
        a.passwordChanged = std::max(a.created, m.asOf - m_rng.range(0, 180) * kMsPerDay);
    }
    // One admin account nobody has used for months: privileged and stale.
    if (count >= 3) {
        Account& stale = m.accounts[m.accounts.size() - 2];
        stale.lastLogon = std::max(stale.created + kMsPerHour, m.asOf - m_rng.range(120, 300) * kMsPerDay);
        stale.passwordChanged = std::min(stale.passwordChanged, stale.lastLogon);
    }
}

void AccountBuilder::addServiceAccounts()
{
    Model& m = *m_model;
    const auto add = [&](const QString& login, const QString& description, int ownerDept, qint64 createdDaysAgo,
                         bool stale) {
        const int owner = ownerDept >= 0 ? m.departmentLead[std::size_t(ownerDept)] : -1;
        Account& a = addAccount(login, QStringLiteral("Service Accounts"), owner, AccountKind::Service);
        a.displayName = login;
        a.description = description;
        a.created = m.asOf - createdDaysAgo * kMsPerDay - 11 * kMsPerHour;
        a.lastLogon = stale ? std::max(a.created + kMsPerDay, m.asOf - m_rng.range(200, 700) * kMsPerDay)
                            : m.asOf - m_rng.range(kMsPerHour / 4, kMsPerDay);
        // Service passwords are rarely rotated: most never changed since creation.
        a.passwordChanged =
            m_rng.chance(0.25) ? std::max(a.created, m.asOf - m_rng.range(10, 200) * kMsPerDay) : a.created;
    };
    for (const ServiceAccountSpec& spec : serviceAccounts())
        add(utf8(spec.login), utf8(spec.description), spec.ownerDepartment, spec.createdDaysAgo, spec.stale);
    // Large organisations have many more integrations; every third one lost its owner.
    const int extra = int(m.identities.size() / 1000);
    for (int i = 0; i < extra; ++i) {
        const int owner = i % 3 == 2 ? -1 : int(m_rng.index(DepartmentCount));
        const qint64 age = m_rng.range(60, 2500);
        const bool stale = m_rng.chance(0.1);
        add(QStringLiteral("svc-app-%1").arg(i + 1, 3, 10, QLatin1Char('0')), QStringLiteral("Application integration"),
            owner, age, stale);
    }
}

} // namespace attest::demo
