"""term-missing only where the source word is the entry's concept and the
target lacks the approved term in every related form (issue 24): the English
sense rules (audit/text/senses.py), the file's own longer terms
(audit/text/phrases.py) and the language modules' related forms, each on
units of the real PO files in tests/data/realworld with the real GNOME
Glossary (tests/data/glossaries)."""
from pathlib import Path

import pytest

from audit.files.readers import read_file
from audit.run.api import check_files
from audit.terms.termbase import load_termbase
from audit.text.phrases import FileTerms
from audit.text.senses import entry_kind, other_sense
from audit.text.termfind import find

ROOT = Path(__file__).resolve().parent.parent
GNOME_TBX = ROOT / "tests" / "data" / "glossaries" / "gnome" / "gnome-glossary.tbx"
DELUGE = ROOT / "tests" / "data" / "realworld" / "deluge"


@pytest.fixture(scope="module")
def gnome():
    return load_termbase(GNOME_TBX)


def entry(tb, en):
    return next(e for e in tb.glossary if any(t.locale == "en" and t.text == en for t in e.terms))


_RESULTS = {}


def missing(gnome, name):
    """(source text, entry's English term) of every term-missing finding of a real deluge file."""
    if name not in _RESULTS:
        result = check_files(DELUGE / name, termbase=gnome)
        english = {e.id: e.approved("en")[0].text for e in gnome.glossary if e.approved("en")}
        _RESULTS[name] = {(f.evidence[0].text, english[f.concept]) for v in result.versions for f in v.findings
                          if f.kind == "term-missing"}
    return _RESULTS[name]


# ---- what the glossary says about an entry ------------------------------------------------

def test_the_entry_kind_comes_from_the_definition_or_a_stated_part_of_speech(gnome):
    assert entry_kind(entry(gnome, "Tab").definition) == "key"          # "A character used to align ..."
    assert entry_kind(entry(gnome, "Return").definition) == "key"       # "A key on a keyboard ..."
    assert entry_kind(entry(gnome, "Unicode").definition) != "key"      # "A character set ..."
    assert entry_kind(entry(gnome, "Import").definition) == "verb"      # "To bring information ..."
    assert entry_kind(entry(gnome, "Help").definition) == "noun"        # "An item on a menu bar ..."
    assert entry_kind(entry(gnome, "Active").definition) == "adjective"  # "Pertaining to ..."
    assert entry_kind("", "noun") == "noun" and entry_kind("") == ""


def test_a_tbx_part_of_speech_is_read(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_text('<?xml version="1.0"?><martif type="TBX-Basic"><text><body><termEntry id="help">'
                    '<langSet xml:lang="en"><tig><term>Help</term><termNote type="partOfSpeech">noun</termNote></tig>'
                    '</langSet><langSet xml:lang="pl"><tig><term>Pomoc</term></tig></langSet></termEntry>'
                    '</body></text></martif>', encoding="utf-8")
    assert load_termbase(path).glossary[0].pos == "noun"


# ---- the English sense rules, on real source units ---------------------------------------

@pytest.mark.parametrize("text, word, term, other", [
    # window tabs in a View menu, not the Tab key or character
    ("T_abs", "T_abs", "Tab", True),
    ("Press Tab to move to the next field", "Tab", "Tab", False),
    # the Help menu's word as a verb
    ("Help us improve Deluge by sending us your Python version, PyGTK version, OS and processor types.",
     "Help", "Help", True),
    ("_Help", "_Help", "Help", False),
    # a count, not a number
    ("The number of 16 KiB blocks currently in the disk cache. This includes both read and write cache.",
     "number", "Number", True),
    # the verb's participle, not a form to fill in
    ('The IP address "%s" is badly formed', "formed", "Form", True),
    # a participle of the same sense with no verb around it stays the entry's
    ("Torrent Queued", "Queued", "Queue", False),
    ("Set -1 for unlimited.", "Set", "Set", False),
    # Message is an application's status message; a message sent and received is another
    ("Open a new tab when you receive a private message", "message", "Message", True),
    ("The message should be a valid ASCII-armored OpenPGP message.", "message", "Message", True),
    ("Message log", "Message", "Message", False),
    # Image is a graphic picture; a disk image is another
    ("Create a new empty disk image", "image", "Image", True),
    ("Insert an image into the document", "image", "Image", False),
    # fixed expressions
    ("Self-test in progress", "progress", "Progress", True),
    ("In the event of a failure, the file is restored", "event", "Event", True),
    ("An event was received", "event", "Event", False),
    # Root is the superuser; a root certificate is another
    ("Root certificate is not trusted", "Root", "Root", True),
    ("Run the command as root", "root", "Root", False),
    # "based" is never the noun Base (a number system's base)
    ("Use Amplitude based speech detection", "based", "Base", True),
    ("Base 16", "Base", "Base", False),
    # a one-word label's adjective, not the noun Current (electric current)
    ("Current", "Current", "Current", True),
    ("Measure the electric current", "current", "Current", False),
    # Monitor is a display; a system monitor (GNOME System Monitor) is a program
    ("A simple process and system monitor.", "monitor", "Monitor", True),
    ("Move the window to the external monitor", "monitor", "Monitor", False),
    # Load is loading data into memory; a shock load and a load average are others
    ("Number of errors as a result of impact loads as detected by a shock sensor", "loads", "load", True),
    ("Loading the file", "Loading", "load", False),
    # a verb entry's participle describing a noun: a state, not the command (OTOBO)
    ("Closed tickets (customer user)", "Closed", "Close", True),
    ("received a whatsapp message in", "received", "Receive", False),    # a verb with its object
    # fixed expressions and a gerund: no binary digit, blanked screen, saved file, lock, data type
    ("Try changing the password a bit more.", "bit", "Bit", True),
    ("Set a bit in the mask", "bit", "Bit", False),
    ("The Real name option cannot be left blank.", "blank", "Blank", True),
    ("Save Power", "Save", "Save", True),
    ("Save the file", "Save", "Save", False),
    ("The command may cause the system to lock up", "lock", "Lock", True),
    ("Auto-close curly bracket when typing an opening one", "typing", "Type", True),
    # a noun entry's word as a command's verb before its object (Thunar)
    ("View the properties of the selected file", "View", "View", True),
    ("Display recently used files", "Display", "Display", True),
    ("Do _not display this message again", "display", "Display", True),
    ("Icon View", "View", "View", False),
    ("Display settings", "Display", "Display", False),
    # "in place of" holds no place, "looks like" no look (for)
    ("A widget to display in place of the usual page", "place", "Place", True),
    ("It looks like the file is not available.", "looks", "Look", True),
    # a dialog's Button is no key's or mouse's; Home, the start of a line, no home folder
    ("Insert spaces when the tab button is pressed", "button", "Button", True),
    ("Invalid mouse button, must be a number between 1 and 7.", "button", "Button", True),
    ("Click the OK button", "button", "Button", False),
    ("Go to the home folder", "home", "Home", True),
    ("Move the cursor to the line's home", "home", "Home", False),
    # licence boilerplate: "received a copy" receives nothing over a line
    ("You should have received a copy of the GNU General Public License", "received", "Receive", True),
])
def test_a_word_used_in_another_sense_than_the_entrys(gnome, text, word, term, other):
    e = entry(gnome, term)
    start = text.index(word)
    assert bool(other_sense(text, start, start + len(word), term, e.definition, e.pos)) is other


def test_real_findings_in_another_sense_are_gone_and_the_entrys_sense_stays(gnome):
    zh = missing(gnome, "zh_CN.po")
    assert not any(t == "Tab" for s, t in zh if s == "T_abs")
    assert not any(t == "Form" for s, t in zh if "badly formed" in s)
    assert not any(t == "Number" and "number of" in s for s, t in zh)
    hu = missing(gnome, "hu.po")
    assert not any(t == "Help" and s.startswith("Help us") for s, t in hu)
    # kept: the source names the concept, the translation uses none of its terms
    assert ("Download Folder:", "Folder") in zh
    assert ("Daemon", "Daemon") in hu


# ---- the file's own longer terms ------------------------------------------------------------

def test_recurring_terms_and_acronym_expansions_of_a_real_file():
    source = next(v for v in read_file(DELUGE / "pl.po", "pl", None) if v.is_source)
    terms = FileTerms([s.text for s in source.segments])
    assert ("system", "tray") in terms.recurring and "DHT" in terms.acronyms
    text = "Distributed hash table may improve the amount of active connections."
    around = terms.around(text, text.index("table"), text.index("table") + 5)
    assert around.text == "Distributed hash table" and around.acronym
    text = "Enable system tray icon"
    around = terms.around(text, text.index("system"), text.index("system") + 6)
    assert around.text.casefold() in ("system tray", "system tray icon") and not around.last


def test_a_word_of_the_files_own_longer_term_is_not_the_short_entry(gnome):
    pl = missing(gnome, "pl.po")
    hu = missing(gnome, "hu.po")
    # "system tray" (obszar powiadamiania), "Distributed hash table" (DHT): not System, Table, Distribute
    assert not any(t == "System" and "system tray" in s.casefold() for s, t in pl)
    assert not any(t in ("Table", "Distribute") and "hash table" in s for s, t in pl | hu)
    # a head keeps its sense: a sound notification is a notification, a shutdown daemon a daemon
    assert ("Sound notification Success", "Notification") in hu
    assert ("Quit & Shutdown Daemon", "Daemon") in hu


# ---- related forms the language modules recognise ----------------------------------------

@pytest.mark.parametrize("lang, text, term, found", [
    ("tr", "Süz", "Süzgeç", True),                       # the verb root of the noun süz-geç
    ("tr", "Engelleme listesini başlangıçta içe aktar", "İçeri aktarmak", True),
    ("tr", "Bunun için", "içeri", False),                # a two-letter root alone is no match
    ("zh", "连接管理(_C)", "管理器", True),                  # 管理器 less its suffix 器
    ("zh", "是否要重新启动以使用 %s 模式？", "重启动", True),    # 重 as the free word 重新
    ("zh", "本次会话读取操作统计信息", "统计学", True),          # 统计学 less 学, inside 统计信息
    ("zh", "下载目录中的文件", "文件夹", False),              # 夹 is no suffix: 文件 is a file, not a folder
    ("ja", "閉じたらトレイに最小化する", "閉じる", True),          # a verb conjugated from its stem
    ("ja", "ディスクに書き込まれたブロック", "書き込み", True),      # a noun that is a verb's stem
    ("ja", "閉鎖", "閉じる", False),                          # another word with the same kanji
    ("ja", "ユーザー名(_U):", "ユーザ名", True),                # the long mark written or not
    ("ja", "コマンドラインのオプションの完全な一覧", "コマンドラインオプション", True),
    ("ja", "正しい URK ではありません。", "URL", False),        # a typo is not the term
])
def test_an_approved_term_in_a_related_form(lang, text, term, found):
    assert bool(find(text, [term], lang, lenient=True)) is found


def test_real_turkish_and_chinese_findings_that_were_related_forms_are_gone(gnome):
    tr = missing(gnome, "tr.po")
    assert ("Filter", "Filter") not in tr                # Süz
    assert not any(t == "Import" and s.startswith("Import blocklist") for s, t in tr)   # içe aktar
    zh = missing(gnome, "zh_CN.po")
    assert ("_Connection Manager", "Manager") not in zh  # 连接管理


def test_a_csv_part_of_speech_column_is_read_and_used(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("concept,lang,term,status,part of speech\nhelp,en,Help,preferred,noun\nhelp,pl,Pomoc,preferred,\n",
                    encoding="utf-8")
    tb = load_termbase(path)
    assert tb.glossary[0].pos == "noun"
    text = "Help us improve Deluge by sending us your Python version, PyGTK version, OS and processor types."
    assert other_sense(text, 0, 4, "Help", "", tb.glossary[0].pos)
    assert not other_sense(text, 0, 4, "Help", "", "")         # nothing says it is a noun: the entry's


def test_a_longer_glossary_entry_wins_over_the_short_one_it_holds(gnome):
    text = "Deluge is a lightweight, Free Software, cross-platform BitTorrent client."
    phrases = [t.text for e in gnome.glossary for t in e.approved("en")]
    hits = [text[m.start:m.end] for m in find(text, phrases, "en")]
    assert "Free Software" in hits and "Software" not in hits


# ---- a definition that gives an everyday word a specialised sense ------------------------

@pytest.mark.parametrize("text, word, term, file_words, other", [
    # Line is "Any wire or wires, such as power lines and telephone lines": a
    # text editor's line (Geany) is not one; a modem's file speaks of the field
    ("Insert line numbers before each line in the exported document", "line", "Line", {"editor", "file"}, True),
    ("Line _Breaking", "Line", "Line", {"editor", "indent"}, True),
    ("Line", "Line", "Line", {"modem", "dial"}, False),
    ("Hang up the telephone line", "line", "Line", set(), False),
    # Subject is the topic line of an e-mail message: a certificate's subject is another
    ("Verify subject partially (legacy mode, strongly discouraged)", "subject", "Subject", {"certificate"}, True),
    ("Subject", "Subject", "Subject", {"inbox", "reply"}, False),
    # Frequency is a periodic event's, in hertz: not how often errors occur (GNOME Disks)
    ("Frequency of errors while reading raw data from the disk", "Frequency", "Frequency", {"disk", "error"}, True),
    ("CPU Frequency", "Frequency", "Frequency", {"disk"}, False),
    # Call is a telecommunications call: a function called is not one
    ("End element handler called while in root context", "called", "Call", {"element", "file"}, True),
    ("Incoming call", "call", "Call", {"voice", "video"}, False),
    # Layer is a protocol suite's level: a drawing's layer (Xournal++) is not one
    ("Rename layer", "layer", "Layer", {"page", "pen", "drawing"}, True),
    ("The transport layer", "layer", "Layer", {"network"}, False),
    # Library is a programming library: a photo or music library (Shotwell, Rhythmbox) is not one
    ("Your photo library is not compatible with this version of Shotwell.", "library", "Library", {"plugins"}, True),
    ("'s Library", "Library", "Library", {"music", "album"}, True),
    ("Could not load the shared library", "library", "Library", set(), False),
    # Support is assistance to customers: LaTeX support (Xournal++) is a feature
    ("LaTeX support (requires a working LaTeX installation)", "support", "Support", {"page", "pen"}, True),
    ("Contact our support team", "support", "Support", set(), False),
    # Reset and Restart restart a computer: not an application or the equalizer
    ("_Use custom styling to make tabs slim (restart required)", "restart", "Restart", {"tab", "window"}, True),
    ("Reset remote host (hard reboot)", "Reset", "Reset", {"connection"}, False),
    # Range is a block of spreadsheet cells (Gnumeric's is one, a print range is not)
    ("Your print range selection does not include any pages", "range", "Range", {"page", "printer"}, True),
    ("The range A1:B3 is empty", "range", "Range", {"cell", "sheet"}, False),
    # readings the unit itself shows: a background colour, a floating toolbox,
    # an online store, a numeric code, smooth scrolling
    ("Fill with background color only", "background", "Background", set(), True),
    ("Run the job in the background", "background", "Background", set(), False),
    ("Show floating toolbox", "floating", "Float", set(), True),
    ("playing and purchasing from the Magnatune online music store", "online", "Online", set(), True),
    ("A numeric code representing the default visibility", "code", "code", set(), True),
    ("Disable smooth scrolling", "smooth", "smooth", set(), True),
    # Letter is a paper format (Gnumeric's first letter is a character); Print a printer's
    ("Autocorrect first letter", "letter", "Letter", {"paper", "print"}, True),
    ("Letter", "Letter", "Letter", {"paper", "print"}, False),
    ("Do not print the filename for each match", "print", "Print", {"page", "printer"}, True),
    ("Print the selected pages", "Print", "Print", {"page", "printer"}, False),
    # Support needs its customers, Scan its optics (Pidgin, Claws Mail)
    ("This protocol does not support fetching the public alias.", "support", "Support", {"contact", "buddy"}, True),
    ("ClamAV: scanning message...", "scanning", "Scan", {"image", "page"}, True),
    ("Scan the page", "Scan", "Scan", {"image", "page"}, False),
])
def test_a_specialised_sense_needs_its_field_in_the_unit_or_the_file(gnome, text, word, term, file_words, other):
    e = entry(gnome, term)
    start = text.index(word)
    got = other_sense(text, start, start + len(word), term, e.definition, e.pos, None, frozenset(file_words))
    assert bool(got) is other


def test_without_its_file_a_unit_keeps_the_specialised_sense(gnome):
    # other_sense called on a unit alone: nothing says the field is absent
    assert other_sense("Line", 0, 4, "Line", entry(gnome, "Line").definition) is None


def test_an_acronym_kept_in_the_translation_is_not_the_everyday_word():
    from audit.text.verbatim import kept_acronym
    assert kept_acronym("SMART", "smart", "SMART-_Attribute")                  # GNOME Disks, de
    assert kept_acronym("SMART", "smart", "クリックすると S.M.A.R.T. セルフテストを開始")
    assert not kept_acronym("ARGUMENTS", "argument", "{ ARGUMENTUM | help }")  # a placeholder translated
    assert not kept_acronym("Smart", "smart", "Smart")                         # not in capitals


def test_a_file_about_another_sense_keeps_its_words_out(gnome):
    # Claws Mail: every message is an e-mail, the GNOME Glossary's Message an
    # application's status message; Shotwell's library holds photos
    from audit.checks.term_missing import _file_words
    mail = ["Mail %d" % k for k in range(40)] + ["marked messages", "Check for new mail"]
    _, subject = _file_words(mail)
    assert "mail" in subject and "marked" not in subject
    message = entry(gnome, "Message")
    assert other_sense("marked messages", 7, 15, "Message", message.definition, message.pos, None, frozenset(),
                       subject)
    assert not other_sense("marked messages", 7, 15, "Message", message.definition, message.pos, None, frozenset(),
                           frozenset({"torrent", "peer"}))
    library = entry(gnome, "Library")
    assert other_sense("'s Library", 3, 10, "Library", library.definition, library.pos, None,
                       frozenset({"python"}), frozenset({"photo", "photos"}))
    assert not other_sense("'s Library", 3, 10, "Library", library.definition, library.pos, None,
                           frozenset({"python"}), frozenset({"plugin", "python"}))
