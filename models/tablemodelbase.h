#pragma once

#include "analysis/accountflags.h"
#include "loadedsnapshot.h"
#include "objectref.h"
#include "searchindex.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace attest {

// Base of every pane's table model: a fixed set of columns over rows of the loaded snapshot.
// Besides data(), it answers the two questions the filter proxy asks in its hot loop without
// going through QVariant: does a row match the search terms, and how do two rows compare in a
// column. The per-row work (search text, roll-ups) is done by prepare(), which only reads the
// immutable snapshot and so can run on a worker thread while the GUI stays responsive.
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ObjectRefRole = Qt::UserRole + 1, // ObjectRef of the row
        SortRole,                         // the value used for sorting (numbers for counts and times)
        FlagsRole,                        // the row's hygiene flags (AccountFlags as int); tables with them only
    };

    // What prepare() computes for one snapshot: the search index and each model's own caches.
    struct Prepared
    {
        virtual ~Prepared() = default;
        int rowCount = 0;
        SearchIndex search;
    };
    using PreparedPtr = std::shared_ptr<const Prepared>;

    explicit TableModelBase(QObject* parent = nullptr);

    // Thread-safe: reads only the snapshot. Call it off the GUI thread for big snapshots.
    virtual PreparedPtr prepare(const LoadedSnapshot& snapshot) const = 0;

    // Replaces the whole content in one reset (never one signal per row). Without prepared,
    // prepare() runs here.
    void setSnapshot(LoadedSnapshotPtr snapshot, PreparedPtr prepared = {});
    const LoadedSnapshotPtr& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Columns a new user sees; the rest are in the column chooser.
    virtual bool isColumnVisibleByDefault(int column) const;
    // Singular/plural noun for the status line, e.g. "%n identities".
    virtual QString countText(int shown, int total) const = 0;

    virtual ObjectRef objectAt(int row) const = 0;
    virtual int rowOf(const ObjectRef& ref) const; // -1 when the model has no such row

    // Whether rows carry hygiene flags (FlagsRole, badges, flag words found by the search).
    bool hasFlags() const { return m_hasFlags; }
    virtual AccountFlags rowFlags(int row) const;

    // Hot paths for the proxy. tagMasks from searchTagMasks(), computed once per filter pass.
    std::vector<quint16> searchTagMasks(const QStringList& foldedTerms) const;
    std::vector<char> matchRows(const QStringList& foldedTerms, // one flag per row
                                const std::vector<quint16>& tagMasks = {}) const;
    bool rowMatches(int row, const QStringList& foldedTerms, const std::vector<quint16>& tagMasks = {}) const;
    virtual int compareRows(int column, int left, int right) const = 0;

protected:
    struct ColumnInfo
    {
        QString title;
        QString toolTip;
        bool visibleByDefault = true;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    virtual QVariant displayData(int row, int column) const = 0;
    virtual QVariant sortData(int row, int column) const;
    virtual QVariant decorationData(int row, int column) const;
    virtual QVariant toolTipData(int row, int column) const;

    // A column given no alignment ({}: nothing) gets the default, left and centred vertically.
    void setColumns(std::vector<ColumnInfo> columns)
    {
        for (ColumnInfo& c : columns) {
            if (!(c.alignment & Qt::AlignHorizontal_Mask))
                c.alignment |= Qt::AlignLeft;
            if (!(c.alignment & Qt::AlignVertical_Mask))
                c.alignment |= Qt::AlignVCenter;
        }
        m_columns = std::move(columns);
    }
    void setHasFlags(bool hasFlags) { m_hasFlags = hasFlags; }
    // The search tags of flagged rows: their findings (Disabled is a state, not a finding).
    // "Findings: Stale, No owner" for a name cell's tool tip; nothing without findings.
    static QVariant flagsToolTip(AccountFlags flags);
    static quint16 searchTags(AccountFlags flags)
    {
        return quint16((flags & ~AccountFlags(AccountFlag::Disabled)).toInt());
    }
    static QString fold(const QString& text) { return text.toCaseFolded(); }
    // "2,013 identities" when nothing is hidden, else "1,204 of 2,013 identities".
    static QString shownOfTotal(int shown, int total, const QString& allText, const QString& someText);
    static int compareText(const QString& a, const QString& b);
    template <typename T>
    static int compareValues(const T& a, const T& b)
    {
        return a < b ? -1 : (b < a ? 1 : 0);
    }

    template <typename T>
    const T& prepared() const
    {
        return static_cast<const T&>(*m_prepared);
    }

    LoadedSnapshotPtr m_snapshot;
    PreparedPtr m_prepared;
    int m_rowCount = 0;

private:
    std::vector<ColumnInfo> m_columns;
    bool m_hasFlags = false;
};

} // namespace attest
