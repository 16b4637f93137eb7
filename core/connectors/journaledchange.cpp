#include "journaledchange.h"

#include "connector.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

std::optional<ChangeRun> applyJournaledChange(Workspace& workspace, const Ed25519Key& key, Connector& connector,
                                              const DirectoryChange& change, const QByteArray& newPassword,
                                              const QString& operatorName, QString* error)
{
    const auto recordFor = [&](const ChangeOutcome& outcome) {
        JournalRecord record = connector.journalRecordFor(change, outcome);
        if (!operatorName.isEmpty())
            record.operatorName = operatorName;
        return record;
    };
    ChangeRun run;
    run.change = change;
    JournalRecord intent = recordFor(ChangeOutcome());
    intent.action = change.action() + Journal::kIntentSuffix;
    intent.result = QStringLiteral("about to be sent");
    intent.verification.clear();
    run.intent = Journal::append(workspace, key, intent, error);
    if (!run.intent) {
        *error = QCoreApplication::translate("JournaledChange",
                                             "nothing was changed: the journal cannot record the change (%1)")
                     .arg(*error);
        return std::nullopt;
    }
    run.outcome = connector.apply(change, newPassword);
    JournalRecord outcome = recordFor(run.outcome);
    QJsonObject parameters = QJsonDocument::fromJson(outcome.parameters.toUtf8()).object();
    parameters.insert(Journal::kIntentParameter, run.intent->sequence);
    outcome.parameters = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    run.record = Journal::append(workspace, key, outcome, &run.journalError);
    return run;
}

} // namespace attest
