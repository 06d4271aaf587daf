// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Dataset view: the 18-class distribution with the >=60 classes marked, mask state /
// gender / age band counts, the age histogram with the band thresholds drawn, and the
// imbalance stated. It only draws the workspace's DatasetStats and bands.
// GUI thread only.

#include "analysis/datasetstats.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QComboBox;

namespace masklens::gui {

class ChartWidget;
class Workspace;

class DatasetPage : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetPage(QWidget *parent = nullptr);

    /// Observes the workspace: its statistics and bands are drawn, and the threshold controls
    /// move the workspace's bands (what every other view then follows).
    void setWorkspace(Workspace *workspace);

    void setStats(const analysis::DatasetStats &stats);
    analysis::AgeBands ageBands() const;
    void setAgeBands(const analysis::AgeBands &bands);

    QList<ChartWidget *> charts() const;

    ChartWidget *classChart() const { return m_classChart; }
    QString headline() const;

Q_SIGNALS:
    /// The user moved a threshold; the window recomputes and calls setStats().
    void ageBandsChanged(const analysis::AgeBands &bands);
    /// A bar of the class distribution was clicked.
    void classClicked(int classIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void redraw();
    void drawClassChart();
    void drawAttributeChart(ChartWidget *chart, const QString &title, const QStringList &names,
                            const QList<int> &values, const QList<bool> &highlight);
    void drawAgeChart();

    analysis::DatasetStats m_stats;
    bool m_haveStats = false;
    QLabel *m_headline = nullptr;
    QLabel *m_bandsLabel = nullptr;
    QLabel *m_imagesOrPeopleLabel = nullptr;
    QSpinBox *m_middleFrom = nullptr;
    QSpinBox *m_oldFrom = nullptr;
    QComboBox *m_attributeUnit = nullptr;
    ChartWidget *m_classChart = nullptr;
    ChartWidget *m_maskChart = nullptr;
    ChartWidget *m_genderChart = nullptr;
    ChartWidget *m_ageBandChart = nullptr;
    ChartWidget *m_ageChart = nullptr;
};

} // namespace masklens::gui
