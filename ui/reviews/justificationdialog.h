#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace attest {

// Asks for a decision's justification: several lines, Ctrl+Enter (or the OK button) records it,
// Escape cancels. Shows how much of the allowed length is left and refuses more than that, so a
// justification is never cut silently.
class JustificationDialog final : public QDialog
{
    Q_OBJECT

public:
    JustificationDialog(const QString& prompt, const QString& current, QWidget* parent = nullptr);
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();

    QPlainTextEdit* m_edit;
    QLabel* m_count;
    QDialogButtonBox* m_buttons;
};

} // namespace attest
