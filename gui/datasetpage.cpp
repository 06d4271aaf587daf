// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetpage.h"

#include "chartwidget.h"
#include "workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace masklens::gui {

using namespace analysis;

namespace {

/// "2 wear·M·≥60": short enough to stand under a bar, rotated.
QString shortClassLabel(int c, const AgeBands &bands)
{
    const ClassParts p = classParts(c);
    static const char *masks[] = {QT_TRANSLATE_NOOP("DatasetPage", "wear"),
                                  QT_TRANSLATE_NOOP("DatasetPage", "incorrect"),
                                  QT_TRANSLATE_NOOP("DatasetPage", "not worn")};
    const QString gender = p.gender == Gender::Male
                               ? QCoreApplication::translate("DatasetPage", "M")
                               : QCoreApplication::translate("DatasetPage", "F");
    return QStringLiteral("%1 %2·%3·%4")
        .arg(c)
        .arg(QCoreApplication::translate("DatasetPage", masks[int(p.mask)]), gender,
             ageBandName(p.age, bands));
}

void addValueLabels(QCustomPlot *plot, const QVector<double> &keys, const QVector<double> &values)
{
    QFont f = plot->font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    for (int i = 0; i < keys.size(); ++i) {
        auto *label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setCoords(keys[i], values[i]);
        label->setPadding(QMargins(0, 0, 0, 2));
        label->setFont(f);
        label->setText(QLocale().toString(int(values[i])));
        label->setClipToAxisRect(false);
    }
}

} // namespace

DatasetPage::DatasetPage(QWidget *parent) : QWidget(parent)
{
    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setWordWrap(true);

    m_bandsLabel = new QLabel(this);
    m_middleFrom = new QSpinBox(this);
    m_oldFrom = new QSpinBox(this);
    m_middleFrom->setRange(1, kMaxAge - 1);
    m_oldFrom->setRange(2, kMaxAge);
    m_middleFrom->setValue(30);
    m_oldFrom->setValue(60);
    m_imagesOrPeopleLabel = new QLabel(this);
    m_attributeUnit = new QComboBox(this);
    m_attributeUnit->addItems({QString(), QString()});

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_bandsLabel);
    controls->addWidget(m_middleFrom);
    controls->addWidget(m_oldFrom);
    controls->addSpacing(24);
    controls->addWidget(m_imagesOrPeopleLabel);
    controls->addWidget(m_attributeUnit);
    controls->addStretch();

    m_classChart = new ChartWidget(this);
    m_classChart->setMinimumHeight(300);
    m_maskChart = new ChartWidget(this);
    m_genderChart = new ChartWidget(this);
    m_ageBandChart = new ChartWidget(this);
    m_ageChart = new ChartWidget(this);

    auto *grid = new QGridLayout;
    grid->addWidget(m_classChart, 0, 0, 1, 3);
    grid->addWidget(m_maskChart, 1, 0);
    grid->addWidget(m_genderChart, 1, 1);
    grid->addWidget(m_ageBandChart, 1, 2);
    grid->addWidget(m_ageChart, 2, 0, 1, 3);
    grid->setRowStretch(0, 4);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);

    auto emitBands = [this] {
        AgeBands bands{m_middleFrom->value(), m_oldFrom->value()};
        if (!bands.valid())
            return; // the spin boxes pass through invalid states while typing
        Q_EMIT ageBandsChanged(bands);
    };
    connect(m_middleFrom, &QSpinBox::valueChanged, this, emitBands);
    connect(m_oldFrom, &QSpinBox::valueChanged, this, emitBands);
    connect(m_attributeUnit, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(m_classChart, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *, int dataIndex, QMouseEvent *) {
                if (dataIndex >= 0 && dataIndex < kClassCount)
                    Q_EMIT classClicked(dataIndex);
            });
    retranslate();
}

QList<ChartWidget *> DatasetPage::charts() const
{
    return {m_classChart, m_maskChart, m_genderChart, m_ageBandChart, m_ageChart};
}

AgeBands DatasetPage::ageBands() const
{
    return {m_middleFrom->value(), m_oldFrom->value()};
}

void DatasetPage::setAgeBands(const AgeBands &bands)
{
    const QSignalBlocker b1(m_middleFrom), b2(m_oldFrom);
    m_middleFrom->setValue(bands.middleFrom);
    m_oldFrom->setValue(bands.oldFrom);
}

void DatasetPage::setWorkspace(Workspace *workspace)
{
    setAgeBands(workspace->ageBands());
    setStats(workspace->stats());
    connect(workspace, &Workspace::statsChanged, this,
            [this, workspace] { setStats(workspace->stats()); });
    connect(workspace, &Workspace::ageBandsChanged, this, &DatasetPage::setAgeBands);
    connect(this, &DatasetPage::ageBandsChanged, workspace, &Workspace::setAgeBands);
}

void DatasetPage::setStats(const DatasetStats &stats)
{
    m_stats = stats;
    m_haveStats = true;
    setAgeBands(stats.bands);
    redraw();
}

QString DatasetPage::headline() const
{
    return m_headline->text();
}

void DatasetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DatasetPage::retranslate()
{
    m_bandsLabel->setText(tr("Age bands start at"));
    m_middleFrom->setToolTip(tr("First age of the middle band"));
    m_oldFrom->setToolTip(tr("First age of the old band (teams moved it to 58 or 59)"));
    m_middleFrom->setAccessibleName(m_middleFrom->toolTip());
    m_oldFrom->setAccessibleName(tr("First age of the old band"));
    m_oldFrom->setAccessibleDescription(m_oldFrom->toolTip());
    m_imagesOrPeopleLabel->setText(tr("Gender and age counted in"));
    m_attributeUnit->setItemText(0, tr("people"));
    m_attributeUnit->setItemText(1, tr("images"));
    redraw();
}

void DatasetPage::redraw()
{
    if (!m_haveStats) {
        m_headline->setText(tr("Open a dataset folder (File ▸ Open, or drop it here)."));
        for (ChartWidget *c : charts())
            c->setVisible(false);
        return;
    }
    for (ChartWidget *c : charts())
        c->setVisible(true);
    const QLocale locale;
    const DatasetStats &st = m_stats;
    QString text =
        tr("%1 people · %2 images").arg(locale.toString(st.people), locale.toString(st.images));
    if (st.evalImages > 0)
        text += tr(" · %1 eval images").arg(locale.toString(st.evalImages));
    if (st.smallestClass() >= 0)
        text += tr(" · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)")
                    .arg(locale.toString(st.imbalanceRatio(), 'f', 1))
                    .arg(st.largestClass())
                    .arg(locale.toString(st.classCounts[st.largestClass()]))
                    .arg(st.smallestClass())
                    .arg(locale.toString(st.classCounts[st.smallestClass()]));
    m_headline->setText(text);

    drawClassChart();
    const bool images = m_attributeUnit->currentIndex() == 1;
    drawAttributeChart(
        m_maskChart, tr("Mask state (images)"), {tr("wear"), tr("incorrect"), tr("not worn")},
        {st.maskCounts[0], st.maskCounts[1], st.maskCounts[2]}, {false, false, false});
    const auto &g = images ? st.genderImageCounts : st.genderCounts;
    drawAttributeChart(m_genderChart, images ? tr("Gender (images)") : tr("Gender (people)"),
                       {tr("male"), tr("female")}, {g[0], g[1]}, {false, false});
    const auto &a = images ? st.ageBandImageCounts : st.ageBandCounts;
    drawAttributeChart(m_ageBandChart, images ? tr("Age band (images)") : tr("Age band (people)"),
                       {ageBandName(AgeBand::Young, st.bands),
                        ageBandName(AgeBand::Middle, st.bands),
                        ageBandName(AgeBand::Old, st.bands)},
                       {a[0], a[1], a[2]}, {false, false, true});
    drawAgeChart();
}

void DatasetPage::drawClassChart()
{
    ChartWidget *plot = m_classChart;
    plot->clearPlottables();
    plot->clearItems();
    plot->setTitle(tr("Images per class (the >=%1 classes in red)").arg(m_stats.bands.oldFrom));
    auto *regular = new QCPBars(plot->xAxis, plot->yAxis);
    auto *old = new QCPBars(plot->xAxis, plot->yAxis);
    regular->setName(tr("class"));
    old->setName(tr(">=%1 class").arg(m_stats.bands.oldFrom));
    for (auto [bars, colour] :
         {std::pair{regular, colors::kRegular}, std::pair{old, colors::kOld}}) {
        bars->setBrush(colour);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.7);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, values;
    double top = 0;
    for (int c = 0; c < kClassCount; ++c) {
        const double v = m_stats.classCounts[c];
        ticker->addTick(c, shortClassLabel(c, m_stats.bands));
        keys << c;
        values << v;
        top = qMax(top, v);
    }
    // Clicks report the class: give both bar sets one data point per class so that the data
    // index of a click is the class.
    regular->data()->clear();
    old->data()->clear();
    for (int c = 0; c < kClassCount; ++c) {
        regular->addData(c, isOldClass(c) ? 0 : values[c]);
        old->addData(c, isOldClass(c) ? values[c] : 0);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(55);
    // QCustomPlot drops a tick label that would cross the widget's edge: room for the last one.
    plot->axisRect()->setMinimumMargins(QMargins(0, 0, 90, 0));
    plot->xAxis->setRange(-0.7, kClassCount - 0.3);
    plot->yAxis->setRange(0, top * 1.15 + 1);
    plot->yAxis->setLabel(tr("images"));
    plot->setInteractions(QCP::iSelectPlottables);
    addValueLabels(plot, keys, values);
    plot->replot();
}

void DatasetPage::drawAttributeChart(ChartWidget *plot, const QString &title,
                                     const QStringList &names, const QList<int> &values,
                                     const QList<bool> &highlight)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->setTitle(title);
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    auto *marked = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setBrush(colors::kRegular);
    marked->setBrush(colors::kOld);
    bars->setPen(Qt::NoPen);
    marked->setPen(Qt::NoPen);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, vals;
    double top = 0;
    for (int i = 0; i < names.size(); ++i) {
        (highlight.value(i) ? marked : bars)->addData(i, values[i]);
        ticker->addTick(i, names[i]);
        keys << i;
        vals << values[i];
        top = qMax(top, double(values[i]));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.6, names.size() - 0.4);
    plot->yAxis->setRange(0, top * 1.2 + 1);
    addValueLabels(plot, keys, vals);
    plot->replot();
}

void DatasetPage::drawAgeChart()
{
    ChartWidget *plot = m_ageChart;
    plot->clearPlottables();
    plot->clearItems();
    plot->setTitle(tr("People per age, with the band thresholds"));
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    auto *oldBars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setBrush(colors::kRegular);
    oldBars->setBrush(colors::kOld);
    bars->setPen(Qt::NoPen);
    oldBars->setPen(Qt::NoPen);
    bars->setWidth(0.8);
    oldBars->setWidth(0.8);
    double top = 0;
    int lo = 18, hi = 60;
    for (const auto &[age, count] : m_stats.ageHistogram) {
        (m_stats.bands.bandOf(age) == AgeBand::Old ? oldBars : bars)->addData(age, count);
        top = qMax(top, double(count));
        lo = qMin(lo, age);
        hi = qMax(hi, age);
    }
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot->xAxis->setTickLabelRotation(0);
    plot->xAxis->setRange(lo - 1.5, hi + 1.5);
    plot->xAxis->setLabel(tr("age"));
    plot->yAxis->setRange(0, top * 1.2 + 1);
    plot->yAxis->setLabel(tr("people"));
    for (int edge : {m_stats.bands.middleFrom, m_stats.bands.oldFrom}) {
        auto *line = new QCPItemStraightLine(plot);
        line->point1->setCoords(edge - 0.5, 0);
        line->point2->setCoords(edge - 0.5, 1);
        line->setPen(QPen(QColor(60, 60, 60), 1.5, Qt::DashLine));
        auto *label = new QCPItemText(plot);
        label->position->setCoords(edge - 0.5, top * 1.12);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(tr("%1 ▸").arg(edge));
    }
    plot->replot();
}

} // namespace masklens::gui
