"""BrandJournal: a private journal that keeps professional posts true to the author's values."""

__version__ = "0.1.0"
APP_ID = "io.github.brandjournal.BrandJournal"
APP_NAME = "BrandJournal"
