#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace attest::app {
class Command;
class Session;
} // namespace attest::app

namespace attest {

class Workspace;

// The end of a campaign from the console: close (the no-response policy applies to what is
// undecided), remediate through the source, sign off, export and verify the evidence. Each runs
// through app::Command on a worker with its own connection of the session (close, sign-off and the
// export are core/app's use cases) and reports once, in plain words.
class CampaignActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignActions)

public:
    explicit CampaignActions(QObject* parent = nullptr);

    void setCampaign(std::shared_ptr<app::Session> session, qint64 campaignId);
    bool isRunning() const;

    void close(const QString& by);
    void remediate(const QString& by, const QByteArray& ldapPassword);
    void signOff(const QString& by, const QString& statement);
    void exportEvidence(const QString& folder);
    void verifyEvidence(const QString& folder);

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    using Work = std::function<bool(Workspace& workspace, QString* message)>;
    void run(Work work);

    std::shared_ptr<app::Session> m_session;
    qint64 m_campaignId = 0;
    app::Command* m_command;
    std::pair<bool, QString> m_result;
};

} // namespace attest
