#include "commandline.h"

namespace attest::cli {

bool isCommandLineInvocation(const QStringList& arguments)
{
    return arguments.size() > 1;
}

int run(const QStringList&)
{
    return 0;
}

} // namespace attest::cli
