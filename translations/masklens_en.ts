<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="24" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="25" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="26" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="28" />
        <source>M</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="29" />
        <source>F</source>
        <translation />
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../gui/workbench.cpp" line="18" />
        <source>MaskLens: browse a mask dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="24" />
        <source>Dataset folder to open.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="28" />
        <source>Render each view to DIR/&lt;view&gt;.png and exit.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="32" />
        <source>Interface language: en or ko (default: system).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="36" />
        <source>Predictions file to load with the dataset.</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::ChartWidget</name>
    <message>
        <location filename="../gui/chartwidget.cpp" line="15" />
        <source>Save chart as PNG or PDF…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="47" />
        <source>Could not write %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="56" />
        <location filename="../gui/chartwidget.cpp" line="62" />
        <source>Save chart</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="57" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="154" />
        <source>Age bands start at</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="155" />
        <source>First age of the middle band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="156" />
        <source>First age of the old band (teams moved it to 58 or 59)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="157" />
        <source>Gender and age counted in</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="158" />
        <location filename="../gui/datasetpage.cpp" line="305" />
        <source>people</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="159" />
        <location filename="../gui/datasetpage.cpp" line="242" />
        <source>images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="166" />
        <source>Open a dataset folder (File ▸ Open, or drop it here).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="175" />
        <source>%1 people · %2 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="177" />
        <source> · %1 eval images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="179" />
        <source> · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="189" />
        <source>Mask state (images)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="190" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="190" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="190" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="193" />
        <source>Gender (images)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="193" />
        <source>Gender (people)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="194" />
        <source>male</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="194" />
        <source>female</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="196" />
        <source>Age band (images)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="196" />
        <source>Age band (people)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="208" />
        <source>Images per class (the &gt;=%1 classes in red)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="211" />
        <source>class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="212" />
        <source>&gt;=%1 class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="283" />
        <source>People per age, with the band thresholds</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="303" />
        <source>age</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="315" />
        <source>%1 ▸</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::ErrorsPage</name>
    <message>
        <location filename="../gui/errorspage.cpp" line="87" />
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="97" />
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="105" />
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="111" />
        <source> (%1 without a prediction)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="112" />
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="133" />
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="136" />
        <source>precision</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="136" />
        <source>recall</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="136" />
        <source>F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="181" />
        <source>Confusion matrix, share of each true class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="181" />
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="229" />
        <source>predicted class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="230" />
        <source>label (true class)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="241" />
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="259" />
        <source>age</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="260" />
        <source>error rate</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="118" />
        <location filename="../gui/gallerypage.cpp" line="122" />
        <source>Export samples</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="119" />
        <source>CSV file (*.csv)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="138" />
        <source>(the image cannot be decoded)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="152" />
        <source>Label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="153" />
        <source>Predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="154" />
        <location filename="../gui/gallerypage.cpp" line="155" />
        <source>any</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="156" />
        <source>right and wrong</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="157" />
        <source>right only</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="158" />
        <source>wrong only</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="159" />
        <source>&gt;=60 focus</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="160" />
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="162" />
        <source>Sort</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="163" />
        <source>dataset order</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="164" />
        <source>least confident first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="165" />
        <source>most confident first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="166" />
        <source>highest loss first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="167" />
        <source>by person</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="168" />
        <source>Clear filters</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="169" />
        <source>Export CSV…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="170" />
        <source>This person's images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="187" />
        <source>%1 of %2 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="203" />
        <location filename="../gui/gallerypage.cpp" line="219" />
        <source>Cannot write %1: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="233" />
        <source>Click an image to see it here.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="241" />
        <source>Person %1 (%2): %3, %4 years</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="243" />
        <source>Label: %1 (class %2)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="245" />
        <source>Predicted: %1 (class %2), right</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="245" />
        <source>Predicted: &lt;span style='color:#d6604d'&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="251" />
        <source>Top 3:</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="256" />
        <source>No prediction loaded.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="281" />
        <source>missing</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="136" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="146" />
        <location filename="../gui/mainwindow.cpp" line="335" />
        <source>Load predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="147" />
        <source>Predictions (*.csv);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="175" />
        <source>About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="176" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="186" />
        <source>MaskLens — %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="187" />
        <source>MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="188" />
        <source>Dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="189" />
        <source>Errors</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="190" />
        <source>Gallery</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="191" />
        <source>Load &amp;Predictions…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="192" />
        <source>Problems (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="193" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="194" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="195" />
        <source>&amp;Open Dataset…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="196" />
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="197" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="199" />
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="200" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="201" />
        <source>&amp;About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="203" />
        <source>Ready</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="233" />
        <source>Loading %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="266" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="267" />
        <source>cancelled</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="273" />
        <source>Could not open the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="275" />
        <source>Open dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="276" />
        <source>Could not open %1:
%2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="308" />
        <source>Loading predictions %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="319" />
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="333" />
        <source>Could not load the predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="349" />
        <source>Predictions for %1 images loaded from %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="389" />
        <source>Cannot create %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="409" />
        <source>Cannot write %1</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::ProblemsModel</name>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="53" />
        <source>File</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="55" />
        <source>Line</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="57" />
        <source>Problem</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::SampleModel</name>
    <message>
        <location filename="../gui/samplemodel.cpp" line="77" />
        <source>label: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="78" />
        <source>predicted: %1 (%2%)</source>
        <translation />
    </message>
</context>
</TS>