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
</context>
<context>
    <name>masklens::gui::ChartWidget</name>
    <message>
        <location filename="../gui/chartwidget.cpp" line="15" />
        <source>Save chart as PNG or PDF…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="46" />
        <source>Could not write %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="55" />
        <location filename="../gui/chartwidget.cpp" line="61" />
        <source>Save chart</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="56" />
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
        <location filename="../gui/datasetpage.cpp" line="303" />
        <source>people</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="159" />
        <location filename="../gui/datasetpage.cpp" line="240" />
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
        <location filename="../gui/datasetpage.cpp" line="281" />
        <source>People per age, with the band thresholds</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="301" />
        <source>age</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="313" />
        <source>%1 ▸</source>
        <translation />
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="106" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="136" />
        <source>About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="137" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="147" />
        <source>MaskLens — %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="148" />
        <source>MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="149" />
        <source>Dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="150" />
        <source>Problems (%1)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="151" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="152" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="153" />
        <source>&amp;Open Dataset…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="154" />
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="155" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="156" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="157" />
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="158" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="159" />
        <source>&amp;About MaskLens</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161" />
        <source>Ready</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="191" />
        <source>Loading %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="224" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="225" />
        <source>cancelled</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="231" />
        <source>Could not open the dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="233" />
        <source>Open dataset</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="234" />
        <source>Could not open %1:
%2</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="247" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="275" />
        <source>Cannot create %1</source>
        <translation />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="286" />
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
</TS>