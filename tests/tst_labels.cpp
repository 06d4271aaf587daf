// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/labels.h"

#include <QTest>

using namespace masklens::analysis;

class TestLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classIndex_data()
    {
        QTest::addColumn<int>("mask");
        QTest::addColumn<int>("gender");
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("name");
        QTest::newRow("wear male young") << 0 << 0 << 0 << 0 << "wear/male/<30";
        QTest::newRow("wear male old") << 0 << 0 << 2 << 2 << "wear/male/>=60";
        QTest::newRow("wear female middle") << 0 << 1 << 1 << 4 << "wear/female/30-59";
        QTest::newRow("incorrect male young") << 1 << 0 << 0 << 6 << "incorrect/male/<30";
        QTest::newRow("incorrect female old") << 1 << 1 << 2 << 11 << "incorrect/female/>=60";
        QTest::newRow("normal male middle") << 2 << 0 << 1 << 13 << "normal/male/30-59";
        QTest::newRow("normal female old") << 2 << 1 << 2 << 17 << "normal/female/>=60";
    }
    void classIndex()
    {
        QFETCH(int, mask);
        QFETCH(int, gender);
        QFETCH(int, age);
        QFETCH(int, expected);
        QFETCH(QString, name);
        const int c = ::classIndex(MaskState(mask), Gender(gender), AgeBand(age));
        QCOMPARE(c, expected);
        const ClassParts parts = classParts(c);
        QCOMPARE(int(parts.mask), mask);
        QCOMPARE(int(parts.gender), gender);
        QCOMPARE(int(parts.age), age);
        QCOMPARE(className(c), name);
    }
    void everyClassRoundTrips()
    {
        for (int c = 0; c < kClassCount; ++c) {
            const ClassParts p = classParts(c);
            QCOMPARE(::classIndex(p.mask, p.gender, p.age), c);
        }
    }
    void oldClasses()
    {
        QList<int> old;
        for (int c = 0; c < kClassCount; ++c)
            if (isOldClass(c))
                old.append(c);
        QCOMPARE(old, QList<int>({2, 5, 8, 11, 14, 17}));
    }
    void ageBands_data()
    {
        QTest::addColumn<int>("oldFrom");
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("band");
        QTest::newRow("29 young") << 60 << 29 << 0;
        QTest::newRow("30 middle") << 60 << 30 << 1;
        QTest::newRow("59 middle at 60") << 60 << 59 << 1;
        QTest::newRow("60 old at 60") << 60 << 60 << 2;
        QTest::newRow("58 old at 58") << 58 << 58 << 2;
        QTest::newRow("57 middle at 58") << 58 << 57 << 1;
        QTest::newRow("59 old at 59") << 59 << 59 << 2;
    }
    void ageBands()
    {
        QFETCH(int, oldFrom);
        QFETCH(int, age);
        QFETCH(int, band);
        const AgeBands bands{30, oldFrom};
        QVERIFY(bands.valid());
        QCOMPARE(int(bands.bandOf(age)), band);
    }
    void bandNamesFollowThresholds()
    {
        const AgeBands moved{30, 58};
        QCOMPARE(ageBandName(AgeBand::Middle, moved), QStringLiteral("30-57"));
        QCOMPARE(ageBandName(AgeBand::Old, moved), QStringLiteral(">=58"));
        QVERIFY(!AgeBands({60, 30}).valid());
    }
    void stems_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("mask");
        QTest::newRow("mask1") << "mask1" << 0 << 0;
        QTest::newRow("mask5") << "mask5" << 4 << 0;
        QTest::newRow("incorrect") << "incorrect_mask" << 5 << 1;
        QTest::newRow("normal") << "normal" << 6 << 2;
        QTest::newRow("upper case") << "Normal" << 6 << 2;
        QTest::newRow("resource fork") << "._mask1" << -1 << -1;
        QTest::newRow("mask6") << "mask6" << -1 << -1;
        QTest::newRow("Thumbs") << "Thumbs" << -1 << -1;
    }
    void stems()
    {
        QFETCH(QString, stem);
        QFETCH(int, index);
        QFETCH(int, mask);
        const auto i = stemIndex(stem);
        QCOMPARE(i.value_or(-1), index);
        if (i)
            QCOMPARE(int(maskStateOfStem(*i)), mask);
    }
    void parsing()
    {
        QCOMPARE(parseGender(u" Female "), Gender::Female);
        QCOMPARE(parseGender(u"male"), Gender::Male);
        QVERIFY(!parseGender(u"m"));
        QCOMPARE(parseMaskState(u"incorrect"), MaskState::Incorrect);
        QCOMPARE(parseMaskState(u"normal"), MaskState::NotWorn);
        QVERIFY(!parseMaskState(u"mask"));
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
