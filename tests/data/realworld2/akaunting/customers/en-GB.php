<?php

return [

    'can_login'                 => 'Invite to Client Portal',
    'can_login_description'     => 'Send an invitation to this user to log in to the Client Portal.',
    'user_created'              => 'User created',
    'client_portal_description' => 'The Customer Portal is an environment where you can share transactions and invoices with your customers, where they track their relationship with your business, pay online, and log in whenever they want with their password.',

    'error' => [
        'email'                 => 'This email has already been taken.',
    ],

    'client_portal_text' => [
        'can'                   => 'This customer can log in to the client portal.',
        'cant'                  => 'This customer can\'t log in to the client portal.',
    ],

    'form_description' => [
        'general'               => 'Your client\'s contact information will appear in invoices and their profiles. You can also allow your clients to log in to track the invoices you send them by checking the box below.',
        'billing'               => 'The tax number appears in every invoice issued to the customer. The selected currency becomes the default currency for this customer.',
        'address'               => 'The address is required for the invoices, so you need to add billing address details for your customer.',
        'contact_persons'       => 'To include additional recipients in an email as CC, add them as contact persons.',
    ],

    'no_records' => [
        'invoices'              => 'There is no invoice for this customer yet. Create a new one now.',
        'transactions'          => 'There is no transaction for this customer yet. Create a new one now.',
    ],

];
