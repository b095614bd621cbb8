<?php

return [
    'customers' => [
        'customers' => [
            'index' => [
                'title' => 'Customers',
                'login-message' => 'You logged in as :customer_name',

                'datagrid' => [
                    'active' => 'Active',
                    'address' => ':address  Address(s)',
                    'address-count' => 'Address Count',
                    'channel' => 'Channel',
                    'delete' => 'Delete',
                    'delete-success' => 'Selected data successfully deleted',
                    'email' => 'Email',
                    'gender' => 'Gender',
                    'group' => 'Group',
                    'id' => 'Customer ID',
                    'id-value' => 'ID - :id',
                    'inactive' => 'Inactive',
                    'login-as-customer' => 'Login as customer',
                    'method-error' => 'Error! Wrong method detected, please check mass action configuration',
                    'name' => 'Customer Name',
                    'no-resource' => 'The resource provided for insufficient for the action',
                    'order' => ':order Order(s)',
                    'order-count' => 'Order Count',
                    'order-pending' => 'Customer have pending order',
                    'partial-action' => 'Some actions were not performed due restricted system constraints on :resource',
                    'phone' => 'Contact Number',
                    'revenue' => 'Revenue',
                    'status' => 'Status',
                    'suspended' => 'Suspended',
                    'update-status' => 'Update Status',
                    'update-success' => 'Selected Customers successfully updated',
                    'view' => 'View',
                ],

            ],
        ],
    ],
];
