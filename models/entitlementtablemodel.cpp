#include "entitlementtablemodel.h"

#include "displayformat.h"

#include <QLocale>

namespace attest {

EntitlementTableModel::EntitlementTableModel(EntitlementKind kind, QObject* parent)
    : TableModelBase(parent)
    , m_kind(kind)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Name"), {}, true, {}},
        {tr("Application"), tr("The system this entitlement gives access to"), true, {}},
        {tr("Owner"), tr("Who answers for this entitlement"), true, {}},
        {tr("Direct members"), tr("Accounts that are members directly"), true, right},
        {tr("Nested"), tr("Groups and roles that are members of this one"), true, right},
        {tr("Effective members"), tr("Accounts holding it directly or through nesting"), true, right},
        {tr("Member of"), tr("Groups and roles this one is a member of"), false, right},
        {tr("Depth"), tr("Longest chain of nested groups below this one"), false, right},
        {tr("Privileged"), tr("Matched by the privileged policy, with the reason"), true, {}},
        {tr("Description"), {}, false, {}},
        {tr("DN"), tr("Distinguished name in the directory"), false, {}},
    });
}

QString EntitlementTableModel::countText(int shown, int total) const
{
    if (m_kind == EntitlementKind::Role)
        return shownOfTotal(shown, total, tr("%Ln roles", nullptr, total), tr("%1 of %Ln roles", nullptr, total));
    return shownOfTotal(shown, total, tr("%Ln groups", nullptr, total), tr("%1 of %Ln groups", nullptr, total));
}

int EntitlementTableModel::rowOf(const ObjectRef& ref) const
{
    if (!m_prepared || ref.kind != ObjectRef::Kind::Entitlement || ref.index >= cache().rowOfEntitlement.size())
        return -1;
    return cache().rowOfEntitlement[ref.index];
}

TableModelBase::PreparedPtr EntitlementTableModel::prepare(const LoadedSnapshot& snapshot) const
{
    const SnapshotData& data = *snapshot.data;
    auto cache = std::make_shared<Cache>();
    cache->rowOfEntitlement.assign(data.entitlements.size(), -1);
    std::vector<QString> searchText;
    for (std::size_t i = 0; i < data.entitlements.size(); ++i) {
        const Entitlement& e = data.entitlements[i];
        if (e.kind != m_kind)
            continue;
        cache->rowOfEntitlement[i] = int(cache->rows.size());
        cache->rows.push_back(quint32(i));
        searchText.push_back(fold(e.name + QLatin1Char('\n') + e.application + QLatin1Char('\n') + e.description +
                                  QLatin1Char('\n') + ownerName(snapshot, quint32(i)) + QLatin1Char('\n') + e.dn));
    }
    cache->rowCount = int(cache->rows.size());
    cache->search = SearchIndex(searchText);
    return cache;
}

QString EntitlementTableModel::ownerName(const LoadedSnapshot& snapshot, quint32 entitlement)
{
    const quint32 owner = snapshot.graph->entitlementOwner(entitlement);
    return owner == AccessGraph::kNone ? QString() : snapshot.data->identities[owner].displayName;
}

QVariant EntitlementTableModel::displayData(int row, int column) const
{
    const quint32 index = entitlementAt(row);
    const Entitlement& e = m_snapshot->data->entitlements[index];
    const AccessGraph& graph = *m_snapshot->graph;
    switch (Column(column)) {
    case Name:
        return e.name;
    case Application:
        return e.application;
    case Owner: {
        const QString owner = ownerName(index);
        return owner.isEmpty() ? tr("No owner") : owner;
    }
    case DirectMembers:
        return DisplayFormat::number(qint64(graph.directMemberAccounts(index).size()));
    case NestedMembers:
        return DisplayFormat::number(qint64(graph.nestedMembers(index).size()));
    case EffectiveMembers:
        return DisplayFormat::number(qint64(graph.effectiveMemberAccounts(index).size()));
    case MemberOf:
        return DisplayFormat::number(qint64(graph.memberOf(index).size()));
    case NestingDepth:
        return DisplayFormat::number(graph.nestingDepth(index));
    case Privileged:
        return graph.isPrivilegedEntitlement(index) ? DisplayFormat::yesNo(true) : QString();
    case Description:
        return e.description;
    case Dn:
        return e.dn;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EntitlementTableModel::toolTipData(int row, int column) const
{
    const quint32 index = entitlementAt(row);
    if (column == Privileged && m_snapshot->graph->isPrivilegedEntitlement(index))
        return m_snapshot->graph->entitlementPrivilegeReason(index);
    return {};
}

int EntitlementTableModel::compareRows(int column, int left, int right) const
{
    const quint32 l = entitlementAt(left);
    const quint32 r = entitlementAt(right);
    const Entitlement& a = m_snapshot->data->entitlements[l];
    const Entitlement& b = m_snapshot->data->entitlements[r];
    const AccessGraph& graph = *m_snapshot->graph;
    switch (Column(column)) {
    case Name:
        return compareText(a.name, b.name);
    case Application:
        return compareText(a.application, b.application);
    case Owner:
        return compareText(ownerName(l), ownerName(r));
    case DirectMembers:
        return compareValues(graph.directMemberAccounts(l).size(), graph.directMemberAccounts(r).size());
    case NestedMembers:
        return compareValues(graph.nestedMembers(l).size(), graph.nestedMembers(r).size());
    case EffectiveMembers:
        return compareValues(graph.effectiveMemberAccounts(l).size(), graph.effectiveMemberAccounts(r).size());
    case MemberOf:
        return compareValues(graph.memberOf(l).size(), graph.memberOf(r).size());
    case NestingDepth:
        return compareValues(graph.nestingDepth(l), graph.nestingDepth(r));
    case Privileged:
        return compareValues(graph.isPrivilegedEntitlement(l), graph.isPrivilegedEntitlement(r));
    case Description:
        return compareText(a.description, b.description);
    case Dn:
        return compareText(a.dn, b.dn);
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace attest
