#include "accesspathview.h"

#include "accesspathscene.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace attest {

namespace {
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kReadableZoom = 0.6; // fitting smaller than this makes names unreadable
} // namespace

AccessPathView::AccessPathView(AccessPathScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("accessPathView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Access paths"));
}

AccessPathView::~AccessPathView() = default;

qreal AccessPathView::zoom() const
{
    return transform().m11();
}

void AccessPathView::setZoom(qreal zoom)
{
    if (!std::isfinite(zoom) || zoom <= 0)
        zoom = 1;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const qreal current = this->zoom();
    if (current > 0 && std::isfinite(current))
        scale(zoom / current, zoom / current); // around the anchor (the cursor for the wheel)
    else
        setTransform(QTransform::fromScale(zoom, zoom));
}

void AccessPathView::fit(const QPointF& focus)
{
    const QRectF rect = sceneRect();
    const QSizeF available = viewport()->size();
    if (rect.isEmpty() || available.isEmpty()) {
        setZoom(1);
        return;
    }
    const qreal scale = std::min({available.width() / rect.width(), available.height() / rect.height(), 1.0});
    if (scale >= kReadableZoom) {
        setZoom(scale);
        centerOn(rect.center());
    } else {
        // As much of the picture as stays readable, as near its middle as keeps focus in sight.
        setZoom(kReadableZoom);
        const qreal halfWidth = available.width() / kReadableZoom / 2 - AccessPathScene::kNodeWidth / 2 - 20;
        const qreal halfHeight = available.height() / kReadableZoom / 2 - AccessPathScene::kNodeHeight / 2 - 20;
        const QPointF middle = rect.center();
        centerOn(QPointF(std::clamp(middle.x(), focus.x() - std::max<qreal>(0, halfWidth),
                                    focus.x() + std::max<qreal>(0, halfWidth)),
                         std::clamp(middle.y(), focus.y() - std::max<qreal>(0, halfHeight),
                                    focus.y() + std::max<qreal>(0, halfHeight))));
    }
}

quint32 AccessPathView::nodeAt(const QPoint& pos) const
{
    for (QGraphicsItem* item : items(pos)) {
        const quint32 node = m_scene->nodeOf(item);
        if (node != AccessGraph::kNone)
            return node;
    }
    return AccessGraph::kNone;
}

void AccessPathView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const quint32 node = nodeAt(event->position().toPoint());
        if (node != AccessGraph::kNone) {
            Q_EMIT nodeClicked(node);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void AccessPathView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const quint32 node = nodeAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && node != AccessGraph::kNone) {
        Q_EMIT nodeDoubleClicked(node);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void AccessPathView::contextMenuEvent(QContextMenuEvent* event)
{
    const quint32 node = nodeAt(event->pos());
    if (node != AccessGraph::kNone) {
        Q_EMIT nodeMenuRequested(node, event->globalPos());
        event->accept();
        return;
    }
    QGraphicsView::contextMenuEvent(event);
}

void AccessPathView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = std::pow(1.0015, event->angleDelta().y());
        setZoom(zoom() * factor);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void AccessPathView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setZoom(zoom() * 1.25);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        setZoom(zoom() / 1.25);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace attest
