#pragma once

#include "app/connectioncases.h"
#include "connectors/connector.h"
#include "loadedsnapshot.h"
#include "passwordresetdialog.h"
#include "security/passwordgenerator.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace attest {

namespace app {
class Command;
}

class AccountTableModel;
class ConnectionSecrets;
class ObjectMenu;
class TableFilterProxyModel;

// The help desk's view: find an account fast (Ctrl+K: name, login, mail or employee number),
// see its card (status, lockout, password age, must-change, last logon, source, groups — live
// from the directory when it can be read), tick how the caller was verified, and reset the
// password, unlock, enable or disable it. Every action is confirmed, executed, verified by
// re-reading the account, journaled, and its result shown in plain words.
class HelpdeskView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpdeskView)

public:
    HelpdeskView(AccountTableModel* accounts, ConnectionSecrets* secrets, QWidget* parent = nullptr);

    void setSnapshot(LoadedSnapshotPtr snapshot);
    void focusFind();

    // For tests and keyboard users.
    QLineEdit* findEdit() const { return m_find; }
    QTableView* results() const { return m_results; }
    TableFilterProxyModel* proxy() const { return m_proxy; }
    bool selectAccount(const QString& login);
    // Shows the account (a row of the snapshot's accounts), finding it by its login when the
    // search hides it: the window's row menus offer its actions from here. False if absent.
    bool showAccountAt(int account);
    // Gives the result list's rows the window's object menu.
    void setObjectMenu(const ObjectMenu* menu);
    int currentAccount() const { return m_account; }
    QString cardText() const;    // everything the card shows, as text
    QString resultText() const;  // the last action's outcome
    QString actionsNote() const; // why actions are unavailable, empty when they are
    bool isLive() const { return m_live.has_value(); }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* enableButton() const { return m_enable; }
    QPushButton* disableButton() const { return m_disable; }
    QList<QCheckBox*> checklist() const { return m_checks; }
    PasswordResetDialog* resetDialog() const { return m_resetDialog; }
    void setChecklist(const QStringList& items); // saved in the workspace

    void resetPassword();
    // Unlock, Enable, Disable: confirm (with ticket and reason unless given) → run.
    void runAccountAction(DirectoryChange::Kind kind, bool confirm = true, const QString& ticket = {},
                          const QString& reason = {});
    void refreshLive();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void changed(); // a change ran (the journal grew)
    // A change was made to a source whose state lives in the workspace (the demo): it has a new
    // snapshot, which the console should now show.
    void sourceSnapshotChanged(qint64 sourceId);
    void liveRefreshed(); // the card now shows the directory's current state (or why it cannot)
    void actionFinished();

private:
    void showAccount(int account);
    void updateCard();
    void updateActions();
    void editChecklist();
    QStringList tickedChecks() const;
    const Account* account() const;
    PasswordResetDialog::Runner runner(const QByteArray& bindPassword) const;
    void withBindPassword(std::function<void(const QByteArray&)> then);
    void showResult(const QString& text, bool ok);
    // Why the source cannot apply `kind` (empty when it can): the connector's capabilities.
    QString unsupportedReason(DirectoryChange::Kind kind) const;

    AccountTableModel* m_accounts;
    ConnectionSecrets* m_secrets;
    TableFilterProxyModel* m_proxy;
    LoadedSnapshotPtr m_snapshot;
    std::optional<LdapSettings> m_settings; // the source's saved directory connection (live reads)
    QString m_connectionName;               // the snapshot's source
    ConnectorCapabilities m_sourceCapabilities;
    bool m_sourceNeedsSecret = false;
    DirectoryCapabilities m_capabilities;
    PasswordPolicy m_policy;
    int m_account = -1;
    std::optional<Account> m_live; // the directory's current state of the shown account
    QString m_liveNote;
    bool m_busy = false;
    app::Command* m_apply;         // the help desk's changes, off the GUI thread
    app::Command* m_readLive;      // the account's current state
    app::Command* m_saveChecklist; // the checklist setting

    QLineEdit* m_find;
    QTableView* m_results;
    QLabel* m_title;
    QLabel* m_card;
    QLabel* m_liveLabel;
    QGroupBox* m_checkBox;
    QVBoxLayout* m_checkLayout;
    QList<QCheckBox*> m_checks;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_enable;
    QPushButton* m_disable;
    QPushButton* m_refresh;
    QLabel* m_note;
    QLabel* m_result;
    QPointer<PasswordResetDialog> m_resetDialog;
};

} // namespace attest
