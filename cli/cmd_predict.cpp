// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"
#include "progressline.h"

#include "analysis/features.h"
#include "analysis/predictions.h"
#include "analysis/safefile.h"
#include "model/core/netspec.h"
#include "model/inference.h"
#include "model/modelfile.h"
#include "model/runtime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Three finite numbers r,g,b; with `positive`, each above zero (a std of 0 divides by zero).
bool parseTriple(const QString &text, std::array<float, 3> *out, bool positive = false)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        (*out)[i] = parts[i].trimmed().toFloat(&ok);
        if (!ok || !std::isfinite((*out)[i]) || (positive && !((*out)[i] > 0)))
            return false;
    }
    return true;
}

} // namespace

int runPredict(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs a model (a MaskLens checkpoint, or a TorchScript file with its preprocessing "
               "from a sidecar JSON or these options) over a dataset's images and writes the "
               "predictions file with all 18 probabilities."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), Tr::tr("Model file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Predictions CSV to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption splitOpt(QStringLiteral("split"), Tr::tr("train or eval."),
                                      QStringLiteral("SPLIT"), QStringLiteral("train"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     Tr::tr("Input size WxH (default: the model's, else 224x224)."),
                                     QStringLiteral("WxH"));
    const QCommandLineOption meanOpt(QStringLiteral("mean"),
                                     Tr::tr("Normalisation mean r,g,b (default ImageNet's)."),
                                     QStringLiteral("R,G,B"));
    const QCommandLineOption stdOpt(QStringLiteral("std"),
                                    Tr::tr("Normalisation std r,g,b (default ImageNet's)."),
                                    QStringLiteral("R,G,B"));
    const QCommandLineOption cropOpt(
        QStringLiteral("face-crop"),
        Tr::tr("Crop the centre face region first (256x320 of 384x512)."));
    const QCommandLineOption cropSizeOpt(
        QStringLiteral("crop"), Tr::tr("A face crop of another size in the 384x512 frame."),
        QStringLiteral("WxH"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
                                      Tr::tr("Images per batch (0: 4 on CPU, 64 on CUDA)."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        Tr::tr("Threads (0: all cores)."), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption decodeOpt(
        QStringLiteral("decode-threads"),
        Tr::tr("Threads decoding the next batch while the model runs (0: all cores)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption layoutOpt(
        QStringLiteral("memory-format"),
        Tr::tr("channels-last (faster convolutions on CPU) or contiguous."),
        QStringLiteral("FORMAT"), QStringLiteral("channels-last"));
    const QCommandLineOption deviceOpt(QStringLiteral("device"), Tr::tr("auto, cpu or cuda."),
                                       QStringLiteral("DEVICE"), QStringLiteral("auto"));
    const QCommandLineOption ttaOpt(
        QStringLiteral("tta"),
        Tr::tr("Test-time augmentation: flip (the mean of each image's and its mirror "
               "image's probabilities, twice the time) or none (the default)."),
        QStringLiteral("MODE"));
    const QCommandLineOption precisionOpt(
        QStringLiteral("precision"),
        Tr::tr("fp32 (the default: PyTorch's answers), bf16 (the forward pass in bfloat16: "
               "faster on CPUs with AVX-512 BF16 and on GPUs, answers move slightly) or auto "
               "(bf16 where the CPU has it natively or on CUDA)."),
        QStringLiteral("P"), QStringLiteral("fp32"));
    const QCommandLineOption featuresOpt(
        QStringLiteral("features"),
        Tr::tr("Also write each image's embedding (the network's penultimate layer, float32) to "
               "FILE.npy, rows in the order of the predictions file, with FILE.npy.json saying "
               "whose they are. MaskLens checkpoints only."),
        QStringLiteral("FILE.npy"));
    parser.addOptions({dataOpt, modelOpt, outOpt, splitOpt, sizeOpt, meanOpt, stdOpt, cropOpt,
                       cropSizeOpt, batchOpt, threadsOpt, decodeOpt, layoutOpt, deviceOpt, ttaOpt,
                       precisionOpt, featuresOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || !parser.isSet(modelOpt) || !parser.isSet(outOpt)) {
        err() << Tr::tr("predict: --data DIR, --model FILE and --out FILE are required\n");
        return 1;
    }
    const QString split = parser.value(splitOpt);
    if (split != u"train" && split != u"eval") {
        err() << Tr::tr("--split: expected train or eval\n");
        return 1;
    }
    const auto batch = intOption(parser, batchOpt.names()[0], 0, 4096);
    const auto threads = intOption(parser, threadsOpt.names()[0], 0, 1024);
    const auto decodeThreads = intOption(parser, decodeOpt.names()[0], 0, 1024);
    const auto device = model::parseDeviceChoice(parser.value(deviceOpt).toStdString());
    if (!device)
        err() << Tr::tr("--device: expected auto, cpu or cuda\n");
    const QString tta = parser.value(ttaOpt);
    if (parser.isSet(ttaOpt) && tta != u"flip" && tta != u"none")
        err() << Tr::tr("--tta: expected flip or none\n");
    const QString precision = parser.value(precisionOpt);
    if (precision != u"fp32" && precision != u"bf16" && precision != u"auto")
        err() << Tr::tr("--precision: expected fp32, bf16 or auto\n");
    if (!batch || !threads || !decodeThreads || !device ||
        (parser.isSet(ttaOpt) && tta != u"flip" && tta != u"none") ||
        (precision != u"fp32" && precision != u"bf16" && precision != u"auto"))
        return 1;

    // Preprocessing: the sidecar's, then the options on top.
    const QString modelFile = parser.value(modelOpt);
    auto sidecar = model::readSidecar(modelFile);
    if (!sidecar) {
        err() << Tr::tr("predict: %1\n").arg(sidecar.error().toString());
        return 2;
    }
    std::optional<model::Preprocessing> pre = *sidecar;
    const bool overrides = parser.isSet(sizeOpt) || parser.isSet(meanOpt) || parser.isSet(stdOpt) ||
                           parser.isSet(cropOpt) || parser.isSet(cropSizeOpt);
    if (overrides && !pre)
        pre = model::Preprocessing{};
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).toLower().split(u'x');
        bool okW = false, okH = false;
        if (wh.size() == 2) {
            pre->width = wh[0].toInt(&okW);
            pre->height = wh[1].toInt(&okH);
        }
        if (!okW || !okH || pre->width < 8 || pre->height < 8 || pre->width > 4096 ||
            pre->height > 4096) {
            err() << Tr::tr("--size: expected WxH such as 224x224\n");
            return 1;
        }
    }
    if (parser.isSet(meanOpt) && !parseTriple(parser.value(meanOpt), &pre->mean)) {
        err() << Tr::tr("--mean: expected three numbers r,g,b\n");
        return 1;
    }
    if (parser.isSet(stdOpt) && !parseTriple(parser.value(stdOpt), &pre->std, true)) {
        err() << Tr::tr("--std: expected three numbers r,g,b above 0\n");
        return 1;
    }
    if (parser.isSet(cropOpt))
        pre->faceCrop = true;
    if (parser.isSet(cropSizeOpt)) {
        if (!model::parseCropSize(parser.value(cropSizeOpt).toStdString(), &pre->cropWidth,
                                  &pre->cropHeight)) {
            err() << Tr::tr("--crop: expected WxH within the 384x512 frame, such as 208x260\n");
            return 1;
        }
        pre->faceCrop = true;
    }

    model::configureThreads(*threads);
    const auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("predict: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    model::Classifier::Options options;
    options.preprocessing = pre;
    options.device = *device;
    options.channelsLast = parser.value(layoutOpt) != u"contiguous";
    options.flipTest = tta == u"flip";
    const bool cudaChosen =
        *device == model::DeviceChoice::Cuda ||
        (*device == model::DeviceChoice::Auto && model::runtimeInfo().cudaDevices > 0);
    options.bf16 = model::precisionIsBf16(precision.toStdString(), cudaChosen);
    const auto loaded = model::Classifier::load(modelFile.toStdString(), options);
    if (!loaded) {
        err() << Tr::tr("predict: %1\n").arg(QString::fromStdString(loaded.error()));
        return 2;
    }
    const auto &classifier = *loaded;
    const model::Preprocessing &used = classifier->spec().preprocessing;
    err() << Tr::tr("predict: %1 (%2 outputs), %3x%4, on %5%6\n")
                 .arg(QString::fromStdString(classifier->kind()),
                      QString::fromStdString(model::outputLayoutName(classifier->spec().outputs)))
                 .arg(used.width)
                 .arg(used.height)
                 .arg(QString::fromStdString(classifier->device()),
                      (classifier->spec().flipTest ? Tr::tr(", with test-time flips") : QString()) +
                          QStringLiteral(", ") + QString::fromStdString(classifier->precision()));
    err().flush();
    if (parser.isSet(featuresOpt) && classifier->featureWidth() == 0) {
        err() << Tr::tr("predict: --features: %1 is a TorchScript model, which does not expose "
                        "its penultimate layer; use a MaskLens checkpoint (.mlck)\n")
                     .arg(modelFile);
        return 1;
    }

    const analysis::Split which =
        split == u"train" ? analysis::Split::Train : analysis::Split::Eval;
    QStringList paths;
    if (which == analysis::Split::Train)
        for (int i = 0; i < int(ds->samples.size()); ++i)
            paths.append(ds->imagePath(i));
    else
        for (int i = 0; i < int(ds->evalImages.size()); ++i)
            paths.append(ds->evalImagePath(i));

    model::InferenceOptions inference;
    inference.batch = *batch;
    inference.decodeThreads = *decodeThreads;
    inference.features = parser.isSet(featuresOpt);
    ProgressLine progress(Tr::tr("predict"));
    const auto result = model::predictImages(*classifier, paths, inference, std::ref(progress));
    progress.finish();
    if (!result) {
        err() << Tr::tr("predict: %1\n").arg(result.error().toString());
        return 2;
    }
    analysis::Predictions predictions = analysis::Predictions::empty(*ds, which, true);
    predictions.predicted = result->predicted;
    predictions.probabilities = result->probabilities;
    if (auto st = analysis::writePredictions(parser.value(outOpt), *ds, predictions); !st) {
        err() << Tr::tr("predict: %1\n").arg(st.error().toString());
        return 2;
    }
    // How they were made, beside them (FILE.json): a bf16 answer never passes for an fp32 one.
    const QJsonObject about{
        {QStringLiteral("model"), QFileInfo(modelFile).absoluteFilePath()},
        {QStringLiteral("kind"), QString::fromStdString(classifier->kind())},
        {QStringLiteral("precision"), QString::fromStdString(classifier->precision())},
        {QStringLiteral("device"), QString::fromStdString(classifier->device())},
        {QStringLiteral("tta"),
         classifier->spec().flipTest ? QStringLiteral("flip") : QStringLiteral("none")},
        {QStringLiteral("images"), int(paths.size())},
        {QStringLiteral("predicted"), predictions.predictedCount()}};
    if (auto st = analysis::writeFileAtomically(parser.value(outOpt) + QStringLiteral(".json"),
                                                QJsonDocument(about).toJson(),
                                                analysis::LinkPolicy::Follow);
        !st) {
        err() << Tr::tr("predict: %1\n").arg(st.error().toString());
        return 2;
    }
    if (parser.isSet(featuresOpt)) {
        if (auto st =
                analysis::writeFeatures(parser.value(featuresOpt), *ds, which, result->featureWidth,
                                        result->features, QFileInfo(modelFile).absoluteFilePath());
            !st) {
            err() << Tr::tr("predict: %1\n").arg(st.error().toString());
            return 2;
        }
        err() << Tr::tr("predict: wrote %1 (%2 images x %3 features)\n")
                     .arg(parser.value(featuresOpt))
                     .arg(paths.size())
                     .arg(result->featureWidth);
    }
    printProblems(Tr::tr("predict: skipped"), result->problems);
    err() << Tr::tr("predict: %1 images in %2 s (%3 images/s), %4 skipped; wrote %5\n")
                 .arg(paths.size())
                 .arg(result->seconds, 0, 'f', 1)
                 .arg(result->seconds > 0 ? paths.size() / result->seconds : 0.0, 0, 'f', 1)
                 .arg(result->problems.size())
                 .arg(parser.value(outOpt));
    if (result->nonFinite > 0) {
        // The usable rows are written, but a model that gives NaN is not a success.
        err() << Tr::tr("predict: the model gave no finite scores for %1 of %2 images; check the "
                        "model and its --mean/--std\n")
                     .arg(result->nonFinite)
                     .arg(paths.size());
        return 2;
    }
    if (predictions.predictedCount() == 0 && !paths.isEmpty())
        return 2;
    return 0;
}

} // namespace masklens::cli
