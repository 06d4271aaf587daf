// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipeform.h"

#include "launchform.h"

#include "model/core/netspec.h"

#include <iterator>
#include <type_traits>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace masklens::gui {

namespace {

void setCombo(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QComboBox *comboOf(std::initializer_list<const char *> values)
{
    auto *combo = new QComboBox;
    for (const char *v : values)
        combo->addItem(QString(), QString::fromLatin1(v));
    return combo;
}

} // namespace

RecipeForm::RecipeForm(QWidget *parent) : QWidget(parent)
{
    m_arch = comboOf({"small", "medium", "medium_hires", "efficientnet_b0"});
    m_arch->setItemText(3, QStringLiteral("EfficientNet-B0")); // a name, not translated
    m_outputs = comboOf({"classes18", "three_heads"});
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
    m_loss = comboOf({"ce", "smoothing", "focal", "weighted"});
    m_sampler = comboOf({"none", "weighted"});
    m_folds = new QSpinBox;
    m_folds->setRange(1, 10);
    m_seeds = new QLineEdit;
    m_seeds->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]+(,[0-9]+)*$")), m_seeds));
    m_device = comboOf({"auto", "cpu", "cuda"});
    m_init = new QLineEdit;
    m_browseInit = new QPushButton;
    auto *initRow = new QHBoxLayout;
    initRow->setContentsMargins(0, 0, 0, 0);
    initRow->addWidget(m_init, 1);
    initRow->addWidget(m_browseInit);
    m_crop = comboOf({"none", "256x320", "208x260"});
    m_ema = new QCheckBox;
    m_bf16 = new QCheckBox;
    m_where = comboOf({"local", "ssh", "slurm", "template"});
    m_launch = new LaunchForm;

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    QWidget *fields[] = {m_arch, m_outputs, m_size,  m_epochs, m_batch,  m_lr,
                         m_loss, m_sampler, m_folds, m_seeds,  m_device, nullptr,
                         m_crop, m_ema,     m_bf16,  m_where,  m_launch};
    static_assert(std::size(fields) == std::extent_v<decltype(m_labels)>);
    constexpr int initRowIndex = 11;
    for (int i = 0; i < int(std::size(fields)); ++i) {
        m_labels[i] = new QLabel;
        // The label names its field for a screen reader (and Alt+letter moves there).
        m_labels[i]->setBuddy(i == initRowIndex ? m_init : fields[i]);
        if (i == initRowIndex)
            form->addRow(m_labels[i], initRow);
        else
            form->addRow(m_labels[i], fields[i]);
    }

    connect(m_browseInit, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Initial weights"), m_init->text(),
                                         tr("Weights (*.pt *.pth *.mlck);;All files (*)"));
        if (!file.isEmpty())
            m_init->setText(file);
    });
    connect(m_where, &QComboBox::currentIndexChanged, this, [this] {
        m_launch->setWhere(where());
        Q_EMIT whereChanged(where());
    });
    connect(m_arch, &QComboBox::currentIndexChanged, this, &RecipeForm::updateSizePlaceholder);
    retranslate();
}

QString RecipeForm::where() const
{
    return m_where->currentData().toString();
}

void RecipeForm::updateSizePlaceholder()
{
    // The same defaults as masklens-cli train: the training core's.
    const auto arch = model::parseArchitecture(m_arch->currentData().toString().toStdString());
    const model::InputSize size =
        model::defaultInputSize(arch.value_or(model::Architecture::Small));
    m_size->setPlaceholderText(
        tr("default: %1").arg(QStringLiteral("%1x%2").arg(size.width).arg(size.height)));
}

void RecipeForm::retranslate()
{
    const QString labels[] = {tr("Model"),     tr("Outputs"), tr("Input size (WxH)"),
                              tr("Epochs"),    tr("Batch"),   tr("Learning rate"),
                              tr("Loss"),      tr("Sampler"), tr("Folds"),
                              tr("Seeds"),     tr("Device"),  tr("Initial weights"),
                              tr("Face crop"), tr("Weights"), tr("Precision"),
                              tr("Run on"),    QString()};
    static_assert(std::size(labels) == std::extent_v<decltype(m_labels)>);
    for (int i = 0; i < int(std::size(labels)); ++i)
        m_labels[i]->setText(labels[i]);
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
}

LaunchSettings RecipeForm::launchSettings() const
{
    return m_launch->settings();
}

void RecipeForm::setLaunchSettings(const LaunchSettings &launch)
{
    m_launch->setSettings(launch);
    setCombo(m_where, m_launch->where());
}

TrainingSettings RecipeForm::trainingSettings() const
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
    t.useTemplate = where() == u"template";
    t.commandTemplate = m_launch->settings().commandTemplate;
    t.limitBatches = m_limitBatches;
    return t;
}

void RecipeForm::setTrainingSettings(const TrainingSettings &t)
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
}

} // namespace masklens::gui
