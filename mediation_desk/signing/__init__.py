"""Signing and verifying agreements: keys, the QR payload, reading a file, comparing its text.

- :mod:`.keys`: this installation's Ed25519 key (outside the database) and trusted keys;
- :mod:`.payload`: the canonical content of an agreement, the signed QR payload, its check;
- :mod:`.scan`: reading a PDF or an image as hostile input, within time, size and pixel limits;
- :mod:`.compare`: the printed text against the archived signed content.

No Qt, no database: the services (:mod:`mediation_desk.services.verification`) pass the archive in.
``documents/`` only draws the QR code (:mod:`mediation_desk.documents.qr`).
"""
