// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #23: MaskLens installs like any desktop application. The Debian package is built with
// CPack from this build tree, checked by the tools Debian's and KDE's maintainers use
// (desktop-file-validate, appstreamcli, lintian), unpacked into a temporary root, and the
// installed programs run from there: the CLI on a generated dataset, the window's screenshots in
// Korean (the translations travel inside the programs), the manual pages and bash completion.

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
        int timeoutMs = 300000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("cannot start %1").arg(program);
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool hasHangul(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packageValidatesWithLintian();
    void packageHoldsWhatADesktopApplicationHas();
    void programsAreStrippedWithDebugInfoApart();
    void desktopFileAndMetainfoValidate();
    void installedCliRunsOnAGeneratedDataset();
    void installedWindowShowsKorean();
    void manualPageNamesEveryCommand();
    void bashCompletesCommandsAndOptions();

private:
    QProcessEnvironment installedEnv() const;

    QTemporaryDir m_work;
    QString m_deb;
    QString m_ddeb;
    QString m_root;
};

void TestPackaging::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString out = m_work.filePath(QStringLiteral("packages"));
    const Run cpack = run(QStringLiteral("cpack"),
                          {QStringLiteral("--config"),
                           QStringLiteral(MASKLENS_BUILD_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out},
                          {}, 600000);
    QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
    for (const QFileInfo &f : QDir(out).entryInfoList(QDir::Files)) {
        if (f.suffix() == u"deb")
            m_deb = f.absoluteFilePath();
        else if (f.suffix() == u"ddeb")
            m_ddeb = f.absoluteFilePath();
    }
    QVERIFY2(!m_deb.isEmpty(), qPrintable(cpack.out));
    m_root = m_work.filePath(QStringLiteral("root"));
    const Run x = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(x.code == 0, qPrintable(x.err));
}

QProcessEnvironment TestPackaging::installedEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_work.filePath(QStringLiteral("home/.state")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LANG"));
    return env;
}

void TestPackaging::packageValidatesWithLintian()
{
    // Errors fail; warnings are printed for the reader of the log.
    const Run lintian = run(QStringLiteral("lintian"),
                            {QStringLiteral("--fail-on"), QStringLiteral("error"),
                             QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb});
    qInfo("lintian:\n%s%s", qPrintable(lintian.out), qPrintable(lintian.err));
    QVERIFY2(lintian.code == 0, qPrintable(lintian.out + lintian.err));
    QVERIFY2(!lintian.out.contains(QRegularExpression(QStringLiteral("^E: "),
                                                      QRegularExpression::MultilineOption)),
             qPrintable(lintian.out));
}

void TestPackaging::packageHoldsWhatADesktopApplicationHas()
{
    for (const char *path :
         {"usr/bin/masklens", "usr/bin/masklens-cli", "usr/bin/masklens-train",
          "usr/share/applications/io.github.masklens.MaskLens.desktop",
          "usr/share/metainfo/io.github.masklens.MaskLens.metainfo.xml",
          "usr/share/icons/hicolor/scalable/apps/masklens.svg",
          "usr/share/icons/hicolor/16x16/apps/masklens.png",
          "usr/share/icons/hicolor/48x48/apps/masklens.png",
          "usr/share/icons/hicolor/256x256/apps/masklens.png",
          "usr/share/man/man1/masklens.1.gz", "usr/share/man/man1/masklens-cli.1.gz",
          "usr/share/man/man1/masklens-train.1.gz",
          "usr/share/bash-completion/completions/masklens-cli",
          "usr/share/doc/masklens/copyright", "usr/share/doc/masklens/changelog.gz"}) {
        const QFileInfo f(m_root + QLatin1Char('/') + QLatin1String(path));
        QVERIFY2(f.isFile(), path);
        const QFile::Permissions expected =
            QString::fromLatin1(path).startsWith(u"usr/bin/")
                ? QFile::Permissions(0x7755)
                : QFile::Permissions(0x6644);
        QCOMPARE(f.permissions() & QFile::Permissions(0x7777), expected);
    }
    // The PNG sizes are what their folders say.
    const QImage icon(m_root + QStringLiteral("/usr/share/icons/hicolor/48x48/apps/masklens.png"));
    QCOMPARE(icon.size(), QSize(48, 48));
    // Dependencies come from dpkg-shlibdeps: the libraries the programs really link.
    const Run depends =
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QVERIFY2(depends.out.contains(u"libtorch"), qPrintable(depends.out));
    QVERIFY2(depends.out.contains(u"libqt6widgets6"), qPrintable(depends.out));
    QVERIFY2(depends.out.contains(u"libqcustomplot"), qPrintable(depends.out));
    QVERIFY2(depends.out.contains(u"libopencv-imgcodecs"), qPrintable(depends.out));
}

void TestPackaging::programsAreStrippedWithDebugInfoApart()
{
    for (const char *program : {"masklens", "masklens-cli", "masklens-train"}) {
        const Run file = run(QStringLiteral("file"),
                             {QStringLiteral("-b"), m_root + QStringLiteral("/usr/bin/") +
                                                        QLatin1String(program)});
        QVERIFY2(file.out.contains(u"ELF") && file.out.contains(u", stripped"),
                 qPrintable(file.out));
    }
    QVERIFY2(!m_ddeb.isEmpty(), "no -dbgsym package");
    const QString debugRoot = m_work.filePath(QStringLiteral("dbgsym"));
    QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_ddeb, debugRoot}).code, 0);
    int debugFiles = 0;
    for (QDirIterator it(debugRoot + QStringLiteral("/usr/lib/debug"), QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        const Run file = run(QStringLiteral("file"), {QStringLiteral("-b"), path});
        if (file.out.contains(u"with debug_info"))
            ++debugFiles;
    }
    QCOMPARE(debugFiles, 3);
}

void TestPackaging::desktopFileAndMetainfoValidate()
{
    const Run desktop = run(QStringLiteral("desktop-file-validate"),
                            {m_root + QStringLiteral("/usr/share/applications/"
                                                     "io.github.masklens.MaskLens.desktop")});
    QCOMPARE(desktop.code, 0);
    QVERIFY2(desktop.out.trimmed().isEmpty() && desktop.err.trimmed().isEmpty(),
             qPrintable(desktop.out + desktop.err)); // not even a hint
    const Run appstream = run(
        QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
         m_root + QStringLiteral("/usr/share/metainfo/io.github.masklens.MaskLens.metainfo.xml")});
    QVERIFY2(appstream.code == 0, qPrintable(appstream.out + appstream.err));
    QVERIFY2(!appstream.out.contains(QRegularExpression(QStringLiteral("^[EW]: "),
                                                        QRegularExpression::MultilineOption)),
             qPrintable(appstream.out));
}

void TestPackaging::installedCliRunsOnAGeneratedDataset()
{
    const QString cli = m_root + QStringLiteral("/usr/bin/masklens-cli");
    const Run version = run(cli, {QStringLiteral("--version")}, installedEnv());
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("masklens-cli " MASKLENS_VERSION));
    const Run train = run(m_root + QStringLiteral("/usr/bin/masklens-train"),
                          {QStringLiteral("--version")}, installedEnv());
    QCOMPARE(train.out.trimmed(), QStringLiteral("masklens-train " MASKLENS_VERSION));

    const QString data = m_work.filePath(QStringLiteral("data"));
    const Run synth = run(cli,
                          {QStringLiteral("synth"), QStringLiteral("--out"), data,
                           QStringLiteral("--people"), QStringLiteral("12"),
                           QStringLiteral("--seed"), QStringLiteral("3")},
                          installedEnv());
    QVERIFY2(synth.code == 0, qPrintable(synth.err));
    const Run stats = run(cli, {QStringLiteral("stats"), data, QStringLiteral("--json")},
                          installedEnv());
    QVERIFY2(stats.code == 0, qPrintable(stats.err));
    QVERIFY2(stats.out.contains(QStringLiteral("\"people\":12")), qPrintable(stats.out));
    QVERIFY2(stats.out.contains(QStringLiteral("\"images\":84")), qPrintable(stats.out));

    // The same installed program speaks Korean to a Korean user: its translations are inside it.
    QProcessEnvironment korean = installedEnv();
    korean.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ko"));
    korean.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
    const Run help = run(cli, {QStringLiteral("--help")}, korean);
    QVERIFY2(hasHangul(help.out), qPrintable(help.out));
}

void TestPackaging::installedWindowShowsKorean()
{
    const QString data = m_work.filePath(QStringLiteral("data"));
    QVERIFY2(QFileInfo::exists(data + QStringLiteral("/train/train.csv")),
             "needs installedCliRunsOnAGeneratedDataset's dataset");
    const QString window = m_root + QStringLiteral("/usr/bin/masklens");
    QString shots[2];
    const char *languages[] = {"en", "ko"};
    for (int i = 0; i < 2; ++i) {
        shots[i] = m_work.filePath(QStringLiteral("shots-") + QLatin1String(languages[i]));
        const Run r = run(window,
                          {data, QStringLiteral("--language"), QLatin1String(languages[i]),
                           QStringLiteral("--screenshot"), shots[i]},
                          installedEnv());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *view : {"dataset", "errors", "gallery", "review", "training"}) {
            const QImage shot(shots[i] + QLatin1Char('/') + QLatin1String(view) +
                              QStringLiteral(".png"));
            QVERIFY2(shot.width() >= 1000 && shot.height() >= 700, view);
        }
    }
    QFile en(shots[0] + QStringLiteral("/index.txt"));
    QFile ko(shots[1] + QStringLiteral("/index.txt"));
    QVERIFY(en.open(QIODevice::ReadOnly) && ko.open(QIODevice::ReadOnly));
    const QString enText = QString::fromUtf8(en.readAll());
    const QString koText = QString::fromUtf8(ko.readAll());
    QVERIFY2(enText.contains(u"dataset.png\tDataset") && !hasHangul(enText), qPrintable(enText));
    QVERIFY2(hasHangul(koText) && !koText.contains(u"\tDataset"), qPrintable(koText));
    // And the Korean picture is not the English one.
    QVERIFY(QImage(shots[0] + QStringLiteral("/dataset.png")) !=
            QImage(shots[1] + QStringLiteral("/dataset.png")));
}

void TestPackaging::manualPageNamesEveryCommand()
{
    const QString cli = m_root + QStringLiteral("/usr/bin/masklens-cli");
    const Run help = run(cli, {QStringLiteral("--help")}, installedEnv());
    const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1);
    QStringList names;
    for (const QString &line : commands.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("  ")) && !line.trimmed().isEmpty())
            names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    QVERIFY2(names.size() >= 10, qPrintable(help.out));
    const Run page = run(QStringLiteral("zcat"),
                         {m_root + QStringLiteral("/usr/share/man/man1/masklens-cli.1.gz")});
    QVERIFY(page.out.startsWith(u".\\\" DO NOT MODIFY THIS FILE!"));
    QVERIFY(page.out.contains(u".TH MASKLENS-CLI \"1\""));
    for (const QString &name : names) {
        QVERIFY2(page.out.contains(QStringLiteral(".SS ") + name + QLatin1Char('\n')),
                 qPrintable(name));
    }
    // Each command's own options are there (a sample: train's launcher, submit's --pred).
    QVERIFY(page.out.contains(u"\\-\\-launcher"));
    QVERIFY(page.out.contains(u"\\-\\-pred"));
    QVERIFY(page.out.contains(u"EXIT STATUS"));
}

void TestPackaging::bashCompletesCommandsAndOptions()
{
    const QString completion =
        m_root + QStringLiteral("/usr/share/bash-completion/completions/masklens-cli");
    auto complete = [&](const QString &line) {
        const QString script =
            QStringLiteral("source /usr/share/bash-completion/bash_completion; source '%1'; "
                           "COMP_LINE='%2'; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "
                           "\"$COMP_LINE\"; [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=(''); "
                           "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _masklens_cli; "
                           "printf '%s\\n' \"${COMPREPLY[@]}\"")
                .arg(completion, line);
        return run(QStringLiteral("bash"), {QStringLiteral("-c"), script}).out.split(
            QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    QCOMPARE(complete(QStringLiteral("masklens-cli su")), QStringList{QStringLiteral("submit")});
    QCOMPARE(complete(QStringLiteral("masklens-cli train --lau")),
             QStringList{QStringLiteral("--launcher")});
    QCOMPARE(complete(QStringLiteral("masklens-cli labels e")),
             QStringList{QStringLiteral("export")});
    QCOMPARE(complete(QStringLiteral("masklens-cli runs ")),
             (QStringList{QStringLiteral("list"), QStringLiteral("compare")}));
    const QStringList submit = complete(QStringLiteral("masklens-cli submit --"));
    QVERIFY2(submit.contains(u"--pred") && submit.contains(u"--data") &&
                 !submit.contains(u"--launcher"),
             qPrintable(submit.join(u' ')));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
