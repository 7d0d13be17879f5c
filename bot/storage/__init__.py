"""The database: the engine and how work runs on it (``db.py``), the tables (``models.py``), and
what tells a running bot that a conversation changed elsewhere (``changes.py``)."""
