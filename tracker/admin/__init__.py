"""The staff admin, in Vietnamese first: units, themes, resolutions, targets, achievements, scorecards."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tracker.admin import resolutions, units  # noqa: F401 (registers the model admins)

admin.site.site_header = _("Resolution tracker")
admin.site.site_title = _("Resolution tracker")
admin.site.index_title = _("Staff administration")
