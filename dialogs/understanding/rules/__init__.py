"""Reading what a cardholder types: amounts, months, yes or no, choices, intents, causes, distress.

A person under stress types numbers and words the way they do where they live. Every reader here
either understands the text or says it did not (``None`` or an :class:`AmountProblem`) so the
dialogue can ask again clearly; none of them guesses on an ambiguous number and none of them raises.

The package is pure (stdlib and :mod:`dialogs.domain.vocabulary` only). Each message is
normalised once (the last thousand normal forms are kept, as several readers look at the same
message):

* NFKC, so full-width digits, the full-width yen sign and the full-width comma become their
  ordinary forms and no-break, narrow no-break and thin spaces become plain spaces;
* invisible format characters (zero-width spaces, direction marks) dropped, every dash and the
  minus sign read as ``-``, curly apostrophes as ``'``;
* lower case, runs of white space collapsed to one space;
* accents folded (``munkanélküli`` and ``munkanelkuli`` read the same), because many
  Hungarians type without them. The vocabulary below is written with accents for
  the reader and folded the same way when it is compiled.

The vocabulary is data, one table per purpose and language, kept beside the reader that uses
it. One module a job:

* :mod:`~dialogs.understanding.rules.text`: normal forms and the regular expressions built from
  the phrase tables;
* :mod:`~dialogs.understanding.rules.numerals`: the numbers a message holds, in digits or words;
* :mod:`~dialogs.understanding.rules.sums`: several amounts added up or multiplied;
* :mod:`~dialogs.understanding.rules.amounts`: the one amount of money meant, a package of
  modules, one a job: the result and the state of a reading (``outcome``), the patterns of a
  number's surroundings (``surroundings``), figures of another period, a share, a debt, a
  correction, a list's items, figures beside the one paid, today's own figure beside another's
  (``periods``, ``shares``, ``debts``, ``corrections``, ``items``, ``beside_the_paid``,
  ``todays_own``), each language's own rewrites (``in_english``, ``in_hungarian``,
  ``in_chinese``), the messages with no answer among their figures (``no_answer``), the
  rewrites for every language (``setting_aside``), the decision over the numbers found
  (``taking``, ``weighing``, ``settling``) and the entry points (``reading``);
* :mod:`~dialogs.understanding.rules.months`: a number of months;
* :mod:`~dialogs.understanding.rules.cardholder`: whose amount, when someone writes for the
  cardholder;
* :mod:`~dialogs.understanding.rules.safety`: distress and dispute, heard at every question;
* :mod:`~dialogs.understanding.rules.intents`: intents, causes, vulnerability, the card's digits,
  the language named;
* :mod:`~dialogs.understanding.rules.answers`: yes or no, choices, "I don't know", going back,
  temporary or lasting, the short answers at the options, details and a missed payment.

Only the names of ``__all__`` are this package's interface; the readers' helpers stay in their
modules.
"""

import gc

# Compiling the rules' two thousand patterns makes millions of short-lived objects; the cyclic
# collector, left on, ran a thousand times (eight of them over everything built so far) to free
# some five hundred objects, a fifteenth of the start-up. It rests while the rules are built.
_collecting = gc.isenabled()
gc.disable()
try:
    from dialogs.understanding.rules.amounts import (
        AmountProblem,
        AmountReading,
        may_hold_an_amount,
        read_amount,
        says_amount_for_another_period,
    )
    from dialogs.understanding.rules.answers import (
        read_choice_number,
        read_missed_answer,
        read_offer_kind,
        read_probably,
        read_temporary,
        read_terms,
        read_yes_no,
        says_amount_refused,
        says_back,
        says_back_in_a_sentence,
        says_back_to_the_plans,
        says_dont_know,
        says_dont_know_as_the_answer,
        says_last_one,
        says_other_reason,
        says_pay_not_received_yet,
        says_paying_later,
        says_think_it_over,
        says_this_one,
        says_too_much,
        says_unpaid,
        signals_refusal,
    )
    from dialogs.understanding.rules.intents import (
        Intent,
        consults_ones_own,
        names_a_relative,
        read_card_digits,
        read_cause,
        read_intent,
        read_language_named,
        signals_vulnerability,
    )
    from dialogs.understanding.rules.months import read_months
    from dialogs.understanding.rules.safety import signals_dispute, signals_distress
    from dialogs.understanding.rules.text import forget_normal_forms, normal_form
finally:
    if _collecting:
        gc.enable()

__all__ = [
    "AmountProblem",
    "AmountReading",
    "Intent",
    "consults_ones_own",
    "forget_normal_forms",
    "may_hold_an_amount",
    "names_a_relative",
    "normal_form",
    "read_amount",
    "read_card_digits",
    "read_cause",
    "read_choice_number",
    "read_intent",
    "read_language_named",
    "read_missed_answer",
    "read_months",
    "read_offer_kind",
    "read_probably",
    "read_temporary",
    "read_terms",
    "read_yes_no",
    "says_amount_for_another_period",
    "says_amount_refused",
    "says_back",
    "says_back_in_a_sentence",
    "says_back_to_the_plans",
    "says_dont_know",
    "says_dont_know_as_the_answer",
    "says_last_one",
    "says_other_reason",
    "says_pay_not_received_yet",
    "says_paying_later",
    "says_think_it_over",
    "says_this_one",
    "says_too_much",
    "says_unpaid",
    "signals_dispute",
    "signals_distress",
    "signals_refusal",
    "signals_vulnerability",
]
