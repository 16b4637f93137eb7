#include "connectionsdialog.h"

#include "common/disabledreason.h"

#include "common/colours.h"

#include "app/command.h"
#include "app/connectioncases.h"
#include "app/session.h"

#include "connectiondialog.h"
#include "connectionsecrets.h"
#include "displayformat.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attest {

namespace {

enum Column
{
    NameColumn,
    DirectoryColumn,
    BindColumn,
    SecurityColumn,
    RightsColumn,
    LastSyncColumn,
    ColumnCount
};

QString rightsSummary(const QString& json)
{
    if (json.isEmpty())
        return QCoreApplication::translate("ConnectionsDialog", "not tested yet");
    using Access = DirectoryCapabilities::Access;
    const DirectoryCapabilities c = DirectoryCapabilities::fromJson(json);
    QStringList can;
    if (c.groupMembers == Access::Allowed)
        can << QCoreApplication::translate("ConnectionsDialog", "group members");
    if (c.accountStatus == Access::Allowed)
        can << QCoreApplication::translate("ConnectionsDialog", "disable/unlock");
    if (c.passwords == Access::Allowed)
        can << QCoreApplication::translate("ConnectionsDialog", "password resets");
    QString text =
        can.isEmpty()
            ? QCoreApplication::translate("ConnectionsDialog", "read only")
            : QCoreApplication::translate("ConnectionsDialog", "may change %1").arg(can.join(QStringLiteral(", ")));
    if (c.auditLog == Access::Allowed)
        text += QCoreApplication::translate("ConnectionsDialog", "; reads the audit log");
    return text;
}

QString security(const LdapSettings& s)
{
    QString text = s.url.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive) ? QStringLiteral("LDAPS")
                   : s.startTls                                                     ? QStringLiteral("StartTLS")
                                : QCoreApplication::translate("ConnectionsDialog", "PLAINTEXT (allowed)");
    if (!s.trustedCertificateSha256.isEmpty())
        text += QCoreApplication::translate("ConnectionsDialog", ", trusted certificate %1…")
                    .arg(s.trustedCertificateSha256.left(16).toUpper());
    return text;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(std::shared_ptr<app::Session> session, ConnectionSecrets* secrets, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_write(new app::Command(this, app::Command::Pool::Blocking))
    , m_secrets(secrets)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_error(new QLabel)
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_test(new QPushButton(tr("&Test…")))
    , m_remove(new QPushButton(tr("&Remove…")))
    , m_sync(new QPushButton(tr("&Sync Now")))
{
    setWindowTitle(tr("Directory Connections"));
    setObjectName(QStringLiteral("connectionsDialog"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Directory"), tr("Binds as"), tr("Security"), tr("Rights"), tr("Last sync")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { editConnection(); });

    auto* add = new QPushButton(tr("&Add…"));
    add->setShortcut(QKeySequence::New);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_edit, &QPushButton::clicked, this, [this] { editConnection(); });
    connect(m_test, &QPushButton::clicked, this, [this] { editConnection(true); });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeConnection);
    m_remove->setShortcut(QKeySequence::Delete);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId()) {
            Q_EMIT syncRequested(id);
            accept();
        }
    });
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, m_edit, m_test, m_remove, m_sync})
        buttons->addWidget(button);
    buttons->addStretch(1);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(colours::styleSheetColour(colours::alert(palette()))); // readable on a dark palette too
    m_error->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("Connections are saved in the workspace; their passwords only in the operating "
                               "system's keychain or, where there is none, in memory until Attest closes."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(close);
    resize(1060, 360);
    refresh();
}

QString ConnectionsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectionsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

qint64 ConnectionsDialog::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toLongLong();
}

void ConnectionsDialog::updateButtons()
{
    const bool selected = selectedId() != 0;
    for (QPushButton* button : {m_edit, m_test, m_remove, m_sync})
        setEnabledWithReason(button, selected, tr("Select a connection first."));
}

void ConnectionsDialog::refresh()
{
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    QString error;
    const auto workspace = m_session->connect(&error);
    if (!workspace) {
        showError(error);
        updateButtons();
        return;
    }
    for (const SourceInfo& source : workspace->sources()) {
        const auto settings = app::savedConnectionSettings(source, &error);
        if (!settings)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto latest = workspace->latestSnapshot(source.id);
        const QStringList cells{source.name,
                                settings->url,
                                settings->bindDn.isEmpty() ? tr("anonymous") : settings->bindDn,
                                security(*settings),
                                rightsSummary(workspace->setting(DirectoryCapabilities::settingKey(source.id))),
                                latest ? DisplayFormat::dateTime(latest->takenAt) : tr("never")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == DirectoryColumn ? tr("%1, base %2").arg(settings->url, settings->baseDn)
                                                       : cells[column]);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, NameColumn)->setData(Qt::UserRole, source.id);
        if (source.id == keep || (keep == 0 && row == 0))
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void ConnectionsDialog::addConnection()
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row)
        names << m_table->item(row, NameColumn)->text();
    auto* dialog = new ConnectionDialog(names, this);
    showDialog(dialog, 0);
}

void ConnectionsDialog::editConnection(bool test)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    QString error;
    const auto workspace = m_session->connect(&error);
    if (!workspace) {
        showError(error);
        return;
    }
    QStringList names;
    std::optional<LdapSettings> settings;
    QString name;
    for (const SourceInfo& source : workspace->sources()) {
        if (source.settingsJson.isEmpty())
            continue;
        names << source.name;
        if (source.id == id) {
            name = source.name;
            settings = LdapSettings::fromJson(source.settingsJson, &error);
        }
    }
    if (!settings) {
        showError(error);
        return;
    }
    auto* dialog = new ConnectionDialog(names, this);
    dialog->setConnection(name, *settings);
    QPointer<ConnectionDialog> guard(dialog);
    m_secrets->find(id, [guard, test](const QByteArray& password, bool found, const QString&) {
        if (!guard)
            return;
        if (found)
            guard->setPassword(password);
        if (test && (found || guard->settings().bindDn.isEmpty()))
            guard->startTest();
    });
    showDialog(dialog, id);
}

void ConnectionsDialog::showDialog(ConnectionDialog* dialog, qint64 sourceId)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeychainAvailable(m_secrets->keychainAvailable().value_or(false),
                                 m_secrets->keychainNote().isEmpty() ? tr("checking…") : m_secrets->keychainNote());
    QPointer<ConnectionDialog> guard(dialog);
    m_secrets->probeKeychain([guard](bool available, const QString& note) {
        if (guard)
            guard->setKeychainAvailable(available, note);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, sourceId] { save(dialog, sourceId); });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
}

void ConnectionsDialog::save(ConnectionDialog* dialog, qint64 sourceId)
{
    if (m_write->isRunning())
        return;
    app::SaveConnectionRequest request;
    request.sourceId = sourceId;
    request.name = dialog->name();
    request.settings = dialog->settings();
    if (const auto capabilities = dialog->testedCapabilities())
        request.testedCapabilitiesJson = capabilities->toJson();
    const QByteArray password = dialog->password();
    const bool remember = dialog->rememberPassword();
    // Written off the GUI thread, in one transaction with its journal records (app::saveConnection).
    m_write->start<app::SaveConnectionResult>(
        [session = m_session, request](const ProgressFn&) {
            app::SaveConnectionResult result;
            if (auto workspace = session->connect(&result.error))
                result = app::saveConnection(*workspace, request);
            return result;
        },
        [this, password, remember](app::SaveConnectionResult result) {
            if (!result.ok) {
                showError(tr("The connection was not saved: %1").arg(result.error));
                return;
            }
            showError(QString());
            if (!password.isEmpty()) {
                QPointer<ConnectionsDialog> guard(this);
                m_secrets->remember(result.sourceId, password, remember, [guard](bool ok, const QString& note) {
                    if (guard && !ok)
                        guard->showError(tr("The password could not be stored in the keychain (%1); it is kept "
                                            "until Attest closes.")
                                             .arg(note));
                });
            }
            refresh();
            for (int row = 0; row < m_table->rowCount(); ++row) {
                if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == result.sourceId)
                    m_table->selectRow(row);
            }
            Q_EMIT connectionsChanged();
        });
}

void ConnectionsDialog::removeConnection()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString name = m_table->item(m_table->currentRow(), NameColumn)->text();
    const auto answer = QMessageBox::question(
        this, tr("Remove Connection"),
        tr("Remove the connection \"%1\"?\n\nIts snapshots stay in the workspace as history. Its saved password is "
           "removed from the keychain.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_write->isRunning())
        return;
    m_write->start<app::RemoveConnectionResult>(
        [session = m_session, id](const ProgressFn&) {
            app::RemoveConnectionResult result;
            if (auto workspace = session->connect(&result.error))
                result = app::removeConnection(*workspace, id);
            return result;
        },
        [this, id](app::RemoveConnectionResult result) {
            if (!result.ok) {
                showError(result.error);
                return;
            }
            m_secrets->forget(id);
            refresh();
            Q_EMIT connectionsChanged();
        });
}

} // namespace attest
