// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "Run on" details of the Training view (issue #18): nothing for this computer; host, port,
// identity, remote folder and remote trainer for an SSH server; partition, account, GPUs per
// task, time limit and extra sbatch arguments for a Slurm cluster; the command template for
// anything else. One page per launcher. GUI thread only.

#include "settings.h"

#include <QStackedWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace masklens::gui {

class LaunchForm : public QStackedWidget
{
    Q_OBJECT
public:
    explicit LaunchForm(QWidget *parent = nullptr);

    /// Shows the page of "local", "ssh", "slurm" or "template".
    void setWhere(const QString &where);
    QString where() const { return m_where; }
    LaunchSettings settings() const;
    void setSettings(const LaunchSettings &settings);
    void retranslate();

    QLineEdit *hostEdit() const { return m_host; }

private:
    QString m_where = QStringLiteral("local");
    QLabel *m_localNote;
    QLineEdit *m_host, *m_identity, *m_remoteDir, *m_remoteTrainer;
    QSpinBox *m_port;
    QLineEdit *m_partition, *m_account, *m_time, *m_sbatchArgs;
    QSpinBox *m_gpus;
    QLineEdit *m_template;
    QList<QLabel *> m_sshLabels, m_slurmLabels;
};

} // namespace masklens::gui
