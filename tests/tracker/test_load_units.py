"""load_units fills the unit tree from the gazetteer, before and after the 2025 reform, idempotently."""

import pytest
from django.core.management import call_command

from tracker.models import Unit


@pytest.fixture
def loaded(gazetteer, db):
    return None


def test_it_loads_the_63_provinces_and_696_districts_before_the_reform(loaded):
    before = Unit.objects.before_reform()
    assert before.provinces().count() == 63
    assert before.districts().filter(origin="gazetteer").count() == 696


def test_it_loads_the_34_provinces_and_their_communes_from_the_reform(loaded):
    after = Unit.objects.from_reform()
    assert after.provinces().count() == 34
    assert 3200 < after.communes().count() < 3400
    assert not after.districts().exists()


def test_cho_lach_belongs_to_ben_tre_and_became_part_of_vinh_long(loaded):
    cho_lach = Unit.objects.get(slug="cho-lach-ben-tre")
    assert cho_lach.name == "Huyện Chợ Lách"
    assert cho_lach.parent.short_name == "Bến Tre" and cho_lach.parent.is_before_reform
    assert cho_lach.province_after_reform.slug == "vinh-long-2025"
    assert Unit.objects.get(slug="ben-tre").province_after_reform.short_name == "Vĩnh Long"


def test_an_old_province_and_a_new_one_of_the_same_name_stay_apart(loaded):
    old, new = Unit.objects.get(slug="vinh-long"), Unit.objects.get(slug="vinh-long-2025")
    assert old.system != new.system
    assert Unit.objects.filter(short_name="Vĩnh Long", level=1).count() == 2


def test_loading_twice_changes_nothing(loaded, capsys):
    before = list(Unit.objects.order_by("slug").values())
    call_command("load_units")
    assert "0 created, 0 updated" in capsys.readouterr().out
    assert list(Unit.objects.order_by("slug").values()) == before


def test_dissolved_districts_are_loaded_with_what_they_went_into(loaded):
    dissolved = Unit.objects.filter(origin="dissolved")
    assert dissolved.exists()
    for unit in dissolved.select_related("merged_into", "parent"):
        assert unit.valid_to is not None and unit.valid_to.year <= 2025
        assert unit.merged_into is not None and unit.merged_into.parent_id == unit.parent_id


def test_a_unit_added_by_staff_survives_a_reload(loaded):
    ben_tre = Unit.objects.get(slug="ben-tre")
    added = Unit.objects.create(
        short_name="Thử Nghiệm", kind="huyen", system="2019", parent=ben_tre, slug="thu-nghiem-ben-tre", origin="added"
    )
    call_command("load_units", stdout=open("/dev/null", "w"))
    added.refresh_from_db()
    assert added.origin == "added" and added.parent == ben_tre


def test_units_are_found_without_diacritics(loaded):
    assert Unit.objects.search("cho lach").filter(slug="cho-lach-ben-tre").exists()
