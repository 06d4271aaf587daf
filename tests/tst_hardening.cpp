// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never crashes, hangs or loses data (issue #21): hostile links, a full disk, torn and
// forged journals, numbers that are not numbers, files that are not files. Each function here
// failed before its fix.
#include "fixtures.h"

#include "analysis/csv.h"
#include "analysis/dataset.h"
#include "analysis/imageheader.h"
#include "analysis/labelstore.h"
#include "analysis/predictions.h"
#include "analysis/runs.h"
#include "analysis/safefile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> events;
};

Run runProgram(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            r.events.append(doc.object());
    }
    return r;
}

Run cli(const QStringList &args)
{
    return runProgram(QStringLiteral(MASKLENS_CLI), args);
}

/// A train-split predictions file: for image i, `row(i)` gives its class and the text of its 18
/// probabilities (",p0,...,p17").
QByteArray predictionsCsv(const Dataset &ds, const std::function<std::pair<int, QByteArray>(int)> &row)
{
    QByteArray text = "path,pred";
    for (int c = 0; c < 18; ++c)
        text += ",prob_" + QByteArray::number(c);
    text += '\n';
    for (int i = 0; i < int(ds.samples.size()); ++i) {
        const auto [cls, probs] = row(i);
        text += ds.relativePath(i).toUtf8() + ',' + QByteArray::number(cls) + probs + '\n';
    }
    return text;
}

QJsonObject lastEvent(const Run &r, const char *kind)
{
    for (auto it = r.events.crbegin(); it != r.events.crend(); ++it)
        if (it->value(QStringLiteral("event")).toString() == QLatin1String(kind))
            return *it;
    return {};
}

/// A small tmpfs filled to the last byte: a real full disk, mounted for the test and unmounted
/// again whatever happens. Needs root (CI runs as root); without it the tests that use it skip.
class FullDisk
{
public:
    explicit FullDisk(int kilobytes = 256)
    {
        m_path = m_dir.path();
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_path; }
    /// Fills what is left, so the next write of any size fails with ENOSPC.
    void fill()
    {
        QFile f(m_path + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        const QByteArray byte(1, 'x');
        while (f.write(byte) == 1 && f.flush()) {
        }
    }
    void release() { QFile::remove(m_path + QStringLiteral("/filler")); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
};

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    QString freshDataset(const char *name, int people = 8)
    {
        const QString dir = m_tmp.filePath(QLatin1String(name));
        return makeDataset(dir, people) ? dir : QString();
    }

private Q_SLOTS:
    // --- the corrections journal ------------------------------------------------------------

    void aJournalLinkIsNeverFollowed()
    {
        const QString data = freshDataset("link");
        QVERIFY(!data.isEmpty());
        const QString victim = m_tmp.filePath(QStringLiteral("victim.txt"));
        const QByteArray precious = "precious text without a trailing newline";
        QVERIFY(writeAll(victim, precious));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/.masklens")));
        QVERIFY(QFile::link(victim, data + QStringLiteral("/.masklens/corrections.jsonl")));
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        for (bool readOnly : {false, true}) {
            const auto store = LabelStore::open(*ds, readOnly);
            QVERIFY(!store.ok());
            QVERIFY2(store.error().message.contains(QStringLiteral("symbolic link")),
                     qPrintable(store.error().toString()));
        }
        QCOMPARE(readAll(victim), precious); // neither cut nor appended to

        // A linked .masklens folder is refused the same way.
        const QString data2 = freshDataset("linkdir");
        const QString elsewhere = m_tmp.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, data2 + QStringLiteral("/.masklens")));
        const auto ds2 = loadDataset(data2);
        QVERIFY(ds2.ok());
        QVERIFY(!LabelStore::open(*ds2).ok());
        QVERIFY(QDir(elsewhere).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void aCompleteBadLastLineIsKept()
    {
        const QString data = freshDataset("badline");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const QString person = ds->people[0].folder;
        {
            const auto store = LabelStore::open(*ds);
            QVERIFY(store.ok());
            QVERIFY((*store)->set(person, LabelField::Age, QStringLiteral("61")).ok());
        }
        const QString journal = data + QStringLiteral("/.masklens/corrections.jsonl");
        const QByteArray good = readAll(journal);
        // Written whole (it ends with its newline): not a torn write, so never deleted.
        const QByteArray handEdited = good + "{\"seq\": 2, this is not json}\n";
        QVERIFY(writeAll(journal, handEdited));
        {
            const auto store = LabelStore::open(*ds);
            QVERIFY(store.ok());
            QCOMPARE(int((*store)->problems().size()), 1);
            QCOMPARE((*store)->problems()[0].line, 2);
            QVERIFY((*store)->problems()[0].message.contains(QStringLiteral("not a journal entry")));
        }
        QCOMPARE(readAll(journal), handEdited);
        // A tail without its newline is a torn write: dropped and cut, as before.
        QVERIFY(writeAll(journal, handEdited + "{\"seq\":3,\"ta"));
        {
            const auto store = LabelStore::open(*ds);
            QVERIFY(store.ok());
            QCOMPARE(int((*store)->problems().size()), 2);
        }
        QCOMPARE(readAll(journal), handEdited);
    }

    void journalValuesAreCheckedOnReplay()
    {
        const QString data = freshDataset("forged");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const QString person = ds->people[0].folder;
        const QString image = ds->relativePath(ds->people[0].images[0]);
        QVERIFY(QDir().mkpath(data + QStringLiteral("/.masklens")));
        auto line = [](int seq, const QString &target, const char *field, const char *value) {
            return QJsonDocument(QJsonObject{{QStringLiteral("seq"), seq},
                                             {QStringLiteral("target"), target},
                                             {QStringLiteral("field"), QLatin1String(field)},
                                             {QStringLiteral("old"), QString()},
                                             {QStringLiteral("new"), QLatin1String(value)}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
        };
        QVERIFY(writeAll(data + QStringLiteral("/.masklens/corrections.jsonl"),
                         line(1, person, "age", "-5") + line(2, person, "gender", "robot") +
                             line(3, image, "mask", "sideways") +
                             line(4, image, "excluded", "maybe") +
                             line(9, person, "colour", "blue") + line(5, person, "age", "64")));
        const auto store = LabelStore::open(*ds);
        QVERIFY(store.ok());
        QCOMPARE(int((*store)->problems().size()), 5);
        const Dataset applied = (*store)->apply(*ds);
        QCOMPARE(applied.people[0].age, 64); // the one valid entry, nothing of the others
        QCOMPARE(applied.people[0].gender, ds->people[0].gender);
        QCOMPARE(applied.samples[ds->people[0].images[0]].maskLabel,
                 ds->samples[ds->people[0].images[0]].maskLabel);
        // A new entry never repeats a sequence number already in the file (9 was there).
        const auto c = (*store)->set(person, LabelField::Age, QStringLiteral("65"));
        QVERIFY(c.ok());
        QCOMPARE(c->seq, 10);
    }

    void labelsSetIsAllOrNothing()
    {
        const QString data = freshDataset("allornothing");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const Run r = cli({QStringLiteral("labels"), QStringLiteral("set"), QStringLiteral("--data"),
                           data, QStringLiteral("--person"), ds->people[0].folder,
                           QStringLiteral("--gender"), QStringLiteral("female"),
                           QStringLiteral("--age"), QStringLiteral("-3")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("age"), r.err.constData());
        const auto store = LabelStore::open(*ds, true);
        QVERIFY(store.ok());
        QCOMPARE(int((*store)->corrections().size()), 0); // not even the gender
    }

    void theLockMessageNamesWhatItKnows()
    {
        const QString data = freshDataset("lock");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const auto first = LabelStore::open(*ds);
        QVERIFY(first.ok());
        const auto second = LabelStore::open(*ds);
        QVERIFY(!second.ok());
        const QString message = second.error().message;
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("(,")) && !message.contains(QStringLiteral("on )")),
                 qPrintable(message));
    }

    // --- full disks --------------------------------------------------------------------------

    void aFullDiskNeverLeavesLessThanThere()
    {
        FullDisk disk;
        if (!disk.mounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString data = freshDataset("fulldisk");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const QString person = ds->people[0].folder;
        QCOMPARE(cli({QStringLiteral("labels"), QStringLiteral("set"), QStringLiteral("--data"),
                      data, QStringLiteral("--person"), person, QStringLiteral("--age"),
                      QStringLiteral("62")})
                     .code,
                 0);
        // Files from an earlier export, then the disk fills up.
        const QString exported = disk.path() + QStringLiteral("/train.csv");
        const QString report = disk.path() + QStringLiteral("/changes.csv");
        const QByteArray oldExport = "an earlier export\n", oldReport = "an earlier report\n";
        QVERIFY(writeAll(exported, oldExport));
        QVERIFY(writeAll(report, oldReport));
        disk.fill();

        Run r = cli({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("--data"),
                     data, QStringLiteral("--out"), exported});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("No space left"), r.err.constData());
        QCOMPARE(readAll(exported), oldExport);
        r = cli({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("--data"), data,
                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("fine.csv")),
                 QStringLiteral("--report"), report});
        QCOMPARE(r.code, 2);
        QCOMPARE(readAll(report), oldReport);
        QVERIFY(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden).size() == 3); // no temp

        // run.json: the record keeps its last good state.
        const QString runDir = disk.path() + QStringLiteral("/run");
        disk.release();
        QVERIFY(QDir().mkpath(runDir));
        RunRecord record(runDir);
        record.begin(0, data, QStringLiteral("test"));
        QVERIFY(record.save().ok());
        const QByteArray saved = readAll(runDir + QStringLiteral("/run.json"));
        disk.fill();
        record.set(QStringLiteral("message"), QString(200000, u'x'));
        const auto st = record.save();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("No space left")),
                 qPrintable(st.error().toString()));
        QCOMPARE(readAll(runDir + QStringLiteral("/run.json")), saved);

        // A correction on a full disk fails and leaves no half line.
        const QString journal = disk.path() + QStringLiteral("/journal.jsonl");
        disk.release();
        QVERIFY(appendDurably(journal, "{\"seq\":1}\n").ok());
        disk.fill();
        QVERIFY(!appendDurably(journal, QByteArray(100000, 'y') + '\n').ok());
        QCOMPARE(readAll(journal), QByteArray("{\"seq\":1}\n"));
    }

    void issuesOutOnAFullDiskFails()
    {
        FullDisk disk;
        if (!disk.mounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString data = freshDataset("issuesfull");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        // Out-of-fold-like probabilities: each image's own class at 0.915.
        const QByteArray text = predictionsCsv(*ds, [&](int i) {
            const int label = ds->classOf(i, AgeBands{});
            QByteArray probs;
            for (int c = 0; c < 18; ++c)
                probs += c == label ? ",0.915" : ",0.005";
            return std::pair{label, probs};
        });
        const QString predictions = m_tmp.filePath(QStringLiteral("issues-pred.csv"));
        QVERIFY(writeAll(predictions, text));
        const QString out = disk.path() + QStringLiteral("/issues.csv");
        QVERIFY(writeAll(out, "earlier\n"));
        disk.fill();
        const Run r = cli({QStringLiteral("issues"), QStringLiteral("--data"), data,
                           QStringLiteral("--pred"), predictions, QStringLiteral("--out"),
                           out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("No space left"), r.err.constData());
        QCOMPARE(readAll(out), QByteArray("earlier\n"));
    }

    void aFullDiskDuringTrainingFailsTheRun()
    {
        FullDisk disk(160);
        if (!disk.mounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString data = freshDataset("trainfull", 12);
        const QString run = disk.path() + QStringLiteral("/run");
        // The cache lives elsewhere; the run folder fills up at the first checkpoint.
        const Run r = cli({QStringLiteral("train"), QStringLiteral("--data"), data,
                           QStringLiteral("--out"), run, QStringLiteral("--size"),
                           QStringLiteral("32x40"), QStringLiteral("--epochs"),
                           QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("2"),
                           QStringLiteral("--cache-dir"), m_tmp.filePath(QStringLiteral("cache"))});
        QCOMPARE(r.code, 2); // not an abort (134), not 0
        const QJsonObject error = lastEvent(r, "error");
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("space")),
                 r.out.constData());
        const auto info = readRun(run);
        QVERIFY(info.ok());
        QCOMPARE(info->status, QStringLiteral("failed"));
        QVERIFY(info->message.contains(QStringLiteral("space")));
    }

    // --- numbers that reach a computation ----------------------------------------------------

    void trainOptionsAreCheckedFirst_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("lr nan") << "--lr" << "nan";
        QTest::newRow("lr inf") << "--lr" << "inf";
        QTest::newRow("lr huge") << "--lr" << "1e30";
        QTest::newRow("lr gamma nan") << "--lr-gamma" << "nan";
        QTest::newRow("threads") << "--threads" << "100000";
        QTest::newRow("epochs junk") << "--epochs" << "3abc";
        QTest::newRow("seeds negative") << "--seeds" << "-1";
        QTest::newRow("batch") << "--batch" << "0";
    }
    void trainOptionsAreCheckedFirst()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const QString out = m_tmp.filePath(QStringLiteral("never-made"));
        const Run r = runProgram(QStringLiteral(MASKLENS_TRAIN),
                                 {QStringLiteral("--cache"), QStringLiteral("/nonexistent"),
                                  QStringLiteral("--samples"), QStringLiteral("/nonexistent"),
                                  QStringLiteral("--out"), out, option, value},
                                 30000);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(option.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void sigtermEndsTrainingPromptlyAtAnyStage()
    {
        // SIGTERM while the dataset loads, the cache is built, the trainer starts, trains or
        // validates: the run always ends within seconds, as stopped (or done), never hangs and
        // never leaves run.json "running".
        const QString data = freshDataset("sigterm", 40);
        for (int delayMs : {150, 400, 900, 1800, 3500}) {
            const QString run = m_tmp.filePath(QStringLiteral("sigterm-%1").arg(delayMs));
            const QString cache = m_tmp.filePath(QStringLiteral("sigterm-cache-%1").arg(delayMs));
            QProcess p;
            p.start(QStringLiteral(MASKLENS_CLI),
                    {QStringLiteral("train"), QStringLiteral("--data"), data,
                     QStringLiteral("--out"), run, QStringLiteral("--size"),
                     QStringLiteral("64x80"), QStringLiteral("--epochs"), QStringLiteral("50"),
                     QStringLiteral("--threads"), QStringLiteral("2"),
                     QStringLiteral("--cache-dir"), cache});
            QVERIFY(p.waitForStarted());
            QTest::qWait(delayMs);
            QElapsedTimer clock;
            clock.start();
            ::kill(pid_t(p.processId()), SIGTERM);
            QVERIFY2(p.waitForFinished(20000), qPrintable(QString::number(delayMs)));
            QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
            if (p.exitStatus() == QProcess::CrashExit) {
                // Killed before masklens-cli reached main() (LibTorch takes a while to load):
                // nothing was started, so nothing may have been written.
                QVERIFY2(!QFileInfo::exists(run), qPrintable(QString::number(delayMs)));
                continue;
            }
            QVERIFY2(p.exitCode() == 130 || p.exitCode() == 0,
                     qPrintable(QStringLiteral("%1 ms: exit %2: %3")
                                    .arg(delayMs)
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(p.readAllStandardError().right(300)))));
            if (QFileInfo::exists(run + QStringLiteral("/run.json"))) {
                const auto info = readRun(run);
                QVERIFY(info.ok());
                QVERIFY2(info->status != u"running", qPrintable(info->status));
            }
        }
    }

    void aDamagedStateFileStopsTheResume()
    {
        const QString data = freshDataset("state", 12);
        const QString run = m_tmp.filePath(QStringLiteral("state-run"));
        Run r = cli({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"),
                     run, QStringLiteral("--size"), QStringLiteral("32x40"),
                     QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--threads"),
                     QStringLiteral("2"), QStringLiteral("--limit-batches"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QVERIFY(writeAll(run + QStringLiteral("/state.txt"), "best_f1 0.2\ndone 0\nepoch -7\n"));
        r = cli({QStringLiteral("train"), QStringLiteral("--resume"), run});
        QCOMPARE(r.code, 2);
        const QString message = lastEvent(r, "error").value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("state.txt")) && message.contains(QStringLiteral("-7")),
                 r.out.constData());
        QVERIFY(r.events.size() < 5); // no 43 epochs
    }

    void aDamagedConfigJsonIsRefusedNotAborted()
    {
        // Found by scripts/fuzz (fuzz_trainconfig): "seeds" that is not an array aborted the
        // resume with an uncaught std::out_of_range.
        const QString run = m_tmp.filePath(QStringLiteral("damaged-config"));
        QVERIFY(QDir().mkpath(run));
        for (const QByteArray &seeds : {QByteArray("\"\""), QByteArray("7"), QByteArray("\"[\"")}) {
            QVERIFY(writeAll(run + QStringLiteral("/config.json"),
                             "{\"cache\":\"c.u8\",\"samples\":\"s.csv\",\"epochs\":2,\"seeds\":" +
                                 seeds + "}\n"));
            const Run r = runProgram(QStringLiteral(MASKLENS_TRAIN),
                                     {QStringLiteral("--resume"), run}, 30000);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("config.json") && r.err.contains("seeds"), r.err.constData());
        }
    }

    void nanPredictionsAreNotClassZero()
    {
        const QString data = freshDataset("nan");
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        QByteArray nan;
        for (int c = 0; c < 18; ++c)
            nan += ",nan";
        const QByteArray text = predictionsCsv(*ds, [&](int) { return std::pair{0, nan}; });
        const QString file = m_tmp.filePath(QStringLiteral("nan.csv"));
        QVERIFY(writeAll(file, text));
        const auto pred = readPredictions(file, *ds);
        QVERIFY(pred.ok());
        QCOMPARE(pred->predictedCount(), 0);
        QVERIFY(pred->problems.front().message.contains(QStringLiteral("NaN")));

        Run r = cli({QStringLiteral("evaluate"), QStringLiteral("--data"), data,
                     QStringLiteral("--pred"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no usable prediction rows"), r.err.constData());
        r = cli({QStringLiteral("issues"), QStringLiteral("--data"), data,
                 QStringLiteral("--pred"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("NaN"), r.err.constData()); // the file's problems are shown
        QVERIFY(r.err.count('\n') < 40);                    // and bounded

        r = cli({QStringLiteral("predict"), QStringLiteral("--data"), data, QStringLiteral("--model"),
                 file, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("p.csv")),
                 QStringLiteral("--std"), QStringLiteral("0,0,0")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--std"));
    }

    void messagesReachKoreanUsers()
    {
        // The loader's problems and the CLI's errors are translated, and masklens-cli picks its
        // language from the locale as the window does.
        const QString data = freshDataset("korean", 3);
        QFile csv(data + QStringLiteral("/train/train.csv"));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("000099,robot,Asian,45,000099_robot_Asian_45\n");
        csv.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MASKLENS_CLI), {QStringLiteral("stats"), data});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("알 수 없는 성별 'robot'")), qPrintable(out));
        p.start(QStringLiteral(MASKLENS_CLI),
                {QStringLiteral("stats"), m_tmp.filePath(QStringLiteral("nowhere"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("데이터셋을 읽을 수 없습니다")), qPrintable(err));
        // Without a Korean locale, English as before.
        const Run english = cli({QStringLiteral("stats"), m_tmp.filePath(QStringLiteral("nowhere"))});
        QVERIFY(english.err.contains("cannot read the dataset"));
    }

    // --- files that are not what they say -----------------------------------------------------

    void oneStrayQuoteLosesOneRow()
    {
        const QByteArray text = "id,gender,race,age,path\n"
                                "000001,male,Asian,45,000001_male_Asian_45\n"
                                "000002,female,Asian,\"52,000002_female_Asian_52\n"
                                "000003,female,Asian,61,000003_female_Asian_61\n"
                                "000004,male,Asian,22,000004_male_Asian_22\n";
        const auto t = parseCsv(QString::fromUtf8(text), QStringLiteral("train.csv"));
        QVERIFY(t.ok());
        QCOMPARE(int(t->rows.size()), 3);
        QCOMPARE(t->rows[1].line, 4);
        QCOMPARE(int(t->problems.size()), 1);
        QCOMPARE(t->problems[0].line, 3);
    }

    void problemListsAreBounded()
    {
        QByteArray text = "id,gender,race,age,path\n";
        for (int i = 0; i < 20000; ++i)
            text += "junk\n";
        const auto t = parseCsv(QString::fromUtf8(text), QStringLiteral("junk.csv"));
        QVERIFY(t.ok());
        QCOMPARE(int(t->problems.size()), int(kMaxListedProblems) + 1);
        QVERIFY(t->problems.back().message.contains(QStringLiteral("19000")));
    }

    void evalIdsStayInsideEvalImages()
    {
        const QString data = m_tmp.filePath(QStringLiteral("evalpaths"));
        QVERIFY(makeDataset(data, 4, 7, 0.0, 2));
        const QString secret = m_tmp.filePath(QStringLiteral("secret.jpg"));
        QVERIFY(QFile::copy(data + QStringLiteral("/train/images/") + personFolders(data)[0] +
                                QStringLiteral("/mask1.jpg"),
                            secret));
        QFile info(data + QStringLiteral("/eval/info.csv"));
        QVERIFY(info.open(QIODevice::Append));
        info.write("../../secret.jpg,0\n/etc/passwd,0\n");
        info.close();
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        for (const EvalImage &e : ds->evalImages)
            QVERIFY2(!e.imageId.contains(u'/'), qPrintable(e.imageId));
        int refused = 0;
        for (const Problem &p : ds->problems)
            refused += p.message.contains(QStringLiteral("not a file name inside"));
        QCOMPARE(refused, 2);
    }

    void hugeDeclaredImagesAreNotDecoded()
    {
        // A PNG header that declares 30000x30000 pixels (2.7 GB decoded).
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
        for (quint32 v : {30000u, 30000u})
            for (int shift = 24; shift >= 0; shift -= 8)
                png += char((v >> shift) & 0xFF);
        png += QByteArray("\x08\x02\0\0\0", 5) + QByteArray(64, '\0');
        const auto size = declaredImageSize(reinterpret_cast<const uchar *>(png.constData()),
                                            std::size_t(png.size()));
        QVERIFY(size.known);
        QCOMPARE(size.width, 30000);
        const QString file = m_tmp.filePath(QStringLiteral("bomb.png"));
        QVERIFY(writeAll(file, png));
        const auto problems = checkImageFiles({file});
        QCOMPARE(int(problems.size()), 1);
        QVERIFY2(problems[0].message.contains(QStringLiteral("30000x30000")),
                 qPrintable(problems[0].toString()));
    }

    void aPipeNamedLikeAnImageDoesNotHang()
    {
        const QString data = freshDataset("fifo", 3);
        const QString folder = data + QStringLiteral("/train/images/") + personFolders(data)[0];
        // The generator mixes .jpg, .jpeg and .png, as the real data does.
        const QStringList mask2 = QDir(folder).entryList({QStringLiteral("mask2.*")});
        QCOMPARE(mask2.size(), 1);
        QVERIFY(QFile::remove(folder + u'/' + mask2[0]));
        QVERIFY(::mkfifo(QFile::encodeName(folder + QStringLiteral("/mask2.jpg")).constData(),
                         0644) == 0);
        LoadOptions options;
        options.checkImages = true;
        const auto ds = loadDataset(data, options); // would block for ever on open()
        QVERIFY(ds.ok());
        bool reported = false;
        for (const Problem &p : ds->problems)
            reported |= p.message.contains(QStringLiteral("not a regular file"));
        QVERIFY(reported);
        QVERIFY(!readRegularFile(folder + QStringLiteral("/mask2.jpg"), 1 << 20).ok());
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
