#pragma once

#include "analysis/accesspaths.h"
#include "loadedsnapshot.h"
#include "objectref.h"

#include <QPointF>
#include <QWidget>

#include <functional>
#include <map>
#include <vector>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace attest {

class AccessPathScene;
class AccessPathView;

// The access-path explorer: from an account, an identity or an entitlement, the paths through
// groups and roles laid out in layers (accounts → groups → roles → privileged entitlements),
// "Who can reach this?" or "What can this reach?", with big groups collapsed into a count that
// expands on demand, search, Back/Forward over arrangements, and PNG/SVG export.
class AccessExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessExplorer)

public:
    // Everything needed to show the same picture again: Back restores it as the user left it.
    struct State
    {
        ObjectRef start;
        AccessDirection direction = AccessDirection::WhatCanReach;
        std::map<quint32, quint32> expandedPages; // entitlement → pages of its collapsed accounts shown
        ObjectRef focus;                          // the selected object; its path to the start is highlighted
        qreal zoom = 0;                           // 0: fit the picture
        QPointF centre;
    };

    explicit AccessExplorer(QWidget* parent = nullptr);
    ~AccessExplorer() override;

    void setSnapshot(LoadedSnapshotPtr snapshot);
    // Opens the explorer on an object (the current arrangement goes onto the Back stack); an
    // entitlement starts with "Who can reach this?", an account or identity with "What can this reach?".
    void showPaths(const ObjectRef& start);
    void showPaths(const ObjectRef& start, AccessDirection direction);
    void setDirection(AccessDirection direction);
    // Shows the next page of a collapsed "+N accounts" node of entitlement.
    void expand(quint32 entitlement);
    // Selects a node's object: highlights its path to the start and emits objectSelected.
    void selectNode(quint32 node);
    // Highlights and centres the next node matching text; false when none does.
    bool search(const QString& text);
    void focusSearch(); // Ctrl+F on the explorer's tab
    void fitToView();

    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    void goBack();
    void goForward();

    bool exportPng(const QString& path, QString* error) const;
    bool exportSvg(const QString& path, QString* error) const;
    // The file dialog, replaceable by tests: (caption, filter) → path or empty.
    void setFileChooser(std::function<QString(const QString&, const QString&)> chooser);

    State state() const; // with the current zoom and scroll
    const AccessPaths& paths() const;
    AccessPathScene* scene() const { return m_scene; }
    AccessPathView* view() const { return m_view; }
    QString message() const; // what the empty state or a failed query says; empty when a picture shows
    QString summary() const;

Q_SIGNALS:
    void objectSelected(const ObjectRef& ref);  // a node was clicked
    void objectActivated(const ObjectRef& ref); // "Show in its pane" from the node's menu
    void historyChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void pushHistory();
    void apply(const State& state);
    void recompute(bool keepView);
    void updateToolbar();
    void nodeClicked(quint32 node);
    void nodeDoubleClicked(quint32 node);
    void nodeMenu(quint32 node, const QPoint& globalPos);
    void exportWithDialog(bool svg);
    ObjectRef objectOf(quint32 node) const;
    quint32 nodeOfObject(const ObjectRef& ref) const;
    void setMessage(const QString& text);

    LoadedSnapshotPtr m_snapshot;
    State m_state;
    bool m_hasState = false;
    std::vector<State> m_back;
    std::vector<State> m_forward;

    AccessPathScene* m_scene;
    AccessPathView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_messageLabel;
    QLabel* m_startLabel;
    QLabel* m_summaryLabel;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QToolButton* m_backButton;
    QToolButton* m_forwardButton;
    QToolButton* m_whoButton;
    QToolButton* m_whatButton;
    QButtonGroup* m_directionGroup;
    QToolButton* m_fitButton;
    QToolButton* m_pngButton;
    QToolButton* m_svgButton;
    quint32 m_lastMatch;
    std::function<QString(const QString&, const QString&)> m_chooseFile;
};

} // namespace attest
