"""A version number of the tracker's data, so pages may cache what they aggregate."""

from django.db import models, transaction
from django.db.models import F


class DataStamp(models.Model):
    """One row whose version goes up after every committed change to tracked data.

    Aggregates over the whole country (the overview) are cached under the version; every web
    worker reads the version (one cheap query) and so never shows numbers older than the data.
    """

    name = models.CharField(max_length=20, primary_key=True)
    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    TRACKER = "tracker"

    class Meta:
        verbose_name = "data stamp"

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"

    @classmethod
    def current(cls) -> int:
        """The data's version now."""
        return cls.objects.filter(name=cls.TRACKER).values_list("version", flat=True).first() or 0

    @classmethod
    def touch(cls) -> None:
        """Raise the version once the surrounding transaction commits (at once outside one).

        One update however many rows the transaction wrote: the callbacks one transaction queues
        share a token, and only the first of them to run raises the version.
        """
        connection = transaction.get_connection()
        token = getattr(connection, "_data_stamp_token", None)
        if token is None or token["spent"]:
            token = connection._data_stamp_token = {"spent": False}

        def bump() -> None:
            if not token["spent"]:
                token["spent"] = True
                cls._bump()

        transaction.on_commit(bump)

    @classmethod
    def _bump(cls) -> None:
        if not cls.objects.filter(name=cls.TRACKER).update(version=F("version") + 1):
            cls.objects.get_or_create(name=cls.TRACKER, defaults={"version": 1})
