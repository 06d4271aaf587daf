// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallerypage.h"

#include "labeleditor.h"
#include "sampledelegate.h"
#include "samplefilter.h"
#include "samplemodel.h"
#include "thumbnailcache.h"

#include "analysis/csv.h"
#include "analysis/safefile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace masklens::gui {

using namespace analysis;

GalleryPage::GalleryPage(SampleModel *samples, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent), m_samples(samples), m_thumbnails(thumbnails)
{
    m_filter = new SampleFilter(this);
    m_filter->setSourceModel(samples);

    m_trueLabel = new QLabel(this);
    m_trueClass = new QComboBox(this);
    m_predLabel = new QLabel(this);
    m_predicted = new QComboBox(this);
    for (QComboBox *box : {m_trueClass, m_predicted}) {
        box->addItem(QString(), -1);
        for (int c = 0; c < kClassCount; ++c)
            box->addItem(QStringLiteral("%1%2 %3").arg(c).arg(
                             isOldClass(c) ? QStringLiteral("*") : QString(), className(c)),
                         c);
    }
    m_correctness = new QComboBox(this);
    m_correctness->addItems({QString(), QString(), QString()});
    m_oldFocus = new QCheckBox(this);
    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_sort->addItems({QString(), QString(), QString(), QString(), QString()});
    m_clear = new QPushButton(this);
    m_export = new QPushButton(this);
    m_count = new QLabel(this);
    m_maskBox = new QComboBox(this);
    m_genderBox = new QComboBox(this);
    m_ageBox = new QComboBox(this);
    m_maskBox->addItems({QString(), QString(), QString(), QString()});
    m_genderBox->addItems({QString(), QString(), QString()});
    m_ageBox->addItems({QString(), QString(), QString(), QString()});
    m_onlyPerson = new QPushButton(this);
    m_onlyPerson->setEnabled(false);
    m_similar = new QPushButton(this);
    m_similar->setObjectName(QStringLiteral("similarImages"));
    m_similar->setEnabled(false);

    auto *bar = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_trueLabel, m_trueClass, m_predLabel, m_predicted,
                                          m_correctness, m_oldFocus, m_sortLabel, m_sort, m_clear})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    auto *attributes = new QHBoxLayout;
    m_attributeLabel = new QLabel(this);
    attributes->addWidget(m_attributeLabel);
    attributes->addWidget(m_maskBox);
    attributes->addWidget(m_genderBox);
    attributes->addWidget(m_ageBox);
    attributes->addStretch();

    m_view = new QListView(this);
    m_view->setViewMode(QListView::IconMode);
    m_view->setUniformItemSizes(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new SampleDelegate(thumbnails, m_view));
    m_view->setSpacing(2);

    auto *detail = new QWidget(this);
    m_image = new QLabel(detail);
    m_image->setMinimumSize(240, 320);
    m_image->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(detail);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_personTitle = new QLabel(detail);
    auto *strip = new QHBoxLayout;
    for (int i = 0; i < kImagesPerPerson; ++i) {
        auto *l = new QLabel(detail);
        l->setFixedSize(48, 64);
        l->setAlignment(Qt::AlignCenter);
        m_person.append(l);
        strip->addWidget(l);
    }
    strip->addStretch();
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_image);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_personTitle);
    detailLayout->addLayout(strip);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_onlyPerson);
    detailButtons->addWidget(m_similar);
    detailButtons->addStretch();
    detailLayout->addLayout(detailButtons);
    m_editPanel = new QWidget(detail);
    m_editPanel->setVisible(false);
    detailLayout->addWidget(m_editPanel);
    detailLayout->addStretch();

    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(attributes);
    layout->addWidget(split, 1);

    connect(m_trueClass, &QComboBox::activated, this,
            [this] { m_filter->setTrueClass(m_trueClass->currentData().toInt()); });
    connect(m_predicted, &QComboBox::activated, this,
            [this] { m_filter->setPredictedClass(m_predicted->currentData().toInt()); });
    connect(m_correctness, &QComboBox::activated, this,
            [this](int i) { m_filter->setCorrectness(SampleFilter::Correctness(i)); });
    connect(m_oldFocus, &QCheckBox::toggled, m_filter, &SampleFilter::setOldFocus);
    auto optionalIndex = [](int i) { return i > 0 ? std::optional<int>(i - 1) : std::nullopt; };
    connect(m_maskBox, &QComboBox::activated, this,
            [this, optionalIndex](int i) { m_filter->setMask(optionalIndex(i)); });
    connect(m_genderBox, &QComboBox::activated, this,
            [this, optionalIndex](int i) { m_filter->setGender(optionalIndex(i)); });
    connect(m_ageBox, &QComboBox::activated, this,
            [this, optionalIndex](int i) { m_filter->setAgeBand(optionalIndex(i)); });
    connect(m_similar, &QPushButton::clicked, this, [this] { showSimilar(m_current); });
    connect(m_onlyPerson, &QPushButton::clicked, this, [this] {
        if (m_current < 0 || !m_samples->dataset())
            return;
        m_filter->clearFilters();
        m_filter->setPerson(m_samples->info(m_current).person);
        syncControls();
    });
    connect(m_sort, &QComboBox::activated, this,
            [this](int i) { m_filter->setSortKey(SampleFilter::SortKey(i)); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_filter->clearFilters();
        syncControls();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export samples"), QStringLiteral("samples.csv"), tr("CSV file (*.csv)"));
        QString error;
        if (!file.isEmpty() && !exportCsv(file, &error))
            QMessageBox::warning(this, tr("Export samples"), error);
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GalleryPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GalleryPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GalleryPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GalleryPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showDetail(current.isValid() ? current.data(SampleModel::SampleRole).toInt() : -1);
            });
    connect(thumbnails, &ThumbnailCache::ready, this, [this](int) {
        m_view->viewport()->update();
        refreshPersonStrip();
    });
    connect(&m_imageWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QImage img = m_imageWatcher.result();
        m_image->setPixmap(img.isNull() ? QPixmap() : QPixmap::fromImage(img));
        if (img.isNull())
            m_image->setText(tr("(the image cannot be decoded)"));
    });
    retranslate();
}

void GalleryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GalleryPage::retranslate()
{
    m_view->setAccessibleName(tr("Images"));
    m_view->setAccessibleDescription(tr("Each image with its label, the model's prediction, and "
                                        "whether the prediction is right"));
    m_trueLabel->setText(tr("Label"));
    m_predLabel->setText(tr("Predicted"));
    m_trueClass->setItemText(0, tr("any"));
    m_predicted->setItemText(0, tr("any"));
    m_correctness->setItemText(0, tr("right and wrong"));
    m_correctness->setItemText(1, tr("right only"));
    m_correctness->setItemText(2, tr("wrong only"));
    m_oldFocus->setText(tr(">=60 focus"));
    m_oldFocus->setToolTip(
        tr("Only the mistakes on the rare >=60 classes (2, 5, 8, 11, 14, 17): their images "
           "predicted wrong, and images wrongly predicted as one of them"));
    m_sortLabel->setText(tr("Sort"));
    m_sort->setItemText(0, tr("dataset order"));
    m_sort->setItemText(1, tr("least confident first"));
    m_sort->setItemText(2, tr("most confident first"));
    m_sort->setItemText(3, tr("highest loss first"));
    m_sort->setItemText(4, tr("by person"));
    m_clear->setText(tr("Clear filters"));
    m_export->setText(tr("Export CSV…"));
    m_personTitle->setText(tr("This person's images"));
    if (m_editTitle) {
        m_editTitle->setText(tr("<b>Correct the selected images</b> (gender and age apply to the "
                                "whole person; Ctrl+Z undoes)"));
        auto *grid = static_cast<QGridLayout *>(m_editPanel->layout());
        const QString rows[] = {tr("Mask state"), tr("Gender"), tr("Age band"), tr("Also")};
        for (int row = 1; row <= 4; ++row)
            static_cast<QLabel *>(grid->itemAtPosition(row, 0)->widget())->setText(rows[row - 1]);
        const AgeBands bands = m_bands ? m_bands() : AgeBands{};
        const std::pair<const char *, QString> names[] = {
            {"W", tr("wear")},
            {"I", tr("incorrect")},
            {"N", tr("not worn")},
            {"M", tr("male")},
            {"F", tr("female")},
            {"1", ageBandName(AgeBand::Young, bands)},
            {"2", ageBandName(AgeBand::Middle, bands)},
            {"3", ageBandName(AgeBand::Old, bands)},
            {"S", tr("swap incorrect/normal")},
            {"R", tr("reviewed")},
            {"X", tr("exclude / include")}};
        for (const auto &[key, name] : names) {
            QAction *a = m_editActions.value(QString::fromLatin1(key));
            a->setText(QStringLiteral("%1  (%2)").arg(name, QString::fromLatin1(key)));
            a->setToolTip(a->text());
        }
    }
    m_onlyPerson->setText(tr("Show only this person"));
    m_similar->setText(tr("Similar images"));
    m_similar->setToolTip(tr("Shows this image and its nearest images on the data map (the "
                             "model's embedding: images it sees alike)"));
    m_attributeLabel->setText(tr("Label attributes"));
    m_maskBox->setItemText(0, tr("any mask state"));
    m_maskBox->setItemText(1, tr("wear"));
    m_maskBox->setItemText(2, tr("incorrect"));
    m_maskBox->setItemText(3, tr("not worn"));
    m_genderBox->setItemText(0, tr("any gender"));
    m_genderBox->setItemText(1, tr("male"));
    m_genderBox->setItemText(2, tr("female"));
    m_ageBox->setItemText(0, tr("any age band"));
    m_ageBox->setItemText(1, tr("young band"));
    m_ageBox->setItemText(2, tr("middle band"));
    m_ageBox->setItemText(3, tr("old band"));
    updateCount();
    showDetail(m_current);
}

void GalleryPage::syncControls()
{
    m_trueClass->setCurrentIndex(m_filter->trueClass() + 1);
    m_predicted->setCurrentIndex(m_filter->predictedClass() + 1);
    m_correctness->setCurrentIndex(int(m_filter->correctness()));
    const QSignalBlocker block(m_oldFocus);
    m_oldFocus->setChecked(m_filter->oldFocus());
    m_maskBox->setCurrentIndex(m_filter->mask() ? *m_filter->mask() + 1 : 0);
    m_genderBox->setCurrentIndex(m_filter->gender() ? *m_filter->gender() + 1 : 0);
    m_ageBox->setCurrentIndex(m_filter->ageBand() ? *m_filter->ageBand() + 1 : 0);
    updateCount();
}

void GalleryPage::updateCount()
{
    if (m_filter->samples())
        m_count->setText(tr("%1 of %2 images: a chosen set (from the map or Similar images); "
                            "Clear shows all")
                             .arg(m_filter->rowCount())
                             .arg(m_samples->rowCount()));
    else
        m_count->setText(
            tr("%1 of %2 images").arg(m_filter->rowCount()).arg(m_samples->rowCount()));
}

void GalleryPage::showClass(int truth, int predicted)
{
    m_filter->clearFilters();
    m_filter->setTrueClass(truth);
    m_filter->setPredictedClass(predicted);
    syncControls();
}

void GalleryPage::showPerson(int person, int sample)
{
    m_filter->clearFilters();
    m_filter->setPerson(person);
    syncControls();
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (m_filter->sampleAt(row) == sample || (sample < 0 && row == 0)) {
            m_view->setCurrentIndex(m_filter->index(row, 0));
            break;
        }
}

void GalleryPage::showSamples(const QList<int> &samples, int current)
{
    m_filter->clearFilters();
    m_filter->setSamples(samples);
    syncControls();
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (m_filter->sampleAt(row) == current || (current < 0 && row == 0)) {
            m_view->setCurrentIndex(m_filter->index(row, 0));
            break;
        }
    updateCount();
}

void GalleryPage::setSimilarImages(std::function<QList<int>(int)> similar)
{
    m_similarImages = std::move(similar);
    m_similar->setEnabled(m_current >= 0 && m_similarImages &&
                          !m_similarImages(m_current).isEmpty());
}

void GalleryPage::showSimilar(int sample)
{
    if (sample < 0 || !m_similarImages)
        return;
    QList<int> shown{sample};
    shown += m_similarImages(sample);
    showSamples(shown, sample);
}

bool GalleryPage::exportCsv(const QString &file, QString *error) const
{
    const Dataset *ds = m_samples->dataset();
    QByteArray text = "path,person,label,predicted,confidence,loss\n";
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        const SampleInfo &r = m_samples->info(source.row());
        text +=
            csvField(ds->relativePath(r.sample)).toUtf8() + ',' +
            csvField(ds->people[r.person].folder).toUtf8() + ',' + QByteArray::number(r.trueClass) +
            ',' + (r.predicted >= 0 ? QByteArray::number(r.predicted) : QByteArray()) + ',' +
            (r.predicted >= 0 ? QByteArray::number(double(r.confidence), 'g', 6) : QByteArray()) +
            ',' + (r.predicted >= 0 ? QByteArray::number(double(r.loss()), 'g', 6) : QByteArray()) +
            '\n';
    }
    if (auto st = analysis::writeFileAtomically(file, text, analysis::LinkPolicy::Follow); !st) {
        if (error)
            *error = st.error().toString();
        return false;
    }
    return true;
}

QString GalleryPage::detailText() const
{
    return m_detail->text();
}

QList<int> GalleryPage::selectedSamples() const
{
    QList<int> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        out.append(i.data(SampleModel::SampleRole).toInt());
    if (out.isEmpty() && m_current >= 0)
        out.append(m_current);
    std::sort(out.begin(), out.end());
    return out;
}

void GalleryPage::setEditor(LabelEditor *editor, std::function<AgeBands()> bands)
{
    m_editor = editor;
    m_bands = std::move(bands);
    m_editTitle = new QLabel(m_editPanel);
    auto *grid = new QGridLayout(m_editPanel);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->addWidget(m_editTitle, 0, 0, 1, 4);
    // (key, row, column, what it does)
    struct Edit
    {
        const char *key;
        int row, column;
        std::function<bool(const QList<int> &)> run;
    };
    const std::vector<Edit> edits = {
        {"W", 1, 1, [this](const QList<int> &s) { return m_editor->setMask(s, MaskState::Wear); }},
        {"I", 1, 2,
         [this](const QList<int> &s) { return m_editor->setMask(s, MaskState::Incorrect); }},
        {"N", 1, 3,
         [this](const QList<int> &s) { return m_editor->setMask(s, MaskState::NotWorn); }},
        {"M", 2, 1, [this](const QList<int> &s) { return m_editor->setGender(s, Gender::Male); }},
        {"F", 2, 2, [this](const QList<int> &s) { return m_editor->setGender(s, Gender::Female); }},
        {"1", 3, 1,
         [this](const QList<int> &s) {
             return m_editor->setAgeBand(s, AgeBand::Young, m_bands());
         }},
        {"2", 3, 2,
         [this](const QList<int> &s) {
             return m_editor->setAgeBand(s, AgeBand::Middle, m_bands());
         }},
        {"3", 3, 3,
         [this](const QList<int> &s) { return m_editor->setAgeBand(s, AgeBand::Old, m_bands()); }},
        {"S", 4, 1, [this](const QList<int> &s) { return m_editor->swapIncorrectNormal(s); }},
        {"R", 4, 2, [this](const QList<int> &s) { return m_editor->setReviewed(s, true); }},
        {"X", 4, 3,
         [this](const QList<int> &s) {
             // X toggles: exclude, or include again when every selected image is excluded.
             bool allExcluded = true;
             for (int sample : s)
                 allExcluded &= m_samples->info(sample).excluded;
             return m_editor->setExcluded(s, !allExcluded);
         }},
    };
    for (int row = 1; row <= 4; ++row)
        grid->addWidget(new QLabel(m_editPanel), row, 0);
    for (const Edit &e : edits) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(QString::fromLatin1(e.key)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, run = e.run] {
            const QList<int> samples = selectedSamples();
            if (!samples.isEmpty())
                run(samples);
        });
        auto *button = new QToolButton(m_editPanel);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        grid->addWidget(button, e.row, e.column);
        m_editActions.insert(QString::fromLatin1(e.key), action);
    }
    m_editPanel->setVisible(true);
    retranslate();
}

void GalleryPage::showDetail(int sample)
{
    m_current = sample;
    const Dataset *ds = m_samples->dataset();
    m_onlyPerson->setEnabled(sample >= 0 && ds);
    m_similar->setEnabled(sample >= 0 && ds && m_similarImages &&
                          !m_similarImages(sample).isEmpty());
    m_editPanel->setEnabled(sample >= 0 && ds && m_editor && m_editor->canEdit());
    if (sample < 0 || !ds) {
        m_image->clear();
        m_detail->setText(tr("Click an image to see it here."));
        for (QLabel *l : std::as_const(m_person))
            l->clear();
        return;
    }
    const SampleInfo &r = m_samples->info(sample); // model rows are dataset samples
    const Person &p = ds->people[r.person];
    QString text = QStringLiteral("<b>%1</b><br>").arg(ds->relativePath(sample).toHtmlEscaped());
    text += tr("Person %1 (%2): %3, %4 years")
                .arg(p.id.toHtmlEscaped(), p.folder.toHtmlEscaped(), genderName(p.gender))
                .arg(p.age) +
            QStringLiteral("<br>");
    // Class names with the window's age bands (">=58" once the edge moved); "<30" is no tag.
    const AgeBands bands = m_bands ? m_bands() : AgeBands{};
    auto name = [&bands](int c) { return className(c, bands).toHtmlEscaped(); };
    text +=
        tr("Label: %1 (class %2)").arg(name(r.trueClass)).arg(r.trueClass) + QStringLiteral("<br>");
    if (r.predicted >= 0) {
        text +=
            (r.correct() ? tr("Predicted: %1 (class %2), right")
                         : tr("Predicted: <span style='color:#d6604d'>%1 (class %2), wrong</span>"))
                .arg(name(r.predicted))
                .arg(r.predicted) +
            QStringLiteral("<br>");
        const auto top = m_samples->topClasses(sample, 3);
        if (!top.isEmpty()) {
            text += tr("Top 3:") + QStringLiteral("<br>");
            for (const auto &[c, prob] : top)
                text += QStringLiteral("&nbsp;&nbsp;%1 %2: %3%<br>")
                            .arg(c)
                            .arg(name(c))
                            .arg(double(prob) * 100, 0, 'f', 1);
        }
    } else {
        text += tr("No prediction loaded.") + QStringLiteral("<br>");
    }
    if (r.reviewed)
        text += tr("Reviewed.") + QStringLiteral(" ");
    if (r.excluded)
        text += tr("Excluded from training.");
    m_detail->setText(text);
    const QString path = ds->imagePath(sample);
    const QSize box = m_image->size().expandedTo(QSize(240, 320));
    m_imageWatcher.setFuture(QtConcurrent::run([path, box] {
        QImageReader reader(path);
        reader.setAutoTransform(true); // EXIF orientation, as the model sees it (OpenCV)
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
        return reader.read();
    }));
    refreshPersonStrip();
}

void GalleryPage::refreshPersonStrip()
{
    const Dataset *ds = m_samples->dataset();
    if (m_current < 0 || !ds)
        return;
    const Person &p = ds->people[ds->samples[m_current].person];
    for (int s = 0; s < kImagesPerPerson; ++s) {
        QLabel *l = m_person[s];
        const int other = p.images[s];
        if (other < 0) {
            l->setText(tr("missing"));
            continue;
        }
        const QPixmap pm = m_thumbnails->thumbnail(other);
        if (!pm.isNull()) {
            QPixmap fitted = pm.scaled(l->size() * pm.devicePixelRatio(), Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation);
            fitted.setDevicePixelRatio(pm.devicePixelRatio());
            l->setPixmap(fitted);
        }
        l->setStyleSheet(other == m_current ? QStringLiteral("border: 2px solid #4682b4")
                                            : QString());
        l->setToolTip(imageStems()[s]);
    }
}

} // namespace masklens::gui
