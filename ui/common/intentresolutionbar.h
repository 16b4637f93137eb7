#pragma once

#include "domain/journalrecord.h"
#include "domain/source.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;

namespace attest::app {
class Session;
}

namespace attest {

class ConnectionSecrets;

// The bar above the panes when the journal check at open finds directory changes whose intent was
// recorded and whose outcome never was: it lists them and offers Resolve, which reads each target
// through the saved connection of its directory (off the GUI thread) and journals what happened.
class IntentResolutionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntentResolutionBar)

public:
    explicit IntentResolutionBar(ConnectionSecrets* secrets, QWidget* parent = nullptr);

    // The workspace's open intents and saved connections; hidden when there are none.
    void setWorkspace(std::shared_ptr<app::Session> session, const std::vector<JournalRecord>& intents,
                      const QList<SourceInfo>& sources);
    const std::vector<JournalRecord>& openIntents() const { return m_intents; }
    QString text() const;
    // Reads the targets of the intents that a saved connection reaches (asking for its password
    // when neither this session nor the keychain has it).
    void resolve();

Q_SIGNALS:
    // After a resolution: one line per intent read (what it was found to be), and how many are open.
    void resolutionFinished(const QStringList& lines, int stillOpen);

private:
    void showIntents(const QStringList& lastResults = {});

    ConnectionSecrets* m_secrets;
    QLabel* m_label;
    QPushButton* m_resolve;
    QPushButton* m_dismiss;
    std::shared_ptr<app::Session> m_session;
    std::vector<JournalRecord> m_intents;
    QList<SourceInfo> m_sources;
    bool m_busy = false;
};

} // namespace attest
