#pragma once

#include "analysis/exceptions.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace attest {

class PersonLineEdit;
class PersonResolver;

// Asks for what accepting findings as exceptions needs: a reason, the approver (one person of the
// snapshot) and an expiry date. accept() checks the entry with the core's rule
// (analysis::checkExceptionEntry, the one the use case applies): a bad entry keeps the dialog open
// with the reason shown in it and the focus on the field. A good one is submitted and the dialog
// waits, its entry kept, until the write's result: closed when it was written, the error shown
// when not.
class ExceptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionDialog)

public:
    ExceptionDialog(int findings, const QString& measureTitle, std::shared_ptr<const PersonResolver> people,
                    QWidget* parent = nullptr);

    // The entry as checked: the approver by identity key once resolved.
    analysis::ExceptionEntry entry() const;
    QString errorText() const;

    void accept() override;
    // The result of writing what was submitted.
    void writeFinished(bool ok, const QString& error, analysis::ExceptionField field);

Q_SIGNALS:
    void submitted(const analysis::ExceptionEntry& entry);

private:
    void showProblem(const QString& error, analysis::ExceptionField field);
    void setBusy(bool busy);

    std::shared_ptr<const PersonResolver> m_people;
    QPlainTextEdit* m_reason;
    PersonLineEdit* m_approver;
    QDateEdit* m_expires;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace attest
