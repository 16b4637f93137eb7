#include "campaignactions.h"

#include "app/pools.h"

#include "app/remediation.h"
#include "review/closing.h"
#include "review/evidence.h"
#include "store/workspace.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace attest {

CampaignActions::CampaignActions(QObject* parent)
    : QObject(parent)
{}

void CampaignActions::setCampaign(const QString& workspacePath, qint64 campaignId)
{
    m_path = workspacePath;
    m_campaignId = campaignId;
}

void CampaignActions::run(Work work)
{
    if (m_running || m_campaignId <= 0)
        return;
    m_running = true;
    auto* watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const auto result = watcher->result();
        Q_EMIT finished(result.first, result.second);
    });
    watcher->setFuture(QtConcurrent::run(workPool(), [path = m_path, work = std::move(work)] {
        QString message;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &message);
        if (!workspace)
            return std::make_pair(false, message);
        const bool ok = work(*workspace, &message);
        return std::make_pair(ok, message);
    }));
}

void CampaignActions::close(const QString& by)
{
    run([id = m_campaignId, by](Workspace& workspace, QString* message) {
        auto loaded = review::load(workspace, id, message);
        if (!loaded)
            return false;
        const auto plan = review::close(workspace, loaded->state, true, by, message);
        if (!plan)
            return false;
        // Every change in the details (scrollable), never cut short: the plan was shown before.
        QStringList lines;
        qint64 conflicts = 0;
        for (const review::PlannedChange& change : *plan) {
            lines << change.description();
            conflicts += change.conflict ? 1 : 0;
        }
        *message =
            tr("Campaign closed. %n change(s) planned to remove the revoked access", nullptr, int(plan->size())) +
            (conflicts > 0 ? tr("; %n conflict(s) left for a person", nullptr, int(conflicts)) : QString()) +
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
        const auto campaign = workspace.campaign(id, message);
        if (!campaign || !review::signOff(workspace, *campaign, by, statement, message))
            return false;
        *message = tr("Signed off by %1. The evidence exported from now on is final.").arg(by);
        return true;
    });
}

void CampaignActions::exportEvidence(const QString& folder)
{
    run([id = m_campaignId, folder](Workspace& workspace, QString* message) {
        const auto pack = evidence::exportPack(workspace, id, folder, message);
        if (!pack)
            return false;
        *message =
            tr("Evidence written to %1 (%2): %3")
                .arg(folder, pack->signedOff ? tr("signed off") : tr("UNSIGNED: sign off first for a final pack"),
                     pack->files.join(QStringLiteral(", ")));
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
