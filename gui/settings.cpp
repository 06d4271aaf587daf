#include "settings.h"

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
