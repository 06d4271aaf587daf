// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #23's desktop polish, as a user of a HiDPI screen, a dark theme or a screen reader meets
// it: the window runs at a device pixel ratio of 2 with a dark palette (set before the
// application starts, as a desktop would), and the checks look at what is drawn and what is
// announced. Also the files the window writes (corrected labels, the submission, the session
// log, the trainer's stderr) and what dropping a file on it does.
#include "fixtures.h"

#include "analysis/labelstore.h"
#include "analysis/predictions.h"
#include "gui/chartwidget.h"
#include "gui/datasetpage.h"
#include "gui/errorspage.h"
#include "gui/gallerypage.h"
#include "gui/labeleditor.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/sampledelegate.h"
#include "gui/samplemodel.h"
#include "gui/sessionlog.h"
#include "gui/shortcutsdialog.h"
#include "gui/thumbnailcache.h"
#include "gui/trainingprocess.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace masklens;
using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 174, 233));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

bool isDark(QColor c)
{
    return c.lightness() < 80;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data, m_pred, m_evalA, m_evalB;
    gui::Language m_language;
    std::optional<Dataset> m_ds;

    void open(gui::MainWindow &w)
    {
        QSignalSpy loaded(&w, &gui::MainWindow::predictionsLoaded);
        w.openDataset(m_data);
        w.openPredictions(m_pred);
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().at(0).toBool());
    }

    /// Predictions for the train images: right except every third image, one class off.
    QByteArray trainPredictions() const
    {
        QByteArray csv = "path,pred\n";
        for (int i = 0; i < int(m_ds->samples.size()); ++i) {
            const int truth = m_ds->classOf(i);
            csv += m_ds->relativePath(i).toUtf8() + ',' +
                   QByteArray::number(i % 3 == 0 ? (truth + 1) % kClassCount : truth) + '\n';
        }
        return csv;
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qApp->devicePixelRatio() == 2.0, "QT_SCALE_FACTOR=2 did not take");
        m_language.apply(QStringLiteral("en"));
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(makeDataset(m_data, 20, 4, 0.0, 6));
        auto ds = loadDataset(m_data);
        QVERIFY(ds.ok());
        m_ds = std::move(ds).value();
        m_pred = m_tmp.filePath(QStringLiteral("pred.csv"));
        QVERIFY(writeAll(m_pred, trainPredictions()));
        // Two eval predictions files for the submission: A says class i % 18 for image i, B
        // agrees except on every fourth image. Two voters that disagree tie; B's probabilities
        // are higher there, so B wins those ties.
        QByteArray a = "ImageID,pred", b = "ImageID,pred";
        for (int c = 0; c < kClassCount; ++c) {
            a += ",prob_" + QByteArray::number(c);
            b += ",prob_" + QByteArray::number(c);
        }
        a += '\n';
        b += '\n';
        for (int i = 0; i < int(m_ds->evalImages.size()); ++i) {
            const int ca = i % kClassCount, cb = i % 4 == 0 ? (i + 5) % kClassCount : ca;
            auto row = [&](QByteArray &out, int cls, double p) {
                out += m_ds->evalImages[std::size_t(i)].imageId.toUtf8() + ',' +
                       QByteArray::number(cls);
                for (int c = 0; c < kClassCount; ++c)
                    out += ',' + QByteArray::number(c == cls ? p : (1 - p) / (kClassCount - 1));
                out += '\n';
            };
            row(a, ca, 0.6);
            row(b, cb, 0.9);
        }
        m_evalA = m_tmp.filePath(QStringLiteral("eval_a.csv"));
        m_evalB = m_tmp.filePath(QStringLiteral("eval_b.csv"));
        QVERIFY(writeAll(m_evalA, a) && writeAll(m_evalB, b));
    }

    void thumbnailsAreCrispAtTwiceThePixels()
    {
        gui::MainWindow w(&m_language);
        w.resize(1200, 800);
        w.show();
        open(w);
        w.pages()->setCurrentWidget(w.galleryPage());
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QPixmap shot = w.grab(); // paints the tiles, which ask for their thumbnails
        QCOMPARE(shot.devicePixelRatio(), 2.0);
        auto *cache = w.findChild<gui::ThumbnailCache *>();
        QVERIFY(cache);
        cache->waitForIdle();
        QTRY_VERIFY(!cache->thumbnail(0).isNull());
        const QPixmap thumb = cache->thumbnail(0);
        // A 96x128 tile on a 200% screen: 192x256 image pixels (the photos are 384x512).
        QCOMPARE(thumb.deviceIndependentSize().toSize(), cache->thumbnailSize());
        QCOMPARE(thumb.size(), cache->thumbnailSize() * 2);
        QCOMPARE(thumb.devicePixelRatio(), 2.0);
    }

    void chartsAndTheConfusionMatrixFollowTheDarkPalette()
    {
        gui::MainWindow w(&m_language);
        w.resize(1200, 800);
        w.show();
        open(w);
        const QColor text = w.palette().color(QPalette::Text);
        for (gui::ChartWidget *chart : w.findChildren<gui::ChartWidget *>()) {
            chart->replot();
            QVERIFY(chart->xAxis->tickLabelColor() == text);
            QVERIFY(chart->yAxis->basePen().color() == text);
            const QImage picture = chart->toPixmap(300, 200).toImage();
            // The corner is the chart's background: dark, like the theme.
            QVERIFY2(isDark(picture.pixelColor(3, 3)), qPrintable(chart->title()));
        }
        // The value labels on the bars are light on the dark background.
        gui::ChartWidget *classChart = nullptr;
        for (gui::ChartWidget *chart : w.datasetPage()->findChildren<gui::ChartWidget *>())
            if (chart->itemCount() > 0)
                classChart = chart;
        QVERIFY(classChart);
        for (int i = 0; i < classChart->itemCount(); ++i)
            if (auto *label = qobject_cast<QCPItemText *>(classChart->item(i)))
                QVERIFY(!isDark(label->color()));
        // The confusion matrix: an empty cell is the dark background, not a white square.
        int maps = 0;
        for (gui::ChartWidget *chart : w.errorsPage()->findChildren<gui::ChartWidget *>()) {
            for (int i = 0; i < chart->plottableCount(); ++i) {
                if (auto *map = qobject_cast<QCPColorMap *>(chart->plottable(i))) {
                    const QColor empty =
                        QColor::fromRgb(map->gradient().color(0, map->dataRange()));
                    QVERIFY2(isDark(empty), qPrintable(empty.name()));
                    ++maps;
                }
            }
        }
        QVERIFY(maps >= 1);
    }

    void rightAndWrongDifferInShapeNotOnlyColour()
    {
        gui::MainWindow w(&m_language);
        open(w);
        QAbstractItemView *view = w.galleryPage()->view();
        QAbstractItemModel *model = view->model();
        QModelIndex right, wrong;
        for (int r = 0; r < model->rowCount() && (!right.isValid() || !wrong.isValid()); ++r) {
            const QModelIndex i = model->index(r, 0);
            const bool ok = i.data(gui::SampleModel::TrueClassRole) ==
                            i.data(gui::SampleModel::PredictedClassRole);
            (ok ? right : wrong) = i;
        }
        QVERIFY(right.isValid() && wrong.isValid());
        // A screen reader says it in words.
        QVERIFY2(right.data(Qt::AccessibleTextRole).toString().endsWith(u", right"),
                 qPrintable(right.data(Qt::AccessibleTextRole).toString()));
        QVERIFY(wrong.data(Qt::AccessibleTextRole).toString().endsWith(u", wrong"));
        // On screen, the badge's white strokes (the glyph) differ, whatever the colours.
        auto glyph = [&](const QModelIndex &index) {
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = QRect(QPoint(0, 0), view->itemDelegate()->sizeHint(option, index));
            QImage image(option.rect.size(), QImage::Format_RGB32);
            image.fill(Qt::black);
            QPainter painter(&image);
            view->itemDelegate()->paint(&painter, option, index);
            painter.end();
            QImage mask(image.size(), QImage::Format_Mono);
            mask.fill(0);
            int white = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).lightness() > 240) {
                        mask.setPixel(x, y, 1);
                        ++white;
                    }
            return std::pair{mask, white};
        };
        const auto [rightGlyph, rightWhite] = glyph(right);
        const auto [wrongGlyph, wrongWhite] = glyph(wrong);
        QVERIFY(rightWhite > 5 && wrongWhite > 5);
        QVERIFY(rightGlyph != wrongGlyph);
    }

    void everyControlHasANameForScreenReaders()
    {
        gui::MainWindow w(&m_language);
        w.resize(1400, 950);
        w.show();
        open(w);
        QStringList unnamed;
        for (int page = 0; page < w.pages()->count(); ++page) {
            w.pages()->setCurrentIndex(page);
            QCoreApplication::processEvents();
            for (QWidget *widget : w.findChildren<QWidget *>()) {
                const bool control =
                    qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
                    qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                    qobject_cast<QAbstractItemView *>(widget) ||
                    qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QTabBar *>(widget) ||
                    qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget) ||
                    qobject_cast<gui::ChartWidget *>(widget);
                // Parts of a compound control are announced by their owner: a spin box's line
                // edit, a combo's list, scroll bars, a dock's title buttons, a tab bar's arrows.
                const QWidget *parent = widget->parentWidget();
                const bool part = qobject_cast<QScrollBar *>(widget) ||
                                  qobject_cast<const QAbstractSpinBox *>(parent) ||
                                  qobject_cast<const QComboBox *>(parent) ||
                                  (parent && parent->inherits("QComboBoxPrivateContainer")) ||
                                  qobject_cast<const QTabBar *>(parent) ||
                                  (qobject_cast<QHeaderView *>(widget) &&
                                   qobject_cast<const QAbstractItemView *>(parent)) ||
                                  (qobject_cast<const QDockWidget *>(parent) &&
                                   qobject_cast<QAbstractButton *>(widget));
                if (!control || part || !widget->isVisibleTo(&w))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
                QVERIFY(a);
                if (a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 '%2' (%3) in %4 (parent %5 '%6')")
                                   .arg(QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName(), a->text(QAccessible::Description),
                                        w.pages()->tabText(page),
                                        QString::fromLatin1(parent->metaObject()->className()),
                                        parent->objectName());
            }
        }
        unnamed.removeDuplicates();
        for (const QString &u : std::as_const(unnamed))
            qInfo("unnamed: %s", qPrintable(u));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void theShortcutsListHoldsEveryKey()
    {
        gui::MainWindow w(&m_language);
        open(w);
        const QList<gui::ShortcutsDialog::Entry> entries =
            gui::ShortcutsDialog::collect(&w, w.pages());
        int withKeys = 0;
        for (const QAction *a : w.findChildren<QAction *>())
            withKeys += !a->shortcuts().isEmpty();
        QCOMPARE(entries.size(), withKeys);
        auto find = [&](const QString &keys) {
            for (const auto &e : entries)
                if (e.keys == keys)
                    return e;
            return gui::ShortcutsDialog::Entry{};
        };
        QCOMPARE(find(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)).action,
                 QStringLiteral("Open Dataset"));
        const auto accept = find(QStringLiteral("A, Return"));
        QCOMPARE(accept.where, QStringLiteral("Label issues"));
        QVERIFY(!accept.action.isEmpty());
        for (const auto &e : entries)
            QVERIFY2(!e.action.isEmpty() && !e.where.isEmpty(), qPrintable(e.keys));
    }

    void droppingAPredictionsFileOrAModelOpensIt()
    {
        QCOMPARE(gui::MainWindow::dropKind(m_data), gui::MainWindow::DropKind::Dataset);
        QCOMPARE(gui::MainWindow::dropKind(m_pred), gui::MainWindow::DropKind::Predictions);
        const QString model = m_tmp.filePath(QStringLiteral("model.mlck"));
        QVERIFY(writeAll(model, "not a model"));
        QCOMPARE(gui::MainWindow::dropKind(model), gui::MainWindow::DropKind::Model);
        QCOMPARE(gui::MainWindow::dropKind(m_tmp.filePath(QStringLiteral("missing.csv"))),
                 gui::MainWindow::DropKind::None);

        gui::MainWindow w(&m_language);
        w.show();
        QSignalSpy datasetLoaded(&w, &gui::MainWindow::datasetLoaded);
        auto drop = [&](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(&w, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                               Qt::NoModifier);
            QApplication::sendEvent(&w, &dropped);
            return true;
        };
        QVERIFY(!drop(m_pred)); // predictions need a dataset first
        QVERIFY(drop(m_data));
        QVERIFY(datasetLoaded.wait(30000));
        QSignalSpy predictionsLoaded(&w, &gui::MainWindow::predictionsLoaded);
        QVERIFY(drop(m_pred));
        QVERIFY(predictionsLoaded.wait(30000));
        QVERIFY(predictionsLoaded.first().at(0).toBool());
        QCOMPARE(w.predictions()->file, m_pred);
        // A model that is not one: the drop runs it, and the window says why it failed.
        predictionsLoaded.clear();
        QVERIFY(drop(model));
        QVERIFY(predictionsLoaded.wait(30000));
        QVERIFY(!predictionsLoaded.first().at(0).toBool());
        QVERIFY(!predictionsLoaded.first().at(1).toString().isEmpty());
        QVERIFY(!drop(m_tmp.filePath(QStringLiteral("notes.txt"))));
    }

    void theWindowExportsCorrectedLabels()
    {
        const QString data = m_tmp.filePath(QStringLiteral("export-data"));
        QVERIFY(makeDataset(data, 6, 9, 0.0, 0));
        gui::MainWindow w(&m_language);
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(data);
        QVERIFY(loaded.wait(30000));
        auto *editor = w.findChild<gui::LabelEditor *>();
        QVERIFY(editor && editor->canEdit());
        const Person &person = w.dataset()->people[std::size_t(w.dataset()->samples[0].person)];
        const QString folder = person.folder;
        const Gender flipped = person.gender == Gender::Male ? Gender::Female : Gender::Male;
        QVERIFY(editor->setGender({0}, flipped));
        const QString out = m_tmp.filePath(QStringLiteral("train_corrected.csv"));
        QString error;
        QVERIFY2(w.exportCorrectedLabels(out, &error), qPrintable(error));
        // The exported train.csv loads as a dataset's labels with the person's gender changed.
        const QList<QByteArray> lines = readAll(out).split('\n');
        bool found = false;
        for (const QByteArray &line : lines) {
            if (line.endsWith(folder.toUtf8())) {
                found = true;
                QVERIFY2(line.contains(flipped == Gender::Male ? ",male," : ",female,"),
                         line.constData());
            }
        }
        QVERIFY(found);
        // train.csv itself is untouched.
        QVERIFY(readAll(data + QStringLiteral("/train/train.csv")) != readAll(out));
    }

    void theWindowWritesTheSubmission()
    {
        gui::MainWindow w(&m_language);
        open(w);
        const QString out = m_tmp.filePath(QStringLiteral("submission.csv"));
        QString error, summary;
        QVERIFY2(w.writeSubmission({m_evalA, m_evalB}, out, &error, &summary), qPrintable(error));
        // Hand-counted: A and B agree except on every fourth image, where B's higher
        // probability breaks the tie.
        const QList<QByteArray> lines = readAll(out).trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("ImageID,ans"));
        QCOMPARE(lines.size(), int(m_ds->evalImages.size()) + 1);
        for (int i = 0; i < int(m_ds->evalImages.size()); ++i) {
            const int expected = i % 4 == 0 ? (i + 5) % kClassCount : i % kClassCount;
            QCOMPARE(lines[i + 1], m_ds->evalImages[std::size_t(i)].imageId.toUtf8() + ',' +
                                       QByteArray::number(expected));
        }
        QVERIFY2(summary.contains(QStringLiteral("from 2 file(s)")), qPrintable(summary));
        // Train predictions are refused, naming the reason.
        QVERIFY(!w.writeSubmission({m_pred}, out, &error));
        QVERIFY(!error.isEmpty());
    }

    void theSessionLogRecordsWhatHappened()
    {
        QTemporaryDir state;
        qputenv("XDG_STATE_HOME", state.path().toUtf8());
        QString error;
        QVERIFY2(gui::SessionLog::start(&error), qPrintable(error));
        const QString file = gui::SessionLog::file();
        QVERIFY(file.startsWith(state.path() + QStringLiteral("/masklens/log/session-")));
        {
            gui::MainWindow w(&m_language);
            open(w);
        }
        qWarning("a warning for the log");
        const QString log = QString::fromUtf8(readAll(file));
        QVERIFY2(log.contains(QStringLiteral("opening dataset ") + m_data), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("dataset loaded: 20 people, 140 images")));
        QVERIFY(log.contains(QStringLiteral("predictions loaded")));
        QVERIFY(log.contains(QStringLiteral("warning default: a warning for the log")));
    }

    void theTrainersStderrIsKeptInTheRunFolder()
    {
        // A stand-in for masklens-cli that makes its run folder, complains and fails: what it
        // wrote to stderr must be in RUN/stderr.log, whole, also what came before the folder.
        const QString cli = m_tmp.filePath(QStringLiteral("fake-cli.sh"));
        QVERIFY(writeAll(cli, "#!/bin/sh\n"
                              "echo 'checking options' >&2\n"
                              "mkdir -p \"$5\"\n"
                              "sleep 0.2\n"
                              "i=0; while [ $i -lt 200 ]; do echo \"line $i\" >&2; "
                              "i=$((i+1)); done\n"
                              "echo 'Traceback: out of memory' >&2\n"
                              "exit 2\n"));
        QFile::setPermissions(cli, QFile::permissions(cli) | QFile::ExeOwner);
        gui::TrainingProcess process;
        QSignalSpy finished(&process, &gui::TrainingProcess::finished);
        const QString run = m_tmp.filePath(QStringLiteral("runs/run-1"));
        QString error;
        QVERIFY2(process.start({cli, m_data, run, {}, {}}, &error), qPrintable(error));
        QVERIFY(finished.wait(30000));
        const QByteArray kept = readAll(run + QStringLiteral("/stderr.log"));
        QVERIFY2(kept.startsWith("checking options\n"), kept.left(200).constData());
        QVERIFY(kept.contains("line 199\n"));
        QVERIFY(kept.endsWith("Traceback: out of memory\n"));
        QCOMPARE(kept.count('\n'), 202);
    }
};

int main(int argc, char *argv[])
{
    // A 200% screen and a dark theme, as the desktop would give them before the window starts.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    TestDesktop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktop.moc"
