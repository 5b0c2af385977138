"""Staff pages: upload an article, preview what would be read, import it, review its items.

Never import the pipeline here: the preview runs it in a child process (extraction.isolated).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from extraction import staging
from extraction.forms import ArticleUploadForm
from extraction.highlight import marked_text, rows_from_extraction, rows_from_items
from extraction.isolated import IsolatedExtractionError, extraction_isolated
from extraction.review import (
    ACTIONS,
    duplicates_mark,
    items_in_article,
    items_review,
    parse_keys,
    review_undo,
    rows_reviewable,
    sentence_groups,
)
from extraction.services import (
    REVIEWABLE,
    ArticleImportError,
    article_import,
    article_items,
    article_previous,
    articles_named_alike,
    document_read,
    extraction_confirm,
    extraction_reject,
    items_refusal,
    source_address,
)
from tracker.models import Article, Target, Theme
from tracker.services import TargetsMergeRefused, targets_merge, targets_merge_undo

# With a context: the bare msgid "updated" is also the "updated" date column ("ngày cập nhật").
STATUS_LABELS = {
    "new": pgettext_lazy("import status", "new"),
    "updated": pgettext_lazy("import status", "updated"),
    "unchanged": pgettext_lazy("import status", "unchanged"),
}
UNDO_KEY = "extraction_review_undo"  # the session's record of the last review action, to undo it


@login_required
@permission_required("tracker.add_article", raise_exception=True)
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """The upload form; a POST shows what would be extracted, storing nothing yet."""
    form = ArticleUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data, filename = form.cleaned_data["data"], form.cleaned_data["filename"]
        try:
            document = document_read(data=data, filename=filename)
            extraction = extraction_isolated(data=data, filename=filename)
            if refusal := items_refusal(extraction):  # before a preview page of thousands of rows
                raise ArticleImportError(refusal)
        except (ArticleImportError, IsolatedExtractionError) as exc:
            form.add_error(None, f"{filename}: {exc}")
        else:
            rows = rows_from_extraction(extraction, document.text, {t.code: str(t) for t in Theme.objects.all()})
            token = staging.upload_stage(data=data, filename=filename, extraction=extraction)
            existing = Article.objects.filter(content_hash=document.content_hash).first()
            address = source_address(data) if filename.lower().endswith((".html", ".htm")) else ""
            return render(
                request,
                "extraction/preview.html",
                {
                    "document": document,
                    "filename": filename,
                    "rows": rows,
                    "token": token,
                    "existing": existing,
                    "text_html": marked_text(document.text, rows),
                    "extraction": extraction,
                    "same_address": article_previous(source_url=address),
                    "named_alike": articles_named_alike(source_file=filename, exclude_hash=document.content_hash)[:10],
                },
            )
    return render(request, "extraction/upload.html", {"form": form})


@login_required
@permission_required("tracker.add_article", raise_exception=True)
@require_POST
def upload_import(request: HttpRequest) -> HttpResponse:
    """Store a previewed upload, then open its review page."""
    staged = staging.upload_load(token=request.POST.get("token", ""))
    if staged is None:
        messages.error(request, _("That upload has expired; please upload the article again."))
        return redirect("extraction:upload")
    replaces = request.POST.get("replaces", "")
    # Staff saying "this is a new version of that article" is the only way a file name alone updates one.
    replaces = Article.objects.filter(pk=int(replaces)).first() if replaces.isdigit() and len(replaces) < 19 else None
    try:
        result = article_import(
            data=staged.data, filename=staged.filename, extraction=staged.extraction, replaces=replaces
        )
    except ArticleImportError as exc:
        messages.error(request, f"{staged.filename}: {exc}")
        return redirect("extraction:upload")
    staging.upload_discard(token=staged.token)
    messages.success(
        request,
        _(
            "Imported (%(status)s): %(targets)d targets, %(achievements)d results, "
            "%(scorecards)d scorecards awaiting review."
        )
        % {
            "status": STATUS_LABELS.get(result.status, result.status),
            "targets": result.targets,
            "achievements": result.achievements,
            "scorecards": result.scorecards,
        },
    )
    return redirect("extraction:review", pk=result.article.pk)


@login_required
@permission_required("tracker.view_article", raise_exception=True)
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """An article's items in one screen: each sentence once, its items under it, ready to review in bulk."""
    article = get_object_or_404(Article, pk=pk)
    rows = rows_from_items(article_items(article=article), article.text)
    allowed = {kind for kind in REVIEWABLE if request.user.has_perm(f"tracker.change_{kind}")}
    reviewable = rows_reviewable(rows, allowed)
    may_merge = {"target", "achievement"} <= allowed
    if may_merge:
        duplicates_mark(rows, article)
    return render(
        request,
        "extraction/review.html",
        {
            "article": article,
            "groups": sentence_groups(rows),
            "rows": rows,
            "reviewable": reviewable,
            "may_review": bool(allowed),
            "may_merge": may_merge,
            "text_html": marked_text(article.text, rows),
            "can_undo": bool(allowed) and (request.session.get(UNDO_KEY) or {}).get("article") == article.pk,
        },
    )


def _may_review(request: HttpRequest, kinds) -> None:
    if not kinds or not all(request.user.has_perm(f"tracker.change_{kind}") for kind in kinds):
        raise PermissionDenied


@login_required
@require_POST
def review_selection(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm (with the corrections typed beside them) or reject the selected items, or a single one."""
    article = get_object_or_404(Article, pk=pk)
    action, _sep, one = request.POST.get("one", "").partition(":")
    if not one:
        action = request.POST.get("action", "")
    if action not in ACTIONS:
        _may_review(request, list(REVIEWABLE))
        messages.error(request, _("Choose to confirm or to reject."))
        return redirect("extraction:review", pk=article.pk)
    keys = parse_keys([one] if one else request.POST.getlist("item"))
    _may_review(request, list(keys) or [kind for kind in REVIEWABLE if request.user.has_perm(f"tracker.change_{kind}")])
    items = items_in_article(article=article, keys=keys)
    if not items:
        messages.warning(request, _("Select the items to review first."))
        return redirect("extraction:review", pk=article.pk)
    outcome = items_review(article=article, items=items, action=action, data=request.POST, user=request.user)
    for error in outcome.errors:
        messages.error(request, error)
    if outcome.done:
        request.session[UNDO_KEY] = outcome.undo
        text = (
            ngettext("%(count)d item confirmed.", "%(count)d items confirmed.", outcome.done)
            if action == "confirm"
            else ngettext("%(count)d item rejected.", "%(count)d items rejected.", outcome.done)
        )
        messages.success(request, text % {"count": outcome.done})
    return redirect(reverse("extraction:review", args=[article.pk]) + "#review-toolbar")


@login_required
@require_POST
def review_undo_last(request: HttpRequest, pk: int) -> HttpResponse:
    """Undo the last confirm or reject on this article's page."""
    article = get_object_or_404(Article, pk=pk)
    undo = request.session.get(UNDO_KEY) or {}
    kinds = {item["key"].rpartition("-")[0] for item in undo.get("items", [])}
    _may_review(request, kinds or [kind for kind in REVIEWABLE if request.user.has_perm(f"tracker.change_{kind}")])
    if undo.get("article") != article.pk:
        messages.warning(request, _("There is nothing to undo on this article."))
    else:
        if undo.get("action") == "merge":
            restored = targets_merge_undo(
                duplicate_id=undo["duplicate"],
                into_id=undo["into"],
                moved=undo["moved"],
                review_state=undo["review_state"],
                user=request.user,
            )
        else:
            restored = review_undo(undo=undo, user=request.user)
        del request.session[UNDO_KEY]
        messages.success(
            request,
            ngettext(
                "Undone: %(count)d item is back as it was.", "Undone: %(count)d items are back as they were.", restored
            )
            % {"count": restored},
        )
    return redirect(reverse("extraction:review", args=[article.pk]) + "#review-toolbar")


@login_required
@require_POST
def target_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Merge a target of this article that repeats one on record ("<duplicate>:<into>") into it."""
    article = get_object_or_404(Article, pk=pk)
    _may_review(request, ["target", "achievement"])
    duplicate_pk, _sep, into_pk = request.POST.get("merge", "").partition(":")
    if not (duplicate_pk.isdigit() and into_pk.isdigit() and len(duplicate_pk) < 19 and len(into_pk) < 19):
        raise Http404
    duplicate = get_object_or_404(Target, pk=int(duplicate_pk), article=article)
    into = get_object_or_404(Target, pk=int(into_pk))
    try:
        merged = targets_merge(duplicate=duplicate, into=into, user=request.user)
    except TargetsMergeRefused as exc:
        messages.error(request, str(exc))
        return redirect(reverse("extraction:review", args=[article.pk]) + f"#target-{duplicate.pk}")
    request.session[UNDO_KEY] = {
        "article": article.pk,
        "action": "merge",
        "items": [{"key": f"target-{merged.duplicate.pk}"}] + [{"key": f"achievement-{pk}"} for pk in merged.moved],
        "duplicate": merged.duplicate.pk,
        "into": merged.into.pk,
        "moved": merged.moved,
        "review_state": merged.review_state,
    }
    messages.success(
        request,
        ngettext(
            "“%(duplicate)s” merged into “%(into)s”: %(count)d result moved; the duplicate is rejected.",
            "“%(duplicate)s” merged into “%(into)s”: %(count)d results moved; the duplicate is rejected.",
            len(merged.moved),
        )
        % {"duplicate": merged.duplicate.indicator, "into": merged.into.indicator, "count": len(merged.moved)},
    )
    return redirect(reverse("extraction:review", args=[article.pk]) + "#review-toolbar")


@login_required
@require_POST
def item_review(request: HttpRequest, kind: str, pk: int, action: str) -> HttpResponse:
    """Confirm or reject one stored item; only staff who may change that kind of item."""
    model = REVIEWABLE.get(kind)
    if model is None or action not in ("confirm", "reject"):
        raise Http404
    if not request.user.has_perm(f"tracker.change_{kind}"):
        raise PermissionDenied
    item = get_object_or_404(model, pk=pk)
    (extraction_confirm if action == "confirm" else extraction_reject)(item=item, user=request.user)
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    if item.article_id:
        return redirect("extraction:review", pk=item.article_id)
    return redirect("admin:index")
