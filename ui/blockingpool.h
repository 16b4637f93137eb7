#pragma once

class QThreadPool;

namespace attest {

// The pool for work that mostly waits — on a directory, the keychain, the network — so such
// work never occupies the global pool's few threads (one per core) that the CPU-bound work
// (loading, preparing panes, checking the journal) needs.
QThreadPool* blockingPool();

} // namespace attest
