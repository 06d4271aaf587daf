// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "analysis/metrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

/// Random labels with the cases sklearn's conventions matter for: class 7 never present and
/// never predicted, class 3 present but never predicted, class 11 predicted but never present.
EvaluationData randomData(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    EvaluationData d;
    for (int i = 0; i < n; ++i) {
        int t;
        do {
            t = int(rng.bounded(kClassCount));
        } while (t == 7 || t == 11);
        int p = rng.bounded(100) < 60 ? t : int(rng.bounded(kClassCount));
        if (p == 7 || p == 3)
            p = 11;
        d.truth.push_back(t);
        d.predicted.push_back(p);
        d.age.push_back(18 + int(rng.bounded(43)));
    }
    return d;
}

QJsonObject sklearn(const EvaluationData &d, const QString &dir)
{
    const QString csv = dir + QStringLiteral("/pairs.csv");
    QByteArray text = "truth,pred\n";
    for (std::size_t i = 0; i < d.truth.size(); ++i)
        text += QByteArray::number(d.truth[i]) + ',' + QByteArray::number(d.predicted[i]) + '\n';
    if (!writeAll(csv, text))
        return {};
    QProcess py;
    py.start(QStringLiteral(MASKLENS_PYTHON),
             {QStringLiteral(MASKLENS_SOURCE_DIR "/tests/oracle/sklearn_metrics.py"), csv});
    if (!py.waitForFinished(120000) || py.exitCode() != 0) {
        qWarning("oracle failed: %s", py.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}

void compareScores(const ConfusionMatrix &m, const QJsonObject &ref)
{
    const auto scores = m.scores();
    for (int c = 0; c < m.classes(); ++c) {
        QVERIFY(std::abs(scores[c].precision - ref[QStringLiteral("precision")][c].toDouble()) <
                1e-12);
        QVERIFY(std::abs(scores[c].recall - ref[QStringLiteral("recall")][c].toDouble()) < 1e-12);
        QVERIFY(std::abs(scores[c].f1 - ref[QStringLiteral("f1")][c].toDouble()) < 1e-12);
        QCOMPARE(scores[c].support, ref[QStringLiteral("support")][c].toInt());
        for (int p = 0; p < m.classes(); ++p)
            QCOMPARE(m.at(c, p), ref[QStringLiteral("confusion")][c][p].toInt());
    }
    QVERIFY2(std::abs(m.macroF1() - ref[QStringLiteral("macro_f1")].toDouble()) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(m.macroF1(), 0, 'g', 17)
                            .arg(ref[QStringLiteral("macro_f1")].toDouble(), 0, 'g', 17)));
    QVERIFY(std::abs(m.accuracy() - ref[QStringLiteral("accuracy")].toDouble()) < 1e-12);
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalsScikitLearn_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("small") << 40 << 1u;
        QTest::newRow("medium") << 3000 << 2u;
        QTest::newRow("large") << 20000 << 3u;
    }
    void equalsScikitLearn()
    {
        QFETCH(int, n);
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        const EvaluationData d = randomData(n, seed);
        const QJsonObject ref = sklearn(d, dir.path());
        QVERIFY2(!ref.isEmpty(), "scikit-learn oracle did not run (python3-sklearn installed?)");
        const Metrics m = computeMetrics(d);
        QCOMPARE(m.samples, n);
        compareScores(m.confusion, ref);
        QCOMPARE(m.perClass[7].f1, 0.0); // never present, never predicted: scores 0
        QCOMPARE(m.perClass[3].precision, 0.0);
        QCOMPARE(m.perClass[11].recall, 0.0);
        compareScores(m.mask, ref[QStringLiteral("mask")].toObject());
        compareScores(m.gender, ref[QStringLiteral("gender")].toObject());
        compareScores(m.ageBand, ref[QStringLiteral("age_band")].toObject());
    }

    void subsetEqualsFilteredInput()
    {
        const EvaluationData d = randomData(5000, 9);
        std::vector<int> subset;
        EvaluationData filtered;
        for (int i = 0; i < 5000; i += 3) {
            subset.push_back(i);
            filtered.truth.push_back(d.truth[i]);
            filtered.predicted.push_back(d.predicted[i]);
            filtered.age.push_back(d.age[i]);
        }
        const Metrics a = computeMetrics(d, &subset);
        const Metrics b = computeMetrics(filtered);
        QCOMPARE(a.samples, b.samples);
        QCOMPARE(a.macroF1, b.macroF1);
        QCOMPARE(a.accuracy, b.accuracy);
        for (int t = 0; t < kClassCount; ++t)
            for (int p = 0; p < kClassCount; ++p)
                QCOMPARE(a.confusion.at(t, p), b.confusion.at(t, p));
    }

    void errorsByAgeAndBand()
    {
        EvaluationData d;
        // ages 29, 30, 60, 60: the 30-year-old and one 60-year-old are wrong.
        d.truth = {0, 1, 2, 2, 5};
        d.predicted = {0, 0, 2, 1, -1};
        d.age = {29, 30, 60, 60, 60};
        const Metrics m = computeMetrics(d);
        QCOMPARE(m.samples, 4);
        QCOMPARE(m.unpredicted, 1);
        QCOMPARE(int(m.errorByAge.size()), 3);
        QCOMPARE(m.errorByAge[0].first, 29);
        QCOMPARE(m.errorByAge[0].second.rate(), 0.0);
        QCOMPARE(m.errorByAge[1].second.rate(), 1.0);
        QCOMPARE(m.errorByAge[2].second.samples, 2);
        QCOMPARE(m.errorByAge[2].second.rate(), 0.5);
        QCOMPARE(m.errorByAgeBand[int(AgeBand::Old)].errors, 1);
        QCOMPARE(m.errorByAgeBand[int(AgeBand::Middle)].errors, 1);
        QCOMPARE(m.ageBand.at(int(AgeBand::Old), int(AgeBand::Middle)), 1);
    }

    void calibration()
    {
        // Two confident right answers (0.95) and two unsure wrong ones (0.35): ECE is
        // |1 - 0.95| * 0.5 + |0 - 0.35| * 0.5 = 0.2.
        EvaluationData d;
        std::vector<float> probs(4 * kClassCount, 0.0f);
        auto set = [&](int i, int top, float p) {
            for (int c = 0; c < kClassCount; ++c)
                probs[i * kClassCount + c] = (1.0f - p) / (kClassCount - 1);
            probs[i * kClassCount + top] = p;
        };
        set(0, 4, 0.95f);
        set(1, 4, 0.95f);
        set(2, 1, 0.35f);
        set(3, 1, 0.35f);
        d.truth = {4, 4, 2, 2};
        d.predicted = {4, 4, 1, 1};
        d.probabilities = probs.data();
        const Metrics m = computeMetrics(d, nullptr, 10);
        QVERIFY(m.calibration);
        QVERIFY(std::abs(m.calibration->ece - 0.2) < 1e-6);
        QCOMPARE(m.calibration->bins[9].count, 2);
        QCOMPARE(m.calibration->bins[9].accuracy, 1.0);
        QCOMPARE(m.calibration->bins[3].count, 2);
    }

    void jsonHasTheContractKeys()
    {
        const Metrics m = computeMetrics(randomData(500, 4));
        const QJsonObject o = metricsToJson(m, AgeBands{});
        for (const char *key :
             {"macro_f1", "accuracy", "per_class", "confusion", "per_attribute", "error_by_age"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonArray perClass = o[QStringLiteral("per_class")].toArray();
        QCOMPARE(perClass.size(), 18);
        for (const char *key : {"class", "precision", "recall", "f1", "support"})
            QVERIFY(perClass[5].toObject().contains(QLatin1String(key)));
        QCOMPARE(perClass[5].toObject()[QStringLiteral("old")].toBool(), true);
        QCOMPARE(o[QStringLiteral("confusion")].toArray().size(), 18);
        QCOMPARE(o[QStringLiteral("confusion")][0].toArray().size(), 18);
        for (const char *attr : {"mask", "gender", "age_band"})
            QVERIFY(o[QStringLiteral("per_attribute")].toObject().contains(QLatin1String(attr)));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
