// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include "csv.h"
#include "imageheader.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <opencv2/imgcodecs.hpp>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <dirent.h>
#include <sys/stat.h>

namespace masklens::analysis {

namespace {

/// lupdate files every Tr::tr() text under "Dataset", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dataset)
};

bool isImageExtension(QStringView ext)
{
    return ext.compare(u"jpg", Qt::CaseInsensitive) == 0 ||
           ext.compare(u"jpeg", Qt::CaseInsensitive) == 0 ||
           ext.compare(u"png", Qt::CaseInsensitive) == 0;
}

/// Names of the entries of a folder, without stat-ing each one: readdir's d_type answers
/// is-directory. Indexing 18,900 files must stay well under a second; std::filesystem's
/// iterator builds and parses a path object per entry and costs ~10x more.
struct Listing
{
    QStringList files;
    QStringList dirs;
    QStringList special; ///< FIFOs, devices, sockets, dangling links: never opened
    bool ok = false;
    int error = 0; ///< errno of opendir when !ok
};

Listing listFolder(const QString &dir)
{
    Listing listing;
    const QByteArray encoded = QFile::encodeName(dir);
    DIR *handle = ::opendir(encoded.constData());
    if (!handle) {
        listing.error = errno;
        return listing;
    }
    listing.ok = true;
    while (const dirent *entry = ::readdir(handle)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        bool isDir = entry->d_type == DT_DIR;
        bool isFile = entry->d_type == DT_REG;
        if (entry->d_type == DT_UNKNOWN || entry->d_type == DT_LNK) {
            struct stat st;
            const bool ok = ::stat((encoded + '/' + name).constData(), &st) == 0;
            isDir = ok && S_ISDIR(st.st_mode);
            isFile = ok && S_ISREG(st.st_mode);
        }
        // A FIFO named mask1.jpg would block the first reader for ever: only regular files
        // are images.
        (isDir    ? listing.dirs
         : isFile ? listing.files
                  : listing.special)
            .append(QFile::decodeName(name));
    }
    ::closedir(handle);
    return listing;
}

/// Hidden files and macOS resource forks ("._mask1.jpg") are never data.
bool isJunkName(const QString &name)
{
    return name.startsWith(u'.');
}

void loadPeople(Dataset &ds, const CsvTable &csv)
{
    const int idCol = csv.column(u"id");
    const int genderCol = csv.column(u"gender");
    const int raceCol = csv.column(u"race");
    const int ageCol = csv.column(u"age");
    const int pathCol = csv.column(u"path");

    QHash<QString, int> lineOfFolder;
    for (const CsvRow &row : csv.rows) {
        auto problem = [&](ProblemKind kind, const QString &message) {
            ds.problems.push_back({csv.file, row.line, message, kind});
        };
        const QString folder = row.fields[pathCol].trimmed();
        if (folder.isEmpty()) {
            problem(ProblemKind::EmptyPath, Tr::tr("empty path; row skipped"));
            continue;
        }
        if (folder.contains(u'/') || folder.contains(u'\\') || folder == u"." || folder == u"..") {
            problem(ProblemKind::BadFolderName,
                    Tr::tr("path '%1' is not a folder name; row skipped").arg(folder));
            continue;
        }
        if (const auto it = lineOfFolder.constFind(folder); it != lineOfFolder.constEnd()) {
            problem(
                ProblemKind::DuplicateRow,
                Tr::tr("path '%1' already listed on line %2; row skipped").arg(folder).arg(*it));
            continue;
        }
        const auto gender = parseGender(row.fields[genderCol]);
        if (!gender) {
            problem(ProblemKind::UnknownGender,
                    Tr::tr("unknown gender '%1' (expected male or female); row skipped")
                        .arg(row.fields[genderCol]));
            continue;
        }
        bool ageOk = false;
        const int age = row.fields[ageCol].trimmed().toInt(&ageOk);
        if (!ageOk || age < kMinAge || age > kMaxAge) {
            problem(ProblemKind::BadAge,
                    Tr::tr("bad age '%1' (expected a whole number of years, %2..%3); row skipped")
                        .arg(row.fields[ageCol])
                        .arg(kMinAge)
                        .arg(kMaxAge));
            continue;
        }
        Person p;
        p.id = idCol >= 0 ? row.fields[idCol].trimmed() : folder.section(u'_', 0, 0);
        p.folder = folder;
        p.gender = *gender;
        p.race = raceCol >= 0 ? row.fields[raceCol].trimmed() : QString();
        p.age = age;
        p.csvLine = row.line;
        lineOfFolder.insert(folder, row.line);
        ds.people.push_back(std::move(p));
    }
}

/// Assigns each person's files to the seven stems. Extensions are matched by stem only:
/// real copies mix .jpg, .jpeg and .png, even inside one folder.
bool indexImages(Dataset &ds, const Progress &progress)
{
    const QString imagesDir = ds.trainImagesDir();
    const Listing top = listFolder(imagesDir);
    if (!top.ok) {
        ds.problems.push_back({imagesDir, 0, Tr::tr("image folder not found or unreadable"),
                               ProblemKind::MissingFolder});
        return true;
    }
    QSet<QString> onDisk(top.dirs.cbegin(), top.dirs.cend());

    const qint64 total = qint64(ds.people.size());
    for (qint64 pi = 0; pi < total; ++pi) {
        if (progress && pi % 256 == 0 && !progress(pi, total))
            return false;
        Person &person = ds.people[pi];
        const QString dir = imagesDir + u'/' + person.folder;
        if (!onDisk.remove(person.folder)) {
            ds.problems.push_back({ds.trainCsvPath(), person.csvLine,
                                   Tr::tr("folder %1 not found; person has no images").arg(dir),
                                   ProblemKind::MissingFolder});
            continue;
        }
        const Listing listing = listFolder(dir);
        if (!listing.ok) {
            // One problem that says why, not seven "missing image" lines.
            ds.problems.push_back({dir, 0,
                                   Tr::tr("cannot read the folder: %1; the person has no images")
                                       .arg(QString::fromLocal8Bit(std::strerror(listing.error))),
                                   ProblemKind::UnreadableFolder});
            continue;
        }
        for (const QString &name : listing.special)
            if (!isJunkName(name))
                ds.problems.push_back(
                    {dir + u'/' + name, 0,
                     Tr::tr("not a regular file (a pipe, device, socket or broken link); ignored"),
                     ProblemKind::NotARegularFile});
        std::array<QString, kImagesPerPerson> found;
        QStringList sortedFiles = listing.files;
        sortedFiles.sort(); // deterministic choice when a stem appears twice
        for (const QString &name : std::as_const(sortedFiles)) {
            if (isJunkName(name))
                continue;
            const int dot = int(name.lastIndexOf(u'.'));
            if (dot <= 0 || !isImageExtension(QStringView(name).mid(dot + 1)))
                continue; // Thumbs.db, notes.txt...
            const auto stem = stemIndex(QStringView(name).left(dot));
            if (!stem)
                continue;
            if (!found[*stem].isEmpty()) {
                ds.problems.push_back({dir + u'/' + name, 0,
                                       Tr::tr("second file for %1 (already have %2); ignored")
                                           .arg(imageStems()[*stem], found[*stem]),
                                       ProblemKind::DuplicateImage});
                continue;
            }
            found[*stem] = name;
        }
        for (int s = 0; s < kImagesPerPerson; ++s) {
            if (found[s].isEmpty()) {
                ds.problems.push_back(
                    {dir, 0, Tr::tr("missing image %1 (.jpg, .jpeg or .png)").arg(imageStems()[s]),
                     ProblemKind::MissingImage});
                continue;
            }
            person.images[s] = int(ds.samples.size());
            ds.samples.push_back({int(pi), s, found[s]});
        }
    }
    QStringList extra(onDisk.cbegin(), onDisk.cend());
    extra.sort();
    for (const QString &folder : std::as_const(extra)) {
        if (!isJunkName(folder))
            ds.problems.push_back({imagesDir + u'/' + folder, 0,
                                   Tr::tr("folder not listed in train.csv; ignored"),
                                   ProblemKind::UnlistedFolder});
    }
    return true;
}

void loadEval(Dataset &ds)
{
    const QString evalDir = ds.root + QStringLiteral("/eval");
    if (!QFileInfo::exists(evalDir))
        return; // a training-only copy of the data is normal
    auto csv = readCsv(ds.evalCsvPath());
    if (!csv) {
        ds.problems.push_back(csv.error());
        return;
    }
    ds.problems.insert(ds.problems.end(), csv->problems.begin(), csv->problems.end());
    const int idCol = csv->column(u"ImageID");
    const int ansCol = csv->column(u"ans");
    if (idCol < 0) {
        ds.problems.push_back({csv->file, 1, Tr::tr("no ImageID column (expected ImageID,ans)"),
                               ProblemKind::MissingColumn});
        return;
    }
    const Listing listing = listFolder(ds.evalImagesDir());
    const QSet<QString> files(listing.files.cbegin(), listing.files.cend());
    QSet<QString> seen;
    for (const CsvRow &row : csv->rows) {
        EvalImage image;
        image.imageId = row.fields[idCol].trimmed();
        image.csvLine = row.line;
        if (image.imageId.isEmpty()) {
            ds.problems.push_back({csv->file, row.line, Tr::tr("empty ImageID; row skipped")});
            continue;
        }
        // An ImageID names a file inside eval/images, nothing else: "../x" or "/etc/x" would
        // make every reader open a file outside the dataset.
        if (image.imageId.contains(u'/') || image.imageId.contains(u'\\') ||
            image.imageId.startsWith(u'.') || image.imageId.contains(QChar(0))) {
            ds.problems.push_back({csv->file, row.line,
                                   Tr::tr("ImageID '%1' is not a file name inside %2; row skipped")
                                       .arg(image.imageId, ds.evalImagesDir())});
            continue;
        }
        if (seen.contains(image.imageId)) {
            ds.problems.push_back(
                {csv->file, row.line,
                 Tr::tr("ImageID %1 listed twice; row skipped").arg(image.imageId),
                 ProblemKind::DuplicateRow});
            continue;
        }
        seen.insert(image.imageId);
        if (ansCol >= 0) {
            bool ok = false;
            image.ans = row.fields[ansCol].trimmed().toInt(&ok);
            if (!ok || image.ans < 0 || image.ans >= kClassCount) {
                ds.problems.push_back(
                    {csv->file, row.line,
                     Tr::tr("ans '%1' is not a class 0..17; read as 0").arg(row.fields[ansCol]),
                     ProblemKind::BadClass});
                image.ans = 0;
            }
        }
        if (!files.contains(image.imageId))
            ds.problems.push_back(
                {csv->file, row.line,
                 Tr::tr("image %1 not found in %2").arg(image.imageId, ds.evalImagesDir()),
                 ProblemKind::MissingImage});
        ds.evalImages.push_back(image);
    }
}

} // namespace

Result<Dataset> finishLoad(Dataset &&ds)
{
    ds.m_personByFolder.reserve(qsizetype(ds.people.size()));
    for (int i = 0; i < int(ds.people.size()); ++i)
        ds.m_personByFolder.insert(ds.people[i].folder, i);
    return std::move(ds);
}

QString Dataset::trainCsvPath() const
{
    return root + QStringLiteral("/train/train.csv");
}
QString Dataset::trainImagesDir() const
{
    return root + QStringLiteral("/train/images");
}
QString Dataset::evalCsvPath() const
{
    return root + QStringLiteral("/eval/info.csv");
}
QString Dataset::evalImagesDir() const
{
    return root + QStringLiteral("/eval/images");
}

QString Dataset::relativePath(int sample) const
{
    const Sample &s = samples[sample];
    return people[s.person].folder + u'/' + s.fileName;
}

QString Dataset::imagePath(int sample) const
{
    return trainImagesDir() + u'/' + relativePath(sample);
}

QString Dataset::evalImagePath(int evalIndex) const
{
    return evalImagesDir() + u'/' + evalImages[evalIndex].imageId;
}

int Dataset::classOf(int sample, const AgeBands &bands) const
{
    const Sample &s = samples[sample];
    const Person &p = people[s.person];
    return classIndex(s.mask(), p.gender, bands.bandOf(p.age));
}

int Dataset::findPerson(const QString &folder) const
{
    return m_personByFolder.value(folder, -1);
}

int Dataset::findSample(const QString &relativePath) const
{
    const int slash = int(relativePath.lastIndexOf(u'/'));
    if (slash <= 0)
        return -1;
    const int person = findPerson(relativePath.left(slash));
    if (person < 0)
        return -1;
    const QStringView file = QStringView(relativePath).mid(slash + 1);
    const int dot = int(file.lastIndexOf(u'.'));
    const auto stem = stemIndex(dot > 0 ? file.left(dot) : file);
    return stem ? people[person].images[*stem] : -1;
}

Result<Dataset> loadDataset(const QString &root, const LoadOptions &options,
                            const Progress &progress)
{
    Dataset ds;
    ds.root = QDir::cleanPath(QDir(root).absolutePath());
    if (!QFileInfo(ds.root).isDir())
        return Error{ds.root, 0, Tr::tr("not a folder")};

    auto csv = readCsv(ds.trainCsvPath());
    if (!csv)
        return Error{csv.error().file, csv.error().line,
                     csv.error().message +
                         Tr::tr(" (a MaskLens dataset has train/train.csv with header "
                                "id,gender,race,age,path)")};
    QStringList missing;
    for (const auto name : {u"gender", u"age", u"path"}) {
        if (csv->column(name) < 0)
            missing.append(QString::fromUtf16(name));
    }
    if (!missing.isEmpty())
        return Error{csv->file, 1,
                     Tr::tr("header lacks column(s) %1 (expected id,gender,race,age,path)")
                         .arg(missing.join(u", "))};
    ds.problems = csv->problems;
    loadPeople(ds, *csv);
    if (!indexImages(ds, progress))
        return Error{ds.root, 0, Tr::tr("loading cancelled")};
    if (options.loadEval)
        loadEval(ds);
    // 100,000 junk rows must not become 100,000 lines in the Problems list.
    if (ds.problems.size() > kMaxListedProblems) {
        const qint64 more = qint64(ds.problems.size() - kMaxListedProblems);
        ds.problems.resize(kMaxListedProblems);
        ds.problems.push_back(
            {ds.root, 0,
             QCoreApplication::translate("Dataset", "%n more problem(s) not listed", nullptr,
                                         int(more))});
    }

    if (options.checkImages) {
        QStringList paths;
        paths.reserve(qsizetype(ds.samples.size() + ds.evalImages.size()));
        for (int i = 0; i < int(ds.samples.size()); ++i)
            paths.append(ds.imagePath(i));
        for (int i = 0; i < int(ds.evalImages.size()); ++i)
            paths.append(ds.evalImagePath(i));
        bool cancelled = false;
        auto imageProgress = [&](qint64 done, qint64 total) {
            if (progress && !progress(done, total))
                cancelled = true;
            return !cancelled;
        };
        auto bad = checkImageFiles(paths, imageProgress, options.threads);
        if (cancelled)
            return Error{ds.root, 0, Tr::tr("loading cancelled")};
        ds.problems.insert(ds.problems.end(), bad.begin(), bad.end());
    }
    return finishLoad(std::move(ds));
}

namespace {

/// Why an encoded image is unusable, or an empty string. libjpeg decodes a truncated JPEG into
/// a half-grey picture with only a warning, so a JPEG must also end with its EOI marker.
QString imageDefect(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Tr::tr("empty file");
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (const QString why = oversizeReason(data, std::size_t(n)); !why.isEmpty())
        return why;
    limitImageDecoders();
    if (n >= 2 && data[0] == 0xFF && data[1] == 0xD8) {
        qsizetype end = n;
        while (end > 2 && (data[end - 1] == 0x00 || data[end - 1] == 0x0A || data[end - 1] == 0x0D))
            --end; // some writers pad after the EOI marker
        if (end < 4 || data[end - 2] != 0xFF || data[end - 1] != 0xD9)
            return Tr::tr("truncated JPEG (no end-of-image marker)");
    }
    const cv::Mat raw(1, int(n), CV_8UC1, const_cast<uchar *>(data));
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(raw, cv::IMREAD_REDUCED_COLOR_8);
    } catch (const cv::Exception &e) {
        return Tr::tr("cannot decode: %1").arg(QString::fromStdString(e.msg));
    }
    if (decoded.empty())
        return Tr::tr("cannot decode (not a JPEG or PNG image, or corrupt)");
    return {};
}

} // namespace

std::vector<Problem> checkImageFiles(const QStringList &paths, const Progress &progress,
                                     int threads)
{
    std::vector<Problem> problems;
    std::mutex mutex;
    parallelFor(
        paths.size(),
        [&](qint64 i) {
            QString defect;
            const auto bytes = readRegularFile(paths[i], kMaxImageFileBytes);
            if (!bytes)
                defect = bytes.error().message;
            else
                defect = imageDefect(*bytes);
            if (!defect.isEmpty()) {
                std::lock_guard lock(mutex);
                problems.push_back({paths[i], 0, defect, ProblemKind::UnreadableImage});
            }
        },
        progress, threads);
    std::sort(problems.begin(), problems.end(),
              [](const Problem &a, const Problem &b) { return a.file < b.file; });
    return problems;
}

} // namespace masklens::analysis
