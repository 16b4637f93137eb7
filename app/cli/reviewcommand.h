#pragma once

#include <QStringList>

namespace attest::cli {

// `attest review <sub> …`: create, list, status, decide, accept-recommendations, reassign,
// export-worksheet and import-worksheet here; the closing commands in reviewclosing.
// arguments are the program name, then the subcommand and its options.
int runReview(const QStringList& arguments);

// `attest review create …` (reviewcreate.cpp); arguments start with the program name.
int runReviewCreate(const QStringList& arguments);

} // namespace attest::cli
