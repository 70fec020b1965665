"""The hotline's models, one module per job; what the rest of the code uses is importable
from here."""

from .casework import ContactAttempt, InternalNote
from .choices import (
    CALL_KINDS,
    FINISHED_STATUSES,
    LOGGED_CHANNELS,
    OPEN_STATUSES,
    QUEUE_STATUSES,
    AgeGroup,
    Channel,
    ContactKind,
    Direction,
    Gender,
    MayCall,
    MessageVia,
    ReceivedVia,
    RequestTopic,
    Status,
)
from .conversation import ConversationMessage
from .form_settings import HotlineFormSettings
from .outbox import OutgoingKind, OutgoingNotification
from .requests import (
    REFERENCE_ALPHABET,
    REFERENCE_PREFIX,
    ConsultationRequest,
    generate_reference_code,
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
    "REFERENCE_ALPHABET",
    "REFERENCE_PREFIX",
    "AgeGroup",
    "Channel",
    "ConsultationRequest",
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
    "ReceivedVia",
    "RequestTopic",
    "StatisticsSnapshot",
    "Status",
    "generate_reference_code",
]
