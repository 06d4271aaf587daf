// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open dataset's state in one observable object (the idea of Gwenview's ContextManager): the
// dataset as loaded and with its corrections, the label store and its editor, the predictions,
// the age bands, and what follows from them - statistics, metrics, problems, the labels' version.
// The window and its views observe the signals instead of being pushed to, so a view that needs
// the bands (the Training view: a run trains on them) cannot be forgotten. Tested without a
// window (tests/tst_workspace). GUI thread only; loading happens elsewhere (MainWindow's
// background loads hand the loaded dataset and predictions to open() and setPredictions()).

#include "analysis/dataset.h"
#include "analysis/datasetstats.h"
#include "analysis/labelstore.h"
#include "analysis/metrics.h"
#include "analysis/predictions.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace masklens::gui {

class LabelEditor;

class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Makes `dataset` (as loaded) the open one: opens its corrections journal (locked; read-only
    /// with the reason in problems() when another MaskLens holds it), applies it, and drops the
    /// previous dataset's predictions. Emits datasetOpened, then the derived signals.
    void open(std::shared_ptr<const analysis::Dataset> dataset);
    /// Closes the open dataset (its journal's lock goes).
    void close();
    /// Predictions for the open dataset (null: none); `evalTruth` holds the answers of
    /// eval-split predictions.
    void setPredictions(std::shared_ptr<const analysis::Predictions> predictions,
                        std::vector<int> evalTruth = {});
    /// The thresholds every count, chart, metric and training run uses (invalid bands refused).
    void setAgeBands(const analysis::AgeBands &bands);

    bool isOpen() const { return m_original != nullptr; }
    /// The dataset as loaded, before corrections.
    const std::shared_ptr<const analysis::Dataset> &original() const { return m_original; }
    /// The dataset with the corrections applied: what every view shows.
    const std::shared_ptr<const analysis::Dataset> &dataset() const { return m_dataset; }
    const std::shared_ptr<const analysis::Predictions> &predictions() const
    {
        return m_predictions;
    }
    const std::vector<int> &evalTruth() const { return m_evalTruth; }
    const analysis::AgeBands &ageBands() const { return m_bands; }
    const analysis::DatasetStats &stats() const { return m_stats; }
    /// Empty without predictions.
    const std::optional<analysis::Metrics> &metrics() const { return m_metrics; }
    /// The dataset's, the journal's and the predictions' problems, in that order.
    const std::vector<analysis::Problem> &problems() const { return m_problems; }
    /// The label store (null when editing is off: no dataset, or another MaskLens holds it).
    analysis::LabelStore *labelStore() const { return m_store.get(); }
    /// Every edit goes through it (undo, redo, journal); it reports back through labelsChanged.
    LabelEditor *editor() const { return m_editor; }
    /// The corrections' version (the journal's last sequence number) and the corrected people:
    /// what a training run records so the runs table can say which labels it used.
    qint64 labelsVersion() const { return m_labelsVersion; }
    int correctedPeople() const { return m_correctedPeople; }
    bool isReviewed(int sample) const;

Q_SIGNALS:
    /// Another dataset is open (or none: after close()); everything else changed with it.
    void datasetOpened();
    /// The corrected dataset changed: an edit, an undo or a redo.
    void labelsChanged();
    void predictionsChanged();
    void ageBandsChanged(const analysis::AgeBands &bands);
    void statsChanged();
    /// The metrics were recomputed, or went away (no predictions).
    void metricsChanged();
    void problemsChanged();
    void labelsVersionChanged(qint64 version, int correctedPeople);

private:
    void onEdited();
    void recomputeStats();
    void recomputeMetrics();
    void recomputeProblems();
    void updateLabelsVersion();

    std::shared_ptr<const analysis::Dataset> m_original;
    std::shared_ptr<const analysis::Dataset> m_dataset;
    std::unique_ptr<analysis::LabelStore> m_store;
    std::optional<analysis::Problem> m_editingOff;
    qint64 m_readOnlyVersion = 0; ///< the journal's version when another MaskLens holds it
    std::shared_ptr<const analysis::Predictions> m_predictions;
    std::vector<int> m_evalTruth;
    analysis::AgeBands m_bands;
    analysis::DatasetStats m_stats;
    std::optional<analysis::Metrics> m_metrics;
    std::vector<analysis::Problem> m_problems;
    qint64 m_labelsVersion = 0;
    int m_correctedPeople = 0;
    LabelEditor *m_editor;
};

} // namespace masklens::gui
