#pragma once

#include "domain/review.h"
#include "review/campaignstate.h"

#include <QString>

#include <optional>
#include <vector>

namespace attest {
class PersonResolver;
class Workspace;
} // namespace attest

// The review use cases the console and the command line both call: each validates, runs in one
// workspace transaction (checked against what is committed, review::catchUp), applies what it
// recorded to the caller's CampaignState and says what happened in a typed result. The rules (who
// may decide, as what, with which justification) live in core/review and are not repeated here.
namespace attest::app {

struct DecideRequest
{
    std::vector<quint32> items; // one item (a key press) or many
    Decision decision = Decision::None;
    QString by; // identity key of who decides: the item's reviewer, their delegate or the owner
    QString justification;
};
struct DecideResult
{
    bool ok = false;
    QString error;
    qint64 recorded = 0;
    // Items decisions recorded elsewhere (another console, the command line) changed meanwhile:
    // read in the same transaction, already applied to the state.
    std::vector<quint32> changedElsewhere;
};
DecideResult decide(Workspace& workspace, CampaignState& state, const DecideRequest& request);

// decide() for a state the console shows on its GUI thread meanwhile: `state` is only read, so no
// copy of a million-item campaign is made per key press. The console then applies `decided` to
// the state on its own thread with applyDecided() (which also fills changedElsewhere).
struct DecideShownResult
{
    bool ok = false;
    QString error;
    review::Decided decided; // what was read and recorded; a refusal still holds what was read
};
DecideShownResult decideShown(Workspace& workspace, const CampaignState& state, const DecideRequest& request);
// O(decisions recorded). Returns the items decisions recorded elsewhere changed meanwhile.
std::vector<quint32> applyDecided(CampaignState& state, const DecideShownResult& result);

struct AcceptRecommendationsRequest
{
    QString onlyReviewer; // empty: every reviewer's items
    QString by;
};
struct AcceptRecommendationsResult
{
    bool ok = false;
    QString error;
    qint64 accepted = 0;
};
// Refused when onlyReviewer has no item in the campaign (a typo would otherwise accept nothing).
AcceptRecommendationsResult acceptRecommendations(Workspace& workspace, CampaignState& state,
                                                  const AcceptRecommendationsRequest& request);

struct ReassignRequest
{
    std::vector<quint32> items; // empty: every undecided item of fromReviewer
    QString fromReviewer;
    QString to; // as typed: resolved to one person among the campaign's people
    QString by;
    QString reason;
};
struct ReassignResult
{
    bool ok = false;
    QString error;
    qint64 reassigned = 0;
};
ReassignResult reassign(Workspace& workspace, CampaignState& state, const PersonResolver& people,
                        const ReassignRequest& request);

// Whether `reviewer` (an identity key as stored) holds any item of the campaign. O(items).
bool hasItemsOf(const CampaignState& state, const QString& reviewer);

} // namespace attest::app
