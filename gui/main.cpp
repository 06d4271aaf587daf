// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("masklens"));
    QApplication::setApplicationDisplayName(QStringLiteral("MaskLens"));
    QApplication::setOrganizationName(QStringLiteral("MaskLens"));
    QApplication::setApplicationVersion(QStringLiteral(MASKLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.masklens.MaskLens"));
    return masklens::gui::runWorkbench();
}
