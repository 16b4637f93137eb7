#pragma once

#include "domain/account.h"
#include "domain/entitlement.h"
#include "domain/identity.h"
#include "domain/timestamp.h"
#include "graph/accessgraph.h"

#include <QString>
#include <QTimeZone>

namespace attest {

struct SnapshotData;

// How the console words values, in one place so panes, detail views and tests agree.
namespace DisplayFormat {

QString date(Timestamp t);     // "2026-11-18", or "Never"
QString dateTime(Timestamp t); // "2026-11-18 14:03 UTC", or "Never"
// "today", "yesterday", "3 days ago", "2 years ago", "never": calendar days in the user's time
// zone (yesterday 21:00 is "yesterday" at 08:00 today), or in zone.
QString age(Timestamp t, Timestamp now);
QString age(Timestamp t, Timestamp now, const QTimeZone& zone);
QString days(qint64 days); // "%n days"
QString yesNo(bool value);
QString identityStatus(IdentityStatus status);
QString accountKind(AccountKind kind);
QString entitlementKind(EntitlementKind kind);
QString number(qint64 value); // with the locale's group separators
// "2.3%" in English, "2,3 %" in German: the locale's decimal mark, the language's spacing.
QString percent(double value, int decimals = 1);

// "Direct", or "via Engineering → VPN Users" for a nested grant.
QString accessPath(const SnapshotData& data, const AccessGraph& graph, const AccessGraph::EffectiveGrant& grant);
QString entitlementName(const SnapshotData& data, quint32 entitlement);

} // namespace DisplayFormat

} // namespace attest
