#pragma once

#include "directorychange.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace attest {

class Connector;
class Ed25519Key;
class Workspace;

// A change to a source as the journal must see it, through any connector: its intent is recorded
// before anything is sent (no record, no change), then the connector applies it and reads the
// target back, then its outcome is recorded naming the intent. Each record commits in its own
// transaction; a crash between the two leaves an intent without an outcome, which `journal verify`
// and the console's journal check list until someone reads the target. operatorName, when given,
// is who acts. nullopt with *error when the intent could not be recorded: then nothing was sent.
std::optional<ChangeRun> applyJournaledChange(Workspace& workspace, const Ed25519Key& key, Connector& connector,
                                              const DirectoryChange& change, const QByteArray& newPassword,
                                              const QString& operatorName, QString* error);

} // namespace attest
