"""The hotline's models, one module per job; everything is importable from here."""

from .casework import ContactAttempt, InternalNote
from .choices import (
    CALL_KINDS,
    FINISHED_STATUSES,
    LOGGED_CHANNELS,
    OPEN_STATUSES,
    QUEUE_STATUSES,
    RESPONDED_STATUSES,
    SPAM_STATUSES,
    AgeGroup,
    Channel,
    ContactKind,
    Direction,
    Gender,
    MayCall,
    MessageVia,
    ReceivedVia,
    RequestTopic,
    Source,
    Status,
)
from .conversation import ConversationMessage
from .form_settings import HotlineFormSettings
from .outbox import OutgoingKind, OutgoingNotification, OutgoingNotificationQuerySet
from .requests import (
    PERSONAL_FIELDS,
    REFERENCE_ALPHABET,
    REFERENCE_PREFIX,
    TIMESTAMP_FIELDS,
    ConsultationRequest,
    ConsultationRequestQuerySet,
    generate_reference_code,
    start_of_day,
)
from .statistics import StatisticsSnapshot
from .statistics_page import HotlineStatisticsPage

__all__ = [
    "HotlineStatisticsPage",
    "CALL_KINDS",
    "FINISHED_STATUSES",
    "LOGGED_CHANNELS",
    "OPEN_STATUSES",
    "QUEUE_STATUSES",
    "PERSONAL_FIELDS",
    "REFERENCE_ALPHABET",
    "REFERENCE_PREFIX",
    "RESPONDED_STATUSES",
    "SPAM_STATUSES",
    "TIMESTAMP_FIELDS",
    "AgeGroup",
    "Channel",
    "ConsultationRequest",
    "ConsultationRequestQuerySet",
    "ContactAttempt",
    "ContactKind",
    "ConversationMessage",
    "Direction",
    "Gender",
    "HotlineFormSettings",
    "InternalNote",
    "MayCall",
    "MessageVia",
    "OutgoingKind",
    "OutgoingNotification",
    "OutgoingNotificationQuerySet",
    "ReceivedVia",
    "RequestTopic",
    "Source",
    "StatisticsSnapshot",
    "Status",
    "generate_reference_code",
    "start_of_day",
]
