#pragma once

namespace attest::cli {

struct Invocation;

// `attest review close|remediate|sign-off|export-evidence|verify-evidence …`: the end of a
// campaign (no-response policy, remediation plan and its application, sign-off, evidence pack).
int runReviewClosing(const Invocation& invocation);

} // namespace attest::cli
