// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs.h"

#include "csv.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>

#include <map>
#include <signal.h>

namespace masklens::analysis {

namespace {

/// lupdate files every Tr::tr() text under "Runs", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Runs)
};

const QString kRunJson = QStringLiteral("run.json");

QJsonObject readJsonObject(const QString &file)
{
    const auto bytes = readRegularFile(file, qint64(64) << 20);
    if (!bytes)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    return doc.isObject() ? doc.object() : QJsonObject{};
}

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

/// path -> class from a file with `path` and a class column (`pred` or `label`).
Result<std::map<QString, int>> readClassColumn(const QString &file, const char *column)
{
    const auto csv = readCsv(file);
    if (!csv)
        return csv.error();
    const int pathCol = csv->column(u"path");
    const int classCol = csv->column(QString::fromLatin1(column));
    if (pathCol < 0 || classCol < 0)
        return Error{file, 1,
                     Tr::tr("expected the columns path and %1").arg(QLatin1String(column))};
    std::map<QString, int> out;
    for (const CsvRow &row : csv->rows) {
        bool ok = false;
        const int c = row.fields[classCol].trimmed().toInt(&ok);
        if (!ok || c < 0 || c >= kClassCount)
            continue;
        out[row.fields[pathCol].trimmed()] = c;
    }
    return out;
}

/// path -> exact age from samples.csv (for the error-by-age numbers).
std::map<QString, int> readAges(const QString &samplesFile)
{
    std::map<QString, int> out;
    const auto csv = readCsv(samplesFile);
    if (!csv)
        return out;
    const int pathCol = csv->column(u"path"), ageCol = csv->column(u"age");
    if (pathCol < 0 || ageCol < 0)
        return out;
    for (const CsvRow &row : csv->rows)
        out[row.fields[pathCol].trimmed()] = row.fields[ageCol].trimmed().toInt();
    return out;
}

} // namespace

std::vector<double> classF1(const Metrics &metrics)
{
    std::vector<double> out;
    for (const ClassScore &s : metrics.perClass)
        out.push_back(s.f1);
    return out;
}

double oldClassesF1(const std::vector<double> &f1)
{
    if (int(f1.size()) != kClassCount)
        return -1;
    double sum = 0;
    int n = 0;
    for (int c = 0; c < kClassCount; ++c)
        if (isOldClass(c)) {
            sum += f1[c];
            ++n;
        }
    return sum / n;
}

/// Why a run that says "running" is not: the process keeping its record is gone (checked on
/// this computer), or, on another computer, its heartbeat stopped. Empty while it is alive.
static QString goneReason(const QJsonObject &record)
{
    const qint64 pid = record.value(QStringLiteral("pid")).toInteger(0);
    const QString host = record.value(QStringLiteral("host")).toString();
    const QDateTime beat = QDateTime::fromString(
        record.value(QStringLiteral("heartbeat")).toString(), Qt::ISODateWithMs);
    const qint64 silentFor = beat.isValid() ? beat.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    if (pid <= 0 || host.isEmpty())
        return {}; // a record from before heartbeats: nothing to go by
    if (host == QSysInfo::machineHostName()) {
        const bool exists = ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
        // A recycled pid belongs to some other program: trust it only while the heartbeat is
        // fresh or the process is still a MaskLens one.
        bool ours = silentFor >= 0 && silentFor < kHeartbeatTimeoutSeconds;
        if (exists && !ours) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            ours = !cmdline.open(QIODevice::ReadOnly) || cmdline.readAll().contains("masklens");
        }
        if (exists && ours)
            return {};
        return Tr::tr("the trainer ended without a result (process %1 is gone)").arg(pid);
    }
    if (silentFor > kHeartbeatTimeoutSeconds)
        return Tr::tr("the trainer ended without a result (no heartbeat from %1 since %2)")
            .arg(host, beat.toLocalTime().toString(Qt::ISODate));
    return {};
}

// --- RunRecord -----------------------------------------------------------------------------

RunRecord::RunRecord(const QString &runDir) : m_dir(runDir) {}

void RunRecord::begin(int labelsVersion, const QString &data, const QString &launcher)
{
    const QDateTime now = QDateTime::currentDateTime();
    m_startMs = now.toMSecsSinceEpoch();
    m_json = QJsonObject{{QStringLiteral("started"), now.toString(Qt::ISODate)},
                         {QStringLiteral("status"), QStringLiteral("running")},
                         {QStringLiteral("labels_version"), labelsVersion},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("launcher"), launcher}};
    keptByThisProcess();
}

void RunRecord::keptByThisProcess()
{
    m_json[QStringLiteral("pid")] = QCoreApplication::applicationPid();
    m_json[QStringLiteral("host")] = QSysInfo::machineHostName();
}

void RunRecord::resume()
{
    m_json = readJsonObject(QDir(m_dir).filePath(kRunJson));
    m_json[QStringLiteral("status")] = QStringLiteral("running");
    m_json.remove(QStringLiteral("message"));
    keptByThisProcess();
    // Wall time adds up over the resumed pieces.
    m_startMs = QDateTime::currentMSecsSinceEpoch() -
                qint64(1000 * std::max(0.0, m_json.value(QStringLiteral("seconds")).toDouble()));
}

void RunRecord::load()
{
    m_json = readJsonObject(QDir(m_dir).filePath(kRunJson));
}

QString RunRecord::status() const
{
    return m_json.value(QStringLiteral("status")).toString();
}

ParsedLine RunRecord::observeLine(const QByteArray &line)
{
    using namespace protocol;
    ParsedLine parsed = parseTrainingEvent(line);
    if (const auto *start = parsed.as<StartEvent>()) {
        m_json[QLatin1String(key::device)] = QString::fromStdString(start->device);
        m_json[QLatin1String(key::images)] = start->images;
        m_json[QLatin1String(key::people)] = start->people;
    } else if (const auto *done = parsed.as<DoneEvent>()) {
        m_json[QStringLiteral("status")] = QStringLiteral("done");
        m_json[QLatin1String(key::valMacroF1)] = done->valMacroF1;
        m_json[QLatin1String(key::perClassF1)] = parsed.json.value(QLatin1String(key::perClassF1));
        m_json[QLatin1String(key::predictions)] = QString::fromStdString(done->predictions);
    } else if (parsed.as<StoppedEvent>()) {
        m_json[QStringLiteral("status")] = QStringLiteral("stopped");
    } else if (const auto *error = parsed.as<ErrorEvent>()) {
        m_json[QStringLiteral("status")] = QStringLiteral("failed");
        m_json[QLatin1String(key::message)] = QString::fromStdString(error->message);
    }
    if (m_startMs > 0)
        m_json[QStringLiteral("seconds")] =
            (QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
    return parsed;
}

void RunRecord::finish(int exitCode, bool crashed, const QString &message)
{
    const QString s = status();
    if (crashed || (exitCode != 0 && s != u"stopped") || s == u"running") {
        m_json[QStringLiteral("status")] = QStringLiteral("failed");
        if (!message.isEmpty())
            m_json[QStringLiteral("message")] = message;
        else if (!m_json.contains(QStringLiteral("message")))
            m_json[QStringLiteral("message")] =
                crashed ? Tr::tr("the trainer crashed")
                        : Tr::tr("the trainer exited with status %1").arg(exitCode);
    }
    m_json[QStringLiteral("exit_code")] = crashed ? -1 : exitCode;
    if (m_startMs > 0)
        m_json[QStringLiteral("seconds")] =
            (QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
    m_json[QStringLiteral("finished")] = QDateTime::currentDateTime().toString(Qt::ISODate);
}

Status RunRecord::save() const
{
    // Every save is a heartbeat: a reader tells a live run from one whose trainer is gone.
    QJsonObject json = m_json;
    json[QStringLiteral("heartbeat")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return writeFileAtomically(QDir(m_dir).filePath(kRunJson),
                               QJsonDocument(json).toJson(QJsonDocument::Indented));
}

// --- reading runs --------------------------------------------------------------------------

Result<RunInfo> readRun(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString configFile = dir.filePath(QStringLiteral("config.json"));
    const QString recordFile = dir.filePath(kRunJson);
    if (!QFileInfo::exists(configFile) && !QFileInfo::exists(recordFile))
        return Error{dirPath, 0, Tr::tr("not a training run (no config.json or run.json)")};
    RunInfo run;
    run.dir = dir.absolutePath();
    run.name = QFileInfo(run.dir).fileName();
    run.config = readJsonObject(configFile);
    run.architecture = run.config.value(QStringLiteral("arch")).toString();
    run.epochsPlanned = run.config.value(QStringLiteral("epochs")).toInt();
    run.outOfFold = run.config.value(QStringLiteral("folds")).toInt(1) > 1;

    const QJsonObject record = readJsonObject(recordFile);
    run.status = record.value(QStringLiteral("status")).toString(QStringLiteral("unknown"));
    run.started =
        QDateTime::fromString(record.value(QStringLiteral("started")).toString(), Qt::ISODate);
    run.seconds = record.value(QStringLiteral("seconds")).toDouble(-1);
    run.labelsVersion = record.value(QStringLiteral("labels_version")).toInt(-1);
    run.device = record.value(QStringLiteral("device")).toString();
    run.message = record.value(QStringLiteral("message")).toString();
    run.data = record.value(QStringLiteral("data")).toString();
    run.launcher = record.value(QStringLiteral("launcher")).toString();
    run.host = record.value(QStringLiteral("host")).toString();
    run.jobId = record.value(QStringLiteral("job_id")).toVariant().toString();
    run.sshHost =
        record.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("host")).toString();
    const QJsonObject tasks = record.value(QStringLiteral("tasks")).toObject();
    for (auto it = tasks.begin(); it != tasks.end(); ++it)
        run.taskStates[it.key().toInt()] = it.value().toString();
    if (run.status == u"running")
        if (const QString why = goneReason(record); !why.isEmpty()) {
            run.status = QStringLiteral("failed");
            run.message = why;
        }
    if (!run.started.isValid()) { // a run from before run.json: when its config was written
        const QFileInfo made(QFileInfo::exists(configFile) ? configFile : recordFile);
        run.started = made.birthTime().isValid() ? made.birthTime() : made.lastModified();
    }

    // metrics.jsonl: the epochs, and the done event (the scores of the saved predictions).
    QFile metrics(dir.filePath(QStringLiteral("metrics.jsonl")));
    double bestF1 = -1;
    std::vector<double> bestPerClass;
    std::optional<protocol::DoneEvent> done;
    if (metrics.open(QIODevice::ReadOnly)) {
        while (!metrics.atEnd()) {
            // A torn last line of a killed run is no event, and is skipped.
            const ParsedLine line = parseTrainingEvent(metrics.readLine());
            if (const auto *epoch = line.as<protocol::EpochEvent>()) {
                ++run.epochs;
                if (epoch->valMacroF1 > bestF1) {
                    bestF1 = epoch->valMacroF1;
                    bestPerClass = epoch->perClassF1;
                }
            } else if (const auto *last = line.as<protocol::DoneEvent>()) {
                done = *last;
            }
        }
    }
    if (done) {
        run.macroF1 = done->valMacroF1;
        run.perClassF1 = done->perClassF1;
        if (run.device.isEmpty())
            run.device = QString::fromStdString(done->device);
        if (run.status == u"unknown" || run.status == u"running")
            run.status = QStringLiteral("done");
    } else if (bestF1 >= 0) {
        run.macroF1 = bestF1;
        run.perClassF1 = bestPerClass;
    }
    run.oldF1 = oldClassesF1(run.perClassF1);
    for (const char *name : {"oof_predictions.csv", "val_predictions.csv"}) {
        const QString file = dir.filePath(QLatin1String(name));
        if (QFileInfo::exists(file)) {
            run.predictions = file;
            break;
        }
    }
    return run;
}

QString runsFolder(const QString &datasetDir)
{
    return QDir(datasetDir).filePath(QStringLiteral(".masklens/runs"));
}

std::vector<RunInfo> listRuns(const QString &dirPath, std::vector<Problem> *problems)
{
    std::vector<RunInfo> runs;
    QString folder = dirPath;
    if (QFileInfo::exists(QDir(dirPath).filePath(QStringLiteral("train/train.csv"))))
        folder = runsFolder(dirPath);
    if (auto self = readRun(folder)) {
        runs.push_back(std::move(*self));
        return runs;
    }
    const QDir dir(folder);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(sub);
        if (!QFileInfo::exists(QDir(path).filePath(QStringLiteral("config.json"))) &&
            !QFileInfo::exists(QDir(path).filePath(kRunJson)))
            continue; // not a run: skip quietly
        auto run = readRun(path);
        if (run)
            runs.push_back(std::move(*run));
        else if (problems)
            problems->push_back(run.error());
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const RunInfo &a, const RunInfo &b) { return a.started < b.started; });
    return runs;
}

QJsonObject runToJson(const RunInfo &r)
{
    QJsonObject o{
        {QStringLiteral("run"), r.name},
        {QStringLiteral("dir"), r.dir},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("started"),
         r.started.isValid() ? QJsonValue(r.started.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("seconds"), r.seconds >= 0 ? QJsonValue(r.seconds) : QJsonValue()},
        {QStringLiteral("labels_version"),
         r.labelsVersion >= 0 ? QJsonValue(r.labelsVersion) : QJsonValue()},
        {QStringLiteral("device"), r.device},
        {QStringLiteral("arch"), r.architecture},
        {QStringLiteral("epochs"), r.epochs},
        {QStringLiteral("macro_f1"), r.macroF1 >= 0 ? QJsonValue(r.macroF1) : QJsonValue()},
        {QStringLiteral("old_f1"), r.oldF1 >= 0 ? QJsonValue(r.oldF1) : QJsonValue()},
        {QStringLiteral("per_class_f1"), toArray(r.perClassF1)},
        {QStringLiteral("predictions"), r.predictions},
        {QStringLiteral("out_of_fold"), r.outOfFold}};
    if (!r.message.isEmpty())
        o[QStringLiteral("message")] = r.message;
    if (!r.data.isEmpty())
        o[QStringLiteral("data")] = r.data;
    return o;
}

// --- comparing runs ------------------------------------------------------------------------

std::vector<int> RunComparison::confusionDiff() const
{
    std::vector<int> d(std::size_t(kClassCount * kClassCount));
    for (int t = 0; t < kClassCount; ++t)
        for (int p = 0; p < kClassCount; ++p)
            d[std::size_t(t * kClassCount + p)] =
                metricsB.confusion.at(t, p) - metricsA.confusion.at(t, p);
    return d;
}

Result<RunComparison> compareRuns(const QString &dirA, const QString &dirB)
{
    auto a = readRun(dirA);
    if (!a)
        return a.error();
    auto b = readRun(dirB);
    if (!b)
        return b.error();
    for (const RunInfo *r : {&*a, &*b})
        if (r->predictions.isEmpty())
            return Error{
                r->dir, 0,
                Tr::tr("has no predictions yet (oof_predictions.csv or val_predictions.csv): "
                       "a run writes them when it finishes")};
    const auto predA = readClassColumn(a->predictions, "pred");
    if (!predA)
        return predA.error();
    const auto predB = readClassColumn(b->predictions, "pred");
    if (!predB)
        return predB.error();
    const QString samplesA = QDir(a->dir).filePath(QStringLiteral("samples.csv"));
    const QString samplesB = QDir(b->dir).filePath(QStringLiteral("samples.csv"));
    const auto labelsA = readClassColumn(samplesA, "label");
    if (!labelsA)
        return labelsA.error();
    const auto labelsB = readClassColumn(samplesB, "label");
    if (!labelsB)
        return labelsB.error();
    const std::map<QString, int> ages = readAges(samplesB);

    RunComparison c;
    c.a = std::move(*a);
    c.b = std::move(*b);
    EvaluationData da, db;
    std::vector<QString> paths;
    for (const auto &[path, pa] : *predA) {
        const auto pb = predB->find(path);
        const auto label = labelsB->find(path);
        if (pb == predB->end()) {
            ++c.onlyA;
            continue;
        }
        if (label == labelsB->end())
            continue; // B did not train on it (excluded): no reference label
        const auto la = labelsA->find(path);
        if (la != labelsA->end() && la->second != label->second)
            ++c.labelsChanged;
        const auto age = ages.find(path);
        const int ageValue = age == ages.end() ? -1 : age->second;
        da.truth.push_back(label->second);
        da.predicted.push_back(pa);
        da.age.push_back(ageValue);
        db.truth.push_back(label->second);
        db.predicted.push_back(pb->second);
        db.age.push_back(ageValue);
        paths.push_back(path);
        const bool rightA = pa == label->second, rightB = pb->second == label->second;
        if (rightA != rightB)
            (rightB ? c.wrongToRight : c.rightToWrong)
                .push_back({path, label->second, pa, pb->second});
    }
    for (const auto &[path, pb] : *predB)
        if (!predA->count(path))
            ++c.onlyB;
    c.compared = int(paths.size());
    c.metricsA = computeMetrics(da);
    c.metricsB = computeMetrics(db);
    return c;
}

QJsonObject comparisonToJson(const RunComparison &c)
{
    QJsonArray perClass, f1a, f1b, f1d;
    for (int k = 0; k < kClassCount; ++k) {
        const double x = c.metricsA.perClass[k].f1, y = c.metricsB.perClass[k].f1;
        perClass.append(QJsonObject{{QStringLiteral("class"), k},
                                    {QStringLiteral("name"), className(k)},
                                    {QStringLiteral("old"), isOldClass(k)},
                                    {QStringLiteral("support"), c.metricsB.perClass[k].support},
                                    {QStringLiteral("f1_a"), x},
                                    {QStringLiteral("f1_b"), y},
                                    {QStringLiteral("diff"), y - x}});
        f1a.append(x);
        f1b.append(y);
        f1d.append(y - x);
    }
    QJsonArray confusion;
    const std::vector<int> diff = c.confusionDiff();
    for (int t = 0; t < kClassCount; ++t) {
        QJsonArray row;
        for (int p = 0; p < kClassCount; ++p)
            row.append(diff[std::size_t(t * kClassCount + p)]);
        confusion.append(row);
    }
    auto samples = [](const std::vector<ChangedSample> &list) {
        QJsonArray out;
        for (const ChangedSample &s : list)
            out.append(QJsonObject{{QStringLiteral("path"), s.path},
                                   {QStringLiteral("label"), s.label},
                                   {QStringLiteral("pred_a"), s.predictedA},
                                   {QStringLiteral("pred_b"), s.predictedB}});
        return out;
    };
    const std::vector<double> fa = classF1(c.metricsA), fb = classF1(c.metricsB);
    return QJsonObject{{QStringLiteral("run_a"), c.a.dir},
                       {QStringLiteral("run_b"), c.b.dir},
                       {QStringLiteral("reference_labels"), QStringLiteral("b")},
                       {QStringLiteral("samples_compared"), c.compared},
                       {QStringLiteral("only_a"), c.onlyA},
                       {QStringLiteral("only_b"), c.onlyB},
                       {QStringLiteral("labels_changed"), c.labelsChanged},
                       {QStringLiteral("macro_f1_a"), c.metricsA.macroF1},
                       {QStringLiteral("macro_f1_b"), c.metricsB.macroF1},
                       {QStringLiteral("macro_f1_diff"), c.metricsB.macroF1 - c.metricsA.macroF1},
                       {QStringLiteral("accuracy_a"), c.metricsA.accuracy},
                       {QStringLiteral("accuracy_b"), c.metricsB.accuracy},
                       {QStringLiteral("old_f1_a"), oldClassesF1(fa)},
                       {QStringLiteral("old_f1_b"), oldClassesF1(fb)},
                       {QStringLiteral("per_class"), perClass},
                       {QStringLiteral("per_class_f1_a"), f1a},
                       {QStringLiteral("per_class_f1_b"), f1b},
                       {QStringLiteral("per_class_f1_diff"), f1d},
                       {QStringLiteral("confusion_diff"), confusion},
                       {QStringLiteral("wrong_to_right"), samples(c.wrongToRight)},
                       {QStringLiteral("right_to_wrong"), samples(c.rightToWrong)}};
}

} // namespace masklens::analysis
