#include "personlistmodel.h"

#include "plaintext.h"

namespace attest {

PersonListModel::PersonListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PersonListModel::setPeople(std::shared_ptr<const PersonResolver> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_people ? 0 : int(m_people->size());
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    if (!m_people || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 row = quint32(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_people->label(row);
    case Qt::ToolTipRole:
        return plainToolTip(m_people->label(row));
    case KeyRole:
        return m_people->identity(row).key;
    default:
        return {};
    }
}

} // namespace attest
