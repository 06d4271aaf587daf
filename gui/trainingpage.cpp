// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Training view: the recipe form (and where the run goes, LaunchForm), the run monitor
// (RunMonitor: status, progress, charts, log) and the runs table (RunsModel), and starting,
// cancelling and showing runs. Long (~700 lines) because the recipe form is still written here;
// it is the next thing to move into a widget of its own.
#include "trainingpage.h"

#include "launchform.h"

#include "chartwidget.h"
#include "runcomparedialog.h"
#include "runmonitor.h"
#include "runsmodel.h"
#include "workspace.h"

#include "analysis/labels.h"
#include "analysis/runs.h"
#include "model/core/netspec.h"

#include <iterator>
#include <type_traits>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace masklens::gui {

using namespace masklens::analysis;

namespace {

void setCombo(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

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
    // --- the form ------------------------------------------------------------------------
    m_arch = new QComboBox;
    m_arch->addItem(QString(), QStringLiteral("small"));
    m_arch->addItem(QString(), QStringLiteral("medium"));
    m_arch->addItem(QString(), QStringLiteral("medium_hires"));
    m_arch->addItem(QStringLiteral("EfficientNet-B0"), QStringLiteral("efficientnet_b0"));
    m_outputs = new QComboBox;
    m_outputs->addItem(QString(), QStringLiteral("classes18"));
    m_outputs->addItem(QString(), QStringLiteral("three_heads"));
    m_size = new QLineEdit;
    m_size->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^[0-9]{2,4}x[0-9]{2,4}$")), m_size));
    m_epochs = new QSpinBox;
    m_epochs->setRange(1, 1000);
    m_batch = new QSpinBox;
    m_batch->setRange(1, 1024);
    m_lr = new QDoubleSpinBox;
    m_lr->setDecimals(5);
    m_lr->setRange(1e-5, 1.0);
    m_lr->setSingleStep(1e-4);
    m_loss = new QComboBox;
    for (const char *l : {"ce", "smoothing", "focal", "weighted"})
        m_loss->addItem(QString(), QString::fromLatin1(l));
    m_sampler = new QComboBox;
    m_sampler->addItem(QString(), QStringLiteral("none"));
    m_sampler->addItem(QString(), QStringLiteral("weighted"));
    m_folds = new QSpinBox;
    m_folds->setRange(1, 10);
    m_seeds = new QLineEdit;
    m_seeds->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]+(,[0-9]+)*$")), m_seeds));
    m_device = new QComboBox;
    for (const char *d : {"auto", "cpu", "cuda"})
        m_device->addItem(QString(), QString::fromLatin1(d));
    m_init = new QLineEdit;
    m_browseInit = new QPushButton;
    auto *initRow = new QHBoxLayout;
    initRow->setContentsMargins(0, 0, 0, 0);
    initRow->addWidget(m_init, 1);
    initRow->addWidget(m_browseInit);
    m_crop = new QComboBox;
    for (const char *c : {"none", "256x320", "208x260"})
        m_crop->addItem(QString(), QString::fromLatin1(c));
    m_ema = new QCheckBox;
    m_bf16 = new QCheckBox;
    m_where = new QComboBox;
    for (const char *w : {"local", "ssh", "slurm", "template"})
        m_where->addItem(QString(), QString::fromLatin1(w));
    m_launch = new LaunchForm;
    m_labelsInfo = new QLabel;
    m_labelsInfo->setWordWrap(true);

    auto *form = new QFormLayout;
    QWidget *fields[] = {m_arch, m_outputs, m_size,  m_epochs, m_batch,  m_lr,
                         m_loss, m_sampler, m_folds, m_seeds,  m_device, nullptr,
                         m_crop, m_ema,     m_bf16,  m_where,  m_launch};
    static_assert(std::size(fields) == std::extent_v<decltype(m_formLabels)>);
    for (int i = 0; i < int(std::size(fields)); ++i) {
        m_formLabels[i] = new QLabel;
        // The label names its field for a screen reader (and Alt+letter moves there).
        m_formLabels[i]->setBuddy(i == 11 ? m_init : fields[i]);
        if (i == 11)
            form->addRow(m_formLabels[i], initRow);
        else
            form->addRow(m_formLabels[i], fields[i]);
    }
    m_start = new QPushButton;
    m_start->setDefault(true);
    m_cancel = new QPushButton;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *formBox = new QWidget;
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
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
    connect(m_browseInit, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Initial weights"), m_init->text(),
                                         tr("Weights (*.pt *.pth *.mlck);;All files (*)"));
        if (!file.isEmpty())
            m_init->setText(file);
    });
    connect(m_where, &QComboBox::currentIndexChanged, this, [this] {
        m_launch->setWhere(m_where->currentData().toString());
        updateButtons();
    });
    connect(m_arch, &QComboBox::currentIndexChanged, this, &TrainingPage::updateSizePlaceholder);
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

void TrainingPage::updateSizePlaceholder()
{
    // The same defaults as masklens-cli train: the training core's.
    const auto arch = model::parseArchitecture(m_arch->currentData().toString().toStdString());
    const model::InputSize size =
        model::defaultInputSize(arch.value_or(model::Architecture::Small));
    m_size->setPlaceholderText(
        tr("default: %1").arg(QStringLiteral("%1x%2").arg(size.width).arg(size.height)));
}

void TrainingPage::retranslate()
{
    m_monitor->retranslate();
    m_runs->setAccessibleName(tr("Runs"));
    const QString labels[] = {tr("Model"),     tr("Outputs"), tr("Input size (WxH)"),
                              tr("Epochs"),    tr("Batch"),   tr("Learning rate"),
                              tr("Loss"),      tr("Sampler"), tr("Folds"),
                              tr("Seeds"),     tr("Device"),  tr("Initial weights"),
                              tr("Face crop"), tr("Weights"), tr("Precision"),
                              tr("Run on"),    QString()};
    static_assert(std::size(labels) == std::extent_v<decltype(m_formLabels)>);
    for (int i = 0; i < int(std::size(labels)); ++i)
        m_formLabels[i]->setText(labels[i]);
    m_outputs->setItemText(0, tr("18 classes"));
    m_outputs->setItemText(1, tr("three heads (mask, gender, age band)"));
    m_outputs->setToolTip(tr("Three heads learn the age band from all seven photos of every "
                             "person, which helps the rare incorrect/normal >=60 classes."));
    m_arch->setItemText(0, tr("Small CNN"));
    m_arch->setItemText(1, tr("Medium CNN"));
    m_arch->setItemText(2, tr("Medium CNN, fine detail"));
    m_arch->setItemData(0, tr("Four layers: the fastest; for demos and quick checks."),
                        Qt::ToolTipRole);
    m_arch->setItemData(1,
                        tr("Seven layers: twice the small CNN's time per image, and "
                           "better at fine cues such as brows and grey hair."),
                        Qt::ToolTipRole);
    m_arch->setItemData(2,
                        tr("The medium CNN behind one more strided layer, on twice the input "
                           "size (128x160): 1.7x its time per image."),
                        Qt::ToolTipRole);
    updateSizePlaceholder();
    m_size->setToolTip(tr("Empty: 224x224 for EfficientNet-B0, 64x80 for the small and medium "
                          "CNNs, 128x160 for the fine-detail one."));
    m_lr->setToolTip(tr("Adam's learning rate; StepLR halves it every third of the epochs."));
    m_loss->setItemText(0, tr("cross-entropy"));
    m_loss->setItemText(1, tr("label smoothing"));
    m_loss->setItemText(2, tr("focal"));
    m_loss->setItemText(3, tr("class-weighted"));
    m_sampler->setItemText(0, tr("none"));
    m_sampler->setItemText(1, tr("weighted (rare classes as often as common)"));
    m_folds->setToolTip(tr("1: one model validated on a fifth of the people. K: K models on "
                           "person-level folds, with out-of-fold predictions for every image "
                           "(what the label-issue finder needs; train those with the "
                           "cross-entropy loss)."));
    m_seeds->setToolTip(tr("One model per seed, e.g. 1,2,3, combined by hard and soft voting."));
    m_device->setItemText(0, tr("auto (GPU when there is one)"));
    m_device->setItemText(1, tr("CPU"));
    m_device->setItemText(2, tr("CUDA GPU"));
    m_init->setPlaceholderText(tr("none: random weights"));
    m_browseInit->setText(tr("Browse..."));
    m_crop->setItemText(0, tr("none: the whole frame"));
    m_crop->setItemText(1, tr("centre 256x320 (baseline's)"));
    m_crop->setItemText(2, tr("centre 208x260 (tighter)"));
    m_crop->setToolTip(tr("Crops the centre of the 384x512 frame before resizing to the input "
                          "size: 256x320 is the competition baseline's crop; the tighter 208x260 "
                          "gives hair, brows and forehead lines 1.23x the pixels at the same "
                          "cost."));
    m_ema->setText(tr("moving average (EMA 0.999)"));
    m_ema->setToolTip(tr("Validate and save an average of the recent weights instead of the "
                         "last step's: the validation F1 climbs steadily instead of jumping "
                         "from epoch to epoch."));
    m_bf16->setText(tr("bfloat16 forward pass"));
    m_bf16->setToolTip(tr("Runs the network's forward pass in 16-bit floats (weights stay 32-bit): "
                          "about 1.5x the images per second for the CNNs on CPUs with AVX-512 "
                          "bfloat16 and on recent GPUs, slower elsewhere (and for "
                          "EfficientNet-B0 on the CPU)."));
    m_where->setItemText(0, tr("this computer"));
    m_where->setItemText(1, tr("an SSH server (GPU)"));
    m_where->setItemText(2, tr("a Slurm cluster"));
    m_where->setItemText(3, tr("a command template"));
    m_launch->retranslate();
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
    return m_launch->settings();
}

void TrainingPage::setLaunchSettings(const LaunchSettings &launch)
{
    m_launch->setSettings(launch);
    setCombo(m_where, m_launch->where());
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
    TrainingSettings t;
    t.arch = m_arch->currentData().toString();
    t.outputs = m_outputs->currentData().toString();
    t.size = m_size->text().trimmed();
    t.epochs = m_epochs->value();
    t.batch = m_batch->value();
    t.lr = m_lr->value();
    t.loss = m_loss->currentData().toString();
    t.sampler = m_sampler->currentData().toString();
    t.folds = m_folds->value();
    t.seeds = m_seeds->text().trimmed().isEmpty() ? QStringLiteral("1") : m_seeds->text().trimmed();
    t.device = m_device->currentData().toString();
    t.init = m_init->text().trimmed();
    t.crop = m_crop->currentData().toString();
    t.ema = m_ema->isChecked();
    t.bf16 = m_bf16->isChecked();
    t.useTemplate = m_where->currentData().toString() == u"template";
    t.commandTemplate = m_launch->settings().commandTemplate;
    t.limitBatches = m_limitBatches;
    return t;
}

void TrainingPage::setTrainingSettings(const TrainingSettings &t)
{
    setCombo(m_arch, t.arch);
    setCombo(m_outputs, t.outputs);
    m_size->setText(t.size);
    m_epochs->setValue(t.epochs);
    m_batch->setValue(t.batch);
    m_lr->setValue(t.lr);
    setCombo(m_loss, t.loss);
    setCombo(m_sampler, t.sampler);
    m_folds->setValue(t.folds);
    m_seeds->setText(t.seeds);
    setCombo(m_device, t.device);
    m_init->setText(t.init);
    setCombo(m_crop, t.crop);
    m_ema->setChecked(t.ema);
    m_bf16->setChecked(t.bf16);
    LaunchSettings l = m_launch->settings();
    if (t.useTemplate || l.where == u"template")
        l.where = t.useTemplate ? QStringLiteral("template") : QStringLiteral("local");
    l.commandTemplate = t.commandTemplate;
    setLaunchSettings(l);
    m_limitBatches = t.limitBatches;
    updateButtons();
}

bool TrainingPage::startRun(QString *error)
{
    auto fail = [&](const QString &message) {
        setStatus(message, true);
        if (error)
            *error = message;
        return false;
    };
    if (m_data.isEmpty())
        return fail(tr("Open a dataset first."));
    const TrainingSettings t = trainingSettings();
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
