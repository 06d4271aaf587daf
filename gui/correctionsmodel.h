// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table model over the corrections journal (newest first): when, who, what, from, to, note.
// GUI thread only; refresh() after edits.

#include "analysis/labelstore.h"

#include <QAbstractTableModel>

namespace masklens::gui {

class CorrectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Target, Field, Old, New, Note, ColumnCount };

    explicit CorrectionsModel(QObject *parent = nullptr);
    void setStore(const analysis::LabelStore *store);
    void refresh();
    const analysis::Correction &correction(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const analysis::LabelStore *m_store = nullptr;
};

} // namespace masklens::gui
