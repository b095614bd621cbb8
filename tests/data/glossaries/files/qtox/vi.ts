<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en_US">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>Âm thanh/Video</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>Độ phân giải mặc định</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Chọn vùng</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Màn hình %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Cài đặt âm thanh</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Tăng âm lượng</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Thiết bị phát</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Thiết bị thu âm</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Cài đặt Video</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>CAMERA</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Đặt độ phân giải của máy ảnh của bạn.
Giá trị cao hơn, chất lượng video tốt hơn mà bạn bè của bạn có thể nhận được.
Lưu ý rằng với chất lượng video tốt hơn thì cần có kết nối internet tốt hơn.
Đôi khi kết nối của bạn có thể không đủ tốt để xử lý chất lượng video cao hơn,
có thể dẫn đến sự cố với cuộc gọi điện video.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Quét lại thiết bị</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Thử âm</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Chất lượng âm thanh</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Cao (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Trung bình (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Thấp (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Rất thấp (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ngưỡng âm</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Sử dụng thanh trượt để đặt âm lượng.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Chất lượng âm thanh truyền đi. Giảm cài đặt này xuống nếu băng thông của bạn không đủ cao hoặc nếu bạn muốn giảm mức sử dụng băng thông.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Đặt độ phân giải của máy ảnh của bạn.
Giá trị cao hơn, chất lượng video tốt hơn mà bạn bè của bạn có thể nhận được.
Lưu ý rằng với chất lượng video tốt hơn thì cần có kết nối internet tốt hơn.
Đôi khi kết nối của bạn có thể không đủ tốt để xử lý chất lượng video cao hơn,
có thể dẫn đến sự cố với cuộc gọi điện video.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Phát một âm thanh để kiểm tra trong khi thay đổi âm lượng đầu ra.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Sử dụng thanh trượt để đặt mức tăng của thiết bị đầu vào trong khoảng từ %1dB đến %2dB.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Sử dụng thanh trượt để đặt ngưỡng kích hoạt âm lượng cho thiết bị đầu vào của bạn.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Bạn đang dùng qTox phiên bản %1.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Commit hash: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>Phiên bản toxcore: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Phiên bản Qt: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>Bạn có thể tìm thấy danh sách tất cả các vấn đề đã biết tại %1 của chúng tôi tại Github. Nếu bạn phát hiện ra lỗi hoặc lỗ hổng bảo mật trong qTox, vui lòng báo cáo lỗi đó theo hướng dẫn trong bài viết %2 wiki của chúng tôi.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Bấm vào đây để báo cáo lỗi.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Xem danh sách %1 đầy đủ trên Github</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>theo dõi lỗi</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>Viết báo cáo lỗi</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>đóng góp</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Hộp thoại</translation>
    </message>
    <message>
        <source>username</source>
        <translation>tên tài khoản</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>dòng trạng thái</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Bí danh đã sử dụng:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>LỊCH SỬ BÍ DANH</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Tự động chấp nhận các tệp từ người khác nếu được đặt</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Thư mục mặc định để lưu tệp:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Âm thanh + Video</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Tự động chấp nhận lời mời trò chuyện nhóm từ liên hệ này nếu được đặt.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Xóa lịch sử (không thể hoàn tác!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Nhập ghi chú về liên hệ này</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Lịch sử đã bị xóa</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Đây là khóa công khai của bạn bè bạn, hãy sử dụng nó để xác minh danh tính của họ qua một kênh khác. Bạn không thể gửi thông tin này cho người khác để họ có thể thêm liên hệ này.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Khóa công khai (không phải ToxID):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Bạn có chắc sẽ xóa %1 lịch sử chat?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Không xóa được lịch sử trò chuyện với %1!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Tự động chấp nhận tệp</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>Tự động chấp nhận cho liên hệ này bị tắt</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Tự động chấp nhận cuộc gọi:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Tự động chấp nhận lời mời nhóm</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Bạn có thể lưu ý kiến về liên hệ này tại đây.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Chọn một thư mục tự động chấp nhận</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Các vấn đề đã biết</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Mở liên kết tải xuống bản cập nhật</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Có phiên bản mới</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox đang ở bản mới nhất ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>Hiện đang chạy phiên bản qTox chưa được kiểm tra/không ổn định</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>Thêm bạn</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Định dạng Tox ID không hợp lệ</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Gửi lời mời kết bạn</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Thêm bạn</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Lời mời kết bạn</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Không thể thêm bạn</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Nhập Tox ID của bạn bè của bạn</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Nội dung lời mời kết bạn</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Nhập tin nhắn để gửi cùng với yêu cầu kết bạn hoặc để trống để gửi tin nhắn mặc định</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Bạn không thể thêm chính mình!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Mở danh sách liên lạc</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Không thể mở tệp</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Không thể mở tệp liên lạc</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Tệp không hợp lệ</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Chúng tôi không thể tìm thấy bất kỳ địa chỉ liên hệ nào để tải lên từ tệp này!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Gửi lời mời kết bạn</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>%1 đây! Có thể Tox cho tôi?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Tải lên danh sách các địa chỉ liên hệ, một Tox ID trên mỗi dòng</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>Sẵn sàng tải lên %n địa chỉ liên hệ, nhấp vào gửi để xác nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Tải lên liên hệ</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox ID, 76 ký tự thập lục phân (HEX)</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox ID không hợp lệ</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 ký tự thập lục phân (HEX)</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>really</source>
        <translation>thực sự</translation>
    </message>
    <message>
        <source>not</source>
        <translation>đừng</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>GHI CHÚ QUAN TRỌNG</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Đặt lại thiết lập</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Tất cả thiết lập sẽ được đưa về mặc định. Bạn chắc chứ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Nhật ký (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>Trừ khi bạn %1 biết bạn đang làm gì, hãy %2 thay đổi bất kỳ điều gì ở đây. Những thay đổi được thực hiện ở đây có thể dẫn đến sự cố với qTox và thậm chí làm mất dữ liệu của bạn, ví dụ: lịch sử.%3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>Các thay đổi ở đây chỉ được áp dụng sau khi khởi động lại qTox.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Lưu tệp</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Lưu cài đặt vào thư mục cá nhân thay vì lưu trữ thông thường (conf dir)</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Làm Tox portable</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Đặt lại về cài đặt mặc định</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>Bật IPv6 (khuyên dùng)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>Bật UDP (khuyên dùng)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Loại Proxy:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>Giao thức SOCKS5</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Gỡ lỗi</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Xuất ra nhật ký gỡ lỗi</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Sao chép nhật ký gỡ lỗi</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Bật LAN discovery</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Cài đặt kết nối</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Vô hiệu hóa quyền này, ví dụ: Tox qua Tor. Tuy nhiên, nó sẽ tải lên vào mạng Tox, vì vậy chỉ bỏ chọn khi cần thiết.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>Tox URI để phân tích cú pháp</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Chạy mới và tải hồ sơ đã chọn.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Chạy mới và vào màn hình đăng nhập.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Đặt IPv6 &lt;bật&gt; / &lt;tắt&gt;. Mặc định là BẬT.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>bật/tắt</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Đặt UDP &lt;bật&gt; / &lt;tắt&gt;. Mặc định là BẬT.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>Đặt LAN discovery &lt;bật&gt; / &lt;tắt&gt;. Ghi đè tắt UDP. Mặc định là BẬT.</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>Đặt cài đặt proxy. Mặc định là KHÔNG.</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Không thể tải hồ sơ tự động.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Gửi một tệp</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox không thể mở %1</translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Không thể mở</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Không nên</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Không mở được tệp tạm thời</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translatorcomment>laut Duden ist Screenshot schon deutsch</translatorcomment>
        <translation>qTox không thể lưu ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Thời lượng cuộc gọi: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Bạn đang cố gắng gửi một tệp tuần tự, tệp này sẽ không hoạt động!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>Tên tệp chứa các ký tự không hợp lệ</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Các ký tự không hợp lệ đã được đổi thành _ 
để bạn có thể lưu tệp trên Windows.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Không thể bắt đầu cuộc gọi</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Bắt đầu cuộc gọi</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Kết thúc cuộc gọi</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Dừng cuộc gọi</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Chấp nhận cuộc gọi</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Không thể bắt đầu cuộc gọi</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Bắt đầu gọi video</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Kết thúc gọi video</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Dừng gọi video</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Chấp nhận cuộc gọi video</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>Chỉ có thể tắt âm thanh trong khi gọi</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Bật tiếng cuộc gọi</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Tắt tiếng cuộc gọi</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>Chỉ có thể tắt tiếng micrô trong khi gọi</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Bật tiếng micrô</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Bật tiếng micrô</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Gõ tin nhắn của bạn ở đây...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 đang nhập</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Đổi tên kết nối</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Gỡ kết nối</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Mở tất cả ở cửa sổ mới</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/tôi yêu cầu bạn bè, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Nhómchat %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Tox ID không hợp lệ</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>Bạn cần viết một tin nhắn với yêu cầu của bạn</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>Tin nhắn quá dài!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Bạn bè đã được thêm rồi</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Tất cả các tiện ích mở rộng được hỗ trợ</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Không có tiện ích mở rộng nào được hỗ trợ</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Không phải tất cả các tiện ích mở rộng đều được hỗ trợ</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Tin nhắn dài: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Filename</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Đang gửi...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Chấp nhận tệp tin đến</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Vị trí không thể ghi</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Bạn không được phép ghi đè vào vị trí đó. Chọn cái khác hoặc hủy hộp thoại lưu.</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Đang tiếp tục...</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Hủy gửi</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Dừng gửi</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Tiếp tục gửi đi</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Chấp nhận gửi</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Lưu một tệp</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Tạm dừng remote</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Tải lên</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Tệp đã gửi</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày trước</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>6 tháng trước</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Mời vào nhóm</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Đưa đến kết nối...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Đến kết nối mới</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Xóa khỏi kết nối &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Mở trò chuyện trong cửa sổ mới</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Xóa trò chuyện khỏi cửa sổ này</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Đến nhóm mới</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>Mời vào nhóm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>Đặt bí danh...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Tự động chấp nhận tệp từ người bạn này</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Hiện chi tiết</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Chọn một thư mục tự động chấp nhận</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Bận</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>Di chuyển đến kết nối &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Gỡ bỏ bạn bè</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Đã chặn</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Thương lượng</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Chọn một thư mục tự động chấp nhận</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Cài đặt chung</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>Bản dịch có thể không tải cho đến khi qTox khởi động lại.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Hiển thị biểu tượng ở khay hệ thống</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Bật biểu tượng đèn.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Biểu tượng nhỏ</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>qTox sẽ bắt đầu thu nhỏ trong khay.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Khởi động trong khay</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Đóng vào khay hệ thống</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Thu nhỏ vào khay hệ thống</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Tự động khởi động</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Chọn nơi các tệp sẽ được lưu.</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Tự động chấp thuận tệp tin</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Đặt 0 để tắt</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Trạng thái của bạn được thay đổi thành Vắng mặt sau một khoảng thời gian không hoạt động đã đặt.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Tự động vắng sau (0 để tắt):</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Hiển thị các thay đổi trạng thái của địa chỉ liên hệ</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>Khởi động qTox cùng hệ điều hành (người dùng hiện tại).</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Thư mục mặc định để lưu tệp:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Kiểm tra cập nhật</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Kiểm tra chính tả</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Kích thước tệp tự động chấp nhận tối đa (0 để tắt):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>Sau khi nhấn thu nhỏ (_) qTox sẽ thu nhỏ vào khay,
thay vì thanh tác vụ hệ thống.</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>Sau khi nhấn đóng (X) qTox sẽ đóng vào khay,
thay vì đóng hoàn toàn.</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>Bạn có thể đặt điều này trên từng người bạn bằng cách nhấp chuột phải vào từng người bạn.</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation>Thêm tin nhắn trò chuyện khi người dùng tham gia hoặc rời khỏi nhóm</translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation>Gửi tin nhắn</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Biểu tượng</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Gửi nhiều tệp</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Gửi ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>Lưu nhật ký cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Xóa các tin nhắn đã hiển thị</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Trích dẫn văn bản đã chọn</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Sao chép địa chỉ liên kết</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Tìm kiếm trong văn bản</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Đi đến hiện tại</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Tải lịch sử trò chuyện...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Xuất sang tệp</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Bạn có chắc chắn muốn xóa tất cả các tin nhắn được hiển thị không?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n người dùng trong cuộc trò chuyện</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>tắt tiếng</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>bỏ tắt tiếng</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Tạo nhóm mới</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Lời mời nhóm</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>Được %1 mời trên %2 tại %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation>Đặt tiêu đề...</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Mở trò chuyện trong cửa sổ mới</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Xóa trò chuyện khỏi cửa sổ này</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Rời nhóm</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n người dùng trong cuộc trò chuyện</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>Thông tin công khai</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>Tox ID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Tox ID của bạn (kích đúp để sao chép)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Đổi tên hồ sơ.</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Quay về màn hình đăng nhập</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Gỡ bỏ mật khẩu</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Mã QR này chứa Tox ID của bạn. Bạn cũng có thể chia sẻ với bạn bè của bạn.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Lưu hình ảnh</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Sao chép ảnh</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Xóa hồ sơ.</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Cho phép bạn xuất hồ sơ Tox của mình thành một tệp.
Hồ sơ không bao gồm lịch sử của bạn.</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Xóa mật khẩu và mã hóa khỏi hồ sơ của bạn.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Nhập tên</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Tên hiển thị với liên hệ</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Nhập trạng thái</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Trạng thái hiển thị với liên hệ</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Tox ID của bạn</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>Lưu hình ảnh QR dưới dạng tệp</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>Sao chép hình ảnh QR vào khay nhớ tạm</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Đổi tên hồ sơ.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Xóa hồ sơ.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Xóa mật khẩu khỏi hồ sơ</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Đổi mật khẩu hồ sơ</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Tên tôi:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Trạng thái của tôi:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Hồ sơ của tôi</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>ID này cho phép những người dùng Tox khác thêm và liên hệ với bạn.
Chia sẻ nó với bạn bè của bạn để bắt đầu trò chuyện.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Tải lịch sử hộp thoại</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation>Tải lịch sử từ:</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>Tên tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Xác nhận:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Độ mạnh mật khẩu: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Tạo hồ sơ</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Nếu hồ sơ không có mật khẩu, qTox có thể bỏ qua màn hình đăng nhập</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Tự động tải</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Tải</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Tải hồ sơ</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Không thể tạo mới hồ sơ</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>Tên tài khoản không được trống.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>Mật khẩu phải dài ít nhất 6 ký tự.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Hồ sơ có tên này đã tồn tại.</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Không thể tự động tải hồ sơ được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Không thể tải hồ sơ</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Không có hồ sơ được chọn.

Bạn có thể muốn tạo một cái.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Không thể tải hồ sơ này</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Hồ sơ này đã được sử dụng.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tải lên</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Nhập tài khoản</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Nhập mật khẩu, bạn có thể để trống (không có mật khẩu) hoặc nhập ít nhất 6 ký tự</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Xác nhận mật khẩu</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Nút tạo hồ sơ mới</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Danh sách các hồ sơ</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Nhập mật khẩu</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Tải hộp kiểm tự động</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Tải lên hồ sơ</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Nút tải hồ sợ đã chọn</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Trang tạo hồ sơ mới</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Đang tải trang hồ sơ hiện có</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>Mật khẩu bạn đã nhập không giống nhau.
Hãy đảm bảo nhập cùng một mật khẩu hai lần.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>...</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation></translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Thêm bạn</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Tạo cuộc trò chuyện nhóm</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Xem các lần gửi tệp đã hoàn thành</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>Thay đổi các thiết lập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Mở trang hồ sơ khi được nhấp vào</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Nhập trạng thái</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Đặt thông báo trạng thái của bạn sẽ được hiển thị cho người khác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Đặt trạng thái</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Tìm kiếm liên hệ</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Liên hệ đầu vào tìm kiếm cho những người bạn đã biết</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Sắp xếp và hiển thị</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Đặt phân loại bạn bè và mức độ hiển thị</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Mở trang Thêm bạn bè</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Trò chuyện nhóm</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Mở trang quản lý trò chuyện nhóm</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Lịch sử gửi tệp</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Mở lịch sử gửi tệp</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Mở cài đặt</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>Tệp thực thi</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>Bạn đã yêu cầu qTox mở một tệp thực thi. Các tệp thực thi có thể làm hỏng máy tính của bạn. Bạn có chắc chắn muốn mở tệp này không?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Tox video</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Chế độ xem trước video</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Tắt âm thanh</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Tắt micrô</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Kết thúc gọi video</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>Ẩn tin nhắn</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Hiện tin nhắn</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Cửa sổ</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Đưa tất cả lên đầu</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Chế độ toàn màn hình</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Tin nhắn chưa đọc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Tin nhắn nhóm mới</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Chuyển tệp đến</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - tệp đang gửi</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Đã nhận được lời mời nhóm</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 mời bạn tham gia một nhóm.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Đã nhận được yêu cầu kết bạn</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>Đã nhận được yêu cầu kết bạn từ %1</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>CAPS-LOCK BẬT</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Bạn có muốn xóa vĩnh viễn tất cả lịch sử trò chuyện không?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Bạn bè của bạn sẽ có thể nhìn thấy khi bạn đang nhập.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Gửi thông báo khi gõ</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Giữ lịch sử cuộc trò chuyện</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam là một phần của Tox ID.
Nếu đang bị spam với các yêu cầu kết bạn, bạn nên thay đổi NoSpam của mình.
Mọi người sẽ không thể thêm bạn bằng ID cũ của bạn, nhưng bạn sẽ giữ lại những người bạn hiện tại của mình.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>Chống Spam (NoSpam)</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam là một phần ID của bạn có thể thay đổi theo ý muốn.
Nếu bạn nhận được thư rác với các yêu cầu kết bạn, hãy thay đổi NoSpam.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Tạo NoSpam ngẫu nhiên</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>Tính năng lưu giữ lịch sử trò chuyện vẫn đang được phát triển.
Có thể thay đổi định dạng lưu, điều này có thể làm mất dữ liệu.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Danh sách đen</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Lọc tin nhắn nhóm theo khóa công khai của thành viên nhóm. Đặt các khóa công khai ở đây, một khóa trên mỗi dòng.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Không lấy được khóa từ mật khẩu, hồ sơ sẽ không sử dụng mật khẩu mới.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>Quẩy trên qTox</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Không thể thay đổi mật khẩu cơ sở dữ liệu, nó có thể bị hỏng hoặc sử dụng mật khẩu cũ.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translation>Chọn một ảnh đại diện</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>Đổi tên &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Không thể mở tệp này.</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation>Hồ sơ hiện tại: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Không thể đọc ảnh này.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>Hình ảnh được cung cấp quá lớn.
Vui lòng sử dụng hình ảnh khác.</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Không thể đổi tên hồ sơ thành &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Vị trí không thể ghi</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Không có gì để gỡ bỏ</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Hồ sơ của bạn không có mật khẩu!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Nhập mật khẩu mới.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Bạn có chắc rằng muốn xóa hồ sơ này chứ?</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>Lưu mã QR (*.png)</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Không thể xóa tệp!</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Đặt mật khẩu hồ sơ</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Vị trí hồ sơ hiện tại: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Không thể thay đổi mật khẩu</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Không thể sử dụng đường dẫn trống</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Không thể đổi tên</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>Hồ sơ đã tồn tại</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Hồ sơ có tên &quot;%1&quot; đã tồn tại.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Tên trống</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Không được để tên trống</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Đường dẫn trống</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Lưu tệp Tox (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Không thể xóa các tệp sau:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Hãy xóa chúng thủ công.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Hình ảnh (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Bạn không được phép ghi vào vị trí đó. Chọn khác hoặc hủy hộp thoại lưu.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Không thể lưu tệp</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>Tệp bạn đã chọn không thể lưu.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Không được để trống đường dẫn.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Không thể thay đổi mật khẩu cơ sở dữ liệu, nó có thể bị hỏng hoặc sử dụng mật khẩu cũ.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Tên người dùng Tox không được vượt quá %1 ký tự.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Gỡ bỏ mật khẩu</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Bạn có chắc chắn muốn xóa mật khẩu của mình không?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>ID này cho phép những người dùng Tox khác thêm và liên hệ với bạn.
Chia sẻ nó với bạn bè của bạn để bắt đầu trò chuyện.

ID này bao gồm mã NoSpam (màu xanh lam) và checksum (màu xám).</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Tải lên hồ sơ</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Lưu tệp Tox (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Bỏ qua tệp không phải Tox</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Cảnh báo: Bạn đã chọn một tệp không phải là tệp lưu Tox; bỏ qua.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>Hồ sơ đã tồn tại</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>Hồ sơ có tên &quot;%1&quot; đã tồn tại. Bạn có muốn xóa nó?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>Tệp không tồn tại</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>Hồ sơ không tồn tại</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Đã tải lên hồ sơ</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox đã tải lên thành công</translation>
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
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
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
        <translation>Không thể thêm bạn</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Không thể thêm bản thân là bạn bè!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>%1 không phải là địa chỉ Tox hợp lệ.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh da trời</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Ôliu</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Cuộc gọi đến...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>%1 đây! Tox tôi nhỉ?</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Không</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>qTox không thể mở nhật ký trò chuyện của bạn, chúng sẽ bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Xanh đậm</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Ô liu đậm</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Đỏ đậm</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Tím đậm</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>vắng</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>bận</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>đã chặn</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Đang định dạng lại văn bản...</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>%1 tin nhắn từ %2 cuộc trò chuyện</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>%1 tin nhắn từ %2</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>thương lượng</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>Không gửi được tệp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation>%1 đã tham gia nhóm</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>%1 đã rời khỏi nhóm</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 hiện được gọi là %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 đã đặt tiêu đề thành %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>Cuộc gọi với %1 đã đột ngột kết thúc. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>Cuộc gọi với %1 đã kết thúc. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 giờ là %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Đang gọi %1</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 đang gọi</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>Không thể gửi tin nhắn</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Khởi tạo</translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation>Đang truyền</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation>Đã dừng remote</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Điều khiển</translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation>Bạn đã tham gia nhóm</translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation>Bạn đã rời nhóm</translation>
    </message>
    <message>
        <source>Failed to load chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database version (%1) is newer than we currently support (%2). Please upgrade qTox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveChatDialog</name>
    <message>
        <source>Remove friend</source>
        <translation>Xóa bạn bè</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>Xóa tất cả lịch sử trò chuyện với bạn bè nếu được đặt</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>Đồng thời xóa lịch sử trò chuyện</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>Bạn có chắc chắn muốn xóa %1 khỏi danh sách liên hệ của mình không?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Nhấp và kéo để chọn một vùng. Nhấn %1 để ẩn/hiện cửa sổ qTox hoặc %2 để hủy.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Nhấn %1 để gửi ảnh chụp màn hình trong lựa chọn, %2 để ẩn/hiện cửa sổ qTox hoặc %3 để hủy.</translation>
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
        <translation>Không thể tìm thấy văn bản.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Bắt đầu tìm kiếm:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>từ cuối</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>từ đầu</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>sau ngày</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>trước ngày</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00.00.0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Phải nhập đúng kí tự viết hoa hay viết thường</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Toàn bộ chữ</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Sử dụng biểu thức chính quy (Regrex)</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation>Chọn Hộp thoại ngày</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>Chọn một ngày</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Xác nhận:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Độ mạnh mật khẩu: %p%</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Xác nhận mật khẩu</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Xác nhận nhập mật khẩu</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Nhập mật khẩu</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Nhập mật khẩu, dài tối thiểu 6 ký tự</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Mật khẩu quá ngắn.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>Kết nối #%1</translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation>Không tải được cài đặt cá nhân</translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation>Không thể nâng cấp cài đặt từ phiên bản %1 lên phiên bản %2. Không thể khởi động qTox.</translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation>Không tải được cài đặt chung</translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>Thêm bạn</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Bạn có muốn thêm %1 làm bạn không?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID Người dùng:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Tin nhắn yêu cầu kết bạn:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Giao diện người dùng</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Phông chữ:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Kích cỡ: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>Tùy chọn kiểu văn bản mới có thể không tải cho đến khi qTox khởi động lại.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Định dạng kiểu văn bản:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Chọn tùy chọn kiểu văn bản.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Văn bản thuần túy</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Hiển thị các ký tự định dạng</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Không hiển thị các ký tự định dạng</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Mở cửa sổ của qTox khi bạn nhận được tin nhắn mới và chưa có cửa sổ nào được mở.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Mở cửa sổ</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Danh sách liên hệ</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Đặt các trò chuyện nhóm ở đầu danh sách bạn bè</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Danh sách liên hệ của bạn sẽ được hiển thị ở chế độ nhỏ gọn.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Danh sách liên hệ nhỏ gọn</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Chế độ nhiều cửa sổ</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Mở từng cuộc trò chuyện trong một cửa sổ riêng lẻ</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Biểu tượng cảm xúc</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Sử dụng biểu tượng cảm xúc</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Kích thước biểu tượng:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Kiểu:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Màu chủ đề:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Định dạng thời gian:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Định dạng ngày tháng:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Sử dụng hình đại diện mẫu thay vì hình đại diện trống</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Hiển thị thông báo khi bạn nhận được tin nhắn mới và cửa sổ không được chọn.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Trò chuyện nhóm chỉ thông báo khi được nhắc đến</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Phát tiếng</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Phát tiếng khi Bận</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Thông báo qua thông báo trên màn hình desktop</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Ẩn người gửi tin nhắn và nội dung</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>Sử dụng biệt hiệu màu trong các cuộc trò chuyện nhóm</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>Chỉ thông báo về tin nhắn mới trong cuộc trò chuyện nhóm khi được nhắc đến.</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>Nếu được chọn, các cuộc trò chuyện nhóm sẽ được đặt ở đầu danh sách bạn bè, nếu không, chúng sẽ được đặt bên dưới bạn bè trực tuyến.</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>Nếu được bật, mọi liên hệ không có hình đại diện sẽ có biểu tượng được tạo dựa trên Tox ID của họ thay vì hình ảnh mặc định. Yêu cầu khởi động lại để áp dụng.</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>Gói biểu tượng:</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Bận</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Chỉnh sửa</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Bộ lọc...</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Tạo nhóm mới...</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Thêm kết nối...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Với Tên</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Với Hoạt động</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Bạn bè</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Tìm kiếm liên hệ</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Nhómchat #%1</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Thêm bạn</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Lời mời vào nhóm</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Truyền tệp</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Thông tin của tôi</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>Toxcore không khởi động được, ứng dụng sẽ tắt sau khi bạn đóng thông báo này.</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>Toxcore không khởi động được với cài đặt proxy của bạn. qTox không thể chạy; vui lòng sửa đổi cài đặt của bạn và khởi động lại.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>Không thể gửi yêu cầu kết bạn</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n yêu cầu kết bạn mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n lời mời nhóm mới</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Thay đổi trạng thái</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Chỉnh sửa thông tin</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Thêm liên lạc...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Cuộc trò chuyện tiếp theo</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Cuộc trò chuyện trước</translation>
    </message>
</context>
</TS>
