"""term-missing, third round (issue 24): an approved term in a related form,
a word used as a verb where the entry is not one, a command's name, an
option's name, a word kept in Latin letters, and an unfinished translation.
Each rule on real units of the judged samples' files (FileZilla, KeePassXC,
qBittorrent, NetworkManager-OpenVPN, Remmina, Deluge) with the real GNOME
Glossary, beside controls that must stay flagged."""
import unicodedata
from pathlib import Path

import pytest

from audit.run.api import check_files
from audit.terms.termbase import load_termbase
from audit.text.senses import other_sense
from audit.text.termfind import citation_verb, find, in_name
from audit.text.verbatim import (code_span, is_key_catalogue, is_message_key, kept_in_latin, placeholder_in_target,
                                 quoted_in_target, quoted_span_kept)

ROOT = Path(__file__).resolve().parent.parent
GNOME_TBX = ROOT / "tests" / "data" / "glossaries" / "gnome" / "gnome-glossary.tbx"


@pytest.fixture(scope="module")
def gnome():
    return load_termbase(GNOME_TBX)


# ---- the approved term in a related form ----------------------------------------------------

@pytest.mark.parametrize("lang, text, term", [
    ("de", "Netzwerk-Verbindungstyp", "Typ"),                        # a three-letter head of a compound
    ("hu", "Érvénytelen válaszkód", "kód"),
    ("sv", "Ett fildelningsprogram", "Dela"),                       # a verb's root in a derived compound
    ("sv", "Lägg automatiskt till torrenter", "Lägg till"),         # a particle verb split by an adverb
    ("pl", "powinno się ponownie uruchomić FileZilla", "Uruchom ponownie"),   # two words the other way round
    ("pl", "nie zna poprawnego adresu zewnętrznego IP", "Adres IP"),  # an adjective between
    ("pl", "usuwać pliki", "Usuń"),                                 # an aspect pair
    ("cs", "Chyba při načítání XML souboru", "načíst"),
    ("uk", "Шукати наступне входження", "Пошук"),                   # the verb of a prefixed noun
    ("pt", "Saída ou reinício após n segundos", "Sair"),            # a noun of the verb, accents aside
    ("pt", "Especificar saída ou reinício do ping", "Reiniciar"),
    ("uk", "щодо завнішньої ІР адреси", "IP-адреса"),               # Cyrillic capitals for Latin IP
    ("ja", "カスタムプロキシを選択", "プロクシ"),                        # another katakana spelling
    ("zh", "移至底部(&B)", "移动"),                                   # a verb shortened before a direction
    ("zh", "已在編輯所選的檔案.", "選擇"),
    ("zh", "账号名称：", "帐号"),                                      # a character written either way
    ("cs", "Test aktivního režimu FTP se nezdařil.", "Testovat"),    # the noun a borrowed verb is made of
    ("cs", "Tyto torrenty nejsou úplně staženy.", "Stáhnout"),      # a -nout verb's participle
    ("uk", "Помилка тесту", "Тестувати"),
    ("hu", "kérem zárja be.", "Bezárás"),                            # a verbal prefix standing apart
    ("uk", "Номер проєкту", "проект"),                               # the 2019 spelling of a loanword
    ("vi", "Ngừng chia sẻ khi đạt tỉ lệ:", "Tỷ lệ"),                  # i or y after an onset
    ("uk", "Налаштування конфігурації", "Конфіґурація"),              # ґ of the older spelling
    ("hu", "A levelet nem sikerült elküldeni", "Levél"),              # a long vowel shortened before a suffix
    ("hu", "Kérem, törölje", "Törlés"),                               # a vowel the noun drops (töröl: törlés)
    ("sv", "Aktivera Twilio för att ringa och ta emot samtal", "Mottaga"),   # a joined particle verb apart
    ("sv", "Utskrift till ”%s” lyckades", "Skriv ut"),               # the particle verb's noun, v -> f
    ("cs", "Kopie", "Kopírovat"),                                      # the noun of a borrowed -írovat verb
    ("cs", "Vyprázdnit seznam při otevírání souborů", "Otevřít"),      # otevřít's imperfective otevírat
    ("uk", "Не _зберігати", "Зберегти"),                               # зберегти's imperfective зберігати
    ("ja", "ゴミ箱にあるすべての写真を削除します", "ごみ箱"),            # a native word in katakana
    ("zh", "全选(_A)", "选择"),                                         # 全选 is 全部选择, select all
    ("vi", unicodedata.normalize("NFD", "Tỷ lệ hội suất:"),
     unicodedata.normalize("NFD", "tỷ lệ hội suất")),                 # a termbase and a text stored decomposed
    ("sv", "Inte tillåtet att komma åt meddelandet", "åtkomst"),      # the noun's particle verb
    ("tr", "Eşzamanlı tarama.", "Eşzamanlı yapmak"),                  # "X yapmak" is there where X is
    ("tr", "Kayıt başlatılıyor", "Kaydetmek"),                        # the noun a fused etmek verb is made of
    ("tr", "Bu kaydı sil", "Kaydetmek"),
    ("vi", "Phóng to đoạn", "Phóng to/nhỏ"),                        # one of a slash's alternatives
    ("zh", "缩小字体", "放大/缩小"),
    ("vi", "Ghi lưu", "Bản ghi"),                                     # the verb a nominaliser makes a noun of
    ("pt", "Salva todos os arquivos abertos", "Abrir"),               # an irregular participle (Geany)
    ("pt", "Largura da coluna “Total de escrita no disco”", "Escrever"),
    ("es", "Guardar los archivos abiertos", "Abrir"),
    ("it", "Tutti i file chiusi", "Chiudere"),
    ("de", "Spalte »Geräteschreibvorgänge«", "schreiben"),           # a verb's root inside a compound
    ("de", "Bandbreitenbegrenzung", "Grenzen"),
    ("sv", "Huvudfönstrets höjd", "Fönster"),                         # the unstressed e dropped in a compound
    ("pt", "O diretório de configuração de plugins", "Plug-in"),      # a joined term's plural
    ("uk", "Не вдалось виконати команду друку", "Надрукувати"),       # the noun of a perfective's base
    ("sv", "Bredd på ett indrag", "Gör indrag"),                      # "gör X" is there where X is
    ("cs", "Záložní adresář neexistuje", "Zálohovat"),                # a root softened before -ní (Geany)
    ("zh", "检查文件系统时出错", "错误"),                               # the noun written as its verb (GNOME Disks)
    ("pt", "Nome do arquivo", "Nome de arquivo"),                      # a preposition joined to its article
    ("it", "Nome del file", "Nome di file"),
    ("fr", "Nom du fichier", "Nom de fichier"),
])
def test_a_related_form_counts_as_the_approved_term(lang, text, term):
    assert find(text, [term], lang, lenient=True)


@pytest.mark.parametrize("lang, text, term", [
    ("pl", "_Menadżer połączeń", "Menedżer"),          # a misspelt term stays a finding
    ("tr", "Klasör paylaş", "Dizin"),                    # another word altogether
    ("tr", "ProtocolSettings dizgesinde geçersiz doğrulama verisi!", "Dizi"),   # dizge "string", not dizi "array"
    ("hu", "A kiszolgálónak meg kell próbálnia megosztani az asztalt", "Munkaasztal"),
    ("de", "VNC-Timeout in Sekunden", "Zeitüberschreitung"),
    ("ja", "ファイルを開く", "フォルダー"),
    ("zh", "增大字体", "增加"),
    ("sv", "Misslyckades med ljudavisering", "Notifiering"),
    ("uk", "Введіть дані розпізнавання на шлюзі RDP", "Автенфікація"),
    ("cs", "Stav připojení", "Stáhnout"),                          # a -nout verb's root is no prefix of every word
    ("vi", "tỉnh lệ", "Tỷ lệ"),
    ("hu", "a menet", "Mentés"),                                       # no vowel put back after n
    ("sv", "Tar bort filen", "Mottaga"),                               # the verb without its particle
    ("cs", "Kopec", "Kopírovat"),                                      # kopírovat's noun is kopie, no other kop-
    ("sv", "Mottagaren", "åtkomst"),
    ("tr", "Kayıp dosya", "Kaydetmek"),                                # kayıp "lost", not kayıt
    ("tr", "Yapılandırma", "Eşzamanlı yapmak"),                        # the light verb alone
    ("de", "TCP-Verbindung", "TCP/IP"),                                  # an acronym's slash is no alternative
    ("zh", "系统启动时解锁", "起动"),                                      # 启动 is another word, not a spelling
    ("pt", "Nome no arquivo", "Nome de arquivo"),                         # em + o is no de
])
def test_another_word_is_not_a_related_form(lang, text, term):
    assert not find(text, [term], lang, lenient=True)


# ---- senses -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, definition, verb, why", [
    ("Without this component of FileZilla, SFTP will not work.", "work", "", False, "used as a verb"),
    ("Note: This only works with plain, unencrypted FTP connections.", "works", "", False, "used as a verb"),
    ("unable to get editor plugin name:", "get", "An FTP command that instructs the server to transfer a "
     "specified file to the client.", False, "names a command"),
    ("Open Auto-Type help webpage", "Open", "Being accessible.", False, "imperative"),
    ("Could not find or access hardware key with serial number %1.", "key", "A key on the keyboard", False,
     "cryptographic"),
    ("Possible reasons (listed in order of decreasing probability):", "decreasing", "", False, "-ing form"),
    ('Set to "No" in order to send an empty SOAPAction header.', "order", "A sequence.", False, "fixed expression"),
    ("You can find out more on the wiki", "find", "To look for the location of a file.", False, "fixed expression"),
    ("Options of ticket dynamic fields internal key values", "key", "A key on the keyboard", False, "cryptographic"),
    # controls: the entry's own sense
    ("Sort in order of size", "order", "A sequence.", False, None),
    ("Find out-of-date files", "Find", "To look for the location of a file.", False, None),
    ("Decreasing the limit slows downloads", "Decreasing", "", False, None),
    ("Could not save the work", "work", "", False, None),
    ("Use the FTP get command to fetch it", "get", "An FTP command that instructs the server to transfer a "
     "specified file to the client.", False, None),
    ("Show open files", "open", "Being accessible.", False, None),
    ("Press the Enter key", "key", "A key on the keyboard", False, None),
    # a verb where the glossary leaves the part of speech open, and the
    # translation's approved term is a verb (de arbeiten) or its language
    # does not show (vi chấp nhận): the entry's sense
    ("Without this component of FileZilla, SFTP will not work.", "work", "", True, None),
    ("make sure FileZilla is allowed to accept connection", "accept", "", None, None),
    ("Could not find any sessions", "find", "Synonymous with Search. 1. To look for the location of a file.", False,
     None),
    # a key with nothing around it that makes it a keyboard's
    ("Could not validate the metadata key data.", "key", "On a keyboard, the combination of a plastic keycap", False,
     "keyboard's"),
    ("Press any key to continue", "key", "On a keyboard, the combination of a plastic keycap", False, None),
    ("Delete the SSH key", "key", "On a keyboard, the combination of a plastic keycap", False, "keyboard's"),
    # a verb entry's word after another verb, before a noun: an adjective
    ("Couldn't add duplicate torrent", "duplicate", "To copy.", False, "adjective"),
    ("Couldn't duplicate the file", "duplicate", "To copy.", False, None),
    # a verb after a negated modal, typographic apostrophe and all
    ("Couldn’t open torrent", "open", "Being accessible.", False, "used as a verb"),
    # "log in" is no record; a log file is
    ("Log into your account", "Log", "A record of transactions or activities.", False, "fixed expression"),
    ("Log files are kept for a week", "Log", "A record of transactions or activities.", False, None),
    ("Getting Started", "Started", "", False, "fixed expression"),
    # a progressive verb is not the noun of a definition that names its field first
    (", and others are typing…", "typing", "1. In programming, the nature of a variable", False, "participle"),
    # an adjective before its noun, where the entry is the noun (electric current)
    ("Your current password is older than 5 days.", "current", "The flow of electric charge through a conductor.",
     False, "adjective before a noun"),
    ("The current is measured in amperes", "current", "The flow of electric charge through a conductor.", False,
     None),
    # a verb entry that acts on a computer, and a source that names another object
    ("Reset your statistics?", "Reset", "To restart a computer without turning off its power.", False,
     "another object"),
    ("Reset remote host (hard reboot)", "Reset", "To restart a computer without turning off its power.", False, None),
    ("_Reset", "Reset", "To restart a computer without turning off its power.", False, None),
    # a count before a verb entry's word: things counted, no command (Shotwell)
    ("%d duplicate videos were not imported:", "duplicate", "To copy.", True, "count"),
    ("1 duplicate was not imported:", "duplicate", "To copy.", True, "count"),
    ("Duplicate the selected layer", "Duplicate", "To copy.", True, None),
    # a noun entry's word after "do not", or opening the text before "all": a verb
    ("Do not monitor library directory at runtime for changes", "monitor",
     "The device on which images generated by the computer's video adapter are displayed.", False, "verb"),
    ("View All", "View", "The display of data or an image from a given perspective or location.", False, "verb"),
    ("View", "View", "The display of data or an image from a given perspective or location.", False, None),
    # a noun entry's word after "does not" is a verb (Gnumeric's solver)
    ("This solver does not handle equality constraints.", "handle", "A pointer to an object.", False, "verb"),
    # a check box is a control, no bank cheque (GnuCash)
    ("To re-enable any of them, clear its check box.", "check", "A written order to a bank to pay money.", False,
     "fixed expression"),
    # a two-word term whose first word ends a phrasal verb
    ("Signed up time", "up time", "", False, "belongs to the verb"),
    ("Server up time", "up time", "", False, None),
])
def test_a_use_that_contradicts_the_entry(text, word, definition, verb, why):
    at = text.index(word)
    base = {"works": "work", "decreasing": "decrease", "typing": "type", "started": "start"}.get(word.casefold(),
                                                                                                word.casefold())
    got = other_sense(text, at, at + len(word), base, definition, "", verb)
    assert (got is None) if why is None else (why in got), got


@pytest.mark.parametrize("term, lang, verb", [
    ("arbeiten", "de", True), ("Arbeit", "de", False), ("Çalışmak", "tr", True), ("Praca", "pl", False),
    ("otworzyć", "pl", True), ("Відкрити", "uk", True), ("Робота", "uk", False), ("工作", "zh", None),
    ("Chấp nhận", "vi", None), ("許可", "ja", None), ("開く", "ja", True), ("起動する", "ja", True),
])
def test_a_verb_citation_form(term, lang, verb):
    assert citation_verb(term, lang) is verb


def test_no_source_term_is_joined_from_a_contraction():
    # qTox: "You're trying to send a sequential file" holds no "retrying"
    assert not find("You're trying to send a sequential file", ["retry"], "en")
    assert find("Retrying in 5 seconds", ["retry"], "en")


def test_a_name_kept_with_the_translations_ending():
    from audit.text.verbatim import kept_name
    text = "For use with Windows"
    at = text.index("Windows")
    assert kept_name(text, at, at + 7, "Windowszal történő használathoz")        # GNOME Disks, hu
    assert not kept_name(text, at, at + 7, "Ablakokkal történő használathoz")


def test_a_chat_command_and_a_quoted_name_kept_are_no_words():
    text = "Unknown Command %s. Try /help"
    assert code_span(text, text.index("help"), len(text))
    assert not code_span("Open /usr/share/help", 16, 20)
    text = "PCManFM-Qt File Manager Copyright (C) 2009"
    assert code_span(text, text.index("C)"), text.index("C)") + 1)          # the copyright sign, no C language
    text = "Show process “Waiting Channel” column on startup"
    at = text.index("Channel")
    assert quoted_span_kept(text, at, at + 7, "Spalte »Waiting Channel« beim Start anzeigen")   # System Monitor, de
    assert not quoted_span_kept(text, at, at + 7, "Spalte »Wartekanal« beim Start anzeigen")


def test_an_option_name_and_a_word_kept_in_latin_letters():
    text = "Adds a random string to remote DNS name to avoid DNS caching. config: remote-random-hostname"
    at = text.index("hostname")
    assert code_span(text, at, at + 8) == "part of an option's name"
    assert code_span("Adds a random hostname", 13, 21) is None
    text = "Make sure to add extension=gnupg.so in php ini files"
    assert code_span(text, text.index("extension"), text.index("=")) == "a setting's name (key=value)"
    text = "Usage: nmcli device connect { ARGUMENTS | help } ARGUMENTS := Connect"
    assert code_span(text, text.index("help"), text.index("help") + 4) == "part of bracketed option syntax"
    assert code_span("the file extension = .so", 9, 18) is None           # prose around an equals sign
    text = "Invalid `passbolt.plugins.smtpSettings.security` configuration values."
    assert code_span(text, text.index("security"), text.index("security") + 8).startswith("part of code")
    assert kept_in_latin("Snap", "<big><b>Remmina の Snap パッケージ</b></big>", "ja")
    assert kept_in_latin("Windows", "Windows 接続をエクスポートする (.rdp ファイル形式)", "ja")
    assert not kept_in_latin("file", "Дія щодо file exists по замовчуванню", "uk")    # untranslated: a finding
    assert quoted_in_target("notification", 'Migrieren der Datenbanktabelle "notification".')
    assert not quoted_in_target("notification", "Benachrichtigung über notification senden")
    assert not kept_in_latin("Snap", "<big>Snap-Einstellungen</big>", "de")   # Latin script: a loanword may be it
    assert not kept_in_latin("file", "“%s” を保存できませんでした。", "ja")
    # a placeholder's name, kept with its sigil ("%s" and "{x}" are masked by the readers; these are not)
    text = ":function: is enabled, potentially being a security concern."
    assert placeholder_in_target(text, 1, 9, ":function: engedélyezve van")
    assert not placeholder_in_target(text, 1, 9, "A funkció engedélyezve van")
    assert not placeholder_in_target("Note:function list", 5, 13, "Note:function")    # a colon in prose


# ---- whole files --------------------------------------------------------------------------------

def po_file(tmp_path, lang, units):
    po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', f'"Language: {lang}\\n"', ""]
    for src, tgt, fuzzy in units:
        po += (["#, fuzzy"] if fuzzy else []) + [f'msgid "{src}"', f'msgstr "{tgt}"', ""]
    path = tmp_path / f"{lang}.po"
    path.write_text("\n".join(po), encoding="utf-8")
    return path


def test_an_unfinished_translation_is_not_checked_against_its_source(tmp_path, gnome):
    # FileZilla's uk.po: a fuzzy unit whose translation is of an older message
    path = po_file(tmp_path, "uk", [
        ("Create directory and enter it", "Нова директорія", True),
        ("Create a new directory", "Нова директорія", False),
    ])
    missing = [f for v in check_files(path, termbase=gnome).versions for f in v.findings if f.kind == "term-missing"]
    assert {" ".join(f.evidence[0].text.split()) for f in missing} == {"Create a new directory"}


@pytest.mark.parametrize("target, locale", [("下一页", "zh-Hans"), ("下一頁", "zh-Hant")])
def test_a_chinese_file_without_a_region_takes_its_script_from_its_text(tmp_path, target, locale):
    # sqlitebrowser's zh.ts is simplified: the glossary's zh-Hant 頁 is not wanted there
    from audit.checks.direct import version_locale
    from audit.files.readers import read_file
    versions = read_file(po_file(tmp_path, "zh", [("Next page", target, False)]), "zh", None)
    assert version_locale(next(v for v in versions if not v.is_source), {}) == locale


def test_a_finding_names_the_sense_the_glossary_means(tmp_path, gnome):
    # the uk unit above: the note carries the entry's definition, so a reviewer
    # sees which "directory" the glossary means before acting
    path = po_file(tmp_path, "uk", [("Create a new directory", "Нова тека", False)])
    notes = [f.note for v in check_files(path, termbase=gnome).versions for f in v.findings if f.kind == "term-missing"]
    definition = next(e.definition for e in gnome.glossary if e.approved("en")[0].text.casefold() == "directory")
    directory = [n for n in notes if "source has 'directory'" in n]
    assert definition and len(directory) == 1 and " ".join(definition.split())[:40] in directory[0]
    # an entry without a definition ("Create") names only its id
    assert any("(entry 'g153');" in n for n in notes if "source has 'Create'" in n)


def test_verb_uses_are_left_out_where_the_translation_term_is_a_noun(tmp_path, gnome):
    path = po_file(tmp_path, "cs", [
        ("Without this component of FileZilla, SFTP will not work.", "Bez této součásti nebude SFTP fungovat.",
         False),
        ("Unable to get the file", "Soubor nelze stáhnout", False),
        ("Save your work", "Uložit rozdělanou činnost", False),
    ])
    missing = {" ".join(f.evidence[0].text.split()): f.note for v in check_files(path, termbase=gnome).versions
               for f in v.findings if f.kind == "term-missing"}
    assert "Save your work" in missing and "'Práce'" in missing["Save your work"]
    assert not any(k.startswith(("Without", "Unable")) and "'Práce'" in n for k, n in missing.items())


@pytest.mark.parametrize("text, word, name", [
    ("Micronesia, Federated States of", "States", True),
    ("Korea, Republic of", "Republic", True),
    ("United States Minor Outlying Islands", "States", True),
    ("Show torrents with state STATE", "state", False),
    ("Error, File not found", "File", False),        # a sentence after the comma, not a name
])
def test_a_name_written_surname_first(text, word, name):
    at = text.index(word)
    assert in_name(text, at, at + len(word)) is name


@pytest.mark.parametrize("text, key", [
    ("status.new", True), ("help.rate", True), ("user_profile", True), ("admin_entity.delete_confirm", True),
    ("menu.homepage", True), ("help.fixedRate", True), ("entryState.running", True),
    ("create", False),               # a one-word key is the English word itself
    ("Time Tracking", False), ("Save the file.", False), ("e.g.", False), ("remote-random-hostname", False),
    ("Status.New", False),
])
def test_a_message_key_is_not_a_source_text(text, key):
    assert is_message_key(text) is key


def test_a_key_catalogue_is_not_checked_as_english(gnome):
    # Kimai's real Czech XLIFF: more than half its <source>s are keys ("menu.homepage"),
    # and the others are keys too ("trash" is translated by "Delete", its English text)
    path = ROOT / "tests" / "data" / "realworld" / "kimai" / "cs.xlf"
    assert not [f for v in check_files(path, termbase=gnome).versions for f in v.findings if f.kind == "term-missing"]
    texts = ["Remove widget", "Audit logs", "trash", "status.new", "menu.homepage"]
    assert is_key_catalogue(texts) and not is_key_catalogue(texts[:3] * 3 + texts[3:4])


def test_unfinished_is_one_mark_for_every_format_and_check(tmp_path):
    """PO fuzzy, Qt unfinished and an XLIFF needs-review state are the same
    mark: term-missing leaves the unit out and pofilter's fuzzy test reports it."""
    from audit.run.api import prepared_termbase
    ts = tmp_path / "de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
                  '<context><name>Main</name>\n'
                  '<message><source>Save the file</source><translation type="unfinished">Speichern</translation>'
                  '</message>\n'
                  '<message><source>Open the file</source><translation>Öffnen</translation></message>\n'
                  '</context>\n</TS>\n', encoding="utf-8")
    xlf = tmp_path / "de.xlf"
    xlf.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                   'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file source-language="en" target-language="de" '
                   'datatype="plaintext" original="x"><body>\n'
                   '<trans-unit id="1"><source>Save the file</source>'
                   '<target state="needs-review-translation">Speichern</target></trans-unit>\n'
                   '<trans-unit id="2"><source>Open the file</source><target state="translated">Öffnen</target>'
                   '</trans-unit>\n</body></file></xliff>\n', encoding="utf-8")
    po = po_file(tmp_path, "de", [("Save the file", "Speichern", True), ("Open the file", "Öffnen", False)])
    tb = prepared_termbase(GNOME_TBX, None, ["fuzzy"])
    for path in (ts, xlf, po):
        found = check_files(path, termbase=tb).findings
        assert {" ".join(f.evidence[0].text.split()) for f in found if f.kind == "term-missing"} == {"Open the file"}
        assert [f.evidence[0].text for f in found if f.kind == "qa-fuzzy"] == ["Save the file"], path


def test_a_placeholder_the_translator_translated_holds_the_term(tmp_path, gnome):
    # HexChat's de.po: "<Passwort>" is the translator's, "{port}" kept as the source writes it
    path = po_file(tmp_path, "de", [
        ("GHOST <nick> [<password>], Kills a ghosted nickname", "GHOST <Nick> [<Passwort>], Trennt einen Nick", False),
        ("Couldn't bind port on {address}: {port}", "Konnte {address}: {port} nicht binden", False),
    ])
    missing = {" ".join(f.evidence[0].term.split()) for v in check_files(path, termbase=gnome).versions
               for f in v.findings if f.kind == "term-missing"}
    assert "password" not in missing and "port" in missing
