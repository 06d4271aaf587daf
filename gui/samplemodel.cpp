// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplemodel.h"

#include <cmath>

namespace masklens::gui {

float SampleInfo::loss() const
{
    if (trueProbability < 0)
        return predicted >= 0 && !correct() ? 1.0f : 0.0f;
    return -std::log(std::max(trueProbability, 1e-7f));
}

SampleModel::SampleModel(QObject *parent) : QAbstractListModel(parent) {}

void SampleModel::reset(std::shared_ptr<const analysis::Dataset> dataset,
                        std::shared_ptr<const analysis::Predictions> predictions,
                        const analysis::AgeBands &bands)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_predictions = predictions && predictions->split == analysis::Split::Train
                        ? std::move(predictions)
                        : nullptr;
    m_rows.clear();
    if (m_dataset) {
        const int n = int(m_dataset->samples.size());
        const bool usable = m_predictions && m_predictions->count() == n;
        m_rows.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) {
            SampleInfo &r = m_rows[std::size_t(i)];
            r.sample = i;
            r.person = m_dataset->samples[std::size_t(i)].person;
            r.trueClass = m_dataset->classOf(i, bands);
            r.excluded = m_dataset->samples[std::size_t(i)].excluded;
            if (!usable)
                continue;
            r.predicted = m_predictions->predicted[std::size_t(i)];
            if (const float *p = m_predictions->probabilitiesOf(i); p && !std::isnan(p[0])) {
                r.confidence = r.predicted >= 0 ? p[r.predicted] : 0.0f;
                r.trueProbability = p[r.trueClass];
            } else if (r.predicted >= 0) {
                r.confidence = 1.0f;
            }
        }
    }
    endResetModel();
}

void SampleModel::relabel(std::shared_ptr<const analysis::Dataset> dataset,
                          const analysis::AgeBands &bands, const std::function<bool(int)> &reviewed)
{
    if (!dataset || !m_dataset || dataset->samples.size() != m_dataset->samples.size()) {
        reset(std::move(dataset), m_predictions, bands);
        return;
    }
    m_dataset = std::move(dataset);
    for (SampleInfo &r : m_rows) {
        r.trueClass = m_dataset->classOf(r.sample, bands);
        r.excluded = m_dataset->samples[std::size_t(r.sample)].excluded;
        r.reviewed = reviewed && reviewed(r.sample);
        if (const float *p = m_predictions ? m_predictions->probabilitiesOf(r.sample) : nullptr;
            p && !std::isnan(p[0]))
            r.trueProbability = p[r.trueClass];
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QList<std::pair<int, float>> SampleModel::topClasses(int row, int n) const
{
    QList<std::pair<int, float>> out;
    if (!m_predictions || !m_predictions->hasProbabilities())
        return out;
    const float *p = m_predictions->probabilitiesOf(info(row).sample);
    if (std::isnan(p[0]))
        return out;
    for (int c = 0; c < analysis::kClassCount; ++c)
        out.append({c, p[c]});
    std::sort(out.begin(), out.end(), [](auto &a, auto &b) { return a.second > b.second; });
    return out.mid(0, n);
}

int SampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleInfo &r = info(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.predicted >= 0 ? QStringLiteral("%1 → %2").arg(r.trueClass).arg(r.predicted)
                                : QString::number(r.trueClass);
    case Qt::ToolTipRole:
        return m_dataset->relativePath(r.sample) + u'\n' +
               tr("label: %1").arg(analysis::className(r.trueClass)) +
               (r.predicted >= 0 ? u'\n' + tr("predicted: %1 (%2%)")
                                               .arg(analysis::className(r.predicted))
                                               .arg(double(r.confidence) * 100, 0, 'f', 0)
                                 : QString());
    case Qt::AccessibleTextRole: // what a screen reader says for a tile: the verdict in words
        return r.predicted < 0
                   ? tr("%1: label %2").arg(m_dataset->relativePath(r.sample),
                                            analysis::className(r.trueClass))
                   : tr("%1: label %2, predicted %3, %4")
                         .arg(m_dataset->relativePath(r.sample), analysis::className(r.trueClass),
                              analysis::className(r.predicted),
                              r.predicted == r.trueClass ? tr("right") : tr("wrong"));
    case SampleRole:
        return r.sample;
    case TrueClassRole:
        return r.trueClass;
    case PredictedClassRole:
        return r.predicted;
    case ConfidenceRole:
        return r.confidence;
    case LossRole:
        return r.loss();
    case PersonRole:
        return r.person;
    case PathRole:
        return m_dataset->imagePath(r.sample);
    case ReviewedRole:
        return r.reviewed;
    case ExcludedRole:
        return r.excluded;
    }
    return {};
}

QHash<int, QByteArray> SampleModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SampleRole, "sample");
    names.insert(TrueClassRole, "trueClass");
    names.insert(PredictedClassRole, "predictedClass");
    names.insert(ConfidenceRole, "confidence");
    names.insert(LossRole, "loss");
    names.insert(PersonRole, "person");
    names.insert(PathRole, "path");
    return names;
}

} // namespace masklens::gui
