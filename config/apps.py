from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project itself: its system checks (config.checks)."""

    name = "config"
    verbose_name = "Site"

    def ready(self) -> None:
        from config import checks  # noqa: F401 (registers the checks)
