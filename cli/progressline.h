// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A progress line on stderr for long CLI work: rewritten in place on a terminal, a line every
// few seconds otherwise (logs, CI). Main thread only.

#include <QElapsedTimer>
#include <QString>

namespace masklens::cli {

class ProgressLine
{
public:
    explicit ProgressLine(QString label);
    /// Suits analysis::Progress: always returns true (the CLI cancels with Ctrl+C).
    bool operator()(qint64 done, qint64 total);
    void finish();

private:
    QString m_label;
    QElapsedTimer m_clock;
    qint64 m_lastPrintMs = -1;
    bool m_tty = false;
    bool m_printed = false;
    bool m_finalPrinted = false;
};

} // namespace masklens::cli
