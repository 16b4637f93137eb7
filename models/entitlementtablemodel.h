#pragma once

#include "tablemodelbase.h"

#include "domain/entitlement.h"

namespace attest {

// The Groups pane or the Roles pane: the entitlements of one kind with their membership sizes.
class EntitlementTableModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column
    {
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
    ObjectRef objectAt(int row) const override { return ObjectRef::entitlement(entitlementAt(row)); }
    int rowOf(const ObjectRef& ref) const override;
    int compareRows(int column, int left, int right) const override;
    PreparedPtr prepare(const LoadedSnapshot& snapshot) const override;

protected:
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;

private:
    struct Cache : Prepared
    {
        std::vector<quint32> rows;         // row → entitlement index
        std::vector<int> rowOfEntitlement; // entitlement index → row or -1
    };
    const Cache& cache() const { return prepared<Cache>(); }
    static QString ownerName(const LoadedSnapshot& snapshot, quint32 entitlement);
    QString ownerName(quint32 entitlement) const { return ownerName(*m_snapshot, entitlement); }
    quint32 entitlementAt(int row) const { return cache().rows[std::size_t(row)]; }

    EntitlementKind m_kind;
};

} // namespace attest
