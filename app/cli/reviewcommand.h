#pragma once

namespace attest::cli {

struct Invocation;

// `attest review list|status|decide|accept-recommendations|reassign|export-worksheet|
// import-worksheet` here; the closing commands in reviewclosing.
int runReview(const Invocation& invocation);

// `attest review create …` (reviewcreate.cpp).
int runReviewCreate(const Invocation& invocation);

} // namespace attest::cli
