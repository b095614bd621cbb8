<?php

return [

    'allow_login'           => 'Cho phép đăng nhập?',
    'user_created'          => 'Người dùng đã được tạo',

    'error' => [
        'email'             => 'Email đã được đăng ký.'
    ],

    'notification' => [
        'message'       => ':customer made :amount payment to invoice number :invoice_number.',
        'button'        => 'Show',
    ],
];
