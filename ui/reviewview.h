#pragma once

#include "loadedsnapshot.h"

#include "review/review.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;

namespace attest {

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
    bool isLoading() const { return m_loading; }

    ReviewItemModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Seams for tests: asks for a justification (nullopt: cancelled) and confirms a question.
    using AskJustification = std::function<std::optional<QString>(const QString& prompt, const QString& current)>;
    using Confirm = std::function<bool(const QString& question)>;
    void setJustificationPrompt(AskJustification ask) { m_ask = std::move(ask); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Passwords for remediating through a directory connection.
    void setSecrets(ConnectionSecrets* secrets) { m_secrets = secrets; }
    // Close, remediate, sign off, export and verify the evidence (the Campaign menu).
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
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void campaignLoaded();
    void changed(); // a decision was stored

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshCampaigns(qint64 select);
    void refreshReviewers();
    void refreshProgress();
    void applyFilters();
    std::vector<quint32> selectedItems() const;
    QString currentReviewer() const; // empty: all
    QString decidedBy() const;
    void moveToNextUndecided(int fromRow);
    void showError(const QString& message);

    LoadedSnapshotPtr m_snapshot;
    std::unique_ptr<Workspace> m_workspace; // the GUI thread's own connection
    qint64 m_campaignId = 0;
    bool m_loading = false;
    int m_generation = 0;
    QString m_lastError;
    AskJustification m_ask;
    Confirm m_confirm;

    QComboBox* m_campaigns;
    QComboBox* m_reviewers;
    QToolButton* m_undecided;
    QToolButton* m_recommendedRevoke;
    QToolButton* m_privileged;
    QToolButton* m_overdue;
    QPushButton* m_accept;
    QToolButton* m_campaignMenu;
    CampaignActions* m_actions;
    ConnectionSecrets* m_secrets = nullptr;
    QLabel* m_status;
    QTableView* m_view;
    ReviewItemModel* m_model;
    QLabel* m_progressSummary;
    QTableWidget* m_progressTable;
};

} // namespace attest
