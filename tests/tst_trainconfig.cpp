// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A run's config.json, as --resume reads it (issue #20): through a real JSON parser, so a file
// pretty-printed or edited by hand resumes the run it describes, and a file that is not a JSON
// object is refused by name.
#include "model/core/trainconfig.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace masklens::model;

namespace {
std::string write(const QTemporaryDir &dir, const std::string &text)
{
    const std::string file = dir.filePath(QStringLiteral("config.json")).toStdString();
    std::ofstream(file) << text;
    return file;
}

TrainConfig unusual()
{
    TrainConfig c;
    c.cache = "/data/cache, \"quoted\".u8";
    c.samples = "/runs/a/samples.csv";
    c.out = "/runs/a";
    c.architecture = Architecture::EfficientNetB0;
    c.outputs = OutputLayout::ThreeHeadsAge;
    c.epochs = 17;
    c.batch = 48;
    c.lr = 3e-4;
    c.cosineSchedule = true;
    c.emaDecay = 0.999;
    c.ageWeight = 0.5;
    c.loss = LossKind::Focal;
    c.weightedSampler = true;
    c.augment = false;
    c.colourAugment = 0.25;
    c.folds = 5;
    c.seeds = {3, 7, 11};
    c.device = "cpu";
    c.threads = 2;
    c.faceCrop = true;
    c.cropWidth = 208;
    c.cropHeight = 260;
    c.middleFrom = 30;
    c.oldFrom = 58;
    c.syncBatchNorm = true;
    c.dropout = false;
    c.sgd = true;
    c.collectiveTimeoutSeconds = 45;
    return c;
}
} // namespace

class TestTrainConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPrettyPrintedConfigResumesTheSameRecipe_data()
    {
        QTest::addColumn<int>("indent");
        QTest::newRow("as written") << -1;
        QTest::newRow("pretty, 2 spaces") << 2;
        QTest::newRow("pretty, 4 spaces") << 4;
    }
    void aPrettyPrintedConfigResumesTheSameRecipe()
    {
        QFETCH(int, indent);
        QTemporaryDir dir;
        const TrainConfig c = unusual();
        const std::string text = nlohmann::json::parse(configToJson(c)).dump(indent);
        auto read = readConfigJson(write(dir, text));
        QVERIFY2(read, read.ok() ? "" : read.error().c_str());
        TrainConfig back = *read;
        // Everything config.json keeps comes back: the same file again (the run folder itself is
        // where --resume found it, not read from the file).
        QVERIFY(back.out.empty());
        back.out = c.out;
        QCOMPARE(QString::fromStdString(configToJson(back)),
                 QString::fromStdString(configToJson(c)));
        QCOMPARE(back.seeds, (std::vector<std::uint64_t>{3, 7, 11}));
        QCOMPARE(back.oldFrom, 58);
        QVERIFY(back.sgd && back.syncBatchNorm && !back.dropout);
    }

    void keysInAnyOrderAndSpacing()
    {
        QTemporaryDir dir;
        const auto read = readConfigJson(write(dir, "{\n  \"seeds\" : [ 2 , 4 ],\n  \"epochs\" :3,"
                                                    "\"batch\":\t8, \"arch\": \"medium\"\n}\n"));
        QVERIFY2(read, read.ok() ? "" : read.error().c_str());
        const TrainConfig &back = *read;
        QCOMPARE(back.epochs, 3);
        QCOMPARE(back.batch, 8);
        QCOMPARE(back.architecture, Architecture::Medium);
        QCOMPARE(back.seeds, (std::vector<std::uint64_t>{2, 4}));
    }

    void whatIsNotAConfigIsRefusedByName()
    {
        QTemporaryDir dir;
        for (const char *text : {"", "not json", "[1,2]", "{\"epochs\": 3", "{\"seeds\": \"1\"}",
                                 "{\"epochs\": \"many\"}", "{\"seeds\": [1.5]}",
                                 "{\"seeds\": [[1]]}", "{\"epochs\": {\"a\": 1}}"}) {
            const std::string file = write(dir, text);
            const auto back = readConfigJson(file);
            QVERIFY2(!back, text);
            QVERIFY2(back.error().rfind(file, 0) == 0,
                     back.error().c_str()); // names the file first
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainConfig)
#include "tst_trainconfig.moc"
