// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Map view (issue #22): every image as a point on a 2-D layout of the model's embeddings
// (analysis/maplayout: made off the GUI thread with progress and cancel, cached in the dataset's
// .masklens/maps), coloured by label, prediction, right/wrong, suspect kind, mask, gender or age
// band, with the >=60 classes drawn larger and on top (and, ticked, everything else pale). A
// rectangle or lasso selection fills the strip below (and goes to the gallery on request), hover
// shows the image, a click opens it in the gallery's detail panel; the map's neighbour lists are
// the gallery's "Similar images". A features file comes with predictions (X_features.npy beside
// X_predictions.csv, a run's oof_features.npy beside oof_predictions.csv) or from Open Features.
// GUI thread only.

#include "analysis/maplayout.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace masklens::gui {

class SampleFilter;
class SampleModel;
class ScatterView;
class SuspectsModel;
class ThumbnailCache;
class Workspace;

class MapPage : public QWidget
{
    Q_OBJECT
public:
    enum class Colouring { TrueClass, Predicted, Correctness, Suspect, Mask, Gender, AgeBand };

    MapPage(SampleModel *samples, ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~MapPage() override;

    /// Observes the workspace: a new dataset drops the map (and makes it again from the same
    /// features file when they still fit), edits and predictions recolour it.
    void setWorkspace(Workspace *workspace);
    /// The review queue's suspects, for "colour by suspect kind".
    void setSuspects(SuspectsModel *suspects);

    /// Reads `file` and lays it out in the background (or reads the cached map). Returns at once.
    void openFeatures(const QString &file);
    /// Lays out features already in memory (Run Model's), for the open dataset; they go with
    /// it (a new dataset drops them).
    void showFeatures(std::shared_ptr<const analysis::Features> features);
    void cancel();
    bool isBusy() const;
    QString featuresFile() const { return m_featuresFile; }
    /// The map shown (null: none yet).
    const analysis::MapLayout *layout() const { return m_layout ? &*m_layout : nullptr; }
    /// An image's nearest images on the map (empty without a map).
    QList<int> similar(int sample, int k = 15) const;

    void setColouring(Colouring colouring);
    Colouring colouring() const;
    void setHighlightOld(bool on);
    ScatterView *view() const { return m_view; }
    /// The map's message line (what is shown, why nothing is, or what went wrong).
    QString message() const;
    /// The legend's lines ("colour name (count)"), for tests.
    QStringList legend() const;
    /// The selection strip's samples, in order.
    QList<int> stripSamples() const;
    /// The hover preview (null while none is shown).
    QWidget *hoverPreview() const;

Q_SIGNALS:
    /// A map or an error arrived (ok false: `message` says why).
    void mapReady(bool ok, const QString &message);
    /// Open this image in the gallery's detail panel.
    void openSample(int sample);
    /// Show these images in the gallery.
    void showInGallery(const QList<int> &samples);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Made;
    void retranslate();
    void start();
    void startWith(const QString &file);
    void finished();
    void recolour();
    void showHover(int point, QPoint globalPos);
    void selectionChanged(const QList<int> &points);

    SampleModel *m_samples;
    ThumbnailCache *m_thumbnails;
    Workspace *m_workspace = nullptr;
    QPointer<SuspectsModel> m_suspects;
    QString m_featuresFile;
    std::shared_ptr<const analysis::Features> m_inMemory; ///< showFeatures's, or null
    std::optional<analysis::MapLayout> m_layout;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<std::shared_ptr<Made>> m_watcher;
    bool m_restart = false;
    int m_spaces = 1;

    QComboBox *m_colourBox;
    QCheckBox *m_highlightOld;
    QComboBox *m_shapeBox;
    QPushButton *m_fit, *m_open, *m_cancelButton, *m_toGallery;
    QLabel *m_colourLabel, *m_shapeLabel, *m_status, *m_selectionTitle;
    QProgressBar *m_progress;
    ScatterView *m_view;
    QListWidget *m_legend;
    QListView *m_strip;
    SampleFilter *m_stripFilter;
    QLabel *m_hover = nullptr;
    int m_hoverPoint = -1;
    QPoint m_hoverPos;
    QList<bool> m_hidden; ///< per legend entry: unticked categories are not drawn
};

} // namespace masklens::gui
