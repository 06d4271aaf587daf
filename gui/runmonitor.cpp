// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmonitor.h"

#include "chartwidget.h"
#include "runsmodel.h"

#include "analysis/runs.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace masklens::gui {

using namespace masklens::analysis;

RunMonitor::RunMonitor(QWidget *parent) : QWidget(parent)
{
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_eta = new QLabel;
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    m_curves = new ChartWidget;
    m_perClass = new ChartWidget;
    m_curves->setMinimumHeight(220);
    m_perClass->setMinimumHeight(220);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_curves, 3);
    charts->addWidget(m_perClass, 2);
    // The log lives in the view's splitter; this widget owns it until the view places it.
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addLayout(charts, 1);
    reset(false);
}

void RunMonitor::retranslate()
{
    m_log->setAccessibleName(tr("Training log"));
    m_log->setPlaceholderText(tr("The trainer's log appears here while a run goes."));
    m_curves->setTitle(tr("Loss and validation F1 per epoch"));
    updateEpochAxis();
    m_curves->yAxis->setLabel(tr("loss"));
    m_curves->yAxis2->setLabel(tr("validation F1"));
    if (m_curves->graphCount() == 4) {
        m_curves->graph(0)->setName(tr("train loss"));
        m_curves->graph(1)->setName(tr("validation loss"));
        m_curves->graph(2)->setName(tr("macro F1"));
        m_curves->graph(3)->setName(tr(">=60 classes F1"));
        m_curves->replot();
    }
    if (!m_running)
        m_progress->setFormat(tr("not training"));
}

void RunMonitor::setPlan(int models, int epochsPerModel)
{
    m_models = std::max(1, models);
    m_epochsPerModel = std::max(1, epochsPerModel);
    updateEpochAxis();
    m_curves->xAxis->setRange(0.5, m_models * m_epochsPerModel + 0.5);
    m_curves->replot();
}

void RunMonitor::runEnded(bool finished)
{
    m_running = false;
    if (finished)
        m_progress->setValue(m_progress->maximum());
    m_eta->clear();
    m_progress->setFormat(tr("not training"));
}

int RunMonitor::plottedEpochs() const
{
    return m_curves->graphCount() > 0 ? m_curves->graph(0)->dataCount() : 0;
}

QString RunMonitor::statusText() const
{
    return m_status->text();
}

void RunMonitor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b22222;") : QString());
}

void RunMonitor::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void RunMonitor::clearLog()
{
    m_log->clear();
}

void RunMonitor::updateEpochAxis()
{
    // Folds and seeds train one model after another; their curves follow each other on the
    // axis, split by dotted lines.
    m_curves->xAxis->setLabel(m_models > 1 ? tr("epoch: %1 models of %2 epochs, one after another")
                                                 .arg(m_models)
                                                 .arg(m_epochsPerModel)
                                           : tr("epoch"));
}

void RunMonitor::reset(bool running, const QString &runName)
{
    m_running = running;
    m_runName = runName;
    m_models = 1;
    m_epochsPerModel = 1;
    updateEpochAxis();
    m_epochPoints = 0;
    m_lastEpochSeconds = 0;
    m_modelIndex = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(running ? tr("starting") : tr("not training"));
    m_eta->clear();
    m_curves->clearGraphs();
    m_curves->clearItems();
    const QColor colours[] = {colors::kRegular, colors::kRegular.lighter(140), QColor(46, 139, 87),
                              colors::kOld};
    for (int i = 0; i < 4; ++i) {
        QCPGraph *g =
            m_curves->addGraph(m_curves->xAxis, i < 2 ? m_curves->yAxis : m_curves->yAxis2);
        QPen pen(colours[i], 2);
        if (i == 1)
            pen.setStyle(Qt::DashLine);
        g->setPen(pen);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    }
    m_curves->yAxis2->setVisible(true);
    m_curves->yAxis2->setRange(0, 1);
    m_curves->xAxis->setRange(0.5, 1.5);
    m_curves->yAxis->setRange(0, 3);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_curves->xAxis->setTicker(ticker);
    m_curves->legend->setVisible(true);
    m_curves->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    retranslate();
    m_curves->replot();
    drawPerClass({}, 0);
}

void RunMonitor::drawPerClass(const std::vector<double> &f1, int epoch)
{
    ChartWidget *plot = m_perClass;
    plot->clearPlottables();
    plot->clearItems();
    plot->setTitle(epoch > 0 ? tr("Per-class validation F1, epoch %1 (red: >=60)").arg(epoch)
                             : tr("Per-class validation F1 (red: >=60)"));
    plot->setClassBars(f1, 1.02, tr("F1"));
    plot->xAxis->setLabel(tr("class"));
    plot->replot();
}

void RunMonitor::showEvent(const analysis::TrainingEvent &event)
{
    using namespace protocol;
    const QString &run = m_runName;
    if (const auto *e = std::get_if<StartEvent>(&event)) {
        m_models = std::max(1, e->models);
        const QJsonObject config =
            QJsonDocument::fromJson(QByteArray::fromStdString(e->config)).object();
        m_epochsPerModel = std::max(1, config.value(QLatin1String(key::epochs)).toInt(1));
        updateEpochAxis();
        setStatus(tr("Run %1 on %2: %3 images of %4 people, %5 model(s), input %6x%7")
                      .arg(run, QString::fromStdString(e->device))
                      .arg(e->images)
                      .arg(e->people)
                      .arg(m_models)
                      .arg(e->inputWidth)
                      .arg(e->inputHeight));
        m_curves->xAxis->setRange(0.5, m_models * m_epochsPerModel + 0.5);
        m_curves->replot();
    } else if (const auto *e = std::get_if<ProgressEvent>(&event)) {
        const int batches = std::max(1, e->batches);
        m_progress->setRange(0, batches);
        m_progress->setValue(e->batch);
        m_modelIndex = e->at.model;
        const int epoch = e->at.epoch;
        const int epochs = e->at.epochs;
        const double etaEpoch = e->etaS;
        // The rest of the run: this epoch, then the epochs left of every model at the pace of
        // the last whole epoch.
        const int epochsLeft = (epochs - epoch) + (m_models - m_modelIndex - 1) * epochs;
        const double etaRun = etaEpoch + epochsLeft * m_lastEpochSeconds;
        m_progress->setFormat(tr("model %1/%2 · epoch %3/%4 · batch %5/%6")
                                  .arg(m_modelIndex + 1)
                                  .arg(m_models)
                                  .arg(epoch)
                                  .arg(epochs)
                                  .arg(m_progress->value())
                                  .arg(batches));
        m_eta->setText(m_lastEpochSeconds > 0
                           ? tr("%1 img/s · epoch ends in %2 · run ends in %3")
                                 .arg(e->imagesPerS, 0, 'f', 1)
                                 .arg(formatDuration(etaEpoch), formatDuration(etaRun))
                           : tr("%1 img/s · epoch ends in %2")
                                 .arg(e->imagesPerS, 0, 'f', 1)
                                 .arg(formatDuration(etaEpoch)));
    } else if (const auto *e = std::get_if<EpochEvent>(&event)) {
        ++m_epochPoints;
        const double x = m_epochPoints;
        const double oldF1 = oldClassesF1(e->perClassF1);
        m_curves->graph(0)->addData(x, e->trainLoss);
        m_curves->graph(1)->addData(x, e->valLoss);
        m_curves->graph(2)->addData(x, e->valMacroF1);
        m_curves->graph(3)->addData(x, oldF1);
        bool found = false;
        const QCPRange losses = m_curves->graph(0)->getValueRange(found);
        const QCPRange valLosses = m_curves->graph(1)->getValueRange(found);
        m_curves->yAxis->setRange(0, std::max(losses.upper, valLosses.upper) * 1.1);
        m_curves->xAxis->setRange(0.5, std::max(double(m_models * m_epochsPerModel), x) + 0.5);
        const int epoch = e->at.epoch;
        if (epoch == 1 && m_epochPoints > 1) { // a new model starts
            auto *line = new QCPItemStraightLine(m_curves);
            line->point1->setCoords(x - 0.5, 0);
            line->point2->setCoords(x - 0.5, 1);
            line->setPen(QPen(colors::kSecondary, 1, Qt::DotLine));
        }
        m_curves->replot();
        drawPerClass(e->perClassF1, epoch);
        m_lastEpochSeconds = e->seconds;
        appendLog(tr("epoch %1/%2: train loss %3, val loss %4, macro F1 %5, >=60 F1 %6%7")
                      .arg(epoch)
                      .arg(e->at.epochs)
                      .arg(e->trainLoss, 0, 'f', 4)
                      .arg(e->valLoss, 0, 'f', 4)
                      .arg(e->valMacroF1, 0, 'f', 3)
                      .arg(oldF1, 0, 'f', 3)
                      .arg(e->best ? tr(" (best so far)") : QString()));
    } else if (const auto *e = std::get_if<EnsembleEvent>(&event)) {
        appendLog(tr("ensemble of %1: hard voting macro F1 %2, soft voting %3")
                      .arg(e->models)
                      .arg(e->hardMacroF1, 0, 'f', 3)
                      .arg(e->softMacroF1, 0, 'f', 3));
    } else if (const auto *e = std::get_if<ErrorEvent>(&event)) {
        appendLog(tr("error: %1").arg(QString::fromStdString(e->message)));
    } else if (const auto *e = std::get_if<PreparedEvent>(&event)) {
        appendLog(tr("cache %1, labels %2")
                      .arg(QString::fromStdString(e->cache), QString::fromStdString(e->samples)));
    }
}

} // namespace masklens::gui
