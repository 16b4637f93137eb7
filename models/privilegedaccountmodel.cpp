#include "privilegedaccountmodel.h"

#include "displayformat.h"

#include <QLocale>

namespace attest {

PrivilegedAccountModel::PrivilegedAccountModel(QObject* parent)
    : TableModelBase(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Account"), {}, true, {}},
        {tr("Display name"), {}, false, {}},
        {tr("Kind"), {}, true, {}},
        {tr("Owner"), tr("The identity the account belongs to"), true, {}},
        {tr("Privileged entitlement"), tr("The privileged entitlement reached by the shortest path"), true, {}},
        {tr("Path"), tr("How the account holds it: directly, or through which groups"), true, {}},
        {tr("Reason"), tr("Why the entitlement counts as privileged"), false, {}},
        {tr("Count"), tr("How many privileged entitlements the account holds"), false, right},
        {tr("Last logon"), {}, true, {}},
        {tr("Password age"), tr("Days since the password was last set"), true, right},
        {tr("Flags"), tr("No owner, stale, never logged on, password never changed or older than a year"), true, {}},
    });
    setHasFlags(true);
}

QString PrivilegedAccountModel::countText(int shown, int total) const
{
    return shownOfTotal(shown, total, tr("%Ln privileged accounts", nullptr, total),
                        tr("%1 of %Ln privileged accounts", nullptr, total));
}

int PrivilegedAccountModel::rowOf(const ObjectRef& ref) const
{
    if (!m_prepared || ref.kind != ObjectRef::Kind::Account)
        return -1;
    const auto& rows = prepared<Cache>().rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].account == ref.index)
            return int(i);
    }
    return -1;
}

TableModelBase::PreparedPtr PrivilegedAccountModel::prepare(const LoadedSnapshot& snapshot) const
{
    const SnapshotData& data = *snapshot.data;
    const AccessGraph& graph = *snapshot.graph;
    auto cache = std::make_shared<Cache>();
    cache->rows.reserve(graph.privilegedAccountCount());
    std::vector<QString> searchText;
    std::vector<quint16> tags;
    for (quint32 a = 0; a < graph.accountCount(); ++a) {
        if (!graph.isPrivilegedAccount(a))
            continue;
        Row row;
        row.account = a;
        bool haveGrant = false;
        for (const AccessGraph::EffectiveGrant& grant : graph.effectiveGrants(a)) {
            if (!graph.isPrivilegedEntitlement(grant.entitlement))
                continue;
            ++row.privilegedCount;
            if (!haveGrant || grant.depth < row.grant.depth) {
                row.grant = grant;
                haveGrant = true;
            }
        }
        const quint32 identity = graph.identityOfAccount(a);
        row.flags = accountFlags(data.accounts[a],
                                 identity == AccessGraph::kNone ? nullptr : &data.identities[identity], snapshot.now());
        row.path = DisplayFormat::accessPath(data, graph, row.grant);
        searchText.push_back(fold(data.accounts[a].login + QLatin1Char('\n') + data.accounts[a].displayName +
                                  QLatin1Char('\n') + ownerName(snapshot, row) + QLatin1Char('\n') +
                                  data.entitlements[row.grant.entitlement].name + QLatin1Char('\n') + row.path));
        tags.push_back(searchTags(row.flags));
        cache->rows.push_back(std::move(row));
    }
    cache->rowCount = int(cache->rows.size());
    cache->search = SearchIndex(searchText);
    cache->search.setTags(std::move(tags));
    return cache;
}

QString PrivilegedAccountModel::ownerName(const LoadedSnapshot& snapshot, const Row& row)
{
    const quint32 identity = snapshot.graph->identityOfAccount(row.account);
    return identity == AccessGraph::kNone ? QString() : snapshot.data->identities[identity].displayName;
}

QVariant PrivilegedAccountModel::displayData(int rowIndex, int column) const
{
    const Row& row = rowAt(rowIndex);
    const auto& account = m_snapshot->data->accounts[row.account];
    switch (Column(column)) {
    case Account:
        return account.login;
    case DisplayName:
        return account.displayName;
    case Kind:
        return DisplayFormat::accountKind(account.kind);
    case Owner: {
        const QString owner = ownerName(row);
        return owner.isEmpty() ? tr("No owner") : owner;
    }
    case Entitlement:
        return m_snapshot->data->entitlements[row.grant.entitlement].name;
    case Path:
        return row.path;
    case Reason:
        return m_snapshot->graph->entitlementPrivilegeReason(row.grant.entitlement);
    case PrivilegedCount:
        return DisplayFormat::number(row.privilegedCount);
    case LastLogon:
        return DisplayFormat::date(account.lastLogon);
    case PasswordAge: {
        const qint64 days = daysSince(account.passwordChanged, m_snapshot->now());
        return days < 0 ? tr("Unknown") : DisplayFormat::number(days);
    }
    case Flags:
        // Findings most severe first; a disabled privileged account says so too.
        return (accountFindingLabels(row.flags) + accountFlagLabels(row.flags & AccountFlag::Disabled))
            .join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PrivilegedAccountModel::toolTipData(int rowIndex, int column) const
{
    const Row& row = rowAt(rowIndex);
    if (column == Entitlement || column == Path)
        return m_snapshot->graph->entitlementPrivilegeReason(row.grant.entitlement);
    if (column == LastLogon)
        return DisplayFormat::age(m_snapshot->data->accounts[row.account].lastLogon, m_snapshot->now());
    if (column == Account || column == Flags)
        return flagsToolTip(row.flags);
    return {};
}

int PrivilegedAccountModel::compareRows(int column, int left, int right) const
{
    const Row& l = rowAt(left);
    const Row& r = rowAt(right);
    const auto& a = m_snapshot->data->accounts[l.account];
    const auto& b = m_snapshot->data->accounts[r.account];
    switch (Column(column)) {
    case Kind:
        return compareValues(int(a.kind), int(b.kind));
    case PrivilegedCount:
        return compareValues(l.privilegedCount, r.privilegedCount);
    case LastLogon:
        return compareValues(a.lastLogon, b.lastLogon);
    case PasswordAge:
        return compareValues(daysSince(a.passwordChanged, m_snapshot->now()),
                             daysSince(b.passwordChanged, m_snapshot->now()));
    case Flags:
        return compareValues(accountFlagsRank(l.flags), accountFlagsRank(r.flags));
    default:
        return compareText(displayData(left, column).toString(), displayData(right, column).toString());
    }
}

} // namespace attest
