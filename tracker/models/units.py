"""Administrative units of Vietnam, before and after the reform of 1 July 2025, in one tree."""

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tracker.querysets import UnitQuerySet
from tracker.text import fold

REFORM_DATE = datetime.date(2025, 7, 1)


class Unit(models.Model):
    """A province, district-level unit or (after 2025) commune, as it existed between two dates."""

    class Level(models.IntegerChoices):
        PROVINCE = 1, _("Province")
        DISTRICT = 2, _("District")
        COMMUNE = 3, _("Commune")

    class System(models.TextChoices):
        # The two structures must never be mixed on a page or in a filter.
        BEFORE_2025 = "2019", _("Before 1 July 2025 (63 provinces)")
        FROM_2025 = "2025", _("From 1 July 2025 (34 provinces)")

    class Kind(models.TextChoices):
        PROVINCE = "tinh", _("Province")
        MUNICIPALITY = "thanh_pho_tw", _("Centrally-run city")
        RURAL_DISTRICT = "huyen", _("Rural district")
        URBAN_DISTRICT = "quan", _("Urban district")
        TOWN = "thi_xa", _("District-level town")
        PROVINCIAL_CITY = "thanh_pho", _("Provincial city")
        COMMUNE = "xa", _("Commune")
        WARD = "phuong", _("Ward")
        SPECIAL_ZONE = "dac_khu", _("Special zone")

    class Origin(models.TextChoices):
        GAZETTEER = "gazetteer", _("National gazetteer")
        DISSOLVED = "dissolved", _("Dissolved before 2025 (compiled list)")
        ADDED = "added", _("Added by staff or an import")

    # The official prefix of each kind, as written before the short name.
    PREFIXES = {
        Kind.PROVINCE: "Tỉnh",
        Kind.MUNICIPALITY: "Thành phố",
        Kind.RURAL_DISTRICT: "Huyện",
        Kind.URBAN_DISTRICT: "Quận",
        Kind.TOWN: "Thị xã",
        Kind.PROVINCIAL_CITY: "Thành phố",
        Kind.COMMUNE: "Xã",
        Kind.WARD: "Phường",
        Kind.SPECIAL_ZONE: "Đặc khu",
    }
    LEVEL_OF_KIND = {
        Kind.PROVINCE: Level.PROVINCE,
        Kind.MUNICIPALITY: Level.PROVINCE,
        Kind.RURAL_DISTRICT: Level.DISTRICT,
        Kind.URBAN_DISTRICT: Level.DISTRICT,
        Kind.TOWN: Level.DISTRICT,
        Kind.PROVINCIAL_CITY: Level.DISTRICT,
        Kind.COMMUNE: Level.COMMUNE,
        Kind.WARD: Level.COMMUNE,
        Kind.SPECIAL_ZONE: Level.COMMUNE,
    }

    name = models.CharField(_("official name"), max_length=120)
    short_name = models.CharField(_("short name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level)
    system = models.CharField(_("structure"), max_length=4, choices=System)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    code = models.CharField(_("official code"), max_length=10, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    province_after_reform = models.ForeignKey(
        "self",
        verbose_name=_("province from 1 July 2025"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("For units before the reform: the province they became part of."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="absorbed",
        help_text=_("For units dissolved before 2025: the unit they went into."),
    )
    valid_from = models.DateField(_("existed from"), null=True, blank=True)
    valid_to = models.DateField(_("existed until"), null=True, blank=True)
    origin = models.CharField(_("origin"), max_length=10, choices=Origin, default=Origin.ADDED)
    note = models.TextField(_("note"), blank=True)
    search_text = models.CharField(max_length=300, editable=False, db_index=True, default="")

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["system", "level", "short_name"]
        indexes = [models.Index(fields=["system", "level", "short_name"], name="tracker_unit_level_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "kind", "short_name"],
                condition=Q(parent__isnull=False),
                name="tracker_unit_unique_name_in_parent",
            ),
            models.UniqueConstraint(
                fields=["system", "short_name"],
                condition=Q(level=1),
                name="tracker_unit_unique_province_name",
            ),
            models.CheckConstraint(
                condition=Q(level=1, parent__isnull=True) | Q(level__gt=1, parent__isnull=False),
                name="tracker_unit_parent_matches_level",
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="tracker_unit_valid_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        if self.parent_id and self.level > self.Level.PROVINCE:
            return f"{self.name} ({self.parent.short_name})"
        if self.system == self.System.FROM_2025:
            return f"{self.name} (2025)"
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.level = self.LEVEL_OF_KIND[self.kind]
        if not self.name:
            self.name = f"{self.PREFIXES[self.kind]} {self.short_name}"
        self.search_text = fold(f"{self.name} {self.short_name}")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.level == self.Level.PROVINCE:
            return reverse("tracker:province", args=[self.slug])
        if self.level == self.Level.DISTRICT:
            return reverse("tracker:district", args=[self.slug])
        return reverse("tracker:commune", args=[self.slug])

    @property
    def is_before_reform(self) -> bool:
        return self.system == self.System.BEFORE_2025

    @property
    def province(self) -> "Unit":
        """The province the unit belongs to (itself for a province)."""
        return self if self.level == self.Level.PROVINCE else self.parent
