// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsmodel.h"

#include "chartwidget.h"

#include <QColor>
#include <QDir>
#include <QLocale>

namespace masklens::gui {

using analysis::RunInfo;

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    const int s = int(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QChar(u'0'))
            .arg(s % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString formatScore(double value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 3);
}

RunsModel::RunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunsModel::refresh(const QString &runsFolder)
{
    setRuns(runsFolder.isEmpty() ? std::vector<RunInfo>{} : analysis::listRuns(runsFolder));
}

void RunsModel::setRuns(std::vector<RunInfo> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int RunsModel::rowOf(const QString &runDir) const
{
    const QString wanted = QDir(runDir).absolutePath();
    for (int row = 0; row < int(m_runs.size()); ++row)
        if (QDir(m_runs[std::size_t(row)].dir).absolutePath() == wanted)
            return row;
    return -1;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunInfo &r = m_runs[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Run:
            return r.name;
        case Date:
            return r.started.isValid() ? QLocale().toString(r.started, QLocale::ShortFormat)
                                       : QStringLiteral("-");
        case Labels:
            return r.labelsVersion >= 0 ? QString::number(r.labelsVersion) : QStringLiteral("-");
        case MacroF1:
            return formatScore(r.macroF1);
        case OldF1:
            return formatScore(r.oldF1);
        case Device:
            return r.device.isEmpty() ? QStringLiteral("-") : r.device;
        case Duration:
            return formatDuration(r.seconds);
        case Status:
            return statusName(r.status);
        case Where:
            return whereText(r);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Labels || column == MacroF1 || column == OldF1 || column == Duration)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (column == Status && r.status == u"failed")
            return QColor(178, 34, 34);
        if (column == OldF1)
            return colors::kOld.darker(120);
        return {};
    case Qt::ToolTipRole:
        if (column == Status && r.status == u"failed")
            return r.message;
        if (column == Where && !r.taskStates.empty()) {
            QStringList lines;
            for (const auto &[task, state] : r.taskStates)
                lines.append(tr("task %1: %2").arg(task).arg(state));
            return lines.join(u'\n');
        }
        return {};
    case RunDirRole:
        return r.dir;
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Run:
        return tr("run");
    case Date:
        return tr("date");
    case Labels:
        return tr("labels");
    case MacroF1:
        return tr("macro F1");
    case OldF1:
        return tr(">=60 F1");
    case Device:
        return tr("device");
    case Duration:
        return tr("duration");
    case Status:
        return tr("status");
    case Where:
        return tr("where");
    }
    return {};
}

QString RunsModel::whereText(const RunInfo &r)
{
    if (r.launcher == u"ssh")
        return r.sshHost.isEmpty() ? tr("ssh") : r.sshHost;
    if (r.launcher == u"slurm") {
        int done = 0;
        for (const auto &[task, state] : r.taskStates)
            done += state == u"COMPLETED";
        return r.jobId.isEmpty() ? tr("Slurm")
                                 : tr("Slurm job %1 (%2/%3 done)")
                                       .arg(r.jobId)
                                       .arg(done)
                                       .arg(r.taskStates.size());
    }
    if (r.launcher == u"template")
        return tr("command template");
    return tr("this computer");
}

QString RunsModel::statusName(const QString &status)
{
    if (status == u"done")
        return tr("done");
    if (status == u"stopped")
        return tr("stopped");
    if (status == u"failed")
        return tr("failed");
    if (status == u"running")
        return tr("running");
    return status;
}

} // namespace masklens::gui
