from django.db.models import ForeignKey
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from .admin_widgets import DocumentChooser, ImageChooser, PageChooser


@hooks.register("insert_global_admin_js")
def admin_widgets_js():
    # Starts the widgets whose inline scripts the admin's Content-Security-Policy refuses.
    return format_html('<script src="{}"></script>', static("js/admin-widgets.js"))


# Last of the viewset hooks: each app's chooser viewset sets its widget for foreign
# keys to its model as it is registered, and these must replace those widgets.
@hooks.register("register_admin_viewset", order=1000)
def choosers_started_from_a_file():
    for model, widget in (
        (Page, PageChooser),
        (get_image_model(), ImageChooser),
        (get_document_model(), DocumentChooser),
    ):
        register_form_field_override(ForeignKey, to=model, override={"widget": widget})
    return []
