// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorspage.h"

#include "chartwidget.h"
#include "workspace.h"

#include <QDir>

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace masklens::gui {

using namespace analysis;

ErrorsPage::ErrorsPage(QWidget *parent) : QWidget(parent)
{
    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_attributes = new QLabel(this);
    m_attributes->setWordWrap(true);
    m_normalise = new QCheckBox(this);
    m_perClass = new ChartWidget(this);
    m_confusion = new ChartWidget(this);
    m_ages = new ChartWidget(this);
    m_maskMatrix = new ChartWidget(this);
    m_genderMatrix = new ChartWidget(this);
    m_ageMatrix = new ChartWidget(this);
    m_confusion->setMinimumSize(420, 380);
    for (ChartWidget *c : {m_maskMatrix, m_genderMatrix, m_ageMatrix})
        c->setMinimumSize(160, 150);

    auto *attributes = new QHBoxLayout;
    attributes->addWidget(m_maskMatrix);
    attributes->addWidget(m_genderMatrix);
    attributes->addWidget(m_ageMatrix);
    auto *grid = new QGridLayout;
    grid->addWidget(m_perClass, 0, 0);
    grid->addWidget(m_confusion, 0, 1, 2, 1);
    grid->addWidget(m_ages, 1, 0);
    grid->addLayout(attributes, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_attributes);
    layout->addWidget(m_normalise);
    layout->addLayout(grid, 1);

    connect(m_normalise, &QCheckBox::toggled, this, [this] { drawConfusion(); });
    connect(m_perClass, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *, int i, QMouseEvent *) {
                if (i >= 0 && i < kClassCount)
                    Q_EMIT classClicked(i);
            });
    connect(m_confusion, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (!m_have || !m_confusion->axisRect()->rect().contains(e->pos()))
            return;
        const int p = int(std::lround(m_confusion->xAxis->pixelToCoord(e->position().x())));
        const int t = int(std::lround(m_confusion->yAxis->pixelToCoord(e->position().y())));
        if (t >= 0 && t < kClassCount && p >= 0 && p < kClassCount)
            Q_EMIT cellClicked(t, p);
    });
    retranslate();
}

QList<ChartWidget *> ErrorsPage::charts() const
{
    return {m_perClass, m_confusion, m_ages, m_maskMatrix, m_genderMatrix, m_ageMatrix};
}
QString ErrorsPage::headline() const
{
    return m_headline->text();
}
QString ErrorsPage::detailLine() const
{
    return m_attributes->text();
}
bool ErrorsPage::rowNormalised() const
{
    return m_normalise->isChecked();
}
void ErrorsPage::setRowNormalised(bool on)
{
    m_normalise->setChecked(on);
}

void ErrorsPage::setMetrics(const Metrics &metrics, const AgeBands &bands, const QString &source)
{
    m_metrics = metrics;
    m_bands = bands;
    m_source = source;
    m_have = true;
    redraw();
}

void ErrorsPage::setWorkspace(const Workspace *workspace)
{
    connect(workspace, &Workspace::metricsChanged, this, [this, workspace] {
        if (!workspace->metrics() || !workspace->predictions()) {
            clear();
            return;
        }
        QString source = QDir::toNativeSeparators(workspace->predictions()->file);
        if (workspace->predictions()->precision == u"bf16")
            source = tr("%1 (bfloat16)").arg(source);
        setMetrics(*workspace->metrics(), workspace->ageBands(), source);
    });
}

void ErrorsPage::clear()
{
    m_have = false;
    redraw();
}

void ErrorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ErrorsPage::retranslate()
{
    m_normalise->setText(tr("Row-normalise the confusion matrix (each true class sums to 100%)"));
    redraw();
}

void ErrorsPage::redraw()
{
    for (ChartWidget *c : charts())
        c->setVisible(m_have);
    m_normalise->setVisible(m_have);
    if (!m_have) {
        m_headline->setText(
            tr("Load predictions (File ▸ Load Predictions…) or run a model to see its errors."));
        m_attributes->clear();
        return;
    }
    const Metrics &m = m_metrics;
    double oldF1 = 0;
    for (int c = 0; c < kClassCount; ++c)
        oldF1 += isOldClass(c) ? m.perClass[c].f1 / 6 : 0;
    m_headline->setText(
        tr("Macro F1 %1 · accuracy %2% · >=%3 classes F1 %4 · %5 images")
            .arg(m.macroF1, 0, 'f', 4)
            .arg(m.accuracy * 100, 0, 'f', 1)
            .arg(m_bands.oldFrom)
            .arg(oldF1, 0, 'f', 3)
            .arg(m.samples) +
        (m.unpredicted > 0 ? tr(" (%1 without a prediction)").arg(m.unpredicted) : QString()));
    m_attributes->setText(tr("Per attribute F1: mask %1, gender %2, age band %3 · error rate by "
                             "age band: %4 %5%, %6 %7%, %8 %9% · %10")
                              .arg(m.mask.macroF1(), 0, 'f', 3)
                              .arg(m.gender.macroF1(), 0, 'f', 3)
                              .arg(m.ageBand.macroF1(), 0, 'f', 3)
                              .arg(ageBandName(AgeBand::Young, m_bands))
                              .arg(m.errorByAgeBand[0].rate() * 100, 0, 'f', 1)
                              .arg(ageBandName(AgeBand::Middle, m_bands))
                              .arg(m.errorByAgeBand[1].rate() * 100, 0, 'f', 1)
                              .arg(ageBandName(AgeBand::Old, m_bands))
                              .arg(m.errorByAgeBand[2].rate() * 100, 0, 'f', 1)
                              .arg(m_source));
    drawPerClass();
    drawConfusion();
    drawAges();
}

void ErrorsPage::drawPerClass()
{
    ChartWidget *plot = m_perClass;
    plot->clearPlottables();
    plot->clearItems();
    plot->setTitle(tr("Per class: precision, recall and F1 (* the >=%1 classes; n = support)")
                       .arg(m_bands.oldFrom));
    auto *group = new QCPBarsGroup(plot);
    const QColor colours[] = {QColor(150, 180, 210), QColor(90, 140, 190),
                              colors::kRegular.darker(130)};
    const QString names[] = {tr("precision"), tr("recall"), tr("F1")};
    for (int k = 0; k < 3; ++k) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(names[k]);
        bars->setBrush(colours[k]);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.27);
        bars->setBarsGroup(group);
        for (int c = 0; c < kClassCount; ++c) {
            const ClassScore &s = m_metrics.perClass[c];
            bars->addData(c, k == 0 ? s.precision : (k == 1 ? s.recall : s.f1));
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < kClassCount; ++c)
        ticker->addTick(c, QStringLiteral("%1%2\nn=%3")
                               .arg(c)
                               .arg(isOldClass(c) ? QStringLiteral("*") : QString())
                               .arg(m_metrics.perClass[c].support));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.6, kClassCount - 0.4);
    plot->yAxis->setRange(0, 1.05);
    if (plot->axisRect()->insetLayout()->elementCount() > 0) {
        // One horizontal row under the plot, where it covers no bar.
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->addElement(plot->plotLayout()->rowCount(), 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(plot->plotLayout()->rowCount() - 1, 0.001);
        plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
        plot->legend->setBorderPen(Qt::NoPen);
    }
    plot->legend->setVisible(true);
    plot->setInteractions(QCP::iSelectPlottables);
    plot->shadeOldClasses(1.05); // the >=60 columns sit on a tinted band
    plot->replot();
}

void ErrorsPage::drawConfusion()
{
    if (!m_have)
        return;
    const bool normalise = m_normalise->isChecked();
    QStringList classes;
    for (int c = 0; c < kClassCount; ++c)
        classes << QString::number(c) + (isOldClass(c) ? QStringLiteral("*") : QString());
    drawMatrix(m_confusion, m_metrics.confusion, classes,
               normalise ? tr("Confusion matrix, share of each true class")
                         : tr("Confusion matrix (rows: label, columns: predicted)"));
    drawMatrix(m_maskMatrix, m_metrics.mask, {tr("wear"), tr("incorrect"), tr("not worn")},
               tr("Mask state"));
    drawMatrix(m_genderMatrix, m_metrics.gender, {tr("male"), tr("female")}, tr("Gender"));
    drawMatrix(m_ageMatrix, m_metrics.ageBand,
               {ageBandName(AgeBand::Young, m_bands), ageBandName(AgeBand::Middle, m_bands),
                ageBandName(AgeBand::Old, m_bands)},
               tr("Age band"));
}

void ErrorsPage::drawMatrix(ChartWidget *plot, const ConfusionMatrix &cm, const QStringList &labels,
                            const QString &title)
{
    plot->clearPlottables();
    plot->clearItems();
    const bool normalise = m_normalise->isChecked();
    const int n = cm.classes();
    plot->setTitle(title);
    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    double top = 0;
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * (n > 3 ? 0.7 : 0.9));
    QList<QCPItemText *> texts;
    for (int t = 0; t < n; ++t) {
        const int row = std::max(1, cm.rowTotal(t));
        for (int p = 0; p < n; ++p) {
            const double v = normalise ? double(cm.at(t, p)) / row : cm.at(t, p);
            // A square-root scale keeps the small off-diagonal counts visible beside the diagonal.
            map->data()->setCell(p, t, std::sqrt(v));
            top = std::max(top, std::sqrt(v));
            if (cm.at(t, p) == 0)
                continue;
            auto *text = new QCPItemText(plot);
            text->position->setCoords(p, t);
            text->setFont(small);
            text->setText(normalise ? QString::number(int(std::lround(100.0 * cm.at(t, p) / row)))
                                    : QString::number(cm.at(t, p)));
            text->setSelectable(false);
            texts.append(text);
        }
    }
    for (QCPItemText *text : std::as_const(texts)) {
        const int p = int(std::lround(text->position->key())),
                  t = int(std::lround(text->position->value()));
        if (map->data()->cell(p, t) > top * 0.6) { // on a dark red cell in any theme
            text->setColor(Qt::white);
            text->setProperty(ChartWidget::kKeepColour, true);
        } // the others take the palette's text colour, on cells near the background
    }
    // From the background (an empty cell is the chart's own background, light or dark) to red.
    const QColor base = plot->palette().color(QPalette::Base);
    const QColor red(178, 24, 43);
    QCPColorGradient gradient(QCPColorGradient::gpGrayscale);
    gradient.setColorStopAt(0, base);
    gradient.setColorStopAt(0.15, QColor::fromRgbF(base.redF() * 0.75 + red.redF() * 0.25,
                                                   base.greenF() * 0.75 + red.greenF() * 0.25,
                                                   base.blueF() * 0.75 + red.blueF() * 0.25));
    gradient.setColorStopAt(1, red);
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, std::max(top, 1e-9)));
    map->setInterpolate(false);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < n; ++c)
        ticker->addTick(c, labels.value(c));
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRangeReversed(true); // the first class at the top, as scikit-learn draws it
    plot->xAxis->setLabel(tr("predicted"));
    plot->yAxis->setLabel(tr("label"));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    plot->replot();
}

void ErrorsPage::drawAges()
{
    ChartWidget *plot = m_ages;
    plot->clearPlottables();
    plot->clearItems();
    plot->setTitle(tr("Error rate by exact age (bands: %1, %2, %3)")
                       .arg(ageBandName(AgeBand::Young, m_bands),
                            ageBandName(AgeBand::Middle, m_bands),
                            ageBandName(AgeBand::Old, m_bands)));
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    auto *old = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setBrush(colors::kRegular);
    old->setBrush(colors::kOld);
    bars->setPen(Qt::NoPen);
    old->setPen(Qt::NoPen);
    int lo = 18, hi = 60;
    for (const auto &[age, e] : m_metrics.errorByAge) {
        (m_bands.bandOf(age) == AgeBand::Old ? old : bars)->addData(age, e.rate());
        lo = std::min(lo, age);
        hi = std::max(hi, age);
    }
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot->xAxis->setRange(lo - 1.5, hi + 1.5);
    plot->yAxis->setRange(0, 1.0);
    plot->xAxis->setLabel(tr("age"));
    plot->yAxis->setLabel(tr("error rate"));
    for (int edge : {m_bands.middleFrom, m_bands.oldFrom}) {
        auto *line = new QCPItemStraightLine(plot);
        line->point1->setCoords(edge - 0.5, 0);
        line->point2->setCoords(edge - 0.5, 1);
        line->setPen(QPen(QColor(60, 60, 60), 1.5, Qt::DashLine));
    }
    plot->replot();
}

} // namespace masklens::gui
