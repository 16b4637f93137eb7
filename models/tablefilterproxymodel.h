#pragma once

#include <QAbstractProxyModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace attest {

class TableModelBase;

// Sort and filter proxy for the pane tables, built for 100,000 rows: the sort order of all rows
// is computed once per sort change with typed comparisons (no QVariant), and a keystroke only
// walks that order testing each row's pre-folded search text, narrowing from the previous result
// when the new text extends the old one. QSortFilterProxyModel re-sorts through data() on every
// filter change, which costs hundreds of milliseconds at this size.
class TableFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    TableModelBase* tableModel() const { return m_table; }

    // Whitespace-separated terms, all of which must appear (case-insensitively) in a row.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    // An extra condition on source rows (time range, kind, …); empty accepts all.
    void setRowPredicate(std::function<bool(int sourceRow)> predicate);

    int sourceRowCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    void filterChanged(); // after a filter or predicate change was applied

private:
    void rebuildSortOrder();
    void applyFilter(bool narrowOnly);
    void rebuildSourceToProxy();
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    TableModelBase* m_table = nullptr;
    std::vector<int> m_sorted;        // every source row, in sort order
    std::vector<int> m_rows;          // proxy row → source row
    std::vector<int> m_sourceToProxy; // source row → proxy row or -1
    QString m_filterText;
    QStringList m_terms;
    std::function<bool(int)> m_predicate;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace attest
