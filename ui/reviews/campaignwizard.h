#pragma once

#include "loadedsnapshot.h"

#include "domain/review.h"
#include "review/population.h"

#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace attest {

class BackgroundTask;
class PersonLineEdit;
namespace app {
class Command;
struct CreateCampaignResult;
} // namespace app

// Creates an access review campaign on the loaded snapshot: name and dates, scope, exclusions
// (each with its reason), the reviewer rule, the no-response policy and the justification rules.
// The summary page builds the population off the GUI thread and shows its counts, reconciliation
// and SHA-256; Finish stores it off the GUI thread and records "review.create" in the journal.
class CampaignWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        BasicsPage,
        ScopePage,
        ExclusionsPage,
        ReviewersPage,
        PolicyPage,
        SummaryPage,
    };

    explicit CampaignWizard(LoadedSnapshotPtr snapshot, QWidget* parent = nullptr);
    ~CampaignWizard() override;

    CampaignDefinition definition() const; // as the pages say now
    bool isPopulationReady() const { return m_population != nullptr; }
    const Population* population() const { return m_population.get(); }
    qint64 createdCampaignId() const { return m_createdId; }
    QString lastError() const { return m_lastError; }
    // Finish (accept) stores the campaign off the GUI thread, with progress and Cancel; the wizard
    // closes with campaignCreated() when it is stored, and stays open saying why when it is not.
    bool isCreating() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void campaignCreated(qint64 id);

private:
    QWizardPage* createBasicsPage();
    QWizardPage* createScopePage();
    QWizardPage* createExclusionsPage();
    QWizardPage* createReviewersPage();
    QWizardPage* createPolicyPage();
    QWizardPage* createSummaryPage();
    bool checkExclusions(QString* error) const;
    bool checkReviewers(QString* error) const;
    void buildPopulation();
    void showSummary();
    void created(app::CreateCampaignResult result);

    LoadedSnapshotPtr m_snapshot;
    std::shared_ptr<Population> m_population;
    BackgroundTask* m_task;
    app::Command* m_create;
    qint64 m_createdId = 0;
    QString m_lastError;

    QLineEdit* m_name;
    PersonLineEdit* m_owner;
    QDateEdit* m_periodStart;
    QDateEdit* m_periodEnd;
    QDateEdit* m_due;
    QRadioButton* m_scopeAll;
    QRadioButton* m_scopePrivileged;
    QRadioButton* m_scopeChosen;
    QRadioButton* m_scopeFilter;
    QLineEdit* m_entitlementSearch;
    QListWidget* m_entitlements;
    QLineEdit* m_nameFilter;
    QListWidget* m_departments;
    QCheckBox* m_kindUser;
    QCheckBox* m_kindAdmin;
    QCheckBox* m_kindService;
    QTableWidget* m_exclusions;
    QComboBox* m_rule;
    QLineEdit* m_namedReviewers;
    PersonLineEdit* m_fallback;
    QComboBox* m_noResponse;
    QLabel* m_noResponseWarning;
    QCheckBox* m_justifyRevoke;
    QCheckBox* m_justifyApprove;
    QProgressBar* m_progress;
    QPushButton* m_cancelBuild;
    QLabel* m_creating;
    QLabel* m_summary;
};

} // namespace attest
