#pragma once

#include <QtGlobal>

#include <vector>

namespace attest {

// An effective grant: account holds entitlement, directly or through the groups in via.
// via runs from the account's direct group outward and excludes the entitlement itself;
// it is empty for a direct grant. Indexes refer to the snapshot's rows.
struct Grant
{
    quint32 account = 0;
    quint32 entitlement = 0;
    std::vector<quint32> via;

    bool isDirect() const { return via.empty(); }
};

} // namespace attest
