#include "justificationdialog.h"

#include "review/campaignstate.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attest {

JustificationDialog::JustificationDialog(const QString& prompt, const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit)
    , m_count(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("justificationDialog"));
    setWindowTitle(tr("Justification"));
    auto* label = new QLabel(prompt);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("justificationTextEdit"));
    m_edit->setAccessibleName(prompt);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlainText(current);
    m_edit->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("justificationCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Record the justification (Ctrl+Enter)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JustificationDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    resize(480, 260);
    updateCount();
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
}

QString JustificationDialog::text() const
{
    return m_edit->toPlainText();
}

bool JustificationDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void JustificationDialog::updateCount()
{
    const qsizetype left = kMaxJustificationChars - m_edit->toPlainText().size();
    const bool fits = left >= 0;
    m_count->setText(fits ? tr("%1 characters left · Ctrl+Enter records it").arg(QLocale().toString(left))
                          : tr("%1 characters too long: shorten it to record it").arg(QLocale().toString(-left)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(fits);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(
            fits
                ? tr("Record the justification (Ctrl+Enter)")
                : tr("The justification is longer than %1 characters").arg(QLocale().toString(kMaxJustificationChars)));
}

} // namespace attest
