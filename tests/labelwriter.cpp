// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_labelstore: makes label edits in a loop and prints "ack SEQ" after each
// one LabelStore::set() reported durable, until it is killed.
#include "analysis/labelstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace masklens::analysis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    auto ds = loadDataset(QString::fromLocal8Bit(argv[1]));
    if (!ds)
        return 2;
    auto store = LabelStore::open(*ds);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 3;
    }
    for (int i = 0;; ++i) {
        const Person &p = ds->people[std::size_t(i) % ds->people.size()];
        const auto c = (*store)->set(p.folder, LabelField::Age, QString::number(20 + i % 40),
                                     QStringLiteral("edit %1").arg(i));
        if (!c)
            return 4;
        std::printf("ack %lld\n", c->seq);
        std::fflush(stdout);
    }
}
