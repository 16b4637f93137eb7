#include "displayformat.h"

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace attest::DisplayFormat {

QString date(Timestamp t)
{
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-dd"))
                      : QCoreApplication::translate("DisplayFormat", "Never");
}

QString dateTime(Timestamp t)
{
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                      : QCoreApplication::translate("DisplayFormat", "Never");
}

namespace {

QString ageInDays(qint64 d)
{
    if (d <= 0)
        return QCoreApplication::translate("DisplayFormat", "today");
    if (d < 60)
        return d == 1 ? QCoreApplication::translate("DisplayFormat", "yesterday")
                      : QCoreApplication::translate("DisplayFormat", "%1 days ago").arg(d);
    if (d < 730)
        return QCoreApplication::translate("DisplayFormat", "%1 months ago").arg(d / 30);
    return QCoreApplication::translate("DisplayFormat", "%1 years ago").arg(d / 365);
}

} // namespace

// Whole 24-hour periods (daysSince) would call last night "today" until 24 hours have passed;
// people count calendar days on their own clock, so the dates are compared in their time zone.
QString age(Timestamp t, Timestamp now)
{
    if (!hasTime(t))
        return QCoreApplication::translate("DisplayFormat", "never");
    const QDate then = QDateTime::fromMSecsSinceEpoch(t).date(); // local time
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    return ageInDays(then.daysTo(today));
}

QString age(Timestamp t, Timestamp now, const QTimeZone& zone)
{
    if (!hasTime(t))
        return QCoreApplication::translate("DisplayFormat", "never");
    const QDate then = QDateTime::fromMSecsSinceEpoch(t, zone).date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    return ageInDays(then.daysTo(today));
}

QString days(qint64 value)
{
    return value == 1 ? QCoreApplication::translate("DisplayFormat", "1 day")
                      : QCoreApplication::translate("DisplayFormat", "%1 days").arg(QLocale().toString(value));
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("DisplayFormat", "Yes")
                 : QCoreApplication::translate("DisplayFormat", "No");
}

QString identityStatus(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Active:
        return QCoreApplication::translate("DisplayFormat", "Active");
    case IdentityStatus::OnLeave:
        return QCoreApplication::translate("DisplayFormat", "On leave");
    case IdentityStatus::Left:
        return QCoreApplication::translate("DisplayFormat", "Left");
    }
    return {};
}

QString accountKind(AccountKind kind)
{
    switch (kind) {
    case AccountKind::User:
        return QCoreApplication::translate("DisplayFormat", "User");
    case AccountKind::Admin:
        return QCoreApplication::translate("DisplayFormat", "Admin");
    case AccountKind::Service:
        return QCoreApplication::translate("DisplayFormat", "Service");
    }
    return {};
}

QString entitlementKind(EntitlementKind kind)
{
    return kind == EntitlementKind::Role ? QCoreApplication::translate("DisplayFormat", "Role")
                                         : QCoreApplication::translate("DisplayFormat", "Group");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double value, int decimals)
{
    //: A percentage; %L1 is the number in the locale's digits (German: "%L1 %").
    return QCoreApplication::translate("DisplayFormat", "%L1%").arg(value, 0, 'f', decimals);
}

QString entitlementName(const SnapshotData& data, quint32 entitlement)
{
    return entitlement < data.entitlements.size() ? data.entitlements[entitlement].name : QString();
}

QString accessPath(const SnapshotData& data, const AccessGraph& graph, const AccessGraph::EffectiveGrant& grant)
{
    if (grant.depth == 0)
        return QCoreApplication::translate("DisplayFormat", "Direct");
    QStringList names;
    for (quint32 step : graph.via(grant))
        names << entitlementName(data, step);
    return QCoreApplication::translate("DisplayFormat", "via %1").arg(names.join(QStringLiteral(" → ")));
}

} // namespace attest::DisplayFormat
