#include "tablemodelbase.h"

#include "plaintext.h"

#include <QLocale>

namespace attest {

TableModelBase::TableModelBase(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TableModelBase::setSnapshot(LoadedSnapshotPtr snapshot, PreparedPtr prepared)
{
    if (snapshot && !prepared)
        prepared = prepare(*snapshot);
    beginResetModel();
    m_snapshot = snapshot ? std::move(snapshot) : nullptr;
    m_prepared = m_snapshot ? std::move(prepared) : nullptr;
    m_rowCount = m_prepared ? m_prepared->rowCount : 0;
    endResetModel();
}

int TableModelBase::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TableModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnInfo& column = m_columns[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case Qt::ToolTipRole:
        return column.toolTip.isEmpty() ? QVariant() : QVariant(column.toolTip);
    case Qt::TextAlignmentRole: // as an int: the delegates of Qt 6.4 read it so (a QFlags value reads as top-left)
        return int(column.alignment);
    default:
        return {};
    }
}

QVariant TableModelBase::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        return decorationData(row, column);
    case Qt::ToolTipRole: {
        // Cells show directory data: a tool tip must not turn a name into markup.
        const QVariant tip = toolTipData(row, column);
        return tip.typeId() == QMetaType::QString ? QVariant(plainToolTip(tip.toString())) : tip;
    }
    case Qt::TextAlignmentRole: // as an int, as above
        return int(m_columns[std::size_t(column)].alignment);
    case ObjectRefRole:
        return QVariant::fromValue(objectAt(row));
    case SortRole:
        return sortData(row, column);
    case FlagsRole:
        return m_hasFlags ? QVariant(rowFlags(row).toInt()) : QVariant();
    default:
        return {};
    }
}

bool TableModelBase::isColumnVisibleByDefault(int column) const
{
    return column >= 0 && column < int(m_columns.size()) && m_columns[std::size_t(column)].visibleByDefault;
}

int TableModelBase::rowOf(const ObjectRef& ref) const
{
    for (int row = 0; row < m_rowCount; ++row) {
        if (objectAt(row) == ref)
            return row;
    }
    return -1;
}

AccountFlags TableModelBase::rowFlags(int) const
{
    return {};
}

std::vector<quint16> TableModelBase::searchTagMasks(const QStringList& foldedTerms) const
{
    std::vector<quint16> masks;
    if (!m_hasFlags)
        return masks;
    masks.reserve(std::size_t(foldedTerms.size()));
    for (const QString& term : foldedTerms)
        masks.push_back(searchTags(accountFlagsMatching(term)));
    return masks;
}

std::vector<char> TableModelBase::matchRows(const QStringList& foldedTerms, const std::vector<quint16>& tagMasks) const
{
    if (!m_prepared)
        return {};
    return m_prepared->search.match(foldedTerms, tagMasks);
}

bool TableModelBase::rowMatches(int row, const QStringList& foldedTerms, const std::vector<quint16>& tagMasks) const
{
    return m_prepared ? m_prepared->search.rowMatches(row, foldedTerms, tagMasks) : foldedTerms.isEmpty();
}

QVariant TableModelBase::sortData(int row, int column) const
{
    return displayData(row, column);
}

QVariant TableModelBase::decorationData(int, int) const
{
    return {};
}

QVariant TableModelBase::toolTipData(int, int) const
{
    return {};
}

QVariant TableModelBase::flagsToolTip(AccountFlags flags)
{
    const QStringList labels = accountFindingLabels(flags);
    if (labels.isEmpty())
        return {};
    return tr("Findings: %1").arg(labels.join(QStringLiteral(", ")));
}

QString TableModelBase::shownOfTotal(int shown, int total, const QString& allText, const QString& someText)
{
    return shown == total ? allText : someText.arg(QLocale().toString(shown));
}

int TableModelBase::compareText(const QString& a, const QString& b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c : a.compare(b);
}

} // namespace attest
