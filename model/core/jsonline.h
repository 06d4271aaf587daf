// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small JSON writing and reading for the training core's own flat objects (the JSON-lines
// events, config.json): the core builds with the C++ standard library and LibTorch only.
// Reentrant.

#include <cmath>
#include <cstdint>
#include <iomanip>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace masklens::model::jsonline {

inline std::string quote(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

inline std::string number(double v)
{
    if (!std::isfinite(v))
        return "null";
    std::ostringstream s;
    s << std::setprecision(10) << v;
    return s.str();
}

class JsonObject
{
public:
    JsonObject &add(const std::string &key, const std::string &value)
    {
        return raw(key, quote(value));
    }
    JsonObject &add(const std::string &key, const char *value) { return raw(key, quote(value)); }
    JsonObject &add(const std::string &key, double value) { return raw(key, number(value)); }
    JsonObject &add(const std::string &key, int value) { return raw(key, std::to_string(value)); }
    JsonObject &add(const std::string &key, std::int64_t value)
    {
        return raw(key, std::to_string(value));
    }
    JsonObject &add(const std::string &key, bool value)
    {
        return raw(key, value ? "true" : "false");
    }
    JsonObject &add(const std::string &key, const std::vector<double> &values)
    {
        std::string a = "[";
        for (std::size_t i = 0; i < values.size(); ++i)
            a += (i ? "," : "") + number(values[i]);
        return raw(key, a + "]");
    }
    JsonObject &raw(const std::string &key, const std::string &json)
    {
        m_text += (m_text.empty() ? "{" : ",") + quote(key) + ":" + json;
        return *this;
    }
    std::string str() const { return m_text.empty() ? "{}" : m_text + "}"; }

private:
    std::string m_text;
};

/// The value text of "key": in a flat JSON object (numbers, strings, booleans, arrays).
inline std::optional<std::string> jsonValue(const std::string &json, const std::string &key)
{
    const std::string needle = quote(key) + ":";
    const auto at = json.find(needle);
    if (at == std::string::npos)
        return std::nullopt;
    std::size_t i = at + needle.size();
    if (i >= json.size())
        return std::nullopt;
    if (json[i] == '"') {
        std::string out;
        for (++i; i < json.size() && json[i] != '"'; ++i) {
            if (json[i] == '\\' && i + 1 < json.size())
                ++i;
            out += json[i];
        }
        return out;
    }
    std::size_t end = json[i] == '[' ? json.find(']', i) : json.find_first_of(",}", i);
    if (end == std::string::npos)
        return std::nullopt; // an unterminated value: not our file
    if (json[i] == '[')
        ++end;
    return json.substr(i, end - i);
}

inline std::vector<std::string> split(const std::string &text, char sep)
{
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string part;
    while (std::getline(ss, part, sep))
        out.push_back(part);
    return out;
}

} // namespace masklens::model::jsonline
