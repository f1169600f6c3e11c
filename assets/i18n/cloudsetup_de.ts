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
        <translation>Nur eigene &amp;Projekte/Aufträge</translation>
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
    <name>AccessEditor</name>
    <message>
        <source>Loading the employees from the cloud…</source>
        <extracomment>The employees as the cloud holds them now (after a load, a poll or a change).</extracomment>
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
        <source>Add employees on the previous page first (&quot;Back&quot;).</source>
        <translation>Legen Sie zuerst auf der vorigen Seite Mitarbeiter an („Zurück“).</translation>
    </message>
    <message>
        <source>&quot;Next&quot; becomes possible as soon as every employee has been sent his mail (still without mail: {count}).</source>
        <translation>„Weiter“ ist möglich, sobald jeder Mitarbeiter seine Mail bekommen hat (noch ohne Mail: {count}).</translation>
    </message>
</context>
<context>
    <name>AccessSettings</name>
    <message>
        <source>User access</source>
        <translation>Benutzerzugänge</translation>
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
    <name>Commands</name>
    <message>
        <source>An unexpected error occurred. Please try again; if it happens again, contact support.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es noch einmal; wenn er wieder auftritt, wenden Sie sich an den Support.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Cloud and sign-in</source>
        <translation>Cloud und Anmeldung</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
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
        <source>Sign in a&amp;gain…</source>
        <translation>Erneut an&amp;melden …</translation>
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
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Loading the connection from the cloud…</source>
        <translation>Die Verbindung wird aus der Cloud geladen …</translation>
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
        <source>Click &quot;Sign in again&quot; and enter the password.</source>
        <translation>Klicken Sie auf „Erneut anmelden“ und geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The connection to the cloud works.</source>
        <translation>Die Verbindung zur Cloud funktioniert.</translation>
    </message>
    <message>
        <source>Ask me &amp;every time</source>
        <translation>&amp;Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Switching to asking every time…</source>
        <translation>Umstellen auf „Jedes Mal fragen“ …</translation>
    </message>
    <message>
        <source>The sign-in is kept only until cloudsetup is closed.</source>
        <translation>Die Anmeldung gilt nur, bis cloudsetup geschlossen wird.</translation>
    </message>
    <message>
        <source>Signed in to {company} as {user}.</source>
        <translation>Bei {company} als {user} angemeldet.</translation>
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
    <name>DeviceApprovalDialog</name>
    <message>
        <source>Allow new devices</source>
        <translation>Neue Geräte zulassen</translation>
    </message>
    <message>
        <source>These devices were signed in by employees and wait for your decision. Compare the code with the one the device shows before you approve it. At most 2 devices per employee; the office PC does not count.</source>
        <translation>Mit diesen Geräten haben sich Mitarbeiter angemeldet; sie warten auf Ihre Entscheidung. Vergleichen Sie den Code mit dem, den das Gerät zeigt, bevor Sie es zulassen. Höchstens 2 Geräte pro Mitarbeiter; der Büro-PC zählt nicht mit.</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading the devices from the cloud…</source>
        <translation>Die Geräte werden aus der Cloud geladen…</translation>
    </message>
    <message>
        <source>Reject the device</source>
        <translation>Gerät ablehnen</translation>
    </message>
    <message>
        <source>Reject &quot;{device}&quot; of {employee}? This device cannot sign in to the cloud any more.</source>
        <translation>„{device}“ von {employee} ablehnen? Mit diesem Gerät kann er sich dann nicht mehr bei der Cloud anmelden.</translation>
    </message>
    <message>
        <source>&amp;Yes, reject</source>
        <translation>&amp;Ja, ablehnen</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Telling the cloud…</source>
        <translation>Die Cloud wird informiert…</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>The local copy is empty; the next pull fetches everything again.</source>
        <translation>Die lokale Kopie ist leer; der nächste Abruf holt wieder alles.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No device has signed in with the state folder {path} yet. Run &quot;cloudsetup device signin&quot; first.</source>
        <translation>Mit dem Statusordner {path} hat sich noch kein Gerät angemeldet. Führen Sie zuerst „cloudsetup device signin“ aus.</translation>
    </message>
    <message>
        <source>The state of this device cannot be used: {reason}</source>
        <translation>Der gespeicherte Stand dieses Geräts ist nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>This device has not been approved yet. Run &quot;cloudsetup device signin&quot; once the office has approved it.</source>
        <translation>Dieses Gerät ist noch nicht zugelassen. Führen Sie „cloudsetup device signin“ aus, sobald das Büro es zugelassen hat.</translation>
    </message>
    <message>
        <source>{reason} The device token cannot be kept safely. Give --token-file FILE to keep it in a file that only you can read.</source>
        <translation>{reason} Der Geräteschlüssel kann nicht sicher aufbewahrt werden. Geben Sie --token-file DATEI an, um ihn in einer Datei aufzubewahren, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>{option} cannot be used: {reason}. Give it, or sign in once with it.</source>
        <translation>{option} ist nicht verwendbar: {reason}. Geben Sie die Angabe an oder melden Sie sich einmal damit an.</translation>
    </message>
    <message>
        <source>The invoice cannot be used: {reason}</source>
        <translation>Die Rechnung ist so nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>Waiting for the office to approve this device. Verification code: {code} (the office sees the same code under &quot;Allow new devices&quot;).</source>
        <translation>Das Büro muss dieses Gerät noch zulassen. Bestätigungscode: {code} (das Büro sieht denselben Code unter „Neue Geräte zulassen“).</translation>
    </message>
    <message>
        <source>This device is approved: {employee} at {company}.</source>
        <translation>Dieses Gerät ist zugelassen (approved): {employee} bei {company}.</translation>
    </message>
    <message>
        <source>Device &quot;{name}&quot; of {email} at {domain}</source>
        <translation>Gerät „{name}“ von {email} bei {domain}</translation>
    </message>
    <message>
        <source>Approved for {employee} at {company}; may write invoices: {invoices}; the cloud holds data: {filled}</source>
        <translation>Zugelassen für {employee} bei {company}; darf Rechnungen schreiben: {invoices}; Daten in der Cloud: {filled}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{label}: {held} (received {received}, deleted {deleted})</source>
        <translation>{label}: {held} (empfangen {received}, gelöscht {deleted})</translation>
    </message>
    <message>
        <source>Invoice {number} accepted: net {net}, VAT {vat}, gross {gross} ({lines} lines).</source>
        <translation>Rechnung {number} angenommen: netto {net}, MwSt. {vat}, brutto {gross} ({lines} Positionen).</translation>
    </message>
    <message>
        <source>Line {position}: the text is empty.</source>
        <extracomment>Seconds between two sign-ins while waiting, at least (whatever the cloud says). What is wrong with each part of a line, by part.</extracomment>
        <translation>Position {position}: Der Text ist leer.</translation>
    </message>
    <message>
        <source>Line {position}: the unit is empty.</source>
        <translation>Position {position}: Die Einheit ist leer.</translation>
    </message>
    <message>
        <source>Line {position}: the quantity &quot;{value}&quot; is not a number with at most two decimals.</source>
        <translation>Position {position}: Die Menge „{value}“ ist keine Zahl mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Line {position}: the unit price &quot;{value}&quot; is not an amount in euros, like 18,90.</source>
        <translation>Position {position}: Der Einzelpreis „{value}“ ist kein Betrag in Euro wie 18,90.</translation>
    </message>
    <message>
        <source>Line {position}: the VAT rate &quot;{value}&quot; is not 19, 7 or 0.</source>
        <translation>Position {position}: Der Mehrwertsteuersatz „{value}“ ist nicht 19, 7 oder 0.</translation>
    </message>
    <message>
        <source>Line {position} needs five parts separated by &quot;;&quot;: text;quantity;unit;unit price;VAT rate (it has {count}).</source>
        <translation>Position {position} braucht fünf durch „;“ getrennte Teile: Text;Menge;Einheit;Einzelpreis;MwSt.-Satz (sie hat {count}).</translation>
    </message>
    <message>
        <source>Line {position} cannot be used ({names}).</source>
        <translation>Position {position} ist so nicht verwendbar ({names}).</translation>
    </message>
    <message>
        <source>The date &quot;{value}&quot; cannot be read.</source>
        <translation>Das Datum „{value}“ ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <source>Reload the list of devices to see their current state.</source>
        <translation>Laden Sie die Geräteliste neu, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Ask the office to check your settings in the cloud settings.</source>
        <translation>Bitten Sie das Büro, Ihre Einstellungen im Cloudabgleich zu prüfen.</translation>
    </message>
    <message>
        <source>This employee already has two approved devices.</source>
        <extracomment>code -&gt; (message, hint, the input it belongs to)</extracomment>
        <translation>Dieser Mitarbeiter hat schon zwei zugelassene Geräte.</translation>
    </message>
    <message>
        <source>An employee can have at most two devices. Choose which of them the new device replaces; the replaced device loses its access at once.</source>
        <translation>Ein Mitarbeiter kann höchstens zwei Geräte haben. Wählen Sie, welches davon das neue Gerät ersetzt; das ersetzte Gerät verliert seinen Zugang sofort.</translation>
    </message>
    <message>
        <source>Synchronise everything first, then allow new devices.</source>
        <translation>Erst alles synchronisieren, dann neue Geräte zulassen.</translation>
    </message>
    <message>
        <source>The cloud holds invoices from devices that the office has not taken over yet. Click &quot;Synchronise now&quot;, then approve the device.</source>
        <translation>In der Cloud liegen Rechnungen von Geräten, die das Büro noch nicht übernommen hat. Klicken Sie auf „Jetzt synchronisieren“ und lassen Sie das Gerät danach zu.</translation>
    </message>
    <message>
        <source>This device has already been approved or rejected.</source>
        <translation>Über dieses Gerät wurde schon entschieden: Es ist zugelassen oder abgelehnt.</translation>
    </message>
    <message>
        <source>This device is not approved, so it cannot be revoked.</source>
        <translation>Dieses Gerät ist nicht zugelassen, daher kann ihm der Zugang nicht entzogen werden.</translation>
    </message>
    <message>
        <source>The device to be replaced is not an approved device of the same employee.</source>
        <translation>Das zu ersetzende Gerät ist kein zugelassenes Gerät desselben Mitarbeiters.</translation>
    </message>
    <message>
        <source>The employee has not yet confirmed that he agrees to receive company data, so his devices get no access.</source>
        <translation>Der Mitarbeiter hat noch nicht bestätigt, dass er mit dem Empfang betriebsinterner Daten einverstanden ist; seine Geräte bekommen daher keinen Zugang.</translation>
    </message>
    <message>
        <source>He confirms with the link in the consent mail. The mail can be sent again on the page &quot;User access&quot;.</source>
        <translation>Er bestätigt über den Link in der Einverständnis-Mail. Die Mail kann auf der Seite „Benutzerzugänge“ erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The office has rejected this device.</source>
        <translation>Das Büro hat dieses Gerät abgelehnt.</translation>
    </message>
    <message>
        <source>If that was a mistake, ask the office to allow the device again.</source>
        <translation>Falls das ein Versehen war, bitten Sie das Büro, das Gerät wieder zuzulassen.</translation>
    </message>
    <message>
        <source>The office has revoked the access of this device.</source>
        <translation>Das Büro hat diesem Gerät den Zugang entzogen.</translation>
    </message>
    <message>
        <source>The cloud holds no company data yet.</source>
        <translation>In der Cloud liegen noch keine Firmendaten.</translation>
    </message>
    <message>
        <source>The office fills the cloud once with &quot;Fill now&quot;; after that the data is here.</source>
        <translation>Das Büro befüllt die Cloud einmal mit „Jetzt neu befüllen“; danach sind die Daten hier.</translation>
    </message>
    <message>
        <source>The cloud did not recognise where the last pull ended.</source>
        <translation>Die Cloud erkennt nicht, wo der letzte Abruf aufgehört hat.</translation>
    </message>
    <message>
        <source>Pull the data again from the start (reset the local copy).</source>
        <translation>Rufen Sie die Daten noch einmal von vorn ab (lokale Kopie zurücksetzen).</translation>
    </message>
    <message>
        <source>You are not allowed to write invoices on this device.</source>
        <translation>Sie dürfen auf diesem Gerät keine Rechnungen schreiben.</translation>
    </message>
    <message>
        <source>No number range for invoices has been set up for you.</source>
        <translation>Für Sie ist noch kein Nummernkreis für Rechnungen eingerichtet.</translation>
    </message>
    <message>
        <source>This invoice number is not in your number range.</source>
        <translation>Diese Rechnungsnummer liegt nicht in Ihrem Nummernkreis.</translation>
    </message>
    <message>
        <source>Use the next number of your own range, as the office set it up.</source>
        <translation>Verwenden Sie die nächste Nummer Ihres eigenen Nummernkreises, wie das Büro ihn eingerichtet hat.</translation>
    </message>
    <message>
        <source>This invoice number has already been used.</source>
        <translation>Diese Rechnungsnummer wurde schon verwendet.</translation>
    </message>
    <message>
        <source>Every number is used once. Take the next free number of your range.</source>
        <translation>Jede Nummer wird nur einmal vergeben. Nehmen Sie die nächste freie Nummer Ihres Nummernkreises.</translation>
    </message>
    <message>
        <source>The cloud holds a different invoice under the same identity.</source>
        <translation>Die Cloud hat unter derselben Kennung eine andere Rechnung.</translation>
    </message>
    <message>
        <source>Create the invoice as a new one; the one in the cloud is unchanged.</source>
        <translation>Legen Sie die Rechnung neu an; die Rechnung in der Cloud bleibt unverändert.</translation>
    </message>
    <message>
        <source>The invoice names a customer, project or article that the cloud does not know.</source>
        <translation>Die Rechnung nennt einen Kunden, ein Projekt oder einen Artikel, den die Cloud nicht kennt.</translation>
    </message>
    <message>
        <source>Pull the current data and choose the customer, project and articles again.</source>
        <translation>Rufen Sie die aktuellen Daten ab und wählen Sie Kunde, Projekt und Artikel neu.</translation>
    </message>
    <message>
        <source>{employee} already has two approved devices: &quot;{first}&quot; and &quot;{second}&quot;.</source>
        <translation>{employee} hat schon zwei zugelassene Geräte: „{first}“ und „{second}“.</translation>
    </message>
    <message>
        <source>Choose which of them &quot;{device}&quot; replaces; the replaced device loses its access at once.</source>
        <translation>Wählen Sie, welches davon „{device}“ ersetzt; das ersetzte Gerät verliert seinen Zugang sofort.</translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>DeviceTable</name>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone/iPad</source>
        <translation>iPhone/iPad</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>Windows-PC</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux computer</source>
        <translation>Linux-Rechner</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Anderes Gerät</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>{name} ({platform})</source>
        <translation>{name} ({platform})</translation>
    </message>
    <message>
        <source>&quot;{device}&quot; of {employee} is approved and replaces &quot;{old}&quot;.</source>
        <translation>„{device}“ von {employee} ist zugelassen und ersetzt „{old}“.</translation>
    </message>
    <message>
        <source>The replaced device was signed out.</source>
        <translation>Das ersetzte Gerät wurde abgemeldet.</translation>
    </message>
    <message>
        <source>&quot;{device}&quot; of {employee} is approved.</source>
        <translation>„{device}“ von {employee} ist zugelassen.</translation>
    </message>
    <message>
        <source>The device receives the company data at its next sign-in.</source>
        <translation>Das Gerät erhält die Firmendaten bei seiner nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>&quot;{device}&quot; of {employee} was rejected.</source>
        <translation>„{device}“ von {employee} wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <source>No employee has signed in with a device yet.</source>
        <translation>Noch hat sich kein Mitarbeiter mit einem Gerät angemeldet.</translation>
    </message>
    <message>
        <source>At most 2 devices per employee (the office PC does not count). Attention: first synchronise everything, then click &quot;Allow new devices&quot;.</source>
        <translation>Höchstens 2 Geräte pro Mitarbeiter (der Büro-PC zählt nicht mit). Achtung: erst alles synchronisieren, dann „Neue Geräte zulassen“ drücken.</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Gerät s&amp;perren…</translation>
    </message>
    <message>
        <source>Allow new de&amp;vices</source>
        <translation>Neue Geräte &amp;zulassen</translation>
    </message>
    <message>
        <source>Reload the &amp;list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <source>Loading the devices from the cloud…</source>
        <translation>Die Geräte werden aus der Cloud geladen…</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Revoke &quot;{device}&quot; of {employee}? The device gets no data from the cloud any more, at once. To use it again, he must sign in anew and you must approve it.</source>
        <translation>„{device}“ von {employee} sperren? Das Gerät erhält sofort keine Daten mehr aus der Cloud. Um es wieder zu nutzen, muss er sich neu anmelden und Sie müssen es wieder zulassen.</translation>
    </message>
    <message>
        <source>&amp;Yes, revoke</source>
        <translation>&amp;Ja, sperren</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Revoking the device…</source>
        <translation>Das Gerät wird gesperrt…</translation>
    </message>
    <message>
        <source>&quot;{device}&quot; of {employee} is revoked.</source>
        <translation>„{device}“ von {employee} ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>EmployeeDevices</name>
    <message>
        <source>Loading his devices from the cloud…</source>
        <translation>Seine Geräte werden aus der Cloud geladen…</translation>
    </message>
    <message>
        <source>No devices registered yet.</source>
        <translation>Noch keine Geräte angemeldet.</translation>
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
    <name>EmployeeEditor</name>
    <message>
        <source>Each employee needs his OWN e-mail address that he can read: he confirms there that he agrees to receive company-internal data on his devices.</source>
        <extracomment>The employees as the cloud holds them now (after a load or a change). Keeps the new-employee dialog&apos;s entries; outlives every dialog, so no write is lost.</extracomment>
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
    <name>EmployeeSettings</name>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
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
        <translation>Pers.-Nr.</translation>
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
        <extracomment>The employees as the cloud holds them now (after a load or a change).</extracomment>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Step 2 of 4: at least one employee must be set up. Best add all of them right away, the boss too.</source>
        <translation>Schritt 2 von 4: Es muss mindestens ein Mitarbeiter eingerichtet sein. Am besten legen Sie direkt alle Mitarbeiter an (auch den Chef).</translation>
    </message>
    <message>
        <source>&quot;Next&quot; becomes possible as soon as at least one employee is set up.</source>
        <translation>„Weiter“ ist möglich, sobald mindestens ein Mitarbeiter eingerichtet ist.</translation>
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
</context>
<context>
    <name>FillPanel</name>
    <message>
        <source>This office data is sent:</source>
        <extracomment>The cloud&apos;s setup state after a verified fill (the wizard&apos;s step marks follow it). A progress snapshot was shown (the screenshots and the GUI benchmark listen). A fill started (True) or ended, any way (False).</extracomment>
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
        <source>&quot;Fill now&quot; replaces the data in the cloud with the office data.</source>
        <translation>„Jetzt neu befüllen“ ersetzt die Daten in der Cloud durch die Bürodaten.</translation>
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
        <source>The devices get the new data with their next sync.</source>
        <translation>Die Geräte erhalten die neuen Daten bei ihrem nächsten Abgleich.</translation>
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
    <name>FillSettings</name>
    <message>
        <source>Fill the cloud</source>
        <translation>Cloud befüllen</translation>
    </message>
    <message>
        <source>&quot;Fill now&quot; sends all office data to the cloud again and replaces what it holds, in one step once the cloud has checked everything. Usually the sync keeps the cloud up to date; fill anew when support asks for it.</source>
        <translation>„Jetzt neu befüllen“ schickt alle Bürodaten noch einmal in die Cloud und ersetzt, was sie hält – in einem Schritt, sobald die Cloud alles geprüft hat. Normalerweise hält der Abgleich die Cloud aktuell; neu befüllen Sie, wenn der Support darum bittet.</translation>
    </message>
    <message>
        <source>Asking the cloud what it holds…</source>
        <translation>Die Cloud wird gefragt, welche Daten sie schon hat …</translation>
    </message>
    <message>
        <source>The cloud has not been filled yet.</source>
        <translation>Die Cloud wurde noch nicht befüllt.</translation>
    </message>
    <message>
        <source>Filled last on {when}; the cloud holds {count} records.</source>
        <translation>Zuletzt befüllt am {when}; die Cloud hält {count} Datensätze.</translation>
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
    <name>HandoverAssistant</name>
    <message>
        <source>Prepare for the customer / hand over</source>
        <extracomment>A :class:`Destination` value: open the wizard or that settings section. The users or the recipients were changed here (a section showing them may reload). While the customer&apos;s acceptance is awaited, the state is fetched this often.</extracomment>
        <translation>Für Kunden vorbereiten / Übergabe</translation>
    </message>
    <message>
        <source>Open the setup &amp;wizard</source>
        <translation>Einrichtungs&amp;assistent öffnen</translation>
    </message>
    <message>
        <source>User access and &amp;restrictions…</source>
        <translation>&amp;Benutzerzugänge und Einschränkungen …</translation>
    </message>
    <message>
        <source>&amp;Invite the customer</source>
        <translation>Kunden e&amp;inladen</translation>
    </message>
    <message>
        <source>&amp;Change my role to Service Provider…</source>
        <translation>Meine Rolle auf Service &amp;Provider ändern …</translation>
    </message>
    <message>
        <source>Em&amp;ployees…</source>
        <translation>Mi&amp;tarbeiter …</translation>
    </message>
    <message>
        <source>N&amp;umber ranges…</source>
        <translation>Nummern&amp;kreise …</translation>
    </message>
    <message>
        <source>Send in&amp;vitation again</source>
        <translation>Einladung e&amp;rneut senden</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Stand neu la&amp;den</translation>
    </message>
    <message>
        <source>En&amp;ter the customer&apos;s addresses</source>
        <translation>Kundenadressen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Die Einladung wird gesendet …</translation>
    </message>
    <message>
        <source>Sending the invitation again…</source>
        <translation>Die Einladung wird erneut gesendet …</translation>
    </message>
    <message>
        <source>Change your role to Service Provider</source>
        <translation>Eigene Rolle auf Service Provider ändern</translation>
    </message>
    <message>
        <source>Change your role to Service Provider now? You keep setting up and supporting the cloud, but only the customer can then decide who administers it.</source>
        <translation>Ihre Rolle jetzt auf Service Provider ändern? Sie können die Cloud weiter einrichten und betreuen, aber nur noch der Kunde entscheidet dann, wer sie verwaltet.</translation>
    </message>
    <message>
        <source>&amp;Yes, change</source>
        <translation>&amp;Ja, ändern</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Changing your role…</source>
        <translation>Ihre Rolle wird geändert …</translation>
    </message>
    <message>
        <source>Loading the state of the handover…</source>
        <translation>Der Stand der Übergabe wird geladen …</translation>
    </message>
    <message>
        <source>&amp;Change the role of {email} to Service Provider…</source>
        <translation>Rolle von {email} auf Service &amp;Provider ändern …</translation>
    </message>
    <message>
        <source>Possible once the customer has accepted the invitation: {why}</source>
        <translation>Möglich, sobald der Kunde die Einladung angenommen hat: {why}</translation>
    </message>
    <message>
        <source>Prepare the cloud for your customer and hand it over</source>
        <translation>Die Cloud für Ihren Kunden vorbereiten und übergeben</translation>
    </message>
    <message>
        <source>You set up the cloud under your own e-mail address, then hand it over: the customer becomes its administrator, you keep supporting it as a Service Provider. Each step shows whether it is done.</source>
        <translation>Sie richten die Cloud unter Ihrer eigenen E-Mail-Adresse ein und übergeben sie dann: Der Kunde verwaltet sie, Sie betreuen sie weiter als Service Provider. Bei jedem Schritt steht, ob er erledigt ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The handover is complete: your customer administers his cloud, you support it as a Service Provider.</source>
        <translation>Die Übergabe ist abgeschlossen: Ihr Kunde verwaltet seine Cloud, Sie betreuen sie als Service Provider.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done.</source>
        <translation>{done} von {total} Schritten erledigt.</translation>
    </message>
</context>
<context>
    <name>HandoverSteps</name>
    <message>
        <source>Cloud created with your own e-mail address</source>
        <translation>Cloud mit Ihrer eigenen E-Mail-Adresse angelegt</translation>
    </message>
    <message>
        <source>Prepare the cloud for the customer</source>
        <translation>Cloud für den Kunden vorbereiten</translation>
    </message>
    <message>
        <source>Invite the customer as a guest user with the role Administration</source>
        <translation>Kunden als Gastbenutzer mit der Rolle Verwaltung einladen</translation>
    </message>
    <message>
        <source>Wait until the customer has accepted the invitation</source>
        <translation>Warten, bis der Kunde die Einladung angenommen hat</translation>
    </message>
    <message>
        <source>Change your own role to Service Provider</source>
        <translation>Eigene Rolle auf Service Provider ändern</translation>
    </message>
    <message>
        <source>Notification recipients: enter the customer&apos;s addresses, remove your own</source>
        <translation>Benachrichtigungsempfänger: Adressen des Kunden eintragen, eigene entfernen</translation>
    </message>
    <message>
        <source>Prepared for the customer; you ({email}) are its first user.</source>
        <translation>Für den Kunden vorbereitet; Sie ({email}) sind der erste Benutzer.</translation>
    </message>
    <message>
        <source>This cloud was not created for a customer (create-tenant --for-customer). The following steps apply all the same.</source>
        <translation>Diese Cloud wurde nicht für einen Kunden angelegt (create-tenant --for-customer). Die folgenden Schritte gelten trotzdem.</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>befüllt</translation>
    </message>
    <message>
        <source>not filled yet</source>
        <translation>noch nicht befüllt</translation>
    </message>
    <message>
        <source>{employees} employees, {activated} of them activated; the cloud is {filled}.</source>
        <translation>{employees} Mitarbeiter, davon {activated} freigeschaltet; die Cloud ist {filled}.</translation>
    </message>
    <message>
        <source>The customer gets a mail with a link; with it he chooses his user name and password.</source>
        <translation>Der Kunde erhält eine Mail mit einem Link; damit wählt er seinen Benutzernamen und sein Passwort.</translation>
    </message>
    <message>
        <source>{email}: {state}</source>
        <translation>{email}: {state}</translation>
    </message>
    <message>
        <source>{email} has accepted and administers the cloud.</source>
        <translation>{email} hat angenommen und verwaltet die Cloud.</translation>
    </message>
    <message>
        <source>As soon as the customer has chosen his password with the link, this step is done by itself.</source>
        <translation>Sobald der Kunde über den Link sein Passwort gewählt hat, ist dieser Schritt von selbst erledigt.</translation>
    </message>
    <message>
        <source>You now support the cloud as a Service Provider.</source>
        <translation>Sie betreuen die Cloud jetzt als Service Provider.</translation>
    </message>
    <message>
        <source>The customer becomes the owner of the cloud; you keep configuring and supporting it.</source>
        <translation>Der Kunde wird Inhaber der Cloud; Sie richten sie weiter ein und betreuen sie.</translation>
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
    <name>InvitationForm</name>
    <message>
        <source>e.g. inhaber@fliesen-kunde.de</source>
        <translation>z. B. inhaber@fliesen-kunde.de</translation>
    </message>
    <message>
        <source>e.g. Petra Kunde (optional)</source>
        <translation>z. B. Petra Kunde (freiwillig)</translation>
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
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the mail:</source>
        <translation>Sprache der &amp;Mail:</translation>
    </message>
    <message>
        <source>Access role:</source>
        <translation>Zugriffsrolle:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a guest user</source>
        <extracomment>The cloud kept the invitation but could not send its mail (the UserError): the dialog closes, the caller shows the message and offers &quot;Einladung erneut senden&quot;.</extracomment>
        <translation>Gastbenutzer einladen</translation>
    </message>
    <message>
        <source>The cloud sends an invitation mail with a link to this address. With it, the invited person chooses his own user name and password; until then he is listed as &quot;invited&quot;.</source>
        <translation>Die Cloud schickt an diese Adresse eine Einladungsmail mit einem Link. Damit wählt der Eingeladene seinen eigenen Benutzernamen und sein Passwort; bis dahin steht er als „eingeladen“ in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>E&amp;inladen</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Die Einladung wird gesendet …</translation>
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
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>These addresses receive the cloud&apos;s notifications (new devices to approve, fill finished or failed). Enter each further e-mail address on a new line.</source>
        <extracomment>How long typing may pause before the lines are checked again. What the cloud holds (a :class:`RecipientsState`), after every load and save. The cloud&apos;s answer to &quot;Speichern&quot; (a :class:`SavedRecipients`).</extracomment>
        <translation>Diese Adressen erhalten die Benachrichtigungen der Cloud (neue Geräte zum Zulassen, Befüllung fertig oder fehlgeschlagen). Fügen Sie jede weitere E-Mail-Adresse in eine neue Zeile ein.</translation>
    </message>
    <message>
        <source>Remove your e-mail address to stop receiving notifications for this cloud.</source>
        <translation>Entfernen Sie Ihre E-Mail-Adresse, um keine Benachrichtigungen mehr für diese Cloud zu erhalten.</translation>
    </message>
    <message>
        <source>inhaber@fliesen-kunde.de
buero@fliesen-kunde.de</source>
        <translation>inhaber@fliesen-kunde.de
buero@fliesen-kunde.de</translation>
    </message>
    <message>
        <source>Reci&amp;pients (one e-mail address per line):</source>
        <translation>Empfänger (eine E-Mail-Adresse pro &amp;Zeile):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Loading the recipients from the cloud…</source>
        <translation>Die Empfänger werden aus der Cloud geladen …</translation>
    </message>
    <message>
        <source>Repeated addresses are left out when saving (line {lines}).</source>
        <translation>Doppelte Adressen werden beim Speichern weggelassen (Zeile {lines}).</translation>
    </message>
    <message>
        <source>Your own address {email} is no longer in the list: after saving you will receive no more notifications for this cloud.</source>
        <translation>Ihre eigene Adresse {email} ist nicht mehr in der Liste: Nach dem Speichern erhalten Sie keine Benachrichtigungen mehr für diese Cloud.</translation>
    </message>
    <message>
        <source>Saving the recipients in the cloud…</source>
        <translation>Die Empfänger werden in der Cloud gespeichert …</translation>
    </message>
    <message>
        <source>Stored in the cloud: {addresses}.</source>
        <translation>In der Cloud gespeichert: {addresses}.</translation>
    </message>
    <message>
        <source>No recipients are stored: the users with the role Administration get the notifications.</source>
        <translation>Es sind keine Empfänger gespeichert: Die Benutzer mit der Rolle Verwaltung erhalten die Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Notifications go to: {addresses}.</source>
        <translation>Benachrichtigungen gehen an: {addresses}.</translation>
    </message>
    <message>
        <source>Addresses given twice were saved once.</source>
        <translation>Doppelt angegebene Adressen wurden einmal gespeichert.</translation>
    </message>
    <message>
        <source>You will receive no more notifications for this cloud.</source>
        <translation>Sie erhalten keine Benachrichtigungen mehr für diese Cloud.</translation>
    </message>
    <message>
        <source>The recipients are saved.</source>
        <translation>Die Empfänger sind gespeichert.</translation>
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
    <name>PendingDeviceList</name>
    <message>
        <source>No device is waiting for approval.</source>
        <translation>Kein Gerät wartet auf Freigabe.</translation>
    </message>
</context>
<context>
    <name>PendingDeviceRow</name>
    <message>
        <source>{platform} · signed in on {when}</source>
        <translation>{platform} · angemeldet am {when}</translation>
    </message>
    <message>
        <source>Code on the device:</source>
        <translation>Code auf dem Gerät:</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>{employee} already has {count} approved devices: {devices}. The new one can only replace one of them.</source>
        <translation>{employee} hat schon {count} zugelassene Geräte: {devices}. Das neue kann nur eines davon ersetzen.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>{device} of {employee}</source>
        <translation>{device} von {employee}</translation>
    </message>
</context>
<context>
    <name>PrefixUsage</name>
    <message>
        <source>Prefix {prefix}</source>
        <translation>Präfix {prefix}</translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation>Ohne Präfix</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>{used} used, {remaining} free</source>
        <translation>{used} vergeben, {remaining} frei</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>nearly used up</source>
        <translation>fast aufgebraucht</translation>
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
        <translation>Vorschla&amp;g</translation>
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
        <translation>Prä&amp;fix:</translation>
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
    <name>RangeSettings</name>
    <message>
        <source>There are no number ranges yet.</source>
        <translation>Es gibt noch keine Nummernkreise.</translation>
    </message>
    <message>
        <source>Range of the office</source>
        <translation>Nummernkreis des Büros</translation>
    </message>
    <message>
        <source>The employees&apos; ranges are set under &quot;User access&quot;, tab &quot;Invoices&quot;, for each employee who may write invoices on his devices.</source>
        <translation>Die Nummernkreise der Mitarbeiter stellen Sie unter „Benutzerzugänge“, Reiter „Rechnungen“ ein – für jeden Mitarbeiter, der auf seinen Geräten Rechnungen schreiben darf.</translation>
    </message>
    <message>
        <source>Number ranges</source>
        <translation>Nummernkreise</translation>
    </message>
    <message>
        <source>Every invoice number is given only once: ranges with the same prefix may not overlap. On each bar the dark part of a range is used, the light part still free.</source>
        <translation>Jede Rechnungsnummer wird nur einmal vergeben: Nummernkreise mit demselben Präfix dürfen sich nicht überschneiden. Auf jedem Balken ist der dunkle Teil eines Nummernkreises vergeben, der helle noch frei.</translation>
    </message>
    <message>
        <source>Loading the number ranges from the cloud…</source>
        <translation>Die Nummernkreise werden aus der Cloud geladen …</translation>
    </message>
    <message>
        <source>Load &amp;again</source>
        <translation>Erneut &amp;laden</translation>
    </message>
</context>
<context>
    <name>RecipientErrors</name>
    <message>
        <source>Line {line}: this is not a valid e-mail address.</source>
        <translation>Zeile {line}: Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Line {line}: the address is too long (at most 254 characters).</source>
        <translation>Zeile {line}: Die Adresse ist zu lang (höchstens 254 Zeichen).</translation>
    </message>
    <message>
        <source>Line {line}: at most {max} addresses; this is one more.</source>
        <translation>Zeile {line}: Höchstens {max} Adressen; das ist eine zu viel.</translation>
    </message>
    <message>
        <source>Only the first {lines} lines are read; remove the rest.</source>
        <translation>Nur die ersten {lines} Zeilen werden gelesen; entfernen Sie den Rest.</translation>
    </message>
    <message>
        <source>Line {line}: please check this address.</source>
        <translation>Zeile {line}: Bitte prüfen Sie diese Adresse.</translation>
    </message>
    <message>
        <source>These lines are not valid e-mail addresses: {lines}.</source>
        <translation>Diese Zeilen sind keine gültigen E-Mail-Adressen: {lines}.</translation>
    </message>
    <message>
        <source>Correct or delete these lines: one e-mail address per line. Nothing was saved.</source>
        <translation>Korrigieren oder löschen Sie diese Zeilen: eine E-Mail-Adresse pro Zeile. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReplaceDeviceDialog</name>
    <message>
        <source>Replace a device</source>
        <translation>Gerät ersetzen</translation>
    </message>
    <message>
        <source>{employee} already has {count} approved devices. Which one shall &quot;{device}&quot; replace? The replaced device is signed out at once and gets no more data.</source>
        <translation>{employee} hat schon {count} zugelassene Geräte. Welches soll „{device}“ ersetzen? Das ersetzte Gerät wird sofort abgemeldet und erhält keine Daten mehr.</translation>
    </message>
    <message>
        <source>{device}, approved on {when}</source>
        <translation>{device}, zugelassen am {when}</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the access role</source>
        <translation>Zugriffsrolle ändern</translation>
    </message>
    <message>
        <source>Access role of {user}:</source>
        <translation>Zugriffsrolle von {user}:</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <source>As a Service Provider you can no longer make yourself or anybody else Administration: only a user with the role Administration can undo this.</source>
        <translation>Als Service Provider können Sie weder sich selbst noch andere wieder zur Verwaltung machen: Das kann dann nur ein Benutzer mit der Rolle Verwaltung rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Service Provider</source>
        <translation>Service Provider</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
    <name>SettingsTexts</name>
    <message>
        <source>{activated} of {count}, {confirmed} confirmed</source>
        <translation>{activated} von {count}, {confirmed} bestätigt</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Cloud sync</source>
        <extracomment>The section now shown (after the side list, a shortcut or :meth:`open_section`).</extracomment>
        <translation>Cloudabgleich</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Strg+{number}</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Load this section from the cloud again (F5)</source>
        <translation>Diesen Bereich neu aus der Cloud laden (F5)</translation>
    </message>
    <message>
        <source>Open the setup &amp;wizard</source>
        <translation>Einrichtungsassistent &amp;öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cloud sync – {company}</source>
        <translation>Cloudabgleich – {company}</translation>
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
        <extracomment>Page 1 signed in to a cloud whose setup is complete already (e.g. prepared by a partner): the launcher opens the settings instead (the :class:`Connection`).</extracomment>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <extracomment>The :class:`~cloudsetup.services.setup.Connection` of the new sign-in.</extracomment>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
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
    <name>StepRow</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
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
<context>
    <name>SupportSettings</name>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
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
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation>Einrichtung:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <source>Last fill:</source>
        <translation>Letzte Befüllung:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log-Datei:</translation>
    </message>
    <message>
        <source>The last lines of the lo&amp;g file:</source>
        <translation>Die letzten Zeilen der Log-Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation>In &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Everything above as plain text for a support ticket, without passwords</source>
        <translation>Alles oben als einfacher Text für ein Support-Ticket, ohne Passwörter</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>What support asks for on the phone or in a ticket. The copy contains no password and no token.</source>
        <translation>Was der Support am Telefon oder im Ticket wissen möchte. Die Kopie enthält kein Passwort und kein Token.</translation>
    </message>
    <message>
        <source>Collecting the facts…</source>
        <translation>Die Angaben werden gesammelt …</translation>
    </message>
    <message>
        <source>Copied: paste it into the ticket or the e-mail.</source>
        <translation>Kopiert: fügen Sie es ins Ticket oder in die E-Mail ein.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht eingestellt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>{when}, {count} records in the cloud</source>
        <translation>{when}, {count} Datensätze in der Cloud</translation>
    </message>
    <message>
        <source>No log file is written.</source>
        <translation>Es wird keine Log-Datei geschrieben.</translation>
    </message>
    <message>
        <source>(empty so far)</source>
        <translation>(bisher leer)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Checking where the sync stands …</source>
        <translation>Stand des Abgleichs wird geprüft …</translation>
    </message>
    <message>
        <source>Taking over invoices from devices …</source>
        <translation>Rechnungen von Geräten werden übernommen …</translation>
    </message>
    <message>
        <source>Sending the changes of the office data …</source>
        <translation>Änderungen der Bürodaten werden gesendet …</translation>
    </message>
    <message>
        <source>Done: the office data and the cloud agree.</source>
        <translation>Fertig: Bürodaten und Cloud stimmen überein.</translation>
    </message>
    <message>
        <source>{done} of {total} invoices taken over</source>
        <translation>{done} von {total} Rechnungen übernommen</translation>
    </message>
    <message>
        <source>{done} of {total} changes sent</source>
        <translation>{done} von {total} Änderungen gesendet</translation>
    </message>
    <message>
        <source>Invoices from devices taken into the office data: {count}</source>
        <translation>Rechnungen von Geräten in die Bürodaten übernommen: {count}</translation>
    </message>
    <message>
        <source>Changes of the office data sent to the cloud: {count}</source>
        <translation>Änderungen der Bürodaten an die Cloud gesendet: {count}</translation>
    </message>
    <message>
        <source>Records the cloud already held unchanged: {count}</source>
        <translation>Datensätze, die die Cloud schon unverändert hatte: {count}</translation>
    </message>
    <message>
        <source>Devices waiting for approval: {count}. Allow them in the cloud settings with &quot;Allow new devices&quot;.</source>
        <translation>Geräte warten auf Zulassung: {count}. Lassen Sie sie im Cloudabgleich mit „Neue Geräte zulassen“ zu.</translation>
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
        <source>The sync was cancelled. What arrived so far is kept; run the command again to continue.</source>
        <translation>Der Abgleich wurde abgebrochen. Was bis dahin angekommen ist, bleibt erhalten; führen Sie den Befehl erneut aus, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The cloud has not been filled yet, so there is nothing to synchronise.</source>
        <translation>Die Cloud ist noch nicht befüllt, daher gibt es nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Fill the cloud first with &quot;Fill now&quot;; then synchronise.</source>
        <translation>Befüllen Sie die Cloud zuerst mit „Jetzt neu befüllen“; synchronisieren Sie danach.</translation>
    </message>
    <message>
        <source>This office database does not fit the cloud: the cloud holds changes the office database does not know.</source>
        <translation>Diese Bürodatenbank passt nicht zur Cloud: Die Cloud hat Änderungen, die die Bürodatenbank nicht kennt.</translation>
    </message>
    <message>
        <source>Check that this is the office database the cloud was filled from. If the office data was restored from a backup, fill the cloud again with &quot;Fill now&quot;.</source>
        <translation>Prüfen Sie, ob die Cloud aus dieser Bürodatenbank befüllt wurde. Wurden die Bürodaten aus einer Sicherung zurückgeholt, befüllen Sie die Cloud erneut mit „Jetzt neu befüllen“.</translation>
    </message>
    <message>
        <source>The cloud refused the record &quot;{record}&quot; in &quot;{collection}&quot;.</source>
        <translation>Die Cloud hat den Datensatz „{record}“ in „{collection}“ abgelehnt.</translation>
    </message>
    <message>
        <source>The cloud refused a record of the office data.</source>
        <translation>Die Cloud hat einen Datensatz der Bürodaten abgelehnt.</translation>
    </message>
    <message>
        <source>The changes before it have arrived. Correct this record in the office software and synchronise again.</source>
        <translation>Die Änderungen davor sind angekommen. Korrigieren Sie diesen Datensatz in der Bürosoftware und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>An invoice from a device cannot be taken into the office data.</source>
        <translation>Eine Rechnung von einem Gerät kann nicht in die Bürodaten übernommen werden.</translation>
    </message>
    <message>
        <source>The invoice {number} that {employee} wrote on &quot;{device}&quot; cannot be taken into the office data.</source>
        <translation>Die Rechnung {number}, die {employee} auf „{device}“ geschrieben hat, kann nicht in die Bürodaten übernommen werden.</translation>
    </message>
    <message>
        <source>It refers to a record the office data no longer has, or its number is already used there. Check the office data and synchronise again; the invoice waits in the cloud until then.</source>
        <translation>Sie verweist auf einen Datensatz, den die Bürodaten nicht mehr haben, oder ihre Nummer ist dort schon vergeben. Prüfen Sie die Bürodaten und synchronisieren Sie erneut; bis dahin wartet die Rechnung in der Cloud.</translation>
    </message>
    <message>
        <source>The record &quot;{record}&quot; in &quot;{collection}&quot; cannot be sent to the cloud.</source>
        <translation>Der Datensatz „{record}“ in „{collection}“ kann nicht in die Cloud gesendet werden.</translation>
    </message>
    <message>
        <source>Its id contains characters the cloud does not accept. The changes before it have arrived; correct this record in the office software and synchronise again.</source>
        <translation>Seine Kennung enthält Zeichen, die die Cloud nicht annimmt. Die Änderungen davor sind angekommen; korrigieren Sie diesen Datensatz in der Bürosoftware und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The cloud and the office do not agree on where the sync stands.</source>
        <translation>Cloud und Büro sind sich nicht einig, wo der Abgleich steht.</translation>
    </message>
    <message>
        <source>Is the sync running on another computer at the same time? Wait until it is done and click &quot;Synchronise now&quot; again.</source>
        <translation>Läuft der Abgleich gerade auch auf einem anderen Computer? Warten Sie, bis er fertig ist, und klicken Sie dann erneut auf „Jetzt synchronisieren“.</translation>
    </message>
</context>
<context>
    <name>SyncGate</name>
    <message>
        <source>Synchronising: new devices can be approved once everything is done.</source>
        <translation>Wird synchronisiert: Neue Geräte können zugelassen werden, sobald alles fertig ist.</translation>
    </message>
    <message>
        <source>Everything is synchronised: new devices can be approved.</source>
        <translation>Alles ist synchronisiert: Neue Geräte können zugelassen werden.</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>It cannot be checked whether everything is synchronised.</source>
        <translation>Es lässt sich nicht prüfen, ob alles synchronisiert ist.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message>
        <source>Checking whether everything is synchronised…</source>
        <translation>Es wird geprüft, ob alles synchronisiert ist…</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Noch offen:</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Allow new &amp;devices</source>
        <translation>Neue &amp;Geräte zulassen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message numerus="yes">
        <source>%n new device(s) wait for approval.</source>
        <translation>
            <numerusform>%n neues Gerät wartet auf Freigabe.</numerusform>
            <numerusform>%n neue Geräte warten auf Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Der Abgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>What was sent is kept; the next &quot;Synchronise now&quot; continues from there.</source>
        <translation>Was schon übertragen wurde, bleibt erhalten; das nächste „Jetzt synchronisieren“ macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>SyncProgressView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Der Abgleich startet…</translation>
    </message>
    <message>
        <source>Cancelling… the request on its way is finished first.</source>
        <translation>Wird abgebrochen… die laufende Anfrage wird noch beendet.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>none named</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Office data:</source>
        <translation>Bürodaten:</translation>
    </message>
    <message>
        <source>On the command line the same sync runs with &quot;cloudsetup --office-db FILE sync&quot;, for example as a scheduled task.</source>
        <translation>Auf der Kommandozeile läuft derselbe Abgleich mit „cloudsetup --office-db DATEI sync“, zum Beispiel als geplante Aufgabe.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>The sync brings the invoices written on the devices into the office data and sends the office&apos;s changes to the cloud. Synchronise everything first, then allow new devices.</source>
        <translation>Der Abgleich holt die Rechnungen, die auf den Geräten geschrieben wurden, in die Bürodaten und schickt die Änderungen des Büros in die Cloud. Erst alles synchronisieren, dann neue Geräte zulassen.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the office</source>
        <translation>
            <numerusform>%n Änderung im Büro</numerusform>
            <numerusform>%n Änderungen im Büro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) from devices</source>
        <translation>
            <numerusform>%n Rechnung von Geräten</numerusform>
            <numerusform>%n Rechnungen von Geräten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new device(s) to approve</source>
        <translation>
            <numerusform>%n neues Gerät zum Zulassen</numerusform>
            <numerusform>%n neue Geräte zum Zulassen</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud has not been filled yet: the sync starts after the first fill.</source>
        <translation>Die Cloud ist noch nicht befüllt: Der Abgleich beginnt nach der Erstbefüllung.</translation>
    </message>
    <message>
        <source>nothing – everything is synchronised</source>
        <translation>nichts – alles ist synchronisiert</translation>
    </message>
    <message>
        <source>New devices can be approved once the cloud has been filled.</source>
        <translation>Neue Geräte können zugelassen werden, sobald die Cloud befüllt ist.</translation>
    </message>
    <message>
        <source>Fill the cloud first (setup wizard, step 4 &quot;Fill the cloud&quot;).</source>
        <translation>Befüllen Sie zuerst die Cloud (Einrichtungsassistent, Schritt 4 „Cloud befüllen“).</translation>
    </message>
    <message>
        <source>Synchronise everything first, then allow new devices.</source>
        <translation>Erst alles synchronisieren, dann neue Geräte zulassen.</translation>
    </message>
    <message>
        <source>Waiting: {what}.</source>
        <translation>Noch offen: {what}.</translation>
    </message>
    <message>
        <source>Asking the cloud what is waiting…</source>
        <translation>Die Cloud wird gefragt, was wartet…</translation>
    </message>
    <message>
        <source>Fetching invoices from devices: {done} of {total}</source>
        <translation>Rechnungen von Geräten werden geholt: {done} von {total}</translation>
    </message>
    <message>
        <source>Sending changes of the office: {done} of {total}</source>
        <translation>Änderungen des Büros werden gesendet: {done} von {total}</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Das Ergebnis wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) from devices fetched</source>
        <translation>
            <numerusform>%n Rechnung von Geräten geholt</numerusform>
            <numerusform>%n Rechnungen von Geräten geholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronised: nothing had changed.</source>
        <translation>Synchronisiert: Es hatte sich nichts geändert.</translation>
    </message>
    <message>
        <source>Synchronised: {what}.</source>
        <translation>Synchronisiert: {what}.</translation>
    </message>
    <message>
        <source>No office data is set up on this computer: nothing can be synchronised.</source>
        <translation>Auf diesem Computer sind keine Bürodaten eingerichtet: Es kann nichts synchronisiert werden.</translation>
    </message>
    <message>
        <source>The office data is expected in the database of the office software. Start the program with &quot;--office-db FILE&quot; to name the file.</source>
        <translation>Die Bürodaten werden in der Datenbank der Bürosoftware erwartet. Starten Sie das Programm mit „--office-db DATEI“, um die Datei anzugeben.</translation>
    </message>
    <message>
        <source>The office data was not found: nothing can be synchronised.</source>
        <translation>Die Bürodaten wurden nicht gefunden: Es kann nichts synchronisiert werden.</translation>
    </message>
    <message>
        <source>It is expected in this file: {path}</source>
        <translation>Sie werden in dieser Datei erwartet: {path}</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <source>Reload the list of users to see their current state.</source>
        <translation>Laden Sie die Liste der Benutzer neu, um ihren aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>A Service Provider cannot make himself or anybody else an Administration user.</source>
        <extracomment>The refusal of a Service Provider who tried to give the Administration role.</extracomment>
        <translation>Ein Service Provider kann weder sich selbst noch andere zur Verwaltung machen.</translation>
    </message>
    <message>
        <source>A Service Provider cannot add, change or remove users with the role Administration.</source>
        <extracomment>The refusal of a Service Provider who tried to change or remove an Administration user.</extracomment>
        <translation>Ein Service Provider kann keine Benutzer mit der Rolle Verwaltung hinzufügen, ändern oder entfernen.</translation>
    </message>
    <message>
        <source>Ask a user with the role Administration of this cloud to do it.</source>
        <translation>Bitten Sie einen Benutzer dieser Cloud mit der Rolle Verwaltung darum.</translation>
    </message>
    <message>
        <source>There must always be at least one active user with the role Administration.</source>
        <extracomment>Why the last active Administration user cannot step back or be removed (seed 003).</extracomment>
        <translation>Es muss immer mindestens ein aktiver Benutzer mit der Rolle Verwaltung bleiben.</translation>
    </message>
    <message>
        <source>First invite the customer with the role Administration and wait until he has accepted the invitation.</source>
        <translation>Laden Sie zuerst den Kunden mit der Rolle Verwaltung ein und warten Sie, bis er die Einladung angenommen hat.</translation>
    </message>
    <message>
        <source>A user of this cloud already has this e-mail address.</source>
        <extracomment>code -&gt; (message, hint, the input it belongs to)</extracomment>
        <translation>Ein Benutzer dieser Cloud hat diese E-Mail-Adresse bereits.</translation>
    </message>
    <message>
        <source>Every user needs his own e-mail address. Change the role of the existing user instead, or use another address.</source>
        <translation>Jeder Benutzer braucht seine eigene E-Mail-Adresse. Ändern Sie stattdessen die Rolle des vorhandenen Benutzers, oder nehmen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>This e-mail address has already been invited.</source>
        <translation>Diese E-Mail-Adresse wurde bereits eingeladen.</translation>
    </message>
    <message>
        <source>Select him in the list and click &quot;Send invitation again&quot; if the mail did not arrive.</source>
        <translation>Wählen Sie ihn in der Liste aus und klicken Sie auf „Einladung erneut senden“, falls die Mail nicht angekommen ist.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted or withdrawn.</source>
        <translation>Diese Einladung wurde bereits angenommen oder zurückgezogen.</translation>
    </message>
    <message>
        <source>This invitation has already been accepted, so it cannot be withdrawn any more.</source>
        <translation>Diese Einladung wurde bereits angenommen und kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <source>To take his access away, remove the user from the list instead.</source>
        <translation>Um ihm den Zugang zu nehmen, entfernen Sie stattdessen den Benutzer aus der Liste.</translation>
    </message>
    <message>
        <source>This user has been removed from the cloud.</source>
        <translation>Dieser Benutzer wurde aus der Cloud entfernt.</translation>
    </message>
    <message>
        <source>Invite him again if he should have access to the cloud.</source>
        <translation>Laden Sie ihn erneut ein, wenn er Zugang zur Cloud haben soll.</translation>
    </message>
    <message>
        <source>The invitation is saved, but the cloud could not send the invitation mail.</source>
        <translation>Die Einladung ist gespeichert, aber die Cloud konnte die Einladungsmail nicht senden.</translation>
    </message>
    <message>
        <source>Click &quot;Send invitation again&quot; to try again; if it keeps failing, check the mail settings of the cloud.</source>
        <translation>Klicken Sie auf „Einladung erneut senden“, um es noch einmal zu versuchen; klappt es weiterhin nicht, prüfen Sie die Mail-Einstellungen der Cloud.</translation>
    </message>
    <message>
        <source>The invitation mail goes to this address; the invited person chooses his user name and password from the link in it.</source>
        <translation>An diese Adresse geht die Einladungsmail; über den Link darin wählt der Eingeladene seinen Benutzernamen und sein Passwort.</translation>
    </message>
    <message>
        <source>You cannot remove yourself. To step back, change your own role to Service Provider.</source>
        <translation>Sie können sich nicht selbst entfernen. Um zurückzutreten, ändern Sie Ihre eigene Rolle auf Service Provider.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; a user with the role Administration can.</source>
        <translation>Sie können sich nicht selbst entfernen; das kann ein Benutzer mit der Rolle Verwaltung.</translation>
    </message>
    <message>
        <source>This user has been removed already.</source>
        <translation>Dieser Benutzer wurde bereits entfernt.</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <source>Users &amp; roles</source>
        <translation>Benutzer &amp; Rollen</translation>
    </message>
</context>
<context>
    <name>UserTable</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Administration</source>
        <extracomment>An invitation that needs the inviter to act (resend) shows in the error colour.</extracomment>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Service Provider</source>
        <translation>Service Provider</translation>
    </message>
    <message>
        <source>everything, including who administers the cloud</source>
        <translation>alles, auch wer die Cloud verwaltet</translation>
    </message>
    <message>
        <source>sets up and supports (employees, access, ranges, devices, fill), but does not decide who administers the cloud</source>
        <translation>richtet ein und betreut (Mitarbeiter, Zugänge, Nummernkreise, Geräte, Befüllung), entscheidet aber nicht, wer die Cloud verwaltet</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>link opened, valid until {date}</source>
        <translation>Link geöffnet, gültig bis {date}</translation>
    </message>
    <message>
        <source>mail sent, valid until {date}</source>
        <translation>Mail gesendet, gültig bis {date}</translation>
    </message>
    <message>
        <source>accepted on {date}</source>
        <translation>angenommen am {date}</translation>
    </message>
    <message>
        <source>link expired on {date}</source>
        <translation>Link abgelaufen am {date}</translation>
    </message>
    <message>
        <source>mail could not be sent</source>
        <translation>Mail konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{user} (you)</source>
        <translation>{user} (Sie)</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>These users administer the cloud from the office software. Administration may do everything; a Service Provider (your partner or support) sets up and supports, but does not decide who administers the cloud.</source>
        <extracomment>The overview as loaded from the cloud (after every load). Something was changed in the cloud (an invitation, a role, a removal). &quot;Für Kunden vorbereiten / Übergabe…&quot;: the window opens the handover assistant.</extracomment>
        <translation>Diese Benutzer verwalten die Cloud aus der Büro-Software. Die Verwaltung darf alles; ein Service Provider (Ihr Partner oder der Support) richtet ein und betreut, entscheidet aber nicht, wer die Cloud verwaltet.</translation>
    </message>
    <message>
        <source>&amp;Invite a guest user…</source>
        <translation>Gastbenutzer &amp;einladen …</translation>
    </message>
    <message>
        <source>Change the &amp;role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <source>&amp;Send invitation again</source>
        <translation>Einladung erneut &amp;senden</translation>
    </message>
    <message>
        <source>With&amp;draw invitation…</source>
        <translation>Einladung &amp;zurückziehen …</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>Benutzer ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Reload the &amp;list</source>
        <translation>&amp;Liste neu laden</translation>
    </message>
    <message>
        <source>Prepare for the customer / &amp;hand over…</source>
        <translation>Für Kunden vorbereiten / &amp;Übergabe …</translation>
    </message>
    <message>
        <source>Loading the users from the cloud…</source>
        <translation>Die Benutzer werden aus der Cloud geladen …</translation>
    </message>
    <message>
        <source>{user} now has the role {role}.</source>
        <translation>{user} hat jetzt die Rolle {role}.</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Die Rolle wird geändert …</translation>
    </message>
    <message>
        <source>A new invitation mail is on its way to {email}.</source>
        <translation>Eine neue Einladungsmail ist unterwegs an {email}.</translation>
    </message>
    <message>
        <source>Sending the invitation again…</source>
        <translation>Die Einladung wird erneut gesendet …</translation>
    </message>
    <message>
        <source>Withdraw the invitation of {email}? The link in his mail stops working at once.</source>
        <translation>Die Einladung von {email} zurückziehen? Der Link in seiner Mail funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The invitation of {email} is withdrawn.</source>
        <translation>Die Einladung von {email} ist zurückgezogen.</translation>
    </message>
    <message>
        <source>Withdraw the invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw</source>
        <translation>&amp;Ja, zurückziehen</translation>
    </message>
    <message>
        <source>Withdrawing the invitation…</source>
        <translation>Die Einladung wird zurückgezogen …</translation>
    </message>
    <message>
        <source>Remove {user} from the cloud? He can no longer sign in, and a session he has open ends at once.</source>
        <translation>{user} aus der Cloud entfernen? Er kann sich dann nicht mehr anmelden, und eine offene Sitzung endet sofort.</translation>
    </message>
    <message>
        <source>{user} is removed.</source>
        <translation>{user} ist entfernt.</translation>
    </message>
    <message>
        <source>Remove the user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>&amp;Yes, remove</source>
        <translation>&amp;Ja, entfernen</translation>
    </message>
    <message>
        <source>Removing the user…</source>
        <translation>Der Benutzer wird entfernt …</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>The invitation mail is on its way to {email}.</source>
        <translation>Die Einladungsmail ist unterwegs an {email}.</translation>
    </message>
    <message>
        <source>He is listed as &quot;invited&quot; until he has accepted it.</source>
        <translation>Bis er sie angenommen hat, steht er als „eingeladen“ in der Liste.</translation>
    </message>
</context>
</TS>
