#include "democonnector.h"

#include "audit/journal.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace attest {

namespace {

// The index of the account a change names (its key, DN or login), or -1.
qsizetype findAccount(const SnapshotData& data, const QString& target)
{
    const auto found = std::find_if(data.accounts.cbegin(), data.accounts.cend(), [&target](const Account& account) {
        return account.key == target || (!account.dn.isEmpty() && account.dn == target) || account.login == target;
    });
    return found == data.accounts.cend() ? -1 : qsizetype(found - data.accounts.cbegin());
}

qsizetype findEntitlement(const SnapshotData& data, const QString& group)
{
    const auto found = std::find_if(data.entitlements.cbegin(), data.entitlements.cend(), [&group](const auto& e) {
        return e.key == group || (!e.dn.isEmpty() && e.dn == group) || e.name == group;
    });
    return found == data.entitlements.cend() ? -1 : qsizetype(found - data.entitlements.cbegin());
}

bool hasMember(const SnapshotData& data, qsizetype entitlement, qsizetype account)
{
    return std::any_of(data.memberships.cbegin(), data.memberships.cend(), [&](const Membership& m) {
        return m.memberKind == MemberKind::Account && m.entitlement == quint32(entitlement) &&
               m.member == quint32(account);
    });
}

// Whether the account in `data` shows what the change intended; *state says what it shows.
bool shows(const SnapshotData& data, const DirectoryChange& change, Timestamp resetAt, QString* state)
{
    const qsizetype a = findAccount(data, change.target);
    if (a < 0) {
        *state = QCoreApplication::translate("DemoConnector", "the account is gone");
        return false;
    }
    const Account& account = data.accounts[std::size_t(a)];
    switch (change.kind) {
    case DirectoryChange::Kind::Disable:
        *state = account.enabled ? QCoreApplication::translate("DemoConnector", "enabled")
                                 : QCoreApplication::translate("DemoConnector", "disabled");
        return !account.enabled;
    case DirectoryChange::Kind::Enable:
        *state = account.enabled ? QCoreApplication::translate("DemoConnector", "enabled")
                                 : QCoreApplication::translate("DemoConnector", "disabled");
        return account.enabled;
    case DirectoryChange::Kind::Unlock:
        *state = account.locked ? QCoreApplication::translate("DemoConnector", "locked")
                                : QCoreApplication::translate("DemoConnector", "not locked");
        return !account.locked;
    case DirectoryChange::Kind::ResetPassword:
        *state = account.mustChangePassword
                     ? QCoreApplication::translate("DemoConnector", "password changed, must change at next logon")
                     : QCoreApplication::translate("DemoConnector", "password changed");
        return account.passwordChanged == resetAt && account.mustChangePassword == change.mustChangePassword;
    case DirectoryChange::Kind::AddMember:
    case DirectoryChange::Kind::RemoveMember: {
        const qsizetype e = findEntitlement(data, change.group);
        const bool member = e >= 0 && hasMember(data, e, a);
        *state = member ? QCoreApplication::translate("DemoConnector", "a member of the group")
                        : QCoreApplication::translate("DemoConnector", "not a member of the group");
        return member == (change.kind == DirectoryChange::Kind::AddMember);
    }
    }
    return false;
}

} // namespace

DemoConnector::DemoConnector(const QString& name)
    : m_name(name)
{}

QString DemoConnector::kind() const
{
    return QString::fromLatin1(kDemoConnectorKind);
}

ConnectorCapabilities DemoConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.changesAsSnapshots = true;
    capabilities.canReadAccount = true;
    for (const DirectoryChange::Kind kind : DirectoryChange::kAllKinds)
        capabilities.changes << kind;
    return capabilities;
}

void DemoConnector::useWorkspace(Workspace* workspace, qint64 sourceId)
{
    m_workspace = workspace;
    m_sourceId = sourceId;
}

std::optional<SnapshotData> DemoConnector::current(QString* error) const
{
    if (!m_workspace) {
        *error =
            QCoreApplication::translate("DemoConnector", "the demo organisation lives in a workspace; none is open");
        return std::nullopt;
    }
    const auto latest = m_workspace->latestSnapshot(m_sourceId);
    auto data = latest ? m_workspace->loadSnapshot(latest->id, {}, error) : std::nullopt;
    if (!latest)
        *error = QCoreApplication::translate("DemoConnector", "%1 has no snapshot to change").arg(m_name);
    return data;
}

std::optional<QString> DemoConnector::resolveAccount(const QString& loginOrKey, QString* error)
{
    const auto data = current(error);
    if (!data)
        return std::nullopt;
    const qsizetype a = findAccount(*data, loginOrKey);
    if (a < 0) {
        *error = QCoreApplication::translate("DemoConnector", "%1 has no account \"%2\"").arg(m_name, loginOrKey);
        return std::nullopt;
    }
    return data->accounts[std::size_t(a)].key;
}

// The demo's current state is its newest snapshot: loading it is linear in the source's size, once
// per account read.
std::optional<Account> DemoConnector::readAccount(const QString& account, QString* error)
{
    const auto data = current(error);
    if (!data)
        return std::nullopt;
    const qsizetype a = findAccount(*data, account);
    if (a < 0) {
        *error = QCoreApplication::translate("DemoConnector", "%1 has no account \"%2\"").arg(m_name, account);
        return std::nullopt;
    }
    return data->accounts[std::size_t(a)];
}

ChangeOutcome DemoConnector::apply(const DirectoryChange& change, const QByteArray&)
{
    // The demo keeps no passwords: a reset is recorded as the password's change time (and the
    // must-change flag), which is what the help desk's card and the analyses read.
    ChangeOutcome outcome;
    if (!m_workspace) {
        outcome.message = QCoreApplication::translate("DemoConnector", "Not changed: %1. No workspace is open.")
                              .arg(change.preview());
        return outcome;
    }
    QString error;
    const auto latest = m_workspace->latestSnapshot(m_sourceId);
    auto data = latest ? m_workspace->loadSnapshot(latest->id, {}, &error) : std::nullopt;
    if (!latest)
        error = QCoreApplication::translate("DemoConnector", "%1 has no snapshot to change").arg(m_name);
    if (!data) {
        outcome.message =
            QCoreApplication::translate("DemoConnector", "Not changed: %1. %2").arg(change.preview(), error);
        return outcome;
    }
    const qsizetype a = findAccount(*data, change.target);
    if (a < 0) {
        outcome.message = QCoreApplication::translate("DemoConnector", "Not changed: %1. %2 has no such account.")
                              .arg(change.preview(), m_name);
        return outcome;
    }
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    Account& account = data->accounts[std::size_t(a)];
    switch (change.kind) {
    case DirectoryChange::Kind::Disable:
        account.enabled = false;
        break;
    case DirectoryChange::Kind::Enable:
        account.enabled = true;
        break;
    case DirectoryChange::Kind::Unlock:
        account.locked = false;
        account.failedLogons = 0;
        account.lockedSince = kNoTime;
        break;
    case DirectoryChange::Kind::ResetPassword:
        account.passwordChanged = now;
        account.mustChangePassword = change.mustChangePassword;
        break;
    case DirectoryChange::Kind::AddMember:
    case DirectoryChange::Kind::RemoveMember: {
        const qsizetype e = findEntitlement(*data, change.group);
        if (e < 0) {
            outcome.message = QCoreApplication::translate("DemoConnector", "Not changed: %1. %2 has no such group.")
                                  .arg(change.preview(), m_name);
            return outcome;
        }
        const Membership membership{quint32(e), quint32(a), MemberKind::Account};
        if (change.kind == DirectoryChange::Kind::AddMember) {
            if (!hasMember(*data, e, a))
                data->memberships.push_back(membership);
        } else {
            std::erase(data->memberships, membership);
        }
        break;
    }
    }
    data->info.takenAt = now;
    data->info.label = QCoreApplication::translate("DemoConnector", "after %1").arg(change.action());
    auto transaction = m_workspace->transaction(QStringLiteral("demo %1").arg(change.action()), &error);
    const auto newId = transaction ? m_workspace->importSnapshot(m_sourceId, *data, {}, &error) : std::nullopt;
    if (!newId || !transaction.commit(&error)) {
        outcome.message =
            QCoreApplication::translate("DemoConnector", "Not changed: %1. %2").arg(change.preview(), error);
        return outcome;
    }
    outcome.executed = true;
    // Verify the outcome: read the new snapshot back from the workspace.
    const auto stored = m_workspace->loadSnapshot(*newId, {}, &error);
    QString state;
    outcome.verified = stored && shows(*stored, change, now, &state);
    outcome.verification =
        stored ? QCoreApplication::translate("DemoConnector", "read back from snapshot %1: %2").arg(*newId).arg(state)
               : error;
    outcome.message = outcome.verified
                          ? QCoreApplication::translate("DemoConnector", "Done and verified: %1 (demo snapshot %2).")
                                .arg(change.preview())
                                .arg(*newId)
                          : QCoreApplication::translate("DemoConnector", "Done but NOT verified: %1 (%2).")
                                .arg(change.preview(), outcome.verification);
    return outcome;
}

JournalRecord DemoConnector::journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const
{
    return changeJournalRecord(change, outcome, QJsonObject{{QStringLiteral("directory"), m_name}});
}

} // namespace attest
