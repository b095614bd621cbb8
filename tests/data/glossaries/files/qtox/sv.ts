<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>Ljud/video</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>Standardupplösning</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Välj region</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Skärm %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Ljudinställningar</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Förstärkning</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Uppspelningsenhet</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Inspelningsenhet</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Videoinställningar</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Videoenhet</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Ange upplösning för din kamera.
Ju högre värden, desto bättre bildkvalitet kan dina vänner få.
Tänk dock på att med bättre bildkvalitet behövs bättre internetanslutning.
Ibland kanske din anslutning inte är bra nog för att hantera högre videokvalitet,
vilket kan leda till problem med videosamtal.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Upplösning</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Skanna om enheter</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Prova ljud</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Ljudkvalitet</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Hög (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Medium (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Låg (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Väldigt låg (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskelvärde</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Använd skjutreglaget för att ställa in volymen på dina högtalare.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Överförd ljudkvalitet. Sänk den här inställningen om bandbredden inte är tillräckligt hög eller om du vill minska bandbreddsanvändningen.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Ange upplösning för din kamera.
Ju högre värden, desto bättre bildkvalitet kan dina vänner få.
Tänk dock på att med bättre bildkvalitet använder du mer bandbredd.
Ibland kanske din anslutning inte är bra nog för att hantera högre videokvalitet,
vilket kan leda till problem med videosamtal.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Spela ett testljud medan du ändrar utgångsvolymen.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Använd skjutreglaget för att ställa in förstärkningen för din inmatningsenhet från %1dB till %2dB.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Använd skjutreglaget för att ställa in aktiveringsvolymen för din inmatningsenhet.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Ursprunglig författare: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Du använder qTox version %1.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Inchecknings-hash: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore-version: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt-version: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>En lista över alla kända problem kan hittas på vår %1 på Github. Om du upptäcker ett fel eller säkerhetsproblem inom qTox, vänligen rapportera det i enlighet med riktlinjerna i vår wikiartikel %2.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Klicka här för att rapportera en bugg.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Se en fullständig lista över %1 på Github</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>problemhanterare</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>Skriva användbara felrapporter</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>bidragsgivare</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Dialogruta</translation>
    </message>
    <message>
        <source>username</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>statusmeddelande</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Använda alias:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>HISTORIK AV ALIAS</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Acceptera filer automatiskt från kontakt om angivet</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Standardmapp för att spara filer:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbok</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Ljud + video</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Acceptera gruppchattsinbjudningar automatiskt från denna kontakt om angivet.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Ta bort historik (operation kan inte ångras!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Inmatningsfält för anteckningar om kontakten</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Historik borttagen</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Detta är din väns offentliga nyckel, använd den för att verifiera dennes identitet via annan kanal. Du kan inte skicka detta till andra människor, så att de kan lägga till denna kontakt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Offentlig nyckel (Inte ToxID):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Vill du verkligen ta bort %1 chatthistorik?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Det gick inte att ta bort chatthistoriken med %1!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Acceptera filer automatiskt</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>Acceptera automatiskt för denna kontakt är inaktiverad</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Acceptera samtal automatiskt:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Acceptera gruppinbjudningar automatiskt</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Du kan spara kommentarer om denna kontakt här.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Välj en mapp för automatisk accepterade</translation>
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
        <translation>Licens</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Kända problem</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Öppna nerladdningslänk för uppdatering</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Uppdatering tillgänglig</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox är uppdaterad ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>För närvarande körs en otestad/instabil version av qTox</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>Lägg till vänner</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Skicka vänförfrågning</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Det gick inte att lägga till vän</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Ogiltigt format på Tox-ID</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Lägg till en vän</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Vänförfrågningar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptera</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Ange Tox-ID för din vän</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Vänförfrågningsmeddelande</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Skriv meddelande att skicka med vänförfrågningen eller lämna tomt för att skicka ett standardmeddelande</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Du kan inte lägga till dig själv som vän!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Öppna kontaktlista</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Det gick inte att öppna filen</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Det gick inte att öppna filen med kontakter</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Felaktig fil</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Det gick inte att hitta några kontakter att importera i denna fil!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Skicka vänförfrågan</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>%1 här! Vill du toxa mig?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Importera en lista med kontakter, ett Tox-ID per rad</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>Klar för att importera %n kontakt(er), klicka på skicka för att bekräfta</numerusform>
            <numerusform>Klar för att importera %n kontakter, klicka på skicka för att bekräfta</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox-ID, 76 hexadecimala tecken</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox-ID är ogiltigt</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 hexadecimala tecken</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Avancerad</translation>
    </message>
    <message>
        <source>really</source>
        <translation>verkligen</translation>
    </message>
    <message>
        <source>not</source>
        <translation>inte</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>VIKTIG NOTERING</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Återställ inställningar</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Alla inställningar återställs till standard. Är du säker?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Loggar (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>Såvida du %1 vet vad du gör, var snäll att %2 ändra något här. Ändringar som görs här kan leda till problem med qTox och till och med till förlust av dina data, t.ex. historik.%3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>Ändringar här tillämpas först efter omstart av qTox.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Spara fil</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Spara inställningar till arbetsmappen istället för den vanliga konfigurationsmappen</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Gör Tox portabel</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Återställ till standardinställningar</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Bärbar</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>Aktivera IPv6 (rekommenderat)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>Aktivera UDP (rekommenderat)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Proxytyp:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
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
        <translation>Felsök</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Exportera felsökningslogg</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Kopiera felsökningslogg</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Aktivera LAN-identifiering</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Anslutningsinställningar</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Inaktivering av detta tillåter t.ex. Tox över Tor. Det ökar dock belastningen på Tox-nätverket, så avmarkera endast när det behövs.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Tox-URI för att tolka</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Startar ny instans och läser in angiven profil.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Startar ny instans och öppnar loginskärmen.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Ställer in IPv6 &lt;på&gt;/&lt;av&gt;. Standardvärdet är PÅ.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>på/av</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Ställer in UDP &lt;på&gt;/&lt;av&gt;. Standardvärdet är PÅ.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>Ställer in LAN-upptäckt &lt;på&gt;/&lt;av&gt;. UDP av har prioritet. Standardvärdet är PÅ.</translation>
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
        <translation type="unfinished">Fel</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Det gick inte att läsa in profilen automatiskt.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Skicka en fil</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox kunde inte öppna %1</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Samtalslängd: </translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Det går inte att öppna</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Dålig idé</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Misslyckades öppna temporär fil</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translation>qTox kunde inte spara skärmdumpen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Du försöker skicka en sekventiell fil, som inte kommer att fungera!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>Filnamnet innehåller förbjudna tecken</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Olagliga tecken har ändrats till _
så att du kan spara filen i Windows.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Kan inte påbörja röstsamtal</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Påbörja röstsamtal</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Avsluta ljudsamtal</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Avbryt ljudsamtal</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Acceptera ljudsamtal</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Kan inte påbörja videosamtal</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Påbörja videosamtal</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Avsluta videosamtal</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Avbryt videosamtal</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Acceptera videosamtal</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>Ljud kan endast inaktiveras under ett samtal</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Slå på mikrofon</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Tysta samtal</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>Mikrofon kan endast tystas under ett samtal</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Aktivera mikrofon</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Stäng av mikrofon</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Skriv ditt meddelande här...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation type="unfinished">avvaktar</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation type="unfinished">%1 skriver</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Kopiera</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished">Markera alla</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Byt namn på cirkel</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Ta bort cirkel</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Öppna alla i nytt fönster</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me erbjuder vänskap, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Gruppchatt %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Ogiltigt Tox-ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>Du måste skriva ett meddelande med din förfrågan</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>Ditt meddelande är för långt!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Vän är redan tillagd</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Alla tillägg som stöds</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Inga tillägg stöds</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Alla tillägg stöds inte</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Flerdelade meddelanden: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
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
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Väntar på att skicka...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Acceptera för att ta emot den här filen</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Plats ej skrivbar</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Du har inte tillåtelse att skriva till platsen. Välj en annan, eller avbryt spara-dialogen.</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Spara en fil</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Återuppta...</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Öppna fil</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Öppna filkatalog</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Pausa överföring</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Avbryt överföring</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Återuppta överföring</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Acceptera överföring</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Fjärrpausad</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Hämtningar</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uppladdningar</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Överförda filer</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Igår</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>Äldre än 6 månader</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Set alias...</source>
        <translation>Ange alias...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Acceptera automatiskt filer från denna vän</translation>
    </message>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Bjud in till grupp</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translatorcomment>Hmm, hard one. Got any better?</translatorcomment>
        <translation>Välj en acceptera-automatiskt-katalog</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Öppna chatt i nytt fönster</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Radera chatt från detta fönster</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Till ny grupp</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>Bjud in till grupp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Flytta till cirkel...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Till ny cirkel</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Ta bort från cirkel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Visa detaljer</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nytt meddelande</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Otillgänglig</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>Flytta till cirkel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Ta bort vän</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockerad</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Förhandlar</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Välj en acceptera-automatiskt-katalog</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Allmänna inställningar</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>Översättning läses inte in innan qTox startas om.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Visa ikon i systemfältet</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Aktivera Ljusikon i aktivitetsfältet.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Ljusikon</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox kommer att starta minimerad i verktygsfältet.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Starta i verktygsfältet</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Stäng till verktygsfältet</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Minimera till verktygsfältet</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Automatisk uppstart</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Ange var filer ska sparas.</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Din status ändras till Borta efter inställd tid av inaktivitet.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Automatisk borta efter (0 för att inaktivera):</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Visa kontakters statusändringar</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Sätt 0 för att inaktivera</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Acceptera filer automatiskt</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>Starta qTox vid operativsystemets uppstart (nuvarande profil).</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Standardmapp för att spara filer:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Sök efter uppdateringar</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Stavningskontroll</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Max filstorlek att ta emot automatiskt (0 för att inaktivera):</translation>
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
        <translation>Du kan ställa in detta per vän genom att högerklicka på enskilda vänner.</translation>
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
        <translation>Skicka meddelande</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Humörsymboler</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Skicka fil(er)</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>Spara chattlogg</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Ta bort visade meddelanden</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Skicka en skärmdump</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Citera markerad text</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Kopiera länkadress</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Sök i text</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Gå till aktuellt datum</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Läser in chatthistorik...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportera till fil</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Är du säker på att du vill rensa alla visade meddelanden?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n användare i chatten</numerusform>
            <numerusform>%n användare i chatten</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>tysta</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>slå på ljud</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Skapa ny grupp</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Gruppinbjudningar</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>Inbjuden av %1 den %2 kl. %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gå med</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation>Ange titel...</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Lämna grupp</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Öppna chatt i nytt fönster</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Ta bort chatt från detta fönster</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n användare i chatten</numerusform>
            <numerusform>%n användare i chatten</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nytt meddelande</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tillgänglig</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>Publik information</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox-ID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Ditt Tox-ID (klicka för att kopiera)</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Tillåter dig att exportera din Tox-profil till en fil.
Profilen innehåller inte din historik.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Radera</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Denna QR-kod innehåller ditt Tox-ID. Du kan dela det med dina vänner.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Spara bild</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kopiera bild</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Byt namn på profil.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Radera profil.</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Gå tillbaka till inloggningsskärmen</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Ta bort lösenord</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ändra lösenord</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Ta bort ditt lösenord och kryptering från din profil.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Namn inmatning</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Namn synligt för kontakter</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Statusmeddelande-inmatning</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Statusmeddelande synligt för kontakter</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Ditt Tox-ID</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>Spara QR-bild som fil</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>Kopiera QR-bild till urklipp</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Byt namn på profil.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Ta bort profil.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportera profil</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Ta bort lösenord från profil</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Ändra profillösenord</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Mitt namn:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Min status:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Min profil</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>Detta ID låter andra Tox användare lägga till och kontakta dig.
Dela det med dina vänner för att börja chatta.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Ladda historik dialog</translation>
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
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Bekräfta:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Lösenordets styrka: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Skapa profil</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Om profilen inte har ett lösenord, kan qTox hoppa över inloggningsskärmen</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Läs in automatiskt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Läs in</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Läs in profil</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Det gick inte att skapa en ny profil</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>Användarnamnet får inte vara tomt.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>Lösenordet måste vara minst 6 tecken långt.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>En profil med detta namn finns redan.</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Lösenordsskyddade profiler kan inte läsas in automatiskt.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Det gick inte att läsa in profilen</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Det finns ingen vald profil.

Du kanske vill skapa en.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Det gick inte att läsa in denna profil</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Denna profil är redan i bruk.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Fel lösenord.</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Inmatningsfält för användarnamn</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Lösenordets inmatningsfält, du kan lämna det tomt (inget lösenord), eller ange minst 6 tecken</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Fält för lösenordsbekräftelse</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Skapa en ny profil-knapp</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Profillista</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Lista över profiler</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Lösenordsinmatning</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Läs in automatiskt</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importera profil</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Läs in vald profil</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Sidan för att skapa en ny profil</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Läser in befintlig profilsida</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>Lösenorden du skrev in är olika.
Vänligen se till att du skriver samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Din status</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Lägg till vänner</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Skapa en chattgrupp</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Se färdiga filöverföringar</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translatorcomment>translated as &quot;change settings&quot;;  seems to be simpler this way</translatorcomment>
        <translation>Ändra dina inställningar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Öppen profil</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Öppna profilsida när du klickar</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Statusmeddelande-inmatning</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Ange ditt statusmeddelande som visas för andra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Ange tillgänglighetsstatus</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Kontaktsökning</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Kontaktsökningsinmatning för kända vänner</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Sortering och synlighet</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Ställa in vänsortering och synlighet</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Öppna sidan Lägg till vänner</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Gruppchatt</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Öppna gruppchatt-hanteringssidan</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Filöverföringshistorik</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Öppna filöverföringshistorik</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Öppna inställningar</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation type="unfinished">Körbar fil</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation type="unfinished">Du har bett qTox att öppna en körbar fil. Körbara filer kan potentiellt skada din dator. Är du säker vill öppna den här filen?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox-video</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Videoförhandsgranskning på/av</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Stäng av ljudet</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Stäng av mikrofon</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Avsluta videosamtal</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Avsluta helskärmsläge</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>Dölj meddelanden</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Visa meddelanden</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Minimera</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Avsluta helskärmsläge</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Använd helskärm</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Oläst meddelande</numerusform>
            <numerusform>Olästa meddelanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Nytt meddelande</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Nytt gruppmeddelande</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Inkommande filöverföring</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - filöverföring</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Gruppinbjudan mottagen</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 bjuder in dig till en grupp.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Vänförfrågan mottagen</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>Vänförfrågan mottagen från %1</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>CAPS-LOCK AKTIVERAD</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Vill du permanent ta bort all chatthistorik?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Dina vänner kommer att kunna se när du skriver.</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Chatthistorik fortfarande under utveckling.
Ändringar i sparningsformatet är möjliga, vilket kan resultera i dataförlust.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Skicka skrivaviseringar</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Bevara chatthistorik</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam är en del av ditt Tox-ID.
Om du blir spammad med vänförfrågningar, bör du ändra din NoSpam.
Människor kommer att kunna lägga till dig med ditt gamla ID, men du behåller dina nuvarande vänner.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam är en del av ditt ID som kan ändras efter behag.
Om du blir spammad med vänförfrågningar, ändra NoSpam.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Generera slumpmässiga NoSpam</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Blocklista</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Filtrera gruppmeddelanden efter gruppmedlemmars offentliga nycklar. Sätt offentliga nycklar här, en per rad.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Misslyckades att härleda nyckel från lösenord, profilen kommer inte använda det nya lösenordet.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>Toxar på qTox</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Det gick inte att ändra databaslösenordet, det kan vara skadat eller använder det gamla lösenordet.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Current profile: </source>
        <translation>Aktuell profil: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>Välj en profilbild</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Det gick inte att öppna filen.</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Det gick inte att läsa denna bild.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>Medföljande bilden är för stor.
Använd en annan bild.</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>Byt namn på &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Det gick inte att byta namn på profilen till &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Plats ej skrivbar</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Är du säker på att du vill ta bort denna profil?</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Filer kunde inte tas bort!</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>Spara QrCode (*.png)</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Ingenting att ta bort</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Din profil har inte ett lösenord!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Vänligen ange ett nytt lösenord.</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Ändra lösenord</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Ange profillösenord</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Aktuell profilplats: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Det gick inte att ändra lösenordet</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Tom sökväg är inte tillgänglig</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Det gick inte att byta namn</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>Profilen finns redan</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>En profil med namnet &quot;%1&quot; finns redan.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Tomt namn</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Tomt namn är inte tillgängligt</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Tom sökväg</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportera profil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox-fil (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Följande filer kunde inte tas bort:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Ta bort dem manuellt.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Du har inte rätt att skriva till den platsen. Välj en annan plats eller avbryt dialogrutan för att spara.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Det gick inte att spara filen</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>Filen du valde kunde inte sparas.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Tom sökväg är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Det gick inte att ändra databaslösenordet, det kan vara skadat eller använder det gamla lösenordet.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Tox-användarnamn får inte överstiga %1 tecken.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Ta bort lösenord</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Är du säker på att du vill ta bort ditt lösenord?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>Med detta ID kan andra Tox-användare lägga till och kontakta dig.
Dela det med dina vänner för att börja chatta.

ID:t innehåller NoSpam-koden (i blått) och kontrollsumman (i grått).</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Importera profil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox-sparningsfil (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Ignorerar icke-Toxfil</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Varning: Du har valt en fil som inte är en Tox-sparafil; Ignorerar.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>Profil finns redan</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>En profil med namnet &quot;%1&quot; finns redan. Vill du ta bort det?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>Fil finns inte</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>Profil finns inte</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Profilen har importerats</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox har importerats</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
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
        <translation>Det gick inte att lägga till vän</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Du kan inte lägga till dig själv som vän!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 är inte en giltig Tox-adress.</translation>
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
        <translation>Blå</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Olivgrönt</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Inkommande samtal...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>%1 här! Vill du toxa med mig?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox kunde inte öppna dina chattloggar, de kommer att inaktiveras.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Skrivbord</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörk</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Mörkblå</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Mörk oliv</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Mörkröd</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Mörk lila</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>tillgänglig</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>borta</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>upptagen</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>blockerad</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Omformaterar text...</translation>
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
        <translation type="unfinished">Det gick inte att skicka filen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation type="unfinished">%1 har anslutit till gruppen</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation type="unfinished">%1 har lämnat gruppen</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished">%1 är nu känd som %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation type="unfinished">%1 har angett titeln som %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished">Borttaget</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation type="unfinished">Samtalet med %1 avbröts av okänd anledning. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation type="unfinished">Samtal med %1 avslutades. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation type="unfinished">%1 är nu %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished">Ringer %1</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation type="unfinished">%1 ringer</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation type="unfinished">Misslyckades att skicka meddelande</translation>
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
        <translation type="unfinished">Pausad</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation type="unfinished">Fjärrpausad</translation>
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
        <translation type="unfinished">Status</translation>
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
        <translation type="unfinished">Ta bort vän</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation type="unfinished">Ta bort all chatthistorik med vännen om den är inställd</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation type="unfinished">Ta också bort chatthistorik</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation type="unfinished">Är du säker du vill ta bort %1 från kontaktlistan?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Ta bort</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Klicka och dra för att markera en region. Tryck på %1 för att dölja/visa qTox-fönster, eller %2 för att avbryta.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Mellanrum</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Tryck på %1 för att skicka en skärmdump av urvalet, %2 för att visa/dölja qTox-fönster eller %3 för att avbryta.</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>[Enter] key on the keyboard</comment>
        <translation>Enter-tangent</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>The text could not be found.</source>
        <translation>Texten kunde inte hittas.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Börja sök:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>från slutet</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>från början</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>efter datum</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>före datum</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Skiftlägeskänslig</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Endast hela ord</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Använd Regular Expression</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation type="unfinished">Välj ett datum</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Ange ditt lösenord</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Bekräfta:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Lösenordets styrka: %p%</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Lösenordet matchar inte.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Bekräfta lösenord</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Bekräfta lösenordsinmatning</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Lösenordsinmatning</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Lösenordsinmatningsfält, minst 6 tecken långt</translation>
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
        <translation>Cirkel #%1</translation>
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
        <translation>Lägga till en vän</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Vill du lägga till %1 som en vän?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Användar-ID:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Vänförfrågningsmeddelande:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Användargränssnitt</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Grundtypsnitt:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Storlek: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Ny textstilinställning kanske inte läses in förrän qTox startas om.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Textstilsformat:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Välj textstilsinställning.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Visa formateringstecken</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Visa inte formateringstecken</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nytt meddelande</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Öppna qTox fönster när du får ett nytt meddelande och inga fönster är öppna ännu.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Öppna fönster</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Kontaktlista</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Placera gruppchattar högst upp i vänlistan</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Din kontaktlista kommer att visas i kompaktläge.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Kompakt kontaktlista</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Flerfönsterläge</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Öppna varje chatt i enskilt fönster</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Humörsymboler</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Använd humörsymboler</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Humörsymbolstorlek:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Temafärg:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Tidsstämpelformat:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumformat:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Använd identicons istället för tomma avatarer</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Visar avisering när du får ett nytt meddelande och fönstret inte är öppet.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Avisera</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Gruppchattar aviserar endast vid omnämnande</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Spela upp ljud</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Spela upp ljud medan du är upptagen</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Avisera via skrivbordsavisering</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Dölj meddelandes avsändare och innehåll</translation>
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
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Borta</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Gruppchatt #%1</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Skapa ny grupp...</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Lägg till ny cirkel...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Efter namn</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Efter aktivitet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Vänner</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Sök kontakter</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Filtrera...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Lägg till vän</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Gruppinbjudningar</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Filöverföringar</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Min profil</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation type="unfinished">Avsluta</translation>
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
        <translation type="unfinished">Logga ut</translation>
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
