#include "intentresolutionbar.h"

#include "app/intentcases.h"
#include "app/pools.h"
#include "app/session.h"

#include "connections/connectionsecrets.h"

#include "audit/journal.h"
#include "store/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent>

#include <optional>

namespace attest {

namespace {

QString changeOf(const JournalRecord& intent)
{
    return intent.action.endsWith(Journal::kIntentSuffix) ? intent.action.chopped(Journal::kIntentSuffix.size())
                                                          : intent.action;
}

} // namespace

IntentResolutionBar::IntentResolutionBar(ConnectionSecrets* secrets, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_label(new QLabel)
    , m_resolve(new QPushButton(tr("&Resolve…")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
{
    setObjectName(QStringLiteral("intentResolutionBar"));
    m_label->setObjectName(QStringLiteral("intentLabel"));
    m_label->setTextFormat(Qt::PlainText); // targets are directory data
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolve->setObjectName(QStringLiteral("resolveIntentsButton"));
    m_resolve->setToolTip(tr("Read each target through its saved connection and record in the journal whether the "
                             "change happened"));
    m_dismiss->setObjectName(QStringLiteral("dismissIntentsButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resolve, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    connect(m_resolve, &QPushButton::clicked, this, &IntentResolutionBar::resolve);
    hide();
}

void IntentResolutionBar::setWorkspace(std::shared_ptr<app::Session> session, const std::vector<JournalRecord>& intents,
                                       const QList<SourceInfo>& sources)
{
    m_session = std::move(session);
    m_intents = intents;
    m_sources = sources;
    showIntents();
}

QString IntentResolutionBar::text() const
{
    return m_label->text();
}

void IntentResolutionBar::showIntents(const QStringList& lastResults)
{
    QStringList lines;
    if (!lastResults.isEmpty())
        lines << lastResults << QString();
    if (!m_intents.empty()) {
        lines << tr("%n change(s) may or may not have reached the directory: Attest recorded the intent and never "
                    "the outcome (it was stopped, or the disk was full).",
                    nullptr, int(m_intents.size()));
        for (const JournalRecord& intent : m_intents)
            lines << tr("Record %1: %2 on %3").arg(intent.sequence).arg(changeOf(intent), intent.target);
    }
    m_label->setText(lines.join(QLatin1Char('\n')).trimmed());
    m_resolve->setVisible(!m_intents.empty());
    m_resolve->setEnabled(!m_busy);
    m_dismiss->setVisible(m_intents.empty()); // what was found stays until read
    setVisible(!m_intents.empty() || !lastResults.isEmpty());
}

void IntentResolutionBar::resolve()
{
    if (m_busy || m_intents.empty())
        return;
    // The saved connection of the first directory that has one: its intents are read together.
    const auto reaching = app::sourceForIntents(m_sources, m_intents);
    if (!reaching) {
        showIntents({tr("No saved connection reaches the directories these changes were sent to: add one under "
                        "Directory → Connections, or run attest journal resolve with that directory.")});
        return;
    }
    QPointer<IntentResolutionBar> guard(this);
    const std::shared_ptr<app::Session> session = m_session;
    const QString directory = reaching->directory;
    const qint64 sourceId = reaching->source.id;
    m_secrets->obtain(
        window(), sourceId, reaching->source.name, [guard, session, directory, sourceId](QByteArray password) {
            if (!guard || guard->m_busy)
                return;
            guard->m_busy = true;
            guard->m_resolve->setEnabled(false);
            guard->m_label->setText(tr("Reading the targets from %1…").arg(directory));
            QtConcurrent::run(blockingPool(), [session, sourceId, password] {
                app::ResolveIntentsResult result;
                if (const auto workspace = session->connect(&result.error))
                    result = app::resolveInterruptedChanges(*workspace, {sourceId, password});
                return result;
            }).then(guard.data(), [guard, sourceId, password](const app::ResolveIntentsResult& result) mutable {
                if (!guard)
                    return;
                guard->m_busy = false;
                if (result.ok) {
                    // it worked: keep it for this session
                    guard->m_secrets->remember(sourceId, password, false);
                    guard->m_intents = result.stillOpen;
                }
                password.fill('\0');
                const QStringList lines =
                    result.ok ? result.lines : QStringList{tr("Nothing was resolved: %1").arg(result.error)};
                guard->showIntents(lines);
                Q_EMIT guard->resolutionFinished(lines, int(guard->m_intents.size()));
            });
        });
}

} // namespace attest
