// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"
#include "localprocesses.h"
#include "progressline.h"
#include "remoterun.h"

#include "analysis/csv.h"
#include "analysis/duplicates.h"
#include "analysis/runs.h"
#include "analysis/safefile.h"
#include "model/core/trainer.h"
#include "model/core/trainingprotocol.h"
#include "model/core/trainset.h"
#include "model/runtime.h"
#include "model/trainingcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::atomic<bool> g_stop{false};
/// The first SIGINT/SIGTERM asks the run to stop at the next batch and save its checkpoint; a
/// second one ends the process at once (every file is written atomically, so nothing is cut).
extern "C" void onStopSignal(int signal)
{
    if (g_stop.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

void printTrainHelp()
{
    out() << Tr::tr(
        "Usage: masklens-cli train --data DIR --out RUNDIR [options]\n"
        "       masklens-cli train --resume RUNDIR\n\n"
        "Trains on a dataset's labels. Decodes every image once into a packed cache at the\n"
        "training size (DIR/.masklens/cache, reused until the images or the size change),\n"
        "writes RUNDIR/samples.csv, then trains, printing one JSON object per line.\n\n"
        "Dataset options:\n"
        "  --data DIR             dataset folder\n"
        "  --labels FILE          labels to train on: a train.csv (id,gender,race,age,path)\n"
        "                         whose rows replace the dataset's, matched by path\n"
        "  --original-labels      ignore the corrections journal (used by default)\n"
        "  --group-duplicates FILE  keep each group of duplicates (masklens-cli duplicates'\n"
        "                         CSV, or duplicates_truth.csv) in one fold\n"
        "  --bands MIDDLE,OLD     age-band thresholds (default 30,60)\n"
        "  --size WxH             input size (default 224x224 for efficientnet_b0, 64x80 for "
        "small and medium,\n"
        "                         128x160 for medium_hires)\n"
        "  --face-crop            crop the centre face region (256x320 of 384x512) first\n"
        "  --crop WxH             a face crop of another size, centred in the 384x512 frame\n"
        "                         (scaled for other frames); 208x260 gives the face 1.23x\n"
        "                         the pixels at the same input size\n"
        "  --cache-dir DIR        where the image cache lives\n"
        "  --prepare-only         make the cache, samples.csv, config.json and run.json, print\n"
        "                         a \"prepared\" event with their paths, and stop (for training\n"
        "                         elsewhere, e.g. on a remote GPU with masklens-train)\n\n"
        "Where the trainer runs (stdout is the same JSON lines for all three):\n"
        "  --launcher L           local (default) | ssh | slurm\n"
        "  --processes N          local: one model over N processes on this computer (data\n"
        "                         parallelism, c10d; one per GPU when there are GPUs)\n"
        "  --host [USER@]HOST     ssh: the GPU server\n"
        "  --port N               ssh: its port\n"
        "  --identity FILE        ssh: the private key\n"
        "  --remote-dir DIR       ssh: MaskLens's folder there (default masklens, in its home)\n"
        "  --remote-trainer PATH  ssh: masklens-train there (default masklens-train, on PATH)\n"
        "  --ssh-option KEY=VAL   ssh: an extra ssh -o option (repeatable)\n"
        "  --partition P          slurm: partition\n"
        "  --account A            slurm: account\n"
        "  --gpus-per-task N      slurm: GPUs of each task\n"
        "  --time HH:MM:SS        slurm: time limit of each task\n"
        "  --sbatch-arg ARG       slurm: an extra sbatch argument (repeatable)\n"
        "  --trainer PATH         slurm: masklens-train as the nodes see it (default: beside\n"
        "                         masklens-cli); the run folder and --cache-dir must be on\n"
        "                         storage the nodes share\n"
        "  --tasks-per-model N    slurm: each model over N tasks (srun -n N, data\n"
        "                         parallelism; one GPU each with --gpus-per-task 1)\n\n");
    out() << QString::fromStdString(model::trainUsage());
    out().flush();
}

/// Overrides people's gender and age from a train.csv-format file, matched by path.
bool applyLabelsFile(const QString &file, analysis::Dataset *ds)
{
    const auto csv = analysis::readCsv(file);
    if (!csv) {
        err() << Tr::tr("train: --labels: %1\n").arg(csv.error().toString());
        return false;
    }
    const int pathCol = csv->column(u"path"), genderCol = csv->column(u"gender"),
              ageCol = csv->column(u"age");
    if (pathCol < 0 || genderCol < 0 || ageCol < 0) {
        err() << Tr::tr("train: --labels %1: expected the header id,gender,race,age,path\n")
                     .arg(file);
        return false;
    }
    for (const analysis::CsvRow &row : csv->rows) {
        const int p = ds->findPerson(row.fields[pathCol].trimmed());
        const auto gender = analysis::parseGender(row.fields[genderCol]);
        bool ok = false;
        const int age = row.fields[ageCol].trimmed().toInt(&ok);
        if (p < 0 || !gender || !ok || age < analysis::kMinAge || age > analysis::kMaxAge) {
            err() << Tr::tr("train: %1:%2: unknown folder or bad gender/age; row ignored\n")
                         .arg(file)
                         .arg(row.line);
            continue;
        }
        ds->people[p].gender = *gender;
        ds->people[p].age = age;
    }
    return true;
}

} // namespace

int runTrain(const QStringList &args)
{
    // First thing: a SIGTERM from here on stops the run cleanly at whatever stage it is.
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    // Our own options; everything else goes to the training core's parser.
    QString data, labels, sizeText, cacheDir, bandsText = QStringLiteral("30,60");
    QString groupDuplicates;
    bool originalLabels = false, prepareOnly = false;
    QString launcher, portText, gpusText, processesText, tasksText;
    SshSettings ssh;
    SlurmSettings slurm;
    QSet<QString> launcherOptions; // which were given: --resume takes the rest from run.json
    std::vector<std::string> rest;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size()) {
                err() << Tr::tr("train: %1 needs a value (try --help)\n").arg(a);
                return false;
            }
            *target = args[++i];
            return true;
        };
        if (a == u"--help" || a == u"-h") {
            printTrainHelp();
            return 0;
        } else if (a == u"--data") {
            if (!value(&data))
                return 1;
        } else if (a == u"--labels") {
            if (!value(&labels))
                return 1;
        } else if (a == u"--group-duplicates") {
            if (!value(&groupDuplicates))
                return 1;
        } else if (a == u"--size") {
            if (!value(&sizeText))
                return 1;
        } else if (a == u"--cache-dir") {
            if (!value(&cacheDir))
                return 1;
        } else if (a == u"--bands") {
            if (!value(&bandsText))
                return 1;
            rest.insert(rest.end(), {"--bands", bandsText.toStdString()});
        } else if (a == u"--launcher") {
            if (!value(&launcher))
                return 1;
        } else if (a == u"--host" || a == u"--port" || a == u"--identity" || a == u"--remote-dir" ||
                   a == u"--remote-trainer" || a == u"--partition" || a == u"--account" ||
                   a == u"--gpus-per-task" || a == u"--time" || a == u"--trainer" ||
                   a == u"--tasks-per-model") {
            QString v;
            if (!value(&v))
                return 1;
            launcherOptions.insert(a);
            QString *target = a == u"--host"              ? &ssh.host
                              : a == u"--port"            ? &portText
                              : a == u"--identity"        ? &ssh.identity
                              : a == u"--remote-dir"      ? &ssh.remoteDir
                              : a == u"--remote-trainer"  ? &ssh.remoteTrainer
                              : a == u"--partition"       ? &slurm.partition
                              : a == u"--account"         ? &slurm.account
                              : a == u"--gpus-per-task"   ? &gpusText
                              : a == u"--tasks-per-model" ? &tasksText
                              : a == u"--time"            ? &slurm.time
                                                          : &slurm.trainer;
            *target = v;
        } else if (a == u"--ssh-option" || a == u"--sbatch-arg") {
            QString v;
            if (!value(&v))
                return 1;
            launcherOptions.insert(a);
            (a == u"--ssh-option" ? ssh.options : slurm.sbatchArgs).append(v);
        } else if (a == u"--processes") {
            if (!value(&processesText))
                return 1;
        } else if (a == u"--original-labels") {
            originalLabels = true;
        } else if (a == u"--prepare-only") {
            prepareOnly = true;
        } else {
            rest.push_back(a.toStdString());
        }
    }
    auto parsed = model::parseTrainArguments(rest);
    if (!parsed) {
        err() << Tr::tr("train: %1 (try --help)\n").arg(QString::fromStdString(parsed.error()));
        return 1;
    }
    model::TrainConfig config = std::move(*parsed);
    std::string error;
    // The launcher's options, checked before anything is written.
    if (!launcher.isEmpty() && launcher != u"local" && launcher != u"ssh" && launcher != u"slurm") {
        err() << Tr::tr("train: --launcher: expected local, ssh or slurm\n");
        return 1;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        ssh.port = portText.toInt(&ok);
        if (!ok || ssh.port < 1 || ssh.port > 65535) {
            err() << Tr::tr("train: --port: expected 1..65535\n");
            return 1;
        }
    }
    if (!gpusText.isEmpty()) {
        bool ok = false;
        slurm.gpusPerTask = gpusText.toInt(&ok);
        if (!ok || slurm.gpusPerTask < 0 || slurm.gpusPerTask > 64) {
            err() << Tr::tr("train: --gpus-per-task: expected 0..64\n");
            return 1;
        }
    }
    if (!tasksText.isEmpty()) {
        bool ok = false;
        slurm.tasksPerModel = tasksText.toInt(&ok);
        if (!ok || slurm.tasksPerModel < 1 || slurm.tasksPerModel > 4096) {
            err() << Tr::tr("train: --tasks-per-model: expected 1..4096\n");
            return 1;
        }
    }
    int processes = 0; // 0: not given (a resumed run keeps its own)
    if (!processesText.isEmpty()) {
        bool ok = false;
        processes = processesText.toInt(&ok);
        if (!ok || processes < 1 || processes > 256) {
            err() << Tr::tr("train: --processes: expected 1..256\n");
            return 1;
        }
        if (!launcher.isEmpty() && launcher != u"local") {
            err() << Tr::tr("train: --processes is for this computer; on a Slurm cluster use "
                            "--tasks-per-model\n");
            return 1;
        }
    }
    static const QRegularExpression timeLimit(
        QStringLiteral("^(\\d+-)?\\d{1,3}(:\\d{2}){0,2}$|^UNLIMITED$|^INFINITE$"));
    if (!slurm.time.isEmpty() && !timeLimit.match(slurm.time).hasMatch()) {
        err() << Tr::tr(
            "train: --time: expected a Slurm time limit such as 04:00:00 or 1-00:00:00\n");
        return 1;
    }
    if (launcher == u"ssh" && ssh.host.isEmpty() && !config.resume) {
        err() << Tr::tr("train: --launcher ssh needs --host [USER@]HOST\n");
        return 1;
    }
    auto printLine = [](const std::string &line) {
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    // run.json follows the events: status, device, duration, the error of a failed run.
    // Trains where the launcher says; run.json follows the events (and a heartbeat).
    auto trainAndRecord = [&](analysis::RunRecord &record, const QString &where) {
        int code = 2;
        {
            RunRelay relay(record);
            if (where == u"ssh")
                code = runOverSsh(config, ssh, relay, g_stop);
            else if (where == u"slurm")
                code = runOnSlurm(config, slurm, relay, g_stop);
            else if (processes > 1)
                code = runProcesses(config, processes, relay, g_stop);
            else
                code = model::runTraining(
                    config, [&](const std::string &line) { relay.line(line); }, g_stop);
        }
        record.finish(code, false, {});
        if (const auto saved = record.save(); !saved)
            err() << Tr::tr("train: %1\n").arg(saved.error().toString());
        return code;
    };
    if (config.resume) { // the run folder has its cache and samples already
        analysis::RunRecord record(QString::fromStdString(config.out));
        record.resume();
        // The run goes on where it ran, with the settings it had (options given now win).
        const QJsonObject was = record.json();
        QString where = launcher;
        if (where.isEmpty())
            where = was.value(QStringLiteral("launcher")).toString();
        if (where != u"ssh" && where != u"slurm")
            where = QStringLiteral("local");
        if (processes == 0)
            processes = was.value(QStringLiteral("processes")).toInt();
        if (where == u"ssh" && !launcherOptions.contains(QStringLiteral("--host"))) {
            const SshSettings saved = sshFromJson(was.value(QStringLiteral("ssh")).toObject());
            const SshSettings given = ssh;
            ssh = saved;
            if (launcherOptions.contains(QStringLiteral("--port")))
                ssh.port = given.port;
            if (launcherOptions.contains(QStringLiteral("--identity")))
                ssh.identity = given.identity;
            if (launcherOptions.contains(QStringLiteral("--ssh-option")))
                ssh.options = given.options;
        }
        if (where == u"slurm" && launcherOptions.isEmpty())
            slurm = slurmFromJson(was.value(QStringLiteral("slurm")).toObject());
        if (where == u"ssh" && ssh.host.isEmpty()) {
            err() << Tr::tr("train: --resume over ssh: no host in run.json; give --host\n");
            return 1;
        }
        record.set(QStringLiteral("launcher"), where);
        if (where == u"ssh")
            record.set(QStringLiteral("ssh"), sshToJson(ssh));
        if (where == u"slurm")
            record.set(QStringLiteral("slurm"), slurmToJson(slurm));
        return trainAndRecord(record, where);
    }

    if (data.isEmpty() || config.out.empty()) {
        err() << Tr::tr("train: --data DIR and --out RUNDIR are required (try --help)\n");
        return 1;
    }
    analysis::AgeBands bands{config.middleFrom, config.oldFrom};
    if (!bands.valid()) {
        err() << Tr::tr("train: --bands: expected MIDDLE,OLD with 0 < MIDDLE < OLD\n");
        return 1;
    }
    model::Preprocessing pre;
    pre.faceCrop = config.faceCrop; // --face-crop or --crop, parsed by the training core
    pre.cropWidth = config.cropWidth;
    pre.cropHeight = config.cropHeight;
    const model::InputSize size = model::defaultInputSize(config.architecture);
    pre.width = size.width;
    pre.height = size.height;
    if (!sizeText.isEmpty()) {
        const QStringList wh = sizeText.toLower().split(u'x');
        bool okW = false, okH = false;
        if (wh.size() == 2) {
            pre.width = wh[0].toInt(&okW);
            pre.height = wh[1].toInt(&okH);
        }
        if (!okW || !okH || pre.width < 16 || pre.height < 16 || pre.width > 1024 ||
            pre.height > 1024) {
            err() << Tr::tr("train: --size: expected WxH such as 224x224\n");
            return 1;
        }
    }

    auto ds = analysis::loadDataset(data);
    if (!ds) {
        err() << Tr::tr("train: cannot read the dataset: %1\n").arg(ds.error().toString());
        printLine("{\"event\":\"error\",\"message\":\"cannot read the dataset\"}");
        return 2;
    }
    // Train on the corrected labels by default.
    qint64 labelsVersion = 0;
    if (!originalLabels && !applyCorrections(&*ds, QStringLiteral("train"), &labelsVersion))
        return 2;
    if (!labels.isEmpty() && !applyLabelsFile(labels, &*ds))
        return 2;
    model::configureThreads(model::trainingThreads(config.threads));

    ProgressLine progress(Tr::tr("image cache"));
    // SIGINT/SIGTERM while the cache is made stops here too (the next run reuses nothing
    // half-written: the cache is written to a temporary file first).
    const auto cache = model::ensureTrainingCache(
        *ds, pre, cacheDir,
        [&](qint64 done, qint64 total) { return progress(done, total) && !g_stop; },
        model::trainingThreads(config.threads));
    progress.finish();
    if (!cache && g_stop) {
        printLine("{\"event\":\"stopped\",\"message\":\"stopped while making the image cache\"}");
        return 130;
    }
    if (!cache) {
        err() << Tr::tr("train: %1\n").arg(cache.error().toString());
        return 2;
    }
    for (const analysis::Problem &p : cache->problems)
        err() << Tr::tr("train: left out %1\n").arg(p.toString());
    err() << Tr::tr("train: image cache %1 (%2)\n")
                 .arg(cache->path, cache->reused ? Tr::tr("reused") : Tr::tr("built"));

    if (!QDir().mkpath(QString::fromStdString(config.out))) {
        err() << Tr::tr("train: cannot create %1\n").arg(QString::fromStdString(config.out));
        return 2;
    }
    // --group-duplicates: the people of a group share one key in samples.csv, so the folds,
    // which deal out people, keep them together (no identity leaks from train into validation).
    QHash<QString, QString> foldKey;
    if (!groupDuplicates.isEmpty()) {
        const auto groups = analysis::readDuplicateGroups(groupDuplicates);
        if (!groups) {
            err() << Tr::tr("train: --group-duplicates: %1\n").arg(groups.error().toString());
            return 1;
        }
        QSet<QString> folders;
        for (const analysis::Person &p : ds->people)
            folders.insert(p.folder);
        int unknown = 0, joined = 0;
        for (const QStringList &group : *groups) {
            for (const QString &folder : group) {
                if (!folders.contains(folder))
                    ++unknown;
                foldKey.insert(folder, group.first());
                ++joined;
            }
        }
        err() << Tr::tr("train: %1 people in %2 groups of duplicates kept in one fold each\n")
                     .arg(joined)
                     .arg(groups->size());
        if (unknown > 0)
            err() << Tr::tr("train: --group-duplicates: %1 folders of %2 are not in this "
                            "dataset\n")
                         .arg(unknown)
                         .arg(groupDuplicates);
    }
    std::vector<model::TrainSample> samples;
    for (int i = 0; i < int(ds->samples.size()); ++i) {
        if (!cache->usable[i] || ds->samples[i].excluded)
            continue;
        const analysis::Person &p = ds->people[ds->samples[i].person];
        samples.push_back({i, ds->relativePath(i).toStdString(),
                           foldKey.value(p.folder, p.folder).toStdString(), ds->classOf(i, bands),
                           p.age});
    }
    config.cache = QFile::encodeName(QFileInfo(cache->path).absoluteFilePath()).toStdString();
    config.samples = QFile::encodeName(QDir(QString::fromStdString(config.out))
                                           .absoluteFilePath(QStringLiteral("samples.csv")))
                         .toStdString();
    if (const model::Status written = model::writeTrainSamples(config.samples, samples); !written) {
        err() << Tr::tr("train: %1\n").arg(QString::fromStdString(written.error()));
        return 2;
    }
    const QString runDir = QString::fromStdString(config.out);
    const QString where = launcher.isEmpty() ? QStringLiteral("local") : launcher;
    analysis::RunRecord record(runDir);
    record.begin(int(labelsVersion), QFileInfo(data).absoluteFilePath(),
                 prepareOnly ? QStringLiteral("prepared") : where);
    if (where == u"ssh")
        record.set(QStringLiteral("ssh"), sshToJson(ssh));
    if (where == u"slurm")
        record.set(QStringLiteral("slurm"), slurmToJson(slurm));
    if (prepareOnly || where != u"local") {
        // Remote runs keep this config.json (this machine's paths) for --resume.
        if (auto st = analysis::writeFileAtomically(
                QDir(runDir).filePath(QStringLiteral("config.json")),
                QByteArray::fromStdString(model::configToJson(config) + '\n'));
            !st) {
            err() << Tr::tr("train: %1\n").arg(st.error().toString());
            return 2;
        }
    }
    if (prepareOnly) {
        const protocol::PreparedEvent prepared{config.cache, config.samples,
                                               QFileInfo(runDir).absoluteFilePath().toStdString(),
                                               labelsVersion, int(samples.size())};
        record.set(QStringLiteral("status"), QStringLiteral("prepared"));
        if (const auto st = record.save(); !st) {
            err() << Tr::tr("train: %1\n").arg(st.error().toString());
            return 2;
        }
        out() << QByteArray::fromStdString(prepared.json()) << '\n';
        out().flush();
        return 0;
    }
    if (const auto st = record.save(); !st) {
        err() << Tr::tr("train: %1\n").arg(st.error().toString());
        return 2;
    }
    return trainAndRecord(record, where);
}

} // namespace masklens::cli
