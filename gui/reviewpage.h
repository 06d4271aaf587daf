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

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace masklens::gui {

class ChartWidget;
class LabelEditor;
class Workspace;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    enum class Status { Pending, Accepted, Rejected, Skipped };

    explicit ReviewPage(LabelEditor *editor, QWidget *parent = nullptr);

    /// Observes the workspace: the suspects follow its predictions and bands, their statuses
    /// its labels.
    void setWorkspace(const Workspace *workspace);

    /// Finds the suspects for the dataset (corrections applied) and predictions; a suspect the
    /// journal already answers (label now the suggested one, or images reviewed) starts answered.
    void setData(std::shared_ptr<const analysis::Dataset> dataset,
                 std::shared_ptr<const analysis::Predictions> predictions,
                 const analysis::AgeBands &bands);
    /// No predictions with probabilities: the page says what it needs.
    void clear();
    /// The labels changed (an edit anywhere): the same suspects, statuses brought up to date.
    void setDataset(std::shared_ptr<const analysis::Dataset> dataset);

    int suspectCount() const { return int(m_issues.size()); }
    const analysis::LabelIssue &issue(int index) const { return m_issues[index]; }
    Status status(int index) const { return m_status[index]; }
    /// The suspect shown (index into the ranked list), -1 when none.
    int current() const { return m_current; }
    void setCurrent(int index);
    /// The images a suspect is about: the person's seven, or the one image.
    QList<int> samplesOf(int index) const;

    bool accept();
    bool reject();
    void skip();
    QString countsText() const;
    QTableWidget *queue() const { return m_queue; }
    QString detailText() const;

Q_SIGNALS:
    /// Show these images in the gallery.
    void showSamples(const QList<int> &samples);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildQueue();
    void refreshStatuses();
    void updateRow(int index);
    void showCurrent();
    void updateCounts();
    void nextPending();
    Status answeredStatus(int index) const;
    QString kindText(analysis::IssueKind kind) const;
    QString statusText(Status s) const;

    LabelEditor *m_editor;
    std::shared_ptr<const analysis::Dataset> m_dataset;
    std::shared_ptr<const analysis::Predictions> m_predictions;
    analysis::AgeBands m_bands;
    std::vector<analysis::LabelIssue> m_issues;
    std::vector<Status> m_status;
    std::vector<int> m_rows; ///< queue row -> issue index (after the filter)
    int m_current = -1;
    QString m_error;

    QLabel *m_summary;
    QComboBox *m_kindFilter;
    QCheckBox *m_pendingOnly;
    QTableWidget *m_queue;
    QLabel *m_title, *m_detail;
    QWidget *m_strip;
    QList<QLabel *> m_images;
    QList<QLabel *> m_captions;
    QPushButton *m_accept, *m_reject, *m_skip, *m_gallery;
    QList<std::pair<QAction *, QPushButton *>> m_keyActions; ///< keys named as their buttons
    ChartWidget *m_perClass;
};

} // namespace masklens::gui
