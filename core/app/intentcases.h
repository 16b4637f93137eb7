#pragma once

#include "domain/journalrecord.h"
#include "domain/source.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attest {
class Workspace;
}

// Directory changes whose intent the journal holds and whose outcome it does not (a run stopped
// between sending and recording): which saved connection reaches them, and reading their targets
// to journal what happened. The console's intent bar calls these.
namespace attest::app {

struct IntentSource
{
    SourceInfo source;
    QString directory; // where the intents were sent, for people ("ldap://host:389")
};
// The first source whose saved connection reaches the directory one of the intents was sent to;
// nullopt when none does. Without connecting.
std::optional<IntentSource> sourceForIntents(const QList<SourceInfo>& sources,
                                             const std::vector<JournalRecord>& intents);

struct ResolveIntentsRequest
{
    qint64 sourceId = 0; // the source whose saved connection reads the targets
    QByteArray secret;   // its bind password (not kept)
};
struct ResolveIntentsResult
{
    bool ok = false;
    QString error;
    QStringList lines;                    // one per intent of this directory: what it was found to be
    std::vector<JournalRecord> stillOpen; // every intent of the journal still without an outcome
};

// Reads the target of every open intent recorded for the source's directory and journals a
// resolution record for each (each in a transaction of its own); intents for other directories
// stay open. Nothing is written when the journal cannot record or the directory cannot be reached.
ResolveIntentsResult resolveInterruptedChanges(Workspace& workspace, ResolveIntentsRequest request);

} // namespace attest::app
