// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablefile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace masklens::model {

namespace {

std::string reason(const std::string &path, int error)
{
    return path + ": " + std::strerror(error);
}

bool writeAll(int fd, const std::string &bytes)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            return false;
        }
        written += std::size_t(n);
    }
    return true;
}

std::string refuseLink(const std::string &path)
{
    struct stat st;
    if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
        return path + ": is a symbolic link; the trainer does not write through links";
    if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return path + ": is not a regular file";
    return {};
}

void syncFolderOf(const std::string &path)
{
    const std::string dir = std::filesystem::path(path).parent_path().string();
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Status writeFileDurably(const std::string &path, const std::string &bytes)
{
    if (std::string why = refuseLink(path); !why.empty())
        return failure(why);
    const std::string temp = path + ".partial";
    ::unlink(temp.c_str()); // a leftover of a killed run (or a link planted there)
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return failure(reason(temp, errno));
    bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        return failure(reason(path, error));
    }
    syncFolderOf(path);
    return success();
}

Status appendToFile(const std::string &path, const std::string &bytes)
{
    const int fd =
        ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return failure(errno == ELOOP ? refuseLink(path) : reason(path, errno));
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return failure(path + ": is not a regular file");
    }
    const bool ok = writeAll(fd, bytes);
    const int error = errno;
    if (!ok && ::ftruncate(fd, st.st_size) != 0) {
        // nothing more to do: the error below says what happened
    }
    ::close(fd);
    if (!ok)
        return failure(reason(path, error));
    return success();
}

Status commitFile(const std::string &from, const std::string &to)
{
    if (std::string why = refuseLink(to); !why.empty()) {
        ::unlink(from.c_str());
        return failure(why);
    }
    const int fd = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return failure(reason(from, errno));
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced) {
        ::unlink(from.c_str());
        return failure(reason(to, error));
    }
    if (::rename(from.c_str(), to.c_str()) != 0) {
        const int renameError = errno;
        ::unlink(from.c_str());
        return failure(reason(to, renameError));
    }
    syncFolderOf(to);
    return success();
}

} // namespace masklens::model
