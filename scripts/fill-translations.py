#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/masklens_ko.ts from the glossary below, and marks masklens_en.ts finished
(English is the source language). Run after `cmake --build build --target update_translations`;
prints the Korean sources still missing so nothing ships half-translated."""
import pathlib
import sys
import xml.etree.ElementTree as ET

KO = {
    "wear": "착용", "incorrect": "잘못 착용", "not worn": "미착용", "M": "남", "F": "여",
    "MaskLens: browse a mask dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.":
        "MaskLens: 마스크 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.",
    "Dataset folder to open.": "열 데이터셋 폴더.",
    "Render each view to DIR/<view>.png and exit.": "각 화면을 DIR/<view>.png로 저장하고 종료합니다.",
    "Interface language: en or ko (default: system).": "화면 언어: en 또는 ko (기본값: 시스템).",
    "Save chart as PNG or PDF…": "차트를 PNG 또는 PDF로 저장…",
    "Could not write %1": "%1에 쓸 수 없습니다",
    "Save chart": "차트 저장",
    "PNG image (*.png);;PDF document (*.pdf)": "PNG 이미지 (*.png);;PDF 문서 (*.pdf)",
    "Age bands start at": "연령대 시작 나이",
    "First age of the middle band": "중간 연령대의 첫 나이",
    "First age of the old band (teams moved it to 58 or 59)": "고령 연령대의 첫 나이 (여러 팀이 58이나 59로 옮겼습니다)",
    "Gender and age counted in": "성별과 나이 집계 단위",
    "people": "사람", "images": "이미지",
    "Open a dataset folder (File ▸ Open, or drop it here).": "데이터셋 폴더를 여세요 (파일 ▸ 열기, 또는 여기로 끌어다 놓기).",
    "%1 people · %2 images": "사람 %1명 · 이미지 %2장",
    " · %1 eval images": " · 평가 이미지 %1장",
    " · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)": " · 불균형 %1 : 1 (클래스 %2는 %3장, 클래스 %4는 %5장)",
    "Mask state (images)": "마스크 상태 (이미지)",
    "Gender (images)": "성별 (이미지)", "Gender (people)": "성별 (사람)",
    "male": "남성", "female": "여성",
    "Age band (images)": "연령대 (이미지)", "Age band (people)": "연령대 (사람)",
    "Images per class (the >=%1 classes in red)": "클래스별 이미지 수 (%1세 이상 클래스는 빨간색)",
    "class": "클래스", ">=%1 class": "%1세 이상 클래스",
    "People per age, with the band thresholds": "나이별 사람 수와 연령대 경계",
    "age": "나이", "%1 ▸": "%1 ▸",
    "Open dataset folder (holds train/ and eval/)": "데이터셋 폴더 열기 (train/과 eval/이 있는 폴더)",
    "About MaskLens": "MaskLens 정보",
    "<b>MaskLens %1</b><p>A workbench for face-mask classifiers: browse the dataset's imbalance, inspect a model's errors class by class, correct wrong labels, and retrain.</p>":
        "<b>MaskLens %1</b><p>마스크 분류기를 위한 작업대: 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.</p>",
    "MaskLens — %1": "MaskLens — %1", "MaskLens": "MaskLens",
    "Dataset": "데이터셋", "Problems (%1)": "문제 (%1)", "Cancel": "취소",
    "&File": "파일(&F)", "&Open Dataset…": "데이터셋 열기(&O)…", "Open &Recent": "최근 항목(&R)",
    "&Quit": "끝내기(&Q)", "&View": "보기(&V)", "&Language": "언어(&L)", "&Help": "도움말(&H)",
    "&About MaskLens": "MaskLens 정보(&A)", "Ready": "준비됨",
    "Loading %1…": "%1 불러오는 중…",
    "Loading cancelled; the previous dataset stays open.": "불러오기를 취소했습니다. 이전 데이터셋이 그대로 열려 있습니다.",
    "cancelled": "취소됨", "Could not open the dataset": "데이터셋을 열 수 없습니다",
    "Open dataset": "데이터셋 열기", "Could not open %1:\n%2": "%1을(를) 열 수 없습니다:\n%2",
    "%1 people, %2 images, %3 problem(s)": "사람 %1명, 이미지 %2장, 문제 %3건",
    "Cannot create %1": "%1을(를) 만들 수 없습니다", "Cannot write %1": "%1에 쓸 수 없습니다",
    "File": "파일", "Line": "줄", "Problem": "문제",
    "Predictions file to load with the dataset.": "데이터셋과 함께 불러올 예측 파일.",
    "Row-normalise the confusion matrix (each true class sums to 100%)": "혼동 행렬을 행별로 정규화 (각 실제 클래스의 합이 100%)",
    "Load predictions (File ▸ Load Predictions…) or run a model to see its errors.": "오류를 보려면 예측을 불러오거나 (파일 ▸ 예측 불러오기…) 모델을 실행하세요.",
    "Macro F1 %1 · accuracy %2% · >=%3 classes F1 %4 · %5 images": "매크로 F1 %1 · 정확도 %2% · %3세 이상 클래스 F1 %4 · 이미지 %5장",
    " (%1 without a prediction)": " (예측 없음 %1장)",
    "Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10":
        "속성별 F1: 마스크 %1, 성별 %2, 연령대 %3 · 연령대별 오류율: %4 %5%, %6 %7%, %8 %9% · %10",
    "Per class: precision, recall and F1 (* the >=%1 classes; n = support)": "클래스별 정밀도, 재현율, F1 (* %1세 이상 클래스, n = 표본 수)",
    "precision": "정밀도", "recall": "재현율", "F1": "F1",
    "Confusion matrix, share of each true class": "혼동 행렬, 실제 클래스별 비율",
    "Confusion matrix (rows: label, columns: predicted)": "혼동 행렬 (행: 레이블, 열: 예측)",
    "predicted class": "예측 클래스", "label (true class)": "레이블 (실제 클래스)",
    "Error rate by exact age (bands: %1, %2, %3)": "나이별 오류율 (연령대: %1, %2, %3)",
    "error rate": "오류율", "Export samples": "표본 내보내기", "CSV file (*.csv)": "CSV 파일 (*.csv)",
    "(the image cannot be decoded)": "(이미지를 디코딩할 수 없습니다)",
    "Label": "레이블", "Predicted": "예측", "any": "전체",
    "right and wrong": "정답과 오답", "right only": "정답만", "wrong only": "오답만",
    ">=60 focus": "60세 이상 집중",
    "Only the mistakes on the rare >=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them":
        "드문 60세 이상 클래스(2, 5, 8, 11, 14, 17)의 오류만: 잘못 예측된 그 클래스의 이미지와, 그 클래스로 잘못 예측된 이미지",
    "Sort": "정렬", "dataset order": "데이터셋 순서", "least confident first": "확신이 낮은 순",
    "most confident first": "확신이 높은 순", "highest loss first": "손실이 큰 순", "by person": "사람별",
    "Clear filters": "필터 지우기", "Export CSV…": "CSV 내보내기…", "This person's images": "이 사람의 이미지",
    "%1 of %2 images": "이미지 %2장 중 %1장", "Cannot write %1: %2": "%1에 쓸 수 없습니다: %2",
    "Click an image to see it here.": "이미지를 클릭하면 여기에 보입니다.",
    "Person %1 (%2): %3, %4 years": "사람 %1 (%2): %3, %4세",
    "Label: %1 (class %2)": "레이블: %1 (클래스 %2)",
    "Predicted: %1 (class %2), right": "예측: %1 (클래스 %2), 정답",
    "Predicted: <span style='color:#d6604d'>%1 (class %2), wrong</span>": "예측: <span style='color:#d6604d'>%1 (클래스 %2), 오답</span>",
    "Top 3:": "상위 3개:", "No prediction loaded.": "불러온 예측이 없습니다.", "missing": "없음",
    "Load predictions": "예측 불러오기", "Predictions (*.csv);;All files (*)": "예측 (*.csv);;모든 파일 (*)",
    "Errors": "오류", "Gallery": "갤러리", "Load &Predictions…": "예측 불러오기(&P)…",
    "Loading predictions %1…": "예측 %1 불러오는 중…",
    "eval-image predictions need the answers in eval/truth.csv: %1": "평가 이미지 예측에는 eval/truth.csv의 정답이 필요합니다: %1",
    "Could not load the predictions": "예측을 불러올 수 없습니다",
    "Predictions for %1 images loaded from %2": "이미지 %1장의 예측을 %2에서 불러왔습니다",
    "label: %1": "레이블: %1", "predicted: %1 (%2%)": "예측: %1 (%2%)",
    "#": "#", "When": "시각", "Who": "작업자", "Person or image": "사람 또는 이미지", "Field": "항목",
    "Was": "이전", "Now": "현재", "Note": "메모", "Mask state": "마스크 상태", "Gender": "성별",
    "Age band": "연령대", "predicted": "예측", "label": "레이블",
    "<b>Correct the selected images</b> (gender and age apply to the whole person; Ctrl+Z undoes)":
        "<b>선택한 이미지 수정</b> (성별과 나이는 그 사람 전체에 적용, Ctrl+Z로 되돌리기)",
    "Also": "기타", "swap incorrect/normal": "잘못 착용/미착용 맞바꾸기", "reviewed": "검토함",
    "exclude / include": "제외 / 포함", "Show only this person": "이 사람만 보기",
    "Label attributes": "레이블 속성", "any mask state": "모든 마스크 상태", "any gender": "모든 성별",
    "any age band": "모든 연령대", "young band": "젊은 연령대", "middle band": "중간 연령대", "old band": "고령 연령대",
    "Reviewed.": "검토함.", "Excluded from training.": "학습에서 제외됨.", "undo": "되돌리기",
    "editing is off: this dataset is open in another MaskLens": "편집 꺼짐: 이 데이터셋이 다른 MaskLens에서 열려 있습니다",
    "Set mask state of %1 image(s) to %2": "이미지 %1장의 마스크 상태를 %2(으)로",
    "Set gender of %1 person(s) to %2": "%1명의 성별을 %2(으)로",
    "Set age band of %1 person(s) to %2": "%1명의 연령대를 %2(으)로",
    "Exclude %1 image(s) from training": "이미지 %1장을 학습에서 제외",
    "Include %1 image(s) again": "이미지 %1장을 다시 포함",
    "Mark %1 image(s) reviewed": "이미지 %1장을 검토함으로 표시",
    "Swap incorrect/normal for %1 person(s)": "%1명의 잘못 착용/미착용 맞바꾸기",
    "Revert %1 of %2": "%2의 %1 되돌리기", "Correct labels": "레이블 수정",
    "Run a model over the dataset": "데이터셋에 모델 실행",
    "Models (*.mlck *.pt *.pth *.ts);;All files (*)": "모델 (*.mlck *.pt *.pth *.ts);;모든 파일 (*)",
    "Save predictions": "예측 저장", "Predictions (*.csv)": "예측 (*.csv)",
    "&Run Model…": "모델 실행(&R)…", "&Save Predictions…": "예측 저장(&S)…", "&Edit": "편집(&E)",
    "Corrections (%1)": "수정 내역 (%1)", "Filter corrections…": "수정 내역 거르기…",
    "Revert selected": "선택 항목 되돌리기", "editing is off: %1": "편집 꺼짐: %1",
    "Running %1 over %2 images…": "이미지 %2장에 %1 실행 중…", "%1 (run in MaskLens)": "%1 (MaskLens에서 실행)",
    "Model run cancelled; the previous predictions stay.": "모델 실행을 취소했습니다. 이전 예측이 그대로 있습니다.",
    "The model could not run": "모델을 실행할 수 없습니다", "Run model": "모델 실행",
    "Predictions for %1 images from %2": "%2의 이미지 %1장 예측", "No predictions to save": "저장할 예측이 없습니다",
    "Saved: %1": "저장됨: %1",
    "Model (checkpoint or TorchScript) to run over the dataset once it has loaded.": "데이터셋을 불러온 뒤 실행할 모델 (체크포인트 또는 TorchScript).",
    # Label-issue review queue (issue #9)
    "Label issues": "레이블 문제",
    "gender flip (person)": "성별 뒤바뀜 (사람)", "age band (person)": "연령대 (사람)",
    "incorrect/normal swap": "잘못 착용/미착용 뒤바뀜", "image label": "이미지 레이블",
    "to review": "검토 대기", "accepted": "수락", "rejected": "거부", "skipped": "건너뜀",
    "every kind": "모든 종류", "only those left to review": "검토가 남은 것만",
    "kind": "종류", "given → suggested": "현재 → 제안", "score": "점수", "person / image": "사람 / 이미지",
    "Accept (A)": "수락 (A)",
    "Write the suggested label to the corrections journal (undo: Ctrl+Z).": "제안된 레이블을 수정 기록에 씁니다 (되돌리기: Ctrl+Z).",
    "Reject (R)": "거부 (R)",
    "The label is right: mark the images reviewed.": "레이블이 맞습니다: 이미지를 검토함으로 표시합니다.",
    "Skip (S)": "건너뛰기 (S)", "Show in gallery": "갤러리에 표시",
    "Images under suspicion per given class (red: >=60)": "현재 클래스별 의심 이미지 수 (빨강: 60세 이상)",
    "Load out-of-fold predictions with probabilities to find likely wrong labels: train with Folds 2 or more and the cross-entropy loss in the Training view (or masklens-cli train --folds K), then Show in Errors view. Label smoothing caps the confidence the person checks need.":
        "잘못된 레이블을 찾으려면 확률이 있는 폴드 외 예측을 불러오세요: 학습 화면에서 폴드 2 이상, 교차 엔트로피 손실로 학습하고 (또는 masklens-cli train --folds K) 오류 화면에 표시하세요. 레이블 스무딩은 사람 단위 검사에 필요한 확신도를 낮춥니다.",
    "No likely wrong labels found.": "잘못된 것으로 보이는 레이블이 없습니다.",
    "%1: %2 (%3 accepted, %4 rejected)": "%1: %2건 (수락 %3, 거부 %4)",
    "<b>%1 suspects, %2 left to review</b> (ranked by score, from %3)<br>%4": "<b>의심 %1건, 검토 남음 %2건</b> (점수순, %3 기준)<br>%4",
    "Pick a suspect on the left.": "왼쪽에서 의심 항목을 고르세요.",
    "#%1 %2 · %3: <b>%4</b> → <b>%5</b> · score %6 · %7": "#%1 %2 · %3: <b>%4</b> → <b>%5</b> · 점수 %6 · %7",
    "Person %1: %2, %3 years. Evidence: %4": "사람 %1: %2, %3세. 근거: %4",
    "cannot read\n%1": "읽을 수 없음\n%1",
    "<br>model: %1 %2": "<br>모델: %1 %2", "<br>p(label) %1": "<br>p(레이블) %1", "<br>p(suggested) %1": "<br>p(제안) %1",
    "Medium CNN": "중간 CNN",
    "Four layers: the fastest; for demos and quick checks.": "4개 층: 가장 빠름. 데모와 빠른 확인용.",
    "Seven layers: twice the small CNN's time per image, and better at fine cues such as brows and grey hair.": "7개 층: 이미지당 시간은 작은 CNN의 두 배이며, 눈썹과 흰머리 같은 미세한 단서를 더 잘 읽습니다.",
    "default: %1": "기본값: %1",
    "Medium CNN, fine detail": "중간 CNN, 세밀한 입력",
    "The medium CNN behind one more strided layer, on twice the input size (128x160): 1.7x its time per image.":
        "중간 CNN 앞에 스트라이드 층을 하나 더 두고 두 배 크기(128x160)의 입력을 받습니다: 이미지당 시간은 중간 CNN의 1.7배.",
    "Empty: 224x224 for EfficientNet-B0, 64x80 for the small and medium CNNs, 128x160 for the fine-detail one.":
        "비워 두면: EfficientNet-B0는 224x224, 작은·중간 CNN은 64x80, 세밀한 입력 CNN은 128x160.",
    "Weights": "가중치",
    "moving average (EMA 0.999)": "이동 평균 (EMA 0.999)",
    "Validate and save an average of the recent weights instead of the last step's: the validation F1 climbs steadily instead of jumping from epoch to epoch.":
        "마지막 단계의 가중치 대신 최근 가중치의 평균을 검증하고 저장합니다: 검증 F1이 에포크마다 들쭉날쭉하지 않고 꾸준히 오릅니다.",
    "Precision": "정밀도",
    "bfloat16 forward pass": "bfloat16 순전파",
    "Runs the network's forward pass in 16-bit floats (weights stay 32-bit): about 1.5x the images per second for the CNNs on CPUs with AVX-512 bfloat16 and on recent GPUs, slower elsewhere (and for EfficientNet-B0 on the CPU).":
        "신경망의 순전파를 16비트 부동소수점으로 실행합니다(가중치는 32비트 유지): AVX-512 bfloat16을 지원하는 CPU와 최신 GPU에서 CNN의 초당 이미지 수가 약 1.5배, 그 밖의 환경(및 CPU의 EfficientNet-B0)에서는 더 느립니다.",
    "epoch: %1 models of %2 epochs, one after another": "에폭: 모델 %1개 × 에폭 %2, 차례로",
    "none: the whole frame": "없음: 프레임 전체",
    "centre 256x320 (baseline's)": "가운데 256x320 (베이스라인)",
    "centre 208x260 (tighter)": "가운데 208x260 (더 좁게)",
    "Crops the centre of the 384x512 frame before resizing to the input size: 256x320 is the competition baseline's crop; the tighter 208x260 gives hair, brows and forehead lines 1.23x the pixels at the same cost.":
        "입력 크기로 줄이기 전에 384x512 프레임의 가운데를 잘라냅니다. 256x320은 대회 베이스라인의 크롭이고, 더 좁은 208x260은 같은 비용으로 머리카락, 눈썹, 이마 주름에 1.23배의 픽셀을 줍니다.",
    # Training view (issue #8)
    "Outputs": "출력", "18 classes": "18개 클래스",
    "three heads (mask, gender, age band)": "세 갈래 (마스크, 성별, 연령대)",
    "Three heads learn the age band from all seven photos of every person, which helps the rare incorrect/normal >=60 classes.":
        "세 갈래 출력은 모든 사람의 사진 일곱 장 모두에서 연령대를 배우므로, 드문 잘못 착용/미착용 60세 이상 클래스에 도움이 됩니다.",
    "Training": "학습",
    "Compare runs %1 and %2": "실행 %1과 %2 비교",
    "<b>A</b> %1 &nbsp; <b>B</b> %2<br>macro F1 <b>%3 → %4</b> (%5), >=60 classes F1 <b>%6 → %7</b> (%8); %9 images both predicted, scored against B's labels (%10 labels differ between the runs); %11 wrong → right, %12 right → wrong.":
        "<b>A</b> %1 &nbsp; <b>B</b> %2<br>매크로 F1 <b>%3 → %4</b> (%5), 60세 이상 클래스 F1 <b>%6 → %7</b> (%8); 두 실행이 모두 예측한 이미지 %9장을 B의 레이블로 채점 (두 실행의 레이블이 다른 이미지 %10장); 오답 → 정답 %11장, 정답 → 오답 %12장.",
    "<br><span style='color:#b22222'>The runs validated on different people (the split follows the labels), so they share only %1 of %2 images: train both with Folds 2 or more for out-of-fold predictions on every image.</span>":
        "<br><span style='color:#b22222'>두 실행이 서로 다른 사람으로 검증했습니다 (분할이 레이블을 따릅니다). 그래서 %2장 중 %1장만 겹칩니다: 모든 이미지에 대한 폴드 외 예측을 얻으려면 두 실행 모두 폴드를 2 이상으로 학습하세요.</span>",
    "Per-class F1: A (light) and B (dark); * the >=60 classes": "클래스별 F1: A (밝은 색)와 B (어두운 색); * 60세 이상 클래스",
    "A: %1": "A: %1", "B: %1": "B: %1",
    "support": "샘플 수", "F1 A": "F1 A", "F1 B": "F1 B", "B - A": "B - A",
    "macro F1": "매크로 F1", ">=60 classes F1": "60세 이상 클래스 F1",
    "true %1, predicted %2: A %3, B %4": "정답 %1, 예측 %2: A %3, B %4",
    "B's confusion matrix minus A's (rows: true class, columns: predicted). Green: B better (more on the diagonal, fewer off it); red: worse.":
        "B의 혼동 행렬에서 A의 것을 뺀 값 (행: 정답 클래스, 열: 예측). 초록: B가 더 좋음 (대각선은 늘고 그 밖은 줄어듦); 빨강: 더 나쁨.",
    "change": "변화", "image": "이미지", "A predicted": "A 예측", "B predicted": "B 예측",
    "wrong → right": "오답 → 정답", "right → wrong": "정답 → 오답",
    "Per class": "클래스별", "Confusion change": "혼동 행렬 변화", "Changed images (%1)": "바뀐 이미지 (%1)",
    "Initial weights": "초기 가중치",
    "Weights (*.pt *.pth *.mlck);;All files (*)": "가중치 (*.pt *.pth *.mlck);;모든 파일 (*)",
    "Model": "모델", "Input size (WxH)": "입력 크기 (가로x세로)", "Epochs": "에폭", "Batch": "배치",
    "Learning rate": "학습률", "Loss": "손실", "Sampler": "샘플러", "Folds": "폴드", "Seeds": "시드",
    "Device": "장치", "Face crop": "얼굴 자르기", "Run on": "실행 위치", "Command template": "명령 템플릿",
    "Small CNN": "작은 CNN",
    "default (224x224, small CNN 64x80)": "기본값 (224x224, 작은 CNN 64x80)",
    "Empty: 224x224 for EfficientNet-B0, 64x80 for the small CNN.": "비우면: EfficientNet-B0은 224x224, 작은 CNN은 64x80.",
    "Adam's learning rate; StepLR halves it every third of the epochs.": "Adam의 학습률; StepLR이 에폭의 3분의 1마다 절반으로 줄입니다.",
    "cross-entropy": "교차 엔트로피", "label smoothing": "레이블 스무딩", "focal": "포컬",
    "class-weighted": "클래스 가중", "none": "없음",
    "weighted (rare classes as often as common)": "가중 (드문 클래스를 흔한 클래스만큼 자주)",
    "1: one model validated on a fifth of the people. K: K models on person-level folds, with out-of-fold predictions for every image (what the label-issue finder needs; train those with the cross-entropy loss).":
        "1: 사람의 5분의 1로 검증하는 모델 하나. K: 사람 단위 폴드로 모델 K개, 모든 이미지에 대한 폴드 외 예측 (레이블 문제 찾기에 필요하며, 이때는 교차 엔트로피 손실로 학습하세요).",
    "One model per seed, e.g. 1,2,3, combined by hard and soft voting.": "시드마다 모델 하나 (예: 1,2,3), 하드 보팅과 소프트 보팅으로 결합.",
    "auto (GPU when there is one)": "자동 (GPU가 있으면 GPU)", "CPU": "CPU", "CUDA GPU": "CUDA GPU",
    "none: random weights": "없음: 무작위 가중치", "Browse...": "찾아보기...",
    "centre 256x320 of the frame": "프레임 가운데 256x320",
    "this computer": "이 컴퓨터", "a command template (remote GPU, cluster)": "명령 템플릿 (원격 GPU, 클러스터)",
    "A shell command that runs the trainer elsewhere and prints its JSON lines, e.g. over ssh or srun. {cache}, {cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer options) are replaced; see the README.":
        "다른 곳에서 학습기를 실행하고 그 JSON 줄을 출력하는 셸 명령 (예: ssh나 srun). {cache}, {cache_name}, {samples}, {rundir}, {run}, {data}, {args} (학습 옵션)가 치환됩니다; README를 보세요.",
    "Start training": "학습 시작",
    "<b>Runs</b> (select two to compare)": "<b>실행 목록</b> (두 개를 골라 비교)",
    "Refresh": "새로 고침", "Compare": "비교", "Show in Errors view": "오류 화면에 표시", "Open folder": "폴더 열기",
    "run": "실행", "date": "날짜", "labels": "레이블", ">=60 F1": "60세 이상 F1", "device": "장치",
    "duration": "소요 시간", "status": "상태",
    "Loss and validation F1 per epoch": "에폭별 손실과 검증 F1", "epoch": "에폭", "loss": "손실",
    "validation F1": "검증 F1", "train loss": "학습 손실", "validation loss": "검증 손실",
    "The trainer's log appears here while a run goes.": "실행 중에는 학습기의 로그가 여기에 나타납니다.",
    "not training": "학습 중 아님", "starting": "시작하는 중",
    "Set the recipe and start a run; it trains on the labels as corrected.": "설정을 정하고 실행을 시작하세요; 고친 레이블로 학습합니다.",
    "Trains on the original labels (no corrections yet).": "원래 레이블로 학습합니다 (아직 수정 없음).",
    "Trains on the labels with the corrections applied: version %1, %2 people corrected.": "수정을 반영한 레이블로 학습합니다: 버전 %1, 사람 %2명 수정됨.",
    "Open a dataset first.": "먼저 데이터셋을 여세요.",
    "Initial weights: %1 does not exist.": "초기 가중치: %1이(가) 없습니다.",
    "Write the command template first (see the README), or run on this computer.": "먼저 명령 템플릿을 쓰거나 (README 참고), 이 컴퓨터에서 실행하세요.",
    "Run %1: preparing the images and labels...": "실행 %1: 이미지와 레이블을 준비하는 중...",
    "Stopping: the trainer saves its last checkpoint...": "멈추는 중: 학습기가 마지막 체크포인트를 저장합니다...",
    "Per-class validation F1, epoch %1 (red: >=60)": "클래스별 검증 F1, 에폭 %1 (빨강: 60세 이상)",
    "Per-class validation F1 (red: >=60)": "클래스별 검증 F1 (빨강: 60세 이상)",
    "Run %1 on %2: %3 images of %4 people, %5 model(s), input %6x%7": "실행 %1 (%2): 사람 %4명의 이미지 %3장, 모델 %5개, 입력 %6x%7",
    "model %1/%2 · epoch %3/%4 · batch %5/%6": "모델 %1/%2 · 에폭 %3/%4 · 배치 %5/%6",
    "%1 img/s · epoch ends in %2 · run ends in %3": "초당 %1장 · 에폭 종료까지 %2 · 실행 종료까지 %3",
    "%1 img/s · epoch ends in %2": "초당 %1장 · 에폭 종료까지 %2",
    "epoch %1/%2: train loss %3, val loss %4, macro F1 %5, >=60 F1 %6%7": "에폭 %1/%2: 학습 손실 %3, 검증 손실 %4, 매크로 F1 %5, 60세 이상 F1 %6%7",
    " (best so far)": " (지금까지 최고)",
    "ensemble of %1: hard voting macro F1 %2, soft voting %3": "%1개 앙상블: 하드 보팅 매크로 F1 %2, 소프트 보팅 %3",
    "error: %1": "오류: %1", "cache %1, labels %2": "캐시 %1, 레이블 %2",
    "Run %1 done: macro F1 %2, >=60 classes F1 %3 (%4 predictions), in %5.": "실행 %1 완료: 매크로 F1 %2, 60세 이상 클래스 F1 %3 (%4 예측), 소요 %5.",
    "out-of-fold": "폴드 외", "validation": "검증",
    "Run %1 stopped. %2": "실행 %1 멈춤. %2", "Run %1 failed:\n%2": "실행 %1 실패:\n%2", "failed: %1": "실패: %1",
    "Run %1 (%2): macro F1 %3, >=60 classes F1 %4, %5, %6.": "실행 %1 (%2): 매크로 F1 %3, 60세 이상 클래스 F1 %4, %5, %6.",
    "%1 models x %2 epochs": "모델 %1개 × 에폭 %2", "%1 epoch(s)": "에폭 %1개",
    "done": "완료", "stopped": "멈춤", "failed": "실패", "running": "실행 중",
    "Cannot compare: %1": "비교할 수 없습니다: %1",
    "The run did not stop in time; killing it.": "실행이 제때 멈추지 않아 강제로 끝냅니다.",
    "A run is already going.": "이미 실행 중입니다.",
    "Cannot find masklens-cli (looked next to this program and on PATH).": "masklens-cli를 찾을 수 없습니다 (이 프로그램 옆과 PATH에서 찾았습니다).",
    "Preparing the image cache and the labels for the command template...": "명령 템플릿을 위해 이미지 캐시와 레이블을 준비하는 중...",
    "Could not start %1: %2": "%1을(를) 시작할 수 없습니다: %2",
    "Stopped; the last checkpoint is saved where the trainer got to.": "멈췄습니다; 학습기가 도달한 곳의 마지막 체크포인트가 저장되었습니다.",
    "The trainer crashed.": "학습기가 비정상 종료했습니다.",
    "The trainer exited with status %1 without finishing.": "학습기가 끝내지 못하고 상태 %1로 종료했습니다.",
    "Running: %1": "실행: %1", "Stopping the run...": "실행을 멈추는 중...",
}


def fill(path, table):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        if table is None:  # English: the source is the translation
            tr.text, tr.attrib = None, {}
            tr.attrib.pop("type", None)
            continue
        if source in table:
            tr.text = table[source]
            tr.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = pathlib.Path(__file__).resolve().parent.parent / "translations"
missing = fill(root / "masklens_ko.ts", KO)
fill(root / "masklens_en.ts", None)
for m in missing:
    print("untranslated:", repr(m), file=sys.stderr)
sys.exit(1 if missing else 0)
