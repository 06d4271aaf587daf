// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The masklens executable's whole life: command line, language, window, --screenshot mode.
// Call from main() with the QApplication already made.

namespace masklens::gui {

int runWorkbench();

} // namespace masklens::gui
