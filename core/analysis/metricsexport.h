#pragma once

#include <QByteArray>

namespace attest::analysis {

struct Analysis;

// The measures as files, shared by `attest metrics` and the dashboard's export. JSON carries every
// measure with the keys of the rows behind it, the distributions, drift, trend, heat map,
// separation-of-duties rules and exceptions; CSV one row per measure (the lists are in the JSON).
QByteArray metricsJson(const Analysis& analysis);
QByteArray metricsCsv(const Analysis& analysis);

} // namespace attest::analysis
