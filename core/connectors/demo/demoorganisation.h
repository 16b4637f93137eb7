#pragma once

#include "domain/auditevent.h"
#include "domain/progress.h"
#include "domain/snapshot.h"

#include <QString>

#include <optional>
#include <vector>

namespace attest {

// Parameters of the generated demo organisation. The same parameters always give the same
// organisation, on every platform (the generator uses its own PRNG and distributions).
struct DemoParameters
{
    int identities = 2000; // people; 1 … 1,000,000
    quint64 seed = 20260101;
    Timestamp asOf = kNoTime; // "now" of the newest snapshot; kNoTime: today at 00:00 UTC
    QString baseDn = QStringLiteral("dc=example,dc=com");
    QString sourceName = QStringLiteral("Example Corp directory (demo)");
};

// A deterministic, believable organisation: departments, titles, a manager hierarchy, groups per
// department and application nested up to depth 4 with one cycle, roles, a privileged tier with
// a few members who should not be there, ownerless service accounts, stale and never-logged-on
// accounts, leavers with enabled accounts, locked accounts, password ages, audit events, and four
// quarterly snapshots (oldest first) in which access grows.
struct DemoOrganisation
{
    std::vector<SnapshotData> snapshots; // four, oldest first; the last is "now"
    std::vector<AuditEvent> auditEvents; // sourceId 0; the caller sets it
};

class DemoGenerator final
{
public:
    explicit DemoGenerator(DemoParameters parameters);

    // nullopt if progress asks to cancel or the parameters are invalid (*error says which).
    std::optional<DemoOrganisation> generate(const ProgressFn& progress, QString* error) const;

    static bool validateParameters(const DemoParameters& parameters, QString* error);

private:
    DemoParameters m_parameters;
};

} // namespace attest
