#include "campaignwizard.h"

#include "common/backgroundtask.h"
#include "common/personlineedit.h"

#include "app/campaigncases.h"
#include "app/command.h"
#include "app/session.h"
#include "audit/journal.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace attest {

namespace {

// A page whose completeness and validation are decided by the wizard.
class CheckedPage final : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;
    std::function<void()> cleanup;

    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void cleanupPage() override
    {
        if (cleanup)
            cleanup();
    }
    void changed() { Q_EMIT completeChanged(); }
};

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// The key of the person a field names, or its text when it names nobody (for the core to refuse).
QString personKey(const PersonLineEdit* field)
{
    QString ignored;
    const quint32 person = field->person(&ignored);
    return person == PersonResolver::kNone ? field->text().trimmed() : field->people()->identity(person).key;
}

Timestamp startOfDay(const QDate& date)
{
    return fromDateTime(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
}

} // namespace

CampaignWizard::CampaignWizard(LoadedSnapshotPtr snapshot, QWidget* parent)
    : QWizard(parent)
    , m_snapshot(std::move(snapshot))
    , m_task(new BackgroundTask(this))
    , m_create(new app::Command(this))
{
    setObjectName(QStringLiteral("campaignWizard"));
    setWindowTitle(tr("New Access Review Campaign"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(BasicsPage, createBasicsPage());
    setPage(ScopePage, createScopePage());
    setPage(ExclusionsPage, createExclusionsPage());
    setPage(ReviewersPage, createReviewersPage());
    setPage(PolicyPage, createPolicyPage());
    setPage(SummaryPage, createSummaryPage());
    setButtonText(QWizard::FinishButton, tr("&Create"));
    resize(760, 560);
}

CampaignWizard::~CampaignWizard() = default;

bool CampaignWizard::isCreating() const
{
    return m_create->isRunning();
}

QWizardPage* CampaignWizard::createBasicsPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Campaign"));
    page->setSubTitle(tr("What is reviewed, by whom it is run and signed off, and when it is due."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_owner = new PersonLineEdit(page);
    m_owner->setObjectName(QStringLiteral("ownerLineEdit"));
    if (m_snapshot) {
        m_owner->setPeople(m_snapshot->people());
        // The one running the console, when they are a person of the snapshot.
        QString ignored;
        m_owner->setPerson(m_owner->people()->resolve(Journal::currentOperator(), &ignored));
    }
    const QDate today = QDate::currentDate();
    m_periodStart = new QDateEdit(today.addMonths(-3), page);
    m_periodStart->setObjectName(QStringLiteral("periodStartDateEdit"));
    m_periodEnd = new QDateEdit(today, page);
    m_periodEnd->setObjectName(QStringLiteral("periodEndDateEdit"));
    m_due = new QDateEdit(today.addDays(14), page);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    for (QDateEdit* e : {m_periodStart, m_periodEnd, m_due}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* error = errorLabel(page, QStringLiteral("basicsErrorLabel"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Period &from:"), m_periodStart);
    form->addRow(tr("Period &to:"), m_periodEnd);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(error);
    page->complete = [this] { return !m_name->text().trimmed().isEmpty() && !m_owner->text().trimmed().isEmpty(); };
    page->validate = [this, error] {
        QString why;
        if (m_owner->person(&why) == PersonResolver::kNone) {
            error->setText(tr("Owner: %1").arg(why));
            return false;
        }
        if (m_periodEnd->date() < m_periodStart->date()) {
            error->setText(tr("The period ends before it starts."));
            return false;
        }
        if (m_due->date() < QDate::currentDate()) {
            error->setText(tr("The due date is in the past."));
            return false;
        }
        error->clear();
        return true;
    };
    connect(m_name, &QLineEdit::textChanged, page, [page] { page->changed(); });
    connect(m_owner, &QLineEdit::textChanged, page, [page] { page->changed(); });
    return page;
}

QWizardPage* CampaignWizard::createScopePage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Scope"));
    page->setSubTitle(tr("Which access is reviewed. Every effective grant that matches becomes one item."));
    m_scopeAll = new QRadioButton(tr("&All entitlements"), page);
    m_scopeAll->setObjectName(QStringLiteral("scopeAllRadioButton"));
    m_scopeAll->setChecked(true);
    m_scopePrivileged = new QRadioButton(tr("&Privileged entitlements only"), page);
    m_scopePrivileged->setObjectName(QStringLiteral("scopePrivilegedRadioButton"));
    m_scopeChosen = new QRadioButton(tr("&Chosen groups and roles:"), page);
    m_scopeChosen->setObjectName(QStringLiteral("scopeChosenRadioButton"));
    m_scopeFilter = new QRadioButton(tr("Names conta&ining:"), page);
    m_scopeFilter->setObjectName(QStringLiteral("scopeFilterRadioButton"));
    m_entitlementSearch = new QLineEdit(page);
    m_entitlementSearch->setObjectName(QStringLiteral("entitlementSearchLineEdit"));
    m_entitlementSearch->setPlaceholderText(tr("Search groups and roles…"));
    m_entitlementSearch->setClearButtonEnabled(true);
    m_entitlements = new QListWidget(page);
    m_entitlements->setObjectName(QStringLiteral("entitlementListWidget"));
    m_entitlements->setAccessibleName(tr("Groups and roles"));
    m_nameFilter = new QLineEdit(page);
    m_nameFilter->setObjectName(QStringLiteral("nameFilterLineEdit"));
    m_departments = new QListWidget(page);
    m_departments->setObjectName(QStringLiteral("departmentListWidget"));
    m_departments->setAccessibleName(tr("Departments (none checked: every department)"));
    m_kindUser = new QCheckBox(tr("&User accounts"), page);
    m_kindAdmin = new QCheckBox(tr("Ad&min accounts"), page);
    m_kindService = new QCheckBox(tr("&Service accounts"), page);
    for (QCheckBox* c : {m_kindUser, m_kindAdmin, m_kindService})
        c->setChecked(true);
    m_kindService->setObjectName(QStringLiteral("serviceKindCheckBox"));

    if (m_snapshot && m_snapshot->data) {
        QSet<QString> departments;
        for (const Identity& i : m_snapshot->data->identities) {
            if (!i.department.isEmpty())
                departments.insert(i.department);
        }
        QStringList sorted(departments.begin(), departments.end());
        sorted.sort(Qt::CaseInsensitive);
        for (const QString& d : sorted) {
            auto* item = new QListWidgetItem(d, m_departments);
            item->setCheckState(Qt::Unchecked);
        }
        std::vector<const Entitlement*> entitlements;
        for (const Entitlement& e : m_snapshot->data->entitlements)
            entitlements.push_back(&e);
        std::sort(entitlements.begin(), entitlements.end(), [](const Entitlement* a, const Entitlement* b) {
            return QString::localeAwareCompare(a->name, b->name) < 0;
        });
        for (const Entitlement* e : entitlements) {
            auto* item = new QListWidgetItem(e->name, m_entitlements);
            item->setData(Qt::UserRole, e->key);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(m_entitlementSearch, &QLineEdit::textChanged, m_entitlements, [this](const QString& text) {
        for (int i = 0; i < m_entitlements->count(); ++i)
            m_entitlements->item(i)->setHidden(!m_entitlements->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_entitlements, &QListWidget::itemChanged, this, [this] { m_scopeChosen->setChecked(true); });
    connect(m_nameFilter, &QLineEdit::textEdited, this, [this] { m_scopeFilter->setChecked(true); });

    auto* error = errorLabel(page, QStringLiteral("scopeErrorLabel"));
    auto* entitlementsBox = new QGroupBox(tr("Entitlements"), page);
    auto* e = new QVBoxLayout(entitlementsBox);
    e->addWidget(m_scopeAll);
    e->addWidget(m_scopePrivileged);
    e->addWidget(m_scopeChosen);
    e->addWidget(m_entitlementSearch);
    e->addWidget(m_entitlements);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_scopeFilter);
    filterRow->addWidget(m_nameFilter);
    e->addLayout(filterRow);
    auto* whoBox = new QGroupBox(tr("Whose access"), page);
    auto* w = new QVBoxLayout(whoBox);
    w->addWidget(new QLabel(tr("Departments (none checked: all):"), whoBox));
    w->addWidget(m_departments);
    w->addWidget(m_kindUser);
    w->addWidget(m_kindAdmin);
    w->addWidget(m_kindService);
    auto* columns = new QHBoxLayout;
    columns->addWidget(entitlementsBox, 3);
    columns->addWidget(whoBox, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    layout->addWidget(error);
    page->validate = [this, error] {
        const CampaignDefinition d = definition();
        if (d.scope.entitlements == CampaignScope::Entitlements::Chosen && d.scope.entitlementKeys.isEmpty()) {
            error->setText(tr("Check at least one group or role, or choose another scope."));
            return false;
        }
        if (d.scope.entitlements == CampaignScope::Entitlements::Filter && d.scope.entitlementFilter.isEmpty()) {
            error->setText(tr("Type part of a name to filter on."));
            return false;
        }
        if (d.scope.kinds.isEmpty()) {
            error->setText(tr("Choose at least one kind of account."));
            return false;
        }
        error->clear();
        return true;
    };
    return page;
}

QWizardPage* CampaignWizard::createExclusionsPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Exclusions"));
    page->setSubTitle(tr("Grants left out of the review. Each needs a reason: it is kept with the campaign and "
                         "shown to auditors. Leave the account or the entitlement empty to mean any."));
    m_exclusions = new QTableWidget(0, 3, page);
    m_exclusions->setObjectName(QStringLiteral("exclusionTableWidget"));
    m_exclusions->setHorizontalHeaderLabels({tr("Account (login)"), tr("Entitlement (name)"), tr("Reason")});
    m_exclusions->horizontalHeader()->setStretchLastSection(true);
    m_exclusions->verticalHeader()->hide();
    m_exclusions->verticalHeader()->setDefaultSectionSize(m_exclusions->fontMetrics().height() + 8);
    m_exclusions->setColumnWidth(0, 180);
    m_exclusions->setColumnWidth(1, 200);
    auto* add = new QPushButton(tr("&Add exclusion"), page);
    add->setObjectName(QStringLiteral("addExclusionButton"));
    auto* remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_exclusions->rowCount();
        m_exclusions->insertRow(row);
        for (int c = 0; c < 3; ++c)
            m_exclusions->setItem(row, c, new QTableWidgetItem);
        m_exclusions->setCurrentCell(row, 0);
        m_exclusions->editItem(m_exclusions->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_exclusions->currentRow() >= 0)
            m_exclusions->removeRow(m_exclusions->currentRow());
    });
    auto* error = errorLabel(page, QStringLiteral("exclusionErrorLabel"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_exclusions);
    layout->addLayout(buttons);
    layout->addWidget(error);
    connect(m_exclusions, &QTableWidget::itemChanged, error, &QLabel::clear);
    page->validate = [this, error] {
        QString problem;
        if (!checkExclusions(&problem)) {
            error->setText(problem);
            return false;
        }
        error->clear();
        return true;
    };
    return page;
}

bool CampaignWizard::checkExclusions(QString* error) const
{
    const SnapshotData* data = m_snapshot ? m_snapshot->data.get() : nullptr;
    for (int row = 0; row < m_exclusions->rowCount(); ++row) {
        const auto cell = [this, row](int c) {
            return m_exclusions->item(row, c) ? m_exclusions->item(row, c)->text().trimmed() : QString();
        };
        if (cell(0).isEmpty() && cell(1).isEmpty()) {
            *error = tr("Exclusion %1: name an account, an entitlement or both.").arg(row + 1);
            return false;
        }
        if (cell(2).isEmpty()) {
            *error = tr("Exclusion %1: a reason is required.").arg(row + 1);
            return false;
        }
        if (data && !cell(0).isEmpty() &&
            std::none_of(data->accounts.begin(), data->accounts.end(),
                         [&](const Account& a) { return a.login.compare(cell(0), Qt::CaseInsensitive) == 0; })) {
            *error = tr("Exclusion %1: no account \"%2\" in this snapshot.").arg(row + 1).arg(cell(0));
            return false;
        }
        if (data && !cell(1).isEmpty() &&
            std::none_of(data->entitlements.begin(), data->entitlements.end(),
                         [&](const Entitlement& e) { return e.name.compare(cell(1), Qt::CaseInsensitive) == 0; })) {
            *error = tr("Exclusion %1: no group or role \"%2\" in this snapshot.").arg(row + 1).arg(cell(1));
            return false;
        }
    }
    return true;
}

QWizardPage* CampaignWizard::createReviewersPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Reviewers"));
    page->setSubTitle(tr("Who decides each item. Nobody reviews their own access: such items, and items with "
                         "nobody found, go to the fallback reviewer."));
    m_rule = new QComboBox(page);
    m_rule->setObjectName(QStringLiteral("reviewerRuleComboBox"));
    m_rule->addItem(tr("The identity's manager"), int(ReviewerRule::Manager));
    m_rule->addItem(tr("The entitlement's owner"), int(ReviewerRule::EntitlementOwner));
    m_rule->addItem(tr("Named reviewers"), int(ReviewerRule::Named));
    m_namedReviewers = new QLineEdit(page);
    m_namedReviewers->setObjectName(QStringLiteral("namedReviewersLineEdit"));
    m_namedReviewers->setPlaceholderText(tr("Comma-separated logins, mails, identity keys or full names"));
    m_namedReviewers->setEnabled(false);
    m_fallback = new PersonLineEdit(page);
    m_fallback->setObjectName(QStringLiteral("fallbackLineEdit"));
    if (m_snapshot)
        m_fallback->setPeople(m_snapshot->people());
    auto* error = errorLabel(page, QStringLiteral("reviewersErrorLabel"));
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_namedReviewers->setEnabled(ReviewerRule(m_rule->currentData().toInt()) == ReviewerRule::Named);
    });
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Reviewer:"), m_rule);
    form->addRow(tr("Na&med reviewers:"), m_namedReviewers);
    form->addRow(tr("&Fallback reviewer:"), m_fallback);
    form->addRow(error);
    page->validate = [this, error] {
        QString why;
        if (!checkReviewers(&why)) {
            error->setText(why);
            return false;
        }
        error->clear();
        return true;
    };
    page->complete = [this] {
        return !m_fallback->text().trimmed().isEmpty() &&
               (ReviewerRule(m_rule->currentData().toInt()) != ReviewerRule::Named ||
                !m_namedReviewers->text().trimmed().isEmpty());
    };
    connect(m_fallback, &QLineEdit::textChanged, page, [page] { page->changed(); });
    connect(m_namedReviewers, &QLineEdit::textChanged, page, [page] { page->changed(); });
    connect(m_rule, &QComboBox::currentIndexChanged, page, [page] { page->changed(); });
    return page;
}

bool CampaignWizard::checkReviewers(QString* error) const
{
    QString why;
    if (m_fallback->person(&why) == PersonResolver::kNone) {
        *error = tr("Fallback reviewer: %1").arg(why);
        return false;
    }
    if (ReviewerRule(m_rule->currentData().toInt()) != ReviewerRule::Named || !m_fallback->people())
        return true;
    for (const QString& named : m_namedReviewers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (m_fallback->people()->resolve(named, &why) == PersonResolver::kNone) {
            *error = tr("Named reviewer: %1").arg(why);
            return false;
        }
    }
    return true;
}

QWizardPage* CampaignWizard::createPolicyPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Policies"));
    page->setSubTitle(tr("What happens to items nobody decided by the close, and when a reason is required."));
    m_noResponse = new QComboBox(page);
    m_noResponse->setObjectName(QStringLiteral("noResponseComboBox"));
    m_noResponse->addItem(tr("Keep the access"), int(NoResponsePolicy::Keep));
    m_noResponse->addItem(tr("Revoke the access"), int(NoResponsePolicy::Revoke));
    m_noResponse->addItem(tr("Follow the recommendation"), int(NoResponsePolicy::FollowRecommendation));
    m_noResponseWarning = errorLabel(page, QStringLiteral("noResponseWarningLabel"));
    m_justifyRevoke = new QCheckBox(tr("A &revoke needs a justification"), page);
    m_justifyRevoke->setObjectName(QStringLiteral("justifyRevokeCheckBox"));
    m_justifyRevoke->setChecked(true);
    m_justifyApprove = new QCheckBox(tr("An &approve needs a justification"), page);
    m_justifyApprove->setObjectName(QStringLiteral("justifyApproveCheckBox"));
    const auto updateWarning = [this] {
        switch (NoResponsePolicy(m_noResponse->currentData().toInt())) {
        case NoResponsePolicy::Keep:
            m_noResponseWarning->clear();
            break;
        case NoResponsePolicy::Revoke:
            m_noResponseWarning->setText(tr("⚠ Warning: at the close, every undecided item is revoked — possibly "
                                            "thousands of grants, including ones people need. The summary shows "
                                            "how many items this could revoke."));
            break;
        case NoResponsePolicy::FollowRecommendation:
            m_noResponseWarning->setText(tr("⚠ Warning: at the close, undecided items recommended for revocation "
                                            "are revoked. The summary shows how many."));
            break;
        }
    };
    connect(m_noResponse, &QComboBox::currentIndexChanged, this, updateWarning);
    QFont bold = m_noResponseWarning->font();
    bold.setBold(true);
    m_noResponseWarning->setFont(bold);
    // A box layout, not a form row: a word-wrapped label in a form row keeps a one-line height.
    auto* form = new QFormLayout;
    form->addRow(tr("N&o response:"), m_noResponse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_noResponseWarning);
    layout->addSpacing(12);
    layout->addWidget(m_justifyRevoke);
    layout->addWidget(m_justifyApprove);
    layout->addStretch();
    return page;
}

QWizardPage* CampaignWizard::createSummaryPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("The population is built from the snapshot now and frozen when you create the campaign."));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("populationProgressBar"));
    m_cancelBuild = new QPushButton(tr("Cancel"), page);
    m_cancelBuild->setObjectName(QStringLiteral("cancelBuildButton"));
    m_creating = new QLabel(page);
    m_creating->setObjectName(QStringLiteral("creatingLabel"));
    m_creating->setTextFormat(Qt::PlainText);
    m_creating->hide();
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelBuild);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_creating);
    layout->addWidget(m_summary, 1);
    page->complete = [this] { return m_population != nullptr && !m_task->isRunning() && !m_create->isRunning(); };
    page->initialize = [this] { buildPopulation(); };
    page->cleanup = [this] { m_task->cancel(); };
    connect(m_cancelBuild, &QPushButton::clicked, this, [this] {
        m_task->cancel();
        m_create->cancel();
    });
    connect(m_create, &app::Command::progressChanged, this, [this](qint64 done, qint64 total, const QString& stage) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
        if (!stage.isEmpty())
            m_creating->setText(stage);
    });
    connect(m_task, &BackgroundTask::progressChanged, this, [this](qint64 done, qint64 total, const QString& stage) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
        m_summary->setText(stage);
    });
    return page;
}

CampaignDefinition CampaignWizard::definition() const
{
    CampaignDefinition d;
    d.name = m_name->text().trimmed();
    d.owner = personKey(m_owner);
    d.periodStart = startOfDay(m_periodStart->date());
    d.periodEnd = startOfDay(m_periodEnd->date().addDays(1)) - 1;
    d.due = startOfDay(m_due->date().addDays(1)) - 1;
    d.snapshotId = m_snapshot ? m_snapshot->info.id : 0;
    if (m_scopePrivileged->isChecked())
        d.scope.entitlements = CampaignScope::Entitlements::Privileged;
    else if (m_scopeChosen->isChecked())
        d.scope.entitlements = CampaignScope::Entitlements::Chosen;
    else if (m_scopeFilter->isChecked())
        d.scope.entitlements = CampaignScope::Entitlements::Filter;
    if (d.scope.entitlements == CampaignScope::Entitlements::Chosen) {
        for (int i = 0; i < m_entitlements->count(); ++i) {
            if (m_entitlements->item(i)->checkState() == Qt::Checked)
                d.scope.entitlementKeys << m_entitlements->item(i)->data(Qt::UserRole).toString();
        }
    }
    if (d.scope.entitlements == CampaignScope::Entitlements::Filter)
        d.scope.entitlementFilter = m_nameFilter->text().trimmed();
    for (int i = 0; i < m_departments->count(); ++i) {
        if (m_departments->item(i)->checkState() == Qt::Checked)
            d.scope.departments << m_departments->item(i)->text();
    }
    if (m_kindUser->isChecked())
        d.scope.kinds << AccountKind::User;
    if (m_kindAdmin->isChecked())
        d.scope.kinds << AccountKind::Admin;
    if (m_kindService->isChecked())
        d.scope.kinds << AccountKind::Service;
    const SnapshotData* data = m_snapshot ? m_snapshot->data.get() : nullptr;
    for (int row = 0; row < m_exclusions->rowCount(); ++row) {
        const auto cell = [this, row](int c) {
            return m_exclusions->item(row, c) ? m_exclusions->item(row, c)->text().trimmed() : QString();
        };
        CampaignScope::Exclusion x;
        x.reason = cell(2);
        if (data) {
            for (const Account& a : data->accounts) {
                if (!cell(0).isEmpty() && a.login.compare(cell(0), Qt::CaseInsensitive) == 0)
                    x.accountKey = a.key;
            }
            for (const Entitlement& e : data->entitlements) {
                if (!cell(1).isEmpty() && e.name.compare(cell(1), Qt::CaseInsensitive) == 0)
                    x.entitlementKey = e.key;
            }
        }
        d.scope.exclusions << x;
    }
    d.reviewerRule = ReviewerRule(m_rule->currentData().toInt());
    if (d.reviewerRule == ReviewerRule::Named) {
        for (const QString& n : m_namedReviewers->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            d.namedReviewers << n.trimmed();
    }
    d.fallbackReviewer = personKey(m_fallback);
    d.noResponse = NoResponsePolicy(m_noResponse->currentData().toInt());
    d.justifyRevoke = m_justifyRevoke->isChecked();
    d.justifyApprove = m_justifyApprove->isChecked();
    // Keys and names of the people named, as the command line records them; left as typed when
    // someone is unknown or ambiguous, which building the population then refuses.
    QString ignored;
    if (m_owner->people())
        resolveCampaignPeople(&d, *m_owner->people(), &ignored);
    return d;
}

void CampaignWizard::buildPopulation()
{
    m_population.reset();
    m_task->cancel();
    m_summary->clear();
    const CampaignDefinition d = definition();
    QString error;
    if (!m_snapshot || !m_snapshot->data || !m_snapshot->graph) {
        m_summary->setText(tr("Load a snapshot first."));
        return;
    }
    if (!d.validate(&error)) {
        m_summary->setText(error);
        return;
    }
    if (m_task->isRunning()) {
        // The previous build stops at its next progress report; start again when it has.
        connect(m_task, &BackgroundTask::finished, this, &CampaignWizard::buildPopulation, Qt::SingleShotConnection);
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelBuild->show();
    auto result = std::make_shared<std::optional<Population>>();
    auto problem = std::make_shared<QString>();
    const LoadedSnapshotPtr snapshot = m_snapshot;
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, result, problem] {
            m_cancelBuild->hide();
            m_progress->hide();
            if (m_task->wasCancelled() || !*result) {
                m_summary->setText(m_task->wasCancelled() ? tr("Cancelled. Go Back and Next to build it again.")
                                                          : *problem);
            } else {
                m_population = std::make_shared<Population>(std::move(**result));
                showSummary();
            }
            static_cast<CheckedPage*>(page(SummaryPage))->changed();
        },
        Qt::SingleShotConnection);
    m_task->start([result, problem, snapshot, d](const ProgressFn& progress) {
        // Recommendations as of the snapshot: what reviewers see is what it held.
        *result = attest::buildPopulation(*snapshot->data, *snapshot->graph, d, snapshot->info.takenAt, progress,
                                          problem.get());
    });
    static_cast<CheckedPage*>(page(SummaryPage))->changed();
}

void CampaignWizard::showSummary()
{
    const CampaignDefinition d = definition();
    const Population& p = *m_population;
    qint64 privileged = 0;
    qint64 recommendedRevoke = 0;
    QSet<quint32> reviewers;
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        privileged += p.items.privileged(i) ? 1 : 0;
        recommendedRevoke += p.items.recommendation(i) == Recommendation::Revoke ? 1 : 0;
        reviewers.insert(p.items.textId(i, ReviewItemTable::Reviewer));
    }
    const Reconciliation& r = p.reconciliation;
    QStringList lines;
    lines << tr("Campaign: %1, owner %2, due %3").arg(d.name, d.owner, toDateTime(d.due).date().toString(Qt::ISODate));
    lines << tr("Items: %1 (%2 privileged, %3 recommended for revocation)")
                 .arg(p.items.size())
                 .arg(privileged)
                 .arg(recommendedRevoke);
    lines << tr("Reviewers: %n", nullptr, int(reviewers.size()));
    lines << tr("Reconciliation: %1 grants in scope = %2 items + %3 excluded — %4")
                 .arg(r.inScopeGrants)
                 .arg(r.items)
                 .arg(r.excluded)
                 .arg(r.balanced() ? tr("balanced") : tr("NOT balanced"));
    for (const QString& x : p.exclusions.mid(0, 10))
        lines << tr("  excluded: %1").arg(x);
    if (p.exclusions.size() > 10)
        lines << tr("  … and %n more", nullptr, int(p.exclusions.size() - 10));
    lines << tr("Population SHA-256: %1").arg(QString::fromLatin1(p.sha256.toHex()));
    const qint64 atRisk = d.noResponse == NoResponsePolicy::Revoke                 ? qint64(p.items.size())
                          : d.noResponse == NoResponsePolicy::FollowRecommendation ? recommendedRevoke
                                                                                   : 0;
    if (atRisk > 0)
        lines << QString()
              << tr("⚠ No-response policy: up to %n item(s) would be revoked if nobody decides them.", nullptr,
                    int(atRisk));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void CampaignWizard::accept()
{
    if (m_create->isRunning())
        return;
    if (!m_population || !m_snapshot || !m_snapshot->session) {
        m_lastError = tr("the population is not built yet");
        m_summary->setText(m_summary->text() + QStringLiteral("\n\n") + tr("Not created: %1").arg(m_lastError));
        return;
    }
    // Stored off the GUI thread on the worker's own connection: the population shown, with its
    // journal record, in one transaction (app::createCampaign). Cancel stops it before that starts.
    m_lastError.clear();
    app::CreateCampaignRequest request{definition(), m_snapshot->data, m_snapshot->graph, m_population};
    const std::shared_ptr<app::Session> session = m_snapshot->session;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelBuild->show();
    m_creating->setText(tr("Creating the campaign…"));
    m_creating->show();
    button(QWizard::BackButton)->setEnabled(false);
    static_cast<CheckedPage*>(page(SummaryPage))->changed();
    m_create->start<app::CreateCampaignResult>(
        [session, request = std::move(request)](const ProgressFn& progress) {
            QString error;
            auto workspace = session->connect(&error);
            if (!workspace) {
                app::CreateCampaignResult failed;
                failed.error = error;
                return failed;
            }
            return app::createCampaign(*workspace, request, progress);
        },
        [this](app::CreateCampaignResult result) { created(std::move(result)); });
}

void CampaignWizard::created(app::CreateCampaignResult result)
{
    m_progress->hide();
    m_cancelBuild->hide();
    m_creating->hide();
    button(QWizard::BackButton)->setEnabled(true);
    static_cast<CheckedPage*>(page(SummaryPage))->changed();
    if (!result.ok) {
        m_lastError = result.cancelled ? tr("cancelled; no campaign was created") : result.error;
        m_summary->setText(m_summary->text() + QStringLiteral("\n\n") + tr("Not created: %1").arg(m_lastError));
        return;
    }
    m_createdId = result.campaignId;
    Q_EMIT campaignCreated(result.campaignId);
    QWizard::accept();
}

void CampaignWizard::reject()
{
    m_create->cancel(); // a creation not yet storing stops; one storing finishes (all or nothing)
    QWizard::reject();
}

} // namespace attest
