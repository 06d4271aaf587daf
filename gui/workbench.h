#pragma once
// The masklens executable's whole life: command line, language, window, --screenshot mode.
// Call from main() with the QApplication already made.

namespace masklens::gui {

int runWorkbench();

} // namespace masklens::gui
