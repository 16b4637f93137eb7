#include "measuretree.h"

#include "dashboardformat.h"

#include "common/colours.h"

#include <QHeaderView>

namespace attest {

using namespace analysis;

MeasureTree::MeasureTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("measureTree"));
    setAccessibleName(tr("Every measure, with its definition"));
    setColumnCount(4);
    setHeaderLabels({tr("Measure"), tr("Value"), tr("Accepted exceptions"), tr("Definition")});
    setRootIsDecorated(true);
    setMinimumHeight(320);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        // Section headings carry no measure.
        if (item && item->data(0, Qt::UserRole).isValid())
            Q_EMIT measureChosen(MeasureId(item->data(0, Qt::UserRole).toInt()));
    });
}

void MeasureTree::populate(const Analysis& analysis)
{
    clear();
    const Metrics& m = analysis.metrics;
    QTreeWidgetItem* section = nullptr;
    const QColor alert = colours::alert(palette());
    for (const Measure& measure : m.measures) {
        if (!section || section->text(0) != measure.section) {
            section = new QTreeWidgetItem(this, {measure.section});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFirstColumnSpanned(false);
            section->setExpanded(true);
        }
        const QString value = measure.unit == QLatin1String("%") ? DisplayFormat::percent(measure.value)
                                                                 : DisplayFormat::number(qint64(measure.value));
        auto* item = new QTreeWidgetItem(
            section,
            {measure.title, value, measure.excepted.empty() ? QString() : QString::number(measure.excepted.size()),
             measure.definition});
        item->setData(0, Qt::UserRole, int(measure.id));
        item->setToolTip(0, measure.definition);
        item->setToolTip(3, measure.definition);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (measure.flagged) {
            item->setForeground(1, alert);
            item->setToolTip(1, measure.flagReason);
        }
    }
    // The changes since the compared snapshot, each with its list too.
    if (analysis.drift) {
        const Drift& d = *analysis.drift;
        auto* changes = new QTreeWidgetItem(this, {tr("Changes since “%1”").arg(d.from.label)});
        QFont bold = changes->font(0);
        bold.setBold(true);
        changes->setFont(0, bold);
        changes->setExpanded(true);
        const auto add = [&](MeasureId id, const QString& title, const QString& value, const QString& definition) {
            auto* item = new QTreeWidgetItem(changes, {title, value, QString(), definition});
            item->setData(0, Qt::UserRole, int(id));
            item->setToolTip(0, definition);
            item->setToolTip(3, definition);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        };
        add(MeasureId::DriftAdded, tr("Grants added"),
            tr("%1 (%2 privileged)")
                .arg(DisplayFormat::number(qint64(d.added.size())), DisplayFormat::number(qint64(d.addedPrivileged))),
            tr("Effective grants this snapshot holds that “%1” did not, matched by account and entitlement keys.")
                .arg(d.from.label));
        add(MeasureId::DriftRemoved, tr("Grants removed"),
            tr("%1 (%2 privileged)")
                .arg(DisplayFormat::number(qint64(d.removed.size())),
                     DisplayFormat::number(qint64(d.removedPrivileged))),
            tr("Effective grants of “%1” that this snapshot no longer holds.").arg(d.from.label));
        add(MeasureId::DriftNet, tr("Net change and rate"),
            tr("%1, %2 (%3 per 30 days)")
                .arg(signedNumber(d.net()))
                .arg(DisplayFormat::percent(d.ratePercent(), 2))
                .arg(DisplayFormat::percent(d.monthlyRatePercent(), 2)),
            tr("Added minus removed, as a share of the grants of “%1”, and scaled to 30 days.").arg(d.from.label));
        add(MeasureId::DriftRegressions, tr("Regressions of revoked access"),
            DisplayFormat::number(qint64(d.regressions.size())),
            tr("Grants revoked in a closed access review that have come back."));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace attest
