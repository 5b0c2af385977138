from tracker.models.articles import Article, ArticleVersion
from tracker.models.resolutions import (
    Achievement,
    PeriodPart,
    Resolution,
    ReviewState,
    Scorecard,
    Target,
    Theme,
)
from tracker.models.stamp import DataStamp
from tracker.models.units import REFORM_DATE, Unit

__all__ = [
    "Achievement",
    "Article",
    "ArticleVersion",
    "DataStamp",
    "PeriodPart",
    "REFORM_DATE",
    "Resolution",
    "ReviewState",
    "Scorecard",
    "Target",
    "Theme",
    "Unit",
]
