<?php

return [

    'can_login'                 => 'Zum Kundenportal einladen',
    'can_login_description'     => 'Senden Sie diesem Benutzer eine Einladung, sich im Kundenportal anzumelden.',
    'user_created'              => 'Benutzer angelegt',
    'client_portal_description' => 'Das Kundenportal ist eine Umgebung, in der Sie Transaktionen und Rechnungen mit Ihren Kunden teilen können. Dort können sie ihre Beziehung zu Ihrem Unternehmen verfolgen, online bezahlen und sich jederzeit mit ihrem Passwort anmelden.',

    'error' => [
        'email'                 => 'Diese E-Mail-Adresse wird bereits verwendet.',
    ],

    'client_portal_text' => [
        'can'                   => 'Dieser Kunde kann sich im Kundenportal anmelden.',
        'cant'                  => 'Dieser Kunde kann sich nicht im Kundenportal anmelden.',
    ],

    'form_description' => [
        'general'               => 'Die Kontaktinformationen Ihres Kunden werden in Rechnungen und Profilen angezeigt. Sie können Ihren Kunden auch erlauben, sich anzumelden, um die Rechnungen zu verfolgen, die Sie ihnen senden, indem Sie das untenstehende Kontrollkästchen aktivieren.',
        'billing'               => 'Die Steuernummer erscheint in jeder an den Kunden ausgestellten Rechnung. Die ausgewählte Währung wird zur Standardwährung für diesen Kunden.',
        'address'               => 'Die Adresse wird für die Rechnungen benötigt, daher müssen Sie die Rechnungsadresse für Ihren Kunden angeben.',
        'contact_persons'       => 'Um weitere Empfänger in einer E-Mail als Kopie hinzuzufügen, erstellen Sie diese als Kontaktpersonen.',
    ],

    'no_records' => [
        'invoices'              => 'Es gibt noch keine Rechnung für diesen Kunden. Erstellen Sie jetzt eine neue.',
        'transactions'          => 'Es gibt noch keine Transaktion für diesen Kunden. Erstellen Sie jetzt eine neue.',
    ],

];
