// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "gallerypage.h"
#include "mainwindow.h"
#include "mappage.h"
#include "reviewpage.h"
#include "thumbnailcache.h"
#include "trainingpage.h"

#include "analysis/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QListView>
#include <QMenuBar>
#include <QTabWidget>

namespace masklens::gui {

bool saveScreenshots(MainWindow &window, const QString &dir, QString *error)
{
    QTabWidget *pages = window.pages();
    GalleryPage *gallery = window.galleryPage();
    ThumbnailCache *thumbnails = window.thumbnails();
    ReviewPage *review = window.reviewPage();
    TrainingPage *training = window.trainingPage();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = MainWindow::tr("Cannot create %1").arg(dir);
        return false;
    }
    const int current = pages->currentIndex();
    QString index;
    if (gallery->view()->model()->rowCount() > 0 && !gallery->view()->currentIndex().isValid())
        gallery->view()->setCurrentIndex(gallery->view()->model()->index(0, 0));
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QWidget *page = pages->widget(i);
        QCoreApplication::sendPostedEvents(); // pending layout requests, so the page has its size
        if (page == gallery) {
            // A first paint asks for the visible thumbnails; wait for them, deliver, paint again.
            window.grab();
            thumbnails->waitForIdle();
            QCoreApplication::sendPostedEvents(thumbnails, QEvent::MetaCall);
            QCoreApplication::sendPostedEvents();
        } else if (page == review) {
            review->waitForSuspects(); // the neighbours' vote, with a run's features
            review->waitForPictures();
        } else if (page == window.mapPage()) {
            // The map is laid out (or read from its cache) in the background: wait for it.
            while (window.mapPage()->isBusy())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QCoreApplication::processEvents();
        }
        const QString file = QDir(dir).filePath(page->objectName() + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            if (error)
                *error = MainWindow::tr("Cannot write %1").arg(file);
            return false;
        }
        index +=
            page->objectName() + QStringLiteral(".png\t") + pages->tabText(i) + QLatin1Char('\n');
    }
    // The map once more, coloured by suspect kind with the rest pale: where the label issues sit.
    if (MapPage *map = window.mapPage(); map->layout()) {
        pages->setCurrentWidget(map);
        const auto colouring = map->colouring();
        map->setColouring(MapPage::Colouring::Suspect);
        map->setHighlightOld(true);
        QCoreApplication::sendPostedEvents();
        const QString file = QDir(dir).filePath(QStringLiteral("map-suspects.png"));
        const bool saved = window.grab().save(file);
        map->setHighlightOld(false);
        map->setColouring(colouring);
        if (!saved) {
            if (error)
                *error = MainWindow::tr("Cannot write %1").arg(file);
            return false;
        }
    }
    pages->setCurrentIndex(current);
    // What each picture shows, in the interface's language: the menus and each view's title.
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text().remove(QLatin1Char('&'));
    index += QStringLiteral("menus\t") + menus.join(QStringLiteral(" | ")) + QLatin1Char('\n');
    const QString indexFile = QDir(dir).filePath(QStringLiteral("index.txt"));
    if (const analysis::Status written = analysis::writeFileAtomically(indexFile, index.toUtf8());
        !written) {
        if (error)
            *error = written.error().toString();
        return false;
    }
    // The comparison of the last two runs, when there are two.
    const QStringList runs = training->runDirs();
    if (runs.size() >= 2) {
        if (QWidget *dialog = training->compareRuns(runs[runs.size() - 2], runs.last())) {
            QCoreApplication::sendPostedEvents();
            const QString file = QDir(dir).filePath(QStringLiteral("compare.png"));
            const bool saved = dialog->grab().save(file);
            dialog->close();
            if (!saved) {
                if (error)
                    *error = MainWindow::tr("Cannot write %1").arg(file);
                return false;
            }
        }
    }
    return true;
}

} // namespace masklens::gui
