<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>APIController</name>
    <message>
        <location filename="../webui/api/apicontroller.cpp" line="62"/>
        <source>Endpoint does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/apicontroller.cpp" line="89"/>
        <source>Missing required parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/aboutdialog.ui" line="15"/>
        <source>About qBittorrent</source>
        <translation>qBittorrentについて</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="55"/>
        <source>About</source>
        <translation>qBittorrentについて</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="87"/>
        <source>Authors</source>
        <translation>オーサー</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="93"/>
        <source>Current maintainer</source>
        <translation>現在のメンテナー</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="120"/>
        <source>Greece</source>
        <translation>ギリシャ</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="113"/>
        <location filename="../gui/aboutdialog.ui" line="183"/>
        <source>Nationality:</source>
        <translation>国籍:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="127"/>
        <location filename="../gui/aboutdialog.ui" line="197"/>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="99"/>
        <location filename="../gui/aboutdialog.ui" line="169"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="163"/>
        <source>Original author</source>
        <translation>オリジナルオーサー</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="190"/>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="247"/>
        <source>Special Thanks</source>
        <translation>謝辞</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="273"/>
        <source>Translators</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="302"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="328"/>
        <source>Software Used</source>
        <translation>使用ソフトウェア</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="336"/>
        <source>qBittorrent was built with the following libraries:</source>
        <translation>qBittorrentは以下のライブラリを使用してビルドされています:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="356"/>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="68"/>
        <source>An advanced BitTorrent client programmed in C++, based on Qt toolkit and libtorrent-rasterbar.</source>
        <translation>Qtツールキットとlibtorrent-rasterbarを使用してC++で書かれた先進的なBitTorrentクライアントです。</translation>
    </message>
    <message>
        <source>Copyright %1 2006-2025 The qBittorrent project</source>
        <translation type="vanished">Copyright %1 2006-2025 The qBittorrent project</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="70"/>
        <source>Copyright %1 2006-2026 The qBittorrent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="71"/>
        <source>Home Page:</source>
        <translation>ホームページ:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="72"/>
        <source>Forum:</source>
        <translation>フォーラム:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="73"/>
        <source>Bug Tracker:</source>
        <translation>バグトラッカー:</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="108"/>
        <source>The free IP to Country Lite database by DB-IP is used for resolving the countries of peers. The database is licensed under the Creative Commons Attribution 4.0 International License</source>
        <translation>DB-IPが提供するフリーの「IP to Country Lite」データベースは、ピアの国名を解決するために使用されています。このデータベースは、クリエイティブ・コモンズの「表示 4.0 国際」に基づきライセンスされています。</translation>
    </message>
</context>
<context>
    <name>AbstractFileStorage</name>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="42"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="68"/>
        <source>The old path is invalid: &apos;%1&apos;.</source>
        <translation>古いパスが無効です: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="44"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="70"/>
        <source>The new path is invalid: &apos;%1&apos;.</source>
        <translation>新しいパスが無効です: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="46"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="72"/>
        <source>Absolute path isn&apos;t allowed: &apos;%1&apos;.</source>
        <translation>絶対パスは許可されていません: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="56"/>
        <source>The file already exists: &apos;%1&apos;.</source>
        <translation>ファイルはすでに存在します: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="60"/>
        <source>No such file: &apos;%1&apos;.</source>
        <translation>ファイルが見つかりません: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="84"/>
        <source>The folder already exists: &apos;%1&apos;.</source>
        <translation>フォルダーはすでに存在します: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="88"/>
        <source>No such folder: &apos;%1&apos;.</source>
        <translation>フォルダーが見つかりません: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>AddNewTorrentDialog</name>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="113"/>
        <source>Save at</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="565"/>
        <source>Never show again</source>
        <translation>次回から表示しない</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="200"/>
        <source>Set as default category</source>
        <translation>デフォルトのカテゴリーにする</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="175"/>
        <source>Category:</source>
        <translation>カテゴリー:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="249"/>
        <source>Start torrent</source>
        <translation>Torrentを開始する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="378"/>
        <source>Torrent information</source>
        <translation>Torrentの情報</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="290"/>
        <source>Skip hash check</source>
        <translation>ハッシュチェックを省略する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="122"/>
        <source>Use another path for incomplete torrent</source>
        <translation>未完了のTorrentは別のパスを使用する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="167"/>
        <source>Torrent options</source>
        <translation>Torrentのオプション</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="209"/>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="225"/>
        <source>Click [...] button to add/remove tags.</source>
        <translation>[...]ボタンをクリックしてタグを追加/削除する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="235"/>
        <source>Add/remove tags</source>
        <translation>タグを追加/削除</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="238"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="258"/>
        <source>Stop condition:</source>
        <translation>停止条件:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="319"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="324"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="320"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="497"/>
        <source>Metadata received</source>
        <translation>メタデータを受信後</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="321"/>
        <source>Torrents that have metadata initially will be added as stopped.</source>
        <translation>最初からメタデータを持つTorrentは、停止状態で追加されます。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="322"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="325"/>
        <source>Files checked</source>
        <translation>ファイルのチェック後</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="283"/>
        <source>Add to top of queue</source>
        <translation>キューの先頭に追加する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="311"/>
        <source>When checked, the .torrent file will not be deleted regardless of the settings at the &quot;Download&quot; page of the Options dialog</source>
        <translation>チェックを入れると、オプションダイアログの「ダウンロード」ページの設定にかかわらず、&quot;.torrent&quot;ファイルは削除されません</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="325"/>
        <source>Content layout:</source>
        <translation>コンテンツのレイアウト:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="336"/>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="341"/>
        <source>Create subfolder</source>
        <translation>サブフォルダーを作成する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="346"/>
        <source>Don&apos;t create subfolder</source>
        <translation>サブフォルダーを作成しない</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="404"/>
        <source>Info hash v1:</source>
        <translation>Infoハッシュ v1:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="384"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="432"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="394"/>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="74"/>
        <source>Torrent Management Mode:</source>
        <translation>Torrent管理のモード:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="81"/>
        <source>Automatic mode means that various torrent properties(eg save path) will be decided by the associated category</source>
        <translation>自動モードは、関連付けられたカテゴリーに応じて、Torrentの各種プロパティー(保存先など)が決定されます</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="85"/>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="90"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="155"/>
        <source>Remember last used save path</source>
        <translation>最後に使用した保存先を記憶する</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="314"/>
        <source>Do not delete .torrent file</source>
        <translation>&quot;.torrent&quot;ファイルを削除しない</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="297"/>
        <source>Download in sequential order</source>
        <translation>ピースを先頭から順番にダウンロードする</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="304"/>
        <source>Download first and last pieces first</source>
        <translation>最初と最後のピースを先にダウンロードする</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="418"/>
        <source>Info hash v2:</source>
        <translation>Infoハッシュ v2:</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="507"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="514"/>
        <source>Select None</source>
        <translation>すべて解除</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="617"/>
        <source>Save as .torrent file...</source>
        <translation>&quot;.torrent&quot;ファイルとして保存...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="704"/>
        <source>I/O Error</source>
        <translation>I/Oエラー</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="525"/>
        <source>Not Available</source>
        <comment>This comment is unavailable</comment>
        <translation>取得できません</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="526"/>
        <source>Not Available</source>
        <comment>This date is unavailable</comment>
        <translation>取得できません</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="924"/>
        <source>Not available</source>
        <translation>取得できません</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="524"/>
        <source>Magnet link</source>
        <translation>マグネットリンク</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="528"/>
        <source>Retrieving metadata...</source>
        <translation>メタデータを取得しています...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="311"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="315"/>
        <source>Choose save path</source>
        <translation>保存パスの選択</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="319"/>
        <source>No stop condition is set.</source>
        <translation>停止条件は設定されていません。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="320"/>
        <source>Torrent will stop after metadata is received.</source>
        <translation>メタデータの受信後、Torrentは停止します。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="322"/>
        <source>Torrent will stop after files are initially checked.</source>
        <translation>ファイルの初期チェック後、Torrentは停止します。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="323"/>
        <source>This will also download metadata if it wasn&apos;t there initially.</source>
        <translation>また、メタデータが存在しない場合は、メタデータもダウンロードされます。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="510"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="511"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="613"/>
        <source>%1 (Free space on disk: %2)</source>
        <translation>%1 (ディスクの空き容量: %2)</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="614"/>
        <source>Not available</source>
        <comment>This size is unavailable.</comment>
        <translation>取得できません</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="691"/>
        <source>Torrent file (*%1)</source>
        <translation>Torrentファイル (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="693"/>
        <source>Save as torrent file</source>
        <translation>&quot;.torrent&quot;ファイルとして保存</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="705"/>
        <source>Couldn&apos;t export torrent metadata file &apos;%1&apos;. Reason: %2.</source>
        <translation>Torrentのメタデータファイル(%1)をエクスポートできませんでした。理由: %2。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="815"/>
        <source>Invalid save path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="816"/>
        <source>The &quot;Save at&quot; path contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="894"/>
        <source>Cannot create v2 torrent until its data is fully downloaded.</source>
        <translation>v2のデータが完全にダウンロードされるまではv2のTorrentを作成できません。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="331"/>
        <source>Filter files...</source>
        <translation>ファイルを絞り込む...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="873"/>
        <source>Parsing metadata...</source>
        <translation>メタデータを解析しています...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="877"/>
        <source>Metadata retrieval complete</source>
        <translation>メタデータの取得が完了しました</translation>
    </message>
</context>
<context>
    <name>AddTorrentManager</name>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="63"/>
        <source>Downloading torrent... Source: &quot;%1&quot;</source>
        <translation>Torrentをダウンロード中... ソース: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="157"/>
        <source>Failed to add torrent. Source: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Torrentが追加できませんでした。 ソース: &quot;%1&quot;. 理由: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="175"/>
        <source>Merging of trackers is disabled</source>
        <translation>トラッカーのマージは無効です</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="179"/>
        <source>Trackers cannot be merged because it is a private torrent</source>
        <translation>プライベートTorrentのため、トラッカーはマージできません。</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="186"/>
        <source>Trackers are merged from new source</source>
        <translation>トラッカーは新しいソースからマージされます。</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="189"/>
        <source>Detected an attempt to add a duplicate torrent. Source: %1. Existing torrent: &quot;%2&quot;. Torrent infohash: %3. Result: %4</source>
        <translation>重複したTorrentの追加が検出されました。ソース: %1. 既存Torrent: %2. Torrentのinfoハッシュ: %3. 結果: %4.</translation>
    </message>
</context>
<context>
    <name>AddTorrentParamsWidget</name>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="22"/>
        <source>Torrent Management Mode:</source>
        <translation>Torrent管理のモード:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="29"/>
        <source>Automatic mode means that various torrent properties(eg save path) will be decided by the associated category</source>
        <translation>自動モードは、関連付けられたカテゴリーに応じて、Torrentの各種プロパティー(保存先など)が決定されます</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="51"/>
        <source>Save at</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="62"/>
        <source>Note: the current defaults are displayed for reference.</source>
        <translation>注記: 現在のデフォルトは参考のために表示されています。</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="74"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>未完了のTorrentは別のパスを使用する:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="107"/>
        <source>Category:</source>
        <translation>カテゴリー:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="147"/>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="163"/>
        <source>Click [...] button to add/remove tags.</source>
        <translation>[...]ボタンをクリックしてタグを追加/削除する</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="173"/>
        <source>Add/remove tags</source>
        <translation>タグを追加/削除</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="176"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="209"/>
        <source>Start torrent:</source>
        <translation>Torrentを開始する:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="247"/>
        <source>Content layout:</source>
        <translation>コンテンツのレイアウト</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="285"/>
        <source>Stop condition:</source>
        <translation>停止条件:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="323"/>
        <source>Add to top of queue:</source>
        <translation>キューの先頭に追加する:</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="346"/>
        <source>Skip hash check</source>
        <translation>ハッシュチェックを省略する</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="354"/>
        <source>Torrent share limits</source>
        <translation>Torrentの共有制限</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="78"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="81"/>
        <source>Choose save path</source>
        <translation>保存先の選択</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="83"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="87"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="91"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="96"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="101"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="105"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="84"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="102"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="106"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="85"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="103"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="107"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="88"/>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="89"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="92"/>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="93"/>
        <source>Create subfolder</source>
        <translation>サブフォルダーを作成する</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="94"/>
        <source>Don&apos;t create subfolder</source>
        <translation>サブフォルダーを作成しない</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="97"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="98"/>
        <source>Metadata received</source>
        <translation>メタデータを受信後</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="99"/>
        <source>Files checked</source>
        <translation>ファイルのチェック後</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="396"/>
        <location filename="../gui/advancedsettings.cpp" line="503"/>
        <location filename="../gui/advancedsettings.cpp" line="564"/>
        <location filename="../gui/advancedsettings.cpp" line="704"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="776"/>
        <source>Recheck torrents on completion</source>
        <translation>Torrentの完了時に再チェックする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="408"/>
        <location filename="../gui/advancedsettings.cpp" line="785"/>
        <source> ms</source>
        <comment> milliseconds</comment>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="193"/>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="193"/>
        <source>Value</source>
        <comment>Value set for this setting</comment>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="392"/>
        <source> (disabled)</source>
        <translation> (無効)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="394"/>
        <source> (auto)</source>
        <translation> (自動)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="690"/>
        <location filename="../gui/advancedsettings.cpp" line="697"/>
        <source> min</source>
        <comment> minutes</comment>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="430"/>
        <source>All addresses</source>
        <translation>すべてのアドレス</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="478"/>
        <source>qBittorrent Section</source>
        <translation>qBittorrentセクション</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="475"/>
        <location filename="../gui/advancedsettings.cpp" line="483"/>
        <source>Open documentation</source>
        <translation>ドキュメントを開く</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="431"/>
        <source>All IPv4 addresses</source>
        <translation>すべてのIPv4アドレス</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="432"/>
        <source>All IPv6 addresses</source>
        <translation>すべてのIPv6アドレス</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="486"/>
        <source>libtorrent Section</source>
        <translation>libtorrentセクション</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="489"/>
        <source>Fastresume files</source>
        <translation>Fastresumeファイル</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="490"/>
        <source>SQLite database (experimental)</source>
        <translation>SQLiteデータベース(実験的)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="492"/>
        <source>Resume data storage type (requires restart)</source>
        <translation>再開データのストレージタイプ(再起動が必要)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="509"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="510"/>
        <source>Below normal</source>
        <translation>標準以下</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="511"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="512"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="513"/>
        <source>Very low</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="505"/>
        <source>Physical memory (RAM) usage limit</source>
        <translation>物理メモリ(RAM)の使用限度</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="535"/>
        <source>Asynchronous I/O threads</source>
        <translation>非同期I/Oスレッド数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="543"/>
        <source>Hashing threads</source>
        <translation>スレッドのハッシュ化</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="551"/>
        <source>File pool size</source>
        <translation>ファイルプールサイズ</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="565"/>
        <source>Outstanding memory when checking torrents</source>
        <translation>Torrentのチェックに使用するメモリー量</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="581"/>
        <source>Disk cache</source>
        <translation>ディスクキャッシュ</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="587"/>
        <location filename="../gui/advancedsettings.cpp" line="726"/>
        <location filename="../gui/advancedsettings.cpp" line="747"/>
        <location filename="../gui/advancedsettings.cpp" line="838"/>
        <location filename="../gui/advancedsettings.cpp" line="971"/>
        <source> s</source>
        <comment> seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="588"/>
        <source>Disk cache expiry interval</source>
        <translation>ディスクキャッシュの書き込み間隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="596"/>
        <source>Disk queue size</source>
        <translation>ディスクキューサイズ</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="613"/>
        <location filename="../gui/advancedsettings.cpp" line="619"/>
        <source>Enable OS cache</source>
        <translation>OSのキャッシュを有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="629"/>
        <source>Coalesce reads &amp; writes</source>
        <translation>コアレス読み込み／書き込み</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="634"/>
        <source>Use piece extent affinity</source>
        <translation>ピースのエクステントアフィニティを使用する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="637"/>
        <source>Send upload piece suggestions</source>
        <translation>アップロードピースの提案を送信する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="691"/>
        <location filename="../gui/advancedsettings.cpp" line="698"/>
        <location filename="../gui/advancedsettings.cpp" line="710"/>
        <location filename="../gui/advancedsettings.cpp" line="718"/>
        <location filename="../gui/advancedsettings.cpp" line="839"/>
        <source>0 (disabled)</source>
        <translation>0 (無効)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="692"/>
        <source>Save resume data interval [0: disabled]</source>
        <comment>How often the fastresume file is saved.</comment>
        <translation>再開データ保存間隔 [0: 無効]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="711"/>
        <source>Outgoing ports (Min) [0: disabled]</source>
        <translation>送信ポート(最小) [0: 無効]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="719"/>
        <source>Outgoing ports (Max) [0: disabled]</source>
        <translation>送信ポート(最大) [0: 無効]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="727"/>
        <source>0 (permanent lease)</source>
        <translation>0 (永続リース)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="728"/>
        <source>UPnP lease duration [0: permanent lease]</source>
        <translation>UPnPのリース期間 [0: 永続リース]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="734"/>
        <source>Differentiated Services Code Point (DSCP) for connections to peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="779"/>
        <source>It appends the text to the window title to help distinguish qBittorrent instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="840"/>
        <source>Stop tracker timeout [0: disabled]</source>
        <translation>停止トラッカーのタイムアウト [0: 無効]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="856"/>
        <source>Notification timeout [0: infinite, -1: system default]</source>
        <translation>通知のタイムアウト [0: 無限, -1: システムデフォルト]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="979"/>
        <source>Maximum outstanding requests to a single peer</source>
        <translation>1つのピアへ送信する未処理リクエストの最大数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="595"/>
        <location filename="../gui/advancedsettings.cpp" line="642"/>
        <location filename="../gui/advancedsettings.cpp" line="648"/>
        <location filename="../gui/advancedsettings.cpp" line="668"/>
        <location filename="../gui/advancedsettings.cpp" line="676"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="404"/>
        <source> (infinite)</source>
        <translation>(無限)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="406"/>
        <source> (system default)</source>
        <translation>(システムデフォルト)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="494"/>
        <source>Delete files permanently</source>
        <translation>ファイルを完全に削除する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="495"/>
        <source>Move files to trash (if possible)</source>
        <translation>ファイルをゴミ箱に移動する (可能な場合)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="497"/>
        <source>Torrent content removing mode</source>
        <translation>Torrentコンテンツ削除モード</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="515"/>
        <source>Process memory priority</source>
        <translation>プロセスのメモリー優先度</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="523"/>
        <source>Bdecode depth limit</source>
        <translation>Bdecodeの深度制限</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="529"/>
        <source>Bdecode token limit</source>
        <translation>Bdecodeのトークン制限</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="600"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="601"/>
        <source>Memory mapped files</source>
        <translation>メモリーマップドファイル</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="602"/>
        <source>POSIX-compliant</source>
        <translation>POSIX準拠</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="603"/>
        <source>Simple pread/pwrite</source>
        <translation>シンプルなpread/pwrite</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="605"/>
        <source>Pread/pwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="608"/>
        <source>Disk IO type (requires restart)</source>
        <translation>Disk IOタイプ(再起動が必要)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="612"/>
        <location filename="../gui/advancedsettings.cpp" line="618"/>
        <source>Disable OS cache</source>
        <translation>OSのキャッシュを無効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="615"/>
        <source>Disk IO read mode</source>
        <translation>ディスクI/O読み込みモード</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="621"/>
        <source>Write-through</source>
        <translation>ライトスルー</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="624"/>
        <source>Disk IO write mode</source>
        <translation>ディスクI/O書き込みモード</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="644"/>
        <source>Send buffer watermark</source>
        <translation>送信バッファーのウォーターマーク</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="650"/>
        <source>Send buffer low watermark</source>
        <translation>送信バッファーのウォーターマーク最小値</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="656"/>
        <source>Send buffer watermark factor</source>
        <translation>送信バッファーのウォーターマーク係数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="662"/>
        <source>Outgoing connections per second</source>
        <translation>1秒あたりの外部接続数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="669"/>
        <location filename="../gui/advancedsettings.cpp" line="677"/>
        <source>0 (system default)</source>
        <translation>0 (システムデフォルト)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="670"/>
        <source>Socket send buffer size [0: system default]</source>
        <translation>ソケットの送信バッファサイズ [0: システムデフォルト]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="678"/>
        <source>Socket receive buffer size [0: system default]</source>
        <translation>ソケットの受信バッファサイズ [0: システムデフォルト]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="684"/>
        <source>Socket backlog size</source>
        <translation>ソケットで保留にできる接続待ちの数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="699"/>
        <source>Save statistics interval [0: disabled]</source>
        <comment>How often the statistics file is saved.</comment>
        <translation>統計保存間隔 [0: 無効]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="705"/>
        <source>.torrent file size limit</source>
        <translation>&quot;.torrent&quot;ファイルのサイズ制限</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="737"/>
        <source>Prefer TCP</source>
        <translation>TCPを優先</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="738"/>
        <source>Peer proportional (throttles TCP)</source>
        <translation>ピアに比例(TCPをスロットル)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="748"/>
        <source>Internal hostname resolver cache expiry interval</source>
        <translation>内部ホスト名リゾルバキャッシュの有効期限間隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="753"/>
        <source>Support internationalized domain name (IDN)</source>
        <translation>国際化ドメイン名(IDN)に対応する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="758"/>
        <source>Allow multiple connections from the same IP address</source>
        <translation>同じIPアドレスから複数の接続を許可する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="763"/>
        <source>Validate HTTPS tracker certificates</source>
        <translation>HTTPSトラッカーの証明書を検証する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="768"/>
        <source>Server-side request forgery (SSRF) mitigation</source>
        <translation>サーバーサイドリクエストフォージェリ(SSRF)の軽減</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="773"/>
        <source>Disallow connection to peers on privileged ports</source>
        <translation>特権ポートでのピアへの接続を許可しない</translation>
    </message>
    <message>
        <source>It appends the text to the window title to help distinguish qBittorent instances</source>
        <translation type="vanished">qBittorentインスタンスを区別するために、ウィンドウタイトルにテキストを付加します。</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="780"/>
        <source>Customize application instance name</source>
        <translation>アプリケーションインスタンスのカスタマイズ</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="786"/>
        <source>It controls the internal state update interval which in turn will affect UI updates</source>
        <translation>UIの更新に影響を与える内部状態の更新間隔をコントロールします。</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="787"/>
        <source>Refresh interval</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="793"/>
        <source>Resolve peer host names</source>
        <translation>ピアのホスト名を解決する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="820"/>
        <source>IP address reported to trackers (requires restart)</source>
        <translation>トラッカーに報告するIPアドレス(再起動が必要)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="827"/>
        <source>Port reported to trackers (requires restart) [0: listening port]</source>
        <translation>トラッカーに報告されるポート(再起動が必要) [0: 接続待ちポート]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="860"/>
        <source>Reannounce to all trackers when IP or port changed</source>
        <translation>IPまたはポートに変更があったとき、すべてのトラッカーに再アナウンスする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="874"/>
        <source>Enable icons in menus</source>
        <translation>メニューのアイコン表示を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="877"/>
        <source>Attach &quot;Add new torrent&quot; dialog to main window</source>
        <translation>「新しいTorrernの追加」ダイアログをメインウィンドウに追加します</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="889"/>
        <source>Enable port forwarding for embedded tracker</source>
        <translation>組み込みトラッカーのポート転送を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="893"/>
        <source>Enable quarantine for downloaded files</source>
        <translation>ダウンロードされたファイルの隔離を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="895"/>
        <source>Enable Mark-of-the-Web (MOTW) for downloaded files</source>
        <translation>ダウンロードされたファイルのMark-of-the-Web (MOTW)を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="902"/>
        <source>Affects certificate validation and non-torrent protocol activities (e.g. RSS feeds, program updates, torrent files, geoip db, etc)</source>
        <translation>証明書の検証とtorrentプロトコル以外のアクティビティ (RSSフィード、プログラムの更新、torrentファイル、geoip dbなど) に影響します。</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="903"/>
        <source>Ignore SSL errors</source>
        <translation>SSLエラーを無視する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="905"/>
        <source>(Auto detect if empty)</source>
        <translation>(空欄の場合は自動検出)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="907"/>
        <source>Python executable path (may require restart)</source>
        <translation>Pythonの実行パス(再起動が必要)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="910"/>
        <source>Start BitTorrent session in paused state</source>
        <translation>BitTorrentセッションを一時停止状態で開始する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="915"/>
        <source> sec</source>
        <comment> seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="916"/>
        <source>-1 (unlimited)</source>
        <translation>-1 (無制限)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="918"/>
        <source>BitTorrent session shutdown timeout [-1: unlimited]</source>
        <translation>BitTorrentセッションのシャットダウンのタイムアウト [-1: 無制限]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="943"/>
        <source>Confirm removal of tracker from all torrents</source>
        <translation>すべてのTorrentからトラッカーを削除するときは確認する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="961"/>
        <source>Peer turnover disconnect percentage</source>
        <translation>ピアターンオーバーの切断の割合</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="967"/>
        <source>Peer turnover threshold percentage</source>
        <translation>ピアターンオーバーのしきい値の割合</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="973"/>
        <source>Peer turnover disconnect interval</source>
        <translation>ピアターンオーバーの切断の間隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="982"/>
        <source>Resets to default if empty</source>
        <translation>空欄の場合はデフォルトにリセット</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="984"/>
        <source>DHT bootstrap nodes</source>
        <translation>DHTブートストラップノード</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="991"/>
        <source>I2P inbound quantity</source>
        <translation>I2Pインバウンド量</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="996"/>
        <source>I2P outbound quantity</source>
        <translation>I2Pアウトバウンド量</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="1001"/>
        <source>I2P inbound length</source>
        <translation>I2Pインバウンド長</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="1006"/>
        <source>I2P outbound length</source>
        <translation>I2Pアウトバウンド長</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="844"/>
        <source>Display notifications</source>
        <translation>通知を表示する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="847"/>
        <source>Display notifications for added torrents</source>
        <translation>追加されたTorrentの通知を表示する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="863"/>
        <source>Download tracker&apos;s favicon</source>
        <translation>トラッカーのファビコンをダウンロードする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="867"/>
        <source>Save path history length</source>
        <translation>保存パスの履歴数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="870"/>
        <source>Enable speed graphs</source>
        <translation>速度グラフを有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="920"/>
        <source>Fixed slots</source>
        <translation>固定スロット数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="921"/>
        <source>Upload rate based</source>
        <translation>アップロード速度基準</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="923"/>
        <source>Upload slots behavior</source>
        <translation>アップロードスロットの動作</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="926"/>
        <source>Round-robin</source>
        <translation>ラウンドロビン</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="927"/>
        <source>Fastest upload</source>
        <translation>最速アップロード</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="928"/>
        <source>Anti-leech</source>
        <translation>アンチリーチ</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="930"/>
        <source>Upload choking algorithm</source>
        <translation>アップロードのチョークアルゴリズム</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="935"/>
        <source>Confirm torrent recheck</source>
        <translation>Torrentを再チェックするときは確認する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="939"/>
        <source>Confirm removal of all tags</source>
        <translation>すべてのタグを削除するときは確認する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="947"/>
        <source>Always announce to all trackers in a tier</source>
        <translation>常にティア内のすべてのトラッカーにアナウンスする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="953"/>
        <source>Always announce to all tiers</source>
        <translation>常にすべてのティアにアナウンスする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="795"/>
        <source>Any interface</source>
        <comment>i.e. Any network interface</comment>
        <translation>すべてのインターフェース</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="740"/>
        <source>%1-TCP mixed mode algorithm</source>
        <comment>uTP-TCP mixed mode algorithm</comment>
        <translation>%1-TCP混合モードのアルゴリズム</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="790"/>
        <source>Resolve peer countries</source>
        <translation>ピアの国籍を解決する</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="814"/>
        <source>Network interface</source>
        <translation>ネットワークインターフェース</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="817"/>
        <source>Optional IP address to bind to</source>
        <translation>バインドする任意のIPアドレス</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="833"/>
        <source>Max concurrent HTTP announces</source>
        <translation>HTTPアナウンスの最大同時接続数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="881"/>
        <source>Enable embedded tracker</source>
        <translation>組み込みトラッカーを有効にする</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="886"/>
        <source>Embedded tracker port</source>
        <translation>組み込みトラッカーのポート</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="918"/>
        <source>WebUI username must be at least 3 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="920"/>
        <source>WebUI username cannot contain a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="927"/>
        <source>WebUI password must be at least 6 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1231"/>
        <location filename="../webui/api/appcontroller.cpp" line="1235"/>
        <source>Invalid directory path</source>
        <translation>無効なディレクトリーパスです</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1237"/>
        <source>Directory does not exist</source>
        <translation>ディレクトリーが存在しません</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1249"/>
        <source>Invalid mode, allowed values: %1</source>
        <translation>無効なモードです。使用できる値: %1</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1334"/>
        <source>cookies must be array</source>
        <translation>クッキーは配列でなければなりません</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="360"/>
        <source>Running in portable mode. Auto detected profile folder at: %1</source>
        <translation>ポータブルモードで実行中です。自動検出されたプロファイルフォルダー: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="362"/>
        <source>Redundant command line flag detected: &quot;%1&quot;. Portable mode implies relative fastresume.</source>
        <translation>不要なコマンドラインオプションを検出しました: &quot;%1&quot; 。 ポータブルモードには、&quot;relative fastresume&quot;機能が含まれています。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="366"/>
        <source>Using config directory: %1</source>
        <translation>次の設定ディレクトリーを使用します: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="739"/>
        <source>Torrent name: %1</source>
        <translation>Torrent名: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="740"/>
        <source>Torrent size: %1</source>
        <translation>Torrentサイズ: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="741"/>
        <source>Save path: %1</source>
        <translation>保存パス: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="742"/>
        <source>The torrent was downloaded in %1.</source>
        <comment>The torrent was downloaded in 1 hour and 20 seconds</comment>
        <translation>Torrentは%1にダウンロードされました。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="744"/>
        <location filename="../app/application.cpp" line="762"/>
        <source>Thank you for using qBittorrent.</source>
        <translation>qBittorrentをご利用いただきありがとうございます。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="793"/>
        <source>Torrent: %1, sending mail notification</source>
        <translation>Torrent: %1で通知メールが送信されました</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="985"/>
        <source>Add torrent failed</source>
        <translation>Torrentが追加できませんでした</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="986"/>
        <source>Couldn&apos;t add torrent &apos;%1&apos;, reason: %2.</source>
        <translation>Torrent(%1)を追加できませんでした。理由: %2</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1035"/>
        <source>The WebUI administrator username is: %1</source>
        <translation>WebUI管理者のユーザー名: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1036"/>
        <source>The WebUI administrator password was not set. A temporary password is provided for this session: %1</source>
        <translation>WebUI管理者のパスワードが設定されていません。このセッションは、一時的なパスワードが与えられます: %1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1037"/>
        <source>You should set your own password in program preferences.</source>
        <translation>プログラムの設定で独自のパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1043"/>
        <source>The WebUI is disabled! To enable the WebUI, edit the config file manually.</source>
        <translation>WebUIが無効です。WebUIを有効にするには設定ファイルを手動で編集します。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="646"/>
        <source>Running external program. Torrent: &quot;%1&quot;. Command: `%2`</source>
        <translation>外部プログラムを実行中。 Torrent: &quot;%1&quot;. コマンド: `%2`</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="647"/>
        <source>Failed to run external program. Torrent: &quot;%1&quot;. Command: `%2`</source>
        <translation>外部プログラムが実行できませんでした。Torrent: &quot;%1.&quot; コマンド: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="751"/>
        <source>Torrent &quot;%1&quot; has finished downloading</source>
        <translation>Torrent(%1)のダウンロードが完了しました</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="891"/>
        <source>WebUI will be started shortly after internal preparations. Please wait...</source>
        <translation>準備ができ次第、WebUIが開始されます。しばらくお待ちください...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="916"/>
        <location filename="../app/application.cpp" line="1074"/>
        <source>Loading torrents...</source>
        <translation>Torrentを読み込み中...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="919"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="967"/>
        <source>I/O Error</source>
        <comment>i.e: Input/Output Error</comment>
        <translation>I/Oエラー</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="968"/>
        <source>An I/O error occurred for torrent &apos;%1&apos;.
 Reason: %2</source>
        <comment>e.g: An error occurred for torrent &apos;xxx.avi&apos;.
 Reason: disk is full.</comment>
        <translation>Torrent(%1)で I/O エラーが発生しました。
 理由: %2</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="980"/>
        <source>Torrent added</source>
        <translation>Torrentが追加されました</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="980"/>
        <source>&apos;%1&apos; was added.</source>
        <comment>e.g: xxx.avi was added.</comment>
        <translation>&apos;%1&apos;が追加されました。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="974"/>
        <source>Download completed</source>
        <translation>ダウンロードが完了しました</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="356"/>
        <source>qBittorrent %1 started. Process ID: %2</source>
        <comment>qBittorrent v3.2.0alpha started</comment>
        <translation>qBittorrent %1 が開始されました。プロセスID: %2</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="761"/>
        <source>This is a test email.</source>
        <translation>これはテストメールです。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="768"/>
        <source>Test email</source>
        <translation>テストメール</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="974"/>
        <source>&apos;%1&apos; has finished downloading.</source>
        <comment>e.g: xxx.avi has finished downloading.</comment>
        <translation>&apos;%1&apos;のダウンロードが完了しました。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1017"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1022"/>
        <source>To fix the error, you may need to edit the config file manually.</source>
        <translation>エラーを修正するには、設定ファイルを手動で編集する必要があります。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1031"/>
        <source>To control qBittorrent, access the WebUI at: %1</source>
        <translation>qBittorrentを操作するには、Web UI(%1)にアクセスしてください</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1074"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1120"/>
        <source>Recursive download confirmation</source>
        <translation>再帰的なダウンロードの確認</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1121"/>
        <source>The torrent &apos;%1&apos; contains .torrent files, do you want to proceed with their downloads?</source>
        <translation>Torrent(%1)は&quot;.torrent&quot;ファイルを含んでいます。これらのダウンロードを行いますか？</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1127"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1156"/>
        <source>Recursive download .torrent file within torrent. Source torrent: &quot;%1&quot;. File: &quot;%2&quot;</source>
        <translation>Torrent内の&quot;.torrent&quot;ファイルが再帰的にダウンロードされます。ソースTorrent: &quot;%1&quot;. ファイル: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1262"/>
        <source>Failed to set physical memory (RAM) usage limit. Error code: %1. Error message: &quot;%2&quot;</source>
        <translation>物理メモリー(RAM)の使用限度を設定できませんでした。エラーコード: %1. エラーメッセージ: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1297"/>
        <source>Failed to set physical memory (RAM) usage hard limit. Requested size: %1. System hard limit: %2. Error code: %3. Error message: &quot;%4&quot;</source>
        <translation>物理メモリー(RAM)の絶対的な使用量を設定できませんでした。要求サイズ: %1. システムの絶対制限: %2. エラーコード: %3. エラーメッセージ: &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1405"/>
        <source>qBittorrent termination initiated</source>
        <translation>qBittorrentの終了を開始しました</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1411"/>
        <source>qBittorrent is shutting down...</source>
        <translation>qBittorrentはシャットダウンしています...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1439"/>
        <source>Saving torrent progress...</source>
        <translation>Torrentの進捗状況を保存しています...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1476"/>
        <source>qBittorrent is now ready to exit</source>
        <translation>qBittorrentは終了準備ができました</translation>
    </message>
</context>
<context>
    <name>AsyncFileStorage</name>
    <message>
        <location filename="../base/asyncfilestorage.cpp" line="46"/>
        <source>Could not create directory &apos;%1&apos;.</source>
        <translation>ディレクトリー&apos;%1&apos;を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>AuthController</name>
    <message>
        <source>WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2</source>
        <translation type="vanished">WebAPIのログインに失敗しました。理由: IPがアクセス禁止にされています。IP: %1, ユーザー名: %2</translation>
    </message>
    <message>
        <source>Your IP address has been banned after too many failed authentication attempts.</source>
        <translation type="vanished">認証失敗回数が多すぎるため、使用中のIPアドレスはアクセス禁止にされました。</translation>
    </message>
    <message>
        <source>WebAPI login success. IP: %1</source>
        <translation type="vanished">WebAPIのログインに成功しました。IP: %1</translation>
    </message>
    <message>
        <source>WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3</source>
        <translation type="vanished">WebAPIのログインに失敗しました。理由: 無効な資格情報で%1回試行しました。IP: %2 ユーザー名: %3</translation>
    </message>
</context>
<context>
    <name>AutomatedRssDownloader</name>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="14"/>
        <source>RSS Downloader</source>
        <translation>RSSダウンローダー</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="58"/>
        <source>Download Rules</source>
        <translation>ダウンロードルール</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="182"/>
        <source>Use Regular Expressions</source>
        <translation>正規表現を使用する</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="267"/>
        <source>Use Smart Episode Filter</source>
        <translation>スマートエピソードフィルターを使用する</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="191"/>
        <source>Must Contain:</source>
        <translation>次を含む:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="28"/>
        <source>Auto downloading of RSS torrents is currently disabled. You can enable it in application settings.</source>
        <translation>RSS Torrentの自動ダウンロードは現在、無効になっています。アプリケーションの設定で有効にできます。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="78"/>
        <source>Rename selected rule. You can also use the F2 hotkey to rename.</source>
        <translation>選択したルール名を変更します。F2キーを使用して変更することもできます。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="157"/>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="211"/>
        <source>Must Not Contain:</source>
        <translation>次を含まない:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="231"/>
        <source>Episode Filter:</source>
        <translation>エピソードフィルター:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="263"/>
        <source>Smart Episode Filter will check the episode number to prevent downloading of duplicates.
Supports the formats: S01E01, 1x1, 2017.12.31 and 31.12.2017 (Date formats also support - as a separator)</source>
        <translation>スマートエピソードフィルターは、重複ダウンロードを回避するためにエピソード番号をチェックします。
対応形式: S01E01, 1x1, 2017.12.31, 31.12.2017 (- を区切り文字とした日付形式にも対応)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="314"/>
        <source>Torrent parameters</source>
        <translation>Torrentのパラメーター</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="276"/>
        <source>Ignore Subsequent Matches for (0 to Disable)</source>
        <extracomment>... X days</extracomment>
        <translation>次の日数以前のマッチは無視する(0:無効)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="286"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="289"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="364"/>
        <source>Apply Rule to Feeds:</source>
        <translation>フィードにルールを適用する:</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="384"/>
        <source>Matching RSS Articles</source>
        <translation>マッチするRSS記事</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="412"/>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="422"/>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="114"/>
        <source>Matches articles based on episode filter.</source>
        <translation>エピソードフィルターを使用して記事をマッチします。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="114"/>
        <source>Example: </source>
        <translation>例: </translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="115"/>
        <source> will match 2, 5, 8 through 15, 30 and onward episodes of season one</source>
        <comment>example X will match</comment>
        <translation> シーズン1の2、5、8から15、30以降の各エピソードにマッチします</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="116"/>
        <source>Episode filter rules: </source>
        <translation>エピソードフィルターのルール: </translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="116"/>
        <source>Season number is a mandatory non-zero value</source>
        <translation>シーズン番号は、0以外の値(必須)です</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="118"/>
        <source>Filter must end with semicolon</source>
        <translation>フィルターはセミコロンで終わる必要があります</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="119"/>
        <source>Three range types for episodes are supported: </source>
        <translation>エピソードの範囲指定は3種類あります: </translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="120"/>
        <source>Single number: &lt;b&gt;1x25;&lt;/b&gt; matches episode 25 of season one</source>
        <translation>単数: &lt;b&gt;1x25;&lt;/b&gt; は、シーズン1のエピソード25にマッチします</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="121"/>
        <source>Normal range: &lt;b&gt;1x25-40;&lt;/b&gt; matches episodes 25 through 40 of season one</source>
        <translation>標準範囲: &lt;b&gt;1x25-40;&lt;/b&gt; は、シーズン1のエピソード25から40にマッチします</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="117"/>
        <source>Episode number is a mandatory positive value</source>
        <translation>エピソード番号は、整数値(必須)です</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="66"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="67"/>
        <source>Rules (legacy)</source>
        <translation>ルール(レガシー)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="97"/>
        <source>Clone selected rule to a new rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="98"/>
        <source>The cloned rule will be set as disabled and the downloaded episodes history will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="122"/>
        <source>Infinite range: &lt;b&gt;1x25-;&lt;/b&gt; matches episodes 25 and upward of season one, and all episodes of later seasons</source>
        <translation>無限範囲: &lt;b&gt;1x25-;&lt;/b&gt; は、シーズン1のエピソード25以降と、それ以降のすべてのシーズンのすべてのエピソードにマッチします</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="325"/>
        <source>Last Match: %1 days ago</source>
        <translation>前回のマッチ: %1日前</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="327"/>
        <source>Last Match: Unknown</source>
        <translation>前回のマッチ: 不明</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="394"/>
        <source>New rule name</source>
        <translation>新しいルール名</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="394"/>
        <source>Please type the name of the new download rule.</source>
        <translation>新しいダウンロードルールの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="400"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="576"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="597"/>
        <source>Rule name conflict</source>
        <translation>ルール名の競合</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="401"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="577"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="598"/>
        <source>A rule with this name already exists, please choose another name.</source>
        <translation>入力された名前のルールはすでに存在しています。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="418"/>
        <source>Are you sure you want to remove the download rule named &apos;%1&apos;?</source>
        <translation>ダウンロードルール&apos;%1&apos;を削除しますか？</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="420"/>
        <source>Are you sure you want to remove the selected download rules?</source>
        <translation>選択したダウンロードルールを削除しますか？</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="421"/>
        <source>Rule deletion confirmation</source>
        <translation>ルール削除の確認</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="437"/>
        <source>Invalid action</source>
        <translation>無効な操作</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="438"/>
        <source>The list is empty, there is nothing to export.</source>
        <translation>リストが空のため、エクスポートするものがありません。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="444"/>
        <source>Export RSS rules</source>
        <translation>RSSルールのエクスポート</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="471"/>
        <source>I/O Error</source>
        <translation>I/Oエラー</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="472"/>
        <source>Failed to create the destination file. Reason: %1</source>
        <translation>出力ファイルを作成できませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="480"/>
        <source>Import RSS rules</source>
        <translation>RSSルールのインポート</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="509"/>
        <source>Failed to import the selected rules file. Reason: %1</source>
        <translation>選択したルールファイルをインポートできませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="518"/>
        <source>Add new rule...</source>
        <translation>新しいルールを追加...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="527"/>
        <source>Delete rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="530"/>
        <source>Rename rule...</source>
        <translation>ルール名を変更...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="533"/>
        <source>Clone rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="538"/>
        <source>Delete selected rules</source>
        <translation>選択したルールを削除</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="543"/>
        <source>Clear downloaded episodes...</source>
        <translation>ダウンロードしたエピソードをクリア...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="561"/>
        <source>Rule cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="561"/>
        <source>Please type the name for the clone of the download rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="590"/>
        <source>Rule renaming</source>
        <translation>ルール名の変更</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="590"/>
        <source>Please type the new rule name</source>
        <translation>新しいルール名を入力してください</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="618"/>
        <source>Clear downloaded episodes</source>
        <translation>ダウンロードしたエピソードのクリア</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="619"/>
        <source>Are you sure you want to clear the list of downloaded episodes for the selected rule?</source>
        <translation>選択されたルールのダウンロード済みエピソードのリストをクリアしますか？</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="733"/>
        <source>Regex mode: use Perl-compatible regular expressions</source>
        <translation>正規表現モード: Perl互換の正規表現を使用します</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="783"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="830"/>
        <source>Position %1: %2</source>
        <translation>位置 %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="737"/>
        <source>Wildcard mode: you can use</source>
        <translation>ワイルドカードモード: 以下の文字が使用できます</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="490"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="508"/>
        <source>Import error</source>
        <translation>インポートエラー</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="491"/>
        <source>Failed to read the file. %1</source>
        <translation>ファイル(%1)を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="738"/>
        <source>? to match any single character</source>
        <translation>&quot;?&quot;は任意の1文字にマッチします</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="739"/>
        <source>* to match zero or more of any characters</source>
        <translation>&quot;*&quot;は任意の0文字以上の文字列にマッチします</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="740"/>
        <source>Whitespaces count as AND operators (all words, any order)</source>
        <translation>空白は&quot;AND&quot;演算子とみなされます(すべての単語、語順は任意)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="741"/>
        <source>| is used as OR operator</source>
        <translation>&quot;|&quot;は&quot;OR&quot;演算子として使用します</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="742"/>
        <source>If word order is important use * instead of whitespace.</source>
        <translation>語順が重要な場合は、空白ではなく&apos;&quot;*&quot;を使用します。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="749"/>
        <source>An expression with an empty %1 clause (e.g. %2)</source>
        <comment>We talk about regex/wildcards in the RSS filters section here. So a valid sentence would be: An expression with an empty | clause (e.g. expr|)</comment>
        <translation>空の&quot;%1&quot;を指定した場合(例: %2)は、</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="753"/>
        <source> will match all articles.</source>
        <translation> すべての記事にマッチします。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="754"/>
        <source> will exclude all articles.</source>
        <translation>すべての記事にマッチしません。</translation>
    </message>
</context>
<context>
    <name>BanListOptionsDialog</name>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="14"/>
        <source>List of banned IP addresses</source>
        <translation>アクセス禁止IPアドレスのリスト</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="80"/>
        <source>Ban IP</source>
        <translation>アクセス禁止にするIP</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="87"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="97"/>
        <location filename="../gui/banlistoptionsdialog.cpp" line="110"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="97"/>
        <source>The entered IP address or range is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entered IP address is invalid.</source>
        <translation type="vanished">入力されたIPアドレスは無効です。</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="110"/>
        <source>The entered IP is already banned.</source>
        <translation>入力されたIPアドレスは、すでにアクセス禁止にされています。</translation>
    </message>
</context>
<context>
    <name>BitTorrent::BencodeResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="119"/>
        <source>Cannot create torrent resume folder: &quot;%1&quot;</source>
        <translation>Torrentの再開フォルダー(%1)を作成できません。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="240"/>
        <source>Cannot parse resume data: invalid format</source>
        <translation>再開データの解析ができませんでした:  無効なフォーマット</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="318"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="330"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="339"/>
        <source>Cannot parse torrent info: %1</source>
        <translation>Torrent情報の解析ができませんでした: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="321"/>
        <source>Cannot parse torrent info: invalid format</source>
        <translation>Torrent情報の解析ができませんでした: 無効なフォーマット</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="351"/>
        <source>Mismatching info-hash detected in resume data</source>
        <translation>再開データでinfoハッシュの不一致が検出されました</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="358"/>
        <source>Corrupted resume data: %1</source>
        <translation>破損した再開データ: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="358"/>
        <source>save_path is invalid</source>
        <translation>save_pathが無効です</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="449"/>
        <source>Couldn&apos;t save torrent metadata to &apos;%1&apos;. Error: %2.</source>
        <translation>%1にTorrentのメタデータを保存できませんでした。 エラー: %2.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="487"/>
        <source>Couldn&apos;t save torrent resume data to &apos;%1&apos;. Error: %2.</source>
        <translation>%1 にTorrentの再開データを保存できませんでした。 エラー: %2。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="194"/>
        <source>Couldn&apos;t load torrents queue: %1</source>
        <translation>Torrentキューを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="237"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="311"/>
        <source>Cannot parse resume data: %1</source>
        <translation>再開データの解析ができませんでした:  %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="372"/>
        <source>Resume data is invalid: neither metadata nor info-hash was found</source>
        <translation>再開データが無効です。メタデータもinfoハッシュも見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="512"/>
        <source>Couldn&apos;t save data to &apos;%1&apos;. Error: %2</source>
        <translation>%1 にデータを保存できませんでした。 エラー: %2</translation>
    </message>
</context>
<context>
    <name>BitTorrent::DBResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="325"/>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="329"/>
        <source>Couldn&apos;t load resume data of torrent &apos;%1&apos;. Error: %2</source>
        <translation>Torrent(%1)の再開データを読み込めませんでした。 エラー: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="413"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="418"/>
        <source>Database is corrupted.</source>
        <translation>データベースが破損しています。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="431"/>
        <source>Couldn&apos;t enable Write-Ahead Logging (WAL) journaling mode. Error: %1.</source>
        <translation>ログ先行書き込み(WAL)ジャーナリングモードを有効にできませんでした。エラー: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="624"/>
        <source>Couldn&apos;t obtain query result.</source>
        <translation>クエリーの結果を取得できませんでした。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="628"/>
        <source>WAL mode is probably unsupported due to filesystem limitations.</source>
        <translation>WALモードは、ファイルシステムの制限により、おそらくサポートされていません。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="682"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="688"/>
        <source>Cannot parse resume data: %1</source>
        <translation>再開データの解析ができませんでした:  %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="696"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="705"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="714"/>
        <source>Cannot parse torrent info: %1</source>
        <translation>Torrent情報の解析ができませんでした: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="721"/>
        <source>Corrupted resume data: %1</source>
        <translation>破損した再開データ: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="721"/>
        <source>save_path is invalid</source>
        <translation>save_pathが無効です</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="778"/>
        <source>Couldn&apos;t begin transaction. Error: %1</source>
        <translation>トランザクションを開始できませんでした。エラー: %1</translation>
    </message>
</context>
<context>
    <name>BitTorrent::ResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="909"/>
        <source>Couldn&apos;t save torrent metadata. Error: %1.</source>
        <translation>Torrentのメタデータを保存できませんでした。 エラー: %1。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="966"/>
        <source>Couldn&apos;t store resume data for torrent &apos;%1&apos;. Error: %2</source>
        <translation>Torrent(%1)の再開データを保存できませんでした。 エラー: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="994"/>
        <source>Couldn&apos;t delete resume data of torrent &apos;%1&apos;. Error: %2</source>
        <translation>Torrent(%1)の再開データを削除できませんでした。 エラー: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="1028"/>
        <source>Couldn&apos;t store torrents queue positions. Error: %1</source>
        <translation>Torrentキューの位置を保存できませんでした。エラー: %1</translation>
    </message>
</context>
<context>
    <name>BitTorrent::SessionImpl</name>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <source>Distributed Hash Table (DHT) support: %1</source>
        <translation>分散ハッシュテーブル(DHT)サポート: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>ON</source>
        <translation>ON</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <source>Local Peer Discovery support: %1</source>
        <translation>ローカルピア検出サポート: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="818"/>
        <source>Restart is required to toggle Peer Exchange (PeX) support</source>
        <translation>ピア交換(PeX)サポートに切り換えるには再起動が必要です</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1465"/>
        <source>Failed to resume torrent. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Torrent(%1)が再開できませんでした。理由: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1516"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1523"/>
        <source>Failed to resume torrent: inconsistent torrent ID is detected. Torrent: &quot;%1&quot;</source>
        <translation>Torrentが再開できませんでした:  不整合なTorrent IDが検出されました。 Torrent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1557"/>
        <source>Detected inconsistent data: category is missing from the configuration file. Category will be recovered but its settings will be reset to default. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>不整合なデータが検出されました: 設定ファイルからカテゴリーが欠落しています。カテゴリーは復元されますが、設定はデフォルトにリセットされます。 Torrent: &quot;%1&quot;. カテゴリー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1564"/>
        <source>Detected inconsistent data: invalid category. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>不整合なデータが検出されました: 無効なカテゴリーです。 Torrent: &quot;%1&quot;. カテゴリー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1579"/>
        <source>Detected mismatch between the save paths of the recovered category and the current save path of the torrent. Torrent is now switched to Manual mode. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>復元されたカテゴリーの保存パスとTorrentの現在の保存パスの不一致が検出されました。Torrentは手動モードに切り替わりました。 Torrent: &quot;%1&quot;. カテゴリー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1593"/>
        <source>Detected inconsistent data: tag is missing from the configuration file. Tag will be recovered. Torrent: &quot;%1&quot;. Tag: &quot;%2&quot;</source>
        <translation>不整合なデータが検出されました: 設定ファイルからタグが欠落しています。タグは復元されます。 Torrent: &quot;%1&quot;. タグ: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1599"/>
        <source>Detected inconsistent data: invalid tag. Torrent: &quot;%1&quot;. Tag: &quot;%2&quot;</source>
        <translation>不整合なデータが検出されました: 無効なタグです。 Torrent: &quot;%1&quot;. タグ: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1677"/>
        <source>System wake-up event detected. Re-announcing to all the trackers...</source>
        <translation>システムのウェイクアップイベントが検出されました。すべてのトラッカーに再アナウンス中です...</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1751"/>
        <source>Peer ID: &quot;%1&quot;</source>
        <translation>ピアID: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1752"/>
        <source>HTTP User-Agent: &quot;%1&quot;</source>
        <translation>HTTP User-Agent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <source>Peer Exchange (PeX) support: %1</source>
        <translation>ピア交換(PeX)サポート: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>Anonymous mode: %1</source>
        <translation>匿名モード: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3807"/>
        <source>Encryption support: %1</source>
        <translation>暗号化サポート: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <source>FORCED</source>
        <translation>強制</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2216"/>
        <source>Could not find GUID of network interface. Interface: &quot;%1&quot;</source>
        <translation>ネットワークインターフェースのGUIDが見つかりませんでした。インターフェース: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2233"/>
        <source>Trying to listen on the following list of IP addresses: &quot;%1&quot;</source>
        <translation>次のIPアドレスリストで接続待ちを試行しています: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2380"/>
        <source>Torrent reached the share ratio limit.</source>
        <translation>Torrentが共有比制限に達しました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2398"/>
        <source>Torrent reached the share limit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2419"/>
        <source>Torrent: &quot;%1&quot;.</source>
        <translation>Torrent: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2439"/>
        <source>Super seeding enabled.</source>
        <translation>スーパーシードが有効になりました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6661"/>
        <source>Failed to load additional trackers from file. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2386"/>
        <source>Torrent reached the seeding time limit.</source>
        <translation>Torrentがシード時間制限に達しました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2392"/>
        <source>Torrent reached the inactive seeding time limit.</source>
        <translation>Torrentが非稼働シードの時間制限に達しました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1616"/>
        <source>Failed to load torrent. Reason: &quot;%1&quot;</source>
        <translation>Torrentが読み込めませんでした。 理由: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6380"/>
        <source>I2P error. Message: &quot;%1&quot;.</source>
        <translation>I2Pエラー。 メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3046"/>
        <source>UPnP/NAT-PMP support: ON</source>
        <translation>UPnP/NAT-PMPサポート: ON</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="747"/>
        <source>Saving resume data completed.</source>
        <translation>再開データが保存されました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="758"/>
        <source>BitTorrent session successfully finished.</source>
        <translation>BitTorrentセッションが正常に終了しました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="760"/>
        <source>Session shutdown timed out.</source>
        <translation>セッションのシャットダウンがタイムアウトしました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2423"/>
        <source>Removing torrent.</source>
        <translation>Torrentを削除しています。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2428"/>
        <source>Removing torrent and deleting its content.</source>
        <translation>Torrentとそのコンテンツを削除しています。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2434"/>
        <source>Torrent stopped.</source>
        <translation>Torrentが停止されました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2448"/>
        <source>Torrent content removed. Torrent: &quot;%1&quot;</source>
        <translation>Torrent(%1)のコンテンツが削除されました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2452"/>
        <source>Failed to remove torrent content. Torrent: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Torrent(%1)のコンテンツが削除できませんでした。理由: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2564"/>
        <source>Torrent removed. Torrent: &quot;%1&quot;</source>
        <translation>Torrent(%1)が削除されました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2756"/>
        <source>Merging of trackers is disabled</source>
        <translation>トラッカーのマージは無効です</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2766"/>
        <source>Trackers cannot be merged because it is a private torrent</source>
        <translation>プライベートTorrentのため、トラッカーはマージできません。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2777"/>
        <source>Trackers are merged from new source</source>
        <translation>トラッカーは新しいソースからマージされます。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2985"/>
        <source>Failed to add torrent. Reason: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3065"/>
        <source>UPnP/NAT-PMP support: OFF</source>
        <translation>UPnP/NAT-PMPサポート: OFF</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3172"/>
        <source>Failed to download torrent metadata. Reason: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3217"/>
        <source>Failed to export torrent. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>Torrentがエクスポートできませんでした。 Torrent: &quot;%1&quot;. 保存先: &quot;%2&quot;. 理由: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3260"/>
        <source>Aborted saving resume data. Number of outstanding torrents: %1</source>
        <translation>再開データの保存が中断されました。未処理Torrent数: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3396"/>
        <source>The configured network address is invalid. Address: &quot;%1&quot;</source>
        <translation>構成されたネットワークアドレスが無効です。 アドレス: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3437"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3471"/>
        <source>Failed to find the configured network address to listen on. Address: &quot;%1&quot;</source>
        <translation>接続待ちをする構成されたネットワークアドレスが見つかりませんでした。アドレス: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3450"/>
        <source>The configured network interface is invalid. Interface: &quot;%1&quot;</source>
        <translation>構成されたネットワークインターフェースが無効です。 インターフェース: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4073"/>
        <source>Tracker list updated</source>
        <translation>トラッカーリストが更新されました</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4077"/>
        <source>Failed to update tracker list. Reason: &quot;%1&quot;</source>
        <translation>トラッカーリストが更新できませんでした。 理由: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rejected invalid IP address while applying the list of banned IP addresses. IP: &quot;%1&quot;</source>
        <translation type="vanished">アクセス禁止IPアドレスのリストを適用中に無効なIPは除外されました。IP: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5301"/>
        <source>Added tracker to torrent. Torrent: &quot;%1&quot;. Tracker: &quot;%2&quot;</source>
        <translation>Torrentにトラッカーが追加されました。 Torrent: &quot;%1&quot;. トラッカー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5308"/>
        <source>Removed tracker from torrent. Torrent: &quot;%1&quot;. Tracker: &quot;%2&quot;</source>
        <translation>Torrentからトラッカーが削除されました。 Torrent: &quot;%1&quot;. トラッカー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5320"/>
        <source>Added URL seed to torrent. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</source>
        <translation>TorrentにURLシードが追加されました。 Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5326"/>
        <source>Removed URL seed from torrent. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</source>
        <translation>TorrentからURLシードが削除されました。 Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6501"/>
        <source>Generate resume data failed. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Torrent(%1)の再開データを生成できませんでした。エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6513"/>
        <source>Failed to restore torrent. Files were probably moved or storage isn&apos;t accessible. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>Torrentが復元できませんでした。ファイルが移動されたか、ストレージにアクセスできない可能性があります。Torrent: &quot;%1&quot;. 理由: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6540"/>
        <source>File rename failed. Torrent: &quot;%1&quot;, file: &quot;%2&quot;, reason: &quot;%3&quot;</source>
        <translation>Torrent(%1)のファイル(%2)のファイル名を変更できませんでした。 理由: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6553"/>
        <source>Performance alert: %1. More info: %2</source>
        <translation>パフォーマンスアラート: %1. 詳細: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6630"/>
        <source>Failed to remove partfile. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;.</source>
        <translation>Torrent(%1)の部分ファイルが削除できませんでした。理由: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5355"/>
        <source>Torrent resumed. Torrent: &quot;%1&quot;</source>
        <translation>Torrentが再開されました。 Torrent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5517"/>
        <source>Torrent download finished. Torrent: &quot;%1&quot;</source>
        <translation>Torrentのダウンロードが完了しました。Torrent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5420"/>
        <source>Torrent move canceled. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;</source>
        <translation>Torrentの移動がキャンセルされました。 Torrent: &quot;%1&quot;. 移動元: &quot;%2&quot;. 移動先: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2767"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2778"/>
        <source>Detected an attempt to add a duplicate torrent. Existing torrent: &quot;%1&quot;. Torrent infohash: %2. Result: %3</source>
        <translation>重複したTorrentの追加が検出されました。既存Torrent: %1. infoハッシュ: %2. 結果: %3.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5349"/>
        <source>Torrent stopped. Torrent: &quot;%1&quot;</source>
        <translation>Torrent(%1)が停止されました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5431"/>
        <source>Failed to enqueue torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;. Reason: torrent is currently moving to the destination</source>
        <translation>Torrentの移動準備ができませんでした。Torrent: &quot;%1&quot;. 移動元: &quot;%2&quot;. 移動先: &quot;%3&quot;. 理由: Torrentは現在移動先に移動中です。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5440"/>
        <source>Failed to enqueue torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot; Destination: &quot;%3&quot;. Reason: both paths point to the same location</source>
        <translation>Torrentの移動準備ができませんでした。Torrent: &quot;%1&quot;. 移動元: &quot;%2&quot;. 移動先: &quot;%3&quot;. 理由: 両方のパスが同じ場所を指定しています</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5448"/>
        <source>Enqueued torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;</source>
        <translation>Torrentの移動が実行待ちになりました。 Torrent: &quot;%1&quot;. 移動元: &quot;%2&quot;. 移動先: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5475"/>
        <source>Start moving torrent. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;</source>
        <translation>Torrentの移動が開始されました。 Torrent: &quot;%1&quot;. 保存先: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5551"/>
        <source>Failed to save Categories configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>カテゴリー設定が保存できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5598"/>
        <source>Failed to parse Categories configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>カテゴリー設定が解析できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5703"/>
        <source>Successfully parsed the IP filter file. Number of rules applied: %1</source>
        <translation>IPフィルターファイルが正常に解析されました。適用されたルール数: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5713"/>
        <source>Failed to parse the IP filter file</source>
        <translation>IPフィルターファイルが解析できませんでした</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1623"/>
        <source>Restored torrent. Torrent: &quot;%1&quot;</source>
        <translation>Torrentが復元されました。 Torrent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3002"/>
        <source>Added new torrent. Torrent: &quot;%1&quot;</source>
        <translation>Torrentが追加されました。 Torrent: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4208"/>
        <source>Rejected invalid IP address range while applying the list of banned IP addresses. IP range: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5938"/>
        <source>Torrent errored. Torrent: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Torrentのエラーです。Torrent: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5990"/>
        <source>Torrent is missing SSL parameters. Torrent: &quot;%1&quot;. Message: &quot;%2&quot;</source>
        <translation>TorrentにSSLパラメーターがありません。 Torrent: &quot;%1&quot;. メッセージ: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6053"/>
        <source>File error alert. Torrent: &quot;%1&quot;. File: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>ファイルエラーアラート。 理由: %3. Torrent: &quot;%1&quot;. ファイル: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6064"/>
        <source>UPnP/NAT-PMP port mapping failed. Message: &quot;%1&quot;</source>
        <translation>UPnP/NAT-PMPポートをマッピングできませんでした。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6070"/>
        <source>UPnP/NAT-PMP port mapping succeeded. Message: &quot;%1&quot;</source>
        <translation>UPnP/NAT-PMPポートのマッピングに成功しました。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6088"/>
        <source>IP filter</source>
        <comment>this peer was blocked. Reason: IP filter.</comment>
        <translation>IPフィルター</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6091"/>
        <source>filtered port (%1)</source>
        <comment>this peer was blocked. Reason: filtered port (8899).</comment>
        <translation>フィルター適用ポート(%1)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6097"/>
        <source>privileged port (%1)</source>
        <comment>this peer was blocked. Reason: privileged port (80).</comment>
        <translation>特権ポート(%1)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6136"/>
        <source>URL seed connection failed. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>URLシードに接続できませんでした。Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. エラー: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6187"/>
        <source>BitTorrent session encountered a serious error. Reason: &quot;%1&quot;</source>
        <translation>BitTorrentセッションで深刻なエラーが発生しました。理由: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6370"/>
        <source>SOCKS5 proxy error. Address: %1. Message: &quot;%2&quot;.</source>
        <translation>SOCKS5プロキシエラー。アドレス: %1。メッセージ: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6094"/>
        <source>%1 mixed mode restrictions</source>
        <comment>this peer was blocked. Reason: I2P mixed mode restrictions.</comment>
        <translation>%1 混在モード制限</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5590"/>
        <source>Failed to load Categories. %1</source>
        <translation>カテゴリー(%1)を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5605"/>
        <source>Failed to load Categories configuration. File: &quot;%1&quot;. Error: &quot;Invalid data format&quot;</source>
        <translation>カテゴリー設定が読み込めませんでした。 ファイル: &quot;%1&quot;. エラー: 無効なデータ形式</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6100"/>
        <source>%1 is disabled</source>
        <comment>this peer was blocked. Reason: uTP is disabled.</comment>
        <translation>%1が無効</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6103"/>
        <source>%1 is disabled</source>
        <comment>this peer was blocked. Reason: TCP is disabled.</comment>
        <translation>%1が無効</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6142"/>
        <source>Received error message from URL seed. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Message: &quot;%3&quot;</source>
        <translation>URLシードからエラーメッセージを受け取りました。 Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. メッセージ: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6151"/>
        <source>Successfully listening on IP. IP: &quot;%1&quot;. Port: &quot;%2/%3&quot;</source>
        <translation>接続待ちに成功しました。IP: &quot;%1&quot;. ポート: &quot;%2/%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6158"/>
        <source>Failed to listen on IP. IP: &quot;%1&quot;. Port: &quot;%2/%3&quot;. Reason: &quot;%4&quot;</source>
        <translation>接続待ちに失敗しました。IP: &quot;%1&quot;. ポート: &quot;%2/%3&quot;. 理由: &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6166"/>
        <source>Detected external IP. IP: &quot;%1&quot;</source>
        <translation>外部IPを検出しました。 IP: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6297"/>
        <source>Error: Internal alert queue is full and alerts are dropped, you might see degraded performance. Dropped alert type: &quot;%1&quot;. Message: &quot;%2&quot;</source>
        <translation>エラー: 内部のアラートキューが一杯でアラートがドロップしているため、パフォーマンスが低下する可能性があります。ドロップしたアラートのタイプ: &quot;%1&quot;. メッセージ: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6313"/>
        <source>Moved torrent successfully. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;</source>
        <translation>Torrentが正常に移動されました。 Torrent: &quot;%1&quot;. 保存先: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6330"/>
        <source>Failed to move torrent. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;. Reason: &quot;%4&quot;</source>
        <translation>Torrentが移動できませんでした。 Torrent: &quot;%1&quot;. 保存元: &quot;%2&quot;. 保存先: &quot;%3&quot;. 理由: &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentCreationTask</name>
    <message>
        <location filename="../base/bittorrent/torrentcreationtask.cpp" line="76"/>
        <source>Failed to start seeding.</source>
        <translation>シードを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentCreator</name>
    <message>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="94"/>
        <source>Operation aborted</source>
        <translation>操作が中断されました</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="276"/>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="280"/>
        <source>Create new torrent file failed. Reason: %1.</source>
        <translation>新しいTorrentファイルを作成できませんでした。 理由: %1。</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentImpl</name>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="858"/>
        <source>Failed to add peer &quot;%1&quot; to torrent &quot;%2&quot;. Reason: %3</source>
        <translation>ピア(%1)をTorrent(%2)に追加できませんでした。 理由: %3</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="863"/>
        <source>Peer &quot;%1&quot; is added to torrent &quot;%2&quot;</source>
        <translation>ピア(%1)がTorrent(%2)に追加されました</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="933"/>
        <source>Unexpected data detected. Torrent: %1. Data: total_wanted=%2 total_wanted_done=%3.</source>
        <translation>想定外のデータが検出されました。Torrent: %1. データ: total_wanted=%2 total_wanted_done=%3.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1368"/>
        <source>Couldn&apos;t write to file. Reason: &quot;%1&quot;. Torrent is now in &quot;upload only&quot; mode.</source>
        <translation>ファイルに書き込めませんでした。理由: &quot;%1&quot;. Torrentは「アップロードのみ」モードになりました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1745"/>
        <source>Download first and last piece first: %1, torrent: &apos;%2&apos;</source>
        <translation>最初と最後のピースを先にダウンロード: %1, Torrent: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1746"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1746"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1951"/>
        <source>Failed to reload torrent. Torrent: %1. Reason: %2</source>
        <translation>Torrent(%1)がリロードできませんでした。理由: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="2757"/>
        <source>Missing metadata</source>
        <translation>メタデータ不足</translation>
    </message>
</context>
<context>
    <name>BitTorrent::Tracker</name>
    <message>
        <location filename="../base/bittorrent/tracker.cpp" line="217"/>
        <source>Embedded Tracker: Now listening on IP: %1, port: %2</source>
        <translation>組み込みトラッカー: 接続待ちをしています。 IP: %1, ポート: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/tracker.cpp" line="222"/>
        <source>Embedded Tracker: Unable to bind to IP: %1, port: %2. Reason: %3</source>
        <translation>組み込みトラッカー: 次の IP:ポートにバインドできませんでした。 IP: %1, ポート: %2. 理由: %3</translation>
    </message>
</context>
<context>
    <name>CMD Options</name>
    <message>
        <location filename="../app/cmdoptions.cpp" line="164"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--webui-port&apos; must follow syntax &apos;--webui-port=value&apos;</comment>
        <translation>引数&apos;%1&apos;は&apos;%1=%2&apos;の構文で指定する必要があります</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="213"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--webui-port&apos; must follow syntax &apos;--webui-port=&lt;value&gt;&apos;</comment>
        <translation>引数&apos;%1&apos;は&apos;%1=%2&apos;の構文で指定する必要があります</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="229"/>
        <source>Expected integer number in environment variable &apos;%1&apos;, but got &apos;%2&apos;</source>
        <translation>環境変数&apos;%1&apos;は整数であることを期待していますが&apos;%2&apos;が得られました</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="293"/>
        <source>Expected %1 in environment variable &apos;%2&apos;, but got &apos;%3&apos;</source>
        <translation>環境変数&apos;%2&apos;は%1であることを期待していますが&apos;%3&apos;が得られました</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="474"/>
        <location filename="../app/cmdoptions.cpp" line="482"/>
        <source>%1 must specify a valid port (1 to 65535).</source>
        <translation>%1には正しいポート番号(1から65535)を設定してください。</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="366"/>
        <source>Usage:</source>
        <translation>使用法:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="367"/>
        <source>[options] [(&lt;filename&gt; | &lt;url&gt;)...]</source>
        <translation>[オプション] [(&lt;filename&gt; | &lt;url&gt;)...]</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="369"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="372"/>
        <source>Display program version and exit</source>
        <translation>プログラムのバージョンを表示して終了する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="370"/>
        <source>Display this help message and exit</source>
        <translation>このヘルプメッセージを表示して終了する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="274"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--add-stopped&apos; must follow syntax &apos;--add-stopped=&lt;true|false&gt;&apos;</comment>
        <translation>引数&apos;%1&apos;は&apos;%1=%2&apos;の構文で指定する必要があります</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="374"/>
        <source>Confirm the legal notice</source>
        <translation>免責事項を確認する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="375"/>
        <location filename="../app/cmdoptions.cpp" line="378"/>
        <source>port</source>
        <translation>ポート番号</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="376"/>
        <source>Change the WebUI port</source>
        <translation>WebUIのポート番号を変更する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="379"/>
        <source>Change the torrenting port</source>
        <translation>Torrent用のポート番号を変更する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="382"/>
        <source>Disable splash screen</source>
        <translation>スプラッシュ・スクリーンを表示しません</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="384"/>
        <source>Run in daemon-mode (background)</source>
        <translation>デーモンモード(バックグラウンド)で実行します</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="387"/>
        <source>dir</source>
        <extracomment>Use appropriate short form or abbreviation of &quot;directory&quot;</extracomment>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="388"/>
        <source>Store configuration files in &lt;dir&gt;</source>
        <translation>設定ファイルは &lt;dir&gt; に保存されます</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="389"/>
        <location filename="../app/cmdoptions.cpp" line="402"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="390"/>
        <source>Store configuration files in directories qBittorrent_&lt;name&gt;</source>
        <translation>設定ファイルはディレクトリ qBittorrent_&lt;name&gt; に保存されます</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="392"/>
        <source>Hack into libtorrent fastresume files and make file paths relative to the profile directory</source>
        <translation>libtorrentのfastresumeファイルをハックして、プロファイルディレクトリーに相対的なファイルパスを作成します</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="394"/>
        <source>files or URLs</source>
        <translation>ファイルまたはURL</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="395"/>
        <source>Download the torrents passed by the user</source>
        <translation>ユーザーから渡されたTorrentをダウンロード</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="398"/>
        <source>Options when adding new torrents:</source>
        <translation>新規Torrentを追加したときのオプション:</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="399"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="399"/>
        <source>Torrent save path</source>
        <translation>Torrentの保存パス</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="400"/>
        <source>Add torrents as running or stopped</source>
        <translation>Torrentを実行中または停止中で追加する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="401"/>
        <source>Skip hash check</source>
        <translation>ハッシュチェックを省略する</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="403"/>
        <source>Assign torrents to category. If the category doesn&apos;t exist, it will be created.</source>
        <translation>Torrentにカテゴリーを割り当てます。存在しないカテゴリーは作成されます。</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="405"/>
        <source>Download files in sequential order</source>
        <translation>ファイルのピースを先頭から順番にダウンロードします</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="407"/>
        <source>Download first and last pieces first</source>
        <translation>先頭と最後のピースを先にダウンロード</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="409"/>
        <source>Specify whether the &quot;Add New Torrent&quot; dialog opens when adding a torrent.</source>
        <translation>Torrentを追加するときに「Torrentの追加」ダイアログを表示するかどうかを指定します。</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="413"/>
        <source>Option values may be supplied via environment variables. For option named &apos;parameter-name&apos;, environment variable name is &apos;QBT_PARAMETER_NAME&apos; (in upper case, &apos;-&apos; replaced with &apos;_&apos;). To pass flag values, set the variable to &apos;1&apos; or &apos;TRUE&apos;. For example, to disable the splash screen: </source>
        <translation>オプションの値は環境変数から取られます。オプション名&apos;parameter-name&apos;の値に対応する環境変数名は&apos;QBT_PARAMETER_NAME&apos; (大文字、&apos;-&apos;は&apos;_&apos;に置き換え)です。フラグ値を渡す場合は、値に&apos;1&apos;または&apos;TRUE&apos;を指定します。スプラッシュスクリーンを表示しないようにするには: </translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="418"/>
        <source>Command line parameters take precedence over environment variables</source>
        <translation>コマンドライン引数は環境変数より優先されます</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="559"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>CategoryFilterModel</name>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="254"/>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="432"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="439"/>
        <source>Uncategorized</source>
        <translation>カテゴリーなし</translation>
    </message>
</context>
<context>
    <name>CategoryFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="118"/>
        <source>Add category...</source>
        <translation>カテゴリーを追加...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="124"/>
        <source>Add subcategory...</source>
        <translation>サブカテゴリーを追加...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="126"/>
        <source>Edit category...</source>
        <translation>カテゴリーを編集...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="128"/>
        <source>Remove category</source>
        <translation>カテゴリーの削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="132"/>
        <source>Remove unused categories</source>
        <translation>未使用のカテゴリーを削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="135"/>
        <source>Start torrents</source>
        <translation>Torrentを開始する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="137"/>
        <source>Stop torrents</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="139"/>
        <source>Remove torrents</source>
        <translation>Torrentを削除</translation>
    </message>
</context>
<context>
    <name>ClientDataController</name>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="61"/>
        <source>`keys` must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="67"/>
        <source>Items of `keys` must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="83"/>
        <source>`data` must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDataStorage</name>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="53"/>
        <source>Failed to load web client data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="61"/>
        <source>Failed to parse web client data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="68"/>
        <source>Failed to load web client data. File: &quot;%1&quot;. Error: &quot;Invalid data format&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="113"/>
        <source>Total web client data must not be larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="116"/>
        <source>Failed to save web client data. Error: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorWidget</name>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="99"/>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="100"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="129"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>CookiesDialog</name>
    <message>
        <location filename="../gui/cookiesdialog.ui" line="14"/>
        <source>Manage Cookies</source>
        <translation>クッキーの管理</translation>
    </message>
</context>
<context>
    <name>CookiesModel</name>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="51"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="53"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="55"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="57"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="59"/>
        <source>Expiration Date</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>CustomThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="261"/>
        <source>Failed to load custom theme style sheet. %1</source>
        <translation>カスタムテーマのスタイルシートが読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="285"/>
        <source>Failed to load custom theme colors. %1</source>
        <translation>カスタムテーマのカラーが読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>DefaultThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="178"/>
        <source>Failed to load default theme colors. %1</source>
        <translation>デフォルトテーマのカラーが読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmationDialog</name>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="20"/>
        <source>Remove torrent(s)</source>
        <translation>Torrentを削除</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="67"/>
        <source>Remember choice</source>
        <translation>選択状態を保存</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="91"/>
        <source>Also remove the content files</source>
        <translation>コンテンツファイルも削除する</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="48"/>
        <source>Are you sure you want to remove &apos;%1&apos; from the transfer list?</source>
        <comment>Are you sure you want to remove &apos;ubuntu-linux-iso&apos; from the transfer list?</comment>
        <translation>&apos;%1&apos;を転送リストから削除してもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="50"/>
        <source>Are you sure you want to remove these %1 torrents from the transfer list?</source>
        <comment>Are you sure you want to remove these 5 torrents from the transfer list?</comment>
        <translation>これらのTorrent(%1)を転送リストから削除してもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="70"/>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="72"/>
        <source>Remove torrent and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="70"/>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="72"/>
        <source>Remove torrent</source>
        <translation type="unfinished">Torrentを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">削除</translation>
    </message>
</context>
<context>
    <name>DownloadFromURLDialog</name>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="14"/>
        <source>Download from URLs</source>
        <translation>URLからダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="25"/>
        <source>Add torrent links</source>
        <translation>Torrentリンクを追加する</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="47"/>
        <source>One link per line (HTTP links, Magnet links and info-hashes are supported)</source>
        <translation>1行に1リンク(HTTPリンク、マグネットリンク、infoハッシュに対応)</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="68"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="136"/>
        <source>No URL entered</source>
        <translation>URLが入力されていません</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="136"/>
        <source>Please type at least one URL.</source>
        <translation>最低でも1行のURLを入力してください。</translation>
    </message>
</context>
<context>
    <name>DownloadedPiecesBar</name>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="200"/>
        <source>Missing pieces</source>
        <translation>不足しているピース</translation>
    </message>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="201"/>
        <source>Partial pieces</source>
        <translation>部分的なピース</translation>
    </message>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="202"/>
        <source>Completed pieces</source>
        <translation>完了したピース</translation>
    </message>
</context>
<context>
    <name>ExecutionLogWidget</name>
    <message>
        <location filename="../gui/executionlogwidget.ui" line="36"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.ui" line="42"/>
        <source>Blocked IPs</source>
        <translation>ブロックされたIP</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.cpp" line="95"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.cpp" line="99"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>FeedListWidget</name>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="111"/>
        <source>RSS feeds</source>
        <translation>RSSフィード</translation>
    </message>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="124"/>
        <source>All</source>
        <translation type="unfinished">すべて</translation>
    </message>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="131"/>
        <location filename="../gui/rss/feedlistwidget.cpp" line="189"/>
        <source>Unread  (%1)</source>
        <translation>未読 (%1)</translation>
    </message>
</context>
<context>
    <name>FileLogger</name>
    <message>
        <location filename="../app/filelogger.cpp" line="180"/>
        <source>An error occurred while trying to open the log file. Logging to file is disabled. File: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSystemPathEdit</name>
    <message>
        <location filename="../gui/fspathedit.cpp" line="59"/>
        <source>...</source>
        <comment>Launch file dialog button text (brief)</comment>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="61"/>
        <source>&amp;Browse...</source>
        <comment>Launch file dialog button text (full)</comment>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="63"/>
        <source>Choose a file</source>
        <comment>Caption for file open/save dialog</comment>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="65"/>
        <source>Choose a folder</source>
        <comment>Caption for directory open dialog</comment>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="97"/>
        <source>Any file</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>FilterParserThread</name>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="132"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="304"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="485"/>
        <source>I/O Error: Could not open IP filter file in read mode.</source>
        <translation>I/Oエラー: IPフィルターファイルを読み取りモードで開けませんでした。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="227"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="380"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="390"/>
        <source>IP filter line %1 is malformed.</source>
        <translation>IPフィルターの%1行目の形式に誤りがあります。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="237"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="400"/>
        <source>IP filter line %1 is malformed. Start IP of the range is malformed.</source>
        <translation>IPフィルターの%1行目の形式に誤りがあります。IPレンジの先頭が正しくありません。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="247"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="410"/>
        <source>IP filter line %1 is malformed. End IP of the range is malformed.</source>
        <translation>IPフィルターの%1行目の形式に誤りがあります。IPレンジの最後が正しくありません。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="256"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="419"/>
        <source>IP filter line %1 is malformed. One IP is IPv4 and the other is IPv6!</source>
        <translation>IPフィルターの%1行目の形式に誤りがあります。IPv4とIPv6が混在しています。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="264"/>
        <source>IP filter line %1 is malformed. End IP is lower than Start IP!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="280"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="434"/>
        <source>IP filter exception thrown for line %1. Exception is: %2</source>
        <translation>IPフィルターの%1行目で例外が送出されました。例外: %2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="290"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="444"/>
        <source>%1 extra IP filter parsing errors occurred.</source>
        <comment>513 extra IP filter parsing errors occurred.</comment>
        <translation>報告済みとは別に、%1回のIPフィルターの解析エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="497"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="512"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="536"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="547"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="558"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="570"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="592"/>
        <source>Parsing Error: The filter file is not a valid PeerGuardian P2B file.</source>
        <translation>解析エラー: フィルターファイルは有効なPeerGuardian P2Bファイルではありません。</translation>
    </message>
</context>
<context>
    <name>FilterPatternFormatMenu</name>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="36"/>
        <source>Pattern Format</source>
        <translation>パターン形式</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="41"/>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="45"/>
        <source>Wildcards</source>
        <translation>ワイルドカード</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="49"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
</context>
<context>
    <name>GUIAddTorrentManager</name>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="113"/>
        <source>Downloading torrent... Source: &quot;%1&quot;</source>
        <translation>Torrentをダウンロード中... ソース: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="207"/>
        <source>Torrent is already present</source>
        <translation>Torrentはすでに存在します</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="213"/>
        <source>Trackers cannot be merged because it is a private torrent.</source>
        <translation>プライベートTorrentのため、トラッカーはマージできません。</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="219"/>
        <source>Torrent &apos;%1&apos; is already in the transfer list. Do you want to merge trackers from new source?</source>
        <translation>Torrent(%1)はすでに転送リストにあります。新しいソースからトラッカーをマージしますか？</translation>
    </message>
</context>
<context>
    <name>GeoIPDatabase</name>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="92"/>
        <location filename="../base/net/geoipdatabase.cpp" line="126"/>
        <source>Unsupported database file size.</source>
        <translation>データベースのファイルサイズが対応範囲を超えています。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="235"/>
        <source>Metadata error: &apos;%1&apos; entry not found.</source>
        <translation>メタデータエラー: エントリー &apos;%1&apos; が見つかりません。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="236"/>
        <source>Metadata error: &apos;%1&apos; entry has invalid type.</source>
        <translation>メタデータエラー: エントリー &apos;%1&apos; のタイプが無効です。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="246"/>
        <source>Unsupported database version: %1.%2</source>
        <translation>対応していないデータベースバージョン: %1.%2</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="254"/>
        <source>Unsupported IP version: %1</source>
        <translation>対応していないIPバージョン: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="262"/>
        <source>Unsupported record size: %1</source>
        <translation>対応していないレコードサイズ: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="293"/>
        <source>Database corrupted: no data section found.</source>
        <translation>データベースの破損: データセクションが見つかりません。</translation>
    </message>
</context>
<context>
    <name>Http::Connection</name>
    <message>
        <location filename="../base/http/connection.cpp" line="95"/>
        <source>Http request size exceeds limitation, closing socket. Limit: %1, IP: %2</source>
        <translation>HTTPリクエストのサイズが制限を超えたため、ソケットを閉じています。制限: %1, IP: %2</translation>
    </message>
    <message>
        <location filename="../base/http/connection.cpp" line="109"/>
        <source>Bad Http request method, closing socket. IP: %1. Method: &quot;%2&quot;</source>
        <translation>不正なHTTPリクエストメソッドのため、ソケットを閉じています。 IP: %1. メソッド: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/http/connection.cpp" line="122"/>
        <source>Bad Http request, closing socket. IP: %1</source>
        <translation>不正なHTTPリクエストのため、ソケットを閉じています。 IP: %1</translation>
    </message>
</context>
<context>
    <name>IPSubnetWhitelistOptionsDialog</name>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="14"/>
        <source>List of whitelisted IP subnets</source>
        <translation>ホワイトリストに登録されたIPサブネットのリスト</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="53"/>
        <source>Example: 172.17.32.0/24, fdff:ffff:c8::/40</source>
        <translation>例: 172.17.32.0/24, fdff:ffff:c8::/40</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="64"/>
        <source>Add subnet</source>
        <translation>サブネットを追加</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="71"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.cpp" line="98"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.cpp" line="98"/>
        <source>The entered subnet is invalid.</source>
        <translation>入力されたサブネットは無効です。</translation>
    </message>
</context>
<context>
    <name>IconWidget</name>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="181"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="182"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="209"/>
        <source>Select icon</source>
        <translation>アイコンの選択</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="210"/>
        <source>Supported image files</source>
        <translation>対応する画像ファイル</translation>
    </message>
</context>
<context>
    <name>InhibitorDBus</name>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="70"/>
        <source>Power management found suitable D-Bus interface. Interface: %1</source>
        <translation>電源管理で適切なD-Busインターフェースが見つかりました。インターフェース: %1</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="75"/>
        <source>Power management error. Did not find a suitable D-Bus interface.</source>
        <translation>電源管理エラー。適切なD-Busインターフェースが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="163"/>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="182"/>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="200"/>
        <source>Power management error. Action: %1. Error: %2</source>
        <translation>電源管理エラー。 操作: %1. エラー: %2</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="220"/>
        <source>Power management unexpected error. State: %1. Error: %2</source>
        <translation>電源管理の予期せぬエラー。 状態: %1. エラー: %2</translation>
    </message>
</context>
<context>
    <name>InhibitorMacOS</name>
    <message>
        <location filename="../gui/powermanagement/inhibitormacos.cpp" line="36"/>
        <source>PMMacOS</source>
        <comment>qBittorrent is active</comment>
        <translation>PMMacOS</translation>
    </message>
</context>
<context>
    <name>LegalNotice</name>
    <message>
        <location filename="../app/legalnotice.cpp" line="50"/>
        <source>Legal Notice</source>
        <translation>免責事項</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="51"/>
        <source>qBittorrent is a file sharing program. When you run a torrent, its data will be made available to others by means of upload. Any content you share is your sole responsibility.</source>
        <translation>qBittorrentはファイル共有プログラムです。あなたがTorrentを実行するとき、そのデータはアップロードによって他の人が入手できるようになります。共有するすべてのコンテンツは、自己責任となります。</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="52"/>
        <source>No further notices will be issued.</source>
        <translation>この通知はこれ以降は表示されません。</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="58"/>
        <source>If you have read the legal notice, you can use command line option `--confirm-legal-notice` to suppress this message.</source>
        <translation>免責事項が既読の場合は、コマンドラインオプション`--confirm-legal-notice` を使用して、このメッセージを非表示にできます。</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="67"/>
        <source>Press &apos;Enter&apos; key to continue...</source>
        <translation>エンターキーを押して続行...</translation>
    </message>
</context>
<context>
    <name>LogPeerModel</name>
    <message>
        <location filename="../gui/log/logmodel.cpp" line="198"/>
        <source>%1 was blocked. Reason: %2.</source>
        <comment>0.0.0.0 was blocked. Reason: reason for blocking.</comment>
        <translation>%1はブロックされました。理由: %2</translation>
    </message>
    <message>
        <location filename="../gui/log/logmodel.cpp" line="199"/>
        <source>%1 was banned</source>
        <comment>0.0.0.0 was banned</comment>
        <translation>%1 はアクセス禁止にされました</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="226"/>
        <source>%1 is an unknown command line parameter.</source>
        <comment>--random-parameter is an unknown command line parameter.</comment>
        <translation>%1 は不明なコマンドライン引数です。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>Run application with -h option to read about command line parameters.</source>
        <translation>-h オプションを指定して起動するとコマンドラインパラメーターを表示します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Bad command line</source>
        <translation>不正なコマンドライン</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>Bad command line: </source>
        <translation>不正なコマンドライン: </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>An unrecoverable error occurred.</source>
        <translation>回復不能なエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="124"/>
        <location filename="../app/main.cpp" line="128"/>
        <source>qBittorrent has encountered an unrecoverable error.</source>
        <translation>qBittorrentで回復不能なエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="237"/>
        <source>You cannot use %1: qBittorrent is already running.</source>
        <translation>%1を使用できません:  qBittorrentはすでに実行中です。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>Another qBittorrent instance is already running.</source>
        <translation>別のqBittorrentインスタンスがすでに実行されています。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="300"/>
        <source>Found unexpected qBittorrent instance. Exiting this instance. Current process ID: %1.</source>
        <translation>予期せぬqBittorrentインスタンスが見つかりました。このインスタンスを終了します。現在のプロセスID: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="309"/>
        <source>Error when daemonizing. Reason: &quot;%1&quot;. Error code: %2.</source>
        <translation>デーモン化時のエラー。 理由: &quot;%1&quot;. エラーコード: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.ui" line="43"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="69"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="91"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="59"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="73"/>
        <source>On Downloads &amp;Done</source>
        <translation>ダウンロード完了時(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="101"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="185"/>
        <source>&amp;Options...</source>
        <translation>オプション(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="215"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="228"/>
        <source>Torrent &amp;Creator</source>
        <translation>Torrentクリエーター(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="290"/>
        <location filename="../gui/mainwindow.ui" line="293"/>
        <source>Alternative Speed Limits</source>
        <translation>代替速度制限</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="301"/>
        <source>&amp;Top Toolbar</source>
        <translation>トップツールバー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="304"/>
        <source>Display Top Toolbar</source>
        <translation>トップツールバーを表示します</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="312"/>
        <source>Status &amp;Bar</source>
        <translation>ステータスバー(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="320"/>
        <source>Filters Sidebar</source>
        <translation>フィルターサイドバー</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="328"/>
        <source>S&amp;peed in Title Bar</source>
        <translation>タイトルバーに速度を表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="331"/>
        <source>Show Transfer Speed in Title Bar</source>
        <translation>タイトルバーに転送速度を表示します</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="339"/>
        <source>&amp;RSS Reader</source>
        <translation>RSSリーダー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="347"/>
        <source>Search &amp;Engine</source>
        <translation>検索エンジン(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="352"/>
        <source>L&amp;ock qBittorrent</source>
        <translation>qBittorrentをロック(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="363"/>
        <source>Do&amp;nate!</source>
        <translation>寄付(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="398"/>
        <source>Sh&amp;utdown System</source>
        <translation>システムをシャットダウン(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="406"/>
        <source>&amp;Reboot System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="414"/>
        <source>&amp;Do nothing</source>
        <translation>なにもしない(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="490"/>
        <source>Close Window</source>
        <translation>ウィンドウを閉じる</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="442"/>
        <source>Manage Cookies...</source>
        <translation>クッキーを管理...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="445"/>
        <source>Manage stored network cookies</source>
        <translation>保存されたネットワーククッキーを管理します</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="461"/>
        <source>Normal Messages</source>
        <translation>通常メッセージ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="469"/>
        <source>Information Messages</source>
        <translation>情報メッセージ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="477"/>
        <source>Warning Messages</source>
        <translation>警告メッセージ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="485"/>
        <source>Critical Messages</source>
        <translation>緊急メッセージ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="105"/>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="195"/>
        <source>Sta&amp;rt</source>
        <translation>開始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="200"/>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="205"/>
        <source>R&amp;esume Session</source>
        <translation>セッションの再開(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="210"/>
        <source>Pau&amp;se Session</source>
        <translation>セッションの一時停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="238"/>
        <source>Set Global Speed Limits...</source>
        <translation>グローバル速度制限の設定</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="243"/>
        <source>Bottom of Queue</source>
        <translation>キューの最下部へ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="246"/>
        <source>Move to the bottom of the queue</source>
        <translation>キューの最下部へ移動</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="254"/>
        <source>Top of Queue</source>
        <translation>キューの 最上部へ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="257"/>
        <source>Move to the top of the queue</source>
        <translation>キューの最上部へ移動</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="265"/>
        <source>Move Down Queue</source>
        <translation>キューの下へ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="268"/>
        <source>Move down in the queue</source>
        <translation>キュー内で下に移動します</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="276"/>
        <source>Move Up Queue</source>
        <translation>キューの上へ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="279"/>
        <source>Move up in the queue</source>
        <translation>キュー内で上に移動します</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="374"/>
        <source>&amp;Exit qBittorrent</source>
        <translation>qBittorrentを終了(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="382"/>
        <source>&amp;Suspend System</source>
        <translation>システムをサスペンド(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="390"/>
        <source>&amp;Hibernate System</source>
        <translation>システムをハイバネート(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="429"/>
        <source>&amp;Statistics</source>
        <translation>統計情報(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="434"/>
        <source>Check for Updates</source>
        <translation>アップデートをチェック</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="437"/>
        <source>Check for Program Updates</source>
        <translation>プログラムのアップデートを確認する</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="190"/>
        <source>&amp;About</source>
        <translation>qBittorrentについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="172"/>
        <source>&amp;Add Torrent File...</source>
        <translation>Torrentファイルを追加(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="175"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="180"/>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="223"/>
        <source>Open URL</source>
        <translation>URLを開く</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="233"/>
        <source>&amp;Documentation</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="355"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="419"/>
        <location filename="../gui/mainwindow.ui" line="453"/>
        <location filename="../gui/mainwindow.cpp" line="1516"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1674"/>
        <source>Check for program updates</source>
        <translation>プログラムのアップデートを確認する</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="220"/>
        <source>Add Torrent &amp;Link...</source>
        <translation>Torrentリンクを追加(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="366"/>
        <source>If you like qBittorrent, please donate!</source>
        <translation>qBittorrentを気に入っていただけたら、ぜひ寄付をお願いします。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1754"/>
        <location filename="../gui/mainwindow.cpp" line="1756"/>
        <source>Execution Log</source>
        <translation>実行ログ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="682"/>
        <source>Clear the password</source>
        <translation>パスワードのクリア</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="209"/>
        <source>&amp;Set Password</source>
        <translation>パスワードの設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="210"/>
        <source>&amp;Clear Password</source>
        <translation>パスワードのクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="265"/>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="345"/>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="471"/>
        <location filename="../gui/mainwindow.cpp" line="1287"/>
        <source>qBittorrent is minimized to tray</source>
        <translation>qBittorrentはシステムトレイに最小化されました</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="471"/>
        <location filename="../gui/mainwindow.cpp" line="1194"/>
        <location filename="../gui/mainwindow.cpp" line="1287"/>
        <source>This behavior can be changed in the settings. You won&apos;t be reminded again.</source>
        <translation>この動作は設定から変更できます。この通知は次回からは表示されません。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="580"/>
        <source>Icons Only</source>
        <translation>アイコンのみ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="581"/>
        <source>Text Only</source>
        <translation>文字のみ</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="582"/>
        <source>Text Alongside Icons</source>
        <translation>アイコンの横に文字</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="583"/>
        <source>Text Under Icons</source>
        <translation>アイコンの下に文字</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="584"/>
        <source>Follow System Style</source>
        <translation>システムのスタイルに従う</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="665"/>
        <location filename="../gui/mainwindow.cpp" line="1035"/>
        <source>UI lock password</source>
        <translation>UIのロックに使用するパスワード</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="666"/>
        <location filename="../gui/mainwindow.cpp" line="1036"/>
        <source>Please type the UI lock password:</source>
        <translation>UIのロックに使用するパスワードを入力してください:</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="683"/>
        <source>Are you sure you want to clear the password?</source>
        <translation>パスワードをクリアしてもよろしいですか？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="742"/>
        <source>Use regular expressions</source>
        <translation>正規表現を使用</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="765"/>
        <location filename="../gui/mainwindow.cpp" line="767"/>
        <source>Search Engine</source>
        <translation>検索エンジン</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="765"/>
        <source>Search has failed</source>
        <translation>検索に失敗しました</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="767"/>
        <source>Search has finished</source>
        <translation>検索完了</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="774"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="799"/>
        <source>Transfers (%1)</source>
        <translation>転送 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1058"/>
        <source>qBittorrent was just updated and needs to be restarted for the changes to be effective.</source>
        <translation>qBittorrentがアップデートされました。反映には再起動が必要です。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1194"/>
        <source>qBittorrent is closed to tray</source>
        <translation>qBittorrentはシステムトレイに最小化されました。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1214"/>
        <source>Some files are currently transferring.</source>
        <translation>いくつかのファイルが現在転送中です。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1214"/>
        <source>Are you sure you want to quit qBittorrent?</source>
        <translation>qBittorrentを終了しますか？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1216"/>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1217"/>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1218"/>
        <source>&amp;Always Yes</source>
        <translation>常に「はい」(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1347"/>
        <source>Options saved.</source>
        <translation>オプションは保存されました。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1865"/>
        <source>[PAUSED] %1</source>
        <comment>%1 is the rest of the window title</comment>
        <translation>[一時停止] %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1872"/>
        <source>[D: %1, U: %2] %3</source>
        <comment>D = Download; U = Upload; %3 is the rest of the window title</comment>
        <translation>[D: %1, U: %2] %3</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1984"/>
        <source>Python installer could not be downloaded. Error: %1.
Please install it manually.</source>
        <translation>Pythonインストーラーをダウンロードできませんでした。エラー: %1。
手動でインストールしてください。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1992"/>
        <source>Rename Python installer failed. Source: &quot;%1&quot;. Destination: &quot;%2&quot;.</source>
        <translation>Pythonインストーラーの名前を変更できませんでした。変更前: &quot;%1&quot;. 変更後: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2009"/>
        <source>Python installation success.</source>
        <translation>Pythonのインストールに成功しました。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2024"/>
        <source>Exit code: %1.</source>
        <translation>終了コード: %1.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2025"/>
        <source>Reason: installer crashed.</source>
        <translation>理由: インストーラーがクラッシュしました。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2026"/>
        <source>Python installation failed.</source>
        <translation>Pythonをインストールできませんでした。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2029"/>
        <source>Launching Python installer. File: &quot;%1&quot;.</source>
        <translation>Pythonインストーラーを起動中。ファイル: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1616"/>
        <location filename="../gui/mainwindow.cpp" line="1622"/>
        <source>Missing Python Runtime</source>
        <translation>Pythonのランタイムが見つかりません</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1689"/>
        <source>qBittorrent Update Available</source>
        <translation>qBittorrentのアップデートがあります</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1617"/>
        <source>Python is required to use the search engine but it does not seem to be installed.
Do you want to install it now?</source>
        <translation>検索エンジンを使用するために必要なPythonがインストールされていません。
今すぐインストールしますか？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1623"/>
        <source>Python is required to use the search engine but it does not seem to be installed.</source>
        <translation>検索エンジンを使用するために必要なPythonがインストールされていません。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1635"/>
        <location filename="../gui/mainwindow.cpp" line="1642"/>
        <source>Old Python Runtime</source>
        <translation>古いPythonのランタイム</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1686"/>
        <source>A new version is available.</source>
        <translation>最新版が利用可能です。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1687"/>
        <source>Do you want to download %1?</source>
        <translation>%1をダウンロードしますか？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1688"/>
        <source>Open changelog...</source>
        <translation>変更履歴を開く...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1710"/>
        <source>No updates available.
You are already using the latest version.</source>
        <translation>アップデートはありません。
すでに最新バージョンを使用しています。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1673"/>
        <source>&amp;Check for Updates</source>
        <translation>アップデートの確認(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1636"/>
        <source>Your Python version (%1) is outdated. Minimum requirement: %2.
Do you want to install a newer version now?</source>
        <translation>Python(%1)が最低要件の%2より古いバージョンです。
今すぐ新しいバージョンをインストールしますか？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1643"/>
        <source>Your Python version (%1) is outdated. Please upgrade to latest version for search engines to work.
Minimum requirement: %2.</source>
        <translation>使用中のPythonバージョン(%1)が古すぎます。検索エンジンを使用するには、最新バージョンにアップグレードしてください。
最低要件: %2</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1895"/>
        <source>Paused</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1906"/>
        <source>Checking for Updates...</source>
        <translation>アップデートを確認中...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1907"/>
        <source>Already checking for program updates in the background</source>
        <translation>すでにバックグラウンドでプログラムのアップデートをチェックしています</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1923"/>
        <source>Python installation in progress...</source>
        <translation>Pythonをインストール中...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1942"/>
        <source>Failed to open Python installer. File: &quot;%1&quot;.</source>
        <translation>Pythonインストーラーを開けませんでした。ファイル: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1950"/>
        <source>Failed MD5 hash check for Python installer. File: &quot;%1&quot;. Result hash: &quot;%2&quot;. Expected hash: &quot;%3&quot;.</source>
        <translation>PythonインストーラーのMD5ハッシュのチェックが失敗しました。 ファイル: &quot;%1&quot;. 結果のハッシュ: &quot;%2&quot;. 正しいハッシュ: &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1962"/>
        <source>Failed SHA3-512 hash check for Python installer. File: &quot;%1&quot;. Result hash: &quot;%2&quot;. Expected hash: &quot;%3&quot;.</source>
        <translation>PythonインストーラーのSHA3-512ハッシュのチェックが失敗しました。 ファイル: &quot;%1&quot;. 結果のハッシュ: &quot;%2&quot;. 正しいハッシュ: &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1983"/>
        <source>Download error</source>
        <translation>ダウンロードエラー</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="672"/>
        <location filename="../gui/mainwindow.cpp" line="1044"/>
        <source>Invalid password</source>
        <translation>無効なパスワード</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="230"/>
        <source>Filter torrents...</source>
        <translation>Torrentをフィルター...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="235"/>
        <source>Filter by:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="672"/>
        <source>The password must be at least 3 characters long</source>
        <translation>パスワードは、最低でも3文字以上が必要です</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="708"/>
        <location filename="../gui/mainwindow.cpp" line="721"/>
        <location filename="../gui/mainwindow.cpp" line="723"/>
        <source>RSS (%1)</source>
        <translation>RSS (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1044"/>
        <source>The password is invalid</source>
        <translation>パスワードが無効です</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1889"/>
        <source>DL speed: %1</source>
        <comment>e.g: Download speed: 10 KiB/s</comment>
        <translation>ダウン速度: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1890"/>
        <source>UP speed: %1</source>
        <comment>e.g: Upload speed: 10 KiB/s</comment>
        <translation>アップ速度: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1516"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1212"/>
        <source>Exiting qBittorrent</source>
        <translation>qBittorrentの終了</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1320"/>
        <source>Open Torrent Files</source>
        <translation>Torrentファイルを開く</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1321"/>
        <source>Torrent Files</source>
        <translation>Torrentファイル</translation>
    </message>
</context>
<context>
    <name>Net::DNSUpdater</name>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="187"/>
        <source>Your dynamic DNS was successfully updated.</source>
        <translation>ダイナミックDNSは正常に更新されました。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="193"/>
        <source>Dynamic DNS error: The service is temporarily unavailable, it will be retried in 30 minutes.</source>
        <translation>ダイナミックDNSエラー: サービスが一時的に利用できません。30分後に再試行されます。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="204"/>
        <source>Dynamic DNS error: hostname supplied does not exist under specified account.</source>
        <translation>ダイナミックDNSエラー: 指定されたホスト名が、指定されたアカウントに存在しません。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="211"/>
        <source>Dynamic DNS error: Invalid username/password.</source>
        <translation>ダイナミックDNSエラー: 無効なユーザー名/パスワードです。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="218"/>
        <source>Dynamic DNS error: qBittorrent was blacklisted by the service, please submit a bug report at https://bugs.qbittorrent.org.</source>
        <translation>ダイナミックDNSエラー: qBittorrentがサービスによってブラックリストに入れられました。 https://bugs.qbittorrent.org でバグ報告を送ってください。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="226"/>
        <source>Dynamic DNS error: %1 was returned by the service, please submit a bug report at https://bugs.qbittorrent.org.</source>
        <translation>ダイナミックDNSエラー: サービスから %1 が返されました。https://bugs.qbittorrent.org でバグ報告を送ってください。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="234"/>
        <source>Dynamic DNS error: Your username was blocked due to abuse.</source>
        <translation>ダイナミックDNSエラー: 不正使用のため、ユーザー名がブロックされました。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="256"/>
        <source>Dynamic DNS error: supplied domain name is invalid.</source>
        <translation>ダイナミックDNSエラー: 指定されたドメイン名は無効です。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="269"/>
        <source>Dynamic DNS error: supplied username is too short.</source>
        <translation>ダイナミックDNSエラー: 指定されたユーザー名は短すぎます。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="282"/>
        <source>Dynamic DNS error: supplied password is too short.</source>
        <translation>ダイナミックDNSエラー: 指定されたパスワードは短すぎます。</translation>
    </message>
</context>
<context>
    <name>Net::DownloadHandlerImpl</name>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="164"/>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="181"/>
        <source>I/O Error: %1</source>
        <translation>I/Oエラー: %1</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="201"/>
        <source>The file size (%1) exceeds the download limit (%2)</source>
        <translation>ファイルサイズ(%1)がダウンロード制限(%2)を超えています</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="212"/>
        <source>Exceeded max redirections (%1)</source>
        <translation>最大リダイレクト数(%1)を超えました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="227"/>
        <source>Redirected to magnet URI</source>
        <translation>マグネットURIへリダイレクトされました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="260"/>
        <source>The remote host name was not found (invalid hostname)</source>
        <translation>リモートホスト名が見つかりませんでした(無効なホスト名)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="262"/>
        <source>The operation was canceled</source>
        <translation>操作がキャンセルされました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="264"/>
        <source>The remote server closed the connection prematurely, before the entire reply was received and processed</source>
        <translation>リモートサーバーは応答全体の受信と処理の途中で切断しました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="266"/>
        <source>The connection to the remote server timed out</source>
        <translation>リモートサーバーへの接続がタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="268"/>
        <source>SSL/TLS handshake failed</source>
        <translation>SSL/TLSハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="270"/>
        <source>The remote server refused the connection</source>
        <translation>リモートサーバーが接続を拒否しました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="272"/>
        <source>The connection to the proxy server was refused</source>
        <translation>プロキシサーバーへの接続が拒否されました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="274"/>
        <source>The proxy server closed the connection prematurely</source>
        <translation>プロキシサーバーが途中で切断しました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="276"/>
        <source>The proxy host name was not found</source>
        <translation>プロキシのホスト名が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="278"/>
        <source>The connection to the proxy timed out or the proxy did not reply in time to the request sent</source>
        <translation>プロキシへの接続がタイムアウトしたか、プロキシが時間内にリクエスト送信に応答しませんでした</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="280"/>
        <source>The proxy requires authentication in order to honor the request but did not accept any credentials offered</source>
        <translation>プロキシが認証を必要としますが、与えられたすべての資格情報が承認されませんでした</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="282"/>
        <source>The access to the remote content was denied (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="288"/>
        <source>The remote server requires authentication to serve the content but the credentials provided were not accepted (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="284"/>
        <source>The operation requested on the remote content is not permitted</source>
        <translation>リモートコンテンツで要求された操作は許可されていません</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="286"/>
        <source>The remote content was not found at the server (404)</source>
        <translation>リモートコンテンツがサーバーで見つかりませんでした (404)</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="290"/>
        <source>The Network Access API cannot honor the request because the protocol is not known</source>
        <translation>プロトコルが不明なため、ネットワークアクセスAPIはリクエストを受け入れられません</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="292"/>
        <source>The requested operation is invalid for this protocol</source>
        <translation>要求された操作は、このプロトコルでは無効です</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="294"/>
        <source>An unknown network-related error was detected</source>
        <translation>ネットワーク関連の不明なエラーが検出されました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="296"/>
        <source>An unknown proxy-related error was detected</source>
        <translation>プロキシ関連の不明なエラーが検出されました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="298"/>
        <source>An unknown error related to the remote content was detected</source>
        <translation>リモートコンテンツに関連する不明なエラーが検出されました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="300"/>
        <source>A breakdown in protocol was detected</source>
        <translation>プロトコルの遮断が検出されました</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="302"/>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>Net::DownloadManager</name>
    <message>
        <location filename="../base/net/downloadmanager.cpp" line="155"/>
        <source>SSL error, URL: &quot;%1&quot;, errors: &quot;%2&quot;</source>
        <translation>SSLエラー, URL: &quot;%1&quot;, エラ＝: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/net/downloadmanager.cpp" line="159"/>
        <source>Ignoring SSL error, URL: &quot;%1&quot;, errors: &quot;%2&quot;</source>
        <translation>SSLエラーを無視: URL: &quot;%1&quot;, エラー: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Net::GeoIPManager</name>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="390"/>
        <source>Venezuela, Bolivarian Republic of</source>
        <translation>ベネズエラ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="403"/>
        <location filename="../base/net/geoipmanager.cpp" line="406"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="153"/>
        <source>Andorra</source>
        <translation>アンドラ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="96"/>
        <location filename="../base/net/geoipmanager.cpp" line="451"/>
        <source>IP geolocation database loaded. Type: %1. Build time: %2.</source>
        <translation>IP位置情報データベースが読み込まれました。タイプ: %1. ビルド日時: %2.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="102"/>
        <location filename="../base/net/geoipmanager.cpp" line="477"/>
        <source>Couldn&apos;t load IP geolocation database. Reason: %1</source>
        <translation>IP位置情報データベースを読み込めませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="154"/>
        <source>United Arab Emirates</source>
        <translation>アラブ首長国連邦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="155"/>
        <source>Afghanistan</source>
        <translation>アフガニスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="156"/>
        <source>Antigua and Barbuda</source>
        <translation>アンティグア・バーブーダ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="157"/>
        <source>Anguilla</source>
        <translation>アンギラ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="158"/>
        <source>Albania</source>
        <translation>アルバニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="159"/>
        <source>Armenia</source>
        <translation>アルメニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="160"/>
        <source>Angola</source>
        <translation>アンゴラ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="161"/>
        <source>Antarctica</source>
        <translation>南極大陸</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="162"/>
        <source>Argentina</source>
        <translation>アルゼンチン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="163"/>
        <source>American Samoa</source>
        <translation>アメリカ領サモア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="164"/>
        <source>Austria</source>
        <translation>オーストリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="165"/>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="166"/>
        <source>Aruba</source>
        <translation>アルバ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="168"/>
        <source>Azerbaijan</source>
        <translation>アゼルバイジャン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="169"/>
        <source>Bosnia and Herzegovina</source>
        <translation>ボスニア・ヘルツェゴビナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="170"/>
        <source>Barbados</source>
        <translation>バルバドス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="171"/>
        <source>Bangladesh</source>
        <translation>バングラデシュ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="172"/>
        <source>Belgium</source>
        <translation>ベルギー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="173"/>
        <source>Burkina Faso</source>
        <translation>ブルキナ・ファソ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="174"/>
        <source>Bulgaria</source>
        <translation>ブルガリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="175"/>
        <source>Bahrain</source>
        <translation>バーレーン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="176"/>
        <source>Burundi</source>
        <translation>ブルンジ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="177"/>
        <source>Benin</source>
        <translation>ベナン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="179"/>
        <source>Bermuda</source>
        <translation>バーミューダ諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="180"/>
        <source>Brunei Darussalam</source>
        <translation>ブルネイ・ダルサラーム</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="183"/>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="184"/>
        <source>Bahamas</source>
        <translation>バハマ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="185"/>
        <source>Bhutan</source>
        <translation>ブータン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="186"/>
        <source>Bouvet Island</source>
        <translation>ブーベ島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="187"/>
        <source>Botswana</source>
        <translation>ボツワナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="188"/>
        <source>Belarus</source>
        <translation>ベラルーシ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="189"/>
        <source>Belize</source>
        <translation>ベリーズ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="190"/>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="191"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>ココス(キーリング)諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="192"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>コンゴ民主共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="193"/>
        <source>Central African Republic</source>
        <translation>中央アフリカ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="194"/>
        <source>Congo</source>
        <translation>コンゴ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="195"/>
        <source>Switzerland</source>
        <translation>スイス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="197"/>
        <source>Cook Islands</source>
        <translation>クック諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="198"/>
        <source>Chile</source>
        <translation>チリ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="199"/>
        <source>Cameroon</source>
        <translation>カメルーン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="200"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="201"/>
        <source>Colombia</source>
        <translation>コロンビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="202"/>
        <source>Costa Rica</source>
        <translation>コスタリカ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="203"/>
        <source>Cuba</source>
        <translation>キューバ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="204"/>
        <source>Cape Verde</source>
        <translation>カーボベルデ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="205"/>
        <source>Curacao</source>
        <translation>キュラソー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="206"/>
        <source>Christmas Island</source>
        <translation>クリスマス島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="207"/>
        <source>Cyprus</source>
        <translation>キプロス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="208"/>
        <source>Czech Republic</source>
        <translation>チェコ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="209"/>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="210"/>
        <source>Djibouti</source>
        <translation>ジブチ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="211"/>
        <source>Denmark</source>
        <translation>デンマーク</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="212"/>
        <source>Dominica</source>
        <translation>ドミニカ国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="213"/>
        <source>Dominican Republic</source>
        <translation>ドミニカ共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="214"/>
        <source>Algeria</source>
        <translation>アルジェリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="215"/>
        <source>Ecuador</source>
        <translation>エクアドル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="216"/>
        <source>Estonia</source>
        <translation>エストニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="217"/>
        <source>Egypt</source>
        <translation>エジプト</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="218"/>
        <source>Western Sahara</source>
        <translation>西サハラ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="219"/>
        <source>Eritrea</source>
        <translation>エリトリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="220"/>
        <source>Spain</source>
        <translation>スペイン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="221"/>
        <source>Ethiopia</source>
        <translation>エチオピア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="222"/>
        <source>Finland</source>
        <translation>フィンランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="223"/>
        <source>Fiji</source>
        <translation>フィジー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="224"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>フォークランド(マルビナス)諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="225"/>
        <source>Micronesia, Federated States of</source>
        <translation>ミクロネシア連邦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="226"/>
        <source>Faroe Islands</source>
        <translation>フェロー諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="227"/>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="228"/>
        <source>Gabon</source>
        <translation>ガボン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="229"/>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="230"/>
        <source>Grenada</source>
        <translation>グレナダ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="231"/>
        <source>Georgia</source>
        <translation>ジョージア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="232"/>
        <source>French Guiana</source>
        <translation>フランス領ギアナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="234"/>
        <source>Ghana</source>
        <translation>ガーナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="235"/>
        <source>Gibraltar</source>
        <translation>ジブラルタル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="236"/>
        <source>Greenland</source>
        <translation>グリーンランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="237"/>
        <source>Gambia</source>
        <translation>ガンビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="238"/>
        <source>Guinea</source>
        <translation>ギニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="239"/>
        <source>Guadeloupe</source>
        <translation>グアドループ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="240"/>
        <source>Equatorial Guinea</source>
        <translation>赤道ギニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="241"/>
        <source>Greece</source>
        <translation>ギリシャ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="242"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>サウスジョージア・サウスサンドウィッチ諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="243"/>
        <source>Guatemala</source>
        <translation>グアテマラ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="244"/>
        <source>Guam</source>
        <translation>グアム</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="245"/>
        <source>Guinea-Bissau</source>
        <translation>ギニアビサウ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="246"/>
        <source>Guyana</source>
        <translation>ガイアナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="247"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="248"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>ハード島とマクドナルド諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="249"/>
        <source>Honduras</source>
        <translation>ホンジュラス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="250"/>
        <source>Croatia</source>
        <translation>クロアチア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="251"/>
        <source>Haiti</source>
        <translation>ハイチ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="252"/>
        <source>Hungary</source>
        <translation>ハンガリー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="253"/>
        <source>Indonesia</source>
        <translation>インドネシア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="254"/>
        <source>Ireland</source>
        <translation>アイルランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="255"/>
        <source>Israel</source>
        <translation>イスラエル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="257"/>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="258"/>
        <source>British Indian Ocean Territory</source>
        <translation>イギリス領インド洋地域</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="259"/>
        <source>Iraq</source>
        <translation>イラク</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="260"/>
        <source>Iran, Islamic Republic of</source>
        <translation>イラン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="261"/>
        <source>Iceland</source>
        <translation>アイスランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="262"/>
        <source>Italy</source>
        <translation>イタリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="264"/>
        <source>Jamaica</source>
        <translation>ジャマイカ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="265"/>
        <source>Jordan</source>
        <translation>ヨルダン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="266"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="267"/>
        <source>Kenya</source>
        <translation>ケニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="268"/>
        <source>Kyrgyzstan</source>
        <translation>キルギスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="269"/>
        <source>Cambodia</source>
        <translation>カンボジア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="270"/>
        <source>Kiribati</source>
        <translation>キリバス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="271"/>
        <source>Comoros</source>
        <translation>コモロ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="272"/>
        <source>Saint Kitts and Nevis</source>
        <translation>セントクリストファー・ネイビス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="273"/>
        <source>Korea, Democratic People&apos;s Republic of</source>
        <translation>北朝鮮</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="274"/>
        <source>Korea, Republic of</source>
        <translation>韓国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="275"/>
        <source>Kuwait</source>
        <translation>クウェート</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="276"/>
        <source>Cayman Islands</source>
        <translation>ケイマン諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="277"/>
        <source>Kazakhstan</source>
        <translation>カザフスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="278"/>
        <source>Lao People&apos;s Democratic Republic</source>
        <translation>ラオス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="279"/>
        <source>Lebanon</source>
        <translation>レバノン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="280"/>
        <source>Saint Lucia</source>
        <translation>セントルシア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="281"/>
        <source>Liechtenstein</source>
        <translation>リヒテンシュタイン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="282"/>
        <source>Sri Lanka</source>
        <translation>スリランカ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="283"/>
        <source>Liberia</source>
        <translation>リベリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="284"/>
        <source>Lesotho</source>
        <translation>レソト</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="285"/>
        <source>Lithuania</source>
        <translation>リトアニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="286"/>
        <source>Luxembourg</source>
        <translation>ルクセンブルク</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="287"/>
        <source>Latvia</source>
        <translation>ラトビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="289"/>
        <source>Morocco</source>
        <translation>モロッコ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="290"/>
        <source>Monaco</source>
        <translation>モナコ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="291"/>
        <source>Moldova, Republic of</source>
        <translation>モルドバ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="294"/>
        <source>Madagascar</source>
        <translation>マダガスカル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="295"/>
        <source>Marshall Islands</source>
        <translation>マーシャル諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="296"/>
        <source>North Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="297"/>
        <source>Mali</source>
        <translation>マリ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="298"/>
        <source>Myanmar</source>
        <translation>ミャンマー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="299"/>
        <source>Mongolia</source>
        <translation>モンゴル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="301"/>
        <source>Northern Mariana Islands</source>
        <translation>北マリアナ諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="302"/>
        <source>Martinique</source>
        <translation>マルティニーク</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="303"/>
        <source>Mauritania</source>
        <translation>モーリタニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="304"/>
        <source>Montserrat</source>
        <translation>モントセラト</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="305"/>
        <source>Malta</source>
        <translation>マルタ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="306"/>
        <source>Mauritius</source>
        <translation>モーリシャス</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="307"/>
        <source>Maldives</source>
        <translation>モルディブ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="308"/>
        <source>Malawi</source>
        <translation>マワリ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="309"/>
        <source>Mexico</source>
        <translation>メキシコ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="310"/>
        <source>Malaysia</source>
        <translation>マレーシア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="311"/>
        <source>Mozambique</source>
        <translation>モザンビーク</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="312"/>
        <source>Namibia</source>
        <translation>ナミビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="313"/>
        <source>New Caledonia</source>
        <translation>ニューカレドニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="314"/>
        <source>Niger</source>
        <translation>ニジェール</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="315"/>
        <source>Norfolk Island</source>
        <translation>ノーフォーク島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="316"/>
        <source>Nigeria</source>
        <translation>ナイジェリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="317"/>
        <source>Nicaragua</source>
        <translation>ニカラグア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="318"/>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="319"/>
        <source>Norway</source>
        <translation>ノルウェイ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="320"/>
        <source>Nepal</source>
        <translation>ネパール</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="321"/>
        <source>Nauru</source>
        <translation>ナウル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="322"/>
        <source>Niue</source>
        <translation>ニウエ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="323"/>
        <source>New Zealand</source>
        <translation>ニュージーランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="324"/>
        <source>Oman</source>
        <translation>オマーン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="325"/>
        <source>Panama</source>
        <translation>パナマ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="326"/>
        <source>Peru</source>
        <translation>ペルー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="327"/>
        <source>French Polynesia</source>
        <translation>フランス領ポリネシア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="328"/>
        <source>Papua New Guinea</source>
        <translation>パプアニューギニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="329"/>
        <source>Philippines</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="330"/>
        <source>Pakistan</source>
        <translation>パキスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="331"/>
        <source>Poland</source>
        <translation>ポーランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="332"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>サンピエール島・ミクロン島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="334"/>
        <source>Puerto Rico</source>
        <translation>プエルトリコ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="336"/>
        <source>Portugal</source>
        <translation>ポルトガル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="337"/>
        <source>Palau</source>
        <translation>パラウ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="338"/>
        <source>Paraguay</source>
        <translation>パラグアイ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="339"/>
        <source>Qatar</source>
        <translation>カタール</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="340"/>
        <source>Reunion</source>
        <translation>レユニオン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="341"/>
        <source>Romania</source>
        <translation>ルーマニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="343"/>
        <source>Russian Federation</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="344"/>
        <source>Rwanda</source>
        <translation>ルワンダ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="345"/>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="346"/>
        <source>Solomon Islands</source>
        <translation>ソロモン諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="347"/>
        <source>Seychelles</source>
        <translation>セーシェル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="348"/>
        <source>Sudan</source>
        <translation>スーダン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="349"/>
        <source>Sweden</source>
        <translation>スウェーデン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="350"/>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="352"/>
        <source>Slovenia</source>
        <translation>スロベニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="353"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>スヴァールバル諸島およびヤンマイエン島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="354"/>
        <source>Slovakia</source>
        <translation>スロバキア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="355"/>
        <source>Sierra Leone</source>
        <translation>シエラレオネ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="356"/>
        <source>San Marino</source>
        <translation>サンマリノ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="357"/>
        <source>Senegal</source>
        <translation>セネガル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="358"/>
        <source>Somalia</source>
        <translation>ソマリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="359"/>
        <source>Suriname</source>
        <translation>スリナム</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="361"/>
        <source>Sao Tome and Principe</source>
        <translation>サントメ・プリンシペ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="362"/>
        <source>El Salvador</source>
        <translation>エルサルバドル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="364"/>
        <source>Syrian Arab Republic</source>
        <translation>シリア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="365"/>
        <source>Swaziland</source>
        <translation>スワジランド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="366"/>
        <source>Turks and Caicos Islands</source>
        <translation>タークス・カイコス諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="367"/>
        <source>Chad</source>
        <translation>チャド</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="368"/>
        <source>French Southern Territories</source>
        <translation>フランス領南方・南極地域</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="369"/>
        <source>Togo</source>
        <translation>トーゴ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="370"/>
        <source>Thailand</source>
        <translation>タイ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="371"/>
        <source>Tajikistan</source>
        <translation>タジキスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="372"/>
        <source>Tokelau</source>
        <translation>トケラウ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="374"/>
        <source>Turkmenistan</source>
        <translation>トルクメニスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="375"/>
        <source>Tunisia</source>
        <translation>チュニジア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="376"/>
        <source>Tonga</source>
        <translation>トンガ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="393"/>
        <source>Vietnam</source>
        <translation>ベトナム</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="431"/>
        <source>Couldn&apos;t download IP geolocation database file. Reason: %1</source>
        <translation>IP位置情報データベースファイルをダウンロードできませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="439"/>
        <source>Could not decompress IP geolocation database file.</source>
        <translation>IP位置情報データベースファイルを展開できませんでした。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="466"/>
        <source>Couldn&apos;t save downloaded IP geolocation database file. Reason: %1</source>
        <translation>ダウンロードされたIP位置情報データベースファイルを保存できませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="462"/>
        <source>Successfully updated IP geolocation database.</source>
        <translation>IP位置情報データベースは正常に更新されました。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="373"/>
        <source>Timor-Leste</source>
        <translation>東ティモール</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="181"/>
        <source>Bolivia, Plurinational State of</source>
        <translation>ボリビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="182"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>ボネール、シント・ユースタティウスおよびサバ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="196"/>
        <source>Cote d&apos;Ivoire</source>
        <translation>コートジボワール</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="288"/>
        <source>Libya</source>
        <translation>リビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="293"/>
        <source>Saint Martin (French part)</source>
        <translation>サン・マルタン</translation>
    </message>
    <message>
        <source>Macedonia, The Former Yugoslav Republic of</source>
        <translation type="vanished">マケドニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="300"/>
        <source>Macao</source>
        <translation>マカオ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="333"/>
        <source>Pitcairn</source>
        <translation>ピトケアン諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="335"/>
        <source>Palestine, State of</source>
        <translation>パレスチナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="351"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>セント・ヘレナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="360"/>
        <source>South Sudan</source>
        <translation>南スーダン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="363"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>シント・マールテン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="377"/>
        <source>Turkey</source>
        <translation>トルコ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="378"/>
        <source>Trinidad and Tobago</source>
        <translation>トリニダード・トバゴ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="379"/>
        <source>Tuvalu</source>
        <translation>ツバル</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="380"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="381"/>
        <source>Tanzania, United Republic of</source>
        <translation>タンザニア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="382"/>
        <source>Ukraine</source>
        <translation>ウクライナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="383"/>
        <source>Uganda</source>
        <translation>ウガンダ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="384"/>
        <source>United States Minor Outlying Islands</source>
        <translation>合衆国領有小離島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="385"/>
        <source>United States</source>
        <translation>アメリカ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="386"/>
        <source>Uruguay</source>
        <translation>ウルグアイ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="387"/>
        <source>Uzbekistan</source>
        <translation>ウズベキスタン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="388"/>
        <source>Holy See (Vatican City State)</source>
        <translation>バチカン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="389"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>セントビンセント・グレナディーン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="391"/>
        <source>Virgin Islands, British</source>
        <translation>イギリス領ヴァージン諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="392"/>
        <source>Virgin Islands, U.S.</source>
        <translation>アメリカ領ヴァージン諸島.</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="394"/>
        <source>Vanuatu</source>
        <translation>バヌアツ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="395"/>
        <source>Wallis and Futuna</source>
        <translation>ウォリス・フツナ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="396"/>
        <source>Samoa</source>
        <translation>サモア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="397"/>
        <source>Yemen</source>
        <translation>イエメン</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="398"/>
        <source>Mayotte</source>
        <translation>マヨット</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="342"/>
        <source>Serbia</source>
        <translation>セルビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="399"/>
        <source>South Africa</source>
        <translation>南アフリカ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="400"/>
        <source>Zambia</source>
        <translation>ザンビア</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="292"/>
        <source>Montenegro</source>
        <translation>モンテネグロ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="401"/>
        <source>Zimbabwe</source>
        <translation>ジンバブエ</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="167"/>
        <source>Aland Islands</source>
        <translation>オーランド諸島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="233"/>
        <source>Guernsey</source>
        <translation>ガーンジー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="256"/>
        <source>Isle of Man</source>
        <translation>マン島</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="263"/>
        <source>Jersey</source>
        <translation>ジャージー</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="178"/>
        <source>Saint Barthelemy</source>
        <translation>サン・バルテルミー島</translation>
    </message>
</context>
<context>
    <name>Net::Smtp</name>
    <message>
        <location filename="../base/net/smtp.cpp" line="205"/>
        <source>Connection failed, unrecognized reply: %1</source>
        <translation>接続できませんでした。認識できない応答: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="227"/>
        <source>STARTTLS is required but was not enabled by the server. Unable to send the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="253"/>
        <source>Authentication failed, msg: %1</source>
        <translation>認証に失敗しました。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="266"/>
        <source>&lt;mail from&gt; was rejected by server, msg: %1</source>
        <translation>&lt;mail from&gt; がサーバに拒否されました。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="279"/>
        <source>&lt;Rcpt to&gt; was rejected by server, msg: %1</source>
        <translation>&lt;Rcpt to&gt; がサーバに拒否されました。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="292"/>
        <source>&lt;data&gt; was rejected by server, msg: %1</source>
        <translation>&lt;data&gt; がサーバに拒否されました。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="306"/>
        <source>Message was rejected by the server, error: %1</source>
        <translation>メッセージがサーバに拒否されました。エラー: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="395"/>
        <source>Both EHLO and HELO failed, msg: %1</source>
        <translation>EHLOとHELOの両方が失敗しました。メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="436"/>
        <source>STARTTLS is required but was not offered by the server. Unable to send the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="482"/>
        <source>The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %1</source>
        <translation>SMTPサーバーが[CRAM-MD5|PLAIN|LOGIN]のいずれもサポートしていないようです。おそらく失敗しますが、認証をスキップしています... サーバー認証モード: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="567"/>
        <source>Email Notification Error: %1</source>
        <translation>メール通知エラー: %1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="588"/>
        <source>Check the email server supports SMTPS (SMTP over SSL) and you are using the correct port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../gui/optionsdialog.ui" line="14"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="52"/>
        <source>Behavior</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="57"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="62"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="67"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="72"/>
        <source>BitTorrent</source>
        <translation>BitTorrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="82"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="92"/>
        <source>Advanced</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="264"/>
        <source>Customize UI Theme...</source>
        <translation>UIテーマをカスタマイズ...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="274"/>
        <source>Transfer List</source>
        <translation>転送リスト</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="283"/>
        <source>Confirm when deleting torrents</source>
        <translation>Torrentを削除するときは確認する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="293"/>
        <source>Use alternating row colors</source>
        <extracomment>In table elements, every other row will have a grey background.</extracomment>
        <translation>1行おきに色をつける</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="322"/>
        <source>Hide zero and infinity values</source>
        <translation>ゼロまたは無限の値を表示しない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="330"/>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="358"/>
        <source>Action on double-click</source>
        <translation>ダブルクリック時の動作</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="364"/>
        <source>Downloading torrents:</source>
        <translation>ダウンロード中のTorrent:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="380"/>
        <location filename="../gui/optionsdialog.ui" line="429"/>
        <source>Open destination folder</source>
        <translation>保存先のフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="395"/>
        <location filename="../gui/optionsdialog.ui" line="444"/>
        <source>No action</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="416"/>
        <source>Completed torrents:</source>
        <translation>完了したTorrent:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="455"/>
        <source>Auto hide zero status filters</source>
        <translation>状況がゼロのフィルターを自動的に非表示にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="462"/>
        <source>Use separate &quot;Tracker status&quot; filter. Otherwise it gets merged with &quot;Trackers&quot; filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="465"/>
        <source>Use separate &quot;Tracker status&quot; filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="494"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="500"/>
        <source>Start qBittorrent on Windows start up</source>
        <translation>Windowsの起動時にqBittorrentを起動する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="507"/>
        <source>Show splash screen on start up</source>
        <translation>起動時にスプラッシュスクリーンを表示する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="551"/>
        <source>Confirmation on exit when torrents are active</source>
        <translation>Torrentが稼働中のときは終了時に確認する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="561"/>
        <source>Confirmation on auto-exit when downloads finish</source>
        <translation>ダウンロード完了のときに自動終了を確認する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="618"/>
        <source>Monochrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="697"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;To set qBittorrent as default program for .torrent files and/or Magnet links&lt;br/&gt;you can use &lt;span style=&quot; font-weight:600;&quot;&gt;Default Programs&lt;/span&gt; dialog from &lt;span style=&quot; font-weight:600;&quot;&gt;Control Panel&lt;/span&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;.torrentファイルやマグネットリンクの規定のプログラムをqBittorrentに設定するには、&lt;br/&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;コントロールパネル&lt;/span&gt;の&lt;/span&gt;規定のプログラム&lt;span style=&quot; font-weight:600;&quot;&gt;ダイアログを使用します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="717"/>
        <source>Show speed in Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="724"/>
        <source>Show qBittorrent in menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="801"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="894"/>
        <source>Show free disk space in status bar</source>
        <translation>ステータスバーにディスクの空き容量を表示する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="993"/>
        <source>Torrent content layout:</source>
        <translation>Torrentのコンテンツのレイアウト:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1004"/>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1009"/>
        <source>Create subfolder</source>
        <translation>サブフォルダーを作成する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1014"/>
        <source>Don&apos;t create subfolder</source>
        <translation>サブフォルダーを作成しない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1037"/>
        <source>The torrent will be added to the top of the download queue</source>
        <translation>Torrentはダウンロードキューの先頭に追加されます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1040"/>
        <source>Add to top of queue</source>
        <extracomment>The torrent will be added to the top of the download queue</extracomment>
        <translation>キューの先頭に追加する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1109"/>
        <source>Merge trackers to existing torrent</source>
        <translation>既存のTorrentにトラッカーをマージする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1204"/>
        <source>Keep unselected files in &quot;.unwanted&quot; folder</source>
        <translation>選択されていないファイルを&quot;.unwanted&quot;フォルダーに保存する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1500"/>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1510"/>
        <source>Options..</source>
        <translation>オプション...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1520"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1587"/>
        <source>Email notification &amp;upon download completion</source>
        <translation>ダウンロード完了時にメールで通知する(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1645"/>
        <source>SMTP encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1657"/>
        <source>Default port: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1726"/>
        <source>Send test email</source>
        <translation>テストメールを送信</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1742"/>
        <source>Run on torrent added:</source>
        <translation>Torrentの追加時に実行:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1760"/>
        <source>Run on torrent finished:</source>
        <translation>Torrentの完了時に実行:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1832"/>
        <source>Peer connection protocol:</source>
        <translation>ピア接続プロトコル:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1891"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2041"/>
        <source>I2P (experimental)</source>
        <translation>I2P (実験的)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2103"/>
        <source>Mixed mode</source>
        <translation>混合モード</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2191"/>
        <source>If checked, hostname lookups are done via the proxy</source>
        <translation>チェックを入れると、ホスト名の名前解決はプロキシ経由で行われます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2194"/>
        <source>Perform hostname lookup via proxy</source>
        <translation>プロキシー経由でホスト名の名前解決を行う</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2254"/>
        <source>Use proxy for BitTorrent purposes</source>
        <translation>BitTorrentにプロキシを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2279"/>
        <source>RSS feeds will use proxy</source>
        <translation>RSSフィードでプロキシを使用します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2282"/>
        <source>Use proxy for RSS purposes</source>
        <translation>RSSにプロキシを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2292"/>
        <source>Search engine, software updates or anything else will use proxy</source>
        <translation>検索エンジン、ソフトウェアの更新、その他にプロキシを使用します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2295"/>
        <source>Use proxy for general purposes</source>
        <translation>全般にプロキシを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2308"/>
        <source>IP Fi&amp;ltering</source>
        <translation>IPフィルタリング(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2557"/>
        <source>Schedule &amp;the use of alternative rate limits</source>
        <translation>代替速度制限を使用するスケジュール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2572"/>
        <source>From:</source>
        <comment>From start time</comment>
        <translation>開始:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2602"/>
        <source>To:</source>
        <comment>To end time</comment>
        <translation>終了:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2761"/>
        <source>Find peers on the DHT network</source>
        <translation>DHTネットワーク上のピアを検出します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2809"/>
        <source>Allow encryption: Connect to peers regardless of setting
Require encryption: Only connect to peers with protocol encryption
Disable encryption: Only connect to peers without protocol encryption</source>
        <translation>暗号化を許可する: 設定に関わらずピアに接続します
暗号化を必須にする: プロトコルの暗号化がされたピアにだけ接続します
暗号化を無効にする: プロトコルの暗号化がされていないピアにだけ接続します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2815"/>
        <source>Allow encryption</source>
        <translation>暗号化を許可する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2860"/>
        <source>(&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/Anonymous-Mode&quot;&gt;More information&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/Anonymous-Mode&quot;&gt;詳細情報&lt;/a&gt;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2893"/>
        <source>Maximum active checking torrents:</source>
        <translation>Torrentをチェックする最大アクティブ数</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2928"/>
        <source>&amp;Torrent Queueing</source>
        <translation>Torrentキュー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3152"/>
        <source>When total seeding time reaches</source>
        <translation>合計シード時間に達したとき</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3175"/>
        <source>When inactive seeding time reaches</source>
        <translation>非稼働シード時間に達したとき</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3213"/>
        <source>Any of the above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3223"/>
        <source>All the above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3508"/>
        <source>RSS Reader</source>
        <translation>RSSリーダー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3514"/>
        <source>Enable fetching RSS feeds</source>
        <translation>RSSフィードの取得を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3523"/>
        <source>Feeds refresh interval:</source>
        <translation>フィードの更新間隔:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3559"/>
        <source>Same host request delay:</source>
        <translation>同じホストへのリクエストの遅延:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3579"/>
        <source>Maximum number of articles per feed:</source>
        <translation>フィードごとの記事数の上限:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3162"/>
        <location filename="../gui/optionsdialog.ui" line="3185"/>
        <location filename="../gui/optionsdialog.ui" line="3530"/>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3113"/>
        <source>Seeding Limits</source>
        <translation>シードの制限</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3264"/>
        <source>Remove torrent</source>
        <translation>Torrentを削除</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3269"/>
        <source>Remove torrent and its files</source>
        <translation>Torrentとそのファイルを削除</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3274"/>
        <source>Enable super seeding for torrent</source>
        <translation>Torrentをスーパーシードにする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3119"/>
        <source>When ratio reaches</source>
        <translation>次の比率に達したとき</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2184"/>
        <source>Some functions are unavailable with the chosen proxy type!</source>
        <translation>選択されたプロキシタイプでは一部の機能は利用できません。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2244"/>
        <source>Note: The password is saved unencrypted</source>
        <translation>注意: パスワードは暗号化せずに保存されます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3259"/>
        <source>Stop torrent</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3285"/>
        <source>A&amp;utomatically append these trackers to new downloads:</source>
        <translation>新しいダウンロードに以下のトラッカーを自動的に付加する(&amp;U):</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3307"/>
        <source>Automatically append trackers from URL to new downloads:</source>
        <translation>新しいダウンロードにURLから自動的にトラッカーを追加する:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3321"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3333"/>
        <source>Fetched trackers</source>
        <translation>取得されたトラッカー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3398"/>
        <source>Search UI</source>
        <translation>検索UI</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3404"/>
        <source>Store opened tabs</source>
        <translation>開いたタブを保存する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3416"/>
        <source>Also store search results</source>
        <translation>検索結果も保存する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3428"/>
        <source>History length</source>
        <translation>履歴数</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3601"/>
        <source>RSS Torrent Auto Downloader</source>
        <translation>RSS Torrent自動ダウンローダー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3607"/>
        <source>Enable auto downloading of RSS torrents</source>
        <translation>RSS Torrentの自動ダウンロードを有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3614"/>
        <source>Edit auto downloading rules...</source>
        <translation>自動ダウンロードルールを編集...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3624"/>
        <source>RSS Smart Episode Filter</source>
        <translation>RSSスマートエピソードフィルター</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3630"/>
        <source>Download REPACK/PROPER episodes</source>
        <translation>REPACK/PROPERエピソードをダウンロードする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3637"/>
        <source>Filters:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3702"/>
        <source>Web User Interface (Remote control)</source>
        <translation>ウェブユーザーインターフェース(遠隔操作)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3728"/>
        <source>IP address:</source>
        <translation>IPアドレス:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3735"/>
        <source>IP address that the Web UI will bind to.
Specify an IPv4 or IPv6 address. You can specify &quot;0.0.0.0&quot; for any IPv4 address,
&quot;::&quot; for any IPv6 address, or &quot;*&quot; for both IPv4 and IPv6.</source>
        <translation>Web UIにバインドするIPアドレスです。
IPv4、またはIPv6アドレスを指定します。
&quot;0.0.0.0&quot;でIPv4のすべてのアドレス、&quot;::&quot;でIPv6のすべてのアドレス、
&quot;*&quot;でIPv4とIPv6のすべてのアドレスが指定できます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3836"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3872"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3890"/>
        <source>Generate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3900"/>
        <source>Copy API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3911"/>
        <location filename="../gui/optionsdialog.cpp" line="1534"/>
        <location filename="../gui/optionsdialog.cpp" line="1587"/>
        <source>Generate API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3922"/>
        <location filename="../gui/optionsdialog.cpp" line="1556"/>
        <source>Delete API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3967"/>
        <source>Ban client after consecutive failures:</source>
        <translation>続けて失敗した場合、クライアントをアクセス禁止:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3974"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3997"/>
        <source>ban for:</source>
        <translation>アクセス禁止時間:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4024"/>
        <source>Session timeout:</source>
        <translation>セッションのタイムアウト</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4031"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4142"/>
        <source>Server domains:</source>
        <translation>サーバードメイン:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4149"/>
        <source>Whitelist for filtering HTTP Host header values.
In order to defend against DNS rebinding attack,
you should put in domain names used by WebUI server.

Use &apos;;&apos; to split multiple entries. Can use wildcard &apos;*&apos;.</source>
        <translation>HTTPのHostヘッダーをフィルタリングするためのホワイトリストです。
DNSリバインディング攻撃を防ぐために、Web UIサーバーが使用する
ドメイン名を入力する必要があります。

複数のエントリに分けるには&apos;;&apos;を使用します。ワイルドカード&apos;*&apos;を使用できます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3776"/>
        <source>&amp;Use HTTPS instead of HTTP</source>
        <translation>HTTPの代わりにHTTPSを使用する(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3938"/>
        <source>Bypass authentication for clients on localhost</source>
        <translation>ローカルホストではクライアントの認証を行わない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3945"/>
        <source>Bypass authentication for clients in whitelisted IP subnets</source>
        <translation>ホワイトリストに登録されたIPサブネット内のクライアントは認証を行わない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3958"/>
        <source>IP subnet whitelist...</source>
        <translation>IPサブネットのホワイトリスト...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4062"/>
        <source>Use alternative WebUI</source>
        <translation>別のWebUIを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4211"/>
        <source>Specify reverse proxy IPs (or subnets, e.g. 0.0.0.0/24) in order to use forwarded client address (X-Forwarded-For header). Use &apos;;&apos; to split multiple entries.</source>
        <translation> 転送クライアントアドレス(X-Forwarded-For ヘッダー)を使用するためのリバースプロキシのIP(または 0.0.0.0/24 などのサブネット)を指定します。複数項目は&apos;;&apos;で区切ります。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4236"/>
        <source>Upda&amp;te my dynamic domain name</source>
        <translation>使用中のダイナミックドメイン名を更新する(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="583"/>
        <source>Minimize qBittorrent to notification area</source>
        <translation>qBittorrentを最小化したときは通知エリアに入れる</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="77"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="87"/>
        <source>WebUI</source>
        <translation>WebUI</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="138"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="158"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="185"/>
        <source>Style:</source>
        <translation>スタイル:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="204"/>
        <source>Color scheme:</source>
        <translation>配色:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="303"/>
        <source>Use different text colors by torrent states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="313"/>
        <source>Make progress bars follow text colors</source>
        <extracomment>Progress bar color is based on text color.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="335"/>
        <source>Stopped torrents only</source>
        <translation>停止中のTorrentのみ</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="375"/>
        <location filename="../gui/optionsdialog.ui" line="424"/>
        <source>Start / stop torrent</source>
        <translation>Torrentの開始/停止</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="390"/>
        <location filename="../gui/optionsdialog.ui" line="439"/>
        <source>Open torrent options dialog</source>
        <translation>Torrentオプションのダイアログを開く</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="475"/>
        <source>Torrent Content View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="481"/>
        <source>Replaces multi-selection (hold Alt key to invert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="484"/>
        <source>Drag content from qBittorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="605"/>
        <source>Tray icon style:</source>
        <translation>トレイアイコンのスタイル:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="613"/>
        <location filename="../gui/optionsdialog.cpp" line="313"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="644"/>
        <source>File association</source>
        <translation>ファイルの関連付け</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="665"/>
        <source>Use qBittorrent for .torrent files</source>
        <translation>&quot;.torrent&quot;ファイルにqBittorrentを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="672"/>
        <source>Use qBittorrent for magnet links</source>
        <translation>マグネットリンクにqBittorrentを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="710"/>
        <source>Check for program updates</source>
        <translation>プログラムのアップデートを確認する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="734"/>
        <source>Power Management</source>
        <translation>電源管理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="757"/>
        <source>&amp;Log Files</source>
        <translation>ログファイル(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="777"/>
        <source>Save path:</source>
        <translation>保存パス:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="794"/>
        <source>Backup the log file after:</source>
        <translation>次のサイズでログをバックアップする:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="834"/>
        <source>Delete backup logs older than:</source>
        <translation>次の期間を超えたバックアップログを削除する:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="901"/>
        <source>Show external IP in status bar</source>
        <translation>ステータスバーに外部IPを表示する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="963"/>
        <source>When adding a torrent</source>
        <translation>Torrentの追加時</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="978"/>
        <source>Bring torrent dialog to the front</source>
        <translation>Torrentダイアログを前面に表示</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1047"/>
        <source>The torrent will be added to download list in a stopped state</source>
        <translation>Torrentは停止状態でダウンロードリストに追加されます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1103"/>
        <source>When adding a duplicate torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1119"/>
        <source>Ask to merge trackers for manually added torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1147"/>
        <source>Also delete .torrent files whose addition was cancelled</source>
        <translation>追加をキャンセルした場合でも&quot;.torrent&quot;ファイルが削除されます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1150"/>
        <source>Also when addition is cancelled</source>
        <translation>追加がキャンセルされた場合でも削除する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1172"/>
        <source>Warning! Data loss possible!</source>
        <translation>注意: データが失われる可能性があります。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1221"/>
        <source>Saving Management</source>
        <translation>保存管理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1229"/>
        <source>Default Torrent Management Mode:</source>
        <translation>デフォルトのTorrent管理モード:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1246"/>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1251"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1274"/>
        <source>When Torrent Category changed:</source>
        <translation>Torrentのカテゴリーが変更されたとき:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1284"/>
        <source>Relocate torrent</source>
        <translation>Torrentを再配置する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1289"/>
        <source>Switch torrent to Manual Mode</source>
        <translation>Torrentを手動モードに切り換える</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1325"/>
        <location filename="../gui/optionsdialog.ui" line="1366"/>
        <source>Relocate affected torrents</source>
        <translation>影響を受けるTorrentを再配置する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1330"/>
        <location filename="../gui/optionsdialog.ui" line="1371"/>
        <source>Switch affected torrents to Manual Mode</source>
        <translation>影響を受けるTorrentを手動モードに切り換える</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1408"/>
        <source>Default Save Path:</source>
        <translation>デフォルトの保存パス:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1428"/>
        <source>Copy .torrent files to:</source>
        <translation>&quot;.torrent&quot;ファイルを次のパスにコピーする:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="571"/>
        <source>Show &amp;qBittorrent in notification area</source>
        <translation>qBittorrentを通知エリアに表示する(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="969"/>
        <source>Display &amp;torrent content and some options</source>
        <translation>Torrentのコンテンツといくつかのオプションを表示する(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1135"/>
        <source>De&amp;lete .torrent files afterwards </source>
        <translation>追加後に&quot;.torrent&quot;ファイルを削除する(&amp;L) </translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1438"/>
        <source>Copy .torrent files for finished downloads to:</source>
        <translation>完了した&quot;.torrent&quot;ファイルを次のパスにコピーする:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1190"/>
        <source>Pre-allocate disk space for all files</source>
        <translation>すべてのファイルにディスク領域を事前に割り当てる</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="229"/>
        <source>Use custom UI Theme</source>
        <translation>カスタムUIテーマを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="238"/>
        <source>UI Theme file:</source>
        <translation>UIテーマファイル:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="149"/>
        <source>Changing Interface settings requires application restart</source>
        <translation>インターフェースの設定を変更するには、アプリケーションの再起動が必要です</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="280"/>
        <source>Shows a confirmation dialog upon torrent deletion</source>
        <translation>Torrentの削除時に確認ダイアログを表示します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="385"/>
        <location filename="../gui/optionsdialog.ui" line="434"/>
        <source>Preview file, otherwise open destination folder</source>
        <translation>ファイルをプレビューするか保存先フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="548"/>
        <source>Shows a confirmation dialog when exiting with active torrents</source>
        <translation>稼働中のTorrentがあるときに終了する場合、確認ダイアログを表示します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="580"/>
        <source>When minimizing, the main window is closed and must be reopened from the systray icon</source>
        <translation>最小化するとメインウィンドウが閉じますので、システムトレイのアイコンから開き直す必要があります</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="593"/>
        <source>The systray icon will still be visible when closing the main window</source>
        <translation>メインウィンドウを閉じてもシステムトレイにアイコンが表示されます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="596"/>
        <source>Close qBittorrent to notification area</source>
        <extracomment>The systray icon will still be visible when closing the main window</extracomment>
        <translation>qBittorrentを閉じたときは通知エリアに入れる</translation>
    </message>
    <message>
        <source>Monochrome (for dark theme)</source>
        <translation type="vanished">モノクローム(ダークテーマ用)</translation>
    </message>
    <message>
        <source>Monochrome (for light theme)</source>
        <translation type="vanished">モノクローム(ライトテーマ用)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="740"/>
        <source>Inhibit system sleep when torrents are downloading</source>
        <translation>Torrentのダウンロード中はシステムのスリープを禁止する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="747"/>
        <source>Inhibit system sleep when torrents are seeding</source>
        <translation>Torrentのシード中はシステムのスリープを禁止する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="791"/>
        <source>Creates an additional log file after the log file reaches the specified file size</source>
        <translation>ログファイルが指定したファイルサイズに達した後、追加のログファイルを作成します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="858"/>
        <source>days</source>
        <extracomment>Delete backup logs older than 10 days</extracomment>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="863"/>
        <source>months</source>
        <extracomment>Delete backup logs older than 10 months</extracomment>
        <translation>ヶ月</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="868"/>
        <source>years</source>
        <extracomment>Delete backup logs older than 10 years</extracomment>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="908"/>
        <source>Log performance warnings</source>
        <translation>パフォーマンス警告を記録する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1050"/>
        <source>Do not start the download automatically</source>
        <extracomment>The torrent will be added to download list in a stopped state</extracomment>
        <translation>ダウンロードを自動的に開始しない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1132"/>
        <source>Whether the .torrent file should be deleted after adding it</source>
        <translation>&quot;.torrent&quot;ファイルを追加後に削除するかどうか</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1187"/>
        <source>Allocate full file sizes on disk before starting downloads, to minimize fragmentation. Only useful for HDDs.</source>
        <translation>ダウンロードを開始する前にディスクに総ファイルサイズを割り当て、断片化を最小限に抑えます。これはHDDだけに役立ちます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1197"/>
        <source>Append .!qB extension to incomplete files</source>
        <translation>完了していないファイルに拡張子(.!qB)を付加する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1211"/>
        <source>When a torrent is downloaded, offer to add torrents from any .torrent files found inside it</source>
        <translation>Torrentがダウンロードされたとき、その中にある&quot;.torrent&quot;ファイルからTorrentを追加することを提案します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1214"/>
        <source>Enable recursive download dialog</source>
        <translation>「再帰的ダウンロード」ダイアログを有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1241"/>
        <source>Automatic: Various torrent properties (e.g. save path) will be decided by the associated category
Manual: Various torrent properties (e.g. save path) must be assigned manually</source>
        <translation>自動: Torrentの各種プロパティー(保存先など)は、関連付けられたカテゴリーに応じて決定されます
手動: Torrentの各種プロパティー(保存先など)は、手作業で割り当てる必要があります</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1312"/>
        <source>When Default Save/Incomplete Path changed:</source>
        <translation>デフォルトの保存/未完了パスが変更されたとき:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1353"/>
        <source>When Category Save Path changed:</source>
        <translation>カテゴリーの保存パスが変更されたとき:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1399"/>
        <source>Use Category paths in Manual Mode</source>
        <translation>手動モードでカテゴリーのパスを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1396"/>
        <source>Resolve relative Save Path against appropriate Category path instead of Default one</source>
        <translation>相対的な保存パスを、デフォルトのパスではなく適切なカテゴリーのパスで解決します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="251"/>
        <source>Use icons from system theme</source>
        <translation>システムテーマのアイコンを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="519"/>
        <source>Window state on start up:</source>
        <translation>起動時のウィンドウ状態:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="526"/>
        <source>qBittorrent window state on start up</source>
        <translation>起動時のqBittorrentのウィンドウ状態</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1059"/>
        <source>Torrent stop condition:</source>
        <translation>Torrentの停止条件:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1070"/>
        <location filename="../gui/optionsdialog.cpp" line="580"/>
        <location filename="../gui/optionsdialog.cpp" line="675"/>
        <location filename="../gui/optionsdialog.cpp" line="687"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1075"/>
        <location filename="../gui/optionsdialog.cpp" line="581"/>
        <source>Metadata received</source>
        <translation>メタデータを受信後</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1080"/>
        <location filename="../gui/optionsdialog.cpp" line="583"/>
        <source>Files checked</source>
        <translation>ファイルのチェック後</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1418"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>未完了のTorrentは別のパスを使用する:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1453"/>
        <source>Automatically add torrents from:</source>
        <translation>次のフォルダーからTorrentを自動的に追加する:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1547"/>
        <source>Excluded file names</source>
        <translation>除外ファイル名</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1559"/>
        <source>Blacklist filtered file names from being downloaded from torrent(s).
Files matching any of the filters in this list will have their priority automatically set to &quot;Do not download&quot;.

Use newlines to separate multiple entries. Can use wildcards as outlined below.
*: matches zero or more of any characters.
?: matches any single character.
[...]: sets of characters can be represented in square brackets.

Examples
*.exe: filter &apos;.exe&apos; file extension.
readme.txt: filter exact file name.
?.txt: filter &apos;a.txt&apos;, &apos;b.txt&apos; but not &apos;aa.txt&apos;.
readme[0-9].txt: filter &apos;readme1.txt&apos;, &apos;readme2.txt&apos; but not &apos;readme10.txt&apos;.</source>
        <translation>Torrentからダウンロードされないように、フィルタリングされたファイル名をブラックリスト化します。
このリストのいずれかのフィルターに一致するファイルは、自動的に優先度が&quot;ダウンロードしない&quot;に設定されます。

複数のエントリーを区切るには、改行を使用します。以下のワイルドカードが使用できます。
*: 0個以上の文字列にマッチします。
?: 1文字にマッチします。
[...]: 文字セットは各カッコで表すことができます。

例
*.exe: 拡張子&apos;.exe&apos; をフィルタリングします。
readme.txt: 正確なファイル名をフィルタリングします。
?.txt: &apos;a.txt&apos;, &apos;b.txt&apos;をフィルタリングしますが&apos;aa.txt&apos;はフィルタリングしません。
readme[0-9].txt: &apos;readme1.txt&apos;, &apos;readme2.txt&apos;をフィルタリングしますが、&apos;readme10.txt&apos;はフィルタリングしません。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1618"/>
        <source>Receiver</source>
        <translation>受信者</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1621"/>
        <source>To:</source>
        <comment>To receiver</comment>
        <translation>宛先(To):</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1631"/>
        <source>SMTP server:</source>
        <translation>SMTPサーバー:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1601"/>
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1604"/>
        <source>From:</source>
        <comment>From sender</comment>
        <translation>差出人(From):</translation>
    </message>
    <message>
        <source>This server requires a secure connection (SSL)</source>
        <translation type="vanished">このサーバーは安全な接続(SSL)を必要とする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1681"/>
        <location filename="../gui/optionsdialog.ui" line="3830"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1693"/>
        <location filename="../gui/optionsdialog.ui" line="2218"/>
        <location filename="../gui/optionsdialog.ui" line="3842"/>
        <location filename="../gui/optionsdialog.ui" line="4294"/>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1703"/>
        <location filename="../gui/optionsdialog.ui" line="2228"/>
        <location filename="../gui/optionsdialog.ui" line="3852"/>
        <location filename="../gui/optionsdialog.ui" line="4304"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1736"/>
        <source>Run external program</source>
        <translation>外部プログラムの実行</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1778"/>
        <source>Show console window</source>
        <translation>コンソールウィンドウを表示する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1840"/>
        <source>TCP and μTP</source>
        <translation>TCPとμTP</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1873"/>
        <source>Listening Port</source>
        <translation>接続待ちポート</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1881"/>
        <source>Port used for incoming connections:</source>
        <translation>受信接続に使用するポート:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1888"/>
        <source>Set to 0 to let your system pick an unused port</source>
        <translation>0に設定すると、システムが未使用のポートを選択します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1901"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1923"/>
        <source>Use UPnP / NAT-PMP port forwarding from my router</source>
        <translation>ルーターからのポート転送にUPnP/NAT-PMPを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1936"/>
        <source>Connections Limits</source>
        <translation>接続制限</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1981"/>
        <source>Maximum number of connections per torrent:</source>
        <translation>Torrentごとの接続数の上限:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1942"/>
        <source>Global maximum number of connections:</source>
        <translation>グローバルの最大接続数:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2021"/>
        <source>Maximum number of upload slots per torrent:</source>
        <translation>Torrentごとのアップロードスロット数の上限:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2004"/>
        <source>Global maximum number of upload slots:</source>
        <translation>グローバルの最大アップロードスロット数:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2116"/>
        <source>Proxy Server</source>
        <translation>プロキシサーバー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2124"/>
        <source>Type:</source>
        <translation>タイプ:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="935"/>
        <source>SOCKS4</source>
        <translation>SOCKS4</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="936"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="937"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2055"/>
        <location filename="../gui/optionsdialog.ui" line="2134"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2065"/>
        <location filename="../gui/optionsdialog.ui" line="2144"/>
        <location filename="../gui/optionsdialog.ui" line="3744"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2266"/>
        <source>Otherwise, the proxy server is only used for tracker connections</source>
        <translation>無効の場合、プロキシサーバーはトラッカー接続だけに使用されます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2269"/>
        <source>Use proxy for peer connections</source>
        <translation>ピア接続にプロキシを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2204"/>
        <source>A&amp;uthentication</source>
        <translation>認証(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2316"/>
        <source>Filter path (.dat, .p2p, .p2b):</source>
        <translation>フィルターのパス(.dat, .p2p, .p2b):</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2326"/>
        <source>Reload the filter</source>
        <translation>フィルターの再読み込み</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2341"/>
        <source>Manually banned IP addresses...</source>
        <translation>手動でアクセス禁止にしたIPアドレス...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2348"/>
        <source>Apply to trackers</source>
        <translation>トラッカーに適用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2406"/>
        <source>Global Rate Limits</source>
        <translation>グローバルの速度制限</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2422"/>
        <location filename="../gui/optionsdialog.ui" line="2461"/>
        <location filename="../gui/optionsdialog.ui" line="2499"/>
        <location filename="../gui/optionsdialog.ui" line="2538"/>
        <location filename="../gui/optionsdialog.ui" line="2947"/>
        <location filename="../gui/optionsdialog.ui" line="2980"/>
        <location filename="../gui/optionsdialog.ui" line="3000"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2425"/>
        <location filename="../gui/optionsdialog.ui" line="2464"/>
        <location filename="../gui/optionsdialog.ui" line="2502"/>
        <location filename="../gui/optionsdialog.ui" line="2541"/>
        <location filename="../gui/optionsdialog.ui" line="3032"/>
        <location filename="../gui/optionsdialog.ui" line="3068"/>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2415"/>
        <location filename="../gui/optionsdialog.ui" line="2492"/>
        <source>Upload:</source>
        <translation>アップロード:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2454"/>
        <location filename="../gui/optionsdialog.ui" line="2531"/>
        <source>Download:</source>
        <translation>ダウンロード:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2483"/>
        <source>Alternative Rate Limits</source>
        <translation>代替速度制限</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2569"/>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2599"/>
        <source>End time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2639"/>
        <source>When:</source>
        <translation>日:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2653"/>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2658"/>
        <source>Weekdays</source>
        <translation>平日</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2663"/>
        <source>Weekends</source>
        <translation>週末</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2677"/>
        <source>Rate Limits Settings</source>
        <translation>速度制限の設定</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2697"/>
        <source>Apply rate limit to peers on LAN</source>
        <translation>LAN上のピアに速度制限を適用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2690"/>
        <source>Apply rate limit to transport overhead</source>
        <translation>トランスポートオーバーヘッドに制限を適用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2100"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If &quot;mixed mode&quot; is enabled I2P torrents are allowed to also get peers from other sources than the tracker, and connect to regular IPs, not providing any anonymization. This may be useful if the user is not interested in the anonymization of I2P, but still wants to be able to connect to I2P peers.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt; &quot;混合モード&quot;を有効にすると、I2P Torrentはトラッカー以外のソースからピアを取得し、通常のIPに接続し、匿名化を提供しません。これは、I2Pの匿名化には興味はないが、I2Pピアに接続できるようにしたい場合に便利です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2683"/>
        <source>Apply rate limit to µTP protocol</source>
        <translation>µTPプロトコルに速度制限を適用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2755"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2764"/>
        <source>Enable DHT (decentralized network) to find more peers</source>
        <translation>DHT(分散ネットワーク)を有効にする(ピア検出数の向上)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2774"/>
        <source>Exchange peers with compatible Bittorrent clients (µTorrent, Vuze, ...)</source>
        <translation>BitTorrentの互換クライアント(µTorrentやVuzeなど)とピアを交換します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2777"/>
        <source>Enable Peer Exchange (PeX) to find more peers</source>
        <translation>ピア交換(PeX)を有効にする(ピア検出数の向上)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2787"/>
        <source>Look for peers on your local network</source>
        <translation>ローカルネットワーク内のピアを探します</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2790"/>
        <source>Enable Local Peer Discovery to find more peers</source>
        <translation>ローカルピア検出(LSD)を有効にする(ピア検出数の向上)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2802"/>
        <source>Encryption mode:</source>
        <translation>暗号化モード:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2820"/>
        <source>Require encryption</source>
        <translation>暗号化を必須にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2825"/>
        <source>Disable encryption</source>
        <translation>暗号化を無効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2850"/>
        <source>Enable when using a proxy or a VPN connection</source>
        <translation>プロキシやVPN接続を使用する場合は有効にします</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2853"/>
        <source>Enable anonymous mode</source>
        <translation>匿名モードを有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2940"/>
        <source>Maximum active downloads:</source>
        <translation>稼働中ダウンロード数の上限:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2973"/>
        <source>Maximum active uploads:</source>
        <translation>稼働中アップロード数の上限:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2993"/>
        <source>Maximum active torrents:</source>
        <translation>稼働中Torrent数の上限:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3013"/>
        <source>Do not count slow torrents in these limits</source>
        <translation>これらの制限で遅いTorrentは数に含めない</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3061"/>
        <source>Upload rate threshold:</source>
        <translation>アップロード速度のしきい値:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3025"/>
        <source>Download rate threshold:</source>
        <translation>ダウンロード速度のしきい値:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3091"/>
        <location filename="../gui/optionsdialog.ui" line="3566"/>
        <location filename="../gui/optionsdialog.ui" line="4007"/>
        <location filename="../gui/optionsdialog.ui" line="4034"/>
        <source> sec</source>
        <extracomment>seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3084"/>
        <source>Torrent inactivity timer:</source>
        <translation>Torrent非稼働中タイマー:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3245"/>
        <source>then</source>
        <translation>次の処理を行う</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3766"/>
        <source>Use UPnP / NAT-PMP to forward the port from my router</source>
        <translation>ルーターからのポート転送にUPnP/NAT-PMPを使用する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3791"/>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3804"/>
        <location filename="../gui/optionsdialog.ui" line="3878"/>
        <source>Key:</source>
        <translation>鍵:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3814"/>
        <source>&lt;a href=https://httpd.apache.org/docs/current/ssl/ssl_faq.html#aboutcerts&gt;Information about certificates&lt;/a&gt;</source>
        <translation>&lt;a href=https://httpd.apache.org/docs/current/ssl/ssl_faq.html#aboutcerts&gt;証明書に関する情報&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3862"/>
        <source>Change current password</source>
        <translation>現在のパスワードを変更</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4076"/>
        <source>Files location:</source>
        <translation>ファイルの場所:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4088"/>
        <source>&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/List-of-known-alternate-WebUIs&quot;&gt;List of alternative WebUI&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/List-of-known-alternate-WebUIs&quot;&gt;代替WebUIのリスト&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4104"/>
        <source>Security</source>
        <translation>セキュリティー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4110"/>
        <source>Enable clickjacking protection</source>
        <translation>クリックジャッキング保護を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4117"/>
        <source>Enable Cross-Site Request Forgery (CSRF) protection</source>
        <translation>クロスサイトリクエストフォージェリ(CSRF)保護を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4124"/>
        <source>Enable cookie Secure flag (requires HTTPS or localhost connection)</source>
        <translation>クッキーのSecure属性を有効にする(HTTPSまたはローカルホスト接続が必要)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4131"/>
        <source>Enable Host header validation</source>
        <translation>ホストヘッダー検証を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4168"/>
        <source>Add custom HTTP headers</source>
        <translation>カスタムHTTPヘッダーを追加する</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4183"/>
        <source>Header: value pairs, one per line</source>
        <translation>ヘッダー: 値 の対を1行に1つ</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4193"/>
        <source>Enable reverse proxy support</source>
        <translation>リバースプロキシ対応を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4204"/>
        <source>Trusted proxies list:</source>
        <translation>信頼プロキシリスト</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4220"/>
        <source>&lt;a href=https://github.com/qbittorrent/qBittorrent/wiki#reverse-proxy-setup-for-webui-access&gt;Reverse proxy setup examples&lt;/a&gt;</source>
        <translation>&lt;a href=https://github.com/qbittorrent/qBittorrent/wiki#reverse-proxy-setup-for-webui-access&gt;リバースプロキシの設定例&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4248"/>
        <source>Service:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4271"/>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4280"/>
        <source>Domain name:</source>
        <translation>ドメイン名:</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="608"/>
        <source>By enabling these options, you can &lt;strong&gt;irrevocably lose&lt;/strong&gt; your .torrent files!</source>
        <translation>これらのオプションを有効にすると、&quot;.torrent&quot;ファイルが&lt;strong&gt;完全に削除&lt;/strong&gt;されます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="615"/>
        <source>If you enable the second option (&amp;ldquo;Also when addition is cancelled&amp;rdquo;) the .torrent file &lt;strong&gt;will be deleted&lt;/strong&gt; even if you press &amp;ldquo;&lt;strong&gt;Cancel&lt;/strong&gt;&amp;rdquo; in the &amp;ldquo;Add torrent&amp;rdquo; dialog</source>
        <translation>2番目のオプション(「追加がキャンセルされた場合でも削除する」)を有効にした場合、「Torrentの追加」ダイアログで&lt;strong&gt;キャンセル&lt;/strong&gt;を押したときでも&quot;.torrent&quot;ファイルが&lt;strong&gt;削除されます&lt;/strong&gt;。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="264"/>
        <source>Select qBittorrent UI Theme file</source>
        <translation>qBittorrentのUIテーマファイルを選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1383"/>
        <source>Choose Alternative UI files location</source>
        <translation>別のUIファイルの場所の選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="706"/>
        <source>Supported parameters (case sensitive):</source>
        <translation>使用できるパラメーター(大文字と小文字を区別):</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="314"/>
        <source>Minimized</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="316"/>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="331"/>
        <source>Disabled due to failed to detect system tray presence</source>
        <translation>システムトレイが検出できなかったため、無効にされました</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="580"/>
        <source>No stop condition is set.</source>
        <translation>停止条件は設定されていません。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="581"/>
        <source>Torrent will stop after metadata is received.</source>
        <translation>メタデータの受信後、Torrentは停止します。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="583"/>
        <source>Torrent will stop after files are initially checked.</source>
        <translation>ファイルの初期チェック後、Torrentは停止します。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="584"/>
        <source>This will also download metadata if it wasn&apos;t there initially.</source>
        <translation>また、メタデータが存在しない場合は、メタデータもダウンロードされます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="673"/>
        <source>Select the encryption type used when sending SMTP emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="675"/>
        <source>no encryption used when sending emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="676"/>
        <source>(last choice if no other option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="676"/>
        <location filename="../gui/optionsdialog.cpp" line="680"/>
        <location filename="../gui/optionsdialog.cpp" line="684"/>
        <source>Default port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="679"/>
        <location filename="../gui/optionsdialog.cpp" line="688"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="679"/>
        <source>use STARTTLS encryption when sending emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="680"/>
        <source>(alternative choice if supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="683"/>
        <location filename="../gui/optionsdialog.cpp" line="689"/>
        <source>SMTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="683"/>
        <source>use SMTPS encryption when sending emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="684"/>
        <source>(best choice if supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="707"/>
        <source>%N: Torrent name</source>
        <translation>%N: Torrent名</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="708"/>
        <source>%L: Category</source>
        <translation>%L: カテゴリー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="710"/>
        <source>%F: Content path (same as root path for multifile torrent)</source>
        <translation>%F: コンテンツパス(複数ファイルTorrentのルートと同じ)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="711"/>
        <source>%R: Root path (first torrent subdirectory path)</source>
        <translation>%R: ルートパス(最初のTorrentサブディレクトリーのパス)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="712"/>
        <source>%D: Save path</source>
        <translation>%D: 保存パス</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="713"/>
        <source>%C: Number of files</source>
        <translation>%C: ファイル数</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="714"/>
        <source>%Z: Torrent size (bytes)</source>
        <translation>%Z: Torrentのサイズ(バイト)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="715"/>
        <source>%T: Current tracker</source>
        <translation>%T: 現在のトラッカー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="719"/>
        <source>%M: Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="720"/>
        <source>Tip: Encapsulate parameter with quotation marks to avoid text being cut off at whitespace (e.g., &quot;%N&quot;)</source>
        <translation>ヒント: 空白文字でテキストが切れることを防ぐために、パラメーターはダブルクオーテーションで囲います(例: &quot;%N&quot;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="785"/>
        <source>Test email</source>
        <translation>テストメール</translation>
    </message>
    <message>
        <source>Attempted to send email. Check your inbox to confirm success</source>
        <translation type="vanished">メールを送信しました。受信箱を確認してください。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="934"/>
        <source>(None)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1151"/>
        <source>A torrent will be considered slow if its download and upload rates stay below these values for &quot;Torrent inactivity timer&quot; seconds</source>
        <translation>「Torrent非稼働中タイマー」で指定された秒数の間、ダウンロードとアップロードの速度が指定されたしきい値を下回った場合に遅いTorrentとみなされます </translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1377"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1378"/>
        <source>Select certificate</source>
        <translation>証明書の選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1380"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1381"/>
        <source>Select private key</source>
        <translation>秘密鍵の選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1386"/>
        <source>WebUI configuration failed. Reason: %1</source>
        <translation>WebUIが設定できませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1535"/>
        <location filename="../gui/optionsdialog.cpp" line="1579"/>
        <source>Rotate API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1537"/>
        <source>Generate an API key? This key can be used to interact with qBittorrent&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1538"/>
        <source>Rotate this API key? The current key will immediately stop working and a new key will be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1557"/>
        <source>Delete this API key? The current key will immediately stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1897"/>
        <source>Default port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1908"/>
        <source>%1 is recommended for best compatibility with Windows dark mode</source>
        <comment>Fusion is recommended for best compatibility with Windows dark mode</comment>
        <translation>Windowsのダークモードとの最高の相性のために %1 を推奨します。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1915"/>
        <source>System</source>
        <comment>System default Qt style</comment>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1916"/>
        <source>Let Qt decide the style for this system</source>
        <translation>Qtにこのシステムのスタイルを決めさせます</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1933"/>
        <source>Dark</source>
        <comment>Dark color scheme</comment>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1934"/>
        <source>Light</source>
        <comment>Light color scheme</comment>
        <translation> ライト</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1935"/>
        <source>System</source>
        <comment>System color scheme</comment>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2060"/>
        <source>Select folder to monitor</source>
        <translation>監視するフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2082"/>
        <source>Adding entry failed</source>
        <translation>エントリーを追加できませんでした</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2182"/>
        <source>The WebUI username must be at least 3 characters long.</source>
        <translation>Web UIのユーザー名は、最低3文字が必要です。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2187"/>
        <source>Character Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2187"/>
        <source>The WebUI username must not contain a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2194"/>
        <source>The WebUI password must be at least 6 characters long.</source>
        <translation>WebUIのパスワードは、最低6文字が必要です。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2204"/>
        <source>Location Error</source>
        <translation>場所エラー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="644"/>
        <location filename="../gui/optionsdialog.cpp" line="652"/>
        <source>Choose export directory</source>
        <translation>エクスポートするディレクトリーの選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="610"/>
        <source>When these options are enabled, qBittorrent will &lt;strong&gt;delete&lt;/strong&gt; .torrent files after they were successfully (the first option) or not (the second option) added to its download queue. This will be applied &lt;strong&gt;not only&lt;/strong&gt; to the files opened via &amp;ldquo;Add torrent&amp;rdquo; menu action but to those opened via &lt;strong&gt;file type association&lt;/strong&gt; as well</source>
        <translation>最初のオプションが有効の場合、ダウンロードキューに正常に追加された後に&quot;.torrent&quot;ファイルが&lt;strong&gt;削除されます&lt;/strong&gt;。2番目のオプションが有効の場合、キューに追加されなくても削除されます。
これは、メニュー項目の「Torrentリンクの追加」から追加した場合&lt;strong&gt;だけでなく&lt;/strong&gt;、&lt;strong&gt;ファイルタイプの関連付け&lt;/strong&gt;で開いた場合も適用されます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="265"/>
        <source>qBittorrent UI Theme file (*.qbtheme config.json)</source>
        <translation>qBittorrentのUIテーマファイル(*.qbtheme config.json)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="709"/>
        <source>%G: Tags (separated by comma)</source>
        <translation>%G: タグ(カンマ区切り)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="716"/>
        <source>%I: Info hash v1 (or &apos;-&apos; if unavailable)</source>
        <translation>%I: Infoハッシュ v1(利用できない場合は&apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="717"/>
        <source>%J: Info hash v2 (or &apos;-&apos; if unavailable)</source>
        <translation>%I: Infoハッシュ v2(利用できない場合は&apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="718"/>
        <source>%K: Torrent ID (either sha-1 info hash for v1 torrent or truncated sha-256 info hash for v2/hybrid torrent)</source>
        <translation>%K: Torrent ID (v1 Torrentはsha-1 infoハッシュ、v2/ハイプリッドTorrentは省略したsha-256 infoハッシュ)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="358"/>
        <location filename="../gui/optionsdialog.cpp" line="632"/>
        <location filename="../gui/optionsdialog.cpp" line="637"/>
        <source>Choose a save directory</source>
        <translation>保存するディレクトリーの選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="582"/>
        <source>Torrents that have metadata initially will be added as stopped.</source>
        <translation>最初からメタデータを持つTorrentは、停止状態で追加されます。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="785"/>
        <source>Attempted to send test email.
Check your inbox to confirm success.
Check the Execution Log for errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="954"/>
        <source>Choose an IP filter file</source>
        <translation>IPフィルターファイルの選択</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="956"/>
        <source>All supported filters</source>
        <translation>すべての対応フィルター</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2204"/>
        <source>The alternative WebUI files location cannot be blank.</source>
        <translation>代替WebUIファイルの場所を空欄にすることはできません。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2241"/>
        <source>Parsing error</source>
        <translation>解析エラー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2241"/>
        <source>Failed to parse the provided IP filter</source>
        <translation>指定されたIPフィルターを解析できませんでした</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2243"/>
        <source>Successfully refreshed</source>
        <translation>正常に再読み込みされました</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2243"/>
        <source>Successfully parsed the provided IP filter: %1 rules were applied.</source>
        <comment>%1 is a number</comment>
        <translation>指定されたIPフィルターは正常に解析され、ルール(%1)が適用されました。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="164"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2252"/>
        <source>Time Error</source>
        <translation>時刻エラー</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2252"/>
        <source>The start time and the end time can&apos;t be the same.</source>
        <translation>開始と終了の時刻を同じにすることはできません。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2182"/>
        <location filename="../gui/optionsdialog.cpp" line="2194"/>
        <source>Length Error</source>
        <translation>文字数エラー</translation>
    </message>
</context>
<context>
    <name>PeerInfo</name>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="237"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="314"/>
        <source>Interested (local) and choked (peer)</source>
        <translation>欲しいピースあり(ローカル)/アップロード拒絶(ピア)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="319"/>
        <source>Interested (local) and unchoked (peer)</source>
        <translation>欲しいピースあり(ローカル)/アップロード承諾(ピア)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="328"/>
        <source>Interested (peer) and choked (local)</source>
        <translation>欲しいピースあり(ピア)/アップロード拒絶(ローカル)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="333"/>
        <source>Interested (peer) and unchoked (local)</source>
        <translation>欲しいピースあり(ピア)/アップロード承諾(ローカル)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="339"/>
        <source>Not interested (local) and unchoked (peer)</source>
        <translation>欲しいピースなし(ローカル)/アップロード承諾(ピア)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="343"/>
        <source>Not interested (peer) and unchoked (local)</source>
        <translation>欲しいピースなし(ピア)/アップロード承諾(ローカル)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="347"/>
        <source>Optimistic unchoke</source>
        <translation>楽観的アンチョーク</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="351"/>
        <source>Peer snubbed</source>
        <translation>ピアがスナッブ</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="355"/>
        <source>Incoming connection</source>
        <translation>受信接続</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="359"/>
        <source>Peer from DHT</source>
        <translation>DHTから取得したピア</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="363"/>
        <source>Peer from PEX</source>
        <translation>PEXから取得したピア</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="367"/>
        <source>Peer from LSD</source>
        <translation>LSDから取得したピア</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="371"/>
        <source>Encrypted traffic</source>
        <translation>暗号化されたトラフィック</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="375"/>
        <source>Encrypted handshake</source>
        <translation>暗号化されたハンドシェイク</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="383"/>
        <source>Peer is using NAT hole punching</source>
        <translation>ピアはNATホールパンチグを使用</translation>
    </message>
</context>
<context>
    <name>PeerListWidget</name>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="114"/>
        <source>Country/Region</source>
        <translation>国/地域</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="115"/>
        <source>IP/Address</source>
        <translation>IP/アドレス</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="116"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="117"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="118"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="119"/>
        <source>Client</source>
        <comment>i.e.: Client application</comment>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="120"/>
        <source>Peer ID Client</source>
        <comment>i.e.: Client resolved from Peer ID</comment>
        <translation>ピアIDのクライアント</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="121"/>
        <source>Progress</source>
        <comment>i.e: % downloaded</comment>
        <translation>進捗状況</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="122"/>
        <source>Down Speed</source>
        <comment>i.e: Download speed</comment>
        <translation>ダウン速度</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="123"/>
        <source>Up Speed</source>
        <comment>i.e: Upload speed</comment>
        <translation>アップ速度</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="124"/>
        <source>Downloaded</source>
        <comment>i.e: total data downloaded</comment>
        <translation>ダウン量</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="125"/>
        <source>Uploaded</source>
        <comment>i.e: total data uploaded</comment>
        <translation>アップ量</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="126"/>
        <source>Relevance</source>
        <comment>i.e: How relevant this peer is to us. How many pieces it has that we don&apos;t.</comment>
        <translation>適合性</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="127"/>
        <source>Files</source>
        <comment>i.e. files that are being downloaded right now</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="205"/>
        <source>Column visibility</source>
        <translation>表示する列</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="231"/>
        <source>Resize columns</source>
        <translation>列のリサイズ</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="240"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>非表示以外のすべての列をコンテンツのサイズにリサイズします</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="294"/>
        <source>Add peers...</source>
        <translation>ピアを追加...</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="303"/>
        <location filename="../gui/properties/peerlistwidget.cpp" line="305"/>
        <source>Adding peers</source>
        <translation>ピアの追加</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="303"/>
        <source>Some peers cannot be added. Check the Log for details.</source>
        <translation>一部のピアを追加できません。詳細はログを参照してください。</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="305"/>
        <source>Peers are added to this torrent.</source>
        <translation>このTorrentにピアを追加しました。</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="310"/>
        <location filename="../gui/properties/peerlistwidget.cpp" line="353"/>
        <source>Ban peer permanently</source>
        <translation>恒久的にピアをアクセス禁止にする</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="321"/>
        <source>Cannot add peers to a private torrent</source>
        <translation>プライベートTorrentにはピアを追加できません</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="323"/>
        <source>Cannot add peers when the torrent is checking</source>
        <translation>チェック中のTorrentにはピアを追加できません</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="325"/>
        <source>Cannot add peers when the torrent is queued</source>
        <translation>待機中のTorrentにはピアを追加できません</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="329"/>
        <source>No peer was selected</source>
        <translation>ピアが選択されていません</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="354"/>
        <source>Are you sure you want to permanently ban the selected peers?</source>
        <translation>選択したピアを恒久的にアクセス禁止にしますか？</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="360"/>
        <source>Peer &quot;%1&quot; is manually banned</source>
        <translation>ピア %1 が手動でアクセス禁止にされました</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="450"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="307"/>
        <source>Copy IP:port</source>
        <translation>IP:ポートをコピー</translation>
    </message>
</context>
<context>
    <name>PeersAdditionDialog</name>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="14"/>
        <source>Add Peers</source>
        <translation>ピアの追加</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="20"/>
        <source>List of peers to add (one IP per line):</source>
        <translation>追加するピアのリスト(IPごとに改行):</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="36"/>
        <source>Format: IPv4:port / [IPv6]:port</source>
        <translation>書式: IPv4:ポート/[IPv6]:ポート</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="64"/>
        <source>No peer entered</source>
        <translation>ピアが入力されていません</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="65"/>
        <source>Please type at least one peer.</source>
        <translation>最低でも1つのピアを入力してください。</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="78"/>
        <source>Invalid peer</source>
        <translation>無効なピア</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="79"/>
        <source>The peer &apos;%1&apos; is invalid.</source>
        <translation>ピア&apos;%1&apos;は無効です。</translation>
    </message>
</context>
<context>
    <name>PieceAvailabilityBar</name>
    <message>
        <location filename="../gui/properties/pieceavailabilitybar.cpp" line="175"/>
        <source>Unavailable pieces</source>
        <translation>利用できないピース</translation>
    </message>
    <message>
        <location filename="../gui/properties/pieceavailabilitybar.cpp" line="176"/>
        <source>Available pieces</source>
        <translation>利用できるピース</translation>
    </message>
</context>
<context>
    <name>PiecesBar</name>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="291"/>
        <source>Files in this piece:</source>
        <translation>このピースに含まれるファイル:</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="293"/>
        <source>File in this piece:</source>
        <translation>このピースに含まれるファイル:</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="295"/>
        <source>File in these pieces:</source>
        <translation>これらのピースに含まれるファイル:</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="314"/>
        <source>Wait until metadata become available to see detailed information</source>
        <translation>詳細情報を表示するには、メタデータが取得できるまでお待ちください</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="316"/>
        <source>Hold Shift key for detailed information</source>
        <translation>Shiftキーを押したままホバーすると詳細情報を表示します</translation>
    </message>
</context>
<context>
    <name>PluginSelectDialog</name>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="17"/>
        <source>Search plugins</source>
        <translation>検索プラグイン</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="29"/>
        <source>Installed search plugins:</source>
        <translation>インストールされている検索プラグイン:</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="52"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="57"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="62"/>
        <source>Url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="67"/>
        <location filename="../gui/search/pluginselectdialog.ui" line="133"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="80"/>
        <source>Warning: Be sure to comply with your country&apos;s copyright laws when downloading torrents from any of these search engines.</source>
        <translation>警告: これら検索エンジンからTorrentをダウンロードする際は、あなたの国の著作権法を必ず遵守してください。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="95"/>
        <source>You can get new search engine plugins here: &lt;a href=&quot;https://plugins.qbittorrent.org&quot;&gt;https://plugins.qbittorrent.org&lt;/a&gt;</source>
        <translation>次のURLから新しい検索エンジンプラグインを入手できます: &lt;a href=&quot;https://plugins.qbittorrent.org&quot;&gt;https://plugins.qbittorrent.org&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="107"/>
        <source>Install a new one</source>
        <translation>新しいものをインストール</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="114"/>
        <source>Check for updates</source>
        <translation>アップデートをチェック</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="121"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="138"/>
        <source>Uninstall</source>
        <translation>アンインストール</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="160"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="231"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="296"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="165"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="210"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="236"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="301"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="216"/>
        <source>Uninstall warning</source>
        <translation>アンインストールの注意</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="216"/>
        <source>Some plugins could not be uninstalled because they are included in qBittorrent. Only the ones you added yourself can be uninstalled.
Those plugins were disabled.</source>
        <translation>一部のプラグインはqBittorrentに含まれているため、アンインストールできませんでした。自分で追加したものだけがアンインストールできます。
次のプラグインは無効になりました。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="218"/>
        <source>Uninstall success</source>
        <translation>アンインストール完了</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="218"/>
        <source>All selected plugins were uninstalled successfully</source>
        <translation>選択されたすべてのプラグインは正常にアンインストールされました</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="341"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="448"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="463"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="495"/>
        <source>Search plugin update</source>
        <translation>検索プラグインのアップデート</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="341"/>
        <source>Plugins installed or updated: %1</source>
        <translation>プラグインはインストールまたはアップデートされました: %1</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="363"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="371"/>
        <source>New search engine plugin URL</source>
        <translation>新しい検索エンジンプラグインのURL</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="364"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="372"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="369"/>
        <source>Invalid link</source>
        <translation>無効なリンク</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="369"/>
        <source>The link doesn&apos;t seem to point to a search engine plugin.</source>
        <translation>検索エンジンプラグインのリンクではありません。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="386"/>
        <source>Select search plugins</source>
        <translation>検索プラグインの選択</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="387"/>
        <source>qBittorrent search plugin</source>
        <translation>qBittorrent検索プラグイン</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="448"/>
        <source>All your plugins are already up to date.</source>
        <translation>すべてのプラグインはすでに最新です。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="463"/>
        <source>Sorry, couldn&apos;t check for plugin updates. %1</source>
        <translation>プラグインのアップデートをチェックできませんでした: %1</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="477"/>
        <source>Search plugin install</source>
        <translation>検索プラグインのインストール</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="478"/>
        <source>Couldn&apos;t install &quot;%1&quot; search engine plugin. %2</source>
        <translation>検索エンジンプラグイン(%1)をインストールできませんでした。%2</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="496"/>
        <source>Couldn&apos;t update &quot;%1&quot; search engine plugin. %2</source>
        <translation>検索エンジンプラグイン(%1)をアップデートできませんでした。%2</translation>
    </message>
</context>
<context>
    <name>PluginSourceDialog</name>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="14"/>
        <source>Plugin source</source>
        <translation>プラグインのソース</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="26"/>
        <source>Search plugin source:</source>
        <translation>検索プラグインのソース:</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="35"/>
        <source>Local file</source>
        <translation>ローカルファイル</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="42"/>
        <source>Web link</source>
        <translation>ウェブリンク</translation>
    </message>
</context>
<context>
    <name>PreviewSelectDialog</name>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="65"/>
        <source>The following files from torrent &quot;%1&quot; support previewing, please select one of them:</source>
        <translation>Torrent(%1)内の次のファイルはプレビューに対応しています。どれかひとつを選択してください:</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="68"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="76"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="77"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="78"/>
        <source>Progress</source>
        <translation>進捗状況</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="145"/>
        <source>Preview impossible</source>
        <translation>プレビューできません</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="146"/>
        <source>Sorry, we can&apos;t preview this file: &quot;%1&quot;.</source>
        <translation>このファイルのプレビューには対応していません: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="162"/>
        <source>Resize columns</source>
        <translation>列のリサイズ</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="170"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>非表示以外のすべての列をコンテンツのサイズにリサイズします</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.ui" line="14"/>
        <source>Preview selection</source>
        <translation>プレビューの選択</translation>
    </message>
</context>
<context>
    <name>Private::FileLineEdit</name>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="305"/>
        <source>Path does not exist</source>
        <translation>パスが存在しません</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="307"/>
        <source>Path does not point to a directory</source>
        <translation>パスがディレクトリーではありません</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="309"/>
        <source>Path does not point to a file</source>
        <translation>パスがファイルではありません</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="311"/>
        <source>Don&apos;t have read permission to path</source>
        <translation>パスへの読み取り許可がありません</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="313"/>
        <source>Don&apos;t have write permission to path</source>
        <translation>パスへの書き込み許可がありません</translation>
    </message>
</context>
<context>
    <name>ProgramUpdater</name>
    <message>
        <location filename="../gui/programupdater.cpp" line="127"/>
        <location filename="../gui/programupdater.cpp" line="199"/>
        <source>Failed to download the program update info. URL: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropTabBar</name>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="50"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="59"/>
        <source>Trackers</source>
        <translation>トラッカー</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="68"/>
        <source>Peers</source>
        <translation>ピア</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="77"/>
        <source>HTTP Sources</source>
        <translation>HTTPソース</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="86"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="97"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>PropertiesWidget</name>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="262"/>
        <source>Downloaded:</source>
        <translation>ダウンロード量:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="117"/>
        <source>Availability:</source>
        <translation>可用性:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="81"/>
        <source>Progress:</source>
        <translation>進捗状況:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="157"/>
        <source>Transfer</source>
        <translation>転送</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="175"/>
        <source>Time Active:</source>
        <extracomment>Time (duration) the torrent is active (not stopped)</extracomment>
        <translation>稼働時間:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="204"/>
        <source>ETA:</source>
        <translation>予測所要時間:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="291"/>
        <source>Uploaded:</source>
        <translation>アップロード量:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="320"/>
        <source>Seeds:</source>
        <translation>シード数:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="349"/>
        <source>Download Speed:</source>
        <translation>ダウンロード速度:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="378"/>
        <source>Upload Speed:</source>
        <translation>アップロード速度:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="407"/>
        <source>Peers:</source>
        <translation>ピア数:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="436"/>
        <source>Download Limit:</source>
        <translation>ダウンロード制限:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="465"/>
        <source>Upload Limit:</source>
        <translation>アップロード制限:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="494"/>
        <source>Wasted:</source>
        <translation>破棄:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="233"/>
        <source>Connections:</source>
        <translation>接続数:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="642"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="866"/>
        <source>Info Hash v1:</source>
        <translation>Infoハッシュ v1:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="898"/>
        <source>Info Hash v2:</source>
        <translation>Infoハッシュ v2:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="965"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="1125"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="1132"/>
        <source>Select None</source>
        <translation>すべて解除</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="523"/>
        <source>Share Ratio:</source>
        <translation>共有比:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="552"/>
        <source>Reannounce In:</source>
        <translation>次のアナウンスまで:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="581"/>
        <source>Last Seen Complete:</source>
        <translation>最後に完了が確認された日時:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="610"/>
        <location filename="../gui/properties/propertieswidget.ui" line="629"/>
        <source>Ratio / Time Active (in months), indicates how popular the torrent is</source>
        <translation>Torrentの人気度を示す、比率/稼働時間(月単位)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="613"/>
        <source>Popularity:</source>
        <translation>人気:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="660"/>
        <source>Total Size:</source>
        <translation>合計サイズ:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="689"/>
        <source>Pieces:</source>
        <translation>ピース数:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="718"/>
        <source>Created By:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="747"/>
        <source>Added On:</source>
        <translation>追加日時:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="776"/>
        <source>Completed On:</source>
        <translation>完了日時:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="805"/>
        <source>Created On:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="834"/>
        <source>Private:</source>
        <translation>プライベート:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="930"/>
        <source>Save Path:</source>
        <translation>保存パス:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="468"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="476"/>
        <source>%1 x %2 (have %3)</source>
        <comment>(torrent pieces) eg 152 x 4MB (have 25)</comment>
        <translation>%1 x %2 (保有%3)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="411"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="414"/>
        <source>%1 (%2 this session)</source>
        <translation>%1 (このセッション%2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="326"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="327"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="346"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="342"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="342"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="424"/>
        <source>%1 (seeded for %2)</source>
        <comment>e.g. 4m39s (seeded for 3m10s)</comment>
        <translation>%1 (シードから%2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="434"/>
        <source>%1 (%2 max)</source>
        <comment>%1 and %2 are numbers, e.g. 3 (10 max)</comment>
        <translation>%1 (最大%2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="450"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="454"/>
        <source>%1 (%2 total)</source>
        <comment>%1 and %2 are numbers, e.g. 3 (10 total)</comment>
        <translation>%1 (合計%2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="460"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="465"/>
        <source>%1 (%2 avg.)</source>
        <comment>%1 and %2 are speed rates, e.g. 200KiB/s (100KiB/s avg.)</comment>
        <translation>%1 (平均%2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="617"/>
        <source>Add web seed</source>
        <comment>Add HTTP source</comment>
        <translation>ウェブシードの追加</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="618"/>
        <source>Add web seed:</source>
        <translation>ウェブシードの追加:</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="624"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="677"/>
        <source>This web seed is already in the list.</source>
        <translation>このウェブシードはすでにリストにあります。</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="82"/>
        <source>Filter files...</source>
        <translation>ファイルを絞り込む...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="555"/>
        <source>Add web seed...</source>
        <translation>ウェブシードを追加...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="559"/>
        <source>Remove web seed</source>
        <translation>ウェブシードの削除</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="562"/>
        <source>Copy web seed URL</source>
        <translation>ウェブシードURLのコピー</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="564"/>
        <source>Edit web seed URL...</source>
        <translation>ウェブシードURLを編集...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="604"/>
        <source>Speed graphs are disabled</source>
        <translation>速度グラフが無効になっています</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="604"/>
        <source>You can enable it in Advanced Options</source>
        <translation>高度な設定で有効にできます</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="669"/>
        <source>Web seed editing</source>
        <translation>ウェブシードの編集</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="670"/>
        <source>Web seed URL:</source>
        <translation>ウェブシードURL:</translation>
    </message>
</context>
<context>
    <name>RSS::AutoDownloader</name>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="80"/>
        <location filename="../base/rss/rss_autodownloader.cpp" line="88"/>
        <source>Invalid data format.</source>
        <translation>不正なデータ形式です。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="123"/>
        <source>Couldn&apos;t save RSS AutoDownloader data in %1. Error: %2</source>
        <translation>%1のRSS自動ダウンローダーを保存できませんでした。エラー: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="325"/>
        <source>Invalid data format</source>
        <translation>不正なデータ形式</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="508"/>
        <source>RSS article &apos;%1&apos; is accepted by rule &apos;%2&apos;. Trying to add torrent...</source>
        <translation>RSS記事(%1)はルール(%2)によって受け入れられました。Torrentの追加を試みています...</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="544"/>
        <source>Failed to read RSS AutoDownloader rules. %1</source>
        <translation>RSS自動ダウンローダーのルールが読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="562"/>
        <source>Couldn&apos;t load RSS AutoDownloader rules. Reason: %1</source>
        <translation>RSS自動ダウンローダールールを読み込めませんでした。理由: %1</translation>
    </message>
</context>
<context>
    <name>RSS::Feed</name>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="247"/>
        <source>Failed to download RSS feed at &apos;%1&apos;. Reason: %2</source>
        <translation>&apos;%1&apos;のRSSフィードをダウンロードできませんでした。理由: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="283"/>
        <source>RSS feed at &apos;%1&apos; updated. Added %2 new articles.</source>
        <translation>&apos;%1&apos;のRSSフィードが更新されました。%2件の新着記事が追加されました。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="280"/>
        <source>Failed to parse RSS feed at &apos;%1&apos;. Reason: %2</source>
        <translation>&apos;%1&apos;のRSSフィードを解析できませんでした。理由: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="234"/>
        <source>RSS feed at &apos;%1&apos; is successfully downloaded. Starting to parse it.</source>
        <translation>RSSフィード&apos;%1&apos;は正常にダウンロードされ、解析が開始されました。</translation>
    </message>
</context>
<context>
    <name>RSS::Private::FeedSerializer</name>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="57"/>
        <source>Failed to read RSS session data. %1</source>
        <translation>RSSセッションデータが読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="79"/>
        <source>Failed to save RSS feed in &apos;%1&apos;, Reason: %2</source>
        <translation>&apos;%1&apos;にRSSフィードを保存できませんでした。理由: %2</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="90"/>
        <source>Couldn&apos;t parse RSS Session data. Error: %1</source>
        <translation>RSSセッションデータを解析できませんでした。エラー: %1</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="97"/>
        <source>Couldn&apos;t load RSS Session data. Invalid data format.</source>
        <translation>RSSセッションデータが読み込めませんでした。無効なデータ形式です。</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="109"/>
        <source>Couldn&apos;t load RSS article &apos;%1#%2&apos;. Invalid data format.</source>
        <translation>RSS記事&apos;%1#%2&apos;が読み込めませんでした。無効なデータ形式です。</translation>
    </message>
</context>
<context>
    <name>RSS::Private::Parser</name>
    <message>
        <location filename="../base/rss/rss_parser.cpp" line="594"/>
        <source>Invalid RSS feed.</source>
        <translation>無効なRSSフィードです。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_parser.cpp" line="588"/>
        <source>%1 (line: %2, column: %3, offset: %4).</source>
        <translation>%1 (行: %2、列: %3、オフセット: %4)。</translation>
    </message>
</context>
<context>
    <name>RSS::Session</name>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="79"/>
        <source>Couldn&apos;t save RSS session configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>RSSセッションの設定を保存できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="88"/>
        <source>Couldn&apos;t save RSS session data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>RSSセッションのデータを保存できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="156"/>
        <location filename="../base/rss/rss_session.cpp" line="189"/>
        <source>RSS feed with given URL already exists: %1.</source>
        <translation>指定されたURLのRSSフィードはすでに存在します: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="176"/>
        <source>Feed doesn&apos;t exist: %1.</source>
        <translation>フィードが存在しません: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="203"/>
        <source>Cannot move root folder.</source>
        <translation>ルートフォルダーは移動できません。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="207"/>
        <location filename="../base/rss/rss_session.cpp" line="250"/>
        <source>Item doesn&apos;t exist: %1.</source>
        <translation>アイテムが存在しません: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="223"/>
        <source>Can&apos;t move a folder into itself or its subfolders.</source>
        <translation>フォルダーをフォルダー自身やそのサブフォルダーには移動できません。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="246"/>
        <source>Cannot delete root folder.</source>
        <translation>ルートフォルダーは削除できません。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="287"/>
        <source>Failed to read RSS session data. %1</source>
        <translation>RSSセッションデータが読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="295"/>
        <source>Failed to parse RSS session data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>RSSセッションデータが解析できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="302"/>
        <source>Failed to load RSS session data. File: &quot;%1&quot;. Error: &quot;Invalid data format.&quot;</source>
        <translation>RSSセッションデータが読み込めませんでした。 ファイル: &quot;%1&quot;. エラー: 無効なデータ形式です。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="333"/>
        <source>Couldn&apos;t load RSS feed. Feed: &quot;%1&quot;. Reason: URL is required.</source>
        <translation>RSSフィードを読み込めませんでした。 フィード: &quot;%1&quot;. 理由: URLが必要です。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="344"/>
        <source>Couldn&apos;t load RSS feed. Feed: &quot;%1&quot;. Reason: UID is invalid.</source>
        <translation>RSSフィードが読み込めませんでした。 フィード: &quot;%1&quot;. 理由: UIDが無効です。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="351"/>
        <source>Duplicate RSS feed found. UID: &quot;%1&quot;. Error: Configuration seems to be corrupted.</source>
        <translation>重複したRSSフィードが見つかりました。 UID: &quot;%1&quot;. エラー: 設定が破損している可能性があります。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="375"/>
        <source>Couldn&apos;t load RSS item. Item: &quot;%1&quot;. Invalid data format.</source>
        <translation>RSS項目が読み込めませんでした。 項目: &quot;%1&quot;. 無効なデータ形式です。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="389"/>
        <source>Corrupted RSS list, not loading it.</source>
        <translation>RSSリストが破損しているため、読み込めません。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="410"/>
        <source>Failed to add RSS folder item. Reason: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="417"/>
        <source>Failed to add RSS feed item. Reason: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="431"/>
        <source>Incorrect RSS Item path: %1.</source>
        <translation>RSSアイテムのパスが正しくありません: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="434"/>
        <source>RSS item with given path already exists: %1.</source>
        <translation>指定されたパスのRSSアイテムはすでに存在します: %1.</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="439"/>
        <source>Parent folder doesn&apos;t exist: %1.</source>
        <translation>親フォルダーが存在しません: %1.</translation>
    </message>
</context>
<context>
    <name>RSSController</name>
    <message>
        <location filename="../webui/api/rsscontroller.cpp" line="94"/>
        <source>Invalid &apos;refreshInterval&apos; value</source>
        <translation>無効な&apos;refreshInterval&apos;の値</translation>
    </message>
    <message>
        <location filename="../webui/api/rsscontroller.cpp" line="99"/>
        <source>Feed doesn&apos;t exist: %1.</source>
        <translation>フィードが存在しません: %1.</translation>
    </message>
</context>
<context>
    <name>RSSFeedDialog</name>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="14"/>
        <source>RSS Feed Options</source>
        <translation>RSSフィードのオプション</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="22"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="32"/>
        <source>Refresh interval:</source>
        <translation>更新間隔:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.cpp" line="43"/>
        <source> sec</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.cpp" line="44"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>RSSWidget</name>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="17"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="31"/>
        <source>Fetching of RSS feeds is disabled now! You can enable it in application settings.</source>
        <translation>RSSフィードの取得は現在無効になっています。設定から有効にできます。</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="43"/>
        <source>New subscription</source>
        <translation>新規購読</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="50"/>
        <location filename="../gui/rss/rsswidget.ui" line="171"/>
        <location filename="../gui/rss/rsswidget.ui" line="174"/>
        <source>Mark items read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="57"/>
        <source>Refresh RSS streams</source>
        <translation>RSSストリームの更新</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="60"/>
        <source>Update all</source>
        <translation>すべて更新</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="80"/>
        <source>RSS Downloader...</source>
        <translation>RSSダウンローダー...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="108"/>
        <source>Torrents: (double-click to download)</source>
        <translation>Torrent: (ダブルクリックしてダウンロード)</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="134"/>
        <location filename="../gui/rss/rsswidget.ui" line="137"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="142"/>
        <source>Rename...</source>
        <translation>名前を変更...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="145"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="150"/>
        <location filename="../gui/rss/rsswidget.ui" line="153"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="158"/>
        <source>New subscription...</source>
        <translation>新規購読...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="163"/>
        <location filename="../gui/rss/rsswidget.ui" line="166"/>
        <source>Update all feeds</source>
        <translation>すべてのフィードの更新</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="179"/>
        <source>Download torrent</source>
        <translation>Torrentのダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="184"/>
        <source>Open news URL</source>
        <translation>ニュースの URL を開く</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="189"/>
        <source>Copy feed URL</source>
        <translation>フィードURLを開く</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="194"/>
        <source>New folder...</source>
        <translation>新規フォルダー...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="199"/>
        <source>Feed options...</source>
        <translation>フィードのオプション...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="136"/>
        <source>Filter feed items...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="304"/>
        <source>Please choose a folder name</source>
        <translation>フォルダー名を選択してください</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="304"/>
        <source>Folder name:</source>
        <translation>フォルダー名:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="305"/>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="398"/>
        <source>Deletion confirmation</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="398"/>
        <source>Are you sure you want to delete the selected RSS feeds?</source>
        <translation>選択したRSSフィードを削除しますか？</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="487"/>
        <source>Blocked opening RSS article URL. URL pointing to local file might be malicious behaviour. Article: &quot;%1&quot;. URL: &quot;%2&quot;.</source>
        <translation>RSS記事のURLを開くことがブロックされました。ローカルファイルを指すURLは、悪意のある動作の可能性があります。 記事: &quot;%1&quot;. URL: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="498"/>
        <source>Blocked opening RSS article URL. The following article URL is pointing to local file and it may be malicious behaviour:
%1</source>
        <translation>RSS記事のURLを開くことがブロックされました。次の記事URLはローカルファイルを指しているため、悪意のある動作の可能性があります。
%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="500"/>
        <location filename="../gui/rss/rsswidget.cpp" line="507"/>
        <source>There are %1 more articles with the same issue.</source>
        <translation>同じ内容の記事があと%1件あります。</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="505"/>
        <source>The following article has no news URL provided:
%1</source>
        <translation>次の記事にはニュースURLがありません。
%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="527"/>
        <source>Please choose a new name for this RSS feed</source>
        <translation>このRSSフィードの新しい名前を入力してください</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="527"/>
        <source>New feed name:</source>
        <translation>新しいフィード名:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="535"/>
        <source>Rename failed</source>
        <translation>名前の変更に失敗</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="710"/>
        <source>Date: </source>
        <translation>日付: </translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="712"/>
        <source>Feed: </source>
        <translation>フィード:</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="714"/>
        <source>Author: </source>
        <translation>作者: </translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="716"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="90"/>
        <source>Python must be installed to use the Search Engine.</source>
        <translation>検索エンジンを使用するには、Pythonをインストールする必要があります。</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="113"/>
        <source>Unable to create more than %1 concurrent searches.</source>
        <translation>%1を超える同時検索は作成できません。</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="190"/>
        <location filename="../webui/api/searchcontroller.cpp" line="196"/>
        <source>Offset is out of range</source>
        <translation>オフセットが範囲外です</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="305"/>
        <source>All plugins are already up to date.</source>
        <translation>すべてのプラグインはすでに最新です。</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="309"/>
        <source>Updating %1 plugins</source>
        <translation>%1個のプラグインを更新しています</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="314"/>
        <source>Updating plugin %1</source>
        <translation>プラグイン%1を更新しています</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="323"/>
        <source>Failed to check for plugin updates: %1</source>
        <translation>プラグインの更新をチェックできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SearchDownloadHandler</name>
    <message>
        <location filename="../base/search/searchdownloadhandler.cpp" line="72"/>
        <source>Error occurred when downloading torrent via search engine. Engine: &quot;%1&quot;. URL: &quot;%2&quot;. Error: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHandler</name>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="70"/>
        <source>Process failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="72"/>
        <source>Process crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="74"/>
        <source>Process timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="76"/>
        <source>Process write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="78"/>
        <source>Process read error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="80"/>
        <source>Process unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="117"/>
        <source>Search process failed. Search query: &quot;%1&quot;. Category: &quot;%2&quot;. Engines: &quot;%3&quot;. Error: &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="166"/>
        <source>Error occurred in search engine. Search query: &quot;%1&quot;. Category: &quot;%2&quot;. Engines: &quot;%3&quot;. Error: &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchJobWidget</name>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="19"/>
        <source>Results(xxx)</source>
        <translation>検索結果 (xxx)</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="39"/>
        <source>Search in:</source>
        <translation>検索対象:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="46"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Some search engines search in torrent description and in torrent file names too. Whether such results will be shown in the list below is controlled by this mode.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Everywhere &lt;/span&gt;disables filtering and shows everything returned by the search engines.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Torrent names only&lt;/span&gt; shows only torrents whose names match the search query.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;一部の検索エンジンは、Torrentの説明やファイル名からも検索します。それらの結果を下のリストに表示するかどうかを指定します。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;すべて &lt;/span&gt;検索エンジンか返したすべての結果を表示します。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Torrent名のみ&lt;/span&gt;検索クエリと名前が一致したTorrentだけを表示します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="69"/>
        <source>Set minimum and maximum allowed number of seeders</source>
        <translation>シーダー数の最小値と最大値を設定します</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="79"/>
        <source>Minimum number of seeds</source>
        <translation>シードの最小数</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="96"/>
        <source>Maximum number of seeds</source>
        <translation>シードの最大数</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="125"/>
        <source>Set minimum and maximum allowed size of a torrent</source>
        <translation>Torrentサイズの最小値と最大値を設定します</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="137"/>
        <source>Minimum torrent size</source>
        <translation>最小Torrentサイズ</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="161"/>
        <source>Maximum torrent size</source>
        <translation>最大Torrentサイズ</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="72"/>
        <source>Seeds:</source>
        <translation>シード数:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="89"/>
        <location filename="../gui/search/searchjobwidget.ui" line="152"/>
        <source>to</source>
        <translation>から</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="99"/>
        <location filename="../gui/search/searchjobwidget.ui" line="164"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="128"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="108"/>
        <source>Name</source>
        <comment>i.e: file name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="109"/>
        <source>Size</source>
        <comment>i.e: file size</comment>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="110"/>
        <source>Seeders</source>
        <comment>i.e: Number of full sources</comment>
        <translation>シーダー</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="111"/>
        <source>Leechers</source>
        <comment>i.e: Number of partial sources</comment>
        <translation>リーチャー</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="169"/>
        <source>Filter search results...</source>
        <translation>検索結果を絞り込む...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="350"/>
        <source>Blocked opening search result description page URL. URL pointing to local file might be malicious behaviour. Name: &quot;%1&quot;. URL: &quot;%2&quot;.</source>
        <translation>検索結果の説明ページURLを開くことがブロックされました。ローカルファイルを指すURLは、悪意のある動作の可能性があります。 名前: &quot;%1&quot;. URL: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="361"/>
        <source>Blocked opening search result description page URL. The following result URL is pointing to local file and it may be malicious behaviour:
%1</source>
        <translation>検索結果の説明ページURLを開くことがブロックされました。次の結果URLはローカルファイルを指しているため、悪意のある動作の可能性があります。
%1</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="363"/>
        <source>There are %1 more results with the same issue.</source>
        <translation>同じ内容の結果があと%1件あります。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="368"/>
        <source>Entry &quot;%1&quot; has no description page URL provided.</source>
        <translation>エントリー&quot;%1&quot;には説明ページURLがありません。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="370"/>
        <source>There are %1 more entries with the same issue.</source>
        <translation>同じ内容のエントリーがあと%1件あります。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="451"/>
        <source>Results (showing &lt;i&gt;%1&lt;/i&gt; out of &lt;i&gt;%2&lt;/i&gt;):</source>
        <comment>i.e: Search results</comment>
        <translation>検索結果 ( &lt;i&gt;%2&lt;/i&gt; 件中 &lt;i&gt;%1&lt;/i&gt; 件を表示):</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="510"/>
        <source>Torrent names only</source>
        <translation>Torrent名だけ</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="511"/>
        <source>Everywhere</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="533"/>
        <source>Use regular expressions</source>
        <translation>正規表現を使用</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="548"/>
        <source>Open download window</source>
        <translation>ダウンロードウィンドウを開く</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="550"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="552"/>
        <source>Open description page</source>
        <translation>説明ページを開く</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="556"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="558"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="560"/>
        <source>Download link</source>
        <translation>ダウンロードのリンク</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="562"/>
        <source>Description page URL</source>
        <translation>説明ページのURL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="74"/>
        <source>Searching...</source>
        <translation>検索中...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="76"/>
        <source>Search has finished</source>
        <translation>検索完了</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="78"/>
        <source>Search aborted</source>
        <translation>検索中止</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="80"/>
        <source>An error occurred during search...</source>
        <translation>検索中にエラーが発生しました...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="82"/>
        <source>Search returned no results</source>
        <translation>検索結果は 0 件でした</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="112"/>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="113"/>
        <source>Engine URL</source>
        <translation>エンジンのURL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="114"/>
        <source>Published On</source>
        <translation>公開日</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="594"/>
        <source>Column visibility</source>
        <translation>表示する列</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="617"/>
        <source>Resize columns</source>
        <translation>列のリサイズ</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="626"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>非表示以外のすべての列をコンテンツのサイズにリサイズします</translation>
    </message>
</context>
<context>
    <name>SearchPluginManager</name>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="246"/>
        <source>Unknown search engine plugin file format.</source>
        <translation>不明な検索エンジンプラグインのファイル形式です。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="257"/>
        <source>Plugin already at version %1, which is greater than %2</source>
        <translation>プラグインはすでに%1で、%2より新しくなっています</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="258"/>
        <source>A more recent version of this plugin is already installed.</source>
        <translation>このプラグインの新しいバージョンがすでにインストールされています。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="282"/>
        <source>Plugin %1 is not supported.</source>
        <translation>プラグイン&quot;%1&quot;は対応していません。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="290"/>
        <location filename="../base/search/searchpluginmanager.cpp" line="294"/>
        <source>Plugin is not supported.</source>
        <translation>プラグインは対応していません。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="302"/>
        <source>Plugin %1 has been successfully updated.</source>
        <translation>プラグイン&quot;%1&quot;は正常に更新されました。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="376"/>
        <source>All categories</source>
        <translation>全カテゴリ</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="380"/>
        <source>Movies</source>
        <translation>映画</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="384"/>
        <source>TV shows</source>
        <translation>テレビ番組</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="381"/>
        <source>Music</source>
        <translation>音楽</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="379"/>
        <source>Games</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="377"/>
        <source>Anime</source>
        <translation>アニメ</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="383"/>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="382"/>
        <source>Pictures</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="378"/>
        <source>Books</source>
        <translation>書籍</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="484"/>
        <source>Update server is temporarily unavailable. %1</source>
        <translation>アップデートサーバーは一時的に利用できません。%1</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="504"/>
        <location filename="../base/search/searchpluginmanager.cpp" line="506"/>
        <source>Failed to download the plugin file. %1</source>
        <translation>プラグインファイルをダウンロードできませんでした。%1</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="568"/>
        <source>Error occurred when fetching search engine capabilities. Error: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="651"/>
        <source>Plugin &quot;%1&quot; is outdated, updating to version %2</source>
        <translation>プラグイン&quot;%1&quot;は古いため、バージョン%2に更新しています</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="658"/>
        <source>Incorrect update info received for %1 out of %2 plugins.</source>
        <translation>%2のプラグインのうち%1から不正な更新情報を受信しました。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="700"/>
        <source>Search plugin &apos;%1&apos; contains invalid version string (&apos;%2&apos;)</source>
        <translation>検索プラグイン&apos;%1&apos;に無効なバージョン文字列(&apos;%2&apos;)が含まれています</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="14"/>
        <location filename="../gui/search/searchwidget.ui" line="51"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="86"/>
        <source>There aren&apos;t any search plugins installed.
Click the &quot;Search plugins...&quot; button at the bottom right of the window to install some.</source>
        <translation>検索プラグインがインストールされていません。
ウィンドウ右下の&quot;プラグインを検索...&quot;ボタンをクリックしてインストールしてください。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="142"/>
        <source>Search plugins...</source>
        <translation>プラグインを検索...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="358"/>
        <source>A phrase to search for.</source>
        <translation>検索文字列を入力してください。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="359"/>
        <source>Spaces in a search term may be protected by double quotes.</source>
        <translation>空白を含む文字列を検索したい場合はダブルクォーテーションで括ってください。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="361"/>
        <source>Example:</source>
        <comment>Search phrase example</comment>
        <translation>例:</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="367"/>
        <source>&lt;b&gt;&amp;quot;foo bar&amp;quot;&lt;/b&gt;: search for &lt;b&gt;foo bar&lt;/b&gt;</source>
        <comment>Search phrase example, illustrates quotes usage, double quotedpair of space delimited words, the whole pair is highlighted</comment>
        <translation>&lt;b&gt;&amp;quot;foo bar&amp;quot;&lt;/b&gt;: 文字列「&lt;b&gt;foo bar&lt;/b&gt;」を検索します</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="592"/>
        <source>All plugins</source>
        <translation>すべてのプラグイン</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="591"/>
        <source>Only enabled</source>
        <translation>有効なものだけ</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="196"/>
        <location filename="../gui/search/searchwidget.cpp" line="254"/>
        <source>Invalid data format.</source>
        <translation>不正なデータ形式です。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="363"/>
        <source>&lt;b&gt;foo bar&lt;/b&gt;: search for &lt;b&gt;foo&lt;/b&gt; and &lt;b&gt;bar&lt;/b&gt;</source>
        <comment>Search phrase example, illustrates quotes usage, a pair of space delimited words, individual words are highlighted</comment>
        <translation>&lt;b&gt;foo bar&lt;/b&gt;: 文字列「&lt;b&gt;foo&lt;/b&gt;」と「&lt;b&gt;bar&lt;/b&gt;」を検索します</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="847"/>
        <source>Close tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="848"/>
        <source>Close all tabs</source>
        <translation>すべてのタブを閉じる</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="593"/>
        <source>Select...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="839"/>
        <source>Refresh tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="843"/>
        <source>Stop search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="890"/>
        <location filename="../gui/search/searchwidget.cpp" line="967"/>
        <source>Search Engine</source>
        <translation>検索エンジン</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="890"/>
        <location filename="../gui/search/searchwidget.cpp" line="967"/>
        <source>Please install Python to use the Search Engine.</source>
        <translation>検索エンジンを使用するにはPythonをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="884"/>
        <source>Empty search pattern</source>
        <translation>空の検索パターン</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="884"/>
        <source>Please type a search pattern first</source>
        <translation>はじめに検索パターンを入力してください</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="58"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>SearchWidget::DataStorage</name>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="982"/>
        <source>Failed to load Search UI saved state data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>検索UIの状態が保存されたデータを読み込めませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1002"/>
        <source>Failed to load saved search results. Tab: &quot;%1&quot;. File: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>保存された検索結果を読み込めませんでした。タブ: &quot;%1&quot;. ファイル: &quot;%2&quot;. エラー: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1034"/>
        <source>Failed to save Search UI state. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>検索UIの状態を保存できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1066"/>
        <source>Failed to save search results. Tab: &quot;%1&quot;. File: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>検索結果を保存できませんでした。タブ: &quot;%1&quot;. ファイル: &quot;%2&quot;. エラー: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1082"/>
        <source>Failed to load Search UI history. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>検索UIの履歴を読み込めませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1096"/>
        <source>Failed to save search history. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>検索履歴を保存できませんでした。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>SettingsStorage</name>
    <message>
        <location filename="../base/settingsstorage.cpp" line="147"/>
        <source>Detected unclean program exit. Using fallback file to restore settings: %1</source>
        <translation>正常な手順を踏まないプログラム終了が検出されました。フォールバックファイルを使用して設定の復元を行います: %1</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="196"/>
        <source>An access error occurred while trying to write the configuration file.</source>
        <translation>設定ファイルの書き込み中にアクセスエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="199"/>
        <source>A format error occurred while trying to write the configuration file.</source>
        <translation>設定ファイルの書き込み中に書式エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="202"/>
        <source>An unknown error occurred while trying to write the configuration file.</source>
        <translation>設定ファイルへの書き込み中に不明なエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>ShutdownConfirmDialog</name>
    <message>
        <location filename="../gui/shutdownconfirmdialog.ui" line="64"/>
        <source>Don&apos;t show again</source>
        <translation>次回から表示しない</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="118"/>
        <source>qBittorrent will now exit.</source>
        <translation>qBittorrent を終了します。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="119"/>
        <source>E&amp;xit Now</source>
        <translation>終了する(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="120"/>
        <source>Exit confirmation</source>
        <translation>終了の確認</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="123"/>
        <source>The computer is going to shutdown.</source>
        <translation>コンピューターはシャットダウンします。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="124"/>
        <source>&amp;Shutdown Now</source>
        <translation>シャットダウンする(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="125"/>
        <source>Shutdown confirmation</source>
        <translation>シャットダウンの確認</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="128"/>
        <source>The computer is going to enter suspend mode.</source>
        <translation>コンピューターはサスペンドモードに入ります。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="129"/>
        <source>&amp;Suspend Now</source>
        <translation>サスペンドする(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="130"/>
        <source>Suspend confirmation</source>
        <translation>サスペンドの確認</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="133"/>
        <source>The computer is going to enter hibernation mode.</source>
        <translation>コンピューターはハイバネーションモードに移行します。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="134"/>
        <source>&amp;Hibernate Now</source>
        <translation>ハイバネートする(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="135"/>
        <source>Hibernate confirmation</source>
        <translation>ハイバネートの確認</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="138"/>
        <source>The computer is going to reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="139"/>
        <source>&amp;Reboot Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="140"/>
        <source>Reboot confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="150"/>
        <source>You can cancel the action within %1 seconds.</source>
        <translation>あと%1秒以内ならキャンセルできます。</translation>
    </message>
</context>
<context>
    <name>SpeedLimitDialog</name>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="14"/>
        <source>Global Speed Limits</source>
        <translation>グローバルの速度制限</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="20"/>
        <source>Speed limits</source>
        <translation>速度制限</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="33"/>
        <location filename="../gui/speedlimitdialog.ui" line="109"/>
        <source>Upload:</source>
        <translation>アップロード:</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="47"/>
        <location filename="../gui/speedlimitdialog.ui" line="77"/>
        <location filename="../gui/speedlimitdialog.ui" line="123"/>
        <location filename="../gui/speedlimitdialog.ui" line="153"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="50"/>
        <location filename="../gui/speedlimitdialog.ui" line="80"/>
        <location filename="../gui/speedlimitdialog.ui" line="126"/>
        <location filename="../gui/speedlimitdialog.ui" line="156"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="63"/>
        <location filename="../gui/speedlimitdialog.ui" line="139"/>
        <source>Download:</source>
        <translation>ダウンロード:</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="96"/>
        <source>Alternative speed limits</source>
        <translation>代替速度制限</translation>
    </message>
</context>
<context>
    <name>SpeedPlotView</name>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="172"/>
        <source>Total Upload</source>
        <translation>総アップロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="173"/>
        <source>Total Download</source>
        <translation>総ダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="177"/>
        <source>Payload Upload</source>
        <translation>アップロードのペイロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="178"/>
        <source>Payload Download</source>
        <translation>ダウンロードのペイロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="182"/>
        <source>Overhead Upload</source>
        <translation>アップロードのオーバーヘッド</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="183"/>
        <source>Overhead Download</source>
        <translation>ダウンロードのオーバーヘッド</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="187"/>
        <source>DHT Upload</source>
        <translation>DHTでのアップロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="188"/>
        <source>DHT Download</source>
        <translation>DHTでのダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="192"/>
        <source>Tracker Upload</source>
        <translation>トラッカーのアップロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="193"/>
        <source>Tracker Download</source>
        <translation>トラッカーのダウンロード</translation>
    </message>
</context>
<context>
    <name>SpeedWidget</name>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="67"/>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="70"/>
        <source>1 Minute</source>
        <translation>1分</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="71"/>
        <source>5 Minutes</source>
        <translation>5分</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="72"/>
        <source>30 Minutes</source>
        <translation>30分</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="74"/>
        <source>6 Hours</source>
        <translation>6時間</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="104"/>
        <source>Select Graphs</source>
        <translation>グラフの選択</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="82"/>
        <source>Total Upload</source>
        <translation>総アップロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="73"/>
        <source>3 Hours</source>
        <translation>3時間</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="75"/>
        <source>12 Hours</source>
        <translation>12時間</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="76"/>
        <source>24 Hours</source>
        <translation>24時間</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="83"/>
        <source>Total Download</source>
        <translation>総ダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="84"/>
        <source>Payload Upload</source>
        <translation>アップロードの正味のデータ量</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="85"/>
        <source>Payload Download</source>
        <translation>ダウンロードの正味のデータ量</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="86"/>
        <source>Overhead Upload</source>
        <translation>アップロードのオーバーヘッド</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="87"/>
        <source>Overhead Download</source>
        <translation>ダウンロードのオーバーヘッド</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="88"/>
        <source>DHT Upload</source>
        <translation>DHTでのアップロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="89"/>
        <source>DHT Download</source>
        <translation>DHTでのダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="90"/>
        <source>Tracker Upload</source>
        <translation>トラッカーのアップロード</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="91"/>
        <source>Tracker Download</source>
        <translation>トラッカーのダウンロード</translation>
    </message>
</context>
<context>
    <name>StacktraceDialog</name>
    <message>
        <location filename="../gui/stacktracedialog.ui" line="14"/>
        <source>Crash info</source>
        <translation>クラッシュ情報</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../gui/statsdialog.ui" line="14"/>
        <source>Statistics</source>
        <translation>統計情報</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="38"/>
        <source>User statistics</source>
        <translation>利用者統計</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="117"/>
        <source>Cache statistics</source>
        <translation>キャッシュ統計</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="123"/>
        <source>Read cache hits:</source>
        <translation>読み込みキャッシュヒット:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="202"/>
        <source>Average time in queue:</source>
        <translation>平均キュー待ち時間:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="233"/>
        <source>Tracker statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="239"/>
        <source>Queued tracker announces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="246"/>
        <source>TextLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="100"/>
        <source>Connected peers:</source>
        <translation>接続ピア数:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="72"/>
        <source>All-time share ratio:</source>
        <translation>総合共有比:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="58"/>
        <source>All-time download:</source>
        <translation>総合ダウンロード量:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="86"/>
        <source>Session waste:</source>
        <translation>セッション破棄:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="44"/>
        <source>All-time upload:</source>
        <translation>総合アップロード量:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="137"/>
        <source>Total buffer size:</source>
        <translation>全バッファサイズ:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="154"/>
        <source>Performance statistics</source>
        <translation>性能統計</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="188"/>
        <source>Queued I/O jobs:</source>
        <translation>待機I/Oジョブ数:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="160"/>
        <source>Write cache overload:</source>
        <translation>書き込みキャッシュオーバーロード:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="174"/>
        <source>Read cache overload:</source>
        <translation>読み込みキャッシュオーバーロード:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="216"/>
        <source>Total queued size:</source>
        <translation>総キューサイズ:</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.cpp" line="112"/>
        <source>%1 ms</source>
        <comment>18 milliseconds</comment>
        <translation>%1ミリ秒</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/statusbar.cpp" line="86"/>
        <source>Connection status:</source>
        <translation>接続状態:</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="87"/>
        <location filename="../gui/statusbar.cpp" line="192"/>
        <source>No direct connections. This may indicate network configuration problems.</source>
        <translation>ネットワークに接続されていません。ネットワーク構成に問題がある可能性があります。</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="96"/>
        <source>Free space: N/A</source>
        <translation>空き容量: N/A</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="100"/>
        <location filename="../gui/statusbar.cpp" line="229"/>
        <source>External IP: N/A</source>
        <translation>外部 IP: N/A</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="105"/>
        <location filename="../gui/statusbar.cpp" line="204"/>
        <source>DHT: %1 nodes</source>
        <translation>DHT: %1 ノード</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="157"/>
        <source>qBittorrent needs to be restarted!</source>
        <translation>qBittorrentの再起動が必要です。</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="177"/>
        <location filename="../gui/statusbar.cpp" line="186"/>
        <location filename="../gui/statusbar.cpp" line="192"/>
        <source>Connection Status:</source>
        <translation>接続状態:</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="177"/>
        <source>Offline. This usually means that qBittorrent failed to listen on the selected port for incoming connections.</source>
        <translation>オフライン。通常これは、受信用に指定されたポートでの接続待ちができなかったことを意味します。</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="186"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="215"/>
        <source>Free space: </source>
        <translation>空き容量:</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="235"/>
        <source>External IPs: %1, %2</source>
        <translation>外部 IP: %1, %2</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="237"/>
        <source>External IP: %1%2</source>
        <translation>外部 IP: %1%2</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="287"/>
        <source>Click to switch to alternative speed limits</source>
        <translation>クリックすると代替速度制限に切り替わります</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="281"/>
        <source>Click to switch to regular speed limits</source>
        <translation>クリックすると通常の速度制限に切り替わります</translation>
    </message>
</context>
<context>
    <name>StatusFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="47"/>
        <source>All (0)</source>
        <comment>this is for the status filter</comment>
        <translation>すべて (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="50"/>
        <source>Downloading (0)</source>
        <translation>ダウンロード中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="53"/>
        <source>Seeding (0)</source>
        <translation>シード中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="56"/>
        <source>Completed (0)</source>
        <translation>完了 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="59"/>
        <source>Running (0)</source>
        <translation>実行中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="62"/>
        <source>Stopped (0)</source>
        <translation>停止中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="65"/>
        <source>Active (0)</source>
        <translation>稼働中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="68"/>
        <source>Inactive (0)</source>
        <translation>非稼働中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="71"/>
        <source>Stalled (0)</source>
        <translation>停滞中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="74"/>
        <source>Stalled Uploading (0)</source>
        <translation>停滞中アップロード (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="77"/>
        <source>Stalled Downloading (0)</source>
        <translation>停滞中ダウンロード (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="80"/>
        <source>Checking (0)</source>
        <translation>チェック中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="83"/>
        <source>Moving (0)</source>
        <translation>移動中 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="86"/>
        <source>Errored (0)</source>
        <translation>エラー (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="164"/>
        <source>All (%1)</source>
        <translation>すべて (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="165"/>
        <source>Downloading (%1)</source>
        <translation>ダウンロード中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="166"/>
        <source>Seeding (%1)</source>
        <translation>シード中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="167"/>
        <source>Completed (%1)</source>
        <translation>完了 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="168"/>
        <source>Running (%1)</source>
        <translation>実行中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="169"/>
        <source>Stopped (%1)</source>
        <translation>停止中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="219"/>
        <source>Start torrents</source>
        <translation>Torrentを開始する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="221"/>
        <source>Stop torrents</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="176"/>
        <source>Moving (%1)</source>
        <translation>移動中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="223"/>
        <source>Remove torrents</source>
        <translation>Torrentを削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="170"/>
        <source>Active (%1)</source>
        <translation>稼働中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="171"/>
        <source>Inactive (%1)</source>
        <translation>非稼働中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="172"/>
        <source>Stalled (%1)</source>
        <translation>停滞中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="173"/>
        <source>Stalled Uploading (%1)</source>
        <translation>停滞中アップロード (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="174"/>
        <source>Stalled Downloading (%1)</source>
        <translation>停滞中ダウンロード (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="175"/>
        <source>Checking (%1)</source>
        <translation>チェック中 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="177"/>
        <source>Errored (%1)</source>
        <translation>エラー (%1)</translation>
    </message>
</context>
<context>
    <name>TagFilterModel</name>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="146"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="114"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="116"/>
        <source>Untagged</source>
        <translation>タグなし</translation>
    </message>
</context>
<context>
    <name>TagFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="107"/>
        <source>Add tag...</source>
        <translation>タグを追加...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="113"/>
        <source>Remove tag</source>
        <translation>タグの削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="117"/>
        <source>Remove unused tags</source>
        <translation>未使用のタグの削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="124"/>
        <source>Remove torrents</source>
        <translation>Torrentを削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="120"/>
        <source>Start torrents</source>
        <translation>Torrentを開始する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="122"/>
        <source>Stop torrents</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="167"/>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="167"/>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="174"/>
        <source>Invalid tag name</source>
        <translation>無効なタグ名です</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="175"/>
        <source>Tag name &apos;%1&apos; is invalid</source>
        <translation>タグ名&apos;%1&apos;は正しくありません</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="191"/>
        <source>Tag exists</source>
        <translation>タグが存在します</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="191"/>
        <source>Tag name already exists.</source>
        <translation>タグ名はすでに存在します。</translation>
    </message>
</context>
<context>
    <name>TorrentCategoryDialog</name>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="14"/>
        <source>Torrent Category Properties</source>
        <translation>Torrentカテゴリーのプロパティー</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="35"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="64"/>
        <source>Save path for incomplete torrents:</source>
        <translation>未完了Torrentの保存パス:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="72"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>未完了Torrentは別のパスを使用する:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="83"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="88"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="93"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="124"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="146"/>
        <source>Torrent share limits</source>
        <translation>Torrentの共有制限</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="45"/>
        <source>Save path:</source>
        <translation>保存パス:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="46"/>
        <source>Choose save path</source>
        <translation>保存先の選択</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="49"/>
        <source>Choose download path</source>
        <translation>ダウンロードパスの選択</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="84"/>
        <source>New Category</source>
        <translation>新規カテゴリ</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="94"/>
        <source>Invalid category name</source>
        <translation>不正なカテゴリ名</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="95"/>
        <source>Category name cannot contain &apos;\&apos;.
Category name cannot start/end with &apos;/&apos;.
Category name cannot contain &apos;//&apos; sequence.</source>
        <translation>カテゴリ名に&apos;\&apos;を含めることはできません。
カテゴリ名は&apos;/&apos;で開始または終了することはできません。
カテゴリ名に&apos;//&apos;の並びを含めることはできません。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="102"/>
        <source>Category creation error</source>
        <translation>カテゴリ作成エラー</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="103"/>
        <source>Category with the given name already exists.
Please choose a different name and try again.</source>
        <translation>このカテゴリ名はすでに存在します。
別の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>TorrentContentItemDelegate</name>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="79"/>
        <source>Do not download</source>
        <comment>Do not download (priority)</comment>
        <translation>ダウンロードしない</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="80"/>
        <source>Normal</source>
        <comment>Normal (priority)</comment>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="81"/>
        <source>High</source>
        <comment>High (priority)</comment>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="82"/>
        <source>Maximum</source>
        <comment>Maximum (priority)</comment>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="88"/>
        <source>Mixed</source>
        <comment>Mixed (priorities)</comment>
        <translation>混在</translation>
    </message>
</context>
<context>
    <name>TorrentContentModel</name>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Progress</source>
        <translation>進捗状況</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Download Priority</source>
        <translation>ダウンロード優先度</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Remaining</source>
        <translation>残り</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Total Size</source>
        <translation>合計サイズ</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="307"/>
        <source>The name is invalid: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentContentModelItem</name>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="113"/>
        <source>Mixed</source>
        <comment>Mixed (priorities</comment>
        <translation>混在</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="115"/>
        <source>Do not download</source>
        <comment>Do not download (priority)</comment>
        <translation>ダウンロードしない</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="117"/>
        <source>High</source>
        <comment>High (priority)</comment>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="119"/>
        <source>Maximum</source>
        <comment>Maximum (priority)</comment>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="121"/>
        <source>Normal</source>
        <comment>Normal (priority)</comment>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="135"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>TorrentContentWidget</name>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="89"/>
        <source>Rename error</source>
        <translation>名前変更のエラー</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="289"/>
        <source>Renaming</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="289"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="372"/>
        <source>Column visibility</source>
        <translation>表示する列</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="395"/>
        <source>Resize columns</source>
        <translation>列のリサイズ</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="405"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>非表示以外のすべての列をコンテンツのサイズにリサイズします</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="425"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="427"/>
        <source>Open containing folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="429"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="432"/>
        <source>Rename...</source>
        <translation>名前を変更...</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="436"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="438"/>
        <location filename="../gui/torrentcontentwidget.cpp" line="459"/>
        <source>Do not download</source>
        <translation>ダウンロードしない</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="442"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="446"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="450"/>
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="455"/>
        <source>By shown file order</source>
        <translation>表示ファイル順に自動指定</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="463"/>
        <source>Normal priority</source>
        <translation>標準優先度</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="467"/>
        <source>High priority</source>
        <translation>高優先度</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="471"/>
        <source>Maximum priority</source>
        <translation>最高優先度</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="476"/>
        <source>Priority by shown file order</source>
        <translation>表示ファイル順の優先度</translation>
    </message>
</context>
<context>
    <name>TorrentCreatorController</name>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="153"/>
        <source>Too many active tasks</source>
        <translation>アクティブなタスクが多すぎます</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="240"/>
        <source>Torrent creation is still unfinished.</source>
        <translation>Torrentの作成は、まだ完了していません。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="243"/>
        <source>Torrent creation failed.</source>
        <translation>Torrentを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>TorrentCreatorDialog</name>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="17"/>
        <source>Torrent Creator</source>
        <translation>Torrentクリエーター</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="56"/>
        <source>Select file/folder to share</source>
        <translation>共有するファイル/フォルダーを選択してください</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="64"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="91"/>
        <source>[Drag and drop area]</source>
        <translation>[ここにドラッグアンドドロップしてください]</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="101"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="179"/>
        <source>Select file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="108"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="171"/>
        <source>Select folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="120"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="141"/>
        <source>Torrent format:</source>
        <translation>Torrentの形式</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="154"/>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="185"/>
        <source>Piece size:</source>
        <translation>ピースサイズ:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="123"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="202"/>
        <source>Calculate number of pieces:</source>
        <translation>ピース数を計算:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="231"/>
        <source>Private torrent (Won&apos;t distribute on DHT network)</source>
        <translation>プライベートTorrent (DHTネットワークで配信しない)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="238"/>
        <source>Start seeding immediately</source>
        <translation>すぐにシードを開始する</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="248"/>
        <source>Ignore share ratio limits for this torrent</source>
        <translation>このTorrentは共有比制限を無視する</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="255"/>
        <source>Optimize alignment</source>
        <translation>アラインメントを最適化</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="266"/>
        <source>Align to piece boundary for files larger than:</source>
        <translation>次のサイズを超えるファイルのピース境界を揃える:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="273"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="276"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="313"/>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="326"/>
        <source>You can separate tracker tiers / groups with an empty line.</source>
        <translation>空行でトラッカーのティア/グループを分けることができます。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="339"/>
        <source>Web seed URLs:</source>
        <translation>ウェブシードURL:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="319"/>
        <source>Tracker URLs:</source>
        <translation>トラッカーURL:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="356"/>
        <source>Comments:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="373"/>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="392"/>
        <source>Progress:</source>
        <translation>進捗状況:</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="131"/>
        <source>Create Torrent</source>
        <translation>Torrentを作成</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="235"/>
        <source>Calculating...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="280"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="336"/>
        <source>Torrent creation failed</source>
        <translation>Torrentを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="280"/>
        <source>Reason: Path to file/folder is not readable.</source>
        <translation>理由: ファイル/フォルダーへのパスが読み込み不可です。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="286"/>
        <source>Select where to save the new torrent</source>
        <translation>新規Torrentの保存先を選択してください</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="286"/>
        <source>Torrent Files (*.torrent)</source>
        <translation>Torrentファイル (*.torrent)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="291"/>
        <source>Invalid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="291"/>
        <source>The name is invalid: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="375"/>
        <source>Add torrent to transfer list failed.</source>
        <translation>転送リストにTorrentを追加できませんでした。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="375"/>
        <source>Reason: &quot;%1&quot;</source>
        <translation>理由: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="376"/>
        <source>Add torrent failed</source>
        <translation>Torrentが追加できませんでした</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="345"/>
        <source>Torrent creator</source>
        <translation>Torrentクリエーター</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="346"/>
        <source>Torrent created:</source>
        <translation>Torrentを作成しました:</translation>
    </message>
</context>
<context>
    <name>TorrentFilesWatcher</name>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="169"/>
        <source>Failed to load Watched Folders configuration. %1</source>
        <translation>監視フォルダーの設定が読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="177"/>
        <source>Failed to parse Watched Folders configuration from %1. Error: &quot;%2&quot;</source>
        <translation>%1から監視フォルダーの設定が解析できませんでした。エラー: %2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="184"/>
        <source>Failed to load Watched Folders configuration from %1. Error: &quot;Invalid data format.&quot;</source>
        <translation>%1から監視フォルダーの設定が読み込めませんでした。エラー:&quot;無効なデータ形式です。&quot;</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="257"/>
        <source>Couldn&apos;t store Watched Folders configuration to %1. Error: %2</source>
        <translation>%1に監視フォルダーの設定を保存できませんでした。エラー: %2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="276"/>
        <source>Watched folder Path cannot be empty.</source>
        <translation>監視フォルダーのパスは空欄にできません。</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="279"/>
        <source>Watched folder Path cannot be relative.</source>
        <translation>監視フォルダーに相対パスは指定できません。</translation>
    </message>
</context>
<context>
    <name>TorrentFilesWatcher::Worker</name>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="412"/>
        <source>Invalid Magnet URI. URI: %1. Reason: %2</source>
        <translation>無効なマグネットURI。URI: %1. 理由: %2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="420"/>
        <source>Magnet file too big. File: %1</source>
        <translation>マグネットファイルが大きすぎます。 ファイル:%1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="425"/>
        <source>Failed to open magnet file: %1</source>
        <translation>マグネットファイル(%1)をオープンできませんでした。</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="495"/>
        <source>Rejecting failed torrent file: %1</source>
        <translation>失敗したTorrentファイルは除外されました: %1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="534"/>
        <source>Watching folder: &quot;%1&quot;</source>
        <translation>次のフォルダーを監視中です: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TorrentOptionsDialog</name>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="14"/>
        <source>Torrent Options</source>
        <translation>Torrentのオプション</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="20"/>
        <source>Automatic mode means that various torrent properties (e.g. save path) will be decided by the associated category</source>
        <translation>自動モードでは、関連付けられたカテゴリーに応じて、Torrentの各種プロパティー(保存先など)が決定されます</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="23"/>
        <source>Automatic Torrent Management</source>
        <translation>自動Torrent管理</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="30"/>
        <source>Save at</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="39"/>
        <source>Use another path for incomplete torrent</source>
        <translation>未完了のTorrentは別のパスを使用する</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="58"/>
        <source>Category:</source>
        <translation>カテゴリー:</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="162"/>
        <source>Torrent Share Limits</source>
        <translation>Torrentの共有制限</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="122"/>
        <source>Download:</source>
        <translation>ダウンロード:</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="106"/>
        <location filename="../gui/torrentoptionsdialog.ui" line="136"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="86"/>
        <source>Torrent Speed Limits</source>
        <translation>Torrentの速度制限</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="109"/>
        <location filename="../gui/torrentoptionsdialog.ui" line="139"/>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="152"/>
        <source>These will not exceed the global limits</source>
        <translation>この設定がグローバルの制限を超えることはありません</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="92"/>
        <source>Upload:</source>
        <translation>アップロード:</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="176"/>
        <source>Disable DHT for this torrent</source>
        <translation>このTorrentのDHTを無効にする</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="183"/>
        <source>Download in sequential order</source>
        <translation>ピースを先頭から順番にダウンロードする</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="203"/>
        <source>Disable PeX for this torrent</source>
        <translation>このTorrentのPeXを無効にする</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="210"/>
        <source>Download first and last pieces first</source>
        <translation>最初と最後のピースを先にダウンロードする</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="217"/>
        <source>Disable LSD for this torrent</source>
        <translation>このTorrentのLSDを無効にする</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="64"/>
        <source>Currently used categories</source>
        <translation>現在使用中のカテゴリー</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="74"/>
        <location filename="../gui/torrentoptionsdialog.cpp" line="76"/>
        <source>Choose save path</source>
        <translation>保存先の選択</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="339"/>
        <source>Not applicable to private torrents</source>
        <translation>プライベートTorrentには適用できません</translation>
    </message>
</context>
<context>
    <name>TorrentShareLimitsWidget</name>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="80"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="97"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="470"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="471"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="472"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="476"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="481"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="111"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="116"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="121"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="112"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="117"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="122"/>
        <source>Set to</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="42"/>
        <source>Seeding time:</source>
        <translation>シード時間:</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="55"/>
        <location filename="../gui/torrentsharelimitswidget.ui" line="81"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="288"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="303"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="428"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="433"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="452"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="457"/>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="68"/>
        <source>Inactive seeding time:</source>
        <translation>非稼働シード時間:</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="98"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="125"/>
        <source>Action when the limit is reached:</source>
        <translation>制限に達したときのアクション:</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="68"/>
        <source>Stop torrent</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="71"/>
        <source>Remove torrent</source>
        <translation>Torrentを削除</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="74"/>
        <source>Remove torrent and its content</source>
        <translation>Torrentとそのコンテンツを削除する</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="77"/>
        <source>Enable super seeding for torrent</source>
        <translation>Torrentをスーパーシードにする</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="91"/>
        <source>Match any limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="94"/>
        <source>Match all the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="477"/>
        <source>Default (%1)</source>
        <comment>Default (share limit action)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="482"/>
        <source>Default (%1)</source>
        <comment>Default (share limits mode)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="486"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="487"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="488"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="492"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="497"/>
        <source>From category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="493"/>
        <source>From category (%1)</source>
        <comment>From category (share limit action)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="498"/>
        <source>From category (%1)</source>
        <comment>From category (share limits mode)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="19"/>
        <source>Ratio:</source>
        <translation>共有比:</translation>
    </message>
</context>
<context>
    <name>TorrentTagsDialog</name>
    <message>
        <location filename="../gui/torrenttagsdialog.ui" line="14"/>
        <source>Torrent Tags</source>
        <translation>Torrentのタグ</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="100"/>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="101"/>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="107"/>
        <source>Invalid tag name</source>
        <translation>無効なタグ名です</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="107"/>
        <source>Tag name &apos;%1&apos; is invalid.</source>
        <translation>タグ名&apos;%1&apos;は正しくありません。</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="111"/>
        <source>Tag exists</source>
        <translation>タグが存在します</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="111"/>
        <source>Tag name already exists.</source>
        <translation>タグ名はすでに存在します。</translation>
    </message>
</context>
<context>
    <name>TorrentsController</name>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1262"/>
        <source>Error: &apos;%1&apos; is not a valid torrent file.</source>
        <translation>エラー: &apos;%1&apos;は有効なTorrentファイルではありません。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="503"/>
        <source>Priority must be an integer</source>
        <translation>優先度は整数で指定してください</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="505"/>
        <source>Priority is not valid</source>
        <translation>優先度が正しくありません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1113"/>
        <source>Cannot specify filePriorities when adding multiple torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1115"/>
        <source>Cannot specify filePriorities when uploading torrent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1129"/>
        <source>`downloader` must be a valid search plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1191"/>
        <source>Length of filePriorities must equal number of files in torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1208"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1223"/>
        <source>`filePriorities` may only be specified when metadata has already been fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1309"/>
        <source>Must specify at least one of [newUrl, tier]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1317"/>
        <source>tier must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1319"/>
        <source>tier must be between 0 and 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1329"/>
        <source>New tracker URL is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1347"/>
        <source>New tracker URL already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1370"/>
        <source>Tracker not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1411"/>
        <source>No valid peers were specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1467"/>
        <source>Torrent&apos;s metadata has not yet downloaded</source>
        <translation>Torrentのメタデータがダウンロードされていません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1477"/>
        <source>File IDs must be integers</source>
        <translation>ファイルIDは整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1479"/>
        <source>File ID is not valid</source>
        <translation>ファイルIDが正しくありません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1645"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1658"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1671"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1684"/>
        <source>Torrent queueing must be enabled</source>
        <translation>Torrentのキューを有効にする必要があります</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1700"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1725"/>
        <source>Save path cannot be empty</source>
        <translation>保存先パスは空欄にできません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1729"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1755"/>
        <source>Cannot create target directory</source>
        <translation>対象ディレクトリーを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1885"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1912"/>
        <source>Category cannot be empty</source>
        <translation>カテゴリーは空欄にできません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1901"/>
        <source>Unable to create category</source>
        <translation>カテゴリーを作成できません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1925"/>
        <source>Category does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to edit category</source>
        <translation type="vanished">カテゴリーを編集できません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2062"/>
        <source>File name has invalid characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2090"/>
        <source>Folder name has invalid characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2123"/>
        <source>Unable to export torrent file. Error: %1</source>
        <translation>Torrentファイルをエクスポートできません。エラー: %1</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2177"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="2285"/>
        <source>Must specify URI or hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2181"/>
        <source>downloader must be a valid search plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2212"/>
        <source>Unable to download metadata for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2250"/>
        <source>Unable to parse &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2259"/>
        <source>Must specify torrent file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2272"/>
        <source>&apos;%1&apos; is not a valid torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2301"/>
        <source>Metadata is not yet available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2305"/>
        <source>Unable to export torrent metadata. Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2329"/>
        <source>Parse magnet URI failed. URI: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2375"/>
        <source>Reading downloaded torrent data failed. Data: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2391"/>
        <source>Parse torrent failed. URL: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1704"/>
        <source>Cannot make save path</source>
        <translation>保存パスを作成できません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="390"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>&apos;%1&apos; は有効なURLではありません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="393"/>
        <source>URL scheme must be one of [%1]</source>
        <translation>URLスキームは [%1] のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="646"/>
        <source>&apos;sort&apos; parameter is invalid</source>
        <translation>&apos;sort&apos;パラメーターが無効です</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="916"/>
        <source>&quot;%1&quot; is not an existing URL</source>
        <translation>&apos;%1&apos; は既存のURLではありません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="984"/>
        <source>&quot;%1&quot; is not a valid file index.</source>
        <translation>&apos;%1&apos; は有効なファイルインデックスではありません。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="986"/>
        <source>Index %1 is out of bounds.</source>
        <translation>インデックス%1は範囲外です。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1733"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1759"/>
        <source>Cannot write to directory</source>
        <translation>ディレクトリーに書き込めません</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1708"/>
        <source>WebUI Set location: moving &quot;%1&quot;, from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>WebUIの保存場所を設定しました: &apos;%1&apos;は&apos;%2&apos;から&apos;%3&apos;へ移動されました</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1779"/>
        <source>Incorrect torrent name</source>
        <translation>不正なTorrent名です</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1873"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1888"/>
        <source>Incorrect category name</source>
        <translation>不正なカテゴリ名</translation>
    </message>
</context>
<context>
    <name>TrackerEntriesDialog</name>
    <message>
        <location filename="../gui/trackerentriesdialog.ui" line="14"/>
        <source>Edit trackers</source>
        <translation>トラッカーの編集</translation>
    </message>
    <message>
        <location filename="../gui/trackerentriesdialog.ui" line="20"/>
        <source>One tracker URL per line.

- You can split the trackers into groups by inserting blank lines.
- All trackers within the same group will belong to the same tier.
- The group on top will be tier 0, the next group tier 1 and so on.
- Below will show the common subset of trackers of the selected torrents.</source>
        <translation>1行に1トラッカーURLを入力します。

- 空行を挿入してトラッカーをグループに分割できます。
- 同じグループのすべてのトラッカーは同じティアに属します。
- 最初のグループはティア0、次のグループはティア1のようになります。
- 以下は選択されたTorrentに共通するトラッカーです。</translation>
    </message>
</context>
<context>
    <name>TrackerListModel</name>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="66"/>
        <source>Working</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="67"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="68"/>
        <source>Disabled for this torrent</source>
        <translation>このTorrentでは無効</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="69"/>
        <source>This torrent is private</source>
        <translation>このTorrentはプライベートです</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="73"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="228"/>
        <source>Updating...</source>
        <translation>更新中...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="235"/>
        <source>Not working</source>
        <translation>未稼働</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="237"/>
        <source>Tracker error</source>
        <translation>トラッカーエラー</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="239"/>
        <source>Unreachable</source>
        <translation>到達できません</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="241"/>
        <source>Not contacted yet</source>
        <translation>未コンタクト</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="244"/>
        <source>Invalid state!</source>
        <translation>無効な状態です。</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="501"/>
        <source>URL/Announce Endpoint</source>
        <translation>URL/アナウンスエンドポイント</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="505"/>
        <source>BT Protocol</source>
        <translation>BTプロトコル</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="519"/>
        <source>Next Announce</source>
        <translation>次のアナウンス</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="521"/>
        <source>Min Announce</source>
        <translation>最低アナウンス</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="503"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="507"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="509"/>
        <source>Peers</source>
        <translation>ピア</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="511"/>
        <source>Seeds</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="513"/>
        <source>Leeches</source>
        <translation>リーチャー</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="515"/>
        <source>Times Downloaded</source>
        <translation>ダウンロード回数</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="517"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>TrackerListWidget</name>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="238"/>
        <source>This torrent is private</source>
        <translation>このTorrentはプライベートです</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="274"/>
        <source>Tracker editing</source>
        <translation>トラッカー編集中</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="274"/>
        <source>Tracker URL:</source>
        <translation>トラッカーURL:</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="281"/>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="299"/>
        <source>Tracker editing failed</source>
        <translation>トラッカー編集失敗</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="281"/>
        <source>The tracker URL entered is invalid.</source>
        <translation>入力されたトラッカーURLは無効です。</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="299"/>
        <source>The tracker URL already exists.</source>
        <translation>トラッカーURLはすでに存在します。</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="370"/>
        <source>Edit tracker URL...</source>
        <translation>トラッカーURLを編集...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="372"/>
        <source>Remove tracker</source>
        <translation>トラッカーを削除</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="374"/>
        <source>Copy tracker URL</source>
        <translation>トラッカーURLをコピー</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="378"/>
        <source>Force reannounce to selected trackers</source>
        <translation>選択したトラッカーに強制再アナウンス</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="386"/>
        <source>Force reannounce to all trackers</source>
        <translation>全トラッカーに強制再アナウンス</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="451"/>
        <source>Resize columns</source>
        <translation>列のリサイズ</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="460"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>非表示以外のすべての列をコンテンツのサイズにリサイズします</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="365"/>
        <source>Add trackers...</source>
        <translation>トラッカーを追加...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="428"/>
        <source>Column visibility</source>
        <translation>表示カラム</translation>
    </message>
</context>
<context>
    <name>TrackerStatusFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="60"/>
        <source>All (%1)</source>
        <comment>this is for the tracker filter</comment>
        <translation>すべて (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="62"/>
        <source>Warning (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="64"/>
        <source>Tracker error (%1)</source>
        <translation>トラッカーエラー (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="66"/>
        <source>Other error (%1)</source>
        <translation>その他のエラー (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="146"/>
        <source>Start torrents</source>
        <translation>Torrentを開始する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="148"/>
        <source>Stop torrents</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="150"/>
        <source>Remove torrents</source>
        <translation>Torrentを削除</translation>
    </message>
</context>
<context>
    <name>TrackersAdditionDialog</name>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="14"/>
        <source>Add trackers</source>
        <translation>トラッカーの追加</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="20"/>
        <source>List of trackers to add (one per line):</source>
        <translation>追加するトラッカーのリスト(1行ずつ):</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="40"/>
        <source>µTorrent compatible list URL:</source>
        <translation>µTorrent互換リストURL:</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="52"/>
        <source>Download trackers list</source>
        <translation>トラッカーリストをダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="58"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="94"/>
        <source>Trackers list URL error</source>
        <translation>トラッカーリストのURLエラー</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="94"/>
        <source>The trackers list URL cannot be empty</source>
        <translation>トラッカーリストのURLは空欄にはできません</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="114"/>
        <source>Download trackers list error</source>
        <translation>トラッカーリストのダウンロードエラー</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="115"/>
        <source>Error occurred when downloading the trackers list. Reason: &quot;%1&quot;</source>
        <translation>トラッカーリストのダウンロード中にエラーが発生しました。理由: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TrackersFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="124"/>
        <source>Warning (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="118"/>
        <source>Trackerless (%1)</source>
        <translation>トラッカーなし (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="120"/>
        <source>Tracker error (%1)</source>
        <translation>トラッカーエラー (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="122"/>
        <source>Other error (%1)</source>
        <translation>その他のエラー (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="546"/>
        <source>Remove tracker</source>
        <translation>トラッカーを削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="551"/>
        <source>Start torrents</source>
        <translation>Torrentを開始する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="553"/>
        <source>Stop torrents</source>
        <translation>Torrentを停止する</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="555"/>
        <source>Remove torrents</source>
        <translation>Torrentを削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="683"/>
        <source>Removal confirmation</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="684"/>
        <source>Are you sure you want to remove tracker &quot;%1&quot; from all torrents?</source>
        <translation>すべてのTorrentからトラッカー(%1)を削除しますか？</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="686"/>
        <source>Don&apos;t ask me again.</source>
        <translation>次回から表示しない。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="116"/>
        <source>All (%1)</source>
        <comment>this is for the tracker filter</comment>
        <translation>すべて (%1)</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../webui/api/transfercontroller.cpp" line="141"/>
        <source>&apos;mode&apos;: invalid argument</source>
        <translation>&apos;モード&apos;: 無効な引数です</translation>
    </message>
</context>
<context>
    <name>TransferListFiltersWidget</name>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="68"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="85"/>
        <source>Categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="106"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="121"/>
        <source>Trackers</source>
        <translation>トラッカー</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="139"/>
        <source>Tracker status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferListModel</name>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="96"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="97"/>
        <source>Stalled</source>
        <comment>Torrent is waiting for download to begin</comment>
        <translation>停滞中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="98"/>
        <source>Downloading metadata</source>
        <comment>Used when loading a magnet link</comment>
        <translation>メタデータのダウンロード中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="99"/>
        <source>[F] Downloading metadata</source>
        <comment>Used when forced to load a magnet link. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] メタデータのダウンロード中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="100"/>
        <source>[F] Downloading</source>
        <comment>Used when the torrent is forced started. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] ダウンロード中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="101"/>
        <location filename="../gui/transferlistmodel.cpp" line="102"/>
        <source>Seeding</source>
        <comment>Torrent is complete and in upload-only mode</comment>
        <translation>シード中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="103"/>
        <source>[F] Seeding</source>
        <comment>Used when the torrent is forced started. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] シード中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="104"/>
        <location filename="../gui/transferlistmodel.cpp" line="105"/>
        <source>Queued</source>
        <comment>Torrent is queued</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="106"/>
        <location filename="../gui/transferlistmodel.cpp" line="107"/>
        <source>Checking</source>
        <comment>Torrent local data is being checked</comment>
        <translation>チェック中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="108"/>
        <source>Checking resume data</source>
        <comment>Used when loading the torrents from disk after qbt is launched. It checks the correctness of the .fastresume file. Normally it is completed in a fraction of a second, unless loading many many torrents.</comment>
        <translation>再開データのチェック中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="110"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="111"/>
        <source>Moving</source>
        <comment>Torrent local data are being moved/relocated</comment>
        <translation>移動中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="112"/>
        <source>Missing Files</source>
        <translation>ファイル不足</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="113"/>
        <source>Errored</source>
        <comment>Torrent status, the torrent has an error</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="162"/>
        <source>Name</source>
        <comment>i.e: torrent name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="163"/>
        <source>Size</source>
        <comment>i.e: torrent size</comment>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="164"/>
        <source>Progress</source>
        <comment>% Done</comment>
        <translation>進捗状況</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="109"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="165"/>
        <source>Status</source>
        <comment>Torrent status (e.g. downloading, seeding, stopped)</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="166"/>
        <source>Seeds</source>
        <comment>i.e. full sources (often untranslated)</comment>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="167"/>
        <source>Peers</source>
        <comment>i.e. partial sources (often untranslated)</comment>
        <translation>ピア</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="168"/>
        <source>Down Speed</source>
        <comment>i.e: Download speed</comment>
        <translation>ダウン速度</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="169"/>
        <source>Up Speed</source>
        <comment>i.e: Upload speed</comment>
        <translation>アップ速度</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="170"/>
        <source>Ratio</source>
        <comment>Share ratio</comment>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="171"/>
        <source>Popularity</source>
        <translation>人気</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="172"/>
        <source>ETA</source>
        <comment>i.e: Estimated Time of Arrival / Time left</comment>
        <translation>予測所要時間</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="173"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="174"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="175"/>
        <source>Created On</source>
        <comment>Torrent was initially created on 01/01/2010 08:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="176"/>
        <source>Added On</source>
        <comment>Torrent was added to transfer list on 01/01/2010 08:00</comment>
        <translation>追加日時</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="177"/>
        <source>Completed On</source>
        <comment>Torrent was completed on 01/01/2010 08:00</comment>
        <translation>完了日時</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="178"/>
        <source>Tracker</source>
        <translation>トラッカー</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="179"/>
        <source>Down Limit</source>
        <comment>i.e: Download limit</comment>
        <translation>ダウン制限</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="180"/>
        <source>Up Limit</source>
        <comment>i.e: Upload limit</comment>
        <translation>アップ制限</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="181"/>
        <source>Downloaded</source>
        <comment>Amount of data downloaded (e.g. in MB)</comment>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="182"/>
        <source>Uploaded</source>
        <comment>Amount of data uploaded (e.g. in MB)</comment>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Session Download</source>
        <comment>Amount of data downloaded since program open (e.g. in MB)</comment>
        <translation type="vanished">セッションのダウン量</translation>
    </message>
    <message>
        <source>Session Upload</source>
        <comment>Amount of data uploaded since program open (e.g. in MB)</comment>
        <translation type="vanished">セッションでのアップ量</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="185"/>
        <source>Remaining</source>
        <comment>Amount of data left to download (e.g. in MB)</comment>
        <translation>残り</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="186"/>
        <source>Time Active</source>
        <comment>Time (duration) the torrent is active (not stopped)</comment>
        <translation>稼働時間</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="368"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="368"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="187"/>
        <source>Save Path</source>
        <comment>Torrent save path</comment>
        <translation>保存パス</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="183"/>
        <source>Session Downloaded</source>
        <comment>Amount of data downloaded since program open (e.g. in MB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="184"/>
        <source>Session Uploaded</source>
        <comment>Amount of data uploaded since program open (e.g. in MB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="188"/>
        <source>Incomplete Save Path</source>
        <comment>Torrent incomplete save path</comment>
        <translation>未完了の保存先</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="189"/>
        <source>Completed</source>
        <comment>Amount of data completed (e.g. in MB)</comment>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="190"/>
        <source>Ratio Limit</source>
        <comment>Upload share ratio limit</comment>
        <translation>共有比制限</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="191"/>
        <source>Last Seen Complete</source>
        <comment>Indicates the time when the torrent was last seen complete/whole</comment>
        <translation>最後に完了が確認された日時</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="192"/>
        <source>Last Activity</source>
        <comment>Time passed since a chunk was downloaded/uploaded</comment>
        <translation>最終アクティビティー</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="193"/>
        <source>Total Size</source>
        <comment>i.e. Size including unwanted data</comment>
        <translation>合計サイズ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="194"/>
        <source>Availability</source>
        <comment>The number of distributed copies of the torrent</comment>
        <translation>可用性</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="195"/>
        <source>Info Hash v1</source>
        <comment>i.e: torrent info hash v1</comment>
        <translation>Infoハッシュ v1:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="196"/>
        <source>Info Hash v2</source>
        <comment>i.e: torrent info hash v2</comment>
        <translation>Infoハッシュ v2:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="197"/>
        <source>Reannounce In</source>
        <comment>Indicates the time until next trackers reannounce</comment>
        <translation>次のアナウンスまで</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="198"/>
        <source>Private</source>
        <comment>Flags private torrents</comment>
        <translation>プライベート</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="206"/>
        <source>Ratio / Time Active (in months), indicates how popular the torrent is</source>
        <translation>Torrentの人気度を示す、比率/稼働時間(月単位)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="260"/>
        <location filename="../gui/transferlistmodel.cpp" line="353"/>
        <location filename="../gui/transferlistmodel.cpp" line="369"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="317"/>
        <source>%1 ago</source>
        <comment>e.g.: 1h 20m ago</comment>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="330"/>
        <source>%1 (seeded for %2)</source>
        <comment>e.g. 4m39s (seeded for 3m10s)</comment>
        <translation>%1 (シードから%2)</translation>
    </message>
</context>
<context>
    <name>TransferListWidget</name>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="689"/>
        <source>Column visibility</source>
        <translation>列の表示</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="655"/>
        <source>Recheck confirmation</source>
        <translation>再チェックの確認</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="655"/>
        <source>Are you sure you want to recheck the selected torrent(s)?</source>
        <translation>選択されたTorrentを再チェックしますか？</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="937"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="937"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="348"/>
        <source>Choose save path</source>
        <translation>保存先の選択</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="635"/>
        <source>Unable to preview</source>
        <translation>プレビューできません</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="635"/>
        <source>The selected torrent &quot;%1&quot; does not contain previewable files</source>
        <translation>選択されたTorrent(%1)にプレビュー可能なファイルはありません。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="718"/>
        <source>Resize columns</source>
        <translation>列のリサイズ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="727"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>非表示以外のすべての列をコンテンツのサイズにリサイズします</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="757"/>
        <source>Enable automatic torrent management</source>
        <translation>自動Torrent管理を有効にする</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="758"/>
        <source>Are you sure you want to enable Automatic Torrent Management for the selected torrent(s)? They may be relocated.</source>
        <translation>選択されたTorrentの自動Torrent管理を有効にしますか？ それらは再配置される可能性があります。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="822"/>
        <source>Choose folder to save exported .torrent files</source>
        <translation>エクスポートされた&quot;.torrent&quot;ファイルを保存するフォルダーを選択します</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="836"/>
        <source>Export .torrent file failed. Torrent: &quot;%1&quot;. Save path: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>&quot;.torrent&quot;ファイルがエクスポートできませんでした。Torrent: &quot;%1&quot;. 保存パス: &quot;%2&quot;. 理由: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="861"/>
        <source>Export .torrent file error</source>
        <translation>&quot;.torrent&quot;ファイルのエクスポートエラー</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="872"/>
        <source>Remove All Tags</source>
        <translation>すべてのタグを削除</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="872"/>
        <source>Remove all tags from selected torrents?</source>
        <translation>選択されたTorrentからすべてのタグを削除しますか？</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="887"/>
        <source>Comma-separated tags:</source>
        <translation>カンマ区切りのタグ:</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="898"/>
        <source>Invalid tag</source>
        <translation>不正なタグ</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="898"/>
        <source>Tag name: &apos;%1&apos; is invalid</source>
        <translation>タグ名: &apos;%1&apos;は正しくありません</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="986"/>
        <source>Pre&amp;view file...</source>
        <translation>ファイルをプレビュー(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="988"/>
        <source>Torrent &amp;options...</source>
        <translation>Torrentのオプション(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="990"/>
        <source>Open destination &amp;folder</source>
        <translation>保存先のフォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="992"/>
        <source>Move &amp;up</source>
        <comment>i.e. move up in the queue</comment>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="994"/>
        <source>Move &amp;down</source>
        <comment>i.e. Move down in the queue</comment>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="996"/>
        <source>Move to &amp;top</source>
        <comment>i.e. Move to top of the queue</comment>
        <translation>一番上へ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="998"/>
        <source>Move to &amp;bottom</source>
        <comment>i.e. Move to bottom of the queue</comment>
        <translation>一番下へ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1000"/>
        <source>Set loc&amp;ation...</source>
        <translation>場所を設定(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1002"/>
        <source>Force rec&amp;heck</source>
        <translation>強制再チェック(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1004"/>
        <source>Force r&amp;eannounce</source>
        <translation>強制再アナウンス(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1006"/>
        <source>&amp;Magnet link</source>
        <translation>マグネットリンク(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1008"/>
        <source>Torrent &amp;ID</source>
        <translation>Torrent ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1010"/>
        <source>&amp;Comment</source>
        <translation>コメント(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1012"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1014"/>
        <source>Info &amp;hash v1</source>
        <translation>Infoハッシュ v1(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1016"/>
        <source>Info h&amp;ash v2</source>
        <translation>Infoハッシュ v2(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1018"/>
        <source>Content &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1022"/>
        <source>Re&amp;name...</source>
        <translation>名前を変更(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1031"/>
        <source>Edit trac&amp;kers...</source>
        <translation>トラッカーを編集(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1033"/>
        <source>E&amp;xport .torrent...</source>
        <translation>&quot;.torrent&quot;をエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1177"/>
        <source>Categor&amp;y</source>
        <translation>カテゴリー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1179"/>
        <source>&amp;New...</source>
        <comment>New category...</comment>
        <translation>新規(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1181"/>
        <source>&amp;Reset</source>
        <comment>Reset category</comment>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1199"/>
        <source>Ta&amp;gs</source>
        <translation>タグ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1201"/>
        <source>&amp;Add...</source>
        <comment>Add / assign multiple tags...</comment>
        <translation>追加(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1203"/>
        <source>&amp;Remove All</source>
        <comment>Remove all tags</comment>
        <translation>すべて削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1279"/>
        <source>Can not force reannounce if torrent is Stopped/Queued/Errored/Checking</source>
        <translation>Torrentが停止/待機中/エラー/チェック中は強制アナウンスはできません</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1286"/>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1293"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1304"/>
        <source>Exported torrent is not necessarily the same as the imported</source>
        <translation>エクスポートされたTorrentは、インポートされたものと同一とは限りません</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1024"/>
        <source>Download in sequential order</source>
        <translation>ピースを先頭から順番にダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="776"/>
        <source>Add tags</source>
        <translation>タグの追加</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="862"/>
        <source>Errors occurred when exporting .torrent files. Check execution log for details.</source>
        <translation>&quot;.torrent&quot;ファイルのエクスポート中にエラーが発生しました。詳細は実行ログを参照してください。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="978"/>
        <source>&amp;Start</source>
        <comment>Resume/start the torrent</comment>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="980"/>
        <source>Sto&amp;p</source>
        <comment>Stop the torrent</comment>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="982"/>
        <source>Force Star&amp;t</source>
        <comment>Force Resume/start the torrent</comment>
        <translation>強制開始(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="984"/>
        <source>&amp;Remove</source>
        <comment>Remove the torrent</comment>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1026"/>
        <source>Download first and last pieces first</source>
        <translation>先頭と最後のピースを先にダウンロード</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1028"/>
        <source>Automatic Torrent Management</source>
        <translation>自動Torrent管理</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1029"/>
        <source>Automatic mode means that various torrent properties (e.g. save path) will be decided by the associated category</source>
        <translation>自動モードでは、関連付けられたカテゴリーに応じて、Torrentの各種プロパティー(保存先など)が決定されます</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1020"/>
        <source>Super seeding mode</source>
        <translation>スーパーシードモード</translation>
    </message>
</context>
<context>
    <name>UIThemeDialog</name>
    <message>
        <location filename="../gui/uithemedialog.ui" line="14"/>
        <source>UI Theme Configuration</source>
        <translation>UIテーマの設定</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="33"/>
        <source>Colors</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="78"/>
        <source>Note that some custom colors may not be applied in some desktop environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="100"/>
        <source>Color ID</source>
        <translation>色ID</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="112"/>
        <location filename="../gui/uithemedialog.ui" line="215"/>
        <source>Light Mode</source>
        <translation>ライトモード</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="124"/>
        <location filename="../gui/uithemedialog.ui" line="227"/>
        <source>Dark Mode</source>
        <translation>ダークモード</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="151"/>
        <source>Icons</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="203"/>
        <source>Icon ID</source>
        <translation>アイコンID</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="265"/>
        <source>UI Theme Configuration.</source>
        <translation>UIテーマの設定</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="266"/>
        <source>The UI Theme changes could not be fully applied. The details can be found in the Log.</source>
        <translation>UIテーマの変更が完全には適用されませんでした。詳細はログを参照してください。</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="353"/>
        <source>Couldn&apos;t save UI Theme configuration. Reason: %1</source>
        <translation>UIテーマの設定を保存できませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="384"/>
        <location filename="../gui/uithemedialog.cpp" line="393"/>
        <source>Couldn&apos;t remove icon file. File: %1.</source>
        <translation>アイコンファイルを削除できませんでした。ファイル: %1.</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="402"/>
        <source>Couldn&apos;t copy icon file. Source: %1. Destination: %2.</source>
        <translation>アイコンファイルをコピーできませんでした。コピー元: %1. コピー先: %2.</translation>
    </message>
</context>
<context>
    <name>UIThemeManager</name>
    <message>
        <location filename="../gui/uithememanager.cpp" line="92"/>
        <source>Set app style failed. Unknown style: &quot;%1&quot;</source>
        <translation>アプリスタイルの設定ができませんでした。 不明なスタイル: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/uithememanager.cpp" line="110"/>
        <source>Failed to load UI theme from file: &quot;%1&quot;</source>
        <translation>ファイル&quot;%1&quot;からUIのテーマを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>UIThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="55"/>
        <source>Couldn&apos;t parse UI Theme configuration file. Reason: %1</source>
        <translation>UIテーマの設定ファイルを解析できませんでした。理由: %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="62"/>
        <source>UI Theme configuration file has invalid format. Reason: %1</source>
        <translation>UIテーマの設定ファイルのフォーマットが無効です。理由: %1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="63"/>
        <source>Root JSON value is not an object</source>
        <translation>ルートのJSON値がオブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="78"/>
        <source>Invalid color for ID &quot;%1&quot; is provided by theme</source>
        <translation>ID &quot;%1&quot;に無効な色がテーマから指定されています。</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../app/upgrade.cpp" line="61"/>
        <source>Migrate preferences failed: WebUI https, file: &quot;%1&quot;, error: &quot;%2&quot;</source>
        <translation>設定の移行に失敗しました: WebUI https, ファイル: &quot;%1&quot;, エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/upgrade.cpp" line="76"/>
        <source>Migrated preferences: WebUI https, exported data to file: &quot;%1&quot;</source>
        <translation>設定が移行されました: ファイル &quot;%1&quot; にWebUIのhttpsのデータがエクスポートされました</translation>
    </message>
    <message>
        <location filename="../app/upgrade.cpp" line="168"/>
        <location filename="../app/upgrade.cpp" line="199"/>
        <location filename="../app/upgrade.cpp" line="230"/>
        <location filename="../app/upgrade.cpp" line="396"/>
        <location filename="../app/upgrade.cpp" line="494"/>
        <source>Invalid value found in configuration file, reverting it to default. Key: &quot;%1&quot;. Invalid value: &quot;%2&quot;.</source>
        <translation>設定ファイルの無効な値をデフォルト値に戻しています。キー: &quot;%1&quot;. 無効な値: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Utils::ForeignApps</name>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="93"/>
        <source>Found Python executable. Name: &quot;%1&quot;. Version: &quot;%2&quot;</source>
        <translation>Pythonの実行ファイルが見つかりました。 名前: &quot;%1&quot;. バージョン: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="198"/>
        <source>Python failed to meet minimum version requirement. Path: &quot;%1&quot;. Found version: &quot;%2&quot;. Minimum supported version: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="213"/>
        <source>Failed to find Python executable. Path: &quot;%1&quot;.</source>
        <translation>Pythonの実行ファイルが見つかりませんでした。 パス: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="237"/>
        <source>Failed to find `%1` executable in PATH environment variable. PATH: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="256"/>
        <source>Failed to find Python executable</source>
        <translation>Pythonの実行ファイルが見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Utils::IO</name>
    <message>
        <location filename="../base/utils/io.cpp" line="83"/>
        <source>File open error. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>ファイルオープンエラー。ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="91"/>
        <source>File size exceeds limit. File: &quot;%1&quot;. File size: %2. Size limit: %3</source>
        <translation>ファイルサイズが制限を超えました。ファイル: &quot;%1&quot;. ファイルサイズ: %2. サイズ制限: %3</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="97"/>
        <source>File size exceeds data size limit. File: &quot;%1&quot;. File size: %2. Array limit: %3</source>
        <translation>ファイルサイズがデータサイズ制限を超えています。ファイル: &quot;%1&quot;. ファイルサイズ: %2. 配列制限: %3</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="107"/>
        <source>File read error. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>ファイルの読み込みエラー。 ファイル: &quot;%1&quot;. エラー: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="122"/>
        <source>Read size mismatch. File: &quot;%1&quot;. Expected: %2. Actual: %3</source>
        <translation>読み込みサイズの不一致。ファイル: &quot;%1&quot;. 想定サイズ: %2. 実サイズ: %3</translation>
    </message>
</context>
<context>
    <name>WatchedFolderOptionsDialog</name>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="14"/>
        <source>Watched Folder Options</source>
        <translation>監視フォルダーのオプション</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="22"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Will watch the folder and all its subfolders. In Manual torrent management mode it will also add subfolder name to the selected Save path.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;フォルダーとそのすべてのサブフォルダーを監視します。手動Torrent管理モードでは、選択された保存パスにサブフォルダー名が追加されます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="25"/>
        <source>Recursive mode</source>
        <translation>再帰モード</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="47"/>
        <source>Torrent parameters</source>
        <translation>Torrentのパラメーター</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersModel</name>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="76"/>
        <source>Watched Folder</source>
        <translation>監視フォルダー</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="105"/>
        <source>Watched folder path cannot be empty.</source>
        <translation>監視フォルダーのパスは空欄にできません。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="108"/>
        <source>Watched folder path cannot be relative.</source>
        <translation>監視フォルダーに相対パスは指定できません。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="111"/>
        <source>Folder &apos;%1&apos; is already in watch list.</source>
        <translation>フォルダー(%1)はすでに監視リストにあります。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="115"/>
        <source>Folder &apos;%1&apos; doesn&apos;t exist.</source>
        <translation>フォルダー(%1)は存在しません。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="117"/>
        <source>Folder &apos;%1&apos; isn&apos;t readable.</source>
        <translation>フォルダー(%1)に読み取り許可がありません。</translation>
    </message>
</context>
<context>
    <name>WebApplication</name>
    <message>
        <location filename="../webui/webapplication.cpp" line="224"/>
        <source>Unacceptable file type, only regular file is allowed.</source>
        <translation>許可されないファイルタイプです。通常のファイルだけが許可されます。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="242"/>
        <source>Symlinks inside alternative UI folder are forbidden.</source>
        <translation>独自UIフォルダー内にシンボリックリンクは使用できません。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="450"/>
        <source>Using built-in WebUI.</source>
        <translation>ビルトインWebUIを使用しています。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="452"/>
        <source>Using custom WebUI. Location: &quot;%1&quot;.</source>
        <translation>カスタムWebUI (%1)を使用しています。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="464"/>
        <source>WebUI translation for selected locale (%1) has been successfully loaded.</source>
        <translation>選択された言語(%1)のWebUIが正しく読み込まれました。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="469"/>
        <source>Couldn&apos;t load WebUI translation for selected locale (%1).</source>
        <translation>選択された言語(%1)のWebUIを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="529"/>
        <source>Missing &apos;:&apos; separator in WebUI custom HTTP header: &quot;%1&quot;</source>
        <translation>WebUIカスタムHTTPヘッダーに区切り文字(:)がありません: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="598"/>
        <source>Web server error. %1</source>
        <translation>ウェブサーバーエラー。%1</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="618"/>
        <source>Web server error. Unknown error.</source>
        <translation>ウェブサーバーエラー。不明なエラー。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="932"/>
        <source>WebUI: Origin header &amp; Target origin mismatch! Source IP: &apos;%1&apos;. Origin header: &apos;%2&apos;. Target origin: &apos;%3&apos;</source>
        <translation>WebUI: オリジンヘッダーとターゲットオリジンが一致しません! ソース IP: &apos;%1&apos;. オリジンヘッダー: &apos;%2&apos;. ターゲットオリジン: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="944"/>
        <source>WebUI: Referer header &amp; Target origin mismatch! Source IP: &apos;%1&apos;. Referer header: &apos;%2&apos;. Target origin: &apos;%3&apos;</source>
        <translation>WebUI: リファラーヘッダーとターゲットオリジンが一致しません! ソース IP: &apos;%1&apos;. リファラーヘッダー: &apos;%2&apos;. ターゲットオリジン: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="963"/>
        <source>WebUI: Invalid Host header, port mismatch. Request source IP: &apos;%1&apos;. Server port: &apos;%2&apos;. Received Host header: &apos;%3&apos;</source>
        <translation>WebUI: 不正なホストヘッダー、ポートの不一致です。リクエストソースIP: &apos;%1&apos;. サーバーポート番号: &apos;%2&apos;. 受信ホストヘッダー: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="984"/>
        <source>WebUI: Invalid Host header. Request source IP: &apos;%1&apos;. Received Host header: &apos;%2&apos;</source>
        <translation>WebUI: 不正なホストヘッダーです。リクエストソース IP: &apos;%1&apos;. 受信ホストヘッダー: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1030"/>
        <source>WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2</source>
        <translation type="unfinished">WebAPIのログインに失敗しました。理由: IPがアクセス禁止にされています。IP: %1, ユーザー名: %2</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1033"/>
        <source>Your IP address has been banned after too many failed authentication attempts.</source>
        <translation type="unfinished">認証失敗回数が多すぎるため、使用中のIPアドレスはアクセス禁止にされました。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1042"/>
        <source>WebAPI login success. IP: %1</source>
        <translation type="unfinished">WebAPIのログインに成功しました。IP: %1</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1050"/>
        <source>WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3</source>
        <translation type="unfinished">WebAPIのログインに失敗しました。理由: 無効な資格情報で%1回試行しました。IP: %2 ユーザー名: %3</translation>
    </message>
</context>
<context>
    <name>WebUI</name>
    <message>
        <location filename="../webui/webui.cpp" line="69"/>
        <source>Credentials are not set</source>
        <translation>資格情報が設定されていません</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="120"/>
        <source>WebUI: HTTPS setup successful</source>
        <translation>WebUI: HTTPSでのセットアップが正常に完了しました</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="122"/>
        <source>WebUI: HTTPS setup failed, fallback to HTTP</source>
        <translation>WebUI: HTTPSでのセットアップができなかったため、HTTPを使用します</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="134"/>
        <source>WebUI: Now listening on IP: %1, port: %2</source>
        <translation>WebUI: IP: %1、ポート番号: %2で接続待ちをしています</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="138"/>
        <source>Unable to bind to IP: %1, port: %2. Reason: %3</source>
        <translation>IP: %1、ポート番号: %2にバインドできませんでした。理由: %3</translation>
    </message>
</context>
<context>
    <name>fs</name>
    <message>
        <location filename="../base/utils/fs.cpp" line="447"/>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>misc</name>
    <message>
        <location filename="../base/utils/misc.cpp" line="59"/>
        <source>B</source>
        <comment>bytes</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="60"/>
        <source>KiB</source>
        <comment>kibibytes (1024 bytes)</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="61"/>
        <source>MiB</source>
        <comment>mebibytes (1024 kibibytes)</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="62"/>
        <source>GiB</source>
        <comment>gibibytes (1024 mibibytes)</comment>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="63"/>
        <source>TiB</source>
        <comment>tebibytes (1024 gibibytes)</comment>
        <translation>TiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="64"/>
        <source>PiB</source>
        <comment>pebibytes (1024 tebibytes)</comment>
        <translation>PiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="65"/>
        <source>EiB</source>
        <comment>exbibytes (1024 pebibytes)</comment>
        <translation>EiB</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="101"/>
        <source>/s</source>
        <comment>per second</comment>
        <translation>/秒</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="239"/>
        <source>%1s</source>
        <comment>e.g: 10 seconds</comment>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="244"/>
        <source>%1m</source>
        <comment>e.g: 10 minutes</comment>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="250"/>
        <source>%1h %2m</source>
        <comment>e.g: 3 hours 5 minutes</comment>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="257"/>
        <source>%1d %2h</source>
        <comment>e.g: 2 days 10 hours</comment>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="262"/>
        <source>%1y %2d</source>
        <comment>e.g: 2 years 10 days</comment>
        <translation>%1年%2日</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="109"/>
        <location filename="../base/utils/misc.cpp" line="121"/>
        <source>Unknown</source>
        <comment>Unknown (size)</comment>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../base/utils/os.cpp" line="92"/>
        <source>qBittorrent will shutdown the computer now because all downloads are complete.</source>
        <translation>すべてのダウンロードが完了したため、コンピューターがシャットダウンされます。</translation>
    </message>
    <message>
        <location filename="../base/utils/os.cpp" line="98"/>
        <source>qBittorrent will reboot the computer now because all downloads are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="237"/>
        <source>&lt; 1m</source>
        <comment>&lt; 1 minute</comment>
        <translation>&lt; 1分</translation>
    </message>
</context>
</TS>
