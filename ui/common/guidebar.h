#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace attest {

// A strip above the panes that tells a new user where they are and where to start, with buttons
// for the window's own actions (the same actions as the menus: one way to do each thing).
class GuideBar final : public QFrame
{
    Q_OBJECT

public:
    explicit GuideBar(QWidget* parent = nullptr);

    // Shows the text (plain) and a button per action. dismissible: the close button says the
    // user is done with it for good (dismissed() is emitted); else it only hides it for now.
    void showGuide(const QString& text, const QList<QAction*>& actions, bool dismissible);
    QString text() const;

Q_SIGNALS:
    void dismissed();

private:
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    bool m_dismissible = false;
};

} // namespace attest
