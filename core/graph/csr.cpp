#include "csr.h"

namespace attest::graphdetail {

namespace {

// Turns per-bucket counts (in offsets[1..n]) into start offsets.
void accumulate(std::vector<quint32>& offsets)
{
    for (std::size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
}

} // namespace

Csr buildSortedCsr(quint32 rowCount, quint32 valueCount, std::span<const quint32> rows, std::span<const quint32> values)
{
    Q_ASSERT(rows.size() == values.size());
    const std::size_t n = rows.size();

    // Pass 1: rows grouped by value, in input order.
    std::vector<quint32> byValueOffsets(std::size_t(valueCount) + 1, 0);
    for (quint32 v : values)
        ++byValueOffsets[v + 1];
    accumulate(byValueOffsets);
    std::vector<quint32> rowsByValue(n);
    {
        std::vector<quint32> cursor(byValueOffsets.begin(), byValueOffsets.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            rowsByValue[cursor[values[i]]++] = rows[i];
    }

    // Pass 2: scatter into rows, visiting values in ascending order so each row comes out sorted.
    Csr csr;
    csr.offsets.assign(std::size_t(rowCount) + 1, 0);
    for (quint32 r : rows)
        ++csr.offsets[r + 1];
    accumulate(csr.offsets);
    csr.values.resize(n);
    {
        std::vector<quint32> cursor(csr.offsets.begin(), csr.offsets.end() - 1);
        for (quint32 v = 0; v < valueCount; ++v) {
            for (quint32 i = byValueOffsets[v]; i < byValueOffsets[v + 1]; ++i)
                csr.values[cursor[rowsByValue[i]]++] = v;
        }
    }

    // Drop duplicate rows of the input (the same membership listed twice), compacting in place.
    quint32 write = 0;
    quint32 begin = 0;
    for (quint32 r = 0; r < rowCount; ++r) {
        const quint32 end = csr.offsets[r + 1];
        const quint32 rowStart = write;
        for (quint32 i = begin; i < end; ++i) {
            if (write == rowStart || csr.values[write - 1] != csr.values[i])
                csr.values[write++] = csr.values[i];
        }
        begin = end;
        csr.offsets[r + 1] = write;
    }
    csr.values.resize(write);
    csr.values.shrink_to_fit();
    return csr;
}

Csr transposeCsr(const Csr& csr, quint32 valueCount)
{
    Csr result;
    result.offsets.assign(std::size_t(valueCount) + 1, 0);
    for (quint32 v : csr.values)
        ++result.offsets[v + 1];
    accumulate(result.offsets);
    result.values.resize(csr.values.size());
    std::vector<quint32> cursor(result.offsets.begin(), result.offsets.end() - 1);
    const quint32 rowCount = quint32(csr.offsets.size() - 1);
    for (quint32 r = 0; r < rowCount; ++r) {
        for (quint32 v : csr.row(r))
            result.values[cursor[v]++] = r;
    }
    return result;
}

} // namespace attest::graphdetail
