"""What a browser posts back from a Django admin page: plain helpers behind the admin_form_data fixture."""

from django.test import Client


def _widget_value(bound_field) -> str | list[str] | None:
    value = bound_field.value()
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, bool):
        return "on" if value else None
    return bound_field.field.widget.format_value(value)


def form_data(form) -> dict:
    """The values a browser would post for this form, as its widgets render them."""
    data = {}
    for name in form.fields:
        value = _widget_value(form[name])
        if value is not None:
            data[form.add_prefix(name)] = value
    return data


def admin_page_data(client: Client, url: str) -> dict:
    """What the browser would post back, unchanged, from an admin add or change page."""
    response = client.get(url)
    assert response.status_code == 200
    data = form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(form_data(formset.management_form))
        for form in formset.forms:
            data.update(form_data(form))
    return data
