#include "intentresolution.h"

#include "accessreadback.h"
#include "directorychange.h"
#include "ldapconnection.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace attest {

namespace {

QJsonObject parametersOf(const JournalRecord& record)
{
    return QJsonDocument::fromJson(record.parameters.toUtf8()).object();
}

QString normalisedUrl(QString url)
{
    url = url.trimmed().toLower();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// Whether a record after the intent names it (an outcome, or a resolution by someone else). Reads
// the journal once: linear in its length, for each open intent, and open intents are rare (each
// is a crash or a full disk between sending a change and recording it).
std::optional<bool> namedLater(Workspace& workspace, qint64 intentSequence, QString* error)
{
    bool named = false;
    const bool ok = workspace.forEachJournalRecord(
        [&named, intentSequence](const JournalRecord& r) {
            if (r.sequence > intentSequence && r.parameters.contains(Journal::kIntentParameter) &&
                parametersOf(r).value(Journal::kIntentParameter).toInteger() == intentSequence)
                named = true;
        },
        error);
    return ok ? std::optional<bool>(named) : std::nullopt;
}

} // namespace

QString IntentResolution::description() const
{
    const QString change = intent.action.endsWith(Journal::kIntentSuffix)
                               ? intent.action.chopped(Journal::kIntentSuffix.size())
                               : intent.action;
    const QString state = resolved && record ? intentOutcomeText(outcome)
                          : resolved         ? QCoreApplication::translate("IntentResolution", "already resolved")
                                             : QCoreApplication::translate("IntentResolution", "still open");
    return QCoreApplication::translate("IntentResolution", "record %1: %2 on %3: %4 (%5)")
        .arg(intent.sequence)
        .arg(change, intent.target, state, finding);
}

QString intentOutcomeText(IntentResolution::Outcome outcome)
{
    switch (outcome) {
    case IntentResolution::Outcome::Applied:
        return QCoreApplication::translate("IntentResolution", "applied");
    case IntentResolution::Outcome::NotApplied:
        return QCoreApplication::translate("IntentResolution", "not applied");
    case IntentResolution::Outcome::Unknown:
        return QCoreApplication::translate("IntentResolution",
                                           "unknown: the password may or may not have been changed; reset it again");
    }
    return {};
}

bool intentIsFor(const JournalRecord& intent, const QString& url)
{
    return normalisedUrl(parametersOf(intent).value(QStringLiteral("directory")).toString()) == normalisedUrl(url);
}

std::optional<IntentResolution::Outcome> readIntentOutcome(LdapConnection& connection, const JournalRecord& intent,
                                                           QString* finding, QString* error)
{
    using Kind = DirectoryChange::Kind;
    const std::optional<Kind> kind =
        intent.action.endsWith(Journal::kIntentSuffix)
            ? DirectoryChange::kindOfAction(intent.action.chopped(Journal::kIntentSuffix.size()))
            : std::nullopt;
    if (!kind) {
        *error = QCoreApplication::translate("IntentResolution", "record %1 is not the intent of a directory change")
                     .arg(intent.sequence);
        return std::nullopt;
    }
    if (*kind == Kind::ResetPassword) {
        // A password cannot be read back, and pwdChangedTime moves for any change by anyone.
        *finding = QCoreApplication::translate("IntentResolution", "a password cannot be read back from the directory");
        return IntentResolution::Outcome::Unknown;
    }
    LdapEntry entry;
    if (*kind == Kind::AddMember || *kind == Kind::RemoveMember) {
        const QString group = parametersOf(intent).value(QStringLiteral("group")).toString();
        if (!connection.readEntry(group, {QStringLiteral("member"), QStringLiteral("uniqueMember")}, &entry, error)) {
            *error =
                QCoreApplication::translate("IntentResolution", "the group %1 cannot be read: %2").arg(group, *error);
            return std::nullopt;
        }
        const bool present = groupHasMember(entry, intent.target);
        *finding =
            present
                ? QCoreApplication::translate("IntentResolution", "%1 is a member of %2").arg(intent.target, group)
                : QCoreApplication::translate("IntentResolution", "%1 is not a member of %2").arg(intent.target, group);
        return present == (*kind == Kind::AddMember) ? IntentResolution::Outcome::Applied
                                                     : IntentResolution::Outcome::NotApplied;
    }
    if (!connection.readEntry(intent.target, {QStringLiteral("pwdAccountLockedTime")}, &entry, error)) {
        *error = QCoreApplication::translate("IntentResolution", "%1 cannot be read: %2").arg(intent.target, *error);
        return std::nullopt;
    }
    const QByteArray lock = entry.first("pwdaccountlockedtime");
    *finding = lock.isEmpty() ? QCoreApplication::translate("IntentResolution", "no pwdAccountLockedTime")
                              : QCoreApplication::translate("IntentResolution", "pwdAccountLockedTime is %1")
                                    .arg(QString::fromUtf8(lock));
    const bool applied = *kind == Kind::Disable ? lock == QByteArray(kDisabledLockTime) : lock.isEmpty();
    return applied ? IntentResolution::Outcome::Applied : IntentResolution::Outcome::NotApplied;
}

std::vector<IntentResolution> resolveIntents(Workspace& workspace, const Ed25519Key& key, LdapConnection& connection,
                                             const LdapSettings& settings, const std::vector<JournalRecord>& intents)
{
    std::vector<IntentResolution> results;
    results.reserve(intents.size());
    for (const JournalRecord& intent : intents) {
        IntentResolution& r = results.emplace_back();
        r.intent = intent;
        if (!intentIsFor(intent, settings.url)) {
            r.finding = QCoreApplication::translate("IntentResolution",
                                                    "recorded for the directory %1: connect to it to resolve this")
                            .arg(parametersOf(intent).value(QStringLiteral("directory")).toString());
            continue;
        }
        QString error;
        const auto outcome = readIntentOutcome(connection, intent, &r.finding, &error);
        if (!outcome) {
            r.finding = error;
            continue;
        }
        r.outcome = *outcome;

        const Timestamp now = QDateTime::currentMSecsSinceEpoch();
        JournalRecord record;
        record.time = now;
        record.operatorName = Journal::currentOperator();
        record.bindIdentity = settings.bindDn;
        record.action = intent.action.chopped(Journal::kIntentSuffix.size()) + Journal::kResolutionSuffix;
        record.target = intent.target;
        QJsonObject parameters{{Journal::kIntentParameter, intent.sequence},
                               {QStringLiteral("directory"), settings.url},
                               {QStringLiteral("outcome"),
                                *outcome == IntentResolution::Outcome::Applied      ? QStringLiteral("applied")
                                : *outcome == IntentResolution::Outcome::NotApplied ? QStringLiteral("not applied")
                                                                                    : QStringLiteral("unknown")}};
        const QJsonObject intentParameters = parametersOf(intent);
        if (intentParameters.contains(QStringLiteral("group")))
            parameters.insert(QStringLiteral("group"), intentParameters.value(QStringLiteral("group")));
        record.parameters = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
        record.result = intentOutcomeText(*outcome);
        record.verification = r.finding;
        record.ticket = intent.ticket;
        record.reason =
            QCoreApplication::translate("IntentResolution", "resolved by read-back at %1 by %2")
                .arg(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).toString(Qt::ISODate), record.operatorName);

        // Still open? Asked inside the transaction that writes the answer: another process may
        // have resolved it, or recorded its outcome, meanwhile.
        auto transaction =
            workspace.transaction(QStringLiteral("resolve journal record %1").arg(intent.sequence), &error);
        const auto named = transaction ? namedLater(workspace, intent.sequence, &error) : std::nullopt;
        if (!named) {
            r.finding = QCoreApplication::translate("IntentResolution", "the journal cannot be read: %1").arg(error);
            continue;
        }
        if (*named) {
            r.resolved = true;
            r.finding = QCoreApplication::translate("IntentResolution", "a later record already names it");
            continue;
        }
        auto written = Journal::append(workspace, key, record, &error);
        if (!written || !transaction.commit(&error)) {
            r.finding =
                QCoreApplication::translate("IntentResolution", "the journal could not record it: %1").arg(error);
            continue;
        }
        r.resolved = true;
        r.record = std::move(written);
    }
    return results;
}

std::optional<std::vector<IntentResolution>> resolveOpenIntents(Workspace& workspace, const LdapSettings& settings,
                                                                const QByteArray& password, QString* error)
{
    const auto key = Journal::loadOrCreateKey(workspace, error);
    if (!key) {
        *error = QCoreApplication::translate("IntentResolution", "the journal cannot record anything: %1").arg(*error);
        return std::nullopt;
    }
    const auto records = workspace.journalRecords(error);
    if (!records)
        return std::nullopt;
    const std::vector<JournalRecord> open = Journal::unresolvedIntents(*records);
    // Intents recorded for other directories come back open, saying which directory they need.
    LdapConnection connection;
    if (std::any_of(open.cbegin(), open.cend(),
                    [&settings](const JournalRecord& intent) { return intentIsFor(intent, settings.url); }) &&
        !connection.open(settings, password, error))
        return std::nullopt;
    return resolveIntents(workspace, key.value(), connection, settings, open);
}

} // namespace attest
