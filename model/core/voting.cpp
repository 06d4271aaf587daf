// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting.h"

#include <algorithm>

namespace masklens::model {

double Scores::oldAgeF1() const
{
    double sum = 0;
    for (int c : kOldAgeClasses)
        sum += perClassF1[std::size_t(c)];
    return sum / double(kOldAgeClasses.size());
}

Scores score(const std::vector<int> &truth, const std::vector<int> &predicted)
{
    std::vector<int> tp(kClasses, 0), fp(kClasses, 0), fn(kClasses, 0);
    int right = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] == predicted[i]) {
            ++tp[truth[i]];
            ++right;
        } else {
            ++fp[predicted[i]];
            ++fn[truth[i]];
        }
    }
    Scores s;
    for (int c = 0; c < kClasses; ++c) {
        const double p = tp[c] + fp[c] > 0 ? double(tp[c]) / (tp[c] + fp[c]) : 0.0;
        const double r = tp[c] + fn[c] > 0 ? double(tp[c]) / (tp[c] + fn[c]) : 0.0;
        s.perClassF1[c] = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        s.macroF1 += s.perClassF1[c] / kClasses;
    }
    s.accuracy = truth.empty() ? 0.0 : double(right) / double(truth.size());
    return s;
}

std::vector<int> argmaxRows(const std::vector<float> &probabilities)
{
    std::vector<int> out(probabilities.size() / kClasses);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const float *row = probabilities.data() + i * kClasses;
        out[i] = int(std::max_element(row, row + kClasses) - row);
    }
    return out;
}

std::vector<int> hardVote(const std::vector<std::vector<float>> &probabilities, std::size_t n)
{
    std::vector<int> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<int> votes(kClasses, 0);
        std::vector<double> mean(kClasses, 0.0);
        for (const auto &p : probabilities) {
            const float *row = p.data() + i * kClasses;
            ++votes[std::max_element(row, row + kClasses) - row];
            for (int c = 0; c < kClasses; ++c)
                mean[c] += row[c];
        }
        int best = 0;
        for (int c = 1; c < kClasses; ++c)
            if (votes[c] > votes[best] || (votes[c] == votes[best] && mean[c] > mean[best]))
                best = c;
        out[i] = best;
    }
    return out;
}

std::vector<float> softVote(const std::vector<std::vector<float>> &probabilities)
{
    std::vector<float> out(probabilities.front().size(), 0.0f);
    for (const auto &p : probabilities)
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] += p[i] / float(probabilities.size());
    return out;
}

} // namespace masklens::model
