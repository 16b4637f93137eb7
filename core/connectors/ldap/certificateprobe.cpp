#include "certificateprobe.h"

#include "networktimeout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace attest {

namespace {

// LDAPMessage { messageID 1, ExtendedRequest { requestName "1.3.6.1.4.1.1466.20037" } } (RFC 4511
// §4.14.1), written out because no LDAP library is needed to ask for StartTLS.
const QByteArray kStartTlsRequest = QByteArray::fromHex("301d02010177188016") + QByteArray("1.3.6.1.4.1.1466.20037");

// Reads one BER-encoded LDAPMessage and returns whether it is an ExtendedResponse with resultCode 0.
bool readStartTlsResponse(QSslSocket& socket, int timeoutMs)
{
    QByteArray buffer;
    while (true) {
        if (buffer.size() >= 2) {
            qsizetype length = static_cast<unsigned char>(buffer[1]);
            qsizetype header = 2;
            if (length & 0x80) {
                const int bytes = int(length & 0x7f);
                if (bytes < 1 || bytes > 3 || buffer.size() < 2 + bytes)
                    length = -1;
                else {
                    length = 0;
                    for (int i = 0; i < bytes; ++i)
                        length = (length << 8) | static_cast<unsigned char>(buffer[2 + i]);
                    header = 2 + bytes;
                }
            }
            if (length >= 0 && buffer.size() >= header + length) {
                const QByteArray message = buffer.left(header + length);
                // ExtendedResponse [APPLICATION 24] = 0x78, then resultCode ENUMERATED 0 = 0a 01 00.
                const qsizetype op = message.indexOf('\x78');
                return op > 0 && message.indexOf(QByteArray::fromHex("0a0100"), op) > op;
            }
        }
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        buffer += socket.readAll();
        if (buffer.size() > 64 * 1024)
            return false;
    }
}

} // namespace

QString CertificateInfo::fingerprint() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString describeUntrustedCertificate(const CertificateInfo& certificate)
{
    const QString reasons = certificate.errors.isEmpty()
                                ? QCoreApplication::translate("CertificateProbe", "it does not verify")
                                : certificate.errors.join(QStringLiteral("; "));
    return QCoreApplication::translate(
               "CertificateProbe",
               "the server's certificate is not trusted: %1. It is issued to %2 by %3, valid %4 to %5, SHA-256 %6. "
               "If it is your directory's, give the CA that issued it (--ca-file) or, once its administrator has "
               "confirmed the fingerprint, trust exactly this certificate (--trust-certificate, or Trust This "
               "Certificate in the connection dialog)")
        .arg(reasons, certificate.subject, certificate.issuer, certificate.notBefore.toUTC().toString(Qt::ISODate),
             certificate.notAfter.toUTC().toString(Qt::ISODate), certificate.fingerprint());
}

std::optional<CertificateInfo> probeServerCertificate(const LdapSettings& settings, QString* error)
{
    const QUrl url(settings.url);
    const QString scheme = url.scheme().toLower();
    const bool ldaps = scheme == QLatin1String("ldaps");
    if (!url.isValid() || url.host().isEmpty() || (!ldaps && scheme != QLatin1String("ldap"))) {
        *error = QCoreApplication::translate("CertificateProbe",
                                             "\"%1\" is not an LDAP URL such as ldaps://directory.example.com")
                     .arg(settings.url);
        return std::nullopt;
    }
    const quint16 port = quint16(url.port(ldaps ? 636 : 389));
    const int timeoutMs = settings.timeoutSeconds * 1000;
    const QString where = ldapEndpoint(settings.url);

    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(settings.caFile);
        if (cas.isEmpty()) {
            *error = QCoreApplication::translate("CertificateProbe", "the CA file %1 holds no PEM certificate")
                         .arg(settings.caFile);
            return std::nullopt;
        }
        configuration.setCaCertificates(cas); // like libldap: the CA file replaces the system's
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    socket.setPeerVerifyName(url.host());

    // The probe only looks: record the errors, let the handshake finish, send nothing after it.
    QStringList errors;
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&errors, &socket](const QList<QSslError>& list) {
        for (const QSslError& e : list)
            errors << e.errorString();
        socket.ignoreSslErrors(list);
    });

    if (ldaps) {
        socket.connectToHostEncrypted(url.host(), port);
    } else {
        socket.connectToHost(url.host(), port);
        if (!socket.waitForConnected(timeoutMs)) {
            *error = socket.error() == QAbstractSocket::SocketTimeoutError
                         ? describeNetworkTimeout(NetworkStep::Connect, where, settings.timeoutSeconds)
                         : QCoreApplication::translate("CertificateProbe", "cannot connect to %1: %2")
                               .arg(settings.url, socket.errorString());
            return std::nullopt;
        }
        socket.write(kStartTlsRequest);
        QElapsedTimer waited;
        waited.start();
        if (!socket.waitForBytesWritten(timeoutMs) || !readStartTlsResponse(socket, timeoutMs)) {
            *error =
                waited.elapsed() >= timeoutMs
                    ? describeNetworkTimeout(NetworkStep::StartTls, where, settings.timeoutSeconds)
                    : QCoreApplication::translate("CertificateProbe", "%1 did not accept StartTLS").arg(settings.url);
            return std::nullopt;
        }
        socket.startClientEncryption();
    }
    if (!socket.waitForEncrypted(timeoutMs) && socket.peerCertificate().isNull()) {
        const bool connected = !ldaps || socket.state() == QAbstractSocket::ConnectedState;
        if (socket.error() != QAbstractSocket::SocketTimeoutError)
            *error = QCoreApplication::translate("CertificateProbe", "no TLS handshake with %1: %2")
                         .arg(settings.url, socket.errorString());
        else
            *error = describeNetworkTimeout(connected ? NetworkStep::TlsHandshake : NetworkStep::Connect, where,
                                            settings.timeoutSeconds);
        return std::nullopt;
    }
    const QSslCertificate certificate = socket.peerCertificate();
    socket.abort();
    if (certificate.isNull()) {
        *error = QCoreApplication::translate("CertificateProbe", "%1 sent no certificate").arg(settings.url);
        return std::nullopt;
    }

    CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    info.issuer = certificate.issuerDisplayName();
    for (const QString& name : certificate.subjectAlternativeNames())
        info.subjectAlternativeNames << name;
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.der = certificate.toDer();
    info.sha256 = QCryptographicHash::hash(info.der, QCryptographicHash::Sha256);
    info.errors = errors;
    info.verified = errors.isEmpty();
    return info;
}

} // namespace attest
