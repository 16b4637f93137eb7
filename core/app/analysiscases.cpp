#include "analysiscases.h"

#include "store/workspace.h"

#include <QDateTime>

namespace attest::app {

AcceptExceptionsResult acceptExceptions(Workspace& workspace, const PersonResolver& people,
                                        const AcceptExceptionsRequest& request)
{
    AcceptExceptionsResult result;
    const Timestamp now = hasTime(request.now) ? request.now : QDateTime::currentMSecsSinceEpoch();
    // The entry is checked first on its own, so that a refusal names the field to correct.
    const analysis::ExceptionCheck check =
        analysis::checkExceptionEntry({request.reason, request.approver, request.expires}, people, now);
    if (!check.ok()) {
        result.error = check.error;
        result.field = check.field;
        return result;
    }
    std::vector<analysis::AcceptedException> exceptions;
    exceptions.reserve(request.findings.size());
    for (const ExceptionFinding& finding : request.findings) {
        analysis::AcceptedException e;
        e.sourceId = request.sourceId;
        e.measureId = request.measureId;
        e.subjectKey = finding.subjectKey;
        e.subjectLabel = finding.subjectLabel;
        e.reason = request.reason;
        e.approver = request.approver;
        e.expires = request.expires;
        exceptions.push_back(std::move(e));
    }
    result.ok = analysis::acceptExceptions(workspace, std::move(exceptions), people, now, &result.error);
    if (result.ok)
        result.accepted = qint64(request.findings.size());
    return result;
}

WithdrawExceptionResult withdrawException(Workspace& workspace, const WithdrawExceptionRequest& request)
{
    WithdrawExceptionResult result;
    result.ok =
        analysis::withdrawException(workspace, request.sourceId, request.measureId, request.subjectKey, &result.error);
    return result;
}

SaveSodPolicyResult saveSodPolicy(Workspace& workspace, const SaveSodPolicyRequest& request)
{
    SaveSodPolicyResult result;
    if (!analysis::validatePolicy(request.policy, &result.error, &result.badRule))
        return result;
    result.ok = analysis::saveSodPolicy(workspace, request.policy, &result.error);
    if (result.ok)
        result.rules = qint64(request.policy.rules.size());
    return result;
}

} // namespace attest::app
