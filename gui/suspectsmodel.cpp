// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suspectsmodel.h"

#include <QColor>

namespace masklens::gui {

using namespace analysis;

SuspectsModel::SuspectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SuspectsModel::setSuspects(std::vector<LabelIssue> suspects, const AgeBands &bands)
{
    beginResetModel();
    m_issues = std::move(suspects);
    m_status.assign(m_issues.size(), Status::Pending);
    m_bands = bands;
    endResetModel();
}

void SuspectsModel::clear()
{
    setSuspects({}, m_bands);
}

void SuspectsModel::setStatus(int index, Status status)
{
    if (index < 0 || index >= count() || m_status[std::size_t(index)] == status)
        return;
    m_status[std::size_t(index)] = status;
    const QModelIndex cell = this->index(index, StatusColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ForegroundRole, StatusRole});
}

QString SuspectsModel::kindText(IssueKind kind)
{
    switch (kind) {
    case IssueKind::PersonGender:
        return tr("gender flip (person)");
    case IssueKind::PersonAgeBand:
        return tr("age band (person)");
    case IssueKind::MaskSwap:
        return tr("incorrect/normal swap");
    case IssueKind::ConfidentLearning:
        return tr("image label");
    }
    return {};
}

QString SuspectsModel::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("to review");
    case Status::Accepted:
        return tr("accepted");
    case Status::Rejected:
        return tr("rejected");
    case Status::Skipped:
        return tr("skipped");
    }
    return {};
}

QString SuspectsModel::valueText(const IssueValue &value) const
{
    if (const int *c = std::get_if<int>(&value))
        return className(*c, m_bands);
    return issueValueText(value, m_bands);
}

int SuspectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int SuspectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuspectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = index.row();
    const LabelIssue &issue = m_issues[std::size_t(i)];
    const Status status = m_status[std::size_t(i)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return QString::number(i + 1);
        case Kind:
            return kindText(issue.kind);
        case Change:
            return valueText(issue.given) + QStringLiteral(" → ") + valueText(issue.suggested);
        case Score:
            return QString::number(issue.score, 'f', 3);
        case StatusColumn:
            return statusText(status);
        case Target:
            return issue.target;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Score)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (status) {
        case Status::Accepted:
            return QColor(46, 139, 87);
        case Status::Rejected:
            return QColor(120, 120, 120);
        case Status::Skipped:
            return QColor(184, 134, 11);
        case Status::Pending:
            return {}; // the palette's text colour
        }
        return {};
    case IndexRole:
        return i;
    case KindRole:
        return int(issue.kind);
    case StatusRole:
        return int(status);
    default:
        return {};
    }
}

QVariant SuspectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Kind:
        return tr("kind");
    case Change:
        return tr("given → suggested");
    case Score:
        return tr("score");
    case StatusColumn:
        return tr("status");
    case Target:
        return tr("person / image");
    }
    return {};
}

SuspectsFilter::SuspectsFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void SuspectsFilter::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void SuspectsFilter::setPendingOnly(bool on)
{
    if (on == m_pendingOnly)
        return;
    m_pendingOnly = on;
    invalidateFilter();
}

void SuspectsFilter::setKept(int index)
{
    if (index == m_kept)
        return;
    m_kept = index;
    if (m_pendingOnly || m_kind >= 0)
        invalidateFilter();
}

bool SuspectsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && row.data(SuspectsModel::KindRole).toInt() != m_kind)
        return false;
    if (m_pendingOnly && sourceRow != m_kept) {
        const auto status = SuspectsModel::Status(row.data(SuspectsModel::StatusRole).toInt());
        return status == SuspectsModel::Status::Pending || status == SuspectsModel::Status::Skipped;
    }
    return true;
}

} // namespace masklens::gui
