#include "connectiondialog.h"

#include "common/colours.h"

#include "app/pools.h"

#include "audit/journal.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QtConcurrent>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace attest {

namespace {

bool isLdaps(const QString& url)
{
    return url.trimmed().startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
}

QString operatorName()
{
    return Journal::currentOperator();
}

} // namespace

ConnectionDialog::ConnectionDialog(const QStringList& takenNames, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_startTls(new QCheckBox(tr("Use &StartTLS (required for ldap:// unless plaintext is allowed)")))
    , m_allowPlaintext(new QCheckBox(tr("Allow &plaintext for this connection")))
    , m_plaintextWarning(new QLabel)
    , m_base(new QLineEdit)
    , m_bindDn(new QLineEdit)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember in the keychain")))
    , m_keychainNote(new QLabel)
    , m_caFile(new QLineEdit)
    , m_helpdeskRole(new QCheckBox(tr("&Help-desk connection: open Attest in help-desk mode on it")))
    , m_mappingBox(new QWidget)
    , m_testButton(new QPushButton(tr("&Test")))
    , m_checks(new QTreeWidget)
    , m_certificateBox(new QGroupBox(tr("Certificate not trusted")))
    , m_certificateText(new QLabel)
    , m_trustButton(new QPushButton(tr("Trust &This Certificate")))
    , m_trustNote(new QLabel)
    , m_validation(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
    , m_takenNames(takenNames)
    , m_watcher(new QFutureWatcher<ConnectionTestReport>(this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Directory Connection"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_url->setObjectName(QStringLiteral("url"));
    m_base->setObjectName(QStringLiteral("base"));
    m_bindDn->setObjectName(QStringLiteral("bindDn"));
    m_password->setObjectName(QStringLiteral("password"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_startTls->setObjectName(QStringLiteral("startTls"));
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintext"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_checks->setObjectName(QStringLiteral("checks"));
    m_trustButton->setObjectName(QStringLiteral("trust"));

    m_name->setPlaceholderText(tr("e.g. Corporate directory"));
    m_url->setPlaceholderText(QStringLiteral("ldaps://directory.example.com"));
    m_base->setPlaceholderText(QStringLiteral("dc=example,dc=com"));
    m_bindDn->setPlaceholderText(tr("cn=attest-reader,ou=Services,dc=example,dc=com (empty: anonymous)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_startTls->setChecked(true);
    m_remember->setChecked(true);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    m_plaintextWarning->setWordWrap(true);
    m_plaintextWarning->setText(
        tr("<b>Warning:</b> without TLS the bind password and every entry cross the network unencrypted; anyone "
           "on the path can read them. Allow this only on a network you control."));
    m_plaintextWarning->setStyleSheet(
        colours::styleSheetColour(colours::alert(palette()))); // readable on a dark palette too

    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* caLabel = new QLabel(tr("&CA file:"));
    caLabel->setBuddy(m_caFile);

    // Widgets that come and go sit in plain boxes, which close up when they hide.
    auto* securityBox = new QWidget;
    auto* securityLayout = new QVBoxLayout(securityBox);
    securityLayout->setContentsMargins(0, 0, 0, 0);
    securityLayout->addWidget(m_startTls);
    securityLayout->addWidget(m_allowPlaintext);
    securityLayout->addWidget(m_plaintextWarning);
    auto* passwordBox = new QWidget;
    auto* passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(m_remember);
    passwordLayout->addWidget(m_keychainNote);
    auto* passwordLabel = new QLabel(tr("Pass&word:"));
    passwordLabel->setBuddy(m_password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), securityBox);
    form->addRow(tr("&Base DN:"), m_base);
    form->addRow(tr("Bind &DN:"), m_bindDn);
    form->addRow(passwordLabel, passwordBox);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_helpdeskRole);
    m_helpdeskRole->setObjectName(QStringLiteral("helpdeskRole"));
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // The attribute mapping, folded away: most directories use the defaults.
    auto* mappingToggle = new QToolButton;
    mappingToggle->setObjectName(QStringLiteral("mappingToggle"));
    mappingToggle->setText(tr("&Attribute mapping"));
    mappingToggle->setCheckable(true);
    mappingToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mappingToggle->setArrowType(Qt::RightArrow);
    mappingToggle->setAutoRaise(true);
    auto* mappingForm = new QFormLayout(m_mappingBox);
    mappingForm->setContentsMargins(16, 0, 0, 0);
    const LdapAttributeMapping defaults;
    for (const LdapAttributeMapping::Field& field : LdapAttributeMapping::fields()) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("map-") + QLatin1String(field.key));
        edit->setPlaceholderText(defaults.*field.attribute);
        edit->setToolTip(
            tr("The directory attribute holding this; empty for the default, %1").arg(defaults.*field.attribute));
        mappingForm->addRow(QCoreApplication::translate("LdapAttributeMapping", field.label) + QLatin1Char(':'), edit);
        m_mapping.push_back(edit);
    }
    m_mappingBox->hide();
    connect(mappingToggle, &QToolButton::toggled, this, [this, mappingToggle](bool open) {
        mappingToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_mappingBox->setVisible(open);
    });

    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({tr("Step"), tr("Result")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(true);
    m_checks->setMinimumHeight(150);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setFocusPolicy(Qt::NoFocus);

    m_certificateText->setWordWrap(true);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustNote->setWordWrap(true);
    auto* certificateLayout = new QVBoxLayout(m_certificateBox);
    certificateLayout->addWidget(m_certificateText);
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustNote, 1);
    trustRow->addWidget(m_trustButton, 0, Qt::AlignTop);
    certificateLayout->addLayout(trustRow);
    m_certificateBox->hide();
    connect(m_trustButton, &QPushButton::clicked, this, &ConnectionDialog::trustShownCertificate);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(new QLabel(tr("Test what works before saving:")), 1);
    testRow->addWidget(m_testButton);
    m_testButton->setToolTip(tr("Connect, check TLS and the certificate, bind, find the base and count entries (F5)"));
    m_testButton->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (isTesting())
            m_cancel->store(true);
        else
            startTest();
    });

    m_validation->setWordWrap(true);
    m_validation->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mappingToggle);
    layout->addWidget(m_mappingBox);
    layout->addLayout(testRow);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_certificateBox);
    layout->addWidget(m_validation);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validationMessage().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    connect(m_watcher, &QFutureWatcher<ConnectionTestReport>::finished, this, [this] {
        m_report = m_watcher->result();
        if (m_report.ok())
            m_capabilities = m_report.capabilities;
        showReport();
        updateState();
        Q_EMIT testFinished();
    });

    for (QLineEdit* edit : {m_name, m_url, m_base, m_bindDn, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    for (QLineEdit* edit : m_mapping)
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    // A different server or CA invalidates a trusted certificate chosen for the old one.
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_trustedSha256.clear();
        m_trustDecision.clear();
    });
    for (QCheckBox* box : {m_startTls, m_allowPlaintext})
        connect(box, &QCheckBox::toggled, this, &ConnectionDialog::updateState);
    resize(700, 760);
    updateState();
}

ConnectionDialog::~ConnectionDialog()
{
    m_cancel->store(true); // a running test stops at its next step; its result is dropped
    m_password->setText(QString(m_password->text().size(), QLatin1Char(' ')));
}

void ConnectionDialog::reject()
{
    m_cancel->store(true);
    QDialog::reject();
}

void ConnectionDialog::setConnection(const QString& name, const LdapSettings& settings)
{
    m_loaded = settings;
    m_takenNames.removeAll(name);
    m_name->setText(name);
    m_url->setText(settings.url);
    m_startTls->setChecked(settings.startTls);
    m_allowPlaintext->setChecked(settings.allowPlaintext);
    m_base->setText(settings.baseDn);
    m_bindDn->setText(settings.bindDn);
    m_caFile->setText(settings.caFile);
    m_trustedSha256 = settings.trustedCertificateSha256;
    m_trustDecision = settings.trustDecision;
    m_helpdeskRole->setChecked(settings.helpdeskRole);
    const LdapAttributeMapping defaults;
    const auto& fields = LdapAttributeMapping::fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QString value = settings.mapping.*fields[i].attribute;
        m_mapping[i]->setText(value == defaults.*fields[i].attribute ? QString() : value);
    }
    if (!settings.mapping.isDefault())
        findChild<QToolButton*>(QStringLiteral("mappingToggle"))->setChecked(true);
    updateState();
}

void ConnectionDialog::setKeychainAvailable(bool available, const QString& reason)
{
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    m_keychainNote->show();
    m_keychainNote->setText(available ? tr("The password is kept only in the operating system's keychain.")
                                      : tr("No keychain is available: the password is kept in memory until Attest "
                                           "closes and asked for again next time. (%1)")
                                            .arg(reason));
}

void ConnectionDialog::setPassword(const QByteArray& password)
{
    m_password->setText(QString::fromUtf8(password));
}

QString ConnectionDialog::name() const
{
    return m_name->text().trimmed();
}

LdapSettings ConnectionDialog::settings() const
{
    LdapSettings s = m_loaded;
    s.url = m_url->text().trimmed();
    s.baseDn = m_base->text().trimmed();
    s.bindDn = m_bindDn->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.startTls = !isLdaps(s.url) && m_startTls->isChecked();
    s.allowPlaintext = !isLdaps(s.url) && !s.startTls && m_allowPlaintext->isChecked();
    s.trustedCertificateSha256 = m_trustedSha256;
    s.trustDecision = m_trustDecision;
    s.helpdeskRole = m_helpdeskRole->isChecked();
    const auto& fields = LdapAttributeMapping::fields();
    s.mapping = LdapAttributeMapping();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QString value = m_mapping[i]->text().trimmed();
        if (!value.isEmpty())
            s.mapping.*fields[i].attribute = value;
    }
    return s;
}

QByteArray ConnectionDialog::password() const
{
    return m_password->text().toUtf8();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

bool ConnectionDialog::isTesting() const
{
    return m_watcher->isRunning();
}

QWidget* ConnectionDialog::certificatePanel() const
{
    return m_certificateBox;
}

QString ConnectionDialog::validationMessage() const
{
    const LdapSettings s = settings();
    const QUrl url(s.url);
    const QString scheme = url.scheme().toLower();
    if (name().isEmpty())
        return tr("Give the connection a name.");
    if (m_takenNames.contains(name()))
        return tr("Another connection is already named \"%1\".").arg(name());
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")))
        return tr("Enter an LDAP URL such as ldaps://directory.example.com or ldap://directory.example.com.");
    if (s.baseDn.isEmpty())
        return tr("Enter the base DN under which accounts and groups are read.");
    // Attribute descriptions (RFC 4512): a letter, then letters, digits and hyphens.
    static const QRegularExpression descriptor(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*$"));
    for (std::size_t i = 0; i < m_mapping.size(); ++i) {
        const QString value = m_mapping[i]->text().trimmed();
        if (!value.isEmpty() && !descriptor.match(value).hasMatch())
            return tr("\"%1\" is not an attribute name (letters, digits and hyphens, starting with a letter).")
                .arg(value);
    }
    if (scheme == QLatin1String("ldap") && !s.startTls && !s.allowPlaintext && !s.bindDn.isEmpty())
        return tr("A password is never sent over plain ldap://: use ldaps://, turn on StartTLS, or allow plaintext "
                  "for this connection.");
    return {};
}

void ConnectionDialog::updateState()
{
    const bool ldaps = isLdaps(m_url->text());
    m_startTls->setEnabled(!ldaps);
    const bool plaintext = !ldaps && !m_startTls->isChecked();
    m_allowPlaintext->setVisible(plaintext);
    m_plaintextWarning->setVisible(plaintext && m_allowPlaintext->isChecked());
    const QString problem = validationMessage();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_testButton->setText(isTesting() ? tr("Stop &Test") : tr("&Test"));
    m_testButton->setEnabled(isTesting() ||
                             (!m_url->text().trimmed().isEmpty() && !m_base->text().trimmed().isEmpty()));
}

void ConnectionDialog::startTest()
{
    if (isTesting())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_capabilities.reset();
    m_checks->clear();
    auto* item = new QTreeWidgetItem(m_checks, {tr("Testing…"), tr("Connecting to %1").arg(m_url->text().trimmed())});
    item->setIcon(0, style()->standardIcon(QStyle::SP_BrowserReload));
    m_certificateBox->hide();
    // The network is touched only on a pool thread: the dialog keeps painting and can stop it.
    m_watcher->setFuture(
        QtConcurrent::run(blockingPool(), [settings = settings(), password = password(), cancel = m_cancel] {
            return app::testConnection(settings, password, [cancel] { return cancel->load(); });
        }));
    updateState();
}

void ConnectionDialog::showReport()
{
    m_checks->clear();
    for (const ConnectionCheck& check : m_report.checks) {
        // The rights are a list: one per line reads better than one long line.
        QString detail = check.detail;
        if (&check == &m_report.checks.constLast() && check.state == ConnectionCheck::State::Passed)
            detail.replace(QStringLiteral("; "), QStringLiteral("\n"));
        auto* item = new QTreeWidgetItem(m_checks, {check.title, detail});
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        switch (check.state) {
        case ConnectionCheck::State::Passed:
            break;
        case ConnectionCheck::State::Warning:
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case ConnectionCheck::State::Failed:
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case ConnectionCheck::State::Skipped:
            icon = QStyle::SP_CustomBase;
            for (int column = 0; column < 2; ++column)
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
            break;
        }
        if (icon != QStyle::SP_CustomBase)
            item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(1, check.detail);
    }

    const bool decide = m_report.certificateNeedsDecision && m_report.certificate;
    m_certificateBox->setVisible(decide);
    if (!decide)
        return;
    const CertificateInfo& c = *m_report.certificate;
    const QString sans = c.subjectAlternativeNames.join(QStringLiteral(", "));
    m_certificateText->setText(tr("<table>"
                                  "<tr><td><b>Subject</b></td><td>%1</td></tr>"
                                  "<tr><td><b>Names</b></td><td>%2</td></tr>"
                                  "<tr><td><b>Issuer</b></td><td>%3</td></tr>"
                                  "<tr><td><b>Valid</b></td><td>%4 to %5</td></tr>"
                                  "<tr><td><b>SHA-256</b></td><td><tt>%6</tt></td></tr>"
                                  "<tr><td><b>Problem</b></td><td>%7</td></tr>"
                                  "</table>")
                                   .arg(c.subject.toHtmlEscaped(), sans.isEmpty() ? tr("(none)") : sans.toHtmlEscaped(),
                                        c.issuer.toHtmlEscaped(), c.notBefore.toUTC().toString(Qt::ISODate),
                                        c.notAfter.toUTC().toString(Qt::ISODate), c.fingerprint(),
                                        c.errors.join(QStringLiteral("; ")).toHtmlEscaped()));
    m_trustNote->setText(tr("Trust only if you have compared this fingerprint with the one your directory's "
                            "administrator gives you. Only this exact certificate is then accepted for this "
                            "connection, and your decision is recorded with it."));
}

void ConnectionDialog::trustShownCertificate()
{
    if (!m_report.certificate)
        return;
    const CertificateInfo& c = *m_report.certificate;
    m_trustedSha256 = QString::fromLatin1(c.sha256.toHex());
    m_trustDecision =
        tr("%1 trusted this certificate on %2 although it did not verify (%3): subject %4, issuer %5, valid until "
           "%6, SHA-256 %7")
            .arg(operatorName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 c.errors.join(QStringLiteral("; ")), c.subject, c.issuer, c.notAfter.toUTC().toString(Qt::ISODate),
                 c.fingerprint());
    m_certificateBox->hide();
    startTest(); // show that it now connects
}

void ConnectionDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace attest
