// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Label corrections that never lose work: person-level propagation, validation, the lock, torn
// last lines, a writer killed at random points, export round trip.
#include "fixtures.h"

#include "analysis/datasetstats.h"
#include "analysis/labelstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace masklens::analysis;
using namespace masklens::tests;

class TestLabelStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_case = 0;

    QString freshDataset()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("d%1").arg(++m_case));
        return makeDataset(dir, 6, 3, 0.0, 0) ? dir : QString();
    }

private Q_SLOTS:
    void personCorrectionChangesAllSevenImages()
    {
        const auto ds = loadDataset(freshDataset());
        QVERIFY(ds.ok());
        const Person &p = ds->people[0];
        const Gender other = p.gender == Gender::Male ? Gender::Female : Gender::Male;
        {
            auto store = LabelStore::open(*ds);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            const auto c = (*store)->set(p.folder, LabelField::Gender, genderName(other),
                                         QStringLiteral("face"));
            QVERIFY(c.ok());
            QCOMPARE(c->previousValue, genderName(p.gender));
            QCOMPARE(c->seq, 1);
            const Dataset fixed = (*store)->apply(*ds);
            for (int s : p.images) {
                QCOMPARE(fixed.people[fixed.samples[s].person].gender, other);
                QVERIFY(fixed.classOf(s) != ds->classOf(s));
            }
            // The image-level edit and the exclusion.
            const QString image = ds->relativePath(p.images[6]); // normal
            QVERIFY((*store)->set(image, LabelField::Mask, QStringLiteral("incorrect")).ok());
            QVERIFY((*store)
                        ->set(ds->relativePath(p.images[0]), LabelField::Excluded,
                              QStringLiteral("true"), QStringLiteral("blurry"))
                        .ok());
        }
        // Reopening replays everything; train.csv itself is untouched.
        auto again = LabelStore::open(*ds);
        QVERIFY(again.ok());
        QCOMPARE(int((*again)->corrections().size()), 3);
        QVERIFY((*again)->problems().empty());
        const Dataset fixed = (*again)->apply(*ds);
        QCOMPARE(fixed.samples[p.images[6]].mask(), MaskState::Incorrect);
        QVERIFY(fixed.samples[p.images[0]].excluded);
        const auto reread = loadDataset(ds->root);
        QCOMPARE(reread->people[0].gender, p.gender);
    }

    void invalidEditsAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown person") << "nobody" << int(LabelField::Gender) << "male"
                                        << "no person folder";
        QTest::newRow("bad gender") << "PERSON" << int(LabelField::Gender) << "m"
                                    << "male or female";
        QTest::newRow("bad age") << "PERSON" << int(LabelField::Age) << "old"
                                 << "whole number";
        QTest::newRow("unknown image") << "PERSON/mask9.jpg" << int(LabelField::Mask) << "wear"
                                       << "no image";
        QTest::newRow("bad mask") << "IMAGE" << int(LabelField::Mask) << "chin"
                                  << "wear, incorrect or normal";
    }
    void invalidEditsAreRefused()
    {
        QFETCH(QString, target);
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto ds = loadDataset(freshDataset());
        target.replace(QStringLiteral("PERSON"), ds->people[1].folder)
            .replace(QStringLiteral("IMAGE"), ds->relativePath(0));
        auto store = LabelStore::open(*ds);
        QVERIFY(store.ok());
        const auto c = (*store)->set(target, LabelField(field), value);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(message), qPrintable(c.error().toString()));
        QVERIFY((*store)->corrections().empty());
        QVERIFY(!QFileInfo::exists((*store)->journalPath()) ||
                QFileInfo((*store)->journalPath()).size() == 0);
    }

    void aSecondEditorIsWarnedOff()
    {
        const auto ds = loadDataset(freshDataset());
        auto first = LabelStore::open(*ds);
        QVERIFY(first.ok());
        auto second = LabelStore::open(*ds);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("another MaskLens")),
                 qPrintable(second.error().toString()));
        QVERIFY(LabelStore::open(*ds, /*readOnly=*/true).ok()); // readers are welcome
        first.value().reset();
        QVERIFY(LabelStore::open(*ds).ok()); // the lock went with the first editor
    }

    void aTornLastLineIsDroppedAndNothingElse()
    {
        const auto ds = loadDataset(freshDataset());
        QString journal;
        {
            auto store = LabelStore::open(*ds);
            for (int i = 0; i < 5; ++i)
                QVERIFY(
                    (*store)
                        ->set(ds->people[i % 6].folder, LabelField::Age, QString::number(30 + i))
                        .ok());
            journal = (*store)->journalPath();
        }
        QFile f(journal);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"seq\":6,\"time\":\"2026-11-2"); // a crash in the middle of a write
        f.close();
        {
            auto store = LabelStore::open(*ds);
            QVERIFY(store.ok());
            QCOMPARE(int((*store)->corrections().size()), 5);
            QCOMPARE(int((*store)->problems().size()), 1);
            QCOMPARE((*store)->problems()[0].line, 6);
            QVERIFY((*store)->problems()[0].message.contains(QStringLiteral("cut short")));
            // The next edit starts on a clean line.
            QVERIFY(
                (*store)->set(ds->people[0].folder, LabelField::Age, QStringLiteral("44")).ok());
        }
        auto store = LabelStore::open(*ds);
        QVERIFY((*store)->problems().empty());
        QCOMPARE(int((*store)->corrections().size()), 6);
        QCOMPARE((*store)->apply(*ds).people[0].age, 44);
    }

    void killedWriterLosesNoAcknowledgedEdit()
    {
        const QString root = freshDataset();
        const auto ds = loadDataset(root);
        QRandomGenerator rng(42);
        qint64 acknowledged = 0;
        for (int round = 0; round < 25; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(MASKLENS_LABELWRITER), {root});
            QVERIFY(writer.waitForStarted());
            // Once it is writing (however slow the machine), kill it at a random moment.
            QByteArray output;
            while (!output.contains("ack ") && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(10000);
                output += writer.readAllStandardOutput();
            }
            QTest::qWait(int(rng.bounded(0, 60)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            output += writer.readAllStandardOutput();
            for (const QByteArray &line : output.split('\n'))
                if (line.startsWith("ack "))
                    acknowledged = std::max(acknowledged, line.mid(4).toLongLong());
            // The journal always reopens, with every acknowledged edit in it.
            auto store = LabelStore::open(*ds, /*readOnly=*/true);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            const auto &all = (*store)->corrections();
            const qint64 last = all.empty() ? 0 : all.back().seq;
            QVERIFY2(last >= acknowledged,
                     qPrintable(
                         QStringLiteral("acknowledged %1, found %2").arg(acknowledged).arg(last)));
            for (std::size_t i = 0; i < all.size(); ++i)
                QCOMPARE(all[i].seq, qint64(i + 1)); // none lost in between, none twice
        }
        QVERIFY2(acknowledged > 25, "the writer never got going");
    }

    void exportRoundTrip()
    {
        const QString root = freshDataset();
        const auto ds = loadDataset(root);
        auto store = LabelStore::open(*ds);
        QVERIFY((*store)->set(ds->people[2].folder, LabelField::Age, QStringLiteral("61")).ok());
        QVERIFY((*store)
                    ->set(ds->people[3].folder, LabelField::Gender,
                          ds->people[3].gender == Gender::Male ? QStringLiteral("female")
                                                               : QStringLiteral("male"))
                    .ok());
        const QString out = m_tmp.filePath(QStringLiteral("corrected.csv"));
        QVERIFY((*store)->exportTrainCsv(*ds, out).ok());
        QVERIFY((*store)->exportReport(m_tmp.filePath(QStringLiteral("report.csv"))).ok());
        QCOMPARE(readAll(m_tmp.filePath(QStringLiteral("report.csv"))).count('\n'), 3);
        // A copy of the dataset with the exported train.csv has the corrected labels.
        const Dataset fixed = (*store)->apply(*ds);
        QVERIFY(QFile::remove(root + QStringLiteral("/train/train.csv")));
        QVERIFY(QFile::copy(out, root + QStringLiteral("/train/train.csv")));
        store.value().reset();
        QVERIFY(QFile::remove(root + QStringLiteral("/.masklens/corrections.jsonl")));
        const auto reloaded = loadDataset(root);
        QVERIFY(reloaded.ok());
        QVERIFY(reloaded->problems.empty());
        QCOMPARE(reloaded->people.size(), fixed.people.size());
        for (std::size_t i = 0; i < fixed.people.size(); ++i) {
            QCOMPARE(reloaded->people[i].gender, fixed.people[i].gender);
            QCOMPARE(reloaded->people[i].age, fixed.people[i].age);
            QCOMPARE(reloaded->people[i].id, fixed.people[i].id);
        }
        QCOMPARE(computeStats(*reloaded).classCounts, computeStats(fixed).classCounts);
    }
};

QTEST_GUILESS_MAIN(TestLabelStore)
#include "tst_labelstore.moc"
