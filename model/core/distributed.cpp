// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributed.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <stdexcept>

#if defined(MASKLENS_HAVE_C10D)
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#if defined(MASKLENS_HAVE_NCCL)
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#endif

namespace masklens::model {

namespace {

bool readInt(const char *name, int *value, std::string *error)
{
    const char *text = std::getenv(name);
    if (!text)
        return false;
    char *end = nullptr;
    errno = 0;
    const long v = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < 0 || v > 1000000) {
        *error = std::string(name) + "=" + text + ": expected a whole number";
        return false;
    }
    *value = int(v);
    return true;
}

} // namespace

std::string firstSlurmHost(const std::string &nodeList)
{
    // The first entry, up to a comma outside brackets: "gpu[03-05,07]" or "cpu1".
    std::size_t end = 0;
    int depth = 0;
    for (; end < nodeList.size(); ++end) {
        const char c = nodeList[end];
        if (c == '[')
            ++depth;
        else if (c == ']')
            --depth;
        else if (c == ',' && depth == 0)
            break;
    }
    const std::string first = nodeList.substr(0, end);
    const auto open = first.find('[');
    if (open == std::string::npos)
        return first;
    // prefix[a-b,c...]: the first number of the range, with its leading zeros.
    std::string inside = first.substr(open + 1);
    std::size_t stop = 0;
    while (stop < inside.size() && std::isdigit(static_cast<unsigned char>(inside[stop])))
        ++stop;
    return first.substr(0, open) + inside.substr(0, stop);
}

namespace {

bool readWorld(World *world, std::string *error)
{
    *world = World{};
    error->clear();
    int size = 0, rank = 0, local = 0, port = 0;
    if (readInt("WORLD_SIZE", &size, error)) { // torchrun's convention
        if (!readInt("RANK", &rank, error)) {
            if (error->empty())
                *error = "WORLD_SIZE is set but RANK is not";
            return false;
        }
        readInt("LOCAL_RANK", &local, error);
        const char *addr = std::getenv("MASTER_ADDR");
        if (size > 1 && (!addr || !*addr || !readInt("MASTER_PORT", &port, error))) {
            if (error->empty())
                *error = "WORLD_SIZE > 1 needs MASTER_ADDR and MASTER_PORT";
            return false;
        }
        world->masterAddr = addr ? addr : "";
        world->source = "torchrun";
    } else if (error->empty() && readInt("SLURM_NTASKS", &size, error) && size > 1) {
        if (!readInt("SLURM_PROCID", &rank, error)) {
            if (error->empty())
                *error = "SLURM_NTASKS is set but SLURM_PROCID is not";
            return false;
        }
        readInt("SLURM_LOCALID", &local, error);
        const char *nodes = std::getenv("SLURM_STEP_NODELIST");
        if (!nodes)
            nodes = std::getenv("SLURM_JOB_NODELIST");
        if (!nodes || !*nodes) {
            *error = "SLURM_NTASKS > 1 needs SLURM_JOB_NODELIST";
            return false;
        }
        world->masterAddr = firstSlurmHost(nodes);
        int job = 0;
        readInt("SLURM_JOB_ID", &job, error);
        // MASTER_PORT wins when the job script sets it; else one derived from the job id, so
        // two jobs on one node do not meet.
        if (!readInt("MASTER_PORT", &port, error))
            port = 20000 + job % 20000;
        world->source = "slurm";
    } else {
        if (!error->empty())
            return false;
        size = 1;
    }
    if (!error->empty())
        return false;
    if (size < 1 || rank >= size) {
        *error = "rank " + std::to_string(rank) + " is outside a world of " + std::to_string(size);
        return false;
    }
    if (size > 1 && (port < 1 || port > 65535)) {
        *error = "MASTER_PORT " + std::to_string(port) + " is not a port";
        return false;
    }
    world->size = size;
    world->rank = rank;
    world->localRank = local;
    world->masterPort = port;
    return true;
}

} // namespace

Expected<World> worldFromEnvironment()
{
    World world;
    std::string error;
    if (!readWorld(&world, &error))
        return failure(error);
    return world;
}

// ----- the process group --------------------------------------------------------------------

#if defined(MASKLENS_HAVE_C10D)

namespace {
/// A collective that failed: another rank died, hung past the timeout or lost its link.
[[noreturn]] void collectiveFailed(int rank, const std::exception &e)
{
    const std::string what = e.what();
    throw std::runtime_error("rank " + std::to_string(rank) +
                             ": the other processes stopped answering (one died, hung past "
                             "--collective-timeout, or lost its connection): " +
                             what.substr(0, what.find('\n')));
}
} // namespace

struct Distributed::Impl
{
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    const char *backend = "gloo";
    /// NCCL reduces CUDA tensors only: host tensors (loss sums, validation shares) go through
    /// this device and back.
    bool deviceOnly = false;
    torch::Device device{torch::kCPU};

    at::Tensor onGroupDevice(const torch::Tensor &t) const
    {
        if (deviceOnly && !t.is_cuda())
            return t.to(device).contiguous();
        return t.is_contiguous() ? t : t.contiguous();
    }
};

bool haveDistributed()
{
    return true;
}

Expected<std::unique_ptr<Distributed>> Distributed::connect(const World &world, bool cuda,
                                                            std::chrono::milliseconds timeout)
{
    std::unique_ptr<Distributed> d(new Distributed);
    d->m_rank = world.rank;
    d->m_size = world.size;
    d->m_impl = std::make_unique<Impl>();
    try {
        c10d::TCPStoreOptions options;
        options.port = std::uint16_t(world.masterPort);
        options.isServer = world.rank == 0;
        options.numWorkers = std::size_t(world.size);
        options.waitWorkers = true;
        options.timeout = timeout;
        auto tcp = c10::make_intrusive<c10d::TCPStore>(world.masterAddr, options);
        d->m_impl->store = c10::make_intrusive<c10d::PrefixStore>("masklens", tcp);
#if defined(MASKLENS_HAVE_NCCL)
        if (cuda) {
            auto nccl = c10d::ProcessGroupNCCL::Options::create();
            nccl->timeout = timeout;
            d->m_impl->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(
                d->m_impl->store, world.rank, world.size, nccl);
            d->m_impl->backend = "nccl";
            d->m_impl->deviceOnly = true;
            d->m_impl->device = torch::Device(
                torch::kCUDA,
                torch::DeviceIndex(world.localRank %
                                   std::max<int>(1, int(torch::cuda::device_count()))));
            return d;
        }
#else
        (void)cuda; // a CUDA run without NCCL in this build reduces through Gloo
#endif
        auto gloo = c10d::ProcessGroupGloo::Options::create(timeout);
        // Loopback for one machine; GLOO_SOCKET_IFNAME names the interface between machines;
        // else the interface this host's name resolves to.
        const std::string &addr = world.masterAddr;
        const bool loopback = addr == "localhost" || addr.rfind("127.", 0) == 0 || addr == "::1";
        if (loopback)
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else if (const char *ifname = std::getenv("GLOO_SOCKET_IFNAME"); ifname && *ifname)
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(ifname));
        else
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        gloo->threads = 2;
        d->m_impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(d->m_impl->store, world.rank,
                                                                       world.size, gloo);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return failure("cannot join the other processes at " + world.masterAddr + ":" +
                       std::to_string(world.masterPort) + " (rank " + std::to_string(world.rank) +
                       " of " + std::to_string(world.size) +
                       "): " + what.substr(0, what.find('\n')));
    }
    return d;
}

Distributed::~Distributed() = default;

const char *Distributed::backend() const
{
    return m_impl->backend;
}

void Distributed::broadcast(const std::vector<torch::Tensor> &tensors)
{
    torch::NoGradGuard guard;
    for (const torch::Tensor &t : tensors) {
        // Gloo needs dense contiguous tensors; channels-last weights go through a copy.
        std::vector<at::Tensor> one{m_impl->onGroupDevice(t)};
        try {
            m_impl->group->broadcast(one)->wait();
        } catch (const std::exception &e) {
            collectiveFailed(m_rank, e);
        }
        if (!one[0].is_same(t))
            t.copy_(one[0]);
    }
}

void Distributed::allreduceSum(torch::Tensor &tensor)
{
    std::vector<at::Tensor> one{m_impl->onGroupDevice(tensor)};
    try {
        m_impl->group->allreduce(one)->wait();
    } catch (const std::exception &e) {
        collectiveFailed(m_rank, e);
    }
    if (!one[0].is_same(tensor))
        tensor.copy_(one[0]);
}

struct Distributed::GradientSync::Bucket
{
    torch::Tensor flat;
    std::vector<std::size_t> parameters;
    std::size_t pending = 0;
    c10::intrusive_ptr<c10d::Work> work;
};

Distributed::GradientSync::GradientSync(Distributed &owner, torch::nn::Module &net,
                                        std::size_t bucketBytes)
    : m_owner(owner)
{
    for (const torch::Tensor &p : net.parameters())
        if (p.requires_grad())
            m_parameters.push_back(p);
    m_bucketOf.resize(m_parameters.size());
    m_offsetOf.resize(m_parameters.size());
    // Backward produces the last layers' gradients first: buckets in reverse order.
    std::size_t used = 0;
    for (std::size_t k = m_parameters.size(); k-- > 0;) {
        const torch::Tensor &p = m_parameters[k];
        const std::size_t bytes = std::size_t(p.numel()) * p.element_size();
        if (m_buckets.empty() || (used > 0 && used + bytes > bucketBytes)) {
            m_buckets.push_back(std::make_unique<Bucket>());
            used = 0;
        }
        Bucket &b = *m_buckets.back();
        m_bucketOf[k] = m_buckets.size() - 1;
        m_offsetOf[k] = used / p.element_size();
        b.parameters.push_back(k);
        used += bytes;
    }
    for (auto &b : m_buckets) {
        std::int64_t n = 0;
        for (std::size_t k : b->parameters)
            n += m_parameters[k].numel();
        b->flat = torch::zeros({n}, m_parameters[b->parameters.front()].options());
    }
    for (std::size_t k = 0; k < m_parameters.size(); ++k)
        m_hooks.push_back(m_parameters[k].register_hook(
            [this, k](const torch::Tensor &gradient) { onGradient(k, gradient); }));
}

Distributed::GradientSync::~GradientSync()
{
    for (std::size_t k = 0; k < m_parameters.size(); ++k)
        m_parameters[k].remove_hook(m_hooks[k]);
}

void Distributed::GradientSync::prepare()
{
    for (auto &b : m_buckets) {
        b->flat.zero_();
        b->pending = b->parameters.size();
        b->work.reset();
    }
    m_launched = false;
    m_next = 0;
}

void Distributed::GradientSync::launch(Bucket &bucket)
{
    if (!m_launched) {
        m_launched = true;
        m_firstLaunch = std::chrono::steady_clock::now();
    }
    std::vector<at::Tensor> one{bucket.flat};
    bucket.work = m_owner.m_impl->group->allreduce(one);
}

void Distributed::GradientSync::launchReady()
{
    // Collectives must start in the same order on every rank: buckets go out in index order,
    // each as soon as it and all before it are full.
    while (m_next < m_buckets.size() && m_buckets[m_next]->pending == 0)
        launch(*m_buckets[m_next++]);
}

void Distributed::GradientSync::onGradient(std::size_t parameter, const torch::Tensor &gradient)
{
    Bucket &b = *m_buckets[m_bucketOf[parameter]];
    const torch::Tensor &p = m_parameters[parameter];
    torch::NoGradGuard guard;
    b.flat.narrow(0, std::int64_t(m_offsetOf[parameter]), p.numel())
        .view(p.sizes())
        .copy_(gradient);
    if (--b.pending == 0)
        launchReady();
}

void Distributed::GradientSync::finish()
{
    const auto waitStart = std::chrono::steady_clock::now();
    // A parameter backward never reached (unused this step) counts as a zero gradient; every
    // rank has the same graph, so the same buckets are started here on all of them.
    while (m_next < m_buckets.size())
        launch(*m_buckets[m_next++]);
    try {
        for (auto &b : m_buckets)
            b->work->wait();
    } catch (const std::exception &e) {
        collectiveFailed(m_owner.m_rank, e);
    }
    const auto end = std::chrono::steady_clock::now();
    m_exposed += std::chrono::duration<double>(end - waitStart).count();
    m_communication += std::chrono::duration<double>(end - m_firstLaunch).count();
    torch::NoGradGuard guard;
    for (std::size_t k = 0; k < m_parameters.size(); ++k) {
        torch::Tensor &p = m_parameters[k];
        const auto sum = m_buckets[m_bucketOf[k]]
                             ->flat.narrow(0, std::int64_t(m_offsetOf[k]), p.numel())
                             .view(p.sizes());
        if (!p.grad().defined())
            p.mutable_grad() = torch::zeros_like(p);
        p.mutable_grad().copy_(sum);
    }
}

std::unique_ptr<Distributed::GradientSync> Distributed::syncGradients(torch::nn::Module &net,
                                                                      std::size_t bucketBytes)
{
    return std::unique_ptr<GradientSync>(new GradientSync(*this, net, bucketBytes));
}

#else // no c10d in this build: one process only

struct Distributed::Impl
{
};

bool haveDistributed()
{
    return false;
}

Expected<std::unique_ptr<Distributed>> Distributed::connect(const World &, bool,
                                                            std::chrono::milliseconds)
{
    return failure("this build of MaskLens has no c10d process group (build it with libgloo-dev "
                   "installed); run one process");
}
Distributed::~Distributed() = default;
const char *Distributed::backend() const
{
    return "none";
}
void Distributed::broadcast(const std::vector<torch::Tensor> &) {}
void Distributed::allreduceSum(torch::Tensor &) {}
struct Distributed::GradientSync::Bucket
{
};
Distributed::GradientSync::GradientSync(Distributed &owner, torch::nn::Module &, std::size_t)
    : m_owner(owner)
{
}
Distributed::GradientSync::~GradientSync() = default;
void Distributed::GradientSync::prepare() {}
void Distributed::GradientSync::finish() {}
void Distributed::GradientSync::launch(Bucket &) {}
void Distributed::GradientSync::launchReady() {}
void Distributed::GradientSync::onGradient(std::size_t, const torch::Tensor &) {}
std::unique_ptr<Distributed::GradientSync> Distributed::syncGradients(torch::nn::Module &net,
                                                                      std::size_t bucketBytes)
{
    return std::unique_ptr<GradientSync>(new GradientSync(*this, net, bucketBytes));
}

#endif

// ----- synchronised batch norm --------------------------------------------------------------

namespace {

bool g_syncBatchNorm = false;
Distributed *g_syncGroup = nullptr;

void reduce(torch::Tensor &t)
{
    if (g_syncGroup && g_syncGroup->size() > 1)
        g_syncGroup->allreduceSum(t);
}

/// y = (x - mean) / sqrt(var + eps) * weight + bias with mean and var over every rank's batch.
/// Backward reduces the two per-channel sums the input gradient needs over the ranks too; the
/// weight's and bias's gradients stay this rank's share (the gradient sync sums them).
struct SyncBatchNormFunction : public torch::autograd::Function<SyncBatchNormFunction>
{
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, torch::Tensor x,
                                 torch::Tensor weight, torch::Tensor bias,
                                 torch::Tensor runningMean, torch::Tensor runningVar,
                                 double momentum, double eps)
    {
        const std::int64_t channels = x.size(1);
        const std::vector<std::int64_t> dims{0, 2, 3};
        // The sums in double: var = E[x^2] - E[x]^2 cancels badly in float where the mean is
        // large beside the spread (deep layers), and the ranks' partial sums must agree with
        // one process's to far below the weights' tolerance.
        auto stats = torch::cat(
            {x.sum(dims, false, torch::kFloat64), (x * x).sum(dims, false, torch::kFloat64),
             torch::full({1}, double(x.numel() / channels), x.options().dtype(torch::kFloat64))});
        reduce(stats);
        const auto count = stats.narrow(0, 2 * channels, 1);
        const auto mean64 = stats.narrow(0, 0, channels) / count;
        const auto var64 =
            (stats.narrow(0, channels, channels) / count - mean64 * mean64).clamp_min(0);
        const auto mean = mean64.to(x.scalar_type());
        const auto var = var64.to(x.scalar_type());
        const auto invstd = torch::rsqrt(var64 + eps).to(x.scalar_type());
        {
            torch::NoGradGuard guard;
            const double n = count.item<double>(); // a double tensor
            runningMean.mul_(1 - momentum).add_(mean, momentum);
            runningVar.mul_(1 - momentum).add_(var * (n / std::max(1.0, n - 1)), momentum);
        }
        const auto shape = std::vector<std::int64_t>{1, channels, 1, 1};
        const auto xhat = (x - mean.view(shape)) * invstd.view(shape);
        ctx->save_for_backward({xhat, weight, invstd, count.to(x.scalar_type())});
        return xhat * weight.view(shape) + bias.view(shape);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const auto &xhat = saved[0], &weight = saved[1], &invstd = saved[2], &count = saved[3];
        const auto dy = grads[0];
        const std::int64_t channels = xhat.size(1);
        const std::vector<std::int64_t> dims{0, 2, 3};
        const auto shape = std::vector<std::int64_t>{1, channels, 1, 1};
        const auto sumDy = dy.sum(dims, false, torch::kFloat64);
        const auto sumDyXhat = (dy * xhat).sum(dims, false, torch::kFloat64);
        auto global = torch::cat({sumDy, sumDyXhat});
        reduce(global);
        const auto n = count.to(torch::kFloat64);
        const auto meanDy = (global.narrow(0, 0, channels) / n).to(dy.scalar_type());
        const auto meanDyXhat = (global.narrow(0, channels, channels) / n).to(dy.scalar_type());
        const auto dx = (dy - meanDy.view(shape) - xhat * meanDyXhat.view(shape)) *
                        (weight * invstd).view(shape);
        return {dx,
                sumDyXhat.to(weight.scalar_type()),
                sumDy.to(weight.scalar_type()),
                torch::Tensor(),
                torch::Tensor(),
                torch::Tensor(),
                torch::Tensor()};
    }
};

} // namespace

void setSyncBatchNorm(bool on, Distributed *group)
{
    g_syncBatchNorm = on;
    g_syncGroup = on ? group : nullptr;
}

bool syncBatchNormEnabled()
{
    return g_syncBatchNorm;
}

torch::Tensor syncBatchNorm(const torch::Tensor &x, const torch::Tensor &weight,
                            const torch::Tensor &bias, torch::Tensor &runningMean,
                            torch::Tensor &runningVar, double momentum, double eps)
{
    return SyncBatchNormFunction::apply(x, weight, bias, runningMean, runningVar, momentum, eps);
}

} // namespace masklens::model
