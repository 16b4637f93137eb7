#include "generalizedtime.h"

#include <QDateTime>

namespace attest {

namespace {

bool digits(const QByteArray& s, qsizetype from, qsizetype count, int* out)
{
    if (from + count > s.size())
        return false;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

} // namespace

Timestamp parseGeneralizedTime(const QByteArray& value)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(value, 0, 4, &year) || !digits(value, 4, 2, &month) || !digits(value, 6, 2, &day) ||
        !digits(value, 8, 2, &hour))
        return kNoTime;
    qsizetype pos = 10;
    if (digits(value, pos, 2, &minute)) {
        pos += 2;
        if (digits(value, pos, 2, &second))
            pos += 2;
    }
    int millis = 0;
    if (pos < value.size() && (value[pos] == '.' || value[pos] == ',')) {
        ++pos;
        int scale = 100;
        while (pos < value.size() && value[pos] >= '0' && value[pos] <= '9') {
            millis += (value[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    int offsetSeconds = 0;
    if (pos < value.size() && value[pos] == 'Z') {
        ++pos;
    } else if (pos < value.size() && (value[pos] == '+' || value[pos] == '-')) {
        const int sign = value[pos] == '-' ? -1 : 1;
        int hh = 0, mm = 0;
        if (!digits(value, pos + 1, 2, &hh))
            return kNoTime;
        pos += 3;
        if (digits(value, pos, 2, &mm))
            pos += 2;
        offsetSeconds = sign * (hh * 3600 + mm * 60);
    } else {
        return kNoTime; // local time without a zone: refuse to guess
    }
    if (pos != value.size())
        return kNoTime;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second, millis);
    if (year < 1 || !date.isValid() || !time.isValid())
        return kNoTime;
    const QDateTime utc(date, time, QTimeZone::utc());
    return utc.toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
}

} // namespace attest
