<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>Audio/Wideo</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>Domyślna rozdzielczość</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Wybierz region</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Ekran %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Ustawienia audio</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Głośniej</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Urządzenie wyjściowe</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Urządzenie wejściowe</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Ustawienia wideo</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Urządzenie wideo</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Ustaw rozdzielczość swojej kamery.
Im większa wartość, tym lepszą jakość obrazu uzyskają twoi znajomi.
Do lepszej jakości obrazu potrzebne jest jednak lepsze połączenie z internetem.
Czasem twoje połączenie może nie być wystarczająco dobre do uzyskania lepszej jakości obrazu,
co może powodować problemy z rozmowami wideo.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozdzielczość</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Skanuj ponownie urządzenia</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Dźwięk testowy</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Jakość dźwięku</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Wysoka (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Średnia (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Niska (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Bardzo niska (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Próg</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Ustaw głośność za pomocą suwaka.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Jakość nadawanego audio. Ustaw niższą wartość&#xa0;jeśli twoje połączenie z internetem nie jest wystarczająco dobre lub jeśli chcesz ograniczyć transmisję danych.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Ustaw rozdzielczość swojej kamery.
Im większa wartość, tym lepszą jakość obrazu uzyskają twoi znajomi.
Lepsza jakość obrazu wymaga dobrego połączenia z internetem.
Czasem twoje połączenie może nie być wystarczająco dobre,
co może powodować problemy z rozmowami wideo.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Odtwarzaj dźwięk testowy, zmieniając głośność dźwięku wyjściowego.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Ustaw głośność swojego mikrofonu w przedziale od %1dB do %2dB za pomocą suwaka.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Ustaw próg aktywacji twojego mikrofonu za pomocą suwaka.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>O programie</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Oryginalny autor: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Używasz wersję qToxa %1.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Commit hash: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>Wersja toxcore: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Wersja Qt: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Listę znanych problemów możesz znaleźć na naszym %1 na GitHubie. Jeśli odkryjesz błąd lub lukę bezpieczeństwa w qToxie, proszę zgłoś to według naszego artykułu %2.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Kliknij tutaj by zgłosić błąd.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Zobacz pełną listę %1 na Githubie</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>bug-tracker</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>Zgłaszanie użytecznych raportów o błędach</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>współtwórcy</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Okno dialogowe</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>komunikat o stanie</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Użyte aliasy:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>HISTORIA ALIASÓW</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Jeśli zaznaczone, automatycznie odbieraj pliki</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Domyślny katalog do zapisu plików:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Audio + Wideo</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Automatycznie akceptuj zaproszenia do czatu grupowego od tego kontaktu.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Usuń historię (operacji nie można cofnąć!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Pole na notatki o kontakcie</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Historia usunięta</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; To jest klucz publiczny twojego znajomego, użyj go do zweryfikowania jego tożsamości innym sposobem komunikacji. Nie możesz wysłać tego innym osobom dla dodania kontaktu. &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Klucz publiczny (nie ToxID):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Czy na pewno chcesz usunąć historię czatu z %1?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Nie udało się usunąć historii czatu z %1!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Automatycznie akceptuj pliki</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>Automatyczne akceptowanie jest wyłączone dla tego kontaktu</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Automatyczne odbieranie połączeń:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Automatycznie akceptuj zaproszenia do grup</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Tutaj możesz dodać komentarz do kontaktu.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Wybierz folder dla automatycznie przyjętych plików</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autorzy</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Znane problemy</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Otwórz link do pobrania aktualizacji</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Dostępna jest aktualizacja</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox jest aktualny ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>Używasz niestabilnej wersji qTox</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>Dodaj znajomych</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Wyślij zaproszenie do znajomego</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Nie udało się dodać znajomego</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Nieprawidłowy format Tox ID</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Dodaj znajomych</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Zaproś znajomych</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Zaakceptuj</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Wpisz Tox ID znajomego</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Wiadomość w zapytaniu do znajomych</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Napisz coś, lub zostaw puste by wysłać domyślną wiadomość w zapytaniu</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Nie możesz dodać siebie jako przyjaciela!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Otwórz listę kontaktów</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Nie można otworzyć pliku</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Nie można otworzyć pliku z kontaktami</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Nieprawidłowy plik</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Nie mogliśmy znaleźć żadnych kontaktów do zaimportowania w tym pliku!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Wyślij zaproszenia</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>Tutaj %1. Toxniesz do mnie?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Zaimportuj listę kontaktów - jedno Tox ID na każdą linię</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>Gotowy do zaimportowania %n kontaktu, kliknij &quot;Wyślij&quot; aby potwierdzić</numerusform>
            <numerusform>Gotowy do zaimportowania %n kontaktów, kliknij &quot;Wyślij&quot; aby potwierdzić</numerusform>
            <numerusform>Gotowe do zaimportowania %n kontaktów, kliknij &quot;Wyślij&quot; aby potwierdzić</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Zaimportuj kontakty</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox ID, 76 znaków szesnastkowych</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox ID jest nieprawidłowe</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 znaków szesnastkowych</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>really</source>
        <translation>naprawdę</translation>
    </message>
    <message>
        <source>not</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>WAŻNE</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Reset ustawień</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Wrzystkie ustawienia zostaną zresetowane do domyślnych. Czy jesteś pewien?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Logi (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>Dopóki %1 nie wiesz co robisz, proszę niczego tutaj %2 zmieniać. Wprowadzone zmiany mogą prowadzić do problemów z qTox, a nawet do utraty Twoich danych np. historii.%3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>Zmiany zostaną zastosowane dopiero po zrestartowaniu qTox.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Zapisz plik</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Zamiast domyślnego katalogu użyj obecnego do zapisania ustawień</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Zrób Tox przenośnym</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Reset do domyślnych ustawień</translation>
    </message>
    <message>
        <source>Portable</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Przenośny</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>Używaj IPv6 (zalecane)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>Używaj UDP (zalecane)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Typ proxy:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
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
        <translation>Eksportuj debug log</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Kopiuj debug log</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Włącz wykrywanie w sieci LAN</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Ustawienia połączenia</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Wyłączenie tej opcji umożliwia np. używanie Tox przez sieć Tor. Zwiększa to jednak obciążenie sieci Tox, więc odznacz to pole tylko wtedy, gdy jest to konieczne.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Adres URI Tox do sprawdzenia</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Uruchamia nową instancję i ładuje wybrany profil.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Otwiera nowe okno z ekranem logowania.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Ustawia IPv6 &lt;włączone&gt;/&lt;wyłączone&gt;. Domyślnie jest WŁĄCZONE.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>włącz/wyłącz</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Ustawia UDP &lt;włączone&gt;/&lt;wyłączone&gt;. Domyślnie jest WŁĄCZONE.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>Ustawia wykrywanie w sieci LAN &lt;włączone&gt;/&lt;wyłączone&gt;. Wyłączenie UDP nadpisuje. Domyślnie jest WŁĄCZONE.</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>Określa ustawienia serwera proxy. Wartość domyślna to BRAK.</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/BRAK):(ADRES):(PORT)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>NIe udało się automatycznie załadować profilu.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Wyślij plik</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox nie był w stanie otworzyć %1</translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Nie można otworzyć tego pliku</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Zły pomysł</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Nie udało się otworzyć tymczasowego pliku</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>qTox nie był w stanie zapisać screenshota</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Czas trwania rozmowy: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Próbujesz wysłać plik sekwencyjny, co nie zadziała!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>Nazwa pliku zawiera niedozwolone znaki</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Niedozwolone znaki zostały zmienione na _ 
więc możesz zapisać ten plik na systemie Windows.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Nie można nawiązać połączenia audio</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Rozpocznij rozmowę audio</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Zakończ rozmowę audio</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Anuluj rozmowę audio</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Zaakceptuj rozmowę audio</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Nie można rozpocząć połączenia wideo</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Rozpocznij rozmowę wideo</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Zakończ rozmowę wideo</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Anuluj rozmowę wideo</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Zaakceptuj rozmowę wideo</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>Dźwięk może zostać wyłączony tylko podczas połączenia</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Wyłącz wyciszenie rozmowy</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Wycisz rozmowę</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>Mikrofon może zostać wyciszony tylko podczas połączenia</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Wyłącz wyciszenie mikrofonu</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Wycisz mikrofon</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Napisz swoją wiadomość tutaj...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation>oczekujące</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 pisze</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Skopiuj</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Zmień nazwę kręgu</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Usuń krąg</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Otwórz wszystkie w nowym oknie</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me oferuje znajomość, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Czat grupowy %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Niepoprawny Tox ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>Musisz dołączyć wiadomość do swojej prośby</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>Twoja wiadomość jest zbyt długa!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Znajomy jest już dodany</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Wszystkie rozszerzenia są wspierane</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Brak wspieranych rozszerzeń</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Nie wszystkie rozszerzenia są wspierane</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Wiadomości Wieloczęściowe: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>Od</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Czekanie na odbiór...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Zaakceptuj by odebrać ten plik</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Nie można zapisać w lokacji</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Nie masz uprawnienia by zapisać w tej lokacji. Wybierz inną lub anuluj zapis.</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Wznawianie...</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Anuluj transfer</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Wstrzymaj transfer</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Otwórz katalog z plikiem</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Wznów transfer</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Zaakceptuj transfer</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Zapisz plik</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Zdalny dostęp wstrzymany</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Pobrane</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Przesłane pliki</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>Starsze niż 6 miesięcy</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Set alias...</source>
        <translation>Ustaw alias...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Odbieraj pliki automatycznie</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Nieobecna/y</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęta/y</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Zaproś do grupy</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Otwórz rozmowę w nowym oknie</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Usuń rozmowę z tego okna</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Przenieś do kręgu...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Do nowego kręgu</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Usuń z &apos;%1&apos; kręgu</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Wybierz domyślną ścieżkę dla plików</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Do nowej grupy</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>Zaproś do grupy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>Przenieś do kręgu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Usuń znajomego</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negocjowanie</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>Główne</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Wybierz domyślną ścieżkę dla plików</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Główne ustawienia</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>Zmiana języka może wymagać restartu aplikacji.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Użyj jasnej ikony w trayu.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Uruchamiaj w trayu</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox będzię się uruchamiał zminimalizowany w trayu.</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Zamykaj do traya</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Minimalizuj do traya</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Ustaw gdzie pliki będą zapisywane.</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Automatycznie nieobecny/a po (0 by wyłączyć):</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Pokazuj zmiany statusów</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>Uruchom qTox wraz ze startem systemu (obecny profil).</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Ustaw na 0 by wyłączyć</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Twój status zmieni się na nieobecny/a po ustawionym okresie braku aktywności.</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Pokaż ikonę w trayu</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Jasna ikona</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Automatycznie akceptuj pliki</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Domyślny katalog do zapisu plików:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Sprawdź aktualizacje</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Sprawdzanie pisowni</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Maksymalny rozmiar automatycznie akceptowanego pliku (0, żeby wyłączyć):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>Po naciśnięciu zminimalizuj (_) qTox zostanie zminimalizowany do traya,
zamiast do systemowego paska zadań.</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>Po naciśnięciu zamknij (X) qTox zostanie zamknięty do traya,
zamiast zostać całkowicie zamknięty.</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>Możesz ustawić to dla każdego znajomego, klikając na niego prawym przyciskiem myszy.</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation>Dodaj wiadomość na czacie, gdy użytkownik dołącza do grupy lub ją opuszcza</translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Uśmiechy</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Wyślij plik(i)</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translatorcomment>could &quot;zrzut ekranu&quot; be better?</translatorcomment>
        <translation>Wyślij screenshot</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>Zapisz historię rozmowy</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Wyczyść wyświetlane wiadomości</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Cytuj wybrany tekst</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Kopiuj adres odsyłacza</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Szukaj w tekście</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Przejdź do bieżącej daty</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Wczytaj historię rozmów...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Eksportuj do pliku</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Czy na pewno chcesz wyczyścić wszystkie wyświetlone wiadomości?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n użytkownik na czacie</numerusform>
            <numerusform>%n użytkowników na czacie</numerusform>
            <numerusform>%n użytkowników na czacie</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>wycisz</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>wyłącz wyciszenie</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Utwórz nową grupę</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Zaproszenia do grup</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>Zaproszony przez %1 na %2 przy %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Odmów</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translatorcomment>better translation? (I have considered translating this as &apos;tytuł&apos;, but it doesn&apos;t look well along with other things IMHO)</translatorcomment>
        <translation>Zmień nazwę...</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Otwórz rozmowę w nowym oknie</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Usuń rozmowę z tego okna</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Opuść grupę</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n użytkownik na czacie</numerusform>
            <numerusform>%n użytkowników na czacie</numerusform>
            <numerusform>%n użytkowników na czacie</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nowa Wiadomość</translation>
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
        <translation>Informacje publiczne</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Twój Tox ID (kliknij by skopiować)</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Ten kod QR zawiera twój Tox ID. Możesz podzielić się tym ze swoimi znajomymi.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Zapisz obraz</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kopiuj obraz</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Zmień nazwę profilu.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Usuń profil.</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Wróć do strony logowania</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Usuń hasło</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Pozwala na wyeksportowanie twojego profilu Tox do pliku.
Profil nie zawiera twojej historii.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Usuń swoje hasło i szyfrowanie z profilu.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Pole imienia</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Nazwa widoczna dla kontaktów</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Wprowadzanie statusu wiadomości</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Komunikat o stanie widoczny dla kontaktów</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Twój Tox ID</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>Zapisz obraz QR jako plik</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>Kopiuj obraz QR do schowka</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Zmień nazwę profilu.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Usuń profil.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Eksportuj profil</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Usuń hasło z profilu</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Moje imię:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Mój status:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mój profil</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>To ID umożliwia innym użytkownikom Tox dodanie Cię oraz skontaktowanie się z Tobą.
Podziel się nim ze swoimi znajomymi, aby zacząć rozmawiać.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Okno dialogowe wczytywania historii</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation>Wczytaj historię z:</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Siła hasła: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Utwórz Profil</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Załaduj automatycznie</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Załaduj</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Załaduj Profil</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Jeśli profil nie ma hasła, qTox może pominąć okno logowania</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Nie udało się utworzyć profilu</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>Nazwa użytkownika nie może być pusta.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>Hasło musi mieć przynajmniej 6 znaków.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Profil z tą nazwą już istnieje.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Nie udało się wczytać tego profilu</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Ten profil jest już w użyciu.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Złe hasło.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Profil chroniony hasłem nie może być automatycznie załadowany.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Nie udało się załadować profilu</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Nie wybrano profilu.

Możesz otworzyć nowy.</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Pole nazwy użytkownika</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Pole wpisu hasła, możesz zostawić puste (brak hasła), lub wpisać przynajmniej 6 znaków</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Pole potwierdzenia hasła</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Przycisk utworzenia nowego profilu</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Lista profili</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Lista profili</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Pole hasła</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Załaduj automatycznie pole wyboru</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importuj profil</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Przycisk do załadowania wybranego profilu</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Strona tworzenia nowego profilu</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Strona ładowania istniejącego profilu</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>Wprowadzone przez CIebie hasła są różne.
Pamiętaj, aby dwukrotnie wprowadzić to samo hasło.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Dodaj znajomych</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Utwórz czat grupowy</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Zobacz zakończone transfery plików</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translatorcomment>translated as &quot;change settings&quot;;  seems to be simpler this way</translatorcomment>
        <translation>Zmień ustawienia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twój nick</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Twój status</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Otwórz profil</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Otwórz stronę profilu po kliknięciu</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Wprowadzanie statusu wiadomości</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Ustaw swój status, który będzie pokazany innym</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Ustaw status dostępności</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Wyszukiwanie kontaktu</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Wpisuj dane do wyszukiwania dla znanych znajomych</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Sortowanie i widoczność</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Ustaw sortowanie znajomych i widoczność</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Otwórz stronę Dodaj znajomych</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Czat grupowy</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Otwórz stronę menadżera czatu grupowego</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Historia transferów plików</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Otwórz historię transferów plików</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Otwórz ustawienia</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>Plik wykonywalny</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>Poproszono qTox o otwarcie pliku wykonywalnego. Pliki wykonywalne mogą potencjalnie uszkodzić Twój komputer. Czy na pewno chcesz otworzyć ten plik?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox wideo</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Pełny Ekran</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Przełącz podgląd wideo</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Wycisz dźwięk</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Wycisz mikrofon</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Zakończ połączenie wideo</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Wyjdź z trybu pełnoekranowego</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>Ukryj wiadomości</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Pokaż wiadomości</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Minimalizuj</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Pokaż na pierwszym planie</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Opuść pełny ekran</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Pełny ekran</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Nieprzeczytana wiadomość</numerusform>
            <numerusform>Nieprzeczytane wiadomości</numerusform>
            <numerusform>Nieprzeczytanych wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Nowa wiadomość grupowa</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Przychodzący transfer plików</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - transfer plików</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Otrzymano zaproszenie do grupy</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 zaprasza Cię do dołączenia do grupy.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Otrzymano zaproszenie do znajomych</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>Otrzymano prośbę o dodanie do znajomych od %1</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>CAPS LOCK WŁĄCZONY</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Czy chcesz permamentnie usunąć całą historię rozmów?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Twoi znajomi będą w stanie zobaczyć kiedy do nich piszesz.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Pokazuj gdy tekst jest pisany</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Zachowaj historię rozmów</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>NoSpam jest częścią twojego Tox ID.
Jeśli otrzymuje się spam w postaci zapytania o dodanie do znajomych, powinno się zmienić NoSpam.
Znajomi nie będą w stanie dodać cię używając starego ID, ale zachowasz obecnych znajomych.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translatorcomment>or perhaps should be translated?</translatorcomment>
        <translation>Bez Spamu</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>NoSpam jest częścią twojego ID, która może zostać zmieniona w razie potrzeby.
Jeśli otrzymujesz spam w postaci zapytań o dodanie do znajomych, zmień NoSpam.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Wygeneruj losowy NoSpam</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Zachowywanie historii rozmów jest wciąż rozwijane.
Możliwe są zmianay formatu zapisu, co może skutkować utratą danych.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Czarna lista</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Filtruj wiadomości grupowe według kluczy publicznych należących do członków grupy. Umieść tutaj klucze publiczne, po jednym w każdym wierszu.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Nie można uzyskać klucza z hasła, profil nie użyje nowego hasła.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>Toxuję na qTox</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>NIe udało się zmienić hasła do bazy danych, może być uszkodzona lub użyto poprzedniego hasła.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Wybierz obrazek profilu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>Zmień nazwę &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Nie można otworzyć tego pliku.</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation>Obecny profil: </translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Nie można odczytać tego obrazka.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Dany obrazek jest za duży.
Proszę, użyj innego obrazka.</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Nie udało się zmienić nazwy profilu na &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Nie można zapisać w lokacji</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nic do usunięcia</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Twój profil nie ma hasła!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Proszę, podaj nowe hasło.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Czy masz pewność, iż chcesz usunąć ten profil?</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translatorcomment>shouldn&amp;t that be something like &quot;kod QR save&amp;a&quot; or something?</translatorcomment>
        <translation>Zapisz QrCode (*.png)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Pliki nie zostały usunięte!</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Ustaw hasło profilu</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Obecna lokalizacja profilu: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Nie można zmienić hasła</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Pusta ścieżka jest niedostępna</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Nie udało się zmienić nazwy</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>Profil już istnieje</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Profil o nazwie &quot;%1&quot; już istnieje.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Pusta nazwa</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Pusta nazwa jest niedostępna</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Pusta ścieżka</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Eksportuj profil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Plik zapisu Toxa (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Następujące pliki nie mogły zostać usunięte:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Proszę usunąć je ręcznie.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Obrazy (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Nie masz uprawnień do zapisu w tej lokalizacji. Wybierz inną lub zamknij okno dialogowe zapisywania.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Nie udało się zapisać pliku</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>Wybrany przez Ciebie plik nie mógł zostać zapisany.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Pusta ścieżka jest niedostępna.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>NIe udało się zmienić hasła do bazy danych, może być uszkodzona lub użyto poprzedniego hasła.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Nazwa użytkownika Tox nie może przekraczać %1 znaków.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Usuń hasło</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Czy na pewno chcesz usunąć swoje hasło?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>To ID umożliwia innym użytkownikom Tox dodanie Cię oraz skontaktowanie się z Tobą.
Podziel się nim ze swoimi znajomymi, aby zacząć rozmawiać.

To ID zawiera kod NoSpam (w kolorze niebieskim) oraz sumę kontrolną (w kolorze szarym).</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Importuj profil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Plik zapisu Tox (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Zignorowano niepoprawny plik profilu</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Ostrzeżenie: Wybrano plik, który nie jest plikiem Tox; zignorowano.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>Profil już istnieje</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>Profil pod nazwą &quot;%1&quot; już istnieje. Czy chcesz go usunąć?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>Plik nie istnieje</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>Profil nie istnieje</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Zaimportowano profil</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox został pomyślnie zaimportowany</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Nie udało się dodać znajomego</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Nie możesz dodać siebie jako znajomego!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 nie jest prawidłowym adresem Tox.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Niebieski</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Oliwkowy</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Czerwony</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Fioletowy</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Rozmowa przychodząca...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>Tutaj %1. Toxnij ze mną?</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox nie był w stanie otworzyć Twojej historii, zostanie ona wyłączona.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Ciemnoniebieski</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Ciemnooliwkowy</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Ciemnoczerwony</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Ciemnofioletowy</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>nieobecna/y</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>zajęta/y</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>offline</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Przeformatowywanie tekstu...</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>%1 wiadomość(i) z %2 rozmów</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>%1 wiadomość(i) od %2</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>negocjowanie</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>Nie udało się wysłać pliku &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation>Użytkownik %1 dołączył do grupy</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>Użytkownik %1 opuścił grupę</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>Użytkownik %1 zmienił nazwę na %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 zmienił(a) nazwę grupy na %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Wyczyszczono</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>Połączenie z %1 niespodziewanie się zakończyło. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>Rozmowa z %1 została zakończona. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 jest teraz %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Dzwonienie do %1</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 dzwoni</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>Nie udało się wysłać wiadomości</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Inicjowanie</translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation>Transmitowanie</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Zerwane</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation>Dostęp zdalny wstrzymany</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>Nazwa Pliku</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Prędkość</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation>Dołączono do grupy</translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation>Opuszczono grupę</translation>
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
        <translation>Usuń znajomego</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>Jeśli zaznaczone, usuń całą historię rozmów ze znajomym</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>Usuń też historię czatu</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>Czy na pewno chcesz usunąć %1 z twojej listy kontaktów?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Kliknij i przeciągnij aby wybrać obszar. Wciśnij %1 by ukryć/pokazać okno qToxa, lub %2 by anulować.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>spację</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Wciśnij %1 by wysłać screenshot zaznaczonego obszaru, %2 by ukryć/pokazać okno qToxa, lub %3 by anulować.</translation>
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
        <translation>Nie można odnaleźć tekstu.</translation>
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
        <translation>Od</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Rozpocznij wyszukiwanie:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>od końca</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>od początku</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>po dacie</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>przed datą</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Wielkość liter ma znaczenie</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Tylko całe wyrazy</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Użyj wyrażeń regularnych</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation>Okno Dialogowe Wyboru Daty</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>Wybierz datę</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Ustaw swoje hasło</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Hasła nie pasuje.</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Siła hasła: %p%</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Potwierdź hasło</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Pole potwierdzenia hasła</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Pole hasła</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Pole wprowadzania hasła, długie na minimum 6 znaków</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Hasło jest zbyt krótkie.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>Krąg #%1</translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation>Nie udało się wczytać ustawień osobistych</translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation>Nie udało się zaktualizować ustawień z wersji %1 do wersji %2. Nie można uruchomić qTox.</translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation>Nie udało się załadować ustawień globalnych</translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>Dodaj znajomych</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Czy chcesz dodać %1 do znajomych?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID użytkownika:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Treść zapytania:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Interfejs użytkownika</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Podstawowa czcionka:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Rozmiar: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Nowe ustawienia stylu tekstu mogą załadować się dopiero po ponownym uruchomianiu programu qTox.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Format stylu tekstu:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Wybierz preferencję stylowania tekstu.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Pokazuj znaki formatujące</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Nie pokazuj znaków formatujących</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Otwórz okno qToxa gdy otrzymasz nową wiadomość jeśli nie jest już otwarte.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Otwórz okno</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Lista kontaktów</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Umieść czaty grupowe na szczycie listy znajomych</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Twoja lista znajomych zostanie pokazana w trybie kompaktowym.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Kompaktowa lista kontaktów</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Tryb wielu okien</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Otwórz każdą rozmowę w indywidualnym oknie</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Emotikony</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Używaj emotikony</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Rozmiar emotikonów:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Styl:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Kolor motywu:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Format czasu:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Format daty:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Użyj ikon zamiast pustych avatarów</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Pokaż powiadomienie, gdy otrzymasz nową wiadomość, a okno nie jest wybrane.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Powiadom</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Powiadomienia z czatów grupowych tylko w przypadku wspomnień</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Odtwórz dźwięk</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Odtwórz dźwięk kiedy jesteś Zajęty/a</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Powiadamiaj za pomocą powiadomień na pulpicie</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Ukryj nadawcę oraz treść wiadomości</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>Używaj kolorowych pseudonimów w czatach grupowych</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>Powiadamiaj o nowych wiadomościach z czatów grupowych tylko wtedy, gdy o mnie wspomniano.</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>Jeśli zaznaczone, czaty grupowe będą umieszczane na górze listy znajomych, w przeciwnym razie, będą umieszczane poniżej znajomych, którzy są online.</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>Jeśli włączone, każdy kontakt bez awatara będzie miał ikonę wygenerowaną na podstawie swojego Tox ID zamiast domyślnego obrazu. Zastosowanie wymaga ponownego uruchomienia.</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>Pakiet emotikonów:</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Nieobecny/a</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Zajęty/a</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Dodaj nowy krąg...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Znajomi</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translatorcomment>better translation?</translatorcomment>
        <translation>Szukaj znajomych</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twój nick</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Filter...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Grupa #%1</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Utwórz nową grupę…</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Dodaj znajomego</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Zaproszenia do grup</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Transfer plików</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Mój profil</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>Nie udało się uruchomić Toxcore, aplikacja zostanie zamknięta po zamknięciu tego komunikatu.</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>Nie udało się uruchomić Toxcore z Twoimi ustawieniami serwera proxy. qTox nie może zostać uruchomiony. Proszę zmienić ustawienia i uruchomić ponownie.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>Nie można wysłać zaproszenia do znajomych</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n nowe zaproszenie do znajomych</numerusform>
            <numerusform>%n nowe zaproszenia do znajomych</numerusform>
            <numerusform>%n nowych zaproszeń do znajomych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n nowe zaproszenie do grupy</numerusform>
            <numerusform>%n nowe zaproszenia do grup</numerusform>
            <numerusform>%n nowych zaproszeń do grup</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Zmień status</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Edytuj profil</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Wyloguj się</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Dodaj kontakt...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Następna konwersacja</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Poprzednia konwersacja</translation>
    </message>
</context>
</TS>
