// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// masklens-cli predict against PyTorch: a TorchScript model made by python3-torch predicts the
// same classes through MaskLens as in Python; bad models and corrupt images are clear errors.
#include "fixtures.h"

#include "analysis/features.h"
#include "analysis/predictions.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {
struct Run
{
    int code = -1;
    QByteArray out, err;
};
Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(600000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
Run cli(const QStringList &args)
{
    return run(QStringLiteral(MASKLENS_CLI), args);
}
} // namespace

class TestPredict : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString path(const char *name) const { return m_tmp.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = path("data");
        QVERIFY(makeDataset(m_data, 10, 17, 0.0, 1));
        const Run py =
            run(QStringLiteral(MASKLENS_PYTHON),
                {QStringLiteral(MASKLENS_SOURCE_DIR "/tests/oracle/torchscript_model.py"),
                 m_tmp.path(), m_data, QStringLiteral("64"), QStringLiteral("80")});
        QVERIFY2(py.code == 0, py.err.constData());
    }

    // predict --features (issue #22): one embedding per image, rows in the predictions' order.
    // Two files with the same picture under two people get the same row; every other pair
    // differs. A TorchScript model, which has no penultimate layer to show, is refused.
    void featuresAreTheImagesEmbeddingsInThePredictionsOrder()
    {
        const QString data = path("dupdata");
        QVERIFY(makeDataset(data, 6, 23, 0.0, 0));
        auto before = loadDataset(data);
        QVERIFY(before.ok());
        const int a = 0, b = 9; // person 0's mask1, person 1's third image
        QVERIFY(before->samples[a].person != before->samples[b].person);
        QVERIFY(writeAll(before->imagePath(b), readAll(before->imagePath(a))));
        const Run init =
            cli({QStringLiteral("model"), QStringLiteral("init"), QStringLiteral("--arch"),
                 QStringLiteral("small"), QStringLiteral("--size"), QStringLiteral("64x80"),
                 QStringLiteral("--out"), path("small.mlck")});
        QVERIFY2(init.code == 0, init.err.constData());
        const Run r =
            cli({QStringLiteral("predict"), QStringLiteral("--data"), data,
                 QStringLiteral("--model"), path("small.mlck"), QStringLiteral("--out"),
                 path("dup_pred.csv"), QStringLiteral("--features"), path("dup_features.npy")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("42 images x 160 features"), r.err.constData());
        auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const auto features = readFeatures(path("dup_features.npy"), *ds, Split::Train);
        QVERIFY2(features.ok(), features ? "" : qPrintable(features.error().toString()));
        QCOMPARE(features->rows, 42);
        QCOMPARE(features->width, 160);
        QVERIFY(features->model.endsWith(QStringLiteral("small.mlck")));
        auto distance = [&](int i, int j) {
            double d = 0;
            for (int k = 0; k < features->width; ++k)
                d += std::abs(features->row(i)[k] - features->row(j)[k]);
            return d;
        };
        QCOMPARE(distance(a, b), 0.0);
        for (int i = 0; i < 42; ++i)
            for (int j = i + 1; j < 42; ++j)
                if (!(i == a && j == b))
                    QVERIFY2(distance(i, j) > 0, qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        const auto predictions = readPredictions(path("dup_pred.csv"), *ds);
        QVERIFY(predictions.ok());
        for (int c = 0; c < kClassCount; ++c)
            QCOMPARE(predictions->probabilitiesOf(a)[c], predictions->probabilitiesOf(b)[c]);

        const Run script = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                                QStringLiteral("--model"), path("tiny18.pt"),
                                QStringLiteral("--out"), path("script_pred.csv"),
                                QStringLiteral("--features"), path("script_features.npy")});
        QCOMPARE(script.code, 1);
        QVERIFY2(script.err.contains("TorchScript") && script.err.contains("--features"),
                 script.err.constData());
        QVERIFY(!QFileInfo::exists(path("script_features.npy")));
    }

    void torchScriptPredictsAsInPython()
    {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--model"), path("tiny18.pt"), QStringLiteral("--out"),
                           path("ours.csv"), QStringLiteral("--batch"), QStringLiteral("7")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("torchscript"));
        QVERIFY(r.err.contains("64x80"));
        auto ds = loadDataset(m_data);
        QVERIFY(ds.ok());
        const auto ours = readPredictions(path("ours.csv"), *ds);
        const auto theirs = readPredictions(path("python_pred.csv"), *ds);
        QVERIFY(ours.ok() && theirs.ok());
        QVERIFY(ours->problems.empty());
        QCOMPARE(ours->predictedCount(), 70);
        QCOMPARE(theirs->predictedCount(), 70);
        QCOMPARE(ours->predicted, theirs->predicted);
        double worst = 0;
        for (std::size_t i = 0; i < ours->probabilities.size(); ++i)
            worst = std::max(worst,
                             double(std::abs(ours->probabilities[i] - theirs->probabilities[i])));
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void bf16IsSaidAndStaysClose()
    {
        // Issue #24: --precision bf16 runs the forward pass in bfloat16; the predictions say so
        // beside them (FILE.json), fp32 stays the default and PyTorch's answers.
        const QStringList base{QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                               QStringLiteral("--model"), path("tiny18.pt")};
        Run r = cli(base + QStringList{QStringLiteral("--out"), path("fp32.csv")});
        QCOMPARE(r.code, 0);
        r = cli(base + QStringList{QStringLiteral("--out"), path("bf16.csv"),
                                   QStringLiteral("--precision"), QStringLiteral("bf16")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("bf16"));
        auto about = [&](const char *file) {
            return QJsonDocument::fromJson(readAll(path(file) + QStringLiteral(".json")))
                .object()
                .value(QStringLiteral("precision"))
                .toString();
        };
        QCOMPARE(about("fp32.csv"), QStringLiteral("fp32"));
        QCOMPARE(about("bf16.csv"), QStringLiteral("bf16"));
        auto ds = loadDataset(m_data);
        const auto fp32 = readPredictions(path("fp32.csv"), *ds);
        const auto bf16 = readPredictions(path("bf16.csv"), *ds);
        QVERIFY(fp32.ok() && bf16.ok());
        QCOMPARE(bf16->predictedCount(), fp32->predictedCount());
        double worst = 0;
        int same = 0;
        for (int i = 0; i < fp32->count(); ++i) {
            same += fp32->predicted[i] == bf16->predicted[i];
            for (int c = 0; c < 18; ++c)
                worst = std::max(worst, double(std::abs(fp32->probabilitiesOf(i)[c] -
                                                        bf16->probabilitiesOf(i)[c])));
        }
        // bfloat16 keeps 8 bits of mantissa: close, not equal.
        QVERIFY2(worst < 0.02, qPrintable(QString::number(worst)));
        QVERIFY2(same >= fp32->count() * 9 / 10, qPrintable(QString::number(same)));
        r = cli(base + QStringList{QStringLiteral("--out"), path("x.csv"),
                                   QStringLiteral("--precision"), QStringLiteral("fp16")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--precision"));
    }

    void flipTestAveragesTheMirrorImage()
    {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--model"), path("tiny18.pt"), QStringLiteral("--out"),
                           path("flip.csv"), QStringLiteral("--tta"), QStringLiteral("flip")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("test-time flips"));
        auto ds = loadDataset(m_data);
        QVERIFY(ds.ok());
        const auto ours = readPredictions(path("flip.csv"), *ds);
        const auto theirs = readPredictions(path("python_pred_flip.csv"), *ds);
        const auto plain = readPredictions(path("python_pred.csv"), *ds);
        QVERIFY(ours.ok() && theirs.ok() && plain.ok());
        QCOMPARE(ours->predictedCount(), 70);
        double worst = 0, fromPlain = 0;
        for (std::size_t i = 0; i < ours->probabilities.size(); ++i) {
            worst = std::max(worst,
                             double(std::abs(ours->probabilities[i] - theirs->probabilities[i])));
            fromPlain = std::max(
                fromPlain, double(std::abs(ours->probabilities[i] - plain->probabilities[i])));
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
        // The tiny model is nearly mirror-symmetric (global pooling): flips move its
        // probabilities by ~5e-4, the oracle agrees to ~1e-8.
        QVERIFY2(fromPlain > 1e-4 && fromPlain > 100 * worst,
                 qPrintable(QStringLiteral("flips moved the probabilities by %1 (oracle: %2)")
                                .arg(fromPlain)
                                .arg(worst)));

        const Run bad = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                             QStringLiteral("--model"), path("tiny18.pt"), QStringLiteral("--out"),
                             path("x.csv"), QStringLiteral("--tta"), QStringLiteral("rotate")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("--tta"));
    }

    void threeHeadModelsAreDecoded()
    {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--model"), path("tiny8.pt"), QStringLiteral("--out"),
                           path("heads.csv")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("three_heads"));
        auto ds = loadDataset(m_data);
        const auto p = readPredictions(path("heads.csv"), *ds);
        QVERIFY(p.ok());
        QVERIFY(p->problems.empty()); // every row's 18 probabilities sum to 1
        QCOMPARE(p->predictedCount(), 70);
    }

    void evalSplit()
    {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--model"), path("tiny18.pt"), QStringLiteral("--out"),
                           path("eval.csv"), QStringLiteral("--split"), QStringLiteral("eval")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(readAll(path("eval.csv")).startsWith("ImageID,pred,prob_0"));
        const Run e = cli({QStringLiteral("evaluate"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--pred"), path("eval.csv"), QStringLiteral("--json")});
        QCOMPARE(e.code, 0);
        QVERIFY(e.out.contains("\"samples\":7"));
    }

    void wrongOutputWidthIsAClearError()
    {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--model"), path("tiny10.pt"), QStringLiteral("--out"),
                           path("x.csv")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("tiny10.pt") && r.err.contains("18 class scores, 8"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(path("x.csv")));
    }

    void notAModelIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("hello, I am not a model");
        QTest::newRow("truncated torchscript") << readAll(path("tiny18.pt")).left(600);
        QTest::newRow("torchscript whose code does not compile") << readAll(path("broken_code.pt"));
        QTest::newRow("empty") << QByteArray();
    }
    void notAModelIsAClearError()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeAll(path("bad.pt"), bytes));
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--model"), path("bad.pt"), QStringLiteral("--out"),
                           path("x.csv"), QStringLiteral("--size"), QStringLiteral("64x80")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad.pt"), r.err.constData());
    }

    void corruptImagesAreSkippedAndReported()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 3, 4, 0.0, 0));
        const QString folder = personFolders(dir.path()).first();
        const QString image = dir.path() + QStringLiteral("/train/images/") + folder + u'/' +
                              QDir(dir.path() + QStringLiteral("/train/images/") + folder)
                                  .entryList({QStringLiteral("mask2.*")})
                                  .first();
        QVERIFY(writeAll(image, "garbage"));
        const QString out = dir.filePath(QStringLiteral("pred.csv"));
        const Run r =
            cli({QStringLiteral("predict"), QStringLiteral("--data"), dir.path(),
                 QStringLiteral("--model"), path("tiny18.pt"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains(image.toUtf8()));
        QVERIFY(r.err.contains("1 skipped"));
        auto ds = loadDataset(dir.path());
        const auto p = readPredictions(out, *ds);
        QVERIFY(p.ok());
        QCOMPARE(p->predictedCount(), 20);
    }

    void cudaWhereThereIsNone()
    {
        const Run info = cli({QStringLiteral("info"), QStringLiteral("--json")});
        if (info.out.contains("\"cuda_devices\":0")) {
            const Run r =
                cli({QStringLiteral("predict"), QStringLiteral("--data"), m_data,
                     QStringLiteral("--model"), path("tiny18.pt"), QStringLiteral("--out"),
                     path("x.csv"), QStringLiteral("--device"), QStringLiteral("cuda")});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains("CUDA"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPredict)
#include "tst_predict.moc"
