// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Training view's recipe form on its own, without a window or a dataset: every setting a
// user saves comes back out unchanged (so a run trains on what the form shows), "Run on" moves
// the launcher page and says so, the input size's placeholder follows the model, and every field
// has a label a screen reader can name it by.
#include "gui/launchform.h"
#include "gui/recipeform.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using masklens::gui::LaunchSettings;
using masklens::gui::RecipeForm;
using masklens::gui::TrainingSettings;

class TestRecipeForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySettingComesBackOut()
    {
        TrainingSettings t;
        t.arch = QStringLiteral("efficientnet_b0");
        t.outputs = QStringLiteral("classes18");
        t.size = QStringLiteral("192x240");
        t.epochs = 7;
        t.batch = 24;
        t.lr = 0.0007;
        t.loss = QStringLiteral("focal");
        t.sampler = QStringLiteral("weighted");
        t.folds = 5;
        t.seeds = QStringLiteral("3,4");
        t.device = QStringLiteral("cpu");
        t.init = QStringLiteral("/tmp/weights.pt");
        t.crop = QStringLiteral("256x320");
        t.ema = false;
        t.bf16 = !t.bf16;
        t.limitBatches = 3; // no field shows it; it must survive anyway
        RecipeForm form;
        form.setTrainingSettings(t);
        const TrainingSettings back = form.trainingSettings();
        QCOMPARE(back.arch, t.arch);
        QCOMPARE(back.outputs, t.outputs);
        QCOMPARE(back.size, t.size);
        QCOMPARE(back.epochs, t.epochs);
        QCOMPARE(back.batch, t.batch);
        QCOMPARE(back.lr, t.lr);
        QCOMPARE(back.loss, t.loss);
        QCOMPARE(back.sampler, t.sampler);
        QCOMPARE(back.folds, t.folds);
        QCOMPARE(back.seeds, t.seeds);
        QCOMPARE(back.device, t.device);
        QCOMPARE(back.init, t.init);
        QCOMPARE(back.crop, t.crop);
        QCOMPARE(back.ema, t.ema);
        QCOMPARE(back.bf16, t.bf16);
        QCOMPARE(back.limitBatches, t.limitBatches);
        // What the trainer is given: the same command line.
        QCOMPARE(back.options(), t.options());
        QVERIFY(back.options().contains(QStringLiteral("--face-crop")));
    }

    void anEmptySeedsFieldMeansOneModel()
    {
        RecipeForm form;
        TrainingSettings t;
        t.seeds = QString();
        form.setTrainingSettings(t);
        QCOMPARE(form.trainingSettings().seeds, QStringLiteral("1"));
    }

    void runOnMovesTheLauncherPage()
    {
        RecipeForm form;
        QSignalSpy where(&form, &RecipeForm::whereChanged);
        LaunchSettings ssh;
        ssh.where = QStringLiteral("ssh");
        ssh.host = QStringLiteral("gpu1.example.org");
        ssh.port = 2222;
        form.setLaunchSettings(ssh);
        QCOMPARE(form.where(), QStringLiteral("ssh"));
        QCOMPARE(where.count(), 1);
        QCOMPARE(where.last().at(0).toString(), QStringLiteral("ssh"));
        const LaunchSettings back = form.launchSettings();
        QCOMPARE(back.where, QStringLiteral("ssh"));
        QCOMPARE(back.host, ssh.host);
        QCOMPARE(back.port, 2222);
        QVERIFY(back.options().contains(QStringLiteral("gpu1.example.org")));
        auto *launch = form.findChild<masklens::gui::LaunchForm *>();
        QVERIFY(launch);
        QCOMPARE(launch->where(), QStringLiteral("ssh"));

        // A command template saved with the recipe (older settings) selects the template page.
        TrainingSettings t;
        t.useTemplate = true;
        t.commandTemplate = QStringLiteral("ssh gpu {cmd}");
        form.setTrainingSettings(t);
        QCOMPARE(form.where(), QStringLiteral("template"));
        QCOMPARE(where.last().at(0).toString(), QStringLiteral("template"));
        QVERIFY(form.trainingSettings().useTemplate);
        QCOMPARE(form.trainingSettings().commandTemplate, t.commandTemplate);
    }

    void theSizePlaceholderFollowsTheModel()
    {
        RecipeForm form;
        TrainingSettings t;
        t.size.clear();
        t.arch = QStringLiteral("efficientnet_b0");
        form.setTrainingSettings(t);
        QLineEdit *size = nullptr;
        for (QLineEdit *e : form.findChildren<QLineEdit *>())
            if (e->placeholderText().contains(u'x') && e->placeholderText().contains(u':'))
                size = e;
        QVERIFY(size);
        QVERIFY2(size->placeholderText().contains(QStringLiteral("224x224")),
                 qPrintable(size->placeholderText()));
        t.arch = QStringLiteral("medium_hires");
        form.setTrainingSettings(t);
        QVERIFY2(size->placeholderText().contains(QStringLiteral("128x160")),
                 qPrintable(size->placeholderText()));
        t.arch = QStringLiteral("small");
        form.setTrainingSettings(t);
        QVERIFY2(size->placeholderText().contains(QStringLiteral("64x80")),
                 qPrintable(size->placeholderText()));
    }

    void everyFieldIsNamed()
    {
        RecipeForm form;
        int named = 0;
        for (const QLabel *label : form.findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
            if (!label->buddy())
                continue;
            QVERIFY2(!label->text().isEmpty() ||
                         qobject_cast<masklens::gui::LaunchForm *>(label->buddy()),
                     "a recipe field without a name");
            ++named;
        }
        QCOMPARE(named, 17); // model ... precision, "Run on", and the launcher's page
        for (const QComboBox *combo : form.findChildren<QComboBox *>())
            for (int i = 0; i < combo->count(); ++i)
                QVERIFY2(!combo->itemText(i).isEmpty(), "a choice without a name");
    }
};

QTEST_MAIN(TestRecipeForm)
#include "tst_recipeform.moc"
