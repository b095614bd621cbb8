<?php

return [

    'can_login'                 => 'Giriş Yapabilir',
    'can_login_description'     => 'Bu kullanıcıya Müşteri Portalında oturum açması için bir davetiye gönderin.',
    'user_created'              => 'Kullanıcı oluşturuldu',
    'client_portal_description' => 'Müşteri Portalı, müşterilerinizle işlemleri ve faturaları paylaşabileceğiniz, işletmenizle olan ilişkilerini takip edebilecekleri, ödeme yapabilecekleri ve kendi şifreleriyle istedikleri zaman giriş yapabilecekleri bir ortamdır',

    'error' => [
        'email'                 => 'Bu e-posta adresi zaten kullanılmaktadır.',
    ],

    'client_portal_text' => [
        'can'                   => 'Bu müşteri müşteri portalına giriş yapabilir.',
        'cant'                  => 'Bu müşteri müşteri portalına giriş yapamaz.',
    ],

    'form_description' => [
        'general'               => 'Müşterinizin iletişim bilgileri faturalarda ve profillerinde görünecektir. Ayrıca, aşağıdaki kutuyu işaretleyerek müşterilerinizin giriş yapmasına ve kendilerine gönderdiğiniz faturaları takip etmesine izin verebilirsiniz.',
        'billing'               => 'Vergi numarası, müşteriye kesilen her faturada görünür. Seçilen para birimi, bu müşteri için varsayılan para birimi olur.',
        'address'               => 'Faturalar için adres gereklidir, bu nedenle müşteriniz için fatura adresi detaylarını eklemeniz gerekmektedir.',
        'contact_persons'       => 'E-postaya CC olarak ek alıcılar eklemek için, bunları iletişim kişileri olarak ekleyin.',
    ],

    'no_records' => [
        'invoices'              => 'Bu müşteri için henüz bir fatura bulunmamaktadır. Şimdi yeni bir tane oluşturun.',
        'transactions'          => 'Bu müşteri için henüz bir işlem bulunmamaktadır. Şimdi yeni bir tane oluşturun.',
    ],

];
