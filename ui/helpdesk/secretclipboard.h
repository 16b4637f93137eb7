#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace attest {

// Puts a secret (a new password) on the clipboard marked as concealed for clipboard managers
// and history (KDE/X11 "x-kde-passwordManagerHint", macOS "org.nspasteboard.ConcealedType",
// Windows "ExcludeClipboardContentFromMonitorProcessing"), and clears it after a delay and when
// the application quits — but only while the clipboard still holds that secret.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static SecretClipboard* instance();

    void copy(const QString& secret, int clearAfterMs = 30000);
    void clearNow(); // if the clipboard still holds the secret
    bool holdsSecret() const { return !m_secret.isEmpty(); }
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : 0; }

private:
    SecretClipboard();

    QString m_secret;
    QTimer m_timer;
};

} // namespace attest
