#include "heatmapmodel.h"

#include "common/richtext.h"
#include "displayformat.h"

namespace attest {

HeatMapModel::HeatMapModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_base(Qt::white)
    , m_hot(Qt::darkBlue)
    , m_text(Qt::black)
    , m_hotText(Qt::white)
{}

void HeatMapModel::setAnalysis(std::shared_ptr<const analysis::Analysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

void HeatMapModel::setColours(const QColor& base, const QColor& hot, const QColor& text, const QColor& hotText)
{
    m_base = base;
    m_hot = hot;
    m_text = text;
    m_hotText = hotText;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !map() ? 0 : int(map()->departments.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !map() ? 0 : int(map()->entitlements.size());
}

double HeatMapModel::share(int row, int column) const
{
    const auto size = map()->departmentSize[std::size_t(row)];
    return size ? double(map()->cells[std::size_t(row)][std::size_t(column)]) / size : 0;
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !map())
        return {};
    const analysis::HeatMap& m = *map();
    const int row = index.row(), column = index.column();
    const quint32 n = m.cells[std::size_t(row)][std::size_t(column)];
    const double s = share(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return n ? DisplayFormat::number(n) : QString();
    case Qt::BackgroundRole:
        return QColor::fromRgbF(float(m_base.redF() + (m_hot.redF() - m_base.redF()) * s),
                                float(m_base.greenF() + (m_hot.greenF() - m_base.greenF()) * s),
                                float(m_base.blueF() + (m_hot.blueF() - m_base.blueF()) * s));
    case Qt::ForegroundRole:
        return s > 0.5 ? m_hotText : m_text;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return plainToolTip(
            tr("%1 of %2 people in %3 hold %4 (%5)")
                .arg(n)
                .arg(m.departmentSize[std::size_t(row)])
                .arg(m.departments[row], m_analysis->data->entitlements[m.entitlements[std::size_t(column)]].name)
                .arg(DisplayFormat::percent(s * 100, 0)));
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!map() || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    const analysis::HeatMap& m = *map();
    if (orientation == Qt::Horizontal && std::size_t(section) < m.entitlements.size()) {
        const QString name = m_analysis->data->entitlements[m.entitlements[std::size_t(section)]].name;
        if (role == Qt::DisplayRole)
            return name.size() > 14 ? name.left(13) + QChar(0x2026) : name;
        if (role == Qt::ToolTipRole)
            return plainToolTip(name);
    } else if (orientation == Qt::Vertical && section < m.departments.size() && role == Qt::DisplayRole) {
        return tr("%1 (%2)").arg(m.departments[section], DisplayFormat::number(m.departmentSize[std::size_t(section)]));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace attest
