#pragma once

namespace attest::cli {

struct Invocation;

// `attest journal verify --workspace FILE`: checks the journal's hash chain and signatures and
// names every changed, deleted, inserted, reordered or foreign-signed record. Exit 0 only when
// the journal is intact.
int runJournal(const Invocation& invocation);

} // namespace attest::cli
