#include "displayformat.h"

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QLocale>

namespace attest::DisplayFormat {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("DisplayFormat", text, nullptr, n);
}
} // namespace

QString date(Timestamp t)
{
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-dd")) : tr("Never");
}

QString dateTime(Timestamp t)
{
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : tr("Never");
}

QString age(Timestamp t, Timestamp now)
{
    if (!hasTime(t))
        return tr("never");
    const qint64 d = daysSince(t, now);
    if (d == 0)
        return tr("today");
    if (d < 60)
        return tr("%n day(s) ago", int(d));
    if (d < 730)
        return tr("%n month(s) ago", int(d / 30));
    return tr("%n year(s) ago", int(d / 365));
}

QString days(qint64 value)
{
    return tr("%n day(s)", int(value));
}

QString yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString identityStatus(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Active:
        return tr("Active");
    case IdentityStatus::OnLeave:
        return tr("On leave");
    case IdentityStatus::Left:
        return tr("Left");
    }
    return {};
}

QString accountKind(AccountKind kind)
{
    switch (kind) {
    case AccountKind::User:
        return tr("User");
    case AccountKind::Admin:
        return tr("Admin");
    case AccountKind::Service:
        return tr("Service");
    }
    return {};
}

QString entitlementKind(EntitlementKind kind)
{
    return kind == EntitlementKind::Role ? tr("Role") : tr("Group");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString entitlementName(const SnapshotData& data, quint32 entitlement)
{
    return entitlement < data.entitlements.size() ? data.entitlements[entitlement].name : QString();
}

QString accessPath(const SnapshotData& data, const AccessGraph& graph, const AccessGraph::EffectiveGrant& grant)
{
    if (grant.depth == 0)
        return tr("Direct");
    QStringList names;
    for (quint32 step : graph.via(grant))
        names << entitlementName(data, step);
    return tr("via %1").arg(names.join(QStringLiteral(" → ")));
}

} // namespace attest::DisplayFormat
