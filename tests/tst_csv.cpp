// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/csv.h"

#include <QTest>

using namespace masklens::analysis;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndLines()
    {
        const auto t = parseCsv(QStringLiteral("a,b\n1,2\n\n3,4\n"), QStringLiteral("x.csv"));
        QVERIFY(t.ok());
        QCOMPARE(t->header, QStringList({"a", "b"}));
        QCOMPARE(int(t->rows.size()), 2);
        QCOMPARE(t->rows[0].line, 2);
        QCOMPARE(t->rows[1].line, 4); // the blank line still counts
        QCOMPARE(t->rows[1].fields, QStringList({"3", "4"}));
        QVERIFY(t->problems.empty());
    }
    void bomCrlfAndQuotes()
    {
        const QString text =
            QChar(0xFEFF) + QStringLiteral("id,note\r\n1,\"a, \"\"quoted\"\"\r\nline\"\r\n2,x\r\n");
        const auto t = parseCsv(text, QStringLiteral("x.csv"));
        QVERIFY(t.ok());
        QCOMPARE(t->column(u"id"), 0);
        QCOMPARE(int(t->rows.size()), 2);
        QCOMPARE(t->rows[0].fields[1], QStringLiteral("a, \"quoted\"\r\nline"));
        QCOMPARE(t->rows[1].line, 4);
        QCOMPARE(t->rows[1].fields[1], QStringLiteral("x"));
    }
    void wrongFieldCountNamesTheLine()
    {
        const auto t =
            parseCsv(QStringLiteral("a,b\n1,2\n1,2,3\n4\n5,6\n"), QStringLiteral("x.csv"));
        QVERIFY(t.ok());
        QCOMPARE(int(t->rows.size()), 2);
        QCOMPARE(int(t->problems.size()), 2);
        QCOMPARE(t->problems[0].line, 3);
        QCOMPARE(t->problems[0].file, QStringLiteral("x.csv"));
        QVERIFY(t->problems[0].message.contains(QStringLiteral("expected 2 fields")));
        QCOMPARE(t->problems[1].line, 4);
        QCOMPARE(t->problems[1].toString().left(8), QStringLiteral("x.csv:4:"));
    }
    void unterminatedQuote()
    {
        const auto t =
            parseCsv(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"), QStringLiteral("x.csv"));
        QVERIFY(t.ok());
        // The open quote costs its own line only (issue #21: it used to swallow the rest).
        QCOMPARE(int(t->rows.size()), 2);
        QCOMPARE(t->rows[1].line, 4);
        QCOMPARE(int(t->problems.size()), 1);
        QCOMPARE(t->problems[0].line, 3);
    }
    void emptyFileFails()
    {
        const auto t = parseCsv(QString(), QStringLiteral("empty.csv"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().file, QStringLiteral("empty.csv"));
    }
    void missingFileFails()
    {
        const auto t = readCsv(QStringLiteral("/nonexistent/train.csv"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().file, QStringLiteral("/nonexistent/train.csv"));
        QVERIFY(t.error().message.contains(QStringLiteral("cannot open")));
    }
    void fieldQuoting()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
