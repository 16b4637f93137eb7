#include "auditevent.h"

namespace attest {

QString auditOriginName(AuditOrigin origin)
{
    return origin == AuditOrigin::Journal ? QStringLiteral("journal") : QStringLiteral("directory");
}

} // namespace attest
