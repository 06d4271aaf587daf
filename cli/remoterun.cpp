// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RunRelay, which prints the launchers' events and keeps run.json, and the launchers' settings as
// JSON. The launchers: sshlauncher.cpp and slurmlauncher.cpp; what they share: launchtools.h.
#include "remoterun.h"

#include "cliutil.h"
#include "launchtools.h"

#include "analysis/safefile.h"
#include "analysis/trainingevent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <set>
#include <thread>

#include <unistd.h>

namespace masklens::cli {

using namespace launch;

// --- RunRelay ------------------------------------------------------------------------------------

struct RunRelay::Heartbeat
{
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::thread thread;
};

RunRelay::RunRelay(analysis::RunRecord &record)
    : m_record(record), m_heartbeat(std::make_unique<Heartbeat>())
{
    Heartbeat *h = m_heartbeat.get();
    h->thread = std::thread([this, h] {
        std::unique_lock lock(h->mutex);
        while (!h->wake.wait_for(lock, std::chrono::seconds(2), [h] { return h->stop; })) {
            lock.unlock();
            {
                std::lock_guard recordLock(m_mutex);
                saveRecord();
            }
            lock.lock();
        }
    });
}

RunRelay::~RunRelay()
{
    stop();
}

void RunRelay::error(const QString &message)
{
    emitError(*this, message);
}

void RunRelay::stop()
{
    if (!m_heartbeat)
        return;
    {
        std::lock_guard lock(m_heartbeat->mutex);
        m_heartbeat->stop = true;
    }
    m_heartbeat->wake.notify_all();
    if (m_heartbeat->thread.joinable())
        m_heartbeat->thread.join();
    m_heartbeat.reset();
}

void RunRelay::saveRecord()
{
    // A run.json that cannot be written (a full disk) is said once; the run goes on and its
    // events still reach stdout.
    if (const auto st = m_record.save(); !st && !m_saveFailed.exchange(true))
        err() << Tr::tr("train: cannot update run.json: %1\n").arg(st.error().toString());
}

void RunRelay::line(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    std::lock_guard lock(m_mutex);
    const analysis::ParsedLine e = m_record.observeLine(QByteArray::fromStdString(text));
    if (e.type() != protocol::EventType::Progress)
        saveRecord();
}

void RunRelay::update(const std::function<void(analysis::RunRecord &)> &change)
{
    std::lock_guard lock(m_mutex);
    change(m_record);
    saveRecord();
}

// --- settings in run.json
// -------------------------------------------------------------------------

QJsonObject sshToJson(const SshSettings &s)
{
    return {{QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("identity"), s.identity},
            {QStringLiteral("remote_dir"), s.remoteDir},
            {QStringLiteral("remote_trainer"), s.remoteTrainer},
            {QStringLiteral("ssh_options"), QJsonArray::fromStringList(s.options)}};
}

SshSettings sshFromJson(const QJsonObject &o)
{
    SshSettings s;
    s.host = o.value(QStringLiteral("host")).toString();
    s.port = o.value(QStringLiteral("port")).toInt();
    s.identity = o.value(QStringLiteral("identity")).toString();
    s.remoteDir = o.value(QStringLiteral("remote_dir")).toString(s.remoteDir);
    s.remoteTrainer = o.value(QStringLiteral("remote_trainer")).toString(s.remoteTrainer);
    for (const QJsonValue &v : o.value(QStringLiteral("ssh_options")).toArray())
        s.options.append(v.toString());
    return s;
}

QJsonObject slurmToJson(const SlurmSettings &s)
{
    return {{QStringLiteral("partition"), s.partition},
            {QStringLiteral("account"), s.account},
            {QStringLiteral("gpus_per_task"), s.gpusPerTask},
            {QStringLiteral("tasks_per_model"), s.tasksPerModel},
            {QStringLiteral("time"), s.time},
            {QStringLiteral("sbatch_args"), QJsonArray::fromStringList(s.sbatchArgs)},
            {QStringLiteral("trainer"), s.trainer}};
}

SlurmSettings slurmFromJson(const QJsonObject &o)
{
    SlurmSettings s;
    s.partition = o.value(QStringLiteral("partition")).toString();
    s.account = o.value(QStringLiteral("account")).toString();
    s.gpusPerTask = o.value(QStringLiteral("gpus_per_task")).toInt();
    s.tasksPerModel = std::max(1, o.value(QStringLiteral("tasks_per_model")).toInt(1));
    s.time = o.value(QStringLiteral("time")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("sbatch_args")).toArray())
        s.sbatchArgs.append(v.toString());
    s.trainer = o.value(QStringLiteral("trainer")).toString();
    return s;
}

QString defaultTrainerPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + QStringLiteral("/masklens-train"),
                                     here + QStringLiteral("/../model/masklens-train")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral("masklens-train");
}

// --- ssh ---------------------------------------------------------------------------------------

} // namespace masklens::cli
