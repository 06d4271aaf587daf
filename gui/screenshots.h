// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's pictures for the docs, the tests and bug reports (`masklens DIR --screenshot OUT`):
// each view rendered as the user sees it - thumbnails and review pictures waited for, not
// "loading" - plus the comparison of the last two runs and an index of what each shows.

#include <QString>

namespace masklens::gui {

class MainWindow;

/// Renders each page of `window` to DIR/<page>.png, the comparison of the last two runs to
/// DIR/compare.png, and writes DIR/index.txt: each picture with its view's title, and the menus,
/// as shown. False, with *error naming the file, when one cannot be written.
bool saveScreenshots(MainWindow &window, const QString &dir, QString *error = nullptr);

} // namespace masklens::gui
