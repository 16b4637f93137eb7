#include "tablefilterproxymodel.h"

#include "tablemodelbase.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace attest {

TableFilterProxyModel::TableFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void TableFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const auto& connection : m_connections)
        disconnect(connection);
    m_connections.clear();

    m_table = qobject_cast<TableModelBase*>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_table, "TableFilterProxyModel", "the source must be a TableModelBase");
    QAbstractProxyModel::setSourceModel(m_table);
    if (m_table) {
        m_connections.push_back(connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this,
                                        &TableFilterProxyModel::onSourceAboutToBeReset));
        m_connections.push_back(
            connect(m_table, &QAbstractItemModel::modelReset, this, &TableFilterProxyModel::onSourceReset));
        m_connections.push_back(
            connect(m_table, &QAbstractItemModel::dataChanged, this, &TableFilterProxyModel::onSourceDataChanged));
        m_connections.push_back(
            connect(m_table, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged));
    }
    rebuildSortOrder();
    applyFilter(false);
    endResetModel();
}

void TableFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    const QString oldFolded = m_filterText.toCaseFolded();
    m_filterText = text;
    const QString folded = text.toCaseFolded();
    m_terms = folded.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);

    // Typing more of the same text can only remove rows: narrow the current result instead of
    // walking every row again.
    const bool narrowOnly = !oldFolded.trimmed().isEmpty() && folded.startsWith(oldFolded);
    beginResetModel();
    applyFilter(narrowOnly);
    endResetModel();
    Q_EMIT filterChanged();
}

void TableFilterProxyModel::setRowPredicate(std::function<bool(int)> predicate)
{
    beginResetModel();
    m_predicate = std::move(predicate);
    applyFilter(false);
    endResetModel();
    Q_EMIT filterChanged();
}

int TableFilterProxyModel::sourceRowCount() const
{
    return m_table ? m_table->rowCount() : 0;
}

QModelIndex TableFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

int TableFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool TableFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex TableFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_table->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table ||
        sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void TableFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        sourceRows.push_back(m_rows[std::size_t(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    rebuildSortOrder();
    applyFilter(false);

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_sourceToProxy[std::size_t(sourceRows[std::size_t(i)])];
        after << (row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableFilterProxyModel::rebuildSortOrder()
{
    const int count = sourceRowCount();
    m_sorted.resize(std::size_t(count));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (!m_table || m_sortColumn < 0 || m_sortColumn >= m_table->columnCount())
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const TableModelBase* table = m_table;
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [table, column, descending](int a, int b) {
        const int c = table->compareRows(column, a, b);
        return descending ? c > 0 : c < 0;
    });
}

void TableFilterProxyModel::applyFilter(bool narrowOnly)
{
    const std::vector<int>& candidates = narrowOnly ? m_rows : m_sorted;
    std::vector<int> rows;
    if (m_terms.isEmpty() && !m_predicate) {
        rows = m_sorted;
    } else {
        rows.reserve(candidates.size());
        // A narrow result is checked row by row; a full pass scans the whole search index once.
        const bool perRow = narrowOnly && candidates.size() < std::size_t(sourceRowCount()) / 8;
        // Which hygiene flags each term names ("stale", "leaver"): a handful of words, once per pass.
        const std::vector<quint16> tagMasks = m_table->searchTagMasks(m_terms);
        const std::vector<char> matches =
            m_terms.isEmpty() || perRow ? std::vector<char>() : m_table->matchRows(m_terms, tagMasks);
        for (int sourceRow : candidates) {
            const bool textMatches = m_terms.isEmpty() || (perRow ? m_table->rowMatches(sourceRow, m_terms, tagMasks)
                                                                  : matches[std::size_t(sourceRow)] != 0);
            if (textMatches && (!m_predicate || m_predicate(sourceRow)))
                rows.push_back(sourceRow);
        }
    }
    m_rows = std::move(rows);
    rebuildSourceToProxy();
}

void TableFilterProxyModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(std::size_t(sourceRowCount()), -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_sourceToProxy[std::size_t(m_rows[i])] = int(i);
}

void TableFilterProxyModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void TableFilterProxyModel::onSourceReset()
{
    rebuildSortOrder();
    applyFilter(false);
    endResetModel();
}

void TableFilterProxyModel::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                                const QList<int>& roles)
{
    // Rows do not move on a data change (the panes' data is immutable per snapshot); forward
    // each visible row so views repaint.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex left = mapFromSource(topLeft.siblingAtRow(row));
        const QModelIndex right = mapFromSource(bottomRight.siblingAtRow(row));
        if (left.isValid() && right.isValid())
            Q_EMIT dataChanged(left, right, roles);
    }
}

} // namespace attest
