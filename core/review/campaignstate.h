#pragma once

#include "itemtable.h"
#include "review.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {

class Workspace;

// The longest justification a decision may carry, in characters: a paragraph or two, enough for
// any reason and a ticket reference; more is pasted by mistake (or by a hostile file) and would
// bloat the workspace and the evidence. Enforced by CampaignState::checkDecision, which every way
// of deciding calls (the GUI, `review decide`, worksheet imports).
inline constexpr qsizetype kMaxJustificationChars = 4000;

// Where a campaign stands: each item's current reviewer and decision, replayed from the
// append-only history. Cheap to rebuild (one pass over the history) and to update in place as
// decisions are recorded.
class CampaignState final
{
public:
    struct ItemState
    {
        Decision decision = Decision::None;
        QString decidedBy;
        Timestamp decidedAt = kNoTime;
        QString justification;
        bool byNoResponsePolicy = false;
        QString reviewer;   // after reassignments; empty: the item's own reviewer
        qint32 changes = 0; // decisions recorded for it (history length)
    };

    CampaignState() = default;
    CampaignState(const Campaign& campaign, const ReviewItemTable* items);

    void apply(const DecisionRecord& record);
    void applyAll(const std::vector<DecisionRecord>& records);

    const Campaign& campaign() const { return m_campaign; }
    const ReviewItemTable& items() const { return *m_items; }
    std::size_t size() const { return m_state.size(); }
    const ItemState& state(std::size_t item) const { return m_state[item]; }
    QString reviewerOf(std::size_t item) const; // identity key or name
    ReviewerRelation relationOf(std::size_t item) const;
    bool isOverdue(std::size_t item, Timestamp now) const;

    // What a justification rule demands of a decision (empty when it is acceptable): present where
    // the campaign requires one, never longer than kMaxJustificationChars.
    QString checkDecision(Decision decision, const QString& justification) const;

    struct ReviewerProgress
    {
        QString reviewer;
        QString name;
        qint64 total = 0;
        qint64 decided = 0;
        qint64 revoked = 0;
        qint64 approved = 0;
        qint64 overdue = 0;
        double medianSecondsPerDecision = -1; // between consecutive decisions, -1 when unknown
        bool rubberStamp = false;             // approved everything, fast
    };
    struct Progress
    {
        qint64 total = 0;
        qint64 decided = 0;
        qint64 revoked = 0;
        qint64 overdue = 0;
        std::vector<ReviewerProgress> reviewers; // by name
    };
    Progress progress(Timestamp now, const std::vector<DecisionRecord>& history) const;

private:
    Campaign m_campaign;
    const ReviewItemTable* m_items = nullptr;
    std::vector<ItemState> m_state;
};

// The review operations, each recorded in the workspace at once (and, where the issue says so,
// in the journal). All check the campaign is open and the input valid before writing anything.
namespace review {

// Reviewer decisions on items (several at once for bulk decisions). Refused as a whole when any
// violates the justification policy or the campaign is closed.
bool decide(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items, Decision decision,
            const QString& by, const QString& justification, QString* error);

// Applies each undecided item's recommendation (approve or revoke); never touches a decided item
// or one without a recommendation. `onlyReviewer` limits it to one reviewer's items. Returns the
// number decided.
std::optional<qint64> acceptRecommendations(Workspace& workspace, CampaignState& state, const QString& onlyReviewer,
                                            const QString& by, QString* error);

// The records decide() and acceptRecommendations() write, checked the same way but not written:
// for recording them elsewhere, in batches, off the GUI thread.
std::optional<std::vector<DecisionRecord>> planDecisions(const CampaignState& state, const std::vector<quint32>& items,
                                                         Decision decision, const QString& by,
                                                         const QString& justification, QString* error);
std::optional<std::vector<DecisionRecord>> planRecommendations(const CampaignState& state, const QString& onlyReviewer,
                                                               const QString& by, QString* error);

// Gives items (or, with items empty, every undecided item of `fromReviewer`) to another reviewer;
// recorded with who did it and why.
std::optional<qint64> reassign(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items,
                               const QString& fromReviewer, const QString& toReviewer, const QString& by,
                               const QString& reason, QString* error);

// Loads a campaign with its items and state.
struct Loaded
{
    Campaign campaign;
    std::shared_ptr<ReviewItemTable> items;
    CampaignState state;
    std::vector<DecisionRecord> history;
};
std::optional<Loaded> load(const Workspace& workspace, qint64 campaignId, QString* error);

} // namespace review

} // namespace attest
