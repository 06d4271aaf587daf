// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The typed reader of the training protocol (model/core/trainingprotocol.h): one line in, the
// event's struct out - the same struct its writer filled - or a typed warning {kind, line,
// detail} saying why not (in the manner of PlotJuggler's CSV parser: callers and tests decide on
// the kind, never on English text). Every reader of trainer output goes through it: run.json's
// keeper (RunRecord), readRun's metrics.jsonl, the window's TrainingProcess and Training view,
// and the ssh and Slurm relays. Qt Core only; reentrant.

#include "model/core/trainingprotocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace masklens::analysis {

using TrainingEvent =
    std::variant<protocol::StartEvent, protocol::ProgressEvent, protocol::EpochEvent,
                 protocol::EnsembleEvent, protocol::StoppedEvent, protocol::ErrorEvent,
                 protocol::PreparedEvent, protocol::SubmittedEvent, protocol::TaskEvent,
                 protocol::TaskDoneEvent, protocol::DoneEvent>;

protocol::EventType eventTypeOf(const TrainingEvent &event);

struct ProtocolWarning
{
    enum class Kind {
        NotJson,      ///< not a JSON object: a banner from ssh, a Slurm message, a torn line
        NoEventName,  ///< an object without a string "event"
        UnknownEvent, ///< an event this MaskLens does not know (a newer trainer): kept as JSON
        MissingKey,   ///< a required key is absent (the event comes with its default)
        WrongType,    ///< a key holds another type than the protocol's (its default is used)
    };
    Kind kind = Kind::NotJson;
    int line = 0;   ///< the caller's line number, 0 when not given
    QString detail; ///< the key or the event name concerned
};

struct ParsedLine
{
    /// The event, when the line is one this MaskLens knows (even with a missing key).
    std::optional<TrainingEvent> event;
    /// The whole object (empty when the line is not JSON): relays pass it on unchanged, and it
    /// holds the fields later versions add.
    QJsonObject json;
    std::vector<ProtocolWarning> warnings;

    bool isEvent() const { return event.has_value(); }
    template <typename T> const T *as() const { return event ? std::get_if<T>(&*event) : nullptr; }
    std::optional<protocol::EventType> type() const
    {
        return event ? std::optional(eventTypeOf(*event)) : std::nullopt;
    }
};

/// Parses one line of trainer output (surrounding white space ignored).
ParsedLine parseTrainingEvent(const QByteArray &line, int lineNumber = 0);

} // namespace masklens::analysis
