// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Features files (issue #22): what MaskLens writes, numpy.load reads (and the other way round),
// and a file whose rows are not the open dataset's images - cut short, another dtype or shape,
// another dataset, another split - is refused with a message naming the file and what is wrong.
#include "fixtures.h"

#include "analysis/dataset.h"
#include "analysis/features.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens;
using namespace masklens::analysis;

namespace {

/// Runs `code` with Debian's python3 (numpy); its stdout.
QByteArray python(const QString &code)
{
    QProcess py;
    py.start(QStringLiteral(MASKLENS_PYTHON), {QStringLiteral("-c"), code});
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning("python: %s", py.readAllStandardError().constData());
        return {};
    }
    return py.readAllStandardOutput();
}

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tests::makeDataset(m_dir.filePath(QStringLiteral("a")), 5, 3, 0.0, 2));
        QVERIFY(tests::makeDataset(m_dir.filePath(QStringLiteral("b")), 5, 4, 0.0, 2));
        auto a = loadDataset(m_dir.filePath(QStringLiteral("a")));
        auto b = loadDataset(m_dir.filePath(QStringLiteral("b")));
        QVERIFY(a && b);
        m_a = std::move(a).value();
        m_b = std::move(b).value();
        QCOMPARE(int(m_a.samples.size()), 35);
    }

    void whatMaskLensWritesNumpyReads()
    {
        const int width = 16;
        std::vector<float> data(35 * width);
        QRandomGenerator rng(1);
        for (float &v : data)
            v = float(rng.generateDouble() * 2 - 1);
        const QString file = m_dir.filePath(QStringLiteral("f.npy"));
        QVERIFY(writeFeatures(file, m_a, Split::Train, width, data, QStringLiteral("m.mlck")));
        const auto back = readFeatures(file, m_a, Split::Train);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->rows, 35);
        QCOMPARE(back->width, width);
        QVERIFY(back->data == data);
        QCOMPARE(back->model, QStringLiteral("m.mlck"));

        const QByteArray out = python(
            QStringLiteral("import numpy as np, json; f = np.load('%1'); "
                           "print(json.dumps({'shape': list(f.shape), 'dtype': str(f.dtype), "
                           "'x': float(f[7, 3]), 'sum': float(f.astype('f8').sum())}))")
                .arg(file));
        const QJsonObject numpy = QJsonDocument::fromJson(out).object();
        QVERIFY2(!numpy.isEmpty(), "numpy did not load the file (python3-numpy installed?)");
        QCOMPARE(numpy[QStringLiteral("shape")].toVariant().toList(), (QVariantList{35, width}));
        QCOMPARE(numpy[QStringLiteral("dtype")].toString(), QStringLiteral("float32"));
        QCOMPARE(float(numpy[QStringLiteral("x")].toDouble()), data[7 * width + 3]);
        double sum = 0;
        for (float v : data)
            sum += v;
        QVERIFY(std::abs(numpy[QStringLiteral("sum")].toDouble() - sum) < 1e-9);
    }

    void whatNumpyWritesMaskLensReads()
    {
        // Features made in Python (no sidecar): the row count must be the images'.
        const QString file = m_dir.filePath(QStringLiteral("numpy.npy"));
        QVERIFY(!python(QStringLiteral("import numpy as np; "
                                       "np.save('%1', np.arange(35 * 8, dtype='float32')"
                                       ".reshape(35, 8)); print('ok')")
                            .arg(file))
                     .isEmpty());
        const auto back = readFeatures(file, m_a, Split::Train);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->width, 8);
        for (int i = 0; i < 35 * 8; ++i)
            QCOMPARE(back->data[std::size_t(i)], float(i));
    }

    void whatIsNotThisDatasetsFeaturesIsRefusedByName_data()
    {
        QTest::addColumn<QString>("python");   // writes FILE (numpy), or empty: see `damage`
        QTest::addColumn<QString>("damage");   // what is done to a good MaskLens file instead
        QTest::addColumn<QString>("expected"); // in the message, after the file's name
        QTest::newRow("float64") << QStringLiteral("np.save(f, np.zeros((35, 4)))") << QString()
                                 << QStringLiteral("'<f8'");
        QTest::newRow("one dimension") << QStringLiteral("np.save(f, np.zeros(35, dtype='f4'))")
                                       << QString() << QStringLiteral("2-d");
        QTest::newRow("Fortran order")
            << QStringLiteral("np.save(f, np.asfortranarray(np.zeros((35, 4), dtype='f4')))")
            << QString() << QStringLiteral("C order");
        QTest::newRow("another count")
            << QStringLiteral("np.save(f, np.zeros((34, 4), dtype='f4'))") << QString()
            << QStringLiteral("34 rows");
        QTest::newRow("cut short")
            << QString() << QStringLiteral("cut") << QStringLiteral("cut short");
        QTest::newRow("not npy") << QString() << QStringLiteral("garbage")
                                 << QStringLiteral("not a NumPy");
        QTest::newRow("another dataset")
            << QString() << QStringLiteral("other dataset") << QStringLiteral("other images");
        QTest::newRow("another split")
            << QString() << QStringLiteral("eval") << QStringLiteral("of the eval images");
        QTest::newRow("a huge claimed shape")
            << QString() << QStringLiteral("huge") << QStringLiteral("cut short");
    }
    void whatIsNotThisDatasetsFeaturesIsRefusedByName()
    {
        QFETCH(QString, python);
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QString file =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') +
                           QStringLiteral(".npy"));
        if (!python.isEmpty()) {
            QVERIFY(!::python(QStringLiteral("import numpy as np; f = '%1'; %2; print('ok')")
                                  .arg(file, python))
                         .isEmpty());
        } else {
            const std::vector<float> data(35 * 4, 0.5f);
            const Dataset &owner = damage == u"other dataset" ? m_b : m_a;
            QVERIFY(writeFeatures(file, owner, Split::Train, 4, data, QString()));
            if (damage == u"eval") {
                // Rows of the eval images that happen to be as many: only the sidecar can tell.
                QByteArray about = tests::readAll(file + QStringLiteral(".json"));
                about.replace("\"train\"", "\"eval\"");
                QVERIFY(tests::writeAll(file + QStringLiteral(".json"), about));
            }
            QByteArray bytes = tests::readAll(file);
            if (damage == u"cut")
                bytes.chop(9);
            else if (damage == u"garbage")
                bytes = "these are not features";
            else if (damage == u"huge")
                bytes.replace("(35, 4)", "(999999999999, 4)");
            if (damage == u"cut" || damage == u"garbage" || damage == u"huge")
                QVERIFY(tests::writeAll(file, bytes));
        }
        const auto read = readFeatures(file, m_a, Split::Train);
        QVERIFY(!read);
        const QString message = read.error().toString();
        QVERIFY2(message.startsWith(file), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void featuresOfAnotherModelThanThePredictionsAreRefused()
    {
        const std::vector<float> data(35 * 4, 0.25f);
        const QString file = m_dir.filePath(QStringLiteral("model_a.npy"));
        QVERIFY(writeFeatures(file, m_a, Split::Train, 4, data, QStringLiteral("/runs/a.mlck")));
        const auto features = readFeatures(file, m_a, Split::Train);
        QVERIFY(features);
        const QString pred = m_dir.filePath(QStringLiteral("pred.csv"));
        // No sidecar beside the predictions: nothing to compare, accepted.
        QVERIFY(checkSameModel(*features, pred));
        // The same model: accepted; another: refused, naming the features file and both models.
        QVERIFY(tests::writeAll(pred + QStringLiteral(".json"),
                                R"({"model": "/runs/a.mlck", "precision": "fp32"})"));
        QVERIFY(checkSameModel(*features, pred));
        QVERIFY(tests::writeAll(pred + QStringLiteral(".json"),
                                R"({"model": "/runs/b.mlck", "precision": "fp32"})"));
        const auto other = checkSameModel(*features, pred);
        QVERIFY(!other);
        const QString message = other.error().toString();
        QVERIFY2(message.startsWith(file), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("/runs/a.mlck")));
        QVERIFY(message.contains(QStringLiteral("/runs/b.mlck")));
    }

private:
    QTemporaryDir m_dir;
    Dataset m_a, m_b;
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
