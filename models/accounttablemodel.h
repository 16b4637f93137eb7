#pragma once

#include "analysis/accountflags.h"
#include "tablemodelbase.h"

namespace attest {

// Every account of the snapshot, people's and service accounts alike, with hygiene flags.
class AccountTableModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        DisplayName,
        Kind,
        Owner,
        Department,
        Enabled,
        Locked,
        LastLogon,
        PasswordAge,
        DirectEntitlements,
        EffectiveEntitlements,
        Privileged,
        Flags,
        Email,
        Dn,
        ColumnCount
    };

    explicit AccountTableModel(QObject* parent = nullptr);

    QString countText(int shown, int total) const override;
    ObjectRef objectAt(int row) const override { return ObjectRef::account(quint32(row)); }
    int rowOf(const ObjectRef& ref) const override;
    int compareRows(int column, int left, int right) const override;
    PreparedPtr prepare(const LoadedSnapshot& snapshot) const override;

    AccountFlags flagsOf(int row) const { return cache().flags[std::size_t(row)]; }
    AccountFlags rowFlags(int row) const override { return flagsOf(row); }

protected:
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;

private:
    struct Cache : Prepared
    {
        std::vector<AccountFlags> flags;
    };
    const Cache& cache() const { return prepared<Cache>(); }
    const Identity* identityOf(int row) const;
    qint64 passwordAgeDays(int row) const;
};

} // namespace attest
