// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "analysis/labelstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject correctionJson(const analysis::Correction &c)
{
    return {{QStringLiteral("seq"), c.seq},
            {QStringLiteral("time"), c.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("target"), c.target},
            {QStringLiteral("field"), analysis::labelFieldName(c.field)},
            {QStringLiteral("old"), c.previousValue},
            {QStringLiteral("new"), c.newValue},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("user"), c.user}};
}

} // namespace

int runLabels(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Label corrections, kept in DIR/.masklens/corrections.jsonl (train.csv is never "
           "changed):\n"
           "  labels set --data DIR --person FOLDER [--gender male|female] [--age N]\n"
           "  labels set --data DIR --image FOLDER/FILE [--mask wear|incorrect|normal] "
           "[--exclude|--include] [--reviewed]\n"
           "  labels log --data DIR [--json]\n"
           "  labels export --data DIR --out FILE [--report FILE]\n"
           "set exits 0 only once the correction is on disk (fsync)."));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("set, log or export"));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption personOpt(QStringLiteral("person"), Tr::tr("A person's folder."),
                                       QStringLiteral("FOLDER"));
    const QCommandLineOption imageOpt(QStringLiteral("image"), Tr::tr("An image, FOLDER/FILE."),
                                      QStringLiteral("IMAGE"));
    const QCommandLineOption genderOpt(QStringLiteral("gender"), Tr::tr("male or female."),
                                       QStringLiteral("G"));
    const QCommandLineOption ageOpt(QStringLiteral("age"), Tr::tr("Age in years."),
                                    QStringLiteral("N"));
    const QCommandLineOption maskOpt(QStringLiteral("mask"), Tr::tr("wear, incorrect or normal."),
                                     QStringLiteral("M"));
    const QCommandLineOption excludeOpt(QStringLiteral("exclude"),
                                        Tr::tr("Leave the image out of training and metrics."));
    const QCommandLineOption includeOpt(QStringLiteral("include"),
                                        Tr::tr("Take an excluded image back."));
    const QCommandLineOption reviewedOpt(QStringLiteral("reviewed"),
                                         Tr::tr("Mark the image as checked."));
    const QCommandLineOption noteOpt(QStringLiteral("note"), Tr::tr("Why (kept in the journal)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("JSON output."));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Corrected train.csv to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption reportOpt(
        QStringLiteral("report"), Tr::tr("Changes report (CSV) to write."), QStringLiteral("FILE"));
    parser.addOptions({dataOpt, personOpt, imageOpt, genderOpt, ageOpt, maskOpt, excludeOpt,
                       includeOpt, reviewedOpt, noteOpt, jsonOpt, outOpt, reportOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 ||
        !QStringList{QStringLiteral("set"), QStringLiteral("log"), QStringLiteral("export")}
             .contains(action) ||
        !parser.isSet(dataOpt)) {
        err() << Tr::tr("labels: expected set, log or export with --data DIR; try --help\n");
        return 1;
    }
    const auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("labels: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    auto store = analysis::LabelStore::open(*ds, /*readOnly=*/action != u"set");
    if (!store) {
        err() << Tr::tr("labels: %1\n").arg(store.error().toString());
        return 2;
    }
    for (const analysis::Problem &p : (*store)->problems())
        err() << Tr::tr("labels: %1\n").arg(p.toString());

    if (action == u"log") {
        const auto &all = (*store)->corrections();
        if (parser.isSet(jsonOpt)) {
            QJsonArray list;
            for (const analysis::Correction &c : all)
                list.append(correctionJson(c));
            printJson({{QStringLiteral("journal"), (*store)->journalPath()},
                       {QStringLiteral("corrections"), list}});
        } else {
            out() << Tr::tr("%1 correction(s) in %2\n").arg(all.size()).arg((*store)->journalPath());
            for (const analysis::Correction &c : all)
                out() << QStringLiteral("%1  %2  %3 %4: %5 -> %6%7\n")
                             .arg(c.seq, 4)
                             .arg(c.time.toLocalTime().toString(Qt::ISODate), c.target,
                                  analysis::labelFieldName(c.field), c.previousValue, c.newValue,
                                  c.note.isEmpty() ? QString()
                                                   : QStringLiteral("  (") + c.note + u')');
        }
        return 0;
    }
    if (action == u"export") {
        if (!parser.isSet(outOpt)) {
            err() << Tr::tr("labels export: --out FILE is required\n");
            return 1;
        }
        if (auto st = (*store)->exportTrainCsv(*ds, parser.value(outOpt)); !st) {
            err() << Tr::tr("labels: %1\n").arg(st.error().toString());
            return 2;
        }
        if (parser.isSet(reportOpt))
            if (auto st = (*store)->exportReport(parser.value(reportOpt)); !st) {
                err() << Tr::tr("labels: %1\n").arg(st.error().toString());
                return 2;
            }
        out() << Tr::tr("Wrote %1 with %2 correction(s) applied\n")
                     .arg(parser.value(outOpt))
                     .arg((*store)->corrections().size());
        return 0;
    }

    // set
    std::vector<std::pair<analysis::LabelField, QString>> edits;
    QString target;
    if (parser.isSet(personOpt) == parser.isSet(imageOpt)) {
        err() << Tr::tr("labels set: give either --person FOLDER or --image FOLDER/FILE\n");
        return 1;
    }
    if (parser.isSet(personOpt)) {
        target = parser.value(personOpt);
        if (parser.isSet(genderOpt))
            edits.emplace_back(analysis::LabelField::Gender, parser.value(genderOpt));
        if (parser.isSet(ageOpt))
            edits.emplace_back(analysis::LabelField::Age, parser.value(ageOpt));
    } else {
        target = parser.value(imageOpt);
        if (parser.isSet(maskOpt))
            edits.emplace_back(analysis::LabelField::Mask, parser.value(maskOpt));
        if (parser.isSet(excludeOpt) || parser.isSet(includeOpt))
            edits.emplace_back(analysis::LabelField::Excluded, parser.isSet(excludeOpt)
                                                                   ? QStringLiteral("true")
                                                                   : QStringLiteral("false"));
        if (parser.isSet(reviewedOpt))
            edits.emplace_back(analysis::LabelField::Reviewed, QStringLiteral("true"));
    }
    if (edits.empty()) {
        err() << Tr::tr("labels set: nothing to set (--gender/--age for a person; "
                    "--mask/--exclude/--include/--reviewed for an image)\n");
        return 1;
    }
    std::vector<analysis::LabelStore::Edit> all;
    for (const auto &[field, value] : edits)
        all.push_back({target, field, value});
    // All or nothing: a bad --age refuses the --gender given with it too.
    const auto saved = (*store)->setAll(all, parser.value(noteOpt));
    if (!saved) {
        err() << Tr::tr("labels set: %1 (nothing was saved)\n").arg(saved.error().toString());
        return 2;
    }
    for (const analysis::Correction &c : *saved) {
        if (parser.isSet(jsonOpt))
            printJson(correctionJson(c));
        else
            out() << Tr::tr("saved: %1 %2: %3 -> %4\n")
                         .arg(c.target, analysis::labelFieldName(c.field), c.previousValue,
                              c.newValue);
    }
    out().flush();
    return 0;
}

} // namespace masklens::cli
