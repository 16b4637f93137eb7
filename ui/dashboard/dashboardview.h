#pragma once

#include "analysis/analysis.h"
#include "dashboardwrites.h"
#include "loadedsnapshot.h"
#include "objectref.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace attest {

namespace app {
class Command;
}

class DashboardCharts;
struct DashboardList;
class DashboardTile;
class DashboardTiles;
class ExceptionsPanel;
class HeatMapView;
class MeasureTree;
class ObjectMenu;
class SubjectListModel;
class SubjectListPanel;

// The sprawl dashboard: headline tiles with their change since the compared snapshot, the charts,
// a department × entitlement heat map and every measure with its definition. Every number, bar,
// slice, point and cell opens the list of accounts, identities, groups or grants behind it in the
// right pane. Findings can be accepted as exceptions (reason, approver, expiry); the
// separation-of-duties policy is edited here; the report exports as PDF and the measures as CSV or
// JSON. This class composes the parts and loads: the measures are computed off the GUI thread, and
// every write (accept or withdraw an exception, save the policy, export) is started by DashboardWrites
// off the GUI thread, the figures measured again when it has been written.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setSnapshot(LoadedSnapshotPtr snapshot); // measures it (now if visible, else when shown)
    void refresh();                               // measures again (after a change of options)
    bool isBusy() const;
    bool isWriting() const;
    bool isExporting() const;
    const analysis::Analysis* analysis() const { return m_analysis.get(); }

    // What the right pane shows.
    void showMeasure(analysis::MeasureId id);
    void showHistogramBin(int bin);
    void showHeatCell(int row, int column);
    void showPrivilegedSlice(bool privileged);
    void showTrendPoint(int series, int index);
    void showDrift(bool added);
    void showRegressions();
    void showExceptions();
    void showTopIdentities();
    QString listTitle() const;
    SubjectListModel* listModel() const;
    QTableView* listView() const;
    QTableWidget* exceptionsTable() const;
    DashboardTile* tile(analysis::MeasureId id) const;
    QString statusText() const;

    // Accepts the selected rows of the list as exceptions; withdraws the selected exception; saves
    // the policy. Each checks the request at once with the core's rule (false with *error: nothing
    // is started) and then writes off the GUI thread; writeFinished() tells how that went, and the
    // figures are measured again when it was written.
    bool acceptSelected(const QString& reason, const QString& approver, Timestamp expires, QString* error);
    bool withdrawSelected(QString* error);
    bool saveSodPolicy(const analysis::SodPolicy& policy, QString* error);
    // Exports "pdf", "csv" or "json" off the GUI thread: false with *error when it cannot start;
    // exportFinished() tells how it went (and the status line says so).
    bool exportTo(const QString& path, const QString& format, QString* error);

    void setStaleDays(int days);
    // Gives the rows of the list the window's object menu.
    void setObjectMenu(const ObjectMenu* menu);

Q_SIGNALS:
    void objectActivated(const ObjectRef& ref);
    void accessPathsRequested(const ObjectRef& ref); // "Access Paths" on a row of the list
    void analysed();                                 // a computation finished, successfully or not
    void changed(); // the journal has a new record (exceptions, separation-of-duties policy)
    void writeFinished(bool ok, const QString& error);
    void exportFinished(bool ok, const QString& path, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void start();
    void measured(std::shared_ptr<analysis::Analysis> result, const QString& error);
    void replaceAnalysis(std::shared_ptr<analysis::Analysis> next);
    void populate();
    void showList(DashboardList list);
    void showStatus(const QString& text);
    // What every write does when it is done (measure again, or say what failed), then `done`.
    DashboardWrites::Done afterWrite(const QString& what, DashboardWrites::Done done);
    bool startAccept(const analysis::ExceptionEntry& entry, DashboardWrites::Done done, QString* error);
    void acceptFromDialog();
    void withdrawFromPanel();
    void editSodPolicy();
    void exportWithDialog(const QString& format);
    void updateCompareChooser();
    void updateActions();

    LoadedSnapshotPtr m_snapshot;
    std::shared_ptr<analysis::Analysis> m_analysis;
    qint64 m_measuredSnapshot = 0; // 0: the loaded one
    bool m_dirty = true;
    std::optional<analysis::MeasureId> m_currentMeasure;
    app::Command* m_measure;
    DashboardWrites* m_writes;

    QLabel* m_heading = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_compare = nullptr;
    QSpinBox* m_staleDays = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exceptionsButton = nullptr;
    QPushButton* m_sodButton = nullptr;
    QToolButton* m_export = nullptr;
    DashboardTiles* m_tiles = nullptr;
    DashboardCharts* m_charts = nullptr;
    HeatMapView* m_heatMap = nullptr;
    MeasureTree* m_measures = nullptr;

    QLabel* m_listTitle = nullptr;
    QLabel* m_listDefinition = nullptr;
    QStackedWidget* m_listStack = nullptr;
    SubjectListPanel* m_subjects = nullptr;
    ExceptionsPanel* m_exceptions = nullptr;
};

} // namespace attest
