#pragma once

#include "analysis/analysis.h"
#include "loadedsnapshot.h"
#include "objectref.h"

#include <QFrame>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;
class QGridLayout;

namespace attest {

class SubjectListModel;

// One headline figure: its name, the number, and the change since the compared snapshot.
// Clicking it opens the list behind the number.
class DashboardTile final : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardTile(const QString& title, QWidget* parent = nullptr);
    void setFigure(const QString& value, const QString& change, bool flagged, const QString& toolTip);
    QString valueText() const;
    bool isFlagged() const { return m_flagged; }

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    bool m_flagged = false;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
};

// The sprawl dashboard: headline tiles with their change since the compared snapshot, the
// entitlements-per-identity histogram, the privileged share, trends across the source's snapshots,
// a department × entitlement heat map and every measure with its definition. Every number, bar,
// slice, point and cell opens the list of accounts, identities, groups or grants behind it in the
// right pane. Findings can be accepted as exceptions (reason, approver, expiry); the
// separation-of-duties policy is edited here; the report exports as PDF and the measures as CSV or
// JSON. The measures are computed off the GUI thread.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setSnapshot(LoadedSnapshotPtr snapshot); // measures it (now if visible, else when shown)
    void refresh();                               // measures again (after a change of options)
    bool isBusy() const { return m_busy; }
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
    SubjectListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_listView; }
    QTableWidget* exceptionsTable() const { return m_exceptionsTable; }
    DashboardTile* tile(analysis::MeasureId id) const;

    // Accepts the selected rows of the list as exceptions; withdraws the selected exception.
    bool acceptSelected(const QString& reason, const QString& approver, Timestamp expires, QString* error);
    bool withdrawSelected(QString* error);
    bool saveSodPolicy(const analysis::SodPolicy& policy, QString* error);
    // Exports: "pdf", "csv" or "json".
    bool exportTo(const QString& path, const QString& format, QString* error) const;

    void setStaleDays(int days);

Q_SIGNALS:
    void objectActivated(const ObjectRef& ref);
    void accessPathsRequested(const ObjectRef& ref); // "Access Paths" on a row of the list
    void analysed();                                 // a computation finished, successfully or not
    void changed(); // the journal has a new record (exceptions, separation-of-duties policy)

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildCharts();
    void start();
    void finished(std::shared_ptr<analysis::Analysis> result, const QString& error, quint64 generation);
    void replaceAnalysis(std::shared_ptr<analysis::Analysis> next);
    void populate();
    void populateTiles();
    void populateCharts();
    void populateHeatMap();
    void populateDistributionInfo();
    void populateMeasures();
    void populateExceptions();
    void applyChartTheme();
    void showList(const QString& title, const QString& definition, std::shared_ptr<const SnapshotData> data,
                  std::vector<analysis::Subject> subjects, std::vector<QString> notes,
                  std::optional<analysis::MeasureId> measureId = {});
    void activateRow(const QModelIndex& index);
    void acceptFromDialog();
    void editSodPolicy();
    void exportWithDialog(const QString& format);
    void updateCompareChooser();
    void updateActions();

    LoadedSnapshotPtr m_snapshot;
    std::shared_ptr<analysis::Analysis> m_analysis;
    qint64 m_measuredSnapshot = 0; // 0: the loaded one
    bool m_dirty = true;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<analysis::MeasureId> m_currentMeasure;

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
    QGridLayout* m_tileGrid = nullptr;
    std::vector<std::pair<analysis::MeasureId, DashboardTile*>> m_tiles;
    QWidget* m_histogram = nullptr; // QChartView
    QWidget* m_share = nullptr;
    QWidget* m_trendGrants = nullptr;
    QWidget* m_trendHygiene = nullptr;
    QLabel* m_distributionInfo = nullptr;
    QTableWidget* m_heatMap = nullptr;
    QTreeWidget* m_measures = nullptr;

    QLabel* m_listTitle = nullptr;
    QLabel* m_listDefinition = nullptr;
    QLineEdit* m_listFilter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    SubjectListModel* m_list = nullptr;
    QSortFilterProxyModel* m_listProxy = nullptr;
    QTableView* m_listView = nullptr;
    QTableWidget* m_exceptionsTable = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_pathsButton = nullptr;
};

} // namespace attest
