"""The Telegram channel: aiogram routers and the app that runs them.

app.py          TelegramApp: the bot, the dispatcher, polling or webhook, a clean stop
cardholders.py  the private-chat router: invites, text, buttons, everything else
render.py       a rendered reply as Telegram messages: HTML parts, the inline keyboard
callbacks.py    what a button carries (conversation, turn, value)
commands.py     the command menu, per language
directory.py    who a Telegram user is: the cardholder and conversation behind them
gate.py         one update per chat at a time, in order; what is still in flight
sending.py      the bot (aiogram's session, HTML defaults); every request: flood-control waits
logs.py         the bot's secrets never reach a log line
"""
