#include "subjectlistpanel.h"

#include "subjectlistmodel.h"

#include "common/disabledreason.h"
#include "common/objectmenu.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace attest {

SubjectListPanel::SubjectListPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new SubjectListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_openButton(new QPushButton(tr("&Open")))
    , m_pathsButton(new QPushButton(tr("A&ccess Paths")))
    , m_acceptButton(new QPushButton(tr("Accept as Exceptio&n…")))
{
    m_filter->setObjectName(QStringLiteral("listFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filter->setPlaceholderText(tr("Filter the list…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_list);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("subjectTableView"));
    m_view->setAccessibleName(tr("The list behind the figure"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setToolTip(tr("Show the selected row in its pane (or double-click it)"));
    m_pathsButton->setObjectName(QStringLiteral("accessPathsButton"));
    m_pathsButton->setToolTip(tr("Show how the selected row gets its access (or who reaches it) in the Access Paths "
                                 "tab"));
    m_acceptButton->setObjectName(QStringLiteral("acceptExceptionButton"));
    m_acceptButton->setToolTip(tr("Leave the selected findings out of the counts, with a reason, an approver and "
                                  "an expiry date"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_pathsButton);
    buttons->addStretch();
    buttons->addWidget(m_acceptButton);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, &SubjectListPanel::activate);
    connect(m_openButton, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });
    connect(m_pathsButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && showsOpenData())
            Q_EMIT accessPathsRequested(m_list->objectAt(m_proxy->mapToSource(index).row()));
    });
    connect(m_acceptButton, &QPushButton::clicked, this, &SubjectListPanel::acceptRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubjectListPanel::updateActions);
    updateActions();
}

void SubjectListPanel::setSubjects(std::shared_ptr<const SnapshotData> data, std::shared_ptr<const AccessGraph> graph,
                                   std::vector<analysis::Subject> subjects, std::vector<QString> notes, Timestamp now)
{
    m_list->setSubjects(std::move(data), std::move(graph), std::move(subjects), std::move(notes), now);
    m_view->resizeColumnsToContents();
    updateActions();
}

void SubjectListPanel::clear()
{
    m_list->clear();
    updateActions();
}

void SubjectListPanel::setOpenData(const SnapshotData* data)
{
    m_openData = data;
    updateActions();
}

void SubjectListPanel::setAcceptAllowed(bool allowed, const QString& reason)
{
    m_acceptAllowed = allowed;
    m_acceptReason = reason;
    updateActions();
}

void SubjectListPanel::setObjectMenu(const ObjectMenu* menu)
{
    ObjectMenu::install(
        m_view,
        [this, menu](QMenu* popup, const QModelIndex& index) {
            // Rows of another snapshot than the open one name nothing the window can show.
            if (showsOpenData())
                menu->addActions(popup, m_list->objectAt(m_proxy->mapToSource(index).row()));
            popup->addSeparator();
            addButtonAction(popup, tr("Accept as E&xception…"), m_acceptButton);
        },
        menu);
}

std::vector<int> SubjectListPanel::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(m_proxy->mapToSource(index).row());
    return rows;
}

bool SubjectListPanel::showsOpenData() const
{
    return m_openData && m_list->snapshotData() == m_openData;
}

void SubjectListPanel::activate(const QModelIndex& index)
{
    if (!index.isValid() || !showsOpenData())
        return; // rows of another snapshot than the open one cannot be shown in its panes
    Q_EMIT objectActivated(m_list->objectAt(m_proxy->mapToSource(index).row()));
}

void SubjectListPanel::updateActions()
{
    const bool rows = m_view->selectionModel()->hasSelection();
    const QString notOpen = !rows ? tr("Select a row of the list first.")
                                  : tr("The list is of another snapshot than the one open: choose that snapshot in "
                                       "the toolbar to show its rows.");
    setEnabledWithReason(m_openButton, rows && showsOpenData(), notOpen);
    setEnabledWithReason(m_pathsButton, rows && showsOpenData(), notOpen);
    setEnabledWithReason(m_acceptButton, rows && m_acceptAllowed,
                         !m_acceptAllowed && !m_acceptReason.isEmpty() ? m_acceptReason
                         : !rows                                       ? tr("Select the findings to accept first.")
                                                                       : m_acceptReason);
}

} // namespace attest
