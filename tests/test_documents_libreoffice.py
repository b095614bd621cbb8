"""A Word and an OpenDocument file that `audit apply` changed open in
LibreOffice: a headless conversion to text succeeds and has the fixed word
where the original had the old one. Skipped where LibreOffice is not
installed (CI does not install it: too heavy)."""
import shutil
import subprocess
from pathlib import Path

import pytest

from audit.files.readers import read_file
from audit.files.writers import rewrite
from audit.model import Fix

SEEDS = Path(__file__).parent / "data/documents/seeds"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("ext", ["docx", "odt"])
def test_fixed_file_opens_in_libreoffice(tmp_path, ext):
    src = SEEDS / f"vi.{ext}"
    v = read_file(src)[0]
    seg = v.segments[2]
    k = seg.text.index("khách hàng")          # split across a bold and a plain run
    fixed = tmp_path / f"fixed.{ext}"
    fixed.write_bytes(rewrite(src, ext, [Fix(seg.offset + k, seg.offset + k + 10, "khách hàng", "thân chủ")]))
    out = tmp_path / "out"
    res = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                          "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(fixed)],
                         capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr
    text = (out / "fixed.txt").read_text(encoding="utf-8-sig")
    want = seg.text[:k] + "thân chủ" + seg.text[k + 10:]
    assert want in " ".join(text.split())
    assert seg.text not in " ".join(text.split())
