// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// masklens-cli as users script it: exit codes, JSON keys, messages naming files.
#include "fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace masklens::tests;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MASKLENS_CLI), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_tmp.filePath(QStringLiteral("data"));
        const Run r = cli({QStringLiteral("synth"), QStringLiteral("--out"), m_data,
                           QStringLiteral("--people"), QStringLiteral("20"),
                           QStringLiteral("--eval-people"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Wrote 20 people (140 images)"));
    }
    void statsJson()
    {
        const Run r = cli({QStringLiteral("stats"), m_data, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("people")).toInt(), 20);
        QCOMPARE(o.value(QStringLiteral("images")).toInt(), 140);
        QCOMPARE(o.value(QStringLiteral("class_counts")).toArray().size(), 18);
        QCOMPARE(o.value(QStringLiteral("mask_counts")).toArray().at(0).toInt(), 100);
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
        QVERIFY(o.contains(QStringLiteral("age_histogram")));
    }
    void statsReportsProblemsAndStillSucceeds()
    {
        QTemporaryDir tmp;
        QVERIFY(makeDataset(tmp.path(), 4, 3, 0.0, 0));
        QFile csv(tmp.filePath(QStringLiteral("train/train.csv")));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("999999,female,Asian,old,999999_female_Asian_old\n");
        csv.close();
        const QString folder = personFolders(tmp.path()).first();
        const QString image = tmp.filePath(QStringLiteral("train/images/") + folder);
        const QString victim =
            image + u'/' + QDir(image).entryList({QStringLiteral("mask3.*")}).first();
        QVERIFY(writeAll(victim, "broken"));

        const Run r = cli({QStringLiteral("stats"), tmp.path(), QStringLiteral("--json"),
                           QStringLiteral("--check-images")});
        QCOMPARE(r.code, 0);
        const QJsonArray problems =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        bool sawCsv = false, sawImage = false;
        for (const auto &v : problems) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("train.csv"))) {
                sawCsv = p.value(QStringLiteral("line")).toInt() == 6;
            } else {
                sawImage = p.value(QStringLiteral("file")).toString() == victim;
            }
        }
        QVERIFY(sawCsv);
        QVERIFY(sawImage);

        const Run readable = cli({QStringLiteral("stats"), tmp.path()});
        QCOMPARE(readable.code, 0);
        QVERIFY(readable.out.contains("train.csv:6: bad age 'old'"));
        QVERIFY(readable.out.contains("Imbalance"));
    }
    void unreadableDatasetExitsNonZero()
    {
        QTemporaryDir empty;
        const Run r = cli({QStringLiteral("stats"), empty.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("train/train.csv"));
    }
    void usageErrors()
    {
        QCOMPARE(cli({}).code, 1);
        QCOMPARE(cli({QStringLiteral("nonsense")}).code, 1);
        QCOMPARE(cli({QStringLiteral("stats")}).code, 1);
        QCOMPARE(cli({QStringLiteral("stats"), m_data, QStringLiteral("--bands"),
                      QStringLiteral("60,30")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--out"), m_data,
                      QStringLiteral("--people"), QStringLiteral("many")})
                     .code,
                 1);
        const Run help = cli({QStringLiteral("stats"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("masklens-cli stats"));
        QVERIFY(help.out.contains("--check-images"));
    }
    void bandsOptionMovesTheThreshold()
    {
        const Run a = cli({QStringLiteral("stats"), m_data, QStringLiteral("--json")});
        const Run b = cli({QStringLiteral("stats"), m_data, QStringLiteral("--json"),
                           QStringLiteral("--bands"), QStringLiteral("30,50")});
        QCOMPARE(b.code, 0);
        auto old = [](const Run &r) {
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("age_band_counts"))
                .toArray()
                .at(2)
                .toInt();
        };
        QVERIFY(old(b) >= old(a));
    }
    void evaluateJson()
    {
        // Predictions that get every 4th image wrong by one class.
        const auto stats = cli({QStringLiteral("stats"), m_data, QStringLiteral("--json")});
        QByteArray csv = "path,pred\n";
        const QStringList folders = personFolders(m_data);
        int n = 0, wrong = 0;
        for (const QString &folder : folders) {
            const QString dir = m_data + QStringLiteral("/train/images/") + folder;
            for (const QString &file : QDir(dir).entryList(
                     {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")},
                     QDir::Files)) {
                const bool isWrong = n++ % 4 == 0;
                wrong += isWrong;
                // The true class from the folder name and file stem.
                const QStringList parts = folder.split(u'_');
                const int gender = parts.value(1) == u"female" ? 1 : 0;
                const int age = parts.value(3).toInt();
                const int band = age < 30 ? 0 : (age < 60 ? 1 : 2);
                const int mask = file.startsWith(QStringLiteral("mask"))
                                     ? 0
                                     : (file.startsWith(QStringLiteral("incorrect")) ? 1 : 2);
                const int cls = mask * 6 + gender * 3 + band;
                csv += (folder + u'/' + file).toUtf8() + ',' +
                       QByteArray::number(isWrong ? (cls + 1) % 18 : cls) + '\n';
            }
        }
        const QString pred = m_tmp.filePath(QStringLiteral("pred.csv"));
        QVERIFY(writeAll(pred, csv));
        const Run r = cli({QStringLiteral("evaluate"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--pred"), pred, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key :
             {"macro_f1", "accuracy", "per_class", "confusion", "per_attribute", "error_by_age"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("samples")).toInt(), n);
        QVERIFY(std::abs(o.value(QStringLiteral("accuracy")).toDouble() - double(n - wrong) / n) <
                1e-12);
        QCOMPARE(o.value(QStringLiteral("per_class")).toArray().size(), 18);
        QCOMPARE(o.value(QStringLiteral("confusion")).toArray().size(), 18);

        const Run readable = cli({QStringLiteral("evaluate"), QStringLiteral("--data"), m_data,
                                  QStringLiteral("--pred"), pred});
        QCOMPARE(readable.code, 0);
        QVERIFY(readable.out.contains("Macro F1"));
        QVERIFY(readable.out.contains("the >=60 classes"));

        const Run women = cli({QStringLiteral("evaluate"), QStringLiteral("--data"), m_data,
                               QStringLiteral("--pred"), pred, QStringLiteral("--json"),
                               QStringLiteral("--where"), QStringLiteral("gender=female")});
        QCOMPARE(women.code, 0);
        const QJsonObject w = QJsonDocument::fromJson(women.out).object();
        QVERIFY(w.value(QStringLiteral("samples")).toInt() < n);
        const QJsonArray male = w.value(QStringLiteral("per_attribute"))
                                    .toObject()
                                    .value(QStringLiteral("gender"))
                                    .toObject()
                                    .value(QStringLiteral("per_class"))
                                    .toArray();
        QCOMPARE(male.at(0).toObject().value(QStringLiteral("support")).toInt(), 0);

        QVERIFY(writeAll(m_tmp.filePath(QStringLiteral("bad.csv")), "nothing,here\n1,2\n"));
        const Run bad = cli({QStringLiteral("evaluate"), QStringLiteral("--data"), m_data,
                             QStringLiteral("--pred"), m_tmp.filePath(QStringLiteral("bad.csv"))});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("bad.csv"));
    }
    void evaluateAgainstTheTruth()
    {
        // A noisy synthetic dataset and predictions that are exactly its true labels: perfect
        // with --truth, and wrong on precisely the injected errors without it.
        const QString data = m_tmp.filePath(QStringLiteral("noisy"));
        const Run made =
            cli({QStringLiteral("synth"), QStringLiteral("--out"), data, QStringLiteral("--people"),
                 QStringLiteral("60"), QStringLiteral("--noise"), QStringLiteral("0.2"),
                 QStringLiteral("--eval-people"), QStringLiteral("0")});
        QVERIFY2(made.code == 0, made.err.constData());
        const QString truthFile = data + QStringLiteral("/train/noise_truth.csv");
        QFile tf(truthFile);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        QHash<QString, QString> gender, age, mask; // folder or image -> true value
        QSet<QString> kinds;
        for (const QByteArray &line : tf.readAll().split('\n').mid(1)) {
            const QStringList f = QString::fromUtf8(line).trimmed().split(u',');
            if (f.size() != 4)
                continue;
            kinds.insert(f[1]);
            (f[1] == u"gender_flip" ? gender : f[1] == u"age_shift" ? age : mask)[f[0]] = f[3];
        }
        QCOMPARE(kinds.size(), 3);
        QByteArray csv = "path,pred\n";
        int n = 0, differ = 0;
        for (const QString &folder : personFolders(data)) {
            const QStringList parts = folder.split(u'_');
            const int g = gender.value(folder, parts.value(1)) == u"female" ? 1 : 0;
            const int a = age.value(folder, parts.value(3)).toInt();
            const int band = a < 30 ? 0 : (a < 60 ? 1 : 2);
            for (const QString &file :
                 QDir(data + QStringLiteral("/train/images/") + folder).entryList(QDir::Files)) {
                const QString rel = folder + u'/' + file;
                const QString m =
                    mask.value(rel, file.startsWith(QStringLiteral("mask")) ? QStringLiteral("wear")
                                    : file.startsWith(QStringLiteral("incorrect"))
                                        ? QStringLiteral("incorrect")
                                        : QStringLiteral("normal"));
                const int cls = (m == u"wear" ? 0 : m == u"incorrect" ? 1 : 2) * 6 + g * 3 + band;
                csv += rel.toUtf8() + ',' + QByteArray::number(cls) + '\n';
                ++n;
                differ += gender.contains(folder) || mask.contains(rel) ||
                          ((parts.value(3).toInt() >= 60) != (a >= 60)) ||
                          ((parts.value(3).toInt() >= 30) != (a >= 30));
            }
        }
        const QString pred = m_tmp.filePath(QStringLiteral("truth-pred.csv"));
        QVERIFY(writeAll(pred, csv));
        const QStringList base{QStringLiteral("evaluate"),
                               QStringLiteral("--data"),
                               data,
                               QStringLiteral("--pred"),
                               pred,
                               QStringLiteral("--json")};
        const Run given = cli(base);
        QCOMPARE(given.code, 0);
        const QJsonObject g = QJsonDocument::fromJson(given.out).object();
        QVERIFY(differ > 0);
        QVERIFY(std::abs(g.value(QStringLiteral("accuracy")).toDouble() - double(n - differ) / n) <
                1e-12);
        const Run truth = cli(base + QStringList{QStringLiteral("--truth"), truthFile});
        QVERIFY2(truth.code == 0, truth.err.constData());
        const QJsonObject t = QJsonDocument::fromJson(truth.out).object();
        QCOMPARE(t.value(QStringLiteral("accuracy")).toDouble(), 1.0);
        QCOMPARE(t.value(QStringLiteral("macro_f1")).toDouble(), 1.0);
        QVERIFY(t.value(QStringLiteral("truth_labels_changed")).toInt() > 0);

        // A truth file that names a folder the dataset lacks: the file and line, exit 2.
        const QString broken = m_tmp.filePath(QStringLiteral("broken_truth.csv"));
        QVERIFY(writeAll(broken, "path,kind,given,true\n"
                                 "nobody_female_Asian_20,gender_flip,female,male\n"));
        const Run bad = cli(base + QStringList{QStringLiteral("--truth"), broken});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("broken_truth.csv:2"), bad.err.constData());

        // The label-issue finder on probabilities that say the truth (0.9 on the true class):
        // every flipped person and swapped pair found, nothing else; down the ranking recall
        // 0.8 comes at precision 1. A person threshold above 0.9 leaves no person suspects.
        QByteArray probs = "path,pred";
        for (int c = 0; c < 18; ++c)
            probs += ",prob_" + QByteArray::number(c);
        probs += '\n';
        for (const QByteArray &line : csv.split('\n').mid(1)) {
            if (line.isEmpty())
                continue;
            const int cls = line.split(',').value(1).toInt();
            probs += line;
            for (int c = 0; c < 18; ++c)
                probs += c == cls ? ",0.9" : ",0.00588235";
            probs += '\n';
        }
        const QString probFile = m_tmp.filePath(QStringLiteral("truth-probs.csv"));
        QVERIFY(writeAll(probFile, probs));
        const QStringList issues{QStringLiteral("issues"),
                                 QStringLiteral("--data"),
                                 data,
                                 QStringLiteral("--pred"),
                                 probFile,
                                 QStringLiteral("--truth"),
                                 truthFile,
                                 QStringLiteral("--json")};
        const Run found = cli(issues);
        QVERIFY2(found.code == 0, found.err.constData());
        const QJsonObject scores =
            QJsonDocument::fromJson(found.out).object().value(QStringLiteral("scores")).toObject();
        for (const char *kind : {"gender_flip", "mask_swap"}) {
            const QJsonObject m = scores.value(QLatin1String(kind))
                                      .toObject()
                                      .value(QStringLiteral("masklens"))
                                      .toObject();
            QVERIFY2(m.value(QStringLiteral("true_errors")).toInt() > 0, kind);
            QCOMPARE(m.value(QStringLiteral("precision")).toDouble(), 1.0);
            QCOMPARE(m.value(QStringLiteral("recall")).toDouble(), 1.0);
            QCOMPARE(m.value(QStringLiteral("at_recall_0.8"))
                         .toObject()
                         .value(QStringLiteral("precision"))
                         .toDouble(),
                     1.0);
        }
        const Run strict =
            cli(issues + QStringList{QStringLiteral("--person-threshold"), QStringLiteral("0.95")});
        QVERIFY2(strict.code == 0, strict.err.constData());
        const QJsonObject counts =
            QJsonDocument::fromJson(strict.out).object().value(QStringLiteral("counts")).toObject();
        QVERIFY(!counts.contains(QStringLiteral("gender_flip")));
        QVERIFY(!counts.contains(QStringLiteral("age_band")));
        const Run wrong =
            cli(issues + QStringList{QStringLiteral("--person-threshold"), QStringLiteral("2")});
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains("--person-threshold"));
    }
    void labelsSetLogExportAndEvaluateUsesThem()
    {
        QTemporaryDir tmp;
        QVERIFY(makeDataset(tmp.path(), 5, 9, 0.0, 0));
        const QString folder = personFolders(tmp.path()).first();
        Run r = cli({QStringLiteral("labels"), QStringLiteral("set"), QStringLiteral("--data"),
                     tmp.path(), QStringLiteral("--person"), folder, QStringLiteral("--age"),
                     QStringLiteral("61")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("age"));
        r = cli({QStringLiteral("labels"), QStringLiteral("set"), QStringLiteral("--data"),
                 tmp.path(), QStringLiteral("--person"), QStringLiteral("nobody"),
                 QStringLiteral("--age"), QStringLiteral("61")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nobody"));
        r = cli({QStringLiteral("labels"), QStringLiteral("log"), QStringLiteral("--data"),
                 tmp.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray log =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("corrections")).toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].toObject().value(QStringLiteral("new")).toString(), QStringLiteral("61"));
        r = cli({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("--data"),
                 tmp.path(), QStringLiteral("--out"), tmp.filePath(QStringLiteral("fixed.csv"))});
        QCOMPARE(r.code, 0);
        QVERIFY(
            readAll(tmp.filePath(QStringLiteral("fixed.csv"))).contains(",61," + folder.toUtf8()));

        // Predictions that say >=60 for that person: right with the correction, wrong without.
        QByteArray csv = "path,pred\n";
        const QString dir = tmp.path() + QStringLiteral("/train/images/") + folder;
        const int gender = folder.contains(QStringLiteral("_female_")) ? 1 : 0;
        for (const QString &file : QDir(dir).entryList(QDir::Files)) {
            if (file.startsWith(u'.'))
                continue;
            const int mask = file.startsWith(QStringLiteral("mask"))
                                 ? 0
                                 : (file.startsWith(QStringLiteral("incorrect")) ? 1 : 2);
            csv += (folder + u'/' + file).toUtf8() + ',' +
                   QByteArray::number(mask * 6 + gender * 3 + 2) + '\n';
        }
        QVERIFY(writeAll(tmp.filePath(QStringLiteral("p.csv")), csv));
        auto accuracy = [&](bool original) {
            QStringList a{QStringLiteral("evaluate"),
                          QStringLiteral("--data"),
                          tmp.path(),
                          QStringLiteral("--pred"),
                          tmp.filePath(QStringLiteral("p.csv")),
                          QStringLiteral("--json")};
            if (original)
                a << QStringLiteral("--original-labels");
            return QJsonDocument::fromJson(cli(a).out)
                .object()
                .value(QStringLiteral("accuracy"))
                .toDouble();
        };
        QCOMPARE(accuracy(false), 1.0);
        QVERIFY(accuracy(true) < 1.0);
    }
    void submitVotesLikeTheUsers()
    {
        // Three eval predictions files voted by hand: image 0 is a three-way tie that the
        // summed probabilities break, image 1 a 2:1 vote, the rest unanimous.
        QFile info(m_data + QStringLiteral("/eval/info.csv"));
        QVERIFY(info.open(QIODevice::ReadOnly));
        QStringList ids;
        for (const QByteArray &line : info.readAll().split('\n').mid(1))
            if (!line.trimmed().isEmpty())
                ids << QString::fromUtf8(line.split(',').first());
        QCOMPARE(ids.size(), 14);
        auto write = [&](const char *name, const std::function<std::pair<int, double>(int)> &pick) {
            QByteArray text = "ImageID,pred";
            for (int c = 0; c < 18; ++c)
                text += ",prob_" + QByteArray::number(c);
            text += '\n';
            for (int i = 0; i < ids.size(); ++i) {
                const auto [cls, p] = pick(i);
                text += ids[i].toUtf8() + ',' + QByteArray::number(cls);
                for (int c = 0; c < 18; ++c)
                    text += ',' + QByteArray::number(c == cls ? p : (1 - p) / 17, 'g', 10);
                text += '\n';
            }
            const QString file = m_tmp.filePath(QLatin1String(name));
            writeAll(file, text);
            return file;
        };
        auto a = [](int i) { return i % 18; };
        const QString f1 = write("vote1.csv", [&](int i) { return std::pair{a(i), 0.6}; });
        const QString f2 = write("vote2.csv", [&](int i) {
            return i < 2 ? std::pair{(a(i) + 1) % 18, 0.9} : std::pair{a(i), 0.7};
        });
        const QString f3 = write("vote3.csv", [&](int i) {
            return i == 0   ? std::pair{(a(i) + 2) % 18, 0.5}
                   : i == 1 ? std::pair{(a(i) + 1) % 18, 0.8}
                            : std::pair{a(i), 0.8};
        });
        const QString out = m_tmp.filePath(QStringLiteral("submission.csv"));
        const Run r = cli({QStringLiteral("submit"), QStringLiteral("--data"), m_data,
                           QStringLiteral("--pred"), f1, QStringLiteral("--pred"), f2,
                           QStringLiteral("--pred"), f3, QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("12 unanimous, 1 ties broken"), r.out.constData());
        const QList<QByteArray> rows = readAll(out).split('\n');
        QCOMPARE(rows[0], QByteArray("ImageID,ans"));
        for (int i = 0; i < ids.size(); ++i) {
            const int expected = i == 0 ? 1 : i == 1 ? 2 : a(i); // tie: B's 0.9 beats A's 0.6
            QCOMPARE(rows[i + 1], ids[i].toUtf8() + ',' + QByteArray::number(expected));
        }
        // An eval image without a prediction: refused, naming it.
        QVERIFY(writeAll(m_tmp.filePath(QStringLiteral("partial.csv")),
                         "ImageID,ans\n" + ids[0].toUtf8() + ",3\n"));
        const Run partial =
            cli({QStringLiteral("submit"), QStringLiteral("--data"), m_data,
                 QStringLiteral("--pred"), m_tmp.filePath(QStringLiteral("partial.csv")),
                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("no.csv"))});
        QCOMPARE(partial.code, 2);
        QVERIFY2(partial.err.contains(ids[1].toUtf8()), partial.err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("no.csv"))));
    }

    // issues --find (issue #22): one command trains the detector's cross-fitted run into the
    // dataset's runs folder (its progress on stderr, its out-of-fold features kept), then looks
    // with the model and the neighbours both, every method scored against the truth.
    void issuesFindTrainsThenLooks()
    {
        const QString data = m_tmp.filePath(QStringLiteral("find"));
        const Run synth =
            cli({QStringLiteral("synth"), QStringLiteral("--out"), data, QStringLiteral("--people"),
                 QStringLiteral("30"), QStringLiteral("--noise"), QStringLiteral("0.1"),
                 QStringLiteral("--eval-people"), QStringLiteral("0")});
        QVERIFY2(synth.code == 0, synth.err.constData());
        const QString out = m_tmp.filePath(QStringLiteral("found.csv"));
        const Run r =
            cli({QStringLiteral("issues"), QStringLiteral("--data"), data, QStringLiteral("--find"),
                 QStringLiteral("--find-epochs"), QStringLiteral("1"), QStringLiteral("--out"), out,
                 QStringLiteral("--truth"), data + QStringLiteral("/train/noise_truth.csv"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("fold 3/3, epoch 1/1"), r.err.constData());
        const QStringList runs =
            QDir(data + QStringLiteral("/.masklens/runs"))
                .entryList({QStringLiteral("find-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QString run = data + QStringLiteral("/.masklens/runs/") + runs[0];
        const QString differs = differsFromDetectorRecipe(run);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        for (const char *file : {"oof_predictions.csv", "oof_features.npy", "oof_features.npy.json",
                                 "train_fit.csv", "train_fit.csv.json"})
            QVERIFY2(QFileInfo::exists(run + u'/' + QLatin1String(file)), file);
        QVERIFY(readAll(out).startsWith("target,kind,field,given,suggested,score,evidence\n"));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject methods =
            json[QStringLiteral("scores")][QStringLiteral("methods")].toObject();
        for (const char *m : {"cl", "knn", "both"})
            QVERIFY2(methods.contains(QLatin1String(m)), m);
        QVERIFY(json[QStringLiteral("suspects")].toArray().size() > 0);
        // It looked as the detector's recipe says (the window's Find label issues does too).
        const masklens::analysis::DetectorRecipe recipe;
        QCOMPARE(json[QStringLiteral("method")].toString(), recipe.method);
        QCOMPARE(json[QStringLiteral("gates")][QStringLiteral("gender_rule")].toString(),
                 masklens::analysis::genderRuleName(recipe.genderRule));
        // The run's training fit was used, and the same look without it is scored beside.
        QVERIFY(json[QStringLiteral("scores")].toObject().contains(QStringLiteral("without_fit")));

        // Looking again at that run: --no-fit looks without it; a fit of another dataset, or
        // a threshold that is no probability, is refused by name.
        const QStringList again{QStringLiteral("issues"),
                                QStringLiteral("--data"),
                                data,
                                QStringLiteral("--pred"),
                                run + QStringLiteral("/oof_predictions.csv"),
                                QStringLiteral("--truth"),
                                data + QStringLiteral("/train/noise_truth.csv"),
                                QStringLiteral("--json")};
        const Run noFit = cli(again + QStringList{QStringLiteral("--no-fit")});
        QVERIFY2(noFit.code == 0, noFit.err.constData());
        QVERIFY(!QJsonDocument::fromJson(noFit.out)[QStringLiteral("scores")].toObject().contains(
            QStringLiteral("without_fit")));
        const QString alien = m_tmp.filePath(QStringLiteral("alien_fit.csv"));
        QVERIFY(writeAll(alien, "path,trained,gender,age_band,mask\n"
                                "999999_male_Asian_20/mask1.jpg,2,0.5,0.5,0.5\n"));
        const Run refused = cli(again + QStringList{QStringLiteral("--fit"), alien});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(alien.toUtf8() + ":2:"), refused.err.constData());
        const Run badThreshold =
            cli(again + QStringList{QStringLiteral("--fit-threshold"), QStringLiteral("1.5")});
        QCOMPARE(badThreshold.code, 1);
        QVERIFY(badThreshold.err.contains("--fit-threshold"));
        // "nan" parses as a number and compares false both ways: refused all the same.
        const Run nanThreshold =
            cli(again + QStringList{QStringLiteral("--fit-threshold"), QStringLiteral("nan")});
        QCOMPARE(nanThreshold.code, 1);

        // With 20 or more probes named in the sidecar the gender cut is measured on them and
        // reported; a threshold given replaces it.
        const QString sidecar = run + QStringLiteral("/train_fit.csv.json");
        QJsonObject about = QJsonDocument::fromJson(readAll(sidecar)).object();
        QJsonArray probes;
        for (const QString &person : QDir(data + QStringLiteral("/train/images"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)
                                         .mid(0, 24))
            probes.append(
                QJsonObject{{QStringLiteral("person"), person}, {QStringLiteral("fit"), 0.99}});
        about.insert(QStringLiteral("probes"), probes);
        QVERIFY(writeAll(sidecar, QJsonDocument(about).toJson()));
        const Run estimate = cli(again);
        QVERIFY2(estimate.code == 0, estimate.err.constData());
        QCOMPARE(QJsonDocument::fromJson(
                     estimate.out)[QStringLiteral("gates")][QStringLiteral("gender_rule")]
                     .toString(),
                 QStringLiteral("flag"));
        const Run fence =
            cli(again + QStringList{QStringLiteral("--gender-rule"), QStringLiteral("fence")});
        QVERIFY2(fence.code == 0, fence.err.constData());
        QCOMPARE(QJsonDocument::fromJson(
                     fence.out)[QStringLiteral("gates")][QStringLiteral("gender_rule")]
                     .toString(),
                 QStringLiteral("fence"));
        const Run cut =
            cli(again + QStringList{QStringLiteral("--gender-rule"), QStringLiteral("cut")});
        QVERIFY2(cut.code == 0, cut.err.constData());
        const QJsonObject gates =
            QJsonDocument::fromJson(cut.out)[QStringLiteral("gates")].toObject();
        QCOMPARE(gates[QStringLiteral("gender_rule")].toString(), QStringLiteral("cut"));
        const QJsonObject gender = gates[QStringLiteral("gender_cut")].toObject();
        QCOMPARE(gender[QStringLiteral("probes")].toInt(), 24);
        for (const char *key :
             {"score", "estimated_wrong_labels", "estimated_recall", "estimated_f1"})
            QVERIFY2(gender[QLatin1String(key)].isDouble(), key);
        QCOMPARE(
            cli(again + QStringList{QStringLiteral("--gender-rule"), QStringLiteral("vote")}).code,
            1);
        const Run given =
            cli(again + QStringList{QStringLiteral("--fit-threshold"), QStringLiteral("0.5")});
        QVERIFY2(given.code == 0, given.err.constData());
        const QJsonObject givenGates =
            QJsonDocument::fromJson(given.out)[QStringLiteral("gates")].toObject();
        QVERIFY(!givenGates.contains(QStringLiteral("gender_cut")));
        QCOMPARE(givenGates[QStringLiteral("gender_rule")].toString(), QStringLiteral("fence"));
        QCOMPARE(givenGates[QStringLiteral("fit_threshold")].toDouble(), 0.5);
    }

    void synthRefusesToOverwrite()
    {
        const Run r = cli({QStringLiteral("synth"), QStringLiteral("--out"), m_data,
                           QStringLiteral("--people"), QStringLiteral("2")});
        QCOMPARE(r.code, 2); // one convention: 0 done, 1 usage, 2 bad data or unwritable
        QVERIFY(r.err.contains("not empty"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
