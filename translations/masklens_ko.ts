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
        <location filename="../gui/workbench.cpp" line="20" />
        <source>MaskLens: browse a mask dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.</source>
        <translation>MaskLens: 마스크 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="26" />
        <source>Dataset folder to open.</source>
        <translation>열 데이터셋 폴더.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="30" />
        <source>Render each view to DIR/&lt;view&gt;.png and exit.</source>
        <translation>각 화면을 DIR/&lt;view&gt;.png로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="34" />
        <source>Interface language: en or ko (default: system).</source>
        <translation>화면 언어: en 또는 ko (기본값: 시스템).</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="38" />
        <source>Predictions file to load with the dataset.</source>
        <translation>데이터셋과 함께 불러올 예측 파일.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="42" />
        <source>Model (checkpoint or TorchScript) to run over the dataset once it has loaded.</source>
        <translation>데이터셋을 불러온 뒤 실행할 모델 (체크포인트 또는 TorchScript).</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ChartWidget</name>
    <message>
        <location filename="../gui/chartwidget.cpp" line="17" />
        <source>Save chart as PNG or PDF…</source>
        <translation>차트를 PNG 또는 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="49" />
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="58" />
        <location filename="../gui/chartwidget.cpp" line="64" />
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="59" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::CorrectionsModel</name>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="69" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="71" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="73" />
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="75" />
        <source>Person or image</source>
        <translation>사람 또는 이미지</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="77" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="79" />
        <source>Was</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="81" />
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="83" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>masklens::gui::DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="160" />
        <source>Age bands start at</source>
        <translation>연령대 시작 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="161" />
        <source>First age of the middle band</source>
        <translation>중간 연령대의 첫 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="162" />
        <source>First age of the old band (teams moved it to 58 or 59)</source>
        <translation>고령 연령대의 첫 나이 (여러 팀이 58이나 59로 옮겼습니다)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="163" />
        <source>Gender and age counted in</source>
        <translation>성별과 나이 집계 단위</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="164" />
        <location filename="../gui/datasetpage.cpp" line="314" />
        <source>people</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="165" />
        <location filename="../gui/datasetpage.cpp" line="251" />
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="172" />
        <source>Open a dataset folder (File ▸ Open, or drop it here).</source>
        <translation>데이터셋 폴더를 여세요 (파일 ▸ 열기, 또는 여기로 끌어다 놓기).</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="182" />
        <source>%1 people · %2 images</source>
        <translation>사람 %1명 · 이미지 %2장</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="184" />
        <source> · %1 eval images</source>
        <translation> · 평가 이미지 %1장</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="186" />
        <source> · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)</source>
        <translation> · 불균형 %1 : 1 (클래스 %2는 %3장, 클래스 %4는 %5장)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>Mask state (images)</source>
        <translation>마스크 상태 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="197" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="200" />
        <source>Gender (images)</source>
        <translation>성별 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="200" />
        <source>Gender (people)</source>
        <translation>성별 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="201" />
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="201" />
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="203" />
        <source>Age band (images)</source>
        <translation>연령대 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="203" />
        <source>Age band (people)</source>
        <translation>연령대 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="216" />
        <source>Images per class (the &gt;=%1 classes in red)</source>
        <translation>클래스별 이미지 수 (%1세 이상 클래스는 빨간색)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="219" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="220" />
        <source>&gt;=%1 class</source>
        <translation>%1세 이상 클래스</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="292" />
        <source>People per age, with the band thresholds</source>
        <translation>나이별 사람 수와 연령대 경계</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="312" />
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="324" />
        <source>%1 ▸</source>
        <translation>%1 ▸</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ErrorsPage</name>
    <message>
        <location filename="../gui/errorspage.cpp" line="114" />
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation>혼동 행렬을 행별로 정규화 (각 실제 클래스의 합이 100%)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="125" />
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation>오류를 보려면 예측을 불러오거나 (파일 ▸ 예측 불러오기…) 모델을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="134" />
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation>매크로 F1 %1 · 정확도 %2% · %3세 이상 클래스 F1 %4 · 이미지 %5장</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="140" />
        <source> (%1 without a prediction)</source>
        <translation> (예측 없음 %1장)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="141" />
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation>속성별 F1: 마스크 %1, 성별 %2, 연령대 %3 · 연령대별 오류율: %4 %5%, %6 %7%, %8 %9% · %10</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="163" />
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation>클래스별 정밀도, 재현율, F1 (* %1세 이상 클래스, n = 표본 수)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="168" />
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="168" />
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="168" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="224" />
        <source>Confusion matrix, share of each true class</source>
        <translation>혼동 행렬, 실제 클래스별 비율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="225" />
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation>혼동 행렬 (행: 레이블, 열: 예측)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="226" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="226" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="226" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="227" />
        <source>Mask state</source>
        <translation>마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="228" />
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="228" />
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="228" />
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="232" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="288" />
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="289" />
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="300" />
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation>나이별 오류율 (연령대: %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="319" />
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="320" />
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="163" />
        <location filename="../gui/gallerypage.cpp" line="166" />
        <source>Export samples</source>
        <translation>표본 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="163" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="184" />
        <source>(the image cannot be decoded)</source>
        <translation>(이미지를 디코딩할 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="198" />
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="199" />
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="200" />
        <location filename="../gui/gallerypage.cpp" line="201" />
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="202" />
        <source>right and wrong</source>
        <translation>정답과 오답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="203" />
        <source>right only</source>
        <translation>정답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="204" />
        <source>wrong only</source>
        <translation>오답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="205" />
        <source>&gt;=60 focus</source>
        <translation>60세 이상 집중</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="207" />
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation>드문 60세 이상 클래스(2, 5, 8, 11, 14, 17)의 오류만: 잘못 예측된 그 클래스의 이미지와, 그 클래스로 잘못 예측된 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="210" />
        <source>dataset order</source>
        <translation>데이터셋 순서</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="211" />
        <source>least confident first</source>
        <translation>확신이 낮은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="212" />
        <source>most confident first</source>
        <translation>확신이 높은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="213" />
        <source>highest loss first</source>
        <translation>손실이 큰 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <source>by person</source>
        <translation>사람별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="215" />
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216" />
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="217" />
        <source>This person's images</source>
        <translation>이 사람의 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="219" />
        <source>&lt;b&gt;Correct the selected images&lt;/b&gt; (gender and age apply to the whole person; Ctrl+Z undoes)</source>
        <translation>&lt;b&gt;선택한 이미지 수정&lt;/b&gt; (성별과 나이는 그 사람 전체에 적용, Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Mask state</source>
        <translation>마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222" />
        <source>Also</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="227" />
        <location filename="../gui/gallerypage.cpp" line="247" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="228" />
        <location filename="../gui/gallerypage.cpp" line="248" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="229" />
        <location filename="../gui/gallerypage.cpp" line="249" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="230" />
        <location filename="../gui/gallerypage.cpp" line="251" />
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="231" />
        <location filename="../gui/gallerypage.cpp" line="252" />
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235" />
        <source>swap incorrect/normal</source>
        <translation>잘못 착용/미착용 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="236" />
        <source>reviewed</source>
        <translation>검토함</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="237" />
        <source>exclude / include</source>
        <translation>제외 / 포함</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="244" />
        <source>Show only this person</source>
        <translation>이 사람만 보기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="245" />
        <source>Label attributes</source>
        <translation>레이블 속성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="246" />
        <source>any mask state</source>
        <translation>모든 마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="250" />
        <source>any gender</source>
        <translation>모든 성별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="253" />
        <source>any age band</source>
        <translation>모든 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="254" />
        <source>young band</source>
        <translation>젊은 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="255" />
        <source>middle band</source>
        <translation>중간 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="256" />
        <source>old band</source>
        <translation>고령 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="276" />
        <source>%1 of %2 images</source>
        <translation>이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="304" />
        <location filename="../gui/gallerypage.cpp" line="323" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="419" />
        <source>Click an image to see it here.</source>
        <translation>이미지를 클릭하면 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="427" />
        <source>Person %1 (%2): %3, %4 years</source>
        <translation>사람 %1 (%2): %3, %4세</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="433" />
        <source>Label: %1 (class %2)</source>
        <translation>레이블: %1 (클래스 %2)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="436" />
        <source>Predicted: %1 (class %2), right</source>
        <translation>예측: %1 (클래스 %2), 정답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="437" />
        <source>Predicted: &lt;span style='color:#d6604d'&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation>예측: &lt;span style='color:#d6604d'&gt;%1 (클래스 %2), 오답&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="443" />
        <source>Top 3:</source>
        <translation>상위 3개:</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="451" />
        <source>No prediction loaded.</source>
        <translation>불러온 예측이 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="454" />
        <source>Reviewed.</source>
        <translation>검토함.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="456" />
        <source>Excluded from training.</source>
        <translation>학습에서 제외됨.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="480" />
        <source>missing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>masklens::gui::LabelEditor</name>
    <message>
        <location filename="../gui/labeleditor.cpp" line="64" />
        <source>undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="79" />
        <source>editing is off: this dataset is open in another MaskLens</source>
        <translation>편집 꺼짐: 이 데이터셋이 다른 MaskLens에서 열려 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="114" />
        <source>Set mask state of %1 image(s) to %2</source>
        <translation>이미지 %1장의 마스크 상태를 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="129" />
        <source>Set gender of %1 person(s) to %2</source>
        <translation>%1명의 성별을 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="152" />
        <source>Set age band of %1 person(s) to %2</source>
        <translation>%1명의 연령대를 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="172" />
        <source>Exclude %1 image(s) from training</source>
        <translation>이미지 %1장을 학습에서 제외</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="173" />
        <source>Include %1 image(s) again</source>
        <translation>이미지 %1장을 다시 포함</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="179" />
        <source>Mark %1 image(s) reviewed</source>
        <translation>이미지 %1장을 검토함으로 표시</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="198" />
        <source>Swap incorrect/normal for %1 person(s)</source>
        <translation>%1명의 잘못 착용/미착용 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="206" />
        <source>Revert %1 of %2</source>
        <translation>%2의 %1 되돌리기</translation>
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="117" />
        <source>Correct labels</source>
        <translation>레이블 수정</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="224" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation>데이터셋 폴더 열기 (train/과 eval/이 있는 폴더)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="236" />
        <source>Run a model over the dataset</source>
        <translation>데이터셋에 모델 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="238" />
        <source>Models (*.mlck *.pt *.pth *.ts);;All files (*)</source>
        <translation>모델 (*.mlck *.pt *.pth *.ts);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="244" />
        <location filename="../gui/mainwindow.cpp" line="249" />
        <source>Save predictions</source>
        <translation>예측 저장</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="246" />
        <source>Predictions (*.csv)</source>
        <translation>예측 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="253" />
        <location filename="../gui/mainwindow.cpp" line="492" />
        <source>Load predictions</source>
        <translation>예측 불러오기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="254" />
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>예측 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="291" />
        <source>About MaskLens</source>
        <translation>MaskLens 정보</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="292" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;마스크 분류기를 위한 작업대: 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="302" />
        <source>MaskLens — %1</source>
        <translation>MaskLens — %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="303" />
        <source>MaskLens</source>
        <translation>MaskLens</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="304" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="305" />
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="306" />
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="307" />
        <source>Label issues</source>
        <translation>레이블 문제</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="308" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="309" />
        <source>Load &amp;Predictions…</source>
        <translation>예측 불러오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="310" />
        <source>&amp;Run Model…</source>
        <translation>모델 실행(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="311" />
        <source>&amp;Save Predictions…</source>
        <translation>예측 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="313" />
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="314" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="315" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="316" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="317" />
        <source>Corrections (%1)</source>
        <translation>수정 내역 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="319" />
        <source>Filter corrections…</source>
        <translation>수정 내역 거르기…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="321" />
        <source>Revert selected</source>
        <translation>선택 항목 되돌리기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="322" />
        <source>&amp;Open Dataset…</source>
        <translation>데이터셋 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="323" />
        <source>Open &amp;Recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="324" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="325" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="326" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="327" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="328" />
        <source>&amp;About MaskLens</source>
        <translation>MaskLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="330" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="363" />
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="396" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터셋이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="397" />
        <location filename="../gui/mainwindow.cpp" line="589" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="403" />
        <source>Could not open the dataset</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="405" />
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="406" />
        <source>Could not open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="428" />
        <source>editing is off: %1</source>
        <translation>편집 꺼짐: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="447" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation>사람 %1명, 이미지 %2장, 문제 %3건</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="462" />
        <source>Loading predictions %1…</source>
        <translation>예측 %1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="475" />
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation>평가 이미지 예측에는 eval/truth.csv의 정답이 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="490" />
        <source>Could not load the predictions</source>
        <translation>예측을 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="507" />
        <source>Predictions for %1 images loaded from %2</source>
        <translation>이미지 %1장의 예측을 %2에서 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="538" />
        <source>Running %1 over %2 images…</source>
        <translation>이미지 %2장에 %1 실행 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="574" />
        <source>%1 (run in MaskLens)</source>
        <translation>%1 (MaskLens에서 실행)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="588" />
        <source>Model run cancelled; the previous predictions stay.</source>
        <translation>모델 실행을 취소했습니다. 이전 예측이 그대로 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="595" />
        <source>The model could not run</source>
        <translation>모델을 실행할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="597" />
        <source>Run model</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="605" />
        <source>Predictions for %1 images from %2</source>
        <translation>%2의 이미지 %1장 예측</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="615" />
        <source>No predictions to save</source>
        <translation>저장할 예측이 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="645" />
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="699" />
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="720" />
        <location filename="../gui/mainwindow.cpp" line="735" />
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
    <name>masklens::gui::ReviewPage</name>
    <message>
        <location filename="../gui/reviewpage.cpp" line="190" />
        <source>gender flip (person)</source>
        <translation>성별 뒤바뀜 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="192" />
        <source>age band (person)</source>
        <translation>연령대 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="194" />
        <source>incorrect/normal swap</source>
        <translation>잘못 착용/미착용 뒤바뀜</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="196" />
        <source>image label</source>
        <translation>이미지 레이블</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="205" />
        <source>to review</source>
        <translation>검토 대기</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="207" />
        <source>accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="209" />
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="211" />
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="218" />
        <source>every kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="221" />
        <source>only those left to review</source>
        <translation>검토가 남은 것만</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>given → suggested</source>
        <translation>현재 → 제안</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="222" />
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="223" />
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="223" />
        <source>person / image</source>
        <translation>사람 / 이미지</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="224" />
        <source>Accept (A)</source>
        <translation>수락 (A)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="226" />
        <source>Write the suggested label to the corrections journal (undo: Ctrl+Z).</source>
        <translation>제안된 레이블을 수정 기록에 씁니다 (되돌리기: Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="227" />
        <source>Reject (R)</source>
        <translation>거부 (R)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="228" />
        <source>The label is right: mark the images reviewed.</source>
        <translation>레이블이 맞습니다: 이미지를 검토함으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="229" />
        <source>Skip (S)</source>
        <translation>건너뛰기 (S)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="230" />
        <source>Show in gallery</source>
        <translation>갤러리에 표시</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="231" />
        <source>Images under suspicion per given class (red: &gt;=60)</source>
        <translation>현재 클래스별 의심 이미지 수 (빨강: 60세 이상)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="241" />
        <source>Load out-of-fold predictions with probabilities to find likely wrong labels: train with Folds 2 or more and the cross-entropy loss in the Training view (or masklens-cli train --folds K), then Show in Errors view. Label smoothing caps the confidence the person checks need.</source>
        <translation>잘못된 레이블을 찾으려면 확률이 있는 폴드 외 예측을 불러오세요: 학습 화면에서 폴드 2 이상, 교차 엔트로피 손실로 학습하고 (또는 masklens-cli train --folds K) 오류 화면에 표시하세요. 레이블 스무딩은 사람 단위 검사에 필요한 확신도를 낮춥니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="434" />
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="441" />
        <source>No likely wrong labels found.</source>
        <translation>잘못된 것으로 보이는 레이블이 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="457" />
        <source>%1: %2 (%3 accepted, %4 rejected)</source>
        <translation>%1: %2건 (수락 %3, 거부 %4)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="462" />
        <source>&lt;b&gt;%1 suspects, %2 left to review&lt;/b&gt; (ranked by score, from %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;의심 %1건, 검토 남음 %2건&lt;/b&gt; (점수순, %3 기준)&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="495" />
        <source>Pick a suspect on the left.</source>
        <translation>왼쪽에서 의심 항목을 고르세요.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="512" />
        <source>#%1 %2 · %3: &lt;b&gt;%4&lt;/b&gt; → &lt;b&gt;%5&lt;/b&gt; · score %6 · %7</source>
        <translation>#%1 %2 · %3: &lt;b&gt;%4&lt;/b&gt; → &lt;b&gt;%5&lt;/b&gt; · 점수 %6 · %7</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="519" />
        <source>Person %1: %2, %3 years. Evidence: %4</source>
        <translation>사람 %1: %2, %3세. 근거: %4</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="532" />
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="543" />
        <source>cannot read
%1</source>
        <translation>읽을 수 없음
%1</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="561" />
        <source>&lt;br&gt;model: %1 %2</source>
        <translation>&lt;br&gt;모델: %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="562" />
        <source>&lt;br&gt;p(label) %1</source>
        <translation>&lt;br&gt;p(레이블) %1</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="564" />
        <source>&lt;br&gt;p(suggested) %1</source>
        <translation>&lt;br&gt;p(제안) %1</translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunCompareDialog</name>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="42" />
        <source>Compare runs %1 and %2</source>
        <translation>실행 %1과 %2 비교</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="45" />
        <source>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;macro F1 &lt;b&gt;%3 → %4&lt;/b&gt; (%5), &gt;=60 classes F1 &lt;b&gt;%6 → %7&lt;/b&gt; (%8); %9 images both predicted, scored against B's labels (%10 labels differ between the runs); %11 wrong → right, %12 right → wrong.</source>
        <translation>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;매크로 F1 &lt;b&gt;%3 → %4&lt;/b&gt; (%5), 60세 이상 클래스 F1 &lt;b&gt;%6 → %7&lt;/b&gt; (%8); 두 실행이 모두 예측한 이미지 %9장을 B의 레이블로 채점 (두 실행의 레이블이 다른 이미지 %10장); 오답 → 정답 %11장, 정답 → 오답 %12장.</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="64" />
        <source>&lt;br&gt;&lt;span style='color:#b22222'&gt;The runs validated on different people (the split follows the labels), so they share only %1 of %2 images: train both with Folds 2 or more for out-of-fold predictions on every image.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:#b22222'&gt;두 실행이 서로 다른 사람으로 검증했습니다 (분할이 레이블을 따릅니다). 그래서 %2장 중 %1장만 겹칩니다: 모든 이미지에 대한 폴드 외 예측을 얻으려면 두 실행 모두 폴드를 2 이상으로 학습하세요.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="72" />
        <source>Per-class F1: A (light) and B (dark); * the &gt;=60 classes</source>
        <translation>클래스별 F1: A (밝은 색)와 B (어두운 색); * 60세 이상 클래스</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="75" />
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="75" />
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="95" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>support</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>F1 A</source>
        <translation>F1 A</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>F1 B</source>
        <translation>F1 B</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="117" />
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="144" />
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="145" />
        <source>&gt;=60 classes F1</source>
        <translation>60세 이상 클래스 F1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="176" />
        <source>true %1, predicted %2: A %3, B %4</source>
        <translation>정답 %1, 예측 %2: A %3, B %4</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="187" />
        <source>B's confusion matrix minus A's (rows: true class, columns: predicted). Green: B better (more on the diagonal, fewer off it); red: worse.</source>
        <translation>B의 혼동 행렬에서 A의 것을 뺀 값 (행: 정답 클래스, 열: 예측). 초록: B가 더 좋음 (대각선은 늘고 그 밖은 줄어듦); 빨강: 더 나쁨.</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>A predicted</source>
        <translation>A 예측</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="196" />
        <source>B predicted</source>
        <translation>B 예측</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="204" />
        <source>wrong → right</source>
        <translation>오답 → 정답</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="204" />
        <source>right → wrong</source>
        <translation>정답 → 오답</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="224" />
        <source>Per class</source>
        <translation>클래스별</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="225" />
        <source>Confusion change</source>
        <translation>혼동 행렬 변화</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="226" />
        <source>Changed images (%1)</source>
        <translation>바뀐 이미지 (%1)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::SampleModel</name>
    <message>
        <location filename="../gui/samplemodel.cpp" line="100" />
        <source>label: %1</source>
        <translation>레이블: %1</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="101" />
        <source>predicted: %1 (%2%)</source>
        <translation>예측: %1 (%2%)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::TrainingPage</name>
    <message>
        <location filename="../gui/trainingpage.cpp" line="247" />
        <location filename="../gui/trainingpage.cpp" line="319" />
        <source>Initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="248" />
        <source>Weights (*.pt *.pth *.mlck);;All files (*)</source>
        <translation>가중치 (*.pt *.pth *.mlck);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="316" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="316" />
        <source>Input size (WxH)</source>
        <translation>입력 크기 (가로x세로)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="316" />
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="311" />
        <source>default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="317" />
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="317" />
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="317" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="318" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="318" />
        <source>Sampler</source>
        <translation>샘플러</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="318" />
        <source>Folds</source>
        <translation>폴드</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="319" />
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="319" />
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="320" />
        <source>Face crop</source>
        <translation>얼굴 자르기</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="320" />
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="320" />
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="321" />
        <source>Run on</source>
        <translation>실행 위치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="321" />
        <source>Command template</source>
        <translation>명령 템플릿</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="325" />
        <source>18 classes</source>
        <translation>18개 클래스</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="326" />
        <source>three heads (mask, gender, age band)</source>
        <translation>세 갈래 (마스크, 성별, 연령대)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="327" />
        <source>Three heads learn the age band from all seven photos of every person, which helps the rare incorrect/normal &gt;=60 classes.</source>
        <translation>세 갈래 출력은 모든 사람의 사진 일곱 장 모두에서 연령대를 배우므로, 드문 잘못 착용/미착용 60세 이상 클래스에 도움이 됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="329" />
        <source>Small CNN</source>
        <translation>작은 CNN</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="331" />
        <source>Medium CNN, fine detail</source>
        <translation>중간 CNN, 세밀한 입력</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="339" />
        <source>The medium CNN behind one more strided layer, on twice the input size (128x160): 1.7x its time per image.</source>
        <translation>중간 CNN 앞에 스트라이드 층을 하나 더 두고 두 배 크기(128x160)의 입력을 받습니다: 이미지당 시간은 중간 CNN의 1.7배.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="343" />
        <source>Empty: 224x224 for EfficientNet-B0, 64x80 for the small and medium CNNs, 128x160 for the fine-detail one.</source>
        <translation>비워 두면: EfficientNet-B0는 224x224, 작은·중간 CNN은 64x80, 세밀한 입력 CNN은 128x160.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="345" />
        <source>Adam's learning rate; StepLR halves it every third of the epochs.</source>
        <translation>Adam의 학습률; StepLR이 에폭의 3분의 1마다 절반으로 줄입니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="346" />
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="347" />
        <source>label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="348" />
        <source>focal</source>
        <translation>포컬</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="349" />
        <source>class-weighted</source>
        <translation>클래스 가중</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="350" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="351" />
        <source>weighted (rare classes as often as common)</source>
        <translation>가중 (드문 클래스를 흔한 클래스만큼 자주)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="356" />
        <source>One model per seed, e.g. 1,2,3, combined by hard and soft voting.</source>
        <translation>시드마다 모델 하나 (예: 1,2,3), 하드 보팅과 소프트 보팅으로 결합.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="357" />
        <source>auto (GPU when there is one)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="358" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="359" />
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="360" />
        <source>none: random weights</source>
        <translation>없음: 무작위 가중치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="361" />
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="363" />
        <source>centre 256x320 (baseline's)</source>
        <translation>가운데 256x320 (베이스라인)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="364" />
        <source>centre 208x260 (tighter)</source>
        <translation>가운데 208x260 (더 좁게)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="365" />
        <source>Crops the centre of the 384x512 frame before resizing to the input size: 256x320 is the competition baseline's crop; the tighter 208x260 gives hair, brows and forehead lines 1.23x the pixels at the same cost.</source>
        <translation>입력 크기로 줄이기 전에 384x512 프레임의 가운데를 잘라냅니다. 256x320은 대회 베이스라인의 크롭이고, 더 좁은 208x260은 같은 비용으로 머리카락, 눈썹, 이마 주름에 1.23배의 픽셀을 줍니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="369" />
        <source>moving average (EMA 0.999)</source>
        <translation>이동 평균 (EMA 0.999)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="370" />
        <source>Validate and save an average of the recent weights instead of the last step's: the validation F1 climbs steadily instead of jumping from epoch to epoch.</source>
        <translation>마지막 단계의 가중치 대신 최근 가중치의 평균을 검증하고 저장합니다: 검증 F1이 에포크마다 들쭉날쭉하지 않고 꾸준히 오릅니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="373" />
        <source>bfloat16 forward pass</source>
        <translation>bfloat16 순전파</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="374" />
        <source>Runs the network's forward pass in 16-bit floats (weights stay 32-bit): about 1.5x the images per second for the CNNs on CPUs with AVX-512 bfloat16 and on recent GPUs, slower elsewhere (and for EfficientNet-B0 on the CPU).</source>
        <translation>신경망의 순전파를 16비트 부동소수점으로 실행합니다(가중치는 32비트 유지): AVX-512 bfloat16을 지원하는 CPU와 최신 GPU에서 CNN의 초당 이미지 수가 약 1.5배, 그 밖의 환경(및 CPU의 EfficientNet-B0)에서는 더 느립니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="378" />
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="379" />
        <source>a command template (remote GPU, cluster)</source>
        <translation>명령 템플릿 (원격 GPU, 클러스터)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="381" />
        <source>A shell command that runs the trainer elsewhere and prints its JSON lines, e.g. over ssh or srun. {cache}, {cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer options) are replaced; see the README.</source>
        <translation>다른 곳에서 학습기를 실행하고 그 JSON 줄을 출력하는 셸 명령 (예: ssh나 srun). {cache}, {cache_name}, {samples}, {rundir}, {run}, {data}, {args} (학습 옵션)가 치환됩니다; README를 보세요.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="384" />
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="385" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="386" />
        <source>&lt;b&gt;Runs&lt;/b&gt; (select two to compare)</source>
        <translation>&lt;b&gt;실행 목록&lt;/b&gt; (두 개를 골라 비교)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="387" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="388" />
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="389" />
        <source>Show in Errors view</source>
        <translation>오류 화면에 표시</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="390" />
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="391" />
        <location filename="../gui/trainingpage.cpp" line="400" />
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>&gt;=60 F1</source>
        <translation>60세 이상 F1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="392" />
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="393" />
        <source>Loss and validation F1 per epoch</source>
        <translation>에폭별 손실과 검증 F1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="563" />
        <source>epoch: %1 models of %2 epochs, one after another</source>
        <translation>에폭: 모델 %1개 × 에폭 %2, 차례로</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="566" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="778" />
        <source>Run %1 (%2): macro F1 %3, &gt;=60 classes F1 %4, %5, %6.</source>
        <translation>실행 %1 (%2): 매크로 F1 %3, 60세 이상 클래스 F1 %4, %5, %6.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="780" />
        <source>%1 models x %2 epochs</source>
        <translation>모델 %1개 × 에폭 %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="781" />
        <source>%1 epoch(s)</source>
        <translation>에폭 %1개</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="395" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="396" />
        <source>validation F1</source>
        <translation>검증 F1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="398" />
        <source>train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="399" />
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="401" />
        <source>&gt;=60 classes F1</source>
        <translation>60세 이상 클래스 F1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="405" />
        <source>The trainer's log appears here while a run goes.</source>
        <translation>실행 중에는 학습기의 로그가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="407" />
        <location filename="../gui/trainingpage.cpp" line="579" />
        <location filename="../gui/trainingpage.cpp" line="739" />
        <source>not training</source>
        <translation>학습 중 아님</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="413" />
        <source>Set the recipe and start a run; it trains on the labels as corrected.</source>
        <translation>설정을 정하고 실행을 시작하세요; 고친 레이블로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="431" />
        <source>Trains on the original labels (no corrections yet).</source>
        <translation>원래 레이블로 학습합니다 (아직 수정 없음).</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="432" />
        <source>Trains on the labels with the corrections applied: version %1, %2 people corrected.</source>
        <translation>수정을 반영한 레이블로 학습합니다: 버전 %1, 사람 %2명 수정됨.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="494" />
        <source>Open a dataset first.</source>
        <translation>먼저 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="497" />
        <source>Initial weights: %1 does not exist.</source>
        <translation>초기 가중치: %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="499" />
        <source>Write the command template first (see the README), or run on this computer.</source>
        <translation>먼저 명령 템플릿을 쓰거나 (README 참고), 이 컴퓨터에서 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="524" />
        <source>Run %1: preparing the images and labels...</source>
        <translation>실행 %1: 이미지와 레이블을 준비하는 중...</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="534" />
        <source>Stopping: the trainer saves its last checkpoint...</source>
        <translation>멈추는 중: 학습기가 마지막 체크포인트를 저장합니다...</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="579" />
        <source>starting</source>
        <translation>시작하는 중</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="614" />
        <source>Per-class validation F1, epoch %1 (red: &gt;=60)</source>
        <translation>클래스별 검증 F1, 에폭 %1 (빨강: 60세 이상)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="615" />
        <source>Per-class validation F1 (red: &gt;=60)</source>
        <translation>클래스별 검증 F1 (빨강: 60세 이상)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="620" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="619" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="330" />
        <source>Medium CNN</source>
        <translation>중간 CNN</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="332" />
        <source>Four layers: the fastest; for demos and quick checks.</source>
        <translation>4개 층: 가장 빠름. 데모와 빠른 확인용.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="335" />
        <source>Seven layers: twice the small CNN's time per image, and better at fine cues such as brows and grey hair.</source>
        <translation>7개 층: 이미지당 시간은 작은 CNN의 두 배이며, 눈썹과 흰머리 같은 미세한 단서를 더 잘 읽습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="352" />
        <source>1: one model validated on a fifth of the people. K: K models on person-level folds, with out-of-fold predictions for every image (what the label-issue finder needs; train those with the cross-entropy loss).</source>
        <translation>1: 사람의 5분의 1로 검증하는 모델 하나. K: 사람 단위 폴드로 모델 K개, 모든 이미지에 대한 폴드 외 예측 (레이블 문제 찾기에 필요하며, 이때는 교차 엔트로피 손실로 학습하세요).</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="362" />
        <source>none: the whole frame</source>
        <translation>없음: 프레임 전체</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="634" />
        <source>Run %1 on %2: %3 images of %4 people, %5 model(s), input %6x%7</source>
        <translation>실행 %1 (%2): 사람 %4명의 이미지 %3장, 모델 %5개, 입력 %6x%7</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="655" />
        <source>model %1/%2 · epoch %3/%4 · batch %5/%6</source>
        <translation>모델 %1/%2 · 에폭 %3/%4 · 배치 %5/%6</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="663" />
        <source>%1 img/s · epoch ends in %2 · run ends in %3</source>
        <translation>초당 %1장 · 에폭 종료까지 %2 · 실행 종료까지 %3</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="666" />
        <source>%1 img/s · epoch ends in %2</source>
        <translation>초당 %1장 · 에폭 종료까지 %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="696" />
        <source>epoch %1/%2: train loss %3, val loss %4, macro F1 %5, &gt;=60 F1 %6%7</source>
        <translation>에폭 %1/%2: 학습 손실 %3, 검증 손실 %4, 매크로 F1 %5, 60세 이상 F1 %6%7</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="703" />
        <source> (best so far)</source>
        <translation> (지금까지 최고)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="705" />
        <source>ensemble of %1: hard voting macro F1 %2, soft voting %3</source>
        <translation>%1개 앙상블: 하드 보팅 매크로 F1 %2, 소프트 보팅 %3</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="710" />
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="712" />
        <source>cache %1, labels %2</source>
        <translation>캐시 %1, 레이블 %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="725" />
        <source>Run %1 done: macro F1 %2, &gt;=60 classes F1 %3 (%4 predictions), in %5.</source>
        <translation>실행 %1 완료: 매크로 F1 %2, 60세 이상 클래스 F1 %3 (%4 예측), 소요 %5.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="727" />
        <source>out-of-fold</source>
        <translation>폴드 외</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="727" />
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="731" />
        <source>Run %1 stopped. %2</source>
        <translation>실행 %1 멈춤. %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="734" />
        <source>Run %1 failed:
%2</source>
        <translation>실행 %1 실패:
%2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="735" />
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="791" />
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="793" />
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="795" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="797" />
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="857" />
        <source>Cannot compare: %1</source>
        <translation>비교할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>masklens::gui::TrainingProcess</name>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="35" />
        <source>The run did not stop in time; killing it.</source>
        <translation>실행이 제때 멈추지 않아 강제로 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="126" />
        <source>A run is already going.</source>
        <translation>이미 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="128" />
        <source>Cannot find masklens-cli (looked next to this program and on PATH).</source>
        <translation>masklens-cli를 찾을 수 없습니다 (이 프로그램 옆과 PATH에서 찾았습니다).</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="130" />
        <source>Open a dataset first.</source>
        <translation>먼저 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="145" />
        <source>Preparing the image cache and the labels for the command template...</source>
        <translation>명령 템플릿을 위해 이미지 캐시와 레이블을 준비하는 중...</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="164" />
        <source>Could not start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="241" />
        <source>Stopped; the last checkpoint is saved where the trainer got to.</source>
        <translation>멈췄습니다; 학습기가 도달한 곳의 마지막 체크포인트가 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="251" />
        <source>The trainer crashed.</source>
        <translation>학습기가 비정상 종료했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="252" />
        <source>The trainer exited with status %1 without finishing.</source>
        <translation>학습기가 끝내지 못하고 상태 %1로 종료했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="291" />
        <source>Running: %1</source>
        <translation>실행: %1</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="301" />
        <source>Stopping the run...</source>
        <translation>실행을 멈추는 중...</translation>
    </message>
</context>
</TS>