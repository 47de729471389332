from cybertrack.entry import main

raise SystemExit(main())
