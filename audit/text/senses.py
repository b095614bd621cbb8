"""Is an English source word used in the sense its glossary entry gives it?

A glossary entry names one concept, but its English word often has others:
the GNOME Glossary's "Help" is the menu (a noun) while "Help us improve" is
the verb; its "Number" is a numeral while "the number of blocks" is a count;
its "Tab" is the key or character while "Tabs" in a View menu are window
tabs. A term-missing finding on such a word is one a reviewer would not act
on, so `other_sense` says when the word's use contradicts the entry, from
what the glossary says (a TBX partOfSpeech, else the definition's opening:
"To terminate ..." is a verb, "A character used to ..." names a character)
and a few cheap cues around the word. Each rule is one short test below;
a word none of them rules out counts as the entry's.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

import regex

_WORD = regex.compile(r"[\p{L}\p{N}_&'’-]+")

# how a definition opens tells the entry's part of speech
# ("Synonymous with Search. 1. To look for ...": the sense after the synonym)
_VERB_DEF = regex.compile(r"^(?:synonymous with [\w -]+\.\s*)?(?:1\.\s*)?to\s+\w", regex.I)
_ADJ_DEF = regex.compile(r"^(?:1\.\s*)?(?:pertaining to|relating to|of or relating|describing|characteristic of|being)\b",
                         regex.I)
# an entry that names a command of a program or protocol ("An FTP command that ...")
_COMMAND_DEF = regex.compile(r"^(?:1\.\s*)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}command\b", regex.I)
# words that make a command reading plain: "the get command", "FTP get"
_COMMAND_CONTEXT = {"command", "commands", "ftp", "run", "runs", "type", "enter", "execute", "executes", "cli"}
# (after a field's name: "In mathematics, a number that ...")
# a verb entry that acts on a machine ("Reset: To restart a computer without
# turning off its power"), and the words that name one in a source
_MACHINE_DEF = regex.compile(r"^(?:1\.\s*)?to\s+\w+\s+(?:a|the|your)\s+(?:computer|machine|system)\b", regex.I)
_MACHINES = {"computer", "computers", "machine", "machines", "system", "systems", "host", "hosts", "server", "servers",
             "device", "devices", "pc", "workstation", "node", "nodes", "router", "modem", "vm", "box"}
_NOUN_DEF = regex.compile(r"^(?:1\.\s*)?(?:in [\w -]+,\s*)?(?:a|an|the|any|one)\s+\w", regex.I)
# an entry that names a key or a single character: "A key on the keyboard",
# "A keyboard key", "A punctuation character used to ..." (not "a character set")
_KEY_DEF = regex.compile(r"^(?:1\.\s*)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:key|keys|character)\b"
                         r"(?!\s+(?:set|string|encoding))|on\s+a\s+keyboard\b)", regex.I)
# words that make the key or character reading plain: "the Tab key", "press Tab", "Shift+Tab"
_KEY_CONTEXT = {"key", "keys", "keystroke", "keystrokes", "keyboard", "press", "pressed", "pressing", "presses",
                "hit", "type", "typing", "character", "characters", "char", "chars", "ctrl", "shift", "alt", "control",
                "meta", "super"}
# words beside "key" that make it a keyboard's ("press any key", "shortcut key",
# "the Enter key"); without them a key in software text is mostly a
# cryptographic, licence or data key ("metadata key", "server key", "key type")
_KEYBOARD_CONTEXT = _KEY_CONTEXT - {"key", "keys", "type", "character", "characters", "char", "chars"} | {
    "shortcut", "shortcuts", "hotkey", "hotkeys", "keypad", "numpad", "combination", "combinations", "function",
    "arrow", "arrows", "modifier", "any", "enter", "escape", "esc", "tab", "space", "spacebar", "backspace", "delete",
    "del", "return", "home", "end", "insert", "ins", "pgup", "pgdn", "page", "up", "down", "left", "right", "cmd",
    "option", "fn"}
# words beside "key" that make it a cryptographic or data key even beside one
# of those ("Delete the SSH key", "Windows product key")
_KEY_OTHER = {"ssh", "host", "public", "private", "api", "gpg", "pgp", "rsa", "dsa", "ecdsa", "ed25519", "encryption",
              "decryption", "license", "licence", "secret", "signing", "keyring", "pair", "fingerprint", "passphrase",
              "product", "registry", "session", "master", "recovery", "authentication", "primary", "foreign",
              "cryptographic", "x509", "tls", "ssl", "yubikey", "hardware", "security", "serial", "usb", "fido",
              "value", "values", "map", "dictionary"}
# fixed expressions in which a word is no longer itself: "in order to" holds
# no order, "find out" no search; (words before, the word, words after)
# or "log in" no record, "Getting Started" no start, "in progress" no
# progress bar, "in the event of" no event, "a bit more" no binary digit,
# "left blank" no blanked screen, "save power" no file saved, "lock up" no
# lock, "in place of" no place, "looks like" no search, "received a copy"
# (of a licence) nothing received over a line
_IDIOMS = [(("in",), {"order"}, ("to",)), ((), {"find", "finds", "found"}, ("out",)),
           (("getting",), {"started"}, ()), (("get",), {"started"}, ()), (("in",), {"progress"}, ()),
           (("in", "the"), {"event"}, ("of",)), (("in", "the"), {"event"}, ("that",)),
           ((), {"lock", "locks", "locked", "locking"}, ("up",)), (("in",), {"place"}, ("of",)),
           ((), {"look", "looks", "looked", "looking"}, ("like",)),
           ((), {"receive", "received", "receives"}, ("a", "copy")), ((), {"check"}, ("box",)),
           ((), {"check"}, ("boxes",)), (("a", "wide"), {"range"}, ("of",)), (("wide",), {"range"}, ("of",))] + [
    (("a",), {"bit"}, (more,)) for more in ("more", "less", "longer", "shorter", "too", "better", "later")] + [
    ((left,), {"blank"}, ()) for left in ("left", "leave", "is", "are", "be", "if")] + [
    ((), {"save", "saves", "saving"}, (what,)) for what in ("power", "energy", "battery")] + [
    ((), {"log", "logs", "logged", "logging"}, (particle,)) for particle in ("in", "into", "on", "onto", "out", "off")]
# a computer restarted (Reset, Restart): not settings, counters or a program;
# a word that names one, less those common in any program's file
_COMPUTER = {"boot", "booting", "reboot", "rebooting", "rebooted", "hardware", "bios", "firmware"} | \
    _MACHINES - {"system", "systems", "device", "devices", "server", "servers", "node", "nodes", "box"}
# what is seen (a background colour, a transparent circle), not a process
_VISUAL = {"color", "colour", "colors", "colours", "image", "images", "picture", "wallpaper", "fill", "foreground",
           "pattern", "opacity", "pixmap", "grid", "texture", "circle", "alpha", "pixel", "pixels", "draw", "drawing",
           "translucent", "see-through", "border", "overlay"}
# definitions that open on a specialised sense of an everyday word, and the words
# that show that sense: the GNOME Glossary's Line is "Any wire or wires, such
# as power lines and telephone lines"; in a text editor's file no line is
# one. Such a word is the entry's only where its unit, or two or more units
# of its file, speak of the field.
_FIELDS = [
    (regex.compile(r"(?:1\.\s*)?any wires?\b", regex.I),
     {"phone", "telephone", "modem", "modems", "dial", "dialup", "dial-up", "isdn", "dsl", "adsl", "pstn", "leased",
      "cable", "cables", "wire", "wires", "voip", "analog", "analogue", "ppp"}),
    (regex.compile(r"[\w ]{0,20}\bin an e-?mail message\b", regex.I),
     {"mail", "mails", "e-mail", "e-mails", "email", "emails", "inbox", "outbox", "compose", "reply", "sender",
      "recipient", "recipients", "smtp", "imap", "pop3", "newsgroup", "newsgroups", "cc", "bcc", "mailbox"}),
    (regex.compile(r"(?:1\.\s*)?(?:the|a)\s+(?:native\s+)?unit of storage\b", regex.I),
     {"bit", "bits", "byte", "bytes", "register", "registers", "cpu", "processor", "microprocessor", "16-bit",
      "32-bit", "64-bit"}),
    (regex.compile(r"(?:any|a)\s+computers? designed to be moved\b", regex.I),
     {"laptop", "laptops", "portable", "battery", "batteries", "lid"}),
    (regex.compile(r"the measure of how often a periodic event occurs\b", regex.I),
     {"hz", "hertz", "khz", "mhz", "ghz", "signal", "signals", "clock", "cpu", "processor", "radio", "wireless", "wifi",
      "wi-fi", "band", "audio", "sampling", "refresh"}),
    (regex.compile(r"to establish a connection through a telecommunications network\b", regex.I),
     {"phone", "telephone", "dial", "voip", "sip", "voice", "video", "ring", "ringing", "caller", "callee", "hang",
      "answer", "calls"}),
    (regex.compile(r"(?:1\.\s*)?the protocol or protocols operating at a particular level\b", regex.I),
     {"protocol", "protocols", "osi", "tcp", "udp", "ip", "transport", "stack", "packet", "packets", "tls", "ssl",
      "network"}),
    (regex.compile(r"(?:an?\s+)?paper (?:format|size)\b", regex.I),
     {"paper", "print", "printer", "printing", "a4", "a3", "a5", "envelope", "envelopes"}),
    (regex.compile(r"to restart a computer\b|synonym of reboot\b", regex.I), _COMPUTER),
    (regex.compile(r"assistance, such as technical advice\b", regex.I),
     {"customer", "customers", "technical", "team", "ticket", "tickets", "helpdesk", "assistance", "agent",
      "agents", "premium", "sla", "hotline"}),
    (regex.compile(r"in computing, to send information to a printer\b", regex.I),
     {"printer", "printers", "paper", "page", "pages", "document", "documents", "pdf", "preview", "copies", "cups",
      "margin", "margins", "spooler", "photo", "photos"}),
    (regex.compile(r"in optical technologies\b", regex.I),
     {"scanner", "scanners", "image", "images", "document", "documents", "page", "pages", "paper", "photo", "photos",
      "ocr", "dpi"}),
    (regex.compile(r"in programming, a collection of routines\b", regex.I),
     {"routine", "routines", "function", "functions", "shared", "dynamic", "static", "link", "linked", "linking",
      "dll", "api", "module", "modules", "python", "gtk", "glib", "compiled", "compile", "symbol", "symbols", "loaded"}),
    (regex.compile(r"specified limit to operating conditions\b", regex.I),
     {"current", "voltage", "power", "load", "temperature", "operating", "ampere", "amperes", "amps", "watt",
      "watts", "volt", "volts"}),
    (regex.compile(r"a block of cells selected\b", regex.I),
     {"cell", "cells", "spreadsheet", "spreadsheets", "sheet", "sheets", "column", "columns", "row", "rows",
      "worksheet", "worksheets", "formula", "formulas", "workbook"}),
    (regex.compile(r"in image processing\b", regex.I),
     {"image", "images", "gray", "grey", "grayscale", "greyscale", "pixel", "pixels", "binary", "bitmap",
      "brightness", "photo", "photos", "picture", "pictures"}),
]
# definitions that open on a specialised sense, and words in a unit that show another
# one: an application's status message is no e-mail or chat message sent
# and received; a memory address is no postal one; a program run as a task
# is no to-do; a display is no system monitor, loading data no shock
# loading; a dialog's button no mouse button or Tab key; the start of a line
# no home folder; the superuser is no root certificate or folder; a graphic
# picture is no disk image; a background process no background colour, a
# transparent function no transparent circle, the float type no floating
# toolbox, formatting media no file format, a programming library no photo
# library, program code no numeric code, a device online no online store
_OTHER_READINGS = [
    (regex.compile(r"information generated by an application\b", regex.I),
     {"send", "sent", "sending", "sends", "receive", "received", "receiving", "incoming", "outgoing", "private",
      "reply", "replies", "mail", "e-mail", "email", "chat", "irc", "encrypted", "openpgp", "pgp", "forward",
      "forwarded", "inbox", "unread", "deliver", "delivered", "recipient", "sender"}),
    (regex.compile(r"(?:1\.\s*)?a number specifying a location in memory\b", regex.I),
     {"delivery", "postal", "street", "shipping", "billing", "city", "postcode", "zip", "invoice", "customer"}),
    (regex.compile(r"(?:a\s+)?stand-alone application or a subprogram\b", regex.I),
     {"to-do", "todo", "todos", "due", "assign", "assigned", "assignee", "deadline", "priority", "reminder",
      "reminders", "project", "projects"}),
    (regex.compile(r"the device on which images generated by\b", regex.I),
     {"system", "process", "processes", "resource", "resources", "performance", "activity", "network", "traffic",
      "usage", "health", "status"}),
    (regex.compile(r"to place information from storage into memory\b", regex.I),
     {"shock", "impact", "mechanical", "vibration", "sensor", "weight", "physical", "stress", "cpu", "average"}),
    (regex.compile(r"a graphic element in a dialog\b", regex.I),
     {"mouse", "keyboard", "key", "tab", "hardware", "physical", "yubikey", "power", "device"}),
    (regex.compile(r"(?:1\.\s*)?a beginning position\b", regex.I),
     {"folder", "folders", "directory", "directories", "dir", "page", "network", "screen", "user", "user's"}),
    (regex.compile(r"the privileged user on a unix system\b", regex.I),
     {"certificate", "certificates", "directory", "directories", "folder", "folders", "node", "nodes", "tree", "ca",
      "synchronization", "sync", "path", "element", "domain", "dns", "window"}),
    (regex.compile(r"a stored description of a graphic picture\b", regex.I),
     {"disk", "disks", "iso", "partition", "partitions", "backup", "restore", "docker", "container", "vm", "virtual",
      "boot", "bootable", "firmware"}),
    (regex.compile(r"in the context of processes or tasks\b", regex.I), _VISUAL),
    (regex.compile(r"in computer use, describing a device, function\b", regex.I), _VISUAL),
    (regex.compile(r"the data type name\b", regex.I),
     {"toolbox", "toolbar", "toolbars", "window", "windows", "panel", "panels", "dock", "docked", "palette",
      "dialog", "button", "widget", "sidebar", "menu"}),
    (regex.compile(r"to format media\b", regex.I),
     {"paper", "page", "date", "time", "number", "numbers", "currency", "string", "display", "export", "import",
      "audio", "video", "color", "colour", "output", "text", "locale", "decimal", "message", "setting", "settings",
      "type", "types", "value", "values"}),
    (regex.compile(r"in computing, to send information to a printer\b", regex.I),
     {"stdout", "stderr", "terminal", "console", "filename", "filenames", "verbose", "debug"}),
    (regex.compile(r"(?:an?\s+)?paper (?:format|size)\b", regex.I),
     {"first", "capital", "uppercase", "lowercase", "alphabet", "character", "characters", "initial", "digit",
      "digits", "alphanumeric"}),
    (regex.compile(r"in optical technologies\b", regex.I),
     {"virus", "viruses", "malware", "antivirus", "clamav", "spam", "port", "ports"}),
    (regex.compile(r"in programming, a collection of routines\b", regex.I),
     {"photo", "photos", "music", "media", "video", "videos", "song", "songs", "book", "books", "picture", "pictures",
      "image", "images", "album", "albums", "podcast", "podcasts", "track", "tracks", "game", "games", "collection"}),
    (regex.compile(r"program instructions\b", regex.I),
     {"numeric", "error", "country", "language", "status", "postal", "zip", "verification", "confirmation",
      "authentication", "activation", "pin", "qr", "color", "colour", "exit", "return", "response", "http",
      "currency", "promo", "coupon", "discount", "voucher", "invitation", "invite", "region", "phone"}),
    (regex.compile(r"in reference to a computing device or a program, activated\b", regex.I),
     {"store", "shop", "music", "help", "documentation", "manual", "service", "services", "account", "accounts",
      "content", "radio", "search", "game", "games", "community", "forum", "course", "map", "maps", "banking",
      "payment", "payments", "purchase", "purchasing", "buy", "album", "albums", "photo", "photos"}),
    (regex.compile(r"to select and remove from a set of items\b", regex.I),
     {"archive", "archives", "zip", "tar", "compressed", "unpack", "decompress", "rar", "7z", "gz", "package"}),
    (regex.compile(r"synonymous with chart\b", regex.I),
     {"paper", "grid", "ruled", "lined", "theory", "node", "nodes", "edge", "edges", "vertex", "vertices"}),
    (regex.compile(r"to store information in a more compact form\b", regex.I),
     {"widget", "widgets", "toolbar", "toolbars", "box", "layout", "window", "pane", "panel", "container"}),
    (regex.compile(r"(?:1\.\s*)?to eliminate irregularities in statistical data\b", regex.I),
     {"scrolling", "scroll", "animation", "animations", "transition", "transitions", "zooming"}),
]
# definitions of a specialised sense, and the words that show a program is
# about another: in a mail or chat client every message is one sent or
# received, in a photo or music manager every library a collection
_SUBJECT_READINGS = [
    (regex.compile(r"information generated by an application\b", regex.I),
     {"mail", "e-mail", "email", "mails", "inbox", "newsgroup", "newsgroups", "chat", "irc", "conversation",
      "conversations", "buddy", "buddies"}),
    (regex.compile(r"in programming, a collection of routines\b", regex.I),
     {"photo", "photos", "music", "song", "songs", "album", "albums", "track", "tracks", "podcast", "podcasts"}),
]
# the particles of English phrasal verbs ("sign up", "log in")
_PARTICLES = {"up", "down", "in", "out", "on", "off", "over", "back", "away"}
_OBJECT_PRONOUNS = {"us", "me", "him", "them"}
_SUBJECT_OR_MODAL = {"we", "i", "they", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
                     "please", "don't", "doesn't", "didn't", "cannot", "can't", "won't", "couldn't", "wouldn't",
                     "shouldn't", "mustn't", "needn't", "mightn't"}
# words that stand between a modal and its verb ("could not find", "will also start")
_ADVERBS_AFTER_MODAL = {"not", "never", "also", "still", "only", "then", "now", "always", "just", "to"}
# words after which an -ing form is a verb's ("when typing", "while loading")
_GERUND_AFTER = {"when", "while", "after", "before", "without", "by", "upon"}
_QUANTITY = {"number", "amount", "quantity", "count", "total"}
# English words read as adjectives before a noun ("current password", "the
# present state", "live view"), whatever a noun entry of the same spelling
# means (electric current, a present, ...)
_ADJECTIVE_READING = {"current", "present", "live", "blank", "light", "dark", "complete", "secure", "empty", "clear",
                      "fine", "last", "next", "open", "close", "free", "right", "left"}
# "unable to get", "failed to start": words after which "to" opens a verb
_TO_VERB = {"unable", "able", "failed", "fails", "want", "wants", "need", "needs", "how", "try", "trying", "going",
            "about", "attempt", "attempting", "used", "allowed", "possible", "impossible", "wish", "tries"}
# "it only works with", "this also starts": a verb's -s form after these
_THIRD_PERSON = {"it", "this", "that", "which", "who", "only", "also", "still", "never", "always", "usually", "now",
                 "he", "she"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "become", "becomes"}
_DEGREE = {"well", "ill", "badly", "poorly", "properly", "correctly", "incorrectly", "already", "not", "newly"}
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "no", "some", "another",
                "its", "their", "your", "our", "my", "his", "her"}
# a number or a printf count just before a word ("%d duplicate videos", "1 duplicate")
_COUNT_BEFORE = regex.compile(r"(?:^|[\s(])(?:\d+|%[-+ #0]*\d*[dilu]|%\(\w+\)[dilu]|%\d+\$[dilu])\s+$")
_PREPOSITIONS = {"of", "for", "with", "on", "in", "from", "by", "about", "as", "into", "at", "without"}
# a word after a verb entry's word that shows no noun follows it ("a copy of", "the set is")
_FUNCTION = {"of", "to", "for", "and", "or", "in", "on", "at", "with", "from", "by", "as", "is", "are", "was", "were"}


def entry_kind(definition: str, pos: str = "") -> str:
    """'verb', 'noun', 'adjective', 'key' (a key or a character), 'command' or
    '' (unknown), from a stated part of speech or else the definition's opening."""
    definition = definition.strip().strip('"')
    if _KEY_DEF.match(definition):
        return "key"
    if _COMMAND_DEF.match(definition):
        return "command"
    pos = pos.strip().casefold()
    if pos in ("verb", "noun", "adjective"):
        return pos
    if _VERB_DEF.match(definition):
        return "verb"
    if _ADJ_DEF.match(definition):
        return "adjective"
    if _NOUN_DEF.match(definition):
        return "noun"
    return ""


def other_sense(text: str, start: int, end: int, term: str, definition: str, pos: str = "",
                target_verb: bool | None = None, file_words: frozenset[str] | None = None,
                file_subject: frozenset[str] = frozenset()) -> str | None:
    """Why text[start:end] (an English form of the glossary's `term`) is not
    used in the entry's sense, or None when nothing says so. `target_verb`:
    whether the translation's approved term is a verb's citation form (None:
    the language does not show it), which decides a verb use where the
    glossary gives no part of speech. `file_words`: the words two or more of
    the file's source texts hold (None: no file), which show the fields the
    file speaks of; `file_subject`: the words many of them hold, which show
    what its program is about (a mail client's "mail")."""
    words = [(m.start(), m.end(), m.group().casefold().replace("_", "").replace("&", "").replace("’", "'"))
             for m in _WORD.finditer(text)]
    k = next((i for i, (s, e, _) in enumerate(words) if s <= start < e), None)
    if k is None:
        return None
    last = k
    while last + 1 < len(words) and words[last + 1][0] < end:
        last += 1
    # the neighbouring words, where only a space stands between ("uploading;share" has none)
    before = words[k - 1][2] if k > 0 and text[words[k - 1][1]:words[k][0]].isspace() else ""
    after = words[last + 1][2] if last + 1 < len(words) and text[words[last][1]:words[last + 1][0]].isspace() else ""
    surface = text[start:end].casefold().replace("_", "").replace("&", "")
    base = term.casefold().replace("&", "").rstrip(".…").strip()        # "Duplicate...": a menu item's word
    kind = entry_kind(definition, pos)
    one_word = " " not in base
    shown_by, other_reading, other_subject = _specialised(definition)
    unit = {w for _, _, w in words} if shown_by or other_reading else set()
    if shown_by and file_words is not None and not (unit | file_words) & shown_by:
        return "the entry's definition names a field neither the unit nor its file speaks of"
    if other_reading and unit & other_reading:
        return "the unit speaks of another sense than the entry's definition"
    if other_subject and file_subject & other_subject:
        return "the program's file is about another sense than the entry's definition"
    if kind == "key" and base in ("key", "keys"):
        # the keyboard's key only where the words around say so ("press any
        # key", "the Enter key"); "public SSH key", "metadata key" are others
        near = {w for _, _, w in words[max(0, k - 3):last + 3]}
        if not near & _KEY_OTHER and (near & _KEYBOARD_CONTEXT or any(regex.fullmatch(r"f\d{1,2}", w) for w in near)):
            return None
        return "a key the text does not show to be a keyboard's (a cryptographic, licence or data key)"
    if kind == "key" and one_word:
        # a key or character named by an everyday word is that key only where
        # the text says so; "Tabs" in a menu are window tabs, "return value" no key
        glued = text[max(0, start - 1):start] in ("+", "-") or text[end:end + 1] == "+"
        if not glued and before not in _KEY_CONTEXT and after not in _KEY_CONTEXT:
            return "the entry names a key or character; the source does not use the word as one"
    if len(surface.split()) > 1 and surface.split()[0] in _PARTICLES and before.endswith(("ed", "ing")):
        # "Signed up time": "up" ends the verb before it; no "up time" here
        return "the term's first word belongs to the verb before it"
    if one_word and _in_idiom(words, k, surface):
        return "part of a fixed expression"
    if kind == "command" and one_word:
        # a program's command named by an everyday verb ("get") is that
        # command only where the text says so; "unable to get the name" is no FTP get
        near = {w for _, _, w in words[max(0, k - 2):last + 3]}
        if not near & _COMMAND_CONTEXT and not text[start:end].isupper():
            return "the entry names a command; the source does not use the word as one"
    if kind != "verb" and not (kind == "" and target_verb is not False) and one_word \
            and _used_as_verb(words, k, surface, base):
        # "SFTP will not work", "unable to get", "This only works with": a verb
        # where the entry is not one, or the glossary does not say and the
        # translation's term is plainly no verb (cs Práce); nothing to act on
        return "the word is used as a verb; the entry is not one"
    if kind == "adjective" and one_word and k == 0 and len(words) > 1 and text[start:start + 1].isupper():
        # "Open Auto-Type help webpage": a command's imperative, not the adjective
        return "an adjective entry's word used as a verb (an imperative)"
    if (base in _QUANTITY or surface in _QUANTITY) and after == "of" \
            and not regex.search(r"\b(?:count|quantity|how many)\b", definition, regex.I):
        # "the number of connections" is a count, not a number (a numeral)
        return f"{surface!r} followed by 'of' is a quantity"
    if surface == "based" and kind != "verb":
        # "based on", "Amplitude based detection", "web-based": what something
        # rests on, never the noun (a number system's base, a knowledge base)
        return "'based' says what something rests on, not the entry"
    if kind == "noun" and one_word and surface in _ADJECTIVE_READING and len(words) == 1:
        # a label of one word ("Current", "Live"): the setting's adjective, not
        # the noun entry (electric current)
        return "an adjective as a label; the entry is a noun"
    if kind == "noun" and one_word and surface in _ADJECTIVE_READING and after and after not in _FUNCTION:
        # "Your current password": the adjective before its noun, not the noun entry (electric current)
        return "an adjective before a noun; the entry is a noun"
    if kind == "noun" and one_word and _imperative(words, k):
        # a noun entry (the Display, a View) named by a command's verb
        return "a noun entry's word used as a verb before its object"
    if kind == "noun" and one_word and after in _OBJECT_PRONOUNS:
        # "Help us improve": a noun entry's word used as a verb (after a modal: _used_as_verb above)
        return "a noun entry's word used as a verb"
    if kind == "noun" and one_word and surface != base and surface.endswith("ing") and not base.endswith("ing") \
            and before in _GERUND_AFTER:
        # "when typing an opening brace": the verb (type on a keyboard), not the noun entry (a data type)
        return "a verb's -ing form after a conjunction; the entry is a noun"
    if (kind == "noun" or (kind == "" and target_verb is False)) and one_word and surface != base \
            and surface.endswith(("ed", "ing")) and not base.endswith(("ed", "ing")) \
            and (before in _AUXILIARIES or before in _DEGREE or before.endswith("ly")):
        # "is badly formed", "are typing": the verb's participle, not the noun (a form, a type)
        return "a participle of the verb, not the noun entry"
    if kind == "verb" and one_word and after and after not in _FUNCTION and _MACHINE_DEF.match(definition.strip()):
        # "Reset your statistics", "Reset Filters": the entry restarts a
        # computer; the source names another object ("Reset remote host" names one)
        obj = set(takewhile(lambda w: w not in _FUNCTION, (w for _, _, w in words[last + 1:last + 5])))
        if not obj & _MACHINES:
            return "the entry acts on a computer; the source names another object"
    if kind == "verb" and one_word and surface == base and after == "of":
        # "an old limited set of features": a verb is not followed by "of"
        return "a verb entry's word followed by 'of' is a noun"
    if kind == "verb" and one_word and surface == base and after and after not in _FUNCTION \
            and text[start:start + 1].islower() and _no_bare_verb_after(words, k, before, after):
        # "a duplicate torrent", "skipping duplicate input", "couldn't add
        # duplicate torrent": where a bare verb cannot stand, the verb's word
        # before a noun is an adjective
        return "a verb entry's word used as an adjective"
    if kind in ("verb", "") and one_word and surface != base and surface.endswith("ing") and after \
            and after not in _FUNCTION and text[start:start + 1].islower() \
            and (before in _DETERMINERS or before in ("of", "with", "by")):
        # "in order of decreasing probability", "the running process": the
        # verb's -ing form describing a noun, not the command the entry names
        return "the verb's -ing form used as an adjective"
    if kind == "verb" and one_word and _COUNT_BEFORE.search(text[:start]):
        # "%d duplicate videos were not imported", "1 duplicate": things counted, no command
        return "a count stands before the verb entry's word: it names things"
    if kind == "verb" and one_word and surface != base and surface.endswith("ed") and after \
            and after not in _FUNCTION and after not in _DETERMINERS \
            and (not before or before in _DETERMINERS or before in _PREPOSITIONS):
        # "Closed tickets", "Duplicated entry", "the scanned pages": a state
        # the participle describes, not the command the verb entry names
        return "the verb's participle used as an adjective"
    return None


def _no_bare_verb_after(words, k: int, before: str, after: str) -> bool:
    """Whether a bare verb cannot stand at k: after a determiner, a
    preposition, a verb's -ing form, or a verb ("couldn't add duplicate
    torrent"; not "could not find any", where "not" stands between)."""
    if before in _DETERMINERS or before in _PREPOSITIONS or before.endswith("ing"):
        return True
    return k > 0 and before not in _ADVERBS_AFTER_MODAL and after not in _DETERMINERS \
        and _used_as_verb(words, k - 1, before, before)


def _in_idiom(words, k: int, surface: str) -> bool:
    """Whether the word at k is part of one of _IDIOMS ("in order to", "find out", "log in")."""
    for before, forms, after in _IDIOMS:
        if surface not in forms:
            continue
        got_before = tuple(w for _, _, w in words[max(0, k - len(before)):k])
        got_after = tuple(w for _, _, w in words[k + 1:k + 1 + len(after)])
        if got_before == before and got_after == after:
            return True
    return False


@lru_cache(maxsize=1024)
def _specialised(definition: str) -> tuple[set[str] | None, set[str] | None, set[str] | None]:
    """The words that show the field a definition opens on (_FIELDS), those
    that show another reading of its word in a unit (_OTHER_READINGS), and
    those that, frequent in a file, show its program is about another
    (_SUBJECT_READINGS); None where it opens on none. Once per definition,
    not per use."""
    opening = definition.strip()
    return tuple(next((words for field, words in table if field.match(opening)), None)
                 for table in (_FIELDS, _OTHER_READINGS, _SUBJECT_READINGS))


def _imperative(words, k: int) -> bool:
    """Whether the word at k is a verb: after "do not" ("Do not monitor the
    folder"), or opening the text or after "to" before its object's
    determiner, "all" or an adverb ("View the properties", "View All",
    "Display recently used files", "option to place the icon")."""
    before = [w for _, _, w in words[max(0, k - 2):k]]
    after = words[k + 1][2] if k + 1 < len(words) else ""
    if (len(before) == 2 and before[0] in ("do", "does", "did") and before[1] == "not") \
            or before[-1:] in (["don't"], ["dont"], ["doesn't"], ["didn't"]):
        return True                       # "Do not monitor the folder", "does not handle": only a verb stands there
    opens = k == 0 or before[-1:] == ["to"]
    return opens and (after in _DETERMINERS or after == "all" or (after.endswith("ly") and len(after) > 4))


def _used_as_verb(words, k: int, surface: str, base: str) -> bool:
    """Whether the word at k is plainly a verb: after a modal, a subject
    pronoun or "please" ("will work", "we start"), after "not" after one
    ("might not work"), after "to" that opens a verb ("unable to get"), or in its -s
    form after "it", "this", "only" ("it only works")."""
    before = [w for _, _, w in words[max(0, k - 2):k]]
    one = before[-1] if before else ""
    two = before[0] if len(before) == 2 else ""
    if one in _SUBJECT_OR_MODAL or (one == "not" and two in _SUBJECT_OR_MODAL):
        return True
    if one == "to" and two in _TO_VERB:
        return True
    return surface in (base + "s", base + "es") and one in _THIRD_PERSON


# endings of English adjectives: an adjective keeps its sense inside a longer term ("local data")
_ADJECTIVE_ENDINGS = ("ous", "al", "ive", "ic", "able", "ible", "ful", "less", "ary", "ent", "ant")


def noun_modifier(word: str, phrase_last: str, kind: str) -> bool:
    """Whether `word` can be the noun that modifies the head of a longer term
    ("system" in "system tray", "share" in "share ratio"), where it does not
    name its own concept: not a verb entry or a verb form ("Start daemon",
    "Removing torrent", "Error adding host": a verb and its object), not an
    adjective ("local data", "anonymous statistics": still local, still anonymous)."""
    word, phrase_last = word.casefold().replace("_", ""), phrase_last.casefold().replace("_", "")
    if kind in ("verb", "adjective"):
        return False
    return not word.endswith(("ing", "ed") + _ADJECTIVE_ENDINGS) and not phrase_last.endswith(("ing", "ed"))
