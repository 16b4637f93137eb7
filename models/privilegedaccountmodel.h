#pragma once

#include "analysis/accountflags.h"
#include "tablemodelbase.h"

namespace attest {

// The Privileged accounts pane: every account that holds a privileged entitlement, why (which
// entitlement, through which path), who owns it and what is wrong with its hygiene.
class PrivilegedAccountModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column
    {
        Account,
        DisplayName,
        Kind,
        Owner,
        Entitlement,
        Path,
        Reason,
        PrivilegedCount,
        LastLogon,
        PasswordAge,
        Flags,
        ColumnCount
    };

    explicit PrivilegedAccountModel(QObject* parent = nullptr);

    QString countText(int shown, int total) const override;
    ObjectRef objectAt(int row) const override { return ObjectRef::account(rowAt(row).account); }
    int rowOf(const ObjectRef& ref) const override;
    int compareRows(int column, int left, int right) const override;
    PreparedPtr prepare(const LoadedSnapshot& snapshot) const override;
    AccountFlags flagsOf(int row) const { return rowAt(row).flags; }
    AccountFlags rowFlags(int row) const override { return flagsOf(row); }

protected:
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;

private:
    struct Row
    {
        quint32 account = 0;
        AccessGraph::EffectiveGrant grant; // the shortest privileged grant
        quint32 privilegedCount = 0;       // privileged entitlements held
        AccountFlags flags;
        QString path;
    };
    struct Cache : Prepared
    {
        std::vector<Row> rows;
    };
    const Row& rowAt(int row) const { return prepared<Cache>().rows[std::size_t(row)]; }
    static QString ownerName(const LoadedSnapshot& snapshot, const Row& row);
    QString ownerName(const Row& row) const { return ownerName(*m_snapshot, row); }
};

} // namespace attest
