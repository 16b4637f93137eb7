#include "sodpolicy.h"

#include "audit/journal.h"
#include "domain/snapshot.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest::analysis {

namespace {

const QString kSetting = QStringLiteral("analysis.sod");

} // namespace

QString SodPolicy::toJson() const
{
    QJsonArray array;
    for (const SodRule& rule : rules) {
        array.append(QJsonObject{
            {QStringLiteral("name"), rule.name},
            {QStringLiteral("description"), rule.description},
            {QStringLiteral("entitlements"), QJsonArray::fromStringList(rule.entitlements)},
        });
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("rules"), array}}).toJson());
}

std::optional<SodPolicy> SodPolicy::fromJson(const QString& json, QString* error)
{
    std::optional<SodPolicy> policy = parseJson(json, error);
    if (policy && !validatePolicy(*policy, error))
        return std::nullopt;
    return policy;
}

std::optional<SodPolicy> SodPolicy::parseJson(const QString& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("rules")).isArray()) {
        *error = doc.isNull()
                     ? QCoreApplication::translate("Analysis", "The separation-of-duties policy is not valid JSON: %1")
                           .arg(parseError.errorString())
                     : QCoreApplication::translate(
                           "Analysis", "The separation-of-duties policy must be an object with a \"rules\" array.");
        return std::nullopt;
    }
    SodPolicy policy;
    int position = 0;
    for (const QJsonValue& value : doc.object().value(QStringLiteral("rules")).toArray()) {
        ++position;
        const QJsonObject o = value.toObject();
        SodRule rule;
        rule.name = o.value(QStringLiteral("name")).toString().trimmed();
        rule.description = o.value(QStringLiteral("description")).toString();
        for (const QJsonValue& e : o.value(QStringLiteral("entitlements")).toArray()) {
            const QString name = e.toString().trimmed();
            if (!name.isEmpty())
                rule.entitlements << name;
        }
        if (!value.isObject()) {
            *error =
                QCoreApplication::translate("Analysis", "Rule %1 of the separation-of-duties policy is not an object.")
                    .arg(position);
            return std::nullopt;
        }
        policy.rules.push_back(std::move(rule));
    }
    return policy;
}

bool validatePolicy(const SodPolicy& policy, QString* error, int* badRule)
{
    if (badRule)
        *badRule = -1;
    const auto bad = [&](std::size_t rule) {
        if (badRule)
            *badRule = int(rule);
        return false;
    };
    QSet<QString> names;
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const SodRule& rule = policy.rules[i];
        if (rule.name.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("Analysis", "Rule %1 of the separation-of-duties policy has no name.")
                         .arg(i + 1);
            return bad(i);
        }
        if (names.contains(rule.name.toCaseFolded())) {
            *error = QCoreApplication::translate("Analysis", "Two separation-of-duties rules are called “%1”.")
                         .arg(rule.name);
            return bad(i);
        }
        names.insert(rule.name.toCaseFolded());
        QSet<QString> distinct;
        for (const QString& e : rule.entitlements) {
            if (e.trimmed().isEmpty()) {
                *error = QCoreApplication::translate("Analysis",
                                                     "The separation-of-duties rule “%1” names an empty entitlement.")
                             .arg(rule.name);
                return bad(i);
            }
            distinct.insert(e.trimmed().toCaseFolded());
        }
        if (distinct.size() < 2) {
            *error = QCoreApplication::translate(
                         "Analysis",
                         "The separation-of-duties rule “%1” needs at least two different entitlements that must not "
                         "be held together.")
                         .arg(rule.name);
            return bad(i);
        }
    }
    return true;
}

SodRuleCheck resolveRule(const SnapshotData& data, const SodRule& rule)
{
    SodRuleCheck check;
    for (const QString& wanted : rule.entitlements) {
        quint32 found = 0xffffffffu;
        // Key first (exact), then DN and name, case-insensitively.
        for (std::size_t i = 0; i < data.entitlements.size() && found == 0xffffffffu; ++i) {
            if (data.entitlements[i].key == wanted)
                found = quint32(i);
        }
        for (std::size_t i = 0; i < data.entitlements.size() && found == 0xffffffffu; ++i) {
            const Entitlement& e = data.entitlements[i];
            if ((!e.dn.isEmpty() && e.dn.compare(wanted, Qt::CaseInsensitive) == 0) ||
                e.name.compare(wanted, Qt::CaseInsensitive) == 0)
                found = quint32(i);
        }
        if (found == 0xffffffffu)
            check.missing << wanted;
        else if (std::find(check.entitlements.begin(), check.entitlements.end(), found) == check.entitlements.end())
            check.entitlements.push_back(found);
    }
    return check;
}

SodPolicy loadSodPolicy(const Workspace& workspace, QString* error)
{
    const QString text = workspace.setting(kSetting);
    if (text.isEmpty())
        return {};
    QString problem;
    auto policy = SodPolicy::fromJson(text, &problem);
    if (!policy) {
        if (error)
            *error = QCoreApplication::translate(
                         "Analysis", "The separation-of-duties policy stored in the workspace cannot be read: %1")
                         .arg(problem);
        return {};
    }
    return *policy;
}

bool saveSodPolicy(Workspace& workspace, const SodPolicy& policy, QString* error)
{
    if (!validatePolicy(policy, error))
        return false;
    // The policy and its journal record: one transaction, both or neither.
    auto transaction = workspace.transaction(QStringLiteral("save the separation-of-duties policy"), error);
    if (!transaction)
        return false;
    const QString json = policy.toJson();
    if (!workspace.setSetting(kSetting, json, error))
        return false;
    QJsonArray names;
    for (const SodRule& rule : policy.rules)
        names.append(rule.name);
    return Journal::append(workspace,
                           Journal::newRecord(
                               QStringLiteral("analysis.sod.save"),
                               QCoreApplication::translate("Analysis", "Separation of duties"),
                               QJsonObject{{QStringLiteral("rules"), names},
                                           {QStringLiteral("policy"), QJsonDocument::fromJson(json.toUtf8()).object()}},
                               QStringLiteral("ok")),
                           error) &&
           transaction.commit(error);
}

} // namespace attest::analysis
