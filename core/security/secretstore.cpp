#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <atomic>

#include <qt6keychain/keychain.h>

namespace attest {

namespace {

constexpr int kTimeoutMs = 8000;

// Once the keychain did not answer in time, later calls in this process do not wait for it again
// (a missing keychain answers at once; only a hung one is slow).
std::atomic<bool> s_absent{false};

bool disabled()
{
    return qEnvironmentVariableIntValue("ATTEST_NO_KEYCHAIN") != 0;
}

// Runs one job to its end on a local event loop, with a time limit so a keychain that never
// answers (a locked desktop, a hung D-Bus service) cannot hang the caller.
SecretStore::Result run(QKeychain::Job& job, QString* error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *error = QCoreApplication::translate("SecretStore", "the keychain did not answer within %1 seconds")
                     .arg(kTimeoutMs / 1000);
        s_absent = true;
        return SecretStore::Result::Unavailable;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        *error = QCoreApplication::translate("SecretStore", "no keychain is available on this computer (%1)")
                     .arg(job.errorString());
        return SecretStore::Result::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        *error = QCoreApplication::translate("SecretStore", "the keychain refused access (%1)").arg(job.errorString());
        return SecretStore::Result::Failed;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret without a running Secret Service (no session bus, nothing on it) reports a
    // generic error: that is no keychain, not a keychain that refused.
    const QString reason = job.errorString();
    if (reason.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive) ||
        reason.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        reason.contains(QLatin1String("DBus"), Qt::CaseInsensitive)) {
        *error =
            QCoreApplication::translate("SecretStore", "no keychain is available on this computer (%1)").arg(reason);
        return SecretStore::Result::Unavailable;
    }
    *error = QCoreApplication::translate("SecretStore", "the keychain failed: %1").arg(reason);
    return SecretStore::Result::Failed;
}

SecretStore::Result unavailable(QString* error)
{
    *error = s_absent ? QCoreApplication::translate("SecretStore", "no keychain answered earlier in this session")
                      : QCoreApplication::translate("SecretStore", "the keychain is turned off (ATTEST_NO_KEYCHAIN)");
    return SecretStore::Result::Unavailable;
}

} // namespace

QString SecretStore::connectionKey(const QString& workspaceId, qint64 sourceId)
{
    return QStringLiteral("connection/%1/%2").arg(workspaceId).arg(sourceId);
}

SecretStore::Result SecretStore::read(const QString& key, QByteArray* secret, QString* error)
{
    if (disabled() || s_absent)
        return unavailable(error);
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key);
    const Result result = run(job, error);
    if (result == Result::Ok)
        *secret = job.binaryData();
    return result;
}

SecretStore::Result SecretStore::write(const QString& key, const QByteArray& secret, QString* error)
{
    if (disabled() || s_absent)
        return unavailable(error);
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key);
    job.setBinaryData(secret);
    return run(job, error);
}

SecretStore::Result SecretStore::remove(const QString& key, QString* error)
{
    if (disabled() || s_absent)
        return unavailable(error);
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key);
    const Result result = run(job, error);
    return result == Result::NotFound ? Result::Ok : result;
}

} // namespace attest
