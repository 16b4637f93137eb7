#pragma once

#include <QStringList>

namespace attest::cli {

// `attest demo --workspace FILE [--identities N] [--seed S] [--as-of DATE] [--ldif FILE]`:
// generates the demo organisation into a new workspace, and optionally as LDIF for slapadd.
int runDemo(const QStringList& arguments);

} // namespace attest::cli
