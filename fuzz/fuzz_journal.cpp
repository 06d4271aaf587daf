// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: replaying a hostile corrections journal (read-only: the file is never cut here).
#include "fuzzfixture.h"

#include "analysis/labelstore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens;
    const analysis::Dataset &ds = fuzz::fixtureDataset();
    QDir().mkpath(ds.root + QStringLiteral("/.masklens"));
    fuzz::writeBytes(ds.root + QStringLiteral("/.masklens/corrections.jsonl"), data, size);
    const auto store = analysis::LabelStore::open(ds, /*readOnly=*/true);
    if (!store)
        return 0;
    const analysis::Dataset applied = (*store)->apply(ds);
    for (const analysis::Person &p : applied.people)
        if (p.age < analysis::kMinAge || p.age > analysis::kMaxAge)
            __builtin_trap(); // replay validates every value
    return 0;
}
