#include "accountcases.h"

#include "connectorregistry.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace attest::app {

namespace {

void readWith(Connector& connector, const QString& account, ReadAccountResult* result)
{
    result->account = connector.readAccount(account, &result->error);
    result->ok = result->account.has_value();
    if (result->ok)
        result->error.clear();
}

} // namespace

ReadAccountResult readAccountNow(Workspace& workspace, ReadAccountRequest request)
{
    ReadAccountResult result;
    const auto wipe = qScopeGuard([&request] { request.secret.fill('\0'); });
    const QString account = request.account.trimmed();
    if (account.isEmpty()) {
        result.error = QCoreApplication::translate("AccountCases", "no account was named");
        return result;
    }
    if (request.connection) {
        const auto connector =
            ConnectorRegistry::createLdap(request.connectionName, *request.connection, request.secret);
        readWith(*connector, account, &result);
        return result;
    }
    const std::optional<SourceInfo> source = workspace.source(request.sourceId);
    if (!source) {
        result.error =
            QCoreApplication::translate("AccountCases", "the workspace has no source %1").arg(request.sourceId);
        return result;
    }
    // Refused without connecting when the source's connector cannot read single accounts.
    const ConnectorCapabilities capabilities = ConnectorRegistry::capabilities(*source);
    if (!capabilities.canReadAccount) {
        result.error =
            capabilities.unsupportedReason.isEmpty()
                ? QCoreApplication::translate("AccountCases", "%1 cannot read an account now").arg(source->name)
                : capabilities.unsupportedReason;
        return result;
    }
    const auto connector = ConnectorRegistry::create(*source, request.secret, &result.error);
    if (!connector)
        return result;
    connector->useWorkspace(&workspace, source->id);
    readWith(*connector, account, &result);
    return result;
}

} // namespace attest::app
