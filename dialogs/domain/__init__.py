"""The domain the dialogue negotiates in, pure: money, the vocabulary of why a payment is late
and why a person is needed, the repayment plans, the policy they follow, and when the reminders
of a plan fall (the last two plain values the shell makes from its settings). Nothing here does
I/O or reads settings.
"""
