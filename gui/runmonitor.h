// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Training view's run monitor: the status line, the progress bar with the time left, the
// loss / validation F1 curves (folds and seeds one after another), the per-class F1 of the last
// epoch, and the trainer's log. It draws training events (analysis/trainingevent.h) as they come,
// or a finished run's metrics.jsonl. GUI thread only.

#include "analysis/trainingevent.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace masklens::gui {

class ChartWidget;

class RunMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit RunMonitor(QWidget *parent = nullptr);

    /// Empties the charts and the progress for a new run (`running`: one is starting) named
    /// `runName` in the status lines.
    void reset(bool running, const QString &runName = {});
    /// How many models of how many epochs the run trains (the curves' axis).
    void setPlan(int models, int epochsPerModel);
    int models() const { return m_models; }
    int epochsPerModel() const { return m_epochsPerModel; }
    /// Draws one event: start (the plan), progress (bar, time left), epoch (curves, per class,
    /// log), ensemble, error and prepared (log).
    void showEvent(const analysis::TrainingEvent &event);
    /// The run ended: the bar full when it finished, and no time left shown.
    void runEnded(bool finished);

    void setStatus(const QString &text, bool error = false);
    QString statusText() const;
    void appendLog(const QString &line);
    void clearLog();
    /// The log, placed by the view (below the charts, in its splitter).
    QPlainTextEdit *log() const { return m_log; }
    int plottedEpochs() const;
    ChartWidget *curvesChart() const { return m_curves; }
    ChartWidget *perClassChart() const { return m_perClass; }

    void retranslate();

private:
    void updateEpochAxis();
    void drawPerClass(const std::vector<double> &f1, int epoch);

    QString m_runName;
    bool m_running = false;
    int m_models = 1;
    int m_epochsPerModel = 1;
    int m_epochPoints = 0;
    double m_lastEpochSeconds = 0;
    int m_modelIndex = 0;

    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_eta;
    ChartWidget *m_curves, *m_perClass;
    QPlainTextEdit *m_log;
};

} // namespace masklens::gui
