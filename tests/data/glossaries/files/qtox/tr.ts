<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AVForm</name>
    <message>
        <source>Default resolution</source>
        <translation>Öntanımlı çözünürlük</translation>
    </message>
    <message>
        <source>Audio/Video</source>
        <translatorcomment>Hata olabilir.</translatorcomment>
        <translation>Ses/Görüntü</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Bölge seçin</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Ekran %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Ses Ayarları</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Kazanç</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Oynatma aygıtı</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Yakalama aygıtı</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ses Düzeyi</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Görüntü Ayarları</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Görüntü aygıtı</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Kameranızın çözünürlüğünü ayarlayın.
Daha yüksek değerler, arkadaşlarınıza daha iyi görüntü kalitesi sunabilir.
Daha iyi görüntü kalitesinin daha iyi internet bağlantısı gerektirdiğini unutmayın.
Bazen bağlantınız daha yüksek görüntü kalitesini işlemek için yetersiz kalabilir,
bu da görüntülü aramalarda sorunlara neden olabilir.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Çözünürlük</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Aygıtları yeniden tara</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Sesi Sına</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Ses kalitesi</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Yüksek (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Orta (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Düşük (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Çok düşük (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Eşik</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Hoparlörlerinizin ses düzeyini ayarlamak için kaydırıcıyı kullanın.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Aktarılan ses kalitesi. Bant genişliğiniz yeterince yüksek değilse veya bant genişliği kullanımını azaltmak istiyorsanız bu ayarı düşürün.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Kameranızın çözünürlüğünü ayarlayın.
Değerler ne kadar yüksek olursa, arkadaşlarınız o kadar iyi video kalitesi elde edebilir.
Daha iyi video kalitesiyle daha fazla bant genişliği kullandığınızı unutmayın.
Bazen bağlantınız daha yüksek video kalitesi için yeterince iyi olmayabilir,
bu da video görüşmelerinde sorunlara yol açabilir.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Çıkış ses düzeyini değiştirirken bir test sesi çal.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Giriş aygıtınızın kazancını %1dB ile %2dB arasında bir aralıkta ayarlamak için kaydırıcıyı kullanın.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Giriş aygıtınız için etkinleştirme ses düzeyini ayarlamak için kaydırıcıyı kullanın.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Özgün yazar: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>qTox&apos;un %1 sürümünü kullanıyorsunuz.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>İşleme hash&apos;i: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore sürümü: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt sürümü: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>Bilinen tüm sorunların bir listesi Github %1 bölümümüzde bulunabilir. qTox&apos;da bir hata veya güvenlik açığı keşfederseniz, lütfen %2 viki makalemizdeki yönergelere göre bildirin.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Bir hatayı bildirmek için buraya tıkla.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>%1 listesinin tamamını Github&apos;da gör</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>hata izleyici</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>Yararlı Hata Bildirimleri Yazma</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>katkıda bulunanlar</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>İletişim Kutusu</translation>
    </message>
    <message>
        <source>username</source>
        <translation>kullanıcı adı</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>durum iletisi</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Kullanılan rumuzlar:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>RUMUZ GEÇMİŞİ</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Ayarlıysa kişiden gelen dosyaları sormadan kabul et</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Dosyaların kaydedileceği öntanımlı dizin:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Ses + Görüntü</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Ayarlıysa bu kişiden gelen grup sohbeti davetlerini sormadan kabul et.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Geçmişi kaldır (İşlem geri alınamaz!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Kişiyle ilgili notlar için giriş alanı</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Geçmiş kaldırıldı</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu, arkadaşlarının açık anahtarıdır, herhangi bir kanalla kimliklerini doğrulamak için kullanın. Bunu diğer insanlara gönderemediğiniz için onlar bu kişiyi ekleyebilir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Açık anahtar (ToxID değil):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>%1 sohbet geçmişini kaldırmak istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Sohbet geçmişi kaldırma başarısız oldu %1!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Dosyaları otomatik olarak kabul et</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>Bu kişi için otomatik kabul devre dışı bırakıldı</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Aramayı otomatik olarak kabul et:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Grup davetlerini otomatik kabul et</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Bu kişi hakkındaki yorumları buraya kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Otomatik olarak kabul etme dizini seç</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Authors</source>
        <translatorcomment>Değiştirilebilir</translatorcomment>
        <translation>Yazarlar</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Bilinen Sorunlar</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Güncelleme linkini aç</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Güncelleme var</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox güncel</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>Şu anda test edilmemiş/kararsız bir qTox sürümü çalışıyor</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Arkadaş eklenemedi</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Geçersiz Tox ID biçimi</translation>
    </message>
    <message>
        <source>Add Friends</source>
        <translation>Arkadaş ekle</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Arkadaş isteği gönder</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Bir arkadaş ekle</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Arkadaş isteği</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Arkadaşınızın Tox Kimliğini yazın</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Arkadaşlık isteği iletisi</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Arkadaşlık isteği ile gönderilecek iletinizi yazın veya öntanımlı iletiyle göndermek için boş bırakın</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Kendinizi, bir arkadaş olarak ekleyemezsiniz!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Kişi listesini aç</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Dosyası açılamadı</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Kişi dosyası açılamadı</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Geçersiz dosya</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Dosyada içe aktarılacak kişi bulumamadı!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox Kimliği</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Arkadaş isteği gönder</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>%1 burada! Beni Toxlarsın belki?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Kişilerin bir listesini içe aktar, her satırda bir Tox Kimliği</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>%n kişiyi içe aktarmaya hazır, onaylamak için göndere tıklayın</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kişileri içe aktar</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox kimliği, 76 tane onaltılık karakter</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox kimliği geçersiz</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 tane onaltılık karakter</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translatorcomment>Ya da basitçe gelişmiş, ileri seviye denilebilir, alışılageldiği üzere</translatorcomment>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>really</source>
        <translation>gerçekten</translation>
    </message>
    <message>
        <source>not</source>
        <translation>asla</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>ÖNEMLİ NOT</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Ayarları sıfırla</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Tüm ayarlar öntanımlılara sıfırlanacak. Emin misiniz?</translation>
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
        <source>Logs (*.log)</source>
        <translation>Günlükler (* .log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>Ne yaptığınızı %1 bilmiyorsanız, lütfen buradaki hiçbir şeyi %2 değiştirmeyin. Burada yapılan değişiklikler qTox ile sorun yaşamanıza, hatta verilerinizin kaybolmasına (örn. geçmiş) neden olabilir.%3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>Buradaki değişiklikler yalnızca qTox yeniden başlatıldıktan sonra uygulanır.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Dosyayı kaydet</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Ayarları, her zamanki &apos;conf&apos; dizini yerine, çalışma dizinine kaydet</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>qTox&apos;u taşınabilir yap</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Öntanımlı ayarlara sıfırla</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Taşınabilir</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>IPv6&apos;yı etkinleştir (önerilen)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>UDP&apos;yi etkinleştir (önerilen)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Vekil türü:</translation>
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
        <translation>Yok</translation>
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
        <translation>Hata Ayıklama</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Hata ayıklama günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Hata ayıklama günlüğünü kopyala</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Yerel Ağ keşfini etkinleştir</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Bağlantı ayarları</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Bunu devre dışı bırakmak, örneğin Tor üzerinden Tox&apos;a izin verir. Ancak Tor ağına yük ekler, bu nedenle yalnızca gerektiğinde işaretini kaldırın.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>İşlenecek Tox URI&apos;si</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Yeni örnek başlatır ve belirtilen profili yükler.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Yeni örnek başlatır ve giriş ekranını açar.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>IPv6&apos;yı &lt;açık&gt;/&lt;kapalı&gt; olarak ayarlar. Öntanımlı olarak AÇIK&apos;tır.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>açık/kapalı</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>UDP&apos;yi &lt;açık&gt;/&lt;kapalı&gt; olarak ayarlar. Öntanımlı olarak AÇIK&apos;tır.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>LAN keşfini &lt;açık&gt;/&lt;kapalı&gt; olarak ayarlar. UDP&apos;yi kapatmak geçersiz kılar. Öntanımlı olarak AÇIK&apos;tır.</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>Vekil ayarlarını belirler. Öntanımlı olarak YOK&apos;tur.</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/YOK):(ADRES):(BAĞLANTI NOKTASI)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Hata</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Profil otomatik olarak yüklenemedi.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Dosya gönder</translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Açılamadı</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox %1 ögesini açamadı</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Kötü fikir</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Geçici dosya açılamadı</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translation>qTox ekran görüntüsünü kaydedemedi</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Arama süresi: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Sıralı bir dosya göndermeye çalışıyorsunuz, bu işe yaramayacak!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>Dosya adı yasaklanmış karakterler içeriyor</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Dosyayı Windows&apos;ta kaydedebilmeniz için 
geçersiz karakterler _ olarak değiştirildi.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Sesli arama başlatılamıyor</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Sesli arama başlat</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Sesli aramayı bitir</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Sesli aramayı iptal et</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Sesli aramayı kabul et</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Görüntülü arama başlatılamıyor</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Görüntülü arama başlat</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Görüntülü aramayı bitir</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Görüntülü aramayı iptal et</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Görüntülü aramayı kabul et</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>Ses yalnızca bir arama sırasında kapatılabilir</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Aramanın sesini aç</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Aramanın sesini kapa</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>Mikrofon sadece bir arama sırasında kapatılabilir</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Mikrofonun sesini aç</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofonun sesini kapat</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>İletinizi buraya yazın...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 yazıyor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tümünü seç</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Çevreyi yeniden adlandır</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Çevreyi kaldır</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Tümünü yeni pencerede aç</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me arkadaşlık öneriyor, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Grup sohbeti %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Geçersiz Tox Kimliği</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>İsteğinizle birlikte bir ileti yazmalısınız</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>İletiniz çok uzun!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Arkadaş zaten eklendi</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Tüm uzantılar destekleniyor</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Hiçbir uzantı desteklenmiyor</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Bazı uzantılar desteklenmiyor</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Çok Parçalı İletiler: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
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
        <translation>Dosya adı</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Göndermek için bekliyor...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Bu dosyayı almak için onaylayın</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Konum yazılabilir değil</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Bu konuma yazmaya yetkiniz yok. Başka seçin, ya da kaydetmeyi iptal edin.</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Sürdürülüyor...</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Dosya aç</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Dosya dizinini aç</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Aktarımı duraklat</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Aktarımı iptal et</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Aktarımı sürdür</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Aktarımı kabul et</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Bir dosya kaydet</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Uzaktan duraklatıldı</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>İndirilenler</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Yüklenenler</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Aktarılan dosyalar</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Asla</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>6 aydan eski</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Open chat in new window</source>
        <translation>Sohbeti yeni pencerede aç</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Sohbeti bu pencereden kaldır</translation>
    </message>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Gruba davet et</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translatorcomment>Değiştirilebilir</translatorcomment>
        <translation>Çevreye taşı...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Yeni çevreye</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>&apos;%1&apos; çevresinden kaldır</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>Rumuz ayarla...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Bu arkadaştan gelen dosyaları sormadan kabul et</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Sormadan kabul etme dizini seç</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Yeni ileti</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Uzakta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Meşgul</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Yeni gruba</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>&apos;%1&apos; grubuna davet et</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Ayrıntıları göster</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>&quot;%1&quot; çevresine taşı</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Arkadaşı kaldır</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Engellendi</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Müzakere ediliyor</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Sormadan kabul etme dizini seç</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Genel Ayarlar</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>Çeviri, qTox yeniden başlayana kadar yüklenemeyebilir.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>qTox&apos;u işletim sistemi başlangıcında başlat (şu anki profil).</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Kendiliğinden başlat</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Aydınlık tepsi simgesini etkinleştir.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Aydınlık simge</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Sistem tepsi simgesi göster</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox tepsiye küçültülmüş olarak başlayacak.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Tepside başlat</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Tepsiye küçült</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Tepsiye kapat</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Durumunuz, belirli süre hareketsizlikten sonra Uzakta olarak değiştirildi.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Kendilinden uzakta süresi (0 devre dışı bırakır):</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Devre dışı kılmak için 0&apos;a ayarlayın</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Dosyaların nereye kaydedileceği ayarlayın.</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Dosyaların kaydedileceği öntanımlı dizin:</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Dosyaları sormadan kabul et</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Kişilerin durum değişiklerini göster</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Güncelleştirmeleri denetle</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Yazım denetimi</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Maksimum otomatik kabul dosya boyutu (devre dışı bırakmak için 0):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>Küçült (_) düğmesine bastıktan sonra qTox,
sistem görev çubuğu yerine tepsiye küçültülecek.</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>Kapat (X) düğmesine bastıktan sonra qTox,
tamamen kapanmak yerine tepsiye kapanacak.</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>Bunu, her bir arkadaşa sağ tıklayarak arkadaş temelinde ayarlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation>Bir kullanıcı gruba katıldığında veya gruptan ayrıldığında sohbet iletisi ekle</translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Save chat log</source>
        <translation>Sohbet günlüğünü kaydet</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>İleti gönder</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Yüz İfadeleri</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Dosya gönder</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Bir ekran görüntüsü gönder</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Gösterilen iletileri temizle</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Seçili metni alıntıla</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Bağlantı adresini kopyala</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Metinde ara</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Şu anki tarihe git</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Sohbet geçmişini yükle...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Dosyaya dışa aktar</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Görüntülenen tüm iletileri temizlemek istediğinizden emin misiniz?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n kullanıcı sohbette</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>sesi kapat</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>sesi aç</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Yeni grup oluştur</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Grup davetleri</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>%1, %2 %3 tarihinde davet etti.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Katıl</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Reddet</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Open chat in new window</source>
        <translation>Sohbeti yeni pencerede aç</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Sohbeti bu pencereden kaldır</translation>
    </message>
    <message>
        <source>Set title...</source>
        <translation>Başlık ayarla...</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Gruptan çık</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n kullanıcı sohbette</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Yeni İleti</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>Genel Bilgi</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox Kimliği</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Tox Kimliğiniz (kopyalamak için tıkla)</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Bu QR kodu Tox Kimliğinizi içerir. Bunu da arkadaşlarızla paylaşabilirsiniz.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Resmi kaydet</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Resmi kopyala</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Profili yeniden adlandır.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Profili sil.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Tox profilinizi dosyaya aktarmanızı sağlar.
Profil geçmişinizi içermez.</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Giriş ekranına geri dön</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Parolayı kaldır</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Profilinizden parolanızı ve şifrelemeyi kaldırın.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Ad girişi</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Kişilere görünen ad</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Durum iletisi girişi</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Kişilere görünen durum iletisi</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Tox Kimliğiniz</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>QR resmini dosya olarak kaydet</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>QR resmini panoya kopyala</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Profili yeniden adlandır.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Profili sil.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profili dışa aktar</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Parolayı profilden kaldır</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Profil parolasını değiştir</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Adım:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Durumum:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Profilim</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>Bu kimlik, diğer Tox kullanıcılarının sizi eklemesine ve sizinle iletişim kurmasına olanak tanır.
Sohbete başlamak için arkadaşlarınızla paylaşın.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Geçmişi yükle iletişim kutusu</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation>Geçmişi şuradan yükle:</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Onayla:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Parola gücü: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Profil Oluştur</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Profilin parolası yoksa, qTox giriş ekranını atlayabilir</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Kendiliğinden yükle</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Yükle</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Yeni Profil</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Profil Yükle</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Yeni bir profil oluşturulamadı</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>Kullanıcı adı boş olmamalı.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>Parola en az 6 karakter uzunluğunda olmalı.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Bu adda bir profil zaten var.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Profil yüklenemedi</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Seçili profil yok. 

Yeni birini oluşturmak isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Bu profil yüklenemedi</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Bu profil zaten kullanımda.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Yanlış parola.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Parola korumalı profiller kendiliğinden yüklenemez.</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Kullanıcı adı giriş alanı</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Parola giriş alanı, boş bırakabilirsiniz (parola yok), ya da en az 6 karakter yazın</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Parola onay alanı</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Yeni bir profil oluştur düğmesi</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Profil listesi</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Profillerin listesi</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Parola girişi</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Kendiliğinden yükle onay kutusu</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profili içe aktar</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Seçili profili yükle düğmesi</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Yeni profil oluşturma sayfası</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Olan profili yükleme sayfası</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>Girdiğiniz parolalar farklı.
Lütfen aynı parolayı iki kez girdiğinizden emin olun.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Durumunuz</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Arkadaş ekle</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Grup sohbeti oluştur</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Tamamlanan dosya aktarımlarını görüntüle</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>Ayarlarınızı değiştirin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil aç</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Tıklandığında profil sayfasını aç</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Durum iletisi girişi</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Diğerlerine gösterilecek durum iletinizi ayarlayın</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Bulunabilirlik durumunu ayarla</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Kişi arama</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Bilinen arkadaşlar için kişi arama girişi</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Sıralama ve görünürlük</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Arkadaşlar sıralama ve görünürlüğü ayarla</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Arkadaş ekle sayfasını aç</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Grup sohbeti</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Grup sohbeti yönetim sayfasını aç</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Dosya aktarım geçmişi</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Dosya transfer geçmişini aç</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ayarları Aç</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>Çalıştırılabilir dosya</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>qTox&apos;tan çalıştırılabilir bir dosyayı açmasını istediniz. Çalıştırılabilir dosyalar bilgisayarınıza zarar verebilir. Bu dosyayı açmak istediğinize emin misiniz?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox videosu</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Tam Ekran</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Video ön izlemesini aç/kapat</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Sesi kapat</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofonun sesini kapat</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Görüntülü aramayı bitir</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Tam ekrandan çık</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>İletileri gizle</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>İletileri göster</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Küçült</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Tümünü Öne Getir</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Tam Ekrandan Çık</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Tam Ekran Yap</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Okunmamış mesaj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Yeni ileti</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Yeni grup mesajı</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Gelen dosya aktarımı</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - dosya aktarımı</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Grup daveti alındı</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 sizi bir gruba katılmaya davet ediyor.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Arkadaşlık isteği alındı</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>%1 kişisinden arkadaşlık isteği alındı</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>CAPS-LOCK-ETKİN</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Confirmation</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Tüm sohbet geçmişinizi kalıcı olarak silmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Arkadaşlarınız yazdığınızda görebilecekler.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Yazma bildirimlerini gönder</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Sohbet geçmişi saklama hala geliştiriliyor.
Kayıt biçimi değişebilir, bu da veri kaybına neden olabilir.</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Sohbet geçmişini sakla</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam, Tox Kimliğinizin bir parçasıdır.
Arkadaşlık istemleriyle rahatsız ediliyorsanız, NoSpam&apos;ınızı değiştirmelisiniz.
İnsanlar sizi eski kimliğinizle ekleyemez, ama şu anki arkadaşlarınız kalır.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam, kimliğinizin her zaman değiştirebilen bir parçasıdır.
Arkadaşlık istemleriyle rahatsız ediliyorsanız, NoSpam&apos;ı değiştirin.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Rastgele NoSpam üret</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>KaraListe</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Grup iletilerini grup üyelerinin açık anahtarlarına göre filtreleyin. Açık anahtarları her satıra bir tane olacak şekilde buraya koyun.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Paroladan anahtar türetilemedi, profil yeni parolayı kullanmayacak.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>qTox&apos;da tox&apos;lanıyor</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Veri tabanı parolası değiştirilemedi, bozuk veya eski parolayı kullanıyor olabilir.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Current profile: </source>
        <translation>Şu anki profil: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>Bir profil resmi seç</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Bu dosya açılamadı.</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Bu resim okunamadı.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>Sağlanan resim çok büyük.
lütfen başka bir resim kullanın.</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>&quot;%1&quot; profilini yeniden adlandır</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot; olarak yeniden adlandırılamadı</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Konum, yazılabilir değil</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Bu profili silmek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>QrCode kaydet (*.png)</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Kaldırılacak birşey yok</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Profilinizin bir parolası yok!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Lütfen yeni bir parola girin.</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Dosyalar silinemedi!</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Profil parolası ayarla</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Şu anki profil konumu: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Parola değiştirilemedi</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Boş konum kullanılamaz</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Yeniden adlandırılamadı</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>Profil zaten var</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; adında bir profil zaten var.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Boş ad</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Boş ad kullanılamaz</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Boş konum</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profili dışa aktar</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox kayıt dosyası (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Aşağıdaki dosyalar silinemedi:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Lütfen elle kaldırın.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Resimler (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>O konuma yazma izniniz yok. Başka bir tane seçin veya kaydetme iletişim kutusunu iptal edin.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Dosya kaydedilemedi</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>Seçtiğiniz dosya kaydedilemedi.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Boş yol kullanılamıyor.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Veri tabanı parolası değiştirilemedi, bozuk veya eski parolayı kullanıyor olabilir.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Tox kullanıcı adları %1 karakteri aşamaz.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Profili sil</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Parolayı kaldır</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Parolanızı kaldırmak istediğinizden emin misiniz?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>Bu kimlik, diğer Tox kullanıcılarının sizi eklemesine ve sizinle iletişim kurmasına olanak tanır.
Sohbete başlamak için arkadaşlarınızla paylaşın.

Bu kimlik NoSpam kodunu (mavi) ve sağlama toplamını (gri) içerir.</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Profili içe aktar</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox kayıt dosyası (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Tox olmayan dosya yok sayılıyor</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Uyarı: Tox kayıt dosyası olmayan bir dosya seçtiniz; yok sayılıyor.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>Profil zaten var</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>&quot;%1&quot; isimli bir profil zaten var. Silmek ister misiniz?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>Dosya yok</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>Profil yok</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Profil içe aktarıldı</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox başarıyla içe aktarıldı</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
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
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Arkadaş eklenemedi</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Kendinizi, bir arkadaş olarak ekleyemezsiniz!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 geçerli bir Tox adresi değil.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>%1 burada! Beni Toxlarsın belki?</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Masaüstü</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Öntanımlı</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Zeytin</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Kırmızı</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Gelen arama...</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox sohbet günlüklerinizi açamadı, devre dışı bırakılacaklar.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Koyu mavi</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Koyu zeytin</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Koyu kırmızı</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Koyu menekşe</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>çevrimiçi</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>uzakta</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>meşgul</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>çevrimdışı</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>engellendi</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Metin yeniden biçimlendiriliyor...</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>%1 ileti, %2 sohbetten</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>%1 ileti, %2&apos;den</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>müzakere ediliyor</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>&quot;%1&quot; dosyası gönderilemedi</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation>%1 gruba katıldı</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>%1 gruptan ayrıldı</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 artık %2 olarak biliniyor</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 başlığı %2 olarak ayarladı</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Temizlendi</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>%1 ile arama beklenmedik şekilde sonlandı. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>%1 ile arama sonlandı. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 artık %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>%1 aranıyor</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 arıyor</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>İleti gönderilemedi</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Başlatılıyor</translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Bozuk</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation>Uzaktan duraklatıldı</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>Dosya Adı</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hız</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Denetim</translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation>Gruba katıldınız</translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation>Gruptan ayrıldınız</translation>
    </message>
    <message>
        <source>Failed to load chat history</source>
        <translation>Sohbet geçmişi yüklenemedi</translation>
    </message>
    <message>
        <source>Database version (%1) is newer than we currently support (%2). Please upgrade qTox.</source>
        <translation>Veri tabanı sürümü (%1) şu anda desteklediğimizden (%2) daha yeni. Lütfen qTox&apos;u yükseltin.</translation>
    </message>
</context>
<context>
    <name>RemoveChatDialog</name>
    <message>
        <source>Remove friend</source>
        <translation>Arkadaşı kaldır</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>Ayarlıysa arkadaşla olan tüm sohbet geçmişini kaldır</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>Sohbet geçmişini de sil</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>%1 kişisini kişiler listenizden kaldırmak istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Bir alanı seçmek için tıklayıp sürükleyin. qTox penceresini gizlemek/göstermek için %1 , veya iptal için %2 tuşuna basın.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Boşluk</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Seçimin bir ekran görüntüsü göndermek için %1, qTox penceresini gizlemek/göstermek için %2, veya iptal için %3 tuşuna basın.</translation>
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
        <translation>Metin bulunamadı.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Aramayı başlat:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>sondan</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>baştan</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>tarihten sonra</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>tarihten önce</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Büyük/küçük harf duyarlı</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Yalnızca tam sözcükler</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Düzenli ifadeler kullan</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation>Tarih Seç İletişim Kutusu</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>Bir tarih seçin</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Parolanızı ayarlayın</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Onayla:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Parola gücü: %p%</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Parola eşleşmiyor.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Parolayı onayla</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Parola onaylama girişi</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Parola girişi</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Parola giriş alanı, en az 6 karakter uzunluğunda</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Parola çok kısa.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>Çevre #%1</translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation>Kişisel ayarlar yüklenemedi</translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation>Ayarlar %1 sürümünden %2 sürümüne yükseltilemedi. qTox başlatılamıyor.</translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation>Genel ayarlar yüklenemedi</translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>Bir arkadaş ekle</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>%1 kişisini bir arkadaş olarak eklemek istiyor musunuz?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Kullanıcı Kimliği:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Arkadaşlık isteği iletisi:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Kullanıcı Arayüzü</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Temel yazı tipi:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Boyut: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Yeni yazı şekillendirme tercihi qTox yeniden başlayana kadar uygulanmayabilir.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Yazı Stili biçimi:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Yazı şekillendirme tercihini seç.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Düz yazı</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Biçimlendirme karakterlerini göster</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Biçimlendirme karakterlerini gösterme</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Yeni ileti</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Bir ileti aldığınızda, henüz açık pencere yoksa, qTox&apos;un penceresini aç.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Pencere aç</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Kişi listesi</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Grup sohbetlerini arkadaş listesinin en üstüne yerleştir</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Kişi listeniz sıkışık kipte gösterilecek.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Sıkışık kişi listesi</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Çok pencereli kip</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Her sohbeti ayrı pencerede aç</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Yüz İfadeleri</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Yüz İfadeleri kullan</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Yüz İfadesi boyutu:</translation>
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
        <translation>Tema rengi:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Zaman biçimi:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Tarih biçimi:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Boş avatarlar yerine identicon kullan</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Yeni ileti aldığınızda ve pencere seçili değilse bir bildirim göster.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Bildir</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Grup sohbetleri yalnızca söz edildiğinde bildirir</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Ses çal</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Meşgulken ses çal</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Masaüstü bildirimleri aracılığıyla bildir</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Mesaj göndereni ve içeriğini gizle</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>Grup sohbetlerinde renkli takma adlar kullan</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>Grup sohbetlerindeki yeni iletileri yalnızca söz edildiğinde bildir.</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>İşaretlenirse, grup sohbetleri arkadaş listesinin en üstüne yerleştirilir, aksi takdirde çevrim içi arkadaşların altına yerleştirilir.</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>Etkinleştirilirse, avatarı olmayan her kişinin öntanımlı resim yerine Tox kimliğine göre oluşturulan bir simgesi olur. Uygulamak için yeniden başlatma gerektirir.</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>Yüz ifadeleri paketi:</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Yeni çevre ekle...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Ada göre</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Etkinliğe göre</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Arkadaşlar</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Kişilerde Ara</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Uzakta</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Meşgul</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Filtrele...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Grup sohbeti #%1</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Yeni grup oluştur...</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Arkadaş ekle</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Grup davetleri</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Dosya aktarımları</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Profilim</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>Toxcore başlatılamadı, bu iletiyi kapattıktan sonra uygulama sonlandırılacak.</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>Toxcore, vekil ayarlarınızla başlatılamadı. qTox çalıştırılamıyor; lütfen ayarlarınızı değiştirin ve yeniden başlatın.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>Arkadaşlık isteği gönderilemedi</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n yeni arkadaşlık isteği</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n yeni grup daveti</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Durumu değiştir</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profili düzenle</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Kişi ekle...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Sonraki konuşma</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Önceki konuşma</translation>
    </message>
</context>
</TS>
