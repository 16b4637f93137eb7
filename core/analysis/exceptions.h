#pragma once

#include "domain/timestamp.h"

#include <QString>

#include <optional>
#include <vector>

namespace attest {

class PersonResolver;
class Workspace;

namespace analysis {

// A finding someone has accepted: it leaves the counts until its expiry, then counts again. The
// list lives in the workspace (setting "analysis.exceptions", JSON) and every change is journaled.
struct AcceptedException
{
    qint64 sourceId = 0;
    QString measureId;    // Measure::id
    QString subjectKey;   // analysis::subjectKey() of the finding
    QString subjectLabel; // what it was called when accepted, for the list
    QString reason;
    QString approver;    // the approver's display name (as typed in older workspaces)
    QString approverKey; // their identity key (empty in older workspaces)
    Timestamp expires = kNoTime;
    QString acceptedBy;
    Timestamp acceptedAt = kNoTime;

    bool activeAt(Timestamp now) const { return hasTime(expires) && expires > now; }
};

std::vector<AcceptedException> loadExceptions(const Workspace& workspace, QString* error);
// Adds (or replaces the earlier exception for the same finding). Reason, approver and an expiry
// after now are required; anything missing is named in *error and nothing changes. The approver, as
// typed in exception.approver, must name exactly one of `people` (PersonResolver::resolve): their
// key and display name are stored.
bool acceptException(Workspace& workspace, AcceptedException exception, const PersonResolver& people, Timestamp now,
                     QString* error);
// Withdraws an exception: the finding counts again at once.
bool withdrawException(Workspace& workspace, qint64 sourceId, const QString& measureId, const QString& subjectKey,
                       QString* error);

} // namespace analysis
} // namespace attest
