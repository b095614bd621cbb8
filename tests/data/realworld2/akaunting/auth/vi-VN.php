<?php

return [

    'profile'               => 'Hồ sơ',
    'logout'                => 'Đăng xuất',
    'login'                 => 'Đăng nhập',
    'login_to'              => 'Đăng nhập ngay',
    'remember_me'           => 'Ghi nhớ tôi',
    'forgot_password'       => 'Quên mật khẩu',
    'reset_password'        => 'Khôi phục mật khẩu',
    'enter_email'           => 'Nhập địa chỉ email của bạn',
    'current_email'         => 'Email hiện tại của bạn',
    'reset'                 => 'Đặt lại',
    'never'                 => 'không bao giờ',
    
    'password' => [
        'current'           => 'Mật khẩu',
        'current_confirm'   => 'Xác nhân mật khẩu',
        'new'               => 'Mật khẩu mới',
        'new_confirm'       => 'Xác nhận mật khẩu mới',
    ],
    
    'error' => [
        'self_delete'       => 'Lỗi: Bạn không thể xoá chính bạn!',
        'no_company'        => 'Lỗi: Không có công ty nào được chỉ định cho tài khoản của bạn. Vui lòng liên hệ với người quản trị hệ thống.',
    ],

    'failed'                => 'Thông tin tài khoản không tìm thấy trong hệ thống.',
    'disabled'              => 'Tài khoản của bạn bị khoá. Vui lòng liên hệ với quản trị viên.',
    'throttle'              => 'Vượt quá số lần đăng nhập cho phép. Vui lòng thử lại sau :seconds giây.',

    'notification' => [
        'message_1'     => 'Bạn nhận được email này bởi vì chúng tôi đã nhận được một yêu cầu đặt lại mật khẩu cho tài khoản của bạn.',
        'message_2'     => 'Nếu bạn không yêu cầu đặt lại mật khẩu, đừng làm thêm bất cứ điều gì.',
        'button'        => 'Đặt lại Mật khẩu',
    ],

];
