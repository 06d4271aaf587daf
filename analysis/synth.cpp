// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic dataset: the plan (people, ages, label noise, duplicates, the real data's quirks)
// and the drawing of each photo. ~730 lines in one file because the drawing follows the plan
// field by field and both share the random streams that keep a dataset the same for a seed
// whatever is added to it; planSynthetic() is tested alone at full size (tst_synth).
#include "synth.h"

#include "csv.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace masklens::analysis {

namespace {

/// lupdate files every Tr::tr() text under "Synth", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Synth)
};

constexpr int kWidth = 384;
constexpr int kHeight = 512;

/// SplitMix64: tiny, fast, and the same numbers on every platform and standard library (the
/// <random> distributions are not), so a seed means the same dataset everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    Rng(quint64 seed, quint64 stream, quint64 index)
        : m_state(mix(seed ^ mix(stream * 0x9E3779B97F4A7C15ull + index)))
    {
    }
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix(m_state);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } ///< inclusive
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    template <class T> void shuffle(std::vector<T> &v)
    {
        for (int i = int(v.size()) - 1; i > 0; --i)
            std::swap(v[i], v[range(0, i)]);
    }
    int weighted(const std::vector<double> &weights)
    {
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        double r = uniform() * total;
        for (int i = 0; i < int(weights.size()); ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    quint64 m_state;
};

enum Stream : quint64 {
    kPlan = 1,
    kAppearance = 2,
    kImage = 3,
    kNoise = 4,
    kEvalPlan = 5,
    kDuplicates = 6,
    kCopyChange = 7,
    kFaceTraits = 8
};

// People per exact age in the real data (data-facts.md): peaks at 18-20, a spike at 58 and 60.
double ageWeight(int age)
{
    switch (age) {
    case 18:
        return 192;
    case 19:
        return 407;
    case 20:
        return 267;
    case 58:
        return 159;
    case 59:
        return 40;
    case 60:
        return 192;
    default:
        break;
    }
    if (age <= 29) {
        static const double young[] = {70, 60, 52, 46, 42, 38, 36, 36, 35};
        return young[age - 21];
    }
    return age < 40 ? 30 : (age < 50 ? 33 : 52);
}

// Band shares by gender from the per-class image counts (classes 0-5 over 7 images a person).
constexpr double kBandShare[2][3] = {{0.527, 0.393, 0.080}, {0.4415, 0.4928, 0.0657}};
constexpr double kFemaleShare = 1658.0 / 2700.0;

int drawAge(Rng &rng, Gender gender)
{
    const int band = rng.weighted(
        {kBandShare[int(gender)][0], kBandShare[int(gender)][1], kBandShare[int(gender)][2]});
    const int lo = band == 0 ? 18 : (band == 1 ? 30 : 60);
    const int hi = band == 0 ? 29 : (band == 1 ? 59 : 60);
    std::vector<double> w;
    for (int a = lo; a <= hi; ++a)
        w.push_back(ageWeight(a));
    return lo + rng.weighted(w);
}

QString folderName(const QString &id, Gender gender, int age)
{
    return QStringLiteral("%1_%2_Asian_%3").arg(id, genderName(gender)).arg(age);
}

SynthPerson drawPerson(Rng &rng, const QString &id)
{
    SynthPerson p;
    p.id = id;
    p.trueGender = rng.chance(kFemaleShare) ? Gender::Female : Gender::Male;
    p.givenGender = p.trueGender;
    p.trueAge = p.givenAge = drawAge(rng, p.trueGender);
    for (auto &ext : p.extensions)
        ext = QStringLiteral("jpg");
    p.appearanceSeed = rng.next();
    return p;
}

} // namespace

QString noiseKindName(NoiseKind kind)
{
    switch (kind) {
    case NoiseKind::GenderFlip:
        return QStringLiteral("gender_flip");
    case NoiseKind::MaskSwap:
        return QStringLiteral("mask_swap");
    case NoiseKind::AgeShift:
        break;
    }
    return QStringLiteral("age_shift");
}

QString duplicateKindName(DuplicateKind kind)
{
    return kind == DuplicateKind::SameImage ? QStringLiteral("same_image")
                                            : QStringLiteral("same_person");
}

QString evalImageId(quint64 seed, int evalPerson, int stem)
{
    const QByteArray key = QByteArray::number(seed) + ':' + QByteArray::number(evalPerson) + ':' +
                           QByteArray::number(stem);
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".jpg");
}

namespace {

/// The duplicates of issue #22, drawn from a stream of their own so that a dataset with them is
/// the same dataset plus them: `duplicates` people again under new ids after the last one (same
/// face, a scene of their own, clean labels), and as many single photos (mask1-mask5) copied
/// over another person's photo of the same stem. Neither touches a noisy person, and a copy
/// never joins a person to their own duplicate.
void addDuplicates(SynthPlan *plan, const SynthOptions &options, int lastId)
{
    const int n = int(plan->train.size());
    if (options.duplicates <= 0 || n < 4)
        return;
    Rng rng(options.seed, kDuplicates, 0);
    std::map<QString, int> idCount;
    for (const SynthPerson &p : plan->train)
        ++idCount[p.id];
    std::vector<int> clean;
    for (int i = 0; i < n; ++i) {
        const SynthPerson &p = plan->train[i];
        if (p.givenGender == p.trueGender && p.givenAge == p.trueAge && !p.maskSwapped &&
            idCount[p.id] == 1)
            clean.push_back(i);
    }
    rng.shuffle(clean);
    const int people = std::min<int>(options.duplicates, int(clean.size()) / 3);
    std::set<int> related; // sources of a same-person duplicate
    for (int k = 0; k < people; ++k) {
        const SynthPerson &source = plan->train[clean[k]];
        related.insert(clean[k]);
        SynthPerson again = source;
        lastId += 1 + rng.range(0, 2);
        again.id = QStringLiteral("%1").arg(lastId, 6, 10, QChar(u'0'));
        again.folder = folderName(again.id, again.givenGender, again.givenAge);
        for (auto &ext : again.extensions)
            ext = QStringLiteral("jpg");
        again.sceneSeed = rng.next() | 1;
        plan->duplicates.push_back({again.folder, source.folder, DuplicateKind::SamePerson});
        plan->train.push_back(again);
    }
    // Copies: a source and a target among the clean people left, never the same person or a
    // person with a duplicate.
    std::vector<int> pool(clean.begin() + people, clean.end());
    for (int k = 0; k + 1 < int(pool.size()) && k / 2 < options.duplicates; k += 2) {
        ImageCopy c;
        c.sourcePerson = pool[k];
        c.targetPerson = pool[k + 1];
        c.sourceStem = rng.range(0, 4); // mask1..mask5: worn in both folders
        c.stem = c.sourceStem;
        const SynthPerson &from = plan->train[c.sourcePerson];
        const SynthPerson &to = plan->train[c.targetPerson];
        plan->copies.push_back(c);
        plan->duplicates.push_back(
            {to.folder + u'/' + imageStems()[c.stem] + u'.' + to.extensions[c.stem],
             from.folder + u'/' + imageStems()[c.sourceStem] + u'.' + from.extensions[c.sourceStem],
             DuplicateKind::SameImage});
    }
}

} // namespace

SynthPlan planSynthetic(const SynthOptions &options)
{
    SynthPlan plan;
    const int n = std::max(0, options.people);
    Rng rng(options.seed, kPlan, 0);

    // Ids are strings with leading zeros and gaps, as in the real listing (up to ~006959).
    int counter = 0;
    for (int i = 0; i < n; ++i) {
        counter += 1 + (rng.chance(0.45) ? rng.range(1, 3) : 0);
        plan.train.push_back(
            drawPerson(rng, QStringLiteral("%1").arg(counter, 6, 10, QChar(u'0'))));
    }

    if (n >= 4) {
        // Suffixed ids ("001498-1" is a different person from "001498"): ~1.5% of people.
        const int suffixed = std::max(1, int(std::lround(n * 41.0 / 2700.0)));
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        rng.shuffle(order);
        for (int k = 0; k < suffixed && 2 * k + 1 < n; ++k) {
            const int base = order[2 * k];
            plan.train[order[2 * k + 1]].id =
                plan.train[base].id + QStringLiteral("-%1").arg(rng.range(1, 2));
        }
        // One id on two rows with different folders ("003397_female_Asian_19" and "..._20").
        const int a = order[n - 1];
        const int b = order[n - 2];
        plan.train[b].id = plan.train[a].id;
        plan.train[b].trueGender = plan.train[b].givenGender = plan.train[a].trueGender;
        const int age = plan.train[a].trueAge;
        plan.train[b].trueAge = plan.train[b].givenAge = age < 60 ? age + 1 : age - 1;
    }

    // Extensions: ~2.7% of folders all .png, ~0.3% with one .jpeg among .jpg files.
    if (n >= 2) {
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        rng.shuffle(order);
        const int pngFolders = std::max(1, int(std::lround(n * 73.0 / 2700.0)));
        const int mixedFolders = std::max(1, int(std::lround(n * 7.0 / 2700.0)));
        int k = 0;
        for (int i = 0; i < pngFolders && k < n; ++i, ++k)
            for (auto &ext : plan.train[order[k]].extensions)
                ext = QStringLiteral("png");
        for (int i = 0; i < mixedFolders && k < n; ++i, ++k)
            plan.train[order[k]].extensions[rng.range(0, kImagesPerPerson - 1)] =
                QStringLiteral("jpeg");
    }

    // Label noise at options.noise of people: gender flips, incorrect/normal swaps, ages moved
    // across a band edge, in the proportions 2:2:1.
    Rng noiseRng(options.seed, kNoise, 0);
    const int noisy = std::clamp(int(std::lround(options.noise * n)), 0, n);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    noiseRng.shuffle(order);
    std::vector<bool> taken(n, false);
    auto nearEdge = [](int age) { return (age >= 27 && age <= 32) || age >= 57; };
    int next = 0;
    for (int k = 0; k < noisy; ++k) {
        NoiseKind kind = (k % 5 == 4) ? NoiseKind::AgeShift
                                      : (k % 2 == 0 ? NoiseKind::GenderFlip : NoiseKind::MaskSwap);
        int who = -1;
        if (kind == NoiseKind::AgeShift) {
            for (int i : order) {
                if (!taken[i] && nearEdge(plan.train[i].trueAge)) {
                    who = i;
                    break;
                }
            }
            if (who < 0)
                kind = NoiseKind::GenderFlip;
        }
        if (who < 0) {
            while (next < n && taken[order[next]])
                ++next;
            if (next >= n)
                break;
            who = order[next];
        }
        taken[who] = true;
        SynthPerson &p = plan.train[who];
        switch (kind) {
        case NoiseKind::GenderFlip:
            p.givenGender = p.trueGender == Gender::Male ? Gender::Female : Gender::Male;
            break;
        case NoiseKind::MaskSwap:
            p.maskSwapped = true;
            break;
        case NoiseKind::AgeShift: {
            const int t = p.trueAge;
            p.givenAge =
                t < 30 ? 59 - t : (t < 57 ? 59 - t : (t < 60 ? 60 : noiseRng.range(57, 59)));
            break;
        }
        }
    }

    std::stable_sort(plan.train.begin(), plan.train.end(),
                     [](const SynthPerson &a, const SynthPerson &b) { return a.id < b.id; });
    for (SynthPerson &p : plan.train) {
        p.folder = folderName(p.id, p.givenGender, p.givenAge);
        if (p.givenGender != p.trueGender)
            plan.noise.push_back({p.folder, NoiseKind::GenderFlip, genderName(p.givenGender),
                                  genderName(p.trueGender)});
        if (p.givenAge != p.trueAge)
            plan.noise.push_back({p.folder, NoiseKind::AgeShift, QString::number(p.givenAge),
                                  QString::number(p.trueAge)});
        if (p.maskSwapped) {
            plan.noise.push_back({p.folder + QStringLiteral("/incorrect_mask.") + p.extensions[5],
                                  NoiseKind::MaskSwap, QStringLiteral("incorrect"),
                                  QStringLiteral("normal")});
            plan.noise.push_back({p.folder + QStringLiteral("/normal.") + p.extensions[6],
                                  NoiseKind::MaskSwap, QStringLiteral("normal"),
                                  QStringLiteral("incorrect")});
        }
    }
    if (!plan.train.empty())
        plan.junkFile = plan.train[plan.train.size() / 2].folder + QStringLiteral("/._mask1.jpg");
    addDuplicates(&plan, options, counter);

    const int evalPeople = options.evalPeople < 0 ? n * 2 / 3 : options.evalPeople;
    Rng evalRng(options.seed, kEvalPlan, 0);
    for (int i = 0; i < evalPeople; ++i)
        plan.eval.push_back(drawPerson(evalRng, QStringLiteral("eval%1").arg(i)));
    return plan;
}

namespace {

cv::Scalar lerp(const cv::Scalar &a, const cv::Scalar &b, double t)
{
    return a * (1.0 - t) + b * t;
}

/// Paints one photo of a person. Cues a model can learn: a mask over nose and mouth (wear),
/// under the nose or on the chin (incorrect) or none (normal); long hair for most women;
/// grey hair and forehead lines growing with age, so 57 and 60 look almost alike.
cv::Mat renderFace(const SynthPerson &person, MaskState mask, quint64 imageSeed)
{
    Rng look(person.appearanceSeed); // the same person in all seven photos
    Rng shot(imageSeed);             // what changes from photo to photo

    static const cv::Scalar skins[] = {{200, 215, 240}, {170, 195, 230}, {140, 175, 215},
                                       {110, 150, 200}, {80, 115, 165},  {185, 200, 225}};
    static const cv::Scalar hairBases[] = {{20, 20, 25}, {25, 35, 55}, {30, 50, 80}, {15, 25, 40}};
    const cv::Scalar skin = skins[look.range(0, 5)] + cv::Scalar::all(look.uniform(-12, 12));
    const cv::Scalar hairBase = hairBases[look.range(0, 3)];
    // Grey hair grows with age with a little personal spread (about a year): 57 and 60 differ
    // by about two spreads, 59 and 60 by less than one - hard, as in the real data.
    const double grey = std::clamp((person.trueAge - 20) / 40.0 + 0.03 * look.normal(), 0.0, 1.0);
    const cv::Scalar hair = lerp(hairBase, cv::Scalar(200, 200, 205), grey);
    const bool female = person.trueGender == Gender::Female;
    const bool longHair = female ? !look.chance(0.04) : look.chance(0.04);
    // Faces: men's a little wider with heavier brows, so gender shows even under atypical hair.
    const double faceW = female ? look.uniform(60, 70) : look.uniform(68, 78);
    const double faceH = faceW * look.uniform(1.22, 1.38);
    cv::Scalar shirt(look.range(20, 235), look.range(20, 235), look.range(20, 235));
    cv::Scalar bgTop(look.range(60, 250), look.range(60, 250), look.range(60, 250));
    cv::Scalar bgBottom(look.range(40, 220), look.range(40, 220), look.range(40, 220));
    if (person.sceneSeed != 0) { // photographed again elsewhere: the same face, another scene
        Rng scene(person.sceneSeed);
        shirt = cv::Scalar(scene.range(20, 235), scene.range(20, 235), scene.range(20, 235));
        bgTop = cv::Scalar(scene.range(60, 250), scene.range(60, 250), scene.range(60, 250));
        bgBottom = cv::Scalar(scene.range(40, 220), scene.range(40, 220), scene.range(40, 220));
    }
    const double wrinkleStrength = std::clamp((person.trueAge - 30) / 30.0, 0.0, 1.0);
    // What makes this face this person's and no one else's, as real faces have (eyes, brows,
    // parting, moles, glasses): a stream of its own, so the draws above stay as they were.
    Rng traits(person.appearanceSeed, kFaceTraits, 0);
    const double eyeSpacing = traits.uniform(0.33, 0.47), eyeLevel = traits.uniform(-0.14, -0.02);
    const cv::Size eyeSize(traits.range(11, 15), traits.range(5, 8));
    static const cv::Scalar irises[] = {{25, 35, 60},   {40, 70, 110},   {60, 110, 120},
                                        {150, 110, 60}, {130, 130, 110}, {35, 40, 45}};
    const cv::Scalar iris = irises[traits.range(0, 5)] + cv::Scalar::all(traits.uniform(-10, 10));
    const int irisRadius = traits.range(4, 6);
    const double browTilt = traits.uniform(-5, 5), browGap = traits.uniform(11, 18),
                 browHalf = traits.uniform(11, 17);
    const double parting = traits.uniform(-0.3, 0.3), partTilt = traits.uniform(-10, 10);
    const cv::Size ear(traits.range(10, 14), traits.range(17, 23));
    const double noseLength = traits.uniform(0.2, 0.31), noseWidth = traits.uniform(6, 12);
    const double mouthWidth = traits.uniform(0.24, 0.36);
    struct Mark
    {
        double x, y, radius;
    };
    std::vector<Mark> marks(std::size_t(traits.weighted({0.25, 0.35, 0.25, 0.15})));
    for (Mark &m : marks)
        m = {traits.uniform(-0.75, 0.75), traits.uniform(-0.4, -0.12), traits.uniform(1.5, 3.5)};
    const bool glasses = traits.chance(0.15);
    static const cv::Scalar frames[] = {{20, 20, 20}, {40, 70, 120}, {160, 160, 160}, {90, 40, 30}};
    const cv::Scalar frame = frames[traits.range(0, 3)];
    const bool roundFrames = traits.chance(0.5);

    cv::Mat img(kHeight, kWidth, CV_8UC3);
    for (int y = 0; y < kHeight; ++y)
        img.row(y).setTo(lerp(bgTop, bgBottom, double(y) / kHeight));
    for (int k = 0, clutter = shot.range(1, 4); k < clutter; ++k) {
        const cv::Point a(shot.range(0, kWidth), shot.range(0, kHeight));
        const cv::Point b = a + cv::Point(shot.range(-120, 120), shot.range(-120, 120));
        cv::rectangle(img, a, b,
                      cv::Scalar(shot.range(0, 255), shot.range(0, 255), shot.range(0, 255)),
                      cv::FILLED);
    }

    const cv::Point2d c(kWidth / 2.0 + look.uniform(-6, 6), 250 + look.uniform(-6, 6));
    auto P = [&](double dx, double dy) { return cv::Point(int(c.x + dx), int(c.y + dy)); };
    auto S = [](double w, double h) { return cv::Size(int(w), int(h)); };
    const auto aa = cv::LINE_AA;

    cv::ellipse(img, P(0, faceH + 175), S(175, 140), 0, 0, 360, shirt, cv::FILLED, aa);
    if (longHair)
        cv::ellipse(img, P(0, faceH * 0.35), S(faceW * 1.4, faceH * 1.45), 0, 0, 360, hair,
                    cv::FILLED, aa);
    cv::rectangle(img, P(-faceW * 0.42, faceH * 0.5), P(faceW * 0.42, faceH + 60), skin * 0.85,
                  cv::FILLED);
    for (int side : {-1, 1})
        cv::ellipse(img, P(side * faceW, 0), ear, 0, 0, 360, skin * 0.92, cv::FILLED, aa);
    cv::ellipse(img, P(0, 0), S(faceW, faceH), 0, 0, 360, skin, cv::FILLED, aa);
    // Hair cap over the top of the head; women's reaches further down the sides.
    cv::ellipse(img, P(parting * faceW * 0.25, -faceH * 0.42),
                S(faceW * 1.06, faceH * (longHair ? 0.72 : 0.62)), partTilt, 180, 360, hair,
                cv::FILLED, aa);
    if (longHair)
        for (int side : {-1, 1})
            cv::ellipse(img, P(side * faceW * 0.93, faceH * 0.05), S(faceW * 0.22, faceH * 0.75), 0,
                        0, 360, hair, cv::FILLED, aa);
    // Forehead lines: more and darker with age.
    for (int k = 0, lines = int(std::ceil(wrinkleStrength * 4)); k < lines; ++k) {
        const double y = -faceH * 0.36 + k * 7;
        cv::ellipse(img, P(0, y + 10), S(faceW * 0.45, 10), 0, 200, 340,
                    skin * (1.0 - 0.45 * wrinkleStrength), 2, aa); // darker with every year
    }
    for (const Mark &m : marks)
        cv::circle(img, P(m.x * faceW, m.y * faceH), int(std::lround(m.radius)), skin * 0.55,
                   cv::FILLED, aa);
    for (int side : {-1, 1}) {
        const cv::Point eye = P(side * faceW * eyeSpacing, faceH * eyeLevel);
        cv::ellipse(img, eye, eyeSize, 0, 0, 360, cv::Scalar(245, 245, 245), cv::FILLED, aa);
        cv::circle(img, eye, irisRadius, iris, cv::FILLED, aa);
        cv::circle(img, eye, 2, cv::Scalar(15, 15, 15), cv::FILLED, aa);
        // Brows: the thickness is the gender's, the shape the person's.
        const auto inner = eye + cv::Point(int(-side * browHalf), int(-browGap + browTilt));
        const auto outer = eye + cv::Point(int(side * browHalf), int(-browGap - 2));
        cv::line(img, inner, outer, hair * 0.8, female ? 2 : 5, aa);
        if (wrinkleStrength > 0.3) // crow's feet
            cv::line(img, eye + cv::Point(side * 17, 2), eye + cv::Point(side * 25, 6), skin * 0.7,
                     1, aa);
        if (glasses) {
            const cv::Size rim(eyeSize.width + 5, eyeSize.height + 4);
            if (roundFrames)
                cv::ellipse(img, eye, rim, 0, 0, 360, frame, 2, aa);
            else
                cv::rectangle(img, eye - cv::Point(rim.width, rim.height),
                              eye + cv::Point(rim.width, rim.height), frame, 2, aa);
            cv::line(img, eye + cv::Point(-side * rim.width, 0), P(0, faceH * eyeLevel - 2), frame,
                     2, aa); // the bridge
        }
    }
    const std::vector<cv::Point> nose = {P(0, -faceH * 0.02), P(-noseWidth, faceH * noseLength),
                                         P(noseWidth * 0.6, faceH * (noseLength + 0.03))};
    cv::polylines(img, nose, false, skin * 0.7, 2, aa);
    cv::ellipse(img, P(0, faceH * 0.5), S(faceW * mouthWidth, 7), 0, 0, 360,
                cv::Scalar(70, 70, 170), cv::FILLED, aa);

    if (mask != MaskState::NotWorn) {
        static const cv::Scalar maskColours[] = {{235, 235, 235}, {35, 35, 35},    {225, 190, 140},
                                                 {200, 170, 230}, {150, 150, 150}, {120, 160, 90}};
        const cv::Scalar mc = maskColours[shot.range(0, 5)];
        // Top edge: over the nose bridge when worn; under the nose or down on the chin when not.
        const double top = mask == MaskState::Wear
                               ? -faceH * 0.02
                               : (shot.chance(0.6) ? faceH * 0.33 : faceH * 0.6);
        const std::vector<cv::Point> poly = {
            P(-faceW * 0.95, top + 14),    P(0, top - 6),      P(faceW * 0.95, top + 14),
            P(faceW * 0.85, faceH * 0.75), P(0, faceH * 1.04), P(-faceW * 0.85, faceH * 0.75)};
        cv::fillConvexPoly(img, poly, mc, aa);
        for (int k = 1; k <= 2; ++k) {
            const double y = top + (faceH * 0.95 - top) * k / 3.0;
            cv::line(img, P(-faceW * 0.8, y), P(faceW * 0.8, y), mc * 0.8, 2, aa);
        }
        for (int side : {-1, 1})
            cv::line(img, P(side * faceW * 0.95, top + 14), P(side * faceW, 0), mc * 0.9, 3, aa);
    }

    // Pose, scale and lighting change from photo to photo.
    const double angle = shot.uniform(-9, 9);
    const double scale = shot.uniform(0.88, 1.12);
    cv::Mat warp = cv::getRotationMatrix2D(cv::Point2f(float(c.x), float(c.y)), angle, scale);
    warp.at<double>(0, 2) += shot.uniform(-18, 18);
    warp.at<double>(1, 2) += shot.uniform(-18, 18);
    cv::Mat posed;
    cv::warpAffine(img, posed, warp, img.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    const double gain = shot.uniform(0.75, 1.2);
    const cv::Scalar cast(gain * shot.uniform(0.92, 1.08), gain * shot.uniform(0.92, 1.08),
                          gain * shot.uniform(0.92, 1.08));
    cv::multiply(posed, cast, posed);
    return posed;
}

bool writeImage(const QString &path, const cv::Mat &img, const QString &ext, int quality)
{
    std::vector<int> params;
    if (ext == u"png")
        params = {cv::IMWRITE_PNG_COMPRESSION, 1};
    else
        params = {cv::IMWRITE_JPEG_QUALITY, quality};
    std::vector<uchar> bytes;
    if (!cv::imencode(ext == u"png" ? ".png" : ".jpg", img, bytes, params))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(reinterpret_cast<const char *>(bytes.data()),
                                                   qint64(bytes.size())) == qint64(bytes.size());
}

Status writeText(const QString &path, const QString &text)
{
    return writeFileAtomically(path, text.toUtf8());
}

} // namespace

Result<SynthReport> writeSynthetic(const QString &outDir, const SynthOptions &options,
                                   const Progress &progress)
{
    QDir out(outDir);
    if (out.exists() && !out.isEmpty()) {
        if (!options.overwrite)
            return Error{outDir, 0,
                         Tr::tr("output folder is not empty; choose a new folder or overwrite")};
        for (const char *sub : {"train", "eval"})
            QDir(out.filePath(QString::fromLatin1(sub))).removeRecursively();
    }
    const SynthPlan plan = planSynthetic(options);
    const QString trainImages = out.filePath(QStringLiteral("train/images"));
    const QString evalImages = out.filePath(QStringLiteral("eval/images"));
    if (!QDir().mkpath(trainImages) || (!plan.eval.empty() && !QDir().mkpath(evalImages)))
        return Error{outDir, 0, Tr::tr("cannot create folders here")};
    for (const SynthPerson &p : plan.train) {
        if (!QDir().mkpath(trainImages + u'/' + p.folder))
            return Error{trainImages + u'/' + p.folder, 0, Tr::tr("cannot create folder")};
    }

    const qint64 trainImageCount = qint64(plan.train.size()) * kImagesPerPerson;
    std::map<qint64, ImageCopy> copyOf; // train image index -> the photo it copies
    for (const ImageCopy &c : plan.copies)
        copyOf[qint64(c.targetPerson) * kImagesPerPerson + c.stem] = c;
    const qint64 total = trainImageCount + qint64(plan.eval.size()) * kImagesPerPerson;
    std::atomic<int> failures{0};
    QString firstFailure;
    std::mutex failureMutex;
    const bool finished = parallelFor(
        total,
        [&](qint64 i) {
            const bool isEval = i >= trainImageCount;
            const qint64 j = isEval ? i - trainImageCount : i;
            const int personIndex = int(j / kImagesPerPerson);
            const int stem = int(j % kImagesPerPerson);
            const SynthPerson &p = isEval ? plan.eval[personIndex] : plan.train[personIndex];
            MaskState drawn = maskStateOfStem(stem);
            if (p.maskSwapped && drawn != MaskState::Wear)
                drawn = drawn == MaskState::Incorrect ? MaskState::NotWorn : MaskState::Incorrect;
            Rng seedRng(options.seed, kImage, quint64(i));
            cv::Mat img;
            if (const auto copy = copyOf.find(j); !isEval && copy != copyOf.end()) {
                // Another person's photo, copied with small changes: re-saved, a little
                // brighter or darker, moved by a few pixels, scaled by a percent or two.
                const ImageCopy &c = copy->second;
                const SynthPerson &from = plan.train[c.sourcePerson];
                Rng sourceSeed(options.seed, kImage,
                               quint64(c.sourcePerson) * kImagesPerPerson + quint64(c.sourceStem));
                const cv::Mat original =
                    renderFace(from, maskStateOfStem(c.sourceStem), sourceSeed.next());
                Rng change(options.seed, kCopyChange, quint64(j));
                cv::Mat warp = cv::getRotationMatrix2D(cv::Point2f(kWidth / 2.0f, kHeight / 2.0f),
                                                       0, change.uniform(0.98, 1.02));
                warp.at<double>(0, 2) += change.range(-3, 3);
                warp.at<double>(1, 2) += change.range(-3, 3);
                cv::warpAffine(original, img, warp, original.size(), cv::INTER_LINEAR,
                               cv::BORDER_REPLICATE);
                img.convertTo(img, -1, change.uniform(0.92, 1.08), change.uniform(-6, 6));
            } else {
                img = renderFace(p, drawn, seedRng.next());
            }
            const int quality = 88 + int(seedRng.next() % 8);
            const QString path =
                isEval ? evalImages + u'/' + evalImageId(options.seed, personIndex, stem)
                       : trainImages + u'/' + p.folder + u'/' + imageStems()[stem] + u'.' +
                             p.extensions[stem];
            if (!writeImage(path, img, isEval ? QStringLiteral("jpg") : p.extensions[stem],
                            quality)) {
                std::lock_guard lock(failureMutex);
                if (failures++ == 0)
                    firstFailure = path;
            }
        },
        progress, options.threads);
    if (!finished)
        return Error{outDir, 0, Tr::tr("generation cancelled; the folder is incomplete")};
    if (failures > 0)
        return Error{firstFailure, 0,
                     Tr::tr("could not write %1 image(s), the first being this one").arg(failures)};

    QString csv = QStringLiteral("id,gender,race,age,path\n");
    for (const SynthPerson &p : plan.train)
        csv += QStringLiteral("%1,%2,Asian,%3,%4\n")
                   .arg(p.id, genderName(p.givenGender))
                   .arg(p.givenAge)
                   .arg(p.folder);
    if (auto st = writeText(out.filePath(QStringLiteral("train/train.csv")), csv); !st)
        return st.error();

    QString truth = QStringLiteral("path,kind,given,true\n");
    for (const NoiseTruthRow &r : plan.noise)
        truth +=
            QStringLiteral("%1,%2,%3,%4\n").arg(r.path, noiseKindName(r.kind), r.given, r.truth);
    if (auto st = writeText(out.filePath(QStringLiteral("train/noise_truth.csv")), truth); !st)
        return st.error();

    if (!plan.duplicates.empty()) {
        QString rows = QStringLiteral("path,duplicate_of,kind\n");
        for (const DuplicateTruthRow &r : plan.duplicates)
            rows += csvField(r.path) + u',' + csvField(r.duplicateOf) + u',' +
                    duplicateKindName(r.kind) + u'\n';
        if (auto st = writeText(out.filePath(QStringLiteral("train/duplicates_truth.csv")), rows);
            !st)
            return st.error();
    }

    if (!plan.junkFile.isEmpty()) {
        // An AppleDouble header, as macOS leaves beside every copied file.
        const QByteArray appleDouble =
            QByteArray::fromHex("0005160700020000") + QByteArray(74, '\0');
        QFile junk(trainImages + u'/' + plan.junkFile);
        if (junk.open(QIODevice::WriteOnly))
            junk.write(appleDouble);
    }

    if (!plan.eval.empty()) {
        std::vector<std::pair<QString, int>> rows;
        for (int e = 0; e < int(plan.eval.size()); ++e) {
            const SynthPerson &p = plan.eval[e];
            for (int s = 0; s < kImagesPerPerson; ++s)
                rows.emplace_back(
                    evalImageId(options.seed, e, s),
                    classIndex(maskStateOfStem(s), p.trueGender, AgeBands{}.bandOf(p.trueAge)));
        }
        std::sort(rows.begin(), rows.end());
        QString info = QStringLiteral("ImageID,ans\n");
        QString answers = QStringLiteral("ImageID,ans\n");
        for (const auto &[id, ans] : rows) {
            info += id + QStringLiteral(",0\n");
            answers += id + u',' + QString::number(ans) + u'\n';
        }
        if (auto st = writeText(out.filePath(QStringLiteral("eval/info.csv")), info); !st)
            return st.error();
        if (auto st = writeText(out.filePath(QStringLiteral("eval/truth.csv")), answers); !st)
            return st.error();
    }

    SynthReport report;
    report.people = int(plan.train.size());
    report.images = int(trainImageCount);
    report.evalPeople = int(plan.eval.size());
    report.evalImages = int(plan.eval.size()) * kImagesPerPerson;
    report.noiseRows = int(plan.noise.size());
    report.duplicateRows = int(plan.duplicates.size());
    for (const SynthPerson &p : plan.train)
        report.noisyPeople +=
            (p.givenGender != p.trueGender || p.givenAge != p.trueAge || p.maskSwapped) ? 1 : 0;
    return report;
}

Result<int> applyNoiseTruth(Dataset *dataset, const QString &file)
{
    auto csv = readCsv(file);
    if (!csv)
        return csv.error();
    const int pathCol = csv->column(u"path"), kindCol = csv->column(u"kind"),
              trueCol = csv->column(u"true");
    if (pathCol < 0 || kindCol < 0 || trueCol < 0)
        return Error{file, 1, Tr::tr("expected the header path,kind,given,true")};
    int changed = 0;
    for (const CsvRow &row : csv->rows) {
        auto bad = [&](const QString &why) { return Error{file, row.line, why}; };
        const QString path = row.fields.value(pathCol).trimmed();
        const QString kind = row.fields.value(kindCol).trimmed();
        const QString value = row.fields.value(trueCol).trimmed();
        if (kind == noiseKindName(NoiseKind::MaskSwap)) {
            const int s = dataset->findSample(path);
            const auto mask = parseMaskState(value);
            if (s < 0)
                return bad(Tr::tr("no image %1 in the dataset").arg(path));
            if (!mask)
                return bad(Tr::tr("'%1' is not a mask state").arg(value));
            Sample &sample = dataset->samples[std::size_t(s)];
            changed += sample.mask() != *mask ? 1 : 0;
            sample.maskLabel = int(*mask);
            continue;
        }
        const int p = dataset->findPerson(path);
        if (p < 0)
            return bad(Tr::tr("no person folder %1 in the dataset").arg(path));
        Person &person = dataset->people[std::size_t(p)];
        if (kind == noiseKindName(NoiseKind::GenderFlip)) {
            const auto gender = parseGender(value);
            if (!gender)
                return bad(Tr::tr("'%1' is not a gender").arg(value));
            changed += person.gender != *gender ? 1 : 0;
            person.gender = *gender;
        } else if (kind == noiseKindName(NoiseKind::AgeShift)) {
            bool ok = false;
            const int age = value.toInt(&ok);
            if (!ok || age < 0 || age > 150)
                return bad(Tr::tr("'%1' is not an age").arg(value));
            changed += person.age != age ? 1 : 0;
            person.age = age;
        } else {
            return bad(Tr::tr("unknown kind '%1' (gender_flip, mask_swap, age_shift)").arg(kind));
        }
    }
    return changed;
}

} // namespace masklens::analysis
