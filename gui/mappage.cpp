// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappage.h"

#include "chartwidget.h"
#include "sampledelegate.h"
#include "samplefilter.h"
#include "samplemodel.h"
#include "scatterview.h"
#include "suspectsmodel.h"
#include "thumbnailcache.h"
#include "workspace.h"

#include "analysis/labels.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <set>

namespace masklens::gui {

using namespace masklens::analysis;

struct MapPage::Made
{
    std::optional<MapLayout> layout;
    QString error;
    int spaces = 1; ///< model spaces (a training run's folds)
};

namespace {

QColor mix(QColor a, QColor b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// The 18 classes: one hue per mask state and gender, the age bands from light to dark, so
/// related classes look related and the >=60 ones are the darkest (and drawn larger, on top).
QList<QColor> classColours()
{
    const QColor hues[6] = {QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
                            QColor(214, 39, 40),  QColor(148, 103, 189), QColor(23, 190, 207)};
    QList<QColor> out;
    for (const QColor &h : hues) {
        out << mix(h, Qt::white, 0.55) << h << mix(h, Qt::black, 0.45);
    }
    return out;
}

} // namespace

MapPage::MapPage(SampleModel *samples, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent), m_samples(samples), m_thumbnails(thumbnails)
{
    m_colourLabel = new QLabel(this);
    m_colourBox = new QComboBox(this);
    m_colourBox->setObjectName(QStringLiteral("colourBy"));
    for (int i = 0; i < 7; ++i)
        m_colourBox->addItem(QString(), i);
    m_colourLabel->setBuddy(m_colourBox);
    m_highlightOld = new QCheckBox(this);
    m_highlightOld->setObjectName(QStringLiteral("highlightOld"));
    m_shapeLabel = new QLabel(this);
    m_shapeBox = new QComboBox(this);
    m_shapeBox->addItem(QString());
    m_shapeBox->addItem(QString());
    m_shapeLabel->setBuddy(m_shapeBox);
    m_fit = new QPushButton(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openFeatures"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setWordWrap(true);
    // Two lines, always: a message that shrinks to one line (a selection made) must not give
    // the map more height, which would refit it under the user's hand.
    m_status->setFixedHeight(2 * m_status->fontMetrics().lineSpacing() + 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_colourLabel);
    bar->addWidget(m_colourBox);
    bar->addWidget(m_highlightOld);
    bar->addSpacing(12);
    bar->addWidget(m_shapeLabel);
    bar->addWidget(m_shapeBox);
    bar->addWidget(m_fit);
    bar->addStretch();
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_open);

    m_view = new ScatterView(this);
    m_view->setObjectName(QStringLiteral("mapView"));
    m_legend = new QListWidget(this);
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);

    m_stripFilter = new SampleFilter(this);
    m_stripFilter->setSourceModel(samples);
    m_stripFilter->setSamples(QList<int>{});
    m_strip = new QListView(this);
    m_strip->setObjectName(QStringLiteral("mapSelection"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(true);
    m_strip->setResizeMode(QListView::Adjust);
    m_strip->setUniformItemSizes(true);
    m_strip->setMovement(QListView::Static);
    m_strip->setModel(m_stripFilter);
    m_strip->setItemDelegate(new SampleDelegate(thumbnails, m_strip));
    m_toGallery = new QPushButton(this);
    m_toGallery->setObjectName(QStringLiteral("selectionToGallery"));
    m_toGallery->setEnabled(false);
    m_selectionTitle = new QLabel(this);
    m_selectionTitle->setWordWrap(true);

    // The side column keeps its width, so a selection never resizes (and so moves) the map.
    auto *sideWidget = new QWidget(this);
    sideWidget->setFixedWidth(300);
    auto *side = new QVBoxLayout(sideWidget);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_legend);
    side->addWidget(m_selectionTitle);
    side->addWidget(m_strip, 3);
    side->addWidget(m_toGallery);
    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addWidget(sideWidget);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addLayout(top, 1);

    connect(m_colourBox, &QComboBox::currentIndexChanged, this, [this] {
        m_hidden.clear();
        recolour();
    });
    connect(m_highlightOld, &QCheckBox::toggled, this, &MapPage::recolour);
    connect(m_shapeBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_view->setSelectionShape(i == 0 ? ScatterView::SelectionShape::Lasso
                                         : ScatterView::SelectionShape::Rectangle);
    });
    connect(m_fit, &QPushButton::clicked, m_view, &ScatterView::fit);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open the images' features"),
                                                          QFileInfo(m_featuresFile).absolutePath(),
                                                          tr("Features (*.npy)"));
        if (!file.isEmpty())
            openFeatures(file);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &MapPage::cancel);
    connect(m_legend, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_legend->row(item);
        if (row < 0 || row >= m_hidden.size())
            return;
        const bool hidden = item->checkState() != Qt::Checked;
        if (m_hidden[row] != hidden) {
            m_hidden[row] = hidden;
            // Later: recolour() rebuilds the legend, and this item is still being changed.
            QMetaObject::invokeMethod(this, &MapPage::recolour, Qt::QueuedConnection);
        }
    });
    connect(m_view, &ScatterView::selectionChanged, this, &MapPage::selectionChanged);
    connect(m_view, &ScatterView::pointClicked, this, &MapPage::openSample);
    connect(m_view, &ScatterView::pointHovered, this, &MapPage::showHover);
    connect(m_strip, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openSample(m_stripFilter->sampleAt(index.row()));
    });
    connect(m_strip, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT openSample(m_stripFilter->sampleAt(index.row()));
    });
    connect(m_toGallery, &QPushButton::clicked, this,
            [this] { Q_EMIT showInGallery(m_view->selection()); });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Made>>::finished, this, &MapPage::finished);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](int sample) {
        if (m_hover && m_hover->isVisible() && sample == m_hoverPoint)
            showHover(m_hoverPoint, m_hoverPos);
    });
    // The labels and predictions behind the colours: one recolour per burst of changes.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &MapPage::recolour);
    connect(samples, &QAbstractItemModel::modelReset, later, qOverload<>(&QTimer::start));
    connect(samples, &QAbstractItemModel::dataChanged, later, qOverload<>(&QTimer::start));
    retranslate();
}

MapPage::~MapPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void MapPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    connect(workspace, &Workspace::datasetOpened, this, [this] {
        // Another dataset (or the same one read again): the map drawn belongs to the old one.
        cancel();
        m_layout.reset();
        m_view->setPoints({});
        selectionChanged({});
        const QString file = m_featuresFile;
        m_featuresFile.clear();
        const bool inMemory = m_inMemory != nullptr;
        m_inMemory.reset(); // Run Model's features were of the dataset that was open
        if (!inMemory && !file.isEmpty() && m_workspace->dataset() && QFileInfo::exists(file))
            openFeatures(file); // its images are checked again; a changed dataset is refused
        else
            retranslate();
    });
}

void MapPage::setSuspects(SuspectsModel *suspects)
{
    m_suspects = suspects;
    connect(suspects, &QAbstractItemModel::modelReset, this, [this] {
        if (colouring() == Colouring::Suspect)
            recolour();
    });
}

void MapPage::showFeatures(std::shared_ptr<const analysis::Features> features)
{
    m_inMemory = std::move(features);
    startWith(m_inMemory->file);
}

void MapPage::openFeatures(const QString &file)
{
    m_inMemory.reset();
    startWith(file);
}

void MapPage::startWith(const QString &file)
{
    m_featuresFile = file;
    if (!m_workspace || !m_workspace->dataset()) {
        retranslate();
        return;
    }
    if (m_watcher.isRunning()) {
        // One job at a time: the running one stops, and this file starts when it has.
        m_cancel->store(true);
        m_restart = true;
        return;
    }
    start();
}

void MapPage::start()
{
    m_restart = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_status->setText(tr("Reading the features %1…").arg(QDir::toNativeSeparators(m_featuresFile)));
    QPointer<MapPage> self(this);
    auto cancel = m_cancel;
    auto dataset = m_workspace->dataset();
    const QString file = m_featuresFile;
    auto inMemory = m_inMemory;
    m_watcher.setFuture(QtConcurrent::run([self, cancel, dataset, file, inMemory] {
        auto made = std::make_shared<Made>();
        // Run Model's features are used where they are (no copy); a file is read and checked.
        std::optional<Features> read;
        if (!inMemory) {
            auto features = readFeatures(file, *dataset, Split::Train);
            if (!features) {
                made->error = features.error().toString();
                return made;
            }
            read = std::move(features).value();
        }
        const Features *features = inMemory ? inMemory.get() : &*read;
        qint64 last = -1;
        auto progress = [self, cancel, &last](qint64 done, qint64 total) {
            if (done != last) {
                last = done;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self && self->m_progress->isVisible()) {
                            self->m_progress->setRange(0, int(total));
                            self->m_progress->setValue(int(done));
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        made->spaces =
            int(std::set<int>(features->group.begin(), features->group.end()).size() -
                (std::count(features->group.begin(), features->group.end(), -1) ? 1 : 0));
        auto layout = mapFor(*dataset, *features, MapOptions{}, progress);
        if (!layout)
            made->error = layout.error().toString();
        else
            made->layout = std::move(layout).value();
        return made;
    }));
}

void MapPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool MapPage::isBusy() const
{
    return m_watcher.isRunning();
}

void MapPage::finished()
{
    const auto made = m_watcher.result();
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    if (m_restart) {
        start();
        return;
    }
    if (!made->layout) {
        m_status->setText(made->error);
        Q_EMIT mapReady(false, made->error);
        return;
    }
    m_layout = std::move(made->layout);
    m_spaces = made->spaces;
    m_view->setPoints(m_layout->xy);
    m_hidden.clear();
    recolour();
    retranslate();
    Q_EMIT mapReady(true, QString());
}

QList<int> MapPage::similar(int sample, int k) const
{
    QList<int> out;
    if (m_layout)
        for (const int i : m_layout->similar(sample, k))
            out.append(i);
    return out;
}

void MapPage::setColouring(Colouring colouring)
{
    m_colourBox->setCurrentIndex(int(colouring));
}

MapPage::Colouring MapPage::colouring() const
{
    return Colouring(m_colourBox->currentIndex());
}

void MapPage::setHighlightOld(bool on)
{
    m_highlightOld->setChecked(on);
}

QString MapPage::message() const
{
    return m_status->text();
}

QStringList MapPage::legend() const
{
    QStringList out;
    for (int i = 0; i < m_legend->count(); ++i)
        out << m_legend->item(i)->text();
    return out;
}

QList<int> MapPage::stripSamples() const
{
    QList<int> out;
    for (int row = 0; row < m_stripFilter->rowCount(); ++row)
        out << m_stripFilter->sampleAt(row);
    return out;
}

QWidget *MapPage::hoverPreview() const
{
    return m_hover && m_hover->isVisible() ? m_hover : nullptr;
}

void MapPage::recolour()
{
    if (!m_layout) {
        m_legend->clear();
        return;
    }
    const int n = m_layout->rows;
    const AgeBands bands = m_workspace ? m_workspace->ageBands() : AgeBands{};
    std::vector<int> category(std::size_t(n), -1);
    QList<QColor> colours;
    QStringList names;
    QList<int> emphasised;
    const Colouring mode = colouring();
    const QColor grey(150, 150, 150);
    // The sample model's row i is sample i.
    const int known = std::min(n, m_samples->rowCount());
    auto each = [&](auto categoryOf) {
        for (int i = 0; i < known; ++i)
            if (m_layout->placed(i))
                category[std::size_t(i)] = categoryOf(m_samples->info(i));
    };
    switch (mode) {
    case Colouring::TrueClass:
    case Colouring::Predicted: {
        colours = classColours();
        for (int c = 0; c < kClassCount; ++c) {
            names << className(c, bands);
            if (isOldClass(c))
                emphasised << c;
        }
        colours << grey;
        names << tr("no prediction");
        const bool truth = mode == Colouring::TrueClass;
        each([&](const SampleInfo &s) {
            const int c = truth ? s.trueClass : s.predicted;
            return c >= 0 && c < kClassCount ? c : kClassCount;
        });
        break;
    }
    case Colouring::Correctness:
        colours = {colors::kRegular, colors::kOld, grey};
        names = {tr("right"), tr("wrong"), tr("no prediction")};
        emphasised = {1};
        each([](const SampleInfo &s) { return s.predicted < 0 ? 2 : s.correct() ? 0 : 1; });
        break;
    case Colouring::Suspect: {
        colours = {grey, QColor(255, 127, 14), QColor(148, 103, 189), QColor(214, 39, 40),
                   QColor(44, 160, 44)};
        names = {tr("not suspected"), SuspectsModel::kindText(IssueKind::ConfidentLearning),
                 SuspectsModel::kindText(IssueKind::PersonGender),
                 SuspectsModel::kindText(IssueKind::PersonAgeBand),
                 SuspectsModel::kindText(IssueKind::MaskSwap)};
        emphasised = {1, 2, 3, 4};
        std::vector<int> kindOf(std::size_t(n), 0);
        if (m_suspects && m_workspace && m_workspace->dataset()) {
            const Dataset &ds = *m_workspace->dataset();
            std::vector<std::vector<int>> byPerson(ds.people.size());
            for (int i = 0; i < int(ds.samples.size()) && i < n; ++i)
                byPerson[std::size_t(ds.samples[std::size_t(i)].person)].push_back(i);
            for (int k = 0; k < m_suspects->count(); ++k) {
                const LabelIssue &issue = m_suspects->issue(k);
                const int kind = 1 + int(issue.kind);
                if (issue.sample >= 0 && issue.sample < n)
                    kindOf[std::size_t(issue.sample)] = kind;
                else if (issue.person >= 0 && std::size_t(issue.person) < byPerson.size())
                    for (const int i : byPerson[std::size_t(issue.person)])
                        kindOf[std::size_t(i)] = kind;
            }
        }
        each([&](const SampleInfo &s) { return kindOf[std::size_t(s.sample)]; });
        break;
    }
    case Colouring::Mask:
        colours = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44)};
        for (int m = 0; m < 3; ++m)
            names << maskStateName(MaskState(m));
        each([](const SampleInfo &s) { return int(classParts(s.trueClass).mask); });
        break;
    case Colouring::Gender:
        colours = {QColor(31, 119, 180), QColor(255, 127, 14)};
        names = {genderName(Gender::Male), genderName(Gender::Female)};
        each([](const SampleInfo &s) { return int(classParts(s.trueClass).gender); });
        break;
    case Colouring::AgeBand:
        colours = {QColor(140, 200, 140), colors::kRegular, colors::kOld};
        for (int a = 0; a < 3; ++a)
            names << ageBandName(AgeBand(a), bands);
        emphasised = {2};
        each([](const SampleInfo &s) { return int(classParts(s.trueClass).age); });
        break;
    }
    // The legend: each category with its count; unticked ones are not drawn.
    std::vector<int> counts(std::size_t(colours.size()), 0);
    for (const int c : category)
        if (c >= 0)
            ++counts[std::size_t(c)];
    if (m_hidden.size() != colours.size())
        m_hidden = QList<bool>(colours.size(), false);
    for (int &c : category)
        if (c >= 0 && m_hidden[c])
            c = -1;
    const QSignalBlocker block(m_legend);
    m_legend->clear();
    const int side = m_legend->fontMetrics().height();
    for (int c = 0; c < colours.size(); ++c) {
        QPixmap swatch(side, side);
        swatch.fill(colours[c]);
        auto *item = new QListWidgetItem(QIcon(swatch),
                                         tr("%1 (%2)").arg(names[c]).arg(counts[std::size_t(c)]));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_hidden[c] ? Qt::Unchecked : Qt::Checked);
        if (emphasised.contains(c)) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_legend->addItem(item);
    }
    // Every line in view without scrolling (at most 19: the classes and "no prediction").
    m_legend->setFixedHeight(m_legend->sizeHintForRow(0) * m_legend->count() +
                             2 * m_legend->frameWidth() + 4);
    m_view->setColouring(std::move(category), colours, emphasised, m_highlightOld->isChecked());
}

void MapPage::selectionChanged(const QList<int> &points)
{
    m_stripFilter->setSamples(points);
    m_toGallery->setEnabled(!points.isEmpty());

    retranslate();
}

void MapPage::showHover(int point, QPoint globalPos)
{
    m_hoverPoint = point;
    m_hoverPos = globalPos;
    if (point < 0 || !m_workspace || !m_workspace->dataset()) {
        if (m_hover)
            m_hover->hide();
        return;
    }
    if (!m_hover) {
        m_hover = new QLabel(this, Qt::ToolTip);
        m_hover->setObjectName(QStringLiteral("mapHover"));
        m_hover->setAlignment(Qt::AlignCenter);
        m_hover->setMargin(4);
        m_hover->setFrameShape(QFrame::Box);
    }
    const Dataset &ds = *m_workspace->dataset();
    QString text = QStringLiteral("%1").arg(ds.relativePath(point).toHtmlEscaped());
    if (point < m_samples->rowCount()) { // the sample model's row i is sample i
        const SampleInfo &s = m_samples->info(point);
        text += QStringLiteral("<br>") +
                tr("label %1").arg(className(s.trueClass, m_workspace->ageBands()).toHtmlEscaped());
        if (s.predicted >= 0)
            text += QStringLiteral("<br>") +
                    tr("predicted %1 (%2%)")
                        .arg(className(s.predicted, m_workspace->ageBands()).toHtmlEscaped())
                        .arg(std::lround(s.confidence * 100));
    }
    const QPixmap thumb = m_thumbnails->thumbnail(point);
    m_hover->setTextFormat(Qt::RichText);
    if (!thumb.isNull()) {
        QByteArray png;
        {
            QBuffer buffer(&png);
            thumb.save(&buffer, "PNG");
        }
        text =
            QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\"><br>")
                .arg(QString::fromLatin1(png.toBase64()))
                .arg(int(thumb.deviceIndependentSize().width()))
                .arg(int(thumb.deviceIndependentSize().height())) +
            text;
    }
    m_hover->setText(text);
    m_hover->adjustSize();
    m_hover->move(globalPos + QPoint(16, 16));
    m_hover->show();
}

void MapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapPage::retranslate()
{
    m_view->setAccessibleName(tr("Data map"));
    m_view->setAccessibleDescription(tr("Every image as a point: images the model sees alike "
                                        "lie together"));
    m_legend->setAccessibleName(tr("Map legend"));
    m_strip->setAccessibleName(tr("Selected images"));
    m_colourLabel->setText(tr("Colour by"));
    const QStringList modes = {tr("Label"),        tr("Prediction"), tr("Right or wrong"),
                               tr("Suspect kind"), tr("Mask"),       tr("Gender"),
                               tr("Age band")};
    for (int i = 0; i < modes.size(); ++i)
        m_colourBox->setItemText(i, modes[i]);
    m_highlightOld->setText(tr("Highlight ≥60"));
    m_highlightOld->setToolTip(tr("Draws everything but the rare classes (the >=60 classes, "
                                  "wrong predictions, suspects) pale"));
    m_shapeLabel->setText(tr("Select"));
    m_shapeBox->setItemText(0, tr("Lasso"));
    m_shapeBox->setItemText(1, tr("Rectangle"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Shows the whole map (0). Wheel: zoom; right drag: pan; left drag: "
                         "select; click: open the image"));
    m_open->setText(tr("Open Features…"));
    m_cancelButton->setText(tr("Cancel"));
    m_toGallery->setText(tr("Show in Gallery"));
    const int selectedCount = int(m_view->selection().size());
    m_selectionTitle->setText(selectedCount == 0
                                  ? tr("Selection: none. Drag on the map to select images.")
                                  : tr("Selection: %n image(s)", nullptr, selectedCount));
    m_view->setWhatsThis(
        tr("No map yet. Load predictions that have features beside them (a training run's "
           "oof_predictions.csv, or masklens-cli predict --features), or open a features "
           "file."));
    if (isBusy())
        return;
    if (m_layout) {
        int placed = 0;
        for (int i = 0; i < m_layout->rows; ++i)
            placed += m_layout->placed(i) ? 1 : 0;
        const int selected = int(m_view->selection().size());
        QString text = m_layout->cached ? tr("%1 images on the map of %2 (from the cache)")
                                              .arg(placed)
                                              .arg(QDir::toNativeSeparators(m_featuresFile))
                                        : tr("%1 images on the map of %2 (laid out in %3 s)")
                                              .arg(placed)
                                              .arg(QDir::toNativeSeparators(m_featuresFile))
                                              .arg(m_layout->seconds, 0, 'f', 1);
        if (m_spaces > 1)
            text += tr(" - %1 folds, each in its own model's space, so each class shows as %1 "
                       "islands")
                        .arg(m_spaces);
        if (selected > 0)
            text += tr("; %1 selected").arg(selected);
        else
            text += tr(". Drag to select, wheel to zoom, right-drag to pan, click an image to "
                       "open it.");
        m_status->setText(text);
    } else if (!m_featuresFile.isEmpty() && (!m_workspace || !m_workspace->dataset())) {
        m_status->setText(tr("The map of %1 is made when a dataset is open")
                              .arg(QDir::toNativeSeparators(m_featuresFile)));
    } else if (m_featuresFile.isEmpty()) {
        m_status->setText(m_view->whatsThis());
    }
}

} // namespace masklens::gui
