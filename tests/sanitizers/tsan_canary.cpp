// SPDX-License-Identifier: GPL-3.0-or-later
// A data race between the main thread and a QThread, both in our code: under TSan, run with
// the options of scripts/sanitize.sh, this program must be reported (its CTest entry expects
// the failure). It guards the configuration: an option that hid our own threads from TSan
// (ignore_noninstrumented_modules does, for threads Qt starts) would make this entry fail.
#include <QCoreApplication>
#include <QThread>

// Read at the end, so that the compiler keeps both stores.
int tsanCanaryShared = 0;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QThread* writer = QThread::create([] { tsanCanaryShared = 1; });
    writer->start();
    tsanCanaryShared = 2; // no ordering with the writer's store: a race
    writer->wait();
    delete writer;
    return tsanCanaryShared == 3 ? 1 : 0;
}
