"""A tiny PDF writer with a real CJK text layer and no font file, for tests.

fpdf2 needs a CJK TrueType font, which neither this machine nor a fresh CI box has;
a Type0 font with Identity-H codes equal to Unicode code points and a ToUnicode
CMap mapping each code to itself gives exact text extraction with pypdf, which is
all ingestion reads. (Viewers substitute a system font for the glyphs.)"""
from __future__ import annotations


def make_pdf(pages: list[list[str]]) -> bytes:
    ranges = [f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256) if not 0xD8 <= hi <= 0xDF]
    blocks = [f"{len(ranges[i:i + 100])} beginbfrange\n" + "\n".join(ranges[i : i + 100]) + "\nendbfrange" for i in range(0, len(ranges), 100)]
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode()
    objs: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        4: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>",
        5: b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        6: b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    }
    kids, n = [], 7
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td"]
        ops += ["<" + "".join(f"{ord(ch):04X}" for ch in line if ord(ch) < 0x10000 and not 0xD800 <= ord(ch) <= 0xDFFF) + "> Tj T*" for line in lines]
        ops.append("ET")
        content = "\n".join(ops).encode()
        objs[n] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n + 1] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {n} 0 R >>".encode()
        kids.append(n + 1)
        n += 2
    return write_pdf(objs, kids)


def write_pdf(objs: dict[int, bytes], kids: list[int]) -> bytes:
    """Objects 1 (catalog) and 3.. given, pages `kids`: add the page tree (object 2), the
    cross-reference table and the trailer."""
    objs = {**objs, 2: f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()}
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref, size = len(out), max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[i]:010d} 00000 n \n".encode() for i in range(1, size))
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_to_pdf(text: str, lines_per_page: int = 60) -> bytes:
    lines = [l for l in text.split("\n")]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    return make_pdf(pages)


def blank_pdf() -> bytes:
    """A 'scanned' PDF: a page with no text layer."""
    return make_pdf([[]])
