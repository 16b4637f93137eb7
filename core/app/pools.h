#pragma once

class QThreadPool;

namespace attest {

// The pool for work that mostly waits — on a directory, the keychain, the network — so such
// work never occupies the global pool's few threads (one per core) that the CPU-bound work
// (loading, preparing panes, checking the journal) needs.
QThreadPool* blockingPool();

// The pool for the console's long CPU work (opening a workspace, bulk decisions, building a
// campaign, measuring the dashboard). Not the global pool: Qt's raster painting borrows the global
// pool's threads and waits for them, so seconds of work there would stop the window painting.
QThreadPool* workPool();

} // namespace attest
