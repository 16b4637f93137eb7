#pragma once

#include "domain/itemtable.h"
#include "domain/review.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <queue>
#include <vector>

namespace attest {

class PersonResolver;
class Workspace;

// The longest justification a decision may carry, in characters: a paragraph or two, enough for
// any reason and a ticket reference; more is pasted by mistake (or by a hostile file) and would
// bloat the workspace and the evidence. Enforced by CampaignState::checkDecision, which every way
// of deciding calls (the GUI, `review decide`, worksheet imports).
inline constexpr qsizetype kMaxJustificationChars = 4000;

// How the campaign's owner resolved a remediation conflict: a revoke whose removal would take
// access another reviewer approved. Keep: the approved access stays and the revoke is left for a
// person; revoke anyway: the change is made and the approved access goes with it.
enum class ConflictChoice : quint8
{
    KeepApproved,
    RevokeAnyway,
};
QString conflictChoiceName(ConflictChoice c); // "keep", "revoke"

struct ConflictResolution
{
    quint32 item = 0; // the revoked item
    ConflictChoice choice = ConflictChoice::KeepApproved;
    QString reason;
    QString by;
    Timestamp at = kNoTime;
    qint64 recordId = 0; // its record in the decision history
};

// Where a campaign stands: each item's current reviewer and decision, replayed from the
// append-only history. Cheap to rebuild (one pass over the history) and to update in place as
// decisions are recorded.
class CampaignState final
{
public:
    // One item's state. The texts (who decided, the justification, the delegate) are ids into the
    // campaign's own string table (0: none): a campaign of 1.66 M items is 40 bytes an item instead
    // of four QStrings each, and a decider of thousands of items is stored once. Read them through
    // decidedByOf(), justificationOf(), reassignedToOf() and reviewerNameOf().
    struct ItemState
    {
        Decision decision = Decision::None;
        bool byNoResponsePolicy = false;
        DecisionCapacity capacity = DecisionCapacity::Reviewer;
        quint32 decidedBy = 0;
        quint32 justification = 0;
        quint32 reviewer = 0;     // after reassignments; 0: the item's own reviewer
        quint32 reviewerName = 0; // the delegate's display name (their key in older workspaces)
        qint32 changes = 0;       // decisions recorded for it (history length)
        Timestamp decidedAt = kNoTime;
        qint64 personRecord = 0; // the record of the newest decision a person made on it (0: none)
    };

    CampaignState() = default;
    CampaignState(const Campaign& campaign, const ReviewItemTable* items);

    void apply(const DecisionRecord& record);
    void applyAll(const std::vector<DecisionRecord>& records);

    const Campaign& campaign() const { return m_campaign; }
    // The newest stored record applied (0: none): what to ask the workspace for news after.
    qint64 lastRecordId() const { return m_lastRecordId; }
    void setCampaign(const Campaign& campaign) { m_campaign = campaign; }
    const ReviewItemTable& items() const { return *m_items; }
    std::size_t size() const { return m_state.size(); }
    const ItemState& state(std::size_t item) const { return m_state[item]; }
    QString reviewerOf(std::size_t item) const;     // identity key (a name as typed in older campaigns)
    QString reviewerNameOf(std::size_t item) const; // their display name
    const QString& decidedByOf(std::size_t item) const { return m_texts[m_state[item].decidedBy]; }
    const QString& justificationOf(std::size_t item) const { return m_texts[m_state[item].justification]; }
    // The delegate the item was reassigned to (empty: not reassigned).
    const QString& reassignedToOf(std::size_t item) const { return m_texts[m_state[item].reviewer]; }
    bool isReassigned(std::size_t item) const { return m_state[item].reviewer != 0; }
    // The display name of who decided the item, from what the campaign recorded of its people (the
    // item's reviewer or delegate, the owner, the fallback reviewer); empty when undecided or not
    // one of them (then the key is all there is). O(1).
    QString deciderNameOf(std::size_t item) const;
    // Items with no decision at all (neither decided nor "don't know"), of one reviewer or of
    // everybody (reviewer empty). O(1), from the counts kept as decisions are applied.
    qint64 undecidedCount(const QString& reviewer = {}) const;
    ReviewerRelation relationOf(std::size_t item) const;
    bool isOverdue(std::size_t item, Timestamp now) const;
    // The owner's newest resolution of a conflict on the (revoked) item; nullptr when none.
    const ConflictResolution* resolution(std::size_t item) const;

    // What a justification rule demands of a decision (empty when it is acceptable): present where
    // the campaign requires one, never longer than kMaxJustificationChars.
    QString checkDecision(Decision decision, const QString& justification) const;
    // As what `by` may decide the item: its reviewer (or the delegate it was reassigned to), or
    // the campaign's owner on the reviewer's behalf; nobody else (nullopt).
    std::optional<DecisionCapacity> capacityOf(std::size_t item, const QString& by) const;

    struct ReviewerProgress
    {
        QString reviewer;
        QString name;
        qint64 total = 0;
        qint64 decided = 0; // approved or revoked by the reviewer (or their delegate) themselves
        qint64 revoked = 0;
        qint64 approved = 0;
        qint64 byOwner = 0;  // decided by the campaign's owner on their behalf
        qint64 dontKnow = 0; // answered "don't know": not decided
        qint64 overdue = 0;
        double medianSecondsPerDecision = -1; // between consecutive decisions, -1 when unknown
        bool rubberStamp = false;             // (nearly) everything approved, at seconds per item
    };
    struct Progress
    {
        qint64 total = 0;
        qint64 decided = 0; // approved or revoked, by anyone
        qint64 revoked = 0;
        qint64 overdue = 0;
        qint64 byReviewers = 0; // decided by the assigned reviewer or a delegate
        qint64 byDelegates = 0; // of which by a delegate
        qint64 byOwner = 0;     // by the owner on a reviewer's behalf
        qint64 byPolicy = 0;    // by the no-response policy at close
        qint64 byUnknown = 0;   // recorded before capacities were (older workspaces)
        qint64 dontKnow = 0;
        std::vector<ReviewerProgress> reviewers; // by name
    };
    // From counts apply() keeps up to date: O(reviewers), whatever the number of items or decisions,
    // so recording one decision and showing the progress again does not re-read the history.
    // withReviewers false: the totals only, O(1); else O(reviewers log reviewers).
    Progress progress(Timestamp now, bool withReviewers = true) const;
    // One reviewer's line of progress(), O(1); nullopt when they hold no item.
    std::optional<ReviewerProgress> reviewerProgress(const QString& reviewer, Timestamp now) const;

private:
    // An item's share of the counts, added (+1) or taken away (-1) around every change to it.
    void count(std::size_t item, int sign);
    // The id of a text in the campaign's string table, added when new (0 is the empty text).
    quint32 intern(const QString& text);
    // The string-table id of the item's current reviewer.
    quint32 reviewerIdOf(std::size_t item) const;

    struct Tally
    {
        QString name; // display name of the first item counted for this reviewer
        qint64 total = 0;
        qint64 decidedAny = 0; // approved or revoked by anyone (the rest is overdue after the due date)
        qint64 decided = 0;
        qint64 revoked = 0;
        qint64 approved = 0;
        qint64 byOwner = 0;
        qint64 dontKnow = 0;
    };
    struct Totals
    {
        qint64 decided = 0;
        qint64 revoked = 0;
        qint64 byReviewers = 0;
        qint64 byDelegates = 0;
        qint64 byOwner = 0;
        qint64 byPolicy = 0;
        qint64 byUnknown = 0;
        qint64 dontKnow = 0;
    };
    // The median gap between one person's consecutive decisions, kept as they are recorded: the
    // smaller half of the gaps in a max-heap, the larger half in a min-heap (O(log n) a decision).
    struct Pace
    {
        Timestamp last = kNoTime;
        std::priority_queue<qint64> lower;
        std::priority_queue<qint64, std::vector<qint64>, std::greater<>> upper;
        void add(Timestamp time);
        std::size_t gaps() const { return lower.size() + upper.size(); }
    };

    Campaign m_campaign;
    const ReviewItemTable* m_items = nullptr;
    std::vector<QString> m_texts{QString()}; // the campaign's string table; 0 is the empty text
    QHash<QString, quint32> m_textIds;
    quint32 m_lastText = 0; // the text interned last: a history repeats its deciders in runs
    // Item-table string id of a reviewer → its id in m_texts (kNoText for texts that name none).
    std::vector<quint32> m_reviewerText;
    static constexpr quint32 kNoText = 0xffffffffu;
    std::vector<ItemState> m_state;
    std::map<quint32, ConflictResolution> m_resolutions; // few: only conflicts are resolved
    qint64 m_lastRecordId = 0;
    QHash<quint32, Tally> m_tally; // by the reviewer key's id in m_texts
    Totals m_totals;
    QHash<quint32, Pace> m_pace; // by the id of who decided
};

// The review operations, each recorded in the workspace at once (and, where the issue says so,
// in the journal). All check the campaign is open and the input valid before writing anything.
namespace review {

// Reviewer decisions on items (several at once for bulk decisions). Refused as a whole when any
// violates the justification policy or the campaign is closed. *touched (when given) gets the items
// decisions recorded elsewhere meanwhile changed (read in the same transaction).
bool decide(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items, Decision decision,
            const QString& by, const QString& justification, QString* error, std::vector<quint32>* touched = nullptr);

// decide() for a state another thread shows meanwhile: `state` is only read (copied only when
// another console recorded decisions or changed the campaign meanwhile, to check against what is
// committed). The caller applies the result to the state on its own thread, with applyDecided().
struct Decided
{
    bool read = false;                   // campaign and news were read (a refusal still has them)
    Campaign campaign;                   // as committed
    std::vector<DecisionRecord> news;    // recorded elsewhere meanwhile, read in the same transaction
    std::vector<DecisionRecord> written; // recorded here
};
// False with *error when refused or not recorded; *decided then still holds what was read.
bool decideReadOnly(Workspace& workspace, const CampaignState& state, const std::vector<quint32>& items,
                    Decision decision, const QString& by, const QString& justification, Decided* decided,
                    QString* error);
// O(news + written). *touched (when given) gets the items the news changed.
void applyDecided(CampaignState& state, const Decided& decided, std::vector<quint32>* touched = nullptr);

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

// Gives items (or, with items empty, every undecided item of `fromReviewer`) to another reviewer:
// the one person `to` names among `people` (PersonResolver::resolve), recorded by identity key and
// display name, with who did it and why. An unknown or ambiguous `to` changes nothing.
std::optional<qint64> reassign(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items,
                               const QString& fromReviewer, const PersonResolver& people, const QString& to,
                               const QString& by, const QString& reason, QString* error);

// Who `text` names as a reviewer or the owner of this campaign, as the campaign stores them: the
// identity key of the one person `people` resolves it to. Campaigns made before people were picked
// stored reviewers as typed; such a stored text, given exactly, still names its holder, so older
// campaigns can be finished. nullopt with *error (unknown, or the candidates) otherwise.
std::optional<QString> resolveReviewer(const CampaignState& state, const PersonResolver& people, const QString& text,
                                       QString* error);

// Inside an open workspace transaction: brings the state up to what is committed — decisions
// other processes recorded since it was read, and the campaign's status — so that what is
// planned next is checked against the data it will be written to.
// *touched (when given) gets the items those decisions changed.
bool catchUp(Workspace& workspace, CampaignState& state, QString* error, std::vector<quint32>* touched = nullptr);

// SHA-256 over a campaign's whole decision history (every field of every record, in order): the
// close and sign-off journal records carry it, and the evidence export checks it, so decisions
// changed after the fact do not make it into a signed pack.
QByteArray decisionsDigest(const std::vector<DecisionRecord>& history);
// The same digest of several prefixes in one pass: for each id in `through`, the digest of the
// records with ids up to it (and under the largest qint64, the whole history).
std::map<qint64, QByteArray> decisionsDigests(const std::vector<DecisionRecord>& history,
                                              const std::vector<qint64>& through);

// Checks the stored campaign against what its signed journal records say: the frozen
// population's SHA-256 (at creation) and the decisions' digest (at close and sign-off), and the
// journal itself. A message per mismatch; empty when all agree.
QStringList checkAgainstJournal(Workspace& workspace, const Campaign& campaign, const ReviewItemTable& items,
                                const std::vector<DecisionRecord>& history, QString* error);

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
