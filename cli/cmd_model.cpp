// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "model/core/modelinit.h"

#include <QCoreApplication>

namespace masklens::cli {

namespace {
/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runModel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("model init: writes an untrained MaskLens checkpoint, optionally starting from "
               "torchvision weights (scripts/export_torchvision_weights.py)."));
    parser.addPositionalArgument(QStringLiteral("init"), Tr::tr("The action (only init for now)."));
    const QCommandLineOption archOpt(QStringLiteral("arch"),
                                     Tr::tr("efficientnet_b0, small or medium."),
                                     QStringLiteral("ARCH"), QStringLiteral("efficientnet_b0"));
    const QCommandLineOption outputsOpt(QStringLiteral("outputs"),
                                        Tr::tr("classes18, three_heads or three_heads_age."),
                                        QStringLiteral("LAYOUT"), QStringLiteral("classes18"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), Tr::tr("Input size WxH."),
                                     QStringLiteral("WxH"), QStringLiteral("224x224"));
    const QCommandLineOption initOpt(QStringLiteral("init"),
                                     Tr::tr("Starting weights (a torch.save'd dict of tensors)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Checkpoint to write."),
                                    QStringLiteral("FILE"));
    parser.addOptions({archOpt, outputsOpt, sizeOpt, initOpt, outOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")} ||
        !parser.isSet(outOpt)) {
        err() << Tr::tr(
            "usage: masklens-cli model init --out FILE [--arch A] [--outputs L] [--size "
            "WxH] [--init FILE]\n");
        return 1;
    }
    model::ModelSpec spec;
    const auto arch = model::parseArchitecture(parser.value(archOpt).toStdString());
    const auto outputs = model::parseOutputLayout(parser.value(outputsOpt).toStdString());
    const QStringList wh = parser.value(sizeOpt).toLower().split(u'x');
    bool okW = false, okH = false;
    if (wh.size() == 2) {
        spec.preprocessing.width = wh[0].toInt(&okW);
        spec.preprocessing.height = wh[1].toInt(&okH);
    }
    if (!arch || !outputs || !okW || !okH) {
        err() << Tr::tr("model init: --arch efficientnet_b0|small|medium, --outputs "
                        "classes18|three_heads|three_heads_age, "
                        "--size WxH\n");
        return 1;
    }
    spec.architecture = *arch;
    spec.outputs = *outputs;
    int loaded = 0;
    const model::Status created = model::createCheckpoint(
        spec, parser.value(initOpt).toStdString(), parser.value(outOpt).toStdString(), &loaded);
    if (!created) {
        err() << Tr::tr("model init: %1\n").arg(QString::fromStdString(created.error()));
        return 2;
    }
    out() << Tr::tr("Wrote %1 (%2, %3, %4x%5)%6\n")
                 .arg(parser.value(outOpt), parser.value(archOpt), parser.value(outputsOpt))
                 .arg(spec.preprocessing.width)
                 .arg(spec.preprocessing.height)
                 .arg(parser.isSet(initOpt)
                          ? Tr::tr(", %1 tensors from %2").arg(loaded).arg(parser.value(initOpt))
                          : QString());
    return 0;
}

} // namespace masklens::cli
