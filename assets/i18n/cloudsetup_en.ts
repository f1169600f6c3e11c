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
</TS>
