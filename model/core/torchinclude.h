// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way model/ files include LibTorch: first, with Qt's `slots` macro out of the way
// (torch declares a member named slots()). Include this before any other header.
#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
