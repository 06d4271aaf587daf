// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"
#include "progressline.h"

#include "analysis/datasetstats.h"

#include <QCoreApplication>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printReadable(const analysis::Dataset &ds, const analysis::DatasetStats &st)
{
    using namespace analysis;
    QTextStream &o = out();
    o << Tr::tr("Dataset %1\n").arg(ds.root);
    o << Tr::tr("  %1 people, %2 images; %3 eval images\n\n")
             .arg(st.people)
             .arg(st.images)
             .arg(st.evalImages);
    o << Tr::tr("  class  label                  images\n");
    const int largest = st.classCounts[st.largestClass()];
    for (int c = 0; c < kClassCount; ++c) {
        const int bar = largest > 0 ? int(std::lround(30.0 * st.classCounts[c] / largest)) : 0;
        o << QStringLiteral("  %1%2  %3 %4  %5\n")
                 .arg(c, 4)
                 .arg(isOldClass(c) ? QStringLiteral("*") : QStringLiteral(" "))
                 .arg(className(c, st.bands).leftJustified(22))
                 .arg(st.classCounts[c], 6)
                 .arg(QString(bar, u'#'));
    }
    o << Tr::tr("  * the >=%1 classes: rare, and the ones models get wrong most\n\n")
             .arg(st.bands.oldFrom);
    if (st.smallestClass() >= 0)
        o << Tr::tr("  Imbalance: class %1 has %2 images, class %3 has %4: %5 : 1\n")
                 .arg(st.largestClass())
                 .arg(largest)
                 .arg(st.smallestClass())
                 .arg(st.classCounts[st.smallestClass()])
                 .arg(st.imbalanceRatio(), 0, 'f', 1);
    o << Tr::tr("  Mask state (images): wear %1, incorrect %2, not worn %3\n")
             .arg(st.maskCounts[0])
             .arg(st.maskCounts[1])
             .arg(st.maskCounts[2]);
    o << Tr::tr("  Gender (people): male %1, female %2\n")
             .arg(st.genderCounts[0])
             .arg(st.genderCounts[1]);
    o << Tr::tr("  Age band (people): %1 %2, %3 %4, %5 %6\n")
             .arg(ageBandName(AgeBand::Young, st.bands))
             .arg(st.ageBandCounts[0])
             .arg(ageBandName(AgeBand::Middle, st.bands))
             .arg(st.ageBandCounts[1])
             .arg(ageBandName(AgeBand::Old, st.bands))
             .arg(st.ageBandCounts[2]);
    if (!st.ageHistogram.empty())
        o << Tr::tr("  Ages %1..%2\n")
                 .arg(st.ageHistogram.begin()->first)
                 .arg(st.ageHistogram.rbegin()->first);
    o << '\n';
    if (ds.problems.empty()) {
        o << Tr::tr("  No problems found.\n");
    } else {
        o << Tr::tr("  %1 problem(s):\n").arg(ds.problems.size());
        for (const Problem &p : ds.problems)
            o << "    " << p.toString() << '\n';
    }
}

} // namespace

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Summarises a dataset in the competition layout: people, images, per-class and "
           "per-attribute counts, the imbalance, and every problem found while loading."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 Tr::tr("Dataset folder (holds train/ and eval/)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print one JSON object."));
    const QCommandLineOption checkOpt(QStringLiteral("check-images"),
                                      Tr::tr("Decode every image and report those that fail."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), Tr::tr("Threads (0: all cores)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({jsonOpt, checkOpt, threadsOpt, ageBandsCommandLineOption()});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("stats: expected one dataset folder; try --help\n");
        return 1;
    }
    analysis::AgeBands bands;
    const auto threads = intOption(parser, threadsOpt.names()[0], 0, 1024);
    if (!threads || !ageBandsOption(parser, &bands))
        return 1;

    analysis::LoadOptions options;
    options.checkImages = parser.isSet(checkOpt);
    options.threads = *threads;
    ProgressLine progress(options.checkImages ? Tr::tr("checking images") : Tr::tr("indexing"));
    auto ds = analysis::loadDataset(parser.positionalArguments()[0], options,
                                    options.checkImages ? analysis::Progress(std::ref(progress))
                                                        : analysis::Progress());
    progress.finish();
    if (!ds) {
        err() << Tr::tr("stats: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    const analysis::DatasetStats st = analysis::computeStats(*ds, bands);
    if (parser.isSet(jsonOpt))
        printJson(analysis::statsToJson(st, ds->problems));
    else
        printReadable(*ds, st);
    return 0;
}

} // namespace masklens::cli
