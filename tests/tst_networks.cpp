// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Parity with torchvision: the same weights give the same logits. This test includes LibTorch on
// purpose (it compares tensors); nothing else in tests/ does.
#include "model/core/checkpoint.h"
#include "model/core/networks.h"

#include "model/core/inferencekernels.h"
#include "model/core/trainingkernels.h"
#include <ATen/autocast_mode.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens::model;

namespace {

/// max |a - b| relative to the largest |b|, or to `floor` where that is larger.
double relativeDifference(const torch::Tensor &a, const torch::Tensor &b, double floor = 1e-30)
{
    const double scale = std::max(floor, b.abs().max().item<double>());
    return (a - b).abs().max().item<double>() / scale;
}

struct BatchNormSiluResult
{
    torch::Tensor y, dx, dWeight, dBias, runningMean, runningVar;
};

/// silu(batch_norm(x)) in training mode, fused or the textbook way, with the gradients of
/// sum(y * upstream).
/// silu(batch_norm(x)) in training mode, fused or the textbook way (in float, or in double as
/// the reference), with the gradients of sum(y * upstream).
BatchNormSiluResult batchNormSilu(const torch::Tensor &input, const torch::Tensor &upstream,
                                  bool fused, torch::ScalarType type = torch::kFloat32)
{
    const int64_t C = input.size(1);
    torch::manual_seed(7);
    auto weight = (torch::rand({C}) + 0.5).to(type).requires_grad_();
    auto bias = torch::randn({C}).to(type).requires_grad_();
    auto x = input.to(type).detach().clone().requires_grad_();
    BatchNormSiluResult r{
        {}, {}, {}, {}, torch::randn({C}).to(type), (torch::rand({C}) + 0.5).to(type)};
    r.y = fused ? batchNormSiluTraining(x, weight, bias, r.runningMean, r.runningVar, 0.1, 1e-5)
                : torch::silu(torch::batch_norm(x, weight, bias, r.runningMean, r.runningVar, true,
                                                0.1, 1e-5, false));
    (r.y * upstream.to(type)).sum().backward();
    r.dx = x.grad();
    r.dWeight = weight.grad();
    r.dBias = bias.grad();
    return r;
}

std::map<std::string, torch::Tensor>
asMap(const std::vector<std::pair<std::string, torch::Tensor>> &v)
{
    return {v.begin(), v.end()};
}

} // namespace

class TestNetworks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    bool m_haveOracle = false;

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(int(std::thread::hardware_concurrency()));
        QProcess py;
        py.start(QStringLiteral(MASKLENS_PYTHON),
                 {QStringLiteral(MASKLENS_SOURCE_DIR "/tests/oracle/torchvision_parity.py"),
                  m_tmp.path()});
        QVERIFY(py.waitForFinished(300000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        m_haveOracle = true;
    }

    void namesEqualTorchvision()
    {
        const auto read =
            readTorchSaveStateDict((m_tmp.path() + QStringLiteral("/b0_state.pt")).toStdString());
        QVERIFY2(read, read.ok() ? "" : read.error().c_str());
        const StateDict &state = *read;
        QCOMPARE(int(state.size()), 360);
        auto net = makeNetwork(ModelSpec{});
        std::set<std::string> ours;
        for (const auto &p : net->named_parameters(true))
            ours.insert(p.key());
        for (const auto &b : net->named_buffers(true))
            ours.insert(b.key());
        std::set<std::string> theirs;
        for (const auto &[name, t] : state)
            theirs.insert(name);
        QVERIFY(ours == theirs);
        QVERIFY(ours.count("features.0.0.weight"));
        QVERIFY(ours.count("features.2.0.block.2.fc1.weight"));
        QVERIFY(ours.count("classifier.1.bias"));
        std::int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, std::int64_t(4030606)); // torchvision's efficientnet_b0 with 18 classes
    }

    void logitsEqualTorchvision()
    {
        const auto state =
            readTorchSaveStateDict((m_tmp.path() + QStringLiteral("/b0_state.pt")).toStdString());
        const auto ioRead =
            readTorchSaveStateDict((m_tmp.path() + QStringLiteral("/b0_io.pt")).toStdString());
        QVERIFY2(state, state.ok() ? "" : state.error().c_str());
        QVERIFY2(ioRead, ioRead.ok() ? "" : ioRead.error().c_str());
        const auto io = asMap(*ioRead);
        auto net = makeNetwork(ModelSpec{});
        int loaded = 0;
        const Status st = loadStateDict(*net, *state, false, &loaded);
        QVERIFY2(st, st.ok() ? "" : st.error().c_str());
        QCOMPARE(loaded, 360);
        net->eval();
        torch::NoGradGuard guard;
        for (const char *k : {"1", "2"}) {
            const torch::Tensor y = net->forward(io.at(std::string("x") + k));
            const torch::Tensor ref = io.at(std::string("y") + k);
            QCOMPARE(y.sizes(), ref.sizes());
            const double diff = (y - ref).abs().max().item<double>();
            QVERIFY2(diff < 1e-4,
                     qPrintable(QStringLiteral("max |logit difference| %1").arg(diff)));
        }
        // Channels-last and batch norms folded into the convolutions (the inference path) give
        // the same numbers.
        toChannelsLast(*net);
        fuseForInference(*net);
        const torch::Tensor y =
            net->forward(io.at("x1").contiguous(torch::MemoryFormat::ChannelsLast));
        const double diff = (y - io.at("y1")).abs().max().item<double>();
        QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
    }

    void fusedBatchNormSiluEqualsTextbook_data()
    {
        QTest::addColumn<QList<int>>("shape");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("offset");
        // Channel counts that are no multiple of a vector's width; a mean far from zero (the
        // statistics must not cancel); values whose normalised form spans the SiLU's flat tails.
        QTest::newRow("37 channels, mean 5") << QList<int>{2, 37, 9, 7} << 3.0 << 5.0;
        QTest::newRow("16 channels, one pixel block") << QList<int>{4, 16, 4, 4} << 1.0 << 0.0;
        QTest::newRow("1152 channels, 7x7 (EfficientNet's widest)")
            << QList<int>{3, 1152, 7, 7} << 0.5 << -2.0;
        QTest::newRow("mean 1000, std 0.01") << QList<int>{2, 24, 20, 20} << 0.01 << 1000.0;
    }
    void fusedBatchNormSiluEqualsTextbook()
    {
        QFETCH(QList<int>, shape);
        QFETCH(double, scale);
        QFETCH(double, offset);
        torch::manual_seed(1);
        const std::vector<int64_t> sizes(shape.begin(), shape.end());
        const auto x =
            (torch::randn(sizes) * scale + offset).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto upstream = torch::randn(sizes).contiguous(torch::MemoryFormat::ChannelsLast);
        QVERIFY(canFuseBatchNormSilu(x));
        const auto fused = batchNormSilu(x, upstream, true);
        const auto textbook = batchNormSilu(x, upstream, false);
        // The reference: the textbook operations in double, from the same float input.
        const auto exact = batchNormSilu(x, upstream, false, torch::kFloat64);
        QVERIFY(fused.y.is_contiguous(torch::MemoryFormat::ChannelsLast));
        const std::pair<const char *, std::pair<torch::Tensor, torch::Tensor>> pairs[] = {
            {"output", {fused.y, exact.y}},
            {"input gradient", {fused.dx, exact.dx}},
            {"weight gradient", {fused.dWeight, exact.dWeight}},
            {"bias gradient", {fused.dBias, exact.dBias}},
            {"running mean", {fused.runningMean, exact.runningMean}},
            {"running variance", {fused.runningVar, exact.runningVar}},
        };
        for (const auto &[what, t] : pairs) {
            const double d = relativeDifference(t.first.to(torch::kFloat64), t.second);
            QVERIFY2(d < 2e-5, qPrintable(QStringLiteral("%1 differs by %2 of its largest value")
                                              .arg(QLatin1String(what))
                                              .arg(d)));
        }
        // ... and no further from it than LibTorch's own float operations.
        const double ours = relativeDifference(fused.dx.to(torch::kFloat64), exact.dx);
        const double theirs = relativeDifference(textbook.dx.to(torch::kFloat64), exact.dx);
        QVERIFY2(ours <= std::max(2 * theirs, 1e-5),
                 qPrintable(QStringLiteral("input gradient off by %1, LibTorch's by %2")
                                .arg(ours)
                                .arg(theirs)));
        // Tensors it cannot take go the textbook way (the network checks before calling).
        QVERIFY(!canFuseBatchNormSilu(x.contiguous()));
        QVERIFY(!canFuseBatchNormSilu(x.to(torch::kFloat64)));
        QVERIFY(!canFuseBatchNormSilu(torch::ones({1, 4, 1, 1})));
    }

    void fusedBatchNormSiluIgnoresTheThreadCount()
    {
        // Same seed, same data: the same numbers whatever the thread count (the statistics
        // are summed in fixed blocks, not per thread).
        torch::manual_seed(2);
        const auto x = torch::randn({8, 40, 30, 30}).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto upstream = torch::randn_like(x);
        const int threads = torch::get_num_threads();
        torch::set_num_threads(1);
        const auto one = batchNormSilu(x, upstream, true);
        torch::set_num_threads(std::max(2, threads));
        const auto many = batchNormSilu(x, upstream, true);
        torch::set_num_threads(threads);
        QVERIFY(torch::equal(one.y, many.y));
        QVERIFY(torch::equal(one.dx, many.dx));
        QVERIFY(torch::equal(one.dWeight, many.dWeight));
        QVERIFY(torch::equal(one.runningVar, many.runningVar));
    }

    void depthwiseConvBackwardEqualsLibTorch_data()
    {
        QTest::addColumn<QList<int>>("shape");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::newRow("37 channels, 15x13, 3x3") << QList<int>{2, 37, 15, 13} << 3 << 1;
        QTest::newRow("24 channels, 14x14, 5x5 stride 2") << QList<int>{3, 24, 14, 14} << 5 << 2;
        QTest::newRow("odd size, 5x5 stride 2") << QList<int>{2, 16, 9, 11} << 5 << 2;
        QTest::newRow("1152 channels, 7x7, 5x5") << QList<int>{2, 1152, 7, 7} << 5 << 1;
        QTest::newRow("smaller than the kernel") << QList<int>{2, 8, 2, 3} << 5 << 1;
    }
    void depthwiseConvBackwardEqualsLibTorch()
    {
        QFETCH(QList<int>, shape);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        torch::manual_seed(4);
        const std::vector<int64_t> sizes(shape.begin(), shape.end());
        const int64_t C = sizes[1];
        const auto input = torch::randn(sizes).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto weights = torch::randn({C, 1, kernel, kernel});
        auto run = [&](bool ours, torch::ScalarType type) {
            auto x = input.to(type).detach().clone().requires_grad_();
            auto w = weights.to(type).detach().clone().requires_grad_();
            const auto y = ours ? depthwiseConvTraining(x, w, stride)
                                : torch::conv2d(x, w, {}, stride, (kernel - 1) / 2, 1, C);
            torch::manual_seed(5);
            (y * torch::randn_like(y)).sum().backward();
            return std::make_tuple(y, x.grad(), w.grad());
        };
        QVERIFY(canRunDepthwiseConv(input, weights));
        const auto [y, dx, dw] = run(true, torch::kFloat32);
        const auto [yRef, dxRef, dwRef] = run(false, torch::kFloat64);
        QVERIFY(relativeDifference(y.to(torch::kFloat64), yRef) < 1e-5);
        const double dxOff = relativeDifference(dx.to(torch::kFloat64), dxRef);
        const double dwOff = relativeDifference(dw.to(torch::kFloat64), dwRef);
        QVERIFY2(dxOff < 1e-5, qPrintable(QStringLiteral("input gradient off by %1").arg(dxOff)));
        QVERIFY2(dwOff < 1e-5, qPrintable(QStringLiteral("weight gradient off by %1").arg(dwOff)));
        QCOMPARE(dx.sizes(), input.sizes());
        QCOMPARE(dw.sizes(), weights.sizes());

        // The same numbers on one thread as on several.
        const int threads = torch::get_num_threads();
        torch::set_num_threads(1);
        const auto [y1, dx1, dw1] = run(true, torch::kFloat32);
        torch::set_num_threads(std::max(2, threads));
        const auto [y2, dx2, dw2] = run(true, torch::kFloat32);
        torch::set_num_threads(threads);
        QVERIFY(torch::equal(dx1, dx2));
        QVERIFY(torch::equal(dw1, dw2));

        // What it does not take goes LibTorch's way (the network checks before calling).
        QVERIFY(!canRunDepthwiseConv(input.contiguous(), weights));
        QVERIFY(!canRunDepthwiseConv(input, torch::randn({C, 2, kernel, kernel})));
        QVERIFY(!canRunDepthwiseConv(input, torch::randn({C, 1, 4, 4})));
    }

    void depthwiseSiluInferenceEqualsLibTorch_data()
    {
        QTest::addColumn<QList<int>>("shape");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::addColumn<bool>("siluInput");
        QTest::addColumn<bool>("bf16");
        // B0's own shapes, and the edges: widths not a multiple of the four pixels done at
        // once, an odd size under stride 2, an image smaller than the kernel, one image.
        QTest::newRow("B0 block 1: 32 channels, 3x3, input as is")
            << QList<int>{2, 32, 28, 28} << 3 << 1 << false << false;
        QTest::newRow("96 channels, 3x3 stride 2, SiLU in") << QList<int>{3, 96, 22, 22} << 3 << 2
                                                             << true << false;
        QTest::newRow("odd size, 5x5 stride 2") << QList<int>{2, 48, 9, 11} << 5 << 2 << true
                                                << false;
        QTest::newRow("1152 channels, 7x7, 5x5") << QList<int>{2, 1152, 7, 7} << 5 << 1 << true
                                                 << false;
        QTest::newRow("smaller than the kernel") << QList<int>{1, 16, 2, 3} << 5 << 1 << true
                                                 << false;
        QTest::newRow("width 13, one image") << QList<int>{1, 64, 5, 13} << 3 << 1 << true
                                             << false;
        QTest::newRow("bf16, 144 channels, 5x5 stride 2")
            << QList<int>{2, 144, 15, 15} << 5 << 2 << true << true;
        QTest::newRow("bf16, 32 channels, input as is")
            << QList<int>{2, 32, 12, 10} << 3 << 1 << false << true;
        // Kernel sizes B0 does not have take the general loop.
        QTest::newRow("7x7, the general loop") << QList<int>{2, 32, 11, 9} << 7 << 1 << true
                                               << false;
        QTest::newRow("1x1 stride 2, the general loop")
            << QList<int>{1, 16, 6, 7} << 1 << 2 << true << false;
    }
    void depthwiseSiluInferenceEqualsLibTorch()
    {
        QFETCH(QList<int>, shape);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(bool, siluInput);
        QFETCH(bool, bf16);
        torch::manual_seed(6);
        torch::InferenceMode guard;
        const std::vector<int64_t> sizes(shape.begin(), shape.end());
        const int64_t C = sizes[1];
        const auto type = bf16 ? torch::kBFloat16 : torch::kFloat32;
        const auto x = torch::randn(sizes).mul(2).contiguous(torch::MemoryFormat::ChannelsLast).to(
            type);
        const auto w = torch::randn({C, 1, kernel, kernel}) * 0.3;
        const auto b = torch::randn({C}) * 0.5;
        QVERIFY(canRunDepthwiseSilu(x));
        const auto [y, sums] = depthwiseSiluInference(
            x, w.reshape({C, -1}).t().contiguous(), b, kernel, stride, siluInput);
        // The reference in float64 from the same (rounded) input.
        const auto xd = x.to(torch::kFloat64);
        const auto yRef = torch::silu(torch::conv2d(siluInput ? torch::silu(xd) : xd,
                                                    w.to(torch::kFloat64), b.to(torch::kFloat64),
                                                    stride, (kernel - 1) / 2, 1, C));
        QCOMPARE(y.sizes(), yRef.sizes());
        QCOMPARE(y.scalar_type(), type);
        QVERIFY(y.is_contiguous(torch::MemoryFormat::ChannelsLast));
        // float32: to float rounding; bfloat16: the output's rounding (8 bits of mantissa).
        const double tolerance = bf16 ? 8e-3 : 2e-6;
        const double yOff = relativeDifference(y.to(torch::kFloat64), yRef);
        QVERIFY2(yOff < tolerance, qPrintable(QStringLiteral("output off by %1").arg(yOff)));
        const double sOff = relativeDifference(sums.to(torch::kFloat64), yRef.sum({2, 3}));
        QVERIFY2(sOff < (bf16 ? 1e-3 : 2e-6),
                 qPrintable(QStringLiteral("sums off by %1").arg(sOff)));

        // The same numbers on one thread as on several.
        const int threads = torch::get_num_threads();
        torch::set_num_threads(1);
        const auto one = depthwiseSiluInference(x, w.reshape({C, -1}).t().contiguous(), b, kernel,
                                                stride, siluInput);
        torch::set_num_threads(std::max(2, threads));
        const auto many = depthwiseSiluInference(x, w.reshape({C, -1}).t().contiguous(), b,
                                                 kernel, stride, siluInput);
        torch::set_num_threads(threads);
        QVERIFY(torch::equal(one.first, many.first));
        QVERIFY(torch::equal(one.second, many.second));

        // What it does not take goes LibTorch's way (the network checks before calling).
        QVERIFY(!canRunDepthwiseSilu(x.contiguous()));
        QVERIFY(!canRunDepthwiseSilu(x.to(torch::kFloat64)));
        QVERIFY(!canRunDepthwiseSilu(
            torch::randn({1, 24, 4, 4}).contiguous(torch::MemoryFormat::ChannelsLast)));
    }

    void elementwiseInferenceKernelsEqualLibTorch()
    {
        torch::manual_seed(7);
        torch::InferenceMode guard;
        for (const auto type : {torch::kFloat32, torch::kBFloat16}) {
            const bool bf16 = type == torch::kBFloat16;
            // 2 x 48 x 7 x 9: 6,048 values, not a multiple of the sixteen done at once.
            const auto a = (torch::randn({2, 48, 7, 9}) * 4)
                               .contiguous(torch::MemoryFormat::ChannelsLast)
                               .to(type);
            const auto c = torch::randn({2, 48, 7, 9}).contiguous(torch::MemoryFormat::ChannelsLast)
                               .to(type);
            auto silu = a.clone();
            siluInPlace(silu);
            const auto siluRef = torch::silu(a.to(torch::kFloat64));
            // bfloat16: within the one rounding of the result (LibTorch's own bf16 SiLU rounds
            // the same float32 value).
            QVERIFY(relativeDifference(silu.to(torch::kFloat64), siluRef) <
                    (bf16 ? 4e-3 : 1e-6));
            auto sum = a.clone();
            addInPlace(sum, c);
            QVERIFY(torch::equal(sum, a + c)); // float32 sums rounded once: the same bits
            const auto scale = torch::rand({2, 48});
            auto scaled = a.clone();
            scaleChannelsInPlace(scaled, scale);
            QVERIFY(torch::equal(scaled, (a.to(torch::kFloat32) * scale.view({2, 48, 1, 1}))
                                             .to(type)
                                             .contiguous(torch::MemoryFormat::ChannelsLast)));
        }
    }

    /// One thread and a batch under 16 take another route for 1x1 convolutions (oneDNN, not
    /// LibTorch's slow unfolding path): the same answers and gradients as two threads.
    void oneThreadSmallBatchesGiveTheSameAnswers()
    {
        torch::manual_seed(9);
        auto net = makeNetwork(ModelSpec{});
        toChannelsLast(*net);
        disableDropout(*net);
        const auto x = torch::randn({4, 3, 64, 64}).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto y = torch::randint(0, 18, {4}, torch::kLong);
        const int threads = torch::get_num_threads();
        auto step = [&](int n) {
            torch::set_num_threads(n);
            net->train();
            net->zero_grad();
            const auto loss = torch::cross_entropy_loss(net->forward(x), y);
            loss.backward();
            std::vector<torch::Tensor> grads;
            for (const auto &p : net->parameters())
                grads.push_back(p.grad().clone());
            return std::pair{loss.item<double>(), grads};
        };
        // Training mode updates the running statistics: both steps see the same ones.
        std::vector<torch::Tensor> buffers;
        for (const auto &b : net->buffers())
            buffers.push_back(b.clone());
        const auto [lossOne, gradsOne] = step(1);
        {
            torch::NoGradGuard noGrad;
            const auto now = net->buffers();
            for (std::size_t i = 0; i < now.size(); ++i)
                now[i].copy_(buffers[i]);
        }
        const auto [lossTwo, gradsTwo] = step(2);
        QVERIFY2(std::abs(lossOne - lossTwo) < 1e-5 * std::abs(lossTwo),
                 qPrintable(QStringLiteral("%1 against %2").arg(lossOne).arg(lossTwo)));
        // All gradients as one vector: some are zero in theory (a batch norm's bias before
        // another batch norm) and only rounding noise in practice.
        auto flat = [](const std::vector<torch::Tensor> &grads) {
            std::vector<torch::Tensor> parts;
            for (const auto &g : grads)
                parts.push_back(g.flatten());
            return torch::cat(parts);
        };
        const double off = relativeDifference(flat(gradsOne), flat(gradsTwo));
        QVERIFY2(off < 1e-4, qPrintable(QStringLiteral("gradients off by %1").arg(off)));
        net->eval();
        fuseForInference(*net);
        torch::InferenceMode guard;
        torch::set_num_threads(1);
        const auto one = net->forward(x);
        torch::set_num_threads(2);
        const auto two = net->forward(x);
        torch::set_num_threads(threads);
        QVERIFY(relativeDifference(one, two) < 1e-5);
    }

    /// Issue #24: the network's predictions through the inference kernels are LibTorch's in
    /// float32 (to its rounding), and bfloat16 stays close to them.
    void inferenceKernelsKeepTheNetworksAnswers()
    {
        torch::manual_seed(8);
        auto net = makeNetwork(ModelSpec{});
        {
            // Batch norm statistics that are not the identity, as a trained network has.
            torch::NoGradGuard noGrad;
            for (const auto &b : net->named_buffers(true)) {
                if (b.key().find("running_mean") != std::string::npos)
                    b.value().uniform_(-0.2, 0.2);
                else if (b.key().find("running_var") != std::string::npos)
                    b.value().uniform_(0.5, 2.0);
            }
        }
        net->eval();
        toChannelsLast(*net);
        auto bf16Net = makeNetwork(ModelSpec{});
        {
            torch::NoGradGuard noGrad;
            const auto from = net->named_parameters(true);
            for (const auto &p : bf16Net->named_parameters(true))
                p.value().copy_(from[p.key()]);
            const auto buffers = net->named_buffers(true);
            for (const auto &b : bf16Net->named_buffers(true))
                b.value().copy_(buffers[b.key()]);
        }
        bf16Net->eval();
        toChannelsLast(*bf16Net);
        fuseForInference(*net);
        fuseForInference(*bf16Net, torch::kBFloat16);
        const auto x = torch::randn({3, 3, 96, 80}).contiguous(torch::MemoryFormat::ChannelsLast);
        torch::InferenceMode guard;
        setCpuInferenceKernels(false);
        const auto reference = net->forward(x);
        const auto referenceFeatures = net->features(x);
        setCpuInferenceKernels(true);
        const auto logits = net->forward(x);
        const auto features = net->features(x);
        const auto bf16 = bf16Net->forward(x.to(torch::kBFloat16)).to(torch::kFloat32);
        // The kernels ran (the last bits differ) and agree with LibTorch's operations.
        QVERIFY(!torch::equal(logits, reference));
        const double off = relativeDifference(logits, reference);
        QVERIFY2(off < 1e-4, qPrintable(QStringLiteral("float32 logits off by %1").arg(off)));
        QVERIFY(relativeDifference(features, referenceFeatures) < 1e-4);
        const double bf16Off = relativeDifference(bf16, reference);
        QVERIFY2(bf16Off < 0.1, qPrintable(QStringLiteral("bf16 logits off by %1").arg(bf16Off)));
        QVERIFY(torch::all(torch::isfinite(bf16)).item<bool>());
    }

    void fusedTrainingStepEqualsTextbook()
    {
        // A whole EfficientNet-B0 training step (channels-last, as the trainer runs it): the
        // same loss, gradients and batch-norm statistics with MaskLens's kernels as without.
        auto run = [](bool fused) {
            setCpuTrainingKernels(fused);
            torch::manual_seed(3);
            auto net = makeNetwork(ModelSpec{});
            toChannelsLast(*net);
            net->train();
            const auto x =
                torch::randn({4, 3, 64, 64}).contiguous(torch::MemoryFormat::ChannelsLast);
            const auto y = torch::tensor({0, 5, 11, 17}, torch::kLong);
            const auto loss = torch::cross_entropy_loss(net->forward(x), y);
            loss.backward();
            setCpuTrainingKernels(true);
            return std::make_pair(loss.item<double>(), net);
        };
        const auto [fusedLoss, fused] = run(true);
        const auto [textbookLoss, textbook] = run(false);
        QVERIFY2(std::abs(fusedLoss - textbookLoss) < 1e-4 * std::abs(textbookLoss),
                 qPrintable(QStringLiteral("loss %1 against %2").arg(fusedLoss).arg(textbookLoss)));
        const auto theirs = textbook->named_parameters();
        // Some gradients are zero but for rounding (a bias whose shift the next batch norm takes
        // out again): each is compared relative to its own scale or a thousandth of the largest.
        double largest = 0;
        for (const auto &p : theirs)
            largest = std::max(largest, p.value().grad().abs().max().item<double>());
        int compared = 0;
        for (const auto &p : fused->named_parameters()) {
            const double d =
                relativeDifference(p.value().grad(), theirs[p.key()].grad(), largest * 1e-3);
            QVERIFY2(d < 1e-3, qPrintable(QStringLiteral("%1: gradient differs by %2")
                                              .arg(QString::fromStdString(p.key()))
                                              .arg(d)));
            ++compared;
        }
        QCOMPARE(compared, 213);

        // Under --precision bf16 (autocast) LibTorch's operations run instead, and train.
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(true);
        torch::manual_seed(3);
        auto net = makeNetwork(ModelSpec{});
        toChannelsLast(*net);
        net->train();
        const auto x = torch::randn({4, 3, 64, 64}).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto logits = net->forward(x);
        at::autocast::set_cpu_enabled(false);
        at::autocast::clear_cache();
        const auto loss = torch::cross_entropy_loss(logits.to(torch::kFloat32),
                                                    torch::tensor({0, 5, 11, 17}, torch::kLong));
        loss.backward();
        QVERIFY2(std::abs(loss.item<double>() - textbookLoss) < 0.05 * textbookLoss,
                 qPrintable(QString::number(loss.item<double>())));
        const auto buffers = textbook->named_buffers();
        for (const auto &b : fused->named_buffers()) {
            const auto &t = buffers[b.key()];
            if (t.scalar_type() == torch::kLong)
                QVERIFY2(torch::equal(b.value(), t), b.key().c_str()); // num_batches_tracked
            else
                // (a mean that is zero but for rounding, after a batch norm and a convolution
                // without bias, is compared on the scale of 0.001)
                QVERIFY2(relativeDifference(b.value(), t, 1e-3) < 1e-4, b.key().c_str());
        }
    }

    void wrongShapesAreClearErrors()
    {
        const auto read =
            readTorchSaveStateDict((m_tmp.path() + QStringLiteral("/b0_state.pt")).toStdString());
        QVERIFY2(read, read.ok() ? "" : read.error().c_str());
        const StateDict &state = *read;
        ModelSpec heads;
        heads.outputs = OutputLayout::ThreeHeads;
        auto net = makeNetwork(heads);
        const Status refused = loadStateDict(*net, state, false);
        QVERIFY(!refused);
        QVERIFY(refused.error().find("classifier.1.weight") != std::string::npos);
        QVERIFY(refused.error().find("shape") != std::string::npos);
        // As a starting point the 18-way head is skipped and everything else loads.
        int loaded = 0;
        QVERIFY(loadStateDict(*net, state, true, &loaded).ok());
        QCOMPARE(loaded, 358);
        ModelSpec small;
        small.architecture = Architecture::Small;
        QVERIFY(!loadStateDict(*makeNetwork(small), state, true).ok());
    }

    void threeHeadsDecodeToEighteenClasses()
    {
        const torch::Tensor logits = torch::randn({5, 8});
        const torch::Tensor p = probabilitiesFromLogits(logits, OutputLayout::ThreeHeads);
        QCOMPARE(p.size(1), 18);
        QVERIFY((p.sum(1) - 1).abs().max().item<double>() < 1e-5);
        const auto m = torch::softmax(logits.slice(1, 0, 3), 1);
        const auto g = torch::softmax(logits.slice(1, 3, 5), 1);
        const auto a = torch::softmax(logits.slice(1, 5, 8), 1);
        // class 11 = incorrect (1), female (1), >=60 (2)
        const double expected =
            (m.select(1, 1) * g.select(1, 1) * a.select(1, 2))[0].item<double>();
        QVERIFY(std::abs(p[0][11].item<double>() - expected) < 1e-6);
    }

    void ageOutputDoesNotChangeTheClasses()
    {
        // three_heads_age: the ninth output (the age) plays no part in the class probabilities.
        torch::Tensor logits = torch::randn({4, 9});
        const torch::Tensor p = probabilitiesFromLogits(logits, OutputLayout::ThreeHeadsAge);
        QCOMPARE(p.size(1), 18);
        QVERIFY((p - probabilitiesFromLogits(logits.slice(1, 0, 8), OutputLayout::ThreeHeads))
                    .abs()
                    .max()
                    .item<double>() < 1e-7);
        logits.select(1, 8).add_(100);
        QVERIFY((p - probabilitiesFromLogits(logits, OutputLayout::ThreeHeadsAge))
                    .abs()
                    .max()
                    .item<double>() < 1e-7);
        QCOMPARE(outputWidth(OutputLayout::ThreeHeadsAge), 9);
        QCOMPARE(outputLayoutName(OutputLayout::ThreeHeadsAge), std::string("three_heads_age"));
        QVERIFY(parseOutputLayout("three_heads_age") == OutputLayout::ThreeHeadsAge);
    }

    void checkpointRoundTrip_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::addColumn<int>("outputs");
        QTest::newRow("small") << int(Architecture::Small) << int(OutputLayout::ThreeHeads);
        QTest::newRow("medium") << int(Architecture::Medium) << int(OutputLayout::ThreeHeads);
        QTest::newRow("medium_hires")
            << int(Architecture::MediumHiRes) << int(OutputLayout::ThreeHeads);
        QTest::newRow("medium, age")
            << int(Architecture::Medium) << int(OutputLayout::ThreeHeadsAge);
    }
    void checkpointRoundTrip()
    {
        QFETCH(int, architecture);
        QFETCH(int, outputs);
        ModelSpec spec;
        spec.architecture = Architecture(architecture);
        spec.outputs = OutputLayout(outputs);
        spec.preprocessing.width = 96;
        spec.preprocessing.height = 128;
        spec.preprocessing.faceCrop = true;
        spec.preprocessing.cropWidth = 208; // --crop 208x260: predictions must crop the same
        spec.preprocessing.cropHeight = 260;
        spec.oldFrom = 58;
        auto net = makeNetwork(spec);
        net->eval();
        const std::string file = (m_tmp.path() + QStringLiteral("/small.mlck")).toStdString();
        QVERIFY(saveCheckpoint(file, spec, *net, {{"epoch", "3"}}).ok());
        CheckpointKind kind;
        const auto cp = loadCheckpoint(file, &kind);
        QVERIFY2(cp, cp.ok() ? "" : cp.error().c_str());
        QCOMPARE(int(kind), int(CheckpointKind::MaskLens));
        QCOMPARE(int(cp->spec.architecture), architecture);
        QCOMPARE(int(cp->spec.outputs), outputs);
        QCOMPARE(cp->spec.preprocessing.width, 96);
        QCOMPARE(cp->spec.preprocessing.height, 128);
        QVERIFY(cp->spec.preprocessing.faceCrop);
        QCOMPARE(cp->spec.preprocessing.cropWidth, 208);
        QCOMPARE(cp->spec.preprocessing.cropHeight, 260);
        QCOMPARE(cp->spec.oldFrom, 58);
        QCOMPARE(cp->extra.at("epoch"), std::string("3"));
        cp->network->eval();
        torch::NoGradGuard guard;
        const torch::Tensor x = torch::randn({2, 3, 128, 96});
        const torch::Tensor y = net->forward(x);
        QCOMPARE(y.sizes(), (std::vector<std::int64_t>{2, outputWidth(OutputLayout(outputs))}));
        QVERIFY((y - cp->network->forward(x)).abs().max().item<double>() < 1e-6);
        // The embedding (issue #22): the pooled penultimate layer, whose head gives the logits.
        const torch::Tensor f = net->features(x);
        QCOMPARE(f.sizes(), (std::vector<std::int64_t>{2, featureWidthOf(spec)}));
        QCOMPARE(net->featureWidth(), featureWidthOf(spec));
        QVERIFY((net->classify(f) - y).abs().max().item<double>() == 0);
        // The name says which network: medium's weights do not load into small or back.
        ModelSpec other = spec;
        other.architecture =
            spec.architecture == Architecture::Small ? Architecture::Medium : Architecture::Small;
        std::vector<std::pair<std::string, torch::Tensor>> tensors;
        for (const auto &item : net->named_parameters())
            tensors.emplace_back(item.key(), item.value());
        QVERIFY(!loadStateDict(*makeNetwork(other), tensors, false).ok());
        QVERIFY(
            QString::fromLatin1(QTest::currentDataTag())
                .startsWith(QString::fromStdString(architectureName(Architecture(architecture)))));
    }

    void damagedFilesAreClearErrors()
    {
        const QString junk = m_tmp.filePath(QStringLiteral("junk.pt"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not a model");
        f.close();
        CheckpointKind kind;
        const auto junkRead = loadCheckpoint(junk.toStdString(), &kind);
        QVERIFY(!junkRead);
        QCOMPARE(int(kind), int(CheckpointKind::Unreadable));
        QVERIFY(junkRead.error().find("not a model file") != std::string::npos);

        // A checkpoint cut short (a crash while copying it).
        ModelSpec spec;
        spec.architecture = Architecture::Small;
        const std::string file = (m_tmp.path() + QStringLiteral("/whole.mlck")).toStdString();
        QVERIFY(saveCheckpoint(file, spec, *makeNetwork(spec)).ok());
        QFile whole(QString::fromStdString(file));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_tmp.filePath(QStringLiteral("cut.mlck"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        const auto cutRead = loadCheckpoint(cut.toStdString(), &kind);
        QVERIFY(!cutRead);
        QVERIFY(!cutRead.error().empty());

        // A face crop no frame can hold is refused by name, not cropped out of bounds later.
        spec.preprocessing.faceCrop = true;
        spec.preprocessing.cropWidth = 999;
        const std::string wide = (m_tmp.path() + QStringLiteral("/wide.mlck")).toStdString();
        QVERIFY(saveCheckpoint(wide, spec, *makeNetwork(spec)).ok());
        const auto wideRead = loadCheckpoint(wide, &kind);
        QVERIFY(!wideRead);
        QVERIFY2(wideRead.error().find("face crop 999x320") != std::string::npos,
                 wideRead.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
