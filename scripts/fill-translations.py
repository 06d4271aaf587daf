#!/usr/bin/env python3
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
