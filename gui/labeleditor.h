// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Label editing in the window: every edit goes through a QUndoStack and into the corrections
// journal (LabelStore), so it is durable before it shows and undo is itself journaled (undo
// appends the old value again; the journal stays append-only). Bulk edits are one undo step.
// Gender and age edits apply to whole people. GUI thread only.

#include "analysis/labelstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace masklens::gui {

class LabelEditor : public QObject
{
    Q_OBJECT
public:
    explicit LabelEditor(QObject *parent = nullptr);
    ~LabelEditor() override;

    /// Edits the store of the open dataset, which the Workspace owns (null: editing off, e.g.
    /// another MaskLens holds it). Clears the undo history.
    void setStore(analysis::LabelStore *store, const analysis::Dataset *original);
    analysis::LabelStore *store() const { return m_store; }
    bool canEdit() const { return m_store != nullptr; }
    QUndoStack *undoStack() { return &m_undo; }

    /// Edits of the given dataset samples; person fields apply to the samples' people (once each).
    bool setMask(const QList<int> &samples, analysis::MaskState mask);
    bool setGender(const QList<int> &samples, analysis::Gender gender);
    /// Moves each person's age into the band: kept when already inside, else the nearest age in it.
    bool setAgeBand(const QList<int> &samples, analysis::AgeBand band,
                    const analysis::AgeBands &bands);
    bool setExcluded(const QList<int> &samples, bool excluded);
    bool setReviewed(const QList<int> &samples, bool reviewed);
    /// Swaps the incorrect_mask and normal labels of each sample's person.
    bool swapIncorrectNormal(const QList<int> &samples);
    /// Sets the field of a journal entry's target back to the entry's old value.
    bool revert(const analysis::Correction &correction);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// The labels changed (an edit, an undo or a redo): recompute what depends on them.
    void labelsChanged();
    void failed(const QString &message);

private:
    struct Change
    {
        QString target;
        analysis::LabelField field;
        QString before;
        QString after;
    };
    class Command;
    bool push(const QString &text, std::vector<Change> changes);
    bool write(const std::vector<Change> &changes, bool forward);
    bool setFlag(const QList<int> &samples, analysis::LabelField field, bool on,
                 const QString &text);
    QString current(const QString &target, analysis::LabelField field) const;

    analysis::LabelStore *m_store = nullptr;
    const analysis::Dataset *m_original = nullptr;
    QUndoStack m_undo;
    QString m_lastError;
};

} // namespace masklens::gui
