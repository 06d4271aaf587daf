// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsmodel.h"

namespace masklens::gui {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setProblems(std::vector<analysis::Problem> problems, const QString &root)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_root = root;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::Problem &p = m_problems[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return !m_root.isEmpty() && p.file.startsWith(m_root + u'/')
                       ? p.file.mid(m_root.size() + 1)
                       : p.file;
        case Line:
            return p.line > 0 ? QVariant(p.line) : QVariant();
        case Message:
            return p.message;
        }
    } else if (role == Qt::ToolTipRole) {
        return p.toString();
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Message:
        return tr("Problem");
    }
    return {};
}

} // namespace masklens::gui
