"""Staff forms: the friendly check of every value a person types, before the database sees it.

Numbers are typed and shown the Vietnamese way (1.400; 59,9) and every refusal says what
is wrong in the active language. The model's clean() and constraints stay the last word.
"""

from decimal import Decimal

from django import forms
from django.core.validators import MinValueValidator
from django.forms.models import model_to_dict
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tracker.models import Achievement, Resolution, Scorecard, Target, Unit
from tracker.models.resolutions import MAX_YEAR, MIN_YEAR
from tracker.numbers import plain

NUMBER_ERRORS = {"invalid": _("Enter a number, such as 1,400 or 59.9.")}
YEAR_ERRORS = {
    "invalid": _("Enter a year as four digits, such as 2021."),
    "min_value": _("Enter a year between 1945 and 2100."),
    "max_value": _("Enter a year between 1945 and 2100."),
}
COUNT_ERRORS = {
    "invalid": _("Enter a whole number of targets."),
    "min_value": _("A number of targets cannot be negative."),
}


class DecimalField(forms.DecimalField):
    """A decimal typed and shown in the active language, without the stored trailing zeros."""

    def __init__(self, **kwargs) -> None:
        kwargs["localize"] = True
        kwargs.setdefault("error_messages", {}).update(NUMBER_ERRORS)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return plain(value)
        return value


def year_field(model, name: str) -> forms.IntegerField:
    field = model._meta.get_field(name)
    return forms.IntegerField(
        label=capfirst(field.verbose_name),
        required=not field.blank,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages=YEAR_ERRORS,
        localize=False,
        widget=forms.NumberInput(attrs={"min": MIN_YEAR, "max": MAX_YEAR, "step": 1, "style": "width:6em"}),
    )


def forbid_negative(form: forms.BaseForm, messages: dict[str, str]) -> None:
    """Refuse a negative value in each named field with that field's own message."""
    for name, message in messages.items():
        field = form.fields.get(name)
        if field is None:
            continue
        field.validators.append(MinValueValidator(0))
        field.error_messages["min_value"] = message


class ConflictCheckedForm(forms.ModelForm):
    """A form that refuses to save over a change someone else saved after it was opened.

    The version is the item's latest history record (simple_history writes one on every save,
    whoever saves: the admin, the review page, an action). A stale form keeps the colleague's
    change: the fields they changed are reset to what they saved, and the editor is told.
    """

    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, versions: dict[int, int] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # An inline formset hands in every row's version from one query (VersionedFormSet).
        if versions is not None:
            self.fields["edit_version"].initial = versions.get(self.instance.pk)
        else:
            self.fields["edit_version"].initial = self.current_version()

    def current_version(self) -> int | None:
        if self.instance.pk is None:
            return None
        return (
            self._meta.model.history.filter(id=self.instance.pk)
            .order_by("-history_id")
            .values_list("history_id", flat=True)
            .first()
        )

    def clean(self) -> dict:
        data = super().clean()
        if self.instance.pk is None or "edit_version" not in self.fields:
            return data
        opened, current = self.cleaned_data.get("edit_version"), self.current_version()
        if current is None or opened == current:
            return data
        records = list(
            self._meta.model.history.filter(id=self.instance.pk, history_id__gt=opened or 0)
            .select_related("history_user")
            .order_by("history_id")
        )
        changed = self.fields_changed_since(opened, records)
        self.show_saved_values(changed, current)
        latest = records[-1] if records else None
        who = latest.history_user.get_username() if latest and latest.history_user else gettext("someone else")
        when = formats.date_format(timezone.localtime(latest.history_date), "DATETIME_FORMAT") if latest else ""
        labels = ", ".join(str(self.fields[name].label or name) for name in changed if name in self.fields)
        raise forms.ValidationError(
            gettext(
                "While you were editing, %(user)s saved this item (%(when)s%(fields)s). Their change is kept "
                "and shown below; nothing of yours was saved. Check the form and save again."
            )
            % {"user": who, "when": when, "fields": f": {labels}" if labels else ""},
            code="edit_conflict",
        )

    def fields_changed_since(self, opened: int | None, records: list) -> list[str]:
        """The form's fields a colleague changed after this form was opened."""
        before = self._meta.model.history.filter(history_id=opened).first() if opened else None
        names = [name for name in self.fields if name != "edit_version"]
        if before is None or not records:
            return names
        delta = records[-1].diff_against(before)
        return [name for name in names if name in delta.changed_fields]

    def show_saved_values(self, names: list[str], version: int | None) -> None:
        """Bound data of these fields replaced by the saved values, and the form brought up to date."""
        self.data = self.data.copy()
        saved = model_to_dict(self.instance, fields=names)
        for name in names:
            if name not in saved:
                continue
            field, value = self.fields[name], saved[name]
            shown = field.prepare_value(value)
            shown = "" if shown is None else field.widget.format_value(shown)
            values = [str(v) for v in shown] if isinstance(shown, list) else [str(shown)]
            if hasattr(self.data, "setlist"):  # a QueryDict, as a request gives
                self.data.setlist(self.add_prefix(name), values)
            else:
                self.data[self.add_prefix(name)] = values[0] if len(values) == 1 else values
        self.data[self.add_prefix("edit_version")] = "" if version is None else str(version)


class VersionedFormSet(forms.BaseInlineFormSet):
    """Inline rows of ConflictCheckedForm, their versions read in one query for the whole formset."""

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if not hasattr(self, "_versions"):
            from django.db.models import Max

            pks = [obj.pk for obj in self.get_queryset()]
            rows = (
                self.model.history.filter(id__in=pks)
                .order_by()
                .values("id")
                .annotate(latest=Max("history_id"))
                .values_list("id", "latest")
            )
            self._versions = dict(rows)
        return {**kwargs, "versions": self._versions}


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        # Every field but "level", which follows from the kind.
        fields = [
            "name",
            "short_name",
            "kind",
            "system",
            "slug",
            "code",
            "parent",
            "province_after_reform",
            "merged_into",
            "valid_from",
            "valid_to",
            "origin",
            "note",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The official name follows from kind and short name when left empty ("Huyện Chợ Lách").
        # A viewer's or editor's form shows units read-only: it has no "name" field at all.
        if "name" in self.fields:
            self.fields["name"].required = False

    def clean(self) -> dict:
        data = super().clean()
        kind, short_name, parent = data.get("kind"), data.get("short_name"), data.get("parent")
        if kind and short_name and not data.get("name"):
            data["name"] = f"{Unit.PREFIXES[kind]} {short_name}"
        if data.get("valid_from") and data.get("valid_to") and data["valid_to"] < data["valid_from"]:
            self.add_error("valid_to", _("A unit cannot stop existing before it starts."))
        if kind:
            level = Unit.LEVEL_OF_KIND[kind]
            if level == Unit.Level.PROVINCE and parent is not None:
                self.add_error("parent", _("A province does not belong to another unit."))
            elif level > Unit.Level.PROVINCE and parent is None:
                self.add_error("parent", _("Choose the province this unit belongs to."))
            elif parent is not None and parent.level != Unit.Level.PROVINCE:
                self.add_error("parent", _("A district or commune belongs to a province."))
        system = data.get("system")
        if parent is not None and system and parent.system != system:
            self.add_error(
                "parent",
                _("A unit and the province it belongs to must be of the same structure (before or from 1 July 2025)."),
            )
        return data


class ResolutionForm(forms.ModelForm):
    start_year = year_field(Resolution, "start_year")
    end_year = year_field(Resolution, "end_year")

    class Meta:
        model = Resolution
        fields = [
            "unit",
            "kind",
            "start_year",
            "end_year",
            "number",
            "title",
            "slogan",
            "declared_target_count",
            "articles",
        ]
        error_messages = {"declared_target_count": COUNT_ERRORS}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # An annual resolution's last year is its year: staff may leave it empty.
        self.fields["end_year"].required = False
        self.fields["end_year"].help_text = _("Leave empty for an annual resolution.")

    def clean(self) -> dict:
        data = super().clean()
        if data.get("end_year") is None and "end_year" not in self.errors:
            if data.get("kind") == Resolution.Kind.ANNUAL and data.get("start_year"):
                data["end_year"] = data["start_year"]
            elif data.get("kind") == Resolution.Kind.TERM:
                self.add_error("end_year", _("Enter the last year of the term."))
        return data


class TargetForm(ConflictCheckedForm):
    deadline_year = year_field(Target, "deadline_year")

    class Meta:
        model = Target
        fields = [
            "resolution",
            "theme",
            "indicator",
            "planned_value",
            "planned_value_max",
            "measure_unit",
            "direction",
            "judged",
            "deadline_year",
            "position",
            "review_state",
        ]
        field_classes = {"planned_value": DecimalField, "planned_value_max": DecimalField}
        widgets = {"indicator": forms.Textarea(attrs={"rows": 2, "cols": 80})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        forbid_negative(
            self,
            {
                "planned_value": _("The planned value cannot be negative."),
                "planned_value_max": _("The maximum of a range cannot be negative."),
            },
        )


class AchievementForm(ConflictCheckedForm):
    MISSING_VALUE = _("Enter the achieved value or its percentage of the plan.")

    class Meta:
        model = Achievement
        fields = ["target", "as_of", "period", "value", "percent_of_plan", "planned_value", "note", "review_state"]
        field_classes = {"value": DecimalField, "percent_of_plan": DecimalField, "planned_value": DecimalField}
        widgets = {"note": forms.Textarea(attrs={"rows": 1, "cols": 30})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        forbid_negative(
            self,
            {
                "value": _("The achieved value cannot be negative."),
                "percent_of_plan": _("A percentage of the plan cannot be negative."),
                "planned_value": _("The plan as reported cannot be negative."),
            },
        )

    def clean(self) -> dict:
        data = super().clean()
        refused = self.has_error("value") or self.has_error("percent_of_plan")
        if not refused and data.get("value") is None and data.get("percent_of_plan") is None:
            raise forms.ValidationError(self.MISSING_VALUE, code="missing_value")
        if not refused:
            self.recompute_percent(data)
        return data

    def recompute_percent(self, data: dict) -> None:
        """A re-valued result's share of the plan follows its new value, unless staff typed the share too.

        The share read from the article ("đạt 106% NQ") described the old value; left as it was, it
        would still decide the completion shown for the new one.
        """
        if (
            "value" not in self.changed_data
            or "percent_of_plan" in self.changed_data
            or data.get("value") is None
            or data.get("percent_of_plan") is None
        ):
            return
        target = data.get("target") or (self.instance.target if self.instance.target_id else None)
        plan = data.get("planned_value") or (target.planned_value if target is not None else None)
        if not plan:
            data["percent_of_plan"] = None  # no plan to measure the new value against
            return
        percent = (data["value"] * 100 / plan).quantize(Decimal("0.01"))
        data["percent_of_plan"] = percent if percent < Decimal(10) ** 8 else None

    def _post_clean(self) -> None:
        super()._post_clean()
        # The model's clean() and its check constraint repeat what clean() above says, and after
        # a refused value they would wrongly add that nothing was entered: one message is enough.
        errors = self._errors.get(forms.forms.NON_FIELD_ERRORS) if self._errors else None
        if not errors:
            return
        kept = [
            e
            for e in errors.as_data()
            if e.code == "missing_value"
            or (str(e.message) != str(self.MISSING_VALUE) and "has_value_or_percent" not in str(e.message))
        ]
        if kept:
            self._errors[forms.forms.NON_FIELD_ERRORS] = self.error_class(kept, error_class="nonfield")
        else:
            del self._errors[forms.forms.NON_FIELD_ERRORS]


# What staff edit of a scorecard, on its own page and in its resolution's inline (one list for both).
SCORECARD_FIELDS = ["as_of", "period", "total", "met_or_exceeded", "exceeded", "nearly_met", "not_met", "review_state"]


class ScorecardForm(ConflictCheckedForm):
    class Meta:
        model = Scorecard
        fields = ["resolution", *SCORECARD_FIELDS]
        error_messages = {
            name: COUNT_ERRORS for name in ["total", "met_or_exceeded", "exceeded", "nearly_met", "not_met"]
        }

    def clean(self) -> dict:
        data = super().clean()
        total = data.get("total")
        parts = [data.get(name) for name in ("met_or_exceeded", "nearly_met", "not_met")]
        if total is not None and sum(p or 0 for p in parts) > total and not self.has_error("met_or_exceeded"):
            # met_or_exceeded > total alone is reported by the model, in its own words.
            if (data.get("met_or_exceeded") or 0) <= total:
                raise forms.ValidationError(
                    _("Met, nearly met and not met add up to more than the targets in all."),
                    code="counts_above_total",
                )
        return data
