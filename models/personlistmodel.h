#pragma once

#include "domain/personresolver.h"

#include <QAbstractListModel>

#include <memory>

namespace attest {

// The people of a snapshot as one list for picking someone (a completer on an owner, reviewer or
// approver field): "Name — login — mail" per identity, made when a row is shown, not up front.
class PersonListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the identity's key
    };

    explicit PersonListModel(QObject* parent = nullptr);

    void setPeople(std::shared_ptr<const PersonResolver> people);
    const PersonResolver* people() const { return m_people.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const PersonResolver> m_people;
};

} // namespace attest
