// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <memory>
#include <mutex>

// Its warnings reach stderr like any; its info lines are for the file only (start() enables them).
Q_LOGGING_CATEGORY(lcSession, "masklens.session", QtWarningMsg)

namespace masklens::gui {

namespace {

std::mutex g_mutex;
QFile *g_file = nullptr; // guarded by g_mutex; lives until exit
QtMessageHandler g_previous = nullptr;

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// The rules as configured, then the session's info lines switched on (they go to the file).
void categoryFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "masklens.session") == 0)
        category->setEnabled(QtInfoMsg, true);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        std::lock_guard lock(g_mutex);
        if (g_file) {
            QByteArray line = QDateTime::currentDateTime()
                                  .toString(Qt::ISODateWithMs)
                                  .toUtf8();
            line += ' ';
            line += levelName(type);
            line += ' ';
            line += context.category ? context.category : "default";
            line += ": ";
            line += message.toUtf8();
            if (context.file && type != QtInfoMsg)
                line += " (" + QByteArray(context.file) + ':' + QByteArray::number(context.line) +
                        ')';
            line += '\n';
            g_file->write(line);
            g_file->flush(); // a crash right after must not lose the line that explains it
        }
    }
    const bool fileOnly = type == QtInfoMsg && context.category &&
                          qstrcmp(context.category, lcSession().categoryName()) == 0;
    if (g_previous && !fileOnly)
        g_previous(type, context, message);
}

} // namespace

QString SessionLog::folder()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state)) // the XDG rule: relative paths are ignored
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/masklens/log");
}

bool SessionLog::start(QString *error)
{
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("SessionLog", "Cannot create %1").arg(dir);
        return false;
    }
    // The oldest logs beyond the limit go first.
    QDir logs(dir, QStringLiteral("session-*.log"), QDir::Name, QDir::Files);
    QStringList names = logs.entryList();
    while (names.size() >= kMaxLogs)
        logs.remove(names.takeFirst());

    const QString name =
        QStringLiteral("session-%1-%2.log")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(QCoreApplication::applicationPid());
    auto file = std::make_unique<QFile>(logs.filePath(name));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = QCoreApplication::translate("SessionLog", "Cannot write %1: %2")
                         .arg(file->fileName(), file->errorString());
        return false;
    }
    {
        std::lock_guard lock(g_mutex);
        delete g_file;
        g_file = file.release();
    }
    const QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler) // a second start() keeps the first's predecessor
        g_previous = previous;
    g_previousFilter = QLoggingCategory::installFilter(categoryFilter);
    qCInfo(lcSession, "MaskLens %s started (Qt %s, pid %lld)",
           qPrintable(QCoreApplication::applicationVersion()), qVersion(),
           QCoreApplication::applicationPid());
    return true;
}

QString SessionLog::file()
{
    std::lock_guard lock(g_mutex);
    return g_file ? g_file->fileName() : QString();
}

} // namespace masklens::gui
