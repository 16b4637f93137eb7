#pragma once

#include "displayformat.h"

#include <QString>

namespace attest {

// A change as the dashboard shows it: "+12", "−3" as DisplayFormat writes negatives, "0".
inline QString signedNumber(qint64 value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + DisplayFormat::number(value);
}

} // namespace attest
