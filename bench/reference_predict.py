# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference for bench/run-predict.sh: the users' plain Python inference loop - torchvision
EfficientNet-B0, cv2 decode, resize to 224 (bilinear), ImageNet normalisation, batches under
torch.no_grad(), the same thread count. With "tuned" as the fourth argument, what a user who
tunes Python does: channels-last model and input, torch.inference_mode(), and bfloat16 autocast
where the CPU has native bf16 (AVX-512 BF16). Prints one JSON line."""
import json, os, sys, time

import cv2
import numpy as np
import torch
import torchvision

data, threads, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
tuned = len(sys.argv) > 4 and sys.argv[4] == "tuned"
native_bf16 = "avx512_bf16" in open("/proc/cpuinfo").read()
torch.set_num_threads(threads)
cv2.setNumThreads(threads)
paths = []
root = f"{data}/train/images"
for folder in sorted(os.listdir(root)):
    for name in sorted(os.listdir(f"{root}/{folder}")):
        if not name.startswith(".") and name.lower().endswith((".jpg", ".jpeg", ".png")):
            paths.append(f"{root}/{folder}/{name}")
model = torchvision.models.efficientnet_b0(num_classes=18).eval()
mean = np.array([0.485, 0.456, 0.406], dtype=np.float32)
std = np.array([0.229, 0.224, 0.225], dtype=np.float32)
if tuned:
    model = model.to(memory_format=torch.channels_last)
start = time.perf_counter()
with (torch.inference_mode() if tuned else torch.no_grad()):
    for i in range(0, len(paths), batch):
        xs = []
        for p in paths[i:i + batch]:
            img = cv2.cvtColor(cv2.resize(cv2.imread(p), (224, 224)), cv2.COLOR_BGR2RGB)
            xs.append(((img.astype(np.float32) / 255 - mean) / std).transpose(2, 0, 1))
        x = torch.from_numpy(np.stack(xs))
        if tuned:
            x = x.contiguous(memory_format=torch.channels_last)
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=native_bf16):
                torch.softmax(model(x).float(), 1)
        else:
            torch.softmax(model(x), 1)
seconds = time.perf_counter() - start
print(json.dumps({"images": len(paths), "seconds": seconds, "images_per_s": len(paths) / seconds,
                  "tuned": tuned, "bf16": tuned and native_bf16}))
