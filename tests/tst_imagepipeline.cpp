// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the user sees is what the model sees (issue #23): a phone photo's EXIF orientation is
// applied by the model's decoder (OpenCV) - on a full decode and on a DCT-reduced one alike -
// exactly as the window's image readers apply it (QImageReader with autoTransform, which the
// thumbnails, the detail panel and the review strip now set).
#include "fixtures.h"

#include "model/imagepipeline.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace masklens;

namespace {

/// A 80x40 landscape JPEG: white left quarter, red top-right corner, grey elsewhere, with an
/// EXIF APP1 segment saying `orientation` (none for 0).
QByteArray jpegWithOrientation(int orientation)
{
    QImage image(80, 40, QImage::Format_RGB888);
    image.fill(QColor(60, 60, 60));
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 80; ++x) {
            if (x < 20)
                image.setPixelColor(x, y, Qt::white);
            else if (x >= 60 && y < 20)
                image.setPixelColor(x, y, QColor(220, 30, 30));
        }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    if (orientation == 0)
        return jpeg;
    QByteArray tiff("MM\0\x2a", 4);
    auto be16 = [](quint16 v) { QByteArray b(2, 0); qToBigEndian(v, b.data()); return b; };
    auto be32 = [](quint32 v) { QByteArray b(4, 0); qToBigEndian(v, b.data()); return b; };
    tiff += be32(8) + be16(1) + be16(0x0112) + be16(3) + be32(1) + be16(quint16(orientation)) +
            be16(0) + be32(0);
    const QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
    return jpeg.left(2) + QByteArray("\xff\xe1", 2) + be16(quint16(app1.size() + 2)) + app1 +
           jpeg.mid(2);
}

/// The mean absolute difference of two RGB888 buffers of the same size.
double meanDifference(const std::vector<std::uint8_t> &a, const QImage &b)
{
    double sum = 0;
    const QImage rgb = b.convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int i = 0; i < rgb.width() * 3; ++i)
            sum += std::abs(int(line[i]) - int(a[std::size_t(y) * rgb.width() * 3 + i]));
    }
    return sum / double(a.size());
}

} // namespace

class TestImagePipeline : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void theModelSeesWhatTheWindowShows_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("scale"); ///< 1: full decode; 2: a DCT-reduced decode
        for (int o = 1; o <= 8; ++o)
            for (int scale : {1, 2})
                QTest::addRow("orientation %d, 1/%d size", o, scale) << o << scale;
    }
    void theModelSeesWhatTheWindowShows()
    {
        QFETCH(int, orientation);
        QFETCH(int, scale);
        const QString file = m_tmp.filePath(QStringLiteral("o%1.jpg").arg(orientation));
        QVERIFY(tests::writeAll(file, jpegWithOrientation(orientation)));
        // What the window shows: Qt's reader with EXIF applied.
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QImage shown = reader.read();
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.size(), orientation >= 5 ? QSize(40, 80) : QSize(80, 40));
        // What the model gets, at the upright size and at half of it (a reduced decode).
        model::Preprocessing pre;
        pre.width = shown.width() / scale;
        pre.height = shown.height() / scale;
        std::vector<std::uint8_t> rgb(std::size_t(pre.width) * pre.height * 3);
        QString error;
        QVERIFY2(model::decodeToRgb(file, pre, rgb.data(), &error), qPrintable(error));
        const QImage expected =
            shown.scaled(pre.width, pre.height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // The same picture up to JPEG and resampling noise; a wrong turn or mirror differs by
        // ~100 grey levels on average.
        const double diff = meanDifference(rgb, expected);
        QVERIFY2(diff < 20, qPrintable(QString::number(diff)));
    }
};

QTEST_MAIN(TestImagePipeline)
#include "tst_imagepipeline.moc"
