#pragma once

#include <QtGlobal>

namespace attest {

enum class MemberKind : quint8
{
    Account,
    Entitlement, // a nested group, or a role bundled into a group or role
};

// "member is a member of entitlement": holders of the member hold the entitlement.
// Indexes refer to the rows of the same snapshot (SnapshotData's vectors).
struct Membership
{
    quint32 entitlement = 0;
    quint32 member = 0;
    MemberKind memberKind = MemberKind::Account;

    friend bool operator==(const Membership&, const Membership&) = default;
};

} // namespace attest
