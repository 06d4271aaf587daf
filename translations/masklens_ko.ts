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
    <name>masklens::gui::CorrectionsModel</name>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="57" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="58" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="59" />
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="60" />
        <source>Person or image</source>
        <translation>사람 또는 이미지</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="61" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="62" />
        <source>Was</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="63" />
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="64" />
        <source>Note</source>
        <translation>메모</translation>
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
        <location filename="../gui/errorspage.cpp" line="104" />
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation>혼동 행렬을 행별로 정규화 (각 실제 클래스의 합이 100%)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="114" />
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation>오류를 보려면 예측을 불러오거나 (파일 ▸ 예측 불러오기…) 모델을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="122" />
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation>매크로 F1 %1 · 정확도 %2% · %3세 이상 클래스 F1 %4 · 이미지 %5장</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="128" />
        <source> (%1 without a prediction)</source>
        <translation> (예측 없음 %1장)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="129" />
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation>속성별 F1: 마스크 %1, 성별 %2, 연령대 %3 · 연령대별 오류율: %4 %5%, %6 %7%, %8 %9% · %10</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="150" />
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation>클래스별 정밀도, 재현율, F1 (* %1세 이상 클래스, n = 표본 수)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="153" />
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="153" />
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="153" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="206" />
        <source>Confusion matrix, share of each true class</source>
        <translation>혼동 행렬, 실제 클래스별 비율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="206" />
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation>혼동 행렬 (행: 레이블, 열: 예측)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="207" />
        <source>Mask state</source>
        <translation>마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="208" />
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="208" />
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="208" />
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="211" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="264" />
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="265" />
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="276" />
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation>나이별 오류율 (연령대: %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="294" />
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="295" />
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="153" />
        <location filename="../gui/gallerypage.cpp" line="157" />
        <source>Export samples</source>
        <translation>표본 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="154" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="173" />
        <source>(the image cannot be decoded)</source>
        <translation>(이미지를 디코딩할 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="187" />
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="188" />
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="189" />
        <location filename="../gui/gallerypage.cpp" line="190" />
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="191" />
        <source>right and wrong</source>
        <translation>정답과 오답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="192" />
        <source>right only</source>
        <translation>정답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="193" />
        <source>wrong only</source>
        <translation>오답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="194" />
        <source>&gt;=60 focus</source>
        <translation>60세 이상 집중</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="195" />
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation>드문 60세 이상 클래스(2, 5, 8, 11, 14, 17)의 오류만: 잘못 예측된 그 클래스의 이미지와, 그 클래스로 잘못 예측된 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="197" />
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="198" />
        <source>dataset order</source>
        <translation>데이터셋 순서</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="199" />
        <source>least confident first</source>
        <translation>확신이 낮은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="200" />
        <source>most confident first</source>
        <translation>확신이 높은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="201" />
        <source>highest loss first</source>
        <translation>손실이 큰 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="202" />
        <source>by person</source>
        <translation>사람별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="203" />
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="204" />
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="205" />
        <source>This person's images</source>
        <translation>이 사람의 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="207" />
        <source>&lt;b&gt;Correct the selected images&lt;/b&gt; (gender and age apply to the whole person; Ctrl+Z undoes)</source>
        <translation>&lt;b&gt;선택한 이미지 수정&lt;/b&gt; (성별과 나이는 그 사람 전체에 적용, Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Mask state</source>
        <translation>마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209" />
        <source>Also</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="227" />
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="228" />
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="229" />
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="231" />
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="214" />
        <location filename="../gui/gallerypage.cpp" line="232" />
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216" />
        <source>swap incorrect/normal</source>
        <translation>잘못 착용/미착용 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216" />
        <source>reviewed</source>
        <translation>검토함</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="217" />
        <source>exclude / include</source>
        <translation>제외 / 포함</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="224" />
        <source>Show only this person</source>
        <translation>이 사람만 보기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="225" />
        <source>Label attributes</source>
        <translation>레이블 속성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="226" />
        <source>any mask state</source>
        <translation>모든 마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="230" />
        <source>any gender</source>
        <translation>모든 성별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="233" />
        <source>any age band</source>
        <translation>모든 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="234" />
        <source>young band</source>
        <translation>젊은 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235" />
        <source>middle band</source>
        <translation>중간 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="236" />
        <source>old band</source>
        <translation>고령 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="256" />
        <source>%1 of %2 images</source>
        <translation>이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="272" />
        <location filename="../gui/gallerypage.cpp" line="288" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="366" />
        <source>Click an image to see it here.</source>
        <translation>이미지를 클릭하면 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="374" />
        <source>Person %1 (%2): %3, %4 years</source>
        <translation>사람 %1 (%2): %3, %4세</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="376" />
        <source>Label: %1 (class %2)</source>
        <translation>레이블: %1 (클래스 %2)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="378" />
        <source>Predicted: %1 (class %2), right</source>
        <translation>예측: %1 (클래스 %2), 정답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="378" />
        <source>Predicted: &lt;span style='color:#d6604d'&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation>예측: &lt;span style='color:#d6604d'&gt;%1 (클래스 %2), 오답&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="384" />
        <source>Top 3:</source>
        <translation>상위 3개:</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="389" />
        <source>No prediction loaded.</source>
        <translation>불러온 예측이 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="392" />
        <source>Reviewed.</source>
        <translation>검토함.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="394" />
        <source>Excluded from training.</source>
        <translation>학습에서 제외됨.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="418" />
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
        <location filename="../gui/labeleditor.cpp" line="112" />
        <source>Set mask state of %1 image(s) to %2</source>
        <translation>이미지 %1장의 마스크 상태를 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="125" />
        <source>Set gender of %1 person(s) to %2</source>
        <translation>%1명의 성별을 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="144" />
        <source>Set age band of %1 person(s) to %2</source>
        <translation>%1명의 연령대를 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="156" />
        <source>Exclude %1 image(s) from training</source>
        <translation>이미지 %1장을 학습에서 제외</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="157" />
        <source>Include %1 image(s) again</source>
        <translation>이미지 %1장을 다시 포함</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="170" />
        <source>Mark %1 image(s) reviewed</source>
        <translation>이미지 %1장을 검토함으로 표시</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="189" />
        <source>Swap incorrect/normal for %1 person(s)</source>
        <translation>%1명의 잘못 착용/미착용 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="196" />
        <source>Revert %1 of %2</source>
        <translation>%2의 %1 되돌리기</translation>
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="95" />
        <source>Correct labels</source>
        <translation>레이블 수정</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198" />
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation>데이터셋 폴더 열기 (train/과 eval/이 있는 폴더)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="210" />
        <source>Run a model over the dataset</source>
        <translation>데이터셋에 모델 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="211" />
        <source>Models (*.mlck *.pt *.pth *.ts);;All files (*)</source>
        <translation>모델 (*.mlck *.pt *.pth *.ts);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="217" />
        <location filename="../gui/mainwindow.cpp" line="221" />
        <source>Save predictions</source>
        <translation>예측 저장</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="218" />
        <source>Predictions (*.csv)</source>
        <translation>예측 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="225" />
        <location filename="../gui/mainwindow.cpp" line="451" />
        <source>Load predictions</source>
        <translation>예측 불러오기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="226" />
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>예측 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="263" />
        <source>About MaskLens</source>
        <translation>MaskLens 정보</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="264" />
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;마스크 분류기를 위한 작업대: 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="274" />
        <source>MaskLens — %1</source>
        <translation>MaskLens — %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="275" />
        <source>MaskLens</source>
        <translation>MaskLens</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="276" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="277" />
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="278" />
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="279" />
        <source>Load &amp;Predictions…</source>
        <translation>예측 불러오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="280" />
        <source>&amp;Run Model…</source>
        <translation>모델 실행(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="281" />
        <source>&amp;Save Predictions…</source>
        <translation>예측 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="283" />
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="284" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="285" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="286" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="287" />
        <source>Corrections (%1)</source>
        <translation>수정 내역 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="288" />
        <source>Filter corrections…</source>
        <translation>수정 내역 거르기…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="289" />
        <source>Revert selected</source>
        <translation>선택 항목 되돌리기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="290" />
        <source>&amp;Open Dataset…</source>
        <translation>데이터셋 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="291" />
        <source>Open &amp;Recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="292" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="294" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="295" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="296" />
        <source>&amp;About MaskLens</source>
        <translation>MaskLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="298" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="328" />
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="361" />
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터셋이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="362" />
        <location filename="../gui/mainwindow.cpp" line="540" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="368" />
        <source>Could not open the dataset</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="370" />
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="371" />
        <source>Could not open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="392" />
        <source>editing is off: %1</source>
        <translation>편집 꺼짐: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="409" />
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation>사람 %1명, 이미지 %2장, 문제 %3건</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="424" />
        <source>Loading predictions %1…</source>
        <translation>예측 %1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="435" />
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation>평가 이미지 예측에는 eval/truth.csv의 정답이 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="449" />
        <source>Could not load the predictions</source>
        <translation>예측을 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="466" />
        <source>Predictions for %1 images loaded from %2</source>
        <translation>이미지 %1장의 예측을 %2에서 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="494" />
        <source>Running %1 over %2 images…</source>
        <translation>이미지 %2장에 %1 실행 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="525" />
        <source>%1 (run in MaskLens)</source>
        <translation>%1 (MaskLens에서 실행)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="539" />
        <source>Model run cancelled; the previous predictions stay.</source>
        <translation>모델 실행을 취소했습니다. 이전 예측이 그대로 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="546" />
        <source>The model could not run</source>
        <translation>모델을 실행할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="548" />
        <source>Run model</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="556" />
        <source>Predictions for %1 images from %2</source>
        <translation>%2의 이미지 %1장 예측</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="564" />
        <source>No predictions to save</source>
        <translation>저장할 예측이 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="588" />
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="627" />
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="647" />
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
        <location filename="../gui/samplemodel.cpp" line="97" />
        <source>label: %1</source>
        <translation>레이블: %1</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="98" />
        <source>predicted: %1 (%2%)</source>
        <translation>예측: %1 (%2%)</translation>
    </message>
</context>
</TS>