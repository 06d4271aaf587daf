// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The label-issue review queue (issue #9): the suspects findLabelIssues() ranks from out-of-fold
// probabilities, one at a time with their images (the whole person for person-level suspects),
// the given and suggested labels, the probabilities and the evidence. Accept writes the
// correction to the journal through the LabelEditor (undoable), Reject marks the images reviewed
// (the label stands, and the suspect stays answered next time), Skip moves on; all from the
// keyboard (A / Enter, R / Delete, S / Space, Up / Down). Counts per kind and per class follow.
// GUI thread only.

#include "analysis/labelissues.h"
#include "analysis/trainingfit.h"
#include "suspectsmodel.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace masklens::gui {

class ChartWidget;
class LabelEditor;
class ThumbnailCache;
class Workspace;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    using Status = SuspectsModel::Status;

    explicit ReviewPage(LabelEditor *editor, QWidget *parent = nullptr);

    /// Observes the workspace: the suspects follow its predictions and bands, their statuses
    /// its labels.
    void setWorkspace(const Workspace *workspace);

    /// Finds the suspects for the dataset (corrections applied) and predictions; a suspect the
    /// journal already answers (label now the suggested one, or images reviewed) starts answered.
    /// With the run's features beside the predictions (oof_features.npy) the look is the one
    /// issues --find takes, the model's probabilities blended with the neighbours' vote, made
    /// off the GUI thread: the queue fills when it is done (isLooking, suspectsFound).
    void setData(std::shared_ptr<const analysis::Dataset> dataset,
                 std::shared_ptr<const analysis::Predictions> predictions,
                 const analysis::AgeBands &bands);
    /// No predictions with probabilities: the page says what it needs.
    void clear();
    /// The labels changed (an edit anywhere): the same suspects, statuses brought up to date.
    void setDataset(std::shared_ptr<const analysis::Dataset> dataset);

    int suspectCount() const { return m_suspects->count(); }
    const analysis::LabelIssue &issue(int index) const { return m_suspects->issue(index); }
    Status status(int index) const { return m_suspects->status(index); }
    SuspectsModel *suspects() const { return m_suspects; }
    /// The queue's filter (kind, only those left), the model the queue shows.
    SuspectsFilter *filter() const { return m_filter; }
    /// The suspect shown (index into the ranked list), -1 when none.
    int current() const { return m_current; }
    void setCurrent(int index);
    /// The images a suspect is about: the person's seven, or the one image.
    QList<int> samplesOf(int index) const;

    bool accept();
    bool reject();
    void skip();
    QString countsText() const;
    QTableView *queue() const { return m_queue; }
    /// The strip's seven pictures (the person's images, in folder order).
    const QList<QLabel *> &pictures() const { return m_images; }
    /// Blocks until the shown suspect's pictures are decoded, and shows them (screenshots, tests).
    void waitForPictures();
    /// Whether the neighbours' vote is still being made; blocks until the suspects are found.
    bool isLooking() const { return m_look->isRunning(); }
    void waitForSuspects();
    QString detailText() const;

Q_SIGNALS:
    /// "Find label issues": the window trains the detector's run and loads its suspects.
    void findRequested();
    /// Show these images in the gallery.
    void showSamples(const QList<int> &samples);
    /// The suspects of the latest predictions and bands are in the queue.
    void suspectsFound();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildQueue();
    void refreshStatuses();
    /// Whether the queue lists suspect `index` (the filter may hide it).
    bool listed(int index) const;
    void selectInQueue(int index);
    void showCurrent();
    void updateCounts();
    void nextPending();
    Status answeredStatus(int index) const;
    /// Finds the suspects in `look` (the model's probabilities, or blended with the vote).
    /// `genderRule`: the detector's with its look at a run's features, else issues' default.
    void findSuspects(const analysis::Predictions &look,
                      analysis::GenderRule genderRule = analysis::GenderRule::Flag);
    void onLookDone();

    LabelEditor *m_editor;
    std::shared_ptr<const analysis::Dataset> m_dataset;
    std::shared_ptr<const analysis::Predictions> m_predictions;
    analysis::AgeBands m_bands;
    SuspectsModel *m_suspects;
    SuspectsFilter *m_filter;
    int m_current = -1;
    QString m_error;
    std::optional<analysis::ScoreCut> m_genderCut; ///< the run's probes' estimate, when any
    std::optional<analysis::TrainingFit> m_fit;    ///< the run's training fit, when any
    /// The blend of the model and the neighbours' vote being made (issues --find's look); a
    /// result for older predictions or bands than m_lookGeneration is dropped.
    QFutureWatcher<std::shared_ptr<analysis::Result<analysis::Predictions>>> *m_look;
    int m_lookGeneration = 0, m_lookStarted = 0;
    QString m_lookNote; ///< why the vote could not be used, when it could not

    QLabel *m_summary;
    QComboBox *m_kindFilter;
    QCheckBox *m_pendingOnly;
    QTableView *m_queue;
    QLabel *m_title, *m_detail;
    QWidget *m_strip;
    QList<QLabel *> m_images;
    QList<QLabel *> m_captions;
    /// The person's images, decoded off the GUI thread at the strip's size.
    ThumbnailCache *m_thumbnails = nullptr;
    QList<int> m_slotSample; ///< the sample each strip image shows, -1 none
    void showPicture(int slot);
    QPushButton *m_accept, *m_reject, *m_skip, *m_gallery, *m_find;
    QList<std::pair<QAction *, QPushButton *>> m_keyActions; ///< keys named as their buttons
    ChartWidget *m_perClass;
};

} // namespace masklens::gui
