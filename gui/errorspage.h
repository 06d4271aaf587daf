// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Errors view: macro F1 and accuracy as the headline, per-class precision / recall / F1 as
// grouped bars with support (the >=60 classes marked), the 18x18 confusion matrix as a heat
// map with counts (row-normalised on demand), per-attribute F1, and the error rate by exact age.
// Clicking a class or a matrix cell asks the gallery for exactly those samples. GUI thread only.

#include "analysis/metrics.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QCPColorMap;

namespace masklens::gui {

class ChartWidget;
class Workspace;

class ErrorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorsPage(QWidget *parent = nullptr);

    /// Observes the workspace: its metrics are drawn, or the page says what it needs.
    void setWorkspace(const Workspace *workspace);

    void setMetrics(const analysis::Metrics &metrics, const analysis::AgeBands &bands,
                    const QString &source);
    void clear();
    QList<ChartWidget *> charts() const;
    ChartWidget *confusionChart() const { return m_confusion; }
    ChartWidget *classChart() const { return m_perClass; }
    QString headline() const;
    /// The line under it: the attributes' F1, the error rate per age band, and the source.
    QString detailLine() const;
    bool rowNormalised() const;
    void setRowNormalised(bool on);

Q_SIGNALS:
    void classClicked(int trueClass);
    void cellClicked(int trueClass, int predictedClass);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void redraw();
    void drawPerClass();
    void drawConfusion();
    void drawAges();
    void drawMatrix(ChartWidget *plot, const analysis::ConfusionMatrix &cm,
                    const QStringList &labels, const QString &title);

    analysis::Metrics m_metrics;
    analysis::AgeBands m_bands;
    QString m_source;
    bool m_have = false;
    QLabel *m_headline, *m_attributes;
    QCheckBox *m_normalise;
    ChartWidget *m_perClass, *m_confusion, *m_ages;
    ChartWidget *m_maskMatrix, *m_genderMatrix, *m_ageMatrix; ///< per attribute
};

} // namespace masklens::gui
