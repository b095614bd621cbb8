<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QObject</name>
    <message>
        <source>Emulates robot`s behaviour on TRIK Studio 2D model separately from programming environment. Passed .qrs will be interpreted just like when &apos;Run&apos; button was pressed in TRIK Studio. 
In background mode the session will be terminated just after the execution ended and return code will then contain binary information about program correctness.Example: 
</source>
        <translation>Mô phỏng hành vi của robot trên mô hình 2D của TRIK Studio độc lập với môi trường lập trình. Tập tin .qrs được truyền vào sẽ được thông dịch giống như khi nhấn nút &apos;Chạy&apos; trong TRIK Studio. 
Ở chế độ nền, phiên làm việc sẽ tự động kết thúc ngay sau khi thực thi xong, và mã trả về sẽ chứa thông tin nhị phân về tính đúng đắn của chương trình. Ví dụ: 
</translation>
    </message>
    <message>
        <source>Save file to be interpreted.</source>
        <translation>Tập tin lưu để được thông dịch.</translation>
    </message>
    <message>
        <source>Run emulation in background.</source>
        <translation>Chạy mô phỏng ở chế độ nền.</translation>
    </message>
    <message>
        <source>A path to file where checker results will be written (JSON).</source>
        <translation>Đường dẫn đến tập tin nơi ghi kết quả kiểm tra (JSON).</translation>
    </message>
    <message>
        <source>A path to file where robot`s trajectory will be written. The writing will not be performed not immediately, each trajectory point will be written just when obtained by checker, so FIFOs are recommended to be targets for this option.</source>
        <translation>Đường dẫn đến tập tin nơi ghi quỹ đạo của robot. Việc ghi không diễn ra ngay lập tức, mỗi điểm quỹ đạo sẽ được ghi lại ngay khi bộ kiểm tra thu được, do đó nên sử dụng các tập tin FIFO làm đích cho tùy chọn này.</translation>
    </message>
    <message>
        <source>Inputs for JavaScript solution.</source>
        <translation>Dữ liệu đầu vào cho giải pháp JavaScript.</translation>
    </message>
    <message>
        <source>Set to &quot;script&quot; for execution of js/py from the project or set to &quot;diagram&quot; for block diagram.</source>
        <translation>Đặt thành &quot;script&quot; để thực thi tập tin js/py từ dự án hoặc đặt thành &quot;diagram&quot; để thực thi sơ đồ khối.</translation>
    </message>
    <message>
        <source>Speed factor, try from 5 to 20, or even 1000 (at your own risk!).</source>
        <translation>Hệ số tốc độ, thử từ 5 đến 20, hoặc thậm chí 1000 (tự chịu rủi ro!).</translation>
    </message>
    <message>
        <source>Close the window and exit if the diagram/script finishes without errors.</source>
        <translation>Đóng cửa sổ và thoát nếu sơ đồ/kịch bản kết thúc mà không có lỗi.</translation>
    </message>
    <message>
        <source>Close the window and exit after diagram/script finishes.</source>
        <translation>Đóng cửa sổ và thoát sau khi sơ đồ/kịch bản hoàn thành.</translation>
    </message>
    <message>
        <source>Shows robot&apos;s console.</source>
        <translation>Hiển thị bảng điều khiển của robot.</translation>
    </message>
    <message>
        <source>Shows robot&apos;s display.</source>
        <translation>Hiển thị màn hình của robot.</translation>
    </message>
    <message>
        <source>The complete file path, including the filename, to save the generated JavaScript or Python code.</source>
        <translation>Đường dẫn đầy đủ đến tập tin, bao gồm tên tập tin, để lưu mã JavaScript hoặc Python được tạo ra.</translation>
    </message>
    <message>
        <source>Select &quot;python&quot; or &quot;javascript&quot;.</source>
        <translation>Chọn &quot;python&quot; hoặc &quot;javascript&quot;.</translation>
    </message>
    <message>
        <source>The path to the Python or JavaScript file that will be used for interpretation.</source>
        <translation>Đường dẫn đến tập tin Python hoặc JavaScript sẽ được dùng để thông dịch.</translation>
    </message>
    <message>
        <source>Do not run the interpretation in any mode, this is a parameter that is only used to generate a file.</source>
        <translation>Không thực thi việc thông dịch ở bất kỳ chế độ nào, đây là tham số chỉ dùng để tạo tập tin.</translation>
    </message>
    <message>
        <source>Add a delay in milliseconds after executing the script before closing the window</source>
        <translation>Thêm độ trễ tính bằng mili giây sau khi thực thi kịch bản trước khi đóng cửa sổ</translation>
    </message>
</context>
<context>
    <name>twoDModel::Runner</name>
    <message>
        <source>Robot console</source>
        <translation>Bảng điều khiển robot</translation>
    </message>
</context>
</TS>
