#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace attest {

class Workspace;

// The end of a campaign from the console: close (the no-response policy applies to what is
// undecided), remediate through the source, sign off, export and verify the evidence. Each runs
// on a worker with its own workspace connection and reports once, in plain words.
class CampaignActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignActions)

public:
    explicit CampaignActions(QObject* parent = nullptr);

    void setCampaign(const QString& workspacePath, qint64 campaignId);
    bool isRunning() const { return m_running; }

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

    QString m_path;
    qint64 m_campaignId = 0;
    bool m_running = false;
};

} // namespace attest
