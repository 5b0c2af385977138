"""Site-wide language choice: Vietnamese unless the user picked another language."""

from django.conf import settings
from django.utils.deprecation import MiddlewareMixin


class VietnameseFirstMiddleware(MiddlewareMixin):
    """Ignore the browser's Accept-Language so every page reads Vietnamese by default.

    An English-language browser on a committee office's computer should still get the Vietnamese
    pages staff expect; English is one click away (the language switcher sets the cookie, which
    LocaleMiddleware, running next, honours).
    """

    def process_request(self, request) -> None:
        if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) not in dict(settings.LANGUAGES):
            request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
