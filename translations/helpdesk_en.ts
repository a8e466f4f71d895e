<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DueText</name>
    <message numerus="yes">
        <location filename="../client/core/duetext.cpp" line="+21"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <location filename="../client/core/timetext.cpp" line="+19"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::Composer</name>
    <message numerus="yes">
        <location filename="../client/ui/composer.cpp" line="+381"/>
        <source>%n reply(ies) to this ticket could not be sent.</source>
        <translation>
            <numerusform>%n reply to this ticket could not be sent.</numerusform>
            <numerusform>%n replies to this ticket could not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::ConversationView</name>
    <message numerus="yes">
        <location filename="../client/ui/conversationview.cpp" line="+244"/>
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… %n more character not shown.</numerusform>
            <numerusform>… %n more characters not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::MainWindow</name>
    <message numerus="yes">
        <location filename="../client/ui/mainwindow.cpp" line="+325"/>
        <source>%n reply(ies) waiting to be sent</source>
        <translation>
            <numerusform>%n reply waiting to be sent</numerusform>
            <numerusform>%n replies waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply(ies) not sent</source>
        <translation>
            <numerusform>%n reply not sent</numerusform>
            <numerusform>%n replies not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::RotaDialog</name>
    <message numerus="yes">
        <location filename="../client/ui/rotadialog.cpp" line="+222"/>
        <source>%n weekly stretch(es)</source>
        <translation>
            <numerusform>%n weekly stretch</numerusform>
            <numerusform>%n weekly stretches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n whole day(s)</source>
        <translation>
            <numerusform>%n whole day</numerusform>
            <numerusform>%n whole days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SearchResultsView</name>
    <message numerus="yes">
        <location filename="../client/ui/searchresultsview.cpp" line="+302"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n chosen</numerusform>
            <numerusform>Status: %n chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The first %n tickets found. Add words or filters to narrow the search.</source>
        <translation>
            <numerusform>The first ticket found (%n). Add words or filters to narrow the search.</numerusform>
            <numerusform>The first %n tickets found. Add words or filters to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>%n ticket found.</numerusform>
            <numerusform>%n tickets found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SlaPoliciesDialog</name>
    <message numerus="yes">
        <location filename="../client/ui/slapoliciesdialog.cpp" line="+196"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::client::SnippetDelegate</name>
    <message numerus="yes">
        <location filename="../client/ui/snippetdelegate.cpp" line="+163"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
</TS>
