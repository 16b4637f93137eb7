#pragma once

class QWidget;

namespace attest {

// The Help menu's pages. Both work offline: they are built into the program, in the user's
// language.

// What Attest is for, what each tab shows and where to start.
void showGettingStarted(QWidget* parent);

// Every keyboard shortcut of the window, read from its actions (menus, panes, reviews), so the
// list can never disagree with what the keys do.
void showKeyboardShortcuts(QWidget* window);

} // namespace attest
