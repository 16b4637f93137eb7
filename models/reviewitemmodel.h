#pragma once

#include "review/campaignstate.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace attest {

// The items of one access review campaign with their current decisions. Rows are item indexes
// sorted by reviewer, then identity; the filters narrow that list. Nothing is allocated per item
// beyond one index: data() reads the compact ReviewItemTable and the CampaignState directly.
class ReviewItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReviewerColumn,
        IdentityColumn,
        TitleColumn,
        DepartmentColumn,
        AccountColumn,
        EntitlementColumn,
        AccessPathColumn,
        PrivilegedColumn,
        LastLogonColumn,
        PeerColumn,
        RecommendationColumn,
        ReasonColumn,
        DecisionColumn,
        DecidedByColumn, // who recorded the decision (their name; their key when not one of the campaign's people)
        JustificationColumn,
        DecidedAtColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIndexRole = Qt::UserRole + 1, // quint32: the item's index in the campaign
        DecisionRole,                     // int: the item's Decision (the view colours by it)
    };
    enum Filter
    {
        NoFilter = 0,
        UndecidedOnly = 1,
        RecommendedRevokeOnly = 2,
        PrivilegedOnly = 4,
        OverdueOnly = 8,
    };

    explicit ReviewItemModel(QObject* parent = nullptr);

    // Takes the loaded campaign; rows sorted by reviewer, then identity. The order may be
    // computed beforehand off the GUI thread with sortOrder() (about a second for a million items).
    void setCampaign(review::Loaded loaded, Timestamp now, std::vector<quint32> order = {});
    static std::vector<quint32> sortOrder(const ReviewItemTable& items);
    void clear();
    bool hasCampaign() const { return m_loaded != nullptr; }
    const review::Loaded& loaded() const { return *m_loaded; }
    // The loaded campaign itself, for a worker that reads its state while the view shows it (the
    // view changes the state only on its own thread, between such reads): kept alive by the worker
    // when another campaign is opened meanwhile.
    std::shared_ptr<review::Loaded> sharedLoaded() const { return m_loaded; }
    CampaignState& state() { return m_loaded->state; }
    std::vector<DecisionRecord>& history() { return m_loaded->history; }

    // reviewer empty: everybody's items. search: words that must each appear (any case) in the
    // item's person, title, department, account, entitlement, access path or reviewer.
    void setFilters(int filters, const QString& reviewer, const QString& search = {});
    int filters() const { return m_filters; }
    QString search() const { return m_search; }
    QString reviewerFilter() const { return m_reviewer; }

    quint32 itemAt(int row) const { return m_rows[std::size_t(row)]; }
    int rowOf(quint32 item) const; // -1 when filtered out
    // Decisions of these items changed: refreshes their rows (the filter is not re-applied, so
    // a decided row stays where it is until the filters change).
    void itemsChanged(const std::vector<quint32>& items);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    std::shared_ptr<review::Loaded> m_loaded;
    Timestamp m_now = 0;
    std::vector<quint32> m_sorted; // every item, by reviewer then identity
    std::vector<quint32> m_rows;   // m_sorted after the filters
    std::vector<qint32> m_rowOf;   // item → row, -1 when filtered out
    int m_filters = NoFilter;
    QString m_reviewer;
    QString m_search;
};

} // namespace attest
