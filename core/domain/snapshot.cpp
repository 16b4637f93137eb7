#include "snapshot.h"

namespace attest {

bool SnapshotData::validate(QString* error) const
{
    const auto entitlementCount = entitlements.size();
    const auto accountCount = accounts.size();
    for (std::size_t i = 0; i < memberships.size(); ++i) {
        const Membership& m = memberships[i];
        const bool memberOk =
            m.memberKind == MemberKind::Account ? m.member < accountCount : m.member < entitlementCount;
        if (m.entitlement >= entitlementCount || !memberOk) {
            if (error)
                *error = QStringLiteral("membership %1 refers to a row that does not exist (entitlement %2, member %3)")
                             .arg(i)
                             .arg(m.entitlement)
                             .arg(m.member);
            return false;
        }
    }
    return true;
}

} // namespace attest
