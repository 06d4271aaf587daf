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
    <message>
        <location filename="../gui/workbench.cpp" line="36" />
        <source>Predictions file to load with the dataset.</source>
        <translation>데이터셋과 함께 불러올 예측 파일.</translation>
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
        <location filename="../gui/chartwidget.cpp" line="47" />
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="56" />
        <location filename="../gui/chartwidget.cpp" line="62" />
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="57" />
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
        <location filename="../gui/datasetpage.cpp" line="305" />
        <source>people</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="159" />
        <location filename="../gui/datasetpage.cpp" line="242" />
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
        <location filename="../gui/datasetpage.cpp" line="283" />
        <source>People per age, with the band thresholds</source>
        <translation>나이별 사람 수와 연령대 경계</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="303" />
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="315" />
        <source>%1 ▸</source>
        <translation>%1 ▸</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ErrorsPage</name>
    <message>
        <location filename="../gui/errorspage.cpp" line="87" />
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation>혼동 행렬을 행별로 정규화 (각 실제 클래스의 합이 100%)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="97" />
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation>오류를 보려면 예측을 불러오거나 (파일 ▸ 예측 불러오기…) 모델을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="105" />
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation>매크로 F1 %1 · 정확도 %2% · %3세 이상 클래스 F1 %4 · 이미지 %5장</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="111" />
        <source> (%1 without a prediction)</source>
        <translation> (예측 없음 %1장)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="112" />
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation>속성별 F1: 마스크 %1, 성별 %2, 연령대 %3 · 연령대별 오류율: %4 %5%, %6 %7%, %8 %9% · %10</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="133" />
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation>클래스별 정밀도, 재현율, F1 (* %1세 이상 클래스, n = 표본 수)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="136" />
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="136" />
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="136" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="181" />
        <source>Confusion matrix, share of each true class</source>
        <translation>혼동 행렬, 실제 클래스별 비율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="181" />
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation>혼동 행렬 (행: 레이블, 열: 예측)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="229" />
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="230" />
        <source>label (true class)</source>
        <translation>레이블 (실제 클래스)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="241" />
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation>나이별 오류율 (연령대: %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="259" />
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="260" />
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="118" />
        <location filename="../gui/gallerypage.cpp" line="122" />
        <source>Export samples</source>
        <translation>표본 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="119" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="138" />
        <source>(the image cannot be decoded)</source>
        <translation>(이미지를 디코딩할 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="152" />
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="153" />
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="154" />
        <location filename="../gui/gallerypage.cpp" line="155" />
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="156" />
        <source>right and wrong</source>
        <translation>정답과 오답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="157" />
        <source>right only</source>
        <translation>정답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="158" />
        <source>wrong only</source>
        <translation>오답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="159" />
        <source>&gt;=60 focus</source>
        <translation>60세 이상 집중</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="160" />
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation>드문 60세 이상 클래스(2, 5, 8, 11, 14, 17)의 오류만: 잘못 예측된 그 클래스의 이미지와, 그 클래스로 잘못 예측된 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="162" />
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="163" />
        <source>dataset order</source>
        <translation>데이터셋 순서</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="164" />
        <source>least confident first</source>
        <translation>확신이 낮은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="165" />
        <source>most confident first</source>
        <translation>확신이 높은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="166" />
        <source>highest loss first</source>
        <translation>손실이 큰 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="167" />
        <source>by person</source>
        <translation>사람별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="168" />
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="169" />
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="170" />
        <source>This person's images</source>
        <translation>이 사람의 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="187" />
        <source>%1 of %2 images</source>
        <translation>이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="203" />
        <location filename="../gui/gallerypage.cpp" line="219" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="233" />
        <source>Click an image to see it here.</source>
        <translation>이미지를 클릭하면 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="241" />
        <source>Person %1 (%2): %3, %4 years</source>
        <translation>사람 %1 (%2): %3, %4세</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="243" />
        <source>Label: %1 (class %2)</source>
        <translation>레이블: %1 (클래스 %2)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="245" />
        <source>Predicted: %1 (class %2), right</source>
        <translation>예측: %1 (클래스 %2), 정답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="245" />
        <source>Predicted: &lt;span style='color:#d6604d'&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation>예측: &lt;span style='color:#d6604d'&gt;%1 (클래스 %2), 오답&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="251" />
        <source>Top 3:</source>
        <translation>상위 3개:</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="256" />
        <source>No prediction loaded.</source>
        <translation>불러온 예측이 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="281" />
        <source>missing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="136" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation>데이터셋 폴더 열기 (train/과 eval/이 있는 폴더)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="146" />
        <location filename="../gui/mainwindow.cpp" line="335" />
        <source>Load predictions</source>
        <translation>예측 불러오기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="147" />
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>예측 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="175" />
        <source>About MaskLens</source>
        <translation>MaskLens 정보</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="176" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;마스크 분류기를 위한 작업대: 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="186" />
        <source>MaskLens — %1</source>
        <translation>MaskLens — %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="187" />
        <source>MaskLens</source>
        <translation>MaskLens</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="188" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="189" />
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="190" />
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="191" />
        <source>Load &amp;Predictions…</source>
        <translation>예측 불러오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="192" />
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="193" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="194" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="195" />
        <source>&amp;Open Dataset…</source>
        <translation>데이터셋 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="196" />
        <source>Open &amp;Recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="197" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="199" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="200" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="201" />
        <source>&amp;About MaskLens</source>
        <translation>MaskLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="203" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="233" />
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="266" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터셋이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="267" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="273" />
        <source>Could not open the dataset</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="275" />
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="276" />
        <source>Could not open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation>사람 %1명, 이미지 %2장, 문제 %3건</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="308" />
        <source>Loading predictions %1…</source>
        <translation>예측 %1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="319" />
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation>평가 이미지 예측에는 eval/truth.csv의 정답이 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="333" />
        <source>Could not load the predictions</source>
        <translation>예측을 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="349" />
        <source>Predictions for %1 images loaded from %2</source>
        <translation>이미지 %1장의 예측을 %2에서 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="389" />
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="409" />
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
<context>
    <name>masklens::gui::SampleModel</name>
    <message>
        <location filename="../gui/samplemodel.cpp" line="77" />
        <source>label: %1</source>
        <translation>레이블: %1</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="78" />
        <source>predicted: %1 (%2%)</source>
        <translation>예측: %1 (%2%)</translation>
    </message>
</context>
</TS>