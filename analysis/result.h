// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T>: a value or an Error a user can act on (file, line, what was expected).
// Used by every domain function that can fail; nothing in analysis/ throws.

#include <QString>

#include <utility>
#include <variant>

namespace masklens::analysis {

/// One thing wrong with the input: which file, which line (0 when it does not apply), and what.
struct Problem
{
    QString file;
    int line = 0;
    QString message;

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
