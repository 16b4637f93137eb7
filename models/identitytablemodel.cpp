#include "identitytablemodel.h"

#include "displayformat.h"

#include <QLocale>

namespace attest {

IdentityTableModel::IdentityTableModel(QObject* parent)
    : TableModelBase(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Name"), {}, true, {}},
        {tr("Employee ID"), tr("The identity's key in the HR system"), false, {}},
        {tr("Login"), tr("Logins of the identity's accounts"), true, {}},
        {tr("Email"), {}, true, {}},
        {tr("Department"), {}, true, {}},
        {tr("Title"), {}, true, {}},
        {tr("Manager"), {}, false, {}},
        {tr("Status"), tr("Active, on leave, or left the organisation"), true, {}},
        {tr("Type"), tr("Employee or contractor"), false, {}},
        {tr("Location"), {}, false, {}},
        {tr("Accounts"), tr("Number of accounts correlated to this identity"), false, right},
        {tr("Last logon"), tr("Most recent logon over all of the identity's accounts"), true, {}},
        {tr("Entitlements"), tr("Effective entitlements over all accounts, including nested ones"), true, right},
        {tr("Privileged"), tr("Holds a privileged entitlement through any account"), true, {}},
        {tr("Flags"), tr("Hygiene findings over all of the person's accounts, most severe first"), true, {}},
    });
    setHasFlags(true);
}

QString IdentityTableModel::countText(int shown, int total) const
{
    return shownOfTotal(shown, total, tr("%Ln identities", nullptr, total), tr("%1 of %Ln identities", nullptr, total));
}

int IdentityTableModel::rowOf(const ObjectRef& ref) const
{
    return ref.kind == ObjectRef::Kind::Identity && int(ref.index) < m_rowCount ? int(ref.index) : -1;
}

TableModelBase::PreparedPtr IdentityTableModel::prepare(const LoadedSnapshot& snapshot) const
{
    const SnapshotData& data = *snapshot.data;
    const AccessGraph& graph = *snapshot.graph;
    const std::size_t count = data.identities.size();
    auto cache = std::make_shared<Cache>();
    cache->rowCount = int(count);
    cache->logins.assign(count, {});
    cache->lastLogon.assign(count, kNoTime);
    cache->entitlements.assign(count, 0);
    cache->privileged.assign(count, 0);
    cache->flags.assign(count, {});
    std::vector<quint16> tags(count, 0);
    cache->search.reserve(count, count * 96);

    for (std::size_t i = 0; i < count; ++i) {
        const Identity& identity = data.identities[i];
        QStringList logins;
        for (quint32 a : graph.accountsOfIdentity(quint32(i))) {
            const Account& account = data.accounts[a];
            logins << account.login;
            Timestamp& last = cache->lastLogon[i];
            if (hasTime(account.lastLogon) && (!hasTime(last) || account.lastLogon > last))
                last = account.lastLogon;
            cache->entitlements[i] += quint32(graph.effectiveGrants(a).size());
            if (graph.isPrivilegedAccount(a))
                cache->privileged[i] = 1;
            cache->flags[i] |= accountFlags(account, &identity, snapshot.now()) & ~AccountFlags(AccountFlag::Disabled);
        }
        tags[i] = searchTags(cache->flags[i]);
        cache->logins[i] = logins.join(QStringLiteral(", "));
        cache->search.addRow({identity.displayName, cache->logins[i], identity.email, identity.department, identity.key,
                              identity.title});
    }
    cache->search.setTags(std::move(tags));
    return cache;
}

QString IdentityTableModel::managerName(int row) const
{
    const quint32 manager = m_snapshot->graph->managerOf(quint32(row));
    return manager == AccessGraph::kNone ? QString() : m_snapshot->data->identities[manager].displayName;
}

QVariant IdentityTableModel::displayData(int row, int column) const
{
    const Identity& identity = m_snapshot->data->identities[std::size_t(row)];
    switch (Column(column)) {
    case Name:
        return identity.displayName;
    case EmployeeId:
        return identity.key;
    case Login:
        return cache().logins[std::size_t(row)];
    case Email:
        return identity.email;
    case Department:
        return identity.department;
    case Title:
        return identity.title;
    case Manager:
        return managerName(row);
    case Status:
        return DisplayFormat::identityStatus(identity.status);
    case EmployeeType:
        return identity.employeeType;
    case Location:
        return identity.location;
    case Accounts:
        return DisplayFormat::number(qint64(m_snapshot->graph->accountsOfIdentity(quint32(row)).size()));
    case LastLogon:
        return DisplayFormat::date(cache().lastLogon[std::size_t(row)]);
    case Entitlements:
        return DisplayFormat::number(cache().entitlements[std::size_t(row)]);
    case Privileged:
        return cache().privileged[std::size_t(row)] ? DisplayFormat::yesNo(true) : QString();
    case Flags:
        return accountFindingLabels(cache().flags[std::size_t(row)]).join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IdentityTableModel::sortData(int row, int column) const
{
    switch (Column(column)) {
    case Accounts:
        return qulonglong(m_snapshot->graph->accountsOfIdentity(quint32(row)).size());
    case LastLogon:
        return cache().lastLogon[std::size_t(row)];
    case Entitlements:
        return cache().entitlements[std::size_t(row)];
    case Privileged:
        return bool(cache().privileged[std::size_t(row)]);
    case Flags:
        return accountFlagsRank(cache().flags[std::size_t(row)]);
    default:
        return displayData(row, column);
    }
}

QVariant IdentityTableModel::toolTipData(int row, int column) const
{
    if (column == LastLogon)
        return DisplayFormat::age(cache().lastLogon[std::size_t(row)], m_snapshot->now());
    if (column == Name || column == Flags)
        return flagsToolTip(cache().flags[std::size_t(row)]);
    return {};
}

int IdentityTableModel::compareRows(int column, int left, int right) const
{
    const auto& rows = m_snapshot->data->identities;
    const Identity& a = rows[std::size_t(left)];
    const Identity& b = rows[std::size_t(right)];
    const auto l = std::size_t(left);
    const auto r = std::size_t(right);
    const Cache& c = cache();
    switch (Column(column)) {
    case Name:
        return compareText(a.displayName, b.displayName);
    case EmployeeId:
        return compareText(a.key, b.key);
    case Login:
        return compareText(c.logins[l], c.logins[r]);
    case Email:
        return compareText(a.email, b.email);
    case Department:
        return compareText(a.department, b.department);
    case Title:
        return compareText(a.title, b.title);
    case Manager:
        return compareText(managerName(left), managerName(right));
    case Status:
        return compareValues(int(a.status), int(b.status));
    case EmployeeType:
        return compareText(a.employeeType, b.employeeType);
    case Location:
        return compareText(a.location, b.location);
    case Accounts:
        return compareValues(m_snapshot->graph->accountsOfIdentity(quint32(left)).size(),
                             m_snapshot->graph->accountsOfIdentity(quint32(right)).size());
    case LastLogon:
        return compareValues(c.lastLogon[l], c.lastLogon[r]);
    case Entitlements:
        return compareValues(c.entitlements[l], c.entitlements[r]);
    case Privileged:
        return compareValues(c.privileged[l], c.privileged[r]);
    case Flags:
        return compareValues(accountFlagsRank(c.flags[l]), accountFlagsRank(c.flags[r]));
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace attest
