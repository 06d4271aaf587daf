// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The gallery on a full-size dataset: time from start to the first painted gallery (tiles) and
// to the first screen of thumbnails, then the resident memory after scrolling the whole gallery
// page by page (every thumbnail decoded once). Prints one JSON line. Targets: < 1 s, < 600 MB.
#include "gui/gallerypage.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/thumbnailcache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {
qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class FirstPaint : public QObject
{
public:
    QElapsedTimer *clock;
    qint64 ms = -1;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && ms < 0)
            ms = clock->elapsed();
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gallery DATASET\n");
        return 1;
    }
    using namespace masklens::gui;
    Language language;
    language.apply(QStringLiteral("en"));
    MainWindow window(&language);
    window.resize(1400, 950);
    window.show();
    window.pages()->setCurrentWidget(window.galleryPage());
    QListView *view = window.galleryPage()->view();
    FirstPaint painted;
    painted.clock = &clock;
    qint64 loadedMs = -1, thumbsMs = -1;
    QObject::connect(&window, &MainWindow::datasetLoaded, [&](bool ok, const QString &message) {
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QApplication::exit(2);
            return;
        }
        loadedMs = clock.elapsed();
        view->viewport()->installEventFilter(&painted);
        view->viewport()->update();
    });
    // Once the first screen of thumbnails has arrived, scroll through everything.
    int pending = 0;
    QObject::connect(window.thumbnails(), &ThumbnailCache::ready, [&](int) {
        ++pending;
        if (thumbsMs < 0 && window.thumbnails()->pendingCount() == 0) // the whole first screen
            thumbsMs = clock.elapsed();
    });
    window.openDataset(QString::fromLocal8Bit(argv[1]));
    QTimer poll;
    poll.setInterval(10);
    int page = 0;
    int ticks = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (++ticks % 500 == 0)
            std::fprintf(stderr, "%lld ms: %d thumbnails, scrolled %d of %d\n", clock.elapsed(),
                         pending, view->verticalScrollBar()->value(),
                         view->verticalScrollBar()->maximum());
        if (thumbsMs < 0)
            return;
        QScrollBar *bar = view->verticalScrollBar();
        if (window.thumbnails()->pendingCount() > 0)
            return; // this screen's thumbnails are still coming
        if (bar->value() >= bar->maximum()) {
            poll.stop();
            QTimer::singleShot(200, [&] { QApplication::exit(0); });
            return;
        }
        bar->setValue(bar->value() + view->viewport()->height());
        ++page;
    });
    poll.start();
    const int code = QApplication::exec();
    const QJsonObject o{
        {QStringLiteral("dataset_loaded_ms"), loadedMs},
        {QStringLiteral("first_gallery_paint_ms"), painted.ms},
        {QStringLiteral("first_thumbnails_ms"), thumbsMs},
        {QStringLiteral("pages_scrolled"), page},
        {QStringLiteral("images"), view->model()->rowCount()},
        {QStringLiteral("thumbnail_cache_mb"), window.thumbnails()->usedBytes() / 1048576.0},
        {QStringLiteral("rss_mb_after_scrolling"), statusKb("VmRSS:") / 1024.0},
        {QStringLiteral("peak_rss_mb"), statusKb("VmHWM:") / 1024.0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return code;
}
