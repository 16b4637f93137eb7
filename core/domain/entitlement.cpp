#include "entitlement.h"

namespace attest {

QString entitlementKindName(EntitlementKind kind)
{
    return kind == EntitlementKind::Role ? QStringLiteral("role") : QStringLiteral("group");
}

bool parseEntitlementKind(const QString& name, EntitlementKind* kind)
{
    if (name == QLatin1String("group")) {
        *kind = EntitlementKind::Group;
        return true;
    }
    if (name == QLatin1String("role")) {
        *kind = EntitlementKind::Role;
        return true;
    }
    return false;
}

} // namespace attest
