"""The About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from brandjournal import __version__


def show_about(parent: QWidget | None) -> None:
    text = (
        f"<h3>BrandJournal {__version__}</h3>"
        + "<p>"
        + QCoreApplication.translate(
            "About", "A private journal that keeps your professional posts true to your values."
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "About", "Your journal is an encrypted file on this computer. Nothing is sent anywhere."
        )
        + "</p><p><small>"
        + QCoreApplication.translate("About", "Qt %1 · MIT licence").replace("%1", qVersion())
        + "</small></p>"
    )
    QMessageBox.about(parent, QCoreApplication.translate("About", "About BrandJournal"), text)
