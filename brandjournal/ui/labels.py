"""Translated names for the domain's enums (kinds of flag, statuses, intentions, platforms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from brandjournal.domain import DraftStatus, FlagKind, IntentionKind, Platform, RevisionKind


def kind_label(kind: FlagKind) -> str:
    return {
        FlagKind.VALUE_EXPRESSED: QCoreApplication.translate("Labels", "Value expressed"),
        FlagKind.VALUE_BETRAYED: QCoreApplication.translate("Labels", "Value betrayed"),
        FlagKind.JARGON: QCoreApplication.translate("Labels", "Corporate jargon"),
        FlagKind.HEDGE: QCoreApplication.translate("Labels", "Hedging"),
        FlagKind.PEACOCK: QCoreApplication.translate("Labels", "Empty polish"),
        FlagKind.INTENTION_MISMATCH: QCoreApplication.translate("Labels", "Off intention"),
        FlagKind.VOICE_DRIFT: QCoreApplication.translate("Labels", "Voice lost"),
    }[kind]


def status_label(status: DraftStatus) -> str:
    return {
        DraftStatus.IDEA: QCoreApplication.translate("Labels", "Idea"),
        DraftStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        DraftStatus.REVIEW: QCoreApplication.translate("Labels", "In review"),
        DraftStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        DraftStatus.EXPORTED: QCoreApplication.translate("Labels", "Exported"),
        DraftStatus.ARCHIVED: QCoreApplication.translate("Labels", "Archived"),
    }[status]


def intention_label(kind: IntentionKind | None) -> str:
    if kind is None:
        return QCoreApplication.translate("Labels", "(not said)")
    return {
        IntentionKind.SHARE: QCoreApplication.translate("Labels", "Share an experience"),
        IntentionKind.INFORM: QCoreApplication.translate("Labels", "Inform"),
        IntentionKind.CELEBRATE: QCoreApplication.translate("Labels", "Celebrate others"),
        IntentionKind.ASK: QCoreApplication.translate("Labels", "Ask for help or opinions"),
        IntentionKind.ANNOUNCE: QCoreApplication.translate("Labels", "Announce"),
        IntentionKind.PROMOTE: QCoreApplication.translate("Labels", "Promote, sell or hire"),
    }[kind]


PLATFORM_NAMES = {
    Platform.LINKEDIN: "LinkedIn",
    Platform.MASTODON: "Mastodon",
    Platform.X: "X",
    Platform.BLUESKY: "Bluesky",
}


def platform_label(platform: Platform | str) -> str:
    platform = Platform(platform)
    if platform is Platform.BLOG:
        return QCoreApplication.translate("Labels", "Blog")
    return PLATFORM_NAMES[platform]


def revision_label(kind: RevisionKind) -> str:
    return {
        RevisionKind.FIRST: QCoreApplication.translate("Labels", "First draft"),
        RevisionKind.AUTOSAVE: QCoreApplication.translate("Labels", "Autosave"),
        RevisionKind.MANUAL: QCoreApplication.translate("Labels", "Saved version"),
        RevisionKind.APPROVED: QCoreApplication.translate("Labels", "Approved text"),
        RevisionKind.IMPORTED: QCoreApplication.translate("Labels", "Imported"),
    }[kind]
