// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "analysis/metrics.h"
#include "analysis/predictions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

QByteArray probsRow(int top, double p = 0.83)
{
    QByteArray row;
    for (int c = 0; c < kClassCount; ++c)
        row += ',' + QByteArray::number(c == top ? p : (1.0 - p) / (kClassCount - 1), 'g', 17);
    return row;
}

QByteArray probsHeader()
{
    QByteArray h = "path,pred";
    for (int c = 0; c < kClassCount; ++c)
        h += ",prob_" + QByteArray::number(c);
    return h;
}

} // namespace

class TestPredictions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::optional<Dataset> m_ds;

    QString write(const QByteArray &text)
    {
        static int n = 0;
        const QString file = m_tmp.filePath(QStringLiteral("pred%1.csv").arg(++n));
        return writeAll(file, text) ? file : QString();
    }
    QByteArray path(int sample) const { return m_ds->relativePath(sample).toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(makeDataset(m_tmp.filePath(QStringLiteral("data")), 6, 21, 0.0, 1));
        auto ds = loadDataset(m_tmp.filePath(QStringLiteral("data")));
        QVERIFY(ds.ok());
        m_ds = std::move(ds).value();
    }

    void roundTripWithProbabilities()
    {
        Predictions p = Predictions::empty(*m_ds, Split::Train, true);
        for (int i = 0; i < p.count(); ++i) {
            p.predicted[i] = (i * 7) % kClassCount;
            for (int c = 0; c < kClassCount; ++c)
                p.probabilities[std::size_t(i) * kClassCount + c] =
                    c == p.predicted[i] ? 0.66f : 0.34f / (kClassCount - 1);
        }
        p.predicted[3] = -1; // no prediction for one sample: not written
        const QString file = m_tmp.filePath(QStringLiteral("roundtrip.csv"));
        QVERIFY(writePredictions(file, *m_ds, p).ok());
        const auto back = readPredictions(file, *m_ds);
        QVERIFY(back.ok());
        QVERIFY(back->problems.empty());
        QCOMPARE(back->split, Split::Train);
        QCOMPARE(back->predicted, p.predicted);
        for (int i = 0; i < p.count(); ++i) {
            if (i == 3)
                continue;
            for (int c = 0; c < kClassCount; ++c)
                QVERIFY(std::abs(back->probabilitiesOf(i)[c] - p.probabilitiesOf(i)[c]) < 1e-6);
        }
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("keepsPrediction"); ///< the row's class is kept, its probs dropped
        QTest::newRow("unknown path") << QByteArray("nobody_male_Asian_1/mask1.jpg,3") + probsRow(3)
                                      << "unknown image" << false;
        QTest::newRow("class 18") << QByteArray("PATH1,18") + probsRow(3) << "not in 0..17"
                                  << false;
        QTest::newRow("class -1") << QByteArray("PATH1,-1") + probsRow(3) << "not in 0..17"
                                  << false;
        QTest::newRow("class text")
            << QByteArray("PATH1,abc") + probsRow(3) << "not in 0..17" << false;
        QTest::newRow("negative probability")
            << QByteArray("PATH1,3") + probsRow(3, 1.2) << "outside 0..1" << true;
        QTest::newRow("sum not one")
            << QByteArray("PATH1,3") + probsRow(3, 0.5).replace(",0.5,", ",0.9,") << "sum to"
            << true;
        QTest::newRow("probability text")
            << QByteArray("PATH1,3") + probsRow(3, 0.5).replace(",0.5,", ",x,") << "not a number"
            << true;
        QTest::newRow("duplicate row")
            << QByteArray("PATH0,5") + probsRow(5) << "already predicted on line 2" << false;
        QTest::newRow("short row") << QByteArray("PATH1,3,0.5") << "expected 20 fields" << false;
    }

    void badRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        QFETCH(bool, keepsPrediction);
        row.replace("PATH0", path(0)).replace("PATH1", path(1));
        const QByteArray text = probsHeader() + '\n' + path(0) + ",4" + probsRow(4) + '\n' + row +
                                '\n' + path(2) + ",2" + probsRow(2) + '\n';
        const QString file = write(text);
        const auto p = readPredictions(file, *m_ds);
        QVERIFY(p.ok());
        QCOMPARE(int(p->problems.size()), 1);
        QCOMPARE(p->problems[0].line, 3);
        QCOMPARE(p->problems[0].file, file);
        QVERIFY2(p->problems[0].message.contains(message), qPrintable(p->problems[0].toString()));
        // The rest loaded.
        QCOMPARE(p->predicted[0], 4);
        QCOMPARE(p->predicted[2], 2);
        QCOMPARE(p->predicted[1], keepsPrediction ? 3 : -1);
        if (keepsPrediction)
            QVERIFY(std::isnan(p->probabilitiesOf(1)[0]));
    }

    void threeHeadsBecomeEighteenClasses()
    {
        // mask: incorrect, gender: female, age: >=60 -> class 11.
        const QByteArray text = "path,mask_prob_0,mask_prob_1,mask_prob_2,gender_prob_0,gender_"
                                "prob_1,age_prob_0,age_prob_1,age_prob_2\n" +
                                path(0) + ",0.1,0.7,0.2,0.25,0.75,0.1,0.3,0.6\n";
        const auto p = readPredictions(write(text), *m_ds);
        QVERIFY(p.ok());
        QVERIFY(p->problems.empty());
        QCOMPARE(p->predicted[0], 11);
        const float *probs = p->probabilitiesOf(0);
        double sum = 0;
        for (int c = 0; c < kClassCount; ++c)
            sum += probs[c];
        QVERIFY(std::abs(sum - 1.0) < 1e-6);
        QVERIFY(std::abs(probs[11] - 0.7 * 0.75 * 0.6) < 1e-6);
        QVERIFY(std::abs(probs[0] - 0.1 * 0.25 * 0.1) < 1e-6);
    }

    void submissionFormatReadsAsEval()
    {
        QByteArray text = "ImageID,ans\n";
        for (const EvalImage &e : m_ds->evalImages)
            text += e.imageId.toUtf8() + ",3\n";
        text += "0000000000000000000000000000000000000000.jpg,1\n";
        const auto p = readPredictions(write(text), *m_ds);
        QVERIFY(p.ok());
        QCOMPARE(p->split, Split::Eval);
        QCOMPARE(p->predictedCount(), 7);
        QCOMPARE(int(p->problems.size()), 1);
        QVERIFY(p->problems[0].message.contains(QStringLiteral("unknown ImageID")));
        const auto truth = readEvalTruth(*m_ds);
        QVERIFY(truth.ok());
        QCOMPARE(int(truth->size()), 7);
        const Metrics m = computeMetrics(evaluationData(*m_ds, *p, AgeBands{}, *truth));
        QCOMPARE(m.samples, 7);
    }

    void extensionsNeedNotMatch()
    {
        // A predictions file written before a folder's .jpg became .jpeg still lines up.
        QByteArray key = path(0);
        key = key.left(key.lastIndexOf('.')) + ".png";
        const auto p = readPredictions(write("path,pred\n" + key + ",5\n"), *m_ds);
        QVERIFY(p.ok());
        QCOMPARE(p->predicted[0], 5);
    }

    void unreadableFilesFail_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key column") << QByteArray("file,pred\nx,1\n") << "expected a header";
        QTest::newRow("probabilities incomplete")
            << QByteArray("path,prob_0,prob_1\nx,0.5,0.5\n") << "missing prob_2";
        QTest::newRow("empty") << QByteArray() << "empty file";
    }
    void unreadableFilesFail()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const QString file = write(text);
        const auto p = readPredictions(file, *m_ds);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().file, file);
        QVERIFY2(p.error().message.contains(message), qPrintable(p.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestPredictions)
#include "tst_predictions.moc"
