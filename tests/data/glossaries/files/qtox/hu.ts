<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>Hang/Videó</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>Alapértelmezett felbontás</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Tiltva</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Régió kiválasztása</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>%1. képernyő</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Hangbeállítások</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Erősítés</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Hangeszköz</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Felvevőeszköz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Hangerő</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Videóbeállítások</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Videó eszköz</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>A kamera képfelbontásának beállítása.
A magasabb érték jobb minőségű képet eredményez.
Ne felejtsd el, hogy a jobb minőségű képhez gyorsabb internet-kapcsolatra van szükség.
Néha az internet-kapcsolat nem elég gyors ahhoz, hogy továbbítani tudja a jobb minőségű videót,
ami a videóhívások problémáihoz vezethet.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Képfelbontás</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Eszközök keresése</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Teszt hang</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Hangminőség</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Magas (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Közepes (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Alacsony (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Nagyon alacsony (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Küszöb érték</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>Névjegy</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Eredeti szerző: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Ön a qTox %1 verzióját használja.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Commit hash: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore verzió: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt verzió: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>Az összes ismert probléma listája megtalálható a Github %1. Ha észrevesz egy hibát vagy biztonsági sérülékenységet a qTox-ban, kérjük jelentse azt a %2 wiki cikkünkben leírtaknak megfelelően.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Kattintson ide egy hiba bejelentéséért.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>%1 teljes listája Github-on</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation type="unfinished">hibakövetőben</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation type="unfinished">Hasznos hibajelentések írása</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation type="unfinished">Hozzájárulók</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Párbeszédablak</translation>
    </message>
    <message>
        <source>username</source>
        <translation>felhasználónév</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>állapotüzenet</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Használt nevek:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>NÉV ELŐZMÉNYEK</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Automatikusan elfogad fájlokat a partnertől ha engedélyezve van</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Alapértelmezett könyvtár a fájlok mentéséhez:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Kézi</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Hang</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Hang + Videó</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Csoportmeghívások automatikus fogadása ettől az ismerőstől.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Előzmények törlése (ez a művelet nem visszavonható!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Privát jegyzetek</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Beviteli mező a partnerről való jegyzetek készítéséhez</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Előzmények eltávolítva</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ez az ismerősének a nyilvános kulcsa, ezzel ellenőrizheti személyazonosságát egy másik csatornán keresztül. Ezt nem tudja elküldeni másoknak, így ők hozzáadhatják ezt a személyt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Publikus kulcs (nem ToxID):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Megerősítés</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Biztosan eltávolítja a(z) %1 chat előzményt?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>%1 chat előzményének eltávolítása sikertelen!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Verzió</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licenc</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Szerzők</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Ismert hibák</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Frissítés letöltési linkjének megnyitása</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Frissítés elérhető</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>A qTox naprakész ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>Partner hozzáadása</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Partnerkérelem küldése</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Partner hozzáadása sikertelen</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Érvénytelen ToxID formátum</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Partner hozzáadása</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Partnerkérelmek</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Elfogadás</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Elutasítás</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Írja be a partnere Tox azonosítóját</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Partnerkérelem üzenete</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Írja be az üzenetét a partnerkérelemhez, vagy hagyja üresen az alapértelmezett üzenet küldéséhez</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Nem tudja önmagát hozzáadni partnerként!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Partnerlista megnyitása</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Fájl megnyitása sikertelen</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Az ismerőslista fájl megnyitása sikertelen</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Érvénytelen fájl</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Nem található importálható partner ebben a fájlban!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox azonosító (Tox ID)</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Üzenet</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Partnerkérelmek küldése</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>%1 vagyok! Beszélünk Toxon?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Partnerek listájának importálása, soronként egy Tox azonosító (Tox ID)</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>Készen állok %n ismerős importálására, kattints a küldésre a megerősítéshez</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Partnerek importálása</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Haladó</translation>
    </message>
    <message>
        <source>really</source>
        <translation>teljesen</translation>
    </message>
    <message>
        <source>not</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>FONTOS MEGJEGYZÉS</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Beállítások visszaállítása</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Minden beállítás alaphelyzetbe fog állni. Biztos ebben?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Naplók (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>A beállítások mentése a munkakönyvtárba a szokásos konfigurációs mappa helyett</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Hordozható Tox létrehozása</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Beállítások visszaállítása alapértelmezettre</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Hordozható</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>IPv6 engedélyezése (ajánlott)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>UDP engedélyezése (ajánlott)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Proxy típusa:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Cím:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nincs</translation>
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
        <translation>Hibakeresés</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Hibakereső napló exportálása</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Hibakereső napló másolása</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>LAN felfedezés engedélyezése</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Tox URI elemzés</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Új folyamatot indít, és betölt egy megadott profilt.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Új folyamat indítása, és a bejelentkezési képernyő megnyitása.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Hiba</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Profil automatikus betöltése sikertelen.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Fájlküldés</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>A qTox nem tudta ezt megnyitni: %1</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Hívás időtartama: </translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Megnyitás sikertelen</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Rossz ötlet</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Ideiglenes fájl megnyitása sikertelen</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translation>A qTox nem tudta elmenteni a képernyőképet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Egymást követő fájlt próbált meg küldeni, ami nem fog működni!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>A fájlnév illegális karaktereket tartalmaz</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Nem kezdeményezhető hanghívás</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Hanghívás kezdeményezése</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Hanghívás befejezése</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Hívás megszakítása</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Hanghívás fogadása</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Nem kezdeményezhető videohívás</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Videohívás kezdeményezése</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Videohívás befejezése</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Videohívás megszakítása</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Videóhívás elfogadása</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>A hangot csak hívás közben lehet kikapcsolni</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Hívásnémítás kikapcsolása</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Hívás némítása</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>A mikrofon némítása csak hívás közben lehetséges</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Mikrofonnémítás kikapcsolása</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon némítása</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Ide írja az üzenetet...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation type="unfinished">várakozik</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation type="unfinished">%1 gépel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Másolás</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished">Összes kijelölése</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Kör átnevezése</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Kör eltávolítása</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Összes megnyitása új ablakban</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me szeretne felvenni az ismerőslistájára, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Csoportos chat %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished">Érvénytelen Tox azonosító (Tox ID)</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished">Írnia kell egy üzenetet a kérelemhez</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished">Az üzenet túl hosszú!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished">A partner már hozzá van adva</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>Űrlap</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translation>10MB</translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translation>0kB/s</translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translation>Hátralévő idő:10:10</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Fájlnév</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Várakozás elküldésre...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Egyezzen bele a fájl fogadásához</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>A hely írásvédett</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Nincs írási jogosultsága a megadott helyre! Válasszon másikat, vagy zárja be a dialógusablakot.</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Fájl mentése</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Szüneteltetve</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Folytatás...</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Fájl megnyitása</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Tárolómappa megnyitása</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Átvitel szüneteltetése</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Átvitel megszakítása</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Átvitel folytatása</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Átvitel elfogadása</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Letöltések</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Feltöltések</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Tegnap</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Az utolsó 7 nap</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ebben a hónapban</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Soha</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Meghívás csoportba</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>Álnév beállítás...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Fájlok automatikus elfogadása e partnertől</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Válasszon egy mappát az automatikus fájlfogadáshoz</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Chat megnyitása új ablakban</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Chat eltávolítása ebből az ablakból</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Új csoportba</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>Meghívás a(z) &apos;%1&apos; csoportba</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Mozgatás másik körbe...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Új körbe</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Eltávolítás a(z) &apos;%1&apos; körből</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Részletek megjelenítése</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Új üzenet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Elérhető</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Távol</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Elfoglalt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nem elérhető</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation type="unfinished">Partner eltávolítása</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>Általános</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Válasszon egy mappát az automatikus elfogadáshoz</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Általános beállítások</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>A fordítás csak a qTox újraindítása után lesz betöltve.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Mutassa a rendszertálca ikont</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Engedélyezi a világos tálcaikont.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Világos tálcaikon</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>A qTox a tálcán minimalizálva fog elindulni.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Indítás a tálcán</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Bezárás a tálcára</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Minimalizálás a tálcára</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Automatikus indítás</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Állítsa be a fájlok mentésének helyét.</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Fájlok automatikus elfogadása</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Állítson be nullát a letiltáshoz</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Az állapota &quot;Távol&quot;-ra változik, miután beállítja a tétlenség időtartamát.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Automatikus távollét (0 a letiltáshoz):</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Mutassa a partnerek állapotváltozásait</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>qTox indítása az aktuális profillal az operációs rendszer indításakor.</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Alapértelmezett mappa a fájlok mentéséhez:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Frissítés keresése</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Helyesírás</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Max. fájlméret automatikus elfogadáskor (0 a letiltáshoz):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation>Üzenet küldése</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Emotikonok</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Fájl(ok) küldése</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>Chat naplófájl mentése</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Megjelenített üzenetek törlése</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Képernyőkép küldése</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Kiválasztott szöveg idézése</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Link címének másolása</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Megerősítés</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Keresés a szövegben</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Ugrás a mai napra</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Chat előzmények betöltése...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportálás fájlba</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>némítás</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>némítás kikapcsolása</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Csoportok</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Új csoport létrehozása</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Csoport meghívások</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>%1 meghívta őt ekkor: %2, %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Csatlakozás</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Elutasítás</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation>Cím beállítása...</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Kilépés a csoportból</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Chat megnyitása új ablakban</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Chat eltávolítása ebből az ablakból</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Új üzenet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Elérhető</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>Publikus információ</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox azonosító</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Az Ön Tox azonosítója (klikk a másoláshoz)</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Átnevezés</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Exportálás</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Engedélyezi az Ön Tox profiljának exportálását egy fájlba.
A profil nem tartalmazza az Ön előzményeit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Ez a QR-kód tartalmazza a Tox ID-jét. Ezt is megoszthatja a barátaival.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Kép mentése</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kép másolása</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Profil átnevezése.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Profil törlése.</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Vissza a bejelentkezéshez</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Kijelentkezés</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Jelszó törlése</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Jelszóváltoztatás</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Jelszava és a titkosítás eltávolítása az Ön profiljáról.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Név bevitel</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Név látható a partnereknek</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Állapotüzenet bevitel</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Állapotüzenet látható a partnereknek</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Az Ön Tox-azonosítója</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>QR-kép mentése fájlként</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>QR-kép másolása Vágólapra</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Profil átnevezése.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Profil törlése.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportálása</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Jelszó eltávolítása a profilból</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Profil jelszó megváltoztatása</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Nevem:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Állapotüzenetem:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Saját profil</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation type="unfinished"></translation>
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
        <translation>Felhasználónév:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Jelszó:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Megerősítés:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Jelszó erőssége: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Profil létrehozása</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Amennyiben a profil nincs jelszóval védve, a qTox automatikusan bejelentkezhet</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Automatikus betöltés</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Betöltés</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Új profil</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Profil betöltése</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Új profil létrehozása nem sikerült</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>A felhasználónév nem lehet üres.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>A jelszónak legalább 6 karakterből kell állnia.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Már létezik ilyen nevű profil.</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>A jelszóval védett profilok automatikusan nem tölthetőek be.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>A profil betöltése nem sikerült</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Nincs kiválasztott profil.

Lehet, hogy új profilt kell létrehoznia.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>A profil betöltése sikertelen</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Ez a profil már használatban van.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Helytelen jelszó.</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Felhasználónév beviteli mező</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Jelszó beviteli mező, hagyhatja üresen (nincs jelszó), vagy írjon be legalább 6 karaktert</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Jelszó megerősítő mező</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Új profil létrehozása gomb</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Profil lista</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Profilok listája</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Jelszó bevitel</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Automatikus betöltés jelölőnégyzet</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importálása</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Kiválasztott profil betöltése gomb</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Új profil létrehozó oldal</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Meglévő profil oldal betöltése</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Az Ön neve</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Az Ön állapotüzenete</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Partnerek hozzáadása</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Csoportos chat létrehozása</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Befejezett fájlátvitelek mutatása</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>Beállítások változtatása</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil megnyitása</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Profil oldal megnyitása klikkeléskor</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Állapotüzenet bevitel</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Állítsa be állapotüzenetét, mely másoknak megjelenik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Elérhetőségi állapot beállítása</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Partner keresése</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Keresési mező bevitel ismert partnerekhez</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Rendezés és láthatóság</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Partnerek rendezése és láthatóságuk beállítása</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Partnerek hozzáadása oldal megnyitása</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Csoportos chat</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Csoportos chat menedzselési oldal megnyitása</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Fájlátviteli előzmények</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Fájlátviteli előzmények megnyitása</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Beállítások megnyitása</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation type="unfinished">Futtatható fájl</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation type="unfinished">Meg akart nyitni egy futtatható fájlt. Ezek a fájlok potenciálisan veszélyeztethetik a számítógépét. Valóban meg szeretné nyitni ezt a fájlt?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation type="unfinished">Tox videó</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished">Teljes képernyő</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation type="unfinished">Videó előnézet váltása</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation type="unfinished">Hang némítása</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished">Mikrofon némítása</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation type="unfinished">Videohívás befejezése</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation type="unfinished">Kilépés a teljes képernyőből</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Nézet</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Ablak</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Minimalizálás</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Mind előrehozása</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Teljes képernyő bezárása</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Teljes képernyő</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Olvasatlan üzenet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation type="unfinished">Új üzenet</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation type="unfinished">Új csoportüzenet</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation type="unfinished">Bejövő fájlátvitel</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation type="unfinished">Csoportmeghívás érkezett</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation type="unfinished">Barátkérelem érkezett</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>CAPS-LOCK AKTÍV</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Adatvédelem</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Megerősítés</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Szeretné véglegesen törölni az összes chat előzményt?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>A partnere látni fogja, amikor Ön gépel.</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Chat előzmények megtartása még fejlesztés alatt áll.
Mentési formátum változások lehetségesek, melyek adatvesztést eredményezhetnek.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Gépelési értesítések küldése</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Chat előzmények megtartása</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>A NoSpam a Tox azonosítójának (ToxID) a része.
Ha kéretlen partnerfelkérésekkel bombázzák, változtassa meg a NoSpam értékét.
A felhasználók nem fogják tudni felvenni a régi azonosítójával, de a jelenlegi ismerősei megmaradnak.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>A NoSpam az azonosító (ID) része, és bármikor megváltoztatható.
Ha kéretlen partnerfelkérésekkel bombázzák, változtassa meg a NoSpam-ot.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Véletlenszerű NoSpam generálása</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Adatvédelem</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Tiltólista</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>A kulcs kinyerése a jelszóból sikertelen, a profil nem fogja használni az új jelszót.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>A qTox klienst használom</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Current profile: </source>
        <translation>Aktuális profil: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>Válasszon egy profilképet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>A fájlt nem sikerült megnyitni.</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>A kép nem olvasható.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>A kép mérete túl nagy.
Válasszon egy másik képet.</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>&quot;%1&quot; átnevezése</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>A profilt nem sikerült átnevezni erre: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>A hely írásvédett</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Valóban törölni szeretné ezt a profilt?</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>A fájlokat nem sikerült törölni!</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>QR-kód mentése (*.png)</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nincs mit eltávolítani</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Az Ön profilja nem tartalmaz jelszót!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Adjon meg egy új jelszót.</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Jelszó változtatás</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Profil jelszó létrehozása</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Jelenlegi profil helye: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Jelszó módosítása sikertelen</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Az üres útvonal nem elérhető</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Nem sikerült átnevezni</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>A profil már létezik</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>A &quot;%1&quot; nevű profil már létezik.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Üres név</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Az üres név érvénytelen</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Üres útvonal</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportálása</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox mentési fájl (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Nem sikerült törölni ezeket a fájlokat:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Kérem, távolítsa el ezeket manuálisan.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Képek (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation type="unfinished">Jelszó törlése</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Profil importálása</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox mentésfájl (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Nem Tox-fájl mellőzése</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Figyelem: A kiválasztott fájl nem egy Tox mentés; nem kerül feldolgozásra.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>A profil már létezik</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>A(z) &quot;%1&quot; nevű profil már létezik. Szeretné törölni?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>A fájl nem létezik</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>A profil nem létezik</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Profil importálva</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox sikeresen importálva</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégsem</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>Balról jobbra</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Ismerős hozzáadása sikertelen</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Nem tudja önmagát hozzáadni partnerként!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation>Alapértelmezett</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Kék</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Olajzöld</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Piros</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Bejövő hívás...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>%1 vagyok! Beszélünk Toxon?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>A qTox nem tudta megnyitni a csevegésnaplót, ezért kikapcsolásra került.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Asztal</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sötét</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Sötétkék</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Sötétzöld</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Sötétpiros</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Sötétlila</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>elérhető</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>távol</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>elfoglalt</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>nem elérhető</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>letiltva</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation type="unfinished">A(z) &quot;%1&quot; fájl küldése sikertelen</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation type="unfinished">%1 belépett a csoportba</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation type="unfinished">%1 kilépett a csoportból</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished">%1 ezentúl %2-ként ismert</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation type="unfinished">%1 megváltoztatta a címet erre: %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished">Törölve</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation type="unfinished">A hívás váratlanul ért véget %1 ismerőssel. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation type="unfinished">%1 hívása befejeződött. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation type="unfinished">%1 most %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished">%1 hívása</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation type="unfinished">%1 hívja Önt</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation type="unfinished">Üzenet küldése sikertelen</translation>
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
        <translation type="unfinished">Szüneteltetve</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Állapot</translation>
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
        <translation type="unfinished">Partner eltávolítása</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation type="unfinished">Eltávolít minden chat előzményt a partnerével, ha ez be van állítva</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation type="unfinished">Az előzményeket is távolítsa el</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation type="unfinished">Biztosan eltávolítja %1 partnert a partnerlistájáról?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Törlés</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Kattintson és húzzon egy régió kiválasztásához. Nyomja meg a %1-t a qTox ablakának elrejtéséhez/mutatásához, %2-t a megszakításhoz.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Szóköz</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>A kiválasztott képernyőkép elküldéséhez nyomja meg a %1-t, a qTox ablak elrejtéséhez a %2-t vagy %3-t a megszakításhoz.</translation>
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
        <translation>A szöveg nem található.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Indítás</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>Űrlap</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Keresés indítása:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>a végéről</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>az elejéről</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>dátum utáni</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>dátum előtti</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Kis/nagybetű érzékeny</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Csak teljes szavak</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Pontos kifejezések használata</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation type="unfinished">Válasszon dátumot</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Állítsa be jelszavát</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Megerősítés:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Jelszó:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Jelszó erőssége: %p%</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>A jelszó nem egyezik.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Jelszó megerősítése</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Jelszó megerősítés bevitel</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Jelszó bevitel</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Jelszó beviteli mező, minimum 6 karakter hosszú</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>#%1. kör</translation>
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
        <translation>Partner hozzáadása</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Szeretné hozzáadni %1 felhasználót partnerének?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Felhasználó ID:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Partnerkérelem üzenete:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Mégsem</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Felhasználói felület</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Csevegés (chat)</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Betűtípus:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>pixel</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Méret: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Az új szövegstílus-beállítások változtatásához a qToxot újra kell indítani.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Szövegstílus formátum:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Válassza ki a szöveg stílusát.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Egyszerű szöveg</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Formázási karakterek mutatása</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Formázási karakterek elrejtése</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Új üzenet</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>qTox ablak megnyitása új üzenet érkezésekor, ha nincs megnyitott ablak.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Ablak megnyitása</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Partnerlista</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Csoportos beszélgetések elhelyezése a partnerlista tetejére</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Az Ön partnerlistája kompakt módban lesz mutatva.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Kompakt partnerlista</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Többablakos mód</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Minden beszélgetés külön ablakban nyíljon meg</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Hangulatjelek</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Emotikonok használata</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Emotikon méret:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> pixel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stílus:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Téma színe:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Időbélyeg formátum:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Dátum formátuma:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Identikonok használata üres profilképek helyett</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Értesítés mutatása, ha új üzenetet kap, és az ablak nincs kiválasztva.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Értesítés</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>A csoportbeszélgetésekről csak akkor értesít, ha Önt megemlítik</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Hang lejátszása</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Hangjelzés, amíg Elfoglalt</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Jelzés asztali értesítéseken keresztül</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Az üzenet küldőjének és tartalmának elrejtése</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Elérhető</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Távol</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Elfoglalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>#%1. csoport</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Új csoport létrehozása...</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Új kör hozzáadása...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Név szerint</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Aktivitás szerint</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Összes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Elérhető</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nem elérhető</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Partnerek</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Csoportok</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Partnerek keresése</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Kijelentkezés</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Szűrő...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Szerkesztés</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Partnerek</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Mutat</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Partner hozzáadása</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Csoportmeghívások</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Fájl átvitelek</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Saját profil</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation type="unfinished">Kilépés</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished">Kijelentkezés</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
