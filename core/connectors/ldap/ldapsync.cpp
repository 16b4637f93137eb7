#include "ldapsync.h"

#include "ldapconnection.h"
#include "ldapschema.h"
#include "openldapprofile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace attest {

std::optional<SnapshotData> readOpenLdapSnapshot(const LdapSettings& settings, const QByteArray& password,
                                                 const ProgressFn& progress, QStringList* warnings, QString* error)
{
    LdapConnection connection;
    if (!connection.open(settings, password, error))
        return std::nullopt;

    LdapEntry base;
    if (!connection.readEntry(settings.baseDn, {QStringLiteral("objectClass")}, &base, error)) {
        *error = QCoreApplication::translate("LdapSync", "The base DN %1 was not found on %2: %3")
                     .arg(settings.baseDn, settings.url, *error);
        return std::nullopt;
    }

    const Timestamp takenAt = QDateTime::currentMSecsSinceEpoch();
    if (!checkAttributeMapping(connection, settings.mapping, error))
        return std::nullopt;
    OpenLdapProfile profile(settings.mapping);
    const QString accountsStage = QCoreApplication::translate("LdapSync", "Reading accounts");
    if (!connection.search(
            settings.baseDn, OpenLdapProfile::accountFilter(settings.mapping),
            OpenLdapProfile::accountAttributes(settings.mapping),
            [&profile](LdapEntry&& entry) {
                profile.addAccount(entry);
                return true;
            },
            progress, accountsStage, error))
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
    data.info.label =
        QDateTime::fromMSecsSinceEpoch(takenAt, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString invalid;
    if (!data.validate(&invalid)) {
        *error = invalid;
        return std::nullopt;
    }
    return data;
}

} // namespace attest
