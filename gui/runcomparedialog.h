// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two training runs side by side: per-class F1 of both with the difference (chart and table,
// the >=60 classes marked), the confusion-matrix difference (B - A: green where B gets more
// right or fewer wrong, red where it gets worse), and the images that went from wrong to right
// and from right to wrong. Scored on the images both predicted, against run B's labels.
// GUI thread only.

#include "analysis/runs.h"

#include <QDialog>

class QTableWidget;
class QTabWidget;

namespace masklens::gui {

class ChartWidget;

class RunCompareDialog : public QDialog
{
    Q_OBJECT
public:
    RunCompareDialog(const analysis::RunComparison &comparison, QWidget *parent = nullptr);

    QTableWidget *perClassTable() const { return m_perClass; }
    QTableWidget *confusionTable() const { return m_confusion; }
    QTableWidget *changedTable() const { return m_changed; }
    ChartWidget *chart() const { return m_chart; }

private:
    QTabWidget *m_tabs;
    ChartWidget *m_chart;
    QTableWidget *m_perClass, *m_confusion, *m_changed;
};

} // namespace masklens::gui
