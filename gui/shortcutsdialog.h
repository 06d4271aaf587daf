// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help > Keyboard Shortcuts: every key the window answers to, read from the window's own
// actions when the dialog opens (menus, the gallery's relabel keys, the review queue's keys), so
// the list can never disagree with what the keys do. GUI thread only.

#include <QDialog>
#include <QList>
#include <QString>

class QTabWidget;

namespace masklens::gui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString keys;   ///< "Ctrl+O", or several as "A, Return"
        QString action; ///< what it does, as the menu or button says it
        QString where;  ///< the view it works in, or "Everywhere"
    };

    /// The window's shortcuts; `pages` names the views by their tab titles.
    static QList<Entry> collect(const QWidget *window, const QTabWidget *pages);

    ShortcutsDialog(const QWidget *window, const QTabWidget *pages, QWidget *parent = nullptr);
};

} // namespace masklens::gui
