<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.ui" line="14"/>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <location filename="../about.ui" line="48"/>
        <source>Lightweight file manager</source>
        <translation>Lekki menedżer plików</translation>
    </message>
    <message>
        <location filename="../about.ui" line="58"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt&quot;&gt;https://github.com/lxqt/pcmanfm-qt&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt&quot;&gt;https://github.com/lxqt/pcmanfm-qt&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="74"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wiki: &lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt/wiki&quot;&gt;https://github.com/lxqt/pcmanfm-qt/wiki&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wiki: &lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt/wiki&quot;&gt;https://github.com/lxqt/pcmanfm-qt/wiki&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="122"/>
        <source>Programming:
* Hong Jen Yee (PCMan) &lt;pcman.tw@gmail.com&gt;
</source>
        <translation>Programowanie:
* Hong Jen Yee (PCMan) &lt;pcman.tw@gmail.com&gt;
</translation>
    </message>
    <message>
        <location filename="../about.ui" line="25"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;PCManFM-Qt&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;PCManFM-Qt&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="113"/>
        <source>Authors</source>
        <translation>Autorzy</translation>
    </message>
    <message>
        <location filename="../about.ui" line="135"/>
        <source>License</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <location filename="../about.ui" line="144"/>
        <source>PCManFM-Qt File Manager

Copyright (C) 2009 - 2014 洪任諭 (Hong Jen Yee)

This program is free software; you can redistribute it and/or
modify it under the terms of the GNU General Public License
as published by the Free Software Foundation; either version 2
of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA.</source>
        <translation>PCManFM-Qt File Manager

Prawa autorskie (C) 2009 - 2014 洪任諭 (Hong Jen Yee)

Niniejszy program jest otwartym oprogramowaniem; możesz go rozprowadzać
dalej i/lub modyfikować na warunkach Powszechnej Licencji Publicznej GNU,
wydanej przez Fundację Wolnodostępnego Oprogramowania - według wersji drugiej
tej Licencji lub którejś z późniejszych wersji.

Niniejszy program rozpowszechniany jest z nadzieją, iż będzie on użyteczny -
jednak BEZ JAKIEJKOLWIEK GWARANCJI, nawet domyślnej gwarancji PRZYDATNOŚCI
HANDLOWEJ albo PRZYDATNOŚCI DO OKREŚLONYCH ZASTOSOWAŃ. W celu uzyskania
bliższych informacji - Powszechna Licencja Publiczna GNU.

Z pewnością wraz z niniejszym programem otrzymałeś też egzemplarz Powszechnej
Licencji Publicznej GNU; jeśli nie - napisz do Free Software 
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA.</translation>
    </message>
</context>
<context>
    <name>AutoRunDialog</name>
    <message>
        <location filename="../autorun.ui" line="14"/>
        <source>Removable medium is inserted</source>
        <translation>Wykryto nośnik wymienny</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="33"/>
        <source>&lt;b&gt;Removable medium is inserted&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wykryto nośnik wymienny&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="40"/>
        <source>Type of medium:</source>
        <translation>Typ nośnika:</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="47"/>
        <source>Detecting...</source>
        <translation>Wykrywanie...</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="56"/>
        <source>Please select the action you want to perform:</source>
        <translation>Wybierz działanie, które chcesz wykonać:</translation>
    </message>
</context>
<context>
    <name>BulkRenameDialog</name>
    <message>
        <location filename="../bulk-rename.ui" line="6"/>
        <source>Bulk Rename</source>
        <translation>Masowa zmiana nazw</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="12"/>
        <source>Serial Renaming</source>
        <translation>Seryjna zmiana nazw</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="36"/>
        <source># will be replaced by numbers starting with:</source>
        <translation># zostanie zastąpione liczbami zaczynając od:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="68"/>
        <source>Pad numbers with zero if possible</source>
        <translation>Poprzedź liczbę zerem jeśli to możliwe</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="75"/>
        <source>Use localized numbers</source>
        <translation>Użyj liczb w formacie regionalnym</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="85"/>
        <source>Replacement</source>
        <translation>Zastąpienie</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="97"/>
        <source>Find in names:</source>
        <translation>Znajdź w nazwach:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="107"/>
        <source>Replace with:</source>
        <translation>Zamień na:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="117"/>
        <source>Case-sensitive</source>
        <translation>Rozróżnianie wielkości liter</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="124"/>
        <source>Regular expression</source>
        <translation>Wyrażenie regularne</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="134"/>
        <source>Change Case</source>
        <translation>Zmień wielkość liter</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="146"/>
        <source>To upper case</source>
        <translation>Na wielkie litery</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="156"/>
        <source>To lower case</source>
        <translation>Na małe litery</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="27"/>
        <source>Name#</source>
        <translation>Nazwa#</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../connect.ui" line="14"/>
        <source>Connect to remote server</source>
        <translation>Połącz do zdalnego serwera</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="80"/>
        <source>Anonymous &amp;login</source>
        <translation>Za&amp;loguj anonimowo</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="90"/>
        <source>Login as &amp;user:</source>
        <translation>Zaloguj jako &amp;użytkownik:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="29"/>
        <source>Specify remote folder to connect</source>
        <translation>Określ katalog zdalny do połączenia się</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="36"/>
        <source>Type:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="56"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="70"/>
        <source>Path:</source>
        <translation>Ścieżka:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="46"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
</context>
<context>
    <name>DesktopEntryDialog</name>
    <message>
        <location filename="../desktopentrydialog.ui" line="14"/>
        <source>Create Launcher</source>
        <translation>Utwórz aktywator</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="38"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="45"/>
        <source>Specific name of this launcher.</source>
        <translation>Specyficzna nazwa dla tego aktywatora.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="58"/>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="65"/>
        <source>A short description or generic name, like &quot;Web Browser&quot; or &quot;Home Directory&quot;.

It can be left empty.</source>
        <translation>Krótki opis lub ogólna nazwa jak: &quot;Przeglądarka WWW&quot; lub &quot;Katalog domowy&quot;.

Może pozostać niewypełnione.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="77"/>
        <source>Comment:</source>
        <translation>Komentarz:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="84"/>
        <source>A short comment.

It can be left empty.</source>
        <translation>Krótki komentarz.

Może pozostać niewypełnione.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="117"/>
        <source>Command:</source>
        <translation>Polecenie:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="133"/>
        <location filename="../desktopentrydialog.ui" line="164"/>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="142"/>
        <source>Icon:</source>
        <translation>Ikona:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="151"/>
        <source>Icon to display in file manager, menus, etc.</source>
        <translation>Ikona do wyświetlana w menedżerze plików, menu, itp.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="173"/>
        <location filename="../desktopentrydialog.ui" line="183"/>
        <source>Run in terminal?</source>
        <translation>Uruchomić w terminalu?</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="176"/>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="186"/>
        <source>Whether the launched program should run in a terminal window.</source>
        <translation>Program aktywatora powinien być uruchomiony w oknie terminalu.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="190"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="195"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="203"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="210"/>
        <source>Whether this is a link or executes a command.</source>
        <translation>Jest to skrót lub komenda.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="214"/>
        <source>Application</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="219"/>
        <source>Link</source>
        <translation>Odnośnik</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="96"/>
        <source>Categories:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="103"/>
        <source>Semicolon separated categories in which the entry should be shown if it is used by the DE&apos;s main menu (e.g., when put inside ~/.local/share/applications).

It is needed only when you want to use the created file in the main menu. Otherwise, you could leave it empty.

Examples: AudioVideo, Audio, Video, Development, Education, Game, Graphics, Network, Office, Settings, System, Utility, Qt.</source>
        <translation>Średnik oddzielił kategorie, w których wpis powinien być wyświetlany, jeśli jest używany przez menu główne środowiska graficznego (np. po umieszczeniu w ~/.local/share/applications).

Jest to potrzebne tylko wtedy, gdy chcesz użyć utworzonego pliku w menu głównym. W przeciwnym razie możesz pozostawić to puste.

Przykłady: AudioVideo, Audio, Video, Development, Education, Game, Graphics, Network, Office, Settings, System, Utility, Qt.</translation>
    </message>
</context>
<context>
    <name>DesktopFolder</name>
    <message>
        <location filename="../desktop-folder.ui" line="14"/>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="23"/>
        <source>Desktop</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="29"/>
        <source>Desktop folder:</source>
        <translation>Katalog pulpitu:</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="36"/>
        <source>Image file</source>
        <translation>Plik obrazu</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="42"/>
        <source>Folder path</source>
        <translation>Ścieżka katalogu</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="49"/>
        <source>&amp;Browse</source>
        <translation>&amp;Wybierz</translation>
    </message>
</context>
<context>
    <name>DesktopPreferencesDialog</name>
    <message>
        <location filename="../desktop-preferences.ui" line="14"/>
        <source>Desktop Preferences</source>
        <translation>Ustawienia pulpitu</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="338"/>
        <location filename="../desktop-preferences.ui" line="344"/>
        <source>Background</source>
        <translation>Tło</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="385"/>
        <source>Wallpaper mode:</source>
        <translation>Tryb tapety:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="408"/>
        <source>Wallpaper image file:</source>
        <translation>Plik obrazu tapety:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="350"/>
        <source>Select background color:</source>
        <translation>Kolor tła:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="417"/>
        <source>Image file</source>
        <translation>Plik obrazu</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="423"/>
        <source>Image file path</source>
        <translation>Ścieżka pliku obrazu</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="430"/>
        <source>&amp;Browse</source>
        <translation>&amp;Wybierz</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="30"/>
        <source>Icons</source>
        <translation>Ikony</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="36"/>
        <source>Icon size:</source>
        <translation>Rozmiar ikon:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="49"/>
        <source>Label Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="113"/>
        <source>Select shadow color:</source>
        <translation>Kolor cienia:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="61"/>
        <source>Select font:</source>
        <translation>Czcionka:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="24"/>
        <source>General</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="87"/>
        <source>Select text color:</source>
        <translation>Kolor tekstu:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="136"/>
        <source>Spacing</source>
        <translation>Odstępy</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="145"/>
        <source>Minimum item margins:</source>
        <translation>Minimalne odstępy między elementami:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="152"/>
        <source>3 px by default.</source>
        <translation>Domyślnie 3 piksele.</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="155"/>
        <location filename="../desktop-preferences.ui" line="179"/>
        <location filename="../desktop-preferences.ui" line="237"/>
        <location filename="../desktop-preferences.ui" line="249"/>
        <location filename="../desktop-preferences.ui" line="275"/>
        <location filename="../desktop-preferences.ui" line="287"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="168"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="175"/>
        <source>1 px by default.
A space is also reserved for 3 lines of text.</source>
        <translation>Domyślnie 1 piksel.
Zarezerwowane jest też miejsce dla 3 linii tekstu.</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="192"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="230"/>
        <source>Margins of work area:</source>
        <translation>Marginesy obszaru roboczego:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="303"/>
        <source>By default, desktop folders will be opened in PCManFM-Qt if they
are left clicked, even when it is not the default file manager.</source>
        <translation>Domyślnie katalogi pulpitu będą otwierane w PCManFM-Qt, jeśli
są klikane lewym przyciskiem, nawet jeśli nie jest to domyślny menedżer plików.</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="307"/>
        <source>Open desktop folders in default file manager by left clicking</source>
        <translation>Otwórz katalogi pulpitu w domyślnym menedżerze plików, klikając lewy przycisk myszy</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="314"/>
        <source>Make all items stick to their positions</source>
        <translation>Spraw, aby wszystkie przedmioty trzymały się swoich pozycji</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="373"/>
        <source>Wallpaper</source>
        <translation>Tapeta</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="439"/>
        <source>Transform image based on EXIF data</source>
        <translation>Przetwórz obraz na podstawie danych EXIF</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="446"/>
        <source>Individual wallpaper for each monitor</source>
        <translation>Inna tapeta dla każdego monitora</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="473"/>
        <source>Slide Show</source>
        <translation>Pokaz slajdów</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="479"/>
        <source>Enable Slide Show</source>
        <translation>Włącz pokaz slajdów</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="491"/>
        <source>Wallpaper image folder:</source>
        <translation>Katalog z tapetami pulpitu:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="505"/>
        <source>Browse</source>
        <translation>Przeglądaj</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="512"/>
        <source> hour(s)</source>
        <translation> godzin</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="522"/>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="535"/>
        <source>Intervals less than 5min will be ignored</source>
        <translation>Odstępy mniejsze niż 5 minut będą ignorowane</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="538"/>
        <source>Interval:</source>
        <translation>Odstęp czasu:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="545"/>
        <source> minute(s)</source>
        <translation> minut</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="669"/>
        <source>Do not show file tooltips</source>
        <translation>Nie pokazuj podpowiedzi dotyczących plików</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="498"/>
        <source>Wallpaper folder</source>
        <translation>Katalog z tapetami pulpitu</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="587"/>
        <source>Randomize the slide show</source>
        <translation>Kolejność losowa</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="620"/>
        <source>Visible Shortcuts</source>
        <translation>Widoczne skróty</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="626"/>
        <source>Home</source>
        <translation>Katalog domowy</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="637"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="648"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="659"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="614"/>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
</context>
<context>
    <name>HiddenShortcutsDialog</name>
    <message>
        <location filename="../shortcuts.ui" line="14"/>
        <source>Hidden Shortcuts</source>
        <translation>Ukryte skróty</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="21"/>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="26"/>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="31"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="34"/>
        <source>Focus view, clear filter bar</source>
        <translation>Skupienie na widok, czyszczenie paska filtrów</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="39"/>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="42"/>
        <source>Focus side-pane</source>
        <translation>Skupienie na panel boczny</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="47"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="50"/>
        <location filename="../shortcuts.ui" line="58"/>
        <source>Focus path entry</source>
        <translation>Skupienie na pasek ścieżki</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="55"/>
        <source>Alt+D</source>
        <translation>Alt+D</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="63"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="66"/>
        <location filename="../shortcuts.ui" line="82"/>
        <source>Next tab</source>
        <translation>Następna karta</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="71"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="74"/>
        <location filename="../shortcuts.ui" line="90"/>
        <source>Previous tab</source>
        <translation>Poprzednia karta</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="79"/>
        <source>Ctrl+PageDown</source>
        <translation>Ctrl+PageDown</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="87"/>
        <source>Ctrl+PageUp</source>
        <translation>Ctrl+PageUp</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="95"/>
        <source>Ctrl+Number</source>
        <translation>Ctrl+Cyfra</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="98"/>
        <location filename="../shortcuts.ui" line="106"/>
        <source>Jump to tab</source>
        <translation>Przejdź do karty</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="103"/>
        <source>Alt+Number</source>
        <translation>Alt+Cyfra</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="111"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="114"/>
        <source>Go up</source>
        <translation>Idź w górę</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="119"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="122"/>
        <source>Search dialog</source>
        <translation>Okno wyszukiwania</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="127"/>
        <source>Shift+Insert</source>
        <translation>Shift+Insert</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="130"/>
        <source>Paste into transient filter bar</source>
        <translation>Wklej do paska filtrów</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="135"/>
        <source>Drop+Shift</source>
        <translation>Upuszczenie+Shift</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="143"/>
        <source>Drop+Ctrl</source>
        <translation>Upuszczenie+Ctrl</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="151"/>
        <source>Drop+Shift+Ctrl</source>
        <translation>Upuszczenie+Shift+Ctrl</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="138"/>
        <source>Move file on dropping</source>
        <translation>Przenieś plik podczas upuszczania</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="146"/>
        <source>Copy file on dropping</source>
        <translation>Skopiuj plik przy upuszczaniu</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="154"/>
        <source>Make a symlink on dropping</source>
        <translation>Utwórz dowiązanie symboliczne przy upuszczaniu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main-win.ui" line="14"/>
        <source>File Manager</source>
        <translation>Menedżer plików</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="294"/>
        <source>Go Up</source>
        <translation>Katalog nadrzędny</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="297"/>
        <source>Alt+Up</source>
        <translation>Alt+Strzałka w górę</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="309"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="425"/>
        <source>Reload</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="321"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="81"/>
        <source>Recent F&amp;iles</source>
        <translation>&amp;Ostatnie pliki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="143"/>
        <source>&amp;Toolbars</source>
        <translation>Paski nar&amp;zędzi</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="150"/>
        <source>Path &amp;Bar</source>
        <translation>Pasek ś&amp;cieżki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="157"/>
        <source>&amp;Filtering</source>
        <translation>&amp;Filtrowanie</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="232"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="306"/>
        <source>&amp;Home</source>
        <translation>Katalog &amp;domowy</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="318"/>
        <source>&amp;Reload</source>
        <translation>&amp;Załaduj ponownie</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="330"/>
        <source>Go</source>
        <translation>Przejdź</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="339"/>
        <source>Quit</source>
        <translation>Wyjdź</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="348"/>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="360"/>
        <source>New Window</source>
        <translation>Nowe okno</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="363"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="371"/>
        <source>Show &amp;Hidden</source>
        <translation>Wyświetl &amp;ukryte pliki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="374"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="383"/>
        <source>&amp;Computer</source>
        <translation>&amp;Komputer</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="392"/>
        <source>&amp;Trash</source>
        <translation>Ko&amp;sz</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="397"/>
        <source>&amp;Network</source>
        <translation>&amp;Sieć</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="406"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Pulpit</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="415"/>
        <source>&amp;Add to Bookmarks</source>
        <translation>&amp;Dodaj zakładkę</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="420"/>
        <source>&amp;Applications</source>
        <translation>P&amp;rogramy</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="436"/>
        <source>Ctrl+Shift+1</source>
        <translation>Ctrl+Shift+1</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="447"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="458"/>
        <source>Ctrl+Shift+4</source>
        <translation>Ctrl+Shift+4</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="469"/>
        <source>Ctrl+Shift+2</source>
        <translation>Ctrl+Shift+2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="481"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="490"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="493"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="502"/>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="505"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="514"/>
        <source>Select &amp;All</source>
        <translation>Zazn&amp;acz wszystko</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="522"/>
        <source>De&amp;select All</source>
        <translation>Odznacz w&amp;szystko</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="525"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="530"/>
        <source>Pr&amp;eferences</source>
        <translation>Pr&amp;eferencje</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="538"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Rosnąco</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="550"/>
        <source>&amp;Descending</source>
        <translation>&amp;Malejąco</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="562"/>
        <source>&amp;By File Name</source>
        <translation>&amp;Według nazwy pliku</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="570"/>
        <source>By &amp;Modification Time</source>
        <translation>Według daty &amp;modyfikacji</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="578"/>
        <source>By C&amp;reation Time</source>
        <translation>Według daty utwo&amp;rzenia</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="586"/>
        <source>By Deletio&amp;n Time</source>
        <translation>Według czasu usu&amp;nięcia</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="594"/>
        <source>By File &amp;Type</source>
        <translation>Według ro&amp;dzaju pliku</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="602"/>
        <source>By &amp;Owner</source>
        <translation>Według właścici&amp;ela</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="610"/>
        <source>By &amp;Group</source>
        <translation>Według &amp;grupy</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="618"/>
        <source>&amp;Folder First</source>
        <translation>Najpierw &amp;katalogi</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="626"/>
        <source>&amp;Hidden Last</source>
        <translation>&amp;Ukryte na końcu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="939"/>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1027"/>
        <source>Preserve Settings Recursively from &amp;Here</source>
        <translation>Zachowaj ustawienia rekursywnie od &amp;tego miejsca</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1032"/>
        <source>&amp;Go to Source of Inherited Settings</source>
        <translation>&amp;Idź do źródła dziedziczonych ustawień</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1037"/>
        <source>&amp;Remove Settings of Nonexistent Folders</source>
        <translation>Usuń ustawienia nieistniejących katalogów</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1045"/>
        <source>&amp;Clear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="676"/>
        <source>&amp;Invert Selection</source>
        <translation>&amp;Odwróć zaznaczenie</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="679"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="688"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="696"/>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="740"/>
        <source>&amp;Case Sensitive</source>
        <translation>Uwzględniaj wielkość &amp;liter</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="748"/>
        <source>By File &amp;Size</source>
        <translation>Według roz&amp;miaru pliku</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="757"/>
        <source>&amp;Close Window</source>
        <translation>&amp;Zamknij okno</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="760"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="782"/>
        <source>Open Tab in &amp;Root Instance</source>
        <translation>Otwórz kartę w &amp;oknie root</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="899"/>
        <source>Preserve Settings for &amp;This Folder</source>
        <translation>Zachowaj ustawienia dla &amp;tego katalogu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="944"/>
        <source>&amp;Show/Focus Filter Bar</source>
        <translation>Pokaż/zaznacz pa&amp;sek filtrowania</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="947"/>
        <source>Show Filter Bar</source>
        <translation>Pokaż pasek filtrowania</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="950"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="958"/>
        <source>S&amp;plit View</source>
        <translation>&amp;Podziel widok</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="961"/>
        <source>Split View</source>
        <translation>Podziel widok</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="964"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="969"/>
        <source>&amp;Copy Full Path</source>
        <translation>Kopiuj pełną ś&amp;cieżkę</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="976"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="987"/>
        <source>Show Thumb&amp;nails</source>
        <translation>Pokaż mi&amp;niatury</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="990"/>
        <source>Show Thumbnails</source>
        <translation>Pokaż miniatury</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="998"/>
        <source>S&amp;ide Pane</source>
        <translation>Panel boczny</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1001"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1006"/>
        <source>Hidden &amp;Shortcuts</source>
        <translation>Ukryte &amp;skróty</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1011"/>
        <source>Open Tab in &amp;Admin Mode</source>
        <translation>Otwórz kartę w &amp;trybie administratora</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1016"/>
        <location filename="../main-win.ui" line="1019"/>
        <source>Create Launcher</source>
        <translation>Utwórz aktywator</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="834"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="839"/>
        <source>&amp;Clear All Filters</source>
        <translation>Wy&amp;czyść wszystkie filtry</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="842"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="851"/>
        <source>Close &amp;previous tabs</source>
        <translation>Zamknij &amp;poprzednie karty</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="860"/>
        <source>Close &amp;next tabs</source>
        <translation>Zamknij &amp;następne karty</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="908"/>
        <source>Connect to &amp;Server</source>
        <translation>Połącz z &amp;serwerem</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="916"/>
        <source>&amp;Location</source>
        <translation>&amp;Położenie</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="924"/>
        <source>&amp;Path Buttons</source>
        <translation>&amp;Przyciski ścieżki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="929"/>
        <source>&amp;Bulk Rename</source>
        <translation>&amp;Masowa zmiana nazw</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="936"/>
        <source>Bulk Rename</source>
        <translation>Masowa zmiana nazw</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="865"/>
        <source>Close &amp;other tabs</source>
        <translation>Zamknij poz&amp;ostałe karty</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="831"/>
        <source>Permanent &amp;filter bar</source>
        <translation>Stały pasek &amp;filtrowania</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="873"/>
        <source>&amp;Menu bar</source>
        <translation>Pasek &amp;menu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="876"/>
        <source>Menu bar</source>
        <translation>Pasek menu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="879"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="888"/>
        <location filename="../main-win.ui" line="891"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="517"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="164"/>
        <source>&amp;Customized View Settings</source>
        <translation>Ustawienia widoku</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="291"/>
        <source>Go &amp;Up</source>
        <translation>Do &amp;góry</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="357"/>
        <source>&amp;New Window</source>
        <translation>&amp;Nowe okno</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="433"/>
        <source>&amp;Icon View</source>
        <translation>&amp;Ikony</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="444"/>
        <source>&amp;Compact View</source>
        <translation>Lista &amp;zwarta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="455"/>
        <source>&amp;Detailed List</source>
        <translation>Lista &amp;szczegółowa</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="466"/>
        <source>&amp;Thumbnail View</source>
        <translation>&amp;Miniatury</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="478"/>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="635"/>
        <source>New &amp;Tab</source>
        <translation>Nowa &amp;karta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="638"/>
        <source>New Tab</source>
        <translation>Nowa karta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="641"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="650"/>
        <source>Go &amp;Back</source>
        <translation>&amp;Poprzedni katalog</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="653"/>
        <source>Go Back</source>
        <translation>Poprzedni katalog</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="656"/>
        <source>Alt+Left</source>
        <translation>Alt+Strzałka w lewo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="665"/>
        <source>Go &amp;Forward</source>
        <translation>&amp;Następny katalog</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="668"/>
        <source>Go Forward</source>
        <translation>Następny katalog</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="671"/>
        <source>Alt+Right</source>
        <translation>Alt+Strzałka w prawo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="691"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="703"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="712"/>
        <source>C&amp;lose Tab</source>
        <translation>&amp;Zamknij kartę</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="724"/>
        <source>File &amp;Properties</source>
        <translation>Właściwości &amp;pliku</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="732"/>
        <source>&amp;Folder Properties</source>
        <translation>Właściwości &amp;katalogu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="799"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="811"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="74"/>
        <source>C&amp;reate New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="113"/>
        <source>&amp;Sorting</source>
        <translation>&amp;Uszereguj według</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="257"/>
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędziowy</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="715"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="727"/>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="765"/>
        <source>Edit Bookmarks</source>
        <translation>Edytuj zakładki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="774"/>
        <source>Open &amp;Terminal</source>
        <translation>Otwórz w &amp;terminalu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="777"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="787"/>
        <source>&amp;Edit Bookmarks</source>
        <translation>Edytuj &amp;zakładki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="796"/>
        <source>&amp;Folder</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="808"/>
        <source>&amp;Blank File</source>
        <translation>&amp;Pusty plik</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="816"/>
        <source>&amp;Find Files</source>
        <translation>&amp;Znajdź pliki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="823"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="70"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="109"/>
        <location filename="../main-win.ui" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="208"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Zakładki</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="215"/>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
</context>
<context>
    <name>PCManFM::Application</name>
    <message>
        <location filename="../application.cpp" line="190"/>
        <source>Name of configuration profile</source>
        <translation>Nazwa profilu konfiguracji</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="190"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="193"/>
        <source>Run PCManFM-Qt as a daemon</source>
        <translation>Uruchom PCManFM-Qt jako daemon</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="196"/>
        <source>Quit PCManFM-Qt</source>
        <translation>Wyjdź z PCManFM-Qt</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="199"/>
        <source>Launch desktop manager</source>
        <translation>Uruchom menedżera pulpitu</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="202"/>
        <source>Turn off desktop manager if it&apos;s running</source>
        <translation>Wyłądż menedżera pulpitu jeżeli jest uruchomiony</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="205"/>
        <source>Open desktop preference dialog on the page with the specified name</source>
        <translation>Otwórz okno preferencji pulpitu na stronie o określonej nazwie</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="205"/>
        <location filename="../application.cpp" line="205"/>
        <location filename="../application.cpp" line="220"/>
        <location filename="../application.cpp" line="220"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="208"/>
        <source>Open new window</source>
        <translation>Otwórz nowe okno</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="211"/>
        <source>Open Find Files utility</source>
        <translation>Otwórz narzędzie wyszukiwania</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="214"/>
        <source>Set desktop wallpaper from image FILE</source>
        <translation>Ustaw tapetę pulpitu z PLIKU obrazu</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="214"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="217"/>
        <source>MODE</source>
        <translation>TRYB</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="217"/>
        <source>Set mode of desktop wallpaper. MODE=(%1)</source>
        <translation>Ustaw tryb tapety pulpitu. TRYB=(%1)</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="220"/>
        <source>Open Preferences dialog on the page with the specified name</source>
        <translation>Otwórz okno preferencji na stronie o określonej nazwie</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="223"/>
        <source>Files or directories to open</source>
        <translation>Pliki lub katalogi do otwarcia</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="223"/>
        <source>[FILE1, FILE2,...]</source>
        <translation>[PLIK1, PLIK2,...]</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="661"/>
        <location filename="../application.cpp" line="666"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="666"/>
        <source>Terminal emulator is not set.</source>
        <translation>Nie ustawiono emulatora terminala.</translation>
    </message>
</context>
<context>
    <name>PCManFM::AutoRunDialog</name>
    <message>
        <location filename="../autorundialog.cpp" line="44"/>
        <source>Open in file manager</source>
        <translation>Otwórz w menedżerze plików</translation>
    </message>
    <message>
        <location filename="../autorundialog.cpp" line="137"/>
        <source>Removable Disk</source>
        <translation>Nośnik wymienny</translation>
    </message>
</context>
<context>
    <name>PCManFM::ConnectServerDialog</name>
    <message>
        <location filename="../connectserverdialog.cpp" line="9"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="10"/>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="11"/>
        <source>WebDav</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="12"/>
        <source>Secure WebDav</source>
        <translation>Zabezpieczony WebDav</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="13"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="14"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopEntryDialog</name>
    <message>
        <location filename="../desktopentrydialog.cpp" line="35"/>
        <source>Command:</source>
        <translation>Polecenie:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="36"/>
        <source>The command to execute.</source>
        <translation>Komenda do wykonania.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="39"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="40"/>
        <source>The URL to access.</source>
        <translation>Adres URL do uzyskania dostępu.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="67"/>
        <source>Select an icon</source>
        <translation>Wybierz ikonę</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="69"/>
        <source>Images (*.png *.xpm *.svg *.svgz )</source>
        <translation>Obrazy (*.png *.xpm *.svg *.svgz)</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="91"/>
        <source>Select an executable file</source>
        <translation>Wybierz plik wykonywalny</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="99"/>
        <source>Select a file</source>
        <translation>Wybierz plik</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopPreferencesDialog</name>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="55"/>
        <source>Fill with background color only</source>
        <translation>Wypełnij tylko kolorem</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="56"/>
        <source>Stretch to fill the entire screen</source>
        <translation>Rozciągnij do rozmiaru ekranu</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="57"/>
        <source>Stretch to fit the screen</source>
        <translation>Dopasuj do rozmiaru ekranu</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="58"/>
        <source>Center on the screen</source>
        <translation>Wyśrodkuj</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="59"/>
        <source>Tile the image to fill the entire screen</source>
        <translation>Sąsiadująco</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="60"/>
        <source>Zoom the image to fill the entire screen</source>
        <translation>Powiększ obraz, aby wypełnił ekran</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="278"/>
        <source>Select Wallpaper</source>
        <translation>Wybierz tapetę</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="282"/>
        <source>Image Files</source>
        <translation>Pliki obrazów</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="324"/>
        <source>Select Wallpaper Folder</source>
        <translation>Wybierz katalog tapety</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopWindow</name>
    <message>
        <location filename="../desktopwindow.cpp" line="327"/>
        <source>Trash (One item)</source>
        <translation>Kosz (jeden element)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktopwindow.cpp" line="330"/>
        <source>Trash (%Ln items)</source>
        <translation>
            <numerusform>Kosz (%Ln element)</numerusform>
            <numerusform>Kosz (%Ln elementy)</numerusform>
            <numerusform>Kosz (%Ln elementów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="334"/>
        <source>Trash (Empty)</source>
        <translation>Kosz (pusty)</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="369"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="383"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1046"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1052"/>
        <location filename="../desktopwindow.cpp" line="1092"/>
        <source>Stic&amp;k to Current Position</source>
        <translation>Przyp&amp;nij do aktualnej pozycji</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1060"/>
        <source>Empty Trash</source>
        <translation>Pusty kosz</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1126"/>
        <source>Hide Desktop Items</source>
        <translation>Ukryj ikony pulpitu</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1132"/>
        <source>Create Launcher</source>
        <translation>Utwórz aktywator</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1135"/>
        <source>Desktop Preferences</source>
        <translation>Ustawienia pulpitu</translation>
    </message>
</context>
<context>
    <name>PCManFM::FilterBar</name>
    <message>
        <location filename="../tabpage.cpp" line="95"/>
        <source>Filter:</source>
        <translation>Filtr:</translation>
    </message>
</context>
<context>
    <name>PCManFM::FilterEdit</name>
    <message>
        <location filename="../tabpage.cpp" line="65"/>
        <source>Clear text (Ctrl+K or Esc)</source>
        <translation>Wyczyść tekst (Ctrl+K lub Esc)</translation>
    </message>
</context>
<context>
    <name>PCManFM::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="142"/>
        <source>Root Instance</source>
        <translation>Główna instancja</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="776"/>
        <source>Hide menu bar</source>
        <translation>Ukryj pasek menu</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="777"/>
        <source>This will hide the menu bar completely, use Ctrl+M to show it again.</source>
        <translation>Ta opcja całkowicie ukryje pasek menu, możesz go przywrócić skrótem Ctrl+M.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="1223"/>
        <source>Version: %1</source>
        <translation>Wersja: %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <location filename="../mainwindow.cpp" line="2193"/>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <location filename="../mainwindow.cpp" line="2193"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2029"/>
        <source>Customized View Settings</source>
        <translation>Ustawienia widoku</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2300"/>
        <location filename="../mainwindow.cpp" line="2308"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2308"/>
        <source>Switch user command is not set.</source>
        <translation>Nie ustawiono polecenia do przełączania użytkowników.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2399"/>
        <source>Cleaning Folder Settings</source>
        <translation>Czyszczenie ustawień katalogu</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2400"/>
        <source>Do you want to remove settings of nonexistent folders?
They might be useful if those folders are created again.</source>
        <translation>Czy chcesz usunąć ustawienia nieistniejących katalogów?
Mogą się one przydać, jeśli te katalogi zostaną stworzone ponownie.</translation>
    </message>
</context>
<context>
    <name>PCManFM::PreferencesDialog</name>
    <message>
        <location filename="../preferencesdialog.cpp" line="218"/>
        <source>Icon View</source>
        <translation>Ikony</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="219"/>
        <source>Compact View</source>
        <translation>Widok kompaktowy</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="220"/>
        <source>Thumbnail View</source>
        <translation>Miniatury</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="221"/>
        <source>Detailed List View</source>
        <translation>Lista szczegółowa</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="314"/>
        <source>Remove if added by user</source>
        <translation>Usuń, jeśli dodano przez użytkownika</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="338"/>
        <source>Open user-defined list</source>
        <translation>Otwórz listę zdefiniowaną przez użytkownika</translation>
    </message>
</context>
<context>
    <name>PCManFM::TabPage</name>
    <message>
        <location filename="../tabpage.cpp" line="453"/>
        <source>Search Results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="456"/>
        <source>Applications</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="460"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="463"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="466"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="472"/>
        <source>Desktop</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="564"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="573"/>
        <source>Free space: %1 (Total: %2)</source>
        <translation>Wolna przestrzeń: %1 (całkowita: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="590"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementy</numerusform>
            <numerusform>%n elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="592"/>
        <source> (%n hidden)</source>
        <translation>
            <numerusform> (%n ukryty)</numerusform>
            <numerusform> (%n ukryte)</numerusform>
            <numerusform> (%n ukrytych)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="597"/>
        <location filename="../tabpage.cpp" line="798"/>
        <location filename="../tabpage.cpp" line="812"/>
        <source>Link to</source>
        <translation>Odnośnik do</translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="824"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>Zaznaczono %n element</numerusform>
            <numerusform>Zaznaczono %n elementy</numerusform>
            <numerusform>Zaznaczono %n elementów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCManFM::View</name>
    <message>
        <location filename="../view.cpp" line="59"/>
        <source>Many files</source>
        <translation>Wiele plików</translation>
    </message>
    <message numerus="yes">
        <location filename="../view.cpp" line="60"/>
        <source>Do you want to open these %1 files?</source>
        <translation>
            <numerusform>Czy chcesz otworzyć ten %1 plik?</numerusform>
            <numerusform>Czy chcesz otworzyć te %1 pliki?</numerusform>
            <numerusform>Czy chcesz otworzyć te %1 plików?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../view.cpp" line="133"/>
        <source>Open in New T&amp;ab</source>
        <translation>Otwórz w nowej &amp;karcie</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="137"/>
        <source>Open in New Win&amp;dow</source>
        <translation>Otwórz w nowym &amp;oknie</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="145"/>
        <location filename="../view.cpp" line="174"/>
        <source>Open in Termina&amp;l</source>
        <translation>Otwórz w &amp;terminalu</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="160"/>
        <source>Show in New T&amp;ab</source>
        <translation>Pokaż w nowej k&amp;arcie</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="164"/>
        <source>Show in New Win&amp;dow</source>
        <translation>Pokaż w nowym o&amp;knie</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="45"/>
        <source>User Interface</source>
        <translation>Wyświetlanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="35"/>
        <source>Behavior</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="50"/>
        <location filename="../preferences.ui" line="642"/>
        <source>Thumbnail</source>
        <translation>Miniatury</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="55"/>
        <source>Volume</source>
        <translation>Wolumen</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="60"/>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="222"/>
        <source>Select newly created files</source>
        <translation>Zaznaczaj nowo utworzone pliki</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="296"/>
        <source>Icons</source>
        <translation>Ikony</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="328"/>
        <source>Size of big icons:</source>
        <translation>Rozmiar dużych ikon:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="345"/>
        <source>Size of small icons:</source>
        <translation>Rozmiar małych ikon:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="362"/>
        <source>Size of thumbnails:</source>
        <translation>Rozmiar miniatur:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="376"/>
        <source>Size of side pane icons:</source>
        <translation>Rozmiar ikon panelu bocznego:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="308"/>
        <source>Icon theme:</source>
        <translation>Motyw ikon:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="546"/>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="587"/>
        <source>Default width of new windows:</source>
        <translation>Domyślna szerokość nowych okien:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="601"/>
        <source>Default height of new windows:</source>
        <translation>Domyślna wysokość nowych okien:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="559"/>
        <source>Always show the tab bar</source>
        <translation>Zawsze pokazuj pasek kart</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="566"/>
        <source>Show &apos;Close&apos; buttons on tabs	</source>
        <translation>Pokazuj przycisk &apos;Zamknij&apos; na kartach	</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="580"/>
        <source>Remember the size of the last closed window</source>
        <translation>Zapamiętuj rozmiar ostatnio zamkniętego okna</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="81"/>
        <source>Browsing</source>
        <translation>Przeglądanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="93"/>
        <source>Open files with single click</source>
        <translation>Otwórz pliki pojedynczym kliknięciem</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="162"/>
        <source>Default view mode:</source>
        <translation>Domyślny tryb widoku:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="119"/>
        <source> sec</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="175"/>
        <source>File Operations</source>
        <translation>Operacje na plikach</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="181"/>
        <source>Confirm before deleting files</source>
        <translation>Potwierdź przed usunięciem plików</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="188"/>
        <source>Move deleted files to &quot;trash bin&quot; instead of erasing from disk.</source>
        <translation>Przenoś pliki do &quot;Kosza&quot; zamiast usuwać z dysku.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="651"/>
        <source>Show thumbnails of files</source>
        <translation>Wyświetlaj miniatury zawartości plików</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="658"/>
        <source>Only show thumbnails for local files</source>
        <translation>Wyświetl miniatury zawartości tylko lokalnych plików</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="40"/>
        <source>Display</source>
        <translation>Wyświetlanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="90"/>
        <source>If this is unchecked, the DE setting will be used.</source>
        <translation>Jeżeli niezaznaczone, zostaną użyte ustawienia środowiska graficznego.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="103"/>
        <location filename="../preferences.ui" line="116"/>
        <source>Set to zero to disable auto-selection.</source>
        <translation>Ustaw na zero, aby wyłączyć automatyczne zaznaczanie.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="106"/>
        <source>Delay of auto-selection in single click mode:</source>
        <translation>Opóźnienie automatycznego zaznaczenia w trybie pojedynczego kliknięcia:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="144"/>
        <source>Open in current tab</source>
        <translation>Otwórz w bieżącej karcie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="149"/>
        <source>Open in new tab</source>
        <translation>Otwórz w nowej karcie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="154"/>
        <source>Open in new window</source>
        <translation>Otwórz w nowym oknie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="129"/>
        <source>Show folder context menu with Ctrl + right click</source>
        <translation>Otwórz menu kontekstowe katalogu za pomocą Ctrl + prawy przycisk myszy</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="195"/>
        <source>Erase files on removable media instead of &quot;trash can&quot; creation</source>
        <translation>Usuwaj pliki na urządzeniach wymiennych zamiast przenosić je do kosza</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="202"/>
        <source>Confirm before moving files into &quot;trash can&quot;</source>
        <translation>Potwierdź przed przeniesieniem plików do &quot;Kosza&quot;</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="209"/>
        <location filename="../preferences.ui" line="409"/>
        <location filename="../preferences.ui" line="419"/>
        <source>Requires application restart to take effect completely</source>
        <translation>Wymaga ponownego uruchomienia programu, aby uzyskać pełny efekt</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="212"/>
        <source>Launch executable files without prompt</source>
        <translation>Uruchamiaj pliki wykonywalne bez potwierdzenia</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="219"/>
        <source>Renamed files will also be selected</source>
        <translation>Pliki ze zmienioną nazwą również zostaną wybrane</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="229"/>
        <source>Open folders in new tabs as far as possible</source>
        <translation>Otwórz katalogi w nowych kartach w miarę możliwości</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="232"/>
        <source>Single window mode</source>
        <translation>Tryb pojedynczego okna</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="244"/>
        <source>Number of recent files:</source>
        <translation>Liczba ostatnich plików:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="325"/>
        <location filename="../preferences.ui" line="335"/>
        <source>Used by Icon View</source>
        <translation>Używane w widoku ikon</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="342"/>
        <location filename="../preferences.ui" line="352"/>
        <source>Used by Compact View and Detailed List View</source>
        <translation>Używane w widoku kompaktowym i widoku szczegółowym</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="359"/>
        <location filename="../preferences.ui" line="369"/>
        <source>Used by Thumbnail View</source>
        <translation>Używane w widoku miniatur</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="389"/>
        <source>User interface</source>
        <translation>Wyświetlanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="402"/>
        <source>Treat backup files as hidden</source>
        <translation>Traktuj pliki kopii zapasowych jako ukryte</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="422"/>
        <source>Show icons of hidden files shadowed</source>
        <translation>Przyciemniaj ikony ukrytych plików</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="459"/>
        <source>Minimum item margins in icon view:</source>
        <translation>Minimalne odstępy elementów w trybie ikon:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="466"/>
        <source>3 px by default.</source>
        <translation>Domyślnie 3 piksele.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="469"/>
        <location filename="../preferences.ui" line="493"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="482"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="489"/>
        <source>3 px by default.
A space is also reserved for 3 lines of text.</source>
        <translation>Domyślnie 3 piksele.
Zarezerwowane jest też miejsce dla 3 linii tekstu.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="506"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="555"/>
        <source>When unchecked, the tab bar will be shown
only if there are more than one tab.</source>
        <translation>Jeśli niezaznaczone, pasek kart będzie wyświetlany
tylko wtedy, gdy jest więcej niż jedna karta.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="573"/>
        <source>Switch to newly opened tab</source>
        <translation>Przełącz do nowo otwartej karty</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="615"/>
        <source>Reopen last window tabs in a new window</source>
        <translation>Otwórz ponownie ostatnie karty okna w nowym oknie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="665"/>
        <location filename="../preferences.ui" line="677"/>
        <source>The built-in thumbnailer makes thumbnails of images that are supported by Qt.

Usually, most image types are supported. The default size limit is 4 MiB.</source>
        <translation>Wbudowany miniaturownik robi miniatury obrazów, które są wspierane przez Qt.

Zazwyczaj, większość typów obrazów jest wspierana. Domyślny limit wielkości to 4MiB.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="670"/>
        <source>Image size limit for built-in thumbnailer:</source>
        <translation>Limit rozmiaru obrazu dla wbudowanych miniatur:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="682"/>
        <location filename="../preferences.ui" line="718"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="698"/>
        <location filename="../preferences.ui" line="710"/>
        <source>If existing, external thumbnailers are used for videos, PDF documents, etc.

A value of -1 means that there is no limit for the file size (the default).</source>
        <translation>Do miniatur filmów, dokumentów PDF itd są używane zewnętrzne programy, o ile takie istnieją.

Wartość -1 oznacza, brak limitu dla rozmiaru pliku (ustawienie domyślne).</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="703"/>
        <source>File size limit for external thumbnailers:</source>
        <translation>Limit wielkości pliku dla zewnętrznego programu do miniatur:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="715"/>
        <source>No limit</source>
        <translation>Brak limitu</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="964"/>
        <source>Search</source>
        <translation>Wyszukaj</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="979"/>
        <source>Maximum search history:</source>
        <translation>Maksymalna przechowywana historia wyszukiwania:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="993"/>
        <source>Clear search history</source>
        <translation>Wyczyść historię wyszukiwania</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="1028"/>
        <source>Application restart is needed for changes to take effect.</source>
        <translation>Aby uzyskać efekt, musisz uruchomić ponownie program.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="136"/>
        <source>Bookmarks menu:</source>
        <translation>Menu zakładek:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="412"/>
        <source>Always show real file names</source>
        <translation>Zawsze pokazuj prawdziwe nazwy plików</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="429"/>
        <source>Do not show file tooltips</source>
        <translation>Nie pokazuj podpowiedzi dotyczących plików</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="436"/>
        <source>Disable smooth scrolling</source>
        <translation>Wyłącz płynne przewijanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="648"/>
        <source>Needs ffmpegthumbnailer</source>
        <translation>Wymaga programu ffmpegthumbnailer</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="754"/>
        <source>Auto Mount</source>
        <translation>Automatyczne montowanie</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="760"/>
        <source>Mount mountable volumes automatically on program startup</source>
        <translation>Montuj nośniki wymienne podczas uruchamiania programu</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="767"/>
        <source>Mount removable media automatically when they are inserted</source>
        <translation>Montuj nośniki wymienne po ich wsunięciu</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="774"/>
        <source>Show available options for removable media when they are inserted</source>
        <translation>Wyświetlaj możliwe czynności po wsunięciu nośnika wymiennego</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="784"/>
        <source>When removable medium unmounted:</source>
        <translation>Działania po odmontowaniu nośnika wymiennego:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="790"/>
        <source>Close &amp;tab containing removable medium</source>
        <translation>Zamknij &amp;kartę nośnika wymiennego</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="797"/>
        <source>Chan&amp;ge folder in the tab to home folder</source>
        <translation>Zmień katalog karty na katalog domowy</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="833"/>
        <source>Terminal emulator</source>
        <translation>Emulator terminala</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="842"/>
        <source>Command:</source>
        <translation>Polecenie:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="849"/>
        <source>Example: qterminal
It is the name of the executable file.</source>
        <translation>Przykład: qterminal
To nazwa pliku wykonywalnego.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="860"/>
        <source>Execution option:</source>
        <translation>Opcja wykonania:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="867"/>
        <source>Example: -e
It can be left empty if the terminal is already supported
or does not have such an option; required otherwise.</source>
        <translation>Przykład: -e
Można pozostawić puste, jeśli terminal jest już obsługiwany
lub nie ma takiej opcji; w przeciwnym razie jest wymagane.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="879"/>
        <source>Custom option(s):</source>
        <translation>Opcje niestandardowe:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="886"/>
        <source>This is optional, depends on the terminal,
and can be any group of custom options.</source>
        <translation>Opcjonalne, zależy od terminala i może być
dowolną grupą niestandardowych opcji.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="900"/>
        <source>Switch &amp;user command:</source>
        <translation>Polecenie przełączania &amp;użytkownika:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="910"/>
        <source>Example:
lxsudo dbus-run-session -- %s</source>
        <translation>Przykład:
lxsudo dbus-run-session -- %s</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="918"/>
        <source>Archiver in&amp;tegration:</source>
        <translation>Menedżer &amp;archiwów:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="934"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="940"/>
        <source>Show only user defined templates in menu</source>
        <translation>Pokazuj w menu tylko szablony zdefiniowane przez użytkownika</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="947"/>
        <source>Show only one template for each MIME type</source>
        <translation>Pokazuj tylko jeden szablon dla każdego typu MIME</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="954"/>
        <source>Run default application after creation from template</source>
        <translation>Uruchom domyślny program po utworzeniu pliku z szablonu</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="824"/>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="395"/>
        <source>Use SI decimal prefixes instead of IEC binary prefixes</source>
        <translation>Używanie dziesiętnych prefiksów SI zamiast binarnych IEC</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../bulkrename.cpp" line="185"/>
        <location filename="../bulkrename.cpp" line="247"/>
        <location filename="../bulkrename.cpp" line="288"/>
        <source>Renaming files...</source>
        <translation>Trwa zmiana nazw plików…</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="185"/>
        <location filename="../bulkrename.cpp" line="247"/>
        <location filename="../bulkrename.cpp" line="288"/>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="194"/>
        <location filename="../bulkrename.cpp" line="254"/>
        <location filename="../bulkrename.cpp" line="295"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="194"/>
        <location filename="../bulkrename.cpp" line="254"/>
        <location filename="../bulkrename.cpp" line="295"/>
        <source>Renaming is aborted.</source>
        <translation>Anulowanie zmiany nazwy.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="220"/>
        <location filename="../bulkrename.cpp" line="224"/>
        <location filename="../bulkrename.cpp" line="234"/>
        <location filename="../bulkrename.cpp" line="243"/>
        <location filename="../bulkrename.cpp" line="277"/>
        <location filename="../bulkrename.cpp" line="281"/>
        <location filename="../bulkrename.cpp" line="318"/>
        <location filename="../bulkrename.cpp" line="322"/>
        <location filename="../tabpage.cpp" line="1152"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="220"/>
        <location filename="../bulkrename.cpp" line="277"/>
        <location filename="../bulkrename.cpp" line="318"/>
        <source>No file could be renamed.</source>
        <translation>Nie udało się zmienić nazw wszystkich plików.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="224"/>
        <location filename="../bulkrename.cpp" line="281"/>
        <location filename="../bulkrename.cpp" line="322"/>
        <source>Some files could not be renamed.</source>
        <translation>Nie udało się zmienić nazw niektórych plików.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="234"/>
        <source>Nothing to find.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="243"/>
        <source>Invalid regular expression.</source>
        <translation>Nieprawidłowe wyrażenie regularne.</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="1152"/>
        <source>Cannot open as Admin.</source>
        <translation>Nie można otworzyć jako administrator.</translation>
    </message>
</context>
</TS>
