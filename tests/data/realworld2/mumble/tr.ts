<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>İzin ver</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>%1 yetkisine izin ver</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 iznini reddet</translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation>Mumble - Kanal ekle</translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation>Varsayılan sunucu değeri</translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation>Başarısız: Geçersiz kanal</translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation>Mumble - %1&apos;i düzenle</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>Kimlik: %1</translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Bu, %1 iznini verir. Eğer bir izin hem verilir hem de reddedilirse, reddedilmiş sayılır.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation>Kanalın bir ismi olması lazım</translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Bu, %1 iznini kaldırır. Eğer bir izin hem verilir hem de reddedilirse, reddedilmiş sayılır.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Diyalog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation>Kanalın ismini burada giriniz.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation>Kanalın parolasını buraya girin.</translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation>Geçici kanal oluşturmak için seçiniz.</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Geçici</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation>&lt;b&gt;Konum&lt;/b&gt;&lt;br /&gt;
Bu değer Mumble&apos;ın kanalları kanal ağacında düzenleme şeklini değiştirmenize imkân sağlar. Daha büyük bir &lt;i&gt;Konum&lt;/i&gt; değeri olan bir kanal daha küçük değeri olan bir kanalın altında görüntülenecektir. &lt;i&gt;Konum&lt;/i&gt; değeri eşit olan iki kanal isimlerine göre alfabetik olarak sıralanacaktır.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruplar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation>Grup listesi</translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation>Seçilen grubu kaldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation>Grup üyelerini üst kanaldan al</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation>Grubu alt kanallardan alınabilir olarak ayarla</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Alınabilir</translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation>Grup üst kanaldan alındı</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Alınmış</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>Gruba üye ekle</translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation>Gruptan üye kaldır</translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation>&amp;EKL</translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation>Etkin EKL&apos;ler</translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation>Üstten EKL özellikleri alınsın mı?</translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation>Üst kanallar zincirinden EKL (Erişim Kontrol Listesi - Access Kontrol List ya da ACL olarak da bilinir) özelliklerinin alınıp alınmayacağını belirler. Sadece üst kanalda &quot;Tüm alt kanallara uygula&quot; olarak işaretlenen unsurlar alınacaktır.</translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation>EKL&apos;leri üstten al</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Unsuru yukarı taşı</translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation>Unsuru listede yukarı taşır. Unsurlar sırayla değerlendirileceklerinden, bu kullanıcıların izinlerini değiştirmesine yol açabilir. Herhangi bir unsuru alınan bir unsurun üzerine taşıyamazsınız, bunu yapmanız hakîkaten gerekiyorsa alınan unsuru kopyalamanız gerekir.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Yukarı</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Unsuru aşağıya taşı</translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation>Unsuru listede yukarı taşır. Unsurlar sırayla değerlendirileceklerinden, bu kullanıcıların izinlerini değiştirmesine yol açabilir.</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Aşağı</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>Yeni unsur ekle</translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation>Bu, başlangıçta hiçbir izni olmayan ve tümüne uygulanan yeni bir unsur ekler.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Unsur kaldır</translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation>Seçilen unsuru kaldırır.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation>Bu kanala unsurun uygulanmasını sağlar.</translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation>Bu kanala unsurun uygulanmasını sağlar.</translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation>Bu kanala uygulanır</translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation>Unsur tüm alt kanallara uygulanır.</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>Yeni grup ekle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation>&lt;b&gt;Ekle&lt;/b&gt;&lt;br/&gt;
Yeni bir grup ekle.</translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation>Alınmış üyeler</translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation>Gruba bu kanal tarafından eklenen üyelerin listesini içerir.</translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>Üst kanaldan grup üyelikleri alınmayacak üyelerin listesini içerir.</translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation>Diğer kanallar tarafından alınan üyelerin listesini içerir.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation>Gruba ilâve etmek istediğiniz kullanıcının ismini girip Ekleye tıklayınız.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation>Gruptan kaldırmak istediğiniz kullanıcının ismini girip Ekleye tıklayınız.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Dışarıda tut</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>Dışarıda bırakılan üyeler</translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation>Bu seçenek, bu kanalın tüm alt kanallarına unsurun uygulanmasını sağlar.</translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation>Alt kanallara uygulanır</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>İzinler</translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation>Kullanıcı/Grup</translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation>Bu unsurun uygulandığı grup</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Kullanıcı kimliği</translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation>Bu unsurun uygulandığı kullanıcı</translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation>Bu unsurun hangi kullanıcıya uygulandığını yönetir. Sunucuda bir denkleşme aramak için bir kullanıcı ismi girmeniz yeterlidir.</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Özellikler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation>&lt;b&gt;İsim&lt;/b&gt;&lt;br /&gt;Kanalın ismini bu alanda giriniz. İsmin, bağlandığınız sunucunun koyduğu sınırlamalara uyması gerekir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation>&lt;b&gt;Geçici&lt;/b&gt;&lt;br /&gt;
Seçildiğinde, oluşturulan kanal geçici olarak işaretlenecektir. Bu, son kullanıcının çıktığında kanalın sunucu tarafından otomatik olarak silineceği anlamına gelir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation>&lt;b&gt;Grup&lt;/b&gt;&lt;br /&gt;
Güncel olarak kanal için tanımlanmış tüm gruplar. Yeni bir grup oluşturmak için ismini yazıp giriş (enter) tuşuna basmanız kâfidir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation>&lt;b&gt;Kaldır&lt;/b&gt;&lt;br /&gt;Seçilen grupları kaldırır. Eğer bir grup üst kanaldan alındıysa, listeden kaldırılmaz ancak grup hakkındaki tüm yerel bilgiler silinir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation>&lt;b&gt;Al&lt;/b&gt;&lt;br /&gt;Üst kanalda grup &lt;i&gt;Alınabilir&lt;/i&gt; olarak işaretlendiyse, gruptaki tüm üyeleri üst kanaldan alır.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation>&lt;b&gt;Alınabilir&lt;/b&gt;&lt;br /&gt;Bu, grubu alt kanallara verilebilir yapar. Eğer grup alt kanallardan alınamazsa, alt kanallar aynı isimde yeni bir grup oluşturabilirler.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation>&lt;b&gt;Alınmış&lt;/b&gt;&lt;br /&gt;Grubun üst kanaldan alındığını belirtir. Bu bayrağı düzenleyemezsiniz, sadece bilgi vermek için bulunur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation>&lt;b&gt;Üyeler&lt;/b&gt;&lt;br /&gt;
Bu liste, güncel kanal tarafından gruba eklenen tüm üyeleri gösterir. Kanal hiyerarşisinin daha üst seviyeleri tarafından alınan üyelerin buna dahil olmayacağını unutmayınız. Bu üyeler &lt;i&gt;Alınmış üyeler&lt;/i&gt; listesinde bulunacaktır. Bu listenin alt kanallar tarafından alınmasını engellemek için &lt;i&gt;Alınabilir&lt;/i&gt; seçeneğini devre dışı bırakın veya üyeleri &lt;i&gt;Dışarıda bırakılan üyeler&lt;/i&gt; listesine elle ekleyin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded members&lt;/b&gt;&lt;br /&gt;
Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>&lt;b&gt;Dışarıda bırakılan üyeler&lt;/b&gt;&lt;br /&gt;
Üst kanaldan grup üyelikleri alınmayacak üyeler listesi içerir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited members&lt;/b&gt;&lt;br /&gt;
Contains the list of members inherited by the current channel. Uncheck &lt;i&gt;Inherit&lt;/i&gt; to prevent inheritance from higher level channels.</source>
        <translation>&lt;b&gt;Alınmış üyeler&lt;/b&gt;&lt;br /&gt;
Güncel kanal tarafından alınmış üyelerin listesini içerir. Üst kanallardan üye almamak için &lt;i&gt;Al&lt;/i&gt; şıkkını devre dışı bırakınız.</translation>
    </message>
    <message>
        <source>This controls which group of users this entry applies to.&lt;br /&gt;Note that the group is evaluated in the context of the channel the entry is used in. For example, the default ACL on the Root channel gives &lt;i&gt;Write&lt;/i&gt; permission to the &lt;i&gt;admin&lt;/i&gt; group. This entry, if inherited by a channel, will give a user write privileges if he belongs to the &lt;i&gt;admin&lt;/i&gt; group in that channel, even if he doesn&apos;t belong to the &lt;i&gt;admin&lt;/i&gt; group in the channel where the ACL originated.&lt;br /&gt;If a group name starts with &apos;!&apos;, its membership is negated, and if it starts with &apos;~&apos;, it is evaluated in the channel the ACL was defined in, rather than the channel the ACL is active in.&lt;br /&gt;If a group name starts with &apos;#&apos;, it is interpreted as an access token. Users must have entered whatever follows the &apos;#&apos; in their list of access tokens to match. This can be used for very simple password access to channels for non-authenticated users.&lt;br /&gt;If a group name starts with &apos;$&apos;, it will only match users whose certificate hash matches what follows the &apos;$&apos;.&lt;br /&gt;A few special predefined groups are:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Everyone will match.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - All authenticated users will match.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - User currently in a sub-channel minimum &lt;i&gt;a&lt;/i&gt; common parents, and between &lt;i&gt;b&lt;/i&gt; and &lt;i&gt;c&lt;/i&gt; channels down the chain. See the website for more extensive documentation on this one.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Users currently in the channel will match (convenience for &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Users outside the channel will match (convenience for &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Note that an entry applies to either a user or a group, not both.</source>
        <translation>Bu unsurun hangi kullanıcı gruplarına uygulandığını yönetir.&lt;br /&gt;Grubun, unsurun kullanıldığı kanal bağlamında değerlendirildiğini unutmayınız. Örneğin kök kanalda varsayılan EKL&apos;ler &lt;i&gt;yöneticiler&lt;/i&gt; grubuna &lt;i&gt;Yaz&lt;/i&gt; iznini verir. Bu unsur, bir kanal tarafından alındıysa, kullanıcı EKL&apos;in tanımlandığı kanalda &lt;i&gt;yöneticiler&lt;/i&gt; grubuna üye olmasa bile, bu kanalda &lt;i&gt;yöneticiler&lt;/i&gt; grubuna ait bir kullanıcıya yazma iznini verecektir.&lt;br /&gt;Bir grubun ismi &apos;!&apos; ile başlarsa üyeliği olumsuzlanır, &apos;~&apos; ile başlarsa EKL&apos;in etkin olduğu kanal yerine tanımlandığı kanal bağlamında değerlendirilir.&lt;br /&gt;Eğer bir grup ismi &apos;#&apos; ile başlarsa, bu bir erişim jetonu olarak değerlendirilir. Denk gelmesi için kullanıcıların erişim jeton listelerinde &apos;#&apos; karakterini izleyen metni girmiş olmaları gerekir. Kanallara kimliği doğrulanmamış kullanıcıların erişimi için çok basit bir parola sistemi olarak kullanılabilir.&lt;br /&gt;Eğer grup ismi &apos;$&apos; ile başlarsa, sadece sertifikalarının hash değerinin &apos;$&apos; karakterini izleyen metne denk geldiği kullanıcılar dikkate alınır.&lt;br /&gt;Birkaç öntanımlı özel grup vardır:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Herkes denk gelir.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - Kimliği doğrulanmış tüm kullanıcılar denk gelir.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - Güncel olarak &lt;i&gt;b&lt;/i&gt; ilâ &lt;i&gt;c&lt;/i&gt; sayı alt kanalda bulunan ve asgari &lt;i&gt;a&lt;/i&gt; paylaşılan üst kanalı bulunan kullanıcılar. Bu unsur hakkında daha fazla bilgi için sitemize bakınız.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Güncel olarak kanalda bulunan kullanıcılar denk gelir (&apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos; değeri için bir kısaltma olarak görülebilir.)&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; Kanal dışındaki kullanıcılar denk gelir (&apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos; değeri için bir kısaltma olarak kabul edilebilir).&lt;br /&gt;Bir unsurun ya bir gruba ya da bir kullanıcıya uygulandığını, ancak her ikisine aynı anda uygulanmadığını unutmayınız.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br /&gt;This field allows you to easily set and change the password of a channel. It uses Mumble&apos;s access tokens feature in the background. Use ACLs and groups if you need more fine grained and powerful access control.</source>
        <translation>&lt;b&gt;Parola&lt;/b&gt;&lt;br /&gt;Bu alan bir kanalın parolasını kolayca belirlemenize ya da değiştirmenize imkân sağlar. Arka planda Mumble&apos;ın erişim jetonlarını kullanır. Daha güçlü ve ayrıntılı bir kontrole ihtiyacınız varsa grupları ve EKL&apos;leri kullanınız.</translation>
    </message>
    <message>
        <source>This shows all the entries active on this channel. Entries inherited from parent channels will be shown in italics.&lt;br /&gt;ACLs are evaluated top to bottom, meaning priority increases as you move down the list.</source>
        <translation>Bu kanalda etkin tüm unsurları gösterir. Üst kanallardan alınan unsurlar italik olarak gösterilecektir.&lt;br /&gt;EKL&apos;ler yukarıdan aşağıya değerlendirilirler, ki bu önceliğin listede aşağıya inildikçe artacağı anlamına gelir.</translation>
    </message>
    <message>
        <source>ID of the channel.</source>
        <translation>Kanalın kimliği.</translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation>Azami Kullanıcı Sayısı</translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation>Kanalda müsaade edilen azami kullanıcı sayısı</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum Users&lt;/b&gt;&lt;br /&gt;
This value allows you to set the maximum number of users allowed in the channel. If the value is above zero, only that number of users will be allowed to enter the channel. If the value is zero, the maximum number of users in the channel is given by the server&apos;s default limit.</source>
        <translation>&lt;b&gt;Azami Kullanıcı Sayısı&lt;/b&gt;&lt;br /&gt;
Bu değer kanalda izin verilen azami kullanıcı sayısını ayarlamanıza izin verir. Eğer değer sıfırdan yüksekse sadece o sayıdaki kullanıcı kanala girebilecektir. Eğer değer sıfırsa kanaldaki azami kullanıcı sayısı sunucunun varsayılan sınırı tarafından belirlenir.</translation>
    </message>
    <message>
        <source>This is the sort order for the channel.</source>
        <translation>Bu, kanalın sıralama düzenidir.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Özellikler</translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation>Kanal parolası</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanal adı</translation>
    </message>
    <message>
        <source>Inherited group members</source>
        <translation>Devralınan grup üyeleri</translation>
    </message>
    <message>
        <source>Inherited channel members</source>
        <translation>Devralınan kanal üyeleri</translation>
    </message>
    <message>
        <source>List of ACL entries</source>
        <translation>ACL girdilerinin listesi</translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation>Kanal konumu</translation>
    </message>
    <message>
        <source>Channel maximum users</source>
        <translation>Kanaldaki azami kullanıcı sayısı</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Kanal açıklaması</translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation>Eklemek için üye seçin</translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation>Hariç tutulan grup üyeleri</translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation>Kaldırmak için üye seçin</translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation>Erişim denetim listesi unsurları listesi</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>Grup seç</translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Bu ACL unsurunun uygulanacağı grubu seçer. Aynı anda hem bir grup hem de bir kullanıcı seçilemez.</translation>
    </message>
    <message>
        <source>Select user</source>
        <translation>Kullanıcı seç</translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Bu ACL unsurunun uygulanacağı kullanıcıyı seçer. Aynı anda hem bir grup hem de bir kullanıcı seçilemez.</translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation>Kullanılabilir izinlerin listesi</translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Varsayılan ALSA Kartı</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation>Seçilen ALSA girdisinin açılması başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Varsayılan ALSA kartı</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation>Seçilen ALSA Çıktısı başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>ALSAEnumerator</name>
    <message>
        <source>Getting name (longname) of the sound card failed: %1</source>
        <translation>Ses kartının adı (uzun adı) alınamadı: %1</translation>
    </message>
    <message>
        <source>Getting name of the sound card failed: %1</source>
        <translation>Ses kartının adı alınamadı: %1</translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (sürüm %2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation>%1 -&gt; %2 örnek tamponu, %5 Hz frekansında %3 örnekleme çözünürlüğü ile (%4 önerilir)</translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation>ASİO başlangıcı başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation>ASİO sürücüsünün örneklemesi (instantiation) başarısız oldu</translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation>ASİO</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Aygıt seçimi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Aygıt</translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation>Mikrofon için kullanılacak aygıt</translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation>Sorgulanacak aygıtı seçer. Bundan sonra aygıtı sorgulamanız ve kullanılacak kanalları seçmeniz gerekir.</translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation>Seçilen aygıtı sorgula</translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Bu, kanallar için seçilen aygıtı sorgular. Pek çok ASIO sürücüsünün aşırı derecede hatalı olduğunu ve bunları sorgulamanın uygulamanın veya sistemin çökmesine neden olabileceğini unutmayın.</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Sorgula</translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation>Seçilen aygıtı yapılandır</translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Bu, seçilen aygıtı yapılandırır. Pek çok ASIO sürücüsünün aşırı derecede hatalı olduğunu ve bunları sorgulamanın uygulamanın veya sistemin çökmesine neden olabileceğini unutmayın.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Yapılandır</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Yetenekler</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>Sürücü ismi</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Tampon boyutu</translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation>Bu, ASIO için girdi kanallarını yapılandırır. En az bir kanalı mikrofon ve hoparlör olarak seçtiğinize emin olunuz. &lt;i&gt;Mikrofon&lt;/i&gt;, mikrofonunuzun bağlı olduğu konum ve &lt;i&gt;Hoparlör&lt;/i&gt; &apos;&lt;i&gt;duyduğunuzu&lt;/i&gt;&apos; örnekleyen bir kanal olmalıdır.&lt;br /&gt;Mesela Audigy 2 ZS için iyi bir mikrofon seçimi &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; değeridir; Hoparlör ise &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; ve &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos; olmalıdır.</translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation>Girdi kanallarını yapılandır</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanallar</translation>
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
        <translation>Kullanılmıyor</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hoparlörler</translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation>Mikrofonların listesi</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Hoparlörlerin listesi</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Aygıt listesi</translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation>Kullanılmayanlardan mikrofon listesine taşı</translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation>Mikrofondan kullanılmayanlar listesine taşı</translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation>Kullanılmayan aygıtların listesi</translation>
    </message>
    <message>
        <source>Move from unused to speakers list</source>
        <translation>Kullanılmayanlardan hoparlörler listesine taşı</translation>
    </message>
    <message>
        <source>Move from speakers to unused list</source>
        <translation>Hoparlörlerden kullanılmayanlar listesine taşı</translation>
    </message>
</context>
<context>
    <name>ASIOInput</name>
    <message>
        <source>You need to select at least one microphone and one speaker source to use ASIO.</source>
        <translation>ASIO kullanmak için en az bir mikrofon ve hoparlör kaynağı seçmelisiniz.</translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation>Seçilen ASIO aygıtının açılması başarısız oldu. Hiçbir girdi alınmayacak.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation>Mumble Hakkında</translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation>Mumble &amp;Hakkında</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lisans</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>G&amp;eliştiriciler</translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation>&amp;Üçüncü Taraf Lisanları</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>Lisans anlaşması</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Yazarlar</translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation>Üçüncü taraf lisans anlaşmaları</translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation>Yazarların listesi için lütfen &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt; adresine bakın</translation>
    </message>
    <message>
        <source>An Open Source, low-latency, high quality voice-chat utility</source>
        <translation>Açık kaynaklı, düşük gecikmeli, yüksek kaliteli sesli sohbet uygulaması</translation>
    </message>
</context>
<context>
    <name>AccessibleQGroupBox</name>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
</context>
<context>
    <name>AudioInput</name>
    <message>
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Aygıt</translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation>Ses için girdi aygıtı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, ses için kullanılacak girdi aygıtıdır.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Aktarım</translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation>&amp;Aktar</translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation>Konuşmanızın ne zaman aktarılacağı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Konuşmanızın ne zaman aktarılacağını ayarlar.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Devamlı&lt;/i&gt; - Her zaman&lt;br /&gt;&lt;i&gt;Ses Etkinliği&lt;/i&gt; - Açıkça konuştuğunuz zaman.&lt;br /&gt;&lt;i&gt;Bas ve Konuş&lt;/i&gt; - &lt;i&gt;Kısayollar&lt;/i&gt;da belirtilen tuşa bastığınız zaman.</translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation>Çift basma süresi</translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation>Bu süre içinde Bas ve Konuş tuşuna ikinci kez basarsanız kilitlenecektir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation>&lt;b&gt;Çift basma süresi&lt;/b&gt;&lt;br /&gt;Eğer bas-ve-konuş tuşuna belirtilen süre içerisinde ikinci kez basarsanız kilitlenecektir. Mumble bu tuşa tekrar basıp kilidi açmadığınız sürece devamlı aktarım yapacaktır.</translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation>Ses işaretlerini sıfırla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation>&lt;b&gt;Sıfırla&lt;/b&gt;&lt;br/&gt;Dosya yollarını varsayılan değerlere geri al.</translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation>Açık ses dosyası için tara</translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation>Kapalı ses dosyası için tara</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation>SNR&apos;e dayalı konuşma tespiti</translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation>Sinyal / Gürültü</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation>&lt;b&gt;Konuşma tespitinin amplitüd kullanmasını sağlar.&lt;/b&gt;&lt;br /&gt;Bu kipte, girdi sinyalinin kaba kuvveti konuşma tespiti için kullanılır.</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitüd</translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation>Aktarım &amp;Devamı</translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation>Sessizlikten sonra ne kadar süre aktarıma devam edileceği</translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation>Aşağısında sessizlik</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation>&lt;b&gt;Konuşma tespiti için tetikleyici değerleri belirler.&lt;/b&gt;&lt;br /&gt;Ses İstatistikleri penceresi ile değerleri elle ayarlamanız tavsiye edilir. &quot;Aşağısında sessizlik&quot; değerinden düşük girdi değerleri her zaman sessizlik olarak sayılırlar. &quot;Üstünde Konuşma&quot;dan yüksek değerler daima konuşma sayılırlar. Aradaki değerler, zaten konuşmaktaysanız konuşma sayılırlar, ancak yeni bir tespit tetiklemezler.</translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation>Üstünde Konuşma</translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation>Bu değerden yüksek sinyaller konuşma sayılır</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Sıkıştırma</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Kalite</translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation>Sıkıştırma kalitesi (azami bant genişliği)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation>&lt;b&gt;Sıkıştırma kalitesini ayarlar.&lt;/b&gt;&lt;br /&gt;Mumble&apos;ın dışarıya giden ses verileri için kullanabileceği bant genişliği miktarını belirtir.</translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation>Paket başına ses</translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation>Paket başına ne kadar ses verisi gönderileceği</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation>&lt;b&gt;Paket başına konulacak ses veri miktarını belirler.&lt;/b&gt;&lt;br /&gt;Bu değeri arttırmanız konuşmanızın gecikmesini arttıracaktır, ancak aynı zamanda bant genişliği gereksinimlerini azaltacaktır.</translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation>Ses İşlenmesi</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Gürültü bastırma</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation>&lt;b&gt;Bu, uygulanacak gürültü bastırma miktarını ayarlar.&lt;/b&gt;&lt;br /&gt;Bu değer ne kadar yüksek olursa, sabit gürültü o kadar çok bastırılacaktır.</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Girdi sesinin azami yükseltilmesi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation>&lt;b&gt;Girdinin azami yükseltilmesi (amplifikasyon)&lt;/b&gt;&lt;br /&gt;Mumble sıkıştırmadan önce girdi sesini normalize eder, ve bu ne kadar yükseltebileceğini ayarlar.&lt;br /&gt;Asli seviye konuşmanıza dayalı olarak devamlı güncellenir, fakat hiçbir zaman burada belirtilen değeri geçmez.&lt;br /&gt;Eğer &lt;i&gt;Mikrofon seviyesi&lt;/i&gt; ses istatistikleri %100 civarındaysa, bunu muhtemelen 2.0 civarı bir değere ayarlamak en iyisidir. ama eğer kullanıcıların çoğu gibi %100 değerine erişemiyorsanız, çok daha yüksek bir değer seçiniz.&lt;br /&gt;İdeal durumda, çok alçak sesle konuşuyorsanız bile &lt;i&gt;Mikrofon seviyesi * Yükseltme faktörü &gt;=100&lt;/i&gt; olacak şekilde seçiniz.&lt;br /&gt;&lt;br /&gt;Azami değeri seçmenin hiçbir kötü yanı yoktur, ancak bu değere otomatik olarak ulaşmasına izin verirseniz, Mumble başka konuşmaları da duymaya başlar.</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Güncel ses tespiti ihtimâli</translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation>Bunu etkinleştirmeniz hoparlörlerden gelen yankıyı iptal eder. Karışığın mikroişlemciye yükü düşük olur ancak bu sadece hoparlörlerinizin ses hacmi eşitse ve mikrofondan eşit mesafede bulunuyorlarsa iyi sonuç verir. Çoklu kanal eko iptali çok daya iyi sonuç verir ancak mikroişlemciye ek yükü yüksektir.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation>&lt;b&gt;Konuşma tespitinin Sinyal / Gürültü oranını kullanmasını sağlar.&lt;/b&gt;&lt;br /&gt;Bu kipte, girdi net bir sinyale benzeyen bir şey bulmak için analiz edilir, ve sinyalin netliği konuşma tespiti için kullanılır.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Güncel konuşma tespiti ayarlarını gösterir.&lt;/b&gt;&lt;br /&gt;Bu ayarları Ayarlar diyaloğundan ya da Ses Sihirbazı vasıtasıyla değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation>Bu değerden düşük sinyaller sessiz sayılır</translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation>Ses gönderimi için kullanılacak azami bant genişliği</translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation>Amplitüde dayalı konuşma tespiti kullan</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation>&lt;b&gt;Bu, konuşmada algılanan bir durmadan sonra ne kadar süre boyunca ses aktarımının devam edeceğini belirler.&lt;/b&gt;&lt;br /&gt;Bu değeri, konuştuğunuzda sesinizde kesiklikler oluşursa (isminizin yanında hızlı bir şekilde yanıp sönen bir ikon ile gösterilir) yükseltin.</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation>Ayrıcalıklı kip</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Bu, aygıtı ayrıcalıklı kipte açar.&lt;/b&gt;&lt;br /&gt;Başka hiçbir uygulama bu aygıtı kullanamaz.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Ayrıcalıklı</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Sıfırla</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Tara...</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>T&amp;ara...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Önizleme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation>&lt;b&gt;Önizleme&lt;/b&gt;&lt;br /&gt;Güncel &lt;i&gt;açık&lt;/i&gt; sesini ve arkasından güncel &lt;i&gt;kapalı&lt;/i&gt; sesini çalar.</translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation>Bas ve Konuş düğmesi bulunduran daima üstte bir pencere görüntüler</translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation>Bas ve Konuş penceresini göster</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Çeşitli</translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation>Aktarıma başlanıldığında çalınır</translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation>Aktarım sona erdiğinde çalınır</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>Tutma Süresi</translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation>Bas ve Konuş tuşunun bırakılmasının ardından mikrofonun açık kalma süresi</translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation>Sunucun azami ses bant genişliği sadece şudur: %1 kbit/s. Ses kalitesi otomatik olarak şuna ayarlanmıştır: %2 kbit/s (%3 ms)</translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation>Azami Yükseltme</translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation>Boşta kalma eylemi</translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation>dakika şunu yap:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey yapma</translation>
    </message>
    <message>
        <source>deafen</source>
        <translation>sağır et</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>sustur</translation>
    </message>
    <message>
        <source>after</source>
        <translation>geçtikten sonra</translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation>Yankı İptali</translation>
    </message>
    <message>
        <source>The idle action will be reversed upon any key or mouse button input</source>
        <translation>Boşta eylemi herhangi bir klavye veya fare girdisi olduğunda geri alınacaktır</translation>
    </message>
    <message>
        <source>Undo Idle action upon activity</source>
        <translation>Etkinlik varsa boşta eylemini geri al</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Ses girişi</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, ses için kullanılacak girdi metodudur.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kb/s&lt;/b&gt; or higher. </source>
        <translation>Kalite &lt;b&gt;64 kb/s&lt;/b&gt; veya daha yüksek olarak ayarlandığında Opus&apos;un düşük gecikme kipini etkinleştir. </translation>
    </message>
    <message>
        <source>If checked, Mumble will enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kbit/s&lt;/b&gt; or higher. Low-delay mode decreases latency by &lt;b&gt;~15 milliseconds&lt;/b&gt; in the round trip. This mode may require an higher bitrate to preserve the same quality, in comparison with the music and VOIP modes.</source>
        <translation>Eğer seçiliyse, kalite &lt;b&gt;64 kb/s&lt;/b&gt; veya daha yükseğine ayarlandığında Mumble, Opus&apos;un düşük gecikme kipini etkinleştirecektir. Düşük gecikme kipi, gidiş dönüşte gecikmeyi &lt;b&gt;15 milisaniye&lt;/b&gt; kadar azaltacaktır. Bu kip, müzik ve VOIP kipleriyle mukayese edildiğinde aynı kaliteyi muhafaza etmek için daha yüksek bir bit oranı gerektirebilir.</translation>
    </message>
    <message>
        <source>Allow low delay mode</source>
        <translation>Düşük gecikme kipine izin ver</translation>
    </message>
    <message>
        <source>Don&apos;t use noise suppression.</source>
        <translation>Gürültü bastırmayı kullanma.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by Speex.</source>
        <translation>Speex tarafından sağlanan gürültü bastırma algoritmasını kullan.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by RNNoise.</source>
        <translation>RNNoise tarafından sağlanan gürültü bastırma algoritmasını kullan.</translation>
    </message>
    <message>
        <source>Use a combination of Speex and RNNoise to do noise suppression.</source>
        <translation>Gürültü bastırma yapmak için Speex ve RNNoise birleşimini kullan.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Her ikisi</translation>
    </message>
    <message>
        <source>This controls the amount by which Speex will suppress noise.</source>
        <translation>Bu, Speex&apos;in gürültüyü ne kadar bastıracağını denetler.</translation>
    </message>
    <message>
        <source>Speex suppression strength</source>
        <translation>Speex bastırma gücü</translation>
    </message>
    <message>
        <source>Mute cue</source>
        <translation>İşareti sessize alma</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>&amp;Tara...</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Ön izleme</translation>
    </message>
    <message>
        <source>Audio cue when using...</source>
        <translation>Kullanırken ses işareti...</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Push To Talk</source>
        <translation>Bas ve konuş kullanarak aktarımı başlatırken veya durdururken duyulabilir ses işareti</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Push To Talk.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Bu, Bas ve konuş kullanırken aktarım ses işaretlerini etkinleştirir.&lt;/b&gt;&lt;br /&gt;Bunu ayarlamak, aktarımı başlattığınızda ve durdurduğunuzda size kısa bir ses bip sesi verecektir.</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Bas ve Konuş</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Voice Activity</source>
        <translation>Ses Etkinliğini kullanarak aktarımı başlatırken veya durdururken duyulabilir ses işareti</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Voice Activity.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Bu, Ses Etkinliğini kullanırken aktarım ses işaretlerini etkinleştirir.&lt;/b&gt;&lt;br /&gt;Bunu ayarlamak, aktarımı başlattığınızda ve durdurduğunuzda size kısa bir ses bip sesi verecektir.</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Ses Etkinliği</translation>
    </message>
    <message>
        <source>Input backend for audio</source>
        <translation>Ses için girdi arka ucu</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>Ses girdi sistemi</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Ses girdi aygıtı</translation>
    </message>
    <message>
        <source>Transmission mode</source>
        <translation>Aktarım modu</translation>
    </message>
    <message>
        <source>Push to talk lock threshold</source>
        <translation>Bas ve konuş kilit eşiği</translation>
    </message>
    <message>
        <source>Switch between push to talk and continuous mode by double tapping in this time frame</source>
        <translation>Bu zaman diliminde çift dokunarak bas ve konuş ile sürekli mod arasında geçiş yap</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voice hold Time&lt;/b&gt;&lt;br /&gt;After you release the push-to-talk key Mumble will keep transmitting for the selected amount of time.</source>
        <translation>&lt;b&gt;Ses aktarım süresi&lt;/b&gt;&lt;br /&gt;Bas ve konuş tuşunu bıraktıktan sonra Mumble seçilen süre boyunca aktarıma devam edecektir.</translation>
    </message>
    <message>
        <source>Push to talk hold threshold</source>
        <translation>Bas ve konuş aktarım eşiği</translation>
    </message>
    <message>
        <source>Extend push to talk send time after the key is released by this amount of time</source>
        <translation>Tuş bırakıldıktan sonra bas ve konuş aktarım süresini bu süre kadar uzat</translation>
    </message>
    <message>
        <source>Voice hold time</source>
        <translation>Ses muhafaza süresi</translation>
    </message>
    <message>
        <source>Silence below threshold</source>
        <translation>Sessizlik alt eşiği</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal silence</source>
        <translation>Bu, Mumble&apos;ın bir sinyali kesin olarak sessizlik şeklinde değerlendireceği eşiği ayarlar</translation>
    </message>
    <message>
        <source>Speech above threshold</source>
        <translation>Konuşma üst eşiği</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal speech</source>
        <translation>Bu, Mumble&apos;ın bir sinyali kesin olarak konuşma şeklinde değerlendireceği eşiği ayarlar</translation>
    </message>
    <message>
        <source>This sets how much speech is packed into a single network package</source>
        <translation>Bu, tek bir şebeke paketinde ne kadar konuşmanın bulunacağını ayarlar</translation>
    </message>
    <message>
        <source>Audio compression quality</source>
        <translation>Ses sıkıştırma kalitesi</translation>
    </message>
    <message>
        <source>This sets the target compression bitrate</source>
        <translation>Bu, hedef sıkıştırma bit akış oranını ayarlar</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Azami Yükseltme</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Konuşma, dinamik olarak en çok bu miktarda güçlendirilecektir</translation>
    </message>
    <message>
        <source>Noise suppression strength</source>
        <translation>Gürültü bastırma gücü</translation>
    </message>
    <message>
        <source>Echo cancellation mode</source>
        <translation>Yankı iptal kipi</translation>
    </message>
    <message>
        <source>Path to audio file</source>
        <translation>Ses dosyasının yolu</translation>
    </message>
    <message>
        <source>Path to audio cue file when stopping to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Konuşma durduğunda kullanılacak ses işaret doyasının yolu. Bir dosya diyaloğu açmak için &quot;tara&quot; düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Idle action time threshold (in minutes)</source>
        <translation>Boşta kalma süre eşiği (dakika olarak)</translation>
    </message>
    <message>
        <source>Select what to do when being idle for a configurable amount of time. Default: nothing</source>
        <translation>Yapılandırılabilir bir süre boyunca boşta kalındığında ne yapılacağını seçin. Varsayılan: hiçbir şey</translation>
    </message>
    <message>
        <source>Gets played when you are trying to speak while being muted</source>
        <translation>Susturulmuş olduğunuzda konuşmaya çalışırsanız çalınır</translation>
    </message>
    <message>
        <source>Path to mute cue file. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Susturma işaret dosyasının yolu. Bir dosya diyaloğu açmak için &quot;tara&quot; düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Browse for mute cue audio file</source>
        <translation>Susturma işaret ses dosyası için tara</translation>
    </message>
    <message>
        <source>Path to audio cue file when starting to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Konuşmaya başlandığında kullanılacak ses işaret dosyasının yolu. Bir dosya diyaloğu açmak için &quot;tara&quot; düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Preview the mute cue</source>
        <translation>Susturma işaretini önizle</translation>
    </message>
    <message>
        <source>The mute cue is an audio sample which plays when you are trying to speak while being muted</source>
        <translation>Susturma işareti, susturulmuş olduğunuzda konuşmaya çalışırsanız çalınacak ses örneğidir</translation>
    </message>
    <message>
        <source>Preview both audio cues</source>
        <translation>Her iki ses işaretini önizle</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows peak outgoing bandwidth used.&lt;/b&gt;&lt;br /&gt;This shows the peak amount of bandwidth sent out from your machine. Audio bitrate is the maximum bitrate for the audio data alone. Position is the bitrate used for positional information. Overhead is our framing and the IP packet headers (IP and UDP is 75% of this overhead).</source>
        <translation>&lt;b&gt;Bu, kullanılan en yüksek giden bant genişliğini gösterir.&lt;/b&gt;&lt;br /&gt;Bu, makinenizden gönderilen en yüksek bant genişliği miktarını gösterir. Ses bit hızı, yalnızca ses verileri için en yüksek bit hızıdır. Konum, konumsal bilgiler için kullanılan bit hızıdır. Ek yük bizim çerçeveleme ve IP paket başlıklarımızdır (IP ve UDP bu ek yükün %75&apos;idir).</translation>
    </message>
</context>
<context>
    <name>AudioInputDialog</name>
    <message>
        <source>Continuous</source>
        <translation>Devamlı</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Ses Etkinliği</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Bas ve Konuş</translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation>Ses Girdisi</translation>
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
        <translation>Kapalı</translation>
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
        <translation>%1 kbit/s (Ses %2, Konum %4, Yük %3)</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Mikrofona erişim reddedildi. Lütfen işletim sisteminizin mikrofon ayarlarının Mumble&apos;ın mikrofonu kullanmasına izin verip vermediğini kontrol edin.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Disable echo cancellation.</source>
        <translation>Yankı iptalini devre dışı bırakın.</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisaniye</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>kilobits per second</source>
        <translation>kilobit/saniye</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>desibel</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Ses için çıktı metodu</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Aygıt</translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation>Ses için çıktı aygıtı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, ses için kullanılacak çıktı aygıtıdır.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Konumsal Ses</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Ses Çıktısı</translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation>Varsayılan &amp;Jitter Tamponu</translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation>Jitter tamponu için güvenlik aralığı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation>&lt;b&gt;Jitter (titreme) tamponu için asgari emniyet aralığını aralar.&lt;/b&gt;&lt;br /&gt;İçeriye gelen tüm ses arabelleğe alınır, ve gecikmeyi en aza indirmek için jitter tamponu devamlı şebekenin kaldırabileceği asgari değere itmeye çalışır. Bu seçenek kullanılacak asgari tampon boyutunu belirler. Duyduğunuz cümlelerin başında bozukluk varsa bu değeri arttırınız.</translation>
    </message>
    <message>
        <source>This sets the minimum distance for sound calculations. The volume of other users&apos; speech will not decrease until they are at least this far away from you.</source>
        <translation>Ses hesapları için asgari mesafeyi belirler. Diğer kullanıcıların ses seviyesi sizden en az bu kadar uzaklaşmadıkları sürece düşürülmeyecektir.</translation>
    </message>
    <message>
        <source>This sets the maximum distance for sound calculations. When farther away than this, other users&apos; speech volume will not decrease any further.</source>
        <translation>Ses hesapları için azami mesafeyi belirler. Bu mesafeden fazla uzaklaşırlarsa, ne kadar uzaklaşırlarsa uzaklaşsınlar diğer kullanıcıların ses seviyesi daha fazla düşürülmeyecektir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables one of the loopback test modes.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;None&lt;/i&gt; - Loopback disabled&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emulate a local server.&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; - Request loopback from server.&lt;br /&gt;Please note than when loopback is enabled, no other users will hear your voice. This setting is not saved on application exit.</source>
        <translation>&lt;b&gt;Geri döngü test kiplerinden birini etkinleştirir.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Hiçbiri&lt;/i&gt; -Geri döngüyü devre dışı bırakır&lt;br /&gt;&lt;i&gt;Yerel&lt;/i&gt; - Yerel bir sunucuyu taklit eder.&lt;br /&gt;&lt;i&gt;Sunucu&lt;/i&gt; - Sunucudan geri döngü talep eder.&lt;br /&gt;Geri döngü etkinleştirildiğinde diğer kullanıcıların sesinizi duymayacaklarını unutmayınız. Bu ayar uygulamadan çıkıldığında saklanmaz.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation>Gelen konuşma için ses düzeyi</translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation>&lt;b&gt;İçeriye gelen konuşmaların ses seviyesini ayarlar.&lt;/b&gt;&lt;br /&gt;Değeri %100&apos;ün üzerine çıkarırsanız ses bozulur.</translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation>Çıktı Gecikmesi</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Tampona alınacak veri miktarı</translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation>Bağlı &quot;hoparlörler&quot; aslında kulaklıktır</translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation>Genişletme</translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation>Ses seviyesi yükseltilmesi için katsayı</translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation>Çok yakın olan kaynaklar için ses seviyesi ne kadar yükseltilmelidir?</translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation>Bu şıkkı seçmeniz bağlı hoparlörlerinizin olmadığını, sadece kulaklık kullandığınızı belirtir. Bu mühimdir, çünkü hoparlörler tipik olarak önünüzde bulunurlar, halbuki kulaklıklar doğrudan sağ ve solunuzdadır.</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Çıktı tamponunda önbelleğe alınacak veri miktarını ayarlar. Değişik değerleri deneyiniz ve seste parazit yaratmayan en düşük değeri seçiniz.</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kulaklıklar</translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation>Asgari Mesafe</translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation>Azami Mesafe</translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation>Asgari Ses Seviyesi</translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation>Azami mesafede ses seviyesi ne olmalıdır?</translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation>Geri döngü Testi</translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation>Gecikme Değişikliği</translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation>Paket gecikmesinde değişmeler</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation>&lt;b&gt;Geri döngü testi için paket gecikmesinde değişkenliği (latency variance) ayarlar.&lt;/b&gt;&lt;br /&gt;Ses yollarının çoğu değişik gecikme içerir. Bu seçenek bu değişmeleri geri döngü kipinde testler için belirtmenize izin verir. Mesela 15ms değerini seçerseniz, bu, 20-35ms ping gecikmesi ya da 80-95ms gecikme olan şebekeleri taklit eder. Kişisel İnternet bağlantılarının çoğu 5ms civarı bir değişme içerirler.</translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation>Paket Kaybı</translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation>Geri döngü kipinde paket kaybı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation>&lt;b&gt;Geri döngü kipinde paket kaybını ayarlar.&lt;/b&gt;&lt;br /&gt;Bu, kaybedilen paketlerin oranı olacaktır. Dışarıya giden bant genişliğinizde aşırı yük olmadığı ve bağlantınızda bir sorun meydana gelemediği sürece, bunun değeri %0 olur</translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation>&amp;Geri döngü</translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation>İstenilen geri döngü kipi</translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation>Uygulamaları bu kadar kıs...</translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation>Diğer tüm uygulamaları konuşma sırasında kıs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation>&lt;b&gt;Diğer tüm uygulamaların sesini konuşma sırasında kıs&lt;/b&gt;&lt;br /&gt;Mumble, diğer uygulamaların sesini, gelen ya da giden konuşma verileri bulunduğunda kısmayı destekler. Bu, etkinleştirildiyse, diğer uygulamaların sesinin kısılma miktarını belirler.</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation>Seçiliyse, Mumble kullanıcılar konuştuğunda diğer uygulamaların sesini kısar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation>&lt;b&gt;Diğer uygulamaların sesini kullanıcılar konuştuğunda kıs&lt;/b&gt;&lt;br /&gt;Mumble, diğer uygulamaların sesini, gelen ya da giden konuşma verileri bulunduğunda kısmayı destekler. Bu seçenek işlevi diğer kullanıcılar sizinle konuştukları zaman için etkinleştirir.</translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation>diğer kullanıcılar konuşurken</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation>Seçiliyse, Mumble konuştuğunuzda diğer uygulamaların sesini kısar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation>&lt;b&gt;Diğer uygulamaların sesini siz konuştuğunuzda kıs&lt;/b&gt;&lt;br /&gt;Mumble, diğer uygulamaların sesini, gelen ya da giden konuşma verileri bulunduğunda kısmayı destekler. Bu seçenek işlevi siz konuştuğunuz zaman için etkinleştirir.</translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation>konuştuğunuzda</translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation>Ayrıcalıklı kip, tavsiye edilmez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Bu, aygıtı ayrıcalıklı kipte açar.&lt;/b&gt;&lt;br /&gt;Başka hiçbir uygulama bu aygıtı kullanamaz.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Ayrıcalıklı</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other users while you talk if you have the &quot;Priority Speaker&quot; status.</source>
        <translation>&quot;Öncelikli Konuşmacı&quot; olarak işaretlendiğinizde, siz konuşurken Mumble diğer kullanıcıların sesini kısar.</translation>
    </message>
    <message>
        <source>If checked, Mumble will only attenuate applications that are using the same output source as Mumble</source>
        <translation>Seçiliyse, Mumble sadece kendisiyle aynı çıktı kaynağını kullanan uygulamaların sesini kısacaktır</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate only applications using the same output as Mumble&lt;/b&gt;&lt;br /&gt;If checked, applications that use a different output than Mumble will not be attenuated.</source>
        <translation>&lt;b&gt;Sadece Mumble ile aynı çıktıyı kullanan uygulamaların sesini kıs&lt;/b&gt;&lt;br /&gt;Seçiliyse, Mumble&apos;dan başka çıktı kullanan uygulamaların sesi kısılmayacaktır.</translation>
    </message>
    <message>
        <source>Only attenuate applications using the same output device</source>
        <translation>Sadece aynı çıktı aygıtını kullanan uygulamaların sesini kıs</translation>
    </message>
    <message>
        <source>If checked, PulseAudio loopback modules will be attenuated</source>
        <translation>Seçiliyse, PulseAudio geri döngü öbeklerinin sesi kısılacaktır</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate PulseAudio loopback modules&lt;/b&gt;&lt;br /&gt;If loopback modules are linked to Mumble&apos;s output device/sink, they will also be attenuated.</source>
        <translation>&lt;b&gt;PulseAudio geri döngü öbeklerinin sesini kıs&lt;/b&gt;&lt;br /&gt;Eğer geri döngü öbekleri Mumble&apos;ın çıktı aygıtına bağlı iseler, onların da sesi kısılacaktır.</translation>
    </message>
    <message>
        <source>Attenuate PulseAudio loopback modules</source>
        <translation>PulseAudio geri döngü öbeklerinin sesini kıs</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Ses çıktısı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, ses için kullanılacak çıktı metodudur.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate other users while talking as Priority Speaker&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other users while you talk as the &lt;i&gt;Priority Speaker&lt;/i&gt; to avoid getting disturbed. Checking this checkbox will enable this feature.</source>
        <translation>&lt;b&gt;Öncelikli Konuşmacı olarak konuşulduğunda diğer kullanıcıların sesini kıs&lt;/b&gt;&lt;br /&gt;Mumble, &lt;i&gt;Öncelikli Konuşmacı&lt;/i&gt; olarak konuştuğunuzda rahatsız edilmemek için diğer kullanıcıların sesini kısmayı destekler. Bu kutucuğu işaretlemek bu işlevi etkinleştirecektir.</translation>
    </message>
    <message>
        <source>Attenuate other users while talking as Priority Speaker</source>
        <translation>Öncelikli Konuşmacı olarak konuşurken diğer kullanıcıların sesini kıs</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Attenuation</source>
        <translation>Kısma</translation>
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
        <translation>Konumsal ses, mono çıkış aygıtlarıyla çalışamaz!</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>Ses çıktı sistemi</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Ses çıktı aygıtı</translation>
    </message>
    <message>
        <source>Output delay of incoming speech</source>
        <translation>Gelen konuşmanın çıktı gecikmesi</translation>
    </message>
    <message>
        <source>Jitter buffer time</source>
        <translation>Jitter arabelleğe alış süresi</translation>
    </message>
    <message>
        <source>Attenuation percentage</source>
        <translation>Zayıflatma yüzdesi</translation>
    </message>
    <message>
        <source>During speech, the volume of other applications will be reduced by this amount</source>
        <translation>Konuşma esnasında, diğer uygulamaların ses seviyesi bu miktarda azaltılacaktır</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>Asgari ses seviyesi</translation>
    </message>
    <message>
        <source>Minimum distance</source>
        <translation>Asgari mesafe</translation>
    </message>
    <message>
        <source>Maximum distance</source>
        <translation>Azami mesafe</translation>
    </message>
    <message>
        <source>Loopback artificial delay</source>
        <translation>Geri döngü suni gecikmesi</translation>
    </message>
    <message>
        <source>Loopback artificial packet loss</source>
        <translation>Geri döngü suni paket kaybı</translation>
    </message>
    <message>
        <source>Loopback test mode</source>
        <translation>Geri döngü deneme kipi</translation>
    </message>
    <message>
        <source>The loopback test can be used to test your audio configuration. While the loopback test is enabled, others will not be able to hear you.</source>
        <translation>Geri döngü testi ses yapılandırmanızı denemek için kullanılabilir. Geri döngü denemesi faalken başkaları sizi duyamaz.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>şu zaman</translation>
    </message>
    <message>
        <source>while someone in your channel talks</source>
        <translation>kanalınızda birisi konuştuğunda</translation>
    </message>
    <message>
        <source>always</source>
        <translation>daima</translation>
    </message>
    <message>
        <source>Attenuate listeners by...</source>
        <translation>Dinleyenleri şu oranda kıs...</translation>
    </message>
</context>
<context>
    <name>AudioOutputDialog</name>
    <message>
        <source>None</source>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Ses Çıktısı</translation>
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
        <translation>Başka bir oyuncunun ses seviyesinin azalmaya başladığı mesafe</translation>
    </message>
    <message>
        <source>Distance at which a player&apos;s audio volume has reached its minimum value</source>
        <translation>Bir oyuncunun ses seviyesinin asgari değerine ulaştığı mesafe</translation>
    </message>
    <message>
        <source>The minimum volume a player&apos;s audio will fade out to with increasing distance. Set to 0% for it to fade into complete silence for a realistic maximum hearing distance.</source>
        <translation>Bir oyuncunun sesinin mesafe arttıkça azalacağı asgari ses seviyesi. Gerçekçi bir azami işitme mesafesi için tam sessizliğe geçmesi için %0 olarak ayarlayın.</translation>
    </message>
    <message>
        <source>If an audio source is close enough, blooming will cause the audio to be played on all speakers more or less regardless of their position (albeit with lower volume)</source>
        <translation>Genişletme; bir ses kaynağı yeterince yakınsa, sesin tüm hoparlörlerde konumlarından bağımsız olarak (daha düşük ses seviyesinde de olsa) aşağı yukarı aynı çalınmasına neden olacaktır</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisaniye</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>metre</translation>
    </message>
</context>
<context>
    <name>AudioOutputSample</name>
    <message>
        <source>Choose sound file</source>
        <translation>Ses dosyası seçiniz</translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation>Geçersiz ses dosyası</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation>&apos;%1&apos; dosyası Mumble tarafından kullanılamaz. Lütfen uyumlu biçim ve kodlamalı bir dosya seçiniz.</translation>
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
        <translation>Ses İstatistikleri</translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation>Girdi seviyeleri</translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation>Azami mikrofon seviyesi</translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation>Önceki çerçevedeki azami güç</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation>Son çerçevedeki (20 ms) azami gücü gösterir ve genelde &quot;girdi gücü&quot; olarak gösterilen ölçümün aynısıdır. Lütfen bunu göz ardı edip yerine &lt;b&gt;Mikrofon gücü&lt;/b&gt;ne bakınız çünkü çok daha kararlıdır ve dengesiz değerleri göz ardı eder.</translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation>Azami hoparlör seviyesi</translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation>Son çerçevede (20 ms) hoparlörlerin azami seviyesini gösterir. Hoparlör kanalları yapılandırılmış çoklu-kanal örnekleme metodu kullanmıyorsanız bu 0 olacaktır. Eğer böyle bir düzenek yapılandırdıysanız ve başka uygulamalarda ses çalındığında bu değer hâlâ sıfırı gösteriyorsa, düzeneğiniz çalışmıyor demektir.</translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation>Azami temiz seviye</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation>Son çerçevede (20 ms) tüm işlenmeler bittikten sonraki azami gücü gösterir. İdeal olarak konuşmadığınızda -96dB olur, ancak gerçekte bir stüdyoda -60dB değeri elde edilebilir ve şanslıysanız -20dB civarı bir değer görürsünüz. Konuştuğunuzda bu değer -5 ilâ -10dB civarına yükselecektir.&lt;br /&gt;Yankı iptali kullanıyorsanız ve konuşmadığınızda bu değer -15dB&apos;nin üzerine çıkıyorsa yapılandırmanızda bir hata var demektir ve yankılarla diğer kullanıcıların canını sıkarsınız.</translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation>Sinyal Analizi</translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation>Mikrofon gücü</translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation>Güncel girdinin ideale ne kadar yakın olduğu</translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation>Şu andaki ses girdi seviyesinin ideale ne kadar yakın olduğunu gösterir. Mikrofon seviyenizi ayarlamak için, kaydetme seviyesini ayarlamak için kullandığınız uygulamayı başlatıp konuşun ve buradaki değere bakın.&lt;br /&gt;&lt;b&gt;Bir çaylak tarafından öldürüldüğünüzde olacağı gibi yüksek sesle konuşun&lt;/b&gt;&lt;br /&gt; Seviyeyi %100&apos;e yakın olacak ancak bunu geçmeyecek bir şekilde ayarlayın. Geçerseniz konuşmanızda muhtemelen ses kalitesini düşüren kırpmalar oluşacaktır.</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Sinyal / Gürültü oranı</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation>Mikrofondan Sinyal / Gürültü oranı</translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation>Bu, son çerçevede (20 ms) mikrofonun Sinyal / Gürültü oranıdır. Gürültüye oranla sesinizin netliğini gösterir.&lt;br /&gt;Bu değer 1.0&apos;dan düşükse sinyalde sesten çok gürültü var demektir, dolayısıyla kalite düşer.&lt;br /&gt;Bu değerin üst sınırı yoktur ancak stüdyoda olmadan 40 ilâ 50&apos;nin üstü bir değer görmeyi beklemeyin.</translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation>Konuşma İhtimâli</translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation>Konuşma olması ihtimâli</translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation>Son çerçevenin (20 ms) ortam gürültüsü yerine konuşma olması ihtimâli.&lt;br /&gt;Konuşma aktarımı bu ayarın doğruluğuna bağlıdır. Bir cümlenin ortası daima konuşma olarak tespit edilir, ama sorun kelimeler arasındaki boşluklar ve konuşmanın başlangıcıdır. &apos;h&apos; harfi ile başlayan bir kelime ile bir iç çekişi ayırt etmek zordur.&lt;br /&gt;Bunun kalın yazı tipinde olması, Mumble&apos;ın aktarım yaptığını gösterir (eğer çevrim içindeyseniz).</translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation>Yapılandırma geri bildirimi</translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation>Güncel ses bit akış oranı</translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation>Son çerçevenin bit akış oranı</translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation>Çift basma aralığı</translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation>Son iki Bas-ve-Konuş basma arası zaman</translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation>Konuşma Tespiti</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Güncel konuşma tespit ihtimâli</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Güncel ses tespit ayarlarını gösterir.&lt;/b&gt;&lt;br /&gt;Bu ayarları Ayarlar diyaloğunda ya da Ses Sihirbazı ile değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation>Sinyal ve gürültü gücü spektrumu</translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation>Girdi sinyali ve gürültü tahmininin güç spektrumu</translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation>Güncel girdi sinyal gücünün spektrumunu (kırmızı çizgi) ve güncel gürültü tahminini (mavi) gösterir.&lt;br /&gt;Tüm amplitüdler, dikkate değer kısımları (her bant aralığında gürültüden çok ne kadar sinyal olduğunu) göstermek için 30&apos;la çarpılmıştır.&lt;br /&gt;Bu muhtemelen sadece mikrofonunuz ile gürültü koşullarının ince ayarını yapıyorsanız dikkate değerdir. İyi koşullarda en aşağıda sadece ince bir mavi bölüm olması gerekir. Eğer mavi grafiğin yarısının üzerine kadar çıkıyorsa, ciddi şekilde gürültülü bir ortamdasınız demektir.</translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation>Yankı Analizi</translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation>Yankı iptalinin ağırlığı</translation>
    </message>
    <message>
        <source>This shows the weights of the echo canceller, with time increasing downwards and frequency increasing to the right.&lt;br /&gt;Ideally, this should be black, indicating no echo exists at all. More commonly, you&apos;ll have one or more horizontal stripes of bluish color representing time delayed echo. You should be able to see the weights updated in real time.&lt;br /&gt;Please note that as long as you have nothing to echo off, you won&apos;t see much useful data here. Play some music and things should stabilize. &lt;br /&gt;You can choose to view the real or imaginary parts of the frequency-domain weights, or alternately the computed modulus and phase. The most useful of these will likely be modulus, which is the amplitude of the echo, and shows you how much of the outgoing signal is being removed at that time step. The other viewing modes are mostly useful to people who want to tune the echo cancellation algorithms.&lt;br /&gt;Please note: If the entire image fluctuates massively while in modulus mode, the echo canceller fails to find any correlation whatsoever between the two input sources (speakers and microphone). Either you have a very long delay on the echo, or one of the input sources is configured wrong.</source>
        <translation>Yankı iptalinin ağırlığını gösterir, zaman aşağıya doğru artar ve frekans sağda artar.&lt;br /&gt;İdeal durumda hiçbir yankının olmadığını siyah renk ile gösterir. Genel durumda bir ya da daha fazla mavimtırak yatay çizgiler görürsünüz ki bunlar yankıları gösterir. Ağırlıkların gerçek zamanlı güncellemelerinizi görmeniz gerekir.&lt;br /&gt;Yankı yaratacak hiçbir şey olmadığı sürece burada dikkate değer veri görmeyeceğinizi unutmayınız. Müzik çalarsanız durum açıklaşır ve sabitleşir.&lt;br /&gt;Frekans-alanı ağırlıklarının gerçek ya da sanal kısımlarını, veya hesaplanan modül ve fazı görüntülemeyi seçebilirsiniz. Muhtemelen bunların en yararlısı yankının amplitüdü olan modüldür ve gönderilen sinyalin bu zaman çerçevesinde ne kadarının kaldırıldığını gösterir. Diğer görüntüleme kipleri en çok yankı algoritmaları ayarlamak isteyen kişilerin işine yarar&lt;br /&gt;Lütfen dikkat: Modül kipinde bütün görüntü önemli bir şekilde dalgalanırsa, bu yankı iptalinin iki girdi kaynağı (mikrofon ve hoparlörler) arasında hiçbir korelasyon bulamadığı anlamına gelir. Ya yankı için çok yüksek bir süre bulunduğunu, ya da girdi kaynaklarının yanlış yapılandırılmış olduğunu gösterir bu.</translation>
    </message>
    <message>
        <source>This is the audio bitrate of the last compressed frame (20 ms). The peak bitrate can be adjusted in the Settings dialog.</source>
        <translation>Bu, son sıkıştırılan karenin (20 ms) ses bit hızıdır. En yüksek bit hızı Ayarlar iletişim kutusunda ayarlanabilir.</translation>
    </message>
</context>
<context>
    <name>AudioWizard</name>
    <message>
        <source>Audio Tuning Wizard</source>
        <translation>Ses Ayar Sihirbazı</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation>Mumble Ses Ayar Sihirbazına hoş geldiniz</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation>Mumble&apos;ı kullanmanın tadını çıkarın</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Aygıt seçimi</translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation>Mumble ile kullanılacak girdi ve çıktı aygıtlarının seçimi.</translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation>Bu, mikrofonunuzun bağlı olduğu aygıttır.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation>Ses için giriş metodu</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Aygıt</translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation>Kullanılacak girdi aygıtı</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ses girişi için kullanılacak ses kartını seçer.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation>Kulaklıklarda ya da hoparlörlerde yankı iptali</translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation>Yankı iptali kullan</translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation>Bu, hem kulaklıklarda hem de hoparlörlerde yararlı olacak şekilde dışarıya giden ses için yankı iptalini etkinleştirir.</translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation>Bu, kulaklıklarınızın ya da hoparlörlerinizin bağlı olduğu aygıttır.</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Ses için çıktı metodu</translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation>Kullanılacak çıktı aygıtı</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ses Çıktısı için kullanılacak ses kartını seçer.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation>Konumsal sesi etkinleştir</translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation>Sesin konumsal olarak işlenmesini etkinleştirir</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>Girdi Aygıtı</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>Çıktı Aygıtı</translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation>Sesleri konumlayabilmek için Mumble&apos;ın yerlere göre ses kullanmasına izin verir.</translation>
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
Gecikmeyi en aza indirebilmek için ses kartınında mümkün olduğu kadar az ses verisi tampona alınması önemlidir. Ancak birçok ses kartı gerçekte çalışabilecekleri tampon bellekten çok daha küçük bir tampon belirtir, dolayısıyla bu değeri ayarlamanın tek yolu deneme ve yanılmadır.
&lt;/p&gt;
&lt;p&gt;
Bir ses örneği duymalısınız. Aşağıdaki göstergeci, &lt;b&gt;hiçbir&lt;/b&gt; parazit ve kesilme yaratmayan en düşük değere getiriniz. Bu test sırasında yerel ekonun devre dışı bırakıldığını dikkatinize sunarız.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Tampona alınacak veri miktarı</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Çıktı tamponunda önbelleğe alınacak veri miktarını ayarlar. Değişik değerleri deneyiniz ve seste parazit yaratmayan en düşük değeri seçiniz.</translation>
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
Ses kontrol panelini açınız ve kayıt ayarlarına gidiniz. Etkin girdi olarak mikrofonun azami kayıt ses seviyesiyle seçildiğinden emin olunuz. Eğer &quot;Mikrofon güçlendirmesi&quot; ya da &quot;boost&quot; gibi bir seçenek varsa etkinleştirildiğinden emin olunuz.
&lt;/p&gt;
&lt;p&gt;
Sinirli ya da coştuğunuz zamanlardaki gibi yüksek sesle konuşunuz. Kontrol panelinde, aşağıdaki çubuk mavi ve yeşil bölgede mümkün olduğu kadar en yüksek değerde bulunacağı ancak kırmızı bölgeye &lt;b&gt;ulaşmayacağı&lt;/b&gt; şekilde ses seviyesini düşürünüz.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Konumsal Ses</translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation>Konumsal ses zayıflama ayarı.</translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation>Hoparlörler yerine kulaklık kullan</translation>
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
Tebrikler. Artık Mumble ile daha zengin bir ses deneyimi yaşayabileceksiniz.
&lt;/p&gt;
&lt;p&gt;
Mumble devamlı olarak geliştirilmektedir ve geliştirme ekibi kullanıcıların en çoğuna faydası bulunacak işlevlere odaklanmak istemektedir. Bu amaçla, Mumble yapılandırmanız hakkında geliştiricilere anonim istatistik göndermeyi destekler. Bu istatistikler sürmekte olan programlama için çok önemlidir ve kullandığınız işlevlerin desteğinin sürmesine de yarar.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation>Kulaklık kullan</translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation>İşletim sisteminin hoparlör yapılandırmasını görmezden gelir ve konumlamayı kulaklıklar için yapılandırır.</translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation>Ses seviyesi ayarı</translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation>Mikrofonun donanım ses seviyesinin en uygun değerlere ayarı.</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation>Şimdi gece geç saatte kimseyi rahatsız etmek istemediğiniz zamanki gibi alçak sesle konuşunuz. Aşağıdaki göstergeyi konuştuğunuzda yeşil alanda bulunacak, ancak sessiz olduğunuzda mavi alanda kalacak şekilde ayarlayınız.</translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation>Ses Etkinliği Tespiti</translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation>Mumble&apos;ın ne zaman konuştuğunuzu ve sustuğunuzu öğrenimi.</translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation>Bu, Mumble&apos;ın ne zaman konuştuğunuzu ve sustuğunuzu tespit etmesine yardım eder. İlk adım hangi veri türünün kullanılacağını seçmektir.</translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation>Girdiden kaba amplitüd</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Sinyal / Gürültü oranı</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation>Şimdi aşağıdaki göstergeyi ayarlamanız gerekiyor. Söyleyeceğiniz ilk heceler yeşil alanda olmalıdır (mutlak konuşma). Konuştuğunuz sırada sarı alanda kalmanız gerekir (muhtemel konuşma) ve konuşmadığınızda, her şey kırmızı alanda olmalıdır (kesin olarak konuşma değil).</translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation>Aygıt ayarı</translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation>Donanım çıktı gecikmelerini asgari değerlerine değiştirim.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Mumble projesine anonim istatistik gönder</translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation>Bas ve Konuş:</translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation>Kalite &amp; Bildirimler</translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation>Kalite ve bildirim ayarları.</translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation>Kalite ayarları</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Dengeli</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Bildirim ayarları</translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation>Konuşma sentezini size yollanan mesaj ve bildirimleri okumak için kullan.</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation>Konuşma sentezini devre dışı bırak ve yerine sesleri kullan.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation>Kullanıcılar sizinle konuştuğunda diğer uygulamaların zayıflatılmasını etkinleştirir</translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation>Diğer kullanıcılar konuştuğunda uygulamaları zayıflat</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation>Mumble&apos;da zaten özel kalite yapılandırması kurdunuz. Onu korumak için bu seçeneği seçiniz.</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation>Kullanıcılar sizinle konuştuğunda diğer uygulamaların zayıflatılmasını etkinleştirir. Bu, Mumble&apos;da birisinin sizinle konuşmaya başladığı zaman onu daha iyi duyabilmeniz için tüm diğer uygulamaların (müzik çalarlar gibi) sesinin zayıflatılacağı anlamına gelir.</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Görme engelli kullanıcılar için yüksek kontrast ayarlarını uygula</translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation>Yüksek kontrastlı grafik kullan</translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation>Özel konuşma sentezi ayarlarını koru.</translation>
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
Ses kontrol panelini açıp kayıt ayarlarına gidiniz. Mikrofonun azami ses seviyesinde etkin girdi olarak seçildiğinden emin olunuz. Eğer &quot;Mikrofon güçlendirme&quot; ya da &quot;boost&quot; gibi bir seçenek varsa seçildiğinden emin olunuz.
&lt;/p&gt;
&lt;p&gt;
Sinirli ya da coştuğunuz zamanlardaki gibi yüksek sesle konuşunuz. Kontrol panelinde, aşağıdaki çubuk çizgili ve boş bölgede mümkün olduğu kadar en yüksek değerde bulunacağı ancak çapraz çizgili bölgeye &lt;b&gt;ulaşmayacağı&lt;/b&gt; şekilde ses seviyesini düşürünüz.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation>Şimdi gece geç saatte kimseyi rahatsız etmek istemediğiniz zaman olduğu gibi alçak sesle konuşunuz. Aşağıdaki göstergeyi konuştuğunuzda boş alanda bulunacak, ancak sessiz olduğunuzda çizgili alanda kalacak şekilde ayarlayınız.</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation>Şimdi aşağıdaki göstergeyi ayarlamanız gerekiyor. Söyleyeceğiniz ilk heceler boş alanda olmalıdır (mutlak konuşma). Konuştuğunuz sırada çizgili alanda kalmanız gerekir (muhtemel konuşma) ve konuşmadığınızda, her şey çapraz çizgili alanda olmalıdır (kesin olarak konuşma değil).</translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation>Bu yapılandırmada Mumble&apos;ın kullandığı &lt;b&gt;bant genişliği miktarı düşük&lt;/b&gt; olacaktır. Bu kaçınılmaz olarak yüksek gecikmelere ve vasat kaliteye yol açar. Bu seçeneği sadece bağlantınız diğer ayarları kaldıramıyorsa seçiniz. (16kbit/s, paket başına 60ms)</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation>Bu, &lt;b&gt;tavsiye edilen varsayılan&lt;/b&gt; yapılandırmadır. Kalite, gecikme ve bant genişliği kullanımı arasında iyi bir denge sağlar. (40kbit/s, paket başına 20ms)</translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation>Bu yapılandırma sadece yerel ağlar (LAN) gibi bant genişliğinin bir problem olmadığı durumlar için tavsiye edilir. Mumble&apos;ın desteklediği en düşük gecikmeyle &lt;b&gt;yüksek kalite&lt;/b&gt; sunar. (72kbit/s, paket başına 10ms)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, ses için kullanılacak girdi metodudur.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the Output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, ses için kullanılacak Çıktı metodudur.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the audio tuning wizard for Mumble. This will help you correctly set the input levels of your sound card, and also set the correct parameters for sound processing in Mumble. &lt;/p&gt;&lt;p&gt;Please be aware that as long as this wizard is active, audio will be looped locally to allow you to listen to it, and no audio will be sent to the server. &lt;/p&gt;&lt;p&gt;Note that you can cancel this wizard at any time without it having an effect on your current audio systems. The settings are only applied once this wizard has been completed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu, Mumble için ses ayarı sihirbazıdır. Ses kartınız için girdi seviyelerini doğru olarak seçmenizi ve Mumble&apos;ın ses işlemesi için doğru ayarları yapılandırmanıza yardımcı olacaktır.&lt;/p&gt;&lt;p&gt; Lütfen bu sihirbaz etkin olduğu sürece, dinleyebilmeniz için sesin yerel döngüde olacağını ve sunucuya hiçbir sesin gönderilmeyeceğini unutmayınız.&lt;/p&gt;&lt;p&gt; Bu sihirbazı herhangi bir zaman güncel ses sisteminizde hiçbir değişiklik olmadan kapatabileceğinizi unutmayınız. Ayarlar sadece bu sihirbaz tamamlandığında kaydedilecektir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble supports positional audio for some games, and will position the voice of other users relative to their position in game. Depending on their position, the volume of the voice will be changed between the speakers to simulate the direction and distance the other user is at. Such positioning depends on your speaker configuration being correct in your operating system, so a test is done here. &lt;/p&gt;&lt;p&gt;The graph below shows the position of &lt;span style=&quot; color:#56b4e9;&quot;&gt;you&lt;/span&gt;, the &lt;span style=&quot; color:#d55e00;&quot;&gt;speakers&lt;/span&gt; and a &lt;span style=&quot; color:#009e73;&quot;&gt;moving sound source&lt;/span&gt; as if seen from above. You should hear the audio move between the channels. &lt;/p&gt;&lt;p&gt;You can also use your mouse to position the &lt;span style=&quot; color:#009e73;&quot;&gt;sound source&lt;/span&gt; manually.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble bazı oyunlar için konumsal sesi destekler ve diğer kullanıcıların seslerini oyunda bulundukları yere uygun olarak konumlar. Bulundukları yere göre, konuşanların seslerinin seviyesi, diğer kullanıcılara göre yön ve mesafeyi taklit edecek şekilde değiştirilecektir. Bu tip konumlama işletim sisteminizde hoparlör yapılandırmanızın doğru olmasına dayanır, dolayısıyla bu burada denenecektir. &lt;/p&gt;&lt;p&gt;Aşağıdaki grafik kuşbaşı görünüşle &lt;span style=&quot; color:#56b4e9;&quot;&gt;sizin&lt;/span&gt; konumunuzu, &lt;span style=&quot; color:#d55e00;&quot;&gt;hoparlörlerinizi&lt;/span&gt; ve &lt;span style=&quot; color:#009e73;&quot;&gt;hareket hâlinde bir ses kaynağı&lt;/span&gt; gösterir. Sesi kanallarda hareket hâlinde olarak duymanız gerekir. &lt;/p&gt;&lt;p&gt; &lt;span style=&quot; color:#009e73;&quot;&gt;Ses kaynağını&lt;/span&gt;el ile konumlandırmak için farenizi de kullanabilirsiniz.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Azami Yükseltme</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>Hiçbir düğme atanmadı</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>Ses girdi sistemi</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Ses girdi aygıtı</translation>
    </message>
    <message>
        <source>Select audio output device</source>
        <translation>Ses çıktı aygıtını seç</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>Ses çıktı sistemi</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Ses çıktı aygıtı</translation>
    </message>
    <message>
        <source>The Mumble positional audio system enables users to link the relative position of their voice to third party applications such as games.</source>
        <translation>Mumble konumsal ses sistemi, kullanıcıların seslerinin göreceli konumunu oyunlar gibi üçüncü taraf uygulamalara bağlamalarına imkân verir.</translation>
    </message>
    <message>
        <source>Output delay for incoming speech</source>
        <translation>Gelen konuşma için çıktı gecikmesi</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Girdi sesinin azami yükseltilmesi</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Konuşma dinamik olarak en çok bu miktarda güçlendirilecektir</translation>
    </message>
    <message>
        <source>Voice activity detection level</source>
        <translation>Konuşma etkinliği tespit seviyesi</translation>
    </message>
    <message>
        <source>This will set the range in which Mumble will consider a signal speech. Increase value to make voice activation more sensitive.</source>
        <translation>Bu, Mumble&apos;ın bir sinyali konuşma olarak değerlendireceği aralığı ayarlar. Konuşma etkinleştirmesini daha hassas hale getirmek için değeri arttırın.</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Bas ve konuş</translation>
    </message>
    <message>
        <source>Use the &quot;push to talk shortcut&quot; button to assign a key</source>
        <translation>Bir tuş atamak için &quot;bas ve konuş kısayolu&quot; düğmesini kullanın</translation>
    </message>
    <message>
        <source>Set push to talk shortcut</source>
        <translation>Bas ve konuş kısayolu ayarla</translation>
    </message>
    <message>
        <source>This will open a shortcut edit dialog</source>
        <translation>Bu, bir kısayol düzenleme diyaloğu açacaktır</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Grafik konumsal ses simülasyonu görünümü</translation>
    </message>
    <message>
        <source>This visually represents the positional audio that is currently being played</source>
        <translation>Bu, görsel olarak şimdi çalınan konumsal sesi temsil eder</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Banning user</source>
        <translation>Kullanıcı yasaklanıyor</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Sebep gir</translation>
    </message>
    <message>
        <source>Ban User Certificate</source>
        <translation>Kullanıcı Sertifikasını Yasakla</translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation>IP Adresini Yasakla</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation>%1 adlı kullanıcı yasaklanıyor</translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation>Mumble - Yasaklamaları Düzenle</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Maske</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebep</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sona eriş</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash değeri</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Güncelle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation>Yasaklı Listesi</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Arama alanı</translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation>Burası arama alanı. Kullanıcı adı alanında adını yazdığınız yasaklı kullanıcıları bulmak için kullanın.</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>Kimi arıyordunuz?</translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation>Rumuz yok</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP adres</translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation>IP adres yok</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>Yasaklanma sebebi</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sebep yok</translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation>Yasak bitiş tarihi</translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation>Yasak bitiş tarihi. Başlangıç ve bitiş için aynı tarihi ayarlarsanız yasak kalıcı olacaktır (Süresiz).</translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation>Sertifika hash değeri</translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation>Sertifika hash değeri yok</translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation>Yasaklı kullanıcılar</translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation>Yasaklı kullanıcı listesi.</translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation>Yeni yasaklı kullanıcı eklemek istiyorsanız bu düğmeyi kullanın.</translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation>Yasaklama bilgisini güncellemek için bu düğmeyi kullanın.</translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation>Kullanıcıyı yasaklı listesinden kaldırmak için bu düğmeyi kullanın.</translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation>Tüm alanları temizle</translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation>Bu düğme tüm alanları temizler. Yeni yasaklı kullanıcı eklemek istediğinizde kullanın.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temiz</translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation>
            <numerusform>Yasaklama Listesi - %n Yasaklama</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Search for banned user</source>
        <translation>Yasaklı kullanıcı ara</translation>
    </message>
    <message>
        <source>Username to ban</source>
        <translation>Yasaklanacak kullanıcı adı</translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation>Yasaklanacak IP adresi</translation>
    </message>
    <message>
        <source>Ban reason</source>
        <translation>Yasaklama sebebi</translation>
    </message>
    <message>
        <source>Ban start date/time</source>
        <translation>Yasak başlangıç tarihi/saati</translation>
    </message>
    <message>
        <source>Ban end date/time</source>
        <translation>Yasak bitiş tarihi/saati</translation>
    </message>
    <message>
        <source>Certificate hash to ban</source>
        <translation>Yasaklanacak sertifika hash değeri</translation>
    </message>
    <message>
        <source>List of banned users</source>
        <translation>Yasaklanan kullanıcıların listesi</translation>
    </message>
</context>
<context>
    <name>CertView</name>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Oluşturan</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Sona Erme Tarihi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Kendisi imzalamış</translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation>E-posta doğrulanamadı.&lt;br /&gt;Devam etmek için geçerli (ya da boş) bir e-posta giriniz.</translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation>Sertifikanızın oluşturulması sırasında bir hata meydana geldi.&lt;br /&gt;Lütfen tekrar deneyiniz.</translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation>Sertifikanız ve anahtarınız PKCS#12 biçiminde dışa aktarılamadı. Sertifikanızda bir hata bulunuyor olabilir.</translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation>Dosya yazmak için açılamadı. Lütfen başka bir dosya kullanın.</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation>Dosyanın izinleri ayarlanamadı. Hiçbir sertifika ve anahtar yazılmadı. Başka bir dosya kullanınız.</translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation>Dosyaya yazma başarısız oldu. Lütfen başka bir dosya kullanın.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation>Dosya okumak için açılamadı. Lütfen başka bir dosya kullanın.</translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation>Bu dosya boş ya da okunamadı. Lütfen başka bir dosya kullanın.</translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation>Dosya hiçbir geçerli sertifika ve anahtar içermiyor. Lütfen başka bir dosya kullanın.</translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation>Sertifika dışa aktarmak için dosya seç</translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation>Sertifika içe aktarmak için dosya seç</translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation>İçe aktarım yapılamıyor. Eksik parola ya da uyumsuz dosya türü.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation>&lt;b&gt;Sertifika Ömrü:&lt;/b&gt; Sertifikanızın süresi dolmak üzere ve yenilemeniz lazım, aksi takdirde oturumunuz bulunan sunuculara bağlanamayacaksınız.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation>Sertifika Yönetimi</translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation>Sertifika Doğrulaması</translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation>Sunuculara parola kullanmadan doğrulama</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>Geçerli sertifika</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation>Bu, Mumble&apos;ın şu anda kullandığı sertifikadır.</translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation>Güncel Sertifika</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Yeni sertifika oluştur</translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation>Bu, yeni bir sertifika oluşturacaktır.</translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation>Dosyadan sertifika içe aktar</translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation>Bu, bir dosyadan sertifika içe aktaracaktır.</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>Sertifika içe aktar</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Sertifika dışa aktar</translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation>Bu, sertifikayı bir dosya olarak dışa aktaracaktır.</translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation>Güncel sertifikayı dışa aktar</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Sertifika İçe Aktar</translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation>PKCS #12 Sertifika içe aktarımı</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation>&lt;p&gt;Mumble PKCS #12 biçiminde saklanan sertifikaları içe aktarabilir. Bu, Mumble, Firefox, Internet Explorer, Opera vb. tarafından anahtar dışa aktarımında kullanılan biçimdir.&lt;/p&gt;&lt;p&gt;Dosya parola ile korunmuşsa, sertifikayı içe aktarabilmek için bu parolaya ihtiyacınız olacaktır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Şuradan içe aktar</translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation>İçe aktarım için dosya ismi</translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation>Bu, sertifikayı içe aktarmak için kullanılacak dosyanın ismidir.</translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation>İçe aktarım için dosya</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Aç...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation>PKCS #12 dosyası için parola</translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation>Bu, sertifikanızı içeren PKCS #12 dosyasının parolasıdır.</translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation>İçe aktarılacak sertifika</translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation>Bu, içe aktardığınız sertifikadır.</translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation>Sertifika Detayları</translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation>Sertifikayı Değiştir</translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation>Hâlihazırdaki sertifikanın yerine yeni bir sertifika getirilsin mi?</translation>
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
        <translation>&lt;p&gt;Mumble&apos;da zaten bir sertifikanız var, ve bunu yenisiyle değiştirmek üzeresiniz.&lt;/p&gt;
&lt;p&gt;Eğer bir CA (Sertifika Yetkili Kurumu) tarafından size verilen bir sertifikaya yükseltiyorsanız ve e-posta adresi şimdiki sertifikanızla uyuşuyorsa, bu tamamen güvenli bir işlemdir ve bağlandığınız sunucular e-posta adresiniz için verilen güçlü sertifikayı otomatik olarak tanıyacaklardır.
&lt;/p&gt;
&lt;p&gt;Eğer durum farklıysa, şimdiye kadar oturumunuz bulunan sunucuların hiçbiri sizi tanımayacaktır. Henüz herhangi bir sunucuda oturumunuz yoksa, endişelenecek bir şey de yoktur.
&lt;/p&gt;
&lt;p&gt;
Sertifikanızı değiştirmek istediğinize emin misiniz?
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be replaced.</source>
        <translation>Bu, Mumble&apos;ın şu anda kullandığı sertifikadır. Yerine başka bir sertifika getirilecektir.</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Yeni sertifika</translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation>Bu, eski sertifikanın yerine geçecek yeni sertifikadır.</translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation>Yeni Sertifika</translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation>Sertifika için yedekleme yap</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Şuraya dışa aktar</translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation>Dışa aktarım için dosya ismi</translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation>Bu, sertifikanın dışa aktarımında kullanılacak dosya ismidir.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Farklı Kaydet...</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation>Bu, Mumble&apos;ın şu anda kullandığı sertifikadır. Dışa aktarılacaktır.</translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation>Güçlü kimlik doğrulama için yeni bir sertifika oluştur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble şimdi sunucularda kimlik doğrulama için güçlü bir sertifika oluşturacaktır.&lt;/p&gt;&lt;p&gt;İsterseniz, bağlandığınızda sunuculara iletilecek bazı ilâve bilgiler girebilirsiniz. Geçerli bir e-posta adresi belirtirseniz, daha sonra bir CA (Sertifika Yetkili Kurumu) tarafından yayınlanan e-posta sertifikasına yükseltebilirsiniz, ki bu güçlü kimlik doğrulama imkânı sunar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation>E-posta adresiniz (mesela avanakavni@mumble.info)</translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation>Bu sizin e-posta adresinizdir. Geçerli bir e-posta adresi belirtmeniz, kimlik doğrulama problemi çıkarmaksızın güçlü bir sertifikaya yükseltme imkânı vereceğinden, hararetle tavsiye edilir.</translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation>Adınız (mesela Namık Kemal)</translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation>Bu isminizdir ve sertifikada belirtilecektir. Bu alan zorunlu olmayıp tamamen seçiminize bağlıdır.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Sonuçlandır</translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation>Sertifikaya dayalı kimlik doğrulaması kullanılmaya hazırdır</translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation>Mumble&apos;ı güçlü kimlik doğrulaması ile kullanmanın tadını çıkarın.</translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation>Otomatik sertifika oluşturulması</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you ever lose your current certificate, which will happen if your computer suffers a hardware failure or you reinstall your machine, you will no longer be able to authenticate to any server you are registered on. It is therefore &lt;b&gt;mandatory&lt;/b&gt; that you make a backup of your certificate. We strongly recommend you store this backup on removable storage, such as a USB flash drive.&lt;/p&gt;
&lt;p&gt;Note that this file will not be encrypted, and if anyone gains access to it, they will be able to impersonate you, so take good care of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eğer güncel sertifikanızı kaybederseniz, ki bu bilgisayarınızda bir donanım arızası olursa ya da işletim sistemini tekrar kurarsanız meydana gelir, oturumunuz bulunan sunucularda kimlik doğrulaması yapamazsınız. Dolayısıyla sertifikanızın yedeklemesini yapmanız &lt;b&gt;mecburidir&lt;/b&gt;. Bu yedeklemeyi USB flash diski gibi çıkarılabilir bir depo alanında saklamanızı hararetle tavsiye ederiz.&lt;/p&gt;
&lt;p&gt;Bu dosyanın şifrelenmeyeceğini, ve bu dosyayı ele geçiren birinin sizi taklit edebileceğinden ona iyi bakmanız gerektiğini dikkatinize sunarız.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displays current certificate</source>
        <translation>Geçerli sertifikayı görüntüler</translation>
    </message>
    <message>
        <source>Certificate file to import</source>
        <translation>İçe aktarılacak sertifika dosyası</translation>
    </message>
    <message>
        <source>Use the &quot;open&quot; button to select a file using a dialog.</source>
        <translation>Diyalog kullanarak bir dosya seçmek için &quot;Aç&quot; düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Sertifika parolası</translation>
    </message>
    <message>
        <source>Displays imported certificate</source>
        <translation>İçe aktarılan sertifikayı görüntüler</translation>
    </message>
    <message>
        <source>Displays new certificate</source>
        <translation>Yeni sertifikayı görüntüler</translation>
    </message>
    <message>
        <source>File to export certificate to</source>
        <translation>Sertifikanın dışa aktarılacağı dosya</translation>
    </message>
    <message>
        <source>Use the &quot;save as&quot; button to select a file using a dialog.</source>
        <translation>Diyalog kullanarak bir dosya seçmek için &quot;farklı kaydet&quot; düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Your name. For example: John Doe</source>
        <translation>Adınız. Örneğin: Namık Kemal</translation>
    </message>
    <message>
        <source>Your email address. For example: johndoe@mumble.info</source>
        <translation>E-posta adresiniz. Örneğin: namikkemal@mumble.info</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can use certificates to authenticate with servers. Using certificates avoids passwords, meaning you don&apos;t need to disclose any password to the remote site. It also enables very easy user registration and a client side friends list independent of servers.&lt;/p&gt;&lt;p&gt;While Mumble can work without certificates, the majority of servers will expect you to have one.&lt;/p&gt;&lt;p&gt;Creating a new certificate automatically is sufficient for most use cases. But Mumble also supports certificates representing trust in the users ownership of an email address. These certificates are issued by third parties. For more information see our &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;user certificate documentation&lt;/a&gt;. &lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble, sunucularla kimlik doğrulaması yapmak için sertifikaları kullanabilir. Sertifikaları kullanmak parolaları ortadan kaldırır, yani uzak siteye herhangi bir parola vermeniz gerekmez. Ayrıca çok kolay kullanıcı kaydı ve sunuculardan bağımsız bir istemci tarafı arkadaş listesi sağlar.&lt;/p&gt;&lt;p&gt;Mumble sertifikasız çalışabilse de, sunucuların çoğu bir sertifikaya sahip olmanızı bekleyecektir.&lt;/p&gt;&lt;p&gt;Otomatik olarak yeni bir sertifika oluşturmak çoğu kullanım durumu için yeterlidir. Ancak Mumble, kullanıcıların bir e-posta adresine sahip olduğuna dair güveni temsil eden sertifikaları da destekler. Bu sertifikalar üçüncü taraflarca verilir. Daha fazla bilgi için &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;kullanıcı sertifikası belgelerimize&lt;/a&gt; bakın.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChanACL</name>
    <message>
        <source>None</source>
        <translation>Boş</translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation>Geçiş</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Gir</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Konuş</translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation>Sustur/Sağır et</translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation>Kanal oluştur</translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation>Geçici yap</translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation>Kanal bağla</translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation>Bu, hiçbir izin olmadığını temsil eder.</translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation>Grup değiştirme ve EKL verileri dahil olmak üzere, kanala mutlak erişimi temsil eder. Bu izin diğer tüm izinleri de içerir.</translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation>Kanaldan geçiş yapma iznini temsil eder. Eğer kullanıcının bu izni yoksa, alt kanallardaki izinleri ne olursa olsun, bu kanala ve alt kanallara hiçbir şekilde erişemez.</translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation>Kanala katılma iznini temsil eder. Hiyerarşisel bir kanal yapısı söz konusuysa herkese geçiş izni vermek ve hiyerarşinizin köküne giriş iznini sınırlandırmak isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation>Kanalda konuşma iznini temsil eder. Bu izni bulunmayan kullanıcılar sunucu tarafından susturulmuş olarak görünecekler ve gerekli izinleri olan birisi bu susturmayı kaldırmadığı sürece konuşamayacaklardır.</translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation>Dışarıdan bu kanala fısıldama iznini temsil eder. Bu tıpkı &lt;i&gt;konuşma&lt;/i&gt; izni gibidir ancak sadece Fısıltı tuşu basıldığında konuşulan paketlere uygulanır. Bağlı olmayan bir kanal hiyerarşisine mesaj yayınlamak için kullanılabilir.</translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation>Diğer kullanıcıları susturmak ya da sağır etmek iznini temsil eder. Susturulan bir kullanıcı gerekli izinleri bulunan başka birisi tarafından bu durum kaldırılmadıkça ya da sunucuya tekrar bağlanmadıkça konuşamaz.</translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation>Bir kullanıcıyı başka bir kanala gönderme ya da sunucudan kovma iznini temsil eder. Kullanıcının gönderilebilmesi için ya gönderen kullanıcının hedef kanalda taşıma izni bulunması ya da gönderilen kullanıcının bu kanala giriş izni olması gerekir. Gönderme izni bulunan kullanıcılar diğer kişileri normalde giriş izinleri olmayan bir kanala gönderebilirler.</translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation>Alt kanal oluşturma iznini temsil eder. Alt kanalı oluşturan kullanıcı bu alt kanalın yöneticiler grubuna eklenir.</translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation>Geçici bir alt kanal oluşturma iznini temsil eder. Alt kanalı oluşturan kullanıcı bu alt kanalın yöneticiler grubuna eklenir. Geçici kanallar saklanmaz ve son kullanıcı terk ettiğinde silinirler.</translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation>Kanalları bağlama iznini temsil eder. Bağlantılı kanallardaki kullanıcılar, konuşan kullanıcının dinleyenlerin bulunduğu kanalda &lt;i&gt;konuşma&lt;/i&gt; izni varsa birbirlerini duyabilirler. Bağlantı yaratabilmek için her iki kanalda bağlama izniniz bulunması gerekir, ancak bağlantı kaldırmak için tek bir kanalda bu iznin bulunması yeterlidir.</translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation>Kanaldaki diğer kullanıcılara metin mesajı gönderme iznini temsil eder.</translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation>Sunucudan kullanıcı kovma iznini temsil eder.</translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation>Sunucudan kullanıcı kovma ve dönmelerini engelleme, yani yasaklama iznini temsil eder.</translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation>Sunucuda kullanıcı kaydetme ve oturum silme iznini temsil eder.</translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation>Sunucuda kendini kaydetme iznini temsil eder.</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Fısılda</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Taşınma</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Metin mesajı</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Kov</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Register User</source>
        <translation>Kullanıcı kaydet</translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation>Kendini kaydet</translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation>EKL Yaz</translation>
    </message>
    <message>
        <source>This represents the permission to use the listen-feature allowing to listen to a channel without being in it.</source>
        <translation>Bu, bir kanalda bulunmadan o kanalı dinlemeye izin veren dinleme işlevi kullanma müsaadesini temsil eder.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>This represents the permission to reset the comment or avatar of a user.</source>
        <translation>Bu, bir kullanıcının yorumunu veya avatarını sıfırlama iznini temsil eder.</translation>
    </message>
    <message>
        <source>Reset User Content</source>
        <translation>Kullanıcı İçeriğini Sıfırla</translation>
    </message>
</context>
<context>
    <name>ChatbarTextEdit</name>
    <message>
        <source>Paste and &amp;Send</source>
        <oldsource>Paste and send</oldsource>
        <translation>Yapıştır ve &amp;yolla</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation>&lt;center&gt;Sohbet mesajını buraya yazınız&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Unable to send image: too large.</source>
        <translation>Görüntü gönderilememiyor: çok büyük.</translation>
    </message>
    <message>
        <source>Unable to send image %1: too large.</source>
        <translation>%1 görüntüsü gönderilememiyor: çok büyük.</translation>
    </message>
    <message>
        <source>This server does not allow sending images.</source>
        <translation>Bu sunucu görüntü göndermeye izin vermiyor.</translation>
    </message>
</context>
<context>
    <name>ClientUser</name>
    <message>
        <source>Friend</source>
        <translation>Arkadaş</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Doğrulanmış</translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation>Öncelikli konuşmacı</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Kaydediyor</translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation>Susturuldu (sunucu)</translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation>Sağır edildi (sunucu)</translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation>Yerel Olarak Görmezden Gel (Metin mesajları)</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Yerel Olarak Sustur</translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation>Susturuldu (kendisi)</translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation>Sağır edildi (kendisi)</translation>
    </message>
    <message>
        <source>Local Ignore (Text-To-Speech)</source>
        <translation>Yerel Yoksay (Metinden Konuşmaya)</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Accept changes</source>
        <translation>Değişiklikleri kabul et</translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation>Bu buton şu andaki ayarları kabul edecek ve uygulamaya dönecektir.&lt;br /&gt;Ayarlar uygulamadan çıktığınızda diskte saklanacaktır.</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>Değişiklikleri iptal et</translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation>Bu buton tüm değişiklikleri iptal edecek ve uygulamaya dönecektir.&lt;br /&gt;Ayarlar önceki durumlarına alınacaktır.</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Değişiklikleri uygula</translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation>Bu buton tüm değişiklikleri hemen uygulayacaktır.</translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation>Bu sayfadaki değişiklikleri geri al</translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation>Bu buton güncel sayfadaki tüm değişiklikleri geri alacak ve uygulanan en son ayarlara dönecektir.</translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation>Güncel sayfa için varsayılan değerleri uygula</translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation>Mumble Yapılandırması</translation>
    </message>
    <message>
        <source>Configuration categories</source>
        <translation>Yapılandırma kategorileri</translation>
    </message>
    <message>
        <source>This button will restore the defaults for the settings on the current page. Other pages will not be changed.&lt;br /&gt;To restore all settings to their defaults, you can press the &quot;Defaults (All)&quot; button.</source>
        <translation>Bu düğme, mevcut sayfadaki ayarlar için varsayılanları geri yükleyecektir. Diğer sayfalar değiştirilmeyecektir. &lt;br /&gt; Tüm ayarları varsayılan değerlerine geri yüklemek için &quot;Varsayılanlar (Tümü)&quot; düğmesine basabilirsiniz.</translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation>Tüm varsayılanları geri yükle</translation>
    </message>
    <message>
        <source>This button will restore the defaults for all settings.</source>
        <translation>Bu düğme, tüm ayarlar için varsayılanları geri yükleyecektir.</translation>
    </message>
    <message>
        <source>Defaults (All)</source>
        <translation>Varsayılanlar (Tümü)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 adresine bağlanılıyor</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Kullanıcı ismi giriniz</translation>
    </message>
    <message>
        <source>Servername</source>
        <translation>Sunucu ismi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation>Sucunu listesi alımı başarısız oldu</translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation>Mumble Sunucu Bağlantısı</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>Favorilerden Kaldır</translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation>Özel sunucu ekle</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation>Favori bağlantısını panoya kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation>Favoriyi panodan yapıştır</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Düzenle...</translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation>&amp;Yeni Ekle...</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>&amp;Favorilere Ekle</translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation>&amp;Web Sayfasını Aç</translation>
    </message>
    <message>
        <source>Server list</source>
        <translation>Sunucu listesi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tümünü Göster</translation>
    </message>
    <message>
        <source>Show Populated</source>
        <translation>Yoğunluğu Göster</translation>
    </message>
    <message>
        <source>Show Reachable</source>
        <translation>Ulaşılabilinenleri Göster</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hepsi</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asya</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Avrupa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Kuzey Amerika</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Okyanusya</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Güney Amerika</translation>
    </message>
    <message>
        <source>Consent to the transmission of private data</source>
        <translation>Özel verilerin iletilmesine izin verme</translation>
    </message>
    <message>
        <source>&lt;p&gt;To measure the latency (ping) of public servers and determine the number of active users, your IP address must be transmitted to each public server.&lt;/p&gt;&lt;p&gt;Do you consent to the transmission of your IP address? If you answer no, the public server list will be deactivated. However, you can reactivate it at any time in the network settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Genel sunucuların gecikmesini (ping) ölçmek ve etkin kullanıcı sayısını belirlemek için, IP adresinizin her bir genel sunucuya iletilmesi gerekir.&lt;/p&gt;&lt;p&gt;IP adresinizin iletilmesine izin veriyor musunuz? Hayır cevabını verirseniz, genel sunucu listesi devre dışı bırakılacaktır. Ancak, ağ ayarlarından istediğiniz zaman yeniden etkinleştirebilirsiniz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Bağlan</translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation>%1 ekleniyor</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Ana makine adı</translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation>Bonjour ismi</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ağ sitesi</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paket kaybı</translation>
    </message>
    <message>
        <source>Ping (80%)</source>
        <translation>Ping (%80)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ping (95%)</source>
        <translation>Ping (%95)</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 adresi</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6 adresi</translation>
    </message>
    <message>
        <source>This is the connection dialog. There are two different ways to connect to a Mumble server. If the server is listed publicly, you can use the server list to find it. If you know the server IP address, you can manually add a new permanent entry to your favorites.</source>
        <translation>Bu, bağlantı diyaloğudur. Bir Mumble sunucusuna bağlanmak için iki değişik yöntem mevcuttur. Şayet sunucu herkese açık olarak listelenmişse, onu bulmak için sunucu listesini kullanabilirsiniz. Eğer sunucunun IP adresini biliyorsanız, favorilerinize yeni bir daimi girdiyi elle ilave edebilirsiniz.</translation>
    </message>
    <message>
        <source>The server list contains your favorites and all publicly listed servers.</source>
        <translation>Sunucu listesi favorilerinizi ve tüm herkese açık şekilde listelenmiş sunucuları içerir.</translation>
    </message>
    <message>
        <source>With this search interface you can filter the Mumble servers displayed in the server list.</source>
        <translation>Bu arama arayüzüyle, sunucu listesinde görüntülenen Mumble sunucularını filtreleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Search for servername</source>
        <translation>Sunucu adı ara</translation>
    </message>
    <message>
        <source>Search for location</source>
        <translation>Konum ara</translation>
    </message>
    <message>
        <source>Set filter mode</source>
        <translation>Filtre kipini ayarla</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
</context>
<context>
    <name>ConnectDialogEdit</name>
    <message>
        <source>Edit Server</source>
        <translation>Sunucu Düzenle</translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation>Sunucu ismi</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation>Sunucunun internet adresi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation>&lt;b&gt;Adres&lt;/b&gt;&lt;br/&gt;
Sunucunun internet adresi. Bu normal bir ana makine adı, bir IPv4/IPv6 adresi ya da bir Bonjour hizmet tanımlayıcısı olabilir. Bonjour hizmet tanımlayıcılarına Mumble tarafından tanınmaları için &apos;@&apos; ön eki konulmalıdır.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Bağlantı noktası</translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation>Sunucunun dinlediği bağlantı noktası</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation>&lt;b&gt;Bağlantı noktası&lt;/b&gt;&lt;br/&gt;
Sunucunun dinlediği bağlantı noktası. Eğer sunucu bir Bonjour hizmet tanımlayıcısı ile tanımlandıysa bu alan görmezden gelinir.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Kullanıcı ismi</translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation>Sunucuya yollanacak kullanıcı ismi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation>&lt;b&gt;Kullanıcı ismi&lt;/b&gt;&lt;br/&gt;
Sunucuya yollanacak kullanıcı ismi. Sunucunun kullanıcı isimlerine sınırlama getirebileceklerini unutmayınız. Bu ek olarak kullanıcı isminiz hâlihazırda başka birisi tarafından alınmış olabilir.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Sunucu Ekle</translation>
    </message>
    <message>
        <source>You are currently connected to a server.
Do you want to fill the dialog with the connection data of this server?
Host: %1 Port: %2</source>
        <translation>Şu anda bir sunucuya bağlısınız.
Diyaloğu bu sunucunun bağlantı verileriyle doldurmak istiyor musunuz?
Ana makine: %1 Bağlantı noktası: %2</translation>
    </message>
    <message>
        <source>You have an URL in your clipboard.
Do you want to fill the dialog with this data?
Host: %1 Port: %2</source>
        <translation>Panonuzda bir URL var.
Diyaloğu bu verilerle doldurmak istiyor musunuz?
Ana makine: %1 Bağlantı noktası: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation>Sunucuya gönderilecek parola</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation>&lt;b&gt;Parola&lt;/b&gt;&lt;br/&gt;
Bağlantı kurulduğunda sunucuya gönderilecek parola. Bu parola bir sunucuya &lt;i&gt;SuperUser&lt;/i&gt; olarak bağlandığınızda ya da parola ile doğrulanma gerektiren bir sunucuya bağlandığınızda gereklidir. Girilmezse bağlantı sırasında istenecektir.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Parolayı göster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation>&lt;b&gt;Etiket&lt;/b&gt;&lt;br/&gt;
Sunucunun etiketi. Bu, sunucu listenizde sunucunun ismidir ve istediğinizi seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation>Yerel sunucu etiketi</translation>
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
        <translation>Kullanıcı isminiz</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Parolanız</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Doldur</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Yok say</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Sunucu IP adresi</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Sunucu bağlantı noktası</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Label for server</source>
        <translation>Sunucu etiketi</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Mumble Crash Report</source>
        <translation>Mumble Çökme Raporu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Çok üzgünüz ama Mumble çöktü gibi görünüyor. Mumble geliştiricilerine çökme raporu göndermek ister misiniz?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bu rapor Mumble&apos;ın çöktüğü zamandaki kısmi bir bellek kopyasını içerir ve geliştiricilerin problemi çözmesine yardımcı olur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation>E-posta adresi (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation>Lütfen çökme sırasında ne yapmakta olduğunuzu kısaca ve İngilizce olarak belirtiniz</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>Raporu yolla</translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation>Raporu yollama</translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation>Rapor gönderimi başarılı oldu</translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation>Mumble&apos;i geliştirmemize yardımınız için teşekkür ederiz!</translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation>Rapor gönderimi başarısız oldu</translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation>Çökme raporu gönderiliyor</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Gönderimi iptal et</translation>
    </message>
    <message>
        <source>HTTP error %1: &quot;%2&quot;</source>
        <translation>HTTP hatası %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Internal error encountered in CrashReporter.cpp: Received network reply does not contain an HTTP status code. Please inform a developer about error code %1</source>
        <translation>CrashReporter.cpp içinde dahili hata ile karşılaşıldı: Alınan ağ yanıtı bir HTTP durum kodu içermiyor. Lütfen bir geliştiriciye %1 hata kodu hakkında bilgi verin</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database &apos;%1&apos; is read-only. Mumble cannot store server settings (i.e. SSL certificates) until you fix this problem.</source>
        <oldsource>The database &apos;%1&apos; is read-only. Mumble can not store server settings (ie. SSL certificates) until you fix this problem.</oldsource>
        <translation>&apos;%1&apos; veritabanı sadece okunabilir. Mumble SSL sertifikaları gibi sunucu ayarlarını bu problem çözülene dek saklayamaz.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; set in the configuration file does not exist. Do you want to create a new database file at this location?</source>
        <translation>Yapılandırma dosyasında ayarlanan &apos;%1&apos; veri tabanı dosyası yok. Bu konumda yeni bir veri tabanı dosyası oluşturmak istiyor musunuz?</translation>
    </message>
    <message>
        <source>Mumble failed to initialize a database in any of the possible locations.</source>
        <translation>Mumble, olası konumların herhangi birinde bir veritabanı başlatamadı.</translation>
    </message>
    <message>
        <source>You can also choose to reset the configured path to its default value.</source>
        <translation>Yapılandırılan yolu öntanımlı değerine sıfırlamayı da seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Create File</source>
        <translation>Dosya Oluştur</translation>
    </message>
    <message>
        <source>Reset Configured Path</source>
        <translation>Yapılandırılan Yolu Sıfırla</translation>
    </message>
    <message>
        <source>Quit Without Changes</source>
        <translation>Değişiklik Yapmadan Çık</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Developer Console</source>
        <translation>Geliştirici Konsolü</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Drag here</source>
        <translation>Buradan sürükle</translation>
    </message>
</context>
<context>
    <name>FailedConnectionDialog</name>
    <message>
        <source>Connection failed</source>
        <translation>Bağlantı başarısız</translation>
    </message>
    <message>
        <source>You connected with an invalid username, please try another one.</source>
        <translation>Geçersiz bir kullanıcı adı ile bağlandınız, lütfen başka bir kullanıcı adı deneyin.</translation>
    </message>
    <message>
        <source>The chosen username is already in use, please try another one.</source>
        <translation>Seçilen kullanıcı adı zaten kullanılıyor, lütfen başka bir tane deneyin.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>The chosen username belongs to a registered user on this server.</source>
        <translation>Seçilen kullanıcı adı bu sunucuda kayıtlı bir kullanıcıya ait.</translation>
    </message>
    <message>
        <source>The provided password is not valid for this user. Please try a different one or use certificate-based authentication by not specifying a password.</source>
        <translation>Belirtilen parola bu kullanıcı için geçerli değil. Lütfen başka bir parola deneyin veya parola belirtmeden sertifika tabanlı kimlik doğrulamayı kullanın.</translation>
    </message>
    <message>
        <source>The used certificate is not valid for this user. Please use a different certificate or specify a password to use password-based authentication instead.</source>
        <translation>Kullanılan sertifika bu kullanıcı için geçerli değil. Lütfen farklı bir sertifika kullanın veya bunun yerine parola tabanlı kimlik doğrulama kullanmak için bir parola belirtin.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Change certificate</source>
        <translation>Sertifikayı değiştir</translation>
    </message>
    <message>
        <source>The provided server password is invalid. Please choose a different one.</source>
        <translation>Belirtilen sunucu parolası geçersiz. Lütfen başka bir parola seçin.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Yeniden bağlan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation>Kısayollar</translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation>Yapılandırılmış kısayol listesi</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>İşlev</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veriler</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Askıya al</translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation>Yeni kısayol ekle</translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation>Bu yeni genel bir kısayol ekler</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation>Seçilen kısayolu kaldır</translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation>Bu, seçilen kısayolu daimi olarak kaldırır.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble, genel kısayollar için şu anda sadece fare düğmelerini ve klavyenin birleştirici tuşlarını (Alt, Ctrl, Cmd vs.) kullanabilir.&lt;/p&gt;&lt;p&gt;Daha fazla esneklik istiyorsanız sisteminizin Erişilebilirlik tercihlerinde &lt;span style=&quot; font-style:italic;&quot;&gt;yardımcı aygıtlar için erişimi&lt;/span&gt; etkinleştirebilirsiniz. Ancak bunun potansiyel olarak zararlı programların klavyenizde ne yazıldığını okumalarına imkân verebileceğini unutmayın.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation>Genel Kısayolları Etkinleştir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Additional Shortcut Engines&lt;/b&gt;&lt;br /&gt;This section allows you to configure the use of additional GlobalShortcut engines.</source>
        <translation>&lt;b&gt;İlâve Kısayol Motorları&lt;/b&gt;&lt;br /&gt;Bu bölüm, ek Genel Kısayol motorlarını yapılandırmanıza imkân sağlar.</translation>
    </message>
    <message>
        <source>Additional Shortcut Engines</source>
        <translation>Ek Kısayol Motorları</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable GKey&lt;/b&gt;.&lt;br /&gt;This setting enables support for the GKey shortcut engine, for &quot;G&quot;-keys found on Logitech keyboards.</source>
        <translation>&lt;b&gt;GKey&apos;i etkinleştir&lt;/b&gt;.&lt;br /&gt;Bu ayar, Gkey kısayol motoru için desteği etkinleştirir, ki bu Logitech klavyelerinde bulunan &quot;G&quot; tuşları içindir.</translation>
    </message>
    <message>
        <source>Enable GKey</source>
        <translation>GKey&apos;i etkinleştir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable XInput&lt;/b&gt;&lt;br /&gt;This setting enables support for the XInput shortcut engine, for Xbox compatible controllers.</source>
        <translation>&lt;b&gt;XInput&apos;u etkinleştir&lt;/b&gt;&lt;br /&gt;Bu ayar, Xbox uyumlu oyun kolları için XInput kısayol motoru desteğini etkinleştirir.</translation>
    </message>
    <message>
        <source>Enable XInput</source>
        <translation>XInput&apos;u etkinleştir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable shortcuts in privileged applications&lt;/b&gt;.&lt;br /&gt;Also known as &quot;UIAccess&quot;. This allows Mumble to receive global shortcut events from programs running at high privilege levels, such as an Admin Command Prompt or older games that run with admin privileges.
&lt;br /&gt;&lt;br /&gt;
Without this option enabled, using Mumble&apos;s global shortcuts in privileged applications will not work. This can seem inconsistent: for example, if the Push-to-Talk button is pressed in a non-privileged program, but released in a privileged application, Mumble will not observe that it has been released and you will continue to talk until you press the Push-to-Talk button again.</source>
        <translation>&lt;b&gt;Ayrıcalıklı uygulamalarda kısayolları etkinleştir&lt;/b&gt;.&lt;br /&gt;&quot;UIAccess&quot; olarak da bilinir. Bu, Yönetici Komut İstemi veya yönetici yetkileriyle çalışan eski oyunlar gibi yüksek yetki ile çalışan programlardan Mumble&apos;ın genel kısayol olaylarını almasına müsaade eder.
&lt;br /&gt;&lt;br /&gt;
Bu seçenek seçilmediyse, yetkili programlarda Mumble&apos;ın genel kısayolları çalışmayacaktır. Bu, tutarsız görünebilir: mesela, yetkili olmayan bir programda Bas-ve-Konuş düğmesine basıldıysa ancak o düğme ayrıcalıklı bir programda bırakıldıysa, Mumble o düğmenin bırakıldığını gözlemlemez ve tekrar Bas-ve-Konuş düğmesine basana dek konuşmaya devam edersiniz.</translation>
    </message>
    <message>
        <source>Enable shortcuts in privileged applications</source>
        <translation>Ayrıcalıklı uygulamalarda kısayolları etkinleştir</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;s Global Shortcuts system does currently not work properly in combination with the Wayland protocol. For more information, visit &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;ın Genel Kısayollar sistemi şu anda Wayland protokolü ile birlikte düzgün çalışmıyor. Daha fazla bilgi için &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt; adresini ziyaret edin.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Configured shortcuts</source>
        <translation>Yapılandırılan kısayollar</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through your added shortcuts. Use left and right keys to navigate between actions and options for a single shortcut. Entries can be added and deleted with the buttons below.</source>
        <translation>Eklenen kısayollarınızda gezinmek için aşağı ve yukarı imleç tuşlarını kullanın. Sağ ve sol tuşlarını eylemler ve tek bir kısayol için seçenekler arasında gezinmek için kullanın. Girdiler aşağıdaki düğmelerle eklenebilir ve silinebilir.</translation>
    </message>
    <message>
        <source>Add unassigned shortcut</source>
        <translation>Atanmamış kısayol ekle</translation>
    </message>
    <message>
        <source>This adds a new empty entry to the &quot;Configured Shortcut&quot; tree above. The tree will be automatically focused. Assign a key or an action by selecting the entry in the tree above.</source>
        <translation>Bu, yukarıdaki &quot;Yapılandırılmış Kısayol&quot; ağacına yeni boş bir girdi ekler. Ağaç, otomatik olarak odağı alacaktır. Bir tuş veya eylemi yukarıdaki ağaçta girdiyi seçerek atayın.</translation>
    </message>
    <message>
        <source>This removes the selected entry from the &quot;Configured Shortcut&quot; tree above</source>
        <translation>Bu, yukarıdaki &quot;Yapılandırılmış Kısayol&quot; ağacından seçili girdiyi kaldırır</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutButtons</name>
    <message>
        <source>Edit shortcut</source>
        <translation>Kısayolu Düzenle</translation>
    </message>
    <message>
        <source>Start capture process</source>
        <translation>Yakalama işlemini başlat</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Starts the capture process: all buttons you press will be added to the tree.&lt;/p&gt;&lt;p&gt;Once all buttons are released, the capture process stops automatically.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Yakalama işlemini başlatır: bastığınız tüm düğmeler ağaca eklenecektir.&lt;/p&gt;&lt;p&gt;Tüm düğmeler serbest bırakıldığında, yakalama işlemi otomatik olarak durur.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove the currently selected items</source>
        <translation>Şu anda seçili olan öğeleri kaldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>List of shortcuts</source>
        <translation>Kısayolların listesi</translation>
    </message>
    <message>
        <source>Toggling this button will make the application listen for a shortcut. Once the shortcut is entered, the application stops listening for a shortcut. Multiple shortcuts can be assigned to the current action. Navigate to the shortcut list above to review the shortcuts currently assigned to the current action.</source>
        <translation>Bu düğmeyi kullanmak, uygulamanın bir kısayol için dinlemeye geçmesini sağlar. Kısayol girildiğinde uygulama bir kısayol için dinlemeyi bırakır. Güncel eylem için birden çok kısayol atanabilir. Güncel eyleme şu an atanmış olan kısayolları gözden geçirmek için yukarıdaki kısayol listesine gidin.</translation>
    </message>
    <message>
        <source>This button will remove the selected shortcut for the current action. Note that you will have to select a shortcut from the list above first before this button has any effect.</source>
        <translation>Bu düğme, güncel eylem için seçili kısayolu kaldıracaktır. Bu düğmenin bir etkisi olması için yukarıdaki listeden bir kısayol seçmeniz gerekeceğini unutmayın.</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutConfig</name>
    <message>
        <source>Shortcuts</source>
        <translation>Kısayollar</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation>&lt;b&gt;Bu, genel kısayol tuş kombinasyonudur.&lt;/b&gt;&lt;br /&gt;Bu alana tıklayıp istediğiniz tuş/butonlara basarak bağlama yapabilirsiniz. Temizlemek için çift tıklayınız.</translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation>Diğer uygulamalardan tuş sakla</translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation>&lt;b&gt; Bu, basılan tuşları diğer uygulamalardan saklar.&lt;/b&gt;&lt;br /&gt;Bu seçeneği etkinleştirmek basılan tuşu (ya da çok tuşlu bir birleşimin son tuşunu) diğer uygulamalardan saklayacaktır. Tüm tuşların saklanamayacağını unutmayınız.</translation>
    </message>
    <message>
        <source>Shortcut action</source>
        <translation>Kısayol eylemi</translation>
    </message>
    <message>
        <source>Shortcut data</source>
        <translation>Kısayol verisi</translation>
    </message>
    <message>
        <source>Shortcut input combinations</source>
        <translation>Kısayol girdi birleşmeleri</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can add Mumble as a trusted accessibility program in the Privacy &amp; Security section of your Mac&apos;s System Settings.&lt;/p&gt;&lt;p&gt;In System Settings, open Privacy &amp; Security, then scroll to find Accessibility in the list. Finally, add Mumble to the list of trusted accessibility programs.&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmadı</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>işaretli</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>işaretli değil</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutEngine</name>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutMac</name>
    <message>
        <source>Mouse</source>
        <translation>Fare</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Klavye</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutTarget</name>
    <message>
        <source>Whisper Target</source>
        <translation>Fısıltı Hedefi</translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation>Kanal Hedefi</translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation>Gruba Sınırla</translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation>Seçilirse, sadece grup üyeleri fısıltıyı alacaktır.</translation>
    </message>
    <message>
        <source>List of users</source>
        <translation>Kullanıcı listesi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Değiştiriciler</translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation>Bu fısıltı kısayolu kullanıldığında ses konum verisi gönderme.</translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation>Ses konum verisini görmezden gel</translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation>Bağlı kanallara bağır</translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation>Alt kanallara bağır</translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation>Fısıltı bağlı kanallara da iletilecektir.</translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation>Fısıltı hedef kanalın alt kanallarına da iletilecektir.</translation>
    </message>
    <message>
        <source>Shout/Whisper to:</source>
        <translation>Şu unsura Bağır/Fısılda:</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Güncel seçim</translation>
    </message>
    <message>
        <source>When shouting to channel:</source>
        <translation>Kanala bağrıldığında:</translation>
    </message>
    <message>
        <source>Shout to linked channels</source>
        <translation>Bağlı kanallara bağır</translation>
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
        <translation>Fare</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Klavye</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutX</name>
    <message>
        <source>Keyboard</source>
        <translation>Klavye</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Fare</translation>
    </message>
</context>
<context>
    <name>JackAudioSystem</name>
    <message>
        <source>Hardware Ports</source>
        <translation>Donanım Girişleri</translation>
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
        <translation>Çevrimdışı</translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation>Bu aygıtı etkinleştir</translation>
    </message>
    <message>
        <source>LCD</source>
        <translation>LCD</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Aygıtlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bu, sisteminizdeki kullanılabilir LCD aygıtlarının listesidir.  Aygıtları isimleriyle listeler ve ekranlarının boyutlarını da içerir. Mumble aynı zamanda birçok LCD aygıta çıktı göndermeyi destekler.&lt;/p&gt;
&lt;h3&gt;Boyut:&lt;/h3&gt;
&lt;p&gt;
Bu alan LCD aygıtın boyutunu belirtir. Boyut ya piksel olarak (Grafik LCD ekranları için) ya da karakter olarak (karakter LCD ekranları için) belirtilir.&lt;/p&gt;
&lt;h3&gt;Etkin:&lt;/h3&gt;
&lt;p&gt;Bu Mumble&apos;ın belli bir LCD aygıtını kullanıp kullanmayacağını ayarlar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Görüntüler</translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation>Asgari sütun genişliği</translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Bu seçenek Kullanıcı görüntüsünde sütunların asgari genişliğini belirler.&lt;/p&gt;
&lt;p&gt;Eğer fazla kişi aynı anda konuşuyorsa Kullanıcı görüntüsü ikiye bölünecektir. Bu seçeneği, LCD ekranda gösterilen kullanıcı saysıyla kullanıcı isimlerinin genişliği arasında bir denge bulmak için kullanabilirsiniz.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation>Bu ayar sütun ayracının genişliğini belirler.</translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation>Ayraç genişliği</translation>
    </message>
    <message>
        <source>Minimum column width</source>
        <translation>Asgari sütun genişliği</translation>
    </message>
    <message>
        <source>Splitter width</source>
        <translation>Ayraç genişliği</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Debug</source>
        <translation>Hata ayıklama</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation>Başkası kendini susturmuş/sağır yapmış</translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation>Kullanıcı kaydetme durumu değişti</translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation>Kullanıcı kovuldu (siz ya da sizin tarafından)</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>Kullanıcı kovuldu</translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation>Kendinizi susturmuşsunuz</translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation>Kullanıcı susturuldu (siz)</translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation>Kullanıcı susturuldu (sizin tarafınızdan)</translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation>Kullanıcı susturuldu (diğer)</translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation>Kendinizi susturmanızı kaldırdınız</translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation>Kendinizi sağır yapmışsınız</translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation>Kendinizi sağır etmenizi kaldırdınız</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Kullanıcı yeniden adlandırıldı</translation>
    </message>
    <message>
        <source>User connected and entered channel</source>
        <translation>Kullanıcı bağlantı kurmuş ve kanala girmiş</translation>
    </message>
    <message>
        <source>User left channel and disconnected</source>
        <translation>Kullanıcı kanaldan çıkmış ve bağlantıyı kesmiş</translation>
    </message>
    <message>
        <source>Private text message</source>
        <translation>Özel metin mesajı</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>sunucu</translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation>[[ Geçersiz boyut ]]</translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation>[[ Metin görüntülenebilecekten uzun ]]</translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation>[Tarih şu değere değiştirildi: %1]
</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>%1 adresiyle bağlantı</translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation>%1 için FTP bağlantısı</translation>
    </message>
    <message>
        <source>player link</source>
        <translation>oyuncu bağlantısı</translation>
    </message>
    <message>
        <source>channel link</source>
        <translation>kanal bağlantısı</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 bağlantı</translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation>Sunucu bağlı</translation>
    </message>
    <message>
        <source>Server disconnected</source>
        <translation>Sunucu çevrimdışı</translation>
    </message>
    <message>
        <source>User joined server</source>
        <translation>Kullanıcı sunucuya katıldı</translation>
    </message>
    <message>
        <source>User left server</source>
        <translation>Kullanıcı sunucudan ayrıldı</translation>
    </message>
    <message>
        <source>User joined channel</source>
        <translation>Kullanıcı kanala katıldı</translation>
    </message>
    <message>
        <source>User left channel</source>
        <translation>Kullanıcı kanaldan ayrıldı</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>İzin reddedildi</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Metin mesajı</translation>
    </message>
    <message>
        <source>You joined channel</source>
        <translation>Kanala katıldınız</translation>
    </message>
    <message>
        <source>You joined channel (moved)</source>
        <translation>Kanala katıldınız (taşındı)</translation>
    </message>
    <message>
        <source>User started listening to channel</source>
        <translation>Kullanıcı kanalı dinlemeye başladı</translation>
    </message>
    <message>
        <source>User stopped listening to channel</source>
        <translation>Kullanıcı kanalı dinlemeye son verdi</translation>
    </message>
    <message>
        <source>Plugin message</source>
        <translation>Eklenti mesajı</translation>
    </message>
    <message>
        <source>[embedded content]</source>
        <translation>[gömülü içerik]</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>Toggle console for %1 events</source>
        <translation>%1 olayları için konsolu açıp kapat</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation>%1 olayları için pop-up bildirimlerini açıp kapat</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation>%1 olayları için konuşma sentezini aç veya kapat</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation>%1 olayları için sesli bildirimleri açıp kapat</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation>%1 olayları için pencere vurgulamasını aç veya kapat (şayet etkin değilse)</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation>%1 olaylarının ses bildirimleri için ses dosyalarına erişim yolu&lt;br /&gt;Çalmak için tıklayın&lt;br /&gt;Değiştirmek için çift tıklayın</translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation>%1 olaylarının konsol çıktısını açıp kapatmak için buraya tıklayınız.&lt;br /&gt;Etkinleştirilirse, Mumble tüm %1 faaliyetlerini mesaj kütüğüne döker.</translation>
    </message>
    <message>
        <source>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by Mumble for every %1 event.</source>
        <oldsource>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by mumble for every %1 event.</oldsource>
        <translation>%1 olaylarının pop-up bildirimlerini açıp kapatmak için buraya tıklayınız.&lt;br /&gt;Etkinleştirilirse, her %1 olayı için Mumble bir pop-up bildirimi oluşturur.</translation>
    </message>
    <message>
        <source>Click here to toggle window highlight for %1 events.&lt;br /&gt;If checked, Mumble&apos;s window will be highlighted for every %1 event, if not active.</source>
        <translation>%1 olayları için pencere vurgulamasını açmak veya kapatmak için buraya tıklayınız.&lt;br /&gt;Seçiliyse, Mumble&apos;ın penceresi her %1 olayı için vurgulanacaktır, eğer etkin değilse.</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change&lt;br /&gt;Ensure that sound notifications for these events are enabled or this field will not have any effect.</source>
        <translation>%1 olaylarının ses bildirimleri için ses dosyalarına erişim yolu&lt;br /&gt;Çalmak için tıklayın&lt;br /&gt;Değiştirmek için çift tıklayın&lt;br /&gt;Bu olaylar için sesli bildirimlerin etkinleştirildiğinden emin olunuz, aksi takdirde bu alanın hiçbir etkisi olmaz.</translation>
    </message>
    <message>
        <source>Click here to toggle Text-To-Speech for %1 events.&lt;br /&gt;If checked, Mumble uses Text-To-Speech to read %1 events out loud to you. Text-To-Speech is also able to read the contents of the event which is not true for sound files. Text-To-Speech and sound files cannot be used at the same time.</source>
        <oldsource>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a soundfile predefined by you to indicate %1 events. Soundfiles and Text-To-Speech cannot be used at the same time.</oldsource>
        <translation>%1 olayları için konuşma sentezini açık kapamak için buraya tıklayınız.&lt;br /&gt;Etkinleştirilirse, Mumble %1 olaylarını yüksek sesle ve konuşma sentezi ile okur. Konuşma sentezi olayın içeriğini de okuyabilir ki ses dosyaları bunu yapamaz. Konuşma sentezi ve ses dosyaları aynı zamanda kullanılamaz.</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation>%1 olayları için sesli bildirimleri açıp kapamak için buraya tıklayınız.&lt;br /&gt;Etkinleştirilirse, Mumble seçtiğiniz ses dosyasını %1 olaylarını belirtmek için çalar. Ses dosyaları ve konuşma sentezi aynı zamanda kullanılamaz.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsol</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Text-To-Speech</source>
        <translation>Konuşma sentezi</translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation>Ses dosyası</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation>Konuşma Sentezi</translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation>Konuşma sentezinin seviyesi</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bu, konuşma sentezi için kullanılacak ses seviyesidir.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation>Uzunluk sınırı</translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation>Konuşma sentezi için mesaj uzunluğu sınırı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation>&lt;b&gt;Bu, konuşma sentezi için mesaj uzunluğu sınırıdır.&lt;/b&gt;&lt;br /&gt;Bu sınırı geçen mesajların tüm içeriği yüksek sesle okunmayacaktır.</translation>
    </message>
    <message>
        <source> Characters</source>
        <translation> Karakter</translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation>Seçilirse, sadece arkadaş listenize eklenen kullanıcıların fısıltılarını duyarsınız.</translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation>Sadece arkadaşların fısıltılarını kabul et</translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation>Etkinleştirilirse, sizin yolladığınız mesajlar konuşma sentezi ile okunacaktır</translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation>Kendi mesajlarımı oku</translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation>Sohbet Kütüğü</translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation>Azami sohbet uzunluğu</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sınırsız</translation>
    </message>
    <message>
        <source> Lines</source>
        <translation> Satır</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Vurgula</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message scope.</source>
        <translation>Eğer seçiliyse, konuşma sentezi mesaj kapsamını belirlemeyecektir.</translation>
    </message>
    <message>
        <source>Omit Message Scope</source>
        <translation>Mesaj Kapsamını Atla</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message author.</source>
        <translation>Eğer seçiliyse, konuşma sentezi mesaj yazarını belirlemeyecektir.</translation>
    </message>
    <message>
        <source>Omit Message Author</source>
        <translation>Mesaj Yazarını Atla</translation>
    </message>
    <message>
        <source>If checked the time at the beginning of a message will be displayed in the 24-hour format.

The setting only applies for new messages, the already shown ones will retain the previous time format.</source>
        <translation>Eğer işaretlenirse, mesajın başlangıcındaki saat 24 saat biçiminde görüntülenir.

Bu ayar sadece yeni mesajlara uygulanır, zaten görüntülenmiş olanlar önceki zaman biçimini muhafaza edecektir.</translation>
    </message>
    <message>
        <source>Use 24-hour clock</source>
        <translation>24 saatlik saat kullan</translation>
    </message>
    <message>
        <source>How far individual messages are spaced out from one another.</source>
        <translation>Her bir mesajın birbirinden ne kadar uzakta olduğu.</translation>
    </message>
    <message>
        <source>Message margins</source>
        <translation>Mesaj kenar boşlukları</translation>
    </message>
    <message>
        <source>Chat message margins</source>
        <translation>Sohbet mesajı kenar boşlukları</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <source>Misc.</source>
        <translation>Çeşitli</translation>
    </message>
    <message>
        <source>Number of users that will trigger message limiting functionality.</source>
        <translation>Mesaj sınırlama işlevini tetikleyecek kullanıcı sayısı.</translation>
    </message>
    <message>
        <source>users on the server.</source>
        <translation>sunucudaki kullanıcılar.</translation>
    </message>
    <message>
        <source>Limit notifications when there are more than</source>
        <translation>Daha fazlası olduğunda bildirimleri sınırla</translation>
    </message>
    <message>
        <source>Click here to toggle message limiting for all events - If using this option be sure to change the user limit below.</source>
        <translation>Tüm olaylar için mesaj sınırlamasını değiştirmek için buraya tıklayın - Bu seçeneği kullanıyorsanız aşağıdaki kullanıcı sınırını değiştirdiğinizden emin olun.</translation>
    </message>
    <message>
        <source>Toggle message limiting behavior for %1 events </source>
        <translation>%1 olayları için mesaj sınırlama davranışını değiştir </translation>
    </message>
    <message>
        <source>Click to enable Text-to-Speech</source>
        <translation>Metin okumayı etkinleştirmek için tıklayın</translation>
    </message>
    <message>
        <source>Enable Text-to-Speech</source>
        <translation>Metin Okumayı Etkinleştir</translation>
    </message>
    <message>
        <source>Click here to toggle limiting for %1 events.&lt;br /&gt;If checked, notifications for this event type will not be played when the user count on the server exceeds the set threshold.</source>
        <translation>%1 olayları için sınırlamayı değiştirmek için buraya tıklayın.&lt;br /&gt;İşaretlenirse, sunucudaki kullanıcı sayısı ayarlanan eşiği aştığında bu olay türü için bildirimler oynatılmayacaktır.</translation>
    </message>
    <message>
        <source>Message Volume</source>
        <translation>Mesaj Ses Seviyesi</translation>
    </message>
    <message>
        <source>Volume adjustment for audio cues</source>
        <translation>Ses işaretleri için ses seviyesi ayarı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for audio cues.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Bu, ses işaretleri için ses seviyesi ayarıdır.&lt;/b&gt;&lt;br /&gt;0 dB değeri, ses örneğinde hiçbir değişiklik olmadığı anlamına gelir.</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Text-to-Speech volume</source>
        <translation>Konuşma sentezi ses seviyesi</translation>
    </message>
    <message>
        <source>Notification volume adjustment</source>
        <translation>Bildirim ses seviyesi ayarı</translation>
    </message>
    <message>
        <source>Volume adjustment for notification sounds</source>
        <translation>Bildirim sesleri için ses seviyesi ayarı</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for notification sounds.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Bu, bildirim sesleri için ses seviyesi ayarıdır.&lt;/b&gt;&lt;br /&gt;0 dB değeri, ses örneğinde hiçbir değişiklik olmadığı anlamına gelir.</translation>
    </message>
    <message>
        <source>Audio cue volume adjustment</source>
        <translation>Ses işareti ses seviyesi ayarı</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Notification sound volume adjustment</source>
        <translation>Bildirim sesi ses seviyesi ayarı</translation>
    </message>
    <message>
        <source>Log message types and actions</source>
        <translation>Günlük mesajı türleri ve eylemleri</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the message types. Use left and right keys to navigate between notification possibilities for a single message type.</source>
        <translation>Mesaj türleri arasında gezinmek için yukarı ve aşağı tuşlarını kullanın. Sağ ve sol tuşlarını tek bir mesaj türü için bildirim imkânları arasında gezinmek için kullanın.</translation>
    </message>
    <message>
        <source>Set length threshold</source>
        <translation>Uzunluk eşiğini ayarla</translation>
    </message>
    <message>
        <source>Text to speech volume</source>
        <translation>Konuşma sentezi ses seviyesi</translation>
    </message>
    <message>
        <source>Maximum chat log length</source>
        <translation>Azami sohbet kütük boyutu</translation>
    </message>
    <message>
        <source>User limit for notifications</source>
        <translation>Bildirimler için kullanıcı sınırı</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Mesaj türü</translation>
    </message>
    <message>
        <source>Log message to console checkbox</source>
        <translation>Mesajı konsol kütüğüne ekle onay kutusu</translation>
    </message>
    <message>
        <source>Display pop-up notification for message checkbox</source>
        <translation>Mesaj için açılır bildirim görüntüle onay kutusu</translation>
    </message>
    <message>
        <source>Highlight window for message checkbox</source>
        <translation>Mesaj için pencereyi vurgula onay kutusu</translation>
    </message>
    <message>
        <source>Read message using text to speech checkbox</source>
        <translation>Mesajı konuşma sentezi kullanarak oku onay kutusu</translation>
    </message>
    <message>
        <source>Limit message notification if user count is high checkbox</source>
        <translation>Kullanıcı sayısı yüksekse mesaj bildirimini sınırla onay kutusu</translation>
    </message>
    <message>
        <source>Play sound file for message checkbox</source>
        <translation>Mesaj için ses dosyası çal onay kutusu</translation>
    </message>
    <message>
        <source>Path to sound file</source>
        <translation>Ses dosyasının yolu</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>işaretli</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>işaretli değil</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>desibel</translation>
    </message>
</context>
<context>
    <name>LookConfig</name>
    <message>
        <source>System default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation>Sadece kullanıcı bulunan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hepsi</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation>Hiçbir şey yapma</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Taşı</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Kullanıcı arayüzü</translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation>Hangi kanalların otomatik olarak genişletileceklerini belirler. &lt;i&gt;Hiçbiri&lt;/i&gt; ve &lt;i&gt;Hepsi&lt;/i&gt; ya tüm kanalları genişletir ya da hiçbirini genişletmez, &lt;i&gt;Sadece kullanıcı bulunan&lt;/i&gt; ise sadece kanalları kullanıcılar giriş yapınca ve çıktıklarında genişletir ve küçültür.</translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation>Kullanıcıları alt kanalların üstünde listele (tekrar başlatma gerektirir).</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation>&lt;b&gt;Seçiliyse, kanallar görüntüsünde kullanıcılar alt kanalların üzerinde görüntülenir.&lt;/b&gt;&lt;br /&gt;Değişikliğin dikkate alınması için Mumble&apos;ı tekrar başlatmanız gerekir.</translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation>Kullanıcılar kanalların üstünde</translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation>Her kanaldaki kullanıcı sayısını göster</translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation>Kanallardaki kullanıcı sayısını göster</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lisan</translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation>Kullanılacak lisan (tekrar başlatma gerektirir)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation>&lt;b&gt;Mumble&apos;ın kullanacağı dili belirler.&lt;/b&gt;&lt;br /&gt;Bunun etkinleşmesi için Mumble&apos;ı tekrar başlatmanız gerekecektir.</translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Düzen</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klasik</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Yığılmış</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Kırma</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation>Kanalların kaydırılması sırasındaki davranışı değiştirir.</translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation>İstenmeyen kaydırmaların önüne geçmek için kaydırma davranışını belirler. &lt;i&gt;Kaydır&lt;/i&gt; kanalları hiçbir teyit istemeden kaydırır. &lt;i&gt;Hiçbir şey yapma&lt;/i&gt; hiçbir faaliyette bulunmaz ve bir hata mesajı gösterir. &lt;i&gt;Sor&lt;/i&gt; kanalı gerçekten kaydırmak isteyip istemediğinizi sorar.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Genişlet</translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation>Kanalların ne zaman otomatik olarak genişletileceği</translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation>Kanal Kaydırma</translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation>Her Zaman Üstte</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Etkinleştirildiyse, Mumble&apos;ı küçültmek uygulamayı sistem çekmecesine saklayacak ve sadece buradan erişilmesini sağlayacaktır. Aksi takdirde normal bir pencere gibi küçültülecektir.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation>Küçültüldüğünde sistem çekmecesine sakla</translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation>Ana Mumble penceresini küçültüldüğünde sistem çekmecesine sakla.</translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation>Bu seçenek uygulamanın ne zaman en üstte olacağını ayarlar.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Daima</translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation>Küçük görünümde</translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation>Normal görünümde</translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation>Konuşma durumunu sistem çekmecesinde görüntüler</translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation>Konuşma durumunu sistem ikonunda göster</translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation>Bu seçenek hangi durumlarda uygulamanın en üstte kalacağını belirler. &lt;i&gt;Hiçbir zaman&lt;/i&gt;ı seçerseniz uygulama üstte kalmaz. &lt;i&gt;Daima&lt;/i&gt; uygulamayı her zaman en üstte tutar. &lt;i&gt;Küçük görünümde&lt;/i&gt; / &lt;i&gt;Normal görünümde&lt;/i&gt; uygulamayı en üste sadece küçük görünüm etkinleştirildiğinde / devre dışı bırakıldığında koyar.</translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation>Menü çubuğunda bağlam menüsünü göster</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Görme engelli kullanıcılar için yüksek kontrast ayarları uygula</translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation>Yüksek kontrast için ayarla</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation>Menü çubuğuna kullanıcı ve kanal bağlam menüsü ekler</translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation>Sistem ikonu</translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation>Kanal ağacı</translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation>Seçilen unsuru sohbet çubuğunun hedefi olarak kullan</translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation>Filtre boş kanalları otomatik olarak gizleyecektir</translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation>Aktarma kipi menüsünü araç çubuğunda göster</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;Mumble kullanıcı arayüzünün hangi temayla biçemlendirileceğini yapılandır&lt;/b&gt;&lt;br /&gt;Mumble temaları bazı klasörlerden alıp bu listede gösterecektir. Seçtiğiniz tema Mumble&apos;ın görünümünü kişiselleştirmek için kullanılacaktır. Bu, renkleri, ikonları ve daha fazlasını içerir.</translation>
    </message>
    <message>
        <source>User Dragging</source>
        <translation>Kullanıcı Kaydırma</translation>
    </message>
    <message>
        <source>This changes the behavior when moving users.</source>
        <translation>Kullanıcıların kaydırılması sırasındaki davranışı değiştirir.</translation>
    </message>
    <message>
        <source>This sets the behavior of user drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the user without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the user.</source>
        <translation>Bu, kullanıcı kaydırılması sırasındaki davranışı belirler; istenmeyen kaydırmaları engellemek için kullanılabilir. &lt;i&gt;Kaydır&lt;/i&gt; kullanıcıları hiçbir teyit istemeden kaydırır. &lt;i&gt;Hiçbir şey yapma&lt;/i&gt; hiçbir faaliyette bulunmaz ve bir hata mesajı gösterir. &lt;i&gt;Sor&lt;/i&gt; kullanıcıyı gerçekten kaydırmak isteyip istemediğinizi sorar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable Developer menu&lt;/b&gt;&lt;br /&gt;This enables the &quot;Developer&quot;-menu in Mumble. This menu is used for developer-specific features, such as the Developer Console.</source>
        <translation>&lt;b&gt;Geliştirici menüsünü etkinleştir&lt;/b&gt;&lt;br /&gt;Bu, Mumble&apos;da &quot;Geliştirici&quot; menüsünü etkinleştirir. Bu menü, Geliştirici Konsolu gibi geliştricilere özel işlevler için kullanılır.</translation>
    </message>
    <message>
        <source>Enable Developer menu</source>
        <translation>Geliştirici menüsünü etkinleştir</translation>
    </message>
    <message>
        <source>When in custom layout mode, checking this disables rearranging.</source>
        <translation>Özel düzen kipindeyken bu şıkkı seçmek tekrar tanzim etmeyi devre dışı bırakır.</translation>
    </message>
    <message>
        <source>Lock layout</source>
        <translation>Düzeni kilitle</translation>
    </message>
    <message>
        <source>Talking UI</source>
        <translation>Konuşma Arayüzü</translation>
    </message>
    <message>
        <source>A user that is silent for the given amount of seconds will be removed from the Talkin UI.</source>
        <translation>Belirtilen saniye boyunca sessiz kalan bir kullanıcı Konuşma Arayüzü&apos;nden kaldırılacaktır.</translation>
    </message>
    <message>
        <source>Remove silent user after</source>
        <translation>Sessiz kullanıcıyı şu süre sonrasında kaldır:</translation>
    </message>
    <message>
        <source>If this is checked, the local user (yourself) will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Şayet bu şık seçiliyse, yerel kullanıcı (yani siz) Konuşma Arayüzü&apos;nde daima görünür olacaktır (konuşma durumundan bağımsız olarak).</translation>
    </message>
    <message>
        <source>Always keep local user visible</source>
        <translation>Yerel kullanıcıyı daima görünür kıl</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the beginning of an abbreviated name.</source>
        <translation>Kısaltılmış isimin başında özgün isimden kaç karakter görüntülenecek.</translation>
    </message>
    <message>
        <source>String to separate a channel name from its parent&apos;s.</source>
        <translation>Kanal adını üst ögesinden ayırmak için kullanılan dizge.</translation>
    </message>
    <message>
        <source>Channel separator</source>
        <translation>Kanal ayırıcı</translation>
    </message>
    <message>
        <source>Abbreviated prefix characters</source>
        <translation>Kısaltılmış önek karakterleri</translation>
    </message>
    <message>
        <source>The names of how many parent channels should be included in the channel&apos;s name when displaying it in the TalkingUI?</source>
        <translation>TalkingUI&apos;de görüntülenirken kanalın adına kaç tane ana kanalın adı dahil edilmelidir?</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the end of an abbreviated name.</source>
        <translation>Kısaltılmış isimin başında özgün isimden kaç karakter görüntülenecek.</translation>
    </message>
    <message>
        <source>Abbreviated postfix characters</source>
        <translation>Kısaltılmış sonek karakterleri</translation>
    </message>
    <message>
        <source>Whether to also allow abbreviating the current channel of a user (instead of only its parent channels).</source>
        <translation>Ayrıca, bir kullanıcının mevcut kanalının kısaltılmasına da izin verilip verilmeyeceği (yalnızca ana kanalları yerine).</translation>
    </message>
    <message>
        <source>Abbreviate current channel name</source>
        <translation>Mevcut kanal adını kısaltın</translation>
    </message>
    <message>
        <source>Channel hierarchy depth</source>
        <translation>Kanal hiyerarşi derinliği</translation>
    </message>
    <message>
        <source>Abbreviation replacement</source>
        <translation>Kısaltma değişimi</translation>
    </message>
    <message>
        <source>Whether the channel (hierarchy) name should be abbreviated, if it exceeds the specified maximum length.</source>
        <translation>Kanal (hiyerarşi) adının, belirtilen en fazla uzunluğu aşması halinde kısaltılmasının gerekip gerekmediği.</translation>
    </message>
    <message>
        <source>Abbreviate channel names</source>
        <translation>Kanal adlarını kısaltın</translation>
    </message>
    <message>
        <source>The preferred maximum length of a channel (hierarchy) name in the Talking UI. Note that this is not a hard limit though.</source>
        <translation>Talking UI&apos;de bir kanal (hiyerarşi) adının tercih edilen en fazla uzunluğu. Ancak bunun kesin bir sınır olmadığını unutmayın.</translation>
    </message>
    <message>
        <source>Max. channel name length</source>
        <translation>Maks. kanal adı uzunluğu</translation>
    </message>
    <message>
        <source>Relative font size to use in the Talking UI in percent.</source>
        <translation>Talking UI kullanıcı arayüzünde yüzde olarak kullanılacak göreli yazı tipi boyutu.</translation>
    </message>
    <message>
        <source>Rel. font size (%)</source>
        <translation>Rel. yazı tipi boyutu (%)</translation>
    </message>
    <message>
        <source>String that gets used instead of the cut-out part of an abbreviated name.</source>
        <translation>Kısaltılmış bir adın kesik kısmı yerine kullanılan dizge.</translation>
    </message>
    <message>
        <source>Prefix character count</source>
        <translation>Önek karakter sayısı</translation>
    </message>
    <message>
        <source>Postfix character count</source>
        <translation>Sonek karakter sayısı</translation>
    </message>
    <message>
        <source>Show the local volume adjustment for each user (if any).</source>
        <translation>Her kullanıcı için yerel ses ayarını gösterin (varsa).</translation>
    </message>
    <message>
        <source>Show volume adjustments</source>
        <translation>Ses ayarlamalarını göster</translation>
    </message>
    <message>
        <source>Whether to show all of the local user&apos;s listeners (ears) in the TalkingUI (and thereby also the channels they are in). </source>
        <translation>TalkingUI&apos;de (ve dolayısıyla içinde bulundukları kanallarda) tüm yerel kullanıcının dinleyicilerinin (kulakların) gösterilip gösterilmeyeceği. </translation>
    </message>
    <message>
        <source>Show local user&apos;s listeners (ears)</source>
        <translation>Yerel kullanıcının dinleyicilerini (kulakları) göster</translation>
    </message>
    <message>
        <source>Hide the username for each user if they have a nickname.</source>
        <translation>Bir takma adı varsa her kullanıcının kullanıcı adını gizleyin.</translation>
    </message>
    <message>
        <source>Show nicknames only</source>
        <translation>Yalnızca takma adları göster</translation>
    </message>
    <message>
        <source>Channel Hierarchy String</source>
        <translation>Kanal Hiyerarşi Dizgesi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>The action to perform when a user is activated (via double-click or enter) in the search dialog.</source>
        <translation>Arama iletişim kutusunda bir kullanıcı etkinleştirildiğinde (çift tıklama veya giriş yoluyla) gerçekleştirilecek eylem.</translation>
    </message>
    <message>
        <source>Action (User):</source>
        <translation>Eylem (Kullanıcı):</translation>
    </message>
    <message>
        <source>The action to perform when a channel is activated (via double-click or enter) in the search dialog.</source>
        <translation>Arama iletişim kutusunda bir kanal etkinleştirildiğinde (çift tıklama veya giriş ile) gerçekleştirilecek eylem.</translation>
    </message>
    <message>
        <source>Action (Channel):</source>
        <translation>Eylem (Kanal):</translation>
    </message>
    <message>
        <source>Quit Behavior</source>
        <translation>Çıkış Davranışı</translation>
    </message>
    <message>
        <source>This setting controls the behavior of clicking on the X in the top right corner.</source>
        <translation>Bu ayar, sağ üst köşedeki X işaretine tıklandığında ne olacağını denetler.</translation>
    </message>
    <message>
        <source>This setting controls the behavior when closing Mumble. You can choose between being asked for confirmation, minimize instead if closing or just closing without any additional prompt. Optionally, the first two options can only apply when you are currently connected to a server (in that case, Mumble will quit without asking, when not connected to any server).</source>
        <translation>Bu ayar Mumble&apos;ı kapatırkenki davranışı denetler. Onay istenmesi, kapanma yerine simge durumuna küçültme veya herhangi bir ek istem olmadan yalnızca kapanma arasında seçim yapabilirsiniz. İsteğe bağlı olarak, ilk iki seçenek yalnızca o anda bir sunucuya bağlı olduğunuzda uygulanabilir (bu durumda, Mumble herhangi bir sunucuya bağlı değilken sormadan çıkacaktır).</translation>
    </message>
    <message>
        <source>Always Ask</source>
        <translation>Her Zaman Sor</translation>
    </message>
    <message>
        <source>Ask when connected</source>
        <translation>Bağlandığında sor</translation>
    </message>
    <message>
        <source>Always Minimize</source>
        <translation>Her Zaman Küçült</translation>
    </message>
    <message>
        <source>Minimize when connected</source>
        <translation>Bağlandığında küçült</translation>
    </message>
    <message>
        <source>Always Quit</source>
        <translation>Her Zaman Çık</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> saniye</translation>
    </message>
    <message>
        <source>If this is checked, users will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Şayet bu şık seçiliyse, kullanıcılar Konuşmq Arayüzü&apos;nde daime görünür olacaklardır (konuşma durumlarından bağımsız bir şekilde).</translation>
    </message>
    <message>
        <source>Always keep users visible</source>
        <translation>Kullanıcıları daima görünür yap</translation>
    </message>
    <message>
        <source>Channel expand mode</source>
        <translation>Kanal genişletme kipi</translation>
    </message>
    <message>
        <source>User dragging mode</source>
        <translation>Kullanıcı sürükleme kipi</translation>
    </message>
    <message>
        <source>Channel dragging mode</source>
        <translation>Kanal sürükleme kipi</translation>
    </message>
    <message>
        <source>Always on top mode</source>
        <translation>Her zaman üstte modu</translation>
    </message>
    <message>
        <source>Quit behavior mode</source>
        <translation>Sessiz davranış modu</translation>
    </message>
    <message>
        <source>Channel separator string</source>
        <translation>Kanal ayırıcı dizgesi</translation>
    </message>
    <message>
        <source>Maximum channel name length</source>
        <translation>Azami kanal adı uzunluğu</translation>
    </message>
    <message>
        <source>Abbreviation replacement characters</source>
        <translation>Kısaltma için yerine koyma karakterleri</translation>
    </message>
    <message>
        <source>Relative font size (in percent)</source>
        <translation>Göreceli yazı tipi boyutu (yüzde olarak)</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Sessiz kullanıcı görüntüleme süresi (saniye olarak)</translation>
    </message>
    <message>
        <source>Mumble theme</source>
        <translation>Mumble teması</translation>
    </message>
    <message>
        <source>User search action mode</source>
        <translation>Kullanıcı arama eylem kipi</translation>
    </message>
    <message>
        <source>Channel search action mode</source>
        <translation>Kanal arama eylem kipi</translation>
    </message>
    <message>
        <source>Clears the TalkingUI background setting.</source>
        <translation>Konuşma Arayüzü arka plan ayarını siler.</translation>
    </message>
    <message>
        <source>Clear Background Color</source>
        <translation>Arka Plan Rengini Sil</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Color that gets used for the background of the talkingUI.</source>
        <translation>Konuşma Arayüzü arka planı için kullanılacak renk.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Seç</translation>
    </message>
    <message>
        <source>Background color that, if set, overrides the theme background color.</source>
        <translation>Ayarlandıysa, temanın arka plan renginin yerine geçecek arka plan rengi.</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>Arka Plan Rengi</translation>
    </message>
    <message>
        <source>Choose a Color</source>
        <translation>Bir Renk Seç</translation>
    </message>
    <message>
        <source>Dark theme to use to style the user interface</source>
        <translation>Kullanıcı arayüzünü biçimlendirmek için kullanılacak koyu tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with when it’s in the Dark theme&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;Mumble kullanıcı arayüzünün Koyu tema modundayken hangi tema ile biçimlendirileceğini yapılandırır&lt;/b&gt;&lt;br /&gt;Mumble belirli dizinlerden temaları alır ve bunları bu listede görüntüler. Seçtiğiniz tema, Mumble&apos;ın görsel görünümünü özelleştirmek için kullanılır. Bu, renkleri, simgeleri ve daha fazlasını içerir.</translation>
    </message>
    <message>
        <source>Light theme to use to style the user interface</source>
        <translation>Kullanıcı arayüzünü biçimlendirmek için kullanılacak açık tema</translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>Koyu Tema</translation>
    </message>
    <message>
        <source>Sets the theme automatically based on the system theme.</source>
        <translation>Sistem temasına göre temayı otomatik olarak ayarlar.</translation>
    </message>
    <message>
        <source>Automatic theme based on system theme</source>
        <translation>Sistem temasına göre otomatik tema</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Sets the theme to the configured dark theme setting</source>
        <translation>Temayı yapılandırılan koyu tema ayarına ayarlar</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Sets the theme to the configured light theme setting</source>
        <translation>Temayı yapılandırılan açık tema ayarına ayarlar</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>Açık Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Open the themes directory in the systems file manager</source>
        <translation>Sistem dosya yöneticisinde tema dizinini aç</translation>
    </message>
    <message>
        <source>Open Themes Directory</source>
        <translation>Tema Dizinini Aç</translation>
    </message>
    <message>
        <source>This controls whether Mumble will try to restore the window geometry and state from previous sessions on startup.</source>
        <translation>Bu ayar, Mumble&apos;ın başlatıldığında önceki oturumlardaki pencere boyutlarını ve durumunu geri yüklemeye çalışıp çalışmayacağını belirler.</translation>
    </message>
    <message>
        <source>Restore window geometry on startup</source>
        <translation>Başlangıçta pencere boyutlarını geri yükle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Root</source>
        <translation>Kök</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Bas-ve-Konuş</translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Sesinizin aktarılması için bu butonu basılı tutunuz.</translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Bas-ve-Konuş butonunu yapılandırır. Bu butonu basılı tuttuğunuz sürece sesiniz aktarılacaktır.</translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation>Ses Ön İşlemcisini Sıfırla</translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation>Eklentiyi Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation>Bas-ve-Sağır Et</translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Kanala Katıl</translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation>Yerpaylaşanı açıp kapat</translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Oyun içi yerpaylaşanı açıp kapatır.</translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation>Küçültülmüş hâli aç/kapat</translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Sesi Yükselt (+%10)</translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Sesi Kıs (-%10)</translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation>Mumble</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Pencere</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Küçült</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation>Kendini Sustur</translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation>Kendini sustur durumu ayarla.</translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation>Kendinizi susturmayı ayarlar. Devre dışı bırakırsanız, kendinizi sağır etme durumunu da kaldırmış olursunuz.</translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation>Kendini Sağır Et</translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation>Kendini sağır et durumunu ayarla.</translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation>Kendinizi sağır etme durumunu ayarlar. Devre dışı bırakırsanız, kendinizi susturma durumunu da kaldırmış olursunuz.</translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation>Fısılda/Bağır</translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation>&lt;center&gt;Çevrimdışı&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation>%1 adresi açılıyor</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>Dosya mevcut değil</translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation>Ayarlar dosyadan birleştirildi.</translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation>URL düzeni &apos;mumble&apos; değil</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 adresine bağlanılıyor</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Kullanıcı ismi giriniz</translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation>%1 sunucusuna bağlanılıyor.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Tekrar bağlanılıyor.</translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation>Aktarma Kipi Devamlı olarak ayarlandı</translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation>Kendinizi %1 olarak kaydedin</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kendinizi bu sunucuda kaydetmek üzeresiniz. Bu faaliyet geriye alınamaz, ve tamamlandığında kullanıcı isminiz değiştirilemez. Bu sunucuda daima &apos;%1&apos; olarak tanınırsınız.&lt;/p&gt;&lt;p&gt;Kendinizi kaydetmek istediğinizden emin misiniz?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation>%1 adlı kullanıcıyı kaydet</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 adlı kullanıcıyı bu sunucuda kaydetmek üzeresiniz. Bu faaliyet geriye alınamaz ve tamamlandığında, kaydedilmiş bir kullanıcı olarak %1, bu sunucuya parolasını değiştirseniz bile erişebilecektir.&lt;/p&gt;&lt;p&gt;Bundan itibaren %1 şu anda kullanılan sertifika ile kimlik doğrulaması yapacaktır.&lt;/p&gt;&lt;p&gt;%1 adlı kullanıcıyı kaydetmek istediğinizden emin misiniz?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation>%1 adlı kullanıcı kovuluyor</translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation>%1 adlı kullanıcının yorumuna bak</translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation>%1 adlı kanala mesaj</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Bağlandı.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Beklenilen sertifika özeti (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation>Sunucu denetimi başarısız olan bir sertifika sundu.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;The specific errors with this certificate are:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Do you wish to accept this certificate anyway?&lt;br /&gt;(It will also be stored so you won&apos;t be asked this again.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Bu sertifikayla ilgili hatalar şunlardır:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Buna rağmen bu sertifikayı kabul etmek istiyor musunuz?&lt;br /&gt;(Sertifika saklanacaktır ve bu soru tekrar sorulmayacaktır.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server connection failed.</source>
        <translation>Sunucuyla bağlantı başarısız oldu.</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to channel &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to channel &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;&apos;%1&apos; adlı kanala mesajı burada giriniz&lt;/center&gt;</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;&apos;%1&apos; adlı kullanıcıya mesajı burada giriniz&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Görsel dosyası seçiniz</translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation>Görsel dosyasının yüklenmesi başarısız oldu</translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation>Dosya okunmak için açılamadı.</translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation>Görsel biçimi tanınamadı.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>K&amp;ullanıcı</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation>Fısıltı ile birlike kullanın.</translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, oyun içindeki yerpaylaşanın durumunu değiştirecektir.</translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Kanal Bağla</translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation>İletim moduna geç</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Push-To-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Aktarma kipini Bas-ve-Konuş olarak ayarla</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Continuous</source>
        <comment>Global Shortcut</comment>
        <translation>Aktarma kipini Devamlı olarak ayarla</translation>
    </message>
    <message>
        <source>Set Transmit Mode to VAD</source>
        <comment>Global Shortcut</comment>
        <translation>Aktarma kipini VAD olarak ayarla</translation>
    </message>
    <message>
        <source>Send Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Metin Mesajı Gönder</translation>
    </message>
    <message>
        <source>Send Clipboard Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Panodaki Metin Mesajını Gönder</translation>
    </message>
    <message>
        <source>This will send your Clipboard content to the channel you are currently in.</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, panodaki içeriğinizi şimdi bağlantıda bulunduğunuz kanala gönderecektir.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Devamlı</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Ses Etkinliği</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation>Bas-ve-Konuş</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation>Resmi Farklı Kaydet...</translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation>Resim Dosyasını Kaydet</translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation>Resim kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>Yorumu değiştir</translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation>Aktarma Kipi Ses Etkinliği olarak ayarlandı</translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation>Aktarma Kipi Bas-ve-Konuş olarak ayarlandı</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Sertifika Görüntüle</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Sebep gir</translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation>%1 adlı kullanıcıya mesaj gönderiliyor</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Şuna: %1: %2</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>%1 adlı kullanıcıya mesaj</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation>%1 adlı kullanıcının yorumunu sıfırlamak istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation>%1 kullanıcısının havarisini sıfırlamak istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation>%1 adlı kanalı ve tüm alt kanallarını silmek istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation>%1 adlı kanala mesaj gönderiliyor</translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation>%1 ağacına mesaj</translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation>Şuna: %1 (Ağaç): %2</translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation>Susturulması ve sağırlığı kaldırıldı.</translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation>Susturulma kaldırıldı.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Susturuldu.</translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation>Susturuldu ve sağır edildi.</translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation>Sağır edildi.</translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation>Sağırlığı kaldırıldı.</translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation>Mumble tekrar başlatılsın mı?</translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation>Bazı ayarlar Mumble&apos;ın tekrar başlatılmasından sonra uygulanacaktır. Şimdi yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt Hakkında</translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation>SSL denetlemesi başarısız oldu: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Sunucu sertifikası özeti (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation>&lt;b&gt;UYARI:&lt;/b&gt; Sunucu sakladığımız sertifikadan değişik bir sertifika sundu.</translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation>Sunucuyla bağlantı başarısız oldu: %1.</translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation>Sunucuyla bağlantı kesildi.</translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation>İsim kullanılmakta</translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation>Yanlış sertifika ya da parola</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Yanlış parola</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation>&amp;Yapılandır</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Yard&amp;ım</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Kütük</translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation>Bu, yakın geçmişteki tüm etkinlikleri gösterir. Sunuculara bağlanmalar, hatalar ve veri mesajları burada görüntülenir.&lt;br /&gt;Hangi mesajların görüntüleneceğini ayarlamak için menüden &lt;b&gt;Ayarlar&lt;/b&gt; komutunu kullanınız.</translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation>Mumble&apos;dan &amp;Çık</translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation>Programı kapatır</translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation>Uygulamadan çıkar.</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation>Sunucuya bağlanma diyaloğunu aç</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Bağlantıyı &amp;Kes</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation>Sunucuyla bağlantıyı kes</translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation>Sunucuyla bağlantıyı keser.</translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation>Sunucu bağlantısı hakkında veri göster</translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation>Sunucuyla bağlantı hakkında ayrıntılı bilgi gösterir.</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Sustur</translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation>Sa&amp;ğır et</translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation>Ye&amp;rel Olarak Sustur</translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation>Metin Mesajı Gönder</translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation>Başka bir kullanıcıya metin mesajı gönderir.</translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation>Yeni kanal ekle</translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation>Şu anda seçili olan kanala alt kanal ekler.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanalı kaldır</translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation>Kanalı ve tüm alt kanallarını kaldırır.</translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation>Kanalın gruplarını ve EKL&apos;lerini düzenle</translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation>İzinleri denetlemek için Grup ve Erişim Kontrol Listesi diyaloğunu açar.</translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation>Kanalınızı başka bir kanala bağla</translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation>Bu sohbet çubuğudur.&lt;br /&gt;Buraya bir metin girerseniz ve giriş (enter) tuşuna basarsanız, metin seçili kullanıcıya ya da kanala yollanır. Hiçbir şey seçili değilse mesaj güncel kanalınıza gönderilir.</translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation>Sohbet Çubuğu</translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation>Kayıtlı sunucular diyaloğunu gösterir, ek olarak çabuk bağlanmaya olanak verir.</translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation>Kullanıcıyı kov (sebep ile)</translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation>Seçilen kullanıcıyı sunucudan kov. Bir neden göstermeniz istenecektir.</translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation>Kullanıcıyı sustur</translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation>Kullanıcıyı sunucuda sustur ya da susturmayı kaldır. Sağır edilmiş bir kullanıcının susturulmasının kaldırılması aynı zamanda sağırlığını da kaldırır.</translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation>Kullanıcı kov ve yasakla (sebep ile)</translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation>Seçilen kullanıcıyı sunucudan kov ve yasakla. Bir neden göstermeniz istenecektir.</translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation>Kullanıcıyı sağır et</translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation>Kullanıcıyı sunucuda sağır et ya da sağırlığını kaldır. Sağır edilmesi aynı zamanda susturulacağı anlamına da gelir.</translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation>Kullanıcıyı yerel olarak sustur</translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation>Kullanıcıyı yerel olarak sustur ya da susturulmasını kaldır. Bunu aynı kanaldaki diğer kullanıcılar üzerinde kullanınız.</translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation>Bu, güncel kanalınızı seçilen kanala bağlar. Kanallardan birinde kullanıcıların diğer kanalda konuşma izinleri varsa, bağlantıdan sonra birbirlerini duyabilirler. Bu daimi bir bağlantıdır ve sunucu tekrar başlatılmadığı ya da elle bağlantı kaldırılmadığı sürece silinmez. Bas-ve-bağla kısayollarına da bakınız.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation>Bağlantıyı &amp;Kaldır</translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation>Kanalın başka bir kanalla bağlantısını kaldır</translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation>Bu, güncel kanalın seçilen kanalla bağlantısını kaldırır.</translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation>Kanalınızın tüm bağlantılarını kaldırır.</translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation>Bu, güncel kanalınızın (seçilen değil) tüm bağlantılarını kaldırır.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Sıfırla</translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation>Ses ön işlemcisini sıfırla</translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation>Gürültü iptali, otomatik kazanım ve ses etkinliği tespiti de dahil olmak üzere ses ön işlemcisini sıfırlar. Ses ortamında herhangi bir şey aniden kötüleşirse ve bu geçiciyse (mikrofonun yere düşmesi gibi), ön işlemcinin yeniden ayarlanmasını beklememek için kullanabilirsiniz.</translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation>Kendini sustur</translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation>Sizi susturur ya da susturulmanızı kaldırır. Susturulduğunuzda sunucuya hiçbir veri göndermezsiniz. Sağırken susturulma kaldırılırsa, bu aynı zamanda sağırlığı da kaldırır.</translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation>Kendini sağır et</translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation>Sizi sağır eder ya da bunu kaldırır. Sağırken hiçbir şey duymazsınız. Kendinizi sağır etmeniz aynı zamanda sizi susturacaktır.</translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation>Konu&amp;şma Sentezi</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation>Konuşma sentezini açıp kapatır</translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation>Konuşma sentezini etkinleştirip devre dışı bırakır. Sadece yapılandırma penceresinde konuşma sentezi için işaretlenen mesajlar söylenecektir.</translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation>Ses istatistiklerini göster</translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation>Güncel ses girdiniz hakkında bilgi bulunduran küçük bir pencere açar.</translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation>Eklentinin devre dışı bırakılmasını zorla</translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation>Güncel eklentinin devre dışı bırakılmasını zorlar, ki yanlış veri okuyorsa bu kullanışlı olur.</translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation>Mumble&apos;ı yapılandır</translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation>Mumble&apos;ın ayarlarını değiştirmenize imkân verir.</translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation>Ses yapılandırma sihirbazını başlat</translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation>Bu, ses donanımınızı yapılandırmanızda size rehberlik edecektir.</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Bu Nedir?</translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation>Bu Nedir? kipine gir</translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation>&quot;Bu Nedir?&quot; kipine girmek için tıklayınız. İmleciniz bir soru işaretine dönüşecektir. Ardından. tanımlamasını görmek için istediğiniz düğmeye, menü seçeneğine ya da alana tıklayınız.</translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation>Mumble hakkında bilgi</translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation>Mumble ve lisansı hakkında bilgi gösteren küçük bir pencere açar.</translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation>Speex hakkında bilgi</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation>Speex hakkında bilgi gösteren küçük bir pencere açar.</translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation>Qt hakkında bilgi</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation>Qt hakkında bilgi gösteren küçük bir pencere açar.</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>&amp;Güncellemelere Bak</translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation>Mumble&apos;ın yeni sürümü olup olmadığını denetle</translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation>Yeni bir sürümün olup olmadığını denetlemek için Mumble&apos;ın ağ sayfasına bağlanır ve yeni bir sürüm varsa gerekli indirme adresini içeren bir bildirim gösterir.</translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation>Kanaldaki kullanıcıların tümüne metin mesajı gönderir.</translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation>Güçlü kimlik doğrulaması için sertifikaları yapılandır</translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation>Sunucularda kimlik doğrulaması için sertifika oluşturma, içe ve dışa aktarma sihirbazını başlatır.</translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation>Sunucuda kullanıcı kaydet</translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation>Kullanıcıyı sunucuda daimi olarak kaydeder.</translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation>&amp;Arkadaş Ekle</translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation>Kullanıcıyı arkadaş listenize ilâve eder.</translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation>Bu ve diğer sunucularda tanıyabilmeniz için kullanıcıyı arkadaş listenize ekler.</translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation>Arkadaş &amp;Kaldır</translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation>Kullanıcıyı arkadaş listenizden kaldırır.</translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation>Kullanıcıyı arkadaş listenizden kaldırır.</translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation>Arkadaşı &amp;Güncelle</translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation>Arkadaşınızın ismini günceller.</translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation>Arkadaşınız veritabanınızda belirtilenden değişik bir isim kullanmamaktadır. Bu, ismi güncelleyecektir.</translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation>Kayıtlı kullanıcı listesini düzenle</translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation>Kayıtlı kullanıcılar için isimlerini değiştirmenize ya da kayıtlarını kaldırmanıza imkân sağlayan düzenleyici penceresi açar.</translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation>Metne dayalı erişim jetonlarını ekle ya da kaldır</translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation>&amp;Küçük Görünüm</translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation>Küçük görüntü kipini açıp kapatır ya da değiştirir</translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation>Günlük penceresinin ve menünün gizlendiği küçük görüntü kipini açıp kapatır.</translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation>%1 adlı kullanıcıyı susturdunuz ve sağır ettiniz.</translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation>%1 adlı kullanıcının susturulmasını ve sağırlığını kaldırdınız.</translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation>%1 adlı kullanıcının sağırlığını kaldırdınız.</translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation>%1 adlı kullanıcıyı askıya aldınız.</translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation>%1, %2 tarafından susturuldu ve sağır edildi.</translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation>%1 adlı kullanıcının susturulması ve sağırlığı %2 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation>%1 adlı kullanıcının sağırlığı %2 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation>%1, %2 tarafından askıya alındı.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1, %2 kanalına taşındı.</translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation>%1, %3 tarafından %2 kanalına taşındı.</translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation>%1, %2 kanalından %3 tarafından getirildi.</translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation>%1 artık susturuldu ve sağır edildi.</translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation>Şu anda hesap bilgileriniz doğrulanamıyor. Lütfen daha sonra tekrar deneyin</translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation>Hoş geldiniz mesajı: %1</translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation>%2 kanalında %1 izniniz reddedildi.</translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation>%3 için %1 izinleri %2 kanalında reddedildi.</translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation>Reddedildi: SuperUser değiştirilemez.</translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation>Reddedildi: Metin mesajı çok uzun.</translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation>Reddedildi: İşleme geçici kanallarda izin verilmez.</translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation>Bu işlemi yapabilmek için bir sertifikaya ihtiyacınız var.</translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation>%1 adlı kullanıcının sertifikası yok.</translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation>Kanal dolu.</translation>
    </message>
    <message>
        <source>Channel nesting limit reached.</source>
        <translation>Kanal yuvalama sınırına ulaşıldı.</translation>
    </message>
    <message>
        <source>Channel count limit reached. Need to delete channels before creating new ones.</source>
        <translation>Kanal sayı sınırına erişilmiştir. Yeni kanal oluşturmadan evvel kanal silmeniz gerekir.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>İzin reddedildi.</translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation>%1 bağlandı ve kanala girdi.</translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation>%1 bağlandı.</translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation>%1 artık susturuldu.</translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation>%1 adlı kullanıcının susturulması artık kaldırıldı.</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Kayıt başladı</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Kayıt durduruldu</translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation>%1 kayda başladı.</translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation>%1 kaydı durdurdu.</translation>
    </message>
    <message>
        <source>You revoked your priority speaker status.</source>
        <translation>Öncelikli konuşmacı durumunuzu iptal ettiniz.</translation>
    </message>
    <message>
        <source>You assumed priority speaker status.</source>
        <translation>Öncelikli konuşmacı durumu üstlendiniz.</translation>
    </message>
    <message>
        <source>%1 revoked your priority speaker status.</source>
        <translation>%1 öncelikli konuşmacı durumunuzu iptal etti.</translation>
    </message>
    <message>
        <source>%1 gave you priority speaker status.</source>
        <translation>%1 size öncelikli konuşmacı durumunu verdi.</translation>
    </message>
    <message>
        <source>You revoked priority speaker status for %1.</source>
        <translation>%1 için öncelikli konuşmacı durumunu iptal ettiniz.</translation>
    </message>
    <message>
        <source>You gave priority speaker status to %1.</source>
        <translation>%1 kullanıcısına öncelikli konuşmacı durumu verdiniz.</translation>
    </message>
    <message>
        <source>%1 revoked own priority speaker status.</source>
        <translation>%1 kendi öncelikli konuşmacı durumunu iptal etti.</translation>
    </message>
    <message>
        <source>%1 assumed priority speaker status.</source>
        <translation>%1 öncelikli konuşmacı durumu üstlendi.</translation>
    </message>
    <message>
        <source>%1 revoked priority speaker status for %2.</source>
        <translation>%1, %2 kullanıcısının öncelikli konuşmacı durumunu iptal etti.</translation>
    </message>
    <message>
        <source>%1 gave priority speaker status to %2.</source>
        <translation>%1, %2 kullanıcısına öncelikli konuşmacı durumu verdi.</translation>
    </message>
    <message>
        <source>You were unmuted and undeafened by %1.</source>
        <translation>Susturulmanız ve sağırlığınız %1 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>You were muted by %1.</source>
        <translation>%1 tarafından susturuldunuz.</translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation>Sağırlığınız %1 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation>Askıya alındınız.</translation>
    </message>
    <message>
        <source>You were unsuppressed.</source>
        <translation>Askıya alınmanız kaldırıldı.</translation>
    </message>
    <message>
        <source>You were unsuppressed by %1.</source>
        <translation>Askıya alınmanız %1 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>%1 kanalına katıldınız.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, your username is considered invalid.</source>
        <translation>Sunucunun yapılandırmasına göre, kullanıcı adınız geçersiz kabul ediliyor.</translation>
    </message>
    <message>
        <source>Denied: According to the server&apos;s configuration, the channel name is considered invalid.</source>
        <translation>Sunucunun yapılandırmasına göre, kanal adı geçersiz kabul ediliyor.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username %1 is considered invalid.</source>
        <translation>Sunucunun yapılandırmasına göre, %1 kullanıcı adı geçersiz kabul ediliyor.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username is considered invalid.</source>
        <translation>Sunucunun yapılandırmasına göre, kullanıcı adı geçersiz kabul ediliyor.</translation>
    </message>
    <message>
        <source>You moved %1 to %2.</source>
        <translation>%1 unsurunu %2 konumuna taşıdınız.</translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation>%1 kayıt yapıyor</translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation>%1, %3 tarafından %2 olarak yeniden adlandırılmıştır.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 sunucudan çıktı.</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation>Sunucu asgari %1 istemci sürümünü talep ediyor</translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation>Sunucu konumsal sesin etkinleştirilmesini talep ediyor.</translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation>Sunucu konumsal sesin devre dışı bırakılmasını talep ediyor.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation>Sunucu Bas-ve-Konuşun etkinleştirilmesini talep ediyor.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation>Sunucu Bas-ve-Konuşun devre dışı bırakılmasını talep ediyor.</translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation>Susturulmanız %1 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation>%1 adlı kullanıcıyı susturdunuz.</translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation>%1 adlı kullanıcıyı askıya aldınız.</translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation>%1 adlı kullanıcının susturulmasını kaldırdınız.</translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation>%1, %2 tarafından susturuldu.</translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation>%1 adlı kullanıcının askıya alınması %2 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation>%1 adlı kullanıcının susturulması %2 tarafından kaldırıldı.</translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation>%1 tarafından susturuldunuz ve sağır edildiniz.</translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation>Sunucudan %1 tarafından kovuldunuz: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation>%3 sunucudan %1 tarafından kovuldu: %2.</translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation>%1 sizi sunucudan kovdu ve yasakladı: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation>%3 adlı kullanıcı %1 tarafından sunucudan kovuldu ve yasaklandı: %2.</translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation>%2 tarafından %1 kanalına taşındınız.</translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation>%1 kanala katıldı.</translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation>Sunucu bağlantısı reddedildi: %1.</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>Reddedildi: %1.</translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation>%1, %2 olarak yeniden adlandırıldı.</translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation>%1 kanaldan ayrıldı ve bağlantıyı kesti.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>%1 tarafından mesaj</translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation>Kullanıcı Kaydırmayı &quot;Hiçbir Şey Yapma&quot; olarak ayarladığınızdan kullanıcı taşınmadı.</translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation>Kalan Kaydırmayı &quot;Hiçbir Şey Yapma&quot; olarak ayarladığınızdan kanal taşınmadı.</translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation>UserModel::dropMimeData&apos;da bilinmeyen Kanal Kaydırma kipi.</translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation>Mumble&apos;a Hoş Geldiniz.</translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation>Hata ayıklama kipinde sürüm denetlemesi atlandı.</translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation>Çerçeveyi Sakla</translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation>Çerçevenin görüntülenmesini etkinleştirip devre dışı bırakır</translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation>Küçük pencerenin taşıma ve boyutlandırma için bir çerçevesinin olup olmayacağını ayarlar.</translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation>Seçilen kullanıcının yorumunu sıfırla.</translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation>Yorumu düzenleyicide görüntüle</translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation>Kullanıcı hakkında bilgi için sunucuyu sorgula</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;unucu</translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation>Ke&amp;ndiniz</translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation>Eklentiler Devre Dışı &amp;Bırak</translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation>Kendinizi sunucuda kaydedin</translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation>Bu sunucuda havari görselinizi değiştirin</translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation>Güncel olarak tanımlı havari görselini kaldır.</translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation>İkon Araç Çubuğu</translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation>Kendi yorumunuzu değiştirin</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL&apos;i &amp;Kopyala</translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation>Panoya bu kanal için bağlantı kopyalar.</translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation>Kullanıcının metin mesajlarını yerel olarak görmezden gel.</translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation>Kullanıcının tüm metin mesajlarını sessiz sedasız görmezden gelir.</translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation>Sunucuda yasaklama listesini düzenle</translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation>Bu, sunucuda IP yasaklama listesini düzenlemenize izin verir.</translation>
    </message>
    <message>
        <source>Enable or disable the filtering of select channels.
By default all empty channels will be filtered.
You can mark additional channels for filtering from
the channel&apos;s context menu.</source>
        <translation>Seçtiğiniz kanalların filtrelenmesini etkinleştirin
yada devre dışı bırakın. Varsayılan olarak tüm boş
kanallar filtrelenir. Kanalın içerik menüsünden
filtrelenmesi için ilave kanallar ekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>&amp;Geliştirici</translation>
    </message>
    <message>
        <source>Show the Developer Console</source>
        <translation>Geliştirici Konsolünü Göster</translation>
    </message>
    <message>
        <source>Shows the Mumble Developer Console, where Mumble&apos;s log output can be inspected.</source>
        <translation>Mumble&apos;ın kütük çıktısının kontrol edilebileceği Mumble Geliştirici Konsolünü gösterir.</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>&amp;Bağlan...</translation>
    </message>
    <message>
        <source>&amp;Kick...</source>
        <translation>&amp;Kov...</translation>
    </message>
    <message>
        <source>&amp;Ban...</source>
        <translation>&amp;Yasakla...</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ekle...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Kaldır...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Düzenle...</translation>
    </message>
    <message>
        <source>&amp;Audio Wizard...</source>
        <translation>&amp;Ses Sihirbazı...</translation>
    </message>
    <message>
        <source>About &amp;Speex...</source>
        <translation>&amp;Speex Hakkında...</translation>
    </message>
    <message>
        <source>&amp;Certificate Wizard...</source>
        <translation>&amp;Sertifika Sihirbazı...</translation>
    </message>
    <message>
        <source>Change &amp;Avatar...</source>
        <translation>&amp;Havariyi Değiştir...</translation>
    </message>
    <message>
        <source>&amp;Change Comment...</source>
        <translation>Yorumu &amp;Değiştir...</translation>
    </message>
    <message>
        <source>Server sync protocol violation. No user profile received.</source>
        <translation>Sunucu eşzamanlama protokolü ihlali. Kullanıcı profili alınmadı.</translation>
    </message>
    <message>
        <source>Protocol violation. Server sent remove for occupied channel.</source>
        <translation>Protokol ihlali. Sunucu boş olmayan kanal için kaldır gönderdi.</translation>
    </message>
    <message>
        <source>Listen to this channel without joining it</source>
        <translation>Bu kanalı ona katılmadan dinle</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>&amp;Dinleyici</translation>
    </message>
    <message>
        <source>No action available...</source>
        <translation>Hiçbir eylem yok...</translation>
    </message>
    <message>
        <source>Unable to %1 into %2 - Adding the respective access (password) token might grant you access.</source>
        <translation>%2 içine %1 olmadı. İlgili erişim (parola) jetonunu eklemek size erişim izni verebilir.</translation>
    </message>
    <message>
        <source>No more listeners allowed in this channel.</source>
        <translation>Bu kanal için daha fazla dinleyiciye izin verilmemektedir.</translation>
    </message>
    <message>
        <source>You are not allowed to listen to more channels than you currently are.</source>
        <translation>Şu anda dinlediğinizden daha fazla kanal dinlemenize izin verilmemektedir.</translation>
    </message>
    <message>
        <source>You started listening to %1</source>
        <translation>%1 unsurunu dinlemeye başladınız</translation>
    </message>
    <message>
        <source>%1 started listening to your channel</source>
        <translation>%1 sizin kanalınız dinlemeye başladı</translation>
    </message>
    <message>
        <source>You stopped listening to %1</source>
        <translation>%1 unsurunu dinlemeye son verdiniz</translation>
    </message>
    <message>
        <source>%1 stopped listening to your channel</source>
        <translation>%1 kanalınızı dinlemeye son verdi</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <translation>Konuşma Arayüzü&apos;nün görünürlüğünü değiştirir.</translation>
    </message>
    <message>
        <source>Joins the channel of this user.</source>
        <translation>Bu kullanıcının kanalına katılır.</translation>
    </message>
    <message>
        <source>Channels and users</source>
        <translation>Kanallar ve kullanıcılar</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Etkinlik günlüğü</translation>
    </message>
    <message>
        <source>Locally disable Text-To-Speech for this user&apos;s text chat messages.</source>
        <translation>Bu kullanıcının metin sohbet mesajları için TTS&apos;yi yerel olarak devre dışı bırakın.</translation>
    </message>
    <message>
        <source>Silently disables Text-To-Speech for all text messages from the user.</source>
        <translation>Kullanıcıdan gelen tüm metin mesajları için TTS&apos;yi sessizce devre dışı bırakır.</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Ağaç</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Özel</translation>
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
        <translation>%1 yapılandırma dosyası yok veya yazılabilir değil.
</translation>
    </message>
    <message>
        <source>Hide/show main window</source>
        <comment>Global Shortcut</comment>
        <translation>Ana pencereyi gizle/göster</translation>
    </message>
    <message>
        <source>Set a local nickname</source>
        <translation>Yerel bir takma ad ayarlayın</translation>
    </message>
    <message>
        <source>Sets a local nickname for another user.</source>
        <translation>Başka bir kullanıcı için yerel bir takma ad belirler.</translation>
    </message>
    <message>
        <source>Directory %1 does not exist.
</source>
        <translation>%1 dizini mevcut değil.
</translation>
    </message>
    <message>
        <source>Toggle TalkingUI</source>
        <comment>Global shortcut</comment>
        <translation>Konuşma Arayüzü&apos;nü aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <comment>Global Shortcut</comment>
        <translation>Konuşma Arayüzü&apos;nün görünürlüğünü değiştirir.</translation>
    </message>
    <message>
        <source>Toggle the channel filter (Alt+F)</source>
        <translation>Kanal filtresini aç/kapat (Alt+F)</translation>
    </message>
    <message>
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <source>Search for a user or channel (Ctrl+F)</source>
        <translation>Bir kullanıcı veya kanal ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Toggle search dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Arama iletişim kutusunu aç/kapat</translation>
    </message>
    <message>
        <source>This will open or close the search dialog depending on whether it is currently opened already</source>
        <translation>Bu, o anda açık olup olmamasına bağlı olarak arama iletişim kutusunu açacak veya kapatacaktır</translation>
    </message>
    <message>
        <source>Unmute yourself</source>
        <translation>Kendi susturmanı kaldır</translation>
    </message>
    <message>
        <source>Undeafen yourself</source>
        <translation>Kendi sağırlaştırmanı kaldır</translation>
    </message>
    <message>
        <source>Show the Positional Audio Viewer</source>
        <translation>Konumsal Ses Görüntüleyiciyi Göster</translation>
    </message>
    <message>
        <source>Shows the Positional Audio Viewer. In it the current information used for positional audio can be inspected. Context and identity are also shown.</source>
        <translation>Konumsal Ses Görüntüleyiciyi gösterir. Burada konumsal ses için kullanılan mevcut bilgiler incelenebilir. Kaynak ve kimlik de gösterilir.</translation>
    </message>
    <message>
        <source>Mumble - Minimal View</source>
        <translation>Mumble - Küçük Görünüm</translation>
    </message>
    <message>
        <source>Invalid settings file encountered.</source>
        <translation>Geçersiz ayar dosyası bulundu.</translation>
    </message>
    <message>
        <source>You are currently in minimal view but not connected to a server. Use the context menu to connect to a server or disable minimal view.</source>
        <translation>Şu anda küçük görünümdesiniz ancak bir sunucuya bağlı değilsiniz. Bir sunucuya bağlanmak veya küçük görünümü devre dışı bırakmak için içerik menüsünü kullanın.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment:</source>
        <translation>Yerel Ses Ayarı:</translation>
    </message>
    <message>
        <source>This version of Mumble can&apos;t handle URLs for Mumble version %1</source>
        <translation>Mumble&apos;ın bu sürümü Mumble %1 sürümü için URL&apos;leri işleyemiyor</translation>
    </message>
    <message>
        <source>Listen to Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Kanalı Dinle</translation>
    </message>
    <message>
        <source>Toggles listening to the given channel.</source>
        <comment>Global Shortcut</comment>
        <translation>Verilen kanalı dinlemeye geçer.</translation>
    </message>
    <message>
        <source>Server instructed us to use an audio codec different from Opus, which is no longer supported. Disconnecting...</source>
        <translation>Sunucu, artık desteklenmeyen Opus&apos;tan farklı bir ses codec&apos;i kullanmamızı istedi. Bağlantı kesiliyor...</translation>
    </message>
    <message>
        <source>Are you sure you want to close Mumble? Perhaps you prefer to minimize it instead?</source>
        <translation>Mumble&apos;ı kapatmak istediğinizden emin misiniz? Belki de bunun yerine küçültmeyi tercih edersiniz?</translation>
    </message>
    <message>
        <source>Remember this setting</source>
        <translation>Bu ayarı hatırla</translation>
    </message>
    <message>
        <source>Channel &amp;Filter</source>
        <translation>Kanal &amp;Filtresi</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <comment>Global Shortcut</comment>
        <translation>Bir sunucuya bağlan</translation>
    </message>
    <message>
        <source>This will open the server connection dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, sunucuya bağlantı diyaloğunu açar</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <comment>Global Shortcut</comment>
        <translation>Sunucuyla bağlantıyı kes</translation>
    </message>
    <message>
        <source>This will disconnect you from the server</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, sunucuyla olan bağlantınızı keser</translation>
    </message>
    <message>
        <source>Open server information</source>
        <comment>Global Shortcut</comment>
        <translation>Sunucu bilgilerini aç</translation>
    </message>
    <message>
        <source>This will show information about the server connection</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, sunucu bağlantısına dair bilgi gösterecektir</translation>
    </message>
    <message>
        <source>Open server tokens</source>
        <comment>Global Shortcut</comment>
        <translation>Sunucu jetonlarını aç</translation>
    </message>
    <message>
        <source>This will open the server tokens dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, sunucu jetonları diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Open server user list</source>
        <comment>Global Shortcut</comment>
        <translation>Sunucu kullanıcı listesini aç</translation>
    </message>
    <message>
        <source>This will open the server user list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, sunucu kullanıcı listesi diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Open server ban list</source>
        <comment>Global Shortcut</comment>
        <translation>Sunucu yasaklama listesini aç</translation>
    </message>
    <message>
        <source>This will open the server ban list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, sunucu yasaklama listesi diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Toggle priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Öncelikli konuşmacı durumunu değiştir</translation>
    </message>
    <message>
        <source>This will enable/disable the priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Bu, öncelikli konuşmacı durumunu etkinleştirir/devre dışı bırakır</translation>
    </message>
    <message>
        <source>Open recording dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Kayıt diyaloğunu aç</translation>
    </message>
    <message>
        <source>This will open the recording dialog</source>
        <translation>Bu, kayıt diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Change comment</source>
        <comment>Global Shortcut</comment>
        <translation>Yorum değiştir</translation>
    </message>
    <message>
        <source>This will open the change comment dialog</source>
        <translation>Bu, yorum değiştirme diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Change avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Havari değiştir</translation>
    </message>
    <message>
        <source>This will open your file explorer to change your avatar image on this server</source>
        <translation>Bu, bu sunucudaki havari resminizi değiştirmek için dosya tarayıcınızı açacaktır</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Havari kaldır</translation>
    </message>
    <message>
        <source>This will reset your avatar on the server</source>
        <translation>Bu, sunucudaki havarinizi sıfırlayacaktır</translation>
    </message>
    <message>
        <source>Register on the server</source>
        <comment>Global Shortcut</comment>
        <translation>Sunucuya kaydol</translation>
    </message>
    <message>
        <source>This will register you on the server</source>
        <translation>Bu, sizi sunucuya kaydedecektir</translation>
    </message>
    <message>
        <source>Audio statistics</source>
        <comment>Global Shortcut</comment>
        <translation>Ses istatistikleri</translation>
    </message>
    <message>
        <source>This will open the audio statistics dialog</source>
        <translation>Bu, ses istatistikleri diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Open settings</source>
        <comment>Global Shortcut</comment>
        <translation>Ayarları aç</translation>
    </message>
    <message>
        <source>This will open the settings dialog</source>
        <translation>Bu, ayarlar diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Start audio wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Ses sihirbazını başlat</translation>
    </message>
    <message>
        <source>This will open the audio wizard dialog</source>
        <translation>Bu, ses sihirbazı diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Start certificate wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Sertifika sihirbazını başlat</translation>
    </message>
    <message>
        <source>This will open the certificate wizard dialog</source>
        <translation>Bu, sertifika sihirbazı diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Toggle text to speech</source>
        <comment>Global Shortcut</comment>
        <translation>Konuşma sentezi durumunu değiştir</translation>
    </message>
    <message>
        <source>This will enable/disable the text to speech</source>
        <translation>Bu, konuşma sentezini etkinleştirecek/devre dışı bırakacaktır</translation>
    </message>
    <message>
        <source>Open about dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Hakkında diyaloğunu aç</translation>
    </message>
    <message>
        <source>This will open the about dialog</source>
        <translation>Bu, hakkında diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Open about Qt dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Qt hakkında diyaloğunu aç</translation>
    </message>
    <message>
        <source>This will open the about Qt dialog</source>
        <translation>Bu, Qt hakkında diyaloğunu açacaktır</translation>
    </message>
    <message>
        <source>Check for update</source>
        <comment>Global Shortcut</comment>
        <translation>Güncellemeleri kontrol et</translation>
    </message>
    <message>
        <source>This will check if mumble is up to date</source>
        <translation>Bu, mumble&apos;ın güncel olup olmadığını kontrol edecektir</translation>
    </message>
    <message>
        <source>That sound was the mute cue. It activates when you speak while muted. Would you like to keep it enabled?</source>
        <translation>Bu ses, susturulduğunuzun işaretiydi. Susturulduğunuzda konuşursanız etkinleşir. Bunu faal olarak muhafaza etmek ister misiniz?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Enter chat message</source>
        <translation>Sohbet mesajı gir</translation>
    </message>
    <message>
        <source>&amp;Ban List</source>
        <translation>&amp;Yasaklama Listesi</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>B&amp;ilgi</translation>
    </message>
    <message>
        <source>Ig&amp;nore Messages</source>
        <translation>Mesajları görmezde&amp;n gel</translation>
    </message>
    <message>
        <source>&amp;Send Message...</source>
        <translation>Me&amp;saj Gönder...</translation>
    </message>
    <message>
        <source>Set Ni&amp;ckname...</source>
        <translation>&amp;Rumuz Ayarla...</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>Ba&amp;ğla</translation>
    </message>
    <message>
        <source>U&amp;nlink All</source>
        <translation>T&amp;ümünün bağlantısını kaldır</translation>
    </message>
    <message>
        <source>M&amp;ute Self</source>
        <translation>Kendini S&amp;ustur</translation>
    </message>
    <message>
        <source>D&amp;eafen Self</source>
        <translation>K&amp;endini Sağır Yap</translation>
    </message>
    <message>
        <source>Audio &amp;Statistics</source>
        <translation>&amp;Ses İstatistikleri</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>Developer &amp;Console</source>
        <translation>Geliştiri&amp;ci Konsolu</translation>
    </message>
    <message>
        <source>Positional &amp;Audio Viewer</source>
        <translation>Konums&amp;al Ses Görüntüleyici</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>Re&amp;gister...</source>
        <translation>Ka&amp;ydol...</translation>
    </message>
    <message>
        <source>Registered &amp;Users</source>
        <translation>Kayıtlı K&amp;ullanıcılar</translation>
    </message>
    <message>
        <source>&amp;Access Tokens</source>
        <translation>Erişim Jetonl&amp;arı</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>Ha&amp;variyi Kaldır</translation>
    </message>
    <message>
        <source>Reset Commen&amp;t...</source>
        <translation>Aç&amp;ıklamayı Sıfırla...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar...</source>
        <translation>Ha&amp;variyi Kaldır...</translation>
    </message>
    <message>
        <source>Remove the avatar of the selected user.</source>
        <translation>Seçili kullanıcının havarisini kaldır.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Katıl</translation>
    </message>
    <message>
        <source>&amp;Hide When Filtering</source>
        <translation>Filtrelerken &amp;Gizle</translation>
    </message>
    <message>
        <source>&amp;Pin When Filtering</source>
        <translation>Filtrelerken &amp;İğnele</translation>
    </message>
    <message>
        <source>Vie&amp;w Comment</source>
        <translation>A&amp;çıklamayı Görüntüle</translation>
    </message>
    <message>
        <source>&amp;Priority Speaker</source>
        <translation>&amp;İmtiyazlı Konuşmacı</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>&amp;Kaydet...</translation>
    </message>
    <message>
        <source>&amp;Listen To Channel</source>
        <translation>Kana&amp;lı Dinle</translation>
    </message>
    <message>
        <source>Talking &amp;UI</source>
        <translation>Kon&amp;uşma Arayüzü</translation>
    </message>
    <message>
        <source>&amp;Join User&apos;s Channel</source>
        <translation>K&amp;ullanıcının Kanalına Katıl</translation>
    </message>
    <message>
        <source>M&amp;ove To Own Channel</source>
        <translation>Kendi Kanalına Ta&amp;şı</translation>
    </message>
    <message>
        <source>Moves this user to your current channel.</source>
        <translation>Bu kullanıcıyı geçerli kanalınıza taşır.</translation>
    </message>
    <message>
        <source>Disable Te&amp;xt-To-Speech</source>
        <translation>Konuşma &amp;Sentezini Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Ara...</translation>
    </message>
    <message>
        <source>Filtered channels and users</source>
        <translation>Filtrelenmiş kanallar ve kullanıcılar</translation>
    </message>
    <message>
        <source>Toggle positional audio</source>
        <comment>Global Shortcut</comment>
        <translation>Konumsal sesi aç/kapat</translation>
    </message>
    <message>
        <source>This will toggle positional audio on/off</source>
        <translation>Bu, konumsal sesi açıp kapatacaktır</translation>
    </message>
    <message>
        <source>SSL error</source>
        <translation>SSL hatası</translation>
    </message>
    <message>
        <source>Mumble is unable to establish a secure connection to the server. (&quot;%1&quot;)</source>
        <translation>Mumble sunucuyla güvenli bir bağlantı kuramıyor. (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>This could be caused by one of the following scenarios:&lt;ul&gt;&lt;li&gt;Your client and the server use different encryption standards. This could be because you are using a very old client or the server you are connecting to is very old. In the first case, you should update your client and in the second case you should contact the server administrator so that they can update their server.&lt;/li&gt;&lt;li&gt;Either your client or the server is using an old operating system that doesn&apos;t provide up-to-date encryption methods. In this case you should consider updating your OS or contacting the server admin so that they can update theirs.&lt;/li&gt;&lt;li&gt;The server you are connecting to isn&apos;t actually a Mumble server. Please ensure that the used server address really belongs to a Mumble server and not e.g. to a game server.&lt;/li&gt;&lt;li&gt;The port you are connecting to does not belong to a Mumble server but instead is bound to a completely unrelated process on the server-side. Please double-check you have used the correct port.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Bunun nedeni şu durumlardan biri olabilir:&lt;ul&gt;&lt;li&gt;İstemciniz ve sunucunuz farklı şifreleme standartları kullanmaktadır. Bunun nedeni çok eski bir istemci kullanıyor olmanız veya bağlandığınız sunucunun çok eski olması olabilir. İlk durumda, istemcinizi güncellemelisiniz ve ikinci durumda sunucularını güncelleyebilmeleri için sunucu yöneticisiyle iletişime geçmelisiniz.&lt;/li&gt;&lt;li&gt;Ya istemciniz ya da sunucunuz güncel şifreleme yöntemleri sağlamayan eski bir işletim sistemi kullanıyordur. Bu durumda işletim sisteminizi güncellemeyi düşünmeli ya da sunucu yöneticisiyle iletişime geçerek kendi işletim sistemlerini güncellemelerini sağlamalısınız.&lt;/li&gt;&lt;li&gt;Bağlandığınız sunucu aslında bir Mumble sunucusu değil. Lütfen kullanılan sunucu adresinin gerçekten bir Mumble sunucusuna ait olduğundan ve örneğin bir oyun sunucusuna ait olmadığından emin olun.&lt;/li&gt;&lt;li&gt;Bağlandığınız bağlantı noktası bir Mumble sunucusuna ait değil, bunun yerine sunucu tarafında tamamen ilgisiz bir işleme bağlı. Lütfen doğru bağlantı noktasını kullandığınızı iki kez gözden geçirin.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>M&amp;ove back</source>
        <translation>G&amp;eri git</translation>
    </message>
    <message>
        <source>Moves you back to the previous channel</source>
        <translation>Sizi bir önceki kanala taşır</translation>
    </message>
    <message>
        <source>Move back</source>
        <comment>Global shortcut</comment>
        <translation>Geri git</translation>
    </message>
    <message>
        <source>This will move you back into your previous channel</source>
        <translation>Bu, sizi bir önceki kanalınıza taşıyacaktır</translation>
    </message>
    <message>
        <source>The channel you have been in previously no longer exists on this server.</source>
        <translation>Daha önce içinde bulunduğunuz kanal artık bu sunucuda mevcut değildir.</translation>
    </message>
    <message>
        <source>Cycle listener attenuation mode</source>
        <comment>Global shortcut</comment>
        <translation>Dinleyici kısma kipini döngüle</translation>
    </message>
    <message>
        <source>This will cycle through the different attenuation modes for channel listeners</source>
        <translation>Bu, kanal dinleyicileri için çeşitli kısma kipleri arasında geçiş yapacaktır</translation>
    </message>
    <message>
        <source>Listener attenuation up (+10%)</source>
        <comment>Global shortcut</comment>
        <translation>Dinleyici kısmasını arttır (+%10)</translation>
    </message>
    <message>
        <source>This increases the attenuation of channel listeners by 10 percents points</source>
        <translation>Bu, kanal dinleyicilerinin kısılmasını yüzde 10 değerinde arttırır</translation>
    </message>
    <message>
        <source>Listener attenuation down (-10%)</source>
        <comment>Global shortcut</comment>
        <translation>Dinleyici kısmasını azalt (-%10)</translation>
    </message>
    <message>
        <source>This decreases the attenuation of channel listeners by 10 percents points</source>
        <translation>Bu, kanal dinleyicilerinin kısmasını yüzde 10 değerinde azaltır</translation>
    </message>
    <message>
        <source>Adaptive Push</source>
        <comment>Global Shortcut</comment>
        <translation>Uyarlanabilir Basma</translation>
    </message>
    <message>
        <source>When using the push-to-talk transmission mode, this will act as the push-to-talk action. Otherwise, it will act as a push-to-mute action.</source>
        <comment>Global Shortcut</comment>
        <translation>Bas ve konuş iletim modunu kullanırken, bu bas ve konuş eylemi olarak işlev görür. Aksi takdirde, bas ve sessize al eylemi olarak işlev görür.</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Resim Aç</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Failed to decode image.</source>
        <translation>Resmin kodu çözülemedi.</translation>
    </message>
    <message>
        <source>This will open the rich text editor to change your comment. Comments are separate for each server. Other users can read your comment by hovering over the comment icon in the user and channel tree.</source>
        <translation>Bu, yorumunuzu değiştirmek için zengin metin düzenleyicisini açacaktır. Yorumlar her sunucu için ayrıdır. Diğer kullanıcılar, kullanıcı ve kanal ağacındaki yorum simgesinin üzerine gelerek yorumunuzu okuyabilirler.</translation>
    </message>
    <message>
        <source>This will open the audio recording dialog.</source>
        <translation>Bu, ses kaydı iletişim kutusunu açacaktır.</translation>
    </message>
    <message>
        <source>This will open the search dialog. It&apos;s used to find channels and users in the current server.</source>
        <translation>Bu, arama iletişim kutusunu açacaktır. Geçerli sunucudaki kanalları ve kullanıcıları bulmak için kullanılır.</translation>
    </message>
    <message>
        <source>Add as &amp;Favorite</source>
        <translation>&amp;Favorilere Ekle</translation>
    </message>
    <message>
        <source>Add current server as favorite</source>
        <translation>Geçerli sunucuyu favorilere ekle</translation>
    </message>
    <message>
        <source>This adds the server you are currently connected to as favorite to the known connections.</source>
        <translation>Bu, şu anda bağlı olduğunuz sunucuyu bilinen bağlantılara favori olarak ekler.</translation>
    </message>
    <message>
        <source>Added %1 to favorites.</source>
        <translation>%1 favorilere eklendi.</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual Mumble Positional Audio</source>
        <translation>Elle Mumble Konumsal Ses</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Konum</translation>
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
        <translation>Yön</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Yükseklik</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Meta data</source>
        <translation>Üst veriler</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Bağlam</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ayarla</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Unhinge</source>
        <translation>Ayır</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <source>How long silent user&apos;s positions should stay marked after they have stopped talking (in seconds).</source>
        <translation>Sessiz kullanıcının pozisyonlarının konuşmayı bıraktıktan sonra ne kadar süreyle işaretli kalması gerektiği (saniye cinsinden).</translation>
    </message>
    <message>
        <source>Silent user displaytime:</source>
        <translation>Sessiz kullanıcı görüntüleme süresi:</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Grafik konumsal ses simülasyonu görünümü</translation>
    </message>
    <message>
        <source>This visually represents the positional audio configuration that is currently being used</source>
        <translation>Bu, görsel olarak şu an kullanılan konumsal ses yapılandırmasını tasvir eder</translation>
    </message>
    <message>
        <source>Listener Z coordinate</source>
        <translation>Dinleyici Z koordinatı</translation>
    </message>
    <message>
        <source>Listener X coordinate</source>
        <translation>Dinleyici X koordinatı</translation>
    </message>
    <message>
        <source>Listener Y coordinate</source>
        <translation>Dinleyici Y koordinatı</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Sessiz kullanıcı görüntüleme süresi (saniye olarak)</translation>
    </message>
    <message>
        <source>Listener azimuth (in degrees)</source>
        <translation>Dinleyici yön açısı (derece olarak)</translation>
    </message>
    <message>
        <source>Listener elevation (in degrees)</source>
        <translation>Dinleyici yüksekliği (derece olarak)</translation>
    </message>
    <message>
        <source>Context string</source>
        <translation>Bağlam dizesi</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the context string</source>
        <translation>Bağlam dizesini uygulamak için &quot;ayarla&quot; düğmesini kullanın</translation>
    </message>
    <message>
        <source>Apply the context string</source>
        <translation>Bağlam dizesini uygula</translation>
    </message>
    <message>
        <source>Apply the identity string</source>
        <translation>Kimlik dizesini uygula</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>Kimlik dizesi</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the identity string</source>
        <translation>Kimlik dizesini uygulamak için &quot;ayarla&quot; düğmesini kullanın</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>Network</source>
        <translation>Şebeke</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation>TCP uyumluluk kipini kullan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation>&lt;b&gt;TCP uyumluluk kipi&lt;/b&gt;.&lt;br /&gt; Mumble&apos;ın sunucu ile iletişiminde sadece TCP kullanmasını sağlar. Bu ayar ek yükü arttırır ve kaybedilen paketlerin iletişimde farkına varılabilecek duraklamalara yol açmasına neden olur, dolayısıyla sadece varsayılan yapılandırmayı (ses için UDP ve kontrol için TCP) kullanamıyorsanız seçilmelidir.</translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation>Bağlantı koptuğunda tekrar bağlan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation>&lt;b&gt;Bağlantı koptuğunda tekrar bağlan&lt;/b&gt;.&lt;br /&gt; Bu ayar sunucuyla bağlantıda kesildiğinde Mumble&apos;ın 10 saniye sonra tekrar bağlanmayı denemesini sağlar.</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Otomatik olarak tekrar bağlan</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Vekil sunucu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Type of proxy to connect through</source>
        <translation>Aracılığıyla bağlanılacak vekil tipi</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Doğrudan bağlantı</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) vekil</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 vekil</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Ana makine adı</translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation>Vekilin ana makine adı</translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation>TCP kipini zorla</translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation>Paketlerin önceliğini yönetmek için QoS&apos;i etkinleştir</translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation>Bu, ses paketlerine diğer paketlerden yüksek öncelik vermeyi deneyecek QoS&apos;i (Quality of Service, Servis Kalitesi) etkinleştirecektir.</translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation>Servis Kalitesini kullan</translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation>Sunucuya sertifika gönderme ve parolaları kaydetme (Seçenek durumu kaydedilmez).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bu, istemciden kimlik verilerini kaldıracaktır.&lt;/b&gt;&lt;p&gt;İstemci kendisini varsa bile sertifika ile doğrulamayacak, ve bağlantılar için parolaları saklamayacaktır. Öncelikle bir test seçeneği olup, kaydedilmez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation>Sertifika ve parola saklamasını kaldır</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation>&lt;b&gt;Aracılığıyla bağlanılacak vekil tipi&lt;/b&gt;&lt;br /&gt;Bu ayar Mumble&apos;ın tüm dışarıya giden bağlantılar için bir vekil sunucudan geçmesini sağlar. Not: Vekil tüneli kullanmak, Mumble&apos;ı TCP uyumluluk kipine zorlar ve bu tüm ses verilerinin kontrol kanalından yollanmasına yol açar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation>&lt;b&gt;Vekilin ana makine adı.&lt;/b&gt;&lt;br /&gt;Bu alan, şebeke trafiğinin tünelleneceği vekilin ana makine adını belirtir.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation>Vekilin bağlantı noktası numarası</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation>&lt;b&gt;Vekilin bağlantı noktası numarası.&lt;/b&gt;&lt;br /&gt;Bu alan vekilin bağlantı beklediği bağlantı noktası numarasını girmeye yarar.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation>Vekilde kimlik doğrulaması için kullanıcı adı</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Vekilde kimlik doğrulaması için kullanıcı adı.&lt;/b&gt;&lt;br /&gt;Vekil sunucuda kimliğinizi doğrulamak için kullanacağınız kullanıcı ismini belirtir. Vekil sunucu kimlik doğrulaması istemiyorsa ya da anonim olarak bağlanmak istiyorsanız bu alanı boş bırakınız.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation>Vekilde kimlik doğrulaması için parola</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Vekilde kimlik doğrulaması için parola.&lt;/b&gt;&lt;br /&gt;Vekil sunucuda kimliğinizi doğrulamak için kullanacağınız parolayı belirtir. Vekil sunucu kimlik doğrulaması istemiyorsa ya da anonim olarak bağlanmak istiyorsanız bu alanı boş bırakınız.</translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation>Mumble servisleri</translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation>Yeni Mumble sürümlerini otomatik olarak kontrol et.</translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation>Bu, programı her başlattığınızda, Mumble&apos;ın yeni bir sürümünün olup olmadığını denetleyecek ve varsa size bildirecektir.</translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation>Uygulama güncellemelerini başlangıçta denetle</translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation>Eklentilerin yeni sürümlerini otomatik olarak denetle.</translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation>Bu, programı her başlattığınızda, eklentilerin yeni sürümü olup olmadığını kontrol edecek ve varsa otomatik olarak indirecektir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation>&lt;b&gt;Anonim istatistik gönder.&lt;/b&gt;&lt;br /&gt;Mumble&apos;ın geliştirme ekibi küçüktür, dolayısıyla çalışmalarını en çok ihtiyaç duyulan alanlara odaklamak zorundadır. Bu istatistikleri göndererek projenin hangi alanlara odaklanması gerektiğini belirlemesine yardımcı olursunuz.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Mumble projesine anonim istatistik gönder</translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation>Anonim istatistik gönder</translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation>Mumble başladığında son kullanılan sunucuya bağlansın</translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation>Başladığında son sunucuya bağlan</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <source>Prevent OS information being sent to Mumble servers and web servers</source>
        <translation>İşletim Sistemi verilerinin Mumble ve web sunucularına gönderilmesine mani ol</translation>
    </message>
    <message>
        <source>&lt;b&gt;Don&apos;t send OS information to servers&lt;/b&gt;&lt;br/&gt;
Prevents the client from sending potentially identifying information about the operating system to the Mumble server and web servers.</source>
        <translation>&lt;b&gt;İşletim Sistemi verilerini sunuculara gönderme&lt;/b&gt;&lt;br/&gt;
İstemcinin işletim sistemi hakkında potansiyel olarak tanımlayıcı bilgileri Mumble sunucusuna ve web sunucularına göndermesine engel olur.</translation>
    </message>
    <message>
        <source>Do not send OS information to Mumble servers and web servers</source>
        <translation>İşletim Sistemi bilgilerini Mumble ve web sunucularına gönderme</translation>
    </message>
    <message>
        <source>When toggled this hides the public server list from the connect dialog</source>
        <translation>Değiştirildiğinde bu, genel sunucu listesini bağlantı iletişim kutusundan gizler</translation>
    </message>
    <message>
        <source>Hide public server list</source>
        <translation>Genel sunucu listesini gizle</translation>
    </message>
    <message>
        <source>Check for plugin updates on startup</source>
        <translation>Başlangıçta eklenti güncellemelerini kontrol edin</translation>
    </message>
    <message>
        <source>Automatically download and install plugin updates</source>
        <translation>Eklenti güncellemelerini otomatik olarak indirin ve yükleyin</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Vekil türü</translation>
    </message>
    <message>
        <source>Proxy hostname</source>
        <translation>Vekil makine ismi</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Vekil bağlantı noktası</translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation>Vekil kullanıcı ismi</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Vekil parolası</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Silent</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Konuşmakta</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Fısıltı</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Bağırış</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation>%2: %1 konumunda yerpaylaşan ile bağlantı kurulamadı. Hiçbir yerpaylaşan kullanılamayacaktır.</translation>
    </message>
</context>
<context>
    <name>OverlayClient</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Only talking</source>
        <translation>Sadece konuşanlar</translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation>Konuşanlar ve yakın geçmişte etkin olanlar</translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation>Güncel kanallardaki tüm</translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation>Bağlantılı kanallardaki tüm</translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation>Kendinizi her zaman gösterin</translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation>Yakın geçmişte etkin oluş süresini ayarla (%1 saniye)...</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sırala</translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation>Alfabetik olarak</translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation>Son durum değişimi</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Düzenle...</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Yakınlaştırmayı sıfırla</translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation>Yakın geçmişte etkin olma süresini yapılandır</translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation>Konuştuktan sonra kullanıcıların etkin sayılacakları süre:</translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation>Kullanıcıları taşımak için küçük kırmızı noktayı kaydırın.</translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation>Kullanıcıları yeniden boyutlandırmak için bir kullanıcı üzerinde fare tekerleğini kullanın.</translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation>Daha fazla bilgi için kullanıcıya sağ buton ile tıklayın.</translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation>Başlatıcı Filtresi</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Yerpaylaşan</translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation>Çalıştırılabilir dosya seç</translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation>Uygulama seç</translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation>Yol seç</translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation>Yerpaylaşan ön ayarlarını yükle</translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation>Mumble yerpaylaşan ön ayarları (*.mumblelay)</translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation>Yerpaylaşan ön ayarlarını kaydet</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation>Yerpaylaşanı etkinleştir.</translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation>Yerpaylaşanı Etkinleştir</translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation>Bu ayar yerpaylaşanın etkinleştirilip etkinleştirilmeyeceğini belirler. Bu ayar sadece uygulamalar başlatıldığında denetlenir, dolayısıyla Mumble&apos;ın uygulamayı başlatmadan önce çalışmakta olduğundan emin olunuz.&lt;br /&gt;Uygulama çalışmakta iken yerpaylaşanı devre dışı bırakırsanız ya da Mumble&apos;ı uygulamadan sonra başlatırsanız, yerpaylaşanı güvenli olarak tekrar başlatmanın tek yolu uygulamayı tekrar başlatmaktır.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Düzen</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Kara liste</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Beyaz liste</translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation>Yerpaylaşanı kaldır</translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation>Yerpaylaşan kurulumu</translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation>Mumble, Mumble Yerpaylaşanın kurulu olmadığını tespit etti.

Yerpaylaşanı kurmak için aşağıdaki düğmeyi tıklayınız.</translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation>Mumble Yerpaylaşanı Kur</translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation>Yerpaylaşan Güncellemesi</translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation>Mumble, bilgisayarınızda eski yerpaylaşan destek dosyaları tespit etti.

Bu dosyaları son sürümlerine güncellemek için aşağıdaki düğmeyi tıklayınız.</translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation>Mumble Yerpaylaşanı Güncelle</translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation>Yerpaylaşanda çerçeve sayacı (FPS) göster</translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation>FPS sayacını göster</translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation>Dosyadan yerpaylaşan ön ayarı yükle</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Yükle…</translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation>Yerpaylaşan ayarlarını dosyaya kaydet</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Kaydet…</translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation>Yerpaylaşan yazı tipini ayarla.</translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation>Yerpaylaşan metin rengini ayarla.</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Yazı Tipi</translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation>FPS ve Saat Göstergesi</translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation>Yer kaplayanda güncel yerel zamanı (sistem vaktini) gösteren bir saat görüntüle.</translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation>Saati Göster</translation>
    </message>
    <message>
        <source>Overlay Exceptions</source>
        <translation>Yerpaylaşan İstisnaları</translation>
    </message>
    <message>
        <source>Overlay Exception Mode</source>
        <translation>Yerpaylaşan İstisna Kipi</translation>
    </message>
    <message>
        <source>Allowed launchers</source>
        <translation>İzinli başlatıcılar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Allowed programs</source>
        <translation>İzinli programlar</translation>
    </message>
    <message>
        <source>Allowed paths</source>
        <translation>İzinli yollar</translation>
    </message>
    <message>
        <source>Blacklisted programs</source>
        <translation>Kara listedeki programlar</translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>User is not talking</source>
        <translation>Kullanıcı konuşmuyor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation>Kullanıcı sizin kanalınızda ya da bağlantılı bir kanalda konuşuyor</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Konuşuyor</translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation>Kullanıcı özel olarak size fısıldıyor</translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation>Özel Fısıltı</translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation>Kullanıcı kanalınızda bağırıyor</translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation>Kanal Fısıltısı</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Yakınlaştırma</translation>
    </message>
    <message>
        <source>Zoom Factor</source>
        <translation>Yakınlaştırma Faktörü</translation>
    </message>
    <message>
        <source>Enabled Elements</source>
        <translation>Etkin Unsurlar</translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation>Kullanıcı havarisi, kullanıcılar tarafından seçilir</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Havari</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Kullanıcının ismi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation>Kullanıcının kanal ismi. sizin güncel kanalınızın dışındaysa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation>Susturulmuş ya da sağır</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>Susturma durumu</translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation>Sınırlayıcı kutu, otomatik olarak tüm görüntülenen unsurları kapsayacak asgari boyuta indirgenmiş</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Sınırlayıcı kutu</translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation>Yerpaylaşan Düzenleyicisi</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Yakınlaştırma seviyesi</translation>
    </message>
</context>
<context>
    <name>OverlayEditorScene</name>
    <message>
        <source>Layout preset</source>
        <translation>Düzen ön ayarları</translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation>Büyük kare havari</translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation>Havari ve İsim</translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation>Kullanıcı Opaklığı</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation>Cisim Opaklığı</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Hizalama</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Sağ</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>En üste</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>En aşağıya</translation>
    </message>
    <message>
        <source>Color...</source>
        <translation>Renk...</translation>
    </message>
    <message>
        <source>Font...</source>
        <translation>Yazı tipi...</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Sınırlayıcı kutu</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Kalem kalınlığı</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Doldurma</translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation>Kalem rengi</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>Doldurma rengi</translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation>Kalem rengi seç</translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation>Doldurma rengi seç</translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation>Renk seç</translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation>Yazı tipi seç</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation>Eklentiler</translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation>Eklentinin herhangi bir yapılandırma işlevi yoktur.</translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation>Eklentinin herhangi bir hakkında işlevi yoktur.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation>Eklentileri etkinleştir ve konum verisi gönder</translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation>Bu, destekleyen oyunlar için eklentilerin oyun içi konumunuzu öğrenmesi ve her ses paketi ile aktarmasına izin verir. Böylece diğer oyuncular sesinizi karakterinizin onlara göre konumundan duyarlar.</translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation>Oyuna bağla ve Konum aktar</translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation>Tüm eklentileri tekrar yükle</translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation>Bu, eklentileri tarar ve yeniden yükler. Eklentiler dizininizde bir eklenti değiştirdiyseniz veya eklediyseniz kullanınız.</translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation>&amp;Eklentileri tekrar yükle</translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation>Eklenti hakkında bilgi</translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation>Eklenti hakkında kısa bir mesaj gösterir.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation>Eklentinin yapılandırma sayfasını göster</translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation>Varsa eklentinin yapılandırma ve ayar sayfasını gösterir.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Yapılandır</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>KeyEvents</source>
        <translation>Önemli olaylar</translation>
    </message>
    <message>
        <source>Install a plugin from a local file</source>
        <translation>Yerel bir dosyadan bir eklenti yükleyin</translation>
    </message>
    <message>
        <source>Install plugin...</source>
        <translation>Eklenti kur...</translation>
    </message>
    <message>
        <source>Unload the currently selected plugin. This will remove it from the plugin list for the current session.</source>
        <translation>Şu anda seçili eklentiyi kaldırın. Bu, onu mevcut oturum için eklenti listesinden kaldıracaktır.</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>yüklemeyi kaldır</translation>
    </message>
    <message>
        <source>The plugin was installed successfully</source>
        <translation>Eklenti başarıyla kuruldu</translation>
    </message>
    <message>
        <source>Unable to deactivate all requested features for plugin &quot;%1&quot;</source>
        <translation>&quot;%1&quot; eklentisi için istenen tüm özellikler devre dışı bırakılamıyor</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot;</source>
        <translation>&quot;%1&quot; eklentisi yüklenemiyor</translation>
    </message>
    <message>
        <source>Whether the positional audio feature of this plugin should be enabled</source>
        <translation>Bu eklentinin konumsal ses özelliğinin etkinleştirilip etkinleştirilmeyeceği</translation>
    </message>
    <message>
        <source>This plugin does not provide support for positional audio</source>
        <translation>Bu eklenti konumsal ses desteği sağlamaz</translation>
    </message>
    <message>
        <source>Whether this plugin has the permission to be listening to all keyboard events that occur while Mumble has focus</source>
        <translation>Bu eklentinin, Mumble&apos;ın odaklandığı sırada gerçekleşen tüm klavye olaylarını dinleme iznine sahip olup olmadığı</translation>
    </message>
    <message>
        <source>Whether this plugin should be enabled</source>
        <translation>Bu eklentinin etkinleştirilip etkinleştirilmeyeceği</translation>
    </message>
    <message>
        <source>List of plugins</source>
        <translation>Eklenti listesi</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through plugins. Use left and right keys to navigate between single plugin permissions.</source>
        <translation>Eklentiler arasında gezinmek için yukarı ve aşağı tuşlarını kullanın. Bir eklentinin izinleri arasında gezinmek için sol ve sağ tuşlarını kullanın.</translation>
    </message>
    <message>
        <source>Plugin name</source>
        <translation>Eklenti adı</translation>
    </message>
    <message>
        <source>Plugin enabled checkbox</source>
        <translation>Eklenti etkin onay kutusu</translation>
    </message>
    <message>
        <source>Plugin positional audio permission checkbox</source>
        <translation>Eklenti konumsal ses izni onay kutusu</translation>
    </message>
    <message>
        <source>Plugin keyboard event listen permission checkbox</source>
        <translation>Eklenti klavye olayı dinleme izni onay kutusu</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>işaretli</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>işaretli değil</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Kullanılabilir değil</translation>
    </message>
</context>
<context>
    <name>PluginInstaller</name>
    <message>
        <source>PluginInstaller</source>
        <translation>Eklenti kurucu</translation>
    </message>
    <message>
        <source>You are about to install the plugin listed below. Do you wish to proceed?</source>
        <translation>Aşağıda listelenen eklentiyi kurmak üzeresiniz. Devam etmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Ad: &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Sürüm: &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Yazar (lar): &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Description:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Tanımlama:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid plugin file!</source>
        <translation>&quot;%1&quot; dosyası geçerli bir eklenti dosyası değil!</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot; - check the plugin interface!</source>
        <translation>&quot;%1&quot; eklentisi yüklenemiyor - eklenti arayüzünü kontrol edin!</translation>
    </message>
    <message>
        <source>Unable to delete old plugin at &quot;%1&quot;</source>
        <translation>&quot;%1&quot; konumundaki eski eklenti silinemiyor</translation>
    </message>
    <message>
        <source>Unable to copy plugin library from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Eklenti kitaplığı &quot;%1&quot; konumundan &quot;%2&quot; konumuna kopyalanamıyor</translation>
    </message>
    <message>
        <source>Unable to move plugin library to &quot;%1&quot;</source>
        <translation>Eklenti kitaplığı &quot;%1&quot; konumuna taşınamıyor</translation>
    </message>
    <message>
        <source>Unable to locate the plugin manifest (manifest.xml)</source>
        <translation>Eklenti bildirimi (manifest.xml) bulunamıyor</translation>
    </message>
    <message>
        <source>Error while processing manifest: %1</source>
        <translation>Bildirim işlenirken hata oluştu: %1</translation>
    </message>
    <message>
        <source>Unable to find plugin for the current OS (&quot;%1&quot;) and architecture (&quot;%2&quot;)</source>
        <translation>Mevcut işletim sistemi (&quot;%1&quot;) ve mimari (&quot;%2&quot;) için eklenti bulunamadı</translation>
    </message>
    <message>
        <source>Unable to locate plugin library specified in manifest (&quot;%1&quot;) in the bundle</source>
        <translation>Pakette bildirimde (&quot;%1&quot;) belirtilen eklenti kitaplığı bulunamıyor</translation>
    </message>
    <message>
        <source>Overwrite plugin?</source>
        <translation>Eklentinin üzerine yazılsın mı?</translation>
    </message>
    <message>
        <source>The new plugin &quot;%1&quot; (%2) is about to overwrite the already installed plugin &quot;%3&quot; (%4). Do you wish to proceed?</source>
        <translation>Yeni eklenti &quot;%1&quot; (%2), önceden yüklenmiş olan &quot;%3&quot; (%4) eklentisinin üzerine yazmak üzere. Devam etmek istiyor musunuz?</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>%1 lost link</source>
        <translation>%1 kayıp bağlantı</translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation>%1 bağlandı</translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; encountered a permanent error in positional data gathering</source>
        <translation>&quot;%1&quot; eklentisi konumsal veri toplamada kalıcı bir hatayla karşılaştı</translation>
    </message>
    <message>
        <source>Failed at loading manual plugin: %1</source>
        <translation>Manuel eklenti yüklenirken başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Non-plugin found in plugin directory: &quot;%1&quot; (%2)</source>
        <translation>Eklenti dizininde eklenti olmayan bir şey bulundu: &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>PluginUpdater</name>
    <message>
        <source>PluginUpdater</source>
        <translation>Eklenti Güncelleyici</translation>
    </message>
    <message>
        <source>The following plugins can be updated.</source>
        <translation>Aşağıdaki eklentiler güncellenebilir.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tümünü seç</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Eklenti</translation>
    </message>
    <message>
        <source>Download-URL</source>
        <translation>İndirme URL&apos;si</translation>
    </message>
    <message>
        <source>Do you want to update the selected plugins?</source>
        <translation>Seçili eklentileri güncellemek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot; için eklenti güncellemesi &quot;%2&quot; konumundan (%3) indirilemiyor</translation>
    </message>
    <message>
        <source>Update for plugin &quot;%1&quot; failed due to too many redirects</source>
        <translation>Çok fazla yönlendirme nedeniyle &quot;%1&quot; eklentisi için güncelleme başarısız oldu</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (HTTP status code %3)</source>
        <translation>&quot;%1&quot; için eklenti güncellemesi &quot;%2&quot; konumundan indirilemiyor (HTTP durum kodu %3)</translation>
    </message>
    <message>
        <source>Successfully updated plugin &quot;%1&quot;</source>
        <translation>&quot;%1&quot; eklentisi başarıyla güncellendi</translation>
    </message>
</context>
<context>
    <name>PortAudioSystem</name>
    <message>
        <source>Default device</source>
        <translation>Varsayılan aygıt</translation>
    </message>
</context>
<context>
    <name>PositionalAudioViewer</name>
    <message>
        <source>Positional Audio Viewer</source>
        <translation>Konumsal Ses Görüntüleyici</translation>
    </message>
    <message>
        <source>Camera direction</source>
        <translation>Kamera yönü</translation>
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
        <translation>Oynatıcı konumu</translation>
    </message>
    <message>
        <source>Player axis</source>
        <translation>Oynatıcı ekseni</translation>
    </message>
    <message>
        <source>Player direction</source>
        <translation>Oynatıcı yönü</translation>
    </message>
    <message>
        <source>Camera axis</source>
        <translation>Kamera ekseni</translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation>Kamera konumu</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
</context>
<context>
    <name>PulseAudioSystem</name>
    <message>
        <source>Default Input</source>
        <translation>Varsayılan Girdi</translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation>Varsayılan Çıktı</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation>Mumble&apos;ın tekrar başlatılması başarısız oldu</translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation>Mumble kendini tekrar başlatamadı. Lütfen elle başlatınız.</translation>
    </message>
    <message>
        <source>Mumble is currently connected to a server</source>
        <translation>Mumble şu anda bir sunucuya bağlı</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Talking UI</source>
        <translation>Konuşma Arayüzü</translation>
    </message>
    <message>
        <source>Echo cancellation is not supported for the interface combination &quot;%1&quot; (in) and &quot;%2&quot; (out).</source>
        <translation>Yankı iptali, &quot;%1&quot; (giriş) ve &quot;%2&quot; (çıkış) arayüz birleşimi için desteklenmez.</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Yerel Olarak Sustur</translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation>Mesajları Görmezden Gel</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech</source>
        <translation>TTS&apos;yi devre dışı bırak</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved permanently and is lost on restart because %2 does not have a certificate.</source>
        <translation>&quot;%1&quot; kalıcı olarak kaydedilemedi ve yeniden başlatma sırasında kayboldu çünkü %2&apos;nin sertifikası yok.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment...</source>
        <translation>Yerel Ses Ayarı...</translation>
    </message>
    <message>
        <source>&lt;p&gt;You&apos;re using a Mumble version that &lt;b&gt;explicitly disabled&lt;/b&gt; update-checks.&lt;/p&gt;&lt;p&gt;This means that the update notification you might receive by using this option will &lt;b&gt;most likely be meaningless&lt;/b&gt; for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt; &lt;b&gt; &apos;in &lt;/b&gt; güncelleme kontrollerini açıkça devre dışı bıraktığı bir Mumble sürümü kullanıyorsunuz. &lt;/p&gt; &lt;p&gt; Bu, bu seçeneği kullanarak alabileceğiniz güncelleme bildiriminin &lt;b&gt; büyük olasılıkla &lt;/b&gt; sizin için. &lt;/p&gt;anlamsız olacağı anlamına gelir</translation>
    </message>
    <message>
        <source>Talking (muted)</source>
        <translation>Konuşma (sessiz)</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tüm mesajlar</translation>
    </message>
    <message>
        <source>Toggle console for all events</source>
        <translation>Tüm etkinlikler için konsolu aç / kapat</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for all events</source>
        <translation>Tüm etkinlikler için pop-up bildirimleri arasında geçiş yapın</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for all events</source>
        <translation>Tüm olaylar için pencere vurgulamasını (etkin değilse) aç / kapat</translation>
    </message>
    <message>
        <source>Click here to toggle sound notifications for all events</source>
        <translation>Tüm etkinlikler için sesli bildirimleri değiştirmek için burayı tıklayın</translation>
    </message>
    <message>
        <source>Toggle Text-to-Speech for all events</source>
        <translation>Tüm etkinlikler için TTS&apos;e(Metinden Konuşmaya) geçiş yapın</translation>
    </message>
    <message>
        <source>RNNoise is not available due to a sample rate mismatch.</source>
        <translation>RNNoise, örnekleme hızı uyumsuzluğu nedeniyle kullanılamıyor.</translation>
    </message>
    <message>
        <source>Reset all settings?</source>
        <translation>Tüm ayarlar sıfırlansın mı?</translation>
    </message>
    <message>
        <source>Do you really want to reset all settings (not only the ones currently visible) to their default value?</source>
        <translation>Tüm ayarları (yalnızca şu anda görünenleri değil) varsayılan değerlerine gerçekten sıfırlamak istiyor musunuz?</translation>
    </message>
    <message>
        <source>Local Nickname Adjustment...</source>
        <translation>Yerel Takma Ad Ayarı...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked URL scheme &quot;%1&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Engellenen URL şeması &quot;%1&quot;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The URL uses a scheme that has been blocked for security reasons.</source>
        <translation>URL, güvenlik nedenleriyle engellenmiş bir şema kullanıyor.</translation>
    </message>
    <message>
        <source>Blocked URL: &quot;%1&quot;</source>
        <translation>Engellenen URL: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Default Device</source>
        <translation>Varsayılan Aygıt</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled this tries to cancel out echo from the audio stream.</source>
        <translation>Etkinleştirilirse, ses akışından yankıyı iptal etmeye çalışır.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Echo cancellation is disabled.</source>
        <translation>Yankı iptali devre dışı bırakıldı.</translation>
    </message>
    <message>
        <source>Mixed echo cancellation (speex)</source>
        <translation>Karışık yankı iptali (speex)</translation>
    </message>
    <message>
        <source>Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone.</source>
        <translation>Mixed düşük CPU etkisine sahiptir, ancak yalnızca hoparlörlerinizin sesi eşit derecede yüksekse ve mikrofondan eşit uzaklıkta ise iyi çalışır.</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation (speex)</source>
        <translation>Çok kanallı yankı iptali (speex)</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost. Multichannel echo cancellation requires more CPU, so you should try mixed first.</source>
        <translation>Çok kanallı yankı iptali, çok daha iyi yankı iptali sağlar, ancak daha yüksek bir CPU maliyetiyle. Çok kanallı yankı iptali daha fazla CPU gerektirir, bu nedenle önce mixed&apos;i denemelisiniz.</translation>
    </message>
    <message>
        <source>The provided URL uses an invalid version format: &quot;%1&quot;</source>
        <translation>Sağlanan URL geçersiz bir sürüm biçimi kullanıyor: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The directories in which Mumble searches for extra translation files are:
</source>
        <translation>Mumble&apos;ın fazladan çeviri dosyaları aradığı dizinler şunlardır:
</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Çağrı</translation>
    </message>
    <message>
        <source>EXPERIMENTAL: Acoustic echo cancellation (Apple).</source>
        <translation>DENEYSEL: Akustik yankı iptali (Apple).</translation>
    </message>
    <message>
        <source>The support for this option is experimental only! This option works best when using built-in microphone and speaker.</source>
        <translation>Bu seçenek için destek yalnızca deneyseldir! Bu seçenek en iyi dahili mikrofon ve hoparlör kullanılırken işe yarar.</translation>
    </message>
    <message>
        <source>Shortcuts migration incomplete</source>
        <translation>Kısayol geçişi tamamlanmadı</translation>
    </message>
    <message>
        <source>Unfortunately %1 shortcut(s) could not be migrated.
You can register them again.</source>
        <translation>Ne yazık ki %1 kısayol geçirilemedi.
Bunları tekrar kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>Potentially broken settings</source>
        <translation>Olası bozuk ayarlar</translation>
    </message>
    <message>
        <source>Load backup settings?</source>
        <translation>Yedeklenen ayarlar yüklensin mi?</translation>
    </message>
    <message>
        <source>It seems that Mumble did not perform a normal shutdown. If you did not intentionally kill the application, this could mean that the used settings caused a crash. Do you want to load the setting&apos;s backup instead?</source>
        <translation>Mumble&apos;ın normal bir şekilde kapanmadığı görülüyor. Uygulamayı kasıtlı olarak sonlandırmadıysanız, bu, kullanılan ayarların bir çökmeye neden olduğu anlamına gelebilir. Onun yerine ayarın yedeklemesini yüklemek istiyor musunuz?</translation>
    </message>
    <message>
        <source>The backed-up settings also seem to have been saved without Mumble exiting normally (potentially indicating a crash).</source>
        <translation>Yedeklenen ayarlar da Mumble normal bir şekilde çıkmadan kaydedilmiş görünüyor (olası bir çökme olabilir).</translation>
    </message>
    <message>
        <source>If you experience repeated crashes with these settings, you might have to manually delete the settings files at &lt;pre&gt;%1&lt;/pre&gt; and &lt;pre&gt;%2&lt;/pre&gt; in order to reset all settings to their default value.</source>
        <translation>Bu ayarlarla tekrarlanan çökmeler yaşarsanız, tüm ayarları öntanımlı değerlerine sıfırlamak için &lt;pre&gt;%1&lt;/pre&gt; ve &lt;pre&gt;%2&lt;/pre&gt; konumundaki ayar dosyalarını elle silmeniz gerekebilir.</translation>
    </message>
    <message>
        <source>Access to the microphone was denied due to system restrictions. You will not be able to use the microphone in this session.</source>
        <translation>Sistem kısıtlamaları nedeniyle mikrofona erişim reddedildi. Bu oturumda mikrofonu kullanamayacaksınız.</translation>
    </message>
    <message>
        <source>Unknown Version</source>
        <translation>Bilinmeyen Sürüm</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Bu sizsiniz</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>arkadaş</translation>
    </message>
    <message>
        <source>user</source>
        <translation>kullanıcı</translation>
    </message>
    <message>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>muted and deafened</source>
        <translation>susturuldu ve sağır edildi</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>susturuldu</translation>
    </message>
    <message>
        <source>locally muted</source>
        <translation>yerel olarak susturuldu</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>susturulma kaldırıldı</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>kaydediliyor</translation>
    </message>
    <message>
        <source>priority speaker</source>
        <translation>imtiyazlı konuşmacı</translation>
    </message>
    <message>
        <source>has a long comment</source>
        <translation>uzun bir açıklaması var</translation>
    </message>
    <message>
        <source>text messages ignored</source>
        <translation>metin mesajları görmezden gelindi</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>kayıtlı</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>your channel</source>
        <translation>kanalınız</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>erişilebilir</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>erişilemez</translation>
    </message>
    <message>
        <source>public</source>
        <translation>herkese açık</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrelenmiş</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>iğnelenmiş</translation>
    </message>
    <message>
        <source>Listening for input</source>
        <translation>Girdi için dinleniyor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you&apos;re using Linux this is most likely because you are using a version from your distribution&apos;s package repository that have their own update cycles.&lt;/p&gt;&lt;p&gt;If you want to always have the most recent Mumble version, you should consider using a different method of installation.
See &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;the project repository&lt;/a&gt; for what alternatives there are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Linux kullanıyorsanız, bunun nedeni büyük olasılıkla dağıtımınızın kendi güncelleme döngülerine sahip paket deposundaki bir sürümü kullanıyor olmanızdır.&lt;/p&gt;&lt;p&gt;Her zaman en güncel Mumble sürümüne sahip olmak istiyorsanız, farklı bir kurulum yöntemi kullanmayı düşünmelisiniz.
Hangi alternatiflerin olduğunu görmek için &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;proje deposuna&lt;/a&gt; bakın.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResponsiveImageDialog</name>
    <message>
        <source>Image Preview</source>
        <translation>Resim Ön İzlemesi</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Failed to load image</source>
        <translation>Resim yüklenemedi</translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation>Resim dosyası belgeye eklemek için çok büyük. Lütfen %1 kB değerinden küçük görseller kullanın.</translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation>Mesaj çok uzun.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>Kaynak Metin</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Kalın</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;İtalik</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>İtalik</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Altı çizili</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Bağlantı Ekle</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Resim Ekle</translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation>Bağlantı Ekle</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
</context>
<context>
    <name>Search::SearchDialog</name>
    <message>
        <source>None</source>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Katıl</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Enter search String...</source>
        <translation>Arama dizgesini gir...</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>Whether to search for users</source>
        <translation>Kullanıcıların aranıp aranmayacağı</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Kullanıcılar</translation>
    </message>
    <message>
        <source>Whether the search should be performed case-sensitively</source>
        <translation>Aramanın büyük/küçük harf duyarlı olarak gerçekleştirilip gerçekleştirilmeyeceği</translation>
    </message>
    <message>
        <source>Case-&amp;sensitive</source>
        <translation>Büyük/küçük &amp;harf duyarlı</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Seçenekler:</translation>
    </message>
    <message>
        <source>Whether the search string should be interpreted as a regular expression</source>
        <translation>Arama dizgesinin bir düzenli ifade olarak yorumlanıp yorumlanmayacağı</translation>
    </message>
    <message>
        <source>&amp;RegEx</source>
        <translation>&amp;Düzenli İfade</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanallar</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Şunu ara:</translation>
    </message>
    <message>
        <source>Whether to search for channels</source>
        <translation>Kanal aranıp aranmayacağı</translation>
    </message>
    <message>
        <source>Search string</source>
        <translation>Arama dizesi</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the search results.</source>
        <translation>Arama sonuçları arasında gezinmek için yukarı ve aşağı tuşlarını kullanın.</translation>
    </message>
</context>
<context>
    <name>ServerHandler</name>
    <message>
        <source>Unable to resolve hostname</source>
        <translation>Ana makine adı çözümlenemedi</translation>
    </message>
    <message>
        <source>Server is not responding to TCP pings</source>
        <translation>Sunucu TCP pinglerine cevap vermemektedir</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to or received from the server. Switching to TCP mode.</source>
        <translation>Sunucuya UDP paketleri gönderilemiyor ya da ondan bu paketler alınamıyor. TCP kipine geçiliyor.</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation>UDP paketleri sunucuya gönderilemiyor. TCP kipine geçiliyor.</translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation>Sunucudan UDP paketleri alınamıyor. TCP kipine geçiliyor.</translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation>UDP paketleri sunucuya gönderilebiliyor ve ondan alınabiliyor. UDP kipine dönüş yapılıyor.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Bağlantı zaman aşımına uğradı</translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <source>Server information</source>
        <translation>Sunucu bilgileri</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Sunucu Bilgileri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ana makine:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Port:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Bağlantı Noktası: &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protocol:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Protokol: &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Release:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; Sürüm: &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;OS:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; İşletim Sistemi: &lt;/span&gt; &lt;/p&gt; &lt;/body&gt; &lt;/html&gt;</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Allowed:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt; &lt;head/&gt; &lt;body&gt; &lt;p&gt; &lt;span style=&quot; font-weight:600;&quot;&gt; İzin Verildi:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current:&lt;/b&gt;</source>
        <translation>&lt;b&gt; Mevcut: &lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codec:&lt;/b&gt;</source>
        <translation>&lt;b&gt; Codec: &lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Bağlantı Detayları</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (Ses)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption:&lt;/b&gt;</source>
        <translation>&lt;b&gt; Şifreleme: &lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avg. latency:&lt;/b&gt;</source>
        <translation>&lt;b&gt; Ortalama gecikme süresi:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Geç</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Yeniden eşzamanla</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Giden</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <source>Voice packets is currently sent over TCP.</source>
        <translation>Ses paketleri şu anda TCP üzerinden gönderiliyor.</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Kontrol)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS version:&lt;/b&gt;</source>
        <translation>&lt;b&gt; TLS sürümü: &lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cipher suite:&lt;/b&gt;</source>
        <translation>&lt;b&gt; Şifreleme paketi:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;forward secrecy&gt;</source>
        <translation>&lt;iletme gizliliği&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Whether the connection supports perfect forward secrecy (PFS).</source>
        <translation>Bağlantının kusursuz ileri gizliliği (perfect forward secrecy - PFS) destekleyip desteklemediği.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PFS:&lt;/b&gt;</source>
        <translation>&lt;b&gt;PFS:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kullanıcılar:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TCP Parameters</source>
        <translation>TCP Parametreleri</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Sertifika Görüntüle</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>Favorite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>Yerel ağ - LAN</translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation>İnternet</translation>
    </message>
</context>
<context>
    <name>ShortcutActionWidget</name>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
</context>
<context>
    <name>ShortcutDelegate</name>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>Hiçbir düğme atanmadı</translation>
    </message>
    <message>
        <source>Press to show button combination</source>
        <translation>Düğme kombinasyonunu göstermek için basın</translation>
    </message>
    <message>
        <source>&lt; Unknown Channel &gt;</source>
        <translation>&lt; Bilinmeyen Kanal &gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetDialog</name>
    <message>
        <source>Root</source>
        <translation>Kök</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Üst</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Alt kanal #%1</translation>
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
        <translation>Kök</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Üst</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Alt kanal #%1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Geçersiz</translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation>Boş</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Güncel seçim</translation>
    </message>
</context>
<context>
    <name>ShortcutToggleWidget</name>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation>Metin girin</translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation>Seçilirse mesaj yinelemeli olarak tüm alt kanallara yollanacaktır</translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation>Yinelemeli olarak alt kanallara gönder</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation>Boş Jeton</translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation>Mumble - Erişim Jetonları</translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation>Güncel sunucudaki erişim jetonlarının listesi</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is an editable list of access tokens on the connected server.&lt;/b&gt;
&lt;br /&gt;
An access token is a text string, which can be used as a password for very simple access management on channels. Mumble will remember the tokens you&apos;ve used and resend them to the server next time you reconnect, so you don&apos;t have to enter these every time.
</source>
        <translation>&lt;b&gt;Bu, bağlanılan sunucudaki erişim jetonlarının düzenlenilebilir listesidir.&lt;/b&gt;
&lt;br /&gt;
Erişim jetonu bir metindir ve kanallara erişimin çok basit bir şekilde yönetilmesi için parola olarak kullanılabilir. Mumble kullandığınız jetonları hatırlayacak her defasında yeniden girmenize gerek olmaması için gelecek sefere sunucuya bağlandığınızda tekrar gönderecektir.
</translation>
    </message>
    <message>
        <source>Add a token</source>
        <translation>Jeton ekle</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation>Jeton kaldır</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Token List</source>
        <translation>Jeton Listesi</translation>
    </message>
    <message>
        <source>Use the arrow keys to navigate this list of access tokens. The tokens are displayed in plain text.</source>
        <translation>Bu erişim jeton listesinde gezinmek için imleç tuşlarını kullanın. Jetonlar düz metin olarak görüntülenir.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
</context>
<context>
    <name>UserEdit</name>
    <message>
        <source>Registered Users</source>
        <translation>Kayıtlı kullanıcılar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden isimlendir</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>Kimi arıyordunuz?</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Etkin olmadığı süre</translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation>
            <numerusform>Kayıtlı kullanıcılar: %n hesap</numerusform>
        </translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Kullanıcı listesi</translation>
    </message>
    <message>
        <source>Search for user</source>
        <translation>Kullanıcı ara</translation>
    </message>
    <message>
        <source>Set inactivity filter mode</source>
        <translation>Faaliyetsizlik filtre kipini ayarla</translation>
    </message>
    <message>
        <source>Filter for inactivity</source>
        <translation>Faaliyetsizlik için filtre</translation>
    </message>
</context>
<context>
    <name>UserInformation</name>
    <message>
        <source>User Information</source>
        <translation>Kullanıcı verileri</translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation>Bağlantı bilgileri</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>İS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifika</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>İP Adresi</translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation>Ping istatistikleri</translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation>Alınan pingler</translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation>Ortalama ping</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Kontrol)</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (Ses)</translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation>UDP Şebeke İstatistikleri</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Geç</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Yeniden eşzamanla</translation>
    </message>
    <message>
        <source>From Client</source>
        <translation>İstemciden</translation>
    </message>
    <message>
        <source>To Client</source>
        <translation>İstemciye</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>Bağlantı süresi</translation>
    </message>
    <message>
        <source>%1w</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1g</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1d</translation>
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
        <translation>Destekli</translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation>Desteksiz</translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation>Belirtilmemiş</translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation>%1 çevrimiçi (%2 aylak)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 çevrimiçi</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation>Bant genişliği</translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation>Ping sapması</translation>
    </message>
    <message>
        <source>Warning: The server seems to report a truncated protocol version for this client. (See: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</source>
        <translation>Uyarı: Sunucu bu istemci için kesilmiş bir protokol sürümü bildiriyor gibi görünüyor. (Bkz: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Sorun #5827&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>to client rolling average</source>
        <translation>istemcinin hareketli ortalamasına</translation>
    </message>
    <message>
        <source>Last X minutes:</source>
        <translation>Son X dakika:</translation>
    </message>
    <message>
        <source>% lost</source>
        <translation>% kayıp</translation>
    </message>
    <message>
        <source>from client rolling average</source>
        <translation>istemcinin hareketli ortalamasından</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% gecikme</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Toplam:</translation>
    </message>
    <message>
        <source>Last %1 %2:</source>
        <translation>Son %1 %2:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Nick</source>
        <translation>Rumuz</translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation>Etkin olmadığı gün</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Son kanal</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Son görülme: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation>Kanal Kimliği: %1</translation>
    </message>
</context>
<context>
    <name>UserLocalNicknameDialog</name>
    <message>
        <source>Local nickname for other users</source>
        <translation>Diğer kullanıcılar için yerel takma ad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjust the nickname of other users locally&lt;/b&gt;&lt;br /&gt;</source>
        <translation>&lt;b&gt; Diğer kullanıcıların takma adlarını yerel olarak ayarlayın &lt;/b&gt; &lt;br /&gt;</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Kullanıcı takma adı</translation>
    </message>
    <message>
        <source>Adjusting local nickname for %1</source>
        <translation>%1 için yerel takma ad ayarlanıyor</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>This is a user connected to the server. The icon to the left of the user indicates whether or not they are talking:</source>
        <translation>Bu, sunucuya bağlı bir kullanıcıdır. Solundaki ikon konuşup konuşmadığını belirtir:</translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation>Sizin kanalınıza konuşuyor.</translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation>Sizin kanalınıza doğrudan bağırıyor.</translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation>Size doğrudan fısıldıyor.</translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation>Konuşmuyor.</translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation>Bu, sunucuda bir kanaldır. İkon kanalın durumunu gösterir:</translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation>Sizin güncel kanalınız.</translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation>Kanalınızla bağlantılı bir başka kanal. Bağlantılı kanallar birbirleriyle konuşabilir.</translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation>Sunucuda bağlı olmadığınız bir kanal.</translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation>Bu, kullanıcıların varsa sunucuda taşıdıkları bayrakları gösterir:</translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation>Arkadaş listenizde</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>Doğrulanmış kullanıcı</translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation>Susturulmuş (kendisi tarafından elle susturulmuş)</translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation>Susturulmuş (yönetici tarafından elle susturulmuş)</translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation>Susturulmuş (şu andaki kanalda konuşmasına izin yok)</translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation>Susturulmuş (sizin tarafınızdan, sadece sizin bilgisayarınızda)</translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation>Susturuldu (susturmak-için-bas)</translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation>Sağır edilmiş (kendisi tarafından)</translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation>Sağır edilmiş (yönetici tarafından)</translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation>Kullanıcının yeni yorumu var (görüntülemek için tıklayınız)</translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>Kullanıcının zaten gördüğünüz yorumu var. (görüntülemek için tıklayınız)</translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation>Metin Mesajları Görmezden Geliniyor</translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation>Bu, varsa kanalın taşıdığı bayrakları gösterir:</translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation>Kanalın yeni yorumu var (görüntülemek için tıklayınız)</translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>Kanalın zaten gördüğünüz yorumu var (görüntülemek için tıklayınız)</translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation>Kanal filtre etkinleştirildiğinde gizlenecektir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bayraklar</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation>Bu kullanıcıyı kaydırmak istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation>Bu kanalı kaydırmak istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation>Bu işlem otomatik olarak yapılamaz, lütfen sayısal sıralama göstergelerini sıfırlayın ya da elle ayarlayın.</translation>
    </message>
    <message>
        <source>Talking while being muted on your end</source>
        <translation>Senin tarafında sessize alınırken konuşmak</translation>
    </message>
    <message>
        <source>This is a channel listener. The corresponding user hears everything you say in this channel.</source>
        <translation>Bu bir kanal dinleyicisidir. İlgili kullanıcı bu kanalda söylediğiniz her şeyi duyar.</translation>
    </message>
    <message>
        <source>Channel has access restrictions so that you can&apos;t enter it</source>
        <translation>Kanalın, girememeniz için erişim kısıtlamaları vardır</translation>
    </message>
    <message>
        <source>Channel has access restrictions but you can enter nonetheless</source>
        <translation>Kanalın erişim kısıtlamaları var ancak yine de girebilirsiniz</translation>
    </message>
    <message>
        <source>Channel will be pinned when filtering is enabled</source>
        <translation>Filtreleme etkinleştirildiğinde kanal sabitlenecektir</translation>
    </message>
    <message>
        <source>Channel Listener</source>
        <translation>Kanal Dinleyici</translation>
    </message>
    <message>
        <source>This channel listener belongs to %1</source>
        <translation>Bu kanal dinleyicisi %1 unsuruna ait</translation>
    </message>
</context>
<context>
    <name>VersionCheck</name>
    <message>
        <source>Upgrade Mumble</source>
        <translation>Mumble&apos;ı güncelle</translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation>Yeni bir Mumble sürümü otomatik olarak tespit edildi ve indirildi. Ya bu sürüme yükseltmeniz ya da en son kararlı sürüme dönmeniz önerilir. Kurucuyu şimdi başlatmak istiyor musunuz?</translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation>Kurucunun başlatılması başarısız oldu.</translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation>Yeni sürümün indiriminin bozuk olduğu tespit edildi. Otomatik olarak silindi.</translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation>Yeni bir geliştirme sürümü %1 konumundan %2 konumuna indiriliyor</translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation>Yeni sürümün diske yazılması başarısız oldu.</translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation>Mumble merkezi sunucudan sürüm bilgisi alamadı.</translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation>Sertifika zinciri detayları</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Sertifika zinciri</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Sertifika ayrıntıları</translation>
    </message>
    <message>
        <source>Common Name</source>
        <translation>Yaygın İsmi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Teşkilat</translation>
    </message>
    <message>
        <source>Subunit</source>
        <translation>Alt birim</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>İl, konum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Eyalet</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Şu tarihten itibaren geçerli: %1</translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation>Şu tarihe dek geçerli: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Seri numarası: %1</translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation>Ortak Anahtar: %1 bit %2</translation>
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
        <translation>SHA-1 hash değeri: %1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>Özet (SHA-256): %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-posta: %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Çıkaran:</translation>
    </message>
    <message>
        <source>Unit Name</source>
        <translation>Birim İsmi</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Recorder failed to create directory &apos;%1&apos;</source>
        <translation>Kaydedici &apos;%1&apos; dizinini oluşturamadı</translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation>Kaydedici &apos;%1&apos; dosyasını açamadı</translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation>.wav - Sıkıştırılmamış</translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation>.ogg (Vorbis) - Sıkıştırılmış</translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation>.au - Sıkıştırılmamış</translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation>.flac - Kayıpsız olarak sıkıştırılmış</translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation>.opus - Kayıplı sıkıştırılmış</translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation>.mp3 - Kayıplı sıkıştırılmış</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation>Kaydedici</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>00:00:00</source>
        <translation>00:00:00</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Kip</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>Çoklu kanal</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Çıktı biçimi</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>Hedef dizin</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Dosya ismi</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Tara...</translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation>Geçerli değişkenler şunlardır:</translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation>Kullanıcı ismini ekler</translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation>Şimdiki tarihi ekler</translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation>Şimdiki saati ekler</translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation>Ana makine adını ekler</translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation>Kaydedici halen çalışıyor</translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation>Kaydediciyi durdurmadan kapatmak yazılmamış ses kaydını kaybetmenize sebep olur. Kaydediciyi kapatmak istiyor musunuz?</translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation>Kaydetme başlatılamadı. Herhangi bir sunucuya bağlı değilsiniz.</translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation>Şu anda bağlı bulunduğunuz sunucunun sürümü 1.2.2 ya da daha eskisidir. Özel yaşamınızı korumak amacıyla 1.2.3 sürümünden eski sunucularda kayıt mümkün değildir.
Daha fazla bilgi için sunucu yöneticisi ile irtibata geçiniz.</translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation>Bu sunucu için zaten etkin bir kaydedici bulunmaktadır.</translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation>Kaydetme biçimini seçiniz.</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Durduruluyor</translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation>Hedef dizini seçiniz</translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation>Kanalları azalt</translation>
    </message>
    <message>
        <source>Unable to start recording - the audio output is miconfigured (0Hz sample rate)</source>
        <translation>Kayıt başlatılamıyor - ses çıktısı yanlış yapılandırıldı (0Hz örnekleme hızı)</translation>
    </message>
    <message>
        <source>Multichannel + Transport (JACK)</source>
        <translation>Çoklu kanal + Taşıma (JACK)</translation>
    </message>
    <message>
        <source>Transport (JACK, standalone)</source>
        <translation>Taşıma (JACK, bağımsız)</translation>
    </message>
    <message>
        <source>This field contains the directory path to store any voice recordings in. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Bu alan, konuşma kayıtlarını saklamak için dizin yolunu içerir. Bir dosya diyaloğu açmak için &quot;tara&quot; düğmesini kullanın.</translation>
    </message>
    <message>
        <source>This field contains the filename any voice recording is saved as. Various variables can be used to augment the filename. For example %time for the current time.</source>
        <translation>Bu alan, herhangi bir konuşma kaydının kaydedildiği dosya ismini içerir. Dosya ismini genişletmek için çeşitli değişkenler kullanılabilir. Mesela güncel saat için %time kullanabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>VolumeSliderWidgetAction</name>
    <message>
        <source>Volume Adjustment</source>
        <translation>Ses Ayarı</translation>
    </message>
    <message>
        <source>Local volume adjustment</source>
        <translation>Yerel ses seviye ayarı</translation>
    </message>
</context>
<context>
    <name>WASAPIInput</name>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Mikrofona erişim reddedildi. Lütfen işletim sisteminizin mikrofon ayarlarının Mumble&apos;ın mikrofonu kullanmasına izin verip vermediğini kontrol edin.</translation>
    </message>
</context>
<context>
    <name>WASAPISystem</name>
    <message>
        <source>Default Device</source>
        <translation>Varsayılan Aygıt</translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation>Mumble Bas ve Konuş</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Bas ve konuş</translation>
    </message>
</context>
</TS>
