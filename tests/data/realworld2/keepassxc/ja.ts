<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>KeePassXC について</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このソフトウェアについて</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>バグ報告先: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC は GNU 一般公衆利用許諾書 (GPL) バージョン 2 または (希望によっては) バージョン 3 のいずれかを選択可能な条件のもとで配布されています。</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>プロジェクトメンテナー:</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>KeePassXC チームはオリジナルの KeePassX を作成した debfx に心から感謝します。</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>貢献者</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;GitHub で貢献を確認する&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>デバッグ情報</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>バグを報告するときに以下の情報を &quot;英語で&quot; 含めてください:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeePassXC - アクセス要求</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>存在しない、またはアクセスできない実行パスです。クライアントが正当であるかどうか再確認してください。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;は以下のエントリーへのアクセスを要求しています:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>あなたの選択は、要求したクライアントと KeePassXC の両方が実行されている間は保存されます。</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記憶する</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>選択したものを許可する</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>今後も含めすべて拒否する</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>今後も含めすべて許可する</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>このプログラムを拒否する</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>SSH エージェント統合を有効にする</translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation>Pageant を使用する</translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation>OpenSSH を使用する</translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation>両方のエージェントを使用する</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>SSH_AUTH_SOCK のオーバーライド</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>SSH_AUTH_SOCK の値</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空白)</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>SSH_SK_PROVIDER の値</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>SSH_SK_PROVIDER のオーバーライド</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>SSH エージェントソケットが利用できません。SSH_AUTH_SOCK 環境変数の存在を確認するか、オーバーライドしてください。</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>SSH エージェント接続が動作中です！</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>アプリケーション設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>この設定は、ロック解除時の最小化が有効な場合は使用できません。</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>設定ファイル %1 へのアクセスエラー</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>アイコンのみ</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>テキストのみ</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>アイコンの横にテキスト</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>アイコンの下にテキスト</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>スタイルに準拠</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>モノクロ</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>モノクロ (ライト)</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>モノクロ (ダーク)</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>カラフル</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>新しい言語を設定するには、このアプリケーションを再起動する必要があります。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>設定をリセットしますか？</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>本当に、すべての全般設定とセキュリティ設定を初期設定に戻しますか？</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>バックアップディレクトリーを選択</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>KeePassXC のインスタンスを一つだけ起動する</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>システム起動時に KeePassXC を自動的に起動する</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>ウィンドウを最小化して起動する</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>データベースのロック解除後にウィンドウを最小化する</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>以前使用したデータベースを記憶する</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation>最近使用したファイル</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>起動時に前回開いたデータベースを読み込む</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>データベースキーファイルとセキュリティドングルを記憶する</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>起動時に更新を確認する (週 1 回)</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>ベータ版も確認対象にする</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>次のエントリーをデータベースのロック解除時に表示する</translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>有効期限切れ</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation> 日</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>期限切れまであと </translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>ファイル管理</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>変更するたびに自動的に保存する</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>データベースロック時に自動的に保存する</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>データベースロック時にデータ以外の変更を自動的に保存する</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>外部で編集された際に自動でデータベースを再読み込みする</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>保存する前にデータベースファイルをバックアップする</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>バックアップ先</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation>データベースのバックアップファイルの場所を指定してください。&quot;{DB_FILENAME}&quot; は保存されたデータベースのファイル名から拡張子を取り除いたものに置き換えられます。{TIME:&lt;format&gt;} はバックアップした時刻に置き換えられます。https://doc.qt.io/qt-5/qdatetime.html#toString を確認してください。&lt;format&gt; 既定のフォーマットは &quot;dd_MM_yyyy_hh-mm-ss&quot; です。</translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{DB_FILENAME}.old.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>別の保存方法を使用する (Dropbox、Google Drive、GVFS などで生じる問題が解決する可能性があります)</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>一時ファイルを元の場所に移動する</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>データベースファイルに直接書き込む (危険なオプション)</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>エントリー管理</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>エントリー作成時にグループのアイコンを使用する</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>URL を開いたら最小化する</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>クリップボードにコピーしたらウィンドウを非表示にする</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>背後に移動</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>ファビコンダウンロードのタイムアウト:</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>ウェブサイトアイコンダウンロードのタイムアウトまでの時間 (秒)</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>ユーザーインターフェース</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>ツールバーのボタンのスタイル</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>ツールバーを移動可能にする</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>言語の選択</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>(再起動が必要)</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>ツールバーのボタンのスタイル:</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>パスワードに色を付けて表示する</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>メモに等幅フォントを使用する</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>終了せずに最小化する</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>システムトレイアイコンを表示する</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>トレイアイコンの種類</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>トレイアイコンの種類:</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>最小化した際にシステムトレイへ格納する</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>設定を初期値に戻す…</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>グローバル自動入力のウィンドウ照合にエントリーのタイトルを使用する</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>グローバル自動入力のウィンドウ照合にエントリーの URL を使用する</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>自動入力を行う前に毎回確認する</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>期限切れのエントリーは自動入力しない</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>自動入力実行後に以前ロックしていたデータベースを再ロックする</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>自動入力開始までの遅延:</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>グローバル自動入力のショートカット:</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>自動入力開始までの遅延 (ミリ秒)</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>自動入力の入力時の遅延:</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>グローバル自動入力のショートカット</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>自動入力の文字入力時の遅延 (ミリ秒)</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>最後に入力したエントリーの記憶:</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>データベースロックまでのタイムアウト (秒)</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>指定時間経過後にクリップボードを消去する</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>指定時間経過後に検索クエリを消去する</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>クリップボード消去までの時間 (秒)</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>未操作の時間が続いたらデータベースをロックする</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>利便性</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>データベースのクイック解除を有効にする (Touch ID / Windows Hello)</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>セッションをロックしたりラップトップを閉じた際にデータベースをロックする</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>ウィンドウを最小化したらデータベースをロックする</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>パスワードが表示されていても再入力を要求する</translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>編集時にパスワードを非表示にする</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>空のパスワードフィールドでプレースホルダーを使用する</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>エントリーのプレビューパネルのパスワードを非表示にする</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>エントリーのメモを既定で非表示にする</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>確認なしでエントリーをゴミ箱に移動する</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>ダブルクリックでユーザー名/パスワードエントリーをコピーできるようにする</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>ウェブサイトアイコンのダウンロードに DuckDuckGo のサービスを使用する</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>エントリーのプレビューパネルで、TOTP を非表示にする</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>要求された自動入力シーケンスはエラーにより使用できません:</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>自動入力エラー</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>許可が必要です</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC がエントリーの自動入力を行うにはアクセス許可が必要です。既に許可してある場合は KeePassXC を再起動する必要があります。</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC のグローバル自動入力にはアクセス許可と画面記録許可が必要です。画面記録はウィンドウタイトルを使用してエントリーを見つけるために必要です。既に許可してある場合は KeePassXC を再起動する必要があります。</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>提供されたエントリーが正しくありません</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>余分な { または } があるためカッコによる括りが正常ではありません</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>最大値 %1 を超えるリピート回数を検出しました: %2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>キー押下間隔の最大値は %1 です: %2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>遅延時間の最大値は %1 です: %2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>エントリーに PICKCHARS の属性がありません: %1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>変換形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>変換構文が正しくありません: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>正規表現の構文が正しくありません: %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>無効なプレースホルダーです: %1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空白)</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>既定のシーケンス</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>無効なキーシムを送信しようとしています。</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>シーケンスを中止しました: Caps Lock がオンになっています</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>シーケンスを中止しました: ユーザーが修飾キーを押しています</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>キーの正常なキーコードを取得できません: </translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>自動入力 - KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>行をダブルクリックして自動入力を実行するか、キーワードを入力してエントリーを検索してください:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation>&lt;p&gt;高度な検索クエリを使用して、開いているデータベースから任意のエントリーを検索できます。以下のショートカットが便利です:&lt;br/&gt;
Ctrl+F - データベース検索切り替え&lt;br/&gt;
Ctrl+1 - ユーザー名を入力&lt;br/&gt;
Ctrl+2 - パスワードを入力&lt;br/&gt;
Ctrl+3 - TOTP を入力&lt;br/&gt;
Ctrl+4 - 仮想キーボードを使用 (Windows のみ)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>開いているすべてのデータベースを検索する</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>シーケンスを入力</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>{USERNAME} を入力</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>{PASSWORD} を入力</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>{TOTP} を入力</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>ユーザー名をコピー</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>TOTP をコピー</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>仮想キーボードを使用する</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>KeePassXC - ブラウザーのアクセス要求</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 が次のエントリーへのアクセスを要求しています:</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>チェックしたエントリーへのアクセスを記憶する</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記憶する</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>エントリーへのアクセスを許可する</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>選択したものを許可</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>すべて拒否</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>このサイトを無効化</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>複数のデータベースを開いています。
資格情報を保存する適切なデータベースを選択してください。</translation>
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
        <translation>キャンセル</translation>
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
        <translation type="unfinished"><numerusform></numerusform></translation>
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
        <translation>KeePassXC: 新しいグループを作成</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>新しいグループ &quot;%1&quot; の作成要求を受け取りました。
このグループを作成しますか？
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC: 新しいキーのアソシエーション要求</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>次のデータベースのアソシエーション要求を受け取りました:
%1

次のような、接続用の一意な名前または ID を付けてください:
chrome-laptop.</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>アクセスを許可して保存</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC: 既存のキーを上書きしますか？</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>共有暗号化キー &quot;%1&quot; は既に存在します。
上書きしますか？</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC: エントリーを更新</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>%1 - %2 の情報を更新しますか？</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC: エントリーを削除</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>エントリー &quot;%1&quot; の削除要求を受け取りました。
このエントリーを削除しますか？
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
        <translation>ダイアログ</translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation>このオプションは KeePassXC-Browser からデータベースにアクセスするために必要です</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>ブラウザー統合を有効にする</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>Snap 形式のブラウザーは現在サポートしていません。</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>これらのブラウザーの統合を有効にする:</translation>
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
        <translation>資格情報を要求された際に通知を表示する</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>データベースがロックされている場合はロックの解除を要求する</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>同じスキーム (http://, https://, …) を持つエントリーのみが返されます。</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>URL スキーム (例えば https://example.com) を一致させる</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>ドメイン全体に一致するすべてのエントリーの代わりに、特定の URL に最も一致するエントリーのみが返されます。</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>最も一致する資格情報のみを返す</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>期限切れの資格情報を返します。タイトルに [期限切れ] という文字列が追加されます。</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>期限切れの資格情報を返すことを許可する</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>拡張機能に接続されたすべてのデータベースが一致する資格情報を返します。</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>開いているすべてのデータベースから一致する資格情報を検索する</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>資格情報にアクセスする前に確認しない</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>資格情報を更新する前に確認しない</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>HTTP ベーシック認証でアクセス許可を確認しない</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>文字列フィールドの自動作成や自動更新はサポートしていません。</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>&quot;KPH: &quot; から始まる拡張された文字列フィールドを返す</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>レガシーな KeePassHTTP の設定を移行するためのポップアップを表示しないようにします。</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>KeePassHTTP の設定移行を確認しない</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>起動時に、KeePassXC または keepassxc-proxy のバイナリーパスを自動的に Native messaging スクリプトに更新します。</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>起動時に Native messaging のマニフェストファイルを更新する</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>手動でプロキシをインストールした場合は、カスタムプロキシを使用してください。</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>カスタムプロキシを使用する:</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>カスタムプロキシの場所フィールド</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>カスタムプロキシファイルブラウザー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>ブラウザーの設定の場所を変更する:</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>ブラウザーの種類:</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>ツールバーのボタンのスタイル</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>設定の場所:</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>ブラウザーの場所指定フィールド</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>指定するブラウザーパスを参照する</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>カスタム拡張機能 ID:</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>カスタム拡張機能 ID</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>Snap によってサンドボックス化されているため、&lt;br /&gt;ブラウザー統合を有効にするにはスクリプトを実行する必要があります。&lt;br /&gt;スクリプトは次の場所から入手できます: %1</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>ブラウザー統合の動作には KeePassXC-Browser が必要です。&lt;br /&gt;KeePassXC-Browser は %1 用、%2 用、%3 用の 3 種類あります。%4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>ブラウザー拡張機能を使用するには以下の手順を参照してください</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>実行ファイル</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>カスタムプロキシを選択</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>Native messaging のホストフォルダーの場所を選択</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation>タイトル、URL、UUID を含む keepassxc-proxy に接続されているデータベースのすべてのエントリーの表示を許可する</translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation>接続されたデータベースのすべてのエントリーに制限付きアクセスを許可する (サイトのアクセス制限を無視)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; これらの設定は必要な場合のみ変更してください。</translation>
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
        <translation>エントリーの複製のオプション</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>タイトルに &apos; - 複製&apos; を追加</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>ユーザー名とパスワードを参照で置き換える</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>履歴をコピー</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>CSV フィールドをインポート</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>サイズ、行、列</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>列の関連付け</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>テキスト修飾子</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>テキスト修飾</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>フィールドの区切り</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>コメントの行頭</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>スキップするヘッダー行数</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>破棄するヘッダー行数</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>先頭行がフィールド名を含む</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>エスケープ文字 &apos;\&apos; を考慮する</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>CSV インポートプレビュー</translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>CSV ファイルからインポート</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>元データ: </translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>CSV ファイル内でエラーを検出しました！</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[%n 個のメッセージをスキップしました]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>CSV のインポート: ライターにエラーがあります:
%1</translation>
    </message>
</context>
<context>
    <name>CsvParserModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>file info: bytes, rows, columns</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n バイト</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n 列</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>ファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>データベースの読み込み中にエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>対象のデータベースファイルは正常ではないため、保存できませんでした。</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>既にデータベースの保存作業中です。</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>データベースが初期化されていないため、保存できませんでした。</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>データベースファイルにマージしていない変更があります。</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
データベースのバックアップ場所: %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>キーは変換されません。これはバグなので、開発者への報告をお願いします。</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>ゴミ箱</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>データベースのロックを解除 - KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>KeePassXC データベースのロック解除</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>パスワードを入力してください:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>パスワードフィールド</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>追加の資格情報を入力してください (ある場合のみ):</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>キーファイル:</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;パスワードだけでなくシークレットファイルを使用することで、データベースのセキュリティを向上させることができます。シークレットファイルはデータベースのセキュリティ設定で生成できます。&lt;/p&gt;&lt;p&gt;*.kdbx データベースファイルはシークレットファイル&lt;strong&gt;ではありません&lt;/strong&gt;！&lt;br&gt;キーファイルがない場合、このフィールドは空のままにしてください。&lt;/p&gt;&lt;p&gt;詳細についてはクリックしてください…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>キーファイルのヘルプ</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>ハードウェアキースロットの選択</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>ハードウェアキー:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;スロットを HMAC-SHA1 用に設定した &lt;strong&gt;YubiKey&lt;/strong&gt; や &lt;strong&gt;OnlyKey&lt;/strong&gt; をハードウェアセキュリティキーとして使用できます。&lt;/p&gt;
&lt;p&gt;詳細についてはクリックしてください…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>ハードウェアキーのヘルプ</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>データベースのロックを解除するキーファイル</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>キーファイルを探す</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>ハードウェアトークンを更新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>データベースのロックを解除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>YubiKey にタッチして続行、または YubiKey を正しく設定してください…</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>データベースのバージョンが一致しません</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>開こうとしているデータベースは新しいバージョンの 
KeePassXC によって作成されたと思われます。

開くことはできますが正常に動作するとは限らず、
変更を保存するとデータが失われる恐れがあります。

KeePassXC の更新をお勧めします。</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>とにかくデータベースを開く</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>データベースのロック解除をキャンセルしました。</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>パスワードが未指定なためロックの解除に失敗しました</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>パスワードを入力しなかったため、データベースのロック解除に失敗しました。再試行しますか？

このエラーを防ぐには、&quot;データベースの設定&quot; を開き、&quot;セキュリティ&quot; でパスワードをリセットする必要があります。</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>空のパスワードで再試行</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>キーファイルを開くのに失敗しました: %1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>古いキーファイル形式</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>KeePassXC は将来的に、現在使用中の古いキーファイル形式を&lt;br&gt;サポートしなくなる可能性があります。&lt;br&gt;&lt;br&gt;&lt;strong&gt;データベース &amp;gt; データベースのセキュリティ &amp;gt; キーファイルを変更&lt;/strong&gt;から&lt;br&gt;新しいキーファイルを生成することを検討してください。&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>今後この警告を表示しない</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>キーファイルを選択</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>データベースファイルをキーファイルとして使用することはできません</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>データベースファイルをキーファイルとして使用することはできません。
キーファイルがない場合は、フィールドを空のままにしてください。</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>ハードウェアキーを検出中…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>検出したハードウェアキーはありません</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>ハードウェアキーを選択…</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation type="unfinished"/>
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
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>データベースの資格情報</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>暗号化の設定</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>ブラウザー統合</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>KeePassXC-Browser 設定</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>すべてのブラウザーの接続を切断する</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>エントリーのサイト固有の設定をすべて消去する</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>データベースのルートグループ ID を更新する</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>保存されたキー</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>保存されたブラウザーキー</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>選択したキーを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>選択したキーを削除しますか？</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>本当に選択したキーを削除しますか？
ブラウザープラグインに接続できなくなります。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>これらの設定にアクセスするには、ブラウザー統合を有効にしてください。</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>本当にすべてのブラウザーを切断しますか？
ブラウザープラグインに接続できなくなります。</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC: キーが見つかりません</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>KeePassXC の設定内に共有暗号化キーは見つかりませんでした。</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC: データベースからキーを削除しました</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>KeePassXC の設定から %n 個の暗号化キーを正常に削除しました。</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>本当にエントリー毎のサイト固有の設定をすべて消去しますか？
エントリーへのアクセス権が取り消されます。</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>保存されているアクセス許可を削除しています…</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC: アクセス許可を削除しました</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>%n 個のエントリーからアクセス許可を正常に削除しました。</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC: アクセス許可があるエントリーは見つかりません</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>アクティブなデータベースにはアクセス許可があるエントリーは含まれていません。</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>データベース ID を更新</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>本当にデータベース ID を更新しますか？
これはデータベースが別のデータベースのコピーで、ブラウザー拡張機能が接続できない場合にのみ必要です。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>保護を追加…</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>パスワードを設定していません</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>[警告] パスワードを設定していません。パスワードなしでのデータベースの使用は極力避けるべきです。

パスワードなしで続行してもよろしいですか？</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>パスワードなしで続行</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>追加した暗号化キーはありません</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>データベースをセキュアにするには、暗号化キーを少なくとも一つ追加する必要があります。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラーです</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>データベースの資格情報の変更に失敗しました</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>復号化時間:</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>復号化時間 (秒)</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>値が大きいほど保護力が増しますが、データベースを開くのに時間がかかるようになります。</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>データベースの形式:</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>データベースの形式</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>形式を変換できません: KDBX 4 の機能を使用しているデータベースです</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>他のプログラムでデータベースを開く予定がない場合は常に最新形式を使用してください。</translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>暗号化アルゴリズム:</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>暗号化アルゴリズム</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES: 256 ビット (既定)</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish: 256 ビット</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>鍵導出関数:</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>鍵導出関数</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>変換回数:</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>変換回数</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>メモリ使用量:</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>メモリ使用量</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>並列処理:</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>並列処理</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4 (推奨)</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>ラウンド数が大きすぎます</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>Argon2 のキー変換ラウンド数に非常に大きな値を使用しています。

この値を維持すると、データベースを開くのに数時間または数日、あるいはそれ以上かかる可能性があります。</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>理解した上で値を維持する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>ラウンド数が小さすぎます</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>AES-KDF のキー変換ラウンド数に非常に小さな値を使用しています。

この値を維持すると、データベースをブルートフォース攻撃から守ることができません。</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>KDF は変更しません</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>新しい KDF のパラメーターでのキー変換に失敗しました。KDF を変更しません。</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform> スレッド</numerusform></translation>
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
        <translation>詳細設定</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>公開するエントリー</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>このデータベースを公開しない</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>このグループ下のエントリーを公開する:</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>これらの設定にアクセスするには、シークレットサービスを有効にしてください。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>データベースのメタデータ</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>データベース名:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>データベース名フィールド</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>データベースの概要:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>データベースの概要フィールド</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>既定のユーザー名:</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>既定のユーザー名フィールド</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>履歴の設定</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>エントリー毎の履歴アイテムの最大数</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>エントリー毎の履歴の最大サイズ</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>ゴミ箱を使用する</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>追加のデータベース設定</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>圧縮を有効にする (推奨)</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>ゴミ箱を削除</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>ゴミ箱とその内容を削除しますか？
これは元に戻すことができません。</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (旧)</translation>
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
        <translation type="unfinished"/>
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
        <translation type="unfinished"/>
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
        <translation> 分</translation>
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
        <translation>共有</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>階層リンク</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>最終署名者</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
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
        <translation>カスタムアイコンの管理</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>選択したアイコンを削除</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>エントリーやグループで使用していないカスタムアイコンをすべて削除する</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>未使用アイコンを除去</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>選択したアイコンの中に、エントリーやグループで現在使用中のものが含まれています。それらはすべて既定のアイコンに置き換えられます。本当に現在使用中のアイコンを削除しますか？</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>カスタムアイコンは使用中です</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation>すべてのカスタムアイコンがいずれかのエントリーまたはグループで使用中です。</translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>未使用アイコンを除去しました</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>データベースから %n 個のアイコンを除去しました。</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>データベース名:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>データベース名フィールド</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>データベースの概要フィールド</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>データベース作成エラー</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>作成したデータベースはキーや KDF がないため保存しません。
これは確実にバグなので、開発者への報告をお願いします。</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 データベース</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>%1 は存在しないかアクセス可能ではないため、開くのに失敗しました。</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>CSV ファイルを選択</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>データベースをマージする</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>KeePass 1 データベース</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>KeePass 1 データベースを開く</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>OPVault を開く</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>データベースを CSV ファイルへエクスポート</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>CSV ファイルへの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>HTML ファイルへの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>データベースを XML ファイルへエクスポート</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>XML ファイル</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>XML ファイルの書き込みに失敗しました</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>エクスポートの確認</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>データベースを暗号化せずにファイルへエクスポートしようとしています。これはパスワードや機密情報が脆弱な状態に置かれることを意味します。続行してもよろしいですか？</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [新しいデータベース]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [ロック]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>検索とタグ</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>共有グループ…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>自動入力の確認</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>直前にアクティブだったウィンドウに自動入力しますか？</translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>コマンドを実行しますか？</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>本当に次のコマンドを実行しますか？&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>選択を記憶する</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>本当にグループ &quot;%1&quot; を永久に削除しますか？</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>グループをゴミ箱に移動しますか？</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>本当にグループ &quot;%1&quot; をゴミ箱に移動しますか？</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>期限切れのエントリー</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>%1 日以内に期限切れとなるエントリー</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>現在のデータベースはありません。</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>ソースデータベースはありません。行うべきことはありません。</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>データベースファイルを正常にマージしました。</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>データベースはマージ処理で更新されませんでした。</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>検索結果 (%1)</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save Search</source>
        <translation>検索語を保存</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>データベースをロックしますか？</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>エントリーを編集中です。変更を破棄してロックしてもよろしいですか？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>&quot;%1&quot; が更新されました。
変更を保存しますか？</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>データベースが更新されました。
変更を保存しますか？</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>変更を保存しますか？</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>ファイルが変更されました</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>データベースファイルが変更されました。変更を読み込みますか？</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>マージリクエスト</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>データベースファイルが変更され、保存されていません。
変更をマージしますか？</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>自動再読み込みしようとした際に、新しいデータベースファイルを開くことができませんでした。
エラー: %1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>安全な保存を無効にしますか？</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>KeePassXC はデータベースの多段階保存に失敗しました。これは恐らく、保存するファイルをロックしているファイル同期サービスが原因だと思われます。
安全な保存を無効にして再試行しますか？</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>データベースへの書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>ファイル名をつけてデータベースを保存</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 データベース</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>データベースのバックアップを保存</translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>ゴミ箱を空にしますか？</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>ゴミ箱にある全項目を永久に削除してもよろしいですか？</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>データベースファイルが見つかりませんでした: %1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>エントリー</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>ブラウザー統合</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;empty URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>この URL を削除してもよろしいですか？</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH エージェント</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(暗号化)</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>秘密鍵を選択</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>エントリーの履歴</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>エントリーを追加</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>エントリーを編集</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>一部のブラウザー統合設定はグループ設定によって上書きされます。</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>不正なエントリー</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>外部でのマージ処理によって、このエントリーは無効化されました。
申し訳ありませんが、行った変更はすべて失われました。</translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>自動入力検証エラー</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>カスタム自動入力シーケンスの検証中にエラーが発生しました:
%1
修正しますか？</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>&quot;%1&quot; の自動入力シーケンスの検証中にエラーが発生しました:
%2
修正しますか？</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>エントリーを正常に更新しました。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>このエントリーの変更を保存しますか？</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>新しい属性</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>新しい属性 %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>この属性を削除してもよろしいですか？</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[保護] 表示または編集する場合は開示をクリックしてください</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n 時間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n 週間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n ヶ月</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n 年</numerusform></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>追加属性</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>属性の選択</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>属性値</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>新しい属性を追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>選択した属性を削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>属性名を編集</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>名前を編集</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>属性の保護を切り替え</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>保護された属性を表示</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>チェックを入れると、エントリーが品質要件を満たしていなくても「健全性の確認」や「HIBP」に表示されなくなります。</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>データベースのレポートから除外する</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>文字色:</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>前景色の選択</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>背景色:</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>背景色の選択</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>このエントリーの自動入力を有効にする</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>自動入力シーケンスをグループから引き継ぐ</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>カスタム自動入力シーケンスを使用する:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>カスタム自動入力シーケンス</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>自動入力のヘルプウェブページを開く</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>ウィンドウの関連付け</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>既存のウィンドウ関連付け</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>新しいウィンドウ関連付けを追加</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>選択したウィンドウ関連付けを削除</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>ウィンドウタイトル:</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>アスタリスク (*) を使用するとすべてに一致させることができます</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>ウィンドウ関連付けのタイトルを設定</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>アスタリスクを使用するとすべてに一致させることができます</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>この関連付けに特定のシーケンスを使用する:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>このウィンドウのカスタム自動入力シーケンス</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>これらの設定はエントリーの挙動 (ブラウザー拡張機能) に影響します。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>このエントリーをブラウザー拡張機能から隠す</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>このエントリーの自動送信をスキップする</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>この設定をブラウザーの HTTP 認証ダイアログにのみ送信します。有効になっている場合、このエントリーは通常のログインフォームには表示されません。</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>このエントリーは HTTP ベーシック認証でのみ使用する</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation>この設定をブラウザーの HTTP 認証ダイアログに送信しません。有効になっている場合、このエントリーは HTTP 認証ダイアログには表示されません。</translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>このエントリーは HTTP ベーシック認証で使用しない</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>追加の URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>エントリーの履歴の選択</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>選択した履歴の時点でのエントリーの状態を表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>エントリーを選択した履歴の状態に復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>選択した履歴を削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>すべての履歴を削除</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>すべて削除</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>エントリーを編集</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>メモフィールド</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>ユーザー名フィールド</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>有効期限フィールド</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>有効期限のプリセット</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>有効期限のプリセット</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>URL フィールド</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>URL 用のファビコンをダウンロード</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>タイトルフィールド</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>パスワードフィールド</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>有効期限を切り替え</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>タグ一覧</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>データベースを閉じたりロックした際にエージェントからキーを削除する</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>データベースを開いたりロックを解除した際にエージェントにキーを追加する</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>復号</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>外部キーファイル</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>エージェントに追加</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>エージェントから削除</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>外部ファイル</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>キーファイルブラウザー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>添付ファイルを選択</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>このキーを使用する際に必ずユーザーに確認する</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>次の時間が過ぎたらエージェントからキーを削除</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>指定秒経過後にエージェントからキーを削除</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>グループを追加</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>グループを編集</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>グループに未保存の変更があります</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>ブラウザー統合</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>親グループ &quot;(%1)&quot; から引き継ぐ</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>これらの設定はグループの挙動 (ブラウザー拡張機能) に影響します。</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>ブラウザー拡張機能からエントリーを隠す:</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>これとサブグループのエントリーをブラウザー拡張機能から隠すかどうかを切り替える</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>エントリーの自動送信をスキップ:</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation>これとサブグループの自動送信をスキップするかどうかを切り替える</translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>エントリーを HTTP ベーシック認証でのみ使用:</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation>これとサブグループを HTTP 認証のみにするかどうかを切り替える</translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>エントリーを HTTP ベーシック認証で使用しない:</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation>これとサブグループで HTTP 認証を使用しないかどうかを切り替える</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation type="unfinished"/>
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
        <translation>共有モードフィールド</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>パスワードフィールド</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>共有ファイルパスフィールド</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>共有ファイルを探す</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>フィールドを消去</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>このバージョンの KeePassXC はこのコンテナ形式の共有をサポートしていません。
サポートしている拡張機能: %1.</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 は既にこのデータベースでエクスポート済みです。</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 は既にこのデータベースでインポート済みです。</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 は既にこのデータベースの他のグループでインポート/エクスポート済みです。</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare は現在無効です。設定でインポートとエクスポートを有効にできます。</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>現在データベースのエクスポートは設定で無効になっています。</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>現在データベースのインポートは設定で無効になっています。</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>KeeShare コンテナ</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>KeeShare 署名コンテナ</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>インポートソースを選択</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>エクスポート対象を選択</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>インポート/エクスポートファイルを選択</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>グループを編集</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>有効期限を切り替え</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>名前フィールド</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>有効期限フィールド</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>親グループの既定の自動入力シーケンスを使用する</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>自動入力:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>これとサブグループの自動入力を切り替え</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>既定の自動入力シーケンスフィールド</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>メモフィールド</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前: </translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>既定の自動入力シーケンスを設定する</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>これとサブグループの検索を切り替え</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>既定のアイコンから選択</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>カスタムアイコンから選択</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>アイコンを選択…</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>ファビコンの検索に使用する URL を設定する</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>ファビコンの URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>URL 用のファビコンをダウンロード</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>ファビコンをダウンロード</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>選択したアイコンをサブグループとエントリーに適用</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>アイコンを適用…</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>このグループにのみ適用</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>子グループにも適用</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>子エントリーにも適用</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>すべての子にも適用</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>ファビコンを取得できません。</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>ツール -&gt; 設定 -&gt; セキュリティで DuckDuckGo ウェブサイトアイコンサービスを有効にできます</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>選択したアイコンは既存です。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>画像を選択</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>%1 / %n 個のアイコンが正常に読み込まれました</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>アイコンが読み込まれていません</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>%n 個のアイコンがデータベース内に既に存在します</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>次のアイコンの読み込みに失敗しました:</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>編集日時:</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>アクセス日時:</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>アクセス日時</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>固有 ID</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>プラグインデータ</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>プラグインデータ</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>選択したプラグインデータを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>プラグインデータを削除しますか？</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>本当に選択したプラグインデータを削除しますか？
プラグインの動作に影響を及ぼす可能性があります。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - 複製</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>ファイル &quot;%1&quot; を開けません</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>新しい添付ファイルを追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>選択した添付ファイルを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>選択した添付ファイルの名前を変更</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>選択した添付ファイルを開く</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>選択した添付ファイルをディスクに保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>削除の確認</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>%n 個の添付ファイルを削除してもよろしいですか？</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>ディレクトリを作成できません:
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>既存のファイル &quot;%1&quot; を上書きしてもよろしいですか？</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>上書きの確認</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>添付ファイルを保存できません:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>添付ファイルを開けません:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>添付ファイルを開けません:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>ファイルを開けません:
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>添付ファイルの上書きの確認</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>添付ファイル &quot;%1&quot; は既に存在します。
既存の添付ファイルを上書きしますか？</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>添付の確認</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 は大きいファイル (%2 MB) です。
データベースが非常に大きくなりパフォーマンスが低下する可能性があります。

このファイルを追加しますか？</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>添付ファイルが更新されました</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>添付ファイル &apos;%1&apos; が更新されました。
データベースに変更を保存しますか？</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>添付ファイルの保存に失敗しました</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>更新された添付ファイルの保存に失敗しました。
エラー: %1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>現行 (%1)</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>変更箇所</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>カスタムデータ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation>参照: </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>編集日時</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>アクセス日時</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>エントリーのタイトル</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>パスワードの強度</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>エントリーのメモ</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>エントリーの期限</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>最終アクセス日時</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>エントリーのサイズ</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>添付ファイルの有無</translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation>TOTP の有無</translation>
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
        <translation>現在の TOTP 値を表示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>タグ一覧</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>既定のシーケンス</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
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
        <translation>無効な URL</translation>
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
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>内容に合わせる</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>規定値に戻す</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>エクスポートオプション</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>エントリーを並べ替え...</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>データベースを暗号化せずにファイルへエクスポートしようとしています。
これはパスワードや機密情報が脆弱な状態に置かれることを意味します！
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>データベースの並び順</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>名前 (昇順)</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>名前 (降順)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>データベースを HTML ファイルへエクスポート</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>HTML ファイル</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>メッセージの配信に失敗しました</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>DBus で返信に失敗しました</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation>&lt;i&gt;PID: %1, 実行ファイル: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>別のシークレットサービスが実行中です (%1)。&lt;br/&gt;シークレットサービス統合を再有効化する前に実行中のものを停止/削除してください。</translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>%1 で DBus サービスの登録に失敗しました。&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>パス &apos;%1&apos; で DBus のサービスの登録に失敗しました</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前で DBus のデータベースの登録に失敗しました</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>パス &apos;%1&apos; で DBus のセッションの登録に失敗しました</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>パス &apos;%1&apos; で DBus のアイテムの登録に失敗しました</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>データベース &quot;%2&quot; のエントリー &quot;%1&quot; が %3 に使用されました</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n 個のエントリーが %1 に使用されました</numerusform></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>存在しない、またはアクセスできない実行パスです。クライアントが正当であるかどうか再確認してください。</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>ロックを解除して表示</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
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
        <translation>&lt;b&gt;Fdo シークレットサービス:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[空]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - 複製</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>オンラインパスワード検証に失敗しました</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>ファビコンをダウンロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>アイコンのダウンロードに問題がありましたか？
設定のセキュリティセクションで DuckDuckGo ウェブサイトアイコンサービスを有効にできます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>エントリー一覧を処理中です、しばらくお待ちください…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>ダウンロードに失敗しました</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>ファビコンをダウンロード中 (%1/%2)…</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>データベースのヘッダーがありません</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>データベースキーを計算できません</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>チャレンジレスポンスを発行できません: %1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>不正な資格情報です。再試行してください。
これが再発した場合は、データベースファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>ヘッダーがハッシュと一致しません</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>ヘッダー ID サイズが不正です</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation type="unfinished"/>
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
        <translation>対称暗号の初期化ベクトルのサイズが不正です。</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>チャレンジレスポンスを発行できません: %1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>データベースキーを計算できません</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>データベースのヘッダーがありません</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>データベースキーを計算できません: %1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>ヘッダーのチェックサムサイズが不正です</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>ヘッダー SHA256 が一致しません</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>不正な資格情報です。再試行してください。
これが再発した場合は、データベースファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>(HMAC が一致しません)</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>不明な暗号です</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>ヘッダー ID サイズが不正です</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>ヘッダーの KDF パラメーターのバッファーを開くのに失敗しました</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>サポートしていない鍵導出関数 (KDF) または不正なパラメーターです</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>KDBX4 ファイル内にレガシーなヘッダーフィールドが見つかりました。</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>内部ヘッダー ID サイズが不正です</translation>
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
        <translation>内部ヘッダーバイナリーサイズが不正です</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>サポートしていないバージョンの KeePass VariantMap です。</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap のエントリー名の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap のエントリー名データが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap のエントリー値の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap のエントリー値データが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap の Bool エントリー値の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap の Int32 エントリー値の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap の UInt32 エントリー値の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap の Int64 エントリー値の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap の UInt64 エントリー値の長さが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap のエントリータイプが不正です</translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>VariantMap のフィールドタイプのサイズが不正です</translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>対称暗号アルゴリズムが不正です。</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>対称暗号の初期化ベクトルのサイズが不正です。</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>データベースキーを計算できません: %1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>KDF パラメーター VariantMap のシリアル化に失敗しました</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>暗号の UUID の長さが不正です: %1 (長さ = %2)</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>UUID を解析できません: %1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>サポートしていない暗号です</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation>圧縮フラグの長さが不正です</translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>サポートしていない圧縮アルゴリズムです</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation>Master Seed のサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Transform Seed のサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>変換回数のサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation>StreamStartBytes のサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation>Random Stream ID のサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation>内部 Random Stream 暗号が不正です</translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>データベースファイルの読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>選択したファイルは古い KeePass 1 のデータベース (.kdb) です。

データベース &gt; &apos;KeePass 1 データベースをインポート…&apos; をクリックすることでインポートできます。
これは一方向の移行操作であり、インポートしたデータベースは古いバージョンである KeePassX 0.4 では開くことはできません。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>KeePass データベースではありません。</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>サポートしていないバージョンの KeePass 2 データベースです。</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>XML の構文解析エラー: %1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>ルートグループがありません</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>XML エラー:
%1
%2 行、%3 列</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>アイコンの UUID またはデータがありません</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>カスタムデータの Key または Value がありません</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>グループ要素が複数あります</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>グループの UUID が NULL です</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>グループのアイコン番号が不正です</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>EnableAutoType の値が不正です</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>EnableSearching の値が不正です</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>グループの UUID が見つかりません</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation>DeleteObject の UUID が NULL です</translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>DeletedObject の UUID または DeletionTime がありません</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>エントリーの UUID が NULL です</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>エントリーのアイコン番号が不正です</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>履歴エントリー内に履歴要素が存在します</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>エントリーの UUID が見つかりません</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>履歴要素の UUID が異なります</translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>重複したカスタム属性が見つかりました</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>エントリーの文字列 Key または Value がありません</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>エントリーのバイナリー Key または Value がありません</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>自動入力の関連付けウィンドウまたは自動入力シーケンスがありません</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>真偽値が不正です</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>日時が不正です</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>色が不正です</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>色の RGB が不正です</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>数値が不正です</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>UUID の値が不正です</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>バイナリーを展開できません</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>KeeAgent の設定ファイル構造が不正です。</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>秘密鍵は添付ファイルですが、添付ファイルは提供されていません。</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>秘密鍵が空です</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>ファイルが大きすぎるため秘密鍵にできません</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>秘密鍵を開くのに失敗しました</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>KeePass1 データベースをインポート</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>データベースを開けません。</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>キーファイルを読み取れません。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>KeePass データベースではありません。</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>サポートしていない暗号化アルゴリズムです。</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>サポートしていないバージョンの KeePass データベースです。</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Encryption IV (暗号化初期化ベクトル) を読み取れません</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>グループの数が不正です</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>エントリーの数が不正です</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>コンテンツハッシュサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Transform Seed のサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>変換回数が不正です</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>グループツリーを構成できません</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>データベースキーを計算できません</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>内容の位置にシークできません</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>不正な資格情報です。再試行してください。
これが再発した場合は、データベースファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>キー変換に失敗しました</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation>グループのフィールドタイプ数が不正です</translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>グループのフィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation>読み込んだグループのフィールドデータはサイズが一致しません</translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation>グループの ID フィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation>グループの作成日時フィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation>グループの編集日時フィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation>グループのアクセス日時フィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation>グループの有効期限フィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>グループのアイコンフィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>グループのレベルフィールドサイズが正しくありません</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>グループのフィールドタイプが不正です</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>グループの ID またはレベルがありません</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation>エントリーのフィールドタイプ番号がありません</translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>エントリーのフィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>読み込んだエントリーのフィールドデータはサイズが一致しません</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation>エントリーの UUID フィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>エントリーのグループ ID フィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>エントリーのアイコンフィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>エントリーの作成日時フィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>エントリーの編集日時フィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>エントリーの期限日時フィールドサイズが不正です</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>エントリーのフィールドタイプが不正です</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>共有の参照が不正です</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>共有 %1 は非アクティブです</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 からインポートしました</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>%1 と同期しました</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>インポートは設定で無効になっています</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>エクスポートは設定で無効になっています</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>非アクティブな共有</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>同期</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>キーコンポーネント</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>キーコンポーネントの概要</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation>キーコンポーネントの設定 (変更か削除をクリックしてください)</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>新しいキーファイルを生成</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>データベースを保護するための新しいキーファイルを生成するか、既存のキーファイルを選択してください。</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>備考: 内容が変更される可能性があるファイルを使用すると、データベースのロックを解除できなくなる恐れがあります。</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>キーファイルを探す</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>古いキーファイル形式</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>KeePassXC は将来的に、選択した古い形式のキーファイルを&lt;br&gt;サポートしなくなる可能性があります。&lt;br&gt;&lt;br&gt;代わりに新しいキーファイルを生成することを検討してください。</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>キーファイル &apos;%1&apos; の読み込み時にエラーが発生しました
メッセージ: %2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>キーファイルを追加</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>キーファイルを変更</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>キーファイルを削除</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>キーファイルの設定 (変更か削除をクリックしてください)</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;セキュリティ対策でランダムバイトを含むキーファイルを追加できます。&lt;/p&gt;&lt;p&gt;キーファイルは誰にも知られず、絶対に無くさないよう注意してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>キーファイルを作成…</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>キーファイル作成時にエラーが発生しました</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>キーファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>キーファイルを選択</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>不正なキーファイルです</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>現在のデータベース自身をキーファイルにすることはできません。他のファイルを選択するか、新しいキーファイルを生成してください。</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>怪しいキーファイルです</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>選択したキーファイルはパスワードデータベースファイルだと思われます。キーファイルは絶対に変更されることがない、静的なファイルである必要があります。変更される可能性があるファイルでは、データベースに永久にアクセスできなくなる恐れがあります。
このファイルで続行してもよろしいですか？</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>不正なキーコードです</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>既に %1 に登録されているグローバルショートカットです</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>グローバルショートカットを登録できませんでした</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>最近使用したデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>エントリー(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>属性をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このソフトウェアについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>更新を確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>データベースを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>データベースを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新しいデータベースを作成</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>データベースからマージ(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>別の KDBX データベースからマージ</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>新しいエントリー(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>新しいエントリーを追加</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>エントリーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>エントリーを編集または表示</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>エントリーを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>新しいグループ(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>新しいグループを追加</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>グループを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>グループを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>すべてのファビコンをダウンロード(&amp;F)…</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>並べ替え (A-Z)(&amp;A)</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>並べ替え (Z-A)(&amp;Z)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>データベースを別名で保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>データベースのセキュリティ(&amp;S)…</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>データベースのレポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>統計や健全性の確認など。</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>データベースの設定(&amp;D)…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>データベースの設定</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>エントリーを複製(&amp;C)…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上に移動(&amp;P)</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>エントリーを一つ上に移動する</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下に移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>エントリーを一つ下に移動する</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>ユーザー名をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>ユーザー名をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>パスワードをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>パスワードをクリップボードにコピー</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>パスワード生成(&amp;P)</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>自動入力を実行(&amp;A)</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>ファビコンをダウンロード(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>URL を開く(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>データベースをロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>すべてのデータベースをロック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>タイトルをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>URL をクリップボードにコピー</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>メモをクリップボードにコピー</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>CSV ファイル(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>HTML ファイル(&amp;H)…</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>KeePass 1 データベース…</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>KeePass 1 データベースをインポート</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password 保管庫…</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>1Password 保管庫をインポート</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>CSV ファイル…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV ファイルをインポート</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>TOTP を表示</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>QR コードを表示</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>TOTP の設定…</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>TOTP をコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>パスワードと TOTP をコピー</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>ゴミ箱を空にする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>寄付(&amp;D)</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>バグを報告(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>スタートガイド(&amp;G)</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>スタートガイドを開く</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>オンラインヘルプ(&amp;O)</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>オンラインドキュメントを開く</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>ユーザーガイドを開く</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>データベースのバックアップを保存…</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>SSH エージェントに鍵を追加</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>SSH エージェントから鍵を削除</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>コンパクトモード</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>クラシック (プラットフォームネイティブ)</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>ツールバーを表示</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>プレビューパネルを表示</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>常に最前面に表示</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>ユーザー名を隠す</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>グループを複製...</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>XML ファイル(&amp;X)…</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>XML ファイル…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>設定ファイル %1 へのアクセスエラー</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>今後このバージョンについては表示しない</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>警告: KeePassXC の開発版を使用しています。
データベース破損の危険性が高いため、バックアップを維持します。
このバージョンは正式版ではありません。</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>備考: KeePassXC のプレリリース版を使用しています。
複数のバグや小さな問題点が残っている可能性があります。これはテスト目的のバージョンです。</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>警告: オンスクリーンキーボード使用時に、Qt のバージョンが原因で KeePassXC がクラッシュする可能性があります。
KeePassXC の配布ページから AppImage をダウンロードして使用することをお勧めします。</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>タグなし</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>起動時に更新を確認しますか？</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>KeePassXC 起動時に更新を確認しますか？</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>更新の確認はいつでもメニューから手動で実行できます。</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>ウィンドウ切替</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>KeePassXC を終了</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>YubiKey にタッチして続行、または YubiKey を正しく設定してください…</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>アプリケーションを再起動しますか？</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>設定を適用するには、このアプリケーションを再起動する必要があります。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation type="unfinished"/>
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
        <translation>データベースの設定</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>データベースの設定を編集</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>データベースのロックを解除</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>データベースのロックを解除してより詳しい情報を表示</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>データベースをロック</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>このアプリケーションを切断</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>存在しない %1 [%2] を作成</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>%1 [%2] を移転</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>%1 [%2] を上書き</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>データベース &quot;%1&quot; からマージした古いエントリー</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>古いターゲット %1 [%2] のバックアップを追加</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>古いソース %1 [%2] のバックアップを追加</translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>古いターゲットのエントリーを新しいソース %1 [%2] のトップに再適用</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>古いソースのエントリーを新しいターゲット %1 [%2] のトップに再適用</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>新しいソース %1 [%2] から同期</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>古いソース %1 [%2] から同期</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>子要素 %1 [%2] を削除</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>親要素がない %1 [%2] を削除</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>削除したオブジェクトを変更</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>存在しないアイコン %1 を追加</translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>カスタムデータ %1 [%2] を削除</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>カスタムデータ %1 [%2] を追加</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>新しい KeePassXC データベースを作成…</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>ルート</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>ウィザードページ</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>暗号化の設定</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>ここではデータベースの暗号化設定を調整できます。この設定は後からデータベースの設定で変更できます。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>データベースの資格情報</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>あなたしか知らない資格情報がデータベースを保護します。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>暗号化の設定</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>ここではデータベースの暗号化設定を調整できます。この設定は後からデータベースの設定で変更できます。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>データベースの全般情報</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>新しいデータベースの名前と、必要な場合は説明文を入力してください:</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>パスワードマネージャー</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>既に %1 に登録されているグローバルショートカットです</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>グローバルショートカットを登録できませんでした</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>ヘッダーがない不正な OpData01 です</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>%1 / 16 しか取得できなかったため IV を読み取れません</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>opdata01 の暗号を init できません: %1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>HMAC 署名を読み取れません</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>HMAC の失敗による不正な OpData01 です</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>clearText をインプレース処理できません</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>期待される clear-text のサイズは %1 バイトですが %2 バイトしかありませんでした</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>データベースの読み取りはインスタンスをプロデュースしませんでした
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>ディレクトリ .opvault が存在する必要があります</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>ディレクトリ .opvault は読み取り可能である必要があります</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>ディレクトリ .opvault/default が存在する必要があります</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>ディレクトリ .opvault/default は読み取り可能である必要があります</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>masterKey をデコードできません: %1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>マスターキーを導出できません: %1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>OpenSSH の鍵ではない不正なキーファイルです</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>PEM のバウンダリーが不一致です</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>Base64 のデコードに失敗しました</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>キーファイルが小さすぎます。</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>キーファイルのマジックヘッダー ID が不正です</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>キーが 0 です</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>公開鍵の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>キーファイルが破損しているため秘密鍵の読み取りに失敗しました</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>サポートしていない鍵の種類です: %1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>復号する秘密鍵のデータがありません</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>不明な暗号です: %1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>この鍵を復号するパスフレーズが必要です</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>鍵導出に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>暗号初期化ベクトルが MD5 KDF に対して短すぎます</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>不明な KDF です: %1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>暗号の初期化に失敗しました: %1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>復号化に失敗しました: %1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>復号化に失敗しました。パスフレーズが間違っていませんか？</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>鍵の読み取り中に予期しない EOF がありました</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>鍵の一部をサポートしていません</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>公開鍵の読み取り中に予期しない EOF がありました</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>不明な鍵の種類です: %1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>秘密鍵の読み取り中に予期しない EOF がありました</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>公開鍵が空欄のままでは保存できません</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>公開鍵の書き込み時に予期しない EOF がありました</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>秘密鍵が空欄のままでは保存できません</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>秘密鍵の書き込み時に予期しない EOF がありました</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
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
        <translation>キャンセル</translation>
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
        <translation>グループ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
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
        <translation>インポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
        <translation>すべてのファイル</translation>
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
        <translation>パスワードを入力してください:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>パスワードフィールド</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>パスワード再入力フィールド</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>パスワードを追加</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>パスワードを削除</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>パスワードの設定 (変更か削除をクリックしてください)</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;パスワードはデータベースを保護するための基本的手段です。&lt;/p&gt;&lt;p&gt;長くて複雑なパスワードが良いパスワードとされています。KeePassXC に生成させることも可能です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>パスワードを生成</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>強度</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>エントロピー</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>生成されたパスワード</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>パスワードを再生成</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>長さ(&amp;L):</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>パスワード長</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>詳細モードに切り替え</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>文字種</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>特殊文字</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引用符</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>句読点</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>ダッシュやスラッシュ</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>数式シンボル</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>拡張 ASCII</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>括弧</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>次を除外:</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>パスワード生成に使用する追加の文字</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>追加の文字</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>&quot;除外&quot; リストに非16進数の文字列を追加</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>16進数パスワード</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16進数</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>生成されたパスワードから文字集合を除外する</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>除外される文字</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>次からも選択:</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>除外される文字: &quot;0&quot;、&quot;1&quot;、&quot;l&quot;、&quot;I&quot;、&quot;O&quot;、&quot;|&quot;、&quot;﹒&quot;</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>よく似た文字を除外する</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>すべてする全ての文字種から文字を選ぶ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>単語の区切り文字:</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>単語リスト:</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>単語数:</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>文字数:</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>単語の大小文字:</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>選択した単語リストを削除</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>カスタム単語リストを追加</translation>
    </message>
    <message>
        <source>character</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>パスワードを適用</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>パスワードを再生成 (%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>先頭文字のみ大文字</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(システム)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>エントロピー: %1 ビット</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>パスワードの品質: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>貧弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>良い</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>すばらしい</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>単語リストの削除の確認</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>本当に単語リスト &quot;%1&quot; を削除しますか？</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>単語リストの削除に失敗しました</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>単語リスト</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>カスタム単語リストを選択</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>単語リストを上書きしますか？</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>単語リスト &quot;%1&quot; はカスタム単語リストとして既に存在します。
上書きしますか？</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>単語リストの追加に失敗しました</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>表語文字</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>特殊文字</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>パスワードが一致しません</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>今の所パスワードは一致しています</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>パスワードを切り替え (%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>パスワードを生成 (%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>警告: Caps Lock が有効になっています！</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>品質: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>貧弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>良い</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>すばらしい</translation>
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
        <translation>KeePassXC - 文字を選択</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>入力する文字を選択してください。矢印キーと Ctrl + S で操作できます。</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>文字間で Tab を押す(&amp;T)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空にする</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>データベースを開いていません</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>データベースハッシュが利用できません</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>クライアントの公開鍵を受信しませんでした</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>メッセージを復号できません</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>アクションがキャンセルまたは拒否されました</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>メッセージの暗号化に失敗しました。</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>KeePassXC のアソシエーションに失敗しました。再試行してください。</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>暗号化キーが認識されません</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>不正確なアクションです</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>空のメッセージを受信しました</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>URL がありません</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>ログイン情報が見つかりません</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>グループが見つかりません</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>新しいグループを作成できません</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>提供された UUID が不正です</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラーです</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>ブラウザー統合</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>ブラウザープラグインエラー</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>%1 用の Native messaging スクリプトファイルを保存できませんでした。</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>エントリーのユーザー名。</translation>
    </message>
    <message>
        <source>username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>エントリーの URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>エントリーのメモ。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>エントリーのパスワードを要求する。</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>エントリーのパスワードを生成する。</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>データベースに新しいエントリーを追加する。</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>追加するエントリーのパス。</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>パスワードの生成とプロンプトの表示は同時使用できません。</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>パス %1 のエントリーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>新しいエントリーのパスワードを入力してください: </translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>データベースへの書き込みはエラー &quot;%1&quot; で失敗しました。</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>エントリー %1 を正常に追加しました。</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>データベースに新しいグループを追加する。</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>追加するグループのパス。</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>グループ %1 は既に存在します！</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>グループ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>グループ %1 を正常に追加しました。</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>パスワードが公に流出しているか確認する。FILENAME は、https://haveibeenpwned.com/Passwords で利用可能な HIBP 形式 (流出したパスワードの SHA-1 ハッシュのリスト) のファイルのパスである必要があります。</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>FILENAME</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>HIBP 形式のファイルを検索する okon-cli のパス</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>パスワードの脆弱性や問題点を解析する。</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>HIBP ファイルが見つかりません: %1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>okon でデータベースのエントリーを評価中…</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>HIBP ファイル %1 を開くのに失敗しました: %2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>HIBP ファイルを対象にデータベースのエントリーを評価中です。しばらく時間がかかります…</translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>&apos;%1&apos; のパスワードは %2 回流出しています！</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>&apos;%1&apos; のパスワードは流出しています！</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>エントリーの添付ファイルをエクスポートする。</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>対象の添付ファイルがあるエントリーのパス。</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>エクスポートされる添付ファイルの名前。</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>添付ファイルのエクスポート先のパス。</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>パス %1 のエントリーを見つけられませんでした。</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>名前 %1 の添付ファイルが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>エクスポート対象を指定していません。&apos;--stdout&apos; を使用するか &apos;export-file&apos; を指定してください。</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>出力ファイル %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>エントリー %2 の添付ファイル %1 を %3 へ正常にエクスポートしました。</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>既存の添付ファイルを上書きする。</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>エントリーに添付ファイルをインポートする。</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>エントリーのパス。</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>追加される添付ファイルの名前。</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>インポートされる添付ファイルのパス。</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>エントリー  %2 の添付ファイル %1 は既に存在します。</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>添付ファイル %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>%1 を %2 としてエントリー %3 へ正常にインポートしました。</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>エントリーの添付ファイルを削除する。</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>削除される添付ファイルの名前。</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>エントリー %2 から添付ファイル %1 を正常に削除しました。</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>指定した属性をクリップボードにコピーする。指定しない場合は &quot;パスワード&quot; になります。</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>現在の TOTP をクリップボードにコピーする (&quot;-a totp&quot; と同じ)。</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>一致するエントリーを 1 つに限定し、一致するものがない場合は近似のものを一覧表示する。</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>エントリーの属性をクリップボードにコピーする。</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>クリップボードにコピーするエントリーのパス。</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>クリップボードを消去するまでの待ち時間 (規定は %1 秒
で 0 にすると無制限)。</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>タイムアウトの値 %1 は不正です。</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>複数のエントリーで一致:</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>使用する一致エントリー: %1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>エントリー %1 が見つかりません。</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>エラー: --attribute または --totp を一つ指定してください (両方は不可)。</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>パス %1 のエントリーには TOTP の設定がありません。</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>エラー: 属性 %1 は不明瞭です。%2 と一致します。</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>属性 &quot;%1&quot; が見つかりません。</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>エントリーの &quot;%1&quot; 属性をクリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>%1 秒後にクリップボードを消去します...</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>現在開いているデータベースを閉じる。</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>このヘルプを表示する。</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>パスワードの要求やその他の様々な出力を抑制する。</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>データベースのキーファイル。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>データベースのパスワードキーを無効にする。</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>データベースへのアクセスに使用する Yubikey のスロット番号とオプションのシリアル番号 (例: 1:7370001)。</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>スロット[:シリアル]</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>提供された引数が多すぎます。</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>データベースのパス。</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>データベースの目標復号時間 (ミリ秒)。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>データベースのキーファイルを設定する。</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>データベースのパスワードを設定する。</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>新しいデータベースを作成する。</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>%1 は復号時間として不適切です。</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>目標復号時間の範囲は %1 から %2 である必要があります。</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>データベースパスワードの設定に失敗しました。</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>キーファイルの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>キーを設定していません。データベースの作成を中止します。</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>鍵導出関数を %1ms の遅延でベンチマーク中。</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>鍵導出関数を %1 回設定中。</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>データベースの鍵導出設定中にエラーが発生しました。</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>ファイル %1 は既に存在します。</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>データベースの保存に失敗しました: %1.</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>新しいデータベースを正常に作成しました。</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>データベースへの書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>データベースの情報を表示する。</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>UUID: </translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>名前: </translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>概要: </translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>暗号: </translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>KDF: </translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>ゴミ箱が有効です。</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>ゴミ箱は有効になっていません。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>データベース作成</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>グループ数</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>エントリー数</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>期限切れエントリー数</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>固有パスワード</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>非固有パスワード</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>パスワード使い回しの最大数</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>短いパスワードの数</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>脆弱なパスワードの数</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>レポートから除外されたエントリー</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>平均パスワード長</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1文字</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>ダイスウェアパスフレーズの単語数。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>数</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>ダイスウェアジェネレーターの単語リスト。
[既定: EFF English]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>新しいランダムなダイスウェアパスフレーズを生成する。</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>単語数 %1 は不正です</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>単語リストが小さすぎます (&lt; 1000 アイテム)</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>エントリーのタイトル。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>エントリーを編集する。</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>編集するエントリーのパス。</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>エントリー %1 のフィールドは変更されていません。</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>エントリーの新しいパスワードを入力してください: </translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>エントリー %1 を正常に編集しました。</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>パスワードの詳細な分析を実行する。</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>エントロピーを推定するパスワード。</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>パスワードのエントロピーの推定。</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>長さ %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>エントロピー %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>log10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>マルチワードエクストラビット %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>種類: ブルートフォース</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>種類: 辞書</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>種類: 辞書 + Leet</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>種類: ユーザー辞書</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>種類: ユーザー辞書 + Leet</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>種類: リピート</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>種類: 連続</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>種類: 空間</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>種類: 日付</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>種類: ブルートフォース (反復)</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>種類: 辞書 (反復)</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>種類: 辞書 + Leet (反復)</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>種類: ユーザー辞書 (反復)</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>種類: ユーザー辞書 + Leet (反復)</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>種類: リピート (反復)</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>種類: 連続 (反復)</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>種類: 空間 (反復)</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>種類: 日付 (反復)</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>種類: 不明 (%1)</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>エントロピー %1 (%2)</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** パスワードの長さ (%1) != 各長さの合計値 (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>対話モードを終了する。</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>エクスポート時に使用するフォーマット。&apos;xml&apos; が既定で、&apos;csv&apos; も選択可能です。</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>データベースの内容を指定した形式で標準出力にエクスポートする。</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>データベースを XML にエクスポートできません: %1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>%1 はサポートしていないフォーマットです</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>生成されるパスワードの長さ</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>小文字を使用する</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>大文字を使用する</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>数字を使用する</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>特殊文字を使用する</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation>拡張 ASCII を使用する</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>文字集合を除外する</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>カスタム文字集合を使用する</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>よく似た文字を除外する</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>選択した各グループの文字を含む</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>新しいランダムなパスワードを生成する。</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>%1 はパスワード長として適切ではありません</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>すべてのオプションを適用したパスワード生成は無効です</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>コマンドのヘルプを表示する。</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>利用可能なコマンド:</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>XML データベースの内容をインポートする。</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>XML データベースエクスポートのパス。</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>新しいデータベースのパス。</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>XML データベースをインポートできません: %1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>データベースを正常にインポートしました。</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>%1 は不明なコマンドです</translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation>

利用可能なコマンド:
</translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation>実行するコマンドの名前。</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>デバッグ情報を表示する。</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>%1 は無効なコマンドです。</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>グループの要素を再帰的にリスト化する。</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>出力をフラットな単一行にする。</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>データベースのエントリーのリストを表示する。</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>リストを表示するグループのパス。既定の設定は / (ルート)</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>グループ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>両方のデータベースファイルに対して同一の資格情報を使用する。</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>マージ元のデータベースのキーファイル。</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>マージ元データベースのパスワードキーを無効にする。</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>マージ処理で検出した変更のみを出力する。</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>2つ目のデータベース用の Yubikey スロット。</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>2つのデータベースをマージする。</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>マージ元のデータベースのパス。</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>マージするファイルの読み込み時にエラーが発生しました:
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>データベースをファイルに保存できません: %1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>%1 を %2 へ正常にマージしました。</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>データベースはマージ処理で更新されませんでした。</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>エントリーを新しいグループに移動する。</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>移動するエントリーのパス。</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>移動先グループのパス。</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>パス %1 のグループが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>エントリーは既にグループ %1 に存在します。</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>エントリー %1 を正常にグループ %2 へ移動しました。</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>データベースを開く。</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>削除するエントリーのパス。</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>データベースをファイルに保存できません: %1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>エントリー %1 を正常にゴミ箱へ移動しました。</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>エントリー %1 を正常に削除しました。</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>削除するグループのパス。</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>データベースからルートグループを削除することはできません。</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>グループ %1 を正常にゴミ箱へ移動しました。</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>グループ %1 を正常に削除しました。</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>素早くエントリーを見つけ出す。</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>検索語。</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>エントリーの現在の TOTP を表示する。</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>クリアテキストの保護された属性を表示する。</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>エントリーの添付ファイルを表示する。</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>表示する属性の名前。このオプションはいくつでも指定することができ、各属性は指定した順に一行に一つずつ表示されます。属性の指定がない場合は既定の属性の概要が表示されます。</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>エントリーの情報を表示する。</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>表示するエントリーの名前。</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>エラー: %1 は不明な属性です。</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>添付ファイルは存在しません。</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>データベースファイル %1 を開くのに失敗しました: 見つかりません</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>データベースファイル %1 を開くのに失敗しました: プレーンなファイルではありません</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>データベースファイル %1 を開くのに失敗しました: 読み取り可能ではありません</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>%1 のロックを解除するためのパスワードを入力してください: </translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>キーファイル %1 の読み込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>警告: KeePassXC は将来的に、古いキーファイル
形式をサポートしなくなる可能性があります。

新しいキーファイルの生成を検討してください。</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>YubiKey のスロット %1 は不正です</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>YubiKey のシリアル %1 は不正です</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>データベースを暗号化するためのパスワードを入力してください (オプション): </translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>空のパスワードでデータベースを作成しますか？[y/N]: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>パスワードを再入力: </translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>エラー: パスワードが一致しません。</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>クリップボード操作用プログラムを定義していません</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>すべてのクリッピングプログラムが失敗しました。試行: %1
</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>キーファイル %1 の作成に失敗しました: %2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>キーファイル %1 の読み込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>HIBP ファイルの %1 行目: パースエラー</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>okon を使用するには (拡張子が .okon になっている) 処理済みのファイルを指定する必要があります</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>okon プロセスを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>エラー: okon プロセスが完了しませんでした</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>okon データベースファイルの読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>非常に弱いパスワード</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>パスワードのエントロピーは %1 ビットです</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>弱いパスワード</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>%1/%2 で使用</translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>パスワードは %1 ヵ所で使用されています</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>パスワードの有効期限が切れています</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>パスワードの有効期限は %1 でした</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>パスワードの有効期限は %1 です</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>パスワードの有効期限が切れそうです</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>パスワードの有効期限は %1 日後です</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>パスワードは間もなく期限切れになります</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>ビルド形式: %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>リビジョン: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>配布形式: %1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>デバッグモードは無効です。</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>デバッグモードが有効です。</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>オペレーティングシステム: %1
CPU アーキテクチャー: %2
カーネル: %3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動入力</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH エージェント</translation>
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
        <translation>クイック解除</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>シークレットサービス統合</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>有効な拡張機能:</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>%1 年以上</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>約 %1 ヵ月</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation><numerusform>%1 週間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation><numerusform>%1 日</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation><numerusform>%1 時間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 分</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>暗号化ライブラリ:</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES (%1 回)</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1 (%2 回, %3 KB)</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>SymmetricCipher::init: 暗号モードが不正です。</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>SymmetricCipher::init: %2 のための %1 の暗号初期化ベクトルサイズが不正です。</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>暗号が使用前に初期化されていません。</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>長さが 0 のデータは処理できません。</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>不明な実行ファイルです (DBus アドレス %1)</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1 (不正な実行パス)</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>NULL デバイス</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>デバイス読み込みエラー</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>不正な形式の文字列</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>閉じ引用符がありません</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1: (行, 列) %2,%3</translation>
    </message>
    <message>
        <source>AES 256-bit</source>
        <translation>AES 256 ビット</translation>
    </message>
    <message>
        <source>Twofish 256-bit</source>
        <translation>Twofish 256 ビット</translation>
    </message>
    <message>
        <source>ChaCha20 256-bit</source>
        <translation>ChaCha20 256 ビット</translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation>Argon2d (KDBX 4 – 推奨)</translation>
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
        <translation>既存のシングルインスタンスロックファイルは無効です。新しいインスタンスを起動します。</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>ロックファイルを作成できませんでした。シングルインスタンスモードは無効です。</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>%1 秒後にクリップボードを消去します…</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>ベンチマーク (遅延: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation><numerusform>%1 ミリ秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation><numerusform>%1 秒</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation>本当にエントリー &quot;%1&quot; を永久に削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>本当に %n 個のエントリーを永久に削除しますか？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>エントリーを削除しますか？</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>本当にエントリー &quot;%1&quot; をゴミ箱に移動しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>本当に %n 個のエントリーをゴミ箱に移動しますか？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>エントリーをゴミ箱に移動しますか？</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>エントリーの参照を置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>エントリー &quot;%1&quot; には %2 個の参照があります。上書き、スキップ、削除のどれを行いますか？</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>ブラウザーの統計</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>健全性の確認</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>サポートしていないバージョンのキーファイルです: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>チェックサムが一致しません！キーファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>予期しないキーファイルデータです！キーファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC - クロスプラットフォームのパスワードマネージャー</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>開くパスワードデータベースのファイル名 (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>カスタム設定ファイルへのパス</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>カスタムローカル設定ファイルへのパス</translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>開いている全データベースをロックする</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>データベースのキーファイル</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>標準入力からデータベースのパスワードを読み込む</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>データベースをロックしました。</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>データベースのロックに失敗しました。</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>KeePassXC の別インスタンスが既に起動しています。</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>暗号化機能のテスト中に致命的なエラーが発生しました。</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC - エラー</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>データベースのパスワード: </translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>設定が不正です</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>キーが不正です</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation type="unfinished"/>
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
        <translation>KeePassXC の暗号の初期化に失敗しました。</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>鍵データの暗号化に失敗しました。</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>Windows Hello の認証情報の取得に失敗しました。</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>鍵データの復号に失敗しました。</translation>
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
        <translation>圧縮時に内部 zlib エラーが発生しました: </translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>基本デバイスへの書き込み時にエラーが発生しました: </translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>基本デバイスを開く際にエラーが発生しました: </translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>基本デバイスからの読み取り時にエラーが発生しました: </translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>展開時に内部 zlib エラーが発生しました: </translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>現在のバージョンの zlib は、その gzip 形式をサポートしていません。</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>内部 zlib エラー: </translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>エントリーをダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>エントリーのURLの一覧</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>許可されたURL</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>拒否されたURL</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> (除外)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>このエントリーはレポートから除外されています</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>エントリーを編集…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>エントリーを削除…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>レポートから除外</translation>
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
        <translation>理由にマウスオーバーすると追加の詳細が表示されます。エントリーをダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>悪い</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>悪い — パスワードを変更する必要があります</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>貧弱</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>貧弱 — パスワードを変更する必要があります</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>弱い — パスワードの変更を検討してください</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> (除外)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>このエントリーはレポートから除外されています</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>健全性データを計算中です、お待ちください…</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>すべて健全です。おめでとうございます！</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>エントリーを編集…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>エントリーを削除…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>レポートから除外</translation>
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
        <translation>注意: このレポートはオンラインサービスの Have I Been Pwned (https://haveibeenpwned.com) に情報を送信する必要があります。続行した場合、データベースのパスワードは暗号学的ハッシュ化が施され、それらのハッシュの最初の5文字が、このサービスへ安全に送信されます。この情報からデータベースが再構成されることはなく、データベースが安全であることに変わりはありません。しかしながら、あなたの IP アドレスや送信するパスワードの数は、このサービスに公開されます。</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>オンライン分析を実行</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>レポートから除外されているエントリーも表示する</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>このビルドの KeePassXC はネットワーク機能がありません。パスワードを Have I Been Pwned のデータベースで照合するにはネットワーク機能が必要です。</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>パスワードは流出していません。おめでとうございます！</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>パスワードが流出しています…</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> (除外)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>このエントリーはレポートから除外されています</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>1 回</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>10 回以下</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>100 回以下</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>1000  回以下</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>10,000  回以下</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>100,000  回以下</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>1,000,000 回以下</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>数百万回</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>エントリーを編集…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>エントリーを削除…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>レポートから除外</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>エントリーのURLの一覧</translation>
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
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>エントリーを編集…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>エントリーを削除…</numerusform></translation>
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
        <translation>エラーアイコンがある行にマウスオーバーすると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>データベースの統計を算出しているため、しばらくお待ちください…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>データベース作成</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation>データベースは変更済みですが、まだディスクに保存していません。</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>グループ数</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>エントリー数</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>期限切れエントリー数</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>データベースに期限切れのエントリーが含まれています。</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>固有パスワード</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>非固有パスワード</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>10% 以上のパスワードが使い回されています。可能な限り、それ専用のパスワードを使用してください。</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>パスワード使い回しの最大数</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>一部のパスワードが3回以上使い回されています。可能な限り、それ専用のパスワードを使用してください。</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>短いパスワードの数</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>推奨最小パスワード長は最低8文字です。</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>脆弱なパスワードの数</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>「良い」または「すばらしい」評価の長くてランダムなパスワードの使用を推奨します。</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>レポートから除外されたエントリー</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>レポートから除外されたエントリー。パスワードに問題があることが分かっているため、必ずしも問題ではありませんが、それらのエントリーのことを忘れないようにしておく必要はあるかもしれません。</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>平均パスワード長</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1文字</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>パスワード長の平均値が10文字以下です。パスワードは長いほどセキュリティが向上します。</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>エージェントの接続に失敗しました。</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>エージェントのプロトコルエラーです。</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>エージェントが実行されていないため、ID を追加できません。</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>鍵の ID の所有権が競合しているため追加を拒否しています。</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>エージェントがこの ID を拒否しました。次の理由が考えられます:</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>キーが既に追加されている。</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>エージェントが有効期間の制限をサポートしていない (オプションを確認)。</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>エージェントが確認要求をサポートしていない (オプションを確認)。</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>エージェントがセキュリティキーをサポートしていない、または利用可能なセキュリティキープロバイダではありません。</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>エージェントが実行されていないため、ID を削除できません。</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>エージェントが実行されていないため、ID の一覧を取得できません。</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>検索のヘルプ</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>検索語は次の通りです: [修飾子][フィールド:][&quot;]用語[&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>用語はすべて一致する必要があります (つまり論理積)</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>修飾子</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>結果から用語を除外</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>用語が完全に一致</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>用語に正規表現を使用</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>用語のワイルドカード</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>何れかが一致</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>一文字一致</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>論理和</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>検索のヘルプ</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>検索語を保存</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>検索 (%1)…</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>選択したグループに検索対象を制限</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>DBus アドレス</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>KeepassXC Freedesktop.org シークレットサービス統合を有効にする</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>クライアントがパスワードを取得する際に通知を表示する</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;有効になっている場合、パスワードの読み取りに確認が必要になります。そうでない場合、クライアントはデータベースのロック解除時に確認なしでパスワードを読み取れます。&lt;/p&gt;&lt;p&gt;このオプションはエントリーのパスワードへのアクセスのみが対象です。クライアントは常に公開されたデータベースの項目の列挙と、それらの属性の照会が可能です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>クライアントがパスワードを取得する際に確認する</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;この設定は
           ゴミ箱の確認ダイアログの無効化を上書きしません&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>クライアントがエントリーの削除を要求する際に確認する</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;これは、まずデータベースのロックを解除せずにパスワードを検索する特定のアプリケーションとの互換性を改善します。&lt;/p&gt;&lt;p&gt;しかしながら、これを有効にすると一定時間経過してタイムアウトするまでにデータベースのロックが解除されなかった場合にクライアントがクラッシュする可能性があります。 (通常は 25 秒ですがアプリケーションによっては異なる値が設定されている可能性があります)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>検索する前にデータベースのロック解除を確認する</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>公開するデータベースのグループ:</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>これらのアプリケーションが現在接続済みです:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>プラグインをアクティブにするために現在の変更を保存し、このセクションの編集を有効にしてください。</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>KeeShare のインポートを許可</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>インポートを許可する</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>KeeShare のエクスポートを許可</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>エクスポートを許可する</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>警告とエラーのみ表示する</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>自身の証明書</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>新しい証明書を生成</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>署名者名フィールド</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>コンテナを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>インポートに成功しました</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>%1 からのインポートに失敗しました (%2)</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>%1 からのインポートに成功しました (%2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 からインポートしました</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>%2 の %1 への複数のインポートソースパス</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>%2 のエクスポートターゲットパス %1 が競合しています</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>%1 へのエクスポートに失敗しました (%2)</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>%1 へのエクスポートに成功しました (%2)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>%1 にエクスポート</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation>検索語を消去</translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation>すべてのエントリー</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>弱いパスワード</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>検索語を削除</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>タグ削除の確認</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>このデータベースのすべてのエントリーからタグ &quot;%1&quot; を削除しますか？</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>時限パスワード</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>期限切れまで &lt;b&gt;%n&lt;/b&gt; 秒</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>備考: これらの TOTP 設定は他の Authenticator では動作しない可能性があります。</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>QR コードの作成中にエラーが発生しました。</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>%1 秒後に閉じます。</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>TOTP の設定</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>秘密鍵:</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>秘密鍵は Base32 形式である必要があります</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>秘密鍵フィールド</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>既定の設定 (RFC 6238)</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Steam® 設定</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>カスタム設定:</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>カスタム設定</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>アルゴリズム:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>タイムステップ:</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>タイムステップフィールド</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>コードサイズ:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 桁</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>不正な TOTP</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>入力した秘密鍵は不正です。鍵は Base32 形式である必要があります。
例: JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>TOTP 設定の削除確認</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>このエントリーの TOTP 設定を削除してもよろしいですか？</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>無効な URL</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>更新を確認中</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>アップデートを確認中…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>ソフトウェアの更新</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>更新情報の取得時にエラーが発生しました。後ほど再試行してください。</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;新しいバージョンが利用可能です。&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 は&lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;ここからダウンロードできます&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>最新バージョンの KeePassXC を使用しています</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>KeePassXC データベースに安全にパスワードを保管する</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>新しいデータベースを作成する</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>既存のデータベースを開く</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>KeePass 1 からインポートする</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>1Password からインポートする</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>CSV からインポートする</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近使用したデータベース</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>最近使用したデータベースを開く</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>KeePassXC %1 へようこそ</translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>不正なキーコードです</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>既に %1 に登録されているグローバルショートカットです</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>グローバルショートカットを登録できませんでした</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 インターフェースなし, スロット %2</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>全般: </translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>シリアルナンバー %1 のハードウェアキーのためのインターフェースが見つかりませんでした。接続して続行してください。</translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>ハードウェアトークンを更新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>ハードウェアキースロットの選択</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>ハードウェアキーが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>選択したハードウェアキーのスロットはチャレンジレスポンスをサポートしていません。</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>チャレンジレスポンス</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>チャレンジレスポンスを追加</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>チャレンジレスポンスを変更</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>チャレンジレスポンスを削除</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>チャレンジレスポンスの設定 (変更か削除をクリックしてください)</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;セキュリティ対策として &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; や &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt; を使用できます。&lt;/p&gt;&lt;p&gt;それらのスロットの 1 つを &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 チャレンジレスポンス&lt;/a&gt; に設定する必要があります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>ハードウェアキーを検出中…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>検出したハードウェアキーはありません</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>不正なスロットが指定されました: %1 - %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PCSC) %1 [%2] チャレンジレスポンス - スロット %3</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>YubiKey PCSC インターフェースが初期化されていません。</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>ハードウェアキーは現在使用中です。</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>シリアルナンバー %1 のハードウェアキーが見つからない、またはアクセスできませんでした。正しく設定して続行してください。</translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>ハードウェアキーがロックされているか、タイムアウトしました。ロックを解除するか、正しく設定し直してから続行してください。</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>ハードウェアキーが見つからない、または未設定です。</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>チャレンジレスポンスでエラーが発生しました。PCSC のエラーコード: %1</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Configured Slot - %3</source>
        <translation>(USB) %1 [%2] 設定済みスロット - %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] チャレンジレスポンス - スロット %3 - %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>Press</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>Passive</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>YubiKey USB インターフェースが初期化されていません。</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>ハードウェアキーは現在使用中です。</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>シリアルナンバー %1 のハードウェアキーが見つかりませんでした。続行するにはハードウェアキーを接続してください。</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>ユーザーとの対話の待機中にハードウェアキーがタイムアウトしました。</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>ハードウェアキーへのアクセス時に USB のエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>チャレンジレスポンスでエラーが発生しました: %1</translation>
    </message>
</context>
</TS>