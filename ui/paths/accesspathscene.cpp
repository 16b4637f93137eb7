#include "accesspathscene.h"

#include "common/colours.h"

#include "displayformat.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <unordered_map>

namespace attest {

namespace {

using Kind = AccessPaths::Node::Kind;

QColor blend(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor kindHue(Kind kind)
{
    switch (kind) {
    case Kind::Identity:
        return colours::hue(colours::Hue::Identity);
    case Kind::Account:
        return colours::hue(colours::Hue::Account);
    case Kind::Group:
        return colours::hue(colours::Hue::Group);
    case Kind::Role:
        return colours::hue(colours::Hue::Role);
    case Kind::MoreAccounts:
        break;
    }
    return colours::hue(colours::Hue::Neutral);
}

QColor privilegedColour(const QPalette& palette)
{
    return colours::alert(palette);
}

} // namespace

// One node: a rounded card with a stripe in its kind's colour, its name and what it is; the
// privileged tier gets a red border and a shield with the word "Privileged".
class AccessPathNodeItem final : public QGraphicsItem
{
public:
    AccessPathNodeItem(const AccessPaths::Node& node, QString title, QString subtitle, const QPalette& palette)
        : m_node(node)
        , m_title(std::move(title))
        , m_subtitle(std::move(subtitle))
        , m_palette(palette)
    {
        setToolTip(m_title + QLatin1Char('\n') + m_subtitle);
        setCursor(Qt::PointingHandCursor);
    }

    QRectF boundingRect() const override
    {
        return QRectF(-5, -5, AccessPathScene::kNodeWidth + 10, AccessPathScene::kNodeHeight + 10);
    }

    void setFocused(bool focused)
    {
        if (m_focused != focused) {
            m_focused = focused;
            update();
        }
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF card(0, 0, AccessPathScene::kNodeWidth, AccessPathScene::kNodeHeight);
        const bool dark = colours::isDark(m_palette);
        const QColor base = m_palette.color(QPalette::Base);
        const QColor text = m_palette.color(QPalette::Text);
        const QColor hue = kindHue(m_node.kind);
        const QColor accent = m_palette.color(QPalette::Highlight);
        painter->setRenderHint(QPainter::Antialiasing);

        if (m_focused) {
            painter->setPen(QPen(accent, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(card.adjusted(-3.5, -3.5, 3.5, 3.5), 9, 9);
        }
        QColor border = blend(base, text, 0.35);
        qreal borderWidth = 1;
        if (m_node.start) {
            border = accent;
            borderWidth = 2.5;
        }
        if (m_node.privileged) {
            border = privilegedColour(m_palette);
            borderWidth = 2.5;
        }
        QPen pen(border, borderWidth);
        if (m_node.kind == Kind::MoreAccounts)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(blend(base, hue, m_node.start ? (dark ? 0.45 : 0.30) : (dark ? 0.28 : 0.14)));
        painter->drawRoundedRect(card, 6, 6);

        // The kind stripe.
        painter->setPen(Qt::NoPen);
        painter->setBrush(hue);
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left() + borderWidth / 2, card.top() + 4, 5, card.height() - 8), 2, 2);
        painter->drawPath(stripe);

        qreal textRight = card.right() - 8;
        if (m_node.privileged) {
            // A small shield in the top right corner.
            const QRectF box(card.right() - 20, card.top() + 6, 13, 15);
            QPainterPath shield;
            shield.moveTo(box.center().x(), box.top());
            shield.lineTo(box.right(), box.top() + box.height() * 0.2);
            shield.cubicTo(box.right(), box.top() + box.height() * 0.65, box.center().x() + 2, box.bottom() - 1,
                           box.center().x(), box.bottom());
            shield.cubicTo(box.center().x() - 2, box.bottom() - 1, box.left(), box.top() + box.height() * 0.65,
                           box.left(), box.top() + box.height() * 0.2);
            shield.closeSubpath();
            painter->setBrush(privilegedColour(m_palette));
            painter->drawPath(shield);
            textRight = box.left() - 4;
        }

        // Slightly larger than the UI font: the picture is often shown zoomed out.
        QFont titleFont = painter->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
        titleFont.setBold(m_node.start || m_node.kind == Kind::MoreAccounts);
        QFont subFont = painter->font();
        subFont.setPointSizeF(subFont.pointSizeF() * 0.95);
        const qreal left = card.left() + 13;
        const QRectF titleRect(left, card.top() + 4, textRight - left, 23);
        const QRectF subRect(left, card.top() + 27, card.right() - 7 - left, 19);
        painter->setFont(titleFont);
        painter->setPen(text);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight, titleRect.width()));
        painter->setFont(subFont);
        painter->setPen(m_node.privileged ? privilegedColour(m_palette) : blend(base, text, 0.7));
        painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(subFont).elidedText(m_subtitle, Qt::ElideRight, subRect.width()));
    }

private:
    AccessPaths::Node m_node;
    QString m_title;
    QString m_subtitle;
    QPalette m_palette;
    bool m_focused = false;
};

AccessPathScene::AccessPathScene(QObject* parent)
    : QGraphicsScene(parent)
{
    // No BSP index: the picture is rebuilt on every expansion and the tree with it, while a linear
    // pass over a few thousand items to paint or hit-test is cheap.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

AccessPathScene::~AccessPathScene() = default;

void AccessPathScene::setPaths(const AccessPaths& paths, const SnapshotData& data, const QPalette& palette)
{
    clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_trunks.clear();
    m_paths = paths;
    m_palette = palette;
    m_focus = AccessGraph::kNone;
    setBackgroundBrush(palette.color(QPalette::Base));
    place();

    const auto titleOf = [&](const AccessPaths::Node& node) -> std::pair<QString, QString> {
        switch (node.kind) {
        case Kind::Identity:
            if (node.index < data.identities.size())
                return {data.identities[node.index].displayName, tr("Identity")};
            break;
        case Kind::Account:
            if (node.index < data.accounts.size()) {
                const Account& a = data.accounts[node.index];
                QString sub = a.displayName.isEmpty() ? tr("Account") : tr("Account · %1").arg(a.displayName);
                if (!a.enabled)
                    sub = tr("Disabled account · %1").arg(a.displayName);
                return {a.login.isEmpty() ? a.key : a.login, node.privileged ? tr("Privileged account") : sub};
            }
            break;
        case Kind::Group:
        case Kind::Role:
            if (node.index < data.entitlements.size()) {
                const bool role = node.kind == Kind::Role;
                QString sub = node.privileged ? (role ? tr("Privileged role") : tr("Privileged group"))
                                              : (role ? tr("Role") : tr("Group"));
                return {data.entitlements[node.index].name, sub};
            }
            break;
        case Kind::MoreAccounts:
            return {tr("+%1 accounts").arg(DisplayFormat::number(qint64(node.hiddenCount))),
                    tr("Double-click to show more")};
        }
        return {QString(), QString()};
    };

    m_nodeItems.reserve(m_paths.nodes.size());
    for (quint32 i = 0; i < m_paths.nodes.size(); ++i) {
        auto [title, subtitle] = titleOf(m_paths.nodes[i]);
        auto* item = new AccessPathNodeItem(m_paths.nodes[i], std::move(title), std::move(subtitle), palette);
        item->setPos(m_positions[i]);
        item->setZValue(2);
        addItem(item);
        m_nodeItems.push_back(item);
    }
    buildEdges();
    applyEdgeStyles();
    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.adjusted(-40, -40, 40, 40));
}

namespace {

void curveTo(QPainterPath& path, const QPointF& a, const QPointF& b)
{
    const qreal dx = std::max<qreal>(20, (b.x() - a.x()) / 2);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
}

void arrowAt(QPainterPath& path, const QPointF& end)
{
    path.moveTo(end + QPointF(-7, -4));
    path.lineTo(end);
    path.lineTo(end + QPointF(-7, 4));
}

} // namespace

// Appends the route from cursor through the waypoints via[from…] to end: a curve between
// layers, straight along each waypoint's lane, an arrow at the end.
void AccessPathScene::appendRoute(QPainterPath& path, QPointF cursor, const std::vector<quint32>& via, std::size_t from,
                                  const QPointF& end) const
{
    for (std::size_t k = from; k < via.size(); ++k) {
        const QPointF lane = m_waypoints[via[k] - m_paths.nodes.size()];
        curveTo(path, cursor, lane);
        cursor = lane + QPointF(kNodeWidth, 0);
        path.lineTo(cursor);
    }
    curveTo(path, cursor, end);
    arrowAt(path, end);
}

void AccessPathScene::buildEdges()
{
    const auto n = quint32(m_paths.nodes.size());
    const auto rectOf = [this](quint32 node) { return QRectF(m_positions[node], QSizeF(kNodeWidth, kNodeHeight)); };
    // Many edges into one point (an expanded group's members, or their shared lane) run as a bus:
    // a short stub from each source to one vertical line, drawn once. Painting thousands of
    // overlapping curves would stall every repaint near the target.
    constexpr std::size_t kBusFrom = 24;
    std::unordered_map<quint32, std::vector<quint32>> fanIn; // first hop (node or waypoint id) → edges
    for (quint32 i = 0; i < m_paths.edges.size(); ++i) {
        const auto& e = m_paths.edges[i];
        if (!e.back)
            fanIn[m_paths.edgeWaypoints[i].empty() ? e.to : m_paths.edgeWaypoints[i].front()].push_back(i);
    }
    m_edgeFull.assign(m_paths.edges.size(), QPainterPath());
    m_edgeStub.assign(m_paths.edges.size(), QPainterPath());
    for (const auto& [hop, edges] : fanIn) {
        const auto& first = m_paths.edges[edges.front()];
        const QPointF end(rectOf(first.to).left(), rectOf(first.to).center().y());
        const bool viaLane = hop >= n;
        const QPointF point = viaLane ? m_waypoints[hop - n] : end;
        const auto& via = m_paths.edgeWaypoints[edges.front()];
        if (edges.size() < kBusFrom) {
            for (quint32 i : edges) {
                const QRectF from = rectOf(m_paths.edges[i].from);
                QPainterPath path(QPointF(from.right(), from.center().y()));
                appendRoute(path, path.currentPosition(), m_paths.edgeWaypoints[i], 0, end);
                m_edgeFull[i] = path;
            }
            continue;
        }
        const qreal busX = point.x() - kColumnGap / 2;
        // From the bus to the target: once for the trunk, and again on each highlighted edge.
        QPainterPath onward(QPointF(busX, point.y()));
        onward.lineTo(point);
        if (viaLane) {
            onward.lineTo(point + QPointF(kNodeWidth, 0));
            appendRoute(onward, onward.currentPosition(), via, 1, end);
        } else {
            arrowAt(onward, end);
        }
        qreal top = point.y(), bottom = point.y();
        for (quint32 i : edges) {
            const QRectF from = rectOf(m_paths.edges[i].from);
            const QPointF start(from.right(), from.center().y());
            top = std::min(top, start.y());
            bottom = std::max(bottom, start.y());
            QPainterPath stub(start);
            stub.lineTo(busX, start.y());
            m_edgeStub[i] = stub;
            QPainterPath full = stub;
            full.lineTo(busX, point.y());
            full.connectPath(onward);
            m_edgeFull[i] = full;
        }
        QPainterPath trunk(QPointF(busX, top));
        trunk.lineTo(busX, bottom);
        trunk.addPath(onward);
        m_trunks.push_back(addPath(trunk));
    }
    for (quint32 i = 0; i < m_paths.edges.size(); ++i) {
        const auto& e = m_paths.edges[i];
        if (!e.back)
            continue;
        // A cycle closing back to an earlier layer: an arc under both nodes.
        const QPointF start(rectOf(e.from).center().x(), rectOf(e.from).bottom());
        const QPointF end(rectOf(e.to).center().x() + 12, rectOf(e.to).bottom());
        const qreal drop = 40 + std::abs(start.x() - end.x()) * 0.15;
        QPainterPath path(start);
        path.cubicTo(start + QPointF(0, drop), end + QPointF(0, drop), end);
        path.moveTo(end + QPointF(-4, 7));
        path.lineTo(end);
        path.lineTo(end + QPointF(4, 7));
        m_edgeFull[i] = path;
    }
    m_edgeItems.reserve(m_paths.edges.size());
    for (quint32 i = 0; i < m_paths.edges.size(); ++i)
        m_edgeItems.push_back(addPath(m_edgeStub[i].isEmpty() ? m_edgeFull[i] : m_edgeStub[i]));
}

void AccessPathScene::place()
{
    const auto n = quint32(m_paths.nodes.size());
    const std::size_t total = n + m_paths.waypointCount;
    m_positions.assign(n, QPointF());
    m_waypoints.assign(m_paths.waypointCount, QPointF());
    if (n == 0)
        return;
    constexpr qreal kLaneGap = 10; // between a waypoint's lane and its neighbours
    const auto height = [n](quint32 id) { return id < n ? kNodeHeight : 0.0; };
    const auto spacing = [&](quint32 upper, quint32 lower) {
        return height(upper) / 2 + (upper < n && lower < n ? kRowGap : kLaneGap) + height(lower) / 2;
    };
    std::vector<qreal> centre(total, 0);
    for (const auto& lane : m_paths.lanes) {
        qreal y = 0;
        for (std::size_t i = 0; i < lane.size(); ++i) {
            if (i > 0)
                y += spacing(lane[i - 1], lane[i]);
            centre[lane[i]] = y;
        }
        for (quint32 id : lane)
            centre[id] -= y / 2;
    }
    // Nudge each lane towards its neighbours' mean height, keeping the order and the spacing:
    // shorter edges, fewer long diagonals. Very tall lanes (expanded groups) stay stacked.
    std::vector<std::vector<quint32>> neighbours(total);
    for (std::size_t i = 0; i < m_paths.edges.size(); ++i) {
        const auto& e = m_paths.edges[i];
        if (e.back)
            continue;
        quint32 previous = e.from;
        const auto& via = m_paths.edgeWaypoints[i];
        for (std::size_t k = 0; k <= via.size(); ++k) {
            const quint32 next = k < via.size() ? via[k] : e.to;
            auto& mine = neighbours[previous];
            if (std::find(mine.begin(), mine.end(), next) == mine.end()) {
                mine.push_back(next);
                neighbours[next].push_back(previous);
            }
            previous = next;
        }
    }
    std::vector<qreal> desired;
    for (int round = 0; round < 4; ++round) {
        for (const auto& lane : m_paths.lanes) {
            if (lane.empty() || lane.size() > 400)
                continue;
            desired.assign(lane.size(), 0);
            for (std::size_t i = 0; i < lane.size(); ++i) {
                const auto& near = neighbours[lane[i]];
                qreal sum = 0;
                for (quint32 other : near)
                    sum += centre[other];
                desired[i] = near.empty() ? centre[lane[i]] : sum / qreal(near.size());
            }
            qreal shift = 0;
            for (std::size_t i = 0; i < lane.size(); ++i) {
                const qreal y =
                    i == 0 ? desired[i] : std::max(desired[i], centre[lane[i - 1]] + spacing(lane[i - 1], lane[i]));
                centre[lane[i]] = y;
                shift += desired[i] - y;
            }
            shift /= qreal(lane.size());
            for (quint32 id : lane)
                centre[id] += shift;
        }
    }
    for (quint32 l = 0; l < m_paths.lanes.size(); ++l) {
        const qreal x = qreal(l) * (kNodeWidth + kColumnGap);
        for (quint32 id : m_paths.lanes[l]) {
            if (id < n)
                m_positions[id] = QPointF(x, centre[id] - kNodeHeight / 2);
            else
                m_waypoints[id - n] = QPointF(x, centre[id]);
        }
    }
}

void AccessPathScene::applyEdgeStyles()
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor accent = m_palette.color(QPalette::Highlight);
    QPen normal(blend(base, text, 0.4), 1.2);
    normal.setCapStyle(Qt::RoundCap);
    normal.setJoinStyle(Qt::RoundJoin);
    for (QGraphicsPathItem* trunk : m_trunks)
        trunk->setPen(normal);
    for (std::size_t i = 0; i < m_edgeItems.size(); ++i) {
        const auto& e = m_paths.edges[i];
        QPen pen = normal;
        if (e.highlighted) {
            pen.setColor(accent);
            pen.setWidthF(3.0);
        }
        if (e.back)
            pen.setStyle(Qt::DashLine);
        // A bus member shows its own way to the target only when highlighted.
        const QPainterPath& path = e.highlighted || m_edgeStub[i].isEmpty() ? m_edgeFull[i] : m_edgeStub[i];
        if (m_edgeItems[i]->path() != path)
            m_edgeItems[i]->setPath(path);
        m_edgeItems[i]->setPen(pen);
        m_edgeItems[i]->setZValue(e.highlighted ? 1 : 0);
    }
    for (std::size_t i = 0; i < m_nodeItems.size(); ++i)
        m_nodeItems[i]->setFocused(i == m_focus);
}

void AccessPathScene::setFocusNode(quint32 node)
{
    m_focus = node < m_paths.nodes.size() ? node : AccessGraph::kNone;
    highlightAccessPaths(m_paths, m_focus);
    applyEdgeStyles();
}

quint32 AccessPathScene::nodeOf(const QGraphicsItem* item) const
{
    for (; item; item = item->parentItem()) {
        const auto it = std::find(m_nodeItems.begin(), m_nodeItems.end(), item);
        if (it != m_nodeItems.end())
            return quint32(it - m_nodeItems.begin());
    }
    return AccessGraph::kNone;
}

QRectF AccessPathScene::nodeRect(quint32 node) const
{
    if (node >= m_positions.size())
        return {};
    return QRectF(m_positions[node], QSizeF(kNodeWidth, kNodeHeight));
}

QString AccessPathScene::nodeTitle(quint32 node) const
{
    return node < m_nodeItems.size() ? m_nodeItems[node]->toolTip().section(QLatin1Char('\n'), 0, 0) : QString();
}

quint32 AccessPathScene::findNode(const QString& text, quint32 after) const
{
    const QString needle = text.trimmed();
    const auto n = quint32(m_nodeItems.size());
    if (needle.isEmpty() || n == 0)
        return AccessGraph::kNone;
    const quint32 first = after < n ? after + 1 : 0;
    for (quint32 step = 0; step < n; ++step) {
        const quint32 i = (first + step) % n;
        if (m_nodeItems[i]->toolTip().contains(needle, Qt::CaseInsensitive))
            return i;
    }
    return AccessGraph::kNone;
}

} // namespace attest
