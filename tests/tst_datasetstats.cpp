// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "analysis/datasetstats.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens::analysis;
using namespace masklens::tests;

class TestDatasetStats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_root;

    QString writeCsv(const QByteArray &rows)
    {
        return writeAll(m_root + QStringLiteral("/train/train.csv"),
                        "id,gender,race,age,path\n" + rows)
                   ? m_root
                   : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.path();
        // Three people drawn by the generator, relabelled by hand so the expected counts are known.
        QVERIFY(makeDataset(m_root, 3, 11, 0.0, 0));
        const QStringList folders = personFolders(m_root);
        QCOMPARE(folders.size(), 3);
        for (const QString &f : folders)
            QVERIFY(QDir(m_root + QStringLiteral("/train/images"))
                        .rename(f, QStringLiteral("p") + f.left(6)));
        QVERIFY(!writeCsv("a,male,Asian,19,p" + folders[0].left(6).toLatin1() +
                          "\n"
                          "b,female,Asian,58,p" +
                          folders[1].left(6).toLatin1() +
                          "\n"
                          "c,female,Asian,60,p" +
                          folders[2].left(6).toLatin1() + "\n")
                     .isEmpty());
    }

    void countsPerClassAndAttribute()
    {
        const auto ds = loadDataset(m_root);
        QVERIFY(ds.ok());
        QVERIFY(ds->problems.empty());
        const DatasetStats st = computeStats(*ds);
        QCOMPARE(st.people, 3);
        QCOMPARE(st.images, 21);
        // male <30: 5 wear (class 0), 1 incorrect (6), 1 normal (12); female 30-59 -> 4,10,16;
        // female >=60 -> 5, 11, 17.
        const std::array<int, 18> expected{5, 0, 0, 0, 5, 5, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1};
        QCOMPARE(st.classCounts, expected);
        QCOMPARE(st.maskCounts, (std::array<int, 3>{15, 3, 3}));
        QCOMPARE(st.genderCounts, (std::array<int, 2>{1, 2}));
        QCOMPARE(st.ageBandCounts, (std::array<int, 3>{1, 1, 1}));
        QCOMPARE(st.ageHistogram.at(58), 1);
        QCOMPARE(st.imbalanceRatio(), 5.0);
    }

    void movingTheOldThresholdMovesPeople()
    {
        const auto ds = loadDataset(m_root);
        QVERIFY(ds.ok());
        const DatasetStats st = computeStats(*ds, AgeBands{30, 58});
        QCOMPARE(st.ageBandCounts, (std::array<int, 3>{1, 0, 2}));
        QCOMPARE(st.classCounts[5], 10); // the 58-year-old joins the >=58 band
        QCOMPARE(st.classCounts[4], 0);
    }

    void jsonHasTheDocumentedKeys()
    {
        const auto ds = loadDataset(m_root);
        QVERIFY(ds.ok());
        std::vector<Problem> problems{
            {QStringLiteral("train/train.csv"), 4, QStringLiteral("bad age")}};
        const QJsonObject o = statsToJson(computeStats(*ds), problems);
        for (const char *key : {"people", "images", "class_counts", "mask_counts", "gender_counts",
                                "age_band_counts", "age_histogram", "problems"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("people")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("class_counts")).toArray().size(), 18);
        QCOMPARE(
            o.value(QStringLiteral("age_histogram")).toObject().value(QStringLiteral("60")).toInt(),
            1);
        const QJsonObject p = o.value(QStringLiteral("problems")).toArray().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(p.value(QStringLiteral("file")).toString(), QStringLiteral("train/train.csv"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetStats)
#include "tst_datasetstats.moc"
