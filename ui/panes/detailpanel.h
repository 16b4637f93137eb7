#pragma once

#include "loadedsnapshot.h"
#include "objectref.h"

#include <QWidget>

#include <array>

class QFormLayout;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace attest {

class ObjectMenu;
class RelationListModel;

// The right-hand panel: attributes, status, privilege with its reason, and the related lists
// (entitlements with provenance, members, nested groups) of the selected identity, account,
// group or role. Activating a related row asks the window to navigate there.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    explicit DetailPanel(QWidget* parent = nullptr);

    void setSnapshot(LoadedSnapshotPtr snapshot);
    void showObject(const ObjectRef& ref);
    // An audit event has no row in the access graph: its full text, for the truncated columns.
    void showAuditEvent(const AuditEvent& event, const QString& sourceName);
    ObjectRef currentObject() const { return m_current; }
    QString titleText() const;
    RelationListModel* relationModel(int tab) const { return m_models[std::size_t(tab)]; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* relationView(int tab) const { return m_views[std::size_t(tab)]; }
    // Gives the related lists' rows the window's object menu.
    void setObjectMenu(const ObjectMenu* menu);

Q_SIGNALS:
    void objectActivated(const attest::ObjectRef& ref);
    void accessPathsRequested(const attest::ObjectRef& ref); // the "Show access paths" button

private:
    void clearForm();
    void addRow(const QString& label, const QString& value, const QString& toolTip = {});
    void addLinkRow(const QString& label, const QString& value, const ObjectRef& target);
    void showIdentity(quint32 index);
    void showAccount(quint32 index);
    void showEntitlement(quint32 index);
    void setTab(int tab, const QString& title, bool visible);
    QString privilegeText(quint32 account) const;

    LoadedSnapshotPtr m_snapshot;
    ObjectRef m_current;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_status;
    QToolButton* m_accessPathsButton;
    QLabel* m_placeholder;
    QWidget* m_body;
    QFormLayout* m_form;
    QSplitter* m_bodySplitter = nullptr;
    bool m_splitterSized = false;
    QTabWidget* m_tabs;
    static constexpr int kTabCount = 4;
    std::array<RelationListModel*, kTabCount> m_models{};
    std::array<QTableView*, kTabCount> m_views{};
};

} // namespace attest
