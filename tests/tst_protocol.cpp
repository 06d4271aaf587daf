// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The training protocol round trip: every event type written by its struct's json() (what the
// trainer and the launchers print) and read back by analysis::parseTrainingEvent gives the same
// struct; bad lines come back as typed warnings; docs/training-protocol.md names every event and
// every key the protocol defines.
#include "analysis/trainingevent.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <set>

using namespace masklens;
using namespace masklens::protocol;
using analysis::ParsedLine;
using analysis::parseTrainingEvent;
using analysis::ProtocolWarning;

Q_DECLARE_METATYPE(analysis::TrainingEvent)

namespace {

// Numbers that survive the writer's ten significant digits exactly.
std::vector<double> perClass()
{
    std::vector<double> v;
    for (int c = 0; c < 18; ++c)
        v.push_back(c / 32.0);
    return v;
}

ModelPosition position()
{
    return {2, 1, 43, 3, 7};
}

/// One event of every type, each field away from its default so a dropped key shows.
std::vector<analysis::TrainingEvent> everyEvent()
{
    std::vector<analysis::TrainingEvent> all;
    all.push_back(StartEvent{"cuda", 16, 18900, 2700, 5, 224, 280, true, 2, 0,
                             "{\"arch\":\"efficientnet_b0\",\"epochs\":7}"});
    all.push_back(ProgressEvent{position(), 12, 340, 0.8125, 96.5, 41.25});
    EpochEvent epoch{position(),
                     0.5,
                     0.625,
                     0.71875,
                     0.8125,
                     0.40625,
                     perClass(),
                     0.0009765625,
                     true,
                     61.5,
                     102.25,
                     4.5,
                     EpochEvent::Parallel{2, 0.0390625, 0.005859375, 5}};
    all.push_back(epoch);
    epoch.valAgeMae.reset(); // the usual one: one process, no age head
    epoch.parallel.reset();
    epoch.best = false;
    all.push_back(epoch);
    all.push_back(EnsembleEvent{3, 0.75, 0.875, 0.78125, 0.90625, perClass(), perClass()});
    all.push_back(StoppedEvent{"stopped after batch 12 of epoch 3", position(), 12,
                               "/runs/r1/fold1_seed43/last.mlck"});
    all.push_back(StoppedEvent{"job 17 cancelled; --resume resubmits", std::nullopt, 0, ""});
    all.push_back(ErrorEvent{"/data/train/train.csv:12: age \"x\" is not a number\n(second line)"});
    all.push_back(PreparedEvent{"/data/.masklens/cache/224x280.mlc", "/runs/r1/samples.csv",
                                "/runs/r1", 42, 18900});
    all.push_back(SubmittedEvent{"17", {0, 1, 2}, 3});
    all.push_back(TaskEvent{"17", 1, 1, "RUNNING"});
    all.push_back(TaskDoneEvent{1, 123.5});
    all.push_back(DoneEvent{0.75, 0.734375, 0.8125, perClass(), "/runs/r1/best.mlck",
                            "/runs/r1/oof_predictions.csv", 3600.5, "cpu"});
    return all;
}

std::string write(const analysis::TrainingEvent &e)
{
    return std::visit([](const auto &x) { return x.json(); }, e);
}

/// The row of the docs' event table for `name`.
QString docsRow(const QString &docs, std::string_view name)
{
    const QString start =
        QStringLiteral("| `%1` |").arg(QString::fromLatin1(name.data(), qsizetype(name.size())));
    for (const QString &line : docs.split(u'\n'))
        if (line.startsWith(start))
            return line;
    return {};
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEventTypeRoundTrips()
    {
        std::set<EventType> seen;
        for (const analysis::TrainingEvent &event : everyEvent()) {
            const std::string line = write(event);
            const ParsedLine parsed = parseTrainingEvent(QByteArray::fromStdString(line), 7);
            QVERIFY2(parsed.isEvent(), line.c_str());
            if (!parsed.warnings.empty())
                QFAIL(qPrintable(QString::fromStdString(line) + QStringLiteral(" -> ") +
                                 parsed.warnings.front().detail));
            QCOMPARE(int(*parsed.type()), int(analysis::eventTypeOf(event)));
            QVERIFY2(*parsed.event == event, line.c_str());
            // The line is one JSON object whose "event" is the type's name.
            QCOMPARE(parsed.json.value(QStringLiteral("event")).toString().toStdString(),
                     std::string(eventName(analysis::eventTypeOf(event))));
            // Every key written is one the protocol defines for the type.
            const auto keys = keysOf(analysis::eventTypeOf(event));
            for (const QString &k : parsed.json.keys())
                QVERIFY2(k == u"event" ||
                             std::find(keys.begin(), keys.end(), k.toStdString()) != keys.end(),
                         qPrintable(k));
            seen.insert(analysis::eventTypeOf(event));
        }
        QCOMPARE(seen.size(), kEventTypes.size());
    }

    void namesAndTypesAgree()
    {
        for (EventType t : kEventTypes) {
            QCOMPARE(eventType(eventName(t)), std::optional(t));
            QVERIFY(requiredKeyCount(t) >= 1);
            QVERIFY(requiredKeyCount(t) <= int(keysOf(t).size()));
        }
        QCOMPARE(eventType("no_such_event"), std::nullopt);
    }

    void badLinesAreTypedWarnings()
    {
        auto kinds = [](const ParsedLine &p) {
            QList<int> k;
            for (const ProtocolWarning &w : p.warnings)
                k.append(int(w.kind));
            return k;
        };
        using K = ProtocolWarning::Kind;
        const ParsedLine banner =
            parseTrainingEvent("Warning: Permanently added 'gpu1' (ED25519)", 3);
        QVERIFY(!banner.isEvent());
        QCOMPARE(kinds(banner), QList<int>{int(K::NotJson)});
        QCOMPARE(banner.warnings[0].line, 3);
        QCOMPARE(kinds(parseTrainingEvent("{\"epoch\":3}")), QList<int>{int(K::NoEventName)});
        QCOMPARE(kinds(parseTrainingEvent("{\"event\":12}")), QList<int>{int(K::NoEventName)});
        QCOMPARE(kinds(parseTrainingEvent("{\"event\":\"progress_v2\",\"batch\":1}")),
                 QList<int>{int(K::UnknownEvent)});
        // A newer trainer's event is not dropped: its JSON stays for whoever relays it.
        QCOMPARE(parseTrainingEvent("{\"event\":\"progress_v2\",\"batch\":1}")
                     .json.value(u"batch")
                     .toInt(),
                 1);
        // A torn last line of a killed run.
        QCOMPARE(kinds(parseTrainingEvent("{\"event\":\"epoch\",\"model\":0,\"fo")),
                 QList<int>{int(K::NotJson)});

        // A missing key: the event still comes, with the key named.
        const ParsedLine noMessage = parseTrainingEvent("{\"event\":\"error\"}", 9);
        QVERIFY(noMessage.as<ErrorEvent>());
        QCOMPARE(kinds(noMessage), QList<int>{int(K::MissingKey)});
        QCOMPARE(noMessage.warnings[0].detail, QStringLiteral("message"));
        QCOMPARE(noMessage.warnings[0].line, 9);
        // A wrong type: the default stands, the key is named.
        const ParsedLine wrong = parseTrainingEvent("{\"event\":\"task\",\"job_id\":\"5\",\"task\":"
                                                    "\"one\",\"model\":1,\"state\":\"RUNNING\"}");
        QCOMPARE(kinds(wrong), QList<int>{int(K::WrongType)});
        QCOMPARE(wrong.warnings[0].detail, QStringLiteral("task"));
        QCOMPARE(wrong.as<TaskEvent>()->state, std::string("RUNNING"));
        // A number that does not fit, or an array with something else in it, is named too.
        QCOMPARE(kinds(parseTrainingEvent(
                     "{\"event\":\"task_done\",\"model\":5000000000,\"seconds\":1}")),
                 QList<int>{int(K::WrongType)});
        QCOMPARE(
            kinds(parseTrainingEvent(
                "{\"event\":\"submitted\",\"job_id\":\"7\",\"tasks\":[0,\"x\"],\"models\":2}")),
            QList<int>{int(K::WrongType)});
        QCOMPARE(
            kinds(parseTrainingEvent("{\"event\":\"done\",\"best_val_macro_f1\":0.5,"
                                     "\"val_macro_f1\":0.5,\"val_accuracy\":0.5,"
                                     "\"per_class_f1\":[0.5,\"high\"],\"checkpoint\":\"c\","
                                     "\"predictions\":\"p\",\"seconds\":1,\"device\":\"cpu\"}")),
            QList<int>{int(K::WrongType)});
        // Optional keys are not missing: the plain epoch and the launcher's stopped event.
        QVERIFY(parseTrainingEvent("{\"event\":\"stopped\",\"message\":\"cancelled\"}")
                    .warnings.empty());
        // The writer's NaN (a loss that diverged) reads back as NaN, not as a type error.
        const ParsedLine nan = parseTrainingEvent(
            QByteArray::fromStdString(ProgressEvent{position(), 1, 2, std::nan(""), 1, 1}.json()));
        QVERIFY(nan.warnings.empty());
        QVERIFY(std::isnan(nan.as<ProgressEvent>()->loss));
    }

    void theDocsNameEveryEventAndKey()
    {
        QFile f(QStringLiteral(MASKLENS_SOURCE_DIR "/docs/training-protocol.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(f.readAll());
        for (EventType t : kEventTypes) {
            const QString row = docsRow(docs, eventName(t));
            QVERIFY2(!row.isEmpty(), eventName(t).data());
            for (std::string_view k : keysOf(t))
                QVERIFY2(row.contains(QStringLiteral("`%1`").arg(
                             QString::fromLatin1(k.data(), qsizetype(k.size())))),
                         qPrintable(QStringLiteral("docs: the %1 row does not name %2")
                                        .arg(QString::fromLatin1(eventName(t).data()),
                                             QString::fromLatin1(k.data()))));
        }
        // ...and no event the protocol does not define.
        static const QRegularExpression rowName(QStringLiteral("^\\| `([a-z_]+)` \\|"),
                                                QRegularExpression::MultilineOption);
        auto it = rowName.globalMatch(docs);
        int rows = 0;
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!eventType(name.toStdString()))
                continue; // the run folder's file table
            ++rows;
        }
        QCOMPARE(rows, int(kEventTypes.size()));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
