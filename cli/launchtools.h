// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the ssh and Slurm launchers share (private to the CLI): running the users' tools (ssh,
// rsync, sbatch...) tied to masklens-cli's life, shell quoting for a remote command line, and
// reading a file's new JSON lines. Main thread.

#include "remoterun.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace masklens::cli::launch {

/// lupdate files every Tr::tr() text under "RemoteRun", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteRun)
};

struct Command
{
    int code = -1; ///< -1: could not start or timed out
    QByteArray out;
    QByteArray err;
};

QByteArray compact(const QJsonObject &o);
/// An error event through the relay (printed, run.json failed with the message).
void emitError(RunRelay &relay, const QString &message);
/// ssh, rsync and the Slurm commands end with masklens-cli, in a process group of their own.
void dieWithParent(QProcess &p);
/// Runs PROGRAM to its end (or TIMEOUTMS), feeding INPUT on stdin.
Command runCommand(const QString &program, const QStringList &args, int timeoutMs = 600000,
                   const QByteArray &input = {});
QString lastLine(const QByteArray &text);
/// S in single quotes for a POSIX shell.
QString shellQuote(const QString &s);
QString shellJoin(const QStringList &words);
QStringList toQStrings(const std::vector<std::string> &v);
/// The last lines of a file (a task's Slurm output), for the message of a failed run.
QString tailOf(const QString &file, int lines = 5);

/// Reads the JSON lines a file has gained since the last call.
class LineTail
{
public:
    explicit LineTail(QString file) : m_file(std::move(file)) {}
    QList<QByteArray> newLines();

private:
    QString m_file;
    qint64 m_offset = 0;
    QByteArray m_partial;
};

} // namespace masklens::cli::launch
