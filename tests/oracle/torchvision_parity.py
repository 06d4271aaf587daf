# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for tst_networks: a torchvision efficientnet_b0 (18 classes, random weights and
batch-norm statistics, seeded) saved as a state dict, with inputs and the logits it gives."""
import sys

import torch
import torchvision

out = sys.argv[1]
torch.manual_seed(0)
model = torchvision.models.efficientnet_b0(num_classes=18)
with torch.no_grad():
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):  # make the statistics matter
            m.running_mean.uniform_(-0.2, 0.2)
            m.running_var.uniform_(0.5, 1.5)
            m.weight.uniform_(0.8, 1.2)
            m.bias.uniform_(-0.1, 0.1)
model.eval()
x1 = torch.randn(2, 3, 224, 224)
x2 = torch.randn(1, 3, 160, 128)  # any input size
with torch.no_grad():
    y1, y2 = model(x1), model(x2)
# A plain dict: LibTorch's unpickler cannot build Python's OrderedDict.
torch.save(dict(model.state_dict()), f"{out}/b0_state.pt")
torch.save({"x1": x1, "y1": y1, "x2": x2, "y2": y2}, f"{out}/b0_io.pt")
print(len(model.state_dict()))
