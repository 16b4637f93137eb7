#pragma once

#include "domain/timestamp.h"

#include <QDate>
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

// What someone types to accept a finding, checked before anything is written: the dialog checks
// it in accept() and the use case again inside its transaction, with this one function.
struct ExceptionEntry
{
    QString reason;
    QString approver; // as typed: a key, login, mail or name of one person (PersonResolver::resolve)
    Timestamp expires = kNoTime;
};
enum class ExceptionField
{
    None,
    Reason,
    Approver,
    Expiry,
};
struct ExceptionCheck
{
    ExceptionField field = ExceptionField::None; // the first field that is wrong
    QString error;
    quint32 approver = 0xffffffffu; // the resolved person (PersonResolver::kNone when wrong)
    bool ok() const { return field == ExceptionField::None; }
};
// An expiry given as a date means the end of that day (UTC), in the dialog and on the command line.
Timestamp expiryAtEndOf(QDate date);

// A reason is required and at most this long (it is journaled and printed in reports).
inline constexpr qsizetype kMaxExceptionReason = 2000;
// Reason and approver present, the reason not longer than kMaxExceptionReason, the expiry after
// now, the approver exactly one of `people`.
ExceptionCheck checkExceptionEntry(const ExceptionEntry& entry, const PersonResolver& people, Timestamp now);

std::vector<AcceptedException> loadExceptions(const Workspace& workspace, QString* error);
// Adds (or replaces the earlier exception for the same finding). Reason, approver and an expiry
// after now are required; anything missing is named in *error and nothing changes. The approver, as
// typed in exception.approver, must name exactly one of `people` (PersonResolver::resolve): their
// key and display name are stored.
// The list is written together with its journal record in one transaction (joined as a savepoint
// when the caller has one open).
bool acceptException(Workspace& workspace, AcceptedException exception, const PersonResolver& people, Timestamp now,
                     QString* error);
// The same for several findings at once, all or none: one read and one write of the list, one
// journal record per finding, one transaction. O(existing + findings).
bool acceptExceptions(Workspace& workspace, std::vector<AcceptedException> exceptions, const PersonResolver& people,
                      Timestamp now, QString* error);
// Withdraws an exception: the finding counts again at once.
bool withdrawException(Workspace& workspace, qint64 sourceId, const QString& measureId, const QString& subjectKey,
                       QString* error);

} // namespace analysis
} // namespace attest
