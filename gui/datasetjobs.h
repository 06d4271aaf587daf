// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's long work, off the GUI thread: loading a dataset folder, reading a predictions
// file (with the eval answers when it predicts eval images), and running a model over a
// dataset's images. One thread pool; each job reports its progress and its outcome through
// signals on the GUI thread. No exception crosses a QFuture: whatever a job throws becomes its
// outcome's error, naming the file. Knows no widget; the window shows what it reports.

#include "analysis/dataset.h"
#include "analysis/features.h"
#include "analysis/predictions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace masklens::gui {

class DatasetJobs : public QObject
{
    Q_OBJECT
public:
    /// A finished load: the dataset, or the error (none and no dataset: cancelled).
    struct Loaded
    {
        std::shared_ptr<const analysis::Dataset> dataset;
        analysis::Error error;
        bool cancelled = false;
    };
    /// Finished predictions (read from a file or computed by a model).
    struct Predicted
    {
        std::shared_ptr<const analysis::Predictions> predictions;
        std::vector<int> evalTruth; ///< the eval answers, for eval-image predictions
        /// Run Model's embeddings of the train images (the data map's input); null otherwise.
        std::shared_ptr<const analysis::Features> features;
        analysis::Error error;
        bool cancelled = false;
    };

    explicit DatasetJobs(QObject *parent = nullptr);
    ~DatasetJobs() override; ///< cancels what can be cancelled and waits for every job

    /// Loads DIR; a load already running is cancelled first (its outcome is not reported).
    void load(const QString &dir);
    void cancelLoad();
    bool isLoading() const;
    /// Reads FILE's predictions for `dataset`.
    void readPredictions(const QString &file, std::shared_ptr<const analysis::Dataset> dataset);
    /// Runs MODELFILE (checkpoint or TorchScript, with its sidecar) over the dataset's images.
    void runModel(const QString &modelFile, std::shared_ptr<const analysis::Dataset> dataset,
                  bool bf16);
    void cancelModel();
    bool isRunningModel() const;

Q_SIGNALS:
    /// Progress of the running load or model run (images or people done of total).
    void progressRange(int minimum, int maximum);
    void progress(int value);
    void loaded(const masklens::gui::DatasetJobs::Loaded &outcome);
    void predictionsRead(const masklens::gui::DatasetJobs::Predicted &outcome);
    void modelFinished(const masklens::gui::DatasetJobs::Predicted &outcome);

private:
    QThreadPool m_pool;
    QFutureWatcher<std::shared_ptr<Loaded>> m_load;
    bool m_loading = false;       ///< a load started whose `loaded` is not emitted yet
    bool m_loadCancelled = false; ///< cancelLoad() came before `loaded`: it reports "cancelled"
    QFutureWatcher<std::shared_ptr<Predicted>> m_predictions;
    QFutureWatcher<std::shared_ptr<Predicted>> m_model;
};

} // namespace masklens::gui
