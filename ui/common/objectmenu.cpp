#include "objectmenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPointer>

namespace attest {

namespace {

void addCopy(QMenu* menu, const QString& text, const QString& value, const char* objectName)
{
    if (value.isEmpty())
        return;
    QAction* action = menu->addAction(text, menu, [value] { QGuiApplication::clipboard()->setText(value); });
    action->setObjectName(QLatin1String(objectName));
}

// Opens the row menu at pos (the view's viewport coordinates) for index.
class RowMenuFilter final : public QObject
{
public:
    RowMenuFilter(QAbstractItemView* view, std::function<void(QMenu*, const QModelIndex&)> fill,
                  const ObjectMenu* objectMenu)
        : QObject(view)
        , m_view(view)
        , m_fill(std::move(fill))
        , m_objectMenu(objectMenu)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ContextMenu) {
            auto* e = static_cast<QContextMenuEvent*>(event);
            if (e->reason() == QContextMenuEvent::Mouse && watched == m_view->viewport()) {
                const QModelIndex index = m_view->indexAt(e->pos());
                if (index.isValid()) {
                    // The row under the mouse becomes the one acted on, as in a file manager.
                    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
                    popup(index, e->globalPos());
                }
                return true;
            }
            if (e->reason() != QContextMenuEvent::Mouse) {
                popupForCurrent();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress && watched == m_view) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Menu || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
                popupForCurrent();
                return true;
            }
        }
        return false;
    }

private:
    void popupForCurrent()
    {
        QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        const QRect rect = m_view->visualRect(index);
        popup(index, m_view->viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint(0, 0)));
    }

    void popup(const QModelIndex& index, const QPoint& globalPos)
    {
        auto* menu = new QMenu(m_view);
        menu->setObjectName(QStringLiteral("rowContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setToolTipsVisible(true); // a disabled item says why
        m_fill(menu, index);
        if (menu->isEmpty()) {
            delete menu;
            return;
        }
        if (m_objectMenu)
            Q_EMIT const_cast<ObjectMenu*>(m_objectMenu.data())->menuAboutToShow(menu);
        menu->popup(globalPos);
    }

    QAbstractItemView* m_view;
    std::function<void(QMenu*, const QModelIndex&)> m_fill;
    QPointer<const ObjectMenu> m_objectMenu;
};

} // namespace

ObjectMenu::ObjectMenu(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("objectMenu"));
}

void ObjectMenu::addActions(QMenu* menu, const ObjectRef& ref) const
{
    const SnapshotData* d = data();
    if (!d || !ref.isValid())
        return;
    QString name;
    QString login;
    QString dn;
    QString email;
    switch (ref.kind) {
    case ObjectRef::Kind::Identity:
        if (ref.index >= d->identities.size())
            return;
        name = d->identities[ref.index].displayName;
        email = d->identities[ref.index].email;
        break;
    case ObjectRef::Kind::Account: {
        if (ref.index >= d->accounts.size())
            return;
        const Account& account = d->accounts[ref.index];
        name = account.displayName;
        login = account.login;
        dn = account.dn;
        email = account.email;
        break;
    }
    case ObjectRef::Kind::Entitlement:
        if (ref.index >= d->entitlements.size())
            return;
        name = d->entitlements[ref.index].name;
        dn = d->entitlements[ref.index].dn;
        break;
    case ObjectRef::Kind::None:
        return;
    }

    if (open) {
        QAction* action = menu->addAction(tr("&Open"), menu, [this, ref] { open(ref); });
        action->setObjectName(QStringLiteral("openObjectAction"));
        action->setToolTip(tr("Show it in its pane and the detail panel"));
    }
    if (accessPaths) {
        QAction* action = menu->addAction(tr("Show Access &Paths"), menu, [this, ref] { accessPaths(ref); });
        action->setObjectName(QStringLiteral("showAccessPathsObjectAction"));
        // The window's View → Show Access Paths has the key; shown here so it can be learnt.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setShortcutVisibleInContextMenu(true);
    }
    menu->addSeparator();
    addCopy(menu, tr("Copy &Name"), name, "copyNameAction");
    addCopy(menu, tr("Copy &Login"), login, "copyLoginAction");
    addCopy(menu, tr("Copy &DN"), dn, "copyDnAction");
    addCopy(menu, tr("Copy E-&mail"), email, "copyEmailAction");
    if (ref.kind == ObjectRef::Kind::Account && accountActions) {
        menu->addSeparator();
        accountActions(menu, ref.index);
    }
}

void ObjectMenu::install(QAbstractItemView* view, std::function<void(QMenu*, const QModelIndex&)> fill,
                         const ObjectMenu* objectMenu)
{
    auto* filter = new RowMenuFilter(view, std::move(fill), objectMenu);
    view->setContextMenuPolicy(Qt::DefaultContextMenu);
    view->viewport()->installEventFilter(filter);
    view->installEventFilter(filter);
}

QAction* addButtonAction(QMenu* menu, const QString& text, QAbstractButton* button, std::function<void()> before)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(button->objectName() + QStringLiteral("MenuAction"));
    action->setEnabled(button->isEnabled());
    action->setToolTip(button->toolTip());
    QPointer<QAbstractButton> target(button);
    QObject::connect(action, &QAction::triggered, button, [target, before = std::move(before)] {
        if (before)
            before();
        if (target && target->isEnabled())
            target->click();
    });
    return action;
}

} // namespace attest
