// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Label corrections that never lose work. Gender and age belong to a person (a correction
// changes all seven images), the mask state to an image; an image can also be excluded from
// training, with a reason, and marked reviewed. The original train.csv is never modified: every
// correction is appended to a journal beside the dataset (DIR/.masklens/corrections.jsonl), one
// JSON object per line, fsync'ed before set() returns. Opening replays it; a torn last line
// (a tail without its newline: a crash mid-write) is reported, dropped and cut off, and nothing
// before it is lost; a complete line that is not a valid entry is reported and kept. The journal
// and its folder must be real (not symbolic links): MaskLens never writes outside the dataset. A
// lock file keeps a second MaskLens off the same dataset. GUI-thread or single-thread use.

#include "csv.h"
#include "dataset.h"
#include "result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLockFile>

#include <map>
#include <memory>
#include <set>

namespace masklens::analysis {

enum class LabelField { Gender, Age, Mask, Excluded, Reviewed };
QString labelFieldName(LabelField f); ///< gender, age, mask, excluded, reviewed

/// One journal entry: `target` is a person folder (gender, age) or "folder/file" (mask,
/// excluded, reviewed); values are strings ("female", "58", "normal", "true").
struct Correction
{
    qint64 seq = 0;
    QDateTime time;
    QString target;
    LabelField field = LabelField::Gender;
    QString previousValue; ///< the value before (the journal's "old" key)
    QString newValue;
    QString note;
    QString user;
};

class LabelStore
{
public:
    /// Opens the journal of `dataset` (creating DIR/.masklens), takes the lock and replays the
    /// corrections. Fails when another MaskLens holds the lock or the folder is not writable.
    /// `readOnly` skips the lock and never writes (evaluate, train).
    static Result<std::unique_ptr<LabelStore>> open(const Dataset &dataset, bool readOnly = false);
    ~LabelStore();

    QString journalPath() const { return m_journalPath; }
    /// Problems met while replaying (a torn last line, a line naming an unknown image...).
    const std::vector<Problem> &problems() const { return m_problems; }
    const std::vector<Correction> &corrections() const { return m_corrections; }

    /// Appends a correction durably; returns only after fsync. Values are checked against the
    /// dataset (known target, valid gender/age/mask). The old value is filled in.
    Result<Correction> set(const QString &target, LabelField field, const QString &value,
                           const QString &note = {});
    struct Edit
    {
        QString target;
        LabelField field;
        QString value;
    };
    /// Several corrections at once: all are checked first, then appended in one durable write;
    /// when one is invalid nothing is written.
    Result<std::vector<Correction>> setAll(const std::vector<Edit> &edits,
                                           const QString &note = {});

    /// The dataset with every correction applied (people's gender/age, images' mask state,
    /// exclusions).
    Dataset apply(const Dataset &original) const;
    bool isReviewed(const QString &imageKey) const { return m_reviewed.count(imageKey) > 0; }
    /// The labels' version: the sequence number of the journal's last entry, 0 for the
    /// original labels. Training runs record it.
    qint64 version() const { return m_corrections.empty() ? 0 : m_corrections.back().seq; }
    int correctedPeople() const { return int(m_gender.size() + m_age.size()); }

    /// A train.csv with corrected gender and age, written atomically (QSaveFile), and a changes
    /// report (one row per corrected field, latest value).
    Status exportTrainCsv(const Dataset &original, const QString &file) const;
    Status exportReport(const QString &file) const;

    /// The current value of a field of a target as the journal sees it (empty: never set).
    QString currentValue(const QString &target, LabelField field) const;

private:
    LabelStore() = default;
    Status replay();
    void addProblem(Problem problem);
    Result<Correction> prepare(const QString &target, LabelField field, const QString &value,
                               const QString &note, qint64 seq) const;
    void applyToState(const Correction &c);

    const Dataset *m_dataset = nullptr;
    QString m_journalPath;
    bool m_readOnly = false;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<Correction> m_corrections;
    std::vector<Problem> m_problems;
    qint64 m_droppedProblems = 0;
    qint64 m_lastSeq = 0; ///< the highest seq in the journal, valid entry or not
    std::map<QString, QString> m_gender, m_age, m_mask, m_excluded; ///< target -> latest value
    std::set<QString> m_reviewed;
};

/// Opens the store read-only and applies it: the labels evaluate and train use by default.
/// Returns the original dataset when there is no journal. `labelsVersion` gets the journal's
/// version (see LabelStore::version).
Result<Dataset> datasetWithCorrections(const Dataset &original,
                                       std::vector<Problem> *problems = nullptr,
                                       qint64 *labelsVersion = nullptr);

} // namespace masklens::analysis
