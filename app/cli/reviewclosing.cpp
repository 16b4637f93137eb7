#include "reviewclosing.h"

#include "clierror.h"

namespace attest::cli {

bool isReviewClosingCommand(const QString& name)
{
    static const QStringList names{QStringLiteral("close"), QStringLiteral("remediate"), QStringLiteral("sign-off"),
                                   QStringLiteral("export-evidence"), QStringLiteral("verify-evidence")};
    return names.contains(name);
}

int runReviewClosing(const QStringList& arguments)
{
    return fail(kExitUsage, QStringLiteral("review %1: not available in this build").arg(arguments.value(0)));
}

} // namespace attest::cli
