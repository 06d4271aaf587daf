// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace masklens::gui {

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window,
                                                       const QTabWidget *pages)
{
    QList<Entry> entries;
    QList<const QAction *> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        text.remove(QChar(0x2026)); // the ellipsis of "Open…"
        if (text.isEmpty())
            text = action->toolTip();
        // The view an action belongs to: the page among its parents, else the whole window.
        QString where = tr("Everywhere");
        for (const QObject *o = action->parent(); o; o = o->parent()) {
            if (const auto *w = qobject_cast<const QWidget *>(o); w && pages) {
                const int tab = pages->indexOf(const_cast<QWidget *>(w));
                if (tab >= 0) {
                    where = pages->tabText(tab).remove(QLatin1Char('&'));
                    break;
                }
            }
        }
        entries.append({keys.join(QStringLiteral(", ")), text.trimmed(), where});
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        const bool aAll = a.where == tr("Everywhere"), bAll = b.where == tr("Everywhere");
        return aAll != bAll ? aAll : a.where < b.where;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, const QTabWidget *pages, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcuts"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (const Entry &e : collect(window, pages))
        new QTreeWidgetItem(tree, {e.keys, e.action, e.where});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace masklens::gui
