#include "demosnapshotbuilder.h"

#include "demorandom.h"

#include <algorithm>

namespace attest::demo {

QString SnapshotBuilder::quarterLabel(Timestamp t)
{
    const QDate date = toDateTime(t).date();
    return QStringLiteral("%1 Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

void SnapshotBuilder::ageAccount(Account* a, std::size_t row, int ordinal, Timestamp takenAt) const
{
    // Older snapshots only need consistent values: the lock, failure count and pending reset
    // of today did not exist then; logons and password changes after takenAt happened before.
    const quint64 h = DemoRandom::mix(m_model.parameters.seed ^ row, quint64(ordinal));
    a->locked = false;
    a->lockedSince = kNoTime;
    a->failedLogons = 0;
    a->mustChangePassword = false;
    const int person = m_model.accountPerson[row];
    if (person >= 0 && a->kind == AccountKind::User) {
        const Identity& id = m_model.identities[std::size_t(person)];
        if (id.status == IdentityStatus::Left && id.left > takenAt)
            a->enabled = true;
    }
    if (hasTime(a->lastLogon) && a->lastLogon > takenAt)
        a->lastLogon = std::max(a->created, takenAt - qint64(h % quint64(7 * kMsPerDay)));
    if (hasTime(a->passwordChanged) && a->passwordChanged > takenAt)
        a->passwordChanged = std::max(a->created, takenAt - qint64((h >> 17) % quint64(120 * kMsPerDay)));
}

SnapshotData SnapshotBuilder::build(int ordinal, Timestamp takenAt) const
{
    const Model& m = m_model;
    const bool newest = takenAt >= m.asOf;
    SnapshotData s;
    s.info.sourceName = m.parameters.sourceName;
    s.info.label = quarterLabel(takenAt);
    s.info.takenAt = takenAt;

    s.identities.reserve(m.identities.size());
    for (const Identity& source : m.identities) {
        if (source.hired > takenAt)
            continue;
        Identity id = source;
        if (hasTime(id.left) && id.left > takenAt) {
            id.status = IdentityStatus::Active;
            id.left = kNoTime;
        }
        if (!newest && id.status == IdentityStatus::OnLeave)
            id.status = IdentityStatus::Active;
        s.identities.push_back(std::move(id));
    }

    std::vector<qint32> accountRow(m.accounts.size(), -1);
    s.accounts.reserve(m.accounts.size());
    for (std::size_t a = 0; a < m.accounts.size(); ++a) {
        if (m.accounts[a].created > takenAt)
            continue;
        accountRow[a] = qint32(s.accounts.size());
        s.accounts.push_back(m.accounts[a]);
        if (!newest)
            ageAccount(&s.accounts.back(), a, ordinal, takenAt);
    }

    s.entitlements = m.entitlements;
    s.memberships.reserve(m.memberships.size());
    for (const TimedMembership& tm : m.memberships) {
        if (tm.added > takenAt)
            continue;
        Membership ms = tm.membership;
        if (ms.memberKind == MemberKind::Account) {
            const qint32 row = accountRow[ms.member];
            if (row < 0)
                continue;
            ms.member = quint32(row);
        }
        s.memberships.push_back(ms);
    }

    s.info.identityCount = qint64(s.identities.size());
    s.info.accountCount = qint64(s.accounts.size());
    s.info.entitlementCount = qint64(s.entitlements.size());
    s.info.membershipCount = qint64(s.memberships.size());
    return s;
}

} // namespace attest::demo
