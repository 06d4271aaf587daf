// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Switches the interface language at run time: installs MaskLens's and Qt's translators for
// "en" or "ko"; an empty name means the system locale. Widgets retranslate on LanguageChange.
// GUI thread only.

#include <QObject>
#include <QTranslator>

namespace masklens::gui {

class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);

    /// The languages MaskLens ships: {code, native name}.
    static QList<std::pair<QString, QString>> available();

    /// Installs translators for `code` ("en", "ko", or empty for the system's); returns the code
    /// in force.
    QString apply(const QString &code);
    QString current() const { return m_current; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

} // namespace masklens::gui
