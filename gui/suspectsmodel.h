// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review queue's data: the ranked suspects (analysis::findLabelIssues) with each one's review
// status, as a table model (rank, kind, given -> suggested, score, status, person / image), and
// SuspectsFilter, the proxy the queue shows: one kind, or only those left to review (the one
// being looked at stays). The Label issues view is their view; tests/tst_suspectsmodel checks
// both under QAbstractItemModelTester. GUI thread only.

#include "analysis/labelissues.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace masklens::gui {

class SuspectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Status { Pending, Accepted, Rejected, Skipped };
    enum Column { Rank, Kind, Change, Score, StatusColumn, Target, ColumnCount };
    enum Role {
        IndexRole = Qt::UserRole + 1, ///< the suspect's index in the ranked list (int)
        KindRole,                     ///< analysis::IssueKind (int)
        StatusRole,                   ///< Status (int)
    };

    explicit SuspectsModel(QObject *parent = nullptr);

    /// The suspects, highest score first, every one pending; `bands` name the classes.
    void setSuspects(std::vector<analysis::LabelIssue> suspects, const analysis::AgeBands &bands);
    void clear();
    int count() const { return int(m_issues.size()); }
    const analysis::LabelIssue &issue(int index) const { return m_issues[std::size_t(index)]; }
    Status status(int index) const { return m_status[std::size_t(index)]; }
    /// Changes one suspect's status: dataChanged for its status cell only.
    void setStatus(int index, Status status);

    static QString kindText(analysis::IssueKind kind);
    static QString statusText(Status status);
    /// A label of a suspect as the queue says it: a class by name, the rest as the files do.
    QString valueText(const analysis::IssueValue &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analysis::LabelIssue> m_issues;
    std::vector<Status> m_status;
    analysis::AgeBands m_bands;
};

class SuspectsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SuspectsFilter(QObject *parent = nullptr);
    /// Only suspects of this kind (-1: every kind).
    void setKind(int kind);
    /// Only those pending or skipped.
    void setPendingOnly(bool on);
    /// A suspect that stays listed whatever the filter says (the one on screen).
    void setKept(int index);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    bool m_pendingOnly = false;
    int m_kept = -1;
};

} // namespace masklens::gui
