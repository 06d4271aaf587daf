// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainset.h"
#include "durablefile.h"

#include <fstream>
#include <map>
#include <sstream>

namespace masklens::model {

namespace {

/// A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break (a
/// person folder may be named "Kim, Ji-woo_female_Asian_61").
std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

/// Splits one record written by csvField; false on an unclosed quote.
bool splitRecord(const std::string &line, std::vector<std::string> *fields)
{
    fields->assign(1, std::string());
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields->back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields->back() += c;
            }
        } else if (c == '"' && fields->back().empty()) {
            quoted = true;
        } else if (c == ',') {
            fields->emplace_back();
        } else {
            fields->back() += c;
        }
    }
    return !quoted;
}

} // namespace

Expected<std::vector<TrainSample>> readTrainSamples(const std::string &file)
{
    std::vector<TrainSample> samples;
    std::ifstream in(file);
    if (!in)
        return failure(file + ": cannot open");
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lineNo == 1) {
            if (line != "index,path,person,label,age")
                return failure(file + ":1: expected the header index,path,person,label,age");
            continue;
        }
        if (line.empty())
            continue;
        std::vector<std::string> f;
        TrainSample s;
        try {
            if (!splitRecord(line, &f) || f.size() != 5)
                throw std::invalid_argument("fields");
            s.index = std::stoi(f[0]);
            s.path = f[1];
            s.person = f[2];
            s.label = std::stoi(f[3]);
            s.age = std::stoi(f[4]);
        } catch (const std::exception &) {
            return failure(file + ":" + std::to_string(lineNo) +
                           ": expected index,path,person,label,age");
        }
        if (s.label < 0 || s.label >= 18 || s.index < 0)
            return failure(file + ":" + std::to_string(lineNo) +
                           ": label must be 0..17, index >= 0");
        samples.push_back(std::move(s));
    }
    if (samples.empty())
        return failure(file + ": no samples");
    return samples;
}

Status writeTrainSamples(const std::string &file, const std::vector<TrainSample> &samples)
{
    std::ostringstream out;
    out << "index,path,person,label,age\n";
    for (const TrainSample &s : samples)
        out << s.index << ',' << csvField(s.path) << ',' << csvField(s.person) << ',' << s.label
            << ',' << s.age << '\n';
    if (const Status st = writeFileDurably(file, out.str()); !st)
        return failure("cannot write " + st.error());
    return success();
}

std::vector<int> personFolds(const std::vector<TrainSample> &samples, int k, std::uint64_t seed)
{
    // Each person's group: the gender and age band of their labels.
    std::map<std::string, int> groupOf;
    for (const TrainSample &s : samples)
        groupOf.emplace(s.person, s.label % 6);
    std::vector<std::vector<std::string>> groups(6);
    for (const auto &[person, g] : groupOf)
        groups[g].push_back(person);
    SplitMix rng(seed);
    std::map<std::string, int> foldOf;
    int next = 0;
    for (auto &people : groups) {
        rng.shuffle(people);
        for (const std::string &p : people)
            foldOf[p] = next++ % k; // continuing the count keeps fold sizes even across groups
    }
    std::vector<int> folds;
    folds.reserve(samples.size());
    for (const TrainSample &s : samples)
        folds.push_back(foldOf[s.person]);
    return folds;
}

} // namespace masklens::model
