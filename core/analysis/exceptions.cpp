#include "exceptions.h"

#include "measureid.h"

#include "audit/journal.h"
#include "domain/personresolver.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

bool acceptException(Workspace& workspace, AcceptedException exception, const PersonResolver& people, Timestamp now,
                     QString* error)
{
    QStringList missing;
    if (exception.reason.trimmed().isEmpty())
        missing << QCoreApplication::translate("Analysis", "a reason");
    if (exception.approver.trimmed().isEmpty())
        missing << QCoreApplication::translate("Analysis", "an approver");
    if (!hasTime(exception.expires))
        missing << QCoreApplication::translate("Analysis", "an expiry date");
    if (!missing.isEmpty()) {
        *error = QCoreApplication::translate("Analysis", "An accepted exception needs %1.")
                     .arg(missing.join(QCoreApplication::translate("Analysis", " and ")));
        return false;
    }
    if (exception.expires <= now) {
        *error = QCoreApplication::translate(
                     "Analysis",
                     "The expiry date %1 is not in the future: an exception that has already expired would accept "
                     "nothing.")
                     .arg(toIsoString(exception.expires).left(10));
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
    QString why;
    const quint32 approver = people.resolve(exception.approver, &why);
    if (approver == PersonResolver::kNone) {
        *error = QCoreApplication::translate("Analysis", "Approver: %1").arg(why);
        return false;
    }
    exception.approverKey = people.identity(approver).key;
    exception.approver = people.identity(approver).displayName;
    QString readError;
    std::vector<AcceptedException> list = loadExceptions(workspace, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (exception.acceptedBy.isEmpty())
        exception.acceptedBy = Journal::currentOperator();
    exception.acceptedAt = now;
    std::erase_if(list, [&](const AcceptedException& e) {
        return e.sourceId == exception.sourceId && e.measureId == exception.measureId &&
               e.subjectKey == exception.subjectKey;
    });
    list.push_back(exception);
    if (!store(workspace, list, error))
        return false;
    return journal(workspace, QStringLiteral("analysis.exception.accept"), exception, exception.reason, error);
}

bool withdrawException(Workspace& workspace, qint64 sourceId, const QString& measureId, const QString& subjectKey,
                       QString* error)
{
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
    return journal(workspace, QStringLiteral("analysis.exception.withdraw"), withdrawn, {}, error);
}

} // namespace attest::analysis
