#include "testregistry.h"

#include "app/connectorregistry.h"
#include "app/directorychanges.h"
#include "audit/journal.h"
#include "connectors/demo/demoworkspace.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

namespace {

// A connector that offers only some changes and counts what reaches it: for the refusal path.
class CountingConnector final : public Connector
{
public:
    QString kind() const override { return QStringLiteral("counting"); }
    QString displayName() const override { return QStringLiteral("Counting"); }
    ConnectorCapabilities capabilities() const override
    {
        ConnectorCapabilities capabilities;
        capabilities.changes = {DirectoryChange::Kind::Disable};
        capabilities.unsupportedReason = QStringLiteral("it only disables");
        return capabilities;
    }
    ChangeOutcome apply(const DirectoryChange&, const QByteArray&) override
    {
        ++applied;
        return {};
    }
    JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome&) const override
    {
        JournalRecord record;
        record.action = change.action();
        record.target = change.target;
        return record;
    }
    std::optional<QString> resolveAccount(const QString& login, QString*) override
    {
        ++resolved;
        return login;
    }
    int applied = 0;
    int resolved = 0;
};

} // namespace

// The help desk's and the command line's use case: the connector's capabilities are checked before
// anything is sent, and the demo organisation serves the help desk's changes as new snapshots,
// read back and journaled with an intent before and an outcome after.
class TestDirectoryChangeCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.attest"));
        DemoParameters parameters;
        parameters.identities = 400;
        QString error;
        QVERIFY2(createDemoWorkspace(m_path, parameters, {}, &error), qPrintable(error));
    }

    void changeNotOfferedIsRefusedBeforeAnythingIsSent()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        const auto before = workspace->journalRecords(&error);
        QVERIFY2(before, qPrintable(error));
        CountingConnector connector;
        app::DirectoryChangesRequest request;
        DirectoryChange disable;
        disable.kind = DirectoryChange::Kind::Disable;
        disable.target = QStringLiteral("someone");
        DirectoryChange unlock = disable;
        unlock.kind = DirectoryChange::Kind::Unlock;
        request.changes = {disable, unlock};
        const app::DirectoryChangesResult result = app::applyDirectoryChanges(*workspace, connector, request);
        QVERIFY(!result.ok);
        QVERIFY(result.runs.empty());
        QVERIFY2(result.error.contains(QLatin1String("it only disables")), qPrintable(result.error));
        QCOMPARE(connector.applied, 0);
        QCOMPARE(connector.resolved, 0);
        const auto after = workspace->journalRecords(&error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->size(), before->size()); // nothing recorded either
    }

    void demoServesTheHelpdesk()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        const QList<SourceInfo> sources = workspace->sources();
        QCOMPARE(sources.size(), 1);
        const qint64 sourceId = sources.front().id;
        const ConnectorCapabilities capabilities = app::sourceCapabilities(*workspace, sourceId);
        for (const auto kind : {DirectoryChange::Kind::ResetPassword, DirectoryChange::Kind::Unlock,
                                DirectoryChange::Kind::Disable, DirectoryChange::Kind::Enable})
            QVERIFY(capabilities.canApply(kind));

        // A locked, enabled account of the demo organisation.
        const auto latest = workspace->latestSnapshot(sourceId);
        QVERIFY(latest);
        const auto data = workspace->loadSnapshot(latest->id, {}, &error);
        QVERIFY2(data, qPrintable(error));
        const auto locked = std::find_if(data->accounts.cbegin(), data->accounts.cend(),
                                         [](const Account& a) { return a.locked && a.enabled; });
        QVERIFY2(locked != data->accounts.cend(), "the demo has a locked account");
        const Account target = *locked;

        app::DirectoryChangesRequest request;
        request.sourceId = sourceId;
        request.by = QStringLiteral("trainee");
        DirectoryChange reset;
        reset.kind = DirectoryChange::Kind::ResetPassword;
        reset.target = target.login; // a login, resolved by the connector
        reset.ticket = QStringLiteral("INC-1");
        reset.reason = QStringLiteral("forgot it");
        reset.callerChecks = {QStringLiteral("Called back on the number on file")};
        DirectoryChange unlock = reset;
        unlock.kind = DirectoryChange::Kind::Unlock;
        DirectoryChange disable = reset;
        disable.kind = DirectoryChange::Kind::Disable;
        request.changes = {reset, unlock, disable};
        request.newPassword = QByteArrayLiteral("Tr4inee!Pass");
        const app::DirectoryChangesResult result = app::applyDirectoryChanges(*workspace, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.runs.size(), std::size_t(3));
        for (const ChangeRun& run : result.runs) {
            QVERIFY2(run.outcome.executed && run.outcome.verified, qPrintable(run.outcome.message));
            QVERIFY(run.intent && run.record);
            QCOMPARE(run.change.target, target.key);
        }
        QVERIFY(result.allVerified());

        // The demo's state changed: its newest snapshot shows the account unlocked, disabled and
        // with a new password it must change.
        const auto now = workspace->latestSnapshot(sourceId);
        QVERIFY(now && now->id > latest->id);
        const auto changed = workspace->loadSnapshot(now->id, {}, &error);
        QVERIFY2(changed, qPrintable(error));
        const auto account = std::find_if(changed->accounts.cbegin(), changed->accounts.cend(),
                                          [&target](const Account& a) { return a.key == target.key; });
        QVERIFY(account != changed->accounts.cend());
        QVERIFY(!account->locked);
        QVERIFY(!account->enabled);
        QVERIFY(account->mustChangePassword);
        QVERIFY(account->passwordChanged > target.passwordChanged);

        // The journal: intent then outcome for each, naming the intent, who acted, the caller's checks.
        const auto records = workspace->journalRecords(&error);
        QVERIFY2(records, qPrintable(error));
        QVERIFY(records->size() >= 6);
        const std::vector<JournalRecord> last(records->cend() - 6, records->cend());
        const QStringList actions{QStringLiteral("account.reset-password"), QStringLiteral("account.unlock"),
                                  QStringLiteral("account.disable")};
        for (int i = 0; i < 3; ++i) {
            const JournalRecord& intent = last[std::size_t(2 * i)];
            const JournalRecord& outcome = last[std::size_t(2 * i + 1)];
            QCOMPARE(intent.action, actions[i] + Journal::kIntentSuffix);
            QCOMPARE(outcome.action, actions[i]);
            QCOMPARE(outcome.target, target.key);
            QCOMPARE(outcome.operatorName, QStringLiteral("trainee"));
            QCOMPARE(outcome.result, QStringLiteral("success"));
            QCOMPARE(outcome.ticket, QStringLiteral("INC-1"));
            QVERIFY2(outcome.verification.contains(QLatin1String("read back from snapshot")),
                     qPrintable(outcome.verification));
            const QJsonObject parameters = QJsonDocument::fromJson(outcome.parameters.toUtf8()).object();
            QCOMPARE(parameters.value(Journal::kIntentParameter).toInteger(), intent.sequence);
            QVERIFY(parameters.contains(QStringLiteral("callerVerification")));
            QVERIFY(!outcome.parameters.contains(QLatin1String("Tr4inee"))); // never the password
        }
        const auto verified = Journal::verify(*workspace, &error);
        QVERIFY2(verified, qPrintable(error));
        QVERIFY(verified->intact());
        QVERIFY(verified->unresolvedIntents.empty());
    }

    void demoJournalNamesThePersonTheConsoleActsAs()
    {
        // Nobody says who acts (the help desk does not): in the demo the journal names the person
        // of the demo the computer's login names, by identity key as reviews and evidence do —
        // not the login itself; a login that names nobody there is recorded as it is.
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        const qint64 sourceId = workspace->sources().front().id;
        const auto latest = workspace->latestSnapshot(sourceId);
        QVERIFY(latest);
        const auto data = workspace->loadSnapshot(latest->id, {}, &error);
        QVERIFY2(data, qPrintable(error));
        const auto owned = std::find_if(data->accounts.cbegin(), data->accounts.cend(), [](const Account& a) {
            return !a.identityKey.isEmpty() && a.kind == AccountKind::User && a.enabled;
        });
        QVERIFY(owned != data->accounts.cend());
        QVERIFY(owned->login != owned->identityKey);

        const QByteArray savedUser = qgetenv("USER");
        const auto restore = qScopeGuard([&savedUser] { qputenv("USER", savedUser); });
        const auto unlockAs = [&](const QString& login) -> QString {
            qputenv("USER", login.toLocal8Bit());
            app::DirectoryChangesRequest request;
            request.sourceId = sourceId;
            DirectoryChange unlock;
            unlock.kind = DirectoryChange::Kind::Unlock;
            unlock.target = owned->login;
            request.changes = {unlock};
            const app::DirectoryChangesResult result = app::applyDirectoryChanges(*workspace, request);
            if (!result.ok || result.runs.empty() || !result.runs.front().record || !result.runs.front().intent)
                return QStringLiteral("failed: ") + result.error;
            if (result.runs.front().intent->operatorName != result.runs.front().record->operatorName)
                return QStringLiteral("intent and outcome name different people");
            return result.runs.front().record->operatorName;
        };
        QCOMPARE(unlockAs(owned->login), owned->identityKey);
        QCOMPARE(app::actingPerson(*workspace, sourceId), owned->identityKey);
        QCOMPARE(unlockAs(QStringLiteral("nobody-of-the-demo")), QStringLiteral("nobody-of-the-demo"));
    }

    void unknownAccountIsJournaledAsNotTried()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        app::DirectoryChangesRequest request;
        request.sourceId = workspace->sources().front().id;
        DirectoryChange unlock;
        unlock.kind = DirectoryChange::Kind::Unlock;
        unlock.target = QStringLiteral("nobody-by-this-name");
        request.changes = {unlock};
        const auto before = workspace->latestSnapshot(request.sourceId);
        const app::DirectoryChangesResult result = app::applyDirectoryChanges(*workspace, request);
        QVERIFY(result.ok);
        QCOMPARE(result.runs.size(), std::size_t(1));
        QVERIFY(!result.runs.front().outcome.executed);
        QVERIFY(result.runs.front().record);
        QVERIFY(result.runs.front().record->result.startsWith(QLatin1String("failure")));
        QCOMPARE(workspace->latestSnapshot(request.sourceId)->id, before->id); // no new snapshot
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

ATTEST_REGISTER_TEST(TestDirectoryChangeCase, "directorychangecase")
#include "tst_directorychangecase.moc"
