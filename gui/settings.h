#pragma once
// The one typed front to QSettings: every persisted choice of the window lives here.
// GUI thread only.

#include "analysis/labels.h"

#include <QSettings>
#include <QStringList>

namespace masklens::gui {

class Settings
{
public:
    Settings();

    QStringList recentDatasets() const;
    void addRecentDataset(const QString &path);

    analysis::AgeBands ageBands() const;
    void setAgeBands(const analysis::AgeBands &bands);

    /// "en", "ko", or empty for the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    static constexpr int kMaxRecent = 8;

private:
    QSettings m_settings;
};

} // namespace masklens::gui
