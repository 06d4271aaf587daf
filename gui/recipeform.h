// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recipe form of the Training view: model, outputs, input size, epochs, batch, learning
// rate, loss, sampler, folds, seeds, device, initial weights, face crop, weights, precision, and
// where the run goes ("Run on" with its LaunchForm). It reads and writes TrainingSettings and
// LaunchSettings and knows nothing of runs; the Training view starts them. GUI thread only.

#include "settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace masklens::gui {

class LaunchForm;

class RecipeForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecipeForm(QWidget *parent = nullptr);

    TrainingSettings trainingSettings() const;
    void setTrainingSettings(const TrainingSettings &settings);
    /// Where runs train ("Run on" and its details).
    LaunchSettings launchSettings() const;
    void setLaunchSettings(const LaunchSettings &launch);
    /// The "Run on" choice: "local", "ssh", "slurm" or "template".
    QString where() const;

    void retranslate();

Q_SIGNALS:
    /// "Run on" moved to another launcher.
    void whereChanged(const QString &where);

private:
    /// The input-size field's placeholder: the chosen architecture's default size.
    void updateSizePlaceholder();

    int m_limitBatches = 0; ///< kept from the settings (tests and demos); no field shows it
    QComboBox *m_arch, *m_outputs, *m_loss, *m_sampler, *m_device, *m_where, *m_crop;
    QLineEdit *m_size, *m_seeds, *m_init;
    QSpinBox *m_epochs, *m_batch, *m_folds;
    QDoubleSpinBox *m_lr;
    QCheckBox *m_ema, *m_bf16;
    QPushButton *m_browseInit;
    LaunchForm *m_launch;
    QLabel *m_labels[17];
};

} // namespace masklens::gui
