"""The schema's migrations, run by Alembic (``bot.storage.schema`` runs them; ``README.md``).

``versions/`` holds one file per revision, each reviewed; ``env.py`` is what Alembic runs around
them, on the connection it is handed. ``python -m bot.storage.migrations "what changed"`` writes
the next revision from the difference between the models and the migrations (review it).
"""
