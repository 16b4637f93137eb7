#pragma once

#include <QFrame>

class QLabel;

namespace attest {

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

} // namespace attest
