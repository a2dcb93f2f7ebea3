"""Hostile inputs built on the spot, for the refusal tests and benchmarks/bench_refusals.py.

Nothing here is stored in the repository: a zip bomb is a few hundred KB of deflated zeros
written by zipfile in a second, a large text is written in pieces, a 20 000-page PDF shares
one content stream among all its pages.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from tests.support.retrieval_pdf import write_pdf

FAKE_TOKEN = "7012345678:AAHfakeTOKENfor-ducha-tests_0123456789xyz"
FAKE_LLM_KEY = "sk-fake-ducha-llm-key-0123456789abcdef"
FAKE_SHADOW = (
    "root:$6$Zr0t5aLt$FAKEHASHfakehashFAKEHASHfakehash.0123456789/abcdefghijklmnopqrstuv:19700:0:99999:7:::\n"
    "daemon:*:19700:0:99999:7:::\nducha:$6$s4lt$ANOTHERfakeHASH0123456789abcdefghijklmnopqrstu:19701:0:99999:7:::\n"
)
FAKE_ENV = (
    f"TELEGRAM_BOT_TOKEN={FAKE_TOKEN}\nDUCHA_LLM_API_KEY={FAKE_LLM_KEY}\n"
    "DUCHA_LLM_BASE_URL=https://llm.example.invalid/v1\n# 机器人令牌和大模型密钥\n"
)

_DOCX_SKELETON = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
}


def zip_bomb(path: Path, *, inflated_mb: int, suffix_member: str = "word/document.xml", lie: bool = False) -> Path:
    """An Office-looking archive whose one big member inflates to `inflated_mb` MB of XML-ish
    padding. With `lie`, the central directory claims the member is 1 KB (the sizes a real
    attack would forge); zipfile then stops at the claimed size and the CRC check fails."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in _DOCX_SKELETON.items():
            archive.writestr(name, text)
        with archive.open(suffix_member, "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            piece = b" " * (1024 * 1024)
            for _ in range(inflated_mb):
                member.write(piece)
            member.write(b"</w:body></w:document>")
    if lie:
        _forge_sizes(path, suffix_member)
    return path


def _forge_sizes(path: Path, member: str) -> None:
    """Rewrite the central-directory entry's uncompressed size (zip64 extra) to 1024 bytes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.rfind(b"PK\x01\x02" + b"")
    while at != -1:
        name_len = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_len] == name:
            extra_len = int.from_bytes(data[at + 30 : at + 32], "little")
            extra = at + 46 + name_len
            end = extra + extra_len
            while extra + 4 <= end:
                tag = int.from_bytes(data[extra : extra + 2], "little")
                size = int.from_bytes(data[extra + 2 : extra + 4], "little")
                if tag == 0x0001:  # zip64: uncompressed size comes first
                    data[extra + 4 : extra + 12] = (1024).to_bytes(8, "little")
                    break
                extra += 4 + size
            else:
                data[at + 24 : at + 28] = (1024).to_bytes(4, "little")
            break
        at = data.rfind(b"PK\x01\x02", 0, at)
    path.write_bytes(bytes(data))


def xlsx_rows(path: Path, rows: int) -> Path:
    """A workbook of `rows` rows (openpyxl write-only, streamed to disk)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("分工")
    sheet.append(["序号", "工作任务", "牵头单位", "责任单位"])
    for i in range(rows):
        sheet.append([i + 1, f"第{i + 1}项任务：推进重点项目建设", "市发展改革委", "市财政局"])
    book.save(path)
    return path


def large_text(path: Path, *, mb: int) -> Path:
    """A Chinese-looking report of `mb` MB (the same paragraphs again and again)."""
    para = ("一、推动高质量发展。全市地区生产总值增长5.5%左右，规模以上工业增加值增长6%。" * 20 + "\n").encode("utf-8")
    with open(path, "wb") as out:
        out.write("示例市政府工作报告\n".encode("utf-8"))
        written = 0
        while written < mb * 1024 * 1024:
            out.write(para)
            written += len(para)
    return path


ENGLISH = (
    "Annual Report of the Harbour Authority\n\n1. Overview\nThe authority handled 12 million tonnes of cargo in the year, "
    "an increase of 4 percent. Investment in the northern quay continued and the new crane fleet entered service.\n"
    "2. Finance\nRevenue rose to 310 million, operating costs were held flat, and the debt ratio fell below forty percent.\n"
)


def english_pdf(pages: int) -> bytes:
    """An English PDF with a real text layer; all pages share one content stream, so 20 000
    pages stay a few hundred KB."""
    lines = ENGLISH.splitlines()
    ops = ["BT", "/F1 11 Tf", "14 TL", "40 800 Td"] + [f"({line.replace('(', '').replace(')', '')}) Tj T*" for line in lines] + ["ET"]
    content = "\n".join(ops).encode()
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        4: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    }
    kids = []
    for i in range(pages):
        objs[5 + i] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        kids.append(5 + i)
    return write_pdf(objs, kids)


def hostile_folder(root: Path) -> tuple[Path, Path]:
    """A folder as an attacker hands it over, and the outside folder its links point into:
    links to a fake `.env` and a fake shadow file, a `.env` and a key inside, a FIFO, an
    English text, and one real report. Returns (folder, outside)."""
    import os

    outside = root / "server"
    outside.mkdir(parents=True)
    (outside / ".env").write_text(FAKE_ENV, encoding="utf-8")
    (outside / "shadow").write_text(FAKE_SHADOW, encoding="utf-8")
    (outside / "notes.txt").write_text("这是服务器上的私人笔记，不应被导入。" * 10, encoding="utf-8")
    folder = root / "usb"
    folder.mkdir()
    (folder / "配置说明.txt").symlink_to(outside / ".env")
    (folder / "账户.txt").symlink_to(outside / "shadow")
    (folder / "shadow").symlink_to(outside / "shadow")
    (folder / "笔记.txt").symlink_to(outside / "notes.txt")
    (folder / "服务器").symlink_to(outside, target_is_directory=True)
    (folder / "broken.txt").symlink_to(root / "nowhere.txt")
    (folder / ".env").write_text(FAKE_ENV, encoding="utf-8")
    (folder / "部署.txt").write_text(FAKE_ENV, encoding="utf-8")
    (folder / "backup.txt").write_text(FAKE_SHADOW, encoding="utf-8")
    (folder / "id_rsa").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nfake\n-----END OPENSSH PRIVATE KEY-----\n")
    (folder / "server.key").write_text("-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----\n")
    (folder / "english.txt").write_text(ENGLISH * 20, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    return folder, outside
