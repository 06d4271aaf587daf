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
        <location filename="../gui/chartwidget.cpp" line="17" />
        <source>Save chart as PNG or PDF…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="49" />
        <source>Could not write %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="58" />
        <location filename="../gui/chartwidget.cpp" line="64" />
        <source>Save chart</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="59" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::CorrectionsModel</name>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="69" />
        <source>#</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="71" />
        <source>When</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="73" />
        <source>Who</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="75" />
        <source>Person or image</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="77" />
        <source>Field</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="79" />
        <source>Was</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="81" />
        <source>Now</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="83" />
        <source>Note</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="160" />
        <source>Age bands start at</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="161" />
        <source>First age of the middle band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="162" />
        <source>First age of the old band (teams moved it to 58 or 59)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="163" />
        <source>Gender and age counted in</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="164" />
        <location filename="../gui/datasetpage.cpp" line="314" />
        <source>people</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="165" />
        <location filename="../gui/datasetpage.cpp" line="251" />
        <source>images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="172" />
        <source>Open a dataset folder (File ▸ Open, or drop it here).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="182" />
        <source>%1 people · %2 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="184" />
        <source> · %1 eval images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="186" />
        <source> · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>Mask state (images)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="200" />
        <source>Gender (images)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="200" />
        <source>Gender (people)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="201" />
        <source>male</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="201" />
        <source>female</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="203" />
        <source>Age band (images)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="203" />
        <source>Age band (people)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="216" />
        <source>Images per class (the &gt;=%1 classes in red)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="219" />
        <source>class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="220" />
        <source>&gt;=%1 class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="292" />
        <source>People per age, with the band thresholds</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="312" />
        <source>age</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="324" />
        <source>%1 ▸</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::ErrorsPage</name>
    <message>
        <location filename="../gui/errorspage.cpp" line="114" />
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="125" />
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="134" />
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="140" />
        <source> (%1 without a prediction)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="141" />
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="163" />
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="168" />
        <source>precision</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="168" />
        <source>recall</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="168" />
        <source>F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="224" />
        <source>Confusion matrix, share of each true class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="225" />
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="226" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="226" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="226" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="227" />
        <source>Mask state</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="228" />
        <source>male</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="228" />
        <source>female</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="228" />
        <source>Gender</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="232" />
        <source>Age band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="288" />
        <source>predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="289" />
        <source>label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="300" />
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="319" />
        <source>age</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="320" />
        <source>error rate</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="163" />
        <location filename="../gui/gallerypage.cpp" line="166" />
        <source>Export samples</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="163" />
        <source>CSV file (*.csv)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="184" />
        <source>(the image cannot be decoded)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="198" />
        <source>Label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="199" />
        <source>Predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="200" />
        <location filename="../gui/gallerypage.cpp" line="201" />
        <source>any</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="202" />
        <source>right and wrong</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="203" />
        <source>right only</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="204" />
        <source>wrong only</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="205" />
        <source>&gt;=60 focus</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="207" />
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Sort</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="210" />
        <source>dataset order</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="211" />
        <source>least confident first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="212" />
        <source>most confident first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="213" />
        <source>highest loss first</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <source>by person</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="215" />
        <source>Clear filters</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216" />
        <source>Export CSV…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="217" />
        <source>This person's images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="219" />
        <source>&lt;b&gt;Correct the selected images&lt;/b&gt; (gender and age apply to the whole person; Ctrl+Z undoes)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Mask state</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Gender</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Age band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Also</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="227" />
        <location filename="../gui/gallerypage.cpp" line="247" />
        <source>wear</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="228" />
        <location filename="../gui/gallerypage.cpp" line="248" />
        <source>incorrect</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="229" />
        <location filename="../gui/gallerypage.cpp" line="249" />
        <source>not worn</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="230" />
        <location filename="../gui/gallerypage.cpp" line="251" />
        <source>male</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="231" />
        <location filename="../gui/gallerypage.cpp" line="252" />
        <source>female</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235" />
        <source>swap incorrect/normal</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="236" />
        <source>reviewed</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="237" />
        <source>exclude / include</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="244" />
        <source>Show only this person</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="245" />
        <source>Label attributes</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="246" />
        <source>any mask state</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="250" />
        <source>any gender</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="253" />
        <source>any age band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="254" />
        <source>young band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="255" />
        <source>middle band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="256" />
        <source>old band</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="276" />
        <source>%1 of %2 images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="304" />
        <location filename="../gui/gallerypage.cpp" line="323" />
        <source>Cannot write %1: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="419" />
        <source>Click an image to see it here.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="427" />
        <source>Person %1 (%2): %3, %4 years</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="433" />
        <source>Label: %1 (class %2)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="436" />
        <source>Predicted: %1 (class %2), right</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="437" />
        <source>Predicted: &lt;span style='color:#d6604d'&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="443" />
        <source>Top 3:</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="451" />
        <source>No prediction loaded.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="454" />
        <source>Reviewed.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="456" />
        <source>Excluded from training.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="480" />
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
        <location filename="../gui/labeleditor.cpp" line="114" />
        <source>Set mask state of %1 image(s) to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="129" />
        <source>Set gender of %1 person(s) to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="152" />
        <source>Set age band of %1 person(s) to %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="172" />
        <source>Exclude %1 image(s) from training</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="173" />
        <source>Include %1 image(s) again</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="179" />
        <source>Mark %1 image(s) reviewed</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="198" />
        <source>Swap incorrect/normal for %1 person(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="206" />
        <source>Revert %1 of %2</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="117" />
        <source>Correct labels</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="224" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="236" />
        <source>Run a model over the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="238" />
        <source>Models (*.mlck *.pt *.pth *.ts);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="244" />
        <location filename="../gui/mainwindow.cpp" line="249" />
        <source>Save predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="246" />
        <source>Predictions (*.csv)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="253" />
        <location filename="../gui/mainwindow.cpp" line="492" />
        <source>Load predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="254" />
        <source>Predictions (*.csv);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="291" />
        <source>About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="292" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="302" />
        <source>MaskLens — %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="303" />
        <source>MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="304" />
        <source>Dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="305" />
        <source>Errors</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="306" />
        <source>Gallery</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="307" />
        <source>Label issues</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="308" />
        <source>Training</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="309" />
        <source>Load &amp;Predictions…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="310" />
        <source>&amp;Run Model…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="311" />
        <source>&amp;Save Predictions…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="313" />
        <source>Problems (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="314" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="315" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="316" />
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="317" />
        <source>Corrections (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="319" />
        <source>Filter corrections…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="321" />
        <source>Revert selected</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="322" />
        <source>&amp;Open Dataset…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="323" />
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="324" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="325" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="326" />
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="327" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="328" />
        <source>&amp;About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="330" />
        <source>Ready</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="363" />
        <source>Loading %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="396" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="397" />
        <location filename="../gui/mainwindow.cpp" line="589" />
        <source>cancelled</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="403" />
        <source>Could not open the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="405" />
        <source>Open dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="406" />
        <source>Could not open %1:
%2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="428" />
        <source>editing is off: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="447" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="462" />
        <source>Loading predictions %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="475" />
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="490" />
        <source>Could not load the predictions</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="507" />
        <source>Predictions for %1 images loaded from %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="538" />
        <source>Running %1 over %2 images…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="574" />
        <source>%1 (run in MaskLens)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="588" />
        <source>Model run cancelled; the previous predictions stay.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="595" />
        <source>The model could not run</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="597" />
        <source>Run model</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="605" />
        <source>Predictions for %1 images from %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="615" />
        <source>No predictions to save</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="645" />
        <source>Saved: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="699" />
        <source>Cannot create %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="720" />
        <location filename="../gui/mainwindow.cpp" line="735" />
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
    <name>masklens::gui::ReviewPage</name>
    <message>
        <location filename="../gui/reviewpage.cpp" line="190" />
        <source>gender flip (person)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="192" />
        <source>age band (person)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="194" />
        <source>incorrect/normal swap</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="196" />
        <source>image label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="205" />
        <source>to review</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="207" />
        <source>accepted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="209" />
        <source>rejected</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="211" />
        <source>skipped</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="218" />
        <source>every kind</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="221" />
        <source>only those left to review</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>#</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>kind</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>given → suggested</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>score</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="223" />
        <source>status</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="223" />
        <source>person / image</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="224" />
        <source>Accept (A)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="226" />
        <source>Write the suggested label to the corrections journal (undo: Ctrl+Z).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="227" />
        <source>Reject (R)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="228" />
        <source>The label is right: mark the images reviewed.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="229" />
        <source>Skip (S)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="230" />
        <source>Show in gallery</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="231" />
        <source>Images under suspicion per given class (red: &gt;=60)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="241" />
        <source>Load out-of-fold predictions with probabilities to find likely wrong labels: train with Folds 2 or more and the cross-entropy loss in the Training view (or masklens-cli train --folds K), then Show in Errors view. Label smoothing caps the confidence the person checks need.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="434" />
        <source>images</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="441" />
        <source>No likely wrong labels found.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="457" />
        <source>%1: %2 (%3 accepted, %4 rejected)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="462" />
        <source>&lt;b&gt;%1 suspects, %2 left to review&lt;/b&gt; (ranked by score, from %3)&lt;br&gt;%4</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="495" />
        <source>Pick a suspect on the left.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="512" />
        <source>#%1 %2 · %3: &lt;b&gt;%4&lt;/b&gt; → &lt;b&gt;%5&lt;/b&gt; · score %6 · %7</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="519" />
        <source>Person %1: %2, %3 years. Evidence: %4</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="532" />
        <source>missing</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="543" />
        <source>cannot read
%1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="561" />
        <source>&lt;br&gt;model: %1 %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="562" />
        <source>&lt;br&gt;p(label) %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="564" />
        <source>&lt;br&gt;p(suggested) %1</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::RunCompareDialog</name>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="42" />
        <source>Compare runs %1 and %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="45" />
        <source>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;macro F1 &lt;b&gt;%3 → %4&lt;/b&gt; (%5), &gt;=60 classes F1 &lt;b&gt;%6 → %7&lt;/b&gt; (%8); %9 images both predicted, scored against B's labels (%10 labels differ between the runs); %11 wrong → right, %12 right → wrong.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="64" />
        <source>&lt;br&gt;&lt;span style='color:#b22222'&gt;The runs validated on different people (the split follows the labels), so they share only %1 of %2 images: train both with Folds 2 or more for out-of-fold predictions on every image.&lt;/span&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="72" />
        <source>Per-class F1: A (light) and B (dark); * the &gt;=60 classes</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="75" />
        <source>A: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="75" />
        <source>B: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="95" />
        <source>F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>support</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>F1 A</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>F1 B</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>B - A</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="144" />
        <source>macro F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="145" />
        <source>&gt;=60 classes F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="176" />
        <source>true %1, predicted %2: A %3, B %4</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="187" />
        <source>B's confusion matrix minus A's (rows: true class, columns: predicted). Green: B better (more on the diagonal, fewer off it); red: worse.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>change</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>image</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>label</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>A predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>B predicted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="204" />
        <source>wrong → right</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="204" />
        <source>right → wrong</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="224" />
        <source>Per class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="225" />
        <source>Confusion change</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="226" />
        <source>Changed images (%1)</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::SampleModel</name>
    <message>
        <location filename="../gui/samplemodel.cpp" line="100" />
        <source>label: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="101" />
        <source>predicted: %1 (%2%)</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::TrainingPage</name>
    <message>
        <location filename="../gui/trainingpage.cpp" line="247" />
        <location filename="../gui/trainingpage.cpp" line="319" />
        <source>Initial weights</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="248" />
        <source>Weights (*.pt *.pth *.mlck);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="316" />
        <source>Model</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="316" />
        <source>Input size (WxH)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="316" />
        <source>Outputs</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="311" />
        <source>default: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="317" />
        <source>Epochs</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="317" />
        <source>Batch</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="317" />
        <source>Learning rate</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="318" />
        <source>Loss</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="318" />
        <source>Sampler</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="318" />
        <source>Folds</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="319" />
        <source>Seeds</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="319" />
        <source>Device</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="320" />
        <source>Face crop</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="320" />
        <source>Weights</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="320" />
        <source>Precision</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="321" />
        <source>Run on</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="321" />
        <source>Command template</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="325" />
        <source>18 classes</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="326" />
        <source>three heads (mask, gender, age band)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="327" />
        <source>Three heads learn the age band from all seven photos of every person, which helps the rare incorrect/normal &gt;=60 classes.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="329" />
        <source>Small CNN</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="331" />
        <source>Medium CNN, fine detail</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="339" />
        <source>The medium CNN behind one more strided layer, on twice the input size (128x160): 1.7x its time per image.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="343" />
        <source>Empty: 224x224 for EfficientNet-B0, 64x80 for the small and medium CNNs, 128x160 for the fine-detail one.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="345" />
        <source>Adam's learning rate; StepLR halves it every third of the epochs.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="346" />
        <source>cross-entropy</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="347" />
        <source>label smoothing</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="348" />
        <source>focal</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="349" />
        <source>class-weighted</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="350" />
        <source>none</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="351" />
        <source>weighted (rare classes as often as common)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="356" />
        <source>One model per seed, e.g. 1,2,3, combined by hard and soft voting.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="357" />
        <source>auto (GPU when there is one)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="358" />
        <source>CPU</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="359" />
        <source>CUDA GPU</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="360" />
        <source>none: random weights</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="361" />
        <source>Browse...</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="363" />
        <source>centre 256x320 (baseline's)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="364" />
        <source>centre 208x260 (tighter)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="365" />
        <source>Crops the centre of the 384x512 frame before resizing to the input size: 256x320 is the competition baseline's crop; the tighter 208x260 gives hair, brows and forehead lines 1.23x the pixels at the same cost.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="369" />
        <source>moving average (EMA 0.999)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="370" />
        <source>Validate and save an average of the recent weights instead of the last step's: the validation F1 climbs steadily instead of jumping from epoch to epoch.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="373" />
        <source>bfloat16 forward pass</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="374" />
        <source>Runs the network's forward pass in 16-bit floats (weights stay 32-bit): about 1.5x the images per second for the CNNs on CPUs with AVX-512 bfloat16 and on recent GPUs, slower elsewhere (and for EfficientNet-B0 on the CPU).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="378" />
        <source>this computer</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="379" />
        <source>a command template (remote GPU, cluster)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="381" />
        <source>A shell command that runs the trainer elsewhere and prints its JSON lines, e.g. over ssh or srun. {cache}, {cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer options) are replaced; see the README.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="384" />
        <source>Start training</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="385" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="386" />
        <source>&lt;b&gt;Runs&lt;/b&gt; (select two to compare)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="387" />
        <source>Refresh</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="388" />
        <source>Compare</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="389" />
        <source>Show in Errors view</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="390" />
        <source>Open folder</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <source>run</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <source>date</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <source>labels</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <location filename="../gui/trainingpage.cpp" line="400" />
        <source>macro F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>&gt;=60 F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>device</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>duration</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>status</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="393" />
        <source>Loss and validation F1 per epoch</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="563" />
        <source>epoch: %1 models of %2 epochs, one after another</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="566" />
        <source>epoch</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="778" />
        <source>Run %1 (%2): macro F1 %3, &gt;=60 classes F1 %4, %5, %6.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="780" />
        <source>%1 models x %2 epochs</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="781" />
        <source>%1 epoch(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="395" />
        <source>loss</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="396" />
        <source>validation F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="398" />
        <source>train loss</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="399" />
        <source>validation loss</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="401" />
        <source>&gt;=60 classes F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="405" />
        <source>The trainer's log appears here while a run goes.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="407" />
        <location filename="../gui/trainingpage.cpp" line="579" />
        <location filename="../gui/trainingpage.cpp" line="739" />
        <source>not training</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="413" />
        <source>Set the recipe and start a run; it trains on the labels as corrected.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="431" />
        <source>Trains on the original labels (no corrections yet).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="432" />
        <source>Trains on the labels with the corrections applied: version %1, %2 people corrected.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="494" />
        <source>Open a dataset first.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="497" />
        <source>Initial weights: %1 does not exist.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="499" />
        <source>Write the command template first (see the README), or run on this computer.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="524" />
        <source>Run %1: preparing the images and labels...</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="534" />
        <source>Stopping: the trainer saves its last checkpoint...</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="579" />
        <source>starting</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="614" />
        <source>Per-class validation F1, epoch %1 (red: &gt;=60)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="615" />
        <source>Per-class validation F1 (red: &gt;=60)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="620" />
        <source>class</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="619" />
        <source>F1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="330" />
        <source>Medium CNN</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="332" />
        <source>Four layers: the fastest; for demos and quick checks.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="335" />
        <source>Seven layers: twice the small CNN's time per image, and better at fine cues such as brows and grey hair.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="352" />
        <source>1: one model validated on a fifth of the people. K: K models on person-level folds, with out-of-fold predictions for every image (what the label-issue finder needs; train those with the cross-entropy loss).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="362" />
        <source>none: the whole frame</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="634" />
        <source>Run %1 on %2: %3 images of %4 people, %5 model(s), input %6x%7</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="655" />
        <source>model %1/%2 · epoch %3/%4 · batch %5/%6</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="663" />
        <source>%1 img/s · epoch ends in %2 · run ends in %3</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="666" />
        <source>%1 img/s · epoch ends in %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="696" />
        <source>epoch %1/%2: train loss %3, val loss %4, macro F1 %5, &gt;=60 F1 %6%7</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="703" />
        <source> (best so far)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="705" />
        <source>ensemble of %1: hard voting macro F1 %2, soft voting %3</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="710" />
        <source>error: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="712" />
        <source>cache %1, labels %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="725" />
        <source>Run %1 done: macro F1 %2, &gt;=60 classes F1 %3 (%4 predictions), in %5.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="727" />
        <source>out-of-fold</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="727" />
        <source>validation</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="731" />
        <source>Run %1 stopped. %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="734" />
        <source>Run %1 failed:
%2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="735" />
        <source>failed: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="791" />
        <source>done</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="793" />
        <source>stopped</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="795" />
        <source>failed</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="797" />
        <source>running</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="857" />
        <source>Cannot compare: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::TrainingProcess</name>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="35" />
        <source>The run did not stop in time; killing it.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="126" />
        <source>A run is already going.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="128" />
        <source>Cannot find masklens-cli (looked next to this program and on PATH).</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="130" />
        <source>Open a dataset first.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="145" />
        <source>Preparing the image cache and the labels for the command template...</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="164" />
        <source>Could not start %1: %2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="241" />
        <source>Stopped; the last checkpoint is saved where the trainer got to.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="251" />
        <source>The trainer crashed.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="252" />
        <source>The trainer exited with status %1 without finishing.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="291" />
        <source>Running: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="301" />
        <source>Stopping the run...</source>
        <translation />
    </message>
</context>
</TS>