from tracker.models.resolutions import (
    Achievement,
    PeriodPart,
    Resolution,
    ReviewState,
    Scorecard,
    Target,
    Theme,
)
from tracker.models.units import REFORM_DATE, Unit

__all__ = [
    "Achievement", "PeriodPart", "REFORM_DATE", "Resolution", "ReviewState", "Scorecard", "Target",
    "Theme", "Unit",
]
