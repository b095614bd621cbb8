<?php

return [
    'customers' => [
        'customers' => [
            'index' => [
                'title' => 'Клієнти',
                'login-message' => 'Ви увійшли як :customer_name',

                'datagrid' => [
                    'active' => 'Активний',
                    'address' => ':address Адреса(и)',
                    'address-count' => 'Кількість адрес',
                    'channel' => 'Канал',
                    'delete' => 'Видалити',
                    'delete-success' => 'Вибрані дані успішно видалено',
                    'email' => 'Електронна пошта',
                    'gender' => 'Стать',
                    'group' => 'Група',
                    'id' => 'Ідентифікатор клієнта',
                    'id-value' => 'ID - :id',
                    'inactive' => 'Неактивний',
                    'login-as-customer' => 'Увійти як клієнт',
                    'method-error' => 'Помилка! Виявлено невірний метод, будь ласка, перевірте конфігурацію масових дій',
                    'name' => 'Ім\'я клієнта',
                    'no-resource' => 'Недостатньо ресурсів для виконання дії',
                    'order' => ':order Замовлення(я)',
                    'order-count' => 'Кількість замовлень',
                    'order-pending' => 'Клієнт має невиконані замовлення',
                    'partial-action' => 'Деякі дії не були виконані через обмеження системи щодо :resource',
                    'phone' => 'Контактний номер',
                    'revenue' => 'Дохід',
                    'status' => 'Статус',
                    'suspended' => 'Призупинено',
                    'update-status' => 'Оновити статус',
                    'update-success' => 'Вибрані клієнти успішно оновлено',
                    'view' => 'Перегляд',
                ],

            ],
        ],
    ],
];
