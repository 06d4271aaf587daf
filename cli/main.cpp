#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("masklens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MaskLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASKLENS_VERSION));
    return masklens::cli::runCli(QCoreApplication::arguments());
}
