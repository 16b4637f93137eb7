#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>
#include <QTimeZone>

#include <limits>

namespace attest {

// Times are milliseconds since the Unix epoch, UTC; kNoTime marks "never" or "unknown".
// A plain integer keeps 100,000-row tables compact and comparisons cheap.
using Timestamp = qint64;
inline constexpr Timestamp kNoTime = std::numeric_limits<qint64>::min();
inline constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

inline bool hasTime(Timestamp t)
{
    return t != kNoTime;
}

inline QDateTime toDateTime(Timestamp t)
{
    return hasTime(t) ? QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()) : QDateTime();
}

inline Timestamp fromDateTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : kNoTime;
}

// ISO 8601 in UTC with a trailing Z, or an empty string for kNoTime.
inline QString toIsoString(Timestamp t)
{
    // Written by hand: Qt's ISODate gives "+00:00" for a UTC time zone, and the files we write
    // promise the Z form.
    return hasTime(t) ? toDateTime(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z') : QString();
}

// Whole days from t to now (never negative); -1 for kNoTime.
inline qint64 daysSince(Timestamp t, Timestamp now)
{
    if (!hasTime(t))
        return -1;
    return t >= now ? 0 : (now - t) / kMsPerDay;
}

} // namespace attest
