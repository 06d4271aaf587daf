// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// masklens-cli duplicates (issue #22): near-duplicate photos and people under two ids.
#include "cliutil.h"
#include "commands.h"
#include "progressline.h"

#include "analysis/csv.h"
#include "analysis/duplicates.h"
#include "analysis/features.h"
#include "analysis/safefile.h"
#include "model/faceidentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <set>

namespace masklens::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// An unordered pair of names (image paths or person folders).
using Pair = std::pair<QString, QString>;
Pair pairOf(const QString &a, const QString &b)
{
    return a < b ? Pair{a, b} : Pair{b, a};
}

QJsonObject scoreOf(const std::set<Pair> &found, const std::set<Pair> &truth)
{
    int hits = 0;
    for (const Pair &p : found)
        hits += truth.count(p) ? 1 : 0;
    return {{QStringLiteral("found"), int(found.size())},
            {QStringLiteral("true"), int(truth.size())},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("precision"), found.empty() ? 0.0 : double(hits) / found.size()},
            {QStringLiteral("recall"), truth.empty() ? 0.0 : double(hits) / truth.size()}};
}

} // namespace

int runDuplicates(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Finds photos that are the same photo or a near copy (a perceptual hash of each colour "
        "channel, its nearest neighbours through an hnswlib index, confirmed by the pictures' "
        "thumbnails and, with --features, by their embeddings) and people who are one person "
        "under two ids (sharing copied photos, or with --features, whose embeddings sit "
        "together). Writes a,b,kind,score: a and b are image paths relative to train/images "
        "(same_image) or person folders (same_person). With --identity, also people whose faces "
        "are one face: a face identity embedding learnt from the dataset's own person folders "
        "(minutes on the CPU, kept in DIR/.masklens/identity.npy). train --group-duplicates "
        "FILE keeps each group in one fold."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption featuresOpt = trainFeaturesCommandLineOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("CSV to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     Tr::tr("Print the pairs and the person groups as JSON."));
    const QCommandLineOption truthOpt(
        QStringLiteral("truth"),
        Tr::tr("Known duplicates (a synthetic dataset's train/duplicates_truth.csv): report "
               "precision and recall of each kind."),
        QStringLiteral("FILE"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        Tr::tr("Threads hashing the images (0: all cores)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption personOpt(
        QStringLiteral("person-similarity"),
        Tr::tr("With --features: also join two people whose mean embeddings have at least this "
               "cosine (off by default: embeddings learnt for the 18 classes do not tell people "
               "apart; use it with an embedding that does)."),
        QStringLiteral("C"));
    const QCommandLineOption identityOpt(
        QStringLiteral("identity"),
        Tr::tr("Find people photographed again under a new id by their faces: learns a face "
               "identity embedding from the person folders (or reuses the one kept in "
               "DIR/.masklens/identity.npy while the photos are the same) and joins two people "
               "of the same gender and age (within a year) who are each other's nearest face."));
    const QCommandLineOption identityDeviationsOpt(
        QStringLiteral("identity-deviations"),
        Tr::tr("With --identity: how far above every person's cosine to their nearest other "
               "person two faces must sit, in robust deviations (default 2.5)."),
        QStringLiteral("K"), QStringLiteral("2.5"));
    const QCommandLineOption identitySimilarityOpt(
        QStringLiteral("identity-similarity"),
        Tr::tr("With --identity: a fixed least cosine of two people's mean face embeddings "
               "instead of --identity-deviations."),
        QStringLiteral("C"));
    const QCommandLineOption identityEpochsOpt(
        QStringLiteral("identity-epochs"),
        Tr::tr("With --identity: epochs the face embedding learns for (default 10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption identitySeedOpt(
        QStringLiteral("identity-seed"),
        Tr::tr("With --identity: the seed the face embedding learns from (default 1; another "
               "seed is another embedding, learnt again)."),
        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({dataOpt, featuresOpt, outOpt, jsonOpt, truthOpt, threadsOpt, personOpt,
                       identityOpt, identityDeviationsOpt, identitySimilarityOpt,
                       identityEpochsOpt, identitySeedOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || (!parser.isSet(outOpt) && !parser.isSet(jsonOpt))) {
        err() << Tr::tr("duplicates: --data DIR and --out FILE (or --json) are required\n");
        return 1;
    }
    const auto threads = intOption(parser, threadsOpt.names()[0], 0, 1024);
    if (!threads)
        return 1;
    auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("duplicates: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    std::optional<analysis::Features> features;
    if (parser.isSet(featuresOpt)) {
        auto read = analysis::readFeatures(parser.value(featuresOpt), *ds, analysis::Split::Train);
        if (!read) {
            err() << Tr::tr("duplicates: %1\n").arg(read.error().toString());
            return 2;
        }
        features = std::move(read).value();
    }
    analysis::DuplicateOptions options;
    options.threads = *threads;
    // A cosine option left unset keeps its default (off for --person-similarity, the
    // deviations' line for --identity-similarity).
    auto cosineOption = [&](const QCommandLineOption &option, double *into) {
        if (!parser.isSet(option))
            return true;
        const auto c = doubleOption(parser, option.names()[0], -1.0, 1.0);
        if (c)
            *into = *c;
        return bool(c);
    };
    if (!cosineOption(personOpt, &options.minPersonSimilarity) ||
        !cosineOption(identitySimilarityOpt, &options.minIdentitySimilarity))
        return 1;
    const auto identityDeviations =
        doubleOption(parser, identityDeviationsOpt.names()[0], -100.0, 100.0);
    const auto identityEpochs = intOption(parser, identityEpochsOpt.names()[0], 1, 1000);
    const auto identitySeed = intOption(parser, identitySeedOpt.names()[0], 0, 1 << 30);
    if (!identityDeviations || !identityEpochs || !identitySeed)
        return 1;
    options.identityDeviations = *identityDeviations;
    std::optional<model::FaceIdentity> identity;
    if (parser.isSet(identityOpt)) {
        model::FaceIdentityOptions faceOptions;
        faceOptions.epochs = *identityEpochs;
        faceOptions.seed = quint64(*identitySeed);
        faceOptions.threads = *threads;
        ProgressLine learning(Tr::tr("duplicates: learning faces"));
        auto learnt = model::faceIdentity(*ds, faceOptions, std::ref(learning));
        learning.finish();
        if (!learnt) {
            err() << Tr::tr("duplicates: %1\n").arg(learnt.error().toString());
            return 2;
        }
        identity = std::move(learnt).value();
        printProblems(Tr::tr("duplicates: faces: skipped"), identity->problems);
        err() << (identity->fromCache
                      ? Tr::tr("duplicates: faces from %1\n").arg(model::faceIdentityCachePath(*ds))
                      : Tr::tr("duplicates: faces learnt in %1 s, kept in %2\n")
                            .arg(identity->seconds, 0, 'f', 0)
                            .arg(model::faceIdentityCachePath(*ds)));
        options.identity = &identity->features;
    }
    ProgressLine progress(Tr::tr("duplicates: hashing"));
    const auto report =
        analysis::findDuplicates(*ds, features ? &*features : nullptr, options, std::ref(progress));
    progress.finish();
    if (!report) {
        err() << Tr::tr("duplicates: %1\n").arg(report.error().toString());
        return 2;
    }
    printProblems(Tr::tr("duplicates: skipped"), report->problems);
    if (parser.isSet(outOpt)) {
        if (auto st = analysis::writeFileAtomically(parser.value(outOpt),
                                                    analysis::duplicatesCsv(*ds, *report).toUtf8(),
                                                    analysis::LinkPolicy::Follow);
            !st) {
            err() << Tr::tr("duplicates: %1\n").arg(st.error().toString());
            return 2;
        }
    }
    err() << Tr::tr("duplicates: %1 images hashed in %2 s; %3 same-image pairs, %4 people under "
                    "two ids, %5 groups to keep in one fold\n")
                 .arg(report->hashed)
                 .arg(report->seconds, 0, 'f', 1)
                 .arg(report->images.size())
                 .arg(report->people.size())
                 .arg(report->groups.size());
    if (identity)
        err() << Tr::tr("duplicates: two faces are one person from a cosine of %1 (everyone's "
                        "nearest other person: median %2)\n")
                     .arg(report->identityLine, 0, 'f', 3)
                     .arg(report->identityNearestMedian, 0, 'f', 3);

    QJsonObject json;
    if (parser.isSet(truthOpt)) {
        const auto truth = analysis::readCsv(parser.value(truthOpt));
        const int path = truth ? truth->column(u"path") : -1;
        const int of = truth ? truth->column(u"duplicate_of") : -1;
        const int kind = truth ? truth->column(u"kind") : -1;
        if (!truth || path < 0 || of < 0 || kind < 0) {
            err() << Tr::tr("duplicates: --truth: %1\n")
                         .arg(truth ? Tr::tr("%1 needs the columns path,duplicate_of,kind")
                                          .arg(parser.value(truthOpt))
                                    : truth.error().toString());
            return 2;
        }
        std::set<Pair> trueImages, truePeople, foundImages, foundPeople;
        for (const analysis::CsvRow &row : truth->rows)
            (row.fields.value(kind) == u"same_image" ? trueImages : truePeople)
                .insert(pairOf(row.fields.value(path), row.fields.value(of)));
        for (const auto &d : report->images)
            foundImages.insert(pairOf(ds->relativePath(d.a), ds->relativePath(d.b)));
        for (const auto &d : report->people)
            foundPeople.insert(
                pairOf(ds->people[std::size_t(d.a)].folder, ds->people[std::size_t(d.b)].folder));
        const QJsonObject images = scoreOf(foundImages, trueImages);
        const QJsonObject people = scoreOf(foundPeople, truePeople);
        json.insert(QStringLiteral("truth"), QJsonObject{{QStringLiteral("same_image"), images},
                                                         {QStringLiteral("same_person"), people}});
        for (const auto &[name, s] : {std::pair{QStringLiteral("same_image"), images},
                                      std::pair{QStringLiteral("same_person"), people}})
            err() << Tr::tr("duplicates: %1: precision %2, recall %3 (%4 of %5 found, %6 "
                            "reported)\n")
                         .arg(name)
                         .arg(s[QStringLiteral("precision")].toDouble(), 0, 'f', 3)
                         .arg(s[QStringLiteral("recall")].toDouble(), 0, 'f', 3)
                         .arg(s[QStringLiteral("hits")].toInt())
                         .arg(s[QStringLiteral("true")].toInt())
                         .arg(s[QStringLiteral("found")].toInt());
    }
    if (parser.isSet(jsonOpt)) {
        QJsonArray pairs, groups;
        for (const auto &d : report->images)
            pairs.append(QJsonObject{{QStringLiteral("a"), ds->relativePath(d.a)},
                                     {QStringLiteral("b"), ds->relativePath(d.b)},
                                     {QStringLiteral("kind"), QStringLiteral("same_image")},
                                     {QStringLiteral("score"), d.score},
                                     {QStringLiteral("hash_distance"), d.hashDistance}});
        for (const auto &d : report->people)
            pairs.append(QJsonObject{{QStringLiteral("a"), ds->people[std::size_t(d.a)].folder},
                                     {QStringLiteral("b"), ds->people[std::size_t(d.b)].folder},
                                     {QStringLiteral("kind"), QStringLiteral("same_person")},
                                     {QStringLiteral("score"), d.score},
                                     {QStringLiteral("shared_images"), d.sharedImages}});
        for (const auto &g : report->groups) {
            QJsonArray folders;
            for (int p : g)
                folders.append(ds->people[std::size_t(p)].folder);
            groups.append(folders);
        }
        json.insert(QStringLiteral("pairs"), pairs);
        json.insert(QStringLiteral("groups"), groups);
        json.insert(QStringLiteral("hashed"), report->hashed);
        json.insert(QStringLiteral("seconds"), report->seconds);
        if (identity)
            json.insert(
                QStringLiteral("identity"),
                QJsonObject{{QStringLiteral("file"), model::faceIdentityCachePath(*ds)},
                            {QStringLiteral("from_cache"), identity->fromCache},
                            {QStringLiteral("seconds"), identity->seconds},
                            {QStringLiteral("line"), report->identityLine},
                            {QStringLiteral("nearest_median"), report->identityNearestMedian}});
        printJson(json);
    }
    return 0;
}

} // namespace masklens::cli
