// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List model over every training image of the open dataset, with the model's prediction for it
// when predictions are loaded. Rows are dataset samples in order. GUI thread only.

#include "analysis/dataset.h"
#include "analysis/predictions.h"

#include <QAbstractListModel>

#include <functional>
#include <memory>

namespace masklens::gui {

/// What a row knows, for filters, sorting and painting without going through QVariant.
struct SampleInfo
{
    int sample = -1;
    int person = -1;
    int trueClass = -1;
    int predicted = -1;         ///< -1: no prediction
    float confidence = 0;       ///< probability of the predicted class
    float trueProbability = -1; ///< probability given to the true class; -1 when unknown
    bool excluded = false;
    bool reviewed = false;
    bool correct() const { return predicted >= 0 && predicted == trueClass; }
    /// Cross-entropy of the true class: high for confident mistakes.
    float loss() const;
};

class SampleModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SampleRole = Qt::UserRole + 1,
        TrueClassRole,
        PredictedClassRole,
        ConfidenceRole,
        LossRole,
        PersonRole,
        PathRole,
        ReviewedRole,
        ExcludedRole,
    };

    explicit SampleModel(QObject *parent = nullptr);

    /// Replaces everything; predictions may be null (or for another split: ignored).
    void reset(std::shared_ptr<const analysis::Dataset> dataset,
               std::shared_ptr<const analysis::Predictions> predictions,
               const analysis::AgeBands &bands);

    /// The labels changed (a correction): recomputes every row's label in place, without a
    /// reset, so selections and the scroll position stay. `reviewed` says which are checked.
    void relabel(std::shared_ptr<const analysis::Dataset> dataset, const analysis::AgeBands &bands,
                 const std::function<bool(int sample)> &reviewed = {});

    const SampleInfo &info(int row) const { return m_rows[std::size_t(row)]; }
    const analysis::Dataset *dataset() const { return m_dataset.get(); }
    const analysis::Predictions *predictions() const { return m_predictions.get(); }
    /// The top `n` classes and probabilities of a sample (empty without probabilities).
    QList<std::pair<int, float>> topClasses(int row, int n) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const analysis::Dataset> m_dataset;
    std::shared_ptr<const analysis::Predictions> m_predictions;
    std::vector<SampleInfo> m_rows;
};

} // namespace masklens::gui
