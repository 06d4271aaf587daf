// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: the five views, the Problems and Corrections docks, the menus with their
// dialogs (open, predictions, Run Model, export, submission), drag and drop, and the status bar
// with progress and cancel. The open dataset's state lives in the Workspace (workspace.h), which
// the views observe; the long work runs in DatasetJobs (datasetjobs.h); the pictures for the docs
// in screenshots.cpp. About 700 lines because it is the one place that wires those together.
#include "mainwindow.h"

#include "chartwidget.h"
#include "correctionsmodel.h"
#include "correctionspanel.h"
#include "datasetjobs.h"
#include "datasetpage.h"
#include "errorspage.h"
#include "gallerypage.h"
#include "mappage.h"
#include "labeleditor.h"
#include "reviewpage.h"
#include "samplefilter.h"
#include "samplemodel.h"
#include "screenshots.h"
#include "thumbnailcache.h"
#include "trainingpage.h"
#include "workspace.h"

#include "language.h"
#include "problemsmodel.h"
#include "sessionlog.h"
#include "shortcutsdialog.h"

#include "analysis/safefile.h"
#include "analysis/submission.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace masklens::gui {

using namespace analysis;

MainWindow::MainWindow(Language *language, QWidget *parent)
    : QMainWindow(parent), m_language(language)
{
    m_jobs = new DatasetJobs(this);
    m_workspace = new Workspace(this);
    m_workspace->setAgeBands(m_settings.ageBands());
    connect(m_workspace, &Workspace::ageBandsChanged, this,
            [this](const AgeBands &bands) { m_settings.setAgeBands(bands); });
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/masklens.svg")));

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_datasetPage = new DatasetPage(m_pages);
    m_datasetPage->setObjectName(QStringLiteral("dataset"));
    m_datasetPage->setWorkspace(m_workspace);
    m_pages->addTab(m_datasetPage, QString());
    m_errorsPage = new ErrorsPage(m_pages);
    m_errorsPage->setObjectName(QStringLiteral("errors"));
    m_errorsPage->setWorkspace(m_workspace);
    m_pages->addTab(m_errorsPage, QString());
    m_samples = new SampleModel(this);
    m_thumbnails = new ThumbnailCache(this);
    m_galleryPage = new GalleryPage(m_samples, m_thumbnails, m_pages);
    m_galleryPage->setObjectName(QStringLiteral("gallery"));
    m_pages->addTab(m_galleryPage, QString());
    m_reviewPage = new ReviewPage(m_workspace->editor(), m_pages);
    m_reviewPage->setObjectName(QStringLiteral("review"));
    m_reviewPage->setWorkspace(m_workspace);
    m_pages->addTab(m_reviewPage, QString());
    connect(m_reviewPage, &ReviewPage::showSamples, this, [this](const QList<int> &samples) {
        if (samples.isEmpty() || !m_workspace->dataset())
            return;
        m_galleryPage->showPerson(m_workspace->dataset()->samples[samples.first()].person,
                                  samples.size() == 1 ? samples.first() : -1);
        m_pages->setCurrentWidget(m_galleryPage);
    });
    // The data map: its clicks and selections open in the gallery, whose "Similar images" are
    // the map's neighbours.
    m_mapPage = new MapPage(m_samples, m_thumbnails, m_pages);
    m_mapPage->setObjectName(QStringLiteral("map"));
    m_mapPage->setWorkspace(m_workspace);
    m_mapPage->setSuspects(m_reviewPage->suspects());
    m_pages->insertTab(m_pages->indexOf(m_galleryPage) + 1, m_mapPage, QString());
    m_galleryPage->setSimilarImages([this](int sample) { return m_mapPage->similar(sample); });
    connect(m_mapPage, &MapPage::openSample, this, [this](int sample) {
        m_galleryPage->showSimilar(sample);
        m_pages->setCurrentWidget(m_galleryPage);
    });
    connect(m_mapPage, &MapPage::showInGallery, this, [this](const QList<int> &samples) {
        m_galleryPage->showSamples(samples);
        m_pages->setCurrentWidget(m_galleryPage);
    });
    m_trainingPage = new TrainingPage(m_pages);
    m_trainingPage->setObjectName(QStringLiteral("training"));
    m_trainingPage->setWorkspace(m_workspace);
    m_pages->addTab(m_trainingPage, QString());
    setCentralWidget(m_pages);
    // Find label issues: the detector's run trains (the Training view shows it), and its
    // out-of-fold predictions come back to the Label issues view.
    connect(m_reviewPage, &ReviewPage::findRequested, this, [this] {
        QString error;
        if (!m_trainingPage->startDetectorRun(&error)) {
            m_statusLabel->setText(error);
            return;
        }
        m_statusLabel->setText(tr("Training the label-issue detector's model (3 folds); its "
                                  "suspects come to the Label issues view when it ends."));
        m_pages->setCurrentWidget(m_trainingPage);
    });
    connect(m_trainingPage, &TrainingPage::detectorRunFinished, this, [this](const QString &file) {
        openPredictions(file);
        m_pages->setCurrentWidget(m_reviewPage);
    });
    connect(m_trainingPage, &TrainingPage::loadPredictionsRequested, this,
            [this](const QString &file) {
                openPredictions(file);
                m_pages->setCurrentWidget(m_errorsPage);
            });

    auto showInGallery = [this](int truth, int predicted) {
        m_galleryPage->showClass(truth, predicted);
        m_pages->setCurrentWidget(m_galleryPage);
    };
    connect(m_datasetPage, &DatasetPage::classClicked, this,
            [showInGallery](int c) { showInGallery(c, -1); });
    connect(m_errorsPage, &ErrorsPage::classClicked, this,
            [showInGallery](int c) { showInGallery(c, -1); });
    connect(m_errorsPage, &ErrorsPage::cellClicked, this, showInGallery);
    m_galleryPage->setEditor(m_workspace->editor(), [this] { return m_workspace->ageBands(); });
    connectModels();
    connect(m_workspace->editor(), &LabelEditor::failed, this, [this](const QString &message) {
        m_statusLabel->setText(message);
        if (isVisible() && !QApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::warning(this, tr("Correct labels"), message);
    });

    connect(m_jobs, &DatasetJobs::loaded, this, &MainWindow::onLoadFinished);
    connect(m_jobs, &DatasetJobs::predictionsRead, this, &MainWindow::onPredictionsFinished);
    connect(m_jobs, &DatasetJobs::modelFinished, this, &MainWindow::onModelFinished);

    m_problemsModel = new ProblemsModel(this);
    m_problemsView = new QTableView(this);
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setWordWrap(false);
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problems"));
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    // The corrections list: who changed what when; each entry can be reverted.
    m_correctionsModel = new CorrectionsModel(this);
    m_correctionsPanel = new CorrectionsPanel(m_correctionsModel, m_workspace->editor(), this);
    m_correctionsDock = new QDockWidget(this);
    m_correctionsDock->setObjectName(QStringLiteral("corrections"));
    m_correctionsDock->setWidget(m_correctionsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_correctionsDock);
    tabifyDockWidget(m_problemsDock, m_correctionsDock);
    m_problemsDock->raise();

    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelWork);
    connect(m_jobs, &DatasetJobs::progress, m_progress, &QProgressBar::setValue);
    connect(m_jobs, &DatasetJobs::progressRange, m_progress, &QProgressBar::setRange);

    createActions();
    // What a bug report needs from the session log: each load's outcome.
    connect(this, &MainWindow::datasetLoaded, this, [this](bool ok, const QString &message) {
        if (ok)
            qCInfo(lcSession, "dataset loaded: %d people, %d images, %d problems",
                   int(m_workspace->dataset()->people.size()),
                   int(m_workspace->dataset()->samples.size()), m_problemsModel->rowCount());
        else
            qCWarning(lcSession, "dataset not loaded: %s", qPrintable(message));
    });
    connect(this, &MainWindow::predictionsLoaded, this, [](bool ok, const QString &message) {
        if (ok)
            qCInfo(lcSession, "predictions loaded");
        else
            qCWarning(lcSession, "predictions not loaded: %s", qPrintable(message));
    });
    connect(m_workspace->editor(), &LabelEditor::failed, this, [](const QString &message) {
        qCWarning(lcSession, "correction not saved: %s", qPrintable(message));
    });
    retranslate();
    resize(1280, 860);
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default; // m_jobs, a child, cancels and waits for its work

void MainWindow::connectModels()
{
    // The window's item models and caches follow the workspace (the pages observe it themselves).
    auto resetSamples = [this] {
        m_samples->reset(m_workspace->dataset(), m_workspace->predictions(),
                         m_workspace->ageBands());
        if (m_workspace->labelStore())
            m_samples->relabel(m_workspace->dataset(), m_workspace->ageBands(),
                               [this](int s) { return m_workspace->isReviewed(s); });
    };
    connect(m_workspace, &Workspace::predictionsChanged, this, resetSamples);
    connect(m_workspace, &Workspace::ageBandsChanged, this, resetSamples);
    connect(m_workspace, &Workspace::labelsChanged, this, [this] {
        m_samples->relabel(m_workspace->dataset(), m_workspace->ageBands(),
                           [this](int s) { return m_workspace->isReviewed(s); });
        m_galleryPage->filter()->refresh();
        m_correctionsModel->refresh();
        retranslate();
        m_statusLabel->setText(tr("Saved: %1").arg(m_workspace->editor()->undoStack()->undoText()));
    });
    connect(m_workspace, &Workspace::datasetOpened, this, [this] {
        m_thumbnails->setDataset(m_workspace->dataset());
        m_correctionsModel->setStore(m_workspace->labelStore());
    });
    connect(m_workspace, &Workspace::problemsChanged, this, [this] {
        m_problemsModel->setProblems(m_workspace->problems(), m_workspace->original()
                                                                  ? m_workspace->original()->root
                                                                  : QString());
        m_problemsView->resizeColumnToContents(ProblemsModel::File);
        if (m_problemsModel->rowCount() > 0)
            m_problemsDock->show();
        retranslate();
    });
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction =
        m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString());
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open dataset folder (holds train/ and eval/)"),
            m_settings.recentDatasets().value(0, QDir::homePath()));
        if (!dir.isEmpty())
            openDataset(dir);
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_predictionsAction = m_fileMenu->addAction(QString());
    m_predictionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_runModelAction = m_fileMenu->addAction(QString());
    m_runModelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runModelAction, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Run a model over the dataset"),
            m_workspace->dataset() ? m_workspace->dataset()->root : QDir::homePath(),
            tr("Models (*.mlck *.pt *.pth *.ts);;All files (*)"));
        if (!file.isEmpty())
            runModel(file);
    });
    m_bf16Action = m_fileMenu->addAction(QString());
    m_bf16Action->setCheckable(true);
    m_bf16Action->setChecked(m_settings.predictBf16());
    connect(m_bf16Action, &QAction::toggled, this,
            [this](bool on) { m_settings.setPredictBf16(on); });
    m_savePredictionsAction = m_fileMenu->addAction(QString());
    connect(m_savePredictionsAction, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save predictions"),
                                                          QStringLiteral("predictions.csv"),
                                                          tr("Predictions (*.csv)"));
        QString error;
        if (!file.isEmpty() && !savePredictions(file, &error))
            QMessageBox::warning(this, tr("Save predictions"), error);
    });
    connect(m_predictionsAction, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Load predictions"),
            m_workspace->dataset() ? m_workspace->dataset()->root : QDir::homePath(),
            tr("Predictions (*.csv);;All files (*)"));
        if (!file.isEmpty())
            openPredictions(file);
    });
    m_fileMenu->addSeparator();
    m_exportLabelsAction = m_fileMenu->addAction(QString());
    connect(m_exportLabelsAction, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export corrected labels"),
            m_workspace->dataset()
                ? m_workspace->dataset()->root + QStringLiteral("/train_corrected.csv")
                : QString(),
            tr("Labels (*.csv)"));
        QString error;
        if (file.isEmpty())
            return;
        if (!exportCorrectedLabels(file, &error))
            QMessageBox::warning(this, tr("Export corrected labels"), error);
        else
            m_statusLabel->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(file)));
    });
    m_submissionAction = m_fileMenu->addAction(QString());
    connect(m_submissionAction, &QAction::triggered, this, [this] {
        const QStringList inputs = QFileDialog::getOpenFileNames(
            this, tr("Eval predictions to vote (one per model or seed)"),
            m_workspace->dataset() ? m_workspace->dataset()->root : QString(),
            tr("Predictions (*.csv);;All files (*)"));
        if (inputs.isEmpty())
            return;
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Write submission"),
            m_workspace->dataset()
                ? m_workspace->dataset()->root + QStringLiteral("/submission.csv")
                : QString(),
            tr("Submission (*.csv)"));
        if (file.isEmpty())
            return;
        QString error, summary;
        if (!writeSubmission(inputs, file, &error, &summary))
            QMessageBox::warning(this, tr("Write submission"), error);
        else
            m_statusLabel->setText(summary);
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    QAction *undo = m_workspace->editor()->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->editor()->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());
    m_viewMenu->addAction(m_correctionsDock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const auto &[code, name] : Language::available()) {
        QAction *a = m_languageMenu->addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_language->current());
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            m_language->apply(code);
            m_settings.setLanguage(code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString());
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, m_pages, this);
        dialog.exec();
    });
    m_aboutAction = m_helpMenu->addAction(QString());
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About MaskLens"),
                           tr("<b>MaskLens %1</b><p>A workbench for face-mask classifiers: browse "
                              "the dataset's imbalance, inspect a model's errors class by class, "
                              "correct wrong labels, and retrain.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(
        m_workspace->dataset()
            ? tr("MaskLens — %1").arg(QDir::toNativeSeparators(m_workspace->dataset()->root))
            : tr("MaskLens"));
    m_pages->setTabText(m_pages->indexOf(m_datasetPage), tr("Dataset"));
    m_pages->setTabText(m_pages->indexOf(m_errorsPage), tr("Errors"));
    m_pages->setTabText(m_pages->indexOf(m_galleryPage), tr("Gallery"));
    m_pages->setTabText(m_pages->indexOf(m_mapPage), tr("Map"));
    m_pages->setTabText(m_pages->indexOf(m_reviewPage), tr("Label issues"));
    m_pages->setTabText(m_pages->indexOf(m_trainingPage), tr("Training"));
    m_predictionsAction->setText(tr("Load &Predictions…"));
    m_runModelAction->setText(tr("&Run Model…"));
    m_bf16Action->setText(tr("Run Models in bfloat16"));
    m_bf16Action->setToolTip(tr("Faster on CPUs with AVX-512 BF16 and on GPUs; the answers move "
                                "slightly, and the predictions say bf16."));
    m_savePredictionsAction->setText(tr("&Save Predictions…"));
    m_savePredictionsAction->setEnabled(m_workspace->predictions() != nullptr);
    m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(m_problemsModel->rowCount()));
    m_problemsView->setAccessibleName(tr("Problems"));
    m_cancel->setText(tr("Cancel"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_correctionsDock->setWindowTitle(tr("Corrections (%1)").arg(m_correctionsModel->rowCount()));
    m_correctionsPanel->retranslate();
    m_openAction->setText(tr("&Open Dataset…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About MaskLens"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_exportLabelsAction->setText(tr("&Export Corrected Labels…"));
    m_exportLabelsAction->setEnabled(m_workspace->dataset() && m_workspace->original() &&
                                     m_workspace->editor()->store());
    m_submissionAction->setText(tr("Write Su&bmission…"));
    m_submissionAction->setEnabled(m_workspace->dataset() &&
                                   !m_workspace->dataset()->evalImages.empty());
    if (!isLoading() && !m_workspace->dataset())
        m_statusLabel->setText(tr("Ready"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatasets();
    for (const QString &dir : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(dir));
        connect(a, &QAction::triggered, this, [this, dir] { openDataset(dir); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::isLoading() const
{
    return m_jobs->isLoading();
}

void MainWindow::openDataset(const QString &dir)
{
    qCInfo(lcSession, "opening dataset %s", qPrintable(dir));
    m_loadingDir = dir;
    m_statusLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(dir)));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_jobs->load(dir);
}

void MainWindow::cancelLoading()
{
    m_jobs->cancelLoad();
}

void MainWindow::onLoadFinished(const DatasetJobs::Loaded &outcome)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (outcome.cancelled) {
        m_statusLabel->setText(tr("Loading cancelled; the previous dataset stays open."));
        Q_EMIT datasetLoaded(false, tr("cancelled"));
        return;
    }
    if (!outcome.dataset) {
        const QString message = outcome.error.toString();
        m_statusLabel->setText(tr("Could not open the dataset"));
        if (isVisible() && !QApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::warning(this, tr("Open dataset"),
                                 tr("Could not open %1:\n%2").arg(m_loadingDir, message));
        Q_EMIT datasetLoaded(false, message);
        return;
    }
    m_workspace->open(outcome.dataset); // the views follow its signals
    const Dataset &dataset = *m_workspace->dataset();
    m_settings.addRecentDataset(dataset.root);
    rebuildRecentMenu();
    retranslate();
    m_statusLabel->setText(tr("%1 people, %2 images, %3 problem(s)")
                               .arg(dataset.people.size())
                               .arg(dataset.samples.size())
                               .arg(dataset.problems.size()));
    Q_EMIT datasetLoaded(true, QString());
    if (!m_pendingPredictions.isEmpty())
        openPredictions(std::exchange(m_pendingPredictions, QString()));
}

void MainWindow::openPredictions(const QString &file)
{
    qCInfo(lcSession, "loading predictions %s", qPrintable(file));
    if (!m_workspace->dataset() || isLoading()) {
        m_pendingPredictions = file;
        return;
    }
    m_statusLabel->setText(tr("Loading predictions %1…").arg(QDir::toNativeSeparators(file)));
    m_jobs->readPredictions(file, m_workspace->dataset());
}

void MainWindow::onPredictionsFinished(const DatasetJobs::Predicted &outcome)
{
    if (!outcome.predictions) {
        m_statusLabel->setText(tr("Could not load the predictions"));
        if (isVisible() && !QApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::warning(this, tr("Load predictions"), outcome.error.toString());
        Q_EMIT predictionsLoaded(false, outcome.error.toString());
        return;
    }
    m_workspace->setPredictions(outcome.predictions, outcome.evalTruth);
    if (const QString features = analysis::featuresBeside(outcome.predictions->file);
        !features.isEmpty() && features != m_mapPage->featuresFile())
        m_mapPage->openFeatures(features);
    retranslate();
    m_statusLabel->setText(tr("Predictions for %1 images loaded from %2")
                               .arg(m_workspace->predictions()->predictedCount())
                               .arg(QDir::toNativeSeparators(m_workspace->predictions()->file)));
    Q_EMIT predictionsLoaded(true, QString());
}

bool MainWindow::isRunningModel() const
{
    return m_jobs->isRunningModel();
}

void MainWindow::cancelWork()
{
    m_jobs->cancelLoad();
    m_jobs->cancelModel();
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_statusLabel->setText(message);
}

void MainWindow::runModel(const QString &modelFile)
{
    qCInfo(lcSession, "running model %s", qPrintable(modelFile));
    if (!m_workspace->dataset() || isRunningModel())
        return;
    setBusy(true, tr("Running %1 over %2 images…")
                      .arg(QDir::toNativeSeparators(modelFile))
                      .arg(m_workspace->dataset()->samples.size()));
    m_jobs->runModel(modelFile, m_workspace->dataset(), m_settings.predictBf16());
}

void MainWindow::onModelFinished(const DatasetJobs::Predicted &outcome)
{
    setBusy(false, QString());
    if (outcome.cancelled) {
        m_statusLabel->setText(tr("Model run cancelled; the previous predictions stay."));
        Q_EMIT predictionsLoaded(false, tr("cancelled"));
        return;
    }
    // The same path as a loaded file from here on.
    if (!outcome.predictions) {
        m_statusLabel->setText(tr("The model could not run"));
        if (isVisible() && !QApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::warning(this, tr("Run model"), outcome.error.toString());
        Q_EMIT predictionsLoaded(false, outcome.error.toString());
        return;
    }
    m_workspace->setPredictions(outcome.predictions);
    if (outcome.features)
        m_mapPage->showFeatures(outcome.features);
    retranslate();
    m_statusLabel->setText(tr("Predictions for %1 images from %2")
                               .arg(m_workspace->predictions()->predictedCount())
                               .arg(m_workspace->predictions()->file));
    Q_EMIT predictionsLoaded(true, QString());
}

bool MainWindow::savePredictions(const QString &file, QString *error)
{
    if (!m_workspace->dataset() || !m_workspace->predictions()) {
        if (error)
            *error = tr("No predictions to save");
        return false;
    }
    const auto st = writePredictions(file, *m_workspace->dataset(), *m_workspace->predictions());
    if (!st && error)
        *error = st.error().toString();
    return st.ok();
}

void MainWindow::setPredictBf16(bool on)
{
    m_bf16Action->setChecked(on); // toggled() keeps it in the settings
}

void MainWindow::setAgeBands(const AgeBands &bands)
{
    m_workspace->setAgeBands(bands); // kept in the settings when it changes
}

bool MainWindow::saveScreenshots(const QString &dir, QString *error)
{
    return gui::saveScreenshots(*this, dir, error);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

MainWindow::DropKind MainWindow::dropKind(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return DropKind::Dataset;
    if (!info.isFile())
        return DropKind::None;
    const QString suffix = info.suffix().toLower();
    if (suffix == u"csv")
        return DropKind::Predictions;
    if (suffix == u"npy")
        return DropKind::Features;
    if (suffix == u"mlck" || suffix == u"pt" || suffix == u"pth" || suffix == u"ts")
        return DropKind::Model;
    return DropKind::None;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // A dataset folder always; a predictions file or a model once a dataset is open.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls[0].isLocalFile())
        return;
    const DropKind kind = dropKind(urls[0].toLocalFile());
    if (kind == DropKind::Dataset || (kind != DropKind::None && m_workspace->dataset()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls[0].isLocalFile())
        return;
    const QString path = urls[0].toLocalFile();
    switch (dropKind(path)) {
    case DropKind::Dataset:
        openDataset(path);
        break;
    case DropKind::Predictions:
        if (m_workspace->dataset())
            openPredictions(path);
        break;
    case DropKind::Model:
        if (m_workspace->dataset())
            runModel(path);
        break;
    case DropKind::Features:
        m_mapPage->openFeatures(path);
        m_pages->setCurrentWidget(m_mapPage);
        break;
    case DropKind::None:
        return;
    }
    event->acceptProposedAction();
}

bool MainWindow::exportCorrectedLabels(const QString &file, QString *error)
{
    if (!m_workspace->original() || !m_workspace->editor()->store()) {
        if (error)
            *error = tr("Open a dataset first (and not one open in another MaskLens).");
        return false;
    }
    if (auto st = m_workspace->editor()->store()->exportTrainCsv(*m_workspace->original(), file);
        !st) {
        if (error)
            *error = st.error().toString();
        return false;
    }
    qCInfo(lcSession, "exported corrected labels to %s", qPrintable(file));
    return true;
}

bool MainWindow::writeSubmission(const QStringList &predictionFiles, const QString &file,
                                 QString *error, QString *summary)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcSession, "submission not written: %s", qPrintable(message));
        return false;
    };
    if (!m_workspace->dataset())
        return fail(tr("Open a dataset first."));
    if (m_workspace->dataset()->evalImages.empty())
        return fail(tr("%1 has no eval images (eval/info.csv).").arg(m_workspace->dataset()->root));
    std::vector<analysis::Predictions> files;
    for (const QString &input : predictionFiles) {
        auto p = analysis::readPredictions(input, *m_workspace->dataset());
        if (!p)
            return fail(p.error().toString());
        files.push_back(std::move(p).value());
    }
    const auto submission = analysis::voteSubmission(*m_workspace->dataset(), files);
    if (!submission)
        return fail(submission.error().toString());
    if (auto st = analysis::writeSubmission(file, *m_workspace->dataset(), *submission); !st)
        return fail(st.error().toString());
    if (summary)
        *summary = tr("Wrote %1: %2 eval images from %3 file(s); %4 unanimous, %5 ties broken "
                      "by probability")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(submission->ans.size())
                       .arg(files.size())
                       .arg(submission->unanimous)
                       .arg(submission->tiesBroken);
    qCInfo(lcSession, "wrote submission %s from %lld file(s)", qPrintable(file),
           qlonglong(files.size()));
    return true;
}

} // namespace masklens::gui
