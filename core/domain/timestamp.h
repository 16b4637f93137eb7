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
    // promise the Z form. And fast: exports write millions of these. Civil date from days after
    // H. Hinnant's algorithm (proleptic Gregorian).
    if (!hasTime(t))
        return {};
    const qint64 seconds = t >= 0 ? t / 1000 : -((-t + 999) / 1000);
    const qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return toDateTime(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    char buffer[21];
    const auto put = [&buffer](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    buffer[10] = 'T';
    put(11, secondOfDay / 3600, 2);
    buffer[13] = ':';
    put(14, secondOfDay / 60 % 60, 2);
    buffer[16] = ':';
    put(17, secondOfDay % 60, 2);
    buffer[19] = 'Z';
    buffer[20] = '\0';
    return QString::fromLatin1(buffer, 20);
}

// Whole days from t to now (never negative); -1 for kNoTime.
inline qint64 daysSince(Timestamp t, Timestamp now)
{
    if (!hasTime(t))
        return -1;
    return t >= now ? 0 : (now - t) / kMsPerDay;
}

} // namespace attest
