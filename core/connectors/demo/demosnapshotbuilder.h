#pragma once

#include "demomodel.h"

namespace attest::demo {

// Derives the state at one time from the model: who had been hired and had left by then, which
// accounts existed and which grants had been made, with logon and password times that are
// consistent with that time (never after it). Keys stay the same; indexes are per snapshot.
class SnapshotBuilder final
{
public:
    explicit SnapshotBuilder(const Model& model)
        : m_model(model)
    {}

    SnapshotData build(int ordinal, Timestamp takenAt) const;

    // "2026 Q3" for a time in July–September 2026 (UTC).
    static QString quarterLabel(Timestamp t);

private:
    void ageAccount(Account* account, std::size_t row, int ordinal, Timestamp takenAt) const;

    const Model& m_model;
};

} // namespace attest::demo
