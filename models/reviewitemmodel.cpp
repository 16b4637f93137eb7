#include "reviewitemmodel.h"

#include "plaintext.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace attest {

namespace {

QString decisionText(Decision d)
{
    switch (d) {
    case Decision::None:
        return QString();
    case Decision::Approve:
        return ReviewItemModel::tr("Approve");
    case Decision::Revoke:
        return ReviewItemModel::tr("Revoke");
    case Decision::DontKnow:
        return ReviewItemModel::tr("Don't know");
    }
    return QString();
}

QString recommendationText(Recommendation r)
{
    switch (r) {
    case Recommendation::None:
        return QString();
    case Recommendation::Approve:
        return ReviewItemModel::tr("Approve");
    case Recommendation::Revoke:
        return ReviewItemModel::tr("Revoke");
    }
    return QString();
}

QString dateText(Timestamp t)
{
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ReviewItemModel::ReviewItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReviewItemModel::setCampaign(review::Loaded loaded, Timestamp now, std::vector<quint32> order)
{
    if (order.size() != loaded.items->size())
        order = sortOrder(*loaded.items);
    beginResetModel();
    m_loaded = std::make_shared<review::Loaded>(std::move(loaded));
    m_now = now;
    m_sorted = std::move(order);
    rebuildRows();
    endResetModel();
}

std::vector<quint32> ReviewItemModel::sortOrder(const ReviewItemTable& items)
{
    // Sort by the rank of the reviewer's and identity's interned strings: one comparison of
    // integers per step, not of strings, so a million items sort in about a second.
    std::vector<quint32> ids;
    ids.reserve(items.size() * 2);
    for (std::size_t i = 0; i < items.size(); ++i) {
        ids.push_back(items.textId(i, ReviewItemTable::ReviewerName));
        ids.push_back(items.textId(i, ReviewItemTable::IdentityName));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::sort(ids.begin(), ids.end(), [&items](quint32 a, quint32 b) {
        return QString::localeAwareCompare(items.string(a), items.string(b)) < 0;
    });
    QHash<quint32, quint32> rank;
    rank.reserve(qsizetype(ids.size()));
    for (std::size_t r = 0; r < ids.size(); ++r)
        rank.insert(ids[r], quint32(r));
    std::vector<quint64> keys(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        keys[i] = (quint64(rank.value(items.textId(i, ReviewItemTable::ReviewerName))) << 32) |
                  rank.value(items.textId(i, ReviewItemTable::IdentityName));
    std::vector<quint32> order(items.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&keys](quint32 a, quint32 b) { return keys[a] < keys[b]; });
    return order;
}

void ReviewItemModel::clear()
{
    beginResetModel();
    m_loaded.reset();
    m_sorted.clear();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

void ReviewItemModel::setFilters(int filters, const QString& reviewer, const QString& search)
{
    beginResetModel();
    m_filters = filters;
    m_reviewer = reviewer;
    m_search = search;
    rebuildRows();
    endResetModel();
}

void ReviewItemModel::rebuildRows()
{
    m_rows.clear();
    m_rowOf.assign(m_sorted.size(), -1);
    if (!m_loaded)
        return;
    const CampaignState& state = m_loaded->state;
    const ReviewItemTable& items = *m_loaded->items;
    // The search is matched against the campaign's string table once per word (its texts are
    // few: people, accounts, entitlements), then each item checks its fields' ids: linear in the
    // items with a small constant, at a million items a few tens of milliseconds.
    static constexpr ReviewItemTable::Field kSearched[] = {
        ReviewItemTable::IdentityName, ReviewItemTable::Title,       ReviewItemTable::Department,
        ReviewItemTable::AccountLogin, ReviewItemTable::AccountDn,   ReviewItemTable::EntitlementName,
        ReviewItemTable::AccessPath,   ReviewItemTable::ReviewerName};
    const QStringList words = m_search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<std::vector<bool>> hits; // per word: which strings contain it
    for (const QString& word : words) {
        std::vector<bool>& hit = hits.emplace_back(items.stringCount(), false);
        for (std::size_t id = 0; id < hit.size(); ++id)
            hit[id] = items.string(quint32(id)).contains(word, Qt::CaseInsensitive);
    }
    const auto matches = [&items, &hits](quint32 item) {
        for (const std::vector<bool>& hit : hits) {
            bool found = false;
            for (ReviewItemTable::Field field : kSearched)
                found = found || hit[items.textId(item, field)];
            if (!found)
                return false;
        }
        return true;
    };
    for (quint32 item : m_sorted) {
        if ((m_filters & UndecidedOnly) && state.state(item).decision != Decision::None)
            continue;
        if ((m_filters & RecommendedRevokeOnly) && items.recommendation(item) != Recommendation::Revoke)
            continue;
        if ((m_filters & PrivilegedOnly) && !items.privileged(item))
            continue;
        if ((m_filters & OverdueOnly) && !state.isOverdue(item, m_now))
            continue;
        if (!m_reviewer.isEmpty() && state.reviewerOf(item) != m_reviewer)
            continue;
        if (!hits.empty() && !matches(item))
            continue;
        m_rowOf[item] = qint32(m_rows.size());
        m_rows.push_back(item);
    }
}

int ReviewItemModel::rowOf(quint32 item) const
{
    return item < m_rowOf.size() ? m_rowOf[item] : -1;
}

void ReviewItemModel::itemsChanged(const std::vector<quint32>& items)
{
    if (m_rows.empty())
        return;
    int first = int(m_rows.size());
    int last = -1;
    for (quint32 item : items) {
        const int row = rowOf(item);
        if (row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, DecisionColumn), index(last, DecidedAtColumn));
}

int ReviewItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_loaded)
        return QVariant();
    const quint32 item = m_rows[std::size_t(index.row())];
    if (role == ItemIndexRole)
        return item;
    if (role == DecisionRole)
        return int(m_loaded->state.state(item).decision);
    const ReviewItemTable& t = *m_loaded->items;
    const CampaignState::ItemState& s = m_loaded->state.state(item);
    if (role == Qt::TextAlignmentRole && index.column() == PeerColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter); // an int, as item delegates read it
    if (role == Qt::ToolTipRole)                       // directory data, shown literally (the one rich-text policy)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (Column(index.column())) {
    case ReviewerColumn:
        return m_loaded->state.reviewerNameOf(item);
    case IdentityColumn:
        return t.text(item, ReviewItemTable::IdentityName).isEmpty() ? tr("(no identity)")
                                                                     : t.text(item, ReviewItemTable::IdentityName);
    case TitleColumn:
        return t.text(item, ReviewItemTable::Title);
    case DepartmentColumn:
        return t.text(item, ReviewItemTable::Department);
    case AccountColumn:
        return t.text(item, ReviewItemTable::AccountLogin);
    case EntitlementColumn:
        return t.text(item, ReviewItemTable::EntitlementName);
    case AccessPathColumn:
        return t.text(item, ReviewItemTable::AccessPath);
    case PrivilegedColumn:
        return t.privileged(item) ? tr("Privileged") : QString();
    case LastLogonColumn:
        return hasTime(t.lastLogon(item)) ? dateText(t.lastLogon(item)) : tr("never");
    case PeerColumn:
        return t.peerPercent(item) < 0 ? QString() : tr("%1 %").arg(t.peerPercent(item));
    case RecommendationColumn:
        return recommendationText(t.recommendation(item));
    case ReasonColumn:
        return t.text(item, ReviewItemTable::RecommendationReason);
    case DecisionColumn:
        return decisionText(s.decision);
    case DecidedByColumn: {
        const QString name = m_loaded->state.deciderNameOf(item);
        return name.isEmpty() ? m_loaded->state.decidedByOf(item) : name;
    }
    case JustificationColumn:
        return m_loaded->state.justificationOf(item);
    case DecidedAtColumn:
        return dateText(s.decidedAt);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ReviewerColumn:
        return tr("Reviewer");
    case IdentityColumn:
        return tr("Identity");
    case TitleColumn:
        return tr("Title");
    case DepartmentColumn:
        return tr("Department");
    case AccountColumn:
        return tr("Account");
    case EntitlementColumn:
        return tr("Entitlement");
    case AccessPathColumn:
        return tr("Access path");
    case PrivilegedColumn:
        return tr("Privileged");
    case LastLogonColumn:
        return tr("Last logon");
    case PeerColumn:
        return tr("Peers", "share of peers with the same access");
    case RecommendationColumn:
        return tr("Recommendation");
    case ReasonColumn:
        return tr("Reason");
    case DecisionColumn:
        return tr("Decision");
    case DecidedByColumn:
        return tr("Decided by");
    case JustificationColumn:
        return tr("Justification");
    case DecidedAtColumn:
        return tr("Decided at");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace attest
