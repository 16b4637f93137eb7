#include "helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace attest {

namespace {

// The translation context of the help pages.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
};

QString section(const QString& title, const QStringList& paragraphs)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const QString& p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

void showGettingStarted(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("gettingStartedDialog"));
    dialog.setWindowTitle(HelpText::tr("Getting Started with Attest"));
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    browser->setOpenLinks(false);
    QString html;
    html += section(
        HelpText::tr("What Attest does"),
        {HelpText::tr("Attest reads your directories into snapshots and shows who has access to what, why they have it "
                      "and how that changed. It runs quarterly access reviews to a signed evidence pack, and makes "
                      "every change (a revocation, a password reset) with a preview, a check afterwards and a "
                      "tamper-evident journal entry."),
         HelpText::tr("When Attest starts for the first time it opens the demo organisation: made-up people in a "
                      "fictional company. Nothing you do there touches a real directory.")});
    html += section(HelpText::tr("The tabs"),
                    {HelpText::tr("Identities, Groups, Roles, Privileged accounts and Audit trail list what the "
                                  "snapshot holds. Type in the search box (Ctrl+F) to narrow a list; the panel on the "
                                  "right shows the selected object, with what it can reach and how."),
                     HelpText::tr("Dashboard measures access sprawl and hygiene: privileged accounts, stale "
                                  "accounts, deep nesting, separation-of-duties conflicts, and the change since the "
                                  "snapshot before. Click a tile for the list behind its figure."),
                     HelpText::tr("Access Paths draws every way an account reaches an entitlement, or who can reach "
                                  "it (Ctrl+Shift+P on a selected row)."),
                     HelpText::tr("Reviews runs access review campaigns: reviewers approve or revoke each grant, the "
                                  "owner closes the campaign, the revocations are made and verified, and the evidence "
                                  "pack is exported for the auditors."),
                     HelpText::tr("Help Desk finds an account (Ctrl+K) and resets its password, unlocks, enables or "
                                  "disables it, each with a confirmation and a journal entry.")});
    html += section(HelpText::tr("Where to start"),
                    {HelpText::tr("1. Look at the Dashboard: the flagged tiles are where access has sprawled."),
                     HelpText::tr("2. Open a person from a list and read why they have what they have."),
                     HelpText::tr("3. Connect your own directory: Directory → Connections… (Ctrl+Shift+C), then "
                                  "Directory → Sync Now… (Ctrl+Shift+S). Each sync is a new snapshot."),
                     HelpText::tr("4. Start a review: Reviews → New Campaign… (Ctrl+Shift+N)."),
                     HelpText::tr("File → New Workspace… starts an empty workspace for your own organisation; "
                                  "Help → Keyboard Shortcuts lists every key.")});
    browser->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

void showKeyboardShortcuts(QWidget* window)
{
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog.setWindowTitle(HelpText::tr("Keyboard Shortcuts"));
    auto* tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({HelpText::tr("Action"), HelpText::tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);

    QSet<const QAction*> listed;
    const auto addGroup = [tree, &listed](const QString& title, const QList<QAction*>& actions) {
        QTreeWidgetItem* group = nullptr;
        for (const QAction* action : actions) {
            if (listed.contains(action) || action->isSeparator() || action->shortcuts().isEmpty() ||
                action->text().isEmpty())
                continue;
            listed.insert(action);
            if (!group) {
                group = new QTreeWidgetItem(tree, {title});
                group->setFirstColumnSpanned(true);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            new QTreeWidgetItem(group, {plain(action->text()), keysOf(action)});
        }
    };
    // The menus first, in their order.
    if (auto* bar = window->findChild<QMenuBar*>()) {
        for (QAction* menuAction : bar->actions()) {
            if (QMenu* menu = menuAction->menu())
                addGroup(plain(menu->title()), menu->actions());
        }
    }
    // Then the keys of each tab (a review's decisions, the panes' own keys), under the tab's name.
    if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))) {
        for (int i = 0; i < tabs->count(); ++i)
            addGroup(plain(tabs->tabText(i)), tabs->widget(i)->findChildren<QAction*>());
    }
    addGroup(HelpText::tr("Other"), window->findChildren<QAction*>());
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 620);
    dialog.exec();
}

} // namespace attest
