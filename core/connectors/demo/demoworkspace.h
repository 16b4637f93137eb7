#pragma once

#include "demoorganisation.h"

#include "domain/progress.h"

#include <QString>

namespace attest {

// Writes a generated demo organisation into a new workspace file: one demo source, the four
// snapshots oldest first, then the audit events. The file must not exist. It is built under a
// temporary name in the same folder and appears at path only when complete: on any failure or
// cancel the temporary file is removed again, and a killed process leaves no half-made workspace
// at path (only a hidden ".NAME.XXXXXXXX.partial" beside it).
bool writeDemoWorkspace(const QString& path, const DemoParameters& parameters, const DemoOrganisation& organisation,
                        const ProgressFn& progress, QString* error);

// Generates the organisation for parameters and writes it as above.
bool createDemoWorkspace(const QString& path, const DemoParameters& parameters, const ProgressFn& progress,
                         QString* error);

} // namespace attest
