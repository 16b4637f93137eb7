#include "sodpolicydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attest {

using namespace analysis;

SodPolicyDialog::SodPolicyDialog(const SodPolicy& current, const QStringList& checks, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 4))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("sodPolicyDialog"));
    setWindowTitle(tr("Separation of Duties"));
    resize(860, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each rule names entitlements that must not be held together (by key, DN or name; "
                                "separate them with ;). Anyone holding two or more of a rule's entitlements — through "
                                "any of their accounts, directly or through groups — violates it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("sodRulesTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Entitlements (separated by ;)"), tr("Description"), tr("Check")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (std::size_t r = 0; r < current.rules.size(); ++r)
        addRule(current.rules[r], qsizetype(r) < checks.size() ? checks[qsizetype(r)] : tr("OK"));
    layout->addWidget(m_table, 1);
    m_error->setObjectName(QStringLiteral("sodErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* add = m_buttons->addButton(tr("&Add Rule"), QDialogButtonBox::ActionRole);
    auto* remove = m_buttons->addButton(tr("&Remove Rule"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        addRule(SodRule{tr("New rule"), {}, {}}, tr("new"));
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SodPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SodPolicyDialog::reject);
    layout->addWidget(m_buttons);
}

void SodPolicyDialog::addRule(const SodRule& rule, const QString& check)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(rule.name));
    m_table->setItem(row, 1, new QTableWidgetItem(rule.entitlements.join(QStringLiteral("; "))));
    m_table->setItem(row, 2, new QTableWidgetItem(rule.description));
    auto* status = new QTableWidgetItem(check);
    status->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 3, status);
}

SodPolicy SodPolicyDialog::policy() const
{
    SodPolicy policy;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SodRule rule;
        rule.name = text(row, 0);
        for (const QString& part : text(row, 1).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                rule.entitlements << part.trimmed();
        rule.description = text(row, 2);
        policy.rules.push_back(rule);
    }
    return policy;
}

QString SodPolicyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SodPolicyDialog::accept()
{
    const SodPolicy rules = policy();
    QString error;
    int badRule = -1;
    if (!validatePolicy(rules, &error, &badRule)) {
        showProblem(error, badRule);
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT submitted(rules);
}

void SodPolicyDialog::writeFinished(bool ok, const QString& error, int badRule)
{
    setBusy(false);
    if (ok) {
        QDialog::accept();
        return;
    }
    showProblem(error, badRule);
}

void SodPolicyDialog::showProblem(const QString& error, int badRule)
{
    m_error->setText(error);
    m_error->show();
    if (badRule >= 0 && badRule < m_table->rowCount())
        m_table->setCurrentCell(badRule, 1);
    m_table->setFocus();
}

void SodPolicyDialog::setBusy(bool busy)
{
    m_table->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

} // namespace attest
