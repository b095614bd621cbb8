<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AVForm</name>
    <message>
        <source>Default resolution</source>
        <translation>Výchozí rozlišení</translation>
    </message>
    <message>
        <source>Audio/Video</source>
        <translation>Audio/Video</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Zakázáno</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Zvolit oblast</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Obrazovka %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Nastavení zvuku</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Zesílení</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Přehrát výstup na</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Nahrát vstup z</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Hlasitost</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Nastavení videa</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Video zařízení</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Zvolte požadované rozlišení obrazu (kamery).
S vyšší hodnotou rozlišení je přenášen kvalitnější obraz, avšak
se zvyšující se kvalitou rostou také nároky na internetové připojení.
Pokud Vaše připojení není dostatečné pro přenosy ve vysoké kvalitě,
může dojít během video hovoru k výpadkům či jiným problémům.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozlišení</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Znovu načíst zařízení</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Testovací Zvuk</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Kvalita zvuku</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Vysoká (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Střední (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Nízká (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Velmi nízká (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Citlivost</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Pomocí posuvníku nastavte hlasitost reproduktorů.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Kvalita přenášeného zvuku. Snižte tuto hodnotu pokud vaše šířka pásma není dostatečně velká nebo pokud chcete snížit využití šířky pásma.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Zvolte požadované rozlišení obrazu (kamery).
S vyšší hodnotou rozlišení je přenášen kvalitnější obraz, avšak
se zvyšující se kvalitou rostou také nároky na internetové připojení.
Pokud Vaše připojení není dostatečné pro přenosy ve vysoké kvalitě,
může dojít během video hovoru k výpadkům či jiným problémům.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Při změně úrovně hlasitosti přehraje testovací zvuk.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Pomocí posuvníku nastavte zesílení vstupního zařízení v rozmezí od %1dB do %2dB.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Pomocí posuvníku nastavte hlasitost aktivace vstupního zařízení.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>O aplikaci</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Původní autor: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Používáte qTox verzi %1.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Commit hash: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore verze: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt verze: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>Seznam všech známých problémů naleznete na Githubu, na stránce %1. Pokud zjistíte chybu v aplikaci qTox nebo odhalíte zranitelnost v zabezpečení, nahlaste ji prosím dle průvodce pro %2.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Klikněte zde pro nahlášení chyby.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Úplný seznam %1 najdete na Github</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>sledování chyb</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>psaní chybových hlášení</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>přispěvatelů</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Dialogové okno</translation>
    </message>
    <message>
        <source>username</source>
        <translation>uživatelské jméno</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>zpráva o stavu</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Používané přezdívky:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>HISTORIE PŘEZDÍVEK</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Pokud je povoleno, budou automaticky přijímány soubory od tohoto kontaktu</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Výchozí adresář pro ukládání souborů:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ručně</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Audio + Video</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Pokud je povoleno, budou automaticky přijímány pozvání ke skupinovým konverzacím od tohoto kontaktu.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Odstranit historii (operaci nelze vrátit zpět!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Vstupní pole pro poznámky o kontaktu</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Historie odstraněna</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Toto je veřejný klíč vašeho přítele, použijte jej k ověření své identity prostřednictvím jiného kanálu. Tuto zprávu nemůžete poslat jiným lidem, aby mohli tento kontakt přidat.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Veřejný klíč (nikoli ToxID):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potvrzení</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Opravdu chcete odstranit %1 historii chatu?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Historie chatu s %1 se nepodařilo odstranit!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Přijmout soubory automaticky</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>Automatické přijetí souboru je zakázáno</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Přijmout hovory:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Přijímat pozvánky do skupinových konverzací automaticky</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Sem můžete přidat poznámky k tomuto kontaktu.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Zvolte složku pro ukládání přijatých souborů</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoři</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Známé problémy</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Otevřete odkaz ke stažení aktualizace</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Aktualizace je k dispozici</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox je aktuální ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>Aktuálně je spuštěna netestovaná/nestabilní verze qToxu</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Kontakt se nepodařilo přidat</translation>
    </message>
    <message>
        <source>Add Friends</source>
        <translation>Přidat kontakty</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Odeslat žádost na schválení</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Neplatný formát Tox ID</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Přidat kontakt</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Žádosti o přidání</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Přijmout</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odmítnout</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Zadejte Tox ID protistrany</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Zpráva s žádostí o přidání</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Zadejte zprávu, kterou chcete odeslat s žádostí o přidání kontaktu, nebo nechte prázdné pro odeslání výchozí zprávy</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Nelze přidat sám sebe mezi kontakty!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Otevřít seznam kontaktů</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Soubor se nepodařilo otevřít</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Nepodařilo se otevřít soubor s kontakty</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Neplatný soubor</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>V souboru nebyly nalezeny žádné kontakty pro import!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>ToxID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Poslat žádost o přidání mezi kontakty</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>Jsem %1 ! Přidáš si mne do kontaktů a Zatoxujeme si ?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Importovat seznam kontaktů, jedno Tox ID na řádek</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>Připraven k importu %n kontakt, potvrďte kliknutím na Odeslat</numerusform>
            <numerusform>Připraveno k importu %n kontaktů, potvrďte kliknutím na Odeslat</numerusform>
            <numerusform>Kontakty připravené k importu. Jejich počet: %n . Potvrďte kliknutím na Odeslat</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importovat kontakty</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox ID, 76 hexadecimálních znaků</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 toto Tox ID není platné</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 hexadecimálních znaků</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>really</source>
        <translation>skutečně</translation>
    </message>
    <message>
        <source>not</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>DŮLEŽITÉ</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Návrat k výchozímu nastavení</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Všechna nastavení budou obnovena na výchozí hodnoty. Jste si jisti?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Protokoly (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>Pokud si nejste 1% jisti tím, co jednotlivá nastavení ovlivňují, pak tu %2 neměňte! Změny provedené zde mohou vést k problémům s aplikací qTox a dokonce ke ztrátě vašich dat (např. historie konverzací). %3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>Provedené změny se projeví až po restartu aplikace qTox.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Uložit soubor</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Uložit nastavení do pracovní složky místo výchozího umístění</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Udělat Tox přenosný (portable verze)</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Návrat k výchozímu nastavení</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Přenositelnost</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>Povolit IPv6 (doporučeno)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>Povolit UDP (doporučeno)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Typ proxy:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádný</translation>
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
        <translation>Ladění</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Export protokolu ladění</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Kopírovat protokol ladění</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Povolit vyhledávání LAN</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Síťová nastavení</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Zakázání této funkce umožní použití některých služeb, např. Tox over Tor, ale zároveň zvýší zátěž sítě Tox, proto ji nezakazujte není-li to nezbytné.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Tox URI pro zpracování</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Spustit novou instanci a nahrát profil.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Spustí novou instanci a otevře přihlašovací obrazovku.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Nastavuje IPv6 &lt;povoleno&gt;/&lt;zakázáno&gt;. Výchozí je POVOLENO.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>povoleno/zakázáno</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Nastavuje UDP &lt;povoleno&gt;/&lt;zakázáno&gt;. Výchozí je POVOLENO.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>Nastavuje vyhledávání v Místní síti (LAN discovery) &lt;povoleno&gt;/&lt;zakázáno&gt;. Přepíše UDP zakázáno. Výchozí je POVOLENO.</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>Nastavení proxy serveru. Výchozí je NONE (žádný).</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Chyba</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Nepodařilo se automaticky načíst profil.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Odeslat soubor</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox nemohl otevřít %1</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Nepodařilo se otevřít dočasný soubor</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translation>Nepodařilo se uložit snímek obrazovky</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Délka hovoru: </translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Nelze otevřít</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Špatný nápad</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Pokoušíte se odeslat sekvenční soubor, který nebude fungovat!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>Název souboru obsahuje nepovolené znaky</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Nepovolené znaky byly nahrazeny podtržítkem (_),
takže můžete soubor uložit i v systému Windows.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Nelze spustit audio volání</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Zahajte audio hovor</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Ukončit audio hovor</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Zrušit audio hovor</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Přijmout audio hovor</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Nelze zahájit videohovor</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Zahajte videohovor</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Ukončit video hovor</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Zrušit video hovor</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Přijmout video hovor</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>Zvuk lze vypnout pouze během hovoru</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Zrušit ztlumení hovoru</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Ztlumit hovor</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>Mikrofon lze ztlumit pouze během hovoru</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Zapnout mikrofón</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Vypnout mikrofon</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Zde napište svou zprávu...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation type="unfinished">probíhá</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation type="unfinished">%1 píše</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Kopírovat</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished">Vybrat vše</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Přejmenovat kruh</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Odstranit kruh</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Otevřít vše v novém okně</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>nabídnout přátelství, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Skupinová konverzace %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Neplatné Tox ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>Musíte napsat svou zprávu spolu s požadavkem</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>Vaše zpráva je příliš dlouhá!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Kontakt je již v seznamu</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Všechna rozšíření jsou podporována</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Žádné rozšíření není podporováno</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Ne všechna rozšíření jsou podporována</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Vícedílné zprávy: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>Rámec</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translation>10Mb</translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translation>0kb/s</translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translation>ETA:10:10</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Jméno souboru</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Čekáme na odeslání...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Potvrďte pro přijetí souboru</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Nelze zapsat do cíle</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Nemáte povolení pro zápis do cíle. Vyberte prosím jiný nebo zruště přenos souboru.</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Navazuji...</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Zrušit přenos</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Pozastavit přenos</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Navázat přenos</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Přijmout přenos</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Uložit soubor</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Otevřít soubor</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Otevřít adresář souboru</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Pozastaveno vzdáleně</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Stažené</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Odeslané</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Přenesené soubory</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tento měsíc</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikdy</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>Starší než 6 měsíců</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Pozvat do skupiny</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Přesunout do kruhu...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Do nového kruhu</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Odstranit z kruhu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>Nastavit jméno...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Automaticky přijímat soubory od tohoto kontaktu</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Vyberte sloužku pro automatický příjem</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nová zpráva</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Přítomen</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Pryč</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zaneprázdněn</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nepřítomen</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Otevřít konverzaci v novém okně</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Odstranit konverzaci z tohoto okna</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Do nové skupiny</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>Pozvat do skupiny &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Zobrazit podrobnosti</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>Přesunout do kruhu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Odebrat kontakt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokováno</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Vyjednávání</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Vyberte sloužku pro automatický příjem</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Obecné nastavení</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>Překlad se nemusí nahrát správně dokud nedojde k restartu qTox.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox se spustí minimalizovaný v liště.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Spustit v systémové liště</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Zobrazovat ikonu v systémové liště</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Zavřít do systémové lišty</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Povolit světlou ikonu v liště.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Světlá ikona v systémové liště</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Minimalizovat do systémové lišty</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Váš status se při neaktivitě změní na Pryč po uplynutí nastaveného času.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Automaticky pryč po (0 pro zakázání):</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Nastavte 0 pro zakázání</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Automaticky spustit</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Umístění kam ukládat soubory.</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Automaticky přijímat soubory</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Upozornění při změně stavu kontaktů</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>Spustit qTox při startu operačního systému (aktuální profil).</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Výchozí adresář pro ukládání souborů:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Kontrola aktualizací</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Kontrola pravopisu</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Maximální velikost souboru pro automatický příjem (0 pro deaktivaci):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>Po stisknutí tlačítka minimalizovat (_) bude qTox k dispozici v systémové liště,
nikoli na hlavním panelu s aplikacemi.</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>Po stisknutí tlačítka zavřít (X) bude qTox k dispozici v systémové liště,
nedojde k jeho úplnému ukončení.</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>Toto můžete nastavit na jednoho přítele kliknutím pravým tlačítkem na jednotlivé přátele.</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Save chat log</source>
        <translation>Uložit záznam z chatu</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Odeslat zprávu</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Emotikony</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Odeslané soubory</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Odeslat snímek obrazovky</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Vyčistit zobrazené zprávy</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Citovat vybraný text</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Kopírovat adresu odkazu</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potvrzení</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Prohledat text</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Přejít na aktuální datum</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Načíst historii konverzace...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Export do souboru</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Opravdu chcete vymazat všechny zobrazené zprávy?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n uživatel v chatu</numerusform>
            <numerusform>%n uživatelé v chatu</numerusform>
            <numerusform>počet uživatelů v chatu je: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>ztlumit</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>nahlas</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Vytvořit novou skupinu</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Seznam pozvánek do skupin</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>Pozvání od %1 na %2 v %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Připojit se</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Odmítnout</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation>Nastavit jméno...</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Opustit skupinu</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Otevřít konverzaci v novém okně</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Odstranit konverzaci z tohoto okna</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n uživatel v chatu</numerusform>
            <numerusform>%n uživatelé v chatu</numerusform>
            <numerusform>uživatelů v chatu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nová zpráva</translation>
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
        <translation>Veřejné informace</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>ToxID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Vaše Tox ID (kliknutím zkopírujete)</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Následující QR kód obsahuje Vaše Tox ID. Můžete ho také sdílet s Vašimi kontakty.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Uložit obrázek</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kopírovat obrázek</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Přejmenovat profil.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Přejmenovat</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Smazat profil.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Umožňuje exportovat váš Tox profil do souboru.
Při exportu nebude nahrána vaše historie.</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Návrat na přihlašovací obrazovku</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Odhlásit</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Odstranit heslo</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Odstranit heslo a šifrování z profilu uživatele.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Zadejte jméno</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Jméno viditelné pro kontakty</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Nastavení vašeho statusu</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Váš status viditelný pro kontakty</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Vaše Tox ID</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>Uložit QR kód jako obrázek</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>Zkopírovat QR kód do schránky</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Přejmenovat profil.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Smazat profil.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Eportovat profil</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Odstranit heslo z profilu</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Změnit heslo profilu</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Moje jméno:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Můj status:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Můj profil</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>Toto ID umožňuje ostatním uživatelům Toxu, aby si Vás přidali mezi své kontakty.
Zašlete ho svým přátelům a navažte kontakt.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Načíst historii</translation>
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
        <translation>Uživatelské jméno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Potvrdit:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Síla hesla: %p%</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Pokud profl nemá přiřezené heslo qTox může přeskočit přihlašovací obrazovku</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nový profil</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Nelze vytvořit nový profil</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>Uživatelské jméno nemůže být prázdné.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>Heslo musí být alespoň 6 znaků dlouhé.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Profil s tímto jménem už existuje.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Nelze nahrát tento profil</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Profil už je používán.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Špatné heslo.</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Vytvořit Profil</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Automatické načtení</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Načíst</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Načíst Profil</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Heslem chráněné profily nelze načíst automaticky.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Nelze načíst profil</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Není vybrán žádný profil.

Možná budete chtít vytvořit.</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Pole pro zadání uživatelského jména</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Pole pro zadání hesla, můžete jej nechat prázdné (bez hesla) nebo zadejte alespoň 6 znaků</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Pole pro potvrzení hesla</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Tlačítko Vytvořit nový profil</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Seznam profilů</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Seznam profilů</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Zadání hesla</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Zaškrtávací políčko Načíst automaticky</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importovat profil</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Tlačítko Načíst vybraný profil</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Stránka pro vytvoření nového profilu</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Stránka Načíst existující profil</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>Hesla se neschodují.
Ujistěte se, že zadáváte stejné heslo dvakrát.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Váš status</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Přidat kontakty</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Vytvořit skupinovou konverzaci</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Zobrazit dokončené přenosy souborů</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>Změnit vaše nastavení</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Otevřít profil</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Po kliknutí otevřete stránku profilu</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Zadání statusu</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Nastavte svůj status, který se zobrazí ostatním</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Nastavení statusu dostupnosti</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Vyhledávání kontaktů</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Vyhledávat v mých kontaktech</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Třídění a viditelnost</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Nastavit třídění a viditelnost kontaktů</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Otevřete stránku Přidat kontakty</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Skupinový chat</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Otevřít stránku nastavení skupiny</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Historie přenosu souborů</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Otevřít historii přenosu souborů</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Otevřít Nastavení</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation type="unfinished">Spustitelný soubor</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation type="unfinished">Požadujete aby qTox spustil soubor Spustitelné soubory mohou být rizikem pro váš počítač. Jste si jistý, že chcete tento soubor spustit?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox video přenos</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Celá obrazovka</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Přepnout náhled videa</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Ztišit zvuk</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Vypnout mikrofon</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Ukončit video hovor</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Ukončit režim celé obrazovky</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>Skrýt zprávy</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Zobrazit zprávy</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Minimalizovat</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Přenést vše do popředí</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Opustit režim celé obrazovky</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Přepnout na celou obrazovku</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Nepřečtená zpráva</numerusform>
            <numerusform>Nepřečtených zpráv</numerusform>
            <numerusform>Nepřečtené zprávy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Nová zpráva</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Nová skupinová zpráva</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Příchozí přenos souboru</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - přenos souboru</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Přijata pozvánka do skupinové konverzace</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 Vás zve do skupinové konverzace.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Nová žádost o přidání</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>Přijata žádost o přidání od %1</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>CAPS-LOCK ZAPNUTÝ</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Soukromí</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potvrzení</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Chcete trvale odstranit celou historii konverzace?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Vaše kontakty uvidí, že píšete.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Odesílat upozornění o psaní</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Uchovávání historie zpráv je stále vyvíjeno.
Je zde riziko změn v ukládání a možná ztráta dat.</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Uchovávat historii zpráv</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam je součástí vašeho Tox ID.
Pokud jste obtěžováni žádostmi o přidání, měli byste si změnit vaše NoSpam.
Lidé si Vás nebudou moci přidat s vaším starým Tox ID, ale budete moci komunikovat se současnými kontakty.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>No Spam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam je částí vašeho Tox ID, kterou lze libovolně měnit.
Pokud jste obtěžováni žádostmi o přidání, měli byste si změnit vaše NoSpam.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Generovat náhodné NoSpam</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Soukromí</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Černá listina</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Filtrujte skupinové zprávy podle veřejných klíčů členů skupiny. Sem vložte veřejné klíče, jeden na řádek.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Nepodařilo se odvodit klíč z hesla, profil nové heslo nepoužije.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>Toxuji na qToxe</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Heslo databáze se nepodařilo změnit, může být poškozeno nebo bylo použito staré heslo.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translation>Změnit profilový obrázek</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Nelze otevřít tento soubor.</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Nelze načíst tento obrázek.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>Obrázek je příliš velký.
Prosím použijte jiný.</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>Přejmenovat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Nelze přejmenovat profil na &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Nelze zapsat do cílového souboru</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Opravdu chcete odstranit profil?</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>Uložit QR kód (*.png)</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nic k vymazání</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Váš profil neobsahuje heslo!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Prosím zadejte nové heslo.</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation>Aktuální profil: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Soubory nemohou být odstraněny!</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Nastavit heslo profilu</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Aktuální umístění profilu: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Nepodařilo se změnit heslo</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Prázdná cesta není k dispozici</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Nelze přejmenovat</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>Profil již existuje</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Profil jménem &quot;%1&quot; již existuje.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Prázdné jméno</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Nezadali jste jméno</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Prázdná cesta</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Eportovat profil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox soubor (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Následující soubory nelze odstranit:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Odstraňte je ručne.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Obrázky (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Nemáte oprávnění k zápisu do tohoto umístění. Zvolte jiné umístění nebo zavřete dialogové okno.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Soubor se nepodařilo uložit</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>Zvolený soubor nelze uložit.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Nelze zadat prázdnou cestu.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Heslo databáze se nepodařilo změnit, může být poškozeno nebo bylo použito staré heslo.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Uživatelská jména Tox nesmí být delší než %1 znaků.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Smazat profil</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Odebrat heslo</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Opravdu chcete odstranit své heslo?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>Toto ID umožňuje ostatním uživatelům Toxu, aby si Vás přidali mezi své kontakty.
Zašlete ho svým přátelům a navažte kontakt.

ID zahrnuje kód NoSpam (modře) a kontrolní součet (šedě).</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Importovat profil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox soubor (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Ignorovat soubory které nejsou Tox</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Upozornění: Vybrali jste soubor, který není Tox; bude ignorován.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>Profil již existuje</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>Profil jménem &quot;%1&quot; již existuje. Chcete ho vymazat?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>Soubor neexistuje</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>Profil neexistuje</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Profil přidán</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox byl úspěšně přidán</translation>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>z leva do prava</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Kontakt se nezdařilo přidat</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Nelze přidat sám sebe mezi kontakty!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 toto není platná Tox adresa.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>Jsem %1 ! Napíšeš mi ?</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Výchozí</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Modrá</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Olivová</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Červená</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Fialový</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Příchozí hovor...</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox nemohl otevřít vaše protokoly chatu, budou deaktivovány.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Žádné</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Plocha</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Tmavomodrý</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Tmavě olivová</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Tmavočervená</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Tmavě fialová</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>pryč</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>zaneprázdněn</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>offline</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>blokovaný</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Přeformátování textu…</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>%1 zpráva(y) ze %2 vláken</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>%1 zpráva(y) od uživatele %2</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>vyjednávání</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation type="unfinished">Nepodařilo se poslat soubor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation type="unfinished">%1 se připojil ke skupině</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation type="unfinished">%1 opustil skupinu</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished">%1je nyní známý jako %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation type="unfinished">%1 nastavil název konverzace na %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished">Vyčištěno</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation type="unfinished">Hovor s %1 byl neočekávaně ukončen. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation type="unfinished">Hovor s %1 skončil. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation type="unfinished">%1 je nově %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished">Volání %1</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation type="unfinished">%1 volá</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation type="unfinished">Nepodařilo se odeslat zprávu</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Pozastaveno</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation type="unfinished">Pozastaveno vzdáleně</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Odebrat kontakt</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation type="unfinished">Odstranit celou historii chatu u vybraného kontaktu</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation type="unfinished">Také odstranit historii chatu</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation type="unfinished">Opravdu chcete odebrat %1 ze seznamu kontaktů?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Odstranit</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Klikněte a táhněte pro vybrání oblasti. Ztlačte %1 pro skrytí/zobrazení okna qTox, nebo %2 pro zrušení.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Mezerník</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Ztlačte %1 pro odeslání vybrané oblasti, %2 pro skrytí/zobrazení okna qTox, nebo %3 pro zrušení.</translation>
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
        <translation>Text nebyl nalezen.</translation>
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
        <translation>Rámec</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Zahájit vyhledávání:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>od konce</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>od začátku</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>po datu</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>před datem</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Rozeznává velká a malá písmena</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Pouze celá slova</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Používejte regulární výrazy</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation type="unfinished">Vyberte datum</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Nastavení hesla</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Hesla si neodpovídají.</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Potvrdit:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Síla hesla: %p%</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Potvrďte heslo</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Potvrďte zadání hesla</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Zadání hesla</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Pole pro zadání hesla, minimálně 6 znaků</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Délka hesla je příliš krátká.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>Kruh #%1</translation>
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
        <translation>Přidat kontakt</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Přejete si přidat %1 mezi kontakty?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Uživatelské ID:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Požadavek na přidání:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Uživatelské rozhraní</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Základní písmo:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Velikost: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Nový styl textu se nemusí načíst do restartu qTox.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Styl textu:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Zvolte preferovaný styl textu.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Prostý text</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Zobrazovat formátování znaků</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Nezobrazovat formátování znaků</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nová zpráva</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Otevřít okno qTox když obdržíte novou zprávu a žádné okno ještě není otevřené.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Otevřít okno</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Seznam kontaktů</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Zobrazit skupinové konverzace na začátku seznamu</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Váš seznam kontaktů bude zobrazen v kompaktním režimu.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Udělat seznam kontaktů kompaktní</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Režim více oken</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Otevřít každou konverzaci v individuálním okně</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Emotikony</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Používat emotikony</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Velikost emotikon:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Styl:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Barva tématu:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Formát času:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Formát data:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Místo prázdných avatarů použijte identicon</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Zobrazit oznámení, když obdržíte novou zprávu a okno není vybráno.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Oznámit</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Skupinové chatování upozorní pouze tehdy, když je uvedeno</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Přehrát zvuk</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Přehrát zvuk když Zaneprázdněn</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Upozorňovat prostřednictvím oznámení na ploše</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Skrýt odesílatele a obsah zprávy</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>Barevně rozlišit jména ve skupinovém chatu</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>Pokud je povoleno, budete upozorněni na zprávy ve skupinových konverzacích.</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>Při zaškrtnutí budou skupinové chaty umístěny na začátek seznamu kontaktů, jinak budou umístěny až pod online kontakty.</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>Pokud je povoleno, každý kontakt bez avatara bude mít vygenerovanou ikonu na základě svého Tox ID namísto výchozího obrázku. Změna se projeví po restartu aplikace.</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>Sada emotikon:</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upravit</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Filtrovat...</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Přidat nový kruh...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Podle jména</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Podle aktivity</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Přítomný</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nepřítomný</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Hledat kontakty</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Přítomný</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Pryč</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Zaneprázdněn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Skupinová konverzace #%1</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Vytvořit novou skupinu...</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Odhlásit se</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Přidat kontakty</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Pozvánky do skupin</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Přenosy souborů</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Můj profil</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>Nepodařilo se spustit Toxcore, po potvrzení této zprávy bude aplikace ukončena.</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>Vaše nastavení proxy serveru způsobilo selhání Toxcore. qTox nemůže být spustěn; prosím upravte nastavení a restartujte program.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>Nelze odeslat žádost o přidání kontaktu</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n nová žádost o přidání</numerusform>
            <numerusform>%n nové žádosti o přidání</numerusform>
            <numerusform>%n nových žádostí o přidání</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n nová pozvánka do skupinové konverzace</numerusform>
            <numerusform>%n nové pozvánky do skupinové konverzace</numerusform>
            <numerusform>%n nových pozvánek do skupinové konverzace</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Změnit status</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Upravit profil</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Odhlásit se</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Přidat kontakt...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Další konverzace</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Předchozí konverzace</translation>
    </message>
</context>
</TS>
