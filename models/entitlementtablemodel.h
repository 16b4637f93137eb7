#pragma once

#include "tablemodelbase.h"

#include "domain/entitlement.h"

namespace attest {

// The Groups pane or the Roles pane: the entitlements of one kind with their membership sizes.
class EntitlementTableModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Application,
        Owner,
        DirectMembers,
        NestedMembers,
        EffectiveMembers,
        MemberOf,
        NestingDepth,
        Privileged,
        Description,
        Dn,
        ColumnCount
    };

    explicit EntitlementTableModel(EntitlementKind kind, QObject* parent = nullptr);

    EntitlementKind kind() const { return m_kind; }
    QString countText(int shown, int total) const override;
    ObjectRef objectAt(int row) const override { return ObjectRef::entitlement(m_rows[std::size_t(row)]); }
    int rowOf(const ObjectRef& ref) const override;
    int compareRows(int column, int left, int right) const override;

protected:
    int rowCountFor(const LoadedSnapshot& snapshot) const override;
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;
    void rebuild() override;

private:
    QString ownerName(quint32 entitlement) const;
    quint32 entitlementAt(int row) const { return m_rows[std::size_t(row)]; }

    EntitlementKind m_kind;
    std::vector<quint32> m_rows; // row → entitlement index
    std::vector<int> m_rowOfEntitlement; // entitlement index → row or -1
};

} // namespace attest
