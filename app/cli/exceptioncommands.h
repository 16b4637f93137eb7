#pragma once

namespace attest::cli {

struct Invocation;

// `attest exception list|accept|withdraw` and `attest sod show|set`: the dashboard's exception and
// separation-of-duties use cases (core/app/analysiscases.h) on the command line. Each write calls the
// very use case the dashboard calls, and a refusal prints the use case's own message.
int runException(const Invocation& invocation);
int runSod(const Invocation& invocation);

} // namespace attest::cli
