"""Bad and hostile resource files: one line naming the file and the line, exit
2, no traceback; no entity expansion; writers refuse what would break a file."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.model import Fix
from audit.files.readers import read_file
from audit.files.writers import rewrite

runner = CliRunner()
BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n'
        '{root}<string name="a">&lol2;</string>{end}\n')


@pytest.mark.parametrize("name, content, expected", [
    ("deep.json", b"[" * 100000 + b"]" * 100000, "nested deeper than 200 levels"),
    ("comma.json", b'{\n  "a": "b",\n}\n', "line 3: expected a quoted key"),
    ("ctrl.json", b'{"a": "line\nbreak"}', "line 1: unterminated string"),
    ("escape.json", b'{"a": "x\\uZZ"}', "line 1: unterminated string, bad escape"),
    ("tabs.yml", b"ru:\n\tkey: value\n", "line 2: tab used for indentation"),
    ("open.yml", b"ru:\n  key: 'never closed\n", "line 2: quote never closed"),
    ("semi.strings", b'"a" = "b"\n"c" = "d";\n', "line 2: expected ';' after the value of 'a'"),
    ("comment.strings", b'"a" = "b";\n/* never closed\n', "line 2: comment never closed"),
    ("open.php", b"<?php\nreturn [\n  'a' => 'b',\n", "array never closed"),
    ("bad.ini", b"[s]\nno equals sign here\n", "line 2: expected key=value"),
    ("nul.properties", b"a=b\x00c\n", "binary data (NUL bytes)"),
    ("strings.xml", BOMB.format(root="<resources>", end="</resources>").encode(), "entity declarations are not allowed"),
    ("x.stringsdict", BOMB.format(root="<plist><dict><key>a</key>", end="</dict></plist>").encode(),
     "entity declarations are not allowed"),
    ("layout.xml", b'<?xml version="1.0"?>\n<LinearLayout/>\n', "unsupported format: XML with a <LinearLayout> root"),
    ("broken.ts", b'<?xml version="1.0"?>\n<TS><context><name>x</name>\n', "malformed XML at line 3"),
    ("empty.json", b"   \n", "file is empty"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, name, content, expected):
    p = tmp_path / name
    p.write_bytes(content)
    res = runner.invoke(app, ["check", str(p), "--lang", "ru"])
    assert res.exit_code == 2, res.output
    msg = res.output.strip()
    assert "\n" not in msg and "Traceback" not in msg
    assert str(p) in msg and expected in msg, msg


def test_bad_source_file_is_named(tmp_path):
    good, bad = tmp_path / "ru.json", tmp_path / "en.json"
    good.write_text('{"a": "Клиент"}', encoding="utf-8")
    bad.write_text('{"a": ', encoding="utf-8")
    res = runner.invoke(app, ["check", str(good), "--source", str(bad)])
    assert res.exit_code == 2 and str(bad) in res.output


def test_alias_bomb_is_never_expanded(tmp_path):
    lines = ["ru:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"  {c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]"
              for p, c in zip("abcdefgh", "bcdefghi")]
    lines.append("  text: клиент")
    p = tmp_path / "ru.yml"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    v = read_file(p)[0]
    assert time.perf_counter() - start < 2
    assert [s.id for s in v.segments] == ["text"]            # flow collections and aliases are not units


def test_large_flat_json_is_linear(tmp_path):
    p = tmp_path / "ru.json"
    p.write_text("{" + ",".join(f'"k{i}": "Клиент номер {i}"' for i in range(200000)) + "}", encoding="utf-8")
    v = read_file(p)[0]
    assert len(v.segments) == 200000 and v.segments[-1].text == "Клиент номер 199999"


def test_properties_not_utf8_is_latin1(tmp_path):
    p = tmp_path / "m_de.properties"
    p.write_bytes("k=K\xe4ufer\n".encode("iso-8859-1"))
    assert read_file(p)[0].segments[0].text == "Käufer"


def _fix_on(path: Path, uid: str, old: str, new: str, nth: int = 0) -> Fix:
    seg = next(s for s in read_file(path, "ru")[0].segments if s.id == uid)
    k = -1
    for _ in range(nth + 1):
        k = seg.text.index(old, k + 1)
    return Fix(k, k + len(old), old, new, unit=uid)


def test_writer_refuses_to_touch_a_placeholder(tmp_path):
    p = tmp_path / "ru.php"
    p.write_text("<?php\nreturn ['a' => 'Клиент :name'];\n", encoding="utf-8")
    with pytest.raises(InputError, match="placeholder ':name'"):
        rewrite(p, "php", [_fix_on(p, "a", "т :na", "x")])


def test_writer_refuses_what_a_plain_yaml_value_cannot_hold(tmp_path):
    p = tmp_path / "ru.yml"
    p.write_text("ru:\n  a: Клиент и клиент\n", encoding="utf-8")
    with pytest.raises(InputError, match="unquoted YAML value"):
        rewrite(p, "yaml", [_fix_on(p, "a", "клиент", "key: value")])


def test_writer_refuses_a_changed_file(tmp_path):
    p = tmp_path / "ru.json"
    p.write_text('{"a": "Клиент и клиент"}', encoding="utf-8")
    fix = _fix_on(p, "a", "клиент", "покупатель")
    p.write_text('{"a": "Клиент и клиенты"}', encoding="utf-8")
    fix = Fix(fix.start + 1, fix.end + 1, fix.old, fix.new, unit="a")
    with pytest.raises(InputError, match="the file changed since the audit"):
        rewrite(p, "json", [fix])


def test_writer_names_a_missing_unit(tmp_path):
    p = tmp_path / "ru.strings"
    p.write_text('"a" = "Клиент";\n', encoding="utf-8")
    with pytest.raises(InputError, match="no translated unit 'b'"):
        rewrite(p, "strings", [Fix(0, 1, "К", "П", unit="b")])
