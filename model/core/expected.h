// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training core's one result type (standard library only, like std::expected in C++23): a
// value, or why it could not be had - one sentence naming the file or the setting. The Qt side
// turns it into analysis::Result at the model boundary; the trainer turns it into an "error"
// event. Nothing in model/core reports failure another way (exceptions from LibTorch are caught
// where they are raised, or by the trainer's one top-level catch).

#include <string>
#include <utility>
#include <variant>

namespace masklens::model {

/// Why something failed.
struct Failure
{
    std::string message;
};

inline Failure failure(std::string message)
{
    return Failure{std::move(message)};
}

template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(Failure failure) : m_state(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &operator*() { return std::get<0>(m_state); }
    const T &operator*() const { return std::get<0>(m_state); }
    T *operator->() { return &std::get<0>(m_state); }
    const T *operator->() const { return &std::get<0>(m_state); }
    /// The reason (only when !ok()).
    const std::string &error() const { return std::get<1>(m_state).message; }

private:
    std::variant<T, Failure> m_state;
};

/// Success without a value.
struct Done
{
};
using Status = Expected<Done>;
inline Status success()
{
    return Done{};
}

} // namespace masklens::model
