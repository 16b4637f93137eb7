#include "auditeventmodel.h"

#include "displayformat.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace attest {

AuditEventModel::AuditEventModel(QObject* parent)
    : TableModelBase(parent)
{
    setColumns({
        {tr("Time"), tr("When it happened (UTC)"), true, {}},
        {tr("Actor"), tr("Who did it"), true, {}},
        {tr("Action"), {}, true, {}},
        {tr("Target"), tr("What it was done to"), true, {}},
        {tr("Source"), tr("The system that recorded it"), true, {}},
        {tr("Result"), {}, true, {}},
        {tr("Details"), {}, true, {}},
        {tr("Recorded by"), tr("The directory's own audit log, or Attest's journal"), false, {}},
    });
}

QString AuditEventModel::countText(int shown, int total) const
{
    return shownOfTotal(shown, total, tr("%Ln events", nullptr, total), tr("%1 of %Ln events", nullptr, total));
}

TableModelBase::PreparedPtr AuditEventModel::prepare(const LoadedSnapshot& snapshot) const
{
    auto cache = std::make_shared<Cache>();
    if (!snapshot.auditEvents)
        return cache;
    const auto& all = *snapshot.auditEvents;
    cache->order.resize(all.size());
    std::iota(cache->order.begin(), cache->order.end(), 0u);
    std::stable_sort(cache->order.begin(), cache->order.end(),
                     [&all](quint32 a, quint32 b) { return all[a].time > all[b].time; });
    cache->search.reserve(all.size(), all.size() * 96);
    for (std::size_t row = 0; row < cache->order.size(); ++row) {
        const AuditEvent& e = all[cache->order[row]];
        cache->search.addRow({e.actor, e.action, e.target, e.result, e.details});
    }
    cache->rowCount = int(all.size());
    return cache;
}

QVariant AuditEventModel::displayData(int row, int column) const
{
    const AuditEvent& e = eventAt(row);
    switch (Column(column)) {
    case Time:
        return DisplayFormat::dateTime(e.time);
    case Actor:
        return e.actor;
    case Action:
        return e.action;
    case Target:
        return e.target;
    case Source:
        return m_snapshot->sourceName(e.sourceId);
    case Result:
        return e.result;
    case Details:
        return e.details;
    case Origin:
        return e.origin == AuditOrigin::Journal ? tr("Attest journal") : tr("Directory");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditEventModel::toolTipData(int row, int column) const
{
    if (column == Details)
        return eventAt(row).details;
    return {};
}

int AuditEventModel::compareRows(int column, int left, int right) const
{
    const AuditEvent& a = eventAt(left);
    const AuditEvent& b = eventAt(right);
    switch (Column(column)) {
    case Time:
        return compareValues(a.time, b.time);
    case Actor:
        return compareText(a.actor, b.actor);
    case Action:
        return compareText(a.action, b.action);
    case Target:
        return compareText(a.target, b.target);
    case Source:
        return compareValues(a.sourceId, b.sourceId);
    case Result:
        return compareText(a.result, b.result);
    case Details:
        return compareText(a.details, b.details);
    case Origin:
        return compareValues(int(a.origin), int(b.origin));
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace attest
