#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return attest::cli::run(app.arguments());
}
