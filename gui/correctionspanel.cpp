// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionspanel.h"

#include "correctionsmodel.h"
#include "labeleditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace masklens::gui {

CorrectionsPanel::CorrectionsPanel(CorrectionsModel *model, LabelEditor *editor, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("correctionsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertCorrection"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_revert, &QPushButton::clicked, this, [this, editor] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            editor->revert(m_model->correction(m_proxy->mapToSource(current).row()));
    });
    retranslate();
}

void CorrectionsPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter corrections…"));
    m_filter->setAccessibleName(tr("Filter corrections"));
    m_view->setAccessibleName(tr("Corrections"));
    m_revert->setText(tr("Revert selected"));
}

} // namespace masklens::gui
