#include "networktimeout.h"

#include <QCoreApplication>
#include <QUrl>

namespace attest {

QString describeNetworkTimeout(NetworkStep step, const QString& where, int seconds, const QString& subject)
{
    // Whole sentences, not pieces, so that each translates as a sentence.
    const char* text = nullptr;
    switch (step) {
    case NetworkStep::Connect:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not accept the connection within %2 s");
        break;
    case NetworkStep::StartTls:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not answer the StartTLS request within %2 s");
        break;
    case NetworkStep::TlsHandshake:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not complete the TLS handshake within %2 s");
        break;
    case NetworkStep::Bind:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not answer the bind within %2 s");
        break;
    case NetworkStep::Search:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not answer the search of %3 within %2 s");
        break;
    case NetworkStep::Read:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not answer the read of %3 within %2 s");
        break;
    case NetworkStep::Change:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not answer the change of %3 within %2 s");
        break;
    case NetworkStep::PasswordChange:
        text = QT_TRANSLATE_NOOP("NetworkTimeout", "%1 did not answer the password change of %3 within %2 s");
        break;
    }
    const QString message = QCoreApplication::translate("NetworkTimeout", text).arg(where).arg(seconds);
    return message.contains(QLatin1String("%3")) ? message.arg(subject) : message;
}

QString ldapEndpoint(const QString& url)
{
    const QUrl parsed(url);
    const bool ldaps = parsed.scheme().compare(QLatin1String("ldaps"), Qt::CaseInsensitive) == 0;
    const QString host = parsed.host().contains(QLatin1Char(':')) ? u'[' + parsed.host() + u']' : parsed.host();
    return QStringLiteral("%1:%2").arg(host).arg(parsed.port(ldaps ? 636 : 389));
}

} // namespace attest
