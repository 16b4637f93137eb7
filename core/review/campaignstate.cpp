#include "campaignstate.h"

#include "audit/journal.h"
#include "domain/personresolver.h"
#include "store/workspace.h"

#include <openssl/evp.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>
#include <memory>
#include <thread>

namespace attest {

CampaignState::CampaignState(const Campaign& campaign, const ReviewItemTable* items)
    : m_campaign(campaign)
    , m_items(items)
    , m_state(items ? items->size() : 0)
{
    if (!items)
        return;
    // Every item starts undecided with its own reviewer: the counts are each reviewer's number of
    // items, tallied by string id (no text hashed per item).
    m_reviewerText.assign(items->stringCount(), kNoText);
    std::vector<qint64> totals(items->stringCount(), 0);
    for (std::size_t i = 0; i < m_state.size(); ++i) {
        const quint32 reviewer = items->textId(i, ReviewItemTable::Reviewer);
        if (totals[reviewer]++ == 0) {
            m_reviewerText[reviewer] = intern(items->string(reviewer));
            Tally& t = m_tally[m_reviewerText[reviewer]];
            if (t.total == 0 && t.name.isEmpty())
                t.name = items->text(i, ReviewItemTable::ReviewerName);
        }
    }
    for (std::size_t id = 0; id < totals.size(); ++id) {
        if (totals[id] > 0)
            m_tally[m_reviewerText[id]].total += totals[id];
    }
}

quint32 CampaignState::intern(const QString& text)
{
    if (text.isEmpty())
        return 0;
    // Runs of the same decider come as one shared QString: no hashing for those.
    const QString& last = m_texts[m_lastText];
    if (last.constData() == text.constData() && last.size() == text.size())
        return m_lastText;
    auto it = m_textIds.constFind(text);
    if (it == m_textIds.cend()) {
        it = m_textIds.insert(text, quint32(m_texts.size()));
        m_texts.push_back(text);
    }
    m_lastText = *it;
    return m_lastText;
}

quint32 CampaignState::reviewerIdOf(std::size_t item) const
{
    const quint32 reassigned = m_state[item].reviewer;
    return reassigned != 0 ? reassigned : m_reviewerText[m_items->textId(item, ReviewItemTable::Reviewer)];
}

void CampaignState::Pace::add(Timestamp time)
{
    if (last == kNoTime) {
        last = time;
        return;
    }
    const qint64 gap = time - last;
    last = time;
    if (!upper.empty() && gap < upper.top())
        lower.push(gap);
    else
        upper.push(gap);
    // Keep lower at n/2 elements, so upper.top() is the element of rank n/2 (0-based).
    const std::size_t n = gaps();
    while (lower.size() > n / 2) {
        upper.push(lower.top());
        lower.pop();
    }
    while (upper.size() > n - n / 2) {
        lower.push(upper.top());
        upper.pop();
    }
}

void CampaignState::count(std::size_t item, int sign)
{
    const ItemState& s = m_state[item];
    const quint32 reviewer = reviewerIdOf(item);
    auto it = m_tally.find(reviewer);
    if (it == m_tally.end()) {
        it = m_tally.insert(reviewer, Tally{});
        it->name = reviewerNameOf(item);
    }
    Tally& r = *it;
    const Decision d = s.decision;
    const DecisionCapacity as = s.capacity;
    const bool byThem = as == DecisionCapacity::Reviewer || as == DecisionCapacity::Delegate;
    const bool theirs = byThem || as == DecisionCapacity::Unknown;
    r.total += sign;
    if (d == Decision::DontKnow) {
        r.dontKnow += sign;
        m_totals.dontKnow += sign;
    }
    if (isDecided(d)) {
        r.decidedAny += sign;
        m_totals.decided += sign;
        switch (as) {
        case DecisionCapacity::Reviewer:
        case DecisionCapacity::Delegate:
            m_totals.byReviewers += sign;
            m_totals.byDelegates += as == DecisionCapacity::Delegate ? sign : 0;
            break;
        case DecisionCapacity::OwnerOnBehalf:
            m_totals.byOwner += sign;
            r.byOwner += sign;
            break;
        case DecisionCapacity::NoResponsePolicy:
            m_totals.byPolicy += sign;
            break;
        case DecisionCapacity::Unknown:
            m_totals.byUnknown += sign;
            break;
        }
        if (theirs)
            r.decided += sign;
    }
    if (d == Decision::Revoke) {
        m_totals.revoked += sign;
        if (theirs)
            r.revoked += sign;
    }
    if (d == Decision::Approve && theirs)
        r.approved += sign;
}

void CampaignState::apply(const DecisionRecord& record)
{
    m_lastRecordId = std::max(m_lastRecordId, record.id);
    // The pace counts every decision a person made as themselves, in the order recorded.
    const quint32 by = intern(record.by);
    if (record.kind == DecisionRecord::Kind::Decision && record.capacity != DecisionCapacity::OwnerOnBehalf)
        m_pace[by].add(record.time);
    if (record.item >= m_state.size())
        return;
    ItemState& s = m_state[record.item];
    const bool counted = record.kind != DecisionRecord::Kind::Resolution;
    if (counted)
        count(record.item, -1);
    switch (record.kind) {
    case DecisionRecord::Kind::Decision:
    case DecisionRecord::Kind::NoResponse:
        s.decision = record.decision;
        s.decidedBy = by;
        s.decidedAt = record.time;
        s.justification = intern(record.justification);
        s.byNoResponsePolicy = record.kind == DecisionRecord::Kind::NoResponse;
        s.capacity = s.byNoResponsePolicy ? DecisionCapacity::NoResponsePolicy : record.capacity;
        if (!s.byNoResponsePolicy)
            s.personRecord = record.id;
        ++s.changes;
        break;
    case DecisionRecord::Kind::Reassign:
        s.reviewer = intern(record.reassignedTo);
        s.reviewerName = record.reassignedToName.isEmpty() ? s.reviewer : intern(record.reassignedToName);
        break;
    case DecisionRecord::Kind::Resolution:
        m_resolutions[record.item] = ConflictResolution{
            record.item,
            record.decision == Decision::Revoke ? ConflictChoice::RevokeAnyway : ConflictChoice::KeepApproved,
            record.justification,
            record.by,
            record.time,
            record.id};
        break;
    }
    if (counted)
        count(record.item, +1);
}

const ConflictResolution* CampaignState::resolution(std::size_t item) const
{
    const auto it = m_resolutions.find(quint32(item));
    return it == m_resolutions.end() ? nullptr : &it->second;
}

QString conflictChoiceName(ConflictChoice c)
{
    return c == ConflictChoice::RevokeAnyway ? QStringLiteral("revoke") : QStringLiteral("keep");
}

void CampaignState::applyAll(const std::vector<DecisionRecord>& records)
{
    for (const DecisionRecord& record : records)
        apply(record);
}

QString CampaignState::reviewerOf(std::size_t item) const
{
    const quint32 reassigned = m_state[item].reviewer;
    return reassigned == 0 ? m_items->text(item, ReviewItemTable::Reviewer) : m_texts[reassigned];
}

QString CampaignState::reviewerNameOf(std::size_t item) const
{
    const ItemState& s = m_state[item];
    return s.reviewer == 0 ? m_items->text(item, ReviewItemTable::ReviewerName) : m_texts[s.reviewerName];
}

qint64 CampaignState::undecidedCount(const QString& reviewer) const
{
    if (reviewer.isEmpty())
        return qint64(m_state.size()) - m_totals.decided - m_totals.dontKnow;
    const quint32 id = m_textIds.value(reviewer, kNoText);
    const auto it = m_tally.constFind(id);
    return it == m_tally.constEnd() ? 0 : it->total - it->decidedAny - it->dontKnow;
}

QString CampaignState::deciderNameOf(std::size_t item) const
{
    const ItemState& s = m_state[item];
    if (s.decidedBy == 0)
        return {};
    const QString& by = m_texts[s.decidedBy];
    if (s.decidedBy == s.reviewer && s.reviewerName != 0)
        return m_texts[s.reviewerName];
    if (by == m_items->text(item, ReviewItemTable::Reviewer))
        return m_items->text(item, ReviewItemTable::ReviewerName);
    const CampaignDefinition& definition = m_campaign.definition;
    if (by == definition.owner)
        return definition.ownerName;
    if (by == definition.fallbackReviewer)
        return definition.fallbackReviewerName;
    return {};
}

ReviewerRelation CampaignState::relationOf(std::size_t item) const
{
    return m_state[item].reviewer == 0 ? m_items->relation(item) : ReviewerRelation::Delegate;
}

bool CampaignState::isOverdue(std::size_t item, Timestamp now) const
{
    return hasTime(m_campaign.definition.due) && now > m_campaign.definition.due && !isDecided(m_state[item].decision);
}

std::optional<DecisionCapacity> CampaignState::capacityOf(std::size_t item, const QString& by) const
{
    if (item >= m_state.size() || by.trimmed().isEmpty())
        return std::nullopt;
    if (by == reviewerOf(item))
        return m_state[item].reviewer == 0 ? DecisionCapacity::Reviewer : DecisionCapacity::Delegate;
    if (by == m_campaign.definition.owner)
        return DecisionCapacity::OwnerOnBehalf;
    return std::nullopt;
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

std::optional<CampaignState::ReviewerProgress> CampaignState::reviewerProgress(const QString& reviewer,
                                                                               Timestamp now) const
{
    const quint32 id = m_textIds.value(reviewer, kNoText);
    const auto it = m_tally.constFind(id);
    if (it == m_tally.cend() || it->total == 0) // none, or every item reassigned away
        return std::nullopt;
    const bool late = hasTime(m_campaign.definition.due) && now > m_campaign.definition.due;
    const Tally& t = *it;
    ReviewerProgress r;
    r.reviewer = m_texts[id];
    r.name = t.name;
    r.total = t.total;
    r.decided = t.decided;
    r.revoked = t.revoked;
    r.approved = t.approved;
    r.byOwner = t.byOwner;
    r.dontKnow = t.dontKnow;
    r.overdue = late ? t.total - t.decidedAny : 0;
    // Pace: the median gap between their consecutive decisions.
    const auto pace = m_pace.constFind(id);
    if (pace != m_pace.cend() && pace->gaps() > 0) {
        r.medianSecondsPerDecision = double(pace->upper.top()) / 1000.0;
        // A rubber stamp: (nearly) everything approved, at a few seconds an item, over enough
        // items to tell. "Nearly": one token revoke among hundreds of approvals is still a stamp.
        r.rubberStamp = r.decided >= 20 && r.approved * 100 >= r.decided * 95 && r.medianSecondsPerDecision < 5.0;
    }
    return r;
}

CampaignState::Progress CampaignState::progress(Timestamp now, bool withReviewers) const
{
    Progress p;
    const bool late = hasTime(m_campaign.definition.due) && now > m_campaign.definition.due;
    p.total = qint64(m_state.size());
    p.decided = m_totals.decided;
    p.revoked = m_totals.revoked;
    p.byReviewers = m_totals.byReviewers;
    p.byDelegates = m_totals.byDelegates;
    p.byOwner = m_totals.byOwner;
    p.byPolicy = m_totals.byPolicy;
    p.byUnknown = m_totals.byUnknown;
    p.dontKnow = m_totals.dontKnow;
    p.overdue = late ? p.total - p.decided : 0;
    if (!withReviewers)
        return p;
    p.reviewers.reserve(std::size_t(m_tally.size()));
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        if (auto r = reviewerProgress(m_texts[it.key()], now))
            p.reviewers.push_back(std::move(*r));
    }
    std::sort(p.reviewers.begin(), p.reviewers.end(), [](const ReviewerProgress& a, const ReviewerProgress& b) {
        return a.name != b.name ? a.name < b.name : a.reviewer < b.reviewer;
    });
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
    QStringList notTheirs;
    for (const quint32 item : items) {
        if (item >= state.size()) {
            *error = QCoreApplication::translate("Review", "campaign %1 has no item %2")
                         .arg(state.campaign().id)
                         .arg(item + 1);
            return std::nullopt;
        }
        const auto capacity = state.capacityOf(item, by);
        if (!capacity) {
            notTheirs << QStringLiteral("%1 (%2)").arg(item + 1).arg(state.reviewerOf(item));
            continue;
        }
        DecisionRecord r;
        r.item = item;
        r.kind = DecisionRecord::Kind::Decision;
        r.decision = decision;
        r.by = by;
        r.time = now;
        r.justification = trimmed;
        r.recommendationShown = state.items().recommendation(item);
        r.capacity = *capacity;
        records.push_back(std::move(r));
    }
    // One rule for every front end: an item is decided by its reviewer (or delegate), or by the
    // campaign's owner on their behalf, recorded as such.
    if (!notTheirs.isEmpty()) {
        *error =
            QCoreApplication::translate("Review", "%1 is not the reviewer of item(s) %2, nor the campaign's owner; "
                                                  "reassign them first")
                .arg(by, notTheirs.mid(0, 10).join(QStringLiteral(", ")) +
                             (notTheirs.size() > 10 ? QStringLiteral(", …") : QString()));
        return std::nullopt;
    }
    return records;
}

std::optional<std::vector<DecisionRecord>> planRecommendations(const CampaignState& state, const QString& onlyReviewer,
                                                               const QString& by, QString* error)
{
    if (!open(state, error))
        return std::nullopt;
    if (by.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review", "say who accepts the recommendations");
        return std::nullopt;
    }
    const bool owner = by == state.campaign().definition.owner;
    if (!owner && !onlyReviewer.isEmpty() && onlyReviewer != by) {
        *error =
            QCoreApplication::translate("Review", "%1 may accept recommendations only on their own items, or as the "
                                                  "campaign's owner")
                .arg(by);
        return std::nullopt;
    }
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::vector<DecisionRecord> records;
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.state(i).decision != Decision::None)
            continue; // never overwrite a decision (nor a "don't know")
        if (!onlyReviewer.isEmpty() && state.reviewerOf(i) != onlyReviewer)
            continue;
        const auto capacity = state.capacityOf(i, by);
        if (!capacity)
            continue; // not theirs: a reviewer accepts on their own items only
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
        r.capacity = *capacity;
        records.push_back(std::move(r));
    }
    return records;
}

std::map<qint64, QByteArray> decisionsDigests(const std::vector<DecisionRecord>& history,
                                              const std::vector<qint64>& through)
{
    // Every field length-prefixed so fields cannot run together; text as UTF-16LE code units as
    // stored (no conversion per record); gathered in 64 KiB blocks through OpenSSL's SHA-256
    // (hardware-accelerated where the CPU can): a 1.66 M-decision history is hashed in well under
    // a second. One pass for every prefix asked for: the running context is copied at each cut.
    std::map<qint64, QByteArray> digests;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return digests;
    QByteArray buffer;
    buffer.reserve(1 << 16);
    const auto field = [&buffer](const char* data, qsizetype size) {
        const quint64 length = qToBigEndian(quint64(size));
        buffer.append(reinterpret_cast<const char*>(&length), sizeof length);
        buffer.append(data, size);
    };
    const auto number = [&field](qint64 value) {
        // The same decimal text as printf's %lld, without its format parsing (half the time here).
        char text[24];
        const auto end = std::to_chars(text, text + sizeof text, static_cast<long long>(value)).ptr;
        field(text, qsizetype(end - text));
    };
    const auto text = [&field](const QString& value) {
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            field(reinterpret_cast<const char*>(value.utf16()), value.size() * 2);
        } else {
            QByteArray bytes(value.size() * 2, Qt::Uninitialized);
            for (qsizetype i = 0; i < value.size(); ++i)
                qToLittleEndian(value.at(i).unicode(), bytes.data() + 2 * i);
            field(bytes.constData(), bytes.size());
        }
    };
    const auto flush = [&] {
        EVP_DigestUpdate(context.get(), buffer.constData(), std::size_t(buffer.size()));
        buffer.resize(0);
    };
    // The digest of what was hashed so far, the running context left as it is.
    const auto cut = [&]() -> QByteArray {
        flush();
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> copy(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!copy || EVP_MD_CTX_copy_ex(copy.get(), context.get()) != 1)
            return {};
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int size = 0;
        if (EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char*>(digest.data()), &size) != 1)
            return {};
        digest.resize(int(size));
        return digest;
    };
    std::vector<qint64> cuts = through;
    std::sort(cuts.begin(), cuts.end());
    auto next = cuts.cbegin();
    const QByteArray tag = QByteArrayLiteral("attest-decisions-v2");
    field(tag.constData(), tag.size());
    for (const DecisionRecord& r : history) {
        // History is in id order: a prefix "through id N" ends before the first record after N.
        for (; next != cuts.cend() && *next < r.id; ++next)
            digests[*next] = cut();
        number(r.id);
        number(r.item);
        number(int(r.kind));
        number(int(r.decision));
        text(r.by);
        number(r.time);
        text(r.justification);
        number(int(r.recommendationShown));
        text(r.reassignedTo);
        number(int(r.capacity));
        // Reassignments name their delegate since workspace format 5. A record with a name adds a
        // field "-1" (never a record id, so the fields cannot be read another way) and the name; a
        // record without hashes as it always did, so every digest signed before (of the whole
        // history or of a prefix) still matches.
        if (!r.reassignedToName.isEmpty()) {
            number(-1);
            text(r.reassignedToName);
        }
        if (buffer.size() > (1 << 16) - 16384)
            flush();
    }
    const QByteArray all = cut();
    for (; next != cuts.cend(); ++next)
        digests[*next] = all;
    digests[std::numeric_limits<qint64>::max()] = all;
    return digests;
}

QByteArray decisionsDigest(const std::vector<DecisionRecord>& history)
{
    return decisionsDigests(history, {}).at(std::numeric_limits<qint64>::max());
}

QStringList checkAgainstJournal(Workspace& workspace, const Campaign& campaign, const ReviewItemTable& items,
                                const std::vector<DecisionRecord>& history, QString* error)
{
    QStringList problems;
    // The population's hash (pure computation on the loaded items) is made on a second thread
    // while this one reads and verifies the journal and hashes the decisions.
    QByteArray populationHash;
    std::thread hasher([&populationHash, &items] { populationHash = items.sha256(); });
    struct Joiner
    {
        std::thread& thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner{hasher};
    std::vector<JournalRecord> records;
    const auto verification = Journal::verify(workspace, error, {}, &records);
    if (!verification)
        return {*error};
    for (const Journal::Problem& problem : verification->problems)
        problems << QCoreApplication::translate("Review", "the journal does not verify: %1").arg(problem.description);
    // Each signing record names the last decision record it covers ("decisionsThrough"; older
    // records cover the whole history): its digest is checked against that prefix, so decisions
    // and resolutions journaled after a close do not read as changes to what the close signed.
    const QString createdTarget = QStringLiteral("campaign %1").arg(campaign.id);
    const auto signs = [&campaign](const JournalRecord& r, const QJsonObject& p) {
        return (r.action == QLatin1String("review.close") || r.action == QLatin1String("review.sign-off") ||
                r.action == QLatin1String("review.resolve-conflict")) &&
               p.value(QStringLiteral("campaign")).toInteger() == campaign.id &&
               p.contains(QStringLiteral("decisionsSha256"));
    };
    std::vector<qint64> cuts;
    for (const JournalRecord& r : records) {
        const QJsonObject p = QJsonDocument::fromJson(r.parameters.toUtf8()).object();
        if (signs(r, p) && p.contains(QStringLiteral("decisionsThrough")))
            cuts.push_back(p.value(QStringLiteral("decisionsThrough")).toInteger());
    }
    const auto digests = decisionsDigests(history, cuts);
    hasher.join();
    const QString population = QString::fromLatin1(populationHash.toHex());
    if (population != QString::fromLatin1(campaign.populationSha256.toHex()))
        problems << QCoreApplication::translate("Review",
                                                "the frozen population was changed: its SHA-256 is not the one "
                                                "recorded when the campaign was created");
    const qint64 lastRecord = history.empty() ? 0 : history.back().id;
    qint64 covered = -1; // the newest decision record a signed record covers (-1: none signed)
    for (const JournalRecord& r : records) {
        const QJsonObject p = QJsonDocument::fromJson(r.parameters.toUtf8()).object();
        if (r.action == QLatin1String("review.create") && r.target == createdTarget &&
            p.value(QStringLiteral("populationSha256")).toString() != population)
            problems << QCoreApplication::translate("Review", "the frozen population is not the one journal record "
                                                              "%1 signed at creation")
                            .arg(r.sequence);
        if (!signs(r, p))
            continue;
        const bool partial = p.contains(QStringLiteral("decisionsThrough"));
        const qint64 through =
            partial ? p.value(QStringLiteral("decisionsThrough")).toInteger() : std::numeric_limits<qint64>::max();
        covered = std::max(covered, partial ? through : lastRecord);
        const auto digest = digests.find(through);
        if (digest == digests.end() ||
            p.value(QStringLiteral("decisionsSha256")).toString() != QString::fromLatin1(digest->second.toHex()))
            problems << QCoreApplication::translate("Review", "the decisions were changed after journal record %1 "
                                                              "(%2) signed them")
                            .arg(r.sequence)
                            .arg(r.action);
    }
    // After the close every record is journaled as it is made: one no signed record covers was
    // added behind Attest's back.
    if (campaign.status == CampaignStatus::Closed && covered >= 0 && lastRecord > covered)
        problems << QCoreApplication::translate("Review",
                                                "the decisions were changed after the close: record %1 of the "
                                                "history is in no signed journal record")
                        .arg(lastRecord);
    return problems;
}

bool catchUp(Workspace& workspace, CampaignState& state, QString* error, std::vector<quint32>* touched)
{
    auto campaign = workspace.campaign(state.campaign().id, error);
    if (!campaign)
        return false;
    const auto newer = workspace.decisionsSince(state.campaign().id, state.lastRecordId(), error);
    if (!newer)
        return false;
    state.setCampaign(*campaign);
    state.applyAll(*newer);
    if (touched) {
        for (const DecisionRecord& record : *newer)
            touched->push_back(record.item);
    }
    return true;
}

bool decide(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items, Decision decision,
            const QString& by, const QString& justification, QString* error, std::vector<quint32>* touched)
{
    // Checked and written in one transaction: a campaign closed meanwhile takes no decision.
    auto transaction = workspace.transaction(QStringLiteral("record a decision"), error);
    if (!transaction || !catchUp(workspace, state, error, touched))
        return false;
    auto records = planDecisions(state, items, decision, by, justification, error);
    if (!records || !workspace.appendDecisions(state.campaign().id, &*records, error) || !transaction.commit(error))
        return false;
    state.applyAll(*records);
    return true;
}

bool decideReadOnly(Workspace& workspace, const CampaignState& state, const std::vector<quint32>& items,
                    Decision decision, const QString& by, const QString& justification, Decided* decided,
                    QString* error)
{
    // The same transaction and checks as decide(); what is committed is read, not applied.
    auto transaction = workspace.transaction(QStringLiteral("record a decision"), error);
    if (!transaction)
        return false;
    auto campaign = workspace.campaign(state.campaign().id, error);
    if (!campaign)
        return false;
    auto news = workspace.decisionsSince(state.campaign().id, state.lastRecordId(), error);
    if (!news)
        return false;
    decided->read = true;
    decided->campaign = std::move(*campaign);
    decided->news = std::move(*news);
    const CampaignState* basis = &state;
    std::optional<CampaignState> caughtUp;
    if (!decided->news.empty() || decided->campaign.status != state.campaign().status ||
        decided->campaign.signOff != state.campaign().signOff) {
        // Another console wrote meanwhile: check against what is committed, on a copy (O(items),
        // only then).
        caughtUp.emplace(state);
        caughtUp->setCampaign(decided->campaign);
        caughtUp->applyAll(decided->news);
        basis = &*caughtUp;
    }
    auto records = planDecisions(*basis, items, decision, by, justification, error);
    if (!records || !workspace.appendDecisions(state.campaign().id, &*records, error) || !transaction.commit(error))
        return false;
    decided->written = std::move(*records);
    return true;
}

void applyDecided(CampaignState& state, const Decided& decided, std::vector<quint32>* touched)
{
    if (!decided.read)
        return;
    state.setCampaign(decided.campaign);
    state.applyAll(decided.news);
    state.applyAll(decided.written);
    if (touched) {
        for (const DecisionRecord& record : decided.news)
            touched->push_back(record.item);
    }
}

std::optional<qint64> acceptRecommendations(Workspace& workspace, CampaignState& state, const QString& onlyReviewer,
                                            const QString& by, QString* error)
{
    // "Still undecided?" is asked inside the transaction that writes the answer: a reviewer's
    // decision committed a moment ago by another process is never overwritten.
    auto transaction = workspace.transaction(QStringLiteral("accept recommendations"), error);
    if (!transaction || !catchUp(workspace, state, error))
        return std::nullopt;
    auto records = planRecommendations(state, onlyReviewer, by, error);
    if (!records)
        return std::nullopt;
    if (!records->empty() && !workspace.appendDecisions(state.campaign().id, &*records, error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    state.applyAll(*records);
    return qint64(records->size());
}

std::optional<qint64> reassign(Workspace& workspace, CampaignState& state, const std::vector<quint32>& items,
                               const QString& fromReviewer, const PersonResolver& people, const QString& to,
                               const QString& by, const QString& reason, QString* error)
{
    if (!open(state, error))
        return std::nullopt;
    if (to.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review", "name the reviewer to reassign to");
        return std::nullopt;
    }
    const quint32 person = people.resolve(to, error);
    if (person == PersonResolver::kNone)
        return std::nullopt;
    const QString toReviewer = people.identity(person).key;
    const QString toReviewerName = people.identity(person).displayName;
    // The reason is recorded like a justification, under the same bound.
    if (reason.trimmed().size() > kMaxJustificationChars) {
        *error = QCoreApplication::translate("Review", "a reason may be at most %1 characters; this one has %2")
                     .arg(kMaxJustificationChars)
                     .arg(reason.trimmed().size());
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
    auto transaction = workspace.transaction(QStringLiteral("reassign items"), error);
    if (!transaction || !catchUp(workspace, state, error) || !open(state, error))
        return std::nullopt;
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
                         .arg(toReviewerName);
            return std::nullopt;
        }
        DecisionRecord r;
        r.item = item;
        r.kind = DecisionRecord::Kind::Reassign;
        r.by = by;
        r.time = now;
        r.justification = reason;
        r.reassignedTo = toReviewer;
        r.reassignedToName = toReviewerName;
        records.push_back(std::move(r));
    }
    if (!workspace.appendDecisions(state.campaign().id, &records, error) || !transaction.commit(error))
        return std::nullopt;
    state.applyAll(records);
    return qint64(records.size());
}

std::optional<QString> resolveReviewer(const CampaignState& state, const PersonResolver& people, const QString& text,
                                       QString* error)
{
    const QString typed = text.trimmed();
    // Stored as typed (older campaigns): not an identity key, but exactly what was given.
    const auto storedAsTyped = [&](const QString& stored) {
        return stored == typed && people.byKey(stored) == PersonResolver::kNone;
    };
    if (!typed.isEmpty() && people.byKey(typed) == PersonResolver::kNone) {
        if (storedAsTyped(state.campaign().definition.owner))
            return typed;
        // One pass over the items: a campaign holds few distinct reviewers, compared as they come.
        for (std::size_t i = 0; i < state.size(); ++i) {
            if (storedAsTyped(state.reviewerOf(i)))
                return typed;
        }
    }
    const quint32 person = people.resolve(typed, error);
    if (person == PersonResolver::kNone)
        return std::nullopt;
    return people.identity(person).key;
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
