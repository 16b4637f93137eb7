#include "helpdeskview.h"

#include "common/objectmenu.h"
#include "common/richtext.h"

#include "app/accountcases.h"
#include "app/command.h"
#include "app/connectorregistry.h"
#include "app/directorychanges.h"
#include "app/session.h"

#include "accounttablemodel.h"
#include "connections/connectionsecrets.h"
#include "displayformat.h"
#include "passwordresetdialog.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace attest {

namespace {

const QString kChecklistKey = QStringLiteral("helpdesk.checklist");

QStringList defaultChecklist()
{
    return {QCoreApplication::translate("HelpdeskView", "Caller gave their employee number"),
            QCoreApplication::translate("HelpdeskView", "Caller answered a question only they can know"),
            QCoreApplication::translate("HelpdeskView", "Called back on the number in the directory"),
            QCoreApplication::translate("HelpdeskView", "Manager confirmed the request")};
}

QString failures(int count)
{
    return count == 1 ? QCoreApplication::translate("HelpdeskView", "1 failed logon")
                      : QCoreApplication::translate("HelpdeskView", "%1 failed logons").arg(count);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("HelpdeskView", "Yes")
                 : QCoreApplication::translate("HelpdeskView", "No");
}

} // namespace

HelpdeskView::HelpdeskView(AccountTableModel* accounts, ConnectionSecrets* secrets, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_proxy(new TableFilterProxyModel(this))
    , m_apply(new app::Command(this, app::Command::Pool::Blocking))
    , m_readLive(new app::Command(this, app::Command::Pool::Blocking))
    , m_saveChecklist(new app::Command(this, app::Command::Pool::Blocking))
    , m_find(new QLineEdit)
    , m_results(new QTableView)
    , m_title(new QLabel)
    , m_card(new QLabel)
    , m_liveLabel(new QLabel)
    , m_checkBox(new QGroupBox(tr("Caller verification")))
    , m_checkLayout(new QVBoxLayout)
    , m_reset(new QPushButton(tr("Reset Passw&ord…")))
    , m_unlock(new QPushButton(tr("&Unlock")))
    , m_enable(new QPushButton(tr("E&nable")))
    , m_disable(new QPushButton(tr("Disab&le")))
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_note(new QLabel)
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("helpdeskView"));
    m_find->setObjectName(QStringLiteral("helpdeskFind"));
    m_find->setAccessibleName(tr("Find an account"));
    m_find->setPlaceholderText(tr("Find an account: name, login, mail or employee number (Ctrl+K)"));
    m_find->setClearButtonEnabled(true);
    m_proxy->setSourceModel(accounts);
    m_results->setModel(m_proxy);
    m_results->setAccessibleName(tr("Accounts found"));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setDefaultSectionSize(120);
    m_results->setColumnWidth(AccountTableModel::DisplayName, 170);
    m_results->setColumnWidth(AccountTableModel::Enabled, 70);
    m_results->setColumnWidth(AccountTableModel::Locked, 70);
    // A list a person reads opens A→Z by name (a header left alone sorts descending, Z→A).
    m_results->horizontalHeader()->setSortIndicator(AccountTableModel::DisplayName, Qt::AscendingOrder);
    m_results->setSortingEnabled(true);
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        const bool shown = column == AccountTableModel::Login || column == AccountTableModel::DisplayName ||
                           column == AccountTableModel::Department || column == AccountTableModel::Enabled ||
                           column == AccountTableModel::Locked || column == AccountTableModel::Email;
        m_results->setColumnHidden(column, !shown);
    }
    connect(m_find, &QLineEdit::textChanged, m_proxy, &TableFilterProxyModel::setFilterText);
    // Enter in the find field takes the first match.
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_results->setCurrentIndex(m_proxy->index(0, AccountTableModel::Login));
            m_results->setFocus();
        }
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex source = m_proxy->mapToSource(current);
                showAccount(source.isValid() ? source.row() : -1);
            });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addWidget(m_find);
    leftLayout->addWidget(m_results, 1);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    // Names, DNs and directory messages below are data: shown as typed. Only the card is rich
    // text, and everything in it from the directory goes through htmlFromData().
    for (QLabel* label : {m_title, m_liveLabel, m_note})
        makePlain(label);
    m_title->setObjectName(QStringLiteral("accountTitleLabel"));
    m_card->setObjectName(QStringLiteral("accountCard"));
    m_card->setTextFormat(Qt::RichText);
    m_card->setWordWrap(true);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveLabel->setWordWrap(true);
    m_liveLabel->setForegroundRole(QPalette::PlaceholderText);
    m_refresh->setToolTip(tr("Read the account from the directory again (F5)"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QPushButton::clicked, this, &HelpdeskView::refreshLive);
    auto* liveRow = new QHBoxLayout;
    liveRow->addWidget(m_liveLabel, 1);
    liveRow->addWidget(m_refresh);

    auto* editChecks = new QToolButton;
    editChecks->setText(tr("Edit checklist…"));
    editChecks->setAutoRaise(true);
    connect(editChecks, &QToolButton::clicked, this, &HelpdeskView::editChecklist);
    auto* checkOuter = new QVBoxLayout(m_checkBox);
    checkOuter->addLayout(m_checkLayout);
    checkOuter->addWidget(editChecks, 0, Qt::AlignRight);

    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_unlock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_enable->setObjectName(QStringLiteral("enable"));
    m_disable->setObjectName(QStringLiteral("disable"));
    connect(m_reset, &QPushButton::clicked, this, &HelpdeskView::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, [this] { runAccountAction(DirectoryChange::Kind::Unlock); });
    connect(m_enable, &QPushButton::clicked, this, [this] { runAccountAction(DirectoryChange::Kind::Enable); });
    connect(m_disable, &QPushButton::clicked, this, [this] { runAccountAction(DirectoryChange::Kind::Disable); });
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_reset, m_unlock, m_enable, m_disable})
        actions->addWidget(button);
    actions->addStretch(1);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_result->setObjectName(QStringLiteral("helpdeskResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(liveRow);
    rightLayout->addWidget(m_card);
    rightLayout->addSpacing(8);
    rightLayout->addWidget(m_checkBox);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_result);
    rightLayout->addStretch(1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 640});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setChecklist(defaultChecklist());
    showAccount(-1);
}

void HelpdeskView::focusFind()
{
    m_find->setFocus();
    m_find->selectAll();
}

void HelpdeskView::setSnapshot(LoadedSnapshotPtr snapshot)
{
    // The same source again (the demo's snapshot after a change): the card keeps its account.
    const Account* shown = account();
    const QString keepKey =
        shown && snapshot && snapshot->info.sourceId == m_snapshot->info.sourceId ? shown->key : QString();
    m_snapshot = std::move(snapshot);
    m_settings.reset();
    m_connectionName.clear();
    m_capabilities = DirectoryCapabilities();
    m_sourceCapabilities = ConnectorCapabilities();
    m_sourceNeedsSecret = false;
    QStringList checklist = defaultChecklist();
    if (m_snapshot) {
        for (const SourceInfo& source : m_snapshot->sources) {
            if (source.id != m_snapshot->info.sourceId)
                continue;
            // What the source's connector can change, known without connecting.
            m_connectionName = source.name;
            m_sourceCapabilities = app::ConnectorRegistry::capabilities(source);
            m_sourceNeedsSecret = app::ConnectorRegistry::hasSavedConnection(source);
            if (m_sourceNeedsSecret)
                m_settings = app::savedConnectionSettings(source, nullptr);
        }
        if (m_snapshot->session) {
            const Workspace& workspace = m_snapshot->session->workspace();
            if (m_settings)
                m_capabilities = app::savedConnectionRights(workspace, m_snapshot->info.sourceId);
            const QJsonArray saved = QJsonDocument::fromJson(workspace.setting(kChecklistKey).toUtf8()).array();
            if (!saved.isEmpty()) {
                checklist.clear();
                for (const QJsonValue& item : saved)
                    checklist << item.toString();
            }
        }
    }
    QSignalBlocker block(this);
    for (QCheckBox* box : std::as_const(m_checks))
        box->deleteLater();
    m_checks.clear();
    for (const QString& item : std::as_const(checklist)) {
        auto* box = new QCheckBox(item);
        m_checkLayout->addWidget(box);
        m_checks << box;
    }
    m_result->hide();
    showAccount(-1);
    if (!keepKey.isEmpty()) {
        // One pass over the accounts, once per snapshot opened.
        const auto& accounts = m_snapshot->data->accounts;
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            if (accounts[i].key != keepKey)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_accounts->index(int(i), AccountTableModel::Login));
            if (index.isValid())
                m_results->setCurrentIndex(index);
            else
                showAccount(int(i));
            break;
        }
    }
}

void HelpdeskView::setChecklist(const QStringList& items)
{
    for (QCheckBox* box : std::as_const(m_checks))
        box->deleteLater();
    m_checks.clear();
    for (const QString& item : items) {
        auto* box = new QCheckBox(item);
        m_checkLayout->addWidget(box);
        m_checks << box;
    }
    if (!m_snapshot || !m_snapshot->session)
        return;
    // Saved off the GUI thread, on the worker's own connection.
    m_saveChecklist->start(
        [session = m_snapshot->session,
         text = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact))](
            const ProgressFn&) {
            QString error;
            if (const auto workspace = session->connect(&error))
                workspace->setSetting(kChecklistKey, text, &error);
        });
}

void HelpdeskView::editChecklist()
{
    QStringList items;
    for (QCheckBox* box : std::as_const(m_checks))
        items << box->text();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Caller Verification Checklist"),
        tr("One check per line. The journal records which were ticked, never the caller's answers."),
        items.join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    QStringList edited;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            edited << line.trimmed();
    }
    setChecklist(edited);
}

QStringList HelpdeskView::tickedChecks() const
{
    QStringList ticked;
    for (QCheckBox* box : m_checks) {
        if (box->isChecked())
            ticked << box->text();
    }
    return ticked;
}

bool HelpdeskView::selectAccount(const QString& login)
{
    m_find->setText(login);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, AccountTableModel::Login);
        if (index.data().toString() == login) {
            if (m_results->currentIndex().row() == row)
                showAccount(m_proxy->mapToSource(index).row()); // again: re-read it
            else
                m_results->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool HelpdeskView::showAccountAt(int accountIndex)
{
    if (!m_snapshot || accountIndex < 0 || std::size_t(accountIndex) >= m_snapshot->data->accounts.size())
        return false;
    if (m_account == accountIndex)
        return true;
    QModelIndex row = m_proxy->mapFromSource(m_accounts->index(accountIndex, AccountTableModel::Login));
    if (!row.isValid()) {
        m_find->setText(m_snapshot->data->accounts[std::size_t(accountIndex)].login);
        row = m_proxy->mapFromSource(m_accounts->index(accountIndex, AccountTableModel::Login));
    }
    if (!row.isValid())
        return false;
    m_results->setCurrentIndex(row);
    return m_account == accountIndex;
}

void HelpdeskView::setObjectMenu(const ObjectMenu* menu)
{
    ObjectMenu::install(
        m_results,
        [this, menu](QMenu* popup, const QModelIndex& index) {
            const QModelIndex source = m_proxy->mapToSource(index);
            if (source.isValid())
                menu->addActions(popup, ObjectRef::account(quint32(source.row())));
        },
        menu);
}

const Account* HelpdeskView::account() const
{
    if (!m_snapshot || m_account < 0 || std::size_t(m_account) >= m_snapshot->data->accounts.size())
        return nullptr;
    return &m_snapshot->data->accounts[std::size_t(m_account)];
}

void HelpdeskView::showAccount(int accountIndex)
{
    if (accountIndex != m_account) {
        for (QCheckBox* box : std::as_const(m_checks))
            box->setChecked(false); // verification belongs to one call about one account
        m_result->hide();
    }
    m_account = accountIndex;
    m_live.reset();
    m_liveNote.clear();
    updateCard();
    updateActions();
    // The directory's current state, when the password is at hand (never asked for just by
    // browsing; Refresh asks).
    if (account() && m_sourceCapabilities.changesAsSnapshots) {
        refreshLive();
    } else if (account() && m_settings) {
        QPointer<HelpdeskView> guard(this);
        const int shown = m_account;
        m_secrets->setWorkspaceId(m_snapshot->workspaceId);
        m_secrets->find(m_snapshot->info.sourceId, [guard, shown](const QByteArray&, bool found, const QString&) {
            if (guard && found && guard->m_account == shown)
                guard->refreshLive();
        });
    }
}

void HelpdeskView::withBindPassword(std::function<void(const QByteArray&)> then)
{
    if (!m_snapshot || m_connectionName.isEmpty())
        return;
    if (!m_sourceNeedsSecret) {
        then(QByteArray()); // a source in the workspace (the demo) needs no secret
        return;
    }
    m_secrets->setWorkspaceId(m_snapshot->workspaceId);
    m_secrets->obtain(this, m_snapshot->info.sourceId, m_connectionName, std::move(then));
}

void HelpdeskView::refreshLive()
{
    const Account* a = account();
    if (!a || m_busy || !m_snapshot || !m_snapshot->session)
        return;
    QPointer<HelpdeskView> guard(this);
    const int shown = m_account;
    const auto show = [guard, shown](std::optional<Account> live, const QString& error) {
        if (!guard || guard->m_account != shown)
            return false;
        guard->m_live = std::move(live);
        guard->m_liveNote = guard->m_live ? QString() : error;
        guard->updateCard();
        guard->updateActions();
        Q_EMIT guard->liveRefreshed();
        return true;
    };
    using Answer = app::ReadAccountResult;
    // Off the GUI thread on the worker's own connection, through the use case the command line
    // uses: the source's connector reads the account.
    const auto read = [session = m_snapshot->session, sourceId = m_snapshot->info.sourceId,
                       target = a->dn.isEmpty() ? a->key : a->dn](const QByteArray& secret) {
        return [session, sourceId, target, secret](const ProgressFn&) {
            Answer answer;
            app::ReadAccountRequest request;
            request.sourceId = sourceId;
            request.secret = secret;
            request.account = target;
            if (const auto workspace = session->connect(&answer.error))
                answer = app::readAccountNow(*workspace, std::move(request));
            return answer;
        };
    };
    if (m_sourceCapabilities.changesAsSnapshots) {
        // The source lives in the workspace (the demo): its current state is its newest snapshot.
        m_liveLabel->setText(tr("Reading the account's current state…"));
        m_readLive->start<Answer>(read(QByteArray()),
                                  [show](const Answer& answer) { show(answer.account, answer.error); });
        return;
    }
    if (!m_settings)
        return;
    withBindPassword([guard, read, show](const QByteArray& password) {
        if (!guard)
            return;
        guard->m_liveLabel->setText(tr("Reading the account from the directory…"));
        guard->m_readLive->start<Answer>(read(password), [guard, show, password](const Answer& answer) {
            const bool found = answer.account.has_value();
            if (!show(answer.account, answer.error))
                return;
            if (found)
                guard->m_secrets->remember(guard->m_snapshot->info.sourceId, password,
                                           guard->m_secrets->keychainAvailable().value_or(false));
            else
                guard->m_secrets->dropFromSession(guard->m_snapshot->info.sourceId);
        });
    });
}

void HelpdeskView::updateCard()
{
    const Account* snapshotAccount = account();
    if (!snapshotAccount) {
        m_title->setText(tr("No account chosen"));
        m_card->setText(tr("Find the caller's account on the left: type part of their name, login, mail or employee "
                           "number, then pick it."));
        m_liveLabel->clear();
        m_refresh->setEnabled(false);
        return;
    }
    const Account& a = m_live ? *m_live : *snapshotAccount;
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    const AccessGraph& graph = *m_snapshot->graph;
    const quint32 identityIndex = graph.identityOfAccount(quint32(m_account));
    const Identity* identity =
        identityIndex == AccessGraph::kNone ? nullptr : &m_snapshot->data->identities[identityIndex];
    m_title->setText(QStringLiteral("%1 (%2)").arg(a.displayName, a.login));

    auto row = [](const QString& label, const QString& value, const char* color = nullptr) {
        const QString shown = color ? QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                          .arg(QLatin1String(color), htmlFromData(value))
                                    : htmlFromData(value);
        return QStringLiteral("<tr><td style=\"padding-right:14px; white-space:nowrap\"><b>%1</b></td><td>%2</td></tr>")
            .arg(htmlFromData(label), shown);
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Status"), a.enabled ? tr("Enabled") : tr("Disabled"), a.enabled ? nullptr : "#b3261e");
    if (a.locked) {
        html += row(tr("Locked"),
                    tr("Yes, since %1 (%2)").arg(DisplayFormat::dateTime(a.lockedSince), failures(a.failedLogons)),
                    "#b3261e");
    } else {
        html += row(tr("Locked"), a.failedLogons > 0 ? tr("No (%1 recently)").arg(failures(a.failedLogons)) : tr("No"));
    }
    html += row(tr("Password"), a.passwordChanged == kNoTime ? tr("never changed")
                                                             : tr("changed %1 (%2)")
                                                                   .arg(DisplayFormat::dateTime(a.passwordChanged),
                                                                        DisplayFormat::age(a.passwordChanged, now)));
    html += row(tr("Must change at next logon"), yesNo(a.mustChangePassword));
    html += row(tr("Last logon"), a.lastLogon == kNoTime ? tr("never (or not recorded)")
                                                         : tr("%1 (%2)", "last logon: date, how long ago")
                                                               .arg(DisplayFormat::dateTime(a.lastLogon),
                                                                    DisplayFormat::age(a.lastLogon, now)));
    html += row(tr("Source"), m_snapshot->sourceName(m_snapshot->info.sourceId));
    if (!a.dn.isEmpty())
        html += row(tr("DN"), a.dn);
    if (!a.email.isEmpty())
        html += row(tr("Mail"), a.email);
    if (identity) {
        html += row(tr("Person"), identity->displayName);
        if (!identity->key.startsWith(QLatin1String("uid:")))
            html += row(tr("Employee number"), identity->key);
        if (!identity->department.isEmpty())
            html += row(tr("Department"), identity->department);
        const quint32 manager = graph.managerOf(identityIndex);
        if (manager != AccessGraph::kNone)
            html += row(tr("Manager"), m_snapshot->data->identities[manager].displayName);
    }
    QStringList groups;
    for (const quint32 entitlement : graph.directEntitlements(quint32(m_account))) {
        const Entitlement& e = m_snapshot->data->entitlements[entitlement];
        groups << (graph.isPrivilegedEntitlement(entitlement) ? tr("%1 (privileged)").arg(e.name) : e.name);
    }
    const int shownGroups = 12;
    QString groupText = groups.mid(0, shownGroups).join(QStringLiteral(", "));
    if (groups.size() > shownGroups)
        groupText += tr(" and %1 more").arg(groups.size() - shownGroups);
    html += row(tr("Groups"), groups.isEmpty() ? tr("none") : groupText);
    html += QStringLiteral("</table>");
    m_card->setText(html);

    if (m_sourceCapabilities.changesAsSnapshots && m_live)
        m_liveLabel->setText(tr("The current state of %1 in this workspace.").arg(m_connectionName));
    else if (!m_settings)
        m_liveLabel->setText(tr("From the snapshot of %1.").arg(DisplayFormat::dateTime(m_snapshot->info.takenAt)));
    else if (m_live)
        m_liveLabel->setText(
            tr("Live from %1 at %2.")
                .arg(m_connectionName, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    else
        m_liveLabel->setText(m_liveNote.isEmpty()
                                 ? tr("From the snapshot of %1; Refresh reads the directory.")
                                       .arg(DisplayFormat::dateTime(m_snapshot->info.takenAt))
                                 : tr("From the snapshot: the directory could not be read (%1).").arg(m_liveNote));
    m_refresh->setEnabled((m_settings.has_value() || m_sourceCapabilities.changesAsSnapshots) && !m_busy);
}

QString HelpdeskView::actionsNote() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void HelpdeskView::updateActions()
{
    using Access = DirectoryCapabilities::Access;
    const Account* snapshotAccount = account();
    const Account* a = m_live ? &*m_live : snapshotAccount;
    QString why;
    // A source whose connector can change nothing (no saved connection, a kind Attest only reads).
    if (!m_snapshot || m_sourceCapabilities.changes.isEmpty())
        why = tr("Changes need a directory connection for this snapshot's source: add one in Directory → "
                 "Connections, then sync.");
    const bool possible = a && why.isEmpty() && !m_busy;
    struct Rule
    {
        QPushButton* button;
        DirectoryChange::Kind kind;
        Access access;
        QString denied;
        bool applies;
        QString notApplicable;
    };
    const std::vector<Rule> rules{
        {m_reset, DirectoryChange::Kind::ResetPassword, m_capabilities.passwords, m_capabilities.passwordsReason, true,
         QString()},
        {m_unlock, DirectoryChange::Kind::Unlock, m_capabilities.accountStatus, m_capabilities.accountStatusReason,
         a && a->locked, tr("The account is not locked.")},
        {m_enable, DirectoryChange::Kind::Enable, m_capabilities.accountStatus, m_capabilities.accountStatusReason,
         a && !a->enabled, tr("The account is already enabled.")},
        {m_disable, DirectoryChange::Kind::Disable, m_capabilities.accountStatus, m_capabilities.accountStatusReason,
         a && a->enabled, tr("The account is already disabled.")},
    };
    QStringList denials;
    for (const Rule& rule : rules) {
        // The source's connector cannot apply it at all, or its bind identity may not.
        const QString unsupported = unsupportedReason(rule.kind);
        const bool denied = m_settings && rule.access == Access::Denied;
        rule.button->setEnabled(possible && unsupported.isEmpty() && !denied && rule.applies);
        rule.button->setToolTip(
            plainToolTip(!unsupported.isEmpty() ? unsupported
                         : !why.isEmpty()       ? why
                         : !a                   ? tr("Select an account first.")
                         : m_busy               ? tr("Wait until the change that is running has finished.")
                         : denied        ? tr("%1 as %2: %3").arg(m_connectionName, m_settings->bindDn, rule.denied)
                         : !rule.applies ? rule.notApplicable
                                         : QString()));
        if (denied && possible)
            denials << rule.button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    }
    if (!why.isEmpty())
        m_note->setText(why);
    else if (!denials.isEmpty())
        m_note->setText(tr("%1 bound as %2 may not: %3. (Found by the last connection test or sync.)")
                            .arg(m_connectionName, m_settings->bindDn, denials.join(QStringLiteral(", "))));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
}

QString HelpdeskView::unsupportedReason(DirectoryChange::Kind kind) const
{
    if (m_sourceCapabilities.canApply(kind))
        return {};
    return m_sourceCapabilities.unsupportedReason.isEmpty() ? tr("%1 cannot make this change.").arg(m_connectionName)
                                                            : m_sourceCapabilities.unsupportedReason;
}

QString HelpdeskView::cardText() const
{
    QTextDocument document;
    document.setHtml(m_card->text());
    return m_title->text() + QLatin1Char('\n') + document.toPlainText();
}

QString HelpdeskView::resultText() const
{
    QTextDocument document;
    document.setHtml(m_result->text());
    return m_result->isHidden() ? QString() : document.toPlainText();
}

void HelpdeskView::showResult(const QString& html, bool ok)
{
    m_result->setText(html);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1e7b34;") : QStringLiteral("color: #b3261e;"));
    m_result->show();
}

PasswordResetDialog::Runner HelpdeskView::runner(const QByteArray& bindPassword) const
{
    // Runs on a worker: its own connection to the workspace, the use case the command line uses.
    return [session = m_snapshot->session, sourceId = m_snapshot->info.sourceId,
            bindPassword](const std::vector<DirectoryChange>& changes, const QByteArray& newPassword,
                          QString* error) -> std::optional<std::vector<ChangeRun>> {
        const auto workspace = session->connect(error);
        if (!workspace)
            return std::nullopt;
        app::DirectoryChangesRequest request;
        request.sourceId = sourceId;
        request.secret = bindPassword;
        request.changes = changes;
        request.newPassword = newPassword;
        app::DirectoryChangesResult result = app::applyDirectoryChanges(*workspace, std::move(request));
        if (!result.ok) {
            *error = result.error;
            return std::nullopt;
        }
        return std::move(result.runs);
    };
}

void HelpdeskView::resetPassword()
{
    const Account* a = m_live ? &*m_live : account();
    if (!a || m_busy || !m_reset->isEnabled() || !m_snapshot || !m_snapshot->session)
        return;
    QPointer<HelpdeskView> guard(this);
    const PasswordResetDialog::Target target{a->dn.isEmpty() ? a->key : a->dn, a->login, a->displayName, a->locked,
                                             tickedChecks()};
    withBindPassword([guard, target](const QByteArray& bindPassword) {
        if (!guard)
            return;
        auto* dialog = new PasswordResetDialog(target, guard->m_policy, guard->runner(bindPassword), guard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        guard->m_resetDialog = dialog;
        connect(dialog, &PasswordResetDialog::finishedRunning, guard, [guard, dialog, bindPassword] {
            if (!guard)
                return;
            guard->m_policy = dialog->policy();
            const bool ok = dialog->succeeded();
            guard->showResult(dialog->resultText().section(QStringLiteral("<br><br>"), 0, 0), ok);
            if (ok)
                guard->m_secrets->remember(guard->m_snapshot->info.sourceId, bindPassword,
                                           guard->m_secrets->keychainAvailable().value_or(false));
            Q_EMIT guard->changed();
            if (ok && guard->m_sourceCapabilities.changesAsSnapshots)
                Q_EMIT guard->sourceSnapshotChanged(guard->m_snapshot->info.sourceId);
            Q_EMIT guard->actionFinished();
            guard->refreshLive();
        });
        dialog->open();
    });
}

void HelpdeskView::runAccountAction(DirectoryChange::Kind kind, bool confirm, const QString& ticket,
                                    const QString& reason)
{
    const Account* a = m_live ? &*m_live : account();
    if (!a || m_busy || !m_snapshot || !m_snapshot->session || !unsupportedReason(kind).isEmpty())
        return;
    DirectoryChange change;
    change.kind = kind;
    change.target = a->dn.isEmpty() ? a->key : a->dn;
    change.ticket = ticket;
    change.reason = reason;
    change.callerChecks = tickedChecks();
    if (confirm) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Confirm"));
        auto* text = new QLabel(tr("<b>%1</b><br><br>The account is read back afterwards to verify it, and the "
                                   "change is recorded in the journal.")
                                    .arg(change.preview().toHtmlEscaped()));
        text->setWordWrap(true);
        auto* ticketEdit = new QLineEdit(ticket);
        auto* reasonEdit = new QLineEdit(reason);
        ticketEdit->setPlaceholderText(tr("e.g. INC-20417"));
        auto* form = new QFormLayout;
        form->addRow(tr("&Ticket:"), ticketEdit);
        form->addRow(tr("R&eason:"), reasonEdit);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Do It"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(text);
        layout->addLayout(form);
        layout->addWidget(buttons);
        dialog.resize(520, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return;
        change.ticket = ticketEdit->text().trimmed();
        change.reason = reasonEdit->text().trimmed();
    }
    QPointer<HelpdeskView> guard(this);
    withBindPassword([guard, change](const QByteArray& bindPassword) {
        if (!guard)
            return;
        guard->m_busy = true;
        guard->updateActions();
        guard->showResult(tr("Working: %1…").arg(change.preview().toHtmlEscaped()), true);
        using Answer = std::pair<std::optional<std::vector<ChangeRun>>, QString>;
        guard->m_apply->start<Answer>(
            [run = guard->runner(bindPassword), change](const ProgressFn&) {
                QString error;
                auto runs = run({change}, QByteArray(), &error);
                return std::make_pair(runs, error);
            },
            [guard, bindPassword](Answer answer) {
                if (!guard)
                    return;
                guard->m_busy = false;
                if (!answer.first || answer.first->empty()) {
                    guard->showResult(tr("Nothing was changed: %1").arg(answer.second.toHtmlEscaped()), false);
                } else {
                    const ChangeRun& run = answer.first->front();
                    const bool ok = run.outcome.executed && run.outcome.verified && run.record;
                    QString text = run.outcome.message.toHtmlEscaped();
                    if (run.record)
                        text += tr(" (journal record %1)").arg(run.record->sequence);
                    guard->showResult(text, ok);
                    if (run.outcome.executed)
                        guard->m_secrets->remember(guard->m_snapshot->info.sourceId, bindPassword,
                                                   guard->m_secrets->keychainAvailable().value_or(false));
                    Q_EMIT guard->changed();
                    if (run.outcome.executed && guard->m_sourceCapabilities.changesAsSnapshots)
                        Q_EMIT guard->sourceSnapshotChanged(guard->m_snapshot->info.sourceId);
                }
                guard->updateActions();
                Q_EMIT guard->actionFinished();
                guard->refreshLive();
            });
    });
}

} // namespace attest
