// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "language.h"
#include "mainwindow.h"
#include "mappage.h"
#include "sessionlog.h"
#include "settings.h"

#include "model/runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace masklens::gui {

int runWorkbench()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "Workbench", "MaskLens: browse a mask dataset's imbalance, inspect a model's errors class "
                     "by class, correct wrong labels, and retrain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QApplication::translate("Workbench", "Dataset folder to open."),
                                 QStringLiteral("[DIR]"));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QApplication::translate("Workbench", "Render each view to DIR/<view>.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOpt(
        QStringLiteral("language"),
        QApplication::translate("Workbench", "Interface language: en or ko (default: system)."),
        QStringLiteral("CODE"));
    const QCommandLineOption predictionsOpt(
        QStringLiteral("predictions"),
        QApplication::translate("Workbench", "Predictions file to load with the dataset."),
        QStringLiteral("FILE"));
    const QCommandLineOption modelOpt(
        QStringLiteral("model"),
        QApplication::translate(
            "Workbench",
            "Model (checkpoint or TorchScript) to run over the dataset once it has loaded."),
        QStringLiteral("FILE"));
    const QCommandLineOption featuresOpt(
        QStringLiteral("features"),
        QApplication::translate("Workbench",
                                "Features of the train images to lay out on the Map view "
                                "(predict --features, or a run's oof_features.npy)."),
        QStringLiteral("FILE"));
    parser.addOptions({screenshotOpt, languageOpt, predictionsOpt, modelOpt, featuresOpt});
    parser.process(*qApp);

    QString logError;
    if (!SessionLog::start(&logError))
        std::fprintf(stderr, "masklens: no session log: %s\n", qPrintable(logError));
    model::configureThreads(0); // LibTorch starts with one thread here
    Settings settings;
    Language language;
    language.apply(parser.isSet(languageOpt) ? parser.value(languageOpt) : settings.language());

    MainWindow window(&language);
    const QStringList dirs = parser.positionalArguments();
    const QString screenshotDir = parser.value(screenshotOpt);
    if (!screenshotDir.isEmpty()) {
        if (dirs.isEmpty()) {
            std::fprintf(stderr, "masklens: --screenshot needs a dataset folder\n");
            return 1;
        }
        window.resize(1400, 950);
        // Shoot once everything asked for has loaded; any failure ends the run with its message.
        const bool waitForPredictions = parser.isSet(predictionsOpt) || parser.isSet(modelOpt);
        auto finish = [&window, screenshotDir](bool ok, const QString &message) {
            QString error;
            int code = 0;
            if (!ok) {
                std::fprintf(stderr, "masklens: %s\n", qPrintable(message));
                code = 2;
            } else if (!window.saveScreenshots(screenshotDir, &error)) {
                std::fprintf(stderr, "masklens: %s\n", qPrintable(error));
                code = 3;
            }
            QApplication::exit(code);
        };
        QObject::connect(&window, &MainWindow::datasetLoaded, &window,
                         [finish, waitForPredictions](bool ok, const QString &message) {
                             if (!ok || !waitForPredictions)
                                 finish(ok, message);
                         });
        QObject::connect(&window, &MainWindow::predictionsLoaded, &window, finish);
    }
    window.show();
    if (!dirs.isEmpty())
        window.openDataset(dirs.first());
    if (parser.isSet(featuresOpt))
        window.mapPage()->openFeatures(parser.value(featuresOpt)); // made once the dataset is open
    if (parser.isSet(predictionsOpt))
        window.openPredictions(parser.value(predictionsOpt));
    if (parser.isSet(modelOpt)) {
        const QString model = parser.value(modelOpt);
        QObject::connect(
            &window, &MainWindow::datasetLoaded, &window,
            [&window, model](bool ok) {
                if (ok)
                    window.runModel(model);
            },
            Qt::SingleShotConnection);
    }
    return QApplication::exec();
}

} // namespace masklens::gui
