// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue's model and its filter, standalone (after KDE Elisa's proxy model tests):
// QAbstractItemModelTester on both from construction, the columns a user reads, one dataChanged
// for the status cell of an answered suspect, and the filter's kinds, "only those left" and the
// suspect on screen staying listed.
#include "gui/suspectsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace masklens;
using namespace masklens::analysis;
using masklens::gui::SuspectsFilter;
using masklens::gui::SuspectsModel;
using SuspectStatus = SuspectsModel::Status;

namespace {

std::vector<LabelIssue> suspects()
{
    std::vector<LabelIssue> out(4);
    out[0].kind = IssueKind::PersonGender;
    out[0].target = QStringLiteral("000001_female_Asian_45");
    out[0].given = Gender::Female;
    out[0].suggested = Gender::Male;
    out[0].score = 0.97;
    out[1].kind = IssueKind::MaskSwap;
    out[1].target = QStringLiteral("000002_male_Asian_61");
    out[1].given = MaskPair{MaskState::Incorrect, MaskState::NotWorn};
    out[1].suggested = MaskPair{MaskState::NotWorn, MaskState::Incorrect};
    out[1].score = 0.9;
    out[2].kind = IssueKind::ConfidentLearning;
    out[2].target = QStringLiteral("000003_male_Asian_20/mask1.jpg");
    out[2].given = 0;     // wear / male / <30
    out[2].suggested = 3; // wear / female / <30
    out[2].score = 0.8;
    out[3].kind = IssueKind::PersonAgeBand;
    out[3].target = QStringLiteral("000004_female_Asian_58");
    out[3].given = AgeBand::Middle;
    out[3].suggested = AgeBand::Old;
    out[3].score = 0.7;
    return out;
}

} // namespace

class TestSuspectsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theQueueReadsAsTheUserSeesIt()
    {
        SuspectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSuspects(suspects(), AgeBands{});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, SuspectsModel::Rank).toString(), QStringLiteral("1"));
        QCOMPARE(cell(0, SuspectsModel::Kind).toString(), QStringLiteral("gender flip (person)"));
        QCOMPARE(cell(0, SuspectsModel::Change).toString(), QStringLiteral("female → male"));
        QCOMPARE(cell(1, SuspectsModel::Change).toString(),
                 QStringLiteral("incorrect/normal → normal/incorrect"));
        // An image's class by its name, not its number.
        QCOMPARE(cell(2, SuspectsModel::Change).toString(),
                 className(0) + QStringLiteral(" → ") + className(3));
        QCOMPARE(cell(3, SuspectsModel::Change).toString(), QStringLiteral("30-59 → >=60"));
        QCOMPARE(cell(0, SuspectsModel::Score).toString(), QStringLiteral("0.970"));
        QCOMPARE(cell(0, SuspectsModel::StatusColumn).toString(), QStringLiteral("to review"));
        QCOMPARE(cell(2, SuspectsModel::Target).toString(),
                 QStringLiteral("000003_male_Asian_20/mask1.jpg"));
        QCOMPARE(cell(2, 0, SuspectsModel::IndexRole).toInt(), 2);

        // Moved bands rename the band suspects.
        model.setSuspects(suspects(), AgeBands{30, 58});
        QCOMPARE(cell(3, SuspectsModel::Change).toString(), QStringLiteral("30-57 → >=58"));

        // Answering one: one dataChanged, for its status cell only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(1, SuspectStatus::Accepted);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, SuspectsModel::StatusColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, SuspectsModel::StatusColumn));
        QCOMPARE(cell(1, SuspectsModel::StatusColumn).toString(), QStringLiteral("accepted"));
        model.setStatus(1, SuspectStatus::Accepted); // no change, no signal
        QCOMPARE(changed.count(), 1);
    }

    void theFilterKeepsWhatIsLeftAndTheOneOnScreen()
    {
        SuspectsModel model;
        SuspectsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSuspects(suspects(), AgeBands{});
        QCOMPARE(filter.rowCount(), 4);

        filter.setKind(int(IssueKind::MaskSwap));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(SuspectsModel::IndexRole).toInt(), 1);
        filter.setKind(-1);
        QCOMPARE(filter.rowCount(), 4);

        // Only those left: an answered one goes, a skipped one stays, the one on screen stays
        // until the user moves on.
        filter.setPendingOnly(true);
        filter.setKept(0);
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        model.setStatus(0, SuspectStatus::Accepted);
        QCOMPARE(filter.rowCount(), 4); // kept: on screen
        model.setStatus(2, SuspectStatus::Rejected);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(removed.count(), 1);
        model.setStatus(3, SuspectStatus::Skipped);
        QCOMPARE(filter.rowCount(), 3);
        filter.setKept(1); // moved on
        QCOMPARE(filter.rowCount(), 2);
        QList<int> listed;
        for (int row = 0; row < filter.rowCount(); ++row)
            listed << filter.index(row, 0).data(SuspectsModel::IndexRole).toInt();
        QCOMPARE(listed, (QList<int>{1, 3}));
        // An undo brings one back.
        model.setStatus(2, SuspectStatus::Pending);
        QCOMPARE(filter.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSuspectsModel)
#include "tst_suspectsmodel.moc"
