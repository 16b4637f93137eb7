#include "intentcases.h"

#include "connectioncases.h"

#include "audit/journal.h"
#include "connectors/ldap/intentresolution.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace attest::app {

std::optional<IntentSource> sourceForIntents(const QList<SourceInfo>& sources,
                                             const std::vector<JournalRecord>& intents)
{
    for (const SourceInfo& source : sources) {
        const auto settings = savedConnectionSettings(source, nullptr);
        if (!settings)
            continue;
        for (const JournalRecord& intent : intents) {
            if (intentIsFor(intent, settings->url))
                return IntentSource{source, settings->url};
        }
    }
    return std::nullopt;
}

ResolveIntentsResult resolveInterruptedChanges(Workspace& workspace, ResolveIntentsRequest request)
{
    ResolveIntentsResult result;
    const auto wipe = qScopeGuard([&request] { request.secret.fill('\0'); });
    const std::optional<SourceInfo> source = workspace.source(request.sourceId);
    if (!source) {
        result.error =
            QCoreApplication::translate("IntentCases", "the workspace has no source %1").arg(request.sourceId);
        return result;
    }
    QString why;
    const auto settings = savedConnectionSettings(*source, &why);
    if (!settings) {
        result.error = why.isEmpty() ? QCoreApplication::translate("IntentCases", "%1 has no saved connection to its "
                                                                                  "directory")
                                           .arg(source->name)
                                     : QCoreApplication::translate("IntentCases",
                                                                   "the connection settings of %1 cannot be read: %2")
                                           .arg(source->name, why);
        return result;
    }
    // The same rule `attest journal resolve` runs: every open intent, those of this directory read.
    const auto resolutions = resolveOpenIntents(workspace, *settings, request.secret, &result.error);
    if (!resolutions)
        return result;
    for (const IntentResolution& resolution : *resolutions) {
        if (intentIsFor(resolution.intent, settings->url))
            result.lines << resolution.description();
    }
    const auto records = workspace.journalRecords(&result.error);
    if (!records)
        return result;
    result.stillOpen = Journal::unresolvedIntents(*records);
    result.error.clear();
    result.ok = true;
    return result;
}

} // namespace attest::app
