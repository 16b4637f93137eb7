#include "measureid.h"

#include <QCoreApplication>

#include <array>

namespace attest::analysis {

namespace {

constexpr const char* kEntitlements = QT_TRANSLATE_NOOP("Analysis", "Entitlements per identity");
constexpr const char* kPrivileged = QT_TRANSLATE_NOOP("Analysis", "Privileged access");
constexpr const char* kStale = QT_TRANSLATE_NOOP("Analysis", "Stale accounts");
constexpr const char* kOrphans = QT_TRANSLATE_NOOP("Analysis", "Orphaned access");
constexpr const char* kGroups = QT_TRANSLATE_NOOP("Analysis", "Group hygiene");
constexpr const char* kPeers = QT_TRANSLATE_NOOP("Analysis", "Peer outliers");
constexpr const char* kSod = QT_TRANSLATE_NOOP("Analysis", "Separation of duties");
constexpr const char* kStatistics = QT_TRANSLATE_NOOP("Analysis", "Statistics");
constexpr const char* kDrift = QT_TRANSLATE_NOOP("Analysis", "Changes since the compared snapshot");

using M = MeasureId;

// In enum order: measureInfo() indexes it, and the static_assert below checks each row's place.
constexpr std::array kRegistry{
    MeasureInfo{M::EntitlementsAboveP90, "entitlements.above-p90", kEntitlements,
                QT_TRANSLATE_NOOP("Analysis", "Identities above the 90th percentile of effective entitlements"),
                QT_TRANSLATE_NOOP("Analysis", "Identities above the 90th percentile of effective entitlements"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "People holding more entitlements (directly or through groups and roles, counted "
                                  "once across their accounts) than nine in ten of their colleagues: more than %1."),
                "", true},
    MeasureInfo{
        M::PrivilegedAccounts, "privileged.accounts", kPrivileged, QT_TRANSLATE_NOOP("Analysis", "Privileged accounts"),
        QT_TRANSLATE_NOOP("Analysis", "Privileged accounts"),
        QT_TRANSLATE_NOOP("Analysis", "Accounts holding at least one privileged entitlement (a protected or "
                                      "administrative group or role, or one tagged privileged), directly or through "
                                      "nesting."),
        "", true},
    MeasureInfo{M::PrivilegedIdentities, "privileged.identities", kPrivileged,
                QT_TRANSLATE_NOOP("Analysis", "Privileged identities"),
                QT_TRANSLATE_NOOP("Analysis", "Privileged identities"),
                QT_TRANSLATE_NOOP("Analysis", "People with at least one privileged account."), "", true},
    MeasureInfo{M::PrivilegedShare, "privileged.share", kPrivileged,
                QT_TRANSLATE_NOOP("Analysis", "Privileged share of active accounts"),
                QT_TRANSLATE_NOOP("Analysis", "Privileged share of active accounts"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Enabled privileged accounts as a share of all enabled accounts. Flagged above %1% "
                                  "or above %2 accounts: privilege should be rare."),
                "%", true},
    MeasureInfo{M::PrivilegedStale, "privileged.stale", kPrivileged,
                QT_TRANSLATE_NOOP("Analysis", "Stale privileged accounts"),
                QT_TRANSLATE_NOOP("Analysis", "Stale privileged accounts"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Enabled privileged accounts with no logon in %1 days, or never logged on and older "
                                  "than that."),
                "", true},
    MeasureInfo{
        M::PrivilegedNoOwner, "privileged.no-owner", kPrivileged,
        QT_TRANSLATE_NOOP("Analysis", "Privileged accounts without owner"),
        QT_TRANSLATE_NOOP("Analysis", "Privileged accounts without owner"),
        QT_TRANSLATE_NOOP("Analysis", "Privileged accounts correlated to no identity: nobody answers for them."), "",
        true},
    MeasureInfo{M::PrivilegedPasswordOld, "privileged.password-old", kPrivileged,
                QT_TRANSLATE_NOOP("Analysis", "Privileged accounts with a password older than a year"),
                QT_TRANSLATE_NOOP("Analysis", "Privileged accounts with a password older than a year"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Privileged accounts whose password was last set more than %1 days ago (or never "
                                  "changed since an account created that long ago)."),
                "", true},
    MeasureInfo{M::PrivilegedHiddenMembers, "privileged.hidden-members", kPrivileged,
                QT_TRANSLATE_NOOP("Analysis", "Hidden members of privileged groups"),
                QT_TRANSLATE_NOOP("Analysis", "Hidden privileged members"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Accounts that hold a privileged entitlement only through nested groups, so they "
                                  "do not appear in its member list."),
                "", true},
    MeasureInfo{
        M::StaleAccounts, "stale.accounts", kStale, QT_TRANSLATE_NOOP("Analysis", "Stale accounts"),
        QT_TRANSLATE_NOOP("Analysis", "Stale accounts"),
        QT_TRANSLATE_NOOP("Analysis", "Enabled accounts that have logged on before, but not in the last %1 days."), "",
        true},
    MeasureInfo{M::StaleNeverLoggedOn, "stale.never-logged-on", kStale,
                QT_TRANSLATE_NOOP("Analysis", "Never logged on"), QT_TRANSLATE_NOOP("Analysis", "Never logged on"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Enabled accounts that have never logged on and were created more than %1 days ago "
                                  "(counted apart from stale accounts)."),
                "", true},
    MeasureInfo{
        M::OrphanAccounts, "orphans.accounts", kOrphans, QT_TRANSLATE_NOOP("Analysis", "Accounts without identity"),
        QT_TRANSLATE_NOOP("Analysis", "Accounts without identity"),
        QT_TRANSLATE_NOOP("Analysis", "Accounts correlated to no person: no manager to review them, nobody to ask."),
        "", true},
    MeasureInfo{M::OrphanLeaversEnabled, "orphans.leavers-enabled", kOrphans,
                QT_TRANSLATE_NOOP("Analysis", "Leavers with enabled accounts"),
                QT_TRANSLATE_NOOP("Analysis", "Leavers still enabled"),
                QT_TRANSLATE_NOOP("Analysis", "Enabled accounts of people who have left the organisation."), "", true},
    MeasureInfo{M::GroupCycles, "groups.cycles", kGroups, QT_TRANSLATE_NOOP("Analysis", "Groups in nesting cycles"),
                QT_TRANSLATE_NOOP("Analysis", "Groups in nesting cycles"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Groups that are, through nesting, members of themselves. Each cycle is listed with "
                                  "its groups; a cycle makes access hard to reason about and slows some tools."),
                "", true},
    MeasureInfo{
        M::GroupDeepNesting, "groups.deep-nesting", kGroups, QT_TRANSLATE_NOOP("Analysis", "Deeply nested groups"),
        QT_TRANSLATE_NOOP("Analysis", "Deeply nested groups"),
        QT_TRANSLATE_NOOP("Analysis", "Groups with more than %1 levels of groups nested below them."), "", true},
    MeasureInfo{M::GroupEmpty, "groups.empty", kGroups, QT_TRANSLATE_NOOP("Analysis", "Empty groups"),
                QT_TRANSLATE_NOOP("Analysis", "Empty groups"),
                QT_TRANSLATE_NOOP("Analysis", "Groups and roles with no member: no account and no nested group."), "",
                true},
    MeasureInfo{M::GroupSingleMember, "groups.single-member", kGroups,
                QT_TRANSLATE_NOOP("Analysis", "Single-member groups"),
                QT_TRANSLATE_NOOP("Analysis", "Single-member groups"),
                QT_TRANSLATE_NOOP("Analysis", "Groups and roles with exactly one direct member."), "", true},
    MeasureInfo{M::GroupNoOwner, "groups.no-owner", kGroups, QT_TRANSLATE_NOOP("Analysis", "Groups without owner"),
                QT_TRANSLATE_NOOP("Analysis", "Groups without owner"),
                QT_TRANSLATE_NOOP("Analysis", "Groups and roles whose owner is not set or is nobody in the snapshot."),
                "", true},
    MeasureInfo{M::PeerOutliers, "peers.outliers", kPeers, QT_TRANSLATE_NOOP("Analysis", "Peer outliers"),
                QT_TRANSLATE_NOOP("Analysis", "Peer outliers"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "People holding at least one entitlement that fewer than %1% of their peers "
                                  "(same department and title, or the department when fewer than %2 share the "
                                  "title) hold. The score adds, for each such entitlement, how far below %1% its "
                                  "share is (1 for an entitlement no peer holds)."),
                "", true},
    MeasureInfo{M::PeerRareGrants, "peers.rare-grants", kPeers, QT_TRANSLATE_NOOP("Analysis", "Outlier grants"),
                QT_TRANSLATE_NOOP("Analysis", "Outlier grants"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Each entitlement held by fewer than %1% of the holder's peers, with the account "
                                  "that holds it."),
                "", true},
    MeasureInfo{
        M::SodViolations, "sod.violations", kSod, QT_TRANSLATE_NOOP("Analysis", "Separation-of-duties violations"),
        QT_TRANSLATE_NOOP("Analysis", "Separation-of-duties violations"),
        QT_TRANSLATE_NOOP("Analysis", "People (or accounts without identity) holding two or more entitlements that a "
                                      "rule of the separation-of-duties policy says must not be held together."),
        "", true},
    MeasureInfo{M::EffectiveMedian, "entitlements.effective.median", kStatistics,
                QT_TRANSLATE_NOOP("Analysis", "Median effective entitlements per identity"),
                QT_TRANSLATE_NOOP("Analysis", "Median effective entitlements per identity"),
                QT_TRANSLATE_NOOP("Analysis", "Half the people hold at most this many distinct entitlements."), "",
                false},
    MeasureInfo{M::EffectiveP90, "entitlements.effective.p90", kStatistics,
                QT_TRANSLATE_NOOP("Analysis", "90th percentile"), QT_TRANSLATE_NOOP("Analysis", "90th percentile"),
                QT_TRANSLATE_NOOP("Analysis", "Nine in ten people hold at most this many distinct entitlements."), "",
                false},
    MeasureInfo{M::EffectiveP99, "entitlements.effective.p99", kStatistics,
                QT_TRANSLATE_NOOP("Analysis", "99th percentile"), QT_TRANSLATE_NOOP("Analysis", "99th percentile"),
                QT_TRANSLATE_NOOP("Analysis", "99 in 100 people hold at most this many distinct entitlements."), "",
                false},
    MeasureInfo{M::EffectiveMax, "entitlements.effective.max", kStatistics, QT_TRANSLATE_NOOP("Analysis", "Maximum"),
                QT_TRANSLATE_NOOP("Analysis", "Maximum"),
                QT_TRANSLATE_NOOP("Analysis", "The most distinct entitlements one person holds."), "", false},
    MeasureInfo{M::DirectMedian, "entitlements.direct.median", kStatistics,
                QT_TRANSLATE_NOOP("Analysis", "Median direct entitlements per identity"),
                QT_TRANSLATE_NOOP("Analysis", "Median direct entitlements per identity"),
                QT_TRANSLATE_NOOP("Analysis", "Half the people are granted at most this many entitlements directly."),
                "", false},
    MeasureInfo{M::EffectiveGrants, "grants.effective", kStatistics, QT_TRANSLATE_NOOP("Analysis", "Effective grants"),
                QT_TRANSLATE_NOOP("Analysis", "Effective grants"),
                QT_TRANSLATE_NOOP("Analysis", "Every effective grant (account → entitlement, direct or inherited)."),
                "", false},
    MeasureInfo{M::InheritedShare, "grants.inherited.share", kStatistics,
                QT_TRANSLATE_NOOP("Analysis", "Share of access that is inherited"),
                QT_TRANSLATE_NOOP("Analysis", "Share of access that is inherited"),
                QT_TRANSLATE_NOOP("Analysis", "Effective grants that come through nesting, as a share of all."), "%",
                false},
    MeasureInfo{M::NestingMax, "groups.nesting.max", kStatistics, QT_TRANSLATE_NOOP("Analysis", "Deepest nesting"),
                QT_TRANSLATE_NOOP("Analysis", "Deepest nesting"),
                QT_TRANSLATE_NOOP("Analysis", "The most levels of groups nested below one group."), "", false},
    MeasureInfo{M::DriftAdded, "drift.added", kDrift, QT_TRANSLATE_NOOP("Analysis", "Grants added"),
                QT_TRANSLATE_NOOP("Analysis", "Grants added"),
                QT_TRANSLATE_NOOP("Analysis",
                                  "Effective grants this snapshot holds that the compared one did not, matched by "
                                  "account and entitlement keys."),
                "", false},
    MeasureInfo{M::DriftAddedPrivileged, "drift.added.privileged", kDrift,
                QT_TRANSLATE_NOOP("Analysis", "Privileged grants added"),
                QT_TRANSLATE_NOOP("Analysis", "Privileged grants added"),
                QT_TRANSLATE_NOOP("Analysis", "Grants added of a privileged entitlement."), "", false},
    MeasureInfo{
        M::DriftRemoved, "drift.removed", kDrift, QT_TRANSLATE_NOOP("Analysis", "Grants removed"),
        QT_TRANSLATE_NOOP("Analysis", "Grants removed"),
        QT_TRANSLATE_NOOP("Analysis", "Effective grants of the compared snapshot that this one no longer holds."), "",
        false},
    MeasureInfo{M::DriftRemovedPrivileged, "drift.removed.privileged", kDrift,
                QT_TRANSLATE_NOOP("Analysis", "Privileged grants removed"),
                QT_TRANSLATE_NOOP("Analysis", "Privileged grants removed"),
                QT_TRANSLATE_NOOP("Analysis", "Grants removed of a privileged entitlement."), "", false},
    MeasureInfo{M::DriftNet, "drift.net", kDrift, QT_TRANSLATE_NOOP("Analysis", "Net change"),
                QT_TRANSLATE_NOOP("Analysis", "Net change"),
                QT_TRANSLATE_NOOP("Analysis", "Grants added minus grants removed."), "", false},
    MeasureInfo{M::DriftRate, "drift.rate", kDrift, QT_TRANSLATE_NOOP("Analysis", "Rate of change"),
                QT_TRANSLATE_NOOP("Analysis", "Rate of change"),
                QT_TRANSLATE_NOOP("Analysis", "The net change as a share of the grants of the compared snapshot."), "%",
                false},
    MeasureInfo{
        M::DriftRegressions, "drift.regressions", kDrift,
        QT_TRANSLATE_NOOP("Analysis", "Regressions of revoked access"),
        QT_TRANSLATE_NOOP("Analysis", "Regressions of revoked access"),
        QT_TRANSLATE_NOOP("Analysis", "Grants revoked in a closed access review that the snapshot holds again."), "",
        false},
};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kRegistry.size(); ++i) {
        if (std::size_t(kRegistry[i].id) != i)
            return false;
    }
    return kRegistry.size() == std::size_t(MeasureId::DriftRegressions) + 1;
}
static_assert(inEnumOrder(), "the measure registry lists every MeasureId once, in enum order");

QString translated(const char* text)
{
    return QCoreApplication::translate("Analysis", text);
}

} // namespace

const MeasureInfo& measureInfo(MeasureId id)
{
    return kRegistry[std::size_t(id)];
}

QString measureKey(MeasureId id)
{
    return QString::fromLatin1(measureInfo(id).key);
}

std::optional<MeasureId> measureFromKey(QStringView key)
{
    // A linear scan of 35 rows: cheaper than building a hash for the few look-ups a view makes.
    for (const MeasureInfo& info : kRegistry) {
        if (key == QLatin1String(info.key))
            return info.id;
    }
    return std::nullopt;
}

QStringList measureKeys()
{
    QStringList keys;
    for (const MeasureInfo& info : kRegistry)
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString measureSection(MeasureId id)
{
    return translated(measureInfo(id).section);
}

QString measureTitle(MeasureId id)
{
    return translated(measureInfo(id).title);
}

QString measureShortTitle(MeasureId id)
{
    return translated(measureInfo(id).shortTitle);
}

QString measureDefinition(MeasureId id)
{
    return translated(measureInfo(id).definition);
}

} // namespace attest::analysis
