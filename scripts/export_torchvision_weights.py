#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports torchvision's ImageNet weights for EfficientNet-B0 into a file MaskLens loads as a
starting point for training (masklens-cli train --init FILE).

Run it wherever torchvision can get its pretrained weights (they download once into
~/.cache/torch), then copy the file to the machine that trains:

    python3 scripts/export_torchvision_weights.py efficientnet_b0_imagenet.pt

The file is a plain dict of tensors named as torchvision names them ("features.0.0.weight" ...
"classifier.1.bias"): MaskLens's EfficientNet-B0 uses the same names, loads everything but the
1000-class classifier, and starts its own 18-class (or three-head) classifier fresh.
A plain dict, not the OrderedDict of model.state_dict(): LibTorch's reader cannot build that."""
import argparse

import torch
import torchvision


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="file to write, e.g. efficientnet_b0_imagenet.pt")
    parser.add_argument("--arch", default="efficientnet_b0", choices=["efficientnet_b0"])
    args = parser.parse_args()
    weights = torchvision.models.EfficientNet_B0_Weights.IMAGENET1K_V1
    model = torchvision.models.efficientnet_b0(weights=weights)
    state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    torch.save(state, args.out)
    print(f"wrote {len(state)} tensors ({sum(v.numel() for v in state.values()):,} values) to {args.out}")


if __name__ == "__main__":
    main()
