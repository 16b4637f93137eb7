#include "tablepane.h"

#include "common/objectmenu.h"

#include "tablefilterproxymodel.h"
#include "tablemodelbase.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#ifdef ATTEST_MODEL_TEST
#include <QAbstractItemModelTester>
#endif

namespace attest {

namespace {
constexpr int kSearchDebounceMs = 120;
}

void TablePane::setObjectMenu(const ObjectMenu* menu)
{
    ObjectMenu::install(
        m_view,
        [this, menu](QMenu* popup, const QModelIndex& index) {
            const ObjectRef ref = index.data(TableModelBase::ObjectRefRole).value<ObjectRef>();
            if (ref.isValid()) {
                menu->addActions(popup, ref);
                return;
            }
            // A row that names no object (an audit event): its text as shown, column by column.
            QStringList cells;
            for (int column = 0; column < m_proxy->columnCount(); ++column) {
                if (!m_view->isColumnHidden(column))
                    cells << m_proxy->index(index.row(), column).data().toString();
            }
            const QString text = cells.join(QLatin1Char('\t'));
            QAction* copy =
                popup->addAction(tr("&Copy Row"), popup, [text] { QGuiApplication::clipboard()->setText(text); });
            copy->setObjectName(QStringLiteral("copyRowAction"));
        },
        menu);
}

TablePane::TablePane(const QString& paneId, QWidget* parent)
    : QWidget(parent)
    , m_paneId(paneId)
    , m_proxy(new TableFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_showCombo(new QComboBox(this))
    , m_toolLayout(new QHBoxLayout)
    , m_columnsButton(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(m_view))
    , m_debounce(new QTimer(this))
{
    setObjectName(paneId + QStringLiteral("TablePane"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_showCombo->setObjectName(QStringLiteral("showComboBox"));
    m_columnsButton->setObjectName(QStringLiteral("columnsToolButton"));
    m_view->setObjectName(QStringLiteral("tableView"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));

    m_search->setPlaceholderText(tr("Search name, login, mail, department… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_showCombo->setAccessibleName(tr("Show"));
    m_showCombo->hide();
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns to show"));
    m_columnsButton->setAutoRaise(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_status->setTextFormat(Qt::PlainText);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_showCombo);
    top->addLayout(m_toolLayout);
    top->addWidget(m_columnsButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    setFocusProxy(m_view);
    setTabOrder(m_search, m_showCombo);
    setTabOrder(m_showCombo, m_columnsButton);
    setTabOrder(m_columnsButton, m_view);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &TablePane::applySearch);
    // Enter in the search box applies at once and moves to the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applySearch();
        if (m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, &TablePane::setCurrentModel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePane::updateStatus);
    // What the actions and the detail panel act on is always a row on screen: a search that hides
    // the current row moves the selection to the first row still shown, or to nothing.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &TablePane::rememberCurrentRow);
    connect(m_proxy, &TableFilterProxyModel::filterChanged, this, &TablePane::followFilter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePane::updateStatus);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) { showColumnMenu(m_view->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_columnsButton, &QToolButton::clicked, this,
            [this] { showColumnMenu(m_columnsButton->mapToGlobal(QPoint(0, m_columnsButton->height()))); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT currentObjectChanged(current.data(TableModelBase::ObjectRefRole).value<ObjectRef>(),
                                                !m_followingFilter);
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT objectActivated(index.data(TableModelBase::ObjectRefRole).value<ObjectRef>());
    });
}

void TablePane::rememberCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    m_keptModel = current.isValid() ? m_proxy->sourceModel() : nullptr;
    m_keptSourceRow = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void TablePane::followFilter()
{
    const int kept = m_keptSourceRow;
    const bool hadCurrent = kept >= 0 && m_keptModel == m_proxy->sourceModel() && m_proxy->sourceModel();
    m_keptSourceRow = -1;
    m_keptModel = nullptr;
    if (!hadCurrent)
        return;
    const QModelIndex still = m_proxy->mapFromSource(m_proxy->sourceModel()->index(kept, 0));
    QItemSelectionModel* selection = m_view->selectionModel();
    if (still.isValid()) {
        // Still shown: the same object stays current, without telling anyone it changed.
        const QSignalBlocker blocker(selection);
        selection->setCurrentIndex(still, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(still);
        return;
    }
    if (m_proxy->rowCount() == 0) {
        Q_EMIT currentCleared();
        return;
    }
    // The first row shown takes its place; the signal says it was not the user's choice.
    const QModelIndex first = m_proxy->index(0, 0);
    m_followingFilter = true;
    selection->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_followingFilter = false;
    m_view->scrollTo(first);
}

void TablePane::addModel(const QString& label, TableModelBase* model)
{
#ifdef ATTEST_MODEL_TEST
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
#endif
    m_models.push_back(model);
    m_showCombo->addItem(label);
    m_showCombo->setVisible(m_models.size() > 1);
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        if (model == currentModel())
            onModelReset();
    });
    if (m_currentModel < 0)
        setCurrentModel(0);
}

void TablePane::setCurrentModel(int index)
{
    if (index < 0 || index >= int(m_models.size()) || index == m_currentModel)
        return;
    m_currentModel = index;
    {
        const QSignalBlocker blocker(m_showCombo);
        m_showCombo->setCurrentIndex(index);
    }
    m_proxy->setSourceModel(m_models[std::size_t(index)]);
    m_view->setAccessibleName(m_showCombo->itemText(index));
    m_proxy->setFilterText(m_search->text());
    applyColumnVisibility();
    fitColumns();
    updateStatus();
}

void TablePane::fitColumns()
{
    if (m_proxy->rowCount() == 0)
        return;
    // Sized from the rows in view (Qt looks at a bounded number), capped so one long DN or
    // description cannot push every other column off screen.
    m_view->resizeColumnsToContents();
    const int cap = qMax(160, m_view->fontMetrics().averageCharWidth() * 40);
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), cap));
}

TableModelBase* TablePane::currentModel() const
{
    return m_currentModel >= 0 ? m_models[std::size_t(m_currentModel)] : nullptr;
}

int TablePane::indexOfModel(const TableModelBase* model) const
{
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        if (m_models[i] == model)
            return int(i);
    }
    return -1;
}

void TablePane::addToolWidget(QWidget* widget)
{
    m_toolLayout->addWidget(widget);
}

void TablePane::onModelReset()
{
    applyColumnVisibility();
    fitColumns();
    updateStatus();
}

std::vector<bool>& TablePane::columnVisibility()
{
    auto& visible = m_columnVisible[m_currentModel];
    TableModelBase* model = currentModel();
    if (model && int(visible.size()) != model->columnCount()) {
        visible.resize(std::size_t(model->columnCount()));
        for (int column = 0; column < model->columnCount(); ++column)
            visible[std::size_t(column)] = model->isColumnVisibleByDefault(column);
    }
    return visible;
}

void TablePane::applyColumnVisibility()
{
    if (!currentModel())
        return;
    const auto& visible = columnVisibility();
    for (std::size_t column = 0; column < visible.size(); ++column)
        m_view->setColumnHidden(int(column), !visible[column]);
}

void TablePane::setColumnVisible(int column, bool visible)
{
    auto& columns = columnVisibility();
    if (column < 0 || column >= int(columns.size()))
        return;
    columns[std::size_t(column)] = visible;
    m_view->setColumnHidden(column, !visible);
}

void TablePane::applyDefaultColumns()
{
    m_columnVisible.erase(m_currentModel);
    applyColumnVisibility();
}

void TablePane::applySearch()
{
    m_proxy->setFilterText(m_search->text());
    updateStatus();
}

QString TablePane::statusText() const
{
    return m_status->text();
}

void TablePane::updateStatus()
{
    TableModelBase* model = currentModel();
    if (!model) {
        m_status->clear();
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceRowCount();
    m_status->setText(model->countText(shown, total));

    if (shown == 0) {
        m_empty->setText(total == 0 ? tr("Nothing to show in this snapshot.")
                                    : tr("Nothing matches “%1”.").arg(m_search->text().trimmed()));
        m_empty->setGeometry(m_view->viewport()->geometry().translated(-m_view->viewport()->pos()));
        m_empty->resize(m_view->size());
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

bool TablePane::selectObject(const ObjectRef& ref)
{
    TableModelBase* model = currentModel();
    if (!model)
        return false;
    const int sourceRow = model->rowOf(ref);
    if (sourceRow < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by the search or another filter: show everything rather than refuse.
        {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        m_proxy->setFilterText({});
        m_proxy->setRowPredicate({});
        updateStatus();
        proxyIndex = m_proxy->mapFromSource(model->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid())
        return false;
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(proxyIndex,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

ObjectRef TablePane::currentObject() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TableModelBase::ObjectRefRole).value<ObjectRef>() : ObjectRef();
}

void TablePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QStringList TablePane::saveState() const
{
    // "model:column,column,…" with the visible columns of every model the user has shaped.
    QStringList state;
    for (const auto& [model, visible] : m_columnVisible) {
        QStringList columns;
        for (std::size_t column = 0; column < visible.size(); ++column) {
            if (visible[column])
                columns << QString::number(column);
        }
        state << QString::number(model) + QLatin1Char(':') + columns.join(QLatin1Char(','));
    }
    return state;
}

void TablePane::restoreState(const QStringList& state)
{
    for (const QString& entry : state) {
        const int colon = entry.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int model = entry.left(colon).toInt(&ok);
        if (colon < 0 || !ok || model < 0 || model >= int(m_models.size()))
            continue;
        std::vector<bool> visible(std::size_t(m_models[std::size_t(model)]->columnCount()), false);
        for (const QString& column : entry.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int c = column.toInt(&ok);
            if (ok && c >= 0 && c < int(visible.size()))
                visible[std::size_t(c)] = true;
        }
        if (std::find(visible.begin(), visible.end(), true) != visible.end())
            m_columnVisible[model] = std::move(visible);
    }
    applyColumnVisibility();
}

void TablePane::showColumnMenu(const QPoint& globalPos)
{
    TableModelBase* model = currentModel();
    if (!model)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset to defaults")), &QAction::triggered, this, &TablePane::applyDefaultColumns);
    menu.exec(globalPos);
}

} // namespace attest
