// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchtools.h"

#include "analysis/safefile.h"
#include "model/core/trainingprotocol.h"

#include <QFile>
#include <QJsonDocument>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace masklens::cli::launch {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void emitError(RunRelay &relay, const QString &message)
{
    relay.line(protocol::ErrorEvent{message.toStdString()}.json());
}

/// ssh, rsync and the Slurm commands end with masklens-cli: a killed launcher leaves no ssh
/// holding a remote trainer. They get a process group of their own: the window's Cancel signals
/// masklens-cli's group, and the ssh that carries the trainer's events must live on until the
/// trainer has saved its checkpoint and said "stopped".
void dieWithParent(QProcess &p)
{
    p.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
}

Command runCommand(const QString &program, const QStringList &args, int timeoutMs,
                   const QByteArray &input)
{
    QProcess p;
    dieWithParent(p);
    p.start(program, args);
    Command c;
    if (!p.waitForStarted(30000)) {
        c.err = Tr::tr("cannot run %1: %2").arg(program, p.errorString()).toUtf8();
        return c;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        c.err = Tr::tr("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000).toUtf8();
        return c;
    }
    c.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = p.readAllStandardOutput();
    c.err = p.readAllStandardError();
    return c;
}

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(shellQuote(w));
    return quoted.join(u' ');
}

QStringList toQStrings(const std::vector<std::string> &v)
{
    QStringList out;
    for (const std::string &s : v)
        out.append(QString::fromStdString(s));
    return out;
}

QString tailOf(const QString &file, int lines)
{
    const auto bytes = analysis::readRegularFile(file, 64 << 20);
    if (!bytes)
        return {};
    QList<QByteArray> all = bytes->trimmed().split('\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return QString::fromUtf8(all.join(" | "));
}

QList<QByteArray> LineTail::newLines()
{
    QList<QByteArray> lines;
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly) || f.size() < m_offset)
        return lines;
    f.seek(m_offset);
    m_partial += f.readAll();
    m_offset = f.pos();
    qsizetype end;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        lines.append(m_partial.left(end));
        m_partial.remove(0, end + 1);
    }
    return lines;
}

} // namespace masklens::cli::launch
