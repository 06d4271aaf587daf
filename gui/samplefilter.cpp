// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplefilter.h"

#include "samplemodel.h"

#include "analysis/labels.h"

namespace masklens::gui {

SampleFilter::SampleFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // re-sorted on demand: rows only change on reset
}

void SampleFilter::setSourceModel(QAbstractItemModel *model)
{
    m_samples = qobject_cast<SampleModel *>(model);
    Q_ASSERT(m_samples);
    QSortFilterProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_sortKey != SortKey::Dataset)
            sort(0);
    });
}

void SampleFilter::refilter()
{
    invalidateFilter();
    if (m_sortKey != SortKey::Dataset || m_sampleList)
        sort(0);
    else
        sort(-1);
}

void SampleFilter::setTrueClass(int c)
{
    m_trueClass = c;
    refilter();
}

void SampleFilter::setPredictedClass(int c)
{
    m_predicted = c;
    refilter();
}

void SampleFilter::setCorrectness(Correctness c)
{
    m_correctness = c;
    refilter();
}

void SampleFilter::setOldFocus(bool on)
{
    m_oldFocus = on;
    refilter();
}

void SampleFilter::setPerson(int person)
{
    m_person = person;
    refilter();
}

void SampleFilter::setMask(std::optional<int> mask)
{
    m_mask = mask;
    refilter();
}

void SampleFilter::setGender(std::optional<int> gender)
{
    m_gender = gender;
    refilter();
}

void SampleFilter::setAgeBand(std::optional<int> band)
{
    m_ageBand = band;
    refilter();
}

void SampleFilter::clearFilters()
{
    m_trueClass = m_predicted = m_person = -1;
    m_correctness = Correctness::All;
    m_oldFocus = false;
    m_mask.reset();
    m_gender.reset();
    m_ageBand.reset();
    m_sampleList.reset();
    m_sampleRank.clear();
    refilter();
}

void SampleFilter::setSamples(std::optional<QList<int>> samples)
{
    m_sampleList = std::move(samples);
    m_sampleRank.clear();
    if (m_sampleList)
        for (int i = 0; i < m_sampleList->size(); ++i)
            m_sampleRank.insert(m_sampleList->at(i), i);
    refilter();
}

void SampleFilter::setSortKey(SortKey key)
{
    m_sortKey = key;
    if (key == SortKey::Dataset && !m_sampleList)
        sort(-1); // back to dataset order
    else
        sort(0);
}

int SampleFilter::sampleAt(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_samples->info(source.row()).sample : -1;
}

bool SampleFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const SampleInfo &r = m_samples->info(sourceRow);
    if (m_trueClass >= 0 && r.trueClass != m_trueClass)
        return false;
    if (m_predicted >= 0 && r.predicted != m_predicted)
        return false;
    if (m_correctness == Correctness::Correct && !r.correct())
        return false;
    if (m_correctness == Correctness::Wrong && (r.predicted < 0 || r.correct()))
        return false;
    if (m_oldFocus) {
        const bool wrong = r.predicted >= 0 && !r.correct();
        if (!wrong || !(analysis::isOldClass(r.trueClass) || analysis::isOldClass(r.predicted)))
            return false;
    }
    if (m_person >= 0 && r.person != m_person)
        return false;
    if (m_sampleList && !m_sampleRank.contains(r.sample))
        return false;
    const analysis::ClassParts parts = analysis::classParts(r.trueClass);
    if (m_mask && int(parts.mask) != *m_mask)
        return false;
    if (m_gender && int(parts.gender) != *m_gender)
        return false;
    if (m_ageBand && int(parts.age) != *m_ageBand)
        return false;
    return true;
}

bool SampleFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SampleInfo &a = m_samples->info(left.row());
    const SampleInfo &b = m_samples->info(right.row());
    switch (m_sortKey) {
    case SortKey::ConfidenceAscending:
        return a.confidence < b.confidence || (a.confidence == b.confidence && a.sample < b.sample);
    case SortKey::ConfidenceDescending:
        return a.confidence > b.confidence || (a.confidence == b.confidence && a.sample < b.sample);
    case SortKey::LossDescending:
        return a.loss() > b.loss() || (a.loss() == b.loss() && a.sample < b.sample);
    case SortKey::Person:
        return a.person < b.person || (a.person == b.person && a.sample < b.sample);
    case SortKey::Dataset:
        if (m_sampleList)
            return m_sampleRank.value(a.sample) < m_sampleRank.value(b.sample);
        break;
    }
    return a.sample < b.sample;
}

} // namespace masklens::gui
