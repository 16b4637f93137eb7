#include "journaledchange.h"

#include "ldapconnection.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

std::optional<JournaledChange> applyJournaledChange(Workspace& workspace, const Ed25519Key& key,
                                                    LdapConnection& connection, const DirectoryChange& change,
                                                    const LdapSettings& settings, const QByteArray& newPassword,
                                                    QString* error)
{
    JournaledChange result;
    ChangeOutcome pending;
    JournalRecord intent = journalRecordFor(change, pending, settings);
    intent.action = change.action() + Journal::kIntentSuffix;
    intent.result = QStringLiteral("about to be sent");
    result.intent = Journal::append(workspace, key, intent, error);
    if (!result.intent) {
        *error = QCoreApplication::translate("JournaledChange",
                                             "nothing was changed: the journal cannot record the change (%1)")
                     .arg(*error);
        return std::nullopt;
    }
    result.outcome = applyDirectoryChange(connection, change, newPassword);
    JournalRecord outcome = journalRecordFor(change, result.outcome, settings);
    QJsonObject parameters = QJsonDocument::fromJson(outcome.parameters.toUtf8()).object();
    parameters.insert(Journal::kIntentParameter, result.intent->sequence);
    outcome.parameters = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    result.record = Journal::append(workspace, key, outcome, &result.journalError);
    return result;
}

} // namespace attest
