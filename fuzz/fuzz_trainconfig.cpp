// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the training core's config.json reader (what --resume reads), its option parser
// (the lines of the input as arguments) and a model's state.txt.
#include "model/core/trainconfig.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens::model;
    const std::string text(reinterpret_cast<const char *>(data), size);
    static const std::string file =
        "/tmp/masklens-fuzz-config-" + std::to_string(::getpid()) + ".json";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << text;
    }
    if (const auto read = readConfigJson(file)) {
        const TrainConfig &c = *read;
        // A config that reads back is within the ranges every option checks.
        if (c.epochs < 1 || c.epochs > kMaxEpochs || !(c.lr > 0 && c.lr <= 1) || c.seeds.empty())
            __builtin_trap();
        (void)configToArguments(c);
    }
    std::vector<std::string> args;
    std::string line;
    for (char ch : text) {
        if (ch == '\n') {
            args.push_back(line);
            line.clear();
        } else {
            line += ch;
        }
    }
    if (const auto parsed = parseTrainArguments(args); parsed && parsed->threads > kMaxThreads)
        __builtin_trap();
    const auto state = readStateText(text);
    try {
        (void)stateNumber(state, "state.txt", "epoch", 0, 0, 100);
    } catch (const StateError &) {
    }
    return 0;
}
