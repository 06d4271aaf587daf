// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Corrections dock's contents: who changed which label when (CorrectionsModel), a filter
// over every column, and "Revert selected", which asks the label editor to undo that one
// correction (a new journal entry, not a rewrite). GUI thread only.

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace masklens::gui {

class CorrectionsModel;
class LabelEditor;

class CorrectionsPanel : public QWidget
{
    Q_OBJECT
public:
    CorrectionsPanel(CorrectionsModel *model, LabelEditor *editor, QWidget *parent = nullptr);

    void retranslate();
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QPushButton *revertButton() const { return m_revert; }

private:
    CorrectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_revert;
};

} // namespace masklens::gui
