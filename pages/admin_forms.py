"""The admin's edit form of every page type (BasePage.base_form_class)."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page

from lastrada_site.languages import language_codes

from .slugs import formatters, free_slug, sibling_slugs, slugify


def address_in_use(page, language):
    """Tells the editor which page already has the address, with a link to edit it.

    Most often it is a draft that Wagtail saved by itself from an earlier, abandoned
    attempt at the same page. The link opens it in a new tab, so that nothing typed
    in this form is lost.
    """
    title = getattr(page, f"title_{language}", "") or page.draft_title
    link = format_html(
        '<a href="{}" target="_blank" rel="noopener">',
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )
    if page.live:
        message = _(
            "This address is already used by the page “{title}”. "
            "{link}Open it{end} or choose another address."
        )
    else:
        message = _(
            "This address is already used by the draft “{title}”. "
            "{link}Open it{end} or choose another address."
        )
    return ValidationError(
        format_html(message, title=title, link=link, end=mark_safe("</a>")),
        code="slug_in_use",
    )


class PageForm(WagtailAdminPageForm):
    """Each language's slug field turns its title into a Latin address as the editor
    types (the rules of pages.slugs, run by Wagtail's own slug field); one left empty
    is made from the title here; one that a sibling page has already is refused with
    the name of that page and a link to it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, name in self.slug_fields().items():
            field = self.fields[name]
            field.widget = SlugInput(
                attrs=field.widget.attrs, formatters=formatters(code), locale=code
            )
            field.required = False

    def slug_fields(self):
        return {code: f"slug_{code}" for code in language_codes() if f"slug_{code}" in self.fields}

    def clean(self):
        cleaned_data = super().clean()
        if self.parent_page is not None:
            for code, name in self.slug_fields().items():
                # A slug field that failed its own checks is not in cleaned_data.
                if name in cleaned_data:
                    self.check_slug(code, name, cleaned_data)
        return cleaned_data

    def check_slug(self, code, name, cleaned_data):
        used = sibling_slugs(self.parent_page, self.instance, code)
        slug = cleaned_data[name]
        if not slug:
            if title := cleaned_data.get(f"title_{code}"):
                cleaned_data[name] = free_slug(title, code, set(used.values()))
            return
        if not slug.isascii():
            # Typed in Cyrillic with the browser's script off.
            slug = cleaned_data[name] = slugify(slug, code)
        owner = next((pk for pk, other in used.items() if other == slug), None)
        if owner is not None:
            self.add_error(name, address_in_use(Page.objects.get(pk=owner), code))
