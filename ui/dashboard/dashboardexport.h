#pragma once

#include <QString>

namespace attest {

namespace analysis {
struct Analysis;
}

// Writes the dashboard's report as "pdf", or its measures as "csv" or "json" (with the rows behind
// each count), to path, replacing it only once the whole file is written.
bool exportDashboard(const analysis::Analysis& analysis, const QString& workspaceName, const QString& path,
                     const QString& format, QString* error);

} // namespace attest
