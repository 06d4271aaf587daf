// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing whole files without losing anything: the one place every MaskLens file
// goes through (exports, reports, run records, configs, predictions).
//
// Writes are atomic (a temporary file beside the target, every write checked, fsync, rename):
// on a full disk or any other error the target keeps what it had and the caller gets the
// system's reason ("No space left on device"), never an empty or cut file with success.
// Files MaskLens keeps for itself (run.json, the journal, configs) are never written through a
// symbolic link: a link planted there is refused by name instead of redirecting the write.
// Reads take only regular files of a bounded size. Any thread; nothing to cancel.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace masklens::analysis {

enum class LinkPolicy {
    Refuse, ///< the path itself must not be a symbolic link (MaskLens's own files)
    Follow, ///< a link names the file to replace (a path the user typed)
};

/// Replaces `path` with `bytes` atomically; on failure `path` is untouched.
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           LinkPolicy links = LinkPolicy::Refuse);

/// Appends `bytes` to `path` (created 0644 if missing) and fsyncs; never follows a link.
/// On a short write the file is cut back to its old length, so no half line is left behind.
Status appendDurably(const QString &path, const QByteArray &bytes);

/// Reads a regular file of at most `maxBytes` (anything else - a folder, a FIFO, a device, a
/// link when `links` is Refuse - is refused by name, so a hostile path cannot hang or flood the
/// reader).
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes,
                                   LinkPolicy links = LinkPolicy::Follow);

/// True when `path` exists and is a symbolic link (not followed).
bool isSymbolicLink(const QString &path);

/// The default cap for text files MaskLens reads whole (CSV, JSON): 512 MiB.
inline constexpr qint64 kMaxTextFileBytes = qint64(512) << 20;

} // namespace masklens::analysis
