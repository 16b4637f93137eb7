#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace attest::test {

// The Alt+letter of a text ("&File" → 'f'), or a null character when it has none ("&&" is a literal &).
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toCaseFolded();
    }
    return {};
}

// Every Alt+letter a person can press in `window` as it is shown now (its menu bar's menus, the tabs
// of every visible tab bar, visible buttons, group boxes and labels with a buddy), and the
// clashes: two of them on the same letter, where Alt+letter reaches only one. Empty when none.
inline QStringList mnemonicClashes(QWidget* window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QString& text, const QString& what) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            owners[key] << QStringLiteral("%1 “%2”").arg(what, text);
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* action : bar->actions()) {
            if (action->isVisible())
                add(action->text(), QStringLiteral("menu"));
        }
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (!bar->isVisibleTo(window))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabVisible(i) && bar->isTabEnabled(i))
                add(bar->tabText(i), QStringLiteral("tab"));
        }
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !qobject_cast<QTabBar*>(button->parentWidget()))
            add(button->text(), QStringLiteral("button"));
    }
    for (QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(window))
            add(box->title(), QStringLiteral("group"));
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window) && label->buddy())
            add(label->text(), QStringLiteral("label"));
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

} // namespace attest::test
