// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The gallery's filter and sort over a SampleModel, with typed setters: true class, predicted
// class, right/wrong, attribute values, person, and the ">=60 focus" (the errors on the rare
// >=60 classes, 2, 5, 8, 11, 14, 17: images of those classes predicted wrong, and images
// wrongly predicted as one of them). GUI thread only.

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace masklens::gui {

class SampleModel;

class SampleFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Correctness { All, Correct, Wrong };
    enum class SortKey {
        Dataset,
        ConfidenceAscending,
        ConfidenceDescending,
        LossDescending,
        Person
    };

    explicit SampleFilter(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    void setTrueClass(int c);      ///< -1: any
    void setPredictedClass(int c); ///< -1: any
    void setCorrectness(Correctness c);
    void setOldFocus(bool on);
    void setPerson(int person); ///< -1: any
    void setMask(std::optional<int> mask);
    void setGender(std::optional<int> gender);
    void setAgeBand(std::optional<int> band);
    /// Only these samples (a map selection, an image's similar ones), shown in the order given
    /// while the sort is the dataset's; nullopt: any.
    void setSamples(std::optional<QList<int>> samples);
    /// Clears every filter at once (one invalidation).
    void clearFilters();
    void setSortKey(SortKey key);

    int trueClass() const { return m_trueClass; }
    int predictedClass() const { return m_predicted; }
    bool oldFocus() const { return m_oldFocus; }
    Correctness correctness() const { return m_correctness; }
    int person() const { return m_person; }
    std::optional<int> mask() const { return m_mask; }
    std::optional<int> gender() const { return m_gender; }
    std::optional<int> ageBand() const { return m_ageBand; }
    const std::optional<QList<int>> &samples() const { return m_sampleList; }
    SortKey sortKey() const { return m_sortKey; }

    /// Re-applies filter and sort after the labels changed.
    void refresh() { refilter(); }
    /// Dataset sample index of a proxy row.
    int sampleAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    SampleModel *m_samples = nullptr;
    int m_trueClass = -1;
    int m_predicted = -1;
    Correctness m_correctness = Correctness::All;
    bool m_oldFocus = false;
    int m_person = -1;
    std::optional<int> m_mask, m_gender, m_ageBand;
    std::optional<QList<int>> m_sampleList;
    QHash<int, int> m_sampleRank; ///< sample -> its place in m_sampleList
    SortKey m_sortKey = SortKey::Dataset;
};

} // namespace masklens::gui
