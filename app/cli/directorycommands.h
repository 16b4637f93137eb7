#pragma once

namespace attest::cli {

struct Invocation;

// `attest group add-member|remove-member` and `attest account disable|enable|unlock|reset-password`:
// one change to a directory, previewed on stderr, executed, verified by reading the entry back
// and recorded in the workspace's journal whatever the outcome.
int runGroup(const Invocation& invocation);
int runAccount(const Invocation& invocation);
// attest account show: one account as the directory shows it now, as JSON.
int runAccountShow(const Invocation& invocation);

} // namespace attest::cli
