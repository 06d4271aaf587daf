// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small RFC 4180 CSV reader that keeps line numbers, so every problem can name its line.
// Reentrant; call from any thread.

#include "result.h"

#include <QStringList>

#include <vector>

namespace masklens::analysis {

/// Problems a reader lists one by one; beyond this it counts them in one last entry.
inline constexpr std::size_t kMaxListedProblems = 1000;

struct CsvRow
{
    int line = 0; ///< 1-based line of the file where the row starts (the header is line 1)
    QStringList fields;
};

struct CsvTable
{
    QString file;
    QStringList header;
    std::vector<CsvRow> rows;
    /// Rows dropped for a wrong field count, an open quote...: at most kMaxListedProblems, then
    /// one entry counting the rest.
    std::vector<Problem> problems;

    /// Column index of a header name (case-insensitive, trimmed), or -1.
    int column(QStringView name) const;
};

/// Reads a whole CSV file with a header row. Rows with a field count other than the header's
/// are reported in problems and dropped; blank lines are skipped. Fails only when the file
/// cannot be read or has no header.
Result<CsvTable> readCsv(const QString &path);
/// The same over text already in memory; `file` names it in problems.
Result<CsvTable> parseCsv(const QString &text, const QString &file);

/// Quotes a field when it needs it (comma, quote, newline).
QString csvField(const QString &value);

} // namespace masklens::analysis
