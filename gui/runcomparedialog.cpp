// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparedialog.h"

#include "chartwidget.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace masklens::gui {

using namespace masklens::analysis;

namespace {

QTableWidgetItem *numberItem(double v, int decimals = 3, bool sign = false)
{
    auto *item = new QTableWidgetItem(sign ? QString::asprintf("%+.*f", decimals, v)
                                           : QString::number(v, 'f', decimals));
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QColor better(double amount) // amount in [0, 1]
{
    return QColor::fromRgbF(0.85 - 0.45 * amount, 0.95 - 0.15 * amount, 0.85 - 0.45 * amount);
}

QColor worse(double amount)
{
    return QColor::fromRgbF(0.98 - 0.1 * amount, 0.85 - 0.45 * amount, 0.85 - 0.45 * amount);
}

} // namespace

RunCompareDialog::RunCompareDialog(const RunComparison &c, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare runs %1 and %2").arg(c.a.name, c.b.name));
    const std::vector<double> fa = classF1(c.metricsA), fb = classF1(c.metricsB);
    auto *headline = new QLabel(
        tr("<b>A</b> %1 &nbsp; <b>B</b> %2<br>macro F1 <b>%3 → %4</b> (%5), >=60 classes F1 "
           "<b>%6 → %7</b> (%8); %9 images both predicted, scored against B's labels (%10 "
           "labels differ between the runs); %11 wrong → right, %12 right → wrong.")
            .arg(c.a.name, c.b.name)
            .arg(c.metricsA.macroF1, 0, 'f', 3)
            .arg(c.metricsB.macroF1, 0, 'f', 3)
            .arg(QString::asprintf("%+.3f", c.metricsB.macroF1 - c.metricsA.macroF1))
            .arg(oldClassesF1(fa), 0, 'f', 3)
            .arg(oldClassesF1(fb), 0, 'f', 3)
            .arg(QString::asprintf("%+.3f", oldClassesF1(fb) - oldClassesF1(fa)))
            .arg(c.compared)
            .arg(c.labelsChanged)
            .arg(c.wrongToRight.size())
            .arg(c.rightToWrong.size()));
    headline->setWordWrap(true);
    const int predictedA = c.compared + c.onlyA, predictedB = c.compared + c.onlyB;
    if (c.compared < 0.9 * std::max(predictedA, predictedB))
        headline->setText(
            headline->text() +
            tr("<br><span style='color:#b22222'>The runs validated on different people (the "
               "split follows the labels), so they share only %1 of %2 images: train both with "
               "Folds 2 or more for out-of-fold predictions on every image.</span>")
                .arg(c.compared)
                .arg(std::max(predictedA, predictedB)));

    // Per class: grouped bars and a table.
    m_chart = new ChartWidget;
    m_chart->setTitle(tr("Per-class F1: A (light) and B (dark); * the >=60 classes"));
    auto *group = new QCPBarsGroup(m_chart);
    const QColor colours[] = {colors::kRegular.lighter(150), colors::kRegular.darker(120)};
    const QString names[] = {tr("A: %1").arg(c.a.name), tr("B: %1").arg(c.b.name)};
    for (int r = 0; r < 2; ++r) {
        auto *bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(names[r]);
        bars->setBrush(colours[r]);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.4);
        bars->setBarsGroup(group);
        for (int k = 0; k < kClassCount; ++k)
            bars->addData(k, r == 0 ? fa[k] : fb[k]);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < kClassCount; ++k)
        ticker->addTick(k, QStringLiteral("%1%2\n%3")
                               .arg(k)
                               .arg(isOldClass(k) ? QStringLiteral("*") : QString())
                               .arg(QString::asprintf("%+.2f", fb[k] - fa[k])));
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(-0.6, kClassCount - 0.4);
    m_chart->yAxis->setRange(0, 1.05);
    m_chart->yAxis->setLabel(tr("F1"));
    // The legend in a row under the plot, where it hides no bar.
    m_chart->axisRect()->insetLayout()->take(m_chart->legend);
    m_chart->plotLayout()->addElement(m_chart->plotLayout()->rowCount(), 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(m_chart->plotLayout()->rowCount() - 1, 0.001);
    m_chart->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->legend->setVisible(true);
    m_chart->shadeOldClasses(1.05);
    m_chart->setMinimumHeight(260);

    m_perClass = new QTableWidget(kClassCount + 2, 5);
    m_perClass->setHorizontalHeaderLabels(
        {tr("class"), tr("support"), tr("F1 A"), tr("F1 B"), tr("B - A")});
    m_perClass->verticalHeader()->hide();
    m_perClass->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto fillRow = [&](int row, const QString &name, int support, double x, double y, bool old) {
        auto *nameItem = new QTableWidgetItem(name);
        if (old)
            nameItem->setForeground(colors::kOld.darker(120));
        m_perClass->setItem(row, 0, nameItem);
        auto *supportItem =
            new QTableWidgetItem(support >= 0 ? QString::number(support) : QString());
        supportItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_perClass->setItem(row, 1, supportItem);
        m_perClass->setItem(row, 2, numberItem(x));
        m_perClass->setItem(row, 3, numberItem(y));
        auto *d = numberItem(y - x, 3, true);
        if (std::abs(y - x) >= 0.0005)
            d->setBackground(y > x ? better(std::min(1.0, (y - x) * 5))
                                   : worse(std::min(1.0, (x - y) * 5)));
        m_perClass->setItem(row, 4, d);
    };
    for (int k = 0; k < kClassCount; ++k)
        fillRow(k,
                QStringLiteral("%1 %2%3")
                    .arg(k)
                    .arg(className(k))
                    .arg(isOldClass(k) ? QStringLiteral(" *") : QString()),
                c.metricsB.perClass[k].support, fa[k], fb[k], isOldClass(k));
    fillRow(kClassCount, tr("macro F1"), c.compared, c.metricsA.macroF1, c.metricsB.macroF1, false);
    fillRow(kClassCount + 1, tr(">=60 classes F1"), -1, oldClassesF1(fa), oldClassesF1(fb), true);
    m_perClass->resizeColumnsToContents();
    m_perClass->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *perClassPage = new QSplitter(Qt::Vertical);
    perClassPage->addWidget(m_chart);
    perClassPage->addWidget(m_perClass);

    // Confusion difference.
    const std::vector<int> diff = c.confusionDiff();
    m_confusion = new QTableWidget(kClassCount, kClassCount);
    QStringList heads;
    for (int k = 0; k < kClassCount; ++k)
        heads << QString::number(k) + (isOldClass(k) ? QStringLiteral("*") : QString());
    m_confusion->setHorizontalHeaderLabels(heads);
    m_confusion->setVerticalHeaderLabels(heads);
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int top = 1;
    for (int v : diff)
        top = std::max(top, std::abs(v));
    for (int t = 0; t < kClassCount; ++t)
        for (int p = 0; p < kClassCount; ++p) {
            const int v = diff[std::size_t(t * kClassCount + p)];
            auto *item = new QTableWidgetItem(v == 0 ? QString() : QString::asprintf("%+d", v));
            item->setData(Qt::UserRole, v);
            item->setTextAlignment(Qt::AlignCenter);
            // On the diagonal more is better; off it, fewer.
            const bool good = (t == p) == (v > 0);
            if (v != 0)
                item->setBackground(good ? better(std::abs(v) / double(top))
                                         : worse(std::abs(v) / double(top)));
            item->setToolTip(tr("true %1, predicted %2: A %3, B %4")
                                 .arg(className(t), className(p))
                                 .arg(c.metricsA.confusion.at(t, p))
                                 .arg(c.metricsB.confusion.at(t, p)));
            m_confusion->setItem(t, p, item);
        }
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confusion->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *confusionPage = new QWidget;
    auto *confusionLayout = new QVBoxLayout(confusionPage);
    auto *confusionNote = new QLabel(
        tr("B's confusion matrix minus A's (rows: true class, columns: predicted). Green: B "
           "better (more on the diagonal, fewer off it); red: worse."));
    confusionNote->setWordWrap(true);
    confusionLayout->addWidget(confusionNote);
    confusionLayout->addWidget(m_confusion);

    // Changed images.
    m_changed = new QTableWidget(int(c.wrongToRight.size() + c.rightToWrong.size()), 5);
    m_changed->setHorizontalHeaderLabels(
        {tr("change"), tr("image"), tr("label"), tr("A predicted"), tr("B predicted")});
    m_changed->verticalHeader()->hide();
    m_changed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changed->setSelectionBehavior(QAbstractItemView::SelectRows);
    int row = 0;
    for (int list = 0; list < 2; ++list)
        for (const ChangedSample &s : list == 0 ? c.wrongToRight : c.rightToWrong) {
            auto *change =
                new QTableWidgetItem(list == 0 ? tr("wrong → right") : tr("right → wrong"));
            change->setBackground(list == 0 ? better(0.6) : worse(0.6));
            m_changed->setItem(row, 0, change);
            m_changed->setItem(row, 1, new QTableWidgetItem(s.path));
            m_changed->setItem(
                row, 2,
                new QTableWidgetItem(QStringLiteral("%1 %2").arg(s.label).arg(className(s.label))));
            m_changed->setItem(
                row, 3,
                new QTableWidgetItem(
                    QStringLiteral("%1 %2").arg(s.predictedA).arg(className(s.predictedA))));
            m_changed->setItem(
                row, 4,
                new QTableWidgetItem(
                    QStringLiteral("%1 %2").arg(s.predictedB).arg(className(s.predictedB))));
            ++row;
        }
    m_changed->resizeColumnsToContents();

    m_tabs = new QTabWidget;
    m_tabs->addTab(perClassPage, tr("Per class"));
    m_tabs->addTab(confusionPage, tr("Confusion change"));
    m_tabs->addTab(m_changed, tr("Changed images (%1)").arg(row));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    resize(980, 760);
}

} // namespace masklens::gui
