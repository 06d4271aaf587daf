// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A face identity embedding learnt from the dataset's own person folders (issue #22,
// same_person): each person is a class, their seven photos its examples, and a small network
// learns, with a CosFace margin, what stays the same from one photo of a person to the next -
// eyes, brows, hair line, skin, marks, glasses - under the masks, the poses and the light. Its
// embeddings put a person photographed again under a new id beside the first id. Debian packages
// no face-recognition network; this one is trained in minutes on the CPU, on the crops the Qt
// side cut and freed of their scene (model/faceidentity.h). Standard library and LibTorch only.

#include "expected.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace masklens::model {

struct IdentityOptions
{
    int epochs = 10;
    int minSteps = 400;  ///< a small dataset learns for more epochs, until this many steps
    int batch = 128;     ///< at most; a small dataset's is smaller (at least 32)
    double maxLr = 3e-3; ///< one-cycle peak
    double weightDecay = 5e-4;
    double scale = 30.0, margin = 0.25;  ///< CosFace
    int dim = 128;                       ///< embedding width
    int cropHeight = 56, cropWidth = 64; ///< random crops of the stored crops while learning
    /// Each learning crop is also turned by up to this many degrees and scaled by up to this
    /// share either way (0: not): the poses a person is photographed in again.
    double turnDegrees = 8.0, zoom = 0.1;
    int threads = 0;                     ///< 0: all cores
    std::uint64_t seed = 1;
};

/// Crops of the faces: `count` images of height x width x 3 (BGR, uint8, row-major), the person
/// index of each (-1: an image to leave out), and how many people there are.
struct IdentityCrops
{
    int count = 0, height = 0, width = 0;
    std::vector<std::uint8_t> pixels;
    std::vector<int> person;
    int people = 0;
};

/// Called after each epoch (epoch 1..epochs, mean loss, training accuracy); false cancels.
using IdentityProgress = std::function<bool(int epoch, int epochs, double loss, double accuracy)>;

/// Learns the embedding and returns each crop's (count x dim, unit length; a left-out crop's
/// row is NaN).
Expected<std::vector<float>> learnIdentity(const IdentityCrops &crops,
                                           const IdentityOptions &options = {},
                                           const IdentityProgress &progress = {});

} // namespace masklens::model
