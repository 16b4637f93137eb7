#include "blockingpool.h"

#include <QThreadPool>

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

} // namespace attest
