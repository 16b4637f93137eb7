#pragma once

#include "review/closing.h"

#include <QAbstractTableModel>

#include <vector>

namespace attest {

// The remediation plan as a table, one row per change (a membership removed, or a revoke left for
// a person), with the items it serves, what else it takes away and the conflict it is part of:
// both decisions and the owner's resolution. For the plan shown before Close and Remediate.
class RemediationPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationPlanModel)

public:
    enum Column
    {
        ChangeColumn,
        AccountColumn,
        GroupColumn,
        ServesColumn,
        AlsoTakesColumn,
        ConflictColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IsConflictRole,         // bool: the row is part of a conflict
        ConflictItemRole,       // the revoked item (0-based) of the row's conflict; -1 when none
        UnresolvedConflictRole, // bool: a conflict with no standing resolution
    };

    explicit RemediationPlanModel(QObject* parent = nullptr);

    void setPlan(review::RemediationPlan plan);
    const review::RemediationPlan& plan() const { return m_plan; }
    // The conflict of a row (nullptr when the row has none).
    const review::PlanConflict* conflictOf(int row) const;
    int conflictCount() const { return int(m_plan.conflicts.size()); }
    int unresolvedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // In words, for a conflict: who revoked, who approved what, and the resolution.
    static QString describeConflict(const review::PlanConflict& conflict);

private:
    QString text(int row, int column) const;

    review::RemediationPlan m_plan;
    std::vector<int> m_conflictOfRow; // row → index into m_plan.conflicts, -1 for none
};

} // namespace attest
