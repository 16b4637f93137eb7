#pragma once

#include "review/campaignstate.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace attest {

// The owner's resolution of one remediation conflict: keep the approved access (the revoke is
// left for a person) or revoke anyway, and why. Nothing is chosen in advance; accept() refuses a
// missing choice or reason, or a reason longer than a justification may be.
class ConflictResolutionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictResolutionDialog)

public:
    // `conflict` is the conflict in words (both decisions); `current` the resolution standing now.
    ConflictResolutionDialog(const QString& conflict, const ConflictResolution* current, QWidget* parent = nullptr);

    ConflictChoice choice() const;
    QString reason() const;
    void setChoice(ConflictChoice choice);
    void setReason(const QString& reason);

    void accept() override;

private:
    QRadioButton* m_keep;
    QRadioButton* m_revoke;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
};

} // namespace attest
