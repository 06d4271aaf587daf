"""Reference for bench/run-predict.sh: the users' plain Python inference loop - torchvision
EfficientNet-B0, cv2 decode, resize to 224 (bilinear), ImageNet normalisation, batches under
torch.no_grad(), the same thread count. Prints one JSON line."""
import json, os, sys, time

import cv2
import numpy as np
import torch
import torchvision

data, threads, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
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
start = time.perf_counter()
with torch.no_grad():
    for i in range(0, len(paths), batch):
        xs = []
        for p in paths[i:i + batch]:
            img = cv2.cvtColor(cv2.resize(cv2.imread(p), (224, 224)), cv2.COLOR_BGR2RGB)
            xs.append(((img.astype(np.float32) / 255 - mean) / std).transpose(2, 0, 1))
        torch.softmax(model(torch.from_numpy(np.stack(xs))), 1)
seconds = time.perf_counter() - start
print(json.dumps({"images": len(paths), "seconds": seconds, "images_per_s": len(paths) / seconds}))
