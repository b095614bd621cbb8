<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>音频/视频</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>默认分辨率</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>选择区域</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>屏幕 %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>音频设置</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>播放设备</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>音频捕获设备</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>视频设置</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>视频设备</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>设置摄像头分辨率。
此值越高，您的好友看到的视频质量就越好。
请注意，更好的视频质量需要更好的网络连接来承载。
有时您的网络连接并不足以承载如此高的视频质量，
从而导致视频通话问题。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>重新扫描设备</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>测试音频</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>音频质量</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>高 (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>中 (32kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>低 (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>极低 (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>拖动滑块调整音量.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>传输的音频质量。如果带宽不够高或想要减少带宽使用，请降低此设置。</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>设置相机的分辨率。
值越高，您的朋友可能获得的视频质量越好。
请注意，随着视频质量的提高，您使用更多的带宽。
有时，您的连接可能不足以处理更高的视频质量，
这可能会导致视频通话出现问题。</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>在更改输出音量的同时播放测试声音。</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>使用滑块设置输入设备的增益范围为 %1dB 到 %2dB。</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>使用滑块设置输入设备的激活音量。</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>原作者：%1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>正在使用 qTox 版本 %1。</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>此版本哈希值： %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore 版本：%1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt 版本：%1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>所有已知问题的列表可以在 GitHub 上我们的 %1 里找到。如果您发现 qTox 的错误或者安全漏洞，请根据我们的维基文章 %2 提交报告。</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>单击这里提交错误报告。</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>在 Github 上查看 %1 完整列表</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>bug 跟踪器</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>编写有用的错误报告</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>贡献者</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>对话框</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>状态消息</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>已用的别名：</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>曾用的别名</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>如果设置则自动接收来自联系人的文件</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>默认文件保存目录：</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>音视频</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>如果设置此项则自动接受来自该联系人的群聊邀请。</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>删除历史记录（操作无法撤消！）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>关于该联系人附注信息的输入框</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>已删除历史记录</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这是您朋友的公钥，使用它通过其它渠道来验证朋友的身份。您不能将该密钥发送给其他人以使他们可以添加该朋友为联系人。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>公钥（不是 ToxID）：</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>证实</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>您确定要移除与 %1 的聊天记录吗？</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>移除与 %1 的聊天记录失败！</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>自动接受文件</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>此联系人的自动接受已禁用</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>自动接受呼叫：</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>自动接受组邀请</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>您可以在此处保存有关此联系人的注释。</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>选择一个自动接受目录</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>已知问题</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>打开下载更新的链接</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>有更新可用</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox 已经是最新的 ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>当前正在运行未测试/不稳定的 qTox 版本</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>发送好友请求</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>好友请求</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>无法添加好友</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>无效的 Tox ID 格式</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>输入好友的 Tox ID</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>好友请求消息</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>输入消息后随好友请求一起发送或者留空以发送默认消息</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>您不能添加自己为好友！</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>打开联系人列表</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>无法打开该联系人列表文件</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>文件无效</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>该文件中找不到可导入的联系人信息！</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>好友验证消息</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>发送好友邀请</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>我是 %1！我们用 Tox 聊天吧？</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>导入联系人列表，每行一个 Tox ID</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>准备好导入 %n 位联系人，单击“发送”以确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox ID，76 个十六进制字符</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox ID 无效</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 个十六进制字符</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>除非您 %1 知道自己在做什么，否则请 %2 改变这里的任何设置。此处所做的更改可能导致 qTox 出现问题，甚至导致数据丢失，比如聊天历史记录丢失。%3</translation>
    </message>
    <message>
        <source>really</source>
        <translation>真的</translation>
    </message>
    <message>
        <source>not</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>重要注意事项</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>此处的更改在重启 qTox 后才会生效。</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>所有的设置将被重置为默认值。您确定吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>日志 (*.log)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>保存设置到工作目录而不是通常的配置文件目录</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>使 Tox 可移动化</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>可移动</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>启用 IPv6 （推荐）</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>启用 UDP（推荐）</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>代理类型：</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>代理地址：</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>端口：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <translation>调试</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>导出调试日志</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>复制调试日志</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>启用局域网发现</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>禁用这些会允许，例如 Tor 协议上的 Tox。它会增加 Tox 网络负担，因此只有在必要时才取消选中。</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Tox URI 解析</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>开始一个新的实例并加载指定的配置文件。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>用户配置文件</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>开启一个新进程并打开登录界面。</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>设置 IPv6 &lt;开&gt;/&lt;关&gt;。 默认为开。</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>开/关</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>设置 UDP &lt;开&gt;/&lt;关&gt;。 默认为开。</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>设置局域网发现 &lt;开&gt;/&lt;关&gt;。 UDP 关 重写。 默认为开。</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>设置代理设置。默认值为 NONE。</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/NONE):(地址):(端口)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">错误</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>无法自动加载配置文件。</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox 无法打开 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>无法打开临时文件</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translation>qTox 无法保存截图</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>通话时长： </translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>这不是个好主意</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>您正在尝试发送顺序文件，这不起作用！</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>文件名包含非法字符</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>非法字符已更改为 _ 
因此，您可以在 Windows 上保存该文件。</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>无法开始语音通话</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>开始语音通话</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>结束语音通话</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>取消语音通话</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>接听语音通话</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>无法开始视频通话</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>开始视频通话</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>结束视频通话</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>取消视频通话</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>接听视频通话</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>只有在通话过程中才能执行禁用声音操作</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>取消通话静音</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>静音通话</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>只有在通话过程中才能执行麦克风静音操作</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>取消静音麦克风</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>静音麦克风</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>在这里输入将要发送的消息...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 正在输入</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>重命名圈子</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>删除圈子</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>全部在新窗口中打开</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me 提供了好友关系,“%1”</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>群聊 %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>无效的 Tox ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>你需要随请求撰写一条消息</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>你的消息太长了！</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>已添加好友</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>所有扩展都受支持</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>没有扩展受支持</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>并非所有扩展都受支持</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>多部分消息： </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translation>表单</translation>
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
        <translation>文件名</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>正在等待发送...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>同意接收此文件</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>目录无法写入</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>您没有写入此目录的权限。请选择其它目录或取消。</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>正在恢复...</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>打开文件目录</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>暂停传输</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>取消传输</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>恢复传输</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>接受传输</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>远程暂停</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>传输的文件</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近七天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>6 个月以上</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>邀请加入群组</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>在新窗口打开</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>添加备注名...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>自动接收此好友发送的文件</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>选择默认接收目录</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>从此窗口中移除聊天</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>到新建群组</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>邀请进入群聊 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>移动到圈子...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>到新建圈子</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>从圈子 &apos;%1&apos; 中移除</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>移动到圈子“%1”</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>删除好友</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>阻止</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>选择默认接收目录</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>通用设置</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>翻译将在qTox重启后生效。</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>启动到托盘</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>关闭到托盘</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>最小化到托盘</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>开机自动启动 qTox（当前账户）。</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>显示联系人状态变化</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>超过此时间自动离开（0 为禁用）：</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>设为 0 禁用</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>使用亮色的托盘图标。</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox 将在启动时最小化到系统托盘。</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>开机自动启动</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>设置文件保存位置。</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>您的状态将在给定的无活动分钟数后被修改为离开。</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>默认文件保存目录：</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>显示系统托盘图标</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>使用亮色图标</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>自动同意接收文件</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>拼写检查</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>自动接收的最大文件尺寸（0 为禁用）：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>按下最小化（_）后 qTox 将最小化到托盘，
而不是系统任务栏。</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>按下关闭 （X） 后 qTox 将关闭到托盘，
而不是完全关闭。</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>您可以通过右键单击单个朋友来为每个朋友设置此设置。</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation>当用户加入或离开一个群组时，添加一则聊天消息</translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>表情</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>发送屏幕截图</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>保存聊天记录</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>清屏</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>引用选中的文本</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>复制链接地址</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>在文本中搜索</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>转到当前日期</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>加载聊天历史记录...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>是否确实要清除所有显示的消息？</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n 位用户正在聊天</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>取消静音</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>创建聊天群组</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>群组邀请</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>%1 于 %2 %3 邀请。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Remove chat from this window</source>
        <translation>从这个窗口中删除会话</translation>
    </message>
    <message>
        <source>Set title...</source>
        <translation>设置名称...</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>退出群组</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>在新窗口打开会话</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n 位用户正在聊天</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Tox ID</source>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>您的 Tox ID (点击复制)</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>登出</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>删除密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>导出您的 Tox 配置文件到一个独立文件。
配置文件不包含您的历史记录。</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Public Information</source>
        <translation>公开信息</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>此二维码包含您的 Tox ID 。您可以将它分享给朋友们。</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>重命名账户。</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>删除帐户。</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>返回到登录屏幕</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>从您的配置文件移除您的密码和加密。</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>输入名字</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>名字对联系人可见</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>输入状态消息</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>状态消息对联系人可见</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>您的 Tox ID</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>将二维码图片保存为文件</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>复制二维码图片到剪贴板</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>重命名账户。</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>删除账户。</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出账户</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>从个人档案中移除密码</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>更改个人资料密码</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>我的名字：</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>我的状态：</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>此 ID 允许其他 Tox 用户添加和联系您。
与您的朋友分享以开始聊天。</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>加载历史对话框</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation>从以下位置加载历史记录：</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>确认：</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>密码长度：%p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>创建配置</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>自动加载</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>加载配置</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>无法创建新的配置</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>密码长度至少为6。</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>该配置已经存在。</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>不能自动加载密码保护的配置。</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>无法加载配置</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>没有选中的配置。

您也许想要创建一个配置。</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>无法加载这个配置</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>该配置正在使用。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>如果账户没有密码，qTox 可以跳过登录界面</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>用户名输入框</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>密码输入框，您可以留空（无密码），或者输入至少 6 位字符</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>密码确认框</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>创建一个新的个人档案按钮</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>帐户列表</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>所有个人档案的列表</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>密码输入</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>自动加载选项选择框</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入用户档案</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>导入选择的个人档案按钮</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>新档案创建页面</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>正在加载现有的个人档案页面</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>您输入的密码是不同的。
请确保输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>您的状态</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>创建聊天群组</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>查看已完成的文件传输</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开个人档案</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>点击后打开个人档案页面</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>输入状态消息</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>设置您要展示给他人的个人状态消息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>设置个人状态</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>搜索已知好友的联系人搜索输入框</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>排序和可见性</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>设置好友排序和可见状态</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>打开添加好友页面</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>打开群聊管理页面</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>文件传输历史记录</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>打开文件传输历史记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>可执行文件</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>你请求 qTox 打开一个可执行文件。可执行文件可能会破坏您的计算机。确定要打开此文件吗？</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox 视频</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>切换视频预览</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>对视频静音</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>对麦克风静音</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>结束视频通话</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>隐藏消息</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>显示消息</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>查看</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>移动全部到最上层</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>进入全屏模式</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>未读消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>新群组消息</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>传入文件传输</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - 文件传输</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>收到了群组邀请</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 邀请您加入群组。</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>收到了好友请求</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>从 %1 收到的加好友请求</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>大写锁定已启用</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>您想要永久删除所有的聊天记录吗？</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>您正在输入消息时好友会看到提示。</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>聊天记录的保存仍然在开发中。
保存格式未来可能更改，因此可能发生数据丢失。</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>发送正在输入通知</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>保存聊天历史记录</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam 是您的 Tox ID 一部分。
如果您被垃圾好友请求骚扰，您应该改变您的 NoSpam。
他人将无法使用旧 ID 添加您，但会保留您当前已添加的好友。</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam 混淆码</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam 混淆码是您的 Tox ID 中可以随意改变的一部分。
如果您收到骚扰的好友请求，那就改变您的 NoSpam 混淆码。</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>生成随机 NoSpam 混淆码</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>按群组成员的公钥过滤群组消息。在这里放置公钥，每行一个。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>从密码获取密钥失败，该帐户将不会使用新的密码。</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>使用 qTox 与他人交流</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>无法更改数据库密码，它可能已损坏或使用旧密码。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translation>选择头像</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>提供的图片太大了。
请使用另一个图片。</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>您确定要删除这个用户配置文件吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>保存二维码图片 (* .png)</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>没有可以删除的东西</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>您的账户没有设置密码 ！</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation>当前账户： </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>无法打开该文件 %s。</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>无法读取此图像。</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>无法重命名该账户为“%1”</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>目录无法写入</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>无法删除文件！</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>设置账户密码</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>当前账户的位置: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>无法修改密码</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>空路径不可用</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>重命名失败</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>帐户已存在</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为&quot;%1&quot;的帐户已存在。</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>空名称</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>空名称无效</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>空路径</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出用户档案</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Tox 存档文件 (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>无法删除下列文件：</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>请手动删除它们。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>您没有写入该位置的权限。选择另一个，或取消“保存”对话框。</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>保存文件失败</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>无法保存您选择的文件。</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>空路径不可用。</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>无法更改数据库密码，它可能已损坏或使用旧密码。</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Tox 用户名不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>删除密码</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>是否确实要删除密码？</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>此 ID 允许其他 Tox 用户添加和联系您。
与您的朋友分享以开始聊天。

此 ID 包括 NoSpam 代码（蓝色）和校验和（灰色）。</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>导入用户配置文件</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>警告：您选择的文件不是 Tox 档案文件；忽略。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>一个叫“%1”的用户配置文件已经存在，您想要擦除它吗？</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Tox 存档文件 (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>忽略非 Tox 的文件</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>账户已存在</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>账户不存在</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>已导入用户配置文件</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox 已成功导入</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
        <translation>无法添加好友</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>您不能加自己为好友！</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 不是有效的 Tox 地址。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>橄榄绿</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>来电...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>我是 %1！我们使用 Tox 聊天吧？</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox 无法打开您的聊天记录，将会禁用它们。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>暗色</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>深蓝</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>橄榄绿</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>暗红</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>紫罗兰</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>在线</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>离开</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>离线</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>重新格式化文本...</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>来自 %2 聊天室的 %1 消息</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>来自 %2 的 %1 消息</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>协商</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>文件 “%1” 发送失败</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation>%1 加入了群组</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>%1 离开了群</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 现在叫 %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 已将标题设置为 %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>与 %1 的通话意外中断。%2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>与 %1 的通话结束. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 现在是 %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>正在呼叫 %1</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 呼叫中</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>消息发送失败</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation>远程暂停</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation>你已加入该群</translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation>你已离开该群</translation>
    </message>
    <message>
        <source>Failed to load chat history</source>
        <translation>无法加载聊天记录</translation>
    </message>
    <message>
        <source>Database version (%1) is newer than we currently support (%2). Please upgrade qTox.</source>
        <translation>数据库版本 (%1) 比我们当前支持的 (%2) 更新。请升级 qTox 。</translation>
    </message>
</context>
<context>
    <name>RemoveChatDialog</name>
    <message>
        <source>Remove friend</source>
        <translation>删除好友</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>如果设置，则删除与该好友的所有聊天历史记录</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>同样删除聊天历史记录</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>你确定想要从联系人名单中删除 %1 吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>单击并拖动以选择一个区域。按 %1 以隐藏/显示 qTox 窗口，或 %2 来取消。</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>空格</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>ESC</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>按 %1 键发送所选区域的屏幕截图，%2 键以隐藏/显示 qTox 窗口，或 %3 键取消屏幕截图。</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>[Enter] key on the keyboard</comment>
        <translation>回车</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>The text could not be found.</source>
        <translation>无法找到文本。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>开始搜索：</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>从结尾</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>从开头</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>日期之后</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>日期之前</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>仅完整的词</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>使用正则表达式</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation>选择日期对话框</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>确认：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>密码长度：%p%</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>密码不匹配。</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>确认密码输入框</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>密码输入</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>密码输入框，最小长度为 6 个字符</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>密码太短。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>圈子 # %1</translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation>未能加载个人设置</translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation>无法将设置从版本 %1 升级到版本 %2。无法启动 qTox。</translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation>加载全局设置失败</translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>您想加 %1 为好友吗？</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>好友请求消息：</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>用户界面</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>基础字体：</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>尺寸： </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>qTox 重新启动之前可能不会加载新的文本样式设置。</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>文本样式格式：</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>选择文本样式首选项。</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>显示格式字符</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>不显示格式字符</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>收到新消息并且没有打开的窗口时打开窗口。</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>打开窗口</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>联系人列表</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>将群聊置顶</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>您的联系人列表将以紧缩格式显示。</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>紧凑联系人列表</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>多窗口模式</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>在单独的窗口中打开每个会话</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>表情</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>使用表情</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>表情大小：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>风格:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>主题颜色：</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>时间戳格式：</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>日期格式：</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>使用 identicons 代替空的头像</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>当窗口没有激活时如果收到新消息就显示提醒。</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>群聊消息只有在被提到时才通知</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>播放声音</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>忙碌状态时仍播放提示音</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>通过桌面提醒来通知</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>隐藏消息发件人和内容</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>在群组聊天中使用彩色昵称</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>仅在提到时通知群组聊天中新消息。</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>如果选中，群组聊天将放在好友列表的顶部，否则，它们将放在在线好友的下面。</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>如果启用，每个没有头像的联系人都将根据其 Tox ID 生成图标而不是默认图片。需要重新启动才能应用。</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>笑脸包：</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>离开</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>登出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>群聊 #%1</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>创建新群聊...</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>添加新圈子...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>按活动日期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>筛选...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>群组邀请</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>文件传输</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>设置</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>Toxcore 无法启动，应用程序将在您关闭此消息后终止。</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>Toxcore 无法使用代理设置启动。qTox 不能运行；请修改设置并重新启动。</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>无法发送好友请求</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n 个新加好友请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n 个新群组邀请</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>退出</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>编辑配置文件</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>添加联系人...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>上一个对话</translation>
    </message>
</context>
</TS>
