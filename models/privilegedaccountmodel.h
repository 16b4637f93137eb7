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
    enum Column {
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
    ObjectRef objectAt(int row) const override { return ObjectRef::account(m_rows[std::size_t(row)].account); }
    int rowOf(const ObjectRef& ref) const override;
    int compareRows(int column, int left, int right) const override;
    AccountFlags flagsOf(int row) const { return m_rows[std::size_t(row)].flags; }

protected:
    int rowCountFor(const LoadedSnapshot& snapshot) const override;
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;
    void rebuild() override;

private:
    struct Row
    {
        quint32 account = 0;
        AccessGraph::EffectiveGrant grant; // the shortest privileged grant
        quint32 privilegedCount = 0; // privileged entitlements held
        AccountFlags flags;
        QString path;
    };
    QString ownerName(const Row& row) const;

    std::vector<Row> m_rows;
};

} // namespace attest
