#pragma once

#include "analysis/accountflags.h"
#include "tablemodelbase.h"

namespace attest {

// Every account of the snapshot, people's and service accounts alike, with hygiene flags.
class AccountTableModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
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

    AccountFlags flagsOf(int row) const { return m_flags[std::size_t(row)]; }

protected:
    int rowCountFor(const LoadedSnapshot& snapshot) const override;
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;
    void rebuild() override;

private:
    const Identity* identityOf(int row) const;
    qint64 passwordAgeDays(int row) const;

    std::vector<AccountFlags> m_flags;
};

} // namespace attest
