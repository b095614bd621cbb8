<?php

return [

    'can_login'                 => 'Undang ke Portal Klien',
    'can_login_description'     => 'Kirim undangan ke pengguna ini untuk masuk ke Portal Klien.',
    'user_created'              => 'Pengguna berhasil dibuat',
    'client_portal_description' => 'Portal Pelanggan adalah lingkungan di mana Anda dapat berbagi transaksi dan faktur dengan pelanggan Anda, di mana mereka melacak hubungan mereka dengan bisnis Anda, membayar secara online, dan masuk kapan pun mereka mau dengan kata sandi mereka',

    'error' => [
        'email'                 => 'Email ini sudah dipakai.',
    ],

    'client_portal_text' => [
        'can'                   => 'Pelanggan ini dapat masuk ke portal klien.',
        'cant'                  => 'Pelanggan ini tidak dapat masuk ke portal klien.',
    ],

    'form_description' => [
        'general'               => 'Informasi kontak klien Anda akan muncul di faktur dan profil mereka. Anda juga dapat mengizinkan klien Anda untuk masuk untuk melacak faktur yang Anda kirimkan kepada mereka dengan mencentang kotak di bawah.',
        'billing'               => 'Nomor pajak muncul di setiap faktur yang diterbitkan kepada pelanggan. Mata uang yang dipilih menjadi mata uang bawaan untuk pelanggan ini.',
        'address'               => 'Alamat diperlukan untuk faktur, jadi Anda perlu menambahkan detail alamat penagihan untuk pelanggan Anda.',
        'contact_persons'       => 'Untuk menyertakan penerima tambahan dalam email sebagai CC, tambahkan mereka sebagai kontak.',
    ],

    'no_records' => [
        'invoices'              => 'Belum ada faktur untuk pelanggan ini. Buat yang baru sekarang.',
        'transactions'          => 'Belum ada transaksi untuk pelanggan ini. Buat yang baru sekarang.',
    ],

];
