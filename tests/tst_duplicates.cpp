// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Near-duplicates and identity leaks (issue #22): the generator's duplicates and their truth,
// the finder's same-image pairs against that truth (every copy found, nothing else), the groups
// the folds keep together, and what a duplicates file must look like.
#include "fixtures.h"

#include "analysis/csv.h"
#include "analysis/duplicates.h"
#include "model/faceidentity.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace masklens;
using namespace masklens::analysis;

class TestDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        SynthOptions with;
        with.people = 120;
        with.seed = 31;
        with.evalPeople = 0;
        with.duplicates = 6;
        QVERIFY(writeSynthetic(m_dir.filePath(QStringLiteral("with")), with));
        SynthOptions without = with;
        without.duplicates = 0;
        QVERIFY(writeSynthetic(m_dir.filePath(QStringLiteral("without")), without));
    }

    void theGeneratorWritesItsDuplicatesAndTheirTruth()
    {
        const auto truth =
            readCsv(m_dir.filePath(QStringLiteral("with/train/duplicates_truth.csv")));
        QVERIFY(truth);
        QCOMPARE(truth->header, (QStringList{QStringLiteral("path"), QStringLiteral("duplicate_of"),
                                             QStringLiteral("kind")}));
        int images = 0, people = 0;
        auto ds = loadDataset(m_dir.filePath(QStringLiteral("with")));
        QVERIFY(ds);
        QCOMPARE(int(ds->people.size()), 126); // six people again under new ids
        for (const CsvRow &row : truth->rows) {
            if (row.fields[2] == u"same_image") {
                ++images;
                // Both are images of the dataset, in two people's folders.
                QVERIFY2(ds->findSample(row.fields[0]) >= 0, qPrintable(row.fields[0]));
                QVERIFY2(ds->findSample(row.fields[1]) >= 0, qPrintable(row.fields[1]));
                QVERIFY(row.fields[0].section(u'/', 0, 0) != row.fields[1].section(u'/', 0, 0));
            } else {
                QCOMPARE(row.fields[2], QStringLiteral("same_person"));
                ++people;
                // Two folders of one person: same gender and age, another id.
                QVERIFY(row.fields[0] != row.fields[1]);
                QCOMPARE(row.fields[0].section(u'_', 1), row.fields[1].section(u'_', 1));
            }
        }
        QCOMPARE(images, 6);
        QCOMPARE(people, 6);
        // Nothing else changed: the same dataset plus the duplicates (the copies replace one
        // photo each).
        const auto plain = loadDataset(m_dir.filePath(QStringLiteral("without")));
        QVERIFY(plain);
        int differing = 0;
        for (int i = 0; i < int(plain->samples.size()); ++i) {
            const int j = ds->findSample(plain->relativePath(i));
            QVERIFY(j >= 0);
            differing += tests::readAll(plain->imagePath(i)) != tests::readAll(ds->imagePath(j));
        }
        QCOMPARE(differing, 6);
    }

    void everyCopyIsFoundAndNothingElse()
    {
        auto ds = loadDataset(m_dir.filePath(QStringLiteral("with")));
        QVERIFY(ds);
        const auto report = findDuplicates(*ds);
        QVERIFY(report);
        QCOMPARE(report->hashed, int(ds->samples.size()));
        const auto truth =
            readCsv(m_dir.filePath(QStringLiteral("with/train/duplicates_truth.csv")));
        QVERIFY(truth);
        std::set<std::pair<QString, QString>> expected, found;
        for (const CsvRow &row : truth->rows)
            if (row.fields[2] == u"same_image")
                expected.insert(std::minmax(row.fields[0], row.fields[1]));
        for (const ImageDuplicate &d : report->images) {
            found.insert(std::minmax(ds->relativePath(d.a), ds->relativePath(d.b)));
            QVERIFY(d.score >= 0.99 && d.score <= 1.0 + 1e-9);
        }
        QCOMPARE(found, expected);
        // The two people of each copy are kept in one fold.
        QCOMPARE(int(report->groups.size()), 6);
        for (const auto &group : report->groups)
            QCOMPARE(int(group.size()), 2);
        // The CSV says it the documented way.
        const QString csv = duplicatesCsv(*ds, *report);
        QVERIFY(csv.startsWith(QStringLiteral("a,b,kind,score\n")));
        QCOMPARE(csv.count(QStringLiteral(",same_image,")), 6);
    }

    void aDatasetWithoutDuplicatesHasNone()
    {
        auto ds = loadDataset(m_dir.filePath(QStringLiteral("without")));
        QVERIFY(ds);
        const auto report = findDuplicates(*ds);
        QVERIFY(report);
        QVERIFY2(report->images.empty(),
                 qPrintable(report->images.empty() ? QString()
                                                   : ds->relativePath(report->images[0].a) + u' ' +
                                                         ds->relativePath(report->images[0].b)));
        QVERIFY(report->people.empty());
        QVERIFY(report->groups.empty());
    }

    void groupsForTheFolds()
    {
        // The truth file itself works as --group-duplicates input: each row's two people.
        const auto groups =
            readDuplicateGroups(m_dir.filePath(QStringLiteral("with/train/duplicates_truth.csv")));
        QVERIFY2(groups, groups ? "" : qPrintable(groups.error().toString()));
        QCOMPARE(int(groups->size()), 12);
        // A chain a-b, b-c is one group of three.
        const QString chain = m_dir.filePath(QStringLiteral("chain.csv"));
        QVERIFY(tests::writeAll(chain, "a,b,kind,score\n"
                                       "p1/mask1.jpg,p2/mask1.jpg,same_image,0.99\n"
                                       "p2,p3,same_person,0.98\n"
                                       "p7,p8,same_person,0.97\n"));
        const auto joined = readDuplicateGroups(chain);
        QVERIFY(joined);
        QCOMPARE(int(joined->size()), 2);
        QCOMPARE((*joined)[0],
                 (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
        // A file of something else is refused by name and line.
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(tests::writeAll(bad, "a,b,kind,score\np1,p2,cousins,0.5\n"));
        const auto refused = readDuplicateGroups(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().startsWith(bad + QStringLiteral(":2:")),
                 qPrintable(refused.error().toString()));
    }

    // The commands users script against: duplicates --json/--out/--truth, and a training run
    // that keeps each group in one fold (its samples.csv gives the group's people one key).
    void theCommands()
    {
        const QString data = m_dir.filePath(QStringLiteral("with"));
        const QString truth = data + QStringLiteral("/train/duplicates_truth.csv");
        QProcess p;
        p.start(QStringLiteral(MASKLENS_CLI),
                {QStringLiteral("duplicates"), QStringLiteral("--data"), data,
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("found.csv")),
                 QStringLiteral("--truth"), truth, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject image =
            json[QStringLiteral("truth")][QStringLiteral("same_image")].toObject();
        QCOMPARE(image[QStringLiteral("precision")].toDouble(), 1.0);
        QCOMPARE(image[QStringLiteral("recall")].toDouble(), 1.0);
        QCOMPARE(json[QStringLiteral("groups")].toArray().size(), 6);
        for (const QJsonValue v : json[QStringLiteral("pairs")].toArray())
            QCOMPARE(v[QStringLiteral("kind")].toString(), QStringLiteral("same_image"));
        QVERIFY(tests::readAll(m_dir.filePath(QStringLiteral("found.csv")))
                    .startsWith("a,b,kind,score\n"));

        // Features of another dataset are refused by name.
        const QString other = m_dir.filePath(QStringLiteral("other.npy"));
        QVERIFY(tests::writeAll(other, QByteArray("\x93NUMPY\x01\x00", 8) +
                                           QByteArray("\x76\x00", 2) +
                                           QByteArray("{'descr': '<f4', 'fortran_order': False, "
                                                      "'shape': (3, 2), }")
                                               .leftJustified(117, ' ') +
                                           '\n' + QByteArray(24, '\0')));
        QProcess refused;
        refused.start(QStringLiteral(MASKLENS_CLI),
                      {QStringLiteral("duplicates"), QStringLiteral("--data"), data,
                       QStringLiteral("--features"), other, QStringLiteral("--json")});
        QVERIFY(refused.waitForFinished(120000));
        QCOMPARE(refused.exitCode(), 2);
        const QByteArray why = refused.readAllStandardError();
        QVERIFY2(why.contains(other.toUtf8()) && why.contains("3 rows"), why.constData());

        QProcess train;
        train.start(QStringLiteral(MASKLENS_CLI),
                    {QStringLiteral("train"), QStringLiteral("--data"), data,
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("run")),
                     QStringLiteral("--group-duplicates"), truth, QStringLiteral("--arch"),
                     QStringLiteral("small"), QStringLiteral("--size"), QStringLiteral("32x40"),
                     QStringLiteral("--prepare-only")});
        QVERIFY(train.waitForFinished(300000));
        QVERIFY2(train.exitCode() == 0, train.readAllStandardError().constData());
        const auto samples = readCsv(m_dir.filePath(QStringLiteral("run/samples.csv")));
        QVERIFY(samples);
        std::map<QString, QString> keyOfFolder;
        for (const CsvRow &row : samples->rows)
            keyOfFolder[row.fields[1].section(u'/', 0, 0)] = row.fields[2];
        const auto groups = readDuplicateGroups(truth);
        QVERIFY(groups);
        for (const QStringList &group : *groups)
            for (const QString &folder : group)
                QCOMPARE(keyOfFolder.at(folder), keyOfFolder.at(group.first()));
        // ...and other people keep their own.
        int own = 0;
        for (const auto &[folder, key] : keyOfFolder)
            own += folder == key;
        QCOMPARE(own, int(keyOfFolder.size()) - 12);
    }

    // People photographed again under a new id (same face, new pose, light and scene) are found
    // by their faces: an identity embedding learnt from the person folders, kept in
    // DIR/.masklens/identity.npy, reused while the photos are the same and learnt again when
    // one changed.
    void facesFindPeopleUnderTwoIds()
    {
        const QString data = m_dir.filePath(QStringLiteral("with"));
        const QString truth = data + QStringLiteral("/train/duplicates_truth.csv");
        auto run = [&](QByteArray *log) {
            QProcess p;
            p.start(QStringLiteral(MASKLENS_CLI),
                    {QStringLiteral("duplicates"), QStringLiteral("--data"), data,
                     QStringLiteral("--identity"), QStringLiteral("--truth"), truth,
                     QStringLiteral("--json")});
            if (!p.waitForFinished(1440000)) // under the test's 1500 s
                return QJsonObject();
            *log = p.readAllStandardError();
            return p.exitCode() == 0 ? QJsonDocument::fromJson(p.readAllStandardOutput()).object()
                                     : QJsonObject();
        };
        QByteArray log;
        const QJsonObject json = run(&log);
        QVERIFY2(!json.isEmpty(), log.constData());
        QVERIFY2(log.contains("faces learnt"), log.constData());
        const QJsonObject person =
            json[QStringLiteral("truth")][QStringLiteral("same_person")].toObject();
        QVERIFY2(person[QStringLiteral("precision")].toDouble() >= 0.95 &&
                     person[QStringLiteral("recall")].toDouble() >= 0.8,
                 QJsonDocument(person).toJson().constData());
        // Copies are still found as before.
        QCOMPARE(
            json[QStringLiteral("truth")][QStringLiteral("same_image")][QStringLiteral("recall")]
                .toDouble(),
            1.0);
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/.masklens/identity.npy")));

        // Again: the kept embedding, the same answer.
        QByteArray again;
        const QJsonObject second = run(&again);
        QVERIFY2(again.contains("faces from"), again.constData());
        QCOMPARE(second[QStringLiteral("truth")], json[QStringLiteral("truth")]);

        // A photo changed: the kept embedding no longer belongs, so it is learnt again, never
        // shown stale.
        auto ds = loadDataset(data);
        QVERIFY(ds);
        QVERIFY(model::faceIdentityIsCurrent(*ds));
        QVERIFY(tests::writeAll(ds->imagePath(0), tests::readAll(ds->imagePath(1))));
        QVERIFY(!model::faceIdentityIsCurrent(*ds));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
