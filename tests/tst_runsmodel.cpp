// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The runs table model on its own, under QAbstractItemModelTester from construction: the rows
// of a runs folder (oldest first), what each column says, the failed run's colour and reason,
// a Slurm run's tasks, and a refresh that is one reset.
#include "fixtures.h"

#include "gui/runsmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace masklens;
using masklens::gui::RunsModel;

namespace {

void writeRun(const QString &dir, const QJsonObject &record, const QJsonObject &config)
{
    QDir().mkpath(dir);
    tests::writeAll(dir + QStringLiteral("/run.json"), QJsonDocument(record).toJson());
    tests::writeAll(dir + QStringLiteral("/config.json"), QJsonDocument(config).toJson());
}

} // namespace

class TestRunsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsARunsFolder()
    {
        RunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RunsModel::ColumnCount));

        QTemporaryDir tmp;
        writeRun(tmp.filePath(QStringLiteral("2026-11-01_a")),
                 {{QStringLiteral("status"), QStringLiteral("done")},
                  {QStringLiteral("started"), QStringLiteral("2026-11-01T10:00:00")},
                  {QStringLiteral("seconds"), 3723.0},
                  {QStringLiteral("labels_version"), 4},
                  {QStringLiteral("device"), QStringLiteral("cpu")},
                  {QStringLiteral("launcher"), QStringLiteral("local")}},
                 {{QStringLiteral("epochs"), 3}});
        tests::writeAll(tmp.filePath(QStringLiteral("2026-11-01_a/metrics.jsonl")),
                        "{\"event\":\"done\",\"best_val_macro_f1\":0.5,\"val_macro_f1\":0.625,"
                        "\"val_accuracy\":0.75,\"per_class_f1\":[0.5,0.5,0.25,0.5,0.5,0.25,0.5,0.5,"
                        "0.25,0.5,0.5,0.25,0.5,0.5,0.25,0.5,0.5,0.25],\"checkpoint\":\"c\","
                        "\"predictions\":\"p\",\"seconds\":3723,\"device\":\"cpu\"}\n");
        writeRun(tmp.filePath(QStringLiteral("2026-11-02_b")),
                 {{QStringLiteral("status"), QStringLiteral("failed")},
                  {QStringLiteral("started"), QStringLiteral("2026-11-02T10:00:00")},
                  {QStringLiteral("message"), QStringLiteral("no space left on device")},
                  {QStringLiteral("launcher"), QStringLiteral("slurm")},
                  {QStringLiteral("job_id"), QStringLiteral("17")},
                  {QStringLiteral("tasks"),
                   QJsonObject{{QStringLiteral("0"), QStringLiteral("COMPLETED")},
                               {QStringLiteral("1"), QStringLiteral("FAILED")}}}},
                 {{QStringLiteral("epochs"), 3}});

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh(tmp.path());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&](int row, int c, int role = Qt::DisplayRole) {
            return model.index(row, c).data(role);
        };
        QCOMPARE(cell(0, RunsModel::Run).toString(), QStringLiteral("2026-11-01_a"));
        QCOMPARE(cell(0, RunsModel::MacroF1).toString(), QStringLiteral("0.625"));
        QCOMPARE(cell(0, RunsModel::OldF1).toString(), QStringLiteral("0.250")); // the >=60 mean
        QCOMPARE(cell(0, RunsModel::Labels).toString(), QStringLiteral("4"));
        QCOMPARE(cell(0, RunsModel::Duration).toString(), QStringLiteral("1:02:03"));
        QCOMPARE(cell(0, RunsModel::Status).toString(), QStringLiteral("done"));
        QCOMPARE(cell(0, RunsModel::Where).toString(), QStringLiteral("this computer"));
        QCOMPARE(cell(0, RunsModel::Run, RunsModel::RunDirRole).toString(),
                 QDir(tmp.filePath(QStringLiteral("2026-11-01_a"))).absolutePath());
        // The failed one says so in red, with why on hover; its tasks under "where".
        QCOMPARE(cell(1, RunsModel::Status).toString(), QStringLiteral("failed"));
        QCOMPARE(cell(1, RunsModel::Status, Qt::ForegroundRole).value<QColor>(),
                 QColor(178, 34, 34));
        QCOMPARE(cell(1, RunsModel::Status, Qt::ToolTipRole).toString(),
                 QStringLiteral("no space left on device"));
        QCOMPARE(cell(1, RunsModel::Where).toString(), QStringLiteral("Slurm job 17 (1/2 done)"));
        QVERIFY(cell(1, RunsModel::Where, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("task 1: FAILED")));
        QCOMPARE(cell(1, RunsModel::MacroF1).toString(), QStringLiteral("-"));
        QCOMPARE(model.rowOf(tmp.filePath(QStringLiteral("2026-11-02_b"))), 1);
        QCOMPARE(model.rowOf(tmp.filePath(QStringLiteral("none"))), -1);
        QCOMPARE(model.headerData(RunsModel::OldF1, Qt::Horizontal).toString(),
                 QStringLiteral(">=60 F1"));

        model.refresh(QString()); // no dataset
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void formatsDurationsAndScores()
    {
        QCOMPARE(gui::formatDuration(-1), QStringLiteral("-"));
        QCOMPARE(gui::formatDuration(65.4), QStringLiteral("1:05"));
        QCOMPARE(gui::formatDuration(7322), QStringLiteral("2:02:02"));
        QCOMPARE(gui::formatScore(-1), QStringLiteral("-"));
        QCOMPARE(gui::formatScore(0.71875), QStringLiteral("0.719"));
    }
};

QTEST_MAIN(TestRunsModel)
#include "tst_runsmodel.moc"
