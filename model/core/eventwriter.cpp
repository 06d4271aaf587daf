// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventwriter.h"

#include "durablefile.h"
#include "trainingprotocol.h"

#include <iostream>

namespace masklens::model {

void EventWriter::say(const std::string &line) const
{
    if (speaks())
        m_sink(line);
}

Status EventWriter::record(const std::string &line) const
{
    if (!speaks())
        return success();
    if (const Status st = appendToFile(m_recordFile, line + '\n'); !st)
        return failure("cannot write " + st.error());
    say(line);
    return success();
}

int EventWriter::fail(const std::string &message) const
{
    if (speaks())
        say(protocol::ErrorEvent{message}.json());
    else
        std::cerr << "masklens-train rank " << m_rank << ": " << message << std::endl;
    return 2;
}

} // namespace masklens::model
