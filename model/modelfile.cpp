// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace masklens::model {

analysis::Result<std::optional<Preprocessing>> readSidecar(const QString &modelFile)
{
    const QFileInfo info(modelFile);
    QString path;
    for (const QString &candidate :
         {modelFile + QStringLiteral(".json"),
          info.path() + u'/' + info.completeBaseName() + QStringLiteral(".json")}) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty())
        return std::optional<Preprocessing>();
    auto fail = [&](const QString &why) {
        return analysis::Error{path, 0, QCoreApplication::translate("ModelFile", "%1").arg(why)};
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ModelFile", "not a JSON object: %1")
                        .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    Preprocessing pre;
    if (o.contains(QStringLiteral("input_size"))) {
        const QJsonArray size = o.value(QStringLiteral("input_size")).toArray();
        if (size.size() != 2 || size[0].toInt() <= 0 || size[1].toInt() <= 0)
            return fail(
                QCoreApplication::translate("ModelFile", "input_size must be [width, height]"));
        pre.width = size[0].toInt();
        pre.height = size[1].toInt();
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("mean"), &pre.mean},
                                      std::pair{QStringLiteral("std"), &pre.std}}) {
        if (!o.contains(key))
            continue;
        const QJsonArray values = o.value(key).toArray();
        if (values.size() != 3)
            return fail(
                QCoreApplication::translate("ModelFile", "%1 must hold three numbers (R, G, B)")
                    .arg(key));
        for (int i = 0; i < 3; ++i)
            (*target)[i] = float(values[i].toDouble());
    }
    pre.faceCrop = o.value(QStringLiteral("face_crop")).toBool(false);
    if (o.contains(QStringLiteral("crop"))) {
        const QJsonArray crop = o.value(QStringLiteral("crop")).toArray();
        if (crop.size() != 2 ||
            !parseCropSize(
                QStringLiteral("%1x%2").arg(crop[0].toInt()).arg(crop[1].toInt()).toStdString(),
                &pre.cropWidth, &pre.cropHeight))
            return fail(QCoreApplication::translate(
                "ModelFile", "crop must be [width, height] within the 384x512 frame"));
    }
    return std::optional<Preprocessing>(pre);
}

} // namespace masklens::model
