#pragma once

#include "analysis/exceptions.h"

#include <QWidget>

#include <optional>
#include <vector>

class QPushButton;
class QTableWidget;

namespace attest {

// The accepted exceptions: measure, finding, reason, approver, who accepted it and when, expiry and
// whether it is still active; the selected one can be withdrawn.
class ExceptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionsPanel)

public:
    explicit ExceptionsPanel(QWidget* parent = nullptr);

    void setExceptions(std::vector<analysis::AcceptedException> exceptions, Timestamp clock);
    // Whether withdrawing may start (nothing else being written).
    void setWithdrawAllowed(bool allowed);
    std::optional<analysis::AcceptedException> selected() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void withdrawRequested();

private:
    void updateActions();

    std::vector<analysis::AcceptedException> m_exceptions;
    bool m_withdrawAllowed = true;
    QTableWidget* m_table;
    QPushButton* m_withdrawButton;
};

} // namespace attest
