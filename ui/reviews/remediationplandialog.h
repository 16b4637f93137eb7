#pragma once

#include "review/closing.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace attest::app {
class Session;
}

namespace attest {

class RemediationPlanModel;

// The remediation plan, shown before Close (which cannot be undone) and before Remediate: every
// change in a sortable table — the membership removed, the account, the items it serves, what
// else it takes away — and every conflict with both decisions, which the owner can resolve here.
// The plan is built off the GUI thread with the dialog's own workspace connection. The close or
// remediation runs only from the confirm button; Cancel changes nothing.
class RemediationPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationPlanDialog)

public:
    enum class Purpose
    {
        Close,
        Remediate,
    };
    RemediationPlanDialog(Purpose purpose, std::shared_ptr<app::Session> session, qint64 campaignId,
                          QWidget* parent = nullptr);
    ~RemediationPlanDialog() override;

    Purpose purpose() const { return m_purpose; }
    bool isLoading() const { return m_loading; }
    RemediationPlanModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString lastError() const { return m_error; }

    // Reads the plan again (after a resolution, or when asked).
    void reload();
    // Opens the resolution dialog for the conflict of the selected row.
    void resolveSelected();
    // Records a resolution off the GUI thread, then reads the plan again.
    void resolve(quint32 item, ConflictChoice choice, const QString& reason);

Q_SIGNALS:
    void planLoaded();
    void resolved(bool ok, const QString& message);

private:
    struct Loaded;
    void showPlan(const Loaded& loaded);
    void updateSelection();

    Purpose m_purpose;
    std::shared_ptr<app::Session> m_session; // workers ask it for their own connection
    qint64 m_campaignId;
    QString m_owner;
    bool m_signedOff = false;
    bool m_loading = false;
    int m_generation = 0;
    QString m_error;
    QString m_notice; // the outcome of a resolution, shown with the plan read after it
    RemediationPlanModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QProgressBar* m_busy;
    QTableView* m_view;
    QLabel* m_details;
    QPushButton* m_resolve;
    QPushButton* m_confirm;
};

} // namespace attest
