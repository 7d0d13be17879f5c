"""The domain the dialogue negotiates in, pure: money, the vocabulary of why a payment is late
and why a person is needed, and the repayment plans. Nothing here does I/O or reads settings.
"""
