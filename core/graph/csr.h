#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace attest::graphdetail {

// Compressed sparse rows: row r holds values[offsets[r] .. offsets[r + 1]). One allocation per
// array instead of one per node keeps 100,000-row adjacency cheap to build and to walk.
struct Csr
{
    std::vector<quint32> offsets; // rowCount + 1 entries
    std::vector<quint32> values;

    std::span<const quint32> row(quint32 r) const
    {
        return {values.data() + offsets[r], values.data() + offsets[r + 1]};
    }
};

// Builds rows from parallel (row, value) arrays. Two stable counting sorts (by value, then by row)
// leave every row ascending, so duplicates are adjacent and dropped; O(n + rows + values), no
// comparison sort. Every row and value must be in range.
Csr buildSortedCsr(quint32 rowCount, quint32 valueCount, std::span<const quint32> rows,
                   std::span<const quint32> values);

// For each value, the rows holding it, ascending (scanning rows in order keeps buckets sorted).
Csr transposeCsr(const Csr& csr, quint32 valueCount);

} // namespace attest::graphdetail
