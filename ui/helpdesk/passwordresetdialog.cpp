#include "passwordresetdialog.h"

#include "app/command.h"

#include "secretclipboard.h"
#include "security/passwordstrength.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace attest {

PasswordResetDialog::PasswordResetDialog(const Target& target, const PasswordPolicy& policy, Runner runner,
                                         QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_runner(std::move(runner))
    , m_pages(new QStackedWidget)
    , m_generated(new QRadioButton(tr("&Generate a password")))
    , m_typed(new QRadioButton(tr("T&ype a password")))
    , m_length(new QSpinBox)
    , m_upper(new QCheckBox(tr("A–Z")))
    , m_lower(new QCheckBox(tr("a–z")))
    , m_digits(new QCheckBox(tr("0–9")))
    , m_symbols(new QCheckBox(tr("Symbols")))
    , m_unambiguous(new QCheckBox(tr("No look-alikes (0 O 1 l I)")))
    , m_policyBox(new QWidget)
    , m_typedBox(new QWidget)
    , m_password(new QLineEdit)
    , m_confirm(new QLineEdit)
    , m_strength(new QLabel)
    , m_mustChange(new QCheckBox(tr("User must &change the password at next logon")))
    , m_unlock(new QCheckBox(tr("&Unlock the account (it is locked)")))
    , m_ticket(new QLineEdit)
    , m_reason(new QLineEdit)
    , m_error(new QLabel)
    , m_busy(new QProgressBar)
    , m_execute(new QPushButton(tr("&Reset Password")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_result(new QLabel)
    , m_shown(new QLineEdit)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_copyNote(new QLabel)
    , m_run(new app::Command(this, app::Command::Pool::Blocking))
{
    setWindowTitle(tr("Reset Password"));
    setObjectName(QStringLiteral("passwordResetDialog"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_ticket->setObjectName(QStringLiteral("ticket"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_shown->setObjectName(QStringLiteral("shownPassword"));
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    m_execute->setObjectName(QStringLiteral("resetPasswordButton"));

    // The form.
    auto* heading = new QLabel(
        tr("<b>%1</b> (%2)<br>%3")
            .arg(target.displayName.toHtmlEscaped(), target.login.toHtmlEscaped(), target.dn.toHtmlEscaped()));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* modes = new QButtonGroup(this);
    modes->addButton(m_generated);
    modes->addButton(m_typed);
    m_generated->setChecked(true);

    m_length->setRange(PasswordPolicy::kMinimumLength, 64);
    m_length->setValue(qMax(policy.length, PasswordPolicy::kMinimumLength));
    m_length->setSuffix(tr(" characters"));
    m_upper->setChecked(policy.uppercase);
    m_lower->setChecked(policy.lowercase);
    m_digits->setChecked(policy.digits);
    m_symbols->setChecked(policy.symbols);
    m_unambiguous->setChecked(policy.excludeAmbiguous);
    auto* policyLayout = new QHBoxLayout(m_policyBox);
    policyLayout->setContentsMargins(24, 0, 0, 0);
    policyLayout->addWidget(m_length);
    for (QCheckBox* box : {m_upper, m_lower, m_digits, m_symbols, m_unambiguous})
        policyLayout->addWidget(box);
    policyLayout->addStretch(1);

    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("New password"));
    m_confirm->setPlaceholderText(tr("Again, to confirm"));
    auto* typedLayout = new QVBoxLayout(m_typedBox);
    typedLayout->setContentsMargins(24, 0, 0, 0);
    typedLayout->addWidget(m_password);
    typedLayout->addWidget(m_confirm);
    typedLayout->addWidget(m_strength);

    m_mustChange->setChecked(true);
    m_unlock->setChecked(target.locked);
    m_unlock->setVisible(target.locked);
    m_ticket->setPlaceholderText(tr("e.g. INC-20417"));
    m_reason->setPlaceholderText(tr("e.g. forgotten password, caller verified"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Ticket:"), m_ticket);
    form->addRow(tr("R&eason:"), m_reason);

    QString checks = target.callerChecks.isEmpty()
                         ? tr("No caller verification was ticked.")
                         : tr("Caller verified: %1.").arg(target.callerChecks.join(QStringLiteral("; ")));
    auto* verified = new QLabel(checks);
    verified->setWordWrap(true);
    verified->setForegroundRole(QPalette::PlaceholderText);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(heading);
    formLayout->addSpacing(6);
    formLayout->addWidget(m_generated);
    formLayout->addWidget(m_policyBox);
    formLayout->addWidget(m_typed);
    formLayout->addWidget(m_typedBox);
    formLayout->addSpacing(6);
    formLayout->addWidget(m_mustChange);
    formLayout->addWidget(m_unlock);
    formLayout->addLayout(form);
    formLayout->addWidget(verified);
    formLayout->addWidget(m_error);
    formLayout->addStretch(1);
    formLayout->addWidget(m_busy);

    // The result page: the password, once.
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shown->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_shown->setFont(mono);
    m_copyNote->setWordWrap(true);
    m_copyNote->setForegroundRole(QPalette::PlaceholderText);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_shown, 1);
    passwordRow->addWidget(m_copy);
    auto* resultPage = new QWidget;
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_result);
    resultLayout->addLayout(passwordRow);
    resultLayout->addWidget(m_copyNote);
    resultLayout->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        SecretClipboard::instance()->copy(m_shown->text());
        m_copyNote->setText(tr("Copied. The clipboard is cleared in 30 seconds and when Attest closes. This password "
                               "is shown only now: it is not stored anywhere."));
    });

    m_pages->addWidget(formPage);
    m_pages->addWidget(resultPage);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_execute, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_execute->setDefault(true);
    connect(m_execute, &QPushButton::clicked, this, [this] {
        if (m_pages->currentIndex() == 1)
            accept();
        else
            execute();
    });
    connect(m_cancel, &QPushButton::clicked, this, &PasswordResetDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    for (QRadioButton* button : {m_generated, m_typed})
        connect(button, &QRadioButton::toggled, this, &PasswordResetDialog::updateState);
    for (QLineEdit* edit : {m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &PasswordResetDialog::updateState);
    for (QCheckBox* box : {m_upper, m_lower, m_digits, m_symbols})
        connect(box, &QCheckBox::toggled, this, &PasswordResetDialog::updateState);

    resize(640, 440);
    updateState();
}

PasswordResetDialog::~PasswordResetDialog()
{
    wipe();
}

void PasswordResetDialog::wipe()
{
    m_newPassword.fill('\0');
    m_newPassword.clear();
    for (QLineEdit* edit : {m_password, m_confirm, m_shown})
        edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
}

void PasswordResetDialog::done(int result)
{
    if (isRunning())
        return; // the change is under way: its result (and journal record) must be seen
    wipe();
    QDialog::done(result);
}

PasswordPolicy PasswordResetDialog::policy() const
{
    PasswordPolicy p;
    p.length = m_length->value();
    p.uppercase = m_upper->isChecked();
    p.lowercase = m_lower->isChecked();
    p.digits = m_digits->isChecked();
    p.symbols = m_symbols->isChecked();
    p.excludeAmbiguous = m_unambiguous->isChecked();
    return p;
}

void PasswordResetDialog::setTypedPassword(const QString& password)
{
    m_typed->setChecked(true);
    m_password->setText(password);
    m_confirm->setText(password);
}

void PasswordResetDialog::setGenerate(bool generate)
{
    (generate ? m_generated : m_typed)->setChecked(true);
}

void PasswordResetDialog::setTicket(const QString& ticket)
{
    m_ticket->setText(ticket);
}

void PasswordResetDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void PasswordResetDialog::setMustChange(bool mustChange)
{
    m_mustChange->setChecked(mustChange);
}

void PasswordResetDialog::setUnlock(bool unlock)
{
    m_unlock->setChecked(unlock);
}

bool PasswordResetDialog::isRunning() const
{
    return m_running;
}

QString PasswordResetDialog::resultText() const
{
    return m_pages->currentIndex() == 1 ? m_result->text() : m_error->text();
}

QString PasswordResetDialog::shownPassword() const
{
    return m_pages->currentIndex() == 1 ? m_shown->text() : QString();
}

void PasswordResetDialog::updateState()
{
    const bool generate = m_generated->isChecked();
    m_policyBox->setEnabled(generate);
    m_typedBox->setEnabled(!generate);
    bool ready = true;
    if (generate) {
        QString problem;
        ready = PasswordGenerator::validate(policy(), &problem);
        m_strength->clear();
    } else {
        const PasswordStrength strength = PasswordStrength::estimate(
            m_password->text(), {m_target.login, m_target.displayName.section(QLatin1Char(' '), 0, 0)});
        QString text;
        if (m_password->text().isEmpty())
            text = tr("Type the new password twice.");
        else if (m_confirm->text() != m_password->text())
            text = tr("The two passwords differ.");
        else
            text = tr("Strength: %1 (about %2 bits)%3")
                       .arg(strength.levelName())
                       .arg(qRound(strength.bits))
                       .arg(strength.problems.isEmpty()
                                ? QString()
                                : QStringLiteral(" — ") + strength.problems.join(QStringLiteral(", ")));
        m_strength->setText(text);
        const char* color = strength.level == PasswordStrength::Level::Weak   ? "#b3261e"
                            : strength.level == PasswordStrength::Level::Fair ? "#8a5a00"
                                                                              : "#1e7b34";
        m_strength->setStyleSheet(
            m_password->text().isEmpty() ? QString() : QStringLiteral("color: %1;").arg(QLatin1String(color)));
        ready = !m_password->text().isEmpty() && m_confirm->text() == m_password->text() &&
                m_password->text().size() >= PasswordPolicy::kMinimumLength;
        if (!m_password->text().isEmpty() && m_password->text().size() < PasswordPolicy::kMinimumLength)
            m_strength->setText(tr("At least %1 characters.").arg(PasswordPolicy::kMinimumLength));
    }
    m_execute->setEnabled(ready && !isRunning());
}

void PasswordResetDialog::execute()
{
    if (isRunning() || m_pages->currentIndex() != 0)
        return;
    m_newPassword.fill('\0');
    if (m_generated->isChecked()) {
        QString error;
        const auto generated = PasswordGenerator::generate(policy(), &error);
        if (!generated) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_newPassword = generated->toUtf8();
    } else {
        m_newPassword = m_password->text().toUtf8();
    }
    std::vector<DirectoryChange> changes;
    DirectoryChange reset;
    reset.kind = DirectoryChange::Kind::ResetPassword;
    reset.target = m_target.dn;
    reset.mustChangePassword = m_mustChange->isChecked();
    reset.ticket = m_ticket->text().trimmed();
    reset.reason = m_reason->text().trimmed();
    reset.callerChecks = m_target.callerChecks;
    changes.push_back(reset);
    if (m_unlock->isVisible() && m_unlock->isChecked()) {
        DirectoryChange unlock = reset;
        unlock.kind = DirectoryChange::Kind::Unlock;
        changes.push_back(unlock);
    }
    m_error->hide();
    m_busy->show();
    m_execute->setEnabled(false);
    m_cancel->setEnabled(false);
    using Answer = std::pair<std::optional<std::vector<ChangeRun>>, QString>;
    m_running = true;
    m_run->start<Answer>(
        [runner = m_runner, changes, password = m_newPassword](const ProgressFn&) mutable {
            QString error;
            auto runs = runner(changes, password, &error);
            password.fill('\0');
            return std::make_pair(std::move(runs), error);
        },
        [this](Answer answer) {
            m_running = false;
            showResult(answer.first, answer.second);
            Q_EMIT finishedRunning();
        });
}

void PasswordResetDialog::showResult(const std::optional<std::vector<ChangeRun>>& runs, const QString& error)
{
    m_busy->hide();
    m_cancel->setEnabled(true);
    if (!runs || runs->empty()) {
        m_error->setText(tr("Nothing was changed: %1").arg(error));
        m_error->show();
        m_newPassword.fill('\0');
        updateState();
        return;
    }
    QStringList lines;
    bool allGood = true;
    bool passwordSet = false;
    bool policyRejected = false;
    for (const ChangeRun& run : *runs) {
        const bool good = run.outcome.executed && run.outcome.verified && run.record;
        allGood = allGood && good;
        if (run.change.kind == DirectoryChange::Kind::ResetPassword) {
            passwordSet = run.outcome.executed;
            policyRejected = !run.outcome.executed && (run.outcome.message.contains(QLatin1String("constraint")) ||
                                                       run.outcome.message.contains(QLatin1String("policy")) ||
                                                       run.outcome.message.contains(QLatin1String("quality")));
        }
        QString line = run.outcome.message.toHtmlEscaped();
        if (run.record)
            line += tr(" <i>(journal record %1)</i>").arg(run.record->sequence);
        lines << line;
    }
    if (runs->size() == 1 && (*runs)[0].change.kind == DirectoryChange::Kind::ResetPassword && m_unlock->isVisible() &&
        m_unlock->isChecked() && passwordSet && !allGood)
        lines << tr("The account was not unlocked because the reset did not complete.");
    if (!passwordSet) {
        // The directory refused: the password was not set, so it is forgotten and the form stays.
        m_newPassword.fill('\0');
        m_error->setText(policyRejected ? tr("The directory's password policy refused this password: %1. %2")
                                              .arg(lines.join(QStringLiteral(" ")),
                                                   m_generated->isChecked()
                                                       ? tr("Press Reset Password to try a new generated one.")
                                                       : tr("Type another one."))
                                        : lines.join(QStringLiteral("<br>")));
        m_error->show();
        updateState();
        return;
    }
    m_succeeded = allGood;
    m_result->setText((allGood ? QString() : tr("<b>Not everything worked.</b><br>")) +
                      lines.join(QStringLiteral("<br>")) +
                      tr("<br><br>Give the user this password now; it is shown only once:"));
    m_shown->setText(QString::fromUtf8(m_newPassword));
    m_newPassword.fill('\0');
    m_newPassword.clear();
    m_copyNote->setText(tr("Copy puts it on the clipboard, marked as a password, for 30 seconds."));
    m_pages->setCurrentIndex(1);
    m_execute->setText(tr("&Close"));
    m_execute->setEnabled(true);
    m_cancel->hide();
    m_copy->setFocus();
}

} // namespace attest
