<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>APIController</name>
    <message>
        <location filename="../webui/api/apicontroller.cpp" line="62"/>
        <source>Endpoint does not exist</source>
        <translation>Endpunkt existiert nicht</translation>
    </message>
    <message>
        <location filename="../webui/api/apicontroller.cpp" line="89"/>
        <source>Missing required parameters: %1</source>
        <translation>Erforderliche Parameter fehlen: %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/aboutdialog.ui" line="15"/>
        <source>About qBittorrent</source>
        <translation>Über qBittorrent</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="55"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="87"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="93"/>
        <source>Current maintainer</source>
        <translation>Derzeitiger Betreuer</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="120"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="113"/>
        <location filename="../gui/aboutdialog.ui" line="183"/>
        <source>Nationality:</source>
        <translation>Nationalität:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="127"/>
        <location filename="../gui/aboutdialog.ui" line="197"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="99"/>
        <location filename="../gui/aboutdialog.ui" line="169"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="163"/>
        <source>Original author</source>
        <translation>Ursprünglicher Entwickler</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="190"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="247"/>
        <source>Special Thanks</source>
        <translation>Besonderen Dank</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="273"/>
        <source>Translators</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="302"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="328"/>
        <source>Software Used</source>
        <translation>Verwendete Software</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="336"/>
        <source>qBittorrent was built with the following libraries:</source>
        <translation>qBittorrent wurde unter Verwendung folgender Bibliotheken erstellt:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="356"/>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="68"/>
        <source>An advanced BitTorrent client programmed in C++, based on Qt toolkit and libtorrent-rasterbar.</source>
        <translation>Ein fortschrittlicher BitTorrent-Client erstellt in C++ und basierend auf dem Qt Toolkit sowie libtorrent-rasterbar.</translation>
    </message>
    <message>
        <source>Copyright %1 2006-2025 The qBittorrent project</source>
        <translation type="vanished">Copyright %1 2006-2025 - Das qBittorrent Projekt</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="70"/>
        <source>Copyright %1 2006-2026 The qBittorrent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="71"/>
        <source>Home Page:</source>
        <translation>Webseite:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="72"/>
        <source>Forum:</source>
        <translation>Forum: </translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="73"/>
        <source>Bug Tracker:</source>
        <translation>Bugtracker: </translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="108"/>
        <source>The free IP to Country Lite database by DB-IP is used for resolving the countries of peers. The database is licensed under the Creative Commons Attribution 4.0 International License</source>
        <translation>Die kostenlose IP-to-Country-Lite-Datenbank von DB-IP wird zum Auflösen der Länderinformationen der Peers verwendet. Die Datenbank ist lizenziert unter der Creative Commons Attribution 4.0 International License</translation>
    </message>
</context>
<context>
    <name>AbstractFileStorage</name>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="42"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="68"/>
        <source>The old path is invalid: &apos;%1&apos;.</source>
        <translation>Der alte Pfad ist ungültig: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="44"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="70"/>
        <source>The new path is invalid: &apos;%1&apos;.</source>
        <translation>Der neue Pfad ist ungültig: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="46"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="72"/>
        <source>Absolute path isn&apos;t allowed: &apos;%1&apos;.</source>
        <translation>Absolute Pfadangaben sind nicht erlaubt: „%1“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="56"/>
        <source>The file already exists: &apos;%1&apos;.</source>
        <translation>Die Datei existiert bereits: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="60"/>
        <source>No such file: &apos;%1&apos;.</source>
        <translation>Keine solche Datei: „%1“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="84"/>
        <source>The folder already exists: &apos;%1&apos;.</source>
        <translation>Der Ordner existiert bereits: „%1“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="88"/>
        <source>No such folder: &apos;%1&apos;.</source>
        <translation>Kein solcher Ordner: „%1“.</translation>
    </message>
</context>
<context>
    <name>AddNewTorrentDialog</name>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="113"/>
        <source>Save at</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="565"/>
        <source>Never show again</source>
        <translation>Nie wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="200"/>
        <source>Set as default category</source>
        <translation>Als Standardkategorie festlegen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="175"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="249"/>
        <source>Start torrent</source>
        <translation>Torrent starten</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="378"/>
        <source>Torrent information</source>
        <translation>Torrent-Information</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="290"/>
        <source>Skip hash check</source>
        <translation>Prüfsummenkontrolle überspringen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="122"/>
        <source>Use another path for incomplete torrent</source>
        <translation>Einen anderen Pfad für unvollständige Torrents verwenden</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="167"/>
        <source>Torrent options</source>
        <translation>Torrent-Optionen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="209"/>
        <source>Tags:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="225"/>
        <source>Click [...] button to add/remove tags.</source>
        <translation>Schaltflache [...] anklicken, um Label hinzuzufügen/zu entfernen.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="235"/>
        <source>Add/remove tags</source>
        <translation>Hinzufügen/Entfernen von Labels</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="238"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="258"/>
        <source>Stop condition:</source>
        <translation>Bedingung für das Anhalten:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="319"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="324"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="320"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="497"/>
        <source>Metadata received</source>
        <translation>Metadaten erhalten</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="321"/>
        <source>Torrents that have metadata initially will be added as stopped.</source>
        <translation>Torrents, die anfänglich Metadaten haben, werden als gestoppt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="322"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="325"/>
        <source>Files checked</source>
        <translation>Dateien überprüft</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="283"/>
        <source>Add to top of queue</source>
        <translation>In der Warteschlange an erster Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="311"/>
        <source>When checked, the .torrent file will not be deleted regardless of the settings at the &quot;Download&quot; page of the Options dialog</source>
        <translation>Wenn ausgewählt, wird die .torrent-Datei unabhängig von den Einstellungen auf der „Download“-Seite NICHT gelöscht.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="325"/>
        <source>Content layout:</source>
        <translation>Layout für Inhalt:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="336"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="341"/>
        <source>Create subfolder</source>
        <translation>Unterordner erstellen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="346"/>
        <source>Don&apos;t create subfolder</source>
        <translation>Keinen Unterordner erstellen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="404"/>
        <source>Info hash v1:</source>
        <translation>Info-Hash v1:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="384"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="432"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="394"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="74"/>
        <source>Torrent Management Mode:</source>
        <translation>Modus für das Torrent-Management:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="81"/>
        <source>Automatic mode means that various torrent properties(eg save path) will be decided by the associated category</source>
        <translation>Automatischer Modus bedeutet, dass diverse Torrent-Eigenschaften (z.B. der Speicherpfad) durch die gewählte Kategorie vorgegeben werden.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="85"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="90"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="155"/>
        <source>Remember last used save path</source>
        <translation>Behalte letzten Speicherpfad</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="314"/>
        <source>Do not delete .torrent file</source>
        <translation>.torrent-Datei nicht löschen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="297"/>
        <source>Download in sequential order</source>
        <translation>Der Reihe nach downloaden</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="304"/>
        <source>Download first and last pieces first</source>
        <translation>Erste und letzte Teile zuerst laden</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="418"/>
        <source>Info hash v2:</source>
        <translation>Info-Hash v2:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="507"/>
        <source>Select All</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="514"/>
        <source>Select None</source>
        <translation>Keine wählen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="617"/>
        <source>Save as .torrent file...</source>
        <translation>Als .torrent-Datei speichern ...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="704"/>
        <source>I/O Error</source>
        <translation>I/O-Fehler</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="525"/>
        <source>Not Available</source>
        <comment>This comment is unavailable</comment>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="526"/>
        <source>Not Available</source>
        <comment>This date is unavailable</comment>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="924"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="524"/>
        <source>Magnet link</source>
        <translation>Magnet-Link</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="528"/>
        <source>Retrieving metadata...</source>
        <translation>Frage Metadaten ab ...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="311"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="315"/>
        <source>Choose save path</source>
        <translation>Speicherpfad wählen</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="319"/>
        <source>No stop condition is set.</source>
        <translation>Keine Bedingungen für das Anhalten eingestellt.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="320"/>
        <source>Torrent will stop after metadata is received.</source>
        <translation>Der Torrent wird angehalten, wenn Metadaten erhalten wurden.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="322"/>
        <source>Torrent will stop after files are initially checked.</source>
        <translation>Der Torrent wird angehalten, sobald die Dateien überprüft wurden.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="323"/>
        <source>This will also download metadata if it wasn&apos;t there initially.</source>
        <translation>Dadurch werden auch Metadaten heruntergeladen, wenn sie ursprünglich nicht vorhanden waren.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="510"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="511"/>
        <source>N/A</source>
        <translation>N/V</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="613"/>
        <source>%1 (Free space on disk: %2)</source>
        <translation>%1 (Freier Speicher auf Platte: %2)</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="614"/>
        <source>Not available</source>
        <comment>This size is unavailable.</comment>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="691"/>
        <source>Torrent file (*%1)</source>
        <translation>Torrent-Datei (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="693"/>
        <source>Save as torrent file</source>
        <translation>Als Torrent-Datei speichern</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="705"/>
        <source>Couldn&apos;t export torrent metadata file &apos;%1&apos;. Reason: %2.</source>
        <translation>Die Torrent-Metadaten Datei &apos;%1&apos; konnte nicht exportiert werden. Grund: %2.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="815"/>
        <source>Invalid save path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="816"/>
        <source>The &quot;Save at&quot; path contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="894"/>
        <source>Cannot create v2 torrent until its data is fully downloaded.</source>
        <translation>Konnte v2-Torrent nicht erstellen, solange die Daten nicht vollständig heruntergeladen sind.</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="331"/>
        <source>Filter files...</source>
        <translation>Dateien filtern …</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="873"/>
        <source>Parsing metadata...</source>
        <translation>Analysiere Metadaten ...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="877"/>
        <source>Metadata retrieval complete</source>
        <translation>Abfrage der Metadaten komplett</translation>
    </message>
</context>
<context>
    <name>AddTorrentManager</name>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="63"/>
        <source>Downloading torrent... Source: &quot;%1&quot;</source>
        <translation>Torrent wird heruntergeladen ... Quelle: „%1“</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="157"/>
        <source>Failed to add torrent. Source: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Torrent konnte nicht hinzugefügt werden. Quelle: &quot;%1“. Grund: &quot;%2“</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="175"/>
        <source>Merging of trackers is disabled</source>
        <translation>Zusammenführen der Tracker ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="179"/>
        <source>Trackers cannot be merged because it is a private torrent</source>
        <translation>Tracker können wegen privatem Torrent nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="186"/>
        <source>Trackers are merged from new source</source>
        <translation>Tracker wurden von der neuen Quelle zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="189"/>
        <source>Detected an attempt to add a duplicate torrent. Source: %1. Existing torrent: &quot;%2&quot;. Torrent infohash: %3. Result: %4</source>
        <translation>Das Hinzufügen eines doppelten Torrents wurde erkannt. Quelle: %1. Bestehender Torrent: „%2“. Info-Hash des Torrents: %3. Ergebnis: %4</translation>
    </message>
</context>
<context>
    <name>AddTorrentParamsWidget</name>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="14"/>
        <source>Form</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="22"/>
        <source>Torrent Management Mode:</source>
        <translation>Modus für das Torrent-Management:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="29"/>
        <source>Automatic mode means that various torrent properties(eg save path) will be decided by the associated category</source>
        <translation>Automatischer Modus bedeutet, dass diverse Torrent-Eigenschaften (z.&#xa0;B. der Speicherpfad) durch die gewählte Kategorie vorgegeben werden.</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="51"/>
        <source>Save at</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="62"/>
        <source>Note: the current defaults are displayed for reference.</source>
        <translation>Hinweis: Die Standardwerte werden nur als Referenz angezeigt.</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="74"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>Einen anderen Pfad für unvollständige Torrents verwenden:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="107"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="147"/>
        <source>Tags:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="163"/>
        <source>Click [...] button to add/remove tags.</source>
        <translation>Schaltflache [...] anklicken, um Label hinzuzufügen/zu entfernen.</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="173"/>
        <source>Add/remove tags</source>
        <translation>Hinzufügen/Entfernen von Labels</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="176"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="209"/>
        <source>Start torrent:</source>
        <translation>Torrent starten:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="247"/>
        <source>Content layout:</source>
        <translation>Layout für Inhalt:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="285"/>
        <source>Stop condition:</source>
        <translation>Bedingung für das Anhalten:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="323"/>
        <source>Add to top of queue:</source>
        <translation>In der Warteschlange an erster Stelle hinzufügen:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="346"/>
        <source>Skip hash check</source>
        <translation>Prüfsummenkontrolle überspringen</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="354"/>
        <source>Torrent share limits</source>
        <translation>Verhältnisbegrenzungen für Torrent</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="78"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="81"/>
        <source>Choose save path</source>
        <translation>Speicherpfad wählen</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="83"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="87"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="91"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="96"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="101"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="105"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="84"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="102"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="106"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="85"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="103"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="107"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="88"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="89"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="92"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="93"/>
        <source>Create subfolder</source>
        <translation>Unterordner erstellen</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="94"/>
        <source>Don&apos;t create subfolder</source>
        <translation>Keinen Unterordner erstellen</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="97"/>
        <source>None</source>
        <translation>Kein</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="98"/>
        <source>Metadata received</source>
        <translation>Metadaten erhalten</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="99"/>
        <source>Files checked</source>
        <translation>Dateien überprüft</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="396"/>
        <location filename="../gui/advancedsettings.cpp" line="503"/>
        <location filename="../gui/advancedsettings.cpp" line="564"/>
        <location filename="../gui/advancedsettings.cpp" line="704"/>
        <source> MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="776"/>
        <source>Recheck torrents on completion</source>
        <translation>Torrents nach Abschluss der Übertragung erneut prüfen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="408"/>
        <location filename="../gui/advancedsettings.cpp" line="785"/>
        <source> ms</source>
        <comment> milliseconds</comment>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="193"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="193"/>
        <source>Value</source>
        <comment>Value set for this setting</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="392"/>
        <source> (disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="394"/>
        <source> (auto)</source>
        <translation> (automatisch)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="690"/>
        <location filename="../gui/advancedsettings.cpp" line="697"/>
        <source> min</source>
        <comment> minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="430"/>
        <source>All addresses</source>
        <translation>Alle Adressen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="478"/>
        <source>qBittorrent Section</source>
        <translation>qBittorrent-Abschnitt</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="475"/>
        <location filename="../gui/advancedsettings.cpp" line="483"/>
        <source>Open documentation</source>
        <translation>Dokumentation öffnen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="431"/>
        <source>All IPv4 addresses</source>
        <translation>Alle IPv4-Adressen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="432"/>
        <source>All IPv6 addresses</source>
        <translation>Alle IPv6-Adressen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="486"/>
        <source>libtorrent Section</source>
        <translation>libtorrent-Abschnitt</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="489"/>
        <source>Fastresume files</source>
        <translation>Fastresume Dateien</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="490"/>
        <source>SQLite database (experimental)</source>
        <translation>SQLite-Datenbank (experimentell)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="492"/>
        <source>Resume data storage type (requires restart)</source>
        <translation>Speichertyp der Fortsetzungsdaten (Programmneustart erforderlich)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="509"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="510"/>
        <source>Below normal</source>
        <translation>Niedriger als normal</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="511"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="512"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="513"/>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="505"/>
        <source>Physical memory (RAM) usage limit</source>
        <translation>Begrenzung der Nutzung des physischen Speichers (RAM)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="535"/>
        <source>Asynchronous I/O threads</source>
        <translation>Asynchrone E/A-Threads</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="543"/>
        <source>Hashing threads</source>
        <translation>Hash-Threads</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="551"/>
        <source>File pool size</source>
        <translation>Größe des Datei-Pools</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="565"/>
        <source>Outstanding memory when checking torrents</source>
        <translation>Speicher zum Prüfen von Torrents</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="581"/>
        <source>Disk cache</source>
        <translation>Festplatten-Cache:</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="587"/>
        <location filename="../gui/advancedsettings.cpp" line="726"/>
        <location filename="../gui/advancedsettings.cpp" line="747"/>
        <location filename="../gui/advancedsettings.cpp" line="838"/>
        <location filename="../gui/advancedsettings.cpp" line="971"/>
        <source> s</source>
        <comment> seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="588"/>
        <source>Disk cache expiry interval</source>
        <translation>Ablauf-Intervall für Festplatten-Cache</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="596"/>
        <source>Disk queue size</source>
        <translation>Größe der Festplatten-Warteschlange</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="613"/>
        <location filename="../gui/advancedsettings.cpp" line="619"/>
        <source>Enable OS cache</source>
        <translation>Systemcache aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="629"/>
        <source>Coalesce reads &amp; writes</source>
        <translation>Verbundene Schreib- u. Lesezugriffe</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="634"/>
        <source>Use piece extent affinity</source>
        <translation>Aufeinanderfolgende Teile bevorzugen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="637"/>
        <source>Send upload piece suggestions</source>
        <translation>Empfehlungen für Upload-Teil senden</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="691"/>
        <location filename="../gui/advancedsettings.cpp" line="698"/>
        <location filename="../gui/advancedsettings.cpp" line="710"/>
        <location filename="../gui/advancedsettings.cpp" line="718"/>
        <location filename="../gui/advancedsettings.cpp" line="839"/>
        <source>0 (disabled)</source>
        <translation>0 (deaktiviert)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="692"/>
        <source>Save resume data interval [0: disabled]</source>
        <comment>How often the fastresume file is saved.</comment>
        <translation>Speicherintervall für Fortsetzungsdaten [0: deaktiviert]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="711"/>
        <source>Outgoing ports (Min) [0: disabled]</source>
        <translation>Ausgehende Ports (Min) [0: deaktiviert]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="719"/>
        <source>Outgoing ports (Max) [0: disabled]</source>
        <translation>Ausgehende Ports (Max) [0: deaktiviert]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="727"/>
        <source>0 (permanent lease)</source>
        <translation>0 (permanente Miete)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="728"/>
        <source>UPnP lease duration [0: permanent lease]</source>
        <translation>UPnP-Mietdauer [0: permanent]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="734"/>
        <source>Differentiated Services Code Point (DSCP) for connections to peers</source>
        <translation>Differentiated Services Code Point (DSCP) für Verbindungen zu Peers</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="779"/>
        <source>It appends the text to the window title to help distinguish qBittorrent instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="840"/>
        <source>Stop tracker timeout [0: disabled]</source>
        <translation>Tracker-Auszeit anhalten [0: deaktiviert]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="856"/>
        <source>Notification timeout [0: infinite, -1: system default]</source>
        <translation>Benachrichtigungs-Timeout [0: unendlich; -1: Systemstandard]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="979"/>
        <source>Maximum outstanding requests to a single peer</source>
        <translation>Max. ausstehende Anfragen an einen einzelnen Peer</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="595"/>
        <location filename="../gui/advancedsettings.cpp" line="642"/>
        <location filename="../gui/advancedsettings.cpp" line="648"/>
        <location filename="../gui/advancedsettings.cpp" line="668"/>
        <location filename="../gui/advancedsettings.cpp" line="676"/>
        <source> KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="404"/>
        <source> (infinite)</source>
        <translation>(unendlich)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="406"/>
        <source> (system default)</source>
        <translation>(Systemstandard)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="494"/>
        <source>Delete files permanently</source>
        <translation>Dateien dauerhaft löschen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="495"/>
        <source>Move files to trash (if possible)</source>
        <translation>(Wenn möglich) Dateien in den Papierkorb löschen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="497"/>
        <source>Torrent content removing mode</source>
        <translation>Löschmodus für Torrent-Inhalte</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="515"/>
        <source>Process memory priority</source>
        <translation>Priorität des Arbeitsspeichers</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="523"/>
        <source>Bdecode depth limit</source>
        <translation>Bdecode-Tiefenbegrenzung</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="529"/>
        <source>Bdecode token limit</source>
        <translation>Bdecode-Token-Limit</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="600"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="601"/>
        <source>Memory mapped files</source>
        <translation>Im Speicher abgebildete Dateien</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="602"/>
        <source>POSIX-compliant</source>
        <translation>POSIX-konform</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="603"/>
        <source>Simple pread/pwrite</source>
        <translation>Einfaches pread/pwrite</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="605"/>
        <source>Pread/pwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="608"/>
        <source>Disk IO type (requires restart)</source>
        <translation>Festplatten-IO-Typ (Neustart benötigt)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="612"/>
        <location filename="../gui/advancedsettings.cpp" line="618"/>
        <source>Disable OS cache</source>
        <translation>Systemcache deaktivieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="615"/>
        <source>Disk IO read mode</source>
        <translation>Festplatten IO-Lesemodus</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="621"/>
        <source>Write-through</source>
        <translation>Durchschrift</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="624"/>
        <source>Disk IO write mode</source>
        <translation>Festplatten-IO-Schreibmodus</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="644"/>
        <source>Send buffer watermark</source>
        <translation>Schwellenwert für Sendepuffer</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="650"/>
        <source>Send buffer low watermark</source>
        <translation>Schwellenwert für niedrigen Sendepuffer</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="656"/>
        <source>Send buffer watermark factor</source>
        <translation>Faktor für Schwellenwert bei Sendepuffer</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="662"/>
        <source>Outgoing connections per second</source>
        <translation>Ausgehende Verbindungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="669"/>
        <location filename="../gui/advancedsettings.cpp" line="677"/>
        <source>0 (system default)</source>
        <translation>0 (Systemstandard)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="670"/>
        <source>Socket send buffer size [0: system default]</source>
        <translation>Socket-Sendepuffergröße [0: Systemvorgabe]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="678"/>
        <source>Socket receive buffer size [0: system default]</source>
        <translation>Socket-Empfangspuffergröße [0: Systemvorgabe]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="684"/>
        <source>Socket backlog size</source>
        <translation>Socket-Backlog-Größe</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="699"/>
        <source>Save statistics interval [0: disabled]</source>
        <comment>How often the statistics file is saved.</comment>
        <translation>Speicherintervall für Statistiken [0: deaktiviert]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="705"/>
        <source>.torrent file size limit</source>
        <translation>.torrent Dateigrößenbegrenzung</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="737"/>
        <source>Prefer TCP</source>
        <translation>TCP bevorzugen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="738"/>
        <source>Peer proportional (throttles TCP)</source>
        <translation>Gleichmäßig f. Peers (drosselt TCP)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="748"/>
        <source>Internal hostname resolver cache expiry interval</source>
        <translation>Intervall für den Ablauf des internen Hostnamenauflösungs-Caches</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="753"/>
        <source>Support internationalized domain name (IDN)</source>
        <translation>Internationalisierten Domain-Namen (IDN) verwenden</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="758"/>
        <source>Allow multiple connections from the same IP address</source>
        <translation>Mehrere Verbindungen von derselben IP-Adresse erlauben</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="763"/>
        <source>Validate HTTPS tracker certificates</source>
        <translation>HTTPS-Tracker-Zertifikate überprüfen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="768"/>
        <source>Server-side request forgery (SSRF) mitigation</source>
        <translation>Schutz vor serverseitiger Anforderungsfälschung (SSRF)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="773"/>
        <source>Disallow connection to peers on privileged ports</source>
        <translation>Verbindung zu privilegierten Ports nicht zulassen</translation>
    </message>
    <message>
        <source>It appends the text to the window title to help distinguish qBittorent instances</source>
        <translation type="vanished">Der Text wird an den Fenstertitel angehängt, um qBittorent-Instanzen zu unterscheiden</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="780"/>
        <source>Customize application instance name</source>
        <translation>Name der Anwendungsinstanz anpassen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="786"/>
        <source>It controls the internal state update interval which in turn will affect UI updates</source>
        <translation>Es steuert das Intervall für die interne Statusaktualisierung, was sich auch auf die Aktualisierungen der Benutzeroberfläche auswirkt.</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="787"/>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="793"/>
        <source>Resolve peer host names</source>
        <translation>Hostnamen der Peers auflösen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="820"/>
        <source>IP address reported to trackers (requires restart)</source>
        <translation>Angegebene IP-Adresse bei Trackern (Neustart benötigt)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="827"/>
        <source>Port reported to trackers (requires restart) [0: listening port]</source>
        <translation>Port, der an die Tracker gemeldet wird (Neustart erforderlich) [0: Port, auf dem gelauscht wird]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="860"/>
        <source>Reannounce to all trackers when IP or port changed</source>
        <translation>Erneute Benachrichtigung an alle Tracker, wenn IP oder Port geändert wurden</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="874"/>
        <source>Enable icons in menus</source>
        <translation>Symbole in Menüs anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="877"/>
        <source>Attach &quot;Add new torrent&quot; dialog to main window</source>
        <translation>Dialog „Neuen Torrent hinzufügen“ an das Hauptfenster anhängen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="889"/>
        <source>Enable port forwarding for embedded tracker</source>
        <translation>Portweiterleitung für eingebetteten Tracker aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="893"/>
        <source>Enable quarantine for downloaded files</source>
        <translation>Quarantäne-Option für heruntergeladene Dateien aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="895"/>
        <source>Enable Mark-of-the-Web (MOTW) for downloaded files</source>
        <translation>„Mark-of-the-Web“ (MOTW) für heruntergeladene Dateien aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="902"/>
        <source>Affects certificate validation and non-torrent protocol activities (e.g. RSS feeds, program updates, torrent files, geoip db, etc)</source>
        <translation>Beeinflusst die Zertifikatsvalidierung und Aktivitäten außerhalb des Torrent-Protokolls (z.&#xa0;B. RSS-Feeds, Programmaktualisierungen, Torrent-Dateien, GeoIP-DB usw.)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="903"/>
        <source>Ignore SSL errors</source>
        <translation>SSL-Fehler ignorieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="905"/>
        <source>(Auto detect if empty)</source>
        <translation>(Automatische Erkennung, wenn leer)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="907"/>
        <source>Python executable path (may require restart)</source>
        <translation>Pfad für die Python Ausführungsdatei (ev. Neustart erforderlich)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="910"/>
        <source>Start BitTorrent session in paused state</source>
        <translation>BitTorrent-Sitzung mit angehaltenen Torrents starten</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="915"/>
        <source> sec</source>
        <comment> seconds</comment>
        <translation>Sek.</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="916"/>
        <source>-1 (unlimited)</source>
        <translation>-1 (unbegrenzt)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="918"/>
        <source>BitTorrent session shutdown timeout [-1: unlimited]</source>
        <translation>Zeitüberschreitung beim Herunterfahren der BitTorrent-Sitzung [-1: unbegrenzt]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="943"/>
        <source>Confirm removal of tracker from all torrents</source>
        <translation>Entfernen des Tracker von allen Torrents bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="961"/>
        <source>Peer turnover disconnect percentage</source>
        <translation>Peer-Verbindungsabbruch-Prozentsatz</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="967"/>
        <source>Peer turnover threshold percentage</source>
        <translation>Peer-Verbindungsabbruch-Schwelle</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="973"/>
        <source>Peer turnover disconnect interval</source>
        <translation>Peer-Umsatz-Trennungsintervall</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="982"/>
        <source>Resets to default if empty</source>
        <translation>Standardeinstellung, wenn leer</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="984"/>
        <source>DHT bootstrap nodes</source>
        <translation>DHT-Bootstrap-Knotenpunkte</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="991"/>
        <source>I2P inbound quantity</source>
        <translation>I2P eingehende Tunnelanzahl</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="996"/>
        <source>I2P outbound quantity</source>
        <translation>I2P ausgehende Tunnelanzahl</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="1001"/>
        <source>I2P inbound length</source>
        <translation>I2P-EIngangslänge</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="1006"/>
        <source>I2P outbound length</source>
        <translation>I2P-Ausgangslänge</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="844"/>
        <source>Display notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="847"/>
        <source>Display notifications for added torrents</source>
        <translation>Benachrichtigungen für hinzugefügte Torrents anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="863"/>
        <source>Download tracker&apos;s favicon</source>
        <translation>Tracker-Favicons herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="867"/>
        <source>Save path history length</source>
        <translation>Länge der Speicherpfad-Historie</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="870"/>
        <source>Enable speed graphs</source>
        <translation>Geschwindigkeits-Grafiken einschalten</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="920"/>
        <source>Fixed slots</source>
        <translation>Feste Slots</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="921"/>
        <source>Upload rate based</source>
        <translation>Basierend auf Uploadrate</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="923"/>
        <source>Upload slots behavior</source>
        <translation>Verhalten für Upload-Slots</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="926"/>
        <source>Round-robin</source>
        <translation>Ringverteilung</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="927"/>
        <source>Fastest upload</source>
        <translation>Schnellster Upload</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="928"/>
        <source>Anti-leech</source>
        <translation>Gegen Sauger</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="930"/>
        <source>Upload choking algorithm</source>
        <translation>Regel für Upload-Drosselung</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="935"/>
        <source>Confirm torrent recheck</source>
        <translation>Überprüfung des Torrents bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="939"/>
        <source>Confirm removal of all tags</source>
        <translation>Entfernen aller Labels bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="947"/>
        <source>Always announce to all trackers in a tier</source>
        <translation>Immer bei allen Trackern einer Ebene anmelden</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="953"/>
        <source>Always announce to all tiers</source>
        <translation>Immer bei allen Ebenen anmelden</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="795"/>
        <source>Any interface</source>
        <comment>i.e. Any network interface</comment>
        <translation>Beliebiges Interface</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="740"/>
        <source>%1-TCP mixed mode algorithm</source>
        <comment>uTP-TCP mixed mode algorithm</comment>
        <translation>%1-TCP Algorithmus für gemischten Modus</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="790"/>
        <source>Resolve peer countries</source>
        <translation>Herkunftsländer der Peers auflösen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="814"/>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="817"/>
        <source>Optional IP address to bind to</source>
        <translation>Optionale IP-Adresse binden an</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="833"/>
        <source>Max concurrent HTTP announces</source>
        <translation>Max. gleichzeitige HTTP-Ansagen</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="881"/>
        <source>Enable embedded tracker</source>
        <translation>Eingebetteten Tracker aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="886"/>
        <source>Embedded tracker port</source>
        <translation>Port des eingebetteten Trackers</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="918"/>
        <source>WebUI username must be at least 3 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="920"/>
        <source>WebUI username cannot contain a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="927"/>
        <source>WebUI password must be at least 6 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1231"/>
        <location filename="../webui/api/appcontroller.cpp" line="1235"/>
        <source>Invalid directory path</source>
        <translation>Ungültiger Verzeichnispfad</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1237"/>
        <source>Directory does not exist</source>
        <translation>Verzeichnis existiert nicht</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1249"/>
        <source>Invalid mode, allowed values: %1</source>
        <translation>Ungültiger Modus; erlaubte Werte: %1</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1334"/>
        <source>cookies must be array</source>
        <translation>Cookies müssen eine Anordnung sein</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="360"/>
        <source>Running in portable mode. Auto detected profile folder at: %1</source>
        <translation>Läuft im portablen Modus. Automatisch erkannter Profilordner: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="362"/>
        <source>Redundant command line flag detected: &quot;%1&quot;. Portable mode implies relative fastresume.</source>
        <translation>Redundantes Befehlszeilen-Flag erkannt: &quot;%1“. Der portable Modus erfordert ein relativ schnelles Wiederaufnehmen.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="366"/>
        <source>Using config directory: %1</source>
        <translation>Konfigurationsverzeichnis verwendet: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="739"/>
        <source>Torrent name: %1</source>
        <translation>Name des Torrents: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="740"/>
        <source>Torrent size: %1</source>
        <translation>Größe des Torrents: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="741"/>
        <source>Save path: %1</source>
        <translation>Speicherpfad: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="742"/>
        <source>The torrent was downloaded in %1.</source>
        <comment>The torrent was downloaded in 1 hour and 20 seconds</comment>
        <translation>Der Torrent wurde in %1 heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="744"/>
        <location filename="../app/application.cpp" line="762"/>
        <source>Thank you for using qBittorrent.</source>
        <translation>Danke für die Benutzung von qBittorrent.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="793"/>
        <source>Torrent: %1, sending mail notification</source>
        <translation>Torrent: %1, Mailnachricht wird versendet</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="985"/>
        <source>Add torrent failed</source>
        <translation>Hinzufügen des Torrents fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="986"/>
        <source>Couldn&apos;t add torrent &apos;%1&apos;, reason: %2.</source>
        <translation>Torrent &apos;%1&apos; konnte nicht hinzugefügt werden. Grund: %2.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1035"/>
        <source>The WebUI administrator username is: %1</source>
        <translation>Der Administrator-Name für das Webinterface lautet: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1036"/>
        <source>The WebUI administrator password was not set. A temporary password is provided for this session: %1</source>
        <translation>Es ist kein Administratorname für das Webinterface vergeben. Ein temporäres Passwort für diese Sitzung wird erstellt: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1037"/>
        <source>You should set your own password in program preferences.</source>
        <translation>Es sollte ein eigenes Passwort in den Programmeinstellungen vergeben werden.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1043"/>
        <source>The WebUI is disabled! To enable the WebUI, edit the config file manually.</source>
        <translation>Das Webinterface ist deaktiviert! Die Konfigurationsdatei manuell bearbeiten, um es zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="646"/>
        <source>Running external program. Torrent: &quot;%1&quot;. Command: `%2`</source>
        <translation>Externes Programm läuft. Torrent: „%1“. Befehl: `%2`</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="647"/>
        <source>Failed to run external program. Torrent: &quot;%1&quot;. Command: `%2`</source>
        <translation>Konnte externes Programm nicht starten. Torrent: &quot;%1&quot;. Befehl: `%2`</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="751"/>
        <source>Torrent &quot;%1&quot; has finished downloading</source>
        <translation>Torrent „%1“ wurde vollständig heruntergeladen</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="891"/>
        <source>WebUI will be started shortly after internal preparations. Please wait...</source>
        <translation>Das Webinterface startet gleich nach ein paar internen Vorbereitungen. Bitte warten ...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="916"/>
        <location filename="../app/application.cpp" line="1074"/>
        <source>Loading torrents...</source>
        <translation>Torrents werden geladen ...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="919"/>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="967"/>
        <source>I/O Error</source>
        <comment>i.e: Input/Output Error</comment>
        <translation>I/O-Fehler</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="968"/>
        <source>An I/O error occurred for torrent &apos;%1&apos;.
 Reason: %2</source>
        <comment>e.g: An error occurred for torrent &apos;xxx.avi&apos;.
 Reason: disk is full.</comment>
        <translation>Bei Torrent „%1“ ist ein I/O-Fehler aufgetreten.
Grund: „%2“</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="980"/>
        <source>Torrent added</source>
        <translation>Torrent hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="980"/>
        <source>&apos;%1&apos; was added.</source>
        <comment>e.g: xxx.avi was added.</comment>
        <translation>„%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="974"/>
        <source>Download completed</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="356"/>
        <source>qBittorrent %1 started. Process ID: %2</source>
        <comment>qBittorrent v3.2.0alpha started</comment>
        <translation>qBittorrent %1 gestartet. Prozess-ID: %2</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="761"/>
        <source>This is a test email.</source>
        <translation>Das ist eine Test-E-Mail.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="768"/>
        <source>Test email</source>
        <translation>E-Mail testen</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="974"/>
        <source>&apos;%1&apos; has finished downloading.</source>
        <comment>e.g: xxx.avi has finished downloading.</comment>
        <translation>„%1“ wurde vollständig heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1017"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1022"/>
        <source>To fix the error, you may need to edit the config file manually.</source>
        <translation>Um den Fehler zu beheben, ist es erforderlich, die Konfigurationsdatei händisch zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1031"/>
        <source>To control qBittorrent, access the WebUI at: %1</source>
        <translation>Um qBittorrent zu steuern, die Weboberfläche unter folgender Adresse aufrufen: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1074"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1120"/>
        <source>Recursive download confirmation</source>
        <translation>Rekursiven Download bestätigen</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1121"/>
        <source>The torrent &apos;%1&apos; contains .torrent files, do you want to proceed with their downloads?</source>
        <translation>Der Torrent „%1“ enthält weitere .torrent-Dateien. Sollen diese auch heruntergeladen werden?</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1127"/>
        <source>Never</source>
        <translation>Niemals</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1156"/>
        <source>Recursive download .torrent file within torrent. Source torrent: &quot;%1&quot;. File: &quot;%2&quot;</source>
        <translation>Rekursives Herunterladen einer .torrent-Datei innerhalb eines Torrents. Quell-Torrent: „%1“. Datei: „%2“</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1262"/>
        <source>Failed to set physical memory (RAM) usage limit. Error code: %1. Error message: &quot;%2&quot;</source>
        <translation>Das Limit für die Nutzung des physischen Speichers (RAM) konnte nicht gesetzt werden. Fehlercode: %1. Fehlermeldung: „%2“</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1297"/>
        <source>Failed to set physical memory (RAM) usage hard limit. Requested size: %1. System hard limit: %2. Error code: %3. Error message: &quot;%4&quot;</source>
        <translation>Die harte Grenze für die Nutzung des physischen Speichers (RAM) konnte nicht festgelegt werden. Angeforderte Größe: %1. Harte Systemgrenze: %2. Fehlercode: %3. Fehlermeldung: „%4“</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1405"/>
        <source>qBittorrent termination initiated</source>
        <translation>Abbruch von qBittorrent eingeleitet</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1411"/>
        <source>qBittorrent is shutting down...</source>
        <translation>qBittorrent wird beendet ...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1439"/>
        <source>Saving torrent progress...</source>
        <translation>Torrent-Fortschritt wird gespeichert </translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1476"/>
        <source>qBittorrent is now ready to exit</source>
        <translation>qBittorrent kann nun beendet werden</translation>
    </message>
</context>
<context>
    <name>AsyncFileStorage</name>
    <message>
        <location filename="../base/asyncfilestorage.cpp" line="46"/>
        <source>Could not create directory &apos;%1&apos;.</source>
        <translation>Das Verzeichnis „%1“ konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>AuthController</name>
    <message>
        <source>WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2</source>
        <translation type="vanished">WebAPI fehlerhafter Login. Grund: IP wurde gebannt, IP: %1, Benutzername: %2</translation>
    </message>
    <message>
        <source>Your IP address has been banned after too many failed authentication attempts.</source>
        <translation type="vanished">Ihre IP-Adresse wurde nach zu vielen fehlerhaften Authentisierungversuchen gebannt.</translation>
    </message>
    <message>
        <source>WebAPI login success. IP: %1</source>
        <translation type="vanished">WebAPI erfolgreicher Login. IP: %1</translation>
    </message>
    <message>
        <source>WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3</source>
        <translation type="vanished">WebAPI fehlerhafter Login. Grund: ungültige Anmeldeinformationen, Zugriffsversuche: %1, IP: %2, Benutzername: %3</translation>
    </message>
</context>
<context>
    <name>AutomatedRssDownloader</name>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="14"/>
        <source>RSS Downloader</source>
        <translation>RSS Downloader</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="58"/>
        <source>Download Rules</source>
        <translation>Downloadregeln</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="182"/>
        <source>Use Regular Expressions</source>
        <translation>Reguläre Ausdrücke verwenden</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="267"/>
        <source>Use Smart Episode Filter</source>
        <translation>Smart-Folgenfilter verwenden</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="191"/>
        <source>Must Contain:</source>
        <translation>Muss enthalten:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="28"/>
        <source>Auto downloading of RSS torrents is currently disabled. You can enable it in application settings.</source>
        <translation>Das automatische Herunterladen von RSS-Torrents ist derzeit deaktiviert! Dies kann in den Einstellungen wieder aktiviert werden.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="78"/>
        <source>Rename selected rule. You can also use the F2 hotkey to rename.</source>
        <translation>Die ausgewählte Regel umbenennen. Sie können auch die F2 Taste zum Umbenennen verwenden.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="157"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="211"/>
        <source>Must Not Contain:</source>
        <translation>Enthält nicht:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="231"/>
        <source>Episode Filter:</source>
        <translation>Folgenfilter:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="263"/>
        <source>Smart Episode Filter will check the episode number to prevent downloading of duplicates.
Supports the formats: S01E01, 1x1, 2017.12.31 and 31.12.2017 (Date formats also support - as a separator)</source>
        <translation>Der Smart-Folgenfilter überprüft die Folgennummer, um das doppelte Herunterladen zu vermeiden.
Er unterstützt die Formate: S01E01, 1x1, 2017.12.31 und 31.12.2017 (Datumsformate werden auch unterstützt, allerdings als Trennung)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="314"/>
        <source>Torrent parameters</source>
        <translation>Torrent-Parameter</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="276"/>
        <source>Ignore Subsequent Matches for (0 to Disable)</source>
        <extracomment>... X days</extracomment>
        <translation>Nachfolgende Übereinstimmungen ignorieren für (0 zum Deaktivieren)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="286"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="289"/>
        <source> days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="364"/>
        <source>Apply Rule to Feeds:</source>
        <translation>Regeln auf Feeds anwenden:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="384"/>
        <source>Matching RSS Articles</source>
        <translation>Übereinstimmende RSS Artikel</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="412"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="422"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="114"/>
        <source>Matches articles based on episode filter.</source>
        <translation>Wählt Artikel gemäß Folgenfilter aus.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="114"/>
        <source>Example: </source>
        <translation>Beispiel: </translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="115"/>
        <source> will match 2, 5, 8 through 15, 30 and onward episodes of season one</source>
        <comment>example X will match</comment>
        <translation>passt zu Folge 2, 5, 8 bis 15, 30 und weiteren Folgen von Staffel eins</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="116"/>
        <source>Episode filter rules: </source>
        <translation>Folgenfilterregeln: </translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="116"/>
        <source>Season number is a mandatory non-zero value</source>
        <translation>Staffel-Nummer ist zwingend ein Wert ungleich Null</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="118"/>
        <source>Filter must end with semicolon</source>
        <translation>Filter müssen mit einem Strichpunkt enden</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="119"/>
        <source>Three range types for episodes are supported: </source>
        <translation>Drei Bereichstypen für Folgen werden unterstützt: </translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="120"/>
        <source>Single number: &lt;b&gt;1x25;&lt;/b&gt; matches episode 25 of season one</source>
        <translation>Einzeln: &lt;b&gt;1x25;&lt;/b&gt; passt zur Folge 25 von Staffel eins</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="121"/>
        <source>Normal range: &lt;b&gt;1x25-40;&lt;/b&gt; matches episodes 25 through 40 of season one</source>
        <translation>Bereich: &lt;b&gt;1x25-40;&lt;/b&gt; passt zu den Folgen 25 bis 40 von Staffel eins</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="117"/>
        <source>Episode number is a mandatory positive value</source>
        <translation>Folgen-Nummer ist zwingend ein positiver Wert</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="66"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="67"/>
        <source>Rules (legacy)</source>
        <translation>Regeln (Historie)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="97"/>
        <source>Clone selected rule to a new rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="98"/>
        <source>The cloned rule will be set as disabled and the downloaded episodes history will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="122"/>
        <source>Infinite range: &lt;b&gt;1x25-;&lt;/b&gt; matches episodes 25 and upward of season one, and all episodes of later seasons</source>
        <translation>Endloser Bereich: &lt;b&gt;1x25-;&lt;/b&gt; passt zu Folge 25 und allen folgenden Folgen von Staffel eins sowie aller Folgen weiterer Staffeln</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="325"/>
        <source>Last Match: %1 days ago</source>
        <translation>Letzte Übereinstimmung: vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="327"/>
        <source>Last Match: Unknown</source>
        <translation>Letzte Übereinstimmung: Unbekannt</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="394"/>
        <source>New rule name</source>
        <translation>Name der neuen Regel</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="394"/>
        <source>Please type the name of the new download rule.</source>
        <translation>Bitte einen Namen für die neue Downloadregel eingeben.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="400"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="576"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="597"/>
        <source>Rule name conflict</source>
        <translation>Konflikt mit Regelnamen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="401"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="577"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="598"/>
        <source>A rule with this name already exists, please choose another name.</source>
        <translation>Eine Regel mit diesem Namen existiert bereits. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="418"/>
        <source>Are you sure you want to remove the download rule named &apos;%1&apos;?</source>
        <translation>Soll die Downloadregel „%1“ wirklich entfernt werden?</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="420"/>
        <source>Are you sure you want to remove the selected download rules?</source>
        <translation>Sollen die gewählten Downloadregeln wirklich entfernt werden?</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="421"/>
        <source>Rule deletion confirmation</source>
        <translation>Regellöschung bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="437"/>
        <source>Invalid action</source>
        <translation>Ungültige Aktion</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="438"/>
        <source>The list is empty, there is nothing to export.</source>
        <translation>Die Liste ist leer, es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="444"/>
        <source>Export RSS rules</source>
        <translation>RSS-Regeln exportieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="471"/>
        <source>I/O Error</source>
        <translation>I/O-Fehler</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="472"/>
        <source>Failed to create the destination file. Reason: %1</source>
        <translation>Fehler beim Erstellen der Zieldatei. Grund: %1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="480"/>
        <source>Import RSS rules</source>
        <translation>RSS-Regeln importieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="509"/>
        <source>Failed to import the selected rules file. Reason: %1</source>
        <translation>Import der ausgewählten Regeldatei fehlgeschlagen. Grund: %1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="518"/>
        <source>Add new rule...</source>
        <translation>Neue Regel hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="527"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="530"/>
        <source>Rename rule...</source>
        <translation>Regel umbenennen ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="533"/>
        <source>Clone rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="538"/>
        <source>Delete selected rules</source>
        <translation>Gewählte Regeln löschen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="543"/>
        <source>Clear downloaded episodes...</source>
        <translation>Heruntergeladene Folgen entfernen ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="561"/>
        <source>Rule cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="561"/>
        <source>Please type the name for the clone of the download rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="590"/>
        <source>Rule renaming</source>
        <translation>Regelumbenennung</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="590"/>
        <source>Please type the new rule name</source>
        <translation>Bitte einen Namen für die neue Regel eingeben</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="618"/>
        <source>Clear downloaded episodes</source>
        <translation>Heruntergeladene Folgen entfernen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="619"/>
        <source>Are you sure you want to clear the list of downloaded episodes for the selected rule?</source>
        <translation>Soll wirklich die Liste mit heruntergeladenen Folgen für die gewählte Regel entfernt werden?</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="733"/>
        <source>Regex mode: use Perl-compatible regular expressions</source>
        <translation>Regex-Modus: Perl-kompatible reguläre Ausdrücke verwenden</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="783"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="830"/>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="737"/>
        <source>Wildcard mode: you can use</source>
        <translation>Platzhaltermodus: Sie können Folgendes verwenden</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="490"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="508"/>
        <source>Import error</source>
        <translation>Fehler beim Import</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="491"/>
        <source>Failed to read the file. %1</source>
        <translation>Die Datei konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="738"/>
        <source>? to match any single character</source>
        <translation>?, um mit irgendeinem Zeichen übereinzustimmen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="739"/>
        <source>* to match zero or more of any characters</source>
        <translation>*, um mit keinem oder irgendwelchen Zeichen übereinzustimmen</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="740"/>
        <source>Whitespaces count as AND operators (all words, any order)</source>
        <translation>Leerzeichen zählen als UND-Operatoren (alle Wörter, beliebige Reihenfolge)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="741"/>
        <source>| is used as OR operator</source>
        <translation>| wird als ODER-Operator verwendet</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="742"/>
        <source>If word order is important use * instead of whitespace.</source>
        <translation>Wenn die Wortreihenfolge wichtig ist, * anstelle von Leerzeichen verwenden</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="749"/>
        <source>An expression with an empty %1 clause (e.g. %2)</source>
        <comment>We talk about regex/wildcards in the RSS filters section here. So a valid sentence would be: An expression with an empty | clause (e.g. expr|)</comment>
        <translation>Ein Ausdruck mit einer leeren Klausel %1 (z.B. %2)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="753"/>
        <source> will match all articles.</source>
        <translation>wird mit allen Artikeln übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="754"/>
        <source> will exclude all articles.</source>
        <translation>wird alle Artikel ausschließen.</translation>
    </message>
</context>
<context>
    <name>BanListOptionsDialog</name>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="14"/>
        <source>List of banned IP addresses</source>
        <translation>Liste der gebannten IP-Adressen</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="80"/>
        <source>Ban IP</source>
        <translation>IP bannen</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="87"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="97"/>
        <location filename="../gui/banlistoptionsdialog.cpp" line="110"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="97"/>
        <source>The entered IP address or range is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entered IP address is invalid.</source>
        <translation type="vanished">Die eingegebene IP-Adresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="110"/>
        <source>The entered IP is already banned.</source>
        <translation>Die eingegebene IP-Adresse ist bereits gebannt.</translation>
    </message>
</context>
<context>
    <name>BitTorrent::BencodeResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="119"/>
        <source>Cannot create torrent resume folder: &quot;%1&quot;</source>
        <translation>Fortsetzungsordner kann nicht erstellt werden: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="240"/>
        <source>Cannot parse resume data: invalid format</source>
        <translation>Fortsetzungsdaten können nicht analysiert werden: Ungültiges Format</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="318"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="330"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="339"/>
        <source>Cannot parse torrent info: %1</source>
        <translation>Torrent-Infos können nicht analysiert werden: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="321"/>
        <source>Cannot parse torrent info: invalid format</source>
        <translation>Torrent-Infos können nicht analysiert werden: Ungültiges Format</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="351"/>
        <source>Mismatching info-hash detected in resume data</source>
        <translation>Nicht übereinstimmender Info-Hash in den Resume-Daten entdeckt</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="358"/>
        <source>Corrupted resume data: %1</source>
        <translation>Fortsetzungsdaten sind beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="358"/>
        <source>save_path is invalid</source>
        <translation>Speicherpfad ist ungültig</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="449"/>
        <source>Couldn&apos;t save torrent metadata to &apos;%1&apos;. Error: %2.</source>
        <translation>Die Torrent-Metadaten konnte nicht nach „%1“ gespeichert werden. Fehler: %2.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="487"/>
        <source>Couldn&apos;t save torrent resume data to &apos;%1&apos;. Error: %2.</source>
        <translation>Speichern der Fortsetzungsdaten nach „%1“ fehlgeschlagen. Fehler: %2.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="194"/>
        <source>Couldn&apos;t load torrents queue: %1</source>
        <translation>Die Warteschlange konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="237"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="311"/>
        <source>Cannot parse resume data: %1</source>
        <translation>Fortsetzungsdaten können nicht analysiert werden: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="372"/>
        <source>Resume data is invalid: neither metadata nor info-hash was found</source>
        <translation>Fortsetzungsdaten sind ungültig: weder Metadaten noch Info-Hash wurden gefunden</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="512"/>
        <source>Couldn&apos;t save data to &apos;%1&apos;. Error: %2</source>
        <translation>Speichern der Daten nach „%1“ fehlgeschlagen. Fehler: %2</translation>
    </message>
</context>
<context>
    <name>BitTorrent::DBResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="325"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="329"/>
        <source>Couldn&apos;t load resume data of torrent &apos;%1&apos;. Error: %2</source>
        <translation>Laden der Fortsetzungsdaten von Torrent „%1“ fehlgeschlagen. Fehler: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="413"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="418"/>
        <source>Database is corrupted.</source>
        <translation>Datenbank ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="431"/>
        <source>Couldn&apos;t enable Write-Ahead Logging (WAL) journaling mode. Error: %1.</source>
        <translation>Der Write-Ahead-Logging (WAL) Protokollmodus konnte nicht aktiviert werden. Fehler: %1. </translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="624"/>
        <source>Couldn&apos;t obtain query result.</source>
        <translation>Das Abfrageergebnis konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="628"/>
        <source>WAL mode is probably unsupported due to filesystem limitations.</source>
        <translation>Der WAL-Modus wird aufgrund von Dateisystembeschränkungen wahrscheinlich nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="682"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="688"/>
        <source>Cannot parse resume data: %1</source>
        <translation>Fortsetzungsdaten können nicht analysiert werden: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="696"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="705"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="714"/>
        <source>Cannot parse torrent info: %1</source>
        <translation>Torrent-Infos können nicht analysiert werden: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="721"/>
        <source>Corrupted resume data: %1</source>
        <translation>Fortsetzungsdaten sind beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="721"/>
        <source>save_path is invalid</source>
        <translation>Speicherpfad ist ungültig</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="778"/>
        <source>Couldn&apos;t begin transaction. Error: %1</source>
        <translation>Vorgang konnte nicht gestartet werden. Fehler: %1</translation>
    </message>
</context>
<context>
    <name>BitTorrent::ResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="909"/>
        <source>Couldn&apos;t save torrent metadata. Error: %1.</source>
        <translation>Torrent-Metadaten konnten nicht gespeichert werden. Fehler: %1.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="966"/>
        <source>Couldn&apos;t store resume data for torrent &apos;%1&apos;. Error: %2</source>
        <translation>Starten der Fortsetzungsdaten von Torrent „%1“ fehlgeschlagen. Fehler: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="994"/>
        <source>Couldn&apos;t delete resume data of torrent &apos;%1&apos;. Error: %2</source>
        <translation>Löschen der Fortsetzungsdaten von Torrent „%1“ fehlgeschlagen. Fehler: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="1028"/>
        <source>Couldn&apos;t store torrents queue positions. Error: %1</source>
        <translation>Position der Torrent-Warteschlange konnte nicht gespeichert werden. Fehler: %1</translation>
    </message>
</context>
<context>
    <name>BitTorrent::SessionImpl</name>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <source>Distributed Hash Table (DHT) support: %1</source>
        <translation>Unterstützung der verteilten Hash-Tabelle (DHT): %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>ON</source>
        <translation>EIN</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <source>Local Peer Discovery support: %1</source>
        <translation>Unterstützung von Lokalen Peers (LPD): %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="818"/>
        <source>Restart is required to toggle Peer Exchange (PeX) support</source>
        <translation>Neustart erforderlich, um Peer-Exchange-Unterstützung (PeX) zu aktivieren</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1465"/>
        <source>Failed to resume torrent. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Fortsetzen von Torrent ist fehlgeschlagen. Torrent: „%1“. Grund: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1516"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1523"/>
        <source>Failed to resume torrent: inconsistent torrent ID is detected. Torrent: &quot;%1&quot;</source>
        <translation>Fortsetzen von Torrent ist fehlgeschlagen: ungültige Torrent-ID entdeckt. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1557"/>
        <source>Detected inconsistent data: category is missing from the configuration file. Category will be recovered but its settings will be reset to default. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>Ungültige Daten entdeckt: Kategorie fehlt in der Konfigurationsdatei. Die Kategorie wird wiederhergestellt, aber ihre Einstellungen werden auf die Standardwerte zurückgesetzt. Torrent: „%1“. Kategorie: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1564"/>
        <source>Detected inconsistent data: invalid category. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>Ungültige Daten entdeckt: ungültige Kategorie. Torrent: „%1“. Kategorie: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1579"/>
        <source>Detected mismatch between the save paths of the recovered category and the current save path of the torrent. Torrent is now switched to Manual mode. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>Es wurde eine Unstimmigkeit zwischen den Speicherpfaden der wiederhergestellten Kategorie und dem aktuellen Speicherpfad des Torrents festgestellt. Der Torrent wird jetzt in den manuellen Modus umgeschaltet. Torrent: „%1“. Kategorie: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1593"/>
        <source>Detected inconsistent data: tag is missing from the configuration file. Tag will be recovered. Torrent: &quot;%1&quot;. Tag: &quot;%2&quot;</source>
        <translation>Ungültige Daten entdeckt: Label fehlt in der Konfigurationsdatei. Das Label wird wiederhergestellt. Torrent: „%1“. Label: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1599"/>
        <source>Detected inconsistent data: invalid tag. Torrent: &quot;%1&quot;. Tag: &quot;%2&quot;</source>
        <translation>Ungültige Daten entdeckt: ungültiges Label. Torrent: „%1“. Label: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1677"/>
        <source>System wake-up event detected. Re-announcing to all the trackers...</source>
        <translation>System aus dem Ruhezustand erwacht. Erneute Ankündigung an alle Tracker ...</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1751"/>
        <source>Peer ID: &quot;%1&quot;</source>
        <translation>Peer-ID: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1752"/>
        <source>HTTP User-Agent: &quot;%1&quot;</source>
        <translation>HTTP-Benutzer-Agent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <source>Peer Exchange (PeX) support: %1</source>
        <translation>Peer-Exchange (PeX) Unterstützung %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>Anonymous mode: %1</source>
        <translation>Anonymer Modus: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3807"/>
        <source>Encryption support: %1</source>
        <translation>Verschlüsselungsunterstützung: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <source>FORCED</source>
        <translation>ERZWUNGEN</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2216"/>
        <source>Could not find GUID of network interface. Interface: &quot;%1&quot;</source>
        <translation>Die GUID der Netzwerkadresse wurde nicht gefunden. Schnittstelle: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2233"/>
        <source>Trying to listen on the following list of IP addresses: &quot;%1&quot;</source>
        <translation>Es wird versucht auf folgender Liste von IP-Adressen zu lauschen: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2380"/>
        <source>Torrent reached the share ratio limit.</source>
        <translation>Der Torrent hat das Limit für das Shareverhältnis erreicht.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2398"/>
        <source>Torrent reached the share limit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2419"/>
        <source>Torrent: &quot;%1&quot;.</source>
        <translation>Torrent: „%1“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2439"/>
        <source>Super seeding enabled.</source>
        <translation>Super-Seeding aktiviert.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6661"/>
        <source>Failed to load additional trackers from file. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2386"/>
        <source>Torrent reached the seeding time limit.</source>
        <translation>Torrent hat das Zeitlimit für das Seeding erreicht.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2392"/>
        <source>Torrent reached the inactive seeding time limit.</source>
        <translation>Der Torrent hat die Grenze der inaktiven Seed-Zeit erreicht.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1616"/>
        <source>Failed to load torrent. Reason: &quot;%1&quot;</source>
        <translation>Der Torrent konnte nicht geladen werden. Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6380"/>
        <source>I2P error. Message: &quot;%1&quot;.</source>
        <translation>I2P-Fehler. Nachricht: „%1“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3046"/>
        <source>UPnP/NAT-PMP support: ON</source>
        <translation>UPnP-/NAT-PMP-Unterstützung: EIN</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="747"/>
        <source>Saving resume data completed.</source>
        <translation>Speicherung der Fortsetzungsdaten abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="758"/>
        <source>BitTorrent session successfully finished.</source>
        <translation>BitTorrent-Sitzung erfolgreich beendet.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="760"/>
        <source>Session shutdown timed out.</source>
        <translation>Das Herunterfahren der Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2423"/>
        <source>Removing torrent.</source>
        <translation>Torrent wird entfernt.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2428"/>
        <source>Removing torrent and deleting its content.</source>
        <translation>Torrent und seine Inhalte werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2434"/>
        <source>Torrent stopped.</source>
        <translation>Torrent angehalten.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2448"/>
        <source>Torrent content removed. Torrent: &quot;%1&quot;</source>
        <translation>Inhalt des Torrents entfernt. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2452"/>
        <source>Failed to remove torrent content. Torrent: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Inhalt des Torrents konnte nicht gelöscht werden. Torrent: „%1“. Fehler: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2564"/>
        <source>Torrent removed. Torrent: &quot;%1&quot;</source>
        <translation>Torrent entfernt. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2756"/>
        <source>Merging of trackers is disabled</source>
        <translation>Zusammenführen der Tracker ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2766"/>
        <source>Trackers cannot be merged because it is a private torrent</source>
        <translation>Tracker können wegen privatem Torrent nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2777"/>
        <source>Trackers are merged from new source</source>
        <translation>Tracker wurden von der neuen Quelle zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2985"/>
        <source>Failed to add torrent. Reason: &quot;%1&quot;</source>
        <translation>Der Torrent konnte nicht hinzugefügt werden. Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3065"/>
        <source>UPnP/NAT-PMP support: OFF</source>
        <translation>UPnP-/NAT-PMP-Unterstützung: AUS</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3172"/>
        <source>Failed to download torrent metadata. Reason: &quot;%1&quot;</source>
        <translation>Die Metadaten zum Torrent konnten nicht geladen werden. Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3217"/>
        <source>Failed to export torrent. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>Torrent konnte nicht exportiert werden. Torrent: &quot;%1&quot;. Ziel: &quot;%2&quot;. Grund: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3260"/>
        <source>Aborted saving resume data. Number of outstanding torrents: %1</source>
        <translation>Speichern der Fortsetzungsdaten abgebrochen. Anzahl der ausstehenden Torrents: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3396"/>
        <source>The configured network address is invalid. Address: &quot;%1&quot;</source>
        <translation>Die konfigurierte Netzwerkadresse ist ungültig. Adresse: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3437"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3471"/>
        <source>Failed to find the configured network address to listen on. Address: &quot;%1&quot;</source>
        <translation>Die konfigurierte Netzwerkadresse zum Lauschen konnte nicht gefunden werden. Adresse: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3450"/>
        <source>The configured network interface is invalid. Interface: &quot;%1&quot;</source>
        <translation>Die konfigurierte Netzwerkadresse ist ungültig. Schnittstelle: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4073"/>
        <source>Tracker list updated</source>
        <translation>Trackerliste aktualisiert</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4077"/>
        <source>Failed to update tracker list. Reason: &quot;%1&quot;</source>
        <translation>Aktualisieren der Trackerliste fehlgeschlagen. Grund: „%1“</translation>
    </message>
    <message>
        <source>Rejected invalid IP address while applying the list of banned IP addresses. IP: &quot;%1&quot;</source>
        <translation type="vanished">Ungültige IP-Adresse beim Anwenden der Liste der gebannten IP-Adressen zurückgewiesen. IP: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5301"/>
        <source>Added tracker to torrent. Torrent: &quot;%1&quot;. Tracker: &quot;%2&quot;</source>
        <translation>Tracker wurde dem Torrent hinzugefügt. Torrent: „%1“. Tracker: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5308"/>
        <source>Removed tracker from torrent. Torrent: &quot;%1&quot;. Tracker: &quot;%2&quot;</source>
        <translation>Tracker wurde vom Torrent entfernt. Torrent: „%1“. Tracker: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5320"/>
        <source>Added URL seed to torrent. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</source>
        <translation>URL-Seed wurde dem Torrent hinzugefügt. Torrent: „%1“. URL: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5326"/>
        <source>Removed URL seed from torrent. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</source>
        <translation>URL-Seed aus dem Torrent entfernt. Torrent: „%1“. URL: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6501"/>
        <source>Generate resume data failed. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Erstellen der Fortsetzungsdatei fehlgeschlagen. Torrent: &quot;%1&quot;. Grund: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6513"/>
        <source>Failed to restore torrent. Files were probably moved or storage isn&apos;t accessible. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Torrent konnte nicht wiederhergestellt werden. Entweder wurden Dateien verschoben oder auf den Speicher kann nicht zugegriffen werden. Torrent: &quot;%1&quot;. Grund: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6540"/>
        <source>File rename failed. Torrent: &quot;%1&quot;, file: &quot;%2&quot;, reason: &quot;%3&quot;</source>
        <translation>Umbenennen der Datei fehlgeschlagen. Torrent: &quot;%1&quot;, Datei: &quot;%2&quot;, Grund: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6553"/>
        <source>Performance alert: %1. More info: %2</source>
        <translation>Leistungsalarm: %1. Mehr Info: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6630"/>
        <source>Failed to remove partfile. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;.</source>
        <translation>Teildatei konnte nicht entfernt werden. Torrent: „%1“. Grund: „%2“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5355"/>
        <source>Torrent resumed. Torrent: &quot;%1&quot;</source>
        <translation>Torrent fortgesetzt. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5517"/>
        <source>Torrent download finished. Torrent: &quot;%1&quot;</source>
        <translation>Torrent erfolgreich heruntergeladen. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5420"/>
        <source>Torrent move canceled. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;</source>
        <translation>Verschieben des Torrents abgebrochen. Torrent: „%1“. Quelle: „%2“. Ziel: „%3“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2767"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2778"/>
        <source>Detected an attempt to add a duplicate torrent. Existing torrent: &quot;%1&quot;. Torrent infohash: %2. Result: %3</source>
        <translation>Das Hinzufügen eines doppelten Torrents wurde erkannt. Bestehender Torrent: „%1“. Info-Hash des Torrents: %2. Ergebnis: %3</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5349"/>
        <source>Torrent stopped. Torrent: &quot;%1&quot;</source>
        <translation>Torrent angehalten. Torrent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5431"/>
        <source>Failed to enqueue torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;. Reason: torrent is currently moving to the destination</source>
        <translation>Torrent-Verschieben konnte nicht in die Warteschlange gestellt werden. Torrent: „%1“. Quelle: „%2“. Ziel: „%3“. Grund: Der Torrent wird gerade zum Zielort verschoben.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5440"/>
        <source>Failed to enqueue torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot; Destination: &quot;%3&quot;. Reason: both paths point to the same location</source>
        <translation>Torrent-Verschieben konnte nicht in die Warteschlange gestellt werden. Torrent: „%1“. Quelle: „%2“. Ziel: „%3“. Grund: Beide Pfade zeigen auf den gleichen Ort</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5448"/>
        <source>Enqueued torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;</source>
        <translation>Torrent-Verschieben in der Warteschlange. Torrent: „%1“. Quelle: „%2“. Ziel: „%3“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5475"/>
        <source>Start moving torrent. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;</source>
        <translation>Torrent-Verschieben starten. Torrent: „%1“. Ziel: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5551"/>
        <source>Failed to save Categories configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Speichern der Konfiguration der Kategorien fehlgeschlagen. Datei: „%1“. Fehler: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5598"/>
        <source>Failed to parse Categories configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Die Konfiguration der Kategorien konnte nicht analysiert werden. Datei: „%1“. Fehler:„%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5703"/>
        <source>Successfully parsed the IP filter file. Number of rules applied: %1</source>
        <translation>Die IP-Filterdatei wurde erfolgreich analysiert. Anzahl der angewandten Regeln: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5713"/>
        <source>Failed to parse the IP filter file</source>
        <translation>Die IP-Filterdatei konnte nicht analysiert werden</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1623"/>
        <source>Restored torrent. Torrent: &quot;%1&quot;</source>
        <translation>Torrent wiederhergestellt. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3002"/>
        <source>Added new torrent. Torrent: &quot;%1&quot;</source>
        <translation>Neuer Torrent hinzugefügt. Torrent: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4208"/>
        <source>Rejected invalid IP address range while applying the list of banned IP addresses. IP range: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5938"/>
        <source>Torrent errored. Torrent: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Torrent mit Fehler. Torrent: „%1“. Fehler: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5990"/>
        <source>Torrent is missing SSL parameters. Torrent: &quot;%1&quot;. Message: &quot;%2&quot;</source>
        <translation>Torrent fehlen SSL-Parameter. Torrent: „%1“. Nachricht: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6053"/>
        <source>File error alert. Torrent: &quot;%1&quot;. File: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>Dateifehlerwarnung. Torrent: „%1“ Datei: „%2“. Grund: „%3“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6064"/>
        <source>UPnP/NAT-PMP port mapping failed. Message: &quot;%1&quot;</source>
        <translation>UPnP/NAT-PMP: Fehler beim Portmapping. Meldung: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6070"/>
        <source>UPnP/NAT-PMP port mapping succeeded. Message: &quot;%1&quot;</source>
        <translation>Erfolgreiches UPnP/NAT-PMP-Portmapping. Meldung: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6088"/>
        <source>IP filter</source>
        <comment>this peer was blocked. Reason: IP filter.</comment>
        <translation>IP-Filter</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6091"/>
        <source>filtered port (%1)</source>
        <comment>this peer was blocked. Reason: filtered port (8899).</comment>
        <translation>Gefilterter Port (%1)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6097"/>
        <source>privileged port (%1)</source>
        <comment>this peer was blocked. Reason: privileged port (80).</comment>
        <translation>Bevorzugter Port (%1)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6136"/>
        <source>URL seed connection failed. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>URL-Seed-Verbindung fehlgeschlagen. Torrent: „%1“. URL: „%2“. Fehler: „%3“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6187"/>
        <source>BitTorrent session encountered a serious error. Reason: &quot;%1&quot;</source>
        <translation>Bei der BitTorrent-Sitzung ist ein schwerwiegender Fehler aufgetreten. Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6370"/>
        <source>SOCKS5 proxy error. Address: %1. Message: &quot;%2&quot;.</source>
        <translation>SOCKS5-Proxy-Fehler. Adresse: %1. Nachricht: „%2“.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6094"/>
        <source>%1 mixed mode restrictions</source>
        <comment>this peer was blocked. Reason: I2P mixed mode restrictions.</comment>
        <translation>%1 Beschränkungen für gemischten Modus</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5590"/>
        <source>Failed to load Categories. %1</source>
        <translation>Laden von Kategorien fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5605"/>
        <source>Failed to load Categories configuration. File: &quot;%1&quot;. Error: &quot;Invalid data format&quot;</source>
        <translation>Laden der Kategorie-Konfiguration fehlgeschlagen. Datei: „%1“. Fehler: „Ungültiges Datenformat“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6100"/>
        <source>%1 is disabled</source>
        <comment>this peer was blocked. Reason: uTP is disabled.</comment>
        <translation>%1 ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6103"/>
        <source>%1 is disabled</source>
        <comment>this peer was blocked. Reason: TCP is disabled.</comment>
        <translation>%1 ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6142"/>
        <source>Received error message from URL seed. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Message: &quot;%3&quot;</source>
        <translation>Fehlermeldung vom URL-Seed erhalten. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Nachricht: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6151"/>
        <source>Successfully listening on IP. IP: &quot;%1&quot;. Port: &quot;%2/%3&quot;</source>
        <translation>Erfolgreiches Lauschen auf dieser IP. IP: „%1“. Port: „%2/%3“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6158"/>
        <source>Failed to listen on IP. IP: &quot;%1&quot;. Port: &quot;%2/%3&quot;. Reason: &quot;%4&quot;</source>
        <translation>Lauschen auf der IP fehlgeschlagen. IP: „%1“. Port: „%2/%3“. Grund: „%4“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6166"/>
        <source>Detected external IP. IP: &quot;%1&quot;</source>
        <translation>Externe IP erkannt. IP: „%1“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6297"/>
        <source>Error: Internal alert queue is full and alerts are dropped, you might see degraded performance. Dropped alert type: &quot;%1&quot;. Message: &quot;%2&quot;</source>
        <translation>Fehler: Interne Warnungswarteschlange voll und Warnungen wurden gelöscht. Möglicherweise ist die Leistung beeinträchtigt. Abgebrochener Alarmtyp: „%1“. Nachricht: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6313"/>
        <source>Moved torrent successfully. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;</source>
        <translation>Torrent erfolgreich verschoben. Torrent: „%1“. Ziel: „%2“</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6330"/>
        <source>Failed to move torrent. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;. Reason: &quot;%4&quot;</source>
        <translation>Verschieben von Torrent fehlgeschlagen. Torrent: „%1“. Quelle: „%2“. Ziel: „%3“. Grund: „%4“</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentCreationTask</name>
    <message>
        <location filename="../base/bittorrent/torrentcreationtask.cpp" line="76"/>
        <source>Failed to start seeding.</source>
        <translation>Starten des Seeden fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentCreator</name>
    <message>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="94"/>
        <source>Operation aborted</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="276"/>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="280"/>
        <source>Create new torrent file failed. Reason: %1.</source>
        <translation>Erstellung der neuen Torrent-Datei fehlgeschlagen. Grund: %1.</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentImpl</name>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="858"/>
        <source>Failed to add peer &quot;%1&quot; to torrent &quot;%2&quot;. Reason: %3</source>
        <translation>Konnte Peer &apos;%1&apos; nicht zum Torrent &apos;%2&apos; hinzufügen. Grund: %3</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="863"/>
        <source>Peer &quot;%1&quot; is added to torrent &quot;%2&quot;</source>
        <translation>Peer &apos;%1&apos; wurde dem Torrent &apos;%2&apos; hinzugefügt</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="933"/>
        <source>Unexpected data detected. Torrent: %1. Data: total_wanted=%2 total_wanted_done=%3.</source>
        <translation>Unerwartete Daten entdeckt. Torrent: %1. Data: total_wanted=%2 total_wanted_done=%3.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1368"/>
        <source>Couldn&apos;t write to file. Reason: &quot;%1&quot;. Torrent is now in &quot;upload only&quot; mode.</source>
        <translation>Konnte nicht in Datei schreiben. Grund: &quot;%1&quot;. Der Torrent ist jetzt im Modus &quot;nur seeden&quot;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1745"/>
        <source>Download first and last piece first: %1, torrent: &apos;%2&apos;</source>
        <translation>Erste und letzte Teile zuerst laden: %1, Torrent: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1746"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1746"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1951"/>
        <source>Failed to reload torrent. Torrent: %1. Reason: %2</source>
        <translation>Torrent konnte nicht wieder geladen werden. Torrent: %1. Grund: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="2757"/>
        <source>Missing metadata</source>
        <translation>Fehlende Metadaten</translation>
    </message>
</context>
<context>
    <name>BitTorrent::Tracker</name>
    <message>
        <location filename="../base/bittorrent/tracker.cpp" line="217"/>
        <source>Embedded Tracker: Now listening on IP: %1, port: %2</source>
        <translation>Integrierter Tracker: Lauscht nun auf IP: %1, Port: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/tracker.cpp" line="222"/>
        <source>Embedded Tracker: Unable to bind to IP: %1, port: %2. Reason: %3</source>
        <translation>Integrierter Tracker: Kann nicht an IP: %1, Port %2 gebunden werden. Grund: %3</translation>
    </message>
</context>
<context>
    <name>CMD Options</name>
    <message>
        <location filename="../app/cmdoptions.cpp" line="164"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--webui-port&apos; must follow syntax &apos;--webui-port=value&apos;</comment>
        <translation>Parameter &apos;%1&apos; benötigt folgende Syntax: &apos;%1=%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="213"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--webui-port&apos; must follow syntax &apos;--webui-port=&lt;value&gt;&apos;</comment>
        <translation>Parameter &apos;%1&apos; benötigt folgende Syntax: &apos;%1=%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="229"/>
        <source>Expected integer number in environment variable &apos;%1&apos;, but got &apos;%2&apos;</source>
        <translation>Ganzzahl in Umgebungsvariable „%1“ erwartet, jedoch „%2“ erhalten</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="293"/>
        <source>Expected %1 in environment variable &apos;%2&apos;, but got &apos;%3&apos;</source>
        <translation>%1 in Umgebungsvariable „%2“ erwartet, jedoch „%3“ erhalten </translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="474"/>
        <location filename="../app/cmdoptions.cpp" line="482"/>
        <source>%1 must specify a valid port (1 to 65535).</source>
        <translation>%1 muss einen gültigen Port (zwischen 1 und 65535) angeben.</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="366"/>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="367"/>
        <source>[options] [(&lt;filename&gt; | &lt;url&gt;)...]</source>
        <translation>[Optionen] [(&lt;filename&gt; | &lt;url&gt;)...]</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="369"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="372"/>
        <source>Display program version and exit</source>
        <translation>Programmversion anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="370"/>
        <source>Display this help message and exit</source>
        <translation>Diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="274"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--add-stopped&apos; must follow syntax &apos;--add-stopped=&lt;true|false&gt;&apos;</comment>
        <translation>Parameter „&apos;%1“ benötigt folgende Syntax: „%1=%2“</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="374"/>
        <source>Confirm the legal notice</source>
        <translation>Rechtlichen Hinweis bestätigen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="375"/>
        <location filename="../app/cmdoptions.cpp" line="378"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="376"/>
        <source>Change the WebUI port</source>
        <translation>Webinterface-Port ändern</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="379"/>
        <source>Change the torrenting port</source>
        <translation>Den Torrent-Port ändern</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="382"/>
        <source>Disable splash screen</source>
        <translation>Startbildschirm deaktivieren</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="384"/>
        <source>Run in daemon-mode (background)</source>
        <translation>Im Hintergrund als Dienst ausführen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="387"/>
        <source>dir</source>
        <extracomment>Use appropriate short form or abbreviation of &quot;directory&quot;</extracomment>
        <translation>Verz.</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="388"/>
        <source>Store configuration files in &lt;dir&gt;</source>
        <translation>Konfigurationsdateien in &lt;dir&gt; speichern</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="389"/>
        <location filename="../app/cmdoptions.cpp" line="402"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="390"/>
        <source>Store configuration files in directories qBittorrent_&lt;name&gt;</source>
        <translation>Konfigurationsdateien in Verzeichnis qBittorrent_&lt;name&gt; speichern</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="392"/>
        <source>Hack into libtorrent fastresume files and make file paths relative to the profile directory</source>
        <translation>libtorrent-Fortsetzungsdateien modifizieren und die Pfade relativ zum Profilverzeichnis machen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="394"/>
        <source>files or URLs</source>
        <translation>Dateien oder URLs</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="395"/>
        <source>Download the torrents passed by the user</source>
        <translation>Vom Benutzer angebenen Torrents herunterladen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="398"/>
        <source>Options when adding new torrents:</source>
        <translation>Sobald ein Torrent hinzugefügt wird:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="399"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="399"/>
        <source>Torrent save path</source>
        <translation>Speicherpfad für Torrent</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="400"/>
        <source>Add torrents as running or stopped</source>
        <translation>Torrents als gestartet oder angehalten hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="401"/>
        <source>Skip hash check</source>
        <translation>Prüfsummenkontrolle überspringen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="403"/>
        <source>Assign torrents to category. If the category doesn&apos;t exist, it will be created.</source>
        <translation>Torrents Kategorien zuweisen. Wenn die Kategorie nicht existiert, wird sie erstellt.</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="405"/>
        <source>Download files in sequential order</source>
        <translation>Der Reihe nach downloaden</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="407"/>
        <source>Download first and last pieces first</source>
        <translation>Erste und letzte Teile zuerst laden</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="409"/>
        <source>Specify whether the &quot;Add New Torrent&quot; dialog opens when adding a torrent.</source>
        <translation>Festlegen, ob der „Neuen Torrent hinzufügen“-Dialog beim Hinzufügen eines Torrents geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="413"/>
        <source>Option values may be supplied via environment variables. For option named &apos;parameter-name&apos;, environment variable name is &apos;QBT_PARAMETER_NAME&apos; (in upper case, &apos;-&apos; replaced with &apos;_&apos;). To pass flag values, set the variable to &apos;1&apos; or &apos;TRUE&apos;. For example, to disable the splash screen: </source>
        <translation>Optionswerte können von Umgebungsvariablen geliefert werden. Für eine Option mit dem Namen „parameter-name“ lautet der Name „QBT_PARAMETER_NAME“ (in Großbuchstaben, „-“ ersetzt durch „_“). Um die Werte zu akzeptieren, die Variable auf „1“ oder „WAHR“ setzen. Beispiel, um den Startbildschirm zu deaktivieren:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="418"/>
        <source>Command line parameters take precedence over environment variables</source>
        <translation>Kommandozeilenparameter haben Vorrang vor Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="559"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>CategoryFilterModel</name>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="254"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="432"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="439"/>
        <source>Uncategorized</source>
        <translation>Ohne Kategorie</translation>
    </message>
</context>
<context>
    <name>CategoryFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="118"/>
        <source>Add category...</source>
        <translation>Kategorie hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="124"/>
        <source>Add subcategory...</source>
        <translation>Unterkategorie hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="126"/>
        <source>Edit category...</source>
        <translation>Kategorie ändern ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="128"/>
        <source>Remove category</source>
        <translation>Kategorie entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="132"/>
        <source>Remove unused categories</source>
        <translation>Unbenutzte Kategorien entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="135"/>
        <source>Start torrents</source>
        <translation>Torrents starten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="137"/>
        <source>Stop torrents</source>
        <translation>Torrents anhalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="139"/>
        <source>Remove torrents</source>
        <translation>Torrents entfernen</translation>
    </message>
</context>
<context>
    <name>ClientDataController</name>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="61"/>
        <source>`keys` must be an array</source>
        <translation>&apos;Schlüssel&apos; muss eine Anordnung sein</translation>
    </message>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="67"/>
        <source>Items of `keys` must be strings</source>
        <translation>Elemente der &apos;Schlüssel&apos; müssen Zeichenfolgen sein</translation>
    </message>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="83"/>
        <source>`data` must be an object</source>
        <translation>&apos;Daten&apos; muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>ClientDataStorage</name>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="53"/>
        <source>Failed to load web client data. %1</source>
        <translation>Konnte Daten für den Web-Client nicht laden. %1</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="61"/>
        <source>Failed to parse web client data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Analyse der Web-Client Daten fehlgeschlagen. Datei: „%1“. Fehler: „%2“</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="68"/>
        <source>Failed to load web client data. File: &quot;%1&quot;. Error: &quot;Invalid data format&quot;</source>
        <translation>Laden von Web-Client Daten fehlgeschlagen. Datei: „%1“. Fehler: „Ungültiges Datenformat“.</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="113"/>
        <source>Total web client data must not be larger than %1 bytes</source>
        <translation>Die Gesamtgröße der Web-Client Daten darf nicht mehr als %1 Bytes sein</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="116"/>
        <source>Failed to save web client data. Error: &quot;%1&quot;</source>
        <translation>Konnte Daten für den Web-Client nicht speichern. Fehler: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ColorWidget</name>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="99"/>
        <source>Edit...</source>
        <translation>Bearbeiten ...</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="100"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="129"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>CookiesDialog</name>
    <message>
        <location filename="../gui/cookiesdialog.ui" line="14"/>
        <source>Manage Cookies</source>
        <translation>Cookies verwalten</translation>
    </message>
</context>
<context>
    <name>CookiesModel</name>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="51"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="53"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="57"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="59"/>
        <source>Expiration Date</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>CustomThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="261"/>
        <source>Failed to load custom theme style sheet. %1</source>
        <translation>Konnte die angepasste Themen-Stil Datei nicht laden. %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="285"/>
        <source>Failed to load custom theme colors. %1</source>
        <translation>Konnte die angepassten Themen-Farben nicht laden. %1</translation>
    </message>
</context>
<context>
    <name>DefaultThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="178"/>
        <source>Failed to load default theme colors. %1</source>
        <translation>Konnte die Standard Themen-Farben nicht laden. %1</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmationDialog</name>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="20"/>
        <source>Remove torrent(s)</source>
        <translation>Torrent(s) entfernen</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="67"/>
        <source>Remember choice</source>
        <translation>Auswahl merken</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="91"/>
        <source>Also remove the content files</source>
        <translation>Auch die Inhaltsdateien dauerhaft löschen</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="48"/>
        <source>Are you sure you want to remove &apos;%1&apos; from the transfer list?</source>
        <comment>Are you sure you want to remove &apos;ubuntu-linux-iso&apos; from the transfer list?</comment>
        <translation>Soll &apos;%1&apos; wirklich von der Übertragungsliste gelöscht werden?</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="50"/>
        <source>Are you sure you want to remove these %1 torrents from the transfer list?</source>
        <comment>Are you sure you want to remove these 5 torrents from the transfer list?</comment>
        <translation>Sollen diese %1 Torrents wirklich von der Übertragungsliste gelöscht werden?</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="70"/>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="72"/>
        <source>Remove torrent and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="70"/>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="72"/>
        <source>Remove torrent</source>
        <translation type="unfinished">Torrent entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Entfernen</translation>
    </message>
</context>
<context>
    <name>DownloadFromURLDialog</name>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="14"/>
        <source>Download from URLs</source>
        <translation>Von URLs laden</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="25"/>
        <source>Add torrent links</source>
        <translation>Torrent-Links hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="47"/>
        <source>One link per line (HTTP links, Magnet links and info-hashes are supported)</source>
        <translation>Ein Link pro Zeile (HTTP-Links, Magnet-Links und Info-Hashes werden unterstützt)</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="68"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="136"/>
        <source>No URL entered</source>
        <translation>Keine URL eingegeben</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="136"/>
        <source>Please type at least one URL.</source>
        <translation>Bitte mindestens eine URL eingeben.</translation>
    </message>
</context>
<context>
    <name>DownloadedPiecesBar</name>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="200"/>
        <source>Missing pieces</source>
        <translation>Fehlende Teile</translation>
    </message>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="201"/>
        <source>Partial pieces</source>
        <translation>Teilstücke</translation>
    </message>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="202"/>
        <source>Completed pieces</source>
        <translation>Vollständige Teile</translation>
    </message>
</context>
<context>
    <name>ExecutionLogWidget</name>
    <message>
        <location filename="../gui/executionlogwidget.ui" line="36"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.ui" line="42"/>
        <source>Blocked IPs</source>
        <translation>Geblockte IPs</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.cpp" line="95"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.cpp" line="99"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>FeedListWidget</name>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="111"/>
        <source>RSS feeds</source>
        <translation>RSS-Feeds</translation>
    </message>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="124"/>
        <source>All</source>
        <translation type="unfinished">Alle</translation>
    </message>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="131"/>
        <location filename="../gui/rss/feedlistwidget.cpp" line="189"/>
        <source>Unread  (%1)</source>
        <translation>Ungelesen (%1)</translation>
    </message>
</context>
<context>
    <name>FileLogger</name>
    <message>
        <location filename="../app/filelogger.cpp" line="180"/>
        <source>An error occurred while trying to open the log file. Logging to file is disabled. File: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>Beim Versuch die Protokolldatei zu öffnen ist ein Fehler aufgetreten. Die Protokollierung wird deaktiviert. Datei: &quot;%1&quot;. Fehler: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>FileSystemPathEdit</name>
    <message>
        <location filename="../gui/fspathedit.cpp" line="59"/>
        <source>...</source>
        <comment>Launch file dialog button text (brief)</comment>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="61"/>
        <source>&amp;Browse...</source>
        <comment>Launch file dialog button text (full)</comment>
        <translation>&amp;Durchsuchen ...</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="63"/>
        <source>Choose a file</source>
        <comment>Caption for file open/save dialog</comment>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="65"/>
        <source>Choose a folder</source>
        <comment>Caption for directory open dialog</comment>
        <translation>Verzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="97"/>
        <source>Any file</source>
        <translation>Jede Datei</translation>
    </message>
</context>
<context>
    <name>FilterParserThread</name>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="132"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="304"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="485"/>
        <source>I/O Error: Could not open IP filter file in read mode.</source>
        <translation>I/O-Fehler: Konnte IP-Filterdatei nicht im Lesemodus öffnen.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="227"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="380"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="390"/>
        <source>IP filter line %1 is malformed.</source>
        <translation>IP-Filter in Zeile %1 hat falsches Format.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="237"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="400"/>
        <source>IP filter line %1 is malformed. Start IP of the range is malformed.</source>
        <translation>IP-Filter in Zeile %1 hat falsches Format. Die Anfangs-IP des Bereichs hat falsches Format.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="247"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="410"/>
        <source>IP filter line %1 is malformed. End IP of the range is malformed.</source>
        <translation>IP-Filter in Zeile %1 hat falsches Format. Die End-IP des Bereichs hat falsches Format.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="256"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="419"/>
        <source>IP filter line %1 is malformed. One IP is IPv4 and the other is IPv6!</source>
        <translation>IP-Filter in Zeile %1 hat falsches Format. Eine IP ist IPv4, die andere IPv6!</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="264"/>
        <source>IP filter line %1 is malformed. End IP is lower than Start IP!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="280"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="434"/>
        <source>IP filter exception thrown for line %1. Exception is: %2</source>
        <translation>IP-Filter Ausnahmefehler in Zeile %1. Ausnahme ist: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="290"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="444"/>
        <source>%1 extra IP filter parsing errors occurred.</source>
        <comment>513 extra IP filter parsing errors occurred.</comment>
        <translation>%1 zusätzliche IP-Filter Analysefehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="497"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="512"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="536"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="547"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="558"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="570"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="592"/>
        <source>Parsing Error: The filter file is not a valid PeerGuardian P2B file.</source>
        <translation>Syntax-Fehler: Die Filterdatei ist keine gültige PeerGuardian P2B-Datei.</translation>
    </message>
</context>
<context>
    <name>FilterPatternFormatMenu</name>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="36"/>
        <source>Pattern Format</source>
        <translation>Vorlagenformat</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="41"/>
        <source>Plain text</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="45"/>
        <source>Wildcards</source>
        <translation>Wildcards</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="49"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
</context>
<context>
    <name>GUIAddTorrentManager</name>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="113"/>
        <source>Downloading torrent... Source: &quot;%1&quot;</source>
        <translation>Torrent wird heruntergeladen ... Quelle: „%1“</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="207"/>
        <source>Torrent is already present</source>
        <translation>Dieser Torrent ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="213"/>
        <source>Trackers cannot be merged because it is a private torrent.</source>
        <translation>Tracker können wegen privatem Torrent nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="219"/>
        <source>Torrent &apos;%1&apos; is already in the transfer list. Do you want to merge trackers from new source?</source>
        <translation>Torrent &apos;%1&apos; befindet sich bereits in der Übertragungsliste. Sollen die Tracker von der neuen Quelle zusammengeführt werden?</translation>
    </message>
</context>
<context>
    <name>GeoIPDatabase</name>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="92"/>
        <location filename="../base/net/geoipdatabase.cpp" line="126"/>
        <source>Unsupported database file size.</source>
        <translation>Nicht unterstützte Dateigröße der Datenbank.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="235"/>
        <source>Metadata error: &apos;%1&apos; entry not found.</source>
        <translation>Fehler in Metadaten: &apos;%1&apos;-Eintrag nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="236"/>
        <source>Metadata error: &apos;%1&apos; entry has invalid type.</source>
        <translation>Fehler in Metadaten: &apos;%1&apos;-Eintrag ist ein ungültiger Typ.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="246"/>
        <source>Unsupported database version: %1.%2</source>
        <translation>Nicht unterstützte Version der Datenbank: %1.%2</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="254"/>
        <source>Unsupported IP version: %1</source>
        <translation>Nicht unterstützte IP-Version: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="262"/>
        <source>Unsupported record size: %1</source>
        <translation>Nicht unterstützte Speichergröße: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="293"/>
        <source>Database corrupted: no data section found.</source>
        <translation>Fehlerhafte Datenbank: Kein Datenabschnitt gefunden. </translation>
    </message>
</context>
<context>
    <name>Http::Connection</name>
    <message>
        <location filename="../base/http/connection.cpp" line="95"/>
        <source>Http request size exceeds limitation, closing socket. Limit: %1, IP: %2</source>
        <translation>HTTP-Anforderungsgröße überschreitet Limit, Socket wird geschlossen. Limit: %1, IP: %2</translation>
    </message>
    <message>
        <location filename="../base/http/connection.cpp" line="109"/>
        <source>Bad Http request method, closing socket. IP: %1. Method: &quot;%2&quot;</source>
        <translation>Schlechte HTTP-Anforderungsmethode, Socket wird geschlossen. IP: %1. Methode: „%2“</translation>
    </message>
    <message>
        <location filename="../base/http/connection.cpp" line="122"/>
        <source>Bad Http request, closing socket. IP: %1</source>
        <translation>Schlechte HTTP-Anforderung, Socket wird geschlossen. IP: %1</translation>
    </message>
</context>
<context>
    <name>IPSubnetWhitelistOptionsDialog</name>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="14"/>
        <source>List of whitelisted IP subnets</source>
        <translation>Liste der erlaubten IP-Subnets</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="53"/>
        <source>Example: 172.17.32.0/24, fdff:ffff:c8::/40</source>
        <translation>Beispiel: 172.17.32.0/24, fdff:ffff:c8::/40</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="64"/>
        <source>Add subnet</source>
        <translation>Subnet hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="71"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.cpp" line="98"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.cpp" line="98"/>
        <source>The entered subnet is invalid.</source>
        <translation>Das eingegebene Subnet ist ungültig.</translation>
    </message>
</context>
<context>
    <name>IconWidget</name>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="181"/>
        <source>Browse...</source>
        <translation>Durchsuchen ...</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="182"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="209"/>
        <source>Select icon</source>
        <translation>Symbol wählen</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="210"/>
        <source>Supported image files</source>
        <translation>Unterstützte Bilddateien</translation>
    </message>
</context>
<context>
    <name>InhibitorDBus</name>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="70"/>
        <source>Power management found suitable D-Bus interface. Interface: %1</source>
        <translation>Das Power Management hat eine geeignete D-Bus-Schnittstelle gefunden. Schnittstelle: %1</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="75"/>
        <source>Power management error. Did not find a suitable D-Bus interface.</source>
        <translation>Fehler im Power Management. Es wurde keine geeignete D-Bus-Schnittstelle gefunden.</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="163"/>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="182"/>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="200"/>
        <source>Power management error. Action: %1. Error: %2</source>
        <translation>Fehler im Power Management. Aktion: %1. Fehler: %2</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="220"/>
        <source>Power management unexpected error. State: %1. Error: %2</source>
        <translation>Unerwarteter Fehler im Power Management. Status: %1. Fehler: %2</translation>
    </message>
</context>
<context>
    <name>InhibitorMacOS</name>
    <message>
        <location filename="../gui/powermanagement/inhibitormacos.cpp" line="36"/>
        <source>PMMacOS</source>
        <comment>qBittorrent is active</comment>
        <translation>PMMacOS</translation>
    </message>
</context>
<context>
    <name>LegalNotice</name>
    <message>
        <location filename="../app/legalnotice.cpp" line="50"/>
        <source>Legal Notice</source>
        <translation>Rechtshinweis</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="51"/>
        <source>qBittorrent is a file sharing program. When you run a torrent, its data will be made available to others by means of upload. Any content you share is your sole responsibility.</source>
        <translation>qBittorrent ist ein Filesharing Programm. Sobald ein Torrent im Programm läuft, wird der Inhalt auch anderen durch Upload zur Verfügung gestellt. Das Teilen jeglicher Inhalte geschieht auf eigene Verantwortung.</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="52"/>
        <source>No further notices will be issued.</source>
        <translation>Es werden keine weiteren Meldungen ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="58"/>
        <source>If you have read the legal notice, you can use command line option `--confirm-legal-notice` to suppress this message.</source>
        <translation>Wenn Sie den rechtlichen Hinweis gelesen haben, können Sie die Kommandozeilenoption „--confirm-legal-notice“ verwenden, um diese Meldung zu unterdrücken.</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="67"/>
        <source>Press &apos;Enter&apos; key to continue...</source>
        <translation>Die „Enter“-Taste zum Fortfahren drücken ...</translation>
    </message>
</context>
<context>
    <name>LogPeerModel</name>
    <message>
        <location filename="../gui/log/logmodel.cpp" line="198"/>
        <source>%1 was blocked. Reason: %2.</source>
        <comment>0.0.0.0 was blocked. Reason: reason for blocking.</comment>
        <translation>%1 wurde blockiert. Grund: %2.</translation>
    </message>
    <message>
        <location filename="../gui/log/logmodel.cpp" line="199"/>
        <source>%1 was banned</source>
        <comment>0.0.0.0 was banned</comment>
        <translation>%1 wurde gebannt</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="226"/>
        <source>%1 is an unknown command line parameter.</source>
        <comment>--random-parameter is an unknown command line parameter.</comment>
        <translation>%1 ist ein unbekannter Kommandozeilen-Parameter.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>Run application with -h option to read about command line parameters.</source>
        <translation>Programm mit -h starten, um Info über Kommandozeilen-Parameter zu erhalten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Bad command line</source>
        <translation>Falsche Kommandozeile</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>Bad command line: </source>
        <translation>Falsche Kommandozeile:</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>An unrecoverable error occurred.</source>
        <translation>Ein nicht behebbarer Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="124"/>
        <location filename="../app/main.cpp" line="128"/>
        <source>qBittorrent has encountered an unrecoverable error.</source>
        <translation>qBittorrent ist auf einen nicht behebbaren Fehler gestoßen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="237"/>
        <source>You cannot use %1: qBittorrent is already running.</source>
        <translation>%1 kann nicht verwendet werden: qBittorrent läuft bereits.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>Another qBittorrent instance is already running.</source>
        <translation>Eine läuft bereits ein andere qBittorrent-Instanz.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="300"/>
        <source>Found unexpected qBittorrent instance. Exiting this instance. Current process ID: %1.</source>
        <translation>Unerwartete qBittorrent-Instanz gefunden, diese wird daher beendet. Aktuelle Prozess-ID: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="309"/>
        <source>Error when daemonizing. Reason: &quot;%1&quot;. Error code: %2.</source>
        <translation>Fehler beim Wechsels des Programms in den Hintergrund. Grund: &quot;%1&quot;. Fehler-Code: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.ui" line="43"/>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="69"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="91"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="59"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="73"/>
        <source>On Downloads &amp;Done</source>
        <translation>Wenn &amp;Downloads abgeschlossen sind</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="101"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="185"/>
        <source>&amp;Options...</source>
        <translation>&amp;Optionen ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="215"/>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="228"/>
        <source>Torrent &amp;Creator</source>
        <translation>&amp;Torrent-Ersteller</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="290"/>
        <location filename="../gui/mainwindow.ui" line="293"/>
        <source>Alternative Speed Limits</source>
        <translation>Alternative Geschwindigkeitsbegrenzungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="301"/>
        <source>&amp;Top Toolbar</source>
        <translation>Obere Werkzeugleis&amp;te</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="304"/>
        <source>Display Top Toolbar</source>
        <translation>Obere Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="312"/>
        <source>Status &amp;Bar</source>
        <translation>Status&amp;leiste</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="320"/>
        <source>Filters Sidebar</source>
        <translation>Filterseitenleiste</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="328"/>
        <source>S&amp;peed in Title Bar</source>
        <translation>&amp;Geschwindigkeit in der Titelleiste</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="331"/>
        <source>Show Transfer Speed in Title Bar</source>
        <translation>Übertragungsgeschwindigkeit in der Titelleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="339"/>
        <source>&amp;RSS Reader</source>
        <translation>&amp;RSS-Reader</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="347"/>
        <source>Search &amp;Engine</source>
        <translation>Suchmaschin&amp;e</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="352"/>
        <source>L&amp;ock qBittorrent</source>
        <translation>qBitt&amp;orrent sperren</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="363"/>
        <source>Do&amp;nate!</source>
        <translation>E&amp;ntwicklung unterstützen!</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="398"/>
        <source>Sh&amp;utdown System</source>
        <translation>System her&amp;unterfahren</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="406"/>
        <source>&amp;Reboot System</source>
        <translation>System &amp;Neustart</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="414"/>
        <source>&amp;Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="490"/>
        <source>Close Window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="442"/>
        <source>Manage Cookies...</source>
        <translation>Cookies verwalten ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="445"/>
        <source>Manage stored network cookies</source>
        <translation>Gespeicherte Netzwerk-Cookies verwalten ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="461"/>
        <source>Normal Messages</source>
        <translation>Normale Meldungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="469"/>
        <source>Information Messages</source>
        <translation>Informationsmeldungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="477"/>
        <source>Warning Messages</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="485"/>
        <source>Critical Messages</source>
        <translation>Kritische Meldungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="105"/>
        <source>&amp;Log</source>
        <translation>Protoko&amp;ll</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="195"/>
        <source>Sta&amp;rt</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="200"/>
        <source>Sto&amp;p</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="205"/>
        <source>R&amp;esume Session</source>
        <translation>Sitzung forts&amp;etzen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="210"/>
        <source>Pau&amp;se Session</source>
        <translation>&amp;Sitzung anhalten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="238"/>
        <source>Set Global Speed Limits...</source>
        <translation>Globale Geschwindigkeitsbegrenzungen einstellen ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="243"/>
        <source>Bottom of Queue</source>
        <translation>Ans Ende der Warteschlange</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="246"/>
        <source>Move to the bottom of the queue</source>
        <translation>An das Ende der Warteschlange verschieben</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="254"/>
        <source>Top of Queue</source>
        <translation>An Anfang der Warteschlange</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="257"/>
        <source>Move to the top of the queue</source>
        <translation>An den Anfang der Warteschlange verschieben</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="265"/>
        <source>Move Down Queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="268"/>
        <source>Move down in the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="276"/>
        <source>Move Up Queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="279"/>
        <source>Move up in the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="374"/>
        <source>&amp;Exit qBittorrent</source>
        <translation>qBittorrent b&amp;eenden</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="382"/>
        <source>&amp;Suspend System</source>
        <translation>&amp;Standbymodus</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="390"/>
        <source>&amp;Hibernate System</source>
        <translation>&amp;Ruhezustand</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="429"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiken </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="434"/>
        <source>Check for Updates</source>
        <translation>Auf Aktualisierungen prüfen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="437"/>
        <source>Check for Program Updates</source>
        <translation>Auf Programmaktualisierungen prüfen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="190"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="172"/>
        <source>&amp;Add Torrent File...</source>
        <translation>Torrent-D&amp;atei hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="175"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="180"/>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="223"/>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="233"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="355"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="419"/>
        <location filename="../gui/mainwindow.ui" line="453"/>
        <location filename="../gui/mainwindow.cpp" line="1516"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1674"/>
        <source>Check for program updates</source>
        <translation>Auf Programm-Updates prüfen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="220"/>
        <source>Add Torrent &amp;Link...</source>
        <translation>Torrent-&amp;Link hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="366"/>
        <source>If you like qBittorrent, please donate!</source>
        <translation>Bitte unterstützen Sie qBittorrent, wenn es Ihnen gefällt!</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1754"/>
        <location filename="../gui/mainwindow.cpp" line="1756"/>
        <source>Execution Log</source>
        <translation>Ausführungs-Log</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="682"/>
        <source>Clear the password</source>
        <translation>Passwort löschen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="209"/>
        <source>&amp;Set Password</source>
        <translation>Passwort fe&amp;stlegen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="210"/>
        <source>&amp;Clear Password</source>
        <translation>Passwort lös&amp;chen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="265"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="345"/>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="471"/>
        <location filename="../gui/mainwindow.cpp" line="1287"/>
        <source>qBittorrent is minimized to tray</source>
        <translation>qBittorrent wurde in die Statusleiste minimiert</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="471"/>
        <location filename="../gui/mainwindow.cpp" line="1194"/>
        <location filename="../gui/mainwindow.cpp" line="1287"/>
        <source>This behavior can be changed in the settings. You won&apos;t be reminded again.</source>
        <translation>Dieses Verhalten kann in den Einstellungen geändert werden. Es folgt kein weiterer Hinweis.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="580"/>
        <source>Icons Only</source>
        <translation>Nur Icons</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="581"/>
        <source>Text Only</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="582"/>
        <source>Text Alongside Icons</source>
        <translation>Text neben Symbolen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="583"/>
        <source>Text Under Icons</source>
        <translation>Text unter Symbolen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="584"/>
        <source>Follow System Style</source>
        <translation>Dem Systemstil folgen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="665"/>
        <location filename="../gui/mainwindow.cpp" line="1035"/>
        <source>UI lock password</source>
        <translation>Passwort zum Entsperren</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="666"/>
        <location filename="../gui/mainwindow.cpp" line="1036"/>
        <source>Please type the UI lock password:</source>
        <translation>Bitte das Passwort für den gesperrten qBittorrent-Bildschirm eingeben:</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="683"/>
        <source>Are you sure you want to clear the password?</source>
        <translation>Soll das Passwort wirklich gelöscht werden?</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="742"/>
        <source>Use regular expressions</source>
        <translation>Reguläre Ausdrücke verwenden</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="765"/>
        <location filename="../gui/mainwindow.cpp" line="767"/>
        <source>Search Engine</source>
        <translation>Suchmaschine</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="765"/>
        <source>Search has failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="767"/>
        <source>Search has finished</source>
        <translation>Suche abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="774"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="799"/>
        <source>Transfers (%1)</source>
        <translation>Übertragungen (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1058"/>
        <source>qBittorrent was just updated and needs to be restarted for the changes to be effective.</source>
        <translation>qBittorrent wurde soeben aktualisiert. Änderungen werden erst nach einem Neustart aktiv.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1194"/>
        <source>qBittorrent is closed to tray</source>
        <translation>qBittorrent wurde in die Statusleiste geschlossen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1214"/>
        <source>Some files are currently transferring.</source>
        <translation>Momentan werden Dateien übertragen.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1214"/>
        <source>Are you sure you want to quit qBittorrent?</source>
        <translation>Sind Sie sicher, dass Sie qBittorrent beenden möchten?</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1216"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1217"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1218"/>
        <source>&amp;Always Yes</source>
        <translation>&amp;Immer ja</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1347"/>
        <source>Options saved.</source>
        <translation>Optionen gespeichert.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1865"/>
        <source>[PAUSED] %1</source>
        <comment>%1 is the rest of the window title</comment>
        <translation>[PAUSIERT] %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1872"/>
        <source>[D: %1, U: %2] %3</source>
        <comment>D = Download; U = Upload; %3 is the rest of the window title</comment>
        <translation>[D: %1, U: %2] %3</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1984"/>
        <source>Python installer could not be downloaded. Error: %1.
Please install it manually.</source>
        <translation>Die Python-Installation konnte nicht heruntergeladen werden. Fehler: %1.
Bitte manuell installieren.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1992"/>
        <source>Rename Python installer failed. Source: &quot;%1&quot;. Destination: &quot;%2&quot;.</source>
        <translation>Umbennen der Python-Installationsdatei fehlgeschlagen. Quelle: &quot;%1&quot;. Ziel: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2009"/>
        <source>Python installation success.</source>
        <translation>Erfolgreiche Installation von Python.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2024"/>
        <source>Exit code: %1.</source>
        <translation>Exitcode: %1.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2025"/>
        <source>Reason: installer crashed.</source>
        <translation>Grund: Installation abgestürzt.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2026"/>
        <source>Python installation failed.</source>
        <translation>Installation von Python fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2029"/>
        <source>Launching Python installer. File: &quot;%1&quot;.</source>
        <translation>Python-Installation wird ausgeführt. Datei: „%1“</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1616"/>
        <location filename="../gui/mainwindow.cpp" line="1622"/>
        <source>Missing Python Runtime</source>
        <translation>Fehlende Python-Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1689"/>
        <source>qBittorrent Update Available</source>
        <translation>Aktualisierung von qBittorrent verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1617"/>
        <source>Python is required to use the search engine but it does not seem to be installed.
Do you want to install it now?</source>
        <translation>Python wird benötigt, um die Suchmaschine benutzen zu können, scheint aber nicht installiert zu sein.
Soll Python jetzt installiert werden?</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1623"/>
        <source>Python is required to use the search engine but it does not seem to be installed.</source>
        <translation>Python wird benötigt, um die Suchmaschine benutzen zu können, scheint aber nicht installiert zu sein.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1635"/>
        <location filename="../gui/mainwindow.cpp" line="1642"/>
        <source>Old Python Runtime</source>
        <translation>Veraltete Python-Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1686"/>
        <source>A new version is available.</source>
        <translation>Eine neue Version ist verfügbar.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1687"/>
        <source>Do you want to download %1?</source>
        <translation>Soll %1 heruntergeladen werden?</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1688"/>
        <source>Open changelog...</source>
        <translation>Änderungsindex öffnen ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1710"/>
        <source>No updates available.
You are already using the latest version.</source>
        <translation>Keine Aktualisierung verfügbar, die
neueste Version ist bereits installiert.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1673"/>
        <source>&amp;Check for Updates</source>
        <translation>Auf Aktualisierungen prüfen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1636"/>
        <source>Your Python version (%1) is outdated. Minimum requirement: %2.
Do you want to install a newer version now?</source>
        <translation>Die Python-Version (%1) ist nicht mehr aktuell da mindestens Version %2 benötigt wird.
Soll jetzt eine aktuellere Version installiert werden?</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1643"/>
        <source>Your Python version (%1) is outdated. Please upgrade to latest version for search engines to work.
Minimum requirement: %2.</source>
        <translation>Die installierte Version von Python (%1) ist veraltet und sollte für die Funktion der Suchmaschine auf die aktuellste Version aktualisiert werden.
Mindestens erforderlich ist: %2.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1895"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1906"/>
        <source>Checking for Updates...</source>
        <translation>Aktualisierungen werden gesucht ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1907"/>
        <source>Already checking for program updates in the background</source>
        <translation>Überprüfung auf Programm-Aktualisierungen läuft bereits im Hintergrund</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1923"/>
        <source>Python installation in progress...</source>
        <translation>Python wird gerade installiert ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1942"/>
        <source>Failed to open Python installer. File: &quot;%1&quot;.</source>
        <translation>Konnte die Python-Installation nicht öffnen. Datei: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1950"/>
        <source>Failed MD5 hash check for Python installer. File: &quot;%1&quot;. Result hash: &quot;%2&quot;. Expected hash: &quot;%3&quot;.</source>
        <translation>Fehlgeschlagener Prüfsummencheck MD5 für die Python Installation. Datei: &quot;%1&quot;. Aktuelle Prüfsumme: &quot;%2&quot;. Erwartete Prüfsumme: &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1962"/>
        <source>Failed SHA3-512 hash check for Python installer. File: &quot;%1&quot;. Result hash: &quot;%2&quot;. Expected hash: &quot;%3&quot;.</source>
        <translation>Fehlgeschlagener Prüfsummencheck SHA3-512 für die Python Installation. Datei: &quot;%1&quot;. Aktuelle Prüfsumme: &quot;%2&quot;. Erwartete Prüfsumme: &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1983"/>
        <source>Download error</source>
        <translation>Downloadfehler</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="672"/>
        <location filename="../gui/mainwindow.cpp" line="1044"/>
        <source>Invalid password</source>
        <translation>Ungültiges Passwort</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="230"/>
        <source>Filter torrents...</source>
        <translation>Torrents filtern ...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="235"/>
        <source>Filter by:</source>
        <translation>Filtern nach:</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="672"/>
        <source>The password must be at least 3 characters long</source>
        <translation>Das Passwort muss mindestens 3 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="708"/>
        <location filename="../gui/mainwindow.cpp" line="721"/>
        <location filename="../gui/mainwindow.cpp" line="723"/>
        <source>RSS (%1)</source>
        <translation>RSS (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1044"/>
        <source>The password is invalid</source>
        <translation>Das Passwort ist ungültig</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1889"/>
        <source>DL speed: %1</source>
        <comment>e.g: Download speed: 10 KiB/s</comment>
        <translation>DL-Geschw.: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1890"/>
        <source>UP speed: %1</source>
        <comment>e.g: Upload speed: 10 KiB/s</comment>
        <translation>UL-Geschw.: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1516"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1212"/>
        <source>Exiting qBittorrent</source>
        <translation>qBittorrent wird beendet</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1320"/>
        <source>Open Torrent Files</source>
        <translation>Torrent-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1321"/>
        <source>Torrent Files</source>
        <translation>Torrent-Dateien</translation>
    </message>
</context>
<context>
    <name>Net::DNSUpdater</name>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="187"/>
        <source>Your dynamic DNS was successfully updated.</source>
        <translation>Der dynamische DNS-Eintrag wurde erfolgreich aktualisiert.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="193"/>
        <source>Dynamic DNS error: The service is temporarily unavailable, it will be retried in 30 minutes.</source>
        <translation>Dynamischer DNS Fehler: Der Dienst ist vorübergehend nicht erreichbar. Ein neuer Versuch wird in 30 Minuten gestartet.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="204"/>
        <source>Dynamic DNS error: hostname supplied does not exist under specified account.</source>
        <translation>Dynamischer DNS Fehler: Der Hostname existiert nicht für den angegebenen Account.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="211"/>
        <source>Dynamic DNS error: Invalid username/password.</source>
        <translation>Dynamischer DNS Fehler: Ungültiger Benutzername/Passwort.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="218"/>
        <source>Dynamic DNS error: qBittorrent was blacklisted by the service, please submit a bug report at https://bugs.qbittorrent.org.</source>
        <translation>Dynamischer DNS Fehler: qBittorrent wurde durch den Dienst geblacklisted. Bitte melden sie einen Bug unter https://bugs.qbittorrent.org.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="226"/>
        <source>Dynamic DNS error: %1 was returned by the service, please submit a bug report at https://bugs.qbittorrent.org.</source>
        <translation>Dynamischer DNS Fehler: Der Dienst hat %1 zurückgegeben. Bitte diesen Bug unter https://bugs.qbittorrent.org melden.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="234"/>
        <source>Dynamic DNS error: Your username was blocked due to abuse.</source>
        <translation>Dynamischer DNS Fehler: Der Benutzername wurde wegen Missbrauch geblockt.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="256"/>
        <source>Dynamic DNS error: supplied domain name is invalid.</source>
        <translation>Dynamischer DNS Fehler: Angegebener Domainname ist ungültig.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="269"/>
        <source>Dynamic DNS error: supplied username is too short.</source>
        <translation>Dynamischer DNS Fehler: Angegebener Benutzername ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="282"/>
        <source>Dynamic DNS error: supplied password is too short.</source>
        <translation>Dynamischer DNS Fehler: Angegebenes Passwort ist zu kurz.</translation>
    </message>
</context>
<context>
    <name>Net::DownloadHandlerImpl</name>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="164"/>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="181"/>
        <source>I/O Error: %1</source>
        <translation>I/O-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="201"/>
        <source>The file size (%1) exceeds the download limit (%2)</source>
        <translation>Die Dateigröße (%1) überschreitet das Download-Limit (%2)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="212"/>
        <source>Exceeded max redirections (%1)</source>
        <translation>Max. erlaubte Weiterleitungen wurden überschritten (%1)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="227"/>
        <source>Redirected to magnet URI</source>
        <translation>Weiterleitung zu Magnet-URI</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="260"/>
        <source>The remote host name was not found (invalid hostname)</source>
        <translation>Der Hostname konnte nicht gefunden werden (ungültiger Hostname)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="262"/>
        <source>The operation was canceled</source>
        <translation>Der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="264"/>
        <source>The remote server closed the connection prematurely, before the entire reply was received and processed</source>
        <translation>Der Remote-Server hat die Verbindung beendet bevor die gesamte Antwort empfangen und verarbeitet werden konnte</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="266"/>
        <source>The connection to the remote server timed out</source>
        <translation>Die Verbindung zum Remote-Server ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="268"/>
        <source>SSL/TLS handshake failed</source>
        <translation>SSL/TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="270"/>
        <source>The remote server refused the connection</source>
        <translation>Der Remote-Server hat die Verbindung verweigert</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="272"/>
        <source>The connection to the proxy server was refused</source>
        <translation>Die Verbindung zum Proxy-Server wurde verweigert</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="274"/>
        <source>The proxy server closed the connection prematurely</source>
        <translation>Der Proxy-Server hat die Verbindung vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="276"/>
        <source>The proxy host name was not found</source>
        <translation>Der Proxy-Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="278"/>
        <source>The connection to the proxy timed out or the proxy did not reply in time to the request sent</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau mit dem Proxy oder der Proxy hat nicht in angemessener Zeit auf die Anfrage reagiert</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="280"/>
        <source>The proxy requires authentication in order to honor the request but did not accept any credentials offered</source>
        <translation>Der Proxy benötigt Authentifizierung hat jedoch keine der angebotenen Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="282"/>
        <source>The access to the remote content was denied (403)</source>
        <translation>Der Zugriff zum Web-Inhalt wurde verweigert (403)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="288"/>
        <source>The remote server requires authentication to serve the content but the credentials provided were not accepted (401)</source>
        <translation>Der Remote-Server benötigt Authentifizierung zur Verfügungsstellung der Daten, hat jedoch keine der angebotenen Zugangsdaten akzeptiert (401)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="284"/>
        <source>The operation requested on the remote content is not permitted</source>
        <translation>Der angeforderte Vorgang auf rechnerferne Inhalte ist nicht gestattet</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="286"/>
        <source>The remote content was not found at the server (404)</source>
        <translation>Die rechnerfernen Inhalte wurden auf dem Server nicht gefunden (404)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="290"/>
        <source>The Network Access API cannot honor the request because the protocol is not known</source>
        <translation>Die Network-Access-API konnte die Anfrage wegen unbekanntem Protokoll nicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="292"/>
        <source>The requested operation is invalid for this protocol</source>
        <translation>Der angeforderte Vorgang ist für dieses Protokoll ungültig</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="294"/>
        <source>An unknown network-related error was detected</source>
        <translation>Ein unbekannter Netzwerkfehler ist aufgetreten</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="296"/>
        <source>An unknown proxy-related error was detected</source>
        <translation>Ein unbekannter Proxyfehler ist aufgetreten</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="298"/>
        <source>An unknown error related to the remote content was detected</source>
        <translation>Ein unbekannter Fehler in Zusammenhang mit dem Inhalt ist aufgetreten</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="300"/>
        <source>A breakdown in protocol was detected</source>
        <translation>Es ist eine Störung im Protokoll aufgetreten</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="302"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Net::DownloadManager</name>
    <message>
        <location filename="../base/net/downloadmanager.cpp" line="155"/>
        <source>SSL error, URL: &quot;%1&quot;, errors: &quot;%2&quot;</source>
        <translation>SSL-Fehler, URL: &quot;%1&quot;, Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/net/downloadmanager.cpp" line="159"/>
        <source>Ignoring SSL error, URL: &quot;%1&quot;, errors: &quot;%2&quot;</source>
        <translation>SSL-Fehler werden ignoriert, URL: „%1“, Fehler: „%2“</translation>
    </message>
</context>
<context>
    <name>Net::GeoIPManager</name>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="390"/>
        <source>Venezuela, Bolivarian Republic of</source>
        <translation>Venezuela, Bolivarische Republik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="403"/>
        <location filename="../base/net/geoipmanager.cpp" line="406"/>
        <source>N/A</source>
        <translation>N/V</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="153"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="96"/>
        <location filename="../base/net/geoipmanager.cpp" line="451"/>
        <source>IP geolocation database loaded. Type: %1. Build time: %2.</source>
        <translation>Geografische IP-Datenbank geladen. Typ: %1. Erstellungsdatum: %2.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="102"/>
        <location filename="../base/net/geoipmanager.cpp" line="477"/>
        <source>Couldn&apos;t load IP geolocation database. Reason: %1</source>
        <translation>Die geografische IP-Datenbank konnte nicht geladen werden. Grund: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="154"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="155"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="156"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="157"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="158"/>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="159"/>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="160"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="161"/>
        <source>Antarctica</source>
        <translation>Antarktika</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="162"/>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="163"/>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="164"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="165"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="166"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="168"/>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="169"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="170"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="171"/>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="172"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="173"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="174"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="175"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="176"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="177"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="179"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="180"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="183"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="184"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="185"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="186"/>
        <source>Bouvet Island</source>
        <translation>Bouvetinsel</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="187"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="188"/>
        <source>Belarus</source>
        <translation>Weißrussland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="189"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="190"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="191"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokos-Inseln (Keeling-Inseln)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="192"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="193"/>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="194"/>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="195"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="197"/>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="198"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="199"/>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="200"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="201"/>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="202"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="203"/>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="204"/>
        <source>Cape Verde</source>
        <translation>Kap Verde</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="205"/>
        <source>Curacao</source>
        <translation>Curacao</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="206"/>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="207"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="208"/>
        <source>Czech Republic</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="209"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="210"/>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="211"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="212"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="213"/>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="214"/>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="215"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="216"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="217"/>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="218"/>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="219"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="220"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="221"/>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="222"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="223"/>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="224"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falkland-Inseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="225"/>
        <source>Micronesia, Federated States of</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="226"/>
        <source>Faroe Islands</source>
        <translation>Färöer-Inseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="227"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="228"/>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="229"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="230"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="231"/>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="232"/>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="234"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="235"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="236"/>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="237"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="238"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="239"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="240"/>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="241"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="242"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Südgeorgien und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="243"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="244"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="245"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="246"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="247"/>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="248"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und die McDonaldinseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="249"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="250"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="251"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="252"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="253"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="254"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="255"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="257"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="258"/>
        <source>British Indian Ocean Territory</source>
        <translation>Das Britische Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="259"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="260"/>
        <source>Iran, Islamic Republic of</source>
        <translation>Iran, Islamische Republik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="261"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="262"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="264"/>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="265"/>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="266"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="267"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="268"/>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="269"/>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="270"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="271"/>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="272"/>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="273"/>
        <source>Korea, Democratic People&apos;s Republic of</source>
        <translation>Korea, Demokratische Volksrepublik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="274"/>
        <source>Korea, Republic of</source>
        <translation>Korea, Republik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="275"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="276"/>
        <source>Cayman Islands</source>
        <translation>Kaimaninseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="277"/>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="278"/>
        <source>Lao People&apos;s Democratic Republic</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="279"/>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="280"/>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="281"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="282"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="283"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="284"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="285"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="286"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="287"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="289"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="290"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="291"/>
        <source>Moldova, Republic of</source>
        <translation>Moldawien, Republik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="294"/>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="295"/>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="296"/>
        <source>North Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="297"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="298"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="299"/>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="301"/>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="302"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="303"/>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="304"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="305"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="306"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="307"/>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="308"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="309"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="310"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="311"/>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="312"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="313"/>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="314"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="315"/>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="316"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="317"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="318"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="319"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="320"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="321"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="322"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="323"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="324"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="325"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="326"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="327"/>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="328"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="329"/>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="330"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="331"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="332"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre und Miquelon</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="334"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="336"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="337"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="338"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="339"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="340"/>
        <source>Reunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="341"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="343"/>
        <source>Russian Federation</source>
        <translation>Russische Föderation</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="344"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="345"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="346"/>
        <source>Solomon Islands</source>
        <translation>Salomonen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="347"/>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="348"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="349"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="350"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="352"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="353"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Spitzbergen (Inselgruppe)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="354"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="355"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="356"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="357"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="358"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="359"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="361"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="362"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="364"/>
        <source>Syrian Arab Republic</source>
        <translation>Arabische Republik Syrien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="365"/>
        <source>Swaziland</source>
        <translation>Swasiland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="366"/>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="367"/>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="368"/>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="369"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="370"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="371"/>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="372"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="374"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="375"/>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="376"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="393"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="431"/>
        <source>Couldn&apos;t download IP geolocation database file. Reason: %1</source>
        <translation>Die Datei der geografische IP-Datenbank konnte nicht heruntergeladen werden. Grund: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="439"/>
        <source>Could not decompress IP geolocation database file.</source>
        <translation>Die geografische IP-Datenbank nicht konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="466"/>
        <source>Couldn&apos;t save downloaded IP geolocation database file. Reason: %1</source>
        <translation>Die heruntergeladene geografische IP-Datenbank konnte nicht gespeichert weden. Grund: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="462"/>
        <source>Successfully updated IP geolocation database.</source>
        <translation>Die Geografische IP-Datenbank wurde erfolgreich aktualisiert.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="373"/>
        <source>Timor-Leste</source>
        <translation>Osttimor</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="181"/>
        <source>Bolivia, Plurinational State of</source>
        <translation>Bolivien, Plurinationaler Staat</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="182"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Besondere Gemeinden (Niederlande)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="196"/>
        <source>Cote d&apos;Ivoire</source>
        <translation>Elfenbeinküste</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="288"/>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="293"/>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (französischer Teil)</translation>
    </message>
    <message>
        <source>Macedonia, The Former Yugoslav Republic of</source>
        <translation type="vanished">Mazedonien, ehemalige jugoslawische Republik </translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="300"/>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="333"/>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="335"/>
        <source>Palestine, State of</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="351"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena, Ascension und Tristan da Cunha</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="360"/>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="363"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (niederländischer Teil)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="377"/>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="378"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="379"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="380"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="381"/>
        <source>Tanzania, United Republic of</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="382"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="383"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="384"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Kleinere Inselbesitzungen der Vereinigten Staaten</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="385"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="386"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="387"/>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="388"/>
        <source>Holy See (Vatican City State)</source>
        <translation>Heiliger Stuhl (Staat der Vatikanstadt)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="389"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="391"/>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="392"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="394"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="395"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="396"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="397"/>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="398"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="342"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="399"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="400"/>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="292"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="401"/>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="167"/>
        <source>Aland Islands</source>
        <translation>Åland</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="233"/>
        <source>Guernsey</source>
        <translation>Britische Kanalinseln</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="256"/>
        <source>Isle of Man</source>
        <translation>Insel Man</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="263"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="178"/>
        <source>Saint Barthelemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
</context>
<context>
    <name>Net::Smtp</name>
    <message>
        <location filename="../base/net/smtp.cpp" line="205"/>
        <source>Connection failed, unrecognized reply: %1</source>
        <translation>Verbindung fehlgeschlagen, nicht erkannte Antwort: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="227"/>
        <source>STARTTLS is required but was not enabled by the server. Unable to send the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="253"/>
        <source>Authentication failed, msg: %1</source>
        <translation>Authentifizierung fehlgeschlagen, Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="266"/>
        <source>&lt;mail from&gt; was rejected by server, msg: %1</source>
        <translation>&lt;mail from&gt; wurde vom Server zurückgewiesen, Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="279"/>
        <source>&lt;Rcpt to&gt; was rejected by server, msg: %1</source>
        <translation>&lt;Rcpt to&gt;  wurde vom Server zurückgewiesen, Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="292"/>
        <source>&lt;data&gt; was rejected by server, msg: %1</source>
        <translation>&lt;data&gt;  wurde vom Server zurückgewiesen, Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="306"/>
        <source>Message was rejected by the server, error: %1</source>
        <translation>Nachricht wurde vom Server zurückgewiesen, Fehler: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="395"/>
        <source>Both EHLO and HELO failed, msg: %1</source>
        <translation>Sowohl EHLO als auch HELO fehlgeschlagen, Nachricht: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="436"/>
        <source>STARTTLS is required but was not offered by the server. Unable to send the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="482"/>
        <source>The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %1</source>
        <translation>Der SMTP-Server scheint keinen unserer Authentifizierungsmodi [CRAM-MD5|PLAIN|LOGIN] zu unterstützen und überspringt die Authentifizierung, da er weiß, dass sie wahrscheinlich fehlschlagen wird ... Server-Authentifizierungsmodi: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="567"/>
        <source>Email Notification Error: %1</source>
        <translation>Fehler bei der E-Mail Benachrichtigung: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="588"/>
        <source>Check the email server supports SMTPS (SMTP over SSL) and you are using the correct port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../gui/optionsdialog.ui" line="14"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="52"/>
        <source>Behavior</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="57"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="62"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="67"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="72"/>
        <source>BitTorrent</source>
        <translation>BitTorrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="82"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="92"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="264"/>
        <source>Customize UI Theme...</source>
        <translation>UI-Thema anpassen ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="274"/>
        <source>Transfer List</source>
        <translation>Übertragungsliste</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="283"/>
        <source>Confirm when deleting torrents</source>
        <translation>Löschen von Torrents bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="293"/>
        <source>Use alternating row colors</source>
        <extracomment>In table elements, every other row will have a grey background.</extracomment>
        <translation>Abwechselnde Reihenfarben verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="322"/>
        <source>Hide zero and infinity values</source>
        <translation>Werte mit Null und Unendlich verbergen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="330"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="358"/>
        <source>Action on double-click</source>
        <translation>Aktion bei Doppelklick</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="364"/>
        <source>Downloading torrents:</source>
        <translation>Herunterladende Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="380"/>
        <location filename="../gui/optionsdialog.ui" line="429"/>
        <source>Open destination folder</source>
        <translation>Zielordner öffnen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="395"/>
        <location filename="../gui/optionsdialog.ui" line="444"/>
        <source>No action</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="416"/>
        <source>Completed torrents:</source>
        <translation>Abgeschlossene Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="455"/>
        <source>Auto hide zero status filters</source>
        <translation>Automatisches Ausblenden von Null-Status-Filtern</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="462"/>
        <source>Use separate &quot;Tracker status&quot; filter. Otherwise it gets merged with &quot;Trackers&quot; filter.</source>
        <translation>Verwende eigenen &apos;Trackerstatus&apos; Filter. Andernfalls wird es mit dem Filter &apos;Tracker&apos; zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="465"/>
        <source>Use separate &quot;Tracker status&quot; filter</source>
        <translation>Verwende eigenen &apos;Trackerstatus&apos; Filter</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="494"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="500"/>
        <source>Start qBittorrent on Windows start up</source>
        <translation>qBittorrent beim Systemstart starten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="507"/>
        <source>Show splash screen on start up</source>
        <translation>Beim Start von qBittorrent das Logo anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="551"/>
        <source>Confirmation on exit when torrents are active</source>
        <translation>Beenden bestätigen, wenn noch Torrents aktiv sind</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="561"/>
        <source>Confirmation on auto-exit when downloads finish</source>
        <translation>Beenden bestätigen, wenn die Downloads abgeschlossen sind</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="618"/>
        <source>Monochrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="697"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;To set qBittorrent as default program for .torrent files and/or Magnet links&lt;br/&gt;you can use &lt;span style=&quot; font-weight:600;&quot;&gt;Default Programs&lt;/span&gt; dialog from &lt;span style=&quot; font-weight:600;&quot;&gt;Control Panel&lt;/span&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Um qBittorrent als Standardprogramm für .torrent-Dateien und/oder Magnet-Links festzulegen, &lt;br/&gt;bitte den Dialog&lt;span style=&quot; font-weight:600;&quot;&gt;„Standardprogramme“&lt;/span&gt; in den &lt;span style=&quot; font-weight:600;&quot;&gt;„Systemeinstellungen“&lt;/span&gt; verwenden.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="717"/>
        <source>Show speed in Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="724"/>
        <source>Show qBittorrent in menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="801"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="894"/>
        <source>Show free disk space in status bar</source>
        <translation>Freien Speicherplatz in der Statusleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="993"/>
        <source>Torrent content layout:</source>
        <translation>Layout für Torrent-Inhalt:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1004"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1009"/>
        <source>Create subfolder</source>
        <translation>Unterordner erstellen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1014"/>
        <source>Don&apos;t create subfolder</source>
        <translation>Keinen Unterordner erstellen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1037"/>
        <source>The torrent will be added to the top of the download queue</source>
        <translation>Der Torrent wird in der Warteschlange an erster Stelle hinzugefügt</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1040"/>
        <source>Add to top of queue</source>
        <extracomment>The torrent will be added to the top of the download queue</extracomment>
        <translation>In der Warteschlange an erster Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1109"/>
        <source>Merge trackers to existing torrent</source>
        <translation>Tracker zu bestehendem Torrent zusammenführen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1204"/>
        <source>Keep unselected files in &quot;.unwanted&quot; folder</source>
        <translation>Nicht gewählte Dateien im Ordner „.unwanted“ behalten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1500"/>
        <source>Add...</source>
        <translation>Hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1510"/>
        <source>Options..</source>
        <translation>Optionen ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1520"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1587"/>
        <source>Email notification &amp;upon download completion</source>
        <translation>Benachrichtigen, wenn der Download &amp;fertig ist</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1645"/>
        <source>SMTP encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1657"/>
        <source>Default port: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1726"/>
        <source>Send test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1742"/>
        <source>Run on torrent added:</source>
        <translation>Ausführen, wenn Torrent hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1760"/>
        <source>Run on torrent finished:</source>
        <translation>Ausführen, wenn Torrent fertiggestellt:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1832"/>
        <source>Peer connection protocol:</source>
        <translation>Peer-Verbindungsprotokoll:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1891"/>
        <source>Any</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2041"/>
        <source>I2P (experimental)</source>
        <translation>I2P (experimentell)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2103"/>
        <source>Mixed mode</source>
        <translation>Gemischter Modus</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2191"/>
        <source>If checked, hostname lookups are done via the proxy</source>
        <translation>Wenn diese Option aktiviert ist, erfolgt die Suche nach Hostnamen über den Proxy</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2194"/>
        <source>Perform hostname lookup via proxy</source>
        <translation>Hostnamen-Suche über Proxy durchführen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2254"/>
        <source>Use proxy for BitTorrent purposes</source>
        <translation>Proxy für BitTorrent verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2279"/>
        <source>RSS feeds will use proxy</source>
        <translation>RSS-Feeds werden nun Proxy verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2282"/>
        <source>Use proxy for RSS purposes</source>
        <translation>Proxy für RSS-Zwecke verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2292"/>
        <source>Search engine, software updates or anything else will use proxy</source>
        <translation>Suchmaschinen, Software-Updates oder andere Dinge verwenden Proxy</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2295"/>
        <source>Use proxy for general purposes</source>
        <translation>Proxy für allgemeine Zwecke verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2308"/>
        <source>IP Fi&amp;ltering</source>
        <translation>IP-&amp;Filterung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2557"/>
        <source>Schedule &amp;the use of alternative rate limits</source>
        <translation>Benutzung von al&amp;ternativen Verhältnisbegrenzungen verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2572"/>
        <source>From:</source>
        <comment>From start time</comment>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2602"/>
        <source>To:</source>
        <comment>To end time</comment>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2761"/>
        <source>Find peers on the DHT network</source>
        <translation>Peers im DHT-Netzwerk finden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2809"/>
        <source>Allow encryption: Connect to peers regardless of setting
Require encryption: Only connect to peers with protocol encryption
Disable encryption: Only connect to peers without protocol encryption</source>
        <translation>Verschlüsselung erlauben: Zu Peers unabhängig der Einstellungen verbinden
Verschlüsselung verlangen: Nur zu Peers mit Protokollverschlüsselung verbinden 
Verschlüsselung deaktivieren: Nur zu Peers ohne Prokokollverschlüsselung verbinden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2815"/>
        <source>Allow encryption</source>
        <translation>Verschlüsselung erlauben</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2860"/>
        <source>(&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/Anonymous-Mode&quot;&gt;More information&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/Anonymous-Mode&quot;&gt;Mehr Information&lt;/a&gt;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2893"/>
        <source>Maximum active checking torrents:</source>
        <translation>Max. Anzahl aktiver Prüfungen v. Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2928"/>
        <source>&amp;Torrent Queueing</source>
        <translation>Warteschlange für &amp;Torrents</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3152"/>
        <source>When total seeding time reaches</source>
        <translation>Wenn die gesamte Seed-Zeit erreicht hat:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3175"/>
        <source>When inactive seeding time reaches</source>
        <translation>Wenn die inaktive Seed-Zeit erreicht hat:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3213"/>
        <source>Any of the above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3223"/>
        <source>All the above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3508"/>
        <source>RSS Reader</source>
        <translation>RSS-Reader</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3514"/>
        <source>Enable fetching RSS feeds</source>
        <translation>RSS-Feeds aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3523"/>
        <source>Feeds refresh interval:</source>
        <translation>Aktualisierungsintervall für RSS-Feeds:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3559"/>
        <source>Same host request delay:</source>
        <translation>Gleiche Host-Anforderungsverzögerung:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3579"/>
        <source>Maximum number of articles per feed:</source>
        <translation>Maximale Anzahl der Artikel pro Feed:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3162"/>
        <location filename="../gui/optionsdialog.ui" line="3185"/>
        <location filename="../gui/optionsdialog.ui" line="3530"/>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3113"/>
        <source>Seeding Limits</source>
        <translation>Seed-Grenzen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3264"/>
        <source>Remove torrent</source>
        <translation>Torrent entfernen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3269"/>
        <source>Remove torrent and its files</source>
        <translation>Torrent und seine Dateien entfernen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3274"/>
        <source>Enable super seeding for torrent</source>
        <translation>Super-Seeding für Torrent aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3119"/>
        <source>When ratio reaches</source>
        <translation>Wenn das Verhältnis erreicht ist:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2184"/>
        <source>Some functions are unavailable with the chosen proxy type!</source>
        <translation>Einige Funktionen sind für den gewählten Proxy-Typ nicht verfügbar!</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2244"/>
        <source>Note: The password is saved unencrypted</source>
        <translation>Achtung: Das Passwort wird unverschlüsselt gespeichert!</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3259"/>
        <source>Stop torrent</source>
        <translation>Torrent anhalten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3285"/>
        <source>A&amp;utomatically append these trackers to new downloads:</source>
        <translation>Diese Tracker a&amp;utomatisch zu neuen Downloads hinzufügen:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3307"/>
        <source>Automatically append trackers from URL to new downloads:</source>
        <translation>Tracker dieser URL automatisch zu neuen Downloads hinzufügen:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3321"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3333"/>
        <source>Fetched trackers</source>
        <translation>Abgerufene Tracker</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3398"/>
        <source>Search UI</source>
        <translation>Suchoberfläche</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3404"/>
        <source>Store opened tabs</source>
        <translation>Geöffnete Tabs speichern</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3416"/>
        <source>Also store search results</source>
        <translation>Auch Suchergebnisse speichern</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3428"/>
        <source>History length</source>
        <translation>Länge der Historie</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3601"/>
        <source>RSS Torrent Auto Downloader</source>
        <translation>RSS-Torrent Automatik-Downloader</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3607"/>
        <source>Enable auto downloading of RSS torrents</source>
        <translation>Automatisches Herunterladen von RSS-Torrents aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3614"/>
        <source>Edit auto downloading rules...</source>
        <translation>Regeln für automatisches Herunterladen ändern ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3624"/>
        <source>RSS Smart Episode Filter</source>
        <translation>RSS-Smart-Folgenfilter</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3630"/>
        <source>Download REPACK/PROPER episodes</source>
        <translation>REPACK/PROPER-Episoden herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3637"/>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3702"/>
        <source>Web User Interface (Remote control)</source>
        <translation>Webuser-Interface (Fernbedienung)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3728"/>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3735"/>
        <source>IP address that the Web UI will bind to.
Specify an IPv4 or IPv6 address. You can specify &quot;0.0.0.0&quot; for any IPv4 address,
&quot;::&quot; for any IPv6 address, or &quot;*&quot; for both IPv4 and IPv6.</source>
        <translation>IP-Adresse an die das Webinterface gebunden wird.
Eingabe einer IPv4 oder IPv6-Adresse. Es kann &quot;0.0.0.0&quot; für jede IPv4-Adresse,
&quot;::&quot; für jede IPv6-Adresse, oder &quot;*&quot; für IPv4 und IPv6 eingegeben werden.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3836"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3872"/>
        <source>API Key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3890"/>
        <source>Generate a key</source>
        <translation>Einen Schlüssel generieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3900"/>
        <source>Copy API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3911"/>
        <location filename="../gui/optionsdialog.cpp" line="1534"/>
        <location filename="../gui/optionsdialog.cpp" line="1587"/>
        <source>Generate API key</source>
        <translation>Einen API-Schlüssel generieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3922"/>
        <location filename="../gui/optionsdialog.cpp" line="1556"/>
        <source>Delete API key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3967"/>
        <source>Ban client after consecutive failures:</source>
        <translation>Programm nach aufeinanderfolgenden Fehlern sperren:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3974"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3997"/>
        <source>ban for:</source>
        <translation>Bannen für:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4024"/>
        <source>Session timeout:</source>
        <translation>Sitzungszeitlimit:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4031"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4142"/>
        <source>Server domains:</source>
        <translation>Server Domains:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4149"/>
        <source>Whitelist for filtering HTTP Host header values.
In order to defend against DNS rebinding attack,
you should put in domain names used by WebUI server.

Use &apos;;&apos; to split multiple entries. Can use wildcard &apos;*&apos;.</source>
        <translation>Liste der erlaubten HTTP-Host Header-Felder.
Um sich vor DNS-Rebinding-Attacken zu schützen,
sollten hier Domain-Namen eingetragen weden,
die vom Webinterface-Server verwendet werden.

Verwenden Sie „;“, um mehrere Einträge zu trennen.
Platzhalter „*“ kann verwendet werden.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3776"/>
        <source>&amp;Use HTTPS instead of HTTP</source>
        <translation>HTTPS statt HTTP ver&amp;wenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3938"/>
        <source>Bypass authentication for clients on localhost</source>
        <translation>Authentifizierung für Clients auf dem Localhost umgehen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3945"/>
        <source>Bypass authentication for clients in whitelisted IP subnets</source>
        <translation>Authentifizierung für Clients auf der Liste der erlaubten IP-Subnets umgehen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3958"/>
        <source>IP subnet whitelist...</source>
        <translation>Erlaubte IP-Subnets ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4062"/>
        <source>Use alternative WebUI</source>
        <translation>Alternative Weboberfläche verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4211"/>
        <source>Specify reverse proxy IPs (or subnets, e.g. 0.0.0.0/24) in order to use forwarded client address (X-Forwarded-For header). Use &apos;;&apos; to split multiple entries.</source>
        <translation>Reverse-Proxy-IPs an (oder Subnetze angeben, z.&#xa0;B. 0.0.0.0/24), um weitergeleitete Client-Adressen zu verwenden (Attribut X-Forwarded-For). Verwenden Sie „;“, um mehrere Einträge zu trennen.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4236"/>
        <source>Upda&amp;te my dynamic domain name</source>
        <translation>Dynamischen Domainnamen akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="583"/>
        <source>Minimize qBittorrent to notification area</source>
        <translation>qBittorrent in den Benachrichtigungsbereich minimieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="77"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="87"/>
        <source>WebUI</source>
        <translation>Webinterface</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="138"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="158"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="185"/>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="204"/>
        <source>Color scheme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="303"/>
        <source>Use different text colors by torrent states</source>
        <translation>Verwende verschiedene Textfarben je Torrent-Status</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="313"/>
        <source>Make progress bars follow text colors</source>
        <extracomment>Progress bar color is based on text color.</extracomment>
        <translation>Fortschrittsbalken an Textfarben anpassen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="335"/>
        <source>Stopped torrents only</source>
        <translation>Nur angehaltene Torrents</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="375"/>
        <location filename="../gui/optionsdialog.ui" line="424"/>
        <source>Start / stop torrent</source>
        <translation>Torrent starten / anhalten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="390"/>
        <location filename="../gui/optionsdialog.ui" line="439"/>
        <source>Open torrent options dialog</source>
        <translation>Dialogfenster der Torrent-Optionen öffnen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="475"/>
        <source>Torrent Content View</source>
        <translation>Ansicht für Torrent-Inhalt</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="481"/>
        <source>Replaces multi-selection (hold Alt key to invert)</source>
        <translation>Ersetzt die Mehrfachauswahl (Alt-Taste gedrückt halten, um umzukehren)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="484"/>
        <source>Drag content from qBittorrent</source>
        <translation>Inhalt aus qBittorrent ziehen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="605"/>
        <source>Tray icon style:</source>
        <translation>Stil des Taskleistensymbols:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="613"/>
        <location filename="../gui/optionsdialog.cpp" line="313"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="644"/>
        <source>File association</source>
        <translation>Dateizuordnung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="665"/>
        <source>Use qBittorrent for .torrent files</source>
        <translation>qBittorrent für .torrent-Dateien verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="672"/>
        <source>Use qBittorrent for magnet links</source>
        <translation>qBittorrent für Magnet Links verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="710"/>
        <source>Check for program updates</source>
        <translation>Auf Programm-Updates prüfen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="734"/>
        <source>Power Management</source>
        <translation>Energieverwaltung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="757"/>
        <source>&amp;Log Files</source>
        <translation>Protoko&amp;lldateien</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="777"/>
        <source>Save path:</source>
        <translation>Speicherpfad:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="794"/>
        <source>Backup the log file after:</source>
        <translation>Protokolldatei sichern nach:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="834"/>
        <source>Delete backup logs older than:</source>
        <translation>Sicherungen löschen älter als:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="901"/>
        <source>Show external IP in status bar</source>
        <translation>Externe IP in der Statusleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="963"/>
        <source>When adding a torrent</source>
        <translation>Sobald ein Torrent hinzugefügt wird</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="978"/>
        <source>Bring torrent dialog to the front</source>
        <translation>Torrent-Dialog in den Vordergrund bringen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1047"/>
        <source>The torrent will be added to download list in a stopped state</source>
        <translation>Der Torrent wird der Liste im angehaltenen Zustand hinzugefügt</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1103"/>
        <source>When adding a duplicate torrent</source>
        <translation>Sobald ein doppelter Torrent hinzugefügt wird</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1119"/>
        <source>Ask to merge trackers for manually added torrent</source>
        <translation>Nachfragen ob Tracker für manuell hinzugefügte Torrents zusammengeführt werden sollen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1147"/>
        <source>Also delete .torrent files whose addition was cancelled</source>
        <translation>.torrent-Dateien auch löschen, wenn das Hinzufügen abgebrochen wurde</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1150"/>
        <source>Also when addition is cancelled</source>
        <translation>Auch wenn das Hinzufügen abgebrochen wurde</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1172"/>
        <source>Warning! Data loss possible!</source>
        <translation>Achtung! Datenverlust ist möglich!</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1221"/>
        <source>Saving Management</source>
        <translation>Speicherverwaltung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1229"/>
        <source>Default Torrent Management Mode:</source>
        <translation>Vorgabe-Modus für das Torrent-Management:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1246"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1251"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1274"/>
        <source>When Torrent Category changed:</source>
        <translation>Wenn die Torrent-Kategorie geändert wird:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1284"/>
        <source>Relocate torrent</source>
        <translation>Torrent verschieben</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1289"/>
        <source>Switch torrent to Manual Mode</source>
        <translation>Torrent in den manuellen Modus wecheln</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1325"/>
        <location filename="../gui/optionsdialog.ui" line="1366"/>
        <source>Relocate affected torrents</source>
        <translation>Betroffene Torrents verschieben</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1330"/>
        <location filename="../gui/optionsdialog.ui" line="1371"/>
        <source>Switch affected torrents to Manual Mode</source>
        <translation>Betroffene Torrents in den manuellen Modus wechseln</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1408"/>
        <source>Default Save Path:</source>
        <translation>Standardspeicherpfad:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1428"/>
        <source>Copy .torrent files to:</source>
        <translation>.torrent-Dateien kopieren nach:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="571"/>
        <source>Show &amp;qBittorrent in notification area</source>
        <translation>&amp;qBittorrent im Benachrichtigungsbereich anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="969"/>
        <source>Display &amp;torrent content and some options</source>
        <translation>Inhalt des &amp;Torrents und einige Optionen anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1135"/>
        <source>De&amp;lete .torrent files afterwards </source>
        <translation>.torrent-Dateien ansch&amp;ließend löschen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1438"/>
        <source>Copy .torrent files for finished downloads to:</source>
        <translation>.torrent-Dateien von beendeten Downloads kopieren nach:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1190"/>
        <source>Pre-allocate disk space for all files</source>
        <translation>Allen Dateien Speicherplatz im Vorhinein zuweisen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="229"/>
        <source>Use custom UI Theme</source>
        <translation>Angepasstes UI-Thema verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="238"/>
        <source>UI Theme file:</source>
        <translation>UI-Themendatei:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="149"/>
        <source>Changing Interface settings requires application restart</source>
        <translation>Änderungen an den Anzeigeeinstellungen erfordern einen Programmneustart</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="280"/>
        <source>Shows a confirmation dialog upon torrent deletion</source>
        <translation>Zeigt ein Bestätigungsfenster beim Löschen von Torrents</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="385"/>
        <location filename="../gui/optionsdialog.ui" line="434"/>
        <source>Preview file, otherwise open destination folder</source>
        <translation>Dateivorschau, sonst den Zielordner öffnen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="548"/>
        <source>Shows a confirmation dialog when exiting with active torrents</source>
        <translation>Zeigt ein Bestätigungsfenster, wenn mit aktiven Torrents beendet wird</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="580"/>
        <source>When minimizing, the main window is closed and must be reopened from the systray icon</source>
        <translation>Beim Minimieren wird das Hauptfenster geschlossen und muss über das Symbol in der Taskleiste wieder geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="593"/>
        <source>The systray icon will still be visible when closing the main window</source>
        <translation>Das Symbol in der Taskleiste bleibt sichtbar, auch wenn das Hauptfenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="596"/>
        <source>Close qBittorrent to notification area</source>
        <extracomment>The systray icon will still be visible when closing the main window</extracomment>
        <translation>qBittorrent in den Benachrichtigungsbereich schließen</translation>
    </message>
    <message>
        <source>Monochrome (for dark theme)</source>
        <translation type="vanished">Monochrom (für das &apos;Dark Theme&apos;)</translation>
    </message>
    <message>
        <source>Monochrome (for light theme)</source>
        <translation type="vanished">Monochrom (für das &apos;Light Theme&apos;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="740"/>
        <source>Inhibit system sleep when torrents are downloading</source>
        <translation>Schlafmodus verhindern, solange Torrents noch herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="747"/>
        <source>Inhibit system sleep when torrents are seeding</source>
        <translation>Schlafmodus verhindern, solange Torrents noch hochladen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="791"/>
        <source>Creates an additional log file after the log file reaches the specified file size</source>
        <translation>Erstellt eine zusätzliche Log-Datei nachdem die angegebene Größe erreicht wurde</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="858"/>
        <source>days</source>
        <extracomment>Delete backup logs older than 10 days</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="863"/>
        <source>months</source>
        <extracomment>Delete backup logs older than 10 months</extracomment>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="868"/>
        <source>years</source>
        <extracomment>Delete backup logs older than 10 years</extracomment>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="908"/>
        <source>Log performance warnings</source>
        <translation>Leistungswarnungen protokollieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1050"/>
        <source>Do not start the download automatically</source>
        <extracomment>The torrent will be added to download list in a stopped state</extracomment>
        <translation>Download nicht automatisch starten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1132"/>
        <source>Whether the .torrent file should be deleted after adding it</source>
        <translation>Ob die .torrent-Datei nach dem Hinzufügen gelöscht werden soll</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1187"/>
        <source>Allocate full file sizes on disk before starting downloads, to minimize fragmentation. Only useful for HDDs.</source>
        <translation>Vor dem Starten des Downloads die volle Dateigröße auf der Festplatte zuweisen, um die Fragmentierung zu minimieren. Nur nützlich für Festplatten (nicht bei SSD).</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1197"/>
        <source>Append .!qB extension to incomplete files</source>
        <translation>.!qB-Erweiterung für unvollständige Dateien verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1211"/>
        <source>When a torrent is downloaded, offer to add torrents from any .torrent files found inside it</source>
        <translation>Wenn ein Torrent heruntergeladen wird, jede darin enthaltene .torrent-Datei zum Hinzufügen anbieten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1214"/>
        <source>Enable recursive download dialog</source>
        <translation>Rekursiven Download-Dialog erlauben</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1241"/>
        <source>Automatic: Various torrent properties (e.g. save path) will be decided by the associated category
Manual: Various torrent properties (e.g. save path) must be assigned manually</source>
        <translation>Automatik: diverse Torrent-Eigenschaften (z.&#xa0;B. der Speicherpfad) werden durch die gewählte Kategorie vorgegeben
Manuell: diverse Torrent-Eigenschaften (z.&#xa0;B. der Speicherpfad) müssen händisch eingegeben werden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1312"/>
        <source>When Default Save/Incomplete Path changed:</source>
        <translation>Wenn sich der Standardspeicherpfad/unvollständiger Pfad ändert:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1353"/>
        <source>When Category Save Path changed:</source>
        <translation>Wenn sich der Speicherpfad der Kategorie ändert:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1399"/>
        <source>Use Category paths in Manual Mode</source>
        <translation>Kategoriepfade im manuellen Modus verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1396"/>
        <source>Resolve relative Save Path against appropriate Category path instead of Default one</source>
        <translation>Auflösen des relativen Speicherpfads gegen den entsprechenden Kategoriepfad anstelle des Standardpfads.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="251"/>
        <source>Use icons from system theme</source>
        <translation>Symbole des Systemthemes nutzen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="519"/>
        <source>Window state on start up:</source>
        <translation>Zustand des Fensters nach dem Start:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="526"/>
        <source>qBittorrent window state on start up</source>
        <translation>Zustand des qBittorrent Fensters nach dem Start</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1059"/>
        <source>Torrent stop condition:</source>
        <translation>Bedingung für das Anhalten des Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1070"/>
        <location filename="../gui/optionsdialog.cpp" line="580"/>
        <location filename="../gui/optionsdialog.cpp" line="675"/>
        <location filename="../gui/optionsdialog.cpp" line="687"/>
        <source>None</source>
        <translation>Kein</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1075"/>
        <location filename="../gui/optionsdialog.cpp" line="581"/>
        <source>Metadata received</source>
        <translation>Metadaten erhalten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1080"/>
        <location filename="../gui/optionsdialog.cpp" line="583"/>
        <source>Files checked</source>
        <translation>Dateien überprüft</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1418"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>Einen anderen Pfad für unvollständige Torrents verwenden:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1453"/>
        <source>Automatically add torrents from:</source>
        <translation>.torrent-Dateien automatisch hinzufügen von:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1547"/>
        <source>Excluded file names</source>
        <translation>Ausgeschlossene Dateinamen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1559"/>
        <source>Blacklist filtered file names from being downloaded from torrent(s).
Files matching any of the filters in this list will have their priority automatically set to &quot;Do not download&quot;.

Use newlines to separate multiple entries. Can use wildcards as outlined below.
*: matches zero or more of any characters.
?: matches any single character.
[...]: sets of characters can be represented in square brackets.

Examples
*.exe: filter &apos;.exe&apos; file extension.
readme.txt: filter exact file name.
?.txt: filter &apos;a.txt&apos;, &apos;b.txt&apos; but not &apos;aa.txt&apos;.
readme[0-9].txt: filter &apos;readme1.txt&apos;, &apos;readme2.txt&apos; but not &apos;readme10.txt&apos;.</source>
        <translation>Setzen Sie gefilterte Dateinamen auf eine schwarze Liste, damit sie nicht von Torrents heruntergeladen werden.
Für Dateien, die einem der Filter in dieser Liste entsprechen, wird die Priorität automatisch auf &quot;Nicht herunterladen&quot; gesetzt.

Verwenden Sie Zeilenumbrüche, um mehrere Einträge zu trennen. Sie können Wildcards wie unten beschrieben verwenden.
*: passt auf kein oder mehrere beliebige Zeichen.
?: findet jedes einzelne Zeichen.
[...]: Gruppen von Zeichen können in eckigen Klammern dargestellt werden.

Beispiele
*.exe: Filtert die Dateierweiterung &apos;.exe&apos;.
readme.txt: filtert den genauen Dateinamen.
?.txt: filtert &apos;a.txt&apos;, &apos;b.txt&apos; aber nicht &apos;aa.txt&apos;.
readme[0-9].txt: filtert &apos;readme1.txt&apos;, &apos;readme2.txt&apos;, aber nicht &apos;readme10.txt&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1618"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1621"/>
        <source>To:</source>
        <comment>To receiver</comment>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1631"/>
        <source>SMTP server:</source>
        <translation>SMTP-Server:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1601"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1604"/>
        <source>From:</source>
        <comment>From sender</comment>
        <translation>Von:</translation>
    </message>
    <message>
        <source>This server requires a secure connection (SSL)</source>
        <translation type="vanished">Dieser Server benötigt eine sichere Verbindung (SSL)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1681"/>
        <location filename="../gui/optionsdialog.ui" line="3830"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1693"/>
        <location filename="../gui/optionsdialog.ui" line="2218"/>
        <location filename="../gui/optionsdialog.ui" line="3842"/>
        <location filename="../gui/optionsdialog.ui" line="4294"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1703"/>
        <location filename="../gui/optionsdialog.ui" line="2228"/>
        <location filename="../gui/optionsdialog.ui" line="3852"/>
        <location filename="../gui/optionsdialog.ui" line="4304"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1736"/>
        <source>Run external program</source>
        <translation>Externes Programm ausführen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1778"/>
        <source>Show console window</source>
        <translation>Konsolenfenster anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1840"/>
        <source>TCP and μTP</source>
        <translation>TCP und μTP</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1873"/>
        <source>Listening Port</source>
        <translation>Port, auf dem gelauscht wird</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1881"/>
        <source>Port used for incoming connections:</source>
        <translation>Port für eingehende Verbindungen:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1888"/>
        <source>Set to 0 to let your system pick an unused port</source>
        <translation>Wert auf 0 setzen, damit das System einen ungenutzten Port wählen kann.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1901"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1923"/>
        <source>Use UPnP / NAT-PMP port forwarding from my router</source>
        <translation>UPnP / NAT-PMP-Portweiterleitung des Routers verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1936"/>
        <source>Connections Limits</source>
        <translation>Verbindungsbeschränkungen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1981"/>
        <source>Maximum number of connections per torrent:</source>
        <translation>Maximale Anzahl der Verbindungen pro Torrent:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1942"/>
        <source>Global maximum number of connections:</source>
        <translation>Maximale globale Anzahl der Verbindungen:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2021"/>
        <source>Maximum number of upload slots per torrent:</source>
        <translation>Maximale Anzahl Upload-Slots pro Torrent:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2004"/>
        <source>Global maximum number of upload slots:</source>
        <translation>Maximale globale Anzahl von Upload-Slots:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2116"/>
        <source>Proxy Server</source>
        <translation>Proxy-Server</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2124"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="935"/>
        <source>SOCKS4</source>
        <translation>SOCKS4</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="936"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="937"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2055"/>
        <location filename="../gui/optionsdialog.ui" line="2134"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2065"/>
        <location filename="../gui/optionsdialog.ui" line="2144"/>
        <location filename="../gui/optionsdialog.ui" line="3744"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2266"/>
        <source>Otherwise, the proxy server is only used for tracker connections</source>
        <translation>Andererseits wird der Proxyserver nur für Trackerverbindungen verwendet</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2269"/>
        <source>Use proxy for peer connections</source>
        <translation>Proxy für Peer-Verbindungen verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2204"/>
        <source>A&amp;uthentication</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2316"/>
        <source>Filter path (.dat, .p2p, .p2b):</source>
        <translation>Filterpfad (.dat, .p2p, .p2b):</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2326"/>
        <source>Reload the filter</source>
        <translation>Filter neu laden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2341"/>
        <source>Manually banned IP addresses...</source>
        <translation>Manuell gebannte IP-Adressen ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2348"/>
        <source>Apply to trackers</source>
        <translation>Zu Trackern hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2406"/>
        <source>Global Rate Limits</source>
        <translation>Globale Verhältnisbegrenzung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2422"/>
        <location filename="../gui/optionsdialog.ui" line="2461"/>
        <location filename="../gui/optionsdialog.ui" line="2499"/>
        <location filename="../gui/optionsdialog.ui" line="2538"/>
        <location filename="../gui/optionsdialog.ui" line="2947"/>
        <location filename="../gui/optionsdialog.ui" line="2980"/>
        <location filename="../gui/optionsdialog.ui" line="3000"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2425"/>
        <location filename="../gui/optionsdialog.ui" line="2464"/>
        <location filename="../gui/optionsdialog.ui" line="2502"/>
        <location filename="../gui/optionsdialog.ui" line="2541"/>
        <location filename="../gui/optionsdialog.ui" line="3032"/>
        <location filename="../gui/optionsdialog.ui" line="3068"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2415"/>
        <location filename="../gui/optionsdialog.ui" line="2492"/>
        <source>Upload:</source>
        <translation>Hochladen:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2454"/>
        <location filename="../gui/optionsdialog.ui" line="2531"/>
        <source>Download:</source>
        <translation>Herunterladen:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2483"/>
        <source>Alternative Rate Limits</source>
        <translation>Alternative Verhältnisbegrenzungen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2569"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2599"/>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2639"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2653"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2658"/>
        <source>Weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2663"/>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2677"/>
        <source>Rate Limits Settings</source>
        <translation>Einstellungen für Verhältnisbegrenzungen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2697"/>
        <source>Apply rate limit to peers on LAN</source>
        <translation>Verhältnisbegrenzung auch für Peers im LAN verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2690"/>
        <source>Apply rate limit to transport overhead</source>
        <translation>Verhältnisbegrenzung auf Transport Overhead anwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2100"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If &quot;mixed mode&quot; is enabled I2P torrents are allowed to also get peers from other sources than the tracker, and connect to regular IPs, not providing any anonymization. This may be useful if the user is not interested in the anonymization of I2P, but still wants to be able to connect to I2P peers.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn der &quot;gemischte Modus&quot; aktiviert ist, können I2P Torrents auch Peers aus anderen Quellen als dem Tracker erhalten und sich mit regulären IPs verbinden, ohne dass eine Anonymisierung erfolgt. Dies kann nützlich sein, wenn der Benutzer nicht an der Anonymisierung von I2P interessiert ist, aber trotzdem in der Lage sein möchte, sich mit I2P-Peers zu verbinden.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2683"/>
        <source>Apply rate limit to µTP protocol</source>
        <translation>Verhältnisbegrenzung für das µTP-Protokoll verwenden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2755"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2764"/>
        <source>Enable DHT (decentralized network) to find more peers</source>
        <translation>DHT (dezentralisiertes Netzwerk) aktivieren, um mehr Peers zu finden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2774"/>
        <source>Exchange peers with compatible Bittorrent clients (µTorrent, Vuze, ...)</source>
        <translation>Peers mit kompatiblen Bittorrent-Programmen austauschen (µTorrent, Vuze, ...)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2777"/>
        <source>Enable Peer Exchange (PeX) to find more peers</source>
        <translation>Peer Exchange (PeX) aktivieren, um mehr Peers zu finden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2787"/>
        <source>Look for peers on your local network</source>
        <translation>Nach Peers im lokalen Netzwerk suchen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2790"/>
        <source>Enable Local Peer Discovery to find more peers</source>
        <translation>Lokale Peer Auffindung (LPD) aktivieren, um mehr Peers zu finden</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2802"/>
        <source>Encryption mode:</source>
        <translation>Verschlüsselungsmodus:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2820"/>
        <source>Require encryption</source>
        <translation>Verschlüsselung verlangen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2825"/>
        <source>Disable encryption</source>
        <translation>Verschlüsselung deaktivieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2850"/>
        <source>Enable when using a proxy or a VPN connection</source>
        <translation>Aktivieren, wenn ein Proxy oder ein VPN verwendet wird</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2853"/>
        <source>Enable anonymous mode</source>
        <translation>Anonymen Modus aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2940"/>
        <source>Maximum active downloads:</source>
        <translation>Maximal aktive Downloads:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2973"/>
        <source>Maximum active uploads:</source>
        <translation>Maximal aktive Uploads:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2993"/>
        <source>Maximum active torrents:</source>
        <translation>Maximal aktive Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3013"/>
        <source>Do not count slow torrents in these limits</source>
        <translation>Bei diesen Begrenzungen langsame Torrents nicht mit einbeziehen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3061"/>
        <source>Upload rate threshold:</source>
        <translation>UL-Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3025"/>
        <source>Download rate threshold:</source>
        <translation>DL-Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3091"/>
        <location filename="../gui/optionsdialog.ui" line="3566"/>
        <location filename="../gui/optionsdialog.ui" line="4007"/>
        <location filename="../gui/optionsdialog.ui" line="4034"/>
        <source> sec</source>
        <extracomment>seconds</extracomment>
        <translation> Sek.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3084"/>
        <source>Torrent inactivity timer:</source>
        <translation>Timer für Torrent-Inaktivität:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3245"/>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3766"/>
        <source>Use UPnP / NAT-PMP to forward the port from my router</source>
        <translation>UPnP / NAT-PMP, um den Port des Routers weiterzuleiten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3791"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3804"/>
        <location filename="../gui/optionsdialog.ui" line="3878"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3814"/>
        <source>&lt;a href=https://httpd.apache.org/docs/current/ssl/ssl_faq.html#aboutcerts&gt;Information about certificates&lt;/a&gt;</source>
        <translation>&lt;a href=https://httpd.apache.org/docs/current/ssl/ssl_faq.html#aboutcerts&gt;Informationen über Zertifikate&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3862"/>
        <source>Change current password</source>
        <translation>Aktuelles Passwort ändern</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4076"/>
        <source>Files location:</source>
        <translation>Speicherort der Dateien:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4088"/>
        <source>&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/List-of-known-alternate-WebUIs&quot;&gt;List of alternative WebUI&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/List-of-known-alternate-WebUIs&quot;&gt;Liste alternativer Webinterfaces&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4104"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4110"/>
        <source>Enable clickjacking protection</source>
        <translation>Clickjacking-Schutz aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4117"/>
        <source>Enable Cross-Site Request Forgery (CSRF) protection</source>
        <translation>CSRF-Schutz aktivieren (Cross-Site Request Forgery)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4124"/>
        <source>Enable cookie Secure flag (requires HTTPS or localhost connection)</source>
        <translation>Cookie Sicheres Flag aktivieren (erfordert HTTPS oder Localhost-Verbindung)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4131"/>
        <source>Enable Host header validation</source>
        <translation>Host-Header Überprüfung einschalten</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4168"/>
        <source>Add custom HTTP headers</source>
        <translation>Benutzerdefinierte HTTP-Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4183"/>
        <source>Header: value pairs, one per line</source>
        <translation>Header: Wertepaare, eines pro Zeile</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4193"/>
        <source>Enable reverse proxy support</source>
        <translation>Aktivieren der Reverse-Proxy-Unterstützung</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4204"/>
        <source>Trusted proxies list:</source>
        <translation>Liste der vertrauenswürdigen Proxys:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4220"/>
        <source>&lt;a href=https://github.com/qbittorrent/qBittorrent/wiki#reverse-proxy-setup-for-webui-access&gt;Reverse proxy setup examples&lt;/a&gt;</source>
        <translation>&lt;a href=https://github.com/qbittorrent/qBittorrent/wiki#reverse-proxy-setup-for-webui-access&gt;Beispiele für die Einrichtung eines Reverse-Proxys&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4248"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4271"/>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4280"/>
        <source>Domain name:</source>
        <translation>Domainname:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="608"/>
        <source>By enabling these options, you can &lt;strong&gt;irrevocably lose&lt;/strong&gt; your .torrent files!</source>
        <translation>Mit dem Aktivieren dieser Optionen können die .torrent-Dateien &lt;strong&gt;unwiederbringlich verloren gehen!&lt;/strong&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="615"/>
        <source>If you enable the second option (&amp;ldquo;Also when addition is cancelled&amp;rdquo;) the .torrent file &lt;strong&gt;will be deleted&lt;/strong&gt; even if you press &amp;ldquo;&lt;strong&gt;Cancel&lt;/strong&gt;&amp;rdquo; in the &amp;ldquo;Add torrent&amp;rdquo; dialog</source>
        <translation>Wenn die 2. Möglichkeit aktiviert wird (&amp;ldquo;Auch wenn das Hinzufügen abgebrochen wurde&amp;rdquo;), wird die .torrent-Datei &lt;strong&gt;unwiederbringlich gelöscht&lt;/strong&gt;, selbst wenn &amp;ldquo;&lt;strong&gt;Abbrechen&lt;/strong&gt;&amp;rdquo; im &amp;ldquo;Torrent hinzufügen&amp;rdquo;-Menü gedrückt wird.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="264"/>
        <source>Select qBittorrent UI Theme file</source>
        <translation>qBittorrent-UI-Themendatei wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1383"/>
        <source>Choose Alternative UI files location</source>
        <translation>Dateispeicherort für alternatives UI wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="706"/>
        <source>Supported parameters (case sensitive):</source>
        <translation>Unterstützte Parameter (Groß-/Kleinschreibung beachten):</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="314"/>
        <source>Minimized</source>
        <translation>Minimiert</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="316"/>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="331"/>
        <source>Disabled due to failed to detect system tray presence</source>
        <translation>Deaktiviert, weil keine Taskleiste erkannt werden kann</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="580"/>
        <source>No stop condition is set.</source>
        <translation>Keine Bedingungen für das Anhalten eingestellt.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="581"/>
        <source>Torrent will stop after metadata is received.</source>
        <translation>Der Torrent wird angehalten, wenn Metadaten erhalten wurden.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="583"/>
        <source>Torrent will stop after files are initially checked.</source>
        <translation>Der Torrent wird angehalten, sobald die Dateien überprüft wurden.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="584"/>
        <source>This will also download metadata if it wasn&apos;t there initially.</source>
        <translation>Dadurch werden auch Metadaten heruntergeladen, wenn sie ursprünglich nicht vorhanden waren.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="673"/>
        <source>Select the encryption type used when sending SMTP emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="675"/>
        <source>no encryption used when sending emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="676"/>
        <source>(last choice if no other option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="676"/>
        <location filename="../gui/optionsdialog.cpp" line="680"/>
        <location filename="../gui/optionsdialog.cpp" line="684"/>
        <source>Default port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="679"/>
        <location filename="../gui/optionsdialog.cpp" line="688"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="679"/>
        <source>use STARTTLS encryption when sending emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="680"/>
        <source>(alternative choice if supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="683"/>
        <location filename="../gui/optionsdialog.cpp" line="689"/>
        <source>SMTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="683"/>
        <source>use SMTPS encryption when sending emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="684"/>
        <source>(best choice if supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="707"/>
        <source>%N: Torrent name</source>
        <translation>%N: Torrentname</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="708"/>
        <source>%L: Category</source>
        <translation>%L: Kategorie</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="710"/>
        <source>%F: Content path (same as root path for multifile torrent)</source>
        <translation>%F: Inhaltspfad (gleich wie der Hauptpfad für Mehrdateien-Torrent)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="711"/>
        <source>%R: Root path (first torrent subdirectory path)</source>
        <translation>%R: Hauptpfad (erster Pfad für das Torrent-Unterverzeichnis)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="712"/>
        <source>%D: Save path</source>
        <translation>%D: Speicherpfad</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="713"/>
        <source>%C: Number of files</source>
        <translation>%C: Anzahl der Dateien</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="714"/>
        <source>%Z: Torrent size (bytes)</source>
        <translation>%Z: Torrentgröße (Byte)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="715"/>
        <source>%T: Current tracker</source>
        <translation>%T: aktueller Tracker</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="719"/>
        <source>%M: Comment</source>
        <translation>%M: Kommentar</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="720"/>
        <source>Tip: Encapsulate parameter with quotation marks to avoid text being cut off at whitespace (e.g., &quot;%N&quot;)</source>
        <translation>Tipp: Parameter zwischen Anführungszeichen setzen, damit Text bei Leerzeichen nicht abgeschnitten wird (z.&#xa0;B. &quot;%N&quot;).</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="785"/>
        <source>Test email</source>
        <translation>E-Mail testen</translation>
    </message>
    <message>
        <source>Attempted to send email. Check your inbox to confirm success</source>
        <translation type="vanished">Es wurde versucht, eine E-Mail zu senden. Prüfen Sie Ihren Posteingang, um den Erfolg zu bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="934"/>
        <source>(None)</source>
        <translation>(Keiner)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1151"/>
        <source>A torrent will be considered slow if its download and upload rates stay below these values for &quot;Torrent inactivity timer&quot; seconds</source>
        <translation>Ein Torrent wird als langsam eingestuft, wenn die DL- und UL-Rate unterhalb der Zeitgrenze des „Timer für Torrent-Inaktivität“ bleiben</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1377"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1378"/>
        <source>Select certificate</source>
        <translation>Zertifikat wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1380"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1381"/>
        <source>Select private key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1386"/>
        <source>WebUI configuration failed. Reason: %1</source>
        <translation>Die Konfiguration für das Webinterface ist fehlgeschlagen. Grund: %1</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1535"/>
        <location filename="../gui/optionsdialog.cpp" line="1579"/>
        <source>Rotate API key</source>
        <translation>API-Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1537"/>
        <source>Generate an API key? This key can be used to interact with qBittorrent&apos;s API.</source>
        <translation>Einen API-Schlüssel generieren? Dieser Schlüssel kann zur Kommunikation mit der qBittorent-API verwendet werden.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1538"/>
        <source>Rotate this API key? The current key will immediately stop working and a new key will be generated.</source>
        <translation>Diesen API-Schlüssel ändern? Der aktuelle Schlüssel wird nicht mehr funktionieren und ein neuer Schlüssel wird erstellt.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1557"/>
        <source>Delete this API key? The current key will immediately stop working.</source>
        <translation>Diesen API-Schlüssel löschen? Der aktuelle Schlüssel wird dann nicht mehr funktionieren.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1897"/>
        <source>Default port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1908"/>
        <source>%1 is recommended for best compatibility with Windows dark mode</source>
        <comment>Fusion is recommended for best compatibility with Windows dark mode</comment>
        <translation>%1 wird für beste Kompatibilität mit dem „Dark Mode“ von Windows empfohlen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1915"/>
        <source>System</source>
        <comment>System default Qt style</comment>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1916"/>
        <source>Let Qt decide the style for this system</source>
        <translation>Qt soll den Stil für dieses System wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1933"/>
        <source>Dark</source>
        <comment>Dark color scheme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1934"/>
        <source>Light</source>
        <comment>Light color scheme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1935"/>
        <source>System</source>
        <comment>System color scheme</comment>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2060"/>
        <source>Select folder to monitor</source>
        <translation>Ordner zum Beobachten auswählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2082"/>
        <source>Adding entry failed</source>
        <translation>Hinzufügen des Eintrags fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2182"/>
        <source>The WebUI username must be at least 3 characters long.</source>
        <translation>Das Passwort für das Webinterface muss mindestens 3 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2187"/>
        <source>Character Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2187"/>
        <source>The WebUI username must not contain a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2194"/>
        <source>The WebUI password must be at least 6 characters long.</source>
        <translation>Das Passwort für das Webinterface muss mindestens 6 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2204"/>
        <source>Location Error</source>
        <translation>Speicherortfehler</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="644"/>
        <location filename="../gui/optionsdialog.cpp" line="652"/>
        <source>Choose export directory</source>
        <translation>Exportverzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="610"/>
        <source>When these options are enabled, qBittorrent will &lt;strong&gt;delete&lt;/strong&gt; .torrent files after they were successfully (the first option) or not (the second option) added to its download queue. This will be applied &lt;strong&gt;not only&lt;/strong&gt; to the files opened via &amp;ldquo;Add torrent&amp;rdquo; menu action but to those opened via &lt;strong&gt;file type association&lt;/strong&gt; as well</source>
        <translation>Wenn diese Optionen aktiviert werden, wird qBittorrent .torrent-Dateien &lt;strong&gt;löschen&lt;/strong&gt; nachdem sie (1. Möglichkeit) erfolgreich oder (2. Möglichkeit) nicht in die Download-Warteschlange hinzugefügt wurden. Dies betrifft &lt;strong&gt;nicht nur&lt;/strong&gt; Dateien die über das &amp;ldquo;Torrent hinzufügen&amp;rdquo;-Menü sondern auch jene die über die &lt;strong&gt;Dateityp-Zuordnung&lt;/strong&gt; geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="265"/>
        <source>qBittorrent UI Theme file (*.qbtheme config.json)</source>
        <translation>qBittorrent UI-Thema-Datei (*.qbtheme config.json)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="709"/>
        <source>%G: Tags (separated by comma)</source>
        <translation>%G: Label (getrennt durch Komma)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="716"/>
        <source>%I: Info hash v1 (or &apos;-&apos; if unavailable)</source>
        <translation>%I: Info-Hash v1 (oder &apos;-&apos; wenn nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="717"/>
        <source>%J: Info hash v2 (or &apos;-&apos; if unavailable)</source>
        <translation>%J: Info-Hash v2 (oder &apos;-&apos; wenn nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="718"/>
        <source>%K: Torrent ID (either sha-1 info hash for v1 torrent or truncated sha-256 info hash for v2/hybrid torrent)</source>
        <translation>%K: Torrent-ID (entweder sha-1 Info-Hash für v1-Torrent oder abgeschnittener sha-256 Info-Hash für v2/Hybrid-Torrent)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="358"/>
        <location filename="../gui/optionsdialog.cpp" line="632"/>
        <location filename="../gui/optionsdialog.cpp" line="637"/>
        <source>Choose a save directory</source>
        <translation>Verzeichnis zum Speichern wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="582"/>
        <source>Torrents that have metadata initially will be added as stopped.</source>
        <translation>Torrents, die anfänglich Metadaten haben, werden als gestoppt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="785"/>
        <source>Attempted to send test email.
Check your inbox to confirm success.
Check the Execution Log for errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="954"/>
        <source>Choose an IP filter file</source>
        <translation>IP-Filterdatei wählen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="956"/>
        <source>All supported filters</source>
        <translation>Alle unterstützten Filter</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2204"/>
        <source>The alternative WebUI files location cannot be blank.</source>
        <translation>Der Speicherort des alternativen Webinterface darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2241"/>
        <source>Parsing error</source>
        <translation>Fehler beim Analysieren</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2241"/>
        <source>Failed to parse the provided IP filter</source>
        <translation>Fehler beim Analysieren der IP-Filter</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2243"/>
        <source>Successfully refreshed</source>
        <translation>Erfolgreich aktualisiert</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2243"/>
        <source>Successfully parsed the provided IP filter: %1 rules were applied.</source>
        <comment>%1 is a number</comment>
        <translation>Der IP-Filter wurde erfolgreich analysiert. Es wurden %1 Regeln angewendet.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="164"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2252"/>
        <source>Time Error</source>
        <translation>Zeitfehler</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2252"/>
        <source>The start time and the end time can&apos;t be the same.</source>
        <translation>Die Startzeit und die Endzeit können nicht gleich sein.</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2182"/>
        <location filename="../gui/optionsdialog.cpp" line="2194"/>
        <source>Length Error</source>
        <translation>Längenfehler</translation>
    </message>
</context>
<context>
    <name>PeerInfo</name>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="237"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="314"/>
        <source>Interested (local) and choked (peer)</source>
        <translation>Interessiert (Lokal) und verstopft (Peer)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="319"/>
        <source>Interested (local) and unchoked (peer)</source>
        <translation>Interessiert (Lokal) und frei verfügbar (Peer)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="328"/>
        <source>Interested (peer) and choked (local)</source>
        <translation>Interessiert (Peer) und verstopft (Lokal)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="333"/>
        <source>Interested (peer) and unchoked (local)</source>
        <translation>Interessiert (Peer) und frei verfügbar (Lokal)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="339"/>
        <source>Not interested (local) and unchoked (peer)</source>
        <translation>Nicht interessiert (Lokal) und frei verfügbar (Peer)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="343"/>
        <source>Not interested (peer) and unchoked (local)</source>
        <translation>Nicht interessiert (Peer) und frei verfügbar (Lokal) </translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="347"/>
        <source>Optimistic unchoke</source>
        <translation>Optimistische Freigabe</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="351"/>
        <source>Peer snubbed</source>
        <translation>Peer abgewiesen</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="355"/>
        <source>Incoming connection</source>
        <translation>Eingehende Verbindung</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="359"/>
        <source>Peer from DHT</source>
        <translation>Peer von DHT</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="363"/>
        <source>Peer from PEX</source>
        <translation>Peer von PEX</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="367"/>
        <source>Peer from LSD</source>
        <translation>Peer von LSD</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="371"/>
        <source>Encrypted traffic</source>
        <translation>Verschlüsselter Datenverkehr</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="375"/>
        <source>Encrypted handshake</source>
        <translation>Verschlüsselter Handshake</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="383"/>
        <source>Peer is using NAT hole punching</source>
        <translation>Peer verwendet NAT Hole Punching</translation>
    </message>
</context>
<context>
    <name>PeerListWidget</name>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="114"/>
        <source>Country/Region</source>
        <translation>Land/Region</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="115"/>
        <source>IP/Address</source>
        <translation>IP/Adresse</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="116"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="117"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="118"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="119"/>
        <source>Client</source>
        <comment>i.e.: Client application</comment>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="120"/>
        <source>Peer ID Client</source>
        <comment>i.e.: Client resolved from Peer ID</comment>
        <translation>Peer-ID-Client</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="121"/>
        <source>Progress</source>
        <comment>i.e: % downloaded</comment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="122"/>
        <source>Down Speed</source>
        <comment>i.e: Download speed</comment>
        <translation>DL-Rate</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="123"/>
        <source>Up Speed</source>
        <comment>i.e: Upload speed</comment>
        <translation>UL-Rate</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="124"/>
        <source>Downloaded</source>
        <comment>i.e: total data downloaded</comment>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="125"/>
        <source>Uploaded</source>
        <comment>i.e: total data uploaded</comment>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="126"/>
        <source>Relevance</source>
        <comment>i.e: How relevant this peer is to us. How many pieces it has that we don&apos;t.</comment>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="127"/>
        <source>Files</source>
        <comment>i.e. files that are being downloaded right now</comment>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="205"/>
        <source>Column visibility</source>
        <translation>Sichtbarkeit der Spalten</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="231"/>
        <source>Resize columns</source>
        <translation>Spaltenbreite anpassen</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="240"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>Alle sichtbaren Spalten in der Breite an deren Inhalte anpassen</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="294"/>
        <source>Add peers...</source>
        <translation>Peers hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="303"/>
        <location filename="../gui/properties/peerlistwidget.cpp" line="305"/>
        <source>Adding peers</source>
        <translation>Peers hinzugefügt</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="303"/>
        <source>Some peers cannot be added. Check the Log for details.</source>
        <translation>Einige Peers können nicht hinzugefügt werden. Bitte das Log für weitere Details überprüfen.</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="305"/>
        <source>Peers are added to this torrent.</source>
        <translation>Peers wurden diesem Torrent hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="310"/>
        <location filename="../gui/properties/peerlistwidget.cpp" line="353"/>
        <source>Ban peer permanently</source>
        <translation>Peer dauerhaft bannen</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="321"/>
        <source>Cannot add peers to a private torrent</source>
        <translation>Peers können nicht zu einem privaten Torrent hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="323"/>
        <source>Cannot add peers when the torrent is checking</source>
        <translation>Peers können während der Torrent-Überprüfung nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="325"/>
        <source>Cannot add peers when the torrent is queued</source>
        <translation>Peers können bei einem pausierten Torrent nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="329"/>
        <source>No peer was selected</source>
        <translation>Es wurde kein Peer gewählt</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="354"/>
        <source>Are you sure you want to permanently ban the selected peers?</source>
        <translation>Sollen die gewählten Peers wirklich dauerhaft gebannt werden?</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="360"/>
        <source>Peer &quot;%1&quot; is manually banned</source>
        <translation>Peer &quot;%1&quot; wurde manuell gebannt</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="450"/>
        <source>N/A</source>
        <translation>N/V</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="307"/>
        <source>Copy IP:port</source>
        <translation>IP:port kopieren</translation>
    </message>
</context>
<context>
    <name>PeersAdditionDialog</name>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="14"/>
        <source>Add Peers</source>
        <translation>Peers hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="20"/>
        <source>List of peers to add (one IP per line):</source>
        <translation>Liste der hinzuzufügenden Peers (pro Zeile eine IP):</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="36"/>
        <source>Format: IPv4:port / [IPv6]:port</source>
        <translation>Format: IPv4:Port / [IPv6]:Port</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="64"/>
        <source>No peer entered</source>
        <translation>Kein Peer eingegeben</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="65"/>
        <source>Please type at least one peer.</source>
        <translation>Bitte mindestens einen Peer angeben.</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="78"/>
        <source>Invalid peer</source>
        <translation>Ungültiger Peer</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="79"/>
        <source>The peer &apos;%1&apos; is invalid.</source>
        <translation>Der Peer &apos;%1&apos; ist ungültig.</translation>
    </message>
</context>
<context>
    <name>PieceAvailabilityBar</name>
    <message>
        <location filename="../gui/properties/pieceavailabilitybar.cpp" line="175"/>
        <source>Unavailable pieces</source>
        <translation>Nicht verfügbare Teile</translation>
    </message>
    <message>
        <location filename="../gui/properties/pieceavailabilitybar.cpp" line="176"/>
        <source>Available pieces</source>
        <translation>Verfügbare Teile</translation>
    </message>
</context>
<context>
    <name>PiecesBar</name>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="291"/>
        <source>Files in this piece:</source>
        <translation>Dateien in diesem Teil:</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="293"/>
        <source>File in this piece:</source>
        <translation>Datei in diesem Teil:</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="295"/>
        <source>File in these pieces:</source>
        <translation>Datei in diesen Teilen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="314"/>
        <source>Wait until metadata become available to see detailed information</source>
        <translation>Auf verfügbare Metadaten warten, um mehr Informationen zu bekommen</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="316"/>
        <source>Hold Shift key for detailed information</source>
        <translation>Umschalt-Taste für detailierte Informationen drücken</translation>
    </message>
</context>
<context>
    <name>PluginSelectDialog</name>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="17"/>
        <source>Search plugins</source>
        <translation>Such-Plugins</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="29"/>
        <source>Installed search plugins:</source>
        <translation>Installierte Such-Plugins:</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="57"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="62"/>
        <source>Url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="67"/>
        <location filename="../gui/search/pluginselectdialog.ui" line="133"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="80"/>
        <source>Warning: Be sure to comply with your country&apos;s copyright laws when downloading torrents from any of these search engines.</source>
        <translation>Warnung: Achten Sie darauf, die Urheberrechtsgesetze Ihres Landes zu befolgen, wenn Sie von einer dieser Suchmaschinen Torrents herunterladen.</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="95"/>
        <source>You can get new search engine plugins here: &lt;a href=&quot;https://plugins.qbittorrent.org&quot;&gt;https://plugins.qbittorrent.org&lt;/a&gt;</source>
        <translation>Neue Suchmaschinen-Plugins können hier heruntergeladen werden: &lt;a href=&quot;https://plugins.qbittorrent.org&quot;&gt;https://plugins.qbittorrent.org&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="107"/>
        <source>Install a new one</source>
        <translation>Neues Plugin installieren</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="114"/>
        <source>Check for updates</source>
        <translation>Auf Aktualisierungen prüfen</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="121"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="138"/>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="160"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="231"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="296"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="165"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="210"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="236"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="301"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="216"/>
        <source>Uninstall warning</source>
        <translation>Deinstallationswarnung</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="216"/>
        <source>Some plugins could not be uninstalled because they are included in qBittorrent. Only the ones you added yourself can be uninstalled.
Those plugins were disabled.</source>
        <translation>Einige Plugins konnten nicht deinstalliert werden, da sie Bestandteil von qBittorrent sind. Nur die von Ihnen selbst hinzugefügten Plugins können deinstalliert werden.
Diese Plugins wurden deaktiviert.</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="218"/>
        <source>Uninstall success</source>
        <translation>Deinstallation erfolgreich</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="218"/>
        <source>All selected plugins were uninstalled successfully</source>
        <translation>Alle gewählten Plugins wurden erfolgreich deinstalliert</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="341"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="448"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="463"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="495"/>
        <source>Search plugin update</source>
        <translation>Update für Such-Plugins</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="341"/>
        <source>Plugins installed or updated: %1</source>
        <translation>Installierte oder aktualisierte Plugins: %1</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="363"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="371"/>
        <source>New search engine plugin URL</source>
        <translation>Neue Suchmaschinen-Plugin-URL</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="364"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="372"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="369"/>
        <source>Invalid link</source>
        <translation>Ungültiger Link</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="369"/>
        <source>The link doesn&apos;t seem to point to a search engine plugin.</source>
        <translation>Der Link scheint nicht auf ein Suchmaschinen-Plugin zu verweisen.</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="386"/>
        <source>Select search plugins</source>
        <translation>Such-Plugins wählen</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="387"/>
        <source>qBittorrent search plugin</source>
        <translation>qBittorrent Such-Plugin</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="448"/>
        <source>All your plugins are already up to date.</source>
        <translation>Alle Plugins sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="463"/>
        <source>Sorry, couldn&apos;t check for plugin updates. %1</source>
        <translation>Konnte nicht nach Plugin-Updates suchen. %1</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="477"/>
        <source>Search plugin install</source>
        <translation>Such-Plugin installieren</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="478"/>
        <source>Couldn&apos;t install &quot;%1&quot; search engine plugin. %2</source>
        <translation>Konnte das Suchmaschinen-Plugin &quot;%1&quot; nicht installieren. %2</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="496"/>
        <source>Couldn&apos;t update &quot;%1&quot; search engine plugin. %2</source>
        <translation>Konnte Suchmaschinen-Plugin &quot;%1&quot; nicht aktualisieren. %2</translation>
    </message>
</context>
<context>
    <name>PluginSourceDialog</name>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="14"/>
        <source>Plugin source</source>
        <translation>Plugin-Quelle</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="26"/>
        <source>Search plugin source:</source>
        <translation>Such-Plugin-Quelle:</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="35"/>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="42"/>
        <source>Web link</source>
        <translation>Weblink</translation>
    </message>
</context>
<context>
    <name>PreviewSelectDialog</name>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="65"/>
        <source>The following files from torrent &quot;%1&quot; support previewing, please select one of them:</source>
        <translation>Die folgenden Dateien des Torrents „%1“ unterstützen eine Vorschau – bitte eine Datei auswählen:</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="68"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="77"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="78"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="145"/>
        <source>Preview impossible</source>
        <translation>Vorschau nicht möglich</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="146"/>
        <source>Sorry, we can&apos;t preview this file: &quot;%1&quot;.</source>
        <translation>Es kann leider keine Vorschau für diese Datei erstellt werden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="162"/>
        <source>Resize columns</source>
        <translation>Spaltenbreite anpassen</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="170"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>Alle sichtbaren Spalten in der Breite an deren Inhalte anpassen</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.ui" line="14"/>
        <source>Preview selection</source>
        <translation>Auswahlvorschau</translation>
    </message>
</context>
<context>
    <name>Private::FileLineEdit</name>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="305"/>
        <source>Path does not exist</source>
        <translation>Pfad existiert nicht</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="307"/>
        <source>Path does not point to a directory</source>
        <translation>Pfad zeigt nicht auf ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="309"/>
        <source>Path does not point to a file</source>
        <translation>Pfad zeigt nicht auf eine Datei</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="311"/>
        <source>Don&apos;t have read permission to path</source>
        <translation>Keine Leseberechtigung für den Pfad</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="313"/>
        <source>Don&apos;t have write permission to path</source>
        <translation>Keine Schreibberechtigung für den Pfad</translation>
    </message>
</context>
<context>
    <name>ProgramUpdater</name>
    <message>
        <location filename="../gui/programupdater.cpp" line="127"/>
        <location filename="../gui/programupdater.cpp" line="199"/>
        <source>Failed to download the program update info. URL: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte die Update-Info vom Programm nicht herunterladen. URL: &quot;%1&quot;. Fehler: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>PropTabBar</name>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="50"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="59"/>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="68"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="77"/>
        <source>HTTP Sources</source>
        <translation>HTTP-Quellen</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="86"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="97"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
</context>
<context>
    <name>PropertiesWidget</name>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="262"/>
        <source>Downloaded:</source>
        <translation>Heruntergeladen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="117"/>
        <source>Availability:</source>
        <translation>Verfügbarkeit:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="81"/>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="157"/>
        <source>Transfer</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="175"/>
        <source>Time Active:</source>
        <extracomment>Time (duration) the torrent is active (not stopped)</extracomment>
        <translation>Aktiv seit:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="204"/>
        <source>ETA:</source>
        <translation>Fertig in:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="291"/>
        <source>Uploaded:</source>
        <translation>Hochgeladen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="320"/>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="349"/>
        <source>Download Speed:</source>
        <translation>DL-Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="378"/>
        <source>Upload Speed:</source>
        <translation>UL-Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="407"/>
        <source>Peers:</source>
        <translation>Peers:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="436"/>
        <source>Download Limit:</source>
        <translation>Grenze für Download:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="465"/>
        <source>Upload Limit:</source>
        <translation>Grenze für Upload:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="494"/>
        <source>Wasted:</source>
        <translation>Verworfen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="233"/>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="642"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="866"/>
        <source>Info Hash v1:</source>
        <translation>Info-Hash v1:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="898"/>
        <source>Info Hash v2:</source>
        <translation>Info-Hash v2:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="965"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="1125"/>
        <source>Select All</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="1132"/>
        <source>Select None</source>
        <translation>Keine wählen</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="523"/>
        <source>Share Ratio:</source>
        <translation>Shareverhältnis:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="552"/>
        <source>Reannounce In:</source>
        <translation>Erneute Anmeldung in:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="581"/>
        <source>Last Seen Complete:</source>
        <translation>Letzter Seeder (100&#xa0;%) gesehen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="610"/>
        <location filename="../gui/properties/propertieswidget.ui" line="629"/>
        <source>Ratio / Time Active (in months), indicates how popular the torrent is</source>
        <translation>Rate / aktive Zeit (in Monaten) - zeigt, wie populär der Torrent ist</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="613"/>
        <source>Popularity:</source>
        <translation>Popularität</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="660"/>
        <source>Total Size:</source>
        <translation>Gesamtgröße:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="689"/>
        <source>Pieces:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="718"/>
        <source>Created By:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="747"/>
        <source>Added On:</source>
        <translation>Hinzugefügt am:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="776"/>
        <source>Completed On:</source>
        <translation>Abgeschlossen am:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="805"/>
        <source>Created On:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="834"/>
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="930"/>
        <source>Save Path:</source>
        <translation>Speicherpfad:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="468"/>
        <source>Never</source>
        <translation>Niemals</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="476"/>
        <source>%1 x %2 (have %3)</source>
        <comment>(torrent pieces) eg 152 x 4MB (have 25)</comment>
        <translation>%1 x %2 (%3 fertig)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="411"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="414"/>
        <source>%1 (%2 this session)</source>
        <translation>%1 (%2 diese Sitzung)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="326"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="327"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="346"/>
        <source>N/A</source>
        <translation>N/V</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="342"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="342"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="424"/>
        <source>%1 (seeded for %2)</source>
        <comment>e.g. 4m39s (seeded for 3m10s)</comment>
        <translation>%1 (geseedet seit %2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="434"/>
        <source>%1 (%2 max)</source>
        <comment>%1 and %2 are numbers, e.g. 3 (10 max)</comment>
        <translation>%1 (%2 max.)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="450"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="454"/>
        <source>%1 (%2 total)</source>
        <comment>%1 and %2 are numbers, e.g. 3 (10 total)</comment>
        <translation>%1 (%2 gesamt)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="460"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="465"/>
        <source>%1 (%2 avg.)</source>
        <comment>%1 and %2 are speed rates, e.g. 200KiB/s (100KiB/s avg.)</comment>
        <translation>%1 (%2 durchschn.)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="617"/>
        <source>Add web seed</source>
        <comment>Add HTTP source</comment>
        <translation>Webseed hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="618"/>
        <source>Add web seed:</source>
        <translation>Webseed hinzufügen:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="624"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="677"/>
        <source>This web seed is already in the list.</source>
        <translation>Dieser Webseed befindet sich bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="82"/>
        <source>Filter files...</source>
        <translation>Dateien filtern ...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="555"/>
        <source>Add web seed...</source>
        <translation>Webseed hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="559"/>
        <source>Remove web seed</source>
        <translation>Webseed entfernen</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="562"/>
        <source>Copy web seed URL</source>
        <translation>Webseed-URL kopieren</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="564"/>
        <source>Edit web seed URL...</source>
        <translation>Webseed-URL editieren ...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="604"/>
        <source>Speed graphs are disabled</source>
        <translation>Geschwindigkeitsgrafiken sind deaktiviert</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="604"/>
        <source>You can enable it in Advanced Options</source>
        <translation>Das kann in den erweiterten Optionen aktiviert werden</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="669"/>
        <source>Web seed editing</source>
        <translation>Webseed-Bearbeitung</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="670"/>
        <source>Web seed URL:</source>
        <translation>Webseed-URL:</translation>
    </message>
</context>
<context>
    <name>RSS::AutoDownloader</name>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="80"/>
        <location filename="../base/rss/rss_autodownloader.cpp" line="88"/>
        <source>Invalid data format.</source>
        <translation>Ungültiges Datenformat.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="123"/>
        <source>Couldn&apos;t save RSS AutoDownloader data in %1. Error: %2</source>
        <translation>Konnte Daten des RSS-AutoDownloader nicht in %1 speichern. Fehler: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="325"/>
        <source>Invalid data format</source>
        <translation>Ungültiges Datenformat</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="508"/>
        <source>RSS article &apos;%1&apos; is accepted by rule &apos;%2&apos;. Trying to add torrent...</source>
        <translation>RSS „%1“ wurde durch die Regel „%2“ akzeptiert. Es wird versucht, den Torrent hinzuzufügen ...</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="544"/>
        <source>Failed to read RSS AutoDownloader rules. %1</source>
        <translation>Konnte die RSS-AutoDownloader Regeln nicht laden. %1</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="562"/>
        <source>Couldn&apos;t load RSS AutoDownloader rules. Reason: %1</source>
        <translation>Konnte Regeln des RSS-AutoDownloader nicht laden. Grund: %1</translation>
    </message>
</context>
<context>
    <name>RSS::Feed</name>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="247"/>
        <source>Failed to download RSS feed at &apos;%1&apos;. Reason: %2</source>
        <translation>Konnte RSS-Feed von &apos;%1&apos; nicht herunterladen. Grund: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="283"/>
        <source>RSS feed at &apos;%1&apos; updated. Added %2 new articles.</source>
        <translation>RSS-Feed von &apos;%1&apos; wurde aktualisiert. %2 neue Einträge wurden hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="280"/>
        <source>Failed to parse RSS feed at &apos;%1&apos;. Reason: %2</source>
        <translation>Konnte RSS-Feed von &apos;%1&apos; nicht analysieren. Grund: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="234"/>
        <source>RSS feed at &apos;%1&apos; is successfully downloaded. Starting to parse it.</source>
        <translation>Der RSS-Feed von &apos;%1&apos; wurde erfolgreich heruntergeladen und wird nun aufgelöst.</translation>
    </message>
</context>
<context>
    <name>RSS::Private::FeedSerializer</name>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="57"/>
        <source>Failed to read RSS session data. %1</source>
        <translation>Lesen von RSS-Sitzungsdaten fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="79"/>
        <source>Failed to save RSS feed in &apos;%1&apos;, Reason: %2</source>
        <translation>Konnte RSS-Feed nicht nach &apos;%1&apos; speichern, Grund: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="90"/>
        <source>Couldn&apos;t parse RSS Session data. Error: %1</source>
        <translation>Konnte Daten der RSS-Sitzung nicht lesen. Fehler: %1</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="97"/>
        <source>Couldn&apos;t load RSS Session data. Invalid data format.</source>
        <translation>Konnte Daten der RSS-Sitzung nicht laden. Ungültiges Datenformat.</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="109"/>
        <source>Couldn&apos;t load RSS article &apos;%1#%2&apos;. Invalid data format.</source>
        <translation>Konnte RSS-Eintrag &apos;%1#%2&apos; nicht laden. Ungültiges Datenformat.</translation>
    </message>
</context>
<context>
    <name>RSS::Private::Parser</name>
    <message>
        <location filename="../base/rss/rss_parser.cpp" line="594"/>
        <source>Invalid RSS feed.</source>
        <translation>Ungültiger RSS-Feed.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_parser.cpp" line="588"/>
        <source>%1 (line: %2, column: %3, offset: %4).</source>
        <translation>%1 (Zeile: %2, Spalte: %3, Offset: %4).</translation>
    </message>
</context>
<context>
    <name>RSS::Session</name>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="79"/>
        <source>Couldn&apos;t save RSS session configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte die RSS-Sitzungskonfiguration nicht speichern. Datei: &quot;%1&quot;. Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="88"/>
        <source>Couldn&apos;t save RSS session data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte Daten der RSS-Sitzung nicht speichern. Datei: &quot;%1&quot;. Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="156"/>
        <location filename="../base/rss/rss_session.cpp" line="189"/>
        <source>RSS feed with given URL already exists: %1.</source>
        <translation>Der RSS-Feed mit URL besteht schon: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="176"/>
        <source>Feed doesn&apos;t exist: %1.</source>
        <translation>Feed existiert nicht: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="203"/>
        <source>Cannot move root folder.</source>
        <translation>Wurzelordner kann nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="207"/>
        <location filename="../base/rss/rss_session.cpp" line="250"/>
        <source>Item doesn&apos;t exist: %1.</source>
        <translation>Das existiert nicht: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="223"/>
        <source>Can&apos;t move a folder into itself or its subfolders.</source>
        <translation>Ordnerkann nicht in sich selbst oder in seinen Unterordner verschoben werden.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="246"/>
        <source>Cannot delete root folder.</source>
        <translation>Wurzelordner kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="287"/>
        <source>Failed to read RSS session data. %1</source>
        <translation>Lesen von RSS-Sitzungsdaten fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="295"/>
        <source>Failed to parse RSS session data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Analyse von RSS-Sitzungsdaten fehlgeschlagen. Datei: „%1“. Fehler: „%2“</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="302"/>
        <source>Failed to load RSS session data. File: &quot;%1&quot;. Error: &quot;Invalid data format.&quot;</source>
        <translation>Laden von RSS-Sitzungsdaten fehlgeschlagen. Datei: „%1“. Fehler: „Ungültiges Datenformat“.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="333"/>
        <source>Couldn&apos;t load RSS feed. Feed: &quot;%1&quot;. Reason: URL is required.</source>
        <translation>Konnte RSS-Feed nicht laden. Feed: &quot;%1&quot;. Grund: URL ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="344"/>
        <source>Couldn&apos;t load RSS feed. Feed: &quot;%1&quot;. Reason: UID is invalid.</source>
        <translation>Konnte RSS-Feed nicht laden. Feed: &quot;%1&quot;. Grund: UID ist ungültig.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="351"/>
        <source>Duplicate RSS feed found. UID: &quot;%1&quot;. Error: Configuration seems to be corrupted.</source>
        <translation>Doppelter RSS-Feed gefunden. UID: &quot;%1&quot;. Fehler: Die Konfiguration scheint beschädigt zu sein.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="375"/>
        <source>Couldn&apos;t load RSS item. Item: &quot;%1&quot;. Invalid data format.</source>
        <translation>RSS-Eintrag konnte nicht geladen werden. Eintrag: &quot;%1&quot;. Ungültiges Datenformat.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="389"/>
        <source>Corrupted RSS list, not loading it.</source>
        <translation>Fehlerhafte RSS-Liste. Wird daher nicht geladen.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="410"/>
        <source>Failed to add RSS folder item. Reason: &quot;%1&quot;</source>
        <translation>Das RSS-Verzeichnis konnte nicht hinzugefügt werden. Grund: &quot;%1“</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="417"/>
        <source>Failed to add RSS feed item. Reason: &quot;%1&quot;</source>
        <translation>Element vom RSS-Feed konnte nicht hinzugefügt werden. Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="431"/>
        <source>Incorrect RSS Item path: %1.</source>
        <translation>Falscher RSS-Item-Pfad: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="434"/>
        <source>RSS item with given path already exists: %1.</source>
        <translation>Der RSS-Feed besteht schon: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="439"/>
        <source>Parent folder doesn&apos;t exist: %1.</source>
        <translation>Verzeichnis existiert nicht: %1.</translation>
    </message>
</context>
<context>
    <name>RSSController</name>
    <message>
        <location filename="../webui/api/rsscontroller.cpp" line="94"/>
        <source>Invalid &apos;refreshInterval&apos; value</source>
        <translation>Ungültiger Wert für &apos;Aktualisierungsintervall&apos;</translation>
    </message>
    <message>
        <location filename="../webui/api/rsscontroller.cpp" line="99"/>
        <source>Feed doesn&apos;t exist: %1.</source>
        <translation>Feed existiert nicht: %1.</translation>
    </message>
</context>
<context>
    <name>RSSFeedDialog</name>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="14"/>
        <source>RSS Feed Options</source>
        <translation>RSS-Feed Optionen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="22"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="32"/>
        <source>Refresh interval:</source>
        <translation>Aktualisierungsintervall:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.cpp" line="43"/>
        <source> sec</source>
        <translation>Sek.</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.cpp" line="44"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>RSSWidget</name>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="17"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="31"/>
        <source>Fetching of RSS feeds is disabled now! You can enable it in application settings.</source>
        <translation>Das Herunterladen von RSS-Feeds ist jetzt deaktiviert! Dies kann in den Einstellungen wieder aktiviert werden.</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="43"/>
        <source>New subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="50"/>
        <location filename="../gui/rss/rsswidget.ui" line="171"/>
        <location filename="../gui/rss/rsswidget.ui" line="174"/>
        <source>Mark items read</source>
        <translation>Markiere Einträge als gelesen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="57"/>
        <source>Refresh RSS streams</source>
        <translation>RSS-Streams aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="60"/>
        <source>Update all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="80"/>
        <source>RSS Downloader...</source>
        <translation>RSS-Downloader ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="108"/>
        <source>Torrents: (double-click to download)</source>
        <translation>Torrents: (Doppelklicken zum Herunterladen)</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="134"/>
        <location filename="../gui/rss/rsswidget.ui" line="137"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="142"/>
        <source>Rename...</source>
        <translation>Umbenennen ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="145"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="150"/>
        <location filename="../gui/rss/rsswidget.ui" line="153"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="158"/>
        <source>New subscription...</source>
        <translation>Neues Abonnement ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="163"/>
        <location filename="../gui/rss/rsswidget.ui" line="166"/>
        <source>Update all feeds</source>
        <translation>Alle Feeds aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="179"/>
        <source>Download torrent</source>
        <translation>Torrent herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="184"/>
        <source>Open news URL</source>
        <translation>News-URL öffnen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="189"/>
        <source>Copy feed URL</source>
        <translation>Feed-URL kopieren</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="194"/>
        <source>New folder...</source>
        <translation>Neuer Ordner ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="199"/>
        <source>Feed options...</source>
        <translation>Feed-Optionen ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="136"/>
        <source>Filter feed items...</source>
        <translation>Feed-Elemente filtern ...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="304"/>
        <source>Please choose a folder name</source>
        <translation>Bitte einen Ordnernamen wählen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="304"/>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="305"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="398"/>
        <source>Deletion confirmation</source>
        <translation>Löschbestätigung</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="398"/>
        <source>Are you sure you want to delete the selected RSS feeds?</source>
        <translation>Sind Sie sicher, dass Sie die gewählten RSS-Feeds löschen möchten?</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="487"/>
        <source>Blocked opening RSS article URL. URL pointing to local file might be malicious behaviour. Article: &quot;%1&quot;. URL: &quot;%2&quot;.</source>
        <translation>Das Öffnen der URL eines RSS-Artikels wurde blockiert. Die URL, die auf eine lokale Datei verweist, könnte ein bösartiges Verhalten darstellen. Artikel: &quot;%1&quot;. URL: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="498"/>
        <source>Blocked opening RSS article URL. The following article URL is pointing to local file and it may be malicious behaviour:
%1</source>
        <translation>Das Öffnen der URL eines RSS-Artikels wurde blockiert. Die folgende Artikel-URL verweist auf eine lokale Datei und kann bösartig sein:
%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="500"/>
        <location filename="../gui/rss/rsswidget.cpp" line="507"/>
        <source>There are %1 more articles with the same issue.</source>
        <translation>Es gibt noch %1 weitere Artikel mit dem gleichen Problem.</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="505"/>
        <source>The following article has no news URL provided:
%1</source>
        <translation>Der folgende Artikel stellt keine Benachrichtigungs-URL zur Verfügung:
%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="527"/>
        <source>Please choose a new name for this RSS feed</source>
        <translation>Bitte einen neuen Namen für diesen RSS-Feed wählen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="527"/>
        <source>New feed name:</source>
        <translation>Neuer Feed-Name:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="535"/>
        <source>Rename failed</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="710"/>
        <source>Date: </source>
        <translation> Datum: </translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="712"/>
        <source>Feed: </source>
        <translation>Feed: </translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="714"/>
        <source>Author: </source>
        <translation> Autor: </translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="716"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="90"/>
        <source>Python must be installed to use the Search Engine.</source>
        <translation>Python muss installiert sein, um die Suchmaschine benutzen zu können.</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="113"/>
        <source>Unable to create more than %1 concurrent searches.</source>
        <translation>Es können nicht mehr als %1 gleichzeitige Suchen erstellt werden.</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="190"/>
        <location filename="../webui/api/searchcontroller.cpp" line="196"/>
        <source>Offset is out of range</source>
        <translation>Adressabstand ausserhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="305"/>
        <source>All plugins are already up to date.</source>
        <translation>Alle Plugins sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="309"/>
        <source>Updating %1 plugins</source>
        <translation>%1 Plugins werden aktualisiert</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="314"/>
        <source>Updating plugin %1</source>
        <translation>Plugin %1 wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="323"/>
        <source>Failed to check for plugin updates: %1</source>
        <translation>Konnte nicht nach Plugin-Updates suchen: %1</translation>
    </message>
</context>
<context>
    <name>SearchDownloadHandler</name>
    <message>
        <location filename="../base/search/searchdownloadhandler.cpp" line="72"/>
        <source>Error occurred when downloading torrent via search engine. Engine: &quot;%1&quot;. URL: &quot;%2&quot;. Error: &quot;%3&quot;.</source>
        <translation>Beim Herunterladen des Torrent über die Suchmaschine ist ein Fehler aufgetreten. Suchmaschine: &quot;%1&quot;. URL: &quot;%2&quot;. Fehler: &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>SearchHandler</name>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="70"/>
        <source>Process failed to start</source>
        <translation>Prozess hat nicht gestartet</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="72"/>
        <source>Process crashed</source>
        <translation>Prozess abgestürzt</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="74"/>
        <source>Process timed out</source>
        <translation>Zeitüberschreitung des Prozesses</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="76"/>
        <source>Process write error</source>
        <translation>Prozess-Schreibfehler</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="78"/>
        <source>Process read error</source>
        <translation>Prozess-Lesefehler</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="80"/>
        <source>Process unknown error</source>
        <translation>Unbekannter Prozessfehler</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="117"/>
        <source>Search process failed. Search query: &quot;%1&quot;. Category: &quot;%2&quot;. Engines: &quot;%3&quot;. Error: &quot;%4&quot;.</source>
        <translation>Suche fehlgeschlagen. Suchanfrage: &quot;%1&quot;. Kategorie: &quot;%2&quot;. Suchmaschinen: &quot;%3&quot;. Fehler: &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="166"/>
        <source>Error occurred in search engine. Search query: &quot;%1&quot;. Category: &quot;%2&quot;. Engines: &quot;%3&quot;. Error: &quot;%4&quot;.</source>
        <translation>Fehler in der Suchmaschine aufgetreten. Suchanfrage: &quot;%1&quot;. Kategorie: &quot;%2&quot;. Suchmaschinen: &quot;%3&quot;. Fehler: &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>SearchJobWidget</name>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="19"/>
        <source>Results(xxx)</source>
        <translation>Ergebnisse (xxx)</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="39"/>
        <source>Search in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="46"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Some search engines search in torrent description and in torrent file names too. Whether such results will be shown in the list below is controlled by this mode.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Everywhere &lt;/span&gt;disables filtering and shows everything returned by the search engines.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Torrent names only&lt;/span&gt; shows only torrents whose names match the search query.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Manche Suchmaschinen suchen sowohl in der Torrentbeschreibung als auch im Torrentnamen. Die Anzeige solcher Ergebnisse in der unteren Liste kann hier eingestellt werden.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Überall &lt;/span&gt;verhindert einen Filter und zeigt Alles an was von den Suchmaschinen zurückgegeben wird.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Nur Torrentnamen&lt;/span&gt; zeigt nur Torrents an, die dem Suchergebnis entsprechen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="69"/>
        <source>Set minimum and maximum allowed number of seeders</source>
        <translation>Min. und Max. erlaubte Anzahl von Seeder einstellen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="79"/>
        <source>Minimum number of seeds</source>
        <translation>Min. erlaubte Anzahl von Seeder</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="96"/>
        <source>Maximum number of seeds</source>
        <translation>Max. erlaubte Anzahl von Seeder</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="125"/>
        <source>Set minimum and maximum allowed size of a torrent</source>
        <translation>Min. und max. erlaubte Größe eines Torrents einstellen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="137"/>
        <source>Minimum torrent size</source>
        <translation>Min. Torrentgröße</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="161"/>
        <source>Maximum torrent size</source>
        <translation>Max. Torrentgröße</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="72"/>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="89"/>
        <location filename="../gui/search/searchjobwidget.ui" line="152"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="99"/>
        <location filename="../gui/search/searchjobwidget.ui" line="164"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="128"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="108"/>
        <source>Name</source>
        <comment>i.e: file name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="109"/>
        <source>Size</source>
        <comment>i.e: file size</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="110"/>
        <source>Seeders</source>
        <comment>i.e: Number of full sources</comment>
        <translation>Seeder</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="111"/>
        <source>Leechers</source>
        <comment>i.e: Number of partial sources</comment>
        <translation>Leecher</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="169"/>
        <source>Filter search results...</source>
        <translation>Dateien filtern ...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="350"/>
        <source>Blocked opening search result description page URL. URL pointing to local file might be malicious behaviour. Name: &quot;%1&quot;. URL: &quot;%2&quot;.</source>
        <translation>Die URL der Beschreibungsseite der Suchergebnisse wurde nicht geöffnet. Die URL, die auf eine lokale Datei verweist, könnte ein bösartiges Verhalten sein. Name: &quot;%1&quot;. URL: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="361"/>
        <source>Blocked opening search result description page URL. The following result URL is pointing to local file and it may be malicious behaviour:
%1</source>
        <translation>Die URL der Beschreibungsseite der Suchergebnisse wurde nicht geöffnet. Die URL verweist auf eine lokale Datei und könnte ein bösartiges Verhalten haben:
%1</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="363"/>
        <source>There are %1 more results with the same issue.</source>
        <translation>Es gibt mehr als %1 Ergebnisse mit dem gleichen Problem.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="368"/>
        <source>Entry &quot;%1&quot; has no description page URL provided.</source>
        <translation>Der Eintrag „%1“ hat keine URL für die Beschreibungsseite.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="370"/>
        <source>There are %1 more entries with the same issue.</source>
        <translation>Es gibt noch %1 weitere Ergebnisse mit dem gleichen Problem.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="451"/>
        <source>Results (showing &lt;i&gt;%1&lt;/i&gt; out of &lt;i&gt;%2&lt;/i&gt;):</source>
        <comment>i.e: Search results</comment>
        <translation>Ergebnisse (&lt;i&gt;%1&lt;/i&gt; von &lt;i&gt;%2&lt;/i&gt; angezeigt):</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="510"/>
        <source>Torrent names only</source>
        <translation>Nur Torrentnamen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="511"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="533"/>
        <source>Use regular expressions</source>
        <translation>Reguläre Ausdrücke verwenden</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="548"/>
        <source>Open download window</source>
        <translation>Das Download-Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="550"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="552"/>
        <source>Open description page</source>
        <translation>Beschreibungsseite öffnen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="556"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="558"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="560"/>
        <source>Download link</source>
        <translation>Download-Link</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="562"/>
        <source>Description page URL</source>
        <translation>Beschreibungsseiten-URL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="74"/>
        <source>Searching...</source>
        <translation>Suche läuft ...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="76"/>
        <source>Search has finished</source>
        <translation>Suche abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="78"/>
        <source>Search aborted</source>
        <translation>Suche abgebrochen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="80"/>
        <source>An error occurred during search...</source>
        <translation>Während der Suche ist ein Fehler aufgetreten ...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="82"/>
        <source>Search returned no results</source>
        <translation>Suche lieferte keine Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="112"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="113"/>
        <source>Engine URL</source>
        <translation>Engine-URL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="114"/>
        <source>Published On</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="594"/>
        <source>Column visibility</source>
        <translation>Spaltensichtbarkeit</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="617"/>
        <source>Resize columns</source>
        <translation>Spaltenbreite anpassen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="626"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>Alle sichtbaren Spalten in der Breite an deren Inhalte anpassen</translation>
    </message>
</context>
<context>
    <name>SearchPluginManager</name>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="246"/>
        <source>Unknown search engine plugin file format.</source>
        <translation>Unbekanntes Dateiformat des Suchmaschinen-Plugins.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="257"/>
        <source>Plugin already at version %1, which is greater than %2</source>
        <translation>Plugin ist bereits Version %1 und damit höher als %2</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="258"/>
        <source>A more recent version of this plugin is already installed.</source>
        <translation>Eine neuere Version dieses Plugins ist bereits installiert.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="282"/>
        <source>Plugin %1 is not supported.</source>
        <translation>Plugin %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="290"/>
        <location filename="../base/search/searchpluginmanager.cpp" line="294"/>
        <source>Plugin is not supported.</source>
        <translation>Plugin wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="302"/>
        <source>Plugin %1 has been successfully updated.</source>
        <translation> Das Plugin %1 wurde erfolgreich aktualisiert.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="376"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="380"/>
        <source>Movies</source>
        <translation>Filme</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="384"/>
        <source>TV shows</source>
        <translation>TV-Serien</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="381"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="379"/>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="377"/>
        <source>Anime</source>
        <translation>Anime</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="383"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="382"/>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="378"/>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="484"/>
        <source>Update server is temporarily unavailable. %1</source>
        <translation>Update-Server vorübergehend nicht erreichbar. %1</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="504"/>
        <location filename="../base/search/searchpluginmanager.cpp" line="506"/>
        <source>Failed to download the plugin file. %1</source>
        <translation>Fehler beim Herunterladen der Plugin-Datei. %1</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="568"/>
        <source>Error occurred when fetching search engine capabilities. Error: &quot;%1&quot;.</source>
        <translation>Beim Abrufen der Suchmaschinenfunktionen ist ein Fehler aufgetreten. Fehler: „%1“.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="651"/>
        <source>Plugin &quot;%1&quot; is outdated, updating to version %2</source>
        <translation>Plugin „%1“ ist nicht mehr aktuell – wird aktualisiert auf Version %2</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="658"/>
        <source>Incorrect update info received for %1 out of %2 plugins.</source>
        <translation>Falsche Update-Information für %1 von %2 Plugins erhalten.</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="700"/>
        <source>Search plugin &apos;%1&apos; contains invalid version string (&apos;%2&apos;)</source>
        <translation>Das Such-Plugin &apos;%1&apos; enthält ungültige Versions-Zeichenkette (&apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="14"/>
        <location filename="../gui/search/searchwidget.ui" line="51"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="86"/>
        <source>There aren&apos;t any search plugins installed.
Click the &quot;Search plugins...&quot; button at the bottom right of the window to install some.</source>
        <translation>Es sind keine Such-Plugins installiert.
Auf die Schaltfläche „Plugins suchen...“ unten rechts im Fenster klicken, um einige zu installieren.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="142"/>
        <source>Search plugins...</source>
        <translation>Such-Plugins ...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="358"/>
        <source>A phrase to search for.</source>
        <translation>Suchphrase.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="359"/>
        <source>Spaces in a search term may be protected by double quotes.</source>
        <translation>Leerzeichen innerhalb von Suchausdrücken in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="361"/>
        <source>Example:</source>
        <comment>Search phrase example</comment>
        <translation>Beispiel: </translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="367"/>
        <source>&lt;b&gt;&amp;quot;foo bar&amp;quot;&lt;/b&gt;: search for &lt;b&gt;foo bar&lt;/b&gt;</source>
        <comment>Search phrase example, illustrates quotes usage, double quotedpair of space delimited words, the whole pair is highlighted</comment>
        <translation>&lt;b&gt;&amp;quot;schnur los&amp;quot;&lt;/b&gt;: suche nach &lt;b&gt;schnur los&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="592"/>
        <source>All plugins</source>
        <translation>Alle Plugins</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="591"/>
        <source>Only enabled</source>
        <translation>Nur aktivierte</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="196"/>
        <location filename="../gui/search/searchwidget.cpp" line="254"/>
        <source>Invalid data format.</source>
        <translation>Ungültiges Datenformat.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="363"/>
        <source>&lt;b&gt;foo bar&lt;/b&gt;: search for &lt;b&gt;foo&lt;/b&gt; and &lt;b&gt;bar&lt;/b&gt;</source>
        <comment>Search phrase example, illustrates quotes usage, a pair of space delimited words, individual words are highlighted</comment>
        <translation>&lt;b&gt;schnur los&lt;/b&gt;: suche nach &lt;b&gt;schnur&lt;/b&gt; und &lt;b&gt;los&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="847"/>
        <source>Close tab</source>
        <translation>Registerkarte schließen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="848"/>
        <source>Close all tabs</source>
        <translation>Alle Registerkarten schließen</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="593"/>
        <source>Select...</source>
        <translation>Wählen ...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="839"/>
        <source>Refresh tab</source>
        <translation>Tab aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="843"/>
        <source>Stop search</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="890"/>
        <location filename="../gui/search/searchwidget.cpp" line="967"/>
        <source>Search Engine</source>
        <translation>Suchmaschine</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="890"/>
        <location filename="../gui/search/searchwidget.cpp" line="967"/>
        <source>Please install Python to use the Search Engine.</source>
        <translation>Python bitte installieren, um die Suchmaschine benutzen zu können.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="884"/>
        <source>Empty search pattern</source>
        <translation>Leere Suchanfrage</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="884"/>
        <source>Please type a search pattern first</source>
        <translation>Bitte zuerst eine Suchanfrage eingeben</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="58"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>SearchWidget::DataStorage</name>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="982"/>
        <source>Failed to load Search UI saved state data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte gespeicherte Suchfenster-Statusdaten nicht laden. Datei: &quot;%1“. Fehler: &quot;%2“</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1002"/>
        <source>Failed to load saved search results. Tab: &quot;%1&quot;. File: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>Konnte gespeicherte Suchergebnisse nicht laden. Tab: &quot;%1&quot;. Datei: &quot;%2“. Fehler: &quot;%3“</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1034"/>
        <source>Failed to save Search UI state. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte Suchfenster-Historie nicht speichern. Datei: &quot;%1“. Fehler: &quot;%2“</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1066"/>
        <source>Failed to save search results. Tab: &quot;%1&quot;. File: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>Konnte Suchergebnisse nicht speichern. Tab: &quot;%1&quot;. Datei: &quot;%2“. Fehler: &quot;%3“</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1082"/>
        <source>Failed to load Search UI history. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte Suchfenster-Historie nicht laden. Datei: &quot;%1“. Fehler: &quot;%2“</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1096"/>
        <source>Failed to save search history. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Konnte Such-Historie nicht speichern. Datei: &quot;%1“. Fehler: &quot;%2“</translation>
    </message>
</context>
<context>
    <name>SettingsStorage</name>
    <message>
        <location filename="../base/settingsstorage.cpp" line="147"/>
        <source>Detected unclean program exit. Using fallback file to restore settings: %1</source>
        <translation>Es wurde ein fehlerhaftes Beenden von qBittorrent festgestellt.
Daher wird eine Sicherungsdatei zur Wiederherstellung der Einstellungen verwendet: %1</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="196"/>
        <source>An access error occurred while trying to write the configuration file.</source>
        <translation>Es ist ein Zugriffsfehler beim Schreiben der Sicherungsdatei aufgetreten.</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="199"/>
        <source>A format error occurred while trying to write the configuration file.</source>
        <translation>Es ist ein Formatfehler beim Schreiben der Sicherungsdatei aufgetreten.</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="202"/>
        <source>An unknown error occurred while trying to write the configuration file.</source>
        <translation>Ein unbekannter Fehler beim Schreiben der Sicherungsdatei ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>ShutdownConfirmDialog</name>
    <message>
        <location filename="../gui/shutdownconfirmdialog.ui" line="64"/>
        <source>Don&apos;t show again</source>
        <translation>Nicht wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="118"/>
        <source>qBittorrent will now exit.</source>
        <translation>qBittorrent wird jetzt beendet.</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="119"/>
        <source>E&amp;xit Now</source>
        <translation>Jetzt &amp;beenden</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="120"/>
        <source>Exit confirmation</source>
        <translation>Beenden bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="123"/>
        <source>The computer is going to shutdown.</source>
        <translation>Der PC wird jetzt heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="124"/>
        <source>&amp;Shutdown Now</source>
        <translation>Jetzt &amp;herunterfahren</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="125"/>
        <source>Shutdown confirmation</source>
        <translation>Herunterfahren bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="128"/>
        <source>The computer is going to enter suspend mode.</source>
        <translation>Der PC wird jetzt in den Engergiesparmodus versetzt.</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="129"/>
        <source>&amp;Suspend Now</source>
        <translation>&amp;Energiesparmodus jetzt aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="130"/>
        <source>Suspend confirmation</source>
        <translation>Energiesparmodus bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="133"/>
        <source>The computer is going to enter hibernation mode.</source>
        <translation>Der PC wird jetzt in den Ruhezustand versetzt.</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="134"/>
        <source>&amp;Hibernate Now</source>
        <translation>&amp;Ruhezustand jetzt aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="135"/>
        <source>Hibernate confirmation</source>
        <translation>Ruhezustand bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="138"/>
        <source>The computer is going to reboot.</source>
        <translation>Der PC wird jetzt neu gestartet.</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="139"/>
        <source>&amp;Reboot Now</source>
        <translation>Jetzt &amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="140"/>
        <source>Reboot confirmation</source>
        <translation>Neustartbestätigung</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="150"/>
        <source>You can cancel the action within %1 seconds.</source>
        <translation>Du kannst die Aktion binnen %1 Sekunden abbrechen.</translation>
    </message>
</context>
<context>
    <name>SpeedLimitDialog</name>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="14"/>
        <source>Global Speed Limits</source>
        <translation>Globale Geschwindigkeitsbegrenzungen</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="20"/>
        <source>Speed limits</source>
        <translation>Geschwindigkeitsbegrenzungen</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="33"/>
        <location filename="../gui/speedlimitdialog.ui" line="109"/>
        <source>Upload:</source>
        <translation>Hochladen:</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="47"/>
        <location filename="../gui/speedlimitdialog.ui" line="77"/>
        <location filename="../gui/speedlimitdialog.ui" line="123"/>
        <location filename="../gui/speedlimitdialog.ui" line="153"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="50"/>
        <location filename="../gui/speedlimitdialog.ui" line="80"/>
        <location filename="../gui/speedlimitdialog.ui" line="126"/>
        <location filename="../gui/speedlimitdialog.ui" line="156"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="63"/>
        <location filename="../gui/speedlimitdialog.ui" line="139"/>
        <source>Download:</source>
        <translation>Herunterladen:</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="96"/>
        <source>Alternative speed limits</source>
        <translation>Alternative Geschwindigkeitsbegrenzung</translation>
    </message>
</context>
<context>
    <name>SpeedPlotView</name>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="172"/>
        <source>Total Upload</source>
        <translation>Gesamter Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="173"/>
        <source>Total Download</source>
        <translation>Gesamter Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="177"/>
        <source>Payload Upload</source>
        <translation>Nutzerdaten-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="178"/>
        <source>Payload Download</source>
        <translation>Nutzerdaten-Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="182"/>
        <source>Overhead Upload</source>
        <translation>Verwaltungsdaten-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="183"/>
        <source>Overhead Download</source>
        <translation>Verwaltungsdaten-Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="187"/>
        <source>DHT Upload</source>
        <translation>DHT-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="188"/>
        <source>DHT Download</source>
        <translation>DHT-Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="192"/>
        <source>Tracker Upload</source>
        <translation>Tracker-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="193"/>
        <source>Tracker Download</source>
        <translation>Tracker-Download</translation>
    </message>
</context>
<context>
    <name>SpeedWidget</name>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="67"/>
        <source>Period:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="70"/>
        <source>1 Minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="71"/>
        <source>5 Minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="72"/>
        <source>30 Minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="74"/>
        <source>6 Hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="104"/>
        <source>Select Graphs</source>
        <translation>Grafik auswählen</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="82"/>
        <source>Total Upload</source>
        <translation>Gesamter Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="73"/>
        <source>3 Hours</source>
        <translation>3 Stunden</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="75"/>
        <source>12 Hours</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="76"/>
        <source>24 Hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="83"/>
        <source>Total Download</source>
        <translation>Gesamter Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="84"/>
        <source>Payload Upload</source>
        <translation>Nutzerdaten-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="85"/>
        <source>Payload Download</source>
        <translation>Nutzerdaten-Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="86"/>
        <source>Overhead Upload</source>
        <translation>Verwaltungsdaten-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="87"/>
        <source>Overhead Download</source>
        <translation>Verwaltungsdaten-Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="88"/>
        <source>DHT Upload</source>
        <translation>DHT-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="89"/>
        <source>DHT Download</source>
        <translation>DHT-Download</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="90"/>
        <source>Tracker Upload</source>
        <translation>Tracker-Upload</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="91"/>
        <source>Tracker Download</source>
        <translation>Tracker-Download</translation>
    </message>
</context>
<context>
    <name>StacktraceDialog</name>
    <message>
        <location filename="../gui/stacktracedialog.ui" line="14"/>
        <source>Crash info</source>
        <translation>Absturzinformationen</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../gui/statsdialog.ui" line="14"/>
        <source>Statistics</source>
        <translation>Statistiken </translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="38"/>
        <source>User statistics</source>
        <translation>Benutzerstatistiken</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="117"/>
        <source>Cache statistics</source>
        <translation>Statistik für Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="123"/>
        <source>Read cache hits:</source>
        <translation>Zugriffe Lesepuffer:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="202"/>
        <source>Average time in queue:</source>
        <translation>Durchschnittliche Zeit in Warteschlange:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="233"/>
        <source>Tracker statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="239"/>
        <source>Queued tracker announces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="246"/>
        <source>TextLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="100"/>
        <source>Connected peers:</source>
        <translation>Verbundene Peers:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="72"/>
        <source>All-time share ratio:</source>
        <translation>Gesamtes Shareverhältnis:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="58"/>
        <source>All-time download:</source>
        <translation>Gesamter DL:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="86"/>
        <source>Session waste:</source>
        <translation>Abfall in dieser Sitzung:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="44"/>
        <source>All-time upload:</source>
        <translation>Gesamter UL:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="137"/>
        <source>Total buffer size:</source>
        <translation>Gesamte Puffergröße:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="154"/>
        <source>Performance statistics</source>
        <translation>Leistungsstatistik</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="188"/>
        <source>Queued I/O jobs:</source>
        <translation>Eingereihte I/O-Aufgaben:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="160"/>
        <source>Write cache overload:</source>
        <translation>Überlastschreibpuffer:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="174"/>
        <source>Read cache overload:</source>
        <translation>Überlastlesepuffer:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="216"/>
        <source>Total queued size:</source>
        <translation>Gesamte Warteschlangengröße:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.cpp" line="112"/>
        <source>%1 ms</source>
        <comment>18 milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/statusbar.cpp" line="86"/>
        <source>Connection status:</source>
        <translation>Verbindungsstatus:</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="87"/>
        <location filename="../gui/statusbar.cpp" line="192"/>
        <source>No direct connections. This may indicate network configuration problems.</source>
        <translation>Keine direkten Verbindungen. Möglicherweise gibt es Probleme mit der Netzwerkkonfiguration.</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="96"/>
        <source>Free space: N/A</source>
        <translation>Freier Platz: nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="100"/>
        <location filename="../gui/statusbar.cpp" line="229"/>
        <source>External IP: N/A</source>
        <translation>Externe IP: nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="105"/>
        <location filename="../gui/statusbar.cpp" line="204"/>
        <source>DHT: %1 nodes</source>
        <translation>DHT: %1 Knoten</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="157"/>
        <source>qBittorrent needs to be restarted!</source>
        <translation>qBittorrent benötigt einen Neustart!</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="177"/>
        <location filename="../gui/statusbar.cpp" line="186"/>
        <location filename="../gui/statusbar.cpp" line="192"/>
        <source>Connection Status:</source>
        <translation>Verbindungsstatus:</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="177"/>
        <source>Offline. This usually means that qBittorrent failed to listen on the selected port for incoming connections.</source>
        <translation>Offline. In den meisten Fällen bedeutet das, dass qBittorrent nicht auf dem angegebenen Port für eingehende Verbindungen lauschen kann.</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="186"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="215"/>
        <source>Free space: </source>
        <translation>Freier Platz:</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="235"/>
        <source>External IPs: %1, %2</source>
        <translation>Externe IPs: %1, %2</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="237"/>
        <source>External IP: %1%2</source>
        <translation>Externe IP: %1%2</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="287"/>
        <source>Click to switch to alternative speed limits</source>
        <translation>Klicken, um zu den alternativen Geschwindigkeitsbegrenzungen zu wechseln</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="281"/>
        <source>Click to switch to regular speed limits</source>
        <translation>Klicken, um zu den regulären Geschwindigkeitsbegrenzungen zu wechseln</translation>
    </message>
</context>
<context>
    <name>StatusFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="47"/>
        <source>All (0)</source>
        <comment>this is for the status filter</comment>
        <translation>Alle (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="50"/>
        <source>Downloading (0)</source>
        <translation>Beim Herunterladen (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="53"/>
        <source>Seeding (0)</source>
        <translation>Seeden (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="56"/>
        <source>Completed (0)</source>
        <translation>Abgeschlossen (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="59"/>
        <source>Running (0)</source>
        <translation>Läuft (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="62"/>
        <source>Stopped (0)</source>
        <translation>Angehalten (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="65"/>
        <source>Active (0)</source>
        <translation>Aktiv (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="68"/>
        <source>Inactive (0)</source>
        <translation>Inaktiv (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="71"/>
        <source>Stalled (0)</source>
        <translation>Verzögert (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="74"/>
        <source>Stalled Uploading (0)</source>
        <translation>Verzögertes Hochladen (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="77"/>
        <source>Stalled Downloading (0)</source>
        <translation>Verzögertes Herunterladen (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="80"/>
        <source>Checking (0)</source>
        <translation>Überprüfung (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="83"/>
        <source>Moving (0)</source>
        <translation>Verschieben (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="86"/>
        <source>Errored (0)</source>
        <translation>Fehlerhaft (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="164"/>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="165"/>
        <source>Downloading (%1)</source>
        <translation>Beim Herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="166"/>
        <source>Seeding (%1)</source>
        <translation>Seeden (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="167"/>
        <source>Completed (%1)</source>
        <translation>Abgeschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="168"/>
        <source>Running (%1)</source>
        <translation>Läuft (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="169"/>
        <source>Stopped (%1)</source>
        <translation>Angehalten (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="219"/>
        <source>Start torrents</source>
        <translation>Torrents starten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="221"/>
        <source>Stop torrents</source>
        <translation>Torrents anhalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="176"/>
        <source>Moving (%1)</source>
        <translation>Verschieben (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="223"/>
        <source>Remove torrents</source>
        <translation>Torrents entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="170"/>
        <source>Active (%1)</source>
        <translation>Aktiv (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="171"/>
        <source>Inactive (%1)</source>
        <translation>Inaktiv (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="172"/>
        <source>Stalled (%1)</source>
        <translation>Verzögert (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="173"/>
        <source>Stalled Uploading (%1)</source>
        <translation>Verzögertes Hochladen (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="174"/>
        <source>Stalled Downloading (%1)</source>
        <translation>Verzögertes Herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="175"/>
        <source>Checking (%1)</source>
        <translation>Überprüfung (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="177"/>
        <source>Errored (%1)</source>
        <translation>Fehlerhaft (%1)</translation>
    </message>
</context>
<context>
    <name>TagFilterModel</name>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="146"/>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="114"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="116"/>
        <source>Untagged</source>
        <translation>Ohne Label</translation>
    </message>
</context>
<context>
    <name>TagFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="107"/>
        <source>Add tag...</source>
        <translation>Label hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="113"/>
        <source>Remove tag</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="117"/>
        <source>Remove unused tags</source>
        <translation>Ungenutzte Label entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="124"/>
        <source>Remove torrents</source>
        <translation>Torrents entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="120"/>
        <source>Start torrents</source>
        <translation>Torrents starten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="122"/>
        <source>Stop torrents</source>
        <translation>Torrents anhalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="167"/>
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="167"/>
        <source>Add tag</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="174"/>
        <source>Invalid tag name</source>
        <translation>Ungültiger Labelname</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="175"/>
        <source>Tag name &apos;%1&apos; is invalid</source>
        <translation>Labelname „%1“ ist ungültig</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="191"/>
        <source>Tag exists</source>
        <translation>Label existiert</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="191"/>
        <source>Tag name already exists.</source>
        <translation>Labelname existiert bereits.</translation>
    </message>
</context>
<context>
    <name>TorrentCategoryDialog</name>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="14"/>
        <source>Torrent Category Properties</source>
        <translation>Eigenschaften der Torrent-Kategorie</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="35"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="64"/>
        <source>Save path for incomplete torrents:</source>
        <translation>Speicherpfad für unvollständige Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="72"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>Einen anderen Pfad für unvollständige Torrents verwenden:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="83"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="88"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="93"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="124"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="146"/>
        <source>Torrent share limits</source>
        <translation>Verhältnisbegrenzungen für Torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="45"/>
        <source>Save path:</source>
        <translation>Speicherpfad:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="46"/>
        <source>Choose save path</source>
        <translation>Speicherpfad wählen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="49"/>
        <source>Choose download path</source>
        <translation>Downloadpfad wählen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="84"/>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="94"/>
        <source>Invalid category name</source>
        <translation>Ungültiger Kategoriename</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="95"/>
        <source>Category name cannot contain &apos;\&apos;.
Category name cannot start/end with &apos;/&apos;.
Category name cannot contain &apos;//&apos; sequence.</source>
        <translation>Der Kategoriename darf kein „\“ enthalten.
Der Kategoriename darf nicht mit „/“ beginnen oder enden.
Der Kategoriename darf die Zeichenkette „//“ nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="102"/>
        <source>Category creation error</source>
        <translation>Fehler bei der Kategorieerstellung</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="103"/>
        <source>Category with the given name already exists.
Please choose a different name and try again.</source>
        <translation>Eine Kategorie mit diesem Namen existiert bereits – bitte einen anderen Namen wählen und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>TorrentContentItemDelegate</name>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="79"/>
        <source>Do not download</source>
        <comment>Do not download (priority)</comment>
        <translation>Nicht herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="80"/>
        <source>Normal</source>
        <comment>Normal (priority)</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="81"/>
        <source>High</source>
        <comment>High (priority)</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="82"/>
        <source>Maximum</source>
        <comment>Maximum (priority)</comment>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="88"/>
        <source>Mixed</source>
        <comment>Mixed (priorities)</comment>
        <translation>Gemischt</translation>
    </message>
</context>
<context>
    <name>TorrentContentModel</name>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Download Priority</source>
        <translation>Download-Priorität</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Total Size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="307"/>
        <source>The name is invalid: &quot;%1&quot;</source>
        <translation>Der Name ist ungültig: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TorrentContentModelItem</name>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="113"/>
        <source>Mixed</source>
        <comment>Mixed (priorities</comment>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="115"/>
        <source>Do not download</source>
        <comment>Do not download (priority)</comment>
        <translation>Nicht herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="117"/>
        <source>High</source>
        <comment>High (priority)</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="119"/>
        <source>Maximum</source>
        <comment>Maximum (priority)</comment>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="121"/>
        <source>Normal</source>
        <comment>Normal (priority)</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="135"/>
        <source>N/A</source>
        <translation>entfällt</translation>
    </message>
</context>
<context>
    <name>TorrentContentWidget</name>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="89"/>
        <source>Rename error</source>
        <translation>Fehler beim Umbenennen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="289"/>
        <source>Renaming</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="289"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="372"/>
        <source>Column visibility</source>
        <translation>Spaltensichtbarkeit</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="395"/>
        <source>Resize columns</source>
        <translation>Spaltenbreite anpassen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="405"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>Alle sichtbaren Spalten in der Breite an deren Inhalte anpassen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="425"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="427"/>
        <source>Open containing folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="429"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="432"/>
        <source>Rename...</source>
        <translation>Umbenennen ...</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="436"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="438"/>
        <location filename="../gui/torrentcontentwidget.cpp" line="459"/>
        <source>Do not download</source>
        <translation>Nicht herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="442"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="446"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="450"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="455"/>
        <source>By shown file order</source>
        <translation>Entsprechend angezeigter Dateisortierung</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="463"/>
        <source>Normal priority</source>
        <translation>Normale Priorität</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="467"/>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="471"/>
        <source>Maximum priority</source>
        <translation>Höchste Priorität</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="476"/>
        <source>Priority by shown file order</source>
        <translation>Priorität nach angezeigter Dateisortierung</translation>
    </message>
</context>
<context>
    <name>TorrentCreatorController</name>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="153"/>
        <source>Too many active tasks</source>
        <translation>Zu viele aktive Aufgaben</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="240"/>
        <source>Torrent creation is still unfinished.</source>
        <translation>Torrent-Erstellung ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="243"/>
        <source>Torrent creation failed.</source>
        <translation>Torrent-Erstellung gescheitert</translation>
    </message>
</context>
<context>
    <name>TorrentCreatorDialog</name>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="17"/>
        <source>Torrent Creator</source>
        <translation>Torrent-Ersteller</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="56"/>
        <source>Select file/folder to share</source>
        <translation>Datei/Ordner zum Tausch wählen:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="64"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="91"/>
        <source>[Drag and drop area]</source>
        <translation>(Drag &amp; Drop-Bereich)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="101"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="179"/>
        <source>Select file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="108"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="171"/>
        <source>Select folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="120"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="141"/>
        <source>Torrent format:</source>
        <translation>Format des Torrents:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="154"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="185"/>
        <source>Piece size:</source>
        <translation>Größe der Teile:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="123"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="202"/>
        <source>Calculate number of pieces:</source>
        <translation>Anzahl Teile berechnen:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="231"/>
        <source>Private torrent (Won&apos;t distribute on DHT network)</source>
        <translation>Privat (wird nicht an das DHT-Netzwerk verteilt)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="238"/>
        <source>Start seeding immediately</source>
        <translation>Seeden sofort beginnen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="248"/>
        <source>Ignore share ratio limits for this torrent</source>
        <translation>Shareverhältnis-Limit für diesen Torrent ignorieren</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="255"/>
        <source>Optimize alignment</source>
        <translation>Ausrichtung optimieren</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="266"/>
        <source>Align to piece boundary for files larger than:</source>
        <translation>An Stückgrenze ausrichten für Dateien, die größer sind als:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="273"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="276"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="313"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="326"/>
        <source>You can separate tracker tiers / groups with an empty line.</source>
        <translation>Die Trackerebenen/-gruppen können mit leeren Zeilen getrennt werden.</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="339"/>
        <source>Web seed URLs:</source>
        <translation>Webseed-URLs:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="319"/>
        <source>Tracker URLs:</source>
        <translation>Tracker-URLs:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="356"/>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="373"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="392"/>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="131"/>
        <source>Create Torrent</source>
        <translation>Torrent erstellen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="235"/>
        <source>Calculating...</source>
        <translation>Berechne ...</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="280"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="336"/>
        <source>Torrent creation failed</source>
        <translation>Torrent-Erstellung gescheitert</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="280"/>
        <source>Reason: Path to file/folder is not readable.</source>
        <translation>Grund: Pfad zu Datei/Ordner ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="286"/>
        <source>Select where to save the new torrent</source>
        <translation>Auswählen, wohin der neue Torrent gespeichert werden soll</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="286"/>
        <source>Torrent Files (*.torrent)</source>
        <translation>Torrent-Dateien (*.torrent)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="291"/>
        <source>Invalid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="291"/>
        <source>The name is invalid: &quot;%1&quot;</source>
        <translation type="unfinished">Der Name ist ungültig: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="375"/>
        <source>Add torrent to transfer list failed.</source>
        <translation>Das Hinzufügen des Torrents zur Übertragungsliste ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="375"/>
        <source>Reason: &quot;%1&quot;</source>
        <translation>Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="376"/>
        <source>Add torrent failed</source>
        <translation>Hinzufügen vom Torrent fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="345"/>
        <source>Torrent creator</source>
        <translation>Torrent-Ersteller</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="346"/>
        <source>Torrent created:</source>
        <translation>Torrent-Erstellung:</translation>
    </message>
</context>
<context>
    <name>TorrentFilesWatcher</name>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="169"/>
        <source>Failed to load Watched Folders configuration. %1</source>
        <translation>Konnte die Überwachungspfad-Konfiguration nicht laden. %1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="177"/>
        <source>Failed to parse Watched Folders configuration from %1. Error: &quot;%2&quot;</source>
        <translation>Konnte die Überwachungspfad-Konfiguration von %1 nicht parsen. Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="184"/>
        <source>Failed to load Watched Folders configuration from %1. Error: &quot;Invalid data format.&quot;</source>
        <translation>Konte die Überwachungspfad-Konfiguration von %1 nicht laden. Fehler: &quot;Ungültiges Datenformat&quot;.</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="257"/>
        <source>Couldn&apos;t store Watched Folders configuration to %1. Error: %2</source>
        <translation>Konnte die Konfiguration des Überwachungspfads nicht nach %1 speichern. Fehler: %2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="276"/>
        <source>Watched folder Path cannot be empty.</source>
        <translation>Überwachungspfad kann nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="279"/>
        <source>Watched folder Path cannot be relative.</source>
        <translation>Der Pfad zum Überwachungsverzeichnis darf nicht relativ sein.</translation>
    </message>
</context>
<context>
    <name>TorrentFilesWatcher::Worker</name>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="412"/>
        <source>Invalid Magnet URI. URI: %1. Reason: %2</source>
        <translation>Ungültige Magnet URI. URI: %1. Grund: %2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="420"/>
        <source>Magnet file too big. File: %1</source>
        <translation>Magnetdatei zu groß. Datei: %1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="425"/>
        <source>Failed to open magnet file: %1</source>
        <translation>Fehler beim Öffnen der Magnet-Datei: %1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="495"/>
        <source>Rejecting failed torrent file: %1</source>
        <translation>Fehlerhafte Torrent-Datei wird zurückgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="534"/>
        <source>Watching folder: &quot;%1&quot;</source>
        <translation>Überwachtes Verzeichnis: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TorrentOptionsDialog</name>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="14"/>
        <source>Torrent Options</source>
        <translation>Torrent-Optionen</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="20"/>
        <source>Automatic mode means that various torrent properties (e.g. save path) will be decided by the associated category</source>
        <translation>Automatischer Modus bedeutet, dass diverse Torrent-Eigenschaften (z.B. der Speicherpfad) durch die gewählte Kategorie vorgegeben werden.</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="23"/>
        <source>Automatic Torrent Management</source>
        <translation>Automatisches Torrent-Management</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="30"/>
        <source>Save at</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="39"/>
        <source>Use another path for incomplete torrent</source>
        <translation>Einen anderen Pfad für unvollständige Torrents verwenden</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="58"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="162"/>
        <source>Torrent Share Limits</source>
        <translation>Verhältnis-Begrenzungen für Torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="122"/>
        <source>Download:</source>
        <translation>Herunterladen:</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="106"/>
        <location filename="../gui/torrentoptionsdialog.ui" line="136"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="86"/>
        <source>Torrent Speed Limits</source>
        <translation>Geschwindigkeitsbegrenzungen für Torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="109"/>
        <location filename="../gui/torrentoptionsdialog.ui" line="139"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="152"/>
        <source>These will not exceed the global limits</source>
        <translation>Damit werden die allgemeinen Begrenzungen nicht überschritten</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="92"/>
        <source>Upload:</source>
        <translation>Hochladen:</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="176"/>
        <source>Disable DHT for this torrent</source>
        <translation>DHT für diesen Torrent deaktivieren</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="183"/>
        <source>Download in sequential order</source>
        <translation>Der Reihe nach downloaden</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="203"/>
        <source>Disable PeX for this torrent</source>
        <translation>PeX für diesen Torrent deaktivieren</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="210"/>
        <source>Download first and last pieces first</source>
        <translation>Erste und letzte Teile zuerst laden</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="217"/>
        <source>Disable LSD for this torrent</source>
        <translation>LSD für diesen Torrent deaktivieren</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="64"/>
        <source>Currently used categories</source>
        <translation>Aktuell verwendete Kategorien</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="74"/>
        <location filename="../gui/torrentoptionsdialog.cpp" line="76"/>
        <source>Choose save path</source>
        <translation>Speicherpfad wählen</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="339"/>
        <source>Not applicable to private torrents</source>
        <translation>Das ist für private Torrents nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>TorrentShareLimitsWidget</name>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="80"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="97"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="470"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="471"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="472"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="476"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="481"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="111"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="116"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="121"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="112"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="117"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="122"/>
        <source>Set to</source>
        <translation>Einstellen auf</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="42"/>
        <source>Seeding time:</source>
        <translation>Seed-Zeit:</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="55"/>
        <location filename="../gui/torrentsharelimitswidget.ui" line="81"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="288"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="303"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="428"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="433"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="452"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="457"/>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="68"/>
        <source>Inactive seeding time:</source>
        <translation>Inaktive Seed-Zeit:</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="98"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="125"/>
        <source>Action when the limit is reached:</source>
        <translation>Aktion, wenn das Limit erreicht ist:</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="68"/>
        <source>Stop torrent</source>
        <translation>Torrent anhalten</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="71"/>
        <source>Remove torrent</source>
        <translation>Torrent entfernen</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="74"/>
        <source>Remove torrent and its content</source>
        <translation>Torrent und seine Inhalte entfernen</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="77"/>
        <source>Enable super seeding for torrent</source>
        <translation>Super-Seeding für Torrent aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="91"/>
        <source>Match any limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="94"/>
        <source>Match all the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="477"/>
        <source>Default (%1)</source>
        <comment>Default (share limit action)</comment>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="482"/>
        <source>Default (%1)</source>
        <comment>Default (share limits mode)</comment>
        <translation type="unfinished">Standard (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="486"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="487"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="488"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="492"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="497"/>
        <source>From category</source>
        <translation>Aus Kategorie</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="493"/>
        <source>From category (%1)</source>
        <comment>From category (share limit action)</comment>
        <translation>Aus Kategorie (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="498"/>
        <source>From category (%1)</source>
        <comment>From category (share limits mode)</comment>
        <translation type="unfinished">Aus Kategorie (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="19"/>
        <source>Ratio:</source>
        <translation>Verhältnis:</translation>
    </message>
</context>
<context>
    <name>TorrentTagsDialog</name>
    <message>
        <location filename="../gui/torrenttagsdialog.ui" line="14"/>
        <source>Torrent Tags</source>
        <translation>Torrent-Label</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="100"/>
        <source>Add tag</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="101"/>
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="107"/>
        <source>Invalid tag name</source>
        <translation>Ungültiger Labelname</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="107"/>
        <source>Tag name &apos;%1&apos; is invalid.</source>
        <translation>Labelname &apos;%1&apos; ist ungültig.</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="111"/>
        <source>Tag exists</source>
        <translation>Label existiert</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="111"/>
        <source>Tag name already exists.</source>
        <translation>Labelname existiert bereits.</translation>
    </message>
</context>
<context>
    <name>TorrentsController</name>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1262"/>
        <source>Error: &apos;%1&apos; is not a valid torrent file.</source>
        <translation>Fehler: &apos;%1&apos; ist keine gültige Torrent-Datei.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="503"/>
        <source>Priority must be an integer</source>
        <translation>Die Priorität muss ganzzahlig sein.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="505"/>
        <source>Priority is not valid</source>
        <translation>Priorität ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1113"/>
        <source>Cannot specify filePriorities when adding multiple torrents</source>
        <translation>Es kann keine Datei-Priorität beim Hinzufügen von mehreren Torrents angegeben werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1115"/>
        <source>Cannot specify filePriorities when uploading torrent files</source>
        <translation>Es kann keine Datei-Priorität beim Uploaden von Torrent-Dateien angegeben werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1129"/>
        <source>`downloader` must be a valid search plugin</source>
        <translation>&apos;Downloader&apos; muss ein gültiges Such-Plugin sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1191"/>
        <source>Length of filePriorities must equal number of files in torrent</source>
        <translation>Die Länge der Dateiprioritäten muss der Anzahl der Dateien im Torrent entsprechen.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1208"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1223"/>
        <source>`filePriorities` may only be specified when metadata has already been fetched</source>
        <translation>&apos;Dateipriortäten&apos; darf nur angegeben werden, wenn die Metadaten bereits abgerufen wurden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1309"/>
        <source>Must specify at least one of [newUrl, tier]</source>
        <translation>Muss mindestens eines von [newUrl, Ebene] angeben</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1317"/>
        <source>tier must be an integer</source>
        <translation>Die Ebene muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1319"/>
        <source>tier must be between 0 and 255</source>
        <translation>Ebene muss zwischen 0 und 255 sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1329"/>
        <source>New tracker URL is invalid</source>
        <translation>Die neue Tracker-URL ist ungültig</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1347"/>
        <source>New tracker URL already exists</source>
        <translation>Die neue Tracker-URL existiert bereits</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1370"/>
        <source>Tracker not found</source>
        <translation>Tracker wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1411"/>
        <source>No valid peers were specified</source>
        <translation>Es wurden keine gültigen Peers angegeben</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1467"/>
        <source>Torrent&apos;s metadata has not yet downloaded</source>
        <translation>Die Metadaten des Torrents sind noch nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1477"/>
        <source>File IDs must be integers</source>
        <translation>Die Datei-ID muss ganzahlig sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1479"/>
        <source>File ID is not valid</source>
        <translation>Die Datei-ID ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1645"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1658"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1671"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1684"/>
        <source>Torrent queueing must be enabled</source>
        <translation>Warteschlange für Torrents muss aktiviert sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1700"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1725"/>
        <source>Save path cannot be empty</source>
        <translation>Speicherpfad kann nicht leer sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1729"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1755"/>
        <source>Cannot create target directory</source>
        <translation>Kann das Zielverzeichnis nicht erstellen</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1885"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1912"/>
        <source>Category cannot be empty</source>
        <translation>Kategorie kann nicht leer sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1901"/>
        <source>Unable to create category</source>
        <translation>Kategorie konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1925"/>
        <source>Category does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to edit category</source>
        <translation type="vanished">Kategorie kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2062"/>
        <source>File name has invalid characters</source>
        <translation>Der Dateiname enthält ungültige Zeichen</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2090"/>
        <source>Folder name has invalid characters</source>
        <translation>Der Verzeichnisname enthält ungültige Zeichen</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2123"/>
        <source>Unable to export torrent file. Error: %1</source>
        <translation>Konnte Torrentdatei nicht exportieren. Fehler: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2177"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="2285"/>
        <source>Must specify URI or hash</source>
        <translation>URI oder Hash muss angegeben werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2181"/>
        <source>downloader must be a valid search plugin</source>
        <translation>Downloader muss ein gültiges Such-Plugin sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2212"/>
        <source>Unable to download metadata for &apos;%1&apos;</source>
        <translation>Die Metadaten zum Torrent &apos;%1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2250"/>
        <source>Unable to parse &apos;%1&apos;</source>
        <translation>Konnte &apos;%1&apos; nicht überprüfen</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2259"/>
        <source>Must specify torrent file(s)</source>
        <translation>Torrent-Datei(en) muss/müssen angegeben werden</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2272"/>
        <source>&apos;%1&apos; is not a valid torrent file.</source>
        <translation>&apos;%1&apos; ist keine gültige Torrent-Datei.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2301"/>
        <source>Metadata is not yet available</source>
        <translation>Metadaten sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2305"/>
        <source>Unable to export torrent metadata. Error: %1</source>
        <translation>Konnte Torrent-Metadaten nicht exportieren. Fehler: %1</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2329"/>
        <source>Parse magnet URI failed. URI: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>Analyse der Magnet URI fehlgeschlagen. URI: &quot;%1&quot;. Fehler: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2375"/>
        <source>Reading downloaded torrent data failed. Data: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>Lesen der heruntergeladenen Torrentdaten fehlgeschlagen. Daten: &quot;%1&quot;. Fehler: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2391"/>
        <source>Parse torrent failed. URL: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>Analyse des Torrent fehlgeschlagen. URL: &quot;%1&quot;. Fehler: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1704"/>
        <source>Cannot make save path</source>
        <translation>Kann Speicherpfad nicht erstellen</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="390"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>&quot;%1&quot; ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="393"/>
        <source>URL scheme must be one of [%1]</source>
        <translation>Das URL-Schema muss eines von [%1] sein</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="646"/>
        <source>&apos;sort&apos; parameter is invalid</source>
        <translation>Ungültiger &apos;sortieren&apos;-Parameter</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="916"/>
        <source>&quot;%1&quot; is not an existing URL</source>
        <translation>&quot;%1&quot; ist keine existierende URL</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="984"/>
        <source>&quot;%1&quot; is not a valid file index.</source>
        <translation>&apos;%1&apos; ist kein gültiger Dateiindex.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="986"/>
        <source>Index %1 is out of bounds.</source>
        <translation>Index %1 ist ausserhalb der Grenzen.</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1733"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1759"/>
        <source>Cannot write to directory</source>
        <translation>Kann nicht in Verzeichnis schreiben</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1708"/>
        <source>WebUI Set location: moving &quot;%1&quot;, from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Webinterface-Speicherort festlegen: &quot;%1&quot; wird von &quot;%2&quot; nach &quot;%3&quot; verschoben</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1779"/>
        <source>Incorrect torrent name</source>
        <translation>Ungültiger Torrent-Name</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1873"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1888"/>
        <source>Incorrect category name</source>
        <translation>Ungültiger Kategoriename</translation>
    </message>
</context>
<context>
    <name>TrackerEntriesDialog</name>
    <message>
        <location filename="../gui/trackerentriesdialog.ui" line="14"/>
        <source>Edit trackers</source>
        <translation>Tracker bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/trackerentriesdialog.ui" line="20"/>
        <source>One tracker URL per line.

- You can split the trackers into groups by inserting blank lines.
- All trackers within the same group will belong to the same tier.
- The group on top will be tier 0, the next group tier 1 and so on.
- Below will show the common subset of trackers of the selected torrents.</source>
        <translation>Eine Tracker-URL pro Zeile.

- Die Tracker können durch Einfügen von Leerzeilen in Gruppen geteilt werden.
- Alle Tracker innerhalb einer Gruppe gehören der gleichen Ebene an.
- Die oberste Gruppe ist die Gruppe 0, die nächste die Gruppe 1 usw.
- Im Folgenden wird die allgemeine Teilmenge der Tracker der gewählten Torrents angezeigt.</translation>
    </message>
</context>
<context>
    <name>TrackerListModel</name>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="66"/>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="67"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="68"/>
        <source>Disabled for this torrent</source>
        <translation>Für diesen Torrent deaktiviert</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="69"/>
        <source>This torrent is private</source>
        <translation>Dieser Torrent ist privat</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="73"/>
        <source>N/A</source>
        <translation>N/V</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="228"/>
        <source>Updating...</source>
        <translation>Wird aktualisiert ...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="235"/>
        <source>Not working</source>
        <translation>Arbeitet nicht</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="237"/>
        <source>Tracker error</source>
        <translation>Tracker-Fehler</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="239"/>
        <source>Unreachable</source>
        <translation>Unerreichbar</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="241"/>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="244"/>
        <source>Invalid state!</source>
        <translation>Ungültiger Status!</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="501"/>
        <source>URL/Announce Endpoint</source>
        <translation>URL/Ankündigungsendpunkt</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="505"/>
        <source>BT Protocol</source>
        <translation>BT Protokoll</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="519"/>
        <source>Next Announce</source>
        <translation>Nächste Anmeldung</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="521"/>
        <source>Min Announce</source>
        <translation>Min. Anmeldung</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="503"/>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="507"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="509"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="511"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="513"/>
        <source>Leeches</source>
        <translation>Leecher</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="515"/>
        <source>Times Downloaded</source>
        <translation>Anzahl Heruntergeladen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="517"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>TrackerListWidget</name>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="238"/>
        <source>This torrent is private</source>
        <translation>Dieser Torrent ist privat</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="274"/>
        <source>Tracker editing</source>
        <translation>Tracker bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="274"/>
        <source>Tracker URL:</source>
        <translation>Tracker-URL:</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="281"/>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="299"/>
        <source>Tracker editing failed</source>
        <translation>Trackerbearbeitung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="281"/>
        <source>The tracker URL entered is invalid.</source>
        <translation>Die eingegebene Tracker-URL ist ungültig.</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="299"/>
        <source>The tracker URL already exists.</source>
        <translation>Die Tracker-URL existiert bereits.</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="370"/>
        <source>Edit tracker URL...</source>
        <translation>Tracker-URL bearbreiten</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="372"/>
        <source>Remove tracker</source>
        <translation>Tracker entfernen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="374"/>
        <source>Copy tracker URL</source>
        <translation>Tracker-URL kopieren</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="378"/>
        <source>Force reannounce to selected trackers</source>
        <translation>Erneute Anmeldung bei den gewählten Trackern erzwingen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="386"/>
        <source>Force reannounce to all trackers</source>
        <translation>Erneute Anmeldung bei allen Trackern erzwingen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="451"/>
        <source>Resize columns</source>
        <translation>Spaltenbreite anpassen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="460"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>Alle sichtbaren Spalten in der Breite an deren Inhalte anpassen</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="365"/>
        <source>Add trackers...</source>
        <translation>Tracker hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="428"/>
        <source>Column visibility</source>
        <translation>Spaltensichtbarkeit</translation>
    </message>
</context>
<context>
    <name>TrackerStatusFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="60"/>
        <source>All (%1)</source>
        <comment>this is for the tracker filter</comment>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="62"/>
        <source>Warning (%1)</source>
        <translation>Warnung (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="64"/>
        <source>Tracker error (%1)</source>
        <translation>Tracker-Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="66"/>
        <source>Other error (%1)</source>
        <translation>Anderer Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="146"/>
        <source>Start torrents</source>
        <translation>Torrents starten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="148"/>
        <source>Stop torrents</source>
        <translation>Torrents anhalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="150"/>
        <source>Remove torrents</source>
        <translation>Torrents entfernen</translation>
    </message>
</context>
<context>
    <name>TrackersAdditionDialog</name>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="14"/>
        <source>Add trackers</source>
        <translation>Tracker hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="20"/>
        <source>List of trackers to add (one per line):</source>
        <translation>Liste der hinzuzufügenden Tracker (einer pro Zeile):</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="40"/>
        <source>µTorrent compatible list URL:</source>
        <translation>µTorrent kompatible Listen-URL:</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="52"/>
        <source>Download trackers list</source>
        <translation>Tracker-Liste herunterladen</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="58"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="94"/>
        <source>Trackers list URL error</source>
        <translation>Fehler bei der URL der Tracker-Liste</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="94"/>
        <source>The trackers list URL cannot be empty</source>
        <translation>Die URL der Tracker-Liste darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="114"/>
        <source>Download trackers list error</source>
        <translation>Fehler beim Herunterladen der Tracker-Liste</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="115"/>
        <source>Error occurred when downloading the trackers list. Reason: &quot;%1&quot;</source>
        <translation>Fehler beim Herunterladen der Tracker-Liste. Grund: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TrackersFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="124"/>
        <source>Warning (%1)</source>
        <translation>Warnung (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="118"/>
        <source>Trackerless (%1)</source>
        <translation>Ohne Tracker (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="120"/>
        <source>Tracker error (%1)</source>
        <translation>Tracker-Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="122"/>
        <source>Other error (%1)</source>
        <translation>Anderer Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="546"/>
        <source>Remove tracker</source>
        <translation>Tracker entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="551"/>
        <source>Start torrents</source>
        <translation>Torrents starten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="553"/>
        <source>Stop torrents</source>
        <translation>Torrents anhalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="555"/>
        <source>Remove torrents</source>
        <translation>Torrents entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="683"/>
        <source>Removal confirmation</source>
        <translation>Entfernungsbestätigung</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="684"/>
        <source>Are you sure you want to remove tracker &quot;%1&quot; from all torrents?</source>
        <translation>Soll der Tracker &quot;%1&quot; wirklich von allen Torrents entfernt werden?</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="686"/>
        <source>Don&apos;t ask me again.</source>
        <translation>Nicht erneut nachfragen.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="116"/>
        <source>All (%1)</source>
        <comment>this is for the tracker filter</comment>
        <translation>Alle (%1)</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../webui/api/transfercontroller.cpp" line="141"/>
        <source>&apos;mode&apos;: invalid argument</source>
        <translation>„Modus“: ungültiges Argument</translation>
    </message>
</context>
<context>
    <name>TransferListFiltersWidget</name>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="85"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="106"/>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="121"/>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="139"/>
        <source>Tracker status</source>
        <translation>Trackerstatus</translation>
    </message>
</context>
<context>
    <name>TransferListModel</name>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="96"/>
        <source>Downloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="97"/>
        <source>Stalled</source>
        <comment>Torrent is waiting for download to begin</comment>
        <translation>Verzögert</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="98"/>
        <source>Downloading metadata</source>
        <comment>Used when loading a magnet link</comment>
        <translation>Metadaten werden geladen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="99"/>
        <source>[F] Downloading metadata</source>
        <comment>Used when forced to load a magnet link. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] Metadaten werden geladen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="100"/>
        <source>[F] Downloading</source>
        <comment>Used when the torrent is forced started. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] Lädt herunter</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="101"/>
        <location filename="../gui/transferlistmodel.cpp" line="102"/>
        <source>Seeding</source>
        <comment>Torrent is complete and in upload-only mode</comment>
        <translation>Seeden</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="103"/>
        <source>[F] Seeding</source>
        <comment>Used when the torrent is forced started. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] Seeden</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="104"/>
        <location filename="../gui/transferlistmodel.cpp" line="105"/>
        <source>Queued</source>
        <comment>Torrent is queued</comment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="106"/>
        <location filename="../gui/transferlistmodel.cpp" line="107"/>
        <source>Checking</source>
        <comment>Torrent local data is being checked</comment>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="108"/>
        <source>Checking resume data</source>
        <comment>Used when loading the torrents from disk after qbt is launched. It checks the correctness of the .fastresume file. Normally it is completed in a fraction of a second, unless loading many many torrents.</comment>
        <translation>Fortsetzungsdaten überprüfen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="110"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="111"/>
        <source>Moving</source>
        <comment>Torrent local data are being moved/relocated</comment>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="112"/>
        <source>Missing Files</source>
        <translation>Fehlende Dateien</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="113"/>
        <source>Errored</source>
        <comment>Torrent status, the torrent has an error</comment>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="162"/>
        <source>Name</source>
        <comment>i.e: torrent name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="163"/>
        <source>Size</source>
        <comment>i.e: torrent size</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="164"/>
        <source>Progress</source>
        <comment>% Done</comment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="109"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="165"/>
        <source>Status</source>
        <comment>Torrent status (e.g. downloading, seeding, stopped)</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="166"/>
        <source>Seeds</source>
        <comment>i.e. full sources (often untranslated)</comment>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="167"/>
        <source>Peers</source>
        <comment>i.e. partial sources (often untranslated)</comment>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="168"/>
        <source>Down Speed</source>
        <comment>i.e: Download speed</comment>
        <translation>DL-Geschw.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="169"/>
        <source>Up Speed</source>
        <comment>i.e: Upload speed</comment>
        <translation>UL-Geschw.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="170"/>
        <source>Ratio</source>
        <comment>Share ratio</comment>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="171"/>
        <source>Popularity</source>
        <translation>Popularität</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="172"/>
        <source>ETA</source>
        <comment>i.e: Estimated Time of Arrival / Time left</comment>
        <translation>Fertig in</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="173"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="174"/>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="175"/>
        <source>Created On</source>
        <comment>Torrent was initially created on 01/01/2010 08:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="176"/>
        <source>Added On</source>
        <comment>Torrent was added to transfer list on 01/01/2010 08:00</comment>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="177"/>
        <source>Completed On</source>
        <comment>Torrent was completed on 01/01/2010 08:00</comment>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="178"/>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="179"/>
        <source>Down Limit</source>
        <comment>i.e: Download limit</comment>
        <translation>DL-Begrenzung</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="180"/>
        <source>Up Limit</source>
        <comment>i.e: Upload limit</comment>
        <translation>UL-Begrenzung</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="181"/>
        <source>Downloaded</source>
        <comment>Amount of data downloaded (e.g. in MB)</comment>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="182"/>
        <source>Uploaded</source>
        <comment>Amount of data uploaded (e.g. in MB)</comment>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Session Download</source>
        <comment>Amount of data downloaded since program open (e.g. in MB)</comment>
        <translation type="vanished">DL in dieser Sitzung</translation>
    </message>
    <message>
        <source>Session Upload</source>
        <comment>Amount of data uploaded since program open (e.g. in MB)</comment>
        <translation type="vanished">UL in dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="185"/>
        <source>Remaining</source>
        <comment>Amount of data left to download (e.g. in MB)</comment>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="186"/>
        <source>Time Active</source>
        <comment>Time (duration) the torrent is active (not stopped)</comment>
        <translation>Aktiv seit</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="368"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="368"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="187"/>
        <source>Save Path</source>
        <comment>Torrent save path</comment>
        <translation>Speicherpfad</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="183"/>
        <source>Session Downloaded</source>
        <comment>Amount of data downloaded since program open (e.g. in MB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="184"/>
        <source>Session Uploaded</source>
        <comment>Amount of data uploaded since program open (e.g. in MB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="188"/>
        <source>Incomplete Save Path</source>
        <comment>Torrent incomplete save path</comment>
        <translation>Unvollständiger Speicherpfad</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="189"/>
        <source>Completed</source>
        <comment>Amount of data completed (e.g. in MB)</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="190"/>
        <source>Ratio Limit</source>
        <comment>Upload share ratio limit</comment>
        <translation>Verhältnisgrenze</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="191"/>
        <source>Last Seen Complete</source>
        <comment>Indicates the time when the torrent was last seen complete/whole</comment>
        <translation>Letzter Seeder (100&#xa0;%) gesehen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="192"/>
        <source>Last Activity</source>
        <comment>Time passed since a chunk was downloaded/uploaded</comment>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="193"/>
        <source>Total Size</source>
        <comment>i.e. Size including unwanted data</comment>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="194"/>
        <source>Availability</source>
        <comment>The number of distributed copies of the torrent</comment>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="195"/>
        <source>Info Hash v1</source>
        <comment>i.e: torrent info hash v1</comment>
        <translation>Info-Hash v1</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="196"/>
        <source>Info Hash v2</source>
        <comment>i.e: torrent info hash v2</comment>
        <translation>Info-Hash v2</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="197"/>
        <source>Reannounce In</source>
        <comment>Indicates the time until next trackers reannounce</comment>
        <translation>Erneute Anmeldung in</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="198"/>
        <source>Private</source>
        <comment>Flags private torrents</comment>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="206"/>
        <source>Ratio / Time Active (in months), indicates how popular the torrent is</source>
        <translation>Rate / aktive Zeit (in Monaten) - zeigt, wie populär der Torrent ist</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="260"/>
        <location filename="../gui/transferlistmodel.cpp" line="353"/>
        <location filename="../gui/transferlistmodel.cpp" line="369"/>
        <source>N/A</source>
        <translation>N/V</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="317"/>
        <source>%1 ago</source>
        <comment>e.g.: 1h 20m ago</comment>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="330"/>
        <source>%1 (seeded for %2)</source>
        <comment>e.g. 4m39s (seeded for 3m10s)</comment>
        <translation>%1 (geseedet seit %2)</translation>
    </message>
</context>
<context>
    <name>TransferListWidget</name>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="689"/>
        <source>Column visibility</source>
        <translation>Sichtbarkeit der Spalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="655"/>
        <source>Recheck confirmation</source>
        <translation>Bestätigung erneut prüfen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="655"/>
        <source>Are you sure you want to recheck the selected torrent(s)?</source>
        <translation>Sollen die gewählten Torrents wirklich nochmals überprüft werden?</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="937"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="937"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="348"/>
        <source>Choose save path</source>
        <translation>Speicherpfad wählen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="635"/>
        <source>Unable to preview</source>
        <translation>Vorschau nicht möglich</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="635"/>
        <source>The selected torrent &quot;%1&quot; does not contain previewable files</source>
        <translation>Der gewählte Torrent &apos;%1&apos; enthält keine Dateien mit Vorschau.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="718"/>
        <source>Resize columns</source>
        <translation>Spaltenbreite anpassen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="727"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>Alle sichtbaren Spalten in der Breite an deren Inhalte anpassen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="757"/>
        <source>Enable automatic torrent management</source>
        <translation>Automatisches Torrent-Management aktivieren</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="758"/>
        <source>Are you sure you want to enable Automatic Torrent Management for the selected torrent(s)? They may be relocated.</source>
        <translation>Soll wirklich das automatische Torrent-Managment für die gewählten Torrents aktiviert werden? Diese könnten verschoben werden.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="822"/>
        <source>Choose folder to save exported .torrent files</source>
        <translation>Ordner zum Speichern exportierter .torrent-Dateien auswählen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="836"/>
        <source>Export .torrent file failed. Torrent: &quot;%1&quot;. Save path: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>Exportieren der .torrent-Datei fehlgeschlagen. Torrent: &quot;%1&quot;. Speicherpfad: &quot;%2&quot;. Grund: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="861"/>
        <source>Export .torrent file error</source>
        <translation>Exportieren der .torrent-Datei fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="872"/>
        <source>Remove All Tags</source>
        <translation>Alle Label entfernen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="872"/>
        <source>Remove all tags from selected torrents?</source>
        <translation>Wirklich alle Labels von den ausgewählten Torrents entfernen?</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="887"/>
        <source>Comma-separated tags:</source>
        <translation>Labels, mit Komma getrennt:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="898"/>
        <source>Invalid tag</source>
        <translation>Ungültiger Labelname</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="898"/>
        <source>Tag name: &apos;%1&apos; is invalid</source>
        <translation>Labelname &apos;%1&apos; ist ungültig</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="986"/>
        <source>Pre&amp;view file...</source>
        <translation>Datei&amp;vorschau ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="988"/>
        <source>Torrent &amp;options...</source>
        <translation>Torrent-&amp;Optionen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="990"/>
        <source>Open destination &amp;folder</source>
        <translation>Zielverzeichnis ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="992"/>
        <source>Move &amp;up</source>
        <comment>i.e. move up in the queue</comment>
        <translation>Hina&amp;uf bewegen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="994"/>
        <source>Move &amp;down</source>
        <comment>i.e. Move down in the queue</comment>
        <translation>Nach un&amp;ten bewegen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="996"/>
        <source>Move to &amp;top</source>
        <comment>i.e. Move to top of the queue</comment>
        <translation>An den Anfan&amp;g</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="998"/>
        <source>Move to &amp;bottom</source>
        <comment>i.e. Move to bottom of the queue</comment>
        <translation>An das &amp;Ende</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1000"/>
        <source>Set loc&amp;ation...</source>
        <translation>Speicher&amp;ort setzen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1002"/>
        <source>Force rec&amp;heck</source>
        <translation>Neuerlic&amp;he Überprüfung erzwingen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1004"/>
        <source>Force r&amp;eannounce</source>
        <translation>&amp;Erneute Anmeldung erzwingen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1006"/>
        <source>&amp;Magnet link</source>
        <translation>&amp;Magnet-Link</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1008"/>
        <source>Torrent &amp;ID</source>
        <translation>Torrent-&amp;ID</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1010"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1012"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1014"/>
        <source>Info &amp;hash v1</source>
        <translation>Info-&amp;Hash v1</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1016"/>
        <source>Info h&amp;ash v2</source>
        <translation>Info-H&amp;ash v2</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1018"/>
        <source>Content &amp;Path</source>
        <translation>Inhalt &amp; Pfad</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1022"/>
        <source>Re&amp;name...</source>
        <translation>Umbe&amp;nennen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1031"/>
        <source>Edit trac&amp;kers...</source>
        <translation>Trac&amp;ker bearbeiten ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1033"/>
        <source>E&amp;xport .torrent...</source>
        <translation>.torrent e&amp;xportieren ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1177"/>
        <source>Categor&amp;y</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1179"/>
        <source>&amp;New...</source>
        <comment>New category...</comment>
        <translation>&amp;Neu ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1181"/>
        <source>&amp;Reset</source>
        <comment>Reset category</comment>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1199"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1201"/>
        <source>&amp;Add...</source>
        <comment>Add / assign multiple tags...</comment>
        <translation>&amp;Hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1203"/>
        <source>&amp;Remove All</source>
        <comment>Remove all tags</comment>
        <translation>Alle entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1279"/>
        <source>Can not force reannounce if torrent is Stopped/Queued/Errored/Checking</source>
        <translation>Erzwungene erneute Anmeldung ist nicht möglich, wenn der Torrent gestoppet/in der Warteschlange/fehlerhaft/beim Überprüfen ist</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1286"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1293"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1304"/>
        <source>Exported torrent is not necessarily the same as the imported</source>
        <translation>Der exportierte Torrent ist nicht unbedingt derselbe wie der importierte</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1024"/>
        <source>Download in sequential order</source>
        <translation>Der Reihe nach downloaden</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="776"/>
        <source>Add tags</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="862"/>
        <source>Errors occurred when exporting .torrent files. Check execution log for details.</source>
        <translation>Fehler sind beim Exportieren der .torrent-Dateien aufgetreten. Bitte Ausführungs-Log für Details überprüfen.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="978"/>
        <source>&amp;Start</source>
        <comment>Resume/start the torrent</comment>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="980"/>
        <source>Sto&amp;p</source>
        <comment>Stop the torrent</comment>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="982"/>
        <source>Force Star&amp;t</source>
        <comment>Force Resume/start the torrent</comment>
        <translation>Erzwinge Star&amp;t</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="984"/>
        <source>&amp;Remove</source>
        <comment>Remove the torrent</comment>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1026"/>
        <source>Download first and last pieces first</source>
        <translation>Erste und letzte Teile zuerst laden</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1028"/>
        <source>Automatic Torrent Management</source>
        <translation>Automatisches Torrent-Management</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1029"/>
        <source>Automatic mode means that various torrent properties (e.g. save path) will be decided by the associated category</source>
        <translation>Automatischer Modus bedeutet, dass diverse Torrent-Eigenschaften (z.B. der Speicherpfad) durch die gewählte Kategorie vorgegeben werden.</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1020"/>
        <source>Super seeding mode</source>
        <translation>Super-Seeding-Modus</translation>
    </message>
</context>
<context>
    <name>UIThemeDialog</name>
    <message>
        <location filename="../gui/uithemedialog.ui" line="14"/>
        <source>UI Theme Configuration</source>
        <translation>Konfiguration UI-Thema</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="33"/>
        <source>Colors</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="78"/>
        <source>Note that some custom colors may not be applied in some desktop environments.</source>
        <translation>Beachte dass einige benutzerdefinierte Farben in manchen Desktop-Umgebungen möglicherweise nicht angewendet werden können.</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="100"/>
        <source>Color ID</source>
        <translation>Farb-ID</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="112"/>
        <location filename="../gui/uithemedialog.ui" line="215"/>
        <source>Light Mode</source>
        <translation>Heller Modus</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="124"/>
        <location filename="../gui/uithemedialog.ui" line="227"/>
        <source>Dark Mode</source>
        <translation>Dunkler Modus</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="151"/>
        <source>Icons</source>
        <translation>Icons</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="203"/>
        <source>Icon ID</source>
        <translation>Icon-ID</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="265"/>
        <source>UI Theme Configuration.</source>
        <translation>Konfiguration UI-Thema.</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="266"/>
        <source>The UI Theme changes could not be fully applied. The details can be found in the Log.</source>
        <translation>Die Änderungen am UI-Thema konnten nicht vollständig übernommen werden. Details dazu stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="353"/>
        <source>Couldn&apos;t save UI Theme configuration. Reason: %1</source>
        <translation>Die Konfigurationsdatei des UI-Themas konnte nicht gespeichert werden. Grund: %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="384"/>
        <location filename="../gui/uithemedialog.cpp" line="393"/>
        <source>Couldn&apos;t remove icon file. File: %1.</source>
        <translation>Konnte Icon-Datei nicht entfernen. Datei: %1.</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="402"/>
        <source>Couldn&apos;t copy icon file. Source: %1. Destination: %2.</source>
        <translation>Konnte Icon-Datei nicht kopieren. Quelle: %1. Ziel: %2.</translation>
    </message>
</context>
<context>
    <name>UIThemeManager</name>
    <message>
        <location filename="../gui/uithememanager.cpp" line="92"/>
        <source>Set app style failed. Unknown style: &quot;%1&quot;</source>
        <translation>Einstellen des Stils fehlgeschlagen. Unbekannter Stil: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/uithememanager.cpp" line="110"/>
        <source>Failed to load UI theme from file: &quot;%1&quot;</source>
        <translation>Fehler beim Laden des Anzeigethemas von Datei: %1</translation>
    </message>
</context>
<context>
    <name>UIThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="55"/>
        <source>Couldn&apos;t parse UI Theme configuration file. Reason: %1</source>
        <translation>Die Konfigurationsdatei des UI-Themas konnte nicht analysiert werden. Grund: %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="62"/>
        <source>UI Theme configuration file has invalid format. Reason: %1</source>
        <translation>Die Konfigurationsdatei des UI-Themas hat ein ungültiges Format. Grund: %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="63"/>
        <source>Root JSON value is not an object</source>
        <translation>Der Ursprungs-JSON-Wert ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="78"/>
        <source>Invalid color for ID &quot;%1&quot; is provided by theme</source>
        <translation>Vom Thema wird die ungültige Farbe für ID &quot;%1&quot; bereitgestellt</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../app/upgrade.cpp" line="61"/>
        <source>Migrate preferences failed: WebUI https, file: &quot;%1&quot;, error: &quot;%2&quot;</source>
        <translation>Migrieren der Einstellungen fehlgeschlagen: Webinterface-HTTPS, Datei: &quot;%1&quot;, Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/upgrade.cpp" line="76"/>
        <source>Migrated preferences: WebUI https, exported data to file: &quot;%1&quot;</source>
        <translation>Migrieren der Einstellungen: Webinterface-HTTPS, Daten in Datei exportiert: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/upgrade.cpp" line="168"/>
        <location filename="../app/upgrade.cpp" line="199"/>
        <location filename="../app/upgrade.cpp" line="230"/>
        <location filename="../app/upgrade.cpp" line="396"/>
        <location filename="../app/upgrade.cpp" line="494"/>
        <source>Invalid value found in configuration file, reverting it to default. Key: &quot;%1&quot;. Invalid value: &quot;%2&quot;.</source>
        <translation>Ungültiger Wert in der Konfiguration - es wird stattdessen der Standard-Wert verwendet. Eintrag: &quot;%1&quot;. Falscher Wert: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Utils::ForeignApps</name>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="93"/>
        <source>Found Python executable. Name: &quot;%1&quot;. Version: &quot;%2&quot;</source>
        <translation>Ausführungdatei für Python gefunden. Name: &quot;%1&quot;. Version: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="198"/>
        <source>Python failed to meet minimum version requirement. Path: &quot;%1&quot;. Found version: &quot;%2&quot;. Minimum supported version: &quot;%3&quot;.</source>
        <translation>Python erfüllt die minimalen Versionsanforderungen nicht. Pfad: „%1“. Gefundene Version: „%2“. Mindestversion: „%3“.</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="213"/>
        <source>Failed to find Python executable. Path: &quot;%1&quot;.</source>
        <translation>Ausführungdatei für Python nicht gefunden. Pfad: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="237"/>
        <source>Failed to find `%1` executable in PATH environment variable. PATH: &quot;%2&quot;</source>
        <translation>Konnte Ausführungdatei &apos;%1&apos; in der Pfad-Umgebungsvariable nicht finden. PATH: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="256"/>
        <source>Failed to find Python executable</source>
        <translation>Konnte Ausführungdatei für Python nicht finden.</translation>
    </message>
</context>
<context>
    <name>Utils::IO</name>
    <message>
        <location filename="../base/utils/io.cpp" line="83"/>
        <source>File open error. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Fehler beim Datei öffnen. Datel: &quot;%1&quot;. Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="91"/>
        <source>File size exceeds limit. File: &quot;%1&quot;. File size: %2. Size limit: %3</source>
        <translation>Die Dateigröße überschreitet das Limit. Datei: &quot;%1&quot;. Dateigröße: %2. Größenlimit: %3</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="97"/>
        <source>File size exceeds data size limit. File: &quot;%1&quot;. File size: %2. Array limit: %3</source>
        <translation>Die Dateigröße überschreitet die Grenze für die Datengröße. Datei: &quot;%1&quot;. Dateigröße: %2. Bereichsgrenze: %3</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="107"/>
        <source>File read error. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Datei-Lesefehler. Datei: &quot;%1&quot;. Fehler: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="122"/>
        <source>Read size mismatch. File: &quot;%1&quot;. Expected: %2. Actual: %3</source>
        <translation>Größenunterschied beim Lesen. Datei: &quot;%1&quot;. Erwartet: %2. Aktuell: %3</translation>
    </message>
</context>
<context>
    <name>WatchedFolderOptionsDialog</name>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="14"/>
        <source>Watched Folder Options</source>
        <translation>Optionen für Überwachtes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="22"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Will watch the folder and all its subfolders. In Manual torrent management mode it will also add subfolder name to the selected Save path.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Überwacht den Ordner und alle Unterordner. Im „Manuellen Torrent Management Modus“ wird auch der Name das Unterordners zum gewählten Speicherpfad hinzugefügt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="25"/>
        <source>Recursive mode</source>
        <translation>Rekursiver Modus</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="47"/>
        <source>Torrent parameters</source>
        <translation>Torrent-Parameter</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersModel</name>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="76"/>
        <source>Watched Folder</source>
        <translation>Überwachtes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="105"/>
        <source>Watched folder path cannot be empty.</source>
        <translation>Überwachungspfad kann nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="108"/>
        <source>Watched folder path cannot be relative.</source>
        <translation>Der Pfad zum Überwachungsverzeichnis darf nicht relativ sein.</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="111"/>
        <source>Folder &apos;%1&apos; is already in watch list.</source>
        <translation>Verzeichnis &apos;%1&apos; ist bereits auf der Überwachungsliste.</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="115"/>
        <source>Folder &apos;%1&apos; doesn&apos;t exist.</source>
        <translation>Verzeichnis &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="117"/>
        <source>Folder &apos;%1&apos; isn&apos;t readable.</source>
        <translation>Verzeichnis &apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>WebApplication</name>
    <message>
        <location filename="../webui/webapplication.cpp" line="224"/>
        <source>Unacceptable file type, only regular file is allowed.</source>
        <translation>Dateityp wird nicht akzeptiert - es sind nur gültige Dateitypen erlaubt.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="242"/>
        <source>Symlinks inside alternative UI folder are forbidden.</source>
        <translation>Symbolische Verknüpfungen (Symlinks) innerhalb von Verzeichnissen für alternative UI sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="450"/>
        <source>Using built-in WebUI.</source>
        <translation>Verwende eingebautes Webinterface.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="452"/>
        <source>Using custom WebUI. Location: &quot;%1&quot;.</source>
        <translation>Verwende benutzerdefiniertes Webinterface. Ort: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="464"/>
        <source>WebUI translation for selected locale (%1) has been successfully loaded.</source>
        <translation>Die Übersetzung des Webinterface für die gewählte Region (%1) wurde erfolgreich geladen.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="469"/>
        <source>Couldn&apos;t load WebUI translation for selected locale (%1).</source>
        <translation>Konnte die Übersetzung des Webinterface für die gewählte Region nicht laden (%1).</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="529"/>
        <source>Missing &apos;:&apos; separator in WebUI custom HTTP header: &quot;%1&quot;</source>
        <translation>Fehlendes &apos;:&apos; Trennzeichen in benutzerdefiniertem Webinterface HTTP-Header: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="598"/>
        <source>Web server error. %1</source>
        <translation>Fehler beim Web-Server. %1</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="618"/>
        <source>Web server error. Unknown error.</source>
        <translation>Fehler beim Web-Server. Unbekannter Fehler.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="932"/>
        <source>WebUI: Origin header &amp; Target origin mismatch! Source IP: &apos;%1&apos;. Origin header: &apos;%2&apos;. Target origin: &apos;%3&apos;</source>
        <translation>Webinterface: Ursprungs-Header &amp; -Ziel stimmen nicht überein! Quell-IP: &apos;%1&apos;. Ursprungs-Header: &apos;%2&apos;. Ziel-Ursprung: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="944"/>
        <source>WebUI: Referer header &amp; Target origin mismatch! Source IP: &apos;%1&apos;. Referer header: &apos;%2&apos;. Target origin: &apos;%3&apos;</source>
        <translation>Webinterface: Referenz-Header &amp; -Ziel stimmen nicht überein! Quell-IP: &apos;%1&apos;. Referenz-Header: &apos;%2&apos;. Ziel-Ursprung: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="963"/>
        <source>WebUI: Invalid Host header, port mismatch. Request source IP: &apos;%1&apos;. Server port: &apos;%2&apos;. Received Host header: &apos;%3&apos;</source>
        <translation>Webinterface: Ungültiger Host-Header, Ports stimmen nicht überein. Angefragte Quell-IP: &apos;%1&apos;. Server-Port: &apos;%2&apos;. Empfangener Host-Header: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="984"/>
        <source>WebUI: Invalid Host header. Request source IP: &apos;%1&apos;. Received Host header: &apos;%2&apos;</source>
        <translation>Webinterface: Ungültiger Host-Header. Angefragte Quell-IP: &apos;%1&apos;. Empfangener Host-Header: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1030"/>
        <source>WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2</source>
        <translation type="unfinished">WebAPI fehlerhafter Login. Grund: IP wurde gebannt, IP: %1, Benutzername: %2</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1033"/>
        <source>Your IP address has been banned after too many failed authentication attempts.</source>
        <translation type="unfinished">Ihre IP-Adresse wurde nach zu vielen fehlerhaften Authentisierungversuchen gebannt.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1042"/>
        <source>WebAPI login success. IP: %1</source>
        <translation type="unfinished">WebAPI erfolgreicher Login. IP: %1</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1050"/>
        <source>WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3</source>
        <translation type="unfinished">WebAPI fehlerhafter Login. Grund: ungültige Anmeldeinformationen, Zugriffsversuche: %1, IP: %2, Benutzername: %3</translation>
    </message>
</context>
<context>
    <name>WebUI</name>
    <message>
        <location filename="../webui/webui.cpp" line="69"/>
        <source>Credentials are not set</source>
        <translation>Anmeldeinformationen sind nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="120"/>
        <source>WebUI: HTTPS setup successful</source>
        <translation>Webinterface: HTTPS-Setup erfolgreich</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="122"/>
        <source>WebUI: HTTPS setup failed, fallback to HTTP</source>
        <translation>Webinterface: HTTPS-Setup fehlgeschlagen - HTTP wird verwendet</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="134"/>
        <source>WebUI: Now listening on IP: %1, port: %2</source>
        <translation>Das Webinterface lauscht auf IP: %1, Port %2</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="138"/>
        <source>Unable to bind to IP: %1, port: %2. Reason: %3</source>
        <translation>Webinterface kann nicht gebunden werden an IP: %1, Port %2. Grund: %3</translation>
    </message>
</context>
<context>
    <name>fs</name>
    <message>
        <location filename="../base/utils/fs.cpp" line="447"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>misc</name>
    <message>
        <location filename="../base/utils/misc.cpp" line="59"/>
        <source>B</source>
        <comment>bytes</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="60"/>
        <source>KiB</source>
        <comment>kibibytes (1024 bytes)</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="61"/>
        <source>MiB</source>
        <comment>mebibytes (1024 kibibytes)</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="62"/>
        <source>GiB</source>
        <comment>gibibytes (1024 mibibytes)</comment>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="63"/>
        <source>TiB</source>
        <comment>tebibytes (1024 gibibytes)</comment>
        <translation>TB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="64"/>
        <source>PiB</source>
        <comment>pebibytes (1024 tebibytes)</comment>
        <translation>PiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="65"/>
        <source>EiB</source>
        <comment>exbibytes (1024 pebibytes)</comment>
        <translation>EiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="101"/>
        <source>/s</source>
        <comment>per second</comment>
        <translation>/s</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="239"/>
        <source>%1s</source>
        <comment>e.g: 10 seconds</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="244"/>
        <source>%1m</source>
        <comment>e.g: 10 minutes</comment>
        <translation>%1m</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="250"/>
        <source>%1h %2m</source>
        <comment>e.g: 3 hours 5 minutes</comment>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="257"/>
        <source>%1d %2h</source>
        <comment>e.g: 2 days 10 hours</comment>
        <translation>%1T %2h</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="262"/>
        <source>%1y %2d</source>
        <comment>e.g: 2 years 10 days</comment>
        <translation>%1J %2T</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="109"/>
        <location filename="../base/utils/misc.cpp" line="121"/>
        <source>Unknown</source>
        <comment>Unknown (size)</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../base/utils/os.cpp" line="92"/>
        <source>qBittorrent will shutdown the computer now because all downloads are complete.</source>
        <translation>qBittorrent wird den Computer jetzt herunterfahren, da alle Downloads vollständig sind.</translation>
    </message>
    <message>
        <location filename="../base/utils/os.cpp" line="98"/>
        <source>qBittorrent will reboot the computer now because all downloads are complete.</source>
        <translation>qBittorrent wird den Computer jetzt neu starten, da alle Downloads vollständig sind.</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="237"/>
        <source>&lt; 1m</source>
        <comment>&lt; 1 minute</comment>
        <translation>&lt; 1 Min</translation>
    </message>
</context>
</TS>
