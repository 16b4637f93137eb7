#include "demoauditbuilder.h"

#include "demorandom.h"

#include <algorithm>

namespace attest::demo {

namespace {

constexpr quint64 kAuditStream = 0x6175646974ULL;
constexpr qint64 kMsPerMinute = 60LL * 1000;

const QString& success()
{
    static const QString text = QStringLiteral("success");
    return text;
}

const QString& invalidCredentials()
{
    static const QString text = QStringLiteral("failure: invalid credentials");
    return text;
}

AuditEvent event(Timestamp time, const QString& actor, const QString& action, const QString& target,
                 const QString& result, const QString& details)
{
    AuditEvent e;
    e.time = time;
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.result = result;
    e.details = details;
    e.origin = AuditOrigin::Directory;
    return e;
}

} // namespace

std::vector<AuditEvent> AuditBuilder::build() const
{
    const Model& m = m_model;
    DemoRandom rng(m.parameters.seed ^ kAuditStream);
    const Timestamp windowStart = m.asOf - kWindowDays * kMsPerDay;
    const int target = int(std::min<qint64>(kMaxEvents, qint64(m.identities.size()) * 9 + 10));

    std::vector<int> users;
    std::vector<int> disabled;
    std::vector<QString> admins;
    for (std::size_t a = 0; a < m.accounts.size(); ++a) {
        const Account& account = m.accounts[a];
        if (account.kind == AccountKind::Admin)
            admins.push_back(account.login);
        // Only accounts used within the window have routine activity in it; a stale account
        // logging on in the audit log but not in lastLogon would contradict itself.
        if (account.kind == AccountKind::User && account.enabled && hasTime(account.lastLogon) &&
            account.lastLogon > windowStart + kMsPerDay)
            users.push_back(int(a));
        if (!account.enabled && hasTime(account.lastLogon) && account.lastLogon >= windowStart)
            disabled.push_back(int(a));
    }
    if (admins.empty())
        admins.push_back(QStringLiteral("admin"));
    const auto anAdmin = [&] { return admins[rng.index(admins.size())]; };
    const auto bindDetails = [&] {
        return QStringLiteral("simple bind from 10.%1.%2.%3")
            .arg(rng.range(0, 40))
            .arg(rng.range(0, 255))
            .arg(rng.range(1, 254));
    };

    std::vector<AuditEvent> events;
    events.reserve(std::size_t(target) + 64);

    // What really changed, at the times the rows say: recent grants and password changes
    // (each thinned to a quarter of the events for large organisations), locks, disables.
    const std::size_t quota = std::size_t(target / 4);
    const auto stride = [quota](std::size_t available) {
        return available > quota && quota > 0 ? (available + quota - 1) / quota : std::size_t(1);
    };
    std::vector<const TimedMembership*> recent;
    for (const TimedMembership& tm : m.memberships) {
        if (tm.membership.memberKind == MemberKind::Account && tm.added > windowStart)
            recent.push_back(&tm);
    }
    for (std::size_t i = 0, step = stride(recent.size()); i < recent.size(); i += step) {
        const Membership& ms = recent[i]->membership;
        const Account& member = m.accounts[ms.member];
        const Entitlement& group = m.entitlements[ms.entitlement];
        events.push_back(event(recent[i]->added, anAdmin(), QStringLiteral("member added"), group.dn, success(),
                               QStringLiteral("added %1 to %2").arg(member.dn, group.name)));
    }
    std::vector<const Account*> passwordChanges;
    for (const Account& account : m.accounts) {
        if (account.kind != AccountKind::Service && hasTime(account.passwordChanged) &&
            account.passwordChanged > windowStart && account.passwordChanged != account.created)
            passwordChanges.push_back(&account);
    }
    for (std::size_t i = 0, step = stride(passwordChanges.size()); i < passwordChanges.size(); i += step) {
        const Account& account = *passwordChanges[i];
        if (account.mustChangePassword) {
            events.push_back(event(account.passwordChanged, anAdmin(), QStringLiteral("password reset"), account.dn,
                                   success(), QStringLiteral("reset by the help desk; change required at next logon")));
        } else {
            events.push_back(event(account.passwordChanged, account.login, QStringLiteral("password change"),
                                   account.dn, success(), QStringLiteral("changed by the user")));
        }
    }
    for (const Account& account : m.accounts) {
        if (!account.locked)
            continue;
        for (int f = account.failedLogons; f > 0; --f) {
            events.push_back(event(account.lockedSince - f * 2 * kMsPerMinute, account.login, QStringLiteral("logon"),
                                   account.dn, invalidCredentials(), bindDetails()));
        }
        events.push_back(event(account.lockedSince, account.login, QStringLiteral("account locked"), account.dn,
                               success(), QStringLiteral("locked after %1 failed logons").arg(account.failedLogons)));
    }
    for (int a : disabled) {
        const Account& account = m.accounts[std::size_t(a)];
        events.push_back(event(std::min(m.asOf - kMsPerMinute, account.lastLogon + kMsPerDay), anAdmin(),
                               QStringLiteral("account disabled"), account.dn, success(),
                               QStringLiteral("leaver: account disabled")));
    }

    // Routine activity of people who use their accounts.
    while (!users.empty() && int(events.size()) < target) {
        const Account& account = m.accounts[std::size_t(users[rng.index(users.size())])];
        const Timestamp earliest = std::max(windowStart, account.created + kMsPerMinute);
        const Timestamp latest = std::min(m.asOf - kMsPerMinute, std::max(earliest, account.lastLogon));
        const Timestamp time = rng.range(earliest, std::max(earliest, latest));
        const qint64 kind = rng.range(0, 99);
        if (kind < 70) {
            events.push_back(event(time, account.login, QStringLiteral("logon"), account.dn, success(), bindDetails()));
        } else if (kind < 90) {
            events.push_back(
                event(time, account.login, QStringLiteral("logon"), account.dn, invalidCredentials(), bindDetails()));
        } else if (kind < 95) {
            events.push_back(event(time, anAdmin(), QStringLiteral("account unlocked"), account.dn, success(),
                                   QStringLiteral("unlocked at the user's request")));
        } else {
            const Entitlement& group = m.entitlements[rng.index(m.entitlements.size())];
            events.push_back(event(time, anAdmin(), QStringLiteral("member removed"), group.dn, success(),
                                   QStringLiteral("removed %1 from %2").arg(account.dn, group.name)));
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const AuditEvent& a, const AuditEvent& b) { return a.time < b.time; });
    return events;
}

} // namespace attest::demo
