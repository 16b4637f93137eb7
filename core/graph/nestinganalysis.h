#pragma once

#include "csr.h"

#include <QtGlobal>

#include <vector>

namespace attest::graphdetail {

// What the nesting of groups looks like: its cycles and how deep it goes.
struct NestingAnalysis
{
    // Each strongly connected set of two or more entitlements (ascending), and each entitlement
    // that lists itself as a member ({e}); ordered by first index, then size.
    std::vector<std::vector<quint32>> cycles;
    // Longest chain of groups nested below each entitlement, a cycle counting as one group.
    std::vector<quint32> depth;
};

// children: for each entitlement, the entitlements nested in it (rows sorted ascending).
// Iterative Tarjan, so a chain of any depth or a cycle cannot exhaust the stack.
NestingAnalysis analyseNesting(const Csr& children);

} // namespace attest::graphdetail
