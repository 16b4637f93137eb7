#pragma once

#include "analysis/exceptions.h"
#include "analysis/sodpolicy.h"
#include "domain/timestamp.h"

#include <QString>

#include <vector>

namespace attest {
class PersonResolver;
class Workspace;
} // namespace attest

// The dashboard's use cases, called by the console and the command line alike: accept findings as
// exceptions, withdraw one, save the separation-of-duties policy. Each validates (the rules live in
// core/analysis: checkExceptionEntry, validatePolicy), writes in one workspace transaction together
// with its journal record, and says what happened in a typed result; a refused request writes
// nothing.
namespace attest::app {

struct ExceptionFinding
{
    QString subjectKey;   // analysis::subjectKey() of the finding
    QString subjectLabel; // what it is called, for the list and the journal
};

struct AcceptExceptionsRequest
{
    qint64 sourceId = 0;
    QString measureId; // analysis::measureKey() of a measure with findings
    std::vector<ExceptionFinding> findings;
    QString reason;
    QString approver; // as typed: resolved to exactly one person of the snapshot
    Timestamp expires = kNoTime;
    Timestamp now = kNoTime; // kNoTime: the clock
};
struct AcceptExceptionsResult
{
    bool ok = false;
    QString error;
    // The field the error is about, for a dialog to put the focus there (None: not an entry's).
    analysis::ExceptionField field = analysis::ExceptionField::None;
    qint64 accepted = 0;
};
AcceptExceptionsResult acceptExceptions(Workspace& workspace, const PersonResolver& people,
                                        const AcceptExceptionsRequest& request);

struct WithdrawExceptionRequest
{
    qint64 sourceId = 0;
    QString measureId;
    QString subjectKey;
};
struct WithdrawExceptionResult
{
    bool ok = false;
    QString error;
};
WithdrawExceptionResult withdrawException(Workspace& workspace, const WithdrawExceptionRequest& request);

struct SaveSodPolicyRequest
{
    analysis::SodPolicy policy;
};
struct SaveSodPolicyResult
{
    bool ok = false;
    QString error;
    int badRule = -1; // the rule the error is about (-1: none in particular)
    qint64 rules = 0; // saved
};
SaveSodPolicyResult saveSodPolicy(Workspace& workspace, const SaveSodPolicyRequest& request);

} // namespace attest::app
