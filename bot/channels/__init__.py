"""Where cardholders and specialists talk to the bot: Telegram (``telegram/``) and the terminal
demo (``terminal.py``)."""
