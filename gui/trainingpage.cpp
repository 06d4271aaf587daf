// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Training view: the recipe form (and where the run goes, LaunchForm), the run monitor
// (RunMonitor: status, progress, charts, log) and the runs table (RunsModel), and starting,
// cancelling and showing runs.
#include "trainingpage.h"

#include "chartwidget.h"
#include "recipeform.h"
#include "runcomparedialog.h"
#include "runmonitor.h"
#include "runsmodel.h"
#include "workspace.h"

#include "analysis/detectorrecipe.h"
#include "analysis/labels.h"
#include "analysis/runs.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace masklens::gui {

using namespace masklens::analysis;

void TrainingPage::setWorkspace(const Workspace *workspace)
{
    setAgeBands(workspace->ageBands());
    connect(workspace, &Workspace::ageBandsChanged, this, &TrainingPage::setAgeBands);
    connect(workspace, &Workspace::labelsVersionChanged, this, &TrainingPage::setLabelsVersion);
    connect(workspace, &Workspace::datasetOpened, this, [this, workspace] {
        setDataset(workspace->original() ? workspace->original()->root : QString());
        setLabelsVersion(workspace->labelsVersion(), workspace->correctedPeople());
    });
}

TrainingPage::TrainingPage(QWidget *parent) : QWidget(parent), m_cli(TrainingProcess::defaultCli())
{
    // --- the recipe form, what the run trains on, start and cancel ----------------------------
    m_recipe = new RecipeForm;
    m_labelsInfo = new QLabel;
    m_labelsInfo->setWordWrap(true);
    m_start = new QPushButton;
    m_start->setDefault(true);
    m_cancel = new QPushButton;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *formBox = new QWidget;
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_recipe);
    formLayout->addWidget(m_labelsInfo);
    formLayout->addLayout(buttons);
    formLayout->addStretch(1);
    m_formBox = formBox;
    m_formScroll = new QScrollArea;
    m_formScroll->setWidget(formBox);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *formScroll = m_formScroll;

    // --- live: the run monitor (its log goes below it, in the splitter) ---------------------
    m_monitor = new RunMonitor;
    auto *live = m_monitor;

    // --- runs ----------------------------------------------------------------------------
    m_runsTitle = new QLabel;
    m_runsModel = new RunsModel(this);
    m_runs = new QTableView;
    m_runs->setModel(m_runsModel);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setAlternatingRowColors(true);
    m_refresh = new QPushButton;
    m_compare = new QPushButton;
    m_loadPredictions = new QPushButton;
    m_openFolder = new QPushButton;
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_runsTitle, 1);
    for (QPushButton *b : {m_refresh, m_compare, m_loadPredictions, m_openFolder})
        runButtons->addWidget(b);
    auto *runsBox = new QWidget;
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addLayout(runButtons);
    runsLayout->addWidget(m_runs);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(live);
    right->addWidget(m_monitor->log());
    right->addWidget(runsBox);
    right->setStretchFactor(0, 5);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 2);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(formScroll);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    setTrainingSettings(m_settings.training());

    connect(m_start, &QPushButton::clicked, this, [this] { startRun(); });
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPage::cancelRun);
    connect(m_recipe, &RecipeForm::whereChanged, this, &TrainingPage::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, &TrainingPage::refreshRuns);
    connect(m_runs->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        const QStringList runs = selectedRuns();
        if (runs.size() == 1 && !m_process.isRunning() && runs[0] != m_shownRun)
            showRun(runs[0]);
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList runs = selectedRuns();
        if (runs.size() == 2)
            compareRuns(runs[0], runs[1]);
    });
    connect(m_loadPredictions, &QPushButton::clicked, this, [this] {
        const QStringList runs = selectedRuns();
        if (runs.size() != 1)
            return;
        if (const auto run = readRun(runs[0]); run && !run->predictions.isEmpty())
            Q_EMIT loadPredictionsRequested(run->predictions);
    });
    connect(m_runs, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        if (const auto run = readRun(index.data(RunsModel::RunDirRole).toString());
            run && !run->predictions.isEmpty())
            Q_EMIT loadPredictionsRequested(run->predictions);
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        for (const QString &dir : selectedRuns())
            QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(&m_process, &TrainingProcess::event, m_monitor, &RunMonitor::showEvent);
    connect(&m_process, &TrainingProcess::logLine, this, &TrainingPage::appendLog);
    connect(&m_process, &TrainingProcess::finished, this, &TrainingPage::onFinished);

    retranslate();
    m_monitor->reset(false);
    updateButtons();
}

TrainingPage::~TrainingPage()
{
    m_settings.setTraining(trainingSettings());
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingPage::retranslate()
{
    m_monitor->retranslate();
    m_runs->setAccessibleName(tr("Runs"));
    m_recipe->retranslate();
    m_start->setText(tr("Start training"));
    m_cancel->setText(tr("Cancel"));
    m_runsTitle->setText(tr("<b>Runs</b> (select two to compare)"));
    m_refresh->setText(tr("Refresh"));
    m_compare->setText(tr("Compare"));
    m_loadPredictions->setText(tr("Show in Errors view"));
    m_openFolder->setText(tr("Open folder"));
    setLabelsVersion(m_labelsVersion, m_correctedPeople);
    // The form never clips its fields, whatever the language.
    m_formBox->adjustSize();
    m_formScroll->setMinimumWidth(m_formBox->minimumSizeHint().width() +
                                  m_formScroll->verticalScrollBar()->sizeHint().width() + 8);
    if (!isRunning() && m_runDir.isEmpty())
        setStatus(tr("Set the recipe and start a run; it trains on the labels as corrected."));
}

LaunchSettings TrainingPage::launchSettings() const
{
    return m_recipe->launchSettings();
}

void TrainingPage::setLaunchSettings(const LaunchSettings &launch)
{
    m_recipe->setLaunchSettings(launch);
}

void TrainingPage::setDataset(const QString &dir)
{
    if (!dir.isEmpty() && dir != m_data)
        setLaunchSettings(m_settings.launch(dir)); // each dataset trains where it did last
    m_data = dir;
    m_shownRun.clear();
    refreshRuns();
    if (m_runsModel->rowCount() > 0 && !m_process.isRunning())
        m_runs->selectRow(m_runsModel->rowCount() - 1); // shows the latest run
    updateButtons();
}

void TrainingPage::setLabelsVersion(qint64 version, int correctedPeople)
{
    m_labelsVersion = version;
    m_correctedPeople = correctedPeople;
    updateLabelsInfo();
}

void TrainingPage::setAgeBands(const analysis::AgeBands &bands)
{
    m_bands = bands;
    updateLabelsInfo();
}

void TrainingPage::updateLabelsInfo()
{
    QString text = m_labelsVersion == 0
                       ? tr("Trains on the original labels (no corrections yet).")
                       : tr("Trains on the labels with the corrections applied: version %1, %2 "
                            "people corrected.")
                             .arg(m_labelsVersion)
                             .arg(m_correctedPeople);
    // Said whenever it is not the usual 30/60, so that nobody retrains on other bands unawares.
    if (m_bands.middleFrom != 30 || m_bands.oldFrom != 60)
        text += u' ' + tr("Age bands: <%1, %1-%2, >=%3.")
                           .arg(m_bands.middleFrom)
                           .arg(m_bands.oldFrom - 1)
                           .arg(m_bands.oldFrom);
    m_labelsInfo->setText(text);
}

TrainingSettings TrainingPage::trainingSettings() const
{
    return m_recipe->trainingSettings();
}

void TrainingPage::setTrainingSettings(const TrainingSettings &t)
{
    m_recipe->setTrainingSettings(t);
    updateButtons();
}

bool TrainingPage::startRun(QString *error)
{
    return start(trainingSettings(), true, error);
}

TrainingSettings TrainingPage::detectorRecipe(int epochs)
{
    // The one recipe issues --find trains too; the form's other fields keep their defaults
    // (no sampler, one seed, no initial weights), but EMA, which the recipe does not use.
    analysis::DetectorRecipe recipe;
    recipe.epochs = epochs;
    TrainingSettings t;
    t.arch = recipe.arch;
    t.outputs = recipe.outputs;
    t.crop = recipe.crop;
    t.loss = recipe.loss;
    t.folds = recipe.folds;
    t.epochs = recipe.epochs;
    t.batch = recipe.batch;
    t.lr = recipe.lr;
    t.ema = false;
    t.fitProbes = recipe.fitProbes;
    return t;
}

bool TrainingPage::startDetectorRun(QString *error)
{
    TrainingSettings t = detectorRecipe(m_detectorEpochs);
    const TrainingSettings form = trainingSettings();
    t.device = form.device;
    t.bf16 = form.bf16;
    t.limitBatches = form.limitBatches;
    if (!start(t, false, error))
        return false;
    m_detectorRun = m_runDir;
    return true;
}

bool TrainingPage::start(const TrainingSettings &t, bool keepInForm, QString *error)
{
    auto fail = [&](const QString &message) {
        setStatus(message, true);
        if (error)
            *error = message;
        return false;
    };
    if (m_data.isEmpty())
        return fail(tr("Open a dataset first."));
    if (m_process.isRunning())
        return fail(tr("A run is going; wait for it or cancel it first."));
    if (!t.init.isEmpty() && !QFileInfo::exists(t.init))
        return fail(tr("Initial weights: %1 does not exist.").arg(t.init));
    const LaunchSettings launch = launchSettings();
    if (const QString why = launch.problem(); !why.isEmpty())
        return fail(why);
    // A fresh folder named by the time it started.
    const QDir runs(runsFolder(m_data));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stamp;
    for (int n = 2; QFileInfo::exists(runs.filePath(name)); ++n)
        name = stamp + u'-' + QString::number(n);
    TrainingRequest request;
    request.cli = m_cli;
    request.data = m_data;
    request.runDir = runs.filePath(name);
    request.options = t.options() + launch.options();
    // The window's one precision choice for predictions (File > Run Models in bfloat16) is
    // also the run's for the validation predictions it writes.
    if (m_settings.predictBf16())
        request.options << QStringLiteral("--predict-precision") << QStringLiteral("bf16");
    request.options << QStringLiteral("--bands")
                    << QStringLiteral("%1,%2").arg(m_bands.middleFrom).arg(m_bands.oldFrom);
    request.commandTemplate = launch.where == u"template" ? launch.commandTemplate : QString();
    QString why;
    m_monitor->reset(true, name);
    m_monitor->clearLog();
    if (!m_process.start(request, &why))
        return fail(why);
    m_runDir = request.runDir;
    m_shownRun = QDir(m_runDir).absolutePath();
    if (keepInForm)
        m_settings.setTraining(t);
    m_settings.setLaunch(m_data, launch);
    appendLog(QStringLiteral("$ masklens-cli train --data %1 --out %2 %3")
                  .arg(TrainingProcess::shellQuote(m_data), TrainingProcess::shellQuote(m_runDir),
                       request.options.join(u' ')));
    setStatus(tr("Run %1: preparing the images and labels...").arg(name));
    updateButtons();
    return true;
}

void TrainingPage::cancelRun()
{
    if (!m_process.isRunning())
        return;
    m_process.cancel();
    setStatus(tr("Stopping: the trainer saves its last checkpoint..."));
    updateButtons();
}

ChartWidget *TrainingPage::curvesChart() const
{
    return m_monitor->curvesChart();
}

ChartWidget *TrainingPage::perClassChart() const
{
    return m_monitor->perClassChart();
}

int TrainingPage::plottedEpochs() const
{
    return m_monitor->plottedEpochs();
}

QString TrainingPage::statusText() const
{
    return m_monitor->statusText();
}

void TrainingPage::setStatus(const QString &text, bool error)
{
    m_monitor->setStatus(text, error);
}

void TrainingPage::appendLog(const QString &line)
{
    m_monitor->appendLog(line);
}

void TrainingPage::onFinished(TrainingProcess::Outcome outcome, const QString &message)
{
    const QString run = QFileInfo(m_runDir).fileName();
    const auto info = readRun(m_runDir);
    switch (outcome) {
    case TrainingProcess::Outcome::Done:
        setStatus(tr("Run %1 done: macro F1 %2, >=60 classes F1 %3 (%4 predictions), in %5.")
                      .arg(run, formatScore(info ? info->macroF1 : -1),
                           formatScore(info ? info->oldF1 : -1),
                           info && info->outOfFold ? tr("out-of-fold") : tr("validation"),
                           formatDuration(info ? info->seconds : -1)));
        break;
    case TrainingProcess::Outcome::Stopped:
        setStatus(tr("Run %1 stopped. %2").arg(run, message));
        break;
    case TrainingProcess::Outcome::Failed:
        setStatus(tr("Run %1 failed:\n%2").arg(run, message), true);
        appendLog(tr("failed: %1").arg(message));
        break;
    }
    m_monitor->runEnded(outcome == TrainingProcess::Outcome::Done);
    refreshRuns();
    // Select the run that just ended.
    m_shownRun = QDir(m_runDir).absolutePath(); // already drawn, live
    const int row = m_runsModel->rowOf(m_shownRun);
    if (row >= 0)
        m_runs->selectRow(row);
    updateButtons();
    Q_EMIT runFinished(m_runDir, outcome, message);
    if (!m_detectorRun.isEmpty() && m_detectorRun == m_runDir) {
        m_detectorRun.clear();
        if (outcome == TrainingProcess::Outcome::Done)
            Q_EMIT detectorRunFinished(
                QDir(m_runDir).filePath(QStringLiteral("oof_predictions.csv")));
    }
}

void TrainingPage::showRun(const QString &runDir)
{
    if (m_process.isRunning())
        return;
    const auto info = readRun(runDir);
    if (!info)
        return;
    m_shownRun = runDir;
    m_monitor->reset(false, info->name);
    m_monitor->setPlan(
        std::max(1, info->config.value(QStringLiteral("folds")).toInt(1)) *
            std::max<int>(1, info->config.value(QStringLiteral("seeds")).toArray().size()),
        info->epochsPlanned);
    QFile metrics(QDir(runDir).filePath(QStringLiteral("metrics.jsonl")));
    if (metrics.open(QIODevice::ReadOnly)) {
        const QSignalBlocker quiet(m_monitor->log());
        while (!metrics.atEnd()) {
            const analysis::ParsedLine line = analysis::parseTrainingEvent(metrics.readLine());
            if (line.as<protocol::EpochEvent>())
                m_monitor->showEvent(*line.event);
        }
    }
    m_monitor->clearLog();
    const int models = m_monitor->models(), epochsPerModel = m_monitor->epochsPerModel();
    setStatus(tr("Run %1 (%2): macro F1 %3, >=60 classes F1 %4, %5, %6.")
                  .arg(info->name, RunsModel::statusName(info->status), formatScore(info->macroF1),
                       formatScore(info->oldF1))
                  .arg(models > 1 ? tr("%1 models x %2 epochs").arg(models).arg(epochsPerModel)
                                  : tr("%1 epoch(s)").arg(info->epochs))
                  .arg(info->device.isEmpty() ? QStringLiteral("-") : info->device),
              info->status == u"failed");
    if (info->status == u"failed" && !info->message.isEmpty())
        setStatus(statusText() + u'\n' + info->message, true);
}

void TrainingPage::refreshRuns()
{
    m_runsModel->refresh(m_data.isEmpty() ? QString() : runsFolder(m_data));
    m_runs->resizeColumnsToContents();
    updateButtons();
}

QStringList TrainingPage::runDirs() const
{
    QStringList dirs;
    for (int row = 0; row < m_runsModel->rowCount(); ++row)
        dirs.append(m_runsModel->run(row).dir);
    return dirs;
}

QStringList TrainingPage::selectedRuns() const
{
    QStringList out;
    QModelIndexList rows = m_runs->selectionModel()->selectedRows();
    // Oldest first: A is the earlier run.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        out.append(i.data(RunsModel::RunDirRole).toString());
    return out;
}

QWidget *TrainingPage::compareRuns(const QString &runA, const QString &runB)
{
    auto comparison = analysis::compareRuns(runA, runB);
    if (!comparison) {
        setStatus(tr("Cannot compare: %1").arg(comparison.error().toString()), true);
        return nullptr;
    }
    auto *dialog = new RunCompareDialog(*comparison, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void TrainingPage::updateButtons()
{
    const bool running = m_process.isRunning();
    m_start->setEnabled(!running && !m_data.isEmpty());
    m_cancel->setEnabled(running && !m_process.isCancelling());
    const int selected = m_runs->selectionModel()->selectedRows().size();
    m_compare->setEnabled(selected == 2);
    m_loadPredictions->setEnabled(selected == 1);
    m_openFolder->setEnabled(selected >= 1);
}

} // namespace masklens::gui
