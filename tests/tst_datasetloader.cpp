// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "analysis/dataset.h"
#include "analysis/datasetstats.h"

#include <QDirIterator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

bool appendLine(const QString &csvPath, const QByteArray &line)
{
    QFile f(csvPath);
    return f.open(QIODevice::Append) && f.write(line + '\n') > 0;
}

} // namespace

class TestDatasetLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_pristine;
    QString m_plainFolder; ///< a person folder whose seven files are all .jpg

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pristine = m_tmp.filePath(QStringLiteral("pristine"));
        QVERIFY(makeDataset(m_pristine, 8, 7, 0.0, 2));
        for (const QString &folder : personFolders(m_pristine)) {
            const QStringList files =
                QDir(m_pristine + QStringLiteral("/train/images/") + folder).entryList(QDir::Files);
            if (files.size() == 7 && files.filter(QStringLiteral(".jpg")).size() == 7) {
                m_plainFolder = folder;
                break;
            }
        }
        QVERIFY(!m_plainFolder.isEmpty());
    }

    void cleanDatasetHasTheRealQuirksAndNoProblems()
    {
        const auto ds = loadDataset(m_pristine);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().toString()));
        for (const Problem &p : ds->problems)
            qWarning("%s", qPrintable(p.toString()));
        QVERIFY(ds->problems.empty());
        QCOMPARE(int(ds->people.size()), 8);
        QCOMPARE(int(ds->samples.size()), 56);
        QCOMPARE(int(ds->evalImages.size()), 14);
        // ids keep their leading zeros; one id is on two rows with different folders.
        QSet<QString> ids;
        bool duplicate = false, suffixed = false;
        for (const Person &p : ds->people) {
            QVERIFY2(p.id.startsWith(QStringLiteral("0000")), qPrintable(p.id));
            duplicate |= ids.contains(p.id);
            suffixed |= p.id.contains(u'-');
            ids.insert(p.id);
        }
        QVERIFY(duplicate);
        QVERIFY(suffixed);
        // .png and .jpeg files load beside .jpg; the ._ resource fork does not.
        QSet<QString> extensions;
        for (int i = 0; i < int(ds->samples.size()); ++i) {
            extensions.insert(QFileInfo(ds->samples[i].fileName).suffix());
            QVERIFY(!ds->samples[i].fileName.startsWith(u'.'));
            QCOMPARE(ds->findSample(ds->relativePath(i)), i);
        }
        QCOMPARE(extensions, QSet<QString>({"jpg", "png", "jpeg"}));
    }

    void quirks_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<bool>("checkImages");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("images");
        QTest::addColumn<QString>("problem");     ///< substring of the only problem, or empty
        QTest::addColumn<QString>("problemFile"); ///< suffix of its file
        QTest::addColumn<int>("problemLine");
        QTest::addColumn<int>("kind"); ///< ProblemKind of the only problem

        QTest::newRow("suffixed id is another person") << "suffixed" << false << 9 << 63 << ""
                                                       << "" << 0 << int(ProblemKind::Other);
        QTest::newRow("junk files ignored") << "junk" << false << 8 << 56 << ""
                                            << "" << 0 << int(ProblemKind::Other);
        QTest::newRow("mixed extensions in one folder") << "mixed" << false << 8 << 56 << ""
                                                        << "" << 0 << int(ProblemKind::Other);
        QTest::newRow("missing image") << "missing" << false << 8 << 55 << "missing image normal"
                                       << "PLAIN" << 0 << int(ProblemKind::MissingImage);
        QTest::newRow("truncated jpeg, checked")
            << "truncate" << true << 8 << 56 << "truncated JPEG"
            << "mask1.jpg" << 0 << int(ProblemKind::UnreadableImage);
        QTest::newRow("truncated jpeg, not checked") << "truncate" << false << 8 << 56 << ""
                                                     << "" << 0 << int(ProblemKind::Other);
        QTest::newRow("not an image") << "garbage" << true << 8 << 56 << "cannot decode"
                                      << "mask2.jpg" << 0 << int(ProblemKind::UnreadableImage);
        QTest::newRow("bad age") << "badage" << false << 8 << 56 << "bad age 'abc'"
                                 << "train/train.csv" << 10 << int(ProblemKind::BadAge);
        QTest::newRow("age out of range") << "negage" << false << 8 << 56 << "bad age '-3'"
                                          << "train/train.csv" << 10 << int(ProblemKind::BadAge);
        QTest::newRow("unknown gender")
            << "badgender" << false << 8 << 56 << "unknown gender 'M'"
            << "train/train.csv" << 10 << int(ProblemKind::UnknownGender);
        QTest::newRow("short row") << "shortrow" << false << 8 << 56 << "expected 5 fields"
                                   << "train/train.csv" << 10 << int(ProblemKind::BadRow);
        QTest::newRow("folder missing")
            << "nofolder" << false << 9 << 56 << "not found"
            << "train/train.csv" << 10 << int(ProblemKind::MissingFolder);
        QTest::newRow("folder not in csv")
            << "extrafolder" << false << 8 << 56 << "not listed in train.csv"
            << "123456_male_Asian_30" << 0 << int(ProblemKind::UnlistedFolder);
        QTest::newRow("duplicate path")
            << "duppath" << false << 8 << 56 << "already listed on line 2"
            << "train/train.csv" << 10 << int(ProblemKind::DuplicateRow);
        QTest::newRow("two files for one stem")
            << "twostem" << false << 8 << 56 << "second file for mask5"
            << "mask5.png" << 0 << int(ProblemKind::DuplicateImage);
        QTest::newRow("eval image missing")
            << "evalmissing" << false << 8 << 56 << "not found"
            << "eval/info.csv" << 2 << int(ProblemKind::MissingImage);
    }

    void quirks()
    {
        QFETCH(QString, mutation);
        QFETCH(bool, checkImages);
        QFETCH(int, people);
        QFETCH(int, images);
        QFETCH(QString, problem);
        QFETCH(QString, problemFile);
        QFETCH(int, problemLine);
        QFETCH(int, kind);

        QTemporaryDir tmp;
        const QString root = tmp.path();
        QVERIFY(copyTree(m_pristine, root));
        const QString csv = root + QStringLiteral("/train/train.csv");
        const QString plain = root + QStringLiteral("/train/images/") + m_plainFolder;
        const QByteArray firstRow = readAll(csv).split('\n').value(1);

        if (mutation == u"suffixed") {
            const QByteArray id = firstRow.split(',').value(0);
            const QByteArray folder = id + "-1_male_Asian_33";
            QVERIFY(appendLine(csv, id + "-1,male,Asian,33," + folder));
            QVERIFY(copyTree(plain, root + QStringLiteral("/train/images/") +
                                        QString::fromLatin1(folder)));
        } else if (mutation == u"junk") {
            for (const char *name :
                 {"Thumbs.db", ".DS_Store", "notes.txt", "._normal.jpg", "mask6.jpg"})
                QVERIFY(writeAll(plain + u'/' + QString::fromLatin1(name), "junk"));
        } else if (mutation == u"mixed") {
            QVERIFY(QFile::rename(plain + QStringLiteral("/mask2.jpg"),
                                  plain + QStringLiteral("/mask2.jpeg")));
            QVERIFY(QFile::rename(plain + QStringLiteral("/normal.jpg"),
                                  plain + QStringLiteral("/normal.PNG")));
        } else if (mutation == u"missing") {
            QVERIFY(QFile::remove(plain + QStringLiteral("/normal.jpg")));
        } else if (mutation == u"truncate") {
            const QByteArray bytes = readAll(plain + QStringLiteral("/mask1.jpg"));
            QVERIFY(writeAll(plain + QStringLiteral("/mask1.jpg"), bytes.left(bytes.size() / 2)));
        } else if (mutation == u"garbage") {
            QVERIFY(writeAll(plain + QStringLiteral("/mask2.jpg"), "this is not an image"));
        } else if (mutation == u"badage") {
            QVERIFY(appendLine(csv, "999999,female,Asian,abc,999999_female_Asian_abc"));
        } else if (mutation == u"negage") {
            QVERIFY(appendLine(csv, "999999,female,Asian,-3,999999_female_Asian_-3"));
        } else if (mutation == u"badgender") {
            QVERIFY(appendLine(csv, "999999,M,Asian,40,999999_M_Asian_40"));
        } else if (mutation == u"shortrow") {
            QVERIFY(appendLine(csv, "999999,female,Asian"));
        } else if (mutation == u"nofolder") {
            QVERIFY(appendLine(csv, "999999,female,Asian,40,999999_female_Asian_40"));
        } else if (mutation == u"extrafolder") {
            QVERIFY(copyTree(plain, root + QStringLiteral("/train/images/123456_male_Asian_30")));
        } else if (mutation == u"duppath") {
            QVERIFY(appendLine(csv, firstRow));
        } else if (mutation == u"twostem") {
            QVERIFY(QFile::copy(plain + QStringLiteral("/mask5.jpg"),
                                plain + QStringLiteral("/mask5.png")));
        } else if (mutation == u"evalmissing") {
            const QByteArray evalRow =
                readAll(root + QStringLiteral("/eval/info.csv")).split('\n').value(1);
            const QString imageId = QString::fromLatin1(evalRow.split(',').value(0));
            QVERIFY(QFile::remove(root + QStringLiteral("/eval/images/") + imageId));
        } else {
            QFAIL("unknown mutation");
        }

        LoadOptions options;
        options.checkImages = checkImages;
        const auto ds = loadDataset(root, options);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().toString()));
        QCOMPARE(int(ds->people.size()), people);
        QCOMPARE(int(ds->samples.size()), images);
        if (problem.isEmpty()) {
            for (const Problem &p : ds->problems)
                qWarning("unexpected: %s", qPrintable(p.toString()));
            QVERIFY(ds->problems.empty());
            return;
        }
        QCOMPARE(int(ds->problems.size()), 1);
        const Problem &p = ds->problems.front();
        QVERIFY2(p.message.contains(problem), qPrintable(p.toString()));
        QVERIFY2(p.file.endsWith(problemFile == u"PLAIN" ? m_plainFolder : problemFile),
                 qPrintable(p.toString()));
        QCOMPARE(p.line, problemLine);
        QCOMPARE(int(p.kind), kind); // what code decides on; the message is for people
        // Everything else still loaded: the class counts cover every indexed image.
        const DatasetStats st = computeStats(*ds);
        QCOMPARE(std::accumulate(st.classCounts.begin(), st.classCounts.end(), 0), images);
    }

    void mixedExtensionsKeepTheirFileNames()
    {
        QTemporaryDir tmp;
        QVERIFY(copyTree(m_pristine, tmp.path()));
        const QString plain = tmp.path() + QStringLiteral("/train/images/") + m_plainFolder;
        QVERIFY(QFile::rename(plain + QStringLiteral("/mask5.jpg"),
                              plain + QStringLiteral("/mask5.jpeg")));
        const auto ds = loadDataset(tmp.path());
        QVERIFY(ds.ok());
        const int sample = ds->findSample(m_plainFolder + QStringLiteral("/mask5.jpg"));
        QVERIFY(sample >= 0);
        QCOMPARE(ds->samples[sample].fileName, QStringLiteral("mask5.jpeg"));
        QVERIFY(QFileInfo::exists(ds->imagePath(sample)));
    }

    void unreadableDatasetsFail_data()
    {
        QTest::addColumn<QString>("csvText"); ///< "-" removes train.csv
        QTest::addColumn<QString>("message");
        QTest::newRow("no train.csv") << "-"
                                      << "cannot open";
        QTest::newRow("empty train.csv") << ""
                                         << "empty file";
        QTest::newRow("header without age") << "id,gender,race,path\n1,male,Asian,x\n"
                                            << "age";
    }

    void unreadableDatasetsFail()
    {
        QFETCH(QString, csvText);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        QVERIFY(copyTree(m_pristine, tmp.path()));
        const QString csv = tmp.path() + QStringLiteral("/train/train.csv");
        if (csvText == u"-")
            QVERIFY(QFile::remove(csv));
        else
            QVERIFY(writeAll(csv, csvText.toUtf8()));
        const auto ds = loadDataset(tmp.path());
        QVERIFY(!ds.ok());
        QVERIFY2(ds.error().file.endsWith(QStringLiteral("train/train.csv")),
                 qPrintable(ds.error().toString()));
        QVERIFY2(ds.error().message.contains(message), qPrintable(ds.error().toString()));
    }

    void loadingCancels()
    {
        int calls = 0;
        const auto ds = loadDataset(m_pristine, {}, [&](qint64, qint64) { return ++calls < 1; });
        QVERIFY(!ds.ok());
        QVERIFY(ds.error().message.contains(QStringLiteral("cancel")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
