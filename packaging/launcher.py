"""The frozen application's entry point (PyInstaller runs this file as __main__)."""

from cybertrack.entry import main

raise SystemExit(main())
