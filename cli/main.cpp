// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("masklens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MaskLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASKLENS_VERSION));
    // Messages in the user's language (LANG=ko_KR.UTF-8: Korean), from the translations the
    // window uses too (embedded under :/i18n by masklens_analysis).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("masklens"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return masklens::cli::runCli(QCoreApplication::arguments());
}
