"""After the shoot (售后): the later visits of a couple, signed for — lost and found and loans to guests,
packages with their contents, the selection session (选片单) and the pickup sign-off (取件签收单).

Reads other areas (check-in, appointments, staff) through their services; nothing imports this package
except the wiring (``app.wiring``), the UI and the command-line printouts.
"""
