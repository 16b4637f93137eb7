#pragma once

#include "analysis/accesspaths.h"

#include <QGraphicsScene>
#include <QPainterPath>
#include <QPalette>

#include <vector>

class QGraphicsPathItem;

namespace attest {

class AccessPathNodeItem;

// The picture of one AccessPaths result: nodes placed by layer (columns, left to right) and by
// their order within the layer, nudged towards their neighbours; edges as curves. Colours come
// from the palette so light and dark themes both read.
class AccessPathScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessPathScene)

public:
    static constexpr qreal kNodeWidth = 180;
    static constexpr qreal kNodeHeight = 50;
    static constexpr qreal kColumnGap = 60;
    static constexpr qreal kRowGap = 12;

    explicit AccessPathScene(QObject* parent = nullptr);
    ~AccessPathScene() override;

    // Rebuilds every item. data gives the names; the paths are kept.
    void setPaths(const AccessPaths& paths, const SnapshotData& data, const QPalette& palette);
    const AccessPaths& paths() const { return m_paths; }
    // Re-marks the highlighted path for a focus node (kNone: the default) and the selected node.
    void setFocusNode(quint32 node);
    quint32 focusNode() const { return m_focus; }
    // The node under an item, or kNone.
    quint32 nodeOf(const QGraphicsItem* item) const;
    QRectF nodeRect(quint32 node) const;
    QString nodeTitle(quint32 node) const;
    // Finds the next node after `after` whose title or subtitle contains text; kNone if none.
    quint32 findNode(const QString& text, quint32 after) const;

private:
    void place();
    void buildEdges();
    void appendRoute(QPainterPath& path, QPointF cursor, const std::vector<quint32>& via, std::size_t from,
                     const QPointF& end) const;
    void applyEdgeStyles();

    AccessPaths m_paths;
    QPalette m_palette;
    std::vector<QPointF> m_positions; // top-left of each node
    std::vector<QPointF> m_waypoints; // left end of each waypoint's lane
    std::vector<AccessPathNodeItem*> m_nodeItems;
    std::vector<QGraphicsPathItem*> m_edgeItems;
    std::vector<QPainterPath> m_edgeFull;     // each edge's whole way
    std::vector<QPainterPath> m_edgeStub;     // a bus member's stub to its bus; empty for an edge on its own
    std::vector<QGraphicsPathItem*> m_trunks; // one per bus
    quint32 m_focus = AccessGraph::kNone;
};

} // namespace attest
