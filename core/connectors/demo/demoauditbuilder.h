#pragma once

#include "demomodel.h"

namespace attest::demo {

// Audit events of the last 90 days as a directory's own log would record them: logons and
// failures, password changes and resets, locks and unlocks, membership changes, disabled
// accounts. Changes the model really contains (recent grants, locks, disabled leavers) are
// logged at their times; routine activity fills the rest, capped at 50,000 events.
class AuditBuilder final
{
public:
    explicit AuditBuilder(const Model& model)
        : m_model(model)
    {}

    std::vector<AuditEvent> build() const;

    static constexpr int kMaxEvents = 50000;
    static constexpr int kWindowDays = 90;

private:
    const Model& m_model;
};

} // namespace attest::demo
