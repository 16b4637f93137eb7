#pragma once

#include "domain/timestamp.h"

#include <QByteArray>

namespace attest {

// Parses LDAP GeneralizedTime (RFC 4517 §3.3.13): yyyyMMddHH[mm[ss]][(.|,)fraction](Z|±hh[mm]).
// Returns kNoTime for anything else, including OpenLDAP's 000001010000Z "disabled" marker.
Timestamp parseGeneralizedTime(const QByteArray& value);

} // namespace attest
