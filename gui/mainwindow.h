// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench window: opens a dataset in the background (progress, cancel) and hands it to
// its Workspace, which the pages observe; lists the problems found while loading. GUI thread only;
// long work (load, predictions, Run Model) runs in DatasetJobs and comes back through its signals.

#include "analysis/dataset.h"
#include "analysis/datasetstats.h"
#include "analysis/metrics.h"
#include "analysis/predictions.h"
#include "datasetjobs.h"
#include "settings.h"
#include "workspace.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QDockWidget;
class QMenu;
class QActionGroup;

namespace masklens::gui {

class CorrectionsModel;
class CorrectionsPanel;
class DatasetPage;
class LabelEditor;
class ErrorsPage;
class GalleryPage;
class Language;
class ProblemsModel;
class SampleModel;
class ThumbnailCache;
class TrainingPage;
class Workspace;
class ReviewPage;
class MapPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Language *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading `dir` in the background; the window stays responsive. Returns at once.
    void openDataset(const QString &dir);
    void cancelLoading();
    bool isLoading() const;
    /// What the status bar's Cancel does: stops loading or a model run.
    void cancelWork();
    /// Loads a predictions file for the open dataset in the background (or, while a dataset is
    /// still loading, once it has loaded).
    void openPredictions(const QString &file);
    /// Runs a model (checkpoint or TorchScript) over the dataset's images in the background,
    /// with progress and cancel; its predictions replace the loaded ones.
    void runModel(const QString &modelFile);
    bool isRunningModel() const;
    /// Writes the current predictions (e.g. from runModel) as a predictions file.
    bool savePredictions(const QString &file, QString *error = nullptr);
    /// File > Export Corrected Labels: train.csv with the corrections applied (as
    /// masklens-cli labels export writes it).
    bool exportCorrectedLabels(const QString &file, QString *error = nullptr);
    /// File > Write Submission: eval/info.csv's rows with ans voted from one or several eval
    /// predictions files (as masklens-cli submit); *summary says what was voted.
    bool writeSubmission(const QStringList &predictionFiles, const QString &file,
                         QString *error = nullptr, QString *summary = nullptr);

    /// What a file dropped on the window opens.
    enum class DropKind { None, Dataset, Predictions, Model, Features };
    static DropKind dropKind(const QString &path);

    /// The open dataset's state: what every view shows.
    Workspace *workspace() const { return m_workspace; }
    const analysis::Dataset *dataset() const { return m_workspace->dataset().get(); }
    const analysis::DatasetStats &stats() const { return m_workspace->stats(); }
    DatasetPage *datasetPage() const { return m_datasetPage; }
    ErrorsPage *errorsPage() const { return m_errorsPage; }
    GalleryPage *galleryPage() const { return m_galleryPage; }
    TrainingPage *trainingPage() const { return m_trainingPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    MapPage *mapPage() const { return m_mapPage; }
    SampleModel *sampleModel() const { return m_samples; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    LabelEditor *labelEditor() const { return m_workspace->editor(); }
    CorrectionsModel *correctionsModel() const { return m_correctionsModel; }
    /// The dataset as loaded, before corrections (dataset() has them applied).
    const analysis::Dataset *originalDataset() const { return m_workspace->original().get(); }
    const analysis::Predictions *predictions() const { return m_workspace->predictions().get(); }
    const std::optional<analysis::Metrics> &metrics() const { return m_workspace->metrics(); }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    QTabWidget *pages() const { return m_pages; }

    /// Renders each page to DIR/<page>.png, the comparison of the last two runs to DIR/compare.png,
    /// and writes DIR/index.txt: each picture with its view's title, and the menus, as shown.
    bool saveScreenshots(const QString &dir, QString *error = nullptr);

Q_SIGNALS:
    /// Loading ended: ok false on failure or cancel (message says which).
    void datasetLoaded(bool ok, const QString &message);
    /// Predictions loading ended.
    void predictionsLoaded(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

public:
    /// The age-band thresholds every count, chart and metric uses - and the trainer: a run
    /// started after moving >=60 to 58 trains on 58 (what the Dataset view's controls set).
    void setAgeBands(const analysis::AgeBands &bands);
    analysis::AgeBands ageBands() const { return m_workspace->ageBands(); }
    /// Run Model in bfloat16 (the File menu's check box); kept in the settings.
    void setPredictBf16(bool on);

private:
    void createActions();
    void retranslate();
    void rebuildRecentMenu();
    void onLoadFinished(const DatasetJobs::Loaded &outcome);
    void connectModels();
    void onPredictionsFinished(const DatasetJobs::Predicted &outcome);
    void onModelFinished(const DatasetJobs::Predicted &outcome);
    void setBusy(bool busy, const QString &message);

    Settings m_settings;
    Language *m_language;
    DatasetJobs *m_jobs = nullptr; ///< load, predictions, Run Model: off the GUI thread
    QString m_loadingDir;

    Workspace *m_workspace = nullptr;
    QString m_pendingPredictions; ///< asked for while the dataset was loading

    QTabWidget *m_pages = nullptr;
    DatasetPage *m_datasetPage = nullptr;
    ErrorsPage *m_errorsPage = nullptr;
    GalleryPage *m_galleryPage = nullptr;
    MapPage *m_mapPage = nullptr;
    TrainingPage *m_trainingPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    SampleModel *m_samples = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    CorrectionsModel *m_correctionsModel = nullptr;
    QDockWidget *m_correctionsDock = nullptr;
    CorrectionsPanel *m_correctionsPanel = nullptr;
    QMenu *m_editMenu = nullptr;
    ProblemsModel *m_problemsModel = nullptr;
    QTableView *m_problemsView = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_predictionsAction = nullptr;
    QAction *m_runModelAction = nullptr;
    QAction *m_bf16Action = nullptr; ///< Run Model in bfloat16
    QAction *m_savePredictionsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_exportLabelsAction = nullptr;
    QAction *m_submissionAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace masklens::gui
