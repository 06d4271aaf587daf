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
    void hsvRoundTripIsExact()
    {
        // With no shift the RGB -> HSV -> RGB round trip returns the image.
        const auto x = batch();
        QVERIFY(maxDiff(hueSaturationValue(x, 1, 0.0), x) < 1e-5);
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
