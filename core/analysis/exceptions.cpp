#include "exceptions.h"

#include "measureid.h"

#include "audit/journal.h"
#include "domain/personresolver.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace attest::analysis {

namespace {

const QString kSetting = QStringLiteral("analysis.exceptions");

QJsonObject toJson(const AcceptedException& e)
{
    return QJsonObject{
        {QStringLiteral("source"), e.sourceId},         {QStringLiteral("measure"), e.measureId},
        {QStringLiteral("subject"), e.subjectKey},      {QStringLiteral("label"), e.subjectLabel},
        {QStringLiteral("reason"), e.reason},           {QStringLiteral("approver"), e.approver},
        {QStringLiteral("approverKey"), e.approverKey}, {QStringLiteral("expires"), toIsoString(e.expires)},
        {QStringLiteral("acceptedBy"), e.acceptedBy},   {QStringLiteral("acceptedAt"), toIsoString(e.acceptedAt)},
    };
}

Timestamp parseTime(const QJsonValue& value)
{
    return fromDateTime(QDateTime::fromString(value.toString(), Qt::ISODate));
}

bool store(Workspace& workspace, const std::vector<AcceptedException>& list, QString* error)
{
    QJsonArray array;
    for (const AcceptedException& e : list)
        array.append(toJson(e));
    return workspace.setSetting(kSetting, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)),
                                error);
}

bool journal(Workspace& workspace, const QString& action, const AcceptedException& e, const QString& reason,
             QString* error)
{
    QJsonObject parameters = toJson(e);
    parameters.remove(QStringLiteral("label"));
    return Journal::append(workspace,
                           Journal::newRecord(action, e.measureId + QLatin1Char(' ') + e.subjectLabel, parameters,
                                              QStringLiteral("ok"), reason),
                           error);
}

} // namespace

std::vector<AcceptedException> loadExceptions(const Workspace& workspace, QString* error)
{
    std::vector<AcceptedException> list;
    const QString text = workspace.setting(kSetting);
    if (text.isEmpty())
        return list;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Analysis",
                         "The accepted exceptions stored in the workspace cannot be read (%1); none are applied.")
                         .arg(parseError.errorString());
        return list;
    }
    for (const QJsonValue& value : doc.array()) {
        const QJsonObject o = value.toObject();
        AcceptedException e;
        e.sourceId = o.value(QStringLiteral("source")).toInteger();
        e.measureId = o.value(QStringLiteral("measure")).toString();
        e.subjectKey = o.value(QStringLiteral("subject")).toString();
        e.subjectLabel = o.value(QStringLiteral("label")).toString();
        e.reason = o.value(QStringLiteral("reason")).toString();
        e.approver = o.value(QStringLiteral("approver")).toString();
        e.approverKey = o.value(QStringLiteral("approverKey")).toString();
        e.expires = parseTime(o.value(QStringLiteral("expires")));
        e.acceptedBy = o.value(QStringLiteral("acceptedBy")).toString();
        e.acceptedAt = parseTime(o.value(QStringLiteral("acceptedAt")));
        if (e.measureId.isEmpty() || e.subjectKey.isEmpty())
            continue;
        list.push_back(std::move(e));
    }
    return list;
}

Timestamp expiryAtEndOf(QDate date)
{
    return date.isValid() ? fromDateTime(QDateTime(date, QTime(23, 59, 59), QTimeZone::utc())) : kNoTime;
}

ExceptionCheck checkExceptionEntry(const ExceptionEntry& entry, const PersonResolver& people, Timestamp now)
{
    ExceptionCheck check;
    const auto fail = [&](ExceptionField field, const QString& error) {
        check.field = field;
        check.error = error;
        check.approver = PersonResolver::kNone;
        return check;
    };
    QStringList missing;
    ExceptionField first = ExceptionField::None;
    const auto need = [&](bool present, ExceptionField field, const QString& what) {
        if (present)
            return;
        missing << what;
        if (first == ExceptionField::None)
            first = field;
    };
    need(!entry.reason.trimmed().isEmpty(), ExceptionField::Reason,
         QCoreApplication::translate("Analysis", "a reason"));
    need(!entry.approver.trimmed().isEmpty(), ExceptionField::Approver,
         QCoreApplication::translate("Analysis", "an approver"));
    need(hasTime(entry.expires), ExceptionField::Expiry, QCoreApplication::translate("Analysis", "an expiry date"));
    if (!missing.isEmpty())
        return fail(first, QCoreApplication::translate("Analysis", "An accepted exception needs %1.")
                               .arg(missing.join(QCoreApplication::translate("Analysis", " and "))));
    if (entry.reason.trimmed().size() > kMaxExceptionReason)
        return fail(ExceptionField::Reason,
                    QCoreApplication::translate("Analysis", "The reason is %1 characters long; at most %2 are kept.")
                        .arg(entry.reason.trimmed().size())
                        .arg(kMaxExceptionReason));
    if (entry.expires <= now)
        return fail(ExceptionField::Expiry,
                    QCoreApplication::translate(
                        "Analysis",
                        "The expiry date %1 is not in the future: an exception that has already expired would accept "
                        "nothing.")
                        .arg(toIsoString(entry.expires).left(10)));
    QString why;
    const quint32 approver = people.resolve(entry.approver.trimmed(), &why);
    if (approver == PersonResolver::kNone)
        return fail(ExceptionField::Approver, QCoreApplication::translate("Analysis", "Approver: %1").arg(why));
    check.approver = approver;
    return check;
}

bool acceptException(Workspace& workspace, AcceptedException exception, const PersonResolver& people, Timestamp now,
                     QString* error)
{
    return acceptExceptions(workspace, {std::move(exception)}, people, now, error);
}

bool acceptExceptions(Workspace& workspace, std::vector<AcceptedException> exceptions, const PersonResolver& people,
                      Timestamp now, QString* error)
{
    if (exceptions.empty()) {
        *error = QCoreApplication::translate("Analysis", "No finding was chosen to accept.");
        return false;
    }
    for (AcceptedException& exception : exceptions) {
        const ExceptionCheck check =
            checkExceptionEntry({exception.reason, exception.approver, exception.expires}, people, now);
        if (!check.ok()) {
            *error = check.error;
            return false;
        }
        if (exception.measureId.isEmpty() || exception.subjectKey.isEmpty()) {
            *error = QCoreApplication::translate("Analysis", "The exception does not name a finding.");
            return false;
        }
        if (const std::optional<MeasureId> measure = measureFromKey(exception.measureId);
            !measure || !measureInfo(*measure).hasList) {
            *error = QCoreApplication::translate("Analysis", "No measure with findings is called “%1”.")
                         .arg(exception.measureId);
            return false;
        }
        exception.reason = exception.reason.trimmed();
        exception.approverKey = people.identity(check.approver).key;
        exception.approver = people.identity(check.approver).displayName;
        if (exception.acceptedBy.isEmpty())
            exception.acceptedBy = Journal::currentOperator();
        exception.acceptedAt = now;
    }
    // The list is read inside the transaction that writes it: an exception another console
    // accepted meanwhile is kept.
    auto transaction = workspace.transaction(QStringLiteral("accept exceptions"), error);
    if (!transaction)
        return false;
    QString readError;
    std::vector<AcceptedException> list = loadExceptions(workspace, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const auto findingOf = [](const AcceptedException& e) {
        return QString::number(e.sourceId) + QChar(0) + e.measureId + QChar(0) + e.subjectKey;
    };
    QSet<QString> replaced;
    for (const AcceptedException& e : exceptions)
        replaced.insert(findingOf(e));
    std::erase_if(list, [&](const AcceptedException& e) { return replaced.contains(findingOf(e)); });
    for (const AcceptedException& e : exceptions) {
        if (replaced.remove(findingOf(e))) // the same finding twice in one request: kept once
            list.push_back(e);
    }
    if (!store(workspace, list, error))
        return false;
    for (const AcceptedException& e : exceptions) {
        if (!journal(workspace, QStringLiteral("analysis.exception.accept"), e, e.reason, error))
            return false;
    }
    return transaction.commit(error);
}

bool withdrawException(Workspace& workspace, qint64 sourceId, const QString& measureId, const QString& subjectKey,
                       QString* error)
{
    auto transaction = workspace.transaction(QStringLiteral("withdraw an exception"), error);
    if (!transaction)
        return false;
    QString readError;
    std::vector<AcceptedException> list = loadExceptions(workspace, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const auto it = std::find_if(list.begin(), list.end(), [&](const AcceptedException& e) {
        return e.sourceId == sourceId && e.measureId == measureId && e.subjectKey == subjectKey;
    });
    if (it == list.end()) {
        *error = QCoreApplication::translate("Analysis", "There is no accepted exception for that finding.");
        return false;
    }
    const AcceptedException withdrawn = *it;
    list.erase(it);
    if (!store(workspace, list, error))
        return false;
    return journal(workspace, QStringLiteral("analysis.exception.withdraw"), withdrawn, {}, error) &&
           transaction.commit(error);
}

} // namespace attest::analysis
