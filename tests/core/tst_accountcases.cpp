#include "testregistry.h"

#include "app/accountcases.h"
#include "app/directorychanges.h"
#include "connectors/demo/demoworkspace.h"
#include "store/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace attest;

namespace {

app::ReadAccountRequest readRequest(qint64 sourceId, const QByteArray& secret, const QString& account)
{
    app::ReadAccountRequest request;
    request.sourceId = sourceId;
    request.secret = secret;
    request.account = account;
    return request;
}

} // namespace

// Reading one account now (the help desk's card, `attest account show`): the demo organisation
// answers from its newest snapshot, so a change the help desk made shows at once.
class TestAccountCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.attest"));
        DemoParameters parameters;
        parameters.identities = 300;
        QString error;
        QVERIFY2(createDemoWorkspace(m_path, parameters, {}, &error), qPrintable(error));
    }

    void demoReadsTheCurrentStateOfOneAccount()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        const qint64 sourceId = workspace->sources().front().id;
        const auto latest = workspace->latestSnapshot(sourceId);
        QVERIFY(latest);
        const auto data = workspace->loadSnapshot(latest->id, {}, &error);
        QVERIFY2(data, qPrintable(error));
        const auto locked = std::find_if(data->accounts.cbegin(), data->accounts.cend(),
                                         [](const Account& a) { return a.locked && a.enabled; });
        QVERIFY2(locked != data->accounts.cend(), "the demo has a locked account");
        const Account target = *locked;

        // By key and by login: the same account, as the snapshot holds it.
        for (const QString& name : {target.key, target.login}) {
            const app::ReadAccountResult read = app::readAccountNow(*workspace, readRequest(sourceId, {}, name));
            QVERIFY2(read.ok, qPrintable(read.error));
            QVERIFY(read.account);
            QCOMPARE(read.account->key, target.key);
            QCOMPARE(read.account->login, target.login);
            QVERIFY(read.account->locked);
            QVERIFY(read.error.isEmpty());
        }

        // After the help desk unlocks it, the read shows the new state (a new snapshot of the demo).
        app::DirectoryChangesRequest request;
        request.sourceId = sourceId;
        DirectoryChange unlock;
        unlock.kind = DirectoryChange::Kind::Unlock;
        unlock.target = target.key;
        request.changes = {unlock};
        const app::DirectoryChangesResult changed = app::applyDirectoryChanges(*workspace, request);
        QVERIFY2(changed.allVerified(), qPrintable(changed.error));
        const app::ReadAccountResult after = app::readAccountNow(*workspace, readRequest(sourceId, {}, target.key));
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY(!after.account->locked);
        QVERIFY(after.account->enabled);
    }

    void badRequestsAreNamedAndReadNothing()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        const qint64 sourceId = workspace->sources().front().id;

        const app::ReadAccountResult unknown =
            app::readAccountNow(*workspace, readRequest(sourceId, {}, QStringLiteral("nobody-by-this-name")));
        QVERIFY(!unknown.ok && !unknown.account);
        QVERIFY2(unknown.error.contains(QLatin1String("nobody-by-this-name")), qPrintable(unknown.error));

        const app::ReadAccountResult empty =
            app::readAccountNow(*workspace, readRequest(sourceId, {}, QStringLiteral("  ")));
        QVERIFY(!empty.ok && !empty.account);
        QVERIFY2(empty.error.contains(QLatin1String("no account")), qPrintable(empty.error));

        const app::ReadAccountResult noSource =
            app::readAccountNow(*workspace, readRequest(sourceId + 1000, {}, QStringLiteral("anyone")));
        QVERIFY(!noSource.ok && !noSource.account);
        QVERIFY2(noSource.error.contains(QString::number(sourceId + 1000)), qPrintable(noSource.error));
    }
};

ATTEST_REGISTER_TEST(TestAccountCases, "accountcases")
#include "tst_accountcases.moc"
