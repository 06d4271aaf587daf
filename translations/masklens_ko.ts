<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="24" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="25" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="26" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="28" />
        <source>M</source>
        <translation>남</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="29" />
        <source>F</source>
        <translation>여</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../gui/workbench.cpp" line="18" />
        <source>MaskLens: browse a mask dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.</source>
        <translation>MaskLens: 마스크 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="24" />
        <source>Dataset folder to open.</source>
        <translation>열 데이터셋 폴더.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="28" />
        <source>Render each view to DIR/&lt;view&gt;.png and exit.</source>
        <translation>각 화면을 DIR/&lt;view&gt;.png로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="32" />
        <source>Interface language: en or ko (default: system).</source>
        <translation>화면 언어: en 또는 ko (기본값: 시스템).</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ChartWidget</name>
    <message>
        <location filename="../gui/chartwidget.cpp" line="15" />
        <source>Save chart as PNG or PDF…</source>
        <translation>차트를 PNG 또는 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="46" />
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="55" />
        <location filename="../gui/chartwidget.cpp" line="61" />
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="56" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="154" />
        <source>Age bands start at</source>
        <translation>연령대 시작 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="155" />
        <source>First age of the middle band</source>
        <translation>중간 연령대의 첫 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="156" />
        <source>First age of the old band (teams moved it to 58 or 59)</source>
        <translation>고령 연령대의 첫 나이 (여러 팀이 58이나 59로 옮겼습니다)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="157" />
        <source>Gender and age counted in</source>
        <translation>성별과 나이 집계 단위</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="158" />
        <location filename="../gui/datasetpage.cpp" line="303" />
        <source>people</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="159" />
        <location filename="../gui/datasetpage.cpp" line="240" />
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="166" />
        <source>Open a dataset folder (File ▸ Open, or drop it here).</source>
        <translation>데이터셋 폴더를 여세요 (파일 ▸ 열기, 또는 여기로 끌어다 놓기).</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="175" />
        <source>%1 people · %2 images</source>
        <translation>사람 %1명 · 이미지 %2장</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="177" />
        <source> · %1 eval images</source>
        <translation> · 평가 이미지 %1장</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="179" />
        <source> · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)</source>
        <translation> · 불균형 %1 : 1 (클래스 %2는 %3장, 클래스 %4는 %5장)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="189" />
        <source>Mask state (images)</source>
        <translation>마스크 상태 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="190" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="190" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="190" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="193" />
        <source>Gender (images)</source>
        <translation>성별 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="193" />
        <source>Gender (people)</source>
        <translation>성별 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="194" />
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="194" />
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="196" />
        <source>Age band (images)</source>
        <translation>연령대 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="196" />
        <source>Age band (people)</source>
        <translation>연령대 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="208" />
        <source>Images per class (the &gt;=%1 classes in red)</source>
        <translation>클래스별 이미지 수 (%1세 이상 클래스는 빨간색)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="211" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="212" />
        <source>&gt;=%1 class</source>
        <translation>%1세 이상 클래스</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="281" />
        <source>People per age, with the band thresholds</source>
        <translation>나이별 사람 수와 연령대 경계</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="301" />
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="313" />
        <source>%1 ▸</source>
        <translation>%1 ▸</translation>
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="106" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation>데이터셋 폴더 열기 (train/과 eval/이 있는 폴더)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="136" />
        <source>About MaskLens</source>
        <translation>MaskLens 정보</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="137" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;마스크 분류기를 위한 작업대: 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="147" />
        <source>MaskLens — %1</source>
        <translation>MaskLens — %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="148" />
        <source>MaskLens</source>
        <translation>MaskLens</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="149" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="150" />
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="151" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="152" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="153" />
        <source>&amp;Open Dataset…</source>
        <translation>데이터셋 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="154" />
        <source>Open &amp;Recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="155" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="156" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="157" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="158" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="159" />
        <source>&amp;About MaskLens</source>
        <translation>MaskLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="191" />
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="224" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터셋이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="225" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="231" />
        <source>Could not open the dataset</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="233" />
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="234" />
        <source>Could not open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="247" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation>사람 %1명, 이미지 %2장, 문제 %3건</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="275" />
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="286" />
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ProblemsModel</name>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="53" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="55" />
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="57" />
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
</TS>