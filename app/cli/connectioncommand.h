#pragma once

namespace attest::cli {

struct Invocation;

// `attest connection add|list|test|remove`: directory connections saved in the workspace
// (never their passwords).
int runConnection(const Invocation& invocation);

} // namespace attest::cli
