#pragma once

#include "objectref.h"

#include <QStringList>
#include <QWidget>

#include <map>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace attest {

class ObjectMenu;
class TableFilterProxyModel;
class TableModelBase;

// One pane of the console: a search box that filters as you type (debounced), a table with
// sortable columns and a column chooser, a status line with counts, and an empty-state message.
// A pane can offer several models (e.g. people or accounts) through a "Show" chooser.
class TablePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePane)

public:
    TablePane(const QString& paneId, QWidget* parent = nullptr);

    QString paneId() const { return m_paneId; }

    // The first model added is shown first. label appears in the "Show" chooser when there are several.
    void addModel(const QString& label, TableModelBase* model);
    void setCurrentModel(int index);
    int currentModelIndex() const { return m_currentModel; }
    TableModelBase* currentModel() const;
    int modelCount() const { return int(m_models.size()); }
    int indexOfModel(const TableModelBase* model) const;

    // Gives the rows their context menu (right-click, the Menu key, Shift+F10): the object's actions,
    // or for a row that names no object (an audit event) Copy Row.
    void setObjectMenu(const ObjectMenu* menu);

    // Extra widgets (a time-range chooser, …) placed after the search box.
    void addToolWidget(QWidget* widget);

    TableFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchLineEdit() const { return m_search; }
    QString statusText() const;

    // Selects the row of ref, clearing the search if that is what hides it. False if absent.
    bool selectObject(const ObjectRef& ref);
    ObjectRef currentObject() const;
    void focusSearch();

    // Column visibility and widths, as saved in the settings.
    QStringList saveState() const;
    void restoreState(const QStringList& state);
    void setColumnVisible(int column, bool visible);

Q_SIGNALS:
    // The current row moved to another object. byUser false: a search or filter hid the row that
    // was current and the first row still shown took its place (not a step for Back and Forward).
    void currentObjectChanged(const attest::ObjectRef& ref, bool byUser = true);
    // A search or filter hid the current row and left nothing to show: nothing is current.
    void currentCleared();
    void objectActivated(const attest::ObjectRef& ref);

private:
    void applySearch();
    void updateStatus();
    void showColumnMenu(const QPoint& globalPos);
    void applyDefaultColumns();
    void applyColumnVisibility();
    void fitColumns();
    std::vector<bool>& columnVisibility();
    void onModelReset();
    void rememberCurrentRow();
    void followFilter();

    QString m_paneId;
    std::vector<TableModelBase*> m_models;
    int m_currentModel = -1;
    std::map<int, std::vector<bool>> m_columnVisible; // per model; absent: the model's defaults
    TableFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_showCombo;
    QHBoxLayout* m_toolLayout;
    QToolButton* m_columnsButton;
    QTableView* m_view;
    QLabel* m_status;
    QLabel* m_empty;
    QTimer* m_debounce;
    // The current row's source row and its model as a filter change began (-1: none), so the
    // selection can follow what stays visible.
    int m_keptSourceRow = -1;
    const QAbstractItemModel* m_keptModel = nullptr;
    bool m_followingFilter = false;
};

} // namespace attest
