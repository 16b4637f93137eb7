#include "account.h"

namespace attest {

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::User:
        return QStringLiteral("user");
    case AccountKind::Admin:
        return QStringLiteral("admin");
    case AccountKind::Service:
        return QStringLiteral("service");
    }
    return QStringLiteral("user");
}

bool parseAccountKind(const QString& name, AccountKind* kind)
{
    for (AccountKind k : {AccountKind::User, AccountKind::Admin, AccountKind::Service}) {
        if (name == accountKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace attest
