// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer in process, an epoch at a time: a TrainingRun and its ModelTrainer driven by the
// test, which sets the stop flag itself between two epochs (no signal to race), resumes, and
// compares with a run that was never stopped; a loss that diverges is a failure, not a crash;
// the core's small scorer agrees with analysis's metrics.
#include "fixtures.h"

#include "analysis/metrics.h"
#include "analysis/trainingevent.h"
#include "model/core/modeltrainer.h"
#include "model/core/trainer.h"
#include "model/core/trainingrun.h"
#include "model/core/voting.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <random>

using namespace masklens;
using namespace masklens::model;

namespace {

struct Events
{
    std::vector<std::string> lines;
    EventWriter::Sink sink()
    {
        return [this](const std::string &line) { lines.push_back(line); };
    }
    template <typename T> std::vector<T> of() const
    {
        std::vector<T> out;
        for (const std::string &line : lines) {
            const analysis::ParsedLine parsed =
                analysis::parseTrainingEvent(QByteArray::fromStdString(line));
            if (const T *e = parsed.as<T>())
                out.push_back(*e);
        }
        return out;
    }
};

} // namespace

class TestModelTrainer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_cache, m_samples;

    TrainConfig config(const char *run, std::vector<std::string> more = {}) const
    {
        std::vector<std::string> args{
            "--cache",      m_cache.toStdString(),
            "--samples",    m_samples.toStdString(),
            "--out",        m_tmp.filePath(QLatin1String(run)).toStdString(),
            "--epochs",     "3",
            "--batch",      "32",
            "--threads",    "2",
            "--arch",       "small",
            "--no-augment", "--no-dropout"};
        args.insert(args.end(), more.begin(), more.end());
        auto c = parseTrainArguments(args);
        if (!c) {
            qWarning("%s", c.error().c_str());
            return {};
        }
        return *c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The cache and the samples file as `train --prepare-only` makes them.
        const QString data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(tests::makeDataset(data, 60, 5));
        QProcess p;
        p.start(QStringLiteral(MASKLENS_CLI),
                {QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                 m_tmp.filePath(QStringLiteral("prepared")), QStringLiteral("--size"),
                 QStringLiteral("48x64"), QStringLiteral("--prepare-only")});
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        const auto prepared = analysis::parseTrainingEvent(p.readAllStandardOutput().trimmed());
        QVERIFY(prepared.as<protocol::PreparedEvent>());
        m_cache = QString::fromStdString(prepared.as<protocol::PreparedEvent>()->cache);
        m_samples = QString::fromStdString(prepared.as<protocol::PreparedEvent>()->samples);
    }

    void stoppedBetweenEpochsResumesToTheSameModel()
    {
        std::atomic<bool> stop{false};
        // Epoch 1, then the flag, as Ctrl+C would set it.
        Events first;
        {
            auto run = TrainingRun::open(config("stopped"), first.sink(), stop, World{});
            QVERIFY2(run.ok(), run.ok() ? "" : run.error().c_str());
            (*run)->start();
            QCOMPARE((*run)->modelCount(), 1);
            auto model = (*run)->model(0);
            QVERIFY(!model->finishedBefore());
            QVERIFY(model->prepare().ok());
            auto epoch = model->trainEpoch();
            QVERIFY2(epoch.ok(), epoch.ok() ? "" : epoch.error().c_str());
            QCOMPARE(*epoch, ModelTrainer::Epoch::Trained);
            QCOMPARE(model->epochsDone(), 1);
            stop = true;
            epoch = model->trainEpoch();
            QVERIFY(epoch.ok());
            QCOMPARE(*epoch, ModelTrainer::Epoch::Stopped);
            QCOMPARE(model->epochsDone(), 1);
        }
        const auto stopped = first.of<protocol::StoppedEvent>();
        QCOMPARE(stopped.size(), std::size_t(1));
        QVERIFY(stopped[0].at);
        QCOMPARE(stopped[0].at->epoch, 2); // stopped in epoch 2, before its first batch
        QCOMPARE(stopped[0].batch, 0);
        QCOMPARE(first.of<protocol::EpochEvent>().size(), std::size_t(1));
        QVERIFY(first.of<protocol::DoneEvent>().empty());

        // --resume: the run goes on from epoch 2 and finishes.
        stop = false;
        Events second;
        TrainConfig resumed = config("stopped");
        resumed.resume = true;
        {
            auto run = TrainingRun::open(resumed, second.sink(), stop, World{});
            QVERIFY(run.ok());
            (*run)->start();
            auto model = (*run)->model(0);
            QVERIFY(model->prepare().ok());
            QCOMPARE(model->epochsDone(), 1);
            while (!model->done())
                QCOMPARE(*model->trainEpoch(), ModelTrainer::Epoch::Trained);
            auto validated = model->finish();
            QVERIFY(validated.ok());
            QCOMPARE(validated->probabilities.size(), model->valSet().size() * 18);
            // The best epoch's features too, kept through the stop and the resume.
            QCOMPARE(validated->featureWidth, 160);
            QCOMPARE(validated->features.size(), model->valSet().size() * 160);
            (*run)->collect(*model, std::move(*validated));
            QVERIFY((*run)->finish().ok());
        }
        QCOMPARE(second.of<protocol::StartEvent>().at(0).resume, true);
        std::vector<int> epochs;
        for (const auto &e : second.of<protocol::EpochEvent>())
            epochs.push_back(e.at.epoch);
        QCOMPARE(epochs, (std::vector<int>{2, 3}));
        QCOMPARE(second.of<protocol::DoneEvent>().size(), std::size_t(1));

        // A run never stopped, through runTraining: the same epochs, the same model. Nothing in
        // this recipe draws random numbers during training (no augmentation, no dropout), so a
        // resume that lost any state - weights, optimizer moments, the epoch's order - shows.
        Events whole;
        QCOMPARE(runTraining(config("whole"), whole.sink(), stop), 0);
        const auto wholeEpochs = whole.of<protocol::EpochEvent>();
        QCOMPARE(wholeEpochs.size(), std::size_t(3));
        const auto resumedEpochs = second.of<protocol::EpochEvent>();
        for (int k = 0; k < 2; ++k) {
            QVERIFY2(std::abs(wholeEpochs[k + 1].trainLoss - resumedEpochs[k].trainLoss) < 1e-5,
                     qPrintable(QStringLiteral("epoch %1: %2 vs %3")
                                    .arg(k + 2)
                                    .arg(wholeEpochs[k + 1].trainLoss)
                                    .arg(resumedEpochs[k].trainLoss)));
            QCOMPARE(wholeEpochs[k + 1].valMacroF1, resumedEpochs[k].valMacroF1);
        }
        QCOMPARE(whole.of<protocol::DoneEvent>().at(0).valMacroF1,
                 second.of<protocol::DoneEvent>().at(0).valMacroF1);
    }

    void aCheckpointThatCannotBeWrittenFailsTheEpoch()
    {
        // last.mlck taken by a folder (root may write anywhere; nobody can rename a file over
        // a folder that holds something): the epoch trains, then cannot keep its resume point.
        std::atomic<bool> stop{false};
        Events events;
        const QString dir = m_tmp.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/last.mlck/taken")));
        auto run =
            TrainingRun::open(config("blocked", {"--epochs", "1"}), events.sink(), stop, World{});
        QVERIFY(run.ok());
        auto model = (*run)->model(0);
        QVERIFY(model->prepare().ok());
        const auto epoch = model->trainEpoch();
        QVERIFY(!epoch.ok());
        QVERIFY2(QString::fromStdString(epoch.error()).contains(QStringLiteral("last.mlck")),
                 epoch.error().c_str());
        QCOMPARE(model->epochsDone(), 0);
        QVERIFY(events.of<protocol::EpochEvent>().empty()); // no epoch claimed that is not kept
        // Through runTraining the same failure is one error event and exit status 2.
        Events again;
        QCOMPARE(runTraining(config("blocked", {"--epochs", "1"}), again.sink(), stop), 2);
        QCOMPARE(again.of<protocol::ErrorEvent>().size(), std::size_t(1));
        QVERIFY(again.of<protocol::DoneEvent>().empty());
    }

    void aRunWithoutItsCacheSaysWhich()
    {
        std::atomic<bool> stop{false};
        Events events;
        TrainConfig c = config("nocache");
        c.cache = m_tmp.filePath(QStringLiteral("missing.mlc")).toStdString();
        const auto run = TrainingRun::open(c, events.sink(), stop, World{});
        QVERIFY(!run.ok());
        QVERIFY2(QString::fromStdString(run.error()).contains(QStringLiteral("missing.mlc")),
                 run.error().c_str());
        QCOMPARE(runTraining(c, events.sink(), stop), 2);
        QCOMPARE(events.of<protocol::ErrorEvent>().size(), std::size_t(1));
    }

    void theCoresScoresAgreeWithTheMetrics()
    {
        std::mt19937 rng(3);
        std::uniform_int_distribution<int> cls(0, 17);
        analysis::EvaluationData data;
        for (int i = 0; i < 2000; ++i) {
            const int truth = cls(rng);
            data.truth.push_back(truth);
            data.predicted.push_back(rng() % 3 == 0 ? cls(rng) : truth);
            data.age.push_back(40);
        }
        const analysis::Metrics metrics = analysis::computeMetrics(data);
        const Scores scores = score(data.truth, data.predicted);
        QVERIFY(std::abs(scores.macroF1 - metrics.macroF1) < 1e-12);
        QVERIFY(std::abs(scores.accuracy - metrics.accuracy) < 1e-12);
        double old = 0;
        for (int c : {2, 5, 8, 11, 14, 17})
            old += metrics.perClass[std::size_t(c)].f1 / 6.0;
        QVERIFY(std::abs(scores.oldAgeF1() - old) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestModelTrainer)
#include "tst_modeltrainer.moc"
