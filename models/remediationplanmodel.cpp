#include "remediationplanmodel.h"

#include "plaintext.h"

#include <QFont>
#include <QHash>

namespace attest {

namespace {

QString decisionLine(const review::ItemDecision& d)
{
    const QString who = d.by.isEmpty() ? RemediationPlanModel::tr("nobody") : d.who();
    return d.decision == Decision::Revoke
               ? RemediationPlanModel::tr("%1 revoked by %2 (%3)").arg(d.entitlement, who, capacityName(d.capacity))
               : RemediationPlanModel::tr("%1 approved by %2 (%3)").arg(d.entitlement, who, capacityName(d.capacity));
}

} // namespace

RemediationPlanModel::RemediationPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RemediationPlanModel::setPlan(review::RemediationPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    // Each change belongs to the conflict of an item it serves (a left-alone revoke, or the
    // removal that carries out "revoke anyway"). A hash: linear in the plan.
    QHash<quint32, int> conflictOfItem;
    for (std::size_t c = 0; c < m_plan.conflicts.size(); ++c)
        conflictOfItem.insert(m_plan.conflicts[c].revoked.item, int(c));
    m_conflictOfRow.assign(m_plan.changes.size(), -1);
    for (std::size_t r = 0; r < m_plan.changes.size(); ++r) {
        for (const quint32 item : m_plan.changes[r].items) {
            const auto it = conflictOfItem.constFind(item);
            if (it != conflictOfItem.cend()) {
                m_conflictOfRow[r] = *it;
                break;
            }
        }
    }
    endResetModel();
}

const review::PlanConflict* RemediationPlanModel::conflictOf(int row) const
{
    if (row < 0 || row >= int(m_conflictOfRow.size()) || m_conflictOfRow[std::size_t(row)] < 0)
        return nullptr;
    return &m_plan.conflicts[std::size_t(m_conflictOfRow[std::size_t(row)])];
}

int RemediationPlanModel::unresolvedCount() const
{
    int n = 0;
    for (const review::PlanConflict& c : m_plan.conflicts)
        n += c.applies() ? 0 : 1;
    return n;
}

int RemediationPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.changes.size());
}

int RemediationPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RemediationPlanModel::describeConflict(const review::PlanConflict& c)
{
    QStringList approved;
    for (const review::ItemDecision& a : c.approved)
        approved << decisionLine(a);
    QString text =
        tr("CONFLICT: %1; removing %2 also takes %3")
            .arg(decisionLine(c.revoked), c.groups.join(QStringLiteral(", ")), approved.join(QStringLiteral(", ")));
    if (!c.resolution)
        text += tr(" — unresolved: the revoke is left for a person");
    else if (c.outdated)
        text += tr(" — the resolution of %1 no longer applies: a decision changed after it").arg(c.resolution->by);
    else if (c.resolution->choice == ConflictChoice::RevokeAnyway)
        text += tr(" — resolved by %1: revoke anyway (\"%2\")").arg(c.resolution->by, c.resolution->reason);
    else
        text += tr(" — resolved by %1: keep the approved access (\"%2\")").arg(c.resolution->by, c.resolution->reason);
    return text;
}

QString RemediationPlanModel::text(int row, int column) const
{
    const review::PlannedChange& change = m_plan.changes[std::size_t(row)];
    switch (Column(column)) {
    case ChangeColumn:
        if (change.status == QLatin1String("manual") && (change.conflict || change.groupName.isEmpty()))
            return change.conflict ? tr("Left for a person (conflict)") : tr("Left for a person");
        return change.takesApproved.isEmpty() ? tr("Remove membership") : tr("Remove membership (conflict resolved)");
    case AccountColumn:
        return change.accountLogin.isEmpty() ? change.accountKey : change.accountLogin;
    case GroupColumn:
        return change.groupName;
    case ServesColumn: {
        QStringList served;
        for (std::size_t i = 0; i < change.items.size(); ++i)
            served << tr("item %1 (%2)").arg(qint64(change.items[i]) + 1).arg(change.served.value(qsizetype(i)));
        return served.join(QStringLiteral(", "));
    }
    case AlsoTakesColumn: {
        QStringList also = change.alsoRemoves;
        for (const QString& s : change.stillReaches)
            also << tr("still reaches %1 another way").arg(s);
        return also.join(QStringLiteral(", "));
    }
    case ConflictColumn:
        if (const review::PlanConflict* c = conflictOf(row))
            return describeConflict(*c);
        return change.conflict ? change.message : QString();
    case StatusColumn:
        return change.status;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RemediationPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const review::PlanConflict* conflict = conflictOf(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        if (role == Qt::ToolTipRole) // directory data, shown literally (the one rich-text policy)
            return plainToolTip(index.column() != ConflictColumn ? m_plan.changes[std::size_t(row)].description()
                                                                 : text(row, index.column()));
        return text(row, index.column());
    case Qt::FontRole:
        if (conflict || m_plan.changes[std::size_t(row)].conflict) {
            QFont font;
            font.setBold(true); // with the "CONFLICT" text: never colour alone
            return font;
        }
        return {};
    case IsConflictRole:
        return conflict != nullptr || m_plan.changes[std::size_t(row)].conflict;
    case ConflictItemRole:
        return conflict ? qint64(conflict->revoked.item) : qint64(-1);
    case UnresolvedConflictRole:
        return conflict != nullptr && !conflict->applies();
    default:
        return {};
    }
}

QVariant RemediationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ChangeColumn:
        return tr("Change");
    case AccountColumn:
        return tr("Account");
    case GroupColumn:
        return tr("Target group");
    case ServesColumn:
        return tr("Items it serves");
    case AlsoTakesColumn:
        return tr("Also takes away");
    case ConflictColumn:
        return tr("Conflict");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attest
