#pragma once

#include "tablemodelbase.h"

namespace attest {

// The Identities pane: one row per person, with the state of their accounts rolled up.
class IdentityTableModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        EmployeeId,
        Login,
        Email,
        Department,
        Title,
        Manager,
        Status,
        EmployeeType,
        Location,
        Accounts,
        LastLogon,
        Entitlements,
        Privileged,
        Flags,
        ColumnCount
    };

    explicit IdentityTableModel(QObject* parent = nullptr);

    QString countText(int shown, int total) const override;
    ObjectRef objectAt(int row) const override { return ObjectRef::identity(quint32(row)); }
    int rowOf(const ObjectRef& ref) const override;
    int compareRows(int column, int left, int right) const override;
    PreparedPtr prepare(const LoadedSnapshot& snapshot) const override;
    // The findings of all of the person's accounts, and leaver with access when they have left.
    AccountFlags rowFlags(int row) const override { return cache().flags[std::size_t(row)]; }

protected:
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;

private:
    // Per-identity roll-ups of its accounts, computed once per snapshot.
    struct Cache : Prepared
    {
        std::vector<QString> logins;
        std::vector<Timestamp> lastLogon;
        std::vector<quint32> entitlements;
        std::vector<char> privileged;
        std::vector<AccountFlags> flags;
    };
    const Cache& cache() const { return prepared<Cache>(); }
    QString managerName(int row) const;
};

} // namespace attest
