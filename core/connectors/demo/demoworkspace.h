#pragma once

#include "demoorganisation.h"

#include "domain/progress.h"

#include <QString>

namespace attest {

// Writes a generated demo organisation into a new workspace file: one demo source, the four
// snapshots oldest first, then the audit events. The file must not exist; on any failure or
// cancel it is removed again (with its -wal and -shm), so no half-made workspace remains.
bool writeDemoWorkspace(const QString& path, const DemoParameters& parameters, const DemoOrganisation& organisation,
                        const ProgressFn& progress, QString* error);

// Generates the organisation for parameters and writes it as above.
bool createDemoWorkspace(const QString& path, const DemoParameters& parameters, const ProgressFn& progress,
                         QString* error);

} // namespace attest
