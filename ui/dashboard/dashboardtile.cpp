#include "dashboardtile.h"

#include "common/colours.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace attest {

DashboardTile::DashboardTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_value(new QLabel(QStringLiteral("–")))
    , m_change(new QLabel)
{
    setObjectName(QStringLiteral("dashboardTile"));
    m_value->setObjectName(QStringLiteral("tileValueLabel"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    m_title->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setMinimumWidth(150);
}

void DashboardTile::setFigure(const QString& value, const QString& change, bool flagged, const QString& toolTip)
{
    m_value->setText(value);
    m_change->setText(change);
    setToolTip(toolTip);
    m_flagged = flagged;
    applyColors();
    setAccessibleDescription(QStringLiteral("%1 %2").arg(value, change));
}

void DashboardTile::applyColors()
{
    // Follows the palette (light or dark); a flagged figure is red in either.
    const QPalette p = palette();
    const QColor alert = colours::alert(p);
    QPalette valuePalette = p;
    valuePalette.setColor(QPalette::WindowText, m_flagged ? alert : p.color(QPalette::WindowText));
    m_value->setPalette(valuePalette);
}

void DashboardTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

QString DashboardTile::valueText() const
{
    return m_value->text();
}

void DashboardTile::mousePressEvent(QMouseEvent* event)
{
    QFrame::mousePressEvent(event);
    setFocus();
    Q_EMIT clicked();
}

void DashboardTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace attest
