#pragma once

#include "loadedsnapshot.h"
#include "objectref.h"

#include <QObject>

#include <functional>

class QAbstractButton;
class QAbstractItemView;
class QAction;
class QMenu;
class QModelIndex;

namespace attest {

// The menu of a row that names an identity, account, group or role, the same in every list of the
// window: Open, Show Access Paths, Copy name, login, DN or e-mail (whichever the object has), and for
// an account the help desk's Reset Password, Unlock, Enable and Disable. What Open, Show Access Paths
// and the account actions do is given by the window, which calls what its own menus and buttons
// call; this class only lays the menu out.
class ObjectMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectMenu)

public:
    explicit ObjectMenu(QObject* parent = nullptr);

    void setSnapshot(LoadedSnapshotPtr snapshot) { m_snapshot = std::move(snapshot); }
    const SnapshotData* data() const { return m_snapshot ? m_snapshot->data.get() : nullptr; }

    std::function<void(const ObjectRef&)> open;        // show it in its pane and the detail panel
    std::function<void(const ObjectRef&)> accessPaths; // the access-path explorer on it
    // Adds the help desk's actions for the account to the menu.
    std::function<void(QMenu*, quint32 account)> accountActions;

    // Adds the actions that apply to ref; none for a ref outside the open snapshot.
    void addActions(QMenu* menu, const ObjectRef& ref) const;

Q_SIGNALS:
    // A row's menu is about to be shown (tests and screenshots look at it here).
    void menuAboutToShow(QMenu* menu);

public:
    // Gives the rows of view their menu: a right-click first makes the row under the mouse the
    // current and only selected one (as file managers do), and the Menu key or Shift+F10 opens it
    // for the current row. fill adds a row's actions; an empty menu is not shown. Emits
    // menuAboutToShow of objectMenu (may be null) with each menu.
    static void install(QAbstractItemView* view, std::function<void(QMenu*, const QModelIndex&)> fill,
                        const ObjectMenu* objectMenu);

private:
    LoadedSnapshotPtr m_snapshot;
};

// An item of a menu that does what button does: enabled as it is, its tool tip (the reason when it
// is disabled), and a click when chosen, after `before` (may be empty).
QAction* addButtonAction(QMenu* menu, const QString& text, QAbstractButton* button, std::function<void()> before = {});

} // namespace attest
