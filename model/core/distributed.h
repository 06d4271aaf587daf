// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data parallelism for the trainer: one model over several processes ("ranks"), wired to
// PyTorch's own c10d (a TCPStore for the rendezvous, ProcessGroupGloo on CPUs, ProcessGroupNCCL
// in a CUDA LibTorch that has it). The C++ frontend has no DistributedDataParallel, so this is
// its core, with DDP's semantics: rank 0's initial weights and buffers are broadcast; each rank
// takes its share of every global batch; gradients are summed by all-reduce in buckets started
// from gradient hooks while backward still runs; batch norm keeps each rank's statistics unless
// --sync-bn, which reduces them over the global batch (a custom autograd function).
//
// The world comes from the environment: torchrun's RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR,
// MASTER_PORT, or Slurm's SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID, the first host of
// SLURM_JOB_NODELIST and a port derived from SLURM_JOB_ID. Without them: one process.
// LibTorch and the standard library only (model/core).

#include "expected.h"
#include "torchinclude.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace masklens::model {

struct World
{
    int rank = 0;
    int size = 1;
    int localRank = 0;
    std::string masterAddr;
    int masterPort = 0;
    std::string source; ///< "torchrun", "slurm", or empty for one process
};

/// Reads the world from the environment (see above). Fails naming the variable
/// when a variable is malformed or inconsistent (rank outside the world, no master address).
Expected<World> worldFromEnvironment();

/// The first host of a Slurm node list: "gpu[03-05,07],cpu1" -> "gpu03".
std::string firstSlurmHost(const std::string &nodeList);

/// Whether this build has c10d's Gloo process group (Debian: libgloo-dev at build time).
bool haveDistributed();

class Distributed
{
public:
    /// Joins the world (blocks until every rank is there, at most `timeout`); fails saying
    /// which rank could not reach which address.
    static Expected<std::unique_ptr<Distributed>> connect(const World &world, bool cuda,
                                                          std::chrono::milliseconds timeout);
    ~Distributed();
    Distributed(const Distributed &) = delete;
    Distributed &operator=(const Distributed &) = delete;

    int rank() const { return m_rank; }
    int size() const { return m_size; }
    const char *backend() const;

    /// Rank 0's values into every rank's tensors, in place.
    void broadcast(const std::vector<torch::Tensor> &tensors);
    /// The sum over ranks, in place (blocking).
    void allreduceSum(torch::Tensor &tensor);

    /// Sums gradients over the ranks while backward runs: hooks on the network's parameters
    /// copy each gradient into its bucket (about `bucketBytes`, in reverse registration order,
    /// the order backward produces them) and start the bucket's all-reduce as soon as it is
    /// full. finish() waits for the rest and writes the sums into the parameters' .grad.
    class GradientSync
    {
    public:
        ~GradientSync();
        /// Before each backward.
        void prepare();
        /// After backward, before the optimizer step.
        void finish();
        /// Seconds spent waiting in finish() (communication backward did not hide) and the
        /// seconds from the first bucket's start to the last bucket's end, summed over steps.
        double exposedSeconds() const { return m_exposed; }
        double communicationSeconds() const { return m_communication; }
        std::size_t buckets() const { return m_buckets.size(); }

    private:
        friend class Distributed;
        struct Bucket;
        GradientSync(Distributed &owner, torch::nn::Module &net, std::size_t bucketBytes);
        void onGradient(std::size_t parameter, const torch::Tensor &gradient);
        void launch(Bucket &bucket);
        void launchReady();

        Distributed &m_owner;
        std::vector<torch::Tensor> m_parameters;
        std::vector<unsigned> m_hooks;
        std::vector<std::size_t> m_bucketOf, m_offsetOf;
        std::vector<std::unique_ptr<Bucket>> m_buckets;
        std::chrono::steady_clock::time_point m_firstLaunch;
        bool m_launched = false;
        std::size_t m_next = 0; ///< the next bucket to start

        double m_exposed = 0, m_communication = 0;
    };
    std::unique_ptr<GradientSync> syncGradients(torch::nn::Module &net,
                                                std::size_t bucketBytes = 4u << 20);

private:
    Distributed() = default;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    int m_rank = 0, m_size = 1;
};

/// --sync-bn: while set, the networks' training-mode batch norms compute their statistics over
/// the global batch through `group` (null: this process's batch, with the same arithmetic, so
/// one process and several give the same numbers). Off by default.
void setSyncBatchNorm(bool on, Distributed *group);
bool syncBatchNormEnabled();
/// A training-mode batch norm over the global batch (updates the running statistics).
torch::Tensor syncBatchNorm(const torch::Tensor &x, const torch::Tensor &weight,
                            const torch::Tensor &bias, torch::Tensor &runningMean,
                            torch::Tensor &runningVar, double momentum, double eps);

} // namespace masklens::model
