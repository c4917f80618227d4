"""客怨 — complaint intake and handling: cases, deadlines, follow-up log, approval, daily-review data."""
