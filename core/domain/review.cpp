#include "review.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

QString recommendationName(Recommendation r)
{
    switch (r) {
    case Recommendation::Approve:
        return QStringLiteral("approve");
    case Recommendation::Revoke:
        return QStringLiteral("revoke");
    case Recommendation::None:
        break;
    }
    return QStringLiteral("none");
}

QString capacityName(DecisionCapacity c)
{
    switch (c) {
    case DecisionCapacity::Reviewer:
        return QStringLiteral("reviewer");
    case DecisionCapacity::Delegate:
        return QStringLiteral("delegate");
    case DecisionCapacity::OwnerOnBehalf:
        return QStringLiteral("owner-on-behalf");
    case DecisionCapacity::NoResponsePolicy:
        return QStringLiteral("no-response-policy");
    case DecisionCapacity::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString decisionName(Decision d)
{
    switch (d) {
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::Revoke:
        return QStringLiteral("revoke");
    case Decision::DontKnow:
        return QStringLiteral("dont-know");
    case Decision::None:
        break;
    }
    return {};
}

bool parseDecision(const QString& name, Decision* decision)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("approve") || n == QLatin1String("a"))
        *decision = Decision::Approve;
    else if (n == QLatin1String("revoke") || n == QLatin1String("r"))
        *decision = Decision::Revoke;
    else if (n == QLatin1String("dont-know") || n == QLatin1String("don't know") || n == QLatin1String("d"))
        *decision = Decision::DontKnow;
    else if (n.isEmpty())
        *decision = Decision::None;
    else
        return false;
    return true;
}

QString reviewerRuleName(ReviewerRule r)
{
    switch (r) {
    case ReviewerRule::EntitlementOwner:
        return QStringLiteral("owner");
    case ReviewerRule::Named:
        return QStringLiteral("named");
    case ReviewerRule::Manager:
        break;
    }
    return QStringLiteral("manager");
}

bool parseReviewerRule(const QString& name, ReviewerRule* rule)
{
    if (name == QLatin1String("manager"))
        *rule = ReviewerRule::Manager;
    else if (name == QLatin1String("owner"))
        *rule = ReviewerRule::EntitlementOwner;
    else if (name == QLatin1String("named"))
        *rule = ReviewerRule::Named;
    else
        return false;
    return true;
}

QString relationName(ReviewerRelation r)
{
    switch (r) {
    case ReviewerRelation::Manager:
        return QStringLiteral("manager");
    case ReviewerRelation::Owner:
        return QStringLiteral("owner");
    case ReviewerRelation::Named:
        return QStringLiteral("named");
    case ReviewerRelation::Delegate:
        return QStringLiteral("delegate");
    case ReviewerRelation::Fallback:
        break;
    }
    return QStringLiteral("fallback");
}

QString noResponseName(NoResponsePolicy p)
{
    switch (p) {
    case NoResponsePolicy::Revoke:
        return QStringLiteral("revoke");
    case NoResponsePolicy::FollowRecommendation:
        return QStringLiteral("follow-recommendation");
    case NoResponsePolicy::Keep:
        break;
    }
    return QStringLiteral("keep");
}

bool parseNoResponse(const QString& name, NoResponsePolicy* policy)
{
    if (name == QLatin1String("keep"))
        *policy = NoResponsePolicy::Keep;
    else if (name == QLatin1String("revoke"))
        *policy = NoResponsePolicy::Revoke;
    else if (name == QLatin1String("follow-recommendation"))
        *policy = NoResponsePolicy::FollowRecommendation;
    else
        return false;
    return true;
}

bool CampaignDefinition::validate(QString* error) const
{
    if (name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review", "the campaign needs a name");
        return false;
    }
    if (owner.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review", "the campaign needs an owner");
        return false;
    }
    if (fallbackReviewer.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review",
                                             "the campaign needs a fallback reviewer for items no one else can review");
        return false;
    }
    if (reviewerRule == ReviewerRule::Named && namedReviewers.isEmpty()) {
        *error = QCoreApplication::translate("Review", "the named-reviewer rule needs at least one reviewer");
        return false;
    }
    if (scope.entitlements == CampaignScope::Entitlements::Chosen && scope.entitlementKeys.isEmpty()) {
        *error = QCoreApplication::translate("Review", "no entitlements were chosen");
        return false;
    }
    if (scope.entitlements == CampaignScope::Entitlements::Filter && scope.entitlementFilter.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Review", "the entitlement filter is empty");
        return false;
    }
    for (const CampaignScope::Exclusion& exclusion : scope.exclusions) {
        if (exclusion.reason.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("Review", "every exclusion needs a reason (%1 %2 has none)")
                         .arg(exclusion.accountKey, exclusion.entitlementKey);
            return false;
        }
        if (exclusion.accountKey.isEmpty() && exclusion.entitlementKey.isEmpty()) {
            *error = QCoreApplication::translate("Review", "an exclusion must name an account or an entitlement");
            return false;
        }
    }
    if (staleDays < 1 || peerLowPercent < 0 || peerHighPercent > 100 || peerLowPercent > peerHighPercent) {
        *error = QCoreApplication::translate("Review", "the recommendation thresholds are out of range");
        return false;
    }
    return true;
}

QString CampaignDefinition::toJson() const
{
    QJsonArray exclusions;
    for (const CampaignScope::Exclusion& e : scope.exclusions)
        exclusions.append(QJsonObject{{QStringLiteral("account"), e.accountKey},
                                      {QStringLiteral("entitlement"), e.entitlementKey},
                                      {QStringLiteral("reason"), e.reason}});
    QJsonArray kinds;
    for (const AccountKind kind : scope.kinds)
        kinds.append(accountKindName(kind));
    static const char* const kScope[] = {"all", "privileged", "chosen", "filter"};
    const QJsonObject scopeObject{
        {QStringLiteral("entitlements"), QLatin1String(kScope[int(scope.entitlements)])},
        {QStringLiteral("entitlementKeys"), QJsonArray::fromStringList(scope.entitlementKeys)},
        {QStringLiteral("entitlementFilter"), scope.entitlementFilter},
        {QStringLiteral("departments"), QJsonArray::fromStringList(scope.departments)},
        {QStringLiteral("accountKinds"), kinds},
        {QStringLiteral("exclusions"), exclusions}};
    const QJsonObject object{{QStringLiteral("name"), name},
                             {QStringLiteral("owner"), owner},
                             {QStringLiteral("ownerName"), ownerName},
                             {QStringLiteral("description"), description},
                             {QStringLiteral("periodStart"), periodStart},
                             {QStringLiteral("periodEnd"), periodEnd},
                             {QStringLiteral("due"), due},
                             {QStringLiteral("snapshotId"), snapshotId},
                             {QStringLiteral("scope"), scopeObject},
                             {QStringLiteral("reviewerRule"), reviewerRuleName(reviewerRule)},
                             {QStringLiteral("namedReviewers"), QJsonArray::fromStringList(namedReviewers)},
                             {QStringLiteral("fallbackReviewer"), fallbackReviewer},
                             {QStringLiteral("fallbackReviewerName"), fallbackReviewerName},
                             {QStringLiteral("noResponse"), noResponseName(noResponse)},
                             {QStringLiteral("justifyRevoke"), justifyRevoke},
                             {QStringLiteral("justifyApprove"), justifyApprove},
                             {QStringLiteral("staleDays"), staleDays},
                             {QStringLiteral("peerLowPercent"), peerLowPercent},
                             {QStringLiteral("peerHighPercent"), peerHighPercent}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CampaignDefinition> CampaignDefinition::fromJson(const QString& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || o.isEmpty()) {
        *error = QCoreApplication::translate("Review", "the campaign definition is not readable JSON: %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const auto strings = [](const QJsonValue& v) {
        QStringList list;
        for (const QJsonValue& item : v.toArray())
            list << item.toString();
        return list;
    };
    CampaignDefinition d;
    d.name = o.value(QStringLiteral("name")).toString();
    d.owner = o.value(QStringLiteral("owner")).toString();
    d.ownerName = o.value(QStringLiteral("ownerName")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    d.periodStart = o.value(QStringLiteral("periodStart")).toInteger(kNoTime);
    d.periodEnd = o.value(QStringLiteral("periodEnd")).toInteger(kNoTime);
    d.due = o.value(QStringLiteral("due")).toInteger(kNoTime);
    d.snapshotId = o.value(QStringLiteral("snapshotId")).toInteger(0);
    const QJsonObject s = o.value(QStringLiteral("scope")).toObject();
    const QString entitlements = s.value(QStringLiteral("entitlements")).toString(QStringLiteral("all"));
    d.scope.entitlements = entitlements == QLatin1String("privileged") ? CampaignScope::Entitlements::Privileged
                           : entitlements == QLatin1String("chosen")   ? CampaignScope::Entitlements::Chosen
                           : entitlements == QLatin1String("filter")   ? CampaignScope::Entitlements::Filter
                                                                       : CampaignScope::Entitlements::All;
    d.scope.entitlementKeys = strings(s.value(QStringLiteral("entitlementKeys")));
    d.scope.entitlementFilter = s.value(QStringLiteral("entitlementFilter")).toString();
    d.scope.departments = strings(s.value(QStringLiteral("departments")));
    for (const QString& kind : strings(s.value(QStringLiteral("accountKinds")))) {
        AccountKind k;
        if (parseAccountKind(kind, &k))
            d.scope.kinds << k;
    }
    for (const QJsonValue& v : s.value(QStringLiteral("exclusions")).toArray()) {
        const QJsonObject e = v.toObject();
        d.scope.exclusions.append({e.value(QStringLiteral("account")).toString(),
                                   e.value(QStringLiteral("entitlement")).toString(),
                                   e.value(QStringLiteral("reason")).toString()});
    }
    if (!parseReviewerRule(o.value(QStringLiteral("reviewerRule")).toString(QStringLiteral("manager")),
                           &d.reviewerRule)) {
        *error = QCoreApplication::translate("Review", "unknown reviewer rule");
        return std::nullopt;
    }
    d.namedReviewers = strings(o.value(QStringLiteral("namedReviewers")));
    d.fallbackReviewer = o.value(QStringLiteral("fallbackReviewer")).toString();
    d.fallbackReviewerName = o.value(QStringLiteral("fallbackReviewerName")).toString();
    if (!parseNoResponse(o.value(QStringLiteral("noResponse")).toString(QStringLiteral("keep")), &d.noResponse)) {
        *error = QCoreApplication::translate("Review", "unknown no-response policy");
        return std::nullopt;
    }
    d.justifyRevoke = o.value(QStringLiteral("justifyRevoke")).toBool(true);
    d.justifyApprove = o.value(QStringLiteral("justifyApprove")).toBool(false);
    d.staleDays = o.value(QStringLiteral("staleDays")).toInt(90);
    d.peerLowPercent = o.value(QStringLiteral("peerLowPercent")).toInt(30);
    d.peerHighPercent = o.value(QStringLiteral("peerHighPercent")).toInt(70);
    return d;
}

} // namespace attest
