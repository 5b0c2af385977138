"""Admin and django-simple-history strings that the Vietnamese catalogues of Django lack.

Listed here so `makemessages` keeps them in tracker's catalogue, which fills those gaps
(an app's catalogue fills what the apps listed before it leave untranslated). Never imported.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

ADMIN = [
    gettext_noop("Change %(name)s"),
    gettext_noop("View %(name)s"),
    gettext_noop("By %(filter_title)s"),
    gettext_noop("Hide counts"),
    gettext_noop("Show counts"),
    gettext_noop("Skip to main content"),
    gettext_noop("Toggle navigation"),
    gettext_noop("Sidebar"),
    gettext_noop("Breadcrumbs"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Added:"),
    gettext_noop("Changed:"),
    gettext_noop("Deleted:"),
    gettext_noop("Error:"),
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("View selected %(model)s"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("Language"),
    # Django core: missing, or translated in a way staff would not understand.
    gettext_noop("Enter a whole number."),
    gettext_noop("Constraint “%(name)s” is violated."),
    gettext_noop("Please submit at most %(num)d form."),
    gettext_noop("The inline value did not match the parent instance."),
]

HISTORY = [
    gettext_noop("View history: %s"),
    gettext_noop("Change history: %s"),
    gettext_noop("Changed by"),
    gettext_noop("Change reason"),
    gettext_noop("Changes"),
    gettext_noop("Object"),
    gettext_noop("Comment"),
    gettext_noop("Created"),
    gettext_noop("Changed"),
    gettext_noop("Deleted"),
    gettext_noop("Revert"),
    gettext_noop("Revert %s"),
    gettext_noop("View %s"),
    gettext_noop("This object doesn't have a change history."),
    gettext_noop("Change History"),
    gettext_noop("Choose a date from the list below to revert to a previous version of this object."),
    gettext_noop("Or press the 'Change History' button to edit the history."),
    ngettext_lazy("entry", "entries"),
]
