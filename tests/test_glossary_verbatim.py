"""term-missing leaves out what a translation keeps as written, reads a
Ukrainian word with an apostrophe as one word, and a menu accelerator inside
a two-word term (issue 24, the held-out sample's tune half): each rule on
real units of Remmina's and Deluge's PO files with the real GNOME Glossary,
beside controls that must stay flagged."""
from pathlib import Path

import pytest

from audit.run.api import check_files
from audit.terms.termbase import load_termbase
from audit.text.senses import entry_kind, other_sense
from audit.text.termfind import find
from audit.text.verbatim import code_span, kept_name

ROOT = Path(__file__).resolve().parent.parent
GNOME_TBX = ROOT / "tests" / "data" / "glossaries" / "gnome" / "gnome-glossary.tbx"


@pytest.fixture(scope="module")
def gnome():
    return load_termbase(GNOME_TBX)


def flagged(tmp_path, gnome, lang, units):
    """The English glossary terms term-missing flags, per unit, on a PO file of these real units."""
    po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', f'"Language: {lang}\\n"', ""]
    for src, tgt in units:
        po += [f'msgid "{src}"', f'msgstr "{tgt}"', ""]
    path = tmp_path / f"{lang}.po"
    path.write_text("\n".join(po), encoding="utf-8")
    english = {e.id: e.approved("en")[0].text for e in gnome.glossary if e.approved("en")}
    result = check_files(path, termbase=gnome)
    out: dict[str, set[str]] = {}
    for v in result.versions:
        for f in v.findings:
            if f.kind == "term-missing":
                out.setdefault(" ".join(f.evidence[0].text.split()), set()).add(english[f.concept])
    return out


# ---- names and code the translation keeps as written -------------------------------------

@pytest.mark.parametrize("text, word, why", [
    ("Send Ctrl+Alt+Delete", "Delete", "part of a key combination"),
    ("Increase font size (host+Page Up)", "Page", "part of a key combination"),
    ("Scroll with Page Down", "Page", "part of a key's name"),
    ("Options for redirection of audio output: [channel:<channel>] Audio output", "channel",
     "part of bracketed option syntax"),
    ("Usage: resume [ * | <torrent-id> [<torrent-id> ...] ]", "resume", "the command of a usage line"),
    ("Parameters 'key' or 'value' are 'NULL'!", "value", "an identifier in quotes"),
    # controls: the same words as words
    ("Delete the selected connection", "Delete", None),
    ("Go to the next page", "page", None),
    ("Resume the selected torrents", "Resume", None),
    ("Click 'Save' to keep the value", "value", None),
    ("Font size (Ctrl+Plus) of the page", "page", None),
])
def test_a_key_option_command_or_identifier_is_code(text, word, why):
    at = text.index(word)
    assert code_span(text, at, at + len(word)) == why


def test_a_name_the_translation_keeps_as_written():
    text = "Export connection in Windows .rdp file format"          # Remmina
    at = text.index("Windows")
    assert kept_name(text, at, at + 7, "使用 Windows .rdp 文件格式导出连接")
    assert not kept_name(text, at, at + 7, "使用窗口 .rdp 文件格式导出连接")      # translated: a word
    assert not kept_name("Windows", 0, 7, "Windows")                  # a menu item's first word says nothing
    assert not kept_name("Close all windows", 10, 17, "Close all windows")   # not capitalised
    # a two-word name kept as a whole (Claws Mail, tr); title case translated says nothing
    text = "Your version of Claws Mail is too old for the plugin."
    at = text.index("Mail")
    assert kept_name(text, at, at + 4, "Kullandığınız Claws Mail sürümü eklenti için çok eski.")
    assert not kept_name(text, at, at + 4, "Kullandığınız Claws Posta sürümü eklenti için çok eski.")
    assert not kept_name("Remote Desktop Preferences", 7, 14, "Preferencje pulpitu zdalnego")


def test_real_remmina_units_kept_as_written_are_not_flagged_and_controls_stay(tmp_path, gnome):
    found = flagged(tmp_path, gnome, "zh_CN", [
        ("Send Ctrl+Alt+Delete", "发送 Ctrl+Alt+Delete"),
        ("Export connection in Windows .rdp file format", "使用 Windows .rdp 文件格式导出连接"),
        ("Increase font size (host+Page Up)", "增加字体大小 (host+Page Up)"),
        # controls: a real deviation from the glossary's 删除, 窗口 stays flagged
        ("Delete the selected files", "移除所选文件"),
        ("Show the main window", "显示主界面"),
    ])
    assert "Send Ctrl+Alt+Delete" not in found
    assert "Window" not in found.get("Export connection in Windows .rdp file format", set())
    assert "Page" not in found.get("Increase font size (host+Page Up)", set())
    assert "Delete" in found["Delete the selected files"]
    assert "Window" in found["Show the main window"]


# ---- a cryptographic key is not the keyboard's ------------------------------------------

def test_the_glossarys_key_is_the_keyboards_and_an_ssh_key_is_another_sense(gnome):
    key = next(e for e in gnome.glossary if [t.text for t in e.approved("en")] == ["Key"])
    assert entry_kind(key.definition) == "key"                        # "On a keyboard, the combination ..."
    for text in ("Could not authenticate automatically with public SSH key. %s", "Strict host key checking",
                 "Preferred server host key types"):
        at = text.index("key")
        assert other_sense(text, at, at + 3, "Key", key.definition), text
    for text in ("Press any key to continue", "Press the Enter key to connect"):      # controls: the keyboard's
        at = text.index("key")
        assert other_sense(text, at, at + 3, "Key", key.definition) is None, text


def test_a_modal_and_not_before_a_noun_entrys_word_make_it_a_verb():
    text = "This might not work on all VNC servers"                   # Remmina
    at = text.index("work")
    assert other_sense(text, at, at + 4, "Work", "", "noun")
    text = "Save your work before closing"                            # control: the noun
    at = text.index("work")
    assert other_sense(text, at, at + 4, "Work", "", "noun") is None
    text = "Performance optimisations based on the network connection type"
    at = text.index("based")
    assert other_sense(text, at, at + 5, "Base", "In mathematics, a number that is raised to the power")
    assert other_sense("The base of the logarithm", 4, 8, "Base", "In mathematics, a number") is None


# ---- a Ukrainian word with an apostrophe is one word -------------------------------------

def test_a_ukrainian_word_with_an_apostrophe_is_found():
    assert find("Вам відмовлено у з'єднанні.", ['"З\'єднання"'], "uk", lenient=True)     # Remmina uk
    assert find("Вам відмовлено у з’єднанні.", ["З'єднання"], "uk", lenient=True)        # typographic ’
    assert find("Недостатньо пам'яті", ["Пам'ять"], "uk", lenient=True)
    assert not find("Вам відмовлено у підключенні.", ["З'єднання"], "uk", lenient=True)  # another word
    # French and Italian elisions stay two words: l'utente holds utente
    assert find("Seleziona l'utente", ["utente"], "it")
    assert find("Choisir l’utilisateur", ["utilisateur"], "fr", lenient=True)


def test_real_ukrainian_units_with_an_apostrophe_are_not_flagged(tmp_path, gnome):
    found = flagged(tmp_path, gnome, "uk", [
        ("Your connection has been rejected.", "Вам відмовлено у з'єднанні."),
        ("The folder connection profiles are saved in, it defaults to the XDG_USER_DATA",
         "Каталог для зберігання профілів з'єднань, типовим є XDG_USER_DATA"),
        # control: another word than the approved з'єднання stays flagged
        ("Your connection has been closed.", "Ваше підключення закрито."),
    ])
    assert "Connection" not in found.get("Your connection has been rejected.", set())
    assert not any("Connection" in v for k, v in found.items() if k.startswith("The folder"))
    assert "Connection" in found["Your connection has been closed."]


# ---- a menu accelerator inside a two-word term --------------------------------------------

def test_an_accelerator_before_a_terms_second_word():
    assert find("Wyrażenie _regularne", ["Wyrażenie regularne"], "pl", lenient=True)     # Remmina pl
    assert not find("Wyrażenie _proste", ["Wyrażenie regularne"], "pl", lenient=True)


# ---- Swedish: a short term as a compound's head, a particle verb joined ---------------------

@pytest.mark.parametrize("text, term, found", [
    ("Kopiera .torrentfiler till:", "Fil", True),                     # Deluge sv: Copy of .torrent files to:
    ("Radera kopia av torrentfilen", "Fil", True),
    ("Torrent borttagen", "Ta bort", True),                           # Deluge sv: Torrent Removed
    ("Borttagning av torrent", "Ta bort", True),
    ("Tillägg", "Lägg till", True),                                   # till + lägg, three l written two
    # controls: "fil" after fewer than four letters is another word; "bortom" is no "ta bort"
    ("Visa profilen", "Fil", False),
    ("Bortom gränsen", "Ta bort", False),
    ("Torrent raderad", "Ta bort", False),
])
def test_swedish_compound_heads_and_joined_particle_verbs(text, term, found):
    assert bool(find(text, [term], "sv", lenient=True)) is found


def test_a_three_letter_term_is_not_sought_inside_words_without_the_languages_endings():
    # Polish has no head endings declared: "profil" does not hold "fil"
    assert not find("Torrentfilen", ["fil"], "pl", lenient=True)


@pytest.mark.parametrize("text, term, found", [
    ("Rejtett", "Elrejtés", True),            # Remmina hu: Hidden; the glossary's Elrejtés is el-rejt-és
    ("Elrejtve", "Elrejtés", True),
    ("Rejtett", "Megjelenítés", False),       # control: another verb's noun
    ("Kijelölés", "Elrejtés", False),
])
def test_hungarian_a_verbal_nouns_root_without_its_prefix(text, term, found):
    assert bool(find(text, [term], "hu", lenient=True)) is found


def test_a_verb_entrys_word_followed_by_of_is_a_noun(gnome):
    set_ = next(e for e in gnome.glossary if [t.text for t in e.approved("en")] == ["Set"])
    text = "An old limited set of features will be used for now."          # Remmina
    at = text.index("set")
    assert other_sense(text, at, at + 3, "Set", set_.definition)
    text = "Set the default download folder"                                 # control: the verb
    assert other_sense(text, 0, 3, "Set", set_.definition) is None


# ---- an entry the translation never uses: once, with the count (measured, off by default) ----

def test_a_consistent_deviation_is_reported_once_with_its_count_when_asked(tmp_path, gnome, monkeypatch):
    import audit.checks.term_missing as term_missing
    # Remmina's uk units, written with підключення where the file has з'єднання
    units = [("Connection profile security", "Захист профілю підключення"),
             ("Connection to the SPICE server dropped.", "Підключення до сервера SPICE розірвано."),
             ("Connection timeout in ms", "Час очікування підключення у мс")]
    assert term_missing.CONVENTION_UNITS == 0          # off: each unit is flagged
    every = flagged(tmp_path, gnome, "uk", units)
    assert sum("Connection" in v for v in every.values()) == 3
    monkeypatch.setattr(term_missing, "CONVENTION_UNITS", 3)
    once = flagged(tmp_path, gnome, "uk", units)
    assert sum("Connection" in v for v in once.values()) == 1
    # one unit with the approved term: not a convention, every other unit stays flagged
    mixed = flagged(tmp_path, gnome, "uk", units + [("Your connection has been rejected.",
                                                      "Вам відмовлено у з'єднанні.")])
    assert sum("Connection" in v for v in mixed.values()) == 3
