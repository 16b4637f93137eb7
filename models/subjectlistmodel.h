#pragma once

#include "analysis/metrics.h"
#include "loadedsnapshot.h"
#include "objectref.h"

#include <QAbstractTableModel>

namespace attest {

// The rows behind a number of the dashboard: accounts, identities, entitlements or grants of one
// snapshot, each with an optional note (the path, the score, the rule). Columns depend on what the
// rows are. Read-only, one allocation for the whole list, so a list of 100,000 stays cheap.
class SubjectListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SubjectListModel(QObject* parent = nullptr);

    // data: the snapshot the indexes refer to (the compared snapshot for removed grants).
    void setSubjects(std::shared_ptr<const SnapshotData> data, std::shared_ptr<const AccessGraph> graph,
                     std::vector<analysis::Subject> subjects, std::vector<QString> notes, Timestamp now);
    void clear();

    const analysis::Subject& subjectAt(int row) const { return m_subjects[std::size_t(row)]; }
    const SnapshotData* snapshotData() const { return m_data.get(); }
    // Where double-clicking a row goes: the account (of a grant), identity or entitlement.
    ObjectRef objectAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Shape
    {
        Accounts,
        Identities,
        Entitlements,
        Grants,
        Mixed,
    };
    QString cell(const analysis::Subject& subject, int column) const;

    std::shared_ptr<const SnapshotData> m_data;
    std::shared_ptr<const AccessGraph> m_graph;
    std::vector<analysis::Subject> m_subjects;
    std::vector<QString> m_notes;
    Timestamp m_now = kNoTime;
    Shape m_shape = Shape::Accounts;
};

} // namespace attest
