#include "identity.h"

namespace attest {

QString identityStatusName(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Active:
        return QStringLiteral("active");
    case IdentityStatus::OnLeave:
        return QStringLiteral("on-leave");
    case IdentityStatus::Left:
        return QStringLiteral("left");
    }
    return QStringLiteral("active");
}

bool parseIdentityStatus(const QString& name, IdentityStatus* status)
{
    for (IdentityStatus s : {IdentityStatus::Active, IdentityStatus::OnLeave, IdentityStatus::Left}) {
        if (name == identityStatusName(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace attest
