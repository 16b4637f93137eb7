#include "dashboardexport.h"

#include "analysis/analysis.h"
#include "analysis/metricsexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace attest {

bool exportDashboard(const analysis::Analysis& analysis, const QString& workspaceName, const QString& path,
                     const QString& format, QString* error)
{
    QByteArray bytes;
    if (format == QLatin1String("pdf"))
        bytes = renderReport(analysis, workspaceName);
    else if (format == QLatin1String("csv"))
        bytes = analysis::metricsCsv(analysis);
    else
        bytes = analysis::metricsJson(analysis);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("attest::DashboardView", "Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace attest
