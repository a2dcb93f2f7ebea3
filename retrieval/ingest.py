"""`ducha ingest`: files and folders in, reports indexed, responsibility tables registered.

Each file is all-or-nothing. A report's chunks and manifest row are written to
SQLite in one transaction and are answerable by BM25 from that moment; its dense
vectors are computed afterwards (retrieval/dense_phase.py), and search only trusts
chunk ids committed in SQLite, so a crash at any point leaves a consistent index.
A file whose bytes did not change is "unchanged" and costs a hash.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from core import lazy_re as re
from core.errors import UserError
from core.limits import Limits
from core.places import fuller_form
from core.unit_names import region_level
from prompts import ingest as msg
from retrieval import chunk as chunking
from retrieval import postings
from retrieval.chunk import Chunk
from retrieval.clean import clean_text
from retrieval.gather import gather, looks_secret, read_regular
from retrieval.loaders import SUPPORTED, LoadedFile, load_file
from retrieval.meta import DocMeta, read_meta
from retrieval.plans import parse_plan
from retrieval.plans.parse import reports_progress, titled_as_done
from retrieval.shape import check_chinese, check_not_plan, check_report, report_with_a_table
from retrieval.versions import REVISION_BAR, text_similarity
from store import documents as store
from store.db import transaction

log = logging.getLogger(__name__)

@dataclass
class FileResult:
    file: str
    status: str  # ingested | unchanged | error | skipped (a link out of the folder, a key, a device)
    path: str = ""
    kind: str | None = None
    region: str | None = None
    year: int | None = None
    title: str | None = None
    chunks: int = 0
    tasks: int = 0
    error: str | None = None
    missing: list[str] = field(default_factory=list)
    level: str | None = None  # a plan's level: its region's (青石镇 → 镇), else read from its units (省, 市…)
    plan_id: int | None = None
    notes: list[str] = field(default_factory=list)  # what the user should know (region unknown, past year…)
    supersedes: list[str] = field(default_factory=list)  # older versions (same region, year, kind)
    # A plan read whole but not as big as it says it is ("共明确45项", a section's "（8项）"):
    # stored all the same, the user told which count disagrees (retrieval/plans/counts.py).
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "status": self.status,
            "kind": self.kind,
            "region": self.region,
            "year": self.year,
            "title": self.title,
            "chunks": self.chunks,
            "tasks": self.tasks,
            "error": self.error,
            "missing": self.missing,
            "level": self.level,
            "plan_id": self.plan_id,
            "notes": self.notes,
            "supersedes": self.supersedes,
            "warnings": self.warnings,
        }


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[FileResult]]:
    """Files to ingest, in a stable order, and results for paths skipped or not found
    (retrieval/gather.py decides which files a folder really gives us)."""
    found = gather(paths)
    results = [FileResult(file=f, status="error", path=p, error=e) for f, p, e in found.errors]
    results += [FileResult(file=f, status="skipped", path=p, error=e) for f, p, e in found.skipped]
    return found.files, results


@dataclass(frozen=True)
class Given:
    """What the user states about documents that do not state it themselves
    (`ducha ingest --region 江西省 --year 2025`); never overrides the document's own words."""

    region: str | None = None
    year: int | None = None


def ingest_paths(
    ctx: Any, paths: Iterable[Path | str], *, progress: bool = False, given: Given = Given(), embed: bool = True
) -> list[FileResult]:
    """Phase one for every file (registry and BM25: answerable when this returns), then,
    unless `embed=False`, phase two: dense vectors for what is pending."""
    files, results = expand_paths(paths)
    if files:
        ctx.db  # noqa: B018 - open the registry first: a data folder we cannot write fails once, at the edge, not per file
    if progress and files:
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(msg.PROGRESS, total=len(files))
            for path in files:
                bar.update(task, description=f"{msg.PROGRESS} {path.name}")
                results.append(ingest_file(ctx, path, given))
                bar.advance(task)
    else:
        results.extend(ingest_file(ctx, path, given) for path in files)
    if embed:
        from retrieval.dense_phase import embed_pending

        try:
            embed_pending(ctx)
        except Exception as exc:  # phase one stands: BM25 answers, the documents stay pending
            log.warning(msg.DENSE_FAILED.format(reason=f"{type(exc).__name__}: {exc}".splitlines()[0][:160]))
    return results


def ingest_file(ctx: Any, path: Path, given: Given = Given()) -> FileResult:
    """Ingest one file; bad input becomes an error result, never a half-written state."""
    resolved = str(path.resolve())
    result = FileResult(file=path.name, status="error", path=resolved)
    limits = Limits.from_settings(ctx.settings)
    try:
        if looks_secret(path.name):
            raise UserError(msg.SENSITIVE.format(name=path.name))
        if path.suffix.lower() not in SUPPORTED:
            raise UserError(msg.UNSUPPORTED.format(ext=path.suffix or "（无扩展名）"))
        data = read_regular(Path(resolved), limits.file_bytes)
        content_hash = hashlib.sha256(data).hexdigest()
        known = store.find_document(ctx.db, path=resolved) or store.find_by_hash(ctx.db, content_hash)
        if known and known["content_hash"] == content_hash:
            if known["kind"] == "plan" and (known.get("doc_number") is None or known.get("issuer") is None):
                _read_cover_again(ctx, known, path, data, limits)
            if known["kind"] == "plan":
                from store.plans import plan_warnings

                result.warnings = plan_warnings(ctx.db, content_hash)
            if known["kind"] == "report" and known["chunks"]:
                _store_postings_again(ctx, known)
            return _from_row(result, known, "unchanged")
        loaded = load_file(path, limits=limits, data=data)
        if _is_plan(loaded) and not report_with_a_table(loaded.text, loaded.tables or []):
            check_chinese(loaded.text)
            return _ingest_plan(ctx, loaded, result, resolved, content_hash, given, limits)
        if loaded.source in ("xlsx", "csv") and not (titled_as_done(loaded.text) or reports_progress(loaded)):
            # a sheet of results ("…目标任务完成情况": 年度目标 | 完成情况 | 是否完成) is read as a
            # report of that year; any other sheet that is no plan is refused
            raise UserError(msg.TABLE_NOT_PLAN)
        return _ingest_report(ctx, loaded, result, resolved, content_hash, given, limits)
    except UserError as exc:
        result.error = str(exc)
        return result
    except OSError as exc:
        result.error = msg.UNREADABLE.format(reason=exc.strerror or exc)
        return result
    except Exception as exc:  # our bug or a dead Chroma server: report it, keep the batch going
        log.exception("ingest of %s failed", path)
        result.error = msg.INTERNAL.format(reason=f"{type(exc).__name__}: {exc}".splitlines()[0][:200])
        return result


def _is_plan(loaded: LoadedFile) -> bool:
    from retrieval.plans import looks_like_plan

    return looks_like_plan(loaded)


def _ingest_plan(
    ctx: Any, loaded: LoadedFile, result: FileResult, path: str, content_hash: str, given: Given, limits: Limits
) -> FileResult:
    """A plan's region comes from its own title or issuer, else from `--region`, never from
    place names in its tasks (a provincial plan names cities everywhere). Its year comes
    from its own words, else `--year`, else the year of ingest, said so in the summary."""
    from retrieval.plans.notice import notice_text
    from store.plans import known_unit_names, load_plan

    text = clean_text(loaded.text)
    meta = read_meta(text)
    if meta.title_made and not (as_plan := read_meta(text, kind="plan")).title_made:
        # a title no report's rule reads ("…民生实事项目清单", round 64g): a plan's rule may
        meta.title, meta.title_made = as_plan.title, False
        meta.missing = [m for m in meta.missing if m != "title"]
    meta.kind = "plan"
    table = parse_plan(loaded, known_units=known_unit_names(ctx.db))
    if len(table.rows) > limits.table_rows:  # a .txt "plan" of 100 000 lines: the loaders saw no table
        raise UserError(msg.TOO_MANY_ROWS.format(limit=limits.table_rows))
    notes: list[str] = []
    if not given.region and (not table.region or not table.title):
        notes += _named_by_file_or_reports(ctx, table, result.file)
    # the 印发 date the table's own reader found (an issuing line above a ledger, a notice's
    # signature) when the document's head gave none: "分解表啥时候印发的" is answered by it
    meta.delivered = meta.delivered or table.issued
    year = table.year or given.year or meta.year
    if not year and (year := _deadlines_year(table)):
        # a ledger exported with no title ("编号,牵头单位,重点任务,…"): its deadlines say its year
        notes.append(msg.YEAR_FROM_DEADLINES.format(year=year))
    if not year:
        year = ctx.today().year
        notes.append(msg.YEAR_ASSUMED.format(year=year))
    place = DocMeta(region=table.region or given.region)
    notes += _one_name_per_place(ctx, place)
    if table.region and place.region != table.region:
        # the table's cover said the shorter name ("鹤汀区…民生实事项目安排表" beside 青漪市鹤汀区's
        # reports): its units are the same place's units, named once (round 66h)
        table.region = place.region
    plan_meta = {"region": place.region, "year": year, "title": table.title or meta.title,
                 "delivered": meta.delivered}
    with transaction(ctx.db):
        loaded_plan = load_plan(ctx.db, table, plan_meta, source_file=result.file, content_hash=content_hash)
        tasks = loaded_plan.tasks
        # The registry reads the issuer and title off the table's own cover; report what it stored.
        meta.title, meta.region, meta.year = loaded_plan.title or meta.title, loaded_plan.region, loaded_plan.year
        meta.missing = [m for m in meta.missing if not getattr(meta, m, None)]
        meta.missing += [m for m, gap in (("region", not meta.region), ("year", bool(notes))) if gap and m not in meta.missing]
        notes += _shorter_names_renamed(ctx, meta.region)
        # the covering notice is searched as the plan's own text (retrieval/plans/notice.py)
        notice = notice_text(clean_text(loaded.text), [r.text for r in table.rows])
        chunks = chunking.chunk_document(notice, title=meta.title or "", doc_key=path, year=meta.year,
                                         max_chars=chunking.MAX_CHARS) if notice else []
        row = _doc_row(result.file, path, content_hash, meta, chunks=len(chunks), tasks=tasks, chars=len(loaded.text))
        doc_id, _ = store.replace_document(ctx.db, row, [_chunk_row(c) for c in chunks])
        packed = postings.pack(postings.build(chunks)) if chunks else None
        if packed is not None:
            store.save_postings(ctx.db, doc_id, postings.KEY, postings.columns(packed))
    if chunks:
        ctx.index.invalidate()
    if not loaded_plan.region:
        level = table.level
        notes.append(msg.REGION_UNKNOWN.format(level=msg.LEVEL_NAMES.get(level or "", msg.LEVEL_UNKNOWN)))
        result.level = level
    else:
        result.level = region_level(loaded_plan.region)  # 青石镇 → 镇, 南昌市 → 市
    if table.lead_rule == "unstated":
        notes.append(msg.LEADS_UNSTATED)
    if loaded_plan.year < ctx.today().year and loaded_plan.status == "ingested":
        notes.append(msg.PAST_YEAR.format(year=loaded_plan.year, id=loaded_plan.plan_id))
    result.plan_id, result.notes, result.warnings = loaded_plan.plan_id, notes, list(table.warnings)
    return _fill(result, meta, "ingested", chunks=0, tasks=tasks)


def _ingest_report(
    ctx: Any, loaded: LoadedFile, result: FileResult, path: str, content_hash: str, given: Given, limits: Limits
) -> FileResult:
    from retrieval.report_tables import with_tables_read

    # a table inside the report (主要预期目标) read row by row with its header (retrieval/report_tables.py);
    # a PDF's ruled tables by their borders, in place of the cell-a-line plain text
    source_text, tables = loaded.text, loaded.tables or []
    if loaded.source == "pdf" and loaded.framed is not None and (framed := loaded.framed()) is not None:
        source_text, tables = framed
    text = clean_text(with_tables_read(source_text, tables))
    meta = read_meta(text, kind="report")
    named = _titled_by_file_name(text, result.file, sheet=loaded.source in ("xlsx", "csv")) if meta.title_made else ""
    if named:
        # a sheet or text with no title line ("2026年第三季度进展情况.xlsx", round 70b): its file
        # name is read as its title line (and says its year and place when the text does not)
        text = named + "\n" + text
        meta = read_meta(text, kind="report")
    check_report(text)  # before anything is indexed: a key or an English file never is
    check_not_plan(text)  # nor a plan whose table was not read (it would hide that year's report)
    named_notes = [msg.REPORT_TITLE_FROM_FILE_NAME.format(title=meta.title)] if named else []
    if given.region and not meta.region:
        meta.region = given.region
        meta.missing = [m for m in meta.missing if m != "region"]
    if given.year and not meta.year:
        meta.year = given.year
        meta.missing = [m for m in meta.missing if m != "year"]
    place_notes = _one_name_per_place(ctx, meta)
    chunks = chunking.chunk_document(text, title=meta.title, doc_key=path, year=meta.year, max_chars=chunking.MAX_CHARS)
    if not chunks:
        raise UserError(msg.EMPTY)
    if len(chunks) > limits.chunks:
        raise UserError(msg.TOO_MANY_CHUNKS.format(n=len(chunks), limit=limits.chunks))
    # Phase one: committed chunks are answerable by BM25 at once; vectors come after
    # (retrieval/dense_phase.py), so `embedding` stays empty until they are in Chroma.
    row = _doc_row(result.file, path, content_hash, meta, chunks=len(chunks), tasks=0, chars=len(text))
    row["embedding"] = None
    packed = postings.pack(postings.build(chunks))  # tokenized once, here, not by every process that searches
    with transaction(ctx.db):
        doc_id, _ = store.replace_document(ctx.db, row, [_chunk_row(c) for c in chunks])
        if packed is not None:
            store.save_postings(ctx.db, doc_id, postings.KEY, postings.columns(packed))
        result.supersedes, result.notes = _supersede_versions(ctx, path, result.file, "".join(c.text for c in chunks))
        result.notes[:0] = named_notes + place_notes + _shorter_names_renamed(ctx, meta.region)
    ctx.index.invalidate()
    return _fill(result, meta, "ingested", chunks=len(chunks))


def _supersede_versions(ctx: Any, path: str, file: str, text: str) -> tuple[list[str], list[str]]:
    """The older reports of the same region and year that this one is a version of are
    superseded (file names returned); any other report of that region and year is another
    document, kept, and the user told so (notes). `retrieval.versions` says why and where the
    bar comes from."""
    replaced: list[tuple[int, str]] = []
    notes: list[str] = []
    for doc_id, old_file in store.same_year_reports(ctx.db, path):
        similarity = text_similarity("".join(c.text for c in store.chunks_of(ctx.db, doc_id)), text)
        if similarity >= REVISION_BAR:
            replaced.append((doc_id, old_file))
        else:
            notes.append(msg.NOT_A_VERSION.format(file=old_file, share=round(100 * similarity)))
    store.supersede(ctx.db, [i for i, _ in replaced], file)
    return [f for _, f in replaced], notes


def _one_name_per_place(ctx: Any, meta: DocMeta) -> list[str]:
    """A region already on record with its city said too ("泓州市鹊岭区") is the name this
    document's shorter one ("鹊岭区") takes: one place answers as one region, never two."""
    full = fuller_form(meta.region, store.document_regions(ctx.db))
    if not full:
        return []
    short, meta.region = meta.region, full
    return [msg.SAME_PLACE.format(short=short, full=full)]


def _shorter_names_renamed(ctx: Any, region: str | None) -> list[str]:
    """Documents on record under this region's shorter name take the fuller one."""
    if not region:
        return []
    regions = store.document_regions(ctx.db)
    notes = []
    for short in sorted(regions):
        if fuller_form(short, regions) == region:
            store.rename_region(ctx.db, short, region)
            notes.append(msg.SAME_PLACE.format(short=short, full=region))
    return notes


def _chunk_row(c: Chunk) -> dict:
    return {"id": c.id, "seq": c.seq, "section": c.section, "span_year": c.span_year, "header": c.header, "text": c.text}


def _titled_by_file_name(text: str, file: str, *, sheet: bool = False) -> str:
    """The file's name, for a text with no title line, when the name reads as one (a sheet
    exported with no title: any name with words, its "_督查系统导出" / "(1)" tail cut); else ""."""
    stem = re.sub(r"[_\-\s]*(?:[（(]\d+[）)]|副本|督查系统导出|系统导出|导出|export)$", "", Path(file).stem.strip(), flags=re.I)
    stem = re.sub(r"[_]+", "", stem).strip()
    if sheet and len(re.findall(r"[\u4e00-\u9fff]", stem)) >= 4:
        return stem
    return stem if not read_meta(stem + "\n" + text, kind="report").title_made else ""


def _named_by_file_or_reports(ctx: Any, table: Any, file: str) -> list[str]:
    """A plan whose own text names no place or title (a .csv exported by a 督查系统, round 69c)
    takes them from its file name when that names a place of the plan's level ("栖川市2026年…
    分工.csv"), else its region from the one region of that level whose reports are loaded; the
    summary says where each came from. The text, when it says, always wins."""
    from retrieval.plans.meta import read_plan_meta

    notes: list[str] = []
    title, region, year, _ = read_plan_meta(Path(file).stem)
    if region and table.level and region_level(region) != table.level:
        region = None  # "青石县…" named on a table of 市 units: the name is no guide
    if title and not table.title:
        table.title = title
        notes.append(msg.TITLE_FROM_FILE_NAME.format(title=title))
    if not table.region and region:
        table.region = region
        notes.append(msg.REGION_FROM_FILE_NAME.format(region=region))
    if not table.year and year and table.region == region and region:
        table.year = year
    if not table.region and table.level:
        loaded = {d["region"] for d in store.list_documents(ctx.db) if d["kind"] == "report" and d["region"]}
        same_level = sorted(r for r in loaded if region_level(r) == table.level)
        if len(same_level) == 1:
            table.region = same_level[0]
            notes.append(msg.REGION_FROM_REPORTS.format(region=same_level[0]))
    return notes


def _deadlines_year(table: Any) -> int | None:
    """The year most of a plan's deadlines name ("2025年12月底前"), when at least half of its
    tasks print one; None otherwise."""
    from collections import Counter

    years = Counter(int(m.group(1)) for r in table.rows
                    if (m := re.search(r"((?:19|20)\d{2})\s*年", getattr(r, "due_text", "") or "")))
    if not years:
        return None
    year, count = years.most_common(1)[0]
    return year if count * 2 >= len(table.rows) else None


def _read_cover_again(ctx: Any, known: dict, path: Path, data: bytes, limits: Limits) -> None:
    """A plan ingested before 文号 or issuers were read has none on record: read them off the
    unchanged file (a plan is small), so "文号是多少" / "哪个单位发的" answer without a forced
    re-ingest. Optional."""
    try:
        meta = read_meta(clean_text(load_file(path, limits=limits, data=data).text), kind="plan")
        # "": read once, none printed
        store.update_document(ctx.db, known["id"], doc_number=meta.number or "", issuer=meta.issuer or "")
    except Exception as e:  # noqa: BLE001 - the ingest itself is unchanged either way
        log.info("文号补读失败（%s）：%s", path.name, type(e).__name__)


def _store_postings_again(ctx: Any, known: dict) -> None:
    """A report ingested before postings were stored (or under an older tokenizer) has none
    under `postings.KEY`: build them from its stored chunks, so the next `ask` reads them.
    Writes nothing when they are there; the generation does not move (nothing searchable
    changed)."""
    if store.has_postings(ctx.db, known["id"], postings.KEY):
        return
    packed = postings.pack(postings.build(store.chunks_of(ctx.db, known["id"])))
    if packed is not None:
        with transaction(ctx.db):
            if store.find_document(ctx.db, path=known["path"]) == known:  # not replaced meanwhile
                store.save_postings(ctx.db, known["id"], postings.KEY, postings.columns(packed))


def _doc_row(file: str, path: str, content_hash: str, meta: DocMeta, *, chunks: int, tasks: int, chars: int) -> dict:
    return {
        "path": path,
        "file": file,
        "content_hash": content_hash,
        "kind": meta.kind,
        "region": meta.region,
        "year": meta.year,
        "delivered": meta.delivered.isoformat() if meta.delivered else None,
        "title": meta.title,
        "doc_number": meta.number or "",  # "" = read, none printed; NULL = ingested before 文号 were read
        "issuer": meta.issuer or "",  # the same: NULL = ingested before issuers were read
        "missing": meta.missing,
        "chunks": chunks,
        "tasks": tasks,
        "chars": chars,
        "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def _fill(result: FileResult, meta: DocMeta, status: str, *, chunks: int = 0, tasks: int = 0) -> FileResult:
    result.status = status
    result.kind, result.region, result.year, result.title = meta.kind, meta.region, meta.year, meta.title
    result.chunks, result.tasks, result.missing = chunks, tasks, list(meta.missing)
    return result


def _from_row(result: FileResult, row: dict, status: str) -> FileResult:
    result.status = status
    result.kind, result.region, result.year, result.title = row["kind"], row["region"], row["year"], row["title"]
    result.chunks, result.tasks, result.missing = row["chunks"], row["tasks"], list(row["missing"])
    if row["kind"] == "plan":
        result.level = region_level(row["region"])
    return result
