// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

namespace masklens::analysis {

std::optional<int> stemIndex(QStringView stem)
{
    const auto &stems = imageStems();
    for (int i = 0; i < kImagesPerPerson; ++i) {
        if (stem.compare(stems[i], Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

std::optional<Gender> parseGender(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"male", Qt::CaseInsensitive) == 0)
        return Gender::Male;
    if (t.compare(u"female", Qt::CaseInsensitive) == 0)
        return Gender::Female;
    return std::nullopt;
}

std::optional<MaskState> parseMaskState(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"wear", Qt::CaseInsensitive) == 0)
        return MaskState::Wear;
    if (t.compare(u"incorrect", Qt::CaseInsensitive) == 0)
        return MaskState::Incorrect;
    if (t.compare(u"normal", Qt::CaseInsensitive) == 0 ||
        t.compare(u"notworn", Qt::CaseInsensitive) == 0)
        return MaskState::NotWorn;
    return std::nullopt;
}

QString genderName(Gender gender)
{
    return gender == Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

QString maskStateName(MaskState mask)
{
    switch (mask) {
    case MaskState::Wear:
        return QStringLiteral("wear");
    case MaskState::Incorrect:
        return QStringLiteral("incorrect");
    case MaskState::NotWorn:
        break;
    }
    return QStringLiteral("normal");
}

QString ageBandName(AgeBand band, const AgeBands &bands)
{
    switch (band) {
    case AgeBand::Young:
        return QStringLiteral("<%1").arg(bands.middleFrom);
    case AgeBand::Middle:
        return QStringLiteral("%1-%2").arg(bands.middleFrom).arg(bands.oldFrom - 1);
    case AgeBand::Old:
        break;
    }
    return QStringLiteral(">=%1").arg(bands.oldFrom);
}

QString className(int classIndex, const AgeBands &bands)
{
    const ClassParts p = classParts(classIndex);
    return QStringLiteral("%1/%2/%3")
        .arg(maskStateName(p.mask), genderName(p.gender), ageBandName(p.age, bands));
}

} // namespace masklens::analysis
