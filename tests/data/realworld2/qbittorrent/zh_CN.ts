<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>APIController</name>
    <message>
        <location filename="../webui/api/apicontroller.cpp" line="62"/>
        <source>Endpoint does not exist</source>
        <translation>端点不存在</translation>
    </message>
    <message>
        <location filename="../webui/api/apicontroller.cpp" line="89"/>
        <source>Missing required parameters: %1</source>
        <translation>缺少必需参数：%1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/aboutdialog.ui" line="15"/>
        <source>About qBittorrent</source>
        <translation>关于 qBittorrent</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="55"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="87"/>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="93"/>
        <source>Current maintainer</source>
        <translation>目前的维护者</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="120"/>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="113"/>
        <location filename="../gui/aboutdialog.ui" line="183"/>
        <source>Nationality:</source>
        <translation>国籍：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="127"/>
        <location filename="../gui/aboutdialog.ui" line="197"/>
        <source>E-mail:</source>
        <translation>E-mail：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="99"/>
        <location filename="../gui/aboutdialog.ui" line="169"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="163"/>
        <source>Original author</source>
        <translation>原始作者</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="190"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="247"/>
        <source>Special Thanks</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="273"/>
        <source>Translators</source>
        <translation>译者</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="302"/>
        <source>License</source>
        <translation>许可</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="328"/>
        <source>Software Used</source>
        <translation>使用的软件</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="336"/>
        <source>qBittorrent was built with the following libraries:</source>
        <translation>qBittorrent 的构建使用了以下库：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.ui" line="356"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="68"/>
        <source>An advanced BitTorrent client programmed in C++, based on Qt toolkit and libtorrent-rasterbar.</source>
        <translation>一个基于 Qt 工具箱和 libtorrent-rasterbar 并用 C++ 编写的高级 BitTorrent 客户端。</translation>
    </message>
    <message>
        <source>Copyright %1 2006-2025 The qBittorrent project</source>
        <translation type="vanished">版权所有 %1 2006-2025 The qBittorrent project</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="70"/>
        <source>Copyright %1 2006-2026 The qBittorrent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="71"/>
        <source>Home Page:</source>
        <translation>主页：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="72"/>
        <source>Forum:</source>
        <translation>论坛：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="73"/>
        <source>Bug Tracker:</source>
        <translation>Bug 跟踪：</translation>
    </message>
    <message>
        <location filename="../gui/aboutdialog.cpp" line="108"/>
        <source>The free IP to Country Lite database by DB-IP is used for resolving the countries of peers. The database is licensed under the Creative Commons Attribution 4.0 International License</source>
        <translation>由 DB-IP 提供的免费 IP to Country Lite 数据库，用于解析节点所在的国家。该数据库已根据知识共享署名 4.0 国际许可协议获得许可</translation>
    </message>
</context>
<context>
    <name>AbstractFileStorage</name>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="42"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="68"/>
        <source>The old path is invalid: &apos;%1&apos;.</source>
        <translation>旧的路径无效：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="44"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="70"/>
        <source>The new path is invalid: &apos;%1&apos;.</source>
        <translation>新的路径无效：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="46"/>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="72"/>
        <source>Absolute path isn&apos;t allowed: &apos;%1&apos;.</source>
        <translation>不允许使用绝对路径：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="56"/>
        <source>The file already exists: &apos;%1&apos;.</source>
        <translation>文件已存在：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="60"/>
        <source>No such file: &apos;%1&apos;.</source>
        <translation>没有这个文件：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="84"/>
        <source>The folder already exists: &apos;%1&apos;.</source>
        <translation>文件夹已存在：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/abstractfilestorage.cpp" line="88"/>
        <source>No such folder: &apos;%1&apos;.</source>
        <translation>没有这个文件夹：“%1”。</translation>
    </message>
</context>
<context>
    <name>AddNewTorrentDialog</name>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="113"/>
        <source>Save at</source>
        <translation>保存在</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="565"/>
        <source>Never show again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="200"/>
        <source>Set as default category</source>
        <translation>设置为默认分类</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="175"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="249"/>
        <source>Start torrent</source>
        <translation>开始 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="378"/>
        <source>Torrent information</source>
        <translation>Torrent 信息</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="290"/>
        <source>Skip hash check</source>
        <translation>跳过哈希校验</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="122"/>
        <source>Use another path for incomplete torrent</source>
        <translation>对不完整的 Torrent 使用另一个路径</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="167"/>
        <source>Torrent options</source>
        <translation>Torrent 选项</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="209"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="225"/>
        <source>Click [...] button to add/remove tags.</source>
        <translation>单击 [...] 按钮添加/删除标签。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="235"/>
        <source>Add/remove tags</source>
        <translation>添加/删除标签</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="238"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="258"/>
        <source>Stop condition:</source>
        <translation>停止条件：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="319"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="324"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="320"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="497"/>
        <source>Metadata received</source>
        <translation>已收到元数据</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="321"/>
        <source>Torrents that have metadata initially will be added as stopped.</source>
        <translation>最开始就有元数据的 Torrent 文件被添加后将处在停止状态</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="322"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="325"/>
        <source>Files checked</source>
        <translation>文件已被检查</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="283"/>
        <source>Add to top of queue</source>
        <translation>添加到队列顶部</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="311"/>
        <source>When checked, the .torrent file will not be deleted regardless of the settings at the &quot;Download&quot; page of the Options dialog</source>
        <translation>勾选后，无论选项对话框的“下载”页面如何设置，.torrent 文件都不不会被删除</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="325"/>
        <source>Content layout:</source>
        <translation>内容布局：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="336"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="341"/>
        <source>Create subfolder</source>
        <translation>创建子文件夹</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="346"/>
        <source>Don&apos;t create subfolder</source>
        <translation>不创建子文件夹</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="404"/>
        <source>Info hash v1:</source>
        <translation>信息哈希值 v1：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="384"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="432"/>
        <source>Comment:</source>
        <translation>注释：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="394"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="74"/>
        <source>Torrent Management Mode:</source>
        <translation>Torrent 管理模式：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="81"/>
        <source>Automatic mode means that various torrent properties(eg save path) will be decided by the associated category</source>
        <translation>在自动模式下，Torrent 的配置信息 (例如保存路径) 将由相关的分类决定</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="85"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="90"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="155"/>
        <source>Remember last used save path</source>
        <translation>记住上次使用的保存路径</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="314"/>
        <source>Do not delete .torrent file</source>
        <translation>不删除 .torrent 文件</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="297"/>
        <source>Download in sequential order</source>
        <translation>按顺序下载</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="304"/>
        <source>Download first and last pieces first</source>
        <translation>先下载首尾文件块</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="418"/>
        <source>Info hash v2:</source>
        <translation>信息哈希值 v2：</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="507"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="514"/>
        <source>Select None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.ui" line="617"/>
        <source>Save as .torrent file...</source>
        <translation>保存为 .torrent 文件...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="704"/>
        <source>I/O Error</source>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="525"/>
        <source>Not Available</source>
        <comment>This comment is unavailable</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="526"/>
        <source>Not Available</source>
        <comment>This date is unavailable</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="924"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="524"/>
        <source>Magnet link</source>
        <translation>磁力链接</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="528"/>
        <source>Retrieving metadata...</source>
        <translation>正在检索元数据...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="311"/>
        <location filename="../gui/addnewtorrentdialog.cpp" line="315"/>
        <source>Choose save path</source>
        <translation>选择保存路径</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="319"/>
        <source>No stop condition is set.</source>
        <translation>未设置停止条件。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="320"/>
        <source>Torrent will stop after metadata is received.</source>
        <translation>接收到元数据后，Torrent 将停止。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="322"/>
        <source>Torrent will stop after files are initially checked.</source>
        <translation>第一次文件检查完成后，Torrent 将停止。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="323"/>
        <source>This will also download metadata if it wasn&apos;t there initially.</source>
        <translation>如果最开始不存在元数据，勾选此选项也会下载元数据。</translation>
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
        <translation>%1（剩余磁盘空间：%2）</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="614"/>
        <source>Not available</source>
        <comment>This size is unavailable.</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="691"/>
        <source>Torrent file (*%1)</source>
        <translation>Torrent 文件 (*%1)</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="693"/>
        <source>Save as torrent file</source>
        <translation>另存为 Torrent 文件</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="705"/>
        <source>Couldn&apos;t export torrent metadata file &apos;%1&apos;. Reason: %2.</source>
        <translation>无法导出 Torrent 元数据文件 “%1”。原因：%2。</translation>
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
        <translation>在完全下载数据之前无法创建 v2 Torrent。</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="331"/>
        <source>Filter files...</source>
        <translation>筛选文件...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="873"/>
        <source>Parsing metadata...</source>
        <translation>正在解析元数据...</translation>
    </message>
    <message>
        <location filename="../gui/addnewtorrentdialog.cpp" line="877"/>
        <source>Metadata retrieval complete</source>
        <translation>元数据检索完成</translation>
    </message>
</context>
<context>
    <name>AddTorrentManager</name>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="63"/>
        <source>Downloading torrent... Source: &quot;%1&quot;</source>
        <translation>正在下载 Torrent... 来源：“%1”</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="157"/>
        <source>Failed to add torrent. Source: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>添加 Torrent 失败。来源：“%1”。原因：“%2”</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="175"/>
        <source>Merging of trackers is disabled</source>
        <translation>合并 Tracker 已禁用</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="179"/>
        <source>Trackers cannot be merged because it is a private torrent</source>
        <translation>因为这是一个私有 Torrent，所以无法合并 Tracker</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="186"/>
        <source>Trackers are merged from new source</source>
        <translation>来自新来源的 Tracker 已经合并</translation>
    </message>
    <message>
        <location filename="../base/addtorrentmanager.cpp" line="189"/>
        <source>Detected an attempt to add a duplicate torrent. Source: %1. Existing torrent: &quot;%2&quot;. Torrent infohash: %3. Result: %4</source>
        <translation>检测到尝试添加重复的种子文件。来源：%1.。现有种子：&quot;%2&quot;。种子 infohash 值：%3。结果：%4</translation>
    </message>
</context>
<context>
    <name>AddTorrentParamsWidget</name>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="14"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="22"/>
        <source>Torrent Management Mode:</source>
        <translation>Torrent 管理模式：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="29"/>
        <source>Automatic mode means that various torrent properties(eg save path) will be decided by the associated category</source>
        <translation>在自动模式下，Torrent 的配置信息（例如保存路径）将由相关的分类决定</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="51"/>
        <source>Save at</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="62"/>
        <source>Note: the current defaults are displayed for reference.</source>
        <translation>注：当前默认值仅为参考目的而显示。</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="74"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>对不完整的 Torrent 使用另一个路径：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="107"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="147"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="163"/>
        <source>Click [...] button to add/remove tags.</source>
        <translation>单击 [...] 按钮添加/删除标签。</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="173"/>
        <source>Add/remove tags</source>
        <translation>添加/删除标签</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="176"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="209"/>
        <source>Start torrent:</source>
        <translation>启动 Torrent：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="247"/>
        <source>Content layout:</source>
        <translation>内容布局：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="285"/>
        <source>Stop condition:</source>
        <translation>停止条件：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="323"/>
        <source>Add to top of queue:</source>
        <translation>添加到队列顶部：</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="346"/>
        <source>Skip hash check</source>
        <translation>跳过哈希校验</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.ui" line="354"/>
        <source>Torrent share limits</source>
        <translation>Torrent 分享限制</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="78"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="81"/>
        <source>Choose save path</source>
        <translation>选择保存路径</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="83"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="87"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="91"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="96"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="101"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="105"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="84"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="102"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="106"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="85"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="103"/>
        <location filename="../gui/addtorrentparamswidget.cpp" line="107"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="88"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="89"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="92"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="93"/>
        <source>Create subfolder</source>
        <translation>创建子文件夹</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="94"/>
        <source>Don&apos;t create subfolder</source>
        <translation>不创建子文件夹</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="97"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="98"/>
        <source>Metadata received</source>
        <translation>已收到元数据</translation>
    </message>
    <message>
        <location filename="../gui/addtorrentparamswidget.cpp" line="99"/>
        <source>Files checked</source>
        <translation>文件已被检查</translation>
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
        <translation>完成后重新校验 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="408"/>
        <location filename="../gui/advancedsettings.cpp" line="785"/>
        <source> ms</source>
        <comment> milliseconds</comment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="193"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="193"/>
        <source>Value</source>
        <comment>Value set for this setting</comment>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="392"/>
        <source> (disabled)</source>
        <translation>(禁用)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="394"/>
        <source> (auto)</source>
        <translation> (自动)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="690"/>
        <location filename="../gui/advancedsettings.cpp" line="697"/>
        <source> min</source>
        <comment> minutes</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="430"/>
        <source>All addresses</source>
        <translation>所有地址</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="478"/>
        <source>qBittorrent Section</source>
        <translation>qBittorrent 相关</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="475"/>
        <location filename="../gui/advancedsettings.cpp" line="483"/>
        <source>Open documentation</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="431"/>
        <source>All IPv4 addresses</source>
        <translation>所有 IPv4 地址</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="432"/>
        <source>All IPv6 addresses</source>
        <translation>所有 IPv6 地址</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="486"/>
        <source>libtorrent Section</source>
        <translation>libtorrent 相关</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="489"/>
        <source>Fastresume files</source>
        <translation>快速恢复文件</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="490"/>
        <source>SQLite database (experimental)</source>
        <translation>SQLite 数据库（实验性功能）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="492"/>
        <source>Resume data storage type (requires restart)</source>
        <translation>恢复数据存储类型（需要重新启动）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="509"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="510"/>
        <source>Below normal</source>
        <translation>低于正常</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="511"/>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="512"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="513"/>
        <source>Very low</source>
        <translation>极低</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="505"/>
        <source>Physical memory (RAM) usage limit</source>
        <translation>物理内存（RAM）使用限制</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="535"/>
        <source>Asynchronous I/O threads</source>
        <translation>异步 I/O 线程数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="543"/>
        <source>Hashing threads</source>
        <translation>散列线程</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="551"/>
        <source>File pool size</source>
        <translation>文件池大小</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="565"/>
        <source>Outstanding memory when checking torrents</source>
        <translation>校验时内存使用扩增量</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="581"/>
        <source>Disk cache</source>
        <translation>磁盘缓存</translation>
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
        <translation>磁盘缓存到期间隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="596"/>
        <source>Disk queue size</source>
        <translation>磁盘队列大小</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="613"/>
        <location filename="../gui/advancedsettings.cpp" line="619"/>
        <source>Enable OS cache</source>
        <translation>启用操作系统缓存</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="629"/>
        <source>Coalesce reads &amp; writes</source>
        <translation>合并读写</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="634"/>
        <source>Use piece extent affinity</source>
        <translation>启用相连文件块下载模式</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="637"/>
        <source>Send upload piece suggestions</source>
        <translation>发送分块上传建议</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="691"/>
        <location filename="../gui/advancedsettings.cpp" line="698"/>
        <location filename="../gui/advancedsettings.cpp" line="710"/>
        <location filename="../gui/advancedsettings.cpp" line="718"/>
        <location filename="../gui/advancedsettings.cpp" line="839"/>
        <source>0 (disabled)</source>
        <translation>0（禁用）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="692"/>
        <source>Save resume data interval [0: disabled]</source>
        <comment>How often the fastresume file is saved.</comment>
        <translation>保存恢复数据的间隔 [0：禁用]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="711"/>
        <source>Outgoing ports (Min) [0: disabled]</source>
        <translation>传出端口（最低）[0：禁用]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="719"/>
        <source>Outgoing ports (Max) [0: disabled]</source>
        <translation>传出端口（最高）[0：禁用]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="727"/>
        <source>0 (permanent lease)</source>
        <translation>0（永久租约）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="728"/>
        <source>UPnP lease duration [0: permanent lease]</source>
        <translation>UPnP 租期 [0：永久 ]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="734"/>
        <source>Differentiated Services Code Point (DSCP) for connections to peers</source>
        <translation>与对等节点连接的区分服务代码点 (DSCP) </translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="779"/>
        <source>It appends the text to the window title to help distinguish qBittorrent instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="840"/>
        <source>Stop tracker timeout [0: disabled]</source>
        <translation>停止 Tracker 超时 [0：禁用]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="856"/>
        <source>Notification timeout [0: infinite, -1: system default]</source>
        <translation>通知超时 [0：无限，-1：系统默认值]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="979"/>
        <source>Maximum outstanding requests to a single peer</source>
        <translation>单一 peer 的最大未完成请求数</translation>
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
        <translation>（无限）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="406"/>
        <source> (system default)</source>
        <translation>（系统默认）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="494"/>
        <source>Delete files permanently</source>
        <translation>永久删除文件</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="495"/>
        <source>Move files to trash (if possible)</source>
        <translation>移动文件到回收站（如果可能）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="497"/>
        <source>Torrent content removing mode</source>
        <translation> Torrent 内容删除模式</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="515"/>
        <source>Process memory priority</source>
        <translation>处理内存优先级</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="523"/>
        <source>Bdecode depth limit</source>
        <translation>Bdecode 深度限制</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="529"/>
        <source>Bdecode token limit</source>
        <translation>Bdecode 令牌限制</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="600"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="601"/>
        <source>Memory mapped files</source>
        <translation>内存映射文件</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="602"/>
        <source>POSIX-compliant</source>
        <translation>遵循 POSIX</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="603"/>
        <source>Simple pread/pwrite</source>
        <translation>简单 pread/pwrite</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="605"/>
        <source>Pread/pwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="608"/>
        <source>Disk IO type (requires restart)</source>
        <translation>磁盘 IO 类型（需要重启）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="612"/>
        <location filename="../gui/advancedsettings.cpp" line="618"/>
        <source>Disable OS cache</source>
        <translation>禁用操作系统缓存</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="615"/>
        <source>Disk IO read mode</source>
        <translation>磁盘 IO 读取模式</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="621"/>
        <source>Write-through</source>
        <translation>连续写入</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="624"/>
        <source>Disk IO write mode</source>
        <translation>磁盘 IO 写入模式</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="644"/>
        <source>Send buffer watermark</source>
        <translation>发送缓冲区上限</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="650"/>
        <source>Send buffer low watermark</source>
        <translation>发送缓冲区下限</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="656"/>
        <source>Send buffer watermark factor</source>
        <translation>发送缓冲区增长系数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="662"/>
        <source>Outgoing connections per second</source>
        <translation>每秒传出连接数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="669"/>
        <location filename="../gui/advancedsettings.cpp" line="677"/>
        <source>0 (system default)</source>
        <translation>0（系统默认）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="670"/>
        <source>Socket send buffer size [0: system default]</source>
        <translation>套接字发送缓存大小 [0：系统默认值]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="678"/>
        <source>Socket receive buffer size [0: system default]</source>
        <translation>套接字接收缓存大小 [0：系统默认值]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="684"/>
        <source>Socket backlog size</source>
        <translation>套接字 backlog 大小</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="699"/>
        <source>Save statistics interval [0: disabled]</source>
        <comment>How often the statistics file is saved.</comment>
        <translation>保存统计数据间隔 [0：停用]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="705"/>
        <source>.torrent file size limit</source>
        <translation>.torrent 文件大小上限</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="737"/>
        <source>Prefer TCP</source>
        <translation>优先使用 TCP</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="738"/>
        <source>Peer proportional (throttles TCP)</source>
        <translation>按用户比重 (抑制 TCP)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="748"/>
        <source>Internal hostname resolver cache expiry interval</source>
        <translation>内部主机名解析器缓存过期间隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="753"/>
        <source>Support internationalized domain name (IDN)</source>
        <translation>支持国际化域名（IDN）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="758"/>
        <source>Allow multiple connections from the same IP address</source>
        <translation>允许来自同一 IP 地址的多个连接</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="763"/>
        <source>Validate HTTPS tracker certificates</source>
        <translation>验证 HTTPS tracker 证书</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="768"/>
        <source>Server-side request forgery (SSRF) mitigation</source>
        <translation>服务器端请求伪造（SSRF）缓解</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="773"/>
        <source>Disallow connection to peers on privileged ports</source>
        <translation>禁止连接到特权端口上的 peer</translation>
    </message>
    <message>
        <source>It appends the text to the window title to help distinguish qBittorent instances</source>
        <translation type="vanished">它将文本附加到窗口标题来区分不同的 qBittorrent 实例</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="780"/>
        <source>Customize application instance name</source>
        <translation>定制程序实例名</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="786"/>
        <source>It controls the internal state update interval which in turn will affect UI updates</source>
        <translation>它控制内部状态更新间隔，此间隔会影响用户界面更新</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="787"/>
        <source>Refresh interval</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="793"/>
        <source>Resolve peer host names</source>
        <translation>解析用户主机名</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="820"/>
        <source>IP address reported to trackers (requires restart)</source>
        <translation>报告给 Tracker 的 IP 地址（需要重启）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="827"/>
        <source>Port reported to trackers (requires restart) [0: listening port]</source>
        <translation>报告给 Trackers 的端口 （需要重启）[0：监听端口]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="860"/>
        <source>Reannounce to all trackers when IP or port changed</source>
        <translation>当 IP 或端口更改时重新通知所有 Tracker</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="874"/>
        <source>Enable icons in menus</source>
        <translation>启用菜单中的图标</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="877"/>
        <source>Attach &quot;Add new torrent&quot; dialog to main window</source>
        <translation>将“添加新 torrent 文件”对话框附到主窗口</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="889"/>
        <source>Enable port forwarding for embedded tracker</source>
        <translation>对内置 Tracker 启用端口转发</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="893"/>
        <source>Enable quarantine for downloaded files</source>
        <translation>开启已下载文件隔离</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="895"/>
        <source>Enable Mark-of-the-Web (MOTW) for downloaded files</source>
        <translation>开启已下载文件 Mark-of-the-Web (MOTW)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="902"/>
        <source>Affects certificate validation and non-torrent protocol activities (e.g. RSS feeds, program updates, torrent files, geoip db, etc)</source>
        <translation>影响证书验证和非 torrent 协议活动（如 RSS 源、程序更新、torrent 文件、geoip 数据库等）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="903"/>
        <source>Ignore SSL errors</source>
        <translation>忽略 SSL 错误</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="905"/>
        <source>(Auto detect if empty)</source>
        <translation>（假如为空，自动检测）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="907"/>
        <source>Python executable path (may require restart)</source>
        <translation>Python 可执行路径（可能需要重新启动）</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="910"/>
        <source>Start BitTorrent session in paused state</source>
        <translation>启动处于暂停状态下的 BitTorrent 会话</translation>
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
        <translation>-1 (无限)</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="918"/>
        <source>BitTorrent session shutdown timeout [-1: unlimited]</source>
        <translation>BitTorrent 会话关闭超时 [-1：无限制]</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="943"/>
        <source>Confirm removal of tracker from all torrents</source>
        <translation>确认从所有 Torrent 中移除 Tracker</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="961"/>
        <source>Peer turnover disconnect percentage</source>
        <translation> peer 进出断开百分比</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="967"/>
        <source>Peer turnover threshold percentage</source>
        <translation> peer 进出阈值百分比</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="973"/>
        <source>Peer turnover disconnect interval</source>
        <translation> peer 进出断开间隔</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="982"/>
        <source>Resets to default if empty</source>
        <translation>如果为空，则重置为默认值</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="984"/>
        <source>DHT bootstrap nodes</source>
        <translation>DHT Bootstrap 节点</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="991"/>
        <source>I2P inbound quantity</source>
        <translation>I2P 传入量</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="996"/>
        <source>I2P outbound quantity</source>
        <translation>I2P 传出量</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="1001"/>
        <source>I2P inbound length</source>
        <translation>I2P 传入长度</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="1006"/>
        <source>I2P outbound length</source>
        <translation>I2P 传出长度</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="844"/>
        <source>Display notifications</source>
        <translation>显示通知</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="847"/>
        <source>Display notifications for added torrents</source>
        <translation>显示已添加 Torrent 的通知</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="863"/>
        <source>Download tracker&apos;s favicon</source>
        <translation>下载 Tracker 的网站图标</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="867"/>
        <source>Save path history length</source>
        <translation>保存路径的历史记录条目数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="870"/>
        <source>Enable speed graphs</source>
        <translation>启用速度图表</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="920"/>
        <source>Fixed slots</source>
        <translation>固定窗口数</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="921"/>
        <source>Upload rate based</source>
        <translation>基于上传速度</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="923"/>
        <source>Upload slots behavior</source>
        <translation>上传窗口策略</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="926"/>
        <source>Round-robin</source>
        <translation>轮流上传</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="927"/>
        <source>Fastest upload</source>
        <translation>最快上传</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="928"/>
        <source>Anti-leech</source>
        <translation>反吸血</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="930"/>
        <source>Upload choking algorithm</source>
        <translation>上传连接策略</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="935"/>
        <source>Confirm torrent recheck</source>
        <translation>重新校验 Torrent 时提示确认</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="939"/>
        <source>Confirm removal of all tags</source>
        <translation>删除所有标签时提示确认</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="947"/>
        <source>Always announce to all trackers in a tier</source>
        <translation>总是向同级的所有 Tracker 汇报</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="953"/>
        <source>Always announce to all tiers</source>
        <translation>总是向所有等级的 Tracker 汇报</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="795"/>
        <source>Any interface</source>
        <comment>i.e. Any network interface</comment>
        <translation>任意网络接口</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="740"/>
        <source>%1-TCP mixed mode algorithm</source>
        <comment>uTP-TCP mixed mode algorithm</comment>
        <translation>%1-TCP 混合模式策略</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="790"/>
        <source>Resolve peer countries</source>
        <translation>解析用户所在国家</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="814"/>
        <source>Network interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="817"/>
        <source>Optional IP address to bind to</source>
        <translation>绑定到的可选 IP 地址</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="833"/>
        <source>Max concurrent HTTP announces</source>
        <translation>最大并发 HTTP 汇报</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="881"/>
        <source>Enable embedded tracker</source>
        <translation>启用内置 Tracker</translation>
    </message>
    <message>
        <location filename="../gui/advancedsettings.cpp" line="886"/>
        <source>Embedded tracker port</source>
        <translation>内置 Tracker 端口</translation>
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
        <translation>无效的目录路径</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1237"/>
        <source>Directory does not exist</source>
        <translation>目录不存在</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1249"/>
        <source>Invalid mode, allowed values: %1</source>
        <translation>无效模式，允许的值：%1</translation>
    </message>
    <message>
        <location filename="../webui/api/appcontroller.cpp" line="1334"/>
        <source>cookies must be array</source>
        <translation>Cookies 必须为数组</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="360"/>
        <source>Running in portable mode. Auto detected profile folder at: %1</source>
        <translation>当前运行在便携模式下。自动检测配置文件夹于：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="362"/>
        <source>Redundant command line flag detected: &quot;%1&quot;. Portable mode implies relative fastresume.</source>
        <translation>检测到冗余的命令行参数：“%1”。便携模式使用基于相对路径的快速恢复文件。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="366"/>
        <source>Using config directory: %1</source>
        <translation>使用配置目录：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="739"/>
        <source>Torrent name: %1</source>
        <translation>Torrent 名称：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="740"/>
        <source>Torrent size: %1</source>
        <translation>Torrent 大小：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="741"/>
        <source>Save path: %1</source>
        <translation>保存路径：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="742"/>
        <source>The torrent was downloaded in %1.</source>
        <comment>The torrent was downloaded in 1 hour and 20 seconds</comment>
        <translation>该 Torrent 下载用时为 %1。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="744"/>
        <location filename="../app/application.cpp" line="762"/>
        <source>Thank you for using qBittorrent.</source>
        <translation>感谢您使用 qBittorrent。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="793"/>
        <source>Torrent: %1, sending mail notification</source>
        <translation>Torrent：%1，发送邮件提醒</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="985"/>
        <source>Add torrent failed</source>
        <translation>添加 torrent 失败</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="986"/>
        <source>Couldn&apos;t add torrent &apos;%1&apos;, reason: %2.</source>
        <translation>无法添加 Torrent “%1”，原因：%2。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1035"/>
        <source>The WebUI administrator username is: %1</source>
        <translation>WebUI 管理员用户名是：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1036"/>
        <source>The WebUI administrator password was not set. A temporary password is provided for this session: %1</source>
        <translation>未设置 WebUI 管理员密码。为此会话提供了一个临时密码：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1037"/>
        <source>You should set your own password in program preferences.</source>
        <translation>你应该在程序首选项中设置你自己的密码</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1043"/>
        <source>The WebUI is disabled! To enable the WebUI, edit the config file manually.</source>
        <translation>WebUI 已禁用！要启用 WebUI，请手动编辑配置文件。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="646"/>
        <source>Running external program. Torrent: &quot;%1&quot;. Command: `%2`</source>
        <translation>运行外部程序。Torrent：“%1”。命令：`%2`</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="647"/>
        <source>Failed to run external program. Torrent: &quot;%1&quot;. Command: `%2`</source>
        <translation>运行外部程序失败。Torrent 文件：“%1”。命令：`%2`</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="751"/>
        <source>Torrent &quot;%1&quot; has finished downloading</source>
        <translation>Torrent “%1” 已完成下载</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="891"/>
        <source>WebUI will be started shortly after internal preparations. Please wait...</source>
        <translation>WebUI 将在内部准备不久后启动。请稍等…</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="916"/>
        <location filename="../app/application.cpp" line="1074"/>
        <source>Loading torrents...</source>
        <translation>加载 Torrent 中...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="919"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="967"/>
        <source>I/O Error</source>
        <comment>i.e: Input/Output Error</comment>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="968"/>
        <source>An I/O error occurred for torrent &apos;%1&apos;.
 Reason: %2</source>
        <comment>e.g: An error occurred for torrent &apos;xxx.avi&apos;.
 Reason: disk is full.</comment>
        <translation>Torrent “%1” 出现了一个 I/O 错误。
 原因：%2</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="980"/>
        <source>Torrent added</source>
        <translation>已添加 Torrent</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="980"/>
        <source>&apos;%1&apos; was added.</source>
        <comment>e.g: xxx.avi was added.</comment>
        <translation>已添加 “%1”。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="974"/>
        <source>Download completed</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="356"/>
        <source>qBittorrent %1 started. Process ID: %2</source>
        <comment>qBittorrent v3.2.0alpha started</comment>
        <translation>qBittorrent %1 已启动。进程 ID：%2</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="761"/>
        <source>This is a test email.</source>
        <translation>这是测试邮件。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="768"/>
        <source>Test email</source>
        <translation>测试邮件</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="974"/>
        <source>&apos;%1&apos; has finished downloading.</source>
        <comment>e.g: xxx.avi has finished downloading.</comment>
        <translation>“%1” 下载完成。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1017"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1022"/>
        <source>To fix the error, you may need to edit the config file manually.</source>
        <translation>你可能需要手动编辑配置文件以修复此错误。</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1031"/>
        <source>To control qBittorrent, access the WebUI at: %1</source>
        <translation>要控制 qBittorrent，请访问下列地址的 WebUI：%1</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1074"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1120"/>
        <source>Recursive download confirmation</source>
        <translation>确认递归下载</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1121"/>
        <source>The torrent &apos;%1&apos; contains .torrent files, do you want to proceed with their downloads?</source>
        <translation>Torrent “%1” 包含 .torrent 文件，您要继续下载它们的内容吗？</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1127"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1156"/>
        <source>Recursive download .torrent file within torrent. Source torrent: &quot;%1&quot;. File: &quot;%2&quot;</source>
        <translation>递归下载 Torrent 内的 .torrent 文件。源 Torrent：“%1”。文件：“%2”</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1262"/>
        <source>Failed to set physical memory (RAM) usage limit. Error code: %1. Error message: &quot;%2&quot;</source>
        <translation>设置物理内存（RAM）使用限制失败。错误代码：%1。错误信息：“%2”</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1297"/>
        <source>Failed to set physical memory (RAM) usage hard limit. Requested size: %1. System hard limit: %2. Error code: %3. Error message: &quot;%4&quot;</source>
        <translation>未能设置硬性物理内存（RAM）用量限制。请求的大小：%1。硬性系统限制：%2。错误码：%3。错误消息：“%4”</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1405"/>
        <source>qBittorrent termination initiated</source>
        <translation>发起了 qBittorrent 终止操作</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1411"/>
        <source>qBittorrent is shutting down...</source>
        <translation>qBittorrent 正在关闭...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1439"/>
        <source>Saving torrent progress...</source>
        <translation>正在保存 Torrent 进度...</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="1476"/>
        <source>qBittorrent is now ready to exit</source>
        <translation>qBittorrent 现在准备好退出了</translation>
    </message>
</context>
<context>
    <name>AsyncFileStorage</name>
    <message>
        <location filename="../base/asyncfilestorage.cpp" line="46"/>
        <source>Could not create directory &apos;%1&apos;.</source>
        <translation>无法创建目录 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>AuthController</name>
    <message>
        <source>WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2</source>
        <translation type="vanished">WebAPI 登录失败。原因: IP 被封禁，IP：%1，用户名：%2</translation>
    </message>
    <message>
        <source>Your IP address has been banned after too many failed authentication attempts.</source>
        <translation type="vanished">身份认证失败次数过多，您的 IP 地址已被封禁。</translation>
    </message>
    <message>
        <source>WebAPI login success. IP: %1</source>
        <translation type="vanished">WebAPI 登录成功。IP：%1</translation>
    </message>
    <message>
        <source>WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3</source>
        <translation type="vanished">WebAPI 登录失败。原因：凭证无效，尝试次数：%1，IP：%2，用户名：%3</translation>
    </message>
</context>
<context>
    <name>AutomatedRssDownloader</name>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="14"/>
        <source>RSS Downloader</source>
        <translation>RSS 下载器</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="58"/>
        <source>Download Rules</source>
        <translation>下载规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="182"/>
        <source>Use Regular Expressions</source>
        <translation>使用正则表达式</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="267"/>
        <source>Use Smart Episode Filter</source>
        <translation>使用智能剧集过滤器</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="191"/>
        <source>Must Contain:</source>
        <translation>必须包含：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="28"/>
        <source>Auto downloading of RSS torrents is currently disabled. You can enable it in application settings.</source>
        <translation>自动下载 RSS Torrent 功能当前被禁用。您可以在应用程序设置中启用它。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="78"/>
        <source>Rename selected rule. You can also use the F2 hotkey to rename.</source>
        <translation>重命名选中的规则。您也可以使用 F2 热键来重命名。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="157"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="211"/>
        <source>Must Not Contain:</source>
        <translation>必须不含：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="231"/>
        <source>Episode Filter:</source>
        <translation>剧集过滤器：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="263"/>
        <source>Smart Episode Filter will check the episode number to prevent downloading of duplicates.
Supports the formats: S01E01, 1x1, 2017.12.31 and 31.12.2017 (Date formats also support - as a separator)</source>
        <translation>智能剧集筛选器会检查剧集编号以避免重复下载。
支持的格式：S01E01 、1x1 、2017.12.31 、31.12.2017（日期格式也支持 “-” 分隔符）</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="314"/>
        <source>Torrent parameters</source>
        <translation>Torrent 参数</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="276"/>
        <source>Ignore Subsequent Matches for (0 to Disable)</source>
        <extracomment>... X days</extracomment>
        <translation>忽略指定时间后的匹配项（0 = 禁用）</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="286"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="289"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="364"/>
        <source>Apply Rule to Feeds:</source>
        <translation>对以下订阅源应用规则：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="384"/>
        <source>Matching RSS Articles</source>
        <translation>匹配 RSS 文章</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="412"/>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.ui" line="422"/>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="114"/>
        <source>Matches articles based on episode filter.</source>
        <translation>使用剧集过滤器匹配文章。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="114"/>
        <source>Example: </source>
        <translation>示例：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="115"/>
        <source> will match 2, 5, 8 through 15, 30 and onward episodes of season one</source>
        <comment>example X will match</comment>
        <translation> 可匹配第 1 季的第 2 集、第 5 集、第 8 至 15 集、第 30 集及之后的集数</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="116"/>
        <source>Episode filter rules: </source>
        <translation>剧集过滤器规则：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="116"/>
        <source>Season number is a mandatory non-zero value</source>
        <translation>季数必须是非零数</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="118"/>
        <source>Filter must end with semicolon</source>
        <translation>过滤规则必须以分号结束</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="119"/>
        <source>Three range types for episodes are supported: </source>
        <translation>支持 3 种集数范围写法：</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="120"/>
        <source>Single number: &lt;b&gt;1x25;&lt;/b&gt; matches episode 25 of season one</source>
        <translation>单个数字：&lt;b&gt;1x25;&lt;/b&gt; 匹配第 1 季的第 25 集</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="121"/>
        <source>Normal range: &lt;b&gt;1x25-40;&lt;/b&gt; matches episodes 25 through 40 of season one</source>
        <translation>正常范围：&lt;b&gt;1x25-40;&lt;/b&gt; 匹配第 1 季的第 25 至 40 集</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="117"/>
        <source>Episode number is a mandatory positive value</source>
        <translation>集数必须是正数</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="66"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="67"/>
        <source>Rules (legacy)</source>
        <translation>规则 (旧式)</translation>
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
        <translation>无限范围：&lt;b&gt;1x25-;&lt;/b&gt; 匹配第 1 季的第 25 集及之后的集数，以及之后所有季度的集数</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="325"/>
        <source>Last Match: %1 days ago</source>
        <translation>上次匹配：%1 天前</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="327"/>
        <source>Last Match: Unknown</source>
        <translation>上次匹配：未知</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="394"/>
        <source>New rule name</source>
        <translation>新规则名称</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="394"/>
        <source>Please type the name of the new download rule.</source>
        <translation>请输入新的下载规则的名称。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="400"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="576"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="597"/>
        <source>Rule name conflict</source>
        <translation>规则名称冲突</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="401"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="577"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="598"/>
        <source>A rule with this name already exists, please choose another name.</source>
        <translation>该名称已被另一规则使用，请重新命名。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="418"/>
        <source>Are you sure you want to remove the download rule named &apos;%1&apos;?</source>
        <translation>您确定要删除下载规则 &apos;%1&apos; 吗？</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="420"/>
        <source>Are you sure you want to remove the selected download rules?</source>
        <translation>您确定要删除所选的下载规则吗？</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="421"/>
        <source>Rule deletion confirmation</source>
        <translation>删除规则时提示确认</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="437"/>
        <source>Invalid action</source>
        <translation>无效操作</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="438"/>
        <source>The list is empty, there is nothing to export.</source>
        <translation>列表为空，没有可导出的项目。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="444"/>
        <source>Export RSS rules</source>
        <translation>导出 RSS 规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="471"/>
        <source>I/O Error</source>
        <translation>I/O 错误</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="472"/>
        <source>Failed to create the destination file. Reason: %1</source>
        <translation>无法创建目标文件。原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="480"/>
        <source>Import RSS rules</source>
        <translation>导入 RSS 规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="509"/>
        <source>Failed to import the selected rules file. Reason: %1</source>
        <translation>无法导入所选规则文件。原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="518"/>
        <source>Add new rule...</source>
        <translation>添加新规则...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="527"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="530"/>
        <source>Rename rule...</source>
        <translation>重命名规则...</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="533"/>
        <source>Clone rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="538"/>
        <source>Delete selected rules</source>
        <translation>删除所选规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="543"/>
        <source>Clear downloaded episodes...</source>
        <translation>清空已下载剧集...</translation>
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
        <translation>重命名规则</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="590"/>
        <source>Please type the new rule name</source>
        <translation>请输入新的规则名称</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="618"/>
        <source>Clear downloaded episodes</source>
        <translation>清空已下载剧集</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="619"/>
        <source>Are you sure you want to clear the list of downloaded episodes for the selected rule?</source>
        <translation>您确定要清空所选规则下的已下载剧集列表吗？</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="733"/>
        <source>Regex mode: use Perl-compatible regular expressions</source>
        <translation>正则模式：使用兼容 Perl 的正则表达式</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="783"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="830"/>
        <source>Position %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="737"/>
        <source>Wildcard mode: you can use</source>
        <translation>通配符模式：您可以使用——</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="490"/>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="508"/>
        <source>Import error</source>
        <translation>导入错误</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="491"/>
        <source>Failed to read the file. %1</source>
        <translation>未能读取文件：%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="738"/>
        <source>? to match any single character</source>
        <translation>? —— 匹配任意单个字符</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="739"/>
        <source>* to match zero or more of any characters</source>
        <translation>* —— 匹配 0 个或多个任意字符</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="740"/>
        <source>Whitespaces count as AND operators (all words, any order)</source>
        <translation>空格 —— &quot;与&quot; 运算符 (所有关键词，任意顺序)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="741"/>
        <source>| is used as OR operator</source>
        <translation>| —— &quot;或&quot; 运算符</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="742"/>
        <source>If word order is important use * instead of whitespace.</source>
        <translation>如果要区分关键词顺序，请使用 * 替代空格。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="749"/>
        <source>An expression with an empty %1 clause (e.g. %2)</source>
        <comment>We talk about regex/wildcards in the RSS filters section here. So a valid sentence would be: An expression with an empty | clause (e.g. expr|)</comment>
        <translation>将 %1 符号的一侧留空的表达式 (例如 %2)</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="753"/>
        <source> will match all articles.</source>
        <translation> 将匹配所有文章。</translation>
    </message>
    <message>
        <location filename="../gui/rss/automatedrssdownloader.cpp" line="754"/>
        <source> will exclude all articles.</source>
        <translation> 将排除所有文章。</translation>
    </message>
</context>
<context>
    <name>BanListOptionsDialog</name>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="14"/>
        <source>List of banned IP addresses</source>
        <translation>封禁 IP 地址列表</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="80"/>
        <source>Ban IP</source>
        <translation>封禁 IP</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.ui" line="87"/>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation type="vanished">输入的 IP 地址无效。</translation>
    </message>
    <message>
        <location filename="../gui/banlistoptionsdialog.cpp" line="110"/>
        <source>The entered IP is already banned.</source>
        <translation>输入的 IP 地址已在封禁列表。</translation>
    </message>
</context>
<context>
    <name>BitTorrent::BencodeResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="119"/>
        <source>Cannot create torrent resume folder: &quot;%1&quot;</source>
        <translation>无法建立 Torrent 恢复文件夹：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="240"/>
        <source>Cannot parse resume data: invalid format</source>
        <translation>无法解析恢复数据：无效格式</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="318"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="330"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="339"/>
        <source>Cannot parse torrent info: %1</source>
        <translation>无法解析 Torrent 信息：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="321"/>
        <source>Cannot parse torrent info: invalid format</source>
        <translation>无法解析 Torrent 信息：无效格式</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="351"/>
        <source>Mismatching info-hash detected in resume data</source>
        <translation>在继续数据中检测到不匹配的 info-hash</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="358"/>
        <source>Corrupted resume data: %1</source>
        <translation>恢复数据受损：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="358"/>
        <source>save_path is invalid</source>
        <translation>保存路径无效</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="449"/>
        <source>Couldn&apos;t save torrent metadata to &apos;%1&apos;. Error: %2.</source>
        <translation>无法将 Torrent 元数据保存到 “%1”。错误：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="487"/>
        <source>Couldn&apos;t save torrent resume data to &apos;%1&apos;. Error: %2.</source>
        <translation>无法将 Torrent 恢复数据保存到 “%1”。错误：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="194"/>
        <source>Couldn&apos;t load torrents queue: %1</source>
        <translation>无法加载 Torrent 队列：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="237"/>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="311"/>
        <source>Cannot parse resume data: %1</source>
        <translation>无法解析恢复数据：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="372"/>
        <source>Resume data is invalid: neither metadata nor info-hash was found</source>
        <translation>恢复数据无效：没有找到元数据和信息哈希</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/bencoderesumedatastorage.cpp" line="512"/>
        <source>Couldn&apos;t save data to &apos;%1&apos;. Error: %2</source>
        <translation>无法将数据保存到 “%1”。错误：%2</translation>
    </message>
</context>
<context>
    <name>BitTorrent::DBResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="325"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="329"/>
        <source>Couldn&apos;t load resume data of torrent &apos;%1&apos;. Error: %2</source>
        <translation>无法加载 Torrent “%1”的恢复数据。错误：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="413"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="418"/>
        <source>Database is corrupted.</source>
        <translation>数据库损坏。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="431"/>
        <source>Couldn&apos;t enable Write-Ahead Logging (WAL) journaling mode. Error: %1.</source>
        <translation>无法启用预写式日志（WAL）记录模式。错误：%1。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="624"/>
        <source>Couldn&apos;t obtain query result.</source>
        <translation>无法获取查询结果。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="628"/>
        <source>WAL mode is probably unsupported due to filesystem limitations.</source>
        <translation>由于文件系统限制，WAL 模式可能不受支持。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="682"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="688"/>
        <source>Cannot parse resume data: %1</source>
        <translation>无法解析恢复数据：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="696"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="705"/>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="714"/>
        <source>Cannot parse torrent info: %1</source>
        <translation>无法解析 Torrent 信息：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="721"/>
        <source>Corrupted resume data: %1</source>
        <translation>恢复数据受损：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="721"/>
        <source>save_path is invalid</source>
        <translation>保存路径无效</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="778"/>
        <source>Couldn&apos;t begin transaction. Error: %1</source>
        <translation>无法开始处理。错误：%1</translation>
    </message>
</context>
<context>
    <name>BitTorrent::ResumeDataStorage</name>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="909"/>
        <source>Couldn&apos;t save torrent metadata. Error: %1.</source>
        <translation>无法保存 Torrent 元数据。 错误：%1。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="966"/>
        <source>Couldn&apos;t store resume data for torrent &apos;%1&apos;. Error: %2</source>
        <translation>无法存储 Torrent “%1” 的恢复数据。错误：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="994"/>
        <source>Couldn&apos;t delete resume data of torrent &apos;%1&apos;. Error: %2</source>
        <translation>无法删除 Torrent “%1” 的恢复数据。错误：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/dbresumedatastorage.cpp" line="1028"/>
        <source>Couldn&apos;t store torrents queue positions. Error: %1</source>
        <translation>无法存储 Torrent 的队列位置。错误：%1</translation>
    </message>
</context>
<context>
    <name>BitTorrent::SessionImpl</name>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="789"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1753"/>
        <source>Distributed Hash Table (DHT) support: %1</source>
        <translation>分布式哈希表（DHT）支持：%1</translation>
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
        <translation>开</translation>
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
        <translation>关</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="804"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1754"/>
        <source>Local Peer Discovery support: %1</source>
        <translation>本地 Peer 发现支持：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="818"/>
        <source>Restart is required to toggle Peer Exchange (PeX) support</source>
        <translation>开/关 Peer 交换（PeX）功能必须重新启动程序</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1465"/>
        <source>Failed to resume torrent. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>未能继续下载 Torrent。Torrent：“%1”。原因：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1516"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1523"/>
        <source>Failed to resume torrent: inconsistent torrent ID is detected. Torrent: &quot;%1&quot;</source>
        <translation>未能继续下载 Torrent：检测到不一致的 Torrent ID。Torrent：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1557"/>
        <source>Detected inconsistent data: category is missing from the configuration file. Category will be recovered but its settings will be reset to default. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>检测到不一致的数据：配置文件缺少分类。分类将被恢复但其设置将被重置到默认值。Torrent：“%1”。分类：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1564"/>
        <source>Detected inconsistent data: invalid category. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>检测到不一致的数据：无效分类。Torrent：“%1”。分类：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1579"/>
        <source>Detected mismatch between the save paths of the recovered category and the current save path of the torrent. Torrent is now switched to Manual mode. Torrent: &quot;%1&quot;. Category: &quot;%2&quot;</source>
        <translation>检测到已恢复分类的路径和 Torrent 当前保存路径不一致。Torrent 现在切换到手动模式。Torrent：“%1”。分类：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1593"/>
        <source>Detected inconsistent data: tag is missing from the configuration file. Tag will be recovered. Torrent: &quot;%1&quot;. Tag: &quot;%2&quot;</source>
        <translation>检测到不一致的数据：配置文件缺少标签。标签将被恢复。Torrent：“%1”。标签：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1599"/>
        <source>Detected inconsistent data: invalid tag. Torrent: &quot;%1&quot;. Tag: &quot;%2&quot;</source>
        <translation>检测到不一致的数据：无效标签。Torrent：“%1”。标签：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1677"/>
        <source>System wake-up event detected. Re-announcing to all the trackers...</source>
        <translation>检测到系统唤醒事件。正重新向所有 Tracker 广播...</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1751"/>
        <source>Peer ID: &quot;%1&quot;</source>
        <translation>Peer ID：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1752"/>
        <source>HTTP User-Agent: &quot;%1&quot;</source>
        <translation>HTTP User-Agent：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1755"/>
        <source>Peer Exchange (PeX) support: %1</source>
        <translation>Peer 交换（PeX）支持：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1756"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4747"/>
        <source>Anonymous mode: %1</source>
        <translation>匿名模式：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3807"/>
        <source>Encryption support: %1</source>
        <translation>加密支持：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3808"/>
        <source>FORCED</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2216"/>
        <source>Could not find GUID of network interface. Interface: &quot;%1&quot;</source>
        <translation>找不到网络接口的 GUID。接口：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2233"/>
        <source>Trying to listen on the following list of IP addresses: &quot;%1&quot;</source>
        <translation>尝试侦听下列 IP 地址列表：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2380"/>
        <source>Torrent reached the share ratio limit.</source>
        <translation>Torrent 到达了分享率上限。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2398"/>
        <source>Torrent reached the share limit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2419"/>
        <source>Torrent: &quot;%1&quot;.</source>
        <translation>Torrent：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2439"/>
        <source>Super seeding enabled.</source>
        <translation>已开启超级做种。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6661"/>
        <source>Failed to load additional trackers from file. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2386"/>
        <source>Torrent reached the seeding time limit.</source>
        <translation>Torrent 到达做种时间上限。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2392"/>
        <source>Torrent reached the inactive seeding time limit.</source>
        <translation>Torrent 到达了不活跃做种时间上限。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1616"/>
        <source>Failed to load torrent. Reason: &quot;%1&quot;</source>
        <translation>加载 Torrent 失败，原因：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6380"/>
        <source>I2P error. Message: &quot;%1&quot;.</source>
        <translation>I2P 错误。消息：“%1”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3046"/>
        <source>UPnP/NAT-PMP support: ON</source>
        <translation>UPnP/NAT-PMP 支持：开</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="747"/>
        <source>Saving resume data completed.</source>
        <translation>已完成恢复数据保存。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="758"/>
        <source>BitTorrent session successfully finished.</source>
        <translation>BitTorrent 会话成功完成了。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="760"/>
        <source>Session shutdown timed out.</source>
        <translation>会话关闭超时。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2423"/>
        <source>Removing torrent.</source>
        <translation>删除 torrent。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2428"/>
        <source>Removing torrent and deleting its content.</source>
        <translation>删除 torrent 及其内容。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2434"/>
        <source>Torrent stopped.</source>
        <translation>Torrent 已停止。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2448"/>
        <source>Torrent content removed. Torrent: &quot;%1&quot;</source>
        <translation>已删除 Torrent 内容。Torrent：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2452"/>
        <source>Failed to remove torrent content. Torrent: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>删除 torrent 内容失败。Torrent：&quot;%1&quot;。 错误：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2564"/>
        <source>Torrent removed. Torrent: &quot;%1&quot;</source>
        <translation>已删除 Torrent。Torrent：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2756"/>
        <source>Merging of trackers is disabled</source>
        <translation>合并 Tracker 已禁用</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2766"/>
        <source>Trackers cannot be merged because it is a private torrent</source>
        <translation>无法合并 Tracker，因为这是一个私有 Torrent</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2777"/>
        <source>Trackers are merged from new source</source>
        <translation>来自新来源的 Tracker 已经合并</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2985"/>
        <source>Failed to add torrent. Reason: &quot;%1&quot;</source>
        <translation>无法添加 Torrent。原因：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3065"/>
        <source>UPnP/NAT-PMP support: OFF</source>
        <translation>UPnP/NAT-PMP 支持：关</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3172"/>
        <source>Failed to download torrent metadata. Reason: &quot;%1&quot;</source>
        <translation>无法下载 Torrent 元数据。原因：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3217"/>
        <source>Failed to export torrent. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>导出 Torrent 失败。Torrent：“%1”。保存位置：“%2”。原因：“%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3260"/>
        <source>Aborted saving resume data. Number of outstanding torrents: %1</source>
        <translation>终止了保存恢复数据。未完成 Torrent 数目：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3396"/>
        <source>The configured network address is invalid. Address: &quot;%1&quot;</source>
        <translation>配置的网络地址无效。地址：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3437"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3471"/>
        <source>Failed to find the configured network address to listen on. Address: &quot;%1&quot;</source>
        <translation>未能找到配置的要侦听的网络地址。地址：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3450"/>
        <source>The configured network interface is invalid. Interface: &quot;%1&quot;</source>
        <translation>配置的网络接口无效。接口：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4073"/>
        <source>Tracker list updated</source>
        <translation>Tracker 列表已更新</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4077"/>
        <source>Failed to update tracker list. Reason: &quot;%1&quot;</source>
        <translation>更新Tracker列表失败。原因：“%1”</translation>
    </message>
    <message>
        <source>Rejected invalid IP address while applying the list of banned IP addresses. IP: &quot;%1&quot;</source>
        <translation type="vanished">应用被禁止的 IP 地址列表时拒绝了无效的 IP 地址。IP：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5301"/>
        <source>Added tracker to torrent. Torrent: &quot;%1&quot;. Tracker: &quot;%2&quot;</source>
        <translation>已添加 Tracker 到 Torrent。Torrent：“%1”。Tracker：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5308"/>
        <source>Removed tracker from torrent. Torrent: &quot;%1&quot;. Tracker: &quot;%2&quot;</source>
        <translation>从 Torrent 删除了 Tracker。Torrent：“%1”。Tracker：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5320"/>
        <source>Added URL seed to torrent. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</source>
        <translation>已添加 URL 种子到 Torrent。Torrent：“%1”。URL：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5326"/>
        <source>Removed URL seed from torrent. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;</source>
        <translation>从 Torrent 中删除了 URL 种子。Torrent：“%1”。URL：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6501"/>
        <source>Generate resume data failed. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>生成恢复数据失败。Torrent：“%1”。原因：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6513"/>
        <source>Failed to restore torrent. Files were probably moved or storage isn&apos;t accessible. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;</source>
        <translation>恢复 Torrent 失败。文件可能被移动或存储不可访问。Torrent：“%1”。原因：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6540"/>
        <source>File rename failed. Torrent: &quot;%1&quot;, file: &quot;%2&quot;, reason: &quot;%3&quot;</source>
        <translation>文件重命名错误。Torrent：“%1”，文件：“%2”，错误：“%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6553"/>
        <source>Performance alert: %1. More info: %2</source>
        <translation>性能警报：%1。更多信息：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6630"/>
        <source>Failed to remove partfile. Torrent: &quot;%1&quot;. Reason: &quot;%2&quot;.</source>
        <translation>删除 partfile 失败。Torrent：&quot;%1&quot;。理由：&quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5355"/>
        <source>Torrent resumed. Torrent: &quot;%1&quot;</source>
        <translation>Torrent 已恢复。Torrent：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5517"/>
        <source>Torrent download finished. Torrent: &quot;%1&quot;</source>
        <translation>Torrent 下载完成。Torrent：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5420"/>
        <source>Torrent move canceled. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;</source>
        <translation>取消了 Torrent 移动。Torrent：“%1”。 源位置：“%2”。目标位置：“%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2757"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2767"/>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="2778"/>
        <source>Detected an attempt to add a duplicate torrent. Existing torrent: &quot;%1&quot;. Torrent infohash: %2. Result: %3</source>
        <translation>检测到尝试添加重复的种子。现有种子：&quot;%1&quot;。种子 infohash 值：%2。结果：%3</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5349"/>
        <source>Torrent stopped. Torrent: &quot;%1&quot;</source>
        <translation>Torrent 已停止。Torrent：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5431"/>
        <source>Failed to enqueue torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;. Reason: torrent is currently moving to the destination</source>
        <translation>未能将 Torrent 移动加入队列。Torrent：“%1”。源位置：“%2”。目标位置：“%3”。原因：正在将 Torrent 移动到目标位置</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5440"/>
        <source>Failed to enqueue torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot; Destination: &quot;%3&quot;. Reason: both paths point to the same location</source>
        <translation>未能将 Torrent 移动加入队列。Torrent：“%1”。源位置：“%2”。目标位置：“%3”。原因：两个路径指向同一个位置</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5448"/>
        <source>Enqueued torrent move. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;</source>
        <translation>已将 Torrent 移动加入队列。Torrent：“%1”。源位置：“%2”。目标位置：“%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5475"/>
        <source>Start moving torrent. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;</source>
        <translation>开始移动 Torrent。Torrent：“%1”。目标位置：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5551"/>
        <source>Failed to save Categories configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>保存分类配置失败。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5598"/>
        <source>Failed to parse Categories configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>解析分类配置失败。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5703"/>
        <source>Successfully parsed the IP filter file. Number of rules applied: %1</source>
        <translation>成功解析了 IP 筛选规则文件。已应用规则数量：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5713"/>
        <source>Failed to parse the IP filter file</source>
        <translation>解析 IP 筛选规则文件失败</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="1623"/>
        <source>Restored torrent. Torrent: &quot;%1&quot;</source>
        <translation>已还原 Torrent。Torrent：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="3002"/>
        <source>Added new torrent. Torrent: &quot;%1&quot;</source>
        <translation>添加了新 Torrent。Torrent：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="4208"/>
        <source>Rejected invalid IP address range while applying the list of banned IP addresses. IP range: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5938"/>
        <source>Torrent errored. Torrent: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>Torrent 出错了。Torrent：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5990"/>
        <source>Torrent is missing SSL parameters. Torrent: &quot;%1&quot;. Message: &quot;%2&quot;</source>
        <translation>Torrent 缺少 SSL 参数。Torrent：&quot;%1&quot;。消息： &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6053"/>
        <source>File error alert. Torrent: &quot;%1&quot;. File: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>文件错误警报。Torrent：“%1”。文件：“%2”。原因：“%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6064"/>
        <source>UPnP/NAT-PMP port mapping failed. Message: &quot;%1&quot;</source>
        <translation>UPnP/NAT-PMP 端口映射失败。消息：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6070"/>
        <source>UPnP/NAT-PMP port mapping succeeded. Message: &quot;%1&quot;</source>
        <translation>UPnP/NAT-PMP 端口映射成功。消息：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6088"/>
        <source>IP filter</source>
        <comment>this peer was blocked. Reason: IP filter.</comment>
        <translation>IP 筛选规则</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6091"/>
        <source>filtered port (%1)</source>
        <comment>this peer was blocked. Reason: filtered port (8899).</comment>
        <translation>已筛选端口 (%1)</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6097"/>
        <source>privileged port (%1)</source>
        <comment>this peer was blocked. Reason: privileged port (80).</comment>
        <translation>特权端口（%1）</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6136"/>
        <source>URL seed connection failed. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>URL 种子连接失败。Torrent：&quot;%1&quot;。URL：&quot;%2&quot;。错误：&quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6187"/>
        <source>BitTorrent session encountered a serious error. Reason: &quot;%1&quot;</source>
        <translation>BitTorrent 会话遇到严重错误。原因：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6370"/>
        <source>SOCKS5 proxy error. Address: %1. Message: &quot;%2&quot;.</source>
        <translation>SOCKS5 代理错误。地址：%1。消息：“%2”。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6094"/>
        <source>%1 mixed mode restrictions</source>
        <comment>this peer was blocked. Reason: I2P mixed mode restrictions.</comment>
        <translation>%1 混合模式限制</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5590"/>
        <source>Failed to load Categories. %1</source>
        <translation>未能加载类别：%1</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="5605"/>
        <source>Failed to load Categories configuration. File: &quot;%1&quot;. Error: &quot;Invalid data format&quot;</source>
        <translation>未能加载分类配置。文件：“%1”。错误：“无效数据格式”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6100"/>
        <source>%1 is disabled</source>
        <comment>this peer was blocked. Reason: uTP is disabled.</comment>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6103"/>
        <source>%1 is disabled</source>
        <comment>this peer was blocked. Reason: TCP is disabled.</comment>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6142"/>
        <source>Received error message from URL seed. Torrent: &quot;%1&quot;. URL: &quot;%2&quot;. Message: &quot;%3&quot;</source>
        <translation>收到了来自 URL 种子的错误信息。Torrent：“%1”。URL：“%2”。消息：“%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6151"/>
        <source>Successfully listening on IP. IP: &quot;%1&quot;. Port: &quot;%2/%3&quot;</source>
        <translation>成功监听 IP。IP：“%1”。端口：“%2/%3”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6158"/>
        <source>Failed to listen on IP. IP: &quot;%1&quot;. Port: &quot;%2/%3&quot;. Reason: &quot;%4&quot;</source>
        <translation>监听 IP 失败。IP：“%1”。端口：“%2/%3”。原因：“%4”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6166"/>
        <source>Detected external IP. IP: &quot;%1&quot;</source>
        <translation>检测到外部 IP。IP：“%1”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6297"/>
        <source>Error: Internal alert queue is full and alerts are dropped, you might see degraded performance. Dropped alert type: &quot;%1&quot;. Message: &quot;%2&quot;</source>
        <translation>错误：内部警报队列已满，警报被丢弃。您可能注意到性能下降。被丢弃的警报类型：“%1”。消息：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6313"/>
        <source>Moved torrent successfully. Torrent: &quot;%1&quot;. Destination: &quot;%2&quot;</source>
        <translation>成功移动了 Torrent。Torrent：“%1”。目标位置：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/sessionimpl.cpp" line="6330"/>
        <source>Failed to move torrent. Torrent: &quot;%1&quot;. Source: &quot;%2&quot;. Destination: &quot;%3&quot;. Reason: &quot;%4&quot;</source>
        <translation>移动 Torrent 失败。Torrent：“%1”。源位置：“%2”。目标位置：“%3”。原因：“%4”</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentCreationTask</name>
    <message>
        <location filename="../base/bittorrent/torrentcreationtask.cpp" line="76"/>
        <source>Failed to start seeding.</source>
        <translation>启动做种失败</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentCreator</name>
    <message>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="94"/>
        <source>Operation aborted</source>
        <translation>操作中止</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="276"/>
        <location filename="../base/bittorrent/torrentcreator.cpp" line="280"/>
        <source>Create new torrent file failed. Reason: %1.</source>
        <translation>创建新的 Torrent 文件失败。原因：%1。</translation>
    </message>
</context>
<context>
    <name>BitTorrent::TorrentImpl</name>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="858"/>
        <source>Failed to add peer &quot;%1&quot; to torrent &quot;%2&quot;. Reason: %3</source>
        <translation>无法将用户 “%1” 添加到 Torrent “%2”。原因：%3</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="863"/>
        <source>Peer &quot;%1&quot; is added to torrent &quot;%2&quot;</source>
        <translation>用户 “%1” 已被添加到 Torrent “%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="933"/>
        <source>Unexpected data detected. Torrent: %1. Data: total_wanted=%2 total_wanted_done=%3.</source>
        <translation>检测到异常数据。Torrent 文件：%1。数据： total_wanted=%2 total_wanted_done=%3。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1368"/>
        <source>Couldn&apos;t write to file. Reason: &quot;%1&quot;. Torrent is now in &quot;upload only&quot; mode.</source>
        <translation>无法写入文件。原因：“%1”。Torrent 目前处在 “仅上传” 模式。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1745"/>
        <source>Download first and last piece first: %1, torrent: &apos;%2&apos;</source>
        <translation>先下载首尾文件块：%1，Torrent：“%2”</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1746"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1746"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="1951"/>
        <source>Failed to reload torrent. Torrent: %1. Reason: %2</source>
        <translation>重加载 torrent 文件失败。Torrent：%1. 原因：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/torrentimpl.cpp" line="2757"/>
        <source>Missing metadata</source>
        <translation>缺少元数据</translation>
    </message>
</context>
<context>
    <name>BitTorrent::Tracker</name>
    <message>
        <location filename="../base/bittorrent/tracker.cpp" line="217"/>
        <source>Embedded Tracker: Now listening on IP: %1, port: %2</source>
        <translation>内置 tracker：正在监听 IP：%1，端口：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/tracker.cpp" line="222"/>
        <source>Embedded Tracker: Unable to bind to IP: %1, port: %2. Reason: %3</source>
        <translation>内置 tracker：无法绑定至 IP：%1，端口：%2。原因：%3</translation>
    </message>
</context>
<context>
    <name>CMD Options</name>
    <message>
        <location filename="../app/cmdoptions.cpp" line="164"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--webui-port&apos; must follow syntax &apos;--webui-port=value&apos;</comment>
        <translation>参数 “%1” 必须符合语法 “%1=%2”</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="213"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--webui-port&apos; must follow syntax &apos;--webui-port=&lt;value&gt;&apos;</comment>
        <translation>参数 “%1” 必须符合语法 “%1=%2”</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="229"/>
        <source>Expected integer number in environment variable &apos;%1&apos;, but got &apos;%2&apos;</source>
        <translation>预期环境变量 “%1” 是一个整数，而它的值为 “%2”</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="293"/>
        <source>Expected %1 in environment variable &apos;%2&apos;, but got &apos;%3&apos;</source>
        <translation>预期环境变量 “%2” 是 “%1”，而它是 “%3”</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="474"/>
        <location filename="../app/cmdoptions.cpp" line="482"/>
        <source>%1 must specify a valid port (1 to 65535).</source>
        <translation>%1 必须指定一个有效的端口号（1 - 65535）。</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="366"/>
        <source>Usage:</source>
        <translation>使用：</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="367"/>
        <source>[options] [(&lt;filename&gt; | &lt;url&gt;)...]</source>
        <translation>[options] [(&lt;filename&gt; | &lt;url&gt;)...]</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="369"/>
        <source>Options:</source>
        <translation>设定：</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="372"/>
        <source>Display program version and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="370"/>
        <source>Display this help message and exit</source>
        <translation>显示帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="274"/>
        <source>Parameter &apos;%1&apos; must follow syntax &apos;%1=%2&apos;</source>
        <comment>e.g. Parameter &apos;--add-stopped&apos; must follow syntax &apos;--add-stopped=&lt;true|false&gt;&apos;</comment>
        <translation>参数 “%1” 必须符合语法 “%1=%2”</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="374"/>
        <source>Confirm the legal notice</source>
        <translation>确认法律注意事项</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="375"/>
        <location filename="../app/cmdoptions.cpp" line="378"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="376"/>
        <source>Change the WebUI port</source>
        <translation>更改 WebUI 端口</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="379"/>
        <source>Change the torrenting port</source>
        <translation>更改做种端口</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="382"/>
        <source>Disable splash screen</source>
        <translation>禁用启动界面</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="384"/>
        <source>Run in daemon-mode (background)</source>
        <translation>运行在守护进程模式（后台运行）</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="387"/>
        <source>dir</source>
        <extracomment>Use appropriate short form or abbreviation of &quot;directory&quot;</extracomment>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="388"/>
        <source>Store configuration files in &lt;dir&gt;</source>
        <translation>保存配置文件于 &lt;dir&gt;</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="389"/>
        <location filename="../app/cmdoptions.cpp" line="402"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="390"/>
        <source>Store configuration files in directories qBittorrent_&lt;name&gt;</source>
        <translation>保存配置文件于 qBittorrent_&lt;name&gt; 文件夹</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="392"/>
        <source>Hack into libtorrent fastresume files and make file paths relative to the profile directory</source>
        <translation>将修改 libtorrent 的快速恢复文件并使文件路径相对于设置文件夹</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="394"/>
        <source>files or URLs</source>
        <translation>文件或 URL</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="395"/>
        <source>Download the torrents passed by the user</source>
        <translation>下载用户传入的 Torrent</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="398"/>
        <source>Options when adding new torrents:</source>
        <translation>添加新的 Torrent 时的选项：</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="399"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="399"/>
        <source>Torrent save path</source>
        <translation>Torrent 保存路径</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="400"/>
        <source>Add torrents as running or stopped</source>
        <translation>以运行或停止状态添加多个 torrent</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="401"/>
        <source>Skip hash check</source>
        <translation>跳过哈希校验</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="403"/>
        <source>Assign torrents to category. If the category doesn&apos;t exist, it will be created.</source>
        <translation>指定 Torrent 的分类。如果分类不存在，则会创建它。</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="405"/>
        <source>Download files in sequential order</source>
        <translation>按顺序下载文件</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="407"/>
        <source>Download first and last pieces first</source>
        <translation>先下载首尾文件块</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="409"/>
        <source>Specify whether the &quot;Add New Torrent&quot; dialog opens when adding a torrent.</source>
        <translation>指定在添加 Torrent 时是否开启“新建 Torrent”窗口</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="413"/>
        <source>Option values may be supplied via environment variables. For option named &apos;parameter-name&apos;, environment variable name is &apos;QBT_PARAMETER_NAME&apos; (in upper case, &apos;-&apos; replaced with &apos;_&apos;). To pass flag values, set the variable to &apos;1&apos; or &apos;TRUE&apos;. For example, to disable the splash screen: </source>
        <translation>选项的值可以通过环境变量设置。例如选项的名称为 “parameter-name”，那么它的环境变量名为 “QBT_PARAMETER_NAME”（字符大写，使用 “_” 替换 “-”）。若要指定标记的值，将值设置为 “1” 或 “TRUE”。例如，若要禁用启动画面：</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="418"/>
        <source>Command line parameters take precedence over environment variables</source>
        <translation>命令行参数将覆盖环境变量</translation>
    </message>
    <message>
        <location filename="../app/cmdoptions.cpp" line="559"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>CategoryFilterModel</name>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="254"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="432"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfiltermodel.cpp" line="439"/>
        <source>Uncategorized</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>CategoryFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="118"/>
        <source>Add category...</source>
        <translation>添加分类...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="124"/>
        <source>Add subcategory...</source>
        <translation>添加子分类...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="126"/>
        <source>Edit category...</source>
        <translation>编辑分类...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="128"/>
        <source>Remove category</source>
        <translation>移除分类</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="132"/>
        <source>Remove unused categories</source>
        <translation>移除未使用的分类</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="135"/>
        <source>Start torrents</source>
        <translation>启动 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="137"/>
        <source>Stop torrents</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/categoryfilterwidget.cpp" line="139"/>
        <source>Remove torrents</source>
        <translation>移除 Torrent</translation>
    </message>
</context>
<context>
    <name>ClientDataController</name>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="61"/>
        <source>`keys` must be an array</source>
        <translation>`keys` 必须是一个数组</translation>
    </message>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="67"/>
        <source>Items of `keys` must be strings</source>
        <translation>`keys` 的条目必须是字符串</translation>
    </message>
    <message>
        <location filename="../webui/api/clientdatacontroller.cpp" line="83"/>
        <source>`data` must be an object</source>
        <translation>`data` 必须是对象</translation>
    </message>
</context>
<context>
    <name>ClientDataStorage</name>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="53"/>
        <source>Failed to load web client data. %1</source>
        <translation>无法加载 Web 客户端数据。%1</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="61"/>
        <source>Failed to parse web client data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>无法解析 Web 客户端数据。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="68"/>
        <source>Failed to load web client data. File: &quot;%1&quot;. Error: &quot;Invalid data format&quot;</source>
        <translation>无法加载 Web 客户端数据。文件：“%1”。错误：“数据格式无效”</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="113"/>
        <source>Total web client data must not be larger than %1 bytes</source>
        <translation>总的 web 客户端数据不能大于 %1 字节</translation>
    </message>
    <message>
        <location filename="../webui/clientdatastorage.cpp" line="116"/>
        <source>Failed to save web client data. Error: &quot;%1&quot;</source>
        <translation>无法保存 Web 客户端数据。错误：“%1”</translation>
    </message>
</context>
<context>
    <name>ColorWidget</name>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="99"/>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="100"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="129"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>CookiesDialog</name>
    <message>
        <location filename="../gui/cookiesdialog.ui" line="14"/>
        <source>Manage Cookies</source>
        <translation>管理  </translation>
    </message>
</context>
<context>
    <name>CookiesModel</name>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="51"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="53"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="55"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="57"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../gui/cookiesmodel.cpp" line="59"/>
        <source>Expiration Date</source>
        <translation>过期时间</translation>
    </message>
</context>
<context>
    <name>CustomThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="261"/>
        <source>Failed to load custom theme style sheet. %1</source>
        <translation>未能加载自定义主题样式表：%1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="285"/>
        <source>Failed to load custom theme colors. %1</source>
        <translation>未能加载自定义主题颜色：%1</translation>
    </message>
</context>
<context>
    <name>DefaultThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="178"/>
        <source>Failed to load default theme colors. %1</source>
        <translation>未能加载默认主题颜色：%1</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmationDialog</name>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="20"/>
        <source>Remove torrent(s)</source>
        <translation>移除 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="67"/>
        <source>Remember choice</source>
        <translation>记住选择</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.ui" line="91"/>
        <source>Also remove the content files</source>
        <translation>同时删除已下载的文件</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="48"/>
        <source>Are you sure you want to remove &apos;%1&apos; from the transfer list?</source>
        <comment>Are you sure you want to remove &apos;ubuntu-linux-iso&apos; from the transfer list?</comment>
        <translation>您确定要从传输列表中删除 “%1” 吗？</translation>
    </message>
    <message>
        <location filename="../gui/deletionconfirmationdialog.cpp" line="50"/>
        <source>Are you sure you want to remove these %1 torrents from the transfer list?</source>
        <comment>Are you sure you want to remove these 5 torrents from the transfer list?</comment>
        <translation>您确定要从传输列表中删除这 %1 个 Torrent 吗？</translation>
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
        <translation type="unfinished">删除 torrent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">删除</translation>
    </message>
</context>
<context>
    <name>DownloadFromURLDialog</name>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="14"/>
        <source>Download from URLs</source>
        <translation>从 URL 下载</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="25"/>
        <source>Add torrent links</source>
        <translation>添加 torrent 链接</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.ui" line="47"/>
        <source>One link per line (HTTP links, Magnet links and info-hashes are supported)</source>
        <translation>每行一个链接（支持 HTTP 链接，磁力链接和哈希值）</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="68"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="136"/>
        <source>No URL entered</source>
        <translation>没有输入 URL</translation>
    </message>
    <message>
        <location filename="../gui/downloadfromurldialog.cpp" line="136"/>
        <source>Please type at least one URL.</source>
        <translation>请输入至少一个 URL。</translation>
    </message>
</context>
<context>
    <name>DownloadedPiecesBar</name>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="200"/>
        <source>Missing pieces</source>
        <translation>缺失的文件块</translation>
    </message>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="201"/>
        <source>Partial pieces</source>
        <translation>未完成的文件块</translation>
    </message>
    <message>
        <location filename="../gui/properties/downloadedpiecesbar.cpp" line="202"/>
        <source>Completed pieces</source>
        <translation>已完成的文件块</translation>
    </message>
</context>
<context>
    <name>ExecutionLogWidget</name>
    <message>
        <location filename="../gui/executionlogwidget.ui" line="36"/>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.ui" line="42"/>
        <source>Blocked IPs</source>
        <translation>被封禁的 IP</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.cpp" line="95"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../gui/executionlogwidget.cpp" line="99"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>FeedListWidget</name>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="111"/>
        <source>RSS feeds</source>
        <translation>RSS 订阅列表</translation>
    </message>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="124"/>
        <source>All</source>
        <translation type="unfinished">全部</translation>
    </message>
    <message>
        <location filename="../gui/rss/feedlistwidget.cpp" line="131"/>
        <location filename="../gui/rss/feedlistwidget.cpp" line="189"/>
        <source>Unread  (%1)</source>
        <translation>未读 (%1)</translation>
    </message>
</context>
<context>
    <name>FileLogger</name>
    <message>
        <location filename="../app/filelogger.cpp" line="180"/>
        <source>An error occurred while trying to open the log file. Logging to file is disabled. File: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>尝试打开日志文件时出错。将内容记录到文件中被禁用。文件：&quot;%1&quot;。错误：&quot;%2&quot;。</translation>
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
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="63"/>
        <source>Choose a file</source>
        <comment>Caption for file open/save dialog</comment>
        <translation>选择一个文件</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="65"/>
        <source>Choose a folder</source>
        <comment>Caption for directory open dialog</comment>
        <translation>选择一个文件夹</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit.cpp" line="97"/>
        <source>Any file</source>
        <translation>任何文件</translation>
    </message>
</context>
<context>
    <name>FilterParserThread</name>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="132"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="304"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="485"/>
        <source>I/O Error: Could not open IP filter file in read mode.</source>
        <translation>I/O 错误：无法在读取模式下打开 IP 过滤规则文件。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="227"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="380"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="390"/>
        <source>IP filter line %1 is malformed.</source>
        <translation>IP 过滤规则的第 %1 行格式不正确。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="237"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="400"/>
        <source>IP filter line %1 is malformed. Start IP of the range is malformed.</source>
        <translation>IP 过滤规则的第 %1 行格式不正确。地址段的起始 IP 格式不正确。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="247"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="410"/>
        <source>IP filter line %1 is malformed. End IP of the range is malformed.</source>
        <translation>IP 过滤规则的第 %1 行格式不正确。地址段的结束 IP 格式不正确。</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="256"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="419"/>
        <source>IP filter line %1 is malformed. One IP is IPv4 and the other is IPv6!</source>
        <translation>IP 过滤规则的第 %1 行格式不正确。其中一个 IP 是 IPv4，而另一个是  IPv6！</translation>
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
        <translation>IP 过滤规则在第 %1 行抛出异常。异常信息为：%2</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="290"/>
        <location filename="../base/bittorrent/filterparserthread.cpp" line="444"/>
        <source>%1 extra IP filter parsing errors occurred.</source>
        <comment>513 extra IP filter parsing errors occurred.</comment>
        <translation>%1 额外的 IP 过滤规则解析错误。</translation>
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
        <translation>解析错误：过滤规则文件不是一个有效的 PeerGuardian P2B 文件。</translation>
    </message>
</context>
<context>
    <name>FilterPatternFormatMenu</name>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="36"/>
        <source>Pattern Format</source>
        <translation>模式格式</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="41"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="45"/>
        <source>Wildcards</source>
        <translation>通配符</translation>
    </message>
    <message>
        <location filename="../gui/filterpatternformatmenu.cpp" line="49"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
</context>
<context>
    <name>GUIAddTorrentManager</name>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="113"/>
        <source>Downloading torrent... Source: &quot;%1&quot;</source>
        <translation>正在下载 Torrent... 来源：“%1”</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="207"/>
        <source>Torrent is already present</source>
        <translation>Torrent 已存在</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="213"/>
        <source>Trackers cannot be merged because it is a private torrent.</source>
        <translation>无法合并 Tracker，因为这是一个私有 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/guiaddtorrentmanager.cpp" line="219"/>
        <source>Torrent &apos;%1&apos; is already in the transfer list. Do you want to merge trackers from new source?</source>
        <translation>Torrent “%1” 已经在传输列表中。你想合并来自新来源的 Tracker 吗？</translation>
    </message>
</context>
<context>
    <name>GeoIPDatabase</name>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="92"/>
        <location filename="../base/net/geoipdatabase.cpp" line="126"/>
        <source>Unsupported database file size.</source>
        <translation>不支持数据库文件大小。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="235"/>
        <source>Metadata error: &apos;%1&apos; entry not found.</source>
        <translation>元数据错误：未找到 &apos;%1&apos; 项目。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="236"/>
        <source>Metadata error: &apos;%1&apos; entry has invalid type.</source>
        <translation>元数据错误：&apos;%1&apos; 项目类型无效。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="246"/>
        <source>Unsupported database version: %1.%2</source>
        <translation>不支持的数据库版本：%1.%2</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="254"/>
        <source>Unsupported IP version: %1</source>
        <translation>不支持 IP 版本：%1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="262"/>
        <source>Unsupported record size: %1</source>
        <translation>不支持的记录大小：%1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipdatabase.cpp" line="293"/>
        <source>Database corrupted: no data section found.</source>
        <translation>数据库损坏：未发现数据段。</translation>
    </message>
</context>
<context>
    <name>Http::Connection</name>
    <message>
        <location filename="../base/http/connection.cpp" line="95"/>
        <source>Http request size exceeds limitation, closing socket. Limit: %1, IP: %2</source>
        <translation>HTTP 请求大小超过限制，将关闭套接字。限制：%1，IP：%2</translation>
    </message>
    <message>
        <location filename="../base/http/connection.cpp" line="109"/>
        <source>Bad Http request method, closing socket. IP: %1. Method: &quot;%2&quot;</source>
        <translation>不正确的 HTTP 请求方式，将关闭套接字。IP：%1。方式：“%2”</translation>
    </message>
    <message>
        <location filename="../base/http/connection.cpp" line="122"/>
        <source>Bad Http request, closing socket. IP: %1</source>
        <translation>Http 请求错误，关闭套接字。IP：%1</translation>
    </message>
</context>
<context>
    <name>IPSubnetWhitelistOptionsDialog</name>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="14"/>
        <source>List of whitelisted IP subnets</source>
        <translation>IP 子网白名单列表</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="53"/>
        <source>Example: 172.17.32.0/24, fdff:ffff:c8::/40</source>
        <translation>示例：172.17.32.0/24，fdff:ffff:c8::/40</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="64"/>
        <source>Add subnet</source>
        <translation>添加子网</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.ui" line="71"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.cpp" line="98"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../gui/ipsubnetwhitelistoptionsdialog.cpp" line="98"/>
        <source>The entered subnet is invalid.</source>
        <translation>输入的子网无效。</translation>
    </message>
</context>
<context>
    <name>IconWidget</name>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="181"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="182"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="209"/>
        <source>Select icon</source>
        <translation>选择图标</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="210"/>
        <source>Supported image files</source>
        <translation>支持的图片文件</translation>
    </message>
</context>
<context>
    <name>InhibitorDBus</name>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="70"/>
        <source>Power management found suitable D-Bus interface. Interface: %1</source>
        <translation>电源管理发现了合适的 D-Bus 界面。界面：%1</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="75"/>
        <source>Power management error. Did not find a suitable D-Bus interface.</source>
        <translation>电源管理错误、未找到合适的 D-Bus 接口。</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="163"/>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="182"/>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="200"/>
        <source>Power management error. Action: %1. Error: %2</source>
        <translation>电源管理错误。操作：%1。错误：%2</translation>
    </message>
    <message>
        <location filename="../gui/powermanagement/inhibitordbus.cpp" line="220"/>
        <source>Power management unexpected error. State: %1. Error: %2</source>
        <translation>电源管理异常错误。状态：%1.。错误：%2</translation>
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
        <translation>法律声明</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="51"/>
        <source>qBittorrent is a file sharing program. When you run a torrent, its data will be made available to others by means of upload. Any content you share is your sole responsibility.</source>
        <translation>qBittorrent 是一个文件共享程序。当您运行一个 Torrent 文件时，它的数据会被上传给其他用户。您需要对共享的任何内容负全部责任。</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="52"/>
        <source>No further notices will be issued.</source>
        <translation>之后不会再提醒。</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="58"/>
        <source>If you have read the legal notice, you can use command line option `--confirm-legal-notice` to suppress this message.</source>
        <translation>如果你已经阅读了法律注意事项，可以使用命令行选项 &apos;--confirm-legal-notice&apos; 来隐藏此消息。</translation>
    </message>
    <message>
        <location filename="../app/legalnotice.cpp" line="67"/>
        <source>Press &apos;Enter&apos; key to continue...</source>
        <translation>按下 &apos;Enter&apos; 键继续...</translation>
    </message>
</context>
<context>
    <name>LogPeerModel</name>
    <message>
        <location filename="../gui/log/logmodel.cpp" line="198"/>
        <source>%1 was blocked. Reason: %2.</source>
        <comment>0.0.0.0 was blocked. Reason: reason for blocking.</comment>
        <translation>%1 被阻止，原因：%2。</translation>
    </message>
    <message>
        <location filename="../gui/log/logmodel.cpp" line="199"/>
        <source>%1 was banned</source>
        <comment>0.0.0.0 was banned</comment>
        <translation>%1 被禁止</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="226"/>
        <source>%1 is an unknown command line parameter.</source>
        <comment>--random-parameter is an unknown command line parameter.</comment>
        <translation>%1 是未知的命令行参数。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>Run application with -h option to read about command line parameters.</source>
        <translation>启动程序时加入 -h 参数以参看相关命令行信息。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Bad command line</source>
        <translation>错误的命令</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>Bad command line: </source>
        <translation>错误的命令：</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>An unrecoverable error occurred.</source>
        <translation>发生不可恢复的错误。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="124"/>
        <location filename="../app/main.cpp" line="128"/>
        <source>qBittorrent has encountered an unrecoverable error.</source>
        <translation>qBittorrent 遇到无法恢复的错误。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="237"/>
        <source>You cannot use %1: qBittorrent is already running.</source>
        <translation>你不能使用 %1：qBittorrent 已经在运行。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>Another qBittorrent instance is already running.</source>
        <translation>另一个 qBittorrent 实例已经在运行。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="300"/>
        <source>Found unexpected qBittorrent instance. Exiting this instance. Current process ID: %1.</source>
        <translation>发现了未预期的 qBittorrent 实例。正在退出此实例。当前进程 ID: %1.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="309"/>
        <source>Error when daemonizing. Reason: &quot;%1&quot;. Error code: %2.</source>
        <translation>转变成后台驻留进程时出错。原因： &quot;%1&quot;. 错误代码：%2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.ui" line="43"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="69"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="91"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="59"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="73"/>
        <source>On Downloads &amp;Done</source>
        <translation>下载完成后的操作(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="101"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="185"/>
        <source>&amp;Options...</source>
        <translation>设置(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="215"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="228"/>
        <source>Torrent &amp;Creator</source>
        <translation>生成 Torrent(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="290"/>
        <location filename="../gui/mainwindow.ui" line="293"/>
        <source>Alternative Speed Limits</source>
        <translation>备用速度限制</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="301"/>
        <source>&amp;Top Toolbar</source>
        <translation>顶部工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="304"/>
        <source>Display Top Toolbar</source>
        <translation>显示顶部工具栏</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="312"/>
        <source>Status &amp;Bar</source>
        <translation>状态栏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="320"/>
        <source>Filters Sidebar</source>
        <translation>筛选器侧边栏</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="328"/>
        <source>S&amp;peed in Title Bar</source>
        <translation>在标题栏显示速度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="331"/>
        <source>Show Transfer Speed in Title Bar</source>
        <translation>在标题栏显示传输速度</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="339"/>
        <source>&amp;RSS Reader</source>
        <translation>RSS 阅读器(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="347"/>
        <source>Search &amp;Engine</source>
        <translation>搜索引擎(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="352"/>
        <source>L&amp;ock qBittorrent</source>
        <translation>锁定 qBittorrent(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="363"/>
        <source>Do&amp;nate!</source>
        <translation>捐赠(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="398"/>
        <source>Sh&amp;utdown System</source>
        <translation>关闭系统（&amp;U）</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="406"/>
        <source>&amp;Reboot System</source>
        <translation>重启系统(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="414"/>
        <source>&amp;Do nothing</source>
        <translation>什么都不做(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="490"/>
        <source>Close Window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="442"/>
        <source>Manage Cookies...</source>
        <translation>管理 Cookies...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="445"/>
        <source>Manage stored network cookies</source>
        <translation>管理存储的网络  cookies</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="461"/>
        <source>Normal Messages</source>
        <translation>一般消息</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="469"/>
        <source>Information Messages</source>
        <translation>通知消息</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="477"/>
        <source>Warning Messages</source>
        <translation>警告信息</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="485"/>
        <source>Critical Messages</source>
        <translation>严重信息</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="105"/>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="195"/>
        <source>Sta&amp;rt</source>
        <translation>启动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="200"/>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="205"/>
        <source>R&amp;esume Session</source>
        <translation>恢复会话（&amp;E）</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="210"/>
        <source>Pau&amp;se Session</source>
        <translation>暂停会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="238"/>
        <source>Set Global Speed Limits...</source>
        <translation>设置全局速度限制...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="243"/>
        <source>Bottom of Queue</source>
        <translation>队列底部</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="246"/>
        <source>Move to the bottom of the queue</source>
        <translation>移动到队列底部</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="254"/>
        <source>Top of Queue</source>
        <translation>队列顶部</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="257"/>
        <source>Move to the top of the queue</source>
        <translation>移动到队列顶部</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="265"/>
        <source>Move Down Queue</source>
        <translation>向下移动队列</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="268"/>
        <source>Move down in the queue</source>
        <translation>在队列中向下移动</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="276"/>
        <source>Move Up Queue</source>
        <translation>向上移动队列</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="279"/>
        <source>Move up in the queue</source>
        <translation>在队列中向上移动</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="374"/>
        <source>&amp;Exit qBittorrent</source>
        <translation>退出 qBittorrent(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="382"/>
        <source>&amp;Suspend System</source>
        <translation>系统睡眠(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="390"/>
        <source>&amp;Hibernate System</source>
        <translation>系统休眠(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="429"/>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="434"/>
        <source>Check for Updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="437"/>
        <source>Check for Program Updates</source>
        <translation>检查程序更新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="190"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="172"/>
        <source>&amp;Add Torrent File...</source>
        <translation>添加 Torrent 文件(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="175"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="180"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="223"/>
        <source>Open URL</source>
        <translation>打开 URL</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="233"/>
        <source>&amp;Documentation</source>
        <translation>帮助文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="355"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="419"/>
        <location filename="../gui/mainwindow.ui" line="453"/>
        <location filename="../gui/mainwindow.cpp" line="1516"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1674"/>
        <source>Check for program updates</source>
        <translation>检查程序更新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="220"/>
        <source>Add Torrent &amp;Link...</source>
        <translation>添加 Torrent 链接(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.ui" line="366"/>
        <source>If you like qBittorrent, please donate!</source>
        <translation>如果您喜欢 qBittorrent，请捐款！</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1754"/>
        <location filename="../gui/mainwindow.cpp" line="1756"/>
        <source>Execution Log</source>
        <translation>执行日志</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="682"/>
        <source>Clear the password</source>
        <translation>清除密码</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="209"/>
        <source>&amp;Set Password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="210"/>
        <source>&amp;Clear Password</source>
        <translation>清除密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="265"/>
        <source>Transfers</source>
        <translation>传输</translation>
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
        <translation>qBittorrent 已最小化到任务托盘</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="471"/>
        <location filename="../gui/mainwindow.cpp" line="1194"/>
        <location filename="../gui/mainwindow.cpp" line="1287"/>
        <source>This behavior can be changed in the settings. You won&apos;t be reminded again.</source>
        <translation>该行为可以在设置中改变。你不会再次收到此提醒。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="580"/>
        <source>Icons Only</source>
        <translation>只显示图标</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="581"/>
        <source>Text Only</source>
        <translation>只显示文字</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="582"/>
        <source>Text Alongside Icons</source>
        <translation>在图标旁显示文字</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="583"/>
        <source>Text Under Icons</source>
        <translation>在图标下显示文字</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="584"/>
        <source>Follow System Style</source>
        <translation>跟随系统设置</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="665"/>
        <location filename="../gui/mainwindow.cpp" line="1035"/>
        <source>UI lock password</source>
        <translation>锁定用户界面的密码</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="666"/>
        <location filename="../gui/mainwindow.cpp" line="1036"/>
        <source>Please type the UI lock password:</source>
        <translation>请输入用于锁定用户界面的密码：</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="683"/>
        <source>Are you sure you want to clear the password?</source>
        <translation>您确定要清除密码吗？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="742"/>
        <source>Use regular expressions</source>
        <translation>使用正则表达式</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="765"/>
        <location filename="../gui/mainwindow.cpp" line="767"/>
        <source>Search Engine</source>
        <translation>搜索引擎</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="765"/>
        <source>Search has failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="767"/>
        <source>Search has finished</source>
        <translation>搜索已完成</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="774"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="799"/>
        <source>Transfers (%1)</source>
        <translation>传输 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1058"/>
        <source>qBittorrent was just updated and needs to be restarted for the changes to be effective.</source>
        <translation>qBittorrent 刚刚被更新，需要重启以使更改生效。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1194"/>
        <source>qBittorrent is closed to tray</source>
        <translation>qBittorrent 已关闭到任务托盘</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1214"/>
        <source>Some files are currently transferring.</source>
        <translation>一些文件正在传输中。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1214"/>
        <source>Are you sure you want to quit qBittorrent?</source>
        <translation>您确定要退出 qBittorrent 吗？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1216"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1217"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1218"/>
        <source>&amp;Always Yes</source>
        <translation>总是(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1347"/>
        <source>Options saved.</source>
        <translation>已保存选项</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1865"/>
        <source>[PAUSED] %1</source>
        <comment>%1 is the rest of the window title</comment>
        <translation>[已暂停] %1</translation>
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
        <translation>无法下载 Python 安装程序。错误：%1。
请手动安装。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1992"/>
        <source>Rename Python installer failed. Source: &quot;%1&quot;. Destination: &quot;%2&quot;.</source>
        <translation>无法重命名 Python 安装程序。源：“%1”。目标：“%2”。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2009"/>
        <source>Python installation success.</source>
        <translation>Python 安装成功。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2024"/>
        <source>Exit code: %1.</source>
        <translation>退出码：%1。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2025"/>
        <source>Reason: installer crashed.</source>
        <translation>原因：安装程序崩溃。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2026"/>
        <source>Python installation failed.</source>
        <translation>Python 安装失败。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="2029"/>
        <source>Launching Python installer. File: &quot;%1&quot;.</source>
        <translation>启动 Python 安装程序。文件：“%1”。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1616"/>
        <location filename="../gui/mainwindow.cpp" line="1622"/>
        <source>Missing Python Runtime</source>
        <translation>缺少 Python 运行环境</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1689"/>
        <source>qBittorrent Update Available</source>
        <translation>qBittorrent 有可用更新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1617"/>
        <source>Python is required to use the search engine but it does not seem to be installed.
Do you want to install it now?</source>
        <translation>使用搜索引擎需要 Python，但是它似乎未被安装。
你想现在安装吗？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1623"/>
        <source>Python is required to use the search engine but it does not seem to be installed.</source>
        <translation>使用搜索引擎需要 Python，但是它似乎未被安装。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1635"/>
        <location filename="../gui/mainwindow.cpp" line="1642"/>
        <source>Old Python Runtime</source>
        <translation>Python 运行环境过旧</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1686"/>
        <source>A new version is available.</source>
        <translation>新版本可用。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1687"/>
        <source>Do you want to download %1?</source>
        <translation>您想要下载版本 %1 吗？</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1688"/>
        <source>Open changelog...</source>
        <translation>打开更新日志...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1710"/>
        <source>No updates available.
You are already using the latest version.</source>
        <translation>没有可用更新。
您正在使用的已是最新版本。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1673"/>
        <source>&amp;Check for Updates</source>
        <translation>检查更新(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1636"/>
        <source>Your Python version (%1) is outdated. Minimum requirement: %2.
Do you want to install a newer version now?</source>
        <translation>您的 Python 版本（%1）已过时。最低要求：%2。
您想现在安装较新的版本吗?</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1643"/>
        <source>Your Python version (%1) is outdated. Please upgrade to latest version for search engines to work.
Minimum requirement: %2.</source>
        <translation>您的 Python 版本（%1）已过时，请更新其至最新版本以继续使用搜索引擎。
最低要求：%2。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1895"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1906"/>
        <source>Checking for Updates...</source>
        <translation>正在检查更新...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1907"/>
        <source>Already checking for program updates in the background</source>
        <translation>已经在后台检查程序更新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1923"/>
        <source>Python installation in progress...</source>
        <translation>Python 安装进行中…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1942"/>
        <source>Failed to open Python installer. File: &quot;%1&quot;.</source>
        <translation>打开 Python 安装程序失败。文件：“%1”。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1950"/>
        <source>Failed MD5 hash check for Python installer. File: &quot;%1&quot;. Result hash: &quot;%2&quot;. Expected hash: &quot;%3&quot;.</source>
        <translation>Python 安装程序的 MD5 哈希检查失败。文件：“%1”。哈希结果：“%2”。期望哈希值：“%3”。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1962"/>
        <source>Failed SHA3-512 hash check for Python installer. File: &quot;%1&quot;. Result hash: &quot;%2&quot;. Expected hash: &quot;%3&quot;.</source>
        <translation>Python 安装程序的 SHA3-512 哈希检查失败。文件：“%1”。哈希结果：“%2”。期望哈希值：“%3”。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1983"/>
        <source>Download error</source>
        <translation>下载出错</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="672"/>
        <location filename="../gui/mainwindow.cpp" line="1044"/>
        <source>Invalid password</source>
        <translation>无效密码</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="230"/>
        <source>Filter torrents...</source>
        <translation>筛选种子...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="235"/>
        <source>Filter by:</source>
        <translation>筛选为：</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="672"/>
        <source>The password must be at least 3 characters long</source>
        <translation>密码长度至少为 3 个字符</translation>
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
        <translation>该密码无效</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1889"/>
        <source>DL speed: %1</source>
        <comment>e.g: Download speed: 10 KiB/s</comment>
        <translation>下载速度：%1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1890"/>
        <source>UP speed: %1</source>
        <comment>e.g: Upload speed: 10 KiB/s</comment>
        <translation>上传速度：%1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1516"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1212"/>
        <source>Exiting qBittorrent</source>
        <translation>正在退出 qBittorrent</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1320"/>
        <source>Open Torrent Files</source>
        <translation>打开 Torrent 文件</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="1321"/>
        <source>Torrent Files</source>
        <translation>Torrent 文件</translation>
    </message>
</context>
<context>
    <name>Net::DNSUpdater</name>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="187"/>
        <source>Your dynamic DNS was successfully updated.</source>
        <translation>您的动态 DNS 已成功更新。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="193"/>
        <source>Dynamic DNS error: The service is temporarily unavailable, it will be retried in 30 minutes.</source>
        <translation>动态 DNS 错误：服务器暂时不可用，将于 30 分钟后重试。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="204"/>
        <source>Dynamic DNS error: hostname supplied does not exist under specified account.</source>
        <translation>动态 DNS 错误：提供的主机名不在指定的账户下。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="211"/>
        <source>Dynamic DNS error: Invalid username/password.</source>
        <translation>动态 DNS 错误：无效的用户名/密码。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="218"/>
        <source>Dynamic DNS error: qBittorrent was blacklisted by the service, please submit a bug report at https://bugs.qbittorrent.org.</source>
        <translation>动态 DNS 错误：qBittorrent 被服务拉黑，请在 https://bugs.qbittorrent.org 提交故障报告。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="226"/>
        <source>Dynamic DNS error: %1 was returned by the service, please submit a bug report at https://bugs.qbittorrent.org.</source>
        <translation>动态 DNS 错误：服务返回了 %1，请在 https://bugs.qbittorrent.org 提交故障报告。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="234"/>
        <source>Dynamic DNS error: Your username was blocked due to abuse.</source>
        <translation>动态 DNS 错误：您的用户名因滥用而被屏蔽。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="256"/>
        <source>Dynamic DNS error: supplied domain name is invalid.</source>
        <translation>动态 DNS 错误：提供的域名无效。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="269"/>
        <source>Dynamic DNS error: supplied username is too short.</source>
        <translation>动态 DNS 错误：提供的用户名过短。</translation>
    </message>
    <message>
        <location filename="../base/net/dnsupdater.cpp" line="282"/>
        <source>Dynamic DNS error: supplied password is too short.</source>
        <translation>动态 DNS 错误：提供的密码过短。</translation>
    </message>
</context>
<context>
    <name>Net::DownloadHandlerImpl</name>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="164"/>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="181"/>
        <source>I/O Error: %1</source>
        <translation>I/O 错误：%1</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="201"/>
        <source>The file size (%1) exceeds the download limit (%2)</source>
        <translation>文件大小（%1）超出了下载限制（%2）</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="212"/>
        <source>Exceeded max redirections (%1)</source>
        <translation>超出最大重定向限制次数（%1）</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="227"/>
        <source>Redirected to magnet URI</source>
        <translation>重定向至磁力链接</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="260"/>
        <source>The remote host name was not found (invalid hostname)</source>
        <translation>未找到远程主机名（无效主机名）</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="262"/>
        <source>The operation was canceled</source>
        <translation>操作被取消</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="264"/>
        <source>The remote server closed the connection prematurely, before the entire reply was received and processed</source>
        <translation>远程服务器在完整应答被接收和处理前提早关闭了连接</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="266"/>
        <source>The connection to the remote server timed out</source>
        <translation>连接远程服务器超时</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="268"/>
        <source>SSL/TLS handshake failed</source>
        <translation>SSL/TLS 握手失败</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="270"/>
        <source>The remote server refused the connection</source>
        <translation>远程服务器拒绝了连接</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="272"/>
        <source>The connection to the proxy server was refused</source>
        <translation>到代理服务器的连接被拒绝</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="274"/>
        <source>The proxy server closed the connection prematurely</source>
        <translation>代理服务器提前关闭了连接</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="276"/>
        <source>The proxy host name was not found</source>
        <translation>未找到代理服务器主机名</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="278"/>
        <source>The connection to the proxy timed out or the proxy did not reply in time to the request sent</source>
        <translation>代理服务器连接超时，或代理服务器没有及时响应发送请求</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="280"/>
        <source>The proxy requires authentication in order to honor the request but did not accept any credentials offered</source>
        <translation>代理服务器要求身份验证以确认请求，但没有接受提供的凭据</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="282"/>
        <source>The access to the remote content was denied (403)</source>
        <translation>访问远程内容被拒绝（403）</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="288"/>
        <source>The remote server requires authentication to serve the content but the credentials provided were not accepted (401)</source>
        <translation>远程服务器要求验证身份来提供内容，但提供的凭据未被服务器接受（401）</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="284"/>
        <source>The operation requested on the remote content is not permitted</source>
        <translation>对远程内容所请求进行的操作不被允许</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="286"/>
        <source>The remote content was not found at the server (404)</source>
        <translation>远程内容在服务器上未找到（404）</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="290"/>
        <source>The Network Access API cannot honor the request because the protocol is not known</source>
        <translation>网络访问 API 无法处理请求，因为协议未知</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="292"/>
        <source>The requested operation is invalid for this protocol</source>
        <translation>请求的操作对该协议无效</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="294"/>
        <source>An unknown network-related error was detected</source>
        <translation>检测到网络相关的未知错误</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="296"/>
        <source>An unknown proxy-related error was detected</source>
        <translation>检测到代理服务器相关的未知错误</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="298"/>
        <source>An unknown error related to the remote content was detected</source>
        <translation>检测到和远程内容相关的未知错误</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="300"/>
        <source>A breakdown in protocol was detected</source>
        <translation>检测到协议故障</translation>
    </message>
    <message>
        <location filename="../base/net/downloadhandlerimpl.cpp" line="302"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>Net::DownloadManager</name>
    <message>
        <location filename="../base/net/downloadmanager.cpp" line="155"/>
        <source>SSL error, URL: &quot;%1&quot;, errors: &quot;%2&quot;</source>
        <translation>SSL 错误, URL：&quot;%1&quot;, 错误： &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/net/downloadmanager.cpp" line="159"/>
        <source>Ignoring SSL error, URL: &quot;%1&quot;, errors: &quot;%2&quot;</source>
        <translation>忽略 SSL 错误，URL：&quot;%1&quot;，错误：&quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Net::GeoIPManager</name>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="390"/>
        <source>Venezuela, Bolivarian Republic of</source>
        <translation>委內瑞拉</translation>
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
        <translation>安道尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="96"/>
        <location filename="../base/net/geoipmanager.cpp" line="451"/>
        <source>IP geolocation database loaded. Type: %1. Build time: %2.</source>
        <translation>IP 地理数据库已加载。类型：%1。构建时间：%2。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="102"/>
        <location filename="../base/net/geoipmanager.cpp" line="477"/>
        <source>Couldn&apos;t load IP geolocation database. Reason: %1</source>
        <translation>无法加载 IP 地理数据库。原因：%1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="154"/>
        <source>United Arab Emirates</source>
        <translation>阿拉伯联合酋长国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="155"/>
        <source>Afghanistan</source>
        <translation>阿富汗</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="156"/>
        <source>Antigua and Barbuda</source>
        <translation>安提瓜和巴布达</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="157"/>
        <source>Anguilla</source>
        <translation>安圭拉</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="158"/>
        <source>Albania</source>
        <translation>阿尔巴尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="159"/>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="160"/>
        <source>Angola</source>
        <translation>安哥拉</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="161"/>
        <source>Antarctica</source>
        <translation>南极洲</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="162"/>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="163"/>
        <source>American Samoa</source>
        <translation>美属萨摩亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="164"/>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="165"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="166"/>
        <source>Aruba</source>
        <translation>阿鲁巴</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="168"/>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="169"/>
        <source>Bosnia and Herzegovina</source>
        <translation>波斯尼亚和黑塞哥维那</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="170"/>
        <source>Barbados</source>
        <translation>巴巴多斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="171"/>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="172"/>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="173"/>
        <source>Burkina Faso</source>
        <translation>布吉纳法索</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="174"/>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="175"/>
        <source>Bahrain</source>
        <translation>巴林</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="176"/>
        <source>Burundi</source>
        <translation>布隆迪</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="177"/>
        <source>Benin</source>
        <translation>贝宁</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="179"/>
        <source>Bermuda</source>
        <translation>百慕大</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="180"/>
        <source>Brunei Darussalam</source>
        <translation>文莱达鲁萨兰国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="183"/>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="184"/>
        <source>Bahamas</source>
        <translation>巴哈马</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="185"/>
        <source>Bhutan</source>
        <translation>不丹</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="186"/>
        <source>Bouvet Island</source>
        <translation>布维岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="187"/>
        <source>Botswana</source>
        <translation>博茨瓦纳</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="188"/>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="189"/>
        <source>Belize</source>
        <translation>伯利兹</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="190"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="191"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>科科斯 (基林) 群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="192"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>刚果民主共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="193"/>
        <source>Central African Republic</source>
        <translation>中非共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="194"/>
        <source>Congo</source>
        <translation>刚果</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="195"/>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="197"/>
        <source>Cook Islands</source>
        <translation>库克群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="198"/>
        <source>Chile</source>
        <translation>智利</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="199"/>
        <source>Cameroon</source>
        <translation>喀麦隆</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="200"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="201"/>
        <source>Colombia</source>
        <translation>哥伦比亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="202"/>
        <source>Costa Rica</source>
        <translation>哥斯达黎加</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="203"/>
        <source>Cuba</source>
        <translation>古巴</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="204"/>
        <source>Cape Verde</source>
        <translation>佛得角</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="205"/>
        <source>Curacao</source>
        <translation>库拉索</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="206"/>
        <source>Christmas Island</source>
        <translation>圣诞岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="207"/>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="208"/>
        <source>Czech Republic</source>
        <translation>捷克共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="209"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="210"/>
        <source>Djibouti</source>
        <translation>吉布提</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="211"/>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="212"/>
        <source>Dominica</source>
        <translation>多米尼克</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="213"/>
        <source>Dominican Republic</source>
        <translation>多米尼加共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="214"/>
        <source>Algeria</source>
        <translation>阿尔及利亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="215"/>
        <source>Ecuador</source>
        <translation>厄瓜多尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="216"/>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="217"/>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="218"/>
        <source>Western Sahara</source>
        <translation>西撒哈拉</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="219"/>
        <source>Eritrea</source>
        <translation>厄立特里亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="220"/>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="221"/>
        <source>Ethiopia</source>
        <translation>埃塞俄比亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="222"/>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="223"/>
        <source>Fiji</source>
        <translation>斐济</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="224"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>福克兰群岛 (马尔维纳斯群岛)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="225"/>
        <source>Micronesia, Federated States of</source>
        <translation>密克罗尼西亚联邦国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="226"/>
        <source>Faroe Islands</source>
        <translation>法罗群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="227"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="228"/>
        <source>Gabon</source>
        <translation>加蓬</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="229"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="230"/>
        <source>Grenada</source>
        <translation>格林纳达</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="231"/>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="232"/>
        <source>French Guiana</source>
        <translation>法属圭亚那</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="234"/>
        <source>Ghana</source>
        <translation>加纳</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="235"/>
        <source>Gibraltar</source>
        <translation>直布罗陀</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="236"/>
        <source>Greenland</source>
        <translation>格陵兰岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="237"/>
        <source>Gambia</source>
        <translation>冈比亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="238"/>
        <source>Guinea</source>
        <translation>几内亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="239"/>
        <source>Guadeloupe</source>
        <translation>瓜德罗普岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="240"/>
        <source>Equatorial Guinea</source>
        <translation>赤道几内亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="241"/>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="242"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>南乔治亚岛和南桑威奇群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="243"/>
        <source>Guatemala</source>
        <translation>危地马拉</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="244"/>
        <source>Guam</source>
        <translation>关岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="245"/>
        <source>Guinea-Bissau</source>
        <translation>几内亚比绍</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="246"/>
        <source>Guyana</source>
        <translation>圭亚那</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="247"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="248"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>赫德岛和麦克唐纳群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="249"/>
        <source>Honduras</source>
        <translation>洪都拉斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="250"/>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="251"/>
        <source>Haiti</source>
        <translation>海地</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="252"/>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="253"/>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="254"/>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="255"/>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="257"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="258"/>
        <source>British Indian Ocean Territory</source>
        <translation>英属印度洋领地</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="259"/>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="260"/>
        <source>Iran, Islamic Republic of</source>
        <translation>伊朗伊斯兰共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="261"/>
        <source>Iceland</source>
        <translation>冰岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="262"/>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="264"/>
        <source>Jamaica</source>
        <translation>牙买加</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="265"/>
        <source>Jordan</source>
        <translation>约旦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="266"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="267"/>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="268"/>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="269"/>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="270"/>
        <source>Kiribati</source>
        <translation>基里巴斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="271"/>
        <source>Comoros</source>
        <translation>科摩罗</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="272"/>
        <source>Saint Kitts and Nevis</source>
        <translation>圣基茨和尼维斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="273"/>
        <source>Korea, Democratic People&apos;s Republic of</source>
        <translation>朝鲜民主主义人民共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="274"/>
        <source>Korea, Republic of</source>
        <translation>韩国 (大韩民国)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="275"/>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="276"/>
        <source>Cayman Islands</source>
        <translation>开曼群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="277"/>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="278"/>
        <source>Lao People&apos;s Democratic Republic</source>
        <translation>老挝人民民主共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="279"/>
        <source>Lebanon</source>
        <translation>黎巴嫩</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="280"/>
        <source>Saint Lucia</source>
        <translation>圣卢西亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="281"/>
        <source>Liechtenstein</source>
        <translation>列支敦士登</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="282"/>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="283"/>
        <source>Liberia</source>
        <translation>利比里亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="284"/>
        <source>Lesotho</source>
        <translation>莱索托</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="285"/>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="286"/>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="287"/>
        <source>Latvia</source>
        <translation>拉托维亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="289"/>
        <source>Morocco</source>
        <translation>摩洛哥</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="290"/>
        <source>Monaco</source>
        <translation>摩纳哥</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="291"/>
        <source>Moldova, Republic of</source>
        <translation>摩尔多瓦共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="294"/>
        <source>Madagascar</source>
        <translation>马达加斯加</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="295"/>
        <source>Marshall Islands</source>
        <translation>马绍尔群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="296"/>
        <source>North Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="297"/>
        <source>Mali</source>
        <translation>马里</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="298"/>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="299"/>
        <source>Mongolia</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="301"/>
        <source>Northern Mariana Islands</source>
        <translation>北马里亚纳群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="302"/>
        <source>Martinique</source>
        <translation>马提尼克岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="303"/>
        <source>Mauritania</source>
        <translation>毛里塔尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="304"/>
        <source>Montserrat</source>
        <translation>蒙特塞拉特</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="305"/>
        <source>Malta</source>
        <translation>马耳他</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="306"/>
        <source>Mauritius</source>
        <translation>毛里求斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="307"/>
        <source>Maldives</source>
        <translation>马尔代夫</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="308"/>
        <source>Malawi</source>
        <translation>马拉维</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="309"/>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="310"/>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="311"/>
        <source>Mozambique</source>
        <translation>莫桑比克</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="312"/>
        <source>Namibia</source>
        <translation>纳米比亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="313"/>
        <source>New Caledonia</source>
        <translation>新喀里多尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="314"/>
        <source>Niger</source>
        <translation>尼日尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="315"/>
        <source>Norfolk Island</source>
        <translation>诺福克岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="316"/>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="317"/>
        <source>Nicaragua</source>
        <translation>尼加拉瓜</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="318"/>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="319"/>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="320"/>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="321"/>
        <source>Nauru</source>
        <translation>瑙鲁</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="322"/>
        <source>Niue</source>
        <translation>纽埃</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="323"/>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="324"/>
        <source>Oman</source>
        <translation>阿曼</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="325"/>
        <source>Panama</source>
        <translation>巴拿马</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="326"/>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="327"/>
        <source>French Polynesia</source>
        <translation>法属波利尼西亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="328"/>
        <source>Papua New Guinea</source>
        <translation>巴布亚新几内亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="329"/>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="330"/>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="331"/>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="332"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>圣皮埃尔和密克隆群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="334"/>
        <source>Puerto Rico</source>
        <translation>波多黎各</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="336"/>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="337"/>
        <source>Palau</source>
        <translation>帕劳</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="338"/>
        <source>Paraguay</source>
        <translation>巴拉圭</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="339"/>
        <source>Qatar</source>
        <translation>卡塔尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="340"/>
        <source>Reunion</source>
        <translation>团聚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="341"/>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="343"/>
        <source>Russian Federation</source>
        <translation>俄罗斯联邦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="344"/>
        <source>Rwanda</source>
        <translation>卢旺达</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="345"/>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="346"/>
        <source>Solomon Islands</source>
        <translation>所罗门群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="347"/>
        <source>Seychelles</source>
        <translation>塞舌尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="348"/>
        <source>Sudan</source>
        <translation>苏丹</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="349"/>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="350"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="352"/>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="353"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>斯瓦尔巴和扬马延岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="354"/>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="355"/>
        <source>Sierra Leone</source>
        <translation>塞拉利昂</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="356"/>
        <source>San Marino</source>
        <translation>圣马利诺</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="357"/>
        <source>Senegal</source>
        <translation>塞内加尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="358"/>
        <source>Somalia</source>
        <translation>索马里</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="359"/>
        <source>Suriname</source>
        <translation>苏里南</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="361"/>
        <source>Sao Tome and Principe</source>
        <translation>圣多美和普林西比</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="362"/>
        <source>El Salvador</source>
        <translation>萨尔瓦多</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="364"/>
        <source>Syrian Arab Republic</source>
        <translation>阿拉伯叙利亚共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="365"/>
        <source>Swaziland</source>
        <translation>斯威士兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="366"/>
        <source>Turks and Caicos Islands</source>
        <translation>特克斯和凯科斯群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="367"/>
        <source>Chad</source>
        <translation>乍得</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="368"/>
        <source>French Southern Territories</source>
        <translation>法国南部领地</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="369"/>
        <source>Togo</source>
        <translation>多哥</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="370"/>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="371"/>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="372"/>
        <source>Tokelau</source>
        <translation>托克劳</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="374"/>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="375"/>
        <source>Tunisia</source>
        <translation>突尼斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="376"/>
        <source>Tonga</source>
        <translation>汤加</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="393"/>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="431"/>
        <source>Couldn&apos;t download IP geolocation database file. Reason: %1</source>
        <translation>无法下载 IP 地理数据库。原因：%1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="439"/>
        <source>Could not decompress IP geolocation database file.</source>
        <translation>无法解压 IP 地理数据库文件。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="466"/>
        <source>Couldn&apos;t save downloaded IP geolocation database file. Reason: %1</source>
        <translation>无法保存下载的 IP 地理位置数据库文件。原因：% 1</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="462"/>
        <source>Successfully updated IP geolocation database.</source>
        <translation>成功更新 IP 地理数据库。</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="373"/>
        <source>Timor-Leste</source>
        <translation>东帝汶</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="181"/>
        <source>Bolivia, Plurinational State of</source>
        <translation>玻利维亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="182"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>博奈尔</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="196"/>
        <source>Cote d&apos;Ivoire</source>
        <translation>科特迪瓦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="288"/>
        <source>Libya</source>
        <translation>利比亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="293"/>
        <source>Saint Martin (French part)</source>
        <translation>法属圣马丁岛</translation>
    </message>
    <message>
        <source>Macedonia, The Former Yugoslav Republic of</source>
        <translation type="vanished">马其顿共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="300"/>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="333"/>
        <source>Pitcairn</source>
        <translation>皮特凯恩</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="335"/>
        <source>Palestine, State of</source>
        <translation>巴勒斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="351"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>圣赫勒拿、阿森松和特里斯坦-达库尼亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="360"/>
        <source>South Sudan</source>
        <translation>南苏丹</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="363"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>荷属圣马丁岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="377"/>
        <source>Turkey</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="378"/>
        <source>Trinidad and Tobago</source>
        <translation>特立尼达和多巴哥</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="379"/>
        <source>Tuvalu</source>
        <translation>图瓦卢</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="380"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="381"/>
        <source>Tanzania, United Republic of</source>
        <translation>坦桑尼亚联合共和国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="382"/>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="383"/>
        <source>Uganda</source>
        <translation>乌干达</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="384"/>
        <source>United States Minor Outlying Islands</source>
        <translation>美国本土外小岛屿</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="385"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="386"/>
        <source>Uruguay</source>
        <translation>乌拉圭</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="387"/>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="388"/>
        <source>Holy See (Vatican City State)</source>
        <translation>教廷 (梵蒂冈城国)</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="389"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>圣文森特和格林纳丁斯</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="391"/>
        <source>Virgin Islands, British</source>
        <translation>英属维京群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="392"/>
        <source>Virgin Islands, U.S.</source>
        <translation>美属维京群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="394"/>
        <source>Vanuatu</source>
        <translation>瓦努阿图</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="395"/>
        <source>Wallis and Futuna</source>
        <translation>瓦利斯和富图纳群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="396"/>
        <source>Samoa</source>
        <translation>萨摩亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="397"/>
        <source>Yemen</source>
        <translation>也门</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="398"/>
        <source>Mayotte</source>
        <translation>马约特岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="342"/>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="399"/>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="400"/>
        <source>Zambia</source>
        <translation>赞比亚</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="292"/>
        <source>Montenegro</source>
        <translation>黑山</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="401"/>
        <source>Zimbabwe</source>
        <translation>津巴布韦</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="167"/>
        <source>Aland Islands</source>
        <translation>奥兰群岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="233"/>
        <source>Guernsey</source>
        <translation>根西岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="256"/>
        <source>Isle of Man</source>
        <translation>马恩岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="263"/>
        <source>Jersey</source>
        <translation>泽西岛</translation>
    </message>
    <message>
        <location filename="../base/net/geoipmanager.cpp" line="178"/>
        <source>Saint Barthelemy</source>
        <translation>圣巴泰勒米</translation>
    </message>
</context>
<context>
    <name>Net::Smtp</name>
    <message>
        <location filename="../base/net/smtp.cpp" line="205"/>
        <source>Connection failed, unrecognized reply: %1</source>
        <translation>连接失败，未识别的响应：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="227"/>
        <source>STARTTLS is required but was not enabled by the server. Unable to send the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="253"/>
        <source>Authentication failed, msg: %1</source>
        <translation>认证失败，消息：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="266"/>
        <source>&lt;mail from&gt; was rejected by server, msg: %1</source>
        <translation>&lt;mail from&gt;被服务器拒绝，消息：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="279"/>
        <source>&lt;Rcpt to&gt; was rejected by server, msg: %1</source>
        <translation>&lt;Rcpt to&gt;被服务器拒绝，消息：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="292"/>
        <source>&lt;data&gt; was rejected by server, msg: %1</source>
        <translation>&lt;data&gt;被服务器拒绝，消息：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="306"/>
        <source>Message was rejected by the server, error: %1</source>
        <translation>消息被服务器拒绝，错误：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="395"/>
        <source>Both EHLO and HELO failed, msg: %1</source>
        <translation>EHLO 和 HELO 均失败，消息：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="436"/>
        <source>STARTTLS is required but was not offered by the server. Unable to send the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="482"/>
        <source>The SMTP server does not seem to support any of the authentications modes we support [CRAM-MD5|PLAIN|LOGIN], skipping authentication, knowing it is likely to fail... Server Auth Modes: %1</source>
        <translation>SMTP 服务器似乎不支持任何我们支持的认证模式 [CRAM-MD5|PLAIN|LOGIN]，正跳过验证，因为它可能会失败...服务器认证模式：%1</translation>
    </message>
    <message>
        <location filename="../base/net/smtp.cpp" line="567"/>
        <source>Email Notification Error: %1</source>
        <translation>电子邮件通知错误：%1</translation>
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
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="52"/>
        <source>Behavior</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="57"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="62"/>
        <source>Connection</source>
        <translation>连接</translation>
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
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="264"/>
        <source>Customize UI Theme...</source>
        <translation>定制用户界面主题...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="274"/>
        <source>Transfer List</source>
        <translation>传输列表</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="283"/>
        <source>Confirm when deleting torrents</source>
        <translation>删除 Torrent 时提示确认</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="293"/>
        <source>Use alternating row colors</source>
        <extracomment>In table elements, every other row will have a grey background.</extracomment>
        <translation>使用交替的行颜色</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="322"/>
        <source>Hide zero and infinity values</source>
        <translation>隐藏为 0 及无穷大的项</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="330"/>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="358"/>
        <source>Action on double-click</source>
        <translation>双击执行操作</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="364"/>
        <source>Downloading torrents:</source>
        <translation>正在下载 torrent：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="380"/>
        <location filename="../gui/optionsdialog.ui" line="429"/>
        <source>Open destination folder</source>
        <translation>打开目标文件夹</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="395"/>
        <location filename="../gui/optionsdialog.ui" line="444"/>
        <source>No action</source>
        <translation>不执行操作</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="416"/>
        <source>Completed torrents:</source>
        <translation>完成的 torrent：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="455"/>
        <source>Auto hide zero status filters</source>
        <translation>自动隐藏零状态筛选器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="462"/>
        <source>Use separate &quot;Tracker status&quot; filter. Otherwise it gets merged with &quot;Trackers&quot; filter.</source>
        <translation>使用独立的“追踪器状态”筛选器。否则，它会与“追踪器”筛选器同步。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="465"/>
        <source>Use separate &quot;Tracker status&quot; filter</source>
        <translation>使用独立的”追踪器状态“筛选器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="494"/>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="500"/>
        <source>Start qBittorrent on Windows start up</source>
        <translation>在 Windows 启动时启动 qBittorrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="507"/>
        <source>Show splash screen on start up</source>
        <translation>启动时显示程序启动画面</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="551"/>
        <source>Confirmation on exit when torrents are active</source>
        <translation>如果退出时有 Torrent 活动则提示确认</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="561"/>
        <source>Confirmation on auto-exit when downloads finish</source>
        <translation>下载完成并自动退出时提示确认</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="618"/>
        <source>Monochrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="697"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;To set qBittorrent as default program for .torrent files and/or Magnet links&lt;br/&gt;you can use &lt;span style=&quot; font-weight:600;&quot;&gt;Default Programs&lt;/span&gt; dialog from &lt;span style=&quot; font-weight:600;&quot;&gt;Control Panel&lt;/span&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;br/&gt;你可以使用&lt;span style=&quot; font-weight:600;&quot;&gt;控制面板&lt;/span&gt;里的&lt;span style=&quot; font-weight:600;&quot;&gt;默认程序&lt;/span&gt;对话框来设置 qBittorrent为打开 .torrent 文件和/或磁力链接的默认程序。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
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
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="894"/>
        <source>Show free disk space in status bar</source>
        <translation>在状态栏中显示可用的磁盘空间</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="993"/>
        <source>Torrent content layout:</source>
        <translation>Torrent 内容布局：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1004"/>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1009"/>
        <source>Create subfolder</source>
        <translation>创建子文件夹</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1014"/>
        <source>Don&apos;t create subfolder</source>
        <translation>不创建子文件夹</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1037"/>
        <source>The torrent will be added to the top of the download queue</source>
        <translation>该 Torrent 将被添加至下载队列顶部</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1040"/>
        <source>Add to top of queue</source>
        <extracomment>The torrent will be added to the top of the download queue</extracomment>
        <translation>添加到队列顶部</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1109"/>
        <source>Merge trackers to existing torrent</source>
        <translation>合并 trackers 到现有 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1204"/>
        <source>Keep unselected files in &quot;.unwanted&quot; folder</source>
        <translation>将未选中的文件保留在 &quot;.unwanted&quot; 文件夹中</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1500"/>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1510"/>
        <source>Options..</source>
        <translation>选项..</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1520"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1587"/>
        <source>Email notification &amp;upon download completion</source>
        <translation>下载完成时发送电子邮件通知(&amp;U)</translation>
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
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1742"/>
        <source>Run on torrent added:</source>
        <translation>新增 Torrent 时运行：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1760"/>
        <source>Run on torrent finished:</source>
        <translation>torrent 完成时运行：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1832"/>
        <source>Peer connection protocol:</source>
        <translation>Peer 连接协议：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1891"/>
        <source>Any</source>
        <translation>任何</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2041"/>
        <source>I2P (experimental)</source>
        <translation>I2P（实验性）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2103"/>
        <source>Mixed mode</source>
        <translation>混合模式</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2191"/>
        <source>If checked, hostname lookups are done via the proxy</source>
        <translation>勾选后，将通过代理查找主机名</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2194"/>
        <source>Perform hostname lookup via proxy</source>
        <translation>通过代理查找主机名</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2254"/>
        <source>Use proxy for BitTorrent purposes</source>
        <translation>对 BitTorrent 目的使用代理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2279"/>
        <source>RSS feeds will use proxy</source>
        <translation>RSS 源将使用代理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2282"/>
        <source>Use proxy for RSS purposes</source>
        <translation>对 RSS 目的使用代理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2292"/>
        <source>Search engine, software updates or anything else will use proxy</source>
        <translation>搜索引擎、软件更新或其他事项将使用代理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2295"/>
        <source>Use proxy for general purposes</source>
        <translation>对常规目的使用代理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2308"/>
        <source>IP Fi&amp;ltering</source>
        <translation>IP 过滤(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2557"/>
        <source>Schedule &amp;the use of alternative rate limits</source>
        <translation>自动启用备用速度限制(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2572"/>
        <source>From:</source>
        <comment>From start time</comment>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2602"/>
        <source>To:</source>
        <comment>To end time</comment>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2761"/>
        <source>Find peers on the DHT network</source>
        <translation>在 DHT 网络上寻找节点</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2809"/>
        <source>Allow encryption: Connect to peers regardless of setting
Require encryption: Only connect to peers with protocol encryption
Disable encryption: Only connect to peers without protocol encryption</source>
        <translation>允许加密：无论节点如何设置都连接
需要加密：仅当节点使用加密协议时才连接
禁用加密：仅当节点不使用加密协议时才连接</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2815"/>
        <source>Allow encryption</source>
        <translation>允许加密</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2860"/>
        <source>(&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/Anonymous-Mode&quot;&gt;More information&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/Anonymous-Mode&quot;&gt;更多信息&lt;/a&gt;)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2893"/>
        <source>Maximum active checking torrents:</source>
        <translation>最大活跃检查 Torrent 数：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2928"/>
        <source>&amp;Torrent Queueing</source>
        <translation>Torrent 队列(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3152"/>
        <source>When total seeding time reaches</source>
        <translation>达到总做种时间时</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3175"/>
        <source>When inactive seeding time reaches</source>
        <translation>达到不活跃做种时间时</translation>
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
        <translation>RSS 阅读器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3514"/>
        <source>Enable fetching RSS feeds</source>
        <translation>启用获取 RSS 订阅</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3523"/>
        <source>Feeds refresh interval:</source>
        <translation>RSS 订阅源更新间隔：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3559"/>
        <source>Same host request delay:</source>
        <translation>相同的主机请求延迟：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3579"/>
        <source>Maximum number of articles per feed:</source>
        <translation>每个订阅源文章数目最大值：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3162"/>
        <location filename="../gui/optionsdialog.ui" line="3185"/>
        <location filename="../gui/optionsdialog.ui" line="3530"/>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3113"/>
        <source>Seeding Limits</source>
        <translation>做种限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3264"/>
        <source>Remove torrent</source>
        <translation>删除 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3269"/>
        <source>Remove torrent and its files</source>
        <translation>删除 torrent 及所属文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3274"/>
        <source>Enable super seeding for torrent</source>
        <translation>为 torrent 启用超级做种</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3119"/>
        <source>When ratio reaches</source>
        <translation>当分享率达到</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2184"/>
        <source>Some functions are unavailable with the chosen proxy type!</source>
        <translation>某些功能在所选的代理类型中不可用</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2244"/>
        <source>Note: The password is saved unencrypted</source>
        <translation>注意：密码以非加密形式保存</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3259"/>
        <source>Stop torrent</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3285"/>
        <source>A&amp;utomatically append these trackers to new downloads:</source>
        <translation>自动附加这些 tracker 到新下载：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3307"/>
        <source>Automatically append trackers from URL to new downloads:</source>
        <translation>自动附加 URL 的 trackers 到新的下载：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3321"/>
        <source>URL:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3333"/>
        <source>Fetched trackers</source>
        <translation>获取 tracker</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3398"/>
        <source>Search UI</source>
        <translation>搜索用户界面</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3404"/>
        <source>Store opened tabs</source>
        <translation>保存已开启的分页</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3416"/>
        <source>Also store search results</source>
        <translation>也存储搜索结果</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3428"/>
        <source>History length</source>
        <translation>历史记录数量</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3601"/>
        <source>RSS Torrent Auto Downloader</source>
        <translation>RSS Torrent 自动下载器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3607"/>
        <source>Enable auto downloading of RSS torrents</source>
        <translation>启用 RSS Torrent 自动下载</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3614"/>
        <source>Edit auto downloading rules...</source>
        <translation>修改自动下载规则...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3624"/>
        <source>RSS Smart Episode Filter</source>
        <translation>RSS 智能剧集过滤器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3630"/>
        <source>Download REPACK/PROPER episodes</source>
        <translation>下载 REPACK/PROPER 版剧集</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3637"/>
        <source>Filters:</source>
        <translation>过滤器：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3702"/>
        <source>Web User Interface (Remote control)</source>
        <translation>Web 用户界面（远程控制）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3728"/>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3735"/>
        <source>IP address that the Web UI will bind to.
Specify an IPv4 or IPv6 address. You can specify &quot;0.0.0.0&quot; for any IPv4 address,
&quot;::&quot; for any IPv6 address, or &quot;*&quot; for both IPv4 and IPv6.</source>
        <translation>Web UI 将绑定到的 IP 地址。
指定 IPv4 或 IPv6 地址。您可以指定 &quot;0.0.0.0&quot;，为任何 IPv4 地址，
&quot;::&quot; 为任何 IPv6 地址，或 &quot;*&quot; 为 IPv4 和 IPv6。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3836"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3872"/>
        <source>API Key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3890"/>
        <source>Generate a key</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3900"/>
        <source>Copy API key</source>
        <translation>复制 API 密钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3911"/>
        <location filename="../gui/optionsdialog.cpp" line="1534"/>
        <location filename="../gui/optionsdialog.cpp" line="1587"/>
        <source>Generate API key</source>
        <translation>生成 API 密钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3922"/>
        <location filename="../gui/optionsdialog.cpp" line="1556"/>
        <source>Delete API key</source>
        <translation>删除 API 密钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3967"/>
        <source>Ban client after consecutive failures:</source>
        <translation>连续失败后禁止客户端：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3974"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3997"/>
        <source>ban for:</source>
        <translation>禁止：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4024"/>
        <source>Session timeout:</source>
        <translation>会话超时：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4031"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4142"/>
        <source>Server domains:</source>
        <translation>服务器域名：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4149"/>
        <source>Whitelist for filtering HTTP Host header values.
In order to defend against DNS rebinding attack,
you should put in domain names used by WebUI server.

Use &apos;;&apos; to split multiple entries. Can use wildcard &apos;*&apos;.</source>
        <translation>白名单用于过滤 HTTP 头的 Host 参数。
为了预防 DNS 反向绑定攻击，
您应当指定供 Web UI 使用的域名。

使用 &apos;;&apos; 区分不同的输入。可以使用通配符 &apos;*&apos;。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3776"/>
        <source>&amp;Use HTTPS instead of HTTP</source>
        <translation>使用 HTTPS 而不是 HTTP(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3938"/>
        <source>Bypass authentication for clients on localhost</source>
        <translation>对本地主机上的客户端跳过身份验证</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3945"/>
        <source>Bypass authentication for clients in whitelisted IP subnets</source>
        <translation>对 IP 子网白名单中的客户端跳过身份验证</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3958"/>
        <source>IP subnet whitelist...</source>
        <translation>IP 子网白名单...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4062"/>
        <source>Use alternative WebUI</source>
        <translation>使用备选 WebUI</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4211"/>
        <source>Specify reverse proxy IPs (or subnets, e.g. 0.0.0.0/24) in order to use forwarded client address (X-Forwarded-For header). Use &apos;;&apos; to split multiple entries.</source>
        <translation>指定反向代理 IP（或子网，如 0.0.0.0/24）以使用转发的客户端地址（X-Forwarded-For 标头）。使用 “;” 符号分割多个条目。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4236"/>
        <source>Upda&amp;te my dynamic domain name</source>
        <translation>更新我的动态域名(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="583"/>
        <source>Minimize qBittorrent to notification area</source>
        <translation>最小化 qBittorrent 到通知区域</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="77"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="87"/>
        <source>WebUI</source>
        <translation>WebUI</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="138"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="158"/>
        <source>Language:</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="185"/>
        <source>Style:</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="204"/>
        <source>Color scheme:</source>
        <translation>配色方案：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="303"/>
        <source>Use different text colors by torrent states</source>
        <translation>根据种子状态使用不同的文本色</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="313"/>
        <source>Make progress bars follow text colors</source>
        <extracomment>Progress bar color is based on text color.</extracomment>
        <translation>让进度栏颜色和文本色一样</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="335"/>
        <source>Stopped torrents only</source>
        <translation>仅已停止的 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="375"/>
        <location filename="../gui/optionsdialog.ui" line="424"/>
        <source>Start / stop torrent</source>
        <translation>开始 / 停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="390"/>
        <location filename="../gui/optionsdialog.ui" line="439"/>
        <source>Open torrent options dialog</source>
        <translation>打开 Torrent 设置对话框</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="475"/>
        <source>Torrent Content View</source>
        <translation>种子内容视图</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="481"/>
        <source>Replaces multi-selection (hold Alt key to invert)</source>
        <translation>替换多选（按住 Alt 键反选）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="484"/>
        <source>Drag content from qBittorrent</source>
        <translation>从 qBittorrent 拖动内容</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="605"/>
        <source>Tray icon style:</source>
        <translation>托盘图标样式：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="613"/>
        <location filename="../gui/optionsdialog.cpp" line="313"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="644"/>
        <source>File association</source>
        <translation>文件关联</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="665"/>
        <source>Use qBittorrent for .torrent files</source>
        <translation>使用 qBittorrent 打开 .torrent 文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="672"/>
        <source>Use qBittorrent for magnet links</source>
        <translation>使用 qBittorrent 打开磁力链接</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="710"/>
        <source>Check for program updates</source>
        <translation>检查程序更新</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="734"/>
        <source>Power Management</source>
        <translation>电源管理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="757"/>
        <source>&amp;Log Files</source>
        <translation>日志文件（&amp;L）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="777"/>
        <source>Save path:</source>
        <translation>保存路径：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="794"/>
        <source>Backup the log file after:</source>
        <translation>当大于指定大小时备份日志文件：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="834"/>
        <source>Delete backup logs older than:</source>
        <translation>删除早于指定时间的备份日志文件：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="901"/>
        <source>Show external IP in status bar</source>
        <translation>在状态栏展示外部 IP</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="963"/>
        <source>When adding a torrent</source>
        <translation>添加 torrent 时</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="978"/>
        <source>Bring torrent dialog to the front</source>
        <translation>前置 torrent 对话框</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1047"/>
        <source>The torrent will be added to download list in a stopped state</source>
        <translation>torrent 将以停止状态添加到下载列表中</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1103"/>
        <source>When adding a duplicate torrent</source>
        <translation>添加重复种子时</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1119"/>
        <source>Ask to merge trackers for manually added torrent</source>
        <translation>请求合并手动添加种子的 tracker 服务器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1147"/>
        <source>Also delete .torrent files whose addition was cancelled</source>
        <translation>添加操作被取消时也删除 .torrent 文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1150"/>
        <source>Also when addition is cancelled</source>
        <translation>添加操作被取消时也删除 .torrent 文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1172"/>
        <source>Warning! Data loss possible!</source>
        <translation>警告！该操作可能会丢失数据！</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1221"/>
        <source>Saving Management</source>
        <translation>保存管理</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1229"/>
        <source>Default Torrent Management Mode:</source>
        <translation>默认 Torrent 管理模式：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1246"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1251"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1274"/>
        <source>When Torrent Category changed:</source>
        <translation>当 Torrent 分类改变时：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1284"/>
        <source>Relocate torrent</source>
        <translation>移动 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1289"/>
        <source>Switch torrent to Manual Mode</source>
        <translation>切换 torrent 至手动模式</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1325"/>
        <location filename="../gui/optionsdialog.ui" line="1366"/>
        <source>Relocate affected torrents</source>
        <translation>移动影响的 torrent</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1330"/>
        <location filename="../gui/optionsdialog.ui" line="1371"/>
        <source>Switch affected torrents to Manual Mode</source>
        <translation>切换受影响的 torrent 至手动模式</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1408"/>
        <source>Default Save Path:</source>
        <translation>默认保存路径：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1428"/>
        <source>Copy .torrent files to:</source>
        <translation>复制 .torrent 文件到：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="571"/>
        <source>Show &amp;qBittorrent in notification area</source>
        <translation>在通知区域显示 qBittorrent(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="969"/>
        <source>Display &amp;torrent content and some options</source>
        <translation>显示 Torrent 内容和选项(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1135"/>
        <source>De&amp;lete .torrent files afterwards </source>
        <translation>添加后删除 .torrent 文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1438"/>
        <source>Copy .torrent files for finished downloads to:</source>
        <translation>复制下载完成的 .torrent 文件到：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1190"/>
        <source>Pre-allocate disk space for all files</source>
        <translation>为所有文件预分配磁盘空间</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="229"/>
        <source>Use custom UI Theme</source>
        <translation>使用自定义界面主题</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="238"/>
        <source>UI Theme file:</source>
        <translation>界面主题文件：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="149"/>
        <source>Changing Interface settings requires application restart</source>
        <translation>改变界面设置需要重启应用程序</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="280"/>
        <source>Shows a confirmation dialog upon torrent deletion</source>
        <translation>删除 Torrent 时显示确认对话框</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="385"/>
        <location filename="../gui/optionsdialog.ui" line="434"/>
        <source>Preview file, otherwise open destination folder</source>
        <translation>预览文件，否则打开所在目录</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="548"/>
        <source>Shows a confirmation dialog when exiting with active torrents</source>
        <translation>如果退出时有 Torrent 活动则提示确认</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="580"/>
        <source>When minimizing, the main window is closed and must be reopened from the systray icon</source>
        <translation>最小化时，主窗体同时关闭，只能通过托盘图标打开</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="593"/>
        <source>The systray icon will still be visible when closing the main window</source>
        <translation>关闭主窗体时，托盘图标保持可见</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="596"/>
        <source>Close qBittorrent to notification area</source>
        <extracomment>The systray icon will still be visible when closing the main window</extracomment>
        <translation>关闭 qBittorrent 到通知区域</translation>
    </message>
    <message>
        <source>Monochrome (for dark theme)</source>
        <translation type="vanished">单色（深色主题）</translation>
    </message>
    <message>
        <source>Monochrome (for light theme)</source>
        <translation type="vanished">单色（浅色主题）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="740"/>
        <source>Inhibit system sleep when torrents are downloading</source>
        <translation>下载时禁止系统自动睡眠</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="747"/>
        <source>Inhibit system sleep when torrents are seeding</source>
        <translation>做种时禁止系统自动睡眠</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="791"/>
        <source>Creates an additional log file after the log file reaches the specified file size</source>
        <translation>当日志文件达到指定大小时创建一个新的日志文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="858"/>
        <source>days</source>
        <extracomment>Delete backup logs older than 10 days</extracomment>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="863"/>
        <source>months</source>
        <extracomment>Delete backup logs older than 10 months</extracomment>
        <translation>月</translation>
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
        <translation>记录性能警报</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1050"/>
        <source>Do not start the download automatically</source>
        <extracomment>The torrent will be added to download list in a stopped state</extracomment>
        <translation>不要自动开始下载</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1132"/>
        <source>Whether the .torrent file should be deleted after adding it</source>
        <translation>添加 .torrent 文件后是否要删除它</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1187"/>
        <source>Allocate full file sizes on disk before starting downloads, to minimize fragmentation. Only useful for HDDs.</source>
        <translation>开始下载前分配所有文件的磁盘空间，以便最大限度减少磁盘碎片。只对 HDD 硬盘有用。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1197"/>
        <source>Append .!qB extension to incomplete files</source>
        <translation>为不完整的文件添加扩展名 .!qB</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1211"/>
        <source>When a torrent is downloaded, offer to add torrents from any .torrent files found inside it</source>
        <translation>当 Torrent 下载完成的同时，把其中包含的所有 .torrent 文件一并添加到 Torrent 列表中</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1214"/>
        <source>Enable recursive download dialog</source>
        <translation>启用递归下载对话框</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1241"/>
        <source>Automatic: Various torrent properties (e.g. save path) will be decided by the associated category
Manual: Various torrent properties (e.g. save path) must be assigned manually</source>
        <translation>自动：各种 Torrent 属性（如保存路径）由关联分类决定
手动：各种 Torrent 属性（如保存路径）必须手工指定</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1312"/>
        <source>When Default Save/Incomplete Path changed:</source>
        <translation>默认保存/不完整路径更改时：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1353"/>
        <source>When Category Save Path changed:</source>
        <translation>当分类保存路径更改时：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1399"/>
        <source>Use Category paths in Manual Mode</source>
        <translation>在手动模式下使用分类路径</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1396"/>
        <source>Resolve relative Save Path against appropriate Category path instead of Default one</source>
        <translation>根据适当的分类路径而不是默认路径解析相对的保存路径</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="251"/>
        <source>Use icons from system theme</source>
        <translation>使用来自系统主题的图标</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="519"/>
        <source>Window state on start up:</source>
        <translation>启动时的窗口状态</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="526"/>
        <source>qBittorrent window state on start up</source>
        <translation>启动时 qBittorrent 窗口状态</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1059"/>
        <source>Torrent stop condition:</source>
        <translation>Torrent 停止条件：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1070"/>
        <location filename="../gui/optionsdialog.cpp" line="580"/>
        <location filename="../gui/optionsdialog.cpp" line="675"/>
        <location filename="../gui/optionsdialog.cpp" line="687"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1075"/>
        <location filename="../gui/optionsdialog.cpp" line="581"/>
        <source>Metadata received</source>
        <translation>已收到元数据</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1080"/>
        <location filename="../gui/optionsdialog.cpp" line="583"/>
        <source>Files checked</source>
        <translation>文件已被检查</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1418"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>对不完整的 Torrent 使用另一个路径：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1453"/>
        <source>Automatically add torrents from:</source>
        <translation>自动从此处添加 torrent：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1547"/>
        <source>Excluded file names</source>
        <translation>排除的文件名</translation>
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
        <translation>使用黑名单筛选种子中将下载的文件名。
任何匹配此列表中筛选规则的文件，其优先级将自动被设置为“不下载”。

使用换行符分隔多个条目。可以使用如下所示通配符。
* ：匹配零个或任意个字符。
? ：匹配任意单个字符。
[...] ：用方括号包含的字符集合。

示例：
*.exe ：筛选 “.exe” 文件扩展名。
readme.txt ：筛选精确文件名。
?.txt ：筛选 “a.txt” 、“b.txt” ，但不筛选 “aa.txt” 。
readme[0-9].txt ：筛选 “readme1.txt” 、“readme2.txt” 但不筛选 “readme10.txt” 。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1618"/>
        <source>Receiver</source>
        <translation>接收者</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1621"/>
        <source>To:</source>
        <comment>To receiver</comment>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1631"/>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1601"/>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1604"/>
        <source>From:</source>
        <comment>From sender</comment>
        <translation>从：</translation>
    </message>
    <message>
        <source>This server requires a secure connection (SSL)</source>
        <translation type="vanished">该服务器需要安全链接（SSL）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1681"/>
        <location filename="../gui/optionsdialog.ui" line="3830"/>
        <source>Authentication</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1693"/>
        <location filename="../gui/optionsdialog.ui" line="2218"/>
        <location filename="../gui/optionsdialog.ui" line="3842"/>
        <location filename="../gui/optionsdialog.ui" line="4294"/>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1703"/>
        <location filename="../gui/optionsdialog.ui" line="2228"/>
        <location filename="../gui/optionsdialog.ui" line="3852"/>
        <location filename="../gui/optionsdialog.ui" line="4304"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1736"/>
        <source>Run external program</source>
        <translation>运行外部程序</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1778"/>
        <source>Show console window</source>
        <translation>显示控制台窗口</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1840"/>
        <source>TCP and μTP</source>
        <translation>TCP 和 μTP</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1873"/>
        <source>Listening Port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1881"/>
        <source>Port used for incoming connections:</source>
        <translation>用于传入连接的端口：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1888"/>
        <source>Set to 0 to let your system pick an unused port</source>
        <translation>设为 0，让系统选择一个未使用的端口</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1901"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1923"/>
        <source>Use UPnP / NAT-PMP port forwarding from my router</source>
        <translation>使用我的路由器的 UPnP / NAT-PMP 端口转发</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1936"/>
        <source>Connections Limits</source>
        <translation>连接限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1981"/>
        <source>Maximum number of connections per torrent:</source>
        <translation>每 torrent 最大连接数：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="1942"/>
        <source>Global maximum number of connections:</source>
        <translation>全局最大连接数：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2021"/>
        <source>Maximum number of upload slots per torrent:</source>
        <translation>每个 Torrent 上传窗口数上限：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2004"/>
        <source>Global maximum number of upload slots:</source>
        <translation>全局上传窗口数上限：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2116"/>
        <source>Proxy Server</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2124"/>
        <source>Type:</source>
        <translation>类型：</translation>
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
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2065"/>
        <location filename="../gui/optionsdialog.ui" line="2144"/>
        <location filename="../gui/optionsdialog.ui" line="3744"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2266"/>
        <source>Otherwise, the proxy server is only used for tracker connections</source>
        <translation>否则，代理服务器将仅用于 tracker 连接</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2269"/>
        <source>Use proxy for peer connections</source>
        <translation>使用代理服务器进行用户连接</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2204"/>
        <source>A&amp;uthentication</source>
        <translation>认证(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2316"/>
        <source>Filter path (.dat, .p2p, .p2b):</source>
        <translation>过滤规则路径 (.dat, .p2p, .p2b)：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2326"/>
        <source>Reload the filter</source>
        <translation>重新加载过滤规则</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2341"/>
        <source>Manually banned IP addresses...</source>
        <translation>手动屏蔽 IP 地址...</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2348"/>
        <source>Apply to trackers</source>
        <translation>匹配 tracker</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2406"/>
        <source>Global Rate Limits</source>
        <translation>全局速度限制</translation>
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
        <translation>KiB/s</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2415"/>
        <location filename="../gui/optionsdialog.ui" line="2492"/>
        <source>Upload:</source>
        <translation>上传：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2454"/>
        <location filename="../gui/optionsdialog.ui" line="2531"/>
        <source>Download:</source>
        <translation>下载：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2483"/>
        <source>Alternative Rate Limits</source>
        <translation>备用速度限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2569"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2599"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2639"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2653"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2658"/>
        <source>Weekdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2663"/>
        <source>Weekends</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2677"/>
        <source>Rate Limits Settings</source>
        <translation>设置速度限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2697"/>
        <source>Apply rate limit to peers on LAN</source>
        <translation>对本地网络用户进行速度限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2690"/>
        <source>Apply rate limit to transport overhead</source>
        <translation>对传送总开销进行速度限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2100"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If &quot;mixed mode&quot; is enabled I2P torrents are allowed to also get peers from other sources than the tracker, and connect to regular IPs, not providing any anonymization. This may be useful if the user is not interested in the anonymization of I2P, but still wants to be able to connect to I2P peers.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;如启用 “混合模式”，I2P Torrent 将被允许从 Tracker 之外的来源获得 peers，并连接到正常的 IP 地址，不提供任何的匿名性。对于对 I2P 的匿名性不感兴趣，但让仍希望能连接到 I2P peer 的用户来说，此模式可能会有用。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2683"/>
        <source>Apply rate limit to µTP protocol</source>
        <translation>对 µTP 协议进行速度限制</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2755"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2764"/>
        <source>Enable DHT (decentralized network) to find more peers</source>
        <translation>启用 DHT (去中心化网络) 以找到更多用户</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2774"/>
        <source>Exchange peers with compatible Bittorrent clients (µTorrent, Vuze, ...)</source>
        <translation>与兼容的 Bittorrent 客户端交换用户 (µTorrent, Vuze, …)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2777"/>
        <source>Enable Peer Exchange (PeX) to find more peers</source>
        <translation>启用用户交换 (PeX) 以找到更多用户</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2787"/>
        <source>Look for peers on your local network</source>
        <translation>在本地网络上寻找用户</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2790"/>
        <source>Enable Local Peer Discovery to find more peers</source>
        <translation>启用本地用户发现以找到更多用户</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2802"/>
        <source>Encryption mode:</source>
        <translation>加密模式：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2820"/>
        <source>Require encryption</source>
        <translation>强制加密</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2825"/>
        <source>Disable encryption</source>
        <translation>禁用加密</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2850"/>
        <source>Enable when using a proxy or a VPN connection</source>
        <translation>使用代理或 VPN 连接时启用</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2853"/>
        <source>Enable anonymous mode</source>
        <translation>启用匿名模式</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2940"/>
        <source>Maximum active downloads:</source>
        <translation>最大活动的下载数：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2973"/>
        <source>Maximum active uploads:</source>
        <translation>最大活动的上传数：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="2993"/>
        <source>Maximum active torrents:</source>
        <translation>最大活动的 torrent 数：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3013"/>
        <source>Do not count slow torrents in these limits</source>
        <translation>慢速 torrent 不计入限制内</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3061"/>
        <source>Upload rate threshold:</source>
        <translation>上传速度阈值：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3025"/>
        <source>Download rate threshold:</source>
        <translation>下载速度阈值：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3091"/>
        <location filename="../gui/optionsdialog.ui" line="3566"/>
        <location filename="../gui/optionsdialog.ui" line="4007"/>
        <location filename="../gui/optionsdialog.ui" line="4034"/>
        <source> sec</source>
        <extracomment>seconds</extracomment>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3084"/>
        <source>Torrent inactivity timer:</source>
        <translation>Torrent 非活动计时器：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3245"/>
        <source>then</source>
        <translation>达到上限后：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3766"/>
        <source>Use UPnP / NAT-PMP to forward the port from my router</source>
        <translation>使用我的路由器的 UPnP / NAT-PMP 功能来转发端口</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3791"/>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3804"/>
        <location filename="../gui/optionsdialog.ui" line="3878"/>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3814"/>
        <source>&lt;a href=https://httpd.apache.org/docs/current/ssl/ssl_faq.html#aboutcerts&gt;Information about certificates&lt;/a&gt;</source>
        <translation>&lt;a href=https://httpd.apache.org/docs/current/ssl/ssl_faq.html#aboutcerts&gt;关于证书&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="3862"/>
        <source>Change current password</source>
        <translation>更改当前密码</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4076"/>
        <source>Files location:</source>
        <translation>文件位置：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4088"/>
        <source>&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/List-of-known-alternate-WebUIs&quot;&gt;List of alternative WebUI&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/qbittorrent/qBittorrent/wiki/List-of-known-alternate-WebUIs&quot;&gt;替代 WebUI 清单&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4104"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4110"/>
        <source>Enable clickjacking protection</source>
        <translation>启用点击劫持保护</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4117"/>
        <source>Enable Cross-Site Request Forgery (CSRF) protection</source>
        <translation>启用跨站请求伪造 (CSRF) 保护</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4124"/>
        <source>Enable cookie Secure flag (requires HTTPS or localhost connection)</source>
        <translation>启用 cookie 安全标志（需要 HTTPS或本地连接）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4131"/>
        <source>Enable Host header validation</source>
        <translation>启用 Host header 属性验证</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4168"/>
        <source>Add custom HTTP headers</source>
        <translation>添加自定义 HTTP headers</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4183"/>
        <source>Header: value pairs, one per line</source>
        <translation>Header: value 值对，每行一个</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4193"/>
        <source>Enable reverse proxy support</source>
        <translation>启用反向代理支持</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4204"/>
        <source>Trusted proxies list:</source>
        <translation>受信任的代理列表：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4220"/>
        <source>&lt;a href=https://github.com/qbittorrent/qBittorrent/wiki#reverse-proxy-setup-for-webui-access&gt;Reverse proxy setup examples&lt;/a&gt;</source>
        <translation>&lt;a href=https://github.com/qbittorrent/qBittorrent/wiki#reverse-proxy-setup-for-webui-access&gt;反向代理安装样例&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4248"/>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4271"/>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.ui" line="4280"/>
        <source>Domain name:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="608"/>
        <source>By enabling these options, you can &lt;strong&gt;irrevocably lose&lt;/strong&gt; your .torrent files!</source>
        <translation>若启用以下选项，你可能会&lt;strong&gt;永久地丢失&lt;strong&gt;你的 .torrent 文件！</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="615"/>
        <source>If you enable the second option (&amp;ldquo;Also when addition is cancelled&amp;rdquo;) the .torrent file &lt;strong&gt;will be deleted&lt;/strong&gt; even if you press &amp;ldquo;&lt;strong&gt;Cancel&lt;/strong&gt;&amp;rdquo; in the &amp;ldquo;Add torrent&amp;rdquo; dialog</source>
        <translation>如果启用第二个选项&amp;ldquo;取消添加后也删除&amp;rdquo;，即使在&amp;ldquo;添加 Torrent&amp;rdquo;对话框中点击&amp;ldquo;&lt;strong&gt;取消&lt;/strong&gt;&amp;rdquo;，&lt;strong&gt;也会删除&lt;/strong&gt; .torrent 文件。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="264"/>
        <source>Select qBittorrent UI Theme file</source>
        <translation>选择 qBittorrent 界面主题文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1383"/>
        <source>Choose Alternative UI files location</source>
        <translation>选择备用的 UI 文件位置</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="706"/>
        <source>Supported parameters (case sensitive):</source>
        <translation>支持的参数（区分大小写）：</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="314"/>
        <source>Minimized</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="316"/>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="331"/>
        <source>Disabled due to failed to detect system tray presence</source>
        <translation>因未能检测到系统托盘的存在而禁用</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="580"/>
        <source>No stop condition is set.</source>
        <translation>未设置停止条件。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="581"/>
        <source>Torrent will stop after metadata is received.</source>
        <translation>接收到元数据后，Torrent 将停止。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="583"/>
        <source>Torrent will stop after files are initially checked.</source>
        <translation>第一次文件检查完成后，Torrent 将停止。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="584"/>
        <source>This will also download metadata if it wasn&apos;t there initially.</source>
        <translation>如果最开始不存在元数据，勾选此选项也会下载元数据。</translation>
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
        <translation>%N：Torrent 名称</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="708"/>
        <source>%L: Category</source>
        <translation>%L：分类</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="710"/>
        <source>%F: Content path (same as root path for multifile torrent)</source>
        <translation>%F：内容路径（与多文件 torrent 的根目录相同）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="711"/>
        <source>%R: Root path (first torrent subdirectory path)</source>
        <translation>%R：根目录（第一个 torrent 的子目录路径）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="712"/>
        <source>%D: Save path</source>
        <translation>%D：保存路径</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="713"/>
        <source>%C: Number of files</source>
        <translation>%C：文件数</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="714"/>
        <source>%Z: Torrent size (bytes)</source>
        <translation>%Z：Torrent 大小（字节）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="715"/>
        <source>%T: Current tracker</source>
        <translation>%T：当前 tracker</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="719"/>
        <source>%M: Comment</source>
        <translation>%M：注释</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="720"/>
        <source>Tip: Encapsulate parameter with quotation marks to avoid text being cut off at whitespace (e.g., &quot;%N&quot;)</source>
        <translation>提示：使用引号将参数扩起以防止文本被空白符分割（例如：&quot;%N&quot;）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="785"/>
        <source>Test email</source>
        <translation>测试邮件</translation>
    </message>
    <message>
        <source>Attempted to send email. Check your inbox to confirm success</source>
        <translation type="vanished">已尝试发送邮件。检查你的收件箱确认是否发送成功</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="934"/>
        <source>(None)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1151"/>
        <source>A torrent will be considered slow if its download and upload rates stay below these values for &quot;Torrent inactivity timer&quot; seconds</source>
        <translation>当 Torrent 下载或上传速度低于指定阈值并持续超过 “Torrent 非活动计时器” 指定的时间时，Torrent 将会被判定为慢速。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1377"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1378"/>
        <source>Select certificate</source>
        <translation>选择证书</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1380"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1381"/>
        <source>Select private key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1386"/>
        <source>WebUI configuration failed. Reason: %1</source>
        <translation>WebUI 配置失败了。原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1535"/>
        <location filename="../gui/optionsdialog.cpp" line="1579"/>
        <source>Rotate API key</source>
        <translation>重置 API key</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1537"/>
        <source>Generate an API key? This key can be used to interact with qBittorrent&apos;s API.</source>
        <translation>生成 API key 吗？这枚 key 可用于和 qBittorrent 的 API 互动。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1538"/>
        <source>Rotate this API key? The current key will immediately stop working and a new key will be generated.</source>
        <translation>重置该 API key 吗？当前 key 会立即停止工作，会生成新 key。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1557"/>
        <source>Delete this API key? The current key will immediately stop working.</source>
        <translation>删除此 API key 吗？当前 key 会立即停止工作。</translation>
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
        <translation>建议选择 %1 来达到和 Windows 深色模式最佳兼容性</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1915"/>
        <source>System</source>
        <comment>System default Qt style</comment>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1916"/>
        <source>Let Qt decide the style for this system</source>
        <translation>让 Qt 决定此系统的样式</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1933"/>
        <source>Dark</source>
        <comment>Dark color scheme</comment>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1934"/>
        <source>Light</source>
        <comment>Light color scheme</comment>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="1935"/>
        <source>System</source>
        <comment>System color scheme</comment>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2060"/>
        <source>Select folder to monitor</source>
        <translation>选择要监视的文件夹</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2082"/>
        <source>Adding entry failed</source>
        <translation>添加条目失败</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2182"/>
        <source>The WebUI username must be at least 3 characters long.</source>
        <translation>WebUI 用户名长度至少为3个字符</translation>
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
        <translation>WebUI 密码长度至少为6个字符</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2204"/>
        <source>Location Error</source>
        <translation>路径错误</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="644"/>
        <location filename="../gui/optionsdialog.cpp" line="652"/>
        <source>Choose export directory</source>
        <translation>选择导出目录</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="610"/>
        <source>When these options are enabled, qBittorrent will &lt;strong&gt;delete&lt;/strong&gt; .torrent files after they were successfully (the first option) or not (the second option) added to its download queue. This will be applied &lt;strong&gt;not only&lt;/strong&gt; to the files opened via &amp;ldquo;Add torrent&amp;rdquo; menu action but to those opened via &lt;strong&gt;file type association&lt;/strong&gt; as well</source>
        <translation>如果启用以上选项，qBittorrent 会在 .torrent 文件成功添加到下载队列后（第一个选项）或取消添加后（第二个选项）&lt;strong&gt; 删除&lt;/strong&gt;原本的 .torrent 文件。这&lt;strong&gt;不仅&lt;/strong&gt;适用于通过&amp;ldquo;添加 Torrent&amp;rdquo;菜单打开的文件，也适用于通过&lt;strong&gt;关联文件类型&lt;/strong&gt;打开的文件。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="265"/>
        <source>qBittorrent UI Theme file (*.qbtheme config.json)</source>
        <translation>qBittorrent UI 主题文件 (*.qbtheme config.json)</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="709"/>
        <source>%G: Tags (separated by comma)</source>
        <translation>%G：标签（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="716"/>
        <source>%I: Info hash v1 (or &apos;-&apos; if unavailable)</source>
        <translation>%I：信息哈希值 v1（如果不可用，则为“-”）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="717"/>
        <source>%J: Info hash v2 (or &apos;-&apos; if unavailable)</source>
        <translation>%J：信息哈希值 v2（如果不可用，则为“-”）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="718"/>
        <source>%K: Torrent ID (either sha-1 info hash for v1 torrent or truncated sha-256 info hash for v2/hybrid torrent)</source>
        <translation>%K：Torrent ID（v1 Torrent 的 sha-1 信息哈希值，或 v2/混合 Torrent 的截断 sha-256 信息哈希值）</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="358"/>
        <location filename="../gui/optionsdialog.cpp" line="632"/>
        <location filename="../gui/optionsdialog.cpp" line="637"/>
        <source>Choose a save directory</source>
        <translation>选择保存目录</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="582"/>
        <source>Torrents that have metadata initially will be added as stopped.</source>
        <translation>最开始就有元数据的 Torrent 文件被添加后将处在停止状态</translation>
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
        <translation>选择一个 IP 过滤规则文件</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="956"/>
        <source>All supported filters</source>
        <translation>所有支持的过滤规则</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2204"/>
        <source>The alternative WebUI files location cannot be blank.</source>
        <translation>备选的 WebUI 文件位置不能为空</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2241"/>
        <source>Parsing error</source>
        <translation>解析错误</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2241"/>
        <source>Failed to parse the provided IP filter</source>
        <translation>无法解析提供的 IP 过滤规则</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2243"/>
        <source>Successfully refreshed</source>
        <translation>刷新成功</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2243"/>
        <source>Successfully parsed the provided IP filter: %1 rules were applied.</source>
        <comment>%1 is a number</comment>
        <translation>成功解析提供的 IP 过滤规则：%1 条规则已应用。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="164"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2252"/>
        <source>Time Error</source>
        <translation>时间错误</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2252"/>
        <source>The start time and the end time can&apos;t be the same.</source>
        <translation>开始时间和结束时间不能相同。</translation>
    </message>
    <message>
        <location filename="../gui/optionsdialog.cpp" line="2182"/>
        <location filename="../gui/optionsdialog.cpp" line="2194"/>
        <source>Length Error</source>
        <translation>长度错误</translation>
    </message>
</context>
<context>
    <name>PeerInfo</name>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="237"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="314"/>
        <source>Interested (local) and choked (peer)</source>
        <translation>您：期待下载╱他：拒绝上传</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="319"/>
        <source>Interested (local) and unchoked (peer)</source>
        <translation>您：期待下载╱他：同意上传</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="328"/>
        <source>Interested (peer) and choked (local)</source>
        <translation>他：期待下载╱您：拒绝上传</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="333"/>
        <source>Interested (peer) and unchoked (local)</source>
        <translation>他：期待下载╱您：同意上传</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="339"/>
        <source>Not interested (local) and unchoked (peer)</source>
        <translation>您：不想下载╱他：同意上传</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="343"/>
        <source>Not interested (peer) and unchoked (local)</source>
        <translation>他：不想下载╱您：同意上传</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="347"/>
        <source>Optimistic unchoke</source>
        <translation>多传者优先</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="351"/>
        <source>Peer snubbed</source>
        <translation>下载者突然停止</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="355"/>
        <source>Incoming connection</source>
        <translation>传入连接</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="359"/>
        <source>Peer from DHT</source>
        <translation>来自 DHT 的下载者</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="363"/>
        <source>Peer from PEX</source>
        <translation>来自 PEX 的下载者</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="367"/>
        <source>Peer from LSD</source>
        <translation>来自 LSD 的下载者</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="371"/>
        <source>Encrypted traffic</source>
        <translation>加密的流量</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="375"/>
        <source>Encrypted handshake</source>
        <translation>加密握手</translation>
    </message>
    <message>
        <location filename="../base/bittorrent/peerinfo.cpp" line="383"/>
        <source>Peer is using NAT hole punching</source>
        <translation>Peer 正使用 NAT 打洞</translation>
    </message>
</context>
<context>
    <name>PeerListWidget</name>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="114"/>
        <source>Country/Region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="115"/>
        <source>IP/Address</source>
        <translation>IP/地址</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="116"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="117"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="118"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="119"/>
        <source>Client</source>
        <comment>i.e.: Client application</comment>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="120"/>
        <source>Peer ID Client</source>
        <comment>i.e.: Client resolved from Peer ID</comment>
        <translation>Peer ID 客户端</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="121"/>
        <source>Progress</source>
        <comment>i.e: % downloaded</comment>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="122"/>
        <source>Down Speed</source>
        <comment>i.e: Download speed</comment>
        <translation>下载速度</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="123"/>
        <source>Up Speed</source>
        <comment>i.e: Upload speed</comment>
        <translation>上传速度</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="124"/>
        <source>Downloaded</source>
        <comment>i.e: total data downloaded</comment>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="125"/>
        <source>Uploaded</source>
        <comment>i.e: total data uploaded</comment>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="126"/>
        <source>Relevance</source>
        <comment>i.e: How relevant this peer is to us. How many pieces it has that we don&apos;t.</comment>
        <translation>文件关联</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="127"/>
        <source>Files</source>
        <comment>i.e. files that are being downloaded right now</comment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="205"/>
        <source>Column visibility</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="231"/>
        <source>Resize columns</source>
        <translation>调整列大小</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="240"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>将所有非隐藏列的大小调整为其内容的大小</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="294"/>
        <source>Add peers...</source>
        <translation>添加 peers 用户...</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="303"/>
        <location filename="../gui/properties/peerlistwidget.cpp" line="305"/>
        <source>Adding peers</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="303"/>
        <source>Some peers cannot be added. Check the Log for details.</source>
        <translation>部分用户无法被添加。请查看日志以了解更多。</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="305"/>
        <source>Peers are added to this torrent.</source>
        <translation>这些用户已添加到此 torrent。</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="310"/>
        <location filename="../gui/properties/peerlistwidget.cpp" line="353"/>
        <source>Ban peer permanently</source>
        <translation>永久禁止用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="321"/>
        <source>Cannot add peers to a private torrent</source>
        <translation>无法将 peer 用户添加至私有 torrent</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="323"/>
        <source>Cannot add peers when the torrent is checking</source>
        <translation>torrent 在检查时无法添加 peers 用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="325"/>
        <source>Cannot add peers when the torrent is queued</source>
        <translation>torrent 排队时无法添加 peers 用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="329"/>
        <source>No peer was selected</source>
        <translation>未选中 peer</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="354"/>
        <source>Are you sure you want to permanently ban the selected peers?</source>
        <translation>您确定要永久禁止所选的用户吗？</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="360"/>
        <source>Peer &quot;%1&quot; is manually banned</source>
        <translation>用户 &quot;%1&quot; 已被自动屏蔽</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="450"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/properties/peerlistwidget.cpp" line="307"/>
        <source>Copy IP:port</source>
        <translation>复制 IP:端口</translation>
    </message>
</context>
<context>
    <name>PeersAdditionDialog</name>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="14"/>
        <source>Add Peers</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="20"/>
        <source>List of peers to add (one IP per line):</source>
        <translation>要添加的用户列表（每行一个 IP）：</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.ui" line="36"/>
        <source>Format: IPv4:port / [IPv6]:port</source>
        <translation>格式：IPv4:端口 / [IPv6]:端口</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="64"/>
        <source>No peer entered</source>
        <translation>未输入用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="65"/>
        <source>Please type at least one peer.</source>
        <translation>请至少输入一个用户。</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="78"/>
        <source>Invalid peer</source>
        <translation>无效的用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/peersadditiondialog.cpp" line="79"/>
        <source>The peer &apos;%1&apos; is invalid.</source>
        <translation>用户 &apos;%1&apos; 无效。</translation>
    </message>
</context>
<context>
    <name>PieceAvailabilityBar</name>
    <message>
        <location filename="../gui/properties/pieceavailabilitybar.cpp" line="175"/>
        <source>Unavailable pieces</source>
        <translation>不可用文件块</translation>
    </message>
    <message>
        <location filename="../gui/properties/pieceavailabilitybar.cpp" line="176"/>
        <source>Available pieces</source>
        <translation>可用文件块</translation>
    </message>
</context>
<context>
    <name>PiecesBar</name>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="291"/>
        <source>Files in this piece:</source>
        <translation>在此块中的文件：</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="293"/>
        <source>File in this piece:</source>
        <translation>此块中的文件：</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="295"/>
        <source>File in these pieces:</source>
        <translation>这些块中的文件：</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="314"/>
        <source>Wait until metadata become available to see detailed information</source>
        <translation>待元数据获取成功后即可显示详细信息</translation>
    </message>
    <message>
        <location filename="../gui/properties/piecesbar.cpp" line="316"/>
        <source>Hold Shift key for detailed information</source>
        <translation>按住 Shift 键以查看详细信息</translation>
    </message>
</context>
<context>
    <name>PluginSelectDialog</name>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="17"/>
        <source>Search plugins</source>
        <translation>搜索插件</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="29"/>
        <source>Installed search plugins:</source>
        <translation>已安装的搜索插件：</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="57"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="62"/>
        <source>Url</source>
        <translation>Url</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="67"/>
        <location filename="../gui/search/pluginselectdialog.ui" line="133"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="80"/>
        <source>Warning: Be sure to comply with your country&apos;s copyright laws when downloading torrents from any of these search engines.</source>
        <translation>警告：在下载来自这些搜索引擎的 torrent 时，请确认它符合您所在国家的版权法。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="95"/>
        <source>You can get new search engine plugins here: &lt;a href=&quot;https://plugins.qbittorrent.org&quot;&gt;https://plugins.qbittorrent.org&lt;/a&gt;</source>
        <translation>你可以访问此处获得新的搜索引擎插件：&lt;a href=&quot;https://plugins.qbittorrent.org&quot;&gt;https://plugins.qbittorrent.org&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="107"/>
        <source>Install a new one</source>
        <translation>安装一个新的搜索引擎</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="114"/>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="121"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.ui" line="138"/>
        <source>Uninstall</source>
        <translation>卸载</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="160"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="231"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="296"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="165"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="210"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="236"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="301"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="216"/>
        <source>Uninstall warning</source>
        <translation>卸载警告</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="216"/>
        <source>Some plugins could not be uninstalled because they are included in qBittorrent. Only the ones you added yourself can be uninstalled.
Those plugins were disabled.</source>
        <translation>一些插件不能被卸载，因为它们是由 qBittorrent 添加的。只有你自己添加的插件才能被卸载。
这些插件已被禁用。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="218"/>
        <source>Uninstall success</source>
        <translation>卸载成功</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="218"/>
        <source>All selected plugins were uninstalled successfully</source>
        <translation>所有选中的插件已成功卸载</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="341"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="448"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="463"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="495"/>
        <source>Search plugin update</source>
        <translation>更新搜索插件</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="341"/>
        <source>Plugins installed or updated: %1</source>
        <translation>插件已被安装或更新：%1</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="363"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="371"/>
        <source>New search engine plugin URL</source>
        <translation>新搜索引擎插件 URL</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="364"/>
        <location filename="../gui/search/pluginselectdialog.cpp" line="372"/>
        <source>URL:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="369"/>
        <source>Invalid link</source>
        <translation>无效链接</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="369"/>
        <source>The link doesn&apos;t seem to point to a search engine plugin.</source>
        <translation>该链接似乎并不指向一个搜索引擎插件。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="386"/>
        <source>Select search plugins</source>
        <translation>选择搜索插件</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="387"/>
        <source>qBittorrent search plugin</source>
        <translation>qBittorrent 搜索插件</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="448"/>
        <source>All your plugins are already up to date.</source>
        <translation>所有的插件已是最新的。</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="463"/>
        <source>Sorry, couldn&apos;t check for plugin updates. %1</source>
        <translation>抱歉，无法检查插件更新。%1</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="477"/>
        <source>Search plugin install</source>
        <translation>安装搜索插件</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="478"/>
        <source>Couldn&apos;t install &quot;%1&quot; search engine plugin. %2</source>
        <translation>无法安装搜索引擎插件 &quot;%1&quot;。%2</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginselectdialog.cpp" line="496"/>
        <source>Couldn&apos;t update &quot;%1&quot; search engine plugin. %2</source>
        <translation>无法更新搜索引擎插件 &quot;%1&quot;。%2</translation>
    </message>
</context>
<context>
    <name>PluginSourceDialog</name>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="14"/>
        <source>Plugin source</source>
        <translation>插件来源</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="26"/>
        <source>Search plugin source:</source>
        <translation>搜索插件来源：</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="35"/>
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../gui/search/pluginsourcedialog.ui" line="42"/>
        <source>Web link</source>
        <translation>网站链接</translation>
    </message>
</context>
<context>
    <name>PreviewSelectDialog</name>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="65"/>
        <source>The following files from torrent &quot;%1&quot; support previewing, please select one of them:</source>
        <translation>下列来自 torrent &quot;%1&quot; 的文件支持预览，请选择其中之一：</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="68"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="77"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="78"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="145"/>
        <source>Preview impossible</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="146"/>
        <source>Sorry, we can&apos;t preview this file: &quot;%1&quot;.</source>
        <translation>抱歉，此文件无法预览：&quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="162"/>
        <source>Resize columns</source>
        <translation>调整列大小</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.cpp" line="170"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>将所有非隐藏列的大小调整为其内容的大小</translation>
    </message>
    <message>
        <location filename="../gui/previewselectdialog.ui" line="14"/>
        <source>Preview selection</source>
        <translation>选择要预览的文件</translation>
    </message>
</context>
<context>
    <name>Private::FileLineEdit</name>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="305"/>
        <source>Path does not exist</source>
        <translation>路径不存在</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="307"/>
        <source>Path does not point to a directory</source>
        <translation>路径不指向一个目录</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="309"/>
        <source>Path does not point to a file</source>
        <translation>路径不指向一个文件</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="311"/>
        <source>Don&apos;t have read permission to path</source>
        <translation>没有读取路径的权限</translation>
    </message>
    <message>
        <location filename="../gui/fspathedit_p.cpp" line="313"/>
        <source>Don&apos;t have write permission to path</source>
        <translation>没有写入路径的权限</translation>
    </message>
</context>
<context>
    <name>ProgramUpdater</name>
    <message>
        <location filename="../gui/programupdater.cpp" line="127"/>
        <location filename="../gui/programupdater.cpp" line="199"/>
        <source>Failed to download the program update info. URL: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>无法下载程序更新信息。URL：“%1”。错误：“%2”</translation>
    </message>
</context>
<context>
    <name>PropTabBar</name>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="50"/>
        <source>General</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="59"/>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="68"/>
        <source>Peers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="77"/>
        <source>HTTP Sources</source>
        <translation>HTTP 源</translation>
    </message>
    <message>
        <location filename="../gui/properties/proptabbar.cpp" line="86"/>
        <source>Content</source>
        <translation>内容</translation>
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
        <translation>已下载：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="117"/>
        <source>Availability:</source>
        <translation>可用性：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="81"/>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="157"/>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="175"/>
        <source>Time Active:</source>
        <extracomment>Time (duration) the torrent is active (not stopped)</extracomment>
        <translation>活动时间：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="204"/>
        <source>ETA:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="291"/>
        <source>Uploaded:</source>
        <translation>已上传：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="320"/>
        <source>Seeds:</source>
        <translation>做种数：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="349"/>
        <source>Download Speed:</source>
        <translation>下载速度：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="378"/>
        <source>Upload Speed:</source>
        <translation>上传速度：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="407"/>
        <source>Peers:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="436"/>
        <source>Download Limit:</source>
        <translation>下载限制：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="465"/>
        <source>Upload Limit:</source>
        <translation>上传限制：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="494"/>
        <source>Wasted:</source>
        <translation>已丢弃：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="233"/>
        <source>Connections:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="642"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="866"/>
        <source>Info Hash v1:</source>
        <translation>信息哈希值 v1：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="898"/>
        <source>Info Hash v2:</source>
        <translation>信息哈希值 v2：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="965"/>
        <source>Comment:</source>
        <translation>注释：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="1125"/>
        <source>Select All</source>
        <translation>选择所有</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="1132"/>
        <source>Select None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="523"/>
        <source>Share Ratio:</source>
        <translation>分享率：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="552"/>
        <source>Reannounce In:</source>
        <translation>下次汇报：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="581"/>
        <source>Last Seen Complete:</source>
        <translation>最后完整可见：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="610"/>
        <location filename="../gui/properties/propertieswidget.ui" line="629"/>
        <source>Ratio / Time Active (in months), indicates how popular the torrent is</source>
        <translation>分享率/活跃时间（月份为单位），表明 torrent 的流行度</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="613"/>
        <source>Popularity:</source>
        <translation>流行度：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="660"/>
        <source>Total Size:</source>
        <translation>总大小：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="689"/>
        <source>Pieces:</source>
        <translation>区块：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="718"/>
        <source>Created By:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="747"/>
        <source>Added On:</source>
        <translation>添加于：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="776"/>
        <source>Completed On:</source>
        <translation>完成于：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="805"/>
        <source>Created On:</source>
        <translation>创建于：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="834"/>
        <source>Private:</source>
        <translation>私密：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.ui" line="930"/>
        <source>Save Path:</source>
        <translation>保存路径：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="468"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="476"/>
        <source>%1 x %2 (have %3)</source>
        <comment>(torrent pieces) eg 152 x 4MB (have 25)</comment>
        <translation>%1 x %2 (已完成 %3)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="411"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="414"/>
        <source>%1 (%2 this session)</source>
        <translation>%1 (本次会话 %2)</translation>
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
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="342"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="424"/>
        <source>%1 (seeded for %2)</source>
        <comment>e.g. 4m39s (seeded for 3m10s)</comment>
        <translation>%1 (已做种 %2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="434"/>
        <source>%1 (%2 max)</source>
        <comment>%1 and %2 are numbers, e.g. 3 (10 max)</comment>
        <translation>%1 (最大 %2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="450"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="454"/>
        <source>%1 (%2 total)</source>
        <comment>%1 and %2 are numbers, e.g. 3 (10 total)</comment>
        <translation>%1 (总计 %2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="460"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="465"/>
        <source>%1 (%2 avg.)</source>
        <comment>%1 and %2 are speed rates, e.g. 200KiB/s (100KiB/s avg.)</comment>
        <translation>%1 (平均 %2)</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="617"/>
        <source>Add web seed</source>
        <comment>Add HTTP source</comment>
        <translation>新增 Web 种子</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="618"/>
        <source>Add web seed:</source>
        <translation>新增 Web 种子：</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="624"/>
        <location filename="../gui/properties/propertieswidget.cpp" line="677"/>
        <source>This web seed is already in the list.</source>
        <translation>该 Web 种子已在此列表中。</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="82"/>
        <source>Filter files...</source>
        <translation>过滤文件...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="555"/>
        <source>Add web seed...</source>
        <translation>新增 Web 种子</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="559"/>
        <source>Remove web seed</source>
        <translation>移除 Web 种子</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="562"/>
        <source>Copy web seed URL</source>
        <translation>复制 Web 种子 URL</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="564"/>
        <source>Edit web seed URL...</source>
        <translation>编辑 Web 种子 URL...</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="604"/>
        <source>Speed graphs are disabled</source>
        <translation>速度图被禁用</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="604"/>
        <source>You can enable it in Advanced Options</source>
        <translation>您可以在“高级选项”中启用它</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="669"/>
        <source>Web seed editing</source>
        <translation>编辑 Web 种子</translation>
    </message>
    <message>
        <location filename="../gui/properties/propertieswidget.cpp" line="670"/>
        <source>Web seed URL:</source>
        <translation>Web 种子 URL：</translation>
    </message>
</context>
<context>
    <name>RSS::AutoDownloader</name>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="80"/>
        <location filename="../base/rss/rss_autodownloader.cpp" line="88"/>
        <source>Invalid data format.</source>
        <translation>无效的数据格式。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="123"/>
        <source>Couldn&apos;t save RSS AutoDownloader data in %1. Error: %2</source>
        <translation>无法在 %1 保存 RSS 自动下载器数据。错误：%2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="325"/>
        <source>Invalid data format</source>
        <translation>无效数据格式</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="508"/>
        <source>RSS article &apos;%1&apos; is accepted by rule &apos;%2&apos;. Trying to add torrent...</source>
        <translation>已接受 RSS 文章  &apos;%1&apos;，依据是规则 &apos;%2&apos;。正尝试添加 torrent...</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="544"/>
        <source>Failed to read RSS AutoDownloader rules. %1</source>
        <translation>未能读取 RSS 自动下载程序规则： %1</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_autodownloader.cpp" line="562"/>
        <source>Couldn&apos;t load RSS AutoDownloader rules. Reason: %1</source>
        <translation>无法读取 RSS 自动下载器规则。原因：%1</translation>
    </message>
</context>
<context>
    <name>RSS::Feed</name>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="247"/>
        <source>Failed to download RSS feed at &apos;%1&apos;. Reason: %2</source>
        <translation>下载 RSS 订阅 &apos;%1&apos; 失败。原因：%2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="283"/>
        <source>RSS feed at &apos;%1&apos; updated. Added %2 new articles.</source>
        <translation>已更新 RSS 订阅 &apos;%1&apos;。添加了 %2 个新文章。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="280"/>
        <source>Failed to parse RSS feed at &apos;%1&apos;. Reason: %2</source>
        <translation>无法解析 RSS 订阅 &apos;%1&apos;。原因：%2</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_feed.cpp" line="234"/>
        <source>RSS feed at &apos;%1&apos; is successfully downloaded. Starting to parse it.</source>
        <translation>已成功下载 RSS 订阅 “%1”。开始解析。</translation>
    </message>
</context>
<context>
    <name>RSS::Private::FeedSerializer</name>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="57"/>
        <source>Failed to read RSS session data. %1</source>
        <translation>未能读取 RSS 会话数据： %1</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="79"/>
        <source>Failed to save RSS feed in &apos;%1&apos;, Reason: %2</source>
        <translation>无法将 RSS 订阅保存在 “%1”，原因：%2</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="90"/>
        <source>Couldn&apos;t parse RSS Session data. Error: %1</source>
        <translation>无法解析 RSS 会话数据。错误：%1</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="97"/>
        <source>Couldn&apos;t load RSS Session data. Invalid data format.</source>
        <translation>无法加载 RSS 会话数据。无效的数据格式。</translation>
    </message>
    <message>
        <location filename="../base/rss/feed_serializer.cpp" line="109"/>
        <source>Couldn&apos;t load RSS article &apos;%1#%2&apos;. Invalid data format.</source>
        <translation>无法加载 RSS 文章 “%1#%2”。无效的数据格式。</translation>
    </message>
</context>
<context>
    <name>RSS::Private::Parser</name>
    <message>
        <location filename="../base/rss/rss_parser.cpp" line="594"/>
        <source>Invalid RSS feed.</source>
        <translation>无效的 RSS 订阅。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_parser.cpp" line="588"/>
        <source>%1 (line: %2, column: %3, offset: %4).</source>
        <translation>%1（行：%2，列：%3，偏移：%4）。</translation>
    </message>
</context>
<context>
    <name>RSS::Session</name>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="79"/>
        <source>Couldn&apos;t save RSS session configuration. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>无法保存 RSS 会话配置。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="88"/>
        <source>Couldn&apos;t save RSS session data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>无法保存 RSS 会话数据。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="156"/>
        <location filename="../base/rss/rss_session.cpp" line="189"/>
        <source>RSS feed with given URL already exists: %1.</source>
        <translation>该 URL 已在 RSS 订阅源中存在：%1。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="176"/>
        <source>Feed doesn&apos;t exist: %1.</source>
        <translation>Feed 不存在：%1。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="203"/>
        <source>Cannot move root folder.</source>
        <translation>不能移动根文件夹。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="207"/>
        <location filename="../base/rss/rss_session.cpp" line="250"/>
        <source>Item doesn&apos;t exist: %1.</source>
        <translation>项目不存在：%1。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="223"/>
        <source>Can&apos;t move a folder into itself or its subfolders.</source>
        <translation>无法移动文件夹到其自身或其子文件夹中</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="246"/>
        <source>Cannot delete root folder.</source>
        <translation>不能删除根文件夹。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="287"/>
        <source>Failed to read RSS session data. %1</source>
        <translation>未能读取 RSS 会话数据： %1</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="295"/>
        <source>Failed to parse RSS session data. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>未能解析 RSS 会话数据。文件：&quot;%1&quot;。错误： &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="302"/>
        <source>Failed to load RSS session data. File: &quot;%1&quot;. Error: &quot;Invalid data format.&quot;</source>
        <translation>未能加载 RSS 会话数据。文件：&quot;%1&quot;。错误： &quot;无效的数据格式.&quot;</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="333"/>
        <source>Couldn&apos;t load RSS feed. Feed: &quot;%1&quot;. Reason: URL is required.</source>
        <translation>无法加载 RSS 源。源：“%1”。原因：需要 URL。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="344"/>
        <source>Couldn&apos;t load RSS feed. Feed: &quot;%1&quot;. Reason: UID is invalid.</source>
        <translation>无法加载 RSS 源。源：“%1”。原因：UID 无效。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="351"/>
        <source>Duplicate RSS feed found. UID: &quot;%1&quot;. Error: Configuration seems to be corrupted.</source>
        <translation>找到重复的 RSS 源。UID：“%1”，错误：配置似乎已损坏。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="375"/>
        <source>Couldn&apos;t load RSS item. Item: &quot;%1&quot;. Invalid data format.</source>
        <translation>无法加载 RSS 项目。项目：“%1”。无效的数据格式。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="389"/>
        <source>Corrupted RSS list, not loading it.</source>
        <translation>损坏的 RSS 列表，无法加载它。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="410"/>
        <source>Failed to add RSS folder item. Reason: &quot;%1&quot;</source>
        <translation>无法添加 RSS 文件夹项目。原因：“%1”</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="417"/>
        <source>Failed to add RSS feed item. Reason: &quot;%1&quot;</source>
        <translation>无法添加 RSS 订阅源项目。原因：“%1”</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="431"/>
        <source>Incorrect RSS Item path: %1.</source>
        <translation>不正确的 RSS 项路径：%1。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="434"/>
        <source>RSS item with given path already exists: %1.</source>
        <translation>该 RSS 项的路径已存在：%1。</translation>
    </message>
    <message>
        <location filename="../base/rss/rss_session.cpp" line="439"/>
        <source>Parent folder doesn&apos;t exist: %1.</source>
        <translation>父文件夹不存在：%1。</translation>
    </message>
</context>
<context>
    <name>RSSController</name>
    <message>
        <location filename="../webui/api/rsscontroller.cpp" line="94"/>
        <source>Invalid &apos;refreshInterval&apos; value</source>
        <translation>无效的“刷新间隔”值</translation>
    </message>
    <message>
        <location filename="../webui/api/rsscontroller.cpp" line="99"/>
        <source>Feed doesn&apos;t exist: %1.</source>
        <translation>Feed 不存在：%1。</translation>
    </message>
</context>
<context>
    <name>RSSFeedDialog</name>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="14"/>
        <source>RSS Feed Options</source>
        <translation>RSS 源选项</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="22"/>
        <source>URL:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.ui" line="32"/>
        <source>Refresh interval:</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.cpp" line="43"/>
        <source> sec</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../gui/rss/rssfeeddialog.cpp" line="44"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>RSSWidget</name>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="17"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="31"/>
        <source>Fetching of RSS feeds is disabled now! You can enable it in application settings.</source>
        <translation>获取 RSS 订阅功能已被禁用！您可以在应用程序的设置中开启它。</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="43"/>
        <source>New subscription</source>
        <translation>新 RSS 订阅</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="50"/>
        <location filename="../gui/rss/rsswidget.ui" line="171"/>
        <location filename="../gui/rss/rsswidget.ui" line="174"/>
        <source>Mark items read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="57"/>
        <source>Refresh RSS streams</source>
        <translation>重新载入 RSS 资源</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="60"/>
        <source>Update all</source>
        <translation>更新所有</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="80"/>
        <source>RSS Downloader...</source>
        <translation>RSS 下载器...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="108"/>
        <source>Torrents: (double-click to download)</source>
        <translation>Torrent：（双击下载）</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="134"/>
        <location filename="../gui/rss/rsswidget.ui" line="137"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="142"/>
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="145"/>
        <source>Rename</source>
        <translation>重命名</translation>
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
        <translation>新建订阅...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="163"/>
        <location filename="../gui/rss/rsswidget.ui" line="166"/>
        <source>Update all feeds</source>
        <translation>更新所有订阅</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="179"/>
        <source>Download torrent</source>
        <translation>下载 torrent</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="184"/>
        <source>Open news URL</source>
        <translation>打开新闻 URL</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="189"/>
        <source>Copy feed URL</source>
        <translation>复制订阅源 URL</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="194"/>
        <source>New folder...</source>
        <translation>新建文件夹...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.ui" line="199"/>
        <source>Feed options...</source>
        <translation>源选项...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="136"/>
        <source>Filter feed items...</source>
        <translation>筛选源条目...</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="304"/>
        <source>Please choose a folder name</source>
        <translation>请指定文件夹名</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="304"/>
        <source>Folder name:</source>
        <translation>文件夹名：</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="305"/>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="398"/>
        <source>Deletion confirmation</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="398"/>
        <source>Are you sure you want to delete the selected RSS feeds?</source>
        <translation>您确定要删除所选的 RSS 订阅吗？</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="487"/>
        <source>Blocked opening RSS article URL. URL pointing to local file might be malicious behaviour. Article: &quot;%1&quot;. URL: &quot;%2&quot;.</source>
        <translation>阻止了打开 RSS 文章 URL。指向本地文件的 URL 可能是恶意行为。文章：&quot;%1&quot;. URL：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="498"/>
        <source>Blocked opening RSS article URL. The following article URL is pointing to local file and it may be malicious behaviour:
%1</source>
        <translation>阻止了打开 RSS 文章 URL。下列文章 URL 指向本地文件，可能是恶意行为：%1</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="500"/>
        <location filename="../gui/rss/rsswidget.cpp" line="507"/>
        <source>There are %1 more articles with the same issue.</source>
        <translation>还有 %1 篇文章也有相同问题.</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="505"/>
        <source>The following article has no news URL provided:
%1</source>
        <translation>下列文章没有提供新闻 URL: %1</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="527"/>
        <source>Please choose a new name for this RSS feed</source>
        <translation>请重命名该 RSS 订阅源</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="527"/>
        <source>New feed name:</source>
        <translation>新订阅源名称：</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="535"/>
        <source>Rename failed</source>
        <translation>重命名失败</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="710"/>
        <source>Date: </source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="712"/>
        <source>Feed: </source>
        <translation>订阅源：</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="714"/>
        <source>Author: </source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../gui/rss/rsswidget.cpp" line="716"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="90"/>
        <source>Python must be installed to use the Search Engine.</source>
        <translation>使用搜索引擎必须先安装 Python。</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="113"/>
        <source>Unable to create more than %1 concurrent searches.</source>
        <translation>无法创建超过 %1 并发搜索。</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="190"/>
        <location filename="../webui/api/searchcontroller.cpp" line="196"/>
        <source>Offset is out of range</source>
        <translation>偏移超出范围</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="305"/>
        <source>All plugins are already up to date.</source>
        <translation>所有插件已准备好更新</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="309"/>
        <source>Updating %1 plugins</source>
        <translation>正在更新 %1 插件</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="314"/>
        <source>Updating plugin %1</source>
        <translation>正在更新插件 %1</translation>
    </message>
    <message>
        <location filename="../webui/api/searchcontroller.cpp" line="323"/>
        <source>Failed to check for plugin updates: %1</source>
        <translation>检查插件更新失败： %1</translation>
    </message>
</context>
<context>
    <name>SearchDownloadHandler</name>
    <message>
        <location filename="../base/search/searchdownloadhandler.cpp" line="72"/>
        <source>Error occurred when downloading torrent via search engine. Engine: &quot;%1&quot;. URL: &quot;%2&quot;. Error: &quot;%3&quot;.</source>
        <translation>通过搜索引擎下载种子时出错。引擎： &quot;%1&quot;。URL：&quot;%2&quot;。错误： &quot;%3&quot;。</translation>
    </message>
</context>
<context>
    <name>SearchHandler</name>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="70"/>
        <source>Process failed to start</source>
        <translation>进程启动失败</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="72"/>
        <source>Process crashed</source>
        <translation>进程崩溃</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="74"/>
        <source>Process timed out</source>
        <translation>进程超时</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="76"/>
        <source>Process write error</source>
        <translation>进程写入错误</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="78"/>
        <source>Process read error</source>
        <translation>进程读取错误</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="80"/>
        <source>Process unknown error</source>
        <translation>进程未知错误</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="117"/>
        <source>Search process failed. Search query: &quot;%1&quot;. Category: &quot;%2&quot;. Engines: &quot;%3&quot;. Error: &quot;%4&quot;.</source>
        <translation>搜索过程失败。 搜索词： &quot;%1&quot;。类别：&quot;%2&quot;。引擎： &quot;%3&quot;。错误：&quot;%4&quot;。</translation>
    </message>
    <message>
        <location filename="../base/search/searchhandler.cpp" line="166"/>
        <source>Error occurred in search engine. Search query: &quot;%1&quot;. Category: &quot;%2&quot;. Engines: &quot;%3&quot;. Error: &quot;%4&quot;.</source>
        <translation>搜索引擎出错。搜索词：&quot;%1&quot;。类别：&quot;%2&quot;。引擎：&quot;%3&quot;。错误：&quot;%4&quot;。</translation>
    </message>
</context>
<context>
    <name>SearchJobWidget</name>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="19"/>
        <source>Results(xxx)</source>
        <translation>结果(xxx)</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="39"/>
        <source>Search in:</source>
        <translation>在以下范围搜索：</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="46"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Some search engines search in torrent description and in torrent file names too. Whether such results will be shown in the list below is controlled by this mode.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Everywhere &lt;/span&gt;disables filtering and shows everything returned by the search engines.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Torrent names only&lt;/span&gt; shows only torrents whose names match the search query.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;一些搜索引擎会搜索 torrent 描述和 torrent 内的文件名。可以通过修改此模式来调整显示在下方列表的搜索结果。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;任意位置 &lt;/span&gt;将禁用过滤并显示搜索引擎返回的所有结果。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;仅 torrent 名称&lt;/span&gt; 将只显示名称匹配搜索关键词的 torrent。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="69"/>
        <source>Set minimum and maximum allowed number of seeders</source>
        <translation>设置允许的最多和最少做种人数</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="79"/>
        <source>Minimum number of seeds</source>
        <translation>最小做种数</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="96"/>
        <source>Maximum number of seeds</source>
        <translation>最大做种数</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="125"/>
        <source>Set minimum and maximum allowed size of a torrent</source>
        <translation>设置允许的最大和最小 Torrent 大小</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="137"/>
        <source>Minimum torrent size</source>
        <translation>最小 Torrent 大小</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="161"/>
        <source>Maximum torrent size</source>
        <translation>最大 Torrent 大小</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="72"/>
        <source>Seeds:</source>
        <translation>做种数：</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.ui" line="89"/>
        <location filename="../gui/search/searchjobwidget.ui" line="152"/>
        <source>to</source>
        <translation>到</translation>
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
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="108"/>
        <source>Name</source>
        <comment>i.e: file name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="109"/>
        <source>Size</source>
        <comment>i.e: file size</comment>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="110"/>
        <source>Seeders</source>
        <comment>i.e: Number of full sources</comment>
        <translation>做种</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="111"/>
        <source>Leechers</source>
        <comment>i.e: Number of partial sources</comment>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="169"/>
        <source>Filter search results...</source>
        <translation>过滤搜索结果...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="350"/>
        <source>Blocked opening search result description page URL. URL pointing to local file might be malicious behaviour. Name: &quot;%1&quot;. URL: &quot;%2&quot;.</source>
        <translation>阻止了打开搜索结果描述页 URL。指向本地文件的 URL 可能是恶意行为。名称：&quot;%1&quot;. URL：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="361"/>
        <source>Blocked opening search result description page URL. The following result URL is pointing to local file and it may be malicious behaviour:
%1</source>
        <translation>阻止了打开搜索结果描述页 URL。下列结果 URL 指向本地文件，可能是恶意行为：%1</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="363"/>
        <source>There are %1 more results with the same issue.</source>
        <translation>还有 %1 个结果也有相同问题</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="368"/>
        <source>Entry &quot;%1&quot; has no description page URL provided.</source>
        <translation>“%1” 项目未提供描述页 URL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="370"/>
        <source>There are %1 more entries with the same issue.</source>
        <translation>还有 %1 个项目也有相同问题</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="451"/>
        <source>Results (showing &lt;i&gt;%1&lt;/i&gt; out of &lt;i&gt;%2&lt;/i&gt;):</source>
        <comment>i.e: Search results</comment>
        <translation>结果（显示 &lt;i&gt;%1&lt;/i&gt; 条，共 &lt;i&gt;%2&lt;/i&gt; 条）：</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="510"/>
        <source>Torrent names only</source>
        <translation>仅 Torrent 名称</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="511"/>
        <source>Everywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="533"/>
        <source>Use regular expressions</source>
        <translation>使用正则表达式</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="548"/>
        <source>Open download window</source>
        <translation>打开下载窗口</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="550"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="552"/>
        <source>Open description page</source>
        <translation>打开描述页</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="556"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="558"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="560"/>
        <source>Download link</source>
        <translation>下载链接</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="562"/>
        <source>Description page URL</source>
        <translation>描述页 URL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="74"/>
        <source>Searching...</source>
        <translation>搜索...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="76"/>
        <source>Search has finished</source>
        <translation>搜索已完成</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="78"/>
        <source>Search aborted</source>
        <translation>搜索中止</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="80"/>
        <source>An error occurred during search...</source>
        <translation>搜索期间发生错误...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="82"/>
        <source>Search returned no results</source>
        <translation>搜索未返回任何结果</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="112"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="113"/>
        <source>Engine URL</source>
        <translation>引擎 URL</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="114"/>
        <source>Published On</source>
        <translation>发布于</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="594"/>
        <source>Column visibility</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="617"/>
        <source>Resize columns</source>
        <translation>调整列大小</translation>
    </message>
    <message>
        <location filename="../gui/search/searchjobwidget.cpp" line="626"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>将所有非隐藏列的大小调整为其内容的大小</translation>
    </message>
</context>
<context>
    <name>SearchPluginManager</name>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="246"/>
        <source>Unknown search engine plugin file format.</source>
        <translation>未知的搜索引擎插件文件格式。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="257"/>
        <source>Plugin already at version %1, which is greater than %2</source>
        <translation>插件当前版本为 %1，比 %2 更新。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="258"/>
        <source>A more recent version of this plugin is already installed.</source>
        <translation>已安装此插件的更新版本。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="282"/>
        <source>Plugin %1 is not supported.</source>
        <translation>不支持插件 %1。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="290"/>
        <location filename="../base/search/searchpluginmanager.cpp" line="294"/>
        <source>Plugin is not supported.</source>
        <translation>不支持的插件。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="302"/>
        <source>Plugin %1 has been successfully updated.</source>
        <translation>插件 %1 已成功更新。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="376"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="380"/>
        <source>Movies</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="384"/>
        <source>TV shows</source>
        <translation>电视节目</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="381"/>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="379"/>
        <source>Games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="377"/>
        <source>Anime</source>
        <translation>动画</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="383"/>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="382"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="378"/>
        <source>Books</source>
        <translation>书籍</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="484"/>
        <source>Update server is temporarily unavailable. %1</source>
        <translation>更新服务器暂时不可用。%1</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="504"/>
        <location filename="../base/search/searchpluginmanager.cpp" line="506"/>
        <source>Failed to download the plugin file. %1</source>
        <translation>无法下载插件文件。%1</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="568"/>
        <source>Error occurred when fetching search engine capabilities. Error: &quot;%1&quot;.</source>
        <translation>获取搜索引擎能力时出错。错误： &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="651"/>
        <source>Plugin &quot;%1&quot; is outdated, updating to version %2</source>
        <translation>插件 &quot;%1&quot; 已过时，正在更新至 %2 版本</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="658"/>
        <source>Incorrect update info received for %1 out of %2 plugins.</source>
        <translation>在 %2 插件中收到 %1 不正确的更新信息。</translation>
    </message>
    <message>
        <location filename="../base/search/searchpluginmanager.cpp" line="700"/>
        <source>Search plugin &apos;%1&apos; contains invalid version string (&apos;%2&apos;)</source>
        <translation>搜索插件 &apos;%1&apos; 包含无效的版本字符串 (&apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="14"/>
        <location filename="../gui/search/searchwidget.ui" line="51"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="86"/>
        <source>There aren&apos;t any search plugins installed.
Click the &quot;Search plugins...&quot; button at the bottom right of the window to install some.</source>
        <translation>您未安装任何搜索插件。
点击窗口右下角的 &quot;搜索插件...&quot; 按钮来安装一些插件。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.ui" line="142"/>
        <source>Search plugins...</source>
        <translation>搜索插件...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="358"/>
        <source>A phrase to search for.</source>
        <translation>欲搜索的关键词。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="359"/>
        <source>Spaces in a search term may be protected by double quotes.</source>
        <translation>可以使用双引号防止搜索关键词中的空格被忽略。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="361"/>
        <source>Example:</source>
        <comment>Search phrase example</comment>
        <translation>例如：</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="367"/>
        <source>&lt;b&gt;&amp;quot;foo bar&amp;quot;&lt;/b&gt;: search for &lt;b&gt;foo bar&lt;/b&gt;</source>
        <comment>Search phrase example, illustrates quotes usage, double quotedpair of space delimited words, the whole pair is highlighted</comment>
        <translation>&lt;b&gt;&amp;quot;foo bar&amp;quot;&lt;/b&gt;: 搜索 &lt;b&gt;foo bar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="592"/>
        <source>All plugins</source>
        <translation>所有插件</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="591"/>
        <source>Only enabled</source>
        <translation>仅启用的</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="196"/>
        <location filename="../gui/search/searchwidget.cpp" line="254"/>
        <source>Invalid data format.</source>
        <translation>无效的数据格式。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="363"/>
        <source>&lt;b&gt;foo bar&lt;/b&gt;: search for &lt;b&gt;foo&lt;/b&gt; and &lt;b&gt;bar&lt;/b&gt;</source>
        <comment>Search phrase example, illustrates quotes usage, a pair of space delimited words, individual words are highlighted</comment>
        <translation>&lt;b&gt;foo bar&lt;/b&gt;：搜索 &lt;b&gt;foo&lt;/b&gt; 和 &lt;b&gt;bar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="847"/>
        <source>Close tab</source>
        <translation>关闭标签</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="848"/>
        <source>Close all tabs</source>
        <translation>关闭所有标签</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="593"/>
        <source>Select...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="839"/>
        <source>Refresh tab</source>
        <translation>刷新标签页</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="843"/>
        <source>Stop search</source>
        <translation>停止搜索</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="890"/>
        <location filename="../gui/search/searchwidget.cpp" line="967"/>
        <source>Search Engine</source>
        <translation>搜索引擎</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="890"/>
        <location filename="../gui/search/searchwidget.cpp" line="967"/>
        <source>Please install Python to use the Search Engine.</source>
        <translation>请安装 Python 以使用搜索引擎。</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="884"/>
        <source>Empty search pattern</source>
        <translation>无搜索关键词</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="884"/>
        <source>Please type a search pattern first</source>
        <translation>请先输入关键词</translation>
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
        <translation>加载搜索用户界面已保存的状态数据失败。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1002"/>
        <source>Failed to load saved search results. Tab: &quot;%1&quot;. File: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>加载已保存的搜索结果失败。分页：“%1”。文件：“%2”。错误：“%3”</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1034"/>
        <source>Failed to save Search UI state. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>保存搜索用户界面状态失败。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1066"/>
        <source>Failed to save search results. Tab: &quot;%1&quot;. File: &quot;%2&quot;. Error: &quot;%3&quot;</source>
        <translation>保存搜索结果失败。分页：“%1”。文件：“%2”。错误：“%3”</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1082"/>
        <source>Failed to load Search UI history. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>加载搜索用户界面历史失败。文件：“%1”。错误：“%2”</translation>
    </message>
    <message>
        <location filename="../gui/search/searchwidget.cpp" line="1096"/>
        <source>Failed to save search history. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>保存搜索历史失败。文件：“%1”。错误：“%2”</translation>
    </message>
</context>
<context>
    <name>SettingsStorage</name>
    <message>
        <location filename="../base/settingsstorage.cpp" line="147"/>
        <source>Detected unclean program exit. Using fallback file to restore settings: %1</source>
        <translation>检测到程序退出不彻底。使用备份文件还原设置：%1</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="196"/>
        <source>An access error occurred while trying to write the configuration file.</source>
        <translation>尝试写入配置文件时出现权限错误。</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="199"/>
        <source>A format error occurred while trying to write the configuration file.</source>
        <translation>尝试写入配置文件时出现文件格式错误。</translation>
    </message>
    <message>
        <location filename="../base/settingsstorage.cpp" line="202"/>
        <source>An unknown error occurred while trying to write the configuration file.</source>
        <translation>尝试写入配置文件时出现未知错误。</translation>
    </message>
</context>
<context>
    <name>ShutdownConfirmDialog</name>
    <message>
        <location filename="../gui/shutdownconfirmdialog.ui" line="64"/>
        <source>Don&apos;t show again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="118"/>
        <source>qBittorrent will now exit.</source>
        <translation>qBittorrent 即将退出。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="119"/>
        <source>E&amp;xit Now</source>
        <translation>立即退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="120"/>
        <source>Exit confirmation</source>
        <translation>确认退出</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="123"/>
        <source>The computer is going to shutdown.</source>
        <translation>计算机即将关闭。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="124"/>
        <source>&amp;Shutdown Now</source>
        <translation>立即关机(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="125"/>
        <source>Shutdown confirmation</source>
        <translation>确认关机</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="128"/>
        <source>The computer is going to enter suspend mode.</source>
        <translation>计算机即将进入睡眠模式。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="129"/>
        <source>&amp;Suspend Now</source>
        <translation>立即睡眠(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="130"/>
        <source>Suspend confirmation</source>
        <translation>确认睡眠</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="133"/>
        <source>The computer is going to enter hibernation mode.</source>
        <translation>计算机即将进入休眠模式。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="134"/>
        <source>&amp;Hibernate Now</source>
        <translation>立即休眠(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="135"/>
        <source>Hibernate confirmation</source>
        <translation>确认休眠</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="138"/>
        <source>The computer is going to reboot.</source>
        <translation>计算机即将重启。</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="139"/>
        <source>&amp;Reboot Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="140"/>
        <source>Reboot confirmation</source>
        <translation>重启确认</translation>
    </message>
    <message>
        <location filename="../gui/shutdownconfirmdialog.cpp" line="150"/>
        <source>You can cancel the action within %1 seconds.</source>
        <translation>您可以在 %1 秒内取消该操作。</translation>
    </message>
</context>
<context>
    <name>SpeedLimitDialog</name>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="14"/>
        <source>Global Speed Limits</source>
        <translation>全局速度限制</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="20"/>
        <source>Speed limits</source>
        <translation>速度限制</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="33"/>
        <location filename="../gui/speedlimitdialog.ui" line="109"/>
        <source>Upload:</source>
        <translation>上传：</translation>
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
        <translation>下载：</translation>
    </message>
    <message>
        <location filename="../gui/speedlimitdialog.ui" line="96"/>
        <source>Alternative speed limits</source>
        <translation>备用速率限制</translation>
    </message>
</context>
<context>
    <name>SpeedPlotView</name>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="172"/>
        <source>Total Upload</source>
        <translation>总上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="173"/>
        <source>Total Download</source>
        <translation>总下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="177"/>
        <source>Payload Upload</source>
        <translation>有效负荷上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="178"/>
        <source>Payload Download</source>
        <translation>有效负荷下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="182"/>
        <source>Overhead Upload</source>
        <translation>上传开销</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="183"/>
        <source>Overhead Download</source>
        <translation>下载开销</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="187"/>
        <source>DHT Upload</source>
        <translation>DHT 上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="188"/>
        <source>DHT Download</source>
        <translation>DHT 下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="192"/>
        <source>Tracker Upload</source>
        <translation>Tracker 上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedplotview.cpp" line="193"/>
        <source>Tracker Download</source>
        <translation>Tracker 下载</translation>
    </message>
</context>
<context>
    <name>SpeedWidget</name>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="67"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="70"/>
        <source>1 Minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="71"/>
        <source>5 Minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="72"/>
        <source>30 Minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="74"/>
        <source>6 Hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="104"/>
        <source>Select Graphs</source>
        <translation>选择图形</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="82"/>
        <source>Total Upload</source>
        <translation>总上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="73"/>
        <source>3 Hours</source>
        <translation>3 小时</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="75"/>
        <source>12 Hours</source>
        <translation>12 小时</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="76"/>
        <source>24 Hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="83"/>
        <source>Total Download</source>
        <translation>总下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="84"/>
        <source>Payload Upload</source>
        <translation>有效负荷上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="85"/>
        <source>Payload Download</source>
        <translation>有效负荷下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="86"/>
        <source>Overhead Upload</source>
        <translation>上传开销</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="87"/>
        <source>Overhead Download</source>
        <translation>下载开销</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="88"/>
        <source>DHT Upload</source>
        <translation>DHT 上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="89"/>
        <source>DHT Download</source>
        <translation>DHT 下载</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="90"/>
        <source>Tracker Upload</source>
        <translation>Tracker 上传</translation>
    </message>
    <message>
        <location filename="../gui/properties/speedwidget.cpp" line="91"/>
        <source>Tracker Download</source>
        <translation>Tracker 下载</translation>
    </message>
</context>
<context>
    <name>StacktraceDialog</name>
    <message>
        <location filename="../gui/stacktracedialog.ui" line="14"/>
        <source>Crash info</source>
        <translation>崩溃信息</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../gui/statsdialog.ui" line="14"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="38"/>
        <source>User statistics</source>
        <translation>用户统计</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="117"/>
        <source>Cache statistics</source>
        <translation>缓存统计</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="123"/>
        <source>Read cache hits:</source>
        <translation>读缓存次数：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="202"/>
        <source>Average time in queue:</source>
        <translation>在队列的平均时间：</translation>
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
        <translation>已连接的用户数：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="72"/>
        <source>All-time share ratio:</source>
        <translation>全局分享率：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="58"/>
        <source>All-time download:</source>
        <translation>总计下载：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="86"/>
        <source>Session waste:</source>
        <translation>本次会话丢弃数据：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="44"/>
        <source>All-time upload:</source>
        <translation>全局上传：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="137"/>
        <source>Total buffer size:</source>
        <translation>总缓冲大小：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="154"/>
        <source>Performance statistics</source>
        <translation>性能统计</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="188"/>
        <source>Queued I/O jobs:</source>
        <translation>队列的 I/O 任务：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="160"/>
        <source>Write cache overload:</source>
        <translation>写入缓存超负荷：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="174"/>
        <source>Read cache overload:</source>
        <translation>读取缓存超负荷：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.ui" line="216"/>
        <source>Total queued size:</source>
        <translation>总队列大小：</translation>
    </message>
    <message>
        <location filename="../gui/statsdialog.cpp" line="112"/>
        <source>%1 ms</source>
        <comment>18 milliseconds</comment>
        <translation> %1 ms</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../gui/statusbar.cpp" line="86"/>
        <source>Connection status:</source>
        <translation>连接状态：</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="87"/>
        <location filename="../gui/statusbar.cpp" line="192"/>
        <source>No direct connections. This may indicate network configuration problems.</source>
        <translation>无直接连接。这也许表明网络设置存在问题。</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="96"/>
        <source>Free space: N/A</source>
        <translation>可用空间：N/A</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="100"/>
        <location filename="../gui/statusbar.cpp" line="229"/>
        <source>External IP: N/A</source>
        <translation>外部 IP：N/A</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="105"/>
        <location filename="../gui/statusbar.cpp" line="204"/>
        <source>DHT: %1 nodes</source>
        <translation>DHT：%1 结点</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="157"/>
        <source>qBittorrent needs to be restarted!</source>
        <translation>需要重启 qBittorrent！</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="177"/>
        <location filename="../gui/statusbar.cpp" line="186"/>
        <location filename="../gui/statusbar.cpp" line="192"/>
        <source>Connection Status:</source>
        <translation>连接状态：</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="177"/>
        <source>Offline. This usually means that qBittorrent failed to listen on the selected port for incoming connections.</source>
        <translation>离线。这通常是 qBittorrent 无法监听传入连接的端口。</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="186"/>
        <source>Online</source>
        <translation>联机</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="215"/>
        <source>Free space: </source>
        <translation>可用空间：</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="235"/>
        <source>External IPs: %1, %2</source>
        <translation>外部 IP：%1, %2</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="237"/>
        <source>External IP: %1%2</source>
        <translation>外部 IP：%1%2</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="287"/>
        <source>Click to switch to alternative speed limits</source>
        <translation>点击以切换到备用速度限制</translation>
    </message>
    <message>
        <location filename="../gui/statusbar.cpp" line="281"/>
        <source>Click to switch to regular speed limits</source>
        <translation>点击以切换到常规速度限制</translation>
    </message>
</context>
<context>
    <name>StatusFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="47"/>
        <source>All (0)</source>
        <comment>this is for the status filter</comment>
        <translation>全部 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="50"/>
        <source>Downloading (0)</source>
        <translation>下载 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="53"/>
        <source>Seeding (0)</source>
        <translation>做种 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="56"/>
        <source>Completed (0)</source>
        <translation>完成 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="59"/>
        <source>Running (0)</source>
        <translation>正运行 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="62"/>
        <source>Stopped (0)</source>
        <translation>已停止 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="65"/>
        <source>Active (0)</source>
        <translation>活动 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="68"/>
        <source>Inactive (0)</source>
        <translation>空闲 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="71"/>
        <source>Stalled (0)</source>
        <translation>暂停 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="74"/>
        <source>Stalled Uploading (0)</source>
        <translation>上传已暂停 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="77"/>
        <source>Stalled Downloading (0)</source>
        <translation>暂停下载 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="80"/>
        <source>Checking (0)</source>
        <translation>正在检查 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="83"/>
        <source>Moving (0)</source>
        <translation>正在移动 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="86"/>
        <source>Errored (0)</source>
        <translation>错误 (0)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="164"/>
        <source>All (%1)</source>
        <translation>全部 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="165"/>
        <source>Downloading (%1)</source>
        <translation>下载 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="166"/>
        <source>Seeding (%1)</source>
        <translation>做种 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="167"/>
        <source>Completed (%1)</source>
        <translation>完成 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="168"/>
        <source>Running (%1)</source>
        <translation>正运行 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="169"/>
        <source>Stopped (%1)</source>
        <translation>已停止 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="219"/>
        <source>Start torrents</source>
        <translation>启动 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="221"/>
        <source>Stop torrents</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="176"/>
        <source>Moving (%1)</source>
        <translation>正在移动 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="223"/>
        <source>Remove torrents</source>
        <translation>移除 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="170"/>
        <source>Active (%1)</source>
        <translation>活动 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="171"/>
        <source>Inactive (%1)</source>
        <translation>空闲 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="172"/>
        <source>Stalled (%1)</source>
        <translation>暂停 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="173"/>
        <source>Stalled Uploading (%1)</source>
        <translation>上传已暂停 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="174"/>
        <source>Stalled Downloading (%1)</source>
        <translation>下载已暂停 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="175"/>
        <source>Checking (%1)</source>
        <translation>正在检查 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/statusfilterwidget.cpp" line="177"/>
        <source>Errored (%1)</source>
        <translation>错误 (%1)</translation>
    </message>
</context>
<context>
    <name>TagFilterModel</name>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="146"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="114"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfiltermodel.cpp" line="116"/>
        <source>Untagged</source>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>TagFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="107"/>
        <source>Add tag...</source>
        <translation>添加标签...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="113"/>
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="117"/>
        <source>Remove unused tags</source>
        <translation>删除未使用的标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="124"/>
        <source>Remove torrents</source>
        <translation>移除 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="120"/>
        <source>Start torrents</source>
        <translation>启动 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="122"/>
        <source>Stop torrents</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="167"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="167"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="174"/>
        <source>Invalid tag name</source>
        <translation>无效标签名</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="175"/>
        <source>Tag name &apos;%1&apos; is invalid</source>
        <translation>标签名 &apos;%1&apos; 无效</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="191"/>
        <source>Tag exists</source>
        <translation>标签已存在</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/tagfilterwidget.cpp" line="191"/>
        <source>Tag name already exists.</source>
        <translation>标签名已存在。</translation>
    </message>
</context>
<context>
    <name>TorrentCategoryDialog</name>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="14"/>
        <source>Torrent Category Properties</source>
        <translation>Torrent 分类属性</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="35"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="64"/>
        <source>Save path for incomplete torrents:</source>
        <translation>保存不完整 Torrent 的路径：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="72"/>
        <source>Use another path for incomplete torrents:</source>
        <translation>对不完整的 Torrent 使用另一个路径：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="83"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="88"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="93"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="124"/>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="146"/>
        <source>Torrent share limits</source>
        <translation>Torrent 分享限制</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.ui" line="45"/>
        <source>Save path:</source>
        <translation>保存路径：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="46"/>
        <source>Choose save path</source>
        <translation>选择保存路径</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="49"/>
        <source>Choose download path</source>
        <translation>选择下载路径</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="84"/>
        <source>New Category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="94"/>
        <source>Invalid category name</source>
        <translation>无效的分类名称</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="95"/>
        <source>Category name cannot contain &apos;\&apos;.
Category name cannot start/end with &apos;/&apos;.
Category name cannot contain &apos;//&apos; sequence.</source>
        <translation>分类名称不能包含 &quot;\&quot;。
分类名称不能以 &quot;/&quot; 开头/结尾。
分类名称不能包含 &quot;//&quot; 序列。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="102"/>
        <source>Category creation error</source>
        <translation>分类创建错误</translation>
    </message>
    <message>
        <location filename="../gui/torrentcategorydialog.cpp" line="103"/>
        <source>Category with the given name already exists.
Please choose a different name and try again.</source>
        <translation>该分类已存在。
请另选一个名称并重试。</translation>
    </message>
</context>
<context>
    <name>TorrentContentItemDelegate</name>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="79"/>
        <source>Do not download</source>
        <comment>Do not download (priority)</comment>
        <translation>不下载</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentitemdelegate.cpp" line="80"/>
        <source>Normal</source>
        <comment>Normal (priority)</comment>
        <translation>正常</translation>
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
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>TorrentContentModel</name>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Download Priority</source>
        <translation>下载优先级</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="169"/>
        <source>Total Size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodel.cpp" line="307"/>
        <source>The name is invalid: &quot;%1&quot;</source>
        <translation>名称无效：“%1”</translation>
    </message>
</context>
<context>
    <name>TorrentContentModelItem</name>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="113"/>
        <source>Mixed</source>
        <comment>Mixed (priorities</comment>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentmodelitem.cpp" line="115"/>
        <source>Do not download</source>
        <comment>Do not download (priority)</comment>
        <translation>不下载</translation>
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
        <translation>正常</translation>
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
        <translation>重命名出错</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="289"/>
        <source>Renaming</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="289"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="372"/>
        <source>Column visibility</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="395"/>
        <source>Resize columns</source>
        <translation>调整列大小</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="405"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>将所有非隐藏列的大小调整为其内容的大小</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="425"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="427"/>
        <source>Open containing folder</source>
        <translation>打开包含文件夹</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="429"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="432"/>
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="436"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="438"/>
        <location filename="../gui/torrentcontentwidget.cpp" line="459"/>
        <source>Do not download</source>
        <translation>不下载</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="442"/>
        <source>Normal</source>
        <translation>正常</translation>
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
        <translation>按显示的文件顺序</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="463"/>
        <source>Normal priority</source>
        <translation>正常优先级</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="467"/>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="471"/>
        <source>Maximum priority</source>
        <translation>最高优先级</translation>
    </message>
    <message>
        <location filename="../gui/torrentcontentwidget.cpp" line="476"/>
        <source>Priority by shown file order</source>
        <translation>按文件顺序显示的优先级</translation>
    </message>
</context>
<context>
    <name>TorrentCreatorController</name>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="153"/>
        <source>Too many active tasks</source>
        <translation>活跃任务太多了</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="240"/>
        <source>Torrent creation is still unfinished.</source>
        <translation>仍未完成 Torrent 创建</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentcreatorcontroller.cpp" line="243"/>
        <source>Torrent creation failed.</source>
        <translation>Torrent 创建失败了。</translation>
    </message>
</context>
<context>
    <name>TorrentCreatorDialog</name>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="17"/>
        <source>Torrent Creator</source>
        <translation>制作 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="56"/>
        <source>Select file/folder to share</source>
        <translation>选择要共享的文件/文件夹</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="64"/>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="91"/>
        <source>[Drag and drop area]</source>
        <translation>[拖拽至此]</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="101"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="179"/>
        <source>Select file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="108"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="171"/>
        <source>Select folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="120"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="141"/>
        <source>Torrent format:</source>
        <translation>Torrent 格式：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="154"/>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="185"/>
        <source>Piece size:</source>
        <translation>分块大小：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="123"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="202"/>
        <source>Calculate number of pieces:</source>
        <translation>计算分块数：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="231"/>
        <source>Private torrent (Won&apos;t distribute on DHT network)</source>
        <translation>私有 torrent  (不会在 DHT 网络上分发)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="238"/>
        <source>Start seeding immediately</source>
        <translation>完成后开始做种</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="248"/>
        <source>Ignore share ratio limits for this torrent</source>
        <translation>忽略此 torrent 的分享率限制</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="255"/>
        <source>Optimize alignment</source>
        <translation>优化对齐</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="266"/>
        <source>Align to piece boundary for files larger than:</source>
        <translation>当文件大于指定大小时对齐文件块边界：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="273"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="276"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="313"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="326"/>
        <source>You can separate tracker tiers / groups with an empty line.</source>
        <translation>你可以用一个空行分隔 Tracker 层级 / 组。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="339"/>
        <source>Web seed URLs:</source>
        <translation>Web 种子 URL：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="319"/>
        <source>Tracker URLs:</source>
        <translation>Tracker URL：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="356"/>
        <source>Comments:</source>
        <translation>注释：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="373"/>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.ui" line="392"/>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="131"/>
        <source>Create Torrent</source>
        <translation>制作 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="235"/>
        <source>Calculating...</source>
        <translation>正在计算中...</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="280"/>
        <location filename="../gui/torrentcreatordialog.cpp" line="336"/>
        <source>Torrent creation failed</source>
        <translation>Torrent 制作失败</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="280"/>
        <source>Reason: Path to file/folder is not readable.</source>
        <translation>原因：目标文件/文件夹不可读。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="286"/>
        <source>Select where to save the new torrent</source>
        <translation>选择路径存放新 torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="286"/>
        <source>Torrent Files (*.torrent)</source>
        <translation>Torrent 文件 (*.torrent)</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="291"/>
        <source>Invalid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="291"/>
        <source>The name is invalid: &quot;%1&quot;</source>
        <translation type="unfinished">名称无效：“%1”</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="375"/>
        <source>Add torrent to transfer list failed.</source>
        <translation>添加 Torrent 到传输列表失败。</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="375"/>
        <source>Reason: &quot;%1&quot;</source>
        <translation>原因：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="376"/>
        <source>Add torrent failed</source>
        <translation>添加 torrent 失败</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="345"/>
        <source>Torrent creator</source>
        <translation>制作 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentcreatordialog.cpp" line="346"/>
        <source>Torrent created:</source>
        <translation>Torrent 已创建：</translation>
    </message>
</context>
<context>
    <name>TorrentFilesWatcher</name>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="169"/>
        <source>Failed to load Watched Folders configuration. %1</source>
        <translation>未能加载已关注文件夹的配置：%1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="177"/>
        <source>Failed to parse Watched Folders configuration from %1. Error: &quot;%2&quot;</source>
        <translation>未能从 %1 解析已关注文件夹的配置。错误：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="184"/>
        <source>Failed to load Watched Folders configuration from %1. Error: &quot;Invalid data format.&quot;</source>
        <translation>未能从 %1 解析已关注文件夹的配置。错误：&quot;无效的数据格式&quot;</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="257"/>
        <source>Couldn&apos;t store Watched Folders configuration to %1. Error: %2</source>
        <translation>无法将监视文件夹配置存储到 %1。 错误：%2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="276"/>
        <source>Watched folder Path cannot be empty.</source>
        <translation>所监视的文件夹路径不能为空。</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="279"/>
        <source>Watched folder Path cannot be relative.</source>
        <translation>所监视的文件夹路径不能是相对的。</translation>
    </message>
</context>
<context>
    <name>TorrentFilesWatcher::Worker</name>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="412"/>
        <source>Invalid Magnet URI. URI: %1. Reason: %2</source>
        <translation>无效磁力 URI。URI：%1。原因：%2</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="420"/>
        <source>Magnet file too big. File: %1</source>
        <translation>磁力文件太大。文件：%1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="425"/>
        <source>Failed to open magnet file: %1</source>
        <translation>无法打开 magnet 文件：%1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="495"/>
        <source>Rejecting failed torrent file: %1</source>
        <translation>拒绝失败的 Torrent 文件: %1</translation>
    </message>
    <message>
        <location filename="../base/torrentfileswatcher.cpp" line="534"/>
        <source>Watching folder: &quot;%1&quot;</source>
        <translation>监视文件夹：“%1”</translation>
    </message>
</context>
<context>
    <name>TorrentOptionsDialog</name>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="14"/>
        <source>Torrent Options</source>
        <translation>Torrent 选项</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="20"/>
        <source>Automatic mode means that various torrent properties (e.g. save path) will be decided by the associated category</source>
        <translation>自动模式意味着各种 Torrent 属性（例如保存路径）将由相关的分类决定</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="23"/>
        <source>Automatic Torrent Management</source>
        <translation>自动 Torrent 管理</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="30"/>
        <source>Save at</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="39"/>
        <source>Use another path for incomplete torrent</source>
        <translation>对不完整的 Torrent 使用另一个路径</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="58"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="162"/>
        <source>Torrent Share Limits</source>
        <translation>Torrent 分享率限制</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="122"/>
        <source>Download:</source>
        <translation>下载：</translation>
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
        <translation>Torrent 速度限制</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="109"/>
        <location filename="../gui/torrentoptionsdialog.ui" line="139"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="152"/>
        <source>These will not exceed the global limits</source>
        <translation>这些将不会超过全局限制</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="92"/>
        <source>Upload:</source>
        <translation>上传：</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="176"/>
        <source>Disable DHT for this torrent</source>
        <translation>禁用此 Torrent 的 DHT</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="183"/>
        <source>Download in sequential order</source>
        <translation>按顺序下载</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="203"/>
        <source>Disable PeX for this torrent</source>
        <translation>禁用此 Torrent 的 PeX</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="210"/>
        <source>Download first and last pieces first</source>
        <translation>先下载首尾文件块</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.ui" line="217"/>
        <source>Disable LSD for this torrent</source>
        <translation>禁用此 Torrent 的 LSD</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="64"/>
        <source>Currently used categories</source>
        <translation>当前使用的分类</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="74"/>
        <location filename="../gui/torrentoptionsdialog.cpp" line="76"/>
        <source>Choose save path</source>
        <translation>选择保存路径</translation>
    </message>
    <message>
        <location filename="../gui/torrentoptionsdialog.cpp" line="339"/>
        <source>Not applicable to private torrents</source>
        <translation>不适用于私有 Torrent</translation>
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
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="111"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="116"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="121"/>
        <source>Unlimited</source>
        <translation>无限制的</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="112"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="117"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="122"/>
        <source>Set to</source>
        <translation>已设为</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="42"/>
        <source>Seeding time:</source>
        <translation>做种时间：</translation>
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
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="68"/>
        <source>Inactive seeding time:</source>
        <translation>不活跃的做种时间：</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="98"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="125"/>
        <source>Action when the limit is reached:</source>
        <translation>达到限制时采取的操作：</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="68"/>
        <source>Stop torrent</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="71"/>
        <source>Remove torrent</source>
        <translation>删除 torrent</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="74"/>
        <source>Remove torrent and its content</source>
        <translation>删除 torrent 及其内容</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="77"/>
        <source>Enable super seeding for torrent</source>
        <translation>为 torrent 启用超级做种</translation>
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
        <translation>默认 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="482"/>
        <source>Default (%1)</source>
        <comment>Default (share limits mode)</comment>
        <translation type="unfinished">默认 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="486"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="487"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="488"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="492"/>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="497"/>
        <source>From category</source>
        <translation>来自分类</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="493"/>
        <source>From category (%1)</source>
        <comment>From category (share limit action)</comment>
        <translation>来自分类 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.cpp" line="498"/>
        <source>From category (%1)</source>
        <comment>From category (share limits mode)</comment>
        <translation type="unfinished">来自分类 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/torrentsharelimitswidget.ui" line="19"/>
        <source>Ratio:</source>
        <translation>比率</translation>
    </message>
</context>
<context>
    <name>TorrentTagsDialog</name>
    <message>
        <location filename="../gui/torrenttagsdialog.ui" line="14"/>
        <source>Torrent Tags</source>
        <translation>Torrent 标签</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="100"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="101"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="107"/>
        <source>Invalid tag name</source>
        <translation>无效标签名</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="107"/>
        <source>Tag name &apos;%1&apos; is invalid.</source>
        <translation>标签名 “%1” 无效。</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="111"/>
        <source>Tag exists</source>
        <translation>标签已存在</translation>
    </message>
    <message>
        <location filename="../gui/torrenttagsdialog.cpp" line="111"/>
        <source>Tag name already exists.</source>
        <translation>标签名已存在。</translation>
    </message>
</context>
<context>
    <name>TorrentsController</name>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1262"/>
        <source>Error: &apos;%1&apos; is not a valid torrent file.</source>
        <translation>错误：&apos;%1&apos; 不是一个有效的 torrent 文件。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="503"/>
        <source>Priority must be an integer</source>
        <translation>优先级必须是整数</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="505"/>
        <source>Priority is not valid</source>
        <translation>优先级无效</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1113"/>
        <source>Cannot specify filePriorities when adding multiple torrents</source>
        <translation>添加多个种子时无法指定 filePriorities&#xa0;</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1115"/>
        <source>Cannot specify filePriorities when uploading torrent files</source>
        <translation>上传种子文件时无法指定 filePriorities&#xa0;</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1129"/>
        <source>`downloader` must be a valid search plugin</source>
        <translation>`downloader` 必须是有效的搜索插件</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1191"/>
        <source>Length of filePriorities must equal number of files in torrent</source>
        <translation>filePriorities 长度必须等于种子中的文件数</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1208"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1223"/>
        <source>`filePriorities` may only be specified when metadata has already been fetched</source>
        <translation>只有在已取得元数据情况下才能指定 `filePriorities` </translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1309"/>
        <source>Must specify at least one of [newUrl, tier]</source>
        <translation>必须指定 [newUrl, tier] 中的至少一个</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1317"/>
        <source>tier must be an integer</source>
        <translation>tier 必须是整数</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1319"/>
        <source>tier must be between 0 and 255</source>
        <translation>tier 必须在 0 到 255 间</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1329"/>
        <source>New tracker URL is invalid</source>
        <translation>新 tracker URL 无效</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1347"/>
        <source>New tracker URL already exists</source>
        <translation>新 tracker URL 已存在</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1370"/>
        <source>Tracker not found</source>
        <translation>未找到 Tracker</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1411"/>
        <source>No valid peers were specified</source>
        <translation>未指定有效的 peer</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1467"/>
        <source>Torrent&apos;s metadata has not yet downloaded</source>
        <translation>Torrent 的元数据尚未下载</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1477"/>
        <source>File IDs must be integers</source>
        <translation>文件 ID 必须是整数</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1479"/>
        <source>File ID is not valid</source>
        <translation>文件 ID 无效</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1645"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1658"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1671"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1684"/>
        <source>Torrent queueing must be enabled</source>
        <translation>必须启用 torrent 队列</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1700"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1725"/>
        <source>Save path cannot be empty</source>
        <translation>保存路径不能为空</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1729"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1755"/>
        <source>Cannot create target directory</source>
        <translation>无法创建目标目录</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1885"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1912"/>
        <source>Category cannot be empty</source>
        <translation>分类不能为空</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1901"/>
        <source>Unable to create category</source>
        <translation>无法创建分类</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1925"/>
        <source>Category does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to edit category</source>
        <translation type="vanished">无法编辑分类</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2062"/>
        <source>File name has invalid characters</source>
        <translation>文件名有无效字符</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2090"/>
        <source>Folder name has invalid characters</source>
        <translation>文件夹名有无效字符</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2123"/>
        <source>Unable to export torrent file. Error: %1</source>
        <translation>无法导出 Torrent 文件。错误：%1</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2177"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="2285"/>
        <source>Must specify URI or hash</source>
        <translation>必须指定 URI 或哈希值</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2181"/>
        <source>downloader must be a valid search plugin</source>
        <translation>downloader 必须是有效的搜索插件</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2212"/>
        <source>Unable to download metadata for &apos;%1&apos;</source>
        <translation>无法下载“%1”的元数据</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2250"/>
        <source>Unable to parse &apos;%1&apos;</source>
        <translation>无法解析“%1”</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2259"/>
        <source>Must specify torrent file(s)</source>
        <translation>必须指定种子文件</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2272"/>
        <source>&apos;%1&apos; is not a valid torrent file.</source>
        <translation>&apos;%1&apos; 不是有效的种子文件</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2301"/>
        <source>Metadata is not yet available</source>
        <translation>元数据还不可用</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2305"/>
        <source>Unable to export torrent metadata. Error: %1</source>
        <translation>无法导出种子元数据。错误：%1</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2329"/>
        <source>Parse magnet URI failed. URI: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>解析磁力 URI 失败。URI：&quot;%1&quot;。错误：&quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2375"/>
        <source>Reading downloaded torrent data failed. Data: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>读取已下载的种子数据失败。数据：&quot;%1&quot;。错误：&quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="2391"/>
        <source>Parse torrent failed. URL: &quot;%1&quot;. Error: &quot;%2&quot;.</source>
        <translation>解析种子失败。URL：&quot;%1&quot;。种子：&quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1704"/>
        <source>Cannot make save path</source>
        <translation>无法保存路径</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="390"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>“%1” 不是有效的 URL</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="393"/>
        <source>URL scheme must be one of [%1]</source>
        <translation>URL 形式必须为其中之一 [%1]</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="646"/>
        <source>&apos;sort&apos; parameter is invalid</source>
        <translation>“sort” 参数无效</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="916"/>
        <source>&quot;%1&quot; is not an existing URL</source>
        <translation>URL “%1” 不存在</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="984"/>
        <source>&quot;%1&quot; is not a valid file index.</source>
        <translation>“%1” 不是有效的文件索引。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="986"/>
        <source>Index %1 is out of bounds.</source>
        <translation>索引 %1 超出范围。</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1733"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1759"/>
        <source>Cannot write to directory</source>
        <translation>无法写入目录</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1708"/>
        <source>WebUI Set location: moving &quot;%1&quot;, from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Web UI 设置路径：从 &quot;%2&quot; 移动 &quot;%1&quot; 至 &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1779"/>
        <source>Incorrect torrent name</source>
        <translation>不正确的 torrent 名称</translation>
    </message>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="1873"/>
        <location filename="../webui/api/torrentscontroller.cpp" line="1888"/>
        <source>Incorrect category name</source>
        <translation>不正确的分类名</translation>
    </message>
</context>
<context>
    <name>TrackerEntriesDialog</name>
    <message>
        <location filename="../gui/trackerentriesdialog.ui" line="14"/>
        <source>Edit trackers</source>
        <translation>编辑 tracker</translation>
    </message>
    <message>
        <location filename="../gui/trackerentriesdialog.ui" line="20"/>
        <source>One tracker URL per line.

- You can split the trackers into groups by inserting blank lines.
- All trackers within the same group will belong to the same tier.
- The group on top will be tier 0, the next group tier 1 and so on.
- Below will show the common subset of trackers of the selected torrents.</source>
        <translation>每行一个 tracker URL.

- 您可以通过插入空行将 trackers 分成不同的组。
- 所有同一组的 trackers 归属于同一层级。
- 第一组会成为层级 0，下一组会成为层级 1，以此类推。
- 每组下面都会显示选中的 torrent 的 tracker 子集。</translation>
    </message>
</context>
<context>
    <name>TrackerListModel</name>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="66"/>
        <source>Working</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="67"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="68"/>
        <source>Disabled for this torrent</source>
        <translation>对此 Torrent 禁用</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="69"/>
        <source>This torrent is private</source>
        <translation>这是私有 torrent</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="73"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="228"/>
        <source>Updating...</source>
        <translation>更新...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="235"/>
        <source>Not working</source>
        <translation>未工作</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="237"/>
        <source>Tracker error</source>
        <translation>Tracker 错误</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="239"/>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="241"/>
        <source>Not contacted yet</source>
        <translation>未联系</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="244"/>
        <source>Invalid state!</source>
        <translation>无效状态！</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="501"/>
        <source>URL/Announce Endpoint</source>
        <translation>URL/Announce 端点</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="505"/>
        <source>BT Protocol</source>
        <translation>BT 协议</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="519"/>
        <source>Next Announce</source>
        <translation>下一个 Announce</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="521"/>
        <source>Min Announce</source>
        <translation>最小 Announce</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="503"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="507"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="509"/>
        <source>Peers</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="511"/>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="513"/>
        <source>Leeches</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="515"/>
        <source>Times Downloaded</source>
        <translation>下载次数</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistmodel.cpp" line="517"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>TrackerListWidget</name>
    <message>
        <location filename="../webui/api/torrentscontroller.cpp" line="238"/>
        <source>This torrent is private</source>
        <translation>这是私有 torrent</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="274"/>
        <source>Tracker editing</source>
        <translation>编辑 Tracker</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="274"/>
        <source>Tracker URL:</source>
        <translation>Tracker URL：</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="281"/>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="299"/>
        <source>Tracker editing failed</source>
        <translation>Tracker 编辑失败</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="281"/>
        <source>The tracker URL entered is invalid.</source>
        <translation>输入的 tracker URL 是无效的。</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="299"/>
        <source>The tracker URL already exists.</source>
        <translation>这个 tracker URL 已经存在。</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="370"/>
        <source>Edit tracker URL...</source>
        <translation>编辑 tracker URL...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="372"/>
        <source>Remove tracker</source>
        <translation>移除 tracker</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="374"/>
        <source>Copy tracker URL</source>
        <translation>复制 tracker URL</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="378"/>
        <source>Force reannounce to selected trackers</source>
        <translation>强制向选定的 Tracker 重新汇报</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="386"/>
        <source>Force reannounce to all trackers</source>
        <translation>强制向所有 Tracker 重新汇报</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="451"/>
        <source>Resize columns</source>
        <translation>调整列大小</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="460"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>将所有非隐藏列的大小调整为其内容的大小</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="365"/>
        <source>Add trackers...</source>
        <translation>添加 Tracker...</translation>
    </message>
    <message>
        <location filename="../gui/trackerlist/trackerlistwidget.cpp" line="428"/>
        <source>Column visibility</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>TrackerStatusFilterWidget</name>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="60"/>
        <source>All (%1)</source>
        <comment>this is for the tracker filter</comment>
        <translation>全部 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="62"/>
        <source>Warning (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="64"/>
        <source>Tracker error (%1)</source>
        <translation>Tracker 错误（%1）</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="66"/>
        <source>Other error (%1)</source>
        <translation>其他错误（%1）</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="146"/>
        <source>Start torrents</source>
        <translation>启动 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="148"/>
        <source>Stop torrents</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackerstatusfilterwidget.cpp" line="150"/>
        <source>Remove torrents</source>
        <translation>删除 Torrent</translation>
    </message>
</context>
<context>
    <name>TrackersAdditionDialog</name>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="14"/>
        <source>Add trackers</source>
        <translation>添加 Tracker</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="20"/>
        <source>List of trackers to add (one per line):</source>
        <translation>要添加的 tracker 列表 (每行一个)：</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="40"/>
        <source>µTorrent compatible list URL:</source>
        <translation>µTorrent 兼容的 URL 列表：</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.ui" line="52"/>
        <source>Download trackers list</source>
        <translation>下载 Tracker 列表</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="58"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="94"/>
        <source>Trackers list URL error</source>
        <translation>Tracker 列表 URL 错误</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="94"/>
        <source>The trackers list URL cannot be empty</source>
        <translation>Tracker 列表 URL 不能为空</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="114"/>
        <source>Download trackers list error</source>
        <translation>下载 Tracker 列表出错</translation>
    </message>
    <message>
        <location filename="../gui/trackersadditiondialog.cpp" line="115"/>
        <source>Error occurred when downloading the trackers list. Reason: &quot;%1&quot;</source>
        <translation>下载 Tracker 列表时出错。原因：“%1”</translation>
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
        <translation>缺少 Tracker (%1)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="120"/>
        <source>Tracker error (%1)</source>
        <translation>Tracker 错误（%1）</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="122"/>
        <source>Other error (%1)</source>
        <translation>其他错误（%1）</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="546"/>
        <source>Remove tracker</source>
        <translation>移除 tracker</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="551"/>
        <source>Start torrents</source>
        <translation>启动 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="553"/>
        <source>Stop torrents</source>
        <translation>停止 torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="555"/>
        <source>Remove torrents</source>
        <translation>移除 Torrent</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="683"/>
        <source>Removal confirmation</source>
        <translation>移除确认</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="684"/>
        <source>Are you sure you want to remove tracker &quot;%1&quot; from all torrents?</source>
        <translation>你确定要从所有 Torrent 移除 Tracker &quot;%1&quot;吗？</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="686"/>
        <source>Don&apos;t ask me again.</source>
        <translation>不要再询问我。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilters/trackersfilterwidget.cpp" line="116"/>
        <source>All (%1)</source>
        <comment>this is for the tracker filter</comment>
        <translation>全部 (%1)</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../webui/api/transfercontroller.cpp" line="141"/>
        <source>&apos;mode&apos;: invalid argument</source>
        <translation>“mode”：无效参数</translation>
    </message>
</context>
<context>
    <name>TransferListFiltersWidget</name>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="85"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="106"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="121"/>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location filename="../gui/transferlistfilterswidget.cpp" line="139"/>
        <source>Tracker status</source>
        <translation>追踪器状态</translation>
    </message>
</context>
<context>
    <name>TransferListModel</name>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="96"/>
        <source>Downloading</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="97"/>
        <source>Stalled</source>
        <comment>Torrent is waiting for download to begin</comment>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="98"/>
        <source>Downloading metadata</source>
        <comment>Used when loading a magnet link</comment>
        <translation>下载元数据</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="99"/>
        <source>[F] Downloading metadata</source>
        <comment>Used when forced to load a magnet link. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] 下载元数据</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="100"/>
        <source>[F] Downloading</source>
        <comment>Used when the torrent is forced started. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] 下载</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="101"/>
        <location filename="../gui/transferlistmodel.cpp" line="102"/>
        <source>Seeding</source>
        <comment>Torrent is complete and in upload-only mode</comment>
        <translation>做种</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="103"/>
        <source>[F] Seeding</source>
        <comment>Used when the torrent is forced started. You probably shouldn&apos;t translate the F.</comment>
        <translation>[F] 做种</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="104"/>
        <location filename="../gui/transferlistmodel.cpp" line="105"/>
        <source>Queued</source>
        <comment>Torrent is queued</comment>
        <translation>排队</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="106"/>
        <location filename="../gui/transferlistmodel.cpp" line="107"/>
        <source>Checking</source>
        <comment>Torrent local data is being checked</comment>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="108"/>
        <source>Checking resume data</source>
        <comment>Used when loading the torrents from disk after qbt is launched. It checks the correctness of the .fastresume file. Normally it is completed in a fraction of a second, unless loading many many torrents.</comment>
        <translation>校验恢复数据</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="110"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="111"/>
        <source>Moving</source>
        <comment>Torrent local data are being moved/relocated</comment>
        <translation>移动中</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="112"/>
        <source>Missing Files</source>
        <translation>丢失文件</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="113"/>
        <source>Errored</source>
        <comment>Torrent status, the torrent has an error</comment>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="162"/>
        <source>Name</source>
        <comment>i.e: torrent name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="163"/>
        <source>Size</source>
        <comment>i.e: torrent size</comment>
        <translation>选定大小</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="164"/>
        <source>Progress</source>
        <comment>% Done</comment>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="109"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="165"/>
        <source>Status</source>
        <comment>Torrent status (e.g. downloading, seeding, stopped)</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="166"/>
        <source>Seeds</source>
        <comment>i.e. full sources (often untranslated)</comment>
        <translation>做种数</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="167"/>
        <source>Peers</source>
        <comment>i.e. partial sources (often untranslated)</comment>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="168"/>
        <source>Down Speed</source>
        <comment>i.e: Download speed</comment>
        <translation>下载速度</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="169"/>
        <source>Up Speed</source>
        <comment>i.e: Upload speed</comment>
        <translation>上传速度</translation>
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
        <translation>流行度</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="172"/>
        <source>ETA</source>
        <comment>i.e: Estimated Time of Arrival / Time left</comment>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="173"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="174"/>
        <source>Tags</source>
        <translation>标签</translation>
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
        <translation>添加于</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="177"/>
        <source>Completed On</source>
        <comment>Torrent was completed on 01/01/2010 08:00</comment>
        <translation>完成于</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="178"/>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="179"/>
        <source>Down Limit</source>
        <comment>i.e: Download limit</comment>
        <translation>下载限制</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="180"/>
        <source>Up Limit</source>
        <comment>i.e: Upload limit</comment>
        <translation>上传限制</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="181"/>
        <source>Downloaded</source>
        <comment>Amount of data downloaded (e.g. in MB)</comment>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="182"/>
        <source>Uploaded</source>
        <comment>Amount of data uploaded (e.g. in MB)</comment>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Session Download</source>
        <comment>Amount of data downloaded since program open (e.g. in MB)</comment>
        <translation type="vanished">本次会话下载</translation>
    </message>
    <message>
        <source>Session Upload</source>
        <comment>Amount of data uploaded since program open (e.g. in MB)</comment>
        <translation type="vanished">本次会话上传</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="185"/>
        <source>Remaining</source>
        <comment>Amount of data left to download (e.g. in MB)</comment>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="186"/>
        <source>Time Active</source>
        <comment>Time (duration) the torrent is active (not stopped)</comment>
        <translation>有效时间</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="368"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="368"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="187"/>
        <source>Save Path</source>
        <comment>Torrent save path</comment>
        <translation>保存路径</translation>
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
        <translation>保存路径不完整</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="189"/>
        <source>Completed</source>
        <comment>Amount of data completed (e.g. in MB)</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="190"/>
        <source>Ratio Limit</source>
        <comment>Upload share ratio limit</comment>
        <translation>比率限制</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="191"/>
        <source>Last Seen Complete</source>
        <comment>Indicates the time when the torrent was last seen complete/whole</comment>
        <translation>最后完整可见</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="192"/>
        <source>Last Activity</source>
        <comment>Time passed since a chunk was downloaded/uploaded</comment>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="193"/>
        <source>Total Size</source>
        <comment>i.e. Size including unwanted data</comment>
        <translation>总大小</translation>
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
        <translation>信息哈希值 v1</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="196"/>
        <source>Info Hash v2</source>
        <comment>i.e: torrent info hash v2</comment>
        <translation>信息哈希值 v2</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="197"/>
        <source>Reannounce In</source>
        <comment>Indicates the time until next trackers reannounce</comment>
        <translation>下次重新汇报</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="198"/>
        <source>Private</source>
        <comment>Flags private torrents</comment>
        <translation>私密</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="206"/>
        <source>Ratio / Time Active (in months), indicates how popular the torrent is</source>
        <translation>分享率/活跃时间（月份为单位），表明 torrent 的流行度</translation>
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
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../gui/transferlistmodel.cpp" line="330"/>
        <source>%1 (seeded for %2)</source>
        <comment>e.g. 4m39s (seeded for 3m10s)</comment>
        <translation>%1 (已做种 %2)</translation>
    </message>
</context>
<context>
    <name>TransferListWidget</name>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="689"/>
        <source>Column visibility</source>
        <translation>是否显示列</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="655"/>
        <source>Recheck confirmation</source>
        <translation>确认重新校验</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="655"/>
        <source>Are you sure you want to recheck the selected torrent(s)?</source>
        <translation>您确定要重新校验所选的 Torrent 吗？</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="937"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="937"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="348"/>
        <source>Choose save path</source>
        <translation>选择保存路径</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="635"/>
        <source>Unable to preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="635"/>
        <source>The selected torrent &quot;%1&quot; does not contain previewable files</source>
        <translation>已选中的 torrent &quot;%1&quot; 不包含任何可预览的文件</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="718"/>
        <source>Resize columns</source>
        <translation>调整列大小</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="727"/>
        <source>Resize all non-hidden columns to the size of their contents</source>
        <translation>将所有非隐藏列的大小调整为其内容的大小</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="757"/>
        <source>Enable automatic torrent management</source>
        <translation>启用自动 Torrent 管理</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="758"/>
        <source>Are you sure you want to enable Automatic Torrent Management for the selected torrent(s)? They may be relocated.</source>
        <translation>你确定要为选定的 Torrent 启用自动 Torrent 管理吗？它们可能会被移动到新位置。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="822"/>
        <source>Choose folder to save exported .torrent files</source>
        <translation>选择保存所导出 .torrent 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="836"/>
        <source>Export .torrent file failed. Torrent: &quot;%1&quot;. Save path: &quot;%2&quot;. Reason: &quot;%3&quot;</source>
        <translation>导出 .torrent 文件失败。Torrent：“%1”。保存路径：“%2”。原因：“%3”</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="861"/>
        <source>Export .torrent file error</source>
        <translation>导出 .torrent 文件错误</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="872"/>
        <source>Remove All Tags</source>
        <translation>删除所有标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="872"/>
        <source>Remove all tags from selected torrents?</source>
        <translation>从选中的 Torrent 中删除所有标签？</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="887"/>
        <source>Comma-separated tags:</source>
        <translation>标签（以逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="898"/>
        <source>Invalid tag</source>
        <translation>无效标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="898"/>
        <source>Tag name: &apos;%1&apos; is invalid</source>
        <translation>标签名：&apos;%1&apos; 无效</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="986"/>
        <source>Pre&amp;view file...</source>
        <translation>预览文件(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="988"/>
        <source>Torrent &amp;options...</source>
        <translation>Torrent 选项(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="990"/>
        <source>Open destination &amp;folder</source>
        <translation>打开目标文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="992"/>
        <source>Move &amp;up</source>
        <comment>i.e. move up in the queue</comment>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="994"/>
        <source>Move &amp;down</source>
        <comment>i.e. Move down in the queue</comment>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="996"/>
        <source>Move to &amp;top</source>
        <comment>i.e. Move to top of the queue</comment>
        <translation>移至顶部(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="998"/>
        <source>Move to &amp;bottom</source>
        <comment>i.e. Move to bottom of the queue</comment>
        <translation>移至底部(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1000"/>
        <source>Set loc&amp;ation...</source>
        <translation>设定位置(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1002"/>
        <source>Force rec&amp;heck</source>
        <translation>强制重新检查(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1004"/>
        <source>Force r&amp;eannounce</source>
        <translation>强制重新汇报(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1006"/>
        <source>&amp;Magnet link</source>
        <translation>磁力链接(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1008"/>
        <source>Torrent &amp;ID</source>
        <translation>Torrent ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1010"/>
        <source>&amp;Comment</source>
        <translation>注释(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1012"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1014"/>
        <source>Info &amp;hash v1</source>
        <translation>信息哈希值 v1(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1016"/>
        <source>Info h&amp;ash v2</source>
        <translation>信息哈希值 v2(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1018"/>
        <source>Content &amp;Path</source>
        <translation>内容路径(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1022"/>
        <source>Re&amp;name...</source>
        <translation>重命名(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1031"/>
        <source>Edit trac&amp;kers...</source>
        <translation>编辑 Tracker(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1033"/>
        <source>E&amp;xport .torrent...</source>
        <translation>导出 .torrent(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1177"/>
        <source>Categor&amp;y</source>
        <translation>分类(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1179"/>
        <source>&amp;New...</source>
        <comment>New category...</comment>
        <translation>新建(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1181"/>
        <source>&amp;Reset</source>
        <comment>Reset category</comment>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1199"/>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1201"/>
        <source>&amp;Add...</source>
        <comment>Add / assign multiple tags...</comment>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1203"/>
        <source>&amp;Remove All</source>
        <comment>Remove all tags</comment>
        <translation>删除全部(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1279"/>
        <source>Can not force reannounce if torrent is Stopped/Queued/Errored/Checking</source>
        <translation>如 torrent 被停止/加入队列/出错/正在检查，则无法强制重新 announce</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1286"/>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1293"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1304"/>
        <source>Exported torrent is not necessarily the same as the imported</source>
        <translation>导出的 Torrent 未必和导入的相同</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1024"/>
        <source>Download in sequential order</source>
        <translation>按顺序下载</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="776"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="862"/>
        <source>Errors occurred when exporting .torrent files. Check execution log for details.</source>
        <translation>导出 .torrent 文件时发生错误。详细信息请查看执行日志。</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="978"/>
        <source>&amp;Start</source>
        <comment>Resume/start the torrent</comment>
        <translation>启动(&amp;S)</translation>
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
        <translation>强制启动(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="984"/>
        <source>&amp;Remove</source>
        <comment>Remove the torrent</comment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1026"/>
        <source>Download first and last pieces first</source>
        <translation>先下载首尾文件块</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1028"/>
        <source>Automatic Torrent Management</source>
        <translation>自动 Torrent 管理</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1029"/>
        <source>Automatic mode means that various torrent properties (e.g. save path) will be decided by the associated category</source>
        <translation>自动模式意味着各种 Torrent 属性（例如保存路径）将由相关的分类决定</translation>
    </message>
    <message>
        <location filename="../gui/transferlistwidget.cpp" line="1020"/>
        <source>Super seeding mode</source>
        <translation>超级做种模式</translation>
    </message>
</context>
<context>
    <name>UIThemeDialog</name>
    <message>
        <location filename="../gui/uithemedialog.ui" line="14"/>
        <source>UI Theme Configuration</source>
        <translation>用户界面主题配置</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="33"/>
        <source>Colors</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="78"/>
        <source>Note that some custom colors may not be applied in some desktop environments.</source>
        <translation>注意一些自定义颜色可能不会应用在桌面环境。</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="100"/>
        <source>Color ID</source>
        <translation>颜色 ID</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="112"/>
        <location filename="../gui/uithemedialog.ui" line="215"/>
        <source>Light Mode</source>
        <translation>浅色模式</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="124"/>
        <location filename="../gui/uithemedialog.ui" line="227"/>
        <source>Dark Mode</source>
        <translation>深色模式</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="151"/>
        <source>Icons</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.ui" line="203"/>
        <source>Icon ID</source>
        <translation>图标 ID</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="265"/>
        <source>UI Theme Configuration.</source>
        <translation>用户界面主题配置。</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="266"/>
        <source>The UI Theme changes could not be fully applied. The details can be found in the Log.</source>
        <translation>无法完全应用用户界面主题更改。详情见日志。</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="353"/>
        <source>Couldn&apos;t save UI Theme configuration. Reason: %1</source>
        <translation>无法保存用户界面主题配置。原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="384"/>
        <location filename="../gui/uithemedialog.cpp" line="393"/>
        <source>Couldn&apos;t remove icon file. File: %1.</source>
        <translation>无法删除图标文件。文件：%1。</translation>
    </message>
    <message>
        <location filename="../gui/uithemedialog.cpp" line="402"/>
        <source>Couldn&apos;t copy icon file. Source: %1. Destination: %2.</source>
        <translation>无法复制图标文件。来源：%1。目标：%2。</translation>
    </message>
</context>
<context>
    <name>UIThemeManager</name>
    <message>
        <location filename="../gui/uithememanager.cpp" line="92"/>
        <source>Set app style failed. Unknown style: &quot;%1&quot;</source>
        <translation>设置应用程序样式失败。未知样式：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/uithememanager.cpp" line="110"/>
        <source>Failed to load UI theme from file: &quot;%1&quot;</source>
        <translation>从文件加载 UI 主题失败：&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>UIThemeSource</name>
    <message>
        <location filename="../gui/uithemesource.cpp" line="55"/>
        <source>Couldn&apos;t parse UI Theme configuration file. Reason: %1</source>
        <translation>无法解析 UI 主题配置文件。原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="62"/>
        <source>UI Theme configuration file has invalid format. Reason: %1</source>
        <translation>UI 主题配置文件有无效的格式。原因：%1</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="63"/>
        <source>Root JSON value is not an object</source>
        <translation>根 JSON 值不是对象</translation>
    </message>
    <message>
        <location filename="../gui/uithemesource.cpp" line="78"/>
        <source>Invalid color for ID &quot;%1&quot; is provided by theme</source>
        <translation>主题为 ID “%1” 提供的颜色无效</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../app/upgrade.cpp" line="61"/>
        <source>Migrate preferences failed: WebUI https, file: &quot;%1&quot;, error: &quot;%2&quot;</source>
        <translation>合并个性化设置失败：WebUI https，文件：&quot;%1&quot;，错误：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/upgrade.cpp" line="76"/>
        <source>Migrated preferences: WebUI https, exported data to file: &quot;%1&quot;</source>
        <translation>合并个性化设置成功：WebUI https，数据已导出至文件：&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/upgrade.cpp" line="168"/>
        <location filename="../app/upgrade.cpp" line="199"/>
        <location filename="../app/upgrade.cpp" line="230"/>
        <location filename="../app/upgrade.cpp" line="396"/>
        <location filename="../app/upgrade.cpp" line="494"/>
        <source>Invalid value found in configuration file, reverting it to default. Key: &quot;%1&quot;. Invalid value: &quot;%2&quot;.</source>
        <translation>在配置文件中找到了无效的值，将其还原为默认值。键：“%1”。无效值：“%2”。</translation>
    </message>
</context>
<context>
    <name>Utils::ForeignApps</name>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="93"/>
        <source>Found Python executable. Name: &quot;%1&quot;. Version: &quot;%2&quot;</source>
        <translation>发现 Python 可执行文件。名称：&quot;%1&quot;。版本：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="198"/>
        <source>Python failed to meet minimum version requirement. Path: &quot;%1&quot;. Found version: &quot;%2&quot;. Minimum supported version: &quot;%3&quot;.</source>
        <translation>Python 未能满足最低版本要求。路径：&quot;%1&quot;。找到的版本：&quot;%2&quot;。最低支持的版本：&quot;%3&quot;。</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="213"/>
        <source>Failed to find Python executable. Path: &quot;%1&quot;.</source>
        <translation>未发现 Python 可执行文件。路径：&quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="237"/>
        <source>Failed to find `%1` executable in PATH environment variable. PATH: &quot;%2&quot;</source>
        <translation>在 PATH 环境变量中找不到 `%1` 可执行路径。PATH：`%2`</translation>
    </message>
    <message>
        <location filename="../base/utils/foreignapps.cpp" line="256"/>
        <source>Failed to find Python executable</source>
        <translation>查找 Python 可执行文件失败</translation>
    </message>
</context>
<context>
    <name>Utils::IO</name>
    <message>
        <location filename="../base/utils/io.cpp" line="83"/>
        <source>File open error. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>打开文件出错。文件： &quot;%1&quot;。错误： &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="91"/>
        <source>File size exceeds limit. File: &quot;%1&quot;. File size: %2. Size limit: %3</source>
        <translation>文件大小超出限制。文件：&quot;%1&quot;。文件大小： %2。大小限制： %3</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="97"/>
        <source>File size exceeds data size limit. File: &quot;%1&quot;. File size: %2. Array limit: %3</source>
        <translation>文件大小超出限制。文件：&quot;%1&quot;。文件大小：%2。大小限制：%3</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="107"/>
        <source>File read error. File: &quot;%1&quot;. Error: &quot;%2&quot;</source>
        <translation>文件读取错误。文件：&quot;%1&quot;。、错误： &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../base/utils/io.cpp" line="122"/>
        <source>Read size mismatch. File: &quot;%1&quot;. Expected: %2. Actual: %3</source>
        <translation>读取大小不匹配。文件：&quot;%1&quot;。预期大小： %2。实际大小： %3</translation>
    </message>
</context>
<context>
    <name>WatchedFolderOptionsDialog</name>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="14"/>
        <source>Watched Folder Options</source>
        <translation>监视文件夹选项</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="22"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Will watch the folder and all its subfolders. In Manual torrent management mode it will also add subfolder name to the selected Save path.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;将监视文件夹及其所有子文件夹。在手动 torrent 管理模式下，它还会将子文件夹名称添加到选定的保存路径。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="25"/>
        <source>Recursive mode</source>
        <translation>递归模式</translation>
    </message>
    <message>
        <location filename="../gui/watchedfolderoptionsdialog.ui" line="47"/>
        <source>Torrent parameters</source>
        <translation>Torrent 参数</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersModel</name>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="76"/>
        <source>Watched Folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="105"/>
        <source>Watched folder path cannot be empty.</source>
        <translation>监视文件夹路径不能为空。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="108"/>
        <source>Watched folder path cannot be relative.</source>
        <translation>所监视的文件夹路径不能是相对的。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="111"/>
        <source>Folder &apos;%1&apos; is already in watch list.</source>
        <translation>文件夹 “%1” 已在监视列表中。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="115"/>
        <source>Folder &apos;%1&apos; doesn&apos;t exist.</source>
        <translation>文件夹 “%1” 不存在。</translation>
    </message>
    <message>
        <location filename="../gui/watchedfoldersmodel.cpp" line="117"/>
        <source>Folder &apos;%1&apos; isn&apos;t readable.</source>
        <translation>文件夹 “%1” 不可读。</translation>
    </message>
</context>
<context>
    <name>WebApplication</name>
    <message>
        <location filename="../webui/webapplication.cpp" line="224"/>
        <source>Unacceptable file type, only regular file is allowed.</source>
        <translation>不可接受的文件类型，只允许使用常规文件。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="242"/>
        <source>Symlinks inside alternative UI folder are forbidden.</source>
        <translation>备用 UI 目录中不允许使用符号链接。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="450"/>
        <source>Using built-in WebUI.</source>
        <translation>使用内置 WebUI</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="452"/>
        <source>Using custom WebUI. Location: &quot;%1&quot;.</source>
        <translation>使用自定义 WebUI。位置：&quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="464"/>
        <source>WebUI translation for selected locale (%1) has been successfully loaded.</source>
        <translation>成功加载了所选语言环境 (%1) 的 WebUI 翻译</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="469"/>
        <source>Couldn&apos;t load WebUI translation for selected locale (%1).</source>
        <translation>无法加载所选语言环境 (%1) 的 Web UI 翻译。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="529"/>
        <source>Missing &apos;:&apos; separator in WebUI custom HTTP header: &quot;%1&quot;</source>
        <translation>自定义 WebUI HTTP 头字段缺少分隔符 “:”：“%1”</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="598"/>
        <source>Web server error. %1</source>
        <translation>Web 服务器错误：%1</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="618"/>
        <source>Web server error. Unknown error.</source>
        <translation>Web 服务器错误：未知错误。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="932"/>
        <source>WebUI: Origin header &amp; Target origin mismatch! Source IP: &apos;%1&apos;. Origin header: &apos;%2&apos;. Target origin: &apos;%3&apos;</source>
        <translation>WebUI: 请求 Header 中 Origin 与 XFH/Host 不匹配！来源 IP: &apos;%1&apos;。Origin: &apos;%2&apos;。XFH/Host: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="944"/>
        <source>WebUI: Referer header &amp; Target origin mismatch! Source IP: &apos;%1&apos;. Referer header: &apos;%2&apos;. Target origin: &apos;%3&apos;</source>
        <translation>WebUI: 请求 Header 中 Referer 与 XFH/Host 不匹配！来源 IP: &apos;%1&apos;。Referer: &apos;%2&apos;。XFH/Host: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="963"/>
        <source>WebUI: Invalid Host header, port mismatch. Request source IP: &apos;%1&apos;. Server port: &apos;%2&apos;. Received Host header: &apos;%3&apos;</source>
        <translation>WebUI：无效的 Host header，端口不匹配。请求的来源 IP：“%1”。服务器端口：“%2”。收到的 Host header：“%3”</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="984"/>
        <source>WebUI: Invalid Host header. Request source IP: &apos;%1&apos;. Received Host header: &apos;%2&apos;</source>
        <translation>WebUI：无效的 Host header。请求的来源 IP：“%1”。收到的 Host header：“%2”</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1030"/>
        <source>WebAPI login failure. Reason: IP has been banned, IP: %1, username: %2</source>
        <translation type="unfinished">WebAPI 登录失败。原因: IP 被封禁，IP：%1，用户名：%2</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1033"/>
        <source>Your IP address has been banned after too many failed authentication attempts.</source>
        <translation type="unfinished">身份认证失败次数过多，您的 IP 地址已被封禁。</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1042"/>
        <source>WebAPI login success. IP: %1</source>
        <translation type="unfinished">WebAPI 登录成功。IP：%1</translation>
    </message>
    <message>
        <location filename="../webui/webapplication.cpp" line="1050"/>
        <source>WebAPI login failure. Reason: invalid credentials, attempt count: %1, IP: %2, username: %3</source>
        <translation type="unfinished">WebAPI 登录失败。原因：凭证无效，尝试次数：%1，IP：%2，用户名：%3</translation>
    </message>
</context>
<context>
    <name>WebUI</name>
    <message>
        <location filename="../webui/webui.cpp" line="69"/>
        <source>Credentials are not set</source>
        <translation>未设置凭据</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="120"/>
        <source>WebUI: HTTPS setup successful</source>
        <translation>WebUI: HTTPS 设置成功</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="122"/>
        <source>WebUI: HTTPS setup failed, fallback to HTTP</source>
        <translation>Web UI: HTTPS 配置失败，回退至 HTTP</translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="134"/>
        <source>WebUI: Now listening on IP: %1, port: %2</source>
        <translation>Web UI：正在监听 IP：%1，端口：%2 </translation>
    </message>
    <message>
        <location filename="../webui/webui.cpp" line="138"/>
        <source>Unable to bind to IP: %1, port: %2. Reason: %3</source>
        <translation>Web UI：无法绑定到 IP：%1，端口：%2。原因：%3 </translation>
    </message>
</context>
<context>
    <name>fs</name>
    <message>
        <location filename="../base/utils/fs.cpp" line="447"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
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
        <translation>/s</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="239"/>
        <source>%1s</source>
        <comment>e.g: 10 seconds</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="244"/>
        <source>%1m</source>
        <comment>e.g: 10 minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="250"/>
        <source>%1h %2m</source>
        <comment>e.g: 3 hours 5 minutes</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="257"/>
        <source>%1d %2h</source>
        <comment>e.g: 2 days 10 hours</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="262"/>
        <source>%1y %2d</source>
        <comment>e.g: 2 years 10 days</comment>
        <translation>%1 年 %2 天</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="109"/>
        <location filename="../base/utils/misc.cpp" line="121"/>
        <source>Unknown</source>
        <comment>Unknown (size)</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../base/utils/os.cpp" line="92"/>
        <source>qBittorrent will shutdown the computer now because all downloads are complete.</source>
        <translation>所有下载已完成，qBittorrent 将关闭电脑。</translation>
    </message>
    <message>
        <location filename="../base/utils/os.cpp" line="98"/>
        <source>qBittorrent will reboot the computer now because all downloads are complete.</source>
        <translation>所有下载都已完成，qBittorrent 现在将重启计算机。</translation>
    </message>
    <message>
        <location filename="../base/utils/misc.cpp" line="237"/>
        <source>&lt; 1m</source>
        <comment>&lt; 1 minute</comment>
        <translation>&lt; 1 分钟</translation>
    </message>
</context>
</TS>
