#include "secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace attest {

SecretClipboard* SecretClipboard::instance()
{
    static SecretClipboard* clipboard = new SecretClipboard; // lives until the application ends
    return clipboard;
}

SecretClipboard::SecretClipboard()
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearNow);
}

void SecretClipboard::copy(const QString& secret, int clearAfterMs)
{
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    data->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(4, '\0'));
    QApplication::clipboard()->setMimeData(data);
    m_secret = secret;
    m_timer.start(clearAfterMs);
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    if (m_secret.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    if (clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.fill(QLatin1Char(' '));
    m_secret.clear();
}

} // namespace attest
