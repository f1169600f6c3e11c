<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>CloudErrors</name>
    <message>
        <source>Check the cloud domain, user name and password. You find them in your customer account on the web under "Kundenkonto → Domäne-Daten".</source>
        <extracomment>The inputs of the credentials page a message can be attached to.</extracomment>
        <translation>Prüfen Sie Domäne, Benutzername und Passwort. Sie finden sie in Ihrem Kundenkonto im Internet unter „Kundenkonto → Domäne-Daten“.</translation>
    </message>
    <message>
        <source>Please try again later. If the problem persists, contact support and include the diagnostics.</source>
        <translation>Bitte versuchen Sie es später noch einmal. Wenn das Problem bleibt, wenden Sie sich an den Support und senden Sie die Diagnosedaten mit.</translation>
    </message>
    <message>
        <source>Reload the page to see the current state and try again.</source>
        <translation>Laden Sie die Seite neu, um den aktuellen Stand zu sehen, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Please wait a few minutes before trying again.</source>
        <translation>Bitte warten Sie einige Minuten, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Please wait a moment before trying again.</source>
        <translation>Bitte warten Sie einen Moment, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Please wait {seconds} seconds before trying again.</source>
        <translation>Bitte warten Sie {seconds} Sekunden, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Please wait one minute before trying again.</source>
        <translation>Bitte warten Sie eine Minute, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Please wait {minutes} minutes before trying again.</source>
        <translation>Bitte warten Sie {minutes} Minuten, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The cloud domain, user name or password is not correct.</source>
        <translation>Domäne, Benutzername oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <source>Your sign-in to the cloud has expired.</source>
        <translation>Ihre Anmeldung bei der Cloud ist abgelaufen.</translation>
    </message>
    <message>
        <source>Please enter the password again.</source>
        <translation>Bitte geben Sie das Passwort noch einmal ein.</translation>
    </message>
    <message>
        <source>There were too many failed sign-in attempts for this user.</source>
        <translation>Für diesen Benutzer gab es zu viele fehlgeschlagene Anmeldeversuche.</translation>
    </message>
    <message>
        <source>The cloud received too many requests from this computer.</source>
        <translation>Die Cloud hat zu viele Anfragen von diesem Computer erhalten.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your IT department or the cloud provider gives you. Do not continue on a public network (hotel, train, café): someone may be listening in.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihre IT-Abteilung oder der Cloud-Anbieter nennt. Machen Sie in einem öffentlichen Netz (Hotel, Zug, Café) nicht weiter: Dort könnte jemand mithören.</translation>
    </message>
    <message>
        <source>The identity of the server {host} could not be verified: its certificate is not trusted. Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Die Identität des Servers {host} konnte nicht bestätigt werden: Seinem Zertifikat wird nicht vertraut. Fingerabdruck des Zertifikats (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The identity of the server {host} could not be verified: its certificate is not trusted.</source>
        <translation>Die Identität des Servers {host} konnte nicht bestätigt werden: Seinem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The cloud did not accept these entries: {fields}.</source>
        <translation>Die Cloud hat diese Angaben nicht angenommen: {fields}.</translation>
    </message>
    <message>
        <source>The cloud did not accept the entries.</source>
        <translation>Die Cloud hat die Angaben nicht angenommen.</translation>
    </message>
    <message>
        <source>Correct the entries and try again.</source>
        <translation>Korrigieren Sie die Angaben und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The cloud server cannot be reached.</source>
        <translation>Der Cloud-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the internet connection of this computer and the server address under "Advanced". A firewall or proxy may also block the connection.</source>
        <translation>Prüfen Sie die Internetverbindung dieses Computers und die Server-Adresse unter „Erweitert“. Auch eine Firewall oder ein Proxy kann die Verbindung blockieren.</translation>
    </message>
    <message>
        <source>The cloud server did not answer in time.</source>
        <translation>Der Cloud-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection may be slow or the server busy. Please try again in a moment; if it keeps happening, check the internet connection.</source>
        <translation>Die Verbindung ist vielleicht langsam oder der Server ausgelastet. Bitte versuchen Sie es gleich noch einmal; wenn es wieder passiert, prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The server answered, but not the way a cloudsetup cloud does.</source>
        <translation>Der Server hat geantwortet, aber nicht so, wie eine cloudsetup-Cloud antwortet.</translation>
    </message>
    <message>
        <source>Is the server address under "Advanced" right?</source>
        <translation>Stimmt die Server-Adresse unter „Erweitert“?</translation>
    </message>
    <message>
        <source>The cloud server has a problem (error {status}).</source>
        <translation>Der Cloud-Server hat ein Problem (Fehler {status}).</translation>
    </message>
    <message>
        <source>Your user is not allowed to do this in the cloud.</source>
        <translation>Ihr Benutzer darf das in der Cloud nicht.</translation>
    </message>
    <message>
        <source>Sign in with a user that has the role Administration or Service Provider.</source>
        <translation>Melden Sie sich mit einem Benutzer an, der die Rolle Verwaltung oder Service Provider hat.</translation>
    </message>
    <message>
        <source>The cloud could not find what was asked for. It may have been deleted in the meantime.</source>
        <translation>Die Cloud hat das Gesuchte nicht gefunden. Vielleicht wurde es inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state in the cloud.</source>
        <translation>Diese Änderung passt nicht zum aktuellen Stand in der Cloud.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the cloud.</source>
        <translation>Bei der Verbindung mit der Cloud ist etwas schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>Where do I find this data?</source>
        <translation>Wo finde ich diese Daten?</translation>
    </message>
    <message>
        <source>Pa&amp;ste domain data</source>
        <translation>Domäne-Daten ein&amp;fügen</translation>
    </message>
    <message>
        <source>Fill in all fields from a domain data block copied from the customer portal</source>
        <translation>Alle Felder aus den im Kundenkonto kopierten Domäne-Daten ausfüllen</translation>
    </message>
    <message>
        <source>e.g. malerbetrieb-muster</source>
        <translation>z. B. malerbetrieb-muster</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Server-Adresse:</translation>
    </message>
    <message>
        <source>You find the access data in your customer account on the web under "Kundenkonto → Domäne-Daten". Sign in there; if you use the customer account for the first time, simply request a new password.</source>
        <translation>Die Zugangsdaten stehen in Ihrem Kundenkonto im Internet unter „Kundenkonto → Domäne-Daten“. Melden Sie sich dort an; wenn Sie das Kundenkonto zum ersten Mal nutzen, fordern Sie einfach ein neues Passwort an.</translation>
    </message>
    <message>
        <source>Open the customer account</source>
        <translation>Kundenkonto öffnen</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <extracomment>A tested (or resumed) connection that the user may continue with.</extracomment>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Step 1 of 4: sign in with the access data of your cloud. cloudsetup checks them before you go on.</source>
        <translation>Schritt 1 von 4: Melden Sie sich mit den Zugangsdaten Ihrer Cloud an. Sie werden geprüft, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>The clipboard holds no domain data.</source>
        <translation>In der Zwischenablage sind keine Domäne-Daten.</translation>
    </message>
    <message>
        <source>Copy the block under "Kundenkonto → Domäne-Daten" in your customer account and try again, or type the values in.</source>
        <translation>Kopieren Sie in Ihrem Kundenkonto den Block unter „Kundenkonto → Domäne-Daten“ und versuchen Sie es noch einmal, oder tippen Sie die Werte ein.</translation>
    </message>
    <message numerus="yes">
        <source>Domain data pasted: %n field(s) filled in.</source>
        <translation>
            <numerusform>Domäne-Daten eingefügt: %n Feld ausgefüllt.</numerusform>
            <numerusform>Domäne-Daten eingefügt: %n Felder ausgefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the values and click "Test connection".</source>
        <translation>Prüfen Sie die Werte und klicken Sie auf „Verbindung testen“.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to {company} (domain {domain}).</source>
        <translation>Verbunden mit {company} (Domäne {domain}).</translation>
    </message>
    <message>
        <source>Ask me &amp;every time</source>
        <translation>&amp;Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Click "Next" to continue with the employees.</source>
        <translation>Klicken Sie auf „Weiter“, um mit den Mitarbeitern fortzufahren.</translation>
    </message>
    <message>
        <source>The sign-in is kept only until cloudsetup is closed; you will be asked for the password at the next start. Click "Next" to continue.</source>
        <translation>Die Anmeldung gilt nur, bis cloudsetup geschlossen wird; beim nächsten Start werden Sie nach dem Passwort gefragt. Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>Please enter the cloud domain.</source>
        <translation>Bitte geben Sie die Domäne ein.</translation>
    </message>
    <message>
        <source>The cloud domain must have {min} to {max} characters.</source>
        <translation>Die Domäne muss {min} bis {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The cloud domain may only contain the letters a–z, digits and hyphens, and must not start or end with a hyphen.</source>
        <translation>Die Domäne darf nur die Buchstaben a–z, Ziffern und Bindestriche enthalten und nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>Please enter the user name.</source>
        <translation>Bitte geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The user name may have at most {max} characters.</source>
        <translation>Der Benutzername darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The user name may only contain the letters a–z, digits and the characters . _ @ + -, and must start and end with a letter or digit.</source>
        <translation>Der Benutzername darf nur die Buchstaben a–z, Ziffern und die Zeichen . _ @ + - enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>Bitte geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The password may have at most {max} characters.</source>
        <translation>Das Passwort darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Server-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>In der Server-Adresse fehlt der Rechnername.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that the password is sent encrypted (http:// is only allowed for this computer).</source>
        <translation>Die Server-Adresse muss mit https:// beginnen, damit das Passwort verschlüsselt übertragen wird (http:// ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>Please check this entry.</source>
        <translation>Bitte prüfen Sie diese Angabe.</translation>
    </message>
    <message>
        <source>You find the cloud domain, user name and password in your customer account on the web under "Kundenkonto → Domäne-Daten". You can also paste the whole block from there.</source>
        <translation>Domäne, Benutzername und Passwort finden Sie in Ihrem Kundenkonto im Internet unter „Kundenkonto → Domäne-Daten“. Sie können auch den ganzen Block von dort einfügen.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>C&amp;opy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, click "Copy details" and send the details to support.</source>
        <translation>Bitte versuchen Sie es noch einmal. Wenn es wieder passiert, klicken Sie auf „Details kopieren“ und senden Sie die Details an den Support.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This computer has no password safe (keyring) that cloudsetup can use, so the sign-in cannot be remembered.</source>
        <extracomment>Windows' CRED_MAX_CREDENTIAL_BLOB_SIZE; the blob holds the secret as UTF-16-LE.</extracomment>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), den cloudsetup nutzen kann. Die Anmeldung kann deshalb nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The password safe (keyring) of this computer did not answer within {seconds} seconds. It may be locked or waiting for a confirmation.</source>
        <translation>Der Passwortspeicher (Schlüsselbund) dieses Computers hat nicht innerhalb von {seconds} Sekunden geantwortet. Vielleicht ist er gesperrt oder wartet auf eine Bestätigung.</translation>
    </message>
    <message>
        <source>The password safe (keyring) of this computer refused to store or read the sign-in.</source>
        <translation>Der Passwortspeicher (Schlüsselbund) dieses Computers hat das Speichern oder Lesen der Anmeldung verweigert.</translation>
    </message>
    <message>
        <source>The sign-in is too large for the password safe (keyring) of this computer.</source>
        <translation>Die Anmeldung ist zu groß für den Passwortspeicher (Schlüsselbund) dieses Computers.</translation>
    </message>
    <message>
        <source>You can continue with "Ask me every time": the password is then asked at every start and nothing is written to disk.</source>
        <translation>Sie können mit „Jedes Mal fragen“ weitermachen: Das Passwort wird dann bei jedem Start abgefragt und nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings could not be saved to {path}.</source>
        <extracomment>Where the customer finds his "Domäne-Daten"; the page links to it (configurable per install).</extracomment>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to this folder.</source>
        <translation>Prüfen Sie, ob die Festplatte voll ist und ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Cloud sync</source>
        <translation>Cloudabgleich</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Access data:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Mitarbeiter:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Freigeschaltet:</translation>
    </message>
    <message>
        <source>First fill:</source>
        <translation>Erstbefüllung:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Open the setup &amp;wizard</source>
        <translation>Einrichtungs&amp;assistent öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>kept in the password safe of this computer</source>
        <translation>im Passwortspeicher dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>asked for at every start</source>
        <translation>wird bei jedem Start abgefragt</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>{activated} of {count}, {confirmed} confirmed</source>
        <translation>{activated} von {count}, {confirmed} bestätigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>The cloud did not accept the stored sign-in any more.</source>
        <translation>Die Cloud hat die gespeicherte Anmeldung nicht mehr angenommen.</translation>
    </message>
    <message>
        <source>Open the setup wizard and sign in again with "Test connection".</source>
        <translation>Öffnen Sie den Einrichtungsassistenten und melden Sie sich mit „Verbindung testen“ neu an.</translation>
    </message>
    <message>
        <source>The connection to the cloud works.</source>
        <translation>Die Verbindung zur Cloud funktioniert.</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>There is no connection to the cloud yet.</source>
        <translation>Es besteht noch keine Verbindung zur Cloud.</translation>
    </message>
    <message>
        <source>Enter the access data and click "Test connection".</source>
        <translation>Geben Sie die Zugangsdaten ein und klicken Sie auf „Verbindung testen“.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Cloud setup</source>
        <translation>Cloudeinrichtungsassistent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Setup steps</source>
        <translation>Schritte der Einrichtung</translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation>Demo-Cloud</translation>
    </message>
    <message>
        <source>&amp;Use these</source>
        <translation>Üb&amp;ernehmen</translation>
    </message>
    <message>
        <source>Fill the access data of the demo cloud into page 1</source>
        <translation>Die Zugangsdaten der Demo-Cloud in Seite 1 übernehmen</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Cloud setup</source>
        <extracomment>How long the end of the program waits for work that was cancelled but still runs.</extracomment>
        <translation>Cloudeinrichtung</translation>
    </message>
    <message>
        <source>Checking the connection to the cloud…</source>
        <translation>Verbindung zur Cloud wird geprüft…</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Step 2 of 4: who works with the cloud.</source>
        <translation>Schritt 2 von 4: Wer mit der Cloud arbeitet.</translation>
    </message>
    <message>
        <source>At least one employee must be set up. Best add all of them right away, the boss included.</source>
        <translation>Es muss mindestens ein Mitarbeiter eingerichtet sein. Am besten legen Sie direkt alle Mitarbeiter an (auch den Chef).</translation>
    </message>
    <message>
        <source>Each employee needs his OWN e-mail address that he can read: he confirms by e-mail that he agrees to receive company-internal data.</source>
        <translation>Jeder braucht eine EIGENE E-Mail-Adresse, die er auch liest: Er bestätigt per Mail, dass er einverstanden ist, betriebsinterne Daten entgegenzunehmen.</translation>
    </message>
    <message>
        <source>The employee list of the office data can be taken over.</source>
        <translation>Die Mitarbeiterliste aus den Bürodaten kann übernommen werden.</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Benutzerzugänge</translation>
    </message>
    <message>
        <source>Step 3 of 4: passwords and activation for each employee.</source>
        <translation>Schritt 3 von 4: Passwort und Freischaltung für jeden Mitarbeiter.</translation>
    </message>
    <message>
        <source>Give each employee a password (at least 8 characters) and click "Activate for the cloud". The cloud then sends him an e-mail with a link to agree.</source>
        <translation>Für jeden Mitarbeiter ein Passwort frei vergeben (mindestens 8 Zeichen) und „Für die Cloud freischalten“ drücken. Die Cloud schickt ihm dann eine Mail mit einem Link, mit dem er zustimmt.</translation>
    </message>
    <message>
        <source>Whether he may create invoices in his app or on a second computer, and which number range he uses.</source>
        <translation>Ob er auf seiner App oder einem Zweitrechner Rechnungen erstellen darf und welchen Nummernkreis er nutzt.</translation>
    </message>
    <message>
        <source>Access restrictions (rarely used) and his devices: at most 2 per employee. New devices are allowed only after everything is synchronised.</source>
        <translation>Zugriffsbeschränkungen (selten genutzt) und seine Geräte: höchstens 2 pro Mitarbeiter. Neue Geräte werden erst zugelassen, wenn alles synchronisiert ist.</translation>
    </message>
    <message>
        <source>Fill the cloud</source>
        <translation>Cloud befüllen</translation>
    </message>
    <message>
        <source>Step 4 of 4: send the office data to the cloud.</source>
        <translation>Schritt 4 von 4: Die Bürodaten in die Cloud schicken.</translation>
    </message>
    <message>
        <source>"Fill now" sends all office data to the cloud: customers, articles, projects and invoices.</source>
        <translation>„Jetzt neu befüllen“ schickt alle Bürodaten in die Cloud: Kunden, Artikel, Projekte und Rechnungen.</translation>
    </message>
    <message>
        <source>With progress, remaining time and cancel; an interrupted fill continues where it stopped.</source>
        <translation>Mit Fortschritt, Restzeit und Abbrechen; eine unterbrochene Befüllung geht dort weiter, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The cloud can be used by the employees only after this first fill.</source>
        <translation>Erst nach dieser Erstbefüllung können die Mitarbeiter die Cloud nutzen.</translation>
    </message>
    <message>
        <source>In the cloud now: {count} employee(s).</source>
        <translation>Stand in der Cloud: {count} Mitarbeiter.</translation>
    </message>
    <message>
        <source>In the cloud now: {activated} of {count} employee(s) activated, {confirmed} confirmed.</source>
        <translation>Stand in der Cloud: {activated} von {count} Mitarbeitern freigeschaltet, {confirmed} bestätigt.</translation>
    </message>
    <message>
        <source>In the cloud now: the first fill is done.</source>
        <translation>Stand in der Cloud: Die Erstbefüllung ist erledigt.</translation>
    </message>
    <message>
        <source>In the cloud now: not filled yet.</source>
        <translation>Stand in der Cloud: noch nicht befüllt.</translation>
    </message>
    <message>
        <source>What happens in this step:</source>
        <translation>Was in diesem Schritt passiert:</translation>
    </message>
    <message>
        <source>This step is already done in the cloud.</source>
        <translation>Dieser Schritt ist in der Cloud schon erledigt.</translation>
    </message>
    <message>
        <source>Click "Next" to go on.</source>
        <translation>Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>This step comes next: it is being built right now.</source>
        <translation>Dieser Schritt kommt als Nächstes: Er wird gerade eingebaut.</translation>
    </message>
    <message>
        <source>Your entries so far are saved in the cloud. You can close the wizard now; when you open it again, it continues here.</source>
        <translation>Ihre bisherigen Angaben sind in der Cloud gespeichert. Sie können den Assistenten jetzt schließen; beim nächsten Öffnen geht es hier weiter.</translation>
    </message>
</context>
</TS>
