// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A model ready to predict: a MaskLens checkpoint or a TorchScript file from PyTorch, on the
// device chosen at run time, in inference mode. Plain types in and out (no torch headers).
// Not thread-safe: one thread calls predict() at a time (the inference engine's).

#include "model/core/expected.h"
#include "model/core/netspec.h"
#include "model/runtime.h"

#include <memory>
#include <optional>
#include <string>

namespace masklens::model {

class Classifier
{
public:
    struct Options
    {
        /// For TorchScript files (from a sidecar JSON or the command line); overrides a
        /// checkpoint's own when set.
        std::optional<Preprocessing> preprocessing;
        DeviceChoice device = DeviceChoice::Auto;
        bool channelsLast = true; ///< faster convolutions on CPU
        /// Test-time flips: each image's probabilities are the mean of the image's and its
        /// mirror image's (twice the time).
        bool flipTest = false;
        /// The forward pass in bfloat16: a MaskLens checkpoint's folded convolutions in bf16
        /// (see fuseForInference: the stem, the last convolution, the small layers and the
        /// scores stay float32), a TorchScript model under autocast. Fast where the CPU has
        /// native bf16 (AVX-512 BF16) or on CUDA; the answers move slightly, so it is never the
        /// silent default.
        bool bf16 = false;
    };

    /// Loads `file`, or fails with a message naming the file and the reason (not a model,
    /// truncated, an output width other than 18 or 8...).
    static Expected<std::unique_ptr<Classifier>> load(const std::string &file,
                                                      const Options &options);
    ~Classifier();

    const ModelSpec &spec() const;
    /// "masklens checkpoint" or "torchscript"
    std::string kind() const;
    std::string device() const;
    /// "bf16" or "fp32": how predict() computes.
    std::string precision() const;

    /// `images`: n x 3 x height x width floats, normalised. Writes n x 18 probabilities.
    /// With `features`, also writes each image's embedding there (n x featureWidth(): the pooled
    /// penultimate layer; MaskLens checkpoints only). Fails saying why when the model fails
    /// (LibTorch's exceptions are caught here).
    Status predict(const float *images, int n, float *probabilities, float *features = nullptr);
    /// The embedding's width (1280 for EfficientNet-B0, 160 for the CNNs); 0 for TorchScript.
    int featureWidth() const;

private:
    Classifier();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace masklens::model
