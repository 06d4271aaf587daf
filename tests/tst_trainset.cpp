// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Person-level folds: no person in two folds, every fold gets its share of each group.
#include "model/core/trainset.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <map>
#include <set>

using namespace masklens::model;

namespace {
std::vector<TrainSample> people(int n)
{
    std::vector<TrainSample> out;
    for (int p = 0; p < n; ++p) {
        const int gender = p % 3 == 0 ? 0 : 1;
        const int band = p % 11 == 0 ? 2 : (p % 2);
        for (int s = 0; s < 7; ++s) {
            const int mask = s < 5 ? 0 : (s == 5 ? 1 : 2);
            out.push_back({int(out.size()), "p" + std::to_string(p) + "/img" + std::to_string(s),
                           "p" + std::to_string(p), mask * 6 + gender * 3 + band, 20});
        }
    }
    return out;
}
} // namespace

class TestTrainSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPersonInTwoFolds_data()
    {
        QTest::addColumn<int>("k");
        QTest::newRow("2 folds") << 2;
        QTest::newRow("5 folds") << 5;
    }
    void noPersonInTwoFolds()
    {
        QFETCH(int, k);
        const auto samples = people(220);
        const auto folds = personFolds(samples, k, 1);
        std::map<std::string, std::set<int>> foldsOf;
        std::vector<int> size(k, 0);
        std::vector<int> old(k, 0);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            foldsOf[samples[i].person].insert(folds[i]);
            ++size[folds[i]];
            old[folds[i]] += samples[i].label % 3 == 2;
        }
        for (const auto &[person, f] : foldsOf)
            QCOMPARE(int(f.size()), 1);
        // Even sizes, and the rare >=60 people spread over every fold.
        const auto [lo, hi] = std::minmax_element(size.begin(), size.end());
        QVERIFY(*hi - *lo <= 7 * 2);
        for (int f = 0; f < k; ++f)
            QVERIFY2(old[f] >= 7 * (20 / k - 1), qPrintable(QString::number(old[f])));
    }
    void deterministicForASeed()
    {
        const auto samples = people(100);
        QCOMPARE(personFolds(samples, 5, 9), personFolds(samples, 5, 9));
        QVERIFY(personFolds(samples, 5, 9) != personFolds(samples, 5, 10));
    }
    void samplesFileRoundTripAndErrors()
    {
        QTemporaryDir dir;
        const std::string file = (dir.path() + QStringLiteral("/samples.csv")).toStdString();
        const auto samples = people(3);
        QVERIFY(writeTrainSamples(file, samples).ok());
        auto back = readTrainSamples(file);
        QVERIFY2(back, back.ok() ? "" : back.error().c_str());
        QCOMPARE(back->size(), samples.size());
        QCOMPARE((*back)[8].path, samples[8].path);
        QCOMPARE((*back)[8].label, samples[8].label);
        // A folder with a comma and a quote in its name survives the round trip (it split
        // into six fields before).
        auto odd = samples;
        odd[2].person = "Kim, \"JW\"_female_Asian_61";
        odd[2].path = odd[2].person + "/mask1.jpg";
        QVERIFY(writeTrainSamples(file, odd).ok());
        back = readTrainSamples(file);
        QVERIFY2(back, back.ok() ? "" : back.error().c_str());
        QCOMPARE((*back)[2].person, odd[2].person);
        QCOMPARE((*back)[2].path, odd[2].path);
        QVERIFY(writeTrainSamples(file, samples).ok());
        {
            std::ofstream bad(file, std::ios::app);
            bad << "99,x,y,42,20\n";
        }
        back = readTrainSamples(file);
        QVERIFY(!back);
        QVERIFY2(back.error().find(":23:") != std::string::npos, back.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestTrainSet)
#include "tst_trainset.moc"
