#pragma once

namespace attest::cli {

struct Invocation;

// `attest sync --workspace FILE --url URL --base DN --bind-dn DN --password-file FILE
// [--ca-file FILE] [--starttls] [--allow-plaintext] [--source NAME]`: reads the directory into a
// new snapshot of that source, in one transaction; the workspace is unchanged on any failure.
int runSync(const Invocation& invocation);

} // namespace attest::cli
