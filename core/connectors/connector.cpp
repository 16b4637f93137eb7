#include "connector.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace attest {

Connector::~Connector() = default;

QString Connector::unsupported(const QString& what) const
{
    const QString reason = capabilities().unsupportedReason;
    return reason.isEmpty()
               ? QCoreApplication::translate("Connector", "%1 cannot %2").arg(displayName(), what)
               : QCoreApplication::translate("Connector", "%1 cannot %2: %3").arg(displayName(), what, reason);
}

std::optional<SnapshotData> Connector::read(const ProgressFn&, QStringList*, QString* error)
{
    *error = unsupported(QCoreApplication::translate("Connector", "be read"));
    return std::nullopt;
}

std::optional<qint64> Connector::readInto(Workspace& workspace, qint64 sourceId, const NewSource& newSource,
                                          const ProgressFn& progress, QStringList* warnings, SnapshotData* stored,
                                          QString* error)
{
    auto data = read(progress, warnings, error);
    if (!data)
        return std::nullopt;
    auto transaction = workspace.transaction(QStringLiteral("sync %1").arg(displayName()), error);
    if (!transaction)
        return std::nullopt;
    qint64 id = sourceId;
    if (id == 0) {
        const auto added = newSource ? newSource(error) : std::nullopt;
        if (!added)
            return std::nullopt;
        id = *added;
    }
    const auto snapshotId = workspace.importSnapshot(id, *data, progress, error);
    if (!snapshotId || !transaction.commit(error))
        return std::nullopt;
    if (stored)
        *stored = std::move(*data);
    return snapshotId;
}

qint64 Connector::importAuditLog(Workspace&, qint64, QString*)
{
    return 0;
}

bool Connector::refreshRights(Workspace&, qint64, QString*)
{
    return true;
}

std::optional<QString> Connector::resolveAccount(const QString& loginOrId, QString*)
{
    return loginOrId;
}

std::optional<QSet<QString>> Connector::readBack(const QString&, const QString&, QString* error)
{
    *error = unsupported(QCoreApplication::translate("Connector", "read access back"));
    return std::nullopt;
}

std::optional<Account> Connector::readAccount(const QString&, QString* error)
{
    *error = unsupported(QCoreApplication::translate("Connector", "read an account"));
    return std::nullopt;
}

std::optional<bool> Connector::isMember(const QString&, const QString&, QString* error)
{
    *error = unsupported(QCoreApplication::translate("Connector", "read group members"));
    return std::nullopt;
}

bool Connector::test(QStringList*, QString* error)
{
    *error = unsupported(QCoreApplication::translate("Connector", "be tested"));
    return false;
}

std::optional<QStringList> Connector::resolveInterrupted(Workspace&, const Ed25519Key&,
                                                         const std::vector<JournalRecord>& intents, QString* error)
{
    if (intents.empty())
        return QStringList();
    *error = unsupported(QCoreApplication::translate("Connector", "read back interrupted changes"));
    return std::nullopt;
}

void Connector::useWorkspace(Workspace*, qint64) {}

} // namespace attest
