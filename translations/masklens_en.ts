<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/cli.cpp" line="21"/>
        <source>write a synthetic dataset in the competition layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="23"/>
        <source>summarise a dataset: counts, imbalance, problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="25"/>
        <source>score a predictions file: per-class F1, macro F1, confusion, errors by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="28"/>
        <source>run a model over a dataset&apos;s images and write its predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="30"/>
        <source>train a model (the users&apos; recipe), printing JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="32"/>
        <source>correct labels (journaled, never losing an edit), show the log, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="35"/>
        <source>find likely wrong labels (confident learning, person-level checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="38"/>
        <source>find near-duplicate photos and people under two ids (identity leaks across folds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="41"/>
        <source>lay the images&apos; embeddings out on a 2-D map (and list each image&apos;s most similar ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="44"/>
        <source>write the competition submission (ImageID,ans), voting several predictions files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="47"/>
        <source>list training runs, compare two (per-class F1, samples changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="49"/>
        <source>model init: write an untrained checkpoint, optionally from torchvision weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="52"/>
        <source>show the LibTorch runtime: version, threads, CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="57"/>
        <source>Usage: masklens-cli &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="63"/>
        <source>
Run masklens-cli &lt;command&gt; --help for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="89"/>
        <source>masklens-cli: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="30"/>
        <source>Try &apos;%1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="39"/>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="54"/>
        <source>--%1: expected a whole number %2..%3, got &apos;%4&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="71"/>
        <source>--%1: expected a number %2..%3, got &apos;%4&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="85"/>
        <source>Age-band thresholds MIDDLE,OLD (default 30,60): ages below MIDDLE are &lt;MIDDLE, from OLD on &gt;=OLD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="108"/>
        <source>--bands: expected two ages MIDDLE,OLD with 0 &lt; MIDDLE &lt; OLD, e.g. 30,60 or 30,58; got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/cliutil.cpp" line="144"/>
        <source>%1: ... and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="39"/>
        <source>--where person=%1: no such folder in train.csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="46"/>
        <source>--where gender: expected male or female
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="53"/>
        <source>--where mask: expected wear, incorrect or normal
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="61"/>
        <source>--where %1: expected a number%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="62"/>
        <source> 0..2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="72"/>
        <source>--where: unknown key &apos;%1&apos; (person, gender, mask, age_band, age)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="90"/>
        <source>Predictions %1 on %2 (%3 split): %4 samples evaluated, %5 without a prediction

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="91"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="91"/>
        <source>eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="94"/>
        <source>  class  label                   precision  recall      F1  support
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="109"/>
        <source>  * the &gt;=%1 classes: mean F1 %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="110"/>
        <source>  Macro F1 %1   accuracy %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="111"/>
        <source>  Per attribute: mask F1 %1 (accuracy %2), gender F1 %3 (%4), age band F1 %5 (%6)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="118"/>
        <source>  Error rate by true age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="124"/>
        <source>  Error rate near the band edges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="132"/>
        <source>  Expected calibration error %1 (%2 bins)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="136"/>
        <source>
  %1 problem(s) in the predictions file:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="148"/>
        <source>Scores a predictions file against a dataset&apos;s labels (train split) or eval/truth.csv (eval split): per-class precision/recall/F1, macro F1 and accuracy as scikit-learn computes them, per-attribute scores, error rate by age, calibration.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cliutil.cpp" line="94"/>
        <source>Embeddings of the train images (predict --features, or a run&apos;s oof_features.npy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="53"/>
        <source>Finds photos that are the same photo or a near copy (a perceptual hash of each colour channel, its nearest neighbours through an hnswlib index, confirmed by the pictures&apos; thumbnails and, with --features, by their embeddings) and people who are one person under two ids (sharing copied photos, or with --features, whose embeddings sit together). Writes a,b,kind,score: a and b are image paths relative to train/images (same_image) or person folders (same_person). With --identity, also people whose faces are one face: a face identity embedding learnt from the dataset&apos;s own person folders (minutes on the CPU, kept in DIR/.masklens/identity.npy). train --group-duplicates FILE keeps each group in one fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="66"/>
        <location filename="../cli/cmd_map.cpp" line="39"/>
        <source>CSV to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="69"/>
        <source>Print the pairs and the person groups as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="72"/>
        <source>Known duplicates (a synthetic dataset&apos;s train/duplicates_truth.csv): report precision and recall of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="76"/>
        <source>Threads hashing the images (0: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="80"/>
        <source>With --features: also join two people whose mean embeddings have at least this cosine (off by default: embeddings learnt for the 18 classes do not tell people apart; use it with an embedding that does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="86"/>
        <source>Find people photographed again under a new id by their faces: learns a face identity embedding from the person folders (or reuses the one kept in DIR/.masklens/identity.npy while the photos are the same) and joins two people of the same gender and age (within a year) who are each other&apos;s nearest face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="92"/>
        <source>With --identity: how far above every person&apos;s cosine to their nearest other person two faces must sit, in robust deviations (default 2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="97"/>
        <source>With --identity: a fixed least cosine of two people&apos;s mean face embeddings instead of --identity-deviations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="102"/>
        <source>With --identity: epochs the face embedding learns for (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="111"/>
        <source>duplicates: --data DIR and --out FILE (or --json) are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="119"/>
        <source>duplicates: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="126"/>
        <location filename="../cli/cmd_duplicates.cpp" line="161"/>
        <location filename="../cli/cmd_duplicates.cpp" line="178"/>
        <location filename="../cli/cmd_duplicates.cpp" line="187"/>
        <source>duplicates: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="157"/>
        <source>duplicates: learning faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="165"/>
        <source>duplicates: faces: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="167"/>
        <source>duplicates: faces from %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="168"/>
        <source>duplicates: faces learnt in %1 s, kept in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="173"/>
        <source>duplicates: hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="181"/>
        <source>duplicates: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="191"/>
        <source>duplicates: %1 images hashed in %2 s; %3 same-image pairs, %4 people under two ids, %5 groups to keep in one fold
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="199"/>
        <source>duplicates: two faces are one person from a cosine of %1 (everyone&apos;s nearest other person: median %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="211"/>
        <source>duplicates: --truth: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="212"/>
        <source>%1 needs the columns path,duplicate_of,kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_duplicates.cpp" line="232"/>
        <source>duplicates: %1: precision %2, recall %3 (%4 of %5 found, %6 reported)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="153"/>
        <source>Predictions CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="155"/>
        <location filename="../cli/cmd_stats.cpp" line="88"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="158"/>
        <source>Only samples whose true label matches KEY=VALUE (person, gender, mask, age_band, age); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="163"/>
        <source>Score against train.csv as it is, ignoring the corrections journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="166"/>
        <source>Score against the true labels of a synthetic dataset: the generator&apos;s train/noise_truth.csv undoes its injected errors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="175"/>
        <source>evaluate: --data DIR and --pred FILE are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="184"/>
        <source>evaluate: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="194"/>
        <source>evaluate: --truth: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="201"/>
        <source>evaluate: cannot read the predictions: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="208"/>
        <source>evaluate: eval predictions need the answers: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="219"/>
        <source>evaluate: --where needs train-split predictions (eval images have no person)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="230"/>
        <source>evaluate: %1: no usable prediction rows%2; nothing to evaluate
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="232"/>
        <source> in the --where subset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_evaluate.cpp" line="251"/>
        <source>Labels: the truth from %1 (%2 labels set back)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="16"/>
        <source>Shows the LibTorch runtime MaskLens would use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="18"/>
        <source>One JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="20"/>
        <location filename="../cli/cmd_predict.cpp" line="83"/>
        <location filename="../cli/cmd_stats.cpp" line="91"/>
        <source>Threads (0: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_info.cpp" line="40"/>
        <source>LibTorch %1; %2 CUDA device(s); %3 of %4 hardware threads; --device auto picks %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="158"/>
        <source>Finds likely wrong labels from out-of-fold probabilities (masklens-cli train --folds K writes them): confident learning per image, and person-level checks (a person&apos;s seven images voting on gender and age band; swapped incorrect_mask/normal files). Writes one row per suspect: target,kind,field,given,suggested,score,evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="166"/>
        <source>Predictions with probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="167"/>
        <source>Suspects CSV to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="170"/>
        <source>Print the suspects (and scores) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="172"/>
        <source>margin (normalised margin) or self_confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="176"/>
        <source>Known errors (a synthetic dataset&apos;s train/noise_truth.csv): report precision and recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="180"/>
        <source>Ignore the corrections journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="183"/>
        <source>Lowest mean probability of the other gender or age band over a person&apos;s images for a person-level suspect (default 0.6); higher: fewer, surer suspects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="107"/>
        <source>issues: training the detector&apos;s model into %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="114"/>
        <source>issues: cannot start the trainer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="127"/>
        <source>issues: fold %1/3, epoch %2/%3: validation macro F1 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="146"/>
        <source>issues: the detector&apos;s training run failed (%1): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="188"/>
        <source>cl: the model&apos;s probabilities (confident learning and the person checks); knn: the labels of each image&apos;s nearest neighbours in feature space (other people only) instead; both: the mean of the two. knn and both need --features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="194"/>
        <source>Embeddings of the train images (default: the run&apos;s oof_features.npy or val_features.npy beside --pred, when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="199"/>
        <source>Train the detector&apos;s model first (3 folds of the 128x160 CNN on the face crop, three heads, cross-entropy; into DIR/.masklens/runs/find-TIME, progress on stderr), then look with its out-of-fold predictions and features (--method both unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="204"/>
        <source>Epochs of that run (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="208"/>
        <source>mask (default): image-level suspects only about an image&apos;s mask state; gender and age band belong to the person and are judged over its seven images by the person checks. all: also an image read alone as the other gender or band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="214"/>
        <source>The training fit of the run that made --pred (default: its train_fit.csv, when there is one): a person-level suspect then also needs the run&apos;s models to have fitted the person&apos;s label badly while training on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="219"/>
        <source>Look without the training fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="222"/>
        <source>Highest mean training fit of a person&apos;s label (the probability the models gave it while training on the person) for a person-level suspect (default: the upper Tukey fence of the fits of the run&apos;s probes, labels made wrong on purpose; none without probes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="244"/>
        <source>issues: --data DIR, --pred FILE (or --find) and --out FILE (or --json) are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="258"/>
        <source>--method: expected cl, knn or both
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="265"/>
        <source>--ranking: expected margin or self_confidence
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="269"/>
        <source>--image-suspects: expected mask or all
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="276"/>
        <source>--person-threshold: expected a probability from 0.5 to 1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="229"/>
        <source>How a person&apos;s gender is judged with the run&apos;s training fit. flag (default): confident learning&apos;s flag and --person-threshold, the fit ranking the suspects. fence: also a fit below the probes&apos; fence (or --fit-threshold). cut: p(other) x (1 - fit) reaching the cut where the F1 the probes estimate peaks. Either way the probes&apos; estimate is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="291"/>
        <source>--gender-rule: expected flag, fence or cut
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="295"/>
        <source>issues: --fit and --no-fit exclude each other
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="300"/>
        <source>issues: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="322"/>
        <source>issues: %1: no row with usable class probabilities; nothing to look for label issues in
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="346"/>
        <source>issues: --method %1 needs --features FILE (predict --features, or a training run&apos;s oof_features.npy)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="465"/>
        <source>%1: MaskLens precision %2 recall %3 (%4 suspects, %5 of %6 true errors); baseline &apos;prediction differs&apos; precision %7 recall %8 (%9 suspects)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="479"/>
        <source>%1  down the ranking, recall 0.8 is reached at precision %2 (the first %3 suspects, scores &gt;= %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="516"/>
        <source>; queue %1 suspects, %2 on a person with a true error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="535"/>
        <source>method %1 (precision/recall):%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="547"/>
        <source>without the training fit (precision/recall):%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="607"/>
        <source>gender: the run&apos;s %1 probes put the wrong genders at about %2; %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="590"/>
        <source>a person is a suspect from score %1 (p(other) x (1 - fit)), this cut&apos;s recall about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="596"/>
        <source>judged by confident learning&apos;s flag and a fit below %1 (--gender-rule cut: from score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="602"/>
        <source>judged by confident learning&apos;s flag (--gender-rule cut: from score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="616"/>
        <source>%1 suspects (%2) in %3 ms%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_issues.cpp" line="620"/>
        <source>; wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="39"/>
        <source>Label corrections, kept in DIR/.masklens/corrections.jsonl (train.csv is never changed):
  labels set --data DIR --person FOLDER [--gender male|female] [--age N]
  labels set --data DIR --image FOLDER/FILE [--mask wear|incorrect|normal] [--exclude|--include] [--reviewed]
  labels log --data DIR [--json]
  labels export --data DIR --out FILE [--report FILE]
set exits 0 only once the correction is on disk (fsync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="47"/>
        <source>set, log or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="50"/>
        <source>A person&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="52"/>
        <source>An image, FOLDER/FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="54"/>
        <source>male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="56"/>
        <source>Age in years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="58"/>
        <source>wear, incorrect or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="61"/>
        <source>Leave the image out of training and metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="63"/>
        <source>Take an excluded image back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="65"/>
        <source>Mark the image as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="66"/>
        <source>Why (kept in the journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="68"/>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="69"/>
        <source>Corrected train.csv to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="72"/>
        <source>Changes report (CSV) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="83"/>
        <source>labels: expected set, log or export with --data DIR; try --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="88"/>
        <source>labels: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="93"/>
        <location filename="../cli/cmd_labels.cpp" line="97"/>
        <location filename="../cli/cmd_labels.cpp" line="125"/>
        <location filename="../cli/cmd_labels.cpp" line="130"/>
        <source>labels: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="108"/>
        <source>%1 correction(s) in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="121"/>
        <source>labels export: --out FILE is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="133"/>
        <source>Wrote %1 with %2 correction(s) applied
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="143"/>
        <source>labels set: give either --person FOLDER or --image FOLDER/FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="164"/>
        <source>labels set: nothing to set (--gender/--age for a person; --mask/--exclude/--include/--reviewed for an image)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="174"/>
        <source>labels set: %1 (nothing was saved)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_labels.cpp" line="181"/>
        <source>saved: %1 %2: %3 -&gt; %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="24"/>
        <source>model init: writes an untrained MaskLens checkpoint, optionally starting from torchvision weights (scripts/export_torchvision_weights.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="26"/>
        <source>The action (only init for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="28"/>
        <source>efficientnet_b0, small or medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="31"/>
        <source>classes18, three_heads or three_heads_age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="33"/>
        <source>Input size WxH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="36"/>
        <source>Starting weights (a torch.save&apos;d dict of tensors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="38"/>
        <source>Checkpoint to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="46"/>
        <source>usage: masklens-cli model init --out FILE [--arch A] [--outputs L] [--size WxH] [--init FILE]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="61"/>
        <source>model init: --arch efficientnet_b0|small|medium, --outputs classes18|three_heads|three_heads_age, --size WxH
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="72"/>
        <source>model init: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="75"/>
        <source>Wrote %1 (%2, %3, %4x%5)%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_model.cpp" line="80"/>
        <source>, %1 tensors from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="53"/>
        <source>Runs a model (a MaskLens checkpoint, or a TorchScript file with its preprocessing from a sidecar JSON or these options) over a dataset&apos;s images and writes the predictions file with all 18 probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="58"/>
        <source>Model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="60"/>
        <source>Predictions CSV to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="62"/>
        <source>train or eval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="65"/>
        <source>Input size WxH (default: the model&apos;s, else 224x224).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="68"/>
        <source>Normalisation mean r,g,b (default ImageNet&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="71"/>
        <source>Normalisation std r,g,b (default ImageNet&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="75"/>
        <source>Crop the centre face region first (256x320 of 384x512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="77"/>
        <source>A face crop of another size in the 384x512 frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="80"/>
        <source>Images per batch (0: 4 on CPU, 64 on CUDA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="87"/>
        <source>Threads decoding the next batch while the model runs (0: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="91"/>
        <source>channels-last (faster convolutions on CPU) or contiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="93"/>
        <source>auto, cpu or cuda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="97"/>
        <source>Test-time augmentation: flip (the mean of each image&apos;s and its mirror image&apos;s probabilities, twice the time) or none (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="102"/>
        <source>fp32 (the default: PyTorch&apos;s answers), bf16 (the forward pass in bfloat16: faster on CPUs with AVX-512 BF16 and on GPUs, answers move slightly) or auto (bf16 where the CPU has it natively or on CUDA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="108"/>
        <source>Also write each image&apos;s embedding (the network&apos;s penultimate layer, float32) to FILE.npy, rows in the order of the predictions file, with FILE.npy.json saying whose they are. MaskLens checkpoints only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="119"/>
        <source>predict: --data DIR, --model FILE and --out FILE are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="124"/>
        <source>--split: expected train or eval
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="132"/>
        <source>--device: expected auto, cpu or cuda
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="135"/>
        <source>--tta: expected flip or none
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="138"/>
        <source>--precision: expected fp32, bf16 or auto
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="165"/>
        <source>--size: expected WxH such as 224x224
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="170"/>
        <source>--mean: expected three numbers r,g,b
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="174"/>
        <source>--std: expected three numbers r,g,b above 0
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="182"/>
        <source>--crop: expected WxH within the 384x512 frame, such as 208x260
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="191"/>
        <source>predict: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="210"/>
        <source>predict: %1 (%2 outputs), %3x%4, on %5%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="216"/>
        <source>, with test-time flips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="220"/>
        <source>predict: --features: %1 is a TorchScript model, which does not expose its penultimate layer; use a MaskLens checkpoint (.mlck)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="240"/>
        <source>predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="279"/>
        <source>predict: wrote %1 (%2 images x %3 features)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="284"/>
        <source>predict: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="285"/>
        <source>predict: %1 images in %2 s (%3 images/s), %4 skipped; wrote %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_predict.cpp" line="293"/>
        <source>predict: the model gave no finite scores for %1 of %2 images; check the model and its --mean/--std
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="55"/>
        <source>runs list: expected one folder (try --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="61"/>
        <source>runs list: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="70"/>
        <source>no training runs in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="74"/>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="74"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="75"/>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="75"/>
        <location filename="../cli/cmd_runs.cpp" line="137"/>
        <source>macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="76"/>
        <source>&gt;=60 F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="76"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="77"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="77"/>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="78"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="101"/>
        <source>runs compare: expected two run folders (try --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="106"/>
        <source>runs compare: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="113"/>
        <source>A: %1
B: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="114"/>
        <source>%1 images predicted by both (A only %2, B only %3), scored against B&apos;s labels; %4 labels differ between the runs

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="121"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="121"/>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="122"/>
        <source>F1 A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="122"/>
        <source>F1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="123"/>
        <source>B - A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="145"/>
        <source>&gt;=60 classes F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="158"/>
        <source>  ... %1 more (--limit N, or --json for all)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="160"/>
        <source>wrong in A, right in B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="161"/>
        <source>right in A, wrong in B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="184"/>
        <source>runs: --limit: expected a number &gt;= 0
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="188"/>
        <source>runs: unknown option %1 (try --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_runs.cpp" line="203"/>
        <source>runs: unknown subcommand &apos;%1&apos;: expected list or compare
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="25"/>
        <source>Dataset %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="26"/>
        <source>  %1 people, %2 images; %3 eval images

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="30"/>
        <source>  class  label                  images
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="41"/>
        <source>  * the &gt;=%1 classes: rare, and the ones models get wrong most

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="44"/>
        <source>  Imbalance: class %1 has %2 images, class %3 has %4: %5 : 1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="50"/>
        <source>  Mask state (images): wear %1, incorrect %2, not worn %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="54"/>
        <source>  Gender (people): male %1, female %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="57"/>
        <source>  Age band (people): %1 %2, %3 %4, %5 %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="65"/>
        <source>  Ages %1..%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="70"/>
        <source>  No problems found.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="72"/>
        <source>  %1 problem(s):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="84"/>
        <source>Summarises a dataset in the competition layout: people, images, per-class and per-attribute counts, the imbalance, and every problem found while loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="87"/>
        <source>Dataset folder (holds train/ and eval/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="90"/>
        <source>Decode every image and report those that fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="98"/>
        <source>stats: expected one dataset folder; try --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="109"/>
        <source>checking images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="109"/>
        <source>indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_stats.cpp" line="115"/>
        <source>stats: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="18"/>
        <source>Writes a synthetic mask dataset in the competition layout (train/train.csv, train/images/, eval/info.csv, eval/images/), with injected label errors listed in train/noise_truth.csv and eval answers in eval/truth.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="23"/>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="26"/>
        <source>Training people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="29"/>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="33"/>
        <source>Fraction of people given a wrong label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="37"/>
        <source>Held-out people (default: two thirds of --people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="41"/>
        <source>Worker threads (0: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="45"/>
        <source>Replace train/ and eval/ in a non-empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="48"/>
        <source>N people photographed again under a new id (same face; new pose, light and background) and N single photos copied with small changes into another person&apos;s folder; the truth in train/duplicates_truth.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="59"/>
        <source>synth: --out DIR is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="70"/>
        <source>--seed: expected a whole number &gt;= 0
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="85"/>
        <source>synth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="92"/>
        <source>Wrote %1 people (%2 images) and %3 eval images to %4 in %5 s; %6 people carry injected label errors (train/noise_truth.csv).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_synth.cpp" line="102"/>
        <source>%1 duplicates (people again under new ids, photos copied into other people&apos;s folders): train/duplicates_truth.csv.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="112"/>
        <source>train: --labels: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="118"/>
        <source>train: --labels %1: expected the header id,gender,race,age,path
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="128"/>
        <source>train: %1:%2: unknown folder or bad gender/age; row ignored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="159"/>
        <source>train: %1 needs a value (try --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="229"/>
        <source>train: %1 (try --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="236"/>
        <source>train: --launcher: expected local, ssh or slurm
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="243"/>
        <source>train: --port: expected 1..65535
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="251"/>
        <source>train: --gpus-per-task: expected 0..64
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="259"/>
        <source>train: --tasks-per-model: expected 1..4096
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="268"/>
        <source>train: --processes: expected 1..256
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="272"/>
        <source>train: --processes is for this computer; on a Slurm cluster use --tasks-per-model
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="280"/>
        <source>train: --time: expected a Slurm time limit such as 04:00:00 or 1-00:00:00
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="285"/>
        <source>train: --launcher ssh needs --host [USER@]HOST
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="340"/>
        <source>train: --resume over ssh: no host in run.json; give --host
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="352"/>
        <source>train: --data DIR and --out RUNDIR are required (try --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="357"/>
        <source>train: --bands: expected MIDDLE,OLD with 0 &lt; MIDDLE &lt; OLD
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="376"/>
        <source>train: --size: expected WxH such as 224x224
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="383"/>
        <source>train: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="395"/>
        <source>image cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="412"/>
        <source>train: left out %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="413"/>
        <source>train: image cache %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="414"/>
        <source>reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="414"/>
        <source>built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="417"/>
        <source>train: cannot create %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="426"/>
        <source>train: --group-duplicates: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="441"/>
        <source>train: %1 people in %2 groups of duplicates kept in one fold each
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_train.cpp" line="445"/>
        <source>train: --group-duplicates: %1 folders of %2 are not in this dataset
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="55"/>
        <source>Eval predictions (ImageID,pred[,prob_0..17]); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="68"/>
        <source>Submission CSV to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="47"/>
        <source>Writes the competition&apos;s submission: eval/info.csv&apos;s rows in its order with ans filled, from one predictions file or several, or from the models of training runs (hard voting; a tie goes to the class with the largest summed probability). Refuses when an eval image has no prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="59"/>
        <source>A training run: each of its models (one per fold and seed) predicts the eval images and votes; repeatable, and may be combined with --pred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="63"/>
        <source>For --run: auto, cpu or cuda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="66"/>
        <source>For --run: threads (0: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="76"/>
        <source>submit: --data DIR, --pred FILE or --run RUNDIR (one or more) and --out FILE are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="84"/>
        <source>submit: --device is auto, cpu or cuda and --threads a count
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="91"/>
        <source>submit: %1 holds no trained model (best.mlck)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="98"/>
        <source>submit: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="102"/>
        <source>submit: %1 has no eval images (eval/info.csv)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="109"/>
        <location filename="../cli/cmd_submit.cpp" line="125"/>
        <location filename="../cli/cmd_submit.cpp" line="133"/>
        <location filename="../cli/cmd_submit.cpp" line="146"/>
        <location filename="../cli/cmd_submit.cpp" line="150"/>
        <source>submit: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="129"/>
        <source>submit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_submit.cpp" line="153"/>
        <source>Wrote %1: %2 eval images from %3 file(s); %4 unanimous, %5 ties broken by probability
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="31"/>
        <source>Lays the images&apos; embeddings out in two dimensions (PCA, an hnswlib neighbour graph, then a UMAP-style layout; one seed gives one map), cached in the dataset&apos;s .masklens/maps folder, and writes path,x,y,neighbours: each train image&apos;s place on the map and its nearest images (similar images), separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="41"/>
        <source>Layout seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="44"/>
        <source>Neighbours per image (2-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="48"/>
        <source>Layout epochs (0: 500 under 10,000 images, 200 from there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="51"/>
        <source>Compute the map even when a cached one matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="54"/>
        <source>Also measure how many of each image&apos;s 15 nearest in the features stay among its 15 nearest on the map (1,000 images; all pairs, slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="62"/>
        <source>map: --data DIR, --features FILE and --out FILE are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="72"/>
        <source>map: cannot read the dataset: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="78"/>
        <location filename="../cli/cmd_map.cpp" line="91"/>
        <location filename="../cli/cmd_map.cpp" line="108"/>
        <source>map: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="85"/>
        <source>map: laying out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="112"/>
        <source>map: %1 images, from the cache
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="114"/>
        <source>map: %1 images laid out in %2 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/cmd_map.cpp" line="118"/>
        <source>map: neighbourhood kept %1 (15 nearest, 1,000 images)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../analysis/csv.cpp" line="106"/>
        <source>a quoted field is never closed; row dropped, reading goes on at the next line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/csv.cpp" line="126"/>
        <source>expected %1 fields (%2) but found %3; row dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/csv.cpp" line="140"/>
        <source>%n more problem(s) of this file not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/csv.cpp" line="144"/>
        <source>empty file: no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../analysis/dataset.cpp" line="106"/>
        <source>empty path; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="111"/>
        <source>path &apos;%1&apos; is not a folder name; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="117"/>
        <source>path &apos;%1&apos; already listed on line %2; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="123"/>
        <source>unknown gender &apos;%1&apos; (expected male or female); row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="131"/>
        <source>bad age &apos;%1&apos; (expected a whole number of years, %2..%3); row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="156"/>
        <source>image folder not found or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="170"/>
        <source>folder %1 not found; person has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="178"/>
        <source>cannot read the folder: %1; the person has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="187"/>
        <source>not a regular file (a pipe, device, socket or broken link); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="203"/>
        <source>second file for %1 (already have %2); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="213"/>
        <source>missing image %1 (.jpg, .jpeg or .png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="226"/>
        <source>folder not listed in train.csv; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="246"/>
        <source>no ImageID column (expected ImageID,ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="258"/>
        <source>empty ImageID; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="266"/>
        <source>ImageID &apos;%1&apos; is not a file name inside %2; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="273"/>
        <source>ImageID %1 listed twice; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="284"/>
        <source>ans &apos;%1&apos; is not a class 0..17; read as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="292"/>
        <source>image %1 not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="373"/>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="379"/>
        <source> (a MaskLens dataset has train/train.csv with header id,gender,race,age,path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="388"/>
        <source>header lacks column(s) %1 (expected id,gender,race,age,path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="393"/>
        <location filename="../analysis/dataset.cpp" line="421"/>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/dataset.cpp" line="402"/>
        <source>%n more problem(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="434"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="445"/>
        <source>truncated JPEG (no end-of-image marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="452"/>
        <source>cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/dataset.cpp" line="455"/>
        <source>cannot decode (not a JPEG or PNG image, or corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="27"/>
        <source>wear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="28"/>
        <source>incorrect</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="29"/>
        <source>not worn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="31"/>
        <source>M</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="32"/>
        <source>F</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../analysis/duplicates.cpp" line="152"/>
        <source>holds features of other images than this dataset&apos;s train images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="160"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="166"/>
        <source>cannot be read as an image; not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="378"/>
        <source>expected the columns a,b,kind (masklens-cli duplicates) or path,duplicate_of,kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="391"/>
        <source>kind must be same_image or same_person, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/duplicates.cpp" line="396"/>
        <source>a row without two paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../analysis/features.cpp" line="60"/>
        <source>%1 values are not %2 images x %3 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="96"/>
        <source>holds rows without features (width 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="105"/>
        <source>not a MaskLens features description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="109"/>
        <source>holds features of the %1 images, not the %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="114"/>
        <source>does not match its description %1 (%2 x %3 there): a file replaced or cut short?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="127"/>
        <source>holds %1 rows, but the dataset has %2 %3 images: features of another dataset, or a file cut short?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="135"/>
        <source>holds features of other images than this dataset&apos;s (another dataset, or its images listed in another order); compute them again with masklens-cli predict --features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="145"/>
        <source>rows_follow is for train-image features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="152"/>
        <source>has no path column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="155"/>
        <source>holds %1 rows, but %2 lists %3 images: one of them was replaced or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="179"/>
        <source>%1 is not an image of this dataset: features of another dataset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/features.cpp" line="216"/>
        <source>holds the embeddings of %1, but %2 holds the predictions of %3: compute both with one model (masklens-cli predict --model M --features FILE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageHeader</name>
    <message>
        <location filename="../analysis/imageheader.cpp" line="74"/>
        <source>the file is %1 MB; images above %2 MB are not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/imageheader.cpp" line="82"/>
        <source>the header declares a %1x%2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/imageheader.cpp" line="87"/>
        <source>the header declares %1x%2 pixels; images above %3 megapixels or %4 pixels a side are not decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <location filename="../model/imagepipeline.cpp" line="100"/>
        <source>cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/imagepipeline.cpp" line="104"/>
        <source>cannot decode (not a JPEG or PNG image, or corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <location filename="../model/inference.cpp" line="83"/>
        <source>a TorchScript model does not expose its penultimate layer; features need a MaskLens checkpoint (.mlck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/inference.cpp" line="127"/>
        <source>the model&apos;s output is NaN or infinite for this image (a diverged model, or a std of 0 in the preprocessing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/inference.cpp" line="145"/>
        <source>prediction cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelIssues</name>
    <message>
        <location filename="../analysis/labelissues.cpp" line="161"/>
        <source>finding label issues needs class probabilities for the training images (out-of-fold: masklens-cli train --folds K writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="198"/>
        <source>p(given %1) = %2, p(suggested %3) = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="265"/>
        <source>; while training on them the models gave %1 %2 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="319"/>
        <source>%1 images: mean p(%2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="338"/>
        <source>%1 images: mean p(%2) = %3 (age %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelissues.cpp" line="370"/>
        <source>%1 read as %2 (p %3), %4 read as %5 (p %6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <location filename="../analysis/labelstore.cpp" line="63"/>
        <source>gender must be male or female, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="69"/>
        <source>age must be a whole number of years from %1 to %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="77"/>
        <source>mask must be wear, incorrect or normal, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="83"/>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="138"/>
        <source>is a symbolic link; MaskLens keeps its corrections only in a real file inside the dataset (remove the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="142"/>
        <source>cannot create the folder for the corrections journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="153"/>
        <source>this dataset is open for editing in another MaskLens (%1, process %2 on %3); close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="155"/>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="157"/>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="161"/>
        <source>this dataset is locked for editing, but the lock file names no program; if no other MaskLens has it open, delete the lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="166"/>
        <source>cannot take the editing lock (no permission to write in %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="195"/>
        <source>the last entry was cut short (a crash while saving?); it was dropped, everything before it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="207"/>
        <source>not a journal entry; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="226"/>
        <source>unknown field &apos;%1&apos;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="233"/>
        <source>the entry has no valid sequence number; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="240"/>
        <source>&apos;%1&apos; is not in this dataset; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="246"/>
        <source>; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="252"/>
        <source>sequence number %1 does not follow %2 (entries copied in from another journal?); applied in file order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/labelstore.cpp" line="262"/>
        <source>%n more problem(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="272"/>
        <source>cannot repair the corrections journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="337"/>
        <source>the labels are open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="352"/>
        <source>no person folder &apos;%1&apos; in train.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="363"/>
        <source>no image &apos;%1&apos; in this dataset (expected FOLDER/FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/labelstore.cpp" line="403"/>
        <source>the correction could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <location filename="../analysis/maplayout.cpp" line="158"/>
        <source>%1 of %2 images have features: too few to lay out a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="165"/>
        <source>making the map was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="419"/>
        <source>is not a map of these features (another format or another key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="423"/>
        <source>is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="429"/>
        <source>holds a map of %1 images, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="432"/>
        <source>is cut short or has bytes to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/maplayout.cpp" line="445"/>
        <source>names an image outside the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourVote</name>
    <message>
        <location filename="../analysis/neighbourvote.cpp" line="41"/>
        <source>holds features of other images than this dataset&apos;s train images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <location filename="../analysis/predictions.cpp" line="72"/>
        <source>%1 probability %2 is outside 0..1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="76"/>
        <source>%1 probabilities sum to %2, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="125"/>
        <source>probability columns incomplete: missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="129"/>
        <source>a three-head file needs mask_prob_0..2, gender_prob_0..1 and age_prob_0..2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="133"/>
        <source>expected a header path,pred[,prob_0..prob_17] or ImageID,pred (or ImageID,ans), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="158"/>
        <source>unknown image &apos;%1&apos; (not in train.csv&apos;s folders); row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="160"/>
        <source>unknown ImageID &apos;%1&apos; (not in eval/info.csv); row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="164"/>
        <source>&apos;%1&apos; already predicted on line %2; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="181"/>
        <source>a probability is NaN or infinite (the model&apos;s output is broken); row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="187"/>
        <source>a probability is not a number; probabilities ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="188"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="190"/>
        <location filename="../analysis/predictions.cpp" line="205"/>
        <source>; probabilities ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="200"/>
        <source>a probability is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="201"/>
        <source>mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="202"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="203"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="220"/>
        <source>class &apos;%1&apos; is not in 0..17; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="232"/>
        <source>no usable class or probabilities; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/predictions.cpp" line="289"/>
        <source>expected the header ImageID,ans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteRun</name>
    <message>
        <location filename="../cli/launchtools.cpp" line="47"/>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/launchtools.cpp" line="56"/>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/remoterun.cpp" line="93"/>
        <source>train: cannot update run.json: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="89"/>
        <source>%1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="204"/>
        <location filename="../cli/sshlauncher.cpp" line="91"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="100"/>
        <source>creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="109"/>
        <source>stopping an earlier trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="111"/>
        <source>train: sending the image cache and labels to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="114"/>
        <source>sending the image cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="118"/>
        <source>sending samples.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="129"/>
        <source>sending the initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="139"/>
        <source>sending the run&apos;s checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="144"/>
        <source>writing config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="176"/>
        <source>cannot run ssh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="220"/>
        <source>train: stopping the trainer on %1 (it saves its checkpoint)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="240"/>
        <source>copying the run&apos;s files back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="244"/>
        <source>the connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/sshlauncher.cpp" line="246"/>
        <source>ssh exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="135"/>
        <source>train: warning: %1 is in a folder the cluster&apos;s nodes do not share (/tmp and the like are each machine&apos;s own); on a cluster of more than this machine use shared storage (home, /scratch, NFS) for the run and --cache-dir
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="147"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="203"/>
        <source>sbatch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="242"/>
        <source>train: cancelling job %1 (its running tasks save their checkpoints)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="281"/>
        <source>job %1 cancelled; --resume resubmits the unfinished tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="292"/>
        <source>task %1 of job %2 ended %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/slurmlauncher.cpp" line="295"/>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="60"/>
        <source>was killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="61"/>
        <source>exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="111"/>
        <source>cannot make a pipe for rank 0: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="135"/>
        <source>cannot start rank %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="193"/>
        <source>rank %1 of %2 %3; the other processes were stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/localprocesses.cpp" line="201"/>
        <source>rank %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../analysis/runs.cpp" line="61"/>
        <source>expected the columns path and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="134"/>
        <source>the trainer ended without a result (process %1 is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="137"/>
        <source>the trainer ended without a result (no heartbeat from %1 since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="219"/>
        <source>the trainer crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="220"/>
        <source>the trainer exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="246"/>
        <source>not a training run (no config.json or run.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/runs.cpp" line="406"/>
        <source>has no predictions yet (oof_predictions.csv or val_predictions.csv): a run writes them when it finishes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../analysis/safefile.cpp" line="53"/>
        <source>is a symbolic link; MaskLens does not follow links for the files it keeps (remove the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="56"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="57"/>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="92"/>
        <location filename="../analysis/safefile.cpp" line="97"/>
        <location filename="../analysis/safefile.cpp" line="106"/>
        <location filename="../analysis/safefile.cpp" line="129"/>
        <location filename="../analysis/safefile.cpp" line="164"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="150"/>
        <source>cannot open for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="179"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="189"/>
        <source>is too large (%1 MB; at most %2 MB are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/safefile.cpp" line="203"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../gui/sessionlog.cpp" line="90"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sessionlog.cpp" line="106"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../gui/settings.cpp" line="210"/>
        <source>Name the SSH server ([user@]host) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/settings.cpp" line="212"/>
        <source>Write the command template first (see the README), or run on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../analysis/submission.cpp" line="27"/>
        <source>no predictions to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/submission.cpp" line="31"/>
        <source>not predictions for eval/info.csv&apos;s images (expected the header ImageID,pred or ImageID,ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/submission.cpp" line="50"/>
        <source>no prediction for %1 in any file; a submission needs every eval image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synth</name>
    <message>
        <location filename="../analysis/synth.cpp" line="582"/>
        <source>output folder is not empty; choose a new folder or overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="590"/>
        <source>cannot create folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="593"/>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="651"/>
        <source>generation cancelled; the folder is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="654"/>
        <source>could not write %1 image(s), the first being this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="734"/>
        <source>expected the header path,kind,given,true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="745"/>
        <source>no image %1 in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="747"/>
        <source>&apos;%1&apos; is not a mask state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="755"/>
        <source>no person folder %1 in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="760"/>
        <source>&apos;%1&apos; is not a gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="767"/>
        <source>&apos;%1&apos; is not an age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/synth.cpp" line="771"/>
        <source>unknown kind &apos;%1&apos; (gender_flip, mask_swap, age_shift)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCache</name>
    <message>
        <location filename="../model/trainingcache.cpp" line="62"/>
        <source>cannot create the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="87"/>
        <source>could not be decoded when the cache was built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="115"/>
        <source>cannot map the cache for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="137"/>
        <source>building the image cache was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/trainingcache.cpp" line="150"/>
        <source>cannot move the finished cache into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../gui/workbench.cpp" line="24"/>
        <source>MaskLens: browse a mask dataset&apos;s imbalance, inspect a model&apos;s errors class by class, correct wrong labels, and retrain.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="30"/>
        <source>Dataset folder to open.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="34"/>
        <source>Render each view to DIR/&lt;view&gt;.png and exit.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="38"/>
        <source>Interface language: en or ko (default: system).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="42"/>
        <source>Predictions file to load with the dataset.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="46"/>
        <source>Model (checkpoint or TorchScript) to run over the dataset once it has loaded.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/workbench.cpp" line="52"/>
        <source>Features of the train images to lay out on the Map view (predict --features, or a run&apos;s oof_features.npy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::analysis::TrainingFit</name>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="53"/>
        <source>no &quot;%1&quot; column (expected path,trained,gender,age_band,mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="65"/>
        <source>&quot;%1&quot; is not a train image of this dataset: the training fit of another dataset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="70"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="77"/>
        <source>%1: expected a probability from 0 to 1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="85"/>
        <source>no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="94"/>
        <source>larger than 1 MB: not a training fit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="99"/>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="105"/>
        <source>middle_from and old_from: expected two ages, the first lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="110"/>
        <source>probe_fits: expected an array of probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="115"/>
        <source>probe_fits[%1]: expected a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="121"/>
        <source>probes: expected an array of {person, fit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="131"/>
        <source>probes[%1]: expected a person folder and a fit from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="135"/>
        <source>probes[%1]: &quot;%2&quot; is not a person of this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/trainingfit.cpp" line="141"/>
        <source>probes[%1]: &quot;%2&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::ChartWidget</name>
    <message>
        <location filename="../gui/chartwidget.cpp" line="19"/>
        <source>Save chart as PNG or PDF…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="118"/>
        <source>Could not write %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="127"/>
        <location filename="../gui/chartwidget.cpp" line="133"/>
        <source>Save chart</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/chartwidget.cpp" line="128"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::CorrectionsModel</name>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="71"/>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="73"/>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="75"/>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="77"/>
        <source>Person or image</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="79"/>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="81"/>
        <source>Was</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="83"/>
        <source>Now</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/correctionsmodel.cpp" line="85"/>
        <source>Note</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::CorrectionsPanel</name>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="54"/>
        <source>Filter corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="55"/>
        <source>Filter corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="56"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/correctionspanel.cpp" line="57"/>
        <source>Revert selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::DatasetJobs</name>
    <message>
        <location filename="../gui/datasetjobs.cpp" line="147"/>
        <source>eval-image predictions need the answers in eval/truth.csv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/datasetjobs.cpp" line="206"/>
        <source>%1 (run in MaskLens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::DatasetPage</name>
    <message>
        <location filename="../gui/datasetpage.cpp" line="173"/>
        <source>Age bands start at</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="174"/>
        <source>First age of the middle band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="175"/>
        <source>First age of the old band (teams moved it to 58 or 59)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="177"/>
        <source>First age of the old band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="179"/>
        <source>Gender and age counted in</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="180"/>
        <location filename="../gui/datasetpage.cpp" line="330"/>
        <source>people</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="181"/>
        <location filename="../gui/datasetpage.cpp" line="267"/>
        <source>images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="188"/>
        <source>Open a dataset folder (File ▸ Open, or drop it here).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="198"/>
        <source>%1 people · %2 images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="200"/>
        <source> · %1 eval images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="202"/>
        <source> · imbalance %1 : 1 (class %2 has %3 images, class %4 has %5)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>Mask state (images)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>wear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>incorrect</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="213"/>
        <source>not worn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="216"/>
        <source>Gender (images)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="216"/>
        <source>Gender (people)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="217"/>
        <source>male</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="217"/>
        <source>female</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="219"/>
        <source>Age band (images)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="219"/>
        <source>Age band (people)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="232"/>
        <source>Images per class (the &gt;=%1 classes in red)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="235"/>
        <source>class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="236"/>
        <source>&gt;=%1 class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="308"/>
        <source>People per age, with the band thresholds</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="328"/>
        <source>age</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/datasetpage.cpp" line="340"/>
        <source>%1 ▸</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::ErrorsPage</name>
    <message>
        <location filename="../gui/errorspage.cpp" line="117"/>
        <source>%1 (bfloat16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="137"/>
        <source>Row-normalise the confusion matrix (each true class sums to 100%)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="148"/>
        <source>Load predictions (File ▸ Load Predictions…) or run a model to see its errors.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="157"/>
        <source>Macro F1 %1 · accuracy %2% · &gt;=%3 classes F1 %4 · %5 images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="163"/>
        <source> (%1 without a prediction)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="164"/>
        <source>Per attribute F1: mask %1, gender %2, age band %3 · error rate by age band: %4 %5%, %6 %7%, %8 %9% · %10</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="186"/>
        <source>Per class: precision, recall and F1 (* the &gt;=%1 classes; n = support)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="191"/>
        <source>precision</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="191"/>
        <source>recall</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="191"/>
        <source>F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="236"/>
        <source>Confusion matrix, share of each true class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="237"/>
        <source>Confusion matrix (rows: label, columns: predicted)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="238"/>
        <source>wear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="238"/>
        <source>incorrect</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="238"/>
        <source>not worn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="239"/>
        <source>Mask state</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="240"/>
        <source>male</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="240"/>
        <source>female</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="240"/>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="244"/>
        <source>Age band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="308"/>
        <source>predicted</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="309"/>
        <source>label</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="320"/>
        <source>Error rate by exact age (bands: %1, %2, %3)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="339"/>
        <source>age</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/errorspage.cpp" line="340"/>
        <source>error rate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::GalleryPage</name>
    <message>
        <location filename="../gui/gallerypage.cpp" line="173"/>
        <location filename="../gui/gallerypage.cpp" line="176"/>
        <source>Export samples</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="173"/>
        <source>CSV file (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="194"/>
        <source>(the image cannot be decoded)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="208"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="209"/>
        <source>Each image with its label, the model&apos;s prediction, and whether the prediction is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="211"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="212"/>
        <source>Predicted</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="213"/>
        <location filename="../gui/gallerypage.cpp" line="214"/>
        <source>any</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="215"/>
        <source>right and wrong</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="216"/>
        <source>right only</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="217"/>
        <source>wrong only</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="218"/>
        <source>&gt;=60 focus</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="220"/>
        <source>Only the mistakes on the rare &gt;=60 classes (2, 5, 8, 11, 14, 17): their images predicted wrong, and images wrongly predicted as one of them</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="222"/>
        <source>Sort</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="223"/>
        <source>dataset order</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="224"/>
        <source>least confident first</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="225"/>
        <source>most confident first</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="226"/>
        <source>highest loss first</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="227"/>
        <source>by person</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="228"/>
        <source>Clear filters</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="229"/>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="230"/>
        <source>This person&apos;s images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="232"/>
        <source>&lt;b&gt;Correct the selected images&lt;/b&gt; (gender and age apply to the whole person; Ctrl+Z undoes)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Mask state</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Age band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="235"/>
        <source>Also</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="240"/>
        <location filename="../gui/gallerypage.cpp" line="263"/>
        <source>wear</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="241"/>
        <location filename="../gui/gallerypage.cpp" line="264"/>
        <source>incorrect</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="242"/>
        <location filename="../gui/gallerypage.cpp" line="265"/>
        <source>not worn</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="243"/>
        <location filename="../gui/gallerypage.cpp" line="267"/>
        <source>male</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="244"/>
        <location filename="../gui/gallerypage.cpp" line="268"/>
        <source>female</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="248"/>
        <source>swap incorrect/normal</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="249"/>
        <source>reviewed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="250"/>
        <source>exclude / include</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="257"/>
        <source>Show only this person</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="258"/>
        <source>Similar images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="259"/>
        <source>Shows this image and its nearest images on the data map (the model&apos;s embedding: images it sees alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="261"/>
        <source>Label attributes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="262"/>
        <source>any mask state</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="266"/>
        <source>any gender</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="269"/>
        <source>any age band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="270"/>
        <source>young band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="271"/>
        <source>middle band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="272"/>
        <source>old band</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="293"/>
        <source>%1 of %2 images: a chosen set (from the map or Similar images); Clear shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="299"/>
        <source>%1 of %2 images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="466"/>
        <source>Click an image to see it here.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="474"/>
        <source>Person %1 (%2): %3, %4 years</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="482"/>
        <source>Label: %1 (class %2)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="485"/>
        <source>Predicted: %1 (class %2), right</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="486"/>
        <source>Predicted: &lt;span style=&apos;color:#d6604d&apos;&gt;%1 (class %2), wrong&lt;/span&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="492"/>
        <source>Top 3:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="500"/>
        <source>No prediction loaded.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="503"/>
        <source>Reviewed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="505"/>
        <source>Excluded from training.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/gallerypage.cpp" line="530"/>
        <source>missing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::LabelEditor</name>
    <message>
        <location filename="../gui/labeleditor.cpp" line="66"/>
        <source>undo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="81"/>
        <source>editing is off: this dataset is open in another MaskLens</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="116"/>
        <source>Set mask state of %1 image(s) to %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="131"/>
        <source>Set gender of %1 person(s) to %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="154"/>
        <source>Set age band of %1 person(s) to %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="174"/>
        <source>Exclude %1 image(s) from training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="175"/>
        <source>Include %1 image(s) again</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="181"/>
        <source>Mark %1 image(s) reviewed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="200"/>
        <source>Swap incorrect/normal for %1 person(s)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/labeleditor.cpp" line="208"/>
        <source>Revert %1 of %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::LaunchForm</name>
    <message>
        <location filename="../gui/launchform.cpp" line="108"/>
        <source>Trains here, in a process of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="109"/>
        <source>Folder there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="110"/>
        <source>Trainer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="113"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="114"/>
        <source>The GPU server, as ssh reaches it with a key (no passwords): the image cache and labels are sent with rsync, masklens-train runs there, the run&apos;s files come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="117"/>
        <source>masklens-train on the server, built against its CUDA LibTorch (README: Training on a GPU machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="119"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="119"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="119"/>
        <source>GPUs per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="120"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="120"/>
        <source>sbatch extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="123"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="124"/>
        <source>One job array with one task per model (folds x seeds). The dataset&apos;s .masklens folder must be on storage the nodes share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/launchform.cpp" line="127"/>
        <source>A shell command that runs the trainer elsewhere and prints its JSON lines. {cache}, {cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer options) are replaced; see the README.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="124"/>
        <source>Training the label-issue detector&apos;s model (3 folds); its suspects come to the Label issues view when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="152"/>
        <source>Correct labels</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="266"/>
        <source>Open dataset folder (holds train/ and eval/)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="278"/>
        <source>Run a model over the dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="280"/>
        <source>Models (*.mlck *.pt *.pth *.ts);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="291"/>
        <location filename="../gui/mainwindow.cpp" line="296"/>
        <source>Save predictions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293"/>
        <source>Predictions (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="300"/>
        <location filename="../gui/mainwindow.cpp" line="524"/>
        <source>Load predictions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="302"/>
        <location filename="../gui/mainwindow.cpp" line="328"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="310"/>
        <location filename="../gui/mainwindow.cpp" line="319"/>
        <source>Export corrected labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="314"/>
        <source>Labels (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="321"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="326"/>
        <source>Eval predictions to vote (one per model or seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="332"/>
        <location filename="../gui/mainwindow.cpp" line="341"/>
        <source>Write submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="336"/>
        <source>Submission (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="384"/>
        <source>About MaskLens</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="385"/>
        <source>&lt;b&gt;MaskLens %1&lt;/b&gt;&lt;p&gt;A workbench for face-mask classifiers: browse the dataset&apos;s imbalance, inspect a model&apos;s errors class by class, correct wrong labels, and retrain.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="397"/>
        <source>MaskLens — %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="398"/>
        <source>MaskLens</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="399"/>
        <source>Dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="400"/>
        <source>Errors</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="401"/>
        <source>Gallery</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="402"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="403"/>
        <source>Label issues</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="404"/>
        <source>Training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="405"/>
        <source>Load &amp;Predictions…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="406"/>
        <source>&amp;Run Model…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="407"/>
        <source>Run Models in bfloat16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="408"/>
        <source>Faster on CPUs with AVX-512 BF16 and on GPUs; the answers move slightly, and the predictions say bf16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="410"/>
        <source>&amp;Save Predictions…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="412"/>
        <source>Problems (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="413"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="414"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="415"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="416"/>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="417"/>
        <source>Corrections (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="419"/>
        <source>&amp;Open Dataset…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="420"/>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="422"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="423"/>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="424"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="425"/>
        <source>&amp;About MaskLens</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="426"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="427"/>
        <source>&amp;Export Corrected Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="430"/>
        <source>Write Su&amp;bmission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="434"/>
        <source>Ready</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="464"/>
        <source>Loading %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="481"/>
        <source>Loading cancelled; the previous dataset stays open.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="482"/>
        <location filename="../gui/mainwindow.cpp" line="575"/>
        <source>cancelled</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="487"/>
        <source>Could not open the dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="489"/>
        <source>Open dataset</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="490"/>
        <source>Could not open %1:
%2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="499"/>
        <source>%1 people, %2 images, %3 problem(s)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="515"/>
        <source>Loading predictions %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="522"/>
        <source>Could not load the predictions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="533"/>
        <source>Predictions for %1 images loaded from %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="564"/>
        <source>Running %1 over %2 images…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="574"/>
        <source>Model run cancelled; the previous predictions stay.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="580"/>
        <source>The model could not run</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="582"/>
        <source>Run model</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="590"/>
        <source>Predictions for %1 images from %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="600"/>
        <source>No predictions to save</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="241"/>
        <source>Saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/screenshots.cpp" line="32"/>
        <source>Cannot create %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/screenshots.cpp" line="61"/>
        <location filename="../gui/screenshots.cpp" line="80"/>
        <location filename="../gui/screenshots.cpp" line="107"/>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="691"/>
        <source>Open a dataset first (and not one open in another MaskLens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="714"/>
        <source>Open a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="716"/>
        <source>%1 has no eval images (eval/info.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="730"/>
        <source>Wrote %1: %2 eval images from %3 file(s); %4 unanimous, %5 ties broken by probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::MapPage</name>
    <message>
        <location filename="../gui/mappage.cpp" line="171"/>
        <source>Open the images&apos; features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="173"/>
        <source>Features (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="286"/>
        <source>Reading the features %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="448"/>
        <location filename="../gui/mappage.cpp" line="458"/>
        <source>no prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="458"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="458"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="465"/>
        <source>not suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="525"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="570"/>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="573"/>
        <source>predicted %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="607"/>
        <source>Data map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="608"/>
        <source>Every image as a point: images the model sees alike lie together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="610"/>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="611"/>
        <source>Selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="612"/>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="613"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="613"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="613"/>
        <source>Right or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="614"/>
        <source>Suspect kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="614"/>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="614"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="615"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="618"/>
        <source>Highlight ≥60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="619"/>
        <source>Draws everything but the rare classes (the &gt;=60 classes, wrong predictions, suspects) pale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="621"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="622"/>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="623"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="624"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="625"/>
        <source>Shows the whole map (0). Wheel: zoom; right drag: pan; left drag: select; click: open the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="627"/>
        <source>Open Features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="628"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="629"/>
        <source>Show in Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="632"/>
        <source>Selection: none. Drag on the map to select images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mappage.cpp" line="633"/>
        <source>Selection: %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="635"/>
        <source>No map yet. Load predictions that have features beside them (a training run&apos;s oof_predictions.csv, or masklens-cli predict --features), or open a features file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="645"/>
        <source>%1 images on the map of %2 (from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="648"/>
        <source>%1 images on the map of %2 (laid out in %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="653"/>
        <source> - %1 folds, each in its own model&apos;s space, so each class shows as %1 islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="657"/>
        <source>; %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="659"/>
        <source>. Drag to select, wheel to zoom, right-drag to pan, click an image to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mappage.cpp" line="663"/>
        <source>The map of %1 is made when a dataset is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::ProblemsModel</name>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="55"/>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="57"/>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/problemsmodel.cpp" line="59"/>
        <source>Problem</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::RecipeForm</name>
    <message>
        <location filename="../gui/recipeform.cpp" line="101"/>
        <location filename="../gui/recipeform.cpp" line="134"/>
        <source>Initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="102"/>
        <source>Weights (*.pt *.pth *.mlck);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="126"/>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="131"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="131"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="131"/>
        <source>Input size (WxH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="132"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="132"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="132"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="133"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="133"/>
        <source>Sampler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="133"/>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="134"/>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="134"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="135"/>
        <source>Face crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="135"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="135"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="136"/>
        <source>Run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="140"/>
        <source>18 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="141"/>
        <source>three heads (mask, gender, age band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="142"/>
        <source>Three heads learn the age band from all seven photos of every person, which helps the rare incorrect/normal &gt;=60 classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="144"/>
        <source>Small CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="145"/>
        <source>Medium CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="146"/>
        <source>Medium CNN, fine detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="147"/>
        <source>Four layers: the fastest; for demos and quick checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="150"/>
        <source>Seven layers: twice the small CNN&apos;s time per image, and better at fine cues such as brows and grey hair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="154"/>
        <source>The medium CNN behind one more strided layer, on twice the input size (128x160): 1.7x its time per image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="158"/>
        <source>Empty: 224x224 for EfficientNet-B0, 64x80 for the small and medium CNNs, 128x160 for the fine-detail one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="160"/>
        <source>Adam&apos;s learning rate; StepLR halves it every third of the epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="161"/>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="162"/>
        <source>label smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="163"/>
        <source>focal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="164"/>
        <source>class-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="165"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="166"/>
        <source>weighted (rare classes as often as common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="167"/>
        <source>1: one model validated on a fifth of the people. K: K models on person-level folds, with out-of-fold predictions for every image (what the label-issue finder needs; train those with the cross-entropy loss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="171"/>
        <source>One model per seed, e.g. 1,2,3, combined by hard and soft voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="172"/>
        <source>auto (GPU when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="173"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="174"/>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="175"/>
        <source>none: random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="176"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="177"/>
        <source>none: the whole frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="178"/>
        <source>centre 256x320 (baseline&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="179"/>
        <source>centre 208x260 (tighter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="180"/>
        <source>Crops the centre of the 384x512 frame before resizing to the input size: 256x320 is the competition baseline&apos;s crop; the tighter 208x260 gives hair, brows and forehead lines 1.23x the pixels at the same cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="184"/>
        <source>moving average (EMA 0.999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="185"/>
        <source>Validate and save an average of the recent weights instead of the last step&apos;s: the validation F1 climbs steadily instead of jumping from epoch to epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="188"/>
        <source>bfloat16 forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="189"/>
        <source>Runs the network&apos;s forward pass in 16-bit floats (weights stay 32-bit): about 1.5x the images per second for the CNNs on CPUs with AVX-512 bfloat16 and on recent GPUs, slower elsewhere (and for EfficientNet-B0 on the CPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="193"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="194"/>
        <source>an SSH server (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="195"/>
        <source>a Slurm cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/recipeform.cpp" line="196"/>
        <source>a command template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::ReviewPage</name>
    <message>
        <location filename="../gui/reviewpage.cpp" line="217"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="218"/>
        <source>Likely label errors: A or Return accepts the suggestion, R or Delete rejects it, S or Space skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="220"/>
        <source>every kind</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="224"/>
        <source>only those left to review</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="225"/>
        <source>Accept (A)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="227"/>
        <source>Write the suggested label to the corrections journal (undo: Ctrl+Z).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="228"/>
        <source>Reject (R)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="229"/>
        <source>The label is right: mark the images reviewed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="230"/>
        <source>Skip (S)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="231"/>
        <source>Show in gallery</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="232"/>
        <source>Find label issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="233"/>
        <source>Trains the detector&apos;s model as a cross-fitted run (3 folds of the 128x160 CNN on the face crop, about 30 minutes for 1,200 people on two cores; see the Training view) and loads its suspects here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="237"/>
        <source>Images under suspicion per given class (red: &gt;=60)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="249"/>
        <source>Load out-of-fold predictions with probabilities to find likely wrong labels: train with Folds 2 or more and the cross-entropy loss in the Training view (or masklens-cli train --folds K), then Show in Errors view. Label smoothing caps the confidence the person checks need.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="310"/>
        <source>Looking at the labels with the nearest neighbours in the run&apos;s features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="480"/>
        <source>images</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="487"/>
        <source>No likely wrong labels found.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="504"/>
        <source>%1: %2 (%3 accepted, %4 rejected)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="509"/>
        <source>&lt;b&gt;%1 suspects, %2 left to review&lt;/b&gt; (ranked by score, from %3)&lt;br&gt;%4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="515"/>
        <source>&lt;br&gt;Gender: the run&apos;s %1 probes (labels made wrong on purpose) put the wrong genders at about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="520"/>
        <source>&lt;br&gt;The model&apos;s probabilities alone: the features beside them could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="549"/>
        <source>Pick a suspect on the left.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="564"/>
        <source>#%1 %2 · %3: &lt;b&gt;%4&lt;/b&gt; → &lt;b&gt;%5&lt;/b&gt; · score %6 · %7</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="571"/>
        <source>Person %1: %2, %3 years. Evidence: %4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="585"/>
        <source>missing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="629"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="631"/>
        <source>cannot read
%1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="605"/>
        <source>&lt;br&gt;model: %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="606"/>
        <source>&lt;br&gt;p(label) %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/reviewpage.cpp" line="608"/>
        <source>&lt;br&gt;p(suggested) %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunCompareDialog</name>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="44"/>
        <source>Compare runs %1 and %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="47"/>
        <source>&lt;b&gt;A&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; %2&lt;br&gt;macro F1 &lt;b&gt;%3 → %4&lt;/b&gt; (%5), &gt;=60 classes F1 &lt;b&gt;%6 → %7&lt;/b&gt; (%8); %9 images both predicted, scored against B&apos;s labels (%10 labels differ between the runs); %11 wrong → right, %12 right → wrong.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="66"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b22222&apos;&gt;The runs validated on different people (the split follows the labels), so they share only %1 of %2 images: train both with Folds 2 or more for out-of-fold predictions on every image.&lt;/span&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="74"/>
        <source>Per-class F1: A (light) and B (dark); * the &gt;=60 classes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="77"/>
        <source>A: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="77"/>
        <source>B: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="97"/>
        <source>F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>support</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>F1 A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>F1 B</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="110"/>
        <source>B - A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="137"/>
        <source>macro F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="138"/>
        <source>&gt;=60 classes F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="169"/>
        <source>true %1, predicted %2: A %3, B %4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="180"/>
        <source>B&apos;s confusion matrix minus A&apos;s (rows: true class, columns: predicted). Green: B better (more on the diagonal, fewer off it); red: worse.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>change</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>image</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>label</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>A predicted</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="189"/>
        <source>B predicted</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="197"/>
        <source>wrong → right</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="197"/>
        <source>right → wrong</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="217"/>
        <source>Per class</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="218"/>
        <source>Confusion change</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/runcomparedialog.cpp" line="219"/>
        <source>Changed images (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunMonitor</name>
    <message>
        <location filename="../gui/runmonitor.cpp" line="59"/>
        <source>Training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="60"/>
        <source>The trainer&apos;s log appears here while a run goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="61"/>
        <source>Loss and validation F1 per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="63"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="64"/>
        <source>validation F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="66"/>
        <source>train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="67"/>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="68"/>
        <source>macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="69"/>
        <source>&gt;=60 classes F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="73"/>
        <location filename="../gui/runmonitor.cpp" line="91"/>
        <location filename="../gui/runmonitor.cpp" line="142"/>
        <source>not training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="124"/>
        <source>epoch: %1 models of %2 epochs, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="127"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="142"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="177"/>
        <source>Per-class validation F1, epoch %1 (red: &gt;=60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="178"/>
        <source>Per-class validation F1 (red: &gt;=60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="179"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="180"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="194"/>
        <source>Run %1 on %2: %3 images of %4 people, %5 model(s), input %6x%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="215"/>
        <source>model %1/%2 · epoch %3/%4 · batch %5/%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="223"/>
        <source>%1 img/s · epoch ends in %2 · run ends in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="226"/>
        <source>%1 img/s · epoch ends in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="252"/>
        <source>epoch %1/%2: train loss %3, val loss %4, macro F1 %5, &gt;=60 F1 %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="259"/>
        <source> (best so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="261"/>
        <source>ensemble of %1: hard voting macro F1 %2, soft voting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="266"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runmonitor.cpp" line="268"/>
        <source>cache %1, labels %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::RunsModel</name>
    <message>
        <location filename="../gui/runsmodel.cpp" line="112"/>
        <source>task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="130"/>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="132"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="134"/>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="136"/>
        <source>macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="138"/>
        <source>&gt;=60 F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="140"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="142"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="144"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="146"/>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="154"/>
        <source>ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="159"/>
        <source>Slurm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="160"/>
        <source>Slurm job %1 (%2/%3 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="166"/>
        <source>command template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="167"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="173"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="175"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="177"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runsmodel.cpp" line="179"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::SampleModel</name>
    <message>
        <location filename="../gui/samplemodel.cpp" line="102"/>
        <source>label: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="103"/>
        <source>predicted: %1 (%2%)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="109"/>
        <source>%1: label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="111"/>
        <source>%1: label %2, predicted %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="114"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/samplemodel.cpp" line="114"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::ShortcutsDialog</name>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="34"/>
        <location filename="../gui/shortcutsdialog.cpp" line="47"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="56"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="60"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="60"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shortcutsdialog.cpp" line="60"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::SuspectsModel</name>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="40"/>
        <source>gender flip (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="42"/>
        <source>age band (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="44"/>
        <source>incorrect/normal swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="46"/>
        <source>image label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="55"/>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="57"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="59"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="61"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="143"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="145"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="147"/>
        <source>given → suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="149"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="151"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/suspectsmodel.cpp" line="153"/>
        <source>person / image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>masklens::gui::TrainingPage</name>
    <message>
        <location filename="../gui/trainingpage.cpp" line="178"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="180"/>
        <source>Start training</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="181"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="182"/>
        <source>&lt;b&gt;Runs&lt;/b&gt; (select two to compare)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="183"/>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="184"/>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="185"/>
        <source>Show in Errors view</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="186"/>
        <source>Open folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="241"/>
        <source>Age bands: &lt;%1, %1-%2, &gt;=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="450"/>
        <source>Run %1 (%2): macro F1 %3, &gt;=60 classes F1 %4, %5, %6.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="453"/>
        <source>%1 models x %2 epochs</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="454"/>
        <source>%1 epoch(s)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="193"/>
        <source>Set the recipe and start a run; it trains on the labels as corrected.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="234"/>
        <source>Trains on the original labels (no corrections yet).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="235"/>
        <source>Trains on the labels with the corrections applied: version %1, %2 people corrected.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="306"/>
        <source>Open a dataset first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="308"/>
        <source>A run is going; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="310"/>
        <source>Initial weights: %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="345"/>
        <source>Run %1: preparing the images and labels...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="355"/>
        <source>Stopping: the trainer saves its last checkpoint...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="395"/>
        <source>Run %1 done: macro F1 %2, &gt;=60 classes F1 %3 (%4 predictions), in %5.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="398"/>
        <source>out-of-fold</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="398"/>
        <source>validation</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="402"/>
        <source>Run %1 stopped. %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="405"/>
        <source>Run %1 failed:
%2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="406"/>
        <source>failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingpage.cpp" line="492"/>
        <source>Cannot compare: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::TrainingProcess</name>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="50"/>
        <source>The run did not stop in time; killing it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="141"/>
        <source>A run is already going.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="143"/>
        <source>Cannot find masklens-cli (looked next to this program and on PATH).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="145"/>
        <source>Open a dataset first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="161"/>
        <source>Preparing the image cache and the labels for the command template...</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="182"/>
        <source>Could not start %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="267"/>
        <source>Stopped; the last checkpoint is saved where the trainer got to.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="277"/>
        <source>The trainer crashed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="278"/>
        <source>The trainer exited with status %1 without finishing.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="316"/>
        <source>Running: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../gui/trainingprocess.cpp" line="326"/>
        <source>Stopping the run...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>masklens::gui::Workspace</name>
    <message>
        <location filename="../gui/workspace.cpp" line="43"/>
        <source>editing is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
