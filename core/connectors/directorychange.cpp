#include "directorychange.h"

#include "audit/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace attest {

QString DirectoryChange::action() const
{
    switch (kind) {
    case Kind::AddMember:
        return QStringLiteral("group.add-member");
    case Kind::RemoveMember:
        return QStringLiteral("group.remove-member");
    case Kind::Disable:
        return QStringLiteral("account.disable");
    case Kind::Enable:
        return QStringLiteral("account.enable");
    case Kind::Unlock:
        return QStringLiteral("account.unlock");
    case Kind::ResetPassword:
        return QStringLiteral("account.reset-password");
    }
    return {};
}

std::optional<DirectoryChange::Kind> DirectoryChange::kindOfAction(const QString& action)
{
    for (const Kind kind :
         {Kind::AddMember, Kind::RemoveMember, Kind::Disable, Kind::Enable, Kind::Unlock, Kind::ResetPassword}) {
        DirectoryChange change;
        change.kind = kind;
        if (change.action() == action)
            return kind;
    }
    return std::nullopt;
}

QString DirectoryChange::preview() const
{
    switch (kind) {
    case Kind::AddMember:
        return QCoreApplication::translate("DirectoryChange", "Add %1 to the group %2").arg(target, group);
    case Kind::RemoveMember:
        return QCoreApplication::translate("DirectoryChange", "Remove %1 from the group %2").arg(target, group);
    case Kind::Disable:
        return QCoreApplication::translate("DirectoryChange", "Disable %1 (it can no longer log on)").arg(target);
    case Kind::Enable:
        return QCoreApplication::translate("DirectoryChange", "Enable %1").arg(target);
    case Kind::Unlock:
        return QCoreApplication::translate("DirectoryChange", "Unlock %1 (clear the lockout after failed logons)")
            .arg(target);
    case Kind::ResetPassword:
        return mustChangePassword
                   ? QCoreApplication::translate("DirectoryChange",
                                                 "Reset the password of %1; it must be changed at the next logon")
                         .arg(target)
                   : QCoreApplication::translate("DirectoryChange", "Reset the password of %1").arg(target);
    }
    return {};
}

JournalRecord changeJournalRecord(const DirectoryChange& change, const ChangeOutcome& outcome, QJsonObject parameters)
{
    JournalRecord record;
    record.time = QDateTime::currentMSecsSinceEpoch();
    record.operatorName = Journal::currentOperator();
    record.action = change.action();
    record.target = change.target;
    if (!change.group.isEmpty())
        parameters.insert(QStringLiteral("group"), change.group);
    if (change.kind == DirectoryChange::Kind::ResetPassword)
        parameters.insert(QStringLiteral("mustChangePassword"), change.mustChangePassword);
    if (!change.callerChecks.isEmpty())
        parameters.insert(QStringLiteral("callerVerification"), QJsonArray::fromStringList(change.callerChecks));
    record.parameters = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    record.result = outcome.executed ? QStringLiteral("success") : QStringLiteral("failure: %1").arg(outcome.message);
    record.verification =
        outcome.verified
            ? outcome.verification
            : (outcome.executed ? QStringLiteral("NOT verified: %1").arg(outcome.verification) : QString());
    record.ticket = change.ticket;
    record.reason = change.reason;
    return record;
}

} // namespace attest
