"""The one palette of the UI: every colour a screen uses, by what it means (Material colours).

Use the name, not the hex value: ``label.setStyleSheet(f"color: {ERROR};")``, ``foreground=lambda r: MUTED``.
"""

from __future__ import annotations

# text and marks
ERROR = "#c62828"  # an error, a refusal, an alert (red 800)
DANGER = "#b71c1c"  # the strongest alert: overdue, missed (red 900)
WARNING = "#e65100"  # needs attention soon (orange 900)
DEEP_ORANGE = "#bf360c"  # a warning on a warning background (deep orange 900)
OK = "#2e7d32"  # done, saved (green 800)
INFO = "#0d47a1"  # standard handling, information (blue 900)
BLUE = "#1565c0"  # the next action, where a couple is (blue 800)
PURPLE = "#6a1b9a"  # a correction, the demo marker (purple 800)
AMBER = "#ffb74d"  # a soft warning mark (orange 300)
INK = "#263238"  # headings, chart text (blue grey 900)
SLATE_DARK = "#37474f"  # strong secondary text (blue grey 800)
SLATE = "#455a64"  # secondary text on light panels (blue grey 700)
SECONDARY = "#546e7a"  # secondary labels (blue grey 600)
MUTED = "#607d8b"  # hints and notes (blue grey 500)
FAINT = "#78909c"  # "nothing here" text (blue grey 400)
RULE = "#90a4ae"  # borders, chart axes, empty lists (blue grey 300)
INACTIVE = "#9e9e9e"  # switched-off rows (grey 500)

# backgrounds
ALERT_BG = "#ffcdd2"  # a row over its limit (red 100)
ERROR_BG = "#ffebee"  # a no-show, a failure (red 50)
WARNING_BG = "#fff3e0"  # late, a warning banner (orange 50)
NOTE_BG = "#fff8e1"  # a note to read (amber 50)
OK_BG = "#e8f5e9"  # arrived, done (green 50)
INFO_BG = "#e3f2fd"  # booked, information (blue 50)
PANEL_BG = "#eceff1"  # a quiet panel (blue grey 50)
GRID = "#cfd8dc"  # grid lines, separators (blue grey 100)
