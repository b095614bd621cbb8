<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="tr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>KeePassXC hakkında</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>Hataları şuradan bildirebilirsiniz: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC GNU Genel Kamu Lisansı (GPL) 2. veya (isteğinize göre) 3. sürüm koşulları altında dağıtılmaktadır.</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>Proje sorumluları:</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>Özgün KeePassX için geliştiricisi debfx için KeePassXC ekibinden özel teşekkürler.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Katkıda bulunanlar</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;GitHub üzerinde katkıda bulunanlara bakın&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>Hata ayıklama bilgileri</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>Bir hata bildirirken şu bilgileri ekleyin:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Panoya kopyala</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeePassXC - Erişim isteği</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Yürütülebilir dosyanın yolu bulunamadı ya da erişilemiyor. Kullandığınız istemcinin yasal olduğundan emin olun.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt; şu kayıtlara erişme izni istiyor,:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Yürütülebilir</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>Komut satırı</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>Kararınız, hem istekte bulunan istemci hem de KeePassXC çalışırken hatırlanacak.</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Hatırla</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Seçilmişlere izin ver</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>Tümünü ve gelecektekileri reddet</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>Tümünü ve gelecektekileri onayla</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>Bu uygulama için reddet</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>SSH istemci bütünleşmesi kullanılsın</translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation>Pageant kullanılsın </translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation>OpenSSH kullanılsın</translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation>İki uygulama da kullanılsın</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>SSH_AUTH_SOCK değişikliği</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>SSH_AUTH_SOCK değeri</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>SSH_SK_PROVIDER değeri</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>SSH_SK_PROVIDER değişikliği</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>Herhangi bir SSH uygulama soketi kullanılabilir değil. SSH_AUTH_SOCK ortam değişkeninin var olduğundan emin olun ya da değiştirin.</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>SSH istemci bağlantısı çalışıyor!</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>Uygulama ayarları</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>Kilit açıldığında küçültülsün seçeneği açıkken bu seçenek açılamaz.</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>%1 yapılandırma dosyasına erişim sorunu</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>Yalnızca simge</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Yalnızca yazı</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>Simge yanında yazı</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>Simge altında yazı</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>Biçem izlensin</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Tek renkli</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>Tek renkli (açık)</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>Tek renkli (koyu)</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>Renkli</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>Yeni dilin kullanıma alınması için uygulamayı yeniden başlatmalısınız. Şimdi yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>Ayarlar sıfırlansın mı?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>Tüm genel ve güvenlik ayarlarını varsayılan değerlerine döndürmek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>Yedek kayıt klasörünü seçin</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>Temel ayarlar</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>Tek bir KeePassXC kopyası çalıştırılsın</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>Sistem başlangıcında KeePassXC otomatik olarak başlatılsın</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>Başlangıçta uygulama simge durumuna küçültülsün</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>Veri tabanı kilidi açıldığında simge durumuna küçültülsün</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>Kullanılan veri tabanları hatırlansın</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation> son kullanılan dosya</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>Başlangıçta son kullanılan veri tabanları yüklensin</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>Veri tabanı anahtar dosyaları ve e-anahtarlar hatırlansın</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>Güncellemeler haftada bir uygulama başlatılırken denetlensin</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>Güncelleme denetimine beta sürümleri de katılsın</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>Veri tabanının kilidi açıldığında, şu kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>süresi geçmiş</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation> gün</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>Süresinin geçmesine </translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>Dosya yönetimi</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>Her değişiklik sonrası otomatik olarak kaydedilsin</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>Veri tabanı kilitlendiğinde otomatik olarak kaydedilsin</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>Veri tabanı kilitlendiğinde veri dışı değişiklikleri otomatik olarak kaydedilsin</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>Dışarıda değiştirildiğinde veri tabanını otomatik olarak yeniden yüklensin</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>Kaydetmeden önce veri tabanı dosyası yedeklensin</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Yedek hedefi</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation>Veri tabanı yedek dosyasının konumunu belirtir. &quot;{DB_FILENAME}&quot; kodu, kayıtlı veri tabanının uzantısı olmayan dosya adı, {TIME:&lt;format&gt;} kodu, yedekleme zamanı ile değiştirilir. https://doc.qt.io/qt-5/qdatetime.html#toString adresine bakabilirsiniz.&lt;format&gt; Varsayılan biçem dizgesi &quot;dd_MM_yyyy_hh-mm-ss&quot;.</translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{DB_FILENAME}.old.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>Alternatif kayıt yöntemi kullanılsın (Dropbox, Google Drive, GVFS, vb ile yaşanan sorunları çözebilir)</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>Geçici dosya yerine taşındı</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>Doğrudan veri tabanı dosyasına yazılsın (tehlikeli)</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>Kayıt yönetimi</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>Kayıt oluşturulurken grup simgesi kullanılsın</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>Bir adres açıldığında simge durumuna küçültülsün</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>Panoya kopyalandığında pencere gizlensin</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Simge durumuna küçültülsün</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>Arka plana atılsın</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>Site simgesi indirme zaman aşımı:</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>Saniye olarak site simgesi indirme zaman aşımı süresi</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> sn</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Kullanıcı arayüzü</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Araç çubuğu düğme biçemi</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>Araç çubuğu taşınabilsin</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>Dil seçimi</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>(uygulama yeniden başlatılmalı)</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>Araç çubuğu düğme biçemi:</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>Parolalar renkli görüntülensin</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>Notlarda sabit aralıklı yazı tipi kullanılsın</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>Uygulama kapatılmasın simge durumuna küçültülsün</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>Sistem tepsisinde bir simge görüntülensin</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>Tepsi simgesi türü</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>Tepsi simgesi türü:</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>Simge durumuna küçültüldüğünde sistem tepsisinde gizlensin</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>Ayarları varsayılanlara sıfırla…</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Otomatik yazma</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>Genel otomatik yazmada pencere kayıt başlığından seçilsin</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>Genel otomatik yazmada pencere kayıt adresinden seçilsin</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>Otomatik yazma öncesi her zaman onay istensin</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>Süresi geçmiş kayıtlar otomatik yazmada gizlensin</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>Otomatik yazma sonrasında önceden kilitli veri tabanı yeniden kilitlensin</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>Otomatik yazma başlangıç gecikmesi:</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>Genel otomatik yazma kısayolu:</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>Otomatik yazma başlangıç gecikmesi milisaniye</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>Otomatik yazma gecikmesi:</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>Genel otomatik yazma kısayolu</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>Otomatik yazma karakter yazma gecikmesi milisaniye</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>Son yazılmış kaydın hatırlanma süresi:</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>Zaman aşımları</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>Veri tabanı kilidi zaman aşımı saniyesi</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> sn</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>Pano şu kadar zaman sonra temizlensin</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>Arama sorgusu şu kadar zaman sonra temizlensin</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> dk</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Pano temizleme saniyesi</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>Veri tabanları şu kadar zaman sonra kilitlensin</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Kolaylıklar</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>Veri tabanı kilidi hızlı açılabilsin (Touch ID / Windows Hello)</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>Oturum kilitlendiğinde ya da kapak kapatıldığında veri tabanları kilitlensin</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>Simge durumuna küçültüldüğünde veri tabanları kilitlensin</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>Görünür olduğunda parola yinelemesi istensin</translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>Parolalar düzenlenirken gizlensin</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>Boş parola alanları için yer belirleyici kullanılsın</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>Kayıt ön izleme panosunda parolalar gizlensin</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>Kayıt notları varsayılan olarak gizlensin</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>Kayıtlar çöp kutusuna atılırken onay istenmesin</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>Kullanıcı adı/parola kaydı sütunlarını kopyalamak için çift tıklama kullanılsın</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>Site simgelerini indirmek için DuckDuckGo kullanılsın</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>Tek kullanımlık parola kayıt ön izleme panosunda gizlensin</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>İstenilen otomatik yazma işlemi bir sorun nedeniyle yapılamadı:</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>Otomatik yazma sorunu</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>İzin gerekli</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC, giriş düzeyi otomatik yazma işlemini yapabilmek için Erişilebilirlik iznine gerek duyar. Zaten izin verdiyseniz, KeePassXC uygulamasını yeniden başlatmanız gerekebilir.</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC, genel otomatik yazma işlemini yapabilmek için Erişilebilirlik ve Ekran Kaydı izinlerine gerek duyar. Ekran Kaydı, pencere başlığına göre kayıtları bulmak için gereklidir. Zaten izin verdiyseniz, KeePassXC uygulamasını yeniden başlatmanız gerekebilir.</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>Belirtilen kayıt geçersiz</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>Yaylı parantez eksik ya da fazla, { veya }</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>Çok fazla yineleme var. En fazla %1: %2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>Tuşa çok yavaş basıldığı algılandı. En fazla %1: %2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>Çok uzun gecikme algılandı. En fazla %1: %2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>Kayıtta PICKCHARS için öznitelik yok: %1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>Dönüşüm türü geçersiz: %1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>Dönüşüm söz dizimi geçersiz: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>Kurallı ifade sözdizimi geçersiz %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>Yer belirteci geçersiz: %1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>Varsayılan sıra</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sıra</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>Geçersiz keysym değeri gönderilmeye çalışıldı.</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>Sıra kesildi: Büyük harf tuşu açık</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>Sıralama kesildi: Kullanıcı tuş değiştirme tuşunu basılı tuttu</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>Tuş için geçerli bir tuş kodu alınamadı:</translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>Otomatik yazma - KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>Otomatik yazmak ya da aramayı kullanarak bir kayıt bulmak için bir satıra çift tıklayın:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Açık veri tabanlarından bir kayıt bulmak için gelişmiş arama sorguları kullanabilirsiniz. Şu kısayol tuşları kullanışlıdır:&lt;br/&gt;
Ctrl+F - Veri tabanı aramasını değşitir&lt;br/&gt;
Ctrl+1 - Kullanıcı adını yaz&lt;br/&gt;
Ctrl+2 - Parolayı yaz&lt;br/&gt;
Ctrl+3 - Tek kullanımlık parolayı yaz&lt;br/&gt;
Ctrl+4 - Sanal klavyeyi kullan (yalnızca Windows)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>Tüm açık veri tabanlarında ara</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Ara…</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>Sırayı yazın</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>{USERNAME} yaz</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>{PASSWORD} yaz</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>{TOTP} yaz</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>Kullanıcı adını kopyala</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>Parolayı kopyala</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>Tek kullanımlık parolayı kopyala</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>Sanal klavyeyi kullan</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>KeePassXC-Browser erişim isteği</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 şu kayıtlara erişmek istiyor:</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>İşaretlenmiş kayıtlara erişim hatırlansın</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Hatırla</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>Kayıtlara erişilmesine izin ver</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Seçilmişe izin ver</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Tümünü reddet</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>Bu site için kapat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>Çok sayıda açık veri tabanı var.
Lütfen kimlik bilgilerinin kaydedileceği doğru veri tabanını seçin.</translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation>KeePassXC - Veri tabanını seçme</translation>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>KeePassXC: Passkey credentials</source>
        <translation>KeePassXC: Passkey kimlik doğrulama bilgileri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Güncelle</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>İzin ver</translation>
    </message>
    <message>
        <source>Register new</source>
        <translation>Yeni kaydet</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kaydet</translation>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation><numerusform>&lt;b&gt;%n&lt;/b&gt; saniye sonra süresi dolacak...</numerusform><numerusform>&lt;b&gt;%n&lt;/b&gt; saniye sonra süresi dolacak...</numerusform></translation>
    </message>
    <message>
        <source>Do you want to register Passkey for:</source>
        <translation>Passkey&apos;i şunun için kaydetmek ister misiniz:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Existing Passkey found.
Do you want to register a new Passkey for:</source>
        <translation>Var olan bir Passkey bulundu.
Şunun için yeni bir Passkey kaydetmek ister misiniz:</translation>
    </message>
    <message>
        <source>Select the existing Passkey and press Update to replace it.</source>
        <translation>Var olan Passkey&apos;i seçin ve değiştirmek için Güncelle üzerine basın.</translation>
    </message>
    <message>
        <source>Authenticate Passkey credentials for:</source>
        <translation>Şunun için Passkey kimlik doğrulama bilgilerine izin verilsin:</translation>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>KeePassXC: Create a new group</source>
        <translation>KeePassXC: Yeni bir grup oluştur</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>&quot;%1&quot; adında yeni bir grup oluşturma isteği alındı.
Bu grubun oluşturulmasını ister misiniz?
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC: Yeni anahtar ilişkilendirme isteği</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>Şu veri tabanı için bir ilişkilendirme isteği aldınız:
%1

Bağlantıya eşsiz bir ad ya da kimlik verin. Örnek:
linux-laptop.</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>Kaydet ve erişime izin ver</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC: Var olan anahtarın üzerine yazılsın mı?</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>&quot;%1&quot; adıyla paylaşılan bir şifreleme anahtarı zaten var. 
Üzerine yazılmasını ister misiniz?</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC: Kaydı güncelle</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>%1 -%2 bilgilerini güncellemek istiyor musunuz?</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC: Kaydı sil</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>&quot;%1&quot; kaydını silme isteği alındı.
Bu kaydın silinmesini ister misiniz?
</translation>
    </message>
    <message>
        <source>%1 (Passkey)</source>
        <translation>%1 (Passkey)</translation>
    </message>
</context>
<context>
    <name>BrowserSettingsWidget</name>
    <message>
        <source>Dialog</source>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation>KeePassXC-Browser tarafından veri tabanlarınıza erişilmesi için gereklidir.</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>Tarayıcı bütünleşmesi kullanılsın</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>Anlık olarak kurulan tarayıcılar henüz desteklenmiyor.</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>Şu tarayıcılar için bütünleşme kullanılsın:</translation>
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
        <translation>Kimlik bilgileri istendiğinde bildirim görüntülensin</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>Veri tabanı kilitliyse, kilidin açılması istensin</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>Yalnızca aynı bağlantıya uygun (http://, https://, …) sonuçlar döndürülür.</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>Adres bağlantısına uyulsun (https://ornek.com gibi)</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>Etki alanındaki tüm kayıtlar yerine yalnızca belirli bir adrese uygun olan kayıtları döndürür.</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>Yalnızca en uygun kimlik bilgileri döndürülsün</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>Süresi geçmiş kimlik doğrulama bilgilerini döndürür. Başlığa [süresi geçmiş] ifadesi eklenir.</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>Süresi geçmiş kimlik bilgileri döndürülebilsin</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>Eklentiye bağlı tüm veri tabanları uyan kimlik bilgilerini döndürür.</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Tüm açık veri tabanlarında uygun kimlik bilgileri aransın</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Kimlik bilgilerine erişilmeden önce onay istenmesin</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Kimlik bilgileri güncellenmeden önce onay istenmesin</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>HTTP temel kimlik doğrulaması için izin istenmesin</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>Dizge alanlarının otomatik olarak oluşturulması ya da güncellemesi desteklenmiyor.</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>&quot;KPH: &quot; ile başlayan gelişmiş dizge alanları &amp;döndürülsün</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>Eski KeePassHTTP ayarlarının taşınmasını öneren açılır pencere görüntülenmez.</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>KeePassHTTP ayarlarının aktarılması sorulmasın.</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>Başlangıçta, yerel iletişim betiklerindeki KeePassXC ya da keepassxc-proxy çalışabilir dosyasının yolunu otomatik olarak günceller.</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>Başlangıçta yerel iletişim bildirim dosyaları güncellensin</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>El ile bir vekil sunucu kurduysanız, özel vekil sunucu konumunu kullanın.</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>Özel vekil sunucu konumu kullanılsın:</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>Özel vekil sunucu konumu alanı</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>Özel vekil sunucu dosyası için tarayıcı</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Göz at…</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>Özel tarayıcı yapılandırması konumu kullanılsın:</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>Tarayıcı türü:</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Araç çubuğu düğme biçemi</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>Yapılandırma konumu:</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>Özel tarayıcı konum alanı</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>Özel tarayıcı yoluna göz at</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>Özel eklenti kimliği:</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>Özel eklenti kimliği</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>Geçici kum havuzu kullanılması nedeniyle, tarayıcı bütünleşmesini kullanmak için bir betik çalıştırmalısınız.&lt;br /&gt;Bu betiği %1 adresinden alabilirsiniz.</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>Tarayıcı bütünleşmesinin çalışması için KeePassXC-Browser gereklidir. &lt;br /&gt;%1, %2 ve %3 tarayıcıları için indirebilirsiniz. %4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>Lütfen aşağıdan tarayıcı eklentisi kullanımı ile ilgili özel yönergelere bakın</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>Çalıştırılabilir dosyalar</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>Özel vekil sunucusunun konumunu seçin</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>Yerel iletişim sunucusu klasörünün konumunu seçin</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation>Bağlı veri tabanlarındaki tüm kayıtların başlıklarının, adreslerinin ve UUID değerlerinin keepassxc-proxy  tarafından görülmesine izin verir.</translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation>Bağlı veri tabanlarındaki tüm kayıtlara sınırlı erişim izin verilsin (site erişim kısıtlamalarını yok sayar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation>&lt;b&gt;Uyarı:&lt;/b&gt; Bu ayarları yalnızca gerekli olduğunda değiştirin.</translation>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation>Özel vekil sunucu konumu bulunamadı.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation>&lt;b&gt;Hata:&lt;/b&gt; Özel vekil sunucu konumu bulunamadı. Bu sorunu gelişmiş ayarlar sekmesinden düzeltin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation>&lt;b&gt;Hata:&lt;/b&gt; Kurulmuş vekil sunucunun çalıştırılan dosyası beklenen konumda değil: %1&lt;br/&gt;Lütfen gelişmiş ayarlar bölümünden bir özel vekil sunucu konumu ayarlayın ya da uygulamayı yeniden kurun.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation>Kayıt seçenekleri kopyalansın</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>Başlığa &apos;Kopya - &apos; eklensin</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>Kullanıcı adı ve parola referanslarla değiştirilsin</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>Geçmiş kopyalansın</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>CSV alanlarını içe aktar</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>dosya adı</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>boyut, satır, sütun</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>Sütun eşleştirmesi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>Tek kullanımlık parola</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodlama</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Kodlayıcı/çözücü</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>Sınırlama karakteri</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>Sınırlama karakteri</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>Ayraç karakteri</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>Ayraç karakteri</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>Yorum karakteri</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>Başlık satırları atlandı</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>Yok sayılacak başlık satırı sayısı</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>İlk satırda alan adları var</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>&apos;\&apos; kaçış karakteri olarak değerlendirilsin</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Ön izleme</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>CSV içe aktarma ön izlemesi</translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1. sütun</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>CSV dosyasından içe aktarıldı</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>Özgün veriler:</translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>CSV dosyasında sorunlar bulundu!</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[%n diğer ileti atlandı]</numerusform><numerusform>[%n diğer ileti atlandı]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>CSV içe aktarma: Yazıcı hataları var:
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
        <translation><numerusform>%n bayt</numerusform><numerusform>%n bayt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n satır</numerusform><numerusform>%n satır</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n sütun</numerusform><numerusform>%n sütun</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>Parolalar</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>%1 dosyası bulunamadı.</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>%1 dosyası açılamadı.</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>Veri tabanı okunurken sorun çıktı: %1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>Kaydedilemedi. Veri tabanı geçerli bir dosyayı göstermiyor.</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>Veri tabanı kaydediliyor.</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>Kaydedilemedi. Veri tabanı hazırlanamadı!</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>Veri tabanı dosyasında birleştirilmemiş değişiklikler var.</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
Yedek veri tabanının konumu %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>Anahtar dönüştürülemedi. Bu bir hata. Lütfen geliştiricilere bildirin.</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>Çöp kutusu</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>Veri tabanı kilidini aç - KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>KeePassXC veri tabanının kilidini açın</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>Parolayı yazın:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Parola alanı</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>Ek kimlik doğrulama bilgileri verin (varsa):</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>Anahtar dosyası:</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veri tabanınızın güvenliğini artırmak için parolaya ek olarak gizli bir dosya kullanabilirsiniz. Bu dosyayı veri tabanınızın güvenlik ayarları bölümünden oluşturulabilirsiniz.&lt;/p&gt;&lt;p&gt;Bu dosya, *.kdbx veri tabanı dosyanızdan &lt;strong&gt;farklıdır&lt;/strong&gt;. Bir anahtar dosyanız yoksa bu alanı boş bırakın.&lt;p&gt;Ayrıntılı bilgi almak için tıklayın…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>Anahtar dosyası yardımı</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Donanımsal anahtar yuvası seçimi</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>Donanımsal anahtar:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt; &lt;strong&gt;YubiKey&lt;/strong&gt; ya da &lt;strong&gt;OnlyKey&lt;/strong&gt; gibi donanımsal güvenlik anahtarlarını HMAC-SHA1 için ayarlanmış yuvalarda kullanabilirsiniz.&lt;/p&gt;
&lt;p&gt;Ayrıntılı bilgi almak için tıklayın…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>Donanımsal anahtar yardımı</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>Veri tabanını açacak anahtar dosyası</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Anahtar dosyasına göz at</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Göz at…</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Donanımsal doğrulayıcıları yenile</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>Veri tabanı kilidini aç</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Lütfen, ilerlemek için YubiKey anahtarını takın ya da üzerindeki düğmeye dokunun…</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>Veri tabanı sürümü uyuşmazlığı</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>Açmaya çalıştığınız veri tabanı büyük olasılıkla daha yeni bir 
KeePassXC sürümü tarafından oluşturulmuş.

Yine de açmayı deneyebilirsiniz. Ancak eksik olabilir ve 
herhangi bir değişikliği kaydetmek veri kaybına neden olabilir.

KeePassXC kurulumunuzu güncellemeniz önerilir.</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>Veri tabanını gene de aç</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>Veri tabanı kilidinin açılması iptal edildi.</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>Kilit açılamadı ve herhangi bir parola yazılmadı</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>Veri tabanının kilidi açılamadı ve herhangi bir parola yazmadınız.
Boş bir parola ile yeniden denemek ister misiniz ?

Bu sorunu engellemek için, &quot;Veri tabanı ayarları / Güvenlik&quot; bölümüne giderek parolanızı sıfırlayın.</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>Boş parola ile yeniden dene</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>Anahtar dosyası açılamadı: %1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Eski anahtar dosyası biçimi</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>KeePassXC tarafından gelecekte desteklenmeyebilecek&lt;br&gt; eski bir anahtar dosyası biçimi kullanıyorsunuz.&lt;br&gt;&lt;br&gt;Lütfen şuradan yeni bir anahtar dosyası oluşturmayı değerlendirin:&lt;br&gt;&lt;strong&gt;Veri tabanı &amp;gt; Veri tabanı güvenliği &amp;gt; Anahtar dosyasını değiştir.&lt;/strong&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>Bu uyarı bir daha görüntülenmesin</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Anahtar dosyaları</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>Anahtar dosyasını seçin</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>Veri tabanı dosyası anahtar dosyası olarak kullanılamaz</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>Veri tabanı dosyanızı bir anahtar dosyası olarak kullanamazsınız.
Bir anahtar dosyanız yoksa, lütfen alanı boş bırakın.</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Donanımsal anahtarlar algılanıyor…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Herhangi bir donanımsal anahtar algılanamadı</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>Donanımsal anahtarı seçin…</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation>veri tabanına erişim kimlik doğrulaması</translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation>Hızlı kilit açma için kimlik doğrulanamadı: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation>Parolalar</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>Veri tabanı kimlik doğrulama bilgileri</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Şifreleme ayarları</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Tarayıcı bütünleşmesi</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Bakım</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>KeePassXC-Browser ayarları</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>Tüm tarayıcıların bağlantısını kes</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>Kayıtlardaki tüm siteye özgü ayarlar unutulsun</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>Veri tabanı kök grup kimliğini yenile</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Kaydedilmiş anahtarlar</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>Kaydedilmiş tarayıcı anahtarları</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>Seçilmiş anahtarı kaldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>Seçilmiş anahtarı kaldırmak istiyor musunuz?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>Seçilmiş anahtarı kaldırmak istediğinize emin misiniz?
Bu işlem, tarayıcı eklentisi ile bağlantı kurulmasını engelleyebilir.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>Bu ayarlara erişmek için tarayıcı bütünleşmesini açın.</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>Tüm tarayıcıların bağlantısını kesmek istiyor musunuz?
Bu işlem, tarayıcı eklentisinin bağlantı kurmasını engelleyebilir.</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC: Herhangi bir anahtar bulunamadı</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>KeePassXC ayarlarında paylaşılan bir şifreleme anahtarı bulunamadı.</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC: Anahtarlar veri tabanından kaldırıldı</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>%n şifreleme anahtarı KeePassXC ayarlarından kaldırıldı.</numerusform><numerusform>%n şifreleme anahtarı KeePassXC ayarlarından kaldırıldı.</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>Tüm kayıtlardaki siteye özel ayarların unutulmasını istediğinize emin misiniz?.
Kayıtlara erişme izinleri kaldırılacak.</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>Kaydedilmiş izinler kaldırılıyor…</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC: İzinler kaldırıldı</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>%n kaydın izinleri kaldırıldı.</numerusform><numerusform>%n kaydın izinleri kaldırıldı.</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC: İzni olan bir kayıt bulunamadı!</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>Etkin veri tabanında, izni olan bir kayıt yok.</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>Veri tabanı kimliğini yenile</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>Veri tabanı kimliğini yenilemek istediğiniz emin misiniz?
Bu işlem yalnızca veri tabanınız başka bir veri tabanının kopyası ise ve tarayıcı eklentisi bağlantı kuramıyorsa gerekir.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>Korumayı güçlendirin…</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Bir parola ayarlanmamış</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>UYARI! Bir parola ayarlamamışsınız. Parolası olmayan bir veri tabanını kullanmanız kesinlikle önerilmez!

Bir parola ayarlamadan ilerlemek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>Parola olmadan ilerle</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>Bir şifreleme anahtarı eklenmemiş</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>Veri tabanınızı korumak için en az bir şifreleme anahtarı eklemelisiniz!</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Bilinmeyen sorun</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>Veri tabanı kimlik doğrulama bilgileri değiştirilemedi</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>Şifre çözme süresi:</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>Saniye olarak şifre çözme süresi</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>Daha yüksek değerler daha fazla koruma sağlar. Ancak veri tabanını açmak daha uzun sürer.</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>Veri tabanı biçimi:</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>Veri tabanı biçimi</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>Biçim değiştirilemez: Veri tabanınız KDBX 4 özelliklerini kullanıyor</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>Veri tabanınızı başka uygulamalarla açmanız gerekmedikçe, her zaman en güncel biçimi kullanın.</translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>Şifreleme algoritması:</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>Şifreleme algoritması</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES:  256 Bit   (varsayılan)</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish:  256 Bit</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>Anahtar türetme işlevi:</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>Anahtar türetme işlevi</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>Dönüştürme turları:</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>Dönüştürme turları</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>Bellek kullanımı:</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>Bellek kullanımı</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>Benzerlik:</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Benzerlik</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4 (önerilen)</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>Tur sayısı çok yüksek</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>Argon2 ile çok yüksek sayıda anahtar dönüştürme turu kullanıyorsunuz.

Bu değeri kullanmayı sürdürürseniz, veri tabanınızın açılması saatler, günler ya da daha uzun sürebilir!</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>Anlaşıldı, sayı korunsun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>Tur sayısı çok düşük</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>AES-KDF ile çok düşük sayıda anahtar dönüştürme turu kullanıyorsunuz.

Bu değeri kullanmayı sürdürürseniz, veri tabanınız kaba kuvvet saldırısı ile kolayca açılabilir!</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>Anahtar türetme işlevi değişmedi</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>Anahtar yeni türetme işlevi parametreleri ile dönüştürülemedi; Anahtar türetme işlevi değişmedi.</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform> işlem</numerusform><numerusform> işlem</numerusform></translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation>Şifreleme ayarları:</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Temel</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>Açığa çıkarılmış kayıtlar</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>Bu veri tabanı açığa çıkarılmasın</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>Bu grubun altındaki kayıtları açığa çıkart:</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>Gizli hizmetin bu ayarlara erişmesine izin verilsin.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>Veri tabanı üst verileri</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Veri tabanı adı:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Veri tabanı ad alanı</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>Veri tabanı açıklaması:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Veri tabanı açıklama alanı</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>Varsayılan kullanıcı adı:</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>Varsayılan kullanıcı adı alanı</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>Geçmiş ayarları</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>Her kayıt için en fazla geçmiş ögesi sayısı</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>Her kayıt için en fazla geçmiş boyutu</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>Çöp kutusu kullanılsın</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>Ek veri tabanı ayarları</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>Sıkıştırma kullanılsın (önerilen)</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>Çöp kutusunu sil</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>Var olan çöp kutusunu ve tüm içeriğini silmek istiyor musunuz?
Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (eski)</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation>Bu ayar kaydedildiğinde ya da bir kayıt 
düzenlenirken, bir kayıttaki en eski 
geçmiş ögeleri kaldırılır. Böylece yalnızca 
belirtilen sayıda kayıt tutulur</translation>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation>Her kayıt için tutulacak geçmiş ögesi sayısı:</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation>Bu ayar kaydedildiğinde ya da bir kayıt 
düzenlenirken, bir kayıttaki en eski geçmiş 
ögeleri, tutulacak geçmiş ögelerinin toplamı 
en fazla belirtilen sayıda olacak şekilde kaldırılır.</translation>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation>Her kayıt için tutulacak toplam geçmiş ögesi sayısı:</translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation>Kayıtları veri tabanından silmek yerine 
çöp kutusu grubuna taşıyın. 
Çöp kutusundan silinen kayıtlar
veri tabanından kaldırılır.</translation>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation>Son değişiklikten sonraki otomatik kaydetme gecikmesi</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>Otomatik kaydetme gecikmesi</translation>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation>Dakika olarak son değişiklikten sonraki otomatik kaydetme gecikmesi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation>Son değişiklikten sonraki otomatik kaydetme gecikmesi işaret kutusu</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation>Paylaşım</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Öge konumu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>Son imzalayan</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikalar</translation>
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
        <translation>Özel simge yönetimi</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>Seçilmiş simgeleri sil</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>Bir kayıt ya da grup tarafından kullanılmayan tüm özel simgeleri siler</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>Kullanılmayan simgeleri sil</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>Silmeyi onaylayın</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>Seçilen simgelerden en az biri şu anda en az bir kayıt veya grup tarafından kullanılıyor. İlgili tüm kayıt ve grupların simgeleri, varsayılan simgeyle değiştirilecek. Kullanılan simgeleri silmek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>Kullanılan özel simgeler</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation>En az bir kayıt veya grup tarafından kullanılan özel simgeler.</translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>Silinmiş kullanılmayan simgeler</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>Veri tabanından %n simge silindi.</numerusform><numerusform>Veri tabanından %n simge silindi.</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>Veri tabanı adı:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Veri tabanı ad alanı</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Veri tabanı açıklama alanı</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>Veri tabanı oluşturma hatası</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>Oluşturulan veri tabanı, anahtarı ya da anahtar türetme işlevi olmadığından kaydedilmedi.
Bu kesinlikle bir uygulama hatasıdır. Lütfen geliştiricilere bildirin.</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 veri tabanı</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Veri tabanını aç</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>%1 açılamadı. Bulunamadı ya da erişilebilir değil.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV dosyası</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>CSV dosyası seçin</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>Veri tabanını birleştir</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>KeePass 1 veri tabanı</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>KeePass 1 veri tabanı aç</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>OPVault aç</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>Veri tabanını CSV olarak dışa aktar</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>CSV dosyasına yazılamadı.</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>HTML dosyası yazılamadı.</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>Veri tabanını XML dosyasına aktar</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>XML dosyası</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>XML dosyası yazılamadı</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>Dışa aktarım onayı</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>Veri tabanınızı şifrelenmemiş bir dosya olarak dışa aktarmak üzeresiniz. Bu işlem, parolalarınızı ve önemli bilgilerinizi korumasız kılacak! İlerlemek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Yeni veri tabanı</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [Yeni veri tabanı]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [Kilitli]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>Aramalar ve etiketler</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>Paylaşılan grup…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>Otomatik yaz</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>Önceki etkin pencereye otomatik yazılsın mı? </translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>Komut yürütülsün mü?</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>Şu komutu yürütmek istediğinize emin misiniz?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Seçimimi hatırla</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Grubu sil</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>&quot;%1&quot; grubunu tamamen silmek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>Grup çöpe atılsın mı?</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>&quot;%1&quot; grubunu çöpe atmak istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>Süresi geçmiş kayıtlar</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>%1 gün içinde süresi geçecek kayıtlar</numerusform><numerusform>%1 gün içinde süresi geçecek kayıtlar</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>Geçerli bir veri tabanı yok.</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>Kaynak veri tabanı olmadığından yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>Veri tabanı dosyaları birleştirildi.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>Birleştirme işlemi veri tabanını değiştirmedi.</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>Arama sonuçları (%1)</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>Uygun bir sonuç bulunamadı</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation>Eşsiz bir ad yazın ya da listede var olan bir aramayı değiştirin:</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Aramayı kaydet</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>Veri tabanı kilitlensin mi?</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>Bir kaydı düzenliyorsunuz. Gene de değişiklikler iptal edilip kilitlensin mi?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>&quot;%1&quot; değiştirilmiş.
Değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>Veri tabanı değiştirilmiş.
Değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>Dosya değişmiş</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>Veri tabanı dosyası değiştirilmiş. Değişiklikleri yüklemek ister misiniz?</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>Birleştirme isteği</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>Veri tabanı dosyası değiştirilmiş ve kaydedilmemiş değişiklikleriniz var.
Değişikliklerinizi birleştirmek ister misiniz?</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>Otomatik yüklenmeye çalışılırken yeni veri tabanı dosyası açılamadı.
Hata: %1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>Güvenli kaydetme kapatılsın mı?</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>KeePassXC birkaç kez veri tabanını kaydedemedi. Bu durum genellikle kaydedilen bir dosyayı kilitleyen dosya eşitleme hizmetlerinden kaynaklanır.
Güvenli kaydetme kapatılarak yeniden denensin mi?</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Veri tabanına yazılamadı: %1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Parolalar</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>Veri tabanını farklı kaydet</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 veri tabanı</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>Veri tabanı yedeğini kaydet</translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>Çöp kutusu boşaltılsın mı?</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>Çöp kutusundaki her şeyi kalıcı olarak silmek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>Veri tabanı dosyası bulunamadı: %1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Otomatik yazma</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Tarayıcı bütünleşmesi</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;empty URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>Kaldırmayı onayla</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>Bu adresi kaldırmak istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Özellikler</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH uygulaması</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(şifrelenmiş)</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>Kişisel anahtarı seçin</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Kayıt geçmişi</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Kayıt ekle</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Kaydı düzenle</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>Bazı tarayıcı bütünleşme ayarları grup ayarları tarafından değiştirildi.</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>Geçersiz kayıt</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>Bu kayıt bir dış birleştirme işlemi ile geçersiz kılınmış.
Ne yazık ki yapılmış değişiklikler kaybolacak. </translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>Otomatik yazma doğrulama sorunu</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>Özel otomatik yazma sırası doğrulanırken bir sorun çıktı:
%1
Düzeltmek ister misiniz?</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>&quot;%1&quot; için otomatik yazma sırası doğrulanırken bir sorun çıktı:
%2
Düzeltmek ister misiniz?</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>Kayıt güncellendi.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>Bu kayıttaki değişiklikleri kaydetmek istiyor musunuz ?</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Yeni öznitelik</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>Yeni öznitelik %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>Bu özniteliği kaldırmak istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[KORUNUYOR] Görüntülemek ya da düzenlemek için Görüntüle üzerine tıklayın</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n saat</numerusform><numerusform>%n saat</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n hafta</numerusform><numerusform>%n hafta</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n ay</numerusform><numerusform>%n ay</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n yıl</numerusform><numerusform>%n yıl</numerusform></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>Ek öznitelikler</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>Öznitelik seçimi</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Öznitelik değeri</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>Yeni öznitelik ekle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>Seçilmiş özniteliği kaldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>Öznitelik adını düzenle</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Adı düzenle</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>Öznitelik korumasını aç/kapat</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Koru</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>Korunan bir özniteliği görüntüle</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>Bu seçenek işaretlendiğinde, bu kayıt kalite gereksinimleri ile uyuşmuyor ise sağlık taraması ve HIBP gibi raporlarda görüntülenmez</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>Veri tabanı raporlarına katılmasın</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>Ön plan rengi:</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>Ön plan renk seçimi</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>Arka plan rengi:</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>Arka plan rengi seçimi</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>Bu kayıt için otomatik yazma kullanılsın</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>Varsayılan otomatik yazma sırası gruptan devralınsın</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>Özel otomatik yazma sırası kullanılsın:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>Özel otomatik yazma sırası</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>Otomatik yazma yardımı sayfasını aç</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>Pencere ilişkilendirmeleri</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>Var olan pencere ilişkilendirmeleri</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>Yeni pencere ilişkilendirmesi ekle</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>Seçilmiş pencere ilişkilendirmesini kaldır</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>Pencere başlığı:</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>Her şeyi eşleştirmek için yıldız (*) kullanabilirsiniz</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>Pencere ilişkilendirme başlığını ayarla</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>Her şeyi eşleştirmek için yıldız kullanabilirsiniz</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>Bu ilişki için belirli bir sıra kullanılsın:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>Bu pencere için özel otomatik yazma sırası</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>Bu ayarlar, kaydın tarayıcı eklentisindeki davranışını etkiler.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>Bu kayıt tarayıcı eklentisinde gizlensin</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>Bu kayıt için otomatik gönderim yapılmasın</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>Bu ayar tarayıcıya yalnızca HRRP Auth pencereleri için gönderilir. Bu seçenek açıldığında, bu kayıt normal oturum açma formlarında seçilmek üzere görüntülenmez.</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>Bu kayıt yalnızca HTTP temel kimlik doğrulaması ile kullanılsın</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation>Bu ayar tarayıcıya HTTP kimlik doğrulama pencereleri için gönderilmez. Bu seçenek açıldığında, bu kayıt HTTP kimlik doğrulama pencerelerinde seçilmek üzere görüntülenmez.</translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>Bu kayıt HTTP temel kimlik doğrulaması ile kullanılmasın</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>Ek adresler</translation>
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
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>Kayıt geçmişi seçimi</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>Seçilmiş geçmiş durumundaki kaydı görüntüle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>Kaydı seçilmiş tarihteki durumuna geri yükle</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>Seçilmiş geçmiş durumunu sil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Tüm geçmişi sil</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tümünü sil</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>Kaydı düzenle</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Notlar alanı</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>Kullanıcı adı alanı</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Geçerlilik sonu alanı</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>Geçerlilik sonu hazır ayarları</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>Geçerlilik sonu hazır ayarları</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Hazır ayarlar</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>Adres alanı</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Adresin site simgesini indir</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>Başlık alanı</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Parola alanı</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Geçerlilik sonunu aç/kapat</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Etiket listesi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation>Notların görünürlüğünü değiştir</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiketler:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Geçerlilik sonu:</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>Veri tabanı kapalıyken/kilitliyken anahtar uygulamadan kaldırılsın</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>Veri tabanı açıkken/kilitlenmemişken anahtar uygulamaya eklensin</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Şifreyi çöz</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Panoya kopyala</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Herkese açık anahtar</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kişisel anahtar</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Ek dosya</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>Dış anahtar dosyası</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>Uygulamaya ekle</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>Uygulamadan kaldır</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>Dış dosya</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>Anahtar dosyası için tarayıcı</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Göz at…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>Ek dosyayı seç</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>Bu tuş kullanıldığında kullanıcı onayı istensin</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>Anahtar şu süre sonunda uygulamadan kaldırılsın</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>Anahtar şu kadar saniye sonra uygulamadan kaldırılsın</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation>saniye</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Özellikler</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Grup ekle</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Grubu düzenle</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>Grupta kaydedilmemiş değişiklikler var</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Tarayıcı bütünleşmesi</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>Üst gruptan devralınsın (%1)</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>Bu ayarlar, grubun tarayıcı eklentisindeki davranışını etkiler.</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>Tarayıcı eklentisinde gizlenecek kayıtlar:</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>Kayıtlar bu grup ve alt gruplarında tarayıcı eklentisinden gizlenir</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>Otomatik gönderim yapılmayacak kayıtlar:</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation>Bu grup ve alt gruplarında otomatik gönderim yapılmaz</translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>HTTP temel kimlik doğrulaması kullanılacak kayıtlar:</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation>Bu grup ve alt gruplarında yalnızca HTTP kimlik doğrulaması kullanılır</translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>HTTP temel kimlik doğrulaması kullanılmayacak kayıtlar:</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation>Bu grup ve alt gruplarında HTTP kimlik doğrulaması kullanılmaz</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation>WWW alt etki alanı eşleşmeye katılmasın:</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation>Bu alt grupları için WWW alt etki alanının eşleşmeye katılma durumunu değiştirir</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation>Paylaşım kipi alanı</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Parola alanı</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Yol:</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>Dosya paylaşma yolu alanı</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>Paylaşım dosyasına göz at</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Göz at…</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Alanları temizle</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Etkisiz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Eşitle</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>Kullandığınız KeePassXC sürümü bu kapsayıcı türünün paylaşılmasını desteklemiyor.
Desteklenen eklentiler: %1.</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 zaten bu veri tabanından dışa aktarılıyor.</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 zaten bu veri tabanı içine aktarılıyor.</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 bu veri tabanındaki farklı gruplar tarafından içe/dışa aktarılıyor.</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare şu anda kapalı. Uygulama ayarları bölümünden içe/dışa aktarmayı açabilirsiniz.</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>Veri tabanı dışa aktarma özelliği uygulama ayarlarından kapatılmış.</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>Veri tabanı içe aktarma özelliği uygulama ayarlarından kapatılmış.</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>KeeShare kapsayıcısı</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>KeeShare imzalanmış kapsayıcı</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>İçe aktarım kaynağını seçin</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>Dışa aktarma hedefini seçin</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>İçe/dışa aktarılacak dosyayı seçin</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>Grubu düzenle</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Geçerlilik sonunu aç/kapat</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Geçerlilik sonu:</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Ad alanı</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Geçerlilik sonu alanı</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>Üst grubun varsayılan otomatik yazma sıralaması kullanılsın</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>Otomatik yazma:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Arama:</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>Bu grup ve alt grupları için otomatik yazmayı aç/kapat</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notlar:</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>Varsayılan otomatik yazma sıralama alanı</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Notlar alanı</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>Varsayılan otomatik yazma sırasını ayarla</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>Bu grup ve alt gruplarını aramaya aç/kapat</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>Varsayılan simge kullanılsın</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>Özel simge kullanılsın</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Simgeyi seçin…</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>Site simgesinin aranacağı adresi ayarlayın</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>Site simgesi adresi</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Adresin site simgesini indir</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>Site simgesini indir</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>Seçilmiş simgeyi alt gruplara ve kayıtlara uygula</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>Simgeyi şuraya uygula…</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>Yalnızca bu gruba uygula</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>Alt gruplara da uygula</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>Alt kayıtlara da uygula</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>Tüm alt ögelere de uygula</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>Site simgesi alınamadı.</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>DuckDuckGo site simgesi hizmetini Araçlar -&gt; Ayarlar -&gt; Güvenlik bölümünden açabilirsiniz</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>Var olan simge seçildi.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Görseller</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>Görselleri seçin</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>%1 / %n simge yüklendi</numerusform><numerusform>%1 / %n simge yüklendi</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>Herhangi bir simge yüklenmedi</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>%n simge veri tabanında zaten var</numerusform><numerusform>%n simge veri tabanında zaten var</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>Şu simgeler alınamadı:</numerusform><numerusform>Şu simgeler alınamadı:</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>Oluşturulma:</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>Oluşturulma tarih ve saati</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Değiştirilme:</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>Değiştirilme tarih ve saati</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Erişilme:</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>Erişilme tarih ve saati</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>Eşsiz kod:</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Eşsiz kod</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>Eklenti verileri</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>Eklenti verileri</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>Seçilmiş eklenti verilerini kaldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>Eklenti verileri silinsin mi?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>Seçilmiş eklenti verilerini silmek istediğinize emin misiniz?
Bu işlem etkilenecek eklentilerin bozulmasına neden olabilir.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation>Kopya - %1</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>&quot;%1&quot; dosyası açılamadı</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>Yeni ek dosya ekle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>Seçilmiş ek dosyayı kaldır</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>Seçilmiş ek dosyayı yeniden adlandır</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>Seçilmiş ek dosyayı aç</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>Seçilmiş ek dosyayı diske kaydet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>Dosyaları seçin</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>Kaldırmayı onayla</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>%n ek dosyayı kaldırmak istediğinize emin misiniz?</numerusform><numerusform>%n ek dosyayı kaldırmak istediğinize emin misiniz?</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>Ek dosyaları kaydet</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>Klasör oluşturulamadı:
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>Ek dosyayı, var olan &quot;%1&quot; dosyasının üzerine yazmak istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>Üzerine yazmayı onayla</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>Ek dosyalar kaydedilemedi:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>Ek dosya açılamadı:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>Ek dosyalar açılamadı:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>Dosya açılamadı:
%1</numerusform><numerusform>Dosyalar açılamadı:
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>Ek dosya üzerine yazmayı onayla</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>&quot;%1&quot; ek dosyası zaten var. 
Var olan ek dosyanın üzerine yazılmasını ister misiniz?</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>Ek dosyayı onayla</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 büyük bir dosya (%2 MB).
Veri tabanının çok büyümesine ve başarımın düşmesine neden olabilir.

Bu dosyayı eklemek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>Ek dosya değiştirildi</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>&apos;%1&apos; ek dosyası değiştirildi.
Değişiklikleri veri tabanına kaydetmek ister misiniz?</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>Ek dosya kaydedilemedi</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>Güncellenmiş ek dosya kaydedilemedi.
Hata: %1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>Geçerli (%1)</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Son değiştirilme</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>Özel öznitelikler</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Geçerlilik sonu</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>Tek kullanımlık parola</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>Özel veriler</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Otomatik yazma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
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
        <translation>Asla</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Geçerlilik sonu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Değiştirilme</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Erişilme</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Grup adı</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Kayıt başlığı</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>Parola zorluğu</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>Kayıt notları</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>Kaydın geçerlilik sonu</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Oluşturulma tarihi</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>Son değiştirilme tarihi</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>Son erişilme tarihi</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>Kayıt boyutu</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Ek dosyaları var</translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation>Tek kullanımlık parola var</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>Arka plan rengi</translation>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation>Geçerli tek kullanımlık parola değerini görüntüle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Geçerlilik sonu</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Etiket listesi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Öznitelikler</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>Otomatik yazma</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>Varsayılan sıra</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Aranıyor</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Paylaş</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Asla</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation>Değeri kopyalamak için çift tıklayın</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation>Panoya kopyalamak için çift tıklayın</translation>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation>Geçersiz adres</translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation>Adresi kopyala</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation>Pencereye sığdır</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>İçeriğe sığdır</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Varsayılanlara sıfırla</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation><numerusform>+ %1 kayıt...</numerusform><numerusform>+ %1 kayıt...</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>Dışa aktarma seçenekleri</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>Kayıtları sırala…</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>Veri tabanını şifrelenmemiş bir dosya olarak dışa aktarmak üzeresiniz. 
Bu işlem, parolalarınızı ve önemli bilgilerinizi korumasız kılacak!
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>veri tabanı sıralaması</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>ada göre (artan)</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>ada göre (azalan)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>Veri tabanını HTML olarak dışa aktar</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>HTML dosyası</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>İleti gönderilemedi</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>Yanıt DBus üzerinden gönderilemedi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation>&lt;i&gt;PID: %1, Çalıştırılabilir: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>Başka bir gizli hizmet çalışıyor  (%1).&lt;br/&gt;Gizli hizmet bütünleşmesini yeniden açmadan önce bu hizmeti durdurun ya da kaldırın.</translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>%1 üzerindeki DBus hizmeti kayıt edilemedi.&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>&apos;%1&apos; yolundaki DBus hizmeti kayıt edilemedi.</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>Vertiabanı, &apos;%1&apos; adıyla DBus üzerine kayıt edilemedi</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>Oturum, &apos;%1&apos; yolundaki DBus üzerine kayıt edilemedi</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>Öge, &apos;%1&apos; yolundaki DBus üzerine kayıt edilemedi</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation>Soru nesnesi, &apos;%1&apos; yolundaki DBus üzerine kayıt edilemedi</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>&quot;%2&quot; veri tabanındaki &quot;%1&quot; kaydı %3 tarafından kullanıldı</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n kayıt %1 tarafından kullanıldı</numerusform><numerusform>%n kayıt %1 tarafından kullanıldı</numerusform></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Çalıştırılabilecek dosyanın yolu bulunamadı ya da erişilemiyor. Kullandığınız istemcinin yasal olduğundan emin olun.</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>Görüntülemek için kilidi açın</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
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
        <translation>&lt;b&gt;Fdo gizli hizmeti:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[boş]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>Kopya - %1</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>Parola çevrimiçi olarak onaylanamadı</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>Site simgelerini indir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>Simgeleri indirmede sorun mu yaşıyorsunuz?
Uygulama ayarlarındaki güvenlik bölümünden DuckDuckGo site simge hizmetini açın.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>Lütfen kayıt listesi işlenirken bekleyin…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>İndiriliyor…</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>Zaten var</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>İndirilemedi</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>Site simgeleri indiriliyor (%1/%2)…</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>İletiyi kapat</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>Veri tabanı üst bilgileri eksik</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Veri tabanı anahtarı hesaplanamadı</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>Soru/yanıt gönderilemedi: %1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Belirtilen kimlik doğrulama bilgileri geçersiz. Lütfen yeniden deneyin.
Bu sorunla yeniden karşılaşırsanız, veri tabanı dosyası bozulmuş olabilir.</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>Üst bilgiler karma ile eşleşmiyor</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Üst bilgi kodu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Üst bilgi alanının uzunluğu geçersiz: %1 alanı</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>Üst bilgi veri uzunluğu geçersiz: %1 alanı, %2 bekleniyordu, %3 bulundu</translation>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Simetrik şifre IV boyutu geçersiz.</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>Soru/yanıt gönderilemedi: %1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Veri tabanı anahtarı hesaplanamadı</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>veri tabanı üst bilgileri eksik</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>Veri tabanı anahtarı hesaplanamadı: %1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>Üst bilgi sağlama boyutu geçersiz</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>Üst bilgi SHA256 verisi uyuşmuyor</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Belirtilen kimlik doğrulama bilgileri geçersiz. Lütfen yeniden deneyin.
Bu sorunla yeniden karşılaşırsanız, veri tabanı dosyası bozulmuş olabilir.</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>(HMAC uyumsuzluğu)</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>Şifre bilinmiyor</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Üst bilgi kodu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Üst bilgi alanının uzunluğu geçersiz: %1 alanı</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>Üst bilgi veri uzunluğu geçersiz: %1 alanı, %2 bekleniyordu, %3 bulundu</translation>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>Ara bellek üst bilgideki anahtar türetme işlevi parametreleri için açılamadı</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>Anahtar türetme işlevi (KDF) desteklenmiyor ya da parametreler geçersiz</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>KDBX4 dosyasında eski üst bilgi alanları bulundu.</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>İç başlık kodu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation>İç üst bilgi alanının uzunluğu geçersiz: %1 alanı</translation>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation>İç üst bilgi veri uzunluğu geçersiz: %1 alanı, %2 bekleniyordu, %3 bulundu</translation>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation>İç başlık ikili dosya boyutu geçersiz</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>KeePass çeşidi haritası sürümü desteklenmiyor.</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası kayıt adı uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası kayıt adı verisi geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası kayıt değeri uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası kayıt değeri verisi geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası Bool kayıt değeri uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası Int32 kayıt değeri uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası UInt32 kayıt değeri uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası Int64 kayıt değeri uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası UInt64 kayıt değeri uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası kayıt türü geçersiz</translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Çeşit haritası alan türü boyutu geçersiz</translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>Simetrik şifre algoritması geçersiz.</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Simetrik şifre IV boyutu geçersiz.</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>Veri tabanı anahtarı hesaplanamadı: %1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Anahtar türetme işlevi parametreleri çeşit haritası serileştirilemedi</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>Şifre eşsiz kodu uzunluğu geçersiz: %1 (uzunluk=%2)</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>Eşsiz kod işlenemedi: %1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>Şifre desteklenmiyor</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation>Sıkıştırma bayraklarının uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>Sıkıştırma algoritması desteklenmiyor</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation>Ana tohum boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Dönüştürme tohumu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>Dönüştürme turu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation>Başlangıç baytı boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation>Rastgele akış kodu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation>İç rastgele akış şifresi geçersiz</translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>Veri tabanı dosyası okunamadı.</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>Seçilmiş dosya eski bir KeePass 1 veri tabanıdır (.kdb).

Veri tabanı &gt; İçe aktar… &gt; KeePass 1 veri tabanı üzerine tıklayarak içe aktarabilirsiniz.
Bu aktarım tek yönlüdür. İçe aktarılan veri tabanını eski KeePassX 0.4 sürümüyle açamazsınız.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>Bir KeePass veri tabanı değil.</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>Desteklenmeyen KeePass 2 veri tabanı sürümü.</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>XML işlenemedi: %1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>Kök grup yok</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>XML hatası:
%1
%2. satır, %3. sütun</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>Simge eşsiz kodu ya da verisi eksik</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>Özel veri anahtarı veya değeri eksik</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>Birkaç grup bileşeni</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>Grup eşsiz kodu null</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>Grup simgesi numarası geçersiz</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>EnableAutoType değeri geçersiz</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>EnableSearching değeri geçersiz</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>Grup eşsiz kodu bulunamadı</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation>DeleteObject eşsiz kodu null</translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>DeletedObject eşsiz kodu ya da zaman eksik</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>Kayıt eşsiz kodu null</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>Kayıt simgesi numarası geçersiz</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>Geçmiş kaydında geçmiş bileşeni</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>Kayıdın eşsiz kodu bulunamadı</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>Geçmiş ögesinin eşsiz kodu farklı </translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>Yinelenen özel öznitelik bulundu</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>Kayıt dizgesi anahtarı veya değeri eksik</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>Kayıt ikili anahtarı veya değeri eksik</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>Otomatik yazma ilişkilendirme penceresi ya da sırası eksik</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>Bool değeri geçersiz</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>Tarih saat değeri geçersiz</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>Renk değeri geçersiz</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>Renk RGB bölümü geçersiz</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>Sayı değeri geçersiz</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>Eşsiz kod değeri geçersiz</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>İkili dosya sıkıştırması açılamıyor</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>KeeAgent ayar dosyası yapısı geçersiz.</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>Kişisel anahtar bir ek dosya. Ancak herhangi bir ek dosya belirtilmemiş.</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>Kişisel anahtar boş</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>Dosya bir kişisel anahtar olmak için çok büyük</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>Kişisel anahtar açılamadı</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>KeePass 1 veri tabanını içe aktar</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>Veri tabanı açılamadı.</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>Anahtar dosyası okunamadı.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>Bir KeePass veri tabanı değil.</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>Şifreleme algoritması desteklenmiyor.</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>KeePass veri tabanı sürümü desteklenmiyor.</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>IV şifrelemesi okunamadı</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>Grup sayısı geçersiz</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>Kayıt sayısı geçersiz</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>İçerik karma boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Dönüştürme tohumu boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>Dönüştürme turu sayısı geçersiz</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>Grup ağacı oluşturulamadı</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Kök</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>Veri tabanı anahtarı hesaplanamadı</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>içerik konumuna ulaşılamadı</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Belirtilen kimlik doğrulama bilgileri geçersiz. Lütfen yeniden deneyin.
Bu sorunla yeniden karşılaşırsanız, veri tabanı dosyası bozulmuş olabilir.</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>Anahtar dönüştürülemedi</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation>Grup alanı türü numarası geçersiz</translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>Grup alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation>Okunan grup alanı verileri boyutla eşleşmiyor</translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation>Grup kodu alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation>Grup oluşturulma zamanı alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation>Grup değiştirilme zamanı alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation>Grup erişilme zamanı alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation>Grup geçerlilik sonu alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>Grup simge alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>Grup düzey alanının boyutu uygunsuz</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>Grup alanının türü geçersiz</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>Grup kodu ya da düzeyi eksik</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation>Kayıt alanı türü numarası eksik</translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>Kayıt alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>Okunan kayıt alanı verisi boyutu eşleşmiyor</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation>Kayıt eşsiz kod alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>Kayıt grup kodu alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>Kayıt simgesi alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>Kayıt oluşturulma zamanı alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>Kayıt değiştirilme zamanı alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>Kayıt geçerlilik sonu alanının boyutu geçersiz</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>Kayıt alanının türü geçersiz</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>Paylaşım referansı geçersiz</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>Etkin olmayan paylaşım %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 üzerinden içe aktarıldı</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 üzerine dışa aktarıldı</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>%1 ile eşitlendi</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>İçe aktarma özelliği ayarlardan kapatılmış</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>Dışa aktarma özelliği ayarlardan kapatılmış</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>Etkin olmayan paylaşım</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Şuradan içe aktarıldı</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>Şuraya dışa aktarıldı</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>Şununla eşitlendi</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>Anahtar bileşeni</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>Anahtar bileşeni açıklaması</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation>Anahtar bileşeni ayarlandı. Değiştirmek ya da kaldırmak için tıklayın</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>Yeni anahtar dosyası oluştur</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>Veri tabanını korumak için yeni bir anahtar dosyası oluşturun ya da var olan birini seçin.</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>Not: Veri tabanının kilidinin açılmasını engelleyeceği için içeriği değişebilecek bir dosya kullanmayın!</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Anahtar dosyasına göz at</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Göz at…</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Anahtar dosyası biçimi eski</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>Gelecekte KeePassXC tarafından desteklenmeyebilecek eski bir&lt;br&gt; anahtar dosyası biçimi seçtiniz.&lt;br&gt;&lt;br&gt;Lütfen bu dosyayı kullanmak yerine yeni bir anahtar dosyası oluşturmayı değerlendirin.</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>&apos;%1&apos; anahtar dosyası yüklenirken sorun çıktı
İleti: %2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Anahtar dosyası</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Anahtar dosyası ekle</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>Anahtar dosyasını değiştir</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>Anahtar dosyasını kaldır</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>Anahtar dosyası ayarlandı. Değiştirmek ya da kaldırmak için tıklayın</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ek güvenlik sağlamak için rastgele baytlar içeren bir anahtar dosyası ekleyebilirsiniz.&lt;/p&gt;&lt;p&gt;Bu dosyayı gizli tutmalı ve asla kaybetmemelisiniz yoksa kilidi açamazsınız.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Anahtar dosyaları</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>Anahtar dosyası oluştur…</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>Anahtar dosyası oluşturulurken sorun çıktı</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>Anahtar dosyası oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>Bir anahtar dosyası seçin</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>Anahtar dosyası geçersiz</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>Var olan veri tabanını kendi anahtar dosyası olarak kullanamazsınız. Lütfen başka bir dosya seçin ya da yeni bir anahtar dosyası oluşturun.</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>Anahtar dosyası şüpheli</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>Seçilmiş anahtar dosyası bir parola veri tabanı dosyasına benziyor. Anahtar dosya, içeriği sabit ve değişmeyen bir dosya olmalıdır. Yoksa veri tabanına erişimi sonsuza kadar kaybedersiniz.
Bu dosyayı kullanarak ilerlemek istediğinize emin misiniz?</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Anahtar kodu geçersiz</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>%1 için zaten bir genel kısayol kaydı var </translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Genel kısayol kaydı oluşturulamadı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Veri tabanı</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Son kullanılan veri tabanları</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İç&amp;e aktar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Kayıtlar</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>Ö&amp;zniteliği kopyala</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>Tek kullanımlık parola</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruplar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>&amp;Güncellemeleri denetle</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Veri tabanı aç…</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>Veri tabanını &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>Veri tabanını ka&amp;pat</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Yeni veri tabanı…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Yeni bir veri tabanı oluştur</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>&amp;Veri tabanıyla birleştir…</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>Başka bir KDBX veri tabanıyla birleştir</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>Kayıt &amp;ekle…</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>Yeni kayıt ekle</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>Kaydı &amp;düzenle…</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>Kaydı görüntüle ya da düzenle</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>Kaydı &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>Grup &amp;ekle…</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>Yeni bir grup ekle</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Grubu &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>Grubu &amp;sil…</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>&amp;Tüm site simgelerini indir…</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>Sırala &amp;A-Z</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>Sırala &amp;Z-A</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>&amp;Veri tabanını farklı kaydet…</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>&amp;Veri tabanı güvenliği…</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>Veri tabanı &amp;raporları…</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>İstatistikler, sağlık taraması vb.</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>&amp;Veri tabanı ayarları…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Veri tabanı ayarları</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>Kaydı &amp;kopyala…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Yukarı taşı</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>Kaydı bir sıra yukarı taşır</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Aşağı taşı</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>Kaydı bir sıra aşağı taşır</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>&amp;Kullanıcı adını kopyala</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>Kullanıcı adını panoya kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>&amp;Parolayı kopyala</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>Parolayı panoya kopyala</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>&amp;Parola oluşturucu</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>&amp;Otomatik yaz</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>&amp;Site simgesini indir</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>&amp;Adresi aç</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>Veri tabanını &amp;kilitle</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>&amp;Tüm veri tabanlarını kilitle</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>Başlığı panoya kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>Adresi panoya kopyala</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>Notları panoya kopyala</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>&amp;CSV dosyası…</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>&amp;HTML dosyası…</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>KeePass 1 veri tabanı…</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>KeePass 1 veri tabanını içe aktar</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password kasası…</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>1Password kasasını içe aktar</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>CSV dosyası…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV dosyasını içe aktar</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>Tek kullanımlık parolayı görüntüle</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>QR kodunu görüntüle</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>Tek kullanımlık parola ayarla…</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>&amp;Tek kullanımlık parolayı kopyala</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>Parola ve tek kullanımlık parolayı kopyala</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>Çöpü b&amp;oşalt</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>&amp;Bağış yapın</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>Hata &amp;bildirin</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Kullanmaya başlamak</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>Kullanmaya başlarken rehberini aç</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>&amp;Çevrimiçi yardım</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>Çevrimiçi belgelere git</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Kullanıcı rehberi</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>Kullanıcı rehberini aç</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>Veri tabanı yedeği kaydet…</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>Anahtarı SSH uygulamasına ekle</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>Anahtarı SSH uygulamasından kaldır</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>Küçük kip</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>Klasik (sistem için doğal)</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>Araç çubuğu görüntülensin</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>Ön izleme panosu görüntülensin</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>Her zaman üstte</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>Kullanıcı adları gizlensin</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>Parolalar gizlensin</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>Grubu kopyala…</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>&amp;XML dosyası…</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>XML dosyası…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Geçmişi temizle</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Yapılandırma dosyasına erişim hatası %1</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>Bu sürüm için bir daha görüntülenmesin</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>UYARI: Kararsız bir KeePassXC sürümü kullanıyorsunuz!
Veriler için yüksek bozulma riski bulunuyor. Veri tabanlarınızın yedeğini alın.
Bu sürüm, günlük kullanım için uygun değildir.</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>NOT: Yayın öncesi bir KeePassXC sürümü kullanıyorsunuz!
Bazı hatalar ve küçük sorunlarla karşılaşabilirsiniz. Bu sürüm deneme amacıyla yayınlanmıştır.</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>UYARI: Kullandığınız Qt sürümü KeePassXC ekran klavyesinin çökmesine neden olabilir.
KeePassXC indirme sayfasında bulunan AppImage paketini kullanmanız önerilir.</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>Herhangi bir etiket yok</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation><numerusform>Kaydı geri yükle</numerusform><numerusform>Kayıtları geri yükle</numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>Başlangıçta güncellemeler denetlensin mi?</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>KeePassXC uygulamasının başlatılırken güncellemeleri denetlemesini ister misiniz?</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>Güncellemeleri her zaman uygulama menüsünden el ile denetleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>Pencereyi aç/kapat</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>KeePassXC uygulamasından çık</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation><numerusform>%1 kayıt</numerusform><numerusform>%1 kayıt</numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Lütfen, ilerlemek için YubiKey anahtarını takın ya da üzerindeki düğmeye dokunun…</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>Uygulama yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>Bu ayarın açılması için uygulamayı yeniden başlatmalısınız. Şimdi yeniden başlatmak ister misiniz ?</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation>Ekran görüntüsü alınabilsin</translation>
    </message>
    <message>
        <source>Passkeys…</source>
        <translation>Passkey&apos;ler…</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passkey&apos;ler</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>Passkey içe aktar</translation>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation>Veri tabanı ayarları</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>Veri tabanı ayarlarını düzenle</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Veri tabanı kilidini aç</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>Daha fazla bilgi görmek için veri tabanı kilidini açın</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>Veri tabanını kilitle</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>Bağlantıyı kes</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>Bu uygulamanın bağlanntısını kes</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation>Bu uygulama için hatırlanan kararları sıfırla</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>Eksik %1 [%2] oluşturuluyor</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>%1 [%2] yeniden yerleştiriliyor</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>%1 [%2] üzerine yazılıyor</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>eski kayıt &quot;%1&quot; veri tabanıyla birleştirildi</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>%1 [%2] eski hedefi için yedek ekleniyor</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>%1 [%2] eski kaynağı için yedekleme ekleniyor </translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>%1 [%2] eski hedef kaydı yeni kaynağın üstüne yeniden uygulanıyor</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>%1 [%2] eski kaynak kaydı yeni hedefin üstüne yeniden uygulanıyor</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>%1 [%2] yeni kaynaktan eşitleniyor</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>%1 [%2] eski kaynaktan eşitleniyor</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>%1 [%2] alt ögesi siliniyor</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>%1 [%2] sahipsiz ögesi siliniyor</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>Silinmiş nesneler değiştirildi</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>Eksik %1 simgesi ekleniyor </translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>%1 [%2] özel verileri kaldırıldı</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>%1 [%2] özel verileri ekleniyor</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>Yeni bir KeePassXC veri tabanı oluştur…</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>Kök</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>Yardımcı sayfası</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Şifreleme ayarları</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Veri tabanı şifreleme ayarlarını buradan düzenleyebilirsiniz. Endişelenmeyin, bu ayarları daha sonra veri tabanı ayarlarından değiştirebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>Veri tabanı kimlik doğrulama bilgileri</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>Veri tabanınızı koruyan, yalnızca sizin bildiğiniz kimlik doğrulama bilgileri kümesi </translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>Şifreleme ayarları</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Veri tabanı şifreleme ayarlarını buradan düzenleyebilirsiniz. Endişelenmeyin, bu ayarları daha sonra veri tabanı ayarlarından değiştirebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>Genel veri tabanı bilgileri</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>Lütfen yeni veri tabanı için görüntülenecek bir ad ve isteğe bağlı bir açıklama yazın:</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>Parola yöneticisi</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>%1 için zaten bir genel kısayol kaydı var </translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Genel kısayol kaydı oluşturulamadı</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>OpData01 geçersiz. Üst bilgi içermiyor</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>IV baytlarının tümü okunamadı. 16 istendi ancak %1 alındı</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>OpData01 için şifre hazırlanamadı: %1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>HMAC imza baytlarnın tümüı okunamadı</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>HMAC sorunu yüzünden OpData01 hatalı</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>Düz metin yerinde işlenemedi</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>%1 bayt düz metin bekleniyordu, %2 bulundu</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>Veri tabanı okuması bir kopya oluşturmadı
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>.opvault klasörü var olmalıdır</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>.opvault klasörü okunabilir olmalıdır</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>.opvault/default klasörü var olmalıdır</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>.opvault/default klasörü okunabilir olmalıdır</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>Asıl anahtar çözümlenemedi: %1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>Asıl anahtar türetilemedi: %1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>Anahtar dosyası geçersiz. Bir OpenSSH anahtarı bekleniyor</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>PEM sınırları uyuşmuyor</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>Base64 kodu çözülemedi</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>Anahtar dosyası çok küçük.</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>Anahtar dosyası magic üst bilgisi kodu geçersiz</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>Sıfır anahtar bulundu</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>Herkese açık anahtar okunamadı.</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>Anahtar dosyası bozulmuş. Kişisel anahtar okunamadı</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>Anahtar türü desteklenmiyor: %1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>Şifresi çözülecek bir kişisel anahtar yok</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Şifreleme bilinmiyor: %1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation>AES-256/GCM şu anda desteklenmiyor</translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>Bu anahtarın şifresini çözmek için parola ifadesi gerekiyor</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>Anahtar türetilemedi: %1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>IV şifresi, MD5 anahtar türetme işlevi için çok kısa</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>Anahtar türetme işlevi bilinmiyor: %1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>Şifre hazırlanamadı: %1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>Kod çözülemedi: %1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>Şifre çözülemedi. Parola ifadesi yanlış olabilir mi?</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>Anahtar okunurken dosya beklenmedik şekilde sonlandı</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>Anahtar parçası desteklenmiyor</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>Herkese açık anahtar okunurken dosya beklenmedik şekilde sonlandı</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>Anahtar türü bilinmiyor: %1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>Kişisel anahtar okunurken dosya beklenmedik şekilde sonlandı</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>Herkese açık anahtar boş olduğundan yazılamadı</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>Herkese açık anahtar yazılırken dosya beklenmedik şekilde sonlandı</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>Kişisel anahtar boş olduğundan yazılamadı</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>Kişisel anahtar yazılırken dosya beklenmedik şekilde sonlandı</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation>SSH anahtar oluşturucu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation>KeePassXC - Passkey dışa aktar</translation>
    </message>
    <message>
        <source>Export the following Passkey entries.</source>
        <translation>Şu Passkey kayıtlarını dışa aktar.</translation>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation>Dosya adları başlık ve .passkey uzantısı ile oluşturulacak.</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Kayıtları dışa aktar</translation>
    </message>
    <message>
        <source>Export Selected</source>
        <translation>Seçilmişleri dışa aktar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Klasöre dışa aktar</translation>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation>KeePassXC: Passkey dışa aktarma</translation>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation>&quot;%1.passkey&quot; dosyası zaten var.
Üzerine yazılmasını ister misiniz?
</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Dosya açılamadı</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation>&quot;%1&quot; dosyası yazılmak üzere açılamadı.</translation>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation>Dosyaya yazılamadı</translation>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation>KeePassXC - Passkey içe aktarma</translation>
    </message>
    <message>
        <source>Do you want to import the Passkey?</source>
        <translation>Paskkey&apos;i içe aktarmak ister misiniz?</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Kullanıcı adı: %1</translation>
    </message>
    <message>
        <source>Use default group (Imported Passkeys)</source>
        <translation>Varsayılan grup kullanılsın (içe aktarılan Passkey&apos;ler)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veri tabanı</translation>
    </message>
    <message>
        <source>Select Database</source>
        <translation>Veri tabanını seçin</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>Passkey içe aktar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Veri tabanı: %1</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grup:</translation>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation>Passkey dosyası</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Open Passkey file</source>
        <translation>Passkey dosyasını açın</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Dosya açılamadı</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation>&quot;%1&quot; dosyası okunmak üzere açılamadı.</translation>
    </message>
    <message>
        <source>Cannot import Passkey</source>
        <translation>Passkey içe aktarılamadı</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Data is missing.</source>
        <translation>&quot;%1&quot; Passkey dosyası içe aktarılamadı. Veriler eksik.</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation>&quot;%1&quot; Passkey dosyası içe aktarılamadı. Kişisel anahtar eksik ya da bozuk.</translation>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation>Parolayı yazın:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Parola alanı</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Parola onayı:</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>Parola onayı alanı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>Parola ekle</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Parolayı kaldır</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>Parola ayarlandı. Değiştirmek ya da kaldırmak için tıklayın</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Parola, veri tabanınızın güvenliğini sağlamak için ilk yöntemdir.&lt;/p&gt;&lt;p&gt;Zor parolalar uzun ve benzersiz olur. KeePassXC sizin için bir parola üretebilir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>Parola ile onayı aynı değil.</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>Parola oluştur</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>zorluk</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>entropi</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Oluşturulan parola</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%%p</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>Parolayı yeniden oluştur</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Parolayı kopyala</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Uzunluk:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Parola uzunluğu</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>Gelişmiş kipe geç</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>Karakter türleri</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Özel karakterler</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Tırnaklar</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Noktalama</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>Tireler ve bölü karakterleri</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>Büyük harfler</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>Küçük harfler</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>Matematik simgeleri</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>Genişletilmiş ASCII</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>Yaylı parantezler</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>Katılmayacaklar:</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>Parola oluşturmak için kullanılacak ek karakterler</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>Ek karakterler</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>Onaltılık olmayan harfleri &quot;katılmayacaklar&quot; listesine ekleyin</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>Onaltılık parolalar</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Onaltılık</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>Oluşturulan parolaya katılmayacak karakter kümesi</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>Katılmayacak karakterler</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>Aynı şuradan seçilsin:</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>Katılmayacak karakterler: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>Benzer görünen karakterler katılmasın</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>Tüm kümelerden karakterler seçilsin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola ifadesi</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>Sözcük ayracı:</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>Sözcük listesi:</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>Sözcük sayısı:</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>Karakter sayısı:</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>Sözcük biçimi:</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>Seçilmiş sözcük listesini sil</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>Özel sözcük listesi ekle</translation>
    </message>
    <message>
        <source>character</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>Parolayı uygula</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>Parolayı yeniden üret (%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>küçük harf</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>BÜYÜK HARF</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Başlık Biçimi</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(SİSTEM)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>Entropi: %1 bit</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>Parola kalitesi: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Çok kolay</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Kolay</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Zor</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Çok zor</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>Sözcük listesini silmeyi onayla</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>&quot;%1&quot; sözcük listesini silmek istediğinize emin misiniz?</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>Sözcük listesi silinemedi</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>Sözcük listeleri</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>Özel sözcük listesini seçin</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>Sözcük listesinin üzerine yazılsın mı?</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>&quot;%1&quot; sözcük listesi zaten özel bir sözcük listesi olarak var.
Üzerine yazılmasını ister misiniz?</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>Sözcük listesi eklenemedi</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>Logo şemaları</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>Özel karakterler</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>Parola ile onayı aynı değil</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>Parola ile onayı şimdilik aynı</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>Parolayı görüntüle/gizle (%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>Parola oluştur (%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>Uyarı: Büyük harf kilidine basılmış!</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Kalite: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Çok kolay</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Kolay</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Zor</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Çok zor</translation>
    </message>
    <message>
        <source>Toggle password visibilty using Control + H. Open the password generator using Control + G.</source>
        <translation>Control + H ile parola görünürlüğünü değiştirebilir, Control + G ile parola üretecini açabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation>KeePassXC - Karakterleri seçin</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>Yazılacak karakterleri seçin. Ok tuşları ile dolaşın, Ctrl + S ile seçin.</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>Karakterler arasında &amp;Sekme gönderilsin</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>Üzerine yaz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Taşı</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Boş</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>İlerle</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>Veri tabanı açılmadı</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>Veri tabanı karması kullanılamıyor</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>İstemcinin herkese açık anahtarı alınamadı</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>İletinin şifresi çözülemedi</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>İşlem iptal edildi ya da reddedildi</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>İleti şifrelenemedi.</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>KeePassXC ilişkilendirilemedi. Yeniden deneyin</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>Şifreleme anahtarı tanınamadı</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>Uygunsuz işlem</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>Boş ileti alındı</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>Adres belirtilmemiş</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>Oturum açma bulunamadı</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>Herhangi bir grup bulunamadı</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>Yeni grup oluşturulamadı</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>Geçerli bir eşsiz kod belirtilmedi</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Bilinmeyen sorun</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Tarayıcı bütünleşmesi</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>Tarayıcı eklentisi sorunu</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>%1 için doğal iletişim betik dosyası kaydedilemedi.</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>Kaydın kullanıcı adı.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>kullanıcı adı</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>Kaydın adresi.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>Kayıtla ilgili notlar.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>Kayıt parolası sorulsun.</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>Kayıt için bir parola oluşturun.</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>Veri tabanına yeni bir kayıt ekle.</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>Eklenecek kaydın yolu.</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>Bir parola ve soru aynı anda oluşturulamaz.</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>%1 yolunun kaydı oluşturulamadı.</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>Yeni kayıt için parolayı yazın:</translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>%1 veri tabanına yazılamadı.</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>%1 kaydı eklendi.</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>Veri tabanına yeni bir grup ekler.</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>Eklenecek grubun yolu.</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>%1 grubu zaten var!</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>%1 grubu bulunamadı.</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>%1 grubu eklendi.</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>Parolaların herkese açık olarak yayınlanmış olup olmadığını denetleyin. DOSYAADI sızdırılmış parolaların SHA-1 karmalarının HIBP biçiminde listelendiği bir dosyanın yolu olmalı. Örnek dosya https://haveibeenpwned.com/Passwords adresindeki bulunabilir.</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>DOSYAADI</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>Biçimlendirilmiş bir HIBP dosyasını aramak için okon-cli yolu</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>Parolaları zayıflıklar ve sorunlar için inceler.</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>HIBP dosyası bulunamadı: %1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>Veri tabanı kayıtları okon kullanılarak değerlendiriliyor…</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>%1 HIBP dosyası açılamadı: %2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>Veri tabanı kayıtları HIBP dosyası kullanılarak değerlendiriliyor. Bu işlem zaman alabilir… </translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>&apos;%1&apos; kaydının parolası %2 kez açığa çıkmış!</numerusform><numerusform>&apos;%1&apos; kaydının parolası %2 kez açığa çıkmış!</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>&apos;%1&apos; kaydının parolası açığa çıkmış!</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>Bir kayıttaki ek dosyayı dışa aktarır.</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>Hedef ek dosyanın bulunduğu kaydın yolu.</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>Dışa aktarılacak ek dosyanın adı.</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>Dışa aktarılacak ek dosyanın yolu.</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>%1 yolunun kaydı bulunamadı.</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>%1 adında bir ek dosya bulunamadı.</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>Herhangi bir dışa aktarma hedefi belirtilmemiş. Lütfen &apos;--stdout&apos; kullanın ya da bir &apos;export-file&apos; belirtin.</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>%1 çıkış dosyası açılamadı.</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>%2 kaydındaki %1 ek dosyası %3 üzerine dışa aktarıldı.</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>Var olan ek dosyaların üzerine yazar.</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>Bir ek dosyayı bir kayıt içine aktarır.</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>Kaydın yolu.</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>Eklenecek ek dosyanın adı.</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>İçe aktarılacak ek dosyanın yolu.</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>%2 kaydında %1 ek dosyası zaten var.</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>%1 ek dosyası açılamadı.</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>%1 ek dosyası %2 olarak %3 kaydının içine aktarıldı.</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>Bir kayıttaki ek dosyayı kaldırır.</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>Kaldırılacak ek dosyanın adı.</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>%1 ek dosyası %2 kaydından kaldırıldı.</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>Belirtilen özniteliği panoya kopyalar. Belirtilmemişse varsayılan olarak &quot;password&quot; özniteliği panoya kopyalanır.</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>Geçerli tek kullanımlık parola değerini panoya kopyalar (&quot;-a totp&quot; ile eşdeğer).</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>Yalnızca bir kayıt ile eşleşmelidir. Yoksa olası eşleşmelerin listesi görüntülenir.</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>Bir kaydın özniteliğini panoya kopyalar.</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>Kırpılacak kaydın yolu.</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>Pano temizlenmeden önce beklenecek süre (varsayılan değer %1 saniye, sınırsız olması için 0 yazın).</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>%1 zaman aşımı değeri geçersiz.</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>Eşleşen birkaç kayıt var:</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>Eşleşen kayıt kullanılarak: %1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>%1 kaydı bulunamadı.</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>HATA: --attribute ya da --totp seçeneklerinden birini belirtin. İkisini birden değil.</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>%1 yolunun kaydı için tek kullanımlık parola ayarlanmamış.</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>HATA: %1 özniteliğinin birden fazla karşılığı var. %2 eşleşme bulundu.</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>&quot;%1&quot; özniteliği bulunamadı.</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>Kaydın &quot;%1&quot; özniteliği panoya kopyalandı!</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>Pano %1 saniye sonra temizlenecek…</numerusform><numerusform>Pano %1 saniye sonra temizlenecek…</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>Pano temizlendi!</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>Şu anda açık olan veri tabanını kapat.</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>Bu yardımı görüntüle.</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>Parola sorma ve diğer ikincil çıkışlar susturulsun.</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>Veri tabanının anahtar dosyası.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>yol</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>Veri tabanı için parola anahtarını etkisizleştirir.</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>Veri tabanına erişmek için kullanılan Yubikey yuvası ve isteğe bağlı seri numarası (1:7370001 gibi).</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>yuva[:serino]</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation>Konumsal değişkenler eksik.</translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>Gerekenden fazla sayıda değişken belirtildi.</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>Veri tabanının yolu.</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>Milisaniye olarak veri tabanı şifresini çözme süresi hedefi.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zaman</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation>Veri tabanının anahtar dosyasını ayarla.
Bu seçenekler kullanımdan kaldırıldı. yerine --set-key-file kullanın.</translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>Veri tabanı için anahtar dosyasını belirleyin.</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>Veri tabanı için bir parola belirleyin.</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>Yeni bir veri tabanı oluştur.</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>%1 şifre çözme süresi geçersiz.</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>Hedef şifre çözme süresi %1 ile %2 arasında olmalı.</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>Veri tabanı parolası ayarlanamadı.</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>Anahtar dosyası yüklenemedi</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>Herhangi bir anahtar ayarlanmamış. Veri tabanı oluşturulmayacak.</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>Anahtar türetme işlevi, %1ms gecikme için ölçülüyor.</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>Anahtar türetme işlevi için %1 tur ayarlanıyor.</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>veri tabanı anahtar türetme ayarları yapılırken sorun çıktı.</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>%1 dosyası zaten var.</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>Veri tabanı kaydedilemedi: %1.</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>Yeni veri tabanı oluşturuldu.</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation>Veri tabanının parolasını kaldır.</translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation>Veri tabanının anahtar dosyasını kaldır.</translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation>Bir veri tabanını düzenle.</translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation>%1 ve %2 aynı anda kullanılamaz.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Veri tabanı anahtarı değiştirilemedi.</translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation>Veri tabanı değiştirilmedi.</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Veri tabanına yazılamadı: %1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation>Veri tabanı düzenlendi.</translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation>Parola kaldırılamadı. Veri tabanının bir parolası yok.</translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation>Dosya anahtarı kaldırılamadı. Veri tabanının bir dosya anahtarı yok.</translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation>Yeni anahtar dosyası yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation>Beklenmeyen %1 anahtar türü bulundu</translation>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation>Bir veri tabanındaki tüm anahtarlar kaldırılamaz.</translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>Bir veri tabanının bilgilerini görüntüler.</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>Eşsiz kod: </translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>Şifre:</translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>Anahtar türetme işlevi:</translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>Çöp kutusu kullanılıyor.</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>Çöp kutusu kullanılmıyor.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Veri tabanı oluşturuldu</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Son kaydedilme</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Grup sayısı</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Kayıt sayısı</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Süresi geçmiş kayıt sayısı</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Eşsiz parolalar</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Eşsiz olmayan parolalar</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Aynı parolanın en fazla kullanımı</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Kısa parola sayısı</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Kolay parola sayısı</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Raporlara katılmayan kayıtlar</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Ortalama parola uzunluğu</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 karakter</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>Zar atma parola ifadesindeki sözcük sayısı.</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>sayı</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>Zar atma üreteci için sözcük listesi.
[Varsayılan: EFF İngilizce]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>Yeni bir rastgele zar atma parola ifadesi oluştur.</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>Geçersiz sözcük sayısı %1</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>Sözcük listesi çok küçük (&lt; 1000 öge)</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>Kaydın başlığı.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>Bir kaydı düzenle.</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>Düzenlenecek kaydın yolu.</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>%1 kaydı için herhangi bir alan değişmedi.</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>Kayıt için yeni parolayı yazın: </translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>%1 kaydı düzenlendi.</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>Parolada gelişmiş inceleme yap.</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>Entropisi kestirilecek parola.</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>Bir parolanın entropisini kestirir.</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Uzunluk %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>Entropi %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>Log10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>Çok sözcüklü ek bitler %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>Tür: Kaba güç</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>Tür: Sözlük</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>Tür: Sözlük+Leet</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>Tür: Kullanıcı sözcükleri</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>Tür: Kullanıcı+Leet</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>Tür: Yinelenen</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>Tür: Sıra</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>Tür: Uzamsal</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>Tür: Tarih</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>Tür: Kaba güç(Rep)</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>Tür: Sözlük(Rep)</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>Tür: Sözlük+Leet(Rep)</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>Tür: Kullanıcı sözcükleri(Rep)</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>Tür: Kullanıcı+Leet(Rep)</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>Tür: Yinelenen(Rep)</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>Tür: Sıra(Rep)</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>Tür: Uzamsal(Rep)</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>Tür: Tarih(Rep)</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>Tür: Bilinmiyor (%1)</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>Entropi %1 (%2)</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** Parola uzunluğu (%1) != Parçaların uzunluğunun toplamı (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>Etkileşimli kipten çık.</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>Dışa aktarmada kullanılacak biçim. Kullanılabilecek seçenekler &apos;xml&apos; ya da &apos;csv&apos;. Varsayılan biçim: &apos;xml&apos;.</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>Bir veri tabanının içeriğini belirtilen biçimde standart çıkışa aktarır.</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>Veri tabanı XML olarak dışa aktarılamadı: %1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>%1 biçimi desteklenmiyor</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>Oluşturulan parolanın uzunluğu</translation>
    </message>
    <message>
        <source>length</source>
        <translation>uzunluk</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>Küçük harf karakterleri kullanılsın</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>Büyük harf karakterleri kullanılsın</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>Rakamlar kullanılsın</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>Özel karakterler kullanılsın</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation>Genişletilmiş ASCII kullanılsın</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>Karakter kümesi katılmasın</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>karakterler</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>Özel karakter kümesi kullanılsın</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>Benzer görünen karakterler katılmasın</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>Seçilmiş her kümedeki karakterler katılsın</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>Yeni bir rastgele parola oluştur.</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>%1 parola uzunluğu geçersiz</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>Tüm şeçenekler uygulandıktan sonra parola oluşturucu geçersiz</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>Komut yardımını görüntüler.</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>Kullanılabilecek komutlar:</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>Bir XML veri tabanını içe aktarır.</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>XML veri tabanının dışa aktarılacağı dosya yolu.</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>Yeni veri tabanının yolu.</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>XML veri tabanı içe aktarılamadı: %1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>Veri tabanı içe aktarıldı.</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>%1 komutu bilinmiyor</translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation>

Kullanılabilecek komutlar:
</translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation>Yürütülecek komutun adı.</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>Hata ayıklama bilgilerini görüntüler.</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>%1 komutu geçersiz.</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>Grubun ögelerini alta doğru listeler.</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>Çıkışı tek satırlara indirger.</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>Veri tabanı kayıtlarını listele.</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>Listelenecek grubun yolu. Varsayılan /</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>%1 grubu bulunamadı.</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>İki veri tabanı dosyası için de aynı kimlik doğrulama bilgileri kullanılır.</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>Birleştirilecek veri tabanının anahtar dosyası.</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>Birleştirilecek veri tabanının parola anahtarını etkisizleştirir.</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>Yalnızca birleştirme işlemi tarafından algılanan değişiklikleri yazdırır.</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>İkinci veri tabanının Yubikey yuvası.</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>yuva</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>İki veri tabanını birleştir.</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>Birleştirilecek veri tabanının yolu.</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>Birleştirilecek dosya okunurken sorun çıktı:
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>Veri tabanı dosyaya kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>%1 veri tabanı %2 ile birleştirildi.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>Birleştirme işlemi veri tabanını değiştirmedi.</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>Bir kaydı yeni bir gruba taşır.</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>Kaydın taşınacağı yol.</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>Hedef grubun yolu.</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>%1 yolunun grubu bulunamadı.</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>Kayıt zaten %1 grubunda.</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>%1 kaydı %2 grubuna taşındı.</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>Bir veri tabanı açar.</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>Kaldırılacak kaydın yolu.</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>Veri tabanı dosyaya kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>%1 kaydı çöpe atıldı.</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>%1 kaydı silindi.</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>Kaldırılacak grubun yolu.</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>Kök grup veri tabanından kaldırılamaz.</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>%1 grubu çöpe atıldı.</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>%1 grubu silindi.</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>Kayıtları hızlıca bulur.</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>Aranacak ifade.</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>Kaydın geçerli tek kullanımlık parolasını görüntüler.</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>Korumalı öznitelikleri düz metin olarak görüntüler.</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation>Kaydın tüm özniteliklerini görüntüler.</translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>Kaydın ek dosyalarını görüntüler.</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>Görüntülenecek özniteliklerin adları. Bu seçenek, görüntülenen her özniteliğin belirtilen sıraya göre ayrı bir satıra yazılmasıyla birden fazla kez belirtilebilir. Herhangi bir öznitelik belirtilmediyse, varsayılan özniteliklerin bir özeti verilir.</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>öznitelik</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>Bir kaydın bilgilerini görüntüler.</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>Görüntülenecek kaydın adı.</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>HATA: %1 özniteliği bilinmiyor.</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>Henüz bir ek dosya yok.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Ek dosyalar:</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>%1 veri tabanı dosyası açılamadı: Bulunamadı</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>%1 veri tabanı dosyası açılamadı: Basit metin dosyası değil</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>%1 veri tabanı dosyası açılamadı: Okunamadı</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>%1 in kilidini açmak için parolayı yazın:</translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>%1 anahtar dosyası yüklenemedi: %2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>UYARI: Gelecekte KeePassXC tarafından desteklenmeyebilecek eski bir 
anahtar dosyası biçimi seçtiniz.

Lütfen bu dosyayı kullanmak yerine yeni bir anahtar dosyası oluşturmayı değerlendirin.</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>%1 YubiKey yuvası geçersiz</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>%1 YubiKey seri numarası geçersiz</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation>Lütfen, ilerlemek için YubiKey anahtarını takın ya da üzerindeki düğmeye dokunun.</translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>Veri tabanını şifrelemek için parolayı yazın (isteğe bağlı):</translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>Parolası boş olan bir veri tabanı oluşturmak ister misiniz? [e/H]:</translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>Parola onayı: </translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>Hata: Parola ile onayı aynı değil.</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>Pano yönetimi için tanımlanmış bir uygulama yok</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>Tüm kırpma uygulamaları başarısız oldu. %1 deneme
</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>%1 anahtar dosyası oluşturulamadı: %2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>%1 anahtar dosyası yüklenemedi: %2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>HIBP dosyası, %1. satır: İşleme sorunu</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>Okon kullanmak için, sonradan işlenmiş bir dosya belirtmelisiniz (file.okon gibi)</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>Okon işlemi başlatılamadı: %1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>Hata: Okon işlemi tamamlanmadı</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>Okon tarafından işlenmiş veri tabanı yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>Parola çok kolay</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>Parola entropisi %1 bit</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>Parola kolay</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>%1/%2 içinde kullanıldı</translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>Parola %1 kez kullanılmış</numerusform><numerusform>Parola %1 kez kullanılmış</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>Parolanın süresi geçmiş</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>Parolanın geçerlilik süresi %1 zamanında geçmiş</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>Parolanın süresi %1 zamanında geçecek</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>Parolanın süresi geçmek üzere</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>Parola %1 gün sonra geçersiz olacak</numerusform><numerusform>Parola %1 gün sonra geçersiz olacak</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>Parolanın süresi yakında geçecek</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>Yapım türü: %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Düzeltme: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Dağıtım: %1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>Hata ayıklama kipi kapalı.</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>Hata ayıklama kipi açık.</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>İşletim sistemi: %1
İşlemci mimarisi: %2
Çekirdek: %3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Otomatik yazma</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH uygulaması</translation>
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
        <translation>Hızlı kilit açma</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>Gizli hizmet bütünleşmesi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>Kullanımdaki eklentiler:</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>%1 yıldan fazla</numerusform><numerusform>%1 yıldan fazla</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>%1 ay civarında</numerusform><numerusform>%1 ay civarında</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation><numerusform>%1 hafta</numerusform><numerusform>%1 hafta</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation><numerusform>%1 gün</numerusform><numerusform>%1 gün</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation><numerusform>%1 saat</numerusform><numerusform>%1 saat</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 dakika</numerusform><numerusform>%1 dakika</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation>Botan kitaplığının sürümü en az %1 olmalı. Bulunan: %2.%3.%4</translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>Şifreleme kitaplıkları:</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES (%1 tur)</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1 (%2 tur, %3 KB)</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>SymmetricCipher::init: Şifreleme kipi geçersiz.</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>SymmetricCipher::init: %2 için %1 IV boyutu geçersiz.</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>Şifre kullanılmadan önce hazırlanamadı.</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>0 uzunluklu veri işlenemez.</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>çalıştırılabilir dosya bilinmiyor (DBus adresi %1)</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1 (çalıştırılabilir dosya yolu geçersiz)</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>NULL aygıtı</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>aygıttan okuma hatası</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>dizge bozuk</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>tırnak kapatma eksik</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1: (satır, sütun) %2,%3</translation>
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
        <translation>Argon2d (KDBX 4 – önerilen)</translation>
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
        <translation>Var olan tek kopya kilit dosyası geçersiz. Yeni kopya başlatılıyor.</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>Kilit dosyası oluşturulamadı. Tek kopya kipi kapatıldı.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>Pano %1 saniye sonra temizlenecek…</numerusform><numerusform>Pano %1 saniye sonra temizlenecek…</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>Tek kullanımlık parola</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Son değiştirilme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>%1 gecikmesini ölç</translation>
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
        <translation>&quot;%1&quot; kaydını kalıcı olarak silmek istediğinize emin misiniz?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>%n kaydı kalıcı olarak silmek istediğinize emin misiniz?</numerusform><numerusform>%n kaydı kalıcı olarak silmek istediğinize emin misiniz?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>Kayıt silinsin mi?</numerusform><numerusform>Kayıtlar silinsin mi?</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>&quot;%1&quot; kaydını çöpe atmak istediğinize emin misiniz?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>% kaydı çöpe atmak istediğinize emin misiniz?</numerusform><numerusform>% kaydı çöpe atmak istediğinize emin misiniz?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>Kayıt çöpe atılsın mı?</numerusform><numerusform>Kayıtlar çöpe atılsın mı?</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>Referanslar kayıt olarak değiştirilsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>&quot;%1&quot; kaydının %2 referansı var. Referansların üzerine değerleri yazmayı, bu kaydı atlamayı ya da silmeyi istiyor musunuz?</numerusform><numerusform>&quot;%1&quot; kaydının %2 referansı var. Referansların üzerine değerleri yazmayı, bu kaydı atlamayı ya da silmeyi istiyor musunuz?</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>Tarayıcı istatistikleri</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Sağlık taraması</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>Anahtar dosyası sürümü desteklenmiyor: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>Sağlama uyuşmuyor! Anahtar dosyası bozulmuş olabilir.</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>Beklenmeyen anahtar dosyası verileri var! Anahtar dosyası bozulmuş olabilir.</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC - Platformlar arası parola yöneticisi</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>açılacak parola veri tabanlarının dosya adları (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>özel yapılandırma dosyasının yolu</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>özel yerel yapılandırma dosyasının yolu</translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>tüm açık veri tabanlarını kilitle</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>veri tabanının anahtar dosyası</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>veri tabanının parolası stdin üzerinden okunsun</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>Kilitli veri tabanları.</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>Veri tabanı kilitlenemedi.</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>Başka bir KeePassXC kopyası zaten çalışıyor.</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation>KeePassXC çalışmıyor. Kilitenebilecek bir açık veri tabanı yok</translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>Şifreleme işlevleri sınanırken ciddi bir sorun çıktı.</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC - Hata</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Veri tabanı parolası:</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>Ayarlar geçersiz</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>Anahtar geçersiz</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation>Windows Hello kimlik doğrulama bilgileri oluşturulamadı</translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation>Soru Windows Hello kullanılarak imzalanamadı.</translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation>Uyarı: Üst düzey bir pencerede ekran görüntüsü alınması engellenemedi!</translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation>Şifreleyici geçersiz</translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation>Anahtar türetme işlevi geçersiz</translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation>Tüm kayıtlara erişim reddedilsin</translation>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation>ekran görüntüsü ve uygulama kaydı alınabilsin (Windows/macOS)</translation>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation>AES hazırlanamadı</translation>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation>AES şifreleme işlemi yapılamadı</translation>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation>Linux anahtarlığına kaydedilemedi</translation>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation>Anahtar anahtarlıkta bulunamadı</translation>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation>Anahtar anahtarlıktan okunamadı</translation>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation>AES şifre çözme işlemi yapılamadı</translation>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation>Kullanılabilecek bir Polkit kimlik doğrulama aracısı yok</translation>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation>Polkit kimliği doğrulanamadı</translation>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation>Kullanılabilecek bir hızlı kilit açma hizmeti sağlayıcısı yok</translation>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation>Polkit sorunu çıktı: %1</translation>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation>KeePassXC şifrelemesi hazırlanamadı.</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>Anahtar verileri şifrelenemedi.</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>Windows Hello kimlik doğrulama bilgileri alınamadı</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>Anahtar verilerinin şifresi çözülemedi</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passkey&apos;ler</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation>Sıkıştırma sırasında iç zlib sorunu çıktı:</translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>Temel aygıta yazılırken sorun çıktı:</translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>Temel aygıt açılırken sorun çıktı:</translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>Temel aygıttan veri okunurken sorun çıktı:</translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>Sıkıştırmayı açma sırasında iç zlib sorunu çıktı:</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>Bu zlin sürümünde gzip biçimi desteklenmiyor.</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>İç zlib sorunu çıktı:</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>Düzenlemek için kayıtlara çift tıklayın.</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Kayıt adreslerinin listesi</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation>Kayıt için bir adres ayarlanmamış</translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>İzin verilen adresler</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation>Kayıt için tarayıcı bütünleşme ayarları yapılmamış</translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>İzin verilmeyen adresler</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Katılmıyor)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Bu kayıt raporlara katılmıyor</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation>Lütfen tarayıcı istatistikleri hesaplanırken bekleyin…</translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation>Adresi olan bir kayıt yok ya da hiç bir kayıt için tarayıcı eklentisi ayarları yapılmamış.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Adresler</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Kaydı düzenle…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Kaydı sil…</numerusform><numerusform>Kayıtları sil…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Raporlara katılmasın</translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation>Yalnızca adresi olan kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation>Yalnızca açıkça izin kabul ya da red edilen kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>Süresi geçmiş kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>(Süresi geçmiş)</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation>Ayrıntıları görüntülemek için fareyi neden üzerinde gezdirin. Kaydı düzenlemek için çift tıklayın.</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>Kötü</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>Kötü — Parola mutlaka değiştirilmeli</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Çok kolay</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>Çok kolay — Parola değiştirilmeli</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Kolay</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>Kolay — Parolayı değiştirmeyi değerlendirin</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Katılmıyor)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Bu kayıt raporlara katılmıyor</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>Lütfen sağlık bilgileri hesaplanırken bekleyin…</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>Tebrikler, herşey sağlıklı!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Kaydı düzenle…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Kaydı sil…</numerusform><numerusform>Kayıtları sil…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Raporlara katılmasın</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>Süresi geçmiş kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation>Raporlara katılmayan kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>(Süresi geçmiş)</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation>UYARI: Bu rapor için &quot;Have I Been Pwned&quot; çevrimiçi hizmetine (https://haveibeenpwned.com) bilgi gönderilmesi gerekir.  İlerlediğinizde, veri tabanı parolalarınız şifreli olarak karıştırılır ve bu karmanın ilk beş karakteri güvenli olarak bu hizmete gönderilir. Veri tabanınız güvende kalır ve gönderilen bilgiler ile yeniden oluşturulamaz. Yalnızca, gönderdiğiniz parolaların sayısı ve IP adresiniz bu hizmete bildirilir.</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>Çevrimiçi incelemeden geçirin</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>Raporlara katılmayan kayıtlar da görüntülensin</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>Bu KeePassXC yapımında ağ özellikleri bulunmaz. Parolalarınızın Have I Been Pwned veri tabanlarıyla incelenebilmesi için ağ özelliği gereklidir.</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>Tebrikler, açığa çıkmış herhangi bir parolanız yok!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>Parola açığa çıkmış…</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Katılmıyor)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Bu kayıt raporlara katılmıyor</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>bir kere</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>10 kereye kadar</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>100 kereye kadar</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>1.000 kereye kadar</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>10.000 kereye kadar</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>100.000 kereye kadar</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>bir milyon kereye kadar</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>milyonlarca kere</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Kaydı düzenle…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Kaydı sil…</numerusform><numerusform>Kayıtları sil…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Raporlara katılmasın</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Kayıt adreslerinin listesi</translation>
    </message>
    <message>
        <source>Please wait, list of entries with Passkeys is being updated…</source>
        <translation>Lütfen Passkey bulunan kayıtların listesi güncellenirken bekleyin...</translation>
    </message>
    <message>
        <source>No entries with Passkeys.</source>
        <translation>Passkey bulunan bir kayıt yok.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Adresler</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Kaydı düzenle…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Kaydı sil…</numerusform><numerusform>Kayıtları sil…</numerusform></translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>Güvenilen taraf</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>Süresi geçmiş kayıtlar görüntülensin</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>(Süresi geçmiş)</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation>Ayrıntılı bilgi almak için fareyi hata simgesi olan satırların üzerine getirin.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>Lütfen veri tabanı istatistikleri hesaplanırken bekleyin…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Veri tabanı adı</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Veri tabanı oluşturuldu</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Son kaydedilme</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation>Veri tabanı değiştirilmiş, ancak değişiklikler henüz diske kaydedilmemiş.</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Grup sayısı</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Kayıt sayısı</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Süresi geçmiş kayıt sayısı</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>Veri tabanında süresi geçmiş kayıtlar var.</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Eşsiz parolalar</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Eşsiz olmayan parolalar</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>Parolalar %10 oranında fazla yeniden kullanılmış. Yapabiliyorsanız eşsiz parolalar kullanın.</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Aynı parolanın en fazla kullanımı</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>Bazı parolalar üç kereden fazla kullanılmış. Yapabiliyorsanız eşsiz parolalar kullanın.</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Kısa parola sayısı</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>Önerilen en kısa parola uzunluğu 8 karakterdir.</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Kolay parola sayısı</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>&apos;Zor&apos; ya da &apos;çok zor&apos; düzeyinde uzun, rastgele parolalar kullanmanız önerilir.</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Raporlara katılmayan kayıtlar</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>Örneğin parolası çok kolay olan kayıtlar raporlara katılmıyor. Bu bir sorun olmayabilir ama gözünüzün üzerlerinde olması gerekir.</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Ortalama parola uzunluğu</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 karakter</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>Ortalama parola uzunluğu on karakterden az. Daha uzun parolalar daha fazla güvenlik sağlar.</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>Uygulama bağlantısı kurulamadı.</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>Uygulama iletişim kuralı sorunu.</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>Çalışan bir uygulama yok. Kimlik eklenemedi.</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>Anahtar kimlik sahipliği uyuşmazlığı. Ekleme reddedildi.</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>Uygulama bu kimliği reddetti. Olası nedenler şunlardır:</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>Anahtar zaten eklenmiş.</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>Uygulama kısıtlı ömrü desteklemiyor (seçeneklere bakın).</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>Uygulama bir onay isteğini desteklemiyor (seçeneklere bakın).</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>Uygulama güvenlik anahtarlarını desteklemiyor ya da güvenlik anahtarı hizmeti sağlayıcısı kullanılamıyor.</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>Çalışan bir uygulama yok. Kimlik kaldırılamadı.</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>Çalışan bir uygulama yok. Kimlikler listelenemedi.</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>Yardım ara</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>Arama ifadeleri şu şekildedir: [değiştiriciler][alan:][&quot;]ifade[&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>Tüm arama ifadeleri eşleşmelidir (mantıksal VE şeklinde)</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Değiştiriciler</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>ifade sonuçlara katılmasın</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>ifade ile tam eşleşilsin</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>ifadede kurallı ifade kullanılsın</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Alanlar</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>İfade genel arama karakterleri</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>herhangi biri ile eşleşilsin</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>biri ile eşleşilsin</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>mantıksal VEYA</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Örnekler</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>Yardım ara</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Aramayı kaydet</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>Arama (%1)…</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Büyük-küçük harfe duyarlı</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>Arama seçilmiş grupla sınırlansın</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>DBus adresi</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Yönet</translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation>Dosya adı</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Yönet</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>KeepassXC Freedesktop.org gizli hizmet bütünleşmesi kullanılsın</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>Uygulamalar tarafından parola alındığında bildirim görüntülensin</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu seçenek açıldığında, herhangi bir parola okuma girişimi onaylanmalıdır. Yoksa, veri tabanı kilidi açıldığında uygulamalar parolaları onay almadan okuyabilir.&lt;/p&gt;&lt;p&gt;Bu seçenek yalnızca bir kaydın parolasına erişim iznini kapsar. Uygulamalar her zaman açıkta kalan veri tabanlarının ögelerini öğrenebilir ve özniteliklerini sorgulayabilir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>Uygulamalar parola istediğinde onay sorulsun</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;Bu seçenek çöp
           kutusu ile ilgili soruları kapatmaz&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>Uygulamalar kayıt silmek istediğinde onay sorulsun</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Böylece, önce veri tabanı kilidini açmadan 
           parola arayan belirli uygulamalar ile daha iyi uyumluluk sağlanabilir.&lt;/p&gt;&lt;p&gt;Ancak bu seçenek açıldığında,
           belirli bir süre içinde veri tabanının kilidi açılamazsa uygulama çökebilir. (Genellikle 25s. Ancak uygulamalarda
           farklı bir değer ayarlanmış olabilir.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>Aramadan önce veri tabanı kilidinin açılması istensin</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>Açığa çıkmış veri tabanı grupları:</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Yetki</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>Şu anda bağlı olan uygulamalar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Uyarı:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>Eklentiyi kullanıma almak için yapılmış değişiklikleri kaydedin ve bu bölümü düzenlemeyi açın.</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>KeeShare içe aktarımları kullanılsın</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>İçe aktarma kullanılsın</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>KeeShare dışa aktarımları kullanılsın</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>Dışa aktarma kullanılsın</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>Yalnızca uyarılar ve hatalar görüntülensin</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>Kişisel sertifika</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>İmzalayan:</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>Yeni sertifika oluştur</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Parmak izi:</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>İmzalayan adı alanı</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>Dışa aktarma kapsayıcısı yazılamadı.</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>İçe aktarım tamamlandı</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>% 1 üzerinden içe aktarılamadı (%2)</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>%1 üzerinden içe aktarıldı (%2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 üzerinden içe aktarıldı</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>%2 içinde %1 için birden çok içe aktarma kaynağı yolu var</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>%2 içinde çakışan dışa aktarma hedefi yolu %1</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>%1 üzerine dışa aktarılamadı (%2)</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>%1 üzerine dışa aktarıldı (%2)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>%1 üzerine dışa aktar</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation>Tüm kayıtlar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi geçmiş</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>Kolay parolalar</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>Aramayı sil</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Etiketi sil</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>Etiketi silmeyi onayla</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>&quot;%1&quot; etiketini bu veri tabanındaki tüm kayıtlardan silmek istediğinize emin misiniz?</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>Süreli parola</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>&lt;b&gt;%n&lt;/b&gt; saniye sonra geçersiz olacak</numerusform><numerusform>&lt;b&gt;%n&lt;/b&gt; saniye sonra geçersiz olacak</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>NOT: Bu tek kullanımlık parola ayarları özeldir ve diğer kimlik doğrulayıcılarla çalışmayabilir.</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>QR kodu oluşturulurken bir sorun çıktı.</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>%1 saniye sonra kapatılacak.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>Tek kullanımlık parola kurulumu</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>Gizli anahtar:</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>Gizli anahtar Base32 biçiminde olmalıdır</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>Gizli anahtar alanı</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>Varsayılan ayarlar (RFC 6238)</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Steam® ayarları</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>Özel ayarlar:</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>Özel ayarlar</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritma:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Zaman adımı:</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>Zaman adımı alanı</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> sn</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>Kod boyutu:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation>basamak</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>Tek kullanımlık parola anahtarı geçersiz</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>Yazdığınız gizli anahtar geçersiz. Anahtar Base32 biçiminde olmalı.
Örnek: JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>Tek kullanımlık parola ayarlarını kaldırmayı onayla</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>Bu kayıdın tek kullanımlık parola ayarlarını silmek istediğinize emin misiniz ?</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>Adres geçersiz</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>Güncellemeler denetleniyor</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Güncellemeler denetleniyor…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>Yazılım güncellemesi</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>Güncelleme bilgileri alınırken bir sorun çıktı. Lütfen bir süre sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;Yeni bir sürüm yayınlanmış.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 sürümünü &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;buradan indirebilirsiniz&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>Kullandığınız KeePassXC sürümü güncel</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>Parolalarınızı KeePassXC veri tabanında güvende tutmaya başlayın</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>Yeni veri tabanı oluştur</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>Var olan veri tabanını aç</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>KeePass 1 içe aktar</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>1Password içe aktar</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>CSV içe aktar</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Son veri tabanları</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>Son kullanılan veri tabanını aç</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>KeePassXC %1 sürümüne hoş geldiniz </translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Anahtar kodu geçersiz</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>%1 için zaten bir genel kısayol kaydı var </translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>Genel kısayol kaydı oluşturulamadı</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 arabirimi yok, %2. yuva</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>Genel:</translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>%1 seri numaralı donanım anahtarı arabirimi bulunamadı. Lütfen ilerlemek için anahtarı takın. </translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Donanımsal doğrulayıcıları yenile</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Donanımsal anahtar yuvası seçimi</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>Herhangi bir donanımsal anahtar bulunamadı!</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>Seçilmiş donanımsal anahtar yuvası soru/yanıt özelliğini desteklemiyor!</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>Soru/yanıt</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>Soru/yanıt ekle</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>Soru/yanıtı değiştir</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>Soru/yanıtı kaldır</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>Soru/yanıt ayarlandı. Değiştirmek ya da kaldırmak için tıklayın</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bir &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; ya da &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt; aygıtınız varsa, ek güvenlik sağlamak için kullanabilirsiniz.&lt;/p&gt;&lt;p&gt;Anahtar yuvalarından birinin &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 soru/yanıt&lt;/a&gt; olarak programlanması gerekir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Donanımsal anahtarlar algılanıyor...</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Herhangi bir donanımsal anahtar algılanamadı</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>%1 Belirtilen yuva geçersiz - %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PCSC) %1 [%2] soru/yanıt - %3. yuva</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>YubiKey PCSC arayüzü başlatılamadı.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>Donanımsal anahtar kullanılıyor.</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>%1 seri numaralı donanım anahtarı bulunamadı ya da erişilemiyor. Lütfen ilerlemek için anahtarı takın. </translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>Donanımsal anahtar kilitli ya da zaman aşımına uğramış. İlerlemek için kilidi açın ya da çıkarıp yeniden takın.</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>Donanımsal anahtar bulunamadı ya da yapılandırılmamış.</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>Bir soru/yanıt tamamlanamadı. PCSC hata kodu: %1</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Configured Slot - %3</source>
        <translation>(USB) %1 [%2] yapılandırılmış yuva - %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] soru/yanıt - %3. yuva - %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>Basın</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>Pasif</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>YubiKey USB arayüzü başlatılamadı.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>Donanımsal anahtar kullanılıyor.</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>%1 seri numaralı donanımsal anahtar bulunamadı. Lütfen ilerlemek için anahtarı takın.</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>Kullanıcı etkileşimi beklenirken donanımsal anahtar zaman aşımına uğradı.</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>Donanımsal anahtara erişilirken bir USB sorunu çıktı: %1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>Soru/yanıt tamamlanamadı. Oluşan hata: %1</translation>
    </message>
</context>
</TS>