// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a run's events go (trainingprotocol.h): stdout for everyone watching, and the run's
// metrics.jsonl for the epochs, ensembles and the end. Of several processes training one model
// only rank 0 speaks; the others' failures go to their stderr. Standard library only.

#include "expected.h"

#include <functional>
#include <string>

namespace masklens::model {

class EventWriter
{
public:
    using Sink = std::function<void(const std::string &line)>;
    EventWriter(Sink sink, int rank) : m_sink(std::move(sink)), m_rank(rank) {}

    bool speaks() const { return m_rank == 0; }
    /// The file record() appends to (RUN/metrics.jsonl; a Slurm task's own beside its model).
    void setRecordFile(std::string file) { m_recordFile = std::move(file); }
    const std::string &recordFile() const { return m_recordFile; }

    /// An event for whoever watches (progress, start, stopped...). Not "emit": Qt defines that
    /// word..
    void say(const std::string &line) const;
    /// An event that is also the run's record: appended to the record file first (a trainer
    /// killed while printing has recorded what its state counts), then emitted.
    Status record(const std::string &line) const;
    /// The "error" event (rank 0) or a line on stderr (the others). Returns 2, the exit status.
    int fail(const std::string &message) const;

private:
    Sink m_sink;
    int m_rank = 0;
    std::string m_recordFile;
};

} // namespace masklens::model
