<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CredentialsPage</name>
    <message numerus="yes">
        <source>Domain data pasted: %n field(s) filled in.</source>
        <translation>
            <numerusform>Domain data pasted: %n field filled in.</numerusform>
            <numerusform>Domain data pasted: %n fields filled in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n new device(s) wait for approval.</source>
        <translation>
            <numerusform>%n new device waits for approval.</numerusform>
            <numerusform>%n new devices wait for approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message numerus="yes">
        <source>%n change(s) in the office</source>
        <translation>
            <numerusform>%n change in the office</numerusform>
            <numerusform>%n changes in the office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) from devices</source>
        <translation>
            <numerusform>%n invoice from devices</numerusform>
            <numerusform>%n invoices from devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new device(s) to approve</source>
        <translation>
            <numerusform>%n new device to approve</numerusform>
            <numerusform>%n new devices to approve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) from devices fetched</source>
        <translation>
            <numerusform>%n invoice from devices fetched</numerusform>
            <numerusform>%n invoices from devices fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
</context>
</TS>
