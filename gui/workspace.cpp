// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "labeleditor.h"

namespace masklens::gui {

using namespace analysis;

Workspace::Workspace(QObject *parent) : QObject(parent), m_editor(new LabelEditor(this))
{
    connect(m_editor, &LabelEditor::labelsChanged, this, &Workspace::onEdited);
}

Workspace::~Workspace()
{
    m_editor->setStore(nullptr, nullptr);
}

void Workspace::open(std::shared_ptr<const Dataset> dataset)
{
    // The previous dataset's journal lock goes first (reopening the same folder takes it again).
    m_editor->setStore(nullptr, nullptr);
    m_store.reset();
    m_editingOff.reset();
    m_readOnlyVersion = 0;
    m_original = std::move(dataset);
    m_dataset = m_original;
    m_predictions.reset();
    m_evalTruth.clear();
    // m_metrics stays until recomputeMetrics() below, which says they went.
    if (m_original) {
        auto store = LabelStore::open(*m_original);
        if (store) {
            m_store = std::move(store).value();
            m_dataset = std::make_shared<const Dataset>(m_store->apply(*m_original));
        } else {
            // Someone else edits it: shown read-only with its corrections, and the reason said.
            if (auto readOnly = datasetWithCorrections(*m_original, nullptr, &m_readOnlyVersion))
                m_dataset = std::make_shared<const Dataset>(std::move(readOnly).value());
            m_editingOff =
                Problem{store.error().file, 0, tr("editing is off: %1").arg(store.error().message)};
        }
    }
    m_editor->setStore(m_store.get(), m_original.get());
    Q_EMIT datasetOpened();
    recomputeProblems();
    updateLabelsVersion();
    Q_EMIT predictionsChanged();
    recomputeStats();
    recomputeMetrics();
}

void Workspace::close()
{
    open(nullptr);
}

void Workspace::setPredictions(std::shared_ptr<const Predictions> predictions,
                               std::vector<int> evalTruth)
{
    if (!m_dataset)
        return;
    const bool hadProblems = m_predictions && !m_predictions->problems.empty();
    m_predictions = std::move(predictions);
    m_evalTruth = std::move(evalTruth);
    Q_EMIT predictionsChanged();
    if (hadProblems || (m_predictions && !m_predictions->problems.empty()))
        recomputeProblems();
    recomputeMetrics();
}

void Workspace::setAgeBands(const AgeBands &bands)
{
    if (!bands.valid() || bands == m_bands)
        return;
    m_bands = bands;
    Q_EMIT ageBandsChanged(m_bands);
    recomputeStats();
    recomputeMetrics();
}

bool Workspace::isReviewed(int sample) const
{
    return m_store && m_dataset && sample >= 0 && sample < int(m_dataset->samples.size()) &&
           m_store->isReviewed(m_dataset->relativePath(sample));
}

void Workspace::onEdited()
{
    if (!m_original || !m_store)
        return;
    m_dataset = std::make_shared<const Dataset>(m_store->apply(*m_original));
    Q_EMIT labelsChanged();
    updateLabelsVersion();
    recomputeStats();
    recomputeMetrics();
}

void Workspace::recomputeStats()
{
    m_stats = m_dataset ? computeStats(*m_dataset, m_bands) : DatasetStats{};
    Q_EMIT statsChanged();
}

void Workspace::recomputeMetrics()
{
    const bool had = m_metrics.has_value();
    if (m_dataset && m_predictions)
        m_metrics =
            computeMetrics(evaluationData(*m_dataset, *m_predictions, m_bands, m_evalTruth));
    else
        m_metrics.reset();
    if (had || m_metrics)
        Q_EMIT metricsChanged();
}

void Workspace::recomputeProblems()
{
    m_problems.clear();
    if (m_original) {
        m_problems = m_original->problems;
        if (m_store)
            m_problems.insert(m_problems.end(), m_store->problems().begin(),
                              m_store->problems().end());
        if (m_editingOff)
            m_problems.push_back(*m_editingOff);
    }
    if (m_predictions)
        m_problems.insert(m_problems.end(), m_predictions->problems.begin(),
                          m_predictions->problems.end());
    Q_EMIT problemsChanged();
}

void Workspace::updateLabelsVersion()
{
    qint64 version = 0;
    int people = 0;
    if (m_store) {
        version = m_store->version();
        people = m_store->correctedPeople();
    } else {
        version = m_readOnlyVersion;
    }
    if (version == m_labelsVersion && people == m_correctedPeople)
        return;
    m_labelsVersion = version;
    m_correctedPeople = people;
    Q_EMIT labelsVersionChanged(version, people);
}

} // namespace masklens::gui
