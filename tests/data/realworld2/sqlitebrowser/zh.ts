<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../AboutDialog.ui" line="14"/>
        <source>About DB Browser for SQLite</source>
        <translation>关于 DB Browser for SQLite</translation>
    </message>
    <message>
        <location filename="../AboutDialog.ui" line="29"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../AboutDialog.ui" line="90"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DB Browser for SQLite is an open source, freeware visual tool used to create, design and edit SQLite database files.&lt;/p&gt;&lt;p&gt;It is bi-licensed under the Mozilla Public License Version 2, as well as the GNU General Public License Version 3 or later. You can modify or redistribute it under the conditions of these licenses.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;https://www.gnu.org/licenses/gpl.html&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.gnu.org/licenses/gpl.html&lt;/span&gt;&lt;/a&gt; and &lt;a href=&quot;https://www.mozilla.org/MPL/2.0/index.txt&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.mozilla.org/MPL/2.0/index.txt&lt;/span&gt;&lt;/a&gt; for details.&lt;/p&gt;&lt;p&gt;For more information on this program please visit our website at: &lt;a href=&quot;https://sqlitebrowser.org&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://sqlitebrowser.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;This software uses the GPL/LGPL Qt Toolkit from &lt;/span&gt;&lt;a href=&quot;https://qt-project.org/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://qt-project.org/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt;&lt;br/&gt;See &lt;/span&gt;&lt;a href=&quot;https://doc.qt.io/qt-5/licensing.html&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://doc.qt.io/qt-5/licensing.html&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; for licensing terms and information.&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:8pt;&quot;&gt;We use the nalgeon/sqlean library for SQLite extensions support.&lt;br/&gt;This library is licensed under the MIT license, see the following for more information:&lt;br/&gt;&lt;/span&gt;&lt;a href=&quot;https://github.com/nalgeon/sqlean&quot;&gt;&lt;span style=&quot; font-size:8pt; text-decoration: underline; color:#0000ff;&quot;&gt;https://github.com/nalgeon/sqlean&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;It also uses the Pastel SVG icon set by Michael Buckley under a Creative Commons Attribution Share Alike 4.0 license.&lt;br/&gt;See &lt;/span&gt;&lt;a href=&quot;https://codefisher.org/pastel-svg/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://codefisher.org/pastel-svg/&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-size:small;&quot;&gt; for details.&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;DB Browser for SQLite 是一个开源的、免费的可视化工具，用于创建、设计和编辑 SQLite 数据库文件。&lt;/p&gt;&lt;p&gt;它根据 Mozilla Public License Version 2 和 GNU General Public License Version 3 或更高版本的双重许可进行授权。您可以根据这些许可证的条件进行修改或重新分发。&lt;/p&gt;&lt;p&gt;详情请参见 &lt;a href=&quot;https://www.gnu.org/licenses/gpl.html&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.gnu.org/licenses/gpl.html&lt;/span&gt;&lt;/a&gt; 和 &lt;a href=&quot;https://www.mozilla.org/MPL/2.0/index.txt&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://www.mozilla.org/MPL/2.0/index.txt&lt;/span&gt;&lt;/a&gt;。&lt;/p&gt;&lt;p&gt;有关此程序的更多信息，请访问我们的网站：&lt;a href=&quot;https://sqlitebrowser.org&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;https://sqlitebrowser.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;此软件使用来自 &lt;a href=&quot;https://qt-project.org/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://qt-project.org/&lt;/span&gt;&lt;/a&gt; 的 GPL/LGPL Qt Toolkit。&lt;br/&gt;有关许可条款和信息，请参见 &lt;a href=&quot;https://doc.qt.io/qt-5/licensing.html&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://doc.qt.io/qt-5/licensing.html&lt;/span&gt;&lt;/a&gt;。&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:8pt;&quot;&gt;我们使用 nalgeon/sqlean 库来支持 SQLite 扩展。&lt;br/&gt;该库根据 MIT 许可证授权，更多信息请参见：&lt;br/&gt;&lt;/span&gt;&lt;a href=&quot;https://github.com/nalgeon/sqlean&quot;&gt;&lt;span style=&quot; font-size:8pt; text-decoration: underline; color:#0000ff;&quot;&gt;https://github.com/nalgeon/sqlean&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-size:small;&quot;&gt;此外，我们使用 Michael Buckley 的 Pastel SVG 图标集，该图标集根据 Creative Commons Attribution Share Alike 4.0 许可证授权。&lt;br/&gt;详情请参见 &lt;a href=&quot;https://codefisher.org/pastel-svg/&quot;&gt;&lt;span style=&quot; font-size:small; text-decoration: underline; color:#0000ff;&quot;&gt;https://codefisher.org/pastel-svg/&lt;/span&gt;&lt;/a&gt;。&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>AddRecordDialog</name>
    <message>
        <location filename="../AddRecordDialog.ui" line="14"/>
        <source>Add New Record</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="27"/>
        <source>Enter values for the new record considering constraints. Fields in bold are mandatory.</source>
        <translation>为新增的记录填写满足约束的值。加粗的字段必须填写。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="67"/>
        <source>In the Value column you can specify the value for the field identified in the Name column. The Type column indicates the type of the field. Default values are displayed in the same style as NULL values.</source>
        <translation>在“值”列中指定对应“名称”列的值。“类型”提供字段的类型。默认值的显示样式等同 NULL 值。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="74"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="79"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="84"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="87"/>
        <source>Values to insert. Pre-filled default values are inserted automatically unless they are changed.</source>
        <translation>要插入的值。不做修改则会使用默认填好的默认值。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="93"/>
        <source>When you edit the values in the upper frame, the SQL query for inserting this new record is shown here. You can edit manually the query before saving.</source>
        <translation>你在上方编辑值时，这里会显示插入新记录所用的 SQL 语句。你可以在保存前手动修改语句。</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.ui" line="110"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Save&lt;/span&gt; will submit the shown SQL statement to the database for inserting the new record.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Restore Defaults&lt;/span&gt; will restore the initial values in the &lt;span style=&quot; font-weight:600;&quot;&gt;Value&lt;/span&gt; column.&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Cancel&lt;/span&gt; will close this dialog without executing the query.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;保存&lt;/span&gt; 将会把显示的 SQL 语句提交到数据库以插入新记录。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;恢复默认&lt;/span&gt; 将会把 &lt;span style=&quot; font-weight:600;&quot;&gt;值&lt;/span&gt; 列恢复为初始值。&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;取消&lt;/span&gt; 将会关闭此界面，不执行语句。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="239"/>
        <source>Auto-increment
</source>
        <translation>自增
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="242"/>
        <source>Unique constraint
</source>
        <translation>唯一约束
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="245"/>
        <source>Check constraint:	 %1
</source>
        <translation>检查约束:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="249"/>
        <source>Foreign key:	 %1
</source>
        <translation>外键:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="258"/>
        <source>Default value:	 %1
</source>
        <translation>默认值:	 %1
</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="284"/>
        <source>Error adding record. Message from database engine:

%1</source>
        <translation>添加记录失败。来自数据库引擎的消息:

%1</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="365"/>
        <source>Are you sure you want to restore all the entered values to their defaults?</source>
        <translation>你确定要把输入的所有值都恢复成默认值吗？</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../Application.cpp" line="184"/>
        <source>Possible command line arguments:</source>
        <translation>可用命令行参数:</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="246"/>
        <source>The -o/--option and -O/--save-option options require an argument in the form group/setting=value</source>
        <translation>-o/--option 和 -O/--save-option 选项需要 group/setting=value 格式的参数</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="98"/>
        <source>The user settings file location is replaced with the argument value instead of the environment variable value.</source>
        <translation>用户设置文件的位置将使用参数值而非环境变量值。</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="99"/>
        <source>Ignored environment variable (DB4S_SETTINGS_FILE) value: </source>
        <translation>忽略的环境变量 (DB4S_SETTINGS_FILE) 值 : </translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="220"/>
        <location filename="../Application.cpp" line="232"/>
        <source>The file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="180"/>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="181"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="181"/>
        <location filename="../Application.cpp" line="205"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="181"/>
        <location filename="../Application.cpp" line="207"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="182"/>
        <location filename="../Application.cpp" line="209"/>
        <source>csv-file</source>
        <translation>csv文件</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="186"/>
        <source>Show command line options</source>
        <translation>显示命令行选项</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="188"/>
        <source>Exit application after running scripts</source>
        <translation>脚本运行完毕后退出</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="189"/>
        <location filename="../Application.cpp" line="191"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="190"/>
        <source>Execute this SQL file after opening the DB</source>
        <translation>打开数据库后执行该 SQL 文件</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="192"/>
        <source>Import this CSV file into the passed DB or into a new DB</source>
        <translation>将该 CSV 文件导入传递过来的数据库或者新数据库</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="193"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="194"/>
        <source>Browse this table, or use it as target of a data import</source>
        <translation>浏览该表，或用它作为数据导入目标</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="196"/>
        <source>Open database in read-only mode</source>
        <translation>用只读模式打开数据库</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="197"/>
        <source>settings_file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="198"/>
        <source>Run application based on this settings file</source>
        <translation>基于该设置文件运行程序</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="199"/>
        <location filename="../Application.cpp" line="201"/>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="199"/>
        <location filename="../Application.cpp" line="201"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="199"/>
        <location filename="../Application.cpp" line="201"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="200"/>
        <source>Run application with this setting temporarily set to value</source>
        <translation>临时设定该值并运行程序</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="202"/>
        <source>Run application saving this value for this setting</source>
        <translation>保存该设置值并运行程序</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="204"/>
        <source>Display the current version</source>
        <translation>显示当前版本</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="206"/>
        <source>Open this SQLite database</source>
        <translation>打开该 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="208"/>
        <source>Open this project file (*.sqbpro)</source>
        <translation>打开该项目文件 (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="210"/>
        <source>Import this CSV file into an in-memory database</source>
        <translation>导入该 CSV 文件到一个内存数据库</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="218"/>
        <location filename="../Application.cpp" line="225"/>
        <location filename="../Application.cpp" line="230"/>
        <source>The %1 option requires an argument</source>
        <translation>选项 %1 需要一个参数</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="243"/>
        <source>The -S/--settings option requires an argument. The option is ignored.</source>
        <translation>-S/--settings 选项需要一个参数。此选项已忽略。</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="274"/>
        <source>Invalid option/non-existent file: %1</source>
        <translation>无效选项/不存在的文件: %1</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="365"/>
        <source>SQLite Version </source>
        <translation>SQLite 版本 </translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="367"/>
        <source>SQLCipher Version %1 (based on SQLite %2)</source>
        <translation>SQLCipher 版本 %1 (基于 SQLite %2)</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="370"/>
        <source>DB Browser for SQLite Version %1.</source>
        <translation>DB Browser for SQLite 版本 %1。</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="371"/>
        <source>Last commit hash when built: %1</source>
        <translation>构建时的最新提交: %1</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="372"/>
        <source>Built for %1, running on %2</source>
        <translation>为 %1 构建，运行于 %2</translation>
    </message>
    <message>
        <location filename="../Application.cpp" line="373"/>
        <source>Qt Version %1</source>
        <translation>Qt 版本 %1</translation>
    </message>
</context>
<context>
    <name>CipherDialog</name>
    <message>
        <location filename="../CipherDialog.ui" line="14"/>
        <source>SQLCipher encryption</source>
        <translation>SQLCipher 加密</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="27"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="44"/>
        <source>&amp;Reenter password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="98"/>
        <source>Encr&amp;yption settings</source>
        <translation>加密设置(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="110"/>
        <source>SQLCipher &amp;3 defaults</source>
        <translation>SQLCipher &amp;3 默认</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="117"/>
        <source>SQLCipher &amp;4 defaults</source>
        <translation>SQLCipher &amp;4 默认</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="124"/>
        <source>Custo&amp;m</source>
        <translation>自定义(&amp;M)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="133"/>
        <source>Page si&amp;ze</source>
        <translation>页大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="146"/>
        <source>&amp;KDF iterations</source>
        <translation>KDF迭代(&amp;K)</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="166"/>
        <source>HMAC algorithm</source>
        <translation>HMAC算法</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="195"/>
        <source>KDF algorithm</source>
        <translation>KDF算法</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="224"/>
        <source>Plaintext Header Size</source>
        <translation>纯文本文件头大小</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="66"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../CipherDialog.ui" line="71"/>
        <source>Raw key</source>
        <translation>原始密钥</translation>
    </message>
    <message>
        <location filename="../CipherDialog.cpp" line="37"/>
        <source>Please set a key to encrypt the database.
Note that if you change any of the other, optional, settings you&apos;ll need to re-enter them as well every time you open the database file.
Leave the password fields empty to disable the encryption.
The encryption process might take some time and you should have a backup copy of your database! Unsaved changes are applied before modifying the encryption.</source>
        <translation>请设置密码以加密数据库。
注意如果修改了任何其他选项设置，以及每次打开数据库时，您都需要重新输入此密码。
不填密码表示禁用加密。
加密过程将花费一些时间，您应该在加密之前备份数据库！修改加密前，未保存的更改将会被应用。</translation>
    </message>
    <message>
        <location filename="../CipherDialog.cpp" line="42"/>
        <source>Please enter the key used to encrypt the database.
If any of the other settings were altered for this database file you need to provide this information as well.</source>
        <translation>请输入加密数据库的密码。
如果此数据库的任何其他设置发生变化，您也需要提供此信息。</translation>
    </message>
</context>
<context>
    <name>ColumnDisplayFormatDialog</name>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="14"/>
        <source>Choose display format</source>
        <translation>选择显示格式</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="20"/>
        <source>Display format</source>
        <translation>显示格式</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.ui" line="26"/>
        <source>Choose a display format for the column &apos;%1&apos; which is applied to each value prior to showing it.</source>
        <translation>为列 &apos;%1&apos; 选择显示格式，将在显示每个值时使用。</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="19"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="21"/>
        <source>Decimal number</source>
        <translation>十进制数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="22"/>
        <source>Exponent notation</source>
        <translation>指数表示法</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="23"/>
        <source>Hex blob</source>
        <translation>十六进制大型对象</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="24"/>
        <source>Hex number</source>
        <translation>十六进制数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="28"/>
        <source>Apple NSDate to date</source>
        <translation>苹果 NSDate 到日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="29"/>
        <source>Java epoch (milliseconds) to date</source>
        <translation>Java 时间戳（毫秒）到日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="30"/>
        <source>.NET DateTime.Ticks to date</source>
        <translation>.NET DateTime.Ticks 到日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="31"/>
        <source>Julian day to date</source>
        <translation>儒略日 (Julian day) 到日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="33"/>
        <source>Unix epoch to local time</source>
        <translation>Unix 时间戳到本地时间</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="34"/>
        <source>WebKit / Chromium epoch to date</source>
        <translation>将 WebKit / Chromium 纪元转换为日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="35"/>
        <source>WebKit / Chromium epoch to local time</source>
        <translation>将 WebKit / Chromium 纪元转换为本地时间</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="37"/>
        <source>Date as dd/mm/yyyy</source>
        <translation>日期，格式为 dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="39"/>
        <source>Lower case</source>
        <translation>小写</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="42"/>
        <source>Binary GUID to text</source>
        <translation>二进制 GUID 到文本</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="43"/>
        <source>SpatiaLite Geometry to SVG</source>
        <translation>SpatiaLite Geometry 到 SVG</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="147"/>
        <source>Custom display format must contain a function call applied to %1</source>
        <translation>自定义显示格式必须包含处理 %1 的函数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="159"/>
        <source>Error in custom display format. Message from database engine:

%1</source>
        <translation>自定义显示格式有误。数据库引擎提供的错误信息为：\n\n%1</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="161"/>
        <source>Custom display format must return only one column but it returned %1.</source>
        <translation>自定义显示格式必须只返回1列，但目前返回 %1 。</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="25"/>
        <source>Octal number</source>
        <translation>八进制数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="26"/>
        <source>Round number</source>
        <translation>取整数</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="32"/>
        <source>Unix epoch to date</source>
        <translation>Unix 时间到日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="40"/>
        <source>Upper case</source>
        <translation>大写</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="36"/>
        <source>Windows DATE to date</source>
        <translation>Windows 日期到日期</translation>
    </message>
    <message>
        <location filename="../ColumnDisplayFormatDialog.cpp" line="45"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>CondFormatManager</name>
    <message>
        <location filename="../CondFormatManager.ui" line="14"/>
        <source>Conditional Format Manager</source>
        <translation>条件格式管理器</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="20"/>
        <source>This dialog allows creating and editing conditional formats. Each cell style will be selected by the first accomplished condition for that cell data. Conditional formats can be moved up and down, where those at higher rows take precedence over those at lower. Syntax for conditions is the same as for filters and an empty condition applies to all values.</source>
        <translation>此对话框用于创建和编辑条件格式。每个单元格的样式将被设置为首个匹配条件的格式。条件格式可以上下移动，靠前的行优先生效。条件的语法与过滤器相同。空条件将适用于所有值。</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="32"/>
        <source>Add new conditional format</source>
        <translation>创建新的条件格式</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="35"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="52"/>
        <source>Remove selected conditional format</source>
        <translation>删除选中的条件格式</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="55"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="72"/>
        <source>Move selected conditional format up</source>
        <translation>上移选中的条件格式</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="75"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="92"/>
        <source>Move selected conditional format down</source>
        <translation>下移选中的条件格式</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="95"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="158"/>
        <source>Foreground</source>
        <translation>前景</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="161"/>
        <source>Text color</source>
        <translation>文本颜色</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="166"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="169"/>
        <source>Background color</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="174"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="179"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="187"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="199"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="211"/>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="220"/>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.ui" line="225"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.cpp" line="101"/>
        <location filename="../CondFormatManager.cpp" line="102"/>
        <source>Click to select color</source>
        <translation>点击选择颜色</translation>
    </message>
    <message>
        <location filename="../CondFormatManager.cpp" line="250"/>
        <source>Are you sure you want to clear all the conditional formats of this field?</source>
        <translation>确实要清除全部条件格式吗？</translation>
    </message>
</context>
<context>
    <name>DBBrowserDB</name>
    <message>
        <location filename="../sqlitedb.cpp" line="325"/>
        <source>Please specify the database name under which you want to access the attached database</source>
        <translation>请指明想要附加的数据库名</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="401"/>
        <source>Invalid file format</source>
        <translation>无效的文件格式</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="719"/>
        <source>Do you want to save the changes made to the database file %1?</source>
        <translation>您是否想保存对数据库文件 %1 做出的更改?</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="883"/>
        <source>Exporting database to SQL file...</source>
        <translation>正在导出数据库到 SQL 文件...</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="884"/>
        <location filename="../sqlitedb.cpp" line="1119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1118"/>
        <source>Executing SQL...</source>
        <translation>正在执行 SQL...</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1148"/>
        <source>Action cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="714"/>
        <source>Do you really want to close this temporary database? All data will be lost.</source>
        <translation>你确定要关闭此临时数据库吗？所有数据都会丢失。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="735"/>
        <source>Database didn&apos;t close correctly, probably still busy</source>
        <translation>数据库未正确关闭，可能正忙</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="760"/>
        <source>Cannot open destination file: &apos;%1&apos;</source>
        <translation>无法打开目标文件: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="777"/>
        <location filename="../sqlitedb.cpp" line="795"/>
        <source>Cannot backup to file: &apos;%1&apos;. Message: %2</source>
        <translation>无法备份到文件: &apos;%1&apos;。消息: %2</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="835"/>
        <source>The database is currently busy: </source>
        <translation>数据库正忙: </translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="836"/>
        <source>Do you want to abort that other operation?</source>
        <translation>确定要放弃操作吗？</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1077"/>
        <location filename="../sqlitedb.cpp" line="1109"/>
        <source>No database file opened</source>
        <translation>没有打开数据库文件</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1218"/>
        <location filename="../sqlitedb.cpp" line="1231"/>
        <source>Error in statement #%1: %2.
Aborting execution%3.</source>
        <translation>错误在语句 #%1: %2.
正在放弃执行%3.</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1221"/>
        <location filename="../sqlitedb.cpp" line="1234"/>
        <source> and rolling back</source>
        <translation>并回滚</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1280"/>
        <source>didn&apos;t receive any output from %1</source>
        <translation>未收到来自 %1 的任何输出</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1286"/>
        <source>could not execute command: %1</source>
        <translation>未能执行命令: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1464"/>
        <source>Cannot delete this object</source>
        <translation>无法删除此对象</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1507"/>
        <source>Cannot set data on this object</source>
        <translation>不能为此数据设置对象</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1616"/>
        <location filename="../sqlitedb.cpp" line="1623"/>
        <source>A table with the name &apos;%1&apos; already exists in schema &apos;%2&apos;.</source>
        <translation>一个与 &apos;%1&apos; 同名的表已经存在于架构 &apos;%2&apos; 中。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1632"/>
        <source>No table with name &apos;%1&apos; exists in schema &apos;%2&apos;.</source>
        <translation>架构 &apos;%2&apos; 中不存在表 &apos;%1&apos; 。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1642"/>
        <location filename="../sqlitedb.cpp" line="1663"/>
        <source>Cannot find column %1.</source>
        <translation>找不到列 %1 。</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1676"/>
        <source>Creating savepoint failed. DB says: %1</source>
        <translation>创建保存点失败。数据库显示：%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1739"/>
        <source>Renaming the column failed. DB says:
%1</source>
        <translation>重命名列失败。数据库显示：\n%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1767"/>
        <location filename="../sqlitedb.cpp" line="1929"/>
        <source>Releasing savepoint failed. DB says: %1</source>
        <translation>释放保存点失败。数据库显示：%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1786"/>
        <source>Creating new table failed. DB says: %1</source>
        <translation>建立新表失败。数据库显示：%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1823"/>
        <source>Copying data to new table failed. DB says:
%1</source>
        <translation>复制数据到新表失败。数据库显示：\n%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1895"/>
        <source>Deleting old table failed. DB says: %1</source>
        <translation>删除旧表失败。数据库显示：%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1965"/>
        <source>Error renaming table &apos;%1&apos; to &apos;%2&apos;.
Message from database engine:
%3</source>
        <translation>将表 &apos;%1&apos; 重命名为 &apos;%2&apos; 时出错。
数据库引擎给出的错误信息：
%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2061"/>
        <source>could not get list of db objects: %1</source>
        <translation>未能获取数据库对象列表：%1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="1920"/>
        <source>Restoring some of the objects associated with this table failed. This is most likely because some column names changed. Here&apos;s the SQL statement which you might want to fix and execute manually:

</source>
        <translation>还原某些和这个表关联的对象失败。这个最可能是因为某些列的名称更改了。这里是您可能需要手动修复和执行的 SQL 语句:

</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2067"/>
        <source>could not get list of databases: %1</source>
        <translation>无法获取数据库列表: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2179"/>
        <source>Error loading extension: %1</source>
        <translation>加载扩展时出错: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2188"/>
        <source>Error loading built-in extension: %1</source>
        <translation>加载内置扩展时出错: %1</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2214"/>
        <source>could not get column information</source>
        <translation>无法获取列信息</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2095"/>
        <source>Error setting pragma %1 to %2: %3</source>
        <translation>设置杂注 %1 为 %2 时出错: %3</translation>
    </message>
    <message>
        <location filename="../sqlitedb.cpp" line="2141"/>
        <source>File not found.</source>
        <translation>文件找不到。</translation>
    </message>
</context>
<context>
    <name>DbStructureModel</name>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="22"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="163"/>
        <source>Browsables</source>
        <translation>可浏览的</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="168"/>
        <source>All</source>
        <translation>所有</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="178"/>
        <source>Temporary</source>
        <translation>临时的</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="352"/>
        <source>Tables (%1)</source>
        <translation>表 (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="356"/>
        <source>Indices (%1)</source>
        <translation>索引 (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="361"/>
        <source>Views (%1)</source>
        <translation>视图 (%1)</translation>
    </message>
    <message>
        <location filename="../DbStructureModel.cpp" line="365"/>
        <source>Triggers (%1)</source>
        <translation>触发器 (%1)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../EditDialog.ui" line="14"/>
        <source>Edit database cell</source>
        <translation>编辑数据库单元格</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="46"/>
        <source>Mode:</source>
        <translation>模式:</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="81"/>
        <location filename="../EditDialog.cpp" line="303"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="352"/>
        <source>Set as &amp;NULL</source>
        <translation>设为&amp;空</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="246"/>
        <source>Apply data to cell</source>
        <translation>将数据应用到单元格</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="249"/>
        <source>This button saves the changes performed in the cell editor to the database cell.</source>
        <translation>此按钮把单元格编辑器中的修改应用到数据库单元格中。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="252"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="66"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="62"/>
        <source>This is the list of supported modes for the cell editor. Choose a mode for viewing or editing the data of the current cell.</source>
        <translation>这是单元格编辑器支持的模式列表。选择一种模式以查看或编辑当前单元格的数据。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="71"/>
        <source>RTL Text</source>
        <translation>右到左文本</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="76"/>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="86"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="91"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="96"/>
        <source>Evaluation</source>
        <translation>求值</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="104"/>
        <location filename="../EditDialog.ui" line="107"/>
        <source>Automatically adjust the editor mode to the loaded data type</source>
        <translation>自动调整编辑器模式为加载的数据的类型</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="110"/>
        <source>This checkable button enables or disables the automatic switching of the editor mode. When a new cell is selected or new data is imported and the automatic switching is enabled, the mode adjusts to the detected data type. You can then change the editor mode manually. If you want to keep this manually switched mode while moving through the cells, switch the button off.</source>
        <translation>此复选按钮可启用或禁用编辑器模式的自动切换。当新单元格被选中或新数据被导入时，如果启用了自动切换，模式会调整为检测到的数据类型。之后你也手动切换编辑器的模式。如果你希望浏览各单元格的时候都保持手动选择的模式，请把此按钮切到关闭状态。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="113"/>
        <source>Auto-switch</source>
        <translation>自动切换</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="176"/>
        <source>This Qt editor is used for right-to-left scripts, which are not supported by the default Text editor. The presence of right-to-left characters is detected and this editor mode is automatically selected.</source>
        <translation>此Qt编辑器用于右到左的文本（默认文本编辑器不支持这种格式）。当检测到右到左字符时，会自动选择这种编辑器模式。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="203"/>
        <source>Identification of the cell currently in the editor</source>
        <translation>目前在编辑器中展示的单元格的识别结果</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="225"/>
        <source>Type and size of data currently in table</source>
        <translation>表中当前数据的类型和大小</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="274"/>
        <source>Open preview dialog for printing the data currently stored in the cell</source>
        <translation>为此单元格中目前存储的数据打开“打印预览”对话框</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="310"/>
        <source>Auto-format: pretty print on loading, compact on saving.</source>
        <translation>自动格式: 读取时格式化，存储时紧凑化。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="313"/>
        <source>When enabled, the auto-format feature formats the data on loading, breaking the text in lines and indenting it for maximum readability. On data saving, the auto-format feature compacts the data removing end of lines, and unnecessary whitespace.</source>
        <translation>当启用时，自动格式特性将在数据加载时格式化数据，增加换行并缩进以提高可读性。在保存数据时，自动格式特性会通过删除换行、不必要的空白字符的方式来紧凑化数据。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="370"/>
        <source>Word Wrap</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="373"/>
        <source>Wrap lines on word boundaries</source>
        <translation>在单词边界自动换行</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="382"/>
        <location filename="../EditDialog.ui" line="388"/>
        <source>Open in default application or browser</source>
        <translation>用默认程序或浏览器打开</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="385"/>
        <source>Open in application</source>
        <translation>用外部程序打开</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="391"/>
        <source>The value is interpreted as a file or URL and opened in the default application or web browser.</source>
        <translation>将单元格的值视为文件路径或URL，在默认程序或浏览器中打开。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="400"/>
        <source>Save file reference...</source>
        <translation>保留文件引用...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="403"/>
        <source>Save reference to file</source>
        <translatorcomment>I&apos;m not sure</translatorcomment>
        <translation>将引用保存到文件</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="427"/>
        <location filename="../EditDialog.ui" line="430"/>
        <source>Open in external application</source>
        <translation>在外部程序中编辑</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="307"/>
        <source>Autoformat</source>
        <translation>自动格式</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="322"/>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="337"/>
        <location filename="../EditDialog.ui" line="412"/>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="340"/>
        <location filename="../EditDialog.ui" line="415"/>
        <source>Import from file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="343"/>
        <location filename="../EditDialog.ui" line="418"/>
        <source>Opens a file dialog used to import any kind of data to this database cell.</source>
        <translation>打开文件选择对话框，导入任何类型的数据到此数据库单元格。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="325"/>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="328"/>
        <source>Opens a file dialog used to export the contents of this database cell to a file.</source>
        <translation>打开文件选择对话框，导出此数据库单元格的内容到一个文件里。</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="355"/>
        <source>Erases the contents of the cell</source>
        <translation>删除单元格的内容</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="17"/>
        <source>This area displays information about the data present in this database cell</source>
        <translation>这个区域显示存在于这个数据库单元格中的数据的相关信息</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="268"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="277"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="271"/>
        <source>Open preview dialog for printing displayed text</source>
        <translation>打开打印预览对话框，预览文本</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="289"/>
        <source>Copy Hex and ASCII</source>
        <translation>拷贝十六进制和 ASCII</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="292"/>
        <source>Copy selected hexadecimal and ASCII columns to the clipboard</source>
        <translation>拷贝选中的十六进制和 ASCII 列到剪贴板中</translation>
    </message>
    <message>
        <location filename="../EditDialog.ui" line="295"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="515"/>
        <source>Choose a filename to export data</source>
        <translation>选择一个导出数据的文件名</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="301"/>
        <location filename="../EditDialog.cpp" line="310"/>
        <source>Image data can&apos;t be viewed in this mode.</source>
        <translation>此模式下无法查看图像数据。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="302"/>
        <location filename="../EditDialog.cpp" line="311"/>
        <source>Try switching to Image or Binary mode.</source>
        <translation>尝试切换到图像或二进制模式。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="369"/>
        <location filename="../EditDialog.cpp" line="378"/>
        <source>Binary data can&apos;t be viewed in this mode.</source>
        <translation>此模式下无法查看二进制数据。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="370"/>
        <location filename="../EditDialog.cpp" line="379"/>
        <source>Try switching to Binary mode.</source>
        <translation>尝试切换到二进制模式。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="925"/>
        <location filename="../EditDialog.cpp" line="1105"/>
        <source>Type: NULL; Size: 0 bytes</source>
        <translation>类型: NULL; 大小: 0 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="927"/>
        <location filename="../EditDialog.cpp" line="1117"/>
        <source>Type: Text / Numeric; Size: %n character(s)</source>
        <translation>
            <numerusform>类型: 文本 / 数字; 大小: %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1091"/>
        <source>Type: %1 Image; Size: %2x%3 pixel(s)</source>
        <translation>类型: %1 图像; 大小: %2x%3 像素</translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="1124"/>
        <source>Type: Valid JSON; Size: %n character(s)</source>
        <translation>
            <numerusform>类型: 有效的 JSON; 大小: %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EditDialog.cpp" line="1132"/>
        <source>Type: Binary; Size: %n byte(s)</source>
        <translation>
            <numerusform>类型: 二进制; 大小: %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1275"/>
        <source>Couldn&apos;t save file: %1.</source>
        <translation>保存文件失败：%1。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="1300"/>
        <source>The data has been saved to a temporary file and has been opened with the default application. You can now edit the file and, when you are ready, apply the saved new data to the cell or cancel any changes.</source>
        <translation>数据已保存到临时文件，并使用默认应用程序打开。您现在可以编辑该文件，并在准备就绪后将新数据应用到单元格或取消更改。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="406"/>
        <location filename="../EditDialog.cpp" line="426"/>
        <source>Image files (%1)</source>
        <translation>图像文件 (%1)</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="481"/>
        <source>Binary files (*.bin)</source>
        <translation>二进制文件 (*.bin)</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="438"/>
        <source>Choose a file to import</source>
        <translation>选择一个要导入的文件</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="44"/>
        <source>The text editor modes let you edit plain text, as well as JSON or XML data with syntax highlighting, automatic formatting and validation before saving.

Errors are indicated with a red squiggle underline.

In the Evaluation mode, entered SQLite expressions are evaluated and the result applied to the cell.</source>
        <translation>文本编辑器允许您编辑文本，并支持 JSON 或 XML 数据的语法高亮，保存前自动格式化和验证。

错误会标记红色波浪下划线。

求值模式下会计算输入的 SQLite 表达式，计算结果应用于单元格。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="122"/>
        <source>Unsaved data in the cell editor</source>
        <translation>单元格编辑器中的未保存数据</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="123"/>
        <source>The cell editor contains data not yet applied to the database.
Do you want to apply the edited data to row=%1, column=%2?</source>
        <translation>单元格编辑器包含的数据尚未应用到数据库。
是否将编辑后的数据应用到 行=%1 : 列=%2?</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="148"/>
        <source>Editing row=%1, column=%2</source>
        <translation>编辑 行=%1 : 列=%2</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="151"/>
        <source>No cell active.</source>
        <translation>未选中单元格。</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="477"/>
        <source>%1 Image</source>
        <translation>%1 图像</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="581"/>
        <source>Invalid data for this mode</source>
        <translation>数据对此模式非法</translation>
    </message>
    <message>
        <location filename="../EditDialog.cpp" line="582"/>
        <source>The cell contains invalid %1 data. Reason: %2. Do you really want to apply it to the cell?</source>
        <translation>单元格中包含非法的 %1 数据。原因: %2. 你确实想把它应用到单元格中吗？</translation>
    </message>
</context>
<context>
    <name>EditIndexDialog</name>
    <message>
        <location filename="../EditIndexDialog.ui" line="26"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="237"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="39"/>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="14"/>
        <source>Edit Index Schema</source>
        <translation>编辑索引架构</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="52"/>
        <source>&amp;Unique</source>
        <translation>唯一(&amp;U)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="69"/>
        <source>For restricting the index to only a part of the table you can specify a WHERE clause here that selects the part of the table that should be indexed</source>
        <translation>为了将索引范围限制到表中的一部分，您可以在此指定 WHERE 子句来在表中选择需要索引的部分</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="72"/>
        <source>Partial inde&amp;x clause</source>
        <translation>部分索引子句(&amp;x)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="85"/>
        <source>Colu&amp;mns</source>
        <translation>列(&amp;m)</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="130"/>
        <source>Table column</source>
        <translation>表中的列</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="135"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="172"/>
        <source>Add a new expression column to the index. Expression columns contain SQL expression rather than column names.</source>
        <translation>向索引中添加一个新的表达式列。表达式列包含 SQL 表达式而不是列名。</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.ui" line="232"/>
        <source>Index column</source>
        <translation>索引列</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.cpp" line="270"/>
        <source>Deleting the old index failed:
%1</source>
        <translation>删除旧索引失败:
%1</translation>
    </message>
    <message>
        <location filename="../EditIndexDialog.cpp" line="279"/>
        <source>Creating the index failed:
%1</source>
        <translation>创建索引时失败:
%1</translation>
    </message>
</context>
<context>
    <name>EditTableDialog</name>
    <message>
        <location filename="../EditTableDialog.ui" line="14"/>
        <source>Edit table definition</source>
        <translation>编辑表定义</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="27"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="43"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="75"/>
        <source>Without Rowid</source>
        <translation>无 Rowid</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="164"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="62"/>
        <source>Database sche&amp;ma</source>
        <translation>数据库架构(&amp;M)</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="85"/>
        <source>Make this a &apos;WITHOUT ROWID&apos; table. Setting this flag requires specifying a PRIMARY KEY (which can be of any type, and can be composite), and forbids the AUTOINCREMENT flag.</source>
        <translation>将此表设置为 &apos;WITHOUT ROWID&apos; 表。设置此标志需要指定一个主键（可以是任何类型，并且可以是复合的），并禁止使用AUTOINCREMENT标志。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="92"/>
        <source>On Conflict</source>
        <translation>冲突时</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="133"/>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="143"/>
        <source>When the strict option is enabled SQLite enforces the data types of each column when updating or inserting data.</source>
        <translation>启用严格选项后，SQLite 更新或插入数据时会严格执行每个列的数据类型。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="172"/>
        <location filename="../EditTableDialog.ui" line="509"/>
        <location filename="../EditTableDialog.ui" line="603"/>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="192"/>
        <location filename="../EditTableDialog.ui" line="532"/>
        <location filename="../EditTableDialog.ui" line="622"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="212"/>
        <source>Move to top</source>
        <translation>移到最上</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="235"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="255"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="275"/>
        <source>Move to bottom</source>
        <translation>移到最下</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="332"/>
        <location filename="../EditTableDialog.ui" line="487"/>
        <location filename="../EditTableDialog.ui" line="576"/>
        <location filename="../EditTableDialog.ui" line="662"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="337"/>
        <location filename="../EditTableDialog.ui" line="482"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="342"/>
        <source>NN</source>
        <translation>非空</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="345"/>
        <source>Not null</source>
        <translation>非NULL</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="350"/>
        <source>PK</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="353"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_key&quot;/&gt; Primary key&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_key&quot;/&gt; 主键&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="358"/>
        <source>AI</source>
        <translation>自增</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="361"/>
        <source>Autoincrement</source>
        <translation>自动增值</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="366"/>
        <source>U</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="369"/>
        <location filename="../EditTableDialog.ui" line="717"/>
        <location filename="../EditTableDialog.cpp" line="288"/>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="374"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="377"/>
        <source>Default value</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="382"/>
        <location filename="../EditTableDialog.ui" line="657"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="385"/>
        <source>Check constraint</source>
        <translation>检查约束条件</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="390"/>
        <source>Collation</source>
        <translation>排序规则</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="395"/>
        <source>Foreign Key</source>
        <translation>外键</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="398"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_fk&quot;/&gt; Foreign Key&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;img src=&quot;:/icons/field_fk&quot;/&gt; 外键&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="407"/>
        <source>Index Constraints</source>
        <translation>索引约束</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="415"/>
        <source>Add constraint</source>
        <translation>增加约束</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="438"/>
        <source>Remove constraint</source>
        <translation>删除约束</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="477"/>
        <location filename="../EditTableDialog.ui" line="571"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="492"/>
        <location filename="../EditTableDialog.ui" line="586"/>
        <location filename="../EditTableDialog.ui" line="667"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="501"/>
        <source>Foreign Keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="581"/>
        <source>References</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="595"/>
        <source>Check Constraints</source>
        <translation>检查约束</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="685"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;Warning: &lt;/span&gt;There is something with this table definition that our parser doesn&apos;t fully understand. Modifying and saving this table might result in problems.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;警告: &lt;/span&gt;表中有一些无法解析的定义。编辑并保存表可能会带来问题。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="709"/>
        <location filename="../EditTableDialog.cpp" line="287"/>
        <source>Primary Key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="712"/>
        <source>Add a primary key constraint</source>
        <translation>增加主键约束</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.ui" line="720"/>
        <source>Add a unique constraint</source>
        <translation>增加唯一性约束</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="433"/>
        <source>Error creating table. Message from database engine:
%1</source>
        <translation>创建表时出错。来自数据库引擎的消息:
%1</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="560"/>
        <source>There already is a field with that name. Please rename it first or choose a different name for this field.</source>
        <translation>已存在同名字段。请先重命名已有字段，或为此字段选一个不同的名字。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="296"/>
        <location filename="../EditTableDialog.cpp" line="1262"/>
        <source>There can only be one primary key for each table. Please modify the existing primary key instead.</source>
        <translation>每个表只能有一个主键。请修改已有的主键。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="585"/>
        <source>This column is referenced in a foreign key in table %1 and thus its name cannot be changed.</source>
        <translation>此列是表 %1 的外键，因此它的名字不能改变。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="677"/>
        <source>There is at least one row with this field set to NULL. This makes it impossible to set this flag. Please change the table data first.</source>
        <translation>至少有一行带本字段的记录被设为空。这使得它不可能设置这个标志。请首先更改表数据。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="708"/>
        <source>There is at least one row with a non-integer value in this field. This makes it impossible to set the AI flag. Please change the table data first.</source>
        <translation>在这个字段中至少有一行带有一个非整数的值。这使得它不可能设置自增标志。请首先更改表数据。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="766"/>
        <source>Column &apos;%1&apos; has duplicate data.
</source>
        <translation>列 &apos;%1&apos; 有重复数据。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="767"/>
        <source>This makes it impossible to enable the &apos;Unique&apos; flag. Please remove the duplicate data, which will allow the &apos;Unique&apos; flag to then be enabled.</source>
        <translation>所以无法启用“唯一”标记。请删除重复数据才能启用。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="1029"/>
        <source>Are you sure you want to delete the field &apos;%1&apos;?
All data currently stored in this field will be lost.</source>
        <translation>您是否确认您想删除字段 &apos;%1&apos;?
当前存储在这个字段中的所有数据将会丢失。</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="1153"/>
        <source>Please add a field which meets the following criteria before setting the without rowid flag:
 - Primary key flag set
 - Auto increment disabled</source>
        <translation>在设置为无 rowid 前，请先添加一个满足以下准则的字段:
 - 设置为主键
 - 禁止自增</translation>
    </message>
    <message>
        <location filename="../EditTableDialog.cpp" line="1223"/>
        <source>Please add a field which meets the following criteria before setting the on conflict action:
 - Primary key flag set</source>
        <translation>设定冲突操作前，请添加满足下列条件的字段：
 - 设定“主键”标志</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../ExportDataDialog.ui" line="14"/>
        <source>Export data as CSV</source>
        <translation>导出数据为 CSV</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="22"/>
        <source>Tab&amp;le(s)</source>
        <translation>表(&amp;l)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="57"/>
        <source>Colu&amp;mn names in first line</source>
        <translation>第一行列名(&amp;m)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="77"/>
        <source>Fie&amp;ld separator</source>
        <translation>字段分隔符(&amp;l)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="102"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="107"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="112"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="117"/>
        <source>|</source>
        <translation>|</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="122"/>
        <location filename="../ExportDataDialog.ui" line="192"/>
        <location filename="../ExportDataDialog.ui" line="254"/>
        <source>Other</source>
        <translation>其它</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="152"/>
        <source>&amp;Quote character</source>
        <translation>引号(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="177"/>
        <source>&quot;</source>
        <translation>&quot;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="182"/>
        <source>&apos;</source>
        <translation>&apos;</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="222"/>
        <source>New line characters</source>
        <translation>换行符</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="244"/>
        <source>Windows: CR+LF (\r\n)</source>
        <translation>Windows: 回车+换行 (\r\n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="249"/>
        <source>Unix: LF (\n)</source>
        <translation>Unix: 换行 (\n)</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.ui" line="288"/>
        <source>Pretty print</source>
        <translation>美化输出</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="202"/>
        <location filename="../ExportDataDialog.cpp" line="307"/>
        <source>Could not open output file: %1</source>
        <translation>打不开输出文件: %1</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="344"/>
        <location filename="../ExportDataDialog.cpp" line="371"/>
        <source>Choose a filename to export data</source>
        <translation>选择导出数据的文件名</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="31"/>
        <source>Export data as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="118"/>
        <source>exporting CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="195"/>
        <location filename="../ExportDataDialog.cpp" line="300"/>
        <source>Error while writing the file &apos;%1&apos;: %2</source>
        <translation>写入文件 &apos;%1&apos; 出错：%2</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="215"/>
        <source>exporting JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="360"/>
        <source>Please select at least 1 table.</source>
        <translation>请选择至少1个表。</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="386"/>
        <source>Choose a directory</source>
        <translation>选择一个目录</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="418"/>
        <source>Export completed.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <location filename="../ExportDataDialog.cpp" line="420"/>
        <source>Export finished with errors.</source>
        <translation>导出完成，但有错误。</translation>
    </message>
</context>
<context>
    <name>ExportSqlDialog</name>
    <message>
        <location filename="../ExportSqlDialog.ui" line="14"/>
        <source>Export SQL...</source>
        <translation>导出 SQL...</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="35"/>
        <source>Tab&amp;le(s)</source>
        <translation>表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="63"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="70"/>
        <source>Deselect All</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="79"/>
        <source>&amp;Options</source>
        <translation>选项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="85"/>
        <source>Keep column names in INSERT INTO</source>
        <translation>在 INSERT INTO 语句中保留列名</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="122"/>
        <source>Multiple rows (VALUES) per INSERT statement</source>
        <translation>每条 INSERT 语句中包含多行 (VALUES)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="130"/>
        <source>Export everything</source>
        <translation>导出所有</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="135"/>
        <source>Export schema only</source>
        <translation>仅导出架构</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="140"/>
        <source>Export data only</source>
        <translation>仅导出数据</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="148"/>
        <source>Keep original CREATE statements</source>
        <translation>保留原始 CREATE 语句</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="109"/>
        <source>Keep old schema (CREATE TABLE IF NOT EXISTS)</source>
        <translation>保持旧架构 (CREATE TABLE IF NOT EXISTS)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.ui" line="114"/>
        <source>Overwrite old schema (DROP TABLE, then CREATE TABLE)</source>
        <translation>覆盖旧架构 (DROP TABLE, 然后 CREATE TABLE)</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="75"/>
        <source>Please select at least one table.</source>
        <translation>请至少选一个表。</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="89"/>
        <source>Choose a filename to export</source>
        <translation>选择要导出的文件名</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="120"/>
        <source>Export completed.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <location filename="../ExportSqlDialog.cpp" line="122"/>
        <source>Export cancelled or failed.</source>
        <translation>导出被取消或失败。</translation>
    </message>
</context>
<context>
    <name>ExtendedScintilla</name>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="63"/>
        <location filename="../ExtendedScintilla.cpp" line="299"/>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="65"/>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="78"/>
        <location filename="../ExtendedScintilla.cpp" line="303"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="293"/>
        <source>Find...</source>
        <translation>查找...</translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="298"/>
        <source>Find and Replace...</source>
        <translation>查找并替换...</translation>
    </message>
    <message>
        <location filename="../ExtendedScintilla.cpp" line="302"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
</context>
<context>
    <name>ExtendedTableWidget</name>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="278"/>
        <source>Use as Exact Filter</source>
        <translation>用于精确过滤</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="279"/>
        <source>Containing</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="280"/>
        <source>Not containing</source>
        <translation>不包含</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="281"/>
        <source>Not equal to</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="282"/>
        <source>Greater than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="283"/>
        <source>Less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="284"/>
        <source>Greater or equal</source>
        <translation>大于等于</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="285"/>
        <source>Less or equal</source>
        <translation>小于等于</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="286"/>
        <source>Between this and...</source>
        <translation>在此值和...之间</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="287"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="288"/>
        <source>Edit Conditional Formats...</source>
        <translation>编辑条件格式...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="290"/>
        <source>Set to NULL</source>
        <translation>设置为 NULL</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="291"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="292"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="293"/>
        <source>Copy with Headers</source>
        <translation>复制（带表头）</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="294"/>
        <source>Copy as SQL</source>
        <translation>复制为 SQL</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="295"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="296"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="299"/>
        <source>Use in Filter Expression</source>
        <translation>在过滤器表达式中使用</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="330"/>
        <source>Alt+Del</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="333"/>
        <source>Ctrl+Shift+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="334"/>
        <source>Ctrl+Alt+C</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="849"/>
        <source>The content of the clipboard is bigger than the range selected.
Do you want to insert it anyway?</source>
        <translation>剪贴板中的数据范围超过了选择的范围。
是否仍要插入？</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="1214"/>
        <source>&lt;p&gt;Not all data has been loaded. &lt;b&gt;Do you want to load all data before selecting all the rows?&lt;/b&gt;&lt;p&gt;&lt;p&gt;Answering &lt;b&gt;No&lt;/b&gt; means that no more data will be loaded and the selection will not be performed.&lt;br/&gt;Answering &lt;b&gt;Yes&lt;/b&gt; might take some time while the data is loaded but the selection will be complete.&lt;/p&gt;Warning: Loading all the data might require a great amount of memory for big tables.</source>
        <translation>&lt;p&gt;部分数据没有被加载。&lt;b&gt;在选择所有行之前是否要加载所有数据？&lt;/b&gt;&lt;p&gt;&lt;p&gt;选择&lt;b&gt;否&lt;/b&gt;表示不加载数据并放弃全选。&lt;br/&gt;选择&lt;b&gt;是&lt;/b&gt;表示加载所有数据（可能花费一些时间）并进行全选。&lt;/p&gt;警告：加载所有数据对于大表格可能占用大量内存。</translation>
    </message>
    <message>
        <location filename="../ExtendedTableWidget.cpp" line="1292"/>
        <source>Cannot set selection to NULL. Column %1 has a NOT NULL constraint.</source>
        <translation>不能将当前单元格设置为 NULL。列 %1 有 NOT NULL 约束。</translation>
    </message>
</context>
<context>
    <name>FileExtensionManager</name>
    <message>
        <location filename="../FileExtensionManager.ui" line="14"/>
        <source>File Extension Manager</source>
        <translation>文件扩展名管理器</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="22"/>
        <source>&amp;Up</source>
        <translation>上(&amp;U)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="33"/>
        <source>&amp;Down</source>
        <translation>下(&amp;D)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="57"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="68"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="94"/>
        <location filename="../FileExtensionManager.cpp" line="43"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.ui" line="99"/>
        <source>Extensions</source>
        <translation>扩展名</translation>
    </message>
    <message>
        <location filename="../FileExtensionManager.cpp" line="44"/>
        <source>*.extension</source>
        <translation>*.扩展名</translation>
    </message>
</context>
<context>
    <name>FilterLineEdit</name>
    <message>
        <location filename="../FilterLineEdit.cpp" line="17"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="31"/>
        <source>These input fields allow you to perform quick filters in the currently selected table.
By default, the rows containing the input text are filtered out.
The following operators are also supported:
%	Wildcard
&gt;	Greater than
&lt;	Less than
&gt;=	Equal to or greater
&lt;=	Equal to or less
=	Equal to: exact match
&lt;&gt;	Unequal: exact inverse match
x~y	Range: values between x and y
/regexp/	Values matching the regular expression</source>
        <translation>这些输入框能让你快速在当前所选表中进行过滤。
默认情况下，包含输入文本的行会被过滤出来。
以下操作也支持:
%	通配符
&gt;	大于
&lt;	小于
&gt;=	大于等于
&lt;=	小于等于
=	等于: 精确匹配
&lt;&gt;	不等于: 精确反向匹配
x~y	范围: 值在 x 和 y 之间
/regexp/	值符合正则表达式</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="205"/>
        <source>Clear All Conditional Formats</source>
        <translation>清除所有条件格式</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="210"/>
        <source>Use for Conditional Format</source>
        <translation>用于条件格式</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="215"/>
        <source>Edit Conditional Formats...</source>
        <translation>编辑条件格式...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="134"/>
        <source>Set Filter Expression</source>
        <translation>设置过滤表达式</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="136"/>
        <source>What&apos;s This?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="142"/>
        <source>Is NULL</source>
        <translation>为 NULL</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="147"/>
        <source>Is not NULL</source>
        <translation>非 NULL</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="152"/>
        <source>Is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="157"/>
        <source>Is not empty</source>
        <translation>非空</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="162"/>
        <source>Not containing...</source>
        <translation>不包含...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="166"/>
        <source>Equal to...</source>
        <translation>等于...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="170"/>
        <source>Not equal to...</source>
        <translation>不等于...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="174"/>
        <source>Greater than...</source>
        <translation>大于...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="178"/>
        <source>Less than...</source>
        <translation>小于...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="182"/>
        <source>Greater or equal...</source>
        <translation>大于等于...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="186"/>
        <source>Less or equal...</source>
        <translation>小于等于...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="190"/>
        <source>In range...</source>
        <translation>在范围内...</translation>
    </message>
    <message>
        <location filename="../FilterLineEdit.cpp" line="195"/>
        <source>Regular expression...</source>
        <translation>正则表达式...</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../FindReplaceDialog.ui" line="14"/>
        <source>Find and Replace</source>
        <translation>查找并替换</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="43"/>
        <source>Fi&amp;nd text:</source>
        <translation>查找文本(&amp;N):</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="56"/>
        <source>Re&amp;place with:</source>
        <translation>替换为(&amp;P):</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="69"/>
        <source>Match &amp;exact case</source>
        <translation>精确匹配(&amp;E)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="79"/>
        <source>Match &amp;only whole words</source>
        <translation>全字匹配(&amp;O)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="86"/>
        <source>When enabled, the search continues from the other end when it reaches one end of the page</source>
        <translation>如果启用，搜索到末端时，搜索继续从另一端开始</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="89"/>
        <source>&amp;Wrap around</source>
        <translation>循环查找(&amp;W)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="96"/>
        <source>When set, the search goes backwards from cursor position, otherwise it goes forward</source>
        <translation>如果启用，搜索从当前光标位置向前。未启用时向后</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="99"/>
        <source>Search &amp;backwards</source>
        <translation>反向查找(&amp;B)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="106"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is searched only in the current selection.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;选中时，只在当前选择的内容中进行搜索。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="109"/>
        <source>&amp;Selection only</source>
        <translation>在所选内容中查找(&amp;S)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="116"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;选中时，要查找的模式被解释为 UNIX 正则表达式。参阅 &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt; Wikibooks 中的正则表达式&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="119"/>
        <source>Use regular e&amp;xpressions</source>
        <translation>使用正则表达式(&amp;X)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="139"/>
        <source>Find the next occurrence from the cursor position and in the direction set by &quot;Search backwards&quot;</source>
        <translation>从当前位置开始查找下一次出现的位置。查找方向遵循“反向查找”的设置状态</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="142"/>
        <source>&amp;Find Next</source>
        <translation>查找下一个(&amp;F)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="145"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="152"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="159"/>
        <source>Highlight all the occurrences of the text in the page</source>
        <translation>高亮本页中所有出现的文本</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="162"/>
        <source>F&amp;ind All</source>
        <translation>全部高亮(&amp;I)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="169"/>
        <source>Replace all the occurrences of the text in the page</source>
        <translation>替换本页中所有出现的文本</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.ui" line="172"/>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="86"/>
        <source>The searched text was not found</source>
        <translation>无法找到要查找的文本</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="158"/>
        <source>The searched text was not found.</source>
        <translation>无法找到要查找的文本。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="164"/>
        <source>The searched text was found one time.</source>
        <translation>查找的文本被找到了 1 次。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="170"/>
        <source>The searched text was found %1 times.</source>
        <translation>查找的文本被找到了 %1 次。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="162"/>
        <source>The searched text was replaced one time.</source>
        <translation>查找的文本被替换了 1 次。</translation>
    </message>
    <message>
        <location filename="../FindReplaceDialog.cpp" line="168"/>
        <source>The searched text was replaced %1 times.</source>
        <translation>查找的文本被替换了 %1 次。</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <location filename="../ForeignKeyEditorDelegate.cpp" line="21"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ForeignKeyEditorDelegate.cpp" line="24"/>
        <source>Foreign key clauses (ON UPDATE, ON DELETE etc.)</source>
        <translation>外键子句 (ON UPDATE, ON DELETE 等等)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ImageViewer.ui" line="14"/>
        <source>Image Viewer</source>
        <translation>图像查看器</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="95"/>
        <source>Reset the scaling to match the original size of the image.</source>
        <translation>重置缩放比例以匹配图像的原始尺寸。</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="106"/>
        <source>Set the scaling to match the size of the viewport.</source>
        <translation>设定缩放比例以匹配视界的大小。</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="126"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="129"/>
        <source>Open preview dialog for printing displayed image</source>
        <translation>打开“打印预览”对话框以打印显示的图像</translation>
    </message>
    <message>
        <location filename="../ImageViewer.ui" line="132"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <location filename="../ImportCsvDialog.ui" line="14"/>
        <source>Import CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="25"/>
        <source>Table na&amp;me</source>
        <translation>表名称(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="38"/>
        <source>&amp;Column names in first line</source>
        <translation>列名在首行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="55"/>
        <source>Field &amp;separator</source>
        <translation>字段分隔符(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="68"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="73"/>
        <source>;</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="78"/>
        <location filename="../ImportCsvDialog.cpp" line="828"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="83"/>
        <source>|</source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="228"/>
        <source>Other</source>
        <translation>其它</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="130"/>
        <source>&amp;Quote character</source>
        <translation>引号(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="88"/>
        <location filename="../ImportCsvDialog.ui" line="158"/>
        <source>Other (printable)</source>
        <translation>其他(可打印)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="93"/>
        <location filename="../ImportCsvDialog.ui" line="163"/>
        <source>Other (code)</source>
        <translation>其他(代码)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="143"/>
        <source>&quot;</source>
        <translation>&quot;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="148"/>
        <source>&apos;</source>
        <translation>&apos;</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="200"/>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="213"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="218"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="223"/>
        <source>ISO-8859-1</source>
        <translation>ISO-8859-1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="254"/>
        <source>Trim fields?</source>
        <translation>删除字段头尾空白?</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="274"/>
        <source>Separate tables</source>
        <translation>分离表</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="291"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="305"/>
        <source>When importing an empty value from the CSV file into an existing table with a default value for this column, that default value is inserted. Activate this option to insert an empty value instead.</source>
        <translation>当从 CSV 文件导入空值到已有表中，并且该列有默认值时，默认值会被插入。选中此项以在这种情况下插入空值。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="312"/>
        <source>Ignore default &amp;values</source>
        <translation>忽略默认值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="322"/>
        <source>Activate this option to stop the import when trying to import an empty value into a NOT NULL column without a default value.</source>
        <translation>选中此项以在往没有默认值的非 NULL 列导入空值时终止导入。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="329"/>
        <source>Fail on missing values </source>
        <translation>缺值时失败</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="339"/>
        <source>Disable data type detection</source>
        <translation>禁用类型检测</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="349"/>
        <source>Disable the automatic data type detection when creating a new table.</source>
        <translation>禁止在创建新表时自动检测数据类型。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="356"/>
        <source>Use local number conventions</source>
        <translation>使用本地数字习俗</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="366"/>
        <source>Use decimal and thousands separators according to the system locale.</source>
        <translation>使用系统区域设置中定义的小数点和千位分隔符。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="373"/>
        <source>When importing into an existing table with a primary key, unique constraints or a unique index there is a chance for a conflict. This option allows you to select a strategy for that case: By default the import is aborted and rolled back but you can also choose to ignore and not import conflicting rows or to replace the existing row in the table.</source>
        <translation>当向有主键的表中导入数据时，可能会产生唯一性约束或索引的冲突。此选项允许你选择处理冲突的策略：默认情况下会取消导入并卷回，也可以选择忽略并跳过冲突的行，或替换表中现有的行。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="377"/>
        <source>Abort import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="382"/>
        <source>Ignore row</source>
        <translation>忽略冲突的行</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="387"/>
        <source>Replace existing row</source>
        <translation>替换现有的行</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="395"/>
        <source>Conflict strategy</source>
        <translation>冲突策略</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="446"/>
        <location filename="../ImportCsvDialog.cpp" line="357"/>
        <source>Deselect All</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.ui" line="462"/>
        <source>Match Similar</source>
        <translation>匹配相似</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="357"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="524"/>
        <source>There is already a table named &apos;%1&apos; and an import into an existing table is only possible if the number of columns match.</source>
        <translation>已经有一张叫做 &apos;%1&apos; 的表。只有列数匹配时，才能导入到已经存在的表中。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="532"/>
        <source>There is already a table named &apos;%1&apos;. Do you want to import the data into it?</source>
        <translation>已经有一张叫做 &apos;%1&apos; 的表。你想把数据导入到此表中吗？</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="566"/>
        <source>Creating restore point failed: %1</source>
        <translation>创建还原点失败: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="579"/>
        <source>Creating the table failed: %1</source>
        <translation>创建表失败: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="639"/>
        <source>importing CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="642"/>
        <source>Could not prepare INSERT statement: %1</source>
        <translation>无法准备 INSERT 语句: %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="732"/>
        <source>Unexpected end of file. Please make sure that you have configured the correct quote characters and the file is not malformed.</source>
        <translation>意外的文件结束。请确认已正确配置引号字符，并确认文件没有格式错误。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="746"/>
        <source>Importing the file &apos;%1&apos; took %2ms. Of this %3ms were spent in the row function.</source>
        <translation>导入文件 &apos;%1&apos; 用时 %2ms. 其中 %3ms 用在行方程上。</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="730"/>
        <source>Inserting row failed: %1</source>
        <translation>插入行失败: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../MainWindow.ui" line="14"/>
        <source>DB Browser for SQLite</source>
        <translation>DB Browser for SQLite</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1246"/>
        <source>toolBar1</source>
        <translation>工具栏1</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2183"/>
        <source>&amp;Wiki</source>
        <translation>百科(&amp;W)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2198"/>
        <source>Bug &amp;Report...</source>
        <translation>Bug 上报(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2210"/>
        <source>Feature Re&amp;quest...</source>
        <translation>特性请求(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2222"/>
        <source>Web&amp;site</source>
        <translation>网站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2234"/>
        <source>&amp;Donate on Patreon...</source>
        <translation>在 Patreon 上捐赠(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2270"/>
        <source>Open &amp;Project...</source>
        <translation>打开项目(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2297"/>
        <source>&amp;Attach Database...</source>
        <translation>附加数据库(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2300"/>
        <location filename="../MainWindow.ui" line="2303"/>
        <source>Add another database file to the current database connection</source>
        <translation>添加另一个数据库到当前的数据库连接中</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2306"/>
        <source>This button lets you add another database file to the current database connection</source>
        <translation>此按钮能添加另一个数据库到当前的数据库连接中</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2318"/>
        <source>&amp;Set Encryption...</source>
        <translation>设置加密(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2348"/>
        <source>This button saves the content of the current SQL editor tab to a file</source>
        <translation>此按钮把当前 SQL 编辑器页的内容保存到一个文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2378"/>
        <source>SQLCipher &amp;FAQ</source>
        <translation>SQLCipher 常见问题(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2386"/>
        <source>Table(&amp;s) to JSON...</source>
        <translation>表到 JSON (&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2389"/>
        <source>Export one or more table(s) to a JSON file</source>
        <translation>导出一个或多个表到 JSON 文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2705"/>
        <source>Un/comment block of SQL code</source>
        <translation>注释/取消注释 SQL 代码</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2708"/>
        <source>Un/comment block</source>
        <translation>注释/取消注释</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2711"/>
        <source>Comment or uncomment current line or selected block of code</source>
        <translation>注释/取消注释当前行或选中的代码段</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2714"/>
        <source>Comment or uncomment the selected lines or the current line, when there is no selection. All the block is toggled according to the first line.</source>
        <translation>注释/取消注释选中的代码段，没有选中时为当前行。代码段的注释状态由第一行决定。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2717"/>
        <source>Ctrl+/</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2729"/>
        <source>Stop SQL execution</source>
        <translation>停止 SQL 执行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2732"/>
        <source>Stop execution</source>
        <translation>停止执行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2735"/>
        <source>Stop the currently running SQL script</source>
        <translation>停止当前运行的 SQL 脚本</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1295"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1299"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1307"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1345"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1357"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1366"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1649"/>
        <source>&amp;Remote</source>
        <translation>远程(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2097"/>
        <source>Execute all/selected SQL</source>
        <translation>执行所有/选中的 SQL</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2100"/>
        <source>This button executes the currently selected SQL statements. If no text is selected, all SQL statements are executed.</source>
        <translation>此按钮执行当前选中的 SQL 语句。如果没有选中文本，就执行所有的 SQL 语句。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2139"/>
        <source>&amp;Load Extension...</source>
        <translation>加载扩展(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2160"/>
        <source>This button executes the SQL statement present in the current editor line</source>
        <translation>此按钮执行编辑器当前行中的 SQL 语句</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2163"/>
        <source>Shift+F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2246"/>
        <source>Sa&amp;ve Project</source>
        <translation>保存项目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2330"/>
        <location filename="../MainWindow.ui" line="2333"/>
        <source>Save SQL file as</source>
        <translation>SQL 文件另存为</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2357"/>
        <source>&amp;Browse Table</source>
        <translation>浏览表(&amp;B)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2366"/>
        <source>Copy Create statement</source>
        <translation>复制 Create 语句</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2369"/>
        <source>Copy the CREATE statement of the item to the clipboard</source>
        <translation>复制选中项的 CREATE 语句到剪贴板</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2404"/>
        <source>Open an existing database file in read only mode</source>
        <translation>用只读方式打开一个已有的数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2381"/>
        <source>Opens the SQLCipher FAQ in a browser window</source>
        <translation>用浏览器窗口打开 SQLCipher 常见问题</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1480"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1485"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1520"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1585"/>
        <source>DB Sche&amp;ma</source>
        <translation>数据库架构(&amp;M)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1700"/>
        <source>&amp;New Database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1706"/>
        <location filename="../MainWindow.ui" line="1709"/>
        <source>Create a new database file</source>
        <translation>创建一个新的数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1712"/>
        <source>This option is used to create a new database file.</source>
        <translation>这个选项用于创建一个新的数据库文件。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1715"/>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1727"/>
        <location filename="../MainWindow.ui" line="2545"/>
        <source>&amp;Open Database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1730"/>
        <location filename="../MainWindow.ui" line="1733"/>
        <location filename="../MainWindow.ui" line="2407"/>
        <location filename="../MainWindow.ui" line="2551"/>
        <location filename="../MainWindow.ui" line="2554"/>
        <source>Open an existing database file</source>
        <translation>打开一个现有的数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1736"/>
        <location filename="../MainWindow.ui" line="2410"/>
        <location filename="../MainWindow.ui" line="2557"/>
        <source>This option is used to open an existing database file.</source>
        <translation>这个选项用于打开一个现有的数据库文件。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1739"/>
        <source>Ctrl+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1754"/>
        <source>&amp;Close Database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="197"/>
        <location filename="../MainWindow.cpp" line="3809"/>
        <source>Ctrl+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1784"/>
        <location filename="../MainWindow.ui" line="1787"/>
        <source>Revert database to last saved state</source>
        <translation>把数据库会退到先前保存的状态</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1790"/>
        <source>This option is used to revert the current database file to its last saved state. All changes made since the last save operation are lost.</source>
        <translation>这个选项用于倒退当前的数据库文件为它最后的保存状态。从最后保存操作开始做出的所有更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1832"/>
        <location filename="../MainWindow.ui" line="1835"/>
        <source>Write changes to the database file</source>
        <translation>把更改写入到数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1838"/>
        <source>This option is used to save changes to the database file.</source>
        <translation>这个选项用于保存更改到数据库文件。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1841"/>
        <source>Ctrl+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1852"/>
        <source>Compact &amp;Database...</source>
        <translation>压缩数据库(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1855"/>
        <source>Compact the database file, removing space wasted by deleted records</source>
        <translation>压缩数据库文件，去除已删除记录所占用的空间</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1858"/>
        <location filename="../MainWindow.ui" line="1861"/>
        <source>Compact the database file, removing space wasted by deleted records.</source>
        <translation>压缩数据库文件，去除已删除记录所占用的空间。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1869"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1872"/>
        <source>Ctrl+Q</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1883"/>
        <source>Import data from an .sql dump text file into a new or existing database.</source>
        <translation>从一个 .sql 转储文本文件中导入数据到一个新的或已有的数据库。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1886"/>
        <source>This option lets you import data from an .sql dump text file into a new or existing database. SQL dump files can be created on most database engines, including MySQL and PostgreSQL.</source>
        <translation>这个选项让你从一个 .sql 转储文本文件中导入数据到一个新的或现有的数据库。SQL 转储文件可以在大多数数据库引擎上创建，包括 MySQL 和 PostgreSQL。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1897"/>
        <source>Open a wizard that lets you import data from a comma separated text file into a database table.</source>
        <translation>打开一个向导让您从一个逗号间隔的文本文件导入数据到一个数据库表中。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1900"/>
        <source>Open a wizard that lets you import data from a comma separated text file into a database table. CSV files can be created on most database and spreadsheet applications.</source>
        <translation>打开一个向导让您从一个逗号间隔的文本文件导入数据到一个数据库表中。CSV 文件可以在大多数数据库和电子表格应用程序上创建。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1911"/>
        <source>Export a database to a .sql dump text file.</source>
        <translation>导出一个数据库导一个 .sql 转储文本文件。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1914"/>
        <source>This option lets you export a database to a .sql dump text file. SQL dump files contain all data necessary to recreate the database on most database engines, including MySQL and PostgreSQL.</source>
        <translation>这个选项让你导出一个数据库导一个 .sql 转储文本文件。SQL 转储文件包含在大多数数据库引擎上(包括 MySQL 和 PostgreSQL)重新创建数据库所需的所有数据。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1925"/>
        <source>Export a database table as a comma separated text file.</source>
        <translation>导出一个数据库表为逗号间隔的文本文件。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1928"/>
        <source>Export a database table as a comma separated text file, ready to be imported into other database or spreadsheet applications.</source>
        <translation>导出一个数据库表为逗号间隔的文本文件，准备好被导入到其他数据库或电子表格应用程序。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1946"/>
        <source>Open the Create Table wizard, where it is possible to define the name and fields for a new table in the database</source>
        <translation>打开“创建表”向导，在那里可以定义在数据库中的一个新表的名称和字段</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1967"/>
        <source>Open the Delete Table wizard, where you can select a database table to be dropped.</source>
        <translation>打开“删除表”向导，在那里你可以选择要丢弃的一个数据库表。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2003"/>
        <source>Open the Create Index wizard, where it is possible to define a new index on an existing database table.</source>
        <translation>打开“创建索引”向导，在那里可以在一个现有的数据库表上定义一个新索引。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2015"/>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2018"/>
        <location filename="../MainWindow.ui" line="2021"/>
        <source>Open the preferences window.</source>
        <translation>打开首选项窗口。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2036"/>
        <source>&amp;DB Toolbar</source>
        <translation>数据库工具栏(&amp;D)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2039"/>
        <source>Shows or hides the Database toolbar.</source>
        <translation>显示或隐藏数据库工具栏。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2054"/>
        <source>Shift+F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2070"/>
        <source>&amp;Recently opened</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2085"/>
        <source>Ctrl+T</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="95"/>
        <source>This is the structure of the opened database.
You can drag SQL statements from an object row and drop them into other applications or into another instance of &apos;DB Browser for SQLite&apos;.
</source>
        <translation>这是打开的数据库的结构。
你可以从一个对象行中拖动 SQL 语句，然后拖到其他应用中，或者拖到其他 &apos;DB Browser for SQLite&apos; 的实例中。
</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="206"/>
        <source>Temp Store</source>
        <translation>临时存储</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="222"/>
        <source>Secure Delete</source>
        <translation>安全删除</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="264"/>
        <source>Case Sensitive Like</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="358"/>
        <source>Journal Mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="374"/>
        <source>Journal Size Limit</source>
        <translation>日志大小限制</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="390"/>
        <source>Recursive Triggers</source>
        <translation>递归触发器</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="492"/>
        <source>Page Size</source>
        <translation>页面大小</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="541"/>
        <source>Foreign Keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="791"/>
        <source>Auto Vacuum</source>
        <translation>自动清理</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="814"/>
        <source>Max Page Count</source>
        <translation>最大页面计数</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="870"/>
        <source>Checkpoint Full FSYNC</source>
        <translation>检查点完全 fsync</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="429"/>
        <location filename="../MainWindow.ui" line="910"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="854"/>
        <location filename="../MainWindow.ui" line="915"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="920"/>
        <location filename="../MainWindow.ui" line="1178"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="929"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="934"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="419"/>
        <location filename="../MainWindow.ui" line="939"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="404"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="409"/>
        <source>Truncate</source>
        <translation>截断</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="414"/>
        <source>Persist</source>
        <translation>持久化</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="424"/>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="859"/>
        <source>Exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="950"/>
        <source>Automatic Index</source>
        <translation>自动索引</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1025"/>
        <source>Ignore Check Constraints</source>
        <translation>忽略检查约束</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1041"/>
        <source>Full FSYNC</source>
        <translation>完全 FSYNC</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1057"/>
        <source>WAL Auto Checkpoint</source>
        <translation>WAL 自动检查点</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1083"/>
        <source>User Version</source>
        <translation>用户版本</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1143"/>
        <source>Synchronous</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1156"/>
        <source>Warning: this pragma is not readable and this value has been inferred. Writing the pragma might overwrite a redefined LIKE provided by an SQLite extension.</source>
        <translation>警告: 此杂注无法读取，此值为推断得到。编辑杂注可能会覆盖由 SQLite 扩展重定义的 LIKE。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1173"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1183"/>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1194"/>
        <source>Locking Mode</source>
        <translation>锁定模式</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1382"/>
        <source>Too&amp;ls</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1404"/>
        <source>DB Toolbar</source>
        <translation>数据库工具栏</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1424"/>
        <source>Edit Database &amp;Cell</source>
        <translation>编辑数据库单元格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1433"/>
        <source>SQL &amp;Log</source>
        <translation>SQL 日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1463"/>
        <source>Show S&amp;QL submitted by</source>
        <translation>显示 SQL 提交自(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1490"/>
        <source>Error Log</source>
        <translation>错误记录</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1517"/>
        <source>This button clears the contents of the SQL logs</source>
        <translation>此按钮清除 SQL 日志的内容</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1529"/>
        <source>This panel lets you examine a log of all SQL commands issued by the application or by yourself</source>
        <translation>此面板可以让你自行检查本应用程序执行的所有 SQL 命令的日志</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1574"/>
        <source>&amp;Plot</source>
        <translation>图表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1610"/>
        <source>This is the structure of the opened database.
You can drag multiple object names from the Name column and drop them into the SQL editor and you can adjust the properties of the dropped names using the context menu. This would help you in composing SQL statements.
You can drag SQL statements from the Schema column and drop them into the SQL editor or into other applications.
</source>
        <translation>这是已打开数据库的结构。
你可以从名字列拖拽多个对象名称到 SQL 编辑器中，并可以用右键菜单调节所拖拽名称的属性。这可以帮助你编写 SQL 语句。
你可以从架构列拖拽 SQL 语句到 SQL 编辑器或其他的应用程序。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1658"/>
        <location filename="../MainWindow.ui" line="2518"/>
        <source>Project Toolbar</source>
        <translation>项目工具栏</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1677"/>
        <source>Extra DB toolbar</source>
        <translation>其他数据库工具栏</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1680"/>
        <location filename="../MainWindow.ui" line="1757"/>
        <location filename="../MainWindow.ui" line="1760"/>
        <source>Close the current database file</source>
        <translation>关闭当前数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1703"/>
        <source>&amp;New Database</source>
        <translation>新建数据库(&amp;N)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1763"/>
        <source>This button closes the connection to the currently open database file</source>
        <translation>此按钮关闭到当前打开的数据库文件的连接</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1766"/>
        <location filename="../MainWindow.cpp" line="482"/>
        <source>Ctrl+F4</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1781"/>
        <source>&amp;Revert Changes</source>
        <translation>倒退更改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1805"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1808"/>
        <location filename="../MainWindow.ui" line="1811"/>
        <source>Undo last change to the database</source>
        <translation>撤销对数据库的最后更改</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1814"/>
        <source>This action undoes the last change performed to the database in the Database Browser or in Execute SQL. Redoing is not possible.</source>
        <translation>此操作将撤销上一次在数据库浏览器或 SQL 执行中对数据库所执行的更改。不能撤销（重做）本次撤销。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1829"/>
        <source>&amp;Write Changes</source>
        <translation>写入更改(&amp;W)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1985"/>
        <source>Open the Modify Table wizard, where it is possible to rename an existing table. It is also possible to add or delete fields from a table, as well as modify field names and types.</source>
        <translation>打开修改表向导，可以在里面重命名现有表，添加或删除字段，修改字段名称和类型。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2079"/>
        <source>New &amp;tab</source>
        <translation>新建标签页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2112"/>
        <source>Open SQL file(s)</source>
        <translation>打开 SQL 文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2115"/>
        <source>This button opens files containing SQL statements and loads them in new editor tabs</source>
        <translation>此按钮可打开包含 SQL 语句的一个或多个文件，将它们加载到新的编辑器标签页中</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2118"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2154"/>
        <source>Execute line</source>
        <translation>执行行</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2186"/>
        <source>F1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2249"/>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2258"/>
        <source>This button lets you save all the settings associated to the open DB to a DB Browser for SQLite project file</source>
        <translation>此按钮允许你将与已打开的数据库相关联的所有设置保存到一个本软件可用的项目文件中</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2273"/>
        <source>Open &amp;Project</source>
        <translation>打开项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2282"/>
        <source>This button lets you open a DB Browser for SQLite project file</source>
        <translation>此按钮允许你打开一个 DB Browser for SQLite 的项目文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2401"/>
        <source>Open Data&amp;base Read Only...</source>
        <translation>只读打开数据库(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2413"/>
        <source>Ctrl+Shift+O</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2425"/>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2428"/>
        <source>Save the results view</source>
        <translation>保存结果视图</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2431"/>
        <source>This button lets you save the results of the last executed query</source>
        <translation>此按钮让你保存上次执行的查询的结果</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2443"/>
        <location filename="../MainWindow.ui" line="2449"/>
        <source>Find text in SQL editor</source>
        <translation>在 SQL 编辑器中查找文本</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2446"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2452"/>
        <source>This button opens the search bar of the editor</source>
        <translation>此按钮打开编辑器的查找栏</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2455"/>
        <source>Ctrl+F</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2470"/>
        <location filename="../MainWindow.ui" line="2476"/>
        <source>Find or replace text in SQL editor</source>
        <translation>在 SQL 编辑器中查找或替换文本</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2473"/>
        <source>Find or replace</source>
        <translation>查找或替换</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2479"/>
        <source>This button opens the find/replace dialog for the current editor tab</source>
        <translation>此按钮为当前的编辑器标签页打开查找/替换对话框</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2482"/>
        <source>Ctrl+H</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2490"/>
        <source>Export to &amp;CSV</source>
        <translation>导出到 &amp;CSV</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2495"/>
        <source>Export to &amp;JSON</source>
        <translation>导出到 &amp;JSON</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2500"/>
        <source>Save as &amp;view</source>
        <translation>保存为视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2503"/>
        <source>Save as view</source>
        <translation>保存为视图</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2548"/>
        <source>&amp;Open Database</source>
        <translation>打开数据库(&amp;O)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2573"/>
        <source>Drag &amp;&amp; Drop SELECT Query</source>
        <translation>拖放 SELECT 查询(&amp;&amp;)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2576"/>
        <location filename="../MainWindow.ui" line="2579"/>
        <source>When dragging fields from the same table or a single table, drop a SELECT query into the editor</source>
        <translation>在同一个或单个表中拖拽字段，释放时将一条 SELECT 查询插入编辑器</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2783"/>
        <source>Browse Table</source>
        <translation>浏览表</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2788"/>
        <source>Close Pro&amp;ject</source>
        <translation>关闭项目(&amp;J)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2791"/>
        <location filename="../MainWindow.ui" line="2794"/>
        <source>Close project and database files and return to the initial state</source>
        <translation>关闭项目和数据库文件并返回初始状态</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2797"/>
        <location filename="../MainWindow.cpp" line="483"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2826"/>
        <source>Table from CSV data in Clipboard...</source>
        <translation>剪贴板中 CSV 的数据制表...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2829"/>
        <source>This treats the current clipboard contents as a CSV file and opens the same import wizard that is used for importing CSV data from a file.</source>
        <translation>这会将剪贴板内容视作 CSV 文件，打开从文件导入 CSV 数据的向导来处理它。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2834"/>
        <source>Show &amp;Row Counts</source>
        <translation>显示行数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2837"/>
        <source>This shows the number of rows for each table and view in the database.</source>
        <translation>显示数据库中每个表和视图的行数。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2849"/>
        <source>Save Database &amp;As...</source>
        <translation>另存为数据库(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2852"/>
        <source>Save the current database as a different file</source>
        <translation>将当前数据库保存到另一个文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2861"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2864"/>
        <source>Reload the database structure</source>
        <translation>重新载入数据库结构</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="483"/>
        <source>Ctrl+Shift+F4</source>
        <translation>Ctrl+Shift+F4</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2806"/>
        <location filename="../MainWindow.ui" line="2818"/>
        <source>Detach Database</source>
        <translation>断开数据库</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2809"/>
        <location filename="../MainWindow.ui" line="2821"/>
        <source>Detach database file attached to the current database connection</source>
        <translation>断开已附加到当前数据库连接的数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2521"/>
        <source>Shows or hides the Project toolbar.</source>
        <translation>显示或隐藏项目工具栏。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="50"/>
        <location filename="../MainWindow.ui" line="53"/>
        <source>&amp;Database Structure</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>数据库结构(&amp;D)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="120"/>
        <location filename="../MainWindow.ui" line="123"/>
        <source>&amp;Browse Data</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>浏览数据(&amp;B)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="155"/>
        <location filename="../MainWindow.ui" line="158"/>
        <source>Edit P&amp;ragmas</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>编辑杂注(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1222"/>
        <location filename="../MainWindow.ui" line="1225"/>
        <source>E&amp;xecute SQL</source>
        <extracomment>This has to be equal to the tab title in all the main tabs</extracomment>
        <translation>执行 SQL(&amp;X)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1315"/>
        <source>&amp;Recent Files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2536"/>
        <source>Extra DB Toolbar</source>
        <translation>其他数据库工具栏</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2565"/>
        <source>New In-&amp;Memory Database</source>
        <translation>新建内存数据库(&amp;M)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2587"/>
        <source>Drag &amp;&amp; Drop Qualified Names</source>
        <translation>拖拽限定名称</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2590"/>
        <location filename="../MainWindow.ui" line="2593"/>
        <source>Use qualified names (e.g. &quot;Table&quot;.&quot;Field&quot;) when dragging the objects and dropping them into the editor </source>
        <translation>当拖拽对象到编辑器中时，使用限定名称 (例如 &quot;Table&quot;.&quot;Field&quot;)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2601"/>
        <source>Drag &amp;&amp; Drop Enquoted Names</source>
        <translation>拖拽引用名字</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2604"/>
        <location filename="../MainWindow.ui" line="2607"/>
        <source>Use escaped identifiers (e.g. &quot;Table1&quot;) when dragging the objects and dropping them into the editor </source>
        <translation>当拖拽对象到编辑器中时，使用转义的标识符 (例如 &quot;Table1&quot;)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2612"/>
        <source>&amp;Integrity Check</source>
        <translation>完全性检查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2615"/>
        <source>Runs the integrity_check pragma over the opened database and returns the results in the Execute SQL tab. This pragma does an integrity check of the entire database.</source>
        <translation>对打开的数据库运行 integrity_check 杂注并在执行 SQL 标签页返回结果。此杂注对整个数据库进行完全性检查。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2620"/>
        <source>&amp;Foreign-Key Check</source>
        <translation>外键检查(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2623"/>
        <source>Runs the foreign_key_check pragma over the opened database and returns the results in the Execute SQL tab</source>
        <translation>对打开的数据库运行 foreign_key_check 杂注并在“执行 SQL”标签页中返回结果</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2628"/>
        <source>&amp;Quick Integrity Check</source>
        <translation>快速完全性检查(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2631"/>
        <source>Run a quick integrity check over the open DB</source>
        <translation>对打开的数据库执行快速完全性检查</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2634"/>
        <source>Runs the quick_check pragma over the opened database and returns the results in the Execute SQL tab. This command does most of the checking of PRAGMA integrity_check but runs much faster.</source>
        <translation>对打开的数据库运行 quick_check 杂注并在执行 SQL 标签页返回结果。此命令会执行 integrity_check 的多数检查，但是要快得多。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2639"/>
        <source>&amp;Optimize</source>
        <translation>优化(&amp;O)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2642"/>
        <source>Attempt to optimize the database</source>
        <translation>尝试优化数据库</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2645"/>
        <source>Runs the optimize pragma over the opened database. This pragma might perform optimizations that will improve the performance of future queries.</source>
        <translation>对打开的数据库运行 optimize 杂注。可能会执行对未来查询性能有帮助的优化。</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2654"/>
        <location filename="../MainWindow.ui" line="2681"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2657"/>
        <source>Print text from current SQL editor tab</source>
        <translation>从当前的 SQL 编辑器标签页打印文本</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2663"/>
        <source>Open a dialog for printing the text in the current SQL editor tab</source>
        <translation>打开对话框以从当前的 SQL 编辑器标签页打印文</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2684"/>
        <source>Print the structure of the opened database</source>
        <translation>打印当前打开的数据库的结构</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2690"/>
        <source>Open a dialog for printing the structure of the opened database</source>
        <translation>打开对话框以打印当前打开的数据库的结构</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2744"/>
        <source>&amp;Save Project As...</source>
        <translation>另存为项目(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2747"/>
        <location filename="../MainWindow.ui" line="2750"/>
        <location filename="../MainWindow.ui" line="2753"/>
        <source>Save the project in a file selected in a dialog</source>
        <translation>将项目保存为文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2762"/>
        <source>Save A&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2765"/>
        <location filename="../MainWindow.ui" line="2768"/>
        <location filename="../MainWindow.ui" line="2771"/>
        <source>Save DB file, project file and opened SQL files</source>
        <translation>保存数据库文件、项目文件和打开的 SQL 文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2774"/>
        <source>Ctrl+Shift+S</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1880"/>
        <source>&amp;Database from SQL file...</source>
        <translation>从 SQL 文件导入数据库(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1894"/>
        <source>&amp;Table from CSV file...</source>
        <translation>从 CSV 文件导入表(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1908"/>
        <source>&amp;Database to SQL file...</source>
        <translation>导出数据库到 SQL 文件(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1922"/>
        <source>&amp;Table(s) as CSV file...</source>
        <translation>导出表到 CSV 文件(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1943"/>
        <source>&amp;Create Table...</source>
        <translation>创建表(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1961"/>
        <source>&amp;Delete Table...</source>
        <translation>删除表(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1982"/>
        <source>&amp;Modify Table...</source>
        <translation>修改表(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2000"/>
        <source>Create &amp;Index...</source>
        <translation>创建索引(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2051"/>
        <source>W&amp;hat&apos;s This?</source>
        <translation>这是什么(&amp;W)?</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2062"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2082"/>
        <source>This button opens a new tab for the SQL editor</source>
        <translation>此按钮打开一个 SQL 编辑器的新标签页</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2094"/>
        <source>&amp;Execute SQL</source>
        <translation>执行 SQL(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2252"/>
        <location filename="../MainWindow.ui" line="2255"/>
        <source>Save the current session to a file</source>
        <translation>保存当前会话到一个文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2276"/>
        <location filename="../MainWindow.ui" line="2279"/>
        <source>Load a working session from a file</source>
        <translation>从一个文件加载工作会话</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2127"/>
        <location filename="../MainWindow.ui" line="2342"/>
        <location filename="../MainWindow.ui" line="2345"/>
        <source>Save SQL file</source>
        <translation>保存 SQL 文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2151"/>
        <location filename="../MainWindow.ui" line="2157"/>
        <source>Execute current line</source>
        <translation>执行当前行</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="297"/>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2171"/>
        <source>Export as CSV file</source>
        <translation>导出为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2174"/>
        <source>Export table as comma separated values file</source>
        <translation>导出表为逗号间隔值文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="282"/>
        <source>Ctrl+L</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2666"/>
        <location filename="../MainWindow.ui" line="2693"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="406"/>
        <source>Database encoding</source>
        <translation>数据库编码</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="517"/>
        <location filename="../MainWindow.cpp" line="3283"/>
        <source>Choose a database file</source>
        <translation>选择一个数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="2103"/>
        <source>Ctrl+Return</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="287"/>
        <source>Ctrl+D</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="292"/>
        <source>Ctrl+I</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="392"/>
        <source>Encrypted</source>
        <translation>加密的</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="393"/>
        <source>Database is encrypted using SQLCipher</source>
        <translation>数据库使用 SQLCipher 进行了加密</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="399"/>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="400"/>
        <source>Database file is read only. Editing the database is disabled.</source>
        <translation>数据库是只读的。编辑被禁止。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="582"/>
        <source>Could not open database file.
Reason: %1</source>
        <translation>无法打开数据库文件。
原因: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="595"/>
        <location filename="../MainWindow.cpp" line="1559"/>
        <location filename="../MainWindow.cpp" line="3109"/>
        <source>Choose a filename to save under</source>
        <translation>选择一个文件名保存</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1303"/>
        <source>Setting PRAGMA values or vacuuming will commit your current transaction.
Are you sure?</source>
        <translation>设置或清除杂注值会提交你的当前事务。
你确定吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1493"/>
        <source>Error while saving the database file. This means that not all changes to the database were saved. You need to resolve the following error first.

%1</source>
        <translation>保存数据库文件时出错。这表明不是所有对数据库的更改都被保存了。你需要先解决以下错误。

%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2478"/>
        <source>A new DB Browser for SQLite version is available (%1.%2.%3).&lt;br/&gt;&lt;br/&gt;Please download at &lt;a href=&apos;%4&apos;&gt;%4&lt;/a&gt;.</source>
        <translation>有新版本的 DB Browser for SQLite (%1.%2.%3)可用。&lt;br/&gt;&lt;br/&gt;请从 &lt;a href=&apos;%4&apos;&gt;%4&lt;/a&gt; 下载。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2709"/>
        <source>DB Browser for SQLite project file (*.sqbpro)</source>
        <translation>DB Browser for SQLite 项目文件 (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="337"/>
        <source>Reset Window Layout</source>
        <translation>重置窗口布局</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="378"/>
        <source>The database is currently busy.</source>
        <translation>数据库正忙。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="384"/>
        <source>Click here to interrupt the currently running query.</source>
        <translation>点击此处中断当前运行的查询。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="727"/>
        <source>You are still executing SQL statements. Closing the database now will stop their execution, possibly leaving the database in an inconsistent state. Are you sure you want to close the database?</source>
        <translation>你正在执行SQL语句。关闭数据库会停止执行，可能使数据库处于不准确的状态。确实要关闭数据库吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="823"/>
        <source>Do you want to save the changes made to the project file &apos;%1&apos;?</source>
        <translation>是否要保存对项目文件 &apos;%1&apos; 的修改？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="978"/>
        <source>Error checking foreign keys after table modification. The changes will be reverted.</source>
        <translation>修改表格后的外键检查错误。修改会被回退。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="981"/>
        <source>This table did not pass a foreign-key check.&lt;br/&gt;You should run &apos;Tools | Foreign-Key Check&apos; and fix the reported issues.</source>
        <translation>此表格没有通过外键检查。&lt;br/&gt;你需要执行 &apos;工具 | 外键检查&apos; 并修复发现的问题。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1005"/>
        <source>Edit View %1</source>
        <translation>编辑视图 %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1011"/>
        <source>Edit Trigger %1</source>
        <translation>编辑触发器 %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1234"/>
        <location filename="../MainWindow.cpp" line="1238"/>
        <source>At line %1:</source>
        <translation>在行 %1:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1234"/>
        <source>Result: %1</source>
        <translation>结果: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1238"/>
        <source>Result: %2</source>
        <translation>结果: %2</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1331"/>
        <source>Execution finished with errors.</source>
        <translation>执行已完成，但有错误。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1333"/>
        <source>Execution finished without errors.</source>
        <translation>执行完成，无错误。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1737"/>
        <source>Opened &apos;%1&apos; in read-only mode from recent file list</source>
        <translation>已从最近文件列表中打开 &apos;%1&apos; (只读模式)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1739"/>
        <source>Opened &apos;%1&apos; from recent file list</source>
        <translation>已从最近文件列表中打开 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1778"/>
        <source>&amp;%1 %2%3</source>
        <translation>&amp;%1 %2%3</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1778"/>
        <source> (read only)</source>
        <translation> (只读)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1865"/>
        <source>Open Database or Project</source>
        <translation>打开数据库或项目</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1866"/>
        <source>Attach Database...</source>
        <translation>附加数据库...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1867"/>
        <source>Import CSV file(s)...</source>
        <translation>导入CSV文件...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2062"/>
        <source>Do you want to save the changes made to SQL tabs in a new project file?</source>
        <translation>是否要将对 SQL 标签页的修改保存为项目文件？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2106"/>
        <source>The statements in the tab &apos;%1&apos; are still executing. Closing the tab will stop the execution. This might leave the database in an inconsistent state. Are you sure you want to close the tab?</source>
        <translation>标签页 &apos;%1&apos; 中的语句仍在执行。关闭该标签页将停止执行。这可能使数据库处于不一致状态。确定关闭标签页吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2890"/>
        <source>This project file is using an old file format because it was created using DB Browser for SQLite version 3.10 or lower. Loading this file format is no longer fully supported. If you want to load it completely, please use DB Browser for SQLite version 3.12 to convert it to the new file format.</source>
        <translation>此项目文件使用了 DB Browser for SQLite 3.10 或更旧版本使用的旧文件格式。这种文件格式的加载已不再充分支持。如要完全加载该文件，请使用 DB Browser for SQLite 3.12 版本将其转换为新型文件格式。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3461"/>
        <source>Yes. Don&apos;t ask again</source>
        <translation>是，不再询问</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3566"/>
        <source>This action will open a new SQL tab with the following statements for you to edit and run:</source>
        <translation>此操作将打开一个新的 SQL 标签页，其中包含以下语句供您编辑和运行：</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3772"/>
        <source>Rename Tab</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3778"/>
        <source>Duplicate Tab</source>
        <translation>复制标签</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3808"/>
        <source>Close Tab</source>
        <translation>关闭标签</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3827"/>
        <source>Opening &apos;%1&apos;...</source>
        <translation>正在打开 &apos;%1&apos;...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3829"/>
        <source>There was an error opening &apos;%1&apos;...</source>
        <translation>打开 &apos;%1&apos; 时出错...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3832"/>
        <source>Value is not a valid URL or filename: %1</source>
        <translation>不是正确的URL或文件名：%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2083"/>
        <source>Do you want to save the changes made to the SQL file %1?</source>
        <translation>是否要保存对SQL文件 %1 的修改？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2378"/>
        <source>Could not find resource file: %1</source>
        <translation>不能找到资源文件：%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2708"/>
        <source>Choose a project file to open</source>
        <translation>选择一个要打开的项目文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3125"/>
        <source>Could not open project file for writing.
Reason: %1</source>
        <translation>未能写入项目文件。
原因：%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3688"/>
        <source>Busy (%1)</source>
        <translation>正忙 (%1)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1502"/>
        <source>Are you sure you want to undo all changes made to the database file &apos;%1&apos; since the last save?</source>
        <translation>您是否确定想撤销自上次保存以来对数据库文件“%1”所做的所有更改？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1540"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的一个文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2222"/>
        <source>Text files(*.sql *.txt);;All files(*)</source>
        <translation>文本文件(*.sql *.txt);;所有文件(*)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1552"/>
        <source>Do you want to create a new database file to hold the imported data?
If you answer no we will attempt to import the data in the SQL file to the current database.</source>
        <translation>您是否确认您想创建一个新的数据库文件用来存放导入的数据?
如果您会到“否”的话，我们将尝试导入 SQL 文件中的数据到当前数据库。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="205"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="214"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="240"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="334"/>
        <source>Window Layout</source>
        <translation>窗口布局</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="346"/>
        <source>Simplify Window Layout</source>
        <translation>简化窗口布局</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="347"/>
        <source>Alt+Shift+0</source>
        <translation>Alt+Shift+0</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="356"/>
        <source>Dock Windows at Bottom</source>
        <translation>窗口停靠底部</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="360"/>
        <source>Dock Windows at Left Side</source>
        <translation>窗口停靠左侧</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="364"/>
        <source>Dock Windows at Top</source>
        <translation>窗口停靠顶部</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1563"/>
        <source>File %1 already exists. Please choose a different name.</source>
        <translation>文件 %1 已存在。请选择一个不同的名称。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1590"/>
        <source>Error importing data: %1</source>
        <translation>导入数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1594"/>
        <source>Import completed.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1676"/>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1677"/>
        <source>Modify View</source>
        <translation>修改视图</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1679"/>
        <source>Delete Trigger</source>
        <translation>删除触发器</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1680"/>
        <source>Modify Trigger</source>
        <translation>修改触发器</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1682"/>
        <source>Delete Index</source>
        <translation>删除索引</translation>
    </message>
    <message>
        <location filename="../MainWindow.ui" line="1964"/>
        <location filename="../MainWindow.cpp" line="1685"/>
        <source>Delete Table</source>
        <translation>删除表</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2000"/>
        <source>Setting PRAGMA values will commit your current transaction.
Are you sure?</source>
        <translation>设置 PRAGMA 值将会提交您的当前事务。
您确定吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="620"/>
        <source>In-Memory database</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="237"/>
        <source>Automatically load the last opened DB file at startup</source>
        <translation>启动时自动加载上次打开的数据库文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="338"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="482"/>
        <source>Alt+Shift+W</source>
        <translation>Alt+Shift+W</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="702"/>
        <source>Choose a database file to save under</source>
        <translation>选择数据库文件保存位置</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="713"/>
        <source>Error while saving the database to the new file.</source>
        <translation>保存数据库到新文件时出错。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="906"/>
        <source>Are you sure you want to delete the table &apos;%1&apos;?
All data associated with the table will be lost.</source>
        <translation>你确定要删除表 &apos;%1&apos; 吗？
所有关联的数据都会丢失。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="908"/>
        <source>Are you sure you want to delete the view &apos;%1&apos;?</source>
        <translation>你确定要删除视图 &apos;%1&apos; 吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="910"/>
        <source>Are you sure you want to delete the trigger &apos;%1&apos;?</source>
        <translation>你确定要删除触发器 &apos;%1&apos; 吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="912"/>
        <source>Are you sure you want to delete the index &apos;%1&apos;?</source>
        <translation>你确定要删除索引 &apos;%1&apos; 吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="923"/>
        <source>Error: could not delete the table.</source>
        <translation>错误: 无法删除表。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="925"/>
        <source>Error: could not delete the view.</source>
        <translation>错误: 无法删除视图。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="927"/>
        <source>Error: could not delete the trigger.</source>
        <translation>错误: 无法删除触发器。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="929"/>
        <source>Error: could not delete the index.</source>
        <translation>错误: 无法删除索引。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="931"/>
        <source>Message from database engine:
%1</source>
        <translation>来自数据库引擎的消息:
%1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="959"/>
        <source>Editing the table requires to save all pending changes now.
Are you sure you want to save the database?</source>
        <translation>编辑表格之前需要立刻保存所有修改。
你确定要保存数据库吗？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1117"/>
        <source>You are already executing SQL statements. Do you want to stop them in order to execute the current statements instead? Note that this might leave the database in an inconsistent state.</source>
        <translation>你已经在执行SQL语句。是否要停止执行并改为执行当前语句？注意，这可能使数据库处于不准确的状态。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1166"/>
        <source>-- EXECUTING SELECTION IN &apos;%1&apos;
--</source>
        <translation>-- 执行 &apos;%1&apos; 中所选
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1191"/>
        <source>-- EXECUTING LINE IN &apos;%1&apos;
--</source>
        <translation>-- 执行 &apos;%1&apos; 中的行
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1199"/>
        <source>-- EXECUTING ALL IN &apos;%1&apos;
--</source>
        <translation>-- 执行 &apos;%1&apos; 中所有
--</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1297"/>
        <source>%1 rows returned in %2ms</source>
        <translation>%1 行返回，耗时 %2ms</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1411"/>
        <source>Choose text files</source>
        <translation>选择文本文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1592"/>
        <source>Import completed. Some foreign key constraints are violated. Please fix them before saving.</source>
        <translation>导入完成。一些外键约束被违反了。请在保存之前修复。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1683"/>
        <source>Modify Index</source>
        <translation>修改索引</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="1686"/>
        <source>Modify Table</source>
        <translation>修改表</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="1870"/>
        <source>Select the action to apply to the dropped file(s). &lt;br/&gt;Note: only &apos;Import&apos; will process more than one file.</source>
        <comment>Note for translation: Although there is no %n in the original, you can use the numerus-form to adjust &apos;files(s)&apos; and remove the note when n = 1. Including %n in the translation will also work.</comment>
        <translation>
            <numerusform>选择拖放一些文件所要应用的操作。&lt;br/&gt;注意：只有“导入”会处理多个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2063"/>
        <source>Do you want to save the changes made to SQL tabs in the project file &apos;%1&apos;?</source>
        <translation>是否要将对 SQL 标签页的修改保存到项目文件 &apos;%1&apos;？</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2221"/>
        <source>Select SQL file to open</source>
        <translation>选择要打开的 SQL 文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2274"/>
        <source>Select file name</source>
        <translation>选择文件名</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2311"/>
        <source>Select extension file</source>
        <translation>选择扩展文件</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2318"/>
        <source>Extension successfully loaded.</source>
        <translation>扩展成功加载。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2320"/>
        <source>Error loading extension: %1</source>
        <translation>加载扩展时出错: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2474"/>
        <location filename="../MainWindow.cpp" line="2886"/>
        <source>Don&apos;t show again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2477"/>
        <source>New version available.</source>
        <translation>新版本可用。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2755"/>
        <source>DB file &apos;%1&apos; could not be opened</source>
        <translation>无法打开数据库文件 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="2909"/>
        <source>Table &apos;%1&apos; not found; settings ignored</source>
        <translation>找不到表 &apos;%1&apos;; 设置已忽略</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3243"/>
        <source>-- Reference to file &quot;%1&quot; (not supported by this version) --</source>
        <translation>-- 引用文件 &quot;%1&quot; (此版本暂不支持) --</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3259"/>
        <source>Project saved to file &apos;%1&apos;</source>
        <translation>项目已保存到文件 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3465"/>
        <source>Collation needed! Proceed?</source>
        <translation>需要整理! 继续?</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3466"/>
        <source>A table in this database requires a special collation function &apos;%1&apos; that this application can&apos;t provide without further knowledge.
If you choose to proceed, be aware bad things can happen to your database.
Create a backup!</source>
        <translation>数据库中的一个表需要特定的整理方法 &apos;%1&apos; 但本应用程序不了解故无法提供。
如果您选择继续，小心可能会有不好的事情发生。
记得备份!</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3483"/>
        <source>creating collation</source>
        <translation>创建整理</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3491"/>
        <source>Set a new name for the SQL tab. Use the &apos;&amp;&amp;&apos; character to allow using the following character as a keyboard shortcut.</source>
        <translation>为 SQL 标签页设置新名称。使用 &apos;&amp;&amp;&apos; 字符来允许它作为键盘快捷键。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3543"/>
        <source>Please specify the view name</source>
        <translation>请指定视图名称</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3547"/>
        <source>There is already an object with that name. Please choose a different name.</source>
        <translation>已有同名的对象。请选择一个不同的名称。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3554"/>
        <source>View successfully created.</source>
        <translation>视图创建成功。</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3556"/>
        <source>Error creating view: %1</source>
        <translation>创建视图出错: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3564"/>
        <source>This action will open a new SQL tab for running:</source>
        <translation>此动作会打开新的 SQL 标签页以运行:</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="3570"/>
        <source>Press Help for opening the corresponding SQLite reference page.</source>
        <translation>按下帮助以打开对应的 SQLite 参考页。</translation>
    </message>
</context>
<context>
    <name>NullLineEdit</name>
    <message>
        <location filename="../AddRecordDialog.cpp" line="42"/>
        <source>Set to NULL</source>
        <translation>设置为 NULL</translation>
    </message>
    <message>
        <location filename="../AddRecordDialog.cpp" line="46"/>
        <source>Alt+Del</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlotDock</name>
    <message>
        <location filename="../PlotDock.ui" line="14"/>
        <source>Plot</source>
        <translation>绘图</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="42"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This pane shows the list of columns of the currently browsed table or the just executed query. You can select the columns that you want to be used as X or Y axis for the plot pane below. The table shows detected axis type that will affect the resulting plot. For the Y axis you can only select numeric columns, but for the X axis you will be able to select:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Date/Time&lt;/span&gt;: strings with format &amp;quot;yyyy-MM-dd hh:mm:ss&amp;quot; or &amp;quot;yyyy-MM-ddThh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Date&lt;/span&gt;: strings with format &amp;quot;yyyy-MM-dd&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Time&lt;/span&gt;: strings with format &amp;quot;hh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Label&lt;/span&gt;: other string formats. Selecting this column as X axis will produce a Bars plot with the column values as labels for the bars&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Numeric&lt;/span&gt;: integer or real values&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Double-clicking the Y cells you can change the used color for that graph.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此面板显示当前表或者刚刚执行的查询的列。你可以选择列用做在下面画图时的 X 轴和 Y 轴。表中显示检测到的会影响绘图结果的轴类型。Y 轴只允许选择数值类型，但 X 轴可以选择:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;日期/时间&lt;/span&gt;: 格式化的字符串 &amp;quot;yyyy-MM-dd hh:mm:ss&amp;quot; 或 &amp;quot;yyyy-MM-ddThh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;日期&lt;/span&gt;: 格式化的字符串 &amp;quot;yyyy-MM-dd&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;时间&lt;/span&gt;: 格式化的字符串 &amp;quot;hh:mm:ss&amp;quot;&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;标签&lt;/span&gt;: 其他格式的字符串。选这项作为x轴，会绘制条形图，并用值作为条形的标签&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;数值&lt;/span&gt;: 整数或实数值&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;双击 Y 单元格可以改变图中所用的颜色。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="58"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="63"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="68"/>
        <source>Y1</source>
        <translation>Y1</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="73"/>
        <source>Y2</source>
        <translation>Y2</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="78"/>
        <source>Axis Type</source>
        <translation>轴类型</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="90"/>
        <source>Here is a plot drawn when you select the x and y values above.

Click on points to select them in the plot and in the table. Ctrl+Click for selecting a range of points.

Use mouse-wheel for zooming and mouse drag for changing the axis range.

Select the axes or axes labels to drag and zoom only in that orientation.</source>
        <translation>这是在你在上面选择 x 和 y 值后绘制出的图。

点击点可以在图和表格中选中它们。Ctrl+点击以选中一批点。

使用鼠标滚轮可以缩放，鼠标拖拽可以改变坐标轴的范围。

选择轴或者轴上的标签并拖拽可以缩放此方向。</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="106"/>
        <source>Line type:</source>
        <translation>线形:</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="147"/>
        <location filename="../PlotDock.ui" line="206"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="152"/>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="157"/>
        <source>StepLeft</source>
        <translation>左阶梯</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="162"/>
        <source>StepRight</source>
        <translation>右阶梯</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="167"/>
        <source>StepCenter</source>
        <translation>中阶梯</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="172"/>
        <source>Impulse</source>
        <translation>脉冲</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="180"/>
        <source>Point shape:</source>
        <translation>点形:</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="211"/>
        <source>Cross</source>
        <translation>叉</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="216"/>
        <source>Plus</source>
        <translation>加</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="221"/>
        <source>Circle</source>
        <translation>圈</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="226"/>
        <source>Disc</source>
        <translation>实心点</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="231"/>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="236"/>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="241"/>
        <source>Star</source>
        <translation>星</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="246"/>
        <source>Triangle</source>
        <translation>三角</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="251"/>
        <source>TriangleInverted</source>
        <translation>倒三角</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="256"/>
        <source>CrossSquare</source>
        <translation>叉与方形</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="261"/>
        <source>PlusSquare</source>
        <translation>加与方形</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="266"/>
        <source>CrossCircle</source>
        <translation>叉与圈</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="271"/>
        <source>PlusCircle</source>
        <translation>加与圈</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="276"/>
        <source>Peace</source>
        <translation>和平符号</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="297"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Save current plot...&lt;/p&gt;&lt;p&gt;File format chosen by extension (png, jpg, pdf, bmp)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;保存当前图表...&lt;/p&gt;&lt;p&gt;文件格式按扩展名选择(png, jpg, pdf, bmp)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="300"/>
        <source>Save current plot...</source>
        <translation>保存当前图表...</translation>
    </message>
    <message>
        <location filename="../PlotDock.ui" line="326"/>
        <location filename="../PlotDock.cpp" line="581"/>
        <source>Load all data and redraw plot</source>
        <translation>载入所有数据并重新绘图</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="260"/>
        <location filename="../PlotDock.cpp" line="538"/>
        <location filename="../PlotDock.cpp" line="553"/>
        <source>Row #</source>
        <translation>行 #</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="83"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="90"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="97"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="103"/>
        <source>Show legend</source>
        <translation>显示图例</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="109"/>
        <source>Stacked bars</source>
        <translation>堆叠的条形</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="115"/>
        <source>Fixed number format</source>
        <translation>固定数字格式</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="206"/>
        <source>Date/Time</source>
        <translation>日期/时间</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="209"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="212"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="215"/>
        <location filename="../PlotDock.cpp" line="262"/>
        <source>Numeric</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="218"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="222"/>
        <source>Invalid</source>
        <translation>无效的</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="576"/>
        <source>Load all data and redraw plot.
Warning: not all data has been fetched from the table yet due to the partial fetch mechanism.</source>
        <translation>载入所有数据并重新绘图。
警告：由于部分加载机制，现在并没有加载所有的数据。</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="671"/>
        <source>Choose an axis color</source>
        <translation>选一个坐标轴颜色</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="706"/>
        <source>Choose a filename to save under</source>
        <translation>选择一个文件名保存</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="707"/>
        <source>PNG(*.png);;JPG(*.jpg);;PDF(*.pdf);;BMP(*.bmp);;All Files(*)</source>
        <translation>PNG(*.png);;JPG(*.jpg);;PDF(*.pdf);;BMP(*.bmp);;所有文件(*)</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="743"/>
        <source>There are curves in this plot and the selected line style can only be applied to graphs sorted by X. Either sort the table or query by X to remove curves or select one of the styles supported by curves: None or Line.</source>
        <translation>图中有曲线，选择的线形只能用到按 X 排列的图中。要么对表排序或者用 X 查询，要么选一种曲线支持的线形：无或者折线。</translation>
    </message>
    <message>
        <location filename="../PlotDock.cpp" line="861"/>
        <source>Loading all remaining data for this table took %1ms.</source>
        <translation>加载表中全部剩余数据花费了%1毫秒。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../PreferencesDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="27"/>
        <source>&amp;General</source>
        <translation>通用(&amp;G)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="46"/>
        <source>Remember last location</source>
        <translation>记住上次的位置</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="51"/>
        <source>Always use this location</source>
        <translation>总是使用此位置</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="56"/>
        <source>Remember last location for session only</source>
        <translation>仅在会话中记住上次的位置</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="358"/>
        <source>Automatic &amp;updates</source>
        <translation>自动更新(&amp;A)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="621"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="632"/>
        <source>Database &amp;encoding</source>
        <translation>数据库编码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="642"/>
        <source>Open databases with foreign keys enabled.</source>
        <translation>打开启用了外键的数据库。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="645"/>
        <source>&amp;Foreign keys</source>
        <translation>外键(&amp;F)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="348"/>
        <location filename="../PreferencesDialog.ui" line="368"/>
        <location filename="../PreferencesDialog.ui" line="610"/>
        <location filename="../PreferencesDialog.ui" line="701"/>
        <location filename="../PreferencesDialog.ui" line="708"/>
        <location filename="../PreferencesDialog.ui" line="1607"/>
        <location filename="../PreferencesDialog.ui" line="1693"/>
        <location filename="../PreferencesDialog.ui" line="1713"/>
        <location filename="../PreferencesDialog.ui" line="1733"/>
        <location filename="../PreferencesDialog.ui" line="1753"/>
        <location filename="../PreferencesDialog.ui" line="1773"/>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="33"/>
        <source>Default &amp;location</source>
        <translation>默认位置(&amp;L)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="85"/>
        <location filename="../PreferencesDialog.ui" line="1971"/>
        <location filename="../PreferencesDialog.ui" line="2094"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="655"/>
        <source>Remove line breaks in schema &amp;view</source>
        <translation>删除架构视图中的换行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="338"/>
        <source>Show remote options</source>
        <translation>显示远程选项</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="665"/>
        <source>Prefetch block si&amp;ze</source>
        <translation>预取块尺寸(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="746"/>
        <source>SQ&amp;L to execute after opening database</source>
        <translation>打开数据库后执行的 SQL(&amp;L)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="675"/>
        <source>Default field type</source>
        <translation>默认字段类型</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="775"/>
        <source>Data &amp;Browser</source>
        <translation>数据浏览器(&amp;B)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="789"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="798"/>
        <source>&amp;Font</source>
        <translation>字体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1179"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1185"/>
        <source>Symbol limit in cell</source>
        <translation>单元格字符数限制</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="865"/>
        <source>NULL</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="895"/>
        <source>Regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="875"/>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1475"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1261"/>
        <source>Filters</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1195"/>
        <source>Threshold for completion and calculation on selection</source>
        <translation>自动完成与汇总限制</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1205"/>
        <source>Show images in cell</source>
        <translation>显示单元格中图片</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1245"/>
        <source>Enable this option to show a preview of BLOBs containing image data in the cells. This can affect the performance of the data browser, however.</source>
        <translation>启用此选项可以预览单元格BOLB中包含的图片。但这会影响浏览数据的性能。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1290"/>
        <source>Escape character</source>
        <translation>转义字符</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1270"/>
        <source>Delay time (&amp;ms)</source>
        <translation>延时(毫秒)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1280"/>
        <source>Set the waiting time before a new filter value is applied. Can be set to 0 for disabling waiting.</source>
        <translation>设置应用新过滤值前的等待时间。设为0以禁用等待。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1313"/>
        <source>&amp;SQL</source>
        <translation>&amp;SQL</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1331"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1336"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1341"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1346"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1351"/>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1359"/>
        <source>Keyword</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1379"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1387"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1407"/>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1427"/>
        <source>Identifier</source>
        <translation>识别符</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1447"/>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1467"/>
        <source>Current line</source>
        <translation>当前行</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1532"/>
        <source>SQL &amp;editor font size</source>
        <translation>SQL 编辑器字体大小(&amp;E)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1571"/>
        <source>Tab size</source>
        <translation>Tab 长度</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1517"/>
        <source>SQL editor &amp;font</source>
        <translation>SQL 编辑器字体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1720"/>
        <source>Error indicators</source>
        <translation>显示代码错误</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1740"/>
        <source>Hori&amp;zontal tiling</source>
        <translation>水平平铺(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1750"/>
        <source>If enabled the SQL code editor and the result table view are shown side by side instead of one over the other.</source>
        <translation>如果启用，SQL 编辑器和结果表视图将并排显示，而不是上下显示。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1683"/>
        <source>Code co&amp;mpletion</source>
        <translation>自动补全(&amp;M)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="128"/>
        <source>Toolbar style</source>
        <translation>工具栏风格</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="160"/>
        <location filename="../PreferencesDialog.ui" line="210"/>
        <location filename="../PreferencesDialog.ui" line="260"/>
        <location filename="../PreferencesDialog.ui" line="310"/>
        <location filename="../PreferencesDialog.ui" line="466"/>
        <source>Only display the icon</source>
        <translation>仅显示图标</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="165"/>
        <location filename="../PreferencesDialog.ui" line="215"/>
        <location filename="../PreferencesDialog.ui" line="265"/>
        <location filename="../PreferencesDialog.ui" line="315"/>
        <location filename="../PreferencesDialog.ui" line="471"/>
        <source>Only display the text</source>
        <translation>仅显示文本</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="170"/>
        <location filename="../PreferencesDialog.ui" line="220"/>
        <location filename="../PreferencesDialog.ui" line="270"/>
        <location filename="../PreferencesDialog.ui" line="320"/>
        <location filename="../PreferencesDialog.ui" line="476"/>
        <source>The text appears beside the icon</source>
        <translation>文本在图标旁</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="175"/>
        <location filename="../PreferencesDialog.ui" line="225"/>
        <location filename="../PreferencesDialog.ui" line="275"/>
        <location filename="../PreferencesDialog.ui" line="325"/>
        <location filename="../PreferencesDialog.ui" line="481"/>
        <source>The text appears under the icon</source>
        <translation>文本在图标下</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="180"/>
        <location filename="../PreferencesDialog.ui" line="230"/>
        <location filename="../PreferencesDialog.ui" line="280"/>
        <location filename="../PreferencesDialog.ui" line="330"/>
        <location filename="../PreferencesDialog.ui" line="486"/>
        <source>Follow the style</source>
        <translation>遵循风格</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="375"/>
        <source>DB file extensions</source>
        <translation>数据库文件扩展</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="385"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="392"/>
        <source>Main Window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="405"/>
        <source>Database Structure</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="418"/>
        <source>Browse Data</source>
        <translation>浏览数据</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="431"/>
        <source>Execute SQL</source>
        <translation>执行 SQL</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="494"/>
        <source>Edit Database Cell</source>
        <translation>编辑数据库单元格</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="513"/>
        <source>When this value is changed, all the other color preferences are also set to matching colors.</source>
        <translation>改变这个选项也会改变其他的颜色风格。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="532"/>
        <source>Follow the desktop style</source>
        <translation>跟随桌面风格</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="537"/>
        <source>Dark style</source>
        <translation>黑暗风格</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="550"/>
        <source>Application style</source>
        <translation>界面风格</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="560"/>
        <source>This sets the font size for all UI elements which do not have their own font size option.</source>
        <translation>此项设定所有无专门字号选项的界面元素的字号。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="563"/>
        <source>Font size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="576"/>
        <source>Max Recent Files</source>
        <translation>“最近的文件”上限</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="596"/>
        <source>Prompt to save SQL tabs
in new project file</source>
        <translation>关闭 SQL 标签页时提示保存到项目文件</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="607"/>
        <source>If this is turned on, then changes to the SQL editor generate a save a project confirmation dialog when closing the SQL editor tab.</source>
        <translation>如果启用，在 SQL 编辑器的标签页中做出更改后，关闭那些标签页将引出一个是否保存新“项目文件”的确认对话框。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="698"/>
        <source>When enabled, the line breaks in the Schema column of the DB Structure tab, dock and printed output are removed.</source>
        <translation>当启用时，数据库结构标签页中的架构列里的换行，显示、打印时被移除。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="729"/>
        <source>Database structure font size</source>
        <translation>数据库结构字体大小</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="821"/>
        <source>Font si&amp;ze</source>
        <translation>字体大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1225"/>
        <source>This is the maximum number of items allowed for some computationally expensive functionalities to be enabled:
Maximum number of rows in a table for enabling the value completion based on current values in the column.
Maximum number of indexes in a selection for calculating sum and average.
Can be set to 0 for disabling the functionalities.</source>
        <translation>启用一些耗费资源的计算的最大行数，包括：
启用自动完成的表中最大行数。
自动进行求和与平均值的最大选择单元格数量。
可以设置为0以禁用这些功能。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1231"/>
        <source>This is the maximum number of rows in a table for enabling the value completion based on current values in the column.
Can be set to 0 for disabling completion.</source>
        <translation>这是表启用根据当前值的自动补完的最大的列数量。
设置成0以禁用补完。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="840"/>
        <source>Field display</source>
        <translation>字段显示</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="542"/>
        <source>Light style</source>
        <translation>亮色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="852"/>
        <source>Displayed &amp;text</source>
        <translation>显示的文本(&amp;T)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="885"/>
        <source>Formatted</source>
        <translation>格式化后</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="908"/>
        <location filename="../PreferencesDialog.ui" line="927"/>
        <location filename="../PreferencesDialog.ui" line="962"/>
        <location filename="../PreferencesDialog.ui" line="997"/>
        <location filename="../PreferencesDialog.ui" line="1016"/>
        <location filename="../PreferencesDialog.ui" line="1035"/>
        <location filename="../PreferencesDialog.ui" line="1054"/>
        <location filename="../PreferencesDialog.ui" line="1073"/>
        <source>Click to set this color</source>
        <translation>点击设置颜色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="949"/>
        <source>Text color</source>
        <translation>文本颜色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="984"/>
        <source>Background color</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1118"/>
        <location filename="../PreferencesDialog.ui" line="1139"/>
        <source>Preview only (N/A)</source>
        <translation>仅预览 (N/A)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1483"/>
        <source>Foreground</source>
        <translation>前景</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1491"/>
        <source>Selection background</source>
        <translation>选中项背景色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1499"/>
        <source>Selection foreground</source>
        <translation>选中项前景色</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1507"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1554"/>
        <source>SQL &amp;results font size</source>
        <translation>SQL 结果的字体大小(&amp;R)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1594"/>
        <source>Use tabs for indentation</source>
        <translation>使用制表符缩进</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1604"/>
        <source>When set, the Tab key will insert tab and space characters for indentation. Otherwise, just spaces will be used.</source>
        <translation>启用后，Tab 键将插入制表符和空格字符用于缩进。不启用则只使用空格。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1614"/>
        <source>&amp;Wrap lines</source>
        <translation>换行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1625"/>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1630"/>
        <source>At word boundaries</source>
        <translation>按照词边界</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1635"/>
        <source>At character boundaries</source>
        <translation>按照字母边界</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1640"/>
        <source>At whitespace boundaries</source>
        <translation>按照空白字符边界</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1648"/>
        <source>&amp;Quotes for identifiers</source>
        <translation>标识转义(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1658"/>
        <source>Choose the quoting mechanism used by the application for identifiers in SQL code.</source>
        <translation>选择 SQL 代码中标识的转义方式。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1665"/>
        <source>&quot;Double quotes&quot; - Standard SQL (recommended)</source>
        <translation>&quot;双引号&quot; - 标准 SQL (推荐)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1670"/>
        <source>`Grave accents` - Traditional MySQL quotes</source>
        <translation>`重音符` - 经典的 MySQL 转义</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1675"/>
        <source>[Square brackets] - Traditional MS SQL Server quotes</source>
        <translation>[方括号] - 经典的 MS SQL Server 转义</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1700"/>
        <source>Keywords in &amp;UPPER CASE</source>
        <translation>关键字大写(&amp;U)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1710"/>
        <source>When set, the SQL keywords are completed in UPPER CASE letters.</source>
        <translation>设置时，SQL 关键字被自动补全为大写字母。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1730"/>
        <source>When set, the SQL code lines that caused errors during the last execution are highlighted and the results frame indicates the error in the background</source>
        <translation>设置时，导致上次执行期间出错的 SQL 代码行会被高亮，并在结果面板中标亮</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1760"/>
        <source>Close button on tabs</source>
        <translation>标签页上的关闭按钮</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1770"/>
        <source>If enabled, SQL editor tabs will have a close button. In any case, you can use the contextual menu or the keyboard shortcut to close them.</source>
        <translation>如果启用，SQL 编辑器的标签页将有一个关闭按钮。无论该项是否启用，右键菜单和键盘快捷键都可关闭标签页。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1783"/>
        <source>&amp;Extensions</source>
        <translation>扩展(&amp;E)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1789"/>
        <source>Select extensions to load for every database:</source>
        <translation>选择每个数据库要加载的扩展:</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1813"/>
        <source>Add extension</source>
        <translation>添加扩展</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1824"/>
        <source>Remove extension</source>
        <translation>删除扩展</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1852"/>
        <source>Select built-in extensions to load for every database:</source>
        <translation>选择要为每个数据库加载的内置扩展:</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1866"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;While supporting the REGEXP operator SQLite doesn&apos;t implement any regular expression&lt;br/&gt;algorithm but calls back the running application. DB Browser for SQLite implements this&lt;br/&gt;algorithm for you to let you use REGEXP out of the box. However, as there are multiple possible&lt;br/&gt;implementations of this and you might want to use another one, you&apos;re free to disable the&lt;br/&gt;application&apos;s implementation and load your own by using an extension. Requires restart of the application.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;虽然支持 REGEXP 运算符，但是 SQLite 并没有实现任何正则表达式算法，&lt;br/&gt;而是回调应用程序。DB Browser for SQLite 为您实现了算法，以便您可以&lt;br/&gt;打破常规使用 REGEXP。由于算法有多种可能的实现，您可能想用其他的，&lt;br/&gt;所以您可以禁用算法实现并通过扩展加载您的实现。需要重启应用程序。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1869"/>
        <source>Disable Regular Expression extension</source>
        <translation>禁用正则表达式扩展</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1876"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;SQLite provides an SQL function for loading extensions from a shared library file. Activate this if you want to use the &lt;span style=&quot; font-style:italic;&quot;&gt;load_extension()&lt;/span&gt; function from SQL code.&lt;/p&gt;&lt;p&gt;For security reasons, extension loading is turned off by default and must be enabled through this setting. You can always load extensions through the GUI, even though this option is disabled.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;SQLite 提供了 SQL 函数用于从共享库中加载扩展。启用这个选项以在SQL代码中使用 &lt;span style=&quot; font-style:italic;&quot;&gt;load_extension()&lt;/span&gt; 函数。&lt;/p&gt;&lt;p&gt;因安全原因，加载扩展功能默认被关闭，须在此处手动启用。但即使此选项未启用，仍能通过上方的界面加载扩展。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1879"/>
        <source>Allow loading extensions from SQL code</source>
        <translation>允许在SQL代码里加载扩展</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1887"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1998"/>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2103"/>
        <source>Proxy</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2113"/>
        <source>Configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2128"/>
        <source>Export Settings</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2135"/>
        <source>Import Settings</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1927"/>
        <location filename="../PreferencesDialog.ui" line="2023"/>
        <source>Subject CN</source>
        <translation>主题 CN (Subject CN)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2026"/>
        <source>Common Name</source>
        <translation>公用名称 (Common Name)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2031"/>
        <source>Subject O</source>
        <translation>主题 O （Subject O)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2034"/>
        <source>Organization</source>
        <translation>组织 (Organization)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1943"/>
        <location filename="../PreferencesDialog.ui" line="2039"/>
        <source>Valid from</source>
        <translation>有效期从</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1948"/>
        <location filename="../PreferencesDialog.ui" line="2044"/>
        <source>Valid to</source>
        <translation>有效期到</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1953"/>
        <location filename="../PreferencesDialog.ui" line="2049"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1897"/>
        <source>Your certificates</source>
        <translation>您的证书</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1922"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1930"/>
        <source>Subject Common Name</source>
        <translation>主题公用名称 (Subject Common Name)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1935"/>
        <source>Issuer CN</source>
        <translation>签发人 CN (Issuer CN)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="1938"/>
        <source>Issuer Common Name</source>
        <translation>签发人公用名称 (Issuer Common Name)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.ui" line="2063"/>
        <source>Clone databases into</source>
        <translation>克隆数据库信息</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="76"/>
        <location filename="../PreferencesDialog.cpp" line="740"/>
        <source>Choose a directory</source>
        <translation>选择一个目录</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="356"/>
        <location filename="../PreferencesDialog.cpp" line="815"/>
        <source>The language will change after you restart the application.</source>
        <translation>语言将在重启应用程序后改变。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="437"/>
        <source>Select extension file</source>
        <translation>选择扩展文件</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="438"/>
        <source>Extensions(*.so *.dylib *.dll);;All files(*)</source>
        <translation>扩展(*.so *.dylib *.dll);;所有文件(*)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="666"/>
        <source>Import certificate file</source>
        <translation>导入证书文件</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="674"/>
        <source>No certificates found in this file.</source>
        <translation>在文件中找不到证书。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="691"/>
        <source>Are you sure you want do remove this certificate? All certificate data will be deleted from the application settings!</source>
        <translation>您确定要删除此证书吗？所有的证书数据都会被从应用设置中删除！</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="777"/>
        <source>Are you sure you want to clear all the saved settings?
All your preferences will be lost and default values will be used.</source>
        <translation>你确定要清除所有保存的设置吗？
所有你做的设置都会丢失，并使用默认值。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="795"/>
        <source>Save Settings File</source>
        <translation>保存设置文件</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="795"/>
        <location filename="../PreferencesDialog.cpp" line="805"/>
        <source>Initialization File (*.ini)</source>
        <translation>初始化文件 (*.ini)</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="799"/>
        <source>The settings file has been saved in location :
</source>
        <translation>设置文件已保存到：</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="805"/>
        <source>Open Settings File</source>
        <translation>打开设置文件</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="812"/>
        <source>The settings file was loaded properly.</source>
        <translation>设置文件成功加载。</translation>
    </message>
    <message>
        <location filename="../PreferencesDialog.cpp" line="819"/>
        <source>The selected settings file is not a normal settings file.
Please check again.</source>
        <translation>所选的设置文件格式不正常。
请复查。</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <location filename="../ProxyDialog.ui" line="14"/>
        <source>Proxy Configuration</source>
        <translation>代理服务器配置</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="22"/>
        <source>Pro&amp;xy Type</source>
        <translation>代理服务器类型(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="35"/>
        <source>Host Na&amp;me</source>
        <translation>主机名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="48"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="68"/>
        <source>Authentication Re&amp;quired</source>
        <translation>需要身份验证(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="81"/>
        <source>&amp;User Name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.ui" line="94"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="12"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="13"/>
        <source>System settings</source>
        <translation>跟随系统设置</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="14"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ProxyDialog.cpp" line="15"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="132"/>
        <source>Error importing data</source>
        <translation>导入数据时出错</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="134"/>
        <source> from record number %1</source>
        <translation> 自记录编号 %1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="135"/>
        <source>.
%1</source>
        <translation>.
%1</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="147"/>
        <source>Importing CSV file...</source>
        <translation>导入 CSV 文件...</translation>
    </message>
    <message>
        <location filename="../ImportCsvDialog.cpp" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../FileDialog.cpp" line="82"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../Settings.cpp" line="267"/>
        <source>SQLite database files (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite 数据库文件 (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Center</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../CondFormat.h" line="25"/>
        <source>Justify</source>
        <translation>两段</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="13"/>
        <source>SQLite Database Files (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite 数据库文件 (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="16"/>
        <source>DB Browser for SQLite Project Files (*.sqbpro)</source>
        <translation>DB Browser for SQLite 项目文件 (*.sqbpro)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="20"/>
        <source>SQL Files (*.sql)</source>
        <translation>SQL 文件 (*.sql)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="24"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="27"/>
        <source>Text Files (*.txt)</source>
        <translation>纯文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="31"/>
        <source>Comma-Separated Values Files (*.csv)</source>
        <translation>CSV (逗号分隔)(*.csv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="33"/>
        <source>Tab-Separated Values Files (*.tsv)</source>
        <translation>TSV (制表符分隔)(*.tsv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="34"/>
        <source>Delimiter-Separated Values Files (*.dsv)</source>
        <translation>DSV (分隔符分隔)(*.dsv)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="35"/>
        <source>Concordance DAT files (*.dat)</source>
        <translation>Concordance DAT 文件 (*.dat)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="38"/>
        <source>JSON Files (*.json *.js)</source>
        <translation>JSON 文件 (*.json *.js)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="42"/>
        <source>XML Files (*.xml)</source>
        <translation>XML 文件 (*.xml)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="46"/>
        <source>Binary Files (*.bin *.dat)</source>
        <translation>二进制文件 (*.bin *.dat)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="50"/>
        <source>SVG Files (*.svg)</source>
        <translation>SVG 文件 (*.svg)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="54"/>
        <source>Hex Dump Files (*.dat *.bin)</source>
        <translation>十六进制转储文件 (*.dat *.bin)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="57"/>
        <source>Extensions (*.so *.dylib *.dll)</source>
        <translation>扩展 (*.so *.dylib *.dll)</translation>
    </message>
    <message>
        <location filename="../FileDialog.h" line="60"/>
        <source>Initialization File (*.ini)</source>
        <translation>初始化文件 (*.ini)</translation>
    </message>
</context>
<context>
    <name>QsciCommand</name>
    <message>
        <source>Paste</source>
        <translation type="obsolete">粘贴</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">取消</translation>
    </message>
</context>
<context>
    <name>QsciLexerCPP</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">默认</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="obsolete">关键字</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="obsolete">识别符</translation>
    </message>
</context>
<context>
    <name>QsciLexerJSON</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">默认</translation>
    </message>
    <message>
        <source>String</source>
        <translation type="obsolete">字符串</translation>
    </message>
</context>
<context>
    <name>QsciLexerJavaScript</name>
    <message>
        <source>Regular expression</source>
        <translation type="obsolete">正则表达式</translation>
    </message>
</context>
<context>
    <name>QsciLexerPython</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">默认</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="obsolete">注释</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="obsolete">关键字</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="obsolete">识别符</translation>
    </message>
</context>
<context>
    <name>QsciLexerSQL</name>
    <message>
        <source>Default</source>
        <translation type="obsolete">默认</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="obsolete">注释</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="obsolete">关键字</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="obsolete">识别符</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="obsolete">撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="obsolete">全选</translation>
    </message>
</context>
<context>
    <name>RemoteCommitsModel</name>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Commit ID</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="13"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="65"/>
        <source>Authored and committed by %1</source>
        <translation>经 %1 认证并提交</translation>
    </message>
    <message>
        <location filename="../RemoteCommitsModel.cpp" line="67"/>
        <source>Authored by %1, committed by %2</source>
        <translation>由 %1 认证，由 %2 提交</translation>
    </message>
</context>
<context>
    <name>RemoteDatabase</name>
    <message>
        <location filename="../RemoteDatabase.cpp" line="56"/>
        <source>Error opening local databases list.
%1</source>
        <translation>打开本地数据库列表时出错。
%1</translation>
    </message>
    <message>
        <location filename="../RemoteDatabase.cpp" line="74"/>
        <source>Error creating local databases list.
%1</source>
        <translation>创建本地数据库列表时出错。
%1</translation>
    </message>
</context>
<context>
    <name>RemoteDock</name>
    <message>
        <location filename="../RemoteDock.ui" line="14"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="147"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="53"/>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="83"/>
        <source>Push currently opened database to server</source>
        <translation>推送当前打开的数据库到服务器</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="86"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="106"/>
        <source>DBHub.io</source>
        <translation>DBHub.io</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="139"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;In this pane, remote databases from dbhub.io website can be added to DB Browser for SQLite. First you need an identity:&lt;/p&gt;&lt;ol style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Login to the dbhub.io website (use your GitHub credentials or whatever you want)&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Click the button to &amp;quot;Generate client certificate&amp;quot; (that&apos;s your identity). That&apos;ll give you a certificate file (save it to your local disk).&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Go to the Remote tab in DB Browser for SQLite Preferences. Click the button to add a new certificate to DB Browser for SQLite and choose the just downloaded certificate file.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Now the Remote panel shows your identity and you can add remote databases.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;在此面板，来自 dbhub.io 网站的远程数据库可以被添加到 DB4S。首先你需要一个身份:&lt;/p&gt;&lt;ol style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;登录 dbhub.io 网站 (使用你的 GitHub 认证或其他什么)&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;点击按钮创建 DB4S 证书 (那是你的身份)。 这会给你一个证书文件 (保存到你的本地硬盘里)。&lt;/li&gt;&lt;li style=&quot; margin-top:0px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;前往 DB4S 的设置中的远程选项卡。点击添加证书，选择刚才下载的文件。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;这样，远程面板就会显示你的身份，之后可以添加远程数据库。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="173"/>
        <source>Current Database</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="231"/>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="274"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="294"/>
        <source>Commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="314"/>
        <source>Commits for</source>
        <translation>提交于</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="445"/>
        <source>Delete Database</source>
        <translation>删除数据库</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="448"/>
        <source>Delete the local clone of this database</source>
        <translation>删除此数据库的本地副本</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="457"/>
        <source>Open in Web Browser</source>
        <translation>在网页浏览器中打开</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="460"/>
        <source>Open the web page for the current database in your browser</source>
        <translation>在您的网页浏览器中打开网页以查看当前数据库</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="469"/>
        <source>Clone from Link</source>
        <translation>从链接克隆</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="472"/>
        <source>Use this to download a remote database for local editing using a URL as provided on the web page of the database.</source>
        <translation>用它来从数据库网页提供的链接来下载一个远程数据库以供本地编辑。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="481"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="484"/>
        <source>Reload all data and update the views</source>
        <translation>刷新所有数据并更新视图</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="493"/>
        <source>Clone Database</source>
        <translation>克隆数据库</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="508"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="511"/>
        <source>Open the local copy of this database</source>
        <translation>打开此数据库的本地副本</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="522"/>
        <source>Check out Commit</source>
        <translation>检出提交</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="525"/>
        <source>Download and open this specific commit</source>
        <translation>下载并打开此提交</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="540"/>
        <source>Check out Latest Commit</source>
        <translation>检出最新提交</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="543"/>
        <source>Check out the latest commit of the current branch</source>
        <translation>检出当前分支的最新提交</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="548"/>
        <source>Save Revision to File</source>
        <translation>保存修订版本到文件</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="551"/>
        <source>Saves the selected revision of the database to another file</source>
        <translation>保存所选的数据库修订版本到其他文件</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="560"/>
        <source>Upload Database</source>
        <translation>上传数据库</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="563"/>
        <source>Upload this database as a new commit</source>
        <translation>上传此数据库为新的提交</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="390"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;You are currently using a built-in, read-only identity. For uploading your database, you need to configure and use your DBHub.io account.&lt;/p&gt;&lt;p&gt;No DBHub.io account yet? &lt;a href=&quot;https://dbhub.io/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;Create one now&lt;/span&gt;&lt;/a&gt; and import your certificate &lt;a href=&quot;#preferences&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;here&lt;/span&gt;&lt;/a&gt; to share your databases.&lt;/p&gt;&lt;p&gt;For online help visit &lt;a href=&quot;https://dbhub.io/about&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;here&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;你正在使用内置的，只读的凭据。要上传你的数据库，你需要配置使用你的 DBHub.io 账号。&lt;/p&gt;&lt;p&gt;还没有 DBHub.io 账号？&lt;a href=&quot;https://dbhub.io/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;注册一个&lt;/span&gt;&lt;/a&gt; 并在 &lt;a href=&quot;#preferences&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;此处&lt;/span&gt;&lt;/a&gt; 导入你的证书。&lt;/p&gt;&lt;p&gt;要获得在线帮助，点击&lt;a href=&quot;https://dbhub.io/about&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#007af4;&quot;&gt;这里&lt;/span&gt;&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="240"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="257"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../RemoteDock.ui" line="400"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="151"/>
        <source>Select an identity to connect</source>
        <translation>选择用来连接的身份</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="163"/>
        <source>Public</source>
        <translation>公用证书</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="216"/>
        <source>This downloads a database from a remote server for local editing.
Please enter the URL to clone from. You can generate this URL by
clicking the &apos;Clone Database in DB4S&apos; button on the web page
of the database.</source>
        <translation>这将从远程服务器下载数据库以供本地编辑。
请输入要从哪个网址克隆。您可以经如下方式生成此网址：点击数据库的网页所提供的“在 DB4S 中克隆数据库”（Clone Database in DB4S）的按钮。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="231"/>
        <source>Invalid URL: The host name does not match the host name of the current identity.</source>
        <translation>无效网址：主机名称与当前身份的主机名称不匹配。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="236"/>
        <source>Invalid URL: No branch name specified.</source>
        <translation>无效网址：未指定分支名称。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="241"/>
        <source>Invalid URL: No commit ID specified.</source>
        <translation>无效网址：未指定提交 ID。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="289"/>
        <source>You have modified the local clone of the database. Fetching this commit overrides these local changes.
Are you sure you want to proceed?</source>
        <translation>您已修改了这个数据库的本地副本。获取此提交将覆盖本地的更改。
是否继续？</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="333"/>
        <source>The database has unsaved changes. Are you sure you want to push it before saving?</source>
        <translation>数据库有未保存的更改。确定要在保存前推送吗？</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="543"/>
        <source>The database you are trying to delete is currently opened. Please close it before deleting.</source>
        <translation>您尝试删除的数据库目前仍是打开状态。请先关闭，再尝试删除。</translation>
    </message>
    <message>
        <location filename="../RemoteDock.cpp" line="549"/>
        <source>This deletes the local version of this database with all the changes you have not committed yet. Are you sure you want to delete this database?</source>
        <translation>这将删除此数据库的本地副本，包括其中未提交的所有更改。确定删除吗？</translation>
    </message>
</context>
<context>
    <name>RemoteLocalFilesModel</name>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Last modified</source>
        <translation>上次修改</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../RemoteLocalFilesModel.cpp" line="20"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>RemoteModel</name>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Last modified</source>
        <translation>上次修改</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="109"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="231"/>
        <source>Size: </source>
        <translation>大小: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="232"/>
        <source>Last Modified: </source>
        <translation>上次修改: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="233"/>
        <source>Licence: </source>
        <translation>许可协议: </translation>
    </message>
    <message>
        <location filename="../RemoteModel.cpp" line="234"/>
        <source>Default Branch: </source>
        <translation>默认分支: </translation>
    </message>
</context>
<context>
    <name>RemoteNetwork</name>
    <message>
        <location filename="../RemoteNetwork.cpp" line="210"/>
        <source>Choose a location to save the file</source>
        <translation>选择保存该文件的位置</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="244"/>
        <source>Error opening remote file at %1.
%2</source>
        <translation>打开远程文件 %1 时出错。
%2</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="323"/>
        <source>Error: Invalid client certificate specified.</source>
        <translation>错误：指定的客户端证书无效。</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="335"/>
        <source>Please enter the passphrase for this client certificate in order to authenticate.</source>
        <translation>请输入此客户端证书的口令以进行身份验证。</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="362"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="367"/>
        <source>Uploading remote database to
%1</source>
        <translation>正在上传远程数据库到
%1</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="369"/>
        <source>Downloading remote database from
%1</source>
        <translation>正在下载远程数据库自
%1</translation>
    </message>
    <message>
        <location filename="../RemoteNetwork.cpp" line="450"/>
        <source>Error: Cannot open the file for sending.</source>
        <translation>错误：无法打开文件以进行发送。</translation>
    </message>
</context>
<context>
    <name>RemotePushDialog</name>
    <message>
        <location filename="../RemotePushDialog.ui" line="14"/>
        <source>Push database</source>
        <translation>推送数据库</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="22"/>
        <source>Database na&amp;me to push to</source>
        <translation>推送的数据库名(&amp;m)</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="39"/>
        <source>Commit message</source>
        <translation>提交信息</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="63"/>
        <source>Database licence</source>
        <translation>数据库许可协议</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="83"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="96"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="116"/>
        <source>Force push</source>
        <translation>强制推送</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.ui" line="129"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="73"/>
        <source>Database will be public. Everyone has read access to it.</source>
        <translation>数据库将是公有的。所有人都可以读取它。</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="75"/>
        <source>Database will be private. Only you have access to it.</source>
        <translation>数据库将是私有的。只有您可以访问它。</translation>
    </message>
    <message>
        <location filename="../RemotePushDialog.cpp" line="79"/>
        <source>Use with care. This can cause remote commits to be deleted.</source>
        <translation>小心使用。这可能会导致远程提交被删除。</translation>
    </message>
</context>
<context>
    <name>RunSql</name>
    <message>
        <location filename="../RunSql.cpp" line="139"/>
        <source>Execution aborted by user</source>
        <translation>操作被用户终止</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="220"/>
        <source>, %1 rows affected</source>
        <translation>，%1 行数据受影响</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="234"/>
        <source>query executed successfully. Took %1ms%2</source>
        <translation>查询执行成功。耗时 %1ms%2</translation>
    </message>
    <message>
        <location filename="../RunSql.cpp" line="320"/>
        <source>executing query</source>
        <translation>执行查询</translation>
    </message>
</context>
<context>
    <name>SelectItemsPopup</name>
    <message>
        <location filename="../SelectItemsPopup.ui" line="34"/>
        <source>A&amp;vailable</source>
        <translation>可用(&amp;V)</translation>
    </message>
    <message>
        <location filename="../SelectItemsPopup.ui" line="105"/>
        <source>Sele&amp;cted</source>
        <translation>已选(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SqlExecutionArea</name>
    <message>
        <location filename="../SqlExecutionArea.ui" line="14"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="81"/>
        <source>Find previous match [Shift+F3]</source>
        <translation>查找上一个 [Shift+F3]</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="84"/>
        <source>Find previous match with wrapping</source>
        <translation>按顺序查找上一项</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="91"/>
        <source>Shift+F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="105"/>
        <source>The found pattern must be a whole word</source>
        <translation>找到的必须是一个完整的词</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="108"/>
        <source>Whole Words</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="118"/>
        <source>Text pattern to find considering the checks in this frame</source>
        <translation>符合这里的选择要查找的文本</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="121"/>
        <source>Find in editor</source>
        <translation>在编辑器中查找</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="131"/>
        <source>The found pattern must match in letter case</source>
        <translation>搜索必须大小写匹配</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="134"/>
        <source>Case Sensitive</source>
        <translation>大小写敏感</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="141"/>
        <source>Find next match [Enter, F3]</source>
        <translation>查找下一个 [Enter, F3]</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="144"/>
        <source>Find next match with wrapping</source>
        <translation>循环查找下一个</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="151"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="158"/>
        <source>Interpret search pattern as a regular expression</source>
        <translation>解析查找目标为正则表达式</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="161"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;选中时，要查找的模式被解释为 UNIX 正则表达式。参阅 &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Wikibooks 中的正则表达式&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="164"/>
        <source>Regular Expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="184"/>
        <location filename="../SqlExecutionArea.ui" line="187"/>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="232"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Results of the last executed statements.&lt;/p&gt;&lt;p&gt;You may want to collapse this panel and use the &lt;span style=&quot; font-style:italic;&quot;&gt;SQL Log&lt;/span&gt; dock with &lt;span style=&quot; font-style:italic;&quot;&gt;User&lt;/span&gt; selection instead.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;上次执行的语句的结果。&lt;/p&gt;&lt;p&gt;你可能希望折叠这个窗格并使用 &lt;span style=&quot; font-style:italic;&quot;&gt;SQL 日志&lt;/span&gt; 区域查看提交自 &lt;span style=&quot; font-style:italic;&quot;&gt;用户&lt;/span&gt; 的结果。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="253"/>
        <source>Results of the last executed statements</source>
        <translation>上次执行语句的结果</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.ui" line="235"/>
        <source>This field shows the results and status codes of the last executed statements.</source>
        <translation>这个字段显示最后执行的语句的结果和状态码。</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="37"/>
        <source>Ctrl+PgUp</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="42"/>
        <source>Ctrl+PgDown</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="256"/>
        <source>Couldn&apos;t read file &quot;%1&quot;: %2.</source>
        <translation>无法读取文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="286"/>
        <location filename="../SqlExecutionArea.cpp" line="304"/>
        <source>Couldn&apos;t save file: %1.</source>
        <translation>无法保存文件: %1。</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="327"/>
        <source>Your changes will be lost when reloading it!</source>
        <translation>重新加载时，你的更改将会丢失！</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="333"/>
        <source>The file &quot;%1&quot; was modified by another program. Do you want to reload it?%2</source>
        <translation>文件 &quot;%1&quot; 已被其他程序修改。是否要重新加载？%2</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="335"/>
        <source>Answer &quot;Yes to All&quot; to reload the file on any external update without further prompting.</source>
        <translation>选择“全是”将自动重新加载有外部更新的文件，无进一步提示。</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="337"/>
        <source>Answer &quot;No to All&quot; to ignore any external update without further prompting.</source>
        <translation>选择“全否”将忽略文件的外部更新，无进一步提示。</translation>
    </message>
    <message>
        <location filename="../SqlExecutionArea.cpp" line="339"/>
        <source>Modifying and saving the file will restore prompting.</source>
        <translation>修改并保存文件将重新开启提示。</translation>
    </message>
</context>
<context>
    <name>SqlTextEdit</name>
    <message>
        <location filename="../sqltextedit.cpp" line="53"/>
        <source>Ctrl+/</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SqlUiLexer</name>
    <message>
        <location filename="../SqlUiLexer.cpp" line="79"/>
        <source>(X) The abs(X) function returns the absolute value of the numeric argument X.</source>
        <translation>(X) abs(X) 函数返回数字参数 X 的绝对值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="80"/>
        <source>() The changes() function returns the number of database rows that were changed or inserted or deleted by the most recently completed INSERT, DELETE, or UPDATE statement.</source>
        <translation>() changes() 函数返回最后完成的 INSERT、DELETE 或 UPDATE 语句所更改、插入或删除的数据库行数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="81"/>
        <source>(X1,X2,...) The char(X1,X2,...,XN) function returns a string composed of characters having the unicode code point values of integers X1 through XN, respectively. </source>
        <translation>(X1,X2,...) char(X1,X2,...,XN) 函数返回一个字符串，分别由整数 X1 至 XN 所代表的特定 Unicode 码点的字符组成。 </translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="82"/>
        <source>(X,Y,...) The coalesce() function returns a copy of its first non-NULL argument, or NULL if all arguments are NULL</source>
        <translation>(X,Y,...) coalesce() 函数返回第一个非 NULL 的参数的副本，所有参数均为 NULL 则返回 NULL</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="83"/>
        <source>(X,Y) The glob(X,Y) function is equivalent to the expression &quot;Y GLOB X&quot;.</source>
        <translation>(X,Y) glob(X,Y) 函数等效于表达式 &quot;Y GLOB X&quot;。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="84"/>
        <source>(X,Y) The ifnull() function returns a copy of its first non-NULL argument, or NULL if both arguments are NULL.</source>
        <translation>(X,Y) ifnull() 函数返回第一个非 NULL 的参数的副本，两个参数均为 NULL 则返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="85"/>
        <source>(X,Y) The instr(X,Y) function finds the first occurrence of string Y within string X and returns the number of prior characters plus 1, or 0 if Y is nowhere found within X.</source>
        <translation>(X,Y) instr(X,Y) 函数查找字符串 Y 在字符串 X 中的第一处匹配，返回之前字符数加 1；如果 X 中找不到 Y，则返回 0。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="86"/>
        <source>(X) The hex() function interprets its argument as a BLOB and returns a string which is the upper-case hexadecimal rendering of the content of that blob.</source>
        <translation>(X) hex() 函数将其参数解释为一个 BLOB 并返回一个字符串，该字符串是该 Blob 内容的大写十六进制表现形式。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="87"/>
        <source>(X,Y,Z) The iif(X,Y,Z) function returns the value Y if X is true, and Z otherwise.</source>
        <translation>(X,Y,Z) iif(X,Y,Z) 函数在 X 为真（true）时返回 Y，否则返回 Z。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="88"/>
        <source>() The last_insert_rowid() function returns the ROWID of the last row insert from the database connection which invoked the function.</source>
        <translation>() last_insert_rowid() 函数返回调用该函数的数据库连接所插入的最后一行的 ROWID。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="89"/>
        <source>(X) For a string value X, the length(X) function returns the number of characters (not bytes) in X prior to the first NUL character.</source>
        <translation>(X) 对字符串值 X，length(X) 函数返回 X 的字符数（非字节数）（截至首个 NUL 字符）。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="90"/>
        <source>(X,Y) The like() function is used to implement the &quot;Y LIKE X&quot; expression.</source>
        <translation>(X,Y) like() 函数用于实现&quot;Y LIKE X&quot; 表达式。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="91"/>
        <source>(X,Y,Z) The like() function is used to implement the &quot;Y LIKE X ESCAPE Z&quot; expression.</source>
        <translation>(X,Y,Z) like() 函数用于实现 &quot;Y LIKE X ESCAPE Z&quot; 表达式。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="92"/>
        <source>(X) The load_extension(X) function loads SQLite extensions out of the shared library file named X.
Use of this function must be authorized from Preferences.</source>
        <translation>(X) load_extension(X) 函数从共享库文件 X 加载 SQLite 扩展。
必须在“首选项”中授权使用此功能。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="93"/>
        <source>(X,Y) The load_extension(X) function loads SQLite extensions out of the shared library file named X using the entry point Y.
Use of this function must be authorized from Preferences.</source>
        <translation>(X,Y) load_extension(X) 函数从共享库文件 X 的 入口点 Y 加载 SQLite 扩展。
必须在“首选项”中授权使用此功能。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="94"/>
        <source>(X) The lower(X) function returns a copy of string X with all ASCII characters converted to lower case.</source>
        <translation>(X) lower(X) 函数返回字符串 X 的副本，其中将所有 ASCII 字符转换为小写。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="95"/>
        <source>(X) ltrim(X) removes spaces from the left side of X.</source>
        <translation>(X) ltrim(X) 移除 X 中左侧的空白字符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="96"/>
        <source>(X,Y) The ltrim(X,Y) function returns a string formed by removing any and all characters that appear in Y from the left side of X.</source>
        <translation>(X,Y) ltrim(X,Y) 函数返回一个字符串，该字符串是从 X 中的左侧删除所有 Y 而组成。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="97"/>
        <source>(X,Y,...) The multi-argument max() function returns the argument with the maximum value, or return NULL if any argument is NULL.</source>
        <translation>(X,Y,...) 多参数的 max() 函数返回有最大值的参数，如有任何参数为 NULL 则返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="98"/>
        <source>(X,Y,...) The multi-argument min() function returns the argument with the minimum value.</source>
        <translation>(X,Y,...) 多参数的 min() 函数返回有最小值的参数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="99"/>
        <source>(X,Y) The nullif(X,Y) function returns its first argument if the arguments are different and NULL if the arguments are the same.</source>
        <translation>(X,Y) nullif(X,Y) 函数在传入的两个参数不同时返回首个参数；两个参数相同则返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="100"/>
        <source>(FORMAT,...) The printf(FORMAT,...) SQL function works like the sqlite3_mprintf() C-language function and the printf() function from the standard C library.</source>
        <translation>(FORMAT,...) printf(FORMAT,...) SQL 函数的功效类似 sqlite3_mprintf() C 语言函数和标准 C 语言库中的 printf() 函数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="101"/>
        <source>(X) The quote(X) function returns the text of an SQL literal which is the value of its argument suitable for inclusion into an SQL statement.</source>
        <translation>(X) quote(X) 函数返回一个 SQL 语法的文本形式，适合在各种 SQL 语句中用作参数值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="102"/>
        <source>() The random() function returns a pseudo-random integer between -9223372036854775808 and +9223372036854775807.</source>
        <translation>() random() 函数返回一个伪随机整数，范围在 -9223372036854775808 至 +9223372036854775807 之间。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="103"/>
        <source>(N) The randomblob(N) function return an N-byte blob containing pseudo-random bytes.</source>
        <translation>(N) randomblob(N) 函数返回一个长度为 N 字节的 Blob，包含伪随机的字节。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="104"/>
        <source>(X,Y,Z) The replace(X,Y,Z) function returns a string formed by substituting string Z for every occurrence of string Y in string X.</source>
        <translation>(X,Y,Z) replace(X,Y,Z) 函数返回一个字符串，其中是将字符串 X 中的每个 Y 字符串替换为 Z 字符串。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="105"/>
        <source>(X) The round(X) function returns a floating-point value X rounded to zero digits to the right of the decimal point.</source>
        <translation>(X) round(X) 函数返回一个浮点值，X 被四舍五入为 0 个小数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="106"/>
        <source>(X,Y) The round(X,Y) function returns a floating-point value X rounded to Y digits to the right of the decimal point.</source>
        <translation>(X) round(X) 函数返回一个浮点值，X 被四舍五入为 Y 个小数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="107"/>
        <source>(X) rtrim(X) removes spaces from the right side of X.</source>
        <translation>(X) rtrim(X) 移除 X 中右侧的空白字符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="108"/>
        <source>(X,Y) The rtrim(X,Y) function returns a string formed by removing any and all characters that appear in Y from the right side of X.</source>
        <translation>(X,Y) rtrim(X,Y) 函数返回一个字符串，该字符串是从 X 中的右侧删除所有 Y 而组成。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="109"/>
        <source>(X) The soundex(X) function returns a string that is the soundex encoding of the string X.</source>
        <translation>(X) soundex(X) 函数返回一个字符串，由字符串 X 的 soundex 编码组成。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="110"/>
        <source>(X,Y) substr(X,Y) returns all characters through the end of the string X beginning with the Y-th.</source>
        <translation>(X,Y) substr(X,Y) 函数返回字符串 X 中第 Y 个字符开始的所有字符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="111"/>
        <source>(X,Y,Z) The substr(X,Y,Z) function returns a substring of input string X that begins with the Y-th character and which is Z characters long.</source>
        <translation>(X,Y,Z) substr(X,Y,Z) 函数返回输入字符串 X 中第 Y 个字符开始的 Z 个长字符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="112"/>
        <source>() The total_changes() function returns the number of row changes caused by INSERT, UPDATE or DELETE statements since the current database connection was opened.</source>
        <translation>() total_changes() 函数返回当前数据库连接打开以来 INSERT、UPDATE 或 DELETE 语句更改的行数总计。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="113"/>
        <source>(X) trim(X) removes spaces from both ends of X.</source>
        <translation>(X) trim(X) 移除 X 中左右两侧的空白字符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="114"/>
        <source>(X,Y) The trim(X,Y) function returns a string formed by removing any and all characters that appear in Y from both ends of X.</source>
        <translation>(X,Y) trim(X,Y) 函数返回一个字符串，从 X 的左右两端删除所有 Y 字符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="115"/>
        <source>(X) The typeof(X) function returns a string that indicates the datatype of the expression X.</source>
        <translation>(X) typeof(X) 函数返回一个字符串，表示表达式 X 的数据类型。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="116"/>
        <source>(X) The unicode(X) function returns the numeric unicode code point corresponding to the first character of the string X.</source>
        <translation>(X) unicode(X) 函数字符串 X 的第一个字符所对应的 Unicode 代码点数字。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="117"/>
        <source>(X) The upper(X) function returns a copy of input string X in which all lower-case ASCII characters are converted to their upper-case equivalent.</source>
        <translation>(X) upper(X) 函数返回输入字符串的副本，其中所有小写 ASCII 字符转换为等效的大写字母。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="118"/>
        <source>(N) The zeroblob(N) function returns a BLOB consisting of N bytes of 0x00.</source>
        <translation>(N) zeroblob(N) 函数返回一个 BLOB，由 N 个字节的 0x00 组成。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="120"/>
        <location filename="../SqlUiLexer.cpp" line="121"/>
        <location filename="../SqlUiLexer.cpp" line="122"/>
        <location filename="../SqlUiLexer.cpp" line="123"/>
        <source>(timestring,modifier,modifier,...)</source>
        <translation>(时间字符串,修饰符,修饰符,...)</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="124"/>
        <source>(format,timestring,modifier,modifier,...)</source>
        <translation>(格式,时间字符串,修饰符,修饰符,...)</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="126"/>
        <source>(X) The avg() function returns the average value of all non-NULL X within a group.</source>
        <translation>(X) avg() 函数返回一个组中所有非 NULL 的 X 的平均值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="127"/>
        <source>(X) The count(X) function returns a count of the number of times that X is not NULL in a group.</source>
        <translation>(X) count(X) 函数返回一个组中所有非 NULL 的 X 的数量。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="128"/>
        <source>(X) The group_concat() function returns a string which is the concatenation of all non-NULL values of X.</source>
        <translation>(X) group_concat() 函数返回一个字符串，由 X 的所有非 NULL 值串联而成。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="129"/>
        <source>(X,Y) The group_concat() function returns a string which is the concatenation of all non-NULL values of X. If parameter Y is present then it is used as the separator between instances of X.</source>
        <translation>(X,Y) group_concat() 函数返回一个字符串，由 X 的所有非 NULL 值串联而成。如果提供了 Y，Y 作为串联 X 时的分隔符。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="130"/>
        <source>(X) The max() aggregate function returns the maximum value of all values in the group.</source>
        <translation>(X) max() 聚合函数返回组中所有值的最大值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="131"/>
        <source>(X) The min() aggregate function returns the minimum non-NULL value of all values in the group.</source>
        <translation>(X) min() 聚合函数返回组中所有值的非 NULL 的最小值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="132"/>
        <location filename="../SqlUiLexer.cpp" line="133"/>
        <source>(X) The sum() and total() aggregate functions return sum of all non-NULL values in the group.</source>
        <translation>(X) sum() 和 total() 聚合函数返回组中所有值的非 NULL 值的总计。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="135"/>
        <source>() The number of the row within the current partition. Rows are numbered starting from 1 in the order defined by the ORDER BY clause in the window definition, or in arbitrary order otherwise.</source>
        <translation>() 当前分区内的行数。行数从 1 开始，以 ORDER BY 子句指定的顺序排列（未提供则以任意顺序排列）。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="136"/>
        <source>() The row_number() of the first peer in each group - the rank of the current row with gaps. If there is no ORDER BY clause, then all rows are considered peers and this function always returns 1.</source>
        <translation>() 每组中第一个同级的 row_number() - 当前行的排名（有间隙）。如果没有 ORDER BY 子句，则所有行都被视为同级，并且此函数始终返回 1。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="137"/>
        <source>() The number of the current row&apos;s peer group within its partition - the rank of the current row without gaps. Partitions are numbered starting from 1 in the order defined by the ORDER BY clause in the window definition. If there is no ORDER BY clause, then all rows are considered peers and this function always returns 1. </source>
        <translation>() 当前行所在分区内同级组的编号 - 无间隙的当前行排名。分区按窗口定义中的 ORDER BY 子句的顺序从 1 开始编号。如果没有 ORDER BY 子句，则所有行都被视为同级，并且此函数始终返回 1。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="138"/>
        <source>() Despite the name, this function always returns a value between 0.0 and 1.0 equal to (rank - 1)/(partition-rows - 1), where rank is the value returned by built-in window function rank() and partition-rows is the total number of rows in the partition. If the partition contains only one row, this function returns 0.0. </source>
        <translation>() 尽管名称如此，此函数始终返回介于 0.0 和 1.0 之间的值，等于 (rank - 1)/(partition-rows - 1)，其中 rank 是内置窗口函数 rank() 返回的值，partition-rows 是分区中的总行数。如果分区中只有一行，则此函数返回 0.0。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="139"/>
        <source>() The cumulative distribution. Calculated as row-number/partition-rows, where row-number is the value returned by row_number() for the last peer in the group and partition-rows the number of rows in the partition.</source>
        <translation>() 累积分布。计算方法为 row-number/partition-rows，其中 row-number 是 row_number() 为组中最后一个同级返回的值，partition-rows 是分区中的行数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="140"/>
        <source>(N) Argument N is handled as an integer. This function divides the partition into N groups as evenly as possible and assigns an integer between 1 and N to each group, in the order defined by the ORDER BY clause, or in arbitrary order otherwise. If necessary, larger groups occur first. This function returns the integer value assigned to the group that the current row is a part of.</source>
        <translation>(N) 参数 N 被视为一个整数。此函数将分区尽可能均匀地划分为 N 个组，并按照 ORDER BY 字句定义的顺序（或任意顺序），为每个组分配一个 1 至 N 之间的整数。如不得已，较大的组会先出现。此函数返回分配给当前行的代表所属组的整数值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="141"/>
        <source>(expr) Returns the result of evaluating expression expr against the previous row in the partition. Or, if there is no previous row (because the current row is the first), NULL.</source>
        <translation>(表达式) 返回对分区中上一行的表达式求值结果。如果当前行是第一行，返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="142"/>
        <source>(expr,offset) If the offset argument is provided, then it must be a non-negative integer. In this case the value returned is the result of evaluating expr against the row offset rows before the current row within the partition. If offset is 0, then expr is evaluated against the current row. If there is no row offset rows before the current row, NULL is returned.</source>
        <translation>(表达式,偏移) 如果提供偏移参数，它须是非负数整数。此时返回针对分区中当前行减去行偏移所对应的行来求值表达式的结果。如果偏移为0，则求值当前行。如果当前行之前没有对应偏移的行，返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="143"/>
        <location filename="../SqlUiLexer.cpp" line="146"/>
        <source>(expr,offset,default) If default is also provided, then it is returned instead of NULL if the row identified by offset does not exist.</source>
        <translation>(表达式,偏移,默认值) 如果还提供默认值参数，在偏移所标定的行不存在时，返回默认值而非 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="144"/>
        <source>(expr) Returns the result of evaluating expression expr against the next row in the partition. Or, if there is no next row (because the current row is the last), NULL.</source>
        <translation>(表达式) 返回对分区中下一行的表达式求值结果。如果没有下一行，返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="145"/>
        <source>(expr,offset) If the offset argument is provided, then it must be a non-negative integer. In this case the value returned is the result of evaluating expr against the row offset rows after the current row within the partition. If offset is 0, then expr is evaluated against the current row. If there is no row offset rows after the current row, NULL is returned.</source>
        <translation>(表达式,偏移) 如果提供偏移参数，它须是非负数整数。此时返回针对分区中当前行加上行偏移所对应的行来求值表达式的结果。如果偏移为0，则求值当前行。如果当前行之前没有对应偏移的行，返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="147"/>
        <source>(expr) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the first row in the window frame for each row.</source>
        <translation>(表达式) 此内置窗口函数以与聚合窗口函数相同的方式计算每行的窗口框架。它返回针对每行窗口框架中的第一行计算的表达式的值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="148"/>
        <source>(expr) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the last row in the window frame for each row.</source>
        <translation>(表达式) 此内置窗口函数以与聚合窗口函数相同的方式计算每行的窗口框架。它返回针对每行窗口框架中的最后一行计算的表达式的值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="149"/>
        <source>(expr,N) This built-in window function calculates the window frame for each row in the same way as an aggregate window function. It returns the value of expr evaluated against the row N of the window frame. Rows are numbered within the window frame starting from 1 in the order defined by the ORDER BY clause if one is present, or in arbitrary order otherwise. If there is no Nth row in the partition, then NULL is returned.</source>
        <translation>(表达式,N) 此内置窗口函数以与聚合窗口函数相同的方式计算每行的窗口框架。它返回针对窗口框架中第 N 行计算的表达式的值。如果存在 ORDER BY 子句，则窗口框架中的行按定义的顺序从 1 开始编号，否则按任意顺序编号。如果分区中没有第 N 行，则返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="155"/>
        <source>(X) Return the arccosine of X. The result is in radians.</source>
        <translation>(X) 返回 X 的反余弦。结果以弧度为单位。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="156"/>
        <source>(X) Return the hyperbolic arccosine of X.</source>
        <translation>(X) 返回 X 的反双曲余弦。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="157"/>
        <source>(X) Return the arcsine of X. The result is in radians.</source>
        <translation>(X) 返回 X 的反正弦。结果以弧度为单位。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="158"/>
        <source>(X) Return the hyperbolic arcsine of X.</source>
        <translation>(X) 返回 X 的双曲反正弦值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="159"/>
        <source>(X) Return the arctangent of X. The result is in radians.</source>
        <translation>(X) 返回 X 的反正切值。结果以弧度表示。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="160"/>
        <source>(X,Y) Return the arctangent of Y/X. The result is in radians. The result is placed into correct quadrant depending on the signs of X and Y.</source>
        <translation>(X,Y) 返回 Y/X 的反正切值。结果以弧度表示。根据 X 和 Y 的符号将结果放置在正确的象限中。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="161"/>
        <source>(X) Return the hyperbolic arctangent of X.</source>
        <translation>(X) 返回 X 的双曲反正切值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="162"/>
        <location filename="../SqlUiLexer.cpp" line="163"/>
        <source>(X) Return the first representable integer value greater than or equal to X. For positive values of X, this routine rounds away from zero. For negative values of X, this routine rounds toward zero.</source>
        <translation>(X) 返回大于或等于 X 的第一个可表示的整数值。对于正值 X，此例程向远离零的方向舍入。对于负值 X，此例程向接近零的方向舍入。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="164"/>
        <source>(X) Return the cosine of X. X is in radians.</source>
        <translation>(X) 返回 X 的余弦。X 的单位是弧度。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="165"/>
        <source>(X) Return the hyperbolic cosine of X.</source>
        <translation>(X) 返回 X 的双曲余弦值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="166"/>
        <source>(X) Convert value X from radians into degrees.</source>
        <translation>(X) 将 X 值从弧度转换为度数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="167"/>
        <source>(X) Compute e (Euler&apos;s number, approximately 2.71828182845905) raised to the power X.</source>
        <translation>(X) 计算 e（欧拉数，约为 2.71828182845905）的 X 次幂。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="168"/>
        <source>(X) Return the first representable integer value less than or equal to X. For positive numbers, this function rounds toward zero. For negative numbers, this function rounds away from zero.</source>
        <translation>(X) 返回小于或等于 X 的第一个可表示的整数值。对于正数，此函数向零舍入。对于负数，此函数向远离零的方向舍入。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="169"/>
        <source>(X) Return the natural logarithm of X.</source>
        <translation>(X) 返回 X 的自然对数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="170"/>
        <source>(B,X) Return the base-B logarithm of X.</source>
        <translation>(B,X) 返回 X 的以 B 为底的对数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="171"/>
        <location filename="../SqlUiLexer.cpp" line="172"/>
        <source>(X) Return the base-10 logarithm for X.</source>
        <translation>(X) 返回 X 的以 10 为底的对数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="173"/>
        <source>(X) Return the logarithm base-2 for the number X.</source>
        <translation>(X) 返回数 X 的以 2 为底的对数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="174"/>
        <source>(X,Y) Return the remainder after dividing X by Y.</source>
        <translation>(X,Y) 返回 X 除以 Y 后的余数。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="175"/>
        <source>() Return an approximation for π.</source>
        <translation>() 返回 π 的近似值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="176"/>
        <location filename="../SqlUiLexer.cpp" line="177"/>
        <source>(X,Y) Compute X raised to the power Y.</source>
        <translation>(X,Y) 计算 X 的 Y 次方。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="178"/>
        <source>(X) Convert X from degrees into radians.</source>
        <translation>(X) 将 X 从角度转换为弧度。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="179"/>
        <source>(X) Return the sine of X. X is in radians.</source>
        <translation>(X) 返回 X 的正弦值。X 的单位是弧度。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="180"/>
        <source>(X) Return the hyperbolic sine of X.</source>
        <translation>(X) 返回 X 的双曲正弦值</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="181"/>
        <source>(X) Return the square root of X. NULL is returned if X is negative.</source>
        <translation>(X) 返回 X 的平方根。如果 X 为负数，则返回 NULL。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="182"/>
        <source>(X) Return the tangent of X. X is in radians.</source>
        <translation>(X) 返回 X 的正切值。X 以弧度为单位。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="183"/>
        <source>(X) Return the hyperbolic tangent of X.</source>
        <translation>(X) 返回 X 的双曲正切值。</translation>
    </message>
    <message>
        <location filename="../SqlUiLexer.cpp" line="184"/>
        <source>(X) Return the representable integer in between X and 0 (inclusive) that is furthest away from zero. Or, in other words, return the integer part of X, rounding toward zero.</source>
        <translation>(X) 返回 X 和 0（包括 0）之间最远离 0 的可表示整数。换句话说，返回 X 的整数部分，向零舍入。</translation>
    </message>
</context>
<context>
    <name>SqliteTableModel</name>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="34"/>
        <source>reading rows</source>
        <translation>读取行</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="349"/>
        <source>loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="427"/>
        <source>References %1(%2)
Hold %3Shift and click to jump there</source>
        <translation>引用 %1(%2)
按住 %3Shift 并点击以跳转</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="579"/>
        <source>Error changing data:
%1</source>
        <translation>更改数据库时出错:
%1</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="771"/>
        <source>retrieving list of columns</source>
        <translation>正在检索列的列表</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="998"/>
        <source>Fetching data...</source>
        <translation>正在拉取数据...</translation>
    </message>
    <message>
        <location filename="../sqlitetablemodel.cpp" line="999"/>
        <location filename="../sqlitetablemodel.cpp" line="1001"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../TableBrowser.ui" line="14"/>
        <source>Browse Data</source>
        <translation>浏览数据</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="43"/>
        <source>&amp;Table:</source>
        <translation>表(&amp;T):</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="59"/>
        <source>Select a table to browse data</source>
        <translation>选择一个表以浏览数据</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="62"/>
        <source>Use this list to select a table to be displayed in the database view</source>
        <translation>使用这个列表选择一个要显示在数据库视图中的表</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="178"/>
        <source>This is the database table view. You can do the following actions:
 - Start writing for editing inline the value.
 - Double-click any record to edit its contents in the cell editor window.
 - Alt+Del for deleting the cell content to NULL.
 - Ctrl+&quot; for duplicating the current record.
 - Ctrl+&apos; for copying the value from the cell above.
 - Standard selection and copy/paste operations.</source>
        <translation>这是数据库表视图。你可以进行以下操作：
 - 直接打字以在这里直接编辑。
 - 双击记录以打开单元格编辑窗口。
 - Alt+Del 删除单元格内容，变成NULL。
 - Ctrl+&quot; 重复一份当前记录。
 - Ctrl+&apos; 从上面的单元格拷贝。
 - 标准的复制/粘贴操作。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="254"/>
        <source>Text pattern to find considering the checks in this frame</source>
        <translation>符合这里的选择要查找的文本</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="257"/>
        <source>Find in table</source>
        <translation>在表中查找</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="267"/>
        <source>Find previous match [Shift+F3]</source>
        <translation>查找上一个 [Shift+F3]</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="270"/>
        <source>Find previous match with wrapping</source>
        <translation>按顺序查找上一项</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="277"/>
        <source>Shift+F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="284"/>
        <source>Find next match [Enter, F3]</source>
        <translation>查找下一个 [Enter, F3]</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="287"/>
        <source>Find next match with wrapping</source>
        <translation>循环查找下一个</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="294"/>
        <source>F3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="301"/>
        <source>The found pattern must match in letter case</source>
        <translation>查找结果须是相同的大小写形式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="304"/>
        <source>Case Sensitive</source>
        <translation>大小写敏感</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="311"/>
        <source>The found pattern must be a whole word</source>
        <translation>查找结果需是完整字词而非拆分出的一部分</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="314"/>
        <source>Whole Cell</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="321"/>
        <source>Interpret search pattern as a regular expression</source>
        <translation>查找内容解析为一个正则表达式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="324"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the pattern to find is interpreted as a UNIX regular expression. See &lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Regular Expression in Wikibooks&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;选中时，搜索关键词被视为UNIX正则表达式。参阅&lt;a href=&quot;https://en.wikibooks.org/wiki/Regular_Expressions&quot;&gt;Wikibooks 上对正则表达式的介绍&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="327"/>
        <source>Regular Expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="347"/>
        <location filename="../TableBrowser.ui" line="350"/>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="388"/>
        <source>Text to replace with</source>
        <translation>要替换的文本</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="391"/>
        <source>Replace with</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="401"/>
        <source>Replace next match</source>
        <translation>替换下个匹配的文本</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="404"/>
        <location filename="../TableBrowser.ui" line="1080"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="411"/>
        <source>Replace all matches</source>
        <translation>替换所有匹配</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="414"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="676"/>
        <source>Export to &amp;JSON</source>
        <translation>导出到 &amp;JSON</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="679"/>
        <location filename="../TableBrowser.ui" line="682"/>
        <source>Export the filtered data to JSON</source>
        <translation>导出过滤后数据到 JSON</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="685"/>
        <source>This button exports the data of the browsed table as currently displayed (after filters, display formats and order column) as a JSON file.</source>
        <translation>此按钮是将当前被显示、被浏览的表的数据导出到一个 JSON 文件。数据经过滤器、显示格式和列顺序顺利。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="754"/>
        <source>Copy column name</source>
        <translation>复制列名</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="757"/>
        <source>Copy the database table column name to your clipboard</source>
        <translation>复制数据库表的列名到你的剪贴板</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="826"/>
        <source>New Data Browser</source>
        <translation>新建数据浏览器</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="829"/>
        <location filename="../TableBrowser.ui" line="832"/>
        <source>Add a new docked Data Browser</source>
        <translation>新增一个数据浏览器标签页</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="835"/>
        <source>This button adds a new docked Data Browser, which you can detach and arrange in different layouts.</source>
        <translation>此按钮会添加一个新的数据浏览器标签页，您可以将其分离并置入其他布局。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="454"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Scroll to the beginning&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;滚动到开始&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="457"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates to the beginning in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;点击这个按钮在上面的表视图中导航到最前。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="460"/>
        <source>|&lt;</source>
        <translation>|&lt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="471"/>
        <source>Scroll one page upwards</source>
        <translation>上翻一页</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="474"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates one page of records upwards in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;点击按钮将表中显示的记录向上翻一页。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="477"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="488"/>
        <source>0 - 0 of 0</source>
        <translation>0 - 0 / 0</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="495"/>
        <source>Scroll one page downwards</source>
        <translation>下翻一页</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="498"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates one page of records downwards in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;点击按钮将表中显示的记录向下翻一页。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="501"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="512"/>
        <source>Scroll to the end</source>
        <translation>滚动到结束</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="515"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Clicking this button navigates up to the end in the table view above.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;点击这个按钮在上面的表视图中导航到最后。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="518"/>
        <source>&gt;|</source>
        <translation>&gt;|</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="542"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Click here to jump to the specified record&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;点击这里跳到指定的记录&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="545"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This button is used to navigate to the record number specified in the Go to area.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这个按钮用于导航到在“转到”区域中指定的记录号。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="548"/>
        <source>Go to:</source>
        <translation>转到:</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="555"/>
        <source>Enter record number to browse</source>
        <translation>输入要浏览的记录号</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="558"/>
        <source>Type a record number in this area and click the Go to: button to display the record in the database view</source>
        <translation>在这个区域中输入一个记录号，并点击“转到:”按钮以在数据库视图中显示记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="561"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="573"/>
        <source>Show rowid column</source>
        <translation>显示 rowid 列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="576"/>
        <source>Toggle the visibility of the rowid column</source>
        <translation>切换 rowid 列的可见性</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="584"/>
        <source>Unlock view editing</source>
        <translation>解锁视图编辑</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="587"/>
        <source>This unlocks the current view for editing. However, you will need appropriate triggers for editing.</source>
        <translation>解锁当前视图以编辑。然而，你需要合适的触发器来编辑。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="592"/>
        <source>Edit display format</source>
        <translation>编辑显示格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="595"/>
        <source>Edit the display format of the data in this column</source>
        <translation>编辑列中数据的显示格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="604"/>
        <location filename="../TableBrowser.ui" line="640"/>
        <source>New Record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="607"/>
        <location filename="../TableBrowser.ui" line="610"/>
        <source>Insert a new record in the current table</source>
        <translation>在当前表中插入一条新记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="613"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This button creates a new record in the database. Hold the mouse button to open a pop-up menu of different options:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;New Record&lt;/span&gt;: insert a new record with default values in the database.&lt;/li&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Insert Values...&lt;/span&gt;: open a dialog for entering values before they are inserted in the database. This allows to enter values accomplishing the different constraints. This dialog is also open if the &lt;span style=&quot; font-weight:600;&quot;&gt;New Record&lt;/span&gt; option fails due to these constraints.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此按钮在数据库中创建新记录。按住鼠标按钮以打开菜单选择不同选项：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;新记录&lt;/span&gt;: 用默认值插入一条新记录到数据库中。&lt;/li&gt;&lt;li&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;插入值...&lt;/span&gt;: 打开对话框编辑要插入的值。可以输入满足约束的值。如果 &lt;span style=&quot; font-weight:600;&quot;&gt;新记录&lt;/span&gt; 选项失败，对话框也会打开。&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="622"/>
        <location filename="../TableBrowser.cpp" line="1153"/>
        <source>Delete Record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="625"/>
        <source>Delete the current record</source>
        <translation>删除当前记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="628"/>
        <location filename="../TableBrowser.ui" line="631"/>
        <source>This button deletes the record or records currently selected in the table</source>
        <translation>此按钮删除表里当前选中的记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="643"/>
        <location filename="../TableBrowser.ui" line="646"/>
        <source>Insert new record using default values in browsed table</source>
        <translation>用默认值插入一条新记录到当前浏览的表中</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="651"/>
        <source>Insert Values...</source>
        <translation>插入值...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="654"/>
        <location filename="../TableBrowser.ui" line="657"/>
        <source>Open a dialog for inserting values in a new record</source>
        <translation>打开对话框以插入值到新记录中</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="662"/>
        <source>Export to &amp;CSV</source>
        <translation>导出到 &amp;CSV</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="665"/>
        <location filename="../TableBrowser.ui" line="668"/>
        <source>Export the filtered data to CSV</source>
        <translation>导出当前数据到 CSV</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="671"/>
        <source>This button exports the data of the browsed table as currently displayed (after filters, display formats and order column) as a CSV file.</source>
        <translation>此按钮导出当前浏览、过滤的表的数据 (过滤后，显示格式和列的顺序) 到一个CSV文件。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="690"/>
        <source>Save as &amp;view</source>
        <translation>保存为视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="693"/>
        <location filename="../TableBrowser.ui" line="696"/>
        <source>Save the current filter, sort column and display formats as a view</source>
        <translation>保存当前过滤，列排序和显示格式为视图</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="699"/>
        <source>This button saves the current setting of the browsed table (filters, display formats and order column) as an SQL view that you can later browse or use in SQL statements.</source>
        <translation>此按钮保存当前浏览表格的设置 (过滤，显示格式和列的顺序) 为SQL视图，之后可以再用SQL语句浏览。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="708"/>
        <source>Save Table As...</source>
        <translation>表另存为...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="711"/>
        <location filename="../TableBrowser.ui" line="714"/>
        <source>Save the table as currently displayed</source>
        <translation>按当前显示的样子保存表</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="717"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This pop-up menu provides the following options applying to the currently browsed and filtered table:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Export to CSV: this option exports the data of the browsed table as currently displayed (after filters, display formats and order column) to a CSV file.&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Save as view: this option saves the current setting of the browsed table (filters, display formats and order column) as an SQL view that you can later browse or use in SQL statements.&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此菜单提供以下可应用到当前浏览、过滤的表的选项:&lt;/p&gt;&lt;ul style=&quot;margin-top: 0px; margin-bottom: 0px; margin-left: 0px; margin-right: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;导出到CSV: 导出当前浏览、过滤的表的数据 (过滤后，显示格式和列的顺序) 到一个CSV文件。&lt;/li&gt;&lt;li style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;保存为视图: 此选项保存当前浏览表格的设置 (过滤，显示格式和列的顺序) 为SQL视图，之后可以再用SQL语句浏览。&lt;/li&gt;&lt;/ul&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="722"/>
        <source>Hide column(s)</source>
        <translation>隐藏列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="725"/>
        <source>Hide selected column(s)</source>
        <translation>隐藏选中的列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="730"/>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="733"/>
        <source>Show all columns that were hidden</source>
        <translation>显示所有被隐藏的列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="738"/>
        <location filename="../TableBrowser.cpp" line="1506"/>
        <source>Set encoding</source>
        <translation>设置编码</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="741"/>
        <source>Change the encoding of the text in the table cells</source>
        <translation>更改表单元格中文本的编码</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="746"/>
        <source>Set encoding for all tables</source>
        <translation>设置所有表的编码</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="749"/>
        <source>Change the default encoding assumed for all tables in the database</source>
        <translation>修改数据库中所有表的默认编码</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="766"/>
        <source>Clear Filters</source>
        <translation>清除过滤</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="769"/>
        <source>Clear all filters</source>
        <translation>清除所有过滤</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="772"/>
        <location filename="../TableBrowser.ui" line="775"/>
        <source>This button clears all the filters set in the header input fields for the currently browsed table.</source>
        <translation>此按钮将清除当前浏览表的所有在头部输入区的过滤器。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="784"/>
        <source>Clear Sorting</source>
        <translation>清除排序</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="787"/>
        <source>Reset the order of rows to the default</source>
        <translation>将行的顺序重置为默认</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="790"/>
        <location filename="../TableBrowser.ui" line="793"/>
        <source>This button clears the sorting columns specified for the currently browsed table and returns to the default order.</source>
        <translation>此按钮清除当前浏览的表的列排序，重置为默认值。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="802"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="805"/>
        <source>Print currently browsed table data</source>
        <translation>打印当前浏览表中的数据</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="811"/>
        <source>Print currently browsed table data. Print selection if more than one cell is selected.</source>
        <translation>打印当前正在浏览的表中的数据。如果选中了多于一个的单元格，就打印选中区域。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="814"/>
        <source>Ctrl+P</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="844"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="847"/>
        <source>Refresh the data in the selected table</source>
        <translation>刷新选中表中的数据</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="850"/>
        <source>This button refreshes the data in the currently selected table.</source>
        <translation>这个按钮刷新在当前选择的表中的数据。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="853"/>
        <source>F5</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="868"/>
        <source>Find in cells</source>
        <translatorcomment>缩减文本标签长度</translatorcomment>
        <translation>单元格查找</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="871"/>
        <source>Open the find tool bar which allows you to search for values in the table view below.</source>
        <translation>打开查找工具栏，你可以用它搜索当前表中的数据。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1091"/>
        <source>Freeze columns</source>
        <translation>冻结列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1094"/>
        <source>Make all columns from the first column up to this column not move when scrolling horizontally</source>
        <translation>水平滚动时，第一列至此列的所有列保持不动</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="883"/>
        <location filename="../TableBrowser.ui" line="886"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="889"/>
        <source>Ctrl+B</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="901"/>
        <location filename="../TableBrowser.ui" line="904"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="916"/>
        <location filename="../TableBrowser.ui" line="919"/>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="922"/>
        <source>Ctrl+U</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="934"/>
        <location filename="../TableBrowser.ui" line="937"/>
        <source>Align Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="949"/>
        <location filename="../TableBrowser.ui" line="952"/>
        <source>Align Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="964"/>
        <location filename="../TableBrowser.ui" line="967"/>
        <source>Center Horizontally</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="979"/>
        <location filename="../TableBrowser.ui" line="982"/>
        <source>Justify</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="991"/>
        <location filename="../TableBrowser.ui" line="994"/>
        <source>Edit Conditional Formats...</source>
        <translation>编辑条件格式...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="997"/>
        <source>Edit conditional formats for the current column</source>
        <translation>为当前列设置条件格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1006"/>
        <source>Clear Format</source>
        <translation>清除格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1009"/>
        <source>Clear All Formats</source>
        <translation>清除全部格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1012"/>
        <location filename="../TableBrowser.ui" line="1015"/>
        <source>Clear all cell formatting from selected cells and all conditional formats from selected columns</source>
        <translation>清除当前选择的单元格的格式和当前选择的列的条件格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1024"/>
        <location filename="../TableBrowser.ui" line="1027"/>
        <source>Font Color</source>
        <translation>字体颜色</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1036"/>
        <location filename="../TableBrowser.ui" line="1039"/>
        <source>Background Color</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1051"/>
        <source>Toggle Format Toolbar</source>
        <translatorcomment>缩减文本标签长度，不失语义</translatorcomment>
        <translation>格式工具栏</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1054"/>
        <source>Show/hide format toolbar</source>
        <translation>显示或隐藏格式工具栏</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1057"/>
        <location filename="../TableBrowser.ui" line="1060"/>
        <source>This button shows or hides the formatting toolbar of the Data Browser</source>
        <translation>此按钮显示或隐藏浏览数据窗口的格式工具栏</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1065"/>
        <source>Select column</source>
        <translation>选择列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1068"/>
        <source>Ctrl+Space</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.ui" line="1083"/>
        <source>Replace text in cells</source>
        <translation>在单元格中替换</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="43"/>
        <source>Filter in any column</source>
        <translation>过滤任何列</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="113"/>
        <source>Ctrl+R</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../TableBrowser.cpp" line="517"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../TableBrowser.cpp" line="519"/>
        <source>, %n column(s)</source>
        <translation>
            <numerusform>, %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="532"/>
        <source>. Sum: %1; Average: %2; Min: %3; Max: %4</source>
        <translatorcomment>. 求和: %1; 平均值: %2; 最小值: %3; 最大值: %4</translatorcomment>
        <translation>. Sum: %1; Average: %2; Min: %3; Max: %4</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="683"/>
        <source>Conditional formats for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 的条件格式</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="766"/>
        <source>determining row count...</source>
        <translation>正在决定行数...</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="769"/>
        <source>%L1 - %L2 of &gt;= %L3</source>
        <translation>%L1 - %L2 / 至少 %L3</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="772"/>
        <source>%L1 - %L2 of %L3</source>
        <translation>%L1 - %L2 / %L3</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="774"/>
        <source> (clipped at %L1 rows)</source>
        <translation> (%L1 行的一部分)</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1026"/>
        <source>Please enter a pseudo-primary key in order to enable editing on this view. This should be the name of a unique column in the view.</source>
        <translation>请输入一个伪主键以在当前视图启用编辑。这需要是视图中的一个满足唯一性的列的名字。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1151"/>
        <source>Delete Records</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1289"/>
        <source>Duplicate records</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1289"/>
        <source>Duplicate record</source>
        <translation>重复的记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1293"/>
        <source>Ctrl+&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1312"/>
        <source>Adjust rows to contents</source>
        <translation>按内容调整行高</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1376"/>
        <source>Error deleting record:
%1</source>
        <translation>删除记录时出错:
%1</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1381"/>
        <source>Please select a record first</source>
        <translation>请首先选择一条记录</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1502"/>
        <source>Please choose a new encoding for all tables.</source>
        <translation>请为所有表选择新的编码。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1504"/>
        <source>Please choose a new encoding for this table.</source>
        <translation>请为此表选择新的编码。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1507"/>
        <source>%1
Leave the field empty for using the database encoding.</source>
        <translation>%1
留空此字段以使用数据库默认编码。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1519"/>
        <source>This encoding is either not valid or not supported.</source>
        <translation>这种编码非法或者不支持。</translation>
    </message>
    <message>
        <location filename="../TableBrowser.cpp" line="1709"/>
        <source>%1 replacement(s) made.</source>
        <translation>进行了 %1 次替换。</translation>
    </message>
</context>
<context>
    <name>TableBrowserDock</name>
    <message>
        <location filename="../TableBrowserDock.cpp" line="72"/>
        <source>New Data Browser</source>
        <translation>新建数据浏览器</translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="76"/>
        <source>Rename Data Browser</source>
        <translation>更名数据浏览器</translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="82"/>
        <source>Close Data Browser</source>
        <translation>关闭数据浏览器</translation>
    </message>
    <message>
        <location filename="../TableBrowserDock.cpp" line="99"/>
        <source>Set a new name for the data browser. Use the &apos;&amp;&amp;&apos; character to allow using the following character as a keyboard shortcut.</source>
        <translation>设定数据浏览器的新名称。被“&amp;&amp;”标记的字符可作为键盘快捷键的字符。</translation>
    </message>
</context>
<context>
    <name>VacuumDialog</name>
    <message>
        <location filename="../VacuumDialog.ui" line="14"/>
        <source>Compact Database</source>
        <translation>压缩数据库</translation>
    </message>
    <message>
        <location filename="../VacuumDialog.ui" line="26"/>
        <source>Warning: Compacting the database will commit all of your changes.</source>
        <translation>警告: 压缩数据库会提交你的所有修改。</translation>
    </message>
    <message>
        <location filename="../VacuumDialog.ui" line="39"/>
        <source>Please select the databases to co&amp;mpact:</source>
        <translation>请选择要压缩的数据库(&amp;M)：</translation>
    </message>
</context>
</TS>
