"""Is there a screen to open a window on? Asked before the QApplication exists.

Without a usable platform Qt prints an English "could not load the Qt platform plugin" and aborts the
process (core dump) before Python can catch anything. This check needs no Qt import: it reads the same
environment Qt reads and says, in Chinese and English, what is missing and what works without a screen.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

NO_DISPLAY_EXIT = 4

# Platforms that draw nowhere visible or bring their own display: Qt needs nothing from the environment.
SELF_CONTAINED = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "windows", "cocoa",
                  "direct2d"}

HEADLESS_HINT_ZH = ("不开窗口也能用：`uv run main.py print …` 生成打印件（PDF），"
                    "`uv run main.py --screenshot 目录` 生成截图，测试用 `QT_QPA_PLATFORM=offscreen`。")
HEADLESS_HINT_EN = ("Without a window: `uv run main.py print …` writes printouts (PDF), "
                    "`uv run main.py --screenshot DIR` renders screenshots, tests use `QT_QPA_PLATFORM=offscreen`.")


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    find_library: Callable[[str], str | None] = ctypes.util.find_library) -> str | None:
    """A message (Chinese, then English) when Qt would find no display, else None."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS always have their own platform plugin
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen in SELF_CONTAINED:
        return None
    has_x11 = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if chosen.startswith("wayland"):
        usable = has_wayland
    elif chosen == "xcb":
        usable = has_x11
    elif chosen:
        return None  # a platform we do not know: let Qt try it
    else:
        usable = has_x11 or has_wayland
    if not usable:
        return (
            "影楼前台需要一个显示器才能打开窗口，但这里没有图形界面（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）。\n"
            "请在电脑桌面上启动，或通过远程桌面登录后再启动。\n"
            f"{HEADLESS_HINT_ZH}\n\n"
            "Studio Front Desk needs a display to open its window, and there is none here "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Start it from a desktop session (or a remote desktop).\n"
            f"{HEADLESS_HINT_EN}"
        )
    if has_x11 and not has_wayland and chosen in ("", "xcb") and find_library("xcb-cursor") is None:
        return (
            "找到了显示器（X11），但缺少 Qt 需要的系统库 libxcb-cursor0。请安装："
            "sudo apt install libxcb-cursor0（Debian/Ubuntu）。\n\n"
            "A display (X11) was found but the system library libxcb-cursor0, which Qt needs, is missing. "
            "Install it: sudo apt install libxcb-cursor0 (Debian/Ubuntu)."
        )
    return None
