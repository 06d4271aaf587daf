// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Label issues view (~630 lines): the queue (SuspectsModel/SuspectsFilter hold its data), the
// suspect's person strip and evidence, and the answers written through the LabelEditor.
#include "reviewpage.h"

#include "chartwidget.h"
#include "labeleditor.h"
#include "suspectsmodel.h"
#include "thumbnailcache.h"
#include "workspace.h"

#include "analysis/detectorrecipe.h"
#include "analysis/features.h"
#include "analysis/labelstore.h"
#include "analysis/neighbourvote.h"
#include "analysis/trainingfit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <cmath>
#include <map>
#include <optional>

namespace masklens::gui {

using namespace masklens::analysis;

namespace {

constexpr int kThumbWidth = 124;

QString percent(float p)
{
    return QString::number(double(p) * 100, 'f', 0) + u'%';
}

} // namespace

ReviewPage::ReviewPage(LabelEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    m_look = new QFutureWatcher<std::shared_ptr<Result<Predictions>>>(this);
    connect(m_look, &QFutureWatcherBase::finished, this, &ReviewPage::onLookDone);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_kindFilter = new QComboBox;
    m_kindFilter->addItem(QString(), -1);
    for (IssueKind k : {IssueKind::PersonGender, IssueKind::MaskSwap, IssueKind::PersonAgeBand,
                        IssueKind::ConfidentLearning})
        m_kindFilter->addItem(QString(), int(k));
    m_pendingOnly = new QCheckBox;
    // Issue #22: the detector's cross-fitted run in one click (the window trains it and loads
    // its out-of-fold predictions here when it ends).
    m_find = new QPushButton;
    m_find->setObjectName(QStringLiteral("findLabelIssues"));
    connect(m_find, &QPushButton::clicked, this, &ReviewPage::findRequested);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_pendingOnly);
    filters->addWidget(m_find);

    m_suspects = new SuspectsModel(this);
    m_filter = new SuspectsFilter(this);
    m_filter->setSourceModel(m_suspects);
    m_queue = new QTableView;
    m_queue->setModel(m_filter);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setSectionResizeMode(SuspectsModel::Target, QHeaderView::Stretch);
    m_queue->setAlternatingRowColors(true);
    m_perClass = new ChartWidget;
    m_perClass->setMinimumHeight(170);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_queue, 3);
    leftLayout->addWidget(m_perClass, 1);

    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strip = new QWidget;
    auto *strip = new QHBoxLayout(m_strip);
    strip->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kImagesPerPerson; ++i) {
        auto *cell = new QVBoxLayout;
        auto *image = new QLabel;
        image->setFixedSize(kThumbWidth + 6, kThumbWidth * 4 / 3 + 6);
        image->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel;
        caption->setWordWrap(true);
        caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        caption->setFixedWidth(kThumbWidth + 6);
        cell->addWidget(image);
        cell->addWidget(caption, 1);
        strip->addLayout(cell);
        m_images.append(image);
        m_captions.append(caption);
    }
    strip->addStretch(1);
    m_slotSample = QList<int>(kImagesPerPerson, -1);
    m_thumbnails = new ThumbnailCache(this);
    m_thumbnails->setThumbnailSize(QSize(kThumbWidth, kThumbWidth * 4 / 3));
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](int sample) {
        for (int k = 0; k < int(m_slotSample.size()); ++k)
            if (m_slotSample[k] == sample)
                showPicture(k);
    });

    m_accept = new QPushButton;
    m_reject = new QPushButton;
    m_skip = new QPushButton;
    m_gallery = new QPushButton;
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_reject, m_skip})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_gallery);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_title);
    // The seven photos scroll sideways rather than widen the window.
    auto *stripScroll = new QScrollArea;
    stripScroll->setWidget(m_strip);
    stripScroll->setWidgetResizable(true);
    stripScroll->setFrameShape(QFrame::NoFrame);
    stripScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stripScroll->setMinimumHeight(m_strip->sizeHint().height() + 90);
    rightLayout->addWidget(stripScroll);
    rightLayout->addWidget(m_detail);
    rightLayout->addLayout(buttons);
    rightLayout->addStretch(1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    left->setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    // Keyboard first: the keys work anywhere on the page.
    auto addKeys = [this](QPushButton *button, std::initializer_list<QKeySequence> keys,
                          auto slot) {
        auto *action = new QAction(this);
        // Named as its button (Help > Keyboard Shortcuts lists it); retranslate keeps it so.
        m_keyActions.append({action, button});
        action->setShortcuts(QList<QKeySequence>(keys));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    };
    addKeys(m_accept, {QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return)},
            [this] { accept(); });
    addKeys(m_reject, {QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_Delete)},
            [this] { reject(); });
    addKeys(m_skip, {QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_Space)}, [this] { skip(); });
    connect(m_gallery, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT showSamples(samplesOf(m_current));
    });
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int index =
                    current.isValid() ? current.data(SuspectsModel::IndexRole).toInt() : -1;
                if (index >= 0 && index != m_current) {
                    m_current = index;
                    m_filter->setKept(index);
                    showCurrent();
                }
            });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ReviewPage::rebuildQueue);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &ReviewPage::rebuildQueue);

    retranslate();
    clear();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewPage::retranslate()
{
    m_queue->setAccessibleName(tr("Review queue"));
    m_queue->setAccessibleDescription(tr("Likely label errors: A or Return accepts the "
                                         "suggestion, R or Delete rejects it, S or Space skips"));
    m_kindFilter->setItemText(0, tr("every kind"));
    for (int i = 1; i < m_kindFilter->count(); ++i)
        m_kindFilter->setItemText(
            i, SuspectsModel::kindText(IssueKind(m_kindFilter->itemData(i).toInt())));
    m_pendingOnly->setText(tr("only those left to review"));
    m_accept->setText(tr("Accept (A)"));
    m_accept->setToolTip(
        tr("Write the suggested label to the corrections journal (undo: Ctrl+Z)."));
    m_reject->setText(tr("Reject (R)"));
    m_reject->setToolTip(tr("The label is right: mark the images reviewed."));
    m_skip->setText(tr("Skip (S)"));
    m_gallery->setText(tr("Show in gallery"));
    m_find->setText(tr("Find label issues"));
    m_find->setToolTip(tr("Trains the detector's model as a cross-fitted run (3 folds of the "
                          "128x160 CNN on the face crop, about 30 minutes for 1,200 people on "
                          "two cores; see the Training view) and loads its suspects here when "
                          "it ends."));
    m_perClass->setTitle(tr("Images under suspicion per given class (red: >=60)"));
    rebuildQueue();
    for (const auto &[action, button] : std::as_const(m_keyActions))
        action->setText(button->text());
}

void ReviewPage::clear()
{
    ++m_lookGeneration;
    m_suspects->clear();
    m_current = -1;
    m_predictions.reset();
    m_error = tr("Load out-of-fold predictions with probabilities to find likely wrong labels: "
                 "train with Folds 2 or more and the cross-entropy loss in the Training view "
                 "(or masklens-cli train --folds K), then Show in Errors view. Label smoothing "
                 "caps the confidence the person checks need.");
    rebuildQueue();
}

void ReviewPage::setWorkspace(const Workspace *workspace)
{
    // The suspects are found again for other predictions or bands (a new dataset comes with
    // other predictions: none); an edit only brings their statuses up to date.
    auto refind = [this, workspace] {
        if (workspace->dataset() && workspace->predictions())
            setData(workspace->dataset(), workspace->predictions(), workspace->ageBands());
        else
            clear();
    };
    connect(workspace, &Workspace::predictionsChanged, this, refind);
    connect(workspace, &Workspace::ageBandsChanged, this, refind);
    connect(workspace, &Workspace::labelsChanged, this,
            [this, workspace] { setDataset(workspace->dataset()); });
}

void ReviewPage::setData(std::shared_ptr<const Dataset> dataset,
                         std::shared_ptr<const Predictions> predictions, const AgeBands &bands)
{
    if (dataset != m_dataset)
        m_thumbnails->setDataset(dataset);
    m_dataset = std::move(dataset);
    m_predictions = std::move(predictions);
    m_bands = bands;
    m_suspects->clear();
    m_current = -1;
    m_error.clear();
    m_genderCut.reset();
    m_fit.reset();
    m_lookNote.clear();
    const int generation = ++m_lookGeneration; // a look still being made is for older data
    if (!m_dataset || !m_predictions || m_predictions->split != Split::Train ||
        !m_predictions->hasProbabilities()) {
        clear();
        return;
    }
    // A training run's predictions come with its training fit: a person its models learnt as
    // labelled is unusual, not mislabelled. One from another dataset is refused by name.
    if (const QString file = trainingFitBeside(m_predictions->file); !file.isEmpty()) {
        auto read = readTrainingFit(file, *m_dataset);
        if (!read) {
            m_error = read.error().toString();
            rebuildQueue();
            return;
        }
        m_fit = std::move(read).value();
    }
    const QString features = featuresBeside(m_predictions->file);
    if (features.isEmpty()) {
        findSuspects(*m_predictions);
        return;
    }
    // The run's features: the look issues --find takes (the detector's method: the neighbours'
    // vote), made off the GUI thread (reading the features and an index per fold: seconds).
    m_error = tr("Looking at the labels with the nearest neighbours in the run's features…");
    rebuildQueue();
    m_lookStarted = generation;
    m_look->setFuture(QtConcurrent::run(
        [dataset = m_dataset, predictions = m_predictions, bands = m_bands, features] {
            return std::make_shared<Result<Predictions>>(
                lookWithNeighbours(*dataset, *predictions, features, bands,
                                   DetectorRecipe().method));
        }));
}

void ReviewPage::onLookDone()
{
    if (m_lookStarted != m_lookGeneration || !m_dataset || !m_predictions)
        return; // made for predictions or bands no longer shown
    const auto look = m_look->result();
    if (look->ok()) {
        findSuspects(**look, DetectorRecipe().genderRule); // the detector's look
        return;
    }
    // Features that do not belong (another dataset or model): the model's look alone, and why.
    m_lookNote = look->error().toString();
    findSuspects(*m_predictions);
}

void ReviewPage::waitForSuspects()
{
    m_look->waitForFinished();
    QCoreApplication::sendPostedEvents(m_look); // the watcher's finished signal
    QCoreApplication::processEvents();
}

void ReviewPage::findSuspects(const Predictions &look, GenderRule genderRule)
{
    m_error.clear();
    IssueOptions options;
    options.fit = m_fit ? &*m_fit : nullptr;
    options.genderRule = genderRule;
    IssueGates gates;
    auto issues = findLabelIssues(*m_dataset, look, m_bands, options, &gates);
    m_genderCut = gates.genderCut;
    if (!issues) {
        m_error = issues.error().toString();
        rebuildQueue();
        Q_EMIT suspectsFound();
        return;
    }
    m_suspects->setSuspects(std::move(issues).value(), m_bands);
    refreshStatuses();
    rebuildQueue();
    nextPending();
    Q_EMIT suspectsFound();
}

void ReviewPage::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    refreshStatuses(); // dataChanged of the status cells
    updateCounts();
    showCurrent();
}

QList<int> ReviewPage::samplesOf(int index) const
{
    QList<int> out;
    const LabelIssue &issue = m_suspects->issue(index);
    if (issue.kind == IssueKind::ConfidentLearning) {
        out.append(issue.sample);
        return out;
    }
    if (!m_dataset || issue.person < 0)
        return out;
    for (int s : m_dataset->people[issue.person].images)
        if (s >= 0)
            out.append(s);
    return out;
}

ReviewPage::Status ReviewPage::answeredStatus(int index) const
{
    const LabelIssue &issue = m_suspects->issue(index);
    if (!m_dataset)
        return Status::Pending;
    // Accepted: the label now is the suggested one.
    bool nowSuggested = false;
    switch (issue.kind) {
    case IssueKind::PersonGender:
        nowSuggested = IssueValue(m_dataset->people[issue.person].gender) == issue.suggested;
        break;
    case IssueKind::PersonAgeBand:
        nowSuggested =
            IssueValue(m_bands.bandOf(m_dataset->people[issue.person].age)) == issue.suggested;
        break;
    case IssueKind::MaskSwap: {
        const auto &images = m_dataset->people[issue.person].images;
        const int inc = images[kIncorrectStem], nor = images[kNormalStem];
        nowSuggested = inc >= 0 && nor >= 0 &&
                       IssueValue(MaskPair{m_dataset->samples[inc].mask(),
                                           m_dataset->samples[nor].mask()}) == issue.suggested;
        break;
    }
    case IssueKind::ConfidentLearning:
        nowSuggested = IssueValue(m_dataset->classOf(issue.sample, m_bands)) == issue.suggested;
        break;
    }
    if (nowSuggested)
        return Status::Accepted;
    // Rejected: every image of it marked reviewed.
    const LabelStore *store = m_editor ? m_editor->store() : nullptr;
    if (store) {
        const QList<int> samples = samplesOf(index);
        bool all = !samples.isEmpty();
        for (int s : samples)
            all &= store->isReviewed(m_dataset->relativePath(s));
        if (all)
            return Status::Rejected;
    }
    return Status::Pending;
}

void ReviewPage::refreshStatuses()
{
    for (int i = 0; i < m_suspects->count(); ++i) {
        const Status answered = answeredStatus(i);
        if (answered != Status::Pending)
            m_suspects->setStatus(i, answered);
        else if (m_suspects->status(i) != Status::Skipped)
            m_suspects->setStatus(i, Status::Pending); // an undo brings it back
    }
}

void ReviewPage::rebuildQueue()
{
    m_filter->setKind(m_kindFilter->currentData().toInt());
    m_filter->setPendingOnly(m_pendingOnly->isChecked());
    m_filter->setKept(m_current);
    for (int c : {SuspectsModel::Rank, SuspectsModel::Kind, SuspectsModel::Change,
                  SuspectsModel::Score, SuspectsModel::StatusColumn})
        m_queue->resizeColumnToContents(c);
    selectInQueue(m_current);
    updateCounts();
    showCurrent();
}

bool ReviewPage::listed(int index) const
{
    return index >= 0 && index < m_suspects->count() &&
           m_filter->mapFromSource(m_suspects->index(index, 0)).isValid();
}

void ReviewPage::selectInQueue(int index)
{
    if (!listed(index))
        return;
    const QSignalBlocker quiet(m_queue->selectionModel());
    const QModelIndex row = m_filter->mapFromSource(m_suspects->index(index, 0));
    m_queue->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
}

void ReviewPage::updateCounts()
{
    m_summary->setText(countsText());
    // Images under suspicion per given class: a person-level suspect counts its images.
    std::array<int, kClassCount> perClass{};
    if (m_dataset)
        for (int i = 0; i < m_suspects->count(); ++i)
            for (int s : samplesOf(i))
                ++perClass[std::size_t(m_dataset->classOf(s, m_bands))];
    std::vector<double> values(perClass.begin(), perClass.end());
    const double top = std::max(1.0, *std::max_element(values.begin(), values.end())) * 1.1;
    m_perClass->setClassBars(values, top, tr("images"));
    m_perClass->replot();
}

QString ReviewPage::countsText() const
{
    if (m_suspects->count() == 0)
        return m_error.isEmpty() ? tr("No likely wrong labels found.") : m_error;
    struct Count
    {
        int total = 0, accepted = 0, rejected = 0;
    };
    std::map<int, Count> byKind;
    int left = 0;
    for (int i = 0; i < m_suspects->count(); ++i) {
        Count &c = byKind[int(m_suspects->issue(i).kind)];
        const Status status = m_suspects->status(i);
        ++c.total;
        c.accepted += status == Status::Accepted ? 1 : 0;
        c.rejected += status == Status::Rejected ? 1 : 0;
        left += status == Status::Pending || status == Status::Skipped ? 1 : 0;
    }
    QStringList parts;
    for (const auto &[kind, c] : byKind)
        parts << tr("%1: %2 (%3 accepted, %4 rejected)")
                     .arg(SuspectsModel::kindText(IssueKind(kind)))
                     .arg(c.total)
                     .arg(c.accepted)
                     .arg(c.rejected);
    QString text = tr("<b>%1 suspects, %2 left to review</b> (ranked by score, from %3)<br>%4")
                       .arg(m_suspects->count())
                       .arg(left)
                       .arg(m_predictions ? QFileInfo(m_predictions->file).fileName() : QString(),
                            parts.join(QStringLiteral("; ")));
    if (m_genderCut) // the review queue judges gender by the default rule: the estimate only
        text += tr("<br>Gender: the run's %1 probes (labels made wrong on purpose) put the wrong "
                   "genders at about %2.")
                    .arg(m_genderCut->probes)
                    .arg(m_genderCut->wrongLabels, 0, 'f', 0);
    if (!m_lookNote.isEmpty())
        text += tr("<br>The model's probabilities alone: the features beside them could not be "
                   "used (%1).")
                    .arg(m_lookNote.toHtmlEscaped());
    return text;
}

void ReviewPage::setCurrent(int index)
{
    if (index < 0 || index >= m_suspects->count())
        return;
    m_current = index;
    m_filter->setKept(index);
    selectInQueue(index);
    showCurrent();
}

QString ReviewPage::detailText() const
{
    return m_title->text() + u'\n' + m_detail->text();
}

void ReviewPage::showCurrent()
{
    const bool have = m_current >= 0 && m_current < m_suspects->count() && m_dataset;
    m_accept->setEnabled(have && m_editor && m_editor->canEdit());
    m_reject->setEnabled(have && m_editor && m_editor->canEdit());
    m_skip->setEnabled(have);
    m_gallery->setEnabled(have);
    if (!have) {
        m_title->setText(m_suspects->count() == 0 ? QString() : tr("Pick a suspect on the left."));
        m_detail->clear();
        for (int i = 0; i < kImagesPerPerson; ++i) {
            m_slotSample[i] = -1;
            m_images[i]->clear();
            m_captions[i]->clear();
        }
        return;
    }
    const LabelIssue &issue = m_suspects->issue(m_current);
    const Person &person =
        m_dataset
            ->people[issue.person >= 0 ? issue.person : m_dataset->samples[issue.sample].person];
    const QString given = m_suspects->valueText(issue.given),
                  suggested = m_suspects->valueText(issue.suggested);
    m_title->setText(tr("#%1 %2 · %3: <b>%4</b> → <b>%5</b> · score %6 · %7")
                         .arg(m_current + 1)
                         .arg(SuspectsModel::kindText(issue.kind), issue.target,
                              given.toHtmlEscaped(), suggested.toHtmlEscaped())
                         .arg(issue.score, 0, 'f', 3)
                         .arg(SuspectsModel::statusText(m_suspects->status(m_current))));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setText(tr("Person %1: %2, %3 years. Evidence: %4")
                          .arg(person.folder, genderName(person.gender))
                          .arg(person.age)
                          .arg(issue.evidence));
    // The person's seven images, the suspect one framed; under each its label, the model's
    // reading and the probabilities of the given and suggested labels.
    const int suggestedClass =
        issue.kind == IssueKind::ConfidentLearning ? std::get<int>(issue.suggested) : -1;
    for (int k = 0; k < kImagesPerPerson; ++k) {
        const int s = person.images[std::size_t(k)];
        QLabel *image = m_images[k];
        QLabel *caption = m_captions[k];
        m_slotSample[k] = s;
        if (s < 0) {
            image->setText(tr("missing"));
            caption->clear();
            continue;
        }
        showPicture(k);
        const bool focus = issue.kind == IssueKind::ConfidentLearning
                               ? s == issue.sample
                               : (issue.kind != IssueKind::MaskSwap || k >= kIncorrectStem);
        image->setStyleSheet(focus ? QStringLiteral("border: 3px solid #d6604d;")
                                   : QStringLiteral("border: 3px solid transparent;"));
        const int label = m_dataset->classOf(s, m_bands);
        // Class names hold "<30": escape them for the rich-text captions.
        auto name = [this](int c) { return className(c, m_bands).toHtmlEscaped(); };
        QString text =
            QStringLiteral("<b>%1</b><br>%2").arg(imageStems()[std::size_t(k)], name(label));
        if (const float *p = m_predictions->probabilitiesOf(s); p && !std::isnan(p[0])) {
            int best = 0;
            for (int c = 1; c < kClassCount; ++c)
                if (p[c] > p[best])
                    best = c;
            text += tr("<br>model: %1 %2").arg(name(best), percent(p[best]));
            text += tr("<br>p(label) %1").arg(percent(p[label]));
            if (suggestedClass >= 0 && s == issue.sample)
                text += tr("<br>p(suggested) %1").arg(percent(p[suggestedClass]));
        }
        caption->setText(text);
    }
}

void ReviewPage::waitForPictures()
{
    m_thumbnails->waitForIdle();
    QCoreApplication::sendPostedEvents(m_thumbnails, QEvent::MetaCall);
}

void ReviewPage::showPicture(int slot)
{
    // From the page's thumbnail cache: decoded on its workers (EXIF orientation applied, as
    // OpenCV does for the model), shown when ready() says so.
    const int s = m_slotSample[slot];
    QLabel *image = m_images[slot];
    m_thumbnails->setDevicePixelRatio(devicePixelRatioF());
    const QPixmap picture = m_thumbnails->thumbnail(s);
    if (picture.isNull())
        image->setText(tr("loading…"));
    else if (const QString error = m_thumbnails->error(s); !error.isEmpty())
        image->setText(tr("cannot read\n%1").arg(error));
    else
        image->setPixmap(picture);
}

void ReviewPage::nextPending()
{
    const int count = m_suspects->count();
    if (count == 0)
        return;
    const int start = m_current < 0 ? 0 : m_current + 1;
    for (int n = 0; n < count; ++n) {
        const int i = (start + n) % count;
        if (m_suspects->status(i) == Status::Pending && listed(i)) {
            setCurrent(i);
            return;
        }
    }
    showCurrent(); // nothing left: stay
}

bool ReviewPage::accept()
{
    if (m_current < 0 || !m_dataset || !m_editor || !m_editor->canEdit())
        return false;
    const int index = m_current;
    const LabelIssue &issue = m_suspects->issue(index);
    const QList<int> samples = samplesOf(index);
    bool ok = true;
    switch (issue.kind) {
    case IssueKind::PersonGender:
        ok = m_editor->setGender(samples, std::get<Gender>(issue.suggested));
        break;
    case IssueKind::PersonAgeBand:
        ok = m_editor->setAgeBand(samples, std::get<AgeBand>(issue.suggested), m_bands);
        break;
    case IssueKind::MaskSwap:
        ok = m_editor->swapIncorrectNormal(samples);
        break;
    case IssueKind::ConfidentLearning: {
        // Each part of the suggested class that differs: the mask of this image, the gender and
        // age band of its person.
        const ClassParts from = classParts(std::get<int>(issue.given));
        const ClassParts to = classParts(std::get<int>(issue.suggested));
        if (to.mask != from.mask)
            ok &= m_editor->setMask(samples, to.mask);
        if (to.gender != from.gender)
            ok &= m_editor->setGender(samples, to.gender);
        if (to.age != from.age)
            ok &= m_editor->setAgeBand(samples, to.age, m_bands);
        break;
    }
    }
    if (!ok)
        return false;
    // The labels-changed signal has brought m_dataset up to date (see Workspace).
    m_suspects->setStatus(index, Status::Accepted);
    updateCounts();
    nextPending();
    return true;
}

bool ReviewPage::reject()
{
    if (m_current < 0 || !m_dataset || !m_editor || !m_editor->canEdit())
        return false;
    const int index = m_current;
    if (!m_editor->setReviewed(samplesOf(index), true))
        return false;
    m_suspects->setStatus(index, Status::Rejected);
    updateCounts();
    nextPending();
    return true;
}

void ReviewPage::skip()
{
    if (m_current < 0)
        return;
    if (m_suspects->status(m_current) == Status::Pending)
        m_suspects->setStatus(m_current, Status::Skipped);
    updateCounts();
    // The next one still to review, after this one.
    const int from = m_current;
    const int count = m_suspects->count();
    for (int n = 1; n <= count; ++n) {
        const int i = (from + n) % count;
        const Status status = m_suspects->status(i);
        if ((status == Status::Pending || status == Status::Skipped) && i != from && listed(i)) {
            setCurrent(i);
            return;
        }
    }
}

} // namespace masklens::gui
