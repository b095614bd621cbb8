<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="cs">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>O KeePassXC</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O aplikaci</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>Chyby hlaste na: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC je šířeno pod GNU obecnou veřejnou licencí (GPL) verze 2 a (případně) 3.</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>Správci projektu:</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>Tým KeePassXC děkuje zvláště vývojáři debfx za vytvoření původního KeePassX.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Na vývoji se podíleli</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;Viz přispěvatelé na portálu GitHub&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>Ladící informace</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>K hlášení chyby vždy připojte následující údaje:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Zkopírovat do schránky</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeePassXC – požadavek na přístup</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Neexistující/nepřístupný popis umístění spustitelného souboru. Dobře ověřte, že klient není podvržený.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;požaduje přístup k následujícím položkám:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>Identif. procesu</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Spustitelný soubor</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>Příkazový řádek</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>Vaše rozhodnutí bude zapamatováno po dobu chodu jak požadujícího klienta A KeePassXC.</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Zapamatovat</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Povolit vybrané</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>Zamítnout vše a jakékoli budoucí</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>Povolit vše a jakékoli &amp;budoucí</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>Odepřít tomuto programu</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>Zapnout integraci s SSH agentem</translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation>Použít Pageant</translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation>Použít OpenSSH</translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation>Použít oba agenty</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>přepsání SSH_AUTH_SOCK</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>hodnota SSH_AUTH_SOCK</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>hodnota SSH_SK_PROVIDER</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>přebití SSH_SK_PROVIDER</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>Není k dispozici žádný soket SSH agenta. Buď ověřte, zda existuje proměnná prostředí SSH_AUTH_SOCK nebo nastavte její přepsání.</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>Spojení s SSH agentem funguje!</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>Nastavení aplikace</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpečení</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>Nastavení nemůže být povoleno, pokud je povoleno minimalizování okna při odemčení databáze.</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Chyba přístupu k souboru s nastaveními %1</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>Pouze ikona</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Pouze text</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>Text vedle ikony</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>Text pod ikonou</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>Styl následování</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Černobílá</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>Černobílá (světlá)</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>Černobílá (tmavá)</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>Barevná</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>Aby se změna jazyka projevila, je třeba aplikaci restartovat. Chcete to provést nyní?</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>Vrátit nastavení do výchozích hodnot?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>Opravdu chcete vrátit veškerá obecná nastavení a nastavení zabezpečení do výchozích hodnot?</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>Vybrat složku pro ukládání záloh</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>Základní nastavení</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Spouštění</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>Spouštět pouze jedinou instanci KeePassXC</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>Automaticky spustit KeePassXC po startu systému</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>Spouštět aplikaci s minimalizovaným oknem</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>Po odemčení databáze okno minimalizovat</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>Pamatovat si minule použité databáze</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation>nedávné soubory</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>Při spuštění načíst minule otevřené databáze</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>Pamatovat si soubory s klíči k databázím a hardwarová bezpečnostní zařízení</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>Zjišťovat dostupnost aktualizací aplikace (při spouštění) jednou týdně</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>Při zjišťování případných aktualizací brát v potaz i vývojové testovací verze</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>Při odemknutí databáze zobrazovat položky kterým </translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>platnost skončila</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation> dnů</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>skončí platnost za </translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>Správa souboru</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>Po každé změně hned automaticky uložit</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>Při uzamykání databáze automaticky uložit</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>Při uzamykání databáze automaticky uložit změny i ne v datech</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>V případě úpravy zvenčí, automaticky znovu načíst databázi</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>Před uložením zazálohovat databázový soubor</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Cíl zálohy</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{NAZEV_SOUBOR_S_DB}.stare.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Zvolit</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>Použít alternativní metodu ukládání (může vyřešit problémy s se službami Dropbox, Google Drive, vrstvami typu GVFS, atp.)</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>Dočasný soubor přesunut do umístění</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>Zapsat přímo do souboru s databází (nebezpečné)</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>Správa záznamu</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>Pro vytvářený záznam použít ikonu skupiny, pod kterou je vytvářen</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>Při otevírání URL okno minimalizovat</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>Po zkopírování do schránky okno zminimalizovat</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimalizovat</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>Upustit na pozadí</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>Časový limit stažení ikony webu</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>Časový limit (v sekundách) pro stažení ikony webu</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation>sek.</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Uživatelské rozhraní</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Styl tlačítek na liště nástrojů</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>Přesouvatelná lišta nástrojů</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>Výběr jazyka</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>(pro aktivaci je třeba aplikaci ukončit a spustit znovu)</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>Styl tlačítek na liště nástrojů:</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>Zobrazit hesla barevně</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>Pro poznámky použít písmo se všemi znaky stejně širokými</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>Namísto ukončení aplikaci minimalizovat</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>Zobrazovat ikonu v oznamovací oblasti systémového panelu</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>Typ ikony v oznamovací oblasti</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>Typ ikony v oznamovací oblasti:</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>Minimalizovat okno aplikace do oznamovací oblasti systémového panelu</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>Vrátit nastavení do výchozích hodnot…</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Automatické vyplňování</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>Použít titulek položky pro hledání shody s okny pro globální automatické vyplňování</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>Použít URL adresu položky pro hledání shody s okny pro globální automatické vyplňování</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>Vždy se zeptat před provedením automatického vyplnění</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>Skrýt položky, kterým skončila platnost, z automatického vyplňování</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>Po provedení automatického vyplnění databázi opět zamknout, pokud předtím byla uzamčena.</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>Prodleva zahájení automatického vyplňování:</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>Klávesová zkratka pro všeobecné automatické vyplňování:</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>Prodleva (v milisekundách) zahájení automatického vyplňování</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>Prodleva automatického vyplnění:</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>Zkratka pro globální automatické vyplňování</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>Prodleva (ms) mezi zadáváním jednotlivých znaků při automatickém vyplňování</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>Pamatovat si naposledy zadanou položku po dobu:</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>Časové limity</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>Časový limit (v sekundách) uzamčení databáze</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation>sek.</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>Vymazat obsah schránky po uplynutí</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>Vyčistit vyhledávací dotaz po uplynutí</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Za kolik sekund vyčistit schránku</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>Uzamknout databázi při nečinnosti delší než</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Pohodlí</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>Zapnout rychlé odemykání (Touch ID / Windows Hello)</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>Zamknout databáze při zamčení relace uživatele v operačním systému nebo je zavření víka notebooku</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>Při minimalizaci okna uzamknout databáze</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>Vyžadovat zopakování zadání hesla, i když je viditelné, </translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>Skrývat hesla při jejich upravování</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>Používat pro prázdné kolonky pro heslo zástupnou výplň</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>Skrýt hesla v panelu náhledu položky</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>Skrývat ve výchozím stavu poznámky k položkám</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>Přesunout záznamy do Koše?</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>Zapnout kopírování dvojklikem na sloupce s uživatelským jménem / heslem</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Soukromí</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>Pro stahování ikon webů použít službu DuckDuckGo</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>Skrýt TOTP v panelu náhledu položky</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>Požadovanou posloupnost automatického vyplňování není možné použít kvůli chybě:</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>Chyba automatického vyplňování</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>Jsou zapotřebí oprávnění</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC vyžaduje oprávnění ke Zpřístupnění, aby mohlo být prováděno automatické vyplňování na úrovni položky. Pokud jste toto oprávnění už udělili, může být třeba ještě KeePassXC restartovat.</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC vyžaduje oprávnění ke Zpřístupnění a „Nahrávání obrazovky“, aby mohlo být prováděno globální automatické vyplňování. Nahrávání obrazovky je nezbytné pro použití nadpisu okna pro vyhledávání položek v databázi. Pokud jste tato oprávnění už udělili, může být třeba ještě KeePassXC restartovat.</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>Zadána neplatná položka</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>Zjištěna neuzavřená složená závorka – nalezen znak „{ “nebo „} navíc</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>Zjištěno příliš mnoho opakování, nejvýše je umožněno %1: %2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>Zjištěn velmi pomalý stisk klávesy, nejdéle je umožněno %1: %2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>Zjištěna velmi dlouhá prodleva, nejdelší umožněná je %1: %2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>Záznam nemá atribut pro PICKCHARS: %1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>Neplatný typ převodu: %1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>Neplatná syntaxe převodu: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>Neplatná forma zápisu regulárního výrahu %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>Neplatná výplň: %1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Pořadí</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>Výchozí pořadí</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Posloupnost</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>Pokus o odeslání neplatného symbolu klávesy.</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>Posloupnost přerušena: je zapnutý Caps Lock</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>Posloupnost přerušena: Uživatel drží stisknuté klávesy-modifikátory</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>Nedaří se získat platný kód klávesy pro klávesu: </translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>Automatické vyplňování – KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>Dvojklik na řádek provede automatické vyplnění nebo nalezne položku pomocí hledání:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>Prohledat veškeré otevřené databáze</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>Zadejte posloupnost</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>Zadat {USERNAME}</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>Zadat {PASSWORD}</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>Zadat {TOTP}</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>Zkopírovat uživatelské jméno</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>Zkopírovat heslo</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>Zkopírovat TOTP</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>Použít virtuální klávesnici</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>KeePassXC – požadavek na přístup prohlížeče</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 žádá přístup k následujícím záznamům:</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>Zapamatovat přístup k zaškrtnutým položkám</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Zapamatovat</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>Umožnit přístup k záznamům</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Povolit vybrané</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Odepřít vše</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>Vypnout pro tuto stránku</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>Máte otevřeno vícero databází.
Vyberte databázi, do které chcete přihlašovací údaje uložit.</translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>KeePassXC: Passkey credentials</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Authenticate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register new</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Do you want to register Passkey for:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Existing Passkey found.
Do you want to register a new Passkey for:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select the existing Passkey and press Update to replace it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Authenticate Passkey credentials for:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>KeePassXC: Create a new group</source>
        <translation>KeePassXC: vytvořit novou skupinu</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>Byl obdržen požadavek na vytvoření nové skupiny „%1“.
Chcete tuto skupinu vytvořit?
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC: Nový požadavek na přiřazení klíče</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>Obdrželi jste požadavek na asociaci pro následující databázi:
%1

Dejte spojení neopakující se název nebo identifikátor, například:
chrome-laptop.</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>Uložit a umožnit přístup</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC: Přepsat stávající klíč?</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>Sdílený šifrovací klíč nazvaný „%1“ už existuje.
Přejete si ho přepsat?</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC: Aktualizovat záznam</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>Chcete aktualizovat údaj v %1 – %2?</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC: Smazat položku</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>Byl obdržen požadavek na smazání položky „%1“.
Opravdu chcete tuto položku smazat?
</translation>
    </message>
    <message>
        <source>%1 (Passkey)</source>
        <translation type="unfinished"/>
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
        <translation>Toto je potřebné pro přístup do vašich databází pomocí KeePassXC-Browser</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>Zapnout napojení na webový prohlížeč</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>Prohlížeče, nainstalované formou snap balíčků, zatím nejsou podporované.</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>Zapnout propojení pro tyto prohlížeče:</translation>
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
        <translation>Pokud jsou z prohlížeče vyžádány přihlašovací údaje, zobrazit upozornění</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>Pokud je uzamčená, požádat o odemčení databáze</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>Je odpovězeno pouze položkami stejného schématu (http://, https://, …).</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>Hledat shodu ve schématu URL (např., https://example.com)</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>Odpoví pouze nejlepšími shodami pro konkrétní URL adresu namísto všech položek pro celou doménu.</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>Odpovědět pouze nejlépe odpovídajícími přihlašovacími údaji</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>Vrátí přihlašovací údaje, kterým skončila platnost. Do názvu je přidán řetězec [expired].</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>Umožnit poskytování i přihlašovacích údajů, kterým skončila platnost.</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>Odpovídající přihlašovací údaje budou poskytovány ze všech databází, napojených na toto rozšíření.</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Hledat odpovídající přihlašovací údaje ve všech otevřených databázích</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Nikdy se neptat před přístupem k přihlašovacím údajům</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Nikdy se neptat před aktualizací přihlašovacích údajů</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>Neptat se na oprávnění pro HTTP Basic Auth</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>Automatické vytváření nebo aktualizace není u textových kolonek podporované!</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>Odpovědět také kolonkami pokročilých textových řetězců které začínají na „KPH: “</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>Nezobrazovat vyskakovací okno doporučující převedení nastavení ze starého KeePassHTTP.</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>Nedotazovat se na převedení nastavení z KeePassHTTP.</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>Při spuštění automaticky aktualizuje popis umístění spustitelného souboru s KeePassXC nebo keepassxc-proxy na skripty posílání zpráv mezi webovým prohlížečem a desktopovou aplikací (native messaging).</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>Při spouštění aktualizovat soubory s manifestem posílání zpráv mezi webovým prohlížečem a desktopovou aplikací (native messaging)</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>Pokud jste zprostředkovávající aplikaci nainstalovali ručně, použijte její uživatelsky určené umístění.</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>Použít uživatelsky určené umístění zprostředkovávající aplikace</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>Kolonka pro uživatelsky určené proxy umístění</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>Nalistovat uživatelsky určený proxy soubor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>Použít uživatelsky určené umístění nastavení pro prohlížeč:</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>Typ prohlížeče:</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Styl tlačítek na liště nástrojů</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>Umístění nastavení:</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>Kolonka uživatelsky určené umístění prohlížeče</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>Nalistovat uživatelsky určený popis umístění prohlížeče</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>Identif. uživatelsky určeného rozšíření:</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>Identif. uživatelsky určeného rozšíření</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>Z důvodu, že software ze Snap balíčku je provozován v ohraničeném prostředí, je třeba spustit skript, který zapíná napojení na webový prohlížeč. &lt;br /&gt;Tento skript je možné získat z %1</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>Aby fungovalo napojení na prohlížeč, je třeba KeePassXC. &lt;br /&gt; Stáhnete ho pro %1 a %2 a %3. %4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>Níže si přečtěte konkrétní pokyny pro rozšíření do webového prohlížeče</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>Spustitelné soubory</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>Vybrat uživatelem určené umístění zprostředkovávající aplikace</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>Vyberte umístění složky hostitele nativních zpráv</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation>Předvolby klonování položky</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>Připojit k titulku „ – klon“</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>Nahradit uživatelské jméno a heslo těmi referenčními</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>Kopírovat historii</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>Importovat CSV kolonky</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>název souboru</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>velikost, řádky, sloupce</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>Přiřazení sloupce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Okamžik poslední úpravy</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikona</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kódování znaků</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Kodek</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>Text je zařazován pomocí</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>Zařazování textu</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>Kolonky jsou oddělovány pomocí</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>Oddělování kolonek</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>Komentáře začínají na</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>Řádky se záhlavím přeskočeny</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>Počet řádků hlavičky, které zahodit</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>První řádek obsahuje názvy kolonek</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>Považovat „\“ za speciálního významu zbavující (escape) znak</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Náhled</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>Náhled importu CSV</translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>Není přitomno</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sloupec %1</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>Importováno z CSV souboru</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>Původní data:</translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>V CSV soubory byly zjištěny chyby!</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[%n další zpráva přeskočena]</numerusform><numerusform>[%n další zprávy přeskočeny]</numerusform><numerusform>[%n dalších zpráv přeskočeno]</numerusform><numerusform>[%n další zprávy přeskočeny]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>CSV import: chyby zápisu:
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
        <translation><numerusform>%n bajt</numerusform><numerusform>%n bajty</numerusform><numerusform>%n bajtů</numerusform><numerusform>%n bajty</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n řádek</numerusform><numerusform>%n řádky</numerusform><numerusform>%n řádků</numerusform><numerusform>%n řádky</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n sloupec</numerusform><numerusform>%n sloupce</numerusform><numerusform>%n sloupců</numerusform><numerusform>%n sloupce</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>Hesla</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>Soubor %1 neexistuje.</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>Soubor %1 se nedaří otevřít.</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>Chyba při čtení databáze: %1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>Není možné uložit, databáze neodkazuje na platný soubor.</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>Ukládání databáze už probíhá.</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>Není možné uložit, databáze nebyla inicializována!</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>V databázovém souboru jsou nesloučené změny.</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
Záložní databáze se nachází v %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>Klíč nebyl přeměněn.  Toto je chyba – prosím nahlaste to vývojářům.</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>Koš</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>Odemknout databázi – KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>Odemknout databázi KeePassXC</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>Zadejte heslo:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Kolonka pro heslo</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>Zadejte další přihlašovací údaje (pokud jsou):</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>Soubor s klíčem:</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Krom hlavního hesla je možné použít tajný soubor a vylepšit tak zabezpečení databáze. Takový soubor je možné vytvořit v nastavení zabezpečení databáze.&lt;/p&gt;&lt;p&gt;Toto &lt;strong&gt;není&lt;/strong&gt; váš *.kdbx databázový soubor!&lt;br&gt;Pokud nemáte soubor s klíčem, ponechte kolonku nevyplněnou.&lt;/p&gt;&lt;p&gt;Pro více informaci klikněte sem…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>Nápověda k souboru s klíčem</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Výběr slotu v hardwarovém klíči</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>Hardwarový klíč:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Je možné používat hardwarové bezpečnostní klíče jako například &lt;strong&gt;YubiKey&lt;/strong&gt; nebo &lt;strong&gt;OnlyKey&lt;/strong&gt; se sloty nastavenými pro HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Klikněte pro další informace…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>Nápověda k hardwarovému klíči</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>Soubor s klíčem k odemknutí databáze</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Nalistovat soubor s klíčem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Znovu načíst hardwarová bezpečnostní zařízení</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Načíst znovu</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>Odemknout databázi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odemknout</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Pokud chcete pokračovat, připojte váš YubiKey nebo dotkněte se tlačítka na něm…</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>Neshoda ve verzi databáze</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>Databáze kterou se pokoušíte otevřít byla nejspíš vytvořena v novější verzi KeePassXC.

Je možné se pokusit se ji otevřít i tak, ale může být neúplná a uložení jakýchkoli změn může vést ke ztrátě dat.

Doporučujeme aktualizovat vaši instalaci KeePassXC.</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>Otevřít databázi i tak</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>Odemčení databáze zrušeno.</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>Odemknutí se nezdařilo a nebylo zadáno žádné heslo</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>Odemčení databáze se nezdařilo a nezadali jste heslo.
Chcete to zkusit znovu s „prázdným“ heslem?

Abyste tomu, aby se tato chyba objevovala, je třeba přejít do „Nastavení databáze / Zabezpečení“ a nastavit heslo znovu.</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>Zkusit znovu bez hesla</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>Nepodařilo se otevřít soubor s klíčem: %1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Starý formát souboru s klíčem</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>Používáte starý formát souboru s klíčem, který může KeePassXC&lt;br&gt;přestat v budoucnu podporovat.&lt;br&gt;&lt;br&gt;Zvažte prosím vytvoření nového souboru s klíčem v nabídce:&lt;br&gt;&lt;strong&gt;Databáze &amp;gt; Zabezpečení databáze &amp;gt; Změnit soubor s klíčem.&lt;/strong&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>Toto varování znovu nezobrazovat</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Soubory s klíči</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>Vyberte soubor s klíčem</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>Soubor s databází není možné použít pro účely souboru s klíčem (mění se)</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>Soubor s databází není možné použít pro účely souboru s klíčem (bude se měnit).
Pokud nemáte žádný soubor, který by se zaručeně neměnil (a byl tedy vhodný jako klíč), tuto kolonku nevyplňujte.</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Zjišťování hardwarových klíčů…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Nenalezeny žádné hardwarové klíče</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>Vyberte hardwarový klíč…</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation>pro přístup k databázi se autentizujte</translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation>Hesla</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpečení</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>Přihlašovací údaje do databáze</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Nastavení šifrování</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Napojení webového prohlížeče</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Údržba</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>Nastavení pro KeePassXC-Browser</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>Odpojit veškeré prohlížeče</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>Zapomenout v položkách veškerá nastavení specifická pro daný web</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>Znovu vytvořit identifikátor kořenové skupiny databáze</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Uložené klíče</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>Uložené klíče prohlížeče</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>Odebrat označený klíč</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>Smazat označený klíč?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>Opravdu chcete označený klíč smazat?
Toto může zabránit spojení se zásuvným modulem prohlížeče.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klíč</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>Pro zpřístupnění těchto nastavení zapněte Napojení na webový prohlížeč.</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>Opravdu chcete odpojit všechny prohlížeče?
To může zabránit spojení se zásuvným modulem prohlížeče.</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC: Nebyly nalezeny žádné klíče</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>V nastavení KeePassXC nenalezeny žádné sdílené šifrovací klíče.</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC: Klíče odebrány z databáze</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>Z nastavení KeePassXC úspěšně odebrán %n šifrovací klíč.</numerusform><numerusform>Z nastavení KeePassXC úspěšně odebrány %n šifrovací klíče.</numerusform><numerusform>Z nastavení KeePassXC úspěšně odebráno %n šifrovacích klíčů.</numerusform><numerusform>Z nastavení KeePassXC úspěšně odebrány %n šifrovací klíče.</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>Opravdu chcete zapomenout veškerá nastavení pro dané weby na každé položce?
Oprávnění pro přístup k položkám budou odvolána.</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>Odebírání uložených oprávnění…</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Přerušit</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC: Odebraná oprávnění</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>Z %n položky úspěšně odebrána oprávnění.</numerusform><numerusform>Ze %n položek úspěšně odebrána oprávnění.</numerusform><numerusform>Z %n položek úspěšně odebrána oprávnění.</numerusform><numerusform>Ze %n položek úspěšně odebrána oprávnění.</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC: Nebyl nalezen žádný záznam s oprávněními!</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>Právě otevřená databáze neobsahuje záznam s oprávněními.</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>Znovu vytvořit identifikátor databáze</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>Opravdu chcete znovu vytvořit identifikátor databáze?
Toto je nutné pouze v případě, že vaše databáze je kopií jiné a nefunguje propojení s rozšířením prohlížeče.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>Přidat dodatečnou ochranu</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Není nastavené žádné heslo</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>VAROVÁNÍ! Nenastavili jste heslo. Používání databáze bez hesla je silně nedoporučeno!

Opravdu chcete pokračovat bez hesla?</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>Pokračovat bez hesla</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>Nepřidán žádný šifrovací klíč</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>Aby byla vaše databáze zabezpečená, je třeba přidat alespoň jeden šifrovací klíč!</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Neznámá chyba</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>Nepodařilo se změnit přihlašovací údaje do databáze</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>Doba, kterou rozšifrování trvalo:</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>Doba rozšifrování (v sekundách)</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>Vyšší hodnota poskytuje lepší ochranu, ale otevírání databáze zabere déle.</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>Formát databáze:</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>Formát databáze</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>Formát není možné změnit: Vaše databáze používá funkce KDBX 4</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>Pokud neplánujete otevírat svou databázi i jinými programy, vždy používejte nejnovější formát.</translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>Šifrovací algoritmus:</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>Šifrovací algoritmus</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES:  256 bit   (výchozí)</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish:  256 bit</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>Funkce pro odvození klíče:</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>Funkce pro odvození klíče</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>Počet průchodů šifrovacího algoritmu:</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>Počet průchodů transformace</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>Využití paměti:</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>Využití operační paměti</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>Souběžné zpracovávání:</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Souběžné zpracovávání</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4 (doporučeno)</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>Počet průchodů je příliš vysoký</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>Používáte velmi vysoký počet průchodů transformace klíče s Argnon2.

Pokud tento počet ponecháte, otevírání databáze může trvat hodiny, dny, nebo dokonce déle!</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>Rozumím, počet ponechat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>Počet průchodů je příliš nízký</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>Používáte velmi nízký počet průchodů transformace funkcí pro odvození klíče (KDF) a šifrou AES.

Pokud tento počet ponecháte, vaše databáze nebude chráněna před útoky zkoušením hesel.</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>Funkce pro odvození klíče (KDF) nezměněna</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>Nepodařilo se transformovat klíč s novými parametry funkce pro odvození klíče (KDF), ta proto nezměněna.</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform><numerusform> MiB</numerusform><numerusform> MiB</numerusform><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform>vlákno</numerusform><numerusform>vlákna</numerusform><numerusform>vláken</numerusform><numerusform>vlákna</numerusform></translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>Vystavené záznamy</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>Nevystavovat tuto databázi</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>Vystavit položky pod touto skupinou:</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>Pro přístup k těmto nastavením zapněte Secret Service.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>Metadata databáze</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Název databáze:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Kolonka název databáze</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>Popis databáze:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Kolonka popis databáze</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>Výchozí uživatelské jméno:</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>Kolonka výchozí uživatelské jméno</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>Nastavení historie</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>Nejvyšší umožněný počet položek historie pro jednotlivé záznamy</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>Nejvyšší umožněná velikost historických záznamů pro jednotlivé záznamy</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>Namísto mazání přesouvat do Koše</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>Rozšířená nastavení databáze</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>Zapnout kompresi (doporučeno)</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>Smazat Koš</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>Chcete smazat stávající Koš a vše co obsahuje?
Tuto akci nelze vzít zpět.</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation>(staré)</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation>Omezit počet historických položek záznamu na:</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation>Omezit celkovou velikost historických položek záznamu na:</translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation>Sdílení</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Zobrazení cesty rozhraním</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Popis umístění</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>Naposledy podepsal</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikáty</translation>
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
        <translation>Spravovat uživatelsky určené ikony</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>Smazat označené ikony</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>Smazat veškeré uživatelsky určené ikony nepoužívané pro žádnou položku či skupinu</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>Odebrat nepoužívané ikony</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>Potvrdit smazání</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>Přinejmenším jedna z vybraných ikon je v tuto chvíli používána přinejmenším jedním záznamem nebo skupinou. Ikony všech dotčených záznamů a skupin budou nahrazeny výchozí ikonou. Opravdu chcete smazat ikony, kterou jsou používány?</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>Uživatelsky určené ikony jsou něčím používány</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>Nepoužívané ikony odebrány</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>%n ikona odstraněna z databáze.</numerusform><numerusform>%n ikony odstraněny z databáze.</numerusform><numerusform>%n ikon odstraněno z databáze.</numerusform><numerusform>%n ikony odstraněny z databáze.</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>Název databáze:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Kolonka název databáze</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Popis:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Kolonka popis databáze</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>Chyba vytváření databáze</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>Vytvořená databáze nemá klíč nebo funkci pro jeho odvození. Její uložení proto odmítnuto.
Toto je nepochybně chyba, nahlaste ji prosím vývojářům.</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>Databáze ve formátu KeePass verze 2</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>%1 se nepodařilo otevřít. Buď neexistuje, nebo není přístupné.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV soubor</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>Vyberte CSV soubor</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>Sloučit databáze</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>Databáze ve formátu KeePass verze 1</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>Otevřít databázi ve formátu KeePass verze 1</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>Otevřít OPVault</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>Exportovat databázi do CSV souboru</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>Zápis do CSV souboru se nezdařil.</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>Zápis do HTML souboru se nezdařil.</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>Exportovat databázi do XML souboru</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>XML soubor</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>Zápis do XML souboru se nezdařil.</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>Potvrzení exportu</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>Chystáte se exportovat svou databázi do nešifrovaného souboru. To zanechá vaše hesla a citlivé informace zranitelné. Opravdu to chcete?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nová databáze</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [nová databáze]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [uzamčeno]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>Hledání a štítky</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Vyhledávání</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>Sdílená skupina…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>Potvrdit automatické vyplnění</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>Provést automatické vyplnění v předtím aktivním okně?</translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>Spustit příkaz?</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>Opravdu spustit následující příkaz?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Zapamatovat si pro příště</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Smazat skupinu</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>Opravdu chcete nenávratně smazat skupinu „%1“?</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>Přesunout skupinu do Koše?</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>Opravdu chcete skupinu „%1“ přesunout do koše?</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>Položky kterým skončila platnost</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>Záznamy, kterým platnost skončí v rámci %1 dne</numerusform><numerusform>Záznamy, kterým platnost skončí v rámci %1 dnů</numerusform><numerusform>Záznamy, kterým platnost skončí v rámci %1 dní</numerusform><numerusform>Záznamy, kterým platnost skončí v rámci %1 dne/í</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>Žádná nedávná databáze.</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>Není zvolena zdrojová databáze, není co dělat.</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>Databázové soubory úspěšně sloučeny.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>Databáze nebyla operací slučování upravena.</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>Výsledky vyhledávání (%1)</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>Nic nenalezeno</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Uložit hledání</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>Uzamknout databázi?</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>Upravujete položku. Přesto zavřít a zahodit tak změny?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>„%1“ bylo změněno.
Uložit změny?</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>Databáze byla změněna.
Uložit změny?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Uložit změny?</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>Soubor byl změněn</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>Soubor s databází byl změněn. Načíst změny?</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>Požadavek na sloučení</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>Databázový soubor byl změněn a máte neuložené změny.
Přejete si je zahrnout?</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>Nepodařilo se otevřít nový soubor s databází během pokusu o její opětovné načtení.
Chyba: %1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>Vypnout bezpečná ukládání?</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>I přes několikátý pokus se KeePassXC nepodařilo databázi uložit. To je nejspíš způsobeno službou synchronizace souborů, která drží zámek na ukládaném souboru.
Vypnout bezpečné ukládání a zkusit to znovu?</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Zápis do databáze se nezdařil: %1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Hesla</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>Uložit databázi jako</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>Databáze ve formátu KeePass 2</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>Uložit zálohu databáze</translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>Vysypat Koš?</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>Opravdu chcete nevratně smazat všechno z Koše?</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>Nedaří se nalézt soubor s databází: %1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikona</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Automatické vyplňování</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Napojení na webový prohlížeč</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;prázdná URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>Potvrdit odebrání</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>Opravdu chcete tuto URL odebrat?</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Vlastnosti</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>neaplikovatelné</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(šifrováno)</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>Vybrat soukromou část klíče</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Historie záznamu</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Přidat záznam</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Upravit záznam</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>Některá z nastavení napojení na prohlížeč jsou přebita nastavením skupiny.</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>Neplatný údaj</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>Externí operace sloučení tuto položku zneplatnila.
Všechny provedené změny byly bohužel ztraceny.</translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>Chyba při ověřování automatického zadávání</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>Došlo k chybě při ověřování uživatelsky určené posloupnosti automatického vyplňování:
%1
Chcete to opravit?</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>Došlo k chybě při ověřování posloupnosti automatického vyplňování pro &quot;%1&quot;:
%2
Chcete ji opravit?</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>Položka úspěšně aktualizována.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>Chcete uložit změny, provedené v této položce?</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Nový atribut</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>Nový atribut %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>Opravdu chcete odebrat tento atribut?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Odhalit</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[CHRÁNĚNO] Pro zobrazení nebo úpravu klikněte na odhalit</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrýt</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hodina</numerusform><numerusform>%n hodiny</numerusform><numerusform>%n hodin</numerusform><numerusform>%n hodiny</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n týden</numerusform><numerusform>%n týdny</numerusform><numerusform>%n týdnů</numerusform><numerusform>%n týdny</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n měsíc</numerusform><numerusform>%n měsíce</numerusform><numerusform>%n měsíců</numerusform><numerusform>%n měsíce</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n rok</numerusform><numerusform>%n roky</numerusform><numerusform>%n let</numerusform><numerusform>%n roky</numerusform></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>Další atributy</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>Výběr atributu</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Hodnota atributu</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>Přidat nový atribut</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>Odebrat označený atribut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>Upravit název atributu</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Upravit název</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>Vyp/zap. ochranu atributu</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Chránit</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>Zobrazit chráněný atribut</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Odhalit</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>Pokud zaškrtnuto, záznam se neobjeví ve výkazech jako jsou Kontrola zdraví a HIBP, i když nesplňují požadavky na kvalitu.</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>Vynechat z přehledů o databázi</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>Barva popředí:</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>Výběr barvy popředí</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>Barva pozadí:</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>Výběr barvy pozadí</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>Zapnout automatické vyplňování tohoto záznamu</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>Převzít výchozí posloupnost automatického vyplňování od skupiny</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>Použít vlastní posloupnost automatického vyplňování:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>Uživatelsky určená posloupnost automatického vyplňování</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>Otevřít webovou stránku s nápovědou k automatickému vyplňování</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>Přiřazení oken</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>Existující přiřazení k oknům</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>Přidat nové přiřazení k oknu</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>Odebrat označené přiřazení k oknu</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>Titulek okna:</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>Pro shodu s čímkoli je možné použít hvězdičku (*)</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>Nastavit název okna, podle kterého přiřadit</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>Pro shodu s čímkoli je možné použít hvězdičku</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>Pro toto přiřazení použít konkrétní posloupnost:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>Uživatelsky určená posloupnost automatického vyplňování pro toto okno</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>Tato nastavení ovlivní chování záznamu pro rozšíření pro webový prohlížeč.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>Skrýt tento záznam před rozšířením pro prohlížeč</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>Přeskočit automatické odeslání pro tento záznam</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>Toto nastavení posílat do prohlížeče pouze pro dialogy HTTP Auth. Pokud je zapnuto, běžné přihlašovací formuláře nezobrazí tuto položku pro výběr.</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>Tuto položku použít pouze ve spojení se základním HTTP ověřováním se</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>Tuto položku nepoužívat ve spojení se základním HTTP ověřováním se</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>Další URL adresy</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upravit</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>Výběr historie záznamu</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>Zobrazit záznam ve vybraném stavu v historii</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>Obnovit záznam do podoby označeného stavu v historii</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>Smazat označený stav v historii</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Smazat veškerou historii</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Smazat vše</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>Upravit záznam</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Kolonka pro poznámky</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>Kolonka pro uživatelské jméno</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Kolonka data a času konce platnosti</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>Předpřipravené konce platnosti</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>Předpřipravené konce platnosti</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Předpřipravené</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>Kolonka pro URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Stáhnout ikonu webu pro URL</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>Kolonka pro název</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Kolonka pro heslo</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Vyp/zap. skončení platnosti</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Seznam štítků</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titulek:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L adresa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Poznámky:</translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation>Zobraz./nezobrazovat poznámky</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Š&amp;títky:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Platnost skončí:</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>Formulář</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>Odebrat klíč z klienta při zavření/zamčení databáze</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentář</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>Přidat klíč do agenta při otevření/odemčení databáze</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Rozšifrovat</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisk</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Zkopírovat do schránky</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Veřejná část klíče</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Soukromá část klíče</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Příloha</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>Soubor s externím klíčem</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>Přidat do agenta</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>Odebrat z agenta</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>Vnější soubor</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>Nalistovat soubor s klíčem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Tvoř</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>Vybrat soubor, který přiložit</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>Při použití tohoto klíče vyžadovat potvrzení od uživatele</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>neaplikovatelné</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>Odebrat klíč z klienta po uplynutí</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>Odebrat klíč z agenta po uplynutí zadaného počtu sekund</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation>sekund</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikona</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Vlastnosti</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Přidat skupinu</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Upravit skupinu</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>Ve skupině jsou neuložené změny</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Napojení na webový prohlížeč</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Zapnout</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Vypnout</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>Převzít od nadřazené skupiny (%1)</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>Tato nastavení ovlivní chování skupiny pro rozšíření pro webový prohlížeč.</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>Skrýt položky před rozšířením pro prohlížeč:</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>Vyp/zap. „Skrýt položky z rozšíření pro prohlížeč“ pro tuto a podřízené skupiny</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>Přeskočit automatické odeslání pro tyto položky:</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>Používat položky pouze se základním HTTP ověřováním se:</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>Nepoužívat položky se základním HTTP ověřováním se:</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation>Při hledání shody vynechat dílčí doménu WWW:</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation>Kolonka pro režim sdílení</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Kolonka pro heslo</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Popis umístění:</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>Kolonka pro popis umístění sdíleného souboru</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>Nalistovat sdílený soubor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Vyčistit kolonky</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vyčistit</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivní</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Synchronizovat</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>Vámi používaná verze KeePassXC nepodporuje sdílení tohoto typu kontejneru.
Podporovaná rozšíření jsou: %1.</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 už je exportováno touto databází.</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 už je importováno touto databází.</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 je importováno a exportováno jinými skupinami v této databázi.</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare je nyní vypnuté. Import/export je možné zapnout v nastavení aplikace.</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>Exportování databáze je nyní vypnuto v nastavení aplikace.</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>Import do databáze je nyní vypnutý v nastavení aplikace.</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>KeeShare kontejner</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>Podepsaný KeeShare kontejner</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>Vybrat zdroj pro import</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>Vybrat cíl importu</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>Vybrat importní/exportní soubor</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>Upravit skupinu</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Vyp/zap. skončení platnosti</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Platnost skončí:</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Kolonka pro název</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Kolonka data a času konce platnosti</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>Převzít výchozí pořadí automatického vyplňování od nadřazené skupiny</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>Automatické vyplňování:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Hledat:</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>Vyp/zap. automatické vyplňování pro tuto a podskupiny</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Poznámky:</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>Výchozí kolonka pro posloupnost automatického vyplňování</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Kolonka pro poznámky</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>Nastavit výchozí pořadí automatického vyplňování</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>Vyp/zap. pro tuto a podskupiny</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>Použít výchozí ikonu</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>Použít uživatelsky určenou ikonu</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Zvolit ikonu…</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>Nastavte URL kterou použít pro hledání ikon webů</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>URL ikon webů</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Stáhnout ikonu webu pro URL</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>Stáhnout ikonu webu (favicon)</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>Uplatnit označenou ikonu na podskupiny a záznamy</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>Použít ikonu na…</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>Použít pouze na tuto skupinu</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>Uplatnit také na podskupiny</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>Uplatnit také na obsažené záznamy</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>Uplatnit také na vše obsažené</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>Ikonu webu (favicon) se nedaří stáhnout.</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>Používání služby DuckDuckGo pro stahování ikon webových stránek je možné zapnout v Nástroje → Nastavení → Zabezpečení</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>Vybrána existující ikona.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Obrázky</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>Vyberte obrázky</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>Úspěšně načtena %1 z %n ikon</numerusform><numerusform>Úspěšně načteny %1 z %n ikon</numerusform><numerusform>Úspěšně načteno %1 z %n ikon</numerusform><numerusform>Úspěšně načteny %1 z %n ikon</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>Nebyly načteny žádné ikony</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>%n ikona už v databázi existuje</numerusform><numerusform>%n ikony už v databázi existují</numerusform><numerusform>%n ikon už v databázi existuje</numerusform><numerusform>%n ikony už v databázi existují</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>Následující ikona se nezdařila:</numerusform><numerusform>Následující ikony se nezdařily:</numerusform><numerusform>Následující ikony se nezdařily:</numerusform><numerusform>Následující ikony se nezdařily:</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>Okamžik vytvoření:</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>Datum a čas vytvoření</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Okamžik nejnovější úpravy:</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>Datum a čas změny</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Okamžik nejnovějšího přístupu:</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>Datum a čas přístupu</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>Univerzálně neopakující se identifikátor:</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Neopakující se identifikátor</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>Data zásuvného modulu</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>Data zásuvného modulu</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>Odebrat označená data zásuvného modulu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>Smazat data zásuvného modulu?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>Opravdu chcete smazat označená data zásuvného modulu?
Dotčený zásuvný modul to může rozbít.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klíč</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 – klon</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>Soubor „%1 se nedaří otevřít.</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation>Formulář</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>Přidat novou přílohu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>Odebrat označenou přílohu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>Přejmenovat označenou přílohu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Přejmenovat</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>Otevřít označenou přílohu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>Uložit označenou přílohu na disk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>Vybrat soubory</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>Potvrdit odebrání</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>Opravdu chcete odebrat %n přílohu?</numerusform><numerusform>Opravdu chcete odebrat %n přílohy?</numerusform><numerusform>Opravdu chcete odebrat %n příloh?</numerusform><numerusform>Opravdu chcete odebrat %n přílohy?</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>Uložit přílohy</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>Nedaří se vytvořit složku:
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>Opravdu chcete přílohou přepsat stávající soubor „%1“?</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>Potvrdit přepsání</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>Nedaří se uložit přílohy:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>Nedaří se otevřít přílohu:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>Nedaří se otevřít přílohy:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>Nedaří se otevřít soubor:
%1</numerusform><numerusform>Nedaří se otevřít soubory:
%1</numerusform><numerusform>Nedaří se otevřít soubory:
%1</numerusform><numerusform>Nedaří se otevřít soubory:
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>Potvrdit přepsání přílohy</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>Příloha „%1“ už existuje. 
Chcete stávající přílohu přepsat?</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>Potvrdit přílohu</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 je velký soubor (%2 MB).
Vaše databáze se tím může velmi zvětšit a sníží se tím výkon.

Opravdu chcete tento soubor přidat?</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>Příloha upravena</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>Příloha „%1“ byla změněna.
Opravdu chcete změny ve své databázi uložit?</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>Ukládání přílohy se nezdařilo</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>Ukládání aktualizované přílohy se nezdařilo.
Chyba: %1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>Stávající (%1)</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Naposledy změněno</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Stáří</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Rozdíl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>Uživatelsky určené atributy</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikona</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Barva</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Skončení platnosti</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>Uživatelsky určené údaje</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Automatické vyplňování</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation>Ref:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikdy</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Platnost skončí</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Okamžik nejnovější úpravy:</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Okamžik nejnovějšího přístupu:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Název skupiny</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Nadpis položky</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>Odolnost hesla</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>Poznámky k položce</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>Platnost položky končí v</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Datum vytvoření</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>Datum poslední změny</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>Datum posledního přístupu</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Připojené soubory</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>Velikost položky</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Má přílohy</translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation>Má TOTP heslo</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation>Zobrazit stávající hodnotu TOTP</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresa</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Skončení platnosti</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Seznam štítků</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributy</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>Automatické vyplnění</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>Výchozí pořadí</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Posloupnost</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Hledání</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Sdílet</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vyčistit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikdy</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation>Hodnotu zkopírujete dvojklikem</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation>Neplatné URL</translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation>Přizpůsobit oknu</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>Přizpůsobit obsahu</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Vrátit na výchozí</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>Předvolby exportu</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>Seřadit položky podle</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>Chystáte se exportovat vaši databázi do nešifrovaného souboru.
Vaše hesla a citlivé údaje tak budou zranitelné!
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>pořadí databáze</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>jména (vzestupně)</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>jména (sestupně)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>Exportovat databázi do HTML souboru</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>HTML soubor</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>Nepodařilo se doručit zprávu</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>Nepodařilo se odeslat odpověď na DBus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation>&lt;i&gt;Identif. procesu: %1, spustitelný soubor: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>Je spuštěná jiná služba pro tajemství (%1).&lt;br/&gt;Prosím zastavte/odeberte ji a až poté znovu zapněte napojení na službu pro tajemství.</translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>Nepodařilo se zaregistrovat službu DBus na %1.&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>Nepodařilo se zaregistrovat službu na DBus v umístění „%1</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>Nepodařilo se zaregistrovat databázi na DBus v umístění „%1</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>Nepodařilo se zaregistrovat relaci na DBus v umístění „%1</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>Nepodařilo se zaregistrovat položku na DBus v umístění „%1</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation>Nepodařilo se zaregistrovat objekt výzvy na DBus v umístění „%1“</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>Záznam „%1“ z databáze „%2“ byl použit %3</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n záznam byl použit %1</numerusform><numerusform>%n záznamy byly použity %1</numerusform><numerusform>%n záznamů bylo použito %1</numerusform><numerusform>%n záznamy byly použity %1</numerusform></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Neexistující/nepřístupný popis umístění spustitelného souboru. Dobře ověřte, že klient není podvržený.</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>Odemkněte pro zobrazení</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádné</translation>
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
        <translation>&lt;b&gt;Fdo tajná služba:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[prázdné]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 – klon</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>Ověření hesla online se nezdařilo</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>Stáhnout ikony webů</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>Máte problémy se stahováním ikon?
Můžete zapnout službu pro stahování ikon z DuckDuckGo v sekci zabezpečení v nastavení aplikace.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>Čekejte, zpracovává se seznam položek…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Stahování…</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>Už existuje</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>Stažení se nezdařilo</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>Stahování ikon webů (%1/%2)…</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Uzavřít správu</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>Chybí databázové hlavičky</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Nedaří se vypočítat klíč databáze</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>Nedaří se vyvolat výzva-odpověď: %1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Byly zadány neplatné přihlašovací údaje, zkuste to prosím znovu.
Pokud se toto opakuje, pak je možné, že je váš soubor s databází poškozený.</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>Hlavička neodpovídá otisku</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Neplatná velikost identifikátoru hlavičky</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Neplatná délka kolonky hlavičky: kolonka %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Neplatná velikost symetrické šifry IV.</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>Nedaří se vyvolat výzva-odpověď: %1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Nedaří se vypočítat klíč databáze</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>chybí databázové hlavičky</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>Nedaří se vypočítat klíč databáze: %1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>Neplatná velikost kontrolního součtu hlavičky</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>Neshoda SHA256 kontrolního součtu hlavičky</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Byly zadány neplatné přihlašovací údaje, zkuste to prosím znovu.
Pokud se toto opakuje, pak je možné, že je váš soubor s databází poškozený.</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>(HMAC neshoda)</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>Neznámá šifra</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Neplatná velikost identifikátoru hlavičky</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Neplatná délka kolonky hlavičky: kolonka %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>Nepodařilo se otevřít vyrovnávací paměť pro parametry funkce pro odvození klíče (KDF), uložené v hlavičce</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>Nepodporovaná funkce pro odvození klíče (KDF) nebo neplatné parametry</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>V KDBX4 souboru nalezeny kolonky staré hlavičky.</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>Neplatná velikost identifikátoru vnitřní hlavičky</translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation>Neplatná velikost binárky vnitřní hlavničky</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Nepodporovaná verze mapy varianty KeePass.</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka názvu záznamu mapy varianty</translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná data názvu záznamu mapy varianty</translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka hodnoty záznamu mapy varianty</translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná data hodnoty položky mapy varianty</translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka hodnoty položky typu boolean mapy varianty</translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka 32 bitové celočíselné hodnoty položky varianty</translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka 32 bitové kladné celočíselné hodnoty záznamu varianty</translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka 64 bitové celočíselné hodnoty záznamu varianty</translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná délka 64 bitové kladné celočíselné hodnoty záznamu varianty</translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatný typ záznamu mapy varianty</translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Neplatná velikost typu kolonky mapy varianty</translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>Neplatný algoritmus symetrické šifry.</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Neplatná velikost symetrické šifry IV.</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>Nedaří se vypočítat klíč databáze: %1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Nepodařilo se serializovat mapu varianty parametrů funkce pro odvození klíče</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>Neplatná délka nikde se neopakujícího identifikátoru šifry: %1 (length=%2)</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>UUID se nedaří zpracovat: %1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>Nepodporovaná šifra</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation>Neplatná délka příznaku komprimace</translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>Nepodporovaný kompresní algoritmus</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation>Neplatná velikost hlavního náhodného čísla (seed)</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Neplatná velikost transformačního náhodného čísla (seed)</translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>Neplatná velikost transformačních průchodů</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation>Neplatná velikost počátečních bajtů</translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation>Neplatná velikost identifikátoru náhodného proudu</translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation>Neplatná šifra vnitřního náhodného proudu</translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>Nepodařilo se číst soubor s databází.</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>Zvolený soubor je databáze ve starém formátu KeePass 1 (.kdb).

Můžete ho importovat kliknutím na Databáze &gt; &apos;Importovat databázi ve formátu KeePass 1…&apos;.
Jedná se o jednosměrný převod. Databázi, vzniklou z importu, nepůjde otevřít ve staré verzi KeePassX 0.4.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>Nejedná se o databázi KeePass.</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>Nepodporovaná verze databáze KeePass 2.</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>Nezdar při zpracovávání XML: %1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>Žádná kořenová skupina</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>Chyba XML:
%1
Řádek %2, sloupec %3</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>Chybějící neopakující se identifikátor nebo data ikony</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>Chybějící vlastní datový klíč nebo hodnota</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>Prvky vícero skupin</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>Prázdný neopakující se identifikátor skupiny</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>Neplatné číslo ikony skupiny</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>Neplatná hodnota zapnutí automatického vyplňování</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>Neplatná hodnota zapnutí vyhledávání</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>Nenalezen žádný neopakující se identifikátor skupiny</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation>Prázdný neopakující se identifikátor objektu ke smazání</translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>Chybějící neopakující se identifikátor nebo čas smazaného objektu</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>Prázdný neopakující se identifikátor záznamu</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>Neplatné číslo ikony položky</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>Prvek historie v položce historie</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>Nenalezen žádný neopakující se identifikátor záznamu</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>Prvek historie s rozdílným neopakujícím se identifikátorem</translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>Zjištěn duplicitní uživatelsky určený atribut</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>Chybí klíč nebo hodnota řetězce záznamu</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>Chybí binární klíč nebo hodnota daného záznamu</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>Chybí přiřazení okna nebo posloupnost pro automatické vyplňování</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>Neplatná boolean hodnota</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>Neplatná hodnota data a času</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>Neplatná hodnota barvy</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>Neplatná část rgb vyjádření barvy</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>Neplatná číselná hodnota</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>Neplatná hodnota neopakujícího se identifikátoru</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>Nedaří se rozbalit binární soubor</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>Neplatná struktura souboru s nastaveními pro KeeAgent.</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>Soukromý klíč je příloha, ale nebyly poskytnuty žádné přílohy.</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>Soukromý klíč je prázdný</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>Soubor je na soukromou část klíče příliš velký</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>Nepodařilo se otevřít soukromou část klíče</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>Importovat databázi ve formátu KeePass1</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>Databázi se nedaří otevřít.</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>Soubor s klíčem se nedaří načíst.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>Nejedná se o databázi Keepass.</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>Nepodporovaný šifrovací algoritmus.</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>Nepodporovaná verze databáze KeePass.</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Nedaří se číst šifrování IV</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>Neplatný počet skupin</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>Neplatný počet položek</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>Neplatná velikost otisku (hash) obsahu</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Neplatná velikost transformačního náhodného čísla (seed)</translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>Neplatný počet transformačních průchodů</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>Nedaří se vytvořit strom skupin</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Kořen</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Nedaří se vypočítat klíč databáze</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>nedaří se posunout na pozici obsahu</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Byly zadány neplatné přihlašovací údaje, zkuste to prosím znovu.
Pokud se toto opakuje, pak je možné, že je váš soubor s databází poškozený.</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>Transformace klíče se nezdařila</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation>Neplatné číslo typu kolonky skupiny</translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>Neplatná velikost kolonky skupiny</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation>Načtená data kolonky skupiny neodpovídají velikosti</translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation>Nesprávná velikost kolonky identifikátoru skupiny</translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation>Nesprávná velikost kolonky času vytvoření skupiny</translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation>Nesprávná velikost kolonky času úpravy skupiny</translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation>Nesprávná velikost kolonky času přístupu do skupiny</translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation>Nesprávná velikost kolonky času skončení platnosti skupiny</translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>Nesprávná velikost kolonky ikony skupiny</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>Nesprávná velikost kolonky úrovně skupiny</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>Neplatný typ kolonky skupiny</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>Chybějící identifikátor nebo úroveň skupiny</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation>Chybí číslo typu kolonky položky</translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>Neplatná velikost kolonky položky</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>Načtená data kolonky položky neodpovídají velikosti</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation>Neplatná velikost kolonky UUID položky</translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>Neplatná velikost kolonky identifikátoru skupiny položky</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>Neplatná velikost kolonky ikony položky</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>Neplatná velikost kolonky času vytvoření položky</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>Neplatná velikost kolonky času úpravy položky</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>Neplatná velikost kolonky času konce platnosti položky</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>Neplatný typ kolonky položky</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>Neplatná reference sdílení</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>Neaktivní sdílení %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importováno z %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportováno do %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>Synchronizováno s %1</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>Import je vypnutý v nastavení</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>Export je vypnutý v nastavení</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>Neaktivní sdílen</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importováno z</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>Exportováno do</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>Synchronizováno s</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>Součást klíče</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>Popis součásti klíče</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation> Součást klíče nastavena, kliknutím změníte nebo odeberete</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>Vytvořit nový soubor s klíčem</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Tvoř</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>Vytvořte nový klíč nebo zvolte existující pro ochranu databáze.</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>Pozn.: NEpoužívejte soubor, který se může změnit, protože by to znemožnilo odemčení databáze!</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Nalistovat soubor s klíčem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Starý formát souboru s klíčem</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>Vybrali jste soubor s klíčem ve starém formátu, který KeePassXC&lt;br&gt;může přestat v budoucnu podporovat.&lt;br&gt;&lt;br&gt;Zvažte prosím místo něj vytvoření nového souboru s klíčem.</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>Chyba načítání souboru s klíčem „%1“
Zpráva: %2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Soubor s klíčem</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Přidat soubor s klíčem</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>Změnit soubor s klíčem</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>Odebrat soubor s klíčem</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>Soubor s klíčem nastaven, kliknutím změníte nebo odeberete</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jako další úroveň zabezpečení je možné přidat soubor s klíčem obsahujícím náhodné bajty.&lt;/p&gt;&lt;p&gt;Je třeba ho uchovávat v bezpečí a nikdy ho neztratit, jinak budete uzamčeni.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Soubory s klíči</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>Vytvořit soubor s klíčem…</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>Chyba při vytváření souboru s klíčem</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>Nedaří se vytvořit soubor s klíčem: %1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>Vyberte soubor s klíčem</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>Neplatný soubor s klíčem</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>Není možné použít stávající databázi jako soubor s klíčem pro ní samotnou. Zvolte jiný soubor nebo nějaký vytvořte.</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>Podezřelý soubor s klíčem</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>Zvolený soubor se zdá být souborem s databází hesel. Je třeba, aby soubor s klíčem byl soubor, který se nikdy nezmění, nebo navždy ztratíte k databázi přístup.
Opravdu chcete tento soubor použít?</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Neplatný kód klíče</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Globální zkratka už je zaregistrována na %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Nedaří se zaregistrovat globální zkratku</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Databáze</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Nedávno otevřené databáze</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>Zkopírovat at&amp;ribut</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Nás&amp;troje</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>O &amp;aplikaci</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>&amp;Zjistit dostupnost případných aktualizací</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otevřít databázi…</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>Uložit databázi</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>Zavřít databázi</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nová databáze…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Vytvořit novou databázi</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>&amp;Sloučit z databáze…</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>Sloučit z jiné KDBX databáze</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>&amp;Nový záznam…</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>Přidat nový záznam</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Upravit záznam…</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>Zobrazit nebo upravit položku</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>Smazat záznam…</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nová skupina…</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>Přidat novou skupinu</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Upravit skupinu…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>Smazat skupinu…</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>Stáhnout si všechny ikony &amp;webů…</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>Seřadit &amp;A-Z</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>Seřadit &amp;Z-A</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>Uložit databázi jako…</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>Zabezpečení databáze…</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>Hlášení o &amp;databázi…</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>Statistiky, kontrola stavu atd.</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>Nastavení &amp;databáze…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Nastavení databáze</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>Klonovat záznam…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Přesunout nahoru</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>Přesunout položku o pozici výše</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Přesunout dolů</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>Přesunout položku o pozici níže</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>Zkopírovat &amp;uživatelské jméno</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>Zkopírovat uživatelské jméno do schránky</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>Zko&amp;pírovat heslo</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>Zkopírovat heslo do schránky</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Na&amp;stavení</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>&amp;Vytváření hesel</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>Provést &amp;automatické vyplnění</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>Stáhnout si ikonu &amp;webu</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>Otevřít &amp;URL adresu</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>&amp;Uzamknout databázi</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>Uz&amp;amknout všechny databáze</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titulek</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>Zkopírovat titulek do schránky</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Zkopírovat &amp;URL adresu</translation>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>Zkopírovat URL adresu do schránky</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Poz&amp;námky</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>Zkopírovat poznámky do schránky</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>&amp;CSV soubor…</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>&amp;HTML soubor…</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>Databáze ve formátu KeePass verze 1…</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>Importovat databázi aplikace KeePass verze 1</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password trezor…</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>Importovat 1Password trezor</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>CSV soubor…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importovat CSV soubor</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>Zobrazit na času založené jednorázové heslo (TOTP)</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>Zobrazit QR kód</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>Nastavit TOTP…</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>Zkopírovat &amp;TOTP</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>Zkopírovat heslo a TOTP</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>&amp;Vysypat koš</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>&amp;Darovat</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>Nahlásit chy&amp;bu</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Začínáme</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>Otevřít příručku Začínáme</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>Náp&amp;ověda na webu</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>Přejít na dokumentaci na webu</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>Otevřít Uživatelskou příručku</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>Uložit zálohu databáze…</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>Přidat klíč do SSH Agenta</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>Odebrat klíč z SSH Agenta</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>Kompaktní režim</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatický</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Světlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>Klasické (nativní pro danou platformu)</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>Zobrazovat lištu nástrojů</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>Zobrazit panel náhledu</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>Vždy nahoře</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>Skrýt uživatelská jména</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>Skrýt hesla</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>Klonovat skupinu</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>&amp;XML soubor…</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>XML soubor…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Vyčistit historii</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Chyba přístupu k souboru s nastaveními %1</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>Pro tuto verzi už nezobrazovat</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>VAROVÁNÍ: Používáte vývojové sestavení KeePassXC.
Je zde vysoké riziko poškození dat, proto udržujte zálohu svých databází.
Tato verze není určena pro produkční použití.</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>UPOZORNĚNÍ: Používáte vývojové sestavení KeePassXC.0
Očekávejte chyby a drobné problémy, tato verze je určena pouze pro účely testování.</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>VAROVÁNÍ: Vámi používaná verze Qt může způsobovat, že při použití klávesnice na obrazovce KeePassXC zhavaruje.
Doporučujeme použít AppImage, které je k dispozici v sekci stahování našich stránek.</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>Bez štítků</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation><numerusform>Obnovit záznam</numerusform><numerusform>Obnovit záznamy</numerusform><numerusform>Obnovit záznamy</numerusform><numerusform>Obnovit záznamy</numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>Zjišťovat dostupnost aktualizací při spouštění?</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>Přejete si, aby KeePassXC zjišťovalo dostupnost aktualizací při svém spouštění?</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>Vždy můžete aktualizace vyhledávat ručně z nabídky aplikace.</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>Zobrazit/skrýt okno</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>Ukončit KeePassXC</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation><numerusform>%1 záznam</numerusform><numerusform>%1 záznamy</numerusform><numerusform>%1 záznamů</numerusform><numerusform>%1 záznam(ů)</numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Pokud chcete pokračovat, připojte váš YubiKey nebo dotkněte se tlačítka na něm…</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>Restartovat aplikaci?</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>Chcete-li toto nastavení použít, musíte restartovat aplikaci. Chcete nyní restartovat?</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation>Povolit snímky obrazovky</translation>
    </message>
    <message>
        <source>Passkeys…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Passkeys</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation>Nastavení databáze</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>Upravit nastavení databáze</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Odemknout databázi</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>Odemknout databázi a zobrazit další informace</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>Uzamknout databázi</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>Odpojit</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>Odpojit tuto aplikaci</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation>Vrátit jakákoli zapamatovaná rozhodnutí pro tuto aplikaci na výchozí hodnoty</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>Vytváření chybějícího %1 [%2]</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>Přemisťování %1 [%2]</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>Přepisování %1 [%2]</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>starší položka sloučena z databáze „%1“</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>Přidávání zálohy pro starší cíl %1 [%2]</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>Přidávání zálohy pro starší zdroj %1 [%2]</translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>Znovu se uplatňují původní zdrojové položky nad novějším zdrojem %1 [%2]</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>Znovu se uplatňují původní zdrojové položky nad novějším cílem %1 [%2]</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>Synchronizace z novějšího zdroje %1 [%2]</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>Synchronizace ze staršího zdroje %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>Mazání podřízeného %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>Mazání osiřelého %1 [%2]</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>Změněny smazané objekty</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>Přidávání chybějící ikony %1</translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>Odebrána uživatelsky určená data %1 [%2]</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>Přidávána uživatelsky určená data %1 [%2]</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>Vytvořit novou KeePassXC databázi…</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>Kořen</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>Stránka průvodce</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Nastavení šifrování</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Zde je možné přizpůsobit nastavení šifrování databáze. Nemějte obavy, kdykoli je možné je později změnit v nastavení databáze.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>Přihlašovací údaje do databáze</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>Sada přihlašovacích údajů, známá pouze vám, sloužící pro ochranu databáze.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>Nastavení šifrování</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Zde je možné přizpůsobit nastavení šifrování databáze. Nemějte obavy, kdykoli je možné je později změnit v nastavení databáze.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>Obecné informace o databázi</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>Vyplňte zobrazovaný název a volitelný popis nové databáze:</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>Správce hesel</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Globální zkratka už je zaregistrována na %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Nedaří se zaregistrovat globální zkratku</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>Neplatné OpData01 – neobsahuje hlavičku</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>Nedaří se číst všech IV bajtů, chtěno 16, ale obdrženo %1</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>Nedaří se inicializovat šifru pro opdata01: %1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>Nedaří se číst všechny bajty HMAC signatury</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>Chybně formulované OpData01 kvůli selhavšímu HMAC</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>Nedaří se zpracovat clearText v jednom kroku</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>Očekáváno %1 bajtů v neformátovaném textu, nalezeno %2</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>Čtení databáze nevytvořilo instanci
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>Je třeba, aby existovala složka .opvault</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>Je třeba, aby složka .opvault byla přístupná pro čtení</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>Je třeba, aby existovala složka .opvault/default</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>Je třeba, aby složka .opvault/default byla přístupná pro čtení</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>Nedaří se dekódovat masterKey: %1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>Nedaří se odvodit hlavní klíč: %1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>Neplatný soubor s klíčem, očekáván OpenSSH klíč</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>Neshoda v PEM hranici</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>Dekódování Base64 se nezdařilo</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>Soubor s klíčem je příliš malý.</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>Neplatný identifikátor magic hlavičky souboru s klíčem</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>Nenalezeny žádné klíče</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>Nepodařilo se načíst veřejnou část klíče.</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>Poškozený soubor s klíčem, čtení soukromé části klíče se nezdařilo</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>Nepodporovaný typ klíče: %1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>Žádná obsažená soukromá část klíče k rozšifrování</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Neznámá šifra: %1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation>AES-256/GCM není v současné době podporován</translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>Pro rozšifrování tohoto klíče je třeba zadat heslovou frázi</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>Funkce pro odvození klíče se nezdařila: %1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>Cifra IV je příliš krátká pro MD5 funkci pro odvození klíče</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>Neznámá funkce pro odvození klíče: %1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>Nepodařilo se zinicializovat šifru: %1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>Rozšifrování se nezdařilo: %1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>Rozšifrování se nezdařilo, chybná heslová fráze?</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>Neočekávaný konec souboru při čtení klíče</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>Nepodporovaná část klíče</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>Neočekávaný konec souboru při čtení veřejné části klíče</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>Neznámý typ klíče: %1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>Neočekávaný konec souboru při čtení soukromé části klíče</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>Není možné zapsat veřejnou část klíče, protože je prázdná</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>Neočekávaný konec souboru při zápisu veřejné části klíče</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>Není možné zapsat soukromou část klíče, protože je prázdná</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>Neočekávaný konec souboru při zápisu soukromé části klíče</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation>Generátor SSH klíče</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentář</translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export the following Passkey entries.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export Selected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Do you want to import the Passkey?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Username: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Use default group (Imported Passkeys)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>Select Database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Open Passkey file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot import Passkey</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Data is missing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation>Zadejte heslo:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Kolonka pro heslo</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Potvrdit heslo:</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>Kolonka pro zopakování zadání hesla</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>Přidat heslo</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Odebrat heslo</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>Heslo nastaveno, kliknutím změníte nebo odeberete</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Heslo je hlavní metodou zabezpečení databáze.&lt;/p&gt;&lt;p&gt;Dobrá hesla jsou dlouhá a nepoužívaná stejná na více místech. KeePassXC ho pro vás může vytvořit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>Zadání hesla se neshodují.</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>Vytvořit heslo</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>odolnost</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>nahodilost</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Vytvořené heslo</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>Znovu vytvořit heslo</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Zkopírovat heslo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Dé&amp;lka:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Délka hesla</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>Přepnout do pokročilého režimu</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>Typy znaků</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Zvláštní znaky</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Uvozovky</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Interpunkční znaménka</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>Pomlčky a lomítka</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>Velká písmena</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Číslice</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>Malá písmena</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>Matematické symboly</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>Rozšířené ASCII</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>Složené závorky</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>Nezahrnovat:</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>Další znaky které použít pro vytvořené heslo</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>Další znaky</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>Přidat nehexadecimální znaky do seznamu „nezahrnovat“</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>Šestnáctková hesla</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>Sada znaků kterou z vytvářených hesel vynechat</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>Vyloučené znaky</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>Také zvolte z:</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>Vynechané znaky: „0“, „1“, „l“, „I“, „O“, „|“, „ . “</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>Vynechat podobně vypadající znaky (předejití záměně)</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>Zajistit přítomnost znaků ze všech zvolených skupin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Heslová fráze</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>Oddělovač slov:</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>Slovník:</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>Počet slov:</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>Počet znaků:</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>Velikost písmen:</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>Smazat označený seznam slov</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>Přidat uživatelsky určený seznam slov</translation>
    </message>
    <message>
        <source>character</source>
        <translation>znak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>Použít heslo</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>Znovu vytvořit heslo (%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>malá písmena</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>VELKÁ PÍSMENA</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Velikost písmen nadpisu</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(SYSTÉMOVÉ)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>Nahodilost: %1 bitů</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>Kvalita hesla: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Velmi slabá</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Slabá</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Dobrá</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Výborná</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>Potvrdit smazání seznamu slov</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>Opravdu chcete seznam slov „%1“ smazat?</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>Nepodařilo se smazat seznam slov</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>Seznamy slov</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Veškeré soubory</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>Vyberte uživatelsky určený seznam slov</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>Přepsat seznam slov?</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>Slovník „%1“ už existuje jako uživatelsky určený.
Chcete ho přepsat?</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>Nepodařilo se přidat seznam slov</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>Logogramy</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>Zvláštní znaky</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>Zadání hesla se neshodují</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>Zadání hesla jsou zatím shodná</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>Zobrazit/skrýt heslo (%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>Vytvořit heslo (%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>Varování: je zapnutý Caps Lock!</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Kvalita: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Velmi slabá</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Slabá</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Dobrá</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Výborná</translation>
    </message>
    <message>
        <source>Toggle password visibilty using Control + H. Open the password generator using Control + G.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation>KeePassXC – vybrat znaky</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>Vyberte znaky, které napsat, pro pohyb použijte šipky na klávesnici, Ctrl+S odešlete.</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>Mezi znaky stisknout &amp;tabulátor</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>Přepsat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Přesunout</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Prázdné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Přeskočit</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Vypnout</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovat</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>Databáze nebyla otevřena</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>Otisk (hash) databáze není k dispozici</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>Neobdržena veřejná část klíče klienta</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>Zprávu se nedaří rozšifrovat</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>Akce zrušena nebo odepřena</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>Zprávu se nepodařilo zašifrovat.</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>Přiřazení KeePassXC se nezdařilo, zkuste to znovu</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>Šifrovací klíč nebyl rozpoznán</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>Nesprávná akce</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>Obdržena prázdná zpráva</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>Nebyla zadána žádná URL adresa</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>Nenalezeny žádné přihlašovací údaje</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>Nenalezeny žádné skupiny</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>Novou skupinu se nedaří vytvořit</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>Nezadáno žádné platné UUID</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Neznámá chyba</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Napojení na webový prohlížeč</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>Selhání zásuvného modulu pro webový prohlížeč</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>Nedaří se uložit soubor se skriptem pro posílání zpráv mezi webovým prohlížečem a desktopovou aplikací (native messaging) pro %1.</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>Uživatelské jméno pro záznam.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>uživatelské jméno</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>URL adresa pro záznam.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL adresa</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>Poznámky pro položku.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>Dotázat se na heslo položky.</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>Vytvořit heslo pro položku.</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>Přidat do databáze novou položku.</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>Popis umístění záznamu, který přidat.</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>Není možné vytvořit a dotázat se na heslo naráz.</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>Nedaří se vytvořit položku v umístění %1.</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>Zadejte heslo pro novou položku:</translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>Zápis do databáze se nezdařil %1.</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>Položka %1 úspěšně přidána.</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>Přidá do databáze novou skupinu.</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>Popis umístění skupiny, kterou přidat.</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>Skupina %1 už existuje!</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>Skupina %1 nenalezena.</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>Úspěšně přidána skupina %1.</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>Zkontrolovat, zda otisky některých z hesel unikly na veřejnost. Je třeba, aby SOUBOR byl popis umístění souboru, obsahujícího výpis SHA-1 otisků uniklých hesel ve formátu HIBP, jak je k dispozici z https://haveibeenpwned.com/Passwords.</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>Popis umístění nástroje okon-cli pro prohledávání formátovaného HIBP souboru</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>Analyzovat hesla a vyhledat slabiny a ostatní problémy.</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>Nepodařilo se najít HIBP soubor: %1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>Vyhodnocování položek databáze pomocí okon</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>Nepodařilo se otevřít HIBP soubor %1: %2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>Vyhodnocování databázových záznamů vůči HIBP souboru – chvíli potrvá…</translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>Otisk z hesla pro „%1“ unikl %2 krát!</numerusform><numerusform>Otisk z hesla pro „%1“ unikl %2 krát!</numerusform><numerusform>Otisk z hesla pro „%1“ unikl %2 krát!</numerusform><numerusform>Otisk z hesla pro „%1“ unikl %2 krát!</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>Otisk z hesla pro „%1“ je znám!</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>Exportovat přílohu položky.</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>Popis umístění položky s cílovou přílohou.</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>Název přílohy kterou exportovat.</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>Popis umístění do kterého má být příloha exportována.</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>Položku se nedaří v umístění %1 nalézt.</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>Nepodařilo se najít přílohu s názvem %1.</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>Nezadán žádný cíl pro export. Buď použijte „--stdout“ nebo zadejte „export-file“.</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>Nepodařilo se otevřít výstupní soubor %1.</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>Úspěšně exportována příloha %1 položky %2 do %3.</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>Přepsat existující přílohy.</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>Importuje přílohu do položky.</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>Popis umístění položky.</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>Název přílohy kterou přidat.</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>Popis umístění přílohy, kterou importovat.</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>Příloha %1 už existuje pro položku %2.</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>Nedaří se otevřít soubor s přílohou %1.</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>Úspěšně naimportována příloha %1 jako %2 do položky %3.</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>Odebrat přílohu položky.</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>Název přílohy kterou odebrat.</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>Úspěšně odebrána příloha %1 z položky %2.</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>Zkopírovat daný atribut do schránky. Pokud není určen, je jako výchozí použito „heslo“.</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>Zkopírovat stávající TOTP do schránky (totožné s &quot;=a totp&quot;).</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>Je třeba, aby se shodovalo pouze s jedním záznamem – jinak je zobrazen seznam možných shod.</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>Zkopírovat atribut záznamu do schránky.</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>Popis umístění záznamu ke zkopírování do schránky.</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>Časový limit, po kterém dojde k vyčištění schránky (výchozí je %1 sekund, pokud nemá být mazáno, nastavte na 0 (nula)).</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>Neplatná hodnota časového limitu %1.</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>Odpovídá vícero položek:</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>Používá se odpovídající položka: %1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>Položka %1 nenalezena.</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>CHYBA: Zadejte buď --attribute nebo --totp, ne obojí.</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>Položka s umístěním %1 nemá nastavené TOTP heslo.</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>CHYBA: atribut %1 není jednoznačný, shoduje se s %2.</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>Atribut „%1“ nenalezen.</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>Atribut „%1“ dané položky zkopírován do schránky!</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>Vyčištění schránky za %1 sekundu…</numerusform><numerusform>Vyčištění schránky za %1 sekundy…</numerusform><numerusform>Vyčištění schránky za %1 sekund…</numerusform><numerusform>Vyčištění schránky za %1 sekundy…</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>Schránka vyčištěna!</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>Zavřít právě otevřenou databázi.</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>Zobrazit tuto nápovědu.</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>Umlčet výzvy na heslo a další druhotné výstupy.</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>Soubor s klíčem k databázi.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>popis umístění</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>Deaktivovat klíč heslo pro databázi.</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>Slot na Yubikey a volitelně sériové číslo sloužící k přístupu do databáze (např., 1:7370001).</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>slot[:serial]</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation>Chybí poziční argument(y)</translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>Zadáno příliš mnoho argumentů.</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>Umístění databáze.</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>Cílový čas rozšifrování (v ms) pro databázi.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>čas</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation>Nastavit k databázi soubor s klíčem.
Tato možnost je překonaná, použijte místo toho --set-key-file.</translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>Nastavit soubor s klíčem pro databázi.</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>Nastavit heslo pro databázi.</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>Vytvořit novou databázi.</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>Neplatný čas rozšifrování %1.</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>Je třeba, aby cílový čas rozšifrování byl z rozmezí %1 až %2.</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>Nepodařilo se nastavit heslo databáze.</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>Načítání souboru s klíčem se nezdařilo</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>Není nastavený žádný klíč. Vytváření databáze se ruší.</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>Testování výkonnosti funkce odvozování klíče pro prodlevu %1ms.</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>Nastavuje se %1 průchodů pro funkci pro odvození klíče.</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>chyba při nastavování odvozování klíče databáze.</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>Soubor %1 už existuje.</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>Databázi se nepodařilo uložit: %1.</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>Nová databáze úspěšně vytvořena.</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation>Zrušit heslo databáze.</translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation>Zrušit soubor s klíčem pro databázi.</translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation>Upravit databázi.</translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation>Není možné použít %1 a %2 najednou.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Nepodařilo se změnit klíč databáze.</translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation>Databáze nebyla upravena.</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Zápis do databáze se nezdařil: %1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation>Databáze úspěšně upravena.</translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation>Není možné odstranit heslo: databáze nemá heslo nastaveno.</translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation>Není možné odstranit soubor s klíčem: databáze nemá soubor s klíčem nastaven.</translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation>Načítání nového souboru s klíčem se nezdařilo: %1</translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation>Z databáze není možné odebrat všechny klíče.</translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>Zobrazit informace o databázi.</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>UUID: </translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>Popis:</translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>Šifra:</translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>KDF: </translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>Koš je zapnutý.</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>Koš není zapnut.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Databáze vytvořena</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Naposledy uloženo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Počet skupin</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Počet položek</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Počet záznamů, kterým skončila platnost</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Hesel, která se neopakují</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Hesel, které se opakují</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Kolikrát nejvýše je možné opakovat použití hesla</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Počet krátkých hesel</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Počet slabých hesel</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Položky vynechané z přehledů</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Průměrná délka hesla</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 znaků</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>Počet slov pro diceware heslovou frázi.</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>počet</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>Slovník pro diceware generátor.
[Výchozí: EFF angličtina]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>Vytvořit náhodnou diceware heslovou frázi.</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>Neplatný počet slov %1</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>Seznam slov je příliš krátký (&lt; 1000 položek)</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>Titulek pro záznam.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titulek</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>Upravit záznam.</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>Popis umístění záznamu, který upravit.</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>Neprovedena změna žádného pole pro položku %1.</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>Zadejte nové heslo pro položku:</translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>Položka %1 úspěšně upravena.</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>Provést pokročilou analýzu hesla.</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>Heslo pro které odhadnout nahodilost.</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>Odhadnout nahodilost hesla.</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Délka %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>Nahodilost %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>Log10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>Víceslovné extra bity %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>Typ: hrubá síla</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>Typ: slovníkový</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>Typ: slovník+nahrazování</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>Typ: uživatelsky zadaná slova</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>Typ: uživatelský+nahrazování</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>Typ: opakování</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>Typ: posloupnost</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>Typ: prostorové</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>Typ: datum</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>Type: hrubá síla (opak.)</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>Type: slovníkový (opak.)</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>Typ: slovník+nahrazování (opak.)</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>Typ: uživatelsky zadaná slova (opak)</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>Typ: uživatelský+nahrazování (opak)</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>Typ: opakování (opak.)</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>Typ: posloupnost (opak)</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>Typ: prostorové (opak.)</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>Type: datum (opak)</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>Typ: neznámé (%1)</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>Nahodilost %1 (%2)</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** Délka hesla (%1) != součtu délky částí (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>Opustit interaktivní režim.</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>Formát který použít pro export. Možnosti jsou „xml“ nebo „csv“. Výchozí je „xml“.</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>Exportuje obsah databáze na standardní výstup v zadaném formátu.</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>Nedaří se exportovat databázi do XML: %1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>Nepodporovaný formát %1</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>Délka vytvářeného hesla</translation>
    </message>
    <message>
        <source>length</source>
        <translation>délka</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>Použít malá písmena</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>Použít velká písmena</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>Použít čísla</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>Použít zvláštní znaky</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation>Použít rozšířené ASCII</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>Vynechat sadu znaků</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>znaky</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>Použít uživatelsky určenou znakovou sadu</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>Vynechat podobně vypadající znaky (předejití záměně)</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>Zahrnout znaky ze všech zvolených skupin</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>Vytvořit nové náhodné heslo.</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>Neplatná délka hesla %1</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>Po uplatnění všech možností není vytváření hesel platné</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>Zobrazit nápovědu k příkazu</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>Příkazy k dispozici:</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>Importovat obsah XML databáze.</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>Popis umístění XML souboru pro export z databáze.</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>Popis umístění nové databáze.</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>Nedaří se importovat XML databázi: %1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>Úspěšně naimportovaná databáze.</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Neznámý příkaz %1</translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation>

Příkazy k dispozici:
</translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation>Název příkazu, který spustit.</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>Zobrazuje ladící informace.</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>Neplatný příkaz %1.</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>Rekurzivně vypsat prvky skupiny.</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>Zploští výstup do jediných řádek.</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>Vypsat položky databáze.</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>Umístění skupiny, kterou vypsat. Výchozí je /</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>Skupinu %1 se nedaří nalézt.</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>Použít stejné přihlašovací údaje pro oba databázové soubory.</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>Soubor s klíčem k databázi, ze které sloučit.</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>Deaktivovat klíč heslo pro databázi, ze které sloučit.</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>Vypsat pouze změny zjištěné operací sloučení.</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>Slož na Yubikey pro druhou databázi.</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>slot</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>Sloučit dvě databáze.</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>Umístění databáze ze které sloučit.</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>Chyba při čtení slučovaného souboru:
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>Nedaří se uložit databázi do souboru: %1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>%1 úspěšně sloučeno do %2.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>Databáze nebyla operací slučování upravena.</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>Přesune záznam do nové skupiny.</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>Popis umístění záznamu, který přesunout.</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>Popis umístění cílové skupiny.</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>Nedaří se nalézt skupinu s popisem umístění %1.</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>Záznam už se nachází ve skupině %1.</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>Záznam %1 úspěšně přesunut do skupiny %2.</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>Otevřít databázi.</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>Popis umístění položky k odebrání.</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>Nedaří se uložit databázi do souboru: %1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>Položka %1 úspěšně přesunuta do Koše.</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>Položka %1 úspěšně smazána.</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>Popis umístění skupiny, kterou odebrat.</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>Z databáze není možné odebrat kořenovou skupinu.</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>Skupina %1 úspěšně zrecyklována.</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>Úspěšně smazána skupina %1.</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>Najděte položky rychle.</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>Hledat pojem.</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>Zobrazit stávající TOTP heslo položky.</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>Zobrazit chráněné atributy v čitelném textu.</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation>Zobrazit všechny atributy záznamu.</translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>Zobrazit přílohy položky.</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>Názvy atributů které zobrazit. Tato předvolba může být zadaná vícekrát, pro každý z atributů zvlášť na řádku v daném pořadí. Pokud nejsou zadány žádné atributy, je zobrazen souhrn výchozích atributů.</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atribut</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>Zobrazit informace o záznamu.</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>Název položky k zobrazení.</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>CHYBA: neznámý atribut %1.</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>Není přítomna žádná položka.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Přílohy:</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>Nepodařilo se otevřít soubor s databází %1: nenalezen</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>Nepodařilo se otevřít soubor s databází %1: nejedná se o holý soubor</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>Nepodařilo se otevřít soubor s databází %1: není přístupný pro čtení</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>Zadejte heslo pro odemčení %1:</translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>Nepodařilo se načíst soubor s klíčem %1: %2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>VAROVÁNÍ: Používáte starý formát souboru s klíčem, který může KeePassXC
přestat v budoucnu podporovat.

Zvažte prosím vytvoření nového souboru s klíčem.</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>Neplatný slot na YubiKey %1</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>Neplatné sériové číslo %1 YubiKey</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation>Pokud chcete pokračovat, připojte váš YubiKey nebo dotkněte se tlačítka na něm.</translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>Zadejte heslo pro zašifrování databáze (volitelné):</translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>Opravdu chcete vytvořit databáze s nevyplněným heslem? [a/N]: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>Zopakujte heslo:</translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>Chyba: Zadáná hesla se neshodují.</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>Nebyl určen program pro manipulaci se schránkou</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>Všechny programy pro ořezání selhaly. Vyzkoušeno %1</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>Vytváření souboru s klíčem %1 se nezdařilo: %2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>Načítání souboru s klíčem %1 se nezdařilo: %2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>HIBP soubor, řádek %1: chyba zpracovávání</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>Aby bylo možné použít okon, je třeba poskytnout poté zpracovaný soubor (např. soubor.okon)</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>Nepodařilo se spustit okon proces: %1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>Chyba: proces okon nedokončen</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>Nepodařilo se načíst okon zpracovanou databázi: %1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>Velmi slabé heslo</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>Nahodilost hesla je %1 bitů</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>Slabé heslo</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>Použito v %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>Heslo je použito %1 krát</numerusform><numerusform>Heslo je použito %1 krát</numerusform><numerusform>Heslo je použito %1 krát</numerusform><numerusform>Heslo je použito %1 krát</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>Platnost hesla skončila</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>Konec platnosti hesla byl %1</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>Platnost hesla skončí %1</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>Platnost hesla bude končit</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>Platnost hesla skončí za %1 den</numerusform><numerusform>Platnost hesla skončí za %1 dny</numerusform><numerusform>Platnost hesla skončí za %1 dní</numerusform><numerusform>Platnost hesla skončí za %1 den/dní</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>Platnost hesla brzy skončí</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Verze %1
</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>Typ sestavení: %1
</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revize: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Distribuce: %1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>Ladící režim je vypnutý.</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>Ladící režim je zapnutý.</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>Operační systém: %1
Architektura procesoru: %2
Jádro systému: %3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Automatické vyplňování</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH agent</translation>
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
        <translation>Rychlé odemykání</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>Zapnout napojení na Secret Service</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádné</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>Zapnutá rozšíření:</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>přes %1 rok</numerusform><numerusform>přes %1 roky</numerusform><numerusform>přes %1 let</numerusform><numerusform>přes %1 roky/let</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>přibližně %1 měsíc</numerusform><numerusform>přibližně %1 měsíce</numerusform><numerusform>přibližně %1 měsíců</numerusform><numerusform>přibližně %1 měsíce/ů</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation><numerusform>%1 týden</numerusform><numerusform>%1 týdny</numerusform><numerusform>%n týdnů</numerusform><numerusform>%1 týdny</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation><numerusform>%1 den</numerusform><numerusform>%1 dny</numerusform><numerusform>%1 dnů</numerusform><numerusform>%1 dny</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation><numerusform>%1 hodina</numerusform><numerusform>%1 hodiny</numerusform><numerusform>%1 hodin</numerusform><numerusform>%1 hodiny</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 minuta</numerusform><numerusform>%1 minuty</numerusform><numerusform>%1 minut</numerusform><numerusform>%1 minuty</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation>Je třeba, aby knihovna botan byla alespoň ve verzi  %1, byla nalezena verze %2.%3.%4</translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>Kryptografické knihovny:</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES (%1 průchodů)</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1 (%2 průchody, %3 KB)</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>SymmetricCipher::init: Neplatný režim šifry.</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>SymmetricCipher::init: Neplatná IV velikost %1 pro %2.</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>Šifra neinicializována před použitím.</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>Není možné zpracovat údaje s nulovou délkou.</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>neznámý spustitelný soubor (DBus adresa %1)</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1 (neplatný popis umístění spustitelného souboru)</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>NULL zařízení</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>Chyba při čtení ze zařízení</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>soubor je prázdný</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>špatně formovaný řetězec</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>chybějící uzavírací uvozovka</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1: (řádek, sloupec) %2,%3</translation>
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
        <translation>ChaCha20 256-bit</translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation>Argon2d (KDBX 4 – doporučeno)</translation>
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
        <translation>Existující uzamykací soubor, zajišťující spuštění pouze jedné instance, není platný. Spouští se nová instance.</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>Soubor se zámkem se nepodařilo vytvořit. Režim jediné instance proto vypnut.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>Vyčištění schránky za %1 sekundu...</numerusform><numerusform>Vyčištění schránky za %1 sekundy...</numerusform><numerusform>Vyčištění schránky za %1 sekund...</numerusform><numerusform>Vyčištění schránky za %1 sekund(u/y)…</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikona</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Okamžik poslední úpravy</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>Prodleva záložky %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation><numerusform>%1 ms</numerusform><numerusform>%1 ms</numerusform><numerusform>%1 ms</numerusform><numerusform>%1 ms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation><numerusform>%1 s</numerusform><numerusform>%1 s</numerusform><numerusform>%1 s</numerusform><numerusform>%1 s</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation>Opravdu chcete nenávratně smazat záznam „%1“?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>Opravdu chcete %n položku nevratně smazat?</numerusform><numerusform>Opravdu chcete %n položky nevratně smazat?</numerusform><numerusform>Opravdu chcete %n položek nevratně smazat?</numerusform><numerusform>Opravdu chcete %n položek nevratně smazat?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>Smazat položku?</numerusform><numerusform>Smazat položky?</numerusform><numerusform>Smazat položky?</numerusform><numerusform>Smazat položky?</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>Opravdu přesunout záznam „%1“ do Koše?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>Opravdu chcete přesunout %n záznam do Koše?</numerusform><numerusform>Opravdu chcete přesunout %n záznamy do Koše?</numerusform><numerusform>Opravdu chcete přesunout %n záznamů do Koše?</numerusform><numerusform>Opravdu chcete přesunout %n záznam(y) do Koše?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>Přesunout záznam do Koše?</numerusform><numerusform>Přesunout záznamy do Koše?</numerusform><numerusform>Přesunout záznamy do Koše?</numerusform><numerusform>Přesunout záznamy do Koše?</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>Nahradit odkazy na položku?</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>Záznam &quot;%1&quot; má %2 odkaz. Chcete odkaz přepsat, přeskočit záznam, nebo smazat i tak?</numerusform><numerusform>Záznam &quot;%1&quot; má %2 odkazy. Chcete odkazy přepsat, přeskočit záznam, nebo smazat i tak?</numerusform><numerusform>Záznam &quot;%1&quot; má %2 odkazů. Chcete odkazy přepsat, přeskočit záznam, nebo smazat i tak?</numerusform><numerusform>Záznam &quot;%1&quot; má %2 odkaz(y). Chcete odkaz(y) přepsat, přeskočit záznam, nebo smazat i tak?</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>Statistiky prohlížeče</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Kontrola stavu</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiky</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>Nepodporovaná verze souboru s klíčem: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>Kontrolní součet se neshoduje! Soubor s klíčem může být poškozený.</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>Neočekávaná data v souboru s klíčem! Soubor s klíčem může být poškozený.</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC – aplikace pro správu hesel, fungující na vícero operačních systémech</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>soubory s databázemi hesel k otevření (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>umístění vlastního souboru s nastaveními</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>umístění vlastního lokálního souboru s nastaveními</translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>uzamknout veškeré otevřené databáze</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>soubor s klíčem k databázi</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>načíst heslo k databázi ze standardního vstupu</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>Uzamčené databáze.</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>Databázi se nepodařilo uzamknout.</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>Již je spuštěná jiná instance KeePassXC.</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation>KeePassXC není spuštěn. Není k dispozici otevřená databáze k uzamčení</translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>Při zkoušení šifrovacích funkcí byl zjištěn fatální nedostatek.</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC – chyba</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Heslo databáze:</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>Neplatná nastavení</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>Neplatný klíč</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation>Nepodařilo se vytvořit Windows Hello přihlašovací údaje</translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation>Nepodařilo se podepsat výzvu prostřednictvím Windows Hello.</translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation>Varování: Nepodařilo se zablokovat snímky obrazovky na nejvrchnějším okně.</translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation>Neplatná šifra</translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation>Neplatná funkce pro odvození klíče</translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation>Nepodařilo se inicializovat KeePassXC kryptografii</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>Nepodařilo se zašifrovat data klíče.</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>Nepodařilo se získat Windows Hello přihlašovací údaje.</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>Nepodařilo se rozšifrovat data klíče.</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation>Během komprimace se vyskytla vnitřní chyba v knihovně zlib:</translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>Došlo k chybě při zápisu na zařízení, na kterém se nachází:</translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>Došlo k chybě při otevírání zařízení, na kterém se nachází:</translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>Došlo k chybě při čtení dat ze zařízení, na kterém se nachází:</translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>Během rozbalování se vyskytla vnitřní chyba v knihovně zlib:</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>Použitý formát gzip komprese není podporován verzí knihovny zlib, která je právě používána na tomto systému.</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>Vnitřní chyba v knihovně zlib:</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>Položky upravíte dvojklikem na ně.</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Seznam URL adres položky</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation>V položce nejsou zadané žádné URL adresy</translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>Umožněné URL adresy</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation>Položka neobsahuje žádná nastavení ohledně napojení na prohlížeč</translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>Odepřené URL adresy</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Vyloučeno)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Tato položka je vynechána z přehledů</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation>Čekejte, probíhá výpočet statistik o prohlížeči…</translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Popis umístění</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL adresy</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Upravit položku…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Smazat záznam…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Vynechat z přehledů</translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation>Najeďte ukazatelem myši a zobrazí se další podrobnosti. Položky upravíte dvojklikem.</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>Špatné</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>Špatné — heslo je nutné změnit</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Velmi slabá</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>Slabé — heslo by se mělo změnit</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Slabá</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>Slabé — zvažte změnu hesla</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Vyloučeno)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Tato položka je vynechána z přehledů</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>Čekejte, probíhá výpočet pro kontrolu stavu…</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>Gratulujeme – vše je v pořádku!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Popis umístění</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Hodnocení</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Upravit záznam…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Smazat záznam…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Vynechat z přehledů</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation>VÝSTRAHA: Toto hlášení vyžaduje odeslání informací online službě Have I Been Pwned (https://haveibeenpwned.com). Pokud budete pokračovat, z hesel ve vaší databázi budou vytvořeny kryptografické otisky a prvních pět znaků těchto otisků bude zabezpečeně odesláno na tuto službu. Vaše databáze zůstává bezpečná a z takovéto informace ji není možné rekonstruovat. Nicméně počet hesel, které odešlete a IP adresa bude této službě exponována.</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>Provézt analýzu online</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>Také zobrazit položky, které byly vynechány z přehledů</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>Toto sestavení KeePassXC nemá k dispozici síťové funkce. Těch je zapotřebí pro kontrolu vašich hesel vůči databázi Have I Been Pwned.</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>Gratulujeme, žádná uniklá hesla!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Popis umístění</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>Heslo exponováno…</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Vyloučeno)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Tato položka je vynechána z přehledů</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>jednou</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>až 10 krát</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>až 100 krát</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>až 1000 krát</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>až 10 000 krát</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>až 100 000 krát</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>až milionkrát</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>milionkrát</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Upravit záznam…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Smazat záznam…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Vynechat z přehledů</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Seznam URL adres položky</translation>
    </message>
    <message>
        <source>Please wait, list of entries with Passkeys is being updated…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No entries with Passkeys.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Popis umístění</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL adresy</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Upravit záznam…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Smazat záznam…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform><numerusform>Smazat záznamy…</numerusform></translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation>Další informace získáte najetím kurzoru nad řádky s ikonou chyb.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>Čekejte, probíhá výpočet statistik o databázi…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Název databáze</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Databáze vytvořena</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Naposledy uloženo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation>Databáze byla změněna, ale změny doposud nebyly uloženy na disk.</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Počet skupin</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Počet položek</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Počet záznamů, kterým skončila platnost</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>Databáze obsahuje záznamy, kterým skončila platnost.</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Hesel, která se neopakují</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Hesel, které se opakují</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>Více než 10% hesel je použito na více místech. Pokud je to jen trochu možné, používejte pro různé účely různá hesla.</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Kolikrát nejvýše je možné opakovat použití hesla</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>Některá hesla jsou použita více než třikrát. Pokud možno používejte pro každou věc jiné heslo.</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Počet krátkých hesel</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>Doporučené minimum délky hesla je alespoň 8 znaků.</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Počet slabých hesel</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>Doporučovat používání dlouhých, náhodných hesel s hodnocením „dobré“ nebo „excelentní“.</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Položky vynechané z přehledů</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>Položky jsou vynechány z hlášení, např. protože se o nich ví, že mají slabá hesla není nezbytně problém, ale měli byste si je ohlídat.</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Průměrná délka hesla</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 znaků</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>Průměrná délka hesla je kratší, než deset znaků. Delší hesla poskytují vyšší zabezpečení.</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>Připojení k agentovi se nezdařilo.</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>Chyba protokolu agenta.</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>Není spuštěný žádný agent, identitu nelze přidat.</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>Konflikt vlastnictví identity klíče. Přidání odmítnuto.</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>Agent tuto identitu odmítl. Mezi možné důvody patří:</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>Klíč už byl přidán.</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>Omezená životnost není podporována agentem (zkontrolujte volby).</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>Požadavek na potvrzení není podporován agentem (zkontrolujte volby).</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>Klíče zabezpečení nejsou podporovány agentem nebo není poskytovatel klíčů zabezpečení k dispozici.</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>Není spuštěný žádný agent, identitu není možné odebrat.</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>Není spuštěný žádný agent, není proto možné vypsat identity</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>Nápověda ke hledání</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>Pojmy hledejte následovně: [modifikátory][kolonka:][&quot;]pojem[&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>Je třeba shody v každém hledaném termínu (tj, logické A)</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modifikátory</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>vynechat pojem z výsledků</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>hledat přesnou shodu s pojmem</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>použít v pojmu regulární výraz</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kolonky</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>Zástupné znaky pojmu</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>shoda s čímkoli</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>shoda s jedním</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>logické NEBO</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Příklady</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>Nápověda ke hledání</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Uložit hledání</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>Hledat (%1)…</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Rozlišovat malá/velká písmena</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>Omezit hledání na označenou skupinu</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>Identif. procesu</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>Adresa na DBus</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Spravovat</translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Spravovat</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>Zapnout napojení KeepassXC na Freedesktop Secret Service </translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>Když jsou hesla použita klienty, zobrazit upozornění</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Pokud zapnuto, jakýkoli pokus o čtení hesla je třeba potvrdit. V opačném případě, když je databáze odemčená, klienti mohou hesla číst bez potvrzování.&lt;/p&gt;&lt;p&gt;Tato volba pokrývá pouze přístup heslu záznamu. Klienti vždy mohou vyčíslit položky vystavené databáze a dotazovat se na jejich atributy.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>Potvrzovat když mají být hesla použita klienty</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;Toto nastavení nepřebije
           vypnutí výzev ohledně koše&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>Potvrzovat, když si klienti vyžádají smazání položky</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>Před zahájením hledání se dotázat na odemknutí databáze</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>Vystavené skupiny databáze:</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Pověření</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>Tyto aplikace jsou aktuálně připojené:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Varování:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>Aby byl zásuvný modul aktivován a zapnuto upravování této sekce, uložte stávající změny.</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>Umožnit KeeShare importy</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>Umožnit import</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>Umožnit KeeShare exporty</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>Umožnit export</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>Zobrazovat pouze varování a chyby</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>Vlastní certifikát</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Podepsal(a):</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>Vytvořit nový certifikát</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Tvoř</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Otisk:</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>Kolonka pro jméno podepisujícího</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisk</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>Nedaří se zapsat do exportního kontejneru.</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>Import úspěšný</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>Import z %1 se nezdařil (%2)</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>Import z %1 úspěšný (%2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importováno z %1</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>Popis umístění zdroje pro vícero importů do %1 v %2</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>Kolidující popis umístění %1 cíle exportu v %2</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>Export do %1 se nezdařil (%2)</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>Export do %1 úspěšný (%2)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exportovat do %1</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation>Vyčistit hledání</translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation>Všechny záznamy</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Platnost skončila</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>Slabá hesla</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>Odebrat hledání</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Smazat štítek</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>Potvrdit odebrání štítku</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>Smazat štítek &quot;%1&quot; ze všech záznamů v databázi?</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>Časované heslo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>Platnost končí za &lt;b&gt;%n&lt;/b&gt; sekundu</numerusform><numerusform>Platnost končí za %n sekundy</numerusform><numerusform>Platnost končí za %n sekund</numerusform><numerusform>Platnost končí za %n sekundy</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>POZN.: Tato TOTP nastavení jsou uživatelsky určená a nemusí fungovat s ostatními nástroji pro ověřování se.</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>Došlo k chybě při vytváření QR kódu.</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>Zavření za %1 sekund.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>Nastavit na času založené jednorázové heslo (TOTP)</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>Tajný klíč:</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>Je třeba, aby tajný klíč byl ve formátu Base32</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>Kolonka pro tajný klíč</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>Výchozí nastavení (norma RFC 6238)</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Nastavení pro Steam®</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>Uživatelsky určená nastavení:</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>Uživatelsky určená nastavení</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmus:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Časový krok:</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>Kolonka pro časový krok</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation>sek.</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>Velikost kódu:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation>číslice</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>Neplatné TOTP tajemství</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>Zadali jste neplatný tajný klíč. Je třeba, aby byl ve formátu Base32.
Příklad: JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>Potvrdit odebrání nastavení pro TOTP heslo</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>Opravdu chcete smazat nastavení pro TOTP heslo u tohoto záznamu?</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>Neplatné URL</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>Zjišťování aktualizací</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Zjišťování aktualizací…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>Aktualizace software</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>Při pokusu o získání informací o aktualizaci došlo k chybě – zkuste to znovu později.</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;Je k dispozici nová verze.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 je možné si &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;stáhnout zde&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>Používáte nejnovější vydanou verzi KeePassXC</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>Začněte uchovávat svá hesla bezpečně v KeePassXC databázi</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>Vytvořit novou databázi</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>Otevřít existující databázi</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>Importovat z KeePass 1</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>Importovat z 1Password</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importovat z CSV</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Nedávno otevřené databáze</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>Otevřít nedávno otevřenou databázi</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>Vítejte v KeePassXC %1</translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Neplatný kód klíče</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Globální zkratka už je zaregistrována na %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Nedaří se zaregistrovat globální zkratku</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 žádné rozhraní, slot %2</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>Obecné: </translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>Nepodařilo se nalézt rozhraní pro hardwarový klíč se sériovým číslem %1. Připojte ho, aby bylo možné pokračovat.</translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Znovu načíst hardwarová bezpečnostní zařízení</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Načíst znovu</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Výběr slotu v hardwarovém klíči</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>Nedaří se nalézt žádné hardwarové klíče!</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>Zvolený slot hardwarového klíče nepodporuje výzvu-odpověď!</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>Výzva–odpověď</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>Přidat výzva–odpověď</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>Změnit výzvu-odpověď</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>Odebrat výzvu-odpověď</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>Výzva-odpověď nastavena, kliknutím změníte či odeberete</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pokud vlastníte zařízení &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; nebo &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, můžete ho použít jako další úroveň zabezpečení.&lt;/p&gt;&lt;p&gt;Klíč vyžaduje, aby jeden z jeho slotů byl naprogramován jako &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 výzva-odpověď&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Zjišťování hardwarových klíčů…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Nenalezeny žádné hardwarové klíče</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>zadán neplatný %1 slot – %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PSCS) %1 [%2] Výzva-odpověď – Slot %3</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>PSCS rozhraní YubiKey nebylo inicializováno.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>Hardwarový klíč je nyní využíván něčím jiným.</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>Nepodařilo se nalézt nebo přistoupit k hardwarovému klíči se sériovým číslem %1. Připojte ho, aby bylo možné pokračovat.</translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>Hardwarový klíč je uzamčen nebo byl překročen časový limit. Odemkněte ho nebo připojte, aby bylo možné pokračovat.</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>Hardwarový klíč nebyl nalezen nebo není nastavený.</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>Nepodařilo se dokončit výzvu-odpověď – PCSC chyba byla: %1</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation>Neznámý</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Configured Slot - %3</source>
        <translation>(USB) %1 [%2] Nastavených slotů – %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] Výzva-odpověď – Slot %3 – %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>Stisknout</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>Pasivní</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>USB rozhraní YubiKey nebylo inicializováno.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>Hardwarový klíč je nyní využíván něčím jiným.</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>Nepodařilo se nalézt hardwarový klíč se sériovým číslem %1. Připojte ho, aby bylo možné pokračovat.</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>Překročen časový limit pro zahájení interakce uživatele s hardwarovým klíčem.</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>Při přistupování k hardwarovému klíči došlo k chybě na USB sběrnici: %1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>Nepodařilo se dokončit výzvu-odpověď – konkrétní chyba byla: %1</translation>
    </message>
</context>
</TS>