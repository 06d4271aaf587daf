<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/cli.cpp" line="21"/>
        <source>write a synthetic dataset in the competition layout</source>
        <translation>대회 형식의 합성 데이터셋을 씁니다</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="23"/>
        <source>summarise a dataset: counts, imbalance, problems</source>
        <translation>데이터셋 요약: 개수, 불균형, 문제</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="25"/>
        <source>score a predictions file: per-class F1, macro F1, confusion, errors by age</source>
        <translation>예측 파일 채점: 클래스별 F1, 매크로 F1, 혼동 행렬, 나이별 오류</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="28"/>
        <source>run a model over a dataset&apos;s images and write its predictions</source>
        <translation>데이터셋 이미지에 모델을 돌려 예측을 씁니다</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="30"/>
        <source>train a model (the users&apos; recipe), printing JSON lines</source>
        <translation>모델을 학습합니다(사용자 레시피). JSON 줄을 출력합니다</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="32"/>
        <source>correct labels (journaled, never losing an edit), show the log, export</source>
        <translation>레이블 수정(저널에 기록, 수정을 잃지 않음), 기록 보기, 내보내기</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="35"/>
        <source>find likely wrong labels (confident learning, person-level checks)</source>
        <translation>잘못된 레이블 후보 찾기(confident learning, 사람 단위 검사)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="38"/>
        <source>find near-duplicate photos and people under two ids (identity leaks across folds)</source>
        <translation>거의 같은 사진과 두 ID로 등록된 사람 찾기 (폴드 간 신원 누출)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="41"/>
        <source>lay the images&apos; embeddings out on a 2-D map (and list each image&apos;s most similar ones)</source>
        <translation>이미지 임베딩을 2차원 지도에 배치 (각 이미지와 가장 비슷한 이미지 목록 포함)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="44"/>
        <source>write the competition submission (ImageID,ans), voting several predictions files</source>
        <translation>대회 제출 파일(ImageID,ans)을 씁니다. 여러 예측 파일을 투표합니다</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="47"/>
        <source>list training runs, compare two (per-class F1, samples changed)</source>
        <translation>학습 실행 목록, 두 실행 비교(클래스별 F1, 바뀐 샘플)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="49"/>
        <source>model init: write an untrained checkpoint, optionally from torchvision weights</source>
        <translation>model init: 학습 전 체크포인트를 씁니다. torchvision 가중치로 시작할 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="52"/>
        <source>show the LibTorch runtime: version, threads, CUDA</source>
        <translation>LibTorch 런타임 보기: 버전, 스레드, CUDA</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="57"/>
        <source>Usage: masklens-cli &lt;command&gt; [options]

Commands:
</source>
        <translation>사용법: masklens-cli &lt;명령&gt; [옵션]

명령:
</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="63"/>
        <source>
Run masklens-cli &lt;command&gt; --help for its options.
</source>
        <translation>
각 명령의 옵션은 masklens-cli &lt;명령&gt; --help로 보세요.
</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="89"/>
        <source>masklens-cli: unknown command &apos;%1&apos;

</source>
        <translation>masklens-cli: 알 수 없는 명령 &apos;%1&apos;

</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="30"/>
        <source>Try &apos;%1 --help&apos;.
</source>
        <translation>&apos;%1 --help&apos;를 실행해 보세요.
</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="39"/>
        <source>Usage: %1 [options]</source>
        <translation>사용법: %1 [옵션]</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="54"/>
        <source>--%1: expected a whole number %2..%3, got &apos;%4&apos;
</source>
        <translation>--%1: %2..%3 사이의 정수여야 하는데 &apos;%4&apos;입니다
</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="71"/>
        <source>--%1: expected a number %2..%3, got &apos;%4&apos;
</source>
        <translation>--%1: %2..%3 사이의 숫자여야 하는데 &apos;%4&apos;입니다
</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="85"/>
        <source>Age-band thresholds MIDDLE,OLD (default 30,60): ages below MIDDLE are &lt;MIDDLE, from OLD on &gt;=OLD.</source>
        <translation>나이 구간 경계 MIDDLE,OLD (기본 30,60): MIDDLE 미만은 &lt;MIDDLE, OLD부터는 &gt;=OLD.</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="108"/>
        <source>--bands: expected two ages MIDDLE,OLD with 0 &lt; MIDDLE &lt; OLD, e.g. 30,60 or 30,58; got &apos;%1&apos;
</source>
        <translation>--bands: 0 &lt; MIDDLE &lt; OLD인 두 나이 MIDDLE,OLD여야 합니다(예: 30,60 또는 30,58). 받은 값 &apos;%1&apos;
</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/cliutil.cpp" line="144"/>
        <source>%1: ... and %n more problem(s)</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="39"/>
        <source>--where person=%1: no such folder in train.csv
</source>
        <translation>--where person=%1: train.csv에 그런 폴더가 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="46"/>
        <source>--where gender: expected male or female
</source>
        <translation>--where gender: male 또는 female이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="53"/>
        <source>--where mask: expected wear, incorrect or normal
</source>
        <translation>--where mask: wear, incorrect 또는 normal이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="61"/>
        <source>--where %1: expected a number%2
</source>
        <translation>--where %1: 숫자여야 합니다%2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="62"/>
        <source> 0..2</source>
        <translation> 0..2</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="72"/>
        <source>--where: unknown key &apos;%1&apos; (person, gender, mask, age_band, age)
</source>
        <translation>--where: 알 수 없는 키 &apos;%1&apos; (person, gender, mask, age_band, age)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="90"/>
        <source>Predictions %1 on %2 (%3 split): %4 samples evaluated, %5 without a prediction

</source>
        <translation>%2의 예측 %1 (%3 분할): 샘플 %4개 평가, %5개는 예측 없음

</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="91"/>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="91"/>
        <source>eval</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="94"/>
        <source>  class  label                   precision  recall      F1  support
</source>
        <translation>  클래스  레이블                 정밀도     재현율      F1   지원
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="109"/>
        <source>  * the &gt;=%1 classes: mean F1 %2

</source>
        <translation>  * &gt;=%1 클래스: 평균 F1 %2

</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="110"/>
        <source>  Macro F1 %1   accuracy %2
</source>
        <translation>  매크로 F1 %1   정확도 %2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="111"/>
        <source>  Per attribute: mask F1 %1 (accuracy %2), gender F1 %3 (%4), age band F1 %5 (%6)
</source>
        <translation>  속성별: 마스크 F1 %1 (정확도 %2), 성별 F1 %3 (%4), 나이 구간 F1 %5 (%6)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="118"/>
        <source>  Error rate by true age band:</source>
        <translation>  실제 나이 구간별 오류율:</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="124"/>
        <source>  Error rate near the band edges:</source>
        <translation>  구간 경계 근처의 오류율:</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="132"/>
        <source>  Expected calibration error %1 (%2 bins)
</source>
        <translation>  기대 보정 오차 %1 (구간 %2개)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="136"/>
        <source>
  %1 problem(s) in the predictions file:
</source>
        <translation>
  예측 파일의 문제 %1개:
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="148"/>
        <source>Scores a predictions file against a dataset&apos;s labels (train split) or eval/truth.csv (eval split): per-class precision/recall/F1, macro F1 and accuracy as scikit-learn computes them, per-attribute scores, error rate by age, calibration.</source>
        <translation>예측 파일을 데이터셋 레이블(학습 분할) 또는 eval/truth.csv(평가 분할)와 비교해 채점합니다: scikit-learn과 같은 방식의 클래스별 정밀도/재현율/F1, 매크로 F1과 정확도, 속성별 점수, 나이별 오류율, 보정.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="63"/>
        <location filename="../cli/cmd_evaluate.cpp" line="151"/>
        <location filename="../cli/cmd_issues.cpp" line="163"/>
        <location filename="../cli/cmd_labels.cpp" line="48"/>
        <location filename="../cli/cmd_map.cpp" line="36"/>
        <location filename="../cli/cmd_predict.cpp" line="56"/>
        <location filename="../cli/cmd_submit.cpp" line="52"/>
        <source>Dataset folder.</source>
        <translation>데이터셋 폴더.</translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="94"/>
        <source>Embeddings of the train images (predict --features, or a run&apos;s oof_features.npy).</source>
        <translation>학습 이미지의 임베딩 (predict --features, 또는 실행의 oof_features.npy).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="53"/>
        <source>Finds photos that are the same photo or a near copy (a perceptual hash of each colour channel, its nearest neighbours through an hnswlib index, confirmed by the pictures&apos; thumbnails and, with --features, by their embeddings) and people who are one person under two ids (sharing copied photos, or with --features, whose embeddings sit together). Writes a,b,kind,score: a and b are image paths relative to train/images (same_image) or person folders (same_person). With --identity, also people whose faces are one face: a face identity embedding learnt from the dataset&apos;s own person folders (minutes on the CPU, kept in DIR/.masklens/identity.npy). train --group-duplicates FILE keeps each group in one fold.</source>
        <translation>같은 사진이거나 거의 복사본인 사진(각 색 채널의 지각 해시, hnswlib 색인으로 찾은 가장 가까운 이웃, 사진의 축소판과 --features가 있으면 임베딩으로 확인)과 두 ID 아래의 한 사람(복사된 사진을 공유하거나, --features가 있으면 임베딩이 서로 가까운 사람)을 찾습니다. a,b,kind,score를 씁니다: a와 b는 train/images 기준의 이미지 경로(same_image) 또는 사람 폴더(same_person)입니다. --identity가 있으면 얼굴이 같은 얼굴인 사람도 찾습니다: 데이터셋의 사람 폴더에서 학습한 얼굴 신원 임베딩(CPU로 몇 분, DIR/.masklens/identity.npy에 보관). train --group-duplicates FILE은 각 그룹을 한 폴드에 둡니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="66"/>
        <location filename="../cli/cmd_map.cpp" line="39"/>
        <source>CSV to write.</source>
        <translation>쓸 CSV.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="69"/>
        <source>Print the pairs and the person groups as JSON.</source>
        <translation>쌍과 사람 그룹을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="72"/>
        <source>Known duplicates (a synthetic dataset&apos;s train/duplicates_truth.csv): report precision and recall of each kind.</source>
        <translation>알려진 중복 (합성 데이터셋의 train/duplicates_truth.csv): 종류별 정밀도와 재현율을 보고합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="76"/>
        <source>Threads hashing the images (0: all cores).</source>
        <translation>이미지를 해시하는 스레드 (0: 모든 코어).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="80"/>
        <source>With --features: also join two people whose mean embeddings have at least this cosine (off by default: embeddings learnt for the 18 classes do not tell people apart; use it with an embedding that does).</source>
        <translation>--features와 함께: 평균 임베딩의 코사인이 이 값 이상인 두 사람도 합칩니다 (기본은 꺼짐: 18개 클래스로 학습된 임베딩은 사람을 구별하지 못합니다. 사람을 구별하는 임베딩과 함께 쓰십시오).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="86"/>
        <source>Find people photographed again under a new id by their faces: learns a face identity embedding from the person folders (or reuses the one kept in DIR/.masklens/identity.npy while the photos are the same) and joins two people of the same gender and age (within a year) who are each other&apos;s nearest face.</source>
        <translation>새 ID로 다시 찍힌 사람을 얼굴로 찾습니다: 사람 폴더에서 얼굴 신원 임베딩을 학습하고(사진이 같으면 DIR/.masklens/identity.npy에 보관된 것을 다시 씀), 성별이 같고 나이가 1년 이내이며 서로에게 가장 가까운 얼굴인 두 사람을 묶습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="92"/>
        <source>With --identity: how far above every person&apos;s cosine to their nearest other person two faces must sit, in robust deviations (default 2.5).</source>
        <translation>--identity와 함께: 두 얼굴이 모든 사람의 가장 가까운 다른 사람과의 코사인보다 얼마나 위에 있어야 하는지, 강건 편차 단위 (기본값 2.5).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="97"/>
        <source>With --identity: a fixed least cosine of two people&apos;s mean face embeddings instead of --identity-deviations.</source>
        <translation>--identity와 함께: --identity-deviations 대신 두 사람의 평균 얼굴 임베딩이 넘어야 할 고정 최소 코사인.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="102"/>
        <source>With --identity: epochs the face embedding learns for (default 10).</source>
        <translation>--identity와 함께: 얼굴 임베딩을 학습할 에포크 수 (기본값 10).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="111"/>
        <source>duplicates: --data DIR and --out FILE (or --json) are required
</source>
        <translation>duplicates: --data DIR와 --out FILE(또는 --json)이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="119"/>
        <source>duplicates: cannot read the dataset: %1
</source>
        <translation>duplicates: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="126"/>
        <location filename="../cli/cmd_duplicates.cpp" line="161"/>
        <location filename="../cli/cmd_duplicates.cpp" line="178"/>
        <location filename="../cli/cmd_duplicates.cpp" line="187"/>
        <source>duplicates: %1
</source>
        <translation>duplicates: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="157"/>
        <source>duplicates: learning faces</source>
        <translation>duplicates: 얼굴 학습 중</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="165"/>
        <source>duplicates: faces: skipped</source>
        <translation>duplicates: 얼굴: 건너뜀</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="167"/>
        <source>duplicates: faces from %1
</source>
        <translation>duplicates: %1의 얼굴
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="168"/>
        <source>duplicates: faces learnt in %1 s, kept in %2
</source>
        <translation>duplicates: 얼굴을 %1초에 학습, %2에 보관
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="173"/>
        <source>duplicates: hashing</source>
        <translation>duplicates: 해시 계산</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="181"/>
        <source>duplicates: skipped</source>
        <translation>duplicates: 건너뜀</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="191"/>
        <source>duplicates: %1 images hashed in %2 s; %3 same-image pairs, %4 people under two ids, %5 groups to keep in one fold
</source>
        <translation>duplicates: 이미지 %1장을 %2초에 해시함; 같은 이미지 쌍 %3개, 두 ID의 사람 %4쌍, 한 폴드에 둘 그룹 %5개
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="199"/>
        <source>duplicates: two faces are one person from a cosine of %1 (everyone&apos;s nearest other person: median %2)
</source>
        <translation>duplicates: 코사인 %1부터 두 얼굴을 한 사람으로 봅니다 (모든 사람의 가장 가까운 다른 사람: 중앙값 %2)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="211"/>
        <source>duplicates: --truth: %1
</source>
        <translation>duplicates: --truth: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="212"/>
        <source>%1 needs the columns path,duplicate_of,kind</source>
        <translation>%1에는 path,duplicate_of,kind 열이 필요합니다</translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="232"/>
        <source>duplicates: %1: precision %2, recall %3 (%4 of %5 found, %6 reported)
</source>
        <translation>duplicates: %1: 정밀도 %2, 재현율 %3 (%5개 중 %4개 찾음, %6개 보고)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="153"/>
        <source>Predictions CSV.</source>
        <translation>예측 CSV.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="155"/>
        <location filename="../cli/cmd_stats.cpp" line="88"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="158"/>
        <source>Only samples whose true label matches KEY=VALUE (person, gender, mask, age_band, age); repeatable.</source>
        <translation>실제 레이블이 KEY=VALUE에 맞는 샘플만 (person, gender, mask, age_band, age). 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="163"/>
        <source>Score against train.csv as it is, ignoring the corrections journal.</source>
        <translation>수정 내역 저널을 무시하고 train.csv 그대로 채점합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="166"/>
        <source>Score against the true labels of a synthetic dataset: the generator&apos;s train/noise_truth.csv undoes its injected errors first.</source>
        <translation>합성 데이터셋의 실제 레이블로 채점합니다: 생성기의 train/noise_truth.csv가 주입한 오류를 먼저 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="175"/>
        <source>evaluate: --data DIR and --pred FILE are required
</source>
        <translation>evaluate: --data DIR와 --pred FILE이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="184"/>
        <source>evaluate: cannot read the dataset: %1
</source>
        <translation>evaluate: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="194"/>
        <source>evaluate: --truth: %1
</source>
        <translation>evaluate: --truth: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="201"/>
        <source>evaluate: cannot read the predictions: %1
</source>
        <translation>evaluate: 예측을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="208"/>
        <source>evaluate: eval predictions need the answers: %1
</source>
        <translation>evaluate: 평가 분할 예측에는 정답이 필요합니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="219"/>
        <source>evaluate: --where needs train-split predictions (eval images have no person)
</source>
        <translation>evaluate: --where에는 학습 분할 예측이 필요합니다(평가 이미지에는 사람 정보가 없음)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="230"/>
        <source>evaluate: %1: no usable prediction rows%2; nothing to evaluate
</source>
        <translation>evaluate: %1: 쓸 수 있는 예측 행이 없습니다%2. 평가할 것이 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="232"/>
        <source> in the --where subset</source>
        <translation> (--where 부분집합)</translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="251"/>
        <source>Labels: the truth from %1 (%2 labels set back)
</source>
        <translation>레이블: %1의 실제 레이블 (%2개 되돌림)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="16"/>
        <source>Shows the LibTorch runtime MaskLens would use.</source>
        <translation>MaskLens가 쓸 LibTorch 런타임을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="18"/>
        <source>One JSON object.</source>
        <translation>JSON 객체 하나.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="20"/>
        <location filename="../cli/cmd_predict.cpp" line="83"/>
        <location filename="../cli/cmd_stats.cpp" line="91"/>
        <source>Threads (0: all cores).</source>
        <translation>스레드 (0: 모든 코어).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="40"/>
        <source>LibTorch %1; %2 CUDA device(s); %3 of %4 hardware threads; --device auto picks %5
</source>
        <translation>LibTorch %1, CUDA 장치 %2개, 하드웨어 스레드 %4개 중 %3개, --device auto는 %5 선택
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="158"/>
        <source>Finds likely wrong labels from out-of-fold probabilities (masklens-cli train --folds K writes them): confident learning per image, and person-level checks (a person&apos;s seven images voting on gender and age band; swapped incorrect_mask/normal files). Writes one row per suspect: target,kind,field,given,suggested,score,evidence.</source>
        <translation>교차 검증 확률(masklens-cli train --folds K가 만듭니다)로 잘못된 레이블 후보를 찾습니다: 이미지별 confident learning과 사람 단위 검사(한 사람의 이미지 일곱 장이 성별과 나이 구간에 투표, 뒤바뀐 incorrect_mask/normal 파일). 후보마다 한 행을 씁니다: target,kind,field,given,suggested,score,evidence.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="166"/>
        <source>Predictions with probabilities.</source>
        <translation>확률이 있는 예측.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="167"/>
        <source>Suspects CSV to write.</source>
        <translation>쓸 후보 CSV.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="170"/>
        <source>Print the suspects (and scores) as JSON.</source>
        <translation>후보(와 점수)를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="172"/>
        <source>margin (normalised margin) or self_confidence.</source>
        <translation>margin(정규화된 마진) 또는 self_confidence.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="176"/>
        <source>Known errors (a synthetic dataset&apos;s train/noise_truth.csv): report precision and recall.</source>
        <translation>알려진 오류(합성 데이터셋의 train/noise_truth.csv): 정밀도와 재현율을 보고합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="180"/>
        <source>Ignore the corrections journal.</source>
        <translation>수정 내역 저널을 무시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="183"/>
        <source>Lowest mean probability of the other gender or age band over a person&apos;s images for a person-level suspect (default 0.6); higher: fewer, surer suspects.</source>
        <translation>사람 단위 후보가 되려면 그 사람 이미지들에서 다른 성별이나 나이 구간의 평균 확률이 이 값 이상이어야 합니다(기본 0.6). 높을수록 후보가 적고 확실합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="107"/>
        <source>issues: training the detector&apos;s model into %1 (%2)
</source>
        <translation>issues: 탐지기의 모델을 %1에 학습합니다 (%2)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="114"/>
        <source>issues: cannot start the trainer: %1
</source>
        <translation>issues: 학습기를 시작할 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="127"/>
        <source>issues: fold %1/3, epoch %2/%3: validation macro F1 %4
</source>
        <translation>issues: 폴드 %1/3, 에포크 %2/%3: 검증 매크로 F1 %4
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="146"/>
        <source>issues: the detector&apos;s training run failed (%1): %2
</source>
        <translation>issues: 탐지기의 학습 실행이 실패했습니다 (%1): %2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="188"/>
        <source>cl: the model&apos;s probabilities (confident learning and the person checks); knn: the labels of each image&apos;s nearest neighbours in feature space (other people only) instead; both: the mean of the two. knn and both need --features.</source>
        <translation>cl: 모델의 확률 (신뢰 학습과 사람 단위 검사); knn: 대신 특징 공간에서 각 이미지의 최근접 이웃(다른 사람만)의 레이블; both: 둘의 평균. knn과 both에는 --features가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="194"/>
        <source>Embeddings of the train images (default: the run&apos;s oof_features.npy or val_features.npy beside --pred, when there is one).</source>
        <translation>학습 이미지의 임베딩 (기본: --pred 옆에 있으면 그 실행의 oof_features.npy 또는 val_features.npy).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="199"/>
        <source>Train the detector&apos;s model first (3 folds of the 128x160 CNN on the face crop, three heads, cross-entropy; into DIR/.masklens/runs/find-TIME, progress on stderr), then look with its out-of-fold predictions and features (--method both unless given).</source>
        <translation>먼저 탐지기의 모델을 학습합니다 (얼굴 잘라내기 위 128x160 CNN 3개 폴드, 세 헤드, 교차 엔트로피; DIR/.masklens/runs/find-TIME에, 진행은 stderr에) 그다음 그 out-of-fold 예측과 특징으로 찾습니다 (따로 주지 않으면 --method both).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="204"/>
        <source>Epochs of that run (default 30).</source>
        <translation>그 실행의 에포크 수 (기본 30).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="208"/>
        <source>mask (default): image-level suspects only about an image&apos;s mask state; gender and age band belong to the person and are judged over its seven images by the person checks. all: also an image read alone as the other gender or band.</source>
        <translation>mask (기본값): 이미지 단위 의심은 이미지의 마스크 상태에 대해서만; 성별과 연령대는 사람의 속성이므로 사람 단위 검사가 일곱 장 전체로 판단합니다. all: 한 장만 다른 성별이나 연령대로 읽힌 이미지도 포함합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="214"/>
        <source>The training fit of the run that made --pred (default: its train_fit.csv, when there is one): a person-level suspect then also needs the run&apos;s models to have fitted the person&apos;s label badly while training on it.</source>
        <translation>--pred를 만든 실행의 학습 적합도(기본값: 있으면 그 실행의 train_fit.csv): 사람 단위 의심 항목은 실행의 모델들이 학습 중 그 사람의 레이블을 잘 맞추지 못했어야 합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="219"/>
        <source>Look without the training fit.</source>
        <translation>학습 적합도 없이 찾습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="222"/>
        <source>Highest mean training fit of a person&apos;s label (the probability the models gave it while training on the person) for a person-level suspect (default: the upper Tukey fence of the fits of the run&apos;s probes, labels made wrong on purpose; none without probes).</source>
        <translation>사람 단위 의심 항목이 가질 수 있는 레이블의 최고 평균 학습 적합도(모델들이 그 사람을 학습하는 동안 레이블에 준 확률)(기본값: 일부러 틀리게 만든 레이블인 실행의 프로브 적합도의 위쪽 Tukey 울타리, 프로브가 없으면 없음).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="244"/>
        <source>issues: --data DIR, --pred FILE (or --find) and --out FILE (or --json) are required
</source>
        <translation>issues: --data DIR, --pred FILE(또는 --find)과 --out FILE(또는 --json)이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="258"/>
        <source>--method: expected cl, knn or both
</source>
        <translation>--method: cl, knn 또는 both가 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="265"/>
        <source>--ranking: expected margin or self_confidence
</source>
        <translation>--ranking: margin 또는 self_confidence여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="269"/>
        <source>--image-suspects: expected mask or all
</source>
        <translation>--image-suspects: mask 또는 all 이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="276"/>
        <source>--person-threshold: expected a probability from 0.5 to 1
</source>
        <translation>--person-threshold: 0.5부터 1 사이의 확률이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="229"/>
        <source>How a person&apos;s gender is judged with the run&apos;s training fit. flag (default): confident learning&apos;s flag and --person-threshold, the fit ranking the suspects. fence: also a fit below the probes&apos; fence (or --fit-threshold). cut: p(other) x (1 - fit) reaching the cut where the F1 the probes estimate peaks. Either way the probes&apos; estimate is reported.</source>
        <translation>실행의 학습 적합도가 있을 때 사람의 성별을 판정하는 방법. flag (기본값): confident learning의 표시와 --person-threshold, 적합도는 의심 항목의 순위만 정합니다. fence: 적합도가 프로브의 울타리(또는 --fit-threshold)보다 낮아야 합니다. cut: p(다른 성별) x (1 - 적합도)가 프로브가 추정한 F1이 가장 높은 기준에 이르는 경우. 어느 규칙이든 프로브의 추정치는 보고됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="291"/>
        <source>--gender-rule: expected flag, fence or cut
</source>
        <translation>--gender-rule: flag, fence 또는 cut이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="295"/>
        <source>issues: --fit and --no-fit exclude each other
</source>
        <translation>issues: --fit과 --no-fit은 함께 쓸 수 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="300"/>
        <source>issues: cannot read the dataset: %1
</source>
        <translation>issues: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="313"/>
        <location filename="../cli/cmd_issues.cpp" line="335"/>
        <location filename="../cli/cmd_issues.cpp" line="358"/>
        <location filename="../cli/cmd_issues.cpp" line="362"/>
        <location filename="../cli/cmd_issues.cpp" line="367"/>
        <location filename="../cli/cmd_issues.cpp" line="379"/>
        <location filename="../cli/cmd_issues.cpp" line="395"/>
        <location filename="../cli/cmd_issues.cpp" line="408"/>
        <source>issues: %1
</source>
        <translation>issues: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="322"/>
        <source>issues: %1: no row with usable class probabilities; nothing to look for label issues in
</source>
        <translation>issues: %1: 쓸 수 있는 클래스 확률이 있는 행이 없습니다. 레이블 오류를 찾을 대상이 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="346"/>
        <source>issues: --method %1 needs --features FILE (predict --features, or a training run&apos;s oof_features.npy)
</source>
        <translation>issues: --method %1에는 --features FILE이 필요합니다 (predict --features, 또는 학습 실행의 oof_features.npy)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="465"/>
        <source>%1: MaskLens precision %2 recall %3 (%4 suspects, %5 of %6 true errors); baseline &apos;prediction differs&apos; precision %7 recall %8 (%9 suspects)
</source>
        <translation>%1: MaskLens 정밀도 %2 재현율 %3 (후보 %4개, 실제 오류 %6개 중 %5개), 기준선 &apos;예측이 다름&apos; 정밀도 %7 재현율 %8 (후보 %9개)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="479"/>
        <source>%1  down the ranking, recall 0.8 is reached at precision %2 (the first %3 suspects, scores &gt;= %4)
</source>
        <translation>%1  순위를 따라가면 정밀도 %2에서 재현율 0.8에 이릅니다(처음 %3개 후보, 점수 &gt;= %4)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="516"/>
        <source>; queue %1 suspects, %2 on a person with a true error</source>
        <translation>; 대기열 의심 항목 %1개, 실제 오류가 있는 사람 %2개</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="535"/>
        <source>method %1 (precision/recall):%2
</source>
        <translation>방법 %1 (정밀도/재현율):%2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="547"/>
        <source>without the training fit (precision/recall):%1
</source>
        <translation>학습 적합도 없이 (정밀도/재현율):%1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="607"/>
        <source>gender: the run&apos;s %1 probes put the wrong genders at about %2; %3
</source>
        <translation>성별: 실행의 프로브 %1개로 추정한 틀린 성별은 약 %2명입니다. %3
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="590"/>
        <source>a person is a suspect from score %1 (p(other) x (1 - fit)), this cut&apos;s recall about %2</source>
        <translation>점수 %1 (p(다른 성별) x (1 - 적합도)) 이상인 사람이 의심 항목이며, 이 기준의 재현율은 약 %2입니다</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="596"/>
        <source>judged by confident learning&apos;s flag and a fit below %1 (--gender-rule cut: from score %2)</source>
        <translation>confident learning의 표시와 %1 미만의 적합도로 판단했습니다 (--gender-rule cut: 점수 %2부터)</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="602"/>
        <source>judged by confident learning&apos;s flag (--gender-rule cut: from score %1)</source>
        <translation>confident learning의 표시로 판정 (--gender-rule cut: 점수 %1부터)</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="616"/>
        <source>%1 suspects (%2) in %3 ms%4
</source>
        <translation>후보 %1개 (%2), %3 ms%4
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="620"/>
        <source>; wrote %1</source>
        <translation>. %1을(를) 썼습니다</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="39"/>
        <source>Label corrections, kept in DIR/.masklens/corrections.jsonl (train.csv is never changed):
  labels set --data DIR --person FOLDER [--gender male|female] [--age N]
  labels set --data DIR --image FOLDER/FILE [--mask wear|incorrect|normal] [--exclude|--include] [--reviewed]
  labels log --data DIR [--json]
  labels export --data DIR --out FILE [--report FILE]
set exits 0 only once the correction is on disk (fsync).</source>
        <translation>레이블 수정. DIR/.masklens/corrections.jsonl에 기록합니다(train.csv는 바꾸지 않습니다):
  labels set --data DIR --person FOLDER [--gender male|female] [--age N]
  labels set --data DIR --image FOLDER/FILE [--mask wear|incorrect|normal] [--exclude|--include] [--reviewed]
  labels log --data DIR [--json]
  labels export --data DIR --out FILE [--report FILE]
set은 수정 내용이 디스크에 기록된 뒤에만(fsync) 0으로 끝납니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="47"/>
        <source>set, log or export</source>
        <translation>set, log 또는 export</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="50"/>
        <source>A person&apos;s folder.</source>
        <translation>사람의 폴더.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="52"/>
        <source>An image, FOLDER/FILE.</source>
        <translation>이미지, FOLDER/FILE.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="54"/>
        <source>male or female.</source>
        <translation>male 또는 female.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="56"/>
        <source>Age in years.</source>
        <translation>나이(년).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="58"/>
        <source>wear, incorrect or normal.</source>
        <translation>wear, incorrect 또는 normal.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="61"/>
        <source>Leave the image out of training and metrics.</source>
        <translation>이미지를 학습과 지표에서 뺍니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="63"/>
        <source>Take an excluded image back.</source>
        <translation>뺀 이미지를 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="65"/>
        <source>Mark the image as checked.</source>
        <translation>이미지를 확인함으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="66"/>
        <source>Why (kept in the journal).</source>
        <translation>이유(저널에 기록).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="68"/>
        <source>JSON output.</source>
        <translation>JSON 출력.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="69"/>
        <source>Corrected train.csv to write.</source>
        <translation>쓸 수정된 train.csv.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="72"/>
        <source>Changes report (CSV) to write.</source>
        <translation>쓸 변경 보고서(CSV).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="83"/>
        <source>labels: expected set, log or export with --data DIR; try --help
</source>
        <translation>labels: --data DIR와 함께 set, log, export 중 하나가 필요합니다. --help를 보세요
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="88"/>
        <source>labels: cannot read the dataset: %1
</source>
        <translation>labels: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="93"/>
        <location filename="../cli/cmd_labels.cpp" line="97"/>
        <location filename="../cli/cmd_labels.cpp" line="125"/>
        <location filename="../cli/cmd_labels.cpp" line="130"/>
        <source>labels: %1
</source>
        <translation>labels: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="108"/>
        <source>%1 correction(s) in %2
</source>
        <translation>%2에 수정 %1개
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="121"/>
        <source>labels export: --out FILE is required
</source>
        <translation>labels export: --out FILE이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="133"/>
        <source>Wrote %1 with %2 correction(s) applied
</source>
        <translation>수정 %2개를 적용해 %1을(를) 썼습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="143"/>
        <source>labels set: give either --person FOLDER or --image FOLDER/FILE
</source>
        <translation>labels set: --person FOLDER와 --image FOLDER/FILE 중 하나만 주세요
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="164"/>
        <source>labels set: nothing to set (--gender/--age for a person; --mask/--exclude/--include/--reviewed for an image)
</source>
        <translation>labels set: 바꿀 것이 없습니다(사람은 --gender/--age, 이미지는 --mask/--exclude/--include/--reviewed)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="174"/>
        <source>labels set: %1 (nothing was saved)
</source>
        <translation>labels set: %1 (아무것도 저장하지 않았습니다)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="181"/>
        <source>saved: %1 %2: %3 -&gt; %4
</source>
        <translation>저장함: %1 %2: %3 -&gt; %4
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="24"/>
        <source>model init: writes an untrained MaskLens checkpoint, optionally starting from torchvision weights (scripts/export_torchvision_weights.py).</source>
        <translation>model init: 학습 전 MaskLens 체크포인트를 씁니다. torchvision 가중치로 시작할 수도 있습니다(scripts/export_torchvision_weights.py).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="26"/>
        <source>The action (only init for now).</source>
        <translation>동작 (지금은 init만).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="28"/>
        <source>efficientnet_b0, small or medium.</source>
        <translation>efficientnet_b0, small 또는 medium.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="31"/>
        <source>classes18, three_heads or three_heads_age.</source>
        <translation>classes18, three_heads 또는 three_heads_age.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="33"/>
        <source>Input size WxH.</source>
        <translation>입력 크기 WxH.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="36"/>
        <source>Starting weights (a torch.save&apos;d dict of tensors).</source>
        <translation>시작 가중치 (torch.save로 저장한 텐서 사전).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="38"/>
        <source>Checkpoint to write.</source>
        <translation>쓸 체크포인트.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="46"/>
        <source>usage: masklens-cli model init --out FILE [--arch A] [--outputs L] [--size WxH] [--init FILE]
</source>
        <translation>사용법: masklens-cli model init --out FILE [--arch A] [--outputs L] [--size WxH] [--init FILE]
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="61"/>
        <source>model init: --arch efficientnet_b0|small|medium, --outputs classes18|three_heads|three_heads_age, --size WxH
</source>
        <translation>model init: --arch efficientnet_b0|small|medium, --outputs classes18|three_heads|three_heads_age, --size WxH
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="72"/>
        <source>model init: %1
</source>
        <translation>model init: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="75"/>
        <source>Wrote %1 (%2, %3, %4x%5)%6
</source>
        <translation>%1을(를) 썼습니다 (%2, %3, %4x%5)%6
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="80"/>
        <source>, %1 tensors from %2</source>
        <translation>, %2에서 텐서 %1개</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="53"/>
        <source>Runs a model (a MaskLens checkpoint, or a TorchScript file with its preprocessing from a sidecar JSON or these options) over a dataset&apos;s images and writes the predictions file with all 18 probabilities.</source>
        <translation>모델(MaskLens 체크포인트, 또는 사이드카 JSON이나 이 옵션들로 전처리를 정한 TorchScript 파일)을 데이터셋 이미지에 돌려 18개 확률이 모두 담긴 예측 파일을 씁니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="58"/>
        <source>Model file.</source>
        <translation>모델 파일.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="60"/>
        <source>Predictions CSV to write.</source>
        <translation>쓸 예측 CSV.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="62"/>
        <source>train or eval.</source>
        <translation>train 또는 eval.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="65"/>
        <source>Input size WxH (default: the model&apos;s, else 224x224).</source>
        <translation>입력 크기 WxH (기본: 모델의 크기, 없으면 224x224).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="68"/>
        <source>Normalisation mean r,g,b (default ImageNet&apos;s).</source>
        <translation>정규화 평균 r,g,b (기본: ImageNet 값).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="71"/>
        <source>Normalisation std r,g,b (default ImageNet&apos;s).</source>
        <translation>정규화 표준편차 r,g,b (기본: ImageNet 값).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="75"/>
        <source>Crop the centre face region first (256x320 of 384x512).</source>
        <translation>먼저 가운데 얼굴 영역을 자릅니다 (384x512 중 256x320).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="77"/>
        <source>A face crop of another size in the 384x512 frame.</source>
        <translation>384x512 프레임에서 다른 크기로 얼굴을 자릅니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="80"/>
        <source>Images per batch (0: 4 on CPU, 64 on CUDA).</source>
        <translation>배치당 이미지 수 (0: CPU는 4, CUDA는 64).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="87"/>
        <source>Threads decoding the next batch while the model runs (0: all cores).</source>
        <translation>모델이 도는 동안 다음 배치를 디코딩하는 스레드 (0: 모든 코어).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="91"/>
        <source>channels-last (faster convolutions on CPU) or contiguous.</source>
        <translation>channels-last(CPU에서 합성곱이 더 빠름) 또는 contiguous.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="93"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu 또는 cuda.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="97"/>
        <source>Test-time augmentation: flip (the mean of each image&apos;s and its mirror image&apos;s probabilities, twice the time) or none (the default).</source>
        <translation>테스트 시 증강: flip(각 이미지와 좌우 반전 이미지의 확률 평균, 시간 두 배) 또는 none(기본).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="102"/>
        <source>fp32 (the default: PyTorch&apos;s answers), bf16 (the forward pass in bfloat16: faster on CPUs with AVX-512 BF16 and on GPUs, answers move slightly) or auto (bf16 where the CPU has it natively or on CUDA).</source>
        <translation>fp32(기본: PyTorch와 같은 답), bf16(순전파를 bfloat16으로: AVX-512 BF16이 있는 CPU와 GPU에서 빠르며 답이 조금 달라짐) 또는 auto(CPU가 bf16을 기본 지원하거나 CUDA이면 bf16).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="108"/>
        <source>Also write each image&apos;s embedding (the network&apos;s penultimate layer, float32) to FILE.npy, rows in the order of the predictions file, with FILE.npy.json saying whose they are. MaskLens checkpoints only.</source>
        <translation>각 이미지의 임베딩(네트워크의 끝에서 두 번째 층, float32)도 FILE.npy에 씁니다. 행은 예측 파일의 순서이며, FILE.npy.json이 누구의 것인지 밝힙니다. MaskLens 체크포인트만 됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="119"/>
        <source>predict: --data DIR, --model FILE and --out FILE are required
</source>
        <translation>predict: --data DIR, --model FILE, --out FILE이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="124"/>
        <source>--split: expected train or eval
</source>
        <translation>--split: train 또는 eval이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="132"/>
        <source>--device: expected auto, cpu or cuda
</source>
        <translation>--device: auto, cpu 또는 cuda여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="135"/>
        <source>--tta: expected flip or none
</source>
        <translation>--tta: flip 또는 none이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="138"/>
        <source>--precision: expected fp32, bf16 or auto
</source>
        <translation>--precision: fp32, bf16 또는 auto여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="148"/>
        <location filename="../cli/cmd_predict.cpp" line="205"/>
        <location filename="../cli/cmd_predict.cpp" line="244"/>
        <location filename="../cli/cmd_predict.cpp" line="251"/>
        <location filename="../cli/cmd_predict.cpp" line="268"/>
        <location filename="../cli/cmd_predict.cpp" line="276"/>
        <source>predict: %1
</source>
        <translation>predict: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="165"/>
        <source>--size: expected WxH such as 224x224
</source>
        <translation>--size: 224x224 같은 WxH여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="170"/>
        <source>--mean: expected three numbers r,g,b
</source>
        <translation>--mean: 숫자 세 개 r,g,b여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="174"/>
        <source>--std: expected three numbers r,g,b above 0
</source>
        <translation>--std: 0보다 큰 숫자 세 개 r,g,b여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="182"/>
        <source>--crop: expected WxH within the 384x512 frame, such as 208x260
</source>
        <translation>--crop: 384x512 프레임 안의 WxH여야 합니다(예: 208x260)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="191"/>
        <source>predict: cannot read the dataset: %1
</source>
        <translation>predict: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="210"/>
        <source>predict: %1 (%2 outputs), %3x%4, on %5%6
</source>
        <translation>predict: %1 (%2 출력), %3x%4, %5에서 실행%6
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="216"/>
        <source>, with test-time flips</source>
        <translation>, 테스트 시 반전 포함</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="220"/>
        <source>predict: --features: %1 is a TorchScript model, which does not expose its penultimate layer; use a MaskLens checkpoint (.mlck)
</source>
        <translation>predict: --features: %1은 TorchScript 모델이라 끝에서 두 번째 층을 보여 주지 않습니다. MaskLens 체크포인트(.mlck)를 쓰십시오
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="240"/>
        <source>predict</source>
        <translation>predict</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="279"/>
        <source>predict: wrote %1 (%2 images x %3 features)
</source>
        <translation>predict: %1을(를) 썼습니다 (이미지 %2장 x 특징 %3개)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="284"/>
        <source>predict: skipped</source>
        <translation>predict: 건너뜀</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="285"/>
        <source>predict: %1 images in %2 s (%3 images/s), %4 skipped; wrote %5
</source>
        <translation>predict: 이미지 %1장, %2초 (초당 %3장), %4장 건너뜀. %5을(를) 썼습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="293"/>
        <source>predict: the model gave no finite scores for %1 of %2 images; check the model and its --mean/--std
</source>
        <translation>predict: 이미지 %2장 중 %1장에서 모델이 유한한 점수를 주지 않았습니다. 모델과 --mean/--std를 확인하세요
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="39"/>
        <source>Usage: masklens-cli runs list DIR [--json]
       masklens-cli runs compare RUN_A RUN_B [--json] [--limit N]

list: the training runs in DIR (a folder of run folders, one run folder, or a
  dataset, whose runs live in DIR/.masklens/runs): date, labels version (the
  corrections journal&apos;s last entry the run trained on, 0 the original labels),
  macro F1, mean F1 of the &gt;=60 classes, device, duration, status.
compare: both runs&apos; predictions on the images both predicted, scored against
  RUN_B&apos;s labels (the corrected ones after a relabeling): per-class F1 of both
  and the difference, macro F1 of both, the confusion-matrix difference (B - A)
  and the images that went from wrong to right or right to wrong (--limit N
  lists at most N of each in text; --json lists them all).
</source>
        <translation>사용법: masklens-cli runs list DIR [--json]
       masklens-cli runs compare RUN_A RUN_B [--json] [--limit N]

list: DIR의 학습 실행(실행 폴더들이 있는 폴더, 실행 폴더 하나, 또는
  실행이 DIR/.masklens/runs에 있는 데이터셋): 날짜, 레이블 버전(실행이
  학습한 수정 내역 저널의 마지막 항목, 0은 원래 레이블), 매크로 F1,
  &gt;=60 클래스의 평균 F1, 장치, 소요 시간, 상태.
compare: 두 실행이 모두 예측한 이미지에서 두 실행의 예측을 RUN_B의
  레이블(레이블을 고친 뒤라면 고친 레이블)로 채점: 두 실행의 클래스별 F1과
  그 차이, 두 실행의 매크로 F1, 혼동 행렬의 차이(B - A), 틀렸다가 맞게 된
  이미지와 맞았다가 틀리게 된 이미지(--limit N은 텍스트에서 각각 최대 N개,
  --json은 전부).
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="55"/>
        <source>runs list: expected one folder (try --help)
</source>
        <translation>runs list: 폴더 하나가 필요합니다 (--help를 보세요)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="61"/>
        <source>runs list: %1
</source>
        <translation>runs list: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="70"/>
        <source>no training runs in %1
</source>
        <translation>%1에 학습 실행이 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="74"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="74"/>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="75"/>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="75"/>
        <location filename="../cli/cmd_runs.cpp" line="137"/>
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="76"/>
        <source>&gt;=60 F1</source>
        <translation>&gt;=60 F1</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="76"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="77"/>
        <source>duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="77"/>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="78"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="101"/>
        <source>runs compare: expected two run folders (try --help)
</source>
        <translation>runs compare: 실행 폴더 두 개가 필요합니다 (--help를 보세요)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="106"/>
        <source>runs compare: %1
</source>
        <translation>runs compare: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="113"/>
        <source>A: %1
B: %2
</source>
        <translation>A: %1
B: %2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="114"/>
        <source>%1 images predicted by both (A only %2, B only %3), scored against B&apos;s labels; %4 labels differ between the runs

</source>
        <translation>둘 다 예측한 이미지 %1장 (A만 %2, B만 %3), B의 레이블로 채점. 두 실행 사이에 다른 레이블 %4개

</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="121"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="121"/>
        <source>support</source>
        <translation>지원</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="122"/>
        <source>F1 A</source>
        <translation>F1 A</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="122"/>
        <source>F1 B</source>
        <translation>F1 B</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="123"/>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="145"/>
        <source>&gt;=60 classes F1</source>
        <translation>&gt;=60 클래스 F1</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="158"/>
        <source>  ... %1 more (--limit N, or --json for all)
</source>
        <translation>  ... %1개 더 (--limit N, 또는 전체는 --json)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="160"/>
        <source>wrong in A, right in B: %1</source>
        <translation>A에서 틀리고 B에서 맞음: %1</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="161"/>
        <source>right in A, wrong in B: %1</source>
        <translation>A에서 맞고 B에서 틀림: %1</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="184"/>
        <source>runs: --limit: expected a number &gt;= 0
</source>
        <translation>runs: --limit: 0 이상의 숫자여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="188"/>
        <source>runs: unknown option %1 (try --help)
</source>
        <translation>runs: 알 수 없는 옵션 %1 (--help를 보세요)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="203"/>
        <source>runs: unknown subcommand &apos;%1&apos;: expected list or compare
</source>
        <translation>runs: 알 수 없는 하위 명령 &apos;%1&apos;: list 또는 compare여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="25"/>
        <source>Dataset %1
</source>
        <translation>데이터셋 %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="26"/>
        <source>  %1 people, %2 images; %3 eval images

</source>
        <translation>  사람 %1명, 이미지 %2장, 평가 이미지 %3장

</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="30"/>
        <source>  class  label                  images
</source>
        <translation>  클래스  레이블                 이미지
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="41"/>
        <source>  * the &gt;=%1 classes: rare, and the ones models get wrong most

</source>
        <translation>  * &gt;=%1 클래스: 드물고, 모델이 가장 많이 틀리는 클래스

</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="44"/>
        <source>  Imbalance: class %1 has %2 images, class %3 has %4: %5 : 1
</source>
        <translation>  불균형: 클래스 %1은(는) %2장, 클래스 %3은(는) %4장: %5 : 1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="50"/>
        <source>  Mask state (images): wear %1, incorrect %2, not worn %3
</source>
        <translation>  마스크 상태(이미지): 착용 %1, 잘못 착용 %2, 미착용 %3
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="54"/>
        <source>  Gender (people): male %1, female %2
</source>
        <translation>  성별(사람): 남성 %1, 여성 %2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="57"/>
        <source>  Age band (people): %1 %2, %3 %4, %5 %6
</source>
        <translation>  나이 구간(사람): %1 %2, %3 %4, %5 %6
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="65"/>
        <source>  Ages %1..%2
</source>
        <translation>  나이 %1..%2
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="70"/>
        <source>  No problems found.
</source>
        <translation>  문제를 찾지 못했습니다.
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="72"/>
        <source>  %1 problem(s):
</source>
        <translation>  문제 %1개:
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="84"/>
        <source>Summarises a dataset in the competition layout: people, images, per-class and per-attribute counts, the imbalance, and every problem found while loading.</source>
        <translation>대회 형식의 데이터셋을 요약합니다: 사람, 이미지, 클래스별·속성별 개수, 불균형, 그리고 불러오며 찾은 모든 문제.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="87"/>
        <source>Dataset folder (holds train/ and eval/).</source>
        <translation>데이터셋 폴더 (train/과 eval/이 있는 곳).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="90"/>
        <source>Decode every image and report those that fail.</source>
        <translation>모든 이미지를 디코딩하고 실패한 이미지를 보고합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="98"/>
        <source>stats: expected one dataset folder; try --help
</source>
        <translation>stats: 데이터셋 폴더 하나가 필요합니다. --help를 보세요
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="109"/>
        <source>checking images</source>
        <translation>이미지 검사 중</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="109"/>
        <source>indexing</source>
        <translation>색인 중</translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="115"/>
        <source>stats: cannot read the dataset: %1
</source>
        <translation>stats: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="18"/>
        <source>Writes a synthetic mask dataset in the competition layout (train/train.csv, train/images/, eval/info.csv, eval/images/), with injected label errors listed in train/noise_truth.csv and eval answers in eval/truth.csv.</source>
        <translation>대회 형식(train/train.csv, train/images/, eval/info.csv, eval/images/)의 합성 마스크 데이터셋을 씁니다. 주입한 레이블 오류는 train/noise_truth.csv에, 평가 정답은 eval/truth.csv에 있습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="23"/>
        <source>Output folder.</source>
        <translation>출력 폴더.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="26"/>
        <source>Training people.</source>
        <translation>학습용 사람 수.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="29"/>
        <source>Random seed.</source>
        <translation>난수 시드.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="33"/>
        <source>Fraction of people given a wrong label.</source>
        <translation>레이블을 잘못 준 사람의 비율.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="37"/>
        <source>Held-out people (default: two thirds of --people).</source>
        <translation>따로 떼어 둘 사람 수 (기본: --people의 3분의 2).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="41"/>
        <source>Worker threads (0: all cores).</source>
        <translation>작업 스레드 (0: 모든 코어).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="45"/>
        <source>Replace train/ and eval/ in a non-empty folder.</source>
        <translation>비어 있지 않은 폴더의 train/과 eval/을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="48"/>
        <source>N people photographed again under a new id (same face; new pose, light and background) and N single photos copied with small changes into another person&apos;s folder; the truth in train/duplicates_truth.csv.</source>
        <translation>새 ID로 다시 찍힌 N명(같은 얼굴, 새 자세·조명·배경)과 다른 사람의 폴더에 약간 바꿔 복사된 사진 N장; 정답은 train/duplicates_truth.csv에.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="59"/>
        <source>synth: --out DIR is required
</source>
        <translation>synth: --out DIR이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="70"/>
        <source>--seed: expected a whole number &gt;= 0
</source>
        <translation>--seed: 0 이상의 정수여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="85"/>
        <source>synth</source>
        <translation>synth</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="92"/>
        <source>Wrote %1 people (%2 images) and %3 eval images to %4 in %5 s; %6 people carry injected label errors (train/noise_truth.csv).
</source>
        <translation>사람 %1명(이미지 %2장)과 평가 이미지 %3장을 %4에 %5초 만에 썼습니다. %6명에게 주입한 레이블 오류가 있습니다(train/noise_truth.csv).
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="102"/>
        <source>%1 duplicates (people again under new ids, photos copied into other people&apos;s folders): train/duplicates_truth.csv.
</source>
        <translation>중복 %1개 (새 ID로 다시 나온 사람, 다른 사람 폴더에 복사된 사진): train/duplicates_truth.csv.
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="58"/>
        <source>Usage: masklens-cli train --data DIR --out RUNDIR [options]
       masklens-cli train --resume RUNDIR

Trains on a dataset&apos;s labels. Decodes every image once into a packed cache at the
training size (DIR/.masklens/cache, reused until the images or the size change),
writes RUNDIR/samples.csv, then trains, printing one JSON object per line.

Dataset options:
  --data DIR             dataset folder
  --labels FILE          labels to train on: a train.csv (id,gender,race,age,path)
                         whose rows replace the dataset&apos;s, matched by path
  --original-labels      ignore the corrections journal (used by default)
  --group-duplicates FILE  keep each group of duplicates (masklens-cli duplicates&apos;
                         CSV, or duplicates_truth.csv) in one fold
  --bands MIDDLE,OLD     age-band thresholds (default 30,60)
  --size WxH             input size (default 224x224 for efficientnet_b0, 64x80 for small and medium,
                         128x160 for medium_hires)
  --face-crop            crop the centre face region (256x320 of 384x512) first
  --crop WxH             a face crop of another size, centred in the 384x512 frame
                         (scaled for other frames); 208x260 gives the face 1.23x
                         the pixels at the same input size
  --cache-dir DIR        where the image cache lives
  --prepare-only         make the cache, samples.csv, config.json and run.json, print
                         a &quot;prepared&quot; event with their paths, and stop (for training
                         elsewhere, e.g. on a remote GPU with masklens-train)

Where the trainer runs (stdout is the same JSON lines for all three):
  --launcher L           local (default) | ssh | slurm
  --processes N          local: one model over N processes on this computer (data
                         parallelism, c10d; one per GPU when there are GPUs)
  --host [USER@]HOST     ssh: the GPU server
  --port N               ssh: its port
  --identity FILE        ssh: the private key
  --remote-dir DIR       ssh: MaskLens&apos;s folder there (default masklens, in its home)
  --remote-trainer PATH  ssh: masklens-train there (default masklens-train, on PATH)
  --ssh-option KEY=VAL   ssh: an extra ssh -o option (repeatable)
  --partition P          slurm: partition
  --account A            slurm: account
  --gpus-per-task N      slurm: GPUs of each task
  --time HH:MM:SS        slurm: time limit of each task
  --sbatch-arg ARG       slurm: an extra sbatch argument (repeatable)
  --trainer PATH         slurm: masklens-train as the nodes see it (default: beside
                         masklens-cli); the run folder and --cache-dir must be on
                         storage the nodes share
  --tasks-per-model N    slurm: each model over N tasks (srun -n N, data
                         parallelism; one GPU each with --gpus-per-task 1)

</source>
        <translation>사용법: masklens-cli train --data DIR --out RUNDIR [옵션]
       masklens-cli train --resume RUNDIR

데이터셋의 레이블로 학습합니다. 모든 이미지를 학습 크기로 한 번 디코딩해 묶음 캐시에
넣고(DIR/.masklens/cache, 이미지나 크기가 바뀔 때까지 다시 씀), RUNDIR/samples.csv를
쓴 뒤 학습하며, 한 줄에 JSON 객체 하나를 출력합니다.

데이터셋 옵션:
  --data DIR             데이터셋 폴더
  --labels FILE          학습할 레이블: 경로로 맞춰 데이터셋의 행을 대신하는
                         train.csv (id,gender,race,age,path)
  --original-labels      수정 기록을 무시 (기본으로는 사용)
  --group-duplicates FILE  중복의 각 그룹(masklens-cli duplicates의 CSV 또는
                         duplicates_truth.csv)을 한 폴드에 둠
  --bands MIDDLE,OLD     나이대 경계 (기본값 30,60)
  --size WxH             입력 크기 (efficientnet_b0은 기본 224x224, small과 medium은 64x80,
                         medium_hires는 128x160)
  --face-crop            먼저 가운데 얼굴 영역(384x512 중 256x320)을 자름
  --crop WxH             384x512 프레임 가운데의 다른 크기 얼굴 자르기
                         (다른 프레임은 비례); 208x260은 같은 입력 크기에서 얼굴에
                         1.23배의 픽셀을 줌
  --cache-dir DIR        캐시를 둘 곳
  --prepare-only         캐시, samples.csv, config.json, run.json을 만들고 그 경로와 함께
                         &quot;prepared&quot; 이벤트를 출력한 뒤 멈춤 (다른 곳에서 학습하기 위해,
                         예: 원격 GPU에서 masklens-train으로)

트레이너가 도는 곳 (stdout은 셋 모두 같은 JSON 줄):
  --launcher L           local (기본) | ssh | slurm
  --processes N          local: 이 컴퓨터의 N개 프로세스로 한 모델 (데이터
                         병렬, c10d; GPU가 있으면 GPU마다 하나)
  --host [USER@]HOST     ssh: GPU 서버
  --port N               ssh: 포트
  --identity FILE        ssh: 개인 키
  --remote-dir DIR       ssh: 그쪽의 MaskLens 폴더 (기본 masklens, 홈 안)
  --remote-trainer PATH  ssh: 그쪽의 masklens-train (기본 masklens-train, PATH에서)
  --ssh-option KEY=VAL   ssh: 추가 ssh -o 옵션 (반복 가능)
  --partition P          slurm: 파티션
  --account A            slurm: 계정
  --gpus-per-task N      slurm: 작업마다의 GPU 수
  --time HH:MM:SS        slurm: 작업마다의 시간 제한
  --sbatch-arg ARG       slurm: 추가 sbatch 인수 (반복 가능)
  --trainer PATH         slurm: 노드가 보는 masklens-train (기본: masklens-cli
                         옆); 실행 폴더와 --cache-dir는 노드가 공유하는
                         저장소에 있어야 함
  --tasks-per-model N    slurm: 모델마다 N개 작업 (srun -n N, 데이터
                         병렬; --gpus-per-task 1이면 작업마다 GPU 하나)

</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="112"/>
        <source>train: --labels: %1
</source>
        <translation>train: --labels: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="118"/>
        <source>train: --labels %1: expected the header id,gender,race,age,path
</source>
        <translation>train: --labels %1: 헤더는 id,gender,race,age,path여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="128"/>
        <source>train: %1:%2: unknown folder or bad gender/age; row ignored
</source>
        <translation>train: %1:%2: 알 수 없는 폴더이거나 잘못된 성별/나이. 행을 무시합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="159"/>
        <source>train: %1 needs a value (try --help)
</source>
        <translation>train: %1에는 값이 필요합니다 (--help를 보세요)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="229"/>
        <source>train: %1 (try --help)
</source>
        <translation>train: %1 (--help를 보세요)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="236"/>
        <source>train: --launcher: expected local, ssh or slurm
</source>
        <translation>train: --launcher: local, ssh 또는 slurm이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="243"/>
        <source>train: --port: expected 1..65535
</source>
        <translation>train: --port: 1..65535여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="251"/>
        <source>train: --gpus-per-task: expected 0..64
</source>
        <translation>train: --gpus-per-task: 0..64여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="259"/>
        <source>train: --tasks-per-model: expected 1..4096
</source>
        <translation>train: --tasks-per-model: 1..4096이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="268"/>
        <source>train: --processes: expected 1..256
</source>
        <translation>train: --processes: 1..256이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="272"/>
        <source>train: --processes is for this computer; on a Slurm cluster use --tasks-per-model
</source>
        <translation>train: --processes는 이 컴퓨터용입니다. Slurm 클러스터에서는 --tasks-per-model을 쓰세요
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="280"/>
        <source>train: --time: expected a Slurm time limit such as 04:00:00 or 1-00:00:00
</source>
        <translation>train: --time: 04:00:00이나 1-00:00:00 같은 Slurm 시간 제한이어야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="285"/>
        <source>train: --launcher ssh needs --host [USER@]HOST
</source>
        <translation>train: --launcher ssh에는 --host [USER@]HOST가 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="311"/>
        <location filename="../cli/cmd_train.cpp" line="408"/>
        <location filename="../cli/cmd_train.cpp" line="464"/>
        <location filename="../cli/cmd_train.cpp" line="482"/>
        <location filename="../cli/cmd_train.cpp" line="492"/>
        <location filename="../cli/cmd_train.cpp" line="500"/>
        <source>train: %1
</source>
        <translation>train: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="340"/>
        <source>train: --resume over ssh: no host in run.json; give --host
</source>
        <translation>train: ssh로 --resume: run.json에 호스트가 없습니다. --host를 주세요
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="352"/>
        <source>train: --data DIR and --out RUNDIR are required (try --help)
</source>
        <translation>train: --data DIR와 --out RUNDIR이 필요합니다 (--help를 보세요)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="357"/>
        <source>train: --bands: expected MIDDLE,OLD with 0 &lt; MIDDLE &lt; OLD
</source>
        <translation>train: --bands: 0 &lt; MIDDLE &lt; OLD인 MIDDLE,OLD여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="376"/>
        <source>train: --size: expected WxH such as 224x224
</source>
        <translation>train: --size: 224x224 같은 WxH여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="383"/>
        <source>train: cannot read the dataset: %1
</source>
        <translation>train: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="395"/>
        <source>image cache</source>
        <translation>이미지 캐시</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="412"/>
        <source>train: left out %1
</source>
        <translation>train: 제외함 %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="413"/>
        <source>train: image cache %1 (%2)
</source>
        <translation>train: 이미지 캐시 %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="414"/>
        <source>reused</source>
        <translation>재사용</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="414"/>
        <source>built</source>
        <translation>새로 만듦</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="417"/>
        <source>train: cannot create %1
</source>
        <translation>train: %1을(를) 만들 수 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="426"/>
        <source>train: --group-duplicates: %1
</source>
        <translation>train: --group-duplicates: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="441"/>
        <source>train: %1 people in %2 groups of duplicates kept in one fold each
</source>
        <translation>train: 중복 그룹 %2개의 %1명을 각각 한 폴드에 둡니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="445"/>
        <source>train: --group-duplicates: %1 folders of %2 are not in this dataset
</source>
        <translation>train: --group-duplicates: %2의 폴더 %1개가 이 데이터셋에 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="55"/>
        <source>Eval predictions (ImageID,pred[,prob_0..17]); repeatable.</source>
        <translation>평가 예측 (ImageID,pred[,prob_0..17]). 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="68"/>
        <source>Submission CSV to write.</source>
        <translation>쓸 제출 CSV.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="47"/>
        <source>Writes the competition&apos;s submission: eval/info.csv&apos;s rows in its order with ans filled, from one predictions file or several, or from the models of training runs (hard voting; a tie goes to the class with the largest summed probability). Refuses when an eval image has no prediction.</source>
        <translation>대회 제출 파일을 씁니다: eval/info.csv의 행을 그 순서대로 ans를 채워, 예측 파일 하나나 여럿, 또는 학습 실행의 모델들로부터 만듭니다 (다수결; 동률이면 확률 합이 가장 큰 클래스). 예측이 없는 평가 이미지가 있으면 거부합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="59"/>
        <source>A training run: each of its models (one per fold and seed) predicts the eval images and votes; repeatable, and may be combined with --pred.</source>
        <translation>학습 실행: 그 모델 각각(폴드와 시드마다 하나)이 평가 이미지를 예측해 투표합니다. 여러 번 쓸 수 있고 --pred와 함께 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="63"/>
        <source>For --run: auto, cpu or cuda.</source>
        <translation>--run용: auto, cpu 또는 cuda.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="66"/>
        <source>For --run: threads (0: all cores).</source>
        <translation>--run용: 스레드 (0: 모든 코어).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="76"/>
        <source>submit: --data DIR, --pred FILE or --run RUNDIR (one or more) and --out FILE are required
</source>
        <translation>submit: --data DIR, --pred FILE 또는 --run RUNDIR (하나 이상), --out FILE이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="84"/>
        <source>submit: --device is auto, cpu or cuda and --threads a count
</source>
        <translation>submit: --device는 auto, cpu 또는 cuda, --threads는 개수여야 합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="91"/>
        <source>submit: %1 holds no trained model (best.mlck)
</source>
        <translation>submit: %1에 학습된 모델(best.mlck)이 없습니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="98"/>
        <source>submit: cannot read the dataset: %1
</source>
        <translation>submit: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="102"/>
        <source>submit: %1 has no eval images (eval/info.csv)
</source>
        <translation>submit: %1에 평가 이미지가 없습니다 (eval/info.csv)
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="109"/>
        <location filename="../cli/cmd_submit.cpp" line="125"/>
        <location filename="../cli/cmd_submit.cpp" line="133"/>
        <location filename="../cli/cmd_submit.cpp" line="146"/>
        <location filename="../cli/cmd_submit.cpp" line="150"/>
        <source>submit: %1
</source>
        <translation>submit: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="129"/>
        <source>submit: %1</source>
        <translation>submit: %1</translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="153"/>
        <source>Wrote %1: %2 eval images from %3 file(s); %4 unanimous, %5 ties broken by probability
</source>
        <translation>%1을(를) 썼습니다: 파일 %3개에서 평가 이미지 %2장. %4장은 만장일치, %5장은 동점을 확률로 결정
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="31"/>
        <source>Lays the images&apos; embeddings out in two dimensions (PCA, an hnswlib neighbour graph, then a UMAP-style layout; one seed gives one map), cached in the dataset&apos;s .masklens/maps folder, and writes path,x,y,neighbours: each train image&apos;s place on the map and its nearest images (similar images), separated by spaces.</source>
        <translation>이미지 임베딩을 2차원에 배치하고(PCA, hnswlib 이웃 그래프, UMAP 방식 배치; 같은 시드는 같은 지도) 데이터셋의 .masklens/maps 폴더에 캐시한 뒤 path,x,y,neighbours를 씁니다: 각 학습 이미지의 지도 위치와 가장 가까운 이미지들(비슷한 이미지, 공백으로 구분).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="41"/>
        <source>Layout seed.</source>
        <translation>배치 시드.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="44"/>
        <source>Neighbours per image (2-100).</source>
        <translation>이미지당 이웃 수 (2-100).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="48"/>
        <source>Layout epochs (0: 500 under 10,000 images, 200 from there).</source>
        <translation>배치 에포크 (0: 이미지 10,000장 미만 500, 이상 200).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="51"/>
        <source>Compute the map even when a cached one matches.</source>
        <translation>일치하는 캐시가 있어도 지도를 다시 계산합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="54"/>
        <source>Also measure how many of each image&apos;s 15 nearest in the features stay among its 15 nearest on the map (1,000 images; all pairs, slow).</source>
        <translation>특징 공간에서 각 이미지의 최근접 15개 중 지도에서도 최근접 15개에 남는 비율도 측정합니다 (이미지 1,000장; 전체 쌍, 느림).</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="62"/>
        <source>map: --data DIR, --features FILE and --out FILE are required
</source>
        <translation>map: --data DIR, --features FILE, --out FILE 이 필요합니다
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="72"/>
        <source>map: cannot read the dataset: %1
</source>
        <translation>map: 데이터셋을 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="78"/>
        <location filename="../cli/cmd_map.cpp" line="91"/>
        <location filename="../cli/cmd_map.cpp" line="108"/>
        <source>map: %1
</source>
        <translation>map: %1
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="85"/>
        <source>map: laying out</source>
        <translation>map: 배치 중</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="112"/>
        <source>map: %1 images, from the cache
</source>
        <translation>map: 이미지 %1장, 캐시에서 읽음
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="114"/>
        <source>map: %1 images laid out in %2 s
</source>
        <translation>map: 이미지 %1장을 %2초에 배치
</translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="118"/>
        <source>map: neighbourhood kept %1 (15 nearest, 1,000 images)
</source>
        <translation>map: 이웃 보존율 %1 (최근접 15개, 이미지 1,000장)
</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../analysis/csv.cpp" line="106"/>
        <source>a quoted field is never closed; row dropped, reading goes on at the next line</source>
        <translation>따옴표로 연 필드가 닫히지 않았습니다. 이 행은 건너뛰고 다음 줄부터 계속 읽습니다</translation>
    </message>
    <message>
        <location filename="../analysis/csv.cpp" line="126"/>
        <source>expected %1 fields (%2) but found %3; row dropped</source>
        <translation>필드 %1개(%2)를 기대했지만 %3개가 있습니다. 행을 건너뜁니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/csv.cpp" line="140"/>
        <source>%n more problem(s) of this file not listed</source>
        <translation>
            <numerusform>이 파일의 문제 %n개는 더 나열하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/csv.cpp" line="144"/>
        <source>empty file: no header row</source>
        <translation>빈 파일: 헤더 행이 없습니다</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../analysis/dataset.cpp" line="106"/>
        <source>empty path; row skipped</source>
        <translation>path가 비어 있습니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="111"/>
        <source>path &apos;%1&apos; is not a folder name; row skipped</source>
        <translation>path &apos;%1&apos;은(는) 폴더 이름이 아닙니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="117"/>
        <source>path &apos;%1&apos; already listed on line %2; row skipped</source>
        <translation>path &apos;%1&apos;은(는) 이미 %2번째 줄에 있습니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="123"/>
        <source>unknown gender &apos;%1&apos; (expected male or female); row skipped</source>
        <translation>알 수 없는 성별 &apos;%1&apos; (male 또는 female이어야 합니다). 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="131"/>
        <source>bad age &apos;%1&apos; (expected a whole number of years, %2..%3); row skipped</source>
        <translation>잘못된 나이 &apos;%1&apos; (%2..%3 사이의 정수여야 합니다). 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="156"/>
        <source>image folder not found or unreadable</source>
        <translation>이미지 폴더가 없거나 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="170"/>
        <source>folder %1 not found; person has no images</source>
        <translation>폴더 %1이(가) 없습니다. 이 사람에게는 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="178"/>
        <source>cannot read the folder: %1; the person has no images</source>
        <translation>폴더를 읽을 수 없습니다: %1. 이 사람에게는 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="187"/>
        <source>not a regular file (a pipe, device, socket or broken link); ignored</source>
        <translation>일반 파일이 아닙니다(파이프, 장치, 소켓 또는 끊어진 링크). 무시합니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="203"/>
        <source>second file for %1 (already have %2); ignored</source>
        <translation>%1의 두 번째 파일입니다(이미 %2이(가) 있음). 무시합니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="213"/>
        <source>missing image %1 (.jpg, .jpeg or .png)</source>
        <translation>이미지 %1이(가) 없습니다 (.jpg, .jpeg 또는 .png)</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="226"/>
        <source>folder not listed in train.csv; ignored</source>
        <translation>train.csv에 없는 폴더입니다. 무시합니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="246"/>
        <source>no ImageID column (expected ImageID,ans)</source>
        <translation>ImageID 열이 없습니다 (ImageID,ans 형식이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="258"/>
        <source>empty ImageID; row skipped</source>
        <translation>ImageID가 비어 있습니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="266"/>
        <source>ImageID &apos;%1&apos; is not a file name inside %2; row skipped</source>
        <translation>ImageID &apos;%1&apos;은(는) %2 안의 파일 이름이 아닙니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="273"/>
        <source>ImageID %1 listed twice; row skipped</source>
        <translation>ImageID %1이(가) 두 번 나옵니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="284"/>
        <source>ans &apos;%1&apos; is not a class 0..17; read as 0</source>
        <translation>ans &apos;%1&apos;은(는) 0..17 클래스가 아닙니다. 0으로 읽습니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="292"/>
        <source>image %1 not found in %2</source>
        <translation>이미지 %1이(가) %2에 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="373"/>
        <source>not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="379"/>
        <source> (a MaskLens dataset has train/train.csv with header id,gender,race,age,path)</source>
        <translation> (MaskLens 데이터셋에는 헤더가 id,gender,race,age,path인 train/train.csv가 있어야 합니다)</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="388"/>
        <source>header lacks column(s) %1 (expected id,gender,race,age,path)</source>
        <translation>헤더에 열 %1이(가) 없습니다 (id,gender,race,age,path 형식이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="393"/>
        <location filename="../analysis/dataset.cpp" line="421"/>
        <source>loading cancelled</source>
        <translation>불러오기를 취소했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/dataset.cpp" line="402"/>
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>문제 %n개는 더 나열하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="434"/>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="445"/>
        <source>truncated JPEG (no end-of-image marker)</source>
        <translation>잘린 JPEG 파일입니다(이미지 끝 표식이 없음)</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="452"/>
        <source>cannot decode: %1</source>
        <translation>디코딩할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="455"/>
        <source>cannot decode (not a JPEG or PNG image, or corrupt)</source>
        <translation>디코딩할 수 없습니다(JPEG나 PNG 이미지가 아니거나 손상됨)</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="27"/>
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="28"/>
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="29"/>
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="31"/>
        <source>M</source>
        <translation>남</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="32"/>
        <source>F</source>
        <translation>여</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../analysis/duplicates.cpp" line="152"/>
        <source>holds features of other images than this dataset&apos;s train images</source>
        <translation>이 데이터셋의 학습 이미지가 아닌 다른 이미지의 특징을 담고 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="160"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="166"/>
        <source>cannot be read as an image; not compared</source>
        <translation>이미지로 읽을 수 없습니다; 비교하지 않음</translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="378"/>
        <source>expected the columns a,b,kind (masklens-cli duplicates) or path,duplicate_of,kind</source>
        <translation>a,b,kind 열(masklens-cli duplicates) 또는 path,duplicate_of,kind 열이 필요합니다</translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="391"/>
        <source>kind must be same_image or same_person, not &quot;%1&quot;</source>
        <translation>kind는 same_image 또는 same_person이어야 합니다. &quot;%1&quot;은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="396"/>
        <source>a row without two paths</source>
        <translation>경로가 두 개 없는 행</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../analysis/features.cpp" line="60"/>
        <source>%1 values are not %2 images x %3 features</source>
        <translation>값 %1개는 이미지 %2장 x 특징 %3개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="96"/>
        <source>holds rows without features (width 0)</source>
        <translation>특징이 없는 행을 담고 있습니다 (너비 0)</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="105"/>
        <source>not a MaskLens features description</source>
        <translation>MaskLens 특징 설명이 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="109"/>
        <source>holds features of the %1 images, not the %2 images</source>
        <translation>%2 이미지가 아니라 %1 이미지의 특징을 담고 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="114"/>
        <source>does not match its description %1 (%2 x %3 there): a file replaced or cut short?</source>
        <translation>설명 %1과(와) 맞지 않습니다 (그쪽은 %2 x %3): 파일이 바뀌었거나 잘렸습니까?</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="127"/>
        <source>holds %1 rows, but the dataset has %2 %3 images: features of another dataset, or a file cut short?</source>
        <translation>행이 %1개인데 데이터셋의 %3 이미지는 %2장입니다: 다른 데이터셋의 특징이거나 잘린 파일입니까?</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="135"/>
        <source>holds features of other images than this dataset&apos;s (another dataset, or its images listed in another order); compute them again with masklens-cli predict --features</source>
        <translation>이 데이터셋이 아닌 다른 이미지의 특징을 담고 있습니다 (다른 데이터셋이거나 이미지 순서가 다릅니다). masklens-cli predict --features로 다시 계산하십시오</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="145"/>
        <source>rows_follow is for train-image features only</source>
        <translation>rows_follow는 학습 이미지 특징에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="152"/>
        <source>has no path column</source>
        <translation>path 열이 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="155"/>
        <source>holds %1 rows, but %2 lists %3 images: one of them was replaced or cut short</source>
        <translation>행이 %1개인데 %2에는 이미지가 %3장 있습니다: 둘 중 하나가 바뀌었거나 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="179"/>
        <source>%1 is not an image of this dataset: features of another dataset?</source>
        <translation>%1은(는) 이 데이터셋의 이미지가 아닙니다: 다른 데이터셋의 특징입니까?</translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="216"/>
        <source>holds the embeddings of %1, but %2 holds the predictions of %3: compute both with one model (masklens-cli predict --model M --features FILE)</source>
        <translation>%1의 임베딩이 들어 있지만 %2에는 %3의 예측이 들어 있습니다: 한 모델로 둘 다 계산하세요 (masklens-cli predict --model M --features FILE)</translation>
    </message>
</context>
<context>
    <name>ImageHeader</name>
    <message>
        <location filename="../analysis/imageheader.cpp" line="74"/>
        <source>the file is %1 MB; images above %2 MB are not decoded</source>
        <translation>파일이 %1 MB입니다. %2 MB가 넘는 이미지는 디코딩하지 않습니다</translation>
    </message>
    <message>
        <location filename="../analysis/imageheader.cpp" line="82"/>
        <source>the header declares a %1x%2 image</source>
        <translation>헤더가 %1x%2 크기의 이미지라고 선언합니다</translation>
    </message>
    <message>
        <location filename="../analysis/imageheader.cpp" line="87"/>
        <source>the header declares %1x%2 pixels; images above %3 megapixels or %4 pixels a side are not decoded</source>
        <translation>헤더가 %1x%2 픽셀을 선언합니다. %3메가픽셀이나 한 변 %4픽셀을 넘는 이미지는 디코딩하지 않습니다</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <location filename="../model/imagepipeline.cpp" line="100"/>
        <source>cannot decode: %1</source>
        <translation>디코딩할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../model/imagepipeline.cpp" line="104"/>
        <source>cannot decode (not a JPEG or PNG image, or corrupt)</source>
        <translation>디코딩할 수 없습니다(JPEG나 PNG 이미지가 아니거나 손상됨)</translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <location filename="../model/inference.cpp" line="83"/>
        <source>a TorchScript model does not expose its penultimate layer; features need a MaskLens checkpoint (.mlck)</source>
        <translation>TorchScript 모델은 끝에서 두 번째 층을 보여 주지 않습니다. 특징에는 MaskLens 체크포인트(.mlck)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/inference.cpp" line="127"/>
        <source>the model&apos;s output is NaN or infinite for this image (a diverged model, or a std of 0 in the preprocessing?)</source>
        <translation>이 이미지에 대한 모델 출력이 NaN 또는 무한대입니다(발산한 모델이거나 전처리의 std가 0인가요?)</translation>
    </message>
    <message>
        <location filename="../model/inference.cpp" line="145"/>
        <source>prediction cancelled</source>
        <translation>예측을 취소했습니다</translation>
    </message>
</context>
<context>
    <name>LabelIssues</name>
    <message>
        <location filename="../analysis/labelissues.cpp" line="161"/>
        <source>finding label issues needs class probabilities for the training images (out-of-fold: masklens-cli train --folds K writes them)</source>
        <translation>레이블 오류를 찾으려면 학습 이미지의 클래스 확률이 필요합니다(교차 검증 예측: masklens-cli train --folds K가 만듭니다)</translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="198"/>
        <source>p(given %1) = %2, p(suggested %3) = %4</source>
        <translation>p(주어진 %1) = %2, p(제안 %3) = %4</translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="265"/>
        <source>; while training on them the models gave %1 %2 on average</source>
        <translation>; 학습 중 모델들이 %1에 평균 %2를 주었습니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="319"/>
        <source>%1 images: mean p(%2) = %3</source>
        <translation>이미지 %1장: 평균 p(%2) = %3</translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="338"/>
        <source>%1 images: mean p(%2) = %3 (age %4)</source>
        <translation>이미지 %1장: 평균 p(%2) = %3 (나이 %4)</translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="370"/>
        <source>%1 read as %2 (p %3), %4 read as %5 (p %6)</source>
        <translation>%1은(는) %2(으)로 읽힘 (p %3), %4은(는) %5(으)로 읽힘 (p %6)</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <location filename="../analysis/labelstore.cpp" line="63"/>
        <source>gender must be male or female, not &apos;%1&apos;</source>
        <translation>성별은 male 또는 female이어야 합니다. &apos;%1&apos;은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="69"/>
        <source>age must be a whole number of years from %1 to %2, not &apos;%3&apos;</source>
        <translation>나이는 %1부터 %2 사이의 정수여야 합니다. &apos;%3&apos;은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="77"/>
        <source>mask must be wear, incorrect or normal, not &apos;%1&apos;</source>
        <translation>마스크는 wear, incorrect, normal 중 하나여야 합니다. &apos;%1&apos;은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="83"/>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1은(는) true 또는 false여야 합니다. &apos;%2&apos;은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="138"/>
        <source>is a symbolic link; MaskLens keeps its corrections only in a real file inside the dataset (remove the link)</source>
        <translation>심볼릭 링크입니다. MaskLens는 수정 내역을 데이터셋 안의 실제 파일에만 기록합니다(링크를 지우세요)</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="142"/>
        <source>cannot create the folder for the corrections journal</source>
        <translation>수정 내역 저널의 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="153"/>
        <source>this dataset is open for editing in another MaskLens (%1, process %2 on %3); close it first</source>
        <translation>이 데이터셋은 다른 MaskLens에서 편집 중입니다(%1, %3의 프로세스 %2). 먼저 닫으세요</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="155"/>
        <source>unknown program</source>
        <translation>알 수 없는 프로그램</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="157"/>
        <source>an unknown computer</source>
        <translation>알 수 없는 컴퓨터</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="161"/>
        <source>this dataset is locked for editing, but the lock file names no program; if no other MaskLens has it open, delete the lock file</source>
        <translation>이 데이터셋은 편집용으로 잠겨 있지만 잠금 파일에 프로그램 정보가 없습니다. 다른 MaskLens가 열고 있지 않다면 잠금 파일을 지우세요</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="166"/>
        <source>cannot take the editing lock (no permission to write in %1?)</source>
        <translation>편집 잠금을 얻을 수 없습니다(%1에 쓰기 권한이 없나요?)</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="195"/>
        <source>the last entry was cut short (a crash while saving?); it was dropped, everything before it is kept</source>
        <translation>마지막 항목이 중간에 잘렸습니다(저장 중 비정상 종료?). 이 항목은 버리고 그 앞의 내용은 모두 유지합니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="207"/>
        <source>not a journal entry; skipped</source>
        <translation>저널 항목이 아닙니다. 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="226"/>
        <source>unknown field &apos;%1&apos;; skipped</source>
        <translation>알 수 없는 필드 &apos;%1&apos;. 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="233"/>
        <source>the entry has no valid sequence number; skipped</source>
        <translation>항목에 올바른 순번이 없습니다. 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="240"/>
        <source>&apos;%1&apos; is not in this dataset; skipped</source>
        <translation>&apos;%1&apos;은(는) 이 데이터셋에 없습니다. 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="246"/>
        <source>; skipped</source>
        <translation>. 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="252"/>
        <source>sequence number %1 does not follow %2 (entries copied in from another journal?); applied in file order</source>
        <translation>순번 %1이(가) %2 다음이 아닙니다(다른 저널에서 복사한 항목?). 파일 순서대로 적용합니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/labelstore.cpp" line="262"/>
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>문제 %n개는 더 나열하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="272"/>
        <source>cannot repair the corrections journal</source>
        <translation>수정 내역 저널을 복구할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="337"/>
        <source>the labels are open read-only</source>
        <translation>레이블이 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="352"/>
        <source>no person folder &apos;%1&apos; in train.csv</source>
        <translation>train.csv에 사람 폴더 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="363"/>
        <source>no image &apos;%1&apos; in this dataset (expected FOLDER/FILE)</source>
        <translation>이 데이터셋에 이미지 &apos;%1&apos;이(가) 없습니다 (FOLDER/FILE 형식이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="403"/>
        <source>the correction could not be saved: %1</source>
        <translation>수정 내용을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <location filename="../analysis/maplayout.cpp" line="158"/>
        <source>%1 of %2 images have features: too few to lay out a map</source>
        <translation>이미지 %2장 중 %1장만 특징이 있습니다: 지도를 만들기에 너무 적습니다</translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="165"/>
        <source>making the map was cancelled</source>
        <translation>지도 만들기가 취소되었습니다</translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="419"/>
        <source>is not a map of these features (another format or another key)</source>
        <translation>이 특징의 지도가 아닙니다 (다른 형식 또는 다른 키)</translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="423"/>
        <source>is cut short</source>
        <translation>잘려 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="429"/>
        <source>holds a map of %1 images, not %2</source>
        <translation>이미지 %2장이 아닌 %1장의 지도입니다</translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="432"/>
        <source>is cut short or has bytes to spare</source>
        <translation>잘렸거나 남는 바이트가 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="445"/>
        <source>names an image outside the map</source>
        <translation>지도 밖의 이미지를 가리킵니다</translation>
    </message>
</context>
<context>
    <name>NeighbourVote</name>
    <message>
        <location filename="../analysis/neighbourvote.cpp" line="41"/>
        <source>holds features of other images than this dataset&apos;s train images</source>
        <translation>이 데이터셋의 학습 이미지가 아닌 다른 이미지의 특징을 담고 있습니다</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <location filename="../analysis/predictions.cpp" line="72"/>
        <source>%1 probability %2 is outside 0..1</source>
        <translation>%1 확률 %2이(가) 0..1 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="76"/>
        <source>%1 probabilities sum to %2, not 1</source>
        <translation>%1 확률의 합이 1이 아니라 %2입니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="125"/>
        <source>probability columns incomplete: missing %1</source>
        <translation>확률 열이 불완전합니다: %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="129"/>
        <source>a three-head file needs mask_prob_0..2, gender_prob_0..1 and age_prob_0..2</source>
        <translation>세 헤드 파일에는 mask_prob_0..2, gender_prob_0..1, age_prob_0..2가 필요합니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="133"/>
        <source>expected a header path,pred[,prob_0..prob_17] or ImageID,pred (or ImageID,ans), found %1</source>
        <translation>헤더는 path,pred[,prob_0..prob_17] 또는 ImageID,pred(또는 ImageID,ans)여야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="158"/>
        <source>unknown image &apos;%1&apos; (not in train.csv&apos;s folders); row skipped</source>
        <translation>알 수 없는 이미지 &apos;%1&apos; (train.csv의 폴더에 없음). 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="160"/>
        <source>unknown ImageID &apos;%1&apos; (not in eval/info.csv); row skipped</source>
        <translation>알 수 없는 ImageID &apos;%1&apos; (eval/info.csv에 없음). 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="164"/>
        <source>&apos;%1&apos; already predicted on line %2; row skipped</source>
        <translation>&apos;%1&apos;은(는) 이미 %2번째 줄에서 예측했습니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="181"/>
        <source>a probability is NaN or infinite (the model&apos;s output is broken); row skipped</source>
        <translation>확률이 NaN 또는 무한대입니다(모델 출력이 깨졌습니다). 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="187"/>
        <source>a probability is not a number; probabilities ignored</source>
        <translation>확률이 숫자가 아닙니다. 확률은 무시합니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="188"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="190"/>
        <location filename="../analysis/predictions.cpp" line="205"/>
        <source>; probabilities ignored</source>
        <translation>. 확률은 무시합니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="200"/>
        <source>a probability is not a number</source>
        <translation>확률이 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="201"/>
        <source>mask</source>
        <translation>마스크</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="202"/>
        <source>gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="203"/>
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="220"/>
        <source>class &apos;%1&apos; is not in 0..17; row skipped</source>
        <translation>클래스 &apos;%1&apos;은(는) 0..17 범위가 아닙니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="232"/>
        <source>no usable class or probabilities; row skipped</source>
        <translation>쓸 수 있는 클래스나 확률이 없습니다. 행을 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="289"/>
        <source>expected the header ImageID,ans</source>
        <translation>헤더는 ImageID,ans여야 합니다</translation>
    </message>
</context>
<context>
    <name>RemoteRun</name>
    <message>
        <location filename="../cli/launchtools.cpp" line="47"/>
        <source>cannot run %1: %2</source>
        <translation>%1을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../cli/launchtools.cpp" line="56"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1이(가) %2초 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <location filename="../cli/remoterun.cpp" line="93"/>
        <source>train: cannot update run.json: %1
</source>
        <translation>train: run.json을 갱신할 수 없습니다: %1
</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="89"/>
        <source>%1 on %2 failed: %3</source>
        <translation>%2에서 %1 실패: %3</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="204"/>
        <location filename="../cli/sshlauncher.cpp" line="91"/>
        <source>exit status %1</source>
        <translation>종료 상태 %1</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="100"/>
        <source>creating %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="109"/>
        <source>stopping an earlier trainer</source>
        <translation>이전 학습기 멈추기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="111"/>
        <source>train: sending the image cache and labels to %1
</source>
        <translation>train: 이미지 캐시와 레이블을 %1(으)로 보내는 중
</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="114"/>
        <source>sending the image cache</source>
        <translation>이미지 캐시 보내기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="118"/>
        <source>sending samples.csv</source>
        <translation>samples.csv 보내기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="129"/>
        <source>sending the initial weights</source>
        <translation>초기 가중치 보내기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="139"/>
        <source>sending the run&apos;s checkpoints</source>
        <translation>실행의 체크포인트 보내기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="144"/>
        <source>writing config.json</source>
        <translation>config.json 쓰기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="176"/>
        <source>cannot run ssh: %1</source>
        <translation>ssh를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="220"/>
        <source>train: stopping the trainer on %1 (it saves its checkpoint)
</source>
        <translation>train: %1의 학습기를 멈추는 중(체크포인트를 저장합니다)
</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="240"/>
        <source>copying the run&apos;s files back</source>
        <translation>실행 결과 파일을 되가져오기</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="244"/>
        <source>the connection to %1 was lost: %2</source>
        <translation>%1과(와)의 연결이 끊겼습니다: %2</translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="246"/>
        <source>ssh exited with status %1</source>
        <translation>ssh가 상태 %1(으)로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="135"/>
        <source>train: warning: %1 is in a folder the cluster&apos;s nodes do not share (/tmp and the like are each machine&apos;s own); on a cluster of more than this machine use shared storage (home, /scratch, NFS) for the run and --cache-dir
</source>
        <translation>train: 경고: %1은(는) 클러스터 노드들이 공유하지 않는 폴더에 있습니다(/tmp 같은 곳은 각 컴퓨터의 것입니다). 이 컴퓨터 말고 다른 노드가 있는 클러스터라면 실행 폴더와 --cache-dir를 공유 저장소(홈, /scratch, NFS)에 두세요
</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="147"/>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="203"/>
        <source>sbatch failed: %1</source>
        <translation>sbatch 실패: %1</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="242"/>
        <source>train: cancelling job %1 (its running tasks save their checkpoints)
</source>
        <translation>train: 작업 %1을(를) 취소하는 중(실행 중인 태스크는 체크포인트를 저장합니다)
</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="281"/>
        <source>job %1 cancelled; --resume resubmits the unfinished tasks</source>
        <translation>작업 %1을(를) 취소했습니다. --resume으로 끝나지 않은 태스크만 다시 제출합니다</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="292"/>
        <source>task %1 of job %2 ended %3: %4 (%5)</source>
        <translation>작업 %2의 태스크 %1이(가) %3 상태로 끝났습니다: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="295"/>
        <source>no output</source>
        <translation>출력 없음</translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="60"/>
        <source>was killed by signal %1</source>
        <translation>신호 %1로 강제 종료되었습니다</translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="61"/>
        <source>exited with status %1</source>
        <translation>상태 %1로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="111"/>
        <source>cannot make a pipe for rank 0: %1</source>
        <translation>rank 0의 파이프를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="135"/>
        <source>cannot start rank %1: %2</source>
        <translation>rank %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="193"/>
        <source>rank %1 of %2 %3; the other processes were stopped</source>
        <translation>프로세스 %2개 중 rank %1이(가) %3; 나머지 프로세스를 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="201"/>
        <source>rank %1 of %2 %3</source>
        <translation>프로세스 %2개 중 rank %1이(가) %3</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../analysis/runs.cpp" line="61"/>
        <source>expected the columns path and %1</source>
        <translation>path 열과 %1 열이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="134"/>
        <source>the trainer ended without a result (process %1 is gone)</source>
        <translation>학습기가 결과 없이 끝났습니다(프로세스 %1이(가) 없습니다)</translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="137"/>
        <source>the trainer ended without a result (no heartbeat from %1 since %2)</source>
        <translation>학습기가 결과 없이 끝났습니다(%2 이후로 %1에서 하트비트가 없습니다)</translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="219"/>
        <source>the trainer crashed</source>
        <translation>학습기가 비정상 종료했습니다</translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="220"/>
        <source>the trainer exited with status %1</source>
        <translation>학습기가 상태 %1(으)로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="246"/>
        <source>not a training run (no config.json or run.json)</source>
        <translation>학습 실행이 아닙니다(config.json이나 run.json이 없음)</translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="406"/>
        <source>has no predictions yet (oof_predictions.csv or val_predictions.csv): a run writes them when it finishes</source>
        <translation>아직 예측이 없습니다(oof_predictions.csv 또는 val_predictions.csv). 실행이 끝나면 만들어집니다</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../analysis/safefile.cpp" line="53"/>
        <source>is a symbolic link; MaskLens does not follow links for the files it keeps (remove the link)</source>
        <translation>심볼릭 링크입니다. MaskLens는 자신이 관리하는 파일에 대해 링크를 따라가지 않습니다(링크를 지우세요)</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="56"/>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="57"/>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>일반 파일이 아닙니다(장치, 파이프 또는 소켓)</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="92"/>
        <location filename="../analysis/safefile.cpp" line="97"/>
        <location filename="../analysis/safefile.cpp" line="106"/>
        <location filename="../analysis/safefile.cpp" line="129"/>
        <location filename="../analysis/safefile.cpp" line="164"/>
        <source>cannot write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="150"/>
        <source>cannot open for writing: %1</source>
        <translation>쓰기용으로 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="179"/>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="189"/>
        <source>is too large (%1 MB; at most %2 MB are read)</source>
        <translation>너무 큽니다(%1 MB. 최대 %2 MB까지만 읽습니다)</translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="203"/>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../gui/sessionlog.cpp" line="90"/>
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/sessionlog.cpp" line="106"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../gui/settings.cpp" line="210"/>
        <source>Name the SSH server ([user@]host) first.</source>
        <translation>먼저 SSH 서버([user@]host)를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../gui/settings.cpp" line="212"/>
        <source>Write the command template first (see the README), or run on this computer.</source>
        <translation>먼저 명령 템플릿을 작성하세요(README 참고). 아니면 이 컴퓨터에서 실행하세요.</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../analysis/submission.cpp" line="27"/>
        <source>no predictions to vote</source>
        <translation>투표할 예측이 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/submission.cpp" line="31"/>
        <source>not predictions for eval/info.csv&apos;s images (expected the header ImageID,pred or ImageID,ans)</source>
        <translation>eval/info.csv 이미지에 대한 예측이 아닙니다 (헤더는 ImageID,pred 또는 ImageID,ans여야 합니다)</translation>
    </message>
    <message>
        <location filename="../analysis/submission.cpp" line="50"/>
        <source>no prediction for %1 in any file; a submission needs every eval image</source>
        <translation>어느 파일에도 %1의 예측이 없습니다. 제출 파일에는 모든 평가 이미지가 필요합니다</translation>
    </message>
</context>
<context>
    <name>Synth</name>
    <message>
        <location filename="../analysis/synth.cpp" line="582"/>
        <source>output folder is not empty; choose a new folder or overwrite</source>
        <translation>출력 폴더가 비어 있지 않습니다. 새 폴더를 고르거나 덮어쓰기를 선택하세요</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="590"/>
        <source>cannot create folders here</source>
        <translation>여기에 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="593"/>
        <source>cannot create folder</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="651"/>
        <source>generation cancelled; the folder is incomplete</source>
        <translation>생성을 취소했습니다. 폴더는 불완전합니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="654"/>
        <source>could not write %1 image(s), the first being this one</source>
        <translation>이미지 %1장을 쓰지 못했습니다. 첫 번째가 이것입니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="734"/>
        <source>expected the header path,kind,given,true</source>
        <translation>헤더는 path,kind,given,true여야 합니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="745"/>
        <source>no image %1 in the dataset</source>
        <translation>데이터셋에 이미지 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="747"/>
        <source>&apos;%1&apos; is not a mask state</source>
        <translation>&apos;%1&apos;은(는) 마스크 상태가 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="755"/>
        <source>no person folder %1 in the dataset</source>
        <translation>데이터셋에 사람 폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="760"/>
        <source>&apos;%1&apos; is not a gender</source>
        <translation>&apos;%1&apos;은(는) 성별이 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="767"/>
        <source>&apos;%1&apos; is not an age</source>
        <translation>&apos;%1&apos;은(는) 나이가 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="771"/>
        <source>unknown kind &apos;%1&apos; (gender_flip, mask_swap, age_shift)</source>
        <translation>알 수 없는 종류 &apos;%1&apos; (gender_flip, mask_swap, age_shift)</translation>
    </message>
</context>
<context>
    <name>TrainingCache</name>
    <message>
        <location filename="../model/trainingcache.cpp" line="62"/>
        <source>cannot create the cache folder</source>
        <translation>캐시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="87"/>
        <source>could not be decoded when the cache was built</source>
        <translation>캐시를 만들 때 디코딩할 수 없었습니다</translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="115"/>
        <source>cannot map the cache for writing</source>
        <translation>쓰기용으로 캐시를 매핑할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="137"/>
        <source>building the image cache was cancelled</source>
        <translation>이미지 캐시 만들기를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="150"/>
        <source>cannot move the finished cache into place</source>
        <translation>완성된 캐시를 제자리로 옮길 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../gui/workbench.cpp" line="24"/>
        <source>MaskLens: browse a mask dataset&apos;s imbalance, inspect a model&apos;s errors class by class, correct wrong labels, and retrain.</source>
        <translation>MaskLens: 마스크 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="30"/>
        <source>Dataset folder to open.</source>
        <translation>열 데이터셋 폴더.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="34"/>
        <source>Render each view to DIR/&lt;view&gt;.png and exit.</source>
        <translation>각 화면을 DIR/&lt;view&gt;.png로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="38"/>
        <source>Interface language: en or ko (default: system).</source>
        <translation>화면 언어: en 또는 ko (기본값: 시스템).</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="42"/>
        <source>Predictions file to load with the dataset.</source>
        <translation>데이터셋과 함께 불러올 예측 파일.</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="46"/>
        <source>Model (checkpoint or TorchScript) to run over the dataset once it has loaded.</source>
        <translation>데이터셋을 불러온 뒤 실행할 모델 (체크포인트 또는 TorchScript).</translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="52"/>
        <source>Features of the train images to lay out on the Map view (predict --features, or a run&apos;s oof_features.npy).</source>
        <translation>지도 보기에 배치할 학습 이미지의 특징 (predict --features, 또는 실행의 oof_features.npy).</translation>
    </message>
</context>
<context>
    <name>masklens::analysis::TrainingFit</name>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="53"/>
        <source>no &quot;%1&quot; column (expected path,trained,gender,age_band,mask)</source>
        <translation>&quot;%1&quot; 열이 없습니다 (path,trained,gender,age_band,mask 필요)</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="65"/>
        <source>&quot;%1&quot; is not a train image of this dataset: the training fit of another dataset?</source>
        <translation>&quot;%1&quot;은(는) 이 데이터셋의 학습 이미지가 아닙니다: 다른 데이터셋의 학습 적합도인가요?</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="70"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="77"/>
        <source>%1: expected a probability from 0 to 1, not &quot;%2&quot;</source>
        <translation>%1: 0에서 1 사이의 확률이 필요합니다, &quot;%2&quot;이(가) 아니라</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="85"/>
        <source>no rows</source>
        <translation>행이 없습니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="94"/>
        <source>larger than 1 MB: not a training fit&apos;s</source>
        <translation>1 MB보다 큽니다: 학습 적합도 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="99"/>
        <source>not a JSON object (%1)</source>
        <translation>JSON 객체가 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="105"/>
        <source>middle_from and old_from: expected two ages, the first lower</source>
        <translation>middle_from과 old_from: 앞의 값이 더 작은 두 나이가 필요합니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="110"/>
        <source>probe_fits: expected an array of probabilities</source>
        <translation>probe_fits: 확률의 배열이 필요합니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="115"/>
        <source>probe_fits[%1]: expected a probability from 0 to 1</source>
        <translation>probe_fits[%1]: 0에서 1 사이의 확률이 필요합니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="121"/>
        <source>probes: expected an array of {person, fit}</source>
        <translation>probes: {person, fit}의 배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="131"/>
        <source>probes[%1]: expected a person folder and a fit from 0 to 1</source>
        <translation>probes[%1]: 사람 폴더와 0에서 1 사이의 적합도가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="135"/>
        <source>probes[%1]: &quot;%2&quot; is not a person of this dataset</source>
        <translation>probes[%1]: &quot;%2&quot;은(는) 이 데이터셋의 사람이 아닙니다</translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="141"/>
        <source>probes[%1]: &quot;%2&quot; is listed twice</source>
        <translation>probes[%1]: &quot;%2&quot;이(가) 두 번 나옵니다</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ChartWidget</name>
    <message>
        <location filename="../gui/chartwidget.cpp" line="19"/>
        <source>Save chart as PNG or PDF…</source>
        <translation>차트를 PNG 또는 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="118"/>
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="127"/>
        <location filename="../gui/chartwidget.cpp" line="133"/>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="128"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::CorrectionsModel</name>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="71"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="73"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="75"/>
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="77"/>
        <source>Person or image</source>
        <translation>사람 또는 이미지</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="79"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="81"/>
        <source>Was</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="83"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="85"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>masklens::gui::CorrectionsPanel</name>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="54"/>
        <source>Filter corrections…</source>
        <translation>수정 내역 거르기…</translation>
    </message>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="55"/>
        <source>Filter corrections</source>
        <translation>수정 내역 거르기</translation>
    </message>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="56"/>
        <source>Corrections</source>
        <translation>수정 내역</translation>
    </message>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="57"/>
        <source>Revert selected</source>
        <translation>선택 항목 되돌리기</translation>
    </message>
</context>
<context>
    <name>masklens::gui::DatasetJobs</name>
    <message>
        <location filename="../gui/datasetjobs.cpp" line="147"/>
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation>평가 이미지 예측에는 eval/truth.csv의 정답이 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../gui/datasetjobs.cpp" line="206"/>
        <source>%1 (run in MaskLens)</source>
        <translation>%1 (MaskLens에서 실행)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="173"/>
        <source>Age bands start at</source>
        <translation>연령대 시작 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="174"/>
        <source>First age of the middle band</source>
        <translation>중간 연령대의 첫 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="175"/>
        <source>First age of the old band (teams moved it to 58 or 59)</source>
        <translation>고령 연령대의 첫 나이 (여러 팀이 58이나 59로 옮겼습니다)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="177"/>
        <source>First age of the old band</source>
        <translation>고령 연령대의 첫 나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="179"/>
        <source>Gender and age counted in</source>
        <translation>성별과 나이 집계 단위</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="180"/>
        <location filename="../gui/datasetpage.cpp" line="330"/>
        <source>people</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="181"/>
        <location filename="../gui/datasetpage.cpp" line="267"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="188"/>
        <source>Open a dataset folder (File ▸ Open, or drop it here).</source>
        <translation>데이터셋 폴더를 여세요 (파일 ▸ 열기, 또는 여기로 끌어다 놓기).</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="198"/>
        <source>%1 people · %2 images</source>
        <translation>사람 %1명 · 이미지 %2장</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="200"/>
        <source> · %1 eval images</source>
        <translation> · 평가 이미지 %1장</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="202"/>
        <source> · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)</source>
        <translation> · 불균형 %1 : 1 (클래스 %2는 %3장, 클래스 %4는 %5장)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>Mask state (images)</source>
        <translation>마스크 상태 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="216"/>
        <source>Gender (images)</source>
        <translation>성별 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="216"/>
        <source>Gender (people)</source>
        <translation>성별 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="217"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="217"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="219"/>
        <source>Age band (images)</source>
        <translation>연령대 (이미지)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="219"/>
        <source>Age band (people)</source>
        <translation>연령대 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="232"/>
        <source>Images per class (the &gt;=%1 classes in red)</source>
        <translation>클래스별 이미지 수 (%1세 이상 클래스는 빨간색)</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="235"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="236"/>
        <source>&gt;=%1 class</source>
        <translation>%1세 이상 클래스</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="308"/>
        <source>People per age, with the band thresholds</source>
        <translation>나이별 사람 수와 연령대 경계</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="328"/>
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="340"/>
        <source>%1 ▸</source>
        <translation>%1 ▸</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ErrorsPage</name>
    <message>
        <location filename="../gui/errorspage.cpp" line="117"/>
        <source>%1 (bfloat16)</source>
        <translation>%1 (bfloat16)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="137"/>
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation>혼동 행렬을 행별로 정규화 (각 실제 클래스의 합이 100%)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="148"/>
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation>오류를 보려면 예측을 불러오거나 (파일 ▸ 예측 불러오기…) 모델을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="157"/>
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation>매크로 F1 %1 · 정확도 %2% · %3세 이상 클래스 F1 %4 · 이미지 %5장</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="163"/>
        <source> (%1 without a prediction)</source>
        <translation> (예측 없음 %1장)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="164"/>
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation>속성별 F1: 마스크 %1, 성별 %2, 연령대 %3 · 연령대별 오류율: %4 %5%, %6 %7%, %8 %9% · %10</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="186"/>
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation>클래스별 정밀도, 재현율, F1 (* %1세 이상 클래스, n = 표본 수)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="191"/>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="191"/>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="191"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="236"/>
        <source>Confusion matrix, share of each true class</source>
        <translation>혼동 행렬, 실제 클래스별 비율</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="237"/>
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation>혼동 행렬 (행: 레이블, 열: 예측)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="238"/>
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="238"/>
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="238"/>
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="239"/>
        <source>Mask state</source>
        <translation>마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="240"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="240"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="240"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="244"/>
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="308"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="309"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="320"/>
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation>나이별 오류율 (연령대: %1, %2, %3)</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="339"/>
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="340"/>
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="173"/>
        <location filename="../gui/gallerypage.cpp" line="176"/>
        <source>Export samples</source>
        <translation>표본 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="173"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="194"/>
        <source>(the image cannot be decoded)</source>
        <translation>(이미지를 디코딩할 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="208"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209"/>
        <source>Each image with its label, the model&apos;s prediction, and whether the prediction is right</source>
        <translation>각 이미지와 그 레이블, 모델의 예측, 예측이 맞았는지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="211"/>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="212"/>
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="213"/>
        <location filename="../gui/gallerypage.cpp" line="214"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="215"/>
        <source>right and wrong</source>
        <translation>정답과 오답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216"/>
        <source>right only</source>
        <translation>정답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="217"/>
        <source>wrong only</source>
        <translation>오답만</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="218"/>
        <source>&gt;=60 focus</source>
        <translation>60세 이상 집중</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="220"/>
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation>드문 60세 이상 클래스(2, 5, 8, 11, 14, 17)의 오류만: 잘못 예측된 그 클래스의 이미지와, 그 클래스로 잘못 예측된 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222"/>
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="223"/>
        <source>dataset order</source>
        <translation>데이터셋 순서</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="224"/>
        <source>least confident first</source>
        <translation>확신이 낮은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="225"/>
        <source>most confident first</source>
        <translation>확신이 높은 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="226"/>
        <source>highest loss first</source>
        <translation>손실이 큰 순</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="227"/>
        <source>by person</source>
        <translation>사람별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="228"/>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="229"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="230"/>
        <source>This person&apos;s images</source>
        <translation>이 사람의 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="232"/>
        <source>&lt;b&gt;Correct the selected images&lt;/b&gt; (gender and age apply to the whole person; Ctrl+Z undoes)</source>
        <translation>&lt;b&gt;선택한 이미지 수정&lt;/b&gt; (성별과 나이는 그 사람 전체에 적용, Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Mask state</source>
        <translation>마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Also</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="240"/>
        <location filename="../gui/gallerypage.cpp" line="263"/>
        <source>wear</source>
        <translation>착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="241"/>
        <location filename="../gui/gallerypage.cpp" line="264"/>
        <source>incorrect</source>
        <translation>잘못 착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="242"/>
        <location filename="../gui/gallerypage.cpp" line="265"/>
        <source>not worn</source>
        <translation>미착용</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="243"/>
        <location filename="../gui/gallerypage.cpp" line="267"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="244"/>
        <location filename="../gui/gallerypage.cpp" line="268"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="248"/>
        <source>swap incorrect/normal</source>
        <translation>잘못 착용/미착용 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="249"/>
        <source>reviewed</source>
        <translation>검토함</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="250"/>
        <source>exclude / include</source>
        <translation>제외 / 포함</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="257"/>
        <source>Show only this person</source>
        <translation>이 사람만 보기</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="258"/>
        <source>Similar images</source>
        <translation>비슷한 이미지</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="259"/>
        <source>Shows this image and its nearest images on the data map (the model&apos;s embedding: images it sees alike)</source>
        <translation>이 이미지와 데이터 지도에서 가장 가까운 이미지들을 보여 줍니다 (모델의 임베딩: 모델이 비슷하게 보는 이미지)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="261"/>
        <source>Label attributes</source>
        <translation>레이블 속성</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="262"/>
        <source>any mask state</source>
        <translation>모든 마스크 상태</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="266"/>
        <source>any gender</source>
        <translation>모든 성별</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="269"/>
        <source>any age band</source>
        <translation>모든 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="270"/>
        <source>young band</source>
        <translation>젊은 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="271"/>
        <source>middle band</source>
        <translation>중간 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="272"/>
        <source>old band</source>
        <translation>고령 연령대</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="293"/>
        <source>%1 of %2 images: a chosen set (from the map or Similar images); Clear shows all</source>
        <translation>이미지 %2장 중 %1장: 선택한 묶음 (지도 또는 비슷한 이미지에서); 지우기를 누르면 모두 표시</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="299"/>
        <source>%1 of %2 images</source>
        <translation>이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="466"/>
        <source>Click an image to see it here.</source>
        <translation>이미지를 클릭하면 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="474"/>
        <source>Person %1 (%2): %3, %4 years</source>
        <translation>사람 %1 (%2): %3, %4세</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="482"/>
        <source>Label: %1 (class %2)</source>
        <translation>레이블: %1 (클래스 %2)</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="485"/>
        <source>Predicted: %1 (class %2), right</source>
        <translation>예측: %1 (클래스 %2), 정답</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="486"/>
        <source>Predicted: &lt;span style=&apos;color:#d6604d&apos;&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation>예측: &lt;span style=&apos;color:#d6604d&apos;&gt;%1 (클래스 %2), 오답&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="492"/>
        <source>Top 3:</source>
        <translation>상위 3개:</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="500"/>
        <source>No prediction loaded.</source>
        <translation>불러온 예측이 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="503"/>
        <source>Reviewed.</source>
        <translation>검토함.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="505"/>
        <source>Excluded from training.</source>
        <translation>학습에서 제외됨.</translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="530"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>masklens::gui::LabelEditor</name>
    <message>
        <location filename="../gui/labeleditor.cpp" line="66"/>
        <source>undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="81"/>
        <source>editing is off: this dataset is open in another MaskLens</source>
        <translation>편집 꺼짐: 이 데이터셋이 다른 MaskLens에서 열려 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="116"/>
        <source>Set mask state of %1 image(s) to %2</source>
        <translation>이미지 %1장의 마스크 상태를 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="131"/>
        <source>Set gender of %1 person(s) to %2</source>
        <translation>%1명의 성별을 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="154"/>
        <source>Set age band of %1 person(s) to %2</source>
        <translation>%1명의 연령대를 %2(으)로</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="174"/>
        <source>Exclude %1 image(s) from training</source>
        <translation>이미지 %1장을 학습에서 제외</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="175"/>
        <source>Include %1 image(s) again</source>
        <translation>이미지 %1장을 다시 포함</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="181"/>
        <source>Mark %1 image(s) reviewed</source>
        <translation>이미지 %1장을 검토함으로 표시</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="200"/>
        <source>Swap incorrect/normal for %1 person(s)</source>
        <translation>%1명의 잘못 착용/미착용 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="208"/>
        <source>Revert %1 of %2</source>
        <translation>%2의 %1 되돌리기</translation>
    </message>
</context>
<context>
    <name>masklens::gui::LaunchForm</name>
    <message>
        <location filename="../gui/launchform.cpp" line="108"/>
        <source>Trains here, in a process of its own.</source>
        <translation>이 컴퓨터에서 별도 프로세스로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Folder there</source>
        <translation>원격 폴더</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="110"/>
        <source>Trainer there</source>
        <translation>원격 학습기</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="113"/>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="114"/>
        <source>The GPU server, as ssh reaches it with a key (no passwords): the image cache and labels are sent with rsync, masklens-train runs there, the run&apos;s files come back.</source>
        <translation>ssh 키로 접속하는 GPU 서버(비밀번호 없음): 이미지 캐시와 레이블을 rsync로 보내고, 그곳에서 masklens-train을 실행하고, 실행 파일들을 다시 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="117"/>
        <source>masklens-train on the server, built against its CUDA LibTorch (README: Training on a GPU machine).</source>
        <translation>서버의 masklens-train. 서버의 CUDA LibTorch로 빌드한 것이어야 합니다(README: Training on a GPU machine).</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="119"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="119"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="119"/>
        <source>GPUs per task</source>
        <translation>태스크당 GPU</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="120"/>
        <source>Time limit</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="120"/>
        <source>sbatch extras</source>
        <translation>sbatch 추가 인수</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="123"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="124"/>
        <source>One job array with one task per model (folds x seeds). The dataset&apos;s .masklens folder must be on storage the nodes share.</source>
        <translation>모델마다 태스크 하나인 작업 배열 하나(fold x seed). 데이터셋의 .masklens 폴더는 노드들이 공유하는 저장소에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="127"/>
        <source>A shell command that runs the trainer elsewhere and prints its JSON lines. {cache}, {cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer options) are replaced; see the README.</source>
        <translation>다른 곳에서 학습기를 실행하고 JSON 줄을 출력하는 셸 명령. {cache}, {cache_name}, {samples}, {rundir}, {run}, {data}, {args}(학습기 옵션)는 치환됩니다. README를 참고하세요.</translation>
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="124"/>
        <source>Training the label-issue detector&apos;s model (3 folds); its suspects come to the Label issues view when it ends.</source>
        <translation>레이블 문제 탐지기의 모델을 학습합니다 (3개 폴드). 끝나면 의심 항목이 레이블 문제 보기로 옵니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="152"/>
        <source>Correct labels</source>
        <translation>레이블 수정</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="266"/>
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation>데이터셋 폴더 열기 (train/과 eval/이 있는 폴더)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="278"/>
        <source>Run a model over the dataset</source>
        <translation>데이터셋에 모델 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="280"/>
        <source>Models (*.mlck *.pt *.pth *.ts);;All files (*)</source>
        <translation>모델 (*.mlck *.pt *.pth *.ts);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="291"/>
        <location filename="../gui/mainwindow.cpp" line="296"/>
        <source>Save predictions</source>
        <translation>예측 저장</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293"/>
        <source>Predictions (*.csv)</source>
        <translation>예측 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="300"/>
        <location filename="../gui/mainwindow.cpp" line="524"/>
        <source>Load predictions</source>
        <translation>예측 불러오기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="302"/>
        <location filename="../gui/mainwindow.cpp" line="328"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>예측 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="310"/>
        <location filename="../gui/mainwindow.cpp" line="319"/>
        <source>Export corrected labels</source>
        <translation>수정된 레이블 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="314"/>
        <source>Labels (*.csv)</source>
        <translation>레이블 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="321"/>
        <source>Wrote %1</source>
        <translation>%1을(를) 썼습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="326"/>
        <source>Eval predictions to vote (one per model or seed)</source>
        <translation>투표할 평가 예측 (모델이나 시드마다 하나)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="332"/>
        <location filename="../gui/mainwindow.cpp" line="341"/>
        <source>Write submission</source>
        <translation>제출 파일 쓰기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="336"/>
        <source>Submission (*.csv)</source>
        <translation>제출 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="384"/>
        <source>About MaskLens</source>
        <translation>MaskLens 정보</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="385"/>
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset&apos;s imbalance, inspect a model&apos;s errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;마스크 분류기를 위한 작업대: 데이터셋의 불균형을 살피고, 모델의 오류를 클래스별로 점검하고, 잘못된 레이블을 고치고, 다시 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="397"/>
        <source>MaskLens — %1</source>
        <translation>MaskLens — %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="398"/>
        <source>MaskLens</source>
        <translation>MaskLens</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="399"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="400"/>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="401"/>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="402"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="403"/>
        <source>Label issues</source>
        <translation>레이블 문제</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="404"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="405"/>
        <source>Load &amp;Predictions…</source>
        <translation>예측 불러오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="406"/>
        <source>&amp;Run Model…</source>
        <translation>모델 실행(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="407"/>
        <source>Run Models in bfloat16</source>
        <translation>모델을 bfloat16으로 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="408"/>
        <source>Faster on CPUs with AVX-512 BF16 and on GPUs; the answers move slightly, and the predictions say bf16.</source>
        <translation>AVX-512 BF16이 있는 CPU와 GPU에서 더 빠릅니다. 답이 조금 달라지며, 예측에 bf16이라고 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="410"/>
        <source>&amp;Save Predictions…</source>
        <translation>예측 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="412"/>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="413"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="414"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="415"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="416"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="417"/>
        <source>Corrections (%1)</source>
        <translation>수정 내역 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="419"/>
        <source>&amp;Open Dataset…</source>
        <translation>데이터셋 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="420"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="422"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="423"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="424"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="425"/>
        <source>&amp;About MaskLens</source>
        <translation>MaskLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="426"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="427"/>
        <source>&amp;Export Corrected Labels…</source>
        <translation>수정된 레이블 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="430"/>
        <source>Write Su&amp;bmission…</source>
        <translation>제출 파일 쓰기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="434"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="464"/>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="481"/>
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터셋이 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="482"/>
        <location filename="../gui/mainwindow.cpp" line="575"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="487"/>
        <source>Could not open the dataset</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="489"/>
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="490"/>
        <source>Could not open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="499"/>
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation>사람 %1명, 이미지 %2장, 문제 %3건</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="515"/>
        <source>Loading predictions %1…</source>
        <translation>예측 %1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="522"/>
        <source>Could not load the predictions</source>
        <translation>예측을 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="533"/>
        <source>Predictions for %1 images loaded from %2</source>
        <translation>이미지 %1장의 예측을 %2에서 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="564"/>
        <source>Running %1 over %2 images…</source>
        <translation>이미지 %2장에 %1 실행 중…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="574"/>
        <source>Model run cancelled; the previous predictions stay.</source>
        <translation>모델 실행을 취소했습니다. 이전 예측이 그대로 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="580"/>
        <source>The model could not run</source>
        <translation>모델을 실행할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="582"/>
        <source>Run model</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="590"/>
        <source>Predictions for %1 images from %2</source>
        <translation>%2의 이미지 %1장 예측</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="600"/>
        <source>No predictions to save</source>
        <translation>저장할 예측이 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="241"/>
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location filename="../gui/screenshots.cpp" line="32"/>
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/screenshots.cpp" line="61"/>
        <location filename="../gui/screenshots.cpp" line="80"/>
        <location filename="../gui/screenshots.cpp" line="107"/>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="691"/>
        <source>Open a dataset first (and not one open in another MaskLens).</source>
        <translation>먼저 데이터셋을 여세요 (다른 MaskLens에서 열려 있지 않은 것).</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="714"/>
        <source>Open a dataset first.</source>
        <translation>먼저 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="716"/>
        <source>%1 has no eval images (eval/info.csv).</source>
        <translation>%1에는 평가 이미지가 없습니다 (eval/info.csv).</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="730"/>
        <source>Wrote %1: %2 eval images from %3 file(s); %4 unanimous, %5 ties broken by probability</source>
        <translation>%1을(를) 썼습니다: 파일 %3개로 평가 이미지 %2장; 만장일치 %4장, 확률로 가린 동률 %5장</translation>
    </message>
</context>
<context>
    <name>masklens::gui::MapPage</name>
    <message>
        <location filename="../gui/mappage.cpp" line="171"/>
        <source>Open the images&apos; features</source>
        <translation>이미지 특징 열기</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="173"/>
        <source>Features (*.npy)</source>
        <translation>특징 (*.npy)</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="286"/>
        <source>Reading the features %1…</source>
        <translation>특징 %1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="448"/>
        <location filename="../gui/mappage.cpp" line="458"/>
        <source>no prediction</source>
        <translation>예측 없음</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="458"/>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="458"/>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="465"/>
        <source>not suspected</source>
        <translation>의심 없음</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="525"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="570"/>
        <source>label %1</source>
        <translation>레이블 %1</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="573"/>
        <source>predicted %1 (%2%)</source>
        <translation>예측 %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="607"/>
        <source>Data map</source>
        <translation>데이터 지도</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="608"/>
        <source>Every image as a point: images the model sees alike lie together</source>
        <translation>모든 이미지를 점으로: 모델이 비슷하게 보는 이미지끼리 모여 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="610"/>
        <source>Map legend</source>
        <translation>지도 범례</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="611"/>
        <source>Selected images</source>
        <translation>선택한 이미지</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="612"/>
        <source>Colour by</source>
        <translation>색상 기준</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="613"/>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="613"/>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="613"/>
        <source>Right or wrong</source>
        <translation>정답/오답</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="614"/>
        <source>Suspect kind</source>
        <translation>의심 종류</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="614"/>
        <source>Mask</source>
        <translation>마스크</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="614"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="615"/>
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="618"/>
        <source>Highlight ≥60</source>
        <translation>60세 이상 강조</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="619"/>
        <source>Draws everything but the rare classes (the &gt;=60 classes, wrong predictions, suspects) pale</source>
        <translation>드문 클래스(60세 이상 클래스, 틀린 예측, 의심 항목)를 뺀 나머지를 흐리게 그립니다</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="621"/>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="622"/>
        <source>Lasso</source>
        <translation>올가미</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="623"/>
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="624"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="625"/>
        <source>Shows the whole map (0). Wheel: zoom; right drag: pan; left drag: select; click: open the image</source>
        <translation>지도 전체를 보여 줍니다 (0). 휠: 확대/축소; 오른쪽 드래그: 이동; 왼쪽 드래그: 선택; 클릭: 이미지 열기</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="627"/>
        <source>Open Features…</source>
        <translation>특징 열기…</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="628"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="629"/>
        <source>Show in Gallery</source>
        <translation>갤러리에서 보기</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="632"/>
        <source>Selection: none. Drag on the map to select images.</source>
        <translation>선택: 없음. 지도에서 드래그하여 이미지를 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mappage.cpp" line="633"/>
        <source>Selection: %n image(s)</source>
        <translation>
            <numerusform>선택: 이미지 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="635"/>
        <source>No map yet. Load predictions that have features beside them (a training run&apos;s oof_predictions.csv, or masklens-cli predict --features), or open a features file.</source>
        <translation>아직 지도가 없습니다. 옆에 특징 파일이 있는 예측(학습 실행의 oof_predictions.csv 또는 masklens-cli predict --features)을 불러오거나 특징 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="645"/>
        <source>%1 images on the map of %2 (from the cache)</source>
        <translation>%2 지도에 이미지 %1장 (캐시에서)</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="648"/>
        <source>%1 images on the map of %2 (laid out in %3 s)</source>
        <translation>%2 지도에 이미지 %1장 (%3초에 배치)</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="653"/>
        <source> - %1 folds, each in its own model&apos;s space, so each class shows as %1 islands</source>
        <translation> - 폴드 %1개가 각자 자기 모델의 공간에 있어 클래스마다 섬 %1개로 보입니다</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="657"/>
        <source>; %1 selected</source>
        <translation>; %1장 선택됨</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="659"/>
        <source>. Drag to select, wheel to zoom, right-drag to pan, click an image to open it.</source>
        <translation>. 드래그로 선택, 휠로 확대/축소, 오른쪽 드래그로 이동, 이미지를 클릭하면 열립니다.</translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="663"/>
        <source>The map of %1 is made when a dataset is open</source>
        <translation>%1의 지도는 데이터셋이 열리면 만들어집니다</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ProblemsModel</name>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="55"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="57"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="59"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>masklens::gui::RecipeForm</name>
    <message>
        <location filename="../gui/recipeform.cpp" line="101"/>
        <location filename="../gui/recipeform.cpp" line="134"/>
        <source>Initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="102"/>
        <source>Weights (*.pt *.pth *.mlck);;All files (*)</source>
        <translation>가중치 (*.pt *.pth *.mlck);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="126"/>
        <source>default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="131"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="131"/>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="131"/>
        <source>Input size (WxH)</source>
        <translation>입력 크기 (가로x세로)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="132"/>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="132"/>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="132"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="133"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="133"/>
        <source>Sampler</source>
        <translation>샘플러</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="133"/>
        <source>Folds</source>
        <translation>폴드</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="134"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="134"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="135"/>
        <source>Face crop</source>
        <translation>얼굴 자르기</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="135"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="135"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="136"/>
        <source>Run on</source>
        <translation>실행 위치</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="140"/>
        <source>18 classes</source>
        <translation>18개 클래스</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="141"/>
        <source>three heads (mask, gender, age band)</source>
        <translation>세 갈래 (마스크, 성별, 연령대)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="142"/>
        <source>Three heads learn the age band from all seven photos of every person, which helps the rare incorrect/normal &gt;=60 classes.</source>
        <translation>세 갈래 출력은 모든 사람의 사진 일곱 장 모두에서 연령대를 배우므로, 드문 잘못 착용/미착용 60세 이상 클래스에 도움이 됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="144"/>
        <source>Small CNN</source>
        <translation>작은 CNN</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="145"/>
        <source>Medium CNN</source>
        <translation>중간 CNN</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="146"/>
        <source>Medium CNN, fine detail</source>
        <translation>중간 CNN, 세밀한 입력</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="147"/>
        <source>Four layers: the fastest; for demos and quick checks.</source>
        <translation>4개 층: 가장 빠름. 데모와 빠른 확인용.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="150"/>
        <source>Seven layers: twice the small CNN&apos;s time per image, and better at fine cues such as brows and grey hair.</source>
        <translation>7개 층: 이미지당 시간은 작은 CNN의 두 배이며, 눈썹과 흰머리 같은 미세한 단서를 더 잘 읽습니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="154"/>
        <source>The medium CNN behind one more strided layer, on twice the input size (128x160): 1.7x its time per image.</source>
        <translation>중간 CNN 앞에 스트라이드 층을 하나 더 두고 두 배 크기(128x160)의 입력을 받습니다: 이미지당 시간은 중간 CNN의 1.7배.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="158"/>
        <source>Empty: 224x224 for EfficientNet-B0, 64x80 for the small and medium CNNs, 128x160 for the fine-detail one.</source>
        <translation>비워 두면: EfficientNet-B0는 224x224, 작은·중간 CNN은 64x80, 세밀한 입력 CNN은 128x160.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="160"/>
        <source>Adam&apos;s learning rate; StepLR halves it every third of the epochs.</source>
        <translation>Adam의 학습률; StepLR이 에폭의 3분의 1마다 절반으로 줄입니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="161"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="162"/>
        <source>label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="163"/>
        <source>focal</source>
        <translation>포컬</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="164"/>
        <source>class-weighted</source>
        <translation>클래스 가중</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="165"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="166"/>
        <source>weighted (rare classes as often as common)</source>
        <translation>가중 (드문 클래스를 흔한 클래스만큼 자주)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="167"/>
        <source>1: one model validated on a fifth of the people. K: K models on person-level folds, with out-of-fold predictions for every image (what the label-issue finder needs; train those with the cross-entropy loss).</source>
        <translation>1: 사람의 5분의 1로 검증하는 모델 하나. K: 사람 단위 폴드로 모델 K개, 모든 이미지에 대한 폴드 외 예측 (레이블 문제 찾기에 필요하며, 이때는 교차 엔트로피 손실로 학습하세요).</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="171"/>
        <source>One model per seed, e.g. 1,2,3, combined by hard and soft voting.</source>
        <translation>시드마다 모델 하나 (예: 1,2,3), 하드 보팅과 소프트 보팅으로 결합.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="172"/>
        <source>auto (GPU when there is one)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="173"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="174"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="175"/>
        <source>none: random weights</source>
        <translation>없음: 무작위 가중치</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="176"/>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="177"/>
        <source>none: the whole frame</source>
        <translation>없음: 프레임 전체</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="178"/>
        <source>centre 256x320 (baseline&apos;s)</source>
        <translation>가운데 256x320 (베이스라인)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="179"/>
        <source>centre 208x260 (tighter)</source>
        <translation>가운데 208x260 (더 좁게)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="180"/>
        <source>Crops the centre of the 384x512 frame before resizing to the input size: 256x320 is the competition baseline&apos;s crop; the tighter 208x260 gives hair, brows and forehead lines 1.23x the pixels at the same cost.</source>
        <translation>입력 크기로 줄이기 전에 384x512 프레임의 가운데를 잘라냅니다. 256x320은 대회 베이스라인의 크롭이고, 더 좁은 208x260은 같은 비용으로 머리카락, 눈썹, 이마 주름에 1.23배의 픽셀을 줍니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="184"/>
        <source>moving average (EMA 0.999)</source>
        <translation>이동 평균 (EMA 0.999)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="185"/>
        <source>Validate and save an average of the recent weights instead of the last step&apos;s: the validation F1 climbs steadily instead of jumping from epoch to epoch.</source>
        <translation>마지막 단계의 가중치 대신 최근 가중치의 평균을 검증하고 저장합니다: 검증 F1이 에포크마다 들쭉날쭉하지 않고 꾸준히 오릅니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="188"/>
        <source>bfloat16 forward pass</source>
        <translation>bfloat16 순전파</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="189"/>
        <source>Runs the network&apos;s forward pass in 16-bit floats (weights stay 32-bit): about 1.5x the images per second for the CNNs on CPUs with AVX-512 bfloat16 and on recent GPUs, slower elsewhere (and for EfficientNet-B0 on the CPU).</source>
        <translation>신경망의 순전파를 16비트 부동소수점으로 실행합니다(가중치는 32비트 유지): AVX-512 bfloat16을 지원하는 CPU와 최신 GPU에서 CNN의 초당 이미지 수가 약 1.5배, 그 밖의 환경(및 CPU의 EfficientNet-B0)에서는 더 느립니다.</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="193"/>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="194"/>
        <source>an SSH server (GPU)</source>
        <translation>SSH 서버(GPU)</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="195"/>
        <source>a Slurm cluster</source>
        <translation>Slurm 클러스터</translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="196"/>
        <source>a command template</source>
        <translation>명령 템플릿</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ReviewPage</name>
    <message>
        <location filename="../gui/reviewpage.cpp" line="217"/>
        <source>Review queue</source>
        <translation>검토 대기열</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="218"/>
        <source>Likely label errors: A or Return accepts the suggestion, R or Delete rejects it, S or Space skips</source>
        <translation>잘못된 것으로 보이는 레이블: A나 Return은 제안 수락, R이나 Delete는 거부, S나 Space는 건너뛰기</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="220"/>
        <source>every kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="224"/>
        <source>only those left to review</source>
        <translation>검토가 남은 것만</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="225"/>
        <source>Accept (A)</source>
        <translation>수락 (A)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="227"/>
        <source>Write the suggested label to the corrections journal (undo: Ctrl+Z).</source>
        <translation>제안된 레이블을 수정 기록에 씁니다 (되돌리기: Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="228"/>
        <source>Reject (R)</source>
        <translation>거부 (R)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="229"/>
        <source>The label is right: mark the images reviewed.</source>
        <translation>레이블이 맞습니다: 이미지를 검토함으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="230"/>
        <source>Skip (S)</source>
        <translation>건너뛰기 (S)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="231"/>
        <source>Show in gallery</source>
        <translation>갤러리에 표시</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="232"/>
        <source>Find label issues</source>
        <translation>레이블 문제 찾기</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="233"/>
        <source>Trains the detector&apos;s model as a cross-fitted run (3 folds of the 128x160 CNN on the face crop, about 30 minutes for 1,200 people on two cores; see the Training view) and loads its suspects here when it ends.</source>
        <translation>탐지기의 모델을 교차 적합 실행으로 학습하고 (얼굴 잘라내기 위 128x160 CNN 3개 폴드, 코어 두 개에서 1,200명에 약 30분; 학습 보기 참고) 끝나면 그 의심 항목을 여기로 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="237"/>
        <source>Images under suspicion per given class (red: &gt;=60)</source>
        <translation>현재 클래스별 의심 이미지 수 (빨강: 60세 이상)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="249"/>
        <source>Load out-of-fold predictions with probabilities to find likely wrong labels: train with Folds 2 or more and the cross-entropy loss in the Training view (or masklens-cli train --folds K), then Show in Errors view. Label smoothing caps the confidence the person checks need.</source>
        <translation>잘못된 레이블을 찾으려면 확률이 있는 폴드 외 예측을 불러오세요: 학습 화면에서 폴드 2 이상, 교차 엔트로피 손실로 학습하고 (또는 masklens-cli train --folds K) 오류 화면에 표시하세요. 레이블 스무딩은 사람 단위 검사에 필요한 확신도를 낮춥니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="310"/>
        <source>Looking at the labels with the nearest neighbours in the run&apos;s features…</source>
        <translation>실행의 특징 공간에서 최근접 이웃으로 레이블을 살피는 중…</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="480"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="487"/>
        <source>No likely wrong labels found.</source>
        <translation>잘못된 것으로 보이는 레이블이 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="504"/>
        <source>%1: %2 (%3 accepted, %4 rejected)</source>
        <translation>%1: %2건 (수락 %3, 거부 %4)</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="509"/>
        <source>&lt;b&gt;%1 suspects, %2 left to review&lt;/b&gt; (ranked by score, from %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;의심 %1건, 검토 남음 %2건&lt;/b&gt; (점수순, %3 기준)&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="515"/>
        <source>&lt;br&gt;Gender: the run&apos;s %1 probes (labels made wrong on purpose) put the wrong genders at about %2.</source>
        <translation>&lt;br&gt;성별: 실행의 프로브 %1개(일부러 틀리게 만든 레이블)로 추정한 틀린 성별은 약 %2명입니다.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="520"/>
        <source>&lt;br&gt;The model&apos;s probabilities alone: the features beside them could not be used (%1).</source>
        <translation>&lt;br&gt;모델의 확률만 사용합니다: 옆에 있는 특징 파일을 쓸 수 없었습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="549"/>
        <source>Pick a suspect on the left.</source>
        <translation>왼쪽에서 의심 항목을 고르세요.</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="564"/>
        <source>#%1 %2 · %3: &lt;b&gt;%4&lt;/b&gt; → &lt;b&gt;%5&lt;/b&gt; · score %6 · %7</source>
        <translation>#%1 %2 · %3: &lt;b&gt;%4&lt;/b&gt; → &lt;b&gt;%5&lt;/b&gt; · 점수 %6 · %7</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="571"/>
        <source>Person %1: %2, %3 years. Evidence: %4</source>
        <translation>사람 %1: %2, %3세. 근거: %4</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="585"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="629"/>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="631"/>
        <source>cannot read
%1</source>
        <translation>읽을 수 없음
%1</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="605"/>
        <source>&lt;br&gt;model: %1 %2</source>
        <translation>&lt;br&gt;모델: %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="606"/>
        <source>&lt;br&gt;p(label) %1</source>
        <translation>&lt;br&gt;p(레이블) %1</translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="608"/>
        <source>&lt;br&gt;p(suggested) %1</source>
        <translation>&lt;br&gt;p(제안) %1</translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunCompareDialog</name>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="44"/>
        <source>Compare runs %1 and %2</source>
        <translation>실행 %1과 %2 비교</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="47"/>
        <source>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;macro F1 &lt;b&gt;%3 → %4&lt;/b&gt; (%5), &gt;=60 classes F1 &lt;b&gt;%6 → %7&lt;/b&gt; (%8); %9 images both predicted, scored against B&apos;s labels (%10 labels differ between the runs); %11 wrong → right, %12 right → wrong.</source>
        <translation>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;매크로 F1 &lt;b&gt;%3 → %4&lt;/b&gt; (%5), 60세 이상 클래스 F1 &lt;b&gt;%6 → %7&lt;/b&gt; (%8); 두 실행이 모두 예측한 이미지 %9장을 B의 레이블로 채점 (두 실행의 레이블이 다른 이미지 %10장); 오답 → 정답 %11장, 정답 → 오답 %12장.</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="66"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b22222&apos;&gt;The runs validated on different people (the split follows the labels), so they share only %1 of %2 images: train both with Folds 2 or more for out-of-fold predictions on every image.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b22222&apos;&gt;두 실행이 서로 다른 사람으로 검증했습니다 (분할이 레이블을 따릅니다). 그래서 %2장 중 %1장만 겹칩니다: 모든 이미지에 대한 폴드 외 예측을 얻으려면 두 실행 모두 폴드를 2 이상으로 학습하세요.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="74"/>
        <source>Per-class F1: A (light) and B (dark); * the &gt;=60 classes</source>
        <translation>클래스별 F1: A (밝은 색)와 B (어두운 색); * 60세 이상 클래스</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="77"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="77"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="97"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>support</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>F1 A</source>
        <translation>F1 A</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>F1 B</source>
        <translation>F1 B</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="137"/>
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="138"/>
        <source>&gt;=60 classes F1</source>
        <translation>60세 이상 클래스 F1</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="169"/>
        <source>true %1, predicted %2: A %3, B %4</source>
        <translation>정답 %1, 예측 %2: A %3, B %4</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="180"/>
        <source>B&apos;s confusion matrix minus A&apos;s (rows: true class, columns: predicted). Green: B better (more on the diagonal, fewer off it); red: worse.</source>
        <translation>B의 혼동 행렬에서 A의 것을 뺀 값 (행: 정답 클래스, 열: 예측). 초록: B가 더 좋음 (대각선은 늘고 그 밖은 줄어듦); 빨강: 더 나쁨.</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>A predicted</source>
        <translation>A 예측</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>B predicted</source>
        <translation>B 예측</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="197"/>
        <source>wrong → right</source>
        <translation>오답 → 정답</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="197"/>
        <source>right → wrong</source>
        <translation>정답 → 오답</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="217"/>
        <source>Per class</source>
        <translation>클래스별</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="218"/>
        <source>Confusion change</source>
        <translation>혼동 행렬 변화</translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="219"/>
        <source>Changed images (%1)</source>
        <translation>바뀐 이미지 (%1)</translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunMonitor</name>
    <message>
        <location filename="../gui/runmonitor.cpp" line="59"/>
        <source>Training log</source>
        <translation>학습 기록</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="60"/>
        <source>The trainer&apos;s log appears here while a run goes.</source>
        <translation>실행 중에는 학습기의 로그가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="61"/>
        <source>Loss and validation F1 per epoch</source>
        <translation>에폭별 손실과 검증 F1</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="63"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="64"/>
        <source>validation F1</source>
        <translation>검증 F1</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="66"/>
        <source>train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="67"/>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="68"/>
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="69"/>
        <source>&gt;=60 classes F1</source>
        <translation>60세 이상 클래스 F1</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="73"/>
        <location filename="../gui/runmonitor.cpp" line="91"/>
        <location filename="../gui/runmonitor.cpp" line="142"/>
        <source>not training</source>
        <translation>학습 중 아님</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="124"/>
        <source>epoch: %1 models of %2 epochs, one after another</source>
        <translation>에폭: 모델 %1개 × 에폭 %2, 차례로</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="127"/>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="142"/>
        <source>starting</source>
        <translation>시작하는 중</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="177"/>
        <source>Per-class validation F1, epoch %1 (red: &gt;=60)</source>
        <translation>클래스별 검증 F1, 에폭 %1 (빨강: 60세 이상)</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="178"/>
        <source>Per-class validation F1 (red: &gt;=60)</source>
        <translation>클래스별 검증 F1 (빨강: 60세 이상)</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="179"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="180"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="194"/>
        <source>Run %1 on %2: %3 images of %4 people, %5 model(s), input %6x%7</source>
        <translation>실행 %1 (%2): 사람 %4명의 이미지 %3장, 모델 %5개, 입력 %6x%7</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="215"/>
        <source>model %1/%2 · epoch %3/%4 · batch %5/%6</source>
        <translation>모델 %1/%2 · 에폭 %3/%4 · 배치 %5/%6</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="223"/>
        <source>%1 img/s · epoch ends in %2 · run ends in %3</source>
        <translation>초당 %1장 · 에폭 종료까지 %2 · 실행 종료까지 %3</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="226"/>
        <source>%1 img/s · epoch ends in %2</source>
        <translation>초당 %1장 · 에폭 종료까지 %2</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="252"/>
        <source>epoch %1/%2: train loss %3, val loss %4, macro F1 %5, &gt;=60 F1 %6%7</source>
        <translation>에폭 %1/%2: 학습 손실 %3, 검증 손실 %4, 매크로 F1 %5, 60세 이상 F1 %6%7</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="259"/>
        <source> (best so far)</source>
        <translation> (지금까지 최고)</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="261"/>
        <source>ensemble of %1: hard voting macro F1 %2, soft voting %3</source>
        <translation>%1개 앙상블: 하드 보팅 매크로 F1 %2, 소프트 보팅 %3</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="266"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="268"/>
        <source>cache %1, labels %2</source>
        <translation>캐시 %1, 레이블 %2</translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunsModel</name>
    <message>
        <location filename="../gui/runsmodel.cpp" line="112"/>
        <source>task %1: %2</source>
        <translation>태스크 %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="130"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="132"/>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="134"/>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="136"/>
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="138"/>
        <source>&gt;=60 F1</source>
        <translation>&gt;=60 F1</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="140"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="142"/>
        <source>duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="144"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="146"/>
        <source>where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="154"/>
        <source>ssh</source>
        <translation>ssh</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="159"/>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="160"/>
        <source>Slurm job %1 (%2/%3 done)</source>
        <translation>Slurm 작업 %1 (%2/%3 완료)</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="166"/>
        <source>command template</source>
        <translation>명령 템플릿</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="167"/>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="173"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="175"/>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="177"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="179"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
</context>
<context>
    <name>masklens::gui::SampleModel</name>
    <message>
        <location filename="../gui/samplemodel.cpp" line="102"/>
        <source>label: %1</source>
        <translation>레이블: %1</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="103"/>
        <source>predicted: %1 (%2%)</source>
        <translation>예측: %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="109"/>
        <source>%1: label %2</source>
        <translation>%1: 레이블 %2</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="111"/>
        <source>%1: label %2, predicted %3, %4</source>
        <translation>%1: 레이블 %2, 예측 %3, %4</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="114"/>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="114"/>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
</context>
<context>
    <name>masklens::gui::ShortcutsDialog</name>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="34"/>
        <location filename="../gui/shortcutsdialog.cpp" line="47"/>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="56"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="60"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="60"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="60"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
</context>
<context>
    <name>masklens::gui::SuspectsModel</name>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="40"/>
        <source>gender flip (person)</source>
        <translation>성별 뒤바뀜 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="42"/>
        <source>age band (person)</source>
        <translation>연령대 (사람)</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="44"/>
        <source>incorrect/normal swap</source>
        <translation>잘못 착용/미착용 뒤바뀜</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="46"/>
        <source>image label</source>
        <translation>이미지 레이블</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="55"/>
        <source>to review</source>
        <translation>검토 대기</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="57"/>
        <source>accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="59"/>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="61"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="143"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="145"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="147"/>
        <source>given → suggested</source>
        <translation>현재 → 제안</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="149"/>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="151"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="153"/>
        <source>person / image</source>
        <translation>사람 / 이미지</translation>
    </message>
</context>
<context>
    <name>masklens::gui::TrainingPage</name>
    <message>
        <location filename="../gui/trainingpage.cpp" line="178"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="180"/>
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="181"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="182"/>
        <source>&lt;b&gt;Runs&lt;/b&gt; (select two to compare)</source>
        <translation>&lt;b&gt;실행 목록&lt;/b&gt; (두 개를 골라 비교)</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="183"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="184"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="185"/>
        <source>Show in Errors view</source>
        <translation>오류 화면에 표시</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="186"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="241"/>
        <source>Age bands: &lt;%1, %1-%2, &gt;=%3.</source>
        <translation>나이 구간: &lt;%1, %1-%2, &gt;=%3.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="450"/>
        <source>Run %1 (%2): macro F1 %3, &gt;=60 classes F1 %4, %5, %6.</source>
        <translation>실행 %1 (%2): 매크로 F1 %3, 60세 이상 클래스 F1 %4, %5, %6.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="453"/>
        <source>%1 models x %2 epochs</source>
        <translation>모델 %1개 × 에폭 %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="454"/>
        <source>%1 epoch(s)</source>
        <translation>에폭 %1개</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="193"/>
        <source>Set the recipe and start a run; it trains on the labels as corrected.</source>
        <translation>설정을 정하고 실행을 시작하세요; 고친 레이블로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="234"/>
        <source>Trains on the original labels (no corrections yet).</source>
        <translation>원래 레이블로 학습합니다 (아직 수정 없음).</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="235"/>
        <source>Trains on the labels with the corrections applied: version %1, %2 people corrected.</source>
        <translation>수정을 반영한 레이블로 학습합니다: 버전 %1, 사람 %2명 수정됨.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="306"/>
        <source>Open a dataset first.</source>
        <translation>먼저 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="308"/>
        <source>A run is going; wait for it or cancel it first.</source>
        <translation>실행이 진행 중입니다. 끝나기를 기다리거나 먼저 취소하십시오.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="310"/>
        <source>Initial weights: %1 does not exist.</source>
        <translation>초기 가중치: %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="345"/>
        <source>Run %1: preparing the images and labels...</source>
        <translation>실행 %1: 이미지와 레이블을 준비하는 중...</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="355"/>
        <source>Stopping: the trainer saves its last checkpoint...</source>
        <translation>멈추는 중: 학습기가 마지막 체크포인트를 저장합니다...</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="395"/>
        <source>Run %1 done: macro F1 %2, &gt;=60 classes F1 %3 (%4 predictions), in %5.</source>
        <translation>실행 %1 완료: 매크로 F1 %2, 60세 이상 클래스 F1 %3 (%4 예측), 소요 %5.</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="398"/>
        <source>out-of-fold</source>
        <translation>폴드 외</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="398"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="402"/>
        <source>Run %1 stopped. %2</source>
        <translation>실행 %1 멈춤. %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="405"/>
        <source>Run %1 failed:
%2</source>
        <translation>실행 %1 실패:
%2</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="406"/>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="492"/>
        <source>Cannot compare: %1</source>
        <translation>비교할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>masklens::gui::TrainingProcess</name>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="50"/>
        <source>The run did not stop in time; killing it.</source>
        <translation>실행이 제때 멈추지 않아 강제로 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="141"/>
        <source>A run is already going.</source>
        <translation>이미 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="143"/>
        <source>Cannot find masklens-cli (looked next to this program and on PATH).</source>
        <translation>masklens-cli를 찾을 수 없습니다 (이 프로그램 옆과 PATH에서 찾았습니다).</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="145"/>
        <source>Open a dataset first.</source>
        <translation>먼저 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="161"/>
        <source>Preparing the image cache and the labels for the command template...</source>
        <translation>명령 템플릿을 위해 이미지 캐시와 레이블을 준비하는 중...</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="182"/>
        <source>Could not start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="267"/>
        <source>Stopped; the last checkpoint is saved where the trainer got to.</source>
        <translation>멈췄습니다; 학습기가 도달한 곳의 마지막 체크포인트가 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="277"/>
        <source>The trainer crashed.</source>
        <translation>학습기가 비정상 종료했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="278"/>
        <source>The trainer exited with status %1 without finishing.</source>
        <translation>학습기가 끝내지 못하고 상태 %1로 종료했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="316"/>
        <source>Running: %1</source>
        <translation>실행: %1</translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="326"/>
        <source>Stopping the run...</source>
        <translation>실행을 멈추는 중...</translation>
    </message>
</context>
<context>
    <name>masklens::gui::Workspace</name>
    <message>
        <location filename="../gui/workspace.cpp" line="43"/>
        <source>editing is off: %1</source>
        <translation>편집 꺼짐: %1</translation>
    </message>
</context>
</TS>
