// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectorrecipe.h"

namespace masklens::analysis {

QStringList DetectorRecipe::options() const
{
    return {QStringLiteral("--arch"),       arch,
            QStringLiteral("--outputs"),    outputs,
            QStringLiteral("--crop"),       crop,
            QStringLiteral("--loss"),       loss,
            QStringLiteral("--folds"),      QString::number(folds),
            QStringLiteral("--epochs"),     QString::number(epochs),
            QStringLiteral("--batch"),      QString::number(batch),
            QStringLiteral("--lr"),         QString::number(lr, 'g', 6),
            QStringLiteral("--fit-probes"), QString::number(fitProbes)};
}

} // namespace masklens::analysis
