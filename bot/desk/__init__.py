"""The specialists' desk: the queue of hand-offs and its changes (``queue.py``), and its command
line (``cli.py``); its Telegram forum group is in ``bot/channels/telegram/``."""
