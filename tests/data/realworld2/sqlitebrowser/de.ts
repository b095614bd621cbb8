<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../AboutDialog.ui" line="14"/>
        <source>About DB Browser for SQLite</source>
        <translation>Über DB-Browser für SQLite</translation>
    </message>
    <message>
        <location filename="../AboutDialog.ui" line="29"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../AboutDialog.ui" line="90"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DB Browser for SQLite is an open source, freeware visual tool used to create, design and edit SQLite database files.&lt;/p&gt;&lt;p&gt;It is bi-licensed under the Mozilla Public License Version 2, as well as the GNU General Public License Version 3 or later. You can modify or redistribute it under the conditions of these licenses.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;https://www.gnu.org/licenses/gpl.html&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.gnu.org/licenses/gpl.html&lt;/span&gt;&lt;/a&gt; and &lt;a href=&quot;https://www.mozilla.org/MPL/2.0/index.txt&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.mozilla.org/MPL/2.0/index.txt&lt;/span&gt;&lt;/a&gt; for details.&lt;/p&gt;&lt;p&gt;For more information on this program please visit our website at: &lt;a href=&quot;https://sqlitebrowser.org&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://sqlitebrowser.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;This software uses the GPL/LGPL Qt Toolkit from &lt;/span&gt;&lt;a href=&quot;https://qt-project.org/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://qt-project.org/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt;&lt;br/&gt;See &lt;/span&gt;&lt;a href=&quot;https://doc.qt.io/qt-5/licensing.html&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://doc.qt.io/qt-5/licensing.html&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; for licensing terms and information.&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:8pt;&quot;&gt;We use the nalgeon/sqlean library for SQLite extensions support.&lt;br/&gt;This library is licensed under the MIT license, see the following for more information:&lt;br/&gt;&lt;/span&gt;&lt;a href=&quot;https://github.com/nalgeon/sqlean&quot;&gt;&lt;span style=&quot; font-size:8pt; text-decoration: underline; color:#0000ff;&quot;&gt;https://github.com/nalgeon/sqlean&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;It also uses the Pastel SVG icon set by Michael Buckley under a Creative Commons Attribution Share Alike 4.0 license.&lt;br/&gt;See &lt;/span&gt;&lt;a href=&quot;https://codefisher.org/pastel-svg/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://codefisher.org/pastel-svg/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; for details.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DB-Browser für SQLite ist eine freie Open-Source-Anwendung mit GUI zum Erstellen, Entwerfen und Bearbeiten von SQLite-Datenbanken.&lt;/p&gt;&lt;p&gt;Die Anwendung ist sowohl unter der Mozilla Public License Version 2 als auch der GNU General Public License Version 3 or later verfügbar. Modifikationen oder Weitergabe sind unter Beachtung der Bedingungen dieser Lizenzen möglich.&lt;/p&gt;&lt;p&gt;Siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl.html&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.gnu.org/licenses/gpl.html&lt;/span&gt;&lt;/a&gt; und &lt;a href=&quot;https://www.mozilla.org/MPL/2.0/index.txt&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.mozilla.org/MPL/2.0/index.txt&lt;/span&gt;&lt;/a&gt; für Details.&lt;/p&gt;&lt;p&gt;Weitere Informationen über diese Anwendung gibt es auf unserer Webseite: &lt;a href=&quot;https://sqlitebrowser.org&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://sqlitebrowser.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;Diese Software verwendet das Qt-Toolkit unter der GPL/LGPL Qt Toolkit, welches unter &lt;/span&gt;&lt;a href=&quot;https://qt-project.org/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://qt-project.org/&lt;/span&gt;&lt;/a&gt; verfügbar ist. &lt;span style=&quot; font-size:small;&quot;&gt;&lt;br/&gt;Zugehörige Lizenzbedingungen und Informationen gibt es unter &lt;/span&gt;&lt;a href=&quot;https://doc.qt.io/qt-5/licensing.html&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://doc.qt.io/qt-5/licensing.html&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:8pt;&quot;&gt;Wir verwenden die nalgeon/sqlean-Bibliothek für die Unterstützung von SQLite-Erweiterungen.&lt;br/&gt;Diese Bibliothek ist unter der MIT license verfügbar; mehr Informationen gibt es unter:&lt;br/&gt;&lt;/span&gt;&lt;a href=&quot;https://github.com/nalgeon/sqlean&quot;&gt;&lt;span style=&quot; font-size:8pt; text-decoration: underline; color:#0000ff;&quot;&gt;https://github.com/nalgeon/sqlean&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;Zudem wird das Pastel SVG Iconset von Michael Buckley verwendet, das unter der Creative Commons Attribution Share Alike 4.0 Lizenz steht.&lt;br/&gt;Siehe &lt;/span&gt;&lt;a href=&quot;https://codefisher.org/pastel-svg/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://codefisher.org/pastel-svg/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; für weitere Details.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>AddRecordDialog</name>
    <message>
        <location filename="../AddRecordDialog.ui" line="14"/>
        <source>Add New Record</source>
        <translation>Neue Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="27"/>
        <source>Enter values for the new record considering constraints. Fields in bold are mandatory.</source>
        <translation>Geben Sie Werte für die neue Zeile unter Beachtung der Beschränkungen ein. Fette Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="67"/>
        <source>In the Value column you can specify the value for the field identified in the Name column. The Type column indicates the type of the field. Default values are displayed in the same style as NULL values.</source>
        <translation>In der Wertspalte können Sie den Wert für das durch die Namensspalte identifizierte Feld angeben. Die Typspalte zeigt den Feldtyp an. Standardwerte werden im Stil von NULL-Werten angezeigt.</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="79"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="84"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="87"/>
        <source>Values to insert. Pre-filled default values are inserted automatically unless they are changed.</source>
        <translation>Einzufügende Werte. Vorausgefüllte Standardwerte werden automatisch eingefügt, sofern sie nicht geändert wurden.</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="93"/>
        <source>When you edit the values in the upper frame, the SQL query for inserting this new record is shown here. You can edit manually the query before saving.</source>
        <translation>Wenn Sie die Werte im oberen Teil ändern, wird hier die SQL-Abfrage für das Einfügen der neuen Zeile angezeigt. Sie können die Abfrage vor dem Speichern manuell bearbeiten.</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="110"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Save&lt;/span&gt; will submit the shown SQL statement to the database for inserting the new record.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Restore Defaults&lt;/span&gt; will restore the initial values in the &lt;span style=&quot; font-weight:600;&quot;&gt;Value&lt;/span&gt; column.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Cancel&lt;/span&gt; will close this dialog without executing the query.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Speichern&lt;/span&gt; wird die dargestellte SQL-Anweisung zum Einfügen des neuen Eintrags an die Datenbank übermitteln.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Voreinstellungen&lt;/span&gt; wird die ursprünglichen Werte der Spalte &lt;span style=&quot; font-weight:600;&quot;&gt;Wert&lt;/span&gt; wiederherstellen.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Abbrechen&lt;/span&gt; schließt diesen Dialog, ohne die Abfrage auszuführen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="239"/>
        <source>Auto-increment
</source>
        <translation>Auto-Inkrement
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="242"/>
        <source>Unique constraint
</source>
        <translation>Unique-Beschränkungen
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="245"/>
        <source>Check constraint:	 %1
</source>
        <translation>Prüfungsbeschränkung:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="249"/>
        <source>Foreign key:	 %1
</source>
        <translation>Fremdschlüssel:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="258"/>
        <source>Default value:	 %1
</source>
        <translation>Standardwert:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="284"/>
        <source>Error adding record. Message from database engine:

%1</source>
        <translation>Fehler beim Hinzufügen der Zeile. Mitteilung der Datenbank-Engine:

%1</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="365"/>
        <source>Are you sure you want to restore all the entered values to their defaults?</source>
        <translation>Sind Sie sicher, dass Sie alle eingegebenen Werte auf ihre Standardwerte zurücksetzen möchten?</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../Application.cpp" line="184"/>
        <source>Possible command line arguments:</source>
        <translation>Mögliche Kommandozeilen-Argumente:</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="246"/>
        <source>The -o/--option and -O/--save-option options require an argument in the form group/setting=value</source>
        <translation>Die Optionen -o/--option und -O/--save-option benötigen ein Argument der Form Gruppe/Einstellung=Wert</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="98"/>
        <source>The user settings file location is replaced with the argument value instead of the environment variable value.</source>
        <translation>Der Dateipfad der Benutzereinstellungen wird mit dem übergebenen Argument statt der Umgebungsvariable ersetzt.</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="99"/>
        <source>Ignored environment variable (DB4S_SETTINGS_FILE) value: </source>
        <translation>Wert der Umgebungsvariable (DB4S_SETTINGS_FILE) ignoriert: </translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="220"/>
        <location filename="../Application.cpp" line="232"/>
        <source>The file %1 does not exist</source>
        <translation>Die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="180"/>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="181"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="181"/>
        <location filename="../Application.cpp" line="205"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="181"/>
        <location filename="../Application.cpp" line="207"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="182"/>
        <location filename="../Application.cpp" line="209"/>
        <source>csv-file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="186"/>
        <source>Show command line options</source>
        <translation>Terminaloptionen anzeigen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="188"/>
        <source>Exit application after running scripts</source>
        <translation>Anwendung nach der Ausführung der Skripte beenden</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="189"/>
        <location filename="../Application.cpp" line="191"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="190"/>
        <source>Execute this SQL file after opening the DB</source>
        <translation>Nach dem Öffnen der Datenbank diese SQL-Datei ausführen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="192"/>
        <source>Import this CSV file into the passed DB or into a new DB</source>
        <translation>Diese CSV-Datei in die übergebene oder in eine neue Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="193"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="194"/>
        <source>Browse this table, or use it as target of a data import</source>
        <translation>Diese Tabelle durchsuchen oder als Ziel für einen Datenimport verwenden</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="196"/>
        <source>Open database in read-only mode</source>
        <translation>Datenbank nur für den Lesezugriff öffnen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="197"/>
        <source>settings_file</source>
        <translation>datei_mit_einstellungen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="198"/>
        <source>Run application based on this settings file</source>
        <translation>Anwendung mit dieser Einstellungsdatei ausführen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="199"/>
        <location filename="../Application.cpp" line="201"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="199"/>
        <location filename="../Application.cpp" line="201"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="199"/>
        <location filename="../Application.cpp" line="201"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="200"/>
        <source>Run application with this setting temporarily set to value</source>
        <translation>Anwendung mit dem temporär angepassten Einstellungswert ausführen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="202"/>
        <source>Run application saving this value for this setting</source>
        <translation>Anwendung mit dem angepassten Einstellungswert ausführen und die Einstellung dauerhaft speichern</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="204"/>
        <source>Display the current version</source>
        <translation>Die aktuelle Version anzeigen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="206"/>
        <source>Open this SQLite database</source>
        <translation>Diese SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="208"/>
        <source>Open this project file (*.sqbpro)</source>
        <translation>Diese Projektdatei öffnen (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="210"/>
        <source>Import this CSV file into an in-memory database</source>
        <translation>Diese CSV-Datei in eine In-Memory-Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="218"/>
        <location filename="../Application.cpp" line="225"/>
        <location filename="../Application.cpp" line="230"/>
        <source>The %1 option requires an argument</source>
        <translation>Die Option %1 benötigt ein Argument</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="243"/>
        <source>The -S/--settings option requires an argument. The option is ignored.</source>
        <translation>Die Option -S/--settings benötigt ein Argument. Diese Option wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="365"/>
        <source>SQLite Version </source>
        <translation>SQLite-Version </translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="367"/>
        <source>SQLCipher Version %1 (based on SQLite %2)</source>
        <translation>SQLCipher Version %1 (basierend auf SQLite %2)</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="370"/>
        <source>DB Browser for SQLite Version %1.</source>
        <translation>DB-Browser für SQLite Version %1.</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="371"/>
        <source>Last commit hash when built: %1</source>
        <translation>Letzter Commit-Hash des Builds: %1</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="372"/>
        <source>Built for %1, running on %2</source>
        <translation>Erstellt für %1, laufend unter %2</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="373"/>
        <source>Qt Version %1</source>
        <translation>Qt Version %1</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="274"/>
        <source>Invalid option/non-existent file: %1</source>
        <translation>Ungültige Option/nicht vorhandene Datei: %1</translation>
    </message>
</context>
<context>
    <name>CipherDialog</name>
    <message>
        <location filename="../CipherDialog.ui" line="14"/>
        <source>SQLCipher encryption</source>
        <translation>SQLCipher-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="27"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="44"/>
        <source>&amp;Reenter password</source>
        <translation>Passwort wiede&amp;rholen</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="98"/>
        <source>Encr&amp;yption settings</source>
        <translation>&amp;Verschlüsselungs-Einstellungen</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="110"/>
        <source>SQLCipher &amp;3 defaults</source>
        <translation>SQLCipher &amp;3-Standardwerte</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="117"/>
        <source>SQLCipher &amp;4 defaults</source>
        <translation>SQLCipher &amp;4-Standardwerte</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="124"/>
        <source>Custo&amp;m</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="133"/>
        <source>Page si&amp;ze</source>
        <translation>Seiten&amp;größe</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="146"/>
        <source>&amp;KDF iterations</source>
        <translation>&amp;KDF-Iterationen</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="166"/>
        <source>HMAC algorithm</source>
        <translation>HMAC-Algorithmus</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="195"/>
        <source>KDF algorithm</source>
        <translation>KDF-Algorithmus</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="224"/>
        <source>Plaintext Header Size</source>
        <translation>Reintext-Headergröße</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="66"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="71"/>
        <source>Raw key</source>
        <translation>Originalschlüssel</translation>
    </message>
    <message>
        <location filename="../CipherDialog.cpp" line="37"/>
        <source>Please set a key to encrypt the database.
Note that if you change any of the other, optional, settings you&apos;ll need to re-enter them as well every time you open the database file.
Leave the password fields empty to disable the encryption.
The encryption process might take some time and you should have a backup copy of your database! Unsaved changes are applied before modifying the encryption.</source>
        <translation>Setzen Sie bitte einen Schlüssel zum Verschlüsseln der Datenbank.
Beachten Sie, dass bei Änderung der optionalen Einstellungen diese bei jedem Öffnen der Datenbankdatei eingegeben werden müssen.
Lassen Sie die Passwortfelder leer, um die Verschlüsselung zu deaktivieren.
Der Verschlüsselungsprozess benötigt unter Umständen ein bisschen Zeit und Sie sollten ein Backup-Kopie Ihrer Datenbank haben! Ungespeicherte Änderungen werden vor der Änderung der Verschlüsselung übernommen.</translation>
    </message>
    <message>
        <location filename="../CipherDialog.cpp" line="42"/>
        <source>Please enter the key used to encrypt the database.
If any of the other settings were altered for this database file you need to provide this information as well.</source>
        <translation>Geben Sie bitte den zur Verschlüsselung der Datenbank genutzten Schlüssel ein.
Wenn weitere Einstellungen für diese Datenbankdatei vorgenommen worden sind, müssen Sie diese Informationen zusätzlich angeben.</translation>
    </message>
</context>
<context>
    <name>ColumnDisplayFormatDialog</name>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="14"/>
        <source>Choose display format</source>
        <translation>Anzeigeformat auswählen</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="20"/>
        <source>Display format</source>
        <translation>Anzeigeformat</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="26"/>
        <source>Choose a display format for the column &apos;%1&apos; which is applied to each value prior to showing it.</source>
        <translation>Wählen Sie ein Anzeigeformat für die Spalte &apos;%1&apos;, das bei der Anzeige eines jeden Wertes angewendet wird.</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="19"/>
        <source>Default</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="21"/>
        <source>Decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="22"/>
        <source>Exponent notation</source>
        <translation>Exponentennotation</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="23"/>
        <source>Hex blob</source>
        <translation>Hex-Blob</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="24"/>
        <source>Hex number</source>
        <translation>Hexwert</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="28"/>
        <source>Apple NSDate to date</source>
        <translation>Apple NSDate zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="29"/>
        <source>Java epoch (milliseconds) to date</source>
        <translation>Java-Epoche (Millisekunden) zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="30"/>
        <source>.NET DateTime.Ticks to date</source>
        <translation>.NET DateTime.Ticks zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="31"/>
        <source>Julian day to date</source>
        <translation>Julianischer Tag zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="33"/>
        <source>Unix epoch to local time</source>
        <translation>Unix-Epoche zu lokaler Zeit</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="34"/>
        <source>WebKit / Chromium epoch to date</source>
        <translation>WebKit-/Chromium-Epoche zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="35"/>
        <source>WebKit / Chromium epoch to local time</source>
        <translation>WebKit-/Chromium-Epoche zu lokaler Zeit</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="37"/>
        <source>Date as dd/mm/yyyy</source>
        <translation>Datum als dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="39"/>
        <source>Lower case</source>
        <translation>Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="42"/>
        <source>Binary GUID to text</source>
        <translation>Binäre GUID zu Text</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="43"/>
        <source>SpatiaLite Geometry to SVG</source>
        <translation>SpatiaLite-Geometrie zu SVG</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="147"/>
        <source>Custom display format must contain a function call applied to %1</source>
        <translation>Benutzerdefinierte Darstellungsformate benötigen einen Funktionsaufruf, der auf %1 angewendet wird</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="159"/>
        <source>Error in custom display format. Message from database engine:

%1</source>
        <translation>Fehler im benutzerdefinierten Anzeigeformat. Meldung von Datenbank:

%1</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="161"/>
        <source>Custom display format must return only one column but it returned %1.</source>
        <translation>Das benutzerdefinierte Anzeigeformat darf nur eine Spalte zurückgeben, es wurde aber %1 zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="25"/>
        <source>Octal number</source>
        <translation>Oktalwert</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="26"/>
        <source>Round number</source>
        <translation>Gerundeter Wert</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="32"/>
        <source>Unix epoch to date</source>
        <translation>Unix-Epoche zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="40"/>
        <source>Upper case</source>
        <translation>Großschreibung</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="36"/>
        <source>Windows DATE to date</source>
        <translation>Windows DATUM zu Datum</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="45"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>CondFormatManager</name>
    <message>
        <location filename="../CondFormatManager.ui" line="14"/>
        <source>Conditional Format Manager</source>
        <translation>Verwaltung für bedingte Formatierung</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="20"/>
        <source>This dialog allows creating and editing conditional formats. Each cell style will be selected by the first accomplished condition for that cell data. Conditional formats can be moved up and down, where those at higher rows take precedence over those at lower. Syntax for conditions is the same as for filters and an empty condition applies to all values.</source>
        <translation>Dieser Dialog erlaubt das Erstellen und Bearbeiten bedingter Formatierungen. Jeder Zellenstil wird anhand der ersten erfüllten Bedingung für diese Zelldaten ausgewählt. Bedingte Formatierungen können nach oben und unten bewegt werden, wobei jene weiter oben Vorrang vor jenen weiter unten haben. Die Syntax für Bedingungen ist die gleiche wie bei Filtern und eine leere Bedingung trifft auf alle Werte zu.</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="32"/>
        <source>Add new conditional format</source>
        <translation>Neue bedingte Formatierung hinzufügen</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="35"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="52"/>
        <source>Remove selected conditional format</source>
        <translation>Ausgewählte bedingte Formatierung entfernen</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="55"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="72"/>
        <source>Move selected conditional format up</source>
        <translation>Ausgewählte bedingte Formatierung nach oben bewegen</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="75"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="92"/>
        <source>Move selected conditional format down</source>
        <translation>Ausgewählte bedingte Formatierung nach unten bewegen</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="95"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="158"/>
        <source>Foreground</source>
        <translation>Vordergrund</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="161"/>
        <source>Text color</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="166"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="169"/>
        <source>Background color</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="174"/>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="179"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="187"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="199"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="211"/>
        <source>Underline</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="220"/>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="225"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.cpp" line="101"/>
        <location filename="../CondFormatManager.cpp" line="102"/>
        <source>Click to select color</source>
        <translation>Zur Auswahl der Farbe klicken</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.cpp" line="250"/>
        <source>Are you sure you want to clear all the conditional formats of this field?</source>
        <translation>Sollen wirklich alle bedingten Formatierungen dieses Felds gelöscht werden?</translation>
    </message>
</context>
<context>
    <name>DBBrowserDB</name>
    <message>
        <location filename="../sqlitedb.cpp" line="325"/>
        <source>Please specify the database name under which you want to access the attached database</source>
        <translation>Geben Sie bitte einen Datenbanknamen an, mit dem Sie auf die anhängte Datenbank zugreifen möchten</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="401"/>
        <source>Invalid file format</source>
        <translation>Ungültiges Dateiformat</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="719"/>
        <source>Do you want to save the changes made to the database file %1?</source>
        <translation>Sollen die getätigten Änderungen an der Datenbankdatei %1 gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="883"/>
        <source>Exporting database to SQL file...</source>
        <translation>Datenbank in SQL-Datei exportieren...</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="884"/>
        <location filename="../sqlitedb.cpp" line="1119"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1118"/>
        <source>Executing SQL...</source>
        <translation>SQL ausführen...</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1148"/>
        <source>Action cancelled.</source>
        <translation>Vorgang abgebrochen.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="714"/>
        <source>Do you really want to close this temporary database? All data will be lost.</source>
        <translation>Möchten Sie diese temporäre Datenbank wirklich schließen? Alle Daten gehen damit verloren.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="735"/>
        <source>Database didn&apos;t close correctly, probably still busy</source>
        <translation>Datenbank wurde nicht richtig geschlossen, vermutlich noch in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="760"/>
        <source>Cannot open destination file: &apos;%1&apos;</source>
        <translation>Zieldatei kann nicht geöffnet werden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="777"/>
        <location filename="../sqlitedb.cpp" line="795"/>
        <source>Cannot backup to file: &apos;%1&apos;. Message: %2</source>
        <translation>Erstellung des Backups in Datei &apos;%1&apos; nicht möglich. Mitteilung: %2</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="835"/>
        <source>The database is currently busy: </source>
        <translation>Die Datenbank ist zur Zeit beschäftigt: </translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="836"/>
        <source>Do you want to abort that other operation?</source>
        <translation>Möchten Sie die andere Operation abbrechen?</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1077"/>
        <location filename="../sqlitedb.cpp" line="1109"/>
        <source>No database file opened</source>
        <translation>Keine Datenbankdatei geöffnet</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1218"/>
        <location filename="../sqlitedb.cpp" line="1231"/>
        <source>Error in statement #%1: %2.
Aborting execution%3.</source>
        <translation>Fehler in der Anweisung #%1: %2.
Ausführung wird abgebrochen %3.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1221"/>
        <location filename="../sqlitedb.cpp" line="1234"/>
        <source> and rolling back</source>
        <translation> und der Zustand zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1280"/>
        <source>didn&apos;t receive any output from %1</source>
        <translation>keine Ausgabe von %1 erhalten</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1286"/>
        <source>could not execute command: %1</source>
        <translation>Befehl konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1464"/>
        <source>Cannot delete this object</source>
        <translation>Dieses Objekt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1507"/>
        <source>Cannot set data on this object</source>
        <translation>Daten können für dieses Objekt nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1616"/>
        <location filename="../sqlitedb.cpp" line="1623"/>
        <source>A table with the name &apos;%1&apos; already exists in schema &apos;%2&apos;.</source>
        <translation>Es existiert eine Tabelle mit dem Namen &apos;%1&apos; im Schema &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1632"/>
        <source>No table with name &apos;%1&apos; exists in schema &apos;%2&apos;.</source>
        <translation>Im Schema &apos;%2&apos; existiert keine Tabelle mit dem Namen &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1642"/>
        <location filename="../sqlitedb.cpp" line="1663"/>
        <source>Cannot find column %1.</source>
        <translation>Spalte %1 kann nicht gefunden werden.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1676"/>
        <source>Creating savepoint failed. DB says: %1</source>
        <translation>Erstellung des Sicherungspunktes fehlgeschlagen. DB meldet: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1739"/>
        <source>Renaming the column failed. DB says:
%1</source>
        <translation>Umbenennung der Spalte fehlgeschlagen. DB meldet:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1767"/>
        <location filename="../sqlitedb.cpp" line="1929"/>
        <source>Releasing savepoint failed. DB says: %1</source>
        <translation>Entsperren des Sicherungspunktes fehlgeschlagen. DB meldet: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1786"/>
        <source>Creating new table failed. DB says: %1</source>
        <translation>Erstellen der neuen Tabelle ist fehlgeschlagen. DB meldet: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1823"/>
        <source>Copying data to new table failed. DB says:
%1</source>
        <translation>Kopieren der Daten zur neuen Tabelle ist fehlgeschlagen. DB meldet:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1895"/>
        <source>Deleting old table failed. DB says: %1</source>
        <translation>Löschen der alten Tabelle ist fehlgeschlagen. DB meldet: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1965"/>
        <source>Error renaming table &apos;%1&apos; to &apos;%2&apos;.
Message from database engine:
%3</source>
        <translation>Fehler beim Umbenennen der Tabelle &apos;%1&apos; zu &apos;%2&apos;.
Meldung von Datenbank:
%3</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2061"/>
        <source>could not get list of db objects: %1</source>
        <translation>Liste der DB-Objekte konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1920"/>
        <source>Restoring some of the objects associated with this table failed. This is most likely because some column names changed. Here&apos;s the SQL statement which you might want to fix and execute manually:

</source>
        <translation>Wiederherstellung einiger mit dieser Tabelle verbundener Objekte fehlgeschlagen. Dies passiert häufig durch geänderte Spaltennamen. SQL-Anweisung zum manuellen Reparieren und Ausführen:

</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2067"/>
        <source>could not get list of databases: %1</source>
        <translation>konnte keine Datenbankliste abrufen: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2179"/>
        <source>Error loading extension: %1</source>
        <translation>Fehler beim Laden der Erweiterung: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2188"/>
        <source>Error loading built-in extension: %1</source>
        <translation>Fehler beim Laden der eingebauten Erweiterung: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2214"/>
        <source>could not get column information</source>
        <translation>Spalteninformationen konnten nicht ermittelt werden</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2095"/>
        <source>Error setting pragma %1 to %2: %3</source>
        <translation>Fehler beim Setzen des Pragmas %1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2141"/>
        <source>File not found.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>DbStructureModel</name>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="163"/>
        <source>Browsables</source>
        <translation>Durchsuchbar</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="168"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="178"/>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="352"/>
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="356"/>
        <source>Indices (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="361"/>
        <source>Views (%1)</source>
        <translation>Ansichten (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="365"/>
        <source>Triggers (%1)</source>
        <translation>Trigger (%1)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../EditDialog.ui" line="14"/>
        <source>Edit database cell</source>
        <translation>Datenbankzelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="46"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="62"/>
        <source>This is the list of supported modes for the cell editor. Choose a mode for viewing or editing the data of the current cell.</source>
        <translation>Dies ist die Liste der unterstützten Modi des Zelleneditors. Wählen Sie einen Modus für die Anzeige oder Bearbeitung der Daten der aktuellen Zelle aus.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="71"/>
        <source>RTL Text</source>
        <translation>RTL-Text</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="81"/>
        <location filename="../EditDialog.cpp" line="303"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="86"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="91"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="96"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="104"/>
        <location filename="../EditDialog.ui" line="107"/>
        <source>Automatically adjust the editor mode to the loaded data type</source>
        <translation>Den Editormodus automatisch dem geladenen Datentyp anpassen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="110"/>
        <source>This checkable button enables or disables the automatic switching of the editor mode. When a new cell is selected or new data is imported and the automatic switching is enabled, the mode adjusts to the detected data type. You can then change the editor mode manually. If you want to keep this manually switched mode while moving through the cells, switch the button off.</source>
        <translation>Dieser Button aktiviert oder deaktiviert den automatischen Wechsel des Editormodus. Wenn eine neue Zelle ausgewählt wird oder neue Daten importiert werden und der automatische Wechsel aktiviert ist, passt sich der Modus dem erkannten Datentyp an. Sie können den Editormodus danach manuell ändern. Wenn Sie dies bei der Bewegung durch die Zellen im manuell eingestellten Modus behalten möchten, deaktivieren Sie den Button.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="113"/>
        <source>Auto-switch</source>
        <translation>Auto-Wechsel</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="176"/>
        <source>This Qt editor is used for right-to-left scripts, which are not supported by the default Text editor. The presence of right-to-left characters is detected and this editor mode is automatically selected.</source>
        <translation>Dieser Qt-Editor wird für Rechts-nach-Links-Skripte verwendet, die vom Standard-Texteditor nicht unterstützt werden. Das Vorhandensein von Rechts-nach-Links-Zeichen wird erkannt und dieser Editormodus wird automatisch ausgewählt.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="203"/>
        <source>Identification of the cell currently in the editor</source>
        <translation>Zuordnung der aktuell im Editor angezeigten Zelle</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="225"/>
        <source>Type and size of data currently in table</source>
        <translation>Typ und Größe der aktuellen Tabellendaten</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="274"/>
        <source>Open preview dialog for printing the data currently stored in the cell</source>
        <translation>Vorschau-Dialog öffnen, um die aktuell in der Zelle gespeicherten Daten auszugeben</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="310"/>
        <source>Auto-format: pretty print on loading, compact on saving.</source>
        <translation>Auto-Format: Druckoptimierung (Pretty Print) beim Laden, kompakt beim Speichern.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="313"/>
        <source>When enabled, the auto-format feature formats the data on loading, breaking the text in lines and indenting it for maximum readability. On data saving, the auto-format feature compacts the data removing end of lines, and unnecessary whitespace.</source>
        <translation>Wenn aktiviert, formatiert die Auto-Format-Funktion die Daten beim Laden, bricht den Text in Zeilen und rückt ihn für maximale Lesbarkeit ein. Beim Speichern der Daten verdichtet die Auto-Format-Funktion die Daten durch das Entfernen der Zeilenumbrüche und unnötigen Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="370"/>
        <source>Word Wrap</source>
        <translation>Wortumbrüche</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="373"/>
        <source>Wrap lines on word boundaries</source>
        <translation>Zeilen an Wortgrenzen umbrechen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="382"/>
        <location filename="../EditDialog.ui" line="388"/>
        <source>Open in default application or browser</source>
        <translation>Mit der Standardanwendung oder dem Browser öffnen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="385"/>
        <source>Open in application</source>
        <translation>Mit Anwendung öffnen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="391"/>
        <source>The value is interpreted as a file or URL and opened in the default application or web browser.</source>
        <translation>Der Wert wird als Datei oder URL interpretiert und mit der Standardanwendung oder dem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="400"/>
        <source>Save file reference...</source>
        <translation>Dateireferenz speichern...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="403"/>
        <source>Save reference to file</source>
        <translation>Referenz in Datei speichern</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="427"/>
        <location filename="../EditDialog.ui" line="430"/>
        <source>Open in external application</source>
        <translation>Mit externer Anwendung öffnen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="307"/>
        <source>Autoformat</source>
        <translation>Auto-Format</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="322"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="337"/>
        <location filename="../EditDialog.ui" line="412"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="340"/>
        <location filename="../EditDialog.ui" line="415"/>
        <source>Import from file</source>
        <translation>Aus Datei importieren</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="343"/>
        <location filename="../EditDialog.ui" line="418"/>
        <source>Opens a file dialog used to import any kind of data to this database cell.</source>
        <translation>Öffnet einen Dateidialog, um beliebige Daten in diese Datenbankzelle zu importieren.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="325"/>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="328"/>
        <source>Opens a file dialog used to export the contents of this database cell to a file.</source>
        <translation>Öffnet einen Dateidialog, um den Inhalt dieser Datenbankzelle in eine Datei zu exportieren.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="268"/>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="277"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="271"/>
        <source>Open preview dialog for printing displayed text</source>
        <translation>Vorschaudialog zum Drucken des angezeigten Textes öffnen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="289"/>
        <source>Copy Hex and ASCII</source>
        <translation>Hex und ASCII kopieren</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="292"/>
        <source>Copy selected hexadecimal and ASCII columns to the clipboard</source>
        <translation>Ausgewählte hexadezimale und ASCII-Spalten in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="295"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="352"/>
        <source>Set as &amp;NULL</source>
        <translation>Auf &amp;NULL setzen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="246"/>
        <source>Apply data to cell</source>
        <translation>Daten auf Zelle anwenden</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="249"/>
        <source>This button saves the changes performed in the cell editor to the database cell.</source>
        <translation>Dieser Button speichert die im Zelleneditor für die Datenbankzelle durchgeführten Änderungen.</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="252"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="66"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="76"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="355"/>
        <source>Erases the contents of the cell</source>
        <translation>Löscht den Inhalt der Zelle</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="17"/>
        <source>This area displays information about the data present in this database cell</source>
        <translation>Dieser Bereich stellt Informationen über die Daten in dieser Datenbankzelle dar</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="515"/>
        <source>Choose a filename to export data</source>
        <translation>Dateinamen für den Datenexport wählen</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="301"/>
        <location filename="../EditDialog.cpp" line="310"/>
        <source>Image data can&apos;t be viewed in this mode.</source>
        <translation>In diesem Modus können keine Bilddaten angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="302"/>
        <location filename="../EditDialog.cpp" line="311"/>
        <source>Try switching to Image or Binary mode.</source>
        <translation>Versuchen Sie, in den Bild- oder Binärmodus zu wechseln.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="369"/>
        <location filename="../EditDialog.cpp" line="378"/>
        <source>Binary data can&apos;t be viewed in this mode.</source>
        <translation>Binärdaten können in diesem Modus nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="370"/>
        <location filename="../EditDialog.cpp" line="379"/>
        <source>Try switching to Binary mode.</source>
        <translation>Versuchen Sie, in den Binärmodus zu wechseln.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="925"/>
        <location filename="../EditDialog.cpp" line="1105"/>
        <source>Type: NULL; Size: 0 bytes</source>
        <translation>Typ: NULL; Größe: 0 Bytes</translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="927"/>
        <location filename="../EditDialog.cpp" line="1117"/>
        <source>Type: Text / Numeric; Size: %n character(s)</source>
        <translation>
            <numerusform>Typ: Text / Numerisch; Größe: %n Zeichen</numerusform>
            <numerusform>Typ: Text / Numerisch; Größe: %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1091"/>
        <source>Type: %1 Image; Size: %2x%3 pixel(s)</source>
        <translation>Typ: %1-Bild; Größe: %2x%3 Pixel</translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="1124"/>
        <source>Type: Valid JSON; Size: %n character(s)</source>
        <translation>
            <numerusform>Typ: Gültiges JSON; Größe: %n Zeichen</numerusform>
            <numerusform>Typ: Gültiges JSON; Größe: %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="1132"/>
        <source>Type: Binary; Size: %n byte(s)</source>
        <translation>
            <numerusform>Typ: Binär; Größe: %n Byte</numerusform>
            <numerusform>Typ: Binär: Größe: %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1275"/>
        <source>Couldn&apos;t save file: %1.</source>
        <translation>Datei konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1300"/>
        <source>The data has been saved to a temporary file and has been opened with the default application. You can now edit the file and, when you are ready, apply the saved new data to the cell or cancel any changes.</source>
        <translation>Die Daten wurden in einer temporären Datei gespeichert und mit der Standardanwendung geöffnet. Diese kann nun bearbeitet werden und am Ende entweder durch Speichern in die Zelle übernommen oder der Vorgang abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="406"/>
        <location filename="../EditDialog.cpp" line="426"/>
        <source>Image files (%1)</source>
        <translation>Bilddateien (%1)</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="481"/>
        <source>Binary files (*.bin)</source>
        <translation>Binärdateien (*.bin)</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="438"/>
        <source>Choose a file to import</source>
        <translation>Datei für Import auswählen</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="44"/>
        <source>The text editor modes let you edit plain text, as well as JSON or XML data with syntax highlighting, automatic formatting and validation before saving.

Errors are indicated with a red squiggle underline.

In the Evaluation mode, entered SQLite expressions are evaluated and the result applied to the cell.</source>
        <translation>Die Texteditor-Modi erlauben das Bearbeiten von Reintext sowie JSON- und XML-Daten mit Syntaxhervorhebung, automatischer Formatierung und Validierung vor dem Speichern.

Fehler werden mittels einer roten Wellenlinie markiert.

Im Auswertungsmodus werden eingegebene SQLite-Ausdrücke ausgewertet und das Ergebnis auf die Zelle angewendet.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="122"/>
        <source>Unsaved data in the cell editor</source>
        <translation>Ungespeicherte Änderungen im Zelleneditor</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="123"/>
        <source>The cell editor contains data not yet applied to the database.
Do you want to apply the edited data to row=%1, column=%2?</source>
        <translation>Der Zelleneditor enthält Daten, die noch nicht auf die Datenbank angewendet wurden.
Sollen die bearbeiteten Daten auf Zeile=%1, Spalte=%2 angewendet werden?</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="148"/>
        <source>Editing row=%1, column=%2</source>
        <translation>Bearbeite Zeile=%1, Spalte=%2</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="151"/>
        <source>No cell active.</source>
        <translation>Keine Zelle aktiv.</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="477"/>
        <source>%1 Image</source>
        <translation>%1 Bild</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="581"/>
        <source>Invalid data for this mode</source>
        <translation>Ungültige Daten für diesen Modus</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="582"/>
        <source>The cell contains invalid %1 data. Reason: %2. Do you really want to apply it to the cell?</source>
        <translation>Die Zelle enthält ungültige %1-Daten. Grund: %2. Möchten Sie diese wirklich auf die Zelle anwenden?</translation>
    </message>
</context>
<context>
    <name>EditIndexDialog</name>
    <message>
        <location filename="../EditIndexDialog.ui" line="26"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="237"/>
        <source>Order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="39"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="14"/>
        <source>Edit Index Schema</source>
        <translation>Index-Schema bearbeiten</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="52"/>
        <source>&amp;Unique</source>
        <translation>Einde&amp;utig</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="69"/>
        <source>For restricting the index to only a part of the table you can specify a WHERE clause here that selects the part of the table that should be indexed</source>
        <translation>Zum Einschränken des Index auf einen Teil der Tabelle kann hier eine WHERE-Klausel angegeben werden, die den Teil der Tabelle auswählt, der indexiert werden soll</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="72"/>
        <source>Partial inde&amp;x clause</source>
        <translation>Teilinde&amp;x-Klausel</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="85"/>
        <source>Colu&amp;mns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="130"/>
        <source>Table column</source>
        <translation>Tabellenspalte</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="135"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="172"/>
        <source>Add a new expression column to the index. Expression columns contain SQL expression rather than column names.</source>
        <translation>Fügt eine neue Ausdrucksspalte zum Index hinzu. Ausdrucksspalten enthalten SQL-Ausdrücke statt Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="232"/>
        <source>Index column</source>
        <translation>Indexspalte</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.cpp" line="270"/>
        <source>Deleting the old index failed:
%1</source>
        <translation>Löschen des alten Index fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.cpp" line="279"/>
        <source>Creating the index failed:
%1</source>
        <translation>Erstellen des Index fehlgeschlagen:
%1</translation>
    </message>
</context>
<context>
    <name>EditTableDialog</name>
    <message>
        <location filename="../EditTableDialog.ui" line="14"/>
        <source>Edit table definition</source>
        <translation>Tabellen-Definition bearbeiten</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="27"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="43"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="75"/>
        <source>Without Rowid</source>
        <translation>Ohne Rowid</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="164"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="62"/>
        <source>Database sche&amp;ma</source>
        <translation>Datenbanksche&amp;ma</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="85"/>
        <source>Make this a &apos;WITHOUT ROWID&apos; table. Setting this flag requires specifying a PRIMARY KEY (which can be of any type, and can be composite), and forbids the AUTOINCREMENT flag.</source>
        <translation>Diese Tabelle zu &quot;WITHOUT ROWID&quot; umwandeln. Das Setzen dieses Flags erfordert die Angabe eines Primärschlüssels (welcher jeglichen Typ haben und auch zusammengesetzt sein darf), schließt aber das AUTOINCREMENT-Flag aus.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="92"/>
        <source>On Conflict</source>
        <translation>ON CONFLICT</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="133"/>
        <source>Strict</source>
        <translation>Strikt</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="143"/>
        <source>When the strict option is enabled SQLite enforces the data types of each column when updating or inserting data.</source>
        <translation>Wenn die Strikt-Option aktiviert ist, erzwingt SQLite den jeweiligen Datentyp der Spalte beim Aktualisieren oder Einfügen von Daten.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="172"/>
        <location filename="../EditTableDialog.ui" line="509"/>
        <location filename="../EditTableDialog.ui" line="603"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="192"/>
        <location filename="../EditTableDialog.ui" line="532"/>
        <location filename="../EditTableDialog.ui" line="622"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="212"/>
        <source>Move to top</source>
        <translation>Zum Beginn</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="235"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="255"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="275"/>
        <source>Move to bottom</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="332"/>
        <location filename="../EditTableDialog.ui" line="487"/>
        <location filename="../EditTableDialog.ui" line="576"/>
        <location filename="../EditTableDialog.ui" line="662"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="337"/>
        <location filename="../EditTableDialog.ui" line="482"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="342"/>
        <source>NN</source>
        <translation>NN</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="345"/>
        <source>Not null</source>
        <translation>Nicht Null</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="350"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="353"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_key&quot;/&gt; Primary key&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_key&quot;/&gt; Primärschlüssel&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="358"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="361"/>
        <source>Autoincrement</source>
        <translation>Autoinkrement</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="366"/>
        <source>U</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="369"/>
        <location filename="../EditTableDialog.ui" line="717"/>
        <location filename="../EditTableDialog.cpp" line="288"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="374"/>
        <source>Default</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="377"/>
        <source>Default value</source>
        <translation>Voreingestellter Wert</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="382"/>
        <location filename="../EditTableDialog.ui" line="657"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="385"/>
        <source>Check constraint</source>
        <translation>Beschränkung prüfen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="390"/>
        <source>Collation</source>
        <translation>Kollation</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="395"/>
        <source>Foreign Key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="398"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_fk&quot;/&gt; Foreign Key&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_fk&quot;/&gt; Fremdschlüssel&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="407"/>
        <source>Index Constraints</source>
        <translation>Index-Beschränkungen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="415"/>
        <source>Add constraint</source>
        <translation>Beschränkung hinzufügen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="438"/>
        <source>Remove constraint</source>
        <translation>Beschränkung entfernen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="477"/>
        <location filename="../EditTableDialog.ui" line="571"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="492"/>
        <location filename="../EditTableDialog.ui" line="586"/>
        <location filename="../EditTableDialog.ui" line="667"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="501"/>
        <source>Foreign Keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="581"/>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="595"/>
        <source>Check Constraints</source>
        <translation>CHECK-Beschränkungen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="685"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;Warning: &lt;/span&gt;There is something with this table definition that our parser doesn&apos;t fully understand. Modifying and saving this table might result in problems.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;font-weight:600; color:#ff0000;&quot;&gt;Warnung: &lt;/span&gt;Diese Tabellendefinition enthält Elemente, die unser Parser nicht vollständig versteht. Das Ändern und Speichern der Tabelle kann zu Problemen führen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="709"/>
        <location filename="../EditTableDialog.cpp" line="287"/>
        <source>Primary Key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="712"/>
        <source>Add a primary key constraint</source>
        <translation>Eine Beschränkung für den Primärschlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="720"/>
        <source>Add a unique constraint</source>
        <translation>Eine Unique-Beschränkung hinzufügen</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="433"/>
        <source>Error creating table. Message from database engine:
%1</source>
        <translation>Fehler beim Erstellen der Tabelle. Meldung der Datenbank:
%1</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="560"/>
        <source>There already is a field with that name. Please rename it first or choose a different name for this field.</source>
        <translation>Es existiert bereits ein Feld mit diesem Namen. Bitte benennen Sie es zunächst um oder wählen Sie einen anderen Namen für dieses Feld.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="296"/>
        <location filename="../EditTableDialog.cpp" line="1262"/>
        <source>There can only be one primary key for each table. Please modify the existing primary key instead.</source>
        <translation>Es kann nur einen Primärschlüssel für jede Tabelle geben. Bitte stattdessen den existierenden Primärschlüssel bearbeiten.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="585"/>
        <source>This column is referenced in a foreign key in table %1 and thus its name cannot be changed.</source>
        <translation>Diese Spalte wird in einem Fremdschlüssel in Tabelle %1 referenziert und kann aus diesem Grund nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="677"/>
        <source>There is at least one row with this field set to NULL. This makes it impossible to set this flag. Please change the table data first.</source>
        <translation>Mindestens eine Reihe enthält ein Feld mit dem Wert NULL. Dies verhindert das Setzen dieser Markierung. Bitte zunächst die Tabellendaten ändern.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="708"/>
        <source>There is at least one row with a non-integer value in this field. This makes it impossible to set the AI flag. Please change the table data first.</source>
        <translation>Mindestens eine Reihe enthält ein Feld mit einem nicht ganzzahligen Wert. Dies verhindert das Setzen der AI-Markierung. Bitte zunächst die Tabellendaten ändern.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="766"/>
        <source>Column &apos;%1&apos; has duplicate data.
</source>
        <translation>Spalte &apos;%1&apos; hat doppelte Daten.
</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="767"/>
        <source>This makes it impossible to enable the &apos;Unique&apos; flag. Please remove the duplicate data, which will allow the &apos;Unique&apos; flag to then be enabled.</source>
        <translation>Dies macht das Aktivieren des Flags &apos;Unique&apos; unmöglich. Bitte die doppelten Daten entfernen, damit das Flag &apos;Unique&apos; dann aktiviert werden kann.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="1029"/>
        <source>Are you sure you want to delete the field &apos;%1&apos;?
All data currently stored in this field will be lost.</source>
        <translation>Soll das Feld &apos;%1&apos; wirklich gelöscht werden?
Alle aktuell in diesem Feld gespeicherten Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="1153"/>
        <source>Please add a field which meets the following criteria before setting the without rowid flag:
 - Primary key flag set
 - Auto increment disabled</source>
        <translation>Bitte fügen Sie vor dem Setzen des Flags &quot;Without rowid&quot; ein Feld hinzu, das folgenden Kriterien entspricht:
 - Primärschlüssel-Flag gesetzt
 - Autoinkrement deaktiviert</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="1223"/>
        <source>Please add a field which meets the following criteria before setting the on conflict action:
 - Primary key flag set</source>
        <translation>Bitte vor dem Setzen der Konfliktaktion ein Feld hinzufügen, das den folgenden Bedingungen genügt:
 - Primärschlüssel ist aktiviert</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../ExportDataDialog.ui" line="14"/>
        <source>Export data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="22"/>
        <source>Tab&amp;le(s)</source>
        <translation>Tabe&amp;lle(n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="57"/>
        <source>Colu&amp;mn names in first line</source>
        <translation>&amp;Spaltennamen in der ersten Zeile</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="77"/>
        <source>Fie&amp;ld separator</source>
        <translation>Fe&amp;ld-Separator</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="102"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="107"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="112"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="117"/>
        <source>|</source>
        <translation>|</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="122"/>
        <location filename="../ExportDataDialog.ui" line="192"/>
        <location filename="../ExportDataDialog.ui" line="254"/>
        <source>Other</source>
        <translation>Anderer</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="152"/>
        <source>&amp;Quote character</source>
        <translation>&amp;String-Zeichen</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="177"/>
        <source>&quot;</source>
        <translation>&quot;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="182"/>
        <source>&apos;</source>
        <translation>&apos;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="222"/>
        <source>New line characters</source>
        <translation>Zeilenumbruchs-Zeichen</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="244"/>
        <source>Windows: CR+LF (\r\n)</source>
        <translation>Windows: CR+LF (\r\n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="249"/>
        <source>Unix: LF (\n)</source>
        <translation>Unix: LF (\n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="288"/>
        <source>Pretty print</source>
        <translation>Pretty Print</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="202"/>
        <location filename="../ExportDataDialog.cpp" line="307"/>
        <source>Could not open output file: %1</source>
        <translation>Ausgabedatei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="344"/>
        <location filename="../ExportDataDialog.cpp" line="371"/>
        <source>Choose a filename to export data</source>
        <translation>Dateinamen für den Datenexport wählen</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="31"/>
        <source>Export data as JSON</source>
        <translation>Daten als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="118"/>
        <source>exporting CSV</source>
        <translation>exportiere CSV</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="195"/>
        <location filename="../ExportDataDialog.cpp" line="300"/>
        <source>Error while writing the file &apos;%1&apos;: %2</source>
        <translation>Fehler beim Schreiben in Datei &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="215"/>
        <source>exporting JSON</source>
        <translation>exportiere JSON</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="360"/>
        <source>Please select at least 1 table.</source>
        <translation>Bitte mindestens eine Tabelle auswählen.</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="386"/>
        <source>Choose a directory</source>
        <translation>Verzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="418"/>
        <source>Export completed.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="420"/>
        <source>Export finished with errors.</source>
        <translation>Export wurde mit Fehlern beendet.</translation>
    </message>
</context>
<context>
    <name>ExportSqlDialog</name>
    <message>
        <location filename="../ExportSqlDialog.ui" line="14"/>
        <source>Export SQL...</source>
        <translation>SQL exportieren...</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="35"/>
        <source>Tab&amp;le(s)</source>
        <translation>Tabe&amp;lle(n)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="63"/>
        <source>Select All</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="70"/>
        <source>Deselect All</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="79"/>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="85"/>
        <source>Keep column names in INSERT INTO</source>
        <translation>Spaltennamen in INSERT INTO belassen</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="122"/>
        <source>Multiple rows (VALUES) per INSERT statement</source>
        <translation>Mehrere Reihen (VALUES) je INSERT-Anweisung</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="130"/>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="135"/>
        <source>Export schema only</source>
        <translation>Nur Schema exportieren</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="140"/>
        <source>Export data only</source>
        <translation>Nur Daten exportieren</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="148"/>
        <source>Keep original CREATE statements</source>
        <translation>Originale CREATE-Anweisungen behalten</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="109"/>
        <source>Keep old schema (CREATE TABLE IF NOT EXISTS)</source>
        <translation>Altes Schema behalten (CREATE TABLE IF NOT EXISTS)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="114"/>
        <source>Overwrite old schema (DROP TABLE, then CREATE TABLE)</source>
        <translation>Altes Schema überschreiben (DROP TABLE, dann CREATE TABLE)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="75"/>
        <source>Please select at least one table.</source>
        <translation>Bitte wählen Sie mindestens eine Tabelle aus.</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="89"/>
        <source>Choose a filename to export</source>
        <translation>Dateinamen zum Export auswählen</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="120"/>
        <source>Export completed.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="122"/>
        <source>Export cancelled or failed.</source>
        <translation>Export abgebrochen oder fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ExtendedScintilla</name>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="63"/>
        <location filename="../ExtendedScintilla.cpp" line="299"/>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="65"/>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="78"/>
        <location filename="../ExtendedScintilla.cpp" line="303"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="293"/>
        <source>Find...</source>
        <translation>Suchen...</translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="298"/>
        <source>Find and Replace...</source>
        <translation>Suchen und ersetzen...</translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="302"/>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
</context>
<context>
    <name>ExtendedTableWidget</name>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="278"/>
        <source>Use as Exact Filter</source>
        <translation>Als exakten Filter verwenden</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="279"/>
        <source>Containing</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="280"/>
        <source>Not containing</source>
        <translation>Enthält nicht</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="281"/>
        <source>Not equal to</source>
        <translation>Ungleich zu</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="282"/>
        <source>Greater than</source>
        <translation>Größer als</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="283"/>
        <source>Less than</source>
        <translation>Kleiner als</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="284"/>
        <source>Greater or equal</source>
        <translation>Größer oder gleich</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="285"/>
        <source>Less or equal</source>
        <translation>Kleiner oder gleich</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="286"/>
        <source>Between this and...</source>
        <translation>Zwischen diesem und...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="287"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="288"/>
        <source>Edit Conditional Formats...</source>
        <translation>Bedingte Formatierungen bearbeiten...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="290"/>
        <source>Set to NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="291"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="292"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="293"/>
        <source>Copy with Headers</source>
        <translation>Mit Headern kopieren</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="294"/>
        <source>Copy as SQL</source>
        <translation>Als SQL kopieren</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="295"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="296"/>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="299"/>
        <source>Use in Filter Expression</source>
        <translation>Im Filterausdruck verwenden</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="330"/>
        <source>Alt+Del</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="333"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="334"/>
        <source>Ctrl+Alt+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="849"/>
        <source>The content of the clipboard is bigger than the range selected.
Do you want to insert it anyway?</source>
        <translation>Der Inhalt der Zwischenablage ist größer als der ausgewählte Bereich. Soll er dennoch eingefügt werden?</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="1214"/>
        <source>&lt;p&gt;Not all data has been loaded. &lt;b&gt;Do you want to load all data before selecting all the rows?&lt;/b&gt;&lt;p&gt;&lt;p&gt;Answering &lt;b&gt;No&lt;/b&gt; means that no more data will be loaded and the selection will not be performed.&lt;br/&gt;Answering &lt;b&gt;Yes&lt;/b&gt; might take some time while the data is loaded but the selection will be complete.&lt;/p&gt;Warning: Loading all the data might require a great amount of memory for big tables.</source>
        <translation>&lt;p&gt;Es wurden nicht alle Daten geladen. &lt;b&gt;Sollen vor dem Auswählen aller Zeilen alle Daten geladen werden?&lt;/b&gt;&lt;p&gt;&lt;p&gt;Das Antworten von &lt;b&gt;Nein&lt;/b&gt; wird keine weiteren Daten laden und die Auswahl nicht durchführen.&lt;/br&gt;Das Antworten von &lt;b&gt;Ja&lt;/b&gt; benötigt möglicherweise einige Zeit, während die Daten geladen werden, aber die Auswahl wird vollständig sein.&lt;/p&gt;Warnung: Das Laden aller Daten benötigt bei großen Tabellen möglicherweise eine große Menge an Speicher.</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="1292"/>
        <source>Cannot set selection to NULL. Column %1 has a NOT NULL constraint.</source>
        <translation>Auswahl kann nicht auf NULL gesetzt. Die Spalte %1 hat eine NOT NULL Beschränkung.</translation>
    </message>
</context>
<context>
    <name>FileExtensionManager</name>
    <message>
        <location filename="../FileExtensionManager.ui" line="14"/>
        <source>File Extension Manager</source>
        <translation>Dateierweiterungs-Manager</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="22"/>
        <source>&amp;Up</source>
        <translation>H&amp;och</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="33"/>
        <source>&amp;Down</source>
        <translation>&amp;Runter</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="68"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="94"/>
        <location filename="../FileExtensionManager.cpp" line="43"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="99"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.cpp" line="44"/>
        <source>*.extension</source>
        <translation>*.erweiterung</translation>
    </message>
</context>
<context>
    <name>FilterLineEdit</name>
    <message>
        <location filename="../FilterLineEdit.cpp" line="17"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="31"/>
        <source>These input fields allow you to perform quick filters in the currently selected table.
By default, the rows containing the input text are filtered out.
The following operators are also supported:
%	Wildcard
&gt;	Greater than
&lt;	Less than
&gt;=	Equal to or greater
&lt;=	Equal to or less
=	Equal to: exact match
&lt;&gt;	Unequal: exact inverse match
x~y	Range: values between x and y
/regexp/	Values matching the regular expression</source>
        <translation>Diese Eingabefelder erlauben Ihnen das Anwenden von schnellen Filtern in der aktuell ausgewählten Tabelle.
Standardmäßig werden Zeilen, die den Eingabetext beinhalten, herausgefiltert.
Zudem werden die folgenden Operatoren unterstützt:
%	Wildcard
&gt;	Größer als
&lt;	Kleiner als
&gt;=	Größer oder gleich
&lt;=	Kleiner oder gleich
=	Gleich: exakte Übereinstimmung
&lt;&gt;	Ungleich:exakte inverse Übereinstimmung
x~y	Bereich: Werte zwischen x und y
/regexp/	Werte, die dem regulären Ausdruck genügen</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="205"/>
        <source>Clear All Conditional Formats</source>
        <translation>Alle bedingten Formatierungen löschen</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="210"/>
        <source>Use for Conditional Format</source>
        <translation>Als bedingte Formatierung verwenden</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="215"/>
        <source>Edit Conditional Formats...</source>
        <translation>Bedingte Formatierungen bearbeiten...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="134"/>
        <source>Set Filter Expression</source>
        <translation>Filterausdruck setzen</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="136"/>
        <source>What&apos;s This?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="142"/>
        <source>Is NULL</source>
        <translation>Ist NULL</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="147"/>
        <source>Is not NULL</source>
        <translation>Ist nicht NULL</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="152"/>
        <source>Is empty</source>
        <translation>Ist leer</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="157"/>
        <source>Is not empty</source>
        <translation>Ist nicht leer</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="162"/>
        <source>Not containing...</source>
        <translation>Enthält nicht...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="166"/>
        <source>Equal to...</source>
        <translation>Gleich zu...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="170"/>
        <source>Not equal to...</source>
        <translation>Ungleich zu...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="174"/>
        <source>Greater than...</source>
        <translation>Größer als...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="178"/>
        <source>Less than...</source>
        <translation>Kleiner als...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="182"/>
        <source>Greater or equal...</source>
        <translation>Größer oder gleich...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="186"/>
        <source>Less or equal...</source>
        <translation>Kleiner oder gleich...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="190"/>
        <source>In range...</source>
        <translation>Im Bereich...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="195"/>
        <source>Regular expression...</source>
        <translation>Regulärer Ausdruck...</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../FindReplaceDialog.ui" line="14"/>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="43"/>
        <source>Fi&amp;nd text:</source>
        <translation>Text fi&amp;nden:</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="56"/>
        <source>Re&amp;place with:</source>
        <translation>Er&amp;setzen mit:</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="69"/>
        <source>Match &amp;exact case</source>
        <translation>&amp;Exakte Schreibung</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="79"/>
        <source>Match &amp;only whole words</source>
        <translation>Nur &amp;ganze Wörter</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="86"/>
        <source>When enabled, the search continues from the other end when it reaches one end of the page</source>
        <translation>Wenn aktiviert, fährt die Suche am anderen Ende fort, wenn sie das Ende der Seite erreicht hat</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="89"/>
        <source>&amp;Wrap around</source>
        <translation>&amp;Umbrechen</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="96"/>
        <source>When set, the search goes backwards from cursor position, otherwise it goes forward</source>
        <translation>Wenn gesetzt, erfolgt die Suche rückwärts von der Cursorposition, anderenfalls erfolgt sie vorwärts</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="99"/>
        <source>Search &amp;backwards</source>
        <translation>Rück&amp;wärts suchen</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="106"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is searched only in the current selection.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn ausgewählt, wird das gesuchte Muster nur in der aktuellen Auswahl gesucht.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="109"/>
        <source>&amp;Selection only</source>
        <translation>Nur Au&amp;swahl</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="116"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn aktiviert, wird das Suchmuster als regulärer Ausdruck (UNIX-Stil) interpretiert. Siehe &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks (englisch)&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="119"/>
        <source>Use regular e&amp;xpressions</source>
        <translation>Reguläre A&amp;usdrücke verwenden</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="139"/>
        <source>Find the next occurrence from the cursor position and in the direction set by &quot;Search backwards&quot;</source>
        <translation>Das nächste Auftreten ausgehend von der Cursorposition und in der durch &quot;Rückwärts suchen&quot; gesetzten Richtung finden</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="142"/>
        <source>&amp;Find Next</source>
        <translation>Nächste &amp;finden</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="145"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="152"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="159"/>
        <source>Highlight all the occurrences of the text in the page</source>
        <translation>Alle Auftreten des Textes auf der Seite hervorheben</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="162"/>
        <source>F&amp;ind All</source>
        <translation>Alle f&amp;inden</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="169"/>
        <source>Replace all the occurrences of the text in the page</source>
        <translation>Alle Auftreten des Textes auf der Seite ersetzen</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="172"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="86"/>
        <source>The searched text was not found</source>
        <translation>Der gesuchte Text wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="158"/>
        <source>The searched text was not found.</source>
        <translation>Der gesuchte Text wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="164"/>
        <source>The searched text was found one time.</source>
        <translation>Der gesuchte Text wurde ein Mal gefunden.</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="170"/>
        <source>The searched text was found %1 times.</source>
        <translation>Der gesuchte Text wurde %1-mal gefunden.</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="162"/>
        <source>The searched text was replaced one time.</source>
        <translation>Der gesuchte Text wurde ein Mal ersetzt.</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="168"/>
        <source>The searched text was replaced %1 times.</source>
        <translation>Der gesuchte Text wurde %1-mal ersetzt.</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <location filename="../ForeignKeyEditorDelegate.cpp" line="21"/>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../ForeignKeyEditorDelegate.cpp" line="24"/>
        <source>Foreign key clauses (ON UPDATE, ON DELETE etc.)</source>
        <translation>Fremdschlüssel-Klauseln (ON UPDATE, ON DELETE etc.)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ImageViewer.ui" line="14"/>
        <source>Image Viewer</source>
        <translation>Bildanzeige</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="95"/>
        <source>Reset the scaling to match the original size of the image.</source>
        <translation>Skalierung auf Originalgröße des Bildes zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="106"/>
        <source>Set the scaling to match the size of the viewport.</source>
        <translation>Skalierung auf Fenstergröße setzen.</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="126"/>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="129"/>
        <source>Open preview dialog for printing displayed image</source>
        <translation>Vorschaudialog zum Drucken des angezeigten Bildes öffnen</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="132"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <location filename="../ImportCsvDialog.ui" line="14"/>
        <source>Import CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="25"/>
        <source>Table na&amp;me</source>
        <translation>Tabellenna&amp;me</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="38"/>
        <source>&amp;Column names in first line</source>
        <translation>&amp;Spaltennamen in erster Zeile</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="55"/>
        <source>Field &amp;separator</source>
        <translation>Feld-&amp;Separator</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="68"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="73"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="78"/>
        <location filename="../ImportCsvDialog.cpp" line="828"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="83"/>
        <source>|</source>
        <translation>|</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="228"/>
        <source>Other</source>
        <translation>Anderer</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="130"/>
        <source>&amp;Quote character</source>
        <translation>&amp;String-Zeichen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="88"/>
        <location filename="../ImportCsvDialog.ui" line="158"/>
        <source>Other (printable)</source>
        <translation>Anderer (darstellbar)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="93"/>
        <location filename="../ImportCsvDialog.ui" line="163"/>
        <source>Other (code)</source>
        <translation>Anderer (Code)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="143"/>
        <source>&quot;</source>
        <translation>&quot;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="148"/>
        <source>&apos;</source>
        <translation>&apos;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="200"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codierung</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="213"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="218"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="223"/>
        <source>ISO-8859-1</source>
        <translation>ISO-8859-1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="254"/>
        <source>Trim fields?</source>
        <translation>Felder trimmen?</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="274"/>
        <source>Separate tables</source>
        <translation>Tabellen trennen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="291"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="305"/>
        <source>When importing an empty value from the CSV file into an existing table with a default value for this column, that default value is inserted. Activate this option to insert an empty value instead.</source>
        <translation>Beim Import eines leeren Wertes aus einer CSV-Datei in eine existierende Tabelle mit einem Standardwert für diese Spalte wird dieser Standardwert eingefügt. Aktivieren Sie diese Option, um stattdessen einen leeren Wert einzufügen.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="312"/>
        <source>Ignore default &amp;values</source>
        <translation>Standard&amp;werte ignorieren</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="322"/>
        <source>Activate this option to stop the import when trying to import an empty value into a NOT NULL column without a default value.</source>
        <translation>Aktivieren Sie diese Option, um den Import zu stoppen, wenn ein leerer Wert in eine NOT-NULL-Spalte ohne Standardwert importiert werden soll.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="329"/>
        <source>Fail on missing values </source>
        <translation>Fehler bei fehlenden Werten </translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="339"/>
        <source>Disable data type detection</source>
        <translation>Datentyp-Erkennung deaktivieren</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="349"/>
        <source>Disable the automatic data type detection when creating a new table.</source>
        <translation>Die automatische Datentyperkennung bei der Erstellung einer neuen Tabelle deaktivieren.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="356"/>
        <source>Use local number conventions</source>
        <translation>Lokale Nummern-Konventionen verwenden</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="366"/>
        <source>Use decimal and thousands separators according to the system locale.</source>
        <translation>Dezimal- und Tausender-Trennzeichen entsprechend der Systemeinstellungen verwenden.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="373"/>
        <source>When importing into an existing table with a primary key, unique constraints or a unique index there is a chance for a conflict. This option allows you to select a strategy for that case: By default the import is aborted and rolled back but you can also choose to ignore and not import conflicting rows or to replace the existing row in the table.</source>
        <translation>Beim Import von Daten in eine existierende Tabelle mit einem Primärschlüssel, Unique-Beschränkungen oder einem eindeutigen Index besteht die Möglichkeit von Konflikten. Diese Option erlaubt die Auswahl einer Strategie für diesen Fall: Standardmäßig wird der Import abgebrochen und zurückgerollt, aber es besteht auch die Option des Ignorierens und somit Nicht-Importierens in Konflikt stehender Zeilen oder des Ersetzens existierender Zeilen der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="377"/>
        <source>Abort import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="382"/>
        <source>Ignore row</source>
        <translation>Zeile ignorieren</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="387"/>
        <source>Replace existing row</source>
        <translation>Existierende Zeile ersetzen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="395"/>
        <source>Conflict strategy</source>
        <translation>Konflikt-Strategie</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="446"/>
        <location filename="../ImportCsvDialog.cpp" line="357"/>
        <source>Deselect All</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="462"/>
        <source>Match Similar</source>
        <translation>Ähnliche suchen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="357"/>
        <source>Select All</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="524"/>
        <source>There is already a table named &apos;%1&apos; and an import into an existing table is only possible if the number of columns match.</source>
        <translation>Es gibt bereits eine Tabelle namens &apos;%1&apos; und ein Import in eine existierende Tabelle ist nur bei übereinstimmender Spaltenanzahl möglich.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="532"/>
        <source>There is already a table named &apos;%1&apos;. Do you want to import the data into it?</source>
        <translation>Es gibt bereits eine Tabelle namens &apos;%1&apos;. Möchten Sie die Daten in diese importieren?</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="566"/>
        <source>Creating restore point failed: %1</source>
        <translation>Erstellung des Wiederherstellungspunktes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="579"/>
        <source>Creating the table failed: %1</source>
        <translation>Erstellung der Tabelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="639"/>
        <source>importing CSV</source>
        <translation>importierte CSV</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="642"/>
        <source>Could not prepare INSERT statement: %1</source>
        <translation>INSERT-Anweisung konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="732"/>
        <source>Unexpected end of file. Please make sure that you have configured the correct quote characters and the file is not malformed.</source>
        <translation>Unerwartetes Dateiende. Bitte sicherstellen, dass die korrekten Anführungszeichen gesetzt sind und die Datei wohlgeformt ist.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="746"/>
        <source>Importing the file &apos;%1&apos; took %2ms. Of this %3ms were spent in the row function.</source>
        <translation>Import der Datei &apos;%1&apos; benötigte %2 ms. Davon wurden %3 ms in der Zeilenfunktion verbracht.</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="730"/>
        <source>Inserting row failed: %1</source>
        <translation>Einfügen der Zeile fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../MainWindow.ui" line="1246"/>
        <source>toolBar1</source>
        <translation>Werkzeugleiste1</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2381"/>
        <source>Opens the SQLCipher FAQ in a browser window</source>
        <translation>Öffnet die SQLCipher-FAQ in einem Browserfenster</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2389"/>
        <source>Export one or more table(s) to a JSON file</source>
        <translation>Exportiert eine oder mehrere Tabelle(n) in eine JSON-Datei</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="14"/>
        <source>DB Browser for SQLite</source>
        <translation>DB-Browser für SQLite</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="95"/>
        <source>This is the structure of the opened database.
You can drag SQL statements from an object row and drop them into other applications or into another instance of &apos;DB Browser for SQLite&apos;.
</source>
        <translation>Dies ist die Struktur der geöffneten Datenbank.
Sie können SQL-Anweisungen aus einer Objektzeile fassen und in anderen Anwendungen oder einer anderen &apos;DB-Browser für SQLite&apos;-Instanz ablegen.
</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2705"/>
        <source>Un/comment block of SQL code</source>
        <translation>Kommentieren/Unkommentieren eines Block von SQL-Code</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2708"/>
        <source>Un/comment block</source>
        <translation>Block kommentieren/unkommentieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2711"/>
        <source>Comment or uncomment current line or selected block of code</source>
        <translation>Aktuelle Zeilen oder ausgewählten Codeblock kommentieren oder unkommentieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2714"/>
        <source>Comment or uncomment the selected lines or the current line, when there is no selection. All the block is toggled according to the first line.</source>
        <translation>Aktuelle Zeilen oder aktuelle Zeile kommentieren oder unkommentieren, wenn es keine Auswahl gibt. Der gesamte Block wird entsprechend der ersten Zeile invertiert.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2717"/>
        <source>Ctrl+/</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2729"/>
        <source>Stop SQL execution</source>
        <translation>SQL-Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2732"/>
        <source>Stop execution</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2735"/>
        <source>Stop the currently running SQL script</source>
        <translation>Das aktuelle laufende SQL-Skript stoppen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1490"/>
        <source>Error Log</source>
        <translation>Fehlerprotokoll</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="50"/>
        <location filename="../MainWindow.ui" line="53"/>
        <source>&amp;Database Structure</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>&amp;Datenbankstruktur</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="120"/>
        <location filename="../MainWindow.ui" line="123"/>
        <source>&amp;Browse Data</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>Daten d&amp;urchsuchen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="155"/>
        <location filename="../MainWindow.ui" line="158"/>
        <source>Edit P&amp;ragmas</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>P&amp;ragmas bearbeiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="206"/>
        <source>Temp Store</source>
        <translation>Temporärer Speicher</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="222"/>
        <source>Secure Delete</source>
        <translation>Sicheres Löschen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="264"/>
        <source>Case Sensitive Like</source>
        <translation>Case-Sensitives LIKE</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="358"/>
        <source>Journal Mode</source>
        <translation>Journal-Modus</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="374"/>
        <source>Journal Size Limit</source>
        <translation>Begrenzung der Journalgröße</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="390"/>
        <source>Recursive Triggers</source>
        <translation>Rekursive Trigger</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>pragma</comment>
        <translation type="vanished">Löschen (DELETE)</translation>
    </message>
    <message>
        <source>Truncate</source>
        <comment>pragma</comment>
        <translation type="vanished">Kürzen (TRUNCATE)</translation>
    </message>
    <message>
        <source>Persist</source>
        <comment>pragma</comment>
        <translation type="vanished">Behalten (PERSIST)</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>pragma</comment>
        <translation type="vanished">RAM (MEMORY)</translation>
    </message>
    <message>
        <source>WAL</source>
        <comment>pragma</comment>
        <translation type="vanished">WAL</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>pragma</comment>
        <translation type="vanished">Deaktiviert</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="492"/>
        <source>Page Size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="541"/>
        <source>Foreign Keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="791"/>
        <source>Auto Vacuum</source>
        <translation>Auto-Vakuum</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="814"/>
        <source>Max Page Count</source>
        <translation>Maximale Seitenzahl</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>pragma</comment>
        <translation type="vanished">Normal</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <comment>pragma</comment>
        <translation type="vanished">Exklusiv</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="870"/>
        <source>Checkpoint Full FSYNC</source>
        <translation>Full FSYNC für Checkpoints</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="429"/>
        <location filename="../MainWindow.ui" line="910"/>
        <source>Off</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="854"/>
        <location filename="../MainWindow.ui" line="915"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="920"/>
        <location filename="../MainWindow.ui" line="1178"/>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="929"/>
        <source>Default</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="934"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="419"/>
        <location filename="../MainWindow.ui" line="939"/>
        <source>Memory</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="404"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen (DELETE)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="409"/>
        <source>Truncate</source>
        <translation type="unfinished">Kürzen (TRUNCATE)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="414"/>
        <source>Persist</source>
        <translation type="unfinished">Behalten (PERSIST)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="424"/>
        <source>WAL</source>
        <translation type="unfinished">WAL</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="859"/>
        <source>Exclusive</source>
        <translation type="unfinished">Exklusiv</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="950"/>
        <source>Automatic Index</source>
        <translation>Automatische Indizierung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1025"/>
        <source>Ignore Check Constraints</source>
        <translation>CHECK-Beschränkungen ignorieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1041"/>
        <source>Full FSYNC</source>
        <translation>Full FSYNC</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1057"/>
        <source>WAL Auto Checkpoint</source>
        <translation>Automatische WAL-Checkpoints</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1083"/>
        <source>User Version</source>
        <translation>Benutzerspezifische Version</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1143"/>
        <source>Synchronous</source>
        <translation>Synchronität</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1173"/>
        <source>None</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1183"/>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1194"/>
        <source>Locking Mode</source>
        <translation>Sperrmodus</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1222"/>
        <location filename="../MainWindow.ui" line="1225"/>
        <source>E&amp;xecute SQL</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>SQL aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1315"/>
        <source>&amp;Recent Files</source>
        <translation>&amp;Kürzliche Dateien</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1703"/>
        <source>&amp;New Database</source>
        <translation>&amp;Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1766"/>
        <location filename="../MainWindow.cpp" line="482"/>
        <source>Ctrl+F4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1805"/>
        <source>&amp;Undo</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1808"/>
        <location filename="../MainWindow.ui" line="1811"/>
        <source>Undo last change to the database</source>
        <translation>Letzte Datenbankänderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1814"/>
        <source>This action undoes the last change performed to the database in the Database Browser or in Execute SQL. Redoing is not possible.</source>
        <translation>Diese Aktion macht die letzte Änderung an der Datenbank aus &quot;Daten durchsuchen&quot; oder &quot;SQL ausführen&quot; rückgängig. Wiederherstellen ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1852"/>
        <source>Compact &amp;Database...</source>
        <translation>&amp;Datenbank komprimieren...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1985"/>
        <source>Open the Modify Table wizard, where it is possible to rename an existing table. It is also possible to add or delete fields from a table, as well as modify field names and types.</source>
        <translation>Den Dialog zum Ändern der Tabelle öffnen, wo eine existierende Tabelle umbenannt werden kann. Zudem ist das Hinzufügen oder Löschen von Tabellenfeldern möglich, genauso wie das Ändern von Feldnamen und -typen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2097"/>
        <source>Execute all/selected SQL</source>
        <translation>Komplettes/ausgewähltes SQL ausführen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2100"/>
        <source>This button executes the currently selected SQL statements. If no text is selected, all SQL statements are executed.</source>
        <translation>Dieser Button führt die aktuell ausgewählte SQL-Anweisung aus. Wenn kein Text ausgewählt ist, werden alle SQL-Anweisungen ausgeführt.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2118"/>
        <source>Ctrl+Shift+T</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2139"/>
        <source>&amp;Load Extension...</source>
        <translation>Erweiterung &amp;laden...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2154"/>
        <source>Execute line</source>
        <translation>Zeile ausführen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2183"/>
        <source>&amp;Wiki</source>
        <translation>&amp;Wiki</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2186"/>
        <source>F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2198"/>
        <source>Bug &amp;Report...</source>
        <translation>Fehle&amp;rmeldung...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2210"/>
        <source>Feature Re&amp;quest...</source>
        <translation>Funktions&amp;anfrage...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2222"/>
        <source>Web&amp;site</source>
        <translation>Web&amp;seite</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2234"/>
        <source>&amp;Donate on Patreon...</source>
        <translation>Über &amp;Patreon spenden...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2249"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2270"/>
        <source>Open &amp;Project...</source>
        <translation>&amp;Projekt öffnen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2273"/>
        <source>Open &amp;Project</source>
        <translation>&amp;Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2297"/>
        <source>&amp;Attach Database...</source>
        <translation>Datenbank &amp;anhängen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2300"/>
        <location filename="../MainWindow.ui" line="2303"/>
        <source>Add another database file to the current database connection</source>
        <translation>Eine andere Datenbankdatei zur aktuellen Datenbankverbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2306"/>
        <source>This button lets you add another database file to the current database connection</source>
        <translation>Dieser Button erlaubt Ihnen das Hinzufügen einer anderen Datenbankdatei zur aktuellen Datenbankverbindung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2318"/>
        <source>&amp;Set Encryption...</source>
        <translation>Verschlüsselung &amp;setzen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2378"/>
        <source>SQLCipher &amp;FAQ</source>
        <translation>SQLCiper &amp;FAQ</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2386"/>
        <source>Table(&amp;s) to JSON...</source>
        <translation>Tabelle(&amp;n) zu JSON...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2401"/>
        <source>Open Data&amp;base Read Only...</source>
        <translation>Daten&amp;bank im Lesemodus öffnen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2413"/>
        <source>Ctrl+Shift+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2425"/>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2428"/>
        <source>Save the results view</source>
        <translation>Ergebnisansicht speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2431"/>
        <source>This button lets you save the results of the last executed query</source>
        <translation>Dieser Button erlaubt Ihnen das Speichern der Ergebnisse der zuletzt ausgeführten Abfrage</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2443"/>
        <location filename="../MainWindow.ui" line="2449"/>
        <source>Find text in SQL editor</source>
        <translation>Text im SQL-Editor finden</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2446"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2452"/>
        <source>This button opens the search bar of the editor</source>
        <translation>Dieser Button öffnet die Suchleiste des Editors</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2455"/>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2470"/>
        <location filename="../MainWindow.ui" line="2476"/>
        <source>Find or replace text in SQL editor</source>
        <translation>Text im SQL-Editor suchen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2473"/>
        <source>Find or replace</source>
        <translation>Suchen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2479"/>
        <source>This button opens the find/replace dialog for the current editor tab</source>
        <translation>Dieser Button öffnet den Suchen-/Ersetzen-Dialog für den aktuellen Editortab</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2482"/>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2490"/>
        <source>Export to &amp;CSV</source>
        <translation>Nach &amp;CSV exportieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2495"/>
        <source>Export to &amp;JSON</source>
        <translation>Nach &amp;JSON exportieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2500"/>
        <source>Save as &amp;view</source>
        <translation>Als &amp;View speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2503"/>
        <source>Save as view</source>
        <translation>Als Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2548"/>
        <source>&amp;Open Database</source>
        <translation>Datenbank &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2573"/>
        <source>Drag &amp;&amp; Drop SELECT Query</source>
        <translation>Drag-and-drop für SELECT-Abfrage</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2576"/>
        <location filename="../MainWindow.ui" line="2579"/>
        <source>When dragging fields from the same table or a single table, drop a SELECT query into the editor</source>
        <translation>Wenn Felder aus der gleichen Tabelle oder einen einzelnen Tabelle ausgewählt und gezogen werden, soll eine SELECT-Abfrage in den Editor geschrieben werden</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2783"/>
        <source>Browse Table</source>
        <translation>Tabelle durchsuchen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2797"/>
        <location filename="../MainWindow.cpp" line="483"/>
        <source>Ctrl+Shift+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2826"/>
        <source>Table from CSV data in Clipboard...</source>
        <translation>Tabelle aus CSV-Daten in der Zwischenablage...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2829"/>
        <source>This treats the current clipboard contents as a CSV file and opens the same import wizard that is used for importing CSV data from a file.</source>
        <translation>Dies behandelt den aktuellen Inhalt der Zwischenablage als CSV-Datei und öffnet den gleichen Import-Dialog wie für den Import von CSV-Daten aus einer Datei.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2834"/>
        <source>Show &amp;Row Counts</source>
        <translation>Zeilena&amp;nzahl anzeigen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2837"/>
        <source>This shows the number of rows for each table and view in the database.</source>
        <translation>Dies zeigt die Anzahl der Zeilen für jede Tabelle und Ansicht in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2849"/>
        <source>Save Database &amp;As...</source>
        <translation>D&amp;atenbank speichern unter...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2852"/>
        <source>Save the current database as a different file</source>
        <translation>Die aktuelle Datenbank in einer anderen Datei speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2861"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2864"/>
        <source>Reload the database structure</source>
        <translation>Die Datenbankstruktur neu laden</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2521"/>
        <source>Shows or hides the Project toolbar.</source>
        <translation>Zeigt oder versteckt die Projekt-Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2536"/>
        <source>Extra DB Toolbar</source>
        <translation>Extra DB-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2258"/>
        <source>This button lets you save all the settings associated to the open DB to a DB Browser for SQLite project file</source>
        <translation>Dieser Button erlaubt Ihnen das Speichern aller mit der geöffneten DB verbundenen Einstellungen in einer DB-Browser für SQLite-Projektdatei</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2282"/>
        <source>This button lets you open a DB Browser for SQLite project file</source>
        <translation>Dieser Button erlaubt Ihnen das Öffnen einer DB-Browser für SQLite-Projektdatei</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2565"/>
        <source>New In-&amp;Memory Database</source>
        <translation>Neue In-&amp;Memory-Datenbank</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2587"/>
        <source>Drag &amp;&amp; Drop Qualified Names</source>
        <translation>Drag-and-drop qualifizierter Namen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2590"/>
        <location filename="../MainWindow.ui" line="2593"/>
        <source>Use qualified names (e.g. &quot;Table&quot;.&quot;Field&quot;) when dragging the objects and dropping them into the editor </source>
        <translation>Qualifizierte Namen (z. B. &quot;Tabelle.&quot;Feld&quot;) verwenden, wenn die Objekte gefasst und im Editor abgelegt werden </translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2601"/>
        <source>Drag &amp;&amp; Drop Enquoted Names</source>
        <translation>Drag-and-drop zitierter Namen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2604"/>
        <location filename="../MainWindow.ui" line="2607"/>
        <source>Use escaped identifiers (e.g. &quot;Table1&quot;) when dragging the objects and dropping them into the editor </source>
        <translation>Geschützte Identifier (z. B. &quot;Tabelle1&quot;) verwenden, wenn die Objekte gefasst und im Editor abgelegt werden </translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2612"/>
        <source>&amp;Integrity Check</source>
        <translation>&amp;Integritätsprüfung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2615"/>
        <source>Runs the integrity_check pragma over the opened database and returns the results in the Execute SQL tab. This pragma does an integrity check of the entire database.</source>
        <translation>Führt das Pragma integrity_check auf der geöffneten Datenbank aus und gibt die Ergebnisse im SQL-Tab zurück. Dieses Pragma führt eine Integritätsprüfung der gesamten Datenbank durch.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2620"/>
        <source>&amp;Foreign-Key Check</source>
        <translation>&amp;Fremdschlüssel-Prüfung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2623"/>
        <source>Runs the foreign_key_check pragma over the opened database and returns the results in the Execute SQL tab</source>
        <translation>Führt das Pragma foreign_key_check auf der geöffneten Datenbank aus und gibt die Ergebnisse im SQL-Tab zurück</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2628"/>
        <source>&amp;Quick Integrity Check</source>
        <translation>&amp;Schnelle Integritätsprüfung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2631"/>
        <source>Run a quick integrity check over the open DB</source>
        <translation>Führt eine schnelle Integritätsprüfung der geöffneten DB aus</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2634"/>
        <source>Runs the quick_check pragma over the opened database and returns the results in the Execute SQL tab. This command does most of the checking of PRAGMA integrity_check but runs much faster.</source>
        <translation>Führt das Pragma quick_check auf der geöffneten Datenbank aus und gibt die Ergebnisse im SQL-Tab zurück. Dieser Befehl führt einen Großteil der Prüfung des Pragmas integrity_check aus, ist aber deutlich schneller.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2639"/>
        <source>&amp;Optimize</source>
        <translation>&amp;Optimieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2642"/>
        <source>Attempt to optimize the database</source>
        <translation>Versuchen, die Datenbank zu optimieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2645"/>
        <source>Runs the optimize pragma over the opened database. This pragma might perform optimizations that will improve the performance of future queries.</source>
        <translation>Führt das Pragma optimize auf der geöffneten Datenbank aus. Dieses Pragma führt möglicherweise Optimierungen durch, die die Performanz zukünftiger Queries verbessern.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2654"/>
        <location filename="../MainWindow.ui" line="2681"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2657"/>
        <source>Print text from current SQL editor tab</source>
        <translation>Den Text aus dem aktuellen SQL-Editortab drucken</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2663"/>
        <source>Open a dialog for printing the text in the current SQL editor tab</source>
        <translation>Einen Dialog zum Drucken des Textes im aktuellen SQL-Editortab öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2684"/>
        <source>Print the structure of the opened database</source>
        <translation>Die Struktur der geöffneten Datenbank drucken</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2690"/>
        <source>Open a dialog for printing the structure of the opened database</source>
        <translation>Einen Dialog zum Drucken der Struktur der geöffneten Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2744"/>
        <source>&amp;Save Project As...</source>
        <translation>Projekt &amp;speichern als...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2747"/>
        <location filename="../MainWindow.ui" line="2750"/>
        <location filename="../MainWindow.ui" line="2753"/>
        <source>Save the project in a file selected in a dialog</source>
        <translation>Das Projekt in einer in einem Dialog ausgewählten Datei speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2762"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2765"/>
        <location filename="../MainWindow.ui" line="2768"/>
        <location filename="../MainWindow.ui" line="2771"/>
        <source>Save DB file, project file and opened SQL files</source>
        <translation>DB-Datei, Projektdatei und geöffnete SQL-Dateien speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2774"/>
        <source>Ctrl+Shift+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2788"/>
        <source>Close Pro&amp;ject</source>
        <translation>Pro&amp;jekt schließen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2791"/>
        <location filename="../MainWindow.ui" line="2794"/>
        <source>Close project and database files and return to the initial state</source>
        <translation>Projekt und Datenbankdateien schließen und zum initialen Zustand zurückkehren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="483"/>
        <source>Ctrl+Shift+F4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2806"/>
        <location filename="../MainWindow.ui" line="2818"/>
        <source>Detach Database</source>
        <translation>Datenbank ablösen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2809"/>
        <location filename="../MainWindow.ui" line="2821"/>
        <source>Detach database file attached to the current database connection</source>
        <translation>Die mit der aktuellen Datenbankverbindung verwendete Datenbankdatei ablösen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2404"/>
        <source>Open an existing database file in read only mode</source>
        <translation>Eine existierende Datenbank schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1295"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1299"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1307"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1345"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1357"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1366"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1424"/>
        <source>Edit Database &amp;Cell</source>
        <translation>Datenbank&amp;zelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1517"/>
        <source>This button clears the contents of the SQL logs</source>
        <translation>Dieser Button löscht den Inhalt der SQL-Protokolle</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1529"/>
        <source>This panel lets you examine a log of all SQL commands issued by the application or by yourself</source>
        <translation>Dieses Panel erlaubt Ihnen das Betrachten eines Protokolls aller SQL-Kommandos, die von der Anwendung oder von Ihnen selbst ausgegangen sind</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1585"/>
        <source>DB Sche&amp;ma</source>
        <translation>DB-Sche&amp;ma</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1610"/>
        <source>This is the structure of the opened database.
You can drag multiple object names from the Name column and drop them into the SQL editor and you can adjust the properties of the dropped names using the context menu. This would help you in composing SQL statements.
You can drag SQL statements from the Schema column and drop them into the SQL editor or into other applications.
</source>
        <translation>Dies ist die Struktur der geöffneten Datenbank.
Sie können mehrere Objektnamen aus der Namensspalte nehmen und in den SQL-Editor ziehen und Sie können die Eigenschaften der abgelegten Namen über das Kontextmenü anpassen. Dies kann Sie bei der Erstellung von SQL-Anweisungen unterstützen.
Sie können SQL-Anweisungen aus der Schemaspalte nehmen und in den SQL-Editor oder in anderen Anwendungen ablegen.
</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1649"/>
        <source>&amp;Remote</source>
        <translation>Entfe&amp;rnt</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2112"/>
        <source>Open SQL file(s)</source>
        <translation>SQL-Datei(en) öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2115"/>
        <source>This button opens files containing SQL statements and loads them in new editor tabs</source>
        <translation>Dieser Button öffnet Dateien mit SQL-Anweisungen und lädt diese in neue Editortabs</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2151"/>
        <location filename="../MainWindow.ui" line="2157"/>
        <source>Execute current line</source>
        <translation>Aktuelle Zeile ausführen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2160"/>
        <source>This button executes the SQL statement present in the current editor line</source>
        <translation>Dieser Button führt die SQL-Anweisung in der aktuellen Editorzeile aus</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2163"/>
        <source>Shift+F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2246"/>
        <source>Sa&amp;ve Project</source>
        <translation>&amp;Projekt speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2330"/>
        <location filename="../MainWindow.ui" line="2333"/>
        <source>Save SQL file as</source>
        <translation>SQL-Datei speichern als</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2348"/>
        <source>This button saves the content of the current SQL editor tab to a file</source>
        <translation>Dieser Button speichert den Inhalt des aktuellen SQL-Editortabs in einer Datei</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2357"/>
        <source>&amp;Browse Table</source>
        <translation>Tabelle &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2366"/>
        <source>Copy Create statement</source>
        <translation>CREATE-Anweisung kopieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2369"/>
        <source>Copy the CREATE statement of the item to the clipboard</source>
        <translation>CREATE-Anweisung des Elements in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1480"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1485"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1520"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1700"/>
        <source>&amp;New Database...</source>
        <translation>&amp;Neue Datenbank...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1706"/>
        <location filename="../MainWindow.ui" line="1709"/>
        <source>Create a new database file</source>
        <translation>Neue Datenbankdatei erstellen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1712"/>
        <source>This option is used to create a new database file.</source>
        <translation>Diese Option wird zum Erstellen einer neuen Datenbankdatei verwendet.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1715"/>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1727"/>
        <location filename="../MainWindow.ui" line="2545"/>
        <source>&amp;Open Database...</source>
        <translation>Datenbank &amp;öffnen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1730"/>
        <location filename="../MainWindow.ui" line="1733"/>
        <location filename="../MainWindow.ui" line="2407"/>
        <location filename="../MainWindow.ui" line="2551"/>
        <location filename="../MainWindow.ui" line="2554"/>
        <source>Open an existing database file</source>
        <translation>Existierende Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1736"/>
        <location filename="../MainWindow.ui" line="2410"/>
        <location filename="../MainWindow.ui" line="2557"/>
        <source>This option is used to open an existing database file.</source>
        <translation>Diese Option wird zum Öffnen einer existierenden Datenbankdatei verwendet.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1739"/>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1754"/>
        <source>&amp;Close Database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1763"/>
        <source>This button closes the connection to the currently open database file</source>
        <translation>Dieser Button schließt die Verbindung zu der aktuell geöffneten Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="197"/>
        <location filename="../MainWindow.cpp" line="3809"/>
        <source>Ctrl+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1784"/>
        <location filename="../MainWindow.ui" line="1787"/>
        <source>Revert database to last saved state</source>
        <translation>Datenbank auf zuletzt gespeicherten Zustand zurücksetzen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1790"/>
        <source>This option is used to revert the current database file to its last saved state. All changes made since the last save operation are lost.</source>
        <translation>Diese Option wird zum Zurücksetzen der aktuellen Datenbankdatei auf den zuletzt gespeicherten Zustand verwendet. Alle getätigten Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1832"/>
        <location filename="../MainWindow.ui" line="1835"/>
        <source>Write changes to the database file</source>
        <translation>Änderungen in Datenbankdatei schreiben</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1838"/>
        <source>This option is used to save changes to the database file.</source>
        <translation>Diese Option wird zum Speichern von Änderungen in der Datenbankdatei verwendet.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1841"/>
        <source>Ctrl+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1855"/>
        <source>Compact the database file, removing space wasted by deleted records</source>
        <translation>Datenbankdatei komprimieren, löscht Speicherplatz von gelöschten Zeilen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1858"/>
        <location filename="../MainWindow.ui" line="1861"/>
        <source>Compact the database file, removing space wasted by deleted records.</source>
        <translation>Datenbankdatei komprimieren, löscht Speicherplatz von gelöschten Zeilen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1869"/>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1872"/>
        <source>Ctrl+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1883"/>
        <source>Import data from an .sql dump text file into a new or existing database.</source>
        <translation>Daten von einer .sql-Dump-Textdatei in eine neue oder existierende Datenbank importieren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1886"/>
        <source>This option lets you import data from an .sql dump text file into a new or existing database. SQL dump files can be created on most database engines, including MySQL and PostgreSQL.</source>
        <translation>Diese Option wird zum Importieren von Daten von einer .sql-Dump-Textdatei in eine neue oder existierende Datenbank verwendet. SQL-Dumpdateien können von den meisten Datenbankanwendungen erstellt werden, inklusive MySQL und PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1897"/>
        <source>Open a wizard that lets you import data from a comma separated text file into a database table.</source>
        <translation>Öffnet einen Assistenten zum Importieren von Daten aus einer kommaseparierten Textdatei in eine Datenbanktabelle.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1900"/>
        <source>Open a wizard that lets you import data from a comma separated text file into a database table. CSV files can be created on most database and spreadsheet applications.</source>
        <translation>Öffnet einen Assistenten zum Importieren von Daten aus einer kommaseparierten Textdatei in eine Datenbanktabelle. CSV-Dateien können von den meisten Datenbank- und Tabellenkalkulationsanwendungen erstellt werden.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1911"/>
        <source>Export a database to a .sql dump text file.</source>
        <translation>Daten in eine .sql-Dump-Textdatei exportieren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1914"/>
        <source>This option lets you export a database to a .sql dump text file. SQL dump files contain all data necessary to recreate the database on most database engines, including MySQL and PostgreSQL.</source>
        <translation>Diese Option ermöglicht den Export einer Datenbank in eine .sql-Dump-Textdatei. SQL-Dumpdateien enthalten alle notwendigen Daten, um die Datenbank mit den meisten Datenbankanwendungen neu erstellen zu können, inklusive MySQL und PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1925"/>
        <source>Export a database table as a comma separated text file.</source>
        <translation>Datenbank als kommaseparierte Textdatei exportieren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1928"/>
        <source>Export a database table as a comma separated text file, ready to be imported into other database or spreadsheet applications.</source>
        <translation>Exportiert die Datenbank als kommaseparierte Textdatei, fertig zum Import in andere Datenbank- oder Tabellenkalkulationsanwendungen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1946"/>
        <source>Open the Create Table wizard, where it is possible to define the name and fields for a new table in the database</source>
        <translation>Den Assistenten zum Erstellen einer Tabelle öffnen, wo der Name und die Felder für eine neue Tabelle in der Datenbank festgelegt werden können</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1967"/>
        <source>Open the Delete Table wizard, where you can select a database table to be dropped.</source>
        <translation>Den Assistenten zum Löschen einer Tabelle öffnen, wo eine zu entfernende Datenbanktabelle ausgewählt werden kann.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2003"/>
        <source>Open the Create Index wizard, where it is possible to define a new index on an existing database table.</source>
        <translation>Den Assistenten zum Erstellen des Index öffnen, wo ein neuer Index für eine existierende Datenbanktabelle gewählt werden kann.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2015"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2018"/>
        <location filename="../MainWindow.ui" line="2021"/>
        <source>Open the preferences window.</source>
        <translation>Das Einstellungsfenster öffnen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2036"/>
        <source>&amp;DB Toolbar</source>
        <translation>&amp;DB-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2039"/>
        <source>Shows or hides the Database toolbar.</source>
        <translation>Zeigt oder versteckt die Datenbank-Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2054"/>
        <source>Shift+F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2070"/>
        <source>&amp;Recently opened</source>
        <translation>&amp;Kürzlich geöffnet</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2085"/>
        <source>Ctrl+T</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1156"/>
        <source>Warning: this pragma is not readable and this value has been inferred. Writing the pragma might overwrite a redefined LIKE provided by an SQLite extension.</source>
        <translation>Warnung: dieses Pragma ist nicht lesbar und dieser Wert wurde abgeleitet. Das Schreiben des Pragmas überschreibt möglicherweise ein geändertes LIKE, das von einer SQLite-Erweiterung zur Verfügung gestellt wird.</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1382"/>
        <source>Too&amp;ls</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1404"/>
        <source>DB Toolbar</source>
        <translation>DB-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1433"/>
        <source>SQL &amp;Log</source>
        <translation>SQL-&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1463"/>
        <source>Show S&amp;QL submitted by</source>
        <translation>Anzeige des übergebenen S&amp;QL von</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1574"/>
        <source>&amp;Plot</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1658"/>
        <location filename="../MainWindow.ui" line="2518"/>
        <source>Project Toolbar</source>
        <translation>Projekt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1677"/>
        <source>Extra DB toolbar</source>
        <translation>Extra DB-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1680"/>
        <location filename="../MainWindow.ui" line="1757"/>
        <location filename="../MainWindow.ui" line="1760"/>
        <source>Close the current database file</source>
        <translation>Die aktuelle Datenbankdatei schließen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1781"/>
        <source>&amp;Revert Changes</source>
        <translation>Änderungen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1829"/>
        <source>&amp;Write Changes</source>
        <translation>Änderungen &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1880"/>
        <source>&amp;Database from SQL file...</source>
        <translation>&amp;Datenbank aus SQL-Datei...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1894"/>
        <source>&amp;Table from CSV file...</source>
        <translation>&amp;Tabelle aus CSV-Datei...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1908"/>
        <source>&amp;Database to SQL file...</source>
        <translation>&amp;Datenbank als SQL-Datei...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1922"/>
        <source>&amp;Table(s) as CSV file...</source>
        <translation>&amp;Tabelle(n) als CSV-Datei...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1943"/>
        <source>&amp;Create Table...</source>
        <translation>Tabelle &amp;erstellen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1961"/>
        <source>&amp;Delete Table...</source>
        <translation>Tabelle &amp;löschen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1982"/>
        <source>&amp;Modify Table...</source>
        <translation>Tabelle &amp;ändern...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2000"/>
        <source>Create &amp;Index...</source>
        <translation>&amp;Index erstellen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2051"/>
        <source>W&amp;hat&apos;s This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2062"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2079"/>
        <source>New &amp;tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2082"/>
        <source>This button opens a new tab for the SQL editor</source>
        <translation>Dieser Button öffnet einen neuen Tab im SQL-Editor</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2094"/>
        <source>&amp;Execute SQL</source>
        <translation>SQL &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2252"/>
        <location filename="../MainWindow.ui" line="2255"/>
        <source>Save the current session to a file</source>
        <translation>Aktuelle Sitzung in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2276"/>
        <location filename="../MainWindow.ui" line="2279"/>
        <source>Load a working session from a file</source>
        <translation>Sitzung aus einer Datei laden</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2127"/>
        <location filename="../MainWindow.ui" line="2342"/>
        <location filename="../MainWindow.ui" line="2345"/>
        <source>Save SQL file</source>
        <translation>SQL-Datei speichern</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="297"/>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2171"/>
        <source>Export as CSV file</source>
        <translation>Als CSV-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2174"/>
        <source>Export table as comma separated values file</source>
        <translation>Tabelle als kommaseparierte Wertedatei exportieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="282"/>
        <source>Ctrl+L</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2666"/>
        <location filename="../MainWindow.ui" line="2693"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="406"/>
        <source>Database encoding</source>
        <translation>Datenbank-Codierung</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="517"/>
        <location filename="../MainWindow.cpp" line="3283"/>
        <source>Choose a database file</source>
        <translation>Eine Datenbankdatei auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2103"/>
        <source>Ctrl+Return</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="287"/>
        <source>Ctrl+D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="292"/>
        <source>Ctrl+I</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="337"/>
        <source>Reset Window Layout</source>
        <translation>Fensteranordnung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="378"/>
        <source>The database is currently busy.</source>
        <translation>Die Datenbank ist aktuell beschäftigt.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="384"/>
        <source>Click here to interrupt the currently running query.</source>
        <translation>Hier klicken, um die aktuell laufende Abfrage zu unterbrechen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="392"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="393"/>
        <source>Database is encrypted using SQLCipher</source>
        <translation>Datenbank ist mittels SQLCipher verschlüsselt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="399"/>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="400"/>
        <source>Database file is read only. Editing the database is disabled.</source>
        <translation>Zugriff auf Datenbank nur lesend. Bearbeiten der Datenbank ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="582"/>
        <source>Could not open database file.
Reason: %1</source>
        <translation>Datenbankdatei konnte nicht geöffnet werden. Grund: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="595"/>
        <location filename="../MainWindow.cpp" line="1559"/>
        <location filename="../MainWindow.cpp" line="3109"/>
        <source>Choose a filename to save under</source>
        <translation>Dateinamen zum Speichern auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1493"/>
        <source>Error while saving the database file. This means that not all changes to the database were saved. You need to resolve the following error first.

%1</source>
        <translation>Fehler beim Speichern der Datenbankdatei. Dies bedeutet, dass nicht alle Änderungen an der Datenbank gespeichert wurden. Der folgende Fehler muss zuvor gelöst werden:

%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2063"/>
        <source>Do you want to save the changes made to SQL tabs in the project file &apos;%1&apos;?</source>
        <translation>Sollen die in den SQL-Tabs getätigten Änderungen in der Projektdatei &apos;%1&apos; gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2478"/>
        <source>A new DB Browser for SQLite version is available (%1.%2.%3).&lt;br/&gt;&lt;br/&gt;Please download at &lt;a href=&apos;%4&apos;&gt;%4&lt;/a&gt;.</source>
        <translation>Eine neue Version des DB-Browsers für SQLite ist verfügbar (%1.%2.%3).&lt;br/&gt;&lt;br/&gt;Bitte laden Sie diese von &lt;a href=&apos;%4&apos;&gt;%4&lt;/a&gt; herunter.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2709"/>
        <source>DB Browser for SQLite project file (*.sqbpro)</source>
        <translation>DB-Browser für SQLite-Projektdatei (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="978"/>
        <source>Error checking foreign keys after table modification. The changes will be reverted.</source>
        <translation>Fehler beim Prüfen von Fremdschlüsseln nach der Änderung an der Tabelle. Die Änderungen werden rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="981"/>
        <source>This table did not pass a foreign-key check.&lt;br/&gt;You should run &apos;Tools | Foreign-Key Check&apos; and fix the reported issues.</source>
        <translation>Diese Tabelle hat die Fremdschlüssel-Prüfung nicht bestanden.&lt;br/&gt;Sie sollten &apos;Werkzeuge | Fremdschlüssel-Prüfung&apos; ausführen und die gemeldeten Probleme beheben.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1331"/>
        <source>Execution finished with errors.</source>
        <translation>Ausführung wurde mit Fehlern beendet.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1333"/>
        <source>Execution finished without errors.</source>
        <translation>Ausführung wurde ohne Fehler beendet.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1502"/>
        <source>Are you sure you want to undo all changes made to the database file &apos;%1&apos; since the last save?</source>
        <translation>Sollen wirklich alle Änderungen an der Datenbankdatei &apos;%1&apos; seit dem letzten Speichern rückgängig gemacht werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1540"/>
        <source>Choose a file to import</source>
        <translation>Datei für Import auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2222"/>
        <source>Text files(*.sql *.txt);;All files(*)</source>
        <translation>Textdateien(*.sql *.txt);;Alle Dateien(*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1552"/>
        <source>Do you want to create a new database file to hold the imported data?
If you answer no we will attempt to import the data in the SQL file to the current database.</source>
        <translation>Soll für die importierten Daten eine neue Datenbank erstellt werden?
Bei der Antwort NEIN werden die Daten in die SQL-Datei der aktuellen Datenbank importiert.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="205"/>
        <source>Ctrl+Tab</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="214"/>
        <source>Ctrl+Shift+Tab</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="240"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="334"/>
        <source>Window Layout</source>
        <translation>Fensterlayout</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="346"/>
        <source>Simplify Window Layout</source>
        <translation>Fensterlayout vereinfachen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="347"/>
        <source>Alt+Shift+0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="356"/>
        <source>Dock Windows at Bottom</source>
        <translation>Fenster unten anheften</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="360"/>
        <source>Dock Windows at Left Side</source>
        <translation>Fenster links anheften</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="364"/>
        <source>Dock Windows at Top</source>
        <translation>Fenster oben anheften</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="727"/>
        <source>You are still executing SQL statements. Closing the database now will stop their execution, possibly leaving the database in an inconsistent state. Are you sure you want to close the database?</source>
        <translation>Es werden aktuell SQL-Anweisungen ausgeführt. Das Schließen der Datenbank wird deren Ausführung stoppen, was die Datenbank möglicherweise in einem inkonsistenten Zustand belässt. Soll die Datenbank wirklich geschlossen werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="823"/>
        <source>Do you want to save the changes made to the project file &apos;%1&apos;?</source>
        <translation>Sollen die an der Projektdatei &apos;%1&apos; getätigten Änderungen gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1563"/>
        <source>File %1 already exists. Please choose a different name.</source>
        <translation>Datei %1 existiert bereits. Bitte einen anderen Namen auswählen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1590"/>
        <source>Error importing data: %1</source>
        <translation>Fehler beim Datenimport: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1594"/>
        <source>Import completed.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1676"/>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1679"/>
        <source>Delete Trigger</source>
        <translation>Trigger löschen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1682"/>
        <source>Delete Index</source>
        <translation>Index löschen</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1964"/>
        <location filename="../MainWindow.cpp" line="1685"/>
        <source>Delete Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2000"/>
        <source>Setting PRAGMA values will commit your current transaction.
Are you sure?</source>
        <translation>Das Setzen von PRAGMA-Werten übermittelt den aktuellen Vorgang.
Sind Sie sicher?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="620"/>
        <source>In-Memory database</source>
        <translation>In-Memory-Datenbank</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="237"/>
        <source>Automatically load the last opened DB file at startup</source>
        <translation>Beim Starten automatisch die zuletzt geöffnete Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="906"/>
        <source>Are you sure you want to delete the table &apos;%1&apos;?
All data associated with the table will be lost.</source>
        <translation>Möchten Sie die Tabelle &apos;%1&apos; wirklich löschen?
Alle mit dieser Tabelle verbundenen Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="908"/>
        <source>Are you sure you want to delete the view &apos;%1&apos;?</source>
        <translation>Möchten Sie die Ansicht &apos;%1&apos; wirklich löschen?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="910"/>
        <source>Are you sure you want to delete the trigger &apos;%1&apos;?</source>
        <translation>Möchten Sie den Trigger &apos;%1&apos; wirklich löschen?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="912"/>
        <source>Are you sure you want to delete the index &apos;%1&apos;?</source>
        <translation>Möchten Sie den Index &apos;%1&apos; wirklich löschen?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="923"/>
        <source>Error: could not delete the table.</source>
        <translation>Fehler: Tabelle konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="925"/>
        <source>Error: could not delete the view.</source>
        <translation>Fehler: Ansicht konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="927"/>
        <source>Error: could not delete the trigger.</source>
        <translation>Fehler: Trigger konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="929"/>
        <source>Error: could not delete the index.</source>
        <translation>Fehler: Index konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="931"/>
        <source>Message from database engine:
%1</source>
        <translation>Nachricht von Datenbank-Engine:
%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="959"/>
        <source>Editing the table requires to save all pending changes now.
Are you sure you want to save the database?</source>
        <translation>Das Bearbeiten der Tabelle setzt das Speichern aller ausstehenden Änderungen voraus.
Möchten Sie die Datenbank wirklich speichern?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1005"/>
        <source>Edit View %1</source>
        <translation>Ansicht %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1011"/>
        <source>Edit Trigger %1</source>
        <translation>Trigger %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1117"/>
        <source>You are already executing SQL statements. Do you want to stop them in order to execute the current statements instead? Note that this might leave the database in an inconsistent state.</source>
        <translation>Es werden bereits SQL-Anweisungen ausgeführt. Sollen diese gestoppt werden, um stattdessen die aktuellen Anweisungen auszuführen? Dies führt möglicherweise zu einem inkonsistenten Zustand der Datenbank.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1166"/>
        <source>-- EXECUTING SELECTION IN &apos;%1&apos;
--</source>
        <translation>-- FÜHRE AUSWAHL IN &apos;%1&apos; AUS
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1191"/>
        <source>-- EXECUTING LINE IN &apos;%1&apos;
--</source>
        <translation>-- FÜHRE ZEILE IN &apos;%1&apos; AUS
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1199"/>
        <source>-- EXECUTING ALL IN &apos;%1&apos;
--</source>
        <translation>-- FÜHRE ALLES IN &apos;%1&apos; AUS
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1234"/>
        <location filename="../MainWindow.cpp" line="1238"/>
        <source>At line %1:</source>
        <translation>In Zeile %1:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1234"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1238"/>
        <source>Result: %2</source>
        <translation>Ergebnis: %2</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1303"/>
        <source>Setting PRAGMA values or vacuuming will commit your current transaction.
Are you sure?</source>
        <translation>Das Setzen von PRAGMA-Werten oder das Komprimieren wird Ihre aktuelle Transaktion übermitteln.
Sind Sie sich sicher?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1737"/>
        <source>Opened &apos;%1&apos; in read-only mode from recent file list</source>
        <translation>&apos;%1&apos; aus der Liste zuletzt geöffneter Dateien im Lesemodus geöffnet</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1739"/>
        <source>Opened &apos;%1&apos; from recent file list</source>
        <translation>&apos;%1&apos; aus der Liste zuletzt geöffneter Dateien geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1870"/>
        <source>Select the action to apply to the dropped file(s). &lt;br/&gt;Note: only &apos;Import&apos; will process more than one file.</source>
        <comment>Note for translation: Although there is no %n in the original, you can use the numerus-form to adjust &apos;files(s)&apos; and remove the note when n = 1. Including %n in the translation will also work.</comment>
        <translation>
            <numerusform>Auf die Datei anzuwendende Aktion auswählen. &lt;br/&gt;Hinweis: Nur &apos;Import&apos; kann mehr als eine Datei verarbeiten.</numerusform>
            <numerusform>Auf die Dateien anzuwendende Aktion auswählen. &lt;br/&gt;Hinweis: Nur &apos;Import&apos; kann mehr als eine Datei verarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2106"/>
        <source>The statements in the tab &apos;%1&apos; are still executing. Closing the tab will stop the execution. This might leave the database in an inconsistent state. Are you sure you want to close the tab?</source>
        <translation>Die Anweisungen im Tab &apos;%1&apos; werden noch ausgeführt. Das Schließen des Tabs stoppt die Ausführung. Dies hinterlässt die Datenbank möglicherweise in einem inkonsistenten Zustand. Soll der Tab wirklich geschlossen werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2890"/>
        <source>This project file is using an old file format because it was created using DB Browser for SQLite version 3.10 or lower. Loading this file format is no longer fully supported. If you want to load it completely, please use DB Browser for SQLite version 3.12 to convert it to the new file format.</source>
        <translation>Diese Projektdatei verwendet ein altes Dateiformat, da es mit DB-Browser für SQLite Version 3.10 oder älter erstellt wurde. Das Laden dieser Dateien wird nicht mehr vollständig unterstützt. Um es komplett zu laden, bitte DB-Browser für SQLite Version 3.12 verwenden und in das neue Format konvertieren.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3259"/>
        <source>Project saved to file &apos;%1&apos;</source>
        <translation>Projekt in Datei &apos;%1&apos; gespeichert</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3461"/>
        <source>Yes. Don&apos;t ask again</source>
        <translation>Ja. Nicht erneut fragen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3566"/>
        <source>This action will open a new SQL tab with the following statements for you to edit and run:</source>
        <translation>Diese Aktion öffnet einen neuen SQL-Tab mit den folgenden Anweisungen zum Bearbeiten und Ausführen:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3772"/>
        <source>Rename Tab</source>
        <translation>Tab umbenennen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3778"/>
        <source>Duplicate Tab</source>
        <translation>Tab duplizieren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3808"/>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3827"/>
        <source>Opening &apos;%1&apos;...</source>
        <translation>&apos;%1&apos; öffnen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3829"/>
        <source>There was an error opening &apos;%1&apos;...</source>
        <translation>Fehler beim Öffnen von &apos;%1&apos;...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3832"/>
        <source>Value is not a valid URL or filename: %1</source>
        <translation>Wert ist keine gültige URL bzw. kein gültiger Dateiname: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1297"/>
        <source>%1 rows returned in %2ms</source>
        <translation>%1 Zeilen in %2 ms zurückgegeben</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="338"/>
        <source>Ctrl+0</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="482"/>
        <source>Alt+Shift+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="702"/>
        <source>Choose a database file to save under</source>
        <translation>Datenbankdatei zum Speichern auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="713"/>
        <source>Error while saving the database to the new file.</source>
        <translation>Fehler beim Speichern der Datenbank in einer neuen Datei.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1411"/>
        <source>Choose text files</source>
        <translation>Textdateien auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1592"/>
        <source>Import completed. Some foreign key constraints are violated. Please fix them before saving.</source>
        <translation>Import vollständig. Ein paar Fremdschlüssel-Beschränkungen wurden verletzt. Bitte beheben Sie diese vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1677"/>
        <source>Modify View</source>
        <translation>Ansicht verändern</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1680"/>
        <source>Modify Trigger</source>
        <translation>Trigger verändern</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1683"/>
        <source>Modify Index</source>
        <translation>Index verändern</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1686"/>
        <source>Modify Table</source>
        <translation>Tabelle verändern</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1778"/>
        <source>&amp;%1 %2%3</source>
        <translation>&amp;%1 %2%3</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1778"/>
        <source> (read only)</source>
        <translation> (nur lesend)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1865"/>
        <source>Open Database or Project</source>
        <translation>Datenbank oder Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1866"/>
        <source>Attach Database...</source>
        <translation>Datenbank anhängen...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1867"/>
        <source>Import CSV file(s)...</source>
        <translation>CSV-Datei(en) importieren...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2062"/>
        <source>Do you want to save the changes made to SQL tabs in a new project file?</source>
        <translation>Sollen die an den SQL-Tabs getätigten Änderungen in einer neuen Projektdatei gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2083"/>
        <source>Do you want to save the changes made to the SQL file %1?</source>
        <translation>Sollen die getätigten Änderungen in der SQL-Datei %1 gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2221"/>
        <source>Select SQL file to open</source>
        <translation>SQL-Datei zum Öffnen auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2274"/>
        <source>Select file name</source>
        <translation>Dateinamen auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2311"/>
        <source>Select extension file</source>
        <translation>Erweiterungsdatei auswählen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2318"/>
        <source>Extension successfully loaded.</source>
        <translation>Erweiterung erfolgreich geladen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2320"/>
        <source>Error loading extension: %1</source>
        <translation>Fehler beim Laden der Erweiterung: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2378"/>
        <source>Could not find resource file: %1</source>
        <translation>Ressourcen-Datei konnte nicht gefunden werden: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2474"/>
        <location filename="../MainWindow.cpp" line="2886"/>
        <source>Don&apos;t show again</source>
        <translation>Nicht wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2477"/>
        <source>New version available.</source>
        <translation>Neue Version verfügbar.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2708"/>
        <source>Choose a project file to open</source>
        <translation>Wählen Sie die zu öffnende Projektdatei</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2755"/>
        <source>DB file &apos;%1&apos; could not be opened</source>
        <translation>Datenbankdatei &apos;%1&apos; konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2909"/>
        <source>Table &apos;%1&apos; not found; settings ignored</source>
        <translation>Tabelle &apos;%1&apos; nicht gefunden; Einstellungen werden ignoriert</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3125"/>
        <source>Could not open project file for writing.
Reason: %1</source>
        <translation>Projekt-Datei konnte nicht schreibend geöffnet werden.
Grund: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3243"/>
        <source>-- Reference to file &quot;%1&quot; (not supported by this version) --</source>
        <translation>-- Referenz zu Datei &quot;%1&quot; (von dieser Version nicht unterstützt) --</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3465"/>
        <source>Collation needed! Proceed?</source>
        <translation>Kollation notwendig! Fortführen?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3466"/>
        <source>A table in this database requires a special collation function &apos;%1&apos; that this application can&apos;t provide without further knowledge.
If you choose to proceed, be aware bad things can happen to your database.
Create a backup!</source>
        <translation>Eine Tabelle in dieser Datenbank benötigt eine spezielle Kollationsfunktion &apos;%1&apos;, die diese Anwendung ohne weitere Kenntnisse nicht bereitstellen kann.
Wenn Sie fortfahren, sollten Sie im Hinterkopf behalten, dass mit Ihrer Datenbank unerwartete Dinge geschehen können.
Erstellen Sie ein Backup!</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3483"/>
        <source>creating collation</source>
        <translation>erstelle Kollation</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3491"/>
        <source>Set a new name for the SQL tab. Use the &apos;&amp;&amp;&apos; character to allow using the following character as a keyboard shortcut.</source>
        <translation>Vergeben Sie einen Namen für den SQL-Tab. Verwenden Sie das Zeichen &apos;&amp;&amp;&apos;, um das folgende Zeichen als Tastaturkürzel zu verwenden.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3543"/>
        <source>Please specify the view name</source>
        <translation>Geben Sie bitte einen Namen für Ansicht an</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3547"/>
        <source>There is already an object with that name. Please choose a different name.</source>
        <translation>Es gibt bereits ein Objekt mit diesem Namen. Bitte wählen Sie einen anderen aus.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3554"/>
        <source>View successfully created.</source>
        <translation>Ansicht erfolgreich erstellt.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3556"/>
        <source>Error creating view: %1</source>
        <translation>Fehler beim Erstellen der Ansicht: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3564"/>
        <source>This action will open a new SQL tab for running:</source>
        <translation>Diese Aktion öffnet einen neuen SQL-Tab zur Ausführung:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3570"/>
        <source>Press Help for opening the corresponding SQLite reference page.</source>
        <translation>Drücken Sie auf &apos;Hilfe&apos;, um die entsprechende SQLite-Referenzseite zu öffnen.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3688"/>
        <source>Busy (%1)</source>
        <translation>Beschäftigt (%1)</translation>
    </message>
</context>
<context>
    <name>NullLineEdit</name>
    <message>
        <location filename="../AddRecordDialog.cpp" line="42"/>
        <source>Set to NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="46"/>
        <source>Alt+Del</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlotDock</name>
    <message>
        <location filename="../PlotDock.ui" line="14"/>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="42"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This pane shows the list of columns of the currently browsed table or the just executed query. You can select the columns that you want to be used as X or Y axis for the plot pane below. The table shows detected axis type that will affect the resulting plot. For the Y axis you can only select numeric columns, but for the X axis you will be able to select:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Date/Time&lt;/span&gt;: strings with format &amp;quot;yyyy-MM-dd hh:mm:ss&amp;quot; or &amp;quot;yyyy-MM-ddThh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Date&lt;/span&gt;: strings with format &amp;quot;yyyy-MM-dd&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Time&lt;/span&gt;: strings with format &amp;quot;hh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Label&lt;/span&gt;: other string formats. Selecting this column as X axis will produce a Bars plot with the column values as labels for the bars&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Numeric&lt;/span&gt;: integer or real values&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Double-clicking the Y cells you can change the used color for that graph.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Dieses Pane zeigt die Liste der Spalten der aktuell ausgewählten Tabelle oder der soeben ausgeführten Abfrage. Sie können die für die X- und Y-Achse gewünschten Spalten für das Plot-Pane unten auswählen. Die Tabelle zeigt den erkannten Achsentyp, der den entstehenden Plot beeinflusst. Für die Y-Achse sind nur numerische Spalten zulässig, während Sie für die X-Achse aus folgenden Optionen auswählen können:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Datum/Zeit&lt;/span&gt;: Strings im Format &amp;quot;yyyy-MM-dd hh:mm:ss&amp;quot; or &amp;quot;yyyy-MM-ddThh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Datum&lt;/span&gt;: Strings im Format &amp;quot;yyyy-MM-dd&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Zeit&lt;/span&gt;: Strings im Format &amp;quot;hh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Beschriftung&lt;/span&gt;: andere Stringformate. Die Auswahl dieser Spalte als X-Achse erzeugt einen Balkendiagramm mit den Spaltenwerten als Beschriftung für die Balken.&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Numerisch&lt;/span&gt;: Integer- oder Real-Werte&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ein Doppelklick auf die Y-Zellen ermöglicht Ihnen das Ändern der für den Graph verwendeten Farbe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="58"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="63"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="68"/>
        <source>Y1</source>
        <translation>Y1</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="73"/>
        <source>Y2</source>
        <translation>Y2</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="78"/>
        <source>Axis Type</source>
        <translation>Achsentyp</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="90"/>
        <source>Here is a plot drawn when you select the x and y values above.

Click on points to select them in the plot and in the table. Ctrl+Click for selecting a range of points.

Use mouse-wheel for zooming and mouse drag for changing the axis range.

Select the axes or axes labels to drag and zoom only in that orientation.</source>
        <translation>Hier wird ein Plot angezeigt, wenn Sie oben die x- und y-Werte auswählen.

Klicken Sie auf Punkte, um diese im Plot und in der Tabelle auszuwählen. Strg+Klick zur Auswahl eines Punktebereichs.

Verwenden Sie das Mausrad zum Zoomen und ziehen Sie mit der Maus, um den Achsenbereich zu ändern.

Wählen Sie die Achsen oder Achsenbeschriftungen aus, um nur in diese Richtung zu zoomen oder zu verschieben.</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="106"/>
        <source>Line type:</source>
        <translation>Linientyp:</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="147"/>
        <location filename="../PlotDock.ui" line="206"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="152"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="157"/>
        <source>StepLeft</source>
        <translation>Linksschritt</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="162"/>
        <source>StepRight</source>
        <translation>Rechtsschritt</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="167"/>
        <source>StepCenter</source>
        <translation>Mittelschritt</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="172"/>
        <source>Impulse</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="180"/>
        <source>Point shape:</source>
        <translation>Punktform:</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="211"/>
        <source>Cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="216"/>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="221"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="226"/>
        <source>Disc</source>
        <translation>Scheibe</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="231"/>
        <source>Square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="236"/>
        <source>Diamond</source>
        <translation>Diamant</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="241"/>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="246"/>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="251"/>
        <source>TriangleInverted</source>
        <translation>Invertiertes Dreieck</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="256"/>
        <source>CrossSquare</source>
        <translation>Quadrat mit Kreuz</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="261"/>
        <source>PlusSquare</source>
        <translation>Quadrat mit Plus</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="266"/>
        <source>CrossCircle</source>
        <translation>Kreis mit Kreuz</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="271"/>
        <source>PlusCircle</source>
        <translation>Kreis mit Plus</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="276"/>
        <source>Peace</source>
        <translation>Peace</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="297"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Save current plot...&lt;/p&gt;&lt;p&gt;File format chosen by extension (png, jpg, pdf, bmp)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Aktuelles Diagramm speichern...&lt;/p&gt;&lt;p&gt;Dateiformat durch Endung auswählen (png, jpg, pdf, bmp)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="300"/>
        <source>Save current plot...</source>
        <translation>Aktuelles Diagramm speichern...</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="326"/>
        <location filename="../PlotDock.cpp" line="581"/>
        <source>Load all data and redraw plot</source>
        <translation>Alle Daten laden und Plot neu zeichnen</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="260"/>
        <location filename="../PlotDock.cpp" line="538"/>
        <location filename="../PlotDock.cpp" line="553"/>
        <source>Row #</source>
        <translation>Zeile #</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="83"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="90"/>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="97"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="103"/>
        <source>Show legend</source>
        <translation>Legende anzeigen</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="109"/>
        <source>Stacked bars</source>
        <translation>Gestapelte Bars</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="115"/>
        <source>Fixed number format</source>
        <translation>Festes Zahlenformat</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="206"/>
        <source>Date/Time</source>
        <translation>Datum/Zeit</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="209"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="212"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="215"/>
        <location filename="../PlotDock.cpp" line="262"/>
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="218"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="222"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="576"/>
        <source>Load all data and redraw plot.
Warning: not all data has been fetched from the table yet due to the partial fetch mechanism.</source>
        <translation>Alle Daten laden und Plot neu zeichnen.
Warnung: es wurden aufgrund der partiellen Abrufmechanismus noch nicht alle Daten aus der Tabelle abgerufen.</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="671"/>
        <source>Choose an axis color</source>
        <translation>Eine Achsenfarbe wählen</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="706"/>
        <source>Choose a filename to save under</source>
        <translation>Dateinamen zum Speichern auswählen</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="707"/>
        <source>PNG(*.png);;JPG(*.jpg);;PDF(*.pdf);;BMP(*.bmp);;All Files(*)</source>
        <translation>PNG(*.png);;JPG(*.jpg);;PDF(*.pdf);;BMP(*.bmp);;Alle Dateien(*)</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="743"/>
        <source>There are curves in this plot and the selected line style can only be applied to graphs sorted by X. Either sort the table or query by X to remove curves or select one of the styles supported by curves: None or Line.</source>
        <translation>Dieser Plot enthält Kurven und der ausgewählte Linienstil kann nur auf nach X sortierte Graphen angewendet werden. Sortieren Sie entweder die Tabelle oder Abfrage nach X oder entfernen Sie die Kurven oder wählen Sie eine der Stile, die von Kurven unterstützt werden: Keiner oder Linie.</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="861"/>
        <source>Loading all remaining data for this table took %1ms.</source>
        <translation>Das Laden aller verbleibender Daten dieser Tabelle benötigte %1 ms.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../PreferencesDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="27"/>
        <source>&amp;General</source>
        <translation>All&amp;gemeines</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="46"/>
        <source>Remember last location</source>
        <translation>Letztes Verzeichnis merken</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="51"/>
        <source>Always use this location</source>
        <translation>Immer dieses Verzeichnis verwenden</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="56"/>
        <source>Remember last location for session only</source>
        <translation>Letztes Verzeichnis nur innerhalb der Sitzung merken</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="338"/>
        <source>Show remote options</source>
        <translation>Fernzugriffs-Optionen anzeigen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="358"/>
        <source>Automatic &amp;updates</source>
        <translation>Automatische &amp;Updates</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="621"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="632"/>
        <source>Database &amp;encoding</source>
        <translation>Datenbank-&amp;Codierung</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="642"/>
        <source>Open databases with foreign keys enabled.</source>
        <translation>Öffnen von Datenbanken mit Fremdschlüsseln aktiviert.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="645"/>
        <source>&amp;Foreign keys</source>
        <translation>&amp;Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="348"/>
        <location filename="../PreferencesDialog.ui" line="368"/>
        <location filename="../PreferencesDialog.ui" line="610"/>
        <location filename="../PreferencesDialog.ui" line="701"/>
        <location filename="../PreferencesDialog.ui" line="708"/>
        <location filename="../PreferencesDialog.ui" line="1607"/>
        <location filename="../PreferencesDialog.ui" line="1693"/>
        <location filename="../PreferencesDialog.ui" line="1713"/>
        <location filename="../PreferencesDialog.ui" line="1733"/>
        <location filename="../PreferencesDialog.ui" line="1753"/>
        <location filename="../PreferencesDialog.ui" line="1773"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="33"/>
        <source>Default &amp;location</source>
        <translation>Voreingestellter &amp;Speicherort</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="85"/>
        <location filename="../PreferencesDialog.ui" line="1971"/>
        <location filename="../PreferencesDialog.ui" line="2094"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="655"/>
        <source>Remove line breaks in schema &amp;view</source>
        <translation>Zeilenumbrüche in der Schema&amp;ansicht entfernen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="665"/>
        <source>Prefetch block si&amp;ze</source>
        <translation>Block&amp;größe für Prefetch</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="746"/>
        <source>SQ&amp;L to execute after opening database</source>
        <translation>Nach dem Öffnen einer Datenbank auszuführendes SQ&amp;L</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="675"/>
        <source>Default field type</source>
        <translation>Voreingestellter Feldtyp</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="775"/>
        <source>Data &amp;Browser</source>
        <translation>Daten&amp;auswahl</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="789"/>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="798"/>
        <source>&amp;Font</source>
        <translation>Schri&amp;ft</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1179"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1185"/>
        <source>Symbol limit in cell</source>
        <translation>Symbolbegrenzung in Zelle</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="865"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="895"/>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="875"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1475"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1261"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1195"/>
        <source>Threshold for completion and calculation on selection</source>
        <translation>Schwellwert für die Vervollständigung und Berechnung bei Auswahl</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1205"/>
        <source>Show images in cell</source>
        <translation>Bilder in Zelle anzeigen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1245"/>
        <source>Enable this option to show a preview of BLOBs containing image data in the cells. This can affect the performance of the data browser, however.</source>
        <translation>Diese Option aktivieren, um eine Vorschau von BLOBs mit Bilddaten in den Zellen anzuzeigen. Dies kann allerdings die Performanz der Anwendung beeinflussen.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1290"/>
        <source>Escape character</source>
        <translation>Escape-Zeichen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1270"/>
        <source>Delay time (&amp;ms)</source>
        <translation>Verzögerung (&amp;ms)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1280"/>
        <source>Set the waiting time before a new filter value is applied. Can be set to 0 for disabling waiting.</source>
        <translation>Verzögerung vor der Anwendung eines neuen Filters setzen. Kann auf 0 gesetzt werden, um dies zu deaktivieren.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1313"/>
        <source>&amp;SQL</source>
        <translation>&amp;SQL</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1331"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1336"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1341"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1346"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1351"/>
        <source>Underline</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1359"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1379"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1387"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1407"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1427"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1447"/>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1467"/>
        <source>Current line</source>
        <translation>Aktuelle Zeile</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1532"/>
        <source>SQL &amp;editor font size</source>
        <translation>SQL-&amp;Editor-Schriftgröße</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1571"/>
        <source>Tab size</source>
        <translation>Tab-Größe</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1517"/>
        <source>SQL editor &amp;font</source>
        <translation>SQL-Editor-&amp;Schrift</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1720"/>
        <source>Error indicators</source>
        <translation>Fehleranzeige</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1740"/>
        <source>Hori&amp;zontal tiling</source>
        <translation>Hori&amp;zontale Anordnung</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1750"/>
        <source>If enabled the SQL code editor and the result table view are shown side by side instead of one over the other.</source>
        <translation>Im aktivierten Zustand werden der SQL-Codeeditor und die Ergebnistabelle neben- statt untereinander angezeigt.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1683"/>
        <source>Code co&amp;mpletion</source>
        <translation>&amp;Codevervollständigung</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="128"/>
        <source>Toolbar style</source>
        <translation>Werkzeugleisten-Stil</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="160"/>
        <location filename="../PreferencesDialog.ui" line="210"/>
        <location filename="../PreferencesDialog.ui" line="260"/>
        <location filename="../PreferencesDialog.ui" line="310"/>
        <location filename="../PreferencesDialog.ui" line="466"/>
        <source>Only display the icon</source>
        <translation>Nur das Symbol anzeigen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="165"/>
        <location filename="../PreferencesDialog.ui" line="215"/>
        <location filename="../PreferencesDialog.ui" line="265"/>
        <location filename="../PreferencesDialog.ui" line="315"/>
        <location filename="../PreferencesDialog.ui" line="471"/>
        <source>Only display the text</source>
        <translation>Nur den Text anzeigen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="170"/>
        <location filename="../PreferencesDialog.ui" line="220"/>
        <location filename="../PreferencesDialog.ui" line="270"/>
        <location filename="../PreferencesDialog.ui" line="320"/>
        <location filename="../PreferencesDialog.ui" line="476"/>
        <source>The text appears beside the icon</source>
        <translation>Der Text erscheint neben dem Symbol</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="175"/>
        <location filename="../PreferencesDialog.ui" line="225"/>
        <location filename="../PreferencesDialog.ui" line="275"/>
        <location filename="../PreferencesDialog.ui" line="325"/>
        <location filename="../PreferencesDialog.ui" line="481"/>
        <source>The text appears under the icon</source>
        <translation>Der Text erscheint unter dem Symbol</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="180"/>
        <location filename="../PreferencesDialog.ui" line="230"/>
        <location filename="../PreferencesDialog.ui" line="280"/>
        <location filename="../PreferencesDialog.ui" line="330"/>
        <location filename="../PreferencesDialog.ui" line="486"/>
        <source>Follow the style</source>
        <translation>Dem Stil folgen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="375"/>
        <source>DB file extensions</source>
        <translation>DB-Dateierweiterungen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="385"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="392"/>
        <source>Main Window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="405"/>
        <source>Database Structure</source>
        <translation>Datenbankstruktur</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="418"/>
        <source>Browse Data</source>
        <translation>Daten durchsuchen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="431"/>
        <source>Execute SQL</source>
        <translation>SQL ausführen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="494"/>
        <source>Edit Database Cell</source>
        <translation>Datenbankzelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="513"/>
        <source>When this value is changed, all the other color preferences are also set to matching colors.</source>
        <translation>Wenn dieser Wert geändert wird, werden alle anderen Farbeinstellungen auch auf die entsprechenden Farben gesetzt.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="532"/>
        <source>Follow the desktop style</source>
        <translation>Dem Desktop-Stil folgen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="537"/>
        <source>Dark style</source>
        <translation>Dunkler Stil</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="550"/>
        <source>Application style</source>
        <translation>Anwendungsstil</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="560"/>
        <source>This sets the font size for all UI elements which do not have their own font size option.</source>
        <translation>Dies setzt die Schriftgröße für alle GUI-Elemente, die keine eigene Einstellung für die Schriftgröße besitzen.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="563"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="576"/>
        <source>Max Recent Files</source>
        <translation>Maximale Anzahl zuletzt geöffneter Dateien</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="596"/>
        <source>Prompt to save SQL tabs
in new project file</source>
        <translation>Dialog zum Speichern von SQL-Tabs
in einer neuen Projektdatei</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="607"/>
        <source>If this is turned on, then changes to the SQL editor generate a save a project confirmation dialog when closing the SQL editor tab.</source>
        <translation>Wenn dies aktiviert ist, dann erzeugen Änderungen am SQL-Editor-Tab beim Schließen des Tabs einen Bestätigungsdialog zum Speichern als Projekt.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="698"/>
        <source>When enabled, the line breaks in the Schema column of the DB Structure tab, dock and printed output are removed.</source>
        <translation>Wenn aktiviert, werden die Zeilenumbrüche in der Schemaspalte des DB-Strukturtabs, Docks und der gedruckten Ausgabe entfernt.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="729"/>
        <source>Database structure font size</source>
        <translation>Schriftgröße in Datenbankstruktur</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="821"/>
        <source>Font si&amp;ze</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1225"/>
        <source>This is the maximum number of items allowed for some computationally expensive functionalities to be enabled:
Maximum number of rows in a table for enabling the value completion based on current values in the column.
Maximum number of indexes in a selection for calculating sum and average.
Can be set to 0 for disabling the functionalities.</source>
        <translation>Dies ist die maximale Elementanzahl, die für die Aktivierung einiger rechenintensiver Funktionalitäten erlaubt ist:
Maximale Zeilenanzahl in einer Tabelle für die Wertvervollständigung basierend auf den aktuellen Werten in dieser Spalte.
Maximale Indexanzahl in einer Auswahl für die Berechnung von Summe und Durchschnitt.
Kann auf 0 gesetzt werden, um diese Funktionalitäten zu deaktivieren.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1231"/>
        <source>This is the maximum number of rows in a table for enabling the value completion based on current values in the column.
Can be set to 0 for disabling completion.</source>
        <translation>Dies ist die maximale Anzahl an Zeilen in einer Tabelle, die zur Wertvervollständigung basierend auf aktuellen Werten in dieser Spalte erlaubt ist.
Kann auf 0 gesetzt werden, um die Vervollständigung zu deaktivieren.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="840"/>
        <source>Field display</source>
        <translation>Feldanzeige</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="542"/>
        <source>Light style</source>
        <translation>Heller Stil</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="852"/>
        <source>Displayed &amp;text</source>
        <translation>Angezeigter &amp;Text</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="885"/>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="908"/>
        <location filename="../PreferencesDialog.ui" line="927"/>
        <location filename="../PreferencesDialog.ui" line="962"/>
        <location filename="../PreferencesDialog.ui" line="997"/>
        <location filename="../PreferencesDialog.ui" line="1016"/>
        <location filename="../PreferencesDialog.ui" line="1035"/>
        <location filename="../PreferencesDialog.ui" line="1054"/>
        <location filename="../PreferencesDialog.ui" line="1073"/>
        <source>Click to set this color</source>
        <translation>Zur Auswahl der Farbe klicken</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="949"/>
        <source>Text color</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="984"/>
        <source>Background color</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1118"/>
        <location filename="../PreferencesDialog.ui" line="1139"/>
        <source>Preview only (N/A)</source>
        <translation>Nur Vorschau (N/A)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1483"/>
        <source>Foreground</source>
        <translation>Vordergrund</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1491"/>
        <source>Selection background</source>
        <translation>Hintergrund einer Auswahl</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1499"/>
        <source>Selection foreground</source>
        <translation>Vordergrund einer Auswahl</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1507"/>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1554"/>
        <source>SQL &amp;results font size</source>
        <translation>Schriftgröße der SQL-&amp;Ergebnisse</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1594"/>
        <source>Use tabs for indentation</source>
        <translation>Tabulatoren zur Einrückung verwenden</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1604"/>
        <source>When set, the Tab key will insert tab and space characters for indentation. Otherwise, just spaces will be used.</source>
        <translation>Wenn aktiviert, dann wird die Tabulator-Taste Tabulatoren und Leerzeichen zur Einrückung einfügen. Ansonsten werden lediglich Leerzeichen verwendet.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1614"/>
        <source>&amp;Wrap lines</source>
        <translation>Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1625"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1630"/>
        <source>At word boundaries</source>
        <translation>An Wortgrenzen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1635"/>
        <source>At character boundaries</source>
        <translation>An Zeichengrenzen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1640"/>
        <source>At whitespace boundaries</source>
        <translation>An Leerzeichengrenzen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1648"/>
        <source>&amp;Quotes for identifiers</source>
        <translation>&amp;Anführungszeichen für Identifiers</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1658"/>
        <source>Choose the quoting mechanism used by the application for identifiers in SQL code.</source>
        <translation>Wählen Sie den Zitiermechanismus aus, der von der Anwendung für Identifier im SQL-Code verwendet wird.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1665"/>
        <source>&quot;Double quotes&quot; - Standard SQL (recommended)</source>
        <translation>&quot;Doppelte Anführungszeichen&quot; - Standard-SQL (empfohlen)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1670"/>
        <source>`Grave accents` - Traditional MySQL quotes</source>
        <translation>`Akzente` - Traditionelle MySQL-Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1675"/>
        <source>[Square brackets] - Traditional MS SQL Server quotes</source>
        <translation>[Eckige Klammern] - Traditionelle MS-SQL-Server-Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1700"/>
        <source>Keywords in &amp;UPPER CASE</source>
        <translation>Schlüsselwörter in &amp;GROẞSCHREIBUNG</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1710"/>
        <source>When set, the SQL keywords are completed in UPPER CASE letters.</source>
        <translation>Wenn gesetzt, werden die SQL-Schlüsselwörter in GROẞSCHREIBUNG vervollständigt.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1730"/>
        <source>When set, the SQL code lines that caused errors during the last execution are highlighted and the results frame indicates the error in the background</source>
        <translation>Wenn gesetzt, werden die SQL-Codezeilen, die während der letzten Ausführung Fehler verursacht haben, hervorgehoben und das Ergebnisfenster zeigt den Fehler im Hintergrund an</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1760"/>
        <source>Close button on tabs</source>
        <translation>Schließen-Button für Tabs</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1770"/>
        <source>If enabled, SQL editor tabs will have a close button. In any case, you can use the contextual menu or the keyboard shortcut to close them.</source>
        <translation>Wenn aktiviert, werden die SQL-Editor-Tabs einen Schließen-Button haben. In jedem Fall können Sie zum Schließen auch das Kontextmenü oder die Tastenkombination verwenden.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1783"/>
        <source>&amp;Extensions</source>
        <translation>&amp;Erweiterungen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1789"/>
        <source>Select extensions to load for every database:</source>
        <translation>Bei jeder Datenbank zu ladende Erweiterungen auswählen:</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1813"/>
        <source>Add extension</source>
        <translation>Erweiterung hinzufügen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1824"/>
        <source>Remove extension</source>
        <translation>Erweiterung entfernen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1852"/>
        <source>Select built-in extensions to load for every database:</source>
        <translation>Bei jeder Datenbank zu ladende eingebaute Erweiterungen auswählen:</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1866"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;While supporting the REGEXP operator SQLite doesn&apos;t implement any regular expression&lt;br/&gt;algorithm but calls back the running application. DB Browser for SQLite implements this&lt;br/&gt;algorithm for you to let you use REGEXP out of the box. However, as there are multiple possible&lt;br/&gt;implementations of this and you might want to use another one, you&apos;re free to disable the&lt;br/&gt;application&apos;s implementation and load your own by using an extension. Requires restart of the application.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Auch wenn der REGEXP-Operator unterstützt wird, implementiert SQLite keinerlei Algorithmus für reguläre&lt;br/&gt;Ausdrücke, sondern leitet diese an die laufende Anwendung weiter. DB-Browser für SQLite implementierte diesen&lt;br/&gt;Algorithmus für Sie, um REGEXP ohne Zusätze verwenden zu können. Allerdings gibt es viele mögliche&lt;br/&gt;Implementierungen und Sie möchten unter Umständen eine andere wählen, dann können Sie die&lt;br/&gt;Implementierung der Anwendung deaktivieren und Ihre eigene durch Laden einer Erweiterung verwenden. Ein Neustart der Anwendung ist notwendig.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1869"/>
        <source>Disable Regular Expression extension</source>
        <translation>Erweiterung für reguläre Ausdrücke deaktivieren</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1876"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;SQLite provides an SQL function for loading extensions from a shared library file. Activate this if you want to use the &lt;span style=&quot; font-style:italic;&quot;&gt;load_extension()&lt;/span&gt; function from SQL code.&lt;/p&gt;&lt;p&gt;For security reasons, extension loading is turned off by default and must be enabled through this setting. You can always load extensions through the GUI, even though this option is disabled.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;SQLite bietet eine SQL-Funktion an, um Erweiterungen aus einer Shared-Library-Datei zu laden. Aktivieren Sie dies, wenn Sie die Funktion &lt;span style=&quot; font-style:italic;&quot;&gt;load_extension()&lt;/span&gt; aus SQL-Code heraus benutzen möchten.&lt;/p&gt;&lt;p&gt;Aus Sicherheitsgründen ist das Laden von Erweiterungen standardmäßig deaktiviert und muss durch diese Einstellung aktiviert werden. Sie können alternativ immer die gewünschten Erweiterungen über die GUI laden, auch wenn diese Option deaktiviert ist.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1879"/>
        <source>Allow loading extensions from SQL code</source>
        <translation>Laden von Erweiterungen aus SQL-Code erlauben</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1887"/>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1998"/>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2103"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2113"/>
        <source>Configure</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2128"/>
        <source>Export Settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2135"/>
        <source>Import Settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1927"/>
        <location filename="../PreferencesDialog.ui" line="2023"/>
        <source>Subject CN</source>
        <translation>Subject CN</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2026"/>
        <source>Common Name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2031"/>
        <source>Subject O</source>
        <translation>Subject O</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2034"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1943"/>
        <location filename="../PreferencesDialog.ui" line="2039"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1948"/>
        <location filename="../PreferencesDialog.ui" line="2044"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1953"/>
        <location filename="../PreferencesDialog.ui" line="2049"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1897"/>
        <source>Your certificates</source>
        <translation>Ihre Zertifikate</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1922"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1930"/>
        <source>Subject Common Name</source>
        <translation>Subject Common Name</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1935"/>
        <source>Issuer CN</source>
        <translation>CN des Ausstellers</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1938"/>
        <source>Issuer Common Name</source>
        <translation>Common Name des Ausstellers</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2063"/>
        <source>Clone databases into</source>
        <translation>Datenbank klonen nach</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="76"/>
        <location filename="../PreferencesDialog.cpp" line="740"/>
        <source>Choose a directory</source>
        <translation>Verzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="356"/>
        <location filename="../PreferencesDialog.cpp" line="815"/>
        <source>The language will change after you restart the application.</source>
        <translation>Die Sprache wird nach einem Neustart der Anwendung geändert.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="437"/>
        <source>Select extension file</source>
        <translation>Erweiterungsdatei wählen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="438"/>
        <source>Extensions(*.so *.dylib *.dll);;All files(*)</source>
        <translation>Erweiterungen(*.so *.dylib *.dll);;Alle Dateien(*)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="666"/>
        <source>Import certificate file</source>
        <translation>Zertifikatsdatei importieren</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="674"/>
        <source>No certificates found in this file.</source>
        <translation>In dieser Datei wurden keine Zertifikate gefunden.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="691"/>
        <source>Are you sure you want do remove this certificate? All certificate data will be deleted from the application settings!</source>
        <translation>Soll dieses Zertifikat wirklich entfernt werden? Alle Zertifikatsdaten werden aus den Anwendungseinstellungen gelöscht!</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="777"/>
        <source>Are you sure you want to clear all the saved settings?
All your preferences will be lost and default values will be used.</source>
        <translation>Möchten Sie wirklich alle gespeicherten Einstellungen löschen?
Alle Ihre Einstellungen gehen dadurch verloren und die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="795"/>
        <source>Save Settings File</source>
        <translation>Einstellungsdatei speichern</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="795"/>
        <location filename="../PreferencesDialog.cpp" line="805"/>
        <source>Initialization File (*.ini)</source>
        <translation>Initialisierungsdatei (*.ini)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="799"/>
        <source>The settings file has been saved in location :
</source>
        <translation>Die Einstellungsdatei wurde gespeichert unter:
</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="805"/>
        <source>Open Settings File</source>
        <translation>Einstellungsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="812"/>
        <source>The settings file was loaded properly.</source>
        <translation>Die Einstellungsdatei wurde korrekt geladen.</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="819"/>
        <source>The selected settings file is not a normal settings file.
Please check again.</source>
        <translation>Die ausgewählte Einstellungsdatei ist keine normale Einstellungsdatei.
Bitte erneut prüfen.</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <location filename="../ProxyDialog.ui" line="14"/>
        <source>Proxy Configuration</source>
        <translation>Proxy-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="22"/>
        <source>Pro&amp;xy Type</source>
        <translation>Pro&amp;xy-Typ</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="35"/>
        <source>Host Na&amp;me</source>
        <translation>Hostna&amp;me</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="48"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="68"/>
        <source>Authentication Re&amp;quired</source>
        <translation>Anmeldung not&amp;wendig</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="81"/>
        <source>&amp;User Name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="94"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="12"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="13"/>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="14"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="15"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="132"/>
        <source>Error importing data</source>
        <translation>Fehler beim Datenimport</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="134"/>
        <source> from record number %1</source>
        <translation> von Zeilennummer %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="135"/>
        <source>.
%1</source>
        <translation>.
%1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="147"/>
        <source>Importing CSV file...</source>
        <translation>CSV-Datei importieren...</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../FileDialog.cpp" line="82"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../Settings.cpp" line="267"/>
        <source>SQLite database files (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite Datenbankdateien (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Center</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Justify</source>
        <translation>Blocksatz</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="13"/>
        <source>SQLite Database Files (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite-Datenbankdateien (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="16"/>
        <source>DB Browser for SQLite Project Files (*.sqbpro)</source>
        <translation>DB-Browser für SQLite-Projektdateien (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="20"/>
        <source>SQL Files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="24"/>
        <source>All Files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="27"/>
        <source>Text Files (*.txt)</source>
        <translation>Text-Dateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="31"/>
        <source>Comma-Separated Values Files (*.csv)</source>
        <translation>Kommaseparierte Datendateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="33"/>
        <source>Tab-Separated Values Files (*.tsv)</source>
        <translation>Tabulator-separierte Datendateien (*.tsv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="34"/>
        <source>Delimiter-Separated Values Files (*.dsv)</source>
        <translation>Trennzeichen-separierte Datendateien (*.dsv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="35"/>
        <source>Concordance DAT files (*.dat)</source>
        <translation>Konkordanz DAT-Dateien (*.dat)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="38"/>
        <source>JSON Files (*.json *.js)</source>
        <translation>JSON-Dateien (*.json *.js)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="42"/>
        <source>XML Files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="46"/>
        <source>Binary Files (*.bin *.dat)</source>
        <translation>Binärdateien (*.bin *.dat)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="50"/>
        <source>SVG Files (*.svg)</source>
        <translation>SVG-Dateien (*.svg)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="54"/>
        <source>Hex Dump Files (*.dat *.bin)</source>
        <translation>Hex-Dump-Dateien (*.dat *.bin)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="57"/>
        <source>Extensions (*.so *.dylib *.dll)</source>
        <translation>Erweiterungen (*.so *.dylib *.dll)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="60"/>
        <source>Initialization File (*.ini)</source>
        <translation>Initialisierungsdatei (*.ini)</translation>
    </message>
</context>
<context>
    <name>QsciCommand</name>
    <message>
        <source>Paste</source>
        <translation type="obsolete">Einfügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">Abbrechen</translation>
    </message>
</context>
<context>
    <name>QsciLexerCPP</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">Voreinstellung</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="obsolete">Schlüsselwort</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="obsolete">Bezeichner</translation>
    </message>
</context>
<context>
    <name>QsciLexerJSON</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">Voreinstellung</translation>
    </message>
    <message>
        <source>String</source>
        <translation type="obsolete">String</translation>
    </message>
</context>
<context>
    <name>QsciLexerJavaScript</name>
    <message>
        <source>Regular expression</source>
        <translation type="obsolete">Regulärer Ausdruck</translation>
    </message>
</context>
<context>
    <name>QsciLexerPython</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">Voreinstellung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="obsolete">Kommentar</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="obsolete">Schlüsselwort</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="obsolete">Bezeichner</translation>
    </message>
</context>
<context>
    <name>QsciLexerSQL</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">Voreinstellung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="obsolete">Kommentar</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="obsolete">Schlüsselwort</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="obsolete">Bezeichner</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="obsolete">&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="obsolete">Alle auswählen</translation>
    </message>
</context>
<context>
    <name>RemoteCommitsModel</name>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Commit ID</source>
        <translation>Commit-ID</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Message</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="65"/>
        <source>Authored and committed by %1</source>
        <translation>Erstellt und übermittelt von %1</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="67"/>
        <source>Authored by %1, committed by %2</source>
        <translation>Erstellt von %1, übermittelt von %2</translation>
    </message>
</context>
<context>
    <name>RemoteDatabase</name>
    <message>
        <location filename="../RemoteDatabase.cpp" line="56"/>
        <source>Error opening local databases list.
%1</source>
        <translation>Fehler beim Öffnen der lokalen Datenbankliste.
%1</translation>
    </message>
    <message>
        <location filename="../RemoteDatabase.cpp" line="74"/>
        <source>Error creating local databases list.
%1</source>
        <translation>Fehler beim Erstellen der lokalen Datenbankliste.
%1</translation>
    </message>
</context>
<context>
    <name>RemoteDock</name>
    <message>
        <location filename="../RemoteDock.ui" line="14"/>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="147"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="53"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="83"/>
        <source>Push currently opened database to server</source>
        <translation>Aktuell geöffnete Datenbank an den Server übertragen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="86"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="106"/>
        <source>DBHub.io</source>
        <translation>DBHub.io</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="139"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;In this pane, remote databases from dbhub.io website can be added to DB Browser for SQLite. First you need an identity:&lt;/p&gt;&lt;ol style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Login to the dbhub.io website (use your GitHub credentials or whatever you want)&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Click the button to &amp;quot;Generate client certificate&amp;quot; (that&apos;s your identity). That&apos;ll give you a certificate file (save it to your local disk).&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Go to the Remote tab in DB Browser for SQLite Preferences. Click the button to add a new certificate to DB Browser for SQLite and choose the just downloaded certificate file.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Now the Remote panel shows your identity and you can add remote databases.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;In diesem Fensterbereich können entfernte Datenbanken von der Webseite dbhub.io zu DB-Browser für SQLite hinzugefügt werden. Zunächst benötigen Sie eine Identität:&lt;/p&gt;&lt;ol style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Melden Sie sich auf der Webseite dbhub.io an (unter Verwendung Ihrer GitHub-Daten oder wie gewünscht)&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Klicken Sie auf den Button &amp;quot;Generate client certificate&amp;quot;, um ein Zertifikat zu erstellen (das ist Ihre Identität). Speichern Sie die erzeugte Zertifikatsdatei auf ihrer lokalen Festplatte.&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Öffnen Sie den Entfernt-Tab in den DB-Browser für SQLite-Einstellungen. Klicken Sie auf den Button, um ein neues Zertifikat hinzuzufügen und wählen Sie die soeben heruntergeladene Zertifikatsdatei aus.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Jetzt zeigt der Entfernt-Fensterbereich Ihre Identität und Sie können entfernte Datenbanken hinzufügen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="173"/>
        <source>Current Database</source>
        <translation>Aktuelle Datenbank</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="231"/>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="274"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="294"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="314"/>
        <source>Commits for</source>
        <translation>Commits für</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="445"/>
        <source>Delete Database</source>
        <translation>Datenbank löschen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="448"/>
        <source>Delete the local clone of this database</source>
        <translation>Den lokalen Klon der Datenbank löschen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="457"/>
        <source>Open in Web Browser</source>
        <translation>Im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="460"/>
        <source>Open the web page for the current database in your browser</source>
        <translation>Die Webseite der aktuellen Datenbank im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="469"/>
        <source>Clone from Link</source>
        <translation>Über Link klonen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="472"/>
        <source>Use this to download a remote database for local editing using a URL as provided on the web page of the database.</source>
        <translation>Diese Option verwenden, um eine entfernte Datenbank für die lokale Bearbeitung mittels einer URL herunterzuladen, wie sie auf der Webseite der Datenbank angegeben ist.</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="481"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="484"/>
        <source>Reload all data and update the views</source>
        <translation>Alle Daten erneut laden und die Ansichten aktualisieren</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="493"/>
        <source>Clone Database</source>
        <translation>Datenbank klonen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="508"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="511"/>
        <source>Open the local copy of this database</source>
        <translation>Die lokale Kopie dieser Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="522"/>
        <source>Check out Commit</source>
        <translation>Commit auschecken</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="525"/>
        <source>Download and open this specific commit</source>
        <translation>Diesen spezifischen Commit herunterladen und öffnen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="540"/>
        <source>Check out Latest Commit</source>
        <translation>Letzten Commit auschecken</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="543"/>
        <source>Check out the latest commit of the current branch</source>
        <translation>Den letzten Commit des aktuellen Branchs auschecken</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="548"/>
        <source>Save Revision to File</source>
        <translation>Revision in Datei speichern</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="551"/>
        <source>Saves the selected revision of the database to another file</source>
        <translation>Speichert die ausgewählte Revision der Datenbank in einer anderen Datei</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="560"/>
        <source>Upload Database</source>
        <translation>Datenbank hochladen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="563"/>
        <source>Upload this database as a new commit</source>
        <translation>Diese Datenbank als neuen Commit hochladen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="390"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;You are currently using a built-in, read-only identity. For uploading your database, you need to configure and use your DBHub.io account.&lt;/p&gt;&lt;p&gt;No DBHub.io account yet? &lt;a href=&quot;https://dbhub.io/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;Create one now&lt;/span&gt;&lt;/a&gt; and import your certificate &lt;a href=&quot;#preferences&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;here&lt;/span&gt;&lt;/a&gt; to share your databases.&lt;/p&gt;&lt;p&gt;For online help visit &lt;a href=&quot;https://dbhub.io/about&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;here&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Aktuell wird eine eingebaute, nur lesend verwendbare Identität verwendet. Zum Hochladen einer Datenbank muss ein DBHub.io-Konto konfiguriert und verwendet werden.&lt;/p&gt;&lt;p&gt;Noch kein DBHub.io-Konto vorhanden? &lt;a href=&quot;https://dbhub.io/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;Jetzt ein Konto erstellen&lt;/span&gt;&lt;/a&gt; und das Zertifikat &lt;a href=&quot;#preferences&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;hier&lt;/span&gt;&lt;/a&gt; hochladen, um Datenbanken zu teilen.&lt;/p&gt;&lt;p&gt;Eine englische Online-Hilfe ist &lt;a href=&quot;https://dbhub.io/about&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;hier&lt;/span&gt;&lt;/a&gt; verfügbar.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="240"/>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="257"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="400"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="151"/>
        <source>Select an identity to connect</source>
        <translation>Eine Identität zum Verbinden auswählen</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="163"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="216"/>
        <source>This downloads a database from a remote server for local editing.
Please enter the URL to clone from. You can generate this URL by
clicking the &apos;Clone Database in DB4S&apos; button on the web page
of the database.</source>
        <translation>Dies lädt eine Datenbank zur lokalen Bearbeitung von einem entfernten Server herunter.
Bitte die URL zum Klonen eingeben. Die URL kann durch
Klicken des Buttons &apos;Clone Database in DB4S&apos; auf der Webseite
der Datenbank generiert werden.</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="231"/>
        <source>Invalid URL: The host name does not match the host name of the current identity.</source>
        <translation>Ungültige URL: Der Hostname entspricht nicht dem Hostnamen der aktuellen Identität.</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="236"/>
        <source>Invalid URL: No branch name specified.</source>
        <translation>Ungültige URL: Kein Branch-Name gesetzt.</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="241"/>
        <source>Invalid URL: No commit ID specified.</source>
        <translation>Ungültige URL: Keine Commit-ID gesetzt.</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="289"/>
        <source>You have modified the local clone of the database. Fetching this commit overrides these local changes.
Are you sure you want to proceed?</source>
        <translation>Der lokale Klon der Datenbank enthält Änderungen. Das Holen dieses Commits überschreibt die lokalen Änderungen.
Soll wirklich fortgefahren werden?</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="333"/>
        <source>The database has unsaved changes. Are you sure you want to push it before saving?</source>
        <translation>Die Datenbank besitzt ungespeicherte Änderungen. Soll diese wirklich vor dem Speicher hochgeladen werden?</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="543"/>
        <source>The database you are trying to delete is currently opened. Please close it before deleting.</source>
        <translation>Die zu löschende Datenbank ist aktuell geöffnet. Bitte vor dem Löschen schließen.</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="549"/>
        <source>This deletes the local version of this database with all the changes you have not committed yet. Are you sure you want to delete this database?</source>
        <translation>Dies löscht die lokale Version der Datenbank mit allen Änderungen, die noch nicht übermittelt wurden. Soll diese Datenbank wirklich gelöscht werden?</translation>
    </message>
</context>
<context>
    <name>RemoteLocalFilesModel</name>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Last modified</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>RemoteModel</name>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Last modified</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="231"/>
        <source>Size: </source>
        <translation>Größe: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="232"/>
        <source>Last Modified: </source>
        <translation>Letzte Änderung: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="233"/>
        <source>Licence: </source>
        <translation>Lizenz: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="234"/>
        <source>Default Branch: </source>
        <translation>Standard-Branch: </translation>
    </message>
</context>
<context>
    <name>RemoteNetwork</name>
    <message>
        <location filename="../RemoteNetwork.cpp" line="210"/>
        <source>Choose a location to save the file</source>
        <translation>Ort zum Speichern der Datei wählen</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="244"/>
        <source>Error opening remote file at %1.
%2</source>
        <translation>Fehler beim Öffnen der entfernten Datei unter %1.
%2</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="323"/>
        <source>Error: Invalid client certificate specified.</source>
        <translation>Fehler: Ungültiges Benutzerzertifikat angegeben.</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="335"/>
        <source>Please enter the passphrase for this client certificate in order to authenticate.</source>
        <translation>Bitte die Passphrase für dieses Benutzerzertifikat eingeben, um die Authentifizierung durchzuführen.</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="362"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="367"/>
        <source>Uploading remote database to
%1</source>
        <translation>Entfernte Datenbank wird hochgeladen zu
%1</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="369"/>
        <source>Downloading remote database from
%1</source>
        <translation>Entfernte Datenbank wird heruntergeladen von
%1</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="450"/>
        <source>Error: Cannot open the file for sending.</source>
        <translation>Fehler: Öffnen der Datei zum Senden nicht möglich.</translation>
    </message>
</context>
<context>
    <name>RemotePushDialog</name>
    <message>
        <location filename="../RemotePushDialog.ui" line="14"/>
        <source>Push database</source>
        <translation>Datenbank übertragen</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="22"/>
        <source>Database na&amp;me to push to</source>
        <translation>Datenbankna&amp;me am Zielort</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="39"/>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="63"/>
        <source>Database licence</source>
        <translation>Datenbanklizenz</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="83"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="96"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="116"/>
        <source>Force push</source>
        <translation>Push erzwingen</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="129"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="73"/>
        <source>Database will be public. Everyone has read access to it.</source>
        <translation>Datenbank wird öffentlich sein. Jeder hat Lesezugriff darauf.</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="75"/>
        <source>Database will be private. Only you have access to it.</source>
        <translation>Datenbank wird privat sein. Nur Sie haben Zugriff darauf.</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="79"/>
        <source>Use with care. This can cause remote commits to be deleted.</source>
        <translation>Verwenden Sie dies mit Vorsicht. Dadurch können entfernte Commits gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>RunSql</name>
    <message>
        <location filename="../RunSql.cpp" line="139"/>
        <source>Execution aborted by user</source>
        <translation>Ausführung durch Benutzer abgebrochen</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="220"/>
        <source>, %1 rows affected</source>
        <translation>, %1 Zeilen betroffen</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="234"/>
        <source>query executed successfully. Took %1ms%2</source>
        <translation>Abfrage erfolgreich ausgeführt. Benötigte %1 ms %2</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="320"/>
        <source>executing query</source>
        <translation>führe Abfrage aus</translation>
    </message>
</context>
<context>
    <name>SelectItemsPopup</name>
    <message>
        <location filename="../SelectItemsPopup.ui" line="34"/>
        <source>A&amp;vailable</source>
        <translation>&amp;Verfügbar</translation>
    </message>
    <message>
        <location filename="../SelectItemsPopup.ui" line="105"/>
        <source>Sele&amp;cted</source>
        <translation>&amp;Ausgewählt</translation>
    </message>
</context>
<context>
    <name>SqlExecutionArea</name>
    <message>
        <location filename="../SqlExecutionArea.ui" line="14"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="81"/>
        <source>Find previous match [Shift+F3]</source>
        <translation>Vorherige Übereinstimmung finden [Umschalt+F3]</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="84"/>
        <source>Find previous match with wrapping</source>
        <translation>Vorherige Übereinstimmung mit Mapping finden</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="91"/>
        <source>Shift+F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="105"/>
        <source>The found pattern must be a whole word</source>
        <translation>Das Muster muss ein ganzes Wort sein</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="108"/>
        <source>Whole Words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="118"/>
        <source>Text pattern to find considering the checks in this frame</source>
        <translation>Zu findendes Textmuster unter Einbeziehung der Prüfungen in diesem Fenster</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="121"/>
        <source>Find in editor</source>
        <translation>Im Editor finden</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="131"/>
        <source>The found pattern must match in letter case</source>
        <translation>Das gefundene Muster muss in Groß-/Kleinschreibung übereinstimmen</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="134"/>
        <source>Case Sensitive</source>
        <translation>Schreibungsabhängig</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="141"/>
        <source>Find next match [Enter, F3]</source>
        <translation>Nächste Übereinstimmung finden [Enter, F3]</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="144"/>
        <source>Find next match with wrapping</source>
        <translation>Nächste Übereinstimmung mit Umbruch finden</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="151"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="158"/>
        <source>Interpret search pattern as a regular expression</source>
        <translation>Suchmuster als regulären Ausdruck interpretieren</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="161"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn aktiviert, wird das Suchmuster als regulärer Ausdruck (UNIX-Stil) interpretiert. Siehe &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks (englisch)&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="164"/>
        <source>Regular Expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="184"/>
        <location filename="../SqlExecutionArea.ui" line="187"/>
        <source>Close Find Bar</source>
        <translation>Suchbar schließen</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="232"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Results of the last executed statements.&lt;/p&gt;&lt;p&gt;You may want to collapse this panel and use the &lt;span style=&quot; font-style:italic;&quot;&gt;SQL Log&lt;/span&gt; dock with &lt;span style=&quot; font-style:italic;&quot;&gt;User&lt;/span&gt; selection instead.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ergebnisse der zuletzt ausgeführten Anweisungen.&lt;/p&gt;&lt;p&gt;Dieses Panel kann zusammengeklappt und stattdessen der Dock &lt;span style=&quot; font-style:italic;&quot;&gt;SQL-Protokoll&lt;/span&gt; mit der Auswahl &lt;span style=&quot; font-style:italic;&quot;&gt;Benutzer&lt;/span&gt; verwendet werden.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="253"/>
        <source>Results of the last executed statements</source>
        <translation>Ergebnisse der zuletzt ausgeführten Anweisungen</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="235"/>
        <source>This field shows the results and status codes of the last executed statements.</source>
        <translation>Dieses Feld zeigt die Ergebnisse und Statuscodes der zuletzt ausgeführten Anweisungen.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="37"/>
        <source>Ctrl+PgUp</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="42"/>
        <source>Ctrl+PgDown</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="256"/>
        <source>Couldn&apos;t read file &quot;%1&quot;: %2.</source>
        <translation>Datei &quot;%1&quot; konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="286"/>
        <location filename="../SqlExecutionArea.cpp" line="304"/>
        <source>Couldn&apos;t save file: %1.</source>
        <translation>Datei konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="327"/>
        <source>Your changes will be lost when reloading it!</source>
        <translation>Beim Neuladen gehen die Änderungen verloren!</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="333"/>
        <source>The file &quot;%1&quot; was modified by another program. Do you want to reload it?%2</source>
        <translation>Die Datei &quot;%1&quot; wurde durch ein anderes Programm geändert. Soll es neu geladen werden?%2</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="335"/>
        <source>Answer &quot;Yes to All&quot; to reload the file on any external update without further prompting.</source>
        <translation>Mit &quot;Ja für Alle&quot; antworten, um die Datei für jedes externe Update ohne weiteren Dialog neu zu laden.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="337"/>
        <source>Answer &quot;No to All&quot; to ignore any external update without further prompting.</source>
        <translation>Mit &quot;Nein für Alle&quot; antworten, um alle externen Updates ohne weitere Dialoge zu ignorieren.</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="339"/>
        <source>Modifying and saving the file will restore prompting.</source>
        <translation>Das Ändern und Speichern der Datei wird die Dialoge reaktivieren.</translation>
    </message>
</context>
<context>
    <name>SqlTextEdit</name>
    <message>
        <location filename="../sqltextedit.cpp" line="53"/>
        <source>Ctrl+/</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqlUiLexer</name>
    <message>
        <location filename="../SqlUiLexer.cpp" line="79"/>
        <source>(X) The abs(X) function returns the absolute value of the numeric argument X.</source>
        <translation>(X) Die Funktion abs(X) gibt einen absoluten Wert des numerischen Arguments X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="80"/>
        <source>() The changes() function returns the number of database rows that were changed or inserted or deleted by the most recently completed INSERT, DELETE, or UPDATE statement.</source>
        <translation>() Die Funktion changes() gibt die Anzahl der Datenbankzeilen zurück, die mit der zuletzt abgeschlossenen INSERT-, DELETE- oder UPDATE-Anweisung geändert, eingefügt oder gelöscht worden sind.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="81"/>
        <source>(X1,X2,...) The char(X1,X2,...,XN) function returns a string composed of characters having the unicode code point values of integers X1 through XN, respectively. </source>
        <translation>(X1,X2,...) Die Funktion char(X1,X2,...,XN) gibt eine Zeichenkette zurück, die aus den Zeichen der Unicode-Werte der Ganzzahlen X1 bis XN zusammengesetzt ist. </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="82"/>
        <source>(X,Y,...) The coalesce() function returns a copy of its first non-NULL argument, or NULL if all arguments are NULL</source>
        <translation>(X,Y,...) Die Funktion coalesce() gibt eine Kopie des ersten Nicht-NULL-Arguments zurück, oder NULL wenn alle Argumente NULL sind</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="83"/>
        <source>(X,Y) The glob(X,Y) function is equivalent to the expression &quot;Y GLOB X&quot;.</source>
        <translation>(X,Y) Die Funktion glob(X,Y) ist äquivalent zum Ausdruck &quot;Y GLOB X&quot;.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="84"/>
        <source>(X,Y) The ifnull() function returns a copy of its first non-NULL argument, or NULL if both arguments are NULL.</source>
        <translation>(X,Y) Die Funktion ifnull() gibt eine Kopie des ersten Nicht-NULL-Arguments zurück, oder NULL, wenn beide Argumente NULL sind.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="85"/>
        <source>(X,Y) The instr(X,Y) function finds the first occurrence of string Y within string X and returns the number of prior characters plus 1, or 0 if Y is nowhere found within X.</source>
        <translation>(X,Y) Die Funktion instr(X,Y) sucht das erste Auftreten von Zeichenkette Y innerhalb der Zeichenkette X und gibt die Anzahl vorhergehender Charakter plus 1 zurück, oder 0, wenn Y in X nicht gefunden werden konnte.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="86"/>
        <source>(X) The hex() function interprets its argument as a BLOB and returns a string which is the upper-case hexadecimal rendering of the content of that blob.</source>
        <translation>(X) Die Funktion hex() interpretiert ihr Argument als BLOB und gibt eine Zeichenkette zurück, die die Hexadezimaldarstellung des Blob-Inhaltes in Großbuchstaben enthält.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="87"/>
        <source>(X,Y,Z) The iif(X,Y,Z) function returns the value Y if X is true, and Z otherwise.</source>
        <translation>(X,Y,Z) Die Funktion iif(X,Y,Z) gibt den Wert Y zurück, wenn X true ist, ansonsten Z.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="88"/>
        <source>() The last_insert_rowid() function returns the ROWID of the last row insert from the database connection which invoked the function.</source>
        <translation>() Die Funktion last_insert_rowid() gibt die ROWID der letzte Zeile zurück, die von der Datenbankverbindung eingefügt wurde und die dann die Funktion aufrief.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="89"/>
        <source>(X) For a string value X, the length(X) function returns the number of characters (not bytes) in X prior to the first NUL character.</source>
        <translation>(X) Für eine Zeichenkette X gibt die Funktion length(X) die Anzahl der Zeichen (nicht Bytes) von X zurück, die sich vor dem ersten NUL-Zeichen befinden.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="90"/>
        <source>(X,Y) The like() function is used to implement the &quot;Y LIKE X&quot; expression.</source>
        <translation>(X,Y) Die Funktion like() wird als Implementierung des Ausdrucks &quot;Y LIKE X&quot; verwendet.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="91"/>
        <source>(X,Y,Z) The like() function is used to implement the &quot;Y LIKE X ESCAPE Z&quot; expression.</source>
        <translation>(X,Y,Z) Die Funktion like() wird als Implementierung des Ausdrucks &quot;Y LIKE X ESCAPE Z&quot; verwendet.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="92"/>
        <source>(X) The load_extension(X) function loads SQLite extensions out of the shared library file named X.
Use of this function must be authorized from Preferences.</source>
        <translation>(X) Die Funktion load_extension(X) lädt SQLite-Erweiterungen aus der Shared-Library-Datei namens X.
Die Verwendung dieser Funktion muss in den Einstellungen autorisiert werden.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="93"/>
        <source>(X,Y) The load_extension(X) function loads SQLite extensions out of the shared library file named X using the entry point Y.
Use of this function must be authorized from Preferences.</source>
        <translation>(X,Y) Die Funktion load_extension(X,Y) lädt SQLite-Erweiterungen aus der Shared-Library-Datei namens X unter Verwendung des Eintrittspunktes Y.
Die Verwendung dieser Funktion muss in den Einstellungen autorisiert werden.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="94"/>
        <source>(X) The lower(X) function returns a copy of string X with all ASCII characters converted to lower case.</source>
        <translation>(X) Die Funktion lower(X) gibt eine Kopie der Zeichenkette X mit allen ASCII-Zeichen in Kleinschreibung zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="95"/>
        <source>(X) ltrim(X) removes spaces from the left side of X.</source>
        <translation>(X) ltrim(X) entfernt Leerzeichen aus der linken Seite von X.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="96"/>
        <source>(X,Y) The ltrim(X,Y) function returns a string formed by removing any and all characters that appear in Y from the left side of X.</source>
        <translation>(X,Y) Die Funktion ltrim(X,Y) gibt eine Zeichenkette zurück, die durch Entfernen aller Zeichen innerhalb von Y aus der linken Seite von X gebildet wird.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="97"/>
        <source>(X,Y,...) The multi-argument max() function returns the argument with the maximum value, or return NULL if any argument is NULL.</source>
        <translation>(X,Y,...) Die Funktion max() mit mehreren Argumenten gibt das Argument mit dem größten Wert zurück, oder NULL, wenn ein Argument NULL ist.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="98"/>
        <source>(X,Y,...) The multi-argument min() function returns the argument with the minimum value.</source>
        <translation>(X,Y,...) Die Funktion max() mit mehreren Argumenten gibt das Argument mit dem kleinsten Wert zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="99"/>
        <source>(X,Y) The nullif(X,Y) function returns its first argument if the arguments are different and NULL if the arguments are the same.</source>
        <translation>(X,Y) Die Funktion nullif(X,Y) gibt ihr erstes Argument zurück, wenn die Argumente verschieden sind und NULL, wenn die Argumente gleich sind.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="100"/>
        <source>(FORMAT,...) The printf(FORMAT,...) SQL function works like the sqlite3_mprintf() C-language function and the printf() function from the standard C library.</source>
        <translation>(FORMAT,...) Die printf(FORMAT,...) SQL-Funktion arbeitet wie die C-Funktion sqlite3_mprintf() und die Funktion printf() aus der C-Standardbibliothek.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="101"/>
        <source>(X) The quote(X) function returns the text of an SQL literal which is the value of its argument suitable for inclusion into an SQL statement.</source>
        <translation>(X) Die Funktion quote(X) gibt den Text eines SQL-Literals zurück, wobei der Wert des Arguments zum Einfügen in eine SQL-Anweisung geeignet ist.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="102"/>
        <source>() The random() function returns a pseudo-random integer between -9223372036854775808 and +9223372036854775807.</source>
        <translation>() Die Funktion random() gibt eine pseudozufällige Ganzzahl zwischen -9223372036854775808 und +9223372036854775807 zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="103"/>
        <source>(N) The randomblob(N) function return an N-byte blob containing pseudo-random bytes.</source>
        <translation>(N) Die Funktion randomblob(N) gibt einen N-Byte Blob aus pseudozufälligen Bytes zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="104"/>
        <source>(X,Y,Z) The replace(X,Y,Z) function returns a string formed by substituting string Z for every occurrence of string Y in string X.</source>
        <translation>(X,Y,Z) Die Funktion replace(X,Y,Z) gibt einen String zurück, der durch Ersetzen der Zeichenkette Z bei jedem Auftreten von Zeichenkette Y in Zeichenkette X gebildet wird.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="105"/>
        <source>(X) The round(X) function returns a floating-point value X rounded to zero digits to the right of the decimal point.</source>
        <translation>(X) Die Funktion round(X) gibt einen Gleitkommawert X auf null Nachkommastellen gerundet zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="106"/>
        <source>(X,Y) The round(X,Y) function returns a floating-point value X rounded to Y digits to the right of the decimal point.</source>
        <translation>(X,Y) Die Funktion round(X,Y) gibt eine Gleitkommazahl X auf Y Nachkommastellen gerundet zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="107"/>
        <source>(X) rtrim(X) removes spaces from the right side of X.</source>
        <translation>(X) rtrim(X) entfernt Leerzeichen aus der rechten Seite von X.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="108"/>
        <source>(X,Y) The rtrim(X,Y) function returns a string formed by removing any and all characters that appear in Y from the right side of X.</source>
        <translation>(X,Y) Die Funktion rtrim(X,Y) gibt eine Zeichenkette zurück, die durch Entfernen aller Zeichen innerhalb von Y aus der rechten Seite von X gebildet wird.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="109"/>
        <source>(X) The soundex(X) function returns a string that is the soundex encoding of the string X.</source>
        <translation>(X) Die Funktion soundex(X) gibt eine Zeichenkette zurück, die aus der Soundex-Codierung von Zeichenkette X besteht.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="110"/>
        <source>(X,Y) substr(X,Y) returns all characters through the end of the string X beginning with the Y-th.</source>
        <translation>(X,Y) substr(X,Y) gibt alle Zeichen bis zum Ende der Zeichenkette X zurück, beginnend mit dem Y-ten.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="111"/>
        <source>(X,Y,Z) The substr(X,Y,Z) function returns a substring of input string X that begins with the Y-th character and which is Z characters long.</source>
        <translation>(X,Y,Z) Die Funktion substr(X,Y) gibt einen Teil der Zeichenkette X zurück, die mit dem Y-ten Zeichen beginnt und Z Zeichen lang ist.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="112"/>
        <source>() The total_changes() function returns the number of row changes caused by INSERT, UPDATE or DELETE statements since the current database connection was opened.</source>
        <translation>() Die Funktion changes() gibt die Anzahl der geänderten Datenbankzeilen zurück, die seit dem Öffnen der aktuellen Datenbankverbindung mit INSERT-, DELETE- oder UPDATE-Anweisung geändert, eingefügt oder gelöscht worden sind.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="113"/>
        <source>(X) trim(X) removes spaces from both ends of X.</source>
        <translation>(X) trim(X) entfernt Leerzeichen an beiden Enden von X.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="114"/>
        <source>(X,Y) The trim(X,Y) function returns a string formed by removing any and all characters that appear in Y from both ends of X.</source>
        <translation>(X,Y) Die Funktion ltrim(X,Y) gibt eine Zeichenkette zurück, die durch Entfernen aller Zeichen innerhalb von Y aus der von beiden Seiten von X gebildet wird.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="115"/>
        <source>(X) The typeof(X) function returns a string that indicates the datatype of the expression X.</source>
        <translation>(X) Die Funktion typeof(X) gibt einen String zurück, der den Datentyp des Ausdrucks X angibt.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="116"/>
        <source>(X) The unicode(X) function returns the numeric unicode code point corresponding to the first character of the string X.</source>
        <translation>(X) Die Funktion unicode(X) gibt einen numerischen Unicode-Wert zurück, der dem ersten Zeichen der Zeichenkette X entspricht.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="117"/>
        <source>(X) The upper(X) function returns a copy of input string X in which all lower-case ASCII characters are converted to their upper-case equivalent.</source>
        <translation>(X) Die Funktion lower(X) gibt eine Kopie der Zeichenkette X mit allen ASCII-Zeichen in Großschreibung zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="118"/>
        <source>(N) The zeroblob(N) function returns a BLOB consisting of N bytes of 0x00.</source>
        <translation>(N) Die Funktion zeroblob(N) gibt einen BLOB aus N Bytes mit 0x00 zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="120"/>
        <location filename="../SqlUiLexer.cpp" line="121"/>
        <location filename="../SqlUiLexer.cpp" line="122"/>
        <location filename="../SqlUiLexer.cpp" line="123"/>
        <source>(timestring,modifier,modifier,...)</source>
        <translation>(Zeitstring,Modifikation,Modifikation,...)</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="124"/>
        <source>(format,timestring,modifier,modifier,...)</source>
        <translation>(Format,Zeitstring,Modifikation,Modifikation,...)</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="126"/>
        <source>(X) The avg() function returns the average value of all non-NULL X within a group.</source>
        <translation>(X) Die Funktion avg() gibt den Durchschnittswert alle Nicht-NULL-X in einer Gruppe zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="127"/>
        <source>(X) The count(X) function returns a count of the number of times that X is not NULL in a group.</source>
        <translation>(X) Die Funktion count(X) gibt die Anzahl der Nicht-NULL-Elemente von X in einer Gruppe zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="128"/>
        <source>(X) The group_concat() function returns a string which is the concatenation of all non-NULL values of X.</source>
        <translation>(X) Die Funktion group_conact() gibt eine Zeichenkette zurück, die eine Verkettung aller Nicht-NULL-Werte von X ist.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="129"/>
        <source>(X,Y) The group_concat() function returns a string which is the concatenation of all non-NULL values of X. If parameter Y is present then it is used as the separator between instances of X.</source>
        <translation>(X,Y) Die Funktion group_conact() gibt eine Zeichenkette zurück, die eine Verkettung aller Nicht-NULL-Werte von X ist. Wenn der Parameter Y aktiv ist, wird dieser als Trennzeichen zwischen Instanzen von X behandelt.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="130"/>
        <source>(X) The max() aggregate function returns the maximum value of all values in the group.</source>
        <translation>(X) Die Sammelfunktion max() gibt den Maximalwert aller Werte in der Gruppe zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="131"/>
        <source>(X) The min() aggregate function returns the minimum non-NULL value of all values in the group.</source>
        <translation>(X) Die Sammelfunktion min() gibt den Minimalwert aller Nicht-NULL-Werte in der Gruppe zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="132"/>
        <location filename="../SqlUiLexer.cpp" line="133"/>
        <source>(X) The sum() and total() aggregate functions return sum of all non-NULL values in the group.</source>
        <translation>(X) Die Sammelfunktionen sum() und total() geben die Summe aller Nicht-NULL-Werte in der Gruppe zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="135"/>
        <source>() The number of the row within the current partition. Rows are numbered starting from 1 in the order defined by the ORDER BY clause in the window definition, or in arbitrary order otherwise.</source>
        <translation>() Die Anzahl der Zeilen in der aktuellen Partition. Zeilen werden beginnend bei 1 in der durch den Befehl ORDER BY in der Fensterdefinition nummeriert, ansonsten in willkürlicher Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="136"/>
        <source>() The row_number() of the first peer in each group - the rank of the current row with gaps. If there is no ORDER BY clause, then all rows are considered peers and this function always returns 1.</source>
        <translation>() Die row_number() des ersten Peer in jeder Gruppe - der Rang der aktuellen Zeile mit Lücken. Wenn es keinen Befehl ORDER BY gibt, dann werden alle Zeilen als Peers angesehen und diese Funktion gibt immer 1 zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="137"/>
        <source>() The number of the current row&apos;s peer group within its partition - the rank of the current row without gaps. Partitions are numbered starting from 1 in the order defined by the ORDER BY clause in the window definition. If there is no ORDER BY clause, then all rows are considered peers and this function always returns 1. </source>
        <translation>() Die Nummer der Peer-Gruppe der aktuellen Zeile in der Partition - der Rang der aktuellen Reihe ohne Lücken. Partitionen werden mit 1 startend nummeriert in der Reihenfolge, wie sie durch den Befehl ORDER BY in der Fensterdefinition festgelegt ist. Wenn es keinen Befehl ORDER BY gibt, werden alle Zeilen als Peers angesehen und diese Funktion gibt immer 1 zurück. </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="138"/>
        <source>() Despite the name, this function always returns a value between 0.0 and 1.0 equal to (rank - 1)/(partition-rows - 1), where rank is the value returned by built-in window function rank() and partition-rows is the total number of rows in the partition. If the partition contains only one row, this function returns 0.0. </source>
        <translation>() Ungeachtet des Namens gibt diese Funktion immer einen Wert zwischen 0.0 und 1.0 identisch zu (Rang - 1)/(Partitionszeilen - 1) zurück, wobei Rang der Wert der eingebauten Fensterfunktion rank() und Partitionszeilen die Gesamtanzahl der Zeilen in der Partition ist. Wenn die Partition nur eine Zeile enthält, gibt diese Funktion 0.0 zurück. </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="139"/>
        <source>() The cumulative distribution. Calculated as row-number/partition-rows, where row-number is the value returned by row_number() for the last peer in the group and partition-rows the number of rows in the partition.</source>
        <translation>() Die kumulative Verteilung. Berechnet als Zeilenanzahl/Partitionszeilen, wobei Zeilenanzahl der durch row_number() zurückgegebene Wert für den letzten Peer in der Gruppe ist und Partitionszeilen die Anzahl der Zeilen in der Partition.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="140"/>
        <source>(N) Argument N is handled as an integer. This function divides the partition into N groups as evenly as possible and assigns an integer between 1 and N to each group, in the order defined by the ORDER BY clause, or in arbitrary order otherwise. If necessary, larger groups occur first. This function returns the integer value assigned to the group that the current row is a part of.</source>
        <translation>(N) Das Argument N wird als Integer behandelt. Diese Funktion teilt die Partition in N Gruppen so gleichmäßig wie möglich auf und weist jeder Gruppe einen Integer zwischen 1 und N zu, in der Reihenfolge, die durch den Befehl ORDER BY definiert ist, ansonsten in beliebiger Reihenfolge. Wenn notwendig, tauchen größere Gruppen als erstes auf. Diese Funktion gibt einen Integerwert zurück, der der Gruppe zugewiesen ist, zu der die aktuelle Zeile gehört.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="141"/>
        <source>(expr) Returns the result of evaluating expression expr against the previous row in the partition. Or, if there is no previous row (because the current row is the first), NULL.</source>
        <translation>(expr) Gibt das Ergebnis der Evaluation des Ausdrucks expr gegen die vorherige Zeile in der Partition zurück. Wenn es keine vorhergehende Zeile gibt (weil die aktuelle Zeile die erste ist), wird NULL zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="142"/>
        <source>(expr,offset) If the offset argument is provided, then it must be a non-negative integer. In this case the value returned is the result of evaluating expr against the row offset rows before the current row within the partition. If offset is 0, then expr is evaluated against the current row. If there is no row offset rows before the current row, NULL is returned.</source>
        <translation>(expr,offset) Wenn das Argument offset angegeben ist, dann muss dieses ein nichtnegativer Integerwert sein. In diesem Fall ist der Rückgabewert das Ergebnis der Evaluation von expr gegen die Zeile, die innerhalb der Partition offset Zeilen weiter oben liegt. Wenn offset 0 ist, wird expr gegen die aktuelle Zeile evaluiert. Wenn vor der aktuellen Zeile nicht genügend Zeilen vorhanden sind, wird NULL zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="143"/>
        <location filename="../SqlUiLexer.cpp" line="146"/>
        <source>(expr,offset,default) If default is also provided, then it is returned instead of NULL if the row identified by offset does not exist.</source>
        <translation>(expr,offset,default) Wenn auch default angegeben ist, dann wird dieser Wert anstatt NULL zurückgegeben, wenn die durch offset angegebene Zeile nicht existiert.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="144"/>
        <source>(expr) Returns the result of evaluating expression expr against the next row in the partition. Or, if there is no next row (because the current row is the last), NULL.</source>
        <translation>(expr) Gibt das Ergebnis der Evaluation des Ausdrucks expr gegen die nächste Zeile in der Partition zurück. Wenn es keine nächste Zeile gibt (weil die aktuelle Zeile die letzte ist), wird NULL zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="145"/>
        <source>(expr,offset) If the offset argument is provided, then it must be a non-negative integer. In this case the value returned is the result of evaluating expr against the row offset rows after the current row within the partition. If offset is 0, then expr is evaluated against the current row. If there is no row offset rows after the current row, NULL is returned.</source>
        <translation>(expr,offset) Wenn das Argument offset angegeben ist, dann muss dieses ein nichtnegativer Integerwert sein. In diesem Fall ist der Rückgabewert das Ergebnis der Evaluation von expr gegen die Zeile, die innerhalb der Partition offset Zeilen weiter unten liegt. Wenn offset 0 ist, wird expr gegen die aktuelle Zeile evaluiert. Wenn nach der aktuellen Zeile nicht genügend Zeilen vorhanden sind, wird NULL zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="147"/>
        <source>(expr) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the first row in the window frame for each row.</source>
        <translation>(expr) Diese eingebaute Fensterfunktion berechnet den Fensterrahmen für jede Zeile auf die gleiche Art wie ein aggregierte Fensterfunktion. Sie gibt den Wert von expr evaluiert gegen die erste Zeile im Fensterrahmen für jede Zeile zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="148"/>
        <source>(expr) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the last row in the window frame for each row.</source>
        <translation>(expr) Diese eingebaute Fensterfunktion berechnet den Fensterrahmen für jede Zeile auf die gleiche Art wie ein aggregierte Fensterfunktion. Sie gibt den Wert von expr evaluiert gegen die letzte Zeile im Fensterrahmen für jede Zeile zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="149"/>
        <source>(expr,N) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the row N of the window frame. Rows are numbered within the window frame starting from 1 in the order defined by the ORDER BY clause if one is present, or in arbitrary order otherwise. If there is no Nth row in the partition, then NULL is returned.</source>
        <translation>(expr,N) Diese eingebaute Fensterfunktion berechnet den Fensterrahmen für jede Zeile auf die gleiche Art wie ein aggregierte Fensterfunktion. Sie gibt den Wert von expr evaluiert gegen die N-te Zeile im Fensterrahmen zurück. Die Zeilen werden beginnend bei 1 in der durch den Befehl ORDER BY definierten Reihenfolge nummeriert, falls dieser vorhanden ist, ansonsten in beliebiger Reihenfolge. Wenn es keine N-te Zeile in der Partition gibt, dann wird NULL zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="155"/>
        <source>(X) Return the arccosine of X. The result is in radians.</source>
        <translation>(X) Gibt den Arkuskosinus von X zurück. Das Ergebnis ist im Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="156"/>
        <source>(X) Return the hyperbolic arccosine of X.</source>
        <translation>(X) Gibt den Areakosinus hyperbolicus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="157"/>
        <source>(X) Return the arcsine of X. The result is in radians.</source>
        <translation>(X) Gibt den Arkussinus von X zurück. Das Ergebnis ist im Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="158"/>
        <source>(X) Return the hyperbolic arcsine of X.</source>
        <translation>(X) Gibt den Areasinus hyperbolicus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="159"/>
        <source>(X) Return the arctangent of X. The result is in radians.</source>
        <translation>(X) Gibt den Arkustangens von X zurück. Das Ergebnis ist im Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="160"/>
        <source>(X,Y) Return the arctangent of Y/X. The result is in radians. The result is placed into correct quadrant depending on the signs of X and Y.</source>
        <translation>(X,Y) Den Arkustangens von Y/X ermitteln. Das Ergebnis ist im Bogenmaß. Das Ergebnis wird abhängig von den Vorzeichen von X und Y im korrekten Quadranten platziert.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="161"/>
        <source>(X) Return the hyperbolic arctangent of X.</source>
        <translation>(X) Gibt den Areatangens hyperbolicus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="162"/>
        <location filename="../SqlUiLexer.cpp" line="163"/>
        <source>(X) Return the first representable integer value greater than or equal to X. For positive values of X, this routine rounds away from zero. For negative values of X, this routine rounds toward zero.</source>
        <translation>(X) Gibt die erste darstellbare Ganzzahl größer oder gleich X zurück. Für positive X-Werte wird immer von Null weg gerundet. Für negative X-Werte wird immer in Richtung Null gerundet.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="164"/>
        <source>(X) Return the cosine of X. X is in radians.</source>
        <translation>(X) Gibt den Kosinus von X zurück. X ist im Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="165"/>
        <source>(X) Return the hyperbolic cosine of X.</source>
        <translation>(X) Gibt den Kosinus hyperbolicus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="166"/>
        <source>(X) Convert value X from radians into degrees.</source>
        <translation>(X) Umwandlung des Wertes X von Bogenmaß in Grad.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="167"/>
        <source>(X) Compute e (Euler&apos;s number, approximately 2.71828182845905) raised to the power X.</source>
        <translation>(X) Ermittelt e (Eulersche Zahl, ungefähr 2.71828182845905) hoch X.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="168"/>
        <source>(X) Return the first representable integer value less than or equal to X. For positive numbers, this function rounds toward zero. For negative numbers, this function rounds away from zero.</source>
        <translation>(X) Gibt die erste darstellbare Ganzzahl kleiner oder gleich X zurück. Für positive X-Werte wird immer in Richtung Null gerundet. Für negative X-Werte wird immer von Null weg gerundet.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="169"/>
        <source>(X) Return the natural logarithm of X.</source>
        <translation>(X) Gibt den natürlichen Logarithmus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="170"/>
        <source>(B,X) Return the base-B logarithm of X.</source>
        <translation>(B,X) Den Logarithmus von X zur Basis B zurückgeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="171"/>
        <location filename="../SqlUiLexer.cpp" line="172"/>
        <source>(X) Return the base-10 logarithm for X.</source>
        <translation>(X) Gibt den Logarithmus von X zur Basis 10 zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="173"/>
        <source>(X) Return the logarithm base-2 for the number X.</source>
        <translation>(X) Gibt den Logarithmus von X zur Basis 2 zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="174"/>
        <source>(X,Y) Return the remainder after dividing X by Y.</source>
        <translation>(X,Y) Den Rest der Division von X durch Y ermitteln.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="175"/>
        <source>() Return an approximation for π.</source>
        <translation>() Eine Näherung von π zurückgeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="176"/>
        <location filename="../SqlUiLexer.cpp" line="177"/>
        <source>(X,Y) Compute X raised to the power Y.</source>
        <translation>(X,Y) Berechnung von X hoch Y.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="178"/>
        <source>(X) Convert X from degrees into radians.</source>
        <translation>(X) Umwandlung des Wertes X von Grad zu Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="179"/>
        <source>(X) Return the sine of X. X is in radians.</source>
        <translation>(X) Gibt den Sinus von X zurück. X ist im Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="180"/>
        <source>(X) Return the hyperbolic sine of X.</source>
        <translation>(X) Gibt den Sinus hyperbolicus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="181"/>
        <source>(X) Return the square root of X. NULL is returned if X is negative.</source>
        <translation>(X) Gibt die Quadratwurzel von X zurück. Wenn X negativ ist, wird NULL zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="182"/>
        <source>(X) Return the tangent of X. X is in radians.</source>
        <translation>(X) Gibt den Tangens von X zurück. X ist im Bogenmaß.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="183"/>
        <source>(X) Return the hyperbolic tangent of X.</source>
        <translation>(X) Gibt den Tangens hyperbolicus von X zurück.</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="184"/>
        <source>(X) Return the representable integer in between X and 0 (inclusive) that is furthest away from zero. Or, in other words, return the integer part of X, rounding toward zero.</source>
        <translation>(X) Gibt die darstellbare Ganzzahl zwischen X und 0 (inklusiv) zurück, die am weitesten von Null entfernt ist. Oder, anders formuliert, gibt den Ganzzahl-Teil von X bei Rundung gegen Null zurück.</translation>
    </message>
</context>
<context>
    <name>SqliteTableModel</name>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="34"/>
        <source>reading rows</source>
        <translation>lese Zeilen</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="349"/>
        <source>loading...</source>
        <translation>laden...</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="427"/>
        <source>References %1(%2)
Hold %3Shift and click to jump there</source>
        <translation>Referenzen %1(%2)
Halten Sie %3Umschalt und klicken Sie, um hierher zu springen</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="579"/>
        <source>Error changing data:
%1</source>
        <translation>Fehler beim Ändern der Daten:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="771"/>
        <source>retrieving list of columns</source>
        <translation>Liste der Spalten ermitteln</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="998"/>
        <source>Fetching data...</source>
        <translation>Daten abrufen...</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="999"/>
        <location filename="../sqlitetablemodel.cpp" line="1001"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../TableBrowser.ui" line="14"/>
        <source>Browse Data</source>
        <translation>Daten durchsuchen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="43"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="59"/>
        <source>Select a table to browse data</source>
        <translation>Anzuzeigende Tabelle auswählen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="62"/>
        <source>Use this list to select a table to be displayed in the database view</source>
        <translation>Diese Liste zur Auswahl der in der Datenbankansicht anzuzeigenden Tabelle verwenden</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="178"/>
        <source>This is the database table view. You can do the following actions:
 - Start writing for editing inline the value.
 - Double-click any record to edit its contents in the cell editor window.
 - Alt+Del for deleting the cell content to NULL.
 - Ctrl+&quot; for duplicating the current record.
 - Ctrl+&apos; for copying the value from the cell above.
 - Standard selection and copy/paste operations.</source>
        <translation>Dies ist die Datenbanktabellen-Ansicht. Sie können die folgenden Aktionen durchführen:
 - Mit dem Schreiben beginnen, um die Werte Inline zu bearbeiten.
 - Doppelt auf einen Eintrag klicken, um dessen Inhalte im Zelleneditor-Fenster zu bearbeiten.
 - Alt+Entf zum Löschen des Zellinhaltes zu NULL.
 - Strg+&quot; zur Duplizierung des aktuellen Eintrags.
 - Strg+&apos; zum Kopieren des Wertes der darüberliegenden Zelle.
 - Standardmäßige Auswahl- und Kopieren/Einfügen-Operationen.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="254"/>
        <source>Text pattern to find considering the checks in this frame</source>
        <translation>Zu findendes Textmuster unter Einbeziehung der Prüfungen in diesem Fenster</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="257"/>
        <source>Find in table</source>
        <translation>In Tabelle suchen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="267"/>
        <source>Find previous match [Shift+F3]</source>
        <translation>Vorherige Übereinstimmung finden [Umschalt+F3]</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="270"/>
        <source>Find previous match with wrapping</source>
        <translation>Vorherige Übereinstimmung mit Umbruch finden</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="277"/>
        <source>Shift+F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="284"/>
        <source>Find next match [Enter, F3]</source>
        <translation>Nächste Übereinstimmung finden [Enter, F3]</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="287"/>
        <source>Find next match with wrapping</source>
        <translation>Nächste Übereinstimmung mit Umbruch finden</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="294"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="301"/>
        <source>The found pattern must match in letter case</source>
        <translation>Das Suchmuster muss in Groß-/Kleinschreibung übereinstimmen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="304"/>
        <source>Case Sensitive</source>
        <translation>Schreibungsabhängig</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="311"/>
        <source>The found pattern must be a whole word</source>
        <translation>Das Muster muss ein ganzes Wort sein</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="314"/>
        <source>Whole Cell</source>
        <translation>Gesamte Zelle</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="321"/>
        <source>Interpret search pattern as a regular expression</source>
        <translation>Suchmuster als regulären Ausdruck interpretieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="324"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wenn aktiviert, wird das Suchmuster als regulärer Ausdruck (UNIX-Stil) interpretiert. Siehe &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks (englisch)&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="327"/>
        <source>Regular Expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="347"/>
        <location filename="../TableBrowser.ui" line="350"/>
        <source>Close Find Bar</source>
        <translation>Suchbar schließen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="388"/>
        <source>Text to replace with</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="391"/>
        <source>Replace with</source>
        <translation>Ersetzen mit</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="401"/>
        <source>Replace next match</source>
        <translation>Nächste Übereinstimmung ersetzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="404"/>
        <location filename="../TableBrowser.ui" line="1080"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="411"/>
        <source>Replace all matches</source>
        <translation>Alle Übereinstimmungen ersetzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="414"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="676"/>
        <source>Export to &amp;JSON</source>
        <translation>Nach &amp;JSON exportieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="679"/>
        <location filename="../TableBrowser.ui" line="682"/>
        <source>Export the filtered data to JSON</source>
        <translation>Die gefilterten Daten nach JSON exportieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="685"/>
        <source>This button exports the data of the browsed table as currently displayed (after filters, display formats and order column) as a JSON file.</source>
        <translation>Dieser Button exportiert die Daten der angezeigten Tabelle wie aktuell dargestellt (inklusive Filtern, Anzeigeformaten und Spaltenreihenfolge) als eine JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="754"/>
        <source>Copy column name</source>
        <translation>Spaltenname kopieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="757"/>
        <source>Copy the database table column name to your clipboard</source>
        <translation>Den Spaltennamen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="826"/>
        <source>New Data Browser</source>
        <translation>Neuer Datenbrowser</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="829"/>
        <location filename="../TableBrowser.ui" line="832"/>
        <source>Add a new docked Data Browser</source>
        <translation>Einen neuen angedockten Datenbrowser hinzufügen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="835"/>
        <source>This button adds a new docked Data Browser, which you can detach and arrange in different layouts.</source>
        <translation>Dieser Button fügt einen neuen angedockten Datenbrowser hinzu, der abgedockt und in verschiedenen Layouts angeordnet werden kann.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="454"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Scroll to the beginning&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Zum Anfang scrollen&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="457"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates to the beginning in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ein Klick auf diesen Button navigiert zum Anfang der oben angezeigten Tabelle.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="460"/>
        <source>|&lt;</source>
        <translation>|&lt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="471"/>
        <source>Scroll one page upwards</source>
        <translation>Eine Seite nach oben scrollen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="474"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates one page of records upwards in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ein Klick auf diesen Button navigiert in den Einträgen der Tabellenansicht oben eine Seite nach oben.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="477"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="488"/>
        <source>0 - 0 of 0</source>
        <translation>0 - 0 von 0</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="495"/>
        <source>Scroll one page downwards</source>
        <translation>Eine Seite nach unten scrollen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="498"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates one page of records downwards in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ein Klick auf diesen Button navigiert in den Einträgen der Tabellenansicht oben eine Seite nach unten.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="501"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="512"/>
        <source>Scroll to the end</source>
        <translation>Zum Ende scrollen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="515"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates up to the end in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ein Klick auf diesen Button navigiert zum Ende der oben angezeigten Tabelle.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="518"/>
        <source>&gt;|</source>
        <translation>&gt;|</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="542"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Click here to jump to the specified record&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;Klicken Sie hier, um zu einer bestimmten Zeile zu springen&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="545"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This button is used to navigate to the record number specified in the Go to area.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;Dieser Button kann zum Navigieren zu einer im Bereich &quot;Springe zu&quot; festgelegten Zeile verwendet werden.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="548"/>
        <source>Go to:</source>
        <translation>Springe zu:</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="555"/>
        <source>Enter record number to browse</source>
        <translation>Zeilennummer zum Suchen auswählen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="558"/>
        <source>Type a record number in this area and click the Go to: button to display the record in the database view</source>
        <translation>Geben Sie eine Zeilennummer in diesem Bereich ein und klicken Sie auf den Button &quot;Springe zu:&quot;, um die Zeile in der Datenbankansicht anzuzeigen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="561"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="573"/>
        <source>Show rowid column</source>
        <translation>Rowid-Spalte anzeigen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="576"/>
        <source>Toggle the visibility of the rowid column</source>
        <translation>Sichtbarkeit der Rowid-Spalte umschalten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="584"/>
        <source>Unlock view editing</source>
        <translation>Ansicht zur Bearbeitung entsperren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="587"/>
        <source>This unlocks the current view for editing. However, you will need appropriate triggers for editing.</source>
        <translation>Dies entsperrt die aktuelle Ansicht zur Bearbeitung. Allerdings werden zur Bearbeitung passende Trigger benötigt.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="592"/>
        <source>Edit display format</source>
        <translation>Anzeigeformat bearbeiten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="595"/>
        <source>Edit the display format of the data in this column</source>
        <translation>Anzeigeformat der Daten in dieser Spalte bearbeiten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="604"/>
        <location filename="../TableBrowser.ui" line="640"/>
        <source>New Record</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="607"/>
        <location filename="../TableBrowser.ui" line="610"/>
        <source>Insert a new record in the current table</source>
        <translation>Fügt eine neue Zeile zur aktuellen Tabelle hinzu</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="613"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This button creates a new record in the database. Hold the mouse button to open a pop-up menu of different options:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;New Record&lt;/span&gt;: insert a new record with default values in the database.&lt;/li&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Insert Values...&lt;/span&gt;: open a dialog for entering values before they are inserted in the database. This allows to enter values accomplishing the different constraints. This dialog is also open if the &lt;span style=&quot; font-weight:600;&quot;&gt;New Record&lt;/span&gt; option fails due to these constraints.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Dieser Button erstellt eine neue Zeile in der Datenbank. Halten sie die Maustaste gedrückt, um ein Popup-Menü mit verschiedenen Optionen zu öffnen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Neuer Eintrag&lt;/span&gt;: eine neue Zeile mit Standardwerten in die Datenbank einfügen.&lt;/li&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Werte einfügen...&lt;/span&gt;: einen Dialog zur Eingabe von Werten öffnen, bevor diese in die Datenbank eingefügt werden. Dies erlaubt die Eingabe von Werten, die den Beschränkungen Genüge tun. Dieser Dialog wird auch geöffnet, wenn die Option &lt;span style=&quot; font-weight:600;&quot;&gt;Neuer Eintrag&lt;/span&gt; aufgrund dieser Beschränkungen fehlschlägt.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="622"/>
        <location filename="../TableBrowser.cpp" line="1153"/>
        <source>Delete Record</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="625"/>
        <source>Delete the current record</source>
        <translation>Aktuelle Zeile löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="628"/>
        <location filename="../TableBrowser.ui" line="631"/>
        <source>This button deletes the record or records currently selected in the table</source>
        <translation>Dieser Button löscht die Zeile oder Zeilen, die aktuell in der Tabelle ausgewählt sind</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="643"/>
        <location filename="../TableBrowser.ui" line="646"/>
        <source>Insert new record using default values in browsed table</source>
        <translation>Eine neue Zeile mit den Standardwerten in den ausgewählte Tabelle einfügen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="651"/>
        <source>Insert Values...</source>
        <translation>Werte einfügen...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="654"/>
        <location filename="../TableBrowser.ui" line="657"/>
        <source>Open a dialog for inserting values in a new record</source>
        <translation>Einen Dialog zum Einfügen von Werten in eine neue Zeile öffnen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="662"/>
        <source>Export to &amp;CSV</source>
        <translation>Nach &amp;CSV exportieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="665"/>
        <location filename="../TableBrowser.ui" line="668"/>
        <source>Export the filtered data to CSV</source>
        <translation>Die gefilterten Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="671"/>
        <source>This button exports the data of the browsed table as currently displayed (after filters, display formats and order column) as a CSV file.</source>
        <translation>Dieser Button exportiert die Daten der ausgewählten Tabelle wie aktuell angezeigt (gefiltert, Anzeigeformate und Spaltenreihenfolge) als CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="690"/>
        <source>Save as &amp;view</source>
        <translation>Als &amp;View speichern</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="693"/>
        <location filename="../TableBrowser.ui" line="696"/>
        <source>Save the current filter, sort column and display formats as a view</source>
        <translation>Den aktuellen Filter, die Spaltenreihenfolge und Anzeigeformate als Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="699"/>
        <source>This button saves the current setting of the browsed table (filters, display formats and order column) as an SQL view that you can later browse or use in SQL statements.</source>
        <translation>Dieser Button speichert die aktuellen Einstellungen der ausgewählten Tabelle (Filter, Anzeigeformate und Spaltenreihenfolge) als SQL-Ansicht, die Sie später durchsuchen oder in SQL-Anweisungen verwenden können.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="708"/>
        <source>Save Table As...</source>
        <translation>Tabelle speichern als...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="711"/>
        <location filename="../TableBrowser.ui" line="714"/>
        <source>Save the table as currently displayed</source>
        <translation>Tabelle wie aktuell angezeigt speichern</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="717"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This pop-up menu provides the following options applying to the currently browsed and filtered table:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Export to CSV: this option exports the data of the browsed table as currently displayed (after filters, display formats and order column) to a CSV file.&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Save as view: this option saves the current setting of the browsed table (filters, display formats and order column) as an SQL view that you can later browse or use in SQL statements.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Dieses Popup-Menü bietet die folgenden Optionen zur Anwendung auf die aktuell ausgewählte und gefilterte Tabelle:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;CSV exportieren: diese Option exportiert die Daten der ausgewählten Tabelle wie aktuell angezeigt (gefiltert, Anzeigeformat und Spaltenreihenfolge) in eine CSV-Datei.&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Als Ansicht speichern: diese Option speichert die aktuelle Einstellung der ausgewählten Tabelle (Filter, Anzeigeformat und Spaltenreihenfolge) als eine SQL-Ansicht, die Sie später durchsuchen oder in SQL-Anweisungen verwenden können.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="722"/>
        <source>Hide column(s)</source>
        <translation>Spalte(n) verbergen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="725"/>
        <source>Hide selected column(s)</source>
        <translation>Ausgewählte Spalte(n) verbergen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="730"/>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="733"/>
        <source>Show all columns that were hidden</source>
        <translation>Alle versteckten Spalten anzeigen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="738"/>
        <location filename="../TableBrowser.cpp" line="1506"/>
        <source>Set encoding</source>
        <translation>Codierung setzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="741"/>
        <source>Change the encoding of the text in the table cells</source>
        <translation>Codierung des Textes in den Tabellenzellen ändern</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="746"/>
        <source>Set encoding for all tables</source>
        <translation>Codierung für alle Tabellen setzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="749"/>
        <source>Change the default encoding assumed for all tables in the database</source>
        <translation>Voreingestellte Codierung für alle Tabellen in der Datenbank ändern</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="766"/>
        <source>Clear Filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="769"/>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="772"/>
        <location filename="../TableBrowser.ui" line="775"/>
        <source>This button clears all the filters set in the header input fields for the currently browsed table.</source>
        <translation>Dieser Button löscht alle gesetzten Filter in den Header-Eingabefeldern der aktuell angezeigten Tabelle.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="784"/>
        <source>Clear Sorting</source>
        <translation>Sortierung löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="787"/>
        <source>Reset the order of rows to the default</source>
        <translation>Die Zeilenreihenfolge auf den Standardzustand zurücksetzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="790"/>
        <location filename="../TableBrowser.ui" line="793"/>
        <source>This button clears the sorting columns specified for the currently browsed table and returns to the default order.</source>
        <translation>Dieser Button setzt die angegebene Spaltensortierung für die aktuell angezeigte Tabelle zurück und verwendet die Standardreihenfolge.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="802"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="805"/>
        <source>Print currently browsed table data</source>
        <translation>Aktuell angezeigte Tabellendaten drucken</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="811"/>
        <source>Print currently browsed table data. Print selection if more than one cell is selected.</source>
        <translation>Die aktuell angezeigten Tabellendaten drucken. Auswahl drucken, wenn mehr als eine Zelle ausgewählt ist.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="814"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="844"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="847"/>
        <source>Refresh the data in the selected table</source>
        <translation>Die Daten in der ausgewählten Tabelle aktualisieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="850"/>
        <source>This button refreshes the data in the currently selected table.</source>
        <translation>Dieser Button aktualisiert die Daten der aktuellen Tabellenansicht.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="853"/>
        <source>F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="868"/>
        <source>Find in cells</source>
        <translation>In Zellen suchen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="871"/>
        <source>Open the find tool bar which allows you to search for values in the table view below.</source>
        <translation>Die Such-Werkzeugleiste öffnen, die das Suchen nach Werten in der Tabellenansicht unten erlaubt.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="883"/>
        <location filename="../TableBrowser.ui" line="886"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="889"/>
        <source>Ctrl+B</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="901"/>
        <location filename="../TableBrowser.ui" line="904"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="916"/>
        <location filename="../TableBrowser.ui" line="919"/>
        <source>Underline</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="922"/>
        <source>Ctrl+U</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="934"/>
        <location filename="../TableBrowser.ui" line="937"/>
        <source>Align Right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="949"/>
        <location filename="../TableBrowser.ui" line="952"/>
        <source>Align Left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="964"/>
        <location filename="../TableBrowser.ui" line="967"/>
        <source>Center Horizontally</source>
        <translation>Horizontal zentrieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="979"/>
        <location filename="../TableBrowser.ui" line="982"/>
        <source>Justify</source>
        <translation>Blocksatz</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="991"/>
        <location filename="../TableBrowser.ui" line="994"/>
        <source>Edit Conditional Formats...</source>
        <translation>Bedingte Formatierungen bearbeiten...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="997"/>
        <source>Edit conditional formats for the current column</source>
        <translation>Bedingte Formatierungen der aktuellen Spalte bearbeiten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1006"/>
        <source>Clear Format</source>
        <translation>Formatierung löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1009"/>
        <source>Clear All Formats</source>
        <translation>Alle Formatierungen löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1012"/>
        <location filename="../TableBrowser.ui" line="1015"/>
        <source>Clear all cell formatting from selected cells and all conditional formats from selected columns</source>
        <translation>Alle Zellenformatierungen aus den ausgewählten Zellen und alle bedingten Formatierungen aus den ausgewählten Spalten löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1024"/>
        <location filename="../TableBrowser.ui" line="1027"/>
        <source>Font Color</source>
        <translation>Schriftfarbe</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1036"/>
        <location filename="../TableBrowser.ui" line="1039"/>
        <source>Background Color</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1051"/>
        <source>Toggle Format Toolbar</source>
        <translation>Formatierungs-Werkzeugleiste umschalten</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1054"/>
        <source>Show/hide format toolbar</source>
        <translation>Formatierungs-Werkzeugleiste anzeigen/verstecken</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1057"/>
        <location filename="../TableBrowser.ui" line="1060"/>
        <source>This button shows or hides the formatting toolbar of the Data Browser</source>
        <translation>Dieser Button zeigt oder versteckt die Formatierungs-Werkzeugleiste im Datenbrowser</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1065"/>
        <source>Select column</source>
        <translation>Spalte auswählen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1068"/>
        <source>Ctrl+Space</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1083"/>
        <source>Replace text in cells</source>
        <translation>Text in Zellen ersetzen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1091"/>
        <source>Freeze columns</source>
        <translation>Spalten sperren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1094"/>
        <source>Make all columns from the first column up to this column not move when scrolling horizontally</source>
        <translation>Blockiert die Bewegung aller Spalten von der ersten Spalte bis zu dieser Spalte beim horizontalen Scrollen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="43"/>
        <source>Filter in any column</source>
        <translation>In allen Spalten filtern</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="113"/>
        <source>Ctrl+R</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../TableBrowser.cpp" line="517"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../TableBrowser.cpp" line="519"/>
        <source>, %n column(s)</source>
        <translation>
            <numerusform>, %n Spalte</numerusform>
            <numerusform>, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="532"/>
        <source>. Sum: %1; Average: %2; Min: %3; Max: %4</source>
        <translation>. Summe: %1; Durchschnitt: %2; Minimum: %3; Maximum: %4</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="683"/>
        <source>Conditional formats for &quot;%1&quot;</source>
        <translation>Bedingte Formatierung für &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="766"/>
        <source>determining row count...</source>
        <translation>Zeilenanzahl bestimmen...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="769"/>
        <source>%L1 - %L2 of &gt;= %L3</source>
        <translation>%L1 - %L2 von &gt;= %L3</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="772"/>
        <source>%L1 - %L2 of %L3</source>
        <translation>%L1 - %L2 von %L3</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="774"/>
        <source> (clipped at %L1 rows)</source>
        <translation> (abgeschnitten bei %L1 Zeilen)</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1026"/>
        <source>Please enter a pseudo-primary key in order to enable editing on this view. This should be the name of a unique column in the view.</source>
        <translation>Bitte einen Pseudo-Primärschlüssel eingeben, um die Bearbeitung dieser Ansicht zu ermöglichen. Dies sollte der Name der eindeutigen Spalte dieser Ansicht sein.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1151"/>
        <source>Delete Records</source>
        <translation>Einträge löschen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1289"/>
        <source>Duplicate records</source>
        <translation>Einträge duplizieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1289"/>
        <source>Duplicate record</source>
        <translation>Eintrag duplizieren</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1293"/>
        <source>Ctrl+&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1312"/>
        <source>Adjust rows to contents</source>
        <translation>Zeilen an Inhalte anpassen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1376"/>
        <source>Error deleting record:
%1</source>
        <translation>Fehler beim Löschen des Eintrags:
%1</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1381"/>
        <source>Please select a record first</source>
        <translation>Bitte zuerst einen Eintrag auswählen</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1502"/>
        <source>Please choose a new encoding for all tables.</source>
        <translation>Bitte wählen Sie eine neue Codierung für alle Tabellen.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1504"/>
        <source>Please choose a new encoding for this table.</source>
        <translation>Bitte wählen Sie eine neue Codierung für diese Tabelle.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1507"/>
        <source>%1
Leave the field empty for using the database encoding.</source>
        <translation>%1
Lassen Sie das Feld leer, um die Datenbank-Codierung zu verwenden.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1519"/>
        <source>This encoding is either not valid or not supported.</source>
        <translation>Diese Codierung ist entweder nicht gültig oder nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1709"/>
        <source>%1 replacement(s) made.</source>
        <translation>%1 Ersetzung(en) durchgeführt.</translation>
    </message>
</context>
<context>
    <name>TableBrowserDock</name>
    <message>
        <location filename="../TableBrowserDock.cpp" line="72"/>
        <source>New Data Browser</source>
        <translation>Neuer Datenbrowser</translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="76"/>
        <source>Rename Data Browser</source>
        <translation>Datenbrowser umbenennen</translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="82"/>
        <source>Close Data Browser</source>
        <translation>Datenbrowser schließen</translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="99"/>
        <source>Set a new name for the data browser. Use the &apos;&amp;&amp;&apos; character to allow using the following character as a keyboard shortcut.</source>
        <translation>Einen neuen Namen für den Datenbrowser setzen. Das Zeichen &apos;&amp;&amp;&apos; verwenden, um das folgende Zeichen als Shortcut zu verwenden.</translation>
    </message>
</context>
<context>
    <name>VacuumDialog</name>
    <message>
        <location filename="../VacuumDialog.ui" line="14"/>
        <source>Compact Database</source>
        <translation>Datenbank komprimieren</translation>
    </message>
    <message>
        <location filename="../VacuumDialog.ui" line="26"/>
        <source>Warning: Compacting the database will commit all of your changes.</source>
        <translation>Warnung: Das Verdichten der Datenbank wird alle Ihre Änderungen übermitteln.</translation>
    </message>
    <message>
        <location filename="../VacuumDialog.ui" line="39"/>
        <source>Please select the databases to co&amp;mpact:</source>
        <translation>Bitte wählen Sie die zu ver&amp;dichtenden Datenbanken aus:</translation>
    </message>
</context>
</TS>
