#include "remediationplandialog.h"

#include "app/pools.h"
#include "app/session.h"
#include "conflictresolutiondialog.h"

#include "remediationplanmodel.h"

#include "review/campaignstate.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace attest {

struct RemediationPlanDialog::Loaded
{
    std::optional<review::RemediationPlan> plan;
    QString campaignName;
    QString owner;
    bool closed = false;
    bool signedOff = false;
    qint64 noResponse = 0;
    QString error;
};

RemediationPlanDialog::RemediationPlanDialog(Purpose purpose, std::shared_ptr<app::Session> session, qint64 campaignId,
                                             QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_session(std::move(session))
    , m_campaignId(campaignId)
    , m_model(new RemediationPlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_resolve(new QPushButton(tr("&Resolve Conflict…"), this))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("remediationPlanDialog"));
    setWindowTitle(purpose == Purpose::Close ? tr("Close Campaign: Remediation Plan")
                                             : tr("Remediate: Remediation Plan"));
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("planProgressBar"));
    m_busy->setRange(0, 0); // busy until the plan is built
    m_busy->setAccessibleName(tr("Building the plan"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RemediationPlanModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("planTableView"));
    m_view->setAccessibleName(tr("Remediation plan"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RemediationPlanModel::AccountColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RemediationPlanModel::ConflictColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(RemediationPlanModel::ChangeColumn, 190);
    m_view->setColumnWidth(RemediationPlanModel::AccountColumn, 120);
    m_view->setColumnWidth(RemediationPlanModel::GroupColumn, 150);
    m_view->setColumnWidth(RemediationPlanModel::ServesColumn, 180);
    m_view->setColumnWidth(RemediationPlanModel::AlsoTakesColumn, 130);
    m_view->setColumnWidth(RemediationPlanModel::StatusColumn, 70);
    m_details->setObjectName(QStringLiteral("planDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText); // names come from the directory
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_resolve->setObjectName(QStringLiteral("resolveConflictButton"));
    m_resolve->setEnabled(false);
    m_resolve->setToolTip(tr("Choose a conflict in the table: the owner keeps the approved access or revokes anyway, "
                             "with a reason."));

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(purpose == Purpose::Close ? tr("&Close Campaign") : tr("Re&mediate"),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmPlanButton"));
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false); // Enter in the table never closes a campaign by accident
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPlanButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, &RemediationPlanDialog::resolveSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RemediationPlanDialog::updateSelection);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_resolve->isEnabled())
            resolveSelected();
    });

    auto* row = new QHBoxLayout;
    row->addWidget(m_details, 1);
    row->addWidget(m_resolve, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setTabOrder(m_view, m_resolve);
    setTabOrder(m_resolve, m_confirm);
    setTabOrder(m_confirm, cancel);
    resize(1200, 560);
    reload();
}

RemediationPlanDialog::~RemediationPlanDialog() = default;

void RemediationPlanDialog::reload()
{
    m_loading = true;
    const int generation = ++m_generation;
    m_busy->show();
    m_confirm->setEnabled(false);
    m_resolve->setEnabled(false);
    m_summary->setText(tr("Building the plan on the campaign's snapshot…"));
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is on its way
        m_loading = false;
        m_busy->hide();
        showPlan(watcher->result());
        Q_EMIT planLoaded();
    });
    // The plan reads the snapshot and walks every revoked account's paths: seconds on a big
    // campaign, so never on the GUI thread; the worker opens its own connection.
    watcher->setFuture(QtConcurrent::run(workPool(), [session = m_session, id = m_campaignId] {
        Loaded loaded;
        auto workspace = session->connect(&loaded.error);
        if (!workspace)
            return loaded;
        auto campaign = review::load(*workspace, id, &loaded.error);
        if (!campaign)
            return loaded;
        loaded.campaignName = campaign->campaign.definition.name;
        loaded.owner = campaign->campaign.definition.owner;
        loaded.closed = campaign->campaign.status == CampaignStatus::Closed;
        loaded.signedOff = !campaign->campaign.signOff.isEmpty();
        loaded.plan = review::previewPlan(*workspace, campaign->state, &loaded.error, &loaded.noResponse);
        return loaded;
    }));
}

void RemediationPlanDialog::showPlan(const Loaded& loaded)
{
    if (!loaded.plan) {
        m_error = loaded.error;
        m_summary->setText(tr("The plan could not be made: %1").arg(loaded.error));
        m_notice.clear();
        m_model->setPlan({});
        return;
    }
    m_error.clear();
    m_owner = loaded.owner;
    m_signedOff = loaded.signedOff;
    m_model->setPlan(*loaded.plan);
    qint64 removals = 0;
    qint64 manual = 0;
    for (const review::PlannedChange& change : loaded.plan->changes)
        (change.status == QLatin1String("manual") ? manual : removals) += 1;
    const int conflicts = m_model->conflictCount();
    const int unresolved = m_model->unresolvedCount();
    QStringList parts;
    parts << (m_purpose == Purpose::Close
                  ? tr("Closing \"%1\" cannot be undone: nothing can be decided afterwards.").arg(loaded.campaignName)
                  : tr("Remediating \"%1\" removes the access below through its source; each change is verified "
                       "by reading it back and journaled.")
                        .arg(loaded.campaignName));
    if (loaded.noResponse > 0)
        parts << tr("%n undecided item(s) get the no-response policy's verdict first; the plan includes them.", nullptr,
                    int(loaded.noResponse));
    parts << tr("%n membership removal(s)", nullptr, int(removals)) + QStringLiteral(", ") +
                 tr("%n left for a person", nullptr, int(manual)) + QStringLiteral(", ") +
                 tr("%n conflict(s), %1 unresolved", nullptr, conflicts).arg(unresolved) + QStringLiteral(".");
    if (unresolved > 0)
        parts << tr("An unresolved conflict keeps the approved access: its revoke is left for a person. Select it "
                    "and resolve it (keep or revoke anyway, with a reason) before you continue, or later.");
    if (!m_notice.isEmpty())
        parts.prepend(std::exchange(m_notice, QString()));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_confirm->setEnabled(!(m_purpose == Purpose::Close && loaded.closed) &&
                          !(m_purpose == Purpose::Remediate && !loaded.closed));
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateSelection();
}

void RemediationPlanDialog::updateSelection()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const review::PlanConflict* conflict = current.isValid() ? m_model->conflictOf(current.row()) : nullptr;
    if (!current.isValid()) {
        m_details->clear();
    } else {
        const review::PlannedChange& change = m_model->plan().changes[std::size_t(current.row())];
        m_details->setText(conflict ? RemediationPlanModel::describeConflict(*conflict) : change.description());
    }
    const bool settled =
        current.isValid() && (m_model->plan().changes[std::size_t(current.row())].status == QLatin1String("applied") ||
                              m_model->plan().changes[std::size_t(current.row())].status == QLatin1String("done"));
    m_resolve->setEnabled(!m_loading && conflict && !m_signedOff && !settled);
    m_resolve->setToolTip(m_signedOff ? tr("The campaign is signed off: its resolutions are final.")
                          : settled   ? tr("This change is already made.")
                          : conflict  ? tr("Keep the approved access or revoke anyway, with a reason (recorded).")
                                      : tr("Choose a conflict in the table."));
}

void RemediationPlanDialog::resolveSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const review::PlanConflict* conflict = current.isValid() ? m_model->conflictOf(current.row()) : nullptr;
    if (!conflict || m_loading)
        return;
    const quint32 item = conflict->revoked.item;
    auto* dialog = new ConflictResolutionDialog(RemediationPlanModel::describeConflict(*conflict),
                                                conflict->resolution ? &*conflict->resolution : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, item] { resolve(item, dialog->choice(), dialog->reason()); });
    dialog->open();
}

void RemediationPlanDialog::resolve(quint32 item, ConflictChoice choice, const QString& reason)
{
    m_loading = true;
    m_resolve->setEnabled(false);
    m_confirm->setEnabled(false);
    m_busy->show();
    auto* watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [ok, message] = watcher->result();
        m_notice = ok ? tr("The resolution was recorded.") : tr("The resolution was not recorded: %1").arg(message);
        Q_EMIT resolved(ok, message);
        reload();
    });
    // Who resolves is the campaign's owner, as for closing and sign-off from this console.
    watcher->setFuture(
        QtConcurrent::run(workPool(), [session = m_session, id = m_campaignId, owner = m_owner, item, choice, reason] {
            QString error;
            auto workspace = session->connect(&error);
            if (!workspace)
                return std::make_pair(false, error);
            auto loaded = review::load(*workspace, id, &error);
            if (!loaded)
                return std::make_pair(false, error);
            const bool ok = review::resolveConflict(*workspace, loaded->state, item, choice, owner, reason, &error);
            return std::make_pair(ok, error);
        }));
}

} // namespace attest
