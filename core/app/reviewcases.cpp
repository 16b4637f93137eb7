#include "reviewcases.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace attest::app {

DecideResult decide(Workspace& workspace, CampaignState& state, const DecideRequest& request)
{
    DecideResult result;
    result.ok = review::decide(workspace, state, request.items, request.decision, request.by, request.justification,
                               &result.error, &result.changedElsewhere);
    if (result.ok)
        result.recorded = qint64(request.items.size());
    return result;
}

DecideShownResult decideShown(Workspace& workspace, const CampaignState& state, const DecideRequest& request)
{
    DecideShownResult result;
    result.ok = review::decideReadOnly(workspace, state, request.items, request.decision, request.by,
                                       request.justification, &result.decided, &result.error);
    return result;
}

std::vector<quint32> applyDecided(CampaignState& state, const DecideShownResult& result)
{
    std::vector<quint32> touched;
    review::applyDecided(state, result.decided, &touched);
    return touched;
}

bool hasItemsOf(const CampaignState& state, const QString& reviewer)
{
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.reviewerOf(i) == reviewer)
            return true;
    }
    return false;
}

AcceptRecommendationsResult acceptRecommendations(Workspace& workspace, CampaignState& state,
                                                  const AcceptRecommendationsRequest& request)
{
    AcceptRecommendationsResult result;
    if (!request.onlyReviewer.isEmpty() && !hasItemsOf(state, request.onlyReviewer)) {
        result.error = QCoreApplication::translate("Review", "%1 has no items in campaign %2")
                           .arg(request.onlyReviewer)
                           .arg(state.campaign().id);
        return result;
    }
    const auto accepted =
        review::acceptRecommendations(workspace, state, request.onlyReviewer, request.by, &result.error);
    result.ok = accepted.has_value();
    result.accepted = accepted.value_or(0);
    return result;
}

ReassignResult reassign(Workspace& workspace, CampaignState& state, const PersonResolver& people,
                        const ReassignRequest& request)
{
    ReassignResult result;
    const auto count = review::reassign(workspace, state, request.items, request.fromReviewer, people, request.to,
                                        request.by, request.reason, &result.error);
    result.ok = count.has_value();
    result.reassigned = count.value_or(0);
    return result;
}

} // namespace attest::app
