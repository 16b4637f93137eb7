#pragma once

#include "loadedsnapshot.h"
#include "remediationplandialog.h"

#include "app/reviewcases.h"
#include "domain/review.h"
#include "review/campaignstate.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QLineEdit;
class QTimer;
class QToolButton;

namespace attest::app {
class Command;
struct ImportDecisionsResult;
} // namespace attest::app

namespace attest {

class BulkDecision;
class CampaignActions;
class ConnectionSecrets;
class ReviewItemModel;
class Workspace;

// The reviewer's view of an access review campaign: choose the campaign and the reviewer
// ("all" for the owner), narrow with the filters, decide with A (approve), R (revoke),
// D (don't know) and J (justification); each decision is stored at once. The owner sees the
// progress overall and per reviewer.
class ReviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewView(QWidget* parent = nullptr);
    ~ReviewView() override;

    void setSnapshot(LoadedSnapshotPtr snapshot); // lists the workspace's campaigns, opens the newest
    void openCampaign(qint64 id);                 // loads it off the GUI thread
    qint64 campaignId() const { return m_campaignId; }
    // Ctrl+F on the Reviews tab: the search box over the campaign's items.
    void focusSearch();
    bool isLoading() const { return m_loading; }

    ReviewItemModel* model() const { return m_model; }
    // Approve, revoke, don't know, justification: A, R, D and J on the table, and in its context menu.
    QList<QAction*> decisionActions() const
    {
        return {m_approveAction, m_revokeAction, m_dontKnowAction, m_justifyAction};
    }
    QTableView* view() const { return m_view; }

    // Seams for tests: asks for a justification (nullopt: cancelled) and confirms a question.
    using AskJustification = std::function<std::optional<QString>(const QString& prompt, const QString& current)>;
    using Confirm = std::function<bool(const QString& question)>;
    void setJustificationPrompt(AskJustification ask) { m_ask = std::move(ask); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Asks for a worksheet file to write (save) or read; empty: cancelled. *selectedFilter in/out.
    using ChooseFile =
        std::function<QString(bool save, const QString& suggested, const QString& filters, QString* selectedFilter)>;
    void setFileChooser(ChooseFile choose) { m_chooseFile = std::move(choose); }
    // Bulk decisions on more than `threshold` items run on a worker, `batchSize` per transaction.
    void setBulkLimits(qint64 threshold, qint64 batchSize)
    {
        m_bulkThreshold = threshold;
        m_bulkBatchSize = batchSize;
    }
    bool isBulkRunning() const;
    void cancelBulk();
    // A decision, justification, reassignment or worksheet import being recorded off the GUI thread
    // (one at a time: another is refused until it is done).
    bool isWriting() const;

    // Passwords for remediating through a directory connection.
    void setSecrets(ConnectionSecrets* secrets) { m_secrets = secrets; }
    // Close, remediate, sign off, export and verify the evidence (the Campaign menu). Close and
    // remediate first show the plan (RemediationPlanDialog) and run only from its confirm button.
    CampaignActions* actions() const { return m_actions; }
    void closeCampaign();
    void remediateCampaign();
    void signOffCampaign();
    void exportEvidence();
    void verifyEvidence();

    bool decideSelected(Decision decision);
    // Gives the selected items (or, with none selected, every undecided item of the chosen
    // reviewer) to another reviewer; recorded with who did it and why.
    bool reassign(const QString& toReviewer, const QString& reason);
    void reassignInteractively();
    bool editJustification();
    bool acceptRecommendations();
    // The chosen reviewer's worksheet (CSV or XLSX by the file's extension) and its decisions back.
    bool exportWorksheet();
    bool importWorksheet();
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void campaignLoaded();
    void changed();       // a decision was stored
    void sourceChanged(); // remediation changed the campaign's source (the demo's: a new snapshot)

private:
    void refreshCampaigns(qint64 select);
    void refreshReviewers();
    void refreshProgress();
    bool refuseWhileBulk();
    bool refuseWhileWriting();
    void showImportProblems(const app::ImportDecisionsResult& imported);
    RemediationPlanDialog* showPlan(RemediationPlanDialog::Purpose purpose, std::function<void()> proceed);
    void startRemediation();
    void showProgress(const CampaignState::Progress& progress);
    void showTotals(const CampaignState::Progress& progress);
    // After a decision: the totals and the rows of these items' reviewers only.
    void refreshProgressOf(const std::vector<quint32>& items);
    QStringList progressCells(const CampaignState::ReviewerProgress& reviewer) const;
    void setProgressRow(int row, const QStringList& cells);
    bool startBulk(std::function<std::optional<std::vector<DecisionRecord>>(const CampaignState&, QString*)> plan,
                   qint64 count);
    void bulkFinished();
    // Runs `work` on a worker with its own connection and a copy of the campaign's state, then makes
    // that state the view's and calls `done` with work's error (empty: recorded). false when refused.
    // One decision (a key press, a few selected rows, a justification): recorded off the GUI thread
    // without copying the campaign's state.
    bool startDecision(app::DecideRequest request,
                       std::function<void(const QString& error, const std::vector<quint32>& changedElsewhere)> done);
    bool startWrite(std::function<QString(Workspace& workspace, CampaignState& state)> work,
                    std::function<void(const QString& error)> done);
    void applyFilters();
    std::vector<quint32> selectedItems() const;
    QString currentReviewer() const; // empty: all
    QString decidedBy() const;
    void moveToNextUndecided(int fromRow);
    // Enables what the campaign's state allows (active: decide, reassign, import, close; closed:
    // remediate, sign off; signed off: export) and says in each tooltip why the rest is off.
    void updateActionsForState();
    void showError(const QString& message);

    LoadedSnapshotPtr m_snapshot;
    app::Command* m_write; // the review's writes, one at a time
    qint64 m_campaignId = 0;
    bool m_loading = false;
    bool m_remediating = false; // the running campaign action is a remediation
    int m_generation = 0;
    QString m_lastError;
    AskJustification m_ask;
    Confirm m_confirm;
    ChooseFile m_chooseFile;
    qint64 m_bulkThreshold = 2000;
    qint64 m_bulkBatchSize = 20000;
    int m_bulkGeneration = 0;
    bool m_bulkActive = false; // from start until its result is applied
    BulkDecision* m_bulk;
    QWidget* m_bulkBar;
    QLabel* m_bulkLabel;
    QProgressBar* m_bulkProgress;
    QPushButton* m_bulkCancel;

    QComboBox* m_campaigns;
    QComboBox* m_reviewers;
    QToolButton* m_undecided;
    QToolButton* m_recommendedRevoke;
    QToolButton* m_privileged;
    QToolButton* m_overdue;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QPushButton* m_accept;
    QToolButton* m_campaignMenu;
    QAction* m_approveAction = nullptr;
    QAction* m_revokeAction = nullptr;
    QAction* m_dontKnowAction = nullptr;
    QAction* m_justifyAction = nullptr;
    QAction* m_reassignAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_remediateAction = nullptr;
    QAction* m_signOffAction = nullptr;
    CampaignActions* m_actions;
    ConnectionSecrets* m_secrets = nullptr;
    QLabel* m_status;
    QTableView* m_view;
    ReviewItemModel* m_model;
    QLabel* m_progressSummary;
    QTableWidget* m_progressTable;
    QHash<QString, int> m_progressRowOf; // reviewer key → row of m_progressTable
};

} // namespace attest
