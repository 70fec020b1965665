"""The admin screens of the "Hotline" section: the request list with its filters and
exports, one request, and the statistics. wagtail_hooks.py registers them."""

import datetime
import uuid

import django_filters
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, IntegerField, Value, When
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import ModelLogEntry

from lastrada_site.admin_menu import ScreensViewSet
from pages.tools.country_names import all_country_choices

from .admin_views import DATE_VALIDATORS, STATISTICS_PERMISSION, StatisticsView, statistics_csv
from .case_screen import RequestDetailView
from .casework_forms import staff_users
from .followups import FOLLOW_UP_FILTER
from .intake import ADD_PERMISSION, LogConsultationView
from .models import (
    OPEN_STATUSES,
    QUEUE_STATUSES,
    ConsultationRequest,
    ReceivedVia,
    RequestTopic,
    Status,
)

ALL_STATUSES = "all"


def by_status(queryset, name, value):
    return queryset if value == ALL_STATUSES else queryset.filter(status=value)


class BoundedDateRangeField(django_filters.fields.DateRangeField):
    """A date range whose ends stay within DATE_VALIDATORS (year 1 or 9999 broke the list)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields:
            field.validators.extend(DATE_VALIDATORS)


class BoundedDateFromToRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = BoundedDateRangeField


class ConsultationRequestFilterSet(WagtailFilterSet):
    # The queue by default (new, needs action, in progress, waiting); one status, or
    # all of them but suspected spam, when asked for.
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(ALL_STATUSES, _("All statuses")), *Status.choices],
        empty_label=_("Open: new, needs action, in progress, waiting"),
        method=by_status,
    )
    topic = django_filters.ChoiceFilter(label=_("Topic"), choices=RequestTopic.choices)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=all_country_choices)
    is_urgent = django_filters.BooleanFilter(label=_("In danger now"))
    is_abroad = django_filters.BooleanFilter(label=_("Abroad now"))
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=ConsultationRequest._meta.get_field("language").choices
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assignee"), queryset=lambda request: staff_users()
    )
    created_at = BoundedDateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)
    received_via = django_filters.ChoiceFilter(label=_("Received via"), choices=ReceivedVia.choices)
    follow_up = FOLLOW_UP_FILTER

    class Meta:
        model = ConsultationRequest
        fields = []


def yes_no(value):
    return gettext("yes") if value else gettext("no")


class UrgencyColumn(Column):
    """ "In danger now" as a red label in words; nothing for a calm request."""

    cell_template_name = "hotline/admin/includes/urgency_cell.html"


class ConsultationRequestIndexView(IndexView):
    """The queue: open requests only unless the Status filter asks for others; urgent
    first, then the oldest (the longest waiting). Suspected spam only when asked for."""

    default_ordering = ["-urgent_open", "created_at", "pk"]
    add_item_label = _("Log a consultation")
    # Spreadsheets get words and the office's time: "yes"/"no" in the admin's language,
    # no True/False, and no UTC with microseconds.
    custom_value_preprocess = {
        bool: {"csv": yes_no, "xlsx": yes_no},
        datetime.datetime: {
            "csv": lambda value: timezone.localtime(value).strftime("%Y-%m-%d %H:%M"),
            "xlsx": lambda value: timezone.make_naive(value).replace(second=0, microsecond=0),
        },
        (datetime.date, datetime.time): {"xlsx": None},
    }

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        status = self.request.GET.get("status", "")
        # Suspected spam waits in its own list (Status filter) so it never crowds the queue.
        if status != Status.SUSPECTED_SPAM:
            queryset = queryset.in_main_queue()
        if not status:
            queryset = queryset.filter(status__in=QUEUE_STATUSES)
        return queryset.select_related("assignee").annotate(
            urgent_open=Case(
                When(is_urgent=True, status__in=OPEN_STATUSES, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # An export is a view of every request in it: one audit-log entry per request, so
        # each request's history says who exported it and when. Each entry has its own
        # uuid (the history page shows one entry per uuid and action, whatever the
        # object); the export's own id in the data ties the entries of one export.
        rows = list(queryset)
        content_type = ContentType.objects.get_for_model(ConsultationRequest)
        shared = dict(
            content_type=content_type,
            action="hotline.export",
            data={"format": spreadsheet_format, "export": uuid.uuid4().hex},
            timestamp=timezone.now(),
            user=self.request.user,
        )
        ModelLogEntry.objects.bulk_create(
            [
                ModelLogEntry(
                    label=row.reference_code, object_id=str(row.pk), uuid=uuid.uuid4(), **shared
                )
                for row in rows
            ],
            batch_size=500,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def stream_csv(self, queryset):
        # A byte-order mark, so that spreadsheet programs read the Cyrillic as UTF-8.
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(
            self.stream_csv(queryset), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


class ConsultationRequestViewSet(ModelViewSet):
    model = ConsultationRequest
    name = "hotline_requests"
    url_prefix = "hotline/requests"
    icon = "mail"
    menu_label = _("Requests")
    menu_name = "hotline-requests"
    index_view_class = ConsultationRequestIndexView
    edit_view_class = RequestDetailView
    filterset_class = ConsultationRequestFilterSet
    search_fields = ["reference_code"]
    search_backend_name = None
    form_fields = ["status", "assignee"]
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    list_display = [
        # The code is how a consultant finds a request, so it is the link that opens it.
        TitleColumn(
            "reference_code",
            label=_("Reference code"),
            sort_key="reference_code",
            url_name="hotline_requests:edit",
        ),
        UrgencyColumn("is_urgent", label=_("Urgency"), sort_key="is_urgent"),
        Column("get_status_display", label=_("Status"), sort_key="status"),
        # Short headings, so that the list fits a 1,366-pixel screen.
        Column(
            "get_received_via_display",
            label=pgettext_lazy("request list column", "Via"),
            sort_key="received_via",
        ),
        Column("get_topic_display", label=_("Topic"), sort_key="topic"),
        Column("get_country_display", label=_("Country"), sort_key="country"),
        Column("assignee", label=_("Assignee")),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        DateColumn(
            "follow_up_on",
            label=pgettext_lazy("request list column", "Follow-up"),
            sort_key="follow_up_on",
        ),
    ]
    # The exported columns, in order, with their headings. Reports get the statistics
    # fields only: no name, contact, message or notes.
    export_headings = {
        "reference_code": _("Reference code"),
        "created_at": _("Received"),
        "language": _("Language"),
        "get_topic_display": _("Topic"),
        "country": _("Country code"),
        "get_country_display": _("Country"),
        "is_abroad": _("Abroad now"),
        "is_urgent": _("In danger now"),
        "get_contact_channel_display": _("Contact channel"),
        "get_received_via_display": _("Received via"),
        "get_age_group_display": _("Age group"),
        "get_gender_display": _("Gender"),
        "get_status_display": _("Status"),
        "first_response_at": _("First response"),
        "closed_at": _("Closed"),
    }
    list_export = list(export_headings)
    export_filename = "hotline-requests"

    def get_index_view_kwargs(self, **kwargs):
        # Requests are added by the public form or the "Log a consultation" screen, and
        # are never deleted, only erased.
        return super().get_index_view_kwargs(
            add_url_name="hotline_log:index", delete_url_name=None, copy_url_name=None, **kwargs
        )

    def get_edit_view_kwargs(self, **kwargs):
        # Not the edit form's panel, form class and template: the case screen has its own.
        # Its URL names and icon come with the arguments every view of the set gets.
        return kwargs

    def get_urlpatterns(self):
        hidden = {"add", "delete", "usage", "copy"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in hidden]

    def get_permissions_to_register(self):
        content_type = ContentType.objects.get_for_model(self.model)
        return Permission.objects.filter(
            content_type=content_type,
            codename__in=[
                "view_consultationrequest",
                "add_consultationrequest",
                "change_consultationrequest",
                "view_statistics",
            ],
        )


def hotline_screen(slug, label, icon, permission, screens):
    """One of the Hotline menu's own screens, at admin/hotline/<slug>/."""
    return ScreensViewSet(
        f"hotline_{slug}",
        url_prefix=f"hotline/{slug}",
        menu_name=f"hotline-{slug}",
        menu_label=label,
        icon=icon,
        permission=permission,
        screens=screens,
    )


class HotlineViewSetGroup(ViewSetGroup):
    menu_label = _("Hotline")
    menu_name = "hotline"
    menu_icon = "mail"
    menu_order = 150
    items = (
        ConsultationRequestViewSet,
        hotline_screen(
            "log",
            _("Log a consultation"),
            "plus",
            ADD_PERMISSION,
            {"index": ("", LogConsultationView.as_view())},
        ),
        hotline_screen(
            "statistics",
            _("Statistics"),
            "table",
            STATISTICS_PERMISSION,
            {"index": ("", StatisticsView.as_view()), "csv": ("csv/", statistics_csv)},
        ),
    )
