#include "testregistry.h"

#include "graph/accessgraph.h"
#include "helpdesk/helpdeskview.h"
#include "mainwindow.h"
#include "panes/detailpanel.h"
#include "snapshotloader.h"
#include "store/workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace attest;

namespace {

// What a person reads in a label or a tool tip: rich text is rendered as Qt renders it (an <img>
// becomes an image, <b> bold), plain text is shown as it is.
QString rendered(const QString& text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

const QString kHostileName = QStringLiteral("<img src=x><b>Mallory</b>");
const QString kHostileDepartment = QStringLiteral("<i>Ops</i> & <a href=\"x\">Co</a>");

} // namespace

// The one rich-text policy: markup typed into directory data (a person's name, a department)
// is shown as those characters in the help-desk card and the detail panel, never obeyed.
class TestRichText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void directoryDataIsShownLiterally()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("markup.attest"));
        QString error;
        QVERIFY2(createDemoWorkspace(path, 40, {}, &error), qPrintable(error));
        // A new snapshot in which one person's name and department hold markup.
        LoadedSnapshotPtr demo = loadSnapshotFromWorkspace(path, 0, {}, &error);
        QVERIFY2(demo, qPrintable(error));
        quint32 person = AccessGraph::kNone, account = AccessGraph::kNone;
        for (quint32 i = 0; i < quint32(demo->data->identities.size()) && account == AccessGraph::kNone; ++i) {
            for (const quint32 a : demo->graph->accountsOfIdentity(i)) {
                if (demo->data->accounts[a].enabled) {
                    person = i;
                    account = a;
                    break;
                }
            }
        }
        QVERIFY(account != AccessGraph::kNone);
        SnapshotData data = *demo->data;
        data.identities[person].displayName = kHostileName;
        data.identities[person].department = kHostileDepartment;
        data.accounts[account].displayName = kHostileName;
        const QString login = data.accounts[account].login;
        const QString personKey = data.identities[person].key;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY2(ws->importSnapshot(demo->info.sourceId, data, {}, &error), qPrintable(error));
        }

        MainWindow window;
        window.resize(1300, 820);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY(!window.isBusy());
        const LoadedSnapshotPtr snapshot = window.snapshot();
        QVERIFY(snapshot);

        // The help-desk card: its title and every row.
        window.showHelpdesk();
        QVERIFY(window.helpdesk()->selectAccount(login));
        auto* title = window.helpdesk()->findChild<QLabel*>(QStringLiteral("accountTitleLabel"));
        QVERIFY(title);
        QVERIFY2(rendered(title->text(), title->textFormat()).contains(kHostileName),
                 qPrintable(rendered(title->text(), title->textFormat())));
        auto* card = window.helpdesk()->findChild<QLabel*>(QStringLiteral("accountCard"));
        QVERIFY(card);
        const QString cardShown = rendered(card->text(), card->textFormat());
        QVERIFY2(cardShown.contains(kHostileName), qPrintable(cardShown));
        QVERIFY2(cardShown.contains(kHostileDepartment), qPrintable(cardShown));

        // The detail panel of the person, then of the account (whose owner link names the person).
        quint32 shownPerson = AccessGraph::kNone, shownAccount = AccessGraph::kNone;
        for (quint32 i = 0; i < quint32(snapshot->data->identities.size()); ++i) {
            if (snapshot->data->identities[i].key == personKey)
                shownPerson = i;
        }
        for (quint32 a = 0; a < quint32(snapshot->data->accounts.size()); ++a) {
            if (snapshot->data->accounts[a].login == login)
                shownAccount = a;
        }
        QVERIFY(shownPerson != AccessGraph::kNone && shownAccount != AccessGraph::kNone);
        window.navigateTo(ObjectRef::identity(shownPerson));
        DetailPanel* detail = window.detailPanel();
        QStringList shown;
        for (const QLabel* label : detail->findChildren<QLabel*>()) {
            if (label->isVisibleTo(detail))
                shown << rendered(label->text(), label->textFormat());
        }
        QVERIFY2(shown.contains(kHostileName), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(kHostileDepartment), qPrintable(shown.join(QLatin1Char('|'))));

        window.navigateTo(ObjectRef::account(shownAccount));
        bool ownerLink = false;
        for (const QPushButton* button : detail->findChildren<QPushButton*>()) {
            if (button->text() != kHostileName)
                continue;
            ownerLink = true;
            // A tool tip is rich text whenever Qt guesses so: it must read as typed too.
            const QString tip = rendered(button->toolTip(), Qt::AutoText);
            QVERIFY2(tip.contains(kHostileName), qPrintable(tip));
        }
        QVERIFY(ownerLink);
    }
};

ATTEST_REGISTER_TEST(TestRichText, "richtext")

#include "tst_richtext.moc"
