// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// masklens-cli map (issue #22): the data map's 2-D layout of the images' embeddings, as the
// workbench's Map view draws it (and from the same cache).
#include "cliutil.h"
#include "commands.h"
#include "progressline.h"

#include "analysis/csv.h"
#include "analysis/features.h"
#include "analysis/maplayout.h"
#include "analysis/safefile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace masklens::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runMap(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Lays the images' embeddings out in two dimensions (PCA, an hnswlib neighbour graph, "
        "then a UMAP-style layout; one seed gives one map), cached in the dataset's "
        ".masklens/maps folder, and writes path,x,y,neighbours: each train image's place on "
        "the map and its nearest images (similar images), separated by spaces."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption featuresOpt = trainFeaturesCommandLineOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("CSV to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), Tr::tr("Layout seed."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption neighboursOpt(QStringLiteral("neighbours"),
                                           Tr::tr("Neighbours per image (2-100)."),
                                           QStringLiteral("K"), QStringLiteral("15"));
    const QCommandLineOption epochsOpt(
        QStringLiteral("epochs"),
        Tr::tr("Layout epochs (0: 500 under 10,000 images, 200 from there)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption noCacheOpt(QStringLiteral("no-cache"),
                                        Tr::tr("Compute the map even when a cached one matches."));
    const QCommandLineOption keptOpt(
        QStringLiteral("report-kept"),
        Tr::tr("Also measure how many of each image's 15 nearest in the features stay among its "
               "15 nearest on the map (1,000 images; all pairs, slow)."));
    parser.addOptions(
        {dataOpt, featuresOpt, outOpt, seedOpt, neighboursOpt, epochsOpt, noCacheOpt, keptOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || !parser.isSet(featuresOpt) || !parser.isSet(outOpt)) {
        err() << Tr::tr("map: --data DIR, --features FILE and --out FILE are required\n");
        return 1;
    }
    const auto seed = intOption(parser, seedOpt.names()[0], 0, 1 << 30);
    const auto k = intOption(parser, neighboursOpt.names()[0], 2, 100);
    const auto epochs = intOption(parser, epochsOpt.names()[0], 0, 100000);
    if (!seed || !k || !epochs)
        return 1;
    auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("map: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    const auto features =
        analysis::readFeatures(parser.value(featuresOpt), *ds, analysis::Split::Train);
    if (!features) {
        err() << Tr::tr("map: %1\n").arg(features.error().toString());
        return 2;
    }
    analysis::MapOptions options;
    options.seed = *seed;
    options.neighbours = *k;
    options.epochs = *epochs;
    ProgressLine progress(Tr::tr("map: laying out"));
    auto layout = parser.isSet(noCacheOpt)
                      ? analysis::computeMap(*features, options, std::ref(progress))
                      : analysis::mapFor(*ds, *features, options, std::ref(progress));
    progress.finish();
    if (!layout) {
        err() << Tr::tr("map: %1\n").arg(layout.error().toString());
        return 2;
    }
    QString csv = QStringLiteral("path,x,y,neighbours\n");
    for (int i = 0; i < layout->rows; ++i) {
        QStringList near;
        for (const int j : layout->similar(i, layout->neighbours))
            near << ds->relativePath(j);
        csv += analysis::csvField(ds->relativePath(i)) + u',' +
               (layout->placed(i) ? QString::number(double(layout->x(i)), 'g', 7) : QString()) +
               u',' +
               (layout->placed(i) ? QString::number(double(layout->y(i)), 'g', 7) : QString()) +
               u',' + analysis::csvField(near.join(u' ')) + u'\n';
    }
    if (auto st = analysis::writeFileAtomically(parser.value(outOpt), csv.toUtf8(),
                                                analysis::LinkPolicy::Follow);
        !st) {
        err() << Tr::tr("map: %1\n").arg(st.error().toString());
        return 2;
    }
    if (layout->cached)
        err() << Tr::tr("map: %1 images, from the cache\n").arg(layout->rows);
    else
        err() << Tr::tr("map: %1 images laid out in %2 s\n")
                     .arg(layout->rows)
                     .arg(layout->seconds, 0, 'f', 1);
    if (parser.isSet(keptOpt))
        err() << Tr::tr("map: neighbourhood kept %1 (15 nearest, 1,000 images)\n")
                     .arg(analysis::neighbourhoodKept(*features, *layout, 15), 0, 'f', 3);
    return 0;
}

} // namespace masklens::cli
