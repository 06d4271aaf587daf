// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// masklens-train: the training core alone (LibTorch only), for a GPU machine without Qt or
// OpenCV. It reads the image cache and samples file that masklens-cli train made on another
// machine (README: "Training on a remote GPU") and speaks the same JSON lines.
#include "model/core/trainer.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace {
std::atomic<bool> g_stop{false};
// The first SIGINT/SIGTERM stops at the next batch with a checkpoint; a second ends at once.
extern "C" void onSignal(int signal)
{
    if (g_stop.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    for (const std::string &a : args) {
        if (a == "--help" || a == "-h") {
            std::cout
                << "Usage: masklens-train --cache FILE --samples FILE --out RUNDIR [options]\n\n"
                << masklens::model::trainUsage();
            return 0;
        }
        if (a == "--version") {
            std::cout << "masklens-train " MASKLENS_VERSION "\n";
            return 0;
        }
    }
    auto parsed = masklens::model::parseTrainArguments(args);
    if (!parsed) {
        std::fprintf(stderr, "masklens-train: %s (try --help)\n", parsed.error().c_str());
        return 1;
    }
    const masklens::model::TrainConfig config = std::move(*parsed);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return masklens::model::runTraining(
        config,
        [](const std::string &line) {
            std::fwrite(line.data(), 1, line.size(), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        },
        g_stop);
}
