"""Extraction → database: store an article and what was read from it, and staff review.

The pipeline (and underthesea with it) is imported only inside the functions that run it,
so a web worker importing this module stays small: the upload page hands in an
extraction computed in a subprocess (see extraction.isolated) as its resolution-extraction/1
JSON, read back into the pipeline's dataclasses (ArticleExtraction.from_json) before writing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction

from extraction.grammar.documents import HTML_ATTRIBUTE, PAGE_ADDRESS_TAG, SAVED_FROM_NOTE, WEB_ADDRESS_START
from extraction.nlp.items import ArticleExtraction
from extraction.records import ItemWriter
from tracker.models import Achievement, Article, ArticleVersion, DataStamp, ReviewState, Scorecard, Target, Unit

EXTRACTED = ReviewState.EXTRACTED


class ArticleImportError(Exception):
    """A file that cannot be imported; the message is a one-line reason for staff."""


@dataclass
class ImportResult:
    """What importing one file did."""

    source_file: str
    status: str  # "new", "unchanged", "updated" or "failed"
    article: Article | None = None
    targets: int = 0
    achievements: int = 0
    scorecards: int = 0
    removed: int = 0
    matched: int = 0  # targets another article already gave: not added again
    possible_duplicates: int = 0  # new items that may be ones already on record: flagged for staff
    review_reasons: list[str] = field(default_factory=list)
    error: str = ""


# --------------------------------------------------------------------------- reading


def _max_bytes() -> int:
    return int(getattr(settings, "EXTRACTION_MAX_BYTES", 5 * 1024 * 1024))


# What the writer is handed: the pipeline's dataclasses, or their resolution-extraction/1 JSON
# (the preview's child process, a reading staged between preview and import, a test's fixture).
Reading = ArticleExtraction | dict


def extraction_of(reading: Reading) -> ArticleExtraction:
    """The pipeline's dataclasses, read back from their JSON when that is what was handed in."""
    return reading if isinstance(reading, ArticleExtraction) else ArticleExtraction.from_json(reading)


def items_read(extraction: Reading) -> int:
    """How many targets, results and scorecards an extraction holds."""
    return extraction_of(extraction).items


def items_refusal(extraction: Reading, max_items: int | None = None) -> str:
    """Why an extraction is too big to import as it is ("" when it is not): one line for staff.

    No resolution article states hundreds of targets; thousands of items mean a file of tables
    or several articles run together, which staff could never review item by item.
    """
    limit = max_items if max_items is not None else int(getattr(settings, "EXTRACTION_MAX_ITEMS", 500))
    count = items_read(extraction)
    if count <= limit:
        return ""
    return (
        f"{count} items were read, more than the {limit} an article may give (EXTRACTION_MAX_ITEMS): "
        "check that it is one article; an administrator can import it with "
        "`manage.py import_articles --max-items N`"
    )


def document_read(*, path: Path | str | None = None, data: bytes | None = None, filename: str = ""):
    """Read a file or uploaded bytes into the reader's Document; ArticleImportError when it can't."""
    from extraction import reader  # pure: no underthesea

    limit = _max_bytes()
    size = Path(path).stat().st_size if path is not None else len(data or b"")
    if size > limit:
        raise ArticleImportError(
            f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit (EXTRACTION_MAX_BYTES)"
        )
    try:
        if path is not None:
            return reader.read_document(Path(path), max_bytes=limit)
        return reader.read_document(data, filename=filename, max_bytes=limit)
    except reader.ReadError as exc:
        raise ArticleImportError(str(exc)) from exc


def source_address(data: bytes) -> str:
    """The address a saved web page gives for itself (canonical link, og:url), or ""."""
    head = data[:200_000]
    for tag in PAGE_ADDRESS_TAG.finditer(head):
        attributes = {name.lower(): (a or b) for name, a, b in HTML_ATTRIBUTE.findall(tag.group(0))}
        is_address = (
            attributes.get(b"rel", b"").lower() == b"canonical" or attributes.get(b"property", b"").lower() == b"og:url"
        )
        url = (attributes.get(b"href") or attributes.get(b"content") or b"").strip()
        if is_address and WEB_ADDRESS_START.match(url):
            return url.decode("utf-8", "replace")[:1000]
    saved = SAVED_FROM_NOTE.search(head)
    return saved.group(1).decode("utf-8", "replace")[:1000] if saved else ""


def gazetteer_load() -> Any:
    """The pipeline's gazetteer with the units staff (or imports) added to the tracker."""
    from extraction.gazetteer import gazetteer_load as nlp_gazetteer_load

    added = [
        {
            "name": unit.short_name,
            "province": unit.parent.short_name if unit.parent_id else None,
            "kind": unit.kind,
            "level": "province" if unit.level == Unit.Level.PROVINCE else "district",
            "origin": "added",
        }
        for unit in Unit.objects.filter(
            origin=Unit.Origin.ADDED, system=Unit.System.BEFORE_2025, level__lte=Unit.Level.DISTRICT
        ).select_related("parent")
    ]
    return nlp_gazetteer_load(added)


def extraction_run(*, document, gazetteer: Any = None) -> ArticleExtraction:
    """Run the pipeline on a document in this process."""
    from extraction.pipeline import extract_document

    return extract_document(document, gazetteer=gazetteer)


# --------------------------------------------------------------------------- import


def article_import(
    *,
    path: Path | str | None = None,
    data: bytes | None = None,
    filename: str = "",
    gazetteer: Any = None,
    extraction: Reading | None = None,
    replaces: Article | None = None,
    max_items: int | None = None,
) -> ImportResult:
    """Import one article file (or uploaded bytes) with everything read from it.

    Reading and extraction run before the transaction so a slow pipeline never holds the
    database; the writes are one transaction (article_store). An earlier article is updated
    only when it has the same source address or path, or when staff name it (`replaces`).
    Raises ArticleImportError with a one-line reason for a file that cannot be read.
    """
    source_file = Path(path).name if path is not None else Path(filename or "upload.txt").name
    document = document_read(path=path, data=data, filename=source_file)
    source_path = str(Path(path).resolve())[:1000] if path is not None else ""
    raw = Path(path).read_bytes() if path is not None else (data or b"")
    source_url = source_address(raw) if source_file.lower().endswith((".html", ".htm")) else ""
    known = Article.objects.filter(content_hash=document.content_hash).first()
    if known is not None:  # the same text: nothing to read again, nothing to write
        return ImportResult(source_file, "unchanged", known, review_reasons=list(known.review_reasons))
    if extraction is None:
        if callable(gazetteer):  # a loader: built only when some file needs the pipeline
            gazetteer = gazetteer()
        extraction = extraction_run(document=document, gazetteer=gazetteer)
    extraction = extraction_of(extraction)
    if refusal := items_refusal(extraction, max_items):
        raise ArticleImportError(refusal)
    return article_store(
        document=document,
        extraction=extraction,
        source_file=source_file,
        source_url=source_url,
        source_path=source_path,
        replaces=replaces,
    )


def article_previous(*, source_url: str = "", source_path: str = "") -> Article | None:
    """The article a new text is a changed version of: the latest with the same address, else the same path."""
    for name, value in (("source_url", source_url), ("source_path", source_path)):
        if value:
            found = Article.objects.filter(**{name: value}).order_by("-imported_at", "-id").first()
            if found is not None:
                return found
    return None


def articles_named_alike(*, source_file: str, exclude_hash: str = "") -> models.QuerySet:
    """Earlier articles under the same file name: only staff can say whether one is the same article."""
    return (
        Article.objects.filter(source_file=source_file)
        .exclude(content_hash=exclude_hash)
        .order_by("-imported_at", "-id")
        .defer("text", "extraction")
    )


@transaction.atomic
def article_store(
    *,
    document,
    extraction: Reading,
    source_file: str,
    source_url: str = "",
    source_path: str = "",
    replaces: Article | None = None,
) -> ImportResult:
    """Upsert the article by content hash and store its items as "extracted", in one transaction.

    A different text updates an earlier article only when staff name it (`replaces`) or it has the
    same source address or path; a matching file name alone makes a new article.
    """
    extraction = extraction_of(extraction)
    if Article.objects.filter(content_hash=document.content_hash).exists():
        article = Article.objects.get(content_hash=document.content_hash)
        return ImportResult(source_file, "unchanged", article, review_reasons=list(article.review_reasons))

    previous = replaces or article_previous(source_url=source_url, source_path=source_path)
    if previous is not None:
        previous = Article.objects.select_for_update().get(pk=previous.pk)
    article = previous or Article(source_file=source_file)
    earlier = (previous.title, previous.text, previous.content_hash, previous.imported_at) if previous else None
    article.source_file = source_file or article.source_file
    article.source_url = source_url or article.source_url
    article.source_path = source_path or article.source_path
    article.title = (document.title or source_file)[:500]
    article.published = _aware(document.published)
    article.text = document.text
    article.content_hash = document.content_hash
    article.extraction = extraction.to_json()  # what was read, kept for staff as resolution-extraction/1
    article.full_clean(exclude=["review_reasons", "extraction"])
    article.save()

    result = ImportResult(source_file, "updated" if previous else "new", article)
    if previous:
        result.removed = _unreviewed_items_delete(article=article)
        _kept_items_reanchor(article=article, earlier=earlier, result=result)
    ItemWriter(article=article, result=result).write(extraction)

    article.review_reasons = result.review_reasons
    article.needs_review = bool(result.review_reasons)
    article.save(update_fields=["review_reasons", "needs_review", "updated_at"])
    DataStamp.touch()  # the items were written in bulk, without per-row signals
    return result


def _aware(value: Any) -> datetime.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if value.tzinfo is None:
        from django.utils import timezone

        value = timezone.make_aware(value)
    return value


# --------------------------------------------------------------------------- what may be replaced


def _touched_ids(model: type[models.Model], ids: list[int]) -> set[int]:
    """Items someone changed after the import created them (history holds a change record)."""
    touched: set[int] = set()
    for start in range(0, len(ids), 500):
        touched.update(
            model.history.filter(id__in=ids[start : start + 500], history_type="~").values_list("id", flat=True)
        )
    return touched


def _replaceable(model: type[models.Model], article: Article) -> list[int]:
    ids = list(model.objects.filter(article=article, review_state=EXTRACTED).values_list("id", flat=True))
    touched = _touched_ids(model, ids)
    return [pk for pk in ids if pk not in touched]


def _unreviewed_items_delete(*, article: Article) -> int:
    """Delete an article's items that nobody has reviewed or edited; return how many went."""
    achievements = _replaceable(Achievement, article)
    scorecards = _replaceable(Scorecard, article)
    targets = _replaceable(Target, article)
    # A target that still carries a result someone kept (or another article's) stays.
    kept_results = (
        Achievement.objects.filter(target_id__in=targets)
        .exclude(id__in=achievements)
        .values_list("target_id", flat=True)
    )
    targets = sorted(set(targets) - set(kept_results))
    removed = 0
    for model, ids in ((Achievement, achievements), (Scorecard, scorecards), (Target, targets)):
        for start in range(0, len(ids), 500):  # deletes still send their signals: statuses stay current
            batch = ids[start : start + 500]
            model.objects.filter(id__in=batch).delete()
            removed += len(batch)
    return removed


def _kept_items_reanchor(*, article: Article, earlier: tuple, result: ImportResult) -> None:
    """Point every item kept through an update at its sentence in the new text.

    A kept item whose sentence is no longer in the text loses its offsets (it still holds the
    sentence itself), and the earlier text is kept as an ArticleVersion so the number stays traceable.
    """
    from django.utils.translation import gettext as _

    title, old_text, old_hash, imported_at = earlier
    lost = 0
    for model in (Target, Achievement, Scorecard):
        items = list(model.objects.filter(article=article).only("id", "sentence", "sentence_start", "sentence_end"))
        for item in items:
            item.sentence_start, item.sentence_end = _anchor(article.text, item.sentence, item.sentence_start)
            lost += item.sentence_start is None and bool(item.sentence)
        # bulk_update: new offsets are no staff edit (no history row, no signal)
        model.objects.bulk_update(items, ["sentence_start", "sentence_end"], batch_size=500)
    if lost:
        ArticleVersion.objects.create(
            article=article, title=title, text=old_text, content_hash=old_hash, imported_at=imported_at
        )
        result.review_reasons.append(
            _("%(count)d reviewed items quote sentences that are no longer in the article: the earlier text is kept.")
            % {"count": lost}
        )


def _anchor(text: str, sentence: str, hint: int | None) -> tuple[int | None, int | None]:
    """(start, end) of the sentence in the text, the occurrence nearest the old start; (None, None) if absent."""
    sentence = (sentence or "").strip()
    if not sentence:
        return None, None
    starts, found = [], text.find(sentence)
    while found >= 0:
        starts.append(found)
        found = text.find(sentence, found + 1)
    if not starts:
        return None, None
    start = min(starts, key=lambda s: abs(s - (hint or 0)))
    return start, start + len(sentence)


# --------------------------------------------------------------------------- review


REVIEWABLE: dict[str, type[models.Model]] = {"target": Target, "achievement": Achievement, "scorecard": Scorecard}


@transaction.atomic
def extraction_confirm(*, item: models.Model, user: AbstractBaseUser | None = None) -> models.Model:
    """Mark an extracted item confirmed: from now on it counts and no import changes it."""
    return _review_state_set(item=item, state=ReviewState.CONFIRMED, user=user)


@transaction.atomic
def extraction_reject(*, item: models.Model, user: AbstractBaseUser | None = None) -> models.Model:
    """Mark an item rejected; rejecting a target also rejects its results still awaiting review."""
    _review_state_set(item=item, state=ReviewState.REJECTED, user=user)
    if isinstance(item, Target):
        for achievement in Achievement.objects.filter(target=item, review_state=EXTRACTED):
            _review_state_set(item=achievement, state=ReviewState.REJECTED, user=user)
    return item


def _review_state_set(*, item: models.Model, state: str, user: AbstractBaseUser | None) -> models.Model:
    item.review_state = state
    if user is not None and getattr(user, "is_authenticated", False):
        item._history_user = user  # simple_history records who reviewed it
        # Who confirmed a figure read from an article answers for it; who rejected it entered nothing.
        if isinstance(item, Achievement) and item.entered_by_id is None and state == ReviewState.CONFIRMED:
            item.entered_by = user
    item.save()
    return item


def article_items(*, article: Article) -> dict[str, list[models.Model]]:
    """Every item stored from an article, by kind, in the order they appear in its text."""

    def ordered(queryset: models.QuerySet) -> list[models.Model]:
        return sorted(queryset, key=lambda item: (item.sentence_start is None, item.sentence_start or 0, item.pk))

    return {
        "targets": ordered(Target.objects.filter(article=article).select_related("resolution__unit__parent", "theme")),
        "achievements": ordered(
            Achievement.objects.filter(article=article).select_related(
                "target__resolution__unit__parent", "target__theme"
            )
        ),
        "scorecards": ordered(Scorecard.objects.filter(article=article).select_related("resolution__unit__parent")),
    }
