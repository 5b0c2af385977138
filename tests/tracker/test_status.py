"""Status and completion of a target, from plan, achieved value and how the plan is judged."""

from decimal import Decimal as D

import pytest

from tracker.status import Judged, Status, evaluate


@pytest.mark.parametrize(
    ("planned", "achieved", "status"),
    [(60, 90, Status.EXCEEDED), (60, 60, Status.MET), (60, 55, Status.NEARLY_MET), (60, 30, Status.NOT_MET)],
)
def test_at_least_plans_are_met_by_reaching_them(planned, achieved, status):
    assert evaluate(planned=D(planned), achieved=D(achieved)).status == status


def test_completion_is_achieved_over_plan():
    assert evaluate(planned=D(60), achieved=D(90)).completion == D("1.5")


@pytest.mark.parametrize(
    ("achieved", "status"),
    [("3", Status.EXCEEDED), ("4", Status.MET), ("4.3", Status.NEARLY_MET), ("5", Status.NOT_MET)],
)
def test_a_ceiling_such_as_poor_households_is_met_by_staying_under_it(achieved, status):
    assert evaluate(planned=D(4), achieved=D(achieved), judged=Judged.AT_MOST).status == status


def test_a_ceiling_beaten_counts_as_more_than_full_completion():
    assert evaluate(planned=D(4), achieved=D(2), judged=Judged.AT_MOST).completion == D(2)


def test_a_range_is_met_from_its_lower_bound_and_exceeded_past_its_upper_bound():
    assert evaluate(planned=D(8), planned_max=D(9), achieved=D("8.5")).status == Status.MET
    assert evaluate(planned=D(8), planned_max=D(9), achieved=D("9.2")).status == Status.EXCEEDED


def test_the_margin_for_nearly_met_is_configurable():
    assert evaluate(planned=D(100), achieved=D(85), margin=D("0.2")).status == Status.NEARLY_MET
    assert evaluate(planned=D(100), achieved=D(85)).status == Status.NOT_MET


def test_a_share_of_the_plan_alone_gives_the_status():
    progress = evaluate(planned=D(100), achieved=None, percent_of_plan=D(92))
    assert progress.status == Status.NEARLY_MET
    assert progress.percent == D("92.0")


def test_no_achieved_value_means_no_data():
    assert evaluate(planned=D(5), achieved=None).status == Status.NO_DATA


def test_a_zero_plan_is_met_at_zero_and_exceeded_above():
    assert evaluate(planned=D(0), achieved=D(0)).status == Status.MET
    assert evaluate(planned=D(0), achieved=D(1)).status == Status.EXCEEDED
