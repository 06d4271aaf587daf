// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"
#include "safefile.h"

#include <climits>

#include <QCoreApplication>
#include <QFile>

namespace masklens::analysis {

int CsvTable::column(QStringView name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (QStringView(header[i]).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<CsvTable> readCsv(const QString &path)
{
    const auto bytes = readRegularFile(path, kMaxTextFileBytes);
    if (!bytes)
        return bytes.error();
    return parseCsv(QString::fromUtf8(*bytes), path);
}

Result<CsvTable> parseCsv(const QString &text, const QString &file)
{
    CsvTable table;
    table.file = file;

    int pos = 0;
    const int n = int(text.size());
    if (n > 0 && text[0] == QChar(0xFEFF)) // UTF-8 byte-order mark from spreadsheet exports
        pos = 1;

    int line = 1;
    bool haveHeader = false;
    qint64 unlisted = 0;
    auto problem = [&](int at, const QString &message) {
        if (table.problems.size() < kMaxListedProblems)
            table.problems.push_back({file, at, message, ProblemKind::BadRow});
        else
            ++unlisted;
    };
    while (pos < n) {
        // One record: fields separated by commas, ended by a newline outside quotes.
        const int startLine = line;
        const int startPos = pos;
        QStringList fields;
        QString field;
        bool inQuotes = false;
        bool quotedField = false;
        bool recordEnded = false;
        while (pos < n && !recordEnded) {
            const QChar c = text[pos];
            if (inQuotes) {
                if (c == u'"') {
                    if (pos + 1 < n && text[pos + 1] == u'"') {
                        field += u'"';
                        pos += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == u'\n')
                        ++line;
                    field += c;
                }
                ++pos;
                continue;
            }
            if (c != u'"' && c != u',' && c != u'\r' && c != u'\n') {
                // Plain run of characters: one slice instead of a QChar append each.
                int end = pos + 1;
                while (end < n && text[end] != u',' && text[end] != u'\n' && text[end] != u'\r' &&
                       text[end] != u'"')
                    ++end;
                field += QStringView(text).mid(pos, end - pos);
                pos = end;
                continue;
            }
            if (c == u'"' && field.isEmpty() && !quotedField) {
                inQuotes = true;
                quotedField = true;
            } else if (c == u',') {
                fields.append(field);
                field.clear();
                quotedField = false;
            } else if (c == u'\r') {
                // CRLF line ends: the \n that follows ends the record.
            } else if (c == u'\n') {
                ++line;
                recordEnded = true;
            } else {
                field += c;
            }
            ++pos;
        }
        if (inQuotes) {
            // One stray quote must not swallow the rest of the file: drop this line alone and
            // read on from the next one.
            problem(startLine, QCoreApplication::translate(
                                   "Csv", "a quoted field is never closed; row dropped, reading "
                                          "goes on at the next line"));
            const int nextLine = int(text.indexOf(u'\n', startPos));
            if (nextLine < 0)
                break;
            pos = nextLine + 1;
            line = startLine + 1;
            continue;
        }
        fields.append(field);
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue; // blank line
        if (!haveHeader) {
            table.header = fields;
            haveHeader = true;
            continue;
        }
        if (fields.size() != table.header.size()) {
            problem(startLine,
                    QCoreApplication::translate("Csv", "expected %1 fields (%2) but found %3; row "
                                                       "dropped")
                        .arg(table.header.size())
                        .arg(table.header.join(u','))
                        .arg(fields.size()));
            continue;
        }
        table.rows.push_back({startLine, std::move(fields)});
    }
    if (unlisted > 0) {
        // (A template argument inside translate()'s parentheses makes lupdate loop for ever.)
        const int more = int(std::min(unlisted, qint64(INT_MAX)));
        table.problems.push_back(
            {file, 0,
             QCoreApplication::translate("Csv", "%n more problem(s) of this file not listed",
                                         nullptr, more)});
    }
    if (!haveHeader)
        return Error{file, 1, QCoreApplication::translate("Csv", "empty file: no header row")};
    return table;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace masklens::analysis
