#pragma once

#include "connectors/directorychange.h"
#include "security/passwordgenerator.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace attest {

namespace app {
class Command;
}

// The help desk's password reset, one step better than ADUC's: a generated password meeting the
// policy (or a typed one with its strength shown), "must change at next logon" on by default,
// "unlock" offered when the account is locked, a ticket and a reason; then execute, verify by
// reading the account back, journal — and show the new password once, with Copy. The password
// is never logged, journaled, stored or put in settings, and is wiped when the dialog closes.
class PasswordResetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordResetDialog)

public:
    // Runs the changes (on a worker): app::applyDirectoryChanges.
    using Runner = std::function<std::optional<std::vector<ChangeRun>>(const std::vector<DirectoryChange>& changes,
                                                                       const QByteArray& newPassword, QString* error)>;

    struct Target
    {
        QString dn;
        QString login;
        QString displayName;
        bool locked = false;
        QStringList callerChecks; // what the help desk verified, for the journal
    };

    PasswordResetDialog(const Target& target, const PasswordPolicy& policy, Runner runner, QWidget* parent = nullptr);
    ~PasswordResetDialog() override;

    // For tests and the keyboard.
    void setTypedPassword(const QString& password);
    void setGenerate(bool generate);
    void setTicket(const QString& ticket);
    void setReason(const QString& reason);
    void setMustChange(bool mustChange);
    void setUnlock(bool unlock);
    void execute();
    bool isRunning() const;
    bool succeeded() const { return m_succeeded; }
    QString resultText() const;
    QString shownPassword() const; // on the result page, empty before
    PasswordPolicy policy() const;
    QPushButton* copyButton() const { return m_copy; }

Q_SIGNALS:
    void finishedRunning(); // the changes ran (successfully or not); results are shown

public Q_SLOTS:
    void done(int result) override;

private:
    void updateState();
    void showResult(const std::optional<std::vector<ChangeRun>>& runs, const QString& error);
    void wipe();

    Target m_target;
    Runner m_runner;
    QStackedWidget* m_pages;
    QRadioButton* m_generated;
    QRadioButton* m_typed;
    QSpinBox* m_length;
    QCheckBox* m_upper;
    QCheckBox* m_lower;
    QCheckBox* m_digits;
    QCheckBox* m_symbols;
    QCheckBox* m_unambiguous;
    QWidget* m_policyBox;
    QWidget* m_typedBox;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_strength;
    QCheckBox* m_mustChange;
    QCheckBox* m_unlock;
    QLineEdit* m_ticket;
    QLineEdit* m_reason;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_execute;
    QPushButton* m_cancel;
    // The result page.
    QLabel* m_result;
    QLineEdit* m_shown;
    QPushButton* m_copy;
    QLabel* m_copyNote;

    QByteArray m_newPassword;
    bool m_succeeded = false;
    app::Command* m_run; // the reset, off the GUI thread
    bool m_running = false;
};

} // namespace attest
