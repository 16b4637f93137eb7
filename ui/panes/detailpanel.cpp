#include "detailpanel.h"

#include "common/objectmenu.h"
#include "common/richtext.h"

#include "analysis/accountflags.h"
#include "displayformat.h"
#include "relationlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#ifdef ATTEST_MODEL_TEST
#include <QAbstractItemModelTester>
#endif

namespace attest {

namespace {

// Directory data is plain text: never interpreted as markup or links.
QLabel* selectableLabel(const QString& text, QWidget* parent)
{
    QLabel* label = plainLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

void DetailPanel::setObjectMenu(const ObjectMenu* menu)
{
    for (int tab = 0; tab < kTabCount; ++tab) {
        RelationListModel* model = m_models[std::size_t(tab)];
        ObjectMenu::install(
            m_views[std::size_t(tab)],
            [menu, model](QMenu* popup, const QModelIndex& index) {
                menu->addActions(popup, model->objectAt(index.row()));
            },
            menu);
    }
}

DetailPanel::DetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(selectableLabel({}, this))
    , m_subtitle(selectableLabel({}, this))
    , m_status(selectableLabel({}, this))
    , m_accessPathsButton(new QToolButton(this))
    , m_placeholder(selectableLabel({}, this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_title->setObjectName(QStringLiteral("detailTitleLabel"));
    m_subtitle->setObjectName(QStringLiteral("detailSubtitleLabel"));
    m_status->setObjectName(QStringLiteral("detailStatusLabel"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_tabs->setAccessibleName(tr("Relations of the selected object"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Select an identity, account, group or role to see its details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(4);

    auto* formHost = new QWidget;
    formHost->setLayout(m_form);
    auto* scroll = new QScrollArea(m_body);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setAccessibleName(tr("Attributes of the selected object"));
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    for (int tab = 0; tab < kTabCount; ++tab) {
        auto* model = new RelationListModel(this);
#ifdef ATTEST_MODEL_TEST
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
#endif
        auto* view = new QTableView(m_tabs);
        view->setObjectName(QStringLiteral("relationTableView%1").arg(tab));
        view->setAccessibleName(tr("Relations of the selected object"));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->resizeSection(RelationListModel::Name, 190);
        view->horizontalHeader()->resizeSection(RelationListModel::Access, 230);
        view->horizontalHeader()->resizeSection(RelationListModel::Privileged, 75);
        view->horizontalHeader()->resizeSection(RelationListModel::Account, 120);
        connect(view, &QTableView::activated, this,
                [this, model](const QModelIndex& index) { Q_EMIT objectActivated(model->objectAt(index.row())); });
        m_models[std::size_t(tab)] = model;
        m_views[std::size_t(tab)] = view;
    }

    // Attributes above, related lists below, in a splitter the user can move.
    m_bodySplitter = new QSplitter(Qt::Vertical, m_body);
    m_bodySplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_bodySplitter->addWidget(scroll);
    m_bodySplitter->addWidget(m_tabs);
    m_bodySplitter->setChildrenCollapsible(false);
    m_bodySplitter->setStretchFactor(0, 2);
    m_bodySplitter->setStretchFactor(1, 3);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_bodySplitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_status);
    // Opens the access-path explorer on the object shown (View → Show Access Paths).
    m_accessPathsButton->setObjectName(QStringLiteral("showAccessPathsButton"));
    m_accessPathsButton->setText(tr("Show access paths…"));
    m_accessPathsButton->setToolTip(tr("Who can reach this entitlement, or what this account or identity can reach "
                                       "(Ctrl+Shift+P)"));
    connect(m_accessPathsButton, &QToolButton::clicked, this, [this] {
        if (m_current.isValid())
            Q_EMIT accessPathsRequested(m_current);
    });
    layout->addWidget(m_accessPathsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_placeholder, 1);
    showObject({});
}

void DetailPanel::setSnapshot(LoadedSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    showObject({});
}

QString DetailPanel::titleText() const
{
    return m_title->text();
}

void DetailPanel::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void DetailPanel::addRow(const QString& label, const QString& value, const QString& toolTip)
{
    QLabel* field = selectableLabel(value.isEmpty() ? tr("—") : value, this);
    field->setToolTip(plainToolTip(toolTip));
    QLabel* name = selectableLabel(label, this);
    name->setBuddy(field);
    field->setAccessibleName(label);
    m_form->addRow(name, field);
}

void DetailPanel::addLinkRow(const QString& label, const QString& value, const ObjectRef& target)
{
    auto* button = new QPushButton(value, this);
    button->setObjectName(QStringLiteral("detailLinkPushButton"));
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(plainToolTip(tr("Open %1").arg(value)));
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 0px;"));
    connect(button, &QPushButton::clicked, this, [this, target] { Q_EMIT objectActivated(target); });
    m_form->addRow(selectableLabel(label, this), button);
}

void DetailPanel::setTab(int tab, const QString& title, bool visible)
{
    m_tabs->setTabText(tab, title);
    m_tabs->setTabVisible(tab, visible);
}

void DetailPanel::showObject(const ObjectRef& ref)
{
    m_current = ref;
    clearForm();
    const bool show = ref.isValid() && m_snapshot;
    m_body->setVisible(show);
    m_placeholder->setVisible(!show);
    m_title->setVisible(show);
    m_subtitle->setVisible(show);
    m_status->setVisible(show);
    m_accessPathsButton->setVisible(show);
    if (!show) {
        m_title->clear();
        m_subtitle->clear();
        for (RelationListModel* model : m_models)
            model->clear();
        return;
    }
    m_tabs->show();
    if (m_tabs->count() == 0) {
        for (int tab = 0; tab < kTabCount; ++tab)
            m_tabs->addTab(m_views[std::size_t(tab)], QString());
    }
    if (!m_splitterSized && m_bodySplitter->height() > 200) {
        // First real layout: attributes get two fifths, the lists the rest; the user's moves stay.
        const int h = m_bodySplitter->height();
        m_bodySplitter->setSizes({h * 2 / 5, h - h * 2 / 5});
        m_splitterSized = true;
    }
    switch (ref.kind) {
    case ObjectRef::Kind::Identity:
        showIdentity(ref.index);
        break;
    case ObjectRef::Kind::Account:
        showAccount(ref.index);
        break;
    case ObjectRef::Kind::Entitlement:
        showEntitlement(ref.index);
        break;
    case ObjectRef::Kind::None:
        break;
    }
}

void DetailPanel::showAuditEvent(const AuditEvent& event, const QString& sourceName)
{
    showObject({});
    if (!m_snapshot)
        return;
    m_body->setVisible(true);
    m_placeholder->setVisible(false);
    m_title->setVisible(true);
    m_subtitle->setVisible(true);
    m_status->setVisible(true);
    m_title->setText(event.action);
    m_subtitle->setText(tr("Audit event · %1").arg(DisplayFormat::dateTime(event.time)));
    m_status->setText(event.result);
    addRow(tr("Time"), DisplayFormat::dateTime(event.time));
    addRow(tr("Actor"), event.actor);
    addRow(tr("Action"), event.action);
    addRow(tr("Target"), event.target);
    addRow(tr("Source"), sourceName);
    addRow(tr("Result"), event.result);
    addRow(tr("Recorded by"),
           event.origin == AuditOrigin::Journal ? tr("Attest journal") : tr("The directory's own audit log"));
    addRow(tr("Details"), event.details);
    if (!event.command.isEmpty()) {
        // Like ADAC's PowerShell history: the command that does the same, to read and copy.
        auto* command = new QLabel(event.command, this);
        command->setObjectName(QStringLiteral("equivalentCommand"));
        command->setTextFormat(Qt::PlainText);
        command->setWordWrap(true);
        command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto* copy = new QPushButton(tr("&Copy Command"), this);
        copy->setObjectName(QStringLiteral("copyCommand"));
        connect(copy, &QPushButton::clicked, this,
                [text = event.command] { QApplication::clipboard()->setText(text); });
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(command);
        layout->addWidget(copy, 0, Qt::AlignLeft);
        m_form->addRow(selectableLabel(tr("Equivalent command"), this), box);
    }
    m_tabs->hide();
}

QString DetailPanel::privilegeText(quint32 account) const
{
    const auto reason = m_snapshot->graph->privilegeReason(account);
    if (!reason)
        return tr("No");
    const auto& data = *m_snapshot->data;
    for (const auto& grant : m_snapshot->graph->effectiveGrants(account)) {
        if (grant.entitlement == reason->entitlement) {
            return tr("Yes — %1 (%2): %3")
                .arg(data.entitlements[reason->entitlement].name,
                     DisplayFormat::accessPath(data, *m_snapshot->graph, grant), reason->reason);
        }
    }
    return tr("Yes — %1").arg(reason->reason);
}

void DetailPanel::showIdentity(quint32 index)
{
    const SnapshotData& data = *m_snapshot->data;
    const AccessGraph& graph = *m_snapshot->graph;
    const Identity& identity = data.identities[index];
    m_title->setText(identity.displayName);
    m_subtitle->setText(tr("Identity · %1 · %2").arg(identity.title, identity.department));

    QStringList status{DisplayFormat::identityStatus(identity.status)};
    bool privileged = false;
    for (quint32 a : graph.accountsOfIdentity(index))
        privileged = privileged || graph.isPrivilegedAccount(a);
    if (privileged)
        status << tr("Privileged");
    if (identity.status == IdentityStatus::Left) {
        for (quint32 a : graph.accountsOfIdentity(index)) {
            if (data.accounts[a].enabled) {
                status << tr("Left, but an account is still enabled");
                break;
            }
        }
    }
    m_status->setText(status.join(QStringLiteral(" · ")));

    addRow(tr("Employee ID"), identity.key);
    addRow(tr("Email"), identity.email);
    addRow(tr("Department"), identity.department);
    addRow(tr("Title"), identity.title);
    const quint32 manager = graph.managerOf(index);
    if (manager != AccessGraph::kNone)
        addLinkRow(tr("Manager"), data.identities[manager].displayName, ObjectRef::identity(manager));
    else
        addRow(tr("Manager"), {});
    addRow(tr("Type"), identity.employeeType);
    addRow(tr("Location"), identity.location);
    addRow(tr("Hired"), hasTime(identity.hired) ? DisplayFormat::date(identity.hired) : QString());
    if (identity.status == IdentityStatus::Left)
        addRow(tr("Left"), DisplayFormat::date(identity.left));
    for (quint32 a : graph.accountsOfIdentity(index)) {
        if (graph.isPrivilegedAccount(a))
            addRow(tr("Privileged (%1)").arg(data.accounts[a].login), privilegeText(a));
    }

    m_models[0]->showGrantsOfIdentity(m_snapshot, index);
    m_models[1]->showAccountsOfIdentity(m_snapshot, index);
    setTab(0, tr("Entitlements (%1)").arg(DisplayFormat::number(m_models[0]->rowCount())), true);
    setTab(1, tr("Accounts (%1)").arg(DisplayFormat::number(m_models[1]->rowCount())), true);
    setTab(2, {}, false);
    setTab(3, {}, false);
    m_views[0]->setColumnHidden(RelationListModel::Account, false);
}

void DetailPanel::showAccount(quint32 index)
{
    const SnapshotData& data = *m_snapshot->data;
    const AccessGraph& graph = *m_snapshot->graph;
    const Account& account = data.accounts[index];
    const Timestamp now = m_snapshot->now();
    m_title->setText(account.displayName.isEmpty() ? account.login : account.displayName);
    m_subtitle->setText(tr("%1 account · %2").arg(DisplayFormat::accountKind(account.kind), account.login));

    const quint32 identityIndex = graph.identityOfAccount(index);
    const Identity* identity = identityIndex == AccessGraph::kNone ? nullptr : &data.identities[identityIndex];
    const AccountFlags flags = accountFlags(account, identity, now);
    QStringList status{account.enabled ? tr("Enabled") : tr("Disabled")};
    if (account.locked)
        status << tr("Locked");
    if (graph.isPrivilegedAccount(index))
        status << tr("Privileged");
    status << accountFlagLabels(flags & ~AccountFlags(AccountFlag::Disabled | AccountFlag::Locked));
    m_status->setText(status.join(QStringLiteral(" · ")));

    addRow(tr("Login"), account.login);
    if (identity)
        addLinkRow(tr("Owner"), identity->displayName, ObjectRef::identity(identityIndex));
    else
        addRow(tr("Owner"), tr("No owner: the account is not correlated to any identity"));
    addRow(tr("Email"), account.email);
    addRow(tr("DN"), account.dn);
    addRow(tr("Source"), m_snapshot->info.sourceName);
    addRow(tr("Enabled"), DisplayFormat::yesNo(account.enabled));
    addRow(tr("Locked"), account.locked ? tr("Since %1, after %n failed logons", nullptr, account.failedLogons)
                                              .arg(DisplayFormat::dateTime(account.lockedSince))
                                        : tr("No"));
    const qint64 passwordDays = daysSince(account.passwordChanged, now);
    addRow(
        tr("Password age"),
        passwordDays < 0
            ? tr("Unknown")
            : tr("%1 (set %2)").arg(DisplayFormat::days(passwordDays), DisplayFormat::date(account.passwordChanged)));
    addRow(tr("Must change password"), DisplayFormat::yesNo(account.mustChangePassword));
    addRow(tr("Last logon"), hasTime(account.lastLogon) ? tr("%1 (%2)").arg(DisplayFormat::dateTime(account.lastLogon),
                                                                            DisplayFormat::age(account.lastLogon, now))
                                                        : tr("Never"));
    addRow(tr("Created"), DisplayFormat::date(account.created));
    addRow(tr("Privileged"), privilegeText(index));
    if (!account.description.isEmpty())
        addRow(tr("Description"), account.description);

    m_models[0]->showGrantsOfAccount(m_snapshot, index);
    setTab(0, tr("Entitlements (%1)").arg(DisplayFormat::number(m_models[0]->rowCount())), true);
    m_views[0]->setColumnHidden(RelationListModel::Account, true);
    for (int tab = 1; tab < kTabCount; ++tab)
        setTab(tab, {}, false);
    m_models[1]->clear();
}

void DetailPanel::showEntitlement(quint32 index)
{
    const SnapshotData& data = *m_snapshot->data;
    const AccessGraph& graph = *m_snapshot->graph;
    const Entitlement& entitlement = data.entitlements[index];
    m_title->setText(entitlement.name);
    m_subtitle->setText(
        entitlement.application.isEmpty()
            ? DisplayFormat::entitlementKind(entitlement.kind)
            : tr("%1 · %2").arg(DisplayFormat::entitlementKind(entitlement.kind), entitlement.application));
    QStringList status;
    if (graph.isPrivilegedEntitlement(index))
        status << tr("Privileged");
    if (graph.entitlementOwner(index) == AccessGraph::kNone)
        status << tr("No owner");
    for (const auto& cycle : graph.cycles()) {
        if (std::find(cycle.begin(), cycle.end(), index) != cycle.end()) {
            status << tr("Part of a nesting cycle");
            break;
        }
    }
    m_status->setText(status.join(QStringLiteral(" · ")));

    const quint32 owner = graph.entitlementOwner(index);
    if (owner != AccessGraph::kNone)
        addLinkRow(tr("Owner"), data.identities[owner].displayName, ObjectRef::identity(owner));
    else
        addRow(tr("Owner"), tr("No owner"));
    addRow(tr("Description"), entitlement.description);
    addRow(tr("Application"), entitlement.application);
    addRow(tr("DN"), entitlement.dn);
    addRow(tr("Privileged"), graph.isPrivilegedEntitlement(index)
                                 ? tr("Yes — %1").arg(graph.entitlementPrivilegeReason(index))
                                 : tr("No"));
    addRow(tr("Direct members"), DisplayFormat::number(qint64(graph.directMemberAccounts(index).size())));
    addRow(tr("Effective members"), DisplayFormat::number(qint64(graph.effectiveMemberAccounts(index).size())));
    addRow(tr("Nesting depth"), DisplayFormat::number(graph.nestingDepth(index)));

    m_models[0]->showMembers(m_snapshot, index, false);
    m_models[1]->showMembers(m_snapshot, index, true);
    m_models[2]->showNestedMembers(m_snapshot, index);
    m_models[3]->showMemberOf(m_snapshot, index);
    setTab(0, tr("Direct members (%1)").arg(DisplayFormat::number(m_models[0]->rowCount())), true);
    setTab(1, tr("Effective members (%1)").arg(DisplayFormat::number(m_models[1]->rowCount())), true);
    setTab(2, tr("Nested groups (%1)").arg(DisplayFormat::number(m_models[2]->rowCount())), true);
    setTab(3, tr("Member of (%1)").arg(DisplayFormat::number(m_models[3]->rowCount())), true);
    m_views[0]->setColumnHidden(RelationListModel::Account, false);
}

} // namespace attest
