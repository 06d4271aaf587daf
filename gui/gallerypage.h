// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The gallery: every training image as a thumbnail, filtered (true class, predicted class,
// right/wrong, the >=60 focus, person) and sorted (confidence, loss, person), with a detail
// panel: the full image, label and prediction, the top-3 probabilities, and the person's other
// six images. GUI thread only; images decode on worker threads.

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QWidget>

#include "analysis/labels.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace masklens::gui {

class LabelEditor;
class SampleFilter;
class SampleModel;
class ThumbnailCache;

class GalleryPage : public QWidget
{
    Q_OBJECT
public:
    GalleryPage(SampleModel *samples, ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    /// Turns on the edit panel and its shortcuts (W/I/N mask, M/F gender, 1/2/3 age band,
    /// S swap incorrect/normal, R reviewed, X exclude); `bands` gives the thresholds in force.
    void setEditor(LabelEditor *editor, std::function<analysis::AgeBands()> bands);
    /// The dataset samples selected in the gallery (the current one when none is selected).
    QList<int> selectedSamples() const;
    /// The edit actions, by their shortcut letter (for tests and menus).
    QAction *editAction(const QString &key) const { return m_editActions.value(key); }

    SampleFilter *filter() const { return m_filter; }
    QListView *view() const { return m_view; }
    /// Shows exactly the samples of true class `truth` (and predicted `predicted` when >= 0).
    void showClass(int truth, int predicted = -1);
    /// Shows one person's images, with `sample` (when >= 0) current.
    void showPerson(int person, int sample = -1);
    /// Shows exactly `samples` (a map selection, an image's similar ones) in the order given,
    /// with `current` (when >= 0) in the detail panel.
    void showSamples(const QList<int> &samples, int current = -1);
    /// Where "Similar images" finds an image's nearest ones (the data map's neighbours; null or
    /// an empty answer: the button is off).
    void setSimilarImages(std::function<QList<int>(int sample)> similar);
    /// The detail panel's "Similar images": the image and its nearest ones.
    void showSimilar(int sample);
    /// Writes the filtered list (path, person, label, prediction, confidence, loss) as CSV.
    bool exportCsv(const QString &file, QString *error = nullptr) const;
    /// The sample shown in the detail panel, or -1.
    int currentSample() const { return m_current; }
    QString detailText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncControls();
    void updateCount();
    void showDetail(int sample);
    void refreshPersonStrip();

    SampleModel *m_samples;
    ThumbnailCache *m_thumbnails;
    SampleFilter *m_filter;
    QListView *m_view;
    QComboBox *m_trueClass, *m_predicted, *m_correctness, *m_sort;
    QCheckBox *m_oldFocus;
    QComboBox *m_maskBox, *m_genderBox, *m_ageBox;
    QLabel *m_attributeLabel;
    QPushButton *m_clear, *m_export, *m_onlyPerson, *m_similar;
    std::function<QList<int>(int)> m_similarImages;
    QLabel *m_count, *m_trueLabel, *m_predLabel, *m_sortLabel;
    QLabel *m_image, *m_detail, *m_personTitle;
    QList<QLabel *> m_person;
    int m_current = -1;
    LabelEditor *m_editor = nullptr;
    std::function<analysis::AgeBands()> m_bands;
    QWidget *m_editPanel = nullptr;
    QLabel *m_editTitle = nullptr;
    QHash<QString, QAction *> m_editActions;
    QFutureWatcher<QImage> m_imageWatcher;
};

} // namespace masklens::gui
