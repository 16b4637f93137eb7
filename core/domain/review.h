#pragma once

#include "domain/account.h"
#include "domain/timestamp.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

enum class Recommendation : quint8
{
    None,
    Approve,
    Revoke,
};

enum class Decision : quint8
{
    None, // undecided
    Approve,
    Revoke,
    DontKnow,
};

// "Don't know" is an answer, not a decision: only approve and revoke decide an item.
inline bool isDecided(Decision d)
{
    return d == Decision::Approve || d == Decision::Revoke;
}

// As what a decision was made; evidence counts each separately.
enum class DecisionCapacity : quint8
{
    Reviewer,         // the item's assigned reviewer
    Delegate,         // the reviewer the item was reassigned to
    OwnerOnBehalf,    // the campaign's owner, for the reviewer
    NoResponsePolicy, // the campaign's policy at close
    Unknown,          // recorded before capacities were (older workspaces)
};
QString capacityName(DecisionCapacity c); // "reviewer", "delegate", "owner-on-behalf", "no-response-policy", "unknown"

enum class ReviewerRule : quint8
{
    Manager,          // the identity's manager
    EntitlementOwner, // the owner of the entitlement
    Named,            // named reviewers, one per entitlement in turn
};

enum class ReviewerRelation : quint8
{
    Manager,
    Owner,
    Named,
    Fallback, // nobody else found, or the one found would review their own access
    Delegate, // reassigned
};

enum class NoResponsePolicy : quint8
{
    Keep,
    Revoke,
    FollowRecommendation,
};

enum class CampaignStatus : quint8
{
    Active,
    Closed,
};

// Stable names for files, JSON and the command line.
QString recommendationName(Recommendation r); // "none", "approve", "revoke"
QString decisionName(Decision d);             // "", "approve", "revoke", "dont-know"
bool parseDecision(const QString& name, Decision* decision);
QString reviewerRuleName(ReviewerRule r); // "manager", "owner", "named"
bool parseReviewerRule(const QString& name, ReviewerRule* rule);
QString relationName(ReviewerRelation r);   // "manager", "owner", "named", "fallback", "delegate"
QString noResponseName(NoResponsePolicy p); // "keep", "revoke", "follow-recommendation"
bool parseNoResponse(const QString& name, NoResponsePolicy* policy);

// What a campaign reviews, frozen from one snapshot when it starts.
struct CampaignScope
{
    enum class Entitlements : quint8
    {
        All,
        Privileged,
        Chosen, // entitlementKeys
        Filter, // entitlementFilter: a case-insensitive substring of the name
    };
    Entitlements entitlements = Entitlements::All;
    QStringList entitlementKeys;
    QString entitlementFilter;
    QStringList departments;  // empty: every department
    QList<AccountKind> kinds; // empty: every kind
    struct Exclusion
    {
        QString accountKey;     // empty: any account
        QString entitlementKey; // empty: any entitlement
        QString reason;         // mandatory
    };
    QList<Exclusion> exclusions;
};

struct CampaignDefinition
{
    QString name;
    QString owner;     // identity key of who runs it and signs it off (free text in older campaigns)
    QString ownerName; // the owner's display name when the campaign was made
    QString description;
    Timestamp periodStart = kNoTime;
    Timestamp periodEnd = kNoTime;
    Timestamp due = kNoTime;
    qint64 snapshotId = 0;
    CampaignScope scope;
    ReviewerRule reviewerRule = ReviewerRule::Manager;
    QStringList namedReviewers;   // identity keys for ReviewerRule::Named
    QString fallbackReviewer;     // identity key; mandatory (free text in older campaigns)
    QString fallbackReviewerName; // its display name when the campaign was made
    NoResponsePolicy noResponse = NoResponsePolicy::Keep;
    bool justifyRevoke = true;
    bool justifyApprove = false;
    int staleDays = 90;
    int peerLowPercent = 30;  // below: recommend revoke
    int peerHighPercent = 70; // above (and active): recommend approve

    bool validate(QString* error) const;
    QString toJson() const;
    static std::optional<CampaignDefinition> fromJson(const QString& json, QString* error);
};

// One (account, entitlement) pair to review, with everything the reviewer sees and the inputs
// of its recommendation. Immutable once the campaign starts.
struct ReviewItem
{
    quint32 index = 0;   // 0-based position in the campaign
    QString identityKey; // empty: the account has no correlated identity (flagged, not dropped)
    QString identityName;
    QString title;
    QString department;
    QString accountKey;
    QString accountLogin;
    QString accountDn;
    QString entitlementKey;
    QString entitlementName;
    QString entitlementDn;
    QString accessPath;     // "Direct" or "via A → B"
    QString directGroupKey; // the entitlement whose direct membership grants it (remediation)
    QString directGroupDn;
    QString directGroupName;
    bool privileged = false;
    bool accountEnabled = true;
    Timestamp lastLogon = kNoTime;
    int peerPercent = -1; // -1: no peers to compare with
    Recommendation recommendation = Recommendation::None;
    QString recommendationReason;
    QString reviewer; // identity key (a name as typed in campaigns made before people were picked)
    QString reviewerName;
    ReviewerRelation relation = ReviewerRelation::Fallback;

    bool isDirect() const { return entitlementKey == directGroupKey; }
};

// A decision, a reassignment, the no-response policy's verdict or a conflict's resolution, as recorded (history is
// kept: the latest decision row of an item is its decision).
struct DecisionRecord
{
    enum class Kind : quint8
    {
        Decision,
        Reassign,
        NoResponse, // applied at close
        Resolution, // the owner's resolution of a remediation conflict (decision: Approve keeps the
                    // approved access, Revoke revokes anyway; justification: the reason)
    };
    qint64 id = 0;
    quint32 item = 0;
    Kind kind = Kind::Decision;
    Decision decision = Decision::None;
    QString by; // the reviewer who decided, or who reassigned
    Timestamp time = kNoTime;
    QString justification;
    Recommendation recommendationShown = Recommendation::None;
    QString reassignedTo;     // for Reassign: the new reviewer's identity key
    QString reassignedToName; // and their display name (empty in older workspaces)
    DecisionCapacity capacity = DecisionCapacity::Reviewer;
};

struct Reconciliation
{
    qint64 inScopeGrants = 0; // effective grants matching the scope before exclusions
    qint64 items = 0;
    qint64 excluded = 0;
    bool balanced() const { return inScopeGrants == items + excluded; }
};

struct Campaign
{
    qint64 id = 0;
    CampaignDefinition definition;
    CampaignStatus status = CampaignStatus::Active;
    Timestamp created = kNoTime;
    Timestamp closed = kNoTime;
    qint64 itemCount = 0;
    QByteArray populationSha256;
    Reconciliation reconciliation;
    QStringList exclusions; // "login → entitlement: reason", one per excluded grant
    QString signOff;        // JSON: who, when, statement; empty until signed off
};

} // namespace attest
