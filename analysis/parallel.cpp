// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel.h"

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace masklens::analysis {

bool parallelFor(qint64 n, const std::function<void(qint64)> &fn, const Progress &progress,
                 int threads)
{
    if (n <= 0)
        return progress ? progress(0, 0) : true;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::min<qint64>(threads, n));

    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    auto work = [&] {
        for (;;) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            const qint64 i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= n)
                return;
            fn(i);
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);

    // The caller's thread only watches: progress callbacks always come from it, never from a
    // worker, so callers need no locking of their own.
    if (progress) {
        while (done.load() < n && !cancelled.load()) {
            if (!progress(done.load(), n))
                cancelled = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(40));
        }
    }
    for (auto &t : pool)
        t.join();
    if (progress && !cancelled)
        progress(n, n);
    return !cancelled;
}

} // namespace masklens::analysis
