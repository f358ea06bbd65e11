"""Take a screenshot of the main window on a fresh demo journal.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot.py docs/screenshot.png
    ... scripts/screenshot.py docs/screenshot-fr.png --lang fr
    ... scripts/screenshot.py docs/screenshot-dark.png --dark

Everything (journal, settings) lives in a temporary folder: the user's data is never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--dark", action="store_true", help="use a dark colour scheme")
    parser.add_argument("--size", default="1600x1000", help="window size, WxH")
    parser.add_argument("--draft", type=int, default=0, help="which demo draft to show (0, 1 or 2)")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="brandjournal-screenshot-"))
    os.environ["BRANDJOURNAL_DATA_DIR"] = str(folder)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from brandjournal.storage import open_journal
    from brandjournal.ui import i18n
    from brandjournal.ui import settings as app_settings
    from brandjournal.ui.application import make_application, seed_if_empty

    app_settings.configure_settings(folder)
    app = make_application()
    if args.dark:
        from brandjournal.ui.colors import dark_palette

        app.setStyle("Fusion")
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    i18n.install_translators(args.lang)
    journal = open_journal(folder / "journal.db", passphrase="screenshot")
    seed_if_empty(journal, args.lang)

    from brandjournal.ui.main_window import MainWindow

    window = MainWindow(journal, ui_lang=args.lang)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.splitter.setSizes([int(width * 0.27), int(width * 0.35), int(width * 0.38)])
    window.show()
    window.journal_panel.select_row(args.draft)

    loop = QEventLoop()

    def ready() -> None:
        if window.report is None or window.analysis.busy:
            QTimer.singleShot(50, ready)
            return
        warnings = window.filter.warnings_model
        jargon = [f for f in warnings.all_flags() if f.kind.value in ("jargon", "peacock")]
        if jargon:  # show the click-to-select behaviour on a short finding
            window.select_flag(jargon[0])
        QTimer.singleShot(300, loop.quit)

    QTimer.singleShot(0, ready)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    QApplication.processEvents()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(args.output))
    window.shutdown()
    window.close()
    journal.close()
    print(f"{args.output}: {'saved' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
