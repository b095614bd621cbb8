<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>%1 erlauben</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 verweigern</translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation>Mumble – Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation>Standard Serverwert</translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation>Fehlgeschlagen: Ungültiger Kanal</translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation>Mumble – Bearbeite %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Dadurch wird die „%1“ Berechtigung gewährt. Wenn eine Berechtigung sowohl erlaubt als auch verweigert ist, wird diese verweigert.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation>Der Kanal benötigt einen Namen</translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Dadurch wird die „ %1“ Berechtigung widerrufen. Wenn eine Berechtigung sowohl erlaubt als auch verweigert ist, wird diese verweigert.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation>Geben Sie hier den Kanalnamen ein.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation>Geben Sie hier das Kanalpasswort ein.</translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation>Aktivieren Sie dieses Feld um einen temporären Kanal zu erstellen.</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
Dieser Wert erlaubt es Ihnen, die Reihenfolge der Kanäle innerhalb des Baumes festzulegen. Ein Kanal mit einem höheren &lt;i&gt;Positionswert&lt;/i&gt; wird immer unter einem Kanal mit einem niedrigeren Wert platziert und umgekehrt. Wenn der &lt;i&gt;Positionswert&lt;/i&gt; zweier Kanäle gleich ist, dann werden diese ihrem Namen nach alphabetisch sortiert.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation>Liste der Gruppen</translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation>Entferne ausgewählte Gruppe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation>Erbe Gruppenmitglieder von übergeordneten Kanälen</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Erben</translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation>Erlaubt, dass Unterkanäle die Gruppe erben können</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Vererbbar</translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation>Gruppe wurde von einem übergeordneten Kanal geerbt</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Vererbt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>Mitglied zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation>Entferne Mitglied aus der Gruppe</translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation>Aktive Berechtigungen</translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation>Berechtigungen von übergeordneten Kanälen erben?</translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation>Dieses Feld legt fest, ob die Berechtigung am Anfang von übergeordneten Kanälen geerbt werden. Nur Einträge, bei denen die Option „Betrifft Unterkanäle“ markiert ist, werden geerbt.</translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation>Berechtigungen erben</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation>Dies verschiebt den Eintrag in der Liste nach oben. Da Einträge der Reihenfolge nach ausgewertet werden, könnte dies die effektiven Rechte der Benutzer ändern. Man kann keinen Eintrag über einen geerbten Eintrag verschieben. Sollte dies jedoch notwendig sein, so muss der geerbte Eintrag dupliziert werden.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation>Dies verschiebt den Eintrag in der Liste nach unten. Da Einträge der Reihenfolge nach ausgewertet werden, könnte dies die effektiven Rechte der Benutzer ändern.</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Runter</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>Neuen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation>Dies fügt einen neuen Eintrag hinzu, der Anfangs alle Benutzer betrifft und keine Berechtigungen vergibt.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation>Dies entfernt den aktuell ausgewählten Eintrag.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation>Eintrag soll für diesen Kanal gelten.</translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation>Dies lässt den Eintrag für diesen Kanal gelten.</translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation>Betrifft diesen Kanal</translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation>Eintrag soll für Unterkanäle gelten.</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>Neue Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation>&lt;b&gt;Hinzufügen&lt;/b&gt;&lt;br/&gt;
Fügt eine neue Gruppe hinzu.</translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation>Geerbte Mitglieder</translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation>Enthält die Liste der zur Gruppe gehörenden Mitglieder in diesem Kanal.</translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>Enthält eine Liste von Mitgliedern, deren Gruppenmitgliedschaft nicht vom übergeordneten Kanal geerbt wird.</translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation>Enthält die Liste der Mitglieder die von anderen Kanälen geerbt wurden.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation>Geben Sie den Namen des Benutzers ein, der zur Gruppe hinzugefügt werden soll und klicken Sie auf Hinzufügen.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation>Geben Sie den Namen des Benutzers ein, der aus der Gruppe entfernt werden soll und klicken Sie auf Hinzufügen.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>Ausgeschlossene Mitglieder</translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation>Dies lässt den Eintrag für Unterkanäle gelten.</translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation>Betrifft Unterkanäle</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation>Benutzer/Gruppe</translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation>Gruppe, für die dieser Eintrag gilt</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer ID</translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation>Benutzer, für den der Eintrag gilt</translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation>Dieses Feld steuert welchen Benutzer dieser Eintrag betrifft. Geben Sie einen Benutzernamen ein und drücken Sie Enter um die Existenz des Accounts auf dem Server zu überprüfen.</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Geben Sie den Kanalnamen in dieses Feld ein. Der Name darf keine vom Server unerlaubten Zeichen enthalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation>&lt;b&gt;Temporär&lt;/b&gt;&lt;br /&gt;
Dieses Feld markiert den Kanal als temporär. Das heißt, dass er automatisch gelöscht wird, sobald der letzte Benutzer den Kanal verlässt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation>&lt;b&gt;Gruppe&lt;/b&gt;&lt;br /&gt;
Dies sind alle für diesen Kanal definierten Gruppen. Um eine neue Gruppe zu erstellen geben Sie einfach deren Namen ein und drücken Enter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation>&lt;b&gt;Entfernen&lt;/b&gt;&lt;br /&gt;Dies löscht die aktuell ausgewählte Gruppe. Wenn die Gruppe von einem übergeordneten Kanal geerbt wurde, wird sie nicht aus der Liste gelöscht, aber alle lokalen Informationen für diese Gruppe werden entfernt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation>&lt;b&gt;Erben&lt;/b&gt;&lt;br /&gt;Dies erbt alle Mitglieder der Gruppe von übergeordneten Kanälen, sofern die Gruppe in übergeordneten Kanälen als &lt;i&gt;vererbbar&lt;/i&gt; markiert ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation>&lt;b&gt;Vererbbar&lt;/b&gt;&lt;br /&gt;Dies macht die Gruppe an Unterkanäle vererbbar. Wenn die Gruppe nicht vererbbar ist, können die Unterkanäle trotzdem eine Gruppe mit dem gleichen Namen erstellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation>&lt;b&gt;Vererbt&lt;/b&gt;&lt;br /&gt;Dies gibt an, ob die Gruppe von einem übergeordneten Kanal geerbt wurde. Sie können diese Option hier nicht ändern, sie dient nur der Information.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation>&lt;b&gt;Mitglieder&lt;/b&gt;&lt;br /&gt;
Diese Liste enthält alle Mitglieder welche der Gruppe in diesem Kanal hinzugefügt wurden. Beachten Sie, dass dies vererbte Mitglieder von höheren Kanälen nicht einschließt. Diese werden in der Liste &lt;i&gt;Vererbte Mitglieder&lt;/i&gt; angezeigt. Um zu verhindern, dass diese Liste in Unterkanäle vererbt wird deaktivieren Sie die Option &lt;i&gt;Vererbbar&lt;/i&gt; oder fügen Sie die Mitglieder manuell zur Liste &lt;i&gt;Mitglieder ausschließen&lt;/i&gt; hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded members&lt;/b&gt;&lt;br /&gt;
Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>&lt;b&gt;Ausgeschlossene Mitglieder&lt;/b&gt;&lt;br /&gt;
Enthält eine Liste von Mitgliedern, deren Gruppenmitgliedschaft nicht vom übergeordneten Kanal geerbt wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited members&lt;/b&gt;&lt;br /&gt;
Contains the list of members inherited by the current channel. Uncheck &lt;i&gt;Inherit&lt;/i&gt; to prevent inheritance from higher level channels.</source>
        <translation>&lt;b&gt;Geerbte Mitglieder&lt;/b&gt;&lt;br /&gt;
Enthält die Liste von Mitgliedern, welche vom aktuellen Kanal geerbt wurden. Deaktivieren Sie die Option &lt;i&gt;Erben&lt;/i&gt; um zu verhindern, dass von übergeordneten Kanälen geerbt wird.</translation>
    </message>
    <message>
        <source>This controls which group of users this entry applies to.&lt;br /&gt;Note that the group is evaluated in the context of the channel the entry is used in. For example, the default ACL on the Root channel gives &lt;i&gt;Write&lt;/i&gt; permission to the &lt;i&gt;admin&lt;/i&gt; group. This entry, if inherited by a channel, will give a user write privileges if he belongs to the &lt;i&gt;admin&lt;/i&gt; group in that channel, even if he doesn&apos;t belong to the &lt;i&gt;admin&lt;/i&gt; group in the channel where the ACL originated.&lt;br /&gt;If a group name starts with &apos;!&apos;, its membership is negated, and if it starts with &apos;~&apos;, it is evaluated in the channel the ACL was defined in, rather than the channel the ACL is active in.&lt;br /&gt;If a group name starts with &apos;#&apos;, it is interpreted as an access token. Users must have entered whatever follows the &apos;#&apos; in their list of access tokens to match. This can be used for very simple password access to channels for non-authenticated users.&lt;br /&gt;If a group name starts with &apos;$&apos;, it will only match users whose certificate hash matches what follows the &apos;$&apos;.&lt;br /&gt;A few special predefined groups are:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Everyone will match.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - All authenticated users will match.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - User currently in a sub-channel minimum &lt;i&gt;a&lt;/i&gt; common parents, and between &lt;i&gt;b&lt;/i&gt; and &lt;i&gt;c&lt;/i&gt; channels down the chain. See the website for more extensive documentation on this one.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Users currently in the channel will match (convenience for &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Users outside the channel will match (convenience for &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Note that an entry applies to either a user or a group, not both.</source>
        <translation>Dieses Feld legt fest, für welche Gruppe dieser Eintrag gilt.&lt;br /&gt;Beachten Sie, dass diese Gruppe im Kontext des Kanals des Eintrags evaluiert wird. Zum Beispiel gibt die Standardberechtigung der &lt;i&gt;admin&lt;/i&gt;-Gruppe im Wurzelkanal &lt;i&gt;Schreib&lt;/i&gt;rechte. Wenn dieser Eintrag von einem Kanal geerbt wird, so gibt er Benutzern Schreibrechte, wenn diese zur &lt;i&gt;admin&lt;/i&gt;-Gruppe des Kanals gehören, selbst wenn sie nicht zur &lt;i&gt;admin&lt;/i&gt;-Gruppe des Kanals gehören, in welchem die Berechtigung ursprünglich definiert wurde.&lt;br /&gt;Wenn vor dem Namen einer Gruppe ein Ausrufezeichen (!) steht, werden ihre Mitgliedschaften umgekehrt. Und wenn davor eine Tilde (~) steht, werden die Mitgliedschaften im Kanal, in welchem die Berechtigung definiert wurde, geprüft statt in jenem, in dem die Berechtigung gerade aktiv ist.&lt;br /&gt;Wenn ein Gruppenname mit einer Raute (#) beginnt, wird dieser als Zugriffscode interpretiert. Benutzer müssen das, was hinter der Raute steht, in ihre Zugriffscodeliste eingegeben haben, um die entsprechende Berechtigung zu erhalten. Dies kann für einen einfachen Passwortschutz, auch für nicht authentifizierte Benutzer, verwendet werden.&lt;br /&gt;Wenn ein Gruppenname mit Dollar($) beginnt, gilt der Eintrag nur für Benutzer, deren Zertifikat-Hash mit dem dahinterstehenden übereinstimmt.&lt;br /&gt;Einige spezielle, vordefinierte Gruppen sind:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt;: Trifft auf jeden Benutzer zu.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt;: Trifft auf alle authentifizierten Benutzer.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt;: Benutzer in einem Unterkanal mit mindestens &lt;i&gt;a&lt;/i&gt; gemeinsamen übergeordneten Kanälen und zwischen &lt;i&gt;b&lt;/i&gt; und &lt;i&gt;c&lt;/i&gt; Kanälen dazwischen (zwischen gemeinsamem übergeordneten Kanal und aktuellem Kanal). Auf der Webseite gibt es hierzu eine weiterführende Dokumentation.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt;: Trifft auf Benutzer im aktuellen Kanal zu (Kurzform für &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt;: Trifft auf Benutzer, die nicht im aktuellen Kanal sind zu (Kurzform für &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Beachten Sie, dass ein Eintrag entweder für einen bestimmten Benutzer oder eine Gruppe zutrifft, nicht für beide gleichzeitig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br /&gt;This field allows you to easily set and change the password of a channel. It uses Mumble&apos;s access tokens feature in the background. Use ACLs and groups if you need more fine grained and powerful access control.</source>
        <translation>&lt;b&gt;Passwort&lt;/b&gt;&lt;br /&gt;Dieses Feld ermöglicht das Setzen und Entfernen eines Passworts für einen Kanal. Es verwendet im Hintergrund die Zugriffscodefunktion von Mumble. Verwenden Sie Berechtigungen (ACL) und Gruppen für eine feiner abgestufte und mächtige Zugriffsteuerung.</translation>
    </message>
    <message>
        <source>This shows all the entries active on this channel. Entries inherited from parent channels will be shown in italics.&lt;br /&gt;ACLs are evaluated top to bottom, meaning priority increases as you move down the list.</source>
        <translation>Dieses Feld zeigt alle aktiven Einträge in diesem Kanal an. Von übergeordneten Kanälen geerbte Einträge werden kursiv angezeigt.&lt;br /&gt;Berechtigungen werden von oben nach unten ausgewertet. Das bedeutet, dass sich die Priorität nach unten hin erhöht.</translation>
    </message>
    <message>
        <source>ID of the channel.</source>
        <translation>ID des Kanals.</translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation>Maximale Nutzer</translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation>Maximale Anzahl an erlaubten Nutzern in diesem Kanal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum Users&lt;/b&gt;&lt;br /&gt;
This value allows you to set the maximum number of users allowed in the channel. If the value is above zero, only that number of users will be allowed to enter the channel. If the value is zero, the maximum number of users in the channel is given by the server&apos;s default limit.</source>
        <translation>&lt;b&gt;Maximale Benutzer&lt;/b&gt;&lt;br /&gt;
Dieser Wert erlaubt das Einstellen der maximal im Kanal erlaubten Benutzeranzahl. Wenn dieser Wert über Null liegt, wird nur dieser Anzahl an Benutzern das Betreten des Kanals erlaubt sein. Ist der Wert gleich Null, ist die Benutzeranzahl des Kanals durch die Standardbeschränkung des Servers vorgegeben.</translation>
    </message>
    <message>
        <source>This is the sort order for the channel.</source>
        <translation>Dies ist die Sortierreihenfolge für den Kanal.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation>Kanalpasswort</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>Inherited group members</source>
        <translation>Geerbte Gruppenmitglieder</translation>
    </message>
    <message>
        <source>Inherited channel members</source>
        <translation>Geerbte Kanalmitglieder</translation>
    </message>
    <message>
        <source>List of ACL entries</source>
        <translation>Liste der Berechtigungseinträge</translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation>Kanalposition</translation>
    </message>
    <message>
        <source>Channel maximum users</source>
        <translation>Maximale Personen pro Kanal</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Kanalbeschreibung</translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation>Wähle einen Benutzer um ihn hinzuzufügen</translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation>Ausgeschlossene Gruppenmitglieder</translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation>Wähle einen Benutzer um ihn zu entfernen</translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation>Liste von Zugriffskontrollen listen einträgen</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>Gruppe wählen</translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Wählt eine Gruppe aus, für die der ACL-Eintrag gilt. Die Auswahl einer Gruppe und eines Benutzers schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>Select user</source>
        <translation>Wähle Benutzer</translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Wählt eine Gruppe aus, für die der ACL-Eintrag gilt. Die Auswahl einer Gruppe und eines Benutzers schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation>Liste der verfügbaren Berechtigungen</translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Standard ALSA-Karte</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation>Öffnen des ALSA-Eingabegerätes fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Standard ALSA-Karte</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation>Öffnen des ALSA-Ausgabegerätes fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ALSAEnumerator</name>
    <message>
        <source>Getting name (longname) of the sound card failed: %1</source>
        <translation>Das Abfragen des Namens (longname) der Sound-Karte schlug fehl: %1</translation>
    </message>
    <message>
        <source>Getting name of the sound card failed: %1</source>
        <translation>Das Abfragen des Namens der Sound-Karte schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation>%1 -&gt; %2 Samples-Puffer mit %3 Sample-Auflösung (%4 bevorzugt) bei %5 Hz</translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation>ASIO-Initialisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation>Konnte ASIO-Treiber nicht instanziieren</translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation>ASIO</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Geräteauswahl</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation>Mikrofongerät</translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation>Dies wählt das abzufragende Gerät aus. Man muss trotzdem das Gerät abfragen und die zu nutzenden Kanäle auswählen.</translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation>Gewähltes Gerät abfragen</translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Dies fragt das ausgewählte Gerät nach Kanälen ab. Achtung: Viele ASIO-Treiber sind extrem fehlerbehaftet und sie abzufragen könnte die Anwendung oder das System zum Absturz bringen.</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation>Ausgewähltes Gerät konfigurieren</translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Dies konfiguriert das ausgewählte Gerät. Achtung: Viele ASIO-Treiber sind extrem fehlerbehaftet und sie abzufragen könnte die Anwendung oder das System zum Absturz bringen.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Konfigurieren</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionalitäten</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>Treibername</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation>Dies konfiguriert die Eingangskanäle für ASIO. Stellen Sie sicher, dass Sie mindestens einen Kanal für Mikrofon und Lautsprecher wählen. An &lt;i&gt;Mikrofon&lt;/i&gt; sollte Ihr Mikrofon anliegen und &lt;i&gt;Lautsprecher&lt;/i&gt; sollte ein Kanal sein, welcher ausgibt „&lt;i&gt;was Sie hören&lt;/i&gt;“.&lt;br /&gt;Zum Beispiel wäre für die Audigy 2 ZS „&lt;i&gt;Mic L&lt;/i&gt;“ eine gute Wahl für Mikrofon und für Lautsprecher „&lt;i&gt;Mix L&lt;/i&gt;“ und „&lt;i&gt;Mix R&lt;/i&gt;“.</translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation>Eingabekanäle konfigurieren</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
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
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation>Liste der Mikrofone</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Liste der Sprecher</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Geräteliste</translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation>Von unbenutzt zur Mikrophon Liste verschieben</translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation>Von der Mikrofonliste zu unbenutzt verschieben</translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation>Liste unbenutzter Geräte</translation>
    </message>
    <message>
        <source>Move from unused to speakers list</source>
        <translation>Von unbenutzt zur Lautsprecherliste verschieben</translation>
    </message>
    <message>
        <source>Move from speakers to unused list</source>
        <translation>Von der Lautsprecherliste zu unbenutzt verschieben</translation>
    </message>
</context>
<context>
    <name>ASIOInput</name>
    <message>
        <source>You need to select at least one microphone and one speaker source to use ASIO.</source>
        <translation>Zur Verwendung von ASIO muss mindestens ein Mikrofon und eine Lautsprecher Quelle gewählt werden.</translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation>Öffnen des ausgewählten ASIO-Gerätes fehlgeschlagen. Es wird kein Eingang benutzt.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation>Über Mumble</translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation>Ü&amp;ber Mumble</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utoren</translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation>&amp;Drittanbieterlizenzen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>Lizenzvertrag</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation>Drittanbieterlizenzverträge</translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation>Eine Auflistung aller Mitwirkenden ist unter &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt; zu finden</translation>
    </message>
    <message>
        <source>An Open Source, low-latency, high quality voice-chat utility</source>
        <translation>Ein Open-Source-Programm für Voice-Chat mit geringer Latenz und hoher Qualität</translation>
    </message>
</context>
<context>
    <name>AccessibleQGroupBox</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>AudioInput</name>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation>Audioeingabegerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist das zu verwendende Audioeingabegerät.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation>Über&amp;tragen</translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation>Wann Sprache übertragen werden soll</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Dies legt fest, wann Sprache übertragen werden soll.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Kontinuierlich&lt;/i&gt; - Die ganze Zeit&lt;br /&gt;&lt;i&gt;Sprachaktivität&lt;/i&gt; - Sobald man deutlich spricht.&lt;br /&gt;&lt;i&gt;Push-To-Talk&lt;/i&gt; - Wenn die unter &lt;i&gt;Tastenkürzel&lt;/i&gt; konfigurierte Taste gedrückt wird.</translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation>Doppeldruck-Zeit</translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation>Wenn Sie die PTT-Taste (Sprech-Taste) zweimal innerhalb dieser Zeit drücken, wird die Sprachübertragung dauerhaft aktiviert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation>&lt;b&gt;Doppeldruck-Zeit&lt;/b&gt;&lt;br /&gt;Wenn Sie die PTT-Taste zweimal innerhalb der Doppeldruck-Zeit drücken, wird die Sprachübertragung dauerhaft aktiviert. Diese wird beendet, wenn sie die Taste ein weiteres Mal drücken.</translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation>Audiohinweis auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation>&lt;b&gt;Zurücksetzen&lt;/b&gt;&lt;br /&gt;Setzt die Pfade zu den Dateien auf die Standardwerte zurück.</translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation>Nach einer Datei für den Beginn der Audioübertragung suchen</translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation>Nach einer Datei für das Ende der Audioübertragung suchen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation>Benutze SNR basierte Spracherkennung</translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation>Signal zu Rauschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation>&lt;b&gt;Dies legt fest, dass Sprache durch die Amplitude erkannt wird.&lt;/b&gt;&lt;br /&gt;In diesem Modus wird die Stärke des Eingangssignals genutzt um Sprache zu erkennen.</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation>Stimme &amp;halten</translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation>Wie lange nach dem Einsetzen von Stille übertragen werden soll</translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation>Stille bis</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation>&lt;b&gt;Dies setzt die Auslösewerte für die Spracherkennung.&lt;/b&gt;&lt;br /&gt;Zusammen mit dem Audiostatistik Fenster können die Auslösewerte für die Spracherkennung manuell eingestellt werden. Eingabewerte unter „Stille bis“ zählen immer als Stille, Werte über „Sprache über“ immer als Sprache. Werte dazwischen zählen als Sprache wenn schon gesprochen wird, lösen aber keine Erkennung (und damit Übertragung) aus.</translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation>Sprache über</translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation>Signalwerte darüber zählen als Sprache</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation>Qualität der Kompression (Spitzenbandbreite)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation>&lt;b&gt;Dies setzt die Qualität der Kompression.&lt;/b&gt;&lt;br /&gt;Dies bestimmt wieviel Bandbreite Mumble für ausgehendes Audio nutzen darf.</translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation>Audio pro Paket</translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation>Wieviele Audioframes pro Paket zu senden sind</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation>&lt;b&gt;Dies legt fest, wieviele Audioframes in ein Paket gepackt werden sollen.&lt;/b&gt;&lt;br /&gt;Durch Erhöhung steigt die Latenz der Sprache, gleichzeitig sinkt aber der Bandbreitenbedarf.</translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation>Audioverarbeitung</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Rauschunterdrückung</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation>&lt;b&gt;Dies setzt die Stärke der Rauschunterdrückung die angewandt werden soll&lt;/b&gt;&lt;br /&gt;Je höher der Wert, desto aggressiver wird Rauschen unterdrückt.</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Maximale Verstärkung des Eingangssignals</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation>&lt;b&gt;Maximale Verstärkung des Eingangssignals.&lt;/b&gt;&lt;br /&gt;Mumble normalisiert die Eingangslautstärke vor der Kompression, wobei diese Option festlegt, wie sehr verstärkt werden darf.&lt;br /&gt;Der tatsächliche Level wird kontinuierlich, abhängig vom Sprachmuster, aktualisiert; allerdings nie höher als hier festgelegt.&lt;br /&gt;Wenn die &lt;i&gt;Mikrofonlautstärke&lt;/i&gt; in den Audiostatistiken im Bereich von 100&#xa0;% liegt, sollte dies auf 2.0 gesetzt werden. Für Leute, die dies kaum erreichen, muss es deutlich höher angesetzt werden.&lt;br /&gt;Idealerweise sollte es folgendermaßen gesetzt werden: &lt;i&gt;Mikrofon Lautstärke × Verstärkungsfaktor ≥ 100&lt;/i&gt;, selbst wenn man wirklich leise spricht.&lt;br /&gt;&lt;br /&gt;Es ist nicht schädlich dies auf das Maximum zu setzen, aber Mumble wird dadurch auch Umgebungsgeräusche aufnehmen.</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Aktuelle Spracherkennungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation>Bei Aktivieren dieser Option wird versucht, das Echo der Lautsprecher zu unterdrücken. Gemischt hat geringe Auswirkung auf die CPU-Auslastung, aber funktioniert nur, wenn Ihre Lautsprecher gleich laut und vom Mikrofon gleich weit entfernt sind. Mehrkanalechounterdrückung bietet weitaus bessere Echounterdrückung, verbraucht aber mehr CPU-Zeit.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation>&lt;b&gt;Dies wählt als Spracherkennungsmechanismus das Signal-zu-Rausch-Verhältnis.&lt;/b&gt;&lt;br /&gt;In diesem Modus werden die eingehenden Audiodaten auf ein klares Signal hin überprüft. Die Klarheit des Signals aktiviert dann die Spracherkennung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Dies zeigt die aktuellen Spracherkennungseinstellungen an.&lt;/b&gt;&lt;br /&gt;Die Einstellung können im Einstellungsdialog oder dem Audioassistenten geändert werden.</translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation>Signalwerte darunter zählen als Stille</translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation>Maximale Bandbreite, die zum Senden von Audiodaten verwendet wird</translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation>Benutze amplitudenbasierte Spracherkennung</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation>&lt;b&gt;Hiermit bestimmen Sie, wie lange nach Beenden des Gesprächs noch übertragen werden soll.&lt;/b&gt;&lt;br /&gt;Höhere Werte sind hilfreich, wenn die Stimme plötzlich abbricht (erkennbar an einem flackerndem Sprachaktivitätssymbol neben dem Namen).</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation>Exklusivmodus</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Öffnet das Gerät im Exklusivmodus.&lt;/b&gt;&lt;br /&gt;Keine andere Anwendung wird das Gerät verwenden können.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Zurücks&amp;etzen</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;&lt;br /&gt;Spielt den aktuellen &lt;i&gt;An&lt;/i&gt; Sound gefolgt vom aktuellen &lt;i&gt;Aus&lt;/i&gt; Sound.</translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation>Zeigt ein dauerhaft im Vordergrund liegendes Fenster mit einer Push-To-Talk-Schaltfläche</translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation>Zeige Push-To-Talk-Fenster</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Verschiedenes</translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation>Wird abgespielt, wenn die Sprachübertragung beginnt</translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation>Wird abgespielt, wenn die Sprachübertragung endet</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation>Zeit, die das Mikrofon aktiv bleibt, nachdem die PTT-Taste losgelassen wurde</translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation>Maximale Netzwerkbandbreite des Servers beträgt nur %1 kbit/s. Audioqualität wurde automatisch auf %2 kbit/s (%3 ms) angepasst</translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation>Max. Verstärkung</translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation>Aktion bei Untätigkeit</translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation>Minuten führe aus</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>deafen</source>
        <translation>Taub schalten</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>stumm stellen</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation>Echounterdrückung</translation>
    </message>
    <message>
        <source>The idle action will be reversed upon any key or mouse button input</source>
        <translation>Die Leerlaufaktion wird umgekehrt, sobald eine beliebige Tasten- bzw. Maustastenaktion festgestellt wurde</translation>
    </message>
    <message>
        <source>Undo Idle action upon activity</source>
        <translation>Leerlauf Aktion nach Tätigkeit rückgängig machen</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Audioeingang</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist die Eingabemethode, die für Audio verwendet werden soll.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kb/s&lt;/b&gt; or higher. </source>
        <translation>Aktiviert den Low-Delay-Modus von Opus, wenn die Qualität auf &lt;b&gt;64 kb/s&lt;/b&gt; oder höher eingestellt ist. </translation>
    </message>
    <message>
        <source>If checked, Mumble will enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kbit/s&lt;/b&gt; or higher. Low-delay mode decreases latency by &lt;b&gt;~15 milliseconds&lt;/b&gt; in the round trip. This mode may require an higher bitrate to preserve the same quality, in comparison with the music and VOIP modes.</source>
        <translation>Aktiviert den Low-Delay-Modus von Opus, wenn die Qualität auf &lt;b&gt;64 kb/s&lt;/b&gt; oder höher eingestellt ist. Der Low-Delay-Modus verringert die Latenzzeit im round trip um &lt;b&gt;~15 Millisekunden&lt;/b&gt;. Dieser Modus erfordert möglicherweise eine höhere Bitrate, um die gleiche Qualität im Vergleich zum Musik- oder VoIP-Modus zu erhalten.</translation>
    </message>
    <message>
        <source>Allow low delay mode</source>
        <translation>Erlaube Low-Delay-Modus</translation>
    </message>
    <message>
        <source>Don&apos;t use noise suppression.</source>
        <translation>Keine Rauschunterdrückung verwenden.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by Speex.</source>
        <translation>Verwende den von Speex bereitgestellten Algorithmus zur Rauschunterdrückung.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by RNNoise.</source>
        <translation>Verwende den von RNNoise bereitgestellten Algorithmus zur Rauschunterdrückung.</translation>
    </message>
    <message>
        <source>Use a combination of Speex and RNNoise to do noise suppression.</source>
        <translation>Verwende eine Kombination von Speex und RNNoise für die Rauschunterdrückung.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>This controls the amount by which Speex will suppress noise.</source>
        <translation>Dies steuert die Stärke mit der Speex Rauschen unterdrückt.</translation>
    </message>
    <message>
        <source>Speex suppression strength</source>
        <translation>Speex Unterdrückungsstärke</translation>
    </message>
    <message>
        <source>Mute cue</source>
        <translation>Stummschaltungshinweis</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Audio cue when using...</source>
        <translation>Audiohinweis bei Verwendung von …</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Push To Talk</source>
        <translation>Hörbarer Audiohinweis beim Starten und Stoppen der Übertragung mittels Push-To-Talk</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Push To Talk.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Dies ermöglicht Übertragung-Audiohinweise bei Verwendung von Push-To-Talk.&lt;/b&gt;&lt;br /&gt;Bei Aktivierung wird beim Starten und Stoppen der Übertragung ein Piepton zu hören sein.</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Push-To-Talk</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Voice Activity</source>
        <translation>Hörbarer Audiohinweis beim Starten und Stoppen der Übertragung mittels Sprachaktivierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Voice Activity.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Dies ermöglicht Übertragung-Audiohinweise bei Verwendung von Sprachaktivierung.&lt;/b&gt;&lt;br /&gt;Bei Aktivierung wird beim Starten und Stoppen der Übertragung ein Piepton zu hören sein.</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Sprachaktivierung</translation>
    </message>
    <message>
        <source>Input backend for audio</source>
        <translation>Eingangs backend für Ton</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>Ton Eingangssystem</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Audio Eingabegerät</translation>
    </message>
    <message>
        <source>Transmission mode</source>
        <translation>Übertragungsmodus</translation>
    </message>
    <message>
        <source>Push to talk lock threshold</source>
        <translation>Push-to-talk Sperrschwelle</translation>
    </message>
    <message>
        <source>Switch between push to talk and continuous mode by double tapping in this time frame</source>
        <translation>Wechseln zwischen Push-to-talk und Dauermodus mit doppelt tippen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voice hold Time&lt;/b&gt;&lt;br /&gt;After you release the push-to-talk key Mumble will keep transmitting for the selected amount of time.</source>
        <translation>&lt;b&gt;Sprachhaltezeit&lt;/b&gt;&lt;br /&gt;Nachdem die Sprechtaste losgelassen wird, sendet Mumble für die eingestellte Zeitspanne weiter.</translation>
    </message>
    <message>
        <source>Push to talk hold threshold</source>
        <translation>Push-to-talk Halteschwelle</translation>
    </message>
    <message>
        <source>Extend push to talk send time after the key is released by this amount of time</source>
        <translation>Erweitere die Push-to-talk Zeit nachdem die Taste losgelassen wurde um diese Zeitspanne</translation>
    </message>
    <message>
        <source>Voice hold time</source>
        <translation>Sprachhaltezeit</translation>
    </message>
    <message>
        <source>Silence below threshold</source>
        <translation>Stille unterhalb der Schwelle</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal silence</source>
        <translation>Setzt den Schwellwert, ab dem Mumble ein Signal als Stille betrachtet</translation>
    </message>
    <message>
        <source>Speech above threshold</source>
        <translation>Sprache oberhalb des Schwellwertes</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal speech</source>
        <translation>Setzt den Schwellwert, ab dem Mumble ein Signal als Sprache erkennt</translation>
    </message>
    <message>
        <source>This sets how much speech is packed into a single network package</source>
        <translation>Legt fest, wie viel Sprache in ein Netzpaket gepackt wird</translation>
    </message>
    <message>
        <source>Audio compression quality</source>
        <translation>Qualität der Audiokomprimierung</translation>
    </message>
    <message>
        <source>This sets the target compression bitrate</source>
        <translation>Setzt die Ziel-Bitrate für die Komprimierung</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Maximale Verstärkung</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Sprache wird dynamisch um höchstens diesen Wert verstärkt</translation>
    </message>
    <message>
        <source>Noise suppression strength</source>
        <translation>Stärke der Rauschunterdrückung</translation>
    </message>
    <message>
        <source>Echo cancellation mode</source>
        <translation>Echounterdrückungsmodus</translation>
    </message>
    <message>
        <source>Path to audio file</source>
        <translation>Pfad zur Audiodatei</translation>
    </message>
    <message>
        <source>Path to audio cue file when stopping to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Pfad zur Audio-Datei, wenn das Sprechen unterbrochen wird. Den &quot;Durchsuchen&quot;-Button nutzen, um den Dateidialog zu öffnen.</translation>
    </message>
    <message>
        <source>Idle action time threshold (in minutes)</source>
        <translation>Schwellwert für die Leerlaufzeit (in Minuten)</translation>
    </message>
    <message>
        <source>Select what to do when being idle for a configurable amount of time. Default: nothing</source>
        <translation>Auswählen was passieren soll, wenn man für eine auswählbare Zeitspanne untätig ist. Standard: nichts</translation>
    </message>
    <message>
        <source>Gets played when you are trying to speak while being muted</source>
        <translation>Wird abgespielt, wenn man zu sprechen versucht, während man stumm geschaltet ist</translation>
    </message>
    <message>
        <source>Path to mute cue file. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Pfad zur Stumm-Hinweis-Datei. Den &quot;Durchsuchen&quot;-Button nutzen um einen Dateidialog zu öffnen.</translation>
    </message>
    <message>
        <source>Browse for mute cue audio file</source>
        <translation>Suchen nach einer Stumm-Hinweis-Datei</translation>
    </message>
    <message>
        <source>Path to audio cue file when starting to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Pfad zu der Audio-Hinweis-Datei, wenn zu sprechen begonnen wird. Den &quot;Durchsuchen&quot;-Button nutzen um einen Dateidialog zu öffnen.</translation>
    </message>
    <message>
        <source>Preview the mute cue</source>
        <translation>Vorschau der Stumm-Hinweis-Datei</translation>
    </message>
    <message>
        <source>The mute cue is an audio sample which plays when you are trying to speak while being muted</source>
        <translation>Die Stumm-Hinweis-Datei ist ein Beispiel, was abgespielt wird, wenn zu sprechen versucht wird, während man stumm geschaltet ist</translation>
    </message>
    <message>
        <source>Preview both audio cues</source>
        <translation>Vorschau für beide Audiohinweise</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows peak outgoing bandwidth used.&lt;/b&gt;&lt;br /&gt;This shows the peak amount of bandwidth sent out from your machine. Audio bitrate is the maximum bitrate for the audio data alone. Position is the bitrate used for positional information. Overhead is our framing and the IP packet headers (IP and UDP is 75% of this overhead).</source>
        <translation>&lt;b&gt;Dies zeigt die maximale ausgehende Bandbreite an.&lt;/b&gt;&lt;br /&gt;Dies zeigt die maximale Bandbreite an, die von deinem Rechner gesendet wird. Audio-Bitrate ist die maximale Bitrate für die Audiodaten allein. Position ist die Bitrate, die für Positionsdaten verwendet wird. Overhead ist unser Framing und die IP-Paket-Header (IP und UDP machen 75% dieses Overheads aus).</translation>
    </message>
</context>
<context>
    <name>AudioInputDialog</name>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Sprachaktivierung</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Push-To-Talk</translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation>Audioeingabe</translation>
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
        <translation>Aus</translation>
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
        <translation>%1 kbit/s (Audio %2, Position %4, Datenüberhang %3)</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Zugriff zum Mikrofon wurde abgelehnt. Bitte überprüfen, dass die Mikrofoneinstellungen des Betriebssystems Mumble erlauben, das Mikrofon zu nutzen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disable echo cancellation.</source>
        <translation>Echounterdrückung deaktivieren.</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>kilobits per second</source>
        <translation>Kilobit pro Sekunde</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>Dezibel</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Audioausgabemethode</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation>Audioausgabegerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist das Audioausgabegerät.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Positionsabhängiges Audio</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation>Standard &amp;Jitter-Puffer</translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation>Sicherheitsgrenze für den Jitter-Puffer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation>&lt;b&gt;Dies legt die minimale Sicherheitsgrenze für den Jitter-Puffer fest.&lt;/b&gt;&lt;br /&gt;Eingehende Sprachdaten werden gepuffert und der Jitter-Puffer versucht den Puffer so klein wie möglich zu halten, sodass die Latenz so gering wie möglich sein kann. Dies legt die minimale Puffergröße fest. Falls sich der Anfang eines Satzes unterbrochen anhört, erhöhen Sie diesen Wert.</translation>
    </message>
    <message>
        <source>This sets the minimum distance for sound calculations. The volume of other users&apos; speech will not decrease until they are at least this far away from you.</source>
        <translation>Dies setzt die minimale Distanz für Klangberechnungen fest. Die Lautstärke anderer Benutzer wird nicht sinken, so lange Sie nicht mindestens so weit entfernt sind.</translation>
    </message>
    <message>
        <source>This sets the maximum distance for sound calculations. When farther away than this, other users&apos; speech volume will not decrease any further.</source>
        <translation>Dies setzt die maximale Distanz für Klangberechnungen fest. Die Lautstärke anderer Benutzer wird nicht mehr sinken, wenn sie weiter entfernt sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables one of the loopback test modes.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;None&lt;/i&gt; - Loopback disabled&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emulate a local server.&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; - Request loopback from server.&lt;br /&gt;Please note than when loopback is enabled, no other users will hear your voice. This setting is not saved on application exit.</source>
        <translation>&lt;b&gt;Dies aktiviert einen der Rückkopplungstestmodi.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Keine&lt;/i&gt; – Rückkopplung deaktiviert&lt;br /&gt;&lt;i&gt;Lokal&lt;/i&gt; – Emuliere einen lokalen Server.&lt;br/&gt;&lt;i&gt;Server&lt;/i&gt; – Rückkopplung vom Server (Anfrage).&lt;br/&gt;Bitte beachten Sie, dass, solange die Rückkopplung aktiv ist, Sie kein anderer Benutzer hören kann. Diese Einstellung wird beim Beenden des Programms nicht gespeichert.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation>Lautstärke der ankommenden Sprache</translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation>&lt;b&gt;Dies legt die Lautstärke der eingehenden Sprache fest.&lt;/b&gt;&lt;br /&gt;Beachten Sie, dass bei einem Wert über 100% die Geräusche verzerrt werden.</translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation>Ausgabeverzögerung</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Datenmenge die gepuffert werden soll</translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation>Die angeschlossenen Audioausgabegeräte sind Kopfhörer</translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation>Bloom</translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation>Faktor zur Lautstärkenerhöhung</translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation>Um wie viel soll die Lautstärke für Quellen erhöht werden, die sehr nah sind?</translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation>Ist dies aktiviert bedeutet dies, dass keine Lautsprecher angeschlossen sind, sondern nur Kopfhörer. Dies ist wichtig, da Lautsprecher für gewöhnlich vor Ihnen sind, während Kopfhörer direkt links und rechts anliegen.</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Dies setzt die Menge an Daten, welche im Ausgabepuffer vorgepuffert werden. Experimentieren Sie mit verschiedenen Werten und nehmen Sie den niedrigsten, welcher kein schnelles Zittern im Ton produziert.</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kopfhörer</translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation>Minimale Distanz</translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation>Maximale Distanz</translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation>Minimale Lautstärke</translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation>Wie hoch soll die Lautstärke bei maximaler Distanz sein?</translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation>Rückkopplungstest</translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation>Verzögerungsvarianz</translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation>Varianz der Paketlatenz</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation>&lt;b&gt;Dies legt die Varianz der Paketlatenz für den Rückkopplungstest fest.&lt;/b&gt;&lt;br/&gt;Die meisten Audiopfade haben eine Variable, sich ständig ändernde Latenz. Hiermit können Sie die Varianz für den Rückkopplungstest festlegen. Falls Sie dies zum Beispiel auf 15 ms setzen, wird ein Netzwerk mit 20–35 ms oder eines mit 80–95 ms Latenz imitiert. Die meisten Netzverbindungen haben eine Varianz von etwa 5 ms.</translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation>Paketverlust</translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation>Paketverlust für den Rückkopplungsmodus</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation>&lt;b&gt;Dies legt den Paketverlust für den Rückkopplungsmodus fest.&lt;/b&gt;&lt;br /&gt;Dies ist das Verhältnis an verlorenen Paketen. Solange Ihre Ausgangsbandbreite nicht an ihre Grenze stößt oder etwas mit Ihrer Netzwerkverbindung nicht stimmt, wird dieser 0 % betragen</translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation>&amp;Rückkopplung</translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation>Gewünschter Rückkopplungsmodus</translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation>Anwendungslautstärken herabsetzen um …</translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation>Lautstärkedämpfung anderer Anwendungen während des Sprechens</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation>&lt;b&gt;Lautstärke anderer Anwendungen dämpfen, während gesprochen wird&lt;/b&gt;&lt;br /&gt;Mumble unterstützt das Herabsetzen der Lautstärke anderer Anwendungen während ein- und/oder ausgehendem Sprechen. Dieser Regler legt die Höhe der Herabsenkung der Lautstärke der anderen Anwendungen fest, wenn die Funktion aktiviert ist.</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation>Vermindert die Lautstärke anderer Anwendungen während andere sprechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation>&lt;b&gt;Lautstärke anderer Anwendungen herabsetzen, während andere Benutzer sprechen&lt;/b&gt;&lt;br /&gt;Mumble unterstützt das Herabsetzen der Lautstärke anderer Anwendungen während ein- und/oder ausgehendem Sprechen. Dies lässt Mumble diese Funktion für das Sprechen anderer Benutzer zu ihnen aktivieren.</translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation>Während andere Benutzer sprechen</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation>Vermindert die Lautstärke anderer Anwendungen während Sie sprechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation>&lt;b&gt;Lautstärke anderer Anwendungen herabsetzen, während Sie sprechen&lt;/b&gt;&lt;br /&gt;Mumble unterstützt das Herabsetzen der Lautstärke anderer Anwendungen während ein- und/oder ausgehendem Sprechen. Dies aktiviert diese Funktion, sobald Sie sprechen.</translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation>Während Sie sprechen</translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation>Exklusivmodus, nicht empfohlen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Verwendet das Gerät im Exklusivmodus.&lt;/b&gt;&lt;br /&gt;Keine andere Anwendung wird das Gerät verwenden können.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other users while you talk if you have the &quot;Priority Speaker&quot; status.</source>
        <translation>Wenn aktiviert, wird die Lautstärke von anderen Benutzern herabgesetzt, während man den „Bevorzugter Sprecher“-Status hat.</translation>
    </message>
    <message>
        <source>If checked, Mumble will only attenuate applications that are using the same output source as Mumble</source>
        <translation>Wenn ausgewählt, wird Mumble nur die Lautstärke von Anwendungen herabsetzen, die das gleiche Ausgabegerät wie Mumble benutzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate only applications using the same output as Mumble&lt;/b&gt;&lt;br /&gt;If checked, applications that use a different output than Mumble will not be attenuated.</source>
        <translation>&lt;b&gt;Nur Anwendungen mit demselben Ausgabegerät wie Mumble abschwächen&lt;/b&gt;&lt;br /&gt;Wenn ausgewählt, werden Anwendungen mit einem anderen Ausgabegerät als Mumble nicht abgeschwächt.</translation>
    </message>
    <message>
        <source>Only attenuate applications using the same output device</source>
        <translation>Nur die Lautstärke von Anwendungen herabsetzen, die das gleiche Ausgabegerät wie Mumble benutzen</translation>
    </message>
    <message>
        <source>If checked, PulseAudio loopback modules will be attenuated</source>
        <translation>Wenn ausgewählt wird die Lautstärke von PulseAudio Rückkopplungsmodule herabgesetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate PulseAudio loopback modules&lt;/b&gt;&lt;br /&gt;If loopback modules are linked to Mumble&apos;s output device/sink, they will also be attenuated.</source>
        <translation>&lt;b&gt;PulseAudio Loopback-Module abschwächen&lt;/b&gt;&lt;br /&gt;Wenn Loopback-Module mit Mumbles Ausgabegerät verbunden sind, werden auch diese abgeschwächt.</translation>
    </message>
    <message>
        <source>Attenuate PulseAudio loopback modules</source>
        <translation>Lautstärke von PulseAudio Rückkopplungsgeräten herabsetzen</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist die Ausgabemethode, die für Audio verwendet wird.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate other users while talking as Priority Speaker&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other users while you talk as the &lt;i&gt;Priority Speaker&lt;/i&gt; to avoid getting disturbed. Checking this checkbox will enable this feature.</source>
        <translation>&lt;b&gt;Schwäche andere Benutzer ab, während mit dem bevorzugter Sprecher-Status gesprochen wird.&lt;/b&gt;&lt;br /&gt;Mumble unterstützt das Herabsetzen der Lautstärke anderer Benutzer, während man selbst als &lt;i&gt;bevorzugter Sprecher&lt;/i&gt; spricht, um nicht gestört zu werden. Ein hier gesetzter Haken aktiviert diese Funktion.</translation>
    </message>
    <message>
        <source>Attenuate other users while talking as Priority Speaker</source>
        <translation>Andere Benutzer leiser werden lassen während man als Bevorzugter Sprecher spricht</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Attenuation</source>
        <translation>Dämpfung</translation>
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
        <translation>Positionsabhängiges Audio funktioniert nicht mit Mono-Ausgabegeräten!</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>Audio Ausgabegerät</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Audio Ausgabegerät</translation>
    </message>
    <message>
        <source>Output delay of incoming speech</source>
        <translation>Ausgabeverzögerung der eingehenden Sprache</translation>
    </message>
    <message>
        <source>Jitter buffer time</source>
        <translation>Jitter-Pufferzeit</translation>
    </message>
    <message>
        <source>Attenuation percentage</source>
        <translation>Prozent der Abschwächung</translation>
    </message>
    <message>
        <source>During speech, the volume of other applications will be reduced by this amount</source>
        <translation>Während des Sprechens wird die Lautstärke anderer Anwendungen um diesen Betrag reduziert</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>Minimale Lautstärke</translation>
    </message>
    <message>
        <source>Minimum distance</source>
        <translation>Minimale Distanz</translation>
    </message>
    <message>
        <source>Maximum distance</source>
        <translation>Maximale Distanz</translation>
    </message>
    <message>
        <source>Loopback artificial delay</source>
        <translation>Künstliche Verzögerung des Loopbacks</translation>
    </message>
    <message>
        <source>Loopback artificial packet loss</source>
        <translation>Künstlicher Paketverlust durch Loopback</translation>
    </message>
    <message>
        <source>Loopback test mode</source>
        <translation>Loopback Testmodus</translation>
    </message>
    <message>
        <source>The loopback test can be used to test your audio configuration. While the loopback test is enabled, others will not be able to hear you.</source>
        <translation>Mit dem Loopback-Test kann die Audiokonfiguration getestet werden. Während der Loopback-Test aktiv ist, können andere Sie nicht hören.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>while someone in your channel talks</source>
        <translation>während jemand in Ihrem Kanal spricht</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Attenuate listeners by...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioOutputDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <translation>Audioausgabe</translation>
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
        <translation>Distanz, ab der die Lautstärke eines sprechenden Spielers beginnt geringer zu werden</translation>
    </message>
    <message>
        <source>Distance at which a player&apos;s audio volume has reached its minimum value</source>
        <translation>Distanz ab welcher die Lautstärke eines sprechenden Spielers ihr Minimum erreicht hat</translation>
    </message>
    <message>
        <source>The minimum volume a player&apos;s audio will fade out to with increasing distance. Set to 0% for it to fade into complete silence for a realistic maximum hearing distance.</source>
        <translation>Minimale Lautstärke für weit entfernte Spieler. Für eine realistische Erfahrung sollte dieser Wert auf 0% (weit entfernte Spieler nicht hörbar) gesetzt werden.</translation>
    </message>
    <message>
        <source>If an audio source is close enough, blooming will cause the audio to be played on all speakers more or less regardless of their position (albeit with lower volume)</source>
        <translation>Wenn eine Audioquelle nah genug ist, sorgt Blooming dafür, dass der Ton über alle Lautsprecher gespielt wird (wenn auch leiser) – weitestgehend ohne Berücksichtigung der Position der Audioquelle</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>Meter</translation>
    </message>
</context>
<context>
    <name>AudioOutputSample</name>
    <message>
        <source>Choose sound file</source>
        <translation>Sound-Datei wählen</translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation>Ungültige Sound-Datei</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation>Die Datei „%1“ kann nicht in Mumble verwendet werden. Bitte wählen Sie eine Datei mit kompatiblem Format und Kodierung.</translation>
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
        <translation>Audiostatistiken</translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation>Spitzen Mikrofonpegel</translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation>Spitzenpegel im letzten Paket</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation>Dies zeigt den Spitzenpegel im letzten Paket (20ms) an und zeigt was üblicherweise auch „Eingangspegel“ genannt wird. Bitte ignorieren Sie diesen Wert und sehen Sie sich stattdessen &lt;b&gt;Mikrofonpegel&lt;/b&gt; an, was deutlich stabiler ist und Ausreißer verwirft.</translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation>Spitzen Lautsprecherpegel</translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation>Dies zeigt den Spitzenpegel des Lautsprechers im letzten Paket (20 ms) an. Solange keine Multikanal-Sampling-Methode (wie ASIO) genutzt wird, ist dieser Wert 0. Verwenden Sie jedoch eine solche Anordnung und der Wert ist beim Abspielen von Audio in anderen Programmen trotzdem 0, so arbeitet die Einstellung nicht korrekt.</translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation>Gesäuberter Spitzenpegel</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation>Dies zeigt den Spitzenwert des letzten Frames (20 ms) nach der kompletten Verarbeitung. Idealerweise sollte dies -96 dB sein, wenn Sie nicht sprechen. In der Realität sollte ein Tonstudio -60 dB und Sie hoffentlich in etwa -20 dB sehen. Wenn Sie sprechen, sollte dieser Wert auf ungefähr -5 bis -10 dB steigen.&lt;br /&gt;Wenn Sie Echounterdrückung verwenden und der Wert auf über -15 dB steigt, sind Einstellungen oder Hardware fehlerhaft und Sie werden andere Benutzer mit Echos stören.</translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation>Signalanalyse</translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation>Wie nah der aktuelle Eingangspegel am Idealwert ist</translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation>Dieser Wert zeigt wie nah die aktuelle Eingangslautstärke am Ideal ist. Um den Mikrofonpegel anzupassen, öffnen Sie ein Programm mit welchem sie ihre Aufnahmelautstärken verändern können und schauen Sie hier auf den Wert während Sie reden.&lt;br /&gt;&lt;b&gt;Sprechen Sie so laut, als wären Sie über etwas verärgert.&lt;/b&gt;&lt;br /&gt;Passen Sie die Lautstärke an, bis der Wert nahe der 100% ist, aber nicht darüber hinaus. Sollte der Wert darüber steigen werden vermutlich Teile ihrer Sprache abgeschnitten, was die Soundqualität stark beeinträchtigt.</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Signal-Rausch-Verhältnis</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation>Signal-Rausch-Verhältnis des Mikrofons</translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation>Dies ist das Signal-Rausch-Verhältnis (SRV) des Mikrofons im letzten Paket (20 ms). Es zeigt an, um wie viel stärker die Stimme im Vergleich zum Hintergrundrauschen ist.&lt;br /&gt;Ist der Wert unter 1.0 gibt es mehr Geräusche als Stimme im Signal, weshalb die Qualität reduziert ist.&lt;br /&gt;Es gibt keine Obergrenze, aber ein Wert über 40–50 kann ohne Tonstudio nicht erwartet werden.</translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation>Sprachwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation>Sprachwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation>Dies ist die Wahrscheinlichkeit, dass das letzte Paket (20ms) Sprache und kein Umgebungsgeräusch war.&lt;br /&gt;Die Sprachaktivitätserkennung hängt von der Korrektheit dieses Wertes ab. Der Trick ist, dass die Mitte eines Satzes immer als Sprache erkannt wird; problematisch sind Pausen zwischen Wörtern und der Anfang des Satzes. Es ist schwierig ein Seufzen von einem mit „h“ beginnenden Wort zu unterscheiden.&lt;br /&gt;Ist dieser Text fett geschrieben, bedeutet dies, dass Mumble gerade überträgt (falls Sie verbunden sind).</translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation>Konfigurationsrückmeldung</translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation>Aktuelle Audio Bitrate</translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation>Bitrate des letzten Paketes</translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation>DoppelDruck Intervall</translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation>Zeit zwischen den beiden letzten Push-To-Talk-Betätigungen</translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Aktuelle Spracherkennungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Dies zeigt die aktuellen Spracherkennungseinstellungen an.&lt;/b&gt;&lt;br /&gt;Diese Einstellungen können im Einstellungsdialog oder dem Audioassistenten geändert werden.</translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation>Signal- und Rauschleistungsspektrum</translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation>Leistungsspektrum des Eingangssignals und Rauschabschätzung</translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation>Dieses Diagramm zeigt das Leistungsspektrum des Eingangssignals (rote Linie) und die aktuelle Rauschabschätzung (blau gefüllt) an.&lt;br /&gt;Alle Amplituden werden mit 30 multipliziert, um anzuzeigen, wie viel mehr Signal als Rauschen im Frequenzband vorhanden ist.&lt;br /&gt;Dies ist vermutlich nur von Interesse, wenn man die Rauschbedingungen des Mikrofons präzise einstellt. Unter guten Voraussetzungen sollte nur eine winzige blaue Stelle unten zu sehen sein. Ist mehr als die Hälfte des Graphen blau, hat man eine ungünstige Geräuschkulisse.</translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation>Echo Analyse</translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation>Gewichte des Echounterdrückers</translation>
    </message>
    <message>
        <source>This shows the weights of the echo canceller, with time increasing downwards and frequency increasing to the right.&lt;br /&gt;Ideally, this should be black, indicating no echo exists at all. More commonly, you&apos;ll have one or more horizontal stripes of bluish color representing time delayed echo. You should be able to see the weights updated in real time.&lt;br /&gt;Please note that as long as you have nothing to echo off, you won&apos;t see much useful data here. Play some music and things should stabilize. &lt;br /&gt;You can choose to view the real or imaginary parts of the frequency-domain weights, or alternately the computed modulus and phase. The most useful of these will likely be modulus, which is the amplitude of the echo, and shows you how much of the outgoing signal is being removed at that time step. The other viewing modes are mostly useful to people who want to tune the echo cancellation algorithms.&lt;br /&gt;Please note: If the entire image fluctuates massively while in modulus mode, the echo canceller fails to find any correlation whatsoever between the two input sources (speakers and microphone). Either you have a very long delay on the echo, or one of the input sources is configured wrong.</source>
        <translation>Dieses Diagramm zeigt die Gewichte des Echounterdrückers mit der Zeit nach unten und der Frequenz nach rechts wachsend.&lt;br /&gt;Idealerweise sollte das Diagramm schwarz sein, also kein Echo existieren. Normalerweise hat man einen oder mehrere horizontale Streifen von blauer Farbe, die das zeitverzögerte Echo darstellen. Sie sollten sehen können, wie die Gewichte in Echtzeit aktualisiert werden.&lt;br /&gt;Solange keine Echoquelle vorhanden ist werden Sie hier keine nützlichen Daten sehen. Spielen Sie deshalb z.&#xa0;B. Musik ab, um das Diagramm zu stabilisieren.&lt;br /&gt;Sie können zwischen Real- und Imaginäranteilen der Frequenzdomänengewichte, oder alternativ dem berechneten Modulus und der Phase auswählen. Am nützlichsten ist hierbei Modulus, dieser ist die Amplitude des Echos und zeigt an, wie viel vom ausgehenden Signal bei diesem Zeitschritt entfernt wird. Die anderen Ansichten sind nützlich für diejenigen, die den Algorithmus zur Echounterdrückung feinjustieren wollen.&lt;br /&gt;Achtung: Wenn das Gesamtbild im Modulusmodus massiv fluktuiert, kann die Echounterdrückung keine Korrelation zwischen den beiden Eingangsquellen (Lautsprecher und Mikrofon) herstellen. Entweder Sie haben eine sehr lange Verzögerung des Echos oder eine der Eingangsquellen ist falsch konfiguriert.</translation>
    </message>
    <message>
        <source>This is the audio bitrate of the last compressed frame (20 ms). The peak bitrate can be adjusted in the Settings dialog.</source>
        <translation>Dies ist die Audio-Bitrate des letzten komprimierten Frames (20 ms). Die Spitzenbitrate kann im Dialogfeld Einstellungen angepasst werden.</translation>
    </message>
</context>
<context>
    <name>AudioWizard</name>
    <message>
        <source>Audio Tuning Wizard</source>
        <translation>Audioeinstellungsassistent</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation>Willkommen zum Mumble Audioassistenten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation>Viel Spaß mit Mumble</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Geräteauswahl</translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation>Wählen Sie das Eingabe- und Ausgabegerät aus, welches Mumble verwenden soll.</translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation>Dies ist das Gerät, mit dem ihr Mikrofon verbunden ist.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation>Eingabemethode für Audio</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation>Eingabegerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wählen Sie, welche Soundkarte für Audioeingaben verwendet werden soll.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation>Unterdrücke das Echo des Headsets oder der Lautsprecher</translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation>Benutze Echounterdrückung</translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation>Dies aktiviert die Echounterdrückung für ausgehende Audiosignale, was sowohl bei Lautsprechern, als auch Headsets hilft.</translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation>Dies ist das Gerät, an welches ihre Lautsprecher oder Kopfhörer angeschlossen sind.</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Ausgabemethode für Audio</translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wählen Sie, welche Soundkarte für Audioausgaben verwendet werden soll.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation>Positionsabhängiges Audio aktivieren</translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation>Erlaubt die Positionierung der Audiosignale</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>Eingabegerät</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation>Die Option erlaubt Mumble positionsabhängiges Audio zu verwenden um Stimmen zu platzieren.</translation>
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
Um die Latenz (Übertragungsverzögerung) auf einem absoluten Minimum zu halten ist es wichtig so wenig Ton wie möglich auf der Soundkarte zwischenzuspeichern (auch „puffern“ genannt). Leider geben viele Soundkarten an, mit geringeren Puffern zu funktionieren, als Sie tatsächlich unterstützen. Daher müssen Sie selbst den optimalen Wert durch Ausprobieren finden.
&lt;/p&gt;
&lt;p&gt;
Sie sollten eine Beispielaufnahme hören. Ändern Sie den Schieberegler zum niedrigst möglichen Wert, welcher noch &lt;b&gt;keine&lt;/b&gt; Unterbrechungen oder Tonstörungen verursacht. Bitte beachten Sie, dass die lokale Wiedergabe Ihrer Aufnahmegeräte für diesen Test deaktiviert ist.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Menge an Daten die gepuffert werden sollen</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Dies setzt die Menge an Daten, welche im Ausgabepuffer vorgepuffert werden. Experimentieren Sie mit verschiedenen Werten und setzen Sie ihn auf den niedrigsten, bei dem keine Tonstörungen auftreten.</translation>
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
Öffnen Sie die Audioeinstellungen Ihres Betriebssystems und wechseln Sie zu den Aufnahmeeinstellungen. Stellen Sie sicher, dass das Mikrofon als aktives Aufnahmegerät gewählt ist und mit maximaler Lautstärke aufnimmt. Sofern es eine Option für die „Mikrofon-Boost“ gibt, stellen Sie sicher, dass diese ebenfalls gewählt ist (Diese Option finden Sie ggf. unter den erweiterten Einstellungen).
&lt;/p&gt;
&lt;p&gt;
Sprechen Sie so laut, als wären Sie wütend oder aufgeregt. Verringern Sie die Mikrofonlautstärke in Ihren Audioeinstellungen so weit, dass der Balken unten so weit oben wie möglich im blauen und grünen, aber &lt;b&gt;nicht&lt;/b&gt; im roten Bereich ist, solange Sie sprechen.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Positionsabhängiges Audio</translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation>Einstellen der Lautstärkenverminderung positionsabhängiger Audiosignale.</translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation>Benutze Kopfhörer anstatt Lautsprechern</translation>
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
Herzlichen Glückwunsch. Sie sollten Mumble nun optimal benutzen können.
&lt;/p&gt;
&lt;p&gt;
Mumble wird ständig weiterentwickelt! Das Entwicklungsteam möchte sich auf Funktionen konzentrieren, welche den meisten Benutzern von Vorteil sind, deshalb kann Mumble anonyme Statistiken über Ihre Konfiguration an die Entwickler senden. Diese Statistiken sind grundlegend für die weitere Entwicklung und stellen sicher, dass jene Funktionen die Sie verwenden nicht wegfallen.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation>Benutze Kopfhörer</translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation>Dies ignoriert die Betriebssystem Lautsprechereinstellungen und konfiguriert die Positionierung stattdessen für Kopfhörer.</translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation>Lautstärkeeinstellung</translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation>Mikrofonlautstärke (Hardware) auf optimalen Wert einstellen.</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation>Sprechen Sie jetzt so laut, als würden Sie spät nachts sprechen und niemanden stören wollen. Bewegen Sie den Schieber so, dass der Balken im Grünen ist während Sie sprechen, aber im Blauen bleibt wenn Sie nichts sagen.</translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation>Sprachaktivitätserkennung</translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation>Lassen Sie Mumble herausfinden wann Sie sprechen und wann nicht.</translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation>Dies wird Mumble helfen herauszufinden, wann Sie sprechen. Der erste Schritt ist den zu benutzenden Datenwert auszuwählen.</translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation>Rohamplitude der Eingabe</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Signal-Rausch-Verhältnis</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation>Als nächstes müssen Sie den folgenden Schieber anpassen. Die ersten paar Geräusche die Sie beim Sprechen machen sollten im grünen Bereich (definitv Sprache) landen. Während Sie sprechen sollten Sie im gelben Bereich (könnte Sprache sein) bleiben und wenn Sie nicht sprechen, sollte alles im roten Bereich (definitiv keine Sprache) bleiben.</translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation>Geräteeinstellungen</translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation>Setze Hardware Ausgabeverzögerungen auf ein Minimum.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Sende anonyme Statistiken an das Mumble Projekt</translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation>Push-To-Talk:</translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation>Qualität &amp; Hinweise</translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation>Qualitätseinstellungen und Meldungen anpassen.</translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation>Qualitätseinstellungen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation>Verwende Text-Zu-Sprache, um Meldungen vorzulesen.</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation>Text-zu-Sprache deaktivieren und Sounds verwenden.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation>Aktiviert die Abschwächung anderer Anwendungen während Sie sprechen</translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation>Schwächt Anwendungen ab während andere Benutzer sprechen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation>Sie haben bereits angepasste Qualitätseinstellungen in Mumble. Mit dieser Einstellungen behalten Sie sie.</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation>Aktiviert die Herabsetzung der Lautstärke anderer Anwendungen während andere Benutzer zu Ihnen sprechen. Das heißt sobald jemand in Mumble zu Ihnen spricht wird die Lautstärke aller anderen Programme (etwa einem Musik-/Mediaplayer) herabgesetzt, damit Sie die zu Ihnen sprechende Person besser verstehen können.</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Auf hohen Kontrast optimierte Darstellung für sehbehinderte Benutzer verwenden</translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation>Anzeigen mit hohem Kontrast verwenden</translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation>Derzeitige Text-Zu-Sprache-Einstellungen beibehalten.</translation>
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
Öffnen Sie Ihre Ton-Einstellungen (des Betriebssystems oder Ihrer Soundkarte) und wechseln Sie zu den Aufnahme-Einstellungen. Stellen Sie sicher, dass das Mikrofon als aktives Aufnahmegerät gewählt ist und mit maximaler Lautstärke aufnimmt. Sofern es eine Option für „Mikrofon-Boost“ gibt stellen Sie sicher, dass diese ebenfalls gewählt ist (Diese Option finden Sie ggf. unter den erweiterten Einstellungen).
&lt;/p&gt;
&lt;p&gt;
Sprechen Sie so laut als wären Sie wütend oder aufgeregt. Verringern Sie die Mikrofonlautstärke in Ihren Ton-Einstellungen so weit, dass der Balken unten so weit oben wie möglich im gestreiften und leeren, aber &lt;b&gt;nicht&lt;/b&gt; im karierten Bereich ist während Sie sprechen.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation>Sprechen Sie jetzt so laut, als würden Sie spät nachts sprechen und niemanden stören wollen. Bewegen Sie den Schieber so, dass der Balken im leeren Bereich ist während Sie sprechen, aber im gestreiften Bereich bleibt wenn Sie nichts sagen.</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation>Als nächstes müssen Sie den folgenden Schieber anpassen. Die ersten paar Geräusche die Sie beim Sprechen machen sollten im leeren Bereich (definitiv Sprache) landen. Während Sie sprechen sollten Sie im gestreiften Bereich (könnte Sprache sein) bleiben und wenn Sie nicht sprechen, sollte alles im karierten Bereich (definitiv keine Sprache) bleiben.</translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation>Mit dieser Einstellung verwendet Mumble eine &lt;b&gt;geringe Bandbreite&lt;/b&gt;. Dies ergibt eine hohe Latenz und geringe Qualität. Verwenden sie diese Einstellung nur wenn ihre Verbindung mit anderen Einstellungen nicht klarkommt. (16kbit/s, 60ms pro Paket)</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation>Dies ist die &lt;b&gt;empfohlene&lt;/b&gt; Standardeinstellung. Sie liefert eine gute Balance zwischen Qualität, Latenz und Bandbreitennutzung. (40 kbit/s, 20 ms pro Paket)</translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation>Diese Einstellung wird nur empfohlen wenn genügend Bandbreite vorhanden ist, z.B. in einem LAN. Sie bietet die geringste Latenz die von Mumble unterstützt wird und &lt;b&gt;hohe Qualität&lt;/b&gt;. (72kbit/s, 10ms pro Paket)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist die Eingabemethode, die für Audio verwendet werden soll.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the Output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist die Ausgabemethode, die für Audio verwendet wird.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the audio tuning wizard for Mumble. This will help you correctly set the input levels of your sound card, and also set the correct parameters for sound processing in Mumble. &lt;/p&gt;&lt;p&gt;Please be aware that as long as this wizard is active, audio will be looped locally to allow you to listen to it, and no audio will be sent to the server. &lt;/p&gt;&lt;p&gt;Note that you can cancel this wizard at any time without it having an effect on your current audio systems. The settings are only applied once this wizard has been completed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Dies ist Mumbles Assistent zum konfigurieren Ihrer Audio-Einstellungen. Er wird Ihnen helfen die korrekte Eingangslautstärke Ihrer Soundkarte und die korrekten Parameter für die Tonverarbeitung in Mumble zu wählen.&lt;/p&gt;&lt;p&gt;Bitte beachten Sie, dass, so lange dieser Assistent aktiv ist, der Ton lokal ausgegeben wird, damit Sie ihn hören können und kein Ton an den Server gesendet wird.&lt;/p&gt;&lt;p&gt;Beachten Sie außerdem,, dass Sie diesen Assistenten zu jeder Zeit schließen können, ohne Auswirkungen auf Ihre aktuellen Einstellungen zu haben. Die getätigten Änderungen werden erst mit Abschließen des Assistenten aktiv.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble supports positional audio for some games, and will position the voice of other users relative to their position in game. Depending on their position, the volume of the voice will be changed between the speakers to simulate the direction and distance the other user is at. Such positioning depends on your speaker configuration being correct in your operating system, so a test is done here. &lt;/p&gt;&lt;p&gt;The graph below shows the position of &lt;span style=&quot; color:#56b4e9;&quot;&gt;you&lt;/span&gt;, the &lt;span style=&quot; color:#d55e00;&quot;&gt;speakers&lt;/span&gt; and a &lt;span style=&quot; color:#009e73;&quot;&gt;moving sound source&lt;/span&gt; as if seen from above. You should hear the audio move between the channels. &lt;/p&gt;&lt;p&gt;You can also use your mouse to position the &lt;span style=&quot; color:#009e73;&quot;&gt;sound source&lt;/span&gt; manually.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble unterstützt bei einigen Spielen positionelles Audio und positioniert die Stimme anderer Benutzer relativ zu Ihrer Position im Spiel. Abhängig von deren Position wird die Lautstärke der Stimme zwischen den Lautsprechern geändert, um die Richtung und Entfernung des anderen Benutzers zu simulieren. Diese Positionierung hängt davon ab, dass die Lautsprecherkonfiguration in Ihrem Betriebssystem korrekt ist. Daher wird hier ein Test durchgeführt. &lt;/p&gt;&lt;p&gt;Das folgende Diagramm zeigt die Position von &lt;span style=&quot; color:#56b4e9;&quot;&gt;Sie&lt;/span&gt;, den &lt;span style=&quot; color:#d55e00;&quot;&gt;Lautsprechern&lt;/span&gt; und einer &lt;span style=&quot; color:#009e73;&quot;&gt;bewegten Tonquelle&lt;/span&gt; wie von oben gesehen. Sie sollten hören, wie sich der Ton zwischen den Kanälen bewegt. &lt;/p&gt;&lt;p&gt;Sie können die &lt;span style=&quot; color:#009e73;&quot;&gt;Tonquelle&lt;/span&gt; auch manuell mit der Maus positionieren.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Maximale Verstärkung</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>Keine Tasten zugewiesen</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>Audio Eingabegerät</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Audio Eingabegerät</translation>
    </message>
    <message>
        <source>Select audio output device</source>
        <translation>Audio Ausgabegerät auswählen</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>Audio Ausgabegerät</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Audio Ausgabegerät</translation>
    </message>
    <message>
        <source>The Mumble positional audio system enables users to link the relative position of their voice to third party applications such as games.</source>
        <translation>Das Mumble-Positionsaudiosystem ermöglicht es Benutzern die relative Position ihrer Stimme mit Drittanbieteranwendungen zu verknüpfen.</translation>
    </message>
    <message>
        <source>Output delay for incoming speech</source>
        <translation>Ausgabeverzögerung für eingehende Sprache</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Maximale Verstärkung des Eingangssignals</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Sprache wird dynamisch verstärkt um höchstens diesen Wert</translation>
    </message>
    <message>
        <source>Voice activity detection level</source>
        <translation>Erkennungsgrad der Sprachaktivität</translation>
    </message>
    <message>
        <source>This will set the range in which Mumble will consider a signal speech. Increase value to make voice activation more sensitive.</source>
        <translation>Legt den Bereich fest, in dem Mumble ein Signal als Sprache erkennt. Den Wert erhöhen um die Sprachaktivierung empfindlicher zu machen.</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Push-To-Talk</translation>
    </message>
    <message>
        <source>Use the &quot;push to talk shortcut&quot; button to assign a key</source>
        <translation>&quot;Push-To-Talk&quot;-Taste nutzen um eine Taste zuzuweisen</translation>
    </message>
    <message>
        <source>Set push to talk shortcut</source>
        <translation>&quot;Push-To-Talk&quot; Taste zuweisen</translation>
    </message>
    <message>
        <source>This will open a shortcut edit dialog</source>
        <translation>Öffnet den Dialog zum Bearbeiten der Tastenkürzel</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Grafische Anzeige der Positionsaudiosimulation</translation>
    </message>
    <message>
        <source>This visually represents the positional audio that is currently being played</source>
        <translation>Das aktuelle Positionsaudiosignal wird visuell dargestellt</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Banning user</source>
        <translation>Nutzer blockieren</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Grund eingeben</translation>
    </message>
    <message>
        <source>Ban User Certificate</source>
        <translation>Benutzerzertifikat sperren</translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation>IP blockieren</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation>Benutzer %1 blockieren</translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation>Mumble - Bannliste bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Maske</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation>Ban Liste</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation>Dies ist das Suchfeld. Benutze es um nach Bans über Benutzernamen zu suchen.</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>Wen suchen Sie?</translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation>Kein Spitzname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP Adresse</translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation>Keine IP Adresse</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>Begründung für den Ban</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Keine Begründung</translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation>Enddatum des Bans</translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation>Enddatum des Bans. Wenn Sie das selbe Datum für Start und Ende setzen, dann ist der Ban permanent gültig (läuft nicht ab).</translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation>Zertifikatsprüfsumme</translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation>Keine Zertifikatsprüfsumme</translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation>Gebannte Benutzer</translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation>Dies ist eine Liste der gebannten Benutzer.</translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation>Benutzen Sie diesen Knopf um einen neuen Bann hinzuzufügen.</translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation>Verwenden Sie diese Schaltfläche, um Banninformationen zu aktualisieren.</translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation>Benutzen Sie diesen Knopf, um den Benutzer von der Bannliste zu entfernen.</translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation>Alle Felder leeren</translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation>Dieser Knopf leert alle Felder. Benutzen Sie ihn, um einen neuen Bann hinzuzufügen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation>
            <numerusform>Bannliste - %n Bann</numerusform>
            <numerusform>Bannliste - %n Bann(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Search for banned user</source>
        <translation>Suche nach gesperrtem Benutzer</translation>
    </message>
    <message>
        <source>Username to ban</source>
        <translation>Benutzername sperren</translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation>IP-Adresse sperren</translation>
    </message>
    <message>
        <source>Ban reason</source>
        <translation>Sperrgrund</translation>
    </message>
    <message>
        <source>Ban start date/time</source>
        <translation>Sperre Startdatum/Zeit</translation>
    </message>
    <message>
        <source>Ban end date/time</source>
        <translation>Sperre Enddatum/Zeit</translation>
    </message>
    <message>
        <source>Certificate hash to ban</source>
        <translation>Zertifikatshash zur Sperre</translation>
    </message>
    <message>
        <source>List of banned users</source>
        <translation>Liste der gesperrten Benutzer</translation>
    </message>
</context>
<context>
    <name>CertView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbst signiert</translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation>E-Mail-Adresse konnte nicht validiert werden.&lt;br /&gt;Geben Sie eine korrekte (oder leere) E-Mail-Adresse an um fortzufahren.</translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation>Beim generieren Ihres Zertifikats ist ein Fehler aufgetreten.&lt;br /&gt;Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation>Ihr Zertifikat und der Schlüssel konnten nicht in das Format PKCS#12 exportiert werden. Ihr Zertifikat könnte einen Fehler enthalten.</translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation>Die Datei konnte nicht zum Schreiben geöffnet werden. Bitte verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation>Dateiberechtigungen konnten nicht gesetzt werden. Zertifikat und Schlüssel wurden nicht geschrieben. Bitte verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation>Die Datei konnte nicht beschrieben werden. Bitte verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation>Die Datei konnte nicht zum Lesen geöffnet werden. Bitte verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation>Die Datei ist leer oder konnte nicht gelesen werden. Bitte verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation>Die Datei enthielt kein gültiges Zertifikat und Schlüssel. Bitte verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation>Wählen Sie eine Datei, in welche das Zertifikat exportiert werden soll</translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation>Wählen Sie eine Datei, aus welcher ein Zertifikat importiert werden soll</translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation>Fehler beim Import. Fehlendes Passwort oder inkompatibler Dateityp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation>&lt;b&gt;Ablauf des Zertifikats:&lt;/b&gt; Ihr Zertifikat wird bald ablaufen. Sie müssen es erneuern oder Sie werden nicht mehr in der Lage sein sich auf Server zu verbinden auf denen Sie registriert sind.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation>Zertifikat-Management</translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation>Zertifikat Authentifikation</translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation>Gegenüber Servern ohne Passwort authentifizieren</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>Aktuelles Zertifikat</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation>Dies ist das Zertifikat, welches Mumble momentan verwendet.</translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation>Aktuelles Zertifikat</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Neues Zertifikat erstellen</translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation>Hiermit wird ein neues Zertifikat erstellt.</translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation>Zertifikat aus einer Datei importieren</translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation>Hiermit wird ein Zertifikat aus einer Datei importiert.</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation>Hiermit wird ein Zertifikat in eine Datei exportiert.</translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation>Aktuelles Zertifikat exportieren</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation>PKCS#12-Zertifikat Import</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation>&lt;p&gt;Mumble kann Zertifikate, welche im PKCS#12-Format gespeichert sind, importieren. Dieses Format wird beim exportieren eines Schlüssels aus Mumble verwendet, genauso wie beim exportieren von Schlüsseln aus FireFox, dem Internet Explorer, Opera usw.&lt;/p&gt;&lt;p&gt;Wenn die Datei passwortgeschützt ist benötigen Sie dieses, um das Zertifikat zu importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation>Datei aus welcher importiert werden soll</translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation>Dies ist die Datei, aus welcher Sie ein Zertifikat importieren möchten.</translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation>Wählen Sie die Datei, aus welcher importiert werden soll</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation>Passwort für PKCS#12-Datei</translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation>Dies ist das Password für die PKCS#12-Datei, welche Ihr Zertifikat enthält.</translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation>Zu importierendes Zertifikat</translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation>Dies ist das Zertifikat, welches Sie importieren.</translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation>Zertifikat ersetzen</translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation>Soll das vorhandene Zertifikat durch das Neue ersetzt werden?</translation>
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
        <translation>&lt;p&gt;Sie haben bereits ein Zertifikat in Mumble gespeichert und sind dabei dieses zu ersetzen.&lt;/p&gt;
&lt;p&gt;Wenn Sie ein vorhandenes, von einer vertrauenswürdigen Zertifizierungsstelle erzeugtes Zertifikat mit gleicher E-Mail Adresse nur aktualisieren ist dies sicher. Server werden automatisch Ihr vertrauenswürdiges Zertifikat für Ihre E-Mail Adresse erkennen.&lt;/p&gt;
&lt;p&gt;
Sollte dies nicht der Fall sein werden Sie von keinem Server mehr erkannt, bei dem Sie sich bisher authentifiziert haben. Wenn Sie sich noch nirgends registriert haben müssen Sie sich darüber keine Gedanken machen.
&lt;/p&gt;
&lt;p&gt;
Sind Sie sicher, dass Sie Ihr Zertifikat ersetzen möchten?
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be replaced.</source>
        <translation>Dies ist das aktuell von Mumble verwendete Zertifikat. Es wird ersetzt.</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation>Dies ist das neue Zertifikat, welches das Alte ersetzen wird.</translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation>Erstelle eine Sicherheitskopie des Zertifikats</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation>Datei, in welche exportiert werden soll</translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation>Dies ist die Datei, in welche das Zertifikat exportiert wird.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation>Dies ist das Zertifikat, welches Mumble derzeit verwendet. Es wird exportiert.</translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation>Generiere ein neues Zertifikat zur sicheren Authentifikation</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble wird nun ein sicheres Zertifikat zur Authentifikation gegenüber Servern generieren.&lt;/p&gt;&lt;p&gt;Wenn Sie möchten können Sie einige zusätzliche Informationen, welche im Zertifikat gespeichert werden, angeben. Diese werden beim Verbinden zum Server diesem ebenfalls übermittelt. Wenn Sie eine korrekte E-Mail-Adresse angeben können Sie zu einem, von einer Zertifizierungsstelle erzeugten, Zertifikat gelangen, welches sichere Identifikation erlaubt&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation>Ihre E-Mail-Adresse (z.B. johndoe@mumble.info)</translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation>Dies ist Ihre E-Mail-Adresse. Es wird dringend empfohlen hier eine korrekte E-Mail-Adresse anzugeben, dieses erlaubt Ihnen später ohne Probleme zu einem vertrauenswürdigen Zertifikat zu gelangen.</translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation>Ihr Name (z.B. John Doe)</translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation>Dies ist Ihr Name und wird in Ihrem Zertifikat gespeichert. Dieses Feld ist optional.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation>Die Zertifikat-basierte Authentifikation ist zur Verwendung bereit</translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation>Viel Spaß bei der Verwendung von Mumble mit sicherer Authentifikation.</translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation>Zertifikat automatisch erstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you ever lose your current certificate, which will happen if your computer suffers a hardware failure or you reinstall your machine, you will no longer be able to authenticate to any server you are registered on. It is therefore &lt;b&gt;mandatory&lt;/b&gt; that you make a backup of your certificate. We strongly recommend you store this backup on removable storage, such as a USB flash drive.&lt;/p&gt;
&lt;p&gt;Note that this file will not be encrypted, and if anyone gains access to it, they will be able to impersonate you, so take good care of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn Sie Ihr aktuelles Zertifikat verlieren, was etwa passiert wenn in ihrem Computer Hardware kaputt geht und Sie Ihr System neu installieren müssen, können Sie sich nicht mehr gegenüber Servern authentifizieren, auf welchen Sie sich registriert haben. Deshalb ist es &lt;b&gt;notwendig&lt;/b&gt;, dass Sie eine Sicherung Ihres Zertifikats erstellen. Diese Sicherung sollte auf jeden Fall auf einem externen Datenträger, z.B. einem USB Stick, gespeichert werden.&lt;/p&gt;
&lt;p&gt;Beachten Sie, dass die Datei nicht verschlüsselt wird. Jeder der Zugriff auf diese Datei hat kann ihre Identität annehmen. Stellen Sie also sicher, dass nur Sie Zugriff auf diese Datei haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displays current certificate</source>
        <translation>Aktuelles Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>Certificate file to import</source>
        <translation>Zu importierende Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Use the &quot;open&quot; button to select a file using a dialog.</source>
        <translation>Den &quot;Öffnen&quot;-Button verwenden um eine Datei im Dialogfeld auszuwählen.</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Passwort für das Zertifikat</translation>
    </message>
    <message>
        <source>Displays imported certificate</source>
        <translation>Importierte Zertifikate anzeigen</translation>
    </message>
    <message>
        <source>Displays new certificate</source>
        <translation>Neues Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>File to export certificate to</source>
        <translation>Datei, in welche das Zertifikat exportiert werden soll</translation>
    </message>
    <message>
        <source>Use the &quot;save as&quot; button to select a file using a dialog.</source>
        <translation>Schaltfläche &quot;Speichern unter&quot; verwenden, um eine Datei im Dialogfeld auszuwählen.</translation>
    </message>
    <message>
        <source>Your name. For example: John Doe</source>
        <translation>Dein Name. Zum Beispiel: Max Mustermann</translation>
    </message>
    <message>
        <source>Your email address. For example: johndoe@mumble.info</source>
        <translation>Deine E-Mail-Adresse. Zum Beispiel: maxmustermann@mumble.info</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can use certificates to authenticate with servers. Using certificates avoids passwords, meaning you don&apos;t need to disclose any password to the remote site. It also enables very easy user registration and a client side friends list independent of servers.&lt;/p&gt;&lt;p&gt;While Mumble can work without certificates, the majority of servers will expect you to have one.&lt;/p&gt;&lt;p&gt;Creating a new certificate automatically is sufficient for most use cases. But Mumble also supports certificates representing trust in the users ownership of an email address. These certificates are issued by third parties. For more information see our &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;user certificate documentation&lt;/a&gt;. &lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble kann Zertifikate verwenden, um sich bei Servern zu authentifizieren. Durch die Verwendung von Zertifikaten entfällt die Notwendigkeit von Passwörtern, was bedeutet, dass du kein Passwort an die entfernte Seite weitergeben musst. Zudem ermöglicht es eine sehr einfache Benutzerregistrierung und eine clientseitige Freundesliste, die unabhängig von den Servern ist.&lt;/p&gt;&lt;p&gt;Obwohl Mumble ohne Zertifikate funktionieren kann, erwarten die meisten Server, dass du eines besitzt.&lt;/p&gt;&lt;p&gt;Das automatische Erstellen eines neuen Zertifikats ist für die meisten Anwendungsfälle ausreichend. Mumble unterstützt jedoch auch Zertifikate, die das Vertrauen in den Besitz einer E-Mail-Adresse durch den Benutzer belegen. Diese Zertifikate werden von Dritten ausgestellt. Weitere Informationen findest du in unserer &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;Dokumentation zu Benutzerzertifikaten&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChanACL</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation>Durchqueren</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation>Stumm/Taub schalten</translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation>Kanal erstellen</translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation>Temporären Kanal erstellen</translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation>Kanal verbinden</translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation>Dies repräsentiert keine Rechte.</translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation>Dies repräsentiert vollen Zugriff auf den Kanal, einschließlich den Fähigkeiten Gruppen und Berechtigungen zu ändern. Dieses Recht impliziert alle anderen Rechte.</translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation>Dies repräsentiert das Recht den Kanal zu durchqueren. Wenn ein Benutzer dieses Privileg nicht hat, kann er nicht auf diesen Kanal oder einen der Unterkanäle zugreifen, egal welche Rechte er in den Unterkanälen hat.</translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation>Dies repräsentiert das Recht den Kanal zu betreten. Hat man eine hierarchische Kanalstruktur, sollte man jedem das Recht Durchqueren geben und dafür Betreten in der Wurzel der Hierarchie einschränken.</translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation>Dies repräsentiert das Recht in einem Kanal zu sprechen. Benutzer ohne dieses Recht werden vom Server unterdrückt (gekennzeichnet als stumm) und können in diesem Kanal erst sprechen, wenn sie von jemandem mit den entsprechenden Rechten ent-stummgestellt werden.</translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation>Dies repräsentiert das Recht von außerhalb in diesen Kanal zu flüstern. Dies funktioniert exakt wie das &lt;i&gt;Sprechen&lt;/i&gt;-Recht, gilt aber für Sprachpakete mit gedrückter Flüstern-Taste. Dies kann verwendet werden, um zu einer Hierarchie von Kanälen zu sprechen ohne diese zu verbinden.</translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation>Dies repräsentiert das Recht andere Benutzer stumm und taub zu schalten. Wenn ein Benutzer stumm geschaltet wird bleibt er dies, bis ein anderer berechtigter Benutzer die Stummschaltung deaktiviert, oder der Benutzer sich erneut mit dem Server verbindet.</translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation>Dies repräsentiert das Recht einen Benutzer in einen anderen Kanal zu verschieben oder ihn vom Server zu kicken. Um einen Benutzer auch wirklich zu verschieben muss der verschiebende Benutzer entweder Verschieben/Kick-Rechte im Zielkanal haben oder dem verschobenen Benutzer muss es erlaubt sein, den Zielkanal zu betreten. Benutzer mit diesem Recht können also (ausreichende Rechte im Zielkanal vorausgesetzt) andere Benutzer in Kanäle verschieben, die diese normalerweise nicht betreten dürfen.</translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation>Dies repräsentiert das Recht Unterkanäle zu erstellen. Der Benutzer, welcher den Unterkanal erstellt, wird automatisch zur admin-Gruppe des Kanals hinzugefügt.</translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation>Dies repräsentiert das Recht temporäre Unterkanäle zu erstellen. Der Benutzer, welcher den Unterkanal erstellt, wird automatisch zur admin-Gruppe des Unterkanals hinzugefügt. Temporäre Kanäle werden nicht gespeichert und verschwinden, sobald der letzte Benutzer den Kanal verlässt.</translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation>Dies repräsentiert das Recht Kanäle zu verbinden. Benutzer in verbundenen Kanälen können sich gegenseitig hören, so lange der sprechende Benutzer das &lt;i&gt;Sprechen&lt;/i&gt;-Recht im Kanal des Hörers hat. Man benötigt Verbindungsrechte in beiden Kanälen um eine Verbindung aufzubauen, aber nur in einem der Beiden um sie aufzuheben.</translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation>Dies repräsentiert das Recht Textnachrichten an andere Benutzer dieses Kanals zu senden.</translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation>Dies repräsentiert das Recht, andere Benutzer zwingend vom Server zu entfernen (zu “kicken”).</translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation>Dies repräsentiert das Recht Benutzer permanent vom Server zu entfernen (zu ”bannen”).</translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation>Dies repräsentiert das Recht andere Benutzer auf dem Server zu registrieren und diese auch wieder zu entfernen.</translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation>Dies repräsentiert das Recht sich selbst auf dem Server zu registrieren.</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Kicken</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannen</translation>
    </message>
    <message>
        <source>Register User</source>
        <translation>Benutzer registrieren</translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation>Selbst registrieren</translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation>Berechtigungen bearbeiten</translation>
    </message>
    <message>
        <source>This represents the permission to use the listen-feature allowing to listen to a channel without being in it.</source>
        <translation>Dies repräsentiert das Recht das Zuhören-Feature, welches es erlaubt den Gesprächen in einem Kanal zuzuhören, ohne dem Kanal beizutreten.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>This represents the permission to reset the comment or avatar of a user.</source>
        <translation>Dies repräsentiert das Recht den Kommentar oder den Avatar eines Benutzers zurück zu setzen.</translation>
    </message>
    <message>
        <source>Reset User Content</source>
        <translation>Setze Benutzer-Inhalt zurück</translation>
    </message>
</context>
<context>
    <name>ChatbarTextEdit</name>
    <message>
        <source>Paste and &amp;Send</source>
        <oldsource>Paste and send</oldsource>
        <translation>Einfügen und &amp;senden</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation>&lt;center&gt;Textnachricht hier eingeben&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Unable to send image: too large.</source>
        <translation>Bild konnte nicht gesendet werden: Maximale Größe überschritten.</translation>
    </message>
    <message>
        <source>Unable to send image %1: too large.</source>
        <translation>Bild %1 konnte nicht gesendet werden: Maximale Größe überschritten.</translation>
    </message>
    <message>
        <source>This server does not allow sending images.</source>
        <translation>Dieser Server erlaubt das Senden von Bildern nicht.</translation>
    </message>
</context>
<context>
    <name>ClientUser</name>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation>Bevorzugter Sprecher</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation>Stumm (Server)</translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation>Taub (Server)</translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation>Textnachrichten ignorieren (lokal)</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Lokal Stumm</translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation>Stumm (selbst)</translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation>Taub (selbst)</translation>
    </message>
    <message>
        <source>Local Ignore (Text-To-Speech)</source>
        <translation>Für Text-zu-Sprache ignorieren (lokal)</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Accept changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation>Dieser Knopf übernimmt die aktuellen Einstellungen und kehrt zur Anwendung zurück.&lt;br /&gt;Die Einstellungen werden beim Beenden der Anwendung gespeichert.</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation>Der Knopf verwirft alle Änderungen und kehrt zur Anwendung zurück.&lt;br /&gt;Die Einstellungen werden auf die vorherigen Werte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation>Dieser Button übernimmt alle Änderungen sofort.</translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation>Änderungen der aktuellen Seite rückgängig machen</translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation>Dieser Knopf setzt alle Änderunge auf der aktuellen Seite auf die zuletzt angewandten Einstellung zurück.</translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation>Standardeinstellungen für die aktuelle Seite wiederherstellen</translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation>Mumble-Konfiguration</translation>
    </message>
    <message>
        <source>Configuration categories</source>
        <translation>Konfigurationskategorien</translation>
    </message>
    <message>
        <source>This button will restore the defaults for the settings on the current page. Other pages will not be changed.&lt;br /&gt;To restore all settings to their defaults, you can press the &quot;Defaults (All)&quot; button.</source>
        <translation>Dieser Button wird die Standardeinstellungen für diese Seite wiederherstellen. Andere Seiten werden nicht geändert.&lt;br /&gt;Um alle Standardeinstellungen wiederherzustellen, können Sie den „Standardeinstellungen (Alle)“-Button drücken.</translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation>Alle Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>This button will restore the defaults for all settings.</source>
        <translation>Dieser Button stellt die Standardwerte für alle Einstellungen wieder her.</translation>
    </message>
    <message>
        <source>Defaults (All)</source>
        <translation>Standardeinstellungen (Alle)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde zu %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Benutzername eingeben</translation>
    </message>
    <message>
        <source>Servername</source>
        <translation>Server-Name</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation>Serverliste konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation>Mit Mumble-Server verbinden</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation>Benutzerdefinierten Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation>Kopiere Favoriten-Link in die Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation>Füge Favorit aus der Zwischenablage ein</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation>&amp;Server hinzufügen …</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>Zu &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation>&amp;Webseite öffnen</translation>
    </message>
    <message>
        <source>Server list</source>
        <translation>Serverliste</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show Populated</source>
        <translation>Server mit Benutzern anzeigen</translation>
    </message>
    <message>
        <source>Show Reachable</source>
        <translation>Nur erreichbare Server anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
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
        <translation>Ozeanien</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Südamerika</translation>
    </message>
    <message>
        <source>Consent to the transmission of private data</source>
        <translation>Einwilligungserklärung zur Übertragung privater Daten</translation>
    </message>
    <message>
        <source>&lt;p&gt;To measure the latency (ping) of public servers and determine the number of active users, your IP address must be transmitted to each public server.&lt;/p&gt;&lt;p&gt;Do you consent to the transmission of your IP address? If you answer no, the public server list will be deactivated. However, you can reactivate it at any time in the network settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um die Latenz (den Ping) und die Benutzeranzahl eines Servers zu bestimmen, muss Ihre IP-Adresse an den jeweiligen Server übermittelt werden.&lt;/p&gt;&lt;p&gt;Stimmen Sie der Übertragung ihrer IP-Adresse zu? Wenn Sie mit Nein antworten, wird die Liste öffentlicher Server deaktiviert. Es ist jedoch möglich diese jederzeit über die Netzwerk-Einstellungen wieder zu aktivieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation>Host %1 hinzufügen</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation>Bonjourname</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paketverlust</translation>
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
        <translation>Bandbreite</translation>
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
        <translation>IPv4 Adresse</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6 Adresse</translation>
    </message>
    <message>
        <source>This is the connection dialog. There are two different ways to connect to a Mumble server. If the server is listed publicly, you can use the server list to find it. If you know the server IP address, you can manually add a new permanent entry to your favorites.</source>
        <translation>Das ist der Verbindungsdialog. Es gibt zwei Möglichkeiten sich mit einem Mumble-Server zu verbinden. Wenn der Server öffentlich gelistet ist, kann er über die Serverliste gefunden werden. Wenn die IP-Adresse des Servers bekannt ist, kann manuell ein dauerhafter Eintrag zu den Favoriten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The server list contains your favorites and all publicly listed servers.</source>
        <translation>Die Server-Liste enthält alle Favoriten und öffentlich gelisteten Server.</translation>
    </message>
    <message>
        <source>With this search interface you can filter the Mumble servers displayed in the server list.</source>
        <translation>Mit dieser Suchoberfläche können die Mumble-Server in der Serverliste gefiltert werden.</translation>
    </message>
    <message>
        <source>Search for servername</source>
        <translation>Suche nach Servernamen</translation>
    </message>
    <message>
        <source>Search for location</source>
        <translation>Suche nach Standort</translation>
    </message>
    <message>
        <source>Set filter mode</source>
        <translation>Filtermodus einstellen</translation>
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
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation>Name des Servers</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation>Internet-Adresse des Servers.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation>&lt;b&gt;Adresse&lt;/b&gt;&lt;br /&gt;
Internet-Adresse des Servers. Dies kann ein normaler Hostname, eine IPv4/IPv6 Adresse oder eine Bonjour-Service-Identifikation sein. Bonjour-Service-Identifikationen müssen mit einem &apos;@&apos; beginnen um von Mumble erkannt zu werden.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation>Port, auf welchem der Server hört</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation>&lt;b&gt;Port&lt;/b&gt;&lt;br /&gt;
Port, auf welchem der Server hört. Bei Verwendung einer Bonjour-Service-Identifikation wird dieses Feld ignoriert.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation>Benutzername, welcher an den Server gesendet wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation>&lt;b&gt;Benutzername&lt;/b&gt;&lt;br /&gt;
Benutzername, welcher an den Server gesendet wird. Beachten Sie, dass jeder Serveradminstrator eigenen Einschränkungen für Benutzernamen festlegen kann. Ihr Benutzername kann außerdem bereits von einem anderen Benutzer belegt sein.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>You are currently connected to a server.
Do you want to fill the dialog with the connection data of this server?
Host: %1 Port: %2</source>
        <translation>Du bist derzeit mit einem Server verbunden. 
Möchtest du den Dialog wirklich mit diesen Werten füllen? 
Host: %1 Port %2</translation>
    </message>
    <message>
        <source>You have an URL in your clipboard.
Do you want to fill the dialog with this data?
Host: %1 Port: %2</source>
        <translation>Du hast eine URL in deiner Zwischenablage.
Möchtest du den Dialog wirklich mit diesen Daten füllen?
Host: %1 Port: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation>Das Passwort, welches an den Server gesendet wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation>&lt;b&gt;Passwort&lt;/b&gt;&lt;br /&gt;
Passwort, das an den Server gesendet wird. Dieses Passwort wird benötigt, wenn man sich als &lt;i&gt;SuperUser&lt;/i&gt; oder zu einem Server mit Passwort-Authentifizierung verbindet. Falls nicht angegeben, so wird das Passwort beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation>&lt;b&gt;Bezeichnung&lt;/b&gt;&lt;br /&gt;
Dies ist die Bezeichnung des Servers wie sie in den Favoriten erscheint und kann frei gewählt werden.</translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation>Lokale Serverbezeichnung</translation>
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
        <translation>Eigener Nutzername</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Eigenes Passwort</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Server IP-Adresse</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server Port</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Label for server</source>
        <translation>Label für Server</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Mumble Crash Report</source>
        <translation>Mumble - Absturzbericht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es tut uns sehr leid, aber es scheint so, als sei Mumble abgestürzt. Möchten Sie einen Absturz-Bericht an die Mumble-Entwickler senden?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Absturz-Bericht enthält eine Teilkopie von Mumbles Speicher zum Zeitpunkt des Absturzes und wird den Entwicklern helfen, das Problem zu beheben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation>E-Mail-Adresse (optional)</translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation>Bitte beschreiben Sie kurz, in Englischer Sprache, was Sie getan haben als Mumble abgestürzt ist</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>Bericht senden</translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation>Bericht nicht senden</translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation>Hochladen des Absturz-Berichts erfolgreich</translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation>Danke dass Sie dabei helfen, Mumble zu verbessern!</translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation>Hochladen des Berichts fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation>Absturzbericht wird hochladen</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>HTTP error %1: &quot;%2&quot;</source>
        <translation>HTTP Fehler %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Internal error encountered in CrashReporter.cpp: Received network reply does not contain an HTTP status code. Please inform a developer about error code %1</source>
        <translation>Interner Fehler in CrashReporter.cpp: Ein Netzwerkpaket wurde ohne HTTP Statuscode erhalten. Bitte informieren Sie einen Entwickler über den Fehlercode %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database &apos;%1&apos; is read-only. Mumble cannot store server settings (i.e. SSL certificates) until you fix this problem.</source>
        <oldsource>The database &apos;%1&apos; is read-only. Mumble can not store server settings (ie. SSL certificates) until you fix this problem.</oldsource>
        <translation>Auf die Datenbank &apos;%1&apos; kann nicht schreibend zugegriffen werden. Mumble kann keine Servereinstellungen (z.B. SSL-Zertifikate) speichern.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; set in the configuration file does not exist. Do you want to create a new database file at this location?</source>
        <translation>Die Datenbank-Datei &apos;%1&apos;, die in der Konfigurationsdatei eingestellt ist, existiert nicht. Soll eine neue Datenbank-Datei an dieser Stelle erstellt werden?</translation>
    </message>
    <message>
        <source>Mumble failed to initialize a database in any of the possible locations.</source>
        <translation>Mumble konnte keine Datenbank an einem der möglichen Orte initialisieren.</translation>
    </message>
    <message>
        <source>You can also choose to reset the configured path to its default value.</source>
        <translation>Du kannst den eingestellten Pfad auch auf seinen Standard wert zurücksetzen.</translation>
    </message>
    <message>
        <source>Create File</source>
        <translation>Datei erstellen</translation>
    </message>
    <message>
        <source>Reset Configured Path</source>
        <translation>Konfigurierten Pfad zurücksetzen</translation>
    </message>
    <message>
        <source>Quit Without Changes</source>
        <translation>Ohne Änderungen beenden</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Developer Console</source>
        <translation>Entwicklerkonsole</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Drag here</source>
        <translation>Hier ziehen</translation>
    </message>
</context>
<context>
    <name>FailedConnectionDialog</name>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>You connected with an invalid username, please try another one.</source>
        <translation>Sie verwenden einen ungültigen Benutzernamen. Bitte verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <source>The chosen username is already in use, please try another one.</source>
        <translation>Der gewählte Benutzername wird bereits verwendet. Bitte verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The chosen username belongs to a registered user on this server.</source>
        <translation>Der gewählte Benutzername gehört einem auf diesem Server registriertem Nutzer.</translation>
    </message>
    <message>
        <source>The provided password is not valid for this user. Please try a different one or use certificate-based authentication by not specifying a password.</source>
        <translation>Das angegebene Passwort ist für diesen Benutzer ungültig. Bitte versuchen Sie es mit einem anderen Passwort oder verwenden Sie die zertifikatsbasierte Authentifizierung, indem Sie kein Passwort angeben.</translation>
    </message>
    <message>
        <source>The used certificate is not valid for this user. Please use a different certificate or specify a password to use password-based authentication instead.</source>
        <translation>Das verwendete Zertifikat ist für diesen Benutzer nicht gültig. Bitte verwenden Sie ein anderes Zertifikat oder geben Sie ein Passwort an, um stattdessen die passwortbasierte Authentifizierung zu verwenden.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Change certificate</source>
        <translation>Zertifikat ändern</translation>
    </message>
    <message>
        <source>The provided server password is invalid. Please choose a different one.</source>
        <translation>Das angegebene Serverpasswort ist ungültig. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation>Liste der konfigurierten Tastenkürzel</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Unterdrücken</translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation>Neues Tastenkürzel hinzufügen</translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation>Dies fügt ein globales Tastenkürzel hinzu</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation>Gewähltes Tastenkürzel entfernen</translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation>Dies wird das gewählte Tastenkürzel permanent löschen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble kann zur Zeit nur Maus- und Zusatztasten (Alt, Strg, Befehlstaste usw.) für globale Tastenkürzel verwenden.&lt;/p&gt;&lt;p&gt;Für mehr Flexibilität kann &lt;span style=&quot;font-style:italic;&quot;&gt;Zugriff für Hilfsgeräte aktivieren&lt;/span&gt; in den Bedienungshilfen Einstellungen des Systems aktiviert werden. Bitte beachten Sie jedoch, dass diese Änderung unter Umständen auch bösartigen Programmen erlaubt, zu lesen, was auf Ihrer Tastatur getippt wird.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation>Aktiviere globale Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Additional Shortcut Engines&lt;/b&gt;&lt;br /&gt;This section allows you to configure the use of additional GlobalShortcut engines.</source>
        <translation>&lt;b&gt;Zusätzliche Verknüpfungen &lt;/b&gt;&lt;br /&gt;In diesem Abschnitt können Sie die Verwendung von zusätzlichen GlobalShortcut Verknüpfungen konfigurieren.</translation>
    </message>
    <message>
        <source>Additional Shortcut Engines</source>
        <translation>Zusätzliche Verknüpfungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable GKey&lt;/b&gt;.&lt;br /&gt;This setting enables support for the GKey shortcut engine, for &quot;G&quot;-keys found on Logitech keyboards.</source>
        <translation>&lt;b&gt;GKey aktivieren&lt;/b&gt;.&lt;br /&gt;Diese Einstellung ermöglicht die Unterstützung für GKey Verknüpfungen, die mit Logitech-Tastaturen bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Enable GKey</source>
        <translation>GKey aktivieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable XInput&lt;/b&gt;&lt;br /&gt;This setting enables support for the XInput shortcut engine, for Xbox compatible controllers.</source>
        <translation>&lt;b&gt;XInput aktivieren&lt;/b&gt;&lt;br /&gt;Diese Einstellung aktiviert die Unterstützung für XInput Verknüpfungen, für Xbox kompatible Controller.</translation>
    </message>
    <message>
        <source>Enable XInput</source>
        <translation>XInput aktivieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable shortcuts in privileged applications&lt;/b&gt;.&lt;br /&gt;Also known as &quot;UIAccess&quot;. This allows Mumble to receive global shortcut events from programs running at high privilege levels, such as an Admin Command Prompt or older games that run with admin privileges.
&lt;br /&gt;&lt;br /&gt;
Without this option enabled, using Mumble&apos;s global shortcuts in privileged applications will not work. This can seem inconsistent: for example, if the Push-to-Talk button is pressed in a non-privileged program, but released in a privileged application, Mumble will not observe that it has been released and you will continue to talk until you press the Push-to-Talk button again.</source>
        <translation>&lt;b&gt;Tastaturkürzel in privilegierten Anwendungen aktivieren&lt;/b&gt;,&lt;br /&gt;auch bekannt als „UIAccess“. Dies ermöglicht es Mumble, globale Tastaturkürzel von Programmen mit hohen Berechtigungsstufen zu empfangen, wie z.B. eine Admin Command Prompt oder ältere Spiele, die mit Administratorrechten ausgeführt werden.
&lt;br /&gt;&lt;br /&gt;
Ohne diese Option funktioniert die Verwendung der globalen Tastaturkürzel von Mumble in privilegierten Anwendungen nicht. Dies kann inkonsistent erscheinen: Wenn beispielsweise die Push-to-Talk Taste in einem nicht privilegierten Programm gedrückt, aber in einer privilegierten Anwendung losgelassen wird, bemerkt Mumble nicht, dass sie losgelassen wurde, und Sie werden weiter senden, bis Sie die Push-to-Talk Taste erneut drücken.</translation>
    </message>
    <message>
        <source>Enable shortcuts in privileged applications</source>
        <translation>Tastaturkürzel in privilegierten Anwendungen aktivieren</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;s Global Shortcuts system does currently not work properly in combination with the Wayland protocol. For more information, visit &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumbles System zur Erfassung globaler Tastenkürzel funktioniert zur Zeit unter Wayland nicht korrekt. Für weitere Informationen, besuchen Sie &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Configured shortcuts</source>
        <translation>Konfigurierte Tastenkürzel</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through your added shortcuts. Use left and right keys to navigate between actions and options for a single shortcut. Entries can be added and deleted with the buttons below.</source>
        <translation>Aufwärts- und Abwärts-Daten nutzen um durch die Tastenkürzel zu navigieren. Links und Rechts-Tasten nutzen um zwischen Aktionen und Optionen für ein Tastenkürzel zu navigieren. Mit den Schaltflächen unten können Einträge hinzugefügt und gelöscht werden.</translation>
    </message>
    <message>
        <source>Add unassigned shortcut</source>
        <translation>Nicht zugewiesenes Tastenkürzel hinzufügen</translation>
    </message>
    <message>
        <source>This adds a new empty entry to the &quot;Configured Shortcut&quot; tree above. The tree will be automatically focused. Assign a key or an action by selecting the entry in the tree above.</source>
        <translation>Fügt einen leeren Eintrag in die Struktur &quot;Konfigurierte Tastenkürzel&quot; ein. Der Baum wird automatisch ausgewählt. Eine Taste oder eine Aktion zuweisen, indem der Eintrag im Baum ausgewählt wird.</translation>
    </message>
    <message>
        <source>This removes the selected entry from the &quot;Configured Shortcut&quot; tree above</source>
        <translation>Entfernt den markierten Eintrag aus dem &quot;Konfigurierten Tastenkürzel&quot;-Baum oberhalb</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutButtons</name>
    <message>
        <source>Edit shortcut</source>
        <translation>Tastenkürzel ändern</translation>
    </message>
    <message>
        <source>Start capture process</source>
        <translation>Aufzeichnung beginnen</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Starts the capture process: all buttons you press will be added to the tree.&lt;/p&gt;&lt;p&gt;Once all buttons are released, the capture process stops automatically.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Startet den Aufzeichnungsprozess: Alle anschließend gedrückten Tasten werden erkannt und hinzugefügt.&lt;/p&gt;&lt;p&gt;Sobald die Tasten alle wieder losgelassen wurden, endet der Aufzeichnungsprozess.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove the currently selected items</source>
        <translation>Die aktuell gewählten Elemente löschen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>List of shortcuts</source>
        <translation>Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Toggling this button will make the application listen for a shortcut. Once the shortcut is entered, the application stops listening for a shortcut. Multiple shortcuts can be assigned to the current action. Navigate to the shortcut list above to review the shortcuts currently assigned to the current action.</source>
        <translation>Mit umschalten dieser Schaltfläche wartet die Anwendung auf ein Tastenkürzel. Sobald ein Tastenkürzel eingegeben wird, hört die Anwendung auf zu suchen. Der aktuellen Aktion können mehrere Tastenkürzel zugewiesen werden. Zur obigen Tastenkürzel-Liste navigieren um die Tastenkürzel zu prüfen, die der aktuellen Aktion zugewiesen sind.</translation>
    </message>
    <message>
        <source>This button will remove the selected shortcut for the current action. Note that you will have to select a shortcut from the list above first before this button has any effect.</source>
        <translation>Die Schaltfläche wird das Tastenkürzel für die aktuelle Aktion löschen. Beachte, dass in der obigen Liste erst ein Tastenkürzel ausgewählt sein muss, bevor die Schaltfläche eine Wirkung hat.</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutConfig</name>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation>&lt;b&gt;Dies ist die globale Tastenkombination des Tastenkürzels.&lt;/b&gt;&lt;br /&gt;Doppelklicken Sie dieses Feld und dann die gewünschte Tastenkombination um sie neu zu setzen.</translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation>Unterdrücke Tasten vor anderen Anwendungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation>&lt;b&gt;Dies unterdrückt Tastendrücke von anderen Anwendungen.&lt;/b&gt;&lt;br /&gt;Durch Aktivierung wird der Tastendruck (oder die letzte Taste einer Mehrfachtasten-Kombination) vor anderen Anwendungen versteckt. Es können aber nicht alle Tasten unterdrückt werden.</translation>
    </message>
    <message>
        <source>Shortcut action</source>
        <translation>Tastenkürzel Aktion</translation>
    </message>
    <message>
        <source>Shortcut data</source>
        <translation>Tastenkürzel Daten</translation>
    </message>
    <message>
        <source>Shortcut input combinations</source>
        <translation>Tastenkürzel Eingabekombinationen</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can add Mumble as a trusted accessibility program in the Privacy &amp; Security section of your Mac&apos;s System Settings.&lt;/p&gt;&lt;p&gt;In System Settings, open Privacy &amp; Security, then scroll to find Accessibility in the list. Finally, add Mumble to the list of trusted accessibility programs.&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutEngine</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutMac</name>
    <message>
        <source>Mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutTarget</name>
    <message>
        <source>Whisper Target</source>
        <translation>Flüster-Ziel</translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation>Zielkanal</translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation>Beschränke auf Gruppe</translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation>Wenn festgelegt empfangen nur Mitglieder dieser Gruppe das Flüstern.</translation>
    </message>
    <message>
        <source>List of users</source>
        <translation>Benutzerliste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation>Sende keine Positionsinformationen beim Flüstern.</translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation>Ignoriere positionsabhängiges Audio</translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation>An verknüpfte Kanäle rufen</translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation>An Unterkanäle rufen</translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation>Das Flüstern wird auch an verknüpfte Kanäle gesendet.</translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation>Das Flüstern wird auch an die Unterkanäle des Zielkanals gesendet.</translation>
    </message>
    <message>
        <source>Shout/Whisper to:</source>
        <translation>Rufen/Flüstern zu:</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Aktuelle Auswahl</translation>
    </message>
    <message>
        <source>When shouting to channel:</source>
        <translation>Wenn an Kanal rufen:</translation>
    </message>
    <message>
        <source>Shout to linked channels</source>
        <translation>An verknüpfte Kanäle rufen</translation>
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
        <translation>Maus</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutX</name>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Maus</translation>
    </message>
</context>
<context>
    <name>JackAudioSystem</name>
    <message>
        <source>Hardware Ports</source>
        <translation>Hardware-Ports</translation>
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
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation>Dieses Gerät aktivieren</translation>
    </message>
    <message>
        <source>LCD</source>
        <translation>LCD</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist die Liste der verfügbaren LCD-Geräte in Ihrem System.
Sie listet die Geräte alphabetisch sortiert, enthält aber auch die Größe des Displays. Mumble kann Ausgaben zeitgleich an mehrere LCD Geräte ausgeben.&lt;/p&gt;
&lt;h3&gt;Größe:&lt;/h3&gt;
&lt;p&gt;Dieses Feld beschreibt die Größe eines LCD Gerätes. Die Größe ist entweder in Pixel (für grafische LCDs) oder in Zeichen (für Zeichen-LCDs) angegeben.&lt;/p&gt;
&lt;h3&gt;Aktiviert:&lt;/h3&gt;
&lt;p&gt;Dies legt fest, ob Mumble ein bestimmtes LCD Gerät verwenden soll.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation>Minimale Spaltenbreite</translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Diese Option legt die minimale Spaltenbreite fest.&lt;/p&gt;
&lt;p&gt;Wenn zu viele Benutzer gleichzeitig reden wird die Benutzeransicht in mehrere Spalten geteilt. Sie können diese Option verwenden, um einen Kompromiss zwischen auf dem LCD angezeigten Benutzern oder der Breite der angezeigten Benutzernamen zu finden.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation>Diese Einstellung legt die Spaltebreite fest.</translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation>Splitterbreite</translation>
    </message>
    <message>
        <source>Minimum column width</source>
        <translation>Minimale Spaltenbreite</translation>
    </message>
    <message>
        <source>Splitter width</source>
        <translation>Splitterbreite</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation>Anderer stumm/taub gestellt</translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation>Benutzer Aufnahmestatus geändert</translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation>Benutzer gekickt (du oder von dir)</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>Benutzer gekickt</translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation>Selbst stumm gestellt</translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation>Benutzer stumm gestellt (du selbst)</translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation>Benutzer stumm gestellt (durch dich)</translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation>Benutzer stummgestellt (jemand anderes)</translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation>Stummstellung aufgehoben</translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation>Selbst taub gestellt</translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation>Taubstellung deaktiviert</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Benutzer umbenannt</translation>
    </message>
    <message>
        <source>User connected and entered channel</source>
        <translation>Benutzer hat sich mit dem Server verbunden und betrat den Kanal</translation>
    </message>
    <message>
        <source>User left channel and disconnected</source>
        <translation>Benutzer verließ den Kanal und hat den Server verlassen</translation>
    </message>
    <message>
        <source>Private text message</source>
        <translation>Private Textnachricht</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>den Server</translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation>[[ Ungültige Größe ]]</translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation>[[ Text zu groß um dargestellt zu werden ]]</translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation>[Datum geändert nach %1]
</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>Link zu %1</translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation>FTP Link zu %1</translation>
    </message>
    <message>
        <source>player link</source>
        <translation>Link auf Benutzer</translation>
    </message>
    <message>
        <source>channel link</source>
        <translation>Link auf Kanal</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 Link</translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation>Server verbunden</translation>
    </message>
    <message>
        <source>Server disconnected</source>
        <translation>Serververbindung abgebrochen</translation>
    </message>
    <message>
        <source>User joined server</source>
        <translation>Benutzer betrat den Server</translation>
    </message>
    <message>
        <source>User left server</source>
        <translation>Benutzer verließ den Server</translation>
    </message>
    <message>
        <source>User joined channel</source>
        <translation>Benutzer betrat Kanal</translation>
    </message>
    <message>
        <source>User left channel</source>
        <translation>Benutzer verließ den Kanal</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Erlaubnis verweigert</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>You joined channel</source>
        <translation>Kanal betreten</translation>
    </message>
    <message>
        <source>You joined channel (moved)</source>
        <translation>Kanal betreten (verschoben)</translation>
    </message>
    <message>
        <source>User started listening to channel</source>
        <translation>Benutzer hat begonnen, dem Kanal zuzuhören</translation>
    </message>
    <message>
        <source>User stopped listening to channel</source>
        <translation>Benutzer hört dem Kanal nicht mehr zu</translation>
    </message>
    <message>
        <source>Plugin message</source>
        <translation>Plugin-Nachricht</translation>
    </message>
    <message>
        <source>[embedded content]</source>
        <translation>[integrierter Inhalt]</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>Toggle console for %1 events</source>
        <translation>Wechsle Einstellung für Konsole für %1 Ereignisse</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation>De-/Aktiviere Pop-up Benachrichtigungen für %1 Ereignisse</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation>(De)Aktiviere Text-zu-Sprache für %1 Ereignisse</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation>Klicken Sie hier, um die Audio-Hinweise für %1 Ereignisse zu wechseln</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation>Fensterhervorhebung für %1-Ereignisse umschalten (falls nicht aktiv)</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation>Pfad zur Sounddatei, die für die Audio-Benachrichtigung für %1 Ereignisse verwendet wird.&lt;br /&gt;Einfacher Klick zum abspielen&lt;br /&gt;Doppelklick zum ändern</translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation>Klicken Sie hier, um die Konsolenausgabe für %1 Ereignisse zu wechseln (zu aktivieren oder zu deaktivieren).&lt;br /&gt;Wenn gewählt gibt Mumble alle %1 Ereignisse in seinem Nachrichten-Log aus.</translation>
    </message>
    <message>
        <source>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by Mumble for every %1 event.</source>
        <oldsource>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by mumble for every %1 event.</oldsource>
        <translation>Klicken Sie hier, um die Pop-up Benachrichtigungen für %1 Ereignisse zu aktivieren oder zu deaktivieren.&lt;br /&gt;Wenn gewählt, wird für jedes %1 Ereignis ein Benachrichtigungs-Pop-up erzeugt.</translation>
    </message>
    <message>
        <source>Click here to toggle window highlight for %1 events.&lt;br /&gt;If checked, Mumble&apos;s window will be highlighted for every %1 event, if not active.</source>
        <translation>Klicken Sie hier, um die Fensterhervorhebung für %1-Ereignisse umzuschalten.&lt;br /&gt;Falls angekreuzt, wird das Fenster von Mumble für jedes %1-Ereignis hervorgehoben, wenn es nicht aktiv ist.</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change&lt;br /&gt;Ensure that sound notifications for these events are enabled or this field will not have any effect.</source>
        <translation>Pfad zur Sounddatei zur Wiedergabe von Sound-Hinweisen im Falle von %1 Ereignissen.&lt;br /&gt;Einfaches Klicken zum Abspielen&lt;br /&gt;Doppelklicken zum Ändern&lt;br /&gt;Stellen Sie sicher, dass die Sound-Hinweise für diesen Ereignistyp aktiviert sind, ansonsten hat diese Einstellung keinen Effekt.</translation>
    </message>
    <message>
        <source>Click here to toggle Text-To-Speech for %1 events.&lt;br /&gt;If checked, Mumble uses Text-To-Speech to read %1 events out loud to you. Text-To-Speech is also able to read the contents of the event which is not true for sound files. Text-To-Speech and sound files cannot be used at the same time.</source>
        <oldsource>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a soundfile predefined by you to indicate %1 events. Soundfiles and Text-To-Speech cannot be used at the same time.</oldsource>
        <translation>Klicken Sie hier, um Text-zu-Sprache für %1 Ereignisse zu aktivieren oder zu deaktivieren.&lt;br /&gt;Wenn gewählt, veranlasst Mumble, dass %1 Ereignisse vorgelesen werden. Text-zu-Sprache kann auch den Inhalt von Ereignissen vorlesen, was Mitteilungstöne nicht können. Text-zu-Sprache und Mitteilungstöne können nicht gleichzeitig verwendet werden.</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation>Hier klicken, um Mitteilungstöne für %1 Ereignisse zu aktivieren oder zu deaktivieren.&lt;br /&gt;Wenn gewählt, verwendet Mumble personalisierte Mitteilungstöne für %1 Ereignisse. Mitteilungstöne und Text-zu-Sprache können nicht zeitgleich verwendet werden.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Text-To-Speech</source>
        <translation>Text-zu-Sprache</translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation>Sounddatei</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation>Text-zu-Sprache</translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation>Lautstärke der Text-zu-Sprache-Engine</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies ist die Lautstärke für die Sprachsynthese.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation>Maximale Textlänge</translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation>Maximale Textlänge für von Text-zu-Sprache vorgelesene Nachrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation>&lt;b&gt;Die maximale Textlänge wird von der Text-zu-Sprache-Engine verwendet.&lt;/b&gt;&lt;br /&gt;Nachrichten, die länger als der Grenzwert sind, werden nicht in voller Länge laut vorgelesen.</translation>
    </message>
    <message>
        <source> Characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation>Wenn diese Option gewählt ist erhalten Sie Flüsternachrichten nur von Benutzern auf Ihrer Freundesliste.</translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation>Flüstern nur von Freunden akzeptieren</translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation>Wenn aktiviert, werden auch eigene Nachrichten mittels Text-zu-Sprache vorgelesen</translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation>Eigene Textnachrichten vorlesen</translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation>Nachrichtenverlauf</translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation>Maximale Länge des Nachrichtenverlaufs</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> Lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message scope.</source>
        <translation>Wenn aktiviert, diktiert TTS den Nachrichtenumfang nicht.</translation>
    </message>
    <message>
        <source>Omit Message Scope</source>
        <translation>Nachrichtenziel weglassen</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message author.</source>
        <translation>Wenn diese Option aktiviert ist, wird TTS den Nachrichtenautor nicht vorlesen.</translation>
    </message>
    <message>
        <source>Omit Message Author</source>
        <translation>Nachrichtenautor weglassen</translation>
    </message>
    <message>
        <source>If checked the time at the beginning of a message will be displayed in the 24-hour format.

The setting only applies for new messages, the already shown ones will retain the previous time format.</source>
        <translation>Wenn diese Option aktiviert ist, wird die Zeit zu Beginn einer Nachricht im 24-Stunden-Format angezeigt.

Die Einstellung gilt nur für neue Nachrichten, die bereits angezeigten behalten das vorherige Zeitformat.</translation>
    </message>
    <message>
        <source>Use 24-hour clock</source>
        <translation>24-Stunden-Uhr verwenden</translation>
    </message>
    <message>
        <source>How far individual messages are spaced out from one another.</source>
        <translation>Wie groß der Abstand zwischen einzelnen Nachrichten ist.</translation>
    </message>
    <message>
        <source>Message margins</source>
        <translation>Extra Platz um den Rand von Nachrichten</translation>
    </message>
    <message>
        <source>Chat message margins</source>
        <translation>Extra Platz um den Rand von Textnachrichten</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Misc.</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Number of users that will trigger message limiting functionality.</source>
        <translation>Anzahl an Benutzern, welche die Benachrichtigungs-Limitierung aktiviert.</translation>
    </message>
    <message>
        <source>users on the server.</source>
        <translation>Benutzer auf dem Server sind.</translation>
    </message>
    <message>
        <source>Limit notifications when there are more than</source>
        <translation>Limitiere Benachrichtigungen wenn mehr als</translation>
    </message>
    <message>
        <source>Click here to toggle message limiting for all events - If using this option be sure to change the user limit below.</source>
        <translation>Klicken Sie hier, um die Benachrichtigungs-Limitierung für alle Ereignisse zu aktivieren. Wenn Sie diese Option verwenden, passen Sie auch die Benutzergrenze weiter unten an.</translation>
    </message>
    <message>
        <source>Toggle message limiting behavior for %1 events </source>
        <translation>Schalte Benachrichtigungs-Limitierung für %1 Events um </translation>
    </message>
    <message>
        <source>Click to enable Text-to-Speech</source>
        <translation>Hier klicken, um Text-zu-Sprache zu aktivieren</translation>
    </message>
    <message>
        <source>Enable Text-to-Speech</source>
        <translation>Text-zu-Sprache aktivieren</translation>
    </message>
    <message>
        <source>Click here to toggle limiting for %1 events.&lt;br /&gt;If checked, notifications for this event type will not be played when the user count on the server exceeds the set threshold.</source>
        <translation>Klicken Sie hier, um %1-Ereignisse zu limitieren.&lt;br /&gt;Sofern aktiviert, werden keine Benachrichtigungen für diesen Ereignistyp abgespielt, sobald die Anzahl an Benutzer auf dem Server den eingestellten Schwellenwert überschreitet.</translation>
    </message>
    <message>
        <source>Message Volume</source>
        <translation>Benachrichtigungslautstärke</translation>
    </message>
    <message>
        <source>Volume adjustment for audio cues</source>
        <translation>Lautstärkeregelung für Audiohinweise</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for audio cues.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Dies ist die Lautstärkeregelung für Audiohinweise.&lt;/b&gt;&lt;br /&gt;Ein Wert von 0 dB bedeutet keine Änderung gegenüber der Sound-Datei.</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Text-to-Speech volume</source>
        <translation>Lautstärke von Text-zu-Sprache</translation>
    </message>
    <message>
        <source>Notification volume adjustment</source>
        <translation>Lautstärkeregelung für Benachrichtigungen</translation>
    </message>
    <message>
        <source>Volume adjustment for notification sounds</source>
        <translation>Lautstärkeregelung für Benachrichtigungstöne</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for notification sounds.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Dies ist die Lautstärkeregelung für Benachrichtigungstöne.&lt;/b&gt;&lt;br /&gt;Ein Wert von 0 dB bedeutet keine Änderung gegenüber der Sound-Datei.</translation>
    </message>
    <message>
        <source>Audio cue volume adjustment</source>
        <translation>Audio-Hinweis Lautstärkeregelung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Notification sound volume adjustment</source>
        <translation>Benachrichtigungston Lautstärkeregelung</translation>
    </message>
    <message>
        <source>Log message types and actions</source>
        <translation>Protokollmeldungsarten und Aktionen</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the message types. Use left and right keys to navigate between notification possibilities for a single message type.</source>
        <translation>Aufwärts- und Abwärtstasten nutzen um durch die Nachrichtentypen zu navigieren. Linke und rechte Taste nutzen um zwischen den Benachrichtigungsmöglichkeiten für einen Nachrichtentypen zu navigieren.</translation>
    </message>
    <message>
        <source>Set length threshold</source>
        <translation>Schwellenwert für die Länge festlegen</translation>
    </message>
    <message>
        <source>Text to speech volume</source>
        <translation>Text-To-Speech Lautstärke</translation>
    </message>
    <message>
        <source>Maximum chat log length</source>
        <translation>Maximale Länge des Chatprotokolls</translation>
    </message>
    <message>
        <source>User limit for notifications</source>
        <translation>Benutzergrenze für Benachrichtigungen</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>Log message to console checkbox</source>
        <translation>Checkbox um Nachrichten auf der Konsole auszugeben</translation>
    </message>
    <message>
        <source>Display pop-up notification for message checkbox</source>
        <translation>Checkbox um Pop-Up-Benachrichtigung für Nachrichten anzuzeigen</translation>
    </message>
    <message>
        <source>Highlight window for message checkbox</source>
        <translation>Checkbox um das Fenster bei einer Nachricht hervorzuheben</translation>
    </message>
    <message>
        <source>Read message using text to speech checkbox</source>
        <translation>Checkbox um eine Nachricht mit Text-To-Speech vorzulesen</translation>
    </message>
    <message>
        <source>Limit message notification if user count is high checkbox</source>
        <translation>Checkbox um die Nachrichtenbenachrichtigungen bei hoher Benutzerzahl zu begrenzen</translation>
    </message>
    <message>
        <source>Play sound file for message checkbox</source>
        <translation>Checkbox um eine Tondatei bei einer Nachricht abzuspielen</translation>
    </message>
    <message>
        <source>Path to sound file</source>
        <translation>Pfad zur Tondatei</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>Dezibel</translation>
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
        <translation>Keine</translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation>Nur mit Benutzern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Benutzerinterface</translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation>Dies setzt welche Kanäle automatisch expandiert werden. &lt;i&gt;Keine&lt;/i&gt; und &lt;i&gt;Alle&lt;/i&gt; expandieren keine und alle Kanäle, während &lt;i&gt;Nur mit Benutzern&lt;/i&gt; Kanäle expandiert und schließt wenn Benutzer diese betreten oder verlassen.</translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation>Zeige Benutzer über den Kanälen (benötigt einen Neustart).</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation>&lt;b&gt;Wenn gesetzt, werden Benutzer über den Unterkanälen angezeigt.&lt;/b&gt;&lt;br /&gt;Ein Neustart von Mumble ist notwendig damit die Änderung wirksam wird.</translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation>Benutzer über Kanälen</translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation>Zeige die Anzahl der Benutzer in jedem Kanal</translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation>Anzahl der Benutzer im Kanal anzeigen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation>Sprachauswahl (benötigt Neustart)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation>&lt;b&gt;Dies legt die Sprache fest, die Mumble verwenden soll.&lt;/b&gt;&lt;br /&gt;Ein Neustart ist nötig um die neue Sprache zu nutzen.</translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Gestapelt</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation>Ändert das Verhalten beim Bewegen von Kanälen.</translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation>Dies verändert das Verhalten beim Verschieben von Kanälen. Es kann verwendet werden, um versehentliches Verschieben von Kanälen zu verhindern. &lt;i&gt;Verschieben&lt;/i&gt; verschiebt den Kanal ohne Nachfrage. &lt;i&gt;Nichts tun&lt;/i&gt; tut nichts und gibt eine Fehlermeldung aus. &lt;i&gt;Fragen&lt;/i&gt; fragt in einem Nachrichtenfenster ob der Kanal wirklich verschoben werden soll.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandieren</translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation>Wann sollen Kanäle automatisch erweitert werden</translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation>Kanal ziehen</translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation>Immer oben</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wenn gesetzt, wird das Mumble-Hauptfenster in den Infobereich minimiert. Anderenfalls wird es wie üblich minimiert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation>Verstecke im Tray, wenn minimiert</translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation>Verstecke das Mumble-Fenster im Tray, wenn es minimiert wird.</translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation>Diese Einstellung legt fest, wann die Anwendung immer über anderen angezeigt wird (“always on top”).</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niemals</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation>In der Minimalansicht</translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation>In der Normalansicht</translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation>Zeigt den Sprechstatus im System Tray</translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation>Zeige Sprechstatus im Tray Icon</translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation>Diese Einstellung legt fest, in welchen Situationen das Mumble-Fenster immer über den anderen bleibt. Wenn Sie &lt;i&gt;Niemals&lt;/i&gt; wählen bleibt das Fenster niemals oben auf. &lt;i&gt;Immer&lt;/i&gt; zeigt das Fenster immer über den anderen. &lt;i&gt;In der Minimalansicht&lt;/i&gt;/&lt;i&gt;In der Normalansicht&lt;/i&gt; lässt das Fenster nur im jeweiligen Anzeigemodus über den anderen stehen.</translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation>Zeige Kontextmenü in der Menüleiste</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Auf hohen Kontrast optimierte Darstellung für sehbehinderte Benutzer verwenden</translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation>Optimiere für hohen Kontrast</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation>Fügt Benutzer- und Kanalkontextmenüs zur Menüleiste hinzu</translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation>Tray Icon</translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation>Kanalbaum</translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation>Verwende ausgewähltes Objekt als Ziel der Gesprächsleiste</translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation>Filter versteckt automatisch leere Kanäle</translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation>Übertragungsmodus-Aufklappliste in der Werkzeugliste anzeigen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;Wählt den Stil aus, der auf die Benutzeroberfläche angewendet wird&lt;/b&gt;&lt;br /&gt;Mumble sammelt Stile aus bestimmten Verzeichnissen zusammen und führt diese in dieser Liste auf. Der Stil, den Sie auswählen, wird dazu verwendet das Aussehen der Benutzeroberfläche anzupassen. Dies umfasst Farben, Icons und mehr.</translation>
    </message>
    <message>
        <source>User Dragging</source>
        <translation>User ziehen</translation>
    </message>
    <message>
        <source>This changes the behavior when moving users.</source>
        <translation>Dies ändert das Verhalten beim verschieben von Benutzern.</translation>
    </message>
    <message>
        <source>This sets the behavior of user drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the user without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the user.</source>
        <translation>Diese legt das Verhalten der Benutzer beim Verschieben von Kanälen. Es kann verwendet werden, um versehentliches Verschieben von Kanälen zu verhindern. &lt;i&gt;Verschieben&lt;/i&gt; verschiebt den Kanal ohne Nachfrage. &lt;i&gt;Nichts tun&lt;/i&gt; tut nichts und gibt eine Fehlermeldung aus. &lt;i&gt;Fragen&lt;/i&gt; fragt in einem Nachrichtenfenster, ob der Kanal wirklich verschoben werden soll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable Developer menu&lt;/b&gt;&lt;br /&gt;This enables the &quot;Developer&quot;-menu in Mumble. This menu is used for developer-specific features, such as the Developer Console.</source>
        <translation>&lt;b&gt;Entwickler Modus aktivieren&lt;/b&gt;&lt;br /&gt;Dies aktiviert den „Entwickler“ Modus in Mumble. Dieser Modus wird für Entwickler-spezifische Funktionen, wie die Entwickler-Konsole, verwendet.</translation>
    </message>
    <message>
        <source>Enable Developer menu</source>
        <translation>Entwicklermenü aktivieren</translation>
    </message>
    <message>
        <source>When in custom layout mode, checking this disables rearranging.</source>
        <translation>Wenn der benutzerdefinierte Layout-Modus aktiviert ist , überprüfen Sie diese deaktivierte Neuordnung.</translation>
    </message>
    <message>
        <source>Lock layout</source>
        <translation>Layout sperren</translation>
    </message>
    <message>
        <source>Talking UI</source>
        <translation>Gesprächsansicht</translation>
    </message>
    <message>
        <source>A user that is silent for the given amount of seconds will be removed from the Talkin UI.</source>
        <translation>Ein Benutzer, der für die angegebene Zeit in Sekunden still war, wird aus der Sprecher-Liste entfernt werden.</translation>
    </message>
    <message>
        <source>Remove silent user after</source>
        <translation>Entferne stumme Benutzer nach</translation>
    </message>
    <message>
        <source>If this is checked, the local user (yourself) will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Wenn diese Option aktiviert ist, wird der lokale Benutzer (Sie selbst) jederzeit in der Gesprächsansicht sichtbar sein (unabhängig davon, ob Sie gerade sprechen).</translation>
    </message>
    <message>
        <source>Always keep local user visible</source>
        <translation>Lokalen Benutzer immer sichtbar halten</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the beginning of an abbreviated name.</source>
        <translation>Wie viele Buchstaben des ursprünglichen Namen-Anfangs für einen abgekürzten Namen verwendet werden sollen.</translation>
    </message>
    <message>
        <source>String to separate a channel name from its parent&apos;s.</source>
        <translation>Zeichen(kette), um einen Kanalnamen von dem seines übergeordneten Kanäls zu trennen.</translation>
    </message>
    <message>
        <source>Channel separator</source>
        <translation>Kanal-Trenner</translation>
    </message>
    <message>
        <source>Abbreviated prefix characters</source>
        <translation>Anfangsbuchstaben-Anzahl Abkürzungen</translation>
    </message>
    <message>
        <source>The names of how many parent channels should be included in the channel&apos;s name when displaying it in the TalkingUI?</source>
        <translation>Die Namen wie vieler übergeordneter Kanäle soll im Namen des aktuellen Kanals in der Gesprächsansicht angezeigt werden?</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the end of an abbreviated name.</source>
        <translation>Wie viele Buchstaben aus dem ursprünglichen Kanalnamenende am Ende der abgekürzten Version erhalten bleiben sollen.</translation>
    </message>
    <message>
        <source>Abbreviated postfix characters</source>
        <translation>Endbuchstaben-Anzahl Abkürzungen</translation>
    </message>
    <message>
        <source>Whether to also allow abbreviating the current channel of a user (instead of only its parent channels).</source>
        <translation>Ob auch der Name des aktuellen Kanals abgekürzt werden darf (im Gegensatz dazu dies nur für übergeordnete Kanäle zuzulassen).</translation>
    </message>
    <message>
        <source>Abbreviate current channel name</source>
        <translation>Aktuellen Kanalnamen abkürzen</translation>
    </message>
    <message>
        <source>Channel hierarchy depth</source>
        <translation>Kanalhierarchie-Tiefe</translation>
    </message>
    <message>
        <source>Abbreviation replacement</source>
        <translation>Ersetzen von Abkürzungen</translation>
    </message>
    <message>
        <source>Whether the channel (hierarchy) name should be abbreviated, if it exceeds the specified maximum length.</source>
        <translation>Ob der Kanalname (ggf. inklusive der Kanalhierarchie) abgekürzt werden soll, sobald er die maxmimal zulässige Länge überschreitet.</translation>
    </message>
    <message>
        <source>Abbreviate channel names</source>
        <translation>Kanalnamen abkürzen</translation>
    </message>
    <message>
        <source>The preferred maximum length of a channel (hierarchy) name in the Talking UI. Note that this is not a hard limit though.</source>
        <translation>Die bevorzugte maximale Länge eines Kanalnamens (ggf. inklusive der Kanalhierarchie) in der Gesprächsansicht. Beachten Sie jedoch, dass es sich hierbei nicht um ein hartes Limit handelt.</translation>
    </message>
    <message>
        <source>Max. channel name length</source>
        <translation>Max. Länge des Kanalnamens</translation>
    </message>
    <message>
        <source>Relative font size to use in the Talking UI in percent.</source>
        <translation>Relative Schriftgröße, die in der Gesprächsansicht verwendet werden soll.</translation>
    </message>
    <message>
        <source>Rel. font size (%)</source>
        <translation>Rel. Schriftgröße (%)</translation>
    </message>
    <message>
        <source>String that gets used instead of the cut-out part of an abbreviated name.</source>
        <translation>Ersatztext, der anstelle des weg gelassenen Teils eines abgekürzten Namens angezeigt wird.</translation>
    </message>
    <message>
        <source>Prefix character count</source>
        <translation>Anfangsbuchstaben-Anzahl</translation>
    </message>
    <message>
        <source>Postfix character count</source>
        <translation>Endbuchstaben-Anzahl</translation>
    </message>
    <message>
        <source>Show the local volume adjustment for each user (if any).</source>
        <translation>Zeige die lokale Lautstärkeanpassung für jeden Benutzer (falls gesetzt).</translation>
    </message>
    <message>
        <source>Show volume adjustments</source>
        <translation>Zeige Lautstärkeanpassung</translation>
    </message>
    <message>
        <source>Whether to show all of the local user&apos;s listeners (ears) in the TalkingUI (and thereby also the channels they are in). </source>
        <translation>Ob alle Hörer des lokalen Benutzers (Ohren) in der Gesprächsansicht angezeigt werden sollen (und somit auch alle Kanäle in denen sie sich befinden) </translation>
    </message>
    <message>
        <source>Show local user&apos;s listeners (ears)</source>
        <translation>Hörer des lokalen Benutzers anzeigen (Ohren)</translation>
    </message>
    <message>
        <source>Hide the username for each user if they have a nickname.</source>
        <translation>Benutzernamen für alle verstecken, die einen Spitznamen angegeben haben.</translation>
    </message>
    <message>
        <source>Show nicknames only</source>
        <translation>Zeige nur Spitznamen</translation>
    </message>
    <message>
        <source>Channel Hierarchy String</source>
        <translation>Kanalhierarchie Zeichenfolge</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchdialog</translation>
    </message>
    <message>
        <source>The action to perform when a user is activated (via double-click or enter) in the search dialog.</source>
        <translation>Die auszuführende Aktion, wenn ein Benutzer im Suchdialog aktiviert wird (via Doppelklick oder Enter).</translation>
    </message>
    <message>
        <source>Action (User):</source>
        <translation>Aktion (Benutzer):</translation>
    </message>
    <message>
        <source>The action to perform when a channel is activated (via double-click or enter) in the search dialog.</source>
        <translation>Die auszuführende Aktion, wenn ein Kanal im Suchdialog aktiviert wird (via Doppelklick oder Enter).</translation>
    </message>
    <message>
        <source>Action (Channel):</source>
        <translation>Aktion (Kanal):</translation>
    </message>
    <message>
        <source>Quit Behavior</source>
        <translation>Verhalten beim Beenden</translation>
    </message>
    <message>
        <source>This setting controls the behavior of clicking on the X in the top right corner.</source>
        <translation>Diese Einstellung steuert das Verhalten beim Klicken auf das X in der oberen rechten Ecke.</translation>
    </message>
    <message>
        <source>This setting controls the behavior when closing Mumble. You can choose between being asked for confirmation, minimize instead if closing or just closing without any additional prompt. Optionally, the first two options can only apply when you are currently connected to a server (in that case, Mumble will quit without asking, when not connected to any server).</source>
        <translation>Diese Einstellung bestimmt das Verhalten beim Schließen von Mumble. Es kann zwischen Bestätigungsabfragen, minimieren statt schließen oder regulärem schließen gewählt werden. Optional können die ersten beiden Optionen nur bei aktiver Verbindung zu einem Server Verwendung finden (in diesem Fall wird Mumble ohne Nachfragen geschlossen, falls keine Verbindung besteht).</translation>
    </message>
    <message>
        <source>Always Ask</source>
        <translation>Immer Nachfragen</translation>
    </message>
    <message>
        <source>Ask when connected</source>
        <translation>Bei aktiver Verbindung fragen</translation>
    </message>
    <message>
        <source>Always Minimize</source>
        <translation>Immer Minimieren</translation>
    </message>
    <message>
        <source>Minimize when connected</source>
        <translation>Minimiere bei aktiver Verbindung</translation>
    </message>
    <message>
        <source>Always Quit</source>
        <translation>Immer Schließen</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>If this is checked, users will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Wenn diese Option aktiviert ist, sind die Benutzer immer in der TalkingUI sichtbar (unabhängig vom Gesprächszustand).</translation>
    </message>
    <message>
        <source>Always keep users visible</source>
        <translation>Benutzer immer sichtbar halten</translation>
    </message>
    <message>
        <source>Channel expand mode</source>
        <translation>Kanal-Erweiterungsmodus</translation>
    </message>
    <message>
        <source>User dragging mode</source>
        <translation>Benutzerzugriffsmodus</translation>
    </message>
    <message>
        <source>Channel dragging mode</source>
        <translation>Modus zum Ziehen der Kanäle</translation>
    </message>
    <message>
        <source>Always on top mode</source>
        <translation>Immer-Oben-Modus</translation>
    </message>
    <message>
        <source>Quit behavior mode</source>
        <translation>Beende den Verhaltensmodus</translation>
    </message>
    <message>
        <source>Channel separator string</source>
        <translation>Kanal-Trennzeichen</translation>
    </message>
    <message>
        <source>Maximum channel name length</source>
        <translation>Maximaler Länge des Kanalnamens</translation>
    </message>
    <message>
        <source>Abbreviation replacement characters</source>
        <translation>Abkürzungsersatzzeichen</translation>
    </message>
    <message>
        <source>Relative font size (in percent)</source>
        <translation>Relative Schriftgröße (in Prozent)</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Anzeigezeit für stille Benutzer (in Sekunden)</translation>
    </message>
    <message>
        <source>Mumble theme</source>
        <translation>Mumble Thema</translation>
    </message>
    <message>
        <source>User search action mode</source>
        <translation>Aktionsmodus Benutzersuche</translation>
    </message>
    <message>
        <source>Channel search action mode</source>
        <translation>Aktionsmodus Kanalsuche</translation>
    </message>
    <message>
        <source>Clears the TalkingUI background setting.</source>
        <translation type="unfinished">Löscht die TalkingUI Hintergrundeinstellung.</translation>
    </message>
    <message>
        <source>Clear Background Color</source>
        <translation>Hintergrundfarbe löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Color that gets used for the background of the talkingUI.</source>
        <translation type="unfinished">Farbe, die für den Hintergrund der talkingUI verwendet wird.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Background color that, if set, overrides the theme background color.</source>
        <translation>Hintergrundfarbe, die, wenn sie festgelegt ist, die Hintergrundfarbe des Designs überschreibt.</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Choose a Color</source>
        <translation>Wähle eine Farbe</translation>
    </message>
    <message>
        <source>Dark theme to use to style the user interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with when it’s in the Dark theme&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme to use to style the user interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>Dunkles Thema</translation>
    </message>
    <message>
        <source>Sets the theme automatically based on the system theme.</source>
        <translation>Wählt das Thema automatisch basierend auf dem Systemthema.</translation>
    </message>
    <message>
        <source>Automatic theme based on system theme</source>
        <translation>Automatisches Thema basierend auf dem Systemthema</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Sets the theme to the configured dark theme setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Sets the theme to the configured light theme setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>Helles Thema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Open the themes directory in the systems file manager</source>
        <translation>Öffnet das Themenverzeichnis im Systemdateimanager</translation>
    </message>
    <message>
        <source>Open Themes Directory</source>
        <translation type="unfinished">Themenverzeichnis öffnen</translation>
    </message>
    <message>
        <source>This controls whether Mumble will try to restore the window geometry and state from previous sessions on startup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore window geometry on startup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Root</source>
        <translation>Hauptkanal</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Push-To-Talk</translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Drücken und halten Sie diese Taste um Sprache zu senden.</translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Dies konfiguriert die Push-To-Talk-Taste. So lange Sie diese Taste gedrückt halten, übermitteln Sie Sprache.</translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation>Audio-Prozessor zurücksetzen</translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation>Plugin trennen</translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation>Push-to-Mute</translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Kanal betreten</translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation>Overlay-Modus umschalten</translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Wechsle den Modus des in-game Overlays.</translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation>Minimalansichts-Modus umschalten</translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Lauter (+10%)</translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Leiser (-10%)</translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation>Mumble</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimieren</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Strg+M</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation>Selbst stumm stellen</translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation>Selbst stumm stellen Status.</translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation>Dies setzt oder wechselt Ihren Stumm-Status. Wenn Sie dies abschalten, deaktivieren Sie zugleich das selbst Taub schalten.</translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation>Selbst taub stellen</translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation>Setze Taub-Status.</translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation>Dies setzt oder schaltet Ihren Taub-Status um. Wenn Sie dies aktivieren, werden Sie ebenfalls Stumm geschaltet.</translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation>Flüstern/Rufen</translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation>&lt;center&gt;Nicht verbunden&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation>Öffne URL %1</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation>Einstellungen aus Datei eingelesen.</translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation>URL-Schema ist nicht &apos;mumble&apos;</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde zu %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Benutzernamen eingeben</translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation>Verbindung zu Server %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Neuverbindung.</translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation>Übertragungsmodus auf Kontinuierlich festgelegt</translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation>Sich selbst als %1 registrieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie sind dabei sich auf dem Server zu registrieren. Diese Aktion kann nicht rückgängig gemacht werden und Ihr Benutzername &apos;%1&apos; auf diesem Server kann von Ihnen selbst nicht mehr geändert werden.&lt;/p&gt;&lt;p&gt;Sind Sie sicher, dass Sie sich selbst registrieren möchten?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation>Benutzer %1 registrieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie sind dabei %1 auf dem Server zu registrieren. Diese Aktion kann nicht rückgängig gemacht werden und %1 wird sich, auch bei geändertem Server-Passwort, mit dem Server verbinden können.&lt;/p&gt;&lt;p&gt;Von diesem Punkt an wird %1 mit dem aktuell verwendeten Zertifikat authentifiziert.&lt;/p&gt;&lt;p&gt;Sind Sie sicher, dass Sie %1 registrieren möchten?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation>Benutzer %1 kicken</translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation>Zeige den Kommentar des Benutzers %1</translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation>Nachricht an den Kanal %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Erwartete Zertifikats-Fingerabdruck (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation>Der Server hat ein Zertifikat gesendet, dessen Überprüfung gescheitert ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;The specific errors with this certificate are:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Do you wish to accept this certificate anyway?&lt;br /&gt;(It will also be stored so you won&apos;t be asked this again.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Die Fehler dieses Zertifikats sind:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Wollen Sie dieses Zertifikat trotzdem akzeptieren?&lt;br /&gt;(Es wird auch abgespeichert, weshalb Sie nicht wieder gefragt werden.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server connection failed.</source>
        <translation>Serververbindung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to channel &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to channel &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;Nachricht an den Kanal &apos;%1&apos; hier eingeben&lt;/center&gt;</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;Nachricht an den Benutzer „%1“ hier eingeben&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Bilddatei wählen</translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation>Fehler beim Laden des Bildes</translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation>Konnte Datei nicht zum Lesen öffnen.</translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation>Bildformat wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation>In Verbindung mit Flüstern benutzen.</translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Dies wechselt den Modus des Ingame-Overlays.</translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Kanal verknüpfen</translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation>Durchlaufe Übertragungsmodus</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Push-To-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Übertragungsmodus auf Push-to-Talk setzen</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Continuous</source>
        <comment>Global Shortcut</comment>
        <translation>Übertragungsmodus auf Kontinuierlich setzen</translation>
    </message>
    <message>
        <source>Set Transmit Mode to VAD</source>
        <comment>Global Shortcut</comment>
        <translation>Übertragungsmodus auf VAD setzen</translation>
    </message>
    <message>
        <source>Send Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Textnachricht senden</translation>
    </message>
    <message>
        <source>Send Clipboard Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Sende Zwischenablage als Textnachricht</translation>
    </message>
    <message>
        <source>This will send your Clipboard content to the channel you are currently in.</source>
        <comment>Global Shortcut</comment>
        <translation>Dies sendet den Inhalt deiner Zwischenablage als Textnachricht an den Kanal in dem du dich gerade befindest.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Sprachaktivität</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation>Push-To-Talk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation>Bild speichern unter …</translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation>Speichere Bilddatei</translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation>Konnte Bild nicht speichern: %1</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>Eigenen Kommentar ändern</translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation>Übertragungsmodus auf Sprachaktivität festgelegt</translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation>Übertragungsmodus auf Push-to-Talk festgelegt</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Zertifikat zeigen</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Grund eingeben</translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation>Sende Nachricht an %1</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation>Wollen Sie wirklich den Kommentar des Benutzers %1 löschen?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation>Sind Sie sicher, dass Sie den Avatar des Benutzers %1 zurücksetzen möchten?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation>Sind Sie sicher, dass Sie %1 und alle Unterkanäle löschen möchten?</translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation>Sende Nachricht an den Kanal %1</translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation>Nachricht an Baum %1</translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation>An %1 (Baum): %2</translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation>Stumm und taub schalten deaktiviert.</translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation>Stummstellen deaktiviert.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Stumm.</translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation>Stumm und taub gestellt.</translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation>Taub gestellt.</translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation>Taubschaltung aufgehoben.</translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation>Mumble neu starten?</translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation>Einige Einstellungen werden erst nach dem Neustarten von Mumble wirksam. Mumble jetzt neu starten?</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation>SSL-Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Server-Zertifikats-Fingerabdruck (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation>&lt;b&gt;WARNUNG:&lt;/b&gt; Der Server hat ein Zertifikat gesendet, das sich vom für diesen Server gespeicherten Zertifikat unterscheidet.</translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation>Serververbindung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation>Verbindung zum Server unterbrochen.</translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation>Benutzername bereits in Verwendung</translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation>Falsches Zertifikat oder Passwort</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation>K&amp;onfiguration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation>Dieser Bereich zeigt die letzten Aktivitäten an. Verbindungen zum Server, Fehler und Informationsnachrichten werden hier angezeigt.&lt;br /&gt;Um genau festzulegen, welche Nachrichten hier angezeigt werden, verwenden Sie den Menüeintrag &lt;b&gt;Einstellungen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation>Mumble B&amp;eenden</translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation>Schließt das Programm</translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation>Beendet die Anwendung.</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation>Server-Verbindungsdialog öffnen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Tre&amp;nnen</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation>Verbindung zum Server trennen</translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation>Trennt Ihre Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation>Informationen zur Serververbindung anzeigen</translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation>Dies zeigt erweitertet Informationen über die Verbindung zum Server an.</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm stellen</translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation>&amp;Taub schalten</translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation>&amp;Lokal stumm stellen</translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation>Sende eine Text-Nachricht</translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation>Schickt eine Textnachricht an einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation>Neuen Kanal hinzufügen</translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation>Dies fügt dem aktuell gewählten Kanal einen Unterkanal hinzu.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation>Dies entfernt einen Kanal und all seine Unterkanäle.</translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation>Gruppen und Berechtigungen des Kanals bearbeiten</translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation>Dies öffnet den Gruppen- und Berechtigungen-Dialog des Kanals um die Berechtigungen einzustellen.</translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation>Verknüpft ihren aktuellen Kanal mit einem anderen</translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation>Dies ist die Gesprächsleiste&lt;br /&gt;Wenn Sie hier Text eingeben und Enter drücken wird der Text an den ausgewählten Benutzer oder Kanal gesendet. Sofern nichts ausgewählt ist, wird die Nachricht an den aktuellen Kanal gesendet.</translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation>Gesprächsleiste</translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation>Zeigt ein Fenster mit registrierten Servern und erlaubt ein sofortiges Verbinden.</translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation>Benutzer kicken (mit Begründung)</translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation>Den ausgewählten Benutzer vom Server kicken. Sie werden nach einer Begründung gefragt.</translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation>Benutzer stumm stellen</translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation>Benutzer auf dem Server stummstellen oder das stummstellen aufheben. Das aufheben auf einem taubgestellten Benutzer wird das taubstellen ebenfalls entfernen.</translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation>Benutzer kicken und bannen (mit Begründung)</translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation>Den gewählten Benutzer vom Server kicken und bannen. Sie werden nach einem Grund gefragt werden.</translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation>Benutzer taub stellen</translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation>Den Benutzer auf dem Server taubstellen oder das taubstellen aufheben. Beim Taubstellen eines Benutzers wird dieser automatisch auch stummgestellt.</translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation>Benutzer lokal stumm stellen</translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation>Benutzer lokal stummstellen oder lokales Stummstellen aufheben. Verwenden Sie dies auf andere Benutzer im selben Raum.</translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation>Dies verbindet den aktuellen Kanal mit dem Gewählten. Wenn Benutzer Spracherlaubnis auch im anderen Kanal haben, so können sie sich jetzt, mit jenen aus dem anderen Kanal, gegenseitig hören. Dies ist eine permanente Verbindung die so lange bestehen bleibt, bis die Verknüpfung manuell aufgehoben oder der Server neu gestartet wird.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation>Verknü&amp;pfung entfernen</translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation>Die Verknüpfung des aktuellen Kanals zu einem anderen Kanal trennen</translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation>Dies trennt die Verknüpfung des aktuellen Kanals zum Ausgewählten.</translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation>Trennt alle verbundenen Kanäle.</translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation>Dies trennt die Verbindungen des aktuellen Kanals (nicht des ausgewählten) zu allen verknüpften Kanälen.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation>Setzt den Audio-Präprozessor zurück</translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation>Setzt den Audio-Präprozessor zurück: unter anderem Geräuschunterdrückung, automatische Gain und Sprachaktivitätserkennung. Wenn etwas plötzlich die Audioumgebung verschlechtert (z.B. das Fallen lassen des Mikrofons), so kann dies verwendet werden um nicht auf das Anpassen des Präprozessor warten zu müssen.</translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation>Selbst stumm schalten</translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation>Stellen Sie sich selbst stumm oder deaktivieren es. Wenn Sie stumm geschaltet sind, werden keine Daten von Ihnen an den Server gesendet. Deaktivieren Sie das Stumm schalten während Sie Taub geschaltet sind, wird dieses auch deaktiviert.</translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation>Sich selbst taubstellen</translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation>Selbst Taub schalten an/aus. Wenn Taub geschaltet, hört man nichts. Selbst Taub schalten schaltet auch automatisch stumm.</translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation>&amp;Text-zu-Sprache</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation>Text-zu-Sprache ein-/ausschalten</translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation>Text-zu-Sprache-Engine ein- oder ausschalten. Nur Nachrichten, die in den Einstellungen aktiviert sind, werden auch tatsächlich gesprochen.</translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation>Zeigt Audiostatistiken an</translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation>Zeigt einen kleinen Dialog mit Informationen über den aktuellen Audio-Eingang.</translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation>Trennen des Plugins erzwingen</translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation>Dies zwingt das aktuelle Plugin zur Trennung, was hilfreich sein kann, wenn es völlig falsche Daten einliest.</translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation>Mumble konfigurieren</translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation>Erlaubt Ihnen die meisten Einstellungen von Mumble zu ändern.</translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation>Startet den Audiokonfigurations-Assistenten</translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation>Dies leitet Sie durch den Hardware-Konfigurationsprozess.</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation>Was ist das?-Modus betreten</translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation>Dies anklicken um den „Was ist das?“-Modus zu aktivieren. Der Cursor wird sich in ein Fragezeichen ändern. Klickt man damit auf irgendeinen Button, Menüeintrag oder ein Gebiet, wird eine kurze Beschreibung angezeigt.</translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation>Informationen über Mumble</translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation>Zeigt einen kleinen Dialog mit Informationen über Mumble und zur Lizenzierung.</translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation>Informationen über Speex</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation>Zeigt einen kleinen Dialog mit Informationen über Speex.</translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation>Informationen über Qt</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation>Zeigt einen kleinen Dialog mit Informationen über Qt.</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Auf &amp;Aktualisierungen prüfen</translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation>Prüfen, ob eine neue Version von Mumble verfügbar ist</translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation>Verbindet sich mit der Mumble-Webseite um zu überprüfen ob eine neue Version verfügbar ist. Ist eine neue Version verfügbar wird mit einer passenden Download-URL darauf hingewiesen.</translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation>Schickt eine Textnachricht an alle Benutzer im Kanal.</translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation>Konfiguriert Zertifikate für die sichere Authentifikation</translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation>Dies startet einen Assistenten zum Erstellen, Importieren und Exportieren von Zertifikaten welche zum authentifizieren gegenüber Servern verwendet werden.</translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation>Registriert den Benutzer auf dem Server</translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation>Dies registriert den Benutzer permanent auf dem Server.</translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation>&amp;Freund hinzufügen</translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation>Fügt einen Benutzer als Freund hinzu.</translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation>Dies fügt den Benutzer als Freund hinzu, so dass Sie ihn sowohl auf diesem, wie auch auf anderen Servern wieder erkennen.</translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation>Freund entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation>Entfernt einen Benutzer aus Deiner Freundesliste.</translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation>Dies entfernt einen Benutzer aus Deiner Freundesliste.</translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation>Fre&amp;und aktualisieren</translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation>Aktualisiere den Namen des Freundes.</translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation>Ihr Freund verwendet einen anderen Namen als jenen, der in Ihrer Datenbank gespeichert ist. Dies aktualisiert den Namen.</translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation>Bearbeitet die Liste der registrierten Benutzer</translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation>Dies öffnet den Editor für registrierte Benutzer, welcher es Ihnen erlaubt deren Namen zu ändern und Sie zu löschen.</translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation>Text-basierte Zugriffscodes (Passwörter) hinzufügen und entfernen</translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation>&amp;Minimalansicht</translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation>Zwischen Minimalansichts-Modi umschalten</translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation>Dies schaltet in den Minimal-Modus um, in dem das Logfenster und das Menu versteckt sind.</translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation>Sie haben %1 stumm und taub gestellt.</translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation>Sie haben Taub-/Stummstellen von %1 deaktiviert.</translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation>Sie haben die Taubstellung von %1 deaktiviert.</translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation>Sie haben die Sprachunterdrückung von %1 aktiviert.</translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation>%1 wurde stumm und taub gestellt durch %2.</translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation>Taub-/Stummstellen von %1 wurden durch %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation>Taubstellen von %1 wurde durch %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation>Sprachunterdrückung von %1 aktiviert durch %2.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 wechselte zum Kanal %2.</translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation>%1 verschoben nach %2 durch %3.</translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation>%1 hinein verschoben aus %2 durch %3.</translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation>%1 hat sich stumm und taub gestellt.</translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation>Ihre Account Informationen können im Moment nicht verifiziert werden. Bitte versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation>Willkommensnachricht: %1</translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation>Ihnen wurden die Rechte %1 in %2 verweigert.</translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation>%3 wurden die Rechte %1 in %2 verweigert.</translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation>Abgelehnt: SuperUser kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation>Abgelehnt: Text-Nachricht zu lang.</translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation>Abgelehnt: Operation in temporärem Kanal nicht erlaubt.</translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation>Sie benötigen ein Zertifikat um diese Operation auszuführen.</translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation>%1 hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation>Der Kanal ist voll.</translation>
    </message>
    <message>
        <source>Channel nesting limit reached.</source>
        <translation>Maximale Verschachtelungstiefe erreicht.</translation>
    </message>
    <message>
        <source>Channel count limit reached. Need to delete channels before creating new ones.</source>
        <translation>Kanalzahlgrenze erreicht. Sie müssen Kanäle löschen, bevor Sie neue erstellen können.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation>%1 hat sich mit dem Server verbunden und betrat den Kanal.</translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation>%1 beigetreten.</translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation>%1 hat sich stumm gestellt.</translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation>%1 ist jetzt nicht mehr stumm gestellt.</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Aufnahme gestartet</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Aufnahme beendet</translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation>%1 nimmt jetzt auf.</translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation>%1 nimmt nicht mehr auf.</translation>
    </message>
    <message>
        <source>You revoked your priority speaker status.</source>
        <translation>Bevorzugter-Sprecher-Status aufgegeben.</translation>
    </message>
    <message>
        <source>You assumed priority speaker status.</source>
        <translation>Bevorzugter-Sprecher-Status angenommen.</translation>
    </message>
    <message>
        <source>%1 revoked your priority speaker status.</source>
        <translation>%1 hat Ihren Bevorzugter-Sprecher-Status widerrufen.</translation>
    </message>
    <message>
        <source>%1 gave you priority speaker status.</source>
        <translation>%1 hat Sie zum bevorzugten Sprecher gemacht.</translation>
    </message>
    <message>
        <source>You revoked priority speaker status for %1.</source>
        <translation>Sie haben den Bevorzugter-Sprecher-Status von %1 widerrufen.</translation>
    </message>
    <message>
        <source>You gave priority speaker status to %1.</source>
        <translation>Sie haben %1 zum bevorzugten Sprecher gemacht.</translation>
    </message>
    <message>
        <source>%1 revoked own priority speaker status.</source>
        <translation>%1 hat seinen Bevorzugter-Sprecher-Status aufgegeben.</translation>
    </message>
    <message>
        <source>%1 assumed priority speaker status.</source>
        <translation>%1 ist nun bevorzugter Sprecher.</translation>
    </message>
    <message>
        <source>%1 revoked priority speaker status for %2.</source>
        <translation>%1 hat den Bevorzugter-Sprecher-Status von %2 widerrufen.</translation>
    </message>
    <message>
        <source>%1 gave priority speaker status to %2.</source>
        <translation>%1 hat %2 zum bevorzugten Sprecher gemacht.</translation>
    </message>
    <message>
        <source>You were unmuted and undeafened by %1.</source>
        <translation>Stumm-/Taubstellen wurde deaktiviert durch %1.</translation>
    </message>
    <message>
        <source>You were muted by %1.</source>
        <translation>Stummstellung wurde aktiviert durch %1.</translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation>Taubstellen wurde deaktiviert durch %1.</translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation>Sprachunterdrückung wurde aktiviert.</translation>
    </message>
    <message>
        <source>You were unsuppressed.</source>
        <translation>Ihre Sprachunterdrückung wurde deaktiviert.</translation>
    </message>
    <message>
        <source>You were unsuppressed by %1.</source>
        <translation>Ihre Sprachunterdrückung wurde deaktiviert durch %1.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Beigetreten in %1.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, your username is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: According to the server&apos;s configuration, the channel name is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username %1 is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You moved %1 to %2.</source>
        <translation>Sie haben %1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation>%1 nimmt auf</translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation>%1 umbenannt zu %2 durch %3.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 hat den Server verlassen.</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation>Der Server empfiehlt mindestens die Client-Version %1</translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation>Der Server empfiehlt das Aktivieren des Positionsabhängigen Audios.</translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation>Der Server empfiehlt das Deaktivieren des Positionsabhängigen Audios.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation>Der Server empfiehlt das Aktivieren von Push-To-Talk.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation>Der Server empfiehlt das Deaktivieren von Push-To-Talk.</translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation>Stummstellung wurde aufgehoben durch %1.</translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation>Sie haben %1 stumm gestellt.</translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation>Sprachunterdrückung von %1 deaktiviert.</translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation>Stummstellung von %1 aufgehoben.</translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation>%1 durch %2 stumm gestellt.</translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation>Die Sprachunterdrückung von %1 wurde durch %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation>Stummstellen von %1 wurde durch %2 deaktiviert.</translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation>Sie wurden taub gestellt durch %1.</translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation>Sie wurden vom Server gekickt durch %1: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation>%3 wurde vom Server gekickt durch %1: %2.</translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation>Sie wurden vom Server gekickt und gebannt durch %1: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation>%3 wurde vom Server gekickt und gebannt durch %1: %2.</translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation>Sie wurden nach %1 verschoben durch %2.</translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation>%1 betrat den Kanal.</translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation>Serververbindung abgelehnt : %1.</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation>%1 umbenannt zu %2.</translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation>%1 verließ den Kanal und hat den Server verlassen.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation>Du hast den Benutzer Verschiebemodus auf „Nichts Tun“ konfiguriert, daher wurde der Benutzer nicht verschoben.</translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation>Die Kanal-Ziehen-Aktion wurde auf „Nichts tun“ gesetzt. Der Kanal wird also nicht bewegt.</translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation>Unbekannter Kanal-Verschiebe-Modus in UserModel::dropMimeData.</translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation>Willkommen in Mumble.</translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation>Überspringe Versionsüberprüfung im Debug-Modus.</translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation>Fenster verstecken</translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation>Anzeige des Rahmens im Minimal-Modus wechseln</translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation>Dies wechselt ob das Minimal-Fenster einen Rahmen zum verschieben und vergrößern hat oder nicht.</translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation>Setzt den Kommentar des ausgewählten Benutzers zurück.</translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation>Zeige Kommentar im Editor</translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation>Zeige Informationen über den Benutzer an</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;erver</translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation>&amp;Selbst</translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation>Pl&amp;ugins trennen</translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation>Sich selbst auf dem Server registrieren</translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation>Avatarbild auf diesem Server ändern</translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation>Aktuell verwendetes Avatarbild entfernen.</translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation>Symbol-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation>Eigenen Kommentar ändern</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation>Kopiert einen Link zu diesem Kanal in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation>Textnachrichten des Benutzers werden lokal nicht angezeigt.</translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation>Verwirft alle Textnachrichten von diesem Benutzer.</translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation>Bearbeite Bannliste des Servers</translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation>Dies lässt Sie die Server-seitige IP-Bannliste bearbeiten.</translation>
    </message>
    <message>
        <source>Enable or disable the filtering of select channels.
By default all empty channels will be filtered.
You can mark additional channels for filtering from
the channel&apos;s context menu.</source>
        <translation>Aktiviere oder deaktiviere die Filterung von ausgewählten Kanälen.
Per Voreinstellung werden alle leeren Kanäle herausgefiltert.
Sie können zusätzliche Kanäle zum Filtern über das Kontextmenü
des Kanals auswählen.</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>&amp;Entwickler</translation>
    </message>
    <message>
        <source>Show the Developer Console</source>
        <translation>Entwicklerkonsole anzeigen</translation>
    </message>
    <message>
        <source>Shows the Mumble Developer Console, where Mumble&apos;s log output can be inspected.</source>
        <translation>Zeigt die Mumble Entwicklerkonsole an, in welcher Mumble&apos;s Log Ausgaben angezeigt werden.</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>&amp;Kick...</source>
        <translation>&amp;Kicken …</translation>
    </message>
    <message>
        <source>&amp;Ban...</source>
        <translation>&amp;Bannen …</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>Entfe&amp;rnen …</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>B&amp;earbeiten …</translation>
    </message>
    <message>
        <source>&amp;Audio Wizard...</source>
        <translation>&amp;Audioassistent …</translation>
    </message>
    <message>
        <source>About &amp;Speex...</source>
        <translation>Über &amp;Speex …</translation>
    </message>
    <message>
        <source>&amp;Certificate Wizard...</source>
        <translation>&amp;Zertifikatsassistent …</translation>
    </message>
    <message>
        <source>Change &amp;Avatar...</source>
        <translation>&amp;Avatar ändern …</translation>
    </message>
    <message>
        <source>&amp;Change Comment...</source>
        <translation>K&amp;ommentar ändern …</translation>
    </message>
    <message>
        <source>Server sync protocol violation. No user profile received.</source>
        <translation>Verletzung des Server-Synchronisationsprotokolls. Kein Benutzerprofil erhalten.</translation>
    </message>
    <message>
        <source>Protocol violation. Server sent remove for occupied channel.</source>
        <translation>Protokollverletzung. Server fordert Entfernung von belegtem Kanal.</translation>
    </message>
    <message>
        <source>Listen to this channel without joining it</source>
        <translation>Diesem Kanal zuhören, ohne ihm beizutreten</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>&amp;Zuhörer</translation>
    </message>
    <message>
        <source>No action available...</source>
        <translation>Keine Aktion verfügbar …</translation>
    </message>
    <message>
        <source>Unable to %1 into %2 - Adding the respective access (password) token might grant you access.</source>
        <translation>%1 nach %2 konnte nicht ausgeführt werden - Das Hinzufügen von Zugriffscodes (Passwörter) könnte Ihnen Zugang verschaffen.</translation>
    </message>
    <message>
        <source>No more listeners allowed in this channel.</source>
        <translation>In diesem Kanal sind keine weiteren Zuhörer erlaubt.</translation>
    </message>
    <message>
        <source>You are not allowed to listen to more channels than you currently are.</source>
        <translation>Mehr Kanälen als derzeit dürfen Sie nicht zuhören.</translation>
    </message>
    <message>
        <source>You started listening to %1</source>
        <translation>Sie haben begonnen %1 zuzuhören</translation>
    </message>
    <message>
        <source>%1 started listening to your channel</source>
        <translation>%1 hat begonnen, Ihrem Kanal zuzuhören</translation>
    </message>
    <message>
        <source>You stopped listening to %1</source>
        <translation>Sie hören %1 nicht mehr zu</translation>
    </message>
    <message>
        <source>%1 stopped listening to your channel</source>
        <translation>%1 hört Ihrem Kanal nicht mehr zu</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <translation>Schaltet die Sichtbarkeit der Gesprächsansicht um.</translation>
    </message>
    <message>
        <source>Joins the channel of this user.</source>
        <translation>Trete dem Kanal des Benutzers bei.</translation>
    </message>
    <message>
        <source>Channels and users</source>
        <translation>Kanäle und Benutzer</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Locally disable Text-To-Speech for this user&apos;s text chat messages.</source>
        <translation>Textnachrichten des Benutzers werden nicht über Text-zu-Sprache ausgegeben.</translation>
    </message>
    <message>
        <source>Silently disables Text-To-Speech for all text messages from the user.</source>
        <translation>Deaktiviert die Verwendung von Text-zu-Sprache für alle Textnachrichten dieses Benutzers.</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
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
        <translation>Konfigurationsdatei %1 existiert nicht oder ist nicht beschreibbar.
</translation>
    </message>
    <message>
        <source>Hide/show main window</source>
        <comment>Global Shortcut</comment>
        <translation>Hauptfenster anzeigen/verstecken</translation>
    </message>
    <message>
        <source>Set a local nickname</source>
        <translation>Lokalen Spitznamen einstellen</translation>
    </message>
    <message>
        <source>Sets a local nickname for another user.</source>
        <translation>Lokalen Spitznamen für einen anderen User festlegen.</translation>
    </message>
    <message>
        <source>Directory %1 does not exist.
</source>
        <translation>Das Verzeichnis %1 existiert nicht.
</translation>
    </message>
    <message>
        <source>Toggle TalkingUI</source>
        <comment>Global shortcut</comment>
        <translation>Schalte Gesprächsansicht um</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <comment>Global Shortcut</comment>
        <translation>Schaltet die Sichtbarkeit der Gesprächsansicht um.</translation>
    </message>
    <message>
        <source>Toggle the channel filter (Alt+F)</source>
        <translation>Schaltet den Kanalfilter um (Alt+F)</translation>
    </message>
    <message>
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <source>Search for a user or channel (Ctrl+F)</source>
        <translation>Suche nach einem Benutzer oder Kanal (Strg+F)</translation>
    </message>
    <message>
        <source>Toggle search dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Schalte die Sichtbarkeit des Suchdialogs um</translation>
    </message>
    <message>
        <source>This will open or close the search dialog depending on whether it is currently opened already</source>
        <translation>Dies wird den Suchdialog öffnen oder schließen, je nachdem ob er bereits geöffnet ist</translation>
    </message>
    <message>
        <source>Unmute yourself</source>
        <translation>Eigene Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Undeafen yourself</source>
        <translation>Eigene Taubstellung aufheben</translation>
    </message>
    <message>
        <source>Show the Positional Audio Viewer</source>
        <translation>Öffne Details bezüglich positionsabhängigem Audio</translation>
    </message>
    <message>
        <source>Shows the Positional Audio Viewer. In it the current information used for positional audio can be inspected. Context and identity are also shown.</source>
        <translation>Öffnet ein Fenster mit Details über positionsabhängiges Audio. Darin werden die aktuellen Positionsdaten, sowie der aktuelle Kontext und die Identität angezeigt.</translation>
    </message>
    <message>
        <source>Mumble - Minimal View</source>
        <translation>Mumble - Minimalansicht</translation>
    </message>
    <message>
        <source>Invalid settings file encountered.</source>
        <translation>Ungültige Konfigurationsdatei erkannt.</translation>
    </message>
    <message>
        <source>You are currently in minimal view but not connected to a server. Use the context menu to connect to a server or disable minimal view.</source>
        <translation>Sie befinden sich momentan in der Minimalansicht, sind aber zu keinem Server verbunden. Nutzen Sie das Kontext-Menü, um eine Verbindung zu einem Server aufzubauen oder die Minimalansicht zu beenden.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment:</source>
        <translation>Lokale Lautstärkeanpassung:</translation>
    </message>
    <message>
        <source>This version of Mumble can&apos;t handle URLs for Mumble version %1</source>
        <translation>Diese Version von Mumble kann keine URLs von Mumble Version %1 verarbeiten</translation>
    </message>
    <message>
        <source>Listen to Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Höre Kanal zu</translation>
    </message>
    <message>
        <source>Toggles listening to the given channel.</source>
        <comment>Global Shortcut</comment>
        <translation>Schaltet das Zuhören für den jeweiligen Kanal um.</translation>
    </message>
    <message>
        <source>Server instructed us to use an audio codec different from Opus, which is no longer supported. Disconnecting...</source>
        <translation>Der Server hat uns aufgefordert einen Audio Codec zu verwenden, der nicht Opus ist. Dies ist nicht mehr unterstützt. Verbindung wird getrennt...</translation>
    </message>
    <message>
        <source>Are you sure you want to close Mumble? Perhaps you prefer to minimize it instead?</source>
        <translation>Sind Sie sicher, dass Sie Mumble schließen wollen? Möglicherweise bevorzugen Sie, Mumble stattdessen zu Minimieren?</translation>
    </message>
    <message>
        <source>Remember this setting</source>
        <translation>Diese Einstellung merken</translation>
    </message>
    <message>
        <source>Channel &amp;Filter</source>
        <translation>Kanal&amp;filter</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <comment>Global Shortcut</comment>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>This will open the server connection dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Dies wird das Server-Verbindungsfenster öffnen</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <comment>Global Shortcut</comment>
        <translation>Verbindung zum Server trennen</translation>
    </message>
    <message>
        <source>This will disconnect you from the server</source>
        <comment>Global Shortcut</comment>
        <translation>Dies wird Ihre Verbindung zum Server trennen</translation>
    </message>
    <message>
        <source>Open server information</source>
        <comment>Global Shortcut</comment>
        <translation>Öffne Serverinformation</translation>
    </message>
    <message>
        <source>This will show information about the server connection</source>
        <comment>Global Shortcut</comment>
        <translation>Dies wird Informationen über die Serververbindung anzeigen</translation>
    </message>
    <message>
        <source>Open server tokens</source>
        <comment>Global Shortcut</comment>
        <translation>Server-Tokens öffnen</translation>
    </message>
    <message>
        <source>This will open the server tokens dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Dies öffnet den Server-Token Dialog</translation>
    </message>
    <message>
        <source>Open server user list</source>
        <comment>Global Shortcut</comment>
        <translation>Server-Benutzerliste öffnen</translation>
    </message>
    <message>
        <source>This will open the server user list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Dies öffnet den Server-Benutzerlisten-Dialog</translation>
    </message>
    <message>
        <source>Open server ban list</source>
        <comment>Global Shortcut</comment>
        <translation>Server-Sperrliste öffnen</translation>
    </message>
    <message>
        <source>This will open the server ban list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Dies öffnet den Dialog für die Sperrliste des Servers</translation>
    </message>
    <message>
        <source>Toggle priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Prioritätslautsprecher umschalten</translation>
    </message>
    <message>
        <source>This will enable/disable the priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Damit wird der Prioritätslautsprecher aktiviert/deaktiviert</translation>
    </message>
    <message>
        <source>Open recording dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Aufnahmedialog öffnen</translation>
    </message>
    <message>
        <source>This will open the recording dialog</source>
        <translation>Dies öffnet den Aufnahmedialog</translation>
    </message>
    <message>
        <source>Change comment</source>
        <comment>Global Shortcut</comment>
        <translation>Kommentar ändern</translation>
    </message>
    <message>
        <source>This will open the change comment dialog</source>
        <translation>Dies öffnet den Dialog zum Ändern von Kommentaren</translation>
    </message>
    <message>
        <source>Change avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Avatar ändern</translation>
    </message>
    <message>
        <source>This will open your file explorer to change your avatar image on this server</source>
        <translation>Dies öffnet Ihren Datei-Explorer, um Ihr Avatar-Bild auf diesem Server zu ändern</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Avatar entfernen</translation>
    </message>
    <message>
        <source>This will reset your avatar on the server</source>
        <translation>Dadurch wird Ihr Avatar auf dem Server zurückgesetzt</translation>
    </message>
    <message>
        <source>Register on the server</source>
        <comment>Global Shortcut</comment>
        <translation>Auf dem Server registrieren</translation>
    </message>
    <message>
        <source>This will register you on the server</source>
        <translation>Dadurch werden Sie auf dem Server registriert</translation>
    </message>
    <message>
        <source>Audio statistics</source>
        <comment>Global Shortcut</comment>
        <translation>Audio-Statistiken</translation>
    </message>
    <message>
        <source>This will open the audio statistics dialog</source>
        <translation>Dies öffnet den Audiostatistik-Dialog</translation>
    </message>
    <message>
        <source>Open settings</source>
        <comment>Global Shortcut</comment>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>This will open the settings dialog</source>
        <translation>Dies öffnet den Einstellungsdialog</translation>
    </message>
    <message>
        <source>Start audio wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Audio-Assistent starten</translation>
    </message>
    <message>
        <source>This will open the audio wizard dialog</source>
        <translation>Dies öffnet den Audio-Assistenten-Dialog</translation>
    </message>
    <message>
        <source>Start certificate wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Zertifikatsassistent starten</translation>
    </message>
    <message>
        <source>This will open the certificate wizard dialog</source>
        <translation>Dies öffnet den Zertifikatsassistenten-Dialog</translation>
    </message>
    <message>
        <source>Toggle text to speech</source>
        <comment>Global Shortcut</comment>
        <translation>Text-in-Sprache umschalten</translation>
    </message>
    <message>
        <source>This will enable/disable the text to speech</source>
        <translation>Damit wird Text-in-Sprache aktiviert/deaktiviert</translation>
    </message>
    <message>
        <source>Open about dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Über-Dialog öffnen</translation>
    </message>
    <message>
        <source>This will open the about dialog</source>
        <translation>Dies öffnet den Über-Dialog</translation>
    </message>
    <message>
        <source>Open about Qt dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Über Qt-Dialog öffnen</translation>
    </message>
    <message>
        <source>This will open the about Qt dialog</source>
        <translation>Dies öffnet den über Qt Dialog</translation>
    </message>
    <message>
        <source>Check for update</source>
        <comment>Global Shortcut</comment>
        <translation>Auf Aktualisierung prüfen</translation>
    </message>
    <message>
        <source>This will check if mumble is up to date</source>
        <translation>Dies prüft, ob mumble auf dem neuesten Stand ist</translation>
    </message>
    <message>
        <source>That sound was the mute cue. It activates when you speak while muted. Would you like to keep it enabled?</source>
        <translation>Dieser Sound war der Stumm-Hinweis. Er wird aktiviert, wenn gesprochen wird, obwohl eine Stummschaltung besteht. Aktiviert lassen?</translation>
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
        <source>Enter chat message</source>
        <translation>Chat-Nachricht eingeben</translation>
    </message>
    <message>
        <source>&amp;Ban List</source>
        <translation>&amp;Sperrliste</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>Ig&amp;nore Messages</source>
        <translation>Nachrichten ig&amp;norieren</translation>
    </message>
    <message>
        <source>&amp;Send Message...</source>
        <translation>&amp;Nachricht schicken...</translation>
    </message>
    <message>
        <source>Set Ni&amp;ckname...</source>
        <translation>&amp;Benutzername setzen...</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>L&amp;ink</translation>
    </message>
    <message>
        <source>U&amp;nlink All</source>
        <translation>Alles e&amp;ntlinken</translation>
    </message>
    <message>
        <source>M&amp;ute Self</source>
        <translation>Selbst &amp;Stummschalten</translation>
    </message>
    <message>
        <source>D&amp;eafen Self</source>
        <translation>Selbst &amp;taub machen</translation>
    </message>
    <message>
        <source>Audio &amp;Statistics</source>
        <translation>Audio &amp;Statistiken</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Developer &amp;Console</source>
        <translation>Entwickler&amp;konsole</translation>
    </message>
    <message>
        <source>Positional &amp;Audio Viewer</source>
        <translation>&amp;Positionsaudio Betrachter</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Re&amp;gister...</source>
        <translation>&amp;Registrieren...</translation>
    </message>
    <message>
        <source>Registered &amp;Users</source>
        <translation>Registrierte &amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Access Tokens</source>
        <translation>&amp;Zugangstoken</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>Avatar ent&amp;fernen</translation>
    </message>
    <message>
        <source>Reset Commen&amp;t...</source>
        <translation>Kommen&amp;tar zurücksetzen...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar...</source>
        <translation>Avatar ent&amp;fernen...</translation>
    </message>
    <message>
        <source>Remove the avatar of the selected user.</source>
        <translation>Avatar von markiertem Benutzer entfernen.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>&amp;Hide When Filtering</source>
        <translation>&amp;Verstecken wenn filtern</translation>
    </message>
    <message>
        <source>&amp;Pin When Filtering</source>
        <translation>&amp;Anheften während des Filterns</translation>
    </message>
    <message>
        <source>Vie&amp;w Comment</source>
        <translation>Kommentar &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Priority Speaker</source>
        <translation>&amp;Prioritäts-Sprecher</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>Au&amp;fnehmen...</translation>
    </message>
    <message>
        <source>&amp;Listen To Channel</source>
        <translation>Kanal &amp;zuhören</translation>
    </message>
    <message>
        <source>Talking &amp;UI</source>
        <translation>Sprechen &amp;UI</translation>
    </message>
    <message>
        <source>&amp;Join User&apos;s Channel</source>
        <translation>&amp;User-Kanal zusteigen</translation>
    </message>
    <message>
        <source>M&amp;ove To Own Channel</source>
        <translation>Zu eigenem Kanal &amp;bewegen</translation>
    </message>
    <message>
        <source>Moves this user to your current channel.</source>
        <translation>Verschiebt diesen Benutzer in Ihren aktuellen Kanal.</translation>
    </message>
    <message>
        <source>Disable Te&amp;xt-To-Speech</source>
        <translation>Te&amp;xt-To-Speech deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Filtered channels and users</source>
        <translation>Gefilterte Kanäle und Benutzer</translation>
    </message>
    <message>
        <source>Toggle positional audio</source>
        <comment>Global Shortcut</comment>
        <translation>Positionsbezogenes Audio umschalten</translation>
    </message>
    <message>
        <source>This will toggle positional audio on/off</source>
        <translation>Dies schaltet positionsbezogenes Audio ein/aus</translation>
    </message>
    <message>
        <source>SSL error</source>
        <translation>SSL-Fehler</translation>
    </message>
    <message>
        <source>Mumble is unable to establish a secure connection to the server. (&quot;%1&quot;)</source>
        <translation>Mumble kann keine sichere Verbindung zum Server herstellen. (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>This could be caused by one of the following scenarios:&lt;ul&gt;&lt;li&gt;Your client and the server use different encryption standards. This could be because you are using a very old client or the server you are connecting to is very old. In the first case, you should update your client and in the second case you should contact the server administrator so that they can update their server.&lt;/li&gt;&lt;li&gt;Either your client or the server is using an old operating system that doesn&apos;t provide up-to-date encryption methods. In this case you should consider updating your OS or contacting the server admin so that they can update theirs.&lt;/li&gt;&lt;li&gt;The server you are connecting to isn&apos;t actually a Mumble server. Please ensure that the used server address really belongs to a Mumble server and not e.g. to a game server.&lt;/li&gt;&lt;li&gt;The port you are connecting to does not belong to a Mumble server but instead is bound to a completely unrelated process on the server-side. Please double-check you have used the correct port.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Grund dafür könnte eines der folgenden Szenarien sein:&lt;ul&gt;&lt;li&gt;Ihr Client und der Sever nutzen unterschiedliche Verschlüsselungsstandarts. Das könnte daran liegen, dass der Client oder der Server stark veraltet ist. Im ersten Fall, aktualisieren Sie bitte Ihren Client. Falls der Server veraltet ist, kontaktieren Sie bitte den Server Administrator.&lt;/li&gt;&lt;li&gt;Entweder der Server oder Client nutzt ein altes Betriebssystem welche keine aktuellen Verschlüsselungsmethoden bietet. In diesem Fall sollten Sie Ihr Betriebssystem aktualisieren oder den Serveradministrator kontaktieren damit jener seines aktualisieren kann.&lt;/li&gt;&lt;li&gt;Der Server ist kein Mumble Server. Bitte stellen Sie sicher, dass er tatsächlich zu einem Mumble Server und nicht z.B. einem Videospiel gehört.&lt;/li&gt;&lt;li&gt;Der Port zu dem sie sich verbinden gehört nicht zu einem Mumble Server, sondern zu einem komplett anderen Prozess auf dem Server welcher nichts mit Mumble zu tun hat. Bitte kontrollieren Sie, dass Sie den korrekten Port angegeben haben.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>M&amp;ove back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves you back to the previous channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will move you back into your previous channel</source>
        <translation type="unfinished">Dies führt Sie zurück in Ihren vorherigen Kanal</translation>
    </message>
    <message>
        <source>The channel you have been in previously no longer exists on this server.</source>
        <translation>Der Kanal in dem Sie zuvor waren, existiert auf diesem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Cycle listener attenuation mode</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will cycle through the different attenuation modes for channel listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener attenuation up (+10%)</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This increases the attenuation of channel listeners by 10 percents points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener attenuation down (-10%)</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decreases the attenuation of channel listeners by 10 percents points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive Push</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When using the push-to-talk transmission mode, this will act as the push-to-talk action. Otherwise, it will act as a push-to-mute action.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Failed to decode image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the rich text editor to change your comment. Comments are separate for each server. Other users can read your comment by hovering over the comment icon in the user and channel tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the audio recording dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the search dialog. It&apos;s used to find channels and users in the current server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current server as favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adds the server you are currently connected to as favorite to the known connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to favorites.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual Mumble Positional Audio</source>
        <translation>Manuelles Mumble Positionsabhängiges Audio</translation>
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
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Höhenwinkel</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Meta data</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unhinge</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>How long silent user&apos;s positions should stay marked after they have stopped talking (in seconds).</source>
        <translation>Wie lange die Position stummer Benutzer hervorgehoben werden soll, nachdem sie aufgehört haben zu sprechen (in Sekunden).</translation>
    </message>
    <message>
        <source>Silent user displaytime:</source>
        <translation>Anzeigezeit stummer Benutzer:</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Grafische Ansicht der Positions-Audiosimulation</translation>
    </message>
    <message>
        <source>This visually represents the positional audio configuration that is currently being used</source>
        <translation>Die aktuell verwendete Audio-Konfiguration wird visuell dargestellt</translation>
    </message>
    <message>
        <source>Listener Z coordinate</source>
        <translation>Hörer Z-Koordinate</translation>
    </message>
    <message>
        <source>Listener X coordinate</source>
        <translation>Hörer X-Koordinate</translation>
    </message>
    <message>
        <source>Listener Y coordinate</source>
        <translation>Hörer Y-Koordinate</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Anzeigezeit für stille Benutzer (in Sekunden)</translation>
    </message>
    <message>
        <source>Listener azimuth (in degrees)</source>
        <translation>Hörer-Azimut (in Grad)</translation>
    </message>
    <message>
        <source>Listener elevation (in degrees)</source>
        <translation>Höhe des Hörers (In Grad)</translation>
    </message>
    <message>
        <source>Context string</source>
        <translation>Kontext Zeichenfolge</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the context string</source>
        <translation>Die Schaltfläche &quot;Setzen&quot; nutzen, um die Kontextzeichenfolge anzuwenden</translation>
    </message>
    <message>
        <source>Apply the context string</source>
        <translation>Anwenden der Kontextzeichenfolge</translation>
    </message>
    <message>
        <source>Apply the identity string</source>
        <translation>Anwenden der Identitätszeichenfolge</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>Identitätskette</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the identity string</source>
        <translation>Die Schaltfläche &quot;Setzen&quot; nutzen, um die Identitätsstring anzuwenden</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation>Benutze TCP-Kompatibilitätsmodus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation>&lt;b&gt;TCP-Kompatibilitätsmodus aktivieren&lt;/b&gt;.&lt;br /&gt;Dies lässt Mumble nur TCP zur Kommunikation mit dem Server nutzen. Dies wird den Overhead erhöhen und bei verlorenen Paketen hörbare Pausen produzieren. Sie sollten diese Einstellung also nur verwenden, wenn die Standardeinstellungen nicht funktionieren.</translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation>Nach Verbindungsabbruch erneut verbinden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation>&lt;b&gt;Neuverbinden nach Verbindungsabbruch&lt;/b&gt;.&lt;br /&gt;Ist dieses Feld aktiviert, führt Mumble beim Abbruch der Server-Verbindung eine automatische Neuverbindung nach 10 Sekunden durch.</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Automatisch Neuverbinden</translation>
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
        <translation>Art des Proxys durch den verbunden werden soll</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Direkte Verbindung</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 Proxy</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation>Hostname des Proxys</translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation>Erzwinge TCP-Modus</translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation>Aktiviere QoS um Pakete zu priorisieren</translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation>Dies aktiviert QoS, welches versucht Audio-Pakete höher zu priorisieren als anderen Netzwerkverkehr.</translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation>Verwende Quality of Service (QoS)</translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation>Schicke kein Zertifikat zum Server und speichere keine Passwörter (Wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dies verhindert das senden von Identitäts-Informationen vom Client.&lt;/b&gt;&lt;p&gt;Der Client wird sich nicht mit einem Zertifikat identifizieren, selbst wenn der Zugriff dann verweigert wird, und wird keine Passwörter für Verbindungen zwischenspeichern. Dies ist hauptsächlich eine Test-Option und wird daher nicht gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation>Zertifikats- und Passwort-Speicherung unterdrücken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation>&lt;b&gt;Proxytyp über den verbunden wird.&lt;/b&gt;&lt;br /&gt;Dies lässt Mumble für alle ausgehenden Verbindungen über einen Proxy verbinden. Beachten Sie: Proxy tunneling zwingt Mumble in den TCP-Kompatibilitätsmodus was zur Folge hat, dass alle Sprach-Daten über den Kontrollkanal gesendet werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation>&lt;b&gt;Hostname des Proxys.&lt;/b&gt;&lt;br /&gt;Dieses Feld legt den Hostnamen des Proxys, durch welchen Sie die Netzwerk Daten versenden möchten, fest.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation>Portnummer des Proxys</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation>&lt;b&gt;Portnummer des Proxys.&lt;/b&gt;&lt;br /&gt;Dieses Feld spezifiert die Portnummer auf welcher der Proxy eine Verbindung erwartet.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation>Benutzername für Proxy-Authentisierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Benutzername für Proxy-Authentisierung.&lt;/b&gt;&lt;br /&gt;Dieses Feld spezifiert den Benutzernamen mit dem Sie sich beim Proxy authentisieren. Falls der Proxy keine Authentisierung verwendet, oder Sie sich anonym verbinden wollen, lassen Sie das Feld frei.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation>Passwort für Proxy-Authentisierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Passwort für Proxy-Authentisierung.&lt;/b&gt;&lt;br /&gt;Dieses Feld spezifiert das Passwort welches zur Authentisierung mit dem Proxy verwendet wird. Falls der Proxy keine Authentisierung verwendet oder Sie sich anonym verbinden wollen, lassen Sie das Feld frei.</translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation>Mumble Dienste</translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation>Überprüfe automatisch, ob eine neue Mumble Version verfügbar ist.</translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation>Dies wird bei jedem Start des Programms auf neue Mumble Versionen prüfen und Sie, sofern es welche gibt, darüber informieren.</translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation>Überprüfe beim Start ob Aktualisierungen verfügbar sind</translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation>Überprüfe automatisch, ob aktualisierte Plugins verfügbar sind.</translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation>Dies veranlasst Mumble bei jedem Programmstart auf neue Plugin-Versionen zu prüfen und diese gegebenenfalls automatisch herunterzuladen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation>&lt;b&gt;Anonyme Statistiken senden&lt;/b&gt;&lt;br /&gt;Mumble hat ein kleines Entwickler-Team. Deshalb muss die verfügbare Zeit auf die wichtigsten Dinge konzentriert werden. Indem Sie einige anonymisierte Daten senden, helfen Sie beim festlegen der Entwicklungsprioritäten.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Sende anonyme Statistiken an das Mumble Projekt</translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation>Sende anonyme Statistiken</translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation>Verbinde mit zuletzt verwendetem Server wenn Mumble gestartet wird</translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation>Beim Start mit zuletzt verwendetem Server verbinden</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Prevent OS information being sent to Mumble servers and web servers</source>
        <translation>Übermittlung von Betriebssysteminformationen zu Mumble- oder Web-Servern verhindern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Don&apos;t send OS information to servers&lt;/b&gt;&lt;br/&gt;
Prevents the client from sending potentially identifying information about the operating system to the Mumble server and web servers.</source>
        <translation>&lt;b&gt;Keine OS Informationen zu Servern übermitteln&lt;/b&gt;&lt;br/&gt;
Verhindert, dass potenziell identifizierende Informationen über das Betriebssystem zu Mumble Servern und Web Servern übermittelt werden.</translation>
    </message>
    <message>
        <source>Do not send OS information to Mumble servers and web servers</source>
        <translation>Übermittlung von Betriebssysteminformationen zu Mumble- oder Web-Servern verhindern</translation>
    </message>
    <message>
        <source>When toggled this hides the public server list from the connect dialog</source>
        <translation>Wenn umgestellt, wird die öffentliche Server-Liste nicht im Verbindungsdialog angezeigt</translation>
    </message>
    <message>
        <source>Hide public server list</source>
        <translation>Öffentliche Serverliste verstecken</translation>
    </message>
    <message>
        <source>Check for plugin updates on startup</source>
        <translation>Überprüfe beim Start ob Plugin-Aktualisierungen vorhanden sind</translation>
    </message>
    <message>
        <source>Automatically download and install plugin updates</source>
        <translation>Lade Plugin-Aktualisierungen herunter und installiere sie automatisch</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy Typ</translation>
    </message>
    <message>
        <source>Proxy hostname</source>
        <translation>Proxy Hostname</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy Port</translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation>Proxy Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy Passwort</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Silent</source>
        <translation>Still</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Rufen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation>Kommunikation mit dem Overlay auf %2: %1 fehlgeschlagen. Das Overlay wird nicht verfügbar sein.</translation>
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
        <translation>Nur Sprechende</translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation>Sprechend und kürzlich aktiv</translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation>Alle im aktuellen Kanal</translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation>Alle in verknüpften Kanälen</translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation>Sich selbst immer anzeigen</translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation>Zeitspanne bearbeiten, in der Benutzer als aktiv gelten (%1 Sekunden)&#xa0;…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation>Alphabetisch</translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation>Nach letzter Statusänderung</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten&#xa0;…</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation>Zeitspanne bearbeiten, in der Benutzer als aktiv gelten</translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation>Dauer in Sekunden innerhalb der ein Benutzer nach dem Sprechen noch als aktiv gilt:</translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation>Ziehen Sie den kleinen roten Punkt um die Benutzer zu verschieben.</translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation>Um die Größe der Benutzer zu ändern benutzen Sie die Scrollfunktion des Mausrads.</translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation>Für mehr Optionen klicken Sie mit der rechten Maustaste auf einen Benutzer.</translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation>Startprogramm Filter</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation>Anwendung auswählen</translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation>Anwendung auswählen</translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation>Pfad auswählen</translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation>Lade Overlay Vorlage</translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation>Mumble Overlay Vorlage (*.mumblelay)</translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation>Overlay Vorlage abspeichern</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation>Overlay aktivieren.</translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation>Overlay aktivieren</translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation>Dies legt fest ob das Overlay aktiv ist oder nicht. Diese Einstellung wird nur überprüft wenn Anwendungen gestartet werden, stellen Sie also sicher, dass Mumble läuft und die Option aktiviert ist, bevor Sie die andere Applikation, in welcher das Overlay erscheinen soll, starten.&lt;br /&gt;Bitte beachten Sie: Wenn Sie Mumble nach dem Applikationsstart starten oder das Overlay deaktivieren während die Applikation läuft gibt es keinen sicheren Weg das Overlay wieder zu starten ohne die Applikation neu zu starten.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Negativliste</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Positivliste</translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation>Overlay deinstallieren</translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation>Overlay-Installation</translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation>Mumble hat erkannt, dass Sie kein Mumble Overlay installiert haben.

Klicken Sie den Button unten um das Overlay zu installieren.</translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation>Mumble Overlay Installieren</translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation>Overlay Aktualisierung</translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation>Mumble hat erkannt, dass Sie eine alte Version der Overlay Unterstützungs-Dateien installiert sind.

Um diese Dateien zu aktualisieren, klicken Sie unten den Button.</translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation>Mumble Overlay Aktualisieren</translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation>Zeige die FPS im Overlay an</translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation>Zeige FPS Zähler</translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation>Lädt eine Overlay Vorlage aus einer Datei</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation>Sichert Ihre Overlay Einstellungen in eine Datei</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation>Setzt die Overlay Schrift.</translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation>Setzt die Overlay Textfarbe.</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation>FPS- und Uhr-Anzeige</translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation>Zeige eine Uhr im Overlay, welche die aktuelle, lokale Zeit (Systemzeit) anzeigt.</translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation>Zeige Uhr</translation>
    </message>
    <message>
        <source>Overlay Exceptions</source>
        <translation>Ausnahmeliste</translation>
    </message>
    <message>
        <source>Overlay Exception Mode</source>
        <translation>Ausnahmeliste überlagern</translation>
    </message>
    <message>
        <source>Allowed launchers</source>
        <translation>Erlaubte Starter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Allowed programs</source>
        <translation>Erlaubte Programme</translation>
    </message>
    <message>
        <source>Allowed paths</source>
        <translation>Erlaubte Pfade</translation>
    </message>
    <message>
        <source>Blacklisted programs</source>
        <translation>Schwarzgelistete Programme</translation>
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
        <translation>Benutzer spricht nicht</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation>Benutzer spricht in Ihrem oder einem verknüpften Kanal</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation>Benutzer flüstert privat zu Ihnen</translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation>Flüstern</translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation>Benutzer ruft zu den Benutzern in Ihrem Kanal</translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation>Rufen (Kanal)</translation>
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
        <translation>Aktivierte Elemente</translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation>Avatar, den jeder Benutzer selbst wählen kann</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation>Name des Kanals des Benutzers, sofern er sich nicht innerhalb ihres Kanals befindet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation>Stumm oder taub gestellt</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>Stumm Status</translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation>Ein Rahmen, der automatisch alle sichtbaren Elemente einschliesst</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation>Overlay-Editor</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Vergrößerungsstufe</translation>
    </message>
</context>
<context>
    <name>OverlayEditorScene</name>
    <message>
        <source>Layout preset</source>
        <translation>Layout Vorlage</translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation>Großer quadratischer Avatar</translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation>Avatar und Name</translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation>Benutzer-Deckkraft</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation>Objekt-Deckkraft</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Color...</source>
        <translation>Farbe&#xa0;…</translation>
    </message>
    <message>
        <source>Font...</source>
        <translation>Schrift&#xa0;…</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Rahmenbreite</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Rahmenabstand</translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation>Rahmenfarbe</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation>Pinsel-Farbe wählen</translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation>Füll-Farbe wählen</translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation>Schriftart wählen</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation>Plugin hat keine Konfigurationsfunktion.</translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation>Plugin hat keine Über-Funktion.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation>Plugins aktivieren und Positionsinformationen übertragen</translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation>Dies erlaubt es Plugins Ihre Position im Spiel zu bestimmen und diese mit jedem Sprachpaket zu versenden. Dies erlaubt es anderen Benutzern Sie aus jener Richtung zu hören, in welcher Sie aus der Sicht der anderen Person stehen.</translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation>Mit Spiel verbinden und Position übertragen</translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation>Lädt alle Plugins neu</translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation>Dies liest alle Plugins neu ein. Benutzen Sie dies, falls Sie dem Plugin-Verzeichnis ein Plugin hinzugefügt, oder ein Plugin geändert haben.</translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation>Plugins &amp;neu laden</translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation>Informationen über das Plugin</translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation>Dies zeigt eine kleine Informationsnachricht über das Plugin an.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation>Zeige Konfiguration des Plugins</translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation>Dies zeigt eine Konfigurationsseite des Plugins an, falls eine existiert.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Konfigurieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>KeyEvents</source>
        <translation>Tastenevents</translation>
    </message>
    <message>
        <source>Install a plugin from a local file</source>
        <translation>Installiere ein Plugin aus einer lokalen Datei</translation>
    </message>
    <message>
        <source>Install plugin...</source>
        <translation>Installiere Plugin&#xa0;…</translation>
    </message>
    <message>
        <source>Unload the currently selected plugin. This will remove it from the plugin list for the current session.</source>
        <translation>Entlade das aktuell ausgewählte Plugin. Dies wird das Plugin für die aktuelle Sitzung aus der Plugin-Liste entfernen.</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Entladen</translation>
    </message>
    <message>
        <source>The plugin was installed successfully</source>
        <translation>Das Plugin wurde erfolgreich installiert</translation>
    </message>
    <message>
        <source>Unable to deactivate all requested features for plugin &quot;%1&quot;</source>
        <translation>Das Deaktivieren aller angefragter Features schlug fehl: „%1“</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot;</source>
        <translation>Laden des Plugins schlug fehl: „%1“</translation>
    </message>
    <message>
        <source>Whether the positional audio feature of this plugin should be enabled</source>
        <translation>Ob das positionelle Audio Feature dieses Plugins aktiviert werden soll</translation>
    </message>
    <message>
        <source>This plugin does not provide support for positional audio</source>
        <translation>Dieses Plugin bietet keine Unterstützung für positionelles Audio</translation>
    </message>
    <message>
        <source>Whether this plugin has the permission to be listening to all keyboard events that occur while Mumble has focus</source>
        <translation>Ob dieses Plugin die Erlaubnis hat alle Tastendrücke abzufragen, welche passieren während Mumble im Fokus ist</translation>
    </message>
    <message>
        <source>Whether this plugin should be enabled</source>
        <translation>Ob dieses Plugin aktiviert werden soll</translation>
    </message>
    <message>
        <source>List of plugins</source>
        <translation>Liste der Plugins</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through plugins. Use left and right keys to navigate between single plugin permissions.</source>
        <translation>Die Auf- und Ab-Tasten nutzen, um durch die Plugins zu navigieren. Die linke und rechte Taste nutzen, um zwischen den einzelnen Plugin-Berechtigungen zu navigieren.</translation>
    </message>
    <message>
        <source>Plugin name</source>
        <translation>Plugin Name</translation>
    </message>
    <message>
        <source>Plugin enabled checkbox</source>
        <translation>Kontrollkästchen &quot;Plugin aktiviert&quot;</translation>
    </message>
    <message>
        <source>Plugin positional audio permission checkbox</source>
        <translation>Kontrollkästchen &quot;Erlaubnis der Positionsbestimmung&quot;</translation>
    </message>
    <message>
        <source>Plugin keyboard event listen permission checkbox</source>
        <translation>Kontrollkästchen &quot;Erlaubnis zum Abhören von Tastaturevents&quot;</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>PluginInstaller</name>
    <message>
        <source>PluginInstaller</source>
        <translation>Plugin Installationsassistent</translation>
    </message>
    <message>
        <source>You are about to install the plugin listed below. Do you wish to proceed?</source>
        <translation>Sie sind dabei das unten gelistete Plugin zu installieren. Wollen Sie fortfahren?</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(en):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Description:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Beschreibung:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid plugin file!</source>
        <translation>„%1“ ist keine gültige Plugin-Datei!</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot; - check the plugin interface!</source>
        <translation>Es ist nicht möglich das Plugin „%1“ zu laden - Überprüfen Sie das Plugin interface!</translation>
    </message>
    <message>
        <source>Unable to delete old plugin at &quot;%1&quot;</source>
        <translation>Es ist nicht möglich das alte Plugin unter „%1“ zu löschen</translation>
    </message>
    <message>
        <source>Unable to copy plugin library from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Es ist nicht möglich die Pluginbibliothek von „%1“ nach „%2“ zu kopieren</translation>
    </message>
    <message>
        <source>Unable to move plugin library to &quot;%1&quot;</source>
        <translation>Es ist nicht möglich die Pluginbibliothek nach „%1“ zu verschieben</translation>
    </message>
    <message>
        <source>Unable to locate the plugin manifest (manifest.xml)</source>
        <translation>Das Plugin-Manifest (manifest.xml) konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>Error while processing manifest: %1</source>
        <translation>Fehler beim Verarbeiten des Manifests: %1</translation>
    </message>
    <message>
        <source>Unable to find plugin for the current OS (&quot;%1&quot;) and architecture (&quot;%2&quot;)</source>
        <translation>Ein Plugin für das aktuelle Betriebssystem („%1“) und Prozessor-Architektur („%2“) konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>Unable to locate plugin library specified in manifest (&quot;%1&quot;) in the bundle</source>
        <translation>Das Plugin, welches im Manifest des Bundles referenziert wurde („%1“), konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>Overwrite plugin?</source>
        <translation>Überschreibe Plugin?</translation>
    </message>
    <message>
        <source>The new plugin &quot;%1&quot; (%2) is about to overwrite the already installed plugin &quot;%3&quot; (%4). Do you wish to proceed?</source>
        <translation>Das neue Plugin „%1“ (%2) wird das bereits installierte Plugin „%3“ (%4) überschreiben. Wollen Sie fortfahren?</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>%1 lost link</source>
        <translation>%1 hat die Verbindung verloren</translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation>%1 hat eine Verbindung hergestellt</translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; encountered a permanent error in positional data gathering</source>
        <translation>Plugin „%1“ erlitt einen permanenten Fehler im Sammeln positioneller Daten</translation>
    </message>
    <message>
        <source>Failed at loading manual plugin: %1</source>
        <translation>Laden des Manual Plugins fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Non-plugin found in plugin directory: &quot;%1&quot; (%2)</source>
        <translation>Nicht-Plugin im Plugin-Verzeichnis gefunden: „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>PluginUpdater</name>
    <message>
        <source>PluginUpdater</source>
        <translation>Plugin-Aktualisierungsassistent</translation>
    </message>
    <message>
        <source>The following plugins can be updated.</source>
        <translation>Die folgenden Plugins können aktualisiert werden.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Download-URL</source>
        <translation>Download-URL</translation>
    </message>
    <message>
        <source>Do you want to update the selected plugins?</source>
        <translation>Wollen Sie die ausgewählten Plugins aktualisieren?</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>Das Herunterladen der Plugin-Aktualisierung für „%1“ von „%2“ schlug fehl (%3)</translation>
    </message>
    <message>
        <source>Update for plugin &quot;%1&quot; failed due to too many redirects</source>
        <translation>Die Aktualisierung des Plugins „%1“ schlug aufgrund zu vieler Weiterleitungen fehl</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (HTTP status code %3)</source>
        <translation>Die Aktualisierung für das Plugin „%1“ konnte von „%2“ nicht heruntergeladen werden (HTTP-Status-Code: %3)</translation>
    </message>
    <message>
        <source>Successfully updated plugin &quot;%1&quot;</source>
        <translation>Plugin „%1“ erfolgreich aktualisiert</translation>
    </message>
</context>
<context>
    <name>PortAudioSystem</name>
    <message>
        <source>Default device</source>
        <translation>Standarddienst</translation>
    </message>
</context>
<context>
    <name>PositionalAudioViewer</name>
    <message>
        <source>Positional Audio Viewer</source>
        <translation>Positionsabhängiges Audio Details</translation>
    </message>
    <message>
        <source>Camera direction</source>
        <translation>Kamera-Richtung</translation>
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
        <translation>Spieler-Position</translation>
    </message>
    <message>
        <source>Player axis</source>
        <translation>Spieler-Achse</translation>
    </message>
    <message>
        <source>Player direction</source>
        <translation>Spieler-Richtung</translation>
    </message>
    <message>
        <source>Camera axis</source>
        <translation>Kamera-Achse</translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation>Kamera-Position</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>PulseAudioSystem</name>
    <message>
        <source>Default Input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation>Konnte Mumble nicht neustarten</translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation>Beim Neustarten von Mumble ist ein Fehler aufgetreten. Bitte starten Sie Mumble manuell neu.</translation>
    </message>
    <message>
        <source>Mumble is currently connected to a server</source>
        <translation>Mumble ist im Moment mit einem Server verbunden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Talking UI</source>
        <translation>Gesprächsansicht</translation>
    </message>
    <message>
        <source>Echo cancellation is not supported for the interface combination &quot;%1&quot; (in) and &quot;%2&quot; (out).</source>
        <translation>Echounterdrückung ist für die Schnittstellenkombination „%1“ (input) und „%2“ (output) nicht unterstützt.</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Lokal stumm stellen</translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation>Textnachrichten ignorieren</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech</source>
        <translation>Text-zu-Sprache ausschalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved permanently and is lost on restart because %2 does not have a certificate.</source>
        <translation>„%1“ konnte nicht permanent gespeichert werden und wird bei einem Neustart verloren gehen, da %2 kein Zertifikat verwendet.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment...</source>
        <translation>Lokale Lautstärkeanpassung&#xa0;…</translation>
    </message>
    <message>
        <source>&lt;p&gt;You&apos;re using a Mumble version that &lt;b&gt;explicitly disabled&lt;/b&gt; update-checks.&lt;/p&gt;&lt;p&gt;This means that the update notification you might receive by using this option will &lt;b&gt;most likely be meaningless&lt;/b&gt; for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie verwenden eine Mumble-Version, in der das Prüfen auf Aktualisierungen &lt;b&gt;explizit deaktiviert&lt;/b&gt; wurde.&lt;/p&gt;&lt;p&gt;Das bedeutet, dass die Aktualisierungshinweise &lt;b&gt;wahrscheinlich irrelevant&lt;/b&gt; für Sie sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Talking (muted)</source>
        <translation>Spricht (stumm gestellt)</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Toggle console for all events</source>
        <translation>Konsole für alle Ereignisse umschalten</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for all events</source>
        <translation>Pop-up Benachrichtigungen für alle Ereignisse umschalten</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for all events</source>
        <translation>Fenster Hervorhebung (wenn nicht aktiv) für alle Ereignisse umschalten</translation>
    </message>
    <message>
        <source>Click here to toggle sound notifications for all events</source>
        <translation>Klicke hier um Ton-Benachrichtigungen für alle Ereignisse umzuschalten</translation>
    </message>
    <message>
        <source>Toggle Text-to-Speech for all events</source>
        <translation>(De)Aktiviere Text-zu-Sprache für alle Ereignisse</translation>
    </message>
    <message>
        <source>RNNoise is not available due to a sample rate mismatch.</source>
        <translation>RNNoise ist wegen nicht übereinstimmender Abtastrate nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reset all settings?</source>
        <translation>Alle Einstellungen zurücksetzen?</translation>
    </message>
    <message>
        <source>Do you really want to reset all settings (not only the ones currently visible) to their default value?</source>
        <translation>Wollen Sie wirklich alle Einstellungen (nicht nur die aktuell sichtbaren) auf ihren Standardwert zurücksetzen?</translation>
    </message>
    <message>
        <source>Local Nickname Adjustment...</source>
        <translation>Lokale Spitznameneinstellung&#xa0;…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked URL scheme &quot;%1&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Blockiertes URL-Schema „%1“&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The URL uses a scheme that has been blocked for security reasons.</source>
        <translation>Die Adresse nutzt ein URL-Schema, das aus Sicherheitsgründen gesperrt worden ist.</translation>
    </message>
    <message>
        <source>Blocked URL: &quot;%1&quot;</source>
        <translation>Blockierte URL: „%1“</translation>
    </message>
    <message>
        <source>Default Device</source>
        <translation>Standardgerät</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled this tries to cancel out echo from the audio stream.</source>
        <translation>Sofern eingeschaltet wird versucht, störende Echo-Geräusche aus dem Audio-Stream zu entfernen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Echo cancellation is disabled.</source>
        <translation>Echounterdrückung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Mixed echo cancellation (speex)</source>
        <translation>Gemischte Echounterdrückung (Speex)</translation>
    </message>
    <message>
        <source>Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone.</source>
        <translation>Gemischte Echounterdrückung benötigt die geringste Prozessorleistung, funktioniert aber nur gut, wenn die Lautsprecher gleichlaut und gleichweit entfernt vom Mikrofon sind.</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation (speex)</source>
        <translation>Mehrkanal-Echounterdrückung (Speex)</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost. Multichannel echo cancellation requires more CPU, so you should try mixed first.</source>
        <translation>Mehrkanal-Echounterdrückung ermöglicht eine deutlich bessere Echo-Unterdrückung, benötigt dafür aber auch mehr CPU-Ressourcen. Es empfiehlt sich daher, zunächst die gemischte Echounterdrückung auszuprobieren.</translation>
    </message>
    <message>
        <source>The provided URL uses an invalid version format: &quot;%1&quot;</source>
        <translation>Die verwendete URL verwendet ein invalides Versionsformat: „%1“</translation>
    </message>
    <message>
        <source>The directories in which Mumble searches for extra translation files are:
</source>
        <translation>Verzeichnisse, in denen Mumble nach zusätzlichen Übersetzungsdateien sucht:
</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>EXPERIMENTAL: Acoustic echo cancellation (Apple).</source>
        <translation>EXPERIMENTAL: Akustische Echokompensation (Apple).</translation>
    </message>
    <message>
        <source>The support for this option is experimental only! This option works best when using built-in microphone and speaker.</source>
        <translation>Die Unterstützung für diese Option ist nur experimentell! Diese Option funktioniert am besten, wenn Sie das eingebaute Mikrofon und den Lautsprecher verwenden.</translation>
    </message>
    <message>
        <source>Shortcuts migration incomplete</source>
        <translation>Migration der Tastenkürzel unvollständig</translation>
    </message>
    <message>
        <source>Unfortunately %1 shortcut(s) could not be migrated.
You can register them again.</source>
        <translation>Leider konnte(n) %1 Tastenkürzel nicht migriert werden.
Sie können sie jedoch erneut registrieren.</translation>
    </message>
    <message>
        <source>Potentially broken settings</source>
        <translation>Einstellungen potentiell fehlerhaft</translation>
    </message>
    <message>
        <source>Load backup settings?</source>
        <translation>Einstellungen wiederherstellen?</translation>
    </message>
    <message>
        <source>It seems that Mumble did not perform a normal shutdown. If you did not intentionally kill the application, this could mean that the used settings caused a crash. Do you want to load the setting&apos;s backup instead?</source>
        <translation>Wie es scheint wurde Mumble nicht regulär beendet. Wenn Sie das Programm nicht selbst beendet haben, könnte das bedeuten, dass die verwendeten Einstellungen einen Absturz verursacht haben. Wollen Sie stattdessen die Einstellungen aus dem Backup wiederherstellen?</translation>
    </message>
    <message>
        <source>The backed-up settings also seem to have been saved without Mumble exiting normally (potentially indicating a crash).</source>
        <translation>Die gesicherten Einstellungen aus dem Backup scheinen ebenfalls gesichert worden zu sein, ohne dass Mumble regulär beendet wurde (was potentiell auf einen Absturz hindeuten kann).</translation>
    </message>
    <message>
        <source>If you experience repeated crashes with these settings, you might have to manually delete the settings files at &lt;pre&gt;%1&lt;/pre&gt; and &lt;pre&gt;%2&lt;/pre&gt; in order to reset all settings to their default value.</source>
        <translation>Wenn Sie mit diesen Einstellungen wiederholt Programmabstürze beobachten, kann es helfen, die Konfigurationsdateien unter &lt;pre&gt;%1&lt;/pre&gt; und &lt;pre&gt;%2&lt;/pre&gt; manuell zu löschen, um die Einstellungen auf ihre Standardwerte zurückzusetzen.</translation>
    </message>
    <message>
        <source>Access to the microphone was denied due to system restrictions. You will not be able to use the microphone in this session.</source>
        <translation>Zugriff auf das Mikrofon wurde aufgrund von Systembeschränkungen verweigert. Sie werden in der aktuellen Sitzung nicht in der Lage sein, ihr Mikrofon zu verwenden.</translation>
    </message>
    <message>
        <source>Unknown Version</source>
        <translation>Unbekannte Version</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Das bist du</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>muted and deafened</source>
        <translation>Stumm und Taub</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>locally muted</source>
        <translation>Lokal Stumm</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>Nicht mehr stumm</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>priority speaker</source>
        <translation>Hauptredner</translation>
    </message>
    <message>
        <source>has a long comment</source>
        <translation>hat einen langen Kommentar</translation>
    </message>
    <message>
        <source>text messages ignored</source>
        <translation>Ignorieren von Textnachrichten</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>your channel</source>
        <translation>Dein Kanal</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>zugänglich</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>unzugänglich</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>gepinnt</translation>
    </message>
    <message>
        <source>Listening for input</source>
        <translation>Zuhören um Input zu erhalten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you&apos;re using Linux this is most likely because you are using a version from your distribution&apos;s package repository that have their own update cycles.&lt;/p&gt;&lt;p&gt;If you want to always have the most recent Mumble version, you should consider using a different method of installation.
See &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;the project repository&lt;/a&gt; for what alternatives there are.&lt;/p&gt;</source>
        <translation>&lt;p&gt; Wenn Sie Linux verwenden, ist dies wahrscheinlich, weil Sie eine Version aus dem Paket-Repository Ihrer Distribution verwenden, die eigene Update-Zyklen hat.&lt;/p&gt;&lt;p&gt; Wenn Sie immer die neueste Mumble-Version haben möchten, sollten Sie eine andere Methode der Installation erwägen.
Besuchen Sie &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;das Projekt-Repository&lt;/a&gt; für Alternativen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResponsiveImageDialog</name>
    <message>
        <source>Image Preview</source>
        <translation>Bildvorschau</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Failed to load image</source>
        <translation>Laden des Bildes fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation>Bilddatei zu groß um sie im Dokument einzubetten. Bitte verwenden Sie Bilder, die kleiner als %1 kB sind.</translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation>Nachricht ist zu lang.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Strg+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Strg+I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>STRG+U</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>STRG+L</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation>Link hinzufügen</translation>
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
        <translation>Keine</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Enter search String...</source>
        <translation>Suchtext&#xa0;…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Whether to search for users</source>
        <translation>Ob nach Benutzern gesucht werden soll</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzern</translation>
    </message>
    <message>
        <source>Whether the search should be performed case-sensitively</source>
        <translation>Ob nach Kanälen gesucht werden soll</translation>
    </message>
    <message>
        <source>Case-&amp;sensitive</source>
        <translation>Case-&amp;sensitiv</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Whether the search string should be interpreted as a regular expression</source>
        <translation>Ob der Suchtext als regulärer Ausdruck interpretiert werden soll</translation>
    </message>
    <message>
        <source>&amp;RegEx</source>
        <translation>&amp;Reguläre Ausdrücke</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanälen</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Suche nach:</translation>
    </message>
    <message>
        <source>Whether to search for channels</source>
        <translation>Ob nach Kanälen gesucht werden soll</translation>
    </message>
    <message>
        <source>Search string</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the search results.</source>
        <translation>Die Aufwärts- und Abwärts-Tasten nutzen, um durch die Suchergebnisse zu navigieren.</translation>
    </message>
</context>
<context>
    <name>ServerHandler</name>
    <message>
        <source>Unable to resolve hostname</source>
        <translation>Auflösen des Hostnamens nicht möglich</translation>
    </message>
    <message>
        <source>Server is not responding to TCP pings</source>
        <translation>Server antwortet nicht auf TCP Pings</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to or received from the server. Switching to TCP mode.</source>
        <translation>UDP Pakete können nicht gesendet oder vom Server nicht empfangen werden. Wechsle zu TCP-Modus.</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation>UDP Pakete können nicht zum Server gesendet werden. Wechsle in den TCP-Modus.</translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation>UDP Pakete können vom Server nicht empfangen werden. Wechsle in den TCP-Modus.</translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation>UDP Pakete können zum Server gesendet und vom Server empfangen werden. Wechsle zurück in den UDP-Modus.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Verbindung wegen Zeitüberschreitung unterbrochen</translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <source>Server information</source>
        <translation>Server-Informationen</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Server-Informationen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Host:&lt;/b&gt;</translation>
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
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Betriebssystem:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Allowed:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Erlaubt:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktuell:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codec:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Codec:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (Stimme)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verschlüsselung:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avg. latency:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Durschntl. Latenz:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resync</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Voice packets is currently sent over TCP.</source>
        <translation>Sprachpakete werden aktuell über TCP versendet.</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Steuerung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS version:&lt;/b&gt;</source>
        <translation>&lt;b&gt;TLS Version:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cipher suite:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cipher-Suite:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;forward secrecy&gt;</source>
        <translation>&lt;forward secrecy&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Whether the connection supports perfect forward secrecy (PFS).</source>
        <translation>Ob die Verbindung perfect forward secrecy (PFS) unterstützt.</translation>
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
        <translation>Nein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benutzer:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TCP Parameters</source>
        <translation>TCP-Parameter</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Zertifikat zeigen</translation>
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
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation>Internet – Öffentlich</translation>
    </message>
</context>
<context>
    <name>ShortcutActionWidget</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>ShortcutDelegate</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>Keine Tasten zugewiesen</translation>
    </message>
    <message>
        <source>Press to show button combination</source>
        <translation>Drücken um die Tastenkombination anzuzeigen</translation>
    </message>
    <message>
        <source>&lt; Unknown Channel &gt;</source>
        <translation>&lt; Unbekannter Kanal &gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetDialog</name>
    <message>
        <source>Root</source>
        <translation>Hauptkanal</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternkanal</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktueller Kanal</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Unterkanal #%1</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetWidget</name>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Hauptkanal</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternkanal</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktueller Kanal</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Unterkanal #%1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Aktuelle Auswahl</translation>
    </message>
</context>
<context>
    <name>ShortcutToggleWidget</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation>Text eingeben</translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation>Wenn aktiviert wird die Nachricht rekursiv auch an alle Unterkanäle gesendet</translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation>Sende rekursiv an Unterkanäle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation>Leerer Zugriffscode</translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation>Mumble - Zugriffscodes</translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation>Liste von Zugriffscodes auf dem aktuellen Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is an editable list of access tokens on the connected server.&lt;/b&gt;
&lt;br /&gt;
An access token is a text string, which can be used as a password for very simple access management on channels. Mumble will remember the tokens you&apos;ve used and resend them to the server next time you reconnect, so you don&apos;t have to enter these every time.
</source>
        <translation>&lt;b&gt;Dies ist eine editierbare Liste von Zugriffscodes auf dem verbundenen Server.&lt;/b&gt;
&lt;br /&gt;
Ein Zugriffscode ist eine Zeichenfolge, die als Passwort für ein sehr einfaches Zugriffsmanagement für Kanäle verwendet werden kann. Mumble merkt sich die von Ihnen verwendeten Zugriffscodes und sendet diese das nächste Mal automatisch an den Server, damit Sie sie nicht jedes Mal eingeben müssen.
</translation>
    </message>
    <message>
        <source>Add a token</source>
        <translation>Einen Zugriffscode hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation>Einen Zugriffscode entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Token List</source>
        <translation>Token-Liste</translation>
    </message>
    <message>
        <source>Use the arrow keys to navigate this list of access tokens. The tokens are displayed in plain text.</source>
        <translation>Die Pfeiltasten nutzen, um durch die Liste der Zugriffstoken zu navigieren. Die Token werden im Klartext angezeigt.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>UserEdit</name>
    <message>
        <source>Registered Users</source>
        <translation>Registrierte Benutzer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>Nach wem suchen Sie?</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Inaktiv seit</translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation>
            <numerusform>Registrierte Benutzer: %n Konto</numerusform>
            <numerusform>Registrierte Benutzer: %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Benutzerliste</translation>
    </message>
    <message>
        <source>Search for user</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Set inactivity filter mode</source>
        <translation>Inaktivitätsfiltermodus einstellen</translation>
    </message>
    <message>
        <source>Filter for inactivity</source>
        <translation>Filtern für Inaktivität</translation>
    </message>
</context>
<context>
    <name>UserInformation</name>
    <message>
        <source>User Information</source>
        <translation>Benutzerinformationen</translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation>Verbindungsinformationen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation>Pingstatistik</translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Steuerung)</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (Stimme)</translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation>UDP-Netzwerkstatistik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resync</translation>
    </message>
    <message>
        <source>From Client</source>
        <translation>Vom Client</translation>
    </message>
    <message>
        <source>To Client</source>
        <translation>Zum Client</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>Verbindungszeit</translation>
    </message>
    <message>
        <source>%1w</source>
        <translation>%1w</translation>
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
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation>%1 online (%2 untätig)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 online</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation>Ping Abweichung</translation>
    </message>
    <message>
        <source>Warning: The server seems to report a truncated protocol version for this client. (See: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</source>
        <translation>Warnung: Der Server scheint eine abgeschnittene Protokollversion für diesen Client anzugeben. (Siehe &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>to client rolling average</source>
        <translation>fliessender Durchschnitt zum Client</translation>
    </message>
    <message>
        <source>Last X minutes:</source>
        <translation>Letzte X Minuten:</translation>
    </message>
    <message>
        <source>% lost</source>
        <translation>% verloren</translation>
    </message>
    <message>
        <source>from client rolling average</source>
        <translation>fliessender Durchschnitt vom Client</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% spät</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Last %1 %2:</source>
        <translation>Letzte %1 %2:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Nick</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation>Inaktive Tage</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Letzter Kanal</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niemals</translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation>Kanal ID: %1</translation>
    </message>
</context>
<context>
    <name>UserLocalNicknameDialog</name>
    <message>
        <source>Local nickname for other users</source>
        <translation>Lokale Spitznamen für andere Nutzer:innen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjust the nickname of other users locally&lt;/b&gt;&lt;br /&gt;</source>
        <translation>&lt;b&gt;Lokale Spitznamen der anderen Nutzer:innen anpassen&lt;/b&gt;&lt;br /&gt;</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Adjusting local nickname for %1</source>
        <translation>Lokalen Spitznamen für %1 anpassen</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>This is a user connected to the server. The icon to the left of the user indicates whether or not they are talking:</source>
        <translation>Dies ist ein zum Server verbundener Benutzer. Das Icon links vom Benutzer zeigt, ob der Benutzer spricht oder nicht:</translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation>Spricht zu Ihrem Kanal.</translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation>Direkt an Ihren Kanal rufen.</translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation>Flüstert direkt zu Ihnen.</translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation>Spricht nicht.</translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation>Dies ist ein Kanal auf dem Server. Das Icon zeigt den Zustand des Kanals:</translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation>Ihr aktueller Kanal.</translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation>Ein Kanal welcher mit Ihrem Kanal verknüpft ist. Benutzer in verknüpften Kanälen können miteinander sprechen.</translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation>Ein Kanal auf dem Server mit dem Sie nicht verknüpft sind.</translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation>Dies zeigt die Attribute, welche der Benutzer auf dem Server hat (sofern er welche hat):</translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation>Auf deiner Freundesliste</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>Authentifizierter Benutzer</translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation>Stumm gestellt (selbst)</translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation>Stumm gestellt (von Admin)</translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation>Stumm (darf im aktuellen Kanal nicht sprechen)</translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation>Stumm gestellt (von Ihnen, nur für Sie)</translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation>Stummgeschaltet (Push-to-Mute)</translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation>Taub gestellt (selbst)</translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation>Taub gestellt (von Admin)</translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation>Benutzer hat einen neuen Kommentar gesetzt (klicken um anzusehen)</translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>Benutzer hat einen Kommentar gesetzt, welchen Sie schon gesehen haben. (klicken um anzusehen)</translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation>Textnachrichten ignorieren</translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation>Dies zeigt die Attribute, welche der Kanal hat (sofern vorhanden):</translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation>Kanal hat einen neuen Kommentar (klicken um anzusehen)</translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>Kanal hat einen Kommentar gesetzt, welchen Sie bereits gesehen haben. (klicken um anzusehen)</translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation>Kanal wird versteckt wenn die Filterung aktiviert ist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation>Sind Sie sicher dass sie diesen Benutzer verschieben möchten?</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation>Sind Sie sicher, dass Sie den Kanal verschieben möchten?</translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation>Kann dieses Verschieben nicht automatisiert ausführen. Bitte setzen Sie die Kanalpositionswert zurück oder setzen Sie sie manuell.</translation>
    </message>
    <message>
        <source>Talking while being muted on your end</source>
        <translation>Spricht, ist aber auf Ihrer Seite lokal stumm gestellt</translation>
    </message>
    <message>
        <source>This is a channel listener. The corresponding user hears everything you say in this channel.</source>
        <translation>Dies ist ein Zuhörer. Der entsprechende Nutzer hört alles, was in diesem Kanal gesagt wird.</translation>
    </message>
    <message>
        <source>Channel has access restrictions so that you can&apos;t enter it</source>
        <translation>Der Kanal ist zutrittsbeschränkt und kann nicht betreten werden</translation>
    </message>
    <message>
        <source>Channel has access restrictions but you can enter nonetheless</source>
        <translation>Der Kanal ist Zutritts-beschränkt, Sie sind zum Beitritt jedoch befugt</translation>
    </message>
    <message>
        <source>Channel will be pinned when filtering is enabled</source>
        <translation>Kanal wird angepinnt, wenn Filtern aktiviert ist</translation>
    </message>
    <message>
        <source>Channel Listener</source>
        <translation>Kanal-Hörer</translation>
    </message>
    <message>
        <source>This channel listener belongs to %1</source>
        <translation>Dieser Kanalhörer gehört zu %1</translation>
    </message>
</context>
<context>
    <name>VersionCheck</name>
    <message>
        <source>Upgrade Mumble</source>
        <translation>Mumble aktualisieren</translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation>Eine neue Version von Mumble ist verfügbar und wurde automatisch heruntergeladen. Es wird empfohlen, dass Sie entweder diese neue Version oder die letzte stabile Version installieren. Möchten Sie die neue Version jetzt installieren?</translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation>Start des Snapshot-Installers fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation>Der Download der neuen Mumble-Version war fehlerhaft und wurde gelöscht.</translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation>Neuer Snapshot wird heruntergeladen von %1 nach %2</translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation>Neue Version konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation>Mumble konnte keine Versions-Informationen vom Zentralserver abrufen.</translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation>Zertifikatsketten-Details</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Common Name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Subunit</source>
        <translation>Untereinheit</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Gültig ab: %1</translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serial: %1</translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation>Öffentlicher Schlüssel: %1 bits %2</translation>
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
        <translation>Fingerabdruck (SHA-1): %1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgegeben von:</translation>
    </message>
    <message>
        <source>Unit Name</source>
        <translation>Einheit Name</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Recorder failed to create directory &apos;%1&apos;</source>
        <translation>Rekorder konnte Verzeichnis „%1“ nicht erstellen</translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation>Rekorder konnte Datei „%1“ nicht öffnen</translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation>.wav – Unkomprimiert</translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation>.ogg (Vorbis) – Komprimiert</translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation>.au – Unkomprimiert</translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation>.flac – Verlustfrei komprimiert</translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation>.opus – Verlustbehaftet komprimiert</translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation>.mp3 – Verlustbehaftet komprimiert</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation>Rekorder</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>00:00:00</source>
        <translation>00:00:00</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>Mehrkanal</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>Zielverzeichnis</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen&#xa0;…</translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation>Gültige Variablen sind:</translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation>Fügt den Namen des Benutzers ein</translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation>Fügt das aktuelle Datum ein</translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation>Fügt die aktuelle Uhrzeit ein</translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation>Fügt den Hostnamen ein</translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation>Rekorder läuft noch</translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation>Das Schließen des Rekorders ohne zu speichern wird die aktuelle Audio-Sequenz verwerfen. Möchtest du den Rekorder wirklich schließen?</translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation>Aufnahme kann nicht gestartet werden, da keine Verbindung zu einem Server besteht.</translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation>Der Server mit dem Sie aktuell verbunden sind hat die Version 1.2.2 oder älter. Aus Gründen der Privatsphäre sind Aufnahmen auf Servern älter als 1.2.3 nicht möglich.
Bitte kontaktieren Sie den Server-Administrator für weitere Informationen.</translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation>Es läuft bereits eine Aufnahme für diesen Server.</translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation>Bitte wählen Sie ein Aufnahmeformat aus.</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation>Zielverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Unable to start recording - the audio output is miconfigured (0Hz sample rate)</source>
        <translation>Starten der Aufnahme fehlgeschlagen – der Audioausgang ist falsch konfiguriert (0 Hz Abtastrate)</translation>
    </message>
    <message>
        <source>Multichannel + Transport (JACK)</source>
        <translation>Multikanal + Transport (JACK)</translation>
    </message>
    <message>
        <source>Transport (JACK, standalone)</source>
        <translation>Transport (JACK, unabhängig)</translation>
    </message>
    <message>
        <source>This field contains the directory path to store any voice recordings in. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Dieses Feld enthält den Verzeichnispfad, in dem die Sprachaufnahmen gespeichert werden sollen. Verwenden Sie die Schaltfläche &quot;Durchsuchen&quot;, um einen Dateidialog zu öffnen.</translation>
    </message>
    <message>
        <source>This field contains the filename any voice recording is saved as. Various variables can be used to augment the filename. For example %time for the current time.</source>
        <translation>Dieses Feld enthält den Dateinamen, unter dem eine Sprachaufnahme gespeichert wird. Verschiedene Variablen können verwendet werden, um den Dateinamen zu vervollständigen. Zum Beispiel %time für die aktuelle Zeit.</translation>
    </message>
</context>
<context>
    <name>VolumeSliderWidgetAction</name>
    <message>
        <source>Volume Adjustment</source>
        <translation>Lautstärkeanpassung</translation>
    </message>
    <message>
        <source>Local volume adjustment</source>
        <translation>Lokale Lautstärkenanpassung</translation>
    </message>
</context>
<context>
    <name>WASAPIInput</name>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Der Zugang zum Mikrofon wurde verweigert. Bitte überprüfen Sie, ob die Mikrofoneinstellungen Ihres Betriebssystems es Mumble ermöglichen, das Mikrofon zu verwenden.</translation>
    </message>
</context>
<context>
    <name>WASAPISystem</name>
    <message>
        <source>Default Device</source>
        <translation>Standardgerät</translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation>Mumble PTT</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Push-To-Talk</translation>
    </message>
</context>
</TS>
