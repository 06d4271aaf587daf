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
        <location filename="../gui/workbench.cpp" line="20" />
        <source>MaskLens: browse a mask dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="26" />
        <source>Dataset folder to open.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="30" />
        <source>Render each view to DIR/&lt;view&gt;.png and exit.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="34" />
        <source>Interface language: en or ko (default: system).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="38" />
        <source>Predictions file to load with the dataset.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="42" />
        <source>Model (checkpoint or TorchScript) to run over the dataset once it has loaded.</source>
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
    <name>masklens::gui::CorrectionsModel</name>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="57" />
        <source>#</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="58" />
        <source>When</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="59" />
        <source>Who</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="60" />
        <source>Person or image</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="61" />
        <source>Field</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="62" />
        <source>Was</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="63" />
        <source>Now</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="64" />
        <source>Note</source>
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
        <location filename="../gui/errorspage.cpp" line="104" />
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="114" />
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="122" />
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="128" />
        <source> (%1 without a prediction)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="129" />
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="150" />
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="153" />
        <source>precision</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="153" />
        <source>recall</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="153" />
        <source>F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="206" />
        <source>Confusion matrix, share of each true class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="206" />
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>Mask state</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="208" />
        <source>male</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="208" />
        <source>female</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="208" />
        <source>Gender</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="211" />
        <source>Age band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="264" />
        <source>predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="265" />
        <source>label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="276" />
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="294" />
        <source>age</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="295" />
        <source>error rate</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="153" />
        <location filename="../gui/gallerypage.cpp" line="157" />
        <source>Export samples</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="154" />
        <source>CSV file (*.csv)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="173" />
        <source>(the image cannot be decoded)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="187" />
        <source>Label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="188" />
        <source>Predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="189" />
        <location filename="../gui/gallerypage.cpp" line="190" />
        <source>any</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="191" />
        <source>right and wrong</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="192" />
        <source>right only</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="193" />
        <source>wrong only</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="194" />
        <source>&gt;=60 focus</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="195" />
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="197" />
        <source>Sort</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="198" />
        <source>dataset order</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="199" />
        <source>least confident first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="200" />
        <source>most confident first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="201" />
        <source>highest loss first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="202" />
        <source>by person</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="203" />
        <source>Clear filters</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="204" />
        <source>Export CSV…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="205" />
        <source>This person's images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="207" />
        <source>&lt;b&gt;Correct the selected images&lt;/b&gt; (gender and age apply to the whole person; Ctrl+Z undoes)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Mask state</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Gender</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Age band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Also</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="227" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="228" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="229" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="231" />
        <source>male</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="232" />
        <source>female</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216" />
        <source>swap incorrect/normal</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216" />
        <source>reviewed</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="217" />
        <source>exclude / include</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="224" />
        <source>Show only this person</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="225" />
        <source>Label attributes</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="226" />
        <source>any mask state</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="230" />
        <source>any gender</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="233" />
        <source>any age band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="234" />
        <source>young band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235" />
        <source>middle band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="236" />
        <source>old band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="256" />
        <source>%1 of %2 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="272" />
        <location filename="../gui/gallerypage.cpp" line="288" />
        <source>Cannot write %1: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="366" />
        <source>Click an image to see it here.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="374" />
        <source>Person %1 (%2): %3, %4 years</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="376" />
        <source>Label: %1 (class %2)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="378" />
        <source>Predicted: %1 (class %2), right</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="378" />
        <source>Predicted: &lt;span style='color:#d6604d'&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="384" />
        <source>Top 3:</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="389" />
        <source>No prediction loaded.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="392" />
        <source>Reviewed.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="394" />
        <source>Excluded from training.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="418" />
        <source>missing</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::LabelEditor</name>
    <message>
        <location filename="../gui/labeleditor.cpp" line="64" />
        <source>undo</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="79" />
        <source>editing is off: this dataset is open in another MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="112" />
        <source>Set mask state of %1 image(s) to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="125" />
        <source>Set gender of %1 person(s) to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="144" />
        <source>Set age band of %1 person(s) to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="156" />
        <source>Exclude %1 image(s) from training</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="157" />
        <source>Include %1 image(s) again</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="170" />
        <source>Mark %1 image(s) reviewed</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="189" />
        <source>Swap incorrect/normal for %1 person(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="196" />
        <source>Revert %1 of %2</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="95" />
        <source>Correct labels</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="210" />
        <source>Run a model over the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="211" />
        <source>Models (*.mlck *.pt *.pth *.ts);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="217" />
        <location filename="../gui/mainwindow.cpp" line="221" />
        <source>Save predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="218" />
        <source>Predictions (*.csv)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="225" />
        <location filename="../gui/mainwindow.cpp" line="451" />
        <source>Load predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="226" />
        <source>Predictions (*.csv);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="263" />
        <source>About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="264" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="274" />
        <source>MaskLens — %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="275" />
        <source>MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="276" />
        <source>Dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="277" />
        <source>Errors</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="278" />
        <source>Gallery</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="279" />
        <source>Load &amp;Predictions…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="280" />
        <source>&amp;Run Model…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="281" />
        <source>&amp;Save Predictions…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="283" />
        <source>Problems (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="284" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="285" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="286" />
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="287" />
        <source>Corrections (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="288" />
        <source>Filter corrections…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="289" />
        <source>Revert selected</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="290" />
        <source>&amp;Open Dataset…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="291" />
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="292" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="294" />
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="295" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="296" />
        <source>&amp;About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="298" />
        <source>Ready</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="328" />
        <source>Loading %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="361" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="362" />
        <location filename="../gui/mainwindow.cpp" line="540" />
        <source>cancelled</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="368" />
        <source>Could not open the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="370" />
        <source>Open dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="371" />
        <source>Could not open %1:
%2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="392" />
        <source>editing is off: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="409" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="424" />
        <source>Loading predictions %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="435" />
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="449" />
        <source>Could not load the predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="466" />
        <source>Predictions for %1 images loaded from %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="494" />
        <source>Running %1 over %2 images…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="525" />
        <source>%1 (run in MaskLens)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="539" />
        <source>Model run cancelled; the previous predictions stay.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="546" />
        <source>The model could not run</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="548" />
        <source>Run model</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="556" />
        <source>Predictions for %1 images from %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="564" />
        <source>No predictions to save</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="588" />
        <source>Saved: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="627" />
        <source>Cannot create %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="647" />
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
        <location filename="../gui/samplemodel.cpp" line="97" />
        <source>label: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="98" />
        <source>predicted: %1 (%2%)</source>
        <translation />
    </message>
</context>
</TS>