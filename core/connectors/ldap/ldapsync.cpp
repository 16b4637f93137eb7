#include "ldapsync.h"

#include "ldapconnection.h"
#include "ldapschema.h"
#include "openldapprofile.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

#include <atomic>
#include <future>

namespace attest {

namespace {

// Connects, checks the base and the mapping, and reads the accounts: what both entry points share.
bool readAccounts(LdapConnection& connection, const LdapSettings& settings, const QByteArray& password,
                  OpenLdapProfile& profile, const ProgressFn& progress, Timestamp* takenAt, QString* error)
{
    if (!connection.open(settings, password, error))
        return false;
    LdapEntry base;
    if (!connection.readEntry(settings.baseDn, {QStringLiteral("objectClass")}, &base, error)) {
        *error = QCoreApplication::translate("LdapSync", "The base DN %1 was not found on %2: %3")
                     .arg(settings.baseDn, settings.url, *error);
        return false;
    }
    *takenAt = QDateTime::currentMSecsSinceEpoch();
    if (!checkAttributeMapping(connection, settings.mapping, error))
        return false;
    const QString accountsStage = QCoreApplication::translate("LdapSync", "Reading accounts");
    return connection.search(
        settings.baseDn, OpenLdapProfile::accountFilter(settings.mapping),
        OpenLdapProfile::accountAttributes(settings.mapping),
        [&profile](LdapEntry&& entry) {
            profile.addAccount(entry);
            return true;
        },
        progress, accountsStage, error);
}

QString snapshotLabel(Timestamp takenAt)
{
    return QDateTime::fromMSecsSinceEpoch(takenAt, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

std::optional<SnapshotData> readOpenLdapSnapshot(const LdapSettings& settings, const QByteArray& password,
                                                 const ProgressFn& progress, QStringList* warnings, QString* error)
{
    LdapConnection connection;
    OpenLdapProfile profile(settings.mapping);
    Timestamp takenAt = kNoTime;
    if (!readAccounts(connection, settings, password, profile, progress, &takenAt, error))
        return std::nullopt;
    const QString groupsStage = QCoreApplication::translate("LdapSync", "Reading groups");
    if (!connection.search(
            settings.baseDn, OpenLdapProfile::groupFilter(), OpenLdapProfile::groupAttributes(),
            [&profile](LdapEntry&& entry) {
                profile.addGroup(entry);
                return true;
            },
            progress, groupsStage, error))
        return std::nullopt;
    connection.close();

    if (!reportProgress(progress, 0, -1, QCoreApplication::translate("LdapSync", "Resolving memberships"))) {
        *error = QCoreApplication::translate("LdapSync", "cancelled");
        return std::nullopt;
    }
    SnapshotData data = profile.finish(warnings);
    data.info.takenAt = takenAt;
    data.info.label = snapshotLabel(takenAt);
    QString invalid;
    if (!data.validate(&invalid)) {
        *error = invalid;
        return std::nullopt;
    }
    return data;
}

std::optional<qint64> syncOpenLdapSnapshot(const LdapSettings& settings, const QByteArray& password,
                                           Workspace& workspace, qint64 sourceId,
                                           const std::function<std::optional<qint64>(QString*)>& newSource,
                                           const ProgressFn& progress, QStringList* warnings, SnapshotData* stored,
                                           QString* error)
{
    LdapConnection connection;
    OpenLdapProfile profile(settings.mapping);
    Timestamp takenAt = kNoTime;
    if (!readAccounts(connection, settings, password, profile, progress, &takenAt, error))
        return std::nullopt;
    SnapshotData data;
    profile.finishAccounts(&data);
    data.info.takenAt = takenAt;
    data.info.label = snapshotLabel(takenAt);
    const auto snapshotId = workspace.beginSnapshotImport(sourceId, data.info, error, newSource);
    if (!snapshotId)
        return std::nullopt;

    // The groups (the bigger read: a million member values) arrive while this thread stores the
    // accounts. The reader owns the connection and the profile until it is done.
    const QString groupsStage = QCoreApplication::translate("LdapSync", "Reading groups");
    std::atomic<bool> stop{false};
    std::atomic<qint64> groupsRead{0};
    SnapshotData groups;
    QStringList groupWarnings;
    QString groupError;
    auto reader = std::async(std::launch::async, [&] {
        const bool ok = connection.search(
            settings.baseDn, OpenLdapProfile::groupFilter(), OpenLdapProfile::groupAttributes(),
            [&](LdapEntry&& entry) {
                profile.addGroup(entry);
                return !stop.load();
            },
            [&](qint64 done, qint64, const QString&) {
                groupsRead = done;
                return !stop.load();
            },
            groupsStage, &groupError);
        if (ok)
            profile.finishGroups(&groups, &groupWarnings);
        return ok;
    });
    // Declared after the future, so it runs first: any early return stops the reader, then the
    // future's destructor waits for it.
    auto stopReader = qScopeGuard([&stop] { stop = true; });

    if (!workspace.importSnapshotPart(*snapshotId, data, Workspace::SnapshotPart::IdentitiesAndAccounts, progress,
                                      error))
        return std::nullopt; // rolled back
    const auto cancelled = [&] {
        workspace.abortSnapshotImport();
        *error = QCoreApplication::translate("LdapSync", "cancelled");
        return std::nullopt;
    };
    while (reader.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (!reportProgress(progress, groupsRead.load(), -1, groupsStage))
            stop = true; // the reader abandons its search; cancelled below
    }
    if (!reader.get()) {
        if (stop.load())
            return cancelled();
        workspace.abortSnapshotImport();
        *error = groupError;
        return std::nullopt;
    }
    connection.close();
    if (!reportProgress(progress, 0, -1, QCoreApplication::translate("LdapSync", "Resolving memberships")))
        return cancelled();
    if (warnings)
        *warnings << groupWarnings;
    data.entitlements = std::move(groups.entitlements);
    data.memberships = std::move(groups.memberships);
    data.info.entitlementCount = qint64(data.entitlements.size());
    data.info.membershipCount = qint64(data.memberships.size());
    if (!workspace.importSnapshotPart(*snapshotId, data, Workspace::SnapshotPart::EntitlementsAndMemberships, progress,
                                      error) ||
        !workspace.finishSnapshotImport(*snapshotId, data, error))
        return std::nullopt;
    if (stored)
        *stored = std::move(data);
    return snapshotId;
}

} // namespace attest
