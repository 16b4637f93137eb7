#pragma once

#include "analysis/analysis.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace attest {

// One list behind a number of the dashboard: what it is called, how it is defined, and its rows.
struct DashboardList
{
    QString title;
    QString definition;
    std::shared_ptr<const SnapshotData> data; // the snapshot the rows are of
    std::vector<analysis::Subject> subjects;
    std::vector<QString> notes;
    std::optional<analysis::MeasureId> measure = {}; // the rows are this measure's findings
};

// What is behind each number, bar, slice and cell of a measurement. nullopt for what is not there
// (a bin or cell out of range, a measure the analysis has not).
class DashboardLists final
{
    Q_DECLARE_TR_FUNCTIONS(attest::DashboardView)

public:
    static std::optional<DashboardList> measure(const analysis::Analysis& source, analysis::MeasureId id);
    static std::optional<DashboardList> histogramBin(const analysis::Analysis& source, int bin);
    static std::optional<DashboardList> heatCell(const analysis::Analysis& source, int row, int column);
    static std::optional<DashboardList> privilegedSlice(const analysis::Analysis& source, bool privileged);
    // Without a compared snapshot: the people with the most access instead.
    static std::optional<DashboardList> drift(const analysis::Analysis& source, bool added);
    static std::optional<DashboardList> regressions(const analysis::Analysis& source);
    static std::optional<DashboardList> topIdentities(const analysis::Analysis& source);
};

} // namespace attest
