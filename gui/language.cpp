// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace masklens::gui {

Language::Language(QObject *parent) : QObject(parent) {}

QList<std::pair<QString, QString>> Language::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ko"), QStringLiteral("한국어")}};
}

QString Language::apply(const QString &code)
{
    QString lang = code;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                               : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // qt_add_translations embeds the .qm files under :/i18n.
    if (m_app.load(QStringLiteral(":/i18n/masklens_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(lang == u"ko" ? QLocale::Korean : QLocale::English));
    m_current = lang;
    return lang;
}

} // namespace masklens::gui
