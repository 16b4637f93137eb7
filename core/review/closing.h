#pragma once

#include "campaignstate.h"

#include "domain/progress.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

class Connector;
class Workspace;

// The end of a campaign: the no-response policy, the remediation plan, applying it, sign-off.
namespace review {

// One concrete change of the remediation plan: a direct membership that has to go for one or
// more revoked items of one account. A revoked item is served by every change that cuts one of
// the account's paths to it (all of them must go for the access to end); an item whose removal
// would take access a reviewer approved is a conflict, left "manual" with the reason.
struct PlannedChange
{
    QString accountKey;
    QString accountLogin;
    QString accountDn;
    QString groupKey; // the account's direct group on the path
    QString groupName;
    QString groupDn;
    std::vector<quint32> items; // the revoked items this removal serves
    QStringList served;         // their entitlements' names, in the same order
    QStringList alsoRemoves;    // other access the account loses with it
    QStringList stillReaches;   // revoked entitlements the account still reaches another way
    QStringList takesApproved;  // approved access it takes, by the owner's resolution of a conflict
    QString status;             // "planned", "applied", "failed", "manual", "done"
    bool conflict = false;      // "manual" because it would take approved access
    QString message;
    QString description() const; // plain words, for the plan and the evidence
};

// One side of a conflict: an item's decision, who made it, as what and why.
struct ItemDecision
{
    quint32 item = 0;
    QString entitlement;
    Decision decision = Decision::None;
    QString by;     // the decider's identity key (as recorded)
    QString byName; // their display name where the campaign knows it (empty: unknown)
    DecisionCapacity capacity = DecisionCapacity::Reviewer;
    Timestamp at = kNoTime;
    QString justification;

    // "Name (key)" for people to read; the key alone when no name is known.
    QString who() const;
};

// A revoke whose removal would take access a reviewer approved in the same campaign (the
// memberships that grant the revoked access also grant the approved one). Unresolved, or resolved
// "keep", the revoke is left for a person; resolved "revoke anyway", the change is planned and the
// approved access goes with it.
struct PlanConflict
{
    QString accountKey;
    QString accountLogin;
    ItemDecision revoked;
    std::vector<ItemDecision> approved;           // what the removal would take
    QStringList groups;                           // the direct memberships the revoke needs removed
    std::optional<ConflictResolution> resolution; // the owner's newest one
    bool outdated = false;                        // it no longer applies: a decision on these items came after it
    bool applies() const { return resolution && !outdated; }
    bool revokeAnyway() const { return applies() && resolution->choice == ConflictChoice::RevokeAnyway; }
};

struct RemediationPlan
{
    std::vector<PlannedChange> changes;
    std::vector<PlanConflict> conflicts; // resolved or not, by account
};

// The plan for the items decided "revoke" (or revoked by the no-response policy), computed on the
// campaign's snapshot: for each account the smallest set of its direct memberships that cuts
// every path to every revoked entitlement (one change per membership, with what else it takes
// away), or a "manual" conflict when that would take access approved in the same campaign and the
// owner has not resolved it "revoke anyway".
// What planRemediation() works out: the changes and the conflicts, or only the conflicts (which the
// evidence pack lists; the changes are the remediation's, and half the work).
enum class PlanScope
{
    ChangesAndConflicts,
    ConflictsOnly
};
std::optional<RemediationPlan> planRemediation(const Workspace& workspace, const CampaignState& state, QString* error,
                                               PlanScope scope = PlanScope::ChangesAndConflicts);
// The changes of planRemediation().
std::optional<std::vector<PlannedChange>> remediationPlan(const Workspace& workspace, const CampaignState& state,
                                                          QString* error);

// The plan as closing would make it: for an open campaign, after the no-response policy has
// decided what is undecided (nothing is written); for a closed one, the plan as it stands.
// *noResponse (when given) gets how many items the policy would decide.
std::optional<RemediationPlan> previewPlan(const Workspace& workspace, const CampaignState& state, QString* error,
                                           qint64* noResponse = nullptr);

// The longest reason for a conflict's resolution, as for justifications.
inline constexpr qsizetype kMaxResolutionReasonChars = kMaxJustificationChars;

// The owner resolves the conflict of the revoked `item`: keep the approved access (the revoke
// stays manual) or revoke anyway (the change is planned, the approved access goes). Only the
// campaign's owner, with a reason; before the close (the close then uses it) or after it until
// the item is remediated, never after sign-off. Stored in the decision history (so the close's and
// the sign-off's digests cover it) together with a signed journal record, in one transaction.
bool resolveConflict(Workspace& workspace, CampaignState& state, quint32 item, ConflictChoice choice, const QString& by,
                     const QString& reason, QString* error);

// Closing: undecided items get the no-response policy's verdict (refused when any are undecided
// and applyNoResponse is false, saying how many and what the policy would do), the plan is
// recorded, the campaign closes and the journal says so. Returns the plan.
std::optional<std::vector<PlannedChange>> close(Workspace& workspace, CampaignState& state, bool applyNoResponse,
                                                const QString& by, QString* error);

struct RemediationResult
{
    int applied = 0;
    int failed = 0;
    int manual = 0;
    int skipped = 0; // already applied or done: nothing is applied twice
    QStringList messages;
};

// Applies the plan through the campaign source's connector, made once for the run (one bound
// connection): a source connector removes the members (each journaled, intent before and outcome
// after) and then reads back what the account still reaches; a source that lives in the workspace
// (the demo) gets one new snapshot without the memberships. An item is "applied" only when the
// account no longer reaches the entitlement by any path; otherwise "failed" with what remains. A
// source whose connector cannot remove members and read back (connector nullptr too), and
// conflicts, are left for a person ("manual"). Changes already applied or done are skipped, and
// memberships already gone are not removed or journaled again, so running it again after a failure
// retries only the rest. Composed for the console and the command line by app::remediate.
std::optional<RemediationResult> remediate(Workspace& workspace, const CampaignState& state, Connector* connector,
                                           const QString& by, const ProgressFn& progress, QString* error);

// Records that a person completed a manual change (or one Attest could not make) outside Attest.
bool markDone(Workspace& workspace, const CampaignState& state, quint32 item, const QString& by, const QString& ticket,
              QString* error);

// The owner's sign-off: who, when and a statement. Journaled.
bool signOff(Workspace& workspace, const Campaign& campaign, const QString& by, const QString& statement,
             QString* error);

} // namespace review

} // namespace attest
