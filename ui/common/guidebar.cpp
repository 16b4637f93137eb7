#include "guidebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace attest {

GuideBar::GuideBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("guideBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(QStringLiteral("guideTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("guideCloseButton"));
    m_close->setText(tr("Close"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close the guide"));

    auto* textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_close, 0, Qt::AlignTop);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(textRow);
    layout->addLayout(m_buttons);
    hide();

    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_dismissible)
            Q_EMIT dismissed();
    });
}

void GuideBar::showGuide(const QString& text, const QList<QAction*>& actions, bool dismissible)
{
    m_dismissible = dismissible;
    m_text->setText(text);
    m_close->setToolTip(dismissible ? tr("Close the guide; Help → Getting Started shows it again")
                                    : tr("Hide the guide for now"));
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction* action : actions) {
        // The action's text without its Alt+letter: the menus own those; its shortcut is in the
        // tool tip.
        auto* button = new QPushButton(action->text().remove(QLatin1Char('&')));
        button->setObjectName(action->objectName().isEmpty() ? QString()
                                                             : action->objectName() + QStringLiteral("GuideButton"));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        button->setToolTip(keys.isEmpty() ? action->toolTip() : QStringLiteral("%1 (%2)").arg(action->toolTip(), keys));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch(1);
    show();
}

QString GuideBar::text() const
{
    return m_text->text();
}

} // namespace attest
