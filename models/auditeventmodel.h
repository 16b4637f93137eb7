#pragma once

#include "tablemodelbase.h"

namespace attest {

// The Audit trail pane: the sources' own audit events beside the console's journal, newest first.
class AuditEventModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Actor,
        Action,
        Target,
        Source,
        Result,
        Details,
        Origin,
        ColumnCount
    };

    explicit AuditEventModel(QObject* parent = nullptr);

    QString countText(int shown, int total) const override;
    ObjectRef objectAt(int) const override { return {}; }
    int rowOf(const ObjectRef&) const override { return -1; }
    int compareRows(int column, int left, int right) const override;
    PreparedPtr prepare(const LoadedSnapshot& snapshot) const override;

    const AuditEvent& eventAt(int row) const { return events()[prepared<Cache>().order[std::size_t(row)]]; }

protected:
    QVariant displayData(int row, int column) const override;
    QVariant toolTipData(int row, int column) const override;

private:
    struct Cache : Prepared
    {
        std::vector<quint32> order; // newest first
    };
    const std::vector<AuditEvent>& events() const { return *m_snapshot->auditEvents; }
};

} // namespace attest
