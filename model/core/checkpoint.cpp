// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint.h"
#include "durablefile.h"

#include <sstream>

#include <cstdio>
#include <filesystem>

namespace masklens::model {

namespace {
constexpr const char *kFormat = "masklens-checkpoint-1";
}

Status saveCheckpoint(const std::string &file, const ModelSpec &spec, NetworkImpl &network,
                      const std::map<std::string, std::string> &extra)
{
    // Serialised in memory, then written by our own checked, atomic write: LibTorch's file
    // writer throws from its destructor when the disk fills up, which ends the process.
    std::ostringstream bytes;
    try {
        torch::serialize::OutputArchive archive;
        const Preprocessing &pre = spec.preprocessing;
        archive.write("masklens_format", c10::IValue(std::string(kFormat)));
        archive.write("masklens_architecture", c10::IValue(architectureName(spec.architecture)));
        archive.write("masklens_outputs", c10::IValue(outputLayoutName(spec.outputs)));
        archive.write("masklens_input_width", c10::IValue(int64_t(pre.width)));
        archive.write("masklens_input_height", c10::IValue(int64_t(pre.height)));
        archive.write("masklens_mean",
                      c10::IValue(std::vector<double>(pre.mean.begin(), pre.mean.end())));
        archive.write("masklens_std",
                      c10::IValue(std::vector<double>(pre.std.begin(), pre.std.end())));
        archive.write("masklens_face_crop", c10::IValue(pre.faceCrop));
        archive.write("masklens_crop",
                      c10::IValue(std::vector<int64_t>{pre.cropWidth, pre.cropHeight}));
        archive.write("masklens_middle_from", c10::IValue(int64_t(spec.middleFrom)));
        archive.write("masklens_old_from", c10::IValue(int64_t(spec.oldFrom)));
        std::vector<std::string> keys, values;
        for (const auto &[k, v] : extra) {
            keys.push_back(k);
            values.push_back(v);
        }
        archive.write("masklens_extra_keys", c10::IValue(c10::List<std::string>(keys)));
        archive.write("masklens_extra_values", c10::IValue(c10::List<std::string>(values)));
        torch::serialize::OutputArchive weights;
        network.save(weights);
        archive.write("network", weights);
        archive.save_to(bytes);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return failure("cannot write checkpoint " + file + ": " + what.substr(0, what.find('\n')));
    }
    if (const Status st = writeFileDurably(file, bytes.str()); !st)
        return failure("cannot write checkpoint " + st.error());
    return success();
}

Expected<Checkpoint> loadCheckpoint(const std::string &file, CheckpointKind *kindOut)
{
    CheckpointKind ignored;
    CheckpointKind *kind = kindOut ? kindOut : &ignored;
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(file);
    } catch (const c10::Error &e) {
        *kind = CheckpointKind::Unreadable;
        return failure(file +
                       ": not a model file (neither a MaskLens checkpoint nor TorchScript): " +
                       e.msg().substr(0, e.msg().find('\n')));
    } catch (const std::exception &e) {
        *kind = CheckpointKind::Unreadable;
        return failure(file + ": not a model file: " + e.what());
    }
    c10::IValue v;
    if (!archive.try_read("masklens_format", v) || !v.isString()) {
        *kind = CheckpointKind::NotMaskLens;
        return failure(file + ": a torch archive, but not a MaskLens checkpoint");
    }
    *kind = CheckpointKind::MaskLens;
    if (v.toStringRef() != kFormat) {
        return failure(file + ": checkpoint format '" + v.toStringRef() +
                       "' is newer than this MaskLens");
    }
    try {
        Checkpoint cp;
        auto readString = [&](const char *key) {
            c10::IValue x;
            return archive.try_read(key, x) && x.isString() ? x.toStringRef() : std::string();
        };
        auto readInt = [&](const char *key, int fallback) {
            c10::IValue x;
            return archive.try_read(key, x) && x.isInt() ? int(x.toInt()) : fallback;
        };
        const auto arch = parseArchitecture(readString("masklens_architecture"));
        const auto outputs = parseOutputLayout(readString("masklens_outputs"));
        if (!arch || !outputs) {
            return failure(file + ": unknown architecture or output layout in the checkpoint");
        }
        cp.spec.architecture = *arch;
        cp.spec.outputs = *outputs;
        Preprocessing &pre = cp.spec.preprocessing;
        pre.width = readInt("masklens_input_width", pre.width);
        pre.height = readInt("masklens_input_height", pre.height);
        c10::IValue x;
        if (archive.try_read("masklens_mean", x) && x.isDoubleList() &&
            x.toDoubleList().size() == 3)
            for (int i = 0; i < 3; ++i)
                pre.mean[i] = float(x.toDoubleList().get(i));
        if (archive.try_read("masklens_std", x) && x.isDoubleList() && x.toDoubleList().size() == 3)
            for (int i = 0; i < 3; ++i)
                pre.std[i] = float(x.toDoubleList().get(i));
        if (archive.try_read("masklens_face_crop", x) && x.isBool())
            pre.faceCrop = x.toBool();
        // Checkpoints from before --crop have none: the baseline's 256x320.
        if (archive.try_read("masklens_crop", x) && x.isIntList() && x.toIntList().size() == 2) {
            const auto crop = x.toIntList();
            const std::string size =
                std::to_string(crop.get(0)) + "x" + std::to_string(crop.get(1));
            if (!parseCropSize(size, &pre.cropWidth, &pre.cropHeight)) {
                return failure(file + ": the checkpoint's face crop " + size +
                               " is not within the 384x512 frame");
            }
        }
        cp.spec.middleFrom = readInt("masklens_middle_from", 30);
        cp.spec.oldFrom = readInt("masklens_old_from", 60);
        c10::IValue keys, values;
        if (archive.try_read("masklens_extra_keys", keys) &&
            archive.try_read("masklens_extra_values", values)) {
            const auto k = keys.toList();
            const auto val = values.toList();
            for (std::size_t i = 0; i < k.size() && i < val.size(); ++i)
                cp.extra[k.get(i).toStringRef()] = val.get(i).toStringRef();
        }
        cp.network = makeNetwork(cp.spec);
        torch::serialize::InputArchive weights;
        if (!archive.try_read("network", weights)) {
            return failure(file + ": the checkpoint holds no weights");
        }
        cp.network->load(weights);
        return cp;
    } catch (const c10::Error &e) {
        return failure(file + ": damaged checkpoint: " + e.msg().substr(0, e.msg().find('\n')));
    }
}

} // namespace masklens::model

#include "modelinit.h"

namespace masklens::model {

Status createCheckpoint(const ModelSpec &spec, const std::string &initWeights,
                        const std::string &out, int *loaded)
{
    auto network = makeNetwork(spec);
    if (!initWeights.empty()) {
        const auto tensors = readTorchSaveStateDict(initWeights);
        if (!tensors)
            return failure(tensors.error());
        if (const Status st = loadStateDict(*network, *tensors, /*skipClassifier=*/true, loaded);
            !st)
            return failure(initWeights + ": " + st.error());
    }
    return saveCheckpoint(out, spec, *network,
                          {{"origin", initWeights.empty() ? "random" : initWeights}});
}

} // namespace masklens::model
