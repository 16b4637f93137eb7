#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace attest {

// The one place that knows the user's QSettings keys and their types. Secrets never go here.
class AppSettings final
{
public:
    AppSettings();

    QString lastWorkspace() const;
    void setLastWorkspace(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    QStringList paneColumns(const QString& paneId) const;
    void setPaneColumns(const QString& paneId, const QStringList& columns);

    // Whether the user closed the first-run guide of the demo organisation (it then stays closed).
    bool demoGuideDismissed() const;
    void setDemoGuideDismissed(bool dismissed);

    // Where a new user's demo workspace is created.
    static QString defaultDemoWorkspacePath();

private:
    QSettings m_settings;
};

} // namespace attest
