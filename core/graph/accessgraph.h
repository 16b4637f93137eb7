#pragma once

#include "domain/grant.h"
#include "domain/progress.h"
#include "domain/snapshot.h"

#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace attest {

class PrivilegedPolicy;

// The access graph of one snapshot: compact adjacency arrays over the snapshot's row indexes
// (accounts, entitlements, identities) and every account's effective entitlements with
// provenance (the shortest chain of groups/roles). Nesting cycles are tolerated and reported.
// No recursion: deep or cyclic directories cannot exhaust the stack. Immutable after build(),
// so it can be shared between threads.
class AccessGraph final
{
public:
    static constexpr quint32 kNone = 0xffffffffu;

    // An effective grant in compact form. directVia is the account's direct entitlement the
    // grant comes through (== entitlement for a direct grant); depth is the number of nesting
    // steps from it (0 for direct).
    struct EffectiveGrant
    {
        quint32 entitlement = 0;
        quint32 directVia = 0;
        quint32 depth = 0;
    };

    // Why an account is privileged: the first privileged entitlement it holds, by shortest path.
    struct PrivilegeReason
    {
        quint32 entitlement = kNone;
        quint32 directVia = kNone;
        QString reason; // the policy's words for the entitlement
    };

    // Builds the graph. Returns nullptr only if progress asks to cancel.
    static std::unique_ptr<AccessGraph> build(const SnapshotData& data, const PrivilegedPolicy& policy,
                                              const ProgressFn& progress = {});

    quint32 accountCount() const { return m_accountCount; }
    quint32 entitlementCount() const { return m_entitlementCount; }
    quint32 identityCount() const { return m_identityCount; }

    // Direct structure.
    std::span<const quint32> directEntitlements(quint32 account) const;
    std::span<const quint32> directMemberAccounts(quint32 entitlement) const;
    std::span<const quint32> nestedMembers(quint32 entitlement) const; // entitlements that are members of it
    std::span<const quint32> memberOf(quint32 entitlement) const;      // entitlements it is a member of

    // Effective access.
    std::span<const EffectiveGrant> effectiveGrants(quint32 account) const; // sorted by entitlement index
    // The account's effective grant of the entitlement, or nullptr when it does not hold it.
    const EffectiveGrant* effectiveGrant(quint32 account, quint32 entitlement) const;
    std::span<const quint32> effectiveMemberAccounts(quint32 entitlement) const; // sorted
    // The chain from the account's direct entitlement outward, excluding the entitlement itself;
    // empty for a direct grant. The same as Grant::via.
    std::vector<quint32> via(const EffectiveGrant& grant) const;
    Grant grant(quint32 account, const EffectiveGrant& grant) const;
    std::vector<Grant> grantsOf(quint32 account) const; // every effective grant with its via, by entitlement
    quint64 effectiveGrantCount() const { return m_effectiveTargets.size(); }
    quint64 directGrantCount() const { return m_accountEntitlements.size(); }

    // Nesting: every cycle (strongly connected set of entitlements, or a group containing
    // itself), each as its entitlement indexes; and each entitlement's nesting depth (the
    // longest chain of groups nested below it, counting cycles once). Cycles come ordered by their
    // lowest index; a group listing itself is reported even when it also sits in a larger cycle.
    const std::vector<std::vector<quint32>>& cycles() const { return m_cycles; }
    quint32 nestingDepth(quint32 entitlement) const { return m_depth[entitlement]; }

    // Privilege.
    bool isPrivilegedEntitlement(quint32 entitlement) const { return m_entitlementPrivileged[entitlement]; }
    const QString& entitlementPrivilegeReason(quint32 entitlement) const { return m_entitlementReasons[entitlement]; }
    bool isPrivilegedAccount(quint32 account) const { return m_accountPrivileged[account]; }
    std::optional<PrivilegeReason> privilegeReason(quint32 account) const;
    quint32 privilegedAccountCount() const { return m_privilegedAccountCount; }

    // Identities and accounts (correlated by Account::identityKey, Identity::key).
    quint32 identityOfAccount(quint32 account) const { return m_accountIdentity[account]; } // kNone: orphan
    std::span<const quint32> accountsOfIdentity(quint32 identity) const;
    quint32 managerOf(quint32 identity) const { return m_identityManager[identity]; } // kNone: none
    quint32 identityByKey(const QString& key) const;                                  // kNone when unknown
    quint32 entitlementOwner(quint32 entitlement) const { return m_entitlementOwner[entitlement]; } // identity

private:
    AccessGraph() = default;
    friend class AccessGraphBuilder;

    quint32 m_accountCount = 0;
    quint32 m_entitlementCount = 0;
    quint32 m_identityCount = 0;

    // CSR arrays: offsets has count+1 entries.
    std::vector<quint32> m_accountOffsets, m_accountEntitlements;
    std::vector<quint32> m_directMemberOffsets, m_directMembers;
    std::vector<quint32> m_nestedOffsets, m_nested;
    std::vector<quint32> m_parentOffsets, m_parents;

    std::vector<quint64> m_effectiveOffsets;
    std::vector<EffectiveGrant> m_effectiveTargets;
    std::vector<quint64> m_effectiveMemberOffsets;
    std::vector<quint32> m_effectiveMembers;

    // For each entitlement some account holds directly, everything reachable from it upward with
    // the BFS depth and the predecessor on one shortest path (for via()), as CSR sorted by target.
    // Only held entitlements get one: a 100,000-deep chain with one holder stays linear, though
    // holders all along a long chain make this quadratic in its length.
    struct ClosureEntry
    {
        quint32 target = 0;
        quint32 predecessor = kNone; // kNone for the source entitlement itself
        quint32 depth = 0;
    };
    std::vector<quint64> m_closureOffsets;
    std::vector<ClosureEntry> m_closure;

    std::vector<std::vector<quint32>> m_cycles;
    std::vector<quint32> m_depth;

    std::vector<bool> m_entitlementPrivileged;
    std::vector<QString> m_entitlementReasons;
    std::vector<bool> m_accountPrivileged;
    quint32 m_privilegedAccountCount = 0;

    std::vector<quint32> m_accountIdentity;
    std::vector<quint32> m_identityAccountOffsets, m_identityAccounts;
    std::vector<quint32> m_identityManager;
    std::vector<quint32> m_entitlementOwner;
    std::vector<std::pair<QString, quint32>> m_identityKeys; // sorted by key
};

} // namespace attest
