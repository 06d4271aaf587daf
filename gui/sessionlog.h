// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One log file per session of the window, under the XDG state folder
// ($XDG_STATE_HOME/masklens/log, by default ~/.local/state/masklens/log): every Qt message
// (qDebug..qFatal, with its category) and what the user did that matters for a bug report
// (datasets opened, predictions and models loaded, runs started and ended, errors shown). The
// newest kMaxLogs files are kept. Messages still reach stderr as before, except the session's
// own info lines (category masklens.session), which go to the file only.

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace masklens::gui {

class SessionLog
{
public:
    static constexpr int kMaxLogs = 20;

    /// The folder the logs go to, from the environment.
    static QString folder();
    /// Opens this session's file and routes Qt's messages to it; false (and no log) when the
    /// folder cannot be made, with the reason in *error. Call once, after QApplication.
    static bool start(QString *error = nullptr);
    /// This session's file, empty before start().
    static QString file();
};

} // namespace masklens::gui
