// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// masklens-cli runs list DIR [--json] | runs compare RUN_A RUN_B [--json]
#include "cliutil.h"
#include "commands.h"

#include "analysis/runs.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString number(double v, int decimals = 3)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

QString duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    const int s = int(seconds + 0.5);
    return s >= 3600
               ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'))
               : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

void printRunsHelp(QTextStream &stream)
{
    stream << Tr::tr("Usage: masklens-cli runs list DIR [--json]\n"
                 "       masklens-cli runs compare RUN_A RUN_B [--json] [--limit N]\n\n"
                 "list: the training runs in DIR (a folder of run folders, one run folder, or a\n"
                 "  dataset, whose runs live in DIR/.masklens/runs): date, labels version (the\n"
                 "  corrections journal's last entry the run trained on, 0 the original labels),\n"
                 "  macro F1, mean F1 of the >=60 classes, device, duration, status.\n"
                 "compare: both runs' predictions on the images both predicted, scored against\n"
                 "  RUN_B's labels (the corrected ones after a relabeling): per-class F1 of both\n"
                 "  and the difference, macro F1 of both, the confusion-matrix difference (B - A)\n"
                 "  and the images that went from wrong to right or right to wrong (--limit N\n"
                 "  lists at most N of each in text; --json lists them all).\n");
}

int list(const QStringList &args, bool json)
{
    if (args.size() != 1) {
        err() << Tr::tr("runs list: expected one folder (try --help)\n");
        return 1;
    }
    std::vector<analysis::Problem> problems;
    const std::vector<analysis::RunInfo> runs = analysis::listRuns(args[0], &problems);
    for (const analysis::Problem &p : problems)
        err() << Tr::tr("runs list: %1\n").arg(p.toString());
    if (json) {
        QJsonArray array;
        for (const analysis::RunInfo &r : runs)
            array.append(analysis::runToJson(r));
        printJson(QJsonObject{{QStringLiteral("runs"), array}});
        return 0;
    }
    if (runs.empty()) {
        out() << Tr::tr("no training runs in %1\n").arg(args[0]);
        return 0;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                 .arg(Tr::tr("run").leftJustified(20), Tr::tr("date").leftJustified(16),
                      Tr::tr("labels").rightJustified(6), Tr::tr("macro F1").rightJustified(8),
                      Tr::tr(">=60 F1").rightJustified(8), Tr::tr("device").leftJustified(8),
                      Tr::tr("duration").rightJustified(8), Tr::tr("epochs").rightJustified(6),
                      Tr::tr("status"));
    for (const analysis::RunInfo &r : runs)
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                     .arg(r.name.leftJustified(20),
                          (r.started.isValid()
                               ? r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QStringLiteral("-"))
                              .leftJustified(16),
                          (r.labelsVersion >= 0 ? QString::number(r.labelsVersion)
                                                : QStringLiteral("-"))
                              .rightJustified(6),
                          number(r.macroF1).rightJustified(8), number(r.oldF1).rightJustified(8),
                          (r.device.isEmpty() ? QStringLiteral("-") : r.device).leftJustified(8),
                          duration(r.seconds).rightJustified(8),
                          QString::number(r.epochs).rightJustified(6),
                          r.message.isEmpty() ? r.status
                                              : r.status + QStringLiteral(": ") + r.message);
    return 0;
}

int compare(const QStringList &args, bool json, int limit)
{
    if (args.size() != 2) {
        err() << Tr::tr("runs compare: expected two run folders (try --help)\n");
        return 1;
    }
    const auto c = analysis::compareRuns(args[0], args[1]);
    if (!c) {
        err() << Tr::tr("runs compare: %1\n").arg(c.error().toString());
        return 2;
    }
    if (json) {
        printJson(analysis::comparisonToJson(*c));
        return 0;
    }
    out() << Tr::tr("A: %1\nB: %2\n").arg(c->a.dir, c->b.dir);
    out() << Tr::tr("%1 images predicted by both (A only %2, B only %3), scored against B's labels; "
                "%4 labels differ between the runs\n\n")
                 .arg(c->compared)
                 .arg(c->onlyA)
                 .arg(c->onlyB)
                 .arg(c->labelsChanged);
    out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                 .arg(Tr::tr("class").leftJustified(26), Tr::tr("support").rightJustified(7),
                      Tr::tr("F1 A").rightJustified(6), Tr::tr("F1 B").rightJustified(6),
                      Tr::tr("B - A").rightJustified(7));
    const std::vector<double> fa = analysis::classF1(c->metricsA),
                              fb = analysis::classF1(c->metricsB);
    for (int k = 0; k < analysis::kClassCount; ++k) {
        const double x = fa[k], y = fb[k];
        out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                     .arg((QString::number(k).rightJustified(2) + u' ' + analysis::className(k))
                              .leftJustified(26),
                          QString::number(c->metricsB.perClass[k].support).rightJustified(7),
                          number(x).rightJustified(6), number(y).rightJustified(6),
                          QString::asprintf("%+.3f", y - x).rightJustified(7),
                          analysis::isOldClass(k) ? QStringLiteral("  >=60") : QString());
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                 .arg(Tr::tr("macro F1").leftJustified(26),
                      QString::number(c->compared).rightJustified(7),
                      number(c->metricsA.macroF1).rightJustified(6),
                      number(c->metricsB.macroF1).rightJustified(6),
                      QString::asprintf("%+.3f", c->metricsB.macroF1 - c->metricsA.macroF1)
                          .rightJustified(7));
    const double oa = analysis::oldClassesF1(fa), ob = analysis::oldClassesF1(fb);
    out() << QStringLiteral("%1  %2  %3  %4  %5\n\n")
                 .arg(Tr::tr(">=60 classes F1").leftJustified(26), QString().rightJustified(7),
                      number(oa).rightJustified(6), number(ob).rightJustified(6),
                      QString::asprintf("%+.3f", ob - oa).rightJustified(7));
    auto printSamples = [&](const QString &title, const std::vector<analysis::ChangedSample> &v) {
        out() << title.arg(v.size()) << '\n';
        for (int i = 0; i < int(v.size()) && i < limit; ++i)
            out() << QStringLiteral("  %1  label %2  A %3  B %4\n")
                         .arg(v[i].path)
                         .arg(v[i].label)
                         .arg(v[i].predictedA)
                         .arg(v[i].predictedB);
        if (int(v.size()) > limit)
            out()
                << Tr::tr("  ... %1 more (--limit N, or --json for all)\n").arg(int(v.size()) - limit);
    };
    printSamples(Tr::tr("wrong in A, right in B: %1"), c->wrongToRight);
    printSamples(Tr::tr("right in A, wrong in B: %1"), c->rightToWrong);
    return 0;
}

} // namespace

int runRuns(const QStringList &args)
{
    QStringList rest;
    bool json = false;
    int limit = 20;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--help" || a == u"-h") {
            printRunsHelp(out());
            out().flush();
            return 0;
        } else if (a == u"--json") {
            json = true;
        } else if (a == u"--limit") {
            bool ok = false;
            limit = i + 1 < args.size() ? args[++i].toInt(&ok) : -1;
            if (!ok || limit < 0) {
                err() << Tr::tr("runs: --limit: expected a number >= 0\n");
                return 1;
            }
        } else if (a.startsWith(u"--")) {
            err() << Tr::tr("runs: unknown option %1 (try --help)\n").arg(a);
            return 1;
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty()) {
        printRunsHelp(err());
        return 1;
    }
    const QString sub = rest.takeFirst();
    if (sub == u"list")
        return list(rest, json);
    if (sub == u"compare")
        return compare(rest, json, limit);
    err() << Tr::tr("runs: unknown subcommand '%1': expected list or compare\n").arg(sub);
    return 1;
}

} // namespace masklens::cli
