"""How a conversation moves: its steps (``steps.py``), what they know between steps
(``known.py``), the SQL of a step (``records.py``), the effects they write (``effects.py``), the
facts they are decided on (``facts.py``) and their replies rendered (``rendering.py``)."""
