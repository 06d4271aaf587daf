// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressline.h"

#include <cstdio>
#include <unistd.h>

namespace masklens::cli {

ProgressLine::ProgressLine(QString label) : m_label(std::move(label)), m_tty(isatty(2))
{
    m_clock.start();
}

bool ProgressLine::operator()(qint64 done, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    const qint64 interval = m_tty ? 200 : 5000;
    if (done < total && m_lastPrintMs >= 0 && now - m_lastPrintMs < interval)
        return true;
    if (done >= total && m_finalPrinted)
        return true;
    m_finalPrinted = done >= total;
    m_lastPrintMs = now;
    const double pct = total > 0 ? 100.0 * double(done) / double(total) : 100.0;
    QString eta;
    if (done > 0 && done < total) {
        const double seconds = now / 1000.0 * double(total - done) / double(done);
        eta = QStringLiteral(", %1 s left").arg(seconds, 0, 'f', 0);
    }
    const QByteArray text = QStringLiteral("%1: %2/%3 (%4%)%5")
                                .arg(m_label)
                                .arg(done)
                                .arg(total)
                                .arg(pct, 0, 'f', 0)
                                .arg(eta)
                                .toUtf8();
    std::fprintf(stderr, m_tty ? "\r%s\033[K" : "%s\n", text.constData());
    std::fflush(stderr);
    m_printed = true;
    return true;
}

void ProgressLine::finish()
{
    if (m_tty && m_printed)
        std::fputc('\n', stderr);
    m_printed = false;
}

} // namespace masklens::cli
