<?php

return [
    'customers' => [
        'customers' => [
            'index' => [
                'title' => 'Kunden',
                'login-message' => 'Sie haben sich angemeldet als :customer_name',

                'datagrid' => [
                    'active' => 'Aktiv',
                    'address' => ':address Adresse(n)',
                    'address-count' => 'Anzahl der Adressen',
                    'channel' => 'Kanal',
                    'delete' => 'Löschen',
                    'delete-success' => 'Ausgewählte Daten erfolgreich gelöscht',
                    'email' => 'E-Mail',
                    'gender' => 'Geschlecht',
                    'group' => 'Gruppe',
                    'id' => 'Kunden-ID',
                    'id-value' => 'ID - :id',
                    'inactive' => 'Inaktiv',
                    'login-as-customer' => 'Als Kunde einloggen',
                    'method-error' => 'Fehler! Falsche Methode erkannt, bitte überprüfen Sie die Massenaktionskonfiguration',
                    'name' => 'Kundenname',
                    'no-resource' => 'Die bereitgestellten Ressourcen sind für die Aktion unzureichend',
                    'order' => ':order Bestellung(en)',
                    'order-count' => 'Anzahl der Bestellungen',
                    'order-pending' => 'Der Kunde hat ausstehende Bestellungen',
                    'partial-action' => 'Einige Aktionen wurden aufgrund eingeschränkter Systembeschränkungen für :resource nicht durchgeführt',
                    'phone' => 'Kontaktnummer',
                    'revenue' => 'Umsatz',
                    'status' => 'Status',
                    'suspended' => 'Gesperrt',
                    'update-status' => 'Status aktualisieren',
                    'update-success' => 'Ausgewählte Kunden erfolgreich aktualisiert',
                    'view' => 'Ansehen',
                ],

            ],
        ],
    ],
];
