#include "pools.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace attest {

QThreadPool* blockingPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives until the application ends, like the global pool
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

QThreadPool* workPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives until the application ends, like the global pool
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setExpiryTimeout(60000);
        return p;
    }();
    return pool;
}

} // namespace attest
