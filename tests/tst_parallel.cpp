// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/parallel.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace masklens::analysis;

class TestParallel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyItemOnce()
    {
        std::vector<std::atomic<int>> hits(1000);
        const bool done = parallelFor(
            1000, [&](qint64 i) { ++hits[i]; }, {}, 3);
        QVERIFY(done);
        for (const auto &h : hits)
            QCOMPARE(h.load(), 1);
    }
    void progressFromTheCallingThreadAndCancel()
    {
        const auto caller = std::this_thread::get_id();
        std::atomic<int> ran{0};
        bool sameThread = true;
        const bool done = parallelFor(
            100000,
            [&](qint64) {
                ++ran;
                std::this_thread::sleep_for(std::chrono::microseconds(50));
            },
            [&](qint64 done, qint64) {
                sameThread &= std::this_thread::get_id() == caller;
                return done < 10;
            },
            2);
        QVERIFY(!done);
        QVERIFY(sameThread);
        QVERIFY2(ran < 100000, "cancel must stop new items from starting");
    }
    void finalProgressIsComplete()
    {
        qint64 last = -1, lastTotal = -1;
        QVERIFY(parallelFor(
            10, [](qint64) {},
            [&](qint64 d, qint64 t) {
                last = d;
                lastTotal = t;
                return true;
            }));
        QCOMPARE(last, 10);
        QCOMPARE(lastTotal, 10);
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
