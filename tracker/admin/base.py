"""What every tracker admin shares: folded search, review actions, audited staff edits."""

from decimal import Decimal

from django.contrib import admin, messages
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from tracker.models import Achievement, ReviewState
from tracker.numbers import EMPTY, number
from tracker.text import fold

# Changing one of these on an achievement makes it the staff's own figure.
ACHIEVEMENT_VALUE_FIELDS = {"value", "percent_of_plan", "planned_value", "as_of", "period"}


def stamp_staff_edit(obj, *, user, changed: list[str], adding: bool) -> None:
    """A staff edit confirms an item awaiting review; an achievement entered or re-valued by staff is theirs.

    A rejected item stays rejected unless the review state itself is changed: an edit to its
    wording is no decision to count it.
    """
    if "review_state" not in changed and (adding or obj.review_state == ReviewState.EXTRACTED):
        obj.review_state = ReviewState.CONFIRMED
    if isinstance(obj, Achievement) and (adding or ACHIEVEMENT_VALUE_FIELDS.intersection(changed)):
        obj.source = Achievement.Source.STAFF
        obj.entered_by = user


class FoldedSearchMixin:
    """Search that ignores case and diacritics: "cho lach" finds "Chợ Lách".

    Every word of the folded term must appear in one of `folded_search_fields` (stored,
    already folded columns); `search_fields` only switches the admin's search box on.
    """

    folded_search_fields: tuple[str, ...] = ("search_text",)
    search_fields = ("search_text",)

    def folded_word_filter(self, word: str) -> Q:
        q = Q()
        for name in self.folded_search_fields:
            q |= Q(**{f"{name}__contains": word})
        return q

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str):
        words = fold(search_term).split()
        for word in words:
            queryset = queryset.filter(self.folded_word_filter(word))
        return queryset, False


class LocalizedHistoryHelper(HistoricalRecordContextHelper):
    """Show old -> new values as staff read them: 60 not 60.0000, labels not codes."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        # An empty foreign key reaches here as "Deleted <model> (pk=None)": it was simply empty.
        if value is None or value == "" or (isinstance(value, DeletedObject) and value.pk is None):
            return EMPTY
        if isinstance(value, DeletedObject):
            return _("%(name)s no longer exists (no. %(pk)s)") % {
                "name": capfirst(value.model._meta.verbose_name),
                "pk": value.pk,
            }
        if isinstance(value, Decimal):
            return number(value)
        if getattr(field, "choices", None) and value not in (None, ""):
            return str(dict(field.flatchoices).get(value, value))
        return super().prepare_delta_change_value(change, value)


class ReviewActionsMixin:
    """Admin actions to confirm or reject extracted items, one audited save each."""

    actions = ["mark_confirmed", "mark_rejected"]

    def set_review_state(self, request: HttpRequest, queryset: QuerySet, state: str) -> int:
        changed = 0
        for obj in queryset:
            if obj.review_state != state:
                obj.review_state = state
                obj._history_user = request.user
                obj.save()
                changed += 1
        return changed

    @admin.action(description=_("Mark confirmed"), permissions=["change"])
    def mark_confirmed(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self.set_review_state(request, queryset, ReviewState.CONFIRMED)
        self.message_user(
            request,
            ngettext("%(count)d item confirmed.", "%(count)d items confirmed.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark rejected"), permissions=["change"])
    def mark_rejected(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self.set_review_state(request, queryset, ReviewState.REJECTED)
        self.message_user(
            request,
            ngettext("%(count)d item rejected.", "%(count)d items rejected.", count) % {"count": count},
            messages.SUCCESS,
        )


class TrackedAdmin(ReviewActionsMixin, FoldedSearchMixin, SimpleHistoryAdmin):
    """Admin of an audited, reviewable item (target, achievement, scorecard)."""

    object_history_list_template = "admin/tracker/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return LocalizedHistoryHelper(self.model, historical_record)

    def save_model(self, request, obj, form, change) -> None:
        stamp_staff_edit(obj, user=request.user, changed=form.changed_data, adding=not change)
        super().save_model(request, obj, form, change)
