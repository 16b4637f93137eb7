#pragma once

namespace attest::cli {

struct Invocation;

// `attest demo --workspace FILE [--identities N] [--seed S] [--as-of DATE] [--ldif FILE]`:
// generates the demo organisation into a new workspace, and optionally as LDIF for slapadd.
int runDemo(const Invocation& invocation);

} // namespace attest::cli
