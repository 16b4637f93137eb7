#include "exceptionspanel.h"

#include "analysis/measureid.h"
#include "common/disabledreason.h"
#include "common/richtext.h"
#include "displayformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attest {

using namespace analysis;

ExceptionsPanel::ExceptionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 7))
    , m_withdrawButton(new QPushButton(tr("&Withdraw Exception")))
{
    m_table->setObjectName(QStringLiteral("exceptionsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Finding"), tr("Reason"), tr("Approver"), tr("Accepted by"), tr("Expires"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawExceptionButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_withdrawButton);
    layout->addLayout(buttons);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ExceptionsPanel::withdrawRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExceptionsPanel::updateActions);
    updateActions();
}

void ExceptionsPanel::setExceptions(std::vector<AcceptedException> exceptions, Timestamp clock)
{
    m_exceptions = std::move(exceptions);
    const auto& list = m_exceptions;
    m_table->setRowCount(0);
    m_table->setRowCount(int(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const AcceptedException& e = list[i];
        const std::optional<MeasureId> measure = measureFromKey(e.measureId);
        const QStringList cells{measure ? measureTitle(*measure) : e.measureId,
                                e.subjectLabel,
                                e.reason,
                                e.approver,
                                tr("%1 on %2").arg(e.acceptedBy, DisplayFormat::date(e.acceptedAt)),
                                DisplayFormat::date(e.expires),
                                e.activeAt(clock) ? tr("active") : tr("expired — counted again")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(plainToolTip(cells[c])); // reasons and names: data, not markup
            if (c == 0)
                item->setData(Qt::UserRole, qint64(i));
            m_table->setItem(int(i), c, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

void ExceptionsPanel::setWithdrawAllowed(bool allowed)
{
    m_withdrawAllowed = allowed;
    updateActions();
}

std::optional<AcceptedException> ExceptionsPanel::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 index = m_table->item(items.front()->row(), 0)->data(Qt::UserRole).toLongLong();
    if (index < 0 || std::size_t(index) >= m_exceptions.size())
        return std::nullopt;
    return m_exceptions[std::size_t(index)];
}

void ExceptionsPanel::updateActions()
{
    const bool selected = !m_table->selectedItems().isEmpty();
    setEnabledWithReason(m_withdrawButton, m_withdrawAllowed && selected,
                         !m_withdrawAllowed ? tr("Not while a change is being written, nor before the dashboard has "
                                                 "measured the snapshot.")
                                            : tr("Select an exception first."));
}

} // namespace attest
