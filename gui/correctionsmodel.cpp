// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionsmodel.h"

namespace masklens::gui {

CorrectionsModel::CorrectionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CorrectionsModel::setStore(const analysis::LabelStore *store)
{
    beginResetModel();
    m_store = store;
    endResetModel();
}

void CorrectionsModel::refresh()
{
    beginResetModel();
    endResetModel();
}

const analysis::Correction &CorrectionsModel::correction(int row) const
{
    const auto &all = m_store->corrections();
    return all[all.size() - 1 - std::size_t(row)]; // newest first
}

int CorrectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : int(m_store->corrections().size());
}

int CorrectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const analysis::Correction &c = correction(index.row());
    switch (index.column()) {
    case Seq:
        return c.seq;
    case Time:
        return c.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return c.user;
    case Target:
        return c.target;
    case Field:
        return analysis::labelFieldName(c.field);
    case Old:
        return c.previousValue;
    case New:
        return c.newValue;
    case Note:
        return c.note;
    }
    return {};
}

QVariant CorrectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("When");
    case User:
        return tr("Who");
    case Target:
        return tr("Person or image");
    case Field:
        return tr("Field");
    case Old:
        return tr("Was");
    case New:
        return tr("Now");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace masklens::gui
