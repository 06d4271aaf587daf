# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference for bench/run-train.sh: the users' recipe in plain PyTorch - a standard DataLoader
over the JPEGs (cv2 decode, resize 224, flip / affine / colour / noise augmentations), torchvision
EfficientNet-B0, Adam, cross-entropy, the same thread count. Prints one JSON line with the
training speed over the timed batches."""
import json, os, sys, time

import cv2
import numpy as np
import torch
import torchvision
from torchvision import transforms as T

data, threads, batch, batches = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
workers = int(sys.argv[5]) if len(sys.argv) > 5 else 1
torch.set_num_threads(threads)
cv2.setNumThreads(1)
torch.manual_seed(0)

paths = []
root = f"{data}/train/images"
for folder in sorted(os.listdir(root)):
    for name in sorted(os.listdir(f"{root}/{folder}")):
        if not name.startswith(".") and name.lower().endswith((".jpg", ".jpeg", ".png")):
            paths.append(f"{root}/{folder}/{name}")

augment = T.Compose([
    T.RandomHorizontalFlip(0.5),
    T.RandomApply([T.RandomAffine(15, translate=(0.0625, 0.0625), scale=(0.9, 1.1))], p=0.5),
    T.RandomApply([T.ColorJitter(saturation=0.2, hue=0.2)], p=0.5),
    T.RandomApply([T.ColorJitter(brightness=0.1, contrast=0.1)], p=0.5),
    T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
])


class Images(torch.utils.data.Dataset):
    def __len__(self):
        return len(paths)

    def __getitem__(self, i):
        img = cv2.cvtColor(cv2.resize(cv2.imread(paths[i]), (224, 224)), cv2.COLOR_BGR2RGB)
        x = torch.from_numpy(img).permute(2, 0, 1).float() / 255
        if torch.rand(1).item() < 0.5:
            x = (x + torch.randn_like(x) * 0.02).clamp(0, 1)
        return augment(x), i % 18


loader = torch.utils.data.DataLoader(Images(), batch_size=batch, shuffle=True, num_workers=workers,
                                     drop_last=True)
model = torchvision.models.efficientnet_b0(num_classes=18).train()
opt = torch.optim.Adam(model.parameters(), 1e-3)
loss_fn = torch.nn.CrossEntropyLoss()
seen, start = 0, None
for step, (x, y) in enumerate(loader):
    if step == 1:  # the first batch warms up
        start, seen = time.perf_counter(), 0
    opt.zero_grad()
    loss_fn(model(x), y).backward()
    opt.step()
    seen += x.shape[0]
    if step == batches:
        break
seconds = time.perf_counter() - start
print(json.dumps({"images": seen, "seconds": seconds, "images_per_s": seen / seconds}))
