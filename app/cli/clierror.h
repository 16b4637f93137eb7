#pragma once

#include <QString>

#include <cstdio>

namespace attest::cli {

// Exit codes: 0 success, 1 the work failed (a file, a workspace, the disk), 2 the command line
// was wrong. Messages go to stderr so stdout carries only data.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

inline int fail(int code, const QString& message)
{
    std::fprintf(stderr, "attest: %s\n", message.toLocal8Bit().constData());
    return code;
}

inline void note(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

} // namespace attest::cli
