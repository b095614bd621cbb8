<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>Audio/Video</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>Standardauflösung</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Region auswählen</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Bildschirm %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Audioeinstellungen</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Aufnahmelautstärke:</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Wiedergabegerät</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Aufnahmegerät</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Wiedergabelautstärke:</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Videoeinstellungen</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Wähle deine Kameraauflösung.
Höhere Werte führen zu einem schärferen Bild für deine Freunde, allerdings wird eine bessere 
Internetverbindung benötigt.
Zu hohe Auflösungen können daher zu Problemen in Videoanrufen führen, wenn die Verbindung nicht 
schnell und stabil genug ist.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Kameraauflösung:</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Geräte aktualisieren</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Testton</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Tonqualität</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Hoch (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Mittel (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Niedrig (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Sehr niedrig (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Benutze den Regler um die Lautstärke anzupassen.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Übertragene Audioqualität. Stelle diese Einstellung niedriger ein, wenn deine Bandbreite nicht groß genug ist oder wenn du die Bandbreitennutzung reduzieren willst.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Stelle die Auflösung deiner Kamera ein.
Je höher die Werte, desto besser wird die Videoqualität.
Merke, das eine höhere Videoqualität auch mehr Bandbreite benötigt.
Manchmal könnte deine Verbindung nicht gut genug sein um eine höhere Videoqualität zu übertragen,
dadurch kann es zu Problemen bei Videoanrufen kommen.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Spiele einen Testton ab während die Ausgabelautstärke angepasst wird.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Verwenden Sie den Schieberegler, um die Verstärkung Ihres Eingangsgeräts im Bereich von %1dB bis %2dB einzustellen.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Verwenden Sie den Schieberegler, um die Aktivierungslautstärke für Ihr Eingabegerät einzustellen.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Originalauthor: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Du verwendest die qTox-Version %1.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Commit-Hash: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>Toxcore-Version: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt-Version: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>Eine Liste von bekannten Problemen kann in unserem %1 angesehen werden. Wenn du einen Bug oder eine Sicherheitslücke findest, melde dies bitte entsprechend unseren Richtlinien, die du in unserem Wiki-Artikel %2 findest.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Hier klicken, um einen Fehler zu melden.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Eine vollständige Liste von %1 findest du auf Github</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>Bug-Tracker</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>Erstellen nützlicher Fehlerberichte</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>Mitwirkende</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Verwendete Nutzernamen:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>Verlauf der verwendeten Nutzernamen</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Nimmt Dateien dieses Kontaktes automatisch an, wenn aktiviert</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Standardordner für das Speichern von Dateien:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Audio und Video</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Akzeptiere automatisch Gruppenchat-Einladungen von diesem Kontakt, falls festgelegt.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Chatverlauf löschen (kann nicht rückgängig gemacht werden!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Eingabefeld für Notizen über den Kontakt</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Chatverlauf gelöscht</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Dies ist der öffentliche Schlüssel deines Freundes; verwende diesen, um seine Identität über einen anderen Kanal zu überprüfen. Diesen Schlüssel kann man nicht an andere Personen schicken, damit sie diesen Kontakt hinzufügen können.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Öffentlicher Schlüssel (nicht ToxID):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Soll der Chatverlauf mit %1 gelöscht werden?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Der Chatverlauf mit %1 konnte nicht gelöscht werden!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Dateien automatisch akzeptieren</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>Automatische Annahme von Dateien ist für diesem Kontakt deaktiviert</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Anruf automatisch annehmen:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Gruppeneinladungen automatisch annehmen</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Sie können Kommentare über über diesen Kontakt hier speichern.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Wähle einen Ordner aus, in dem die automatisch akzeptierten Dateien gespeichert werden sollen</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Bekannte Probleme</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Update herunterladen</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox ist auf dem neusten Stand ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>Zurzeit lauft eine ungetestete/unstabile Version von qTox</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>Freunde hinzufügen</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Ungültige Tox-ID</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Freundschaftsanfrage senden</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Einen Freund hinzufügen</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Freundschaftsanfragen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Freund konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Tox-ID deines Freundes eingeben</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Nachricht deiner Freundschaftsanfrage</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Nachricht eingeben, die mit der Freundschaftsanfrage gesendet werden soll (optional)</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Du kannst dich nicht selbst als Freund hinzufügen!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Öffne Kontaktliste</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Kann Datei nicht öffnen</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Kann Kontaktdatei nicht öffnen</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Ungültige Datei</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Die Datei enthält keine Kontakte zum Importieren!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>ToxID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Freundschaftsanfragen senden</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>Hier ist %1! Lust sich mit mir zu unterhalten?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Importiere Kontaktliste, eine Tox-ID pro Zeile</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>%n Kontakt wird importiert. Klicken Sie auf Senden, um den Import zu bestätigen</numerusform>
            <numerusform>%n Kontakte werden importiert. Kicken Sie auf Senden, um den Import zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importiere Kontakte</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>TOX ID, 76 hexadezimale Zeichen</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox ID ist ungültig</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 hexadezimale Zeichen</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>really</source>
        <translation>wirklich</translation>
    </message>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>WICHTIGER HINWEIS</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Alle Einstellungen werden zurückgesetzt. Bist du dir sicher?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Protokolle (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>Wenn du nicht %1 weißt, was du tust, solltest du hier %2 ändern. Änderungen, die du hier machst, könnten zu Problemen mit qTox und sogar zum Verlust deiner Daten, z.B. des Verlaufs, führen.%3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>Änderungen hier werden erst nach einem Neustart von qTox angewandt.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Datei speichern</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Einstellungen im Arbeitsverzeichnis (anstelle des üblichen Konfigurationsverzeichnis) speichern</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Tox portabel machen</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portabel</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>IPv6 aktivieren (empfohlen)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>UDP aktivieren (empfohlen)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Proxy-Typ:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Fehlerbericht exportieren</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Netzwerkerkennung aktivieren</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Wenn deaktiviert, lässt sich z.B. qTox über Tor verwenden. Die Deaktivierung belastet allerdings das Tox-Netzwerk, also bitte deaktiviere es nur wenn nötig.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Zu parsende Tox-URI</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Startet eine neue Instanz und lädt das angegebene Profil.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Startet eine neue Instanz und öffnet den Anmeldebildschirm.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Stellt IPv6 &lt;on&gt;/&lt;off&gt;. Standardmäßig auf ON.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>ein/aus</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Legt UDP-&lt;on&gt;/&lt;off&gt; fest. Der Standardwert ist ON.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>Legt die LAN-Erkennungs-&lt;on&gt;/&lt;off&gt; fest. UDP deaktivierte Außerkraftsetzungen. Der Standardwert ist ON.</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>Legt Proxy-Einstellungen fest. Der Standardwert ist KEINE.</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/KEINE):(ADRESSE):(PORT)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Das automatische Laden des Profils ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Datei versenden</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Schlechte Idee</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Temporäre Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translatorcomment>laut Duden ist Screenshot schon deutsch</translatorcomment>
        <translation>qTox konnte den Screenshot nicht speichern</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Anrufdauer: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Du versuchst eine kontinuierliche Datei zu senden, das wird nicht funktionieren!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>Der Dateiname enthält nicht unterstützte Satzzeichen</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Nicht unterstützte Satzzeichen wurden zu _ geändert, 
um sie in Windows speichern zu können.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Sprachanruf konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Sprachanruf starten</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Sprachanruf beenden</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Sprachanruf abbrechen</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Sprachanruf annehmen</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Videoanruf konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Videoanruf starten</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Videoanruf beenden</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Videoanruf abbrechen</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Videoanruf annehmen</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>Lautsprecher kann nur während eines Anrufs stumm geschaltet werden</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Stummschaltung deaktivieren</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Anruf stummschalten</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>Mikrofon kann nur während eines Anrufs stummgeschaltet werden</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Stummschaltung für Mikrofon aufheben</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Hier eine Nachricht eingeben...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 tippt gerade</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Alle in neuem Fenster öffnen</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me macht eine Freundschaftsanfrage: „%1“</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Gruppenchat %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Ungültige Tox-ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>Du musst eine Nachricht mit deiner Anfrage schreiben</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>Deine Nachricht ist zu lang!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Dieser Freund wurde bereits hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Alle Erweiterungen unterstützt</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Keine Erweiterungen unterstützt</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Nicht alle Erweiterungen sind unterstützt</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Mehrteilige Nachrichten: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Eingabemaske</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Filename</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Dateitransfer läuft...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Akzeptiere, um die Datei zu empfangen</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Keine Schreibrechte für diesen Ordner</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Du besitzt nicht die Rechte, um hier eine Datei zu speichern. Bitte wähle einen anderen Ordner oder brich die Aktion ab.</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Fortsetzen...</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Übertragung anhalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Übertragung fortsetzen</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Übertragung annehmen</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Fernverbindung pausiert</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Heruntergeladene Dateien</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Hochgeladene Dateien</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Übertragene Dateien</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7-Tage-Verlauf</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>Älter als 6 Monate</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Gruppeneinladung</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Verschieben in Freundeskreis...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Zu neuem Freundeskreis</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Aus Freundeskreis „%1“ entfernen</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Chat in neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Chat aus diesem Fenster entfernen</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Zu einer neuen Gruppe</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>In Gruppe „%1“ einladen</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>Pseudonym wählen...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Dateien von diesem Freund automatisch annehmen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Zeige Details</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Speicherort für empfangene Dateien wählen</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>In Freundeskreis „%1“ verschieben</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Freund entfernen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Verhandlungen</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Speicherort für empfangenen Dateien wählen</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>Die Änerung wird erst nach Neustart von qtox aktiv.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Icon in Systemleiste anzeigen</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Helles Icon aktivieren.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Helles Icon</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox wird in der Systemleiste minimiert starten.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Im Hintergrund starten</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>In Systemleiste minimieren</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>In Systemleiste minimieren</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Datei-Speicherort festlegen.</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Dateien automatisch annehmen</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>&apos;0&apos; deaktiviert die Funktion</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Nach der festgelegten Zeit wird dein Status auf „Abwesend“ gesetzt.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Automatisch abwesend nach (Aus = 0):</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Statusänderungen deiner Freunde anzeigen</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>Mit Betriebssystem starten (aktuelles Profil).</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Standardordner für Dateien:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Auf Aktualisierungen prüfen</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Max. automatisch akzeptierte Dateigröße (0 zum Deaktivieren):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>Durch Klicken auf „Minimieren“ (_) wird qTox in den Systemabschnitt
minimiert und verschwindet von der Startleiste.</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>Nach dem Drücken von Schließen (X) schließt sich qTox im Fach,
anstatt ganz zu schließen.</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>Dies lässt sich für jeden Kontakt per Rechtsklick einstellen.</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation>Hinzufügen einer Chat-Nachricht, wenn ein Benutzer einer Gruppe beitritt oder sie verlässt</translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation>Nachricht versenden</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Emoticons</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Datei(en) senden</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Screenshot versenden</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>Gesprächsverlauf speichern</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Angezeigte Nachrichten entfernen</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Ausgewählten Text zitieren</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Suche im Text</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Zum aktuellen Datum gehen</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Gesprächsverlauf laden...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Sind Sie sich sicher, dass Sie alle angezeigten Nachrichten löschen wollen?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n Benutzer im Chat</numerusform>
            <numerusform>%n Benutzer im Chat</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Neue Gruppe erstellen</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Gruppeneinladungen</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>Eingeladen von %1 am %2 um %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation>Namen festlegen …</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Chat in neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Chat aus diesem Fenster entfernen</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Gruppe verlassen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n Benutzer im Chat</numerusform>
            <numerusform>%n Benutzer im Chat</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>Öffentliche Informationen</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox-ID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Deine Tox-ID (Klicken zum Kopieren)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Profil umbenennen.</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Zurück zum Login-Fenster</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Ausloggen</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Dieser QR-Code enthält deine Tox-ID. So kannst du sie auch mit deinen Freunden teilen.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Profil löschen.</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Speichert dein Tox Profil in eine Datei.
Das Profil beinhaltet keine Gesprächsverläufe.</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Entferne dein Passwort und die Verschlüsselung von deinem Profil.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Namenseingabe</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Der für Kontakte sichtbare Name</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Eingabe für Statusmeldungen</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Für deine Kontakte sichtbare Statusnachricht</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Deine Tox-ID</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>QR-Code als Bild speichern</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>QR-Code in Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Profil umbenennen.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Profil löschen.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Passwort des Profils löschen</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Passwort des Profils ändern</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Mein Name:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Mein Status:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>Diese ID erlaubt es anderen Tox Benutzern, Sie als einen Kontakt hinzuzufügen.
Teilen Sie Ihre ID mit Ihren Freunden um mit ihnen zu chatten.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Dialog Historie laden</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Passwort bestätigen:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Passwortstärke: %p %</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Profil erstellen</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Für Profile ohne Passwort kann das Login-Fenster übersprungen werden</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Automatisch laden</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Profil laden</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Es konnte kein neues Profil angelegt werden</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>Der Benutzername darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>Das Passwort muss mindestens 6 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Ein Profil mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Passwortgeschützte Profile können nicht automatisch geladen werden.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Profil konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Es wurde kein Profil ausgewählt.

Du kannst aber eins erstellen.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Das Profil konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Dieses Profil wird gerade verwendet.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Eingabefeld für den Benutzernamen</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Eingabefeld für das Passwort. Du kannst es leer lassen oder ein Passwort mit mindestens 6 Zeichen eingeben</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Feld um das Passwort zu bestätigen</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Schaltfläche zum Erstellen eines neuen Profils</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Profilliste</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Profilliste</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Passworteingabe</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Kontrollkästchen für automatisches Laden</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Schaltfläche Ausgewähltes Profil laden</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Seite zum erstellen eines neuen Profils</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Lade bestehende Profilseite</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>Die Passwörter stimmen nicht überein.
Bitte gib in beide Felder das gleiche Passwort ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Dein Status</translation>
    </message>
    <message>
        <source>...</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Freunde hinzufügen</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Einen Gruppenchat eröffnen</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Dateiverläufe anzeigen</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Profilseite öffnen wenn angeklickt</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Eingabefeld für deine Statusnachricht</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Status-Nachricht eingeben, die bei Anderen angezeigt werden soll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Verfügbarkeitsstatus setzen</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Kontaktsuche</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Suche nach bekannten Freunde</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Sortierung und Sichtbarkeit</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Sortierung und Sichtbarkeit deiner Freunde einstellen</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Seite „Freunde hinzufügen” öffnen</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Gruppenchat-Verwaltung öffnen</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Dateiübertragungsverlauf</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Öffne Dateitransferverlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>Ausführbare Datei</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>Du hast qTox aufgefordert, eine Datei auszuführen. Bitte beachte, dass ausführbare Dateien ein Sicherheitsrisiko darstellen können. Bist du dir sicher, dass du die Datei ausführen möchtest?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox-Videokonferenz</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Videovorschau umschalten</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Audio stummschalten</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Videoanruf beenden</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>Nachrichten verstecken</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Minimieren</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Alles in den Vordergrund bringen</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Vollbildmodus verlassen</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Vollbildmodus</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Ungelesene Nachricht</numerusform>
            <numerusform>Ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Neue Gruppennachricht</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Eingehende Dateiübertragung</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - Datentransfer</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Gruppeneinladung erhalten</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 hat dich in eine Gruppe eingeladen.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Freundschaftsanfrage erhalten</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>Freundschaftsanfrage von %1 erhalten</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>FESTSTELLTASTE AKTIVIERT</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Möchtest du den kompletten Gesprächsverlauf endgültig löschen?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Deine Kontakte können sehen, wenn du eine Nachricht tippst.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Schreibbenachrichtigungen senden</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Chatverlauf speichern</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam ist ein Teil deiner Tox-ID.
Wenn du mit Freundesanfragen überhäuft wirst, solltest du den NoSpam-Wert ändern.
Deine jetzigen Freunde bleiben erhalten, aber mit deiner alten Tox-ID kann dich dann niemand mehr hinzufügen.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam ist ein Teil deiner Tox-ID. Wenn du mit Freundesanfragen überhäuft wirst, solltest du den
NoSpam-Wert ändern. Deine jetzigen Freunde bleiben erhalten, aber mit deiner alten Tox-ID kann
dich dann niemand mehr hinzufügen.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Zufällige NoSpam-ID generieren</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Wenn aktiviert, wird der Gesprächsverlauf dauerhaft gesichert.
Die Sicherung des Verlaufs ist noch in Entwicklung. Formatierungsänderungen beim Speichern sind möglich, die zu Datenverlust führen können.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Schwarze Liste</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Filtere Gruppennachricht nach öffentlichem Schlüssel des Gruppenmitglieds. Füge öffentlichen Schlüssel hier ein, einen pro Zeile.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Ableiten des Schlüssels vom Passwort fehlgeschlagen, das Profil wird das neue Passwort nicht verwenden.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>Toxen mit qTox</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Datenbank Passwort konnte nicht geändert werden, es könnte korrumpiert sein oder ein altes Passwort gewesen sein.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translation>Wähle ein Profilbild</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>Profil „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation>Aktuelles Profil: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>Das Bild ist zu groß.
Bitte verwende ein anderes.</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Profil konnte nicht in „%1“ umbenannt werden</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Keine Schreibrechte für diesen Ordner</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nichts zu entfernen</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Dein Profil hat kein Passwort!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Bitte gib ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Bist du sicher, dass das gewählte Profil gelöscht werden soll?</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>QR-Code speichern (*.png)</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Dateien konnten nicht gelöscht werden!</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Profilpasswort festlegen</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Aktuelles Profil in: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Passwortänderung nicht möglich</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Leerer Pfad ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Fehler beim Umbenennen</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>Profil bereits vorhanden</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Leerer Name</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Leerer Name ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Leerer Pfad</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox-Datei (*.tox) speichern</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Die folgenden Dateien konnten nicht gelöscht werden:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Bitte manuell löschen.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Du scheinst nicht die nötigen Rechte zu haben, um hier eine Datei zu speichern. Wähle doch ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>Die Datei, die ausgewählt wurde, konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Leerer Pfad ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Datenbank Passwort konnte nicht geändert werden, es könnte korrumpiert sein oder ein altes Passwort gewesen sein.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Tox Benutzernamen dürfen nicht %1 Zeichen überschreiten.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Sind Sie sich sicher, dass Sie ihr Passwort entfernen wollen?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>Diese ID ermöglicht es anderen Tox-Benutzern, Sie hinzuzufügen und zu kontaktieren.
Teilen Sie sie mit Ihren Freunden, um den Chat zu beginnen.

Diese ID enthält den NoSpam-Code (in blau) und die Prüfsumme (in grau).</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox-Datei (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Nicht-Tox-Datei ignoriert</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Warnung: Die von dir gewählte Datei ist keine Tox-Datei. Sie wird ignoriert.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>Profil bereits vorhanden</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>Ein Profil namens „%1“ existiert bereits. Möchtest du es überschreiben?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>Profil existiert nicht</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Profil importiert</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>Die Datei %1.tox wurde erfolgreich importiert</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>rechtsläufige Schreibrichtung</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Freund konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Du kannst dich nicht selbst als Freund hinzufügen!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 ist keine gültige Tox Adresse.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Oliv</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Eingehender Anruf...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>Hier ist %1! Lust dich mit mir zu unterhalten?</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Keine Kamera ausgewählt</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox konnte Ihr Gesprächsprotokoll nicht öffnen. Das Speichern der Gespräche wird deaktiviert!</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Dunkelblau</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Dunkeloliv</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Dunkelrot</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Dunkelviolett</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>offline</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Neuformatierung des Texts...</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>%1 Nachricht(en) von %2 Chats</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>%1 Nachricht(en) von %2</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>Verhandlungen</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>Datei „%1“ konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation>%1 ist der Gruppe beigetreten</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>%1 hat die Gruppe verlassen</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 heißt ab sofort %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 hat den Titel zu %2 geändert</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>Anruf mit %1 brach unerwartet ab. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>Anruf mit %1 beendet. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 ruft an</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>Nachricht konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation>Fernverbindung pausiert</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database version (%1) is newer than we currently support (%2). Please upgrade qTox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveChatDialog</name>
    <message>
        <source>Remove friend</source>
        <translation>Freund entfernen</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>Löscht den gesamten Chatverlauf mit diesem Freund, wenn aktiviert</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>Gesprächsverlauf ebenfalls löschen</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>Bist du dir sicher, dass du %1 aus deiner Kontaktliste entfernen möchtest?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Klicke und ziehe, um einen Ausschnitt auszuwählen. Drücke %1, um das qTox-Fenster auszublenden/anzuzeigen oder drücke %2, um abzubrechen.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Drücke %1, um einen Screenshot des ausgewählten Ausschnitts zu senden, %2, um das qTox-Fenster auszublenden/einzublenden oder %3, um abzubrechen.</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>[Enter] key on the keyboard</comment>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>The text could not be found.</source>
        <translation>Der Text konnte nicht gefunden werden.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Suche starten:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>vom Ende</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>vom Anfang</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>nach dem Datum</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>vor dem Datum</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Reguläre Ausdrücke verwenden</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation>Dialogfeld &quot;Datum auswählen&quot;</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>Wähle ein Datum</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Setze dein Passwort</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Passwort bestätigen:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Passwortstärke: %p %</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Bestätige Passworteingabe</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Passworteingabe</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Passworteingabefeld, mindestens 6 Zeichen lang</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Das Passwort ist zu kurz.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>Kreis #%1</translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Möchtest du %1 als Kontakt in deine Liste aufnehmen?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Freundschaftsanfrage:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Schriftart:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>Px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Größe: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Änderungen am Aussehen des Textes werden eventuell erst nach einem Neustart von qTox wirksam.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Textformat:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Lege den Textstil fest.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Formatierungszeichen anzeigen</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Formatierungszeichen nicht anzeigen</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Öffne qTox bei neuen Nachrichten, falls noch kein Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Fenster öffnen</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Gruppenchats an erster Stelle der Kontaktliste anzeigen</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Die Kontaktliste wird kompakt dargestellt.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Kompakte Kontaktliste</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Mehrfenster-Modus</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Jeden Chat in einem separaten Fenster öffnen</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Emoticons</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Emoticons verwenden</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Emoticongröße:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Zeitstempelformat:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Identitätssymbol statt leerer Avatare verwenden</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Zeigt eine Benachrichtigung an, wenn du eine neue Nachricht erhältst und das qTox-Fenster nicht den Fokus hat.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Gruppenchats benachrichtigen nur, wenn du darin erwähnt wirst</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Ton abspielen wenn „beschäftigt”</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Über Desktop-Benachrichtigungen benachrichtigen</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Absender und Nachrichteninhalte ausblenden</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>Farbige Spitznamen in Gruppenchats verwenden</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>Nur über neue Nachrichten in Gruppenchats benachrichtigen, wenn du darin erwähnt wirst.</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>Falls aktiviert, werden Gruppenchats an erster Stelle deiner Kontaktliste platziert, andernfalls werden sie unter deinen Kontakten platziert.</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>Wenn diese Option aktiviert ist, wird für jeden Kontakt ohne Avatar ein Avatar anhand seiner Tox-ID erzeugt. Neustart erforderlich.</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>Smiley pack:</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Ausloggen</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Filter...</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Neue Gruppe erstellen...</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Neuen Kreis hinzufügen...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Nach Namen</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Nach Aktivität</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Gruppenchat #%1</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>FreundIn hinzufügen</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Gruppeneinladungen</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Dateiübertragungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>Toxcore konnte nicht gestartet werden, die Applikation wird beendet nachdem Sie diese Nachricht schließen.</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>Toxcore konnte nicht mit Ihren Proxy Einstellungen gestartet werden. qTox kann nicht starten; bitte ändern Sie Ihre Einstellungen und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>Freundschaftsanfrage konnte nicht gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n neue Freundschaftsanfrage</numerusform>
            <numerusform>%n neue Freundschaftsanfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n neue Gruppeneinladung</numerusform>
            <numerusform>%n neue Gruppeneinladungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Kontakt hinzufügen...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Konversation</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Konversation</translation>
    </message>
</context>
</TS>
