#pragma once

#include "analysis/sodpolicy.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace attest {

// Edits the separation-of-duties policy: a rule per row (name, the entitlements separated by ;,
// description) with what checking it against the snapshot found. accept() checks the rules with
// the core's rule (analysis::validatePolicy, the one the use case applies): an ill-formed rule
// keeps the dialog open with the reason shown in it and that rule selected. A good policy is
// submitted and the dialog waits, the rules kept, until the write's result.
class SodPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SodPolicyDialog)

public:
    // checks: per rule of current, what checking it found ("OK", or the missing entitlements).
    SodPolicyDialog(const analysis::SodPolicy& current, const QStringList& checks, QWidget* parent = nullptr);

    analysis::SodPolicy policy() const;
    QTableWidget* table() const { return m_table; }
    QString errorText() const;
    void addRule(const analysis::SodRule& rule, const QString& check);

    void accept() override;
    void writeFinished(bool ok, const QString& error, int badRule);

Q_SIGNALS:
    void submitted(const analysis::SodPolicy& policy);

private:
    void showProblem(const QString& error, int badRule);
    void setBusy(bool busy);

    QTableWidget* m_table;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace attest
