<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.ui" line="14"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../about.ui" line="25"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;PCManFM-Qt&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;PCManFM-Qt&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="48"/>
        <source>Lightweight file manager</source>
        <translation>軽量なファイルマネージャー</translation>
    </message>
    <message>
        <location filename="../about.ui" line="144"/>
        <source>PCManFM-Qt File Manager

Copyright (C) 2009 - 2014 洪任諭 (Hong Jen Yee)

This program is free software; you can redistribute it and/or
modify it under the terms of the GNU General Public License
as published by the Free Software Foundation; either version 2
of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA.</source>
        <translation>PCManFM-Qt File Manager

Copyright (C) 2009 - 2014 洪任諭 (Hong Jen Yee)

This program is free software; you can redistribute it and/or
modify it under the terms of the GNU General Public License
as published by the Free Software Foundation; either version 2
of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA.</translation>
    </message>
    <message>
        <location filename="../about.ui" line="122"/>
        <source>Programming:
* Hong Jen Yee (PCMan) &lt;pcman.tw@gmail.com&gt;
</source>
        <translation>プログラム作成:
* Hong Jen Yee (PCMan) &lt;pcman.tw@gmail.com&gt;
</translation>
    </message>
    <message>
        <location filename="../about.ui" line="58"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt&quot;&gt;https://github.com/lxqt/pcmanfm-qt&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt&quot;&gt;https://github.com/lxqt/pcmanfm-qt&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="74"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wiki: &lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt/wiki&quot;&gt;https://github.com/lxqt/pcmanfm-qt/wiki&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wiki: &lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt/wiki&quot;&gt;https://github.com/lxqt/pcmanfm-qt/wiki&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="113"/>
        <source>Authors</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location filename="../about.ui" line="135"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>AutoRunDialog</name>
    <message>
        <location filename="../autorun.ui" line="14"/>
        <source>Removable medium is inserted</source>
        <translation>リムーバブルメディアが接続されました</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="33"/>
        <source>&lt;b&gt;Removable medium is inserted&lt;/b&gt;</source>
        <translation>&lt;b&gt;リムーバブルメディアが接続されました&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="40"/>
        <source>Type of medium:</source>
        <translation>メディアの種類:</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="47"/>
        <source>Detecting...</source>
        <translation>検出中...</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="56"/>
        <source>Please select the action you want to perform:</source>
        <translation>実行したい処理を選んでください:</translation>
    </message>
</context>
<context>
    <name>BulkRenameDialog</name>
    <message>
        <location filename="../bulk-rename.ui" line="6"/>
        <source>Bulk Rename</source>
        <translation>名前を一括変更</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="12"/>
        <source>Serial Renaming</source>
        <translation>連番で名前を変更</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="36"/>
        <source># will be replaced by numbers starting with:</source>
        <translation># は次で始まる数字に置き換えられます:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="68"/>
        <source>Pad numbers with zero if possible</source>
        <translation>可能ならゼロ埋めして桁を揃える</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="75"/>
        <source>Use localized numbers</source>
        <translation>ローカライズされた数字を使用する</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="85"/>
        <source>Replacement</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="97"/>
        <source>Find in names:</source>
        <translation>名前内を検索:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="107"/>
        <source>Replace with:</source>
        <translation>次で置換:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="117"/>
        <source>Case-sensitive</source>
        <translation>大文字小文字を区別する</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="124"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="134"/>
        <source>Change Case</source>
        <translation>大文字小文字を変更</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="146"/>
        <source>To upper case</source>
        <translation>大文字にする</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="156"/>
        <source>To lower case</source>
        <translation>小文字にする</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="27"/>
        <source>Name#</source>
        <translation>名前#</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../connect.ui" line="14"/>
        <source>Connect to remote server</source>
        <translation>リモートサーバーに接続</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="80"/>
        <source>Anonymous &amp;login</source>
        <translation>匿名ログイン(&amp;L)</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="90"/>
        <source>Login as &amp;user:</source>
        <translation>ユーザーでログイン(&amp;U):</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="29"/>
        <source>Specify remote folder to connect</source>
        <translation>接続するリモートフォルダーを指定してください</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="36"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="56"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="70"/>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="46"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
</context>
<context>
    <name>DesktopEntryDialog</name>
    <message>
        <location filename="../desktopentrydialog.ui" line="14"/>
        <source>Create Launcher</source>
        <translation>ランチャーを作成</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="38"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="45"/>
        <source>Specific name of this launcher.</source>
        <translation>このランチャーの具体的な名前。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="58"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="65"/>
        <source>A short description or generic name, like &quot;Web Browser&quot; or &quot;Home Directory&quot;.

It can be left empty.</source>
        <translation>「ウェブブラウザー」や「ホームディレクトリ」のような短い説明または一般的な名前です。

空のままでもかまいません。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="77"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="84"/>
        <source>A short comment.

It can be left empty.</source>
        <translation>短いコメントです。

空のままでもかまいません。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="117"/>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="133"/>
        <location filename="../desktopentrydialog.ui" line="164"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="142"/>
        <source>Icon:</source>
        <translation>アイコン:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="151"/>
        <source>Icon to display in file manager, menus, etc.</source>
        <translation>ファイルマネージャーやメニュー等に表示するアイコンです。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="173"/>
        <location filename="../desktopentrydialog.ui" line="183"/>
        <source>Run in terminal?</source>
        <translation>ターミナルで実行しますか？</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="176"/>
        <source>Terminal:</source>
        <translation>ターミナル:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="186"/>
        <source>Whether the launched program should run in a terminal window.</source>
        <translation>起動するプログラムをターミナルウィンドウで実行するかどうか。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="190"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="195"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="203"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="210"/>
        <source>Whether this is a link or executes a command.</source>
        <translation>このランチャーがリンクであるか、コマンドを実行するかどうかです。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="214"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="219"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="96"/>
        <source>Categories:</source>
        <translation>カテゴリ:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="103"/>
        <source>Semicolon separated categories in which the entry should be shown if it is used by the DE&apos;s main menu (e.g., when put inside ~/.local/share/applications).

It is needed only when you want to use the created file in the main menu. Otherwise, you could leave it empty.

Examples: AudioVideo, Audio, Video, Development, Education, Game, Graphics, Network, Office, Settings, System, Utility, Qt.</source>
        <translation>エントリがデスクトップ環境のメインメニューで使用される場合に表示されるカテゴリをセミコロンで区切って指定します（例: ~/.local/share/applications に置かれるとき）。

これは、作成したファイルをメインメニューで使いたいときだけ必要です。それ以外の場合は空欄のままにできます。

例: AudioVideo, Audio, Video, Development, Education, Game, Graphics, Network, Office, Settings, System, Utility, Qt。</translation>
    </message>
</context>
<context>
    <name>DesktopFolder</name>
    <message>
        <location filename="../desktop-folder.ui" line="14"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="23"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="29"/>
        <source>Desktop folder:</source>
        <translation>デスクトップフォルダー:</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="36"/>
        <source>Image file</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="42"/>
        <source>Folder path</source>
        <translation>フォルダーのパス</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="49"/>
        <source>&amp;Browse</source>
        <translation>参照(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DesktopPreferencesDialog</name>
    <message>
        <location filename="../desktop-preferences.ui" line="14"/>
        <source>Desktop Preferences</source>
        <translation>デスクトップの設定</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="338"/>
        <location filename="../desktop-preferences.ui" line="344"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="385"/>
        <source>Wallpaper mode:</source>
        <translation>壁紙のモード:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="408"/>
        <source>Wallpaper image file:</source>
        <translation>壁紙の画像ファイル:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="350"/>
        <source>Select background color:</source>
        <translation>背景色を選択:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="417"/>
        <source>Image file</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="423"/>
        <source>Image file path</source>
        <translation>画像ファイルのパス</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="430"/>
        <source>&amp;Browse</source>
        <translation>参照(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="30"/>
        <source>Icons</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="36"/>
        <source>Icon size:</source>
        <translation>アイコンのサイズ:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="49"/>
        <source>Label Text</source>
        <translation>ラベルテキスト</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="113"/>
        <source>Select shadow color:</source>
        <translation>影の色を選択:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="61"/>
        <source>Select font:</source>
        <translation>フォントを選択:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="24"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="87"/>
        <source>Select text color:</source>
        <translation>文字色を選択:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="136"/>
        <source>Spacing</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="145"/>
        <source>Minimum item margins:</source>
        <translation>アイテムの最小余白:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="152"/>
        <source>3 px by default.</source>
        <translation>デフォルトは 3 ピクセルです。</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="155"/>
        <location filename="../desktop-preferences.ui" line="179"/>
        <location filename="../desktop-preferences.ui" line="237"/>
        <location filename="../desktop-preferences.ui" line="249"/>
        <location filename="../desktop-preferences.ui" line="275"/>
        <location filename="../desktop-preferences.ui" line="287"/>
        <source> px</source>
        <translation> ピクセル</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="168"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="175"/>
        <source>1 px by default.
A space is also reserved for 3 lines of text.</source>
        <translation>デフォルトは 1 ピクセルです。
3 行分のテキストのためのスペースも確保されます。</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="192"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="230"/>
        <source>Margins of work area:</source>
        <translation>作業領域の余白:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="303"/>
        <source>By default, desktop folders will be opened in PCManFM-Qt if they
are left clicked, even when it is not the default file manager.</source>
        <translation>デフォルトではデスクトップフォルダーを左クリックすると、
デフォルトのファイルマネージャーでなくても PCManFM-Qt で開きます。</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="307"/>
        <source>Open desktop folders in default file manager by left clicking</source>
        <translation>デスクトップフォルダーを左クリックするとデフォルトのファイルマネージャーで開く</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="314"/>
        <source>Make all items stick to their positions</source>
        <translation>すべてのアイテムをその位置に固定する</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="373"/>
        <source>Wallpaper</source>
        <translation>壁紙</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="439"/>
        <source>Transform image based on EXIF data</source>
        <translation>EXIF データに基づいて画像を変換する</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="446"/>
        <source>Individual wallpaper for each monitor</source>
        <translation>モニターごとに個別の壁紙</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="473"/>
        <source>Slide Show</source>
        <translation>スライドショー</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="479"/>
        <source>Enable Slide Show</source>
        <translation>スライドショーを有効にする</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="491"/>
        <source>Wallpaper image folder:</source>
        <translation>壁紙画像のフォルダー:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="505"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="512"/>
        <source> hour(s)</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="522"/>
        <source>and</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="535"/>
        <source>Intervals less than 5min will be ignored</source>
        <translation>5 分以内の間隔は無視されます</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="538"/>
        <source>Interval:</source>
        <translation>間隔:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="545"/>
        <source> minute(s)</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="669"/>
        <source>Do not show file tooltips</source>
        <translation>ファイルのツールチップを表示しない</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="498"/>
        <source>Wallpaper folder</source>
        <translation>壁紙のフォルダー</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="587"/>
        <source>Randomize the slide show</source>
        <translation>スライドショーをランダムに表示する</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="620"/>
        <source>Visible Shortcuts</source>
        <translation>表示するショートカット</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="626"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="637"/>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="648"/>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="659"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="614"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>HiddenShortcutsDialog</name>
    <message>
        <location filename="../shortcuts.ui" line="14"/>
        <source>Hidden Shortcuts</source>
        <translation>隠しショートカット</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="21"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="26"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="31"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="34"/>
        <source>Focus view, clear filter bar</source>
        <translation>ビューにフォーカス、フィルタバーをクリア</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="39"/>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="42"/>
        <source>Focus side-pane</source>
        <translation>サイドペインへフォーカス</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="47"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="50"/>
        <location filename="../shortcuts.ui" line="58"/>
        <source>Focus path entry</source>
        <translation>パス入力へフォーカス</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="55"/>
        <source>Alt+D</source>
        <translation>Alt+D</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="63"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="66"/>
        <location filename="../shortcuts.ui" line="82"/>
        <source>Next tab</source>
        <translation>次のタブ</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="71"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="74"/>
        <location filename="../shortcuts.ui" line="90"/>
        <source>Previous tab</source>
        <translation>前のタブ</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="79"/>
        <source>Ctrl+PageDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="87"/>
        <source>Ctrl+PageUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="95"/>
        <source>Ctrl+Number</source>
        <translation>Ctrl+数字</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="98"/>
        <location filename="../shortcuts.ui" line="106"/>
        <source>Jump to tab</source>
        <translation>タブへジャンプ</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="103"/>
        <source>Alt+Number</source>
        <translation>Alt+数字</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="111"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="114"/>
        <source>Go up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="119"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="122"/>
        <source>Search dialog</source>
        <translation>検索ダイアログ</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="127"/>
        <source>Shift+Insert</source>
        <translation>Shift+Insert</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="130"/>
        <source>Paste into transient filter bar</source>
        <translation>一時的なフィルターバーに貼り付け</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="135"/>
        <source>Drop+Shift</source>
        <translation>ドロップ+Shift</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="143"/>
        <source>Drop+Ctrl</source>
        <translation>ドロップ+Ctrl</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="151"/>
        <source>Drop+Shift+Ctrl</source>
        <translation>ドロップ+Shift+Ctrl</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="138"/>
        <source>Move file on dropping</source>
        <translation>ドロップ時にファイルを移動</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="146"/>
        <source>Copy file on dropping</source>
        <translation>ドロップ時にファイルをコピー</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="154"/>
        <source>Make a symlink on dropping</source>
        <translation>ドロップ時にシンボリックリンクを作成</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main-win.ui" line="14"/>
        <source>File Manager</source>
        <translation>ファイルマネージャー</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="294"/>
        <source>Go Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="297"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="309"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="425"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="321"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="81"/>
        <source>Recent F&amp;iles</source>
        <translation>最近使用したファイル(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="143"/>
        <source>&amp;Toolbars</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="150"/>
        <source>Path &amp;Bar</source>
        <translation>パスバー(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="157"/>
        <source>&amp;Filtering</source>
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="232"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="306"/>
        <source>&amp;Home</source>
        <translation>ホーム(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="318"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="330"/>
        <source>Go</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="339"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="348"/>
        <source>&amp;About</source>
        <translation>このアプリケーションについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="360"/>
        <source>New Window</source>
        <translation>新しいウィンドウ</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="363"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="371"/>
        <source>Show &amp;Hidden</source>
        <translation>隠しアイテムを表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="374"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="383"/>
        <source>&amp;Computer</source>
        <translation>コンピューター(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="392"/>
        <source>&amp;Trash</source>
        <translation>ゴミ箱(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="397"/>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="406"/>
        <source>&amp;Desktop</source>
        <translation>デスクトップ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="415"/>
        <source>&amp;Add to Bookmarks</source>
        <translation>ブックマークに追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="420"/>
        <source>&amp;Applications</source>
        <translation>アプリケーション(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="436"/>
        <source>Ctrl+Shift+1</source>
        <translation>Ctrl+Shift+1</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="447"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="458"/>
        <source>Ctrl+Shift+4</source>
        <translation>Ctrl+Shift+4</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="469"/>
        <source>Ctrl+Shift+2</source>
        <translation>Ctrl+Shift+2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="481"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="490"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="493"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="502"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="505"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="514"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="522"/>
        <source>De&amp;select All</source>
        <translation>すべて選択解除(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="525"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="530"/>
        <source>Pr&amp;eferences</source>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="538"/>
        <source>&amp;Ascending</source>
        <translation>昇順(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="550"/>
        <source>&amp;Descending</source>
        <translation>降順(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="562"/>
        <source>&amp;By File Name</source>
        <translation>名前順(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="570"/>
        <source>By &amp;Modification Time</source>
        <translation>更新日時順(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="578"/>
        <source>By C&amp;reation Time</source>
        <translation>作成日時順(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="586"/>
        <source>By Deletio&amp;n Time</source>
        <translation>削除日時順(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="594"/>
        <source>By File &amp;Type</source>
        <translation>種類順(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="602"/>
        <source>By &amp;Owner</source>
        <translation>作者順(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="610"/>
        <source>By &amp;Group</source>
        <translation>グループ順(&amp;G)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="618"/>
        <source>&amp;Folder First</source>
        <translation>フォルダーを最初に(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="626"/>
        <source>&amp;Hidden Last</source>
        <translation>隠しアイテムを最後に(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="939"/>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1027"/>
        <source>Preserve Settings Recursively from &amp;Here</source>
        <translation>ここから再帰的に設定を保持(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1032"/>
        <source>&amp;Go to Source of Inherited Settings</source>
        <translation>継承された設定のソースに移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1037"/>
        <source>&amp;Remove Settings of Nonexistent Folders</source>
        <translation>存在しないフォルダーの設定を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1045"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="676"/>
        <source>&amp;Invert Selection</source>
        <translation>選択を反転(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="679"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="688"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="696"/>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="740"/>
        <source>&amp;Case Sensitive</source>
        <translation>大文字と小文字の区別(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="748"/>
        <source>By File &amp;Size</source>
        <translation>サイズ順(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="757"/>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="782"/>
        <source>Open Tab in &amp;Root Instance</source>
        <translation>タブを Root インスタンスで開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="899"/>
        <source>Preserve Settings for &amp;This Folder</source>
        <translation>このフォルダーの設定を保存(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="944"/>
        <source>&amp;Show/Focus Filter Bar</source>
        <translation>フィルターバーを表示/フォーカス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="947"/>
        <source>Show Filter Bar</source>
        <translation>フィルターバーを表示</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="950"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="958"/>
        <source>S&amp;plit View</source>
        <translation>分割表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="961"/>
        <source>Split View</source>
        <translation>分割表示</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="964"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="969"/>
        <source>&amp;Copy Full Path</source>
        <translation>フルパスをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="976"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="987"/>
        <source>Show Thumb&amp;nails</source>
        <translation>サムネイルを表示(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="990"/>
        <source>Show Thumbnails</source>
        <translation>サムネイルを表示</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="998"/>
        <source>S&amp;ide Pane</source>
        <translation>サイドペイン(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1001"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1006"/>
        <source>Hidden &amp;Shortcuts</source>
        <translation>隠しショートカット(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1011"/>
        <source>Open Tab in &amp;Admin Mode</source>
        <translation>タブを管理者モードで開く(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1016"/>
        <location filename="../main-win.ui" line="1019"/>
        <source>Create Launcher</source>
        <translation>ランチャーを作成</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="834"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="839"/>
        <source>&amp;Clear All Filters</source>
        <translation>すべてのフィルターを解除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="842"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="851"/>
        <source>Close &amp;previous tabs</source>
        <translation>前のタブを閉じる(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="860"/>
        <source>Close &amp;next tabs</source>
        <translation>後ろのタブを閉じる(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="908"/>
        <source>Connect to &amp;Server</source>
        <translation>サーバーに接続(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="916"/>
        <source>&amp;Location</source>
        <translation>場所(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="924"/>
        <source>&amp;Path Buttons</source>
        <translation>パスボタン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="929"/>
        <source>&amp;Bulk Rename</source>
        <translation>名前を一括変更(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="936"/>
        <source>Bulk Rename</source>
        <translation>名前を一括変更</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="865"/>
        <source>Close &amp;other tabs</source>
        <translation>他のタブを閉じる(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="831"/>
        <source>Permanent &amp;filter bar</source>
        <translation>フィルターバーを固定(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="873"/>
        <source>&amp;Menu bar</source>
        <translation>メニューバー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="876"/>
        <source>Menu bar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="879"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="888"/>
        <location filename="../main-win.ui" line="891"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="517"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="164"/>
        <source>&amp;Customized View Settings</source>
        <translation>カスタマイズ表示の設定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="291"/>
        <source>Go &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="357"/>
        <source>&amp;New Window</source>
        <translation>新しいウィンドウ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="433"/>
        <source>&amp;Icon View</source>
        <translation>アイコン表示(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="444"/>
        <source>&amp;Compact View</source>
        <translation>コンパクト表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="455"/>
        <source>&amp;Detailed List</source>
        <translation>詳細リスト表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="466"/>
        <source>&amp;Thumbnail View</source>
        <translation>サムネイル表示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="478"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="635"/>
        <source>New &amp;Tab</source>
        <translation>新しいタブ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="638"/>
        <source>New Tab</source>
        <translation>新しいタブ</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="641"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="650"/>
        <source>Go &amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="653"/>
        <source>Go Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="656"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="665"/>
        <source>Go &amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="668"/>
        <source>Go Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="671"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="691"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="703"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="712"/>
        <source>C&amp;lose Tab</source>
        <translation>タブを閉じる(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="724"/>
        <source>File &amp;Properties</source>
        <translation>ファイルのプロパティ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="732"/>
        <source>&amp;Folder Properties</source>
        <translation>フォルダーのプロパティ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="760"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="799"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="811"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="74"/>
        <source>C&amp;reate New</source>
        <translation>新規作成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="113"/>
        <source>&amp;Sorting</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="257"/>
        <source>Main Toolbar</source>
        <translation>メイン ツールバー</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="715"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="727"/>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="765"/>
        <source>Edit Bookmarks</source>
        <translation>ブックマークを編集</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="774"/>
        <source>Open &amp;Terminal</source>
        <translation>ターミナルを開く(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="777"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="787"/>
        <source>&amp;Edit Bookmarks</source>
        <translation>ブックマークを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="796"/>
        <source>&amp;Folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="808"/>
        <source>&amp;Blank File</source>
        <translation>空のファイル(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="816"/>
        <source>&amp;Find Files</source>
        <translation>ファイルを検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="823"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="70"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="102"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="109"/>
        <location filename="../main-win.ui" line="133"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="189"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="208"/>
        <source>&amp;Bookmarks</source>
        <translation>ブックマーク(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="215"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
</context>
<context>
    <name>PCManFM::Application</name>
    <message>
        <location filename="../application.cpp" line="190"/>
        <source>Name of configuration profile</source>
        <translation>設定プロファイルの名前</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="190"/>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="199"/>
        <source>Launch desktop manager</source>
        <translation>デスクトップマネージャーを起動する</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="202"/>
        <source>Turn off desktop manager if it&apos;s running</source>
        <translation>実行中のデスクトップマネージャーを終了する</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="205"/>
        <source>Open desktop preference dialog on the page with the specified name</source>
        <translation>指定した名前のページでデスクトップ設定のダイアログを開く</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="205"/>
        <location filename="../application.cpp" line="205"/>
        <location filename="../application.cpp" line="220"/>
        <location filename="../application.cpp" line="220"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="214"/>
        <source>Set desktop wallpaper from image FILE</source>
        <translation>画像 FILE からデスクトップの壁紙を設定する</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="214"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="217"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="220"/>
        <source>Open Preferences dialog on the page with the specified name</source>
        <translation>指定した名前のページで設定ダイアログを開く</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="208"/>
        <source>Open new window</source>
        <translation>新しいウィンドウを開く</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="193"/>
        <source>Run PCManFM-Qt as a daemon</source>
        <translation>PCManFM-Qt をデーモンとして実行する</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="196"/>
        <source>Quit PCManFM-Qt</source>
        <translation>PCManFM-Qt を終了する</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="211"/>
        <source>Open Find Files utility</source>
        <translation>ファイル検索ユーティリティーを開く</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="217"/>
        <source>Set mode of desktop wallpaper. MODE=(%1)</source>
        <translation>デスクトップ壁紙のモードの設定。MODE=(%1)</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="223"/>
        <source>[FILE1, FILE2,...]</source>
        <translation>[FILE1, FILE2,...]</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="223"/>
        <source>Files or directories to open</source>
        <translation>開くファイルまたはディレクトリ</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="661"/>
        <location filename="../application.cpp" line="666"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="666"/>
        <source>Terminal emulator is not set.</source>
        <translation>ターミナルエミュレーターが設定されていません。</translation>
    </message>
</context>
<context>
    <name>PCManFM::AutoRunDialog</name>
    <message>
        <location filename="../autorundialog.cpp" line="44"/>
        <source>Open in file manager</source>
        <translation>ファイルマネージャーで開く</translation>
    </message>
    <message>
        <location filename="../autorundialog.cpp" line="137"/>
        <source>Removable Disk</source>
        <translation>リムーバブルディスク</translation>
    </message>
</context>
<context>
    <name>PCManFM::ConnectServerDialog</name>
    <message>
        <location filename="../connectserverdialog.cpp" line="9"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="10"/>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="11"/>
        <source>WebDav</source>
        <translation>WebDav</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="12"/>
        <source>Secure WebDav</source>
        <translation>セキュア WebDav</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="13"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="14"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopEntryDialog</name>
    <message>
        <location filename="../desktopentrydialog.cpp" line="35"/>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="36"/>
        <source>The command to execute.</source>
        <translation>実行するコマンドです。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="39"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="40"/>
        <source>The URL to access.</source>
        <translation>アクセスする URL です。</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="67"/>
        <source>Select an icon</source>
        <translation>アイコンを選択</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="69"/>
        <source>Images (*.png *.xpm *.svg *.svgz )</source>
        <translation>画像 (*.png *.xpm *.svg *.svgz )</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="91"/>
        <source>Select an executable file</source>
        <translation>実行可能ファイルを選択</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="99"/>
        <source>Select a file</source>
        <translation>ファイルを選択</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopPreferencesDialog</name>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="55"/>
        <source>Fill with background color only</source>
        <translation>背景色のみで塗りつぶす</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="56"/>
        <source>Stretch to fill the entire screen</source>
        <translation>画面内に引きのばす</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="57"/>
        <source>Stretch to fit the screen</source>
        <translation>画面内に拡大縮小</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="58"/>
        <source>Center on the screen</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="59"/>
        <source>Tile the image to fill the entire screen</source>
        <translation>並べる</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="60"/>
        <source>Zoom the image to fill the entire screen</source>
        <translation>拡大縮小</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="278"/>
        <source>Select Wallpaper</source>
        <translation>壁紙を選択</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="282"/>
        <source>Image Files</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="324"/>
        <source>Select Wallpaper Folder</source>
        <translation>壁紙フォルダーを選択</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopWindow</name>
    <message>
        <location filename="../desktopwindow.cpp" line="327"/>
        <source>Trash (One item)</source>
        <translation>ゴミ箱 (1 個)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktopwindow.cpp" line="330"/>
        <source>Trash (%Ln items)</source>
        <translation>
            <numerusform>ゴミ箱 (%Ln 個)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="334"/>
        <source>Trash (Empty)</source>
        <translation>ゴミ箱 (空)</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="369"/>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="383"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1046"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1052"/>
        <location filename="../desktopwindow.cpp" line="1092"/>
        <source>Stic&amp;k to Current Position</source>
        <translation>現在の場所に固定(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1060"/>
        <source>Empty Trash</source>
        <translation>ゴミ箱を空にする</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1126"/>
        <source>Hide Desktop Items</source>
        <translation>デスクトップアイテムを隠す</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1132"/>
        <source>Create Launcher</source>
        <translation>ランチャーを作成</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1135"/>
        <source>Desktop Preferences</source>
        <translation>デスクトップの設定</translation>
    </message>
</context>
<context>
    <name>PCManFM::FilterBar</name>
    <message>
        <location filename="../tabpage.cpp" line="95"/>
        <source>Filter:</source>
        <translation>フィルター:</translation>
    </message>
</context>
<context>
    <name>PCManFM::FilterEdit</name>
    <message>
        <location filename="../tabpage.cpp" line="65"/>
        <source>Clear text (Ctrl+K or Esc)</source>
        <translation>テキストの消去 (Ctrl+K または Esc)</translation>
    </message>
</context>
<context>
    <name>PCManFM::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="142"/>
        <source>Root Instance</source>
        <translation>Root 権限 インスタンス</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="776"/>
        <source>Hide menu bar</source>
        <translation>メニューバーを隠す</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="777"/>
        <source>This will hide the menu bar completely, use Ctrl+M to show it again.</source>
        <translation>メニューバーが完全に非表示になります。再び表示するには Ctrl+M を押してください。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="1223"/>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <location filename="../mainwindow.cpp" line="2193"/>
        <source>&amp;Move to Trash</source>
        <translation>ゴミ箱へ移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <location filename="../mainwindow.cpp" line="2193"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2029"/>
        <source>Customized View Settings</source>
        <translation>カスタマイズ表示の設定</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2300"/>
        <location filename="../mainwindow.cpp" line="2308"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2308"/>
        <source>Switch user command is not set.</source>
        <translation>ユーザー切り替えコマンドが設定されていません。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2399"/>
        <source>Cleaning Folder Settings</source>
        <translation>フォルダー設定の消去</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2400"/>
        <source>Do you want to remove settings of nonexistent folders?
They might be useful if those folders are created again.</source>
        <translation>存在しないフォルダーの設定を削除しますか？
それらのフォルダーが再度作成される場合に便利です。</translation>
    </message>
</context>
<context>
    <name>PCManFM::PreferencesDialog</name>
    <message>
        <location filename="../preferencesdialog.cpp" line="218"/>
        <source>Icon View</source>
        <translation>アイコン表示</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="219"/>
        <source>Compact View</source>
        <translation>コンパクト表示</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="220"/>
        <source>Thumbnail View</source>
        <translation>サムネイル表示</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="221"/>
        <source>Detailed List View</source>
        <translation>詳細リスト表示</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="314"/>
        <source>Remove if added by user</source>
        <translation>ユーザーが追加された場合は削除する</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="338"/>
        <source>Open user-defined list</source>
        <translation>ユーザー定義リストを開く</translation>
    </message>
</context>
<context>
    <name>PCManFM::TabPage</name>
    <message>
        <location filename="../tabpage.cpp" line="453"/>
        <source>Search Results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="456"/>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="460"/>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="463"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="466"/>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="472"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="564"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="573"/>
        <source>Free space: %1 (Total: %2)</source>
        <translation>空き容量: %1 (全体: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="590"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個のアイテム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="592"/>
        <source> (%n hidden)</source>
        <translation>
            <numerusform> (%n 個の隠しアイテム)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="597"/>
        <location filename="../tabpage.cpp" line="798"/>
        <location filename="../tabpage.cpp" line="812"/>
        <source>Link to</source>
        <translation>リンク先</translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="824"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n 個のアイテムを選択しています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCManFM::View</name>
    <message>
        <location filename="../view.cpp" line="59"/>
        <source>Many files</source>
        <translation>多数のファイル</translation>
    </message>
    <message numerus="yes">
        <location filename="../view.cpp" line="60"/>
        <source>Do you want to open these %1 files?</source>
        <translation>
            <numerusform>これらの %1 個のファイルを開きますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../view.cpp" line="133"/>
        <source>Open in New T&amp;ab</source>
        <translation>新しいタブで開く(&amp;T)</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="137"/>
        <source>Open in New Win&amp;dow</source>
        <translation>新しいウィンドウで開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="145"/>
        <location filename="../view.cpp" line="174"/>
        <source>Open in Termina&amp;l</source>
        <translation>ターミナルで開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="160"/>
        <source>Show in New T&amp;ab</source>
        <translation>新しいタブで表示(&amp;A)</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="164"/>
        <source>Show in New Win&amp;dow</source>
        <translation>新しいウィンドウで表示(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="45"/>
        <source>User Interface</source>
        <translation>ユーザーインターフェース</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="35"/>
        <source>Behavior</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="40"/>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="50"/>
        <location filename="../preferences.ui" line="642"/>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="55"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="60"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="103"/>
        <location filename="../preferences.ui" line="116"/>
        <source>Set to zero to disable auto-selection.</source>
        <translation>自動選択を無効にするには 0 に設定します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="106"/>
        <source>Delay of auto-selection in single click mode:</source>
        <translation>シングルクリックモードでの自動選択の遅延:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="144"/>
        <source>Open in current tab</source>
        <translation>現在のタブで開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="149"/>
        <source>Open in new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="154"/>
        <source>Open in new window</source>
        <translation>新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="129"/>
        <source>Show folder context menu with Ctrl + right click</source>
        <translation>Ctrl+右クリック でフォルダーのコンテキストメニューを表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="195"/>
        <source>Erase files on removable media instead of &quot;trash can&quot; creation</source>
        <translation>リムーバブルメディアのファイルはゴミ箱を作らずに消去する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="202"/>
        <source>Confirm before moving files into &quot;trash can&quot;</source>
        <translation>ファイルをゴミ箱に移動する前に確認する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="209"/>
        <location filename="../preferences.ui" line="409"/>
        <location filename="../preferences.ui" line="419"/>
        <source>Requires application restart to take effect completely</source>
        <translation>完全に反映させるにはアプリケーションの再起動が必要です</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="212"/>
        <source>Launch executable files without prompt</source>
        <translation>実行可能ファイルを確認なしで起動する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="229"/>
        <source>Open folders in new tabs as far as possible</source>
        <translation>可能な限りフォルダーを新しいタブで開きます</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="232"/>
        <source>Single window mode</source>
        <translation>シングルウィンドウモード</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="296"/>
        <source>Icons</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="328"/>
        <source>Size of big icons:</source>
        <translation>大きいアイコンのサイズ:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="345"/>
        <source>Size of small icons:</source>
        <translation>小さいアイコンのサイズ:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="362"/>
        <source>Size of thumbnails:</source>
        <translation>サムネイルのサイズ:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="376"/>
        <source>Size of side pane icons:</source>
        <translation>サイドペインのアイコンのサイズ:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="308"/>
        <source>Icon theme:</source>
        <translation>アイコンテーマ:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="546"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="587"/>
        <source>Default width of new windows:</source>
        <translation>新しいウィンドウのデフォルトの幅:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="601"/>
        <source>Default height of new windows:</source>
        <translation>新しいウィンドウのデフォルトの高さ:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="559"/>
        <source>Always show the tab bar</source>
        <translation>タブバーを常に表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="566"/>
        <source>Show &apos;Close&apos; buttons on tabs	</source>
        <translation>タブに「閉じる」ボタンを表示する	</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="580"/>
        <source>Remember the size of the last closed window</source>
        <translation>最後に閉じたウィンドウのサイズを記憶する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="81"/>
        <source>Browsing</source>
        <translation>ブラウジング</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="90"/>
        <source>If this is unchecked, the DE setting will be used.</source>
        <translation>このチェックをオフにすると、デスクトップ環境の設定が使用されます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="93"/>
        <source>Open files with single click</source>
        <translation>シングルクリックでファイルを開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="162"/>
        <source>Default view mode:</source>
        <translation>デフォルトの表示モード:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="119"/>
        <source> sec</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="136"/>
        <source>Bookmarks menu:</source>
        <translation>メニューのブックマーク:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="175"/>
        <source>File Operations</source>
        <translation>ファイル操作</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="181"/>
        <source>Confirm before deleting files</source>
        <translation>ファイルを削除する前に確認する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="188"/>
        <source>Move deleted files to &quot;trash bin&quot; instead of erasing from disk.</source>
        <translation>ファイルをディスクから消去せずゴミ箱に移動する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="219"/>
        <source>Renamed files will also be selected</source>
        <translation>名前が変更されたファイルも選択されます</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="222"/>
        <source>Select newly created files</source>
        <translation>新しく作成されたファイルを選択する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="244"/>
        <source>Number of recent files:</source>
        <translation>最近使用したファイルの数:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="325"/>
        <location filename="../preferences.ui" line="335"/>
        <source>Used by Icon View</source>
        <translation>アイコン表示で使用します</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="342"/>
        <location filename="../preferences.ui" line="352"/>
        <source>Used by Compact View and Detailed List View</source>
        <translation>コンパクト表示および詳細リスト表示で使用します</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="359"/>
        <location filename="../preferences.ui" line="369"/>
        <source>Used by Thumbnail View</source>
        <translation>サムネイル表示で使用します</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="389"/>
        <source>User interface</source>
        <translation>ユーザーインターフェース</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="402"/>
        <source>Treat backup files as hidden</source>
        <translation>バックアップファイルを隠しアイテムとして扱う</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="422"/>
        <source>Show icons of hidden files shadowed</source>
        <translation>隠しファイルのアイコンを暗く表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="429"/>
        <source>Do not show file tooltips</source>
        <translation>ファイルのツールチップを表示しない</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="459"/>
        <source>Minimum item margins in icon view:</source>
        <translation>アイコン表示でのアイテムの最小余白:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="466"/>
        <source>3 px by default.</source>
        <translation>デフォルトは 3 ピクセルです。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="469"/>
        <location filename="../preferences.ui" line="493"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="482"/>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="489"/>
        <source>3 px by default.
A space is also reserved for 3 lines of text.</source>
        <translation>デフォルトは 3 ピクセルです。
3 行分のテキストのためのスペースも確保されます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="506"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="555"/>
        <source>When unchecked, the tab bar will be shown
only if there are more than one tab.</source>
        <translation>チェックを外すと、
複数のタブがある場合にのみタブバーを表示します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="573"/>
        <source>Switch to newly opened tab</source>
        <translation>新しく開くタブに切り換える</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="615"/>
        <source>Reopen last window tabs in a new window</source>
        <translation>最後に開いたウィンドウのタブを新しいウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="665"/>
        <location filename="../preferences.ui" line="677"/>
        <source>The built-in thumbnailer makes thumbnails of images that are supported by Qt.

Usually, most image types are supported. The default size limit is 4 MiB.</source>
        <translation>内蔵サムネイル作成機能は Qt でサポートされている画像のサムネイルを作成します。

通常、ほとんどの画像形式がサポートされています。デフォルトのサイズ制限は 4 MiB です。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="670"/>
        <source>Image size limit for built-in thumbnailer:</source>
        <translation>内蔵サムネイル作成プログラムの画像サイズ制限:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="682"/>
        <location filename="../preferences.ui" line="718"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="698"/>
        <location filename="../preferences.ui" line="710"/>
        <source>If existing, external thumbnailers are used for videos, PDF documents, etc.

A value of -1 means that there is no limit for the file size (the default).</source>
        <translation>外部のサムネイル生成プログラムが存在する場合は、動画や PDF 文書などに使用されます。

値が -1 の場合は、ファイルサイズに制限がないことを意味します（デフォルト）。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="703"/>
        <source>File size limit for external thumbnailers:</source>
        <translation>外部サムネイル作成プログラムのファイルサイズ制限:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="715"/>
        <source>No limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="964"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="979"/>
        <source>Maximum search history:</source>
        <translation>検索履歴の最大数:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="993"/>
        <source>Clear search history</source>
        <translation>検索履歴をクリア</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="1028"/>
        <source>Application restart is needed for changes to take effect.</source>
        <translation>変更を有効にするにはアプリケーションを再起動します。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="648"/>
        <source>Needs ffmpegthumbnailer</source>
        <translation>ffmpegthumbnailer が必要です</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="651"/>
        <source>Show thumbnails of files</source>
        <translation>ファイルのサムネイルを表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="833"/>
        <source>Terminal emulator</source>
        <translation>ターミナルエミュレーター</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="842"/>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="849"/>
        <source>Example: qterminal
It is the name of the executable file.</source>
        <translation>例: qterminal
実行ファイルの名前です。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="860"/>
        <source>Execution option:</source>
        <translation>実行オプション:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="867"/>
        <source>Example: -e
It can be left empty if the terminal is already supported
or does not have such an option; required otherwise.</source>
        <translation>例: -e
ターミナルが既にサポートしている場合や、このようなオプションが
ない場合は空のままにできます。それ以外の場合は必須です。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="879"/>
        <source>Custom option(s):</source>
        <translation>カスタムオプション:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="886"/>
        <source>This is optional, depends on the terminal,
and can be any group of custom options.</source>
        <translation>これはオプションで、ターミナルによって異なり、任意の
カスタムオプションを組み合わせることができます。</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="910"/>
        <source>Example:
lxsudo dbus-run-session -- %s</source>
        <translation>例:
lxsudo dbus-run-session -- %s</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="934"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="940"/>
        <source>Show only user defined templates in menu</source>
        <translation>メニューにユーザー定義テンプレートのみを表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="947"/>
        <source>Show only one template for each MIME type</source>
        <translation>MIME タイプごとにテンプレートを１つだけを表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="954"/>
        <source>Run default application after creation from template</source>
        <translation>テンプレートから作成した後にデフォルトのアプリケーションを実行する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="658"/>
        <source>Only show thumbnails for local files</source>
        <translation>ローカルファイルのサムネイルのみを表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="784"/>
        <source>When removable medium unmounted:</source>
        <translation>リムーバブルメディアがアンマウントされたとき:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="900"/>
        <source>Switch &amp;user command:</source>
        <translation>ユーザー切り替えコマンド(&amp;U):</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="918"/>
        <source>Archiver in&amp;tegration:</source>
        <translation>アーカイバー統合(&amp;T):</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="412"/>
        <source>Always show real file names</source>
        <translation>常に実際のファイル名を表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="436"/>
        <source>Disable smooth scrolling</source>
        <translation>スムーズスクロールを無効にする</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="754"/>
        <source>Auto Mount</source>
        <translation>自動マウント</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="760"/>
        <source>Mount mountable volumes automatically on program startup</source>
        <translation>起動時にマウント可能なボリュームを自動的にマウントする</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="767"/>
        <source>Mount removable media automatically when they are inserted</source>
        <translation>リムーバブルメディアが挿入されたら自動的にマウントする</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="774"/>
        <source>Show available options for removable media when they are inserted</source>
        <translation>リムーバブルメディアが挿入されたら利用可能なオプションを表示する</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="790"/>
        <source>Close &amp;tab containing removable medium</source>
        <translation>リムーバブルメディアを含むタブを閉じる(&amp;T)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="797"/>
        <source>Chan&amp;ge folder in the tab to home folder</source>
        <translation>タブ内のフォルダーをホームフォルダーに変更する(&amp;G)</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="824"/>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="395"/>
        <source>Use SI decimal prefixes instead of IEC binary prefixes</source>
        <translation>IEC 接頭辞（2進法）の代わりに SI 接頭辞（10進法）を使用する</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../bulkrename.cpp" line="185"/>
        <location filename="../bulkrename.cpp" line="247"/>
        <location filename="../bulkrename.cpp" line="288"/>
        <source>Renaming files...</source>
        <translation>ファイル名を変更しています...</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="185"/>
        <location filename="../bulkrename.cpp" line="247"/>
        <location filename="../bulkrename.cpp" line="288"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="194"/>
        <location filename="../bulkrename.cpp" line="254"/>
        <location filename="../bulkrename.cpp" line="295"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="194"/>
        <location filename="../bulkrename.cpp" line="254"/>
        <location filename="../bulkrename.cpp" line="295"/>
        <source>Renaming is aborted.</source>
        <translation>名前変更は中止されました。</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="220"/>
        <location filename="../bulkrename.cpp" line="224"/>
        <location filename="../bulkrename.cpp" line="234"/>
        <location filename="../bulkrename.cpp" line="243"/>
        <location filename="../bulkrename.cpp" line="277"/>
        <location filename="../bulkrename.cpp" line="281"/>
        <location filename="../bulkrename.cpp" line="318"/>
        <location filename="../bulkrename.cpp" line="322"/>
        <location filename="../tabpage.cpp" line="1152"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="220"/>
        <location filename="../bulkrename.cpp" line="277"/>
        <location filename="../bulkrename.cpp" line="318"/>
        <source>No file could be renamed.</source>
        <translation>ファイル名を変更できませんでした。</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="224"/>
        <location filename="../bulkrename.cpp" line="281"/>
        <location filename="../bulkrename.cpp" line="322"/>
        <source>Some files could not be renamed.</source>
        <translation>一部のファイルは名前を変更できませんでした。</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="234"/>
        <source>Nothing to find.</source>
        <translation>何も見つかりません。</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="243"/>
        <source>Invalid regular expression.</source>
        <translation>無効な正規表現です。</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="1152"/>
        <source>Cannot open as Admin.</source>
        <translation>管理者として開けません。</translation>
    </message>
</context>
</TS>
