#pragma once

#include "app/connectioncases.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace attest {

// Adds or edits one LDAP connection: URL, base, bind DN, password, CA, StartTLS or an explicit
// plaintext allowance with a warning; a Test button that runs the step-by-step connection test
// off the GUI thread and lists what works and what does not; and, for a certificate that does
// not verify, its details with the choice to trust exactly that certificate (recorded with the
// connection). The password is returned to the caller, never saved by the dialog.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // takenNames: names of the workspace's other connections, which this one may not reuse.
    explicit ConnectionDialog(const QStringList& takenNames, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void setConnection(const QString& name, const LdapSettings& settings); // for editing
    // Whether the OS keychain can keep the password; when not, why (shown next to the field).
    void setKeychainAvailable(bool available, const QString& reason);
    void setPassword(const QByteArray& password);

    QString name() const;
    LdapSettings settings() const;
    QByteArray password() const;
    bool rememberPassword() const; // in the keychain
    // What the last successful test found the bind identity may change.
    std::optional<DirectoryCapabilities> testedCapabilities() const { return m_capabilities; }

    // For tests and the keyboard: run the test as the Test button does.
    void startTest();
    bool isTesting() const;
    const ConnectionTestReport& lastReport() const { return m_report; }
    QWidget* certificatePanel() const;
    void trustShownCertificate();
    QString validationMessage() const; // why Save is unavailable, empty when it is

Q_SIGNALS:
    void testFinished();

protected:
    void reject() override;

private:
    void updateState();
    void showReport();
    void chooseCaFile();

    QLineEdit* m_name;
    QLineEdit* m_url;
    QCheckBox* m_startTls;
    QCheckBox* m_allowPlaintext;
    QLabel* m_plaintextWarning;
    QLineEdit* m_base;
    QLineEdit* m_bindDn;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_keychainNote;
    QLineEdit* m_caFile;
    QCheckBox* m_helpdeskRole;
    QWidget* m_mappingBox;
    std::vector<QLineEdit*> m_mapping; // one per LdapAttributeMapping::fields()
    QPushButton* m_testButton;
    QTreeWidget* m_checks;
    QGroupBox* m_certificateBox;
    QLabel* m_certificateText;
    QPushButton* m_trustButton;
    QLabel* m_trustNote;
    QLabel* m_validation;
    QDialogButtonBox* m_buttons;

    QStringList m_takenNames;
    QString m_trustedSha256;
    QString m_trustDecision;
    LdapSettings m_loaded; // what was edited: keeps settings the dialog does not show
    ConnectionTestReport m_report;
    std::optional<DirectoryCapabilities> m_capabilities;
    QFutureWatcher<ConnectionTestReport>* m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace attest
