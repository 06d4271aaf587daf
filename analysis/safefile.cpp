// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace masklens::analysis {

namespace {

/// lupdate files every Tr::tr() text under "SafeFile", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Writes all of `bytes` to `fd`, retrying short writes; false with errno set on failure.
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, std::size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            return false;
        }
        written += n;
    }
    return true;
}

QString notRegularMessage(const struct stat &st)
{
    if (S_ISLNK(st.st_mode))
        return Tr::tr("is a symbolic link; MaskLens does not follow links for the files it keeps "
                      "(remove the link)");
    if (S_ISDIR(st.st_mode))
        return Tr::tr("is a folder, not a file");
    return Tr::tr("is not a regular file (a device, pipe or socket)");
}

} // namespace

bool isSymbolicLink(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, LinkPolicy links)
{
    QString target = path;
    struct stat st;
    const QByteArray encoded = QFile::encodeName(path);
    bool exists = ::lstat(encoded.constData(), &st) == 0;
    if (exists && S_ISLNK(st.st_mode)) {
        if (links == LinkPolicy::Refuse)
            return Error{path, 0, notRegularMessage(st)};
        // A link the user named: replace the file it points at, as editors do.
        QFileInfo info(path);
        for (int depth = 0; depth < 40 && info.isSymLink(); ++depth)
            info.setFile(info.symLinkTarget());
        target = info.filePath();
        exists = ::lstat(QFile::encodeName(target).constData(), &st) == 0;
    }
    if (exists && S_ISDIR(st.st_mode))
        return Error{path, 0, notRegularMessage(st)};
    if (exists && !S_ISREG(st.st_mode)) {
        if (links == LinkPolicy::Refuse)
            return Error{path, 0, notRegularMessage(st)};
        // A device or pipe the user named (/dev/stdout): no rename possible, write straight.
        const int fd = ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return Error{path, 0, Tr::tr("cannot write: %1").arg(systemError(errno))};
        const bool ok = writeAll(fd, bytes);
        const int error = errno;
        ::close(fd);
        if (!ok)
            return Error{path, 0, Tr::tr("cannot write: %1").arg(systemError(error))};
        return Done{};
    }

    const QFileInfo info(target);
    QByteArray temp = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") +
                                        info.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return Error{path, 0, Tr::tr("cannot write: %1").arg(systemError(errno))};
    // Keep the mode of the file being replaced; a new one gets the usual 0666 & ~umask.
    mode_t mode = 0;
    if (exists) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    (void)::fchmod(fd, mode); // best effort: the data matters, not the mode
    bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temp.constData(), QFile::encodeName(target).constData()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temp.constData());
        return Error{path, 0, Tr::tr("cannot write: %1").arg(systemError(error))};
    }
    // Make the rename itself durable.
    const int dirFd = ::open(QFile::encodeName(info.absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return Done{};
}

Status appendDurably(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        const int error = errno;
        struct stat st;
        if (error == ELOOP && ::lstat(QFile::encodeName(path).constData(), &st) == 0)
            return Error{path, 0, notRegularMessage(st)};
        return Error{path, 0, Tr::tr("cannot open for writing: %1").arg(systemError(error))};
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{path, 0, notRegularMessage(st)};
    }
    const off_t before = st.st_size;
    bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int error = errno;
    if (!ok && ::ftruncate(fd, before) == 0) // no half entry stays behind
        ::fsync(fd);
    ::close(fd);
    if (!ok)
        return Error{path, 0, Tr::tr("cannot write: %1").arg(systemError(error))};
    return Done{};
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, LinkPolicy links)
{
    // O_NONBLOCK: opening a FIFO must not hang; it is refused right after by fstat.
    const int flags =
        O_RDONLY | O_CLOEXEC | O_NONBLOCK | (links == LinkPolicy::Refuse ? O_NOFOLLOW : 0);
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0) {
        const int error = errno;
        struct stat st;
        if (error == ELOOP && ::lstat(QFile::encodeName(path).constData(), &st) == 0)
            return Error{path, 0, notRegularMessage(st)};
        return Error{path, 0, Tr::tr("cannot open: %1").arg(systemError(error))};
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{path, 0, notRegularMessage(st)};
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return Error{path, 0,
                     Tr::tr("is too large (%1 MB; at most %2 MB are read)")
                         .arg(st.st_size >> 20)
                         .arg(maxBytes >> 20)};
    }
    QByteArray bytes;
    bytes.resize(qsizetype(st.st_size));
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, std::size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return Error{path, 0, Tr::tr("cannot read: %1").arg(systemError(error))};
        }
        if (n == 0)
            break; // the file shrank while we read it
        got += n;
    }
    bytes.resize(got);
    ::close(fd);
    return bytes;
}

} // namespace masklens::analysis
