#include "connectionsecrets.h"

#include "app/pools.h"

#include "security/secretstore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QtConcurrent>

namespace attest {

ConnectionSecrets::ConnectionSecrets(QObject* parent)
    : QObject(parent)
{}

ConnectionSecrets::~ConnectionSecrets()
{
    forgetSession();
}

QString ConnectionSecrets::key(qint64 sourceId) const
{
    return SecretStore::connectionKey(m_workspaceId, sourceId);
}

void ConnectionSecrets::find(qint64 sourceId, FoundFn done)
{
    const QString k = key(sourceId);
    if (const auto it = m_session.constFind(k); it != m_session.constEnd()) {
        done(*it, true, QString());
        return;
    }
    struct Answer
    {
        SecretStore::Result result;
        QByteArray password;
        QString note;
    };
    QtConcurrent::run(blockingPool(), [k] {
        Answer answer;
        answer.result = SecretStore::read(k, &answer.password, &answer.note);
        return answer;
    }).then(this, [this, k, done](Answer answer) {
        if (answer.result == SecretStore::Result::Ok) {
            m_session.insert(k, answer.password);
            done(answer.password, true, QString());
        } else {
            if (answer.result == SecretStore::Result::Unavailable) {
                m_keychainAvailable = false;
                m_keychainNote = answer.note;
            } else if (answer.result == SecretStore::Result::NotFound) {
                m_keychainAvailable = true;
            }
            done({}, false, answer.note);
        }
        answer.password.fill('\0');
    });
}

void ConnectionSecrets::obtain(QWidget* parent, qint64 sourceId, const QString& connectionName,
                               std::function<void(const QByteArray& password)> done)
{
    QPointer<QWidget> guard(parent);
    find(sourceId, [this, guard, connectionName, done](const QByteArray& stored, bool found, const QString&) {
        if (found) {
            done(stored);
            return;
        }
        if (!guard)
            return;
        bool ok = false;
        const QString typed = QInputDialog::getText(
            guard, tr("Directory Password"),
            keychainAvailable().value_or(false)
                ? tr("Bind password for %1 (kept in the keychain once it has worked):").arg(connectionName)
                : tr("Bind password for %1 (no keychain here: kept only until Attest closes):").arg(connectionName),
            QLineEdit::Password, QString(), &ok);
        if (ok)
            done(typed.toUtf8());
    });
}

void ConnectionSecrets::remember(qint64 sourceId, const QByteArray& password, bool inKeychain, DoneFn done)
{
    const QString k = key(sourceId);
    m_session.insert(k, password);
    if (!inKeychain) {
        if (done)
            done(true, QString());
        return;
    }
    QtConcurrent::run(blockingPool(), [k, password] {
        QString note;
        const bool ok = SecretStore::write(k, password, &note) == SecretStore::Result::Ok;
        return std::make_pair(ok, note);
    }).then(this, [done](std::pair<bool, QString> answer) {
        if (done)
            done(answer.first, answer.second);
    });
}

void ConnectionSecrets::dropFromSession(qint64 sourceId)
{
    if (auto it = m_session.find(key(sourceId)); it != m_session.end()) {
        it->fill('\0');
        m_session.erase(it);
    }
}

void ConnectionSecrets::forget(qint64 sourceId)
{
    const QString k = key(sourceId);
    dropFromSession(sourceId);
    (void)QtConcurrent::run(blockingPool(), [k] {
        QString note;
        SecretStore::remove(k, &note);
    });
}

void ConnectionSecrets::probeKeychain(DoneFn done)
{
    if (m_keychainAvailable) {
        done(*m_keychainAvailable, m_keychainNote);
        return;
    }
    QtConcurrent::run(blockingPool(), [] {
        QString note;
        QByteArray ignored;
        const auto result = SecretStore::read(QStringLiteral("probe/attest-keychain-check"), &ignored, &note);
        return std::make_pair(result == SecretStore::Result::Ok || result == SecretStore::Result::NotFound, note);
    }).then(this, [this, done](std::pair<bool, QString> answer) {
        m_keychainAvailable = answer.first;
        m_keychainNote = answer.second;
        done(answer.first, answer.second);
    });
}

void ConnectionSecrets::forgetSession()
{
    for (QByteArray& password : m_session)
        password.fill('\0');
    m_session.clear();
}

} // namespace attest
