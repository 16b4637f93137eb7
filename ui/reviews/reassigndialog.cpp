#include "reassigndialog.h"

#include "common/personlineedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace attest {

ReassignDialog::ReassignDialog(const QString& prompt, std::shared_ptr<const PersonResolver> people, QWidget* parent)
    : QDialog(parent)
    , m_to(new PersonLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Reassign"));
    m_to->setObjectName(QStringLiteral("reassignToLineEdit"));
    m_to->setPeople(std::move(people));
    m_reason->setObjectName(QStringLiteral("reassignReasonLineEdit"));
    m_reason->setPlaceholderText(tr("Recorded with the reassignment"));
    m_error->setObjectName(QStringLiteral("reassignErrorLabel"));
    m_error->setTextFormat(Qt::PlainText); // names from the directory are plain text
    m_error->setWordWrap(true);
    auto* what = new QLabel(prompt, this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReassignDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(m_error);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

QString ReassignDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReassignDialog::accept()
{
    QString error;
    const quint32 person = m_to->person(&error);
    if (person == PersonResolver::kNone) {
        m_error->setText(error);
        m_to->setFocus();
        return;
    }
    m_key = m_to->people()->identity(person).key;
    m_error->clear();
    QDialog::accept();
}

} // namespace attest
