#include "campaignactions.h"

#include "app/campaigncases.h"
#include "app/command.h"
#include "app/session.h"

#include "app/remediation.h"
#include "review/campaignstate.h"
#include "review/closing.h"
#include "review/evidence.h"
#include "store/workspace.h"

namespace attest {

CampaignActions::CampaignActions(QObject* parent)
    : QObject(parent)
    // Remediation waits on a directory: the blocking pool, which the others share harmlessly.
    , m_command(new app::Command(this, app::Command::Pool::Blocking))
{
    // After the Command is done (isRunning() is false again): a listener may start the next action.
    connect(m_command, &app::Command::finished, this, [this] { Q_EMIT finished(m_result.first, m_result.second); });
}

void CampaignActions::setCampaign(std::shared_ptr<app::Session> session, qint64 campaignId)
{
    m_session = std::move(session);
    m_campaignId = campaignId;
}

bool CampaignActions::isRunning() const
{
    return m_command->isRunning();
}

void CampaignActions::run(Work work)
{
    if (m_command->isRunning() || m_campaignId <= 0 || !m_session)
        return;
    m_command->start<std::pair<bool, QString>>(
        [session = m_session, work = std::move(work)](const ProgressFn&) {
            QString message;
            auto workspace = session->connect(&message);
            if (!workspace)
                return std::make_pair(false, message);
            const bool ok = work(*workspace, &message);
            return std::make_pair(ok, message);
        },
        [this](std::pair<bool, QString> result) { m_result = std::move(result); });
}

void CampaignActions::close(const QString& by)
{
    run([id = m_campaignId, by](Workspace& workspace, QString* message) {
        auto loaded = review::load(workspace, id, message);
        if (!loaded)
            return false;
        const app::CloseCampaignResult closed = app::closeCampaign(workspace, loaded->state, {by, true});
        if (!closed.ok) {
            *message = closed.error;
            return false;
        }
        // Every change in the details (scrollable), never cut short: the plan was shown before.
        QStringList lines;
        for (const review::PlannedChange& change : closed.plan)
            lines << change.description();
        *message =
            tr("Campaign closed. %n change(s) planned to remove the revoked access", nullptr, int(closed.plan.size())) +
            (closed.conflicts > 0 ? tr("; %n conflict(s) left for a person", nullptr, int(closed.conflicts))
                                  : QString()) +
            QStringLiteral(".\n") + lines.join(QLatin1Char('\n'));
        return true;
    });
}

void CampaignActions::remediate(const QString& by, const QByteArray& ldapPassword)
{
    run([id = m_campaignId, by, ldapPassword](Workspace& workspace, QString* message) {
        app::RemediateRequest request;
        request.campaignId = id;
        request.by = by;
        request.secret = ldapPassword;
        const app::RemediateResult remediated = app::remediate(workspace, std::move(request));
        if (!remediated.ok) {
            *message = remediated.error;
            return false;
        }
        const review::RemediationResult* result = &remediated.remediation;
        *message = tr("Applied and verified %1, failed %2, left for a person %3, already done %4.%5")
                       .arg(result->applied)
                       .arg(result->failed)
                       .arg(result->manual)
                       .arg(result->skipped)
                       .arg(result->messages.isEmpty()
                                ? QString()
                                : QStringLiteral("\n") + result->messages.mid(0, 20).join(QLatin1Char('\n')));
        return result->failed == 0;
    });
}

void CampaignActions::signOff(const QString& by, const QString& statement)
{
    run([id = m_campaignId, by, statement](Workspace& workspace, QString* message) {
        const app::SignOffResult signedOff = app::signOff(workspace, id, {by, statement});
        if (!signedOff.ok) {
            *message = signedOff.error;
            return false;
        }
        *message = tr("Signed off by %1. The evidence exported from now on is final.").arg(by);
        return true;
    });
}

void CampaignActions::exportEvidence(const QString& folder)
{
    run([id = m_campaignId, folder](Workspace& workspace, QString* message) {
        const app::ExportEvidenceResult pack = app::exportEvidence(workspace, id, {folder});
        if (!pack.ok) {
            *message = pack.error;
            return false;
        }
        *message = tr("Evidence written to %1 (%2): %3")
                       .arg(folder, pack.signedOff ? tr("signed off") : tr("UNSIGNED: sign off first for a final pack"),
                            pack.files.join(QStringLiteral(", ")));
        return true;
    });
}

void CampaignActions::verifyEvidence(const QString& folder)
{
    run([folder](Workspace& workspace, QString* message) {
        const auto result = evidence::verifyPack(folder, &workspace);
        *message =
            result.intact
                ? tr("The evidence in %1 is intact: %2 files match the manifest, signed by %3.")
                      .arg(folder)
                      .arg(result.files)
                      .arg(result.trust)
                : tr("The evidence in %1 does NOT verify:\n%2").arg(folder, result.problems.join(QLatin1Char('\n')));
        return result.intact;
    });
}

} // namespace attest
