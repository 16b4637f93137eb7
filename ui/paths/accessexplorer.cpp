#include "accessexplorer.h"

#include "accesspathscene.h"
#include "accesspathview.h"
#include "displayformat.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attest {

namespace {

using Kind = AccessPaths::Node::Kind;

QToolButton* toolButton(const QString& objectName, const QString& text, const QString& toolTip)
{
    auto* button = new QToolButton;
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

AccessExplorer::AccessExplorer(QWidget* parent)
    : QWidget(parent)
    , m_scene(new AccessPathScene(this))
    , m_view(new AccessPathView(m_scene))
    , m_stack(new QStackedWidget)
    , m_messageLabel(new QLabel)
    , m_startLabel(new QLabel)
    , m_summaryLabel(new QLabel)
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_backButton(toolButton(QStringLiteral("explorerBackButton"), tr("◀"), tr("Back to the previous arrangement")))
    , m_forwardButton(toolButton(QStringLiteral("explorerForwardButton"), tr("▶"), tr("Forward")))
    , m_whoButton(toolButton(QStringLiteral("whoCanReachButton"), tr("Who can reach this?"),
                             tr("The accounts that hold this entitlement, directly or through nested groups")))
    , m_whatButton(toolButton(QStringLiteral("whatCanReachButton"), tr("What can this reach?"),
                              tr("Every group and role this object reaches, up to the privileged tier")))
    , m_directionGroup(new QButtonGroup(this))
    , m_fitButton(toolButton(QStringLiteral("fitButton"), tr("Fit"), tr("Fit the picture in the window")))
    , m_pngButton(toolButton(QStringLiteral("exportPngButton"), tr("Export PNG…"), tr("Save the picture as PNG")))
    , m_svgButton(toolButton(QStringLiteral("exportSvgButton"), tr("Export SVG…"), tr("Save the picture as SVG")))
    , m_lastMatch(AccessGraph::kNone)
{
    setObjectName(QStringLiteral("accessExplorer"));
    m_backButton->setAccessibleName(tr("Back"));
    m_forwardButton->setAccessibleName(tr("Forward"));
    m_startLabel->setObjectName(QStringLiteral("explorerStartLabel"));
    m_startLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setObjectName(QStringLiteral("explorerSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setObjectName(QStringLiteral("explorerMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMargin(24);
    m_search->setObjectName(QStringLiteral("explorerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find a node… (Enter: next)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a node"));
    m_search->setMaximumWidth(220);
    m_search->setMinimumWidth(120);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    for (QToolButton* button : {m_whoButton, m_whatButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_directionGroup->addButton(button);
    }
    m_whatButton->setChecked(true);

    // Two rows: the controls, then the question asked and what the picture holds. The labels
    // may clip rather than widen the pane (the detail panel needs its room).
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addWidget(m_whoButton);
    bar->addWidget(m_whatButton);
    bar->addStretch(1);
    bar->addWidget(m_search);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_pngButton);
    bar->addWidget(m_svgButton);
    QFont startFont = m_startLabel->font();
    startFont.setBold(true);
    m_startLabel->setFont(startFont);
    for (QLabel* label : {m_startLabel, m_summaryLabel})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(10, 0, 6, 2);
    summaryRow->addWidget(m_startLabel, 2);
    summaryRow->addWidget(m_summaryLabel, 3);

    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addLayout(summaryRow);
    layout->addWidget(m_stack, 1);

    m_chooseFile = [this](const QString& caption, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, QString(), filter);
    };

    connect(m_backButton, &QToolButton::clicked, this, &AccessExplorer::goBack);
    connect(m_forwardButton, &QToolButton::clicked, this, &AccessExplorer::goForward);
    connect(m_whoButton, &QToolButton::clicked, this, [this] { setDirection(AccessDirection::WhoCanReach); });
    connect(m_whatButton, &QToolButton::clicked, this, [this] { setDirection(AccessDirection::WhatCanReach); });
    connect(m_fitButton, &QToolButton::clicked, this, &AccessExplorer::fitToView);
    connect(m_pngButton, &QToolButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_svgButton, &QToolButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_lastMatch = AccessGraph::kNone;
        m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        search(m_search->text());
    });
    connect(m_view, &AccessPathView::nodeClicked, this, &AccessExplorer::nodeClicked);
    connect(m_view, &AccessPathView::nodeDoubleClicked, this, &AccessExplorer::nodeDoubleClicked);
    connect(m_view, &AccessPathView::nodeMenuRequested, this, &AccessExplorer::nodeMenu);

    setSnapshot(nullptr);
}

AccessExplorer::~AccessExplorer() = default;

void AccessExplorer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The picture's colours come from the palette: redraw it in the new one, where it was.
    if (event->type() == QEvent::PaletteChange && m_hasState && m_stack->currentWidget() == m_view) {
        const State kept = state();
        recompute(true);
        m_view->centerOn(kept.centre);
    }
}

void AccessExplorer::setSnapshot(LoadedSnapshotPtr snapshot)
{
    // Row indexes belong to one snapshot: the arrangements of the last one mean nothing now.
    m_snapshot = std::move(snapshot);
    m_back.clear();
    m_forward.clear();
    m_state = State();
    m_hasState = false;
    m_scene->setPaths(AccessPaths(), SnapshotData(), palette());
    setMessage(tr("Choose an account, identity or entitlement, then View → Show Access Paths (Ctrl+Shift+P), to "
                  "see the paths from accounts through groups and roles to what they grant."));
    updateToolbar();
    Q_EMIT historyChanged();
}

void AccessExplorer::showPaths(const ObjectRef& start)
{
    showPaths(start, start.kind == ObjectRef::Kind::Entitlement ? AccessDirection::WhoCanReach
                                                                : AccessDirection::WhatCanReach);
}

void AccessExplorer::showPaths(const ObjectRef& start, AccessDirection direction)
{
    if (!start.isValid())
        return;
    pushHistory();
    m_state = State();
    m_state.start = start;
    m_state.direction = direction;
    m_hasState = true;
    recompute(false);
}

void AccessExplorer::setDirection(AccessDirection direction)
{
    if (!m_hasState || direction == m_state.direction) {
        updateToolbar();
        return;
    }
    showPaths(m_state.start, direction);
}

void AccessExplorer::expand(quint32 entitlement)
{
    if (!m_hasState)
        return;
    ++m_state.expandedPages[entitlement];
    m_state.zoom = m_view->zoom();
    recompute(true);
    // Keep the expanded group in sight, with its members fanning in.
    const quint32 node = paths().findEntitlementNode(entitlement);
    if (node != AccessGraph::kNone)
        m_view->centerOn(m_scene->nodeRect(node).center());
}

void AccessExplorer::selectNode(quint32 node)
{
    const ObjectRef ref = objectOf(node);
    m_state.focus = ref;
    m_scene->setFocusNode(node);
    if (ref.isValid())
        Q_EMIT objectSelected(ref);
}

bool AccessExplorer::search(const QString& text)
{
    const quint32 node = m_scene->findNode(text, m_lastMatch);
    if (node == AccessGraph::kNone) {
        if (!text.trimmed().isEmpty())
            m_summaryLabel->setText(tr("No node matches “%1”.").arg(text.trimmed()));
        return false;
    }
    m_lastMatch = node;
    selectNode(node);
    m_view->centerOn(m_scene->nodeRect(node).center());
    m_summaryLabel->setText(summary());
    return true;
}

void AccessExplorer::focusSearch()
{
    if (m_search->isEnabled()) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }
}

void AccessExplorer::fitToView()
{
    const quint32 start = paths().startNode;
    m_view->fit(start != AccessGraph::kNone ? m_scene->nodeRect(start).center() : QPointF());
}

void AccessExplorer::goBack()
{
    if (m_back.empty())
        return;
    m_forward.push_back(state());
    const State previous = m_back.back();
    m_back.pop_back();
    apply(previous);
}

void AccessExplorer::goForward()
{
    if (m_forward.empty())
        return;
    m_back.push_back(state());
    const State next = m_forward.back();
    m_forward.pop_back();
    apply(next);
}

AccessExplorer::State AccessExplorer::state() const
{
    State s = m_state;
    if (m_hasState && m_stack->currentWidget() == m_view) {
        s.zoom = m_view->zoom();
        s.centre = m_view->mapToScene(m_view->viewport()->rect().center());
    }
    return s;
}

const AccessPaths& AccessExplorer::paths() const
{
    return m_scene->paths();
}

QString AccessExplorer::message() const
{
    return m_stack->currentWidget() == m_messageLabel ? m_messageLabel->text() : QString();
}

void AccessExplorer::setFileChooser(std::function<QString(const QString&, const QString&)> chooser)
{
    m_chooseFile = std::move(chooser);
}

void AccessExplorer::pushHistory()
{
    if (!m_hasState)
        return;
    m_back.push_back(state());
    m_forward.clear();
}

void AccessExplorer::apply(const State& state)
{
    m_state = state;
    m_hasState = state.start.isValid();
    if (!m_hasState) {
        setMessage(tr("Choose an account, identity or entitlement."));
        updateToolbar();
        return;
    }
    recompute(state.zoom > 0);
    if (state.zoom > 0) {
        m_view->setZoom(state.zoom);
        m_view->centerOn(state.centre);
    }
    Q_EMIT historyChanged();
}

void AccessExplorer::recompute(bool keepView)
{
    m_lastMatch = AccessGraph::kNone;
    if (!m_snapshot || !m_snapshot->graph || !m_snapshot->data) {
        setMessage(tr("No workspace is loaded."));
        updateToolbar();
        return;
    }
    AccessPathQuery query;
    query.start = m_state.start.index;
    query.direction = m_state.direction;
    query.expandedPages = m_state.expandedPages;
    switch (m_state.start.kind) {
    case ObjectRef::Kind::Identity:
        query.startKind = AccessPathQuery::StartKind::Identity;
        break;
    case ObjectRef::Kind::Entitlement:
        query.startKind = AccessPathQuery::StartKind::Entitlement;
        break;
    case ObjectRef::Kind::Account:
    case ObjectRef::Kind::None:
        query.startKind = AccessPathQuery::StartKind::Account;
        break;
    }
    const AccessPaths paths = computeAccessPaths(*m_snapshot->graph, *m_snapshot->data, query);
    m_scene->setPaths(paths, *m_snapshot->data, palette());
    if (!paths.message.isEmpty()) {
        setMessage(paths.message);
    } else {
        m_stack->setCurrentWidget(m_view);
        m_scene->setFocusNode(nodeOfObject(m_state.focus));
        if (!keepView)
            fitToView();
    }
    updateToolbar();
    Q_EMIT historyChanged();
}

void AccessExplorer::setMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_stack->setCurrentWidget(m_messageLabel);
}

QString AccessExplorer::summary() const
{
    const AccessPaths& p = paths();
    if (!m_hasState || !p.message.isEmpty() || p.nodes.empty())
        return {};
    qint64 accounts = 0, collapsed = 0, groups = 0, roles = 0, privilegedAccounts = 0, privilegedEntitlements = 0;
    for (const auto& node : p.nodes) {
        const bool entitlement = node.kind == Kind::Group || node.kind == Kind::Role;
        accounts += node.kind == Kind::Account;
        collapsed += node.kind == Kind::MoreAccounts ? node.hiddenCount : 0;
        groups += node.kind == Kind::Group;
        roles += node.kind == Kind::Role;
        privilegedAccounts += node.kind == Kind::Account && node.privileged;
        privilegedEntitlements += entitlement && node.privileged;
    }
    QStringList parts;
    parts << tr("%n account(s) shown", nullptr, int(accounts));
    if (collapsed > 0)
        parts << tr("%1 collapsed").arg(DisplayFormat::number(collapsed));
    parts << tr("%n group(s)", nullptr, int(groups));
    if (roles > 0)
        parts << tr("%n role(s)", nullptr, int(roles));
    if (privilegedAccounts > 0)
        parts << tr("%n privileged account(s)", nullptr, int(privilegedAccounts));
    if (privilegedEntitlements > 0)
        parts << tr("%n privileged entitlement(s)", nullptr, int(privilegedEntitlements));
    return parts.join(QStringLiteral(" · "));
}

void AccessExplorer::updateToolbar()
{
    m_backButton->setEnabled(canGoBack());
    m_forwardButton->setEnabled(canGoForward());
    const bool entitlement = m_hasState && m_state.start.kind == ObjectRef::Kind::Entitlement;
    m_whoButton->setEnabled(entitlement);
    m_whatButton->setEnabled(m_hasState);
    (m_state.direction == AccessDirection::WhoCanReach ? m_whoButton : m_whatButton)->setChecked(true);
    const bool picture = m_hasState && m_stack->currentWidget() == m_view;
    for (QWidget* w : std::initializer_list<QWidget*>{m_search, m_fitButton, m_pngButton, m_svgButton})
        w->setEnabled(picture);
    QString name;
    if (m_hasState && m_snapshot && m_snapshot->data) {
        const SnapshotData& data = *m_snapshot->data;
        const quint32 i = m_state.start.index;
        switch (m_state.start.kind) {
        case ObjectRef::Kind::Identity:
            name = i < data.identities.size() ? data.identities[i].displayName : QString();
            break;
        case ObjectRef::Kind::Account:
            name = i < data.accounts.size() ? data.accounts[i].login : QString();
            break;
        case ObjectRef::Kind::Entitlement:
            name = i < data.entitlements.size() ? data.entitlements[i].name : QString();
            break;
        case ObjectRef::Kind::None:
            break;
        }
    }
    if (!m_hasState)
        m_startLabel->setText(tr("Access paths"));
    else if (m_state.direction == AccessDirection::WhoCanReach)
        m_startLabel->setText(tr("Who can reach “%1”?").arg(name));
    else
        m_startLabel->setText(tr("What can “%1” reach?").arg(name));
    m_summaryLabel->setText(summary());
}

ObjectRef AccessExplorer::objectOf(quint32 node) const
{
    const AccessPaths& p = paths();
    if (node >= p.nodes.size())
        return {};
    const auto& n = p.nodes[node];
    switch (n.kind) {
    case Kind::Identity:
        return ObjectRef::identity(n.index);
    case Kind::Account:
        return ObjectRef::account(n.index);
    case Kind::Group:
    case Kind::Role:
    case Kind::MoreAccounts: // the group whose accounts it stands for
        return ObjectRef::entitlement(n.index);
    }
    return {};
}

quint32 AccessExplorer::nodeOfObject(const ObjectRef& ref) const
{
    switch (ref.kind) {
    case ObjectRef::Kind::Identity:
        return paths().findNode(Kind::Identity, ref.index);
    case ObjectRef::Kind::Account:
        return paths().findNode(Kind::Account, ref.index);
    case ObjectRef::Kind::Entitlement:
        return paths().findEntitlementNode(ref.index);
    case ObjectRef::Kind::None:
        break;
    }
    return AccessGraph::kNone;
}

void AccessExplorer::nodeClicked(quint32 node)
{
    if (node < paths().nodes.size() && paths().nodes[node].kind == Kind::MoreAccounts) {
        // The group it belongs to is the object; highlight that group's path.
        selectNode(paths().findEntitlementNode(paths().nodes[node].index));
        return;
    }
    selectNode(node);
}

void AccessExplorer::nodeDoubleClicked(quint32 node)
{
    if (node >= paths().nodes.size())
        return;
    const auto& n = paths().nodes[node];
    if (n.kind == Kind::MoreAccounts)
        expand(n.index);
    else if (!n.start)
        showPaths(objectOf(node)); // explore from there; Back returns here
}

void AccessExplorer::nodeMenu(quint32 node, const QPoint& globalPos)
{
    if (node >= paths().nodes.size())
        return;
    const auto& n = paths().nodes[node];
    const ObjectRef ref = objectOf(node);
    QMenu menu(this);
    if (n.kind == Kind::MoreAccounts) {
        const quint32 entitlement = n.index;
        menu.addAction(tr("Show More Accounts"), this, [this, entitlement] { expand(entitlement); });
    } else if (!n.start) {
        menu.addAction(tr("Explore from Here"), this, [this, ref] { showPaths(ref); });
    }
    menu.addAction(tr("Show in Its Pane"), this, [this, ref] { Q_EMIT objectActivated(ref); });
    menu.exec(globalPos);
}

void AccessExplorer::exportWithDialog(bool svg)
{
    const QString path = svg ? m_chooseFile(tr("Export Access Paths as SVG"), tr("SVG images (*.svg)"))
                             : m_chooseFile(tr("Export Access Paths as PNG"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        m_summaryLabel->setText(error);
    else
        m_summaryLabel->setText(tr("Saved %1").arg(path));
}

bool AccessExplorer::exportPng(const QString& path, QString* error) const
{
    const QRectF source = m_scene->sceneRect();
    if (paths().nodes.empty() || source.isEmpty()) {
        *error = tr("There is no picture to export.");
        return false;
    }
    // Full size, scaled down only where an image this large could not be allocated.
    const qreal scale = std::min<qreal>(1.0, 16000.0 / std::max(source.width(), source.height()));
    QImage image(QSize(qCeil(source.width() * scale), qCeil(source.height() * scale)), QImage::Format_ARGB32);
    if (image.isNull()) {
        *error = tr("Not enough memory for an image of this size.");
        return false;
    }
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
    }
    if (!image.save(path, "PNG")) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool AccessExplorer::exportSvg(const QString& path, QString* error) const
{
    const QRectF source = m_scene->sceneRect();
    if (paths().nodes.empty() || source.isEmpty()) {
        *error = tr("There is no picture to export.");
        return false;
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(m_startLabel->text());
    generator.setDescription(tr("Access paths exported by Attest"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), palette().color(QPalette::Base));
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    if (!painter.end() || QFileInfo(path).size() == 0) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace attest
