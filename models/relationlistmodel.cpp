#include "relationlistmodel.h"

#include "displayformat.h"
#include "plaintext.h"

#include <QFont>

#include <algorithm>

namespace attest {

RelationListModel::RelationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RelationListModel::setRows(LoadedSnapshotPtr snapshot, Mode mode, std::vector<Row> rows)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_mode = mode;
    m_rows = std::move(rows);
    endResetModel();
}

void RelationListModel::sortGrants(const LoadedSnapshot& snapshot, std::vector<Row>& rows)
{
    // Privileged entitlements first, the access that matters most in a review; then by name, and
    // for one name the direct grant before those through nesting.
    const AccessGraph& graph = *snapshot.graph;
    const auto& entitlements = snapshot.data->entitlements;
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const bool pa = graph.isPrivilegedEntitlement(a.entitlement);
        const bool pb = graph.isPrivilegedEntitlement(b.entitlement);
        if (pa != pb)
            return pa;
        if (a.entitlement != b.entitlement) {
            const int c =
                entitlements[a.entitlement].name.compare(entitlements[b.entitlement].name, Qt::CaseInsensitive);
            if (c != 0)
                return c < 0;
            return a.entitlement < b.entitlement;
        }
        return a.grant.depth < b.grant.depth;
    });
}

void RelationListModel::clear()
{
    setRows(nullptr, Mode::Grants, {});
}

void RelationListModel::showGrantsOfAccount(LoadedSnapshotPtr snapshot, quint32 account)
{
    std::vector<Row> rows;
    const auto grants = snapshot->graph->effectiveGrants(account);
    rows.reserve(grants.size());
    for (const auto& grant : grants)
        rows.push_back({account, grant.entitlement, grant, true});
    sortGrants(*snapshot, rows);
    setRows(std::move(snapshot), Mode::Grants, std::move(rows));
}

void RelationListModel::showGrantsOfIdentity(LoadedSnapshotPtr snapshot, quint32 identity)
{
    std::vector<Row> rows;
    for (quint32 account : snapshot->graph->accountsOfIdentity(identity)) {
        for (const auto& grant : snapshot->graph->effectiveGrants(account))
            rows.push_back({account, grant.entitlement, grant, true});
    }
    sortGrants(*snapshot, rows);
    setRows(std::move(snapshot), Mode::Grants, std::move(rows));
}

void RelationListModel::showMembers(LoadedSnapshotPtr snapshot, quint32 entitlement, bool effective)
{
    std::vector<Row> rows;
    const auto members = effective ? snapshot->graph->effectiveMemberAccounts(entitlement)
                                   : snapshot->graph->directMemberAccounts(entitlement);
    rows.reserve(members.size());
    for (quint32 account : members)
        rows.push_back({account, entitlement, {}, false});
    m_target = entitlement;
    setRows(std::move(snapshot), Mode::Members, std::move(rows));
}

void RelationListModel::showNestedMembers(LoadedSnapshotPtr snapshot, quint32 entitlement)
{
    std::vector<Row> rows;
    for (quint32 nested : snapshot->graph->nestedMembers(entitlement))
        rows.push_back({0, nested, {}, false});
    setRows(std::move(snapshot), Mode::Entitlements, std::move(rows));
}

void RelationListModel::showMemberOf(LoadedSnapshotPtr snapshot, quint32 entitlement)
{
    std::vector<Row> rows;
    for (quint32 parent : snapshot->graph->memberOf(entitlement))
        rows.push_back({0, parent, {}, false});
    setRows(std::move(snapshot), Mode::Entitlements, std::move(rows));
}

void RelationListModel::showAccountsOfIdentity(LoadedSnapshotPtr snapshot, quint32 identity)
{
    std::vector<Row> rows;
    for (quint32 account : snapshot->graph->accountsOfIdentity(identity))
        rows.push_back({account, 0, {}, false});
    setRows(std::move(snapshot), Mode::Accounts, std::move(rows));
}

ObjectRef RelationListModel::objectAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Row& r = m_rows[std::size_t(row)];
    return m_mode == Mode::Members || m_mode == Mode::Accounts ? ObjectRef::account(r.account)
                                                               : ObjectRef::entitlement(r.entitlement);
}

int RelationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool accounts = m_mode == Mode::Members || m_mode == Mode::Accounts;
    switch (Column(section)) {
    case Name:
        return accounts ? tr("Account") : tr("Entitlement");
    case Kind:
        return tr("Kind");
    case Access:
        return m_mode == Mode::Accounts ? tr("State") : tr("Access");
    case Privileged:
        return tr("Privileged");
    case Account:
        switch (m_mode) {
        case Mode::Members:
            return tr("Owner");
        case Mode::Accounts:
            return tr("Last logon");
        default:
            return tr("Account");
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RelationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == ObjectRefRole)
        return QVariant::fromValue(objectAt(index.row()));
    if (role == Qt::ToolTipRole && index.column() == Privileged && m_mode != Mode::Accounts) {
        const quint32 e = m_mode == Mode::Members ? m_target : row.entitlement;
        return m_snapshot->graph->isPrivilegedEntitlement(e) ? m_snapshot->graph->entitlementPrivilegeReason(e)
                                                             : QVariant();
    }
    if (role == Qt::DisplayRole)
        return displayData(row, index.column());
    // A privileged entitlement a person holds stands out in bold, besides the Privileged column.
    if (role == Qt::FontRole && m_mode == Mode::Grants && index.column() == Name &&
        m_snapshot->graph->isPrivilegedEntitlement(row.entitlement)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && m_mode == Mode::Grants && index.column() == Name &&
        m_snapshot->graph->isPrivilegedEntitlement(row.entitlement))
        return plainToolTip(tr("Privileged: %1").arg(m_snapshot->graph->entitlementPrivilegeReason(row.entitlement)));
    return {};
}

QVariant RelationListModel::displayData(const Row& row, int column) const
{
    const SnapshotData& data = *m_snapshot->data;
    const AccessGraph& graph = *m_snapshot->graph;
    if (m_mode == Mode::Accounts) {
        const auto& account = data.accounts[row.account];
        switch (Column(column)) {
        case Name:
            return account.login;
        case Kind:
            return DisplayFormat::accountKind(account.kind);
        case Access: {
            QStringList state{account.enabled ? tr("Enabled") : tr("Disabled")};
            if (account.locked)
                state << tr("locked");
            return state.join(QStringLiteral(", "));
        }
        case Privileged:
            return graph.isPrivilegedAccount(row.account) ? DisplayFormat::yesNo(true) : QString();
        case Account:
            return DisplayFormat::date(account.lastLogon);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (m_mode == Mode::Members) {
        const auto& account = data.accounts[row.account];
        switch (Column(column)) {
        case Name:
            return account.login;
        case Kind:
            return DisplayFormat::accountKind(account.kind);
        case Access: {
            const auto grants = graph.effectiveGrants(row.account);
            const auto it = std::lower_bound(grants.begin(), grants.end(), m_target,
                                             [](const auto& g, quint32 e) { return g.entitlement < e; });
            if (it == grants.end() || it->entitlement != m_target)
                return {};
            return DisplayFormat::accessPath(data, graph, *it);
        }
        case Privileged:
            return graph.isPrivilegedAccount(row.account) ? DisplayFormat::yesNo(true) : QString();
        case Account: {
            const quint32 identity = graph.identityOfAccount(row.account);
            return identity == AccessGraph::kNone ? tr("No owner") : data.identities[identity].displayName;
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    const auto& entitlement = data.entitlements[row.entitlement];
    switch (Column(column)) {
    case Name:
        return entitlement.name;
    case Kind:
        return DisplayFormat::entitlementKind(entitlement.kind);
    case Access:
        return row.hasGrant ? DisplayFormat::accessPath(data, graph, row.grant) : QString();
    case Privileged:
        return graph.isPrivilegedEntitlement(row.entitlement) ? DisplayFormat::yesNo(true) : QString();
    case Account:
        return row.hasGrant ? data.accounts[row.account].login : QString();
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attest
