// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The augmentations as tensor operations: shapes, ranges, and the probability 0 and 1 cases.
// Includes LibTorch on purpose (it checks tensors).
#include "model/core/augment.h"

#include <QTest>

using namespace masklens::model;

namespace {
torch::Tensor batch()
{
    torch::manual_seed(7);
    return torch::rand({6, 3, 40, 32});
}
double maxDiff(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a - b).abs().max().item<double>();
}

/// One pixel through HSV the textbook way (Python's colorsys): the reference for shiftHsv.
std::array<double, 3> shiftPixel(double r, double g, double b, double dh, double ks, double kv)
{
    const double maxc = std::max({r, g, b}), minc = std::min({r, g, b});
    double h = 0, s = maxc > 0 ? (maxc - minc) / maxc : 0, v = maxc;
    if (maxc > minc) {
        const double d = maxc - minc;
        h = maxc == r ? (g - b) / d : maxc == g ? 2 + (b - r) / d : 4 + (r - g) / d;
        h = std::fmod(h / 6 + 1, 1.0);
    }
    h = std::fmod(h + dh + 2, 1.0);
    s = std::clamp(s * ks, 0.0, 1.0);
    v = std::clamp(v * kv, 0.0, 1.0);
    const int i = int(h * 6) % 6;
    const double f = h * 6 - std::floor(h * 6);
    const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    switch (i) {
    case 0:
        return {v, t, p};
    case 1:
        return {q, v, p};
    case 2:
        return {p, v, t};
    case 3:
        return {p, q, v};
    case 4:
        return {t, p, v};
    default:
        return {v, p, q};
    }
}
} // namespace

class TestAugment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probabilityZeroIsIdentity()
    {
        const auto x = batch();
        QCOMPARE(maxDiff(horizontalFlip(x, 0), x), 0.0);
        QCOMPARE(maxDiff(shiftScaleRotate(x, 0, 15, 0.0625, 0.1), x), 0.0);
        QCOMPARE(maxDiff(hueSaturationValue(x, 0, 0.2), x), 0.0);
        QCOMPARE(maxDiff(brightnessContrast(x, 0, 0.1), x), 0.0);
        QCOMPARE(maxDiff(gaussianNoise(x, 0, 0.01, 0.03), x), 0.0);
        QCOMPARE(maxDiff(augment(x, AugmentOptions::none()), x), 0.0);
    }
    void probabilityOneChangesEveryImage()
    {
        const auto x = batch();
        QCOMPARE(maxDiff(horizontalFlip(x, 1), x.flip({3})), 0.0);
        for (const auto &y :
             {shiftScaleRotate(x, 1, 15, 0.0625, 0.1), hueSaturationValue(x, 1, 0.2),
              brightnessContrast(x, 1, 0.1), gaussianNoise(x, 1, 0.01, 0.03)}) {
            QCOMPARE(y.sizes(), x.sizes());
            for (int i = 0; i < x.size(0); ++i)
                QVERIFY(maxDiff(y[i], x[i]) > 1e-4);
        }
    }
    void probabilityHalfLeavesTheOthersUntouched()
    {
        // Each image is drawn on its own: the ones not drawn come back bit for bit, the drawn
        // ones changed, and about half of a large batch is drawn.
        torch::manual_seed(11);
        const auto x = torch::rand({200, 3, 12, 10});
        const std::vector<torch::Tensor> outputs = {
            horizontalFlip(x, 0.5), shiftScaleRotate(x, 0.5, 15, 0.0625, 0.1),
            hueSaturationValue(x, 0.5, 0.2), brightnessContrast(x, 0.5, 0.1),
            gaussianNoise(x, 0.5, 0.01, 0.03)};
        for (const auto &y : outputs) {
            QCOMPARE(y.sizes(), x.sizes());
            int changed = 0;
            for (int i = 0; i < x.size(0); ++i) {
                const double d = maxDiff(y[i], x[i]);
                QVERIFY(d == 0.0 || d > 1e-4);
                changed += d > 0 ? 1 : 0;
            }
            QVERIFY2(changed > 70 && changed < 130, qPrintable(QString::number(changed)));
        }
    }
    void hsvRoundTripIsExact()
    {
        // With no shift the RGB -> HSV -> RGB round trip returns the image.
        const auto x = batch();
        QVERIFY(maxDiff(hueSaturationValue(x, 1, 0.0), x) < 1e-5);
    }
    void hsvShiftMatchesTheTextbookConversion()
    {
        // Hue turned, saturation and value scaled (with clamping), pixel by pixel against the
        // textbook conversion; grey pixels and pure colours included.
        auto x = batch();
        x[0].fill_(0.5);              // grey: no hue
        x[1].select(0, 0).fill_(1.0); // saturated reds
        x[1].select(0, 1).zero_();
        const auto hue = torch::tensor({0.1f, -0.2f, 0.35f, 0.0f, 0.05f, -0.45f});
        const auto sat = torch::tensor({1.2f, 0.8f, 1.5f, 1.0f, 0.0f, 1.1f});
        const auto val = torch::tensor({0.9f, 1.2f, 1.0f, 1.3f, 0.7f, 1.05f});
        // The CPU's fused pass and the tensor operations (the CUDA path) both.
        for (const auto &y : {shiftHsv(x, hue, sat, val).contiguous(),
                              shiftHsvTensorOps(x, hue, sat, val).contiguous()}) {
            const auto xa = x.accessor<float, 4>();
            const auto ya = y.accessor<float, 4>();
            double worst = 0;
            for (int n = 0; n < x.size(0); ++n)
                for (int i = 0; i < x.size(2); ++i)
                    for (int j = 0; j < x.size(3); ++j) {
                        const auto want = shiftPixel(xa[n][0][i][j], xa[n][1][i][j], xa[n][2][i][j],
                                                     hue[n].item<double>(), sat[n].item<double>(),
                                                     val[n].item<double>());
                        for (int c = 0; c < 3; ++c)
                            worst = std::max(worst, std::abs(want[c] - ya[n][c][i][j]));
                    }
            QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
        }
    }
    void hsvFusedPassMatchesTheTensorOperations()
    {
        // Channels-last and strided inputs too (the trainer's batches are index_select'ed).
        torch::manual_seed(3);
        const auto x = torch::rand({5, 3, 33, 27});
        const auto hue = (torch::rand({5}) - 0.5) * 3, sat = torch::rand({5}) + 0.5,
                   val = torch::rand({5}) + 0.5;
        for (const auto &in : {x, x.contiguous(torch::MemoryFormat::ChannelsLast),
                               x.index_select(0, torch::tensor({4, 1, 2}))}) {
            const auto n = in.size(0);
            const auto fused =
                shiftHsv(in, hue.narrow(0, 0, n), sat.narrow(0, 0, n), val.narrow(0, 0, n));
            const auto ops = shiftHsvTensorOps(in, hue.narrow(0, 0, n), sat.narrow(0, 0, n),
                                               val.narrow(0, 0, n));
            QCOMPARE(fused.sizes(), in.sizes());
            QVERIFY2(maxDiff(fused, ops) < 1e-5, qPrintable(QString::number(maxDiff(fused, ops))));
        }
    }
    void shiftScaleRotateWithoutMotionIsIdentity()
    {
        const auto x = batch();
        QVERIFY(maxDiff(shiftScaleRotate(x, 1, 0, 0, 0), x) < 1e-5);
    }
    void brightnessStaysWithinItsLimit()
    {
        const auto x = torch::full({4, 3, 8, 8}, 0.5);
        const auto y = brightnessContrast(x, 1, 0.1);
        QVERIFY(maxDiff(y, x) <= 0.1 + 1e-6); // a flat image: only brightness moves it
    }
    void augmentedImagesStayInRange()
    {
        const auto y = augment(batch(), AugmentOptions{});
        QVERIFY(y.min().item<double>() >= 0.0);
        QVERIFY(y.max().item<double>() <= 1.0);
        QCOMPARE(y.sizes(), batch().sizes());
    }
    void sameSeedSameAugmentation()
    {
        const auto x = batch();
        torch::manual_seed(3);
        const auto a = augment(x, AugmentOptions{});
        torch::manual_seed(3);
        const auto b = augment(x, AugmentOptions{});
        QCOMPARE(maxDiff(a, b), 0.0);
    }
    void fusedCpuPassEqualsTheTensorOperations_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("the recipe (each step p 0.5)") << 0;
        QTest::newRow("every step on every image") << 1;
        QTest::newRow("flip only") << 2;
        QTest::newRow("wild geometry (rotations to 180, shifts to half, scales 0.5-1.5)") << 3;
    }
    void fusedCpuPassEqualsTheTensorOperations()
    {
        // augment() on the CPU runs one fused pass per image; with the same draws it must give
        // what the steps as tensor operations (grid_sample, the HSV conversion, ...) give.
        QFETCH(int, which);
        AugmentOptions o;
        if (which == 1 || which == 3)
            o.flip = o.shiftScaleRotate = o.hsv = o.brightnessContrast = o.noise = 1;
        if (which == 2)
            o = AugmentOptions::none(), o.flip = 1;
        if (which == 3) {
            o.rotateLimitDegrees = 180;
            o.shiftLimit = 0.5;
            o.scaleLimit = 0.5;
        }
        for (int seed = 0; seed < 4; ++seed) {
            const auto x = batch();
            torch::manual_seed(seed);
            const auto draws = drawAugmentations(x, o);
            const auto fused = applyAugmentationsCpu(x, draws);
            const auto reference = applyAugmentations(x, draws);
            QCOMPARE(fused.sizes(), x.sizes());
            const double d = maxDiff(fused, reference);
            QVERIFY2(d < 1e-4, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(d)));
            QVERIFY(maxDiff(fused, x) > 0.01);
        }
    }

    void augmentLeavesItsInputAlone()
    {
        // augment() works in place on its own copy of the batch: the caller's images (the
        // cache's pixels) never change, whichever step comes first.
        const auto x = batch();
        const auto original = x.clone();
        AugmentOptions noFlip;
        noFlip.flip = 0;
        AugmentOptions everything;
        everything.flip = everything.shiftScaleRotate = everything.hsv =
            everything.brightnessContrast = everything.noise = 1;
        for (const AugmentOptions &o : {AugmentOptions{}, noFlip, everything}) {
            const auto y = augment(x, o);
            QVERIFY(maxDiff(y, x) > 0);
            QCOMPARE(maxDiff(x, original), 0.0);
        }
    }
    void normalizeUsesMeanAndStd()
    {
        const auto x = torch::full({1, 3, 2, 2}, 0.485);
        const auto y = normalize(x, {0.485f, 0.456f, 0.406f}, {0.229f, 0.224f, 0.225f});
        QVERIFY(std::abs(y[0][0][0][0].item<double>()) < 1e-6);
        QVERIFY(std::abs(y[0][1][0][0].item<double>() - (0.485 - 0.456) / 0.224) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
