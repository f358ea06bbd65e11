"""One module per family of flags: lexical (jargon/hedge/peacock), values, intention, drift."""
