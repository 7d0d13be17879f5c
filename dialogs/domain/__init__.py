"""The domain the dialogue negotiates in, pure: money, the vocabulary of why a payment is late
and why a person is needed, the repayment plans, and the policy they follow (a plain value the
shell makes from its settings). Nothing here does I/O or reads settings.
"""
