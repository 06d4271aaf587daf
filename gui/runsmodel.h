// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The runs of a dataset as a table model: one row per run folder (oldest first) with its date,
// labels version, macro F1, >=60 F1, device, duration, status and where it ran. The Training
// view shows it in a QTableView; tests/tst_runsmodel checks it under QAbstractItemModelTester.
// GUI thread only.

#include "analysis/runs.h"

#include <QAbstractTableModel>

#include <vector>

namespace masklens::gui {

/// "1:02:03" or "2:05"; "-" when unknown (negative).
QString formatDuration(double seconds);
/// A score with three decimals; "-" when unknown (negative).
QString formatScore(double value);

class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Run, Date, Labels, MacroF1, OldF1, Device, Duration, Status, Where, ColumnCount };
    enum Role { RunDirRole = Qt::UserRole + 1 };

    explicit RunsModel(QObject *parent = nullptr);

    /// Lists the run folders of `runsFolder` again (empty: no dataset).
    void refresh(const QString &runsFolder);
    void setRuns(std::vector<analysis::RunInfo> runs);
    const analysis::RunInfo &run(int row) const { return m_runs[std::size_t(row)]; }
    /// The row of a run folder, -1 when not listed.
    int rowOf(const QString &runDir) const;

    /// The runs list's "where": this computer, the SSH server, or the Slurm job and its tasks.
    static QString whereText(const analysis::RunInfo &run);
    /// done, stopped, failed, running in the interface's language.
    static QString statusName(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analysis::RunInfo> m_runs;
};

} // namespace masklens::gui
