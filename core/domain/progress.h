#pragma once

#include <QString>

#include <functional>

namespace attest {

// Called from long work (possibly on a worker thread) with what is done so far; returning false
// asks the work to stop, which then undoes whatever it had started. total is -1 when unknown.
using ProgressFn = std::function<bool(qint64 done, qint64 total, const QString& stage)>;

inline bool reportProgress(const ProgressFn& fn, qint64 done, qint64 total, const QString& stage)
{
    return !fn || fn(done, total, stage);
}

} // namespace attest
