// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The label encoding of the mask task: class = mask*6 + gender*3 + age band.
// Pure value functions, usable from any thread.

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace masklens::analysis {

enum class MaskState { Wear = 0, Incorrect = 1, NotWorn = 2 };
enum class Gender { Male = 0, Female = 1 };
enum class AgeBand { Young = 0, Middle = 1, Old = 2 };

inline constexpr int kClassCount = 18;
inline constexpr int kImagesPerPerson = 7;
/// Where the incorrect_mask and normal images sit in a person's seven (imageStems()).
inline constexpr int kIncorrectStem = 5;
inline constexpr int kNormalStem = 6;
inline constexpr int kMinAge = 0;
inline constexpr int kMaxAge = 120;

/// The seven image names (file stems) of a person's folder, in folder order; their mask state
/// is fixed by the name.
inline const std::array<QString, kImagesPerPerson> &imageStems()
{
    static const std::array<QString, kImagesPerPerson> stems = {
        QStringLiteral("mask1"), QStringLiteral("mask2"), QStringLiteral("mask3"),
        QStringLiteral("mask4"), QStringLiteral("mask5"), QStringLiteral("incorrect_mask"),
        QStringLiteral("normal")};
    return stems;
}

/// Index 0..6 in imageStems() of a file stem (case-insensitive), or nullopt for anything else.
std::optional<int> stemIndex(QStringView stem);
constexpr MaskState maskStateOfStem(int stemIndex)
{
    return stemIndex < kIncorrectStem
               ? MaskState::Wear
               : (stemIndex == kIncorrectStem ? MaskState::Incorrect : MaskState::NotWorn);
}

/// Age-band thresholds: ages below middleFrom are Young, from oldFrom on Old. Users move oldFrom
/// to 58 or 59 because the real data has no one older than 60.
struct AgeBands
{
    int middleFrom = 30;
    int oldFrom = 60;

    constexpr AgeBand bandOf(int age) const
    {
        return age < middleFrom ? AgeBand::Young : (age < oldFrom ? AgeBand::Middle : AgeBand::Old);
    }
    constexpr bool valid() const { return kMinAge < middleFrom && middleFrom < oldFrom; }
    friend constexpr bool operator==(const AgeBands &, const AgeBands &) = default;
};

constexpr int classIndex(MaskState mask, Gender gender, AgeBand age)
{
    return int(mask) * 6 + int(gender) * 3 + int(age);
}

struct ClassParts
{
    MaskState mask;
    Gender gender;
    AgeBand age;
};

constexpr ClassParts classParts(int classIndex)
{
    return {MaskState(classIndex / 6), Gender((classIndex / 3) % 2), AgeBand(classIndex % 3)};
}

/// The >=60 classes (2, 5, 8, 11, 14, 17): the rare ones with the worst F1.
constexpr bool isOldClass(int classIndex)
{
    return classIndex % 3 == int(AgeBand::Old);
}

std::optional<Gender> parseGender(QStringView text);
std::optional<MaskState> parseMaskState(QStringView text); // wear|incorrect|normal

/// Machine names used in files and on the command line: male/female, wear/incorrect/normal.
QString genderName(Gender gender);
QString maskStateName(MaskState mask);
/// "<30", "30-59", ">=60" for the given thresholds.
QString ageBandName(AgeBand band, const AgeBands &bands = {});
/// "wear/female/>=60"
QString className(int classIndex, const AgeBands &bands = {});

} // namespace masklens::analysis
