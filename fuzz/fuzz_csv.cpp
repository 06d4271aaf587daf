// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the CSV reader under every loader (train.csv, info.csv, predictions, labels).
#include "analysis/csv.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens::analysis;
    const auto t = parseCsv(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)),
                            QStringLiteral("fuzz.csv"));
    if (t) {
        for (const CsvRow &row : t->rows)
            if (row.fields.size() != t->header.size() || row.line < 2)
                __builtin_trap(); // the reader's own promise
        if (t->problems.size() > kMaxListedProblems + 1)
            __builtin_trap();
    }
    return 0;
}
