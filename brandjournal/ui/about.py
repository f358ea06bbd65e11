"""The About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from brandjournal import __version__


def show_about(parent: QWidget | None) -> None:
    t = QCoreApplication.translate
    text = (
        f"<h3>BrandJournal {__version__}</h3>"
        + "<p>"
        + t("About", "A private journal that keeps your professional posts true to your values.")
        + "</p><p>"
        + t("About", "Your journal is an encrypted file on this computer. Nothing is sent anywhere.")
        + "</p><p><small>"
        + t("About", "Qt %1 · MIT licence").replace("%1", qVersion())
        + "</small></p>"
    )
    QMessageBox.about(parent, t("About", "About BrandJournal"), text)
