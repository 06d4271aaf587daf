// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whole-file writes for the training core (the C++ standard library and POSIX only: the
// trainer builds without Qt). The same rules as analysis/safefile.h: a temporary file beside the
// target, every write checked, fsync, rename - on a full disk the old file stays as it was and
// the caller gets the system's reason; a symbolic link at the target is refused, never
// followed. Any thread.

#include "expected.h"

#include <string>

namespace masklens::model {

/// Replaces `path` with `bytes`; fails with "PATH: reason".
Status writeFileDurably(const std::string &path, const std::string &bytes);

/// Appends `bytes` to `path` (created if missing; never through a link); on a short write the
/// file is cut back to its old length. Fails with
/// "PATH: reason".
Status appendToFile(const std::string &path, const std::string &bytes);

/// Moves the finished `from` over `to` (same folder) after fsync'ing it; a link at `to` is
/// refused. Fails with
/// "PATH: reason".
Status commitFile(const std::string &from, const std::string &to);

} // namespace masklens::model
