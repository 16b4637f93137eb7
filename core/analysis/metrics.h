#pragma once

#include "domain/snapshot.h"
#include "exceptions.h"
#include "measureid.h"
#include "sodpolicy.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace attest {

class AccessGraph;

// The sprawl and hygiene measures of one snapshot (issue 6): each a number with its definition
// and the list of rows behind it, so no count ever comes without the accounts or grants it counts.
namespace analysis {

inline constexpr quint32 kNoIndex = 0xffffffffu;

// What a finding is about. Indexes are rows of the measured snapshot.
struct Subject
{
    enum class Kind : quint8
    {
        Account,
        Identity,
        Entitlement,
        Grant, // first: the account, second: the entitlement
    };
    Kind kind = Kind::Account;
    quint32 first = 0;
    quint32 second = kNoIndex;

    friend bool operator==(const Subject&, const Subject&) = default;
};

struct Measure
{
    MeasureId id = MeasureId::PrivilegedAccounts;
    QString section;    // translated heading: "Stale accounts"
    QString title;      // translated: "Enabled accounts with no logon in 90 days"
    QString definition; // translated: how it is computed, shown next to it
    double value = 0;   // a count (subjects.size()), or a share in percent when unit is "%"
    QString unit;       // empty for counts, "%" for shares
    bool flagged = false;
    QString flagReason;               // why the figure is flagged (threshold and value)
    std::vector<Subject> subjects;    // the rows behind the number, accepted exceptions left out
    std::vector<Subject> excepted;    // findings left out by an accepted, unexpired exception
    std::vector<QString> subjectNote; // optional, parallel to subjects: a detail per row (path, score)

    QString key() const { return measureKey(id); } // stable, for files and settings: "stale.accounts"
};

struct Options
{
    Timestamp now = kNoTime; // kNoTime: the snapshot's time
    int staleDays = 90;
    int passwordOldDays = 365;
    int peerOutlierPercent = 10;         // held by fewer of the peers: an outlier grant
    int privilegedSharePercentFlag = 10; // flag the privileged share above this…
    int privilegedCountFlag = 50;        // …or above this many privileged accounts
    int heatMapEntitlements = 15;        // columns of the department × entitlement heat map
    int heatMapDepartments = 20;
    int topCount = 20;
};

struct Distribution
{
    std::vector<quint32> perRow; // value per identity (or per group for nesting depth)
    quint32 median = 0, p90 = 0, p99 = 0, max = 0;
    double mean = 0;
    // Histogram bins: [edges[i], edges[i + 1]) with counts[i] rows; the last bin is closed.
    std::vector<quint32> edges;
    std::vector<quint32> counts;
    // Rows of one bin, for the list behind a bar.
    std::vector<quint32> rowsInBin(std::size_t bin) const;
};

// Where access concentrates: identities of each department holding each of the most-held
// entitlements.
struct HeatMap
{
    QStringList departments;                 // rows
    std::vector<quint32> entitlements;       // columns (entitlement indexes)
    std::vector<quint32> departmentSize;     // identities per row
    std::vector<std::vector<quint32>> cells; // [row][column] identities holding it
    // Identities behind one cell.
    std::vector<quint32> identities(const SnapshotData& data, const AccessGraph& graph, std::size_t row,
                                    std::size_t column) const;
};

struct SodViolation
{
    int rule = 0;                // index into the policy's rules
    quint32 identity = kNoIndex; // kNoIndex for an account without identity
    quint32 account = kNoIndex;  // that account (orphans only)
    std::vector<Subject> grants; // each conflicting side: account + entitlement
    QStringList paths;           // how each side is granted ("direct" or "via A → B")
};

struct Metrics
{
    SnapshotInfo snapshot;
    Options options;
    std::vector<Measure> measures;
    Distribution directPerIdentity;
    Distribution effectivePerIdentity;
    Distribution nestingDepth;          // per entitlement with nested members or parents
    std::vector<quint32> topIdentities; // by effective entitlements, most first
    std::vector<double> outlierScore;   // per identity: sum over rare grants of how rare
    std::vector<quint32> topOutliers;   // identities by score, most first
    HeatMap heatMap;
    std::vector<SodViolation> sodViolations;   // before exceptions
    std::vector<SodRuleCheck> sodRules;        // each rule with what it resolved to
    std::vector<AcceptedException> exceptions; // all, with expired ones marked by expires <= now
    quint64 directGrants = 0;
    quint64 effectiveGrants = 0;
    quint64 inheritedGrants = 0; // effective grants that come through nesting
    quint32 enabledAccounts = 0;

    const Measure* measure(MeasureId id) const;
};

// Computes every measure. policy and exceptions come from the workspace (see exceptions.h and
// sodpolicy.h); exceptions of other sources are ignored. Multi-threaded where it pays; the
// inputs are read-only.
Metrics computeMetrics(const SnapshotData& data, const AccessGraph& graph, const SodPolicy& sod,
                       const std::vector<AcceptedException>& exceptions, const Options& options = {});

// A stable key of one subject for exceptions and files: the row's key in its source
// ("account-key", "identity-key", "entitlement-key", "account-key\x1fentitlement-key").
QString subjectKey(const SnapshotData& data, const Subject& subject);
// Plain words for people: "jdoe (Jane Doe)", "Domain Admins", "jdoe → Domain Admins".
QString subjectLabel(const SnapshotData& data, const Subject& subject);

} // namespace analysis
} // namespace attest
