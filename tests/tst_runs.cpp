// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Training runs on disk: reading run folders, listing them, and comparing two on known inputs,
// checked against the metrics core and hand-counted numbers; the same through masklens-cli runs.
#include "fixtures.h"

#include "analysis/runs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

struct Image
{
    QString path;
    int label;
    int pred;
};

/// A run folder as the trainer leaves it.
void writeRun(const QString &dir, const std::vector<Image> &images, const QByteArray &runJson,
              bool withPredictions = true)
{
    QVERIFY(QDir().mkpath(dir));
    QByteArray samples = "index,path,person,label,age\n";
    QByteArray preds = "path,pred\n";
    for (int i = 0; i < int(images.size()); ++i) {
        samples += QByteArray::number(i) + ',' + images[i].path.toUtf8() + ",p" +
                   QByteArray::number(i / 7) + ',' + QByteArray::number(images[i].label) + ",40\n";
        preds += images[i].path.toUtf8() + ',' + QByteArray::number(images[i].pred) + '\n';
    }
    QVERIFY(writeAll(dir + QStringLiteral("/samples.csv"), samples));
    if (withPredictions)
        QVERIFY(writeAll(dir + QStringLiteral("/val_predictions.csv"), preds));
    QVERIFY(writeAll(dir + QStringLiteral("/config.json"),
                     R"({"arch":"small","epochs":3,"folds":1,"seeds":[1]})"));
    QByteArray metrics;
    QJsonArray perClass;
    for (int k = 0; k < 18; ++k)
        perClass.append(k % 3 == 2 ? 0.25 : 0.5);
    for (int e = 1; e <= 3; ++e)
        metrics += QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("epoch")},
                                             {QStringLiteral("epoch"), e},
                                             {QStringLiteral("val_macro_f1"), 0.1 * e},
                                             {QStringLiteral("per_class_f1"), perClass}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
    if (withPredictions)
        metrics += QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("done")},
                                             {QStringLiteral("val_macro_f1"), 0.4},
                                             {QStringLiteral("per_class_f1"), perClass},
                                             {QStringLiteral("device"), QStringLiteral("cpu")}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
    QVERIFY(writeAll(dir + QStringLiteral("/metrics.jsonl"), metrics));
    QVERIFY(writeAll(dir + QStringLiteral("/run.json"), runJson));
}

QJsonObject cliJson(const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MASKLENS_CLI), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestRuns : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::vector<Image> m_a, m_b;
    QString m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        // 36 images, two per class. A gets every class right except the second image of
        // classes 0..5 (predicted as class 17); B fixes classes 0..2, breaks 6 and 7 (predicted
        // 0), and one label (the second image of class 12) is corrected to 13 in B, where both
        // runs predicted 13: wrong to right through the correction alone... scored against B's.
        for (int k = 0; k < 18; ++k)
            for (int j = 0; j < 2; ++j) {
                const QString path = QStringLiteral("p%1/mask%2.jpg").arg(k).arg(j + 1);
                Image a{path, k, k};
                if (j == 1 && k <= 5)
                    a.pred = 17;
                if (j == 1 && k == 12)
                    a.pred = 13;
                Image b = a;
                if (j == 1 && k <= 2)
                    b.pred = k;
                if (j == 1 && (k == 6 || k == 7))
                    b.pred = 0;
                if (j == 1 && k == 12)
                    b.label = 13;
                m_a.push_back(a);
                m_b.push_back(b);
            }
        m_runs = m_tmp.filePath(QStringLiteral("runs"));
        writeRun(m_runs + QStringLiteral("/20261128-100000"), m_a,
                 R"({"started":"2026-11-28T10:00:00","status":"done","labels_version":0,)"
                 R"("device":"cpu","seconds":125.5})");
        writeRun(m_runs + QStringLiteral("/20261128-110000"), m_b,
                 R"({"started":"2026-11-28T11:00:00","status":"done","labels_version":4,)"
                 R"("device":"cuda:0","seconds":42})");
        writeRun(m_runs + QStringLiteral("/20261128-120000"), m_b,
                 R"({"started":"2026-11-28T12:00:00","status":"failed","labels_version":4,)"
                 R"("message":"CUDA out of memory"})",
                 /*withPredictions=*/false);
        QVERIFY(QDir().mkpath(m_runs + QStringLiteral("/not-a-run")));
    }

    void readsAndListsRuns()
    {
        std::vector<Problem> problems;
        const std::vector<RunInfo> runs = listRuns(m_runs, &problems);
        QVERIFY(problems.empty());
        QCOMPARE(int(runs.size()), 3);
        QCOMPARE(runs[0].name, QStringLiteral("20261128-100000"));
        QCOMPARE(runs[0].status, QStringLiteral("done"));
        QCOMPARE(runs[0].labelsVersion, 0);
        QCOMPARE(runs[0].seconds, 125.5);
        QCOMPARE(runs[0].macroF1, 0.4); // the done event's, not the best epoch's
        QCOMPARE(runs[0].oldF1, 0.25);  // the >=60 classes (2, 5, ... 17) alone
        QCOMPARE(runs[0].epochs, 3);
        QCOMPARE(runs[1].device, QStringLiteral("cuda:0"));
        QCOMPARE(runs[1].labelsVersion, 4);
        QCOMPARE(runs[2].status, QStringLiteral("failed"));
        QCOMPARE(runs[2].message, QStringLiteral("CUDA out of memory"));
        QCOMPARE(runs[2].macroF1, 0.3); // no done event: the best epoch's
        QVERIFY(runs[2].predictions.isEmpty());
        // A folder that is not a run fails with its name.
        const auto none = readRun(m_runs + QStringLiteral("/not-a-run"));
        QVERIFY(!none.ok());
        QVERIFY(none.error().file.endsWith(QStringLiteral("not-a-run")));
    }

    void comparesAgainstTheMetricsCore()
    {
        const auto c = compareRuns(m_runs + QStringLiteral("/20261128-100000"),
                                   m_runs + QStringLiteral("/20261128-110000"));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->compared, 36);
        QCOMPARE(c->labelsChanged, 1);
        // The metrics core on the same pairs, against B's labels.
        ConfusionMatrix a, b;
        for (int i = 0; i < 36; ++i) {
            a.add(m_b[i].label, m_a[i].pred);
            b.add(m_b[i].label, m_b[i].pred);
        }
        const std::vector<ClassScore> sa = a.scores(), sb = b.scores();
        for (int k = 0; k < 18; ++k) {
            QCOMPARE(c->metricsA.perClass[k].f1, sa[k].f1);
            QCOMPARE(c->metricsB.perClass[k].f1, sb[k].f1);
        }
        QCOMPARE(c->metricsA.macroF1, a.macroF1());
        QCOMPARE(c->metricsB.macroF1, b.macroF1());
        // Hand-counted: class 0 in A has 1 of 2 right and nothing else predicted 0 -> P 1, R 0.5,
        // F1 2/3; in B both right, but classes 6 and 7 lost one each to 0 -> P 0.5, R 1, F1 2/3.
        QCOMPARE(c->metricsA.perClass[0].f1, 2.0 / 3.0);
        QCOMPARE(c->metricsB.perClass[0].f1, 2.0 / 3.0);
        QCOMPARE(c->metricsB.perClass[1].f1, 1.0);
        // Wrong -> right: classes 0, 1, 2 (B fixed them) and the relabelled class-12 image
        // (predicted 13 by both, labelled 13 in B) is right in both. Right -> wrong: 6 and 7.
        QCOMPARE(int(c->wrongToRight.size()), 3);
        QCOMPARE(int(c->rightToWrong.size()), 2);
        QCOMPARE(c->rightToWrong[0].predictedB, 0);
        // The confusion difference: B put two more on (6, 0) and (7, 0) and two fewer on
        // (6, 6), (7, 7).
        const std::vector<int> d = c->confusionDiff();
        QCOMPARE(d[6 * 18 + 0], 1);
        QCOMPARE(d[6 * 18 + 6], -1);
        QCOMPARE(d[0 * 18 + 0], 1);
        QCOMPARE(d[0 * 18 + 17], -1);

        // A run without predictions cannot be compared, and says which one.
        const auto failed = compareRuns(m_runs + QStringLiteral("/20261128-100000"),
                                        m_runs + QStringLiteral("/20261128-120000"));
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().file.endsWith(QStringLiteral("20261128-120000")));
    }

    void theCliSaysTheSame()
    {
        int code = -1;
        const QJsonObject list = cliJson(
            {QStringLiteral("runs"), QStringLiteral("list"), m_runs, QStringLiteral("--json")},
            &code);
        QCOMPARE(code, 0);
        const QJsonArray runs = list.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[0].toObject().value(QStringLiteral("macro_f1")).toDouble(), 0.4);
        QCOMPARE(runs[0].toObject().value(QStringLiteral("old_f1")).toDouble(), 0.25);
        QCOMPARE(runs[1].toObject().value(QStringLiteral("labels_version")).toInt(), 4);
        QCOMPARE(runs[2].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));

        const QString runA = m_runs + QStringLiteral("/20261128-100000");
        const QString runB = m_runs + QStringLiteral("/20261128-110000");
        const QJsonObject cmp = cliJson({QStringLiteral("runs"), QStringLiteral("compare"), runA,
                                         runB, QStringLiteral("--json")},
                                        &code);
        QCOMPARE(code, 0);
        const auto c = compareRuns(runA, runB);
        QCOMPARE(cmp.value(QStringLiteral("macro_f1_a")).toDouble(), c->metricsA.macroF1);
        QCOMPARE(cmp.value(QStringLiteral("macro_f1_b")).toDouble(), c->metricsB.macroF1);
        const QJsonArray fa = cmp.value(QStringLiteral("per_class_f1_a")).toArray();
        const QJsonArray fb = cmp.value(QStringLiteral("per_class_f1_b")).toArray();
        const QJsonArray fd = cmp.value(QStringLiteral("per_class_f1_diff")).toArray();
        QCOMPARE(fa.size(), 18);
        for (int k = 0; k < 18; ++k) {
            QCOMPARE(fa[k].toDouble(), c->metricsA.perClass[k].f1);
            QCOMPARE(fb[k].toDouble(), c->metricsB.perClass[k].f1);
            QCOMPARE(fd[k].toDouble(), c->metricsB.perClass[k].f1 - c->metricsA.perClass[k].f1);
        }
        QCOMPARE(cmp.value(QStringLiteral("wrong_to_right")).toArray().size(), 3);
        QCOMPARE(cmp.value(QStringLiteral("right_to_wrong")).toArray().size(), 2);
        QCOMPARE(cmp.value(QStringLiteral("confusion_diff")).toArray().size(), 18);

        // Text: the table and the counts; a bad run folder exits 2 naming it.
        QProcess p;
        p.start(QStringLiteral(MASKLENS_CLI),
                {QStringLiteral("runs"), QStringLiteral("compare"), runA, runB});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray text = p.readAllStandardOutput();
        QVERIFY(text.contains("wrong in A, right in B: 3"));
        QVERIFY(text.contains("macro F1"));
        p.start(QStringLiteral(MASKLENS_CLI), {QStringLiteral("runs"), QStringLiteral("compare"),
                                               runA, m_runs + QStringLiteral("/not-a-run")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not-a-run"));
    }
};

QTEST_GUILESS_MAIN(TestRuns)
#include "tst_runs.moc"
