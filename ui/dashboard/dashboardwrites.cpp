#include "dashboardwrites.h"

#include "dashboardexport.h"

#include "analysis/analysis.h"
#include "app/command.h"
#include "app/session.h"
#include "store/workspace.h"

namespace attest {

DashboardWrites::DashboardWrites(QObject* parent)
    : QObject(parent)
    , m_write(new app::Command(this))
    , m_export(new app::Command(this, app::Command::Pool::Blocking))
{
    connect(m_write, &app::Command::finished, this, &DashboardWrites::writingChanged);
}

bool DashboardWrites::isWriting() const
{
    return m_write->isRunning();
}

bool DashboardWrites::isExporting() const
{
    return m_export->isRunning();
}

bool DashboardWrites::startWrite(std::shared_ptr<app::Session> session, Write write, Done done, QString* error)
{
    if (!session) {
        *error = tr("No workspace is open.");
        return false;
    }
    if (m_write->isRunning()) {
        *error = tr("Another change is still being written; try again when it is done.");
        return false;
    }
    m_write->start<Outcome>(
        [session = std::move(session), write = std::move(write)](const ProgressFn&) {
            Outcome outcome;
            auto ws = session->connect(&outcome.error);
            if (!ws)
                return outcome;
            return write(*ws);
        },
        [done = std::move(done)](Outcome outcome) {
            if (done)
                done(outcome);
        });
    Q_EMIT writingChanged();
    return true;
}

bool DashboardWrites::acceptExceptions(std::shared_ptr<app::Session> session,
                                       std::shared_ptr<const PersonResolver> people,
                                       app::AcceptExceptionsRequest request, Done done, QString* error)
{
    return startWrite(
        std::move(session),
        [request = std::move(request), people = std::move(people)](Workspace& ws) {
            const app::AcceptExceptionsResult result = app::acceptExceptions(ws, *people, request);
            return Outcome{result.ok, result.error, result.field, -1};
        },
        std::move(done), error);
}

bool DashboardWrites::withdrawException(std::shared_ptr<app::Session> session, app::WithdrawExceptionRequest request,
                                        Done done, QString* error)
{
    return startWrite(
        std::move(session),
        [request = std::move(request)](Workspace& ws) {
            const app::WithdrawExceptionResult result = app::withdrawException(ws, request);
            return Outcome{result.ok, result.error, analysis::ExceptionField::None, -1};
        },
        std::move(done), error);
}

bool DashboardWrites::saveSodPolicy(std::shared_ptr<app::Session> session, app::SaveSodPolicyRequest request, Done done,
                                    QString* error)
{
    return startWrite(
        std::move(session),
        [request = std::move(request)](Workspace& ws) {
            const app::SaveSodPolicyResult result = app::saveSodPolicy(ws, request);
            return Outcome{result.ok, result.error, analysis::ExceptionField::None, result.badRule};
        },
        std::move(done), error);
}

bool DashboardWrites::exportTo(std::shared_ptr<const analysis::Analysis> analysis, const QString& workspaceName,
                               const QString& path, const QString& format, Done done, QString* error)
{
    if (!analysis) {
        *error = tr("Nothing measured yet.");
        return false;
    }
    if (m_export->isRunning()) {
        *error = tr("An export is still being written; try again when it is done.");
        return false;
    }
    // The figures are shared read-only with the worker, which keeps them alive while it renders.
    m_export->start<Outcome>(
        [analysis = std::move(analysis), workspaceName, path, format](const ProgressFn&) {
            Outcome outcome;
            outcome.ok = exportDashboard(*analysis, workspaceName, path, format, &outcome.error);
            return outcome;
        },
        [done = std::move(done)](Outcome outcome) {
            if (done)
                done(outcome);
        });
    return true;
}

} // namespace attest
