#include "loadingoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace attest {

LoadingOverlay::LoadingOverlay(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("loadingOverlay"));
    m_title->setObjectName(QStringLiteral("loadingTitleLabel"));
    m_stage->setObjectName(QStringLiteral("loadingStageLabel"));
    m_progress->setObjectName(QStringLiteral("loadingProgressBar"));
    m_cancel->setObjectName(QStringLiteral("loadingCancelPushButton"));
    m_title->setTextFormat(Qt::PlainText);
    m_stage->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_progress->setMinimumWidth(360);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));

    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("loadingBox"));
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Window);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(24, 20, 24, 20);
    boxLayout->setSpacing(10);
    m_title->setParent(box);
    m_stage->setParent(box);
    m_progress->setParent(box);
    m_cancel->setParent(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_stage);
    boxLayout->addWidget(m_progress);
    boxLayout->addWidget(m_cancel, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, &LoadingOverlay::cancelRequested);
    parent->installEventFilter(this);
    hide();
}

void LoadingOverlay::start(const QString& title)
{
    m_title->setText(title);
    m_stage->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_cancel->setFocus();
}

void LoadingOverlay::setProgress(qint64 done, qint64 total, const QString& stage)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_stage->setText(tr("%1: %2 of %3").arg(stage, QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_stage->setText(done > 0 ? tr("%1: %2").arg(stage, QLocale().toString(done)) : stage);
    }
}

void LoadingOverlay::finish()
{
    hide();
}

bool LoadingOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LoadingOverlay::paintEvent(QPaintEvent*)
{
    // Dim what is underneath with the palette's own shadow colour so light and dark both work.
    QPainter painter(this);
    QColor shade = palette().color(QPalette::Shadow);
    shade.setAlpha(90);
    painter.fillRect(rect(), shade);
}

} // namespace attest
