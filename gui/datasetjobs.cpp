// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetjobs.h"

#include "model/inference.h"
#include "model/modelfile.h"

#include <QPromise>
#include <QtConcurrent>

#include <utility>

namespace masklens::gui {

using namespace analysis;

namespace {

/// The rule for background work: no exception crosses into a QFuture (QtConcurrent would rethrow
/// it on the GUI thread and end the session). Whatever the work throws - memory running out while
/// decoding, a library's surprise - becomes its outcome's error, naming `file`.
template <typename Outcome, typename Work>
std::shared_ptr<Outcome> guarded(const QString &file, Work &&work)
{
    try {
        return work();
    } catch (const std::exception &e) {
        auto outcome = std::make_shared<Outcome>();
        outcome->error = Error{file, 0, QString::fromLocal8Bit(e.what())};
        return outcome;
    }
}

/// The outcome a watcher delivers: its result, or "cancelled" when it has none.
template <typename Outcome>
Outcome outcomeOf(const QFutureWatcher<std::shared_ptr<Outcome>> &watcher)
{
    const QFuture<std::shared_ptr<Outcome>> future = watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Outcome cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    return *future.result();
}

/// Progress reported from a job: sets the promise's range and value; false once cancelled.
template <typename T> auto progressOf(QPromise<T> &promise)
{
    return [&promise](qint64 done, qint64 total) {
        promise.setProgressRange(0, int(total));
        promise.setProgressValue(int(done));
        return !promise.isCanceled();
    };
}

} // namespace

DatasetJobs::DatasetJobs(QObject *parent) : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("MaskLensWork"));
    for (QFutureWatcherBase *watcher :
         std::initializer_list<QFutureWatcherBase *>{&m_load, &m_model}) {
        connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
                &DatasetJobs::progressRange);
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &DatasetJobs::progress);
    }
    connect(&m_load, &QFutureWatcherBase::finished, this, [this] {
        m_loading = false;
        if (std::exchange(m_loadCancelled, false)) {
            Loaded cancelled; // finished on the pool before the cancel, not delivered yet
            cancelled.cancelled = true;
            Q_EMIT loaded(cancelled);
            return;
        }
        Q_EMIT loaded(outcomeOf(m_load));
    });
    connect(&m_predictions, &QFutureWatcherBase::finished, this,
            [this] { Q_EMIT predictionsRead(outcomeOf(m_predictions)); });
    connect(&m_model, &QFutureWatcherBase::finished, this,
            [this] { Q_EMIT modelFinished(outcomeOf(m_model)); });
}

DatasetJobs::~DatasetJobs()
{
    m_load.cancel();
    m_model.cancel();
    m_load.waitForFinished();
    m_model.waitForFinished();
    m_predictions.waitForFinished();
    m_pool.waitForDone();
}

bool DatasetJobs::isLoading() const
{
    // From load() until `loaded` is emitted: a small dataset can finish on the pool before the
    // caller asks, and its result is not delivered yet.
    return m_loading;
}

void DatasetJobs::cancelLoad()
{
    // A cancel wins until `loaded` is emitted: a small dataset may already be read on the pool
    // while the window still shows it loading, and the user asked for it not to open.
    if (!m_loading)
        return;
    m_loadCancelled = true;
    m_load.cancel();
}

void DatasetJobs::load(const QString &dir)
{
    if (m_load.isRunning()) {
        m_load.cancel();
        m_load.waitForFinished(); // setFuture() below drops its pending "finished"
    }
    m_loading = true;
    m_loadCancelled = false;
    m_load.setFuture(QtConcurrent::run(&m_pool, [dir](QPromise<std::shared_ptr<Loaded>> &promise) {
        promise.addResult(guarded<Loaded>(dir, [&] {
            auto outcome = std::make_shared<Loaded>();
            auto result = loadDataset(dir, {}, progressOf(promise));
            if (result)
                outcome->dataset = std::make_shared<const Dataset>(std::move(result).value());
            else
                outcome->error = result.error();
            return outcome;
        }));
    }));
}

void DatasetJobs::readPredictions(const QString &file, std::shared_ptr<const Dataset> dataset)
{
    m_predictions.setFuture(QtConcurrent::run(&m_pool, [file, dataset = std::move(dataset)] {
        return guarded<Predicted>(file, [&] {
            auto outcome = std::make_shared<Predicted>();
            auto result = analysis::readPredictions(file, *dataset);
            if (!result) {
                outcome->error = result.error();
                return outcome;
            }
            if (result->split == Split::Eval) {
                auto truth = readEvalTruth(*dataset);
                if (!truth) {
                    outcome->error =
                        Error{file, 0,
                              tr("eval-image predictions need the answers in eval/truth.csv: %1")
                                  .arg(truth.error().toString())};
                    return outcome;
                }
                outcome->evalTruth = std::move(truth).value();
            }
            outcome->predictions = std::make_shared<const Predictions>(std::move(result).value());
            return outcome;
        });
    }));
}

bool DatasetJobs::isRunningModel() const
{
    return m_model.isRunning();
}

void DatasetJobs::cancelModel()
{
    if (isRunningModel())
        m_model.cancel();
}

void DatasetJobs::runModel(const QString &modelFile, std::shared_ptr<const Dataset> dataset,
                           bool bf16)
{
    m_model.setFuture(QtConcurrent::run(&m_pool, [modelFile, dataset = std::move(dataset),
                                                  bf16](QPromise<std::shared_ptr<Predicted>>
                                                            &promise) {
        promise.addResult(guarded<Predicted>(modelFile, [&] {
            auto outcome = std::make_shared<Predicted>();
            const auto sidecar = model::readSidecar(modelFile);
            if (!sidecar) {
                outcome->error = sidecar.error();
                return outcome;
            }
            model::Classifier::Options options;
            options.preprocessing = *sidecar;
            options.bf16 = bf16;
            const auto classifier = model::Classifier::load(modelFile.toStdString(), options);
            if (!classifier) {
                outcome->error = Error{modelFile, 0, QString::fromStdString(classifier.error())};
                return outcome;
            }
            QStringList paths;
            for (int i = 0; i < int(dataset->samples.size()); ++i)
                paths.append(dataset->imagePath(i));
            // The embeddings come for free (the penultimate layer is computed anyway): the
            // data map of this model, without a file.
            model::InferenceOptions inference;
            inference.features = true;
            auto result = model::predictImages(**classifier, paths, inference, progressOf(promise));
            if (!result) {
                outcome->error = result.error();
                return outcome;
            }
            auto predictions = Predictions::empty(*dataset, Split::Train, true);
            // The source line of the Errors view says where the answers come from, and how
            // they were computed (precision; saved with them).
            predictions.file = tr("%1 (run in MaskLens)").arg(modelFile);
            predictions.precision = bf16 ? QStringLiteral("bf16") : QStringLiteral("fp32");
            predictions.predicted = result->predicted;
            predictions.probabilities = result->probabilities;
            predictions.problems = result->problems;
            outcome->predictions = std::make_shared<const Predictions>(std::move(predictions));
            if (result->featureWidth > 0) {
                auto features = std::make_shared<analysis::Features>();
                features->file = outcome->predictions->file;
                features->split = Split::Train;
                features->rows = int(paths.size());
                features->width = result->featureWidth;
                features->data = std::move(result->features);
                features->group.assign(std::size_t(features->rows), 0);
                features->model = modelFile;
                outcome->features = std::move(features);
            }
            return outcome;
        }));
    }));
}

} // namespace masklens::gui
