#include "accounttablemodel.h"

#include "displayformat.h"

#include <QLocale>

namespace attest {

AccountTableModel::AccountTableModel(QObject* parent)
    : TableModelBase(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Login"), {}, true, {}},
        {tr("Display name"), {}, true, {}},
        {tr("Kind"), tr("User, administrative or service account"), true, {}},
        {tr("Owner"), tr("The identity the account is correlated to"), true, {}},
        {tr("Department"), {}, false, {}},
        {tr("Enabled"), {}, true, {}},
        {tr("Locked"), {}, false, {}},
        {tr("Last logon"), {}, true, {}},
        {tr("Password age"), tr("Days since the password was last set"), true, right},
        {tr("Direct"), tr("Entitlements held directly"), false, right},
        {tr("Effective"), tr("Entitlements held directly or through nesting"), true, right},
        {tr("Privileged"), {}, true, {}},
        {tr("Flags"), tr("Hygiene findings: no owner, stale, never logged on, old password, …"), true, {}},
        {tr("Email"), {}, false, {}},
        {tr("DN"), tr("Distinguished name in the directory"), false, {}},
    });
    setHasFlags(true);
}

QString AccountTableModel::countText(int shown, int total) const
{
    return shownOfTotal(shown, total, tr("%Ln accounts", nullptr, total), tr("%1 of %Ln accounts", nullptr, total));
}

int AccountTableModel::rowOf(const ObjectRef& ref) const
{
    return ref.kind == ObjectRef::Kind::Account && int(ref.index) < m_rowCount ? int(ref.index) : -1;
}

const Identity* AccountTableModel::identityOf(int row) const
{
    const quint32 identity = m_snapshot->graph->identityOfAccount(quint32(row));
    return identity == AccessGraph::kNone ? nullptr : &m_snapshot->data->identities[identity];
}

qint64 AccountTableModel::passwordAgeDays(int row) const
{
    return daysSince(m_snapshot->data->accounts[std::size_t(row)].passwordChanged, m_snapshot->now());
}

TableModelBase::PreparedPtr AccountTableModel::prepare(const LoadedSnapshot& snapshot) const
{
    const SnapshotData& data = *snapshot.data;
    const std::size_t count = data.accounts.size();
    auto cache = std::make_shared<Cache>();
    cache->rowCount = int(count);
    cache->flags.resize(count);
    std::vector<quint16> tags(count, 0);
    cache->search.reserve(count, count * 96);
    for (std::size_t i = 0; i < count; ++i) {
        const Account& account = data.accounts[i];
        const quint32 identityIndex = snapshot.graph->identityOfAccount(quint32(i));
        const Identity* identity = identityIndex == AccessGraph::kNone ? nullptr : &data.identities[identityIndex];
        cache->flags[i] = accountFlags(account, identity, snapshot.now());
        tags[i] = searchTags(cache->flags[i]);
        cache->search.addRow({account.login, account.displayName, account.email,
                              identity ? QStringView(identity->department) : QStringView(),
                              identity ? QStringView(identity->displayName) : QStringView(), account.dn,
                              identity ? QStringView(identity->key) : QStringView()}); // the employee number
    }
    cache->search.setTags(std::move(tags));
    return cache;
}

QVariant AccountTableModel::displayData(int row, int column) const
{
    const Account& account = m_snapshot->data->accounts[std::size_t(row)];
    const AccessGraph& graph = *m_snapshot->graph;
    switch (Column(column)) {
    case Login:
        return account.login;
    case DisplayName:
        return account.displayName;
    case Kind:
        return DisplayFormat::accountKind(account.kind);
    case Owner: {
        const Identity* identity = identityOf(row);
        return identity ? identity->displayName : tr("No owner");
    }
    case Department: {
        const Identity* identity = identityOf(row);
        return identity ? identity->department : QString();
    }
    case Enabled:
        return account.enabled ? tr("Enabled") : tr("Disabled");
    case Locked:
        return account.locked ? tr("Locked") : QString();
    case LastLogon:
        return DisplayFormat::date(account.lastLogon);
    case PasswordAge: {
        const qint64 days = passwordAgeDays(row);
        return days < 0 ? tr("Unknown") : DisplayFormat::number(days);
    }
    case DirectEntitlements:
        return DisplayFormat::number(qint64(graph.directEntitlements(quint32(row)).size()));
    case EffectiveEntitlements:
        return DisplayFormat::number(qint64(graph.effectiveGrants(quint32(row)).size()));
    case Privileged:
        return graph.isPrivilegedAccount(quint32(row)) ? DisplayFormat::yesNo(true) : QString();
    case Flags:
        return accountFindingLabels(cache().flags[std::size_t(row)]).join(QStringLiteral(", "));
    case Email:
        return account.email;
    case Dn:
        return account.dn;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountTableModel::toolTipData(int row, int column) const
{
    const Account& account = m_snapshot->data->accounts[std::size_t(row)];
    if (column == LastLogon)
        return DisplayFormat::age(account.lastLogon, m_snapshot->now());
    if (column == Login || column == Flags)
        return flagsToolTip(cache().flags[std::size_t(row)]);
    if (column == Locked && account.locked)
        return tr("Locked since %1 after %n failed logons", nullptr, account.failedLogons)
            .arg(DisplayFormat::dateTime(account.lockedSince));
    return {};
}

int AccountTableModel::compareRows(int column, int left, int right) const
{
    const auto& rows = m_snapshot->data->accounts;
    const Account& a = rows[std::size_t(left)];
    const Account& b = rows[std::size_t(right)];
    const AccessGraph& graph = *m_snapshot->graph;
    switch (Column(column)) {
    case Login:
        return compareText(a.login, b.login);
    case DisplayName:
        return compareText(a.displayName, b.displayName);
    case Kind:
        return compareValues(int(a.kind), int(b.kind));
    case Owner:
    case Department:
        return compareText(displayData(left, column).toString(), displayData(right, column).toString());
    case Enabled:
        return compareValues(a.enabled, b.enabled);
    case Locked:
        return compareValues(a.locked, b.locked);
    case LastLogon:
        return compareValues(a.lastLogon, b.lastLogon);
    case PasswordAge:
        return compareValues(passwordAgeDays(left), passwordAgeDays(right));
    case DirectEntitlements:
        return compareValues(graph.directEntitlements(quint32(left)).size(),
                             graph.directEntitlements(quint32(right)).size());
    case EffectiveEntitlements:
        return compareValues(graph.effectiveGrants(quint32(left)).size(), graph.effectiveGrants(quint32(right)).size());
    case Privileged:
        return compareValues(graph.isPrivilegedAccount(quint32(left)), graph.isPrivilegedAccount(quint32(right)));
    case Flags:
        return compareValues(accountFlagsRank(cache().flags[std::size_t(left)]),
                             accountFlagsRank(cache().flags[std::size_t(right)]));
    case Email:
        return compareText(a.email, b.email);
    case Dn:
        return compareText(a.dn, b.dn);
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace attest
