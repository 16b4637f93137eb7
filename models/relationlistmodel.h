#pragma once

#include "loadedsnapshot.h"
#include "objectref.h"

#include <QAbstractTableModel>

#include <vector>

namespace attest {

// The lists in the detail panel: an account's or identity's entitlements with their access
// path, an entitlement's direct or effective members, and its nested groups or parents. Rows are
// small structs; text (paths above all) is made only for the rows a view asks for, so a group
// with 100,000 members opens at once.
class RelationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        Grants,       // entitlements held by an account or identity
        Members,      // accounts holding an entitlement (direct or effective)
        Entitlements, // nested members or parents of an entitlement
        Accounts,     // the accounts of an identity
    };
    enum Column
    {
        Name,
        Access,
        Privileged,
        Account,
        Kind,
        ColumnCount
    };
    enum Role
    {
        ObjectRefRole = Qt::UserRole + 1
    };

    explicit RelationListModel(QObject* parent = nullptr);

    void showGrantsOfAccount(LoadedSnapshotPtr snapshot, quint32 account);
    void showGrantsOfIdentity(LoadedSnapshotPtr snapshot, quint32 identity);
    void showMembers(LoadedSnapshotPtr snapshot, quint32 entitlement, bool effective);
    void showNestedMembers(LoadedSnapshotPtr snapshot, quint32 entitlement);
    void showMemberOf(LoadedSnapshotPtr snapshot, quint32 entitlement);
    void showAccountsOfIdentity(LoadedSnapshotPtr snapshot, quint32 identity);
    void clear();

    Mode mode() const { return m_mode; }
    ObjectRef objectAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        quint32 account = 0;
        quint32 entitlement = 0;
        AccessGraph::EffectiveGrant grant{};
        bool hasGrant = false;
    };
    void setRows(LoadedSnapshotPtr snapshot, Mode mode, std::vector<Row> rows);
    static void sortGrants(const LoadedSnapshot& snapshot, std::vector<Row>& rows);
    QVariant displayData(const Row& row, int column) const;

    LoadedSnapshotPtr m_snapshot;
    Mode m_mode = Mode::Grants;
    quint32 m_target = 0; // the entitlement of a Members list
    std::vector<Row> m_rows;
};

} // namespace attest
