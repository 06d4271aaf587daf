// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table model over the problems found while loading (file, line, message), for the Problems
// dock. GUI thread only.

#include "analysis/result.h"

#include <QAbstractTableModel>

#include <vector>

namespace masklens::gui {

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Line, Message, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(std::vector<analysis::Problem> problems, const QString &root = {});
    const analysis::Problem &problem(int row) const { return m_problems[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analysis::Problem> m_problems;
    QString m_root; ///< shown paths are relative to it
};

} // namespace masklens::gui
