import sys

from brandjournal.cli import main

sys.exit(main())
