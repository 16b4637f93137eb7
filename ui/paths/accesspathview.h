#pragma once

#include <QGraphicsView>

namespace attest {

class AccessPathScene;

// The canvas of the access-path explorer: a click on a node reports it, a drag on the background
// pans, Ctrl+wheel (or +/-) zooms around the cursor.
class AccessPathView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessPathView)

public:
    explicit AccessPathView(AccessPathScene* scene, QWidget* parent = nullptr);
    ~AccessPathView() override;

    qreal zoom() const;
    void setZoom(qreal zoom); // clamped to a readable range
    // Fits the picture, no larger than 1:1 and no smaller than readable; a picture too tall to
    // fit readably is centred on focus (a scene point) instead.
    void fit(const QPointF& focus);

Q_SIGNALS:
    void nodeClicked(quint32 node);
    void nodeDoubleClicked(quint32 node);
    void nodeMenuRequested(quint32 node, const QPoint& globalPos);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    quint32 nodeAt(const QPoint& pos) const;

    AccessPathScene* m_scene;
};

} // namespace attest
