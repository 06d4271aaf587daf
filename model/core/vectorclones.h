// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MASKLENS_VECTOR_CLONES before a function compiles it for AVX-512, AVX2 and the x86-64 baseline
// (SSE2), and the best one the CPU has is picked at load time (GCC's target_clones, on Linux
// x86-64): for loops written so the compiler vectorises them, which it does at -O3 (the files
// using it are compiled so, see model/CMakeLists.txt). Elsewhere it is empty.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define MASKLENS_VECTOR_CLONES                                                                     \
    __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define MASKLENS_VECTOR_CLONES
#endif
