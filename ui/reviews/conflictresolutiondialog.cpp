#include "conflictresolutiondialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace attest {

ConflictResolutionDialog::ConflictResolutionDialog(const QString& conflict, const ConflictResolution* current,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_keep(new QRadioButton(tr("&Keep the approved access; the revoke is left for a person"), this))
    , m_revoke(new QRadioButton(tr("Re&voke anyway; the approved access is taken away with it"), this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictResolutionDialog"));
    setWindowTitle(tr("Resolve Conflict"));
    auto* text = new QLabel(conflict, this);
    text->setObjectName(QStringLiteral("conflictLabel"));
    text->setTextFormat(Qt::PlainText); // names come from the directory
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keep->setObjectName(QStringLiteral("keepApprovedRadioButton"));
    m_revoke->setObjectName(QStringLiteral("revokeAnywayRadioButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_keep);
    group->addButton(m_revoke);
    auto* reasonLabel = new QLabel(tr("&Reason (recorded in the journal and the evidence):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("resolutionErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    if (current) {
        (current->choice == ConflictChoice::RevokeAnyway ? m_revoke : m_keep)->setChecked(true);
        m_reason->setPlainText(current->reason);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Resolution"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordResolutionButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictResolutionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictResolutionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_keep);
    layout->addWidget(m_revoke);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 380);
}

ConflictChoice ConflictResolutionDialog::choice() const
{
    return m_revoke->isChecked() ? ConflictChoice::RevokeAnyway : ConflictChoice::KeepApproved;
}

QString ConflictResolutionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ConflictResolutionDialog::setChoice(ConflictChoice choice)
{
    (choice == ConflictChoice::RevokeAnyway ? m_revoke : m_keep)->setChecked(true);
}

void ConflictResolutionDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void ConflictResolutionDialog::accept()
{
    QString problem;
    if (!m_keep->isChecked() && !m_revoke->isChecked())
        problem = tr("Choose: keep the approved access, or revoke anyway.");
    else if (reason().isEmpty())
        problem = tr("Give a reason: it is recorded with the resolution.");
    else if (reason().size() > kMaxJustificationChars)
        problem = tr("The reason may be at most %1 characters; this one has %2.")
                      .arg(kMaxJustificationChars)
                      .arg(reason().size());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        (m_keep->isChecked() || m_revoke->isChecked() ? static_cast<QWidget*>(m_reason) : m_keep)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace attest
