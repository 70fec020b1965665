"""Chooser widgets that start without an inline script.

Wagtail's choosers for a page, an image or a document render their HTML followed by
an inline `<script>new PageChooser(id, options)</script>`; the admin's
Content-Security-Policy runs only this site's script files, so that script would
be refused. These widgets render the same HTML with a hidden marker that carries the
constructor's name, the id and the options, and static/js/admin-widgets.js starts
the chooser from it.
"""

import json

from django.utils.html import format_html
from wagtail.admin.widgets import AdminPageChooser
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.images.widgets import AdminImageChooser


class StartedFromFileMixin:
    def render(self, name, value, attrs=None, renderer=None):
        if not attrs or "id" not in attrs:
            raise TypeError("A chooser cannot be rendered without an 'id' attribute")
        id_ = attrs["id"]
        value_data = self.get_value_data(value)
        return format_html(
            '{}<span hidden data-admin-widget="chooser" data-widget-constructor="{}" '
            'data-widget-id="{}" data-widget-config="{}"></span>',
            self.render_html(name, value_data, attrs),
            self.js_constructor,
            id_,
            json.dumps(self.get_js_init_options(id_, name, value_data)),
        )


class PageChooser(StartedFromFileMixin, AdminPageChooser):
    pass


class ImageChooser(StartedFromFileMixin, AdminImageChooser):
    pass


class DocumentChooser(StartedFromFileMixin, AdminDocumentChooser):
    pass
