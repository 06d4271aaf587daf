# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for tst_predict: makes TorchScript models as a PyTorch user would (torch.jit.trace),
and predicts a dataset's images in Python with the same preprocessing MaskLens documents:
OpenCV decode (DCT-reduced when the reduced JPEG still covers the input size), bilinear resize,
RGB, ImageNet mean/std; python_pred_flip.csv holds the test-time-flip probabilities (the mean of
each image's and its left-right mirror image's).
usage: torchscript_model.py OUTDIR DATASET WIDTH HEIGHT"""
import csv
import json
import os
import sys

import cv2
import numpy as np
import torch

out, data, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
torch.manual_seed(3)


class Tiny(torch.nn.Module):
    def __init__(self, outputs):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 5, stride=2)
        self.fc = torch.nn.Linear(8, outputs)

    def forward(self, x):
        x = torch.relu(self.conv(x))
        return self.fc(x.mean(dim=(2, 3)))


example = torch.zeros(1, 3, height, width)
for name, outputs in (("tiny18", 18), ("tiny8", 8), ("tiny10", 10)):
    model = Tiny(outputs).eval()
    torch.jit.trace(model, example).save(f"{out}/{name}.pt")
    with open(f"{out}/{name}.pt.json", "w") as f:
        json.dump({"input_size": [width, height], "mean": [0.485, 0.456, 0.406],
                   "std": [0.229, 0.224, 0.225]}, f)

# A TorchScript archive whose code does not compile: LibTorch's script parser throws an
# ErrorReport, which is no c10::Error (issue #21: it aborted predict and the window).
import zipfile
with zipfile.ZipFile(f"{out}/tiny18.pt") as good, zipfile.ZipFile(f"{out}/broken_code.pt", "w") as bad:
    for entry in good.namelist():
        content = good.read(entry)
        if entry.endswith("code/__torch__.py"):
            content = b"class Tiny(Module):\n  def forward(self, x):\n    return (((\n"
        bad.writestr(entry, content)

model = torch.jit.load(f"{out}/tiny18.pt").eval()
mean = np.array([0.485, 0.456, 0.406], dtype=np.float32)
std = np.array([0.229, 0.224, 0.225], dtype=np.float32)


def load(path):
    flag = cv2.IMREAD_COLOR
    probe = cv2.imread(path, cv2.IMREAD_COLOR)
    if path.lower().endswith((".jpg", ".jpeg")):
        h, w = probe.shape[:2]
        for factor, reduced in ((8, cv2.IMREAD_REDUCED_COLOR_8), (4, cv2.IMREAD_REDUCED_COLOR_4),
                                (2, cv2.IMREAD_REDUCED_COLOR_2)):
            if w / factor >= width and h / factor >= height:
                flag = reduced
                break
    img = cv2.imread(path, flag)
    img = cv2.resize(img, (width, height), interpolation=cv2.INTER_LINEAR)
    img = cv2.cvtColor(img, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0
    return ((img - mean) / std).transpose(2, 0, 1)


rows = list(csv.DictReader(open(f"{data}/train/train.csv")))
header = "path,pred," + ",".join(f"prob_{c}" for c in range(18)) + "\n"
with open(f"{out}/python_pred.csv", "w") as f, open(f"{out}/python_pred_flip.csv", "w") as ff:
    f.write(header)
    ff.write(header)
    for row in rows:
        folder = f"{data}/train/images/{row['path']}"
        for name in sorted(os.listdir(folder)):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in (".jpg", ".jpeg", ".png"):
                continue
            x = torch.from_numpy(load(f"{folder}/{name}"))[None]
            with torch.no_grad():
                p = torch.softmax(model(x), 1)[0]
                q = (p + torch.softmax(model(torch.flip(x, [3])), 1)[0]) / 2
            for file, probs in ((f, p), (ff, q)):
                file.write(f"{row['path']}/{name},{int(probs.argmax())}," +
                           ",".join(f"{v:.8f}" for v in probs.tolist()) + "\n")
