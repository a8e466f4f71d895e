// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

#include <QStringList>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return helpdesk::server::runCommandLine(arguments);
}
