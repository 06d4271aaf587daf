// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "model/runtime.h"

#include <QCoreApplication>

namespace masklens::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Shows the LibTorch runtime MaskLens would use."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QCoreApplication::translate("Cli", "One JSON object."));
    const QCommandLineOption threadsOpt(
        QStringLiteral("threads"), QCoreApplication::translate("Cli", "Threads (0: all cores)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({jsonOpt, threadsOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    const auto threads = intOption(parser, threadsOpt.names()[0], 0, 1024);
    if (!threads)
        return 1;
    model::configureThreads(*threads);
    const model::RuntimeInfo info = model::runtimeInfo();
    const QString device = QString::fromStdString(*model::resolveDevice(model::DeviceChoice::Auto));
    if (parser.isSet(jsonOpt)) {
        printJson({{QStringLiteral("torch_version"), QString::fromStdString(info.torchVersion)},
                   {QStringLiteral("cuda_devices"), info.cudaDevices},
                   {QStringLiteral("threads"), info.threads},
                   {QStringLiteral("hardware_threads"), info.hardwareThreads},
                   {QStringLiteral("auto_device"), device}});
        return 0;
    }
    out() << QCoreApplication::translate("Cli", "LibTorch %1; %2 CUDA device(s); %3 of %4 "
                                                "hardware threads; --device auto picks %5\n")
                 .arg(QString::fromStdString(info.torchVersion))
                 .arg(info.cudaDevices)
                 .arg(info.threads)
                 .arg(info.hardwareThreads)
                 .arg(device);
    return 0;
}

} // namespace masklens::cli
