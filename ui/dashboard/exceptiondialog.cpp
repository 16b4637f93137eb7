#include "exceptiondialog.h"

#include "common/personlineedit.h"
#include "domain/personresolver.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace attest {

using analysis::ExceptionField;

ExceptionDialog::ExceptionDialog(int findings, const QString& measureTitle,
                                 std::shared_ptr<const PersonResolver> people, QWidget* parent)
    : QDialog(parent)
    , m_people(std::move(people))
    , m_reason(new QPlainTextEdit)
    , m_approver(new PersonLineEdit)
    , m_expires(new QDateEdit(QDate::currentDate().addDays(90)))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exceptionDialog"));
    setWindowTitle(tr("Accept as Exception"));
    auto* form = new QFormLayout(this);
    auto* what =
        new QLabel(tr("%n finding(s) of “%1” will be left out of the counts until the expiry date.", nullptr, findings)
                       .arg(measureTitle));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    form->addRow(what);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setPlaceholderText(tr("Why this is acceptable, e.g. the vendor's service account needs it until the "
                                    "migration"));
    m_reason->setTabChangesFocus(true);
    m_approver->setObjectName(QStringLiteral("approverLineEdit"));
    m_approver->setPeople(m_people);
    m_approver->setToolTip(tr("Who approved it: a person of the snapshot (name, login, mail or identity key)"));
    m_expires->setObjectName(QStringLiteral("expiresDateEdit"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(QDate::currentDate().addDays(1));
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_error->setObjectName(QStringLiteral("exceptionErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Approver:"), m_approver);
    form->addRow(tr("E&xpires:"), m_expires);
    form->addRow(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExceptionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExceptionDialog::reject);
}

analysis::ExceptionEntry ExceptionDialog::entry() const
{
    analysis::ExceptionEntry entry;
    entry.reason = m_reason->toPlainText().trimmed();
    // A person picked from the completer reads "Name — login — mail": hand on their key, which the
    // core resolves exactly; anything else as typed, for the core to resolve or refuse.
    QString ignored;
    const quint32 person = m_people ? m_approver->person(&ignored) : PersonResolver::kNone;
    entry.approver = person != PersonResolver::kNone ? m_people->identity(person).key : m_approver->text().trimmed();
    entry.expires = analysis::expiryAtEndOf(m_expires->date());
    return entry;
}

QString ExceptionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExceptionDialog::accept()
{
    if (!m_people) {
        showProblem(tr("No snapshot is open: there is nobody to approve."), ExceptionField::Approver);
        return;
    }
    const analysis::ExceptionEntry e = entry();
    const analysis::ExceptionCheck check =
        analysis::checkExceptionEntry(e, *m_people, QDateTime::currentMSecsSinceEpoch());
    if (!check.ok()) {
        showProblem(check.error, check.field);
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT submitted(e);
}

void ExceptionDialog::writeFinished(bool ok, const QString& error, ExceptionField field)
{
    setBusy(false);
    if (ok) {
        QDialog::accept();
        return;
    }
    showProblem(error, field);
}

void ExceptionDialog::showProblem(const QString& error, ExceptionField field)
{
    m_error->setText(error);
    m_error->show();
    switch (field) {
    case ExceptionField::Reason:
        m_reason->setFocus();
        break;
    case ExceptionField::Approver:
        m_approver->setFocus();
        m_approver->selectAll();
        break;
    case ExceptionField::Expiry:
        m_expires->setFocus();
        break;
    case ExceptionField::None:
        break;
    }
}

void ExceptionDialog::setBusy(bool busy)
{
    // While the write runs the entry stays as it is: nothing to lose if it fails.
    m_reason->setReadOnly(busy);
    m_approver->setReadOnly(busy);
    m_expires->setReadOnly(busy);
    m_buttons->setEnabled(!busy);
}

} // namespace attest
