<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessDetails</name>
    <message>
        <source>Activate for the &amp;cloud</source>
        <translation>Für die &amp;Cloud freischalten</translation>
    </message>
    <message>
        <source>Send &amp;mail again</source>
        <translation>&amp;Mail erneut senden</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>May write &amp;invoices on the app/second computer</source>
        <translation>Darf auf App/Zweitrechner &amp;Rechnungen schreiben</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Rarely used: limits what his devices receive from the cloud. Saved as soon as you tick a box.</source>
        <translation>Wird selten genutzt: schränkt ein, was seine Geräte aus der Cloud bekommen. Wird gespeichert, sobald Sie ein Häkchen setzen.</translation>
    </message>
    <message>
        <source>No &amp;purchase prices</source>
        <translation>Keine &amp;Einkaufspreise</translation>
    </message>
    <message>
        <source>Only his &amp;own projects/orders</source>
        <translation>Nur &amp;eigene Projekte/Aufträge</translation>
    </message>
    <message>
        <source>No re&amp;venue figures</source>
        <translation>Keine &amp;Umsatzzahlen</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Zugriffsbeschränkungen</translation>
    </message>
    <message>
        <source>No devices registered yet.</source>
        <translation>Noch keine Geräte angemeldet.</translation>
    </message>
    <message>
        <source>Devices (max. 2)</source>
        <translation>Geräte (max. 2)</translation>
    </message>
    <message>
        <source>Select an employee in the list above.</source>
        <translation>Wählen Sie oben einen Mitarbeiter aus.</translation>
    </message>
    <message>
        <source>Activating {name}…</source>
        <translation>{name} wird freigeschaltet …</translation>
    </message>
    <message>
        <source>Sending the mail to {name} again…</source>
        <translation>Die Mail an {name} wird erneut gesendet …</translation>
    </message>
    <message>
        <source>The mail with the confirmation link was sent to {email}.</source>
        <translation>Die Mail mit dem Bestätigungslink wurde an {email} gesendet.</translation>
    </message>
    <message>
        <source>{name} must open the link and agree; the status here follows.</source>
        <translation>{name} muss den Link öffnen und zustimmen; der Status hier folgt von selbst.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>At most 2 devices per employee (the office PC does not count). Devices he signs in with are allowed later in the cloud settings with &quot;Allow new devices&quot;. Attention: first synchronise everything, then click &quot;Allow new devices&quot;.</source>
        <translation>Höchstens 2 Geräte pro Mitarbeiter (der Büro-PC zählt nicht mit). Geräte, mit denen er sich anmeldet, werden später im Cloudabgleich mit „Neue Geräte zulassen“ freigegeben. Achtung: erst alles synchronisieren, dann „Neue Geräte zulassen“ drücken.</translation>
    </message>
</context>
<context>
    <name>AccessErrors</name>
    <message>
        <source>The cloud could not send the consent mail.</source>
        <translation>Die Cloud konnte die Mail zur Einverständniserklärung nicht senden.</translation>
    </message>
    <message>
        <source>The password and the activation are kept. Click &quot;Send mail again&quot; to try again; if it keeps failing, check the mail settings of the cloud.</source>
        <translation>Passwort und Freischaltung bleiben erhalten. Klicken Sie auf „Mail erneut senden“, um es noch einmal zu versuchen; klappt es weiterhin nicht, prüfen Sie die Mail-Einstellungen der Cloud.</translation>
    </message>
    <message>
        <source>This employee has not been activated yet, so there is no mail to send again.</source>
        <translation>Dieser Mitarbeiter ist noch nicht freigeschaltet; es gibt also keine Mail, die erneut gesendet werden könnte.</translation>
    </message>
    <message>
        <source>Give him a password and click &quot;Activate for the cloud&quot;.</source>
        <translation>Vergeben Sie ein Passwort und klicken Sie auf „Für die Cloud freischalten“.</translation>
    </message>
    <message>
        <source>This employee has already agreed; his cloud access is active.</source>
        <translation>Dieser Mitarbeiter hat bereits zugestimmt; sein Cloud-Zugang ist aktiv.</translation>
    </message>
    <message>
        <source>Nothing more to do for him. Reload the page to see his state.</source>
        <translation>Für ihn ist nichts mehr zu tun. Laden Sie die Seite neu, um seinen Status zu sehen.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>User access</source>
        <extracomment>The employees as the cloud holds them now (after a load, a poll or a change).</extracomment>
        <translation>Benutzerzugänge</translation>
    </message>
    <message>
        <source>Step 3 of 4: give each employee a password (at least 8 characters) and click &quot;Activate for the cloud&quot;. The cloud mails him a link to agree.</source>
        <translation>Schritt 3 von 4: Vergeben Sie für jeden Mitarbeiter ein Passwort (mindestens 8 Zeichen) und klicken Sie auf „Für die Cloud freischalten“. Die Cloud schickt ihm einen Link zum Zustimmen.</translation>
    </message>
    <message>
        <source>Employees who have not confirmed yet cannot use the cloud. You may go on anyway; the status is kept up to date here and in the cloud settings.</source>
        <translation>Mitarbeiter, die noch nicht bestätigt haben, können die Cloud noch nicht nutzen. Sie können trotzdem weitermachen; der Status wird hier und im Cloudabgleich laufend aktualisiert.</translation>
    </message>
    <message>
        <source>Loading the employees from the cloud…</source>
        <translation>Die Mitarbeiter werden aus der Cloud geladen …</translation>
    </message>
    <message>
        <source>Load &amp;again</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <source>The status could not be refreshed; trying again in a few seconds.</source>
        <translation>Der Status konnte nicht aktualisiert werden; in ein paar Sekunden wird es erneut versucht.</translation>
    </message>
    <message>
        <source>Add employees on the previous page first (&quot;Back&quot;).</source>
        <translation>Legen Sie zuerst auf der vorigen Seite Mitarbeiter an („Zurück“).</translation>
    </message>
    <message>
        <source>&quot;Next&quot; becomes possible as soon as every employee has been sent his mail (still without mail: {count}).</source>
        <translation>„Weiter“ ist möglich, sobald jeder Mitarbeiter seine Mail bekommen hat (noch ohne Mail: {count}).</translation>
    </message>
</context>
<context>
    <name>AccessState</name>
    <message>
        <source>Not activated yet. Give him a password and click &quot;Activate for the cloud&quot;; the cloud then sends him an e-mail with a link to agree.</source>
        <translation>Noch nicht freigeschaltet. Vergeben Sie ein Passwort und klicken Sie auf „Für die Cloud freischalten“; die Cloud schickt ihm dann eine E-Mail mit einem Link zum Zustimmen.</translation>
    </message>
    <message>
        <source>The mail could not be delivered. Check the e-mail address, then click &quot;Send mail again&quot;.</source>
        <translation>Die Mail konnte nicht zugestellt werden. Prüfen Sie die E-Mail-Adresse und klicken Sie dann auf „Mail erneut senden“.</translation>
    </message>
    <message>
        <source>Mail sent on {when}. He must open the link in it and agree before he can use the cloud.</source>
        <translation>Mail gesendet am {when}. Er muss den Link darin öffnen und zustimmen, bevor er die Cloud nutzen kann.</translation>
    </message>
    <message>
        <source>He opened the link on {when} but has not agreed yet.</source>
        <translation>Er hat den Link am {when} geöffnet, aber noch nicht zugestimmt.</translation>
    </message>
    <message>
        <source>Confirmed on {when}: he can use the cloud once it has been filled for the first time.</source>
        <translation>Bestätigt am {when}: Er kann die Cloud nutzen, sobald sie zum ersten Mal befüllt ist.</translation>
    </message>
    <message>
        <source>The link has expired before he agreed. &quot;Send mail again&quot; sends him a new link.</source>
        <translation>Der Link ist abgelaufen, bevor er zugestimmt hat. „Mail erneut senden“ schickt ihm einen neuen Link.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Nicht freigeschaltet</translation>
    </message>
    <message>
        <source>Mail failed</source>
        <translation>Mail fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Mail gesendet</translation>
    </message>
    <message>
        <source>Link opened</source>
        <translation>Link geöffnet</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
</context>
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
        <source>Check the cloud domain, user name and password. You find them in your customer account on the web under &quot;Kundenkonto → Domäne-Daten&quot;.</source>
        <extracomment>The inputs of the credentials page a message can be attached to (see also ``ENTRY_FIELDS``).</extracomment>
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
        <source>The connection to the cloud server broke off before it answered.</source>
        <translation>Die Verbindung zum Cloud-Server ist abgebrochen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>Please try again. If you were saving something, check after reloading whether it arrived in the cloud. An unstable network, a firewall or a proxy may cut the connection.</source>
        <translation>Bitte versuchen Sie es noch einmal. Wenn Sie gerade etwas gespeichert haben, prüfen Sie nach dem Neuladen, ob es in der Cloud angekommen ist. Ein unzuverlässiges Netz, eine Firewall oder ein Proxy kann die Verbindung trennen.</translation>
    </message>
    <message>
        <source>The proxy server of this network refused the connection to the cloud.</source>
        <translation>Der Proxy-Server dieses Netzes hat die Verbindung zur Cloud abgelehnt.</translation>
    </message>
    <message>
        <source>Ask your IT department to allow the cloud server through the proxy, or check the proxy setting of this computer (HTTPS_PROXY).</source>
        <translation>Bitten Sie Ihre IT-Abteilung, den Cloud-Server über den Proxy freizugeben, oder prüfen Sie die Proxy-Einstellung dieses Computers (HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>The cloud server cannot be reached.</source>
        <translation>Der Cloud-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the internet connection of this computer and the server address under &quot;Advanced&quot;. A firewall or proxy may also block the connection.</source>
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
        <source>Is the server address under &quot;Advanced&quot; right?</source>
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
    <name>Collections</name>
    <message>
        <source>Employees</source>
        <extracomment>What a person calls each collection (progress bars, summaries).</extracomment>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
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
        <source>You find the access data in your customer account on the web under &quot;Kundenkonto → Domäne-Daten&quot;. Sign in there; if you use the customer account for the first time, simply request a new password.</source>
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
        <source>Copy the block under &quot;Kundenkonto → Domäne-Daten&quot; in your customer account and try again, or type the values in.</source>
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
        <source>Check the values and click &quot;Test connection&quot;.</source>
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
        <source>Click &quot;Next&quot; to continue with the employees.</source>
        <translation>Klicken Sie auf „Weiter“, um mit den Mitarbeitern fortzufahren.</translation>
    </message>
    <message>
        <source>The sign-in is kept only until cloudsetup is closed; you will be asked for the password at the next start. Click &quot;Next&quot; to continue.</source>
        <translation>Die Anmeldung gilt nur, bis cloudsetup geschlossen wird; beim nächsten Start werden Sie nach dem Passwort gefragt. Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Export the employee list from your office software as a CSV file and choose it.</source>
        <extracomment>An employee list is small; a bigger file is most likely the wrong file.</extracomment>
        <translation>Exportieren Sie die Mitarbeiterliste aus Ihrer Bürosoftware als CSV-Datei und wählen Sie diese aus.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already appears in line {line}.</source>
        <translation>Die E-Mail-Adresse {email} steht schon in Zeile {line}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has no column for the name (&quot;Name&quot;, or &quot;Vorname&quot; and &quot;Nachname&quot;).</source>
        <translation>Die Datei hat keine Spalte für den Namen („Name“ oder „Vorname“ und „Nachname“).</translation>
    </message>
    <message>
        <source>The file has no column for the e-mail address (&quot;E-Mail&quot;).</source>
        <translation>Die Datei hat keine Spalte für die E-Mail-Adresse („E-Mail“).</translation>
    </message>
    <message>
        <source>The file cannot be read from here on ({reason}).</source>
        <translation>Die Datei kann ab hier nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The file {file} is too large for an employee list (more than 2 MB).</source>
        <translation>Die Datei {file} ist zu groß für eine Mitarbeiterliste (mehr als 2 MB).</translation>
    </message>
    <message>
        <source>The file {file} could not be read.</source>
        <translation>Die Datei {file} konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Add employee</source>
        <extracomment>The inputs a message can be shown at.</extracomment>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Mitarbeiter bearbeiten</translation>
    </message>
    <message>
        <source>Each employee needs his OWN e-mail address that he can read: the cloud sends him a link there, and only after he agrees to receive company-internal data can he use the cloud. A shared office address does not work.</source>
        <translation>Jeder Mitarbeiter braucht eine EIGENE E-Mail-Adresse, die er auch liest: Die Cloud schickt ihm dorthin einen Link, und erst wenn er zustimmt, betriebsinterne Daten entgegenzunehmen, kann er die Cloud nutzen. Eine gemeinsame Büro-Adresse geht nicht.</translation>
    </message>
    <message>
        <source>e.g. Anna Becker</source>
        <translation>z. B. Anna Becker</translation>
    </message>
    <message>
        <source>e.g. anna.becker@malerbetrieb-muster.de</source>
        <translation>z. B. anna.becker@malerbetrieb-muster.de</translation>
    </message>
    <message>
        <source>&amp;Boss/owner</source>
        <translation>&amp;Chef/Inhaber</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Employee &amp;no. (optional):</source>
        <translation>&amp;Personalnummer (optional):</translation>
    </message>
    <message>
        <source>&amp;Mobile (optional):</source>
        <translation>&amp;Mobilnummer (optional):</translation>
    </message>
    <message>
        <source>&amp;Language of his mails:</source>
        <translation>&amp;Sprache seiner Mails:</translation>
    </message>
    <message>
        <source>Saving in the cloud…</source>
        <translation>Wird in der Cloud gespeichert …</translation>
    </message>
    <message>
        <source>These are the entries you made last time; they are not saved in the cloud yet.</source>
        <translation>Das sind Ihre Eingaben vom letzten Mal; in der Cloud sind sie noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>EmployeeImport</name>
    <message>
        <source>Line {line} ({field}): {message}</source>
        <translation>Zeile {line} ({field}): {message}</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>boss/owner</source>
        <translation>Chef/Inhaber</translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Import finished: {added} added, {skipped} already present, {failed} failed.</source>
        <translation>Import beendet: {added} hinzugefügt, {skipped} schon vorhanden, {failed} fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>EmployeeTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Boss/owner</source>
        <translation>Chef/Inhaber</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <extracomment>The employees as the cloud holds them now (after a load or a change). Keeps the new-employee dialog&apos;s entries; outlives every dialog, so no write is lost.</extracomment>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Step 2 of 4: at least one employee must be set up. Best add all of them right away, the boss too.</source>
        <translation>Schritt 2 von 4: Es muss mindestens ein Mitarbeiter eingerichtet sein. Am besten legen Sie direkt alle Mitarbeiter an (auch den Chef).</translation>
    </message>
    <message>
        <source>Each employee needs his OWN e-mail address that he can read: he confirms there that he agrees to receive company-internal data on his devices.</source>
        <translation>Jeder Mitarbeiter braucht eine EIGENE E-Mail-Adresse, die er auch liest: Dort bestätigt er, dass er einverstanden ist, betriebsinterne Daten auf seinen Geräten entgegenzunehmen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>Aus &amp;Datei importieren …</translation>
    </message>
    <message>
        <source>A CSV file with the columns name, e-mail and optionally boss/owner</source>
        <translation>Eine CSV-Datei mit den Spalten Name, E-Mail und wahlweise Chef/Inhaber</translation>
    </message>
    <message>
        <source>&quot;Next&quot; becomes possible as soon as at least one employee is set up.</source>
        <translation>„Weiter“ ist möglich, sobald mindestens ein Mitarbeiter eingerichtet ist.</translation>
    </message>
    <message>
        <source>Loading the employees from the cloud…</source>
        <translation>Die Mitarbeiter werden aus der Cloud geladen …</translation>
    </message>
    <message>
        <source>Load &amp;again</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <source>{name} is saved in the cloud.</source>
        <translation>{name} ist in der Cloud gespeichert.</translation>
    </message>
    <message>
        <source>Remove employee</source>
        <translation>Mitarbeiter entfernen</translation>
    </message>
    <message>
        <source>Remove {name} ({email}) from the cloud? His access, his number range and his devices are removed with him.</source>
        <translation>{name} ({email}) aus der Cloud entfernen? Sein Zugang, sein Nummernkreis und seine Geräte werden mit entfernt.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Removing {name}…</source>
        <translation>{name} wird entfernt …</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} wurde entfernt.</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>Mitarbeiter importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen …</translation>
    </message>
    <message>
        <source>Importing the employees…</source>
        <translation>Die Mitarbeiter werden importiert …</translation>
    </message>
</context>
<context>
    <name>EntryErrors</name>
    <message>
        <source>A passphrase of several unrelated words is easy to remember and hard to guess. You can also let the wizard generate a password.</source>
        <extracomment>The inputs of the employee, access and range editors a message can be attached to.</extracomment>
        <translation>Ein Satz aus mehreren Wörtern, die nichts miteinander zu tun haben, ist leicht zu merken und schwer zu erraten. Sie können auch ein Passwort erzeugen lassen.</translation>
    </message>
    <message>
        <source>Every employee needs his own e-mail address: the consent mail and his sign-in go there.</source>
        <translation>Jeder Mitarbeiter braucht eine eigene E-Mail-Adresse: Dorthin gehen die Mail zur Einverständniserklärung und seine Anmeldung.</translation>
    </message>
    <message>
        <source>Ranges with the same prefix must not share a number. &quot;Suggest&quot; finds the next free block.</source>
        <translation>Nummernkreise mit demselben Präfix dürfen keine Nummer gemeinsam haben. „Vorschlag“ findet den nächsten freien Block.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <extracomment>reason → (input, message); the message may use {min}, {max} and the caller&apos;s parameters.</extracomment>
        <translation>Bitte geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>The name may have at most {max} characters.</source>
        <translation>Der Name darf höchstens {max} Zeichen haben.</translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation>Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Please enter the e-mail address.</source>
        <translation>Bitte geben Sie die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The e-mail address may have at most {max} characters.</source>
        <translation>Die E-Mail-Adresse darf höchstens {max} Zeichen haben.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address. Please check it (example: max.muster@example.de).</source>
        <translation>Das ist keine gültige E-Mail-Adresse. Bitte prüfen Sie sie (Beispiel: max.muster@example.de).</translation>
    </message>
    <message>
        <source>This e-mail address is already used by another employee.</source>
        <translation>Diese E-Mail-Adresse hat bereits ein anderer Mitarbeiter.</translation>
    </message>
    <message>
        <source>This e-mail address is already used by {name}.</source>
        <translation>Diese E-Mail-Adresse hat bereits {name}.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, spaces and + / - ( ) only, for example +49 170 1234567.</source>
        <translation>Das ist keine Telefonnummer. Verwenden Sie nur Ziffern, Leerzeichen und + / - ( ), zum Beispiel +49 170 1234567.</translation>
    </message>
    <message>
        <source>The employee number may have at most 20 characters.</source>
        <translation>Die Personalnummer darf höchstens 20 Zeichen haben.</translation>
    </message>
    <message>
        <source>The employee number may only hold visible characters, no control characters.</source>
        <translation>Die Personalnummer darf nur sichtbare Zeichen enthalten, keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>The language must be German (de) or English (en).</source>
        <translation>Die Sprache muss Deutsch (de) oder Englisch (en) sein.</translation>
    </message>
    <message>
        <source>The boss column must say &quot;yes&quot; or &quot;no&quot;.</source>
        <translation>In der Spalte Chef muss „ja“ oder „nein“ stehen.</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>Bitte geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least {min} characters.</source>
        <translation>Das Passwort ist zu kurz: Es braucht mindestens {min} Zeichen.</translation>
    </message>
    <message>
        <source>The password is too long: it may have at most {max} characters.</source>
        <translation>Das Passwort ist zu lang: Es darf höchstens {max} Zeichen haben.</translation>
    </message>
    <message>
        <source>This password is one of the most common passwords and would be guessed at once.</source>
        <translation>Dieses Passwort gehört zu den häufigsten Passwörtern und wäre sofort erraten.</translation>
    </message>
    <message>
        <source>The password must not contain the company name.</source>
        <translation>Das Passwort darf den Firmennamen nicht enthalten.</translation>
    </message>
    <message>
        <source>The password must not contain the employee&apos;s name.</source>
        <translation>Das Passwort darf den Namen des Mitarbeiters nicht enthalten.</translation>
    </message>
    <message>
        <source>The password must not contain the employee&apos;s e-mail address.</source>
        <translation>Das Passwort darf die E-Mail-Adresse des Mitarbeiters nicht enthalten.</translation>
    </message>
    <message>
        <source>The prefix may have at most {max} characters.</source>
        <translation>Das Präfix darf höchstens {max} Zeichen haben.</translation>
    </message>
    <message>
        <source>The prefix may only contain letters, digits and the characters - _ . / and must start with a letter or digit.</source>
        <translation>Das Präfix darf nur Buchstaben, Ziffern und die Zeichen - _ . / enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Please enter a whole number, for example 1000.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein, zum Beispiel 1000.</translation>
    </message>
    <message>
        <source>The number must lie between 1 and {max}.</source>
        <translation>Die Zahl muss zwischen 1 und {max} liegen.</translation>
    </message>
    <message>
        <source>The range ends before it starts: the last number is too small.</source>
        <translation>Der Nummernkreis endet, bevor er beginnt: Die letzte Nummer ist zu klein.</translation>
    </message>
    <message>
        <source>The next number must lie within the range (or one past its last number when it is used up).</source>
        <translation>Die nächste Nummer muss im Nummernkreis liegen (oder eins hinter der letzten Nummer, wenn er aufgebraucht ist).</translation>
    </message>
    <message>
        <source>This range shares numbers with another range with the same prefix ({detail}).</source>
        <translation>Dieser Nummernkreis überschneidet sich mit einem anderen mit demselben Präfix ({detail}).</translation>
    </message>
    <message>
        <source>This range shares numbers with the office&apos;s range {range}.</source>
        <translation>Dieser Nummernkreis überschneidet sich mit dem Nummernkreis des Büros {range}.</translation>
    </message>
    <message>
        <source>This range shares numbers with the range {range} of {name}.</source>
        <translation>Dieser Nummernkreis überschneidet sich mit dem Nummernkreis {range} von {name}.</translation>
    </message>
    <message>
        <source>No free block of this size is left for this prefix. Use another prefix (for example with the next year) or a smaller block.</source>
        <translation>Für dieses Präfix ist kein freier Block dieser Größe mehr übrig. Verwenden Sie ein anderes Präfix (zum Beispiel mit dem nächsten Jahr) oder einen kleineren Block.</translation>
    </message>
    <message>
        <source>The size of the block must lie between 1 and {max}.</source>
        <translation>Die Größe des Blocks muss zwischen 1 und {max} liegen.</translation>
    </message>
    <message>
        <source>Please check this entry.</source>
        <translation>Bitte prüfen Sie diese Eingabe.</translation>
    </message>
</context>
<context>
    <name>FillCommand</name>
    <message>
        <source>Total</source>
        <extracomment>Seconds between plain progress lines when stderr is not a terminal.</extracomment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>{rate} records/s</source>
        <translation>{rate} Datensätze/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Preparing the fill …</source>
        <translation>Die Befüllung wird vorbereitet …</translation>
    </message>
    <message>
        <source>Uploading the office data …</source>
        <translation>Die Bürodaten werden hochgeladen …</translation>
    </message>
    <message>
        <source>The cloud is checking the data …</source>
        <translation>Die Cloud prüft die Daten …</translation>
    </message>
    <message>
        <source>Done: the cloud holds exactly the office data.</source>
        <translation>Fertig: Die Cloud enthält genau die Bürodaten.</translation>
    </message>
    <message>
        <source>Checked by the cloud:</source>
        <translation>Von der Cloud geprüft:</translation>
    </message>
    <message>
        <source>The office database {path} does not exist.</source>
        <translation>Die Bürodatenbank {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>This computer is not signed in to the cloud. Run &quot;cloudsetup&quot; and sign in on the first page, then try again.</source>
        <translation>Dieser Computer ist nicht bei der Cloud angemeldet. Starten Sie „cloudsetup“, melden Sie sich auf der ersten Seite an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The fill was cancelled. The data the cloud held before is unchanged; run the command again to continue where it stopped.</source>
        <translation>Die Befüllung wurde abgebrochen. Die bisherigen Daten der Cloud sind unverändert; rufen Sie den Befehl erneut auf, um dort weiterzumachen, wo sie aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>FillErrors</name>
    <message>
        <source>Click &quot;Try again&quot;: the fill continues where it stopped.</source>
        <extracomment>Reasons after which the stored job cannot be continued: the next run starts a new one.</extracomment>
        <translation>Klicken Sie auf „Erneut versuchen“: Die Befüllung geht dort weiter, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Click &quot;Try again&quot;: the fill starts over. The data the cloud held before stays until the new fill is complete and checked.</source>
        <translation>Klicken Sie auf „Erneut versuchen“: Die Befüllung beginnt von vorn. Die bisherigen Daten der Cloud bleiben, bis die neue Befüllung vollständig und geprüft ist.</translation>
    </message>
    <message>
        <source>The cloud refused a record of the office data.</source>
        <translation>Die Cloud hat einen Datensatz der Bürodaten abgelehnt.</translation>
    </message>
    <message>
        <source>The cloud refused the record &quot;{record}&quot; in &quot;{collection}&quot;.</source>
        <translation>Die Cloud hat den Datensatz „{record}“ in „{collection}“ abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was replaced in the cloud. Correct this record in the office software and click &quot;Try again&quot;.</source>
        <translation>In der Cloud wurde nichts ersetzt. Korrigieren Sie diesen Datensatz in der Bürosoftware und klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The cloud holds different data under the same part number of this fill.</source>
        <translation>Die Cloud hat unter derselben Teilnummer dieser Befüllung andere Daten.</translation>
    </message>
    <message>
        <source>The cloud is still missing part of the data.</source>
        <translation>Der Cloud fehlt noch ein Teil der Daten.</translation>
    </message>
    <message>
        <source>The check failed: the cloud does not hold exactly the data of the office.</source>
        <translation>Die Prüfung ist fehlgeschlagen: Die Cloud enthält nicht genau die Daten des Büros.</translation>
    </message>
    <message>
        <source>This fill has already been finished or cancelled in the cloud.</source>
        <translation>Diese Befüllung wurde in der Cloud bereits abgeschlossen oder abgebrochen.</translation>
    </message>
    <message>
        <source>The office data changed while it was being uploaded.</source>
        <translation>Die Bürodaten haben sich während des Hochladens geändert.</translation>
    </message>
    <message>
        <source>Close the office software on all computers, or wait until nobody is working in it, and click &quot;Try again&quot;.</source>
        <translation>Schließen Sie die Bürosoftware auf allen Computern oder warten Sie, bis niemand mehr darin arbeitet, und klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The progress of the fill cannot be saved to {path}.</source>
        <translation>Der Fortschritt der Befüllung kann nicht in {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to this folder.</source>
        <translation>Prüfen Sie, ob die Festplatte voll ist und ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>FillPage</name>
    <message>
        <source>Fill the cloud</source>
        <extracomment>The cloud&apos;s setup state after a verified fill (the wizard&apos;s step marks follow it). A progress snapshot was shown (the screenshots and the GUI benchmark listen).</extracomment>
        <translation>Cloud befüllen</translation>
    </message>
    <message>
        <source>Step 4 of 4: send the office data to the cloud.</source>
        <translation>Schritt 4 von 4: die Bürodaten in die Cloud schicken.</translation>
    </message>
    <message>
        <source>Simply click &quot;Fill now&quot; and off it goes: all office data is sent to the cloud. The cloud can be used once this fill is done.</source>
        <translation>Einfach auf „Jetzt neu befüllen“ klicken und los geht’s, alles wird in die Cloud geschickt. Nach dieser Befüllung ist die Cloud einsatzbereit.</translation>
    </message>
    <message>
        <source>This office data is sent:</source>
        <translation>Diese Bürodaten werden gesendet:</translation>
    </message>
    <message>
        <source>&amp;Fill now</source>
        <translation>&amp;Jetzt neu befüllen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Reading the office data…</source>
        <translation>Die Bürodaten werden gelesen …</translation>
    </message>
    <message>
        <source>The cloud has already been filled.</source>
        <translation>Die Cloud ist bereits befüllt.</translation>
    </message>
    <message>
        <source>Click &quot;Finish&quot;. &quot;Fill now&quot; would replace the data in the cloud.</source>
        <translation>Klicken Sie auf „Fertigstellen“. „Jetzt neu befüllen“ würde die Daten in der Cloud ersetzen.</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>No office data is set up on this computer.</source>
        <translation>Auf diesem Computer sind keine Bürodaten eingerichtet.</translation>
    </message>
    <message>
        <source>The office data is expected in the database of the office software. Start the program with &quot;--office-db FILE&quot; to name the file.</source>
        <translation>Die Bürodaten werden in der Datenbank der Bürosoftware erwartet. Starten Sie das Programm mit „--office-db DATEI“, um die Datei anzugeben.</translation>
    </message>
    <message>
        <source>The office data was not found.</source>
        <translation>Die Bürodaten wurden nicht gefunden.</translation>
    </message>
    <message>
        <source>It is expected in this file: {path}</source>
        <translation>Sie werden in dieser Datei erwartet: {path}</translation>
    </message>
    <message>
        <source>Asking the cloud what it holds…</source>
        <translation>Die Cloud wird gefragt, welche Daten sie schon hat …</translation>
    </message>
    <message>
        <source>Replace the data in the cloud</source>
        <translation>Daten in der Cloud ersetzen</translation>
    </message>
    <message>
        <source>The cloud already holds {count} records. They will be replaced by the office data. Fill the cloud anew?</source>
        <translation>Die Cloud enthält bereits {count} Datensätze. Sie werden durch die Bürodaten ersetzt. Die Cloud jetzt neu befüllen?</translation>
    </message>
    <message>
        <source>&amp;Yes, replace</source>
        <translation>&amp;Ja, ersetzen</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancelling… the parts on their way are finished first.</source>
        <translation>Wird abgebrochen … die Teile, die schon unterwegs sind, werden noch fertig gesendet.</translation>
    </message>
    <message>
        <source>The cloud is filled: {count} records, checked by the cloud.</source>
        <translation>Die Cloud ist befüllt: {count} Datensätze, von der Cloud geprüft.</translation>
    </message>
    <message>
        <source>The cloud can be used now. Click &quot;Finish&quot; to end the setup.</source>
        <translation>Die Cloud kann jetzt genutzt werden. Klicken Sie auf „Fertigstellen“, um die Einrichtung abzuschließen.</translation>
    </message>
    <message>
        <source>The fill was cancelled. The data in the cloud is unchanged.</source>
        <translation>Die Befüllung wurde abgebrochen. Die Daten in der Cloud sind unverändert.</translation>
    </message>
    <message>
        <source>The next &quot;Fill now&quot; continues where it stopped.</source>
        <translation>Beim nächsten „Jetzt neu befüllen“ geht es dort weiter, wo sie aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>FillProgressView</name>
    <message>
        <source>Total</source>
        <extracomment>A bar&apos;s range; counts are scaled to it (a QProgressBar holds only 32-bit values).</extracomment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ geprüft</translation>
    </message>
</context>
<context>
    <name>FillTexts</name>
    <message>
        <source>{rate} records/s</source>
        <translation>{rate} Datensätze/s</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>Restzeit wird ermittelt …</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>noch wenige Sekunden</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} Sek.</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>noch etwa {hours} Std.</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>noch etwa {hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>Preparing the office data and asking the cloud what it already holds…</source>
        <translation>Die Bürodaten werden vorbereitet und die Cloud wird gefragt, was sie schon hat …</translation>
    </message>
    <message>
        <source>The cloud is checking the data…</source>
        <translation>Die Cloud prüft die Daten …</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Sending: {rate} · {left}</source>
        <translation>Wird gesendet: {rate} · {left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import employees</source>
        <translation>Mitarbeiter importieren</translation>
    </message>
    <message>
        <source>{file}: {good} employee(s) can be imported.</source>
        <translation>{file}: {good} Mitarbeiter können importiert werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Boss/owner</source>
        <translation>Chef/Inhaber</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>These lines cannot be imported; fix them in the file and import it again:</source>
        <translation>Diese Zeilen können nicht importiert werden; korrigieren Sie sie in der Datei und importieren Sie sie erneut:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
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
        <source>The server address is not a valid web address. Check the port number after the colon and the characters of the host name.</source>
        <translation>Die Server-Adresse ist keine gültige Internetadresse. Prüfen Sie die Portnummer nach dem Doppelpunkt und die Zeichen des Servernamens.</translation>
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
        <source>You find the cloud domain, user name and password in your customer account on the web under &quot;Kundenkonto → Domäne-Daten&quot;. You can also paste the whole block from there.</source>
        <translation>Domäne, Benutzername und Passwort finden Sie in Ihrem Kundenkonto im Internet unter „Kundenkonto → Domäne-Daten“. Sie können auch den ganzen Block von dort einfügen.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>Demo mailbox</source>
        <translation>Demo-Postfach</translation>
    </message>
    <message>
        <source>The demo cloud sends no real e-mail. The mails it would send arrive here; click a link to open it in your web browser.</source>
        <translation>Die Demo-Cloud verschickt keine echten E-Mails. Die Mails, die sie senden würde, kommen hier an; klicken Sie auf einen Link, um ihn im Webbrowser zu öffnen.</translation>
    </message>
    <message>
        <source>No mail yet.</source>
        <translation>Noch keine Mail.</translation>
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
        <source>Please try again. If it happens again, click &quot;Copy details&quot; and send the details to support.</source>
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
    <name>PasswordStrength</name>
    <message>
        <source>very weak</source>
        <extracomment>What the checker answers for a password: the policy problem (or None) and a 0..4 score.</extracomment>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>e.g. RE-2026-</source>
        <extracomment>The block size &quot;Vorschlag&quot; asks for when the fields do not say another one.</extracomment>
        <translation>z. B. RE-2026-</translation>
    </message>
    <message>
        <source>= from</source>
        <translation>= von</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>&amp;Vorschlag</translation>
    </message>
    <message>
        <source>Fill in the next free block of {size} numbers for this prefix</source>
        <translation>Den nächsten freien Block von {size} Nummern für dieses Präfix eintragen</translation>
    </message>
    <message>
        <source>&amp;Save range</source>
        <translation>Nummernkreis &amp;speichern</translation>
    </message>
    <message>
        <source>P&amp;refix:</source>
        <translation>P&amp;räfix:</translation>
    </message>
    <message>
        <source>&amp;Next number:</source>
        <translation>&amp;Nächste Nr.:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Free block filled in: {first} to {last}. Click &quot;Save range&quot; to keep it.</source>
        <translation>Freier Block eingetragen: {first} bis {last}. Klicken Sie auf „Nummernkreis speichern“, um ihn zu übernehmen.</translation>
    </message>
    <message>
        <source>The range is saved in the cloud.</source>
        <translation>Der Nummernkreis ist in der Cloud gespeichert.</translation>
    </message>
    <message>
        <source>No number range yet.</source>
        <translation>Noch kein Nummernkreis.</translation>
    </message>
    <message>
        <source>The range is nearly used up.</source>
        <translation>Der Nummernkreis ist fast aufgebraucht.</translation>
    </message>
    <message>
        <source>Used: {used} of {size}, {remaining} left; next invoice: {next}.</source>
        <translation>Vergeben: {used} von {size}, noch {remaining} frei; nächste Rechnung: {next}.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This computer has no password safe (keyring) that cloudsetup can use, so the sign-in cannot be remembered.</source>
        <extracomment>Windows&apos; CRED_MAX_CREDENTIAL_BLOB_SIZE; the blob holds the secret as UTF-16-LE.</extracomment>
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
        <source>You can continue with &quot;Ask me every time&quot;: the password is then asked at every start and nothing is written to disk.</source>
        <translation>Sie können mit „Jedes Mal fragen“ weitermachen: Das Passwort wird dann bei jedem Start abgefragt und nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings could not be saved to {path}.</source>
        <extracomment>Where the customer finds his &quot;Domäne-Daten&quot;; the page links to it (configurable per install).</extracomment>
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
        <source>Open the setup wizard and sign in again with &quot;Test connection&quot;.</source>
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
        <source>Enter the access data and click &quot;Test connection&quot;.</source>
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
    <name>StrengthPasswordField</name>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Create a random password that is easy to read out and type</source>
        <translation>Ein zufälliges Passwort erzeugen, das sich leicht vorlesen und eintippen lässt</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
</context>
</TS>
