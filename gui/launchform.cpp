// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace masklens::gui {

namespace {
const QStringList kPages{QStringLiteral("local"), QStringLiteral("ssh"), QStringLiteral("slurm"),
                         QStringLiteral("template")};

QWidget *formPage(const QList<QWidget *> &fields, QList<QLabel *> *labels)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    // The panel is narrow: the fields take the width, a label that does not fit goes above.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        label->setBuddy(field);
        labels->append(label);
        form->addRow(label, field);
    }
    return page;
}
} // namespace

LaunchForm::LaunchForm(QWidget *parent) : QStackedWidget(parent)
{
    m_localNote = new QLabel;
    m_localNote->setWordWrap(true);
    addWidget(m_localNote);

    m_host = new QLineEdit;
    m_host->setPlaceholderText(QStringLiteral("user@gpu1"));
    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    m_identity = new QLineEdit;
    m_remoteDir = new QLineEdit;
    m_remoteTrainer = new QLineEdit;
    addWidget(formPage({m_host, m_port, m_identity, m_remoteDir, m_remoteTrainer}, &m_sshLabels));

    m_partition = new QLineEdit;
    m_account = new QLineEdit;
    m_gpus = new QSpinBox;
    m_gpus->setRange(0, 64);
    m_time = new QLineEdit;
    m_time->setPlaceholderText(QStringLiteral("04:00:00"));
    m_sbatchArgs = new QLineEdit;
    m_sbatchArgs->setPlaceholderText(QStringLiteral("--qos=normal --mem=32G"));
    addWidget(formPage({m_partition, m_account, m_gpus, m_time, m_sbatchArgs}, &m_slurmLabels));

    m_template = new QLineEdit;
    m_template->setPlaceholderText(QStringLiteral("ssh gpu 'masklens-train --cache ... {args}'"));
    addWidget(m_template);
    retranslate();
}

void LaunchForm::setWhere(const QString &where)
{
    m_where = kPages.contains(where) ? where : QStringLiteral("local");
    setCurrentIndex(int(kPages.indexOf(m_where)));
}

LaunchSettings LaunchForm::settings() const
{
    LaunchSettings l;
    l.where = m_where;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.identity = m_identity->text().trimmed();
    l.remoteDir = m_remoteDir->text().trimmed();
    l.remoteTrainer = m_remoteTrainer->text().trimmed();
    l.partition = m_partition->text().trimmed();
    l.account = m_account->text().trimmed();
    l.gpusPerTask = m_gpus->value();
    l.timeLimit = m_time->text().trimmed();
    l.sbatchArgs = m_sbatchArgs->text().trimmed();
    l.commandTemplate = m_template->text();
    return l;
}

void LaunchForm::setSettings(const LaunchSettings &l)
{
    m_host->setText(l.host);
    m_port->setValue(l.port);
    m_identity->setText(l.identity);
    m_remoteDir->setText(l.remoteDir);
    m_remoteTrainer->setText(l.remoteTrainer);
    m_partition->setText(l.partition);
    m_account->setText(l.account);
    m_gpus->setValue(l.gpusPerTask);
    m_time->setText(l.timeLimit);
    m_sbatchArgs->setText(l.sbatchArgs);
    m_template->setText(l.commandTemplate);
    setWhere(l.where);
}

void LaunchForm::retranslate()
{
    m_localNote->setText(tr("Trains here, in a process of its own."));
    const QString ssh[] = {tr("Host"), tr("Port"), tr("Key file"), tr("Folder there"),
                           tr("Trainer there")};
    for (int i = 0; i < int(m_sshLabels.size()); ++i)
        m_sshLabels[i]->setText(ssh[i]);
    m_port->setSpecialValueText(tr("default"));
    m_host->setToolTip(tr("The GPU server, as ssh reaches it with a key (no passwords): the "
                          "image cache and labels are sent with rsync, masklens-train runs "
                          "there, the run's files come back."));
    m_remoteTrainer->setToolTip(tr("masklens-train on the server, built against its CUDA "
                                   "LibTorch (README: Training on a GPU machine)."));
    const QString slurm[] = {tr("Partition"), tr("Account"), tr("GPUs per task"),
                             tr("Time limit"), tr("sbatch extras")};
    for (int i = 0; i < int(m_slurmLabels.size()); ++i)
        m_slurmLabels[i]->setText(slurm[i]);
    m_gpus->setSpecialValueText(tr("none"));
    m_partition->setToolTip(tr("One job array with one task per model (folds x seeds). The "
                               "dataset's .masklens folder must be on storage the nodes share."));
    m_template->setToolTip(
        tr("A shell command that runs the trainer elsewhere and prints its JSON lines. {cache}, "
           "{cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer options) "
           "are replaced; see the README."));
}

} // namespace masklens::gui
