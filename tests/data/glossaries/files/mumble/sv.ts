<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation>Neka</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Tillåt</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Tillåt %1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Neka %1</translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation>Mumble - Lägg till kanal</translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation>Standardvärde för servern</translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation>Fel: Ogiltig kanal</translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation>Mumble - Ändra %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Detta ger behörigheten %1. Om en behörighet både är tillåten och otillåten, förblir den otillåten.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation>Kanalen måste ha ett namn</translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Detta återkallar behörigheten %1. Om en behörighet både är tillåten och otillåten, förblir den otillåten.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation>Ange kanalens namn här.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation>Ange kanalens lösenord här.</translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation>Markera för att skapa en tillfällig kanal.</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tillfällig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
Detta värde tillåter dig att ändra hur Mumble sorterar kanalerna i trädet. En kanal med högre &lt;i&gt;position&lt;/i&gt; kommer alltid placeras ovanför en med lägre värde. Om &lt;i&gt;positionsvärdet&lt;/i&gt; av två kanaler är lika kommer de sorteras efter namn.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation>Lista med grupper</translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation>Ta bort vald grupp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation>Ärv gruppmedlemmar från den överordnade kanalen</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Ärv</translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation>Gör gruppen ärvbar till underkanaler</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Ärvbar</translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation>Gruppen ärvdes från den överordnade kanalen</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Ärvd</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>Lägg till medlem i grupp</translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation>Ta bort medlem från grupp</translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation>&amp;ACL</translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation>Aktiva ACL:er</translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation>Ärv ACL från den överordnade kanalen?</translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation>Anger om ACL-poster från kedjan av överordnade kanaler ska gälla för objektet. Endast poster som är markerade med ”Gäller för underkanaler” i den överordnade kanalen ärvs.</translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation>Ärv ACL:er</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Flytta upp post</translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation>Flyttar posten uppåt i listan. Eftersom posterna utvärderas i ordning kan det ändra användarnas faktiska behörigheter. En post kan inte flyttas ovanför en ärvd post. Om det behövs måste den ärvda posten dupliceras.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Upp</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Flytta ned post</translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation>Flyttar posten nedåt i listan. Eftersom posterna utvärderas i ordning kan det ändra användarnas faktiska behörigheter.</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Ner</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>Lägg till en ny post</translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation>Lägger till en ny post som till en början saknar behörigheter och gäller för alla.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Ta bort post</translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation>Detta tar bort den valda posten.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation>Posten ska gälla för den här kanalen.</translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation>Gör att posten gäller för den här kanalen.</translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation>Gäller för den här kanalen</translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation>Posten ska gälla för underkanaler.</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>Lägg till en ny grupp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation>&lt;b&gt;Lägg till&lt;/b&gt;&lt;br/&gt;
Lägg till en ny grupp.</translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation>Ärvda medlemmar</translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation>Innehåller listan över medlemmar som den här kanalen har lagt till i gruppen.</translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>Innehåller en lista över medlemmar vars gruppmedlemskap inte ska ärvas från den överordnade kanalen.</translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation>Innehåller listan över medlemmar som ärvs av andra kanaler.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation>Skriv namnet på användaren som ska läggas till i gruppen och klicka på Lägg till.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation>Skriv namnet på användaren som ska undantas från gruppen och klicka på Lägg till.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exkludera</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>Exkluderade medlemmar</translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation>Gör att posten gäller för den här kanalens underkanaler.</translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation>Gäller för underkanaler</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation>Användare/Grupp</translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation>Grupp som posten gäller för</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Användar-ID</translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation>Användare som posten gäller för</translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation>Anger vilken användare posten gäller för. Skriv användarnamnet och tryck på Retur för att söka efter en matchning på servern.</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation>&lt;b&gt;Namn&lt;/b&gt;&lt;br /&gt;Ange kanalens namn i detta fält. Namnet måste följa reglerna på servern du är ansluten till.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation>&lt;b&gt;Tillfällig&lt;/b&gt;&lt;br /&gt;
När alternativet är markerat skapas kanalen som tillfällig. Servern tar automatiskt bort kanalen när den sista användaren lämnar den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation>&lt;b&gt;Grupp&lt;/b&gt;&lt;br /&gt;
Här visas alla grupper som har definierats för kanalen. Skapa en ny grupp genom att skriva namnet och trycka på Retur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation>&lt;b&gt;Ta bort&lt;/b&gt;&lt;br /&gt;Tar bort den markerade gruppen. Om gruppen är ärvd finns den kvar i listan, men all lokal information om den rensas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation>&lt;b&gt;Ärv&lt;/b&gt;&lt;br /&gt;Ärver alla medlemmar i gruppen från den överordnade kanalen om gruppen är markerad som &lt;i&gt;Ärvbar&lt;/i&gt; där.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation>&lt;b&gt;Ärvbar&lt;/b&gt;&lt;br /&gt;Gör gruppen ärvbar till underkanaler. Om gruppen inte är ärvbar kan underkanaler ändå skapa en ny grupp med samma namn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation>&lt;b&gt;Ärvd&lt;/b&gt;&lt;br /&gt;Visar att gruppen ärvdes från den överordnade kanalen. Markeringen är endast informativ och kan inte ändras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation>&lt;b&gt;Medlemmar&lt;/b&gt;&lt;br /&gt;
Listan innehåller alla medlemmar som har lagts till i gruppen av den aktuella kanalen. Medlemmar som ärvts från högre nivåer i kanalträdet visas i listan &lt;i&gt;Ärvda medlemmar&lt;/i&gt;. Förhindra att listan ärvs av underordnade kanaler genom att avmarkera &lt;i&gt;Ärvbar&lt;/i&gt; eller lägga till medlemmarna manuellt i listan &lt;i&gt;Undantagna medlemmar&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded members&lt;/b&gt;&lt;br /&gt;
Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>&lt;b&gt;Undantagna medlemmar&lt;/b&gt;&lt;br /&gt;
Innehåller en lista över medlemmar vars gruppmedlemskap inte ska ärvas från den överordnade kanalen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited members&lt;/b&gt;&lt;br /&gt;
Contains the list of members inherited by the current channel. Uncheck &lt;i&gt;Inherit&lt;/i&gt; to prevent inheritance from higher level channels.</source>
        <translation>&lt;b&gt;Ärvda medlemmar&lt;/b&gt;&lt;br /&gt;
Innehåller listan över medlemmar som den aktuella kanalen har ärvt. Avmarkera &lt;i&gt;Ärv&lt;/i&gt; för att förhindra arv från kanaler på högre nivåer.</translation>
    </message>
    <message>
        <source>This controls which group of users this entry applies to.&lt;br /&gt;Note that the group is evaluated in the context of the channel the entry is used in. For example, the default ACL on the Root channel gives &lt;i&gt;Write&lt;/i&gt; permission to the &lt;i&gt;admin&lt;/i&gt; group. This entry, if inherited by a channel, will give a user write privileges if he belongs to the &lt;i&gt;admin&lt;/i&gt; group in that channel, even if he doesn&apos;t belong to the &lt;i&gt;admin&lt;/i&gt; group in the channel where the ACL originated.&lt;br /&gt;If a group name starts with &apos;!&apos;, its membership is negated, and if it starts with &apos;~&apos;, it is evaluated in the channel the ACL was defined in, rather than the channel the ACL is active in.&lt;br /&gt;If a group name starts with &apos;#&apos;, it is interpreted as an access token. Users must have entered whatever follows the &apos;#&apos; in their list of access tokens to match. This can be used for very simple password access to channels for non-authenticated users.&lt;br /&gt;If a group name starts with &apos;$&apos;, it will only match users whose certificate hash matches what follows the &apos;$&apos;.&lt;br /&gt;A few special predefined groups are:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Everyone will match.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - All authenticated users will match.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - User currently in a sub-channel minimum &lt;i&gt;a&lt;/i&gt; common parents, and between &lt;i&gt;b&lt;/i&gt; and &lt;i&gt;c&lt;/i&gt; channels down the chain. See the website for more extensive documentation on this one.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Users currently in the channel will match (convenience for &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Users outside the channel will match (convenience for &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Note that an entry applies to either a user or a group, not both.</source>
        <translation>Anger vilken användargrupp posten gäller för.&lt;br /&gt;Gruppen utvärderas i den kanal där posten används. Standard-ACL:n för rotkanalen ger till exempel behörigheten &lt;i&gt;Skriv&lt;/i&gt; till gruppen &lt;i&gt;admin&lt;/i&gt;. Om posten ärvs av en kanal får en användare skrivbehörighet om användaren tillhör gruppen &lt;i&gt;admin&lt;/i&gt; i den kanalen, även om användaren inte tillhör gruppen &lt;i&gt;admin&lt;/i&gt; i kanalen där ACL:n skapades.&lt;br /&gt;Om ett gruppnamn börjar med &apos;!&apos; inverteras medlemskapet. Om det börjar med &apos;~&apos; utvärderas det i kanalen där ACL:n definierades i stället för i kanalen där den är aktiv.&lt;br /&gt;Om ett gruppnamn börjar med &apos;#&apos; tolkas det som en åtkomsttoken. För att matcha måste användaren ha angett texten efter &apos;#&apos; i sin lista över åtkomsttoken. Detta kan användas för enkel lösenordsåtkomst till kanaler för icke-autentiserade användare.&lt;br /&gt;Om ett gruppnamn börjar med &apos;$&apos; matchar det endast användare vars certifikathash motsvarar texten efter &apos;$&apos;.&lt;br /&gt;Några särskilda fördefinierade grupper är:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; – alla matchar.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; – alla autentiserade användare matchar.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; – användare som befinner sig i en underkanal med minst &lt;i&gt;a&lt;/i&gt; gemensamma överordnade kanaler och mellan &lt;i&gt;b&lt;/i&gt; och &lt;i&gt;c&lt;/i&gt; nivåer nedåt i kedjan. Mer utförlig dokumentation finns på webbplatsen.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; – användare som befinner sig i kanalen matchar (en förenkling av &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; – användare utanför kanalen matchar (en förenkling av &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;En post gäller antingen en användare eller en grupp, inte båda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br /&gt;This field allows you to easily set and change the password of a channel. It uses Mumble&apos;s access tokens feature in the background. Use ACLs and groups if you need more fine grained and powerful access control.</source>
        <translation>&lt;b&gt;Lösenord&lt;/b&gt;&lt;br /&gt;Med det här fältet kan du enkelt ange och ändra kanalens lösenord. Mumbles funktion för åtkomsttoken används i bakgrunden. Använd ACL:er och grupper om du behöver mer detaljerad och kraftfull åtkomstkontroll.</translation>
    </message>
    <message>
        <source>This shows all the entries active on this channel. Entries inherited from parent channels will be shown in italics.&lt;br /&gt;ACLs are evaluated top to bottom, meaning priority increases as you move down the list.</source>
        <translation>Detta visar alla poster aktiva i den här kanalen. Poster ärvda från överordnade kanaler kommer att visas kursivt.&lt;br /&gt;ACL:er utvärderas från topp till botten, vilket betyder att prioriteten ökar om du flyttar nedåt i listan.</translation>
    </message>
    <message>
        <source>ID of the channel.</source>
        <translation>Kanalens ID.</translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation>Högsta antal användare</translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation>Maximalt antal tillåtna användare i kanalen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum Users&lt;/b&gt;&lt;br /&gt;
This value allows you to set the maximum number of users allowed in the channel. If the value is above zero, only that number of users will be allowed to enter the channel. If the value is zero, the maximum number of users in the channel is given by the server&apos;s default limit.</source>
        <translation>&lt;b&gt;Högsta antal användare&lt;/b&gt;&lt;br /&gt;
Anger hur många användare som högst får finnas i kanalen. Ett värde över noll begränsar kanalen till det antalet användare. Värdet noll använder serverns standardgräns.</translation>
    </message>
    <message>
        <source>This is the sort order for the channel.</source>
        <translation>Detta är kanalens sorteringsordning.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation>Kanalens lösenord</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalens namn</translation>
    </message>
    <message>
        <source>Inherited group members</source>
        <translation>Ärvda gruppmedlemmar</translation>
    </message>
    <message>
        <source>Inherited channel members</source>
        <translation>Ärvda kanalmedlemmar</translation>
    </message>
    <message>
        <source>List of ACL entries</source>
        <translation>Lista över ACL-poster</translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation>Kanalposition</translation>
    </message>
    <message>
        <source>Channel maximum users</source>
        <translation>Högsta antal användare i kanalen</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Kanalbeskrivning</translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation>Välj medlem att lägga till</translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation>Undantagna gruppmedlemmar</translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation>Välj medlem att ta bort</translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation>Lista över poster i åtkomstkontrollistan</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>Välj grupp</translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Väljer den grupp som ACL-posten gäller. Du kan inte välja både en grupp och en användare.</translation>
    </message>
    <message>
        <source>Select user</source>
        <translation>Välj användare</translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Väljer den användare som ACL-posten gäller. Du kan inte välja både en grupp och en användare.</translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation>Lista över tillgängliga behörigheter</translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Standardkort för ALSA</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation>Kunde inte öppna vald ALSA-ingång: %1</translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Standardkort för ALSA</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation>Kunde inte öppna vald ALSA-utgång: %1</translation>
    </message>
</context>
<context>
    <name>ALSAEnumerator</name>
    <message>
        <source>Getting name (longname) of the sound card failed: %1</source>
        <translation>Att få namn (långnamn) på ljudkortet misslyckades: %1</translation>
    </message>
    <message>
        <source>Getting name of the sound card failed: %1</source>
        <translation>Att få namnet på ljudkortet misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation>%1 → buffert med %2 samplingar och %3 samplingsupplösning (%4 föredras) vid %5 Hz</translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation>ASIO kunde inte initieras: %1</translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation>Det gick inte att initiera ASIO-drivrutinen</translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation>ASIO</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Val av enhet</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation>Enhet att använda som mikrofon</translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation>Väljer vilken enhet som ska undersökas. Därefter måste du läsa in enhetens kanaler och välja vilka som ska användas.</translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation>Förfråga vald enhet</translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Läser in kanalerna från den valda enheten. Många ASIO-drivrutiner innehåller allvarliga fel, och åtgärden kan krascha programmet eller systemet.</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Förfråga</translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation>Konfigurera den valda enheten</translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Konfigurerar den valda enheten. Många ASIO-drivrutiner innehåller allvarliga fel, och åtgärden kan krascha programmet eller systemet.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Konfigurera</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>Drivrutinsnamn</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Buffertstorlek</translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation>Detta kommer att konfigurera ingångskanalerna för ASIO. Var säker på att du väljer minst en kanal för mikrofon och högtalare. &lt;i&gt;Mikrofon&lt;/i&gt; ska vara där din mikrofon är ansluten. &lt;i&gt;Högtalare&lt;/i&gt; ska vara en kanal som samplar &apos;&lt;i&gt;Vad du hör&lt;/i&gt;&apos;.&lt;br /&gt;T.ex. för Audigy 2 ZS är ett bra val för mikrofon &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos;, medan högtalare borde vara &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; och &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation>Konfigurera ingångskanaler</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>&lt;-</source>
        <translation>&lt;-</translation>
    </message>
    <message>
        <source>-&gt;</source>
        <translation>-&gt;</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Oanvänd</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Högtalare</translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation>Lista över mikrofoner</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Lista över högtalare</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Enhetslista</translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation>Flytta från listan över oanvända enheter till mikrofonlistan</translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation>Flytta från mikrofonlistan till listan över oanvända enheter</translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation>Lista över oanvända enheter</translation>
    </message>
    <message>
        <source>Move from unused to speakers list</source>
        <translation>Flytta från listan över oanvända enheter till högtalarlistan</translation>
    </message>
    <message>
        <source>Move from speakers to unused list</source>
        <translation>Flytta från högtalarlistan till listan över oanvända enheter</translation>
    </message>
</context>
<context>
    <name>ASIOInput</name>
    <message>
        <source>You need to select at least one microphone and one speaker source to use ASIO.</source>
        <translation>Du måste välja minst en mikrofon och en högtalarkälla för att använda ASIO.</translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation>Kunde inte öppna vald enhet för ASIO. Ingen ändring kommer att göras.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation>Om Mumble</translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation>&amp;Om Mumble</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>&amp;Författare</translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation>&amp;Tredjepartslicenser</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>Licensavtal</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation>Licensavtal för tredjepart</translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation>För en lista över författarna, vänligen besök &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</translation>
    </message>
    <message>
        <source>An Open Source, low-latency, high quality voice-chat utility</source>
        <translation>Ett röstchattprogram med öppen källkod, låg latens och hög ljudkvalitet</translation>
    </message>
</context>
<context>
    <name>AccessibleQGroupBox</name>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
</context>
<context>
    <name>AudioInput</name>
    <message>
        <source>Interface</source>
        <translation>Gränssnitt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation>Ingångsenhet för ljud</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detta är enheten som används för ljudinmatning.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation>&amp;Överför</translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation>När din röst ska överföras</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Anger när tal ska överföras.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Kontinuerligt&lt;/i&gt; – hela tiden&lt;br /&gt;&lt;i&gt;Röstaktivitet&lt;/i&gt; – när du talar tydligt&lt;br /&gt;&lt;i&gt;Tryck för att tala&lt;/i&gt; – när du håller ned kortkommandot som angetts under &lt;i&gt;Kortkommandon&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation>Tid för dubbeltryckning</translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation>Om du trycker två gånger på PTT-tangenten inom den här tiden låses den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation>&lt;b&gt;Tid för dubbeltryckning&lt;/b&gt;&lt;br /&gt;Om du trycker två gånger på tangenten för tryck för att tala inom den inställda tiden låses den. Mumble fortsätter att sända tills du trycker en gång till och låser upp PTT.</translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation>Återställ ljudsignal till standard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation>&lt;b&gt;Återställ&lt;/b&gt;&lt;br/&gt;Återställ sökvägarna för filerna till standard.</translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation>Bläddra efter ljudfil för aktivering</translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation>Bläddra efter ljudfil för inaktivering</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation>Använd SNR-baserad taldetektering</translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation>Signal–brusförhållande</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation>&lt;b&gt;Använder amplitud för taldetektering.&lt;/b&gt;&lt;br /&gt;I det här läget används ingångssignalens råa styrka för att identifiera tal.</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation>Kvarhållningstid för &amp;röst</translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation>Tid att fortsätta överföring efter tystnad</translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation>Tystnad under</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation>&lt;b&gt;Anger tröskelvärdena för taldetektering.&lt;/b&gt;&lt;br /&gt;Använd detta tillsammans med fönstret Ljudstatistik för att finjustera tröskelvärdena. Ingångsvärden under ”Tystnad under” räknas alltid som tystnad. Värden över ”Tal över” räknas alltid som tal. Värden däremellan räknas som tal om du redan talar, men utlöser inte en ny detektering.</translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation>Tal över</translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation>Signalvärden ovanför detta räknas som röst</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimering</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Kvalitet</translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation>Komprimeringskvalitet (högsta bandbredd)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation>&lt;b&gt;Anger komprimeringskvaliteten.&lt;/b&gt;&lt;br /&gt;Detta avgör hur mycket bandbredd Mumble får använda för utgående ljud.</translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation>Ljud per paket</translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation>Antal ljudbildrutor som ska skickas per paket</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation>&lt;b&gt;Anger hur många ljudbildrutor som ska placeras i varje paket.&lt;/b&gt;&lt;br /&gt;Ett högre värde ökar röstfördröjningen men minskar bandbreddsbehovet.</translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation>Ljudbearbetning</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Brusreducering</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation>&lt;b&gt;Anger hur kraftig brusreducering som ska användas.&lt;/b&gt;&lt;br /&gt;Ett högre värde reducerar stationärt brus mer aggressivt.</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Högsta förstärkning av ingångsljud</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation>&lt;b&gt;Högsta förstärkning av ingången.&lt;/b&gt;&lt;br /&gt;Mumble normaliserar ingångsvolymen före komprimeringen. Här anges hur mycket signalen får förstärkas.&lt;br /&gt;Den faktiska nivån uppdateras kontinuerligt utifrån ditt talmönster men överstiger aldrig värdet som anges här.&lt;br /&gt;Om &lt;i&gt;Mikrofonens ljudstyrka&lt;/i&gt; i ljudstatistiken ligger nära 100 % kan ett värde omkring 2,0 vara lämpligt. Om du inte når 100 % bör du välja ett högre värde.&lt;br /&gt;Ställ helst in värdet så att &lt;i&gt;Mikrofonens ljudstyrka × förstärkningsfaktor &gt;= 100&lt;/i&gt;, även när du talar mycket tyst.&lt;br /&gt;&lt;br /&gt;Det är inte skadligt att välja högsta värdet, men automatisk justering till den nivån kan göra att Mumble fångar upp andra samtal.</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Aktuell sannolikhet för taldetektering</translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation>Aktiverar reducering av eko från högtalarna. Blandat läge belastar processorn lite men fungerar bara bra om högtalarna är lika starka och befinner sig på samma avstånd från mikrofonen. Flerkanalig ekoreducering ger bättre resultat men belastar processorn mer.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation>&lt;b&gt;Använder signal–brusförhållandet för taldetektering.&lt;/b&gt;&lt;br /&gt;I det här läget analyseras ingången efter en tydlig signal. Signalens tydlighet används för att utlösa taldetektering.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Visar de aktuella inställningarna för taldetektering.&lt;/b&gt;&lt;br /&gt;Inställningarna kan ändras i dialogrutan Inställningar eller i ljudguiden.</translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation>Signalvärden under detta räknas som tystnad</translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation>Högsta bandbredd att använda för sändning av ljud</translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation>Använd amplitudbaserad taldetektering</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation>&lt;b&gt;Anger hur länge överföringen ska fortsätta efter att talet verkar ha upphört.&lt;/b&gt;&lt;br /&gt;Öka värdet om rösten bryts upp när du talar, vilket visas genom att röstikonen bredvid ditt namn blinkar snabbt.</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation>Exklusivt läge</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Detta öppnar enheten i exklusivt läge.&lt;/b&gt;&lt;br /&gt;Inga andra program kommer kunna använda enheten.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Å&amp;terställ</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>B&amp;läddra...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation>&lt;b&gt;Förhandsgranska&lt;/b&gt;&lt;br/&gt;Spelar upp det nuvarande &lt;i&gt;på-ljudet&lt;/i&gt; följt av det nuvarande &lt;i&gt;av-ljudet&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation>Visar ett fönster som alltid ligger överst och innehåller en knapp för tryck för att tala</translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation>Visa fönstret för tryck för att tala</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Blandat</translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation>Spelas vid början av röstöverföring</translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation>Spelas vid slut av röstöverföring</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation>Tid som mikrofonen förblir öppen efter att PTT-tangenten har släppts</translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation>Serverns maximala nätverkskapacitet är bara %1 kbit/s. Ljudkvaliteten justerades till %2 kbit/s (%3 ms)</translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation>Maximal förstärkning</translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation>Efteråtgärd</translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation>minuter, gör</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>deafen</source>
        <translation>tysta</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>stäng av mikrofonen</translation>
    </message>
    <message>
        <source>after</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation>Ekoavbrytning</translation>
    </message>
    <message>
        <source>The idle action will be reversed upon any key or mouse button input</source>
        <translation>Den inaktiva åtgärden kommer att återföras vid alla tangent- eller musknappsinmatningar</translation>
    </message>
    <message>
        <source>Undo Idle action upon activity</source>
        <translation>Ångra viloläge vid aktivitet</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Ljudingång</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detta är den inmatningsmetod som ska användas för ljud.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kb/s&lt;/b&gt; or higher. </source>
        <translation>Aktivera Opus lågfördröjningsläge när kvaliteten är inställd på &lt;b&gt;64 kb/s&lt;/b&gt; eller högre. </translation>
    </message>
    <message>
        <source>If checked, Mumble will enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kbit/s&lt;/b&gt; or higher. Low-delay mode decreases latency by &lt;b&gt;~15 milliseconds&lt;/b&gt; in the round trip. This mode may require an higher bitrate to preserve the same quality, in comparison with the music and VOIP modes.</source>
        <translation>Om markerat kommer Mumble att aktivera Opus lågfördröjningsläge när kvaliteten är inställd på &lt;b&gt;64 kbit/s&lt;/b&gt; eller högre. Lågfördröjningsläget minskar latensen med &lt;b&gt;~ 15 millisekunder&lt;/b&gt; i tur och retur. Detta läge kan kräva en högre bithastighet för att bevara samma kvalitet, jämfört med musik- och VOIP-lägen.</translation>
    </message>
    <message>
        <source>Allow low delay mode</source>
        <translation>Tillåt läge med låg fördröjning</translation>
    </message>
    <message>
        <source>Don&apos;t use noise suppression.</source>
        <translation>Använd inte brusreducering.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by Speex.</source>
        <translation>Använd brusreduceringsalgoritmen från Speex.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by RNNoise.</source>
        <translation>Använd brusreduceringsalgoritmen från RNNoise.</translation>
    </message>
    <message>
        <source>Use a combination of Speex and RNNoise to do noise suppression.</source>
        <translation>Använd en kombination av Speex och RNNoise för brusreducering.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Båda två</translation>
    </message>
    <message>
        <source>This controls the amount by which Speex will suppress noise.</source>
        <translation>Detta styr hur mycket Speex ska reducera buller.</translation>
    </message>
    <message>
        <source>Speex suppression strength</source>
        <translation>Speex reduceringsstyrka</translation>
    </message>
    <message>
        <source>Mute cue</source>
        <translation>Tyst signal</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>Blä&amp;ddra...</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>För&amp;visa</translation>
    </message>
    <message>
        <source>Audio cue when using...</source>
        <translation>Ljudsignal när du använder...</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Push To Talk</source>
        <translation>Ljudsignal vid start eller stopp för sändning med Push To Talk</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Push To Talk.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Det här aktiverar ljudmeddelanden vid sändning när du använder Push To Talk.&lt;/b&gt;&lt;br /&gt;Om du ställer in detta ger det dig ett kort ljudpip när du börjar och slutar sända.</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Tryck för att tala</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Voice Activity</source>
        <translation>Ljudsignal när överföring med röstaktivitet startar eller stoppas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Voice Activity.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Aktiverar ljudsignaler vid överföring med röstaktivitet.&lt;/b&gt;&lt;br /&gt;En kort ljudsignal spelas när överföringen startar och stoppas.</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Röstaktivitet</translation>
    </message>
    <message>
        <source>Input backend for audio</source>
        <translation>Ljudsystem för inmatning</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>System för ljudinmatning</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Enhet för ljudinmatning</translation>
    </message>
    <message>
        <source>Transmission mode</source>
        <translation>Överföringsläge</translation>
    </message>
    <message>
        <source>Push to talk lock threshold</source>
        <translation>Tidsgräns för att låsa tryck för att tala</translation>
    </message>
    <message>
        <source>Switch between push to talk and continuous mode by double tapping in this time frame</source>
        <translation>Växla mellan tryck för att tala och kontinuerligt läge genom att trycka två gånger inom den här tiden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voice hold Time&lt;/b&gt;&lt;br /&gt;After you release the push-to-talk key Mumble will keep transmitting for the selected amount of time.</source>
        <translation>&lt;b&gt;Kvarhållningstid för röst&lt;/b&gt;&lt;br /&gt;När du släpper knappen för tryck för att tala fortsätter Mumble att sända under den valda tiden.</translation>
    </message>
    <message>
        <source>Push to talk hold threshold</source>
        <translation>Kvarhållningstid för tryck för att tala</translation>
    </message>
    <message>
        <source>Extend push to talk send time after the key is released by this amount of time</source>
        <translation>Fortsätt sända så här länge efter att knappen för tryck för att tala har släppts</translation>
    </message>
    <message>
        <source>Voice hold time</source>
        <translation>Kvarhållningstid för röst</translation>
    </message>
    <message>
        <source>Silence below threshold</source>
        <translation>Tröskelvärde för tystnad</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal silence</source>
        <translation>Anger tröskelvärdet under vilket Mumble alltid betraktar signalen som tystnad</translation>
    </message>
    <message>
        <source>Speech above threshold</source>
        <translation>Tröskelvärde för tal</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal speech</source>
        <translation>Anger tröskelvärdet över vilket Mumble alltid betraktar signalen som tal</translation>
    </message>
    <message>
        <source>This sets how much speech is packed into a single network package</source>
        <translation>Anger hur mycket tal som packas i ett enda nätverkspaket</translation>
    </message>
    <message>
        <source>Audio compression quality</source>
        <translation>Kvalitet på ljudkomprimering</translation>
    </message>
    <message>
        <source>This sets the target compression bitrate</source>
        <translation>Anger målbitfrekvensen för komprimeringen</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Högsta förstärkning</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Talet förstärks dynamiskt med högst den här faktorn</translation>
    </message>
    <message>
        <source>Noise suppression strength</source>
        <translation>Styrka för brusreducering</translation>
    </message>
    <message>
        <source>Echo cancellation mode</source>
        <translation>Läge för ekoreducering</translation>
    </message>
    <message>
        <source>Path to audio file</source>
        <translation>Sökväg till ljudfil</translation>
    </message>
    <message>
        <source>Path to audio cue file when stopping to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Sökväg till ljudsignalen som spelas när du slutar tala. Öppna en fildialogruta med knappen ”Bläddra”.</translation>
    </message>
    <message>
        <source>Idle action time threshold (in minutes)</source>
        <translation>Tidsgräns för inaktivitetsåtgärd (i minuter)</translation>
    </message>
    <message>
        <source>Select what to do when being idle for a configurable amount of time. Default: nothing</source>
        <translation>Välj vad som ska hända efter en inställbar tids inaktivitet. Standard: ingenting</translation>
    </message>
    <message>
        <source>Gets played when you are trying to speak while being muted</source>
        <translation>Spelas när du försöker tala medan mikrofonen är avstängd</translation>
    </message>
    <message>
        <source>Path to mute cue file. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Sökväg till ljudsignalen för avstängd mikrofon. Öppna en fildialogruta med knappen ”Bläddra”.</translation>
    </message>
    <message>
        <source>Browse for mute cue audio file</source>
        <translation>Bläddra efter ljudsignal för avstängd mikrofon</translation>
    </message>
    <message>
        <source>Path to audio cue file when starting to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Sökväg till ljudsignalen som spelas när du börjar tala. Öppna en fildialogruta med knappen ”Bläddra”.</translation>
    </message>
    <message>
        <source>Preview the mute cue</source>
        <translation>Förhandsgranska ljudsignalen för avstängd mikrofon</translation>
    </message>
    <message>
        <source>The mute cue is an audio sample which plays when you are trying to speak while being muted</source>
        <translation>Ljudsignalen spelas när du försöker tala medan mikrofonen är avstängd</translation>
    </message>
    <message>
        <source>Preview both audio cues</source>
        <translation>Förhandsgranska båda ljudsignalerna</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows peak outgoing bandwidth used.&lt;/b&gt;&lt;br /&gt;This shows the peak amount of bandwidth sent out from your machine. Audio bitrate is the maximum bitrate for the audio data alone. Position is the bitrate used for positional information. Overhead is our framing and the IP packet headers (IP and UDP is 75% of this overhead).</source>
        <translation>&lt;b&gt;Visar den högsta använda utgående bandbredden.&lt;/b&gt;&lt;br /&gt;Här visas den högsta bandbredd som skickas från datorn. Ljudbitfrekvens är den högsta bitfrekvensen för enbart ljuddata. Position är bitfrekvensen för positionsinformation. Protokollpålägg är vår inramning och IP-pakethuvudena (IP och UDP utgör 75 % av detta pålägg).</translation>
    </message>
</context>
<context>
    <name>AudioInputDialog</name>
    <message>
        <source>Continuous</source>
        <translation>Kontinuerligt</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Röstaktivitet</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Tryck för att Tala</translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation>Ljudingång</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>-%1 dB</source>
        <translation>-%1 dB</translation>
    </message>
    <message>
        <source>%1 kbit/s (Audio %2, Position %4, Overhead %3)</source>
        <translation>%1 kbit/s (Ljud %2, Position %4, Över %3)</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Tillgång till mikrofonen nekades. Kontrollera att ditt operativsystems mikrofoninställningar tillåter att Mumble använder mikrofonen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Disable echo cancellation.</source>
        <translation>Inaktivera ekoavbrytning.</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisekunder</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>kilobits per second</source>
        <translation>kilobit per sekund</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>decibeller</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Interface</source>
        <translation>Gränssnitt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Utgångsmetod för ljud</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation>Utgångsenhet för ljud</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detta är utgångsenheten att använda för ljud.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Positionsljud</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Ljudutgång</translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation>Standard &amp;jitterbuffert</translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation>Säkerhetsmarginal för jitterbuffert</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation>&lt;b&gt;Detta ställer in den lägsta säkerhetsmarginalen för jitterbufferten.&lt;/b&gt;&lt;br /&gt;Allt inkommande ljud buffras och jitterbufferten fortsätter att tvinga bufferten så lågt som möjligt av ditt nätverk, för att få en så låg latens som möjligt. Detta ställer in den lägsta buffertstorleken att använda. Om början på meningar är skakiga, öka detta värde.</translation>
    </message>
    <message>
        <source>This sets the minimum distance for sound calculations. The volume of other users&apos; speech will not decrease until they are at least this far away from you.</source>
        <translation>Detta ställer in det lägsta avståndet att använda för ljudberäkningar. Volymen för andra användares tal kommer inte att sänkas tills de är så här långt ifrån dig.</translation>
    </message>
    <message>
        <source>This sets the maximum distance for sound calculations. When farther away than this, other users&apos; speech volume will not decrease any further.</source>
        <translation>Detta ställer in det lägsta avståndet att använda för ljudberäkningar. Vid längre avstånd än detta kommer andra användares talvolym inte att sänkas lägre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables one of the loopback test modes.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;None&lt;/i&gt; - Loopback disabled&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emulate a local server.&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; - Request loopback from server.&lt;br /&gt;Please note than when loopback is enabled, no other users will hear your voice. This setting is not saved on application exit.</source>
        <translation>&lt;b&gt;Aktiverar ett av testlägena för återkoppling.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Ingen&lt;/i&gt; – återkoppling inaktiverad&lt;br /&gt;&lt;i&gt;Lokal&lt;/i&gt; – emulera en lokal server&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; – begär återkoppling från servern&lt;br /&gt;När återkoppling är aktiverad kan inga andra användare höra dig. Inställningen sparas inte när Mumble avslutas.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation>Volym för inkommande tal</translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation>&lt;b&gt;Detta justerar volymen för inkommande tal.&lt;/b&gt;&lt;br /&gt;Kom ihåg att om du ökar detta över 100%, kommer ljudet att förvrängas.</translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation>Utgångsfördröjning</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Mängd data att buffra</translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation>De anslutna &quot;högtalarna&quot; är faktiskt hörlurar</translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation>Blomning</translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation>Faktisk ökning av volym</translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation>Hur mycket ska ljudvolymen ökas för källor som är väldigt nära?</translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation>Markering av detta ökar att du inte har högtalare anslutna, endast hörlurar. Detta är viktigt, då högtalare oftast är framför dig medan hörlurar är direkt på höger/vänster-sidorna.</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Detta ställer in mängden data att förbuffra i utgångsbufferten. Experimentera med olika värden och ställ in det lägsta som inte orsakar snabbt jitter i ljudet.</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Hörlurar</translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation>Lägsta avstånd</translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation>Högsta avstånd</translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation>Lägsta volym</translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation>Vad borde volymen vara vid högsta avstånd?</translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation>Återkopplingstest</translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation>Fördröjningsvariation</translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation>Variation i paketfördröjning</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation>&lt;b&gt;Anger variationen i paketfördröjning vid återkopplingstest.&lt;/b&gt;&lt;br /&gt;De flesta ljudvägar har en varierande fördröjning. Här kan du ange variationen som ska simuleras i återkopplingsläget. Värdet 15 ms simulerar till exempel ett nätverk med 20–35 ms eller 80–95 ms pingfördröjning. De flesta privata internetanslutningar har en variation på omkring 5 ms.</translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation>Paketförluster</translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation>Paketförlust i återkopplingsläge</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation>&lt;b&gt;Anger paketförlusten i återkopplingsläget.&lt;/b&gt;&lt;br /&gt;Värdet är andelen paket som går förlorade. Om den utgående bandbredden inte är fullt utnyttjad och nätverksanslutningen fungerar bör värdet vara 0 %.</translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation>&amp;Återkoppling</translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation>Önskat återkopplingsläge</translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation>Dämpa program med...</translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation>Dämpning av andra program vid tal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation>&lt;b&gt;Dämpa andra programs volym vid tal&lt;/b&gt;&lt;br /&gt;Mumble stödjer sänkning av volymen för andra program vid inkommande och/eller utgående tal. Detta ställer in dämpningen för andra program, om funktionen är aktiverad.</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation>Vid markering sänker Mumble volymen för andra program när andra användare talar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation>&lt;b&gt;Dämpa program då andra användare talar&lt;/b&gt;&lt;br /&gt;Mumble stödjer sänkning av volymen för andra program vid inkommande och/eller utgående tal. Detta gör att Mumble aktiverar funktionen då andra användare talar med dig.</translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation>när andra talar</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation>Vid markering sänker Mumble volymen för andra program när du talar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation>&lt;b&gt;Dämpa program när du talar&lt;/b&gt;&lt;br /&gt;Mumble stödjer sänkning av volymen för andra program vid inkommande och/eller utgående tal. Detta gör att volymen för andra program vid inkommande och/eller utgående tal. Detta för att Mumble aktiverar funktionen då du talar.</translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation>när du talar</translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation>Exklusivt läge, rekommenderas inte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Detta öppnar enheten i exklusivt läge.&lt;/b&gt;&lt;br /&gt;Inga andra program kommer kunna använda enheten.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other users while you talk if you have the &quot;Priority Speaker&quot; status.</source>
        <translation>Vid markering sänker Mumble volymen för övriga användare medan du talar om du har &quot;Prioriterad talare&quot; som status.</translation>
    </message>
    <message>
        <source>If checked, Mumble will only attenuate applications that are using the same output source as Mumble</source>
        <translation>Vid markering kommer Mumble endast att dämpa program som använder sig av samma utgångskälla som Mumble</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate only applications using the same output as Mumble&lt;/b&gt;&lt;br /&gt;If checked, applications that use a different output than Mumble will not be attenuated.</source>
        <translation>&lt;b&gt;Dämpa endast program som använder samma utgångskälla som Mumble.&lt;/b&gt;&lt;br /&gt;Vid markering kommer program som använder en annan utgångskälla än Mumble inte att bli dämpat.</translation>
    </message>
    <message>
        <source>Only attenuate applications using the same output device</source>
        <translation>Dämpa endast program som använder samma utgångskälla</translation>
    </message>
    <message>
        <source>If checked, PulseAudio loopback modules will be attenuated</source>
        <translation>Om alternativet är markerat dämpas PulseAudios återkopplingsmoduler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate PulseAudio loopback modules&lt;/b&gt;&lt;br /&gt;If loopback modules are linked to Mumble&apos;s output device/sink, they will also be attenuated.</source>
        <translation>&lt;b&gt;Dämpa PulseAudios återkopplingsmoduler&lt;/b&gt;&lt;br /&gt;Om återkopplingsmoduler är länkade till Mumbles utmatningsenhet eller ljudsänka dämpas även de.</translation>
    </message>
    <message>
        <source>Attenuate PulseAudio loopback modules</source>
        <translation>Dämpa PulseAudios återkopplingsmoduler</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Ljudutgång</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Det här är utmatningsmetoden för att använda till ljudet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate other users while talking as Priority Speaker&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other users while you talk as the &lt;i&gt;Priority Speaker&lt;/i&gt; to avoid getting disturbed. Checking this checkbox will enable this feature.</source>
        <translation>&lt;b&gt;Dämpa andra användare medan du pratar som prioritetshögtalare&lt;/b&gt; &lt;br /&gt;Mumble stöder att minska volymen för andra användare medan du pratar som &lt;i&gt;Priority Speaker&lt;/i&gt; för att undvika störningar. Om du markerar den här kryssrutan aktiveras den här funktionen.</translation>
    </message>
    <message>
        <source>Attenuate other users while talking as Priority Speaker</source>
        <translation>Dämpa andra användare medan du pratar som prioritetstalare</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Attenuation</source>
        <translation>Dämpning</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Positional audio cannot work with mono output devices!</source>
        <translation>Positionsljud kan inte fungera med monoutgångsenheter!</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>System för ljudutmatning</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Enhet för ljudutmatning</translation>
    </message>
    <message>
        <source>Output delay of incoming speech</source>
        <translation>Utmatningsfördröjning för inkommande tal</translation>
    </message>
    <message>
        <source>Jitter buffer time</source>
        <translation>Tid för jitterbuffert</translation>
    </message>
    <message>
        <source>Attenuation percentage</source>
        <translation>Dämpningsprocent</translation>
    </message>
    <message>
        <source>During speech, the volume of other applications will be reduced by this amount</source>
        <translation>När någon talar sänks volymen för andra program med den här mängden</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>Lägsta volym</translation>
    </message>
    <message>
        <source>Minimum distance</source>
        <translation>Minsta avstånd</translation>
    </message>
    <message>
        <source>Maximum distance</source>
        <translation>Största avstånd</translation>
    </message>
    <message>
        <source>Loopback artificial delay</source>
        <translation>Simulerad fördröjning vid återkoppling</translation>
    </message>
    <message>
        <source>Loopback artificial packet loss</source>
        <translation>Simulerad paketförlust vid återkoppling</translation>
    </message>
    <message>
        <source>Loopback test mode</source>
        <translation>Testläge för återkoppling</translation>
    </message>
    <message>
        <source>The loopback test can be used to test your audio configuration. While the loopback test is enabled, others will not be able to hear you.</source>
        <translation>Återkopplingstestet kan användas för att prova ljudinställningarna. Medan testet är aktiverat kan andra inte höra dig.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>vid</translation>
    </message>
    <message>
        <source>while someone in your channel talks</source>
        <translation>medan någon i din kanal talar</translation>
    </message>
    <message>
        <source>always</source>
        <translation>alltid</translation>
    </message>
    <message>
        <source>Attenuate listeners by...</source>
        <translation>Dämpa lyssnare med …</translation>
    </message>
</context>
<context>
    <name>AudioOutputDialog</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Ljudutgång</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Distance at which audio volume from another player starts decreasing</source>
        <translation>Avståndet där ljudvolymen från en annan spelare börjar minska</translation>
    </message>
    <message>
        <source>Distance at which a player&apos;s audio volume has reached its minimum value</source>
        <translation>Avstånd som en spelares ljudvolym har nått sitt minimivärde</translation>
    </message>
    <message>
        <source>The minimum volume a player&apos;s audio will fade out to with increasing distance. Set to 0% for it to fade into complete silence for a realistic maximum hearing distance.</source>
        <translation>Minsta volym som en spelares ljud kommer att tona ut med ökande avstånd. Ställ in på 0% för att den ska blekna till fullständig tystnad för ett realistiskt maximalt hörselavstånd.</translation>
    </message>
    <message>
        <source>If an audio source is close enough, blooming will cause the audio to be played on all speakers more or less regardless of their position (albeit with lower volume)</source>
        <translation>Om en ljudkälla är tillräckligt nära kommer blommande att göra att ljudet spelas upp på alla högtalare mer eller mindre oavsett deras position (om än med lägre volym)</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisekunder</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>metrar</translation>
    </message>
</context>
<context>
    <name>AudioOutputSample</name>
    <message>
        <source>Choose sound file</source>
        <translation>Välj ljudfil</translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation>Ogiltig ljudfil</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation>Filen &apos;%1&apos; kan inte användas av Mumble. Välj en annan fil med ett kompatibelt format och kodning.</translation>
    </message>
</context>
<context>
    <name>AudioStats</name>
    <message>
        <source>&gt;1000 ms</source>
        <oldsource>&gt;1000ms</oldsource>
        <translation>&gt;1000 ms</translation>
    </message>
    <message>
        <source>Audio Statistics</source>
        <translation>Ljudstatistik</translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation>Ingångsnivåer</translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation>Högsta mikrofonnivå</translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation>Toppkraft i sista ruta</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation>Detta visar den högsta kraften i den senaste rutan (20 ms) och är samma mätning som du skulle hittat under &quot;ingångskraft&quot;. Ignorera detta och titta på &lt;b&gt;mikrofonkraft&lt;/b&gt; i stället, vilket är mycket jämnare och bortser från avvikelser.</translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation>Högsta högtalarnivå</translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation>Detta visar den högsta kraften för högtalarna i den senaste rutan (20 ms). Såvida du inte använder en samplingsmetod för multikanal (t.ex. ASIO) med högtalarkanaler konfigurerade, kommer detta blir 0. Om du har en sådan uppsättning konfigurerad kommer detta visas som 0 då du spelar ljud från andra program, fungerar inte din uppsättning.</translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation>Högsta klara nivå</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation>Detta visar den högsta kraften den senaste rutan (20 ms) efter alla procedurer. I bästa fall ska detta vara -96 dB när du inte talar. I verkligeheten är ett ljud -60 dB, men du borde se någonting vid ungefär -20 dB. När du talar ska detta höjas till någonting mellan -5 och -10 dB.&lt;br /&gt;Om du använder ekoborttagning och detta ökar till mer än -15 dB när du inte talar, är din uppsättning felaktig och du kommer att störa andra användare med ekon.</translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation>Signalanalys</translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation>Mikrofonkraft</translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation>Hur nära den nuvarande ingångsnivån är till idealisk</translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation>Detta visar hur nära din nuvarande ingångsvolym är till idealisk. För att justera din mikrofonnivå, öppna ett program som du använder för att justera inspelningsvolymen och leta efter värdet här medan du talar.&lt;br /&gt;&lt;b&gt;Tala högt, som om att du vore upprörd för att du sköts av en liten n00big P12:a.&lt;/b&gt;&lt;br /&gt;Justera volymen tills detta värda är nära 100%, men se till att det inte för över det. Om det går över, kommer du säkerligen att få klippningar i ditt tal, som kommer att försämra ljudkvaliteten.</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Signal–brusförhållande</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation>Signal–brusförhållande från mikrofonen</translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation>Detta är mikrofonens signal–brusförhållande (SNR) i den senaste bildrutan (20 ms). Det visar hur mycket tydligare rösten är än bruset.&lt;br /&gt;Om värdet är lägre än 1,0 innehåller signalen mer brus än röst och kvaliteten försämras.&lt;br /&gt;Värdet har ingen övre gräns, men utan en ljudstudio är värden över 40–50 ovanliga.</translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation>Tallikhet</translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation>Talsannolikhet</translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation>Detta är sannolikheten för att den senaste bildrutan (20 ms) innehöll tal och inte omgivningsbrus.&lt;br /&gt;Röstaktiverad överföring är beroende av att värdet är korrekt. Mitten av en mening identifieras alltid som tal. Svårigheten är pauserna mellan orden och början av talet. Det är till exempel svårt att skilja en suck från ett ord som börjar med ”h”.&lt;br /&gt;Om värdet visas med fetstil sänder Mumble för närvarande, förutsatt att du är ansluten.</translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation>Detaljerad information</translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation>Nuvarande ljudbitrate</translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation>Bitrate för den senaste rutan</translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation>Dubbelklicks-intervall</translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation>Tid mellan de två senaste PTT-tryckningarna</translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation>Upptäckning av talaktivitet</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Aktuell sannolikhet för taldetektering</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Visar de aktuella inställningarna för taldetektering.&lt;/b&gt;&lt;br /&gt;Inställningarna kan ändras i dialogrutan Inställningar eller i ljudguiden.</translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation>Kraftspektrum för signal och buller</translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation>Kraftspektrum för ingångssignaler och bulleruppskattning</translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation>Detta visar kraftspektrumet för den nuvarande ingångssignalen (röd) och de nuvarande bulleruppskattningen (fylls blå).&lt;br /&gt;Alla amplituder multipliceras med 30 för att visa de intressanta delarna (hur mycket mer signal än buller som presenteras i varje våg).&lt;br /&gt;Detta är intressant om du försöker att finjustera bullerförutsättningen på din mikrofon. Under goda förutsättningar ska det endast vara en liten mängd blått vid botten. Om det blåa är mer än halvvägs upp i grafen, har du en dålig bulleromgivning.</translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation>Ekoanalyser</translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation>Vikter för ekoavbrytaren</translation>
    </message>
    <message>
        <source>This shows the weights of the echo canceller, with time increasing downwards and frequency increasing to the right.&lt;br /&gt;Ideally, this should be black, indicating no echo exists at all. More commonly, you&apos;ll have one or more horizontal stripes of bluish color representing time delayed echo. You should be able to see the weights updated in real time.&lt;br /&gt;Please note that as long as you have nothing to echo off, you won&apos;t see much useful data here. Play some music and things should stabilize. &lt;br /&gt;You can choose to view the real or imaginary parts of the frequency-domain weights, or alternately the computed modulus and phase. The most useful of these will likely be modulus, which is the amplitude of the echo, and shows you how much of the outgoing signal is being removed at that time step. The other viewing modes are mostly useful to people who want to tune the echo cancellation algorithms.&lt;br /&gt;Please note: If the entire image fluctuates massively while in modulus mode, the echo canceller fails to find any correlation whatsoever between the two input sources (speakers and microphone). Either you have a very long delay on the echo, or one of the input sources is configured wrong.</source>
        <translation>Detta visar ekoreduceringens vikter, med tiden ökande nedåt och frekvensen åt höger.&lt;br /&gt;Helst ska bilden vara svart, vilket betyder att inget eko finns. Vanligare är en eller flera blåaktiga horisontella ränder som motsvarar tidsfördröjt eko. Vikterna ska uppdateras i realtid.&lt;br /&gt;Om det inte finns något ljud som kan ge upphov till eko visas inte särskilt användbara data. Spela upp musik så bör värdena stabiliseras. &lt;br /&gt;Du kan visa de reella eller imaginära delarna av vikterna i frekvensdomänen eller den beräknade modulen och fasen. Modulen är oftast mest användbar eftersom den visar ekots amplitud och hur mycket av den utgående signalen som tas bort vid varje tidpunkt. De andra lägena är främst avsedda för den som finjusterar algoritmerna för ekoreducering.&lt;br /&gt;Om hela bilden varierar kraftigt i modulläget hittar ekoreduceringen ingen korrelation mellan ingångskällorna, högtalarna och mikrofonen. Ekot kan då ha mycket lång fördröjning eller så är någon av ingångskällorna felkonfigurerad.</translation>
    </message>
    <message>
        <source>This is the audio bitrate of the last compressed frame (20 ms). The peak bitrate can be adjusted in the Settings dialog.</source>
        <translation>Detta är ljudbitfrekvensen för den senast komprimerade bildrutan (20 ms). Den högsta bitfrekvensen kan ändras i dialogrutan Inställningar.</translation>
    </message>
</context>
<context>
    <name>AudioWizard</name>
    <message>
        <source>Audio Tuning Wizard</source>
        <translation>Inställningsguiden för ljud</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation>Välkommen till inställningsguiden för ljud i Mumble</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation>Njut av att använda Mumble</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Enhetsval</translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation>Välj ingångs- och utgångsenheter att använda i Mumble.</translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation>Detta är enheten din mikrofon är ansluten till.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation>Ingångsmetod för ljud</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation>Ingångsenhet att använda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Väljer vilket ljudkort som ska användas för ljudingång.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation>Avbryt eko från headset eller högtalare</translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation>Använd ekoavbrytning</translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation>Detta aktiverar ekoavbrytning för utgående ljud, som hjälper för både högtalare och headsets.</translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation>Detta är enheten dina högtalare eller hörlurar är anslutna till.</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Utgångsmetod för ljud</translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation>Utgångsenhet att använda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Väljer vilket ljudkort som ska användas för ljudutgång.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation>Aktivera positionsljud</translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation>Tillåter positionering för ljud</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>Ingångsenhet</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>Utgångsenhet</translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation>Detta tillåter Mumble att använda positionsljud för att placera röster.</translation>
    </message>
    <message>
        <source>&lt;p&gt;
To keep latency to an absolute minimum, it&apos;s important to buffer as little audio as possible on the soundcard. However, many soundcards report that they require a much smaller buffer than what they can actually work with, so the only way to set this value is to try and fail.
&lt;/p&gt;
&lt;p&gt;
You should hear a voice sample. Change the slider below to the lowest value which gives &lt;b&gt;no&lt;/b&gt; interruptions or jitter in the sound. Please note that local echo is disabled during this test.
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;
För att hålla latensen så låg som möjligt, är det viktigt att buffra så lite ljud som möjligt på ljudkortet. Många ljudkort rapporterar att de kräver en mindre buffert än vad de kan jobba med. Den enda vägen för att ställa in detta värdet är att testa sig fram själv.
&lt;/p&gt;
&lt;p&gt;
Du kommer att höra ett rösttest. Ställ in inställningen nedan till det lägsta värdet som &lt;b&gt;inte&lt;/b&gt; ger dig några störningar eller jitter i ljudet. Kom ihåg att lokalt ljud är inaktiverat under detta test.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Mängd data att buffra</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Detta ställer in mängden data att förbuffra i utgångsbufferten. Exprimentera med olika värden för att ställa in det lägsta som inte orsakar snabbt jitter i ljudet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the blue and green but &lt;b&gt;not&lt;/b&gt; the red zone while you speak.
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;
Öppna din kontrollpanel för ljud och gå till inspelningsinställningar. Se till att mikrofonen är vald som aktiv ingång, med högsta inspelningsvolym. Om det finns ett alternativ för att aktivera &quot;Mikrofonförstärkning&quot;, se till att det är markerat.
&lt;/p&gt;
&lt;p&gt;
Tala högljutt, som om att du är irriterad eller nyfiken. Sänk volymen i kontrollpanelen för ljud tills baren under stannar så högt som möjligt i den gröna och blåa, men &lt;b&gt;inte&lt;/b&gt; i det röda området medan du talar.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Positionsljud</translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation>Justerar dämpning av positionsljud.</translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation>Använd hörlurar i stället för högtalare</translation>
    </message>
    <message>
        <source>&lt;p&gt;
Congratulations. You should now be ready to enjoy a richer sound experience with Mumble.
&lt;/p&gt;
&lt;p&gt;
Mumble is under continuous development, and the development team wants to focus on the features that benefit the most users. To this end, Mumble supports submitting anonymous statistics about your configuration to the developers. These statistics are essential for future development, and also make sure the features you use aren&apos;t deprecated.
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;
Grattis! Du bör nu vara redo att njuta av en rikare ljudupplevelse med Mumble.
&lt;/p&gt;
&lt;p&gt;
Mumble utvecklas kontinuerligt och utvecklingsteamet vill fokusera på de funktioner som gynnar flest användare. För detta ändamål stöder Mumble att anonym statistik om din konfiguration skickas in till utvecklarna. Denna statistik är viktig för framtida utveckling, och ser även till att de funktioner du använder inte är föråldrade.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation>Använd hörlurar</translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation>Detta ignorerar högtalarkonfigurationen för ditt OS och konfigurerar positioneringen för högtalare i stället.</translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation>Volymjustering</translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation>Justerar mikrofonens maskinvaruvolym till optimala inställningar.</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation>Tala lugnt, som om du talar mitt i natten och inte vill störa någon. Justera inställningen nedan så att baren flyttas till grönt när du talar, men förblir blå när du är tyst.</translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation>Upptäckning av röstaktivitet</translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation>Låt Mumble räkna ut när du talar och när du är tyst.</translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation>Detta hjälper Mumble att räkna ut när du talar. Det första steget är att välja vilket datavärde som ska användas.</translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation>Råamplitud från ingång</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Signal–brusförhållande</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation>Nu behöver du justera följande inställning. De första få yttranden du säger bör hamna i det gröna området (slutgiltigt tal). Vid tal, bör du stanna inom den gula (kan vara tal), så när du inte talar ska allt vara rött (definitivt inte tal).</translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation>Enhetsjustering</translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation>Ändrar fördröjningarna för maskinvaruutgångarna till lägsta möjliga värde.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Skicka anonym statistik till projektet Mumble</translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation>Tryck för att Tala:</translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation>Kvalitet &amp; notifieringar</translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation>Justera kvalitets- och notifieringsinställningar.</translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation>Kvalitetsinställningar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanserat</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Notifieringsinställningar</translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation>Använd text-till-tal för att läsa notifieringar och meddelande för dig.</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation>Inaktivera text-till-tal och använd ljud i stället.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation>Aktiverar dämpning av andra program när användare talar med dig</translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation>Dämpa program när andra användare talar</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation>Du har redan ställt in en anpassad kvalitetskonfiguration i Mumble. Välj den här inställningen för att behålla den.</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation>Aktiverar dämpning av andra program när användare talar med dig. Detta betyder att så snart någon börjar tala i Mumble, kommer ljudet för andra program (som musikspelare) att dämpas så att du kan höra Mumble bättre.</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Använd vissa högkontrastanpassningar för användare med synnedsättning</translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation>Använd grafik med hög kontrast</translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation>Behåll anpassade text-till-tal-inställningar.</translation>
    </message>
    <message>
        <source>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the striped and the empty but &lt;b&gt;not&lt;/b&gt; the crisscrossed zone while you speak.
&lt;/p&gt;
</source>
        <oldsource>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the striped and the empty but &lt;b&gt;not&lt;/b&gt; the criss-crossed zone while you speak.
&lt;/p&gt;
</oldsource>
        <comment>For high contrast mode</comment>
        <translation>&lt;p&gt;
Öppna din kontrollpanel och gå till inspelningsinställningarna. Var säker på att mikrofonen är vald som aktiv ingång med högsta inspelningsvolym. Om det finns ett alternativ för att aktivera &quot;Mikrofonförstärkning&quot;, se till att det är markerat.
&lt;/p&gt;
&lt;p&gt;
Tala högt, som om du är irriterad eller upphetsad. Minska volymen i kontrollpanelen för ljud tills baren stannar så högt som möjligt i randig och tom men &lt;b&gt;inte&lt;/b&gt; i det genomkorsade området när du talar.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation>Tala lugnt, som om du skulle prata mitt i natten och inte vill störa någon. Justera inställningen nedan så att baren flyttas till det tomma området när du talar, men i det randiga när du är tyst.</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation>Nu behöver du justera följande inställning. De första yttranden du säger borde hamna i det tomma området (slutgiltigt tal). Vid tal borde du stanna inom det randiga (kan vara tal) och när du inte talar ska allt vara i det genomkorsade (definitivt inte tal).</translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation>Med den här inställningen använder Mumble &lt;b&gt;lite bandbredd&lt;/b&gt;. Det leder oundvikligen till hög latens och låg kvalitet. Välj den endast om anslutningen inte klarar de andra inställningarna. (16 kbit/s, 60 ms per paket)</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation>Detta är den &lt;b&gt;rekommenderade standardkonfigurationen&lt;/b&gt;. Den ger bra kvalitet, latens och bandbreddsanvändning. (40kbit/s, 20ms per paket)</translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation>Denna konfiguration är endast rekommenderad för användning där bandbreddskapacitet inte är ett problem, som på ett lokalt nätverk. Konfigurationen ger den lägsta latensen som stöds av Mumble och &lt;b&gt;hög ljudkvalitet&lt;/b&gt;. (72kbit/s, 10ms per paket)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detta är inmatningsmetod som användas för ljud.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the Output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detta är utmatningsmetoden för att använda till ljudet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the audio tuning wizard for Mumble. This will help you correctly set the input levels of your sound card, and also set the correct parameters for sound processing in Mumble. &lt;/p&gt;&lt;p&gt;Please be aware that as long as this wizard is active, audio will be looped locally to allow you to listen to it, and no audio will be sent to the server. &lt;/p&gt;&lt;p&gt;Note that you can cancel this wizard at any time without it having an effect on your current audio systems. The settings are only applied once this wizard has been completed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Detta är guiden för ljudinställning av Mumble. Den hjälper dig att ställa in ingångsnivåerna för ditt ljudkort på rätt sätt och även ställa in rätt parametrar för ljudbehandling i Mumble. &lt;/p&gt;&lt;p&gt;Observera att så länge den här guiden är aktiv kommer ljudet att loopas lokalt för att du ska kunna lyssna på det, och inget ljud kommer att skickas till servern. &lt;/p&gt;&lt;p&gt;Du kan avbryta den här guiden när som helst utan att det påverkar dina nuvarande ljudsystem. Inställningarna är först när den här guiden har slutförts.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble supports positional audio for some games, and will position the voice of other users relative to their position in game. Depending on their position, the volume of the voice will be changed between the speakers to simulate the direction and distance the other user is at. Such positioning depends on your speaker configuration being correct in your operating system, so a test is done here. &lt;/p&gt;&lt;p&gt;The graph below shows the position of &lt;span style=&quot; color:#56b4e9;&quot;&gt;you&lt;/span&gt;, the &lt;span style=&quot; color:#d55e00;&quot;&gt;speakers&lt;/span&gt; and a &lt;span style=&quot; color:#009e73;&quot;&gt;moving sound source&lt;/span&gt; as if seen from above. You should hear the audio move between the channels. &lt;/p&gt;&lt;p&gt;You can also use your mouse to position the &lt;span style=&quot; color:#009e73;&quot;&gt;sound source&lt;/span&gt; manually.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble har stöd för positionsljud för vissa spel och placerar andra användares röst i förhållande till deras position i spelet. Beroende på deras position kommer röstens volym att ändras mellan högtalarna för att simulera den andra användarens riktning och avstånd. En sådan positionering är beroende av att högtalarkonfigurationen är korrekt i operativsystemet, så ett test görs här. &lt;/p&gt;&lt;p&gt;Grafen nedan visar positionen för &lt;span style=&quot; color:#56b4e9;&quot;&gt;dig&lt;/span&gt;, &lt;span style=&quot; color:#d55e00;&quot;&gt;högtalarna&lt;/span&gt; och en &lt;span style=&quot; color:#009e73;&quot;&gt;rörlig ljudkälla&lt;/span&gt; som om de vore sedda från ovan. Du bör höra hur ljudet rör sig mellan kanalerna. &lt;/p&gt;&lt;p&gt;Du kan också använda musen för att placera &lt;span style=&quot; color:#009e73;&quot;&gt;ljudkällan&lt;/span&gt; manuellt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Maximal förstärkning</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>Inga knappar tilldelade</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>System för ljudinmatning</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Enhet för ljudinmatning</translation>
    </message>
    <message>
        <source>Select audio output device</source>
        <translation>Välj enhet för ljudutmatning</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>System för ljudutmatning</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Enhet för ljudutmatning</translation>
    </message>
    <message>
        <source>The Mumble positional audio system enables users to link the relative position of their voice to third party applications such as games.</source>
        <translation>Mumbles positionsljud gör det möjligt att koppla röstens relativa position till tredjepartsprogram, till exempel spel.</translation>
    </message>
    <message>
        <source>Output delay for incoming speech</source>
        <translation>Utmatningsfördröjning för inkommande tal</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Högsta förstärkning av ingångsljud</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Talet förstärks dynamiskt med högst den här faktorn</translation>
    </message>
    <message>
        <source>Voice activity detection level</source>
        <translation>Nivå för röstaktiveringsdetektering</translation>
    </message>
    <message>
        <source>This will set the range in which Mumble will consider a signal speech. Increase value to make voice activation more sensitive.</source>
        <translation>Anger det intervall där Mumble betraktar en signal som tal. Öka värdet för att göra röstaktiveringen känsligare.</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Tryck för att tala</translation>
    </message>
    <message>
        <source>Use the &quot;push to talk shortcut&quot; button to assign a key</source>
        <translation>Tilldela en tangent med knappen ”Kortkommando för tryck för att tala”</translation>
    </message>
    <message>
        <source>Set push to talk shortcut</source>
        <translation>Ange kortkommando för tryck för att tala</translation>
    </message>
    <message>
        <source>This will open a shortcut edit dialog</source>
        <translation>Öppnar en dialogruta där kortkommandot kan redigeras</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Grafisk simulering av positionsljud</translation>
    </message>
    <message>
        <source>This visually represents the positional audio that is currently being played</source>
        <translation>Visar en grafisk representation av positionsljudet som spelas upp</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Banning user</source>
        <translation>Bannlyser användare</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Ange orsak</translation>
    </message>
    <message>
        <source>Ban User Certificate</source>
        <translation>Bannlys användarcertifikat</translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation>Bannlys IP-adress</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannlys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation>Bannlyser användaren %1</translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation>Mumble - Bannlysningar</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Mask</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation>Bannlysningslista</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Sökfält</translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation>Detta är sökfältet. Använd det för att hitta bannlysta användare som använder smeknamnet.</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>Vem letar du efter?</translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation>Inget användarnamn</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adress</translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation>Ingen IP-adress</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>Orsak för bannlysning</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Ingen orsak</translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation>Slutdatum för bannlysning</translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation>Slutdatum för bannlysning. Om du sätter samma datum som start och slut så blir bannen permanent (gäller för alltid).</translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation>Certifikathash</translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation>Ingen certifikathash</translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation>Bannlysta användare</translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation>Det här är en lista med bannlysta användare.</translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation>Använd den här knappen om du vill lägga till en ny bannlysning.</translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation>Använd den här knappen om du vill uppdatera informationen för bannlysningen.</translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation>Använd knappen för att ta bort en användare från bannlysningslistan.</translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation>Rensa alla fält</translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation>Den här knappen rensar alla fält. Använd den om du vill lägga till en ny bannlysning.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation>
            <numerusform>Bannlysningslista – %n bannlysning</numerusform>
            <numerusform>Bannlysningslista – %n bannlysningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <source>Search for banned user</source>
        <translation>Sök efter bannlyst användare</translation>
    </message>
    <message>
        <source>Username to ban</source>
        <translation>Användarnamn att bannlysa</translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation>IP-adress att bannlysa</translation>
    </message>
    <message>
        <source>Ban reason</source>
        <translation>Anledning för bannlysning</translation>
    </message>
    <message>
        <source>Ban start date/time</source>
        <translation>Bannlysningens startdatum och starttid</translation>
    </message>
    <message>
        <source>Ban end date/time</source>
        <translation>Bannlysningens slutdatum och sluttid</translation>
    </message>
    <message>
        <source>Certificate hash to ban</source>
        <translation>Certifikathash att bannlysa</translation>
    </message>
    <message>
        <source>List of banned users</source>
        <translation>Lista över bannlysta användare</translation>
    </message>
</context>
<context>
    <name>CertView</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Utgångsdatum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Självsignerat</translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation>Kunde inte verifiera e-post.&lt;br /&gt;Ange en giltig (eller blank) e-post för att fortsätta.</translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation>Det blev ett fel vid generering av ditt certifikat.&lt;br /&gt;Försök igen.</translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation>Ditt certifikat och nyckel kunde inte exporteras till PKCS#12-formatet. Det kan finnas ett fel i ditt certifikat.</translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation>Filen kunde inte öppnas för skrivning. Använd en annan fil.</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation>Det gick inte att ange filens behörigheter. Inget certifikat och ingen nyckel har skrivits. Använd en annan fil.</translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation>Filen kunde inte skrivas. Använd en annan fil.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation>Filen kunde inte öppnas för läsning. Använd en annan fil.</translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation>Filen är tom eller kunde inte läsas. Använd en annan fil.</translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation>Filen innehöll inte ett giltigt certifikat och nyckel. Använd en annan fil.</translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation>Välj fil att exportera certifikat till</translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation>Välj fil att importera certifikat från</translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation>Det gick inte att importera. Lösenord saknas eller filtypen är inkompatibel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation>&lt;b&gt;Certifikatutgång:&lt;/b&gt; Ditt certifikat håller på att gå ut. Du måste förnya det, annars kan du inte längre ansluta till servrar du är registrerad på.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation>Certifikathantering</translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation>Certifikatautentisering</translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation>Autentisering till servrar utan att använda lösenord</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>Nuvarande certifikat</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation>Detta är det certifikat som Mumble för närvarande använder.</translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation>Nuvarande certifikat</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Skapa ett nytt certifikat</translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation>Detta kommer att skapa ett nytt certifikat.</translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation>Importera ett certifikat från en fil</translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation>Detta kommer att importera ett certifikat från en fil.</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>Importera ett certifikat</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Exportera certifikat</translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation>Detta kommer att exportera ett certifikat till en fil.</translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation>Exportera det nuvarande certifikatet</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Importera certifikat</translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation>PKCS #12 Certifikatimportering</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation>&lt;p&gt;Mumble kan importera certifikat lagrade i PKCS #12-formatet. Detta är det format som används vid exportering av en nyckel från Mumble, men också vid exportering av nycklar från t.ex. Firefox, Internet Explorer eller Opera.&lt;/p&gt;&lt;p&gt;Om filen är lösenordsskyddad kommer du att behöva lösenordet för att kunna importera ditt certifikat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importera från</translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation>Filnamn att importera från</translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation>Detta är filnamnet du vill importera ett certifikat från.</translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation>Välj fil att importera från</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Öppna...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation>Lösenord för PKCS#12 fil</translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation>Detta är lösenordet för PKCS#12-filen som innehåller ditt certifikat.</translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation>Certifikat att importera</translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation>Detta är det certifikat du importerar.</translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation>Certifikatdetaljer</translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation>Ersätt certifikat</translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation>Vill du ersätta det existerande certifikatet med ett nytt certifikat?</translation>
    </message>
    <message>
        <source>&lt;p&gt;You already have a certificate stored in Mumble, and you are about to replace it.&lt;/p&gt;
&lt;p&gt;If you are upgrading to a certificate issued to you by a trusted CA and the email addresses match your current certificate, this is completely safe, and servers you connect to will automatically recognize the strong certificate for your email address.
&lt;/p&gt;
&lt;p&gt;If this is not the case, you will no longer be recognized by any server you previously have authenticated with. If you haven&apos;t been registered on any server yet, this is nothing to worry about.
&lt;/p&gt;
&lt;p&gt;
Are you sure you wish to replace your certificate?
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Du har redan ett certifikat lagrat i Mumble, som du nu försöker att ersätta.&lt;/p&gt;
&lt;p&gt;Om du uppgraderar till ett certifikat utfärdat till dig av ett pålitligt CA och e-postadresserna matchar ditt nuvarande certifikat är det fullt säkert att byta. Servrar du automatiskt ansluter till kommer att känna igen det starka certifikatet med din e-postadress.
&lt;/p&gt;
&lt;p&gt;Om så inte är fallet, kommer du inte längre att kännas igen av någon server du tidigare varit autentiserad till. Om du inte varit registrerad på någon server än, är detta inget att oroa sig för.
&lt;/p&gt;
&lt;p&gt;
Är du säker på att du vill ersätta ditt certifikat?
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be replaced.</source>
        <translation>Detta är certifikatet som Mumble för närvarande använder. Det kommer att ersättas.</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Nytt certifikat</translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation>Detta är det nya certifikat som kommer att ersätta det gamla.</translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation>Nytt certifikat</translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation>Skapa en säkerhetskopia av ditt certifikat</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation>Filnamn att exportera till</translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation>Detta är filnamnet du vill exportera ett certifikat till.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Spara som...</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation>Detta är certifikatet som Mumble för närvarande använder. Det kommer att exporteras.</translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation>Generera ett nytt certifikat för stark autentisering</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble kommer nu att generera ett starkt certifikat för autentisering till servrar.&lt;/p&gt;&lt;p&gt;Om du vill kan du ange extra information att lagra i certifikatet, som kommer att presenteras till servrar du ansluter till. Om du anger en giltig e-postadress kan du uppgradera till ett CA-utfärdat e-postcertifikat senare, som ger stark identifiering.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation>Din e-postadress (t.ex. johndoe@mumble.info)</translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation>Detta är din e-postadress. Det är starkt rekommmenderat att ange en giltig e-postadress, då detta tillåter dig att uppgradera till ett starkt certifikat utan autentiseringsproblem.</translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation>Ditt namn (t.ex. John Doe)</translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation>Detta är ditt namn som kommer att fyllas in i certifikatet. Detta fält är helt frivilligt.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation>Certifikatbaserad autentisering är redo att användas</translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation>Njut av att använda Mumble med stark autentisering.</translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation>Automatisk skapning av certifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you ever lose your current certificate, which will happen if your computer suffers a hardware failure or you reinstall your machine, you will no longer be able to authenticate to any server you are registered on. It is therefore &lt;b&gt;mandatory&lt;/b&gt; that you make a backup of your certificate. We strongly recommend you store this backup on removable storage, such as a USB flash drive.&lt;/p&gt;
&lt;p&gt;Note that this file will not be encrypted, and if anyone gains access to it, they will be able to impersonate you, so take good care of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Om du förlorar det aktuella certifikatet, till exempel vid ett maskinvarufel eller en ominstallation, kan du inte längre autentisera dig mot servrar där du är registrerad. Det är därför &lt;b&gt;obligatoriskt&lt;/b&gt; att säkerhetskopiera certifikatet. Vi rekommenderar starkt att säkerhetskopian lagras på ett flyttbart medium, till exempel ett USB-minne.&lt;/p&gt;
&lt;p&gt;Filen är inte krypterad. Den som får tillgång till den kan utge sig för att vara du, så förvara den säkert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displays current certificate</source>
        <translation>Visar det aktuella certifikatet</translation>
    </message>
    <message>
        <source>Certificate file to import</source>
        <translation>Certifikatfil att importera</translation>
    </message>
    <message>
        <source>Use the &quot;open&quot; button to select a file using a dialog.</source>
        <translation>Välj en fil i en dialogruta med knappen ”Öppna”.</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Certifikatlösenord</translation>
    </message>
    <message>
        <source>Displays imported certificate</source>
        <translation>Visar det importerade certifikatet</translation>
    </message>
    <message>
        <source>Displays new certificate</source>
        <translation>Visar det nya certifikatet</translation>
    </message>
    <message>
        <source>File to export certificate to</source>
        <translation>Fil som certifikatet ska exporteras till</translation>
    </message>
    <message>
        <source>Use the &quot;save as&quot; button to select a file using a dialog.</source>
        <translation>Välj en fil i en dialogruta med knappen ”Spara som”.</translation>
    </message>
    <message>
        <source>Your name. For example: John Doe</source>
        <translation>Ditt namn, till exempel Anna Andersson</translation>
    </message>
    <message>
        <source>Your email address. For example: johndoe@mumble.info</source>
        <translation>Din e-postadress, till exempel anna@example.com</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can use certificates to authenticate with servers. Using certificates avoids passwords, meaning you don&apos;t need to disclose any password to the remote site. It also enables very easy user registration and a client side friends list independent of servers.&lt;/p&gt;&lt;p&gt;While Mumble can work without certificates, the majority of servers will expect you to have one.&lt;/p&gt;&lt;p&gt;Creating a new certificate automatically is sufficient for most use cases. But Mumble also supports certificates representing trust in the users ownership of an email address. These certificates are issued by third parties. For more information see our &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;user certificate documentation&lt;/a&gt;. &lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble kan använda certifikat för autentisering mot servrar. Med certifikat behövs inget lösenord som måste lämnas till fjärrservern. Det möjliggör också enkel användarregistrering och en lokal vänlista som är oberoende av servrarna.&lt;/p&gt;&lt;p&gt;Mumble kan användas utan certifikat, men de flesta servrar förväntar sig att du har ett.&lt;/p&gt;&lt;p&gt;Att skapa ett nytt certifikat automatiskt räcker i de flesta fall. Mumble stöder även certifikat som intygar att användaren äger en e-postadress. Sådana certifikat utfärdas av tredje part. Mer information finns i vår &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;dokumentation om användarcertifikat&lt;/a&gt;. &lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChanACL</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation>Åtkomst</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Gå med</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation>Stäng av mikrofon/ljud</translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation>Skapa kanal</translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation>Skapa tillfällig kanal</translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation>Länka kanal</translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation>Detta motsvarar inga behörigheter.</translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation>Detta motsvarar total tillgång till kanalen, såsom behörighet att ändra grupp- och ACL-information. Dessa behörigheter innebär också tillgång till allt annat.</translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation>Detta motsvarar behörigheten för att ändra åkomst för kanalen. Om en användare nekas den här behörigheten, kan han inte komma åt denna kanalen eller någon underkanal över huvud taget, oavsett andra behörigheter i underkanalerna.</translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation>Detta motsvarar behörigheten för att gå med i kanalen. Om du har en listad kanalstruktur vill du kanske ge alla &quot;Åtkomst&quot;, men begränsa &quot;Gå med&quot; i roten för din lista.</translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation>Detta är behörigheten att tala i en kanal. Användare utan behörigheten tystas av servern och visas med avstängd mikrofon. De kan inte tala förrän någon med rätt behörighet slår på deras mikrofon.</translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation>Detta är behörigheten att viska till kanalen utifrån. Den fungerar som behörigheten &lt;i&gt;Tala&lt;/i&gt;, men gäller paket som skickas medan viskningsknappen hålls ned. Den kan användas för att sända till en kanalhierarki utan att länka kanalerna.</translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation>Detta är behörigheten att stänga av andra användares mikrofon och ljud. Mikrofonen förblir avstängd tills en annan användare med rätt behörighet slår på den eller användaren återansluter till servern.</translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation>Detta motsvarar behörigheten för att flytta en användare till en annan kanal eller slänga ut honom från servern. För att verkligen flytta en användare måste användaren som flyttar ha behörigheten &quot;Flytta&quot; i målskanalen, eller så måste användaren manuellt tillåtas att gå med i kanalen. Användare med denna behörighet kan flytta användare till kanaler där den valda användaren vanligtvis inte har behörigheter att gå med i.</translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation>Detta motsvarar behörigheten för att skapa underkanaler. Användaren som skapar underkanalen kommer läggas till i administratörsgruppen för underkanalen.</translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation>Detta är behörigheten att skapa en tillfällig underkanal. Användaren som skapar kanalen läggs till i dess administratörsgrupp. Tillfälliga kanaler sparas inte och försvinner när den sista användaren lämnar dem.</translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation>Detta motsvarar behörigheten för att länka kanaler. Användare i länkade kanaler kan höra varandra sålänge användaren som talar har behörigheten &lt;i&gt;Tala&lt;/i&gt; i kanalen med lyssnare. Du behöver behörigheten för att länka i båda kanalerna för att skapa en länk, men endast i en kanal för att ta bort den.</translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation>Detta motsvarar behörigheten för att skriva textmeddelanden till andra användare i kanalen.</translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation>Detta motsvarar behörigheten för att tvinga borttagning av användare från servern.</translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation>Detta motsvarar behörigheten för att permanent ta bort användare från servern.</translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation>Detta motsvarar behörigheten för att registrera och avregistrera användare på servern.</translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation>Detta motsvarar behörigheten för att registrera sig själv på servern.</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Viska</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textmeddelande</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Slänga ut</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannlysa</translation>
    </message>
    <message>
        <source>Register User</source>
        <translation>Registrera användare</translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation>Registrera sig</translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation>Skriva ACL</translation>
    </message>
    <message>
        <source>This represents the permission to use the listen-feature allowing to listen to a channel without being in it.</source>
        <translation>Detta är ett tillstånd att använda listen-funktionen som gör det möjligt att lyssna på en kanal utan att vara i den.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lyssna</translation>
    </message>
    <message>
        <source>This represents the permission to reset the comment or avatar of a user.</source>
        <translation>Detta är behörigheten att återställa en användares kommentar eller avatar.</translation>
    </message>
    <message>
        <source>Reset User Content</source>
        <translation>Återställ användarinnehåll</translation>
    </message>
</context>
<context>
    <name>ChatbarTextEdit</name>
    <message>
        <source>Paste and &amp;Send</source>
        <oldsource>Paste and send</oldsource>
        <translation>Klistra in och &amp;skicka</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation>&lt;center&gt;Skriv chattmeddelande här&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Unable to send image: too large.</source>
        <translation>Det gick inte att skicka bilden: för stor.</translation>
    </message>
    <message>
        <source>Unable to send image %1: too large.</source>
        <translation>Det gick inte att skicka bilden %1: för stor.</translation>
    </message>
    <message>
        <source>This server does not allow sending images.</source>
        <translation>Denna server tillåter inte att bilder skickas.</translation>
    </message>
</context>
<context>
    <name>ClientUser</name>
    <message>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autentiserad</translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation>Prioriterad talare</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Spelar in</translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation>Mikrofon avstängd (server)</translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation>Ljud avstängt (server)</translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation>Lokal blockering (textmeddelanden)</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Blockera ljud (lokalt)</translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation>Mikrofon avstängd (själv)</translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation>Ljud avstängt (själv)</translation>
    </message>
    <message>
        <source>Local Ignore (Text-To-Speech)</source>
        <translation>Lokalk ignorering (text-till-tal)</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Accept changes</source>
        <translation>Acceptera ändringar</translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation>Den här knappen kommer att acceptera nuvarande inställningar och återgå till programmet.&lt;br /&gt;Inställningarna kommer att lagras till disken där du lämnade programmet.</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation>Den här knappen kommer att ångra alla ändringar och återgå till programmet.&lt;br /&gt;Inställningarna kommer att återställas till tidigare positioner.</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Tillämpa ändringar</translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation>Knappen tillämpar omedelbart alla ändringar.</translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation>Ångra ändringar för den nuvarande sidan</translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation>Knappen återställer ändringarna på den aktuella sidan till de senast tillämpade inställningarna.</translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation>Återställ till standardinställningar på nuvarande sida</translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation>Mumble-konfiguration</translation>
    </message>
    <message>
        <source>Configuration categories</source>
        <translation>Konfigurationskategorier</translation>
    </message>
    <message>
        <source>This button will restore the defaults for the settings on the current page. Other pages will not be changed.&lt;br /&gt;To restore all settings to their defaults, you can press the &quot;Defaults (All)&quot; button.</source>
        <translation>Den här knappen återställer standardinställningarna på den aktuella sidan. Andra sidor kommer inte att ändras.&lt;br /&gt;Om du vill återställa alla inställningar till sina standardvärden kan du trycka på knappen &quot;Standardvärden (alla)&quot;.</translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation>Återställa alla standardvärden</translation>
    </message>
    <message>
        <source>This button will restore the defaults for all settings.</source>
        <translation>Den här knappen återställer standardinställningarna för alla inställningar.</translation>
    </message>
    <message>
        <source>Defaults (All)</source>
        <translation>Standardvärden (alla)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Ansluter till %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Ange användarnamn</translation>
    </message>
    <message>
        <source>Servername</source>
        <translation>Servernamn</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation>Serverlistan kunde inte hämtas</translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation>Mumble - Anslut till server</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>Ta bort från favoriter</translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation>Lägg till anpassad server</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation>Kopiera favoritlänk till urklipp</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Klistra in</translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation>Klistra in favorit från urklipp</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ändra...</translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation>&amp;Lägg till ny...</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>Lägg till i &amp;Favoriter</translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation>Öppna &amp;webbplats</translation>
    </message>
    <message>
        <source>Server list</source>
        <translation>Serverlista</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Show Populated</source>
        <translation>Visa ifyllt</translation>
    </message>
    <message>
        <source>Show Reachable</source>
        <translation>Visa nåbar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asien</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanien</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Sydamerika</translation>
    </message>
    <message>
        <source>Consent to the transmission of private data</source>
        <translation>Samtycke till överföring av privata uppgifter</translation>
    </message>
    <message>
        <source>&lt;p&gt;To measure the latency (ping) of public servers and determine the number of active users, your IP address must be transmitted to each public server.&lt;/p&gt;&lt;p&gt;Do you consent to the transmission of your IP address? If you answer no, the public server list will be deactivated. However, you can reactivate it at any time in the network settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;För att mäta svarstiden (ping) för offentliga servrar och fastställa antalet aktiva användare måste din IP-adress skickas till varje offentlig server.&lt;/p&gt;&lt;p&gt;Samtycker du till att IP-adressen skickas? Om du svarar nej inaktiveras listan över offentliga servrar. Du kan aktivera den igen när som helst i nätverksinställningarna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation>Lägger till värd %1</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Värdnamn</translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation>Bonjournamn</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paketförluster</translation>
    </message>
    <message>
        <source>Ping (80%)</source>
        <translation>Ping (80%)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ping (95%)</source>
        <translation>Ping (95%)</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbredd</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-adress</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-adress</translation>
    </message>
    <message>
        <source>This is the connection dialog. There are two different ways to connect to a Mumble server. If the server is listed publicly, you can use the server list to find it. If you know the server IP address, you can manually add a new permanent entry to your favorites.</source>
        <translation>Det här är anslutningsdialogrutan. Du kan ansluta till en Mumble-server på två sätt. Om servern är offentligt listad kan du hitta den i serverlistan. Om du känner till serverns IP-adress kan du lägga till den permanent bland dina favoriter.</translation>
    </message>
    <message>
        <source>The server list contains your favorites and all publicly listed servers.</source>
        <translation>Serverlistan innehåller dina favoriter och alla offentligt listade servrar.</translation>
    </message>
    <message>
        <source>With this search interface you can filter the Mumble servers displayed in the server list.</source>
        <translation>Med sökgränssnittet kan du filtrera vilka Mumble-servrar som visas i serverlistan.</translation>
    </message>
    <message>
        <source>Search for servername</source>
        <translation>Sök efter servernamn</translation>
    </message>
    <message>
        <source>Search for location</source>
        <translation>Sök efter plats</translation>
    </message>
    <message>
        <source>Set filter mode</source>
        <translation>Ange filtreringsläge</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ConnectDialogEdit</name>
    <message>
        <source>Edit Server</source>
        <translation>Ändra server</translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation>Serverns namn</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dress</translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation>Serverns URL eller IP-adress.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation>&lt;b&gt;Adress&lt;/b&gt;&lt;br/&gt;
Internetadress för servern. Detta kan vara ett normalt värdnamn, en IPv4/IPv6-adress eller en Bonjour-identitet. Bonjour-identiteter måste ha ett &apos;@&apos; före sig för att kännas igen av Mumble.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation>Porten som servern lyssnar till</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Porten servern lyssnar till. Om servern är identifierad av en Bonjour-identifierare kommer detta fält att ignoreras.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation>Användarnamn att skicka till servern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation>&lt;b&gt;Användarnamn&lt;/b&gt;&lt;br/&gt;
Användarnamnet skickas till servern. Var medveten om att servern kan införa begränsningar på hur ett användarnamn ska se ut. Ditt användarnamn kan också redan vara taget av en annnan användare.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Lägg till server</translation>
    </message>
    <message>
        <source>You are currently connected to a server.
Do you want to fill the dialog with the connection data of this server?
Host: %1 Port: %2</source>
        <translation>Du är för närvarande ansluten till en server.
Vill du fylla dialogrutan med anslutningsdata för den här servern?
Värd: %1 Port: %2</translation>
    </message>
    <message>
        <source>You have an URL in your clipboard.
Do you want to fill the dialog with this data?
Host: %1 Port: %2</source>
        <translation>Det finns en URL i urklippet.
Vill du fylla i dialogrutan med uppgifterna?
Värd: %1 Port: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation>Lösenord att skicka till servern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation>&lt;b&gt;Lösenord&lt;/b&gt;&lt;br/&gt;
Lösenordet som kommer att skickas till servern vid anslutning. Lösenordet behövs när du ansluter som &lt;i&gt;SuperUser&lt;/i&gt; eller till en server med lösenordsautentisering. Om inget är angivet, kommer du att förfrågas vid anslutning.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Visa lösenord</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation>&lt;b&gt;Namn&lt;/b&gt;&lt;br/&gt;
Serverns namn. Detta är vad servern kommer att kallas i din serverlista, som du väljer själv.</translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation>Lokal server namn</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>64738</source>
        <translation>64738</translation>
    </message>
    <message>
        <source>Your username</source>
        <translation>Ditt användarnamn</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Fyll</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorera</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Serverns IP-adress</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Label for server</source>
        <translation>Etikett för servern</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Mumble Crash Report</source>
        <translation>Mumble Kraschrapport</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vi är mycket ledsna, men det verkar som att Mumble har kraschat. Vill du skicka en kraschrapport till utvecklarna av Mumble?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kraschrapporten innehåller en mindre kopia av minnet från kraschen och kommer att hjälpa utvecklarna att lösa problemet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation>E-postadress (valfritt)</translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation>Beskriv kortfattat vad du gjorde då kraschen ägde rum, på engelska</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>Skicka rapport</translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation>Skicka inte rapport</translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation>Kraschuppladdning lyckades</translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation>Tack för att du hjälper till att göra Mumble bättre!</translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation>Kraschuppladdning misslyckades</translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation>Laddar upp kraschrapportering</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Avbryt uppladdning</translation>
    </message>
    <message>
        <source>HTTP error %1: &quot;%2&quot;</source>
        <translation>HTTP-fel %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Internal error encountered in CrashReporter.cpp: Received network reply does not contain an HTTP status code. Please inform a developer about error code %1</source>
        <translation>Internt fel i CrashReporter.cpp: Mottaget nätverkssvar innehåller inte en HTTP-statuskod. Informera en utvecklare om felkod %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database &apos;%1&apos; is read-only. Mumble cannot store server settings (i.e. SSL certificates) until you fix this problem.</source>
        <oldsource>The database &apos;%1&apos; is read-only. Mumble can not store server settings (ie. SSL certificates) until you fix this problem.</oldsource>
        <translation>Databasen &apos;%1&apos; är skrivskyddad. Mumble kan inte lagra serverinställningar (t.ex. SSL certifikat) förrän du fixat detta problem.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; set in the configuration file does not exist. Do you want to create a new database file at this location?</source>
        <translation>Databasfilen %1 som anges i konfigurationsfilen finns inte. Vill du skapa en ny databasfil på denna plats?</translation>
    </message>
    <message>
        <source>Mumble failed to initialize a database in any of the possible locations.</source>
        <translation>Mumble misslyckades med att initiera en databas på någon av de möjliga platserna.</translation>
    </message>
    <message>
        <source>You can also choose to reset the configured path to its default value.</source>
        <translation>Du kan också återställa den inställda sökvägen till standardvärdet.</translation>
    </message>
    <message>
        <source>Create File</source>
        <translation>Skapa fil</translation>
    </message>
    <message>
        <source>Reset Configured Path</source>
        <translation>Återställ den inställda sökvägen</translation>
    </message>
    <message>
        <source>Quit Without Changes</source>
        <translation>Avsluta utan att spara ändringar</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Developer Console</source>
        <translation>Utvecklarkonsol</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Drag here</source>
        <translation>Dra här</translation>
    </message>
</context>
<context>
    <name>FailedConnectionDialog</name>
    <message>
        <source>Connection failed</source>
        <translation>Anslutningen misslyckades</translation>
    </message>
    <message>
        <source>You connected with an invalid username, please try another one.</source>
        <translation>Du anslöt med ett ogiltigt användarnamn. Försök med ett annat.</translation>
    </message>
    <message>
        <source>The chosen username is already in use, please try another one.</source>
        <translation>Det valda användarnamnet används redan. Försök med ett annat.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>The chosen username belongs to a registered user on this server.</source>
        <translation>Det valda användarnamnet tillhör en registrerad användare på servern.</translation>
    </message>
    <message>
        <source>The provided password is not valid for this user. Please try a different one or use certificate-based authentication by not specifying a password.</source>
        <translation>Det angivna lösenordet är inte giltigt för användaren. Försök med ett annat lösenord eller lämna lösenordsfältet tomt för att använda certifikatbaserad autentisering.</translation>
    </message>
    <message>
        <source>The used certificate is not valid for this user. Please use a different certificate or specify a password to use password-based authentication instead.</source>
        <translation>Det använda certifikatet är inte giltigt för användaren. Använd ett annat certifikat eller ange ett lösenord för att använda lösenordsbaserad autentisering.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Change certificate</source>
        <translation>Byt certifikat</translation>
    </message>
    <message>
        <source>The provided server password is invalid. Please choose a different one.</source>
        <translation>Det angivna serverlösenordet är ogiltigt. Välj ett annat.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Återanslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation>Lista över konfigurerade kortkommandon</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Blockera</translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation>Lägg till nytt kortkommando</translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation>Lägger till ett nytt globalt kortkommando</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation>Ta bort markerat kortkommando</translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation>Tar bort det markerade kortkommandot permanent.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble kan för närvarande bara använda musknappar och vissa tangenter (Alt, Ctrl, Cmd, osv.) för globala kortkommandon.&lt;/p&gt;&lt;p&gt;Om du vill ha bättre flexibilitet, kan du använda &lt;span style=&quot; font-style:italic;&quot;&gt;Åtkomst för tillgänglighetsenheter&lt;/span&gt; i systemets alternativ för hjälpmedel. Kom ihåg att den här ändringen möjligtvis också kan tillåta skadlig programvara att läsa vad som skrivs på ditt tangentbord.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation>Aktivera globala kortkommandon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Additional Shortcut Engines&lt;/b&gt;&lt;br /&gt;This section allows you to configure the use of additional GlobalShortcut engines.</source>
        <translation>&lt;b&gt;Ytterligare kortkommandomotorer&lt;/b&gt;&lt;br /&gt;Här kan du konfigurera användningen av ytterligare motorer för globala kortkommandon.</translation>
    </message>
    <message>
        <source>Additional Shortcut Engines</source>
        <translation>Ytterligare kortkommandomotorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable GKey&lt;/b&gt;.&lt;br /&gt;This setting enables support for the GKey shortcut engine, for &quot;G&quot;-keys found on Logitech keyboards.</source>
        <translation>&lt;b&gt;Aktivera GKey&lt;/b&gt;.&lt;br /&gt;Aktiverar stöd för kortkommandomotorn GKey och G-tangenter på Logitech-tangentbord.</translation>
    </message>
    <message>
        <source>Enable GKey</source>
        <translation>Aktivera GKey</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable XInput&lt;/b&gt;&lt;br /&gt;This setting enables support for the XInput shortcut engine, for Xbox compatible controllers.</source>
        <translation>&lt;b&gt;Aktivera XInput&lt;/b&gt;&lt;br /&gt;Aktiverar stöd för kortkommandomotorn XInput och Xbox-kompatibla handkontroller.</translation>
    </message>
    <message>
        <source>Enable XInput</source>
        <translation>Aktivera XInput</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable shortcuts in privileged applications&lt;/b&gt;.&lt;br /&gt;Also known as &quot;UIAccess&quot;. This allows Mumble to receive global shortcut events from programs running at high privilege levels, such as an Admin Command Prompt or older games that run with admin privileges.
&lt;br /&gt;&lt;br /&gt;
Without this option enabled, using Mumble&apos;s global shortcuts in privileged applications will not work. This can seem inconsistent: for example, if the Push-to-Talk button is pressed in a non-privileged program, but released in a privileged application, Mumble will not observe that it has been released and you will continue to talk until you press the Push-to-Talk button again.</source>
        <translation>&lt;b&gt;Aktivera kortkommandon i program med förhöjd behörighet&lt;/b&gt;.&lt;br /&gt;Detta kallas även ”UIAccess” och gör att Mumble kan ta emot globala kortkommandon från program som körs med hög behörighetsnivå, till exempel en administratörskommandotolk eller äldre spel som körs med administratörsbehörighet.
&lt;br /&gt;&lt;br /&gt;
Om alternativet inte är aktiverat fungerar inte Mumbles globala kortkommandon i sådana program. Det kan verka inkonsekvent: om knappen för tryck för att tala trycks ned i ett program utan förhöjd behörighet men släpps i ett program med förhöjd behörighet upptäcker Mumble inte att den har släppts. Sändningen fortsätter då tills du trycker på knappen igen.</translation>
    </message>
    <message>
        <source>Enable shortcuts in privileged applications</source>
        <translation>Aktivera kortkommandon i program med förhöjd behörighet</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;s Global Shortcuts system does currently not work properly in combination with the Wayland protocol. For more information, visit &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumbles globala kortkommandon fungerar för närvarande inte korrekt med Wayland-protokollet. Mer information finns på &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Configured shortcuts</source>
        <translation>Konfigurerade kortkommandon</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through your added shortcuts. Use left and right keys to navigate between actions and options for a single shortcut. Entries can be added and deleted with the buttons below.</source>
        <translation>Använd upp- och nedpilarna för att navigera bland de tillagda kortkommandona. Använd vänster- och högerpilarna för att växla mellan åtgärder och alternativ för ett kortkommando. Poster kan läggas till och tas bort med knapparna nedan.</translation>
    </message>
    <message>
        <source>Add unassigned shortcut</source>
        <translation>Lägg till otilldelat kortkommando</translation>
    </message>
    <message>
        <source>This adds a new empty entry to the &quot;Configured Shortcut&quot; tree above. The tree will be automatically focused. Assign a key or an action by selecting the entry in the tree above.</source>
        <translation>Lägger till en ny tom post i trädet ”Konfigurerade kortkommandon” ovan och flyttar fokus dit. Tilldela en tangent eller åtgärd genom att välja posten i trädet.</translation>
    </message>
    <message>
        <source>This removes the selected entry from the &quot;Configured Shortcut&quot; tree above</source>
        <translation>Tar bort den markerade posten från trädet ”Konfigurerade kortkommandon” ovan</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutButtons</name>
    <message>
        <source>Edit shortcut</source>
        <translation>Redigera kortkommando</translation>
    </message>
    <message>
        <source>Start capture process</source>
        <translation>Starta inspelningsprocessen</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Starts the capture process: all buttons you press will be added to the tree.&lt;/p&gt;&lt;p&gt;Once all buttons are released, the capture process stops automatically.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Startar inspelningsprocessen: alla knappar du trycker på läggs till i trädet.&lt;/p&gt;&lt;p&gt;När alla knappar släpps stannar inspelningsprocessen automatiskt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove the currently selected items</source>
        <translation>Ta bort de markerade objekten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>List of shortcuts</source>
        <translation>Lista över kortkommandon</translation>
    </message>
    <message>
        <source>Toggling this button will make the application listen for a shortcut. Once the shortcut is entered, the application stops listening for a shortcut. Multiple shortcuts can be assigned to the current action. Navigate to the shortcut list above to review the shortcuts currently assigned to the current action.</source>
        <translation>När knappen aktiveras börjar programmet lyssna efter ett kortkommando. När kortkommandot har angetts slutar programmet att lyssna. Flera kortkommandon kan tilldelas den aktuella åtgärden. Gå till listan ovan för att granska de kortkommandon som är tilldelade åtgärden.</translation>
    </message>
    <message>
        <source>This button will remove the selected shortcut for the current action. Note that you will have to select a shortcut from the list above first before this button has any effect.</source>
        <translation>Knappen tar bort det markerade kortkommandot från den aktuella åtgärden. Du måste först välja ett kortkommando i listan ovan.</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutConfig</name>
    <message>
        <source>Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation>&lt;b&gt;Detta är tangentkombinationen för det globala kortkommandot.&lt;/b&gt;&lt;br /&gt;Klicka i fältet och tryck på önskad tangent eller knappkombination. Dubbelklicka för att rensa.</translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation>Blockera knappar från andra program</translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation>&lt;b&gt;Detta förhindrar knapptryck från andra program.&lt;/b&gt;&lt;br /&gt;Vid aktivering av detta kommer knappen att blockeras (åtminstone den senaste knappen från en kombination) från andra program. Kom ihåg att alla knappar inte kan blockeras.</translation>
    </message>
    <message>
        <source>Shortcut action</source>
        <translation>Kortkommandoåtgärd</translation>
    </message>
    <message>
        <source>Shortcut data</source>
        <translation>Kortkommandodata</translation>
    </message>
    <message>
        <source>Shortcut input combinations</source>
        <translation>Tangentkombinationer för kortkommandot</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can add Mumble as a trusted accessibility program in the Privacy &amp; Security section of your Mac&apos;s System Settings.&lt;/p&gt;&lt;p&gt;In System Settings, open Privacy &amp; Security, then scroll to find Accessibility in the list. Finally, add Mumble to the list of trusted accessibility programs.&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Otilldelad</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>markerad</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>avmarkerad</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutEngine</name>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutMac</name>
    <message>
        <source>Mouse</source>
        <translation>Mus</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tangentbord</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutTarget</name>
    <message>
        <source>Whisper Target</source>
        <translation>Viskningsmål</translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation>Kanalmål</translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation>Begränsa till grupp</translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation>Endast medlemmar i den här gruppen kommer att ta emot viskningarna, om så är angivet.</translation>
    </message>
    <message>
        <source>List of users</source>
        <translation>Lista med användare</translation>
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
        <source>Modifiers</source>
        <translation>Redigerare</translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation>Skicka inte positionsljudsinformation när det här viskningskortkommandot används.</translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation>Ignorera positionsljud</translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation>Ropa till länkade kanaler</translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation>Skrik till underkanaler</translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation>Viskningen kommer också att överföras till länkade kanaler.</translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation>Viskningen kommer också att skickas till underkanalerna för den valda kanalen.</translation>
    </message>
    <message>
        <source>Shout/Whisper to:</source>
        <translation>Skrik/Viska till:</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Nuvarande val</translation>
    </message>
    <message>
        <source>When shouting to channel:</source>
        <translation>När du skriker till kanalen:</translation>
    </message>
    <message>
        <source>Shout to linked channels</source>
        <translation>Ropa till länkade kanaler</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutWin</name>
    <message>
        <source>Mouse</source>
        <translation>Mus</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tangentbord</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutX</name>
    <message>
        <source>Keyboard</source>
        <translation>Tangentbord</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Mus</translation>
    </message>
</context>
<context>
    <name>JackAudioSystem</name>
    <message>
        <source>Hardware Ports</source>
        <translation>Maskinvaruportar</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
</context>
<context>
    <name>LCD</name>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation>Aktivera den här enheten</translation>
    </message>
    <message>
        <source>LCD</source>
        <translation>LCD</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Här är listan med tillgängliga LCD-enheterpå din dator. Enheter listas enligt namn,men inkluderar även storleken på skärmen. Mumble stödjer utskrift till flera LCD-enheter samtidigt.&lt;/p&gt;
&lt;h3&gt;Storlek:&lt;/h3&gt;
&lt;p&gt;
Detta fält beskriver storleken av en LCD-enhet. Storleken mäts i pixlar (för grafiska LCD:er), eller med tecken (för LCD:er med tecken).&lt;/p&gt;
&lt;h3&gt;Aktiverat:&lt;/h3&gt;
&lt;p&gt;Detta beslutar om Mumble ska skrivas till en särskild LCD-enhet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visningar</translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation>Minimal kolumnbredd</translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Detta alternativ beslutar den lägsta kolumnbredd i användarvyn.&lt;/p&gt;
&lt;p&gt;Om för många människor talar samtidiga kommer användarvyn dela sig själv till kolumner. Du kan använda detta alternativ för att välja en kompromiss mellan antalet användare som visas på LCD samt bredd för användarnamn.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation>Den här inställningen bestämmer bredden för kolumndelning.</translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation>Delningsbredd</translation>
    </message>
    <message>
        <source>Minimum column width</source>
        <translation>Minsta kolumnbredd</translation>
    </message>
    <message>
        <source>Splitter width</source>
        <translation>Splitterbredd</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Debug</source>
        <translation>Felsök</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiskt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation>Någon stängde av sin mikrofon eller sitt ljud</translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation>Inspelningsstatus för användare ändrad</translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation>Användare utslängd (du eller av dig)</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>Användare utslängd</translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation>Du stängde av din mikrofon</translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation>Mikrofon avstängd (du)</translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation>Mikrofon avstängd (av dig)</translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation>Mikrofon avstängd (annan)</translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation>Du aktiverade din mikrofon</translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation>Du stängde av ditt ljud</translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation>Du aktiverade ditt ljud</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Användare omdöpt</translation>
    </message>
    <message>
        <source>User connected and entered channel</source>
        <translation>Användare anslöt och gick med i kanalen</translation>
    </message>
    <message>
        <source>User left channel and disconnected</source>
        <translation>Användare lämnade kanalen och servern</translation>
    </message>
    <message>
        <source>Private text message</source>
        <translation>Privat textmeddelande</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>servern</translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation>[[ Ogiltig storlek ]]</translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation>[[ Textobjekt för stort för att visas ]]</translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation>[Datum ändrad till %1]
</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>länk till %1</translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation>FTP-länk till %1</translation>
    </message>
    <message>
        <source>player link</source>
        <translation>spelarlänk</translation>
    </message>
    <message>
        <source>channel link</source>
        <translation>kanallänk</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 länk</translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation>Server ansluten</translation>
    </message>
    <message>
        <source>Server disconnected</source>
        <translation>Server frånkopplad</translation>
    </message>
    <message>
        <source>User joined server</source>
        <translation>Anändare anslöt till srvern</translation>
    </message>
    <message>
        <source>User left server</source>
        <translation>Användare lämnade servern</translation>
    </message>
    <message>
        <source>User joined channel</source>
        <translation>Användare anslöt till kanalen</translation>
    </message>
    <message>
        <source>User left channel</source>
        <translation>Användare lämnade kanalen</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Tillstånd nekad</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textmeddelande</translation>
    </message>
    <message>
        <source>You joined channel</source>
        <translation>Du anslöt till kanalen</translation>
    </message>
    <message>
        <source>You joined channel (moved)</source>
        <translation>Du anslöt till kanalen (flyttade)</translation>
    </message>
    <message>
        <source>User started listening to channel</source>
        <translation>Användare började lyssna på kanalen</translation>
    </message>
    <message>
        <source>User stopped listening to channel</source>
        <translation>Anändare slutade lyssna på kanalen</translation>
    </message>
    <message>
        <source>Plugin message</source>
        <translation>Meddelande från insticksmodul</translation>
    </message>
    <message>
        <source>[embedded content]</source>
        <translation>[inbäddat innehåll]</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>Toggle console for %1 events</source>
        <translation>Växla konsoll för %1 händelser</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation>Växla pop-up-notifieringar för %1 händelser</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation>Växla text-till-tal för %1 händelsesr</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation>Klicka här för att växla ljudnotifieringar för %1 händelser</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation>Växla fönstermarkering (om den inte är aktiv) för %1-händelser</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation>Sökväg till ljudfilen för ljudnotifieringar i fallet för %1 händelser&lt;br /&gt;Ett klick för att spela&lt;br /&gt;Dubbelklick för att ändra</translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation>Klicka här för att växla konsoll-utgång för %1 händelser.&lt;br /&gt;Vid markering kommer Mumble att ge ut alla %1 händelser i loggen.</translation>
    </message>
    <message>
        <source>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by Mumble for every %1 event.</source>
        <oldsource>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by mumble for every %1 event.</oldsource>
        <translation>Klicka här för att växla pop-up-notifieringar för %1 händelser.&lt;br /&gt;Vid markering kommer en notifierings-pop-up skapas av Mumble för varje %1 händelse.</translation>
    </message>
    <message>
        <source>Click here to toggle window highlight for %1 events.&lt;br /&gt;If checked, Mumble&apos;s window will be highlighted for every %1 event, if not active.</source>
        <translation>Klicka här för att växla fönstermarkering för %1-händelser.&lt;br /&gt;Om du kryssar för detta kommer Mumbles fönster att markeras för varje %1-händelse, om det inte redan är aktivt.</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change&lt;br /&gt;Ensure that sound notifications for these events are enabled or this field will not have any effect.</source>
        <translation>Sökväg till ljudfilen som används för ljudnotifieringar i fallet för %1 händelser.&lt;br /&gt;Ett klick för att spela&lt;br /&gt;Dubbelklick för att ändra&lt;br /&gt;Var säker på att ljudnotifieringar för dessa händelser är aktiverade annars kommer inte detta fält att ha någon betydelse.</translation>
    </message>
    <message>
        <source>Click here to toggle Text-To-Speech for %1 events.&lt;br /&gt;If checked, Mumble uses Text-To-Speech to read %1 events out loud to you. Text-To-Speech is also able to read the contents of the event which is not true for sound files. Text-To-Speech and sound files cannot be used at the same time.</source>
        <oldsource>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a soundfile predefined by you to indicate %1 events. Soundfiles and Text-To-Speech cannot be used at the same time.</oldsource>
        <translation>Klicka här för att växla text-till-tal för %1 händelser.&lt;br /&gt;Vid markering kommer Mumble att använda text-till-tal för att läsa %1 händelser högt för dig. text-till-tal kan också läsa innehåll för händelsen som det inte finns ljudfiler för. text-till-tal och ljudfiler kan inte användas tillsammans.</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation>Klicka här för att växla ljudnotifieringar för %1 händelser.&lt;br /&gt;Vid markering kommer Mumble att använda en ljudfil fördefinierad av dig för att indikera %1 händelser. Ljudfiler och text-till-tal kan inte användas tillsammans.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsoll</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifiering</translation>
    </message>
    <message>
        <source>Text-To-Speech</source>
        <translation>text-till-tal</translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation>Ljudfil</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation>text-till-tal</translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation>Volym för text-till-tal-motorn</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detta är volmen som används för talsyntesen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation>Längdtröskel</translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation>Längdtröskeln för meddelande till text-till-tal-motorn</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation>&lt;b&gt;Detta är längden tröskel som används för text-till-tal-motorn.&lt;/b&gt;&lt;br /&gt;Meddelanden längre är denna gräns kommer inte att läsas högt.</translation>
    </message>
    <message>
        <source> Characters</source>
        <translation> tecken</translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation>Vid markering kan du endast höra viskningar från användare du lagt till på din vänlista.</translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation>Acceptera endast viskningar från vänner</translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation>Vid aktivering kommer textmeddelanden du skickar läsas tillbaka till dig med TTS</translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation>Läs upp egna meddelanden</translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation>Chattlogg</translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation>Högsta chattlängd</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Obegränsat</translation>
    </message>
    <message>
        <source> Lines</source>
        <translation> Rader</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markera</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message scope.</source>
        <translation>Om den är aktiverad kommer TTS inte att diktera meddelandets räckvidd.</translation>
    </message>
    <message>
        <source>Omit Message Scope</source>
        <translation>Utelämna meddelandets räckvidd</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message author.</source>
        <translation>Om den är aktiverad kommer TTS inte att diktera meddelandets författare.</translation>
    </message>
    <message>
        <source>Omit Message Author</source>
        <translation>Utelämna meddelandeförfattare</translation>
    </message>
    <message>
        <source>If checked the time at the beginning of a message will be displayed in the 24-hour format.

The setting only applies for new messages, the already shown ones will retain the previous time format.</source>
        <translation>Om den är markerad visas tiden i början av ett meddelande i 24-timmarsformat.

Inställningen gäller endast för nya meddelanden, de redan visade meddelandena behåller det tidigare tidsformatet.</translation>
    </message>
    <message>
        <source>Use 24-hour clock</source>
        <translation>Använd 24-timmarsklocka</translation>
    </message>
    <message>
        <source>How far individual messages are spaced out from one another.</source>
        <translation>Hur långt enskilda meddelanden är utspridda från varandra.</translation>
    </message>
    <message>
        <source>Message margins</source>
        <translation>Meddelandemarginaler</translation>
    </message>
    <message>
        <source>Chat message margins</source>
        <translation>Marginaler för chattmeddelanden</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Gräns</translation>
    </message>
    <message>
        <source>Misc.</source>
        <translation>Diverse.</translation>
    </message>
    <message>
        <source>Number of users that will trigger message limiting functionality.</source>
        <translation>Antal användare som kommer att utlösa meddelandebegränsande funktioner.</translation>
    </message>
    <message>
        <source>users on the server.</source>
        <translation>användare på servern.</translation>
    </message>
    <message>
        <source>Limit notifications when there are more than</source>
        <translation>Begränsa aviseringar när det finns fler än</translation>
    </message>
    <message>
        <source>Click here to toggle message limiting for all events - If using this option be sure to change the user limit below.</source>
        <translation>Klicka här för att växla meddelandebegränsning för alla händelser - Om du använder det här alternativet, var noga med att ändra användargränsen nedan.</translation>
    </message>
    <message>
        <source>Toggle message limiting behavior for %1 events </source>
        <translation>Växla meddelandebegränsande beteende för %1 händelser </translation>
    </message>
    <message>
        <source>Click to enable Text-to-Speech</source>
        <translation>Klicka för att aktivera text-till-tal</translation>
    </message>
    <message>
        <source>Enable Text-to-Speech</source>
        <translation>Aktivera text-till-tal</translation>
    </message>
    <message>
        <source>Click here to toggle limiting for %1 events.&lt;br /&gt;If checked, notifications for this event type will not be played when the user count on the server exceeds the set threshold.</source>
        <translation>Klicka här för att växla begränsningar för %1-händelser.&lt;br /&gt;Om det är kontrollerat så kommer aviseringar för den här händelsen inte att spelas upp när användarens räkning på server överskrider det inställda tröskelvärdet.</translation>
    </message>
    <message>
        <source>Message Volume</source>
        <translation>Meddelandevolym</translation>
    </message>
    <message>
        <source>Volume adjustment for audio cues</source>
        <translation>Volymjustering för ljudköer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for audio cues.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Det här är volymjusteringen för ljudköer.&lt;/b&gt;&lt;br /&gt;Ett värde på 0 dB betyder ingen förändring av ljudprovet.</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Text-to-Speech volume</source>
        <translation>text-till-tal-volym</translation>
    </message>
    <message>
        <source>Notification volume adjustment</source>
        <translation>Volymjustering för aviseringar</translation>
    </message>
    <message>
        <source>Volume adjustment for notification sounds</source>
        <translation>Volymjustering för aviseringsljud</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for notification sounds.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Det här är volymjusteringen för aviseringsljud.&lt;/b&gt;&lt;br /&gt;Ett värde av 0 dB betyder ingen förändring för ljudprovet.</translation>
    </message>
    <message>
        <source>Audio cue volume adjustment</source>
        <translation>Volymjustering för ljudkö</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Notification sound volume adjustment</source>
        <translation>Volymjustering för aviseringsljud</translation>
    </message>
    <message>
        <source>Log message types and actions</source>
        <translation>Loggmeddelandetyper och åtgärder</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the message types. Use left and right keys to navigate between notification possibilities for a single message type.</source>
        <translation>Använd upp- och nedpilarna för att navigera bland meddelandetyperna. Använd vänster- och högerpilarna för att växla mellan aviseringsalternativen för en meddelandetyp.</translation>
    </message>
    <message>
        <source>Set length threshold</source>
        <translation>Ange längdgräns</translation>
    </message>
    <message>
        <source>Text to speech volume</source>
        <translation>Volym för text-till-tal</translation>
    </message>
    <message>
        <source>Maximum chat log length</source>
        <translation>Högsta längd på chattloggen</translation>
    </message>
    <message>
        <source>User limit for notifications</source>
        <translation>Användargräns för aviseringar</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Typ av meddelande</translation>
    </message>
    <message>
        <source>Log message to console checkbox</source>
        <translation>Kryssruta för att logga meddelandet i konsolen</translation>
    </message>
    <message>
        <source>Display pop-up notification for message checkbox</source>
        <translation>Kryssruta för att visa en popupavisering för meddelandet</translation>
    </message>
    <message>
        <source>Highlight window for message checkbox</source>
        <translation>Kryssruta för att framhäva fönstret vid meddelandet</translation>
    </message>
    <message>
        <source>Read message using text to speech checkbox</source>
        <translation>Kryssruta för att läsa upp meddelandet med text-till-tal</translation>
    </message>
    <message>
        <source>Limit message notification if user count is high checkbox</source>
        <translation>Kryssruta för att begränsa aviseringen när antalet användare är högt</translation>
    </message>
    <message>
        <source>Play sound file for message checkbox</source>
        <translation>Kryssruta för att spela upp en ljudfil för meddelandet</translation>
    </message>
    <message>
        <source>Path to sound file</source>
        <translation>Sökväg till ljudfil</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>markerad</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>avmarkerad</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>decibeller</translation>
    </message>
</context>
<context>
    <name>LookConfig</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation>Bara med användare</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation>Gör ingenting</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Användargränssnitt</translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation>Detta ställer in vilka kanaler som automatiskt ska expanderas. &lt;i&gt;Inga&lt;/i&gt; och &lt;i&gt;Alla&lt;/i&gt; kommer expandera alla eller inga kanaler medan &lt;i&gt;Endast med användare&lt;/i&gt; kommer att expandera och kollapsa kanaler, då användare går med i och lämnar dem.</translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation>Lista användare ovan underkanaler (kräver omstart).</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation>&lt;b&gt;Om detta är inställt kommer användare att visas ovan underkanaler i kanalvyn.&lt;/b&gt;&lt;br /&gt;En omstart av Mumble krävs för att se förändringen.</translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation>Visa användare ovan kanaler</translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation>Visa antalet användare i varje kanal</translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation>Visa antalet användare i kanalen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation>Språk att använda (kräver omstart)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation>&lt;b&gt;Detta ställer in vilket språk Mumble ska använda.&lt;/b&gt;&lt;br /&gt;Du måste starta om Mumble för att använda det nya språket.</translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation>Utseende och känsla</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisk</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Staplade</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Blandat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation>Detta ändrar beteendet när du flyttar kanaler.</translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation>Detta ställer in beteendet för kanaldragningar, vilket kan användas för att undvika oavsiktlig dragning. &lt;i&gt;Flytta&lt;/i&gt; flyttar kanalen utan att fråga. &lt;i&gt;Gör ingenting&lt;/i&gt; gör ingenting och visar ett felmeddelande. &lt;i&gt;Fråga&lt;/i&gt; använder en meddelanderuta för att bekräfta om du verkligen vill flytta kanalen.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandera</translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation>Expandera automatiskt kanaler</translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation>Kanaldragning</translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation>Alltid överst</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Om detta är inställt kommer minimering av huvudfönstret för Mumble göra att det göms och endast kan kommas åt från meddelandefältet. Annars kommer det att minimeras som ett vanligt fönster gör.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation>Göm i aktivitetsfältet vid minimering</translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation>Göm huvudfönstret i aktivitetsfältet när det är minimerat.</translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation>Den här inställningen kontrollerar när programmet alltid ska vara överst.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation>I minimal vy</translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation>I normal vy</translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation>Visar tal-status i aktivitetsfältet</translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation>Visa tal-status i ikonen i aktivitetsfältet</translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation>Inställningen anger när programmet ska ligga överst. &lt;i&gt;Aldrig&lt;/i&gt; gör att programmet inte ligger överst. &lt;i&gt;Alltid&lt;/i&gt; gör att det alltid ligger överst. &lt;i&gt;I minimal vy&lt;/i&gt; respektive &lt;i&gt;I normal vy&lt;/i&gt; gör att programmet endast ligger överst när den minimala vyn är aktiverad respektive inaktiverad.</translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation>Visa innehållsmenyer i menyfältet</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Använd vissa högkontrastanpassningar för användare med synnedsättning</translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation>Optimera för hög kontrast</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation>Lägger till innehållsmenyer för användare och kanaler i menyraden</translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation>Ikon i aktivitetsfältet</translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation>Kanalträd</translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation>Använd valt objekt som mål för chattfält</translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation>Filter gömmer automatiskt tomma kanaler</translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation>Visa överföringsläge i verktygsfältet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;Konfigurerar vilket tema Mumble användargränssnittet ska vara utformad med&lt;/b&gt;&lt;br /&gt;Mumble kommer att plocka teman från en vissa kataloger och visar dem i den här listan. Det du väljer kommer att användas för att anpassa utseendet av Mumble. Detta inkluderar färger, ikoner och mer.</translation>
    </message>
    <message>
        <source>User Dragging</source>
        <translation>Anändardragning</translation>
    </message>
    <message>
        <source>This changes the behavior when moving users.</source>
        <translation>Detta ändrar beteendet när du flyttar användare.</translation>
    </message>
    <message>
        <source>This sets the behavior of user drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the user without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the user.</source>
        <translation>Det här anger hur användaren ska agera när han eller hon drar. Det kan användas för att förhindra oavsiktlig dragning. &lt;i&gt;Flytta&lt;/i&gt; flyttar användaren utan uppmaning. &lt;i&gt;Do Nothing&lt;/i&gt; gör ingenting och skriver ut ett felmeddelande. &lt;i&gt;Ask&lt;/i&gt; använder en meddelanderuta för att bekräfta om du verkligen vill flytta användaren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable Developer menu&lt;/b&gt;&lt;br /&gt;This enables the &quot;Developer&quot;-menu in Mumble. This menu is used for developer-specific features, such as the Developer Console.</source>
        <translation>&lt;b&gt;Aktivera utvecklarmenyn&lt;/b&gt;&lt;br /&gt;Det här aktiverar &quot;Developer&quot;-menyn i Mumble. Den här menyn används för utvecklarspecifika funktioner, till exempel Developer Console.</translation>
    </message>
    <message>
        <source>Enable Developer menu</source>
        <translation>Aktivera utvecklarmeny</translation>
    </message>
    <message>
        <source>When in custom layout mode, checking this disables rearranging.</source>
        <translation>När du är i läget för anpassad layout, markeraing av denna inaktiverar omarrondering.</translation>
    </message>
    <message>
        <source>Lock layout</source>
        <translation>Lås layout</translation>
    </message>
    <message>
        <source>Talking UI</source>
        <translation>Talargränssnitt</translation>
    </message>
    <message>
        <source>A user that is silent for the given amount of seconds will be removed from the Talkin UI.</source>
        <translation>En användare som är tyst under det angivna antalet sekunder tas bort från Talkin-användargränssnittet.</translation>
    </message>
    <message>
        <source>Remove silent user after</source>
        <translation>Ta bort tyst användare efter</translation>
    </message>
    <message>
        <source>If this is checked, the local user (yourself) will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Om detta är markerat kommer den lokala användaren (du själv) alltid att vara synlig i Talargränssnittet (oavsett talstatus).</translation>
    </message>
    <message>
        <source>Always keep local user visible</source>
        <translation>Håll alltid lokal användare synlig</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the beginning of an abbreviated name.</source>
        <translation>Hur många tecken från det ursprungliga namnet som ska visas i början av ett förkortat namn.</translation>
    </message>
    <message>
        <source>String to separate a channel name from its parent&apos;s.</source>
        <translation>Sträng för att separera ett kanalnamn från sina föräldrar.</translation>
    </message>
    <message>
        <source>Channel separator</source>
        <translation>Kanalseparator</translation>
    </message>
    <message>
        <source>Abbreviated prefix characters</source>
        <translation>Förkortade prefix tecken</translation>
    </message>
    <message>
        <source>The names of how many parent channels should be included in the channel&apos;s name when displaying it in the TalkingUI?</source>
        <translation>Namnen på hur många överordnade kanaler som ska ingå i kanalens namn när de visas i Talargränssnittet?</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the end of an abbreviated name.</source>
        <translation>Hur många tecken från det ursprungliga namnet som ska visas i slutet av ett förkortat namn.</translation>
    </message>
    <message>
        <source>Abbreviated postfix characters</source>
        <translation>Förkortade postfix-tecken</translation>
    </message>
    <message>
        <source>Whether to also allow abbreviating the current channel of a user (instead of only its parent channels).</source>
        <translation>Huruvida även en användares nuvarande kanal ska förkortas (i stället för endast dess överordnade kanaler).</translation>
    </message>
    <message>
        <source>Abbreviate current channel name</source>
        <translation>Förkorta aktuellt kanalnamn</translation>
    </message>
    <message>
        <source>Channel hierarchy depth</source>
        <translation>Kanalhierarkidjup</translation>
    </message>
    <message>
        <source>Abbreviation replacement</source>
        <translation>Ersättning av förkortningar</translation>
    </message>
    <message>
        <source>Whether the channel (hierarchy) name should be abbreviated, if it exceeds the specified maximum length.</source>
        <translation>Om kanalens (hierarkins) namn ska förkortas om det överskrider den angivna maximala längden.</translation>
    </message>
    <message>
        <source>Abbreviate channel names</source>
        <translation>Förkorta kanalnamn</translation>
    </message>
    <message>
        <source>The preferred maximum length of a channel (hierarchy) name in the Talking UI. Note that this is not a hard limit though.</source>
        <translation>Den önskade maximala längden på ett kanalnamn (hierarkinamn) i Talargränssnittet. Observera att detta inte är en hård gräns.</translation>
    </message>
    <message>
        <source>Max. channel name length</source>
        <translation>Max längd för kanalnamn</translation>
    </message>
    <message>
        <source>Relative font size to use in the Talking UI in percent.</source>
        <translation>Relativ teckenstorlek som ska användas i Talargränssnittet i procent.</translation>
    </message>
    <message>
        <source>Rel. font size (%)</source>
        <translation>Relativ teckenstorlek (%)</translation>
    </message>
    <message>
        <source>String that gets used instead of the cut-out part of an abbreviated name.</source>
        <translation>Sträng som används i stället för den bortklippta delen av ett förkortat namn.</translation>
    </message>
    <message>
        <source>Prefix character count</source>
        <translation>Antal tecken i prefixet</translation>
    </message>
    <message>
        <source>Postfix character count</source>
        <translation>Antal tecken i Postfix</translation>
    </message>
    <message>
        <source>Show the local volume adjustment for each user (if any).</source>
        <translation>Visa den lokala volymjusteringen för varje användare (om sådan finns).</translation>
    </message>
    <message>
        <source>Show volume adjustments</source>
        <translation>Visa volymjusteringar</translation>
    </message>
    <message>
        <source>Whether to show all of the local user&apos;s listeners (ears) in the TalkingUI (and thereby also the channels they are in). </source>
        <translation>Om du vill visa alla den lokala användarens lyssnare (öron) i Talargränssnittet (och därmed även kanalerna de befinner sig i). </translation>
    </message>
    <message>
        <source>Show local user&apos;s listeners (ears)</source>
        <translation>Visa lokala användares lyssnare (öron)</translation>
    </message>
    <message>
        <source>Hide the username for each user if they have a nickname.</source>
        <translation>Dölja användarnamnet för varje användare om de har ett smeknamn.</translation>
    </message>
    <message>
        <source>Show nicknames only</source>
        <translation>Visa endast smeknamn</translation>
    </message>
    <message>
        <source>Channel Hierarchy String</source>
        <translation>Sträng för kanalhierarki</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>The action to perform when a user is activated (via double-click or enter) in the search dialog.</source>
        <translation>Åtgärden som ska utföras när en användare aktiveras (via dubbelklick eller enter) i sökdialogrutan.</translation>
    </message>
    <message>
        <source>Action (User):</source>
        <translation>Åtgärd (användare):</translation>
    </message>
    <message>
        <source>The action to perform when a channel is activated (via double-click or enter) in the search dialog.</source>
        <translation>Åtgärden som ska utföras när en kanal aktiveras (via dubbelklicka eller retur) i sökdialogrutan.</translation>
    </message>
    <message>
        <source>Action (Channel):</source>
        <translation>Åtgärd (kanal):</translation>
    </message>
    <message>
        <source>Quit Behavior</source>
        <translation>Beteende vid avslut</translation>
    </message>
    <message>
        <source>This setting controls the behavior of clicking on the X in the top right corner.</source>
        <translation>Den här inställningen kontrollerar beteendet av att klicka på X i det högre översta hörnet.</translation>
    </message>
    <message>
        <source>This setting controls the behavior when closing Mumble. You can choose between being asked for confirmation, minimize instead if closing or just closing without any additional prompt. Optionally, the first two options can only apply when you are currently connected to a server (in that case, Mumble will quit without asking, when not connected to any server).</source>
        <translation>Den här inställningen kontrollerar beteende när Mumble stängs. Du kan välja mellan att bli tillfrågad för bekräftelse, minimera i stället för att stänga eller bara stänga utan någon ytterligare prompt. Valfritt, de 2 första alternativen kan endast tillämpas när du är för närvarande ansluten till en server (i det fallet så kommer Mumble att avsluta utan att fråga när du inte är ansluten till någon server).</translation>
    </message>
    <message>
        <source>Always Ask</source>
        <translation>Fråga alltid</translation>
    </message>
    <message>
        <source>Ask when connected</source>
        <translation>Fråga när du är ansluten</translation>
    </message>
    <message>
        <source>Always Minimize</source>
        <translation>Minimera alltid</translation>
    </message>
    <message>
        <source>Minimize when connected</source>
        <translation>Minimera vid anslutning</translation>
    </message>
    <message>
        <source>Always Quit</source>
        <translation>Avsluta alltid</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> sekunder</translation>
    </message>
    <message>
        <source>If this is checked, users will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Om detta är markerat kommer användarna alltid att vara synliga i Talargränssnittet (oavsett samtalstillstånd).</translation>
    </message>
    <message>
        <source>Always keep users visible</source>
        <translation>Håll alltid användarna synliga</translation>
    </message>
    <message>
        <source>Channel expand mode</source>
        <translation>Expanderingsläge för kanaler</translation>
    </message>
    <message>
        <source>User dragging mode</source>
        <translation>Dragningsläge för användare</translation>
    </message>
    <message>
        <source>Channel dragging mode</source>
        <translation>Dragningsläge för kanaler</translation>
    </message>
    <message>
        <source>Always on top mode</source>
        <translation>Läge för alltid överst</translation>
    </message>
    <message>
        <source>Quit behavior mode</source>
        <translation>Beteende vid avslut</translation>
    </message>
    <message>
        <source>Channel separator string</source>
        <translation>Avgränsare för kanaler</translation>
    </message>
    <message>
        <source>Maximum channel name length</source>
        <translation>Högsta längd på kanalnamn</translation>
    </message>
    <message>
        <source>Abbreviation replacement characters</source>
        <translation>Ersättningstecken för förkortningar</translation>
    </message>
    <message>
        <source>Relative font size (in percent)</source>
        <translation>Relativ teckenstorlek (i procent)</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Visningstid för tysta användare (i sekunder)</translation>
    </message>
    <message>
        <source>Mumble theme</source>
        <translation>Mumble-tema</translation>
    </message>
    <message>
        <source>User search action mode</source>
        <translation>Åtgärdsläge för användarsökning</translation>
    </message>
    <message>
        <source>Channel search action mode</source>
        <translation>Åtgärdsläge för kanalsökning</translation>
    </message>
    <message>
        <source>Clears the TalkingUI background setting.</source>
        <translation>Rensar bakgrundsinställningen för talargränssnittet.</translation>
    </message>
    <message>
        <source>Clear Background Color</source>
        <translation>Rensa bakgrundsfärg</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Color that gets used for the background of the talkingUI.</source>
        <translation>Färg som används som bakgrund i talargränssnittet.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Background color that, if set, overrides the theme background color.</source>
        <translation>Bakgrundsfärg som, om den anges, åsidosätter temats bakgrundsfärg.</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>Bakgrundsfärg</translation>
    </message>
    <message>
        <source>Choose a Color</source>
        <translation>Välj en färg</translation>
    </message>
    <message>
        <source>Dark theme to use to style the user interface</source>
        <translation>Mörkt tema för användargränssnittet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with when it’s in the Dark theme&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;Anger vilket tema som ska användas för Mumbles användargränssnitt i mörkt läge&lt;/b&gt;&lt;br /&gt;Mumble hittar teman i vissa mappar och visar dem i listan. Det valda temat används för att anpassa Mumbles utseende, inklusive färger, ikoner och annat.</translation>
    </message>
    <message>
        <source>Light theme to use to style the user interface</source>
        <translation>Ljust tema för användargränssnittet</translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>Mörkt tema</translation>
    </message>
    <message>
        <source>Sets the theme automatically based on the system theme.</source>
        <translation>Väljer automatiskt tema utifrån systemets tema.</translation>
    </message>
    <message>
        <source>Automatic theme based on system theme</source>
        <translation>Automatiskt tema utifrån systemets tema</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Sets the theme to the configured dark theme setting</source>
        <translation>Använder det inställda mörka temat</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörk</translation>
    </message>
    <message>
        <source>Sets the theme to the configured light theme setting</source>
        <translation>Använder det inställda ljusa temat</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>Ljust tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljus</translation>
    </message>
    <message>
        <source>Open the themes directory in the systems file manager</source>
        <translation>Öppna temamappen i systemets filhanterare</translation>
    </message>
    <message>
        <source>Open Themes Directory</source>
        <translation>Öppna temamappen</translation>
    </message>
    <message>
        <source>This controls whether Mumble will try to restore the window geometry and state from previous sessions on startup.</source>
        <translation>Anger om Mumble ska försöka återställa fönstrets storlek, placering och tillstånd från föregående session vid start.</translation>
    </message>
    <message>
        <source>Restore window geometry on startup</source>
        <translation>Återställ fönstrets storlek och placering vid start</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Root</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Tryck för att tala</translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Tryck och håll nere den här knappen för att skicka röst.</translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Konfigurerar knappen för tryck för att tala. Du sänder din röst så länge knappen hålls ned.</translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation>Återställ ljudprocessor</translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation>Koppla från insticksmodul</translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation>Tryck för att stänga av mikrofonen</translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Gå med i kanal</translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation>Växla överlagring</translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Växla tillstånd för överlaget i spelet.</translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation>Växla minimal</translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Volym upp (+10%)</translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Volym ner (-10%)</translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation>Mumble</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fönster</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimera</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation>Stäng av mikrofonen</translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation>Ange om din mikrofon ska vara avstängd.</translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation>Anger eller växlar om din mikrofon är avstängd. Om du slår på mikrofonen slås även ljudet på.</translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation>Stäng av ljudet</translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation>Ange om ditt ljud ska vara avstängt.</translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation>Anger eller växlar om ditt ljud är avstängt. Om du stänger av ljudet stängs även mikrofonen av.</translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation>Viska/Skrika</translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation>&lt;center&gt;Inte ansluten&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation>Öppnar URL %1</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>Filen finns inte</translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation>Inställningar sammanslagna från fil.</translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation>URL schemat kan inte användas av Mumble</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Ansluter till %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Ange användarnamn</translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation>Ansluter till servern %1.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Återansluter.</translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation>Överföringsläge inställt till Kontinuerligt</translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation>Registrera dig som %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Du kommer registrera dig på den här servern. Denna åtgärd kan inte ångras. Ditt användarnamn kan inte heller ändras när detta är gjort. Du kommer vara känd som &quot;%1&quot; på den här servern.&lt;/p&gt;&lt;p&gt;Är du säker på att du vill registrera dig?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation>Registrera användare %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Du kommer registrera %1 på servern. Denna åtgärd kan inte ångras. Användarnamnet kan inte ändras. Som registrerad användare kommer %1 ha tillgång till servern även om du ändrar lösenordet.&lt;/p&gt;&lt;p&gt;Från och med nu kommer %1 att bli autentiserad med det certifikat som för närvarande används.&lt;/p&gt;&lt;p&gt;Är du säker på att du vill registrera %1?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation>Slänger ut %1</translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation>Visa kommentar på %1</translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation>Meddelande till kanalen %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Ansluten.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Förväntat certifikatutdrag (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation>Servern använder ett certifikat som inte kan verifieras.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;The specific errors with this certificate are:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Do you wish to accept this certificate anyway?&lt;br /&gt;(It will also be stored so you won&apos;t be asked this again.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;De specifika felen med det här certifikatet är:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Vill du acceptera det här certifikatet i alla fall?&lt;br /&gt;(Det kommer också att lagras så att du inte får frågan igen)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server connection failed.</source>
        <translation>Serveranslutning misslyckades.</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to channel &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to channel &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;Skicka ett meddelande till kanalen &quot;%1&quot; här&lt;/center&gt;</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;Skriv ett meddelande till användaren &quot;%1&quot; här&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Välj bildfil</translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation>Kunde inte ladda bild</translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation>Kunde inte öppna fil för läsning.</translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation>Bildformatet känns inte igen.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation>Används tillsammans med Viska till.</translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Detta kommer ändra i-spelet-läget.</translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Länka kanal</translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation>Växla överföringsläge</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Push-To-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Ställ in överföringsläget på Tryck för att tala</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Continuous</source>
        <comment>Global Shortcut</comment>
        <translation>Ställ in överföringsläge till kontinuerligt</translation>
    </message>
    <message>
        <source>Set Transmit Mode to VAD</source>
        <comment>Global Shortcut</comment>
        <translation>Ställ in överföringsläge till VAD</translation>
    </message>
    <message>
        <source>Send Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Skicka textmeddelande</translation>
    </message>
    <message>
        <source>Send Clipboard Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Skicka textmeddelande i urklippet</translation>
    </message>
    <message>
        <source>This will send your Clipboard content to the channel you are currently in.</source>
        <comment>Global Shortcut</comment>
        <translation>Detta kommer att skicka innehållet i din klippbräda till den kanal som du för tillfället befinner dig i.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuerligt</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Röstaktivitet</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation>Tryck för att tala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation>Spara bilden som...</translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation>Spara bildfilen</translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation>Kunde inte spara bilden: %1</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>Ändra din kommentar</translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation>Överföringsläget är inställt på Röstaktivitet</translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation>Överföringsläget är inställt på Tryck för att tala</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Visa certifikat</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Ange anledning</translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation>Skickar meddelande till %1</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Till %1: %2</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Meddelande till %1</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation>Är du säker på att du vill återställa kommentaren av användaren %1?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation>Är du säker på att du vill återställa visningsbilden för användaren %1?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation>Är du säker på att du vill ta bort %1 och alla dess underkanaler?</translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation>Skickar meddelande till kanalen %1</translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation>Meddelande till träd %1</translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation>Till %1 (Träd): %2</translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation>Ljud och mikrofon aktiverad.</translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation>Mikrofon aktiverad.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Mikrofonen är avstängd.</translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation>Mikrofonen och ljudet är avstängda.</translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation>Ljudet är avstängt.</translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation>Ljud aktiverat.</translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation>Starta om Mumble?</translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation>Några inställningar kommer endast att gälla efter en omstart av Mumble. Starta om Mumble nu?</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation>SSL-verifiering misslyckades: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Servercertifikatets sammanfattning (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation>&lt;b&gt;VARNING:&lt;/b&gt; Servern använder ett certifikat som inte är samma som det lagrade.</translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation>Serveranslutning misslyckades: %1.</translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation>Frånkopplad från servern.</translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation>Användarnamn finns redan</translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation>Felaktigt certifikat eller lösenord</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Felaktigt lösenord</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation>K&amp;onfigurera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation>Detta visar all ny aktivitet. Anslutning till servrar, fel- och informationsmeddelanden visas här.&lt;br /&gt;För att konfigurera vilka meddelanden som ska visas här kan du använda &lt;b&gt;Inställningar&lt;/b&gt; kommandot från menyn.</translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation>&amp;Avsluta Mumble</translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation>Stänger programmet</translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation>Avslutar programmet.</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Koppla ifrån</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation>Frånkopplad från servern</translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation>Kopplar ifrån dig från servern.</translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation>Visa information om serveranslutningen</translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation>Detta kommer visa utökad information om anslutningen till servern.</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Stäng av &amp;mikrofonen</translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation>Stäng av &amp;ljudet</translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation>Stäng av mikrofonen &amp;lokalt</translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation>Skicka ett textmeddelande</translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation>Skickar ett textmeddelande till en annan användare.</translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation>Lägg till en ny kanal</translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation>Detta lägger till en ny underkanal till den nuvarande valda kanalen.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Ta bort kanal</translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation>Detta tar bort kanalen och alla underkanaler.</translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation>Ändra grupper och ACL för kanalen</translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation>Detta öppnar grupp- och ACL-dialogen för kanalen, för att kontrollera behörigheter.</translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation>Länka din kanal till en annan</translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation>Detta är chattboxen&lt;br /&gt;Om du anger text här och trycker på enter kommer texten skickas till användaren eller kanalen som var vald. Om inget är valt kommer meddelandet att skickas till din nuvarande kanal.</translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation>Chattbox</translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation>Visar en dialog med registrerade servrar, tillåter även snabbanslutning.</translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation>Släng ut användare (med anledning)</translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation>Slänger ut vald användare från servern. Du kommer tillfrågas att specifiera en anledning.</translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation>Tysta användare</translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation>Stäng av eller slå på användarens mikrofon på servern. Om mikrofonen slås på för en användare vars ljud är avstängt slås även ljudet på.</translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation>Släng ut och bannlys användare (med anledning)</translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation>Släng ut och bannlys vald användare från servern. Du kommer att bli tillfrågad att specifiera en anledning.</translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation>Stäng av användarens ljud</translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation>Stäng av eller slå på användarens ljud på servern. När ljudet stängs av stängs även mikrofonen av.</translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation>Stäng av användarens mikrofon lokalt</translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation>Stäng av eller slå på användarens mikrofon lokalt. Använd detta för andra användare i samma rum.</translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation>Länkar den aktuella kanalen till den markerade kanalen. Om användarna i den ena kanalen har behörighet att tala i den andra kan de höra varandra. Länken är beständig tills den tas bort manuellt eller servern startas om. Se kortkommandona för tryck för att länka.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation>Avlä&amp;nka</translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation>Avlänka din kanal från en annan</translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation>Detta avlänkar din nuvarande kanal från den valda kanalen.</translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation>Avlänkar din kanal från alla länkade kanaler.</translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation>Kopplar från den aktuella kanalen, inte den markerade, från alla länkade kanaler.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation>Återställ förprocessen</translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation>Detta kommer återställa förprocessen inkluderande bulleravbrytning, automatisk förstärkning och upptäckning av röstaktivitet. Om någonting plötsligt förvärras i ljudmiljön (t.ex. att en mikrofon tappas) och det var tillfälligt kan du använda detta för att undvika att vänta på förprocessen att återjusteras.</translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation>Stäng av din mikrofon</translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation>Stäng av eller slå på din mikrofon. När den är avstängd skickas inga röstdata till servern. Om mikrofonen slås på medan ljudet är avstängt slås även ljudet på.</translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation>Stäng av ditt ljud</translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation>Stäng av eller slå på ditt ljud. När ljudet är avstängt hör du ingenting. När ljudet stängs av stängs även mikrofonen av.</translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation>&amp;text-till-tal</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation>Växla text-till-tal</translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation>Aktivera eller inaktivera text-till-tal. Endast meddelanden som har aktiverats för TTS i inställningarna läses upp.</translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation>Visa ljudstatistik</translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation>Öppnar en liten dialog med information om din nuvarande ljudingång.</translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation>Tvinga avlänkning av insticksmodul</translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation>Detta tvingar den nuvarande insticksmodulen att avlänkas, vilket är praktiskt om den läser helt fel data.</translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation>Konfigurera Mumble</translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation>Tillåter dig att ändra många inställningar för Mumble.</translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation>Starta ljudkonfigurationsguiden</translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation>Guidar dig genom konfigurationen av ljudmaskinvaran.</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Vad är detta?</translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation>Aktivera &quot;Vad är detta?&quot;-läget</translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation>Tryck för att aktivera &quot;Vad är detta?&quot;-läget. Din muspekare kommer att bli ett frågetecken. Klicka på valfri knapp, menyval eller område för att visa en beskrivning av vad det är.</translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation>Information om Mumble</translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation>Visar en liten dialog med information och licens för Mumble.</translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation>Information om Speex</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation>Visar en liten dialog med information om Speex.</translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation>Information om Qt</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation>Visar en liten dialog med information om Qt.</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Leta efter &amp;uppdateringar</translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation>Leta efter en ny version av Mumble</translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation>Ansluter till Mumbles webbplats för att söka efter en ny version och visar en lämplig hämtnings-URL om en uppdatering finns.</translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation>Skickar ett textmeddelande till alla användare i en kanal.</translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation>Konfigurera certifikat för stark autentisering</translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation>Detta startar guiden för att skapa, importera eller exportera certifikat för autentisering mot servrar.</translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation>Registrera användare på server</translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation>Detta kommer permanent att registrera användaren på servern.</translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation>Lägg till &amp;vän</translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation>Lägger till en användare som din vän.</translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation>Detta kommer att lägga till användaren som en vän så att du kan känna igen honom på den här eller andra servrar.</translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation>Ta bo&amp;rt vän</translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation>Tar bort en vän från din vänlista.</translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation>Detta kommer att ta bort en användare från din vänlista.</translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation>&amp;Uppdatera vän</translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation>Uppdatera din väns namn.</translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation>Din vän använder ett annat namn än det som är i din databas. Det här kommer uppdatera namnet.</translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation>Ändra registrerade användare i listan</translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation>Detta öppnar redigeraren för registrerade användare som tillåter dig att ändra deras namn eller avregistrera dem.</translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation>Lägg till eller ta bort textbaserade åtkomsttoken</translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation>&amp;Minimal vy</translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation>Växla minimala fönsterlägen</translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation>Detta kommer växla minimalt läge när loggfönstret och menyn är gömd.</translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation>Du stängde av mikrofonen och ljudet för %1.</translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation>Du aktiverade mikrofon och ljud för %1.</translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation>Du aktiverade ljudet för %1.</translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation>Du tystade %1.</translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation>%2 aktiverade mikrofon och ljud för %1.</translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation>%2 aktiverade mikrofon och ljud för %1.</translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation>%2 aktiverade ljud för %1.</translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation>%2 tystade %1.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 flyttade till %2.</translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation>%1 flyttades till %2 av %3.</translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation>%1 flyttades in från %2 av %3.</translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation>%1 har nu mikrofonen och ljudet avstängda.</translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation>Din kontoinformation kan inte verifieras just nu. Var god försök igen senare</translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation>Välkomstmeddelande: %1</translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation>Du nekades behörigheten &quot;%1&quot; i %2.</translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation>%3 nekades behörigheten &quot;%1&quot; i %2.</translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation>Nekad: SuperUser kan inte ändras.</translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation>Nekad: Textmeddelande för långt.</translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation>Nekad: Åtgärden är inte tillåten i en tillfällig kanal.</translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation>Du behöver ett certifikat för att utföra den här åtgärden.</translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation>%1 har inget certifikat.</translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation>Kanalen är full.</translation>
    </message>
    <message>
        <source>Channel nesting limit reached.</source>
        <translation>Gränsen för antalet kanaler har nåtts.</translation>
    </message>
    <message>
        <source>Channel count limit reached. Need to delete channels before creating new ones.</source>
        <translation>Gränsen för antalet kanaler har nåtts. Du måste ta bort kanaler innan du skapar nya.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Åtkomst nekad.</translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation>%1 är ansluten och har gått in i kanalen.</translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation>%1 anslöt till servern.</translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation>%1 har nu mikrofonen avstängd.</translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation>%1 har aktiverat sin mikrofon.</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Inspelning startad</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Inspelning stoppad</translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation>%1 började spela in.</translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation>%1 slutade spela in.</translation>
    </message>
    <message>
        <source>You revoked your priority speaker status.</source>
        <translation>Du upphävde din prioriterad talare status.</translation>
    </message>
    <message>
        <source>You assumed priority speaker status.</source>
        <translation>Du tilldelades prioriterad talare status.</translation>
    </message>
    <message>
        <source>%1 revoked your priority speaker status.</source>
        <translation>%1 upphävde din prioriterad talare status.</translation>
    </message>
    <message>
        <source>%1 gave you priority speaker status.</source>
        <translation>%1 gav dig prioriterad talare status.</translation>
    </message>
    <message>
        <source>You revoked priority speaker status for %1.</source>
        <translation>Du upphävde prioriterad talare status för %1.</translation>
    </message>
    <message>
        <source>You gave priority speaker status to %1.</source>
        <translation>Du gav prioriterad talare status till %1.</translation>
    </message>
    <message>
        <source>%1 revoked own priority speaker status.</source>
        <translation>%1 upphävde egen prioriterad talare status.</translation>
    </message>
    <message>
        <source>%1 assumed priority speaker status.</source>
        <translation>%1 tilldelades prioriterad talade status.</translation>
    </message>
    <message>
        <source>%1 revoked priority speaker status for %2.</source>
        <translation>%1 upphävde prioriterad talare status för %2.</translation>
    </message>
    <message>
        <source>%1 gave priority speaker status to %2.</source>
        <translation>%1 gav prioriterad talare status till %2.</translation>
    </message>
    <message>
        <source>You were unmuted and undeafened by %1.</source>
        <translation>%1 aktiverade mikrofon och ljud för dig.</translation>
    </message>
    <message>
        <source>You were muted by %1.</source>
        <translation>%1 stängde av din mikrofon.</translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation>%1 aktiverade ljud för dig.</translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation>Du tystades.</translation>
    </message>
    <message>
        <source>You were unsuppressed.</source>
        <translation>Du avtystades.</translation>
    </message>
    <message>
        <source>You were unsuppressed by %1.</source>
        <translation>Du avtystades av %1.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Du gick med i %1.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, your username is considered invalid.</source>
        <translation>Serverns inställningar anger att ditt användarnamn är ogiltigt.</translation>
    </message>
    <message>
        <source>Denied: According to the server&apos;s configuration, the channel name is considered invalid.</source>
        <translation>Nekad: Serverns inställningar anger att kanalnamnet är ogiltigt.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username %1 is considered invalid.</source>
        <translation>Serverns inställningar anger att användarnamnet %1 är ogiltigt.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username is considered invalid.</source>
        <translation>Serverns inställningar anger att användarnamnet är ogiltigt.</translation>
    </message>
    <message>
        <source>You moved %1 to %2.</source>
        <translation>Du flyttade %1 till %2.</translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation>%1 spelar in</translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation>%1 namnbyte till %2 av %3.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 lämnade servern.</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation>server</translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation>Servern kräver klientversionen %1</translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation>Servern efterfrågar användning av positionsljud.</translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation>Servern begär att positionsljud ska inaktiveras.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation>Servern begär att Tryck för att tala ska aktiveras.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation>Servern begär att Tryck för att tala ska inaktiveras.</translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation>Din mikrofon aktiverades av %1.</translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation>Du stängde av mikrofonen för %1.</translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation>Du avtystade %1.</translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation>Du aktiverade mikrofon för %1.</translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation>%2 stängde av mikrofonen för %1.</translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation>%2 avtystades av %1.</translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation>%2 aktiverade mikrofon för %1.</translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation>%1 stängde av din mikrofon och ditt ljud.</translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation>Du slängdes ut från servern av %1: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation>%3 slängdes ut från servern av %1: %2.</translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation>Du slängdes ut och blev bannlyst från servern av %1: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation>%3 slängdes ut och blev bannlyst från servern av %1: %2.</translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation>Du flyttades till %1 av %2.</translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation>%1 gick med i kanalen.</translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation>Serveranslutning avbröts: %1.</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>Nekad: %1.</translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation>%1 omdöpt till %2.</translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation>%1 lämnade kanalen och servern.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Meddelande från %1</translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation>Du har användardragning inställd på &quot;Gör ingenting&quot; så användaren flyttades inte.</translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation>Du har kanaldragning inställd på &quot;Gör ingenting&quot; så kanalen flyttades inte.</translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation>Okänd kanaldragnings läge i Användarmodell::dropMimeData.</translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation>Välkommen till Mumble.</translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation>Hoppar över kontroll av uppdatering i felsökningsläge.</translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation>Göm ram</translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation>Växla visningsram på minimalt fönster</translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation>Detta kommer att välxa om det minimala fönstret ska ha en ram för att flytta och ändra storlek.</translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation>Återställ kommentaren för den valda användaren.</translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation>Visa kommentar i redigerare</translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation>Fråga server om anslutningsinfo för användare</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation>&amp;Själv</translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation>&amp;Avlänka insticksmoduler</translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation>Registrera dig på servern</translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation>Ändra din visningsbild på servern</translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation>Ta bort nuvarande definierade visningsbild.</translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation>Verktygsfältet</translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation>Ändra din kommentar</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Kopiera URL</translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation>Kopierar en länk till den här kanalen till urklipp.</translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation>Ignorera användares textmeddelande lokalt.</translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation>Blockerar tyst alla textmeddelanden från användaren.</translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation>Redigera serverns bannlysningslista</translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation>Detta låter dig redigera listan över bannlysta IP-adresser på servern.</translation>
    </message>
    <message>
        <source>Enable or disable the filtering of select channels.
By default all empty channels will be filtered.
You can mark additional channels for filtering from
the channel&apos;s context menu.</source>
        <translation>Aktivera eller inaktivera filtreringen för valda kanaler.
Som standard är alla tomma kanaler filtrerade.
Du kan markera ytterligare kanaler för filtrering från
kanalens innehållsmeny.</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>&amp;Utvecklare</translation>
    </message>
    <message>
        <source>Show the Developer Console</source>
        <translation>Visa konsolen för utvecklare</translation>
    </message>
    <message>
        <source>Shows the Mumble Developer Console, where Mumble&apos;s log output can be inspected.</source>
        <translation>Visar Mumble Developer Console, där Mumbles loggutdata kan inspekteras.</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>&amp;Anslut...</translation>
    </message>
    <message>
        <source>&amp;Kick...</source>
        <translation>&amp;Släng ut...</translation>
    </message>
    <message>
        <source>&amp;Ban...</source>
        <translation>&amp;Bannlys...</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Lägg till …</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Ta bort...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ändra...</translation>
    </message>
    <message>
        <source>&amp;Audio Wizard...</source>
        <translation>&amp;Ljudkonfiguration...</translation>
    </message>
    <message>
        <source>About &amp;Speex...</source>
        <translation>Om &amp;Speex...</translation>
    </message>
    <message>
        <source>&amp;Certificate Wizard...</source>
        <translation>&amp;Certifikatkonfiguration...</translation>
    </message>
    <message>
        <source>Change &amp;Avatar...</source>
        <translation>Byt &amp;Avatar...</translation>
    </message>
    <message>
        <source>&amp;Change Comment...</source>
        <translation>&amp;Ändra kommentar...</translation>
    </message>
    <message>
        <source>Server sync protocol violation. No user profile received.</source>
        <translation>Protokollöverträdelse för serversynk. Ingen användarprofil mottagen.</translation>
    </message>
    <message>
        <source>Protocol violation. Server sent remove for occupied channel.</source>
        <translation>Protokollöverträdelse. Server skickad ta bort för upptagen kanal.</translation>
    </message>
    <message>
        <source>Listen to this channel without joining it</source>
        <translation>Lyssna på den här kanalen utan att gå med i den</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>&amp;Lyssnare</translation>
    </message>
    <message>
        <source>No action available...</source>
        <translation>Ingen åtgärd tillgänglig...</translation>
    </message>
    <message>
        <source>Unable to %1 into %2 - Adding the respective access (password) token might grant you access.</source>
        <translation>Kan inte %1 till %2 - Om du lägger till respektive åtkomsttoken (lösenord) kan du få tillgång.</translation>
    </message>
    <message>
        <source>No more listeners allowed in this channel.</source>
        <translation>Inga fler lyssnare tillåts i denna kanal.</translation>
    </message>
    <message>
        <source>You are not allowed to listen to more channels than you currently are.</source>
        <translation>Du får inte lyssna på fler kanaler än vad du redan gör.</translation>
    </message>
    <message>
        <source>You started listening to %1</source>
        <translation>Du började lyssna på %1</translation>
    </message>
    <message>
        <source>%1 started listening to your channel</source>
        <translation>%1 har börjat lyssna på din kanal</translation>
    </message>
    <message>
        <source>You stopped listening to %1</source>
        <translation>Du har slutat lyssna på %1</translation>
    </message>
    <message>
        <source>%1 stopped listening to your channel</source>
        <translation>%1 har slutat lyssna på din kanal</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <translation>Växlar synligheten för Talargränssnittet.</translation>
    </message>
    <message>
        <source>Joins the channel of this user.</source>
        <translation>Ansluter sig till den här användarens kanal.</translation>
    </message>
    <message>
        <source>Channels and users</source>
        <translation>Kanaler och användare</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <source>Locally disable Text-To-Speech for this user&apos;s text chat messages.</source>
        <translation>Inaktivera text-till-tal lokalt för den här användarens textchattmeddelanden.</translation>
    </message>
    <message>
        <source>Silently disables Text-To-Speech for all text messages from the user.</source>
        <translation>Tyst inaktiverar text-till-tal för alla textmeddelanden från användaren.</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Träd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Configuration file %1 does not exist or is not writable.
</source>
        <translation>Konfigurationsfilen %1 finns inte eller är inte skrivbar.
</translation>
    </message>
    <message>
        <source>Hide/show main window</source>
        <comment>Global Shortcut</comment>
        <translation>Dölja/visa huvudfönstret</translation>
    </message>
    <message>
        <source>Set a local nickname</source>
        <translation>Ange ett lokalt smeknamn</translation>
    </message>
    <message>
        <source>Sets a local nickname for another user.</source>
        <translation>Ställer in ett lokalt smeknamn för en annan användare.</translation>
    </message>
    <message>
        <source>Directory %1 does not exist.
</source>
        <translation>Katalog %1 existerar inte.
</translation>
    </message>
    <message>
        <source>Toggle TalkingUI</source>
        <comment>Global shortcut</comment>
        <translation>Växla Talargränssnitt</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <comment>Global Shortcut</comment>
        <translation>Växlar synligheten för Talargränssnittet.</translation>
    </message>
    <message>
        <source>Toggle the channel filter (Alt+F)</source>
        <translation>Växla kanalfiltret (Alt+F)</translation>
    </message>
    <message>
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <source>Search for a user or channel (Ctrl+F)</source>
        <translation>Sök efter en användare eller kanal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Toggle search dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Växla sökruta</translation>
    </message>
    <message>
        <source>This will open or close the search dialog depending on whether it is currently opened already</source>
        <translation>Det här kommer att öppna eller stänga sök-rutan beroende på om den redan är öppnad för tillfället</translation>
    </message>
    <message>
        <source>Unmute yourself</source>
        <translation>Aktivera ditt ljud igen</translation>
    </message>
    <message>
        <source>Undeafen yourself</source>
        <translation>Sluta döva dig själv</translation>
    </message>
    <message>
        <source>Show the Positional Audio Viewer</source>
        <translation>Visa positionsljudsvisaren</translation>
    </message>
    <message>
        <source>Shows the Positional Audio Viewer. In it the current information used for positional audio can be inspected. Context and identity are also shown.</source>
        <translation>Visar den positionella ljudvisaren. Den kan användas för att visa informationen som för tillfället används för positionsljud. Kontext och identitet visas också.</translation>
    </message>
    <message>
        <source>Mumble - Minimal View</source>
        <translation>Mumble - Minimal vy</translation>
    </message>
    <message>
        <source>Invalid settings file encountered.</source>
        <translation>Stötte på en ogiltig inställningsfil.</translation>
    </message>
    <message>
        <source>You are currently in minimal view but not connected to a server. Use the context menu to connect to a server or disable minimal view.</source>
        <translation>Du är i en minimal vy, men är inte ansluten till en server. Använd sammanhangsmenyn för att ansluta till en server eller stäng av minimal vy.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment:</source>
        <translation>Lokal volymjustering:</translation>
    </message>
    <message>
        <source>This version of Mumble can&apos;t handle URLs for Mumble version %1</source>
        <translation>Den här versionen av Mumble kan inte hantera URL:er för Mumble version %1</translation>
    </message>
    <message>
        <source>Listen to Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Lyssna till kanal</translation>
    </message>
    <message>
        <source>Toggles listening to the given channel.</source>
        <comment>Global Shortcut</comment>
        <translation>Växlar lyssning till den angivna kanalen.</translation>
    </message>
    <message>
        <source>Server instructed us to use an audio codec different from Opus, which is no longer supported. Disconnecting...</source>
        <translation>Servern begärde att en annan ljudkodek än Opus skulle användas, vilket inte längre stöds. Kopplar från …</translation>
    </message>
    <message>
        <source>Are you sure you want to close Mumble? Perhaps you prefer to minimize it instead?</source>
        <translation>Är du säker på att du vill stänga ner Mumble? Föredrar du kanske att minimera det i stället?</translation>
    </message>
    <message>
        <source>Remember this setting</source>
        <translation>Kom ihåg den här inställningen</translation>
    </message>
    <message>
        <source>Channel &amp;Filter</source>
        <translation>Kanal &amp;Filter</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <comment>Global Shortcut</comment>
        <translation>Anslut till en server</translation>
    </message>
    <message>
        <source>This will open the server connection dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Detta kommer att öppna serveranslutningsdialogrutan</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <comment>Global Shortcut</comment>
        <translation>Koppla från servern</translation>
    </message>
    <message>
        <source>This will disconnect you from the server</source>
        <comment>Global Shortcut</comment>
        <translation>Detta kommer att koppla bort dig från servern</translation>
    </message>
    <message>
        <source>Open server information</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna server information</translation>
    </message>
    <message>
        <source>This will show information about the server connection</source>
        <comment>Global Shortcut</comment>
        <translation>Detta visar information om serveranslutningen</translation>
    </message>
    <message>
        <source>Open server tokens</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna server tokens</translation>
    </message>
    <message>
        <source>This will open the server tokens dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Detta öppnar dialogrutan för servertokens</translation>
    </message>
    <message>
        <source>Open server user list</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna server användarlista</translation>
    </message>
    <message>
        <source>This will open the server user list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Detta öppnar dialogrutan för serveranvändarlistan</translation>
    </message>
    <message>
        <source>Open server ban list</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna serverförbudslistan</translation>
    </message>
    <message>
        <source>This will open the server ban list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Detta öppnar dialogrutan för serverförbudslistan</translation>
    </message>
    <message>
        <source>Toggle priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Växla prioriterad talare</translation>
    </message>
    <message>
        <source>This will enable/disable the priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Aktiverar eller inaktiverar prioriterad talare</translation>
    </message>
    <message>
        <source>Open recording dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna inspelningsdialogrutan</translation>
    </message>
    <message>
        <source>This will open the recording dialog</source>
        <translation>Detta öppnar dialogrutan för inspelning</translation>
    </message>
    <message>
        <source>Change comment</source>
        <comment>Global Shortcut</comment>
        <translation>Ändra kommentar</translation>
    </message>
    <message>
        <source>This will open the change comment dialog</source>
        <translation>Detta öppnar dialogrutan för att ändra kommentar</translation>
    </message>
    <message>
        <source>Change avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Ändra avatar</translation>
    </message>
    <message>
        <source>This will open your file explorer to change your avatar image on this server</source>
        <translation>Detta öppnar din filutforskare för att ändra din avatarbild på den här servern</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Ta bort avatar</translation>
    </message>
    <message>
        <source>This will reset your avatar on the server</source>
        <translation>Detta kommer att återställa din avatar på servern</translation>
    </message>
    <message>
        <source>Register on the server</source>
        <comment>Global Shortcut</comment>
        <translation>Registrera dig på denna server</translation>
    </message>
    <message>
        <source>This will register you on the server</source>
        <translation>Detta kommer att registrera dig på denna server</translation>
    </message>
    <message>
        <source>Audio statistics</source>
        <comment>Global Shortcut</comment>
        <translation>Ljudstatistik</translation>
    </message>
    <message>
        <source>This will open the audio statistics dialog</source>
        <translation>Detta öppnar dialogrutan för ljudstatistik</translation>
    </message>
    <message>
        <source>Open settings</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna inställningar</translation>
    </message>
    <message>
        <source>This will open the settings dialog</source>
        <translation>Detta öppnar dialogrutan för inställningar</translation>
    </message>
    <message>
        <source>Start audio wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Starta ljudguiden</translation>
    </message>
    <message>
        <source>This will open the audio wizard dialog</source>
        <translation>Detta kommer att öppna dialogrutan för ljudguiden</translation>
    </message>
    <message>
        <source>Start certificate wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Starta certifikatguiden</translation>
    </message>
    <message>
        <source>This will open the certificate wizard dialog</source>
        <translation>Detta öppnar dialogrutan för certifikatguiden</translation>
    </message>
    <message>
        <source>Toggle text to speech</source>
        <comment>Global Shortcut</comment>
        <translation>Växla text till tal</translation>
    </message>
    <message>
        <source>This will enable/disable the text to speech</source>
        <translation>Detta kommer att aktivera/inaktivera text till tal</translation>
    </message>
    <message>
        <source>Open about dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna dialogrutan om</translation>
    </message>
    <message>
        <source>This will open the about dialog</source>
        <translation>Detta öppnar dialogrutan Om</translation>
    </message>
    <message>
        <source>Open about Qt dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Öppna om Qt dialogrutan</translation>
    </message>
    <message>
        <source>This will open the about Qt dialog</source>
        <translation>Detta öppnar dialogrutan om Qt</translation>
    </message>
    <message>
        <source>Check for update</source>
        <comment>Global Shortcut</comment>
        <translation>Kolla efter uppdateringar</translation>
    </message>
    <message>
        <source>This will check if mumble is up to date</source>
        <translation>Detta kontrollerar om mumble är uppdaterat</translation>
    </message>
    <message>
        <source>That sound was the mute cue. It activates when you speak while muted. Would you like to keep it enabled?</source>
        <translation>Det ljudet var den tysta signalen. Den aktiveras när du talar medan ljudet är tyst. Vill du behålla det aktiverat?</translation>
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
        <source>Enter chat message</source>
        <translation>Skriv ett chattmeddelande</translation>
    </message>
    <message>
        <source>&amp;Ban List</source>
        <translation>&amp;Bannlysningslista</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>Ig&amp;nore Messages</source>
        <translation>Ig&amp;norera meddelanden</translation>
    </message>
    <message>
        <source>&amp;Send Message...</source>
        <translation>&amp;Skicka meddelande...</translation>
    </message>
    <message>
        <source>Set Ni&amp;ckname...</source>
        <translation>Ställ in sm&amp;eknamn...</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>L&amp;änk</translation>
    </message>
    <message>
        <source>U&amp;nlink All</source>
        <translation>Koppla &amp;från alla</translation>
    </message>
    <message>
        <source>M&amp;ute Self</source>
        <translation>Stäng av &amp;mikrofonen</translation>
    </message>
    <message>
        <source>D&amp;eafen Self</source>
        <translation>Stäng av &amp;ljudet</translation>
    </message>
    <message>
        <source>Audio &amp;Statistics</source>
        <translation>Ljud &amp;Statistik</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Developer &amp;Console</source>
        <translation>Utvecklar&amp;konsol</translation>
    </message>
    <message>
        <source>Positional &amp;Audio Viewer</source>
        <translation>Visare för &amp;positionsljud</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Re&amp;gister...</source>
        <translation>Re&amp;gistrera...</translation>
    </message>
    <message>
        <source>Registered &amp;Users</source>
        <translation>Registrerade &amp;användare</translation>
    </message>
    <message>
        <source>&amp;Access Tokens</source>
        <translation>&amp;Åtkomsttoken</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>Ta &amp;bort profilbild</translation>
    </message>
    <message>
        <source>Reset Commen&amp;t...</source>
        <translation>Återställ komment&amp;ar...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar...</source>
        <translation>Ta &amp;bort profilbild …</translation>
    </message>
    <message>
        <source>Remove the avatar of the selected user.</source>
        <translation>Ta bort den markerade användarens profilbild.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Gå med</translation>
    </message>
    <message>
        <source>&amp;Hide When Filtering</source>
        <translation>&amp;Dölj vid filtrering</translation>
    </message>
    <message>
        <source>&amp;Pin When Filtering</source>
        <translation>&amp;Fäst vid filtrering</translation>
    </message>
    <message>
        <source>Vie&amp;w Comment</source>
        <translation>Vi&amp;sa kommentar</translation>
    </message>
    <message>
        <source>&amp;Priority Speaker</source>
        <translation>&amp;Prioriterad talare</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>Spela &amp;in …</translation>
    </message>
    <message>
        <source>&amp;Listen To Channel</source>
        <translation>&amp;Lyssna på kanal</translation>
    </message>
    <message>
        <source>Talking &amp;UI</source>
        <translation>Talar&amp;gränssnitt</translation>
    </message>
    <message>
        <source>&amp;Join User&apos;s Channel</source>
        <translation>&amp;Gå med i användarens kanal</translation>
    </message>
    <message>
        <source>M&amp;ove To Own Channel</source>
        <translation>Flytta till &amp;egen kanal</translation>
    </message>
    <message>
        <source>Moves this user to your current channel.</source>
        <translation>Flyttar användaren till din aktuella kanal.</translation>
    </message>
    <message>
        <source>Disable Te&amp;xt-To-Speech</source>
        <translation>Stäng av Te&amp;xt-Till-Tal</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Sök...</translation>
    </message>
    <message>
        <source>Filtered channels and users</source>
        <translation>Filtrerade kanaler och användare</translation>
    </message>
    <message>
        <source>Toggle positional audio</source>
        <comment>Global Shortcut</comment>
        <translation>Slå på eller av positionsljud</translation>
    </message>
    <message>
        <source>This will toggle positional audio on/off</source>
        <translation>Slår på eller av positionsljud</translation>
    </message>
    <message>
        <source>SSL error</source>
        <translation>SSL-fel</translation>
    </message>
    <message>
        <source>Mumble is unable to establish a secure connection to the server. (&quot;%1&quot;)</source>
        <translation>Mumble kan inte upprätta en säker anslutning till servern. (”%1”)</translation>
    </message>
    <message>
        <source>This could be caused by one of the following scenarios:&lt;ul&gt;&lt;li&gt;Your client and the server use different encryption standards. This could be because you are using a very old client or the server you are connecting to is very old. In the first case, you should update your client and in the second case you should contact the server administrator so that they can update their server.&lt;/li&gt;&lt;li&gt;Either your client or the server is using an old operating system that doesn&apos;t provide up-to-date encryption methods. In this case you should consider updating your OS or contacting the server admin so that they can update theirs.&lt;/li&gt;&lt;li&gt;The server you are connecting to isn&apos;t actually a Mumble server. Please ensure that the used server address really belongs to a Mumble server and not e.g. to a game server.&lt;/li&gt;&lt;li&gt;The port you are connecting to does not belong to a Mumble server but instead is bound to a completely unrelated process on the server-side. Please double-check you have used the correct port.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Det kan bero på något av följande:&lt;ul&gt;&lt;li&gt;Din klient och servern använder olika krypteringsstandarder. Du kanske använder en mycket gammal klient, eller så är servern mycket gammal. Uppdatera klienten i det första fallet. Kontakta serveradministratören i det andra fallet så att servern kan uppdateras.&lt;/li&gt;&lt;li&gt;Din klient eller servern använder ett gammalt operativsystem som saknar aktuella krypteringsmetoder. Överväg att uppdatera operativsystemet eller be serveradministratören att uppdatera serverns.&lt;/li&gt;&lt;li&gt;Servern du ansluter till är inte en Mumble-server. Kontrollera att serveradressen verkligen tillhör en Mumble-server och inte till exempel en spelserver.&lt;/li&gt;&lt;li&gt;Porten du ansluter till tillhör inte en Mumble-server utan används av en annan process på servern. Kontrollera att du har angett rätt port.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>M&amp;ove back</source>
        <translation>F&amp;lytta bakåt</translation>
    </message>
    <message>
        <source>Moves you back to the previous channel</source>
        <translation>Flyttar dig tillbaka till föregående kanal</translation>
    </message>
    <message>
        <source>Move back</source>
        <comment>Global shortcut</comment>
        <translation>Flytta bakåt</translation>
    </message>
    <message>
        <source>This will move you back into your previous channel</source>
        <translation>Flyttar dig tillbaka till din föregående kanal</translation>
    </message>
    <message>
        <source>The channel you have been in previously no longer exists on this server.</source>
        <translation>Kanalen du tidigare befann dig i finns inte längre på servern.</translation>
    </message>
    <message>
        <source>Cycle listener attenuation mode</source>
        <comment>Global shortcut</comment>
        <translation>Växla mellan dämpningslägen för lyssnare</translation>
    </message>
    <message>
        <source>This will cycle through the different attenuation modes for channel listeners</source>
        <translation>Växlar mellan de olika dämpningslägena för kanallyssnare</translation>
    </message>
    <message>
        <source>Listener attenuation up (+10%)</source>
        <comment>Global shortcut</comment>
        <translation>Öka dämpningen av lyssnare (+10 %)</translation>
    </message>
    <message>
        <source>This increases the attenuation of channel listeners by 10 percents points</source>
        <translation>Ökar dämpningen av kanallyssnare med 10 procentenheter</translation>
    </message>
    <message>
        <source>Listener attenuation down (-10%)</source>
        <comment>Global shortcut</comment>
        <translation>Minska dämpningen av lyssnare (−10 %)</translation>
    </message>
    <message>
        <source>This decreases the attenuation of channel listeners by 10 percents points</source>
        <translation>Minskar dämpningen av kanallyssnare med 10 procentenheter</translation>
    </message>
    <message>
        <source>Adaptive Push</source>
        <comment>Global Shortcut</comment>
        <translation>Adaptiv tryckning</translation>
    </message>
    <message>
        <source>When using the push-to-talk transmission mode, this will act as the push-to-talk action. Otherwise, it will act as a push-to-mute action.</source>
        <comment>Global Shortcut</comment>
        <translation>I överföringsläget tryck för att tala fungerar detta som åtgärden tryck för att tala. I andra lägen fungerar det som en åtgärd för att stänga av mikrofonen medan knappen hålls ned.</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Öppna bild</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Failed to decode image.</source>
        <translation>Det gick inte att avkoda bilden.</translation>
    </message>
    <message>
        <source>This will open the rich text editor to change your comment. Comments are separate for each server. Other users can read your comment by hovering over the comment icon in the user and channel tree.</source>
        <translation>Öppnar RTF-redigeraren så att du kan ändra din kommentar. Kommentarer sparas separat för varje server. Andra användare kan läsa kommentaren genom att hålla pekaren över kommentarsikonen i användar- och kanalträdet.</translation>
    </message>
    <message>
        <source>This will open the audio recording dialog.</source>
        <translation>Öppnar dialogrutan för ljudinspelning.</translation>
    </message>
    <message>
        <source>This will open the search dialog. It&apos;s used to find channels and users in the current server.</source>
        <translation>Öppnar sökdialogrutan, som används för att hitta kanaler och användare på den aktuella servern.</translation>
    </message>
    <message>
        <source>Add as &amp;Favorite</source>
        <translation>Lägg till som &amp;favorit</translation>
    </message>
    <message>
        <source>Add current server as favorite</source>
        <translation>Lägg till den aktuella servern som favorit</translation>
    </message>
    <message>
        <source>This adds the server you are currently connected to as favorite to the known connections.</source>
        <translation>Lägger till servern du är ansluten till som favorit bland kända anslutningar.</translation>
    </message>
    <message>
        <source>Added %1 to favorites.</source>
        <translation>%1 har lagts till bland favoriterna.</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual Mumble Positional Audio</source>
        <translation>Manuell Mumble Positionsljud</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Meta data</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ställ in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Unhinge</source>
        <translation>Separat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>How long silent user&apos;s positions should stay marked after they have stopped talking (in seconds).</source>
        <translation>Hur länge tysta användares positioner ska förbli markerade efter att de har slutat prata (i sekunder).</translation>
    </message>
    <message>
        <source>Silent user displaytime:</source>
        <translation>Tyst användartid:</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Grafisk simulering av positionsljud</translation>
    </message>
    <message>
        <source>This visually represents the positional audio configuration that is currently being used</source>
        <translation>Visar en grafisk representation av den aktuella positionsljudskonfigurationen</translation>
    </message>
    <message>
        <source>Listener Z coordinate</source>
        <translation>Lyssnarens Z-koordinat</translation>
    </message>
    <message>
        <source>Listener X coordinate</source>
        <translation>Lyssnarens X-koordinat</translation>
    </message>
    <message>
        <source>Listener Y coordinate</source>
        <translation>Lyssnarens Y-koordinat</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Visningstid för tysta användare (i sekunder)</translation>
    </message>
    <message>
        <source>Listener azimuth (in degrees)</source>
        <translation>Lyssnarens azimut (i grader)</translation>
    </message>
    <message>
        <source>Listener elevation (in degrees)</source>
        <translation>Lyssnarens elevation (i grader)</translation>
    </message>
    <message>
        <source>Context string</source>
        <translation>Kontextsträng</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the context string</source>
        <translation>Använd knappen ”Ange” för att tillämpa kontextsträngen</translation>
    </message>
    <message>
        <source>Apply the context string</source>
        <translation>Tillämpa kontextsträngen</translation>
    </message>
    <message>
        <source>Apply the identity string</source>
        <translation>Tillämpa identitetssträngen</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>Identitetssträng</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the identity string</source>
        <translation>Använd knappen ”Ange” för att tillämpa identitetssträngen</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation>Använd kompatibilitetsläge för TCP</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation>&lt;b&gt;Aktivera kompatibilitetsläge för TCP&lt;/b&gt;.&lt;br /&gt;Detta kommer att göra så att Mumble endast använder TCP vid kommunikation med servern. Detta kommer att öka och orsaka borttappade paket för att producera märkbara pauser i kommunikationen, så detta bör bara användas om du inte kan använda standarden (som använder UDP för röst och TCP för kontroll).</translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation>Återanslut vid frånkoppling</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation>&lt;b&gt;Återanslut vid frånkoppling&lt;/b&gt;.&lt;br /&gt;Detta kommer att göra så att Mumble försöker att automatiskt återansluta efter 10 sekunder om din serveranslutning misslyckas.</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Återanslut automatiskt</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type of proxy to connect through</source>
        <translation>Typ av proxy att ansluta genom</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Direktanslutning</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S)-proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-proxy</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Värdnamn</translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation>Proxyns värdnamn</translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation>Tvinga TCP-läge</translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation>Aktivera QoS för att prioritera paket</translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation>Detta kommer att aktivera QoS som kommer att prioritera röstpaket före annan trafik.</translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation>Använd kvalitet för tjänst (QoS)</translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation>Skicka inte certifikat till servern eller spara lösenord. (Inte sparat).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Detta kommer att avlägsna information om indentitet från klienten.&lt;/b&gt;&lt;p&gt;Klienten kommer inte att identifiera sig själv utan något certifikat, eller lagra lösenord för anslutningar. Detta är primärt ett testalternativ och kommer inte att sparas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation>Inaktivera lagring av certifikat och lösenord</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation>&lt;b&gt;Typ av proxy att ansluta genom.&lt;/b&gt;&lt;br /&gt;Detta gör att Mumble ansluter genom en proxy för atta utgående anslutningar. Kom ihåg: Tunnling av proxy tvingar Mumble till kompatibilitetsläge för TCP, vilket orsakar att all ljuddata skickas via kontrollkanalen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation>&lt;b&gt;Värdnamn för proxyn.&lt;/b&gt;&lt;br /&gt;Detta fält specificerar värdnamnet för proxyn som du vill tunnla nätverkstrafik genom.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation>Proxyns portnummer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation>&lt;b&gt;Portnummer för proxyn.&lt;/b&gt;&lt;br /&gt;Detta fält specificerar portnumret som proxyn väntar anslutningar på.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation>Användarnamn för proxyautentisering</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Användarnamn för proxyautentisering.&lt;/b&gt;&lt;br /&gt;Detta specificerar användarnamnet du använder för att autentisera dig själv med proxyn. Om proxyn inte använder autentisering, eller du vill ansluta anonymt, lämna detta fält tomt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation>Lösenord för proxyautentisering</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Lösenord för proxyautentisering.&lt;/b&gt;&lt;br /&gt;Detta specificerar lösenordet du använder för att autentisera dig själv med proxyn. Om proxyn inte använder autentisering, eller du vill ansluta anonymt, lämna detta fält tomt.</translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation>Tjänster för Mumble</translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation>Leta efter nya utgåvor av Mumble automatiskt.</translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation>Detta kommer att leta efter nya utsläpp av Mumble varje gång du startar programmet, och notifiera dig om det finns tillgängligt.</translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation>Leta efter programuppdateringar vid uppstart</translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation>Leta automatiskt efter nya utgåvor av insticksmoduler.</translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation>Detta kommer att leta efter nya utsläpp av insticksmoduler varje gång du startar programmet och ladda ner dem automatiskt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation>&lt;b&gt;Skicka anonym statistik.&lt;/b&gt;&lt;br /&gt;Mumble har ett litet utvecklingsteam och behöver därför fokusera utvecklingen där den gör mest nytta. Genom att skicka in lite statistik hjälper du projektet att avgöra vad som bör prioriteras.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Skicka anonym statistik till projektet Mumble</translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation>Skicka anonym statistik</translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation>Återanslut till den senast använda servern vid uppstart av Mumble</translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation>Återanslut till den senaste servern vid uppstart</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Prevent OS information being sent to Mumble servers and web servers</source>
        <translation>Förhindra att OS-information skickas till Mumble-servrar och webbservrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Don&apos;t send OS information to servers&lt;/b&gt;&lt;br/&gt;
Prevents the client from sending potentially identifying information about the operating system to the Mumble server and web servers.</source>
        <translation>&lt;b&gt;Skicka inte information om operativsystemet till servrar&lt;/b&gt;&lt;br/&gt;
Förhindrar klienten från att skicka potentiellt identifierande information om operativsystemet till Mumble-servern och webbservrarna.</translation>
    </message>
    <message>
        <source>Do not send OS information to Mumble servers and web servers</source>
        <translation>Skicka inte OS-information till Mumble-servrar och webbservrar</translation>
    </message>
    <message>
        <source>When toggled this hides the public server list from the connect dialog</source>
        <translation>När aktiverad döljer detta offentliga serverlistan från anslutningsdialogen</translation>
    </message>
    <message>
        <source>Hide public server list</source>
        <translation>Dölj offentlig serverlista</translation>
    </message>
    <message>
        <source>Check for plugin updates on startup</source>
        <translation>Sök efter uppdateringar för insticksmoduler vid start</translation>
    </message>
    <message>
        <source>Automatically download and install plugin updates</source>
        <translation>Hämta och installera uppdateringar för insticksmoduler automatiskt</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Typ av proxy</translation>
    </message>
    <message>
        <source>Proxy hostname</source>
        <translation>Värdnamn för proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port för proxy</translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation>Användarnamn för proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Lösenord för proxy</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Silent</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Talar</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Viskar</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Skriker</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation>Kunde inte skapa kommunikation med överlag på %2: %1. Inget överlag kommer att vara tillgängligt.</translation>
    </message>
</context>
<context>
    <name>OverlayClient</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Only talking</source>
        <translation>Endast tal</translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation>Talar och nyligen aktiv</translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation>Alla i den nuvarande kanalen</translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation>Alla i länkade kanaler</translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation>Visa alltid dig själv</translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation>Konfigurera senast aktiva tid (%1 sekunder)...</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation>Alfabetiskt</translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation>Senaste statusändring</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Ändra...</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Återställ zoom</translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation>Konfigurera senast aktiva tid</translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation>Antalet sekunder användare förblir aktiva efter tal:</translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation>Drag i den lilla röda punkten för att flytta användare.</translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation>Skrolla över en användare för att ändra storleken för den.</translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation>Högerklicka på en användare för att få fler alternativ.</translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation>Startfilter</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Överlag</translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation>Välj körbar fil</translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation>Välj program</translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation>Välj sökväg</translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation>Ladda förinställningar till överlag</translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation>Förinställningar till överlag för Mumble (*.mumblelay)</translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation>Spara förinställningar till överlag</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation>Aktivera överlag.</translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation>Aktivera överlag</translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation>Detta anger om överlagret ska vara aktiverat eller inte. Denna inställning kontrolleras endast när program startas, så se till att Mumble körs och att detta alternativ är aktiverat innan du startar programmet.&lt;br /&gt;Kom ihåg att om du startar Mumble efter programmet, eller om du inaktiverar överlaget när programmet körs finns det ingen säker väg att starta om överlaget utan att samtidigt starta om programmet.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Svartlista</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Vitlista</translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation>Avinstallera överlag</translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation>Överlagsinstallation</translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation>Mumble har upptäckt att Mumble Overlay inte är installerat.

Tryck på den här knappen för att installera överlaget.</translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation>Installera överlag för Mumble</translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation>Uppgradering av överlag</translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation>Mumble har hittat en äldre version av supportfilerna för överlaget installerat på din dator.

Tryck på knappen nedan för att uppgradera dessa filer till de senaste versionerna.</translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation>Uppgradera överlag för Mumble</translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation>Visar en bildruteräknare i överlaget</translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation>Visa FPS-räknare</translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation>Ladda förinställningar för överlag från en fil</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Ladda…</translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation>Spara dina inställningar för överlag till en fil</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation>Ange teckensnittet för överlagret.</translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation>Ställ in textfärgen för överlag.</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Teckensnitt</translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation>Visning av FPS och klocka</translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation>Visar en klocka i överlaget som visar den aktuella systemtiden.</translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation>Visa klocka</translation>
    </message>
    <message>
        <source>Overlay Exceptions</source>
        <translation>Undantag för överlägg</translation>
    </message>
    <message>
        <source>Overlay Exception Mode</source>
        <translation>Undantagsläge för överlägg</translation>
    </message>
    <message>
        <source>Allowed launchers</source>
        <translation>Tillåtna startprogram</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Allowed programs</source>
        <translation>Tillåtna program</translation>
    </message>
    <message>
        <source>Allowed paths</source>
        <translation>Tillåtna sökvägar</translation>
    </message>
    <message>
        <source>Blacklisted programs</source>
        <translation>Svartlistade program</translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User is not talking</source>
        <translation>Användaren talar inte</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation>Användaren talar i din kanal eller i en länkad kanal</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Talar</translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation>Användaren viskar privat till dig</translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation>Privatviskning</translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation>Användaren skriker till din kanal</translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation>Kanalviskning</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom Factor</source>
        <translation>Zoomfaktor</translation>
    </message>
    <message>
        <source>Enabled Elements</source>
        <translation>Aktiverade element</translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation>Använd visningsbild, vald av varje användare</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Visningsbild</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Användarens namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation>Namn för användarens kanal, om den är utanför din kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation>Mikrofon eller ljud avstängt</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>Mikrofonstatus</translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation>Avgränsarbox, kommer automatiskt att krympas till den minsta storleken för att innehålla alla synliga element</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Avgränsningsbox</translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation>Överlagsredigerare</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoom-nivå</translation>
    </message>
</context>
<context>
    <name>OverlayEditorScene</name>
    <message>
        <source>Layout preset</source>
        <translation>Förinställd layout</translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation>Stor kvadratisk visningsbild</translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation>Visningsbild och namn</translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation>Användaropacitet</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation>Objektsopacitet</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Mitt</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Topp</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Botten</translation>
    </message>
    <message>
        <source>Color...</source>
        <translation>Färg...</translation>
    </message>
    <message>
        <source>Font...</source>
        <translation>Teckensnitt …</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Avgränsarbox</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Pennbredd</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Stoppning</translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation>Pennfärg</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>Fyllningsfärg</translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation>Välj pennfärg</translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation>Välj fyllningsfärg</translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation>Välj färg</translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation>Välj teckensnitt</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation>Insticksmoduler</translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation>Insticksmodulen har ingen konfigurationsfunktion.</translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation>Insticksmodulen har ingen om-funktion.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation>Aktivera insticksmoduler och överför platsinformation</translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation>Detta tillåter insticksmoduler för spel som stöds för att hämta din position i spelet och överföra den med röstpaketet. Detta tillåter andra användare att höra din röst i spelet från platsen din karaktär befinner sig.</translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation>Länka till spel och överför position</translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation>Ladda om alla insticksmoduler</translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation>Detta skannar/laddar om insticksmoduler. Använd endast detta om du nyss lagt till en insticksmodul till mappen.</translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation>&amp;Ladda om insticksmoduler</translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation>Information om insticksmodul</translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation>Detta visar ett litet informationsmeddelande om insticksmodulen.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation>Visa konfigurationssidan för insticksmodulen</translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation>Detta visar konfigurationssidan för insticksmodulen.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Konfigurera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>KeyEvents</source>
        <translation>Tangenthändelser</translation>
    </message>
    <message>
        <source>Install a plugin from a local file</source>
        <translation>Installera en insticksmodul från en lokal fil</translation>
    </message>
    <message>
        <source>Install plugin...</source>
        <translation>Installera insticksmodul …</translation>
    </message>
    <message>
        <source>Unload the currently selected plugin. This will remove it from the plugin list for the current session.</source>
        <translation>Lossa det för närvarande valda insticksmodulen. Det här kommer att ta bort det från listan över insticksmodul för den nuvarande sessionen.</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Ladda ur</translation>
    </message>
    <message>
        <source>The plugin was installed successfully</source>
        <translation>Installationen av insticksmodulen lyckades</translation>
    </message>
    <message>
        <source>Unable to deactivate all requested features for plugin &quot;%1&quot;</source>
        <translation>Kunde inte inaktivera alla begärda funktioner för insticksmodulen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot;</source>
        <translation>Det gick inte att läsa in insticksmodulen ”%1”</translation>
    </message>
    <message>
        <source>Whether the positional audio feature of this plugin should be enabled</source>
        <translation>Anger om insticksmodulens positionsljudsfunktion ska aktiveras</translation>
    </message>
    <message>
        <source>This plugin does not provide support for positional audio</source>
        <translation>Det här insticksmodulen ger inte stöd för positionsljud</translation>
    </message>
    <message>
        <source>Whether this plugin has the permission to be listening to all keyboard events that occur while Mumble has focus</source>
        <translation>Huruvida det här insticksmodulen har tillstånd att lyssna på alla tangentbordshändelser som inträffar medan Mumble har fokus</translation>
    </message>
    <message>
        <source>Whether this plugin should be enabled</source>
        <translation>Huruvida det här insticksmodulen borde aktiveras</translation>
    </message>
    <message>
        <source>List of plugins</source>
        <translation>Lista över insticksmoduler</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through plugins. Use left and right keys to navigate between single plugin permissions.</source>
        <translation>Använd upp- och nedpilarna för att navigera bland insticksmodulerna. Använd vänster- och högerpilarna för att växla mellan behörigheterna för en insticksmodul.</translation>
    </message>
    <message>
        <source>Plugin name</source>
        <translation>Namn på insticksmodul</translation>
    </message>
    <message>
        <source>Plugin enabled checkbox</source>
        <translation>Kryssruta för att aktivera insticksmodulen</translation>
    </message>
    <message>
        <source>Plugin positional audio permission checkbox</source>
        <translation>Kryssruta för insticksmodulens behörighet till positionsljud</translation>
    </message>
    <message>
        <source>Plugin keyboard event listen permission checkbox</source>
        <translation>Kryssruta för insticksmodulens behörighet att lyssna efter tangentbordshändelser</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>markerad</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>avmarkerad</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Inte tillgänglig</translation>
    </message>
</context>
<context>
    <name>PluginInstaller</name>
    <message>
        <source>PluginInstaller</source>
        <translation>Installerare av insticksmodul</translation>
    </message>
    <message>
        <source>You are about to install the plugin listed below. Do you wish to proceed?</source>
        <translation>Följande insticksmodul kommer att installeras. Vill du fortsätta?</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Namn:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Författare:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Description:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Beskrivning:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid plugin file!</source>
        <translation>Filen ”%1” är inte en giltig insticksmodulsfil!</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot; - check the plugin interface!</source>
        <translation>Kunde inte ladda insticksmodulen &quot;%1&quot; - kolla gränssnittet för insticksmodulen!</translation>
    </message>
    <message>
        <source>Unable to delete old plugin at &quot;%1&quot;</source>
        <translation>Kunde inte ta bort gammalt insticksmodul vid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to copy plugin library from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Kunde inte kopiera insticksmodulens bibliotek från &quot;%1&quot; till &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unable to move plugin library to &quot;%1&quot;</source>
        <translation>Kunde inte flytta insticksmodulens bibliotek till &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to locate the plugin manifest (manifest.xml)</source>
        <translation>Kunde inte lokalisera insticksmodulens manifest (manifest.xml)</translation>
    </message>
    <message>
        <source>Error while processing manifest: %1</source>
        <translation>Fel uppstod vid manifestbearbetning: %1</translation>
    </message>
    <message>
        <source>Unable to find plugin for the current OS (&quot;%1&quot;) and architecture (&quot;%2&quot;)</source>
        <translation>Det gick inte att hitta någon insticksmodul för det aktuella operativsystemet (”%1”) och arkitekturen (”%2”)</translation>
    </message>
    <message>
        <source>Unable to locate plugin library specified in manifest (&quot;%1&quot;) in the bundle</source>
        <translation>Det gick inte att hitta biblioteket för insticksmodulen som anges i manifestet (”%1”) i paketet</translation>
    </message>
    <message>
        <source>Overwrite plugin?</source>
        <translation>Skriv över insticksmodulen?</translation>
    </message>
    <message>
        <source>The new plugin &quot;%1&quot; (%2) is about to overwrite the already installed plugin &quot;%3&quot; (%4). Do you wish to proceed?</source>
        <translation>Den nya insticksmodulen ”%1” (%2) kommer att skriva över den installerade insticksmodulen ”%3” (%4). Vill du fortsätta?</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>%1 lost link</source>
        <translation>%1 förlorad länk</translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation>%1 länkat</translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; encountered a permanent error in positional data gathering</source>
        <translation>Insticksmodulen ”%1” stötte på ett permanent fel när positionsdata skulle hämtas</translation>
    </message>
    <message>
        <source>Failed at loading manual plugin: %1</source>
        <translation>Hämtningen av manuellt insticksmodul misslyckades: %1</translation>
    </message>
    <message>
        <source>Non-plugin found in plugin directory: &quot;%1&quot; (%2)</source>
        <translation>En fil som inte är en insticksmodul hittades i insticksmodulsmappen: ”%1” (%2)</translation>
    </message>
</context>
<context>
    <name>PluginUpdater</name>
    <message>
        <source>PluginUpdater</source>
        <translation>Uppdaterare för insticksmodul</translation>
    </message>
    <message>
        <source>The following plugins can be updated.</source>
        <translation>Följande insticksmoduler kan uppdateras.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Välj alla</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Insticksmodul</translation>
    </message>
    <message>
        <source>Download-URL</source>
        <translation>URL för hämtning</translation>
    </message>
    <message>
        <source>Do you want to update the selected plugins?</source>
        <translation>Vill du uppdatera de valda insticksmodulerna?</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>Det gick inte att hämta uppdateringen för insticksmodulen ”%1” från ”%2” (%3)</translation>
    </message>
    <message>
        <source>Update for plugin &quot;%1&quot; failed due to too many redirects</source>
        <translation>Uppdateringen av insticksmodulen ”%1” misslyckades på grund av för många omdirigeringar</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (HTTP status code %3)</source>
        <translation>Det gick inte att hämta uppdateringen för insticksmodulen ”%1” från ”%2” (HTTP-statuskod %3)</translation>
    </message>
    <message>
        <source>Successfully updated plugin &quot;%1&quot;</source>
        <translation>Insticksmodulen ”%1” har uppdaterats</translation>
    </message>
</context>
<context>
    <name>PortAudioSystem</name>
    <message>
        <source>Default device</source>
        <translation>Standardenhet</translation>
    </message>
</context>
<context>
    <name>PositionalAudioViewer</name>
    <message>
        <source>Positional Audio Viewer</source>
        <translation>Visualiserare av positionsljud</translation>
    </message>
    <message>
        <source>Camera direction</source>
        <translation>Kamerariktning</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Player position</source>
        <translation>Spelarposition</translation>
    </message>
    <message>
        <source>Player axis</source>
        <translation>Spelaraxel</translation>
    </message>
    <message>
        <source>Player direction</source>
        <translation>Spelarriktning</translation>
    </message>
    <message>
        <source>Camera axis</source>
        <translation>Kameraaxel</translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation>Kameraposition</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
</context>
<context>
    <name>PulseAudioSystem</name>
    <message>
        <source>Default Input</source>
        <translation>Standardingång</translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation>Standardutgång</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation>Omstart av Mumble misslyckades</translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation>Mumble kunde inte starta om sig självt. Starta om det manuellt.</translation>
    </message>
    <message>
        <source>Mumble is currently connected to a server</source>
        <translation>Mumble är för närvarande ansluten till en server</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Talking UI</source>
        <translation>Talargränssnitt</translation>
    </message>
    <message>
        <source>Echo cancellation is not supported for the interface combination &quot;%1&quot; (in) and &quot;%2&quot; (out).</source>
        <translation>Ekoavbrott stöds inte för gränssnittskombinationen &quot;%1&quot; (in) och &quot;%2&quot; (ut).</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Lokal tystning</translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation>Ignorera meddelanden</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech</source>
        <translation>Inaktivera text-till-tal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved permanently and is lost on restart because %2 does not have a certificate.</source>
        <translation>&quot;%1&quot; kunde inte sparas permanent och går förlorad vid omstart eftersom %2 inte har något certifikat.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment...</source>
        <translation>Lokal volymjustering...</translation>
    </message>
    <message>
        <source>&lt;p&gt;You&apos;re using a Mumble version that &lt;b&gt;explicitly disabled&lt;/b&gt; update-checks.&lt;/p&gt;&lt;p&gt;This means that the update notification you might receive by using this option will &lt;b&gt;most likely be meaningless&lt;/b&gt; for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Du använder en Mumble-version som &lt;b&gt;uttryckligen har inaktiverat&lt;/b&gt; uppdateringskontroller.&lt;/p&gt;&lt;p&gt;Detta innebär att den uppdateringsavisering du kan få genom att använda det här alternativet &lt;b&gt;med största sannolikhet kommer att vara meningslös&lt;/b&gt; för dig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Talking (muted)</source>
        <translation>Talar (tyst)</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alla meddelanden</translation>
    </message>
    <message>
        <source>Toggle console for all events</source>
        <translation>Växla konsolen för alla händelser</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for all events</source>
        <translation>Växla pop-up-notifieringar för alla händelser</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for all events</source>
        <translation>Växla fönstermarkering (om den inte är aktiv) för alla händelser</translation>
    </message>
    <message>
        <source>Click here to toggle sound notifications for all events</source>
        <translation>Klicka här för att växla ljudmeddelanden för alla händelser</translation>
    </message>
    <message>
        <source>Toggle Text-to-Speech for all events</source>
        <translation>Växla text-till-tal för alla händelsesr</translation>
    </message>
    <message>
        <source>RNNoise is not available due to a sample rate mismatch.</source>
        <translation>RNNoise är inte tillgängligt på grund av en ojämn samplingsfrekvens.</translation>
    </message>
    <message>
        <source>Reset all settings?</source>
        <translation>Återställ alla inställningar?</translation>
    </message>
    <message>
        <source>Do you really want to reset all settings (not only the ones currently visible) to their default value?</source>
        <translation>Vill du verkligen återställa alla inställningar (inte bara de som är synliga för tillfället) till standardvärdet?</translation>
    </message>
    <message>
        <source>Local Nickname Adjustment...</source>
        <translation>Justering av lokalt smeknamn ...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked URL scheme &quot;%1&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Blockerat URL-schema &quot;%1&quot;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The URL uses a scheme that has been blocked for security reasons.</source>
        <translation>URL:en använder ett schema som har blockerats av säkerhetsskäl.</translation>
    </message>
    <message>
        <source>Blocked URL: &quot;%1&quot;</source>
        <translation>Blockerad URL: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Default Device</source>
        <translation>Standardenhet</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled this tries to cancel out echo from the audio stream.</source>
        <translation>Om den är aktiverad försöker den här funktionen att eliminera ekot från ljudströmmen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Echo cancellation is disabled.</source>
        <translation>Ekoreducering är inaktiverad</translation>
    </message>
    <message>
        <source>Mixed echo cancellation (speex)</source>
        <translation>Blandad ekoreducering (Speex)</translation>
    </message>
    <message>
        <source>Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone.</source>
        <translation>Blandad har låg CPU-påverkan, men fungerar bara bra om högtalarna är lika höga och ligger lika långt från mikrofonen.</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation (speex)</source>
        <translation>Multikanal ekoreducering (speex)</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost. Multichannel echo cancellation requires more CPU, so you should try mixed first.</source>
        <translation>Flerkanalig ekoreducering ger mycket bättre ekoreducering, men till en högre CPU-kostnad. Flerkanalig ekoreducering kräver mer CPU, så du bör prova blandad först.</translation>
    </message>
    <message>
        <source>The provided URL uses an invalid version format: &quot;%1&quot;</source>
        <translation>Den angivna URL:en använder ett ogiltigt versionsformat: ”%1”</translation>
    </message>
    <message>
        <source>The directories in which Mumble searches for extra translation files are:
</source>
        <translation>Katalogerna där Mumble söker efter extra översättningsfiler:
</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Anropande</translation>
    </message>
    <message>
        <source>EXPERIMENTAL: Acoustic echo cancellation (Apple).</source>
        <translation>EXPERIMENTAL: Akustisk eko annullering (Apple).</translation>
    </message>
    <message>
        <source>The support for this option is experimental only! This option works best when using built-in microphone and speaker.</source>
        <translation>Stödet för detta alternativ är endast experimentellt! Det här alternativet fungerar bäst när du använder inbyggd mikrofon och högtalare.</translation>
    </message>
    <message>
        <source>Shortcuts migration incomplete</source>
        <translation>Migreringen av kortkommandon är ofullständig</translation>
    </message>
    <message>
        <source>Unfortunately %1 shortcut(s) could not be migrated.
You can register them again.</source>
        <translation>Tyvärr kunde %1 kortkommando(n) inte migreras.
Du kan registrera dem igen.</translation>
    </message>
    <message>
        <source>Potentially broken settings</source>
        <translation>Potentiellt trasiga inställningar</translation>
    </message>
    <message>
        <source>Load backup settings?</source>
        <translation>Ladda inställningar för säkerhetskopiering?</translation>
    </message>
    <message>
        <source>It seems that Mumble did not perform a normal shutdown. If you did not intentionally kill the application, this could mean that the used settings caused a crash. Do you want to load the setting&apos;s backup instead?</source>
        <translation>Det verkar som om Mumble inte avslutades normalt. Om du inte avbröt programmet avsiktligt kan de använda inställningarna ha orsakat en krasch. Vill du läsa in säkerhetskopian av inställningarna i stället?</translation>
    </message>
    <message>
        <source>The backed-up settings also seem to have been saved without Mumble exiting normally (potentially indicating a crash).</source>
        <translation>Säkerhetskopian av inställingarna verkar också ha sparats utan att Mumble stängts av normalt (eventuellt på grund av en krasch).</translation>
    </message>
    <message>
        <source>If you experience repeated crashes with these settings, you might have to manually delete the settings files at &lt;pre&gt;%1&lt;/pre&gt; and &lt;pre&gt;%2&lt;/pre&gt; in order to reset all settings to their default value.</source>
        <translation>Om du råkar ut för upprepade krascher med dessa inställningar kan du behöva ta bort inställingsfilen manuellt från &lt;pre&gt;%1&lt;/pre&gt; och &lt;pre&gt;%2&lt;/pre&gt; för att återställa alla inställningar till deras ursprungliga värden.</translation>
    </message>
    <message>
        <source>Access to the microphone was denied due to system restrictions. You will not be able to use the microphone in this session.</source>
        <translation>Mikrofånåtkomst nekades på grund av systembegränsningar. Du kommer inte att kunna använda mikrofonen i den här sessionen.</translation>
    </message>
    <message>
        <source>Unknown Version</source>
        <translation>Okänd version</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Det här är du</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>vän</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>muted and deafened</source>
        <translation>mikrofon och ljud avstängda</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>mikrofon avstängd</translation>
    </message>
    <message>
        <source>locally muted</source>
        <translation>lokalt avstängd</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>mikrofon påslagen</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>spelar in</translation>
    </message>
    <message>
        <source>priority speaker</source>
        <translation>prioriterad talare</translation>
    </message>
    <message>
        <source>has a long comment</source>
        <translation>har en lång kommentar</translation>
    </message>
    <message>
        <source>text messages ignored</source>
        <translation>textmeddelanden ignoreras</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrerad</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>your channel</source>
        <translation>din kanal</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>tillgänglig</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>otillgänglig</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publik</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrerad</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fastnålad</translation>
    </message>
    <message>
        <source>Listening for input</source>
        <translation>Lyssnar efter inmatning</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you&apos;re using Linux this is most likely because you are using a version from your distribution&apos;s package repository that have their own update cycles.&lt;/p&gt;&lt;p&gt;If you want to always have the most recent Mumble version, you should consider using a different method of installation.
See &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;the project repository&lt;/a&gt; for what alternatives there are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Om du använder Linux beror detta troligen på att du använder en version från distributionens paketförråd, som har en egen uppdateringscykel.&lt;/p&gt;&lt;p&gt;Överväg en annan installationsmetod om du alltid vill ha den senaste versionen av Mumble.
Tillgängliga alternativ finns i &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;projektets kodförråd&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResponsiveImageDialog</name>
    <message>
        <source>Image Preview</source>
        <translation>Förhandsgranskning av bild</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Failed to load image</source>
        <translation>Kunde inte ladda bild</translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation>Bildfil för stor för att bädda in i dokument. Använd bilder som är mindre än %1 kB.</translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation>Meddelandet är för långt.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>Källtext</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fet</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>Kurs&amp;iv</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Understruken</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Infoga länk</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Infoga bild</translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation>Lägg till länk</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Search::SearchDialog</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gå med</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Enter search String...</source>
        <translation>Ange söksträng...</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Whether to search for users</source>
        <translation>Om användare ska sökas efter</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>Whether the search should be performed case-sensitively</source>
        <translation>Om sökningen ska göra skillnad på stora och små bokstäver</translation>
    </message>
    <message>
        <source>Case-&amp;sensitive</source>
        <translation>Skiftläges&amp;känslig</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Whether the search string should be interpreted as a regular expression</source>
        <translation>Om sökningen ska tolkas som en regular expression</translation>
    </message>
    <message>
        <source>&amp;RegEx</source>
        <translation>&amp;Reguljärt uttryck</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanaler</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Sök efter:</translation>
    </message>
    <message>
        <source>Whether to search for channels</source>
        <translation>Om sökningen ska innefatta kanaler</translation>
    </message>
    <message>
        <source>Search string</source>
        <translation>Söksträng</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the search results.</source>
        <translation>Använd upp- och nedpilarna för att navigera bland sökresultaten.</translation>
    </message>
</context>
<context>
    <name>ServerHandler</name>
    <message>
        <source>Unable to resolve hostname</source>
        <translation>Det går inte att hitta värdnamnet</translation>
    </message>
    <message>
        <source>Server is not responding to TCP pings</source>
        <translation>Servern svarar inte på TCP-pingar</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to or received from the server. Switching to TCP mode.</source>
        <translation>UDP-paket kan inte skickas till ellet tas emot från servern. Byter till TCP-läge.</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation>UDP-paket kan inte skickas till servern. Byter till TCP-läge.</translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation>UDP-paket kan inte skickas från servern. Byter till TCP-läge.</translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation>UDP-paket kan skickas till och tas emot från servern. Byter tillbaka till UDP-läge.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Anslutningstiden överskreds</translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <source>Server information</source>
        <translation>Serverinformation</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Serverinformation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Värd:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Port:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Port:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protocol:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protokoll:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Release:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;OS:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;OS:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Allowed:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Tillåtet:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nuvarande:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codec:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kodek:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Anslutningsdetaljer</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (röst)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kryptering:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avg. latency:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Genomsnittlig latens:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorat</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Omsynkronisera</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>Voice packets is currently sent over TCP.</source>
        <translation>Röstpaket skickas för närvarande via TCP.</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Kontroll)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS version:&lt;/b&gt;</source>
        <translation>&lt;b&gt;TLS-version:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cipher suite:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chiffer svit:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;forward secrecy&gt;</source>
        <translation>&lt;framåtsekretess&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Whether the connection supports perfect forward secrecy (PFS).</source>
        <translation>Om anslutningen stödjer perfect forward secrecy (PFS).</translation>
    </message>
    <message>
        <source>&lt;b&gt;PFS:&lt;/b&gt;</source>
        <translation>&lt;b&gt;PFS:&lt;/b&gt;</translation>
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
        <source>&lt;b&gt;Users:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Användare:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TCP Parameters</source>
        <translation>TCP-parametrar</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Visa certifikat</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>Favorite</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation>Publikt internet</translation>
    </message>
</context>
<context>
    <name>ShortcutActionWidget</name>
    <message>
        <source>Unassigned</source>
        <translation>Otilldelad</translation>
    </message>
</context>
<context>
    <name>ShortcutDelegate</name>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Växla</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Otilldelad</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>Inga knappar tilldelade</translation>
    </message>
    <message>
        <source>Press to show button combination</source>
        <translation>Tryck för att visa knappkombination</translation>
    </message>
    <message>
        <source>&lt; Unknown Channel &gt;</source>
        <translation>&lt; Okänd kanal &gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetDialog</name>
    <message>
        <source>Root</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nuvarande</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Underkanal #%1</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nuvarande</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Underkanal #%1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Nuvarande val</translation>
    </message>
</context>
<context>
    <name>ShortcutToggleWidget</name>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Växla</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation>Ange text</translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation>Vid markering skickas meddelandet rekursivt till alla underkanaler</translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation>Skicka rekursivt till underkanaler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation>Tom token</translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation>Mumble – åtkomsttoken</translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation>Lista över åtkomsttoken på den aktuella servern</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is an editable list of access tokens on the connected server.&lt;/b&gt;
&lt;br /&gt;
An access token is a text string, which can be used as a password for very simple access management on channels. Mumble will remember the tokens you&apos;ve used and resend them to the server next time you reconnect, so you don&apos;t have to enter these every time.
</source>
        <translation>&lt;b&gt;Detta är en redigerbar lista över åtkomsttoken på den anslutna servern.&lt;/b&gt;
&lt;br /&gt;
En åtkomsttoken är en textsträng som kan användas som lösenord för enkel åtkomstkontroll till kanaler. Mumble kommer ihåg de åtkomsttoken du har använt och skickar dem till servern nästa gång du återansluter, så att du inte behöver ange dem varje gång.
</translation>
    </message>
    <message>
        <source>Add a token</source>
        <translation>Lägg till en token</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation>Ta bort en token</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta bo&amp;rt</translation>
    </message>
    <message>
        <source>Token List</source>
        <translation>Tokenlista</translation>
    </message>
    <message>
        <source>Use the arrow keys to navigate this list of access tokens. The tokens are displayed in plain text.</source>
        <translation>Använd piltangenterna för att navigera i listan över åtkomsttoken. Token visas som klartext.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
</context>
<context>
    <name>UserEdit</name>
    <message>
        <source>Registered Users</source>
        <translation>Registrerade användare</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>Vem letar du efter?</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Inaktiv i</translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation>
            <numerusform>Registrerade användare: %n konto</numerusform>
            <numerusform>Registrerade användare: %n konton</numerusform>
        </translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Användarlista</translation>
    </message>
    <message>
        <source>Search for user</source>
        <translation>Sök efter användare</translation>
    </message>
    <message>
        <source>Set inactivity filter mode</source>
        <translation>Ange filtreringsläge för inaktivitet</translation>
    </message>
    <message>
        <source>Filter for inactivity</source>
        <translation>Filtrera efter inaktivitet</translation>
    </message>
</context>
<context>
    <name>UserInformation</name>
    <message>
        <source>User Information</source>
        <translation>Användarinformation</translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation>Anslutningsinformation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP adress</translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation>Pingstatistik</translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation>Ping mottaget</translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation>Genomsnittlig ping</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (kontroll)</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (röst)</translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation>UDP-nätverksstatistik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorat</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Omsynkronisera</translation>
    </message>
    <message>
        <source>From Client</source>
        <translation>Från klient</translation>
    </message>
    <message>
        <source>To Client</source>
        <translation>Till klient</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>Anslutningstid</translation>
    </message>
    <message>
        <source>%1w</source>
        <translation>%1v</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <oldsource>%1.%2.%3 (%4)</oldsource>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Stöds</translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation>Stöds inte</translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation>Inte rapporterad</translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation>%1 tillgänglig (%2 inaktiv)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 tillgänglig</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation>Bandbredd</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation>Bandbredd</translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation>Pingavvikelser</translation>
    </message>
    <message>
        <source>Warning: The server seems to report a truncated protocol version for this client. (See: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</source>
        <translation>Varning: Servern verkar uppge en inkomplett protokollsversion för den här klienten. (se &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>to client rolling average</source>
        <translation>till klientens glidande medelvärde</translation>
    </message>
    <message>
        <source>Last X minutes:</source>
        <translation>Senaste X minuterna:</translation>
    </message>
    <message>
        <source>% lost</source>
        <translation>% förlorat</translation>
    </message>
    <message>
        <source>from client rolling average</source>
        <translation>från klientens glidande medelvärde</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% sen</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totalt:</translation>
    </message>
    <message>
        <source>Last %1 %2:</source>
        <translation>Senaste %1 %2:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutrar</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Nick</source>
        <translation>Smeknamn</translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation>Inaktiv i (dagar)</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Senaste kanal</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Senast sedd: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation>Kanal-ID: %1</translation>
    </message>
</context>
<context>
    <name>UserLocalNicknameDialog</name>
    <message>
        <source>Local nickname for other users</source>
        <translation>Lokalt smeknamn för andra användare</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjust the nickname of other users locally&lt;/b&gt;&lt;br /&gt;</source>
        <translation>&lt;b&gt;Justera andra användares smeknamn lokalt&lt;/b&gt;&lt;br /&gt;</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Användarens smeknamn</translation>
    </message>
    <message>
        <source>Adjusting local nickname for %1</source>
        <translation>Justerar lokalt smeknamn för %1</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>This is a user connected to the server. The icon to the left of the user indicates whether or not they are talking:</source>
        <translation>Detta är en användare som är ansluten till servern. Ikonen till vänster visar om användaren talar:</translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation>Talar till din kanal.</translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation>Skriker direkt till din kanal.</translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation>Viskar direkt till dig.</translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation>Talar inte.</translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation>Detta är en kanal på servern. Ikonen visar kanalens status:</translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation>Din nuvarande kanal.</translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation>En kanal som är länkad till din kanal. Länkade kanaler kan tala med varandra.</translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation>En kanal på servern som du inte är länkad till.</translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation>Här visas användarens statusmarkeringar på servern:</translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation>På din vänlista</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>Autentiserad användare</translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation>Mikrofon avstängd (av användaren)</translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation>Mikrofon avstängd (av administratör)</translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation>Mikrofon avstängd (saknar talbehörighet i den aktuella kanalen)</translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation>Mikrofon avstängd (endast lokalt av dig)</translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation>Mikrofon avstängd (tryck för att stänga av)</translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation>Ljud avstängt (av användaren)</translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation>Ljud avstängt (av administratör)</translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation>Användaren har en ny kommentar (klicka för att visa)</translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>Användaren har en kommentar, som du redan sett. (klicka för att visa)</translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation>Ignorera textmeddelanden</translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation>Detta visar flaggorna en kanal har, om det finns några:</translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation>Kanalen har en ny kommentar (klicka för att visa)</translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>Kanalen har en kommentar, som du redan sett. (klicka för att visa)</translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation>Kanalen kommer att vara gömd när filtrering är aktiverat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation>Är du säker på att du vill dra den här användaren?</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation>Är du säker på att du vill dra den här kanalen?</translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation>Kan inte utföra den här förflyttningen automatiskt. Återställ den numeriska sorteringen eller gör det manuellt.</translation>
    </message>
    <message>
        <source>Talking while being muted on your end</source>
        <translation>Talar medan mikrofonen är avstängd lokalt</translation>
    </message>
    <message>
        <source>This is a channel listener. The corresponding user hears everything you say in this channel.</source>
        <translation>Det här är en kanallyssnare. Motsvarande användare hör allt du säger i den här kanalen.</translation>
    </message>
    <message>
        <source>Channel has access restrictions so that you can&apos;t enter it</source>
        <translation>Kanalen har åtkomstbegränsningar så att du inte kan gå med i den</translation>
    </message>
    <message>
        <source>Channel has access restrictions but you can enter nonetheless</source>
        <translation>Kanalen har tillträdesbegränsningar men du kan ändå gå in</translation>
    </message>
    <message>
        <source>Channel will be pinned when filtering is enabled</source>
        <translation>Kanalen kommer fästas när filtrering är aktiverat</translation>
    </message>
    <message>
        <source>Channel Listener</source>
        <translation>Kanallyssnare</translation>
    </message>
    <message>
        <source>This channel listener belongs to %1</source>
        <translation>Den här kanallyssnaren tillhör %1</translation>
    </message>
</context>
<context>
    <name>VersionCheck</name>
    <message>
        <source>Upgrade Mumble</source>
        <translation>Uppgradera Mumble</translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation>En ny version av Mumble har hittats och laddats ner automatiskt. Det är rekommenderat att du uppgraderar till den senaste versionen, eller nedgraderar till den senaste stabila utgåvan. Vill du starta installationen nu?</translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation>Kunde inte starta installationen för utvecklarversionen.</translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation>Korrupt nedladdning av ny version upptäckt. Automatiskt borttagen.</translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation>Laddar ner ny utvecklarversion från %1 till %2</translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation>Kunde inte skriva ny version till disk.</translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation>Mumble kunde inte ta emot versionsinformation från centralservern.</translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation>Certifikatdetaljer</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certifikatkedja</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Certifikatdetaljer</translation>
    </message>
    <message>
        <source>Common Name</source>
        <translation>Vanligt namn</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Subunit</source>
        <translation>Underenhet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalitet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Giltigt från: %1</translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation>Giltigt till: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serie: %1</translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation>Publik nyckel: %1 bitar %2</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>DSA</source>
        <translation>DSA</translation>
    </message>
    <message>
        <source>Digest (SHA-1): %1</source>
        <translation>Klassificering (SHA-1): %1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>Klassificering (SHA-1): %1 {256)?}</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Utfärdat av:</translation>
    </message>
    <message>
        <source>Unit Name</source>
        <translation>Enhetsnamn</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Recorder failed to create directory &apos;%1&apos;</source>
        <translation>Inspelare kunde inte skapa mappen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation>Inspelaren kunde inte öppna filen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation>.wav - Okomprimerad</translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation>.ogg (Vorbis) - Komprimerad</translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation>.au - Okomprimerad</translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation>.flac - Förlustfritt komprimerad</translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation>.opus - Destruktiv komprimering</translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation>.mp3 - Destruktiv komprimering</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation>Inspelare</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>00:00:00</source>
        <translation>00:00:00</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>Multikanal</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Utgång</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Utgångsformat</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>Målmapp</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation>Giltiga variabler är:</translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation>Lägger till användarens namn</translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation>Lägger till dagens datum</translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation>Lägger till den nuvarande tiden</translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation>Lägger till värdnamnet</translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation>Inspelning pågår fortfarande</translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation>Att stänga inspelaren utan att stoppa resulterar i osparad ljudfil. Vill du verkligen stänga inspelaren?</translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation>Det gick inte att starta inspelningen. Du är inte ansluten till någon server.</translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation>Servern du är ansluten till använder version 1.2.2 eller äldre. Av integritetsskäl kan inspelningar på servrar med versioner äldre än 1.2.3 inte göras.
Kontakta din serveradministratör för mer information.</translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation>Det finns redan en inspelare aktiv för den här servern.</translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation>Välj ett annat inspelningsformat.</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppar</translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation>Välj målmapp</translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation>Nedmixning</translation>
    </message>
    <message>
        <source>Unable to start recording - the audio output is miconfigured (0Hz sample rate)</source>
        <translation>Kan inte starta inspelning - ljudutgången är felkonfigurerad (0 Hz samplingsfrekvens)</translation>
    </message>
    <message>
        <source>Multichannel + Transport (JACK)</source>
        <translation>Flerkanal + transport (JACK)</translation>
    </message>
    <message>
        <source>Transport (JACK, standalone)</source>
        <translation>Transport (JACK, fristående)</translation>
    </message>
    <message>
        <source>This field contains the directory path to store any voice recordings in. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Fältet innehåller sökvägen till mappen där röstinspelningar sparas. Öppna en fildialogruta med knappen ”Bläddra”.</translation>
    </message>
    <message>
        <source>This field contains the filename any voice recording is saved as. Various variables can be used to augment the filename. For example %time for the current time.</source>
        <translation>Fältet innehåller filnamnet som används för röstinspelningar. Du kan komplettera filnamnet med olika variabler, till exempel %time för aktuell tid.</translation>
    </message>
</context>
<context>
    <name>VolumeSliderWidgetAction</name>
    <message>
        <source>Volume Adjustment</source>
        <translation>Volymjustering</translation>
    </message>
    <message>
        <source>Local volume adjustment</source>
        <translation>Lokal volymjustering</translation>
    </message>
</context>
<context>
    <name>WASAPIInput</name>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Tillgång till mikrofonen nekades. Kontrollera att ditt operativsystems mikrofoninställningar tillåter att Mumble använder mikrofonen.</translation>
    </message>
</context>
<context>
    <name>WASAPISystem</name>
    <message>
        <source>Default Device</source>
        <translation>Standardenhet</translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation>Mumble TFT</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Tryck för att tala</translation>
    </message>
</context>
</TS>
