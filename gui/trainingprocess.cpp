// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingprocess.h"

#include "sessionlog.h"

#include "analysis/safefile.h"

#include "analysis/runs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace masklens::gui {

namespace {
/// run.json that cannot be written (a full disk) goes to the log, never silently.
void keepRecord(const analysis::RunRecord &record)
{
    if (const auto st = record.save(); !st)
        qWarning("masklens: %s", qPrintable(st.error().toString()));
}
} // namespace

namespace {
constexpr int kErrorTailLines = 12;

/// Signals the process's group (it leads its own); never group 0, which would be ours.
void signalGroup(const QProcess *process, int sig)
{
    const qint64 pid = process ? process->processId() : 0;
    if (pid > 0)
        ::kill(-pid_t(pid), sig);
}
} // namespace

TrainingProcess::TrainingProcess(QObject *parent) : QObject(parent)
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            Q_EMIT logLine(tr("The run did not stop in time; killing it."));
            signalGroup(m_process.get(), SIGKILL);
        }
    });
}

TrainingProcess::~TrainingProcess()
{
    if (isRunning()) {
        // Closing the window: let the trainer save its checkpoint, briefly.
        disconnect(m_process.get(), nullptr, this, nullptr);
        signalGroup(m_process.get(), SIGTERM);
        if (!m_process->waitForFinished(10000)) {
            signalGroup(m_process.get(), SIGKILL);
            m_process->waitForFinished(2000);
        }
        if (m_record) { // a templated run: nobody else keeps its run.json
            m_record->finish(130, false, {});
            m_record->set(QStringLiteral("status"), QStringLiteral("stopped"));
            keepRecord(*m_record);
        }
    }
}

bool TrainingProcess::isRunning() const
{
    return m_phase != Phase::Idle;
}

QString TrainingProcess::defaultCli()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {appDir + QStringLiteral("/masklens-cli"),
                                     appDir + QStringLiteral("/../cli/masklens-cli")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("masklens-cli"));
}

QString TrainingProcess::shellQuote(const QString &text)
{
    if (!text.isEmpty() &&
        text.contains(QRegularExpression(QStringLiteral("^[A-Za-z0-9_./,:=+@%-]+$"))))
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QStringList TrainingProcess::trainerOptions(const QStringList &cliOptions)
{
    QStringList out;
    for (int i = 0; i < cliOptions.size(); ++i) {
        const QString &o = cliOptions[i];
        if (o == u"--size" || o == u"--labels" || o == u"--cache-dir") {
            ++i; // and its value
            continue;
        }
        if (o == u"--original-labels")
            continue;
        out.append(o);
    }
    return out;
}

QString TrainingProcess::expandTemplate(const QString &commandTemplate, const QString &cache,
                                        const QString &samples, const QString &runDir,
                                        const QString &data, const QStringList &trainerOptions)
{
    QStringList args;
    for (const QString &a : trainerOptions)
        args.append(shellQuote(a));
    QString command = commandTemplate;
    command.replace(QStringLiteral("{cache_name}"), shellQuote(QFileInfo(cache).fileName()));
    command.replace(QStringLiteral("{cache}"), shellQuote(cache));
    command.replace(QStringLiteral("{samples}"), shellQuote(samples));
    command.replace(QStringLiteral("{rundir}"), shellQuote(runDir));
    command.replace(QStringLiteral("{run}"), shellQuote(QFileInfo(runDir).fileName()));
    command.replace(QStringLiteral("{data}"), shellQuote(data));
    command.replace(QStringLiteral("{args}"), args.join(u' '));
    return command;
}

bool TrainingProcess::start(const TrainingRequest &request, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isRunning())
        return fail(tr("A run is already going."));
    if (request.cli.isEmpty() || !QFileInfo(request.cli).isExecutable())
        return fail(tr("Cannot find masklens-cli (looked next to this program and on PATH)."));
    if (request.data.isEmpty() || request.runDir.isEmpty())
        return fail(tr("Open a dataset first."));
    m_request = request;
    m_errorTail.clear();
    m_stderrPending.clear();
    m_errorEvent.clear();
    m_prepared.reset();
    m_sawDone = m_sawStopped = m_cancelling = false;
    m_record.reset();
    QStringList args{QStringLiteral("train"), QStringLiteral("--data"), request.data,
                     QStringLiteral("--out"), request.runDir};
    args += request.options;
    if (request.commandTemplate.trimmed().isEmpty()) {
        m_phase = Phase::Local;
    } else {
        m_phase = Phase::Preparing;
        args.append(QStringLiteral("--prepare-only"));
        Q_EMIT logLine(tr("Preparing the image cache and the labels for the command template..."));
    }
    qCInfo(lcSession, "run %s started: %s %s", qPrintable(request.runDir), qPrintable(request.cli),
           qPrintable(args.join(u' ')));
    launch(request.cli, args);
    return true;
}

void TrainingProcess::launch(const QString &program, const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    // Its own process group, so cancel reaches everything a template starts (sh, ssh, srun).
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            &TrainingProcess::readStdout);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, &TrainingProcess::readStderr);
    connect(m_process.get(), &QProcess::finished, this, &TrainingProcess::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_errorTail.append(m_process->errorString());
            end(Outcome::Failed,
                tr("Could not start %1: %2").arg(m_process->program(), m_process->errorString()));
        }
    });
    m_process->start(program, arguments);
}

void TrainingProcess::readStdout()
{
    while (m_process && m_process->canReadLine()) {
        const QByteArray line = m_process->readLine().trimmed();
        if (line.isEmpty())
            continue;
        const analysis::ParsedLine parsed =
            m_record ? m_record->observeLine(line) : analysis::parseTrainingEvent(line);
        if (!parsed.event) { // a banner from ssh, a Slurm message, an event of a newer trainer
            Q_EMIT logLine(QString::fromUtf8(line));
            continue;
        }
        const analysis::TrainingEvent &e = *parsed.event;
        if (parsed.as<protocol::DoneEvent>())
            m_sawDone = true;
        else if (parsed.as<protocol::StoppedEvent>())
            m_sawStopped = true;
        else if (const auto *error = parsed.as<protocol::ErrorEvent>())
            m_errorEvent = QString::fromStdString(error->message);
        else if (const auto *prepared = parsed.as<protocol::PreparedEvent>())
            m_prepared = *prepared;
        if (m_record && !parsed.as<protocol::ProgressEvent>())
            keepRecord(*m_record);
        Q_EMIT event(e);
    }
}

void TrainingProcess::readStderr()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAllStandardError();
    keepStderr(bytes);
    const QString text = QString::fromUtf8(bytes);
    for (const QString &raw : text.split(u'\n')) {
        // Progress lines redraw with \r: keep the last state of each.
        const QString line = raw.section(u'\r', -1).trimmed();
        if (line.isEmpty())
            continue;
        m_errorTail.append(line);
        while (m_errorTail.size() > kErrorTailLines)
            m_errorTail.removeFirst();
        Q_EMIT logLine(line);
    }
}

void TrainingProcess::keepStderr(const QByteArray &bytes)
{
    // The trainer's stderr, whole, in RUN/stderr.log: what the window's log shows of a failure is
    // a tail, the file keeps everything for a bug report. The run folder appears once the CLI
    // has checked its options, so what comes before is held until then.
    m_stderrPending += bytes;
    if (m_stderrPending.isEmpty() || m_request.runDir.isEmpty() ||
        !QFileInfo(m_request.runDir).isDir())
        return;
    if (analysis::appendDurably(m_request.runDir + QStringLiteral("/stderr.log"), m_stderrPending))
        m_stderrPending.clear();
}

void TrainingProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readStdout();
    readStderr();
    if (m_process && m_process->bytesAvailable() > 0) { // a last line without a newline
        const QByteArray rest = m_process->readAll();
        if (!rest.trimmed().isEmpty())
            Q_EMIT logLine(QString::fromUtf8(rest.trimmed()));
    }
    const bool crashed = status == QProcess::CrashExit;
    if (m_phase == Phase::Preparing && !crashed && exitCode == 0 && m_prepared && !m_cancelling) {
        startTemplate(*m_prepared);
        return;
    }
    Outcome outcome;
    QString message;
    if (m_sawDone && exitCode == 0 && !crashed) {
        outcome = Outcome::Done;
    } else if (m_sawStopped || (m_cancelling && (crashed || exitCode == 130 || exitCode == 143))) {
        outcome = Outcome::Stopped;
        message = tr("Stopped; the last checkpoint is saved where the trainer got to.");
    } else {
        outcome = Outcome::Failed;
        if (!m_errorEvent.isEmpty())
            message = m_errorEvent;
        if (!m_errorTail.isEmpty())
            message +=
                (message.isEmpty() ? QString() : QStringLiteral("\n")) + m_errorTail.join(u'\n');
        if (message.isEmpty())
            message =
                crashed ? tr("The trainer crashed.")
                        : tr("The trainer exited with status %1 without finishing.").arg(exitCode);
    }
    // run.json says how it ended, also when the trainer could not (a crash, a kill).
    if (m_record) {
        m_record->finish(crashed ? -1 : exitCode, crashed,
                         outcome == Outcome::Failed ? message : QString());
        if (outcome == Outcome::Stopped)
            m_record->set(QStringLiteral("status"), QStringLiteral("stopped"));
        keepRecord(*m_record);
    } else if (QFileInfo::exists(QDir(m_request.runDir).filePath(QStringLiteral("run.json")))) {
        analysis::RunRecord record(m_request.runDir);
        record.load();
        if (outcome == Outcome::Failed && record.status() != u"failed") {
            record.finish(crashed ? -1 : exitCode, crashed, message);
            keepRecord(record);
        }
    } else if (outcome == Outcome::Failed && QDir().mkpath(m_request.runDir)) {
        // Failed before the trainer made its folder: keep the reason with the run anyway.
        analysis::RunRecord record(m_request.runDir);
        record.begin(-1, m_request.data, QStringLiteral("workbench"));
        record.finish(crashed ? -1 : exitCode, crashed, message);
        keepRecord(record);
    }
    end(outcome, message);
}

void TrainingProcess::startTemplate(const protocol::PreparedEvent &prepared)
{
    m_phase = Phase::Template;
    m_record = std::make_unique<analysis::RunRecord>(m_request.runDir);
    m_record->resume();
    m_record->set(QStringLiteral("launcher"), QStringLiteral("template"));
    m_record->set(QStringLiteral("command_template"), m_request.commandTemplate);
    keepRecord(*m_record);
    const QString command = expandTemplate(
        m_request.commandTemplate, QString::fromStdString(prepared.cache),
        QString::fromStdString(prepared.samples), QFileInfo(m_request.runDir).absoluteFilePath(),
        m_request.data, trainerOptions(m_request.options));
    Q_EMIT logLine(tr("Running: %1").arg(command));
    m_errorTail.clear();
    launch(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
}

void TrainingProcess::cancel(int graceMs)
{
    if (!isRunning() || !m_process || m_cancelling)
        return;
    m_cancelling = true;
    Q_EMIT logLine(tr("Stopping the run..."));
    if (m_process->state() != QProcess::NotRunning) {
        signalGroup(m_process.get(), SIGTERM);
        m_killTimer.start(graceMs);
    }
}

void TrainingProcess::end(Outcome outcome, const QString &message)
{
    if (m_phase == Phase::Idle)
        return;
    m_phase = Phase::Idle;
    m_killTimer.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process.release()->deleteLater();
    }
    m_record.reset();
    if (outcome == Outcome::Done)
        qCInfo(lcSession, "run %s done", qPrintable(m_request.runDir));
    else
        qCWarning(lcSession, "run %s ended (%d): %s", qPrintable(m_request.runDir), int(outcome),
                  qPrintable(message));
    Q_EMIT finished(outcome, message);
}

} // namespace masklens::gui
