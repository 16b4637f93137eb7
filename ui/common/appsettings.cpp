#include "appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace attest {

AppSettings::AppSettings() = default;

QString AppSettings::lastWorkspace() const
{
    return m_settings.value(QStringLiteral("workspace/last")).toString();
}

void AppSettings::setLastWorkspace(const QString& path)
{
    m_settings.setValue(QStringLiteral("workspace/last"), path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(QStringLiteral("window/splitter")).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("window/splitter"), state);
}

bool AppSettings::demoGuideDismissed() const
{
    return m_settings.value(QStringLiteral("guide/demoDismissed"), false).toBool();
}

void AppSettings::setDemoGuideDismissed(bool dismissed)
{
    m_settings.setValue(QStringLiteral("guide/demoDismissed"), dismissed);
}

QStringList AppSettings::paneColumns(const QString& paneId) const
{
    return m_settings.value(QStringLiteral("panes/%1/columns").arg(paneId)).toStringList();
}

void AppSettings::setPaneColumns(const QString& paneId, const QStringList& columns)
{
    m_settings.setValue(QStringLiteral("panes/%1/columns").arg(paneId), columns);
}

QString AppSettings::defaultDemoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.attest"));
}

} // namespace attest
