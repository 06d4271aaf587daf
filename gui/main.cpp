#include "workbench.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("masklens"));
    QApplication::setApplicationDisplayName(QStringLiteral("MaskLens"));
    QApplication::setOrganizationName(QStringLiteral("MaskLens"));
    QApplication::setApplicationVersion(QStringLiteral(MASKLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("masklens"));
    return masklens::gui::runWorkbench();
}
