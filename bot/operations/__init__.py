"""What the bank's operations run: imports of accounts and payments (``accounts.py``,
``payments.py``, ``csvfile.py``), invites, and the agreement as a PDF (``document.py``)."""
