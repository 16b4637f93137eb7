#include "testregistry.h"

#include "app/command.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace attest;
using namespace attest::app;

// The one async idiom: a typed result on the owner's thread, progress, cancel, and a newer start
// dropping the older run's result.
class TestCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheOwnersThread()
    {
        Command command;
        QThread* owner = QThread::currentThread();
        std::optional<int> got;
        QThread* deliveredOn = nullptr;
        QThread* ranOn = nullptr;
        QSignalSpy finished(&command, &Command::finished);
        command.start<int>(
            [&ranOn](const ProgressFn&) {
                ranOn = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                got = value;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(command.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(got, 42);
        QCOMPARE(deliveredOn, owner);
        QVERIFY(ranOn != owner);
        QVERIFY(!command.isRunning());
        QVERIFY(!command.wasCancelled());
    }

    void aNewerStartDropsTheOlderResult()
    {
        Command command;
        std::atomic<bool> release = false;
        QList<int> delivered;
        QSignalSpy finished(&command, &Command::finished);
        command.start<int>(
            [&release](const ProgressFn& progress) {
                while (!release.load())
                    QThread::msleep(1);
                return progress(1, 1, QString()) ? 1 : -1; // asked to stop: says so
            },
            [&delivered](int value) { delivered.append(value); });
        command.start<int>([](const ProgressFn&) { return 2; }, [&delivered](int value) { delivered.append(value); });
        release.store(true);
        QVERIFY(finished.wait(5000));
        QTest::qWait(100); // let the first run's result arrive too, if it were to be delivered
        QCOMPARE(delivered, QList<int>{2});
        QCOMPARE(finished.size(), 1);
    }

    void cancelStopsTheWorkAndSaysSo()
    {
        Command command;
        std::optional<int> steps;
        QSignalSpy progress(&command, &Command::progressChanged);
        QSignalSpy finished(&command, &Command::finished);
        command.start<int>(
            [](const ProgressFn& report) {
                int i = 0;
                while (report(i, 1'000'000, QStringLiteral("Counting")) && i < 1'000'000) {
                    ++i;
                    QThread::usleep(50);
                }
                return i;
            },
            [&steps](int value) { steps = value; });
        QVERIFY(progress.wait(5000));
        command.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(steps.has_value());
        QVERIFY(*steps < 1'000'000);
        QVERIFY(command.wasCancelled());
        QCOMPARE(progress.first().at(2).toString(), QStringLiteral("Counting"));
    }

    void destroyingWaitsForTheWork()
    {
        std::atomic<bool> stopped = false;
        {
            Command command;
            command.start<int>(
                [&stopped](const ProgressFn& report) {
                    while (report(0, 0, QString()))
                        QThread::msleep(1);
                    QThread::msleep(20);
                    stopped.store(true);
                    return 0;
                },
                [](int) { QFAIL("a destroyed command delivers nothing"); });
            QTest::qWait(20);
        }
        QVERIFY(stopped.load());
        QTest::qWait(50);
    }
};

ATTEST_REGISTER_TEST(TestCommand, "command")
#include "tst_command.moc"
