// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/runtime.h"

#include <QTest>

#include <thread>

using namespace masklens::model;

class TestRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threadsAreSetExplicitly()
    {
        // LibTorch starts with one thread on these machines; 0 asks for one per core.
        const int cores = int(std::thread::hardware_concurrency());
        QCOMPARE(configureThreads(0), cores);
        QCOMPARE(runtimeInfo().threads, cores);
        QCOMPARE(configureThreads(1), 1);
        configureThreads(0);
    }
    void deviceChoiceParses()
    {
        QCOMPARE(parseDeviceChoice("auto"), DeviceChoice::Auto);
        QCOMPARE(parseDeviceChoice("cpu"), DeviceChoice::Cpu);
        QCOMPARE(parseDeviceChoice("cuda"), DeviceChoice::Cuda);
        QVERIFY(!parseDeviceChoice("tpu"));
    }
    void deviceResolvesAtRunTime()
    {
        const RuntimeInfo info = runtimeInfo();
        QCOMPARE(*resolveDevice(DeviceChoice::Cpu), std::string("cpu"));
        const auto cuda = resolveDevice(DeviceChoice::Cuda);
        if (info.cudaDevices > 0) {
            QCOMPARE(*cuda, std::string("cuda"));
            QCOMPARE(*resolveDevice(DeviceChoice::Auto), std::string("cuda"));
        } else {
            QVERIFY(!cuda);
            QVERIFY(cuda.error().find("--device cpu") != std::string::npos);
            QCOMPARE(*resolveDevice(DeviceChoice::Auto), std::string("cpu"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
