"""Source words that are not words of the language but names kept as written.

A glossary entry's English word inside a key combination ("Ctrl+Alt+Delete",
"host+Page Up"), a key's two-word name ("Page Up"), bracketed option syntax
("[channel:<channel>]"), an option's name ("remote-random-hostname"), the command of a usage line ("Usage: resume [...]"),
a code identifier in quotes ("parameters 'key' or 'value'"), code in
backticks or a dotted identifier ("`smtpSettings.security`"), a setting
written with its value ("extension=gnupg.so"), a chat command ("/help") or a product's
name that the translation keeps as written ("Export in Windows .rdp format":
Windows, not windows) names a thing; its translation keeps it as written, so
the entry's approved term is not wanted there. `code_span` tells the first
nine from the source alone; `kept_name` the last, which needs the
translation. The text given is the source as the checks see it, with URLs,
paths, options and placeholders already blanked. `kept_in_latin` tells a
capitalised word a translation in another script keeps in Latin letters
("Snap パッケージ"): a name; `quoted_in_target` a word the translation keeps
as written in quotes (a table's name: "Datenbanktabelle \"notification\"");
`quoted_span_kept` a span the source quotes and the translation keeps
(“Waiting Channel”); `kept_acronym` an everyday word the source writes as an
acronym the translation keeps (SMART, S.M.A.R.T.).
"""
from __future__ import annotations

import regex

from .langdetect import script_of

# keys that make a "+"-joined run a key combination
_MODIFIERS = {"ctrl", "control", "alt", "altgr", "shift", "super", "meta", "cmd", "command", "win", "fn", "host",
              "option"}
_COMBO = regex.compile(r"[\p{L}\p{N}_]+(?:[ \t]?\+[ \t]?[\p{L}\p{N}_]+(?: (?:Up|Down|Lock|Screen))?)+")
# two-word key names, as keyboards label them (capitalised: "a page up" is no key)
_KEY_NAMES = regex.compile(r"\b(?:Page|Pg) ?(?:Up|Down|Dn)\b|\b(?:Caps|Num|Scroll) Lock\b|\bPrint Screen\b")
# bracketed syntax of an option or format: "[channel:<channel>]", "[ * | <id> ]",
# a usage line's choices in braces: "{ help }", "{ ARGUMENTS | help }"
_BRACKETED = regex.compile(r"\[[^\[\]\n]*[:|<=][^\[\]\n]*\]|\{\s[^{}\n]*\s\}|\{[^{}\n]*\|[^{}\n]*\}")
# the command a usage line names first ("Usage: resume [ * | <torrent-id> ]")
_USAGE = regex.compile(r"^\s*usage:\s*([\p{L}\p{N}_-]+)", regex.I)
# one lower-case identifier alone in quotes: 'value', "key", `id`
_QUOTED_IDENTIFIER = regex.compile(r"(?<=(['\"`‘“«]))[\p{Ll}\p{N}_]+(?=['\"`’”»])")
# an option or setting's name: lower-case words joined by hyphens or
# underscores, three or more ("remote-random-hostname", "max_retry_count")
_OPTION_NAME = regex.compile(r"(?<![\p{L}\p{N}_-])[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}(?![\p{L}\p{N}_-])")
# code: a span in backticks ("`passbolt.plugins.smtpSettings.security`"), a
# dotted identifier of three parts or more ("smtpSettings.security.level")
_CODE = regex.compile(r"`[^`\n]+`|(?<![\p{L}\p{N}_.])[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*){2,}")
# a chat program's command ("Try /help", "/msg NickServ"): a slash and a
# lower-case word, alone (not a path's last part)
_SLASH_COMMAND = regex.compile(r"(?<![\p{L}\p{N}_./~-])/[\p{Ll}]+(?![\p{L}\p{N}_/.-])")
# the copyright sign written with a letter: "Copyright (C) 2009"
_COPYRIGHT = regex.compile(r"\([Cc]\)")
# a setting's name written with its value: "extension=gnupg.so", "max_peers=50"
_SETTING = regex.compile(r"(?<![\p{L}\p{N}_.=-])[\p{L}_][\p{L}\p{N}_.-]*(?==[^\s=])")
# where a sentence starts: a capital there is no name
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;…]\s+|[\n•(\[\"'“‘«]\s*)$")


def code_span(text: str, start: int, end: int) -> str | None:
    """Why text[start:end] is part of a key combination or name, option syntax,
    a usage line's command or a quoted identifier; None if it is not."""
    for m in _COMBO.finditer(text):
        if m.start() <= start and end <= m.end() \
                and any(w.casefold() in _MODIFIERS for w in regex.split(r"[ \t]?\+[ \t]?", m.group())):
            return "part of a key combination"
    for pattern, why in ((_KEY_NAMES, "part of a key's name"), (_BRACKETED, "part of bracketed option syntax"),
                         (_QUOTED_IDENTIFIER, "an identifier in quotes"), (_OPTION_NAME, "part of an option's name"),
                         (_CODE, "part of code (in backticks, a dotted identifier)"),
                         (_SETTING, "a setting's name (key=value)"), (_SLASH_COMMAND, "a chat command (/help)"),
                         (_COPYRIGHT, "the copyright sign (C)")):
        if any(m.start() <= start and end <= m.end() for m in pattern.finditer(text)):
            return why
    usage = _USAGE.match(text)
    if usage and usage.start(1) <= start and end <= usage.end(1):
        return "the command of a usage line"
    return None


def kept_name(source: str, start: int, end: int, target: str) -> bool:
    """Whether text[start:end] is a name the translation keeps as written: a
    capitalised word inside a sentence (after a lower-case word, not at a
    sentence's start), which the translation holds unchanged, case and all,
    at the start of a word ("in Windows .rdp format" -> "Windows 接続", "For
    use with Windows" -> "Windowszal"; but not "Folder" at a menu item's start)."""
    word = source[start:end]
    if not word[:1].isupper() or _SENTENCE_START.search(source[:start]):
        return False
    before = regex.findall(r"[\p{L}\p{N}]+", source[:start])
    if before and before[-1][:1].isupper() and regex.search(rf"\b{regex.escape(before[-1])}\s+{regex.escape(word)}\b",
                                                             source) and regex.search(
            rf"(?<![\p{{L}}\p{{N}}]){regex.escape(before[-1])}\s+{regex.escape(word)}(?![\p{{L}}\p{{N}}])", target):
        return True                   # a two-word name the translation keeps as a whole ("Claws Mail")
    if not before or not before[-1][:1].islower():
        return False                  # title case ("Remote Desktop Preferences") says nothing
    # a name may take the translation's endings (hu "Windowszal", tr "Windows'ta")
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}", target) is not None


def kept_acronym(word: str, term: str, target: str) -> bool:
    """Whether the source writes an everyday glossary word in capitals as an
    acronym the translation keeps ("SMART data": "SMART-Daten", "S.M.A.R.T.
    データ"): a name, not the entry's word (smart = intelligent)."""
    letters = word.replace("_", "").replace("&", "")
    if len(letters) < 2 or not letters.isupper() or term.isupper():
        return False
    return _whole_word(letters, regex.sub(r"(?<=\p{Lu})\.(?=\p{Lu})|(?<=\p{Lu})\.(?!\p{L})", "", target))


def _whole_word(word: str, text: str, flags: int = 0) -> bool:
    """Whether `text` holds `word` with no letter or digit run into it."""
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])", text, flags) is not None


def quoted_in_target(word: str, target: str) -> bool:
    """Whether the translation holds the source's word as written, alone in
    quotes ("Datenbanktabelle \"notification\""): a name or identifier the
    translator kept, whatever the source did with it."""
    return regex.search(rf"[\"'„“«‚‘`]{regex.escape(word)}[\"'“”»‘’`]", target) is not None


# a span of a source in quotes: “Waiting Channel”, "Disk write", 'Hosts'
_QUOTED_SPAN = regex.compile(r"[\"“„«‘](?P<q>[^\"“”„«»‘’\n]{1,60})[\"”“»’]")


def quoted_span_kept(source: str, start: int, end: int, target: str) -> bool:
    """Whether source[start:end] is inside a span in quotes that the
    translation holds as written (“Waiting Channel” -> »Waiting Channel«): a
    column's or a setting's name kept, not the entry's word."""
    return any(m.start("q") <= start and end <= m.end("q") and _whole_word(m.group("q").strip(), target)
               for m in _QUOTED_SPAN.finditer(source))


def placeholder_in_target(source: str, start: int, end: int, target: str) -> bool:
    """Whether source[start:end] is the name of a placeholder that the
    translation keeps as written, sigil and all: ":domain" (Laravel),
    "%name%", "$user", "@count" (the sigils that are not in the readers'
    placeholder list, which stays strict so that prose with a colon is text)."""
    sigil = source[start - 1:start]
    if sigil not in (":", "%", "$", "@") or regex.match(r"[\p{L}\p{N}]", source[start - 2:start - 1] or " "):
        return False
    return _whole_word(source[start - 1:end], target)


def kept_in_latin(word: str, target: str, target_lang: str) -> bool:
    """Whether a translation into a language not written in Latin letters
    holds the source's capitalised word as written, as a whole word in any
    case: a name the translator left alone ("Snap パッケージ", "Windows 接続"),
    not the glossary's concept to translate. A lower-case word left in
    English ("file exists") is untranslated text, and stays a finding."""
    if script_of(target_lang) == "Latin" or not word[:1].isupper():
        return False
    return _whole_word(word, target, regex.IGNORECASE)


# a message key standing where a text should: "status.new", "help.fixedRate",
# "user_profile", "entryState.running" (Kimai's XLIFF, key-based JSON): words
# starting in lower case, camelCase inside, joined by dots or underscores
_KEY_PART = r"[\p{Ll}\p{N}][\p{L}\p{N}]*"
_MESSAGE_KEY = regex.compile(rf"\s*{_KEY_PART}(?:[._-]{_KEY_PART})*[._]{_KEY_PART}(?:[._-]{_KEY_PART})*\s*")


def is_message_key(text: str) -> bool:
    """Whether a source is a program's message key, not a text in a
    language: words starting in lower case joined by dots or underscores, no
    spaces. Its translation renders the text behind the key, which the file
    does not hold, so it cannot be checked against the key's words."""
    return _MESSAGE_KEY.fullmatch(text) is not None


# the share of a file's sources that are message keys from which all of them
# count as keys: a key-based catalogue (Kimai's XLIFF: 55%) also has keys that
# read as English ("Filter timesheets", "trash") and are translated by the
# English text behind them ("Timesheets", "Delete"), not by their words
KEY_CATALOGUE_SHARE = 0.3


def is_key_catalogue(sources: list[str]) -> bool:
    """Whether a file's sources are a program's message keys rather than texts."""
    texts = [t for t in sources if t.strip()]
    return bool(texts) and sum(map(is_message_key, texts)) >= KEY_CATALOGUE_SHARE * len(texts)
