// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T>: a value or an Error a user can act on (file, line, what was expected).
// Used by every domain function that can fail; nothing in analysis/ throws.

#include <QString>

#include <utility>
#include <variant>

namespace masklens::analysis {

/// What kind of thing is wrong, for code and tests to decide on (the message is for people and
/// is translated). Other: everything not given a kind of its own yet.
enum class ProblemKind {
    Other,
    EmptyPath,     ///< train.csv: a row without a path
    BadFolderName, ///< train.csv: a path that is not one folder name
    DuplicateRow,  ///< a person or an eval image listed twice
    UnknownGender, ///< train.csv: gender other than male/female
    BadAge,        ///< train.csv: an age that is not a whole number of years in range
    MissingFolder, ///< a person's folder (or the images folder) is not there
    UnreadableFolder,
    NotARegularFile, ///< a pipe, device, socket or broken link among the images
    DuplicateImage,  ///< two files for one of the seven stems
    MissingImage,    ///< one of a person's seven images is not there
    UnlistedFolder,  ///< a folder in train/images that train.csv does not list
    MissingColumn,
    BadClass,        ///< eval/info.csv: ans outside 0..17
    BadRow,          ///< a CSV record that does not parse (field count, quotes)
    UnreadableImage, ///< an image file that cannot be read or decoded
};

/// One thing wrong with the input: which file, which line (0 when it does not apply), what (for
/// people), and its kind (for code).
struct Problem
{
    Problem() = default;
    Problem(QString file, int line, QString message, ProblemKind kind = ProblemKind::Other)
        : file(std::move(file)), line(line), message(std::move(message)), kind(kind)
    {
    }

    QString file;
    int line = 0;
    QString message;
    ProblemKind kind = ProblemKind::Other;

    /// "file:line: message" (or "file: message"), the form compilers use and editors can open.
    QString toString() const
    {
        if (file.isEmpty())
            return message;
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

using Error = Problem;

template <class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    static Result failure(QString file, int line, QString message)
    {
        return Result(Error{std::move(file), line, std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// A Result for operations that produce nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace masklens::analysis
