#pragma once

#include <QFile>
#include <QString>

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace attest::bench {

// Prints one "| measurement | figure |" row of the benchmark table, flushed at once so a slow
// step shows what came before it.
inline void printHeader(const char* title)
{
    std::printf("\n| %-58s | %24s |\n|%s|%s|\n", title, "figure",
                "------------------------------------------------------------", "--------------------------");
    std::fflush(stdout);
}

inline void printRow(const char* what, const QString& value)
{
    std::printf("| %-58s | %24s |\n", what, qPrintable(value));
    std::fflush(stdout);
}

// The process's peak resident memory (Linux), or "n/a" elsewhere.
inline QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kb = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? QStringLiteral("%1 MB").arg(kb / 1024) : QString::fromLatin1(line.mid(6).trimmed());
        }
    }
    return QStringLiteral("n/a");
}

// Starts the peak above from the memory in use now (Linux: clear_refs), so the next peakMemory()
// is the peak of what follows (plus what is still allocated); false where that is not possible.
inline bool resetPeakMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // memory freed before this point no longer counts as resident
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace attest::bench
