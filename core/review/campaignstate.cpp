#include "campaignstate.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace attest {

CampaignState::CampaignState(const Campaign& campaign, const ReviewItemTable* items)
    : m_campaign(campaign)
    , m_items(items)
    , m_state(items ? items->size() : 0)
{}

void CampaignState::apply(const DecisionRecord& record)
{
    if (record.item >= m_state.size())
        return;
    ItemState& s = m_state[record.item];
    switch (record.kind) {
    case DecisionRecord::Kind::Decision:
    case DecisionRecord::Kind::NoResponse:
        s.decision = record.decision;
        s.decidedBy = record.by;
        s.decidedAt = record.time;
        s.justification = record.justification;
        s.byNoResponsePolicy = record.kind == DecisionRecord::Kind::NoResponse;
        ++s.changes;
        break;
    case DecisionRecord::Kind::Reassign:
        s.reviewer = record.reassignedTo;
        break;
    }
}

void CampaignState::applyAll(const std::vector<DecisionRecord>& records)
{
    for (const DecisionRecord& record : records)
        apply(record);
}

QString CampaignState::reviewerOf(std::size_t item) const
{
    const QString& reassigned = m_state[item].reviewer;
    return reassigned.isEmpty() ? m_items->text(item, ReviewItemTable::Reviewer) : reassigned;
}

ReviewerRelation CampaignState::relationOf(std::size_t item) const
{
    return m_state[item].reviewer.isEmpty() ? m_items->relation(item) : ReviewerRelation::Delegate;
}

bool CampaignState::isOverdue(std::size_t item, Timestamp now) const
{
    return hasTime(m_campaign.definition.due) && now > m_campaign.definition.due &&
           m_state[item].decision == Decision::None;
}

QString CampaignState::checkDecision(Decision decision, const QString& justification) const
{
    const CampaignDefinition& d = m_campaign.definition;
    // Measured as recorded: trimmed.
    const qsizetype length = justification.trimmed().size();
    if (length > kMaxJustificationChars)
        return QCoreApplication::translate("Review", "a justification may be at most %1 characters; this one has %2")
            .arg(kMaxJustificationChars)
            .arg(length);
    if (length == 0) {
        if (decision == Decision::Revoke && d.justifyRevoke)
            return QCoreApplication::translate("Review", "a revoke needs a justification in this campaign");
        if (decision == Decision::Approve && d.justifyApprove)
            return QCoreApplication::translate("Review", "an approval needs a justification in this campaign");
    }
    return {};
}

CampaignState::Progress CampaignState::progress(Timestamp now, const std::vector<DecisionRecord>& history) const
{
    Progress p;
    QMap<QString, ReviewerProgress> byReviewer;
    for (std::size_t i = 0; i < m_state.size(); ++i) {
        const QString reviewer = reviewerOf(i);
        ReviewerProgress& r = byReviewer[reviewer];
        if (r.reviewer.isEmpty()) {
            r.reviewer = reviewer;
            r.name = m_state[i].reviewer.isEmpty() ? m_items->text(i, ReviewItemTable::ReviewerName) : reviewer;
        }
        ++r.total;
        ++p.total;
        const Decision d = m_state[i].decision;
        if (d != Decision::None) {
            ++r.decided;
            ++p.decided;
        }
        if (d == Decision::Revoke) {
            ++r.revoked;
            ++p.revoked;
        }
        if (d == Decision::Approve)
            ++r.approved;
        if (isOverdue(i, now)) {
            ++r.overdue;
            ++p.overdue;
        }
    }
    // Pace per reviewer: the gaps between their consecutive decisions.
    QHash<QString, std::vector<Timestamp>> times;
    for (const DecisionRecord& record : history) {
        if (record.kind == DecisionRecord::Kind::Decision)
            times[record.by].push_back(record.time);
    }
    for (ReviewerProgress& r : byReviewer) {
        auto it = times.find(r.reviewer);
        if (it == times.end() || it->size() < 2)
            continue;
        std::vector<qint64> gaps;
        for (std::size_t i = 1; i < it->size(); ++i)
            gaps.push_back((*it)[i] - (*it)[i - 1]);
        std::nth_element(gaps.begin(), gaps.begin() + qsizetype(gaps.size() / 2), gaps.end());
        r.medianSecondsPerDecision = double(gaps[gaps.size() / 2]) / 1000.0;
        // A rubber stamp: everything approved, at a few seconds an item, over enough items to tell.
        r.rubberStamp = r.decided >= 20 && r.approved == r.decided && r.medianSecondsPerDecision < 5.0;
    }
    for (const ReviewerProgress& r : std::as_const(byReviewer))
        p.reviewers.push_back(r);
    std::sort(p.reviewers.begin(), p.reviewers.end(),
              [](const ReviewerProgress& a, const ReviewerProgress& b) { return a.name < b.name; });
    return p;
}

namespace review {

namespace {

bool open(const CampaignState& state, QString* error)
{
    if (state.campaign().status == CampaignStatus::Closed) {
        *error = QCoreApplication::translate("Review", "campaign %1 is closed: nothing can change in it")
                     .arg(state.campaign().id);
        return false;
    }
    return true;
}

} // namespace

std::optional<std::vector<DecisionRecord>> planDecisions(const CampaignState& state, const std::vector<quint32>& items,
                                                         Decision decision, const QString& by,
                                                         const QString& justification, QString* error)
{
    if (!open(state, error))
        return std::nullopt;
    if (items.empty()) {
        *error = QCoreApplication::translate("Review", "no items were chosen");
        return std::nullopt;
    }
    if (decision == Decision::None) {
        *error = QCoreApplication::translate("Review", "choose approve, revoke or don't know");
        return std::nullopt;
    }
    const QString problem = state.checkDecision(decision, justification);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    const QString trimmed = justification.trimmed();
    std::vector<DecisionRecord> records;
    records.reserve(items.size());
    for (const quint32 item : items) {
        if (item >= state.size()) {
            *error = QCoreApplication::translate("Review", "campaign %1 has no item %2")
                         .arg(state.campaign().id)
                         .arg(item + 1);
            return std::nullopt;
        }
        DecisionRecord r;
        r.item = item;
        r.kind = DecisionRecord::Kind::Decision;
        r.decision = decision;
        r.by = by;
        r.time = now;
        r.justification = trimmed;
        r.recommendationShown = state.items().recommendation(item);
        records.push_back(std::move(r));
    }
    return records;
}

std::optional<std::vector<DecisionRecord>> planRecommendations(const CampaignState& state, const QString& onlyReviewer,
                                                               const QString& by, QString* error)
{
    if (!open(state, error))
        return std::nullopt;
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::vector<DecisionRecord> records;
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.state(i).decision != Decision::None)
            continue; // never overwrite a decision
        if (!onlyReviewer.isEmpty() && state.reviewerOf(i) != onlyReviewer)
            continue;
        const Recommendation recommendation = state.items().recommendation(i);
        if (recommendation == Recommendation::None)
            continue;
        DecisionRecord r;
        r.item = quint32(i);
        r.decision = recommendation == Recommendation::Approve ? Decision::Approve : Decision::Revoke;
        r.by = by;
        r.time = now;
        r.justification = QCoreApplication::translate("Review", "accepted the recommendation: %1")
                              .arg(state.items().text(i, ReviewItemTable::RecommendationReason));
        r.recommendationShown = recommendation;
        records.push_back(std::move(r));
    }
    return records;
}

bool decide(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items, Decision decision,
            const QString& by, const QString& justification, QString* error)
{
    auto records = planDecisions(state, items, decision, by, justification, error);
    if (!records || !workspace.appendDecisions(state.campaign().id, &*records, error))
        return false;
    state.applyAll(*records);
    return true;
}

std::optional<qint64> acceptRecommendations(Workspace& workspace, CampaignState& state, const QString& onlyReviewer,
                                            const QString& by, QString* error)
{
    auto records = planRecommendations(state, onlyReviewer, by, error);
    if (!records)
        return std::nullopt;
    if (!records->empty() && !workspace.appendDecisions(state.campaign().id, &*records, error))
        return std::nullopt;
    state.applyAll(*records);
    return qint64(records->size());
}

std::optional<qint64> reassign(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items,
                               const QString& fromReviewer, const QString& toReviewer, const QString& by,
                               const QString& reason, QString* error)
{
    if (!open(state, error))
        return std::nullopt;
    if (toReviewer.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review", "name the reviewer to reassign to");
        return std::nullopt;
    }
    std::vector<quint32> chosen = items;
    if (chosen.empty()) {
        for (std::size_t i = 0; i < state.size(); ++i) {
            if (state.reviewerOf(i) == fromReviewer && state.state(i).decision == Decision::None)
                chosen.push_back(quint32(i));
        }
        if (chosen.empty()) {
            *error = QCoreApplication::translate("Review", "%1 has no undecided items to reassign").arg(fromReviewer);
            return std::nullopt;
        }
    }
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::vector<DecisionRecord> records;
    for (const quint32 item : chosen) {
        if (item >= state.size()) {
            *error = QCoreApplication::translate("Review", "campaign %1 has no item %2")
                         .arg(state.campaign().id)
                         .arg(item + 1);
            return std::nullopt;
        }
        if (state.items().text(item, ReviewItemTable::IdentityKey) == toReviewer) {
            *error = QCoreApplication::translate("Review", "item %1 is %2's own access: they may not review it")
                         .arg(item + 1)
                         .arg(toReviewer);
            return std::nullopt;
        }
        DecisionRecord r;
        r.item = item;
        r.kind = DecisionRecord::Kind::Reassign;
        r.by = by;
        r.time = now;
        r.justification = reason;
        r.reassignedTo = toReviewer;
        records.push_back(std::move(r));
    }
    if (!workspace.appendDecisions(state.campaign().id, &records, error))
        return std::nullopt;
    state.applyAll(records);
    return qint64(records.size());
}

std::optional<Loaded> load(const Workspace& workspace, qint64 campaignId, QString* error)
{
    Loaded loaded;
    auto campaign = workspace.campaign(campaignId, error);
    if (!campaign)
        return std::nullopt;
    loaded.campaign = *campaign;
    auto items = workspace.reviewItems(campaignId, error);
    if (!items)
        return std::nullopt;
    loaded.items = std::make_shared<ReviewItemTable>(std::move(*items));
    auto history = workspace.decisionHistory(campaignId, error);
    if (!history)
        return std::nullopt;
    loaded.history = std::move(*history);
    loaded.state = CampaignState(loaded.campaign, loaded.items.get());
    loaded.state.applyAll(loaded.history);
    return loaded;
}

} // namespace review

} // namespace attest
