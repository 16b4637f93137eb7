#pragma once

#include "analysis/analysis.h"
#include "objectref.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace attest {

class ObjectMenu;
class SubjectListModel;

// The list behind a number of the dashboard: the accounts, identities, groups or grants, filtered
// as typed, with Open and Access Paths for a row of the open snapshot and Accept as Exception for
// findings of a measure.
class SubjectListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectListPanel)

public:
    explicit SubjectListPanel(QWidget* parent = nullptr);

    void setSubjects(std::shared_ptr<const SnapshotData> data, std::shared_ptr<const AccessGraph> graph,
                     std::vector<analysis::Subject> subjects, std::vector<QString> notes, Timestamp now);
    void clear();
    // The data of the snapshot open in the console: only its rows can be shown in its panes.
    void setOpenData(const SnapshotData* data);
    // Whether the rows are findings that may be accepted as exceptions (a measure's list, nothing
    // being written); when not, why (the Accept button's tool tip).
    void setAcceptAllowed(bool allowed, const QString& reason = {});
    // Gives the rows the window's object menu, with Accept as Exception.
    void setObjectMenu(const ObjectMenu* menu);

    SubjectListModel* model() const { return m_list; }
    QTableView* view() const { return m_view; }
    // The selected rows, as rows of the model.
    std::vector<int> selectedRows() const;

Q_SIGNALS:
    void objectActivated(const ObjectRef& ref);
    void accessPathsRequested(const ObjectRef& ref);
    void acceptRequested();

private:
    bool showsOpenData() const;
    void activate(const QModelIndex& index);
    void updateActions();

    const SnapshotData* m_openData = nullptr;
    bool m_acceptAllowed = false;
    QString m_acceptReason;
    SubjectListModel* m_list;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPushButton* m_openButton;
    QPushButton* m_pathsButton;
    QPushButton* m_acceptButton;
};

} // namespace attest
