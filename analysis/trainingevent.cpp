// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingevent.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace masklens::analysis {

using namespace protocol;

protocol::EventType eventTypeOf(const TrainingEvent &event)
{
    return std::visit([](const auto &e) { return std::decay_t<decltype(e)>::type; }, event);
}

namespace {

/// Reads the keys of one object into typed fields, noting what is missing or mistyped.
class Reader
{
public:
    Reader(const QJsonObject &o, ParsedLine &out, int line) : m_o(o), m_out(out), m_line(line) {}

    /// Keys from here on are optional: absent ones are not warned about.
    void optional() { m_required = false; }
    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }

    void read(const char *key, std::string &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            if (v.isString())
                to = v.toString().toStdString();
            else
                wrongType(key);
        }
    }
    void read(const char *key, double &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            if (v.isDouble())
                to = v.toDouble();
            else if (v.isNull()) // the writer's non-finite number (a NaN loss)
                to = std::numeric_limits<double>::quiet_NaN();
            else
                wrongType(key);
        }
    }
    void read(const char *key, std::int64_t &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            // Whole numbers that a double holds exactly (beyond 2^53 a count is not one).
            if (v.isDouble() && std::floor(v.toDouble()) == v.toDouble() &&
                std::abs(v.toDouble()) <= 9007199254740992.0)
                to = std::int64_t(v.toDouble());
            else
                wrongType(key);
        }
    }
    void read(const char *key, int &to)
    {
        std::int64_t wide = to;
        read(key, wide);
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
            return wrongType(key); // not silently cut to another number
        to = int(wide);
    }
    void read(const char *key, bool &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            if (v.isBool())
                to = v.toBool();
            else
                wrongType(key);
        }
    }
    void read(const char *key, std::vector<double> &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            if (!v.isArray())
                return wrongType(key);
            to.clear();
            bool mistyped = false;
            for (const QJsonValue &x : v.toArray()) {
                // null is the writer's non-finite number; anything else is not a number at all.
                mistyped |= !x.isDouble() && !x.isNull();
                to.push_back(x.isDouble() ? x.toDouble()
                                          : std::numeric_limits<double>::quiet_NaN());
            }
            if (mistyped)
                wrongType(key);
        }
    }
    void read(const char *key, std::vector<int> &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            if (!v.isArray())
                return wrongType(key);
            to.clear();
            bool mistyped = false;
            for (const QJsonValue &x : v.toArray()) {
                mistyped |= !x.isDouble() || x.toDouble() != double(x.toInt());
                to.push_back(x.toInt());
            }
            if (mistyped)
                wrongType(key);
        }
    }
    /// An object kept as its JSON text (the start event's config).
    void readObjectText(const char *key, std::string &to)
    {
        if (const QJsonValue v = value(key); !v.isUndefined()) {
            if (v.isObject())
                to = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
            else
                wrongType(key);
        }
    }
    void read(ModelPosition &p)
    {
        read(key::model, p.model);
        read(key::fold, p.fold);
        read(key::seed, p.seed);
        read(key::epoch, p.epoch);
        read(key::epochs, p.epochs);
    }

private:
    QJsonValue value(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() && m_required)
            m_out.warnings.push_back(
                {ProtocolWarning::Kind::MissingKey, m_line, QString::fromLatin1(key)});
        return v;
    }
    void wrongType(const char *key)
    {
        m_out.warnings.push_back(
            {ProtocolWarning::Kind::WrongType, m_line, QString::fromLatin1(key)});
    }

    const QJsonObject &m_o;
    ParsedLine &m_out;
    int m_line;
    bool m_required = true;
};

TrainingEvent readEvent(EventType type, Reader &r)
{
    switch (type) {
    case EventType::Start: {
        StartEvent e;
        r.read(key::device, e.device);
        r.read(key::threads, e.threads);
        r.read(key::images, e.images);
        r.read(key::people, e.people);
        r.read(key::models, e.models);
        r.read(key::inputWidth, e.inputWidth);
        r.read(key::inputHeight, e.inputHeight);
        r.read(key::resume, e.resume);
        r.read(key::worldSize, e.worldSize);
        r.read(key::rank, e.rank);
        r.readObjectText(key::config, e.config);
        return e;
    }
    case EventType::Progress: {
        ProgressEvent e;
        r.read(e.at);
        r.read(key::batch, e.batch);
        r.read(key::batches, e.batches);
        r.read(key::loss, e.loss);
        r.read(key::imagesPerS, e.imagesPerS);
        r.read(key::etaS, e.etaS);
        return e;
    }
    case EventType::Epoch: {
        EpochEvent e;
        r.read(e.at);
        r.read(key::trainLoss, e.trainLoss);
        r.read(key::valLoss, e.valLoss);
        r.read(key::valMacroF1, e.valMacroF1);
        r.read(key::valAccuracy, e.valAccuracy);
        r.read(key::valOldF1, e.valOldF1);
        r.read(key::perClassF1, e.perClassF1);
        r.read(key::lr, e.lr);
        r.read(key::best, e.best);
        r.read(key::seconds, e.seconds);
        r.read(key::imagesPerS, e.imagesPerS);
        r.optional();
        if (r.has(key::valAgeMae)) {
            e.valAgeMae = 0.0;
            r.read(key::valAgeMae, *e.valAgeMae);
        }
        if (r.has(key::worldSize)) {
            e.parallel.emplace();
            r.read(key::worldSize, e.parallel->worldSize);
            r.read(key::allreduceS, e.parallel->allreduceS);
            r.read(key::allreduceExposedS, e.parallel->allreduceExposedS);
            r.read(key::buckets, e.parallel->buckets);
        }
        return e;
    }
    case EventType::Ensemble: {
        EnsembleEvent e;
        r.read(key::models, e.models);
        r.read(key::hardMacroF1, e.hardMacroF1);
        r.read(key::hardAccuracy, e.hardAccuracy);
        r.read(key::softMacroF1, e.softMacroF1);
        r.read(key::softAccuracy, e.softAccuracy);
        r.read(key::hardPerClassF1, e.hardPerClassF1);
        r.read(key::softPerClassF1, e.softPerClassF1);
        return e;
    }
    case EventType::Stopped: {
        StoppedEvent e;
        r.read(key::message, e.message);
        r.optional();
        if (r.has(key::model)) {
            e.at.emplace();
            r.read(*e.at);
            r.read(key::batch, e.batch);
            r.read(key::checkpoint, e.checkpoint);
        }
        return e;
    }
    case EventType::Error: {
        ErrorEvent e;
        r.read(key::message, e.message);
        return e;
    }
    case EventType::Prepared: {
        PreparedEvent e;
        r.read(key::cache, e.cache);
        r.read(key::samples, e.samples);
        r.read(key::out, e.out);
        r.read(key::labelsVersion, e.labelsVersion);
        r.read(key::images, e.images);
        return e;
    }
    case EventType::Submitted: {
        SubmittedEvent e;
        r.read(key::jobId, e.jobId);
        r.read(key::tasks, e.tasks);
        r.read(key::models, e.models);
        return e;
    }
    case EventType::Task: {
        TaskEvent e;
        r.read(key::jobId, e.jobId);
        r.read(key::task, e.task);
        r.read(key::model, e.model);
        r.read(key::state, e.state);
        return e;
    }
    case EventType::TaskDone: {
        TaskDoneEvent e;
        r.read(key::model, e.model);
        r.read(key::seconds, e.seconds);
        return e;
    }
    case EventType::Done: {
        DoneEvent e;
        r.read(key::bestValMacroF1, e.bestValMacroF1);
        r.read(key::valMacroF1, e.valMacroF1);
        r.read(key::valAccuracy, e.valAccuracy);
        r.read(key::perClassF1, e.perClassF1);
        r.read(key::checkpoint, e.checkpoint);
        r.read(key::predictions, e.predictions);
        r.read(key::seconds, e.seconds);
        r.read(key::device, e.device);
        return e;
    }
    }
    return ErrorEvent{};
}

} // namespace

ParsedLine parseTrainingEvent(const QByteArray &line, int lineNumber)
{
    ParsedLine out;
    const QByteArray text = line.trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject()) {
        out.warnings.push_back({ProtocolWarning::Kind::NotJson, lineNumber, QString()});
        return out;
    }
    out.json = doc.object();
    const QJsonValue name = out.json.value(QLatin1String(key::event));
    if (!name.isString()) {
        out.warnings.push_back({ProtocolWarning::Kind::NoEventName, lineNumber, QString()});
        return out;
    }
    const std::optional<EventType> type = eventType(name.toString().toStdString());
    if (!type) {
        out.warnings.push_back({ProtocolWarning::Kind::UnknownEvent, lineNumber, name.toString()});
        return out;
    }
    Reader reader(out.json, out, lineNumber);
    out.event = readEvent(*type, reader);
    return out;
}

} // namespace masklens::analysis
