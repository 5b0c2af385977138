"""The upload form: an article file or pasted text."""

from __future__ import annotations

import hashlib

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ArticleUploadForm(forms.Form):
    file = forms.FileField(label=_("Article file (.txt, .html)"), required=False)
    text = forms.CharField(
        label=_("…or paste the article (first line is the title)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 90}),
    )

    def clean(self) -> dict:
        data = super().clean()
        upload, text = data.get("file"), (data.get("text") or "").strip()
        if bool(upload) == bool(text):
            raise forms.ValidationError(_("Choose a file or paste the text of one article."))
        limit = settings.EXTRACTION_MAX_BYTES
        if upload:
            if upload.size > limit:
                raise forms.ValidationError(
                    _("The file is %(size).1f MB, over the %(limit)d MB limit.")
                    % {"size": upload.size / 1048576, "limit": limit // 1048576}
                )
            data["data"], data["filename"] = upload.read(), upload.name
        else:
            data["data"] = text.encode("utf-8")
            if len(data["data"]) > limit:
                raise forms.ValidationError(_("The text is over the %(limit)d MB limit.") % {"limit": limit // 1048576})
            data["filename"] = f"pasted-{hashlib.sha256(data['data']).hexdigest()[:12]}.txt"
        return data
