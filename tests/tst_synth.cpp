// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "analysis/csv.h"
#include "analysis/dataset.h"
#include "analysis/datasetstats.h"
#include "analysis/synth.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace masklens::analysis;
using namespace masklens::tests;

class TestSynth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameDataset()
    {
        QTemporaryDir a, b, c;
        QVERIFY(makeDataset(a.path(), 12, 42, 0.2, 3));
        QVERIFY(makeDataset(b.path(), 12, 42, 0.2, 3));
        QVERIFY(makeDataset(c.path(), 12, 43, 0.2, 3));
        for (const char *file :
             {"/train/train.csv", "/train/noise_truth.csv", "/eval/info.csv", "/eval/truth.csv"}) {
            const QString rel = QString::fromLatin1(file);
            QCOMPARE(readAll(a.path() + rel), readAll(b.path() + rel));
        }
        QVERIFY(readAll(a.path() + QStringLiteral("/train/train.csv")) !=
                readAll(c.path() + QStringLiteral("/train/train.csv")));
        // Pixels too, although images are drawn on several threads.
        const QStringList folders = personFolders(a.path());
        QCOMPARE(folders, personFolders(b.path()));
        for (const QString &folder : folders) {
            const QString dir = QStringLiteral("/train/images/") + folder;
            for (const QString &file : QDir(a.path() + dir).entryList(QDir::Files | QDir::Hidden))
                QCOMPARE(readAll(a.path() + dir + u'/' + file),
                         readAll(b.path() + dir + u'/' + file));
        }
    }

    void imagesAre384x512AndDecode()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 6, 5, 0.0, 1));
        LoadOptions options;
        options.checkImages = true;
        const auto ds = loadDataset(dir.path(), options);
        QVERIFY(ds.ok());
        QVERIFY(ds->problems.empty());
        QCOMPARE(int(ds->samples.size()), 42);
        QCOMPARE(int(ds->evalImages.size()), 7);
        const QImage img(ds->imagePath(0));
        QCOMPARE(img.size(), QSize(384, 512));
    }

    void proportionsAtFullSize()
    {
        SynthOptions options; // 2,700 people, 3% noise: the real data's size
        const SynthPlan plan = planSynthetic(options);
        QCOMPARE(int(plan.train.size()), 2700);
        QCOMPARE(int(plan.eval.size()), 1800);

        int female = 0, old = 0, png = 0, mixed = 0, suffixed = 0;
        std::map<int, int> ages;
        QSet<QString> folders;
        std::map<QString, int> idCount;
        std::array<int, kClassCount> classes{};
        for (const SynthPerson &p : plan.train) {
            female += p.givenGender == Gender::Female;
            old += p.givenAge >= 60;
            ++ages[p.givenAge];
            QVERIFY2(p.trueAge >= 18 && p.trueAge <= 60, qPrintable(p.folder));
            folders.insert(p.folder);
            ++idCount[p.id];
            suffixed += p.id.contains(u'-');
            const QStringList exts(std::begin(p.extensions), std::end(p.extensions));
            png += exts.count(QStringLiteral("png")) == 7;
            mixed += exts.count(QStringLiteral("jpeg")) == 1;
            for (int s = 0; s < kImagesPerPerson; ++s)
                ++classes[classIndex(maskStateOfStem(s), p.givenGender,
                                     AgeBands{}.bandOf(p.givenAge))];
        }
        QCOMPARE(folders.size(), 2700); // people are keyed by folder: all distinct
        QVERIFY2(female > 0.56 * 2700 && female < 0.67 * 2700, qPrintable(QString::number(female)));
        QVERIFY2(old > 0.05 * 2700 && old < 0.095 * 2700, qPrintable(QString::number(old)));
        // 19 is the most common age, 18-20 and 60 are peaks.
        const auto mode = std::max_element(ages.begin(), ages.end(),
                                           [](auto &a, auto &b) { return a.second < b.second; });
        QCOMPARE(mode->first, 19);
        QVERIFY(ages[60] > 3 * ages[45]);
        QVERIFY(ages[18] > 3 * ages[45]);
        QVERIFY(png >= 60 && png <= 90);
        QVERIFY(mixed >= 5 && mixed <= 10);
        QVERIFY(suffixed >= 30 && suffixed <= 50);
        int duplicated = 0;
        for (const auto &[id, n] : idCount)
            duplicated += n > 1;
        QCOMPARE(duplicated, 1);
        // The imbalance users fight: ~49:1 between class 4 and the old classes.
        const int largest = *std::max_element(classes.begin(), classes.end());
        const int smallest = *std::min_element(classes.begin(), classes.end());
        QCOMPARE(int(std::max_element(classes.begin(), classes.end()) - classes.begin()), 4);
        QVERIFY2(double(largest) / smallest > 25 && double(largest) / smallest < 90,
                 qPrintable(QStringLiteral("%1/%2").arg(largest).arg(smallest)));
        QVERIFY(!plan.junkFile.isEmpty());
    }

    void noiseAtTheRequestedRate()
    {
        SynthOptions options;
        const SynthPlan plan = planSynthetic(options);
        int gender = 0, swaps = 0, ages = 0, people = 0;
        for (const SynthPerson &p : plan.train) {
            const bool g = p.givenGender != p.trueGender;
            const bool a = p.givenAge != p.trueAge;
            gender += g;
            swaps += p.maskSwapped;
            ages += a;
            people += g || a || p.maskSwapped;
            if (a) { // moved across a band edge
                const AgeBands bands;
                QVERIFY(bands.bandOf(p.givenAge) != bands.bandOf(p.trueAge));
                QVERIFY(std::abs(p.givenAge - p.trueAge) <= 5);
            }
        }
        QCOMPARE(people, 81); // 3% of 2,700
        QVERIFY(gender >= 25 && swaps >= 25 && ages >= 10);
        QCOMPARE(int(plan.noise.size()), gender + ages + 2 * swaps); // a swap is two images
        for (const NoiseTruthRow &r : plan.noise)
            QVERIFY(r.given != r.truth);
    }

    void noiseTruthMatchesTheFiles()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 40, 9, 0.25, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        QVERIFY(ds->problems.empty());
        const auto truth = readCsv(dir.path() + QStringLiteral("/train/noise_truth.csv"));
        QVERIFY(truth.ok());
        QCOMPARE(truth->header, QStringList({"path", "kind", "given", "true"}));
        QVERIFY(truth->rows.size() >= 10);
        for (const CsvRow &row : truth->rows) {
            const QString &path = row.fields[0];
            const QString &kind = row.fields[1];
            if (kind == u"mask_swap") {
                const int s = ds->findSample(path);
                QVERIFY2(s >= 0, qPrintable(path));
                QCOMPARE(maskStateName(ds->samples[s].mask()), row.fields[2]);
            } else {
                const int p = ds->findPerson(path);
                QVERIFY2(p >= 0, qPrintable(path));
                if (kind == u"gender_flip")
                    QCOMPARE(genderName(ds->people[p].gender), row.fields[2]);
                else
                    QCOMPARE(QString::number(ds->people[p].age), row.fields[2]);
            }
        }
    }

    void refusesANonEmptyFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(QStringLiteral("keep.txt")), "mine"));
        SynthOptions options;
        options.people = 2;
        const auto report = writeSynthetic(dir.path(), options);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("not empty")));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("keep.txt"))), QByteArray("mine"));
    }

    void cancels()
    {
        QTemporaryDir dir;
        SynthOptions options;
        options.people = 50;
        const auto report =
            writeSynthetic(dir.path(), options, [](qint64 done, qint64) { return done < 1; });
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
