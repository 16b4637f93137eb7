#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace attest {

// Covers its parent while long work runs: what is happening, how far it is, and Cancel.
class LoadingOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadingOverlay)

public:
    explicit LoadingOverlay(QWidget* parent);

    void start(const QString& title);
    void setProgress(qint64 done, qint64 total, const QString& stage);
    void finish();

Q_SIGNALS:
    void cancelRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_stage;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace attest
