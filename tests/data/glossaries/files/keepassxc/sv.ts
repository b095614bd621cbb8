<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>Om KeePassXC</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>Rapportera fel på: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC distribueras enligt villkoren i GNU General Public License (GPL) version 2 eller (om du vill) version 3.</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>Projektansvariga:</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>Ett särskilt tack från teamet bakom KeePassXC riktas till debfx som skapade den ursprungliga KeePassX.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Medverkande</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;Se alla bidrag på GitHub&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>Felsökningsinformation</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>Inkludera följande information när du rapporterar ett fel:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiera till urklipp</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeePassXC -  Åtkomstbegäran</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Icke-befintlig/otillgänglig körbar sökväg. Dubbelkolla att klienten är legitim.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;ber om åtkomst till följande poster:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Körbar</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>Kommandorad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljerat</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>Ditt beslut kommer att sparas under den tid som både den begärande klienten OCH KeePassXC körs.</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Kom ihåg</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Tillåt markerade</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>Neka alla &amp;&amp; framtida</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>Tillåt alla &amp;&amp; framtida</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>Avslå för detta program</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>Aktivera SSH-tjänstintegrering</translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation>Använd Pageant</translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation>Använd OpenSSH</translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation>Använd båda agenterna</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>SSH_AUTH_SOCK åsidosättning</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>SSH_AUTH_SOCK värde</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>SSH_SK_PROVIDER värde</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>SSH_SK_PROVIDER åsidosättning</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>Ingen socket för SSH-tjänsten tillgänglig. Tillse antingen att  SSH_AUTH_SOCK miljövaiabel finns eller eller ange en åsidosättning.</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>SSH-tjänstens anslutning arbetar!</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>Programinställningar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>Denna inställning kan inte aktiveras om minimering vid upplåsning är aktiverad.</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Åtkomstfel för konfigurationsfil %1</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>Endast Ikon</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Endast text</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>Text bredvid ikon</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>Text under ikon</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>Följ stil</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Monokrom</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>Monochrome (ljus)</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>Monochrome (mörk)</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>Färgstark</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>Du måste starta om programmet för att tillämpa det nya språket. Vill du starta om nu?</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>Vill du återställa inställningarna?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>Vill du verkligen återställa alla allmäna och säkerhetsinställningar till standardinställning?</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>Välj lagringsplats för säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>Grundinställningar</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Uppstart</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>Tillåt endast en instans av KeePassXC</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>Starta KeePassXC automatiskt vid systemstart</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>Minimera fönstret vid programstart</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>Minimera fönstret efter upplåsning av databas</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>Kom ihåg tidigare databaser</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation>tidigare filer</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>Läs in tidigare öppna databaser vid programstart</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>Kom ihåg databasnyckelfiler och säkerhetsenheter</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>Sök efter uppdateringar vid programstart, en gång per vecka</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>Inkludera betaversioner vid sökning efter uppdateringar</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>Vid databasupplåsning, visa poster som</translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>har upphört att gälla</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation>dagar</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>löper ut inom</translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>Filhantering</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>Spara automatiskt efter varje ändring</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>Spara automatiskt när databasen låses</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>Spara icke-dataändringar automatiskt när databasen låses</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>Läs om databasen automatiskt när den ändrats externt</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>Säkerhetskopiera databasfilen innan den sparas</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Säkerhetskopieringsmål</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation>Anger platsen för databasens säkerhetskopia. Förekomster av {DB_FILENAME}&quot; ersätts med filnamnet för den sparade databasen utan filtillägg. {TIME:&lt;format&gt;} ersätts med säkerhetskopieringstiden, se https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; standard för att formatera strängen &quot;dd_MM_yyyy_hh-mm-ss&quot;.</translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{DB_FILENAME}.old.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Välj...</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>Använd alternativ lagringsmetod (Kan lösa problem med Dropbox, Google Drive, GVFS, etc.)</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>Temporär fil flyttat på plats</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>Skriv direkt till databas (farligt)</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>Posthantering</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>Använd gruppikon för nya poster</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>Minimera vid öppning av URL</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>Dölj fönstret vid kopiering till urklipp</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Mimimera</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>Flytta till bakgrunden</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>Tidsgräns för nerladdning av favicon:</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>Tidsgräns för nerladdning av webbsideikon, i sekunder.</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> sek</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Användargränssnitt</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Knappstil för verktygsfält</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>Flyttbart verktygsfält</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>Språkval</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>(starta om programmet för att aktivera)</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>Knappstil för verktygsfält:</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>Visa lösenord i färg</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>Använd teckensnitt med fast teckenbredd för anteckningar</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>Minimera istället för att avsluta programmet</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>Visa en systemfältsikon</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>Typ av systemfältsikon</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>Typ av systemfältsikon:</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>Minimera fönstret till systemfältet, vid minimering</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>Återställ inställningarna till standard...</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Autoskriv</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>Använd postens titel för att matcha fönster vid global autoskriv</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>Använd postens URL för att matcha fönster vid global autoskriv</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>Fråga alltid innan autoskriv utförs</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>Dölj förfallna poster från autoskriv</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>Lås tidigare låst databas efter att ha utfört autoskriv</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>Autoskriv startfördröjning:</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>Övergripande autoskrivgenväg:</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>Autoskrivfördröjning i millisekunder</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>Autoskriv skrivfördröjning:</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>Övergripande autoskrivgenväg</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>Fördröjning vid utomatisk skrivning, i millisekunder.</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>Kom ihåg senast inmatade post för:</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>Tidsgränser</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>Tidsgräns för databaslås i sekunder</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> sek</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>Rensa urklipp efter</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>Radera söksträng efter</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Tidsgräns för urklippsrensing i sekunder</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>Lås databaser efter inaktivitet i</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Bekvämlighet</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>Aktivera snabb databasupplåsning (Touch ID / Windows Hello)</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>Lås databaserna när sessionen låses eller locket stängs</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>Lås databaserna när fönstret minimeras</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>Kräv lösenordsupprepning när det är synligt</translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>Dölj lösenord när de redigeras</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>Använd platshållare för tomma lösenordfält</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>Dölj lösenord i förhandsgranskningsrutan</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>Dölj posters anteckningar som standard</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>Flytta poster till papperskorgen utan bekräftelse</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>Aktivera dubbelklick för att kopiera kolumnerna för användarnamn/lösenord</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>Använd DuckDuckGo för att ladda ner webbplatsikoner</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>Dölj TOTP i förhandsgranskningspanelen</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>Den begärda autoskriv-sekvensen kan inte användas på grund av ett fel:</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>Autoskriv-fel</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>Tillstånd krävs</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC kräver åtkomsttillstånd för att utföra automatisk skrivning på postnivå. Om du redan har beviljat tillstånd, kanske du behöver styarta om KeePassXC.</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC kräver åtkomst- och inspelningstillstånd för att utföra automatisk skrivning på övergripande nivå. Skärminspelning krävs för att använda fönstertiteln till att identifiera poster. Om du redan har beviljat tillstånd, kanske du behöver styarta om KeePassXC.</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>Ogiltig post angavs</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>Klammerobalans upptäckt, hittade extra { eller }</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>För många repetitioner upptäckta, max är %1: %2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>Mycket långsam tangenttryckning upptäckt, max är %1: %2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>Mycket lång fördröjning, max är %1: %2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>Posten har inget attribut för PICKCHARS: %1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>Ogiltig konverteringstyp: %1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>Ogiltig konverteringssyntax: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>Ogiltig regular expression-syntax: %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>Ogiltig platshållare: %1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sekvens</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>Standardsekvens</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sekvens</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>Försöker skicka en ogiltig tangentbordssymbol</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>Sekvensen avbröts: Caps Lock är på</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>Sekvensen avbröts: Modifierarnycklar innehas av användaren</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>Kunde inte hämta giltig nyckelkod för nyckeln: </translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>Autoskriv – KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>Dubbelklicka på en rad för att utföra autoskriv, eller hitta en post med hjälp av sökfunktionen:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Du kan använda avancerad sökning för att hitta en post i dina öppna databaser. Följande genvägar är användbara:&lt;br/&gt;
Ctrl+F - Databassökning på/av&lt;br/&gt;
Ctrl+1 - Skriv användarnamn&lt;br/&gt;
Ctrl+2 - Skriv lösenord&lt;br/&gt;
Ctrl+3 - Skriv TOTP&lt;br/&gt;
Ctrl+4 - Använd virtuellt tangentbord (Endast Windows)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>Sök i alla öppna databaser</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>Skrivsekvens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>Skriv {ANVÄNDARNAMN}</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>Skriv {LÖSENORD}</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>Skriv {TOTP}</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>Kopiera användarnamn</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>Kopiera lösenord</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>Kopiera TOTP</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>Använd virtuellt tangentbord</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>KeePassXC - Webbläsaråtkomst</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 begär åtkomst till följande poster:</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>Kom ihåg åtkomst till markerade poster</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Kom ihåg</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>Tillåt åtkomst till poster</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Tillåt markerade</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Neka alla</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>Inaktivera för denna sida</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>Du ha flera databaser öppna.
Välj rätt databas för att spara inloggningsuppgifterna.</translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation>KeePassXC - Välj databas</translation>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>KeePassXC: Passkey credentials</source>
        <translation>KeePassXC: Passnyckeluppgifter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>Autentisera</translation>
    </message>
    <message>
        <source>Register new</source>
        <translation>Registrera ny</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation><numerusform>Tidsgränsen löper ut om 1%n1 sekund...</numerusform><numerusform>Tidsgränsen löper ut om &lt;b&gt;%n&lt;/b&gt; sekunder...</numerusform></translation>
    </message>
    <message>
        <source>Do you want to register Passkey for:</source>
        <translation>Vill du registrera passnyckel för:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Existing Passkey found.
Do you want to register a new Passkey for:</source>
        <translation>Befintlig passnyckel hittad.
Vill du registrera en ny passnyckel för:</translation>
    </message>
    <message>
        <source>Select the existing Passkey and press Update to replace it.</source>
        <translation>Markera den befintliga passnyckeln och tryck &quot;Uppdatera&quot; för att ersätta den.</translation>
    </message>
    <message>
        <source>Authenticate Passkey credentials for:</source>
        <translation>Autentisera passnyckeluppgifter för: </translation>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>KeePassXC: Create a new group</source>
        <translation>KeePassXC: Skapa en ny grupp</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>En begäran om att skapa en ny grupp &quot;%1&quot; har tagits emot.
Vill du skapa denna grupp?
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC: Ny nyckelassocieringsbegäran</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>Du har fått en associationsbegäran för följande databas:
%1

Ge anslutningen ett unikt namn eller ID, som t.ex.:
chrome-laptop.</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>Spara och tillåt åtkomst</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC: Vill du skriva över befintlig nyckel?</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>En delad krypteringsnyckel med namnet &quot;%1&quot; finns redan.
Vill du skriva över den?</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC: Uppdatera post</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>Vill du uppdatera informationen i %1 - %2?</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC: Ta bort post</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>En begäran om borttagning av posten &quot;%1&quot; har mottagits.
Vill du ta bort posten?
</translation>
    </message>
    <message>
        <source>%1 (Passkey)</source>
        <translation>%1 (Passnyckel)</translation>
    </message>
</context>
<context>
    <name>BrowserSettingsWidget</name>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation>Detta krävs för att KeePassXC-Browser ska kunna komma åt dina databaser</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>Aktivera webbläsarintegration</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>Webbläsare installerade via Snap, stöds för närvarande inte.</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>Aktivera integrering i dessa webbläsare:</translation>
    </message>
    <message>
        <source>Vivaldi</source>
        <translation>Vivaldi</translation>
    </message>
    <message>
        <source>&amp;Edge</source>
        <translation>&amp;Edge</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Tor Browser</source>
        <translation>Tor Browser</translation>
    </message>
    <message>
        <source>Brave</source>
        <translation>Brave</translation>
    </message>
    <message>
        <source>Google Chrome</source>
        <translation>Google Chrome</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>Show a notification when credentials are requested</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Visa en avisering när inloggningsuppgifter begärs</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>Be om upplåsning av databasen när den är låst</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>Endast poster med samma schema (http://, https://, …) returneras.</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>Matcha URL-schema (T.ex. https://example.com)</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>Returnerar bara de lämpligaste posterna för en viss webbadress istället för alla poster som rör den domänen.</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>Returnera endast bäst matchande autentiseringsuppgifter</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>Returnerar förfallna autentiseringsuppgifter [Förfallen] läggs till i titeln.</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>Tillåt utgångna autentiseringsuppgifter som retur</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>Alla databaser anslutna till tillägget, kommer att returnera matchande autentiseringsuppgifter.</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Sök i alla öppnade databaser efter matchande autentiseringsuppgifter</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Fråga aldrig innan åtkomst till autentiseringsuppgifter</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Fråga aldrig innan autentiseringsuppgifter uppdateras</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>Be inte om lov för HTTP Basic Auth</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>Automatiskt skapande eller uppdaterande av textfält stöds inte.</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>Returnera avancerade strängar som börjar med &quot;KPH: &quot;</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>Visa inte popup-fönstret som föreslår migrering av äldre KeePassHTTP-inställningar.</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>Fråga inte efter migrering av KeePassHTTP-inställningar.</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>Uppdaterar KeePassXC eller keepassxc-proxyns binärsökväg automatiskt, till ursprungliga meddelandeskript vid uppstart.</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>Uppdatera inbyggda meddelandemanifestfiler vid start</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>Använd en anpassad proxy-inställning om du har installerat en proxy manuellt.</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>Använd en anpassad proxyplats:</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>Fält för anpassad proxyplats</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>Webbläsare för anpassad proxyfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>Använd en anpassad plats för webbläsarkonfiguration:</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>Webbläsartyp:</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Knappstil för verktygsfält</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>Konfigurationsplats:</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>Platsfält för anpassad webbläsare</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>Bläddra efter anpassad webbläsarsökväg</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>Anpassat tilläggs-ID:</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>Anpassat tilläggs-ID</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>På grund av Snaps sandlådeteknik, måste du köra ett skript för att aktivera webbläsarintegration.&lt;br /&gt;Du kan hämta skriptet från %1</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>KeePassXC-Browser behövs för att webbläsarintegrationen ska fungera. &lt;br /&gt;Ladda ner dent för %1 och %2 och %3. %4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>Se specialinstruktioner för webbläsarintegreringens användning nedan</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>Körbara filer</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>Välj en anpassad proxy</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>Välj plats för den inbyggda värdmappen för meddelanden</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation>Tillåt keepassxc-proxy att lista alla poster med titel, URL och UUID i anslutna databaser.</translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation>Tillåt begränsad åtkomst till alla poster i anslutna databaser (ignorerar begränsningar för webbplatsåtkomst)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation>&lt;b&gt;Varning!&lt;/b&gt; Justera dessa inställningar endast om nödvändigt.</translation>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation>Den anpassade proxyplatsen finns inte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation>&lt;b&gt;Fel:&lt;/b&gt; Den anpassade proxyplatsen finns inte. Korrigera det i avancerade inställningar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation>&lt;b&gt;Fel:&lt;/b&gt; Den installerade körbara proxyfilen saknas på den förväntade platsen: %1&lt;br/&gt;Ange en anpassad proxyplats i de avancerade inställningarna eller installera om programmet.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation>Klona postens inställningar</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>Lägg till &quot; - Klon&quot; i titeln</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>Ersätt användarnamn och lösenord med referenser</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>Kopiera historik</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>Importera CSV-fält</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>filnamn</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>storlek, rader, kolumner</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>Kolumnassociering</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodning</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Kodek</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>Text är kvalificerad av</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>Textkvalificering</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>Fält är separerade med</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>Fältseparation</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>Kommentarer inleds med</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>Rubriker undantagna</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>Antal rubrikrader att kassera</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>Första raden har fältnamn</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>Betrakta &quot;\&quot; som ett kommentarstecken</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>Förhandsgranskning av CSV-import</translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>Importerat från CSV-fil</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>Ursprunglig data: </translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>Fel upptäckta i CSV-fil!</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[%n meddelande hoppades över]</numerusform><numerusform>[%n meddelanden hoppades över]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>CSV-import: Skrivare har fel:
%1</translation>
    </message>
</context>
<context>
    <name>CsvParserModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>file info: bytes, rows, columns</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n byte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n rad</numerusform><numerusform>%n rader</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n kolumn</numerusform><numerusform>%n kolumner</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>Kunde inte öppna filen %1.</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>Fel vid inläsning av databas: %1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>Kunde inte spara. Databasen pekar inte mot en giltig fil.</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>Databasens sparande pågår redan.</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>Kunde inte spara, databasen har inte startats!</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>Databasfilen har ändringar som inte har infogats.</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
Säkerhetskopierad databas hittad i %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>Nyckeln har inte transformerats. Detta är ett programfel, rapportera det till utvecklarna.</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>Papperskorg</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>Lås upp databas - KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>Lås upp KeePassXC-databas</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>Ange lösenord:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>Ange fler autentiseringsuppgifter (om det finns några):</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>Nyckelfil:</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Som tillägg till ett lösenord, kan du använda en hemlig fil för att förbättra säkerheten i din databas. En sådan fil kan genereras i databasens säkerhetsinställningar.&lt;/p&gt;&lt;p&gt;Detta är &lt;strong&gt;inte&lt;/strong&gt; din *.kdbx-databasfil!&lt;br&gt;Om du inte har någon nyckelfil, lämnar du fältet tomt.&lt;/p&gt;&lt;p&gt;Klicka för mer information...&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>Nyckelfilshjälp</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Val av plats för hårdvarunyckel</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>Hårdvarunyckel:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Du kan använda en hårdvarunyckel såsom &lt;strong&gt;YubiKey&lt;/strong&gt; eller &lt;strong&gt;OnlyKey&lt;/strong&gt; med anslutningsplatser konfigurerade för HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Klicka för mer information...&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>Hjälp med hårdvarunyckel</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>Nyckelfil för att låsa upp databasen</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Bläddra efter nyckelfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Uppdatera hårdvaru-tokens</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>Lås upp databasen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Presentera eller rör vid din YubiKey för att fortsätta...</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>Databasversionen stämmer inte</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>Databasen du försöker öppna skapades troligen
av en nyare version av KeePassXC

Du kan försöka öppna den i alla fall, men den kanske
inte är komplett och att spara ändringar kan medföra
dataförluster.

Vi rekommenderar att du uppgraderar din KeePassXC-installation.</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>Öppna databasen i alla fall</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>Databasupplåsning avbruten.</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>Upplåsning misslyckades och lösenord saknas</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>Kunde inte låsa upp databasen och du angav inget lösenord.
Vill du försöka igen, med ett &quot;tomt&quot; lösenord istället?

För att förhindra att detta fel uppstår igen, måste du gå till &quot;Databasinställningar/Säkerhet&quot; och återställa dittlösenord.</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>Försök med tomt lösenord</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>Kunde inte öppna nyckelfil: %1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Gammalt nyckelfilsformat</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>Du använder ett äldre nyckelfilsformat som KeePassXC kanske&lt;br&gt;inte kommer att stödja i framtiden.&lt;br&gt;&lt;br&gt;Överväg att generera en ny nyckelfil genom att gå till: &lt;br&gt;&lt;strong&gt;Databas &amp;gt; Databassäkerhet &amp;gt; Ändra nyckelfil.&lt;/strong&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>Visa inte denna varning igen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Nyckelfiler</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>Välj nyckelfil</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>Kan inte använda en databasfil som nyckelfil</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>Du kan inte använda din databasfil som nyckelfil.
Om du inte har någon nyckelfil, lämnar du fältet tomt.</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Identifierar hårdvarunycklar...</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Inga hårdvarunycklar identifierade</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>Välj hårdvarunyckel...</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation>autentisera för åtkomst till databasen</translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation>Kunde inte autentisera med Quick Unlock: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation>Lösenord</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>Databasens inloggningsuppgifter</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Krypteringsinställningar</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Webbläsarintegrering</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Underhåll</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>KeePassXC-Browser-inställningar</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>Koppla bort alla webbläsare</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>Glöm alla sidspecifika inställningar i befintliga poster</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>Uppdatera databasens rotgrupps-ID</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Lagrade nycklar</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>Lagrade webbläsarnycklar</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>Ta bort markerad nyckel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>Vill du ta bort den valda nyckeln?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>Vill du verkligen ta bort den valda nyckeln?
Detta kan förhindra anslutning till webbläsartillägget.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>Aktivera webbläsarintegrering för åtkomst till dessa inställningar.</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>Vill du verkligen koppla bort alla webbläsare?
Detta kan förhindra anslutning till webbläsartillägget.</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC: Inga nycklar hittades</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>Inga delade krypteringsnycklar hittades i KeePassXC:s inställningar.</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC: Tog bort nycklar från databasen</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>Tog bort %n krypteringsnyckel från KeePassXC:s inställningar.</numerusform><numerusform>Tog bort %n krypteringsnycklar från KeePassXC:s inställningar.</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>Vill du verkligen glömma alla sidspecifika inställningar i varje post?
Behörighet att komma åt posterna kommer att återkallas.</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>Tar bort lagrade rättigheter...</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC: Tog bort behörigheter</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>Tog bort behörighet från %n post.</numerusform><numerusform>Tog bort behörigheter från %n poster.</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC: Ingen post med behörigheter hittades!</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>Den aktiva databasen innehåller ingen post med behörigheter.</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>Uppdatera databas-ID</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>Vill du verkligen uppdatera databas-ID?
Detta är bara nödvändigt om databasen är en kopia av en annan och webbläsartillägget inte kan ansluta.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>Lägg till ytterligare skydd...</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Inget lösenord angivet</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>VARNING! Du har inte angivit något lösenord. Du avråds bestämt från att använda en databas utan lösenord!

Vill du verkligen fortsätta utan lösenord?</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>Fortsätt utan lösenord</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>Ingen krypteringsnyckel tillagd</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>Du måste lägga till minst en krypteringsnyckel, för att säkra din databas!</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Okänt fel</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>Kunde inte ändra databasens inloggningsuppgifter</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>Dekrypteringstid:</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>Avkrypteringstid i sekunder</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>Högre värde medger bättre skydd, men databasen tar längre tid att öppna.</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>Databasformat:</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>Databasformat</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>Formatet kan inte ändras. Din databas använder KDBX 4-funktioner</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>Använd alltid senaste formatet, om du inte behöver öppna din databas med andra program.</translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>Krypteringsalgoritm:</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>Krypteringsalgoritm</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES: 256 bitar   (standard)</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish:  256 bitar</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>Nyckelhärledningsfunktion:</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>Nyckelhärledningsfunktion</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>Transformeringsrundor:</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>Transformeringsrundor</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>Minnesanvändning:</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>Minnesanvändning</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>Parallellitet:</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallellitet</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4 (rekommenderas)</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>För högt antal rundor</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>Du använder ett mycket högt antal nyckeltransformeringsrundor med Argon2.

Om du behåller detta antal, kan din databas ta timmar eller dagar (eller t.om. längre) att öppna!</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>Uppfattat, behåll antalet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>För lågt antal rundor</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>Du använder ett mycket lågt antal nyckeltransformeringsrundor med AES-KDF.

Om du behåller detta antal, kommer din databas inte att vara skyddad mot brute force-attacker.</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>KDF oförändrad</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>Kunde inte transformera nyckeln med nya KDF-parametrar. KDF oförändrad.</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform> tråd</numerusform><numerusform> trådar</numerusform></translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation>Krypteringsinställningar:</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundläggande</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>Exponerade poster</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>Visa inte denna databas</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>Visa poster under denna grupp:</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>Aktivera Secret Service för att komma åt dessa inställningar.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>Databasmetadata</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Databasnamn:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Databasens namn</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>Databasbeskrivning:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Databasens beskrivning</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>Standardanvändarnamn:</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>Standard användarnamn</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>Historikinställningar</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>Max antal historikobjekt per post</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>Max historikstorlek per post</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>Använd papperskorgen</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>Ytterligare databasinställningar</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>Aktivera komprimering (rekommenderas)</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>Ta bort papperskorgen</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>Vill du ta bort papperskorgen med allt innehåll?
Denna åtgärd kan inte ångras.</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (gammal)</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation>När du sparar den här inställningen eller redigerar 
en post kommer de äldsta historikobjekten i en 
post att tas bort, så att endast den angivna mängden
poster blir kvar som mest.</translation>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation>Begränsa antalet historikobjekt per post till:</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation>När du sparar den här inställningen eller redigerar en 
post kommer de äldsta historiska objekten i en post att
tas bort så att de återstående historikobjekten läggs 
till det angivna beloppet som högst.</translation>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation>Begränsa antalet historikobjekt per post till:</translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation>Flytta poster till en papperskorgsgrupp
i stället för att ta bort dem från databasen.
Poster som tas bort från papperskorgen
tas också bort från databasen.</translation>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation>Fördröjning av automatiskt sparande sedan senaste ändring</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>Fördröjning av automatiskt sparande</translation>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation>Fördröjning av automatiskt sparande sedan senaste ändring i minuter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation>Kryssruta för fördröjning av automatiskt sparande sedan senaste ändring</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Synlig sökväg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>Senaste undertecknare</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source> &gt; </source>
        <comment>Breadcrumb separator</comment>
        <translation> &gt; </translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMaintenance</name>
    <message>
        <source>Manage Custom Icons</source>
        <translation>Hantera anpassade ikoner</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>Ta bort markerad(e) ikon(er)</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>Ta bort alla anpassade ikoner som inte används av någon post eller grupp</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>Rensa bort oanvända ikoner</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>Bekräfta borttagning</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>Minst en av de valda ikonerna används för närvarande av minst en post eller grupp. Ikonerna för alla berörda poster och grupper ersätts av standardikonen. Vill du verkligen ta bort ikoner som används för närvarande?</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>Anpassade ikoner används</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation>Alla anpassade ikoner används av minst en post eller grupp.</translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>Borttagna oanvända ikoner</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>Tog bort %n ikon från databasen.</numerusform><numerusform>Tog bort %n ikoner från databasen.</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>Databasnamn:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Databasens namn</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Databasens beskrivning</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>Fel vid databasskapande</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>Den skapade databasen har ingen nyckel eller KDF, vägrar att spara den.
Detta är definitivt ett programfel, rapportera det till utvecklarna.</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2-databas</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>Kunde öppna %1. Antingen finns den inte eller också är den inte åtkomstbar.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>Välj CSV-fil</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>Slå samman databas</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>KeePass 1-databas</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>Öppna KeePass 1-databas</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>Öppna OPVault</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>Exportera databasen till en CSV-fil</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>Kunde inte skriva CSV-filen.</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>Kunde inte skriva HTML-filen.</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>Exportera databas till XML-fil</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>XML-fil</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>Kunde inte skriva XML-filen</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>Exportbekräftelse</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>Du är på väg att exportera din databas till en okrypterad fil. Detta kommer att lämna dina lösenord annan känslig information i ett sårbart skick (klartext). Vill du verkligen fortsätta?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [Ny databas]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [Låst]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>Sök och taggar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>Delad grupp…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>Bekräfta autoskriv</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>Vill du skriva automatiskt i det tidigare aktiva fönstret?</translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>Vill du köra kommandot?</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>Vill du verkligen köra följande kommando?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Komihåg mitt val</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Ta bort gruppen</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>Vill du verkligen ta bort gruppen &quot;%1&quot; för gott?</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>Vill du flytta gruppen till papperskorgen?</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>Vill du verkligen flytta &quot;%1&quot; till papperskorgen?</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>Utgångna poster</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>Poster som löper ut inom %1 dag</numerusform><numerusform>Poster som löper ut inom %1 dagar</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>Ingen aktuell databas.</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>Ingen källdatabas, inget att göra.</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>Slog samman databasfilerna.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>Databasen ändrades inte av sammanslagningen.</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>Sökresultat (%1)</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>Inget resultat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation>Ange ett unikt namn eller skriv över en befintlig sökning från listan:</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Spara sökning</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>Vill du låsa databasen?</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>Du redigerar en post. Vill du förkasta ändringarna och låsa ändå?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>&quot;%1&quot; har ändrats.
Vill du spara ändringarna?</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>Databasen har ändrats.
Vill du spara ändringarna?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Vill du spara ändringarna?</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>Filen har ändrats</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>Databasfilen har ändrats. Vill du läsa in ändringarna?</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>Slå samman begäran</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>Databasfilen har ändrats och du har osparade ändringar.
Vill du slå  samman dina ändringar?</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>Kunde inte öppna den nya databasen vid försök att läsa in automatisk.
Fel: %1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>Vill du inaktivera &quot;Spara säkert&quot;?</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>KeePassXC har misslyckats med att spara databasen flera gånger. Det beror troligen på att filsynkroniseringstjänsten har låst filsparandet.
Vill du inaktivera &quot;Spara säkert&quot; och försöka igen?</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Kunde inte skriva databasen: %1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>Spara databasen som</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2-databas</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>Spara säkerhetskopia av databasen</translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>Vill du tömma papperskorgen?</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>Vill du verkligen ta bort allt från din papperskorg permanent?</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>Kunde inte hitta databasfilen: %1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Autoskriv</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Webbläsarintegrering</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;tom URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>Bekräfta borttagning</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>Vill du verkligen ta bort denna URL?</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH-tjänst</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(krypterad)</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>Välj privat nyckel</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Posthistorik</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Lägg till post</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Redigera post</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>Vissa inställningar för webbläsarintegrering åsidosätts av gruppinställningar.</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>Ogiltig post</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>En extern sammanslagningsåtgärd har ogiltigförklarat denna post.
Alla genomförda ändringar kan tyvärr ha förlorats.</translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>Autoskriv-valideringsfel</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>Ett fel uppstod när den anpassade autoskriv-sekvensen skulle valideras:
%1
Vill du korrigera det?</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>Ett fel uppstod vid validering av autoskriv-sekvensen för &quot;%1&quot;:
%2
Vill du korrigera det?</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>Posten uppdaterad.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>Vill du spara ändringarna i denna post?</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Nytt attribut</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>Nytt attribut %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>Vill du verkligen ta bort detta attribut?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[SKYDDAD] Tryck &quot;Visa&quot; för att visa eller redigera</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%1 timma</numerusform><numerusform>%1 timmar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n vecka</numerusform><numerusform>%n veckor</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n månad</numerusform><numerusform>%n månader</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n år</numerusform><numerusform>%n år</numerusform></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>Ytterligare attribut</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>Attributval</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Attributvärde</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>Lägg till nytt attribut</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>Ta bort markerade attribut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>Redigera attributnamn</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Redigera namn</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>Attributskydd av/på</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Skydda</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>Visa ett skyddat attribut</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>Vid aktivering visas inte posten i rapporter som Hälsokontroll och HIBP även om den inte matchar kvalitetskraven.</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>Undanta från databasrapporter</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>Förgrundsfärg:</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>Val av förgrundsfärg</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>Bakgrundsfärg:</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>Val av bakgrundsfärg</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>Aktivera autoskriv för denna post</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>Ärv standard auto-skriv sekvens för grupp</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>Använd egen auto-skriv sekvens:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>Anpassad autoskrivsekvens</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>Öppna autoskrivhjälpens hemsida</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>Fönsterassociering</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>Befintliga fönsterassociationer</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>Lägg till ny fönsterassociation</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>Ta bort markerad fönsterassociation</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>Fönstertitel:</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>Du kan använda en asterisk (*) för att matcha allt (jokertecken)</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>Ange fönsterassociationstitel</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>Du kan använda en asterisk som jokertecken</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>Använd en specifik sekvens för denna association:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>Anpassad autoskrivsekvens för detta fönster</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>Dessa inställningar påverkar posternas beteende i webbläsartillägget.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>Dölj den här posten från webbläsartillägget</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>Undanta autoskriv för den här posten</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>Skicka bara den här inställningen till webbläsaren för HTTP-autentisering. Vid aktivering visas inte den här posten i normala inloggningsformulär.</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>Använd den här posten endast med HTTP Basic Auth</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation>Skicka inte den här inställningen till webbläsaren för HTTP-autentisering. Vid aktivering visas inte den här posten för markering.</translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>Använd inte här posten med HTTP Basic Auth</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>Ytterligare URL:er</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>Posthistorik</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>Visa posten i markerad historikstatus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>Återställ posten till markerad historikstatus</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>Ta bort markerad historikstatus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Ta bort all historik</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Ta bort alla</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>Redigera post</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>Förinställningar för förfallodag</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>Förinställningar för förfallodag</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Förinställningar</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Ladda ner favicon för URL:en</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Förfallodag på/av</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Tagglista</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation>Visa/Dölj anteckningar</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;ggar:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Förfaller:</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>Ta bort nyckeln från bakgrundstjänsten när databasen stängs/låses</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>Lägg till nyckeln till bakgrundstjänsten när databasen öppnas/låses upp</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Avkryptera</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiera till urklipp</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Offentlig nyckel</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privat nyckel</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>Extern nyckelfil</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>Lägg till i bakgrundstjänsten</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>Ta bort från bakgrundstjänsten</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>Extern fil</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>Bläddra efter nyckelfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generera</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>Välj bilagefil</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>Kräv användarbekräftelse när denna nyckel används</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>Ej tillämplig</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>Ta bort nyckeln från agenten efter</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>Ta bort nyckeln från bakgrundstjänsten efter specificerat antal sekunder</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> sekunder</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Redigera grupp</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>Grupp har osparade ändringar</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Webbläsarintegration</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Avaktivera</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>Ärv från överordnad grupp (%1)</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>Dessa inställningar påverkar gruppens beteende med webbläsartillägget.</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>Dölj poster från webbläsartillägget:</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>Dölja poster från webbläsartilläggsknappen för den här och undergrupper</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>Undanta att skicka automatiskt för poster:</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation>Undanta växlingsknappen Skicka automatiskt för denna och undergrupper</translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>Använd endast poster med HTTP Basic Auth:</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation>Endast HTTP Auth-växlingsknapp för denna och undergrupper</translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>Använd inte poster med HTTP Basic Auth:</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation>Använd inte HTTP Auth-växlingsknappen för denna och undergrupper</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation>Utelämna WWW-underdomänen från matchning:</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation>Utelämna WWW-underdomän från matchningväxling för denna och undergrupper</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation>Delningsläge</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Sökväg:</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>Sökväg till delningsfil</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>Bläddra efter delningsfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Synkronisera</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>Din PassXC-version stöder inte delning av den här behållartypen.
Filtyper som stöds är: %1.</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 exporteras redan av den här databasen.</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 importeras redan av den här databasen.</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 importeras och exporteras av olika grupper i den här databasen.</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare är inaktiverat. Du kan aktivera import/export i programinställningarna.</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>Databasexport är inaktiverat av programinställningarna.</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>Databasimport är inaktiverat av programinställningarna.</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>KeeShare-behållare</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>KeeShare signerad behållare</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>Välj importkälla</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>Välj exportmål</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>Välj import-/exportfil</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>Redigera grupp</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Förfallodag på/av</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Förfaller:</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>Använd standard autoskrivsekvens för överordnad grupp</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>Autoskriv:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>Autoskriv på/av för denna grupp och undergrupper</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>Standard autoskrivsekvens</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>Ange standard autoskrivsekvens</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>Sökning på/av för denna grupp och undergrupper</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>Använd standard ikon</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>Använd egen ikon</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Välj ikon...</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>Ange URL för att söka efter en favikon</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>Favikon-URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Ladda ner favicon för URL:en</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>Ladda ner favicon</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>Använd markerad ikon till undergrupper och poster</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>Tillämpa ikon på…</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>Använd endast till denna grupp</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>Använd även till undergrupper</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>Använd även till underposter</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>Använd även till alla undergrupper/-poster</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>Kunde inte hämta favicon.</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>Du kan aktivera ikontjänsten från DuckDuckGo under Verktyg -&gt; Inställningar -&gt; Säkerhet</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>Befintlig ikon vald.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>Välj bild(er)</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>Läste in %1 av %n ikoner</numerusform><numerusform>Läste in %1 av %n ikoner</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>Inga ikoner lästes in</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>%n ikon finns redan i databasen</numerusform><numerusform>%n ikoner finns redan i databasen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>Följande ikon misslyckades:</numerusform><numerusform>Följande ikoner misslyckades:</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>Skapad:</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>Skapad datum/tid</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Ändrad:</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>Ändrad datum/tid</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Använd:</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>Använd datum/tid</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Unikt ID</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>Tilläggsdata</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>Tilläggsdata</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>Ta bort markerad tilläggsdata</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>Vill du ta bort tilläggsdata?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>Vill du verkligen ta bort den valda tilläggsdatan?
Det kan medföra att de berörda tilläggen inte fungerar.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - Klona</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>Kan inte öppna filen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>Lägg tillny bilaga</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>Ta bort markerad bilaga</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>Byt namn på markerad bilaga</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>Öppna markerad bilaga</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>Spara markerad bilaga på disk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>Välj filer</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>Bekräfta borttagning</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>Vill du verkligen ta bort %n bilaga?</numerusform><numerusform>Vill du verkligen ta bort %n bilagor?</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>Spara bilagor</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>Kan inte skapa mappen:
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>Vill du verkligen skriva över den befintliga filen &quot;%1&quot; med bilagan?</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>Bekräfta överskrivning</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>Kan inte spara bilagor:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>Kan inte öppna bilaga:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>Kan inte öppna bilagor:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>Kan inte öppna fil:</numerusform><numerusform>Kan inte öppna filer:
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>Bekräfta överskrivning av bilaga</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>Bilagan &quot;%1&quot; finns redan.
Vill du skriva över den befintliga bilagan?</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>Bekräfta bilaga</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 är en stor fil (%2 MB).
Databasen kan bli mycket stor och försämra prestanda.

Vill du verkligen lägga till den här filen?</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>Bilaga ändrad</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>Bilagan &quot;%1&quot; har ändrats.
Vill du spara ändringarna i databasen?</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>Kunde inte spara bilaga</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>Kunde inte spara uppdaterad bilaga.
Fel: %1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>Aktuellt (%1)</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>Anpassade attribut</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>Anpassad data</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Autoskriv</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation>Ref: </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppnamn</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Posttitel</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>Lösenordsstyrka</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>Postanteckning</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>Posten upphör att gälla</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>Senast använd</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>Postens storlek</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Har bilagor</translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation>Har TOTP</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>Bakgrundsfärg</translation>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation>Visa aktuellt TOTP-värde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Tagglista</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>Autoskriv</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>Standardsekvens</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sekvens</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Söker</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Dela</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation>Dubbelklick för att kopiera värde</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation>Dubbelklicka för att kopiera till urklipp</translation>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation>Ogiltig URL</translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation>Duplicera URL</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation>Anpassa till fönster</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>Anpassa till innehåll</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Återställ till standardvärden</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation><numerusform>+ %1 post...</numerusform><numerusform>+ %1 poster...</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>Exportalternativ</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>Sortera poster efter...</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>Du är på väg att exportera din databas till en okrypterad fil. Detta kommer att lämna dina lösenord och annan känslig information i sårbart skick!
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>Databasordning</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>Namn (stigande)</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>Namn (sjunkande)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>Exportera databas till HTML-fil</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>HTML-fil</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>Kunde inte leverera meddelande</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>Kunde inte skicka svar på DBus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation>&lt;i&gt;PID: %1, Körbar: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>En annan Secret Service körs (%1).&lt;br/&gt; Stoppa/ta bort den innan du aktiverar Secret Service-integreringen igen.</translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>Kunde inte registrera DBus-tjänsten på %1.&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>Kunde inte registrera tjänsten på DBus på sökvägen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>Kunde inte registrera databas på DBus under namnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>Kunde inte registrera session på DBus med sökvägen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>Kunde inte registrera objekt på DBus med sökvägen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation>Det gick inte att registrera frågeobjektet på DBus på sökvägen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>Posten &quot;%1&quot; från databas &quot;%2&quot; har använts av %3</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n post användes av %1</numerusform><numerusform>%n poster användes av %1</numerusform></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Icke-befintlig/otillgänglig körbar sökväg. Dubbelkolla att klienten är legitim.</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>Lås upp för att visa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::UnlockPrompt</name>
    <message>
        <source>%1 (PID: %2)</source>
        <translation>%1 (PID: %2)</translation>
    </message>
</context>
<context>
    <name>FdoSecretsPlugin</name>
    <message>
        <source>&lt;b&gt;Fdo Secret Service:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fdo Secret Service:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[tom]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - Klona</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>Lösenordsvalidering online misslyckades</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>Ladda ner faviconer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>Har du problem att ladda ner ikoner?
Du kan aktivera ikontjänsten från DuckDuckGo, i säkerhetssektionen av programinställningarna.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>Vänta, bearbetar postlistan…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Laddar ner…</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>Nerladdning misslyckades</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>Laddar ner favikoner (%1/%2)…</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>Saknade databasrubriker</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Kan inte beräkna databasnyckeln</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>Kunde inte utfärda challenge-response: %1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Ogiltiga autentiseringsuppgifter angavs. Försök igen.
Om detta upprepas, kan din databasfil vara skadad.</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>Huvudet stämmer inte med hashen</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Ogiltig storlek på sidhuvudets ID</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Ogiltig storlek på sidhuvudets fältlängd: Fält %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>Ogiltig rubrikdatalängd: fältet %1, %2 förväntat, %3 hittades</translation>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Ogiltig symmetrisk chiffer IV-storlek.</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>Kunde inte utfärda challenge-response: %1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Kan inte beräkna databasnyckeln</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>saknade databashuvuden</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>Kan inte beräkna databasnyckel: %1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>Ogiltig storlek på sidhuvudets kontrollsumma</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>Sidhuvudets SHA256 stämmer inte</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Ogiltiga autentiseringsuppgifter angavs. Försök igen.
Om detta upprepas, kan din databasfil vara skadad.</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>(HMAC matchningsfel)</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>Okänt chiffer</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Ogiltig storlek på sidhuvudets ID</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Ogiltig storlek på sidhuvudets fältlängd: Fält %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>Ogiltig rubrikdatalängd: fältet %1, %2 förväntat, %3 hittades</translation>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>Kunde inte öppna buffert för KDF-parametrar i sidhuvudet</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>Nyckelhärledningen stöds inte (KDF), eller ogiltiga parametrar.</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>Äldre sidhuvudfält hittades i KDBX4-filen.</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>Ogiltig storlek på inre sidhuvud-ID</translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation>Ogiltig längd på inre sidhuvudfält: Fält %1</translation>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation>Ogiltig datalängd för inre rubrik: fält %1, %2 förväntat, %3 hittades</translation>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation>Ogiltig storlek på inre sidhuvudbinär</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>KeePass-versionen av datastruktur för lagring av metadata stöds inte.</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>Ogiltig symetrisk chifferalgoritm.</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Ogiltig symmetrisk chiffer IV-storlek.</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>Kunde inte beräkna databasnyckel: %1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Det gick inte att serialisera KDF-parametrarnas datastruktur för lagring av metadata</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>Ogiltig uuid-längd för chiffer: %1 (längd=%2)</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>Kan inte tolka UUID: %1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>Chiffret stöds inte</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>Stöd saknas för komprimeringsalgoritmen</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>Ogiltig storlek på transformeringsrundor</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>Kunde inte läsa databasfilen.</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>Den valda filen är en gammal KeePass 1-databas (.kdb).

Du kan importera den genom att klicka på Databas &gt; &quot;Importera KeePass 1-databas ...&quot;.
Det här är en envägsmigrering. Du kommer inte att kunna öppna den importerade databasen med den gamla KeePassX 0.4-versionen.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>Inte en KeePass-databas.</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>KeePass 2 databasversion som inte stöds.</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>XML-tolkning misslyckades: %1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>Ingen root-grupp</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>XML-fel:
%1
Rad %2, kolumn: %3</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>Saknar uuid eller data för ikon</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>Anpassad datanyckel eller värde saknas</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>Flera gruppelement</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>uuid för grupp är null</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>Ogiltigt gruppnummer för ikon</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>Ogiltigt värde för EnableAutoType</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>Ogiltigt värde för EnableSearching</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>Inget grupp-uuid hittades</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>Saknar DeletedObject uuid eller tid</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>Null post-uuid</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>Ogiltigt post ikon nummer</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>Historikelement i historikpost</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>Inget post-uuid hittades</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>Historikelement med annat uuid</translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>Dubbla anpassade attribut hittades</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>Postens text-nyckel eller värde saknas</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>Postens binär-nyckel eller värde saknas</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>Auto-skrivassociationsfönster eller sekvens saknas</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>Ogiltigt bool värde</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>Ogiltigt datum-/tidsvärde</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>Ogiltigt färgvärde</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>Ogiltigt färg rgb del</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>Felaktigt numeriskt värde</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>Ogiltigt uuid-värde</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>Kunde inte dekomprimera  binären.</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>Ogiltig KeeAgent-inställningsfilstruktur.</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>Privat nyckel är en bifogad fil men inga bilagor tillhandahålls.</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>Privat nyckel är tom</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>Filen är för stor för att vara en privat nyckel</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>Kunde inte öppna privat nyckel</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>Importera KeePass1-databas</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>Kan inte öppna databasen.</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>Kan inte läsa nyckelfilen.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>Inte en KeePass-databas.</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>Krypteringsalgoritnmen stöds ej.</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>KeePass-databasversionen stöds ej.</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Kan inte läsa kryptering IV</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>Ogiltigt antal grupper</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>Ogiltigt antal poster</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>Ogiltig storlek på innehålls-hash</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>Ogiltigt antal transformeringsrundor</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>Kan inte konstruera gruppträd</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Kan inte beräkna databasnyckeln</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>kunde inte söka till innehållets position</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Ogiltiga autentiseringsuppgifter angavs. Försök igen.
Om detta upprepas, kan din databasfil vara skadad.</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>Nyckeltransformering misslyckades</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>Ogiltig fältstorlek för grupp</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>Felaktig gruppikonstorlek</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>Felaktig gruppnivåstorlek</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>Ogiltig grupptyp</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>Grupp-ID eller nivå saknas</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>Ogiltig fältstorlek</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>Inläst data stämmer inte med fältstorleken</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>Ogiltig fältstorlek för grupp-id</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>Ogiltig fältstorlek för ikon</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>Ogiltig fältstorlek för skapandedatum</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>Ogiltig fältstorlek för ändringsdatum</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>Ogiltig fältstorlek för utgångsdatum</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>Ogiltig posttyp</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>Ogiltig delningsreferens</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>Inaktiv delning %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importerat från %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>Synkroniserat med %1</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>Import är inaktiverat i inställningarna</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>Export är inaktiverat i inställningarna</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>Inaktiv delning</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importerat från</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>Exporterat till</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>Synkroniserat med</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>Nyckelkomponent</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>Beskrivning för nyckelkomponent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation>Nyckelkomponent angiven, klicka för att ändra eller ta bort</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>Generera en ny nyckelfil</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generera</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>Generera en ny nyckelfil eller välj en befintlig, för att skydda din databas.</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>OBS! Använd INTE en fil som kanske kommer att ändras, då det förhindrar upplåsning av databasen!</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Bläddra efter nyckelfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Gammalt nyckelfilsformat</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>Du valde ett äldre nyckelfilsformat, som stödet &lt;br&gt;kan komma att tas bort för i framtiden.&lt;br&gt; &lt;br&gt;Överväg att generera en ny nyckelfil istället.</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>Kunde inte läsa in nyckelfilen &quot;%1&quot;
Meddelande: %2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Nyckelfil</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Lägg till nyckelfil</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>Ändra nyckelfil</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>Ta bort nyckelfil</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>Nyckelfil angiven, klicka för att ändra eller ta bort</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Du kan lägga till en nyckelfil som innehåller ett slumpmässigt antal byte för ytterligare säkerhet.&lt;/p&gt; &lt;p&gt; Du måste hålla det hemligt och aldrig förlora det, annars blir du utelåst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Nyckelfiler</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>Skapa nyckelfil…</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>Kunde inte skapa nyckelfil</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>Kunde inte skapa nyckelfil: %1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>Välj nyckelfil</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>Ogiltig nyckelfil</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>Du kan inte använda den aktuella databasen som sin egen nyckelfil. Välj en annan fil eller generera en ny nyckelfil.</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>Misstänkt nyckelfil</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>Den valda filen ser ut som en lösenordsdatabas. En nyckelfil måste vara en statisk fil som aldrig ändras, annars förlorar du åtkomst till databasen för alltid.
Vill du verkligen fortsätta med den här filen?</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Ogiltig nyckelkod</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Systemövergripande genväg redan registrerad på %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Kunde inte registrera systemövergripande genväg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Tidigare databaser</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Poster</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>Kopiera att&amp;ribut</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>Sök efter &amp;uppdateringar</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Öppna databas...</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>&amp;Spara databas</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>S&amp;täng databas</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny databas...</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Skapa en ny databas</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>S&amp;lå samman från databas...</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>Infoga från annan KDBX-databas</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>&amp;Ny post...</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>Lägg till en ny post</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Redigera post...</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>Visa eller redigera posten</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Ta bort post...</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Ny grupp...</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>Lägg till en ny grupp</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>&amp;Redigera grupp...</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>&amp;Ta bort grupp...</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>Ladda ner alla favikoner...</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>Sortera &amp;A-Z</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>Sortera &amp;Z-A</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>S&amp;para databas som...</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>Databas&amp;säkerhet...</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>Databas&amp;rapporter…</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>Statistik, hälsokontroll, etc.</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>&amp;Databasinställningar...</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Databasinställningar</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>&amp;Klona post...</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytta u&amp;pp</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>Flytta upp posten ett steg</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ner</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>Flytta ner posten ett steg</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>Kopiera an&amp;vändarnamn</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>Kopiera användarnamn till urklipp</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>Kopiera &amp;lösenord</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>Kopiera lösenord till urklipp</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>&amp;Lösenordsgenerator</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>&amp;Utför autoskriv</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>Ladda ner &amp;favikon</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>&amp;Öppna URL</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>&amp;Lås databas</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>Lås &amp;alla databaser</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>Kopiera titel till urklipp</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Kopiera &amp;URL</translation>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>Kopiera URL till urklipp</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>Kopiera anteckningar till urklipp</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>&amp;CSV-fil...</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>&amp;HTML-fil...</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>KeePass 1-databas…</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>Importera en KeePass1-databas</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password Vault…</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>Importera ett 1Password-valv</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>CSV-file…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importera en CSV-fil</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>Visa TOTP</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>Visa QR-kod</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>Konfigurera TOTP...</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>Kopiera &amp;TOTP</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>Kopiera lösenord och TOTP</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>T&amp;öm papperskorg</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>&amp;Donera</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>Rapportera ett &amp;fel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Kom igång</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>Öppna Kom-igång-guiden</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>&amp;Online-hjälp</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>Gå till online-dokumentationen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarmanual</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>Öppna användarmanualen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tangentbordsgenvägar</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>Spara databassäkerhetskopia…</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>Lägg till nyckel till SSH-tjänsten</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>Ta bort nyckel från SSH-tjänsten</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>Kompakt läge</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljus</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörk</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>Klassisk (Platfformsintegration)</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>Visa verktygsfält</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>Visa förhandsgranskningspanelen</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>Alltid överst</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>Dölj användarnamn</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>Dölj lösenord</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>Klona grupp…</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>&amp;XML-fil...</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>XML-fil</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Rensa historiken</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Åtkomstfel för konfigurationsfil %1</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>Visa inte igen för denna version</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>VARNING! Du använder en instabil version av KeePassXC.
Det finns en stor risk för felaktigheter, upprätthåll en säkerhetskopia av dina databaser.
Den här versionen är inte avsedd för produktionsanvändning.</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>Du använder en förhandsversion av KeePassXC.
Förvänta dig några fel och mindre problem, den här versionen är avsedd för teständamål.</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>VARNING! Din Qt-version kan orsaka att KeePassXC kraschar med ett skärmtangentbord.
Vi rekommenderar att du använder den AppImage som finns på vår nerladdningssida.</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>Inga taggar</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation><numerusform>Återställ post</numerusform><numerusform>Återställ poster</numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>Vill du söka efter uppdateringar vid uppstart?</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>Vill du att KeePassXC skall söka efter uppdateringar vid uppstart?</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>Du kan alltid söka efter uppdateringar manuellt, från programmenyn.</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>Visa/Dölj fönster</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>Avsluta KeePassXC</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation><numerusform>%1 post</numerusform><numerusform>%1 poster</numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Presentera eller rör vid din YubiKey för att fortsätta...</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>Vill du starta om programmet?</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>Du måste starta om programmet för att tillämpa den här inställningen. Vill du starta om nu?</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation>Tillåt skärmklipp</translation>
    </message>
    <message>
        <source>Passkeys…</source>
        <translation>Passnycklar...</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passnycklar</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>Importera passnyckel</translation>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation>Databasinställningar</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>Avsluta databasinställningar</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Lås upp databasen</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>Lås upp databasen för att visa mer information</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>Lås databasen</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>Kopla ifrån</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>Koppla ifrån detta program</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation>Återställ alla sparade beslut för detta program</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>Skapar saknad %1 [%2]</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>Omplacerar %1 [%2]</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>Skriver över %1[%2]</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>äldre post infogad från databas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>Lägger till säkerhetskopia från äldre mål %1 [%2]</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>Lägger till säkerhetskopia från äldre källa %1 [%2]</translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>Återanvänder äldre målpost ovanpå nyare källa %1 [%2]</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>Återanvänder äldre källpost ovanpå nyare mål %1 [%2]</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>Synkroniserar från nyare källa %1 [%2]</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>Synkroniserar från äldre källa %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>Tar bort underpost %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>Tar bort post %1 [%2]</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>Ändrade borttagna objekt</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>Lägger till saknad ikon %1</translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>Tog bort anpassad data %1 [%2]</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>Lägger till anpassad data %1 [%2]</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>Skapa en ny KeePassXC-databas…</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>Root</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>Guidesida</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Krypteringsinställningar</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Här kan du justera inställningarna för databaskrypteringen. Oroa dig inte, du kan ändra dem senare, i databasinställningarna.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>Databasens inloggningsuppgifter</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>En uppsättning inloggningsuppgifter som bara du känner till, skyddar din databas.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>Krypteringsinställningar</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Här kan du justera inställningarna för databaskrypteringen. Oroa dig inte, du kan ändra dem senare, i databasinställningarna.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>Allmän databasinformation</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>Fyll i visningsnamnet och en frivillig beskrivning för din nya databas:</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>Lösenordshanterare</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Systemövergripande genväg redan registrerad på %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Kunde inte registrera systemövergripande genväg</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>Ogiltig OpData01, innehåller inget huvud</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>Kan inte läsa alla IV-byte, förväntade 16 men fick %1</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>Kan inte initiera chiffer för opdata01: %1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>Kan inte läsa alla byte i HMAC signatur</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>Felaktigt formaterad OpData01 på grund av en misslyckad HMAC</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>Kan inte att bearbeta klartext på plats</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>Förväntade %1 byte klartext, hittade %2</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>Läsning av databas producerade inte någon instans
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>Mappen .opvault måste finnas</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>Mappen .opvault måste vara läsbar</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>Mappen .opvault/default måste finnas</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>Mappen .opvault/default måste vara läsbar</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>Kan inte avkoda huvudnyckel: %1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>Kan inte härleda huvudnyckel: %1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>Ogiltig nyckelfil, en OpenSSH-nyckel förväntas</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>PEM-gränsfel</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>Base64-avkodning misslyckades</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>Nyckelfilen är alldeles för liten.</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>Nyckelfilens magiska huvud-ID är ogiltigt</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>Hittade inga nycklar</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>Kunde inte läsa offentlig nyckel.</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>Skadad nyckelfil, kunde inte läsa privat nyckel</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>Nyckeltypen stöds ej: %1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>Ingen nyttolast att avkryptera, från privat nyckel</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Okänt chiffer: %1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation>AES-256/GCM stöds för närvarande inte</translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>Lösenordsfras krävs för att avkryptera denna nyckel</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>Nyckelhärledning misslyckades: %1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>Chiffer IV är för kort för MD5 kdf</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>Okänd KDF: %1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>Kunde inte initiera chiffer: %1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>Avkryptering misslyckades: %1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>Avkryptering misslyckades, är det fel lösenord?</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>Oväntad EOF vid nyckelläsning</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>Nyckeldel som inte stöds</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>Oväntad EOF, under inläsning av offentlig nyckel</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>Okänd nyckeltyp: %1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>Oväntad EOF, under inläsning av privat nyckel</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>Kan inte skriva offentlig nyckel, eftersom den är tom</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>Oväntad EOF, vid skrivning av offentlig nyckel</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>Kan inte skriva privat nyckel, eftersom den är tom</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>Oväntad EOF, vid skrivning av privat nyckel</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation>SSH-nyckelgenerator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bitar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation>KeePassXC - Passnyckelexport</translation>
    </message>
    <message>
        <source>Export the following Passkey entries.</source>
        <translation>Exportera följande passnyckelposter.</translation>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation>Filnamn genereras med namn och .passkey som filnamnstillägg.</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Exportera poster</translation>
    </message>
    <message>
        <source>Export Selected</source>
        <translation>Exportera markerade</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportera till mapp</translation>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation>KeePassXC: Passnyckelexport</translation>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation>Filen &quot;%1.passkey&quot; finns redan.
Vill du skriva över den?
</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Kan inte öppna fil</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation>Kan inte öppna filen &quot;%1&quot; för skrivning.</translation>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation>Kan inte skriva till fil</translation>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation>KeePassXC - Passnyckelimport</translation>
    </message>
    <message>
        <source>Do you want to import the Passkey?</source>
        <translation>Vill du importera passnyckeln?</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Användarnamn: %1</translation>
    </message>
    <message>
        <source>Use default group (Imported Passkeys)</source>
        <translation>Använd standardgrupp (Importerade passnycklar)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Select Database</source>
        <translation>Välj databas</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>Importera passnyckel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation>Passnyckelfil</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Open Passkey file</source>
        <translation>Öppna passnyckelfil</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Kan inte öppna fil</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation>Kan inte öppna filen &quot;%1&quot; för läsning.</translation>
    </message>
    <message>
        <source>Cannot import Passkey</source>
        <translation>Kan inte importera passnyckel</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Data is missing.</source>
        <translation>Kan inte importera passnyckelfil &quot;%1&quot;. Data saknas.</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation>Kan inte importera passnyckelfil &quot;%1&quot;. Privat nyckel saknas eller är felaktig.</translation>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation>Ange lösenord:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Bekräfta lösenord:</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>Lägg till lösenord</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Ändra lösenord</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Ta bort lösenord</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>Lösenord angivet, klicka för att ändra eller ta bort</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ett lösenord är den primära metoden för att säkra din databas.&lt;/p&gt;&lt;p&gt;Bra lösenord är långa, komplexa och unika. KeePassXC kan skapa dem åt dig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>Lösenorden stämmer inte.</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>Generera lösenord</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>styrka</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>entropi</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Genererat lösenord</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>Generera om lösenordet</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Kopiera lösenordet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Lösenordslängd</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>Växla till avancerat läge</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>Teckentyper</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Specialtecken</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citationstecken</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Skiljetecken</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>Streck och snedstreck</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>VERSALER</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>gemener</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>Mattematiksymboler</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>Utökad ASCII</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>Klammerparenteser</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>Undanta:</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>Fler tecken att användas för lösenordsgenerering</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>Fler tecken</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>Lägg till icke-hexadecimala tecken till undantagslistan</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>Hexadecimala lösenord</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>Tecken som undantas från genererade lösenord</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>Undantagna tecken</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>Välj också från:</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>Undanta tecknen: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>Undanta tecken som liknar varandra</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>Plocka tecken från alla grupper</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenordsfras</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>Ordavdelare:</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>Ordlista:</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>Antal ord:</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>Antal tecken:</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>Skiftläge:</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>Ta bort markerad ordlista</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>Lägg till anpassad ordlista</translation>
    </message>
    <message>
        <source>character</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>Tillämpa lösenordet</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>Generera om lösenordet (%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>gemener</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>VERSALER</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Titelns skiftläge</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(SYSTEM)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>Entropi: %1 bitar</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>Lösenordskvalitet: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Dålig</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Utmärkt</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>Bekräfta borttagning av ordlista</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>Vill du verkligen ta bort ordlistan &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>Kunde inte ta bort ordlistan</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>Ordlistor</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>Välj anpassad ordlista</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>Vill du skriva över ordlistan?</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>Ordlistan &quot;%1&quot; finns redan som anpassad ordlista.
Vill du skriva över den?</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>Kunde inte lägga till ordlistan</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>Logogram</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>Specialtecken</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>Lösenorden stämmer inte överens</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>Lösenorden stämmer så långt</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>Växla lösenord (%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>Generera lösenord (%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>Varning! Caps Lock aktiverat!</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Kvalitet: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Dålig</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Utmärkt</translation>
    </message>
    <message>
        <source>Toggle password visibilty using Control + H. Open the password generator using Control + G.</source>
        <translation>Visa/Dölj lösenord med Ctrl+H. Öppna lösenordsgeneratorn med Ctrl+G.</translation>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation>KeePassXC - Välj tecken</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>Välj tecken att skriva, navigera med piltangenterna, Ctrl + S sparar.</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>Tryck &amp;TAB mellen tecken</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>Skriv över</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sammanfoga</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>Databasen är inte öppen</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>Databas-hash inte tillgänglig</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>Klientens offentliga nyckel inte mottagen</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>Kan inte avkryptera meddelande</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>Åtgärden avbröts eller avisades</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>Meddelandekryptering misslyckaes.</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>KeePassXC-association misslyckades, försök igen!</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>Krypteringsnyckeln känns inte igen</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>Felaktig åtgärd</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>Tomt meddelande mottaget</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>Ingen URL angiven</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>Inga inloggningar hittades</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>Inga grupper hittades</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>Kan inte skapa ny grupp</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>Ingen giltig UUID tillhandahålls</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Okänt fel</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Webbläsarintegration</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>Webbläsartillägget misslyckades</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>Kunde inte spara den inbyggda meddelandeskriptfilen för %1.</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>Användarnamn för posten.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>URL för posten.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>Anteckningar för posten.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>Fråga efter postens lösenord.</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>Generera ett lösenord för posten.</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>Lägga till en ny post i en databas.</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>Sökväg till den tillagda posten.</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>Det går inte att generera ett lösenord och fråga samtidigt.</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>Kunde inte skapa post med sökvägen %1.</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>Ange lösenord för ny post: </translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>Kunde inte skriva databas %1.</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>Posten %1 tillagd.</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>Lägger till en ny grupp i en databas.</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>Sökväg till gruppen som läggs till.</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>Gruppen %1 finns redan!</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>Gruppen %1 hittades inte.</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>Lade till gruppen %1.</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>Kontrollera om om några lösenord har läckt ut offentligt. FILNAMN måste vara sökvägen till en SHA-1-hashad fillista med läckta lösenord i HIBP-format, såsom tillgänglig från https://haveibeenpwned.com/Passwords.</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>FILNAMN</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>Sökväg till okon-cli för att söka en formaterad HIBP-fil</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>Analysera lösenord efter svagheter och problem.</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>Hittar ingen HIBP-fil: %1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>Utvärderar databasposter med okon…</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>Kunde inte öppna HIBP-filen %1: %2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>Utvärderar databasposter mot HIBP-fil, detta kommer att ta ett tag…</translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>Lösenordet för &quot;%1&quot; har läckts %2 gång!</numerusform><numerusform>Lösenordet för &quot;%1&quot; har läckts %2 gånger!</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>Lösenord för &quot;%1&quot; har läckt ut!</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>Exportera en bilaga från en post.</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>Sökväg till posten med målbilagan.</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>Namn på bilaga att exportera.</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>Sökväg till vilken bilagan skall exporteras</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>Kunde inte hitta post på sökvägen %1.</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>Kunde inte hitta bilaga med namnet %1.</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>Inget exportmål angivet. Använd &quot;--stdout&quot; eller specificera en &quot;export-file&quot;.</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>Kunde inte öppna utdatafil %1.</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>Exporterade bilagan %1 från post %2 till %3.</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>Skriv över befintliga bilagor.</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>Importerar en bilaga till en post.</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>Sökväg till posten.</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>Namn på bilaga att lägga till.</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>Sökväg till bilaga att importera.</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>Bilagan %1 finns redan i post &amp;2.</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>Kunde inte öppna bilagefil %1.</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>Importerade bilagan %1 som %2 till post %3.</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>Ta bort en bilaga från en post.</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>Namn på bilaga att ta bort.</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>Tog bort bilagan %1 från post %2.</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>Kopiera det angivna attributet till urklipp. Standardvärdet är &quot;password&quot; om inget annat anges.</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>Kopiera aktuell TOTP till urklipp (motsvarar &quot;-a totp&quot;).</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>Måste matcha endast en post, annars visas en lista över möjliga matchningar.</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>Kopiera en posts attribut till urklipp.</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>Sökväg att kopiera.</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>Tidsgräns innan urklipp rensas (standard är %1 sek. ange 0 för obegränsat).</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>Ogiltig tidsgräns %1.</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>Flera poster matchar:</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>Använder matchande post: %1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>Posten %1 hittades inte.</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>FEL: Ange antingen --attribute eller --totp, inte bägge.</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>Posten med sökväg %1 har ingen TOTP konfigurerad.</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>FEL: attributet %1 är tvetydigt, det matchar %2.</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>Kunde inte hitta attributet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>Attributet &quot;%1&quot; kopierat till urklipp!</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>Rensar urklipp om %1 sekund...</numerusform><numerusform>Rensar urklipp om %1 sekunder...</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>Urklipp rensat!</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>Stäng den öppna databasen.</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>Fråga inte efter lösenord och andra sekundära utdata.</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>Nyckelfilen för databasen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sökväg</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>Inaktivera lösenordsnyckeln för databasen.</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>Yubikey-plats och valfritt serienummer som används för att komma åt databasen (t.ex. 1:7370001).</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>slot[:serial]</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation>Positionellt argument saknas.</translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>För många argument.</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>Sökväg till databasen.</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>Målets avkrypteringstid i ms för databasen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation>Ange nyckelfil för databasen.
Det här alternativet är inaktuellt, använd --set-key-file istället.</translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>Ange nyckelfil för databasen.</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>Ange lösenord för databasen.</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>Skapa en ny databas.</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>Ogiltig avkrypteringstid %1.</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>Målets avkrypteringstid måste vara mellan %1 och %2.</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>Kunde inte ange databaslösenord.</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>Kunde inte läsa in nyckelfilen</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>Ingen nyckel angiven. Avbryter skapande av databas.</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>Benchmarking nyckelhärledningsfunktion för %1ms fördröjning.</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>Anger %1 rundor för nyckelhärledningsfunktionen.</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>fel vid inställning av databasens nyckel härledning.</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>Filen %1 finns redan.</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>Kunde inte spara databasen: %1.</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>Ny databas skapad.</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation>Ta bort lösenordet för databasen.</translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation>Ta bort nyckelfilen för databasen.</translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation>Redigera en databas.</translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation>Kan inte använda %1 och %2 på samma gång.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Kunde inte ändra databasnyckeln.</translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation>Databasen är inte ändrad.</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Kunde inte skriva databas: %1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation>Databasen redigerades korrekt.</translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation>Kan inte ta bort lösenordet. Databasen har inget lösenord.</translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation>Kan inte ta bort nyckelfilen. Databasen har ingen nyckelfil.</translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation>Inläsning av den nya nyckeln misslyckades: %1</translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation>Identifierade oväntad nyckeltyp %1</translation>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation>Kan inte ta bort alla nycklarna från en databas.</translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>Visa en databas information.</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>UUID: </translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>Namn: </translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>Beskrivning: </translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>Chiffer: </translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>KDF: </translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>Papperskorgen är aktiverad.</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>Papperskorgen är inte aktiverad.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Databas skapad</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Senast sparad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Antal grupper</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Antal förfallna poster</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Unika lösenord</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Icke unika lösenord</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Max antal återanvända lösenord</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Antal korta lösenord</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Antal svaga lösenord</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Poster undantagna från rapporter</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Genomsnittlig lösenordslängd</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 tecken</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>Antal ord för lösenordsfrasen.</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>antal</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>Ordlista för lösenordgeneratorn.
[Standard: EFF English]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>Generera en ny slumpmässig lösenordsfras.</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>Ogiltigt antal ord %1</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>Ordlistan är för liten (&lt;1000 objekt)</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>Titel för posten.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>Redigera en post.</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>Sökväg till posten att redigera.</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>Ändrar inga fält för posten %1.</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>Ange nytt lösenord för posten: </translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>Redigerade posten %1.</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>Utföra avancerad analys av lösenordet.</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>Lösenord som entropin skall uppskattas för.</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>Uppskatta ett lösenords entropi.</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Längd %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>Entropi %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>Logg10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>Extra bitar för flerord %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>Typ: Bruteforce</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>Typ: Ordbok</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>Typ: Ordbok+Leet</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>Typ: Användarord</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>Typ: Användare+Leet</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>Typ: Repeterad</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>Typ: Sekvens</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>Typ: Spatial</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>Typ: Datum</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>Typ: Bruteforce (Rep)</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>Typ: Ordbok (Rep)</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>Typ: Ordbok+Leet (Rep)</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>Typ: Användarord (Rep)</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>Typ: Användare+Leet (Rep)</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>Typ: Repeterad (Rep)</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>Typ: Sekvens (Rep)</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>Typ: Spatial (Rep)</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>Typ: Datum (Rep)</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>Typ: Okänt (%1)</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>Entropi %1 (%2)</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** Lösenordslängd (%1) != sammanlagd längd av delar (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>Avsluta interaktivt läge.</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>Format att använda vid export. Tillgängliga alternativ är &quot;xml&quot; eller &quot;csv&quot;. Standardvärdet är &quot;xml&quot;.</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>Exporterar innehållet i en databas till standardutdata i angivet format.</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>Kan inte exportera databas till XML: %1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>Formatet stöd inte, %1</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>Längd på det genererade lösenordet</translation>
    </message>
    <message>
        <source>length</source>
        <translation>längd</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>Använd gemener</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>Amvänd VERSALER</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>Använd siffror</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>Använd specialtecken</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation>Använd utökad ASCII</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>Undanta teckenupsättning</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>Använd anpassad teckenuppsättning</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>Undanta tecken som liknar varandra</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>Ta med tecken från samtliga valda grupper</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>Skapa ett nytt slumpmässigt lösenord.</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>Ogiltig lösenordslängd %1</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>Ogiltig lösenordsgenerator efter tillämpning av alla alternativ</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>Visa kommandohjälp.</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>Tillgängliga kommandon:</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>Importera innehållet från en XML-databas.</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>Målsökväg för XML-databasexport.</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>Sökväg till den nya databasen.</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>Kunde inte importera XML-databas: %1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>Databas importera.</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Okänt kommando %1</translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation>

Tillgängliga kommandon:
</translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation>Namn på kommandot som skall köras.</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>Visa felsökningsinformation.</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>Ogiltigt kommando %1.</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>Lista elementen i gruppen rekursivt.</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>Slätar ut utdata till enkelrader.</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>Lista databasposter.</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>Sökväg till gruppen som skall listas. Standard är /</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>Kan inte hitta gruppen %1.</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>Använd samma autentiseringsuppgifter för bägge databasfilerna.</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>Nyckelfil för databas att infoga från.</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>Avaktivera lösenordsnyckel för databas som infogas ifrån.</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>Skriv bara ut de ändringar som upptäckts av sammanfogningsoperationen.</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>Yubikey-plats för den andra databasen.</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>anslutningsplats</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>Sammanfoga två databaser.</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>Sökväg till databas att infoga från.</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>Fel vid läsning av sammanslagningsfil:
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>Kan inte spara databas till fil: %1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>Infogade %1 i %2.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>Databasen ändrades inte av sammanslagningen.</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>Flyttar en post till ny grupp.</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>Sökväg till posten som skall flyttas.</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>Sökväg till målgruppen.</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>Kunde inte hitta någon grupp med sökväg %1.</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>Posten finns redan i gruppen %1.</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>Flyttade posten %1 till gruppen %2.</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>Öppna en databas.</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>Sökväg till posten som tas bort.</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>Kan inte spara databas till fil: %1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>Återvinning av posten %1 slutförd.</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>Tog bort posten %1.</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>Sökväg till gruppen som skall tas bort.</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>Kan inte ta bort root-gruppen från databasen.</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>Gruppen %1 har återvunnits.</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>Gruppen %1 har tagits bort.</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>Hitta poster snabbt.</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>Sökterm.</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>Visa postens aktuella TOTP.</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>Visa de skyddade attributen i klartext.</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation>Visa alla attribut för posten.</translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>Visa bilagor i posten.</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>Attributnamn att visa. Detta alternativ kan specificeras fler än en gång, med varje attribut visat, ett per rad i given ordning. Om inga attribut specificeras, kommer en summering av standardattributen att ges.</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>Visa en information för en post.</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>Visningsnamn för posten.</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>FEL: Okänt attribut %1.</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>Det finns inga bilagor.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bilagor:</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>Kunde inte öppna databasfilen %1: Hittades inte</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>Kunde inte öppna databasfilen %1: Ingen vanlig fil</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>Kunde inte öppna databasfilen %1: Inte läsbar</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>Ange lösenord för att låsa upp %1: </translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>Kunde inte läsa in nyckelfil %1: %2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>VARNING! Du använder ett äldre nyckelfilsformat som KeePassXC kanske
inte kommer att stödja i framtiden.

Överväg att generera en ny nyckelfil.</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>Ogiltig YubiKey-plats %1</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>Ogiltigt YubiKey serienummer %1</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation>Anslut eller tryck på din YubiKey för att fortsätta.</translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>Ange lösenord för att avkryptera databasen (valfritt): </translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>Vill du skapa en databas med ett tomt lösenord? [y/N]: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>Upprepa lösenordet: </translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>Fel: Lösenorden stämmer inte.</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>Inget program definierat för urklippsmanipulation</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>Alla klippprogram misslyckades. Försökte med %1
</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>Kunde inte skapa nyckelfilen %1: %2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>Kunde inte läsa in nyckelfilen %1: %2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>HIBP-fil, rad %1: tolkningsfel</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>För att använda okon måste du ange en förbearbetad fil (t.ex. file.okon)</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>Kunde inte starta okon-processen: %1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>Fel: okon-processen avslutades inte</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>Kunde inte läsa in okon-bearbetad databas: %1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>Mycket svagt lösenord</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>Lösenordsentropin är %1 bitar</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>Svagt lösenord</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>Använt i %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>Lösenordet är använt %1 gång</numerusform><numerusform>Lösenordet är använt %1 gånger</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>Lösenordet har upphört att gälla</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>Lösenordet upphörde att gälla %1</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>Lösenordet upphör att gälla %1</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>Lösenordet upphör snart att gälla</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>Lösenordet upphör att gälla om %1 dag</numerusform><numerusform>Lösenordet upphör att gälla om %1 dagar</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>Lösenordet upphör snart att gälla</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>Kompileringstyp: %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Distribution: %1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>Felsökningsläget är inaktiverat.</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>Felsökningsläget är aktiverat.</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>Operativsystem: %1
Processorarkitektur: %2
Kärna: %3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Autoskriv</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH-tjänst</translation>
    </message>
    <message>
        <source>KeeShare</source>
        <translation>KeeShare</translation>
    </message>
    <message>
        <source>YubiKey</source>
        <translation>YubiKey</translation>
    </message>
    <message>
        <source>Quick Unlock</source>
        <translation>Snabb upplåsning</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>Secret Service-integration</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>Aktiverade tillägg:</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>över %1 år</numerusform><numerusform>över %1 år</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>om %1 månad</numerusform><numerusform>om %1 månader</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation><numerusform>%1 vecka</numerusform><numerusform>%1 veckor</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation><numerusform>%1 dag</numerusform><numerusform>%1 dagar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation><numerusform>%1 timma</numerusform><numerusform>%1 timmar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 minut</numerusform><numerusform>%1 minuter</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation>Botan-biblioteket måste vara lägst %1, hittade %2.%3.%4</translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>Kryptografiska bibliotek:</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES (%1 rundor)</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1 (%2 rundor, %3 KB)</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>SymmetricCipher::init: Ogiltigt chifferläge.</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>SymmetricCipher::init: Ogiltig IV-storlek på %1 för %2.</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>Chiffer inte initierat före användning.</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>Kan inte bearbeta 0-längdsdata.</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>okänd körbar (DBus-adress %1)</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1 (ogiltig körbar sökväg)</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>NULL-enhet</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>fel vid läsning från enhet</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>felaktigt uppbyggd sträng</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>saknar avslutande citationstecken</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1: (rad, kolumn) %2,%3</translation>
    </message>
    <message>
        <source>AES 256-bit</source>
        <translation>AES 256-bit</translation>
    </message>
    <message>
        <source>Twofish 256-bit</source>
        <translation>Twofish 256-bit</translation>
    </message>
    <message>
        <source>ChaCha20 256-bit</source>
        <translation>ChaCha20 256 bitar</translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation>Argon2d (KDBX 4 – rekommenderas)</translation>
    </message>
    <message>
        <source>Argon2id (KDBX 4)</source>
        <translation>Argon2id (KDBX 4)</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 4)</source>
        <translation>AES-KDF (KDBX 4)</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 3)</source>
        <translation>AES-KDF (KDBX 3)</translation>
    </message>
    <message>
        <source>Existing single-instance lock file is invalid. Launching new instance.</source>
        <translation>Låsfilen för befintlig enkelinstans är ogiltig. Startar en ny instans.</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>Låsfilen kunde inte skapas. Enkelinstansläge inaktiverat.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>Rensar urklipp om %1 sekund...</numerusform><numerusform>Rensar urklipp om %1 sekunder...</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>Benchmark %1 fördröjning</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation><numerusform>%1 ms</numerusform><numerusform>%1 ms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation><numerusform>%1 s</numerusform><numerusform>%1 s</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation>Vill du verkligen ta bort &quot;%1&quot; för gott?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>Vill du verkligen ta bort %1 post för gott?</numerusform><numerusform>Vill du verkligen ta bort %1 poster för gott?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>Vill du ta bort posten?</numerusform><numerusform>Vill du ta bort posterna?</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>Vill du verkligen flytta &quot;%1&quot; till papperskorgen?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>Vill du verkligen flytta %n post till papperskorgen?</numerusform><numerusform>Vill du verkligen flytta %n poster till papperskorgen?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>Vill du flytta posten till papperskorgen?</numerusform><numerusform>Vill du flytta posterna till papperskorgen?</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>Vill du ersätta referenserna till posten?</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>Posten &quot;%1&quot; har &quot;%2&quot; referens. Vill du skriva över referenser med värden, hoppa över den här posten eller ta bort ändå?</numerusform><numerusform>Posten &quot;%1&quot; har &quot;%2&quot; referenser. Vill du skriva över referenser med värden, hoppa över den här posten eller ta bort ändå?</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>Webbläsarstatistik</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Hälsokontroll</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>Nyckelfilsversionen stöds ej: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>Kontrollsumman stämmer inte! Nyckelfilen kan vara skadad.</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>Oväntad nyckelfilsdata! Nyckelfilen kan vara skadad.</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC - Plattformsoberoende lösenordshanterare</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>filnamn på lösenordsdatabaser att öppna (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>Sökväg till en anpassad konfigurationsfil</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>Sökväg till en anpassad lokal konfigurationsfil</translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>Lås alla öppna databaser</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>nyckelfil för databasen</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>hämta databaslösenordet från stdin</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>Låste databaser.</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>Databas kunde inte låsas.</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>En annan instans av KeePassXC körs redan.</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation>KeePassXC körs inte. Det finns ingen öppen databas att låsa.</translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>Allvarligt fel vid test av kryptografiska funktioner.</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC - Fel</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Databaslösenord: </translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>Ogiltiga inställningar</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>Ogiltig nyckel</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation>Kunde inte skapa Windows Hello inloggningsuppgifter.</translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation>Kunde inte signera challenge med Windows Hello</translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation>Varning! Kunde inte blockera skärmklipp i ett fönster på översta nivån!</translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation>Ogiltigt shiffer</translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation>Ogiltig KDF</translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation>Åtkomst till alla poster är nekad</translation>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation>tillåt skärmklipp och programinspelning (Windows/macOS)</translation>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation>AES-start misslyckades</translation>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation>AES-kryptering misslyckades</translation>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation>Kunde inte lagra i Linux nyckelring</translation>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation>Kunde inte hitta nyckel i nyckelring</translation>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation>Kunde inte läsa nyckel i nyckelring</translation>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation>AES-avkryptering misslyckades</translation>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation>Ingen Polkit autentiseringsagent är tillgänglig</translation>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation>Polkit-autentisering misslyckades</translation>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation>Ingen Quick Unlock-leverantör är tillgänglig</translation>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation>Polkit returnerade ett fel: %1</translation>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation>Kunde inte starta KeePassXC-krypto.</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>Kunde inte kryptera nyckeldata.</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>Kunde inte hämta Windows Hello inloggningsuppgifter.</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>Kunde inte avkryptera nyckeldata.</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passnycklar</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation>Internt zlib-fel vid komprimering: </translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>Kunde inte skriva till underliggande enhet: </translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>Kunde inte öppna underliggande enhet: </translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>Kunde inte läsa data från underliggande enhet: </translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>Internt zlib-fel vid extrahering: </translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>Gzip-formatet stöds inte i denna version av zlib.</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>Internt zlib-fel: </translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>Dubbelklicka på poster för att redigera.</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Lista över posters URL:er</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation>Posten har ingen URL angiven</translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>Tillåtna URL:er</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation>Posten har inga inställningar för webbläsarintregrering</translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>Nekade URL:er</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> (Undantaget)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Denna post har undantagits från rapporter</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation>Vänta, webbläsarstatistik beräknas…</translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation>Inga poster med URL, eller ingen som har sparade inställningar för webbläsartillägg.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL:er</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Redigera post…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Ta bort post…</numerusform><numerusform>Ta bort poster…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Undanta från rapporter</translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation>Visa endast poster som har en URL</translation>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation>Visa endast poster som uttryckligen har tillåtits eller nekats</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>Visa förfallna poster</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>(Förfallen)</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation>Håll muspekaren över anledning, för att visa fler detaljer. Dubbelklicka på posten för att redigera.</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>Usel</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>Usel — Lösenordet måste ändras</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Dålig</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>Dålig — Lösenordet måste ändras</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>Svag — Överväg att ändra lösenordet</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> (Undantagen)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Denna post undantas från rapporter</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>Väta, hälsodata beräknas…</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>Grattis! Allt är friskt!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Redigera post…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Ta bort post…</numerusform><numerusform>Ta bort poster…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Undanta från rapporter</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>Visa förfallna poster</translation>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation>Visa poster som har undantagits från rapporter</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>(Förfallen)</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation>VARNING! Denna rapport kräver att du skickar information till onlinetjänsten Have I Been Pwned (https://haveibeenpwned.com). Om du fortsätter kommer dina databaslösenord att hashas kryptografiskt och de första fem tecknen i dessa hashar kommer att skickas säkert till den här tjänsten. Databasen förblir säker och kan inte rekonstitueras från denna information. Antalet lösenord som du skickar och din IP-adress kommer dock att exponeras för den här tjänsten.</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>Utför online-analys</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>Visa även poster som har uteslutits från rapporter</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>Denna version av KeePassXC har inga nätverksfunktioner. Nätverk krävs för att kontrollera dina lösenord mot Have I Been Pwned-databaser.</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>Grattis, inga exponerade lösenord!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>Lösenord exponerat...</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> (Undantaget)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Denna post har undantagits från rapporter</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>en gång</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>upp till 10 gånger</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>upp till 100 gånger</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>upp till 1000 gånger</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>upp till 10000 gånger</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>upp till 100000 gånger</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>upp till en miljon gånger</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>milljoner gånger</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Redigera post…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Ta bort post…</numerusform><numerusform>Ta bort poster…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Undanta från rapporter</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Lista över posters URL:er</translation>
    </message>
    <message>
        <source>Please wait, list of entries with Passkeys is being updated…</source>
        <translation>Vänta! Listan över poster med passnycklar uppdateras...</translation>
    </message>
    <message>
        <source>No entries with Passkeys.</source>
        <translation>Det finns inga poster med passnycklar.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL:er</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Redigera post…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Ta bort post…</numerusform><numerusform>Ta bort poster…</numerusform></translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>Förlitande part</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>Visa förfallna poster</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>(Förfallen)</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation>Håll muspekaren över rader med felikoner för mer information.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>Vänta, databasstatistik beräknas…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Databasnamn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Databas skapad</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Senast sparad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation>Databasen har ändrats, men ändringarna har ännu inte sparats till disk.</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Antal grupper</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Antal förfallna poster</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>Databasen innehåller poster som har förfallit.</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Unika lösenord</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Icke unika lösenord</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>Mer än 10% av lösenorden är återanvända. Försök använda unika lösenord om möjligt.</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Max antal återanvända lösenord</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>Vissa lösenord är använda mer än tre gånger. Använd unika lösenord om möjligt.</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Antal korta lösenord</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>Rekommenderad minimilängd på lösenord är minst 8 tecken.</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Antal svaga lösenord</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>Långa slumpartade lösenord med betyget &quot;Bra&quot; eller &quot;Utmärkt&quot; rekommenderas.</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Poster undantagna från rapporter</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>Att utesluta poster från rapporter, t.ex. för att de har ett svagt lösenord, är inte nödvändigtvis ett problem, men du bör hålla ett öga på dem.</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Genomsnittlig lösenordslängd</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 tecken</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>Genomsnittlig lösenordslängd är mindre än 10 tecken. Längre lösenord är säkrare.</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>Anslutning till tjänsten misslyckades.</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>Fel i tjänstprotokollet.</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>Ingen tjänst körs. Kan inte lägga till identitet.</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>Nyckelidentitets ägarskapskonflikt. Nekar att lägga till.</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>Tjänsten avvisade denna identitet. Möjliga orsaker inkluderar:</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>Nyckeln har redan lagts till.</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>Begränsad livstid stöds inte av tjänsten (kontrollera alternativen).</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>Bekräftelsebegäran stöds inte av tjänsten (kontrollera alternativen).</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>Säkerhetsnycklar stöds inte av agenten eller säkerhetsnyckelleverantör är inte tillgänglig.</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>Ingen tjänst körs. Kan inte ta bort identitet.</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>Tjänsten körs inte, kan inte lista identiteter.</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>Sökhjälp</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>Söktermer är följande: [modifierare][fält:][&quot;]term[&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>Varje sökterm måste matcha (ex. logisk OCH)</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modifierare</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>Undanta termen från resultat</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>Matcha termen exakt</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>Använd RegEx i termen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>Jokertecken</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>Matcha allt</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>Matcha en</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>Logisk ELLER</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>Sökhjälp</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Spara sökning</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>Sök (%1)…</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Skiftlägeskänslig</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>Begränsa sökningen till vald grupp</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>DBus-adress</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Hantera</translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Hantera</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>Aktivera KeePassXC Secret Service-integration från Freedesktop.org</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>Visa meddelande när lösenord hämtas av klienter</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Om detta är aktiverat måste alla försök att läsa ett lösenord bekräftas. Annars kan klienter läsa lösenord utan bekräftelse när databasen är olåst.&lt;/p&gt; &lt;p&gt;Det här alternativet täcker bara åtkomsten till lösenordet för en post. Klienter kan alltid räkna upp objekten i exponerade databaser och efterfråga dess attribut.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>Bekräfta när lösenord tas emot av klienter</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;Denna inställning åsidosätter inte 
inaktivering av papperskorgsmeddelanden&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
</translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>Bekräfta när klienter begär borttagning av poster</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Detta förbättrar kompatibiliteten med vissa program
som söker efter lösenord utan att först låsa upp databasen.&lt;/p&gt;&lt;p&gt;
Men aktivering av detta kan också få klienten att krascha om databasen
inte kan låsas upp inom en viss tidsgräns (Vanligen 25s, men kan vara ett annar värde, angivet i programmet.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>Begär att databasen låses upp före sökning</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>Exponerade databasgrupper:</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Auktorisation</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>Dessa program är för närvarande anslutna:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Varning!&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>Spara aktuella ändringar för att aktivera insticksmodulen och aktivera redigering av det här avsnittet.</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>Tillåt KeeShare-import</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>Tillåt import</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>Tillåt KeeShare-export</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>Tillåt export</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>Visa bara varningar och fel</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>Eget certifikat</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Undertecknare:</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>Generera nytt certifikat</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generera</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>Undertecknarens namn</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>Kunde inte skriva exportbehållare.</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>Import slutförd</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>Import från %1 misslyckades (%2)</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>Import från %1 slutförd (%2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importerad ifrån %1</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>Sökväg till flerfaldig importkälla för %1 i %2</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>Motstridiga sökvägar för exportmål %1 i %2</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>Export till %1 misslyckades (%2)</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>Export till %1 slutförd (%2)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exportera till %1</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation>Rensa sökning</translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>Svaga lösenord</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>Ta bort sökning</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Ta bort tagg</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>Bekräfta borttagning av tagg</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>Vill di ta bort taggen &quot;%1&quot; från alla poster i databasen?</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>Tidsbegränsat lösenord</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>Upphör att gälla om &lt;b&gt;%n&lt;/b&gt; sekund</numerusform><numerusform>Upphör att gälla om &lt;b&gt;%n&lt;/b&gt; sekunder</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>OBS! Dessa TOTP-inställningar är anpassade och kanske inte fungerar med andra autentiserare.</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>Det uppstod ett fel när QR-koden skapades.</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>Stänger om %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>Konfigurera TOTP</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>Hemlig nyckel:</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>En hemlig nyckel måste vara i Base32-format</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>Hemlig nyckel</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>Standardinställningar (RFC 6238)</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Steam® -inställningar</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>Anpassade inställningar:</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>Anpassade inställningar</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritm:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Tidsteg:</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>Tidssteg</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> sek</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>Kodstorlek:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> siffror</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>Ogiltig TOTP-hemlighet</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>Du har angivit en ogiltig hemlig nyckel. Nyckeln måste vara i Base32-format.
Exempel: JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>Bekräfta borttagning av TOTP-inställningar</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>Vill du verkligen ta bort TOTP-inställningarna för den här posten?</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>Ogiltig URL</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>Söker efter uppdateringar</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Söker efter uppdateringar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>Mjukvaruuppdatering</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>Ett fel uppstod när uppdateringsinformation skulle hämtas. Försök igen senare.</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;En ny version är tillgänglig.&lt;/strong&gt;&lt;br/&gt; KeePassXC %1 kan &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt; laddas ner här&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>Du har den senaste versionen av KeePassXC</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>Börja spara dina lösenord säkert, i en KeePassXC-databas.</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>Skapa ny databas</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>Öppna befintlig databas</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>Importera från KeePass 1</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>Importera från 1Password</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importera från CSV</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Tidigare databaser</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>Öppna en tidigare databas</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>Välkommen till KeePassXC %1</translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Ogiltig nyckelkod</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Systemövergripande genväg redan registrerad på %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Kunde inte registrera systemövergripande genväg</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 Inget gränssnitt, plats %2</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>Allmänt: </translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>Kunde inte hitta gränssnittet för hårdvarunyckeln med serienummer %1. Anslut den för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Uppdatera hårdvaru-tokens</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Val av plats för hårdvarunyckel</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>Kunde inte hitta några hårdvarunycklar!</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>Den valda maskinvarunyckelplatsen stöder inte challenge-response!</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>Challenge-Response</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>Lägg till Challenge-Response</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>Ändra Challenge-Response</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>Ta bort Challenge-Response</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>Challenge-Response angiven, klicka för att ändra eller ta bort</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Om du äger en &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; eller en &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, kan du använda den för ytterligare säkerhet.&lt;/p&gt;&lt;p&gt;Nyckeln kräver att en av dess ianslutningsplatser programmeras som &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Identifierar hårdvarunycklar...</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Inga hårdvarunycklar identifierade</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>%1 Ogiltig plats specificerad - %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PCSC) %1 [%2] Challenge-Response - Plats %3</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>YubiKey PCSC-gränssnittet har inte startats.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>Hårdvarunyckel används för närvarande.</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>Kunde inte hitta eller komma åt hårdvarunyckeln med serienummer %1. Var snäll och anslut den för att fortsätta. </translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>Hårdvarunyckeln är låst eller tidsgränsen har uppnåtts. Lås upp eller anslut den igen för att fortsätta.</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>Hårdvarunyckeln hittades inte eller är inte konfigurerad.</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>Det gick inte att slutföra en challenge-response, PCSC-felkoden var: %1</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Configured Slot - %3</source>
        <translation>(USB) %1 [%2] Konfigurerad plats - %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] Challenge-Response - Plats %3 - %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>Tryck</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>YubiKey USB-gränssnittet har inte startats.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>Hårdvarunyckel används för närvarande.</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>Kunde hitta hårdvarunyckel med serienummer %1. Anslut den för att fortsätta.</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>Hårdvarunyckelns tidsgräns för användarinteraktion överskreds.</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>Ett USB-fel uppstod vid åtkomstförsök till hårdvarunyckeln: %1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>Kunde inte slutföra en challenge-response, det specifika felet var: %1</translation>
    </message>
</context>
</TS>