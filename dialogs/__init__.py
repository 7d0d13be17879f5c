"""The negotiation itself, pure: ``step(dialogue, event, facts) -> Outcome``.

Nothing here imports aiogram or the database; the shell in ``bot/`` feeds events in, renders the
replies and performs the effects. Start reading at :mod:`dialogs.flow`, whose ``step`` is the whole
conversation. The package imports nothing itself: a command that needs only the domain (an
import of accounts, say) does not compile the understanding layer's patterns.
"""
