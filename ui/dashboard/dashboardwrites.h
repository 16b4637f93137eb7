#pragma once

#include "analysis/exceptions.h"
#include "app/analysiscases.h"

#include <QObject>

#include <functional>
#include <memory>

namespace attest {

class PersonResolver;

namespace analysis {
struct Analysis;
}

namespace app {
class Command;
class Session;
} // namespace app

// Runs what the dashboard writes, off the GUI thread: the exception and separation-of-duties use
// cases (core/app/analysiscases.h, one at a time, each on a workspace connection of its own) and the
// export of the report or the measures to a file. The view composes each request from what is
// selected; this class starts it and hands the outcome to `done` on the GUI thread.
class DashboardWrites final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWrites)

public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        analysis::ExceptionField field = analysis::ExceptionField::None; // of an exception's entry
        int badRule = -1;                                                // of a policy
    };
    using Done = std::function<void(const Outcome&)>;

    explicit DashboardWrites(QObject* parent = nullptr);

    bool isWriting() const;   // a use case is running
    bool isExporting() const; // an export is running

    // Each returns false with *error when it cannot start (no workspace, another write running).
    bool acceptExceptions(std::shared_ptr<app::Session> session, std::shared_ptr<const PersonResolver> people,
                          app::AcceptExceptionsRequest request, Done done, QString* error);
    bool withdrawException(std::shared_ptr<app::Session> session, app::WithdrawExceptionRequest request, Done done,
                           QString* error);
    bool saveSodPolicy(std::shared_ptr<app::Session> session, app::SaveSodPolicyRequest request, Done done,
                       QString* error);
    // Renders "pdf", "csv" or "json" of `analysis` and writes it to path (replaced only when whole).
    bool exportTo(std::shared_ptr<const analysis::Analysis> analysis, const QString& workspaceName, const QString& path,
                  const QString& format, Done done, QString* error);

Q_SIGNALS:
    void writingChanged(); // a write started or finished

private:
    using Write = std::function<Outcome(Workspace&)>;
    bool startWrite(std::shared_ptr<app::Session> session, Write write, Done done, QString* error);

    app::Command* m_write;
    app::Command* m_export;
};

} // namespace attest
