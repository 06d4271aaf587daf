// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Training view: retrain on the current labels (corrections applied) and see at once whether
// it helped. The recipe form (RecipeForm: model, input size, epochs, ... and where the run goes),
// what the run trains on (labels version, age bands), start and cancel; the run monitor
// (RunMonitor: live loss and macro F1 curves, per-class F1 with the >=60 classes marked, progress
// with an ETA, the log); the dataset's runs (RunsModel: date, labels version, macro F1, >=60 F1,
// device, duration, status), two of them compared, a finished run's predictions loaded into the
// Errors view. GUI thread only.

#include "analysis/runs.h"
#include "settings.h"
#include "trainingprocess.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QPushButton;
class QTableView;

namespace masklens::gui {

class ChartWidget;
class RecipeForm;
class RunMonitor;
class RunsModel;
class Workspace;

class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(QWidget *parent = nullptr);
    ~TrainingPage() override;

    /// Observes the workspace: runs train on its dataset, with its bands and labels version.
    void setWorkspace(const Workspace *workspace);
    /// The dataset runs train on (empty: none open); its runs live in DIR/.masklens/runs.
    void setDataset(const QString &dir);
    /// The labels version the next run will train on (the journal's last entry).
    void setLabelsVersion(qint64 version, int correctedPeople);
    /// The age-band thresholds runs train on (--bands): the window's, so that a run started
    /// after moving the >=60 edge to 58 learns the classes every chart shows.
    void setAgeBands(const analysis::AgeBands &bands);

    TrainingSettings trainingSettings() const;
    void setTrainingSettings(const TrainingSettings &settings);
    /// Where runs train ("Run on" and its details); kept per dataset on Start.
    LaunchSettings launchSettings() const;
    void setLaunchSettings(const LaunchSettings &launch);
    /// The masklens-cli to launch (default: TrainingProcess::defaultCli()).
    void setCliPath(const QString &path) { m_cli = path; }

    /// Starts a run with the form's settings; false (reason shown and returned) when it cannot.
    bool startRun(QString *error = nullptr);
    /// The label-issue detector's recipe (issue #22): 3 folds of medium_hires on the face crop,
    /// three heads, cross-entropy - the measured best on the CPU (README, Label issues).
    static TrainingSettings detectorRecipe(int epochs = 30);
    /// Starts the detector's run (where the form says runs go); when it ends well,
    /// detectorRunFinished gives its out-of-fold predictions.
    bool startDetectorRun(QString *error = nullptr);
    /// Epochs of the detector's run (tests shorten it).
    void setDetectorEpochs(int epochs) { m_detectorEpochs = epochs; }
    void cancelRun();
    bool isRunning() const { return m_process.isRunning(); }
    QString currentRunDir() const { return m_runDir; }

    /// Epochs drawn on the curves, and the per-class chart (for tests and screenshots).
    int plottedEpochs() const;
    ChartWidget *curvesChart() const;
    ChartWidget *perClassChart() const;
    RunMonitor *monitor() const { return m_monitor; }
    QTableView *runsTable() const { return m_runs; }
    RunsModel *runsModel() const { return m_runsModel; }
    QString statusText() const;
    /// Draws a finished run's curves and last per-class F1 from its metrics.jsonl (what a
    /// selected run shows while nothing trains).
    void showRun(const QString &runDir);
    /// Re-reads the dataset's runs folder.
    void refreshRuns();
    /// The run folders listed, in table order.
    QStringList runDirs() const;
    /// Compares two listed runs in a dialog (non-modal); returns it.
    QWidget *compareRuns(const QString &runA, const QString &runB);

Q_SIGNALS:
    /// A run ended: outcome and message (the error of a failed run).
    void runFinished(const QString &runDir, masklens::gui::TrainingProcess::Outcome outcome,
                     const QString &message);
    /// The user asked to see a run's predictions in the Errors view.
    void loadPredictionsRequested(const QString &file);
    /// The detector's run ended well: its out-of-fold predictions file.
    void detectorRunFinished(const QString &predictions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLabelsInfo();
    void retranslate();
    void onFinished(TrainingProcess::Outcome outcome, const QString &message);
    void appendLog(const QString &line);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    QStringList selectedRuns() const;
    bool start(const TrainingSettings &t, bool keepInForm, QString *error);

    TrainingProcess m_process;
    Settings m_settings;
    QString m_cli;
    QString m_data;
    QString m_runDir;
    QString m_detectorRun; ///< the run "Find label issues" started, while it runs
    int m_detectorEpochs = 30;
    qint64 m_labelsVersion = 0;
    analysis::AgeBands m_bands;
    int m_correctedPeople = 0;
    QString m_shownRun; ///< the run the charts show

    // Form.
    RecipeForm *m_recipe;
    QPushButton *m_start, *m_cancel;
    QLabel *m_labelsInfo;
    QWidget *m_formBox;
    QScrollArea *m_formScroll;

    // Live.
    RunMonitor *m_monitor;

    // Runs.
    QLabel *m_runsTitle;
    QTableView *m_runs;
    RunsModel *m_runsModel;
    QPushButton *m_refresh, *m_compare, *m_loadPredictions, *m_openFolder;
};

} // namespace masklens::gui
