#include "secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

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

// QtKeychain is not thread-safe: its job queue is one object living in the thread that first used
// it, and it keeps pointers to queued jobs. Attest asks from the GUI thread, pool threads and the
// command line, and jobs on callers' stacks were gone when the queue's next event arrived (a crash
// on the second use from another thread). So every job runs on one thread of its own, and callers
// wait there for its answer. The thread ends when the application does.
QThread* s_thread = nullptr;

QObject* s_context = nullptr;

QObject* keychainContext()
{
    static const bool postRoutine = [] {
        qAddPostRoutine([] {
            if (s_thread) {
                s_thread->quit();
                s_thread->wait(3000);
            }
        });
        return true;
    }();
    Q_UNUSED(postRoutine);
    if (!s_thread) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("keychain"));
        s_thread->start();
        s_context = new QObject;
        s_context->moveToThread(s_thread);
    } else if (!s_thread->isRunning()) {
        s_thread->start();
    }
    return s_context;
}

} // namespace

void SecretStore::stopKeychainThread()
{
    if (s_thread && s_thread->isRunning()) {
        s_thread->quit();
        s_thread->wait(3000);
    }
}

namespace {

struct Answer
{
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Creates the job (with makeJob) and runs it on the keychain's thread; waits for it, with a time
// limit so a keychain that never answers (a locked desktop, a hung D-Bus service) cannot hang the
// caller. A job still running at the limit finishes on its thread and is then deleted there.
SecretStore::Result run(std::function<QKeychain::Job*()> makeJob, QByteArray* data, QString* error)
{
    auto answer = std::make_shared<Answer>();
    QMetaObject::invokeMethod(
        keychainContext(),
        [makeJob = std::move(makeJob), answer] {
            QKeychain::Job* job = makeJob();
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            QObject::connect(job, &QKeychain::Job::finished, job, [answer](QKeychain::Job* finished) {
                QMutexLocker lock(&answer->mutex);
                answer->error = finished->error();
                answer->errorString = finished->errorString();
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                    answer->data = read->binaryData();
                answer->finished = true;
                answer->done.wakeAll();
            });
            job->start();
        },
        Qt::QueuedConnection);

    QMutexLocker lock(&answer->mutex);
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!answer->finished && answer->done.wait(&answer->mutex, deadline)) {
    }
    if (!answer->finished) {
        *error = QCoreApplication::translate("SecretStore", "the keychain did not answer within %1 seconds")
                     .arg(kTimeoutMs / 1000);
        s_absent = true;
        return SecretStore::Result::Unavailable;
    }
    if (data)
        *data = answer->data;
    answer->data.fill('\0');
    switch (answer->error) {
    case QKeychain::NoError:
        return SecretStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        *error = QCoreApplication::translate("SecretStore", "no keychain is available on this computer (%1)")
                     .arg(answer->errorString);
        return SecretStore::Result::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        *error =
            QCoreApplication::translate("SecretStore", "the keychain refused access (%1)").arg(answer->errorString);
        return SecretStore::Result::Failed;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret without a running Secret Service (no session bus, nothing on it) reports a
    // generic error: that is no keychain, not a keychain that refused.
    const QString reason = answer->errorString;
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
    return run(
        [key] {
            auto* job = new QKeychain::ReadPasswordJob(serviceName());
            job->setKey(key);
            return job;
        },
        secret, error);
}

SecretStore::Result SecretStore::write(const QString& key, const QByteArray& secret, QString* error)
{
    if (disabled() || s_absent)
        return unavailable(error);
    return run(
        [key, secret] {
            auto* job = new QKeychain::WritePasswordJob(serviceName());
            job->setKey(key);
            job->setBinaryData(secret);
            return job;
        },
        nullptr, error);
}

SecretStore::Result SecretStore::remove(const QString& key, QString* error)
{
    if (disabled() || s_absent)
        return unavailable(error);
    const Result result = run(
        [key] {
            auto* job = new QKeychain::DeletePasswordJob(serviceName());
            job->setKey(key);
            return job;
        },
        nullptr, error);
    return result == Result::NotFound ? Result::Ok : result;
}

} // namespace attest
