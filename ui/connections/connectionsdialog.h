#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace attest::app {
class Command;
class Session;
} // namespace attest::app

namespace attest {

class ConnectionDialog;
class ConnectionSecrets;
struct SourceInfo;

// The workspace's directory connections: add, edit, test, remove and sync, with how each binds,
// how it is secured and what its bind identity may change. Settings go to the workspace, the
// password to the keychain (or this session's memory), and security decisions to the journal.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    ConnectionsDialog(std::shared_ptr<app::Session> session, ConnectionSecrets* secrets, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void refresh();
    // Opens the connection dialog for a new connection, or for the selected one (test: true starts
    // its test at once). The dialog is returned while it is shown, for tests.
    void addConnection();
    void editConnection(bool test = false);
    void removeConnection();
    ConnectionDialog* openDialog() const { return m_dialog; }
    QString errorText() const;

Q_SIGNALS:
    void syncRequested(qint64 sourceId);
    void connectionsChanged();

private:
    void showDialog(ConnectionDialog* dialog, qint64 sourceId);
    void save(ConnectionDialog* dialog, qint64 sourceId);
    void showError(const QString& message);
    qint64 selectedId() const;
    void updateButtons();

    std::shared_ptr<app::Session> m_session;
    app::Command* m_write; // saving and removing, off the GUI thread, one at a time
    ConnectionSecrets* m_secrets;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_edit;
    QPushButton* m_test;
    QPushButton* m_remove;
    QPushButton* m_sync;
    ConnectionDialog* m_dialog = nullptr;
};

} // namespace attest
