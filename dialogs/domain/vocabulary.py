"""The vocabulary shared by the dialogue and the shell:
why a payment is late, why a person is needed."""

from __future__ import annotations

from enum import StrEnum

#: The languages a conversation can be held in: every text has a catalog in each.
LANGUAGES = ("en", "hu", "zh")


class Cause(StrEnum):
    """Why the cardholder fell behind, as they told us."""

    JOB_LOSS = "job_loss"
    REDUCED_INCOME = "reduced_income"
    ILLNESS = "illness"
    FAMILY_EMERGENCY = "family_emergency"
    BUSINESS_TROUBLE = "business_trouble"
    FORGOT = "forgot"
    DISPUTE = "dispute"
    OTHER = "other"


#: Causes that justify the hardship plan (interest frozen, longest term).
HARDSHIP_CAUSES = frozenset({Cause.JOB_LOSS, Cause.ILLNESS, Cause.REDUCED_INCOME})


class HandoffReason(StrEnum):
    """Why a conversation went to a person; stored with the hand-off."""

    ASKED_FOR_PERSON = "asked_for_person"
    DISPUTE = "dispute"
    IDENTITY_FAILED = "identity_failed"
    REJECTED_ALL_OPTIONS = "rejected_all_options"
    COUNTER_OFFER_OUTSIDE_POLICY = "counter_offer_outside_policy"
    NO_AFFORDABLE_OPTION = "no_affordable_option"
    VULNERABILITY = "vulnerability"
    MISSED_PAYMENTS = "missed_payments"
    RENEGOTIATION_BROKEN = "renegotiation_broken"
    NOT_UNDERSTOOD = "not_understood"
    SILENT = "silent"
    UNREACHABLE = "unreachable"
    UNDELIVERABLE = "undeliverable"


URGENT_REASONS = frozenset({HandoffReason.VULNERABILITY})
