#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the PDF tools the tests check Attest's PDFs with (poppler-utils: pdftotext, pdffonts,
// pdfinfo, pdftoppm; qpdf), as an auditor's reader would see the file. scripts/setup.sh installs
// them; a missing tool fails the test with a message that says so.
namespace attest::test {

struct PdfToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline PdfToolRun runPdfTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForStarted(10000))
        return {-1, {}, tool.toUtf8() + " did not start (is it installed? scripts/setup.sh installs it)"};
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, {}, tool.toUtf8() + " did not finish within 60 s"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// The text of a PDF as pdftotext extracts it (what a search in the file finds), in UTF-8.
inline QString pdfText(const QString& path, QString* error = nullptr)
{
    const PdfToolRun run = runPdfTool(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (error)
        *error = run.exitCode == 0 ? QString() : QString::fromUtf8(run.err);
    return QString::fromUtf8(run.out);
}

} // namespace attest::test
