// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>

#include <QDir>

namespace masklens::gui {

namespace {
const QString kRecent = QStringLiteral("datasets/recent");
const QString kMiddleFrom = QStringLiteral("labels/middleFrom");
const QString kOldFrom = QStringLiteral("labels/oldFrom");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kState = QStringLiteral("ui/state");
} // namespace

Settings::Settings() = default;

QStringList Settings::recentDatasets() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentDataset(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList list = recentDatasets();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

analysis::AgeBands Settings::ageBands() const
{
    analysis::AgeBands bands;
    bands.middleFrom = m_settings.value(kMiddleFrom, bands.middleFrom).toInt();
    bands.oldFrom = m_settings.value(kOldFrom, bands.oldFrom).toInt();
    return bands.valid() ? bands : analysis::AgeBands{};
}

void Settings::setAgeBands(const analysis::AgeBands &bands)
{
    m_settings.setValue(kMiddleFrom, bands.middleFrom);
    m_settings.setValue(kOldFrom, bands.oldFrom);
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}
void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &g)
{
    m_settings.setValue(kGeometry, g);
}
QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray &s)
{
    m_settings.setValue(kState, s);
}

} // namespace masklens::gui

namespace masklens::gui {

QStringList TrainingSettings::options() const
{
    QStringList o{QStringLiteral("--arch"),    arch,
                  QStringLiteral("--outputs"), outputs,
                  QStringLiteral("--epochs"),  QString::number(epochs),
                  QStringLiteral("--batch"),   QString::number(batch),
                  QStringLiteral("--lr"),      QString::number(lr, 'g', 6),
                  QStringLiteral("--loss"),    loss,
                  QStringLiteral("--sampler"), sampler,
                  QStringLiteral("--folds"),   QString::number(folds),
                  QStringLiteral("--seeds"),   seeds,
                  QStringLiteral("--device"),  device};
    if (!size.trimmed().isEmpty())
        o << QStringLiteral("--size") << size.trimmed();
    if (!init.trimmed().isEmpty())
        o << QStringLiteral("--init") << init.trimmed();
    if (crop == u"256x320")
        o << QStringLiteral("--face-crop");
    else if (!crop.isEmpty() && crop != u"none")
        o << QStringLiteral("--crop") << crop;
    if (ema)
        o << QStringLiteral("--ema") << QStringLiteral("0.999");
    if (bf16)
        o << QStringLiteral("--precision") << QStringLiteral("bf16");
    if (limitBatches > 0)
        o << QStringLiteral("--limit-batches") << QString::number(limitBatches);
    if (fitProbes > 0)
        o << QStringLiteral("--fit-probes") << QString::number(fitProbes);
    return o;
}

TrainingSettings Settings::training() const
{
    TrainingSettings t;
    const QString g = QStringLiteral("training/");
    t.arch = m_settings.value(g + QStringLiteral("arch"), t.arch).toString();
    t.outputs = m_settings.value(g + QStringLiteral("outputs"), t.outputs).toString();
    t.size = m_settings.value(g + QStringLiteral("size"), t.size).toString();
    t.epochs = m_settings.value(g + QStringLiteral("epochs"), t.epochs).toInt();
    t.batch = m_settings.value(g + QStringLiteral("batch"), t.batch).toInt();
    t.lr = m_settings.value(g + QStringLiteral("lr"), t.lr).toDouble();
    t.loss = m_settings.value(g + QStringLiteral("loss"), t.loss).toString();
    t.sampler = m_settings.value(g + QStringLiteral("sampler"), t.sampler).toString();
    t.folds = m_settings.value(g + QStringLiteral("folds"), t.folds).toInt();
    t.seeds = m_settings.value(g + QStringLiteral("seeds"), t.seeds).toString();
    t.device = m_settings.value(g + QStringLiteral("device"), t.device).toString();
    t.init = m_settings.value(g + QStringLiteral("init"), t.init).toString();
    // Before the crop size was a choice it was a yes/no (faceCrop): no stays no.
    if (!m_settings.value(g + QStringLiteral("faceCrop"), true).toBool())
        t.crop = QStringLiteral("none");
    t.crop = m_settings.value(g + QStringLiteral("crop"), t.crop).toString();
    t.ema = m_settings.value(g + QStringLiteral("ema"), t.ema).toBool();
    t.bf16 = m_settings.value(g + QStringLiteral("bf16"), t.bf16).toBool();
    t.useTemplate = m_settings.value(g + QStringLiteral("useTemplate"), t.useTemplate).toBool();
    t.commandTemplate =
        m_settings.value(g + QStringLiteral("commandTemplate"), t.commandTemplate).toString();
    return t;
}

void Settings::setTraining(const TrainingSettings &t)
{
    const QString g = QStringLiteral("training/");
    m_settings.setValue(g + QStringLiteral("arch"), t.arch);
    m_settings.setValue(g + QStringLiteral("outputs"), t.outputs);
    m_settings.setValue(g + QStringLiteral("size"), t.size);
    m_settings.setValue(g + QStringLiteral("epochs"), t.epochs);
    m_settings.setValue(g + QStringLiteral("batch"), t.batch);
    m_settings.setValue(g + QStringLiteral("lr"), t.lr);
    m_settings.setValue(g + QStringLiteral("loss"), t.loss);
    m_settings.setValue(g + QStringLiteral("sampler"), t.sampler);
    m_settings.setValue(g + QStringLiteral("folds"), t.folds);
    m_settings.setValue(g + QStringLiteral("seeds"), t.seeds);
    m_settings.setValue(g + QStringLiteral("device"), t.device);
    m_settings.setValue(g + QStringLiteral("init"), t.init);
    m_settings.remove(g + QStringLiteral("faceCrop"));
    m_settings.setValue(g + QStringLiteral("crop"), t.crop);
    m_settings.setValue(g + QStringLiteral("ema"), t.ema);
    m_settings.setValue(g + QStringLiteral("bf16"), t.bf16);
    m_settings.setValue(g + QStringLiteral("useTemplate"), t.useTemplate);
    m_settings.setValue(g + QStringLiteral("commandTemplate"), t.commandTemplate);
}

bool Settings::predictBf16() const
{
    return m_settings.value(QStringLiteral("model/bf16"), false).toBool();
}

void Settings::setPredictBf16(bool on)
{
    m_settings.setValue(QStringLiteral("model/bf16"), on);
}

QStringList LaunchSettings::options() const
{
    QStringList o;
    if (where == u"ssh") {
        o << QStringLiteral("--launcher") << QStringLiteral("ssh") << QStringLiteral("--host")
          << host.trimmed();
        if (port > 0)
            o << QStringLiteral("--port") << QString::number(port);
        if (!identity.trimmed().isEmpty())
            o << QStringLiteral("--identity") << identity.trimmed();
        if (!remoteDir.trimmed().isEmpty())
            o << QStringLiteral("--remote-dir") << remoteDir.trimmed();
        if (!remoteTrainer.trimmed().isEmpty())
            o << QStringLiteral("--remote-trainer") << remoteTrainer.trimmed();
    } else if (where == u"slurm") {
        o << QStringLiteral("--launcher") << QStringLiteral("slurm");
        if (!partition.trimmed().isEmpty())
            o << QStringLiteral("--partition") << partition.trimmed();
        if (!account.trimmed().isEmpty())
            o << QStringLiteral("--account") << account.trimmed();
        if (gpusPerTask > 0)
            o << QStringLiteral("--gpus-per-task") << QString::number(gpusPerTask);
        if (!timeLimit.trimmed().isEmpty())
            o << QStringLiteral("--time") << timeLimit.trimmed();
        for (const QString &a : QProcess::splitCommand(sbatchArgs))
            o << QStringLiteral("--sbatch-arg") << a;
    }
    return o;
}

QString LaunchSettings::problem() const
{
    if (where == u"ssh" && host.trimmed().isEmpty())
        return QCoreApplication::translate("Settings", "Name the SSH server ([user@]host) first.");
    if (where == u"template" && commandTemplate.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Settings", "Write the command template first (see the README), or run on this "
                        "computer.");
    return {};
}

static QString launchGroup(const QString &dataset)
{
    const QByteArray key = QFileInfo(dataset).absoluteFilePath().toUtf8();
    return QStringLiteral("launch/") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16)) +
           u'/';
}

LaunchSettings Settings::launch(const QString &dataset) const
{
    LaunchSettings l;
    const QString g = launchGroup(dataset);
    if (!m_settings.contains(g + QStringLiteral("where"))) {
        const TrainingSettings t = training();
        l.where = t.useTemplate ? QStringLiteral("template") : QStringLiteral("local");
        l.commandTemplate = t.commandTemplate;
        return l;
    }
    auto text = [&](const char *key, const QString &fallback) {
        return m_settings.value(g + QLatin1String(key), fallback).toString();
    };
    l.where = text("where", l.where);
    l.host = text("host", l.host);
    l.port = m_settings.value(g + QStringLiteral("port"), l.port).toInt();
    l.identity = text("identity", l.identity);
    l.remoteDir = text("remoteDir", l.remoteDir);
    l.remoteTrainer = text("remoteTrainer", l.remoteTrainer);
    l.partition = text("partition", l.partition);
    l.account = text("account", l.account);
    l.gpusPerTask = m_settings.value(g + QStringLiteral("gpusPerTask"), l.gpusPerTask).toInt();
    l.timeLimit = text("timeLimit", l.timeLimit);
    l.sbatchArgs = text("sbatchArgs", l.sbatchArgs);
    l.commandTemplate = text("commandTemplate", l.commandTemplate);
    return l;
}

void Settings::setLaunch(const QString &dataset, const LaunchSettings &l)
{
    const QString g = launchGroup(dataset);
    m_settings.setValue(g + QStringLiteral("dataset"), QFileInfo(dataset).absoluteFilePath());
    m_settings.setValue(g + QStringLiteral("where"), l.where);
    m_settings.setValue(g + QStringLiteral("host"), l.host);
    m_settings.setValue(g + QStringLiteral("port"), l.port);
    m_settings.setValue(g + QStringLiteral("identity"), l.identity);
    m_settings.setValue(g + QStringLiteral("remoteDir"), l.remoteDir);
    m_settings.setValue(g + QStringLiteral("remoteTrainer"), l.remoteTrainer);
    m_settings.setValue(g + QStringLiteral("partition"), l.partition);
    m_settings.setValue(g + QStringLiteral("account"), l.account);
    m_settings.setValue(g + QStringLiteral("gpusPerTask"), l.gpusPerTask);
    m_settings.setValue(g + QStringLiteral("timeLimit"), l.timeLimit);
    m_settings.setValue(g + QStringLiteral("sbatchArgs"), l.sbatchArgs);
    m_settings.setValue(g + QStringLiteral("commandTemplate"), l.commandTemplate);
}

} // namespace masklens::gui
