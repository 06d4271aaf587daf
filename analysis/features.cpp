// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "features.h"

#include "csv.h"
#include "safefile.h"

#include "model/core/npy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace masklens::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Features)
};

constexpr auto kFormat = "masklens-features-1";

int imageCount(const Dataset &dataset, Split split)
{
    return split == Split::Train ? int(dataset.samples.size()) : int(dataset.evalImages.size());
}

QString splitName(Split split)
{
    return split == Split::Train ? QStringLiteral("train") : QStringLiteral("eval");
}

} // namespace

QString imagesDigest(const Dataset &dataset, Split split)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < imageCount(dataset, split); ++i) {
        hash.addData(split == Split::Train ? dataset.relativePath(i).toUtf8()
                                           : dataset.evalImages[std::size_t(i)].imageId.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status writeFeatures(const QString &file, const Dataset &dataset, Split split, int width,
                     const std::vector<float> &data, const QString &model)
{
    const int rows = imageCount(dataset, split);
    if (width <= 0 || data.size() != std::size_t(rows) * std::size_t(width))
        return Error{file, 0,
                     Tr::tr("%1 values are not %2 images x %3 features")
                         .arg(data.size())
                         .arg(rows)
                         .arg(width)};
    const std::string bytes =
        model::npy::encode(std::size_t(rows), std::size_t(width), data.data());
    if (auto st = writeFileAtomically(file, QByteArray(bytes.data(), qsizetype(bytes.size())),
                                      LinkPolicy::Follow);
        !st)
        return st;
    const QJsonObject about{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                            {QStringLiteral("split"), splitName(split)},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("width"), width},
                            {QStringLiteral("images_sha256"), imagesDigest(dataset, split)},
                            {QStringLiteral("model"), model}};
    return writeFileAtomically(file + QStringLiteral(".json"), QJsonDocument(about).toJson(),
                               LinkPolicy::Follow);
}

Result<Features> readFeatures(const QString &file, const Dataset &dataset, Split split)
{
    // 2^31 floats at most: far above 18,900 x 1,280 (97 MB), far below a hostile size.
    const auto bytes = readRegularFile(file, qint64(1) << 33);
    if (!bytes)
        return bytes.error();
    auto matrix = model::npy::decode(std::string_view(bytes->constData(), bytes->size()));
    if (!matrix)
        return Error{file, 0, QString::fromStdString(matrix.error())};
    const int images = imageCount(dataset, split);
    Features f;
    f.file = file;
    f.split = split;
    f.rows = images;
    f.width = int(matrix->columns);
    if (f.width <= 0)
        return Error{file, 0, Tr::tr("holds rows without features (width 0)")};
    QJsonObject about;
    const QString sidecar = file + QStringLiteral(".json");
    if (QFileInfo::exists(sidecar)) {
        const auto text = readRegularFile(sidecar, kMaxTextFileBytes);
        if (!text)
            return text.error();
        about = QJsonDocument::fromJson(*text).object();
        if (about.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
            return Error{sidecar, 0, Tr::tr("not a MaskLens features description")};
        if (about.value(QStringLiteral("split")).toString() != splitName(split))
            return Error{
                file, 0,
                Tr::tr("holds features of the %1 images, not the %2 images")
                    .arg(about.value(QStringLiteral("split")).toString(), splitName(split))};
        if (about.value(QStringLiteral("width")).toInt() != f.width ||
            about.value(QStringLiteral("rows")).toInt() != int(matrix->rows))
            return Error{file, 0,
                         Tr::tr("does not match its description %1 (%2 x %3 there): a file "
                                "replaced or cut short?")
                             .arg(sidecar)
                             .arg(about.value(QStringLiteral("rows")).toInt())
                             .arg(about.value(QStringLiteral("width")).toInt())};
        f.model = about.value(QStringLiteral("model")).toString();
    }
    const QString follows = about.value(QStringLiteral("rows_follow")).toString();
    f.rowsFollow = follows;
    if (follows.isEmpty()) {
        // Rows in the dataset's order.
        if (matrix->rows != std::size_t(images))
            return Error{file, 0,
                         Tr::tr("holds %1 rows, but the dataset has %2 %3 images: features of "
                                "another dataset, or a file cut short?")
                             .arg(matrix->rows)
                             .arg(images)
                             .arg(splitName(split))};
        if (about.contains(QStringLiteral("images_sha256")) &&
            about.value(QStringLiteral("images_sha256")).toString() != imagesDigest(dataset, split))
            return Error{file, 0,
                         Tr::tr("holds features of other images than this dataset's (another "
                                "dataset, or its images listed in another order); compute them "
                                "again with masklens-cli predict --features")};
        f.data = std::move(matrix->data);
        f.group.assign(std::size_t(images), 0);
        return f;
    }
    // A training run's out-of-fold features: rows in the order of its predictions file (fold by
    // fold), put back in the dataset's order here; images the run left out get NaN rows.
    if (split != Split::Train)
        return Error{sidecar, 0, Tr::tr("rows_follow is for train-image features only")};
    const QString csvFile = QFileInfo(file).dir().filePath(QFileInfo(follows).fileName());
    const auto csv = readCsv(csvFile);
    if (!csv)
        return csv.error();
    const int pathColumn = csv->column(u"path");
    if (pathColumn < 0)
        return Error{csvFile, 1, Tr::tr("has no path column")};
    if (csv->rows.size() != matrix->rows)
        return Error{file, 0,
                     Tr::tr("holds %1 rows, but %2 lists %3 images: one of them was replaced or "
                            "cut short")
                         .arg(matrix->rows)
                         .arg(csvFile)
                         .arg(csv->rows.size())};
    std::vector<int> groupOfRow(matrix->rows, 0);
    {
        std::size_t row = 0;
        int group = 0;
        for (const QJsonValue v : about.value(QStringLiteral("fold_rows")).toArray()) {
            for (int k = 0; k < v.toInt() && row < groupOfRow.size(); ++k)
                groupOfRow[row++] = group;
            ++group;
        }
    }
    f.data.assign(std::size_t(images) * std::size_t(f.width),
                  std::numeric_limits<float>::quiet_NaN());
    f.group.assign(std::size_t(images), -1);
    for (std::size_t r = 0; r < csv->rows.size(); ++r) {
        const CsvRow &row = csv->rows[r];
        const QString path = row.fields.value(pathColumn);
        const int sample = dataset.findSample(path);
        if (sample < 0)
            return Error{csvFile, row.line,
                         Tr::tr("%1 is not an image of this dataset: features of another "
                                "dataset?")
                             .arg(path)};
        std::copy_n(matrix->data.data() + r * std::size_t(f.width), f.width,
                    f.data.data() + std::size_t(sample) * std::size_t(f.width));
        f.group[std::size_t(sample)] = groupOfRow[r];
    }
    return f;
}

QString featuresBeside(const QString &predictionsFile)
{
    const QFileInfo info(predictionsFile);
    const QString base = info.completeBaseName();
    if (!base.endsWith(u"_predictions"))
        return {};
    const QString beside = info.dir().filePath(base.chopped(int(qstrlen("_predictions"))) +
                                               QStringLiteral("_features.npy"));
    return QFileInfo::exists(beside) ? beside : QString();
}

Status checkSameModel(const Features &features, const QString &predictionsFile)
{
    const QString sidecar = predictionsFile + QStringLiteral(".json");
    if (features.model.isEmpty() || !features.rowsFollow.isEmpty() || !QFileInfo::exists(sidecar))
        return Done{};
    const auto text = readRegularFile(sidecar, kMaxTextFileBytes);
    if (!text)
        return text.error();
    const QString model =
        QJsonDocument::fromJson(*text).object().value(QStringLiteral("model")).toString();
    // The same file under two spellings (a relative path, a link) is the same model.
    const QString a = QFileInfo(model).canonicalFilePath();
    const QString b = QFileInfo(features.model).canonicalFilePath();
    if (model.isEmpty() || model == features.model || (!a.isEmpty() && a == b))
        return Done{};
    return Error{features.file, 0,
                 Tr::tr("holds the embeddings of %1, but %2 holds the predictions of %3: compute "
                        "both with one model (masklens-cli predict --model M --features FILE)")
                     .arg(features.model, predictionsFile, model)};
}

} // namespace masklens::analysis
